"""Word ``.docx`` → a :class:`Document` (python-docx, from the ``extract`` extra).

Paragraphs and tables in document order. A Word file has no lines, so positions are counted: every
paragraph is one line and every table row one line, in document order — ``source.line: 57`` is the
57th paragraph-or-row. A merged cell's text repeats in every row and column it spans (python-docx
repeats the cell of a vertical merge in the rows below, and of a horizontal one in each column).
"""

from __future__ import annotations

from pathlib import Path

from checker.documents.model import Cell, Document, Paragraph, Table, paragraph


def read(path: Path) -> Document:
    import docx
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

    try:
        word = docx.Document(str(path))
    except Exception as error:  # python-docx raises several kinds for a file that is not a .docx
        from checker.errors import CheckerError, Location

        raise CheckerError(f"cannot open the Word file: {error}", Location(str(path))) from None
    doc = Document(str(path), "docx")
    line = 0
    for child in word.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line += 1
            text = WordParagraph(child, word).text.strip()
            doc.lines[line] = text
            if text:
                doc.blocks.append(paragraph(text, line))
        elif tag == "tbl":
            table = WordTable(child, word)
            rows = []
            first = line + 1
            for row in table.rows:
                line += 1
                cells = tuple(Cell(cell.text.strip(), line) for cell in row.cells)
                doc.lines[line] = "\t".join(c.text for c in cells)
                rows.append(cells)
            caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
            if rows:
                doc.blocks.append(Table(tuple(rows), first, caption))
    return doc
