"""A workbook (``.xlsx``, ``.xlsm``, ``.xls``, ``.ods``) → a :class:`Document`: plans publish their indicator
table as an Excel attachment (附件：主要指标表.xlsx).

Each visible sheet is read by the data reader's workbook module (python-calamine, a dependency of
checker) as the cells a person sees. The rows above a sheet's first row of two cells or more (a title,
表1 主要指标) are paragraphs; the rows from there to a blank row are a table, and below a blank row the
same again (a second table, a list of projects, is a table of its own; one without a header of its own
carries on the table above it, with a note). A workbook has no lines, so positions
are counted: every row of every sheet is one line, sheet after sheet, and ``source.page`` is the sheet's
number (1 for the first visible sheet). A merged cell's text stands in its first cell; the table
reader fills a spanned domain down, as for a PDF.
"""

from __future__ import annotations

from pathlib import Path

from checker.data.workbooks import open_workbook
from checker.documents.model import Cell, Document, Table, one_line, paragraph


def read(path: Path) -> Document:
    doc = Document(str(path), "workbook")
    line = 0
    for number, (_, grid) in enumerate(open_workbook(path).sheets(), 1):
        rows: list[tuple[Cell, ...]] = []
        first = line + 1

        def close() -> None:
            if rows:
                caption = doc.blocks[-1].text if doc.blocks and not isinstance(doc.blocks[-1], Table) else None
                doc.blocks.append(Table(tuple(rows), first, caption))
            rows.clear()

        for row in grid:
            line += 1
            cells = tuple(Cell(one_line(text), line, number) for text in row)
            doc.lines[line] = "\t".join(cell.text for cell in cells)
            filled = [cell for cell in cells if cell.text]
            if not filled:  # a blank row ends a table: a second one below it (a list of projects) is its own
                close()
                first = line + 1
                continue
            if not rows and len(filled) < 2:
                doc.blocks.append(paragraph(filled[0].text, line, number))  # a title or caption above a table
                first = line + 1
                continue
            rows.append(cells)
        close()
    return doc
