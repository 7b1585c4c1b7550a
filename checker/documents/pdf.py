"""PDF → a :class:`Document` (pdfplumber, MIT, from the ``extract`` extra).

Text lines and table cells come with their page. A line that wraps (one that runs to the right
margin and does not end a sentence) is joined to the next unless that one is indented or a heading;
page numbers and running heads (a page's first or last line, repeated from the page before) are
skipped, so a sentence that runs over a page break stays one. ``line`` counts what was read through the whole
document — every text line one line, every table row one line, in reading order (top to bottom on
each page) — and ``page`` says which page it is on. A merged cell is given by pdfplumber only in its
first row or column; the cells it spans come back empty, and the table reader fills a spanned domain
down (as for every format).
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.documents.model import Cell, Document, Paragraph, Table, one_line
from checker.documents.text import HEADING, PAGE_NUMBER, SENTENCE_ENDS

#: a line that reaches this share of the text's width from its left margin ran to the right one
FULL_WIDTH = 0.8

#: pages after which a progress line is printed on stderr
PROGRESS_EVERY = 100


def read(path: Path, progress=None) -> Document:
    import pdfplumber

    from checker.errors import CheckerError, Location

    doc = Document(str(path), "pdf")
    line = 0
    pieces: list[str] = []
    starts: list[tuple[int, int, int | None]] = []
    last_full = False  # whether the last text line ran to the right margin (a wrapped line does)
    last_edges: set[str] = set()  # the top and bottom lines of the page before, to tell running heads

    def close():
        nonlocal pieces, starts
        if pieces:
            doc.blocks.append(Paragraph("".join(pieces), tuple(starts)))
        pieces, starts = [], []

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as error:  # pdfminer raises several kinds for a file that is not a PDF
        raise CheckerError(f"cannot open the PDF: {error}", Location(str(path))) from None
    with pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, 1):
            if progress and total > PROGRESS_EVERY * 3 and number % PROGRESS_EVERY == 0:
                progress(f"read {number} of {total} pages")
            found = page.find_tables()
            boxes = [t.bbox for t in found]

            def outside(obj, boxes=boxes):
                x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
                y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            text_lines = page.filter(outside).extract_text_lines(strip=True)
            items = [(text_line["top"], "text", text_line) for text_line in text_lines]
            margins = _margins(text_lines)
            edges = [t for t in (min(text_lines, key=lambda t: t["top"], default=None),
                                 max(text_lines, key=lambda t: t["top"], default=None)) if t is not None]
            running = {id(t) for t in edges if PAGE_NUMBER.match(t["text"].strip()) or _shape(t["text"]) in last_edges}
            last_edges = {_shape(t["text"]) for t in edges}
            items += [(table.bbox[1], "table", table) for table in found]
            for _, kind, item in sorted(items, key=lambda entry: entry[0]):
                if kind == "text":
                    line += 1
                    text = item["text"].strip()
                    doc.lines[line] = text
                    if not text or id(item) in running:
                        continue  # a page number or a running head is no part of the text it interrupts
                    if pieces and last_full and not pieces[-1].endswith(SENTENCE_ENDS) \
                            and not HEADING.match(text) and not _indented(item, margins):
                        starts.append((sum(len(p) for p in pieces), line, number))
                        pieces.append(text)
                    else:
                        close()
                        pieces, starts = [text], [(0, line, number)]
                    last_full = _full(item, margins)
                    continue
                close()
                rows = []
                first = line + 1
                for row in item.extract():
                    line += 1
                    cells = tuple(Cell(one_line(cell or ""), line, number) for cell in row)
                    doc.lines[line] = "\t".join(c.text for c in cells)
                    rows.append(cells)
                caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                if rows:
                    doc.blocks.append(Table(tuple(rows), first, caption))
    close()  # not at each page's end: a sentence runs on over a page break
    return doc


def _margins(text_lines: list[dict]) -> tuple[float, float]:
    """The left and right margins of a page's text: where most lines start, and the furthest right."""
    if not text_lines:
        return 0.0, 0.0
    lefts = sorted(round(t["x0"]) for t in text_lines)
    return float(lefts[len(lefts) // 4]), max(t["x1"] for t in text_lines)


def _char_width(text_line: dict) -> float:
    return (text_line["x1"] - text_line["x0"]) / max(len(text_line["text"]), 1)


def _full(text_line: dict, margins: tuple[float, float]) -> bool:
    """Whether a line runs (nearly) to the right margin, as a line that wraps does: 28 characters of a
    公文 page are as full as 40 of a report. A page with one line of text is no guide; then the
    line's length decides, as for plain text."""
    left, right = margins
    if right - left < 20 * _char_width(text_line):
        return len(text_line["text"]) >= 30
    return text_line["x1"] >= left + FULL_WIDTH * (right - left)


def _indented(text_line: dict, margins: tuple[float, float]) -> bool:
    """Whether a line starts further right than the margin by more than a character: a new paragraph
    (a 公文 paragraph opens two characters in)."""
    return text_line["x0"] > margins[0] + 1.5 * _char_width(text_line)


def _shape(text: str) -> str:
    """A line with its numbers as # and no spaces: a running head repeats in this shape."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))
