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

It also gives what calamine does not read at all: a cell's text where the cell has no value type (odfpy's
``TableCell()`` with a paragraph: LibreOffice shows the text, calamine reads nothing), a line break or tab inside a
text (``4<text:line-break/>1``: calamine glues it into 41), a cell merged over the rows or columns after it
(``table:number-rows-spanned``: calamine reports no merges for .ods), and the hidden rows and columns, each at its place.
A number style's sections (``#,##0.00;[RED]-#,##0.00``: LibreOffice names the negative section and hands a value of 0
or more to the positive one by a ``<style:map>``) are chosen by the value's sign, as the .xlsx reader chooses them. The
content is read as :func:`checker.data.sheetxml.plainly_written` gives it (no comments, no ``>`` in an attribute), and
a repeat count as calamine reads it (``+3`` is 3), so that every fact stays at the cell the value reader reads.

A sheet of plain cells costs a few scans of its rows; cells are looked at one by one only in a row that holds an error,
a styled span, a line break, a cell without a value type, a merge or a cell in one of the styles that matter.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Iterator

from checker.data.shown import scaled_text, shown_runs
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
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="([^"]*)"')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="([^"]*)"')
#: a count as calamine reads it (Rust's unsigned parse: digits, a leading + allowed); anything else it refuses
_COUNT = re.compile(rb"\+?[0-9]+")
_COLUMN = re.compile(rb"<table:table-column(?=[\s>/])([^>]*)>")
#: a cell with content and no value type: LibreOffice shows its text, calamine reads it as empty
_UNTYPED = re.compile(rb"<table:table-cell(?=[\s>])(?![^>]*office:value-type=)[^>]*(?<!/)>")
#: a line break or tab inside a paragraph, which calamine leaves out (4, a line break, 1 read as 41)
_BREAKS = (b"<text:line-break", b"<text:tab")
#: a number style's condition on its value (LibreOffice writes ``value()>=0``): the comparison and its bound
_CONDITION = re.compile(r"\s*value\(\)\s*(>=|<=|!=|<>|=|<|>)\s*([-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)\s*")
_MAP = re.compile(rb"<style:map\b([^>]*?)/?>")
_STYLE = re.compile(rb"<style:style\b([^>]*?)(?:/>|>(.*?)</style:style\s*>)", re.S)
#: a number style, or a currency style (LibreOffice writes any format with a currency symbol so: ``¥1302.0万``); its
#: ``<number:currency-symbol>`` is no part read, as the .xlsx reader drops a format's currency symbols
_NUMBER_STYLE = re.compile(rb"<number:(number|currency)-style\b([^>]*?)(?:/>|>(.*?)</number:\1-style\s*>)", re.S)
#: the cell style every cell without one of its own shows through (LibreOffice's Styles → Default), and that every
#: cell style without a parent derives from
DEFAULT_STYLE = b"Default"
_NUMBER_PART = re.compile(rb"<number:number(?=[\s>/])([^>]*?)/?>|<number:text\b[^>]*>(.*?)</number:text\s*>|<number:text\b[^>]*/>",
                          re.S)
_SPAN = re.compile(rb'<text:span\b[^>]*?text:style-name="([^"]*)"[^>]*>(.*?)</text:span\s*>', re.S)
_PARAGRAPH = re.compile(rb"<text:p\b[^>]*?(?:/>|>(.*?)</text:p\s*>)", re.S)
_TAG = re.compile(rb"<[^>]*>")


def _attributes(tag: bytes) -> dict[bytes, bytes]:
    return dict(_ATTRIBUTE.findall(tag))


def _text(xml: bytes) -> str:
    """Text in ``xml`` as a paragraph shows it: ``<text:s/>`` a space, a line break a new line, a tab a tab (never
    nothing: 4, a line break, 1 is not 41), other tags nothing, references resolved."""
    xml = re.sub(rb'<text:s\b[^>]*?text:c="(\d+)"[^>]*/>', lambda m: b" " * min(int(m.group(1)), 100), xml)
    xml = re.sub(rb"<text:s\b[^>]*/>", b" ", xml)
    xml = re.sub(rb"<text:line-break\b[^>]*/>", b"\n", xml)
    xml = re.sub(rb"<text:tab\b[^>]*/>", b"\t", xml)
    return html.unescape(_TAG.sub(b"", xml).decode("utf-8", "replace"))


@dataclass(frozen=True)
class _Format:
    """A number style: the words it writes before and after its number and the factor it divides it by, and the
    styles it hands a value to by a condition (LibreOffice's sections: ``N4`` writes a negative number and hands one of
    0 or more to ``N4P0`` by ``<style:map style:condition="value()>=0"/>``), each as (comparison, bound, style);
    a comparison None where the condition is not one read here."""

    before: str = ""
    after: str = ""
    factor: float = 1.0
    maps: tuple[tuple[str | None, float, bytes], ...] = ()

    @property
    def plain(self) -> bool:
        """Whether the section shows its number as stored: no words, no scale."""
        return self.factor == 1 and not self.before and not self.after


def _holds(comparison: str, value: float, bound: float) -> bool:
    """Whether ``value`` meets a number style's condition ``value() comparison bound``."""
    return {">=": value >= bound, "<=": value <= bound, ">": value > bound, "<": value < bound, "=": value == bound,
            "!=": value != bound, "<>": value != bound}[comparison]


@dataclass
class _Styles:
    """The styles that change what a cell shows: text styles that raise, lower or strike, cell styles that strike,
    cell styles whose number format scales the number or writes words beside it, in some section."""

    raised: dict[bytes, str] = field(default_factory=dict)  # text style → "superscript" / "subscript"
    struck: set[bytes] = field(default_factory=set)  # text or cell styles (see resolve)
    worded: dict[bytes, bytes] = field(default_factory=dict)  # cell style → its number style (see resolve)
    formats: dict[bytes, _Format] = field(default_factory=dict)  # number style → its section
    _data: dict[bytes, bytes] = field(default_factory=dict)  # cell style → number style
    _parents: dict[bytes, bytes] = field(default_factory=dict)
    _through: dict[bytes, bool] = field(default_factory=dict)  # style → whether it says it strikes (where it says)
    _cell_styles: set[bytes] = field(default_factory=set)  # the styles of the family table-cell

    def read(self, xml: bytes) -> None:
        """Add the styles ``xml`` (content.xml's automatic styles, styles.xml's own) defines; :meth:`resolve` once
        both are read (a cell style in one names a number style of the other)."""
        for _, attributes, body in _NUMBER_STYLE.findall(xml):
            name = _attributes(attributes).get(b"style:name")
            if name is None:
                continue
            maps = tuple(_section_map(_attributes(tag)) for tag in _MAP.findall(body or b""))
            parts = _NUMBER_PART.findall(body or b"")
            at = next((i for i, (number, _) in enumerate(parts) if number), None)
            if at is None:  # a section of words alone, no number: read as stored, unless it hands the value on
                self.formats[name] = _Format(maps=maps)
                continue
            factor = float(_attributes(parts[at][0]).get(b"number:display-factor", b"1") or 1)
            before = "".join(_text(words) for _, words in parts[:at]).strip()
            after = "".join(_text(words) for _, words in parts[at + 1:]).strip()
            self.formats[name] = _Format(before, after, factor, maps)
        for attributes, body in _STYLE.findall(xml):
            values = _attributes(attributes)
            name = values.get(b"style:name")
            if name is None:
                continue
            if b"style:parent-style-name" in values:
                self._parents[name] = values[b"style:parent-style-name"]
            if values.get(b"style:family") == b"table-cell":
                self._cell_styles.add(name)
            properties = _attributes(b" ".join(re.findall(rb"<style:text-properties\b([^>]*)", body or b"")))
            if b"style:text-line-through-style" in properties:  # (said "none", it undoes its parent's strike)
                through = properties[b"style:text-line-through-style"].strip()
                self._through[name] = bool(through) and through != b"none"
            position = properties.get(b"style:text-position", b"").split()
            if position and position[0] not in (b"0%", b"0"):
                self.raised[name] = "subscript" if position[0] == b"sub" or position[0].startswith(b"-") else "superscript"
            if b"style:data-style-name" in values:
                self._data[name] = values[b"style:data-style-name"]

    def resolve(self) -> None:
        """The styles that strike (``struck``) and the cell styles whose number style, in one of its sections, writes
        words or scales (``worded``): each takes its strike and its number format from the nearest style of its line
        that says one — itself, its parent, …, and for a cell style at last ``Default``, which every cell style derives
        from (a child that says ``text-line-through-style="none"`` is not struck though its parent is)."""
        for name in self._cell_styles | set(self._parents) | set(self._through) | set(self._data):
            line = self._line(name)
            through = next((self._through[style] for style in line if style in self._through), False)
            if through:
                self.struck.add(name)
            data = next((self._data[style] for style in line if style in self._data), None)
            if data is not None and self._worded(data):
                self.worded[name] = data

    def _line(self, name: bytes) -> list[bytes]:
        """``name``, its parent, its parent's parent … (at most 8: a loop is cut there), then ``Default`` for a cell
        style whose line does not reach it."""
        line = [name]
        while line[-1] in self._parents and len(line) < 8 and self._parents[line[-1]] not in line:
            line.append(self._parents[line[-1]])
        if (name in self._cell_styles or name == DEFAULT_STYLE) and DEFAULT_STYLE not in line:
            line.append(DEFAULT_STYLE)
        return line

    def _worded(self, data: bytes) -> bool:
        """Whether the number style ``data`` or a section it hands values to writes words or scales, or is not read."""
        own = self.formats.get(data)
        if own is None:
            return False
        return not own.plain or any(comparison is None or target not in self.formats or not self.formats[target].plain
                                    or self.formats[target].maps for comparison, _, target in own.maps)

    def shown(self, style: bytes, value: float) -> str | None:
        """The number ``value`` in the cell style ``style`` as it shows, where its section writes words or scales
        (``1302万``, ``-4.5``); None where it shows the number as stored. The section is the first whose condition the
        value meets, else the style's own; a negative number's section writes its own sign, if any, as in .xlsx. A
        ``ValueError`` where a condition is not one read here."""
        own = self.formats[self.worded[style]]
        section: _Format | None = own
        for comparison, bound, target in own.maps:
            if comparison is None:
                raise ValueError("its number format chooses how to show a value by a condition that is not read here")
            if _holds(comparison, value, bound):
                section = self.formats.get(target)
                break
        if section is None:
            raise ValueError("its number format hands the value to a style that is not read here")
        if section is not own and section.maps:
            # (whether LibreOffice follows a second level, to a 万 section, or shows the first's number is not known)
            raise ValueError("its number format hands the value to a style that hands it on again (a map of two levels), "
                             "which is not read here")
        if section.plain:
            return None
        if own.maps:
            value = abs(value)
        try:
            return scaled_text(value, section.factor, section.before, section.after)
        except ZeroDivisionError:
            raise ValueError("its number format divides the number by 0") from None


def _section_map(values: dict[bytes, bytes]) -> tuple[str | None, float, bytes]:
    """A ``<style:map>``'s (comparison, bound, style); the comparison None where the condition is not ``value() op n``."""
    condition = _CONDITION.fullmatch(html.unescape(values.get(b"style:condition", b"").decode("utf-8", "replace")))
    target = values.get(b"style:apply-style-name", b"")
    return (condition.group(1), float(condition.group(2)), target) if condition else (None, 0.0, target)


@dataclass
class _Sheet:
    """One table: how many cells the value reader reads it as, its rows that need a look cell by cell, and its hidden
    rows and columns."""

    cells: int = 0
    #: rows below this one hold nothing; columns from ``width`` on neither
    last: int = -1
    width: int = 0
    #: the rows that hold a cell which may show otherwise than stored: (first row, times repeated, the row's cells,
    #: the style its cells without one of their own show through, where the row gives one)
    odd_rows: list[tuple[int, int, bytes, bytes | None]] = field(default_factory=list)
    #: the style each column's cells without one of their own show through: (first column, how many, style)
    column_styles: list[tuple[int, int, bytes]] = field(default_factory=list)
    #: the rows that hold a cell merged over the cells after it, likewise
    merging_rows: list[tuple[int, int, bytes]] = field(default_factory=list)
    #: hidden rows and columns: (first, how many)
    hidden_rows: list[tuple[int, int]] = field(default_factory=list)
    #: the rows that hold a formula: (first row, times repeated, the row's cells)
    formula_rows: list[tuple[int, int, bytes]] = field(default_factory=list)
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)


class OdsFacts:
    """The facts of an .ods file's sheets the value reader leaves out, by sheet name (see the module's docstring)."""

    #: an xlsx's own facts, which an .ods file has none of in this form (read by the value reader, or refused here)
    recalculated_on_open = calculated = False

    def __init__(self, content: bytes, styles: bytes, path: str):
        """``content`` and ``styles``: the file's content.xml and styles.xml as
        :func:`checker.data.sheetxml.plainly_written` gives them."""
        self.path = path
        self.ods_percentages = b'value-type="percentage"' in content
        self._bound_as_read(content)
        self.styles = _Styles()
        self.styles.read(styles)
        start = content.find(b"<office:body")
        self.styles.read(content[:start if start != -1 else len(content)])
        self.styles.resolve()
        self.sheets: dict[str, _Sheet] = {}
        odd = b'value-type="error"' in content or bool(self.styles.struck or self.styles.worded) \
            or (bool(self.styles.raised) and b"<text:span" in content) or any(mark in content for mark in _BREAKS) \
            or _UNTYPED.search(content) is not None
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

    def _count(self, written: bytes, sheet: str) -> int:
        """A repeat count as the value reader reads it (``3``, ``+3``); one it refuses (`` 3``, ``-3``) is refused here,
        at the sheet, before any count is made of it."""
        if _COUNT.fullmatch(written) is None:
            raise CheckerError(f"cannot read the spreadsheet: a row or cell is repeated {written.decode('utf-8', 'replace')!r} "
                               "times, which is no count", Location(self.path, sheet=sheet),
                               hint="save it again from LibreOffice, or as .xlsx")
        return int(written)

    def _sheet(self, name: str, body: bytes, odd: bool) -> _Sheet:
        """The table ``body``'s cell count (its last filled row times its widest filled row, as the value reader
        expands the repeats), its hidden rows and columns and, in a file with ``odd`` cells, the rows to look at."""
        sheet = _Sheet()
        # a cell without a style of its own shows through its row's default style, else its column's, else Default:
        # where one of these strikes or scales, every row is looked at cell by cell
        defaults = set(re.findall(rb'table:default-cell-style-name="([^"]*)"', body)) | {DEFAULT_STYLE}
        unstyled_odd = odd and bool(defaults & (self.styles.struck | set(self.styles.worded)))
        column = 0
        for attributes in _COLUMN.findall(body):
            repeated = _COLUMNS_REPEATED.search(attributes)
            count = self._count(repeated.group(1), name) if repeated else 1
            if re.search(rb'table:visibility="(?:collapse|filter)"', attributes):
                sheet.hidden_columns.append((column, count))
            default = _attributes(attributes).get(b"table:default-cell-style-name")
            if unstyled_odd and default is not None:
                sheet.column_styles.append((column, count, default))
            column += min(count, 1 << 21)
        row = 0
        markers = (b'value-type="error"', b"<text:span", b"table:style-name=", *_BREAKS)
        for attributes, cells in _ROW.findall(body):
            repeated = _ROWS_REPEATED.search(attributes)
            count = self._count(repeated.group(1), name) if repeated else 1
            cells = cells or b""
            filled = _last_filled(cells)
            if filled is not None:
                upto = cells[:cells.find(b">", filled) + 1]  # every cell to the last filled one, its repeats counted
                wide = upto.count(b"<table:table-cell") + upto.count(b"<table:covered-table-cell") + \
                    sum(self._count(n, name) - 1 for n in _COLUMNS_REPEATED.findall(upto))
                sheet.width, sheet.last = max(sheet.width, wide), row + count - 1
            if odd and (unstyled_odd or any(marker in cells for marker in markers) or _UNTYPED.search(cells)):
                sheet.odd_rows.append((row, count, cells, _attributes(attributes).get(b"table:default-cell-style-name")))
            if b'-spanned="' in cells:
                sheet.merging_rows.append((row, count, cells))
            if b"table:formula=" in cells:
                sheet.formula_rows.append((row, count, cells))
            if b'table:visibility="collapse"' in attributes:  # (a row an AutoFilter hides, "filter", is its data)
                sheet.hidden_rows.append((row, count))
            row += min(count, 1 << 21)
        sheet.cells = (sheet.last + 1) * sheet.width
        return sheet

    def _placed(self, cells: bytes, sheet: str) -> Iterator[tuple[int, int, dict[bytes, bytes], bytes]]:
        """The row's cells, each as (its first column, how many columns it is repeated over, attributes, body)."""
        column = 0
        for attributes, body in _CELL.findall(cells):
            values = _attributes(attributes)
            repeated = values.get(b"table:number-columns-repeated")
            across = self._count(repeated, sheet) if repeated is not None else 1
            yield column, across, values, body or b""
            column += across

    def _shown(self, sheet: str, cells: bytes, row: int, count: int, row_style: bytes | None,
               shown: dict[tuple[int, int], str]) -> None:
        """Add to ``shown`` the row's cells (repeated ``count`` times from ``row``) that show otherwise than stored; a
        cell without a style of its own takes ``row_style``, else its column's, else ``Default`` (see :meth:`_sheet`)."""
        columns = self.sheets[sheet].column_styles
        for column, across, values, body in self._placed(cells, sheet):
            if b"table:style-name" not in values:
                values[b"table:style-name"] = row_style or next(
                    (style for first, many, style in columns if first <= column < first + many), DEFAULT_STYLE)
            try:
                text = self._cell_shows(values, body)
            except ValueError as error:
                raise CheckerError(f"cannot read the cell: {error}", Location(self.path, row + 1, column + 1, sheet=sheet),
                                   hint="give the cell a plain number format, or save the file as .xlsx") from None
            if text is not None:  # (asked once the sheet is within the cell limit: at most that many)
                shown.update(((r, c), text) for r in range(row, row + count) for c in range(column, column + across))

    def _cell_shows(self, values: dict[bytes, bytes], body: bytes) -> str | None:
        """What a cell shows where the value reader would read it otherwise: an error's text, its text with raised,
        lowered or struck parts marked (as :func:`checker.data.workbooks` writes them for .xlsx), a struck cell as
        ``~~5~~``, a scaled number as it shows (``1302万``), the section of its number format that shows it (``-4.5``
        only for a negative number), a text with a line break or tab in it (``4\\n1``, refused as a number), a cell's
        text where it has no value type; None where it reads as stored."""
        paragraphs = [p or b"" for p in _PARAGRAPH.findall(re.sub(rb"<office:annotation\b.*?</office:annotation\s*>",
                                                                   b"", body, flags=re.S))]
        plain = "\n".join(_text(p) for p in paragraphs)
        kind = values.get(b"office:value-type")
        if values.get(b"calcext:value-type") == b"error":
            return plain.strip() or "#ERROR"
        style = values.get(b"table:style-name")
        if style in self.styles.struck and (plain.strip() or b"office:value" in values):
            return f"~~{plain.strip() or values.get(b'office:value', b'').decode()}~~"
        if any(span in self.styles.raised or span in self.styles.struck for span, _ in _SPAN.findall(body)):
            return "\n".join(self._rich(p) for p in paragraphs)  # (two paragraphs, a line break: read as today)
        if kind is None:  # no value type: the text LibreOffice shows (calamine reads nothing)
            return plain if plain.strip() else None
        number = values.get(b"office:value")
        if style in self.styles.worded and number is not None and kind in (b"float", b"currency"):
            try:
                value = float(number)
            except ValueError:
                return None  # (the value reader refuses it)
            return self.styles.shown(style, value)
        if kind == b"string" and any(mark in body for mark in _BREAKS):
            return plain  # (calamine glues 4, a line break, 1 into 41)
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
        for row, count, cells, row_style in self.sheets[sheet].odd_rows if sheet in self.sheets else ():
            self._shown(sheet, cells, row, count, row_style, shown)
        return shown

    def uncached_formulas(self, sheet: str) -> list[tuple[int, int]]:
        """Cells (0-based) with a formula and no saved result: no ``office:…value`` attribute and no text (a writer that
        leaves the calculating to LibreOffice saves them so). The value reader reads such a cell as empty, and the
        year's value was lost without a word; the .xlsx reader refuses the like at its cell."""
        found = []
        for row, _count, cells in self.sheets[sheet].formula_rows if sheet in self.sheets else ():
            for column, _across, values, body in self._placed(cells, sheet):
                if b"table:formula" not in values or any(key.startswith(b"office:") and key.endswith(b"value")
                                                          and key != b"office:value-type" for key in values):
                    continue
                if values.get(b"office:value-type") != b"string" and not _text(body).strip():
                    found.append((row, column))  # (a formula's empty text, ="", is a string: read as the blank it is)
        return found

    def merged(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """The sheet's merged cells as (top, left, bottom, right), 0-based, as the .xlsx reader gives them: a cell
        spanning the rows or columns after it (``table:number-rows-spanned="2"``), which calamine does not report
        for .ods (the name of an indicator merged over its years was read blank under its first year)."""
        found = []
        facts = self.sheets.get(sheet, _Sheet())
        for row, count, cells in facts.merging_rows:
            for column, across, values, _ in self._placed(cells, sheet):
                rows, columns = (self._count(values.get(b"table:number-%s-spanned" % kind, b"1"), sheet)
                                 for kind in (b"rows", b"columns"))
                if rows > 1 or columns > 1:
                    found += [(r, c, r + rows - 1, c + columns - 1) for r in range(row, min(row + count, facts.last + 1))
                              for c in range(column, min(column + across, facts.width))]
        return found

    def hidden(self, sheet: str) -> tuple[set[int], set[int]]:
        """The sheet's hidden rows and columns (0-based) within the cells it holds, as the .xlsx reader gives them: a
        filled one is refused at its place, an empty one passed over (it holds nothing to read)."""
        facts = self.sheets.get(sheet, _Sheet())
        rows = {r for first, count in facts.hidden_rows for r in range(first, min(first + count, facts.last + 1))}
        columns = {c for first, count in facts.hidden_columns for c in range(first, min(first + count, facts.width))}
        return rows, columns


def _last_filled(cells: bytes) -> int | None:
    """Where the row's last filled cell starts in ``cells`` (a cell with a value, or a paragraph that is not empty;
    an empty cell is ``<table:table-cell/>``); None where the row holds nothing. Found from the row's end, in C."""
    found = max(cells.rfind(b"office:value-type="), cells.rfind(b"<text:span"))
    paragraph = len(cells)
    while (paragraph := cells.rfind(b"<text:p", 0, paragraph)) > found:
        if re.match(rb"<text:p(?=[\s>])[^>]*(?<!/)>(?!\s*</text:p\s*>)", cells[paragraph:paragraph + 4096]):
            found = paragraph
            break
    if found == -1:
        return None
    start = max(cells.rfind(b"<table:table-cell", 0, found), cells.rfind(b"<table:covered-table-cell", 0, found))
    return max(start, 0)
