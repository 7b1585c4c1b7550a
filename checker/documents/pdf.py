"""PDF → a :class:`Document` (pdfplumber, MIT, from the ``extract`` extra).

Text lines and table cells come with their page. A line that wraps (one that runs to the right
margin and does not end a sentence) is joined to the next unless that one is indented or a heading;
page numbers and running heads (a page's first or last line, repeated from the page before) are
skipped, so a sentence that runs over a page break stays one. ``line`` counts what was read through the whole
document — every text line one line, every table row one line, in reading order (top to bottom on
each page) — and ``page`` says which page it is on. A merged cell is given by pdfplumber only in its
first row or column; its text is put in every row and column it spans (as a Word table gives it), by the
cells' boxes. A table without ruling lines has no boxes: a domain it spans is filled down by the table
reader (as for every format).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Callable, NamedTuple

from checker.documents.model import NOTE_OPENING, Cell, Document, Paragraph, Table, one_line
from checker.documents.tables import GROUP_NUMBER, header_role, is_header, may_be_header
from checker.documents.text import HEADING, PAGE_NUMBER, SENTENCE_ENDS, opens_english_item

#: what ends a paragraph on a full line: a sentence's end, not a bracket or quote closed mid-sentence
#: ("…执业(助理)" / "医师数达到1.79人" is one sentence; a paragraph's own end leaves its next line indented)
_ENDS = tuple(end for end in SENTENCE_ENDS if end not in "”」）)")

#: a line that reaches this share of the text's width from its left margin ran to the right one
FULL_WIDTH = 0.8

#: a page that a picture covers a fifth of is named as unread (a table printed as an image: OCR it) only when it has
#: fewer characters than this (a heading, a caption, a page number); a page of a report with a map or chart beside
#: 700–2,000 characters of text was read, and was named as unread
PICTURE_PAGE_CHARACTERS = 200

#: pages after which a progress line is printed on stderr
PROGRESS_EVERY = 100

#: the most characters (bytes of the strings its text operators show) and operators a page may draw, its content
#: streams counted as often as it names them and each form XObject as often as it is drawn: a dense page of a plan
#: draws some thousands of each, and a 2 KB file whose forms draw each other ten times a level (or a page that names
#: one stream 8,000 times) ran for minutes and took gigabytes (pdfminer lays out every character it draws)
MAX_PAGE_CHARACTERS = 100_000
MAX_PAGE_OPERATORS = 1_000_000


def read(path: Path, progress=None) -> Document:
    import logging

    import pdfplumber

    # pdfminer's warnings on a font's metrics ("Could not get FontBBox …", once a glyph) buried the summary
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    from checker.errors import CheckerError, Location

    doc = Document(str(path), "pdf")
    line = 0
    pieces: list[str] = []
    starts: list[tuple[int, int, int | None]] = []
    last_full = False  # whether the last text line ran to the right margin (a wrapped line does)
    last_size = 0.0  # and its characters' size (a title in larger type is no line of the text under it)
    last_item: dict | None = None  # and the line itself (a title's lines share their alignment)
    last_edges: set[str] = set()  # the top and bottom lines of the page before, to tell running heads
    carried: _Carried | None = None  # a table without ruling lines that ran to the foot of the page before
    feet: list[_Foot] = []  # the ruled tables the page before ended with (two side by side: both)
    cut: _Cut | None = None  # the top part of a table row that the page break cut, at the foot of the page before
    label: _Foot | None = None  # a table whose last domain label ran on unruled to the foot of the page before

    def close():
        nonlocal pieces, starts
        if pieces:
            doc.blocks.append(Paragraph("".join(pieces), tuple(starts)))
        pieces, starts = [], []

    def leave_out(lines: list[dict]) -> None:
        """A cut row's lines that could not be put back together: said (left out), never read as sentences."""
        nonlocal line
        for text_line in lines:
            line += 1
            doc.lines[line] = _unspaced(text_line["text"])
            doc.cut_rows.append(line)

    # (the file is closed here, not by pdfplumber's close, which lays out its own list of the pages again)
    stream = open(path, "rb")
    try:
        pdf = pdfplumber.PDF(stream, stream_is_external=True, path=path)
    except Exception as error:  # pdfminer raises several kinds for a file that is not a PDF
        stream.close()
        if "PasswordIncorrect" in repr(error):
            raise CheckerError("the PDF is protected by a password", Location(str(path)),
                               hint="save a copy without the password (or export its text) and extract that") from None
        raise CheckerError(f"cannot open the PDF: {error}", Location(str(path))) from None
    encrypted = getattr(pdf.doc, "encryption", None) is not None  # opened without a password, copying may be barred
    with stream:
        pages = _pages(pdf, path)
        total = len(pages)
        drawn = _Drawn()
        shown = False  # some page shows an image or a drawing (a scan, text turned to outlines): no blank file
        for number, page in enumerate(pages, 1):
            if number > 1:  # the page read before lets go of its characters and objects (0.3 MB a page, kept, ran
                pages[number - 2].close()  # a 20,000-page file out of memory)
            drawn.check(page.page_obj, number, path)  # before pdfminer lays out what the page draws
            # a character drawn twice in one place (bold by overprinting, as office PDFs print it): one character (a
            # ≤4 cell read 44, a body line BByy 22003300)
            if page.chars and min(char["x1"] - char["x0"] for char in page.chars) > 0:  # (not a font-less page's)
                page = _deduped(page)
            if progress and total > PROGRESS_EVERY * 3 and number % PROGRESS_EVERY == 0:
                progress(f"read {number} of {total} pages")
            shown = shown or bool(page.images or page.curves or page.rects)
            if sum(abs((image["x1"] - image["x0"]) * (image["bottom"] - image["top"])) for image in page.images) \
                    > 0.2 * float(page.width) * float(page.height) and len(page.chars) < PICTURE_PAGE_CHARACTERS:
                doc.pictures.append(number)  # a table printed as an image has no text to read
            # most of the page's characters, not a 印发 line or a stamp printed upright down the margin
            if sum(1 for char in page.chars if not char.get("upright", True)) > max(20, 0.75 * len(page.chars)):
                doc.sideways.append(number)  # a table printed on its side comes out reversed ("标目年520"): not read
                if cut is not None:
                    leave_out(cut.lines)
                feet, carried, cut, label = [], None, None, None
                continue
            raised = _footnote_marks(page.chars) | _white_on_white(page)
            if raised:  # a footnote mark set raised and small (¹100%, 100²): a mark, not a digit of the number;
                # and text drawn white on the white page, which no reader sees
                page = page.filter(lambda obj, raised=raised: id(obj) not in raised)
            found = [table for table in page.find_tables() if not _frame(table, page)]
            boxes = [t.bbox for t in found]

            def outside(obj, boxes=boxes, sheet=page.bbox):
                x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
                y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
                if not (sheet[0] <= x <= sheet[2] and sheet[1] <= y <= sheet[3]):
                    return False  # printed off the page (a watermark's letter beyond its edge): no text, and no margin
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            text_lines = page.filter(outside).extract_text_lines(strip=True)
            if label is not None:  # the rest of a domain label the page break cut: the page's first lines in its column
                on_top = _label_at_top(text_lines, found, label.columns, last_edges)
                if on_top:
                    doc.blocks[label.block] = _label_runs_on(doc.blocks[label.block],
                                                             one_line(_text_of([c for t in on_top for c in t["chars"]])))
                    text_lines = [t for t in text_lines if all(t is not o for o in on_top)]
            carries = {id(carry.table): carry
                       for carry in _carried_on(found, text_lines, feet, last_edges, page.height, cut)}
            # the rows the page break cut out of the ruling and a domain's label beside the rows: the table's, not text
            taken = {id(text_line) for carry in carries.values() for text_line in carry.taken}
            text_lines = [text_line for text_line in text_lines if id(text_line) not in taken]
            if cut is not None and not any(carry.foot.block == cut.block for carry in carries.values()):
                # a row cut at the foot of the page before, and no table carried on here: its rest is the lines at the
                # top of this page that stand in its columns (the table's last row), else it is left out, and said
                rest = _rest_at_top(text_lines, cut.columns, last_edges, page.height)
                text_lines = [text_line for text_line in text_lines if all(text_line is not r for r in rest)]
                if rest:
                    line += 1
                    cells = _joined(cut, _label_off(_row_of(rest, cut.columns), label, doc), number)
                    doc.lines[line] = "\t".join(c.text for c in cells)
                    before = doc.blocks[cut.block]
                    doc.blocks[cut.block] = Table(before.rows + (tuple(replace(c, line=line) for c in cells),),
                                                  before.line, before.caption,
                                                  before.row_notes + ((len(before.rows), _rejoined(cut, number)),))
                else:
                    leave_out(cut.lines)
            cut_before, cut, label = cut, None, None

            def label_open(table, carries=carries) -> bool:
                carry = carries.get(id(table))
                header = list(carry.foot.header) if carry is not None \
                    else [one_line(cell or "") for cell in (_extract(table)[:1] or [[]])[0]]
                return _label_open(table, header)

            # the top part of a row that the page break cuts under the page's last ruled table: put back together with
            # its rest on the next page (and the rest of a merged domain label under it: the label's)
            at_foot = _cut_at_foot(found, text_lines, page.height, label_open) if number < total else None
            if at_foot is not None:
                text_lines = [text_line for text_line in text_lines if all(text_line is not t for t in at_foot[1])]
            feet = []
            # a header row (or two side by side) printed as text at the page's foot, over headless tables on the next
            heads = _heads_over_break(text_lines, partial(_next_page, pages, number, drawn, path) if number < total
                                      else None, page.height)
            in_heads = {id(text_line) for head in heads for text_line in head.lines}
            text_lines = [text_line for text_line in text_lines if id(text_line) not in in_heads]
            columns = _two_columns(text_lines, float(page.width))
            if columns is not None:  # a page set in two columns: each column's lines, the left one's first
                text_lines = sorted(columns.split(text_lines), key=lambda t: columns.place(t["top"], t["x0"], t["x1"]))
            place = columns.place if columns is not None else _one_column
            text_lines = _rejoined_headers(text_lines)  # 序 above 号, either side of a header line: one cell
            laid_out, carried = _laid_out_tables(text_lines, carried)
            in_laid_out = {id(text_line) for table in laid_out for text_line in table.lines}
            items = [(place(table.lines[0]["top"], table.lines[0]["x0"], table.lines[0]["x1"]), "laid_out", table)
                     for table in laid_out]
            text_lines = [text_line for text_line in text_lines if id(text_line) not in in_laid_out]
            items += [(place(text_line["top"], text_line["x0"], text_line["x1"]), "text", text_line)
                      for text_line in text_lines]
            items += [(place(head.top, head.columns[0][0], head.columns[-1][1]), "head", head) for head in heads]
            # each column's own margins: a column's line that wraps runs to the column's right edge, not the page's
            sides = [[t for t in text_lines if place(t["top"], t["x0"], t["x1"])[1] == side] for side in (0, 1, 2)]
            margins_of = {id(t): _margins(_body(side)) for side in sides for t in side} if columns is not None else {}
            margins = _margins(text_lines)
            indents = any(_indents_paragraphs(side, _margins(side)) for side in sides if side)
            edges = [t for t in (min(text_lines, key=lambda t: t["top"], default=None),
                                 max(text_lines, key=lambda t: t["top"], default=None)) if t is not None]
            running = {id(t) for t in edges if PAGE_NUMBER.match(t["text"].strip()) or _shape(t["text"]) in last_edges
                       or _PRINTED_FOOT.search(t["text"].strip())}
            last_edges = {_shape(t["text"]) for t in edges}
            items += [(place(table.bbox[1], table.bbox[0], table.bbox[2]), "table", table) for table in found]
            for _, kind, item in sorted(items, key=lambda entry: entry[0]):
                if kind == "text":
                    line += 1
                    text = _unspaced(item["text"])
                    doc.lines[line] = text
                    if not text or id(item) in running:
                        continue  # a page number or a running head is no part of the text it interrupts
                    feet = []
                    # a full line that ends a sentence ends the paragraph too, unless the page opens its
                    # paragraphs indented: then only an indented line (or a heading) starts a new one; a line in
                    # another size of type is no line of the one above (a title over its date line, or over a column)
                    if pieces and (last_full and (indents or not pieces[-1].endswith(_ENDS))
                                   and not HEADING.match(text) and not _indented(item, margins_of.get(id(item), margins))
                                   and not _BULLET.match(text) and abs(_size(item) - last_size) <= 0.15 * last_size
                                   and not (_LATIN_END.search(pieces[-1]) and opens_english_item(pieces[-1], text))
                                   or not doc.blocks and number == 1 and _title_runs_on(last_item, item, pieces[-1])):
                        starts.append((sum(len(p) for p in pieces), line, number))
                        pieces.append(_wrapped(pieces[-1], text))
                    else:
                        close()
                        pieces, starts = [text], [(0, line, number)]
                    last_full, last_size, last_item = _full(item, margins_of.get(id(item), margins)), _size(item), item
                    continue
                close()
                rows = []
                rejoined = None  # the note on a row put back together over the page break (the table's first here)
                first = line + 1
                if kind == "head":  # a header row whose table's rows are on the next page: a table of one row so far
                    line += 1
                    doc.lines[line] = "\t".join(item.cells)
                    caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                    doc.blocks.append(Table((tuple(Cell(text, line, number) for text in item.cells),), line, caption))
                    feet.append(_Foot(len(doc.blocks) - 1, item.columns, item.cells, head=True))
                    continue
                if kind == "laid_out":  # a table drawn without ruling lines, read from where its words stand
                    feet = []
                    numbers = []
                    for taken in item.lines:
                        line += 1
                        numbers.append(line)
                        doc.lines[line] = taken["text"].strip()
                    rows = [tuple(Cell(text, numbers[at], number) for text in cells) for at, cells in item.rows]
                    caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                    doc.blocks.append(Table(tuple(rows), numbers[0], caption, item.notes))
                    continue
                carry = carries.get(id(item))
                body = _spanned(item, _unruled(item, page, _extract(item)),
                                carry.foot.header[carry.missing:] if carry is not None else None)
                if carry is not None and carry.rest is not None and cut_before is not None:  # the row cut before it
                    rest = _label_off(list(carry.rest), label, doc)
                    if not any(rest) and not carry.missing:  # its rest under the header printed again (a <thead>)
                        rest = _rest_under_header(body, carry.foot.header) or rest
                    line += 1
                    rows.append(tuple(replace(c, line=line) for c in _joined(cut_before, rest, number)))
                    doc.lines[line] = "\t".join(c.text for c in rows[-1])
                    rejoined = _rejoined(cut_before, number)
                if carry is not None:  # its cut rows first, and the columns this page's part lacks (a domain's)
                    for cells, cut_lines in carry.cut:
                        if cells is None:  # lines that could not be put together into rows: said, never guessed
                            for text_line in cut_lines:
                                line += 1
                                doc.lines[line] = _unspaced(text_line["text"])
                                doc.cut_rows.append(line)
                            continue
                        line += 1
                        rows.append(tuple(Cell(one_line(cell), line, number) for cell in cells))
                        doc.lines[line] = "\t".join(c.text for c in rows[-1])
                    body = [[*carry.labels.get(at, [""] * carry.missing), *row] for at, row in enumerate(body)]
                for row in body:
                    line += 1
                    cells = tuple(Cell(one_line(cell or ""), line, number) for cell in row)
                    doc.lines[line] = "\t".join(c.text for c in cells)
                    rows.append(cells)
                caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                if rows and carry is not None:  # one table, broken by the page
                    block = carry.foot.block
                    before = doc.blocks[block]
                    doc.blocks[block] = Table(before.rows + tuple(rows), before.line, before.caption, before.row_notes
                                              + (((len(before.rows), rejoined),) if rejoined else ()))
                elif rows:
                    doc.blocks.append(Table(tuple(rows), first, caption))
                    block = len(doc.blocks) - 1
                cut_here = at_foot is not None and at_foot[0] is item
                if not rows or item.bbox[3] <= page.height * _FOOT and not cut_here:
                    feet = []
                elif carry is not None:  # it may run on again: the whole table's columns, as on its first page
                    feet.append(carry.foot._replace(head=False))
                else:
                    feet.append(_Foot(block, _spans(item), tuple(one_line(cell.text) for cell in rows[0])))
                if cut_here and feet:
                    cells = _row_of(at_foot[1], feet[-1].columns)
                    if label_open(item):  # the merged domain label runs on: its characters here, and on the next page
                        label = feet[-1]
                        if cells[0]:
                            doc.blocks[label.block] = _label_runs_on(doc.blocks[label.block], cells[0])
                            cells[0] = ""
                    if any(cells):
                        cut = _Cut(feet[-1].block, feet[-1].columns, at_foot[1], cells, number)
            if at_foot is not None and cut is None and label is None:  # (its table read no rows)
                leave_out(at_foot[1])
    close()  # not at each page's end: a sentence runs on over a page break
    _require_characters(doc, encrypted, shown)
    doc.blocks = [_unnumbered_rows(block) if isinstance(block, Table) else block for block in doc.blocks]
    return doc


def _deduped(page):
    """The page without its characters drawn twice in one place (within 1 pt, in the same font and size): the
    characters pdfplumber's ``page.dedupe_chars(tolerance=1)`` keeps, in their order, found the same way but put back
    in order by where each stood (its own sort looks each one up in the page's list: 30 of 52 s on a 109-page
    report)."""
    import itertools
    from operator import itemgetter

    from pdfplumber.utils import cluster_objects

    same = itemgetter("upright", "text", "fontname", "size")
    place = itemgetter("doctop", "x0")
    kept: set[int] = set()
    for _, alike in itertools.groupby(sorted(page.chars, key=same), key=same):
        for across in cluster_objects(list(alike), itemgetter("doctop"), 1):
            for one_place in cluster_objects(across, itemgetter("x0"), 1):
                kept.add(id(min(one_place, key=place)))
    if len(kept) == len(page.chars):
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


#: the page boxes pdfplumber reads; one that is not four numbers stopped it with a TypeError (exit 3)
_BOXES = ("MediaBox", "CropBox", "TrimBox", "BleedBox", "ArtBox")


def _pages(pdf, path: Path) -> list:
    """The PDF's pages, as ``pdf.pages`` gives them, but a page without a valid /MediaBox (none, not inherited, or not
    four numbers: a hand-rolled writer's slip) given US Letter, as viewers and pdfminer do, and another box that is
    not four numbers left out (the page then shows its whole MediaBox)."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1, resolve_all
    from pdfplumber.page import Page

    from checker.errors import CheckerError, Location

    out = []
    doctop = 0.0
    try:
        for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
            for box in _BOXES:
                if box in page_obj.attrs or box == "MediaBox":
                    value = resolve_all(resolve1(page_obj.attrs.get(box)))
                    if not (isinstance(value, list) and len(value) == 4
                            and all(isinstance(x, (int, float)) for x in value)):
                        if box == "MediaBox":
                            page_obj.attrs[box] = list(page_obj.mediabox)
                        else:
                            del page_obj.attrs[box]
            page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
            out.append(page)
            doctop += page.height
    except Exception as error:  # pdfminer raises several kinds for a damaged page tree or page
        raise CheckerError(f"cannot read page {len(out) + 1} of the PDF ({error}): its page tree or its size "
                           "(/MediaBox) is damaged", Location(str(path)),
                           hint="open the PDF in a viewer and print it to a new PDF (or export its text), and "
                                "extract that") from None
    return out


#: a content stream's strings (literal, with escapes and balanced parentheses one level deep, and hexadecimal),
#: the form XObjects it draws, its operators, and an inline image's data (bytes, no operators)
_LITERAL = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.S)
_ESCAPE = re.compile(rb"\\(?:[0-7]{1,3}|.)", re.S)  # one byte of a literal string, written as an escape
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_DRAWS = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
_OPERATOR = re.compile(rb"(?<![\w/.\-+])(?:[A-Za-z][A-Za-z0-9*]{0,2}|'|\")(?![\w])")
_INLINE_IMAGE = re.compile(rb"(?<![^\s])BI\s.*?\sID\s.*?\sEI(?![^\s])", re.S)
#: what a content stream holds that is no operator: strings (kept) and comments (dropped, as pdfminer drops them; a
#: %ID … %EI comment pair once hid what stood between from the count)
_STRING_OR_COMMENT = re.compile(rb"(\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|<[0-9A-Fa-f\s]*>)|%[^\r\n]*", re.S)


class _Drawn:
    """What each page draws, estimated before pdfminer lays it out: characters and operators of its content
    streams, counted as often as the page names them, and of each form XObject as often as it is drawn (a form that
    draws itself counts once). A stream is counted once and remembered, so a page named 50,000 times costs little."""

    def __init__(self) -> None:
        self._streams: dict[int, tuple[int, int, list[bytes]]] = {}  # id → (characters, operators, forms drawn)
        self._forms: dict[tuple[int, bytes], tuple[int, int]] = {}  # (resources' id, name) → what the form draws

    def check(self, page_obj, number: int, path: Path) -> None:
        """Refuse the page if it draws more than :data:`MAX_PAGE_CHARACTERS` or :data:`MAX_PAGE_OPERATORS`."""
        from pdfminer.pdftypes import resolve1

        from checker.errors import CheckerError, Location

        characters = operators = 0
        for content in page_obj.contents:
            more = self._draws(resolve1(content), resolve1(page_obj.resources), ())
            characters, operators = characters + more[0], operators + more[1]
            if characters > MAX_PAGE_CHARACTERS or operators > MAX_PAGE_OPERATORS:
                what = (f"more than {MAX_PAGE_CHARACTERS:,} characters" if characters > MAX_PAGE_CHARACTERS
                        else f"more than {MAX_PAGE_OPERATORS:,} drawing operations")
                raise CheckerError(f"page {number} of the PDF draws {what} (its content or the forms it draws, "
                                   "used over and over): no plan's page does, and laying it out would take minutes "
                                   "and gigabytes", Location(str(path)),
                                   hint="print the pages that hold the plan's targets to a new PDF (or export its "
                                        "text) and extract that")

    def _draws(self, stream, resources, drawing: tuple[int, ...]) -> tuple[int, int]:
        """(characters, operators) that ``stream`` draws with ``resources``, its forms' as often as it draws them;
        ``drawing``: the streams being drawn around it (a form inside itself draws nothing more)."""
        from pdfminer.pdftypes import PDFStream, resolve1

        if not isinstance(stream, PDFStream) or id(stream) in drawing:
            return 0, 0
        if id(stream) not in self._streams:
            try:
                data = stream.get_data() or b""
            except Exception:  # a stream pdfminer cannot decode draws nothing it can lay out
                data = b""
            data = _INLINE_IMAGE.sub(b" ", _STRING_OR_COMMENT.sub(lambda found: found.group(1) or b" ", data))
            characters = sum(len(_ESCAPE.sub(b".", s)) - 2 for s in _LITERAL.findall(data)) \
                + sum(len(re.sub(rb"\s", b"", h)) // 2 for h in _HEX.findall(data))
            if re.search(rb"[()]", _LITERAL.sub(b"", _ESCAPE.sub(b"", data))):
                characters += len(data)  # a string opened or closed in another stream (pdfminer joins them): all of it
            self._streams[id(stream)] = (characters, len(_OPERATOR.findall(data)), _DRAWS.findall(data))
        characters, operators, forms = self._streams[id(stream)]
        xobjects = resolve1((resources or {}).get("XObject")) if isinstance(resources, dict) else None
        for name in forms:
            if characters > MAX_PAGE_CHARACTERS or operators > MAX_PAGE_OPERATORS:
                break
            key = (id(xobjects), name)
            if key not in self._forms:
                form = resolve1(xobjects.get(name.decode("latin-1"))) if isinstance(xobjects, dict) else None
                subtype = getattr(resolve1(form.get("Subtype")), "name", None) if isinstance(form, PDFStream) else None
                if isinstance(form, PDFStream) and (subtype.decode("latin-1") if isinstance(subtype, bytes)
                                                    else subtype) != "Form":
                    form = None  # an image (a photo, a seal, a scanned page): bytes, never decoded, no text drawn
                inner = resolve1(form.get("Resources")) if isinstance(form, PDFStream) else None
                self._forms[key] = self._draws(form, inner if isinstance(inner, dict) else resources,
                                               (*drawing, id(stream)))
            characters, operators = characters + self._forms[key][0], operators + self._forms[key][1]
        return characters, operators


#: a 序号 header, and a row's number under it
_NUMBER_HEADER = re.compile(r"^(?:序号|编号|No\.?)$", re.I)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def _unnumbered_rows(table: Table) -> Table:
    """``table`` with a note on each row that has no number under its 序号 header where the other rows have one:
    the rest of a row a page break cut (… 具备较强国际 / 竞争力的龙头企业 2家, under a header printed again), whose
    name is only the rest of the row's."""
    if not table.rows or not _NUMBER_HEADER.match(table.rows[0][0].text.strip()):
        return table
    body = table.rows[1:]
    numbered = sum(1 for row in body if _ROW_NUMBER.match(row[0].text.strip()))
    if numbered < 2:
        return table
    notes = [(at, "the row has no number under 序号 where the others have one: it may be the rest of a row a page "
                  "break cut, its name only the rest of that row's") for at, row in enumerate(table.rows)
             if at and not row[0].text.strip() and any(cell.text.strip() for cell in row[1:])]
    if not notes:
        return table
    return Table(table.rows, table.line, table.caption, table.row_notes + tuple(notes))


def _one_column(top: float, x0: float, x1: float) -> tuple[int, int, float]:
    """Where a line or table stands in the reading order of a page set in one column: by its top."""
    return 0, 1, top


class _TwoColumns(NamedTuple):
    """A page set in two columns (a gazette, a yearbook's notes): the blank gutter between them, and the tops of
    the lines that run across it (a title, a heading over both), which part the page into bands read in turn."""

    gutter: float
    across: list[float]

    def place(self, top: float, x0: float, x1: float) -> tuple[int, int, float]:
        """(band, side, top): a band's left column (0) is read before its right one (2); a line across (1) comes
        after the columns above it."""
        band = sum(1 for line in self.across if line < top - 0.5)
        if x1 <= self.gutter:
            return band, 0, top
        if x0 >= self.gutter:
            return band, 2, top
        return band, 1, top

    def split(self, text_lines: list[dict]) -> list[dict]:
        """The lines with each line that holds both columns' words (printed at one height) cut in two; not a page's
        first or last line that stands apart from the text, a running head or foot printed across both (公报 …
        2025年第20期)."""
        out = []
        tops = sorted(t["top"] for t in text_lines)
        gaps = sorted(b - a for a, b in zip(tops, tops[1:]) if b - a > 1)
        usual = gaps[len(gaps) // 2] if gaps else 0.0
        # a running head or foot stands apart from the text, further than its lines stand from each other
        edges = [top for top, beside in ((tops[0], tops[1:2]), (tops[-1], tops[-2:-1])) if beside
                 and abs(top - beside[0]) > 2 * usual] if len(tops) > 2 else []
        for text_line in text_lines:
            chars = text_line.get("chars") or []
            if text_line["top"] in edges:
                out.append(text_line)
                continue
            left = [c for c in chars if (c["x0"] + c["x1"]) / 2 < self.gutter]
            right = [c for c in chars if (c["x0"] + c["x1"]) / 2 >= self.gutter]
            if not left or not right or _crosses(text_line, self.gutter):
                out.append(text_line)
                continue
            out += [_line_of(left), _line_of(right)]
        return out


def _size(text_line: dict) -> float:
    """The size of most of a line's characters."""
    sizes = sorted(c.get("size", 10) for c in text_line.get("chars") or [{}])
    return float(sizes[len(sizes) // 2])


def _body(lines: list[dict]) -> list[dict]:
    """The lines of a column set at its body size (not a title or heading in larger type above it)."""
    if not lines:
        return lines
    body = sorted(_size(t) for t in lines)[len(lines) // 2]
    return [t for t in lines if _size(t) <= 1.15 * body]


def _line_of(chars: list[dict]) -> dict:
    """A text line made of some of a line's characters, as pdfplumber gives one."""
    text = ""
    for before, char in zip([None, *chars], chars):
        if before is not None and char["x0"] - before["x1"] > 0.15 * char.get("size", 10) and char["text"].isascii() \
                and before["text"].isascii():
            text += " "
        text += char["text"]
    return {"text": text.strip(), "x0": min(c["x0"] for c in chars), "x1": max(c["x1"] for c in chars),
            "top": min(c["top"] for c in chars), "bottom": max(c["bottom"] for c in chars), "chars": chars}


def _crosses(text_line: dict, x: float) -> bool:
    """Whether a line's words run across ``x`` (not only stand on both sides of a blank there)."""
    return any(x0 < x < x1 for x0, x1, _ in _words(text_line))


def _two_columns(text_lines: list[dict], width: float) -> _TwoColumns | None:
    """The columns of a page set in two, or None. Two columns: a blank gutter in the middle of the page that at most
    a fifth of the lines run across, with at least three lines of words on each side, each side set as prose is (most
    of a side's lines end at one right edge and start at one left edge: a justified column; a table's name cells
    are ragged)."""
    lines = [t for t in text_lines if t.get("chars") and t["text"].strip()]
    if len(lines) < 4:
        return None
    spans = [[(x0, x1) for x0, x1, _ in _words(t)] for t in lines]  # each line's words, measured once
    best = None
    for step in range(int(0.35 * width), int(0.65 * width) + 1, 2):
        x = float(step)
        across = sum(1 for words in spans if any(x0 < x < x1 for x0, x1 in words))
        if best is None or across < best[1]:
            best = (x, across)
    gutter, across = best
    if across > len(lines) / 5:
        return None
    pieces = _TwoColumns(gutter, []).split(lines)
    left = [t for t in pieces if t["x1"] <= gutter]
    right = [t for t in pieces if t["x0"] >= gutter]
    if len(left) < 3 or len(right) < 3 or not (_set_as_prose(left) and _set_as_prose(right)):
        return None
    return _TwoColumns(gutter, sorted(t["top"] for t in lines if _crosses(t, gutter)))


def _set_as_prose(lines: list[dict]) -> bool:
    """Whether lines are set as a column of prose: sentences (eight characters or more a line, most of them, with no
    blank space between cells in them), most starting at one left edge and half at least ending at one right edge (the last line of a paragraph and an
    indented first one aside), within three characters."""
    size = sorted(_char_width(t) for t in lines)[len(lines) // 2]
    lefts, rights = [t["x0"] for t in lines], [t["x1"] for t in lines]

    def most_at_one(edges: list[float], within: float) -> int:
        return max(sum(1 for other in edges if edge <= other <= edge + within) for edge in edges)

    at_left = most_at_one(lefts, 3.5 * size)  # the column's edge, and a paragraph's first line two characters in
    at_right = most_at_one(rights, 3 * size)  # digits and Latin letters are narrower than a Chinese character
    long = sorted(len(t["text"]) for t in lines)[len(lines) // 2] >= 8  # sentences, not a table's cells
    whole = sum(1 for t in lines if len(_words(t)) == 1)  # a line of words, not cells with blank space between
    return long and whole >= 0.8 * len(lines) and at_left >= 0.8 * len(lines) and at_right >= 0.5 * len(lines)


#: a browser's printed header or footer: the page's address, or its date and time, with the page count ("file:///…
#: 1/2", "https://… 3/12"; "12/6/26, 2:52 AM 烟台市…")
_PRINTED_FOOT = re.compile(r"^(?:file|https?)://\S+\s+\d{1,4}\s*/\s*\d{1,4}$|^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s")

#: a header of a year's target column (2022年目标值, 2030年, 目标值)
_YEAR_HEADER = re.compile(r"(?:19|20)\d\d|目标")
#: the name column's header, merged across the domain column too (指标 over 领域 | 指标名称): in every column it
#: spans, as Word gives it, so that the domain is not read as the indicator
_NAME_HEADER = re.compile(r"(?:主要|具体|核心)?指标(?:名称)?|项目|(?i:indicators?)")


def _white(colour, space: object = "DeviceGray") -> bool:
    """Whether a fill colour pdfplumber gives is white: gray 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0) of a device colour
    space (a spot colour's 1 is full ink, a 红头's red; a palette's 1 is its second colour: neither is white)."""
    if str(space or "DeviceGray").lstrip("/") not in ("DeviceGray", "DeviceRGB", "DeviceCMYK", "CalGray", "CalRGB", "G",
                                                        "RGB", "CMYK"):
        return False
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return False
    if len(colour) in (1, 3):
        return all(v >= 0.99 for v in colour)
    return len(colour) == 4 and all(v <= 0.01 for v in colour)


def _white_on_white(page) -> set[int]:
    """The ids of the page's characters filled white where nothing is drawn under them (a filled shape of another
    colour, an image): the white page shows none of them (an old value kept white on white was drafted). White
    text on a dark table header is seen, and read."""
    white = [char for char in page.chars if _white(char.get("non_stroking_color"), char.get("ncs"))]
    if not white:
        return set()
    grounds = [(obj["x0"], obj["top"], obj["x1"], obj["bottom"]) for obj in page.images] \
        + [(obj["x0"], obj["top"], obj["x1"], obj["bottom"]) for obj in (*page.rects, *page.curves)
           if obj.get("fill") and not _white(obj.get("non_stroking_color"))]
    return {id(char) for char in white
            if not any(x0 <= (char["x0"] + char["x1"]) / 2 <= x1 and top <= (char["top"] + char["bottom"]) / 2 <= bottom
                       for x0, top, x1, bottom in grounds)}


def _footnote_marks(chars: list[dict]) -> set[int]:
    """The id() of each character set as a footnote mark: a digit or a mark (*, †) smaller than a character beside
    it on its line and raised above that one's foot (Word's superscript), unless it follows a Latin letter (m², a
    unit's power). Left in, ¹100% was read as 1100% and ³博物馆… named an indicator."""
    found = set()
    for at, char in enumerate(chars):
        if char.get("text", "") not in _MARKS:
            continue
        before = chars[at - 1] if at else None
        if before is not None and before.get("text", "").isascii() and before.get("text", "").isalpha():
            continue
        if at >= 2 and chars[at - 2].get("text", "") + before.get("text", "") == "10":
            continue  # a power of ten (12/10⁵): kept, so that 1/105 is refused, never read as a rate per 10
        for other in (before, chars[at + 1] if at + 1 < len(chars) else None):
            if other is None or not other.get("text", "").strip() or other.get("text") in _MARKS and \
                    other.get("size", 0) <= char.get("size", 0):
                continue
            size = other.get("size", 0)
            near = abs((other["x0"] + other["x1"]) / 2 - (char["x0"] + char["x1"]) / 2) < 2 * size
            if near and char.get("size", 0) <= 0.85 * size and other["bottom"] - char["bottom"] >= 0.2 * size:
                found.add(id(char))
                break
    return found


#: what a footnote mark may be: a digit, or a mark of the kind
_MARKS = frozenset("0123456789*†‡¹²³⁴⁵⁶⁷⁸⁹⁰")


def _spanned(table, rows: list[list[str | None]], header: tuple[str, ...] | None = None) -> list[list[str | None]]:
    """The table's rows with the text of a merged cell in every row and column it spans, as a Word table gives
    it: pdfplumber gives the text once and None where the cell spans (a target cell across the 2022 and 2030
    columns held for both, and the 2030 target was lost). Where a position is None, the cell whose box covers
    its centre gives the text: the one beside it in its row, else one above it (in its row only a target header
    across year columns, or the name header 指标 across the domain column too). ``header``: the header of the table a
    page's rows carry on (theirs is on the page before), else their first row."""
    head = list(header) if header is not None else rows[0] if rows else []
    boxes = [row.cells for row in table.rows]
    centres: dict[int, float] = {}  # each column's centre, from its narrowest cell (a merged one is wider)
    widths: dict[int, float] = {}
    for cells in boxes:
        for column, box in enumerate(cells):
            if box is not None and box[2] - box[0] < widths.get(column, float("inf")):
                widths[column], centres[column] = box[2] - box[0], (box[0] + box[2]) / 2
    filled = [list(row) for row in rows]
    for at, cells in enumerate(boxes):
        if at >= len(filled):
            break
        middle = _row_middle(table.rows[at])
        for column, box in enumerate(cells):
            if box is not None or column not in centres or column >= len(filled[at]):
                continue
            x = centres[column]
            for above in range(at, -1, -1):  # its own row first, then the rows above it
                covering = next((k for k, other in enumerate(boxes[above]) if other is not None
                                 and other[0] <= x <= other[2] and other[1] <= middle <= other[3]), None)
                if covering is None or covering >= len(rows[above]):
                    continue
                # in its row only a target cell across year columns (2022年目标值 and 2030年目标值): not a group's
                # label, a note (说明：…) or an exhortation written across the name and the target columns
                if above == at and not (covering < len(head) and column < len(head)
                                        and _YEAR_HEADER.search(head[covering] or "")
                                        and _YEAR_HEADER.search(head[column] or "")) \
                        and not _NAME_HEADER.fullmatch("".join((rows[at][covering] or "").split())):
                    break
                filled[at][column] = rows[above][covering]
                break
    return filled


def _row_middle(row) -> float:
    """The middle of a row's own height: of its lowest cell, not of its box, which takes in a cell merged down over the
    row under it (a 序号 cell beside an indicator's row and its 说明 row: the box's middle fell below the target cell
    merged across the 2022 and 2030 columns, and the 2030 column lost it)."""
    own = [box for box in row.cells if box is not None]
    if not own:
        return (row.bbox[1] + row.bbox[3]) / 2
    low = min(own, key=lambda box: box[3] - box[1])
    return (low[1] + low[3]) / 2


#: the gap between two characters of a line (points) over which pdfplumber's text puts a space between them
_WORD_GAP = 3


def _by_line(chars: list[dict]) -> list[list[dict]]:
    """Characters in reading order: in lines, top to bottom, each left to right. A character is on a line when the
    middle of its height falls within the line's: a ``%`` drawn in a fallback font whose baseline sits lower stays where
    it stands in its line; a character set smaller (a raised ``①``) goes to the line of the text's size nearest it
    (sorted by their tops, ``（%）`` came out ``（） %`` and ``比重①`` ``比 ① 重``)."""
    if not chars:
        return []
    sizes = sorted(c.get("size", 0) for c in chars)
    usual = sizes[len(sizes) // 2]
    lines: list[list[dict]] = []
    spans: list[list[float]] = []  # each line's top and bottom
    small = []
    for char in sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2):
        if char.get("size", 0) < 0.8 * usual:
            small.append(char)
            continue
        middle = (char["top"] + char["bottom"]) / 2
        if spans and spans[-1][0] <= middle <= spans[-1][1]:
            lines[-1].append(char)
            spans[-1][1] = max(spans[-1][1], char["bottom"])
        else:
            lines.append([char])
            spans.append([char["top"], char["bottom"]])
    for char in small:
        middle = (char["top"] + char["bottom"]) / 2
        if not lines:
            lines.append([])
            spans.append([char["top"], char["bottom"]])
        at = min(range(len(lines)), key=lambda i: max(spans[i][0] - middle, middle - spans[i][1], 0))
        lines[at].append(char)
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _text_of(chars: list[dict]) -> str:
    """The text of a cell's characters, as pdfplumber writes it (words apart by a space, lines by a line break), but
    in the order of :func:`_by_line`."""
    out = []
    for line in _by_line(chars):
        words: list[str] = []
        last = None
        for char in line:
            if not char["text"].strip():
                last = None
                continue
            if last is None or char["x0"] - last["x1"] > _WORD_GAP:
                words.append(char["text"])
            else:
                words[-1] += char["text"]
            last = char
        if words:
            out.append(" ".join(words))
    return "\n".join(out)


def _extract(table) -> list[list[str | None]]:
    """The table's rows as pdfplumber's ``extract`` gives them (a cell's text, None where a merged cell spans), each
    cell's characters in reading order (:func:`_by_line`)."""
    chars = table.page.chars

    def inside(char: dict, box) -> bool:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        return box[0] <= x < box[2] and box[1] <= y < box[3]

    out = []
    for row in table.rows:
        row_chars = [char for char in chars if inside(char, row.bbox)]
        out.append([None if box is None else _text_of([char for char in row_chars if inside(char, box)])
                    for box in row.cells])
    return out


def _unruled(table, page, rows: list[list[str | None]]) -> list[list[str | None]]:
    """The table's rows with the text of a cell no box holds put in: a merged cell that runs on over the page break
    is ruled above and not below (a domain's cell, 健康生活 over the page's last two rows), and pdfplumber drops its text
    (the rows took the domain above). Its text (all of it in the rows it stands beside, a label wrapped over two of
    them too) is the cell of the row its first line stands in, by the rows' own heights (each one's lowest cell); it
    fills down from there as a merged domain does."""
    boxes = [box for row in table.rows for box in row.cells if box is not None]
    spans = _spans(table)
    bands: list[tuple[float, float] | None] = []  # each row's own height
    for row in table.rows:
        own = [box for box in row.cells if box is not None]
        bands.append(min(own, key=lambda box: box[3] - box[1])[1::2] if own else None)
    filled = [list(row) for row in rows]
    for column, (x0, x1) in enumerate(spans):
        x = (x0 + x1) / 2
        open_rows = [at for at, row in enumerate(table.rows) if at < len(filled) and column < len(filled[at])
                     and row.cells[column] is None and bands[at] is not None
                     and not any(b[0] <= x <= b[2] and b[1] <= sum(bands[at]) / 2 <= b[3] for b in boxes)]
        runs: list[list[int]] = []  # runs of rows, one under the other, whose cell here no box holds
        for at in open_rows:
            if runs and runs[-1][-1] == at - 1:
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            top, bottom = bands[run[0]][0], bands[run[-1]][1]
            lines = _by_line([char for char in page.chars if x0 <= (char["x0"] + char["x1"]) / 2 <= x1
                              and top <= (char["top"] + char["bottom"]) / 2 <= bottom])
            if lines:
                middle = (lines[0][0]["top"] + lines[0][0]["bottom"]) / 2
                at = next((at for at in run if bands[at][0] <= middle <= bands[at][1]), run[0])
                filled[at][column] = "".join(char["text"] for line in lines for char in line)
    return filled


def _frame(table, page) -> bool:
    """Whether what pdfplumber takes for a table is a page's layout frame (a web page printed with its borders: a
    box round the text, a rule under the title): one column, or cells mostly empty with prose in them. Its text is
    the page's text, not cells (read as cells, a whole plan was lost)."""
    if len(table.columns) < 2:
        return True
    rows = _extract(table)
    filled = [cell for row in rows for cell in row if cell and cell.strip()]
    if not filled:
        return True
    sparse = len(filled) <= len(rows)  # one filled cell a row, or fewer
    x0, top, x1, bottom = table.bbox
    large = (x1 - x0) * (bottom - top) >= 0.6 * float(page.width) * float(page.height)
    return sparse and (large or max(len(cell) for cell in filled) > 150)


#: a table whose bottom is below this share of the page's height ran to its foot; one whose top is above
#: the rest of it (1 − this) opens its page
_FOOT = 0.75


class _Foot(NamedTuple):
    """A ruled table that ran to the foot of its page: its block, its columns' left and right edges, and its first
    row's cells (its header)."""

    block: int
    columns: list[tuple[float, float]]
    header: tuple[str, ...]
    head: bool = False  # only its header, printed as text at the page's foot (a second header row may follow)


class _Carry(NamedTuple):
    """A ruled table at the top of a page that carries on one at the foot of the page before."""

    table: object  # pdfplumber's table
    foot: _Foot
    missing: int  # how many of the first columns this page's part lacks (a domain's merged cell, unruled here)
    cut: list[tuple[list[str] | None, list[dict]]]  # the rows the page break cut out of the ruling, above it: each
    # one's cells (None where its lines could not be put together into rows) and its lines
    labels: dict[int, list[str]]  # a row's cells in the missing columns: a domain's label printed beside it
    taken: list[dict]  # the page's text lines that are the table's (the cut rows' and the labels')
    rest: list[str] | None = None  # the cells of the rest of the row cut at the foot of the page before (its top part
    # is the reader's _Cut), put back together with it


class _Cut(NamedTuple):
    """The top part of a table row that the page break cut: the lines under the last ruled table at a page's foot,
    standing in its columns (a browser breaks a tall row inside itself and rules neither part), its rest at the top of
    the next page."""

    block: int  # the table's block
    columns: list[tuple[float, float]]
    lines: list[dict]
    cells: list[str]
    page: int


def _spans(table) -> list[tuple[float, float]]:
    """Each column's left and right edge, from its narrowest cell (pdfplumber's column box takes in a cell that
    spans columns: a target across three years' columns made one column as wide as the three)."""
    spans: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for column, box in enumerate(row.cells):
            if box is not None and (column not in spans or box[2] - box[0] < spans[column][1] - spans[column][0]):
                spans[column] = (box[0], box[2])
    return [spans.get(at, (column.bbox[0], column.bbox[2])) for at, column in enumerate(table.columns)]


def _carried_on(found: list, text_lines: list[dict], feet: list[_Foot], last_edges: set[str],
                height: float, cut: _Cut | None = None) -> list[_Carry]:
    """The ruled tables at the top of this page that carry on those at the foot of the page before (standing in the
    same columns, or in all but the first ones, a domain column whose merged cell has no ruling on this page; and no
    header of their own), with the lines above each that are its rows (a row the page break cut out of the ruling:
    its lines stand inside the table's columns, a wrapped cell's pieces beside the row's line) and the labels that
    stand in the columns it lacks. None for a table with a paragraph or a heading above it: a table of its own.
    ``cut``: the top part of a row the page break cut at the foot of the page before; the lines above the table that
    carries its table on are that row's rest (a wrapped cell's lines, one under the other), put back together with it."""
    if not feet or not found:
        return []
    lines = [t for t in text_lines if not PAGE_NUMBER.match(t["text"].strip()) and _shape(t["text"]) not in last_edges]
    out: list[_Carry] = []
    for table in sorted(found, key=lambda t: t.bbox[1]):
        spans = _spans(table)
        foot = next((f for f in feet if all(f is not c.foot for c in out) and 0 < len(spans) <= len(f.columns)
                     and all(abs(a - c) <= 3 and abs(b - d) <= 3
                             for (a, b), (c, d) in zip(spans, f.columns[len(f.columns) - len(spans):]))), None)
        if foot is None or table.bbox[1] > height * (1 - _FOOT):
            continue
        missing = len(foot.columns) - len(spans)
        if missing and any(header_role(text) != "domain" for text in foot.header[:missing]):
            continue  # (only a domain's merged cell is left unruled on the page it runs on to)
        first = [[one_line(cell or "") for cell in row] for row in _extract(table)[:1]]
        if first and is_header(first[0]) and not (cut is not None and cut.block == foot.block
                                                  and tuple(first[0]) == foot.header):
            continue  # a table of its own, under its own header (not the header printed again over a cut row's rest)
        left, right = foot.columns[0][0] - 2, foot.columns[-1][1] + 2
        above = sorted((t for t in lines if t["bottom"] <= table.bbox[1] + 1 and t["x0"] < right and left < t["x1"]),
                       key=lambda t: t["top"])
        if not all(left <= t["x0"] and t["x1"] <= right for t in above) \
                or any(_NOTE_LINE.match(_unspaced(t["text"])) or not _in_columns(t, foot.columns) for t in above):
            continue  # a paragraph, a heading or a note (注：…) above the table: never a row's cells
        if cut is not None and cut.block == foot.block:  # the rest of the row cut at the foot of the page before
            labels = _labels(table, lines, foot, missing)
            out.append(_Carry(table, foot, missing, [], labels.by_row, [*above, *labels.lines],
                              _row_of(above, foot.columns)))
            continue
        if foot.head and above:  # under a header printed at the foot, its second row (指标值 over 2010年 | 2015年)
            labels = _labels(table, lines, foot, missing)
            out.append(_Carry(table, foot, missing, [(_row_of(above, foot.columns), above)], labels.by_row,
                              [*above, *labels.lines]))
            continue
        rows: list[list[dict]] = []  # the cut rows: lines whose heights overlap (a wrapped cell's beside the row's)
        for text_line in above:
            if rows and text_line["top"] < max(t["bottom"] for t in rows[-1]) - 1:
                rows[-1].append(text_line)
            else:
                rows.append([text_line])
        cells = [_row_of(row, foot.columns) for row in rows]
        whole = [sum(1 for cell in row if cell) >= 2 for row in cells]
        if above and not any(whole):
            continue  # one cell's words above the table (a caption, 续表): no row of it
        if sum(whole) == 1 and all(ok or sum(1 for cell in row if cell) == 1 and all(
                not cell or cells[whole.index(True)][at] and at < len(foot.header)
                and header_role(foot.header[at]) == "name" for at, cell in enumerate(row))
                for ok, row in zip(whole, cells)):
            # one row, whole above the grid (a browser leaves a merged domain's next row unruled at a page's top): its
            # wrapped name's other lines, one cell each in the name's column, above and under its line (a figure's
            # piece apart from the row's line is not joined: a target is never guessed from where a piece stands)
            rows, cells, whole = [above], [_row_of(above, foot.columns)], [True]
        # a line of one cell apart from every row: the rest of which row's wrapped cell cannot be told — all left out
        pieces = [(row_cells, row) for row_cells, row in zip(cells, rows)] if all(whole) else [(None, above)]
        labels = _labels(table, lines, foot, missing)
        out.append(_Carry(table, foot, missing, pieces, labels.by_row, [*above, *labels.lines]))
    return out


class _Labels(NamedTuple):
    """The labels printed beside a carried table's rows in the columns it lacks (a domain's): by row, and their lines."""

    by_row: dict[int, list[str]]
    lines: list[dict]


def _labels(table, lines: list[dict], foot: _Foot, missing: int) -> _Labels:
    """The labels standing beside ``table``'s rows in the ``missing`` first columns of ``foot`` (a domain's label printed
    outside the ruling), each given to the row it stands beside."""
    labels: dict[int, list[str]] = {}
    beside = []
    if missing:
        left, inner = foot.columns[0][0] - 2, foot.columns[missing - 1][1] + 2
        for text_line in lines:
            middle = (text_line["top"] + text_line["bottom"]) / 2
            if left <= text_line["x0"] and text_line["x1"] <= inner and table.bbox[1] < middle < table.bbox[3]:
                at = min(range(len(table.rows)), key=lambda i: 0 if table.rows[i].bbox[1] <= middle
                         <= table.rows[i].bbox[3] else min(abs(middle - table.rows[i].bbox[1]),
                                                            abs(middle - table.rows[i].bbox[3])))
                label = labels.setdefault(at, [""] * missing)
                for column, cell in enumerate(_cells_of(text_line, foot.columns[:missing])):
                    label[column] = one_line(label[column] + " " + cell) if cell else label[column]
                beside.append(text_line)
    return _Labels(labels, beside)


class _Head(NamedTuple):
    """A table's header row printed as text at a page's foot, its rows a ruled table at the top of the next page."""

    lines: list[dict]  # the text lines it takes (those of two tables side by side: both take them)
    cells: tuple[str, ...]
    columns: list[tuple[float, float]]  # the next page's table's columns
    top: float


def _next_page(pages: list, number: int, drawn: _Drawn, path: Path):
    """The page after page ``number``, what it draws counted first (as every page's is before it is laid out)."""
    drawn.check(pages[number].page_obj, number + 1, path)
    return pages[number]


def _heads_over_break(text_lines: list[dict], next_page: Callable | None, height: float) -> list[_Head]:
    """The header rows that the page's last lines are, where they are printed as text at its foot (a browser leaves the
    header of a table, or of two side by side, unruled there) and the next page opens with ruled tables of no header
    of their own standing under them: each such table's header, its cells cut from the lines by its columns, when
    every character of the lines falls in one of those columns. [] otherwise. ``next_page``: gives the next page (its
    drawing counted first), called only when the lines read as a header. The header's lines are those at the foot one
    close under the other (a cell wrapped over two lines: 领 / 域), no sentence among them; where its second row stands
    at the top of the next page, above the table (指标值 over 2010年 | 2015年, the years pushed over the break), the two
    rows read as a header together (the years are carried on as the table's second header row)."""
    lines = sorted((t for t in text_lines if not PAGE_NUMBER.match(t["text"].strip())
                    and not _PRINTED_FOOT.search(t["text"].strip())), key=lambda t: t["top"])
    if next_page is None or not lines or lines[-1]["bottom"] <= height * _FOOT:
        return []
    last = [lines[-1]]  # the lines at the foot one close under the other (a wrapped header cell's beside the line's)
    for text_line in reversed(lines[:-1]):
        top = min(t["top"] for t in last)
        if text_line["bottom"] <= top + 1 and (top - text_line["bottom"] > 1.2 * _size(text_line) or len(last) >= 6
                                               or not _cell_words(text_line)):
            break
        last.append(text_line)
    last.sort(key=lambda t: t["top"])
    text = " ".join(t["text"] for t in last)
    if not may_be_header(text) and not _NAME_WORDS.search(text):
        return []
    next_page = next_page()
    heads = []
    chars = [char for text_line in last for char in text_line.get("chars", ()) if char["text"].strip()]
    held: set[int] = set()
    for table in sorted(next_page.find_tables(), key=lambda t: t.bbox[0]):
        first = _extract(table)[:1]
        if table.bbox[1] > next_page.height * (1 - _FOOT) or _frame(table, next_page) or not first \
                or is_header([one_line(cell or "") for cell in first[0]]):
            continue
        spans = _spans(table)
        cells = _row_of(last, spans)
        if not is_header(cells):  # its second row (the years) above the table on the next page
            above = [t for t in next_page.crop((0, 0, next_page.width, table.bbox[1])).extract_text_lines(strip=True)
                     if not PAGE_NUMBER.match(t["text"].strip()) and not _PRINTED_FOOT.search(t["text"].strip())
                     and _in_columns(t, spans)]
            under = _row_of(above, spans)
            if not any(under) or not is_header([one_line(a + " " + b) for a, b in zip(cells, under)]):
                continue
        heads.append(_Head(last, tuple(cells), spans, last[0]["top"]))
        held |= {id(char) for char in chars if any(x0 <= (char["x0"] + char["x1"]) / 2 <= x1 for x0, x1 in spans)}
    return heads if heads and all(id(char) in held for char in chars) else []


#: a note's opening (注：, 说明：, 资料来源：): a line that opens so is a note, never a table's cells
_NOTE_LINE = re.compile(NOTE_OPENING.pattern + r"|^(?:说明|說明|资料来源|資料來源|数据来源|數據來源|来源|來源)\s*[：:]")

#: a header's name cell (指标, 具体指标, 项目): a line at a page's foot that has one may be a header whose years are on
#: the next page
_NAME_WORDS = re.compile(r"指标|指標|项目|項目|(?i:indicator)")


def _cell_words(text_line: dict) -> bool:
    """Whether a line is a table's cells, no sentence: two words or more far apart, or one short word."""
    words = _words(text_line)
    return len(words) >= 2 or len(text_line["text"].strip()) <= 6


def _row_of(text_lines: list[dict], columns: list[tuple[float, float]]) -> list[str]:
    """The cells of a row from its lines (a wrapped cell's pieces above and below the row's line): each column's
    characters in reading order (:func:`_by_line`; a ``%`` set lower in another font stays in its brackets). A word
    whose characters run over a column's edge (a group cell, 指标值 centred over two year columns) is the cell of the
    column it starts in, as a merged cell is given."""
    placed: list[list[dict]] = [[] for _ in columns]

    def column_of(char: dict) -> int | None:
        middle = (char["x0"] + char["x1"]) / 2
        return next((i for i, (x0, x1) in enumerate(columns) if x0 <= middle <= x1), None)

    for text_line in text_lines:
        word: list[dict] = []
        for char in [*sorted((c for c in text_line.get("chars", ()) if c["text"].strip()), key=lambda c: c["x0"]), None]:
            if char is not None and word and char["x0"] - word[-1]["x1"] < COLUMN_GAP * char.get("size", 10):
                word.append(char)
                continue
            if word:
                first = column_of(word[0])
                over = any(piece["x0"] < edge - 1 < edge + 1 < piece["x1"] for piece in word for _, edge in columns[:-1])
                for piece in word:
                    index = first if over and first is not None and column_of(piece) is not None else column_of(piece)
                    if index is not None:
                        placed[index].append(piece)
            word = [char] if char is not None else []
    return [one_line(_text_of(chars)) for chars in placed]


def _in_columns(text_line: dict, columns: list[tuple[float, float]]) -> bool:
    """Whether a line stands in the columns as a table's cells do, not a sentence run across them: no character over a
    column's edge, and no Chinese words running on from one column into the next (numbers in narrow columns may stand
    as near each other as the letters of a word: ``1275.7 2248.2``)."""
    edges = [edge for _, edge in columns[:-1]]
    if any(char["x0"] < edge - 1 < edge + 1 < char["x1"] for char in text_line.get("chars", ()) for edge in edges):
        return False
    return all(any(x0 - 2 <= left and right <= x1 + 2 for x0, x1 in columns) or not re.search(r"[\u4e00-\u9fff]", text)
               for left, right, text in _words(text_line)) and columns[0][0] - 2 <= text_line["x0"] \
        and text_line["x1"] <= columns[-1][1] + 2


def _cut_at_foot(found: list, text_lines: list[dict], height: float,
                 label_open: Callable[[object], bool] | None = None) -> tuple[object, list[dict]] | None:
    """The page's last ruled table and the lines under it that are the top part of a row the page break cut (a
    browser breaks a tall row inside itself and rules neither part): every line under the table stands in its columns,
    one close under the other down to the page's foot (a page number or a printed foot aside), in two columns or
    more — or, where ``label_open`` says the table's last domain label runs on unruled (:func:`_label_open`), in the
    first column alone (the rest of a merged domain cell that runs on under the ruling: 服 / 务 under 健 / 康). A line is under the table when its
    middle is (a label's first character may stand a little into the last ruled row). None where anything else stands
    under it (a note, a paragraph) or the lines stop short of the foot."""
    if not found:
        return None
    table = max(found, key=lambda t: t.bbox[3])
    columns = _spans(table)
    below = sorted((t for t in text_lines if (t["top"] + t["bottom"]) / 2 >= table.bbox[3] - 1
                    and not PAGE_NUMBER.match(t["text"].strip())
                    and not _PRINTED_FOOT.search(t["text"].strip())), key=lambda t: t["top"])
    taken: list[dict] = []
    bottom = table.bbox[3]
    for text_line in below:
        if text_line["top"] - bottom > 2.5 * _size(text_line) or not _in_columns(text_line, columns):
            return None
        taken.append(text_line)
        bottom = max(bottom, text_line["bottom"])
    if not taken or bottom <= height * _FOOT:
        return None
    cells = _row_of(taken, columns)
    if sum(1 for cell in cells if cell) < 2 and not (cells[0] and label_open is not None and label_open(table)):
        return None
    return table, taken


def _label_open(table, header: list[str]) -> bool:
    """Whether the table's first column is a domain's (by its header) whose merged cell runs on unruled past the table's
    last ruled row (a browser leaves a merged cell open at a page's foot: no box holds it there), so that its characters
    under the ruling, and at the top of the next page, are more of that label (健 / 康 | 服 / 务), not a row's own."""
    if not header or header_role(header[0]) != "domain" or not table.rows or table.rows[-1].cells[0] is not None:
        return False
    x = sum(_spans(table)[0]) / 2
    middle = (table.rows[-1].bbox[1] + table.rows[-1].bbox[3]) / 2
    return not any(box is not None and box[0] <= x <= box[2] and box[1] <= middle <= box[3]
                   for row in table.rows for box in row.cells)


def _label_runs_on(table: Table, piece: str) -> Table:
    """The table with ``piece`` (the rest of a merged domain label the page break cut: 服务 after 健康) added to the label
    of its last group: the last row with a label of its own and the rows under it, and the rows above with the same."""
    rows = list(table.rows)
    label = None
    for at in range(len(rows) - 1, -1, -1):
        text = rows[at][0].text if rows[at] else ""
        if not text:
            if label is None:
                continue  # (a row under the label: filled down from it)
            break
        if label is not None and text != label:
            break
        label = text
        rows[at] = (replace(rows[at][0], text=one_line(text + piece)), *rows[at][1:])
    return replace(table, rows=tuple(rows))


def _rest_at_top(text_lines: list[dict], columns: list[tuple[float, float]], last_edges: set[str],
                 height: float) -> list[dict]:
    """The lines at the top of a page that are the rest of a row cut at the foot of the page before, where no table
    carries it on (it was the table's last row): those standing in its columns, one close under the other, from the
    page's first line (a running head or a page number aside), up to a heading (二、重点任务, short enough to stand in
    one column)."""
    lines = sorted((t for t in text_lines if not PAGE_NUMBER.match(t["text"].strip())
                    and not _PRINTED_FOOT.search(t["text"].strip()) and _shape(t["text"]) not in last_edges),
                   key=lambda t: t["top"])
    rest: list[dict] = []
    for text_line in lines:
        if not _in_columns(text_line, columns) or HEADING.match(_unspaced(text_line["text"])) or (text_line["top"] > height * (1 - _FOOT) if not rest else
                                                   text_line["top"] - max(t["bottom"] for t in rest)
                                                   > 2.5 * _size(text_line)):
            break
        rest.append(text_line)
    return rest


def _label_at_top(text_lines: list[dict], found: list, columns: list[tuple[float, float]],
                  last_edges: set[str]) -> list[dict]:
    """The lines at the top of a page that are the rest of a merged domain label cut at the foot of the page before
    (水 / 平 after 健 / 康): from the page's first line (a running head or a page number aside), above its first ruled
    table, those standing in the table's first column alone."""
    top = min((table.bbox[1] for table in found), default=float("inf"))
    lines = sorted((t for t in text_lines if not PAGE_NUMBER.match(t["text"].strip())
                    and not _PRINTED_FOOT.search(t["text"].strip()) and _shape(t["text"]) not in last_edges),
                   key=lambda t: t["top"])
    out = []
    for text_line in lines:
        if text_line["bottom"] > top + 1 or not _in_columns(text_line, columns) \
                or any(_row_of([text_line], columns)[1:]) or not _row_of([text_line], columns)[0]:
            break
        out.append(text_line)
    return out


def _label_off(rest: list[str], label: _Foot | None, doc: Document) -> list[str]:
    """The rest of a cut row with its first cell taken off and given to the domain label running on from the page
    before (``label``: its table), where there is one: that cell is more of the label, not the row's own."""
    if label is not None and rest and rest[0]:
        doc.blocks[label.block] = _label_runs_on(doc.blocks[label.block], rest[0])
        rest = ["", *rest[1:]]
    return rest


def _rest_under_header(body: list[list[str | None]], header: tuple[str, ...]) -> list[str] | None:
    """The rest of a row the page break cut, where the next page prints the table's header again (a browser repeats a
    ``<thead>``) and the rest stands under it, in the grid: the first row after the header's rows, taken out of
    ``body`` (a row the break did not cut would have been ruled whole on the page before). None where the page
    does not open with the header."""
    at = 0
    while at < len(body) and ([one_line(cell or "") for cell in body[at]] == list(header)
                              or is_header([one_line(cell or "") for cell in body[at]])):
        at += 1
    if not at or at >= len(body) or not any((cell or "").strip() for cell in body[at]):
        return None
    return [one_line(cell or "") for cell in body.pop(at)]


def _rejoined(cut: _Cut, page: int) -> str:
    """The note on a row put back together over a page break."""
    return (f"a row the page break cut (pages {cut.page} and {page}), its parts put back together column by column: "
            "check the row against the document")


def _joined(cut: _Cut, rest: list[str], page: int) -> tuple[Cell, ...]:
    """A row the page break cut, its parts put back together column by column (its line set by the caller): each cell
    on the page its text starts on."""
    return tuple(Cell(one_line(top + " " + below), 0, cut.page if top else page) for top, below in zip(cut.cells, rest))


def _cells_of(text_line: dict, columns: list[tuple[float, float]]) -> list[str]:
    """A text line's characters put in the table's columns by where each stands (the row as cells)."""
    cells = [""] * len(columns)
    for char in text_line.get("chars", ()):
        middle = (char["x0"] + char["x1"]) / 2
        index = next((i for i, (x0, x1) in enumerate(columns) if x0 <= middle <= x1), None)
        if index is not None:
            cells[index] += char["text"]
    return [cell.strip() for cell in cells]


#: a glyph pdfminer could not map to a character (a font without a ToUnicode map)
_UNMAPPED = re.compile(r"\(cid:\d+\)")


def _require_characters(doc: Document, encrypted: bool = False, shown: bool = True) -> None:
    """Refuse a PDF with no text (a scan) or whose text is mostly unmapped glyphs ``(cid:1438)``: its words
    cannot be read, and drafting from what is left (the digits some fonts still map) would be guessing. An
    encrypted PDF (one that opens without a password but bars copying) is said to be that, not blamed on its fonts.
    One whose pages show nothing at all (``shown`` false: no image, no drawing) is said to be blank, not a scan."""
    from checker.errors import CheckerError, Location

    text = "".join(doc.lines.values())
    if not text.strip() and doc.sideways:  # its text is there, turned on its side: no scan to OCR
        pages = ", ".join(map(str, doc.sideways[:10])) + (" …" if len(doc.sideways) > 10 else "")
        raise CheckerError(f"the PDF's text is set sideways (turned 90°) on every page that has any (page {pages}): "
                           "checker reads text set upright", Location(doc.path),
                           hint="rotate the pages upright and save the PDF again (or export its text, .docx or a web "
                                "page), and extract that")
    if not text.strip() and not shown:  # (called a scan, with OCR for advice, though there is nothing to OCR)
        raise CheckerError("the PDF has no text and no images: its pages are blank", Location(doc.path),
                           hint="check that it is the document you meant (a blank export or print?), and extract the "
                                "plan's text")
    if not text.strip():
        raise CheckerError("the PDF has no text, only images (a scan?)", Location(doc.path),
                           hint="run OCR on it (or ask for the document as text, .docx or a web page) and extract that")
    unmapped = sum(len(match) for match in _UNMAPPED.findall(text))
    if unmapped > len(text) / 2 and encrypted:
        raise CheckerError("the PDF is encrypted (it opens without a password but guards its text): its text reads as "
                           "(cid:…) codes, not words", Location(doc.path),
                           hint="save an unprotected copy, or export its text (or a .docx), and extract that")
    if unmapped > len(text) / 2:
        raise CheckerError("the PDF's fonts carry no map from glyphs to characters: its text reads as "
                           "(cid:…) codes, not words", Location(doc.path),
                           hint="export the text (or a .docx) from the program that made the PDF, or run OCR on it, "
                                "and extract that")


def _unspaced(text: str) -> str:
    """A text line without the spaces a PDF's letter spacing puts between its characters (a title or
    a line set with wide spacing comes out as ``到 2 0 2 5 年 ， 人 均``): where nearly every piece
    between spaces is one character, they go; elsewhere only spaces between Chinese characters do."""
    pieces = text.split()
    if len(pieces) >= 4 and sum(len(piece) == 1 for piece in pieces) >= 0.9 * len(pieces) \
            and re.search(r"[\u4e00-\u9fff]", text):  # not "1 2 3 4", numbers set apart
        return "".join(pieces)
    return one_line(text)


#: a line opened by a bullet glyph (a symbol font's private-use character, or •): a list item, which starts its own
#: paragraph and hangs left of the margin its wrapped lines keep
_BULLET = re.compile(r"\s*[\ue000-\uf8ff•▪●◆■►▶➢✓]")

#: a wrapped English line's last character and the next line's first: the two words have a space between them
#: (``300`` / ``in 2016``); a hyphen or dash ending the line joins with none (``health-`` / ``care``, ``2014–`` / ``2018``)
_LATIN_END = re.compile(r"[A-Za-z0-9%,;:)\]]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(\[]")


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _wrapped(last: str, text: str) -> str:
    """``text`` as it runs on from the wrapped line ``last``: after one space where both lines are English (the line
    broke at a space between words, as a .txt file's line does); with nothing where either is Chinese, whose lines
    break anywhere, inside a number too (``达到7`` / ``8.3岁``)."""
    english = _LATIN_END.search(last) and _LATIN_START.match(text) and not _CJK.search(last) \
        and not _CJK.search(text)
    return " " + text if english else text


def _title_runs_on(last: dict | None, text_line: dict, text: str) -> bool:
    """Whether ``text_line`` goes on the title whose line ``last`` is above it (the document's first lines): in the
    same type, the next line down, and set centred or flush right as that one is (a title of three lines that never
    reach the left margin; lines flush left wrap as the body's do)."""
    if last is None or text.endswith(_ENDS) or abs(_size(text_line) - _size(last)) > 0.05 * _size(last):
        return False
    if not 0 < text_line["top"] - last["top"] <= 2.5 * _size(last):
        return False
    if abs(text_line["x0"] - last["x0"]) <= 2:
        return False
    return abs(text_line["x1"] - last["x1"]) <= 2 \
        or abs(text_line["x0"] + text_line["x1"] - last["x0"] - last["x1"]) <= 4


def _margins(text_lines: list[dict]) -> tuple[float, float]:
    """The left and right margins of a page's text: where most lines start (not a bulleted item's first line, which
    hangs left of its wrapped lines), and the furthest right."""
    if not text_lines:
        return 0.0, 0.0
    text_lines = [t for t in text_lines if not _BULLET.match(t["text"])] or text_lines
    lefts = sorted(round(t["x0"]) for t in text_lines)
    return float(lefts[len(lefts) // 4]), max(t["x1"] for t in text_lines)


def _char_width(text_line: dict) -> float:
    """A line's width a character, never 0 (a page whose font is missing sets its characters 0 wide)."""
    return max((text_line["x1"] - text_line["x0"]) / max(len(text_line["text"]), 1), 0.01)


def _full(text_line: dict, margins: tuple[float, float]) -> bool:
    """Whether a line runs (nearly) to the right margin, as a line that wraps does: 28 characters of a
    公文 page are as full as 40 of a report. A page with one line of text is no guide; then the
    line's length decides, as for plain text."""
    left, right = margins
    if right - left < 10 * _char_width(text_line):  # (a gazette's column holds 19 characters a line)
        return len(text_line["text"]) >= 30
    return text_line["x1"] >= left + FULL_WIDTH * (right - left)


def _indented(text_line: dict, margins: tuple[float, float]) -> bool:
    """Whether a line starts further right than the margin by more than a character: a new paragraph
    (a 公文 paragraph opens two characters in)."""
    return text_line["x0"] > margins[0] + 1.5 * _char_width(text_line)


def _indents_paragraphs(text_lines: list[dict], margins: tuple[float, float]) -> bool:
    """Whether a page opens its paragraphs two characters in, as a 公文 page does: a line of body text (not a
    heading, not a centred title) that starts two or three characters right of the margin."""
    return any(1.5 < (t["x0"] - margins[0]) / _char_width(t) <= 3.5 and not HEADING.match(_unspaced(t["text"]))
               and not _BULLET.match(t["text"])
               for t in text_lines if t["text"].strip())


def _shape(text: str) -> str:
    """A line with its numbers as # and no spaces: a running head repeats in this shape."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


#: a gap between two words of a line at least this share of the font size parts two columns
COLUMN_GAP = 0.8


class LaidOut(NamedTuple):
    """A table drawn without ruling lines (or with rules across only, as a 三线表): pdfplumber finds
    no grid, so its rows come as text lines, its cells as words far apart."""

    lines: list[dict]  # the text lines it takes, top to bottom
    rows: list[tuple[int, list[str]]]  # (the index in ``lines`` a row starts at, its cells)
    notes: tuple[tuple[int, str], ...]  # (row index, what a person should check)
    columns: list[tuple[float, float]]  # where its columns stand on the page
    size: float  # its font size
    sure: bool  # whether the blank space between the columns gave as many as the header has cells


def _words(text_line: dict) -> list[tuple[float, float, str]]:
    """A line's words far enough apart to stand in different columns: (left, right, text)."""
    out: list[list] = []
    for char in text_line.get("chars", []):
        if not char["text"].strip():
            continue
        gap = char["x0"] - out[-1][1] if out else None
        # (a header cell wrapped over lines of its own, put back by _rejoined_headers, is a word of its own however near)
        if gap is not None and gap < COLUMN_GAP * char.get("size", 10) and char.get("wrapped") == out[-1][3]:
            space = " " if gap > 0.15 * char.get("size", 10) and char["text"].isascii() and out[-1][2][-1:].isascii() else ""
            out[-1][1], out[-1][2] = char["x1"], out[-1][2] + space + char["text"]
        else:
            out.append([char["x0"], char["x1"], char["text"], char.get("wrapped")])
    return [(x0, x1, text) for x0, x1, text, _ in out]


def _rejoined_headers(text_lines: list[dict]) -> list[dict]:
    """``text_lines`` with a header cell wrapped over two lines in a narrow column, centred on the header's own line
    (序 above it, 号 below it), put back into that line as one word: read as lines of their own, they hid the header,
    and the table (a 三线表 whose 序号 column is one character wide) was read as text."""
    out = list(text_lines)
    index = 1
    while index < len(out) - 1:
        above, line, below = out[index - 1], out[index], out[index + 1]  # (a line's lines: the page's first has none)
        size = max((c.get("size", 10) for c in line.get("chars", [])), default=10)
        if len(above["text"].strip()) <= 2 and len(below["text"].strip()) <= 2 and may_be_header(line["text"]) \
                and abs(above["x0"] - below["x0"]) < 0.5 * size \
                and 0 < line["top"] - above["top"] < 1.5 * size and 0 < below["top"] - line["top"] < 1.5 * size \
                and not any(x0 < below["x1"] and above["x0"] < x1 for x0, x1, _ in _words(line)):
            # (sorted by their left edge, stably: the character above before the one below it)
            wrapped = [{**char, "wrapped": True} for char in (*above["chars"], *below["chars"])]
            merged = {**line, "chars": sorted([*line["chars"], *wrapped], key=lambda c: c["x0"])}
            merged["text"] = " ".join(text for _, _, text in _words(merged))
            out[index - 1:index + 2] = [merged]
        elif _years_under(line, below, size):
            # 目标值 over 2025年 | 2030年 below a header line that names the other columns: the years are its cells (the
            # group's word, on the header's line or above it, is dropped: the years say what the columns are)
            group_words = [(x0, x1) for x0, x1, text in _words(line) if _TARGET_GROUP.fullmatch(text)]
            kept = [char for char in line["chars"] if not any(x0 <= char["x0"] < x1 + 0.1 for x0, x1 in group_words)]
            wrapped = [{**char, "wrapped": True} for char in below["chars"]]
            merged = {**line, "chars": sorted([*kept, *wrapped], key=lambda c: c["x0"])}
            merged["text"] = " ".join(text for _, _, text in _words(merged))
            group = len(above["text"].strip()) <= 6 and 0 < line["top"] - above["top"] < 1.5 * size \
                and _TARGET_GROUP.fullmatch(above["text"].strip())
            out[index - 1 if group else index:index + 2] = [merged]
        index += 1
    return out


#: a header's group cell over its year columns (目标值, 规划目标, 预期目标)
_TARGET_GROUP = re.compile(r"(?:规划|预期|发展)?目标值?|指标值|规划值")


def _years_under(line: dict, below: dict, size: float) -> bool:
    """Whether ``below`` holds only years (2025年 2030年) standing under a header ``line`` that names the indicator,
    in its own place (no word of the line above them), within a line's height."""
    # (the cheap tests first: this runs on every line of every page)
    if not 0 < below["top"] - line["top"] < 2.2 * size or ("指标" not in line["text"] and "指標" not in line["text"]):
        return False
    words = _words(below)
    return bool(words) and all(re.fullmatch(r"(?:19|20)\d{2}年?(?:目标值?)?", text) for _, _, text in words) \
        and not any(x0 < bx1 and bx0 < x1 and not _TARGET_GROUP.fullmatch(text)
                    for x0, x1, text in _words(line) for bx0, bx1, _ in words)


class _Carried(NamedTuple):
    """A table without ruling lines that ran to the foot of its page: its columns, for the next page."""

    columns: list[tuple[float, float]]
    size: float
    sure: bool


def _laid_out_tables(text_lines: list[dict], carried: _Carried | None = None) -> tuple[list[LaidOut], _Carried | None]:
    """The tables of a page drawn without a grid, and the one that runs on to the next page, if any.

    One starts at a line whose words read as a header (:func:`checker.documents.tables.is_header`),
    and takes the lines below it that stand inside its width and are no sentences. Its columns are
    where the words of all its lines leave the page blank from top to bottom. Where the blank gaps do
    not give as many columns as the header has cells, words go to the nearest header cell and the row
    is flagged. ``carried``: a table that ran to the foot of the page before; the lines at the top of
    this page that stand in its columns carry it on, with no header of their own."""
    out: list[LaidOut] = []
    index = 0
    if carried is not None:
        skip = 0  # a running head or a page number above the rows
        while skip < min(2, len(text_lines)) and len(_words(text_lines[skip])) < 2:
            skip += 1
        taken = _taken(text_lines, skip, carried.columns, carried.size, len(carried.columns))
        if taken:
            lines = [text_lines[at] for at in taken]
            out.append(_table(lines, carried.columns, carried.size, carried.sure, header=False))
            index = taken[-1] + 1
    while index < len(text_lines):
        header = _words(text_lines[index]) if may_be_header(text_lines[index]["text"]) else []
        if not is_header([text for _, _, text in header]):
            index += 1
            continue
        size = max((c.get("size", 10) for c in text_lines[index].get("chars", [])), default=10)
        taken = [index] + _taken(text_lines, index + 1, [(x0, x1) for x0, x1, _ in header], size, len(header))
        if len(taken) < 2:
            index += 1
            continue
        lines = [text_lines[at] for at in taken]
        columns = _columns([word for text_line in lines for word in _words(text_line)], size)
        sure = len(columns) == len(header)
        if not sure:  # the blank gaps do not match the header: each header cell is a column
            columns = [(x0, x1) for x0, x1, _ in header]
        out.append(_table(lines, columns, size, sure, header=True))
        index = taken[-1] + 1
    last = out[-1] if out else None
    runs_on = last is not None and last.lines[-1] in text_lines[-2:] and \
        all(len(_words(text_line)) < 2 for text_line in text_lines[text_lines.index(last.lines[-1]) + 1:])
    return out, (_Carried(last.columns, last.size, last.sure) if runs_on else None)


def _taken(text_lines: list[dict], start: int, columns: list[tuple[float, float]], size: float,
           width: int) -> list[int]:
    """The lines from ``start`` that carry on a table with these columns: inside its width (a little
    over), no sentence, no wider gap than a blank line, no more words than columns."""
    left, right = columns[0][0] - 4 * size, columns[-1][1] + 4 * size
    taken: list[int] = []
    for below in range(start, len(text_lines)):
        words = _words(text_lines[below])
        # a row's last cell may run past the header's edge to the margin (a long target: 达到79岁（…）); a line of one
        # word that does is prose, run across the page
        if not words or words[0][0] < left or (words[-1][1] > right and (len(words) < 2 or words[-1][0] > right)) \
                or words[-1][2].endswith(("。", "；")) \
                or len(words) > width or (taken and text_lines[below]["top"] - text_lines[taken[-1]]["bottom"] > 2.5 * size):
            break
        taken.append(below)
    return taken


#: a group's label on a line of its own in a table (一、健康水平, （二）健康服务): its number, then its name
_GROUP_LINE = re.compile(GROUP_NUMBER.pattern + r"[\u4e00-\u9fff]{2,16}$")


def _table(lines: list[dict], columns: list[tuple[float, float]], size: float, sure: bool, header: bool) -> LaidOut:
    """The rows of a table without ruling lines. A line with words in two columns or more is a row; a
    line with one word is part of a cell that wraps, and belongs to the row whose line is nearest (a
    cell centred in its row starts above it); a row that stands as near the next is flagged."""
    cells = []
    for text_line in lines:
        line_cells = [""] * len(columns)
        for x0, x1, text in _words(text_line):
            column = _column_of((x0 + x1) / 2, columns)
            line_cells[column] = one_line(line_cells[column] + " " + text)
        cells.append(line_cells)
    # "二、健康服务" on a line of its own across a three-line table: a group row, no piece of the row above's cell
    groups = {at for at, line_cells in enumerate(cells) if header and at and [bool(text) for text in line_cells].count(True) == 1
              and _GROUP_LINE.match(next(text for text in line_cells if text))}
    for at in groups:
        cells[at] = [next(text for text in cells[at] if text)] + [""] * (len(columns) - 1)
    anchors = [at for at, line_cells in enumerate(cells) if sum(1 for text in line_cells if text) >= 2 or at in groups]
    pieces: dict[int, list[int]] = {at: [at] for at in anchors}
    doubtful: set[int] = set()
    middle = [(text_line["top"] + text_line["bottom"]) / 2 for text_line in lines]
    rows_of = [anchor for anchor in anchors if anchor not in groups]  # what a wrapped cell's piece may belong to
    for at in range(len(lines)):
        if at in pieces:
            continue
        by_distance = sorted(rows_of, key=lambda anchor: abs(middle[anchor] - middle[at]))
        if not by_distance:
            continue
        pieces[by_distance[0]].append(at)
        if len(by_distance) > 1 and abs(abs(middle[by_distance[1]] - middle[at])
                                        - abs(middle[by_distance[0]] - middle[at])) < 0.3 * size:
            doubtful.add(by_distance[0])
    rows: list[tuple[int, list[str]]] = []
    notes: list[tuple[int, str]] = []
    for anchor in anchors:
        row = [""] * len(columns)
        for at in sorted(pieces[anchor], key=lambda at: lines[at]["top"]):
            row = [one_line(old + " " + new) if new else old for old, new in zip(row, cells[at])]
        rows.append((anchor, row))
    if header:
        _centred_domains(rows, pieces, cells, middle, size)
    for index, (anchor, row) in enumerate(rows):
        if (anchor or not header) and not sure:
            notes.append((index, "a table without ruling lines whose columns could not be told from "
                                         "the blank space between them: check the row against the document"))
        elif anchor in doubtful:
            notes.append((index, "a cell that wraps stands as near this row as the next: check the "
                                         "row against the document"))
    return LaidOut(lines, rows, tuple(notes), columns, size, sure)


def _centred_domains(rows: list[tuple[int, list[str]]], pieces: dict[int, list[int]], cells: list[list[str]],
                     middle: list[float], size: float) -> None:
    """A domain cell that spans rows, written once in the middle of its rows (a three-line table has no rule
    to merge it in): give it to every row of its group, where the labels' heights split the rows into groups
    exactly, each group's rows centred on its label. Labels that all stand on rows, the first on the first
    row, are read as written (filled down): only a centred label stands between two rows or leaves the
    first row without one."""
    domain = [at for at, text in enumerate(rows[0][1]) if header_role(text) == "domain"]
    body = rows[1:]
    if len(domain) != 1 or not body:
        return
    column = domain[0]
    labels = []  # (row index in body, label, height of the label's own line)
    between = False  # a label on a line of its own, between two rows: centred on an even number of rows
    for index, (anchor, row) in enumerate(body):
        if row[column]:
            own = [at for at in pieces[anchor] if cells[at][column]]
            between = between or any(at != anchor for at in own)
            labels.append((index, row[column], middle[own[0]] if own else middle[anchor]))
    if not labels or (labels[0][0] == 0 and not between):
        return  # labels on the first row of their groups, as a fill-down reads them
    groups, start = [], 0
    for index, label, height in labels:
        end = next((e for e in range(index, len(body))
                    if abs((middle[body[start][0]] + middle[body[e][0]]) / 2 - height) <= 0.35 * size), None)
        if end is None or start > index:
            return
        groups.append((start, end, label))
        start = end + 1
    if start != len(body):
        return
    for first, last, label in groups:
        for index in range(first, last + 1):
            body[index][1][column] = label


def _columns(words: list[tuple[float, float, str]], size: float) -> list[tuple[float, float]]:
    """The spans of the page the words fill, apart where a blank gap runs through every line."""
    spans: list[list[float]] = []
    for x0, x1, _ in sorted(words):
        if spans and x0 - spans[-1][1] < COLUMN_GAP * size:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(x0, x1) for x0, x1 in spans]


def _column_of(x: float, columns: list[tuple[float, float]]) -> int:
    """The column a word whose middle is at ``x`` stands in: the one it falls in, else the nearest."""
    return min(range(len(columns)), key=lambda c: 0 if columns[c][0] <= x <= columns[c][1]
               else min(abs(x - columns[c][0]), abs(x - columns[c][1])))
