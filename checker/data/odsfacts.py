"""What an OpenDocument spreadsheet's cells show that the value reader leaves out, read from its ``content.xml``.

calamine reads an .ods cell's stored value alone. LibreOffice also stores what a person sees: a formula error
(``calcext:value-type="error"``, its value 0 or an empty string, its text ``#DIV/0!``), a part of a cell's text raised,
lowered or struck through (``<text:span>`` in a text style), a cell struck through by its cell style, and a number
format that scales its number (``number:display-factor``, 13020000 shown ``1302.0万``). Read as stored, an error was 0‰ or
missing, ``4`` with a raised ``1`` was 41‰ and ``1302.0万`` 13020000万人 — the wrong answers rounds 32–33 mended for
.xlsx (see :mod:`checker.data.workbooks`). This module finds those cells, placed where the value reader places them (the
rows and columns a sheet repeats counted), and gives each as the text it shows; the workbook reader then reads that text
as it reads a typed cell. It also counts a sheet's cells from its repeat attributes before the value reader expands them
(a 1.3 KB file of one row repeated a million times took 3.6 GB).

A sheet of plain cells costs a few scans of its rows; cells are looked at one by one only in a row that holds an error,
a styled span or a cell in one of the styles that matter.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from checker.data.shown import number_text, shown_runs
from checker.errors import CheckerError, Location

#: the namespaces read here, by the prefix LibreOffice gives them (the patterns below are written with these prefixes)
_PREFIXES = {b"office": b"urn:oasis:names:tc:opendocument:xmlns:office:1.0",
             b"table": b"urn:oasis:names:tc:opendocument:xmlns:table:1.0",
             b"text": b"urn:oasis:names:tc:opendocument:xmlns:text:1.0",
             b"style": b"urn:oasis:names:tc:opendocument:xmlns:style:1.0",
             b"number": b"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"}
_BINDING = re.compile(rb'xmlns(?::([\w.-]+))?="([^"]*)"')
_TABLE = re.compile(rb"<table:table(?=[\s>])([^>]*)>(.*?)</table:table\s*>", re.S)
_ROW = re.compile(rb"<table:table-row(?=[\s>/])([^>]*?)(?:/>|>(.*?)</table:table-row\s*>)", re.S)
_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s>/])([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell\s*>)", re.S)
_ATTRIBUTE = re.compile(rb'(?<![\w.:-])([\w.-]+:[\w.-]+)="([^"]*)"')
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="\s*(\d+)\s*"')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="\s*(\d+)\s*"')
_STYLE = re.compile(rb"<style:style\b([^>]*?)(?:/>|>(.*?)</style:style\s*>)", re.S)
_NUMBER_STYLE = re.compile(rb"<number:number-style\b([^>]*?)(?:/>|>(.*?)</number:number-style\s*>)", re.S)
_NUMBER_PART = re.compile(rb"<number:number(?=[\s>/])([^>]*?)/?>|<number:text\b[^>]*>(.*?)</number:text\s*>|<number:text\b[^>]*/>",
                          re.S)
_SPAN = re.compile(rb'<text:span\b[^>]*?text:style-name="([^"]*)"[^>]*>(.*?)</text:span\s*>', re.S)
_PARAGRAPH = re.compile(rb"<text:p\b[^>]*?(?:/>|>(.*?)</text:p\s*>)", re.S)
_TAG = re.compile(rb"<[^>]*>")


def _attributes(tag: bytes) -> dict[bytes, bytes]:
    return dict(_ATTRIBUTE.findall(tag))


def _text(xml: bytes) -> str:
    """Text in ``xml`` as a paragraph shows it: ``<text:s/>`` a space, other tags nothing, references resolved."""
    xml = re.sub(rb'<text:s\b[^>]*?text:c="(\d+)"[^>]*/>', lambda m: b" " * min(int(m.group(1)), 100), xml)
    xml = re.sub(rb"<text:(?:s|tab)\b[^>]*/>", b" ", xml)
    return html.unescape(_TAG.sub(b"", xml).decode("utf-8", "replace"))


@dataclass
class _Styles:
    """The styles that change what a cell shows: text styles that raise, lower or strike, cell styles that strike,
    cell styles whose number format scales the number or writes words beside it (``before``, ``after``, factor)."""

    raised: dict[bytes, str] = field(default_factory=dict)  # text style → "superscript" / "subscript"
    struck: set[bytes] = field(default_factory=set)  # text or cell styles
    worded: dict[bytes, tuple[str, str, float]] = field(default_factory=dict)  # cell style → before, after, factor

    def read(self, xml: bytes) -> None:
        """Add the styles ``xml`` (content.xml's automatic styles, styles.xml's own) defines."""
        formats: dict[bytes, tuple[str, str, float]] = {}
        for attributes, body in _NUMBER_STYLE.findall(xml):
            name = _attributes(attributes).get(b"style:name")
            parts = _NUMBER_PART.findall(body or b"")
            if name is None or not any(number for number, _ in parts):
                continue
            at = next(i for i, (number, _) in enumerate(parts) if number)
            factor = float(_attributes(parts[at][0]).get(b"number:display-factor", b"1") or 1)
            before = "".join(_text(words) for _, words in parts[:at]).strip()
            after = "".join(_text(words) for _, words in parts[at + 1:]).strip()
            if factor != 1 or before or after:
                formats[name] = (before, after, factor)
        parents: dict[bytes, bytes] = {}
        for attributes, body in _STYLE.findall(xml):
            values = _attributes(attributes)
            name = values.get(b"style:name")
            if name is None:
                continue
            if b"style:parent-style-name" in values:
                parents[name] = values[b"style:parent-style-name"]
            properties = _attributes(b" ".join(re.findall(rb"<style:text-properties\b([^>]*)", body or b"")))
            through = properties.get(b"style:text-line-through-style", b"none").strip()
            if through and through != b"none":
                self.struck.add(name)
            position = properties.get(b"style:text-position", b"").split()
            if position and position[0] not in (b"0%", b"0"):
                self.raised[name] = "subscript" if position[0] == b"sub" or position[0].startswith(b"-") else "superscript"
            data = values.get(b"style:data-style-name")
            if data in formats:
                self.worded[name] = formats[data]
        for name, parent in parents.items():  # a style takes what its parent's text and format do
            for _ in range(8):
                if parent in self.struck:
                    self.struck.add(name)
                if parent in self.worded and name not in self.worded:
                    self.worded[name] = self.worded[parent]
                if parent not in parents:
                    break
                parent = parents[parent]


@dataclass
class _Sheet:
    """One table: how many cells the value reader reads it as, and its cells that show otherwise than stored."""

    cells: int = 0
    #: the rows that hold a cell which may show otherwise than stored: (first row, times repeated, the row's cells)
    odd_rows: list[tuple[int, int, bytes]] = field(default_factory=list)


class OdsFacts:
    """The facts of an .ods file's sheets the value reader leaves out, by sheet name (see the module's docstring)."""

    #: an xlsx's own facts, which an .ods file has none of in this form (read by the value reader, or refused here)
    recalculated_on_open = calculated = False

    def __init__(self, content: bytes, styles: bytes, path: str):
        self.path = path
        self.ods_percentages = b'value-type="percentage"' in content
        self.ods_hidden = _hidden_filled(content)
        self._bound_as_read(content)
        self.styles = _Styles()
        self.styles.read(styles)
        start = content.find(b"<office:body")
        self.styles.read(content[:start if start != -1 else len(content)])
        self.sheets: dict[str, _Sheet] = {}
        odd = b'value-type="error"' in content or bool(self.styles.struck or self.styles.worded) \
            or (bool(self.styles.raised) and b"<text:span" in content)
        for attributes, body in _TABLE.findall(content):
            name = html.unescape(_attributes(attributes).get(b"table:name", b"").decode("utf-8", "replace"))
            if name in self.sheets:
                raise CheckerError(f"cannot read the spreadsheet: it names two sheets {name!r}: which one is meant is "
                                   "not for a guess", Location(path, sheet=name),
                                   hint="rename one of the sheets, or save it again from LibreOffice")
            self.sheets[name] = self._sheet(name, body, odd)

    def _bound_as_read(self, content: bytes) -> None:
        """Refuse a file that binds a namespace read here to another prefix (or as the default): its cells would not
        be found by the patterns, and its errors and struck cells read as their stored values."""
        head = content[:content.find(b">", content.find(b"<office:document")) + 1]
        for prefix, uri in _BINDING.findall(head):
            for usual, known in _PREFIXES.items():
                if uri == known and prefix != usual:
                    raise CheckerError(f"cannot read the spreadsheet: its content names the namespace {known.decode()} "
                                       f"with the prefix {prefix.decode() or '(none)'!r}, not {usual.decode()!r} as "
                                       "LibreOffice writes it", Location(self.path),
                                       hint="save it again from LibreOffice, or as .xlsx")

    def _sheet(self, name: str, body: bytes, odd: bool) -> _Sheet:
        """The table ``body``'s cell count (its last filled row times its widest filled row, as the value reader
        expands the repeats) and, in a file with ``odd`` cells, the cells that show otherwise than stored."""
        sheet = _Sheet()
        defaults = set(re.findall(rb'table:default-cell-style-name="([^"]*)"', body))
        if odd and defaults & (self.styles.struck | set(self.styles.worded)):
            raise CheckerError("cannot read the spreadsheet: a column or row of the sheet gives its cells a default style "
                               "that strikes them through or scales their numbers, and which cells take it is not "
                               "looked for", Location(self.path, sheet=name),
                               hint="give those cells the style themselves (select them, apply it), or save it as .xlsx")
        row, last, width = 0, -1, 0
        markers = (b'value-type="error"', b"<text:span", b"table:style-name=")
        for attributes, cells in _ROW.findall(body):
            repeated = _ROWS_REPEATED.search(attributes)
            count = int(repeated.group(1)) if repeated else 1
            filled = _last_filled(cells or b"")
            if filled is not None:
                upto = cells[:cells.find(b">", filled) + 1]  # every cell to the last filled one, its repeats counted
                wide = upto.count(b"<table:table-cell") + upto.count(b"<table:covered-table-cell") + \
                    sum(int(n) - 1 for n in _COLUMNS_REPEATED.findall(upto))
                width, last = max(width, wide), row + count - 1
                if odd and any(marker in cells for marker in markers):
                    sheet.odd_rows.append((row, count, cells))
            row += min(count, 1 << 21)
        sheet.cells = (last + 1) * width
        return sheet

    def _shown(self, cells: bytes, row: int, count: int, shown: dict[tuple[int, int], str]) -> None:
        """Add to ``shown`` the row's cells (repeated ``count`` times from ``row``) that show otherwise than stored."""
        column = 0
        for attributes, body in _CELL.findall(cells):
            values = _attributes(attributes)
            text = self._cell_shows(values, body or b"")
            repeated = values.get(b"table:number-columns-repeated", b"1").strip()
            across = int(repeated) if repeated.isdigit() else 1
            if text is not None:  # (asked once the sheet is within the cell limit: at most that many)
                shown.update(((r, c), text) for r in range(row, row + count) for c in range(column, column + across))
            column += across

    def _cell_shows(self, values: dict[bytes, bytes], body: bytes) -> str | None:
        """What a cell shows where the value reader would read it otherwise: an error's text, its text with raised,
        lowered or struck parts marked (as :func:`checker.data.workbooks` writes them for .xlsx), a struck cell as
        ``~~5~~``, a scaled number as it shows (``1302万``); None where it reads as stored."""
        paragraphs = [p or b"" for p in _PARAGRAPH.findall(re.sub(rb"<office:annotation\b.*?</office:annotation\s*>",
                                                                   b"", body, flags=re.S))]
        plain = "\n".join(_text(p) for p in paragraphs)
        if values.get(b"calcext:value-type") == b"error":
            return plain.strip() or "#ERROR"
        style = values.get(b"table:style-name")
        if style in self.styles.struck and (plain.strip() or b"office:value" in values):
            return f"~~{plain.strip() or values.get(b'office:value', b'').decode()}~~"
        if any(span in self.styles.raised or span in self.styles.struck for span, _ in _SPAN.findall(body)):
            return "\n".join(self._rich(p) for p in paragraphs)  # (two paragraphs, a line break: read as today)
        number = values.get(b"office:value")
        if style in self.styles.worded and number is not None and values.get(b"office:value-type") == b"float":
            before, after, factor = self.styles.worded[style]
            try:
                value = float(number) / factor
            except (ValueError, ZeroDivisionError):
                return None
            return f"{before}{number_text(value)}{after}"
        return None

    def _rich(self, paragraph: bytes) -> str:
        """A paragraph with each raised, lowered or struck span marked as the xlsx reader marks such a run."""
        parts: list[tuple[str, str]] = []
        done = 0
        for match in _SPAN.finditer(paragraph):
            parts.append(("plain", _text(paragraph[done:match.start()])))
            span = match.group(1)
            parts.append(("struck" if span in self.styles.struck else self.styles.raised.get(span, "plain"),
                          _text(match.group(2))))
            done = match.end()
        parts.append(("plain", _text(paragraph[done:])))
        return shown_runs(parts) or "".join(text for _, text in parts)

    # --- the facts, as the workbook reader asks an xlsx file's for them ---------------------------------------

    def cells(self, sheet: str, limit: int) -> int:
        """How many cells the value reader reads the sheet as (its repeats expanded)."""
        return self.sheets[sheet].cells if sheet in self.sheets else 0

    def shown_cells(self, sheet: str) -> dict[tuple[int, int], str]:
        """The sheet's cells that show otherwise than stored, as the text they show (ask once the sheet is known to be
        within the cell limit: a repeated cell is listed at each of its places)."""
        shown: dict[tuple[int, int], str] = {}
        for row, count, cells in self.sheets[sheet].odd_rows if sheet in self.sheets else ():
            self._shown(cells, row, count, shown)
        return shown


def _last_filled(cells: bytes) -> int | None:
    """Where the row's last filled cell starts in ``cells`` (a cell with a value, or a paragraph of text; an empty
    cell is ``<table:table-cell/>``); None where the row holds nothing. Found from the row's end, in C."""
    found = max(cells.rfind(b"office:value-type="), cells.rfind(b"<text:span"))
    paragraph = len(cells)
    while (paragraph := cells.rfind(b"<text:p", 0, paragraph)) > found:
        if re.match(rb"<text:p(?=[\s>])[^>]*(?<!/)>\s*[^<\s]", cells[paragraph:paragraph + 4096]):
            found = paragraph
            break
    if found == -1:
        return None
    start = max(cells.rfind(b"<table:table-cell", 0, found), cells.rfind(b"<table:covered-table-cell", 0, found))
    return max(start, 0)


def _hidden_filled(content: bytes) -> bool:
    """Whether a sheet hides a row that holds anything, or a column (whose cells are not looked for): the value reader
    reads them as if shown. An empty hidden row is nothing to read; a row an AutoFilter hides (``filter``) is the
    filter's data, read as an .xlsx file's is."""
    if b'table:visibility="' not in content:
        return False
    if re.search(rb'<table:table-column\b[^>]*table:visibility="(?:collapse|filter)"', content):
        return True
    for row in re.finditer(rb'<table:table-row\b[^>]*table:visibility="collapse"[^>]*?(?:/>|>(.*?)</table:table-row>)',
                           content, re.S):
        if row.group(1) and re.search(rb"office:value=|<text:p>[^<]|<text:p [^>]*>[^<]", row.group(1)):
            return True
    return False
