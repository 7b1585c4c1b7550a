"""PDF → a :class:`Document` (pdfplumber, MIT, from the ``extract`` extra).

Text lines and table cells come with their page. ``line`` counts what was read through the whole
document — every text line one line, every table row one line, in reading order (top to bottom on
each page) — and ``page`` says which page it is on. A merged cell is given by pdfplumber only in its
first row or column; the cells it spans come back empty, and the table reader fills a spanned domain
down (as for every format).
"""

from __future__ import annotations

from pathlib import Path

from checker.documents.model import Cell, Document, Paragraph, Table
from checker.documents.text import SENTENCE_ENDS, HEADING, WRAPPED

#: pages after which a progress line is printed on stderr
PROGRESS_EVERY = 100


def read(path: Path, progress=None) -> Document:
    import pdfplumber

    from checker.errors import CheckerError, Location

    doc = Document(str(path), "pdf")
    line = 0
    pieces: list[str] = []
    starts: list[tuple[int, int, int | None]] = []

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

            items = [(text_line["top"], "text", text_line) for text_line in
                     page.filter(outside).extract_text_lines(strip=True)]
            items += [(table.bbox[1], "table", table) for table in found]
            for _, kind, item in sorted(items, key=lambda entry: entry[0]):
                if kind == "text":
                    line += 1
                    text = item["text"].strip()
                    doc.lines[line] = text
                    if not text:
                        continue
                    if pieces and len(pieces[-1]) >= WRAPPED and not pieces[-1].endswith(SENTENCE_ENDS) \
                            and not HEADING.match(text):
                        starts.append((sum(len(p) for p in pieces), line, number))
                        pieces.append(text)
                    else:
                        close()
                        pieces, starts = [text], [(0, line, number)]
                    continue
                close()
                rows = []
                first = line + 1
                for row in item.extract():
                    line += 1
                    cells = tuple(Cell(" ".join((cell or "").split()), line, number) for cell in row)
                    doc.lines[line] = "\t".join(c.text for c in cells)
                    rows.append(cells)
                caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                if rows:
                    doc.blocks.append(Table(tuple(rows), first, caption))
            close()
    return doc
