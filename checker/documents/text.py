"""Plain text and Markdown → a :class:`Document`, every paragraph and table cell with its line.

Plain text is read as the seeds are flattened from published files: a table cell on a line of its
own after a tab (a blank line before a tab-led cell starts a new row; a short untabbed line after a
blank is the rest of the cell above, as ``健康`` / ``水平``), or a whole row on one line with tabs
between the cells. Markdown goes through markdown-it-py (a dependency of rich, so always there),
which gives every paragraph and table row its line range.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path

from checker.documents import flattened, tables, vocabulary
from checker.documents.model import ROW_NOTE, Cell, Document, Paragraph, Table, paragraph
from checker.errors import CheckerError, Location

#: a line that ends a sentence: a wrapped line does not end so, and is joined to the next one
SENTENCE_ENDS = tuple("。！？；：!?;:”」）)")
WRAPPED = 30  # only a line at least this long is taken for a wrapped one (unless the text wraps shorter)
#: a page number: 3, - 3 -, 第3页, 3/12 (at a PDF page's top or foot); in plain text only the marked
#: forms (- 3 -, 第3页), since a bare 3 on a line is a table's 序号 cell
PAGE_NUMBER = re.compile(r"^[-—–－]?\s*(?:第\s*)?\d+\s*页?\s*(?:[/／]\s*(?:共\s*)?\d+\s*页?)?\s*[-—–－]?$")
_MARKED_PAGE_NUMBER = re.compile(r"^[-—–－]\s*\d+\s*[-—–－]$|^第\s*\d+\s*页(?:\s*[/／，,]?\s*共\s*\d+\s*页)?$")
_CONTINUATION = 16  # an untabbed line after a cell this short or shorter is the rest of that cell
_UNWRAPPED = 200  # an English line this long was not wrapped: the text gives a paragraph a line


#: a run of bytes above ASCII: in a Western text each stands alone (’, é, a no-break space), which GBK reads as half
#: of a Chinese character with the letter after it (women’s in windows-1252 read 'women抯'); Chinese text has pairs
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 (with or without a byte-order mark), or the encoding the file ``declared`` (an HTML page's ``charset``);
    else as data files are read (GB18030, or Big5 where GB18030 reads it as characters no text has: what Notepad saves
    on a Traditional Chinese Windows), or refused with the place and the reason. Big5 read as GB18030 was mojibake that
    set no target, and extract said only "no target found"; a Western text whose every byte above ASCII stands alone
    (windows-1252's ’ and é) is no Chinese text, and is refused rather than read as GBK mojibake."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CheckerError("the document is UTF-16 encoded; save it as UTF-8", Location(name, 1, 1))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except LookupError:
            raise CheckerError(f"the document declares the encoding {declared!r}, which is none known",
                               Location(name), hint="save it as UTF-8") from None
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise CheckerError(f"the document declares the encoding {declared!r}, and a byte of line {line} is not "
                               "written in it", Location(name, line), hint="save it as UTF-8") from None
    runs = _HIGH_BYTES.findall(data)
    if runs and all(len(run) == 1 for run in runs):
        first = _HIGH_BYTES.search(data).start()
        raise CheckerError("the document is neither UTF-8 nor Chinese text: every byte above ASCII in it stands alone, "
                           "as in a Western text (windows-1252's ’ or é), which read as GBK would be Chinese mojibake",
                           Location(name, data.count(b"\n", 0, first) + 1), hint="save it as UTF-8")
    from checker.data.observations import decode_data  # (only for a document that is not UTF-8)

    return decode_data(data, name)[0]


#: a line's end as a file's lines are counted (by grep -n, an editor, a reviewer): LF, CR LF or CR, nothing else
_LINE_END = re.compile(r"\r\n|\r|\n")
#: what ``str.splitlines`` also breaks at, inside a line a space: VT, FF, the separators FS, GS, RS, NEL (what a
#: windows-1252 … becomes read as Latin-1), and U+2028, U+2029 (text copied out of web pages and JSON)
_OTHER_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def file_lines(text: str) -> list[str]:
    """The lines of a text file as its lines are numbered ("the line of the file"): broken at LF, CR LF and CR only,
    a form feed at a line's start (pdftotext's page break) dropped, and the other characters ``str.splitlines``
    breaks at written as spaces. Split as ``splitlines`` splits, a U+2028 inside a table row made two lines that were
    neither row nor sentence (its target lost), and each page break moved every later line's number on by one."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # (the end of the last line, not a line)
    if not _OTHER_BREAKS.search(text):
        return lines
    return [_OTHER_BREAKS.sub(" ", line.lstrip("\f")) for line in lines]


def read(path: Path) -> Document:
    text = decode(path.read_bytes(), str(path))
    if path.suffix.lower() in (".md", ".markdown"):
        return read_markdown(text, str(path))
    return read_text(text, str(path))


def _kind(line: str) -> str:
    if (not line.strip() and "\t" not in line) or _MARKED_PAGE_NUMBER.match(line.strip()):
        return "blank"  # a page number left by a PDF converter (- 3 -) does not end a paragraph
    if "\t" in line:
        fields = line.split("\t")
        if line.startswith("\t") and len(fields) == 2:
            return "cell"
        if len([f for f in fields if f.strip()]) >= 2 or line.startswith("\t"):
            return "row"
    return "text"


def _next_kind(kinds: list[str], lines: list[str], index: int) -> str:
    """The kind of the next line that is neither blank nor a short untabbed line (the rest of a cell)."""
    for kind, line in zip(kinds[index + 1:], lines[index + 1:]):
        if kind == "blank" or (kind == "text" and len(line.strip()) <= _CONTINUATION):
            continue
        return kind
    return "end"


def _wrap_width(lines: list[str], kinds: list[str]) -> int:
    """How long a wrapped line is in this text: :data:`WRAPPED`, or less where most lines that end
    no sentence share one shorter length (a 公文 copied from its PDF wraps at 28 characters) and hardly
    any line runs well past it. Short item lines that happen to share a length (三个标题 of 13 characters
    between items of 21) are no wrapped text: taken so, the items under a heading were joined to it and
    to each other, and all but the first target lost inside one clause."""
    texts = [len(line.strip()) for line, kind in zip(lines, kinds) if kind == "text"]
    lengths = Counter(len(line.strip()) for line, kind in zip(lines, kinds)
                      if kind == "text" and not line.strip().endswith(SENTENCE_ENDS))
    if not lengths:
        return WRAPPED
    width, count = max(lengths.items(), key=lambda item: (item[1], item[0]))
    # (a line of half-width digits holds a few more characters than the width: a quarter more is still in it)
    past = sum(1 for length in texts if length > width + width // 4)
    if 12 <= width < WRAPPED and count >= 3 and count >= 0.4 * sum(lengths.values()) and past <= 0.1 * len(texts):
        return width
    return WRAPPED


#: the gap between two columns of a table laid out with spaces (two or more, or an ideographic space)
_COLUMN_GAP = re.compile(r"(?:\s{2,}|\u3000+)")


#: a single space between cells, as a table copied from a web page gives them (Chinese cells only)
_SINGLE_GAP = re.compile(r"\s+")


def _fields(line: str, gap: re.Pattern = _COLUMN_GAP) -> list[tuple[int, str]]:
    """The cells of a line laid out with spaces, each with where it starts."""
    out, at = [], 0
    for piece in gap.split(line):
        start = line.index(piece, at) if piece else at
        if piece.strip():
            out.append((start, piece.strip()))
        at = start + len(piece)
    return out


def _display(text: str) -> int:
    """How many columns ``text`` takes in a monospaced layout (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _layout_tables(lines: list[str]) -> tuple[dict[int, tuple[list[str], str | None]], set[int]]:
    """The lines of tables laid out with spaces, as ``pdftotext -layout`` and plain-text mail give them:
    line index → (its cells, a note where a cell's column is not certain), and the rows reached over blank
    lines. A table starts at a line whose cells are headers naming the indicator and a year or target column,
    and runs over the lines with two cells or more after it, and over one or two blank lines to a row laid
    out as its rows are (:func:`_row_after_blanks`). A row with fewer cells than the header is placed by where its
    cells start, counted in characters and in display columns; where the two disagree, the row is
    laid out by display columns and carries a note to check it. A Chinese table copied from a web page
    may part its cells with single spaces: then a short row puts its name under the name column and
    the rest under the last columns, flagged (:func:`_short_row`)."""
    out: dict[int, tuple[list[str], str | None]] = {}
    carried: set[int] = set()
    index = 0
    while index < len(lines):
        if not tables.may_be_header(lines[index]):
            index += 1
            continue
        gap = _COLUMN_GAP
        header = _fields(lines[index]) if "\t" not in lines[index] else []
        if not tables.is_header([text for _, text in header]):
            header = _letters_joined(header)  # 指    标    2025年    属    性: a cell's letters spaced wide
        if not tables.is_header([text for _, text in header]) and "\t" not in lines[index] \
                and not re.search(r"[A-Za-z]", lines[index]):
            gap, header = _SINGLE_GAP, _fields(lines[index], _SINGLE_GAP)  # 指标名称 单位 2020年 2025年 属性
        if not tables.is_header([text for _, text in header]):
            index += 1
            continue
        out[index] = ([text for _, text in header], None)
        starts = [start for start, _ in header]
        display_starts = [_display(lines[index][:start]) for start in starts]
        index += 1
        last = header  # the cells of the line above, as laid out
        while index < len(lines):
            if gap is _COLUMN_GAP and not lines[index].strip():
                after = _row_after_blanks(lines, index, header, last)
                if after is None:
                    break
                index = after  # a blank line or two between rows (pdftotext, a page's text): the table runs on
                carried.add(index)
            cells = _fields(lines[index], gap) if "\t" not in lines[index] else []
            if len(cells) < 2 or len(cells) > len(header):
                break
            last = cells
            if len(cells) == len(header):
                out[index] = ([text for _, text in cells], None)
            elif gap is _SINGLE_GAP:  # no layout to place a short row by: the name under the name, flagged
                out[index] = (_short_row([text for _, text in cells], [text for _, text in header]),
                              f"the row gives {len(cells)} cells for {len(header)} columns, with single spaces "
                              "between them: the name put under the name, the rest under the last columns; "
                              "check it against the document")
            else:
                by_chars = [_nearest(starts, start) for start, _ in cells]
                by_display = [_nearest(display_starts, _display(lines[index][:start])) for start, _ in cells]
                row = [""] * len(header)
                for column, (_, text) in zip(by_display, cells):
                    row[column] = (row[column] + " " + text).strip()
                doubt = by_chars != by_display or len(set(by_display)) < len(cells)
                out[index] = (row, "cells placed by where they stand in the line: check the row against the "
                                   "document" if doubt else None)
            index += 1
    return out, carried


#: one Chinese character: a header's letter spaced out to fill its cell
_ONE_LETTER = re.compile(r"[\u4e00-\u9fff]")


def _letters_joined(fields: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A header line's cells with each run of two or more cells of one Chinese character made one cell, where it
    starts (``指    标`` is 指标): letters spaced out to fill a cell are no columns, and a header of two-letter words
    so justified was no header."""
    out: list[tuple[int, str]] = []
    letters = False  # whether the last cell is made of one-letter cells only
    for start, text in fields:
        one = bool(_ONE_LETTER.fullmatch(text))
        if one and letters:
            out[-1] = (out[-1][0], out[-1][1] + text)
        else:
            out.append((start, text))
        letters = one
    return out


#: the blank lines a table laid out with spaces may have between its rows (pdftotext and web pages give one or two)
_BLANKS_IN_TABLE = 2
#: how far (characters or display columns) a cell may stand from the cell above it and still be in its column
_IN_COLUMN = 3
#: a cell that is a figure (7.5, >90, ≤12, -3), or a dash for none (—): what a table's row holds beside its name; never
#: a bullet (- Each table's …)
_FIGURE_CELL = re.compile(r"^(?:[<>≤≥＜＞≦≧~～±+-]?\s*\d|[—–-]+$)")
#: a cell that ends a sentence: prose after the table, never its row (nor is a note, 注：…, :data:`ROW_NOTE`)
_SENTENCE_CELL = re.compile(r"[。！？；;!?]$")


def _prose(cells: list[tuple[int, str]]) -> bool:
    """Whether a line's cells are prose or a note, whatever gaps part them: a cell ends a sentence, or the first
    opens a note (注：…, 说明：…)."""
    return any(_SENTENCE_CELL.search(text) for _, text in cells) or bool(cells and ROW_NOTE.match(cells[0][1]))


def _row_after_blanks(lines: list[str], index: int, header: list[tuple[int, str]],
                      last: list[tuple[int, str]]) -> int | None:
    """The index of the line after the blank lines at ``index`` that carries on the table of ``header``, whose line
    above the blanks was laid out as ``last``; None where the table ends there. A row carries on after one or two blank
    lines (as ``pdftotext`` and a PDF's web page give a table) where it is laid out as the table's rows are: as many
    cells as the header, each a figure or words and none a sentence, with a figure beside its name or every cell
    standing where the row above has one; or fewer cells standing so. A sentence of prose, a note, or another table's
    header ends the table. Without this the first row was the table, and the rest lost without a word."""
    at = index
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at - index > _BLANKS_IN_TABLE or at == len(lines) or "\t" in lines[at] or tables.may_be_header(lines[at]):
        return None
    cells = _fields(lines[at])
    if len(cells) < 2 or len(cells) > len(header) or _prose(cells):
        return None
    line_above = lines[index - 1]
    by_chars = all(min(abs(start - above) for above, _ in last) <= _IN_COLUMN for start, _ in cells)
    by_display = all(min(abs(_display(lines[at][:start]) - _display(line_above[:above])) for above, _ in last)
                     <= _IN_COLUMN for start, _ in cells)
    figured = len(cells) == len(header) and any(_FIGURE_CELL.match(text) for _, text in cells[1:])
    return at if (last is not header and (by_chars or by_display)) or figured else None


def _short_row(cells: list[str], header: list[str]) -> list[str]:
    """A row with fewer cells than the header: the name — the last cell of three Chinese characters or
    more before the first value (a domain, 健康水平, may stand before it) — under the name column, the
    cells before it under the columns before, right to left, and the cells after it under the last
    columns."""
    name_at = next(i for i, text in enumerate(header) if tables.header_role(text) == "name")
    first_value = next((i for i, text in enumerate(cells) if re.match(r"[\d.<>≤≥＜＞—-]", text)), len(cells))
    named = max((i for i, text in enumerate(cells[:first_value]) if len(text) >= 3
                 and re.search(r"[\u4e00-\u9fff]", text)), default=0)
    before, after = cells[:named][-name_at:] if name_at else [], cells[named + 1:]
    row = [""] * len(header)
    row[name_at - len(before):name_at] = before
    row[name_at] = cells[named]
    unit_at = next((i for i, text in enumerate(header) if tables.header_role(text) == "unit"), None)
    if unit_at == name_at + 1 and after and named + 1 < first_value:
        row[unit_at], after = after[0], after[1:]  # a unit after the name (岁, ‰) is the unit, not a baseline
    if after:
        row[len(header) - len(after):] = after
    return row


def _nearest(starts: list[int], start: int) -> int:
    return min(range(len(starts)), key=lambda column: (abs(starts[column] - start), column))


#: the control characters a line may carry (not the tab, which separates a table's cells)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: invisible format characters at a line's end: zero-width spaces and joiners, direction marks and embeddings,
#: the word joiner and a byte-order mark
_INVISIBLE_END = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+$")


def read_text(text: str, name: str = "<text>") -> Document:
    # Word's bookmarks, as some converters leave them in the text ([bookmark: _Toc6212]), are not words
    # and a control character (a stray \x07 or \x1a after a full stop) is a space: kept, it hid its sentence
    # and the invisible marks a line may end in (a zero-width space or a direction mark after its 。) are nothing:
    # kept, the line ended in no sentence end, and a first line so was taken for a headline and its target lost
    lines = [_INVISIBLE_END.sub("", _CONTROL.sub(" ", _BOOKMARK.sub("", line))) for line in file_lines(text)]
    doc = Document(name, "text", lines={n: line for n, line in enumerate(lines, 1)})
    lines = _cells_with_pipes(lines)
    laid_out, carried = _layout_tables(lines)
    kinds = ["row" if index in laid_out else _kind(line) for index, line in enumerate(lines)]
    wrapped = _wrap_width(lines, kinds)
    # English copied from a web page, a paragraph a line (some far longer than any page wraps at): its short
    # lines are lines of their own (a list's items, headings), never a wrapped sentence's first part
    unwrapped = any(len(line) > _UNWRAPPED and line.isascii() for line, kind in zip(lines, kinds) if kind == "text")
    rows: list[list[Cell]] = []
    row_notes: list[tuple[int, str]] = []
    table_line = 0
    open_para: tuple[list[str], list[tuple[int, int, None]]] | None = None
    in_table = False

    def close_table():
        nonlocal rows, row_notes, in_table
        if rows:
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
                doc.blocks.append(Table(tuple(tuple(r) for r in rows), table_line, caption, tuple(row_notes)))
            else:  # a lone tabbed line is text
                for row in rows:
                    for cell in row:
                        if cell.text:
                            doc.blocks.append(paragraph(cell.text, cell.line))
        rows, row_notes, in_table = [], [], False

    def close_para():
        nonlocal open_para
        if open_para:
            pieces, starts = open_para
            text = _numbered("".join(pieces), doc.blocks[-1].text if doc.blocks and isinstance(doc.blocks[-1], Paragraph)
                             else "")
            doc.blocks.append(Paragraph(text, tuple(starts)))
        open_para = None

    previous = "blank"
    for index, (line, kind) in enumerate(zip(lines, kinds)):
        number = index + 1
        if kind == "blank":
            previous = kind
            continue
        if kind in ("cell", "row"):
            close_para()
            if not in_table:
                in_table, table_line = True, number
            if index in laid_out:
                if rows and index - 1 not in laid_out and index not in carried:
                    close_table()  # a laid-out table is a table of its own
                    in_table, table_line = True, number
                cells, note = laid_out[index]
                rows.append([Cell(text, number) for text in cells])
                if note:
                    row_notes.append((len(rows) - 1, note))
            elif kind == "row":
                rows.append([Cell(field.strip(), number) for field in line.split("\t")])
            else:
                cell = Cell(line.strip(), number)
                if previous == "blank" or not rows or previous == "row":
                    rows.append([cell])
                else:
                    rows[-1].append(cell)
            previous = kind
            continue
        # untabbed text
        stripped = line.strip()
        if (in_table and rows and rows[-1] and len(stripped) <= _CONTINUATION
                and _next_kind(kinds, lines, index) in ("cell", "row")):
            last = rows[-1][-1]
            rows[-1][-1] = Cell(last.text + stripped, last.line, last.page)
            previous = "continuation"
            continue
        close_table()
        last = open_para[0][-1] if open_para else ""
        latin = last[-1:].isascii() and stripped[:1].isascii()  # English wraps at spaces
        new_item = latin and (last.endswith(".") or unwrapped or opens_english_item(last, stripped)
                              # a bulleted or lettered line: "- Reduce …", "a) Increase …", "(ii) Reduce …"
                              or bool(re.match(r"(?:[-–•*+]|\(?[a-hA-H]\)|\(?(?:i|ii|iii|iv|v|vi)\))\s+\S", stripped))
                              or (last[-1:].isdigit() or last[-1:] in "%‰") and stripped[:1].isupper()
                              # "Semarang (ANTARA) - The government …" under a headline: the story starts
                              or bool(vocabulary.pattern("english_dateline", re.I).match(stripped))
                              or _items_of_a_list(last.strip(), stripped))
        # the document's first line before a blank line is its title (a news headline runs long), not a wrapped line
        titled = previous == "blank" and not doc.blocks and len(open_para[0] if open_para else ()) == 1
        if open_para and len(last) >= wrapped and not last.endswith(SENTENCE_ENDS) and not titled \
                and not HEADING.match(stripped) and not (latin and previous == "blank") and not new_item \
                and not _BULLET_LINE.match(stripped):
            offset = sum(len(p) for p in open_para[0])
            open_para[0].append(" " + stripped if latin and last[-1:].isalnum() else stripped)
            open_para[1].append((offset, number, None))
        else:
            close_para()
            open_para = ([stripped], [(0, number, None)])
        previous = "text"
    close_table()
    close_para()
    doc = flattened.restore(doc)
    read = {cell.line for table in doc.tables for row in table.rows for cell in row}
    doc.unread_rows = [index + 1 for index in _row_like_lines(lines, laid_out) if index + 1 not in read]
    return doc


#: how many lines laid out as a table's rows, together, are a table not read (fewer may be a layout's accident)
_ROW_BLOCK = 3


def _row_like_lines(lines: list[str], laid_out: dict) -> list[int]:
    """The indexes of the lines no laid-out table took that stand as a table's rows do: two cells or more parted
    by wide spaces, a figure beside the first, no sentence; in runs of :data:`_ROW_BLOCK` or more, with at most
    two blank lines between, one row at least of three cells (a list of keys and values, ``value    209.7``, is no
    table). A table whose header the reader does not read: its rows were lost without a word."""
    found: list[int] = []
    run: list[int] = []
    wide = False  # whether a line of the run has three cells or more
    blanks = 0
    for index, line in enumerate(lines):
        if not line.strip():
            blanks += 1
            continue
        cells = _fields(line) if index not in laid_out and "\t" not in line and _COLUMN_GAP.search(line.strip()) else []
        row_like = len(cells) >= 2 and any(_FIGURE_CELL.match(text) for _, text in cells[1:]) and not _prose(cells)
        if not row_like or blanks > _BLANKS_IN_TABLE:
            found += run if len(run) >= _ROW_BLOCK and wide else []
            run, wide = [], False
        if row_like:
            run.append(index)
            wide = wide or len(cells) >= 3
        blanks = 0
    return found + (run if len(run) >= _ROW_BLOCK and wide else [])


#: the words a wrapped line may end in, its sentence going on below it ("… and", "… of", "…,")
_RUNS_ON = re.compile(r"(?:,|\b(?:and|or|of|to|the|a|an|in|by|from|with|per|for|than|at|on))$", re.I)


#: a capitalised article that opens a line: a sentence's first word, never a wrapped one's middle ("An increase of …")
_ARTICLE_FIRST = re.compile(r"(?:A|An|The)\s")


def opens_english_item(last: str, line: str) -> bool:
    """Whether the English ``line`` opens an item of its own under the line ``last`` (no full stop at its end) rather
    than carrying on its sentence: an objective's verb (``Reduction of MMR …``, rules/extract.yaml
    ``english_item_start``) after a word, or a capitalised article after a figure (``… by the year 2012`` over ``An
    increase of CPR to 65% …``); after a word a sentence runs on over (``… and``, ``… of``), neither. The text and the
    PDF reader ask it alike: joined, the second item's target was filed under the first's name."""
    if _RUNS_ON.search(last):
        return False
    return bool(last[-1:].isalnum() and vocabulary.pattern("english_item_start").match(line)) \
        or bool((last[-1:].isdigit() or last[-1:] in "%‰") and _ARTICLE_FIRST.match(line))


def _items_of_a_list(last: str, line: str) -> bool:
    """Whether ``line`` and the ``last`` line above it are two items of a list with no bullets and no full stops,
    each a name, then a colon or a verb of change, then its amount ("Maternal mortality ratio: reduce to 70 …" over
    "Neonatal mortality rate: reduce to 12 …"): joined as one wrapped sentence, the second name ran into the first
    item's words and its amount was filed under the first name."""
    item = vocabulary.pattern("english_item_line", re.I)
    return bool(item.match(last) and item.match(line)) and not _RUNS_ON.search(last)


#: a list item's number: 2. or 2、 before words, never a decimal (79.6)
_ITEM_NUMBER = re.compile(r"^(\d{1,2})(?:[.．](?!\d)|、)")


def _numbered(text: str, before: str) -> str:
    """``text`` with the dot of its item number written full-width where the paragraph before it is the
    item before (``2.…；`` then ``3.5岁以下儿童…``): the number marks the item, it is no decimal (3.5岁);
    one character for one, so every position stays."""
    previous, this = _ITEM_NUMBER.match(before), re.match(r"^(\d{1,2})\.(?=\d+(?:\.\d+)?[^\d\s]*[\u4e00-\u9fff])", text)
    if previous and this and int(this.group(1)) == int(previous.group(1)) + 1:
        return text[:this.end() - 1] + "．" + text[this.end():]
    return text


#: a line that opens with a bullet mark starts a new list item, never the wrapped tail of the line
#: before it (a bulleted list of targets, each 到2030年，…, must not run into one clause)
_BULLET_LINE = re.compile(r"[•▪●◆■►▶]\s*\S")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_TRAILING_PIPE = re.compile(r"\s*\|\s*$")
_LEADING_PIPE = re.compile(r"^\s*[|｜]\s*(?=[^|｜\s])(?=[^|｜]*$)")  # one pipe, opening the line (｜ full-width too)
_LONE_PIPE = re.compile(r"^\s*[|｜]\s*$")


def _cells_with_pipes(lines: list[str]) -> list[str]:
    """A table copied from a web page as one cell a line, each ending in ``|`` (``2015年 |``, and ``||||``
    for an empty row), or each but a row's first opening with one (``| 人均预期寿命``, a lone ``|`` ending the
    row): the cells without their pipes, so the table reads as one cell a line. Only where most lines end so
    and none starts with one, or, for the second form, on lines of one pipe (a Markdown table is the Markdown
    reader's)."""
    filled = [line for line in lines if line.strip()]
    opening = sum(1 for line in filled if _LEADING_PIPE.match(line))
    if opening >= 4:  # only such lines: a line of two pipes or more (a Markdown row, a page's links) is left as it is
        return ["" if _LONE_PIPE.match(line) else _LEADING_PIPE.sub("", line) if _LEADING_PIPE.match(line) else line
                for line in lines]
    ending = sum(1 for line in filled if _TRAILING_PIPE.search(line))
    if not filled or ending * 2 < len(filled) or any(line.lstrip().startswith("|") and line.strip("| ") for line in filled):
        return lines
    return ["" if not line.strip("| \t") else _TRAILING_PIPE.sub("", line) for line in lines]
#: (a wrapped line may start with an amount: "6.1张左右，…" and "3.05人" go on the sentence, they head nothing)
HEADING = re.compile(r"^(第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
                     # not a number with decimals (3.2人, 4.5%, "77.3 by 2020" where a line breaks before it);
                     # "4.个人卫生支出…" is item 4
                     r"|\d{1,3}(?:[.．](?!\d)|、)(?!\s*(?:%|％|‰|左右|以上|以下|/))\s*\S)")


def read_markdown(text: str, name: str = "<markdown>") -> Document:
    from markdown_it import MarkdownIt

    lines = file_lines(text)
    doc = Document(name, "markdown", lines={n: line for n, line in enumerate(lines, 1)})
    kept = _without_comments_in_tables(lines)  # the lines parsed, by their line in the file
    tokens = MarkdownIt("commonmark").enable("table").parse("\n".join(lines[at - 1] for at in kept))
    rows: list[list[Cell]] = []
    row_line = 0
    table_line = 0
    for index, token in enumerate(tokens):
        if token.map:
            token.map = [kept[token.map[0]] - 1 if token.map[0] < len(kept) else len(lines),
                         kept[token.map[1] - 1] if 0 < token.map[1] <= len(kept) else len(lines)]
        if token.type == "table_open":
            rows, table_line = [], token.map[0] + 1
        elif token.type == "tr_open":
            row_line = token.map[0] + 1
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            rows[-1].append(Cell(tokens[index + 1].content.strip(), row_line))
        elif token.type == "table_close":
            caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
            doc.blocks.append(Table(tuple(tuple(r) for r in rows), table_line, caption))
        elif token.type == "inline" and token.map and tokens[index - 1].type in ("paragraph_open", "heading_open"):
            if index >= 2 and tokens[index - 2].type in ("th_open", "td_open"):
                continue
            starts, offset, pieces = [], 0, []
            for number, piece in enumerate(token.content.split("\n"), token.map[0] + 1):
                piece = piece.strip()
                starts.append((offset, number, None))
                pieces.append(piece)
                offset += len(piece)
            doc.blocks.append(Paragraph("".join(pieces), tuple(starts)))
    return doc


_TABLE_ROW = re.compile(r"^\s*\|")


def _without_comments_in_tables(lines: list[str]) -> list[int]:
    """The numbers (1-based) of the Markdown lines to parse: all but an HTML comment (``<!-- … -->``, on lines of
    its own) between two rows of a pipe table. A comment there ended the table, and the rows after it, no table
    without their ``|---|`` line, were lost without a word; a reader sees the comment as nothing, the rows as rows."""
    kept: list[int] = []
    index = 0
    while index < len(lines):
        if lines[index].lstrip().startswith("<!--") and kept and _TABLE_ROW.match(lines[kept[-1] - 1]):
            end = next((at for at in range(index, len(lines)) if "-->" in lines[at]), None)
            if end is not None and lines[end].rstrip().endswith("-->") and end + 1 < len(lines) \
                    and _TABLE_ROW.match(lines[end + 1]):
                index = end + 1
                continue
        kept.append(index + 1)
        index += 1
    return kept
