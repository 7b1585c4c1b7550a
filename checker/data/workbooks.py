"""Excel workbooks as data files: each sheet turned into the header and rows the CSV reader reads.

A statistics office keeps its data in workbooks, so checker reads ``.xlsx``/``.xlsm`` (and ``.xls``
and ``.ods``, which the same reader gives) wherever it reads a CSV file. This module only turns a
sheet into text cells; :mod:`checker.data.observations` reads them exactly as it reads a CSV file's
cells (numbers, annotations, years, units, duplicates), so both kinds of file mean the same.

The first sheet a person opening the file sees is read (hidden sheets and chart sheets are passed
over), or the sheet named, or with ``*`` every visible sheet. A sheet is read as a statistics office
lays it out:

- **title rows** above the table are passed over: the header is the first row that names an
  indicator column and a year or value column (``指标``, ``年份``/``数值`` or year columns). A title
  cell ``单位：万人`` (in brackets too, ``（单位：万人）``, or at a caption's end, ``表1 …（单位：万人）``) gives the unit
  of every value of its own table without a unit of its own; a second table on the sheet is read in its own 单位
  line, never the first's (:func:`_units_of_tables`); ``单位：见各指标`` points to the unit column;
- **merged header cells** (``年份`` over the year columns, ``指标`` over two header rows) are read as
  their cells show them: the header is, per column, the lowest heading of the header rows (under a year,
  a yearbook's 绝对数 is that year's value and its 增长% column is emptied, never read). Merged
  cells in label columns (a region or year written once for several rows) hold for every row;
- **a sheet per year**: a table of indicators and values with no year column on a sheet named by a
  plain year (``2015年``, ``2016``) takes that year; read without ``--sheet``, such a workbook with
  more sheets is refused (its first year alone would be judged as the whole data); a sheet per place
  (``鼓楼区``) without a region column likewise takes its name as its rows' region;
- **a table by place** (``地区 | 机构数（个）| 床位数（张）``: places down, indicators across) takes the one year its title
  or its sheet's name gives (:func:`checker.data.observations.given_year`); a heading merged over several of its columns
  names its 合计 column and gives its unit to the items under it; indicator headings merged over year columns
  (``机构数(个)`` over ``2017年 | 2018年 | 增减数``) give each column its indicator and year, the years' row read with the
  header (:func:`checker.data.observations.year_subheading`);
- **footnote rows** under the table (``注：…``, ``资料来源：…``, ``*快报数``: one cell, a note mark)
  are not data;
- **numbers as Excel stores them**, written with the 15 significant digits Excel keeps (0.1+0.2 is
  0.3, never 0.30000000000000004); a cell formatted as a percentage (stored 0.035, shown 3.5%) reads
  as ``3.5%``, what the person who typed it sees; formulas by their saved value — a formula
  without one (a workbook written by a program that does not calculate) is an error at its cell, as is
  every formula of a sheet saved without calculating (all 0, or a workbook to calculate on opening);
  dates in a year column or a year heading are that year; any other date is refused as a value.

A filled cell in a hidden row or column is refused (an AutoFilter's hidden rows are read). Every location
names the sheet and the cell: ``data.xlsx[Sheet1]!C12``. A workbook is recognised by
its first bytes, so a workbook renamed ``.csv`` is read as the workbook it is. The fast reader
python-calamine (xlsx, xlsm, xls, ods) is imported only when a workbook is read; without it,
openpyxl reads ``.xlsx``/``.xlsm`` in read-only mode.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import os
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from xml.etree import ElementTree

from checker.digests import sha256
from checker.data import observations
from checker.data.footnotes import numbered_line
from checker.data.observations import FOOTNOTE
from checker.data.filekinds import split_sheet, unpacked_size
from checker.data.odsfacts import OdsFacts
from checker.data.shown import number_text, scaled_text, shown_runs
from checker.data.sheetxml import (as_excel_writes, as_utf8, cell_before, cell_position, column_letters,
                                   declares_entities, misread, odd_string_index, plainly_written, prefixed,
                                   string_index_beyond,
                                   twice_placed, undefined_entity, without_markup, written_in_utf8)

from checker.language import units
from checker.language.script import to_simplified
from checker.errors import CheckerError, Location
from checker.files import device_kind, open_to_read
from checker.rulefiles import load_rules_yaml

#: The first bytes of a workbook: a zip container (xlsx, xlsm, ods) or an OLE2 compound file (xls).
_ZIP = b"PK\x03\x04"
#: Every sheet: ``--sheet '*'``.
ALL_SHEETS = "*"
#: How far down a sheet the header row is looked for (title rows above it).
HEADER_SEARCH_ROWS = 30
#: A caption ending in the table's unit: ``表1 妇幼健康（单位：‰）``, ``表1 妇幼健康【单位：‰】``, ``表2 健康素养  单位：%``.
_CAPTION_UNIT = re.compile(r".*\S\s*(?:[（(【\[]\s*(?:计量)?单位\s*[:：]\s*([^（）()【】\[\]]+?)\s*[)）】\]]"
                           r"|\s(?:计量)?单位\s*[:：]\s*(\S+))\s*")
#: A title's unit that names none but points to the table's unit column: ``单位：见各指标``, ``见单位栏``, ``详见表内``.
_SEE_COLUMN = re.compile(r"(?:详|参)?见\S*|各指标|各栏")
#: An indicator cell ending in its unit in brackets (``婴儿死亡率（‰）``): the unit is the name's own.
_NAME_UNIT = re.compile(r".*\S\s*[（(]\s*([^（）()]+?)\s*[）)]\s*")
_RESAVE_HINT = ("open the workbook in Excel or WPS and save it (in LibreOffice, Data → Calculate → Recalculate Hard "
                "first): that stores every formula's value; or paste the cells as values")


@dataclass(frozen=True)
class Table:
    """One sheet as the CSV reader reads a file: the header row, then (row number, cells) of each row."""

    sheet: str
    header_row: int
    header: list[str]
    rows: list[tuple[int, list[str]]]
    year_from_name: bool = False  # a sheet per year: the rows' year is the sheet's name
    region_from_name: bool = False  # a sheet per place: the rows' region is the sheet's name
    #: the workbook's other visible sheets, where this one was read as the first for want of --sheet
    others: tuple[str, ...] = ()
    #: the footnotes under the table (注：2023年为快报数), taken off its rows
    footnotes: tuple[str, ...] = ()
    #: the rows above the header (row number, cells): a table by place's year is its title's
    titles: tuple[tuple[int, list[str]], ...] = ()
    #: the year the sheet's name is (2023年), for a table by place without a year column
    named_year: int | None = None
    #: the row each heading came from, where the header was read from several rows (column index → row number):
    #: a refusal of a heading (2023年（目标） under 年份) names its own cell, not the empty one above it
    header_lines: tuple[tuple[int, int], ...] = ()


@dataclass
class Workbook:
    """A workbook file opened for reading, and which of its sheets to read (None: the first)."""

    path: str
    sha256: str
    sheet: str | None
    _data: bytes = field(repr=False, default=b"")
    #: the hidden sheets holding anything that ``--sheet '*'`` left unread (a person opening the file does not see
    #: them), known once :meth:`tables` has run: said, as a per-year workbook's hidden 2023年 was dropped without a word;
    #: and the sheets of words only (a bureau's 说明 or 目录 sheet: no number, no year column) it passed over, each as
    #: (sheet, why): "hidden" or "notes"
    unread: list[tuple[str, str]] = field(default_factory=list)
    #: the visible sheets after the first that hold a number, left unread for want of ``--sheet`` (known once
    #: :meth:`tables` has run): said, as a second sheet holding a failing value passed a CI gate without a word
    passed_over: list[str] = field(default_factory=list)

    def tables(self) -> Iterator[Table]:
        """The chosen sheet, or every sheet (``*``) that holds anything, as tables."""
        facts, ods = self._facts()
        values = _values_reader(self.path, self._data)
        names = values.sheet_names()
        shown = [name for name in names if name not in values.hidden()]  # what a person opening the file sees
        if self.sheet == ALL_SHEETS:
            chosen = shown
            self.unread = [(name, "hidden") for name in names if name not in shown and _holds_anything(values, name)]
        elif self.sheet is None:
            chosen = shown[:1]
            self.passed_over = [name for name in shown[1:] if _holds_numbers(values, name, facts)]
        elif self.sheet in names:
            chosen = [self.sheet]
        else:
            raise CheckerError(
                f"the workbook has no sheet {self.sheet!r}; its sheets: {', '.join(map(repr, names))}",
                Location(self.path), hint="name one of its sheets with --sheet NAME or FILE#NAME, or --sheet '*' for all",
            )
        if ods is not None and ods.ods_percentages:
            raise CheckerError(
                "the spreadsheet has cells formatted as percentages, which cannot be read exactly from an "
                ".ods file (the stored 0.285 of a cell showing 28.5%)", Location(self.path),
                hint="save it as .xlsx (File → Save As), or write such values as numbers with a % unit column")
        read = 0
        for name in chosen:
            _within_cell_limit(self.path, name, facts or ods)
            grid = values.rows(name)
            if ods:  # an .ods file's errors, raised, lowered and struck text, scaled numbers, text without a value type
                _shown_as(grid, ods.shown_cells(name))
            if not any(_filled(cell) for row in grid for cell in row):
                if self.sheet == ALL_SHEETS:
                    continue  # an empty sheet holds no rows to read or to lose
                raise CheckerError("the sheet is empty", Location(self.path, sheet=name),
                                   hint="name the sheet that holds the data with --sheet NAME")
            if self.sheet == ALL_SHEETS and len(chosen) > 1 and _words_only(grid):
                self.unread.append((name, "notes"))  # 说明, 目录: notes of the workbook, no table to read
                continue
            merged = facts.merged(name) if facts else ods.merged(name) if ods else values.merged(name)
            uncached, stale = facts.uncached_formulas(name) if facts else (ods.uncached_formulas(name) if ods else [],
                                                                           False)
            percent = facts.percent_cells(name, grid) if facts else set()
            if facts:  # #DIV/0!, #N/A … as text (the value reader refuses it at its cell); 4¹, ~~5~~4: not 41, not 54
                _shown_as(grid, facts.error_cells(name))
                _shown_as(grid, facts.rich_cells(name))
                _shown_as(grid, facts.worded_cells(name, grid))  # 0.6 shown 0.60%: 0.6%, never 0.6 in the row's ‰
                _shown_as(grid, facts.struck_cells(name, grid))  # a cell struck through: ~~5~~, never 5
            read += 1
            hidden_rows, hidden_columns = facts.hidden(name) if facts else ods.hidden(name) if ods else (set(), set())
            _no_hidden_data(self.path, name, grid, hidden_rows, facts.invisible_cells(name) if facts else set())
            table = _table(self.path, name, grid, merged, uncached, percent, stale,
                           frozenset(facts.year_cells(name)) if facts else frozenset())
            table = _without_hidden_columns(self.path, table, hidden_columns)
            named_by = "year" if table.year_from_name else "region" if table.region_from_name else None
            if named_by and self.sheet is None and len(shown) > 1:
                others = ", ".join(repr(other) for other in shown[1:4]) + (" …" if len(shown) > 4 else "")
                raise CheckerError(
                    f"the sheet {name!r} has no {named_by} column: its name is its rows' {named_by}, and the workbook "
                    f"has {len(shown) - 1} more sheet{'s' if len(shown) > 2 else ''} ({others}) that reading only "
                    "the first would leave out", Location(self.path, sheet=name),
                    hint=f"read every sheet with --sheet '*' (a sheet per {named_by}), or name one with --sheet NAME")
            if self.sheet is None and len(shown) > 1 and not named_by and "region" not in [
                    observations.header_role(h) for h in table.header if not isinstance(h, observations.AddedHeading)]:
                places = [other for other in shown[1:] if _sheet_region(other)]
                if places:  # 合计 | 河南省: the first sheet, read alone, would stand for the plan's region
                    raise CheckerError(
                        f"the first sheet {name!r} has no region column, and the workbook's other sheets are named as "
                        f"places ({', '.join(map(repr, places[:3]))}{' …' if len(places) > 3 else ''}): which sheet is "
                        "the region's is not for a guess", Location(self.path, sheet=name),
                        hint="read every sheet with --sheet '*' (a sheet per region), or name one with --sheet NAME")
            yield replace(table, others=tuple(shown[1:])) if self.sheet is None else table
        if read == 0:
            notes = [name for name, why in self.unread if why == "notes"]
            raise CheckerError("every sheet of the workbook is empty" + (
                f" or holds words only ({', '.join(map(repr, notes))})" if notes else ""), Location(self.path))


    def _facts(self) -> tuple["_XlsxFacts | None", OdsFacts | None]:
        """What the value reader leaves out: an .xlsx file's facts, or an .ods file's (None for the other kind, and for
        an .xls file). An .ods file's sheets are held to the cell limit here, before the value reader opens the file:
        it expands every sheet's repeated rows as it opens it (a 1.3 KB file took 3.6 GB)."""
        facts = _facts_of(self._data, self.path)
        if isinstance(facts, OdsFacts):
            for name in facts.sheets:
                _within_cell_limit(self.path, name, facts)
            return None, facts
        return facts, None

    def sheets(self) -> Iterator[tuple[str, list[list[str]]]]:
        """Every visible sheet that holds anything, as rows of text cells the way a person sees them
        (a percent format shows 28.5%, not 0.285; a merged cell's text in its first cell only): for
        reading a table that is not data, such as a plan's indicator table."""
        facts, ods = self._facts()
        values = _values_reader(self.path, self._data)
        for name in values.sheet_names():
            if name in values.hidden():
                continue
            _within_cell_limit(self.path, name, facts or ods)
            grid = values.rows(name)
            if ods:
                _shown_as(grid, ods.shown_cells(name))
            if not any(_filled(cell) for row in grid for cell in row):
                continue
            percent = facts.percent_cells(name, grid) if facts else set()
            if facts:  # ≤4 with a raised footnote mark 1 is not ≤41, a struck 15 before ≤12 not 15≤12
                _shown_as(grid, facts.rich_cells(name))
                _shown_as(grid, facts.worded_cells(name, grid))
                _shown_as(grid, facts.struck_cells(name, grid))
            yield name, [[cell_text(value, percent=(r, c) in percent) for c, value in enumerate(row)]
                         for r, row in enumerate(grid)]


#: The most cells (rows × columns) a sheet is read with: a sheet is held in memory whole (some 200 bytes a cell),
#: a CSV file a line at a time. A `--max-rows` above twice this raises it (to half the rows), never lowers it.
MAX_SHEET_CELLS = 5_000_000


def max_cells() -> int:
    """The most cells one sheet may hold (:data:`MAX_SHEET_CELLS`, or half of a larger `--max-rows`)."""
    return max(MAX_SHEET_CELLS, observations.MAX_ROWS // 2)


def _within_cell_limit(path: str, sheet: str, facts: "_XlsxFacts | OdsFacts | None") -> None:
    """Refuse a sheet with more cells than :func:`max_cells`, counted in its XML before a value is read: a 15 MB
    file of three million one-cell rows, under every size limit, took 2.2 GB and aborted where memory was short; a
    1.3 KB .ods file of one row repeated a million times, 3.6 GB."""
    count = facts.cells(sheet, max_cells()) if facts else 0
    if count > max_cells():
        raise CheckerError(
            f"the sheet spans {count:,} cells (its rows times its columns), more than the {max_cells():,} a workbook's sheet is read with (a sheet "
            "is held in memory whole)", Location(path, sheet=sheet),
            hint="save the sheet as CSV (read a line at a time), or raise the limit with `checker --max-rows N …`")


def open_workbook(path: str | Path, sheet: str | None = None) -> Workbook:
    """The workbook at ``path`` (``FILE#SHEET`` names a sheet, and wins over ``sheet``), read once."""
    file, named = split_sheet(path)
    where = Location(file)
    device = device_kind(file)
    if device:
        raise CheckerError(f"the path is {device}, not a workbook", where, hint="name the Excel file")
    try:
        size = os.path.getsize(file)
        if size > observations.MAX_BYTES:
            raise CheckerError(
                f"the file is larger than the limit of {observations.MAX_BYTES} bytes", where,
                hint="split the workbook, or raise the limit with `checker --max-file-mb N …`",
            )
        with open_to_read(file) as handle:
            data = handle.read(observations.MAX_BYTES + 1)
    except OSError as error:
        raise CheckerError(f"cannot read {file}: {error.strerror or error}", where) from None
    unpacked = unpacked_size(io.BytesIO(data)) if data.startswith(b"PK\x03\x04") else None
    if unpacked is not None and unpacked > observations.MAX_BYTES:
        raise CheckerError(
            f"the workbook holds {unpacked / 2**20:.0f} MB once unpacked, more than the limit of "
            f"{observations.MAX_BYTES / 2**20:g} MB", where,
            hint="split the workbook or save the sheet as CSV, or raise the limit with `checker --max-file-mb N …`",
        )
    return Workbook(file, sha256(data).hexdigest(), named or sheet, data)


# --- cells as text ----------------------------------------------------------------------------


def _words_only(grid: list[list[object]]) -> bool:
    """Whether a sheet holds words only: no number, no date, no cell that is a number or a year written as text (a
    statistics bureau's 说明 or 目录 sheet, its notes mentioning years within sentences)."""
    for row in grid:
        for cell in row:
            if isinstance(cell, (int, float, datetime.date)) and not isinstance(cell, bool):
                return False
            text = str(cell).strip() if cell is not None else ""
            if text and (re.fullmatch(r"[-+]?[\d,.\s%‰]*\d[\d,.\s%‰]*", text)
                         or observations.header_role(text) == "years"):
                return False
    return True


def _filled(cell: object) -> bool:
    return cell is not None and cell != ""


def _holds_numbers(values, name: str, facts: "_XlsxFacts | OdsFacts | None") -> bool:
    """Whether the sheet ``name`` holds a number (a table of values, not a sheet of notes); True for one too big to
    read (it holds something, and is not read either); False for one the value reader cannot read as rows."""
    if facts is not None and facts.cells(name, max_cells()) > max_cells():
        return True
    try:
        return any(isinstance(cell, (int, float)) and not isinstance(cell, bool)
                   for row in values.rows(name) for cell in row)
    except Exception:  # (a chart or macro sheet has no rows to read, whatever the reader raises)
        return False


def _holds_anything(values, name: str) -> bool:
    """Whether the sheet ``name`` holds a filled cell; False for one the value reader cannot read as rows (a chart
    sheet, a macro sheet)."""
    try:
        return any(_filled(cell) for row in values.rows(name) for cell in row)
    except Exception:  # (a chart or macro sheet has no rows to read, whatever the reader raises)
        return False


def _shown_as(grid: list[list[object]], cells: dict[tuple[int, int], str]) -> None:
    """Put in ``grid`` each cell's text as the spreadsheet shows it (``cells``: position → text), where the value
    reader reads it otherwise; the grid grows to a cell the value reader reads nothing of (an .ods cell without a value
    type, in a row or column of its own: its sheet was counted with it, within the cell limit)."""
    if cells:
        height, width = max(r for r, _ in cells) + 1, max(c for _, c in cells) + 1
        if height > len(grid) or any(width > len(row) for row in grid):  # (kept a rectangle, as read)
            width = max([width, *(len(row) for row in grid)])
            for row in grid:
                row.extend([None] * (width - len(row)))
            grid.extend([None] * width for _ in range(height - len(grid)))
    for (r, c), shown in cells.items():
        grid[r][c] = shown


def _plain_text(value: object) -> str:
    """:func:`cell_text` of a cell outside year columns and percent formats, fast for the common cells."""
    kind = type(value)
    if kind is str:
        return value
    if kind is float:
        if value.is_integer() and -1e15 < value < 1e15:
            return str(int(value))
        text = repr(value)  # the shortest exact form; more than 14 digits may be float noise (0.30000000000000004)
        return text if len(text) <= 15 else number_text(value)
    return cell_text(value)


def cell_text(value: object, *, year: bool = False, percent: bool = False, year_shown: bool = False) -> str:
    """A cell's value as the text the CSV reader reads. ``year``: the cell is in a year column or
    heading (a date on a year's first or last day there is its year, any date its format shows as a year alone,
    ``year_shown``, too; another is part of a year, refused); ``percent``: the cell is formatted as a percentage."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if percent:
            return number_text(float(value) * 100) + "%"
        return number_text(float(value)) if isinstance(value, float) else str(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        if year and (year_shown or (value.month, value.day) in ((1, 1), (12, 31))):
            return str(value.year)  # a year typed as its first or last day, or any day its format shows as the year
        # (2025-09-30 shown as 2025年9月 is part of a year, as the same text typed is: refused, not judged as 2025's)
        if isinstance(value, datetime.datetime) and value.time() == datetime.time():
            value = value.date()
        return value.isoformat()  # a date where a number belongs: the value reader refuses it, at its cell
    return str(value)


# --- one sheet --------------------------------------------------------------------------------


def _unseen(values: dict[bytes, bytes], size: bytes) -> bool:
    """Whether a row or column tag hides it: hidden, or a height or width of 0 (hidden by dragging it shut)."""
    if values.get(b"hidden", b"").strip() in (b"1", b"true"):  # (as XML's boolean: hidden=" 1 " too)
        return True
    try:
        return float(values.get(size, b"1")) == 0
    except ValueError:
        return False


def _no_hidden_data(path: str, sheet: str, grid: list[list[object]], rows: set[int],
                    cells: set[tuple[int, int]] = frozenset()) -> None:
    """Refuse a filled cell in a hidden row, or one whose number format shows nothing (``;;;``): what the person who
    hid it left out of the table they see (a superseded series, a draft row), neither read without a word nor dropped
    without one."""
    for r, c in sorted(cells):
        if r < len(grid) and c < len(grid[r]) and _filled(grid[r][c]):
            raise CheckerError("the cell's number format shows no number (such as ;;;), and it holds data: a hidden "
                               "value is not part of the table a person sees", Location(path, r + 1, c + 1, sheet=sheet),
                               hint="give the cell a number format that shows it (its value is then read), or clear it")
    for r in sorted(rows):
        filled = next((c for c, cell in enumerate(grid[r]) if _filled(cell)), None) if r < len(grid) else None
        if filled is not None:
            raise CheckerError(f"row {r + 1} of the sheet is hidden, and holds data: a hidden cell is not part of the "
                               "table a person sees", Location(path, r + 1, filled + 1, sheet=sheet),
                               hint=f"unhide row {r + 1} (its values are then read), or delete it")


def _without_hidden_columns(path: str, table: Table, columns: set[int]) -> Table:
    """The table without its hidden columns, refused where one holds data in a row of the table (a draft column, a
    superseded series: not part of the table a person sees); one that holds only its heading (a helper column, its
    cells empty) is passed over, as the person sees the table without it."""
    for c in sorted(columns):
        line = next((line for line, cells in table.rows if c < len(cells) and cells[c] != ""), None)
        if line is not None:  # (located at the column's heading, where it has one)
            what = f"column {column_letters(c)}"
            headed = c < len(table.header) and table.header[c].strip()
            raise CheckerError(f"{what} of the sheet is hidden, and holds data: a hidden cell is not part of the "
                               "table a person sees", Location(path, table.header_row if headed else line, c + 1,
                                                               sheet=table.sheet),
                               hint=f"unhide {what} (its values are then read), or delete it")
    if not any(c < len(table.header) and table.header[c] for c in columns):
        return table
    return replace(table, header=["" if c in columns else heading for c, heading in enumerate(table.header)])


def _table(path: str, sheet: str, grid: list[list[object]], merged: list[tuple[int, int, int, int]],
           uncached: list[tuple[int, int]], percent: set[tuple[int, int]], stale: bool = False,
           years_shown: frozenset[tuple[int, int]] = frozenset()) -> Table:
    """The table of one sheet (rows and columns 0-based in ``grid`` and the facts; 1-based in the table);
    ``stale``: the sheet's formulas were never calculated (every one saved as 0 or nothing)."""
    if uncached:
        row, column = uncached[0]
        more = f" (and {len(uncached) - 1} more)" if len(uncached) > 1 else ""
        what = ("has no value to read: the sheet's formulas were saved without being calculated (0 or nothing in "
                "place of every one, as programs that write workbooks for Excel to calculate on opening save them)"
                ) if stale else "has no saved value"
        raise CheckerError(f"the formula in this cell {what}{more}",
                           Location(path, row + 1, column + 1, sheet=sheet), hint=_RESAVE_HINT)
    width = max((len(row) for row in grid), default=0)
    text = [[cell_text(cell, year=True, year_shown=(r, c) in years_shown) for c, cell in enumerate(row)]
            for r, row in enumerate(grid[:HEADER_SEARCH_ROWS])]
    for top, left, bottom, right in merged:  # headings as they show: a merged heading over all its cells
        if top < len(text):
            heading = text[top][left] if left < len(text[top]) else ""
            for r in range(top, min(bottom, len(text) - 1) + 1):
                text[r] += [""] * (width - len(text[r]))
                for c in range(left, min(right, width - 1) + 1):  # (a title merged wider than the table: its cells)
                    text[r][c] = heading
    start = _header_start(text)
    if start is None:  # no row looks like a header: the CSV reader's error names the first row and what it expects
        start = next(i for i, row in enumerate(grid) if any(_filled(cell) for cell in row))
        return Table(sheet, start + 1, text[start] if start < len(text) else [cell_text(c) for c in grid[start]], [])
    if start > 0 and observations.year_subheading(text[start - 1], text[start]):
        start -= 1  # 地区 | 机构数(个) over 2017年 | 2018年: the headings' row is the header, the years' row under it
    # the row of years under a table by place's indicator headings: read with the header (each column its year)
    grouped = start + 1 < len(text) and observations.year_subheading(text[start], text[start + 1])
    end = start if grouped else _header_end(start, merged, text)
    if end == start and start + 1 < len(text) and observations.years_under_heading(text[start], text[start + 1]):
        end = start + 1  # 年份 over 2023年 | 2024年 without the merge: the years are the header's, as merged they are
    if end == start and start + 1 < len(text) and not grouped:  # 绝对数 | 增长% under the years, 指标 not merged
        below = [to_simplified(cell.strip()) for cell in text[start + 1]]
        if any(_GROWTH.fullmatch(cell) for cell in below) and any(
                _ABSOLUTE.fullmatch(cell) or observations.PART_OF_YEAR.search(cell) for cell in below):
            end = start + 1
    header = [""] * width
    header_lines: dict[int, int] = {}
    for r in range(start, min(end, len(text) - 1) + 1):
        for c, heading in enumerate(text[r]):
            if heading.strip():
                header[c] = heading
                header_lines[c] = r + 1
    # a group row over the years' row (完成情况 over 2019年 | 2020年, 目标值 over 2025年), the header's own headings merged
    # down into it, read as a title where nothing in it names a value column: its headings over the year columns count
    group = start - 1 if start > 0 and _group_row(text[start - 1], text[start]) else start
    for c in range(width if end > group else 0):  # 规划目标 merged over 2025年: the plan's targets, refused as 2025年（目标）
        lowest = header[c].strip()
        if observations.header_role(lowest) != "years":
            continue
        above = [text[r][c].strip() for r in range(group, end + 1) if c < len(text[r])]
        heading = next((cell for cell in above if cell and cell != lowest and observations.heading_target_word(cell)),
                       None)
        if heading is not None and not any(observations.heading_target_word(mark) is None and mark
                                        for mark in re.findall(r"[（(]([^）)]*)[）)]", lowest)):
            header[c] = f"{lowest}（{heading}）"  # (the year's own 2020年（基期）: an observed mark, data)
            continue
        # 快报数 merged over 2023年 (正式数 over 2017年 | 2020年): 2023年（快报数）, a note on each of its values
        preliminary = next((cell for cell in above if cell and cell != lowest
                            and any(word in cell.casefold() for word in observations.PRELIMINARY)), None)
        if preliminary is not None and observations.header_role(f"{lowest}（{preliminary}）") == "years":
            header[c] = f"{lowest}（{preliminary}）"
    growth = set()  # a yearbook's 绝对数 | 增长% under each year: the year's value, and a change no target reads
    for c in range(width if end > start else 0):
        year = text[start][c].strip() if c < len(text[start]) else ""
        if header[c].strip() != year and observations.header_role(year) == "years":
            below = to_simplified(header[c].strip())  # 絕對數 | 增長% as well
            if _GROWTH.fullmatch(below):
                growth.add(c)
                header[c] = ""
            elif _ABSOLUTE.fullmatch(below):
                header[c] = year
                header_lines[c] = start + 1
            elif observations.PART_OF_YEAR.search(below):  # 2025年 over 1-9月: part of the year, refused as such
                header[c] = f"{year}（{below}）"
                header_lines[c] = start + 1  # (at the year's cell, the heading the two rows make)
            elif observations.header_role(below) is None:
                raise _split_year_error(path, sheet, start, end, c, year, [
                    text[end][k].strip() for k in range(width) if k < len(text[end]) and k < len(text[start])
                    and observations.header_role(text[start][k]) == "years" and text[end][k].strip()])
    if end + 1 < len(text) and _units_row(header, text[end + 1]):
        end += 1  # | 张 | 万人 | 人 under 地区 | 床位数 | …: the columns' units, as 床位数（张） would give them
    roles = [observations.header_role(heading) for heading in header]
    stub = _stub(text, start) if "indicator" not in roles else None
    if stub is not None:  # year columns over a blank stub heading: the stub holds the indicators
        header[stub] = "项目"  # (as a yearbook names its stub: a column of places there is refused, see observations)
        roles = [observations.header_role(heading) for heading in header]
    titles = tuple((r + 1, text[r]) for r in range(start))
    named_year = int(_sheet_year(sheet)) if _sheet_year(sheet) else None
    by_place = False
    if "indicator" not in roles:  # years down the rows: the reader says why it cannot read the table
        try:  # (a table by place, places down and indicators across, is read: its year is its title's)
            by_place = observations.header_columns(header, path, start + 1, titles, named_year,
                                                   text[start + 1] if grouped else None).layout == "by_place"
        except CheckerError as error:
            location = error.location
            raise error.relocated(Location(path, location.line, location.column, sheet=sheet)) from None
    sheet_year = _sheet_year(sheet) if "value" in roles and not {"year", "years"} & set(roles) else None
    if sheet_year is not None:  # a sheet per year (2015年, 2016年 …): the sheet's name is its rows' year
        header = header + [""] * (width - len(header)) + [observations.AddedHeading("年份")]
        roles.extend([None] * (len(header) - len(roles) - 1) + ["year"])
    # a sheet per place (鼓楼区), or a title that names the place (吉林省卫生健康主要指标（2022—2023年）): the rows'
    # region; a sheet per province of a table of its cities and counties (江苏省 | 地市, 区县), or a title naming the
    # province: every row's province (its 全省 row the province's own, never the plan's province)
    title = observations.title_region(text[:start])
    sheet_region = _sheet_region(sheet) if "region" not in roles else None
    if sheet_region and title and title != sheet_region and _one_place(sheet_region, title):
        sheet_region = max(sheet_region, title, key=len)  # 扬州 over a title's 扬州市: the one place, named in full
    elif sheet_region and title is None:  # 杭州 under 杭州市户籍人口期望寿命… (or 杭州市 alone), words no title rule reads
        sheet_region = _title_names_in_full(sheet_region, text[:start]) or sheet_region
    if sheet_region and title and observations.column_of_place(set(roles), title) == "地区" and title != sheet_region \
            and not title.endswith(sheet_region) and not sheet_region.endswith(title):
        raise CheckerError(f"the sheet is named {sheet_region!r} but its title names {title!r}: whose rows these are is "
                           "not for a guess", Location(path, sheet=sheet),
                           hint="rename the sheet or correct the title, or add a 地区 column naming each row's place")
    if sheet_region is None and observations.column_of_place(set(roles), title) == "地区":
        sheet_region = title
    if sheet_region is None and title is None and observations.column_of_place(set(roles), "") == "地区":
        sheet_region = _title_short_place(text[:start])  # 海曙卫生健康主要指标 over Sheet1: 海曙's, not the plan's
    two = observations.two_places_titled(text[:start]) if title is None and sheet_region is None else None
    if two is not None and not set(roles) & observations.PLACE_ROLES:
        raise observations.two_places_error(two[1], two[2], Location(path, two[0] + 1, sheet=sheet))
    if sheet_region is not None:  # a sheet per place (鼓楼区, 台江区 …): the sheet's name is its rows' region
        header = header + [""] * (width - len(header)) + [observations.AddedHeading("地区")]
        roles.extend([None] * (len(header) - len(roles) - 1) + ["region"])
    named = _sheet_region(sheet) or title
    sheet_province = named if sheet_region is None and observations.column_of_place(set(roles), named) == "省份" \
        else None
    named_at = [at for at, role in enumerate(roles) if role in ("region", "city")]
    if sheet_province is not None:
        header = header + [""] * (width + (sheet_year is not None) - len(header)) + [observations.AddedHeading("省份")]
        roles.extend([None] * (len(header) - len(roles) - 1) + ["province"])
    if by_place and end > start:  # 卫生技术人员（人） over 合计 | #执业（助理）医师 | #注册护士
        _name_under_groups(header, text, start, end)
    # the column that names a row (a table by place's: its places), where a repeated header is looked for
    indicator = next(c for c, role in enumerate(roles) if role in observations.PLACE_ROLES) if by_place \
        else roles.index("indicator")
    years = {c for c, role in enumerate(roles) if role == "year"}
    labels = {c for c, role in enumerate(roles) if role in ("indicator", "region", "unit", "note", "year", "province",
                                                             "city")}  # 省份 merged over its counties: theirs
    unit = _title_unit(path, sheet, text[:start], "unit" in roles)
    rows: list[tuple[int, list[str]]] = []
    dates = (datetime.date, datetime.datetime)
    longest = csv.field_size_limit()
    for r in range(end + 1, len(grid)):
        row = grid[r]
        cells = [cell if type(cell) is str else _plain_text(cell) for cell in row]
        if max(map(len, cells), default=0) > longest:  # as in a CSV: a pasted document, which messages would repeat
            long = next(c for c, cell in enumerate(cells) if len(cell) > longest)
            raise CheckerError(f"a cell is longer than {longest} characters: this is not a table of yearly values",
                               Location(path, r + 1, long + 1, sheet=sheet),
                               hint="check that the workbook is the one you meant; a cell of this size is usually a "
                                    "pasted document")
        for c in years:  # a date in a year column is its year (its first or last day; another is refused)
            if c < len(row) and isinstance(row[c], dates):
                cells[c] = cell_text(row[c], year=True, year_shown=(r, c) in years_shown)
        rows.append((r + 1, cells))
    for r, c in percent:
        if end < r < len(grid) and c < len(grid[r]):  # not an empty formatted cell below the table
            rows[r - end - 1][1][c] = cell_text(grid[r][c], percent=True)
    added = [named for named in (sheet_year, sheet_region, sheet_province) if named is not None]  # added, in order
    added_names = [name for name, named in (("年份", sheet_year), ("地区", sheet_region), ("省份", sheet_province))
                   if named is not None]
    if added:
        recent: list[tuple[int, list[str]]] = []  # the lines above: a second table's title, its 单位 or 注 lines
        for line, cells in rows:
            texts = [str(cell) for cell in cells]
            if not any(text.strip() for text in texts):
                continue
            above, recent = recent[-3:], [*recent[-3:], (line, texts)]
            if observations.footnote_line(texts) or observations.continued_line(texts) \
                    or observations.signature_line(texts):
                continue  # a footnote, a 续表 or a signature line across the sheet: no row of data, nor the sheet's
            cells += [""] * (width - len(cells))
            # a header repeated under the table (续表) gets the added columns' names, a row of data their values
            repeated = indicator < len(cells) and observations.header_role(str(cells[indicator])) == "indicator"
            given = sheet_region or sheet_province
            titled = next(((at, place) for at, texts_above in reversed(above)
                           if (place := observations.another_place_titled(texts_above, given))), None) \
                if repeated and given else None
            if titled is not None:  # 表2 成都市… under 表1 四川省…: its rows are no 四川省's
                raise observations.second_title_error(titled[1], given, Location(path, titled[0], sheet=sheet))
            values = list(added)
            if sheet_province is not None and not repeated:  # (a 全国 row beside the province's counties: none)
                values[-1] = observations.title_place_of([str(cell) for cell in cells], named_at, sheet_province)
            cells.extend(added_names if repeated else values)
    _fill_merged_labels(rows, merged, labels, end + 1)
    footnotes = (*_preliminary_heads(sheet, titles), *_drop_footnotes(rows))
    values = {c for c, role in enumerate(roles)  # (a table by place's: its indicator columns)
              if (role is None and bool(header[c].strip()) if by_place else role in observations.HEADER_OF_VALUES)}
    if _units_of_tables(path, sheet, rows, indicator, values, unit, "unit" in roles, width + len(added),
                        "region" if by_place else "indicator"):
        header.append("单位")
    for _, cells in rows if growth else ():  # the growth columns emptied (their places kept: cells keep their letters)
        for c in growth:
            if c < len(cells):
                cells[c] = ""
    # (a table by place on a sheet named 2023年 beside other sheets: read alone, its year would stand for the workbook)
    return Table(sheet, start + 1, header, rows,
                 sheet_year is not None or by_place and not grouped and named_year is not None,
                 sheet_region is not None and not _sheet_total(sheet), footnotes=footnotes, titles=titles, named_year=named_year,
                 header_lines=tuple((c, line) for c, line in header_lines.items()  # (a heading merged down: its top)
                                    if line != start + 1 and header[c] != (text[start] + [""] * width)[c]))


def _group_row(row: list[str], header: list[str]) -> bool:
    """Whether ``row``, right above the ``header`` row, groups its year columns (``指标 | 单位 | 完成情况 | | 目标值`` over
    ``指标 | 单位 | 2019年 | 2020年 | 2025年``, 指标 and 单位 merged down): over its year columns more than one heading or a
    heading and a blank, and every other filled cell the header's own — not a title across the table."""
    years = [c for c, cell in enumerate(header) if observations.header_role(cell) == "years"]
    over = {row[c].strip() if c < len(row) else "" for c in years}
    own = all(not cell.strip() or c < len(header) and cell.strip() == header[c].strip()
              for c, cell in enumerate(row) if c not in years)
    return len(years) > 1 and len(over) > 1 and own and any(over)


#: the sub-headings of a yearbook's year: its value (绝对数), and its change on the year before (增长%), left out
_ABSOLUTE = re.compile(r"绝对[数值]|数值|总量|实际值?|本年|指标值|数量|全年(?:数)?|1[-—–~～至到]12月(?:累计)?")
_GROWTH = re.compile(r"(?:比上年|同比)?(?:增长|增速|增减|增幅|增长率|变化|±)\s*(?:率)?\s*[（(]?\s*[%％]?\s*[)）]?|[%％]|比上年[±增减]*\s*[（(]?[%％]?[)）]?")

#: a place's name, words ending as places do that name none, and kinds of places (分地区, 农村地区): the data reader's
_PLACE_NAME, _NOT_A_PLACE = observations.PLACE_NAME, observations.NOT_A_PLACE
_KINDS_OF_PLACE = observations.KINDS_OF_PLACE


def _preliminary_heads(sheet: str, titles: tuple[tuple[int, list[str]], ...]) -> tuple[str, ...]:
    """The notes a sheet's name or its table's title gives a year's figures it calls preliminary (a sheet
    ``2013年（快报）``, a title ``各市卫生事业基本情况（2013年，快报）``): read as a foot note ``2013年为快报数`` is, a
    note on each of that year's values, so that validate warns of them (they were dropped without a word)."""
    notes = []
    for where, text in (("工作表名", sheet), *(("表题", " ".join(cells)) for _, cells in titles)):
        for year in sorted(observations.preliminary_years(text)):
            notes.append(f"{year}年为快报数（见{where}）")
    return tuple(dict.fromkeys(notes))


def _units_row(header: list[str], cells: list[str]) -> bool:
    """Whether ``cells``, the row under the header, gives the columns' units alone (``| 张 | 万人 | 人``, ``单位 | 张 |
    …``, ``(张) | (万人)``, as a bureau's export writes a 计量单位 row): every filled cell a known unit under a heading of
    no role and no unit of its own, but a first cell 单位. If so each unit is put in its heading's brackets (床位数（张）);
    read as a row of data it was refused as a row with no place, or 单位 taken for one."""
    units_at = {}
    for c, cell in enumerate(cells):
        text = re.sub(r"^[（(]\s*|\s*[)）]$", "", unicodedata.normalize("NFKC", cell).strip())
        if not text:
            continue
        heading = header[c] if c < len(header) else ""
        if re.fullmatch(r"(?:计量)?单位", text) and not units_at:
            continue
        if not units.is_known(text) or not heading.strip() or observations.header_role(heading) is not None \
                or _own_unit(heading):
            return False
        units_at[c] = text
    if not units_at:
        return False
    for c, unit in units_at.items():
        header[c] = f"{header[c].strip()}（{unit}）"
    return True


def _name_under_groups(header: list[str], text: list[list[str]], start: int, end: int) -> None:
    """Name each indicator column of a table by place under a heading merged over several (``卫生技术人员（人）`` over
    ``合计 | #执业（助理）医师 | #注册护士``) as a person reads it: the total (合计) is the group's own indicator, and an
    item under it is in the group's unit where it gives none (read alone, 合计 was an indicator of that name, and a
    group's 万人 left its items in the plan's unit)."""
    for c, lowest in enumerate(header):
        group = next((text[r][c] for r in range(end - 1, start - 1, -1)
                      if c < len(text[r]) and text[r][c].strip() and text[r][c] != lowest), None)
        if group is None or not lowest.strip():
            continue
        if re.sub(r"\s+", "", unicodedata.normalize("NFKC", lowest)) in observations.unnamed_totals():
            header[c] = group
            continue
        unit = _NAME_UNIT.fullmatch(group)
        if unit and units.is_known(unit.group(1)) and not _own_unit(lowest):
            header[c] = f"{lowest}（{unit.group(1)}）"


def _sheet_region(name: str) -> str | None:
    """The place a sheet's name is (``鼓楼区``; ``鼓樓區``, ``鼓楼区数据``, ``2023年鼓楼区``, ``海曙区2023``, ``海曙区（2023）``
    too: a year before or after it and words of a table after it say nothing more), or a place named short (``海曙``,
    ``宁波``: :func:`_short_place_name`, a region of its own), or a total of the whole
    (``全市``, ``合计``: read as a region cell of that name is, see :func:`_sheet_total`), for a table without a region
    column; None for any other name (``Sheet1``, ``数据``, ``卫生健康``): the rows are the plan's region's."""
    name = _sheet_place_words(name)
    if name in _THE_NATION:  # 全国, 中国: the nation's figures, never the plan's own region's
        return name
    if re.fullmatch(_PLACE_NAME, name) and name not in _NOT_A_PLACE and not re.match(_KINDS_OF_PLACE, name):
        return name
    return name if _short_place_name(name) or observations.is_whole_total(name) else None


def _sheet_total(name: str) -> bool:
    """Whether a sheet's name is a total of the whole (全市, 全县, 合计, 全市合计): its rows are read as a region cell so
    named is (全市 the plan's place of that level where one, left out where two; 合计 left out beside other places), never
    as the plan's region by default; and it is no sheet per place (the workbook's first sheet, read alone, is read)."""
    return observations.is_whole_total(_sheet_place_words(name))


def _sheet_place_words(name: str) -> str:
    """A sheet's name without a year before or after it and the words of a table after it (2023年鼓楼区数据, 海曙区（2023）,
    健康扬州指标 → 扬州: the 健康XX campaign's sheet of 扬州's figures), simplified."""
    name = to_simplified(unicodedata.normalize("NFKC", name)).strip()
    for _ in range(2):  # 海曙区2023年数据: the table's words, then the year
        name = _SHEET_YEAR_AFTER.sub("", _SHEET_WORDS.sub("", name)).strip()
    return re.sub(r"^健康(?=[\u4e00-\u9fff]{2})", "", name)


def _short_place_name(name: str) -> bool:
    """Whether a sheet's name (its year and a table's words taken off) may be a place named short, without the ending of
    its level (海曙 for 海曙区, 慈溪, 宁波): two to four Chinese characters and none of ``table_words`` in
    ``rules/names.yaml`` in it, no kind of place or part of the people, nor part of a catalogue indicator's name (人口,
    妇幼: what a sheet holds, not whose). Such a name is a region of its own, never the plan's region by default: a
    district's sheet named 海曙 was judged as the plan's 余姚市."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or name in _NOT_A_PLACE or re.match(_KINDS_OF_PLACE, name) \
            or observations.is_aggregate(name):
        return False
    return not any(word in name for word in _not_place_words()) and not _in_an_indicator_name(name)


@cache
def _not_place_words() -> tuple[str, ...]:
    """The words that make a sheet's name no place's: ``table_words``, ``subgroups`` and ``populations``."""
    data = load_rules_yaml("names.yaml") or {}
    return tuple(str(word) for key in ("table_words", "subgroups", "populations") for word in data.get(key) or ())


@lru_cache(maxsize=256)
def _in_an_indicator_name(name: str) -> bool:
    """Whether ``name`` is part of a catalogue indicator's name or alias (床位, 妇幼, 孕产妇): a topic, not a place."""
    from checker.data.matching import catalogue_ids

    return any(name in known for known in catalogue_ids())


def _title_short_place(titles: list[list[str]]) -> str | None:
    """The place named short (:func:`_short_place_name`) a title line opens with, before the words of what the table
    holds (海曙卫生健康主要指标, 2023年慈溪主要指标): its rows are that place's, which the title rules (a place named with
    its level: 海曙区…) leave for the plan's region."""
    for cells in titles:
        for cell in cells:
            text = _SHEET_YEAR_BEFORE.sub("", to_simplified(unicodedata.normalize("NFKC", cell)).strip())
            found = _TITLE_SHORT_PLACE.match(text)
            if found and _short_place_name(found.group(1)):
                return found.group(1)
    return None


def _title_names_in_full(place: str, titles: list[list[str]]) -> str | None:
    """The place a sheet's name gives without its ending (杭州), named in full where a title line opens with it and an
    ending (杭州市户籍人口期望寿命及重大慢性病过早死亡率, 杭州市): one place, named in full (else the sheet's 杭州 had no
    rows for the plan's 杭州市, though the title names it plainly). An ending followed by another (杭州市区) is no
    place's ending: the urban part is not the city."""
    endings = (load_rules_yaml("names.yaml") or {}).get("place_endings") or ()
    for cells in titles:
        for cell in cells:
            text = unicodedata.normalize("NFKC", cell).strip()
            if not text.startswith(place):
                continue
            rest = text[len(place):]
            ending = next((ending for ending in endings if rest.startswith(ending)), None)
            if ending is not None and not any(rest[len(ending):].startswith(more) for more in endings) \
                    and _one_place(place, place + ending):
                return place + ending
    return None


def _one_place(first: str, second: str) -> bool:
    """Whether two names are one place, one of them without the ending of its level (扬州 and 扬州市)."""
    from checker.data.matching import without_place_ending

    return without_place_ending(first) == without_place_ending(second)


#: sheet names that are the nation (a yearbook's 全国 sheet beside its provinces')
_THE_NATION = frozenset({"全国", "中国", "全国合计", "全国总计", "中华人民共和国"})


#: a year before a place's name on a sheet, and the words of a table after it (鼓楼区数据, 2023年鼓楼区统计表)
_SHEET_WORDS = re.compile(r"^(?:19|20)\d\d\s*年?(?:度)?\s*|\s*(?:主要)?(?:卫生健康|卫生|健康)?(?:数据|指标|统计表?|情况|数据表|汇总表?|表)+$")
#: a year before a title's words (2023年慈溪卫生健康主要指标)
_SHEET_YEAR_BEFORE = re.compile(r"^(?:19|20)\d\d\s*年?度?\s*")
#: a title that opens with a place named short, then the words of what its table holds
_TITLE_SHORT_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?=卫生|健康|医疗|主要|统计|人口|妇幼|疾病|公共卫生|基本)")
#: a year after a place's name on a sheet (海曙区2023, 海曙区（2023年）, 海曙区_2023)
_SHEET_YEAR_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[-_—]?\s*\(?\s*(?:19|20)\d\d\s*(?:年度?)?\s*\)?$")


def _sheet_year(name: str) -> str | None:
    """The year a sheet's name is, written plainly (``2015``, ``2015年``), for a table without a year
    column; None for any other name (``2015年快报`` and ``表1`` alike: a year is never guessed from words)."""
    match = re.fullmatch(r"\s*((?:19|20)\d\d)\s*(?:年度?)?\s*", unicodedata.normalize("NFKC", name))  # 2022年度 too
    return match.group(1) if match else None


def _header_start(text: list[list[str]]) -> int | None:
    """The first row naming an indicator column and a year or value column; failing that, the first
    row of two or more year columns over a blank stub heading (see :func:`_stub`); failing that, a
    row naming a year column beside columns of no known role (a yearbook's years down the rows), or
    a region column beside year columns with no indicator column (the indicator named only in the
    title): the reader refuses either with its reason. A named header wins over the stub rule anywhere
    above it: a lone date stamp among the title rows is no header."""
    for index, cells in enumerate(text):
        roles = {observations.header_role(cell) for cell in cells if cell.strip()}
        if "indicator" in roles and roles & observations.HEADER_OF_VALUES:
            return index
    for index, cells in enumerate(text):
        roles = [observations.header_role(cell) for cell in cells if cell.strip()]
        if roles.count("years") >= 2 and not {"indicator", "year", "value"} & set(roles) \
                and _stub(text, index) is not None:
            return index
    for index, cells in enumerate(text):  # 年份 over a column of years, indicators across, or regions
        roles = [observations.header_role(cell) for cell in cells if cell.strip()]  # over years with the
        if "year" in roles and not {"indicator", "value"} & set(roles) and roles.count(None) >= 1:  # indicator
            return index  # in the title only: the reader refuses either with its reason
        if "region" in roles and roles.count("years") >= 2 and "indicator" not in roles:
            return index
    for index, cells in enumerate(text):  # 地区 | 机构数（个）| 床位数（张）…: a table by place, its year the title's
        roles = [observations.header_role(cell) for cell in cells if cell.strip()]
        if set(roles) & observations.PLACE_ROLES and None in roles and not {"indicator", "year", "value", "years"} \
                & set(roles):
            return index
    for index, cells in enumerate(text):  # 指标 | 单位 | 海曙区 | 余姚市: places across, refused as such by the reader
        if observations.places_across(cells):
            return index
    return None


def _stub(text: list[list[str]], header: int) -> int | None:
    """The column of indicator names under a blank heading, left of the year columns (a yearbook's
    stub: ``[blank] 2015 2020`` over ``婴儿死亡率（‰） 4.24 2.19``), or None."""
    cells = text[header]
    years = [c for c, cell in enumerate(cells) if observations.header_role(cell) == "years"]
    for c in range(years[0] - 1, -1, -1) if years else ():
        if not cells[c].strip() and any(c < len(row) and row[c].strip() for row in text[header + 1:]):
            return c
    return None


def _split_year_error(path: str, sheet: str, start: int, end: int, column: int, year: str,
                      under: list[str]) -> CheckerError:
    """The refusal of a year heading (row ``start``) merged over sub-columns (row ``end``) none of which is known to be
    the year's value — 男 | 女, 计划 | 完成, 目标值 | 实际值: which one to judge is not for a guess. It said "missing
    columns year, value" with the hint to delete a title line (the year row), or named the year's cell for the
    sub-heading's."""
    shown = "', '".join(dict.fromkeys(under))
    return CheckerError(
        f"the year {year!r} (row {start + 1}) stands over sub-columns ('{shown}') none of which is known to be the "
        "year's value: which one to judge is not for a guess",
        Location(path, end + 1, column + 1, sheet=sheet),
        hint="keep one column per year under a plain year header (2023, 2023年) holding the observed value (the "
             "total, 完成, 实际值), delete the others, and unmerge the year cells")


def _header_end(start: int, merged: list[tuple[int, int, int, int]], text: list[list[str]]) -> int:
    """The last header row: merged headings starting in the header rows reach down to it, and a
    heading merged across year columns (``年份`` over 2015 … 2020) has the years in the row below."""
    end = start
    for _ in range(4):
        reach = end
        for top, left, bottom, right in merged:
            if start <= top <= end:
                reach = max(reach, bottom)
                below = text[bottom + 1] if bottom + 1 < len(text) else []
                if right > left and bottom == end and any(
                        observations.header_role(cell) == "years" for cell in below[left:right + 1]):
                    reach = max(reach, end + 1)
        if reach == end:
            break
        end = reach
    return end


def _title_unit(path: str, sheet: str, titles: list[list[str]], has_unit_column: bool) -> str | None:
    """The unit a title cell above the table gives (``单位：万人``, ``表1 妇幼健康（单位：‰）``), checked; None if there is
    none, or if it points to the unit column (``单位：见各指标``)."""
    for r, cells in enumerate(titles):
        for c, cell in enumerate(cells):
            unit = _line_unit(path, sheet, r + 1, c + 1, cell, has_unit_column)
            if unit is not None:
                return unit or None
    return None


def _unit_words(cell: str) -> str | None:
    """The words a title cell gives as the table's unit: the whole cell ``单位：万人``, or a caption's end
    (``表1 妇幼健康（单位：‰）``, ``表2 健康素养  单位：%``); None where it gives none."""
    if "单位" not in cell:  # (a cheap look first: every row of a sheet asks)
        return None
    match = observations.UNIT_LINE.fullmatch(cell) or _CAPTION_UNIT.fullmatch(cell)
    return next(group for group in match.groups() if group) if match else None


def _line_unit(path: str, sheet: str, line: int, column: int, cell: str, has_unit_column: bool) -> str | None:
    """The unit the title cell at ``line``, ``column`` gives, checked: None where it gives none, "" where it names none
    but points to the unit column (``单位：见各指标``, ``单位：见单位栏``: the rows' own units are read)."""
    words = _unit_words(cell)
    if words is None:
        return None
    where = Location(path, line, column, sheet=sheet)
    if _SEE_COLUMN.fullmatch(words.strip()):
        if not has_unit_column:
            raise CheckerError(f"the title's unit {cell.strip()!r} points to a unit column, and the table has none",
                               where, hint="add a 单位 column, or write the unit in the title (单位：万人)")
        return ""
    if has_unit_column:
        raise CheckerError(
            f"the sheet gives the unit {cell.strip()!r} above the table and has a unit column too",
            where, hint="keep one: delete the title's unit or the unit column")
    try:
        return units.canonical(words.strip(), where)
    except CheckerError as error:
        raise error.relocated(where) from None


def _units_of_tables(path: str, sheet: str, rows: list[tuple[int, list[str]]], indicator: int, values: set[int],
                     first: str | None, has_unit_column: bool, width: int, heading: str = "indicator") -> bool:
    """Give each row of data, in a 单位 column added at the end (rows padded to ``width`` first), the unit of the 单位
    line over its own table (``first``: the line over the sheet's first table); whether the column was added (no table
    has such a line: none).

    Each table on a sheet is read in its own unit: a second table's 单位 line (alone, or at its title's end,
    ``表2 健康素养 | | 单位：%``) holds for the rows below it, never for the first table's, and its cell is taken off the
    line (it was read as a value of the first table). A header repeated under a ``续表`` line, or with nothing between,
    continues the table and its unit; one under a title of its own and no 单位 line, below a table that had one, is
    refused at that title once a row would need a unit: the first table's was read for it (31.87% became 3.187%).
    ``heading``: the role of the ``indicator`` column's header (a table by place's is its 地区), which a header
    repeated shows."""
    given: dict[int, str | None] = {}  # row index → the unit its 单位 line gives (None for 见各指标)
    given_at: dict[int, tuple[int, int, str]] = {}  # row index → the line, column and cell of its 单位 line
    for index, (line, cells) in enumerate(rows):
        if "单位" not in "\x00".join(cells):  # (a cheap look first: every row of a sheet asks)
            continue
        for c, cell in enumerate(cells):
            if _unit_words(cell) is None or any(
                    str(other).strip() for at, other in enumerate(cells) if at != c and at in values):
                continue  # (a row of data, a 单位 in a name: no unit line)
            given[index] = _line_unit(path, sheet, line, c + 1, cell, has_unit_column) or None
            given_at[index] = (line, c + 1, cell)
            cells[c] = ""  # the line is a title (its words, if any, in the indicator cell) or nothing
            break
    if first is None and not any(given.values()):
        return False
    unit: str | _Unsure | None = first
    lined = False  # a 单位 line since the last row of data …
    lined_at = (0, 0, "")  # … its line, column and cell
    pending: str | None = None  # … and the unit it gives
    titled: int | None = None  # the first line of a title since the last row of data
    continued = False  # a 续表 line since the last row of data
    kinds: dict[str, tuple[bool, bool]] = {}  # a name → (it heads a table, it carries its own unit): names repeat
    for index, (line, cells) in enumerate(rows):
        texts = [str(cell) for cell in cells]
        if observations.continued_line(texts):
            continued = True
            continue  # a 续表 line: no row of data
        cells += [""] * (width - len(cells))
        name = texts[indicator] if indicator < len(texts) else ""
        kind = kinds.get(name)
        if kind is None:
            kind = kinds[name] = (observations.header_role(name) == heading, _own_unit(name))
        heads, own = kind
        if index in given:
            lined, pending, titled, lined_at = True, given[index], titled or line, given_at[index]
        elif heads:  # the header repeated, or a second table's
            if lined:
                unit = pending
            elif unit is not None and titled is not None and not continued:
                unit = _Unsure(titled)
            lined, pending, titled, continued = False, None, None, False
            cells.append("单位")
            continue
        elif not any(texts[c].strip() for c in values if c < len(texts)):  # no value: a title, a note, or nothing
            if any(text.strip() for text in texts) and not observations.footnote_line(texts) \
                    and not observations.signature_line(texts):
                titled = titled or line
        else:  # a row of data: a 单位 line among the rows gives the unit of those below it
            if lined:
                unit = pending
            lined, pending, titled, continued = False, None, None, False
            if isinstance(unit, _Unsure) and not own:
                raise CheckerError(
                    f"the table titled at row {unit.title} has no 单位 line of its own, and a table above it has one: "
                    "which unit its rows are in is not for a guess", Location(path, unit.title, indicator + 1,
                                                                              sheet=sheet),
                    hint="give each table its own 单位 line (单位：%), or write 续表 above the header if the table goes on")
            cells.append("" if own else unit or "")
            continue
        cells.append("")
    if lined and pending:  # a 单位 line under the last table's rows, none below it: never passed over
        line, column, cell = lined_at
        raise observations.unit_below_error(cell, Location(path, line, column, sheet=sheet))
    return True


@dataclass(frozen=True)
class _Unsure:
    """The unit of a second table under a first that had a 单位 line, with a title (at row ``title``) and no 单位 line
    of its own: not for a guess."""

    title: int


def _own_unit(name: str) -> bool:
    """Whether an indicator cell carries its own unit in brackets (``婴儿死亡率（‰）``)."""
    match = _NAME_UNIT.fullmatch(name)
    return bool(match) and units.is_known(match.group(1))


def _fill_merged_labels(rows: list[tuple[int, list[str]]], merged: list[tuple[int, int, int, int]],
                        labels: set[int], first: int) -> None:
    """A label (region, indicator, year, unit, note) merged down several rows holds for each of them;
    merged value cells are left as they are (one value, shown once, is not several years' values)."""
    if not merged or not rows:
        return
    index = {number - 1: cells for number, cells in rows}
    for top, left, bottom, right in merged:
        if top < first or left not in labels or top not in index:
            continue
        label = index[top][left] if left < len(index[top]) else ""
        for r in range(top + 1, bottom + 1):
            cells = index.get(r)
            if cells is not None and left < len(cells) and not cells[left].strip():
                cells[left] = label


def _drop_footnotes(rows: list[tuple[int, list[str]]]) -> tuple[str, ...]:
    """Remove the footnote rows (and blank rows among them) at the foot of the table; their texts, top first (a
    footnote that marks a year's figures preliminary is a note on them)."""
    taken: list[tuple[int, list[str]]] = []
    while rows:
        filled = [cell for cell in rows[-1][1] if cell.strip()]
        if filled and not (len(filled) == 1 and (re.match(FOOTNOTE, filled[0]) or numbered_line(filled[0]))):
            break
        taken.append(rows.pop())
    top = max((at for at, (_, cells) in enumerate(taken) if any(re.match(FOOTNOTE, cell) for cell in cells)),
              default=-1)
    if any("".join(cells).strip() for _, cells in taken[top + 1:]):
        rows.extend(reversed(taken[top + 1:]))  # 2．… right under the rows, no 注：row above it: no note's clause
        del taken[top + 1:]
    notes: list[str] = []
    for _, cells in reversed(taken):
        for cell in (cell.strip() for cell in cells if cell.strip()):
            if notes and numbered_line(cell) and not re.match(FOOTNOTE, cell):
                notes[-1] += " " + cell  # 注：1．… / 2．2024年数据为快报数。: one note printed a clause a row
            else:
                notes.append(cell)
    return tuple(notes)


# --- the readers ------------------------------------------------------------------------------


class _CalamineValues:
    """Cell values through python-calamine (xlsx, xlsm, xls, ods)."""

    def __init__(self, path: str, data: bytes, calamine):
        self.path, self.calamine = path, calamine
        try:
            self.book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception as error:  # calamine's own error types: a broken or encrypted file
            raise _unreadable(path, error) from None

    def sheet_names(self) -> list[str]:
        return list(self.book.sheet_names)

    def hidden(self) -> set[str]:
        """Hidden sheets and sheets that are not worksheets (charts, macros)."""
        visible, worksheet = self.calamine.SheetVisibleEnum.Visible, self.calamine.SheetTypeEnum.WorkSheet
        return {meta.name for meta in self.book.sheets_metadata if meta.visible != visible or meta.typ != worksheet}

    def _sheet(self, name: str):
        try:
            return self.book.get_sheet_by_name(name)
        except Exception as error:
            raise _unreadable(self.path, error, name) from None

    def rows(self, name: str) -> list[list[object]]:
        try:
            return self._sheet(name).to_python(skip_empty_area=False)
        except CheckerError:
            raise
        except Exception as error:
            raise _unreadable(self.path, error, name) from None

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        ranges = self._sheet(name).merged_cell_ranges or []
        return [(top, left, bottom, right) for (top, left), (bottom, right) in ranges]


class _OpenpyxlValues:
    """Cell values through openpyxl in read-only mode (xlsx, xlsm), when python-calamine is missing."""

    def __init__(self, path: str, data: bytes):
        self.path = path
        if not data.startswith(_ZIP):
            raise CheckerError("reading .xls and .ods workbooks needs python-calamine", Location(path),
                               hint="pip install python-calamine (it comes with checker), or save the sheet as .xlsx or CSV")
        import openpyxl

        try:
            self.book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:
            raise _unreadable(path, error) from None

    def sheet_names(self) -> list[str]:
        return list(self.book.sheetnames)

    def hidden(self) -> set[str]:
        """Hidden sheets."""
        return {sheet.title for sheet in self.book.worksheets if sheet.sheet_state != "visible"}

    def rows(self, name: str) -> list[list[object]]:
        sheet = self.book[name]
        return [list(row) for row in sheet.iter_rows(values_only=True)]

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        return []


def _values_reader(path: str, data: bytes):
    data = _without_macro_sheets(_parts_in_utf8(path, data))
    try:
        import python_calamine
    except ImportError:
        try:
            return _OpenpyxlValues(path, data)
        except ImportError:
            raise CheckerError("reading workbooks needs python-calamine (or openpyxl)", Location(path),
                               hint="pip install python-calamine, or save the sheet as CSV UTF-8") from None
    return _CalamineValues(path, data, python_calamine)


#: the parts of sheets that hold no table: Excel 4.0 macro sheets and dialog sheets (a chart sheet the value reader
#: knows and passes over)
_MACRO_PARTS = ("xl/macrosheets/", "xl/dialogsheets/")


def _without_macro_sheets(data: bytes) -> bytes:
    """The workbook ``data`` with its Excel 4.0 macro and dialog sheets taken out of its list of sheets: the value
    reader knows no such sheet and refused the whole file ("Cannot detect file format"), though its data sheets are
    sound; they hold no table, and are passed over as a chart sheet is. ``data`` as it is where there is none (one
    look at the zip's names), and where the parts to change are not plainly written (the reader then says what is
    wrong)."""
    if not data.startswith(_ZIP):
        return data
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if not any(name.lower().startswith(_MACRO_PARTS) for name in archive.namelist()):
            return data
        book, rels = archive.read("xl/workbook.xml"), archive.read("xl/_rels/workbook.xml.rels")
    except (zipfile.BadZipFile, KeyError, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
        return data
    if declares_entities(book) or declares_entities(rels):
        return data
    ids = set()
    for relation in re.finditer(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>", rels):
        target = re.search(rb"""\bTarget\s*=\s*["']([^"']*)["']""", relation.group(0))
        key = re.search(rb"""\bId\s*=\s*["']([^"']*)["']""", relation.group(0))
        if target and key and re.search(rb"(?i)(?:^|/)(?:macrosheets|dialogsheets)/", target.group(1)):
            ids.add(key.group(1))
    if not ids:
        return data
    kept = re.sub(rb"""<(?:[\w.-]+:)?sheet\b[^>]*?\b[\w.-]+:id\s*=\s*["']([^"']*)["'][^>]*?/>""",
                  lambda sheet: b"" if sheet.group(1) in ids else sheet.group(0), book)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in archive.infolist():
            rewritten.writestr(info, kept if info.filename == "xl/workbook.xml" else archive.read(info))
    return out.getvalue()


def _undeclared_entity(reference: bytes, where: str, location: Location) -> CheckerError:
    """The refusal of a workbook whose part (``where``: "the sheet", "its part xl/sharedStrings.xml") writes the entity
    ``reference`` that nothing declares: not well-formed XML (Excel repairs such a file), and the value reader reads the
    cell as empty — a fail turned n/a without a word."""
    return CheckerError(f"cannot read the workbook: {where} writes the entity reference "
                        f"{reference.decode('utf-8', 'replace')!r}, which nothing declares (not well-formed XML) and "
                        "the value reader reads as empty", location, hint="save it again from Excel, WPS or LibreOffice")


def _parts_in_utf8(path: str, data: bytes) -> bytes:
    """The workbook ``data`` with each XML part saved in another encoding (``encoding="GBK"``, UTF-16 with its byte
    order mark) written in UTF-8, as :func:`checker.data.sheetxml.as_utf8` gives it to the fact readers: the value
    reader reads UTF-8 alone, and refused a GBK sheet as damaged and read a UTF-16 one as empty. ``data`` as it is
    (after a look at each part's first bytes) where every part is UTF-8, and for a file that is no zip."""
    if not data.startswith(_ZIP):
        return data
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        odd = []
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    head = part.read(512)
                if not written_in_utf8(head):
                    odd.append(info)
        if not odd:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as rewritten:
            for info in archive.infolist():
                with archive.open(info) as part:
                    body = part.read(observations.MAX_BYTES + 1)
                if len(body) > observations.MAX_BYTES:
                    raise CheckerError(f"the workbook's part {info.filename} holds more than the limit of "
                                       f"{observations.MAX_BYTES / 2**20:g} MB once unpacked", Location(path),
                                       hint="save the sheet as CSV, or raise the limit with `checker --max-file-mb N …`")
                rewritten.writestr(info, as_utf8(body) if info in odd else body)
        return out.getvalue()
    except ValueError as error:
        raise CheckerError(f"cannot read the workbook: a part {error}", Location(path),
                           hint="save it again from Excel, WPS or LibreOffice") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
        return data  # (the value reader says what is wrong with it)


def _unreadable(path: str, error: Exception, sheet: str | None = None) -> CheckerError:
    kind = type(error).__name__
    hint = "save it again from Excel, WPS or LibreOffice as .xlsx, or as CSV UTF-8"
    if "Password" in kind or "password" in str(error).lower() or "encrypt" in str(error).lower():
        hint = "remove the workbook's password (File → Info → Protect Workbook), or save the sheet as CSV UTF-8"
    return CheckerError(f"cannot read the workbook ({str(error).strip() or kind}): it is damaged, protected or not a "
                        "workbook", Location(path, sheet=sheet), hint=hint)


# --- what only the xlsx file itself tells: merged cells, formulas without a value, percent formats ------


#: a cell, its attributes and its body; patterns are written for a namespace prefix as XML allows one (``x:``, ``a-b:``,
#: ``a.b:``) and an end tag with space before its ``>`` (``</c >``): both are legal, and the value reader reads them
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\b([^>]*?)(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?c\s*>)", re.S)
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?si\s*>)", re.S)
#: a shared string's start tag (counting them counts the strings)
_STRING_OPENED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si\b")
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_CDATA = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.S)
_RUN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?r\b[^>]*>(.*?)</(?:[A-Za-z_][\w.-]*:)?r\s*>", re.S)
_RUN_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?t\b[^>]*>(.*?)</(?:[A-Za-z_][\w.-]*:)?t\s*>", re.S)
_PHONETIC = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?rPh\b.*?</(?:[A-Za-z_][\w.-]*:)?rPh\s*>", re.S)
_RAISED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?vertAlign\s+val\s*=\s*[\"'](superscript|subscript)[\"']")
_STRUCK = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?strike\b(?![^>]*val\s*=\s*[\"'](?:0|false)[\"'])[^>]*(?:/>|>\s*</(?:[A-Za-z_][\w.-]*:)?strike\s*>)")
_CELL_TYPE = re.compile(rb"\bt\s*=\s*[\"']([^\"']*)[\"']")
_ATTRIBUTE = re.compile(rb'\b(r|s)\s*=\s*["\x27]([^"\x27]*)["\x27]')
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>[^<]|<(?:[A-Za-z_][\w.-]*:)?is[\s>]")  # a saved value: <v>3</v>, not <v></v> or <v/>
_ERROR_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)<")
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_COL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\b([^>]*?)/?>")
_TAG_ATTRIBUTE = re.compile(rb'\b(\w+)="([^"]*)"')
#: a row or column shut to no height or width (ht="0", not the margins' right="0.7"; found by its literal, fast)
_SHUT_ROW = re.compile(rb'ht="(?<![\w.:-]ht=")[0.]+"')
_SHUT_COLUMN = re.compile(rb'width="(?<![\w.:-]width=")[0.]+"')
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*\bref="([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?"')
_PERCENT_FORMATS = {9, 10}  # Excel's built-in 0% and 0.00%
#: a workbook's main namespace, and the one of its relationship ids (r:id), as Excel saves it: transitional (the
#: usual .xlsx), or Strict Open XML (Excel's "Strict Open XML Spreadsheet"), whose values the value reader reads as well
_NAMESPACES = {"{http://schemas.openxmlformats.org/spreadsheetml/2006/main}":
               "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}",
               "{http://purl.oclc.org/ooxml/spreadsheetml/main}": "{http://purl.oclc.org/ooxml/officeDocument/relationships}"}
_NS_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


#: a reference to a row from 100,000 on, or to a column from AA on
_FAR_REFERENCE = re.compile(rb' r="(?:[A-Z]{0,3}\d{6}|[A-Z]{2})')


#: a cell that holds something (``<c r="B12" t="s"><v>3</v>``), not an empty one kept for its format (``<c r="A1048576"
#: s="1"/>``, which the reader leaves out of the rectangle): its column letters and row number
_FILLED_CELL = rb' r="([A-Z]{%s})(\d{%s})"[^>]*(?<!/)>(?!</)'


def _last_row(xml: bytes) -> int:
    """The highest row number of a cell that holds something (``r="B12"``)."""
    for digits in range(7, 0, -1):  # the longest numbers first: only they can hold the highest
        found = [int(m.group(2)) for m in re.finditer(_FILLED_CELL % (b"1,3", str(digits).encode()), xml)]
        if found:
            return max(found)
    return 0


def _widest_column(xml: bytes) -> int:
    """The number of the rightmost column of a cell that holds something (``r="AB12"`` is 28), 1 where none."""
    for letters in (b"3", b"2", b"1"):
        found = [m.group(1) for m in re.finditer(_FILLED_CELL % (letters, b"1,7"), xml)]
        if found:
            width = 0
            for letter in max(found).decode():
                width = width * 26 + ord(letter) - 64
            return width
    return 1


def _rich_strings(xml: bytes) -> dict[int, str]:
    """The shared strings (by index) written in runs of which one is raised, lowered or struck, as the cell shows them."""
    if b"vertAlign" not in xml and b"strike" not in xml:
        return {}
    found = {}
    # (comments and processing instructions hold no string, and a CDATA section is text: as the value reader reads them)
    for index, match in enumerate(_SHARED_STRING.finditer(without_markup(xml))):
        body = match.group(1)
        if body and (b"vertAlign" in body or b"strike" in body):
            text = _rich_text(body)
            if text is not None:
                found[index] = text
    return found


def _rich_text(body: bytes) -> str | None:
    """A string's runs as the cell shows them, where a run is raised, lowered or struck (see :func:`shown_runs`); None
    where no run is."""
    parts: list[tuple[str, str]] = []
    for run in _RUN.finditer(_PHONETIC.sub(b"", body)):
        text = html.unescape("".join(_CDATA.sub(rb"\1", t).decode("utf-8", "replace") for t in _RUN_TEXT.findall(run.group(1))))
        raised = _RAISED.search(run.group(1))
        parts.append(("struck" if _STRUCK.search(run.group(1)) else raised.group(1).decode() if raised else "plain", text))
    return shown_runs(parts)


def _sections(written: str) -> list[str]:
    """A number format's first three sections (positive; negative; zero): split at each ``;`` outside quotes."""
    return re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', written)[:3] if written else []


#: a number format's parts: quoted text, an escaped character (``\\.`` or ``!.``), a [bracket], a padding or repeated
#: character, or one
_FORMAT_PART = re.compile(r'"([^"]*)"|[\\!](.)|(\[[^\]]*\])|([_*].?)|(.)', re.S)


def _words_beside(section: str) -> tuple[str, str, int] | None:
    r"""The words a number format's section writes before and after the number (``"约"0.0`` → 约, ``0.00"%"`` → %,
    ``0.0\%`` and ``0.0‰`` → ‰): its quoted and escaped text, and the letters it writes unquoted (月, ‰: Excel
    writes them as typed); and the power of ten it divides the number by to show it: 3 for each comma after its last
    digit (``#,##0,`` shows 13020000 as 13,020; ``0.0,,`` in millions), and one for each digit after a dot it writes
    as text among its digits with no decimal point of its own (``0!.0,"万"`` shows 13020000 as 1302.0万, the usual
    Chinese 万 format). None where it writes no words but spaces and signs and does not scale, or it shows no number
    (a date, a time, text: ``@``). A currency sign (¥, $) names money, not a magnitude: the row's unit says which."""
    parts: list[tuple[str, str]] = []  # (digit, point, comma or text; what it writes)
    for quoted, escaped, _, _, code in _FORMAT_PART.findall(re.sub("(?i)general", "0", section)):
        if code:  # (a bracket — [Red], [>=100], [DBNum1], [$¥-804] — and _) *- write no words)
            if code in "0#?":
                parts.append(("digit", code))
            elif code in ".,":
                parts.append(("point" if code == "." else "comma", code))
            elif code in "Ee" and any(kind == "digit" for kind, _ in parts):
                continue  # 0.00E+00: a number's exponent
            elif code.lower() in "ymdhsab@":  # (b: a Buddhist year; a/p: a.m. and p.m.)
                return None
            elif not code.isascii():
                parts.append(("text", code))  # 0.0月, 0.00‰ as Excel shows them
            continue
        parts.append(("text", quoted or escaped))
    digits = [at for at, (kind, _) in enumerate(parts) if kind == "digit"]
    if not digits:
        return None
    first, last = digits[0], digits[-1]
    # a comma with no digit after it (or only a decimal point) divides by 1,000; one between digits separates thousands
    scale = 3 * sum(1 for at, (kind, _) in enumerate(parts) if kind == "comma" and at > first and
                    not any(k == "digit" for k, _ in parts[at + 1:next((p for p in range(at + 1, len(parts))
                                                                        if parts[p][0] == "point"), len(parts))]))
    inside = [at for at in range(first, last) if parts[at][0] == "text" and parts[at][1].strip()]
    has_point = any(kind == "point" for kind, _ in parts[first:last])
    if len(inside) == 1 and parts[inside[0]][1] == "." and not has_point:
        scale += sum(1 for kind, _ in parts[inside[0]:] if kind == "digit")  # 0!.0: the last digit after a dot
        parts[inside[0]] = ("point", ".")
    before = "".join(text for kind, text in parts[:first] if kind == "text")
    after = "".join(text for kind, text in parts[first:] if kind == "text")
    words = tuple("".join(ch for ch in part if unicodedata.category(ch) != "Sc").strip() for part in (before, after))
    return (*words, scale) if any(words) or scale else None


class _XlsxFacts:
    """The parts of an xlsx file the value readers leave out, read from its XML."""

    def __init__(self, data: bytes, path: str):
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.parts: dict[str, str] = {}
        #: the cell styles formatted as a percentage in some of their sections (positive; negative; zero): which
        self.percent_styles: dict[bytes, tuple[bool, ...]] = {}
        #: the cell styles whose number format shows nothing (;;;): a value there is hidden in plain sight
        self.invisible_styles: set[bytes] = set()
        #: the cell styles whose number format shows a date as its year alone (yyyy"年")
        self.year_styles: set[bytes] = set()
        #: the cell styles whose number format writes words beside a number (0.00"%", #,##0"人") or scales it
        #: (#,##0, in thousands): per section, the words before and after it and the power of ten it divides it by,
        #: or None where that section does neither
        self.worded_styles: dict[bytes, tuple[tuple[str, str, int] | None, ...]] = {}
        #: the cell styles whose font strikes the cell through (a withdrawn figure)
        self.struck_styles: set[bytes] = set()
        self.xml: dict[str, bytes] = {}
        #: an OpenDocument spreadsheet's facts, where the file is one (see :func:`_facts_of`)
        self.ods: OdsFacts | None = None
        #: the workbook asks to be calculated when opened: formulas all saved as 0 or nothing were never calculated
        self.recalculated_on_open = False
        #: the workbook carries the calculation chain a spreadsheet program saves after calculating its formulas
        self.calculated = False
        #: shared strings (by index) with a raised, lowered or struck part, as the cell shows them (see _rich_text)
        self.rich_strings: dict[int, str] = {}
        #: how many shared strings the workbook holds (0 without the part): an index past them is refused at its cell
        self.string_count = 0
        #: what the file is, as a refusal of one of its parts names it
        self.kind = "Excel files"
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = set(self.zip.namelist())
            _one_entry_per_name(self.zip.namelist(), path)
            if "content.xml" in names and "xl/workbook.xml" not in names:
                self.kind = "OpenDocument spreadsheets (.ods: LibreOffice, WPS)"
                # (value-type='percentage' too; a row in a comment, a formula's > in its attribute: as for .xlsx)
                content = plainly_written(self._part("content.xml", placed=True))
                if (entity := undefined_entity(content)) is not None:  # (at its sheet: named by its table)
                    tables = re.findall(rb'<table:table\b[^>]*?table:name="([^"]*)"', content[:entity[1]])
                    raise _undeclared_entity(entity[0], "the spreadsheet", Location(path, sheet=html.unescape(
                        tables[-1].decode("utf-8", "replace")) if tables else None))
                styles = plainly_written(self._part("styles.xml")) if "styles.xml" in names else b""
                self.ods = OdsFacts(content, styles, path)
                self.zip = None
                return
            self.parts, kinds = self._sheet_parts()
            strings = kinds.get("sharedStrings", "xl/sharedStrings.xml")
            if strings in names:
                # refused if it declares entities, as a sheet is; its strings written in parts of their own formatting
                shared = self._part(strings)
                self.rich_strings = _rich_strings(shared)
                self.string_count = len(_STRING_OPENED.findall(without_markup(shared) if b"<!" in shared else shared))
            self._format_styles(kinds.get("styles", "xl/styles.xml"))
            # XlsxWriter (pandas' writer) saves 0 as every formula's value and asks Excel to calculate on opening
            self.recalculated_on_open = re.search(rb'fullCalcOnLoad\s*=\s*["\'](?:1|true)["\']',
                                                  self._part("xl/workbook.xml")) is not None
            # Excel (and WPS) save the chain of formulas they calculated: zeros there are the formulas' own values
            # (a county's 孕产妇死亡率 of 0 deaths), never a writer's placeholders
            self.calculated = "xl/calcChain.xml" in names or (
                "docProps/app.xml" in names and re.search(rb"<Application>(?:Microsoft Excel|WPS[^<]*)</Application>",
                                                          self.zip.read("docProps/app.xml")[:4096]) is not None)
        except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
            self.zip = None  # not a readable xlsx (no workbook part): the value reader says what is wrong
        # (a part that is there but is no XML ElementTree reads is refused at that part by _parsed: the value reader
        # reads past what it does not understand, and reading on without the facts read error cells as missing)

    def _sheet_parts(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each sheet's part by its name, and the workbook's other parts by their kind (``styles``,
        ``sharedStrings``): where the workbook's relationships say they are (Excel's xl/styles.xml, or any other)."""
        book = self._parsed("xl/workbook.xml")
        main = self._namespace(book, "xl/workbook.xml")
        rels = self._parsed("xl/_rels/workbook.xml.rels")
        targets, kinds = {}, {}
        # a part's name is case-insensitive (OPC): Worksheets/Sheet1.xml is the entry xl/worksheets/sheet1.xml, where
        # the value reader finds it too
        entries = {name.casefold(): name for name in self.zip.namelist()}
        for rel in rels.iter(f"{_NS_PACKAGE_REL}Relationship"):
            target = rel.get("Target", "")
            target = posixpath.normpath(target.lstrip("/") if target.startswith("/") else f"xl/{target}")
            target = entries.get(target.casefold(), target)
            targets[rel.get("Id")] = target
            kinds.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], target)
        parts: dict[str, str] = {}
        for sheet in book.iter(f"{main}sheet"):
            name = sheet.get("name", "")
            if name in parts:  # the value reader reads the first, a dict by name would give the facts of the last
                raise CheckerError(f"cannot read the workbook: it names two sheets {name!r}, which Excel never saves "
                                   "(it repairs such a file): which one is meant is not for a guess",
                                   Location(self.path, sheet=name), hint="rename one of the sheets, or save the "
                                   "workbook again from Excel, WPS or LibreOffice")
            parts[name] = targets.get(sheet.get(f"{_NAMESPACES[main]}id"), "xl/")
        return parts, kinds

    def _namespace(self, root: ElementTree.Element, part: str) -> str:
        """The main namespace of ``part`` (its root element ``root``), transitional or strict; another is refused at
        the workbook: none of its facts (error cells, hidden rows, percent formats) could be read, and its values were
        read without them (a Strict Open XML file had its #DIV/0! read as missing, its hidden rows judged)."""
        namespace = root.tag[:root.tag.find("}") + 1]
        if namespace not in _NAMESPACES:
            raise CheckerError(f"cannot read the workbook: its part {part} is written in the namespace "
                               f"{namespace.strip('{}') or '(none)'!r}, which is neither Excel's transitional nor its "
                               "strict one", Location(self.path), hint="save it again from Excel, WPS or LibreOffice")
        return namespace

    def _format_styles(self, part: str) -> None:
        """Read the cell styles (``s="…"``) from the styles ``part``: those formatted as a percentage, with which of
        their format's sections (positive; negative; zero) show one; those whose format shows nothing (``;;;``); those
        that show a date as its year alone (``yyyy"年"``: 2024-03-01 shows 2024年); those whose format writes words
        beside the number (``0.00"%"``, ``#,##0"人"``); and those whose font strikes the cell through."""
        if part not in self.zip.namelist():
            return
        styles = self._parsed(part)
        main = self._namespace(styles, part)
        percent: dict[int, tuple[bool, ...]] = dict.fromkeys(_PERCENT_FORMATS, (True,))
        invisible, year_only, worded = set(), set(), {}
        for number_format in styles.iter(f"{main}numFmt"):
            written = number_format.get("formatCode", "")
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", written)
            number = self._style_id(number_format, "numFmtId", part, default=-1)
            sections = [part.casefold() for part in code.split(";")[:3]
                        if part.strip() and part.strip() != "@"]  # (the fourth section, and an @ one, show text)
            if sections and all(re.search(r"[ye]", part) and not re.search(r"[mdhs]", part) for part in sections):
                # every section shows the year alone ([>=50000]yyyy;yyyy-mm-dd shows a date in full below 50000)
                year_only.add(number)
            if "%" in code:  # 0.0;-0.0% shows a positive 0.5 as 0.5, a negative one as -50.0%: by section
                percent[number] = tuple("%" in part for part in code.split(";")[:3])
            if written and all(not re.search(r"[0#?@A-Za-z]", re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section))
                               for section in written.split(";")[:3]):  # (no digit, date or text code: yyyy-mm shows)
                # ;;;, ;;;@, "";"";"", "-", "暂无": no number shown, whatever the cell holds
                invisible.add(number)
            elif number not in year_only:
                words = tuple(_words_beside(section) for section in _sections(written))
                if any(words):
                    worded[number] = words
        struck_fonts = {index for index, font in enumerate(styles.iterfind(f"{main}fonts/{main}font"))
                        if (strike := font.find(f"{main}strike")) is not None
                        and strike.get("val", "1").lower() not in ("0", "false")}
        cell_formats = styles.find(f"{main}cellXfs")
        for index, xf in enumerate(cell_formats if cell_formats is not None else ()):
            style, format_id = str(index).encode(), self._style_id(xf, "numFmtId", part)
            if format_id in percent:
                self.percent_styles[style] = percent[format_id]
            if format_id in invisible:
                self.invisible_styles.add(style)
            if format_id in year_only:
                self.year_styles.add(style)
            if format_id in worded:
                self.worded_styles[style] = worded[format_id]
            if self._style_id(xf, "fontId", part) in struck_fonts:
                self.struck_styles.add(style)

    def _style_id(self, element: ElementTree.Element, attribute: str, part: str, default: int = 0) -> int:
        """The number format or font an element of the styles ``part`` names by ``attribute`` (``default`` where it
        names none): an unsigned integer as XML writes one (`` 07 ``). Any other (``abc``, ``1.0``, ``""``) is refused at the
        workbook: which format a cell shows is then unknown, and a percent or a hidden cell read plain is a wrong
        answer (it was an internal error)."""
        written = element.get(attribute)
        if written is None:
            return default
        if re.fullmatch(r"\s*\+?[0-9]+\s*", written) is None:
            raise CheckerError(f"cannot read the workbook: its styles part {part} gives a {attribute} of {written!r}, "
                               "which is no number: which format its cells show is unknown",
                               Location(self.path), hint="save it again from Excel, WPS or LibreOffice")
        return int(written)

    def _xml(self, sheet: str) -> bytes:
        """The sheet's XML (read once: merged cells, formulas and formats are looked for in it)."""
        if self.zip is None:
            return b""
        if sheet not in self.parts:  # the value reader found it by a name the workbook part does not give it
            raise CheckerError("cannot read the workbook: its workbook part names no sheet "
                               f"{sheet!r}, which the value reader reads: its facts (error cells, hidden rows, formats) "
                               "could not be read with it", Location(self.path, sheet=sheet),
                               hint="save it again from Excel, WPS or LibreOffice")
        if sheet not in self.xml:
            try:
                # one sheet at a time in memory, spelled as Excel spells it whatever wrote it (see sheetxml)
                xml = self._part(self.parts[sheet], sheet, placed=True)
                if (odd := misread(xml)) is not None:
                    raise CheckerError("cannot read the workbook: the sheet writes a value or an attribute with a "
                                       f"character reference or as CDATA ({odd.decode('utf-8', 'replace')!r}…), which "
                                       "Excel never writes and the value reader reads as another number or none",
                                       Location(self.path, sheet=sheet), hint="save it again from Excel, WPS or LibreOffice")
                xml = as_excel_writes(xml)
                if (entity := undefined_entity(xml)) is not None:
                    place = cell_position(cell_before(without_markup(xml), entity[1]) or "")
                    raise _undeclared_entity(entity[0], "the sheet", Location(self.path, place[0] + 1, place[1] + 1,
                                                                              sheet=sheet) if place
                                             else Location(self.path, sheet=sheet))
                self._placed_once(xml, sheet)
                self.xml = {sheet: xml}
            except KeyError:  # (its values were read from somewhere: never read them as a sheet without facts)
                raise CheckerError(f"cannot read the workbook: the sheet's part {self.parts[sheet]}, which the "
                                   "workbook's relationships name, is not in the file", Location(self.path, sheet=sheet),
                                   hint="save it again from Excel, WPS or LibreOffice") from None
        return self.xml[sheet]

    def _placed_once(self, xml: bytes, sheet: str) -> None:
        """Refuse the sheet ``xml`` (as Excel spells it) where it writes one cell or row twice, or a shared-string
        cell whose index is no plain number, at that place: the value reader keeps a cell's last copy, a fact reader
        may keep its first (a 4.5 judged as its first copy's 3¹), and it reads ``<v>-1</v>`` as string 0 — another
        cell's text. As a zip with two entries of one name is refused: which copy is meant is not for a guess."""
        if (twice := twice_placed(xml)) is not None:
            kind, place = twice
            where = cell_position(place) if kind == "cell" else (int(place) - 1, None) if place.isdigit() else None
            raise CheckerError(f"cannot read the workbook: the sheet writes {kind} {place} twice, which no spreadsheet "
                               "program writes (a damaged or crafted file: which copy is meant is not for a guess)",
                               Location(self.path, where[0] + 1, None if where[1] is None else where[1] + 1,
                                        sheet=sheet) if where else Location(self.path, sheet=sheet),
                               hint="save it again from Excel, WPS or LibreOffice")
        if (at := odd_string_index(xml)) is not None:
            place = cell_position(cell_before(xml, at + 1) or "")
            raise CheckerError("cannot read the workbook: a cell's shared-string index is no plain number (the value "
                               "reader reads another cell's text there: a damaged or crafted file)",
                               Location(self.path, place[0] + 1, place[1] + 1, sheet=sheet) if place
                               else Location(self.path, sheet=sheet), hint="save it again from Excel, WPS or LibreOffice")
        if (beyond := string_index_beyond(xml, self.string_count)) is not None:
            place = cell_position(cell_before(xml, beyond[0] + 1) or "")
            raise CheckerError(f"cannot read the workbook: a cell names shared string {beyond[1]}, and the workbook "
                               f"holds {self.string_count} (numbered from 0: a damaged or crafted file)",
                               Location(self.path, place[0] + 1, place[1] + 1, sheet=sheet) if place
                               else Location(self.path, sheet=sheet), hint="save it again from Excel, WPS or LibreOffice")

    def _part(self, name: str, sheet: str | None = None, placed: bool = False) -> bytes:
        """A part's XML, in UTF-8, read at most to the data size limit; a damaged part (a bad checksum, a directory
        that understates its size), one that declares a DTD or entities, or one that writes an entity reference nothing
        declares is refused at the workbook: Excel writes none of these, and the value reader reads an entity's cell
        (``<v>&v;</v>``) as empty, a fail turned n/a. ``placed``: the caller looks for that reference itself, to name
        the cell it stands in."""
        try:
            with self.zip.open(name) as part:
                xml = part.read(observations.MAX_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as error:
            raise _unreadable(self.path, error, sheet) from None
        if len(xml) > observations.MAX_BYTES:
            raise CheckerError(f"the workbook's part {name} holds more than the limit of "
                               f"{observations.MAX_BYTES / 2**20:g} MB once unpacked", Location(self.path, sheet=sheet),
                               hint="save the sheet as CSV, or raise the limit with `checker --max-file-mb N …`")
        try:
            xml = as_utf8(xml)
        except ValueError as error:
            raise CheckerError(f"cannot read the workbook: its part {name} {error}", Location(self.path, sheet=sheet),
                               hint="save it again from Excel, WPS or LibreOffice") from None
        # looked for in the decoded text: a UTF-16 part's <\0!\0D\0… got past a look at its bytes
        if declares_entities(xml):
            raise CheckerError(f"cannot read the workbook: its part {name} declares a DTD or entities, which "
                               f"{self.kind} never do (a crafted file: a cell holding an entity would read as empty)",
                               Location(self.path, sheet=sheet), hint="save it again from Excel, WPS or LibreOffice")
        if not placed and (entity := undefined_entity(xml)) is not None:
            raise _undeclared_entity(entity[0], f"its part {name}", Location(self.path, sheet=sheet))
        return xml

    def _parsed(self, name: str) -> ElementTree.Element:
        """The part ``name`` parsed; one that is not well-formed XML (text or a NUL after its root, a prefix never
        declared) is refused at the workbook, the part and the place named: the value reader reads past it, and read on
        without this part's facts an error cell was read as missing, a 95% cell as 0.95%."""
        try:
            return ElementTree.fromstring(self._part(name))
        except ElementTree.ParseError as error:
            raise CheckerError(f"cannot read the workbook: its part {name} is not well-formed XML ({error}), so what "
                               "its cells show (errors, hidden rows, formats) cannot be read with their values",
                               Location(self.path), hint="save it again from Excel, WPS or LibreOffice") from None

    def cells(self, sheet: str, limit: int) -> int:
        """How many cells the sheet is read as, where that may be more than ``limit``: its last row times its
        widest column (a sheet is read as a rectangle from A1, empty cells too: one cell at XFD1048576 makes
        seventeen billion), or the ``<c>`` elements where more."""
        xml = self._xml(sheet)
        count = xml.count(b"<c")  # <c …>, <c>, <c/> (and the few <col>, <cfRule>: a bound, not a count)
        if not count and b":c" in xml:  # cells under a namespace prefix (<x:c r="A1">)
            count = sum(1 for _ in re.finditer(rb"<[A-Za-z_][\w.-]*:c[\s>/]", xml))
        if 99_999 * 26 <= limit and not _FAR_REFERENCE.search(xml):
            return count  # rows below 100,000 and columns within A–Z: within the limit whatever the shape
        return max(count, _last_row(xml) * _widest_column(xml))

    def merged(self, sheet: str) -> list[tuple[int, int, int, int]]:
        xml = self._xml(sheet)
        found = []
        for first, last in _MERGE.findall(xml) if b"mergeCell" in xml else ():
            top_left = cell_position(first.decode())
            bottom_right = cell_position((last or first).decode())
            if top_left and bottom_right:
                found.append((*top_left, *bottom_right))
        return found

    def uncached_formulas(self, sheet: str) -> tuple[list[tuple[int, int]], bool]:
        """Cells with a formula and no saved value, in reading order, and whether the sheet's formulas are stale:
        every one is then listed. A workbook to be calculated on opening (XlsxWriter's, pandas') saves 0 for
        each; one saved again without calculating (LibreOffice, headless) keeps those 0s: formulas all saved as
        0 or nothing, two or more of them or in a workbook to be calculated on opening, are stale. One whose
        formulas hold values of their own (Apache POI, EPPlus calculate them) is read."""
        xml = self._xml(sheet)
        # one fast scan, most sheets having no formula (those under <x:worksheet> are <x:f>)
        if b"<f" not in xml and not (prefixed(xml) and b":f" in xml):
            return [], False
        uncached, every, zeros = [], [], 0
        for attributes, body in _CELL.findall(xml):
            if body and _FORMULA.search(body):
                position = cell_position(dict(_ATTRIBUTE.findall(attributes)).get(b"r", b"").decode()) or (0, 0)
                every.append(position)
                saved = _ERROR_VALUE.search(body)
                if not _VALUE.search(body):
                    uncached.append(position)
                elif saved and saved.group(1).strip() in (b"0", b"0.0"):
                    zeros += 1
        never_calculated = zeros + len(uncached) == len(every)  # no formula holds a value of its own
        if never_calculated and (self.recalculated_on_open or (len(every) >= 2 and zeros and not self.calculated)):
            return every, True
        return uncached, False

    def hidden(self, sheet: str) -> tuple[set[int], set[int]]:
        """The hidden rows and columns of a sheet (0-based), rows a filter hides left out (they are its data)."""
        xml = self._xml(sheet)
        if b'hidden="' not in xml and not _SHUT_ROW.search(xml) and not _SHUT_COLUMN.search(xml):
            return set(), set()  # (three fast scans: a row's tags are read only where one may hide it)
        rows, columns = set(), set()
        if b"<autoFilter" not in xml and b":autoFilter" not in xml:
            for tag in _ROW_TAG.findall(xml):
                values = dict(_TAG_ATTRIBUTE.findall(tag))
                if _unseen(values, b"ht") and values.get(b"r", b"").isdigit():
                    rows.add(int(values[b"r"]) - 1)
        for tag in _COL_TAG.findall(xml):
            values = dict(_TAG_ATTRIBUTE.findall(tag))
            if _unseen(values, b"width") and values.get(b"min", b"").isdigit():
                columns.update(range(int(values[b"min"]) - 1, int(values.get(b"max", values[b"min"]))))
        return rows, columns

    def error_cells(self, sheet: str) -> dict[tuple[int, int], str]:
        """Cells showing an error (``#DIV/0!``, ``#N/A``): calamine reads them as empty cells, which would
        silently become missing values."""
        xml = self._xml(sheet)
        if b't="e"' not in xml:
            return {}
        found = {}
        for attributes, body in _CELL.findall(xml):
            if b't="e"' in attributes:
                reference = dict(_ATTRIBUTE.findall(attributes)).get(b"r", b"").decode()
                shown = _ERROR_VALUE.search(body or b"")
                position = cell_position(reference)
                if position is not None:
                    found[position] = shown.group(1).decode("utf-8", "replace") if shown else "#ERROR"
        return found

    def rich_cells(self, sheet: str) -> dict[tuple[int, int], str]:
        """Cells whose text has a raised, lowered or struck part, as :func:`_rich_text` writes them: the value reader
        joins the parts, and `4` with a raised footnote `1` was read as 41‰, a struck `5` before `4` as 54‰."""
        xml = self._xml(sheet)
        inline = b"inlineStr" in xml and (b"vertAlign" in xml or b"strike" in xml)  # (t="inlineStr" or t='inlineStr')
        if not self.rich_strings and not inline:
            return {}
        found = {}
        for attributes, body in _CELL.findall(xml):
            if not body:
                continue
            text = None
            kind = _CELL_TYPE.search(attributes)
            kind = kind.group(1) if kind else b""
            if kind == b"s" and self.rich_strings:
                index = _ERROR_VALUE.search(body)
                if index and index.group(1).strip().isdigit():
                    text = self.rich_strings.get(int(index.group(1)))
            elif inline and kind == b"inlineStr":
                text = _rich_text(body)
            position = cell_position(dict(_ATTRIBUTE.findall(attributes)).get(b"r", b"").decode()) if text else None
            if position is not None:
                found[position] = text
        return found

    def year_cells(self, sheet: str) -> set[tuple[int, int]]:
        """Cells whose number format shows a date as its year alone (2024-03-01 shown as 2024年)."""
        return set(self._styled_cells(sheet, self.year_styles))

    def invisible_cells(self, sheet: str) -> set[tuple[int, int]]:
        """Cells whose number format shows nothing whatever they hold (``;;;``)."""
        return set(self._styled_cells(sheet, self.invisible_styles))

    def percent_cells(self, sheet: str, grid: list[list[object]]) -> set[tuple[int, int]]:
        """Cells shown as a percentage (their stored fraction ×100 with %): by the section of their format that
        shows their value (positive; negative; zero), as the spreadsheet program shows it."""
        found = set()
        for (r, c), style in self._styled_cells(sheet, self.percent_styles).items():
            sections = self.percent_styles[style]
            if sections[_section(_number_at(grid, r, c), len(sections))]:
                found.add((r, c))
        return found

    def worded_cells(self, sheet: str, grid: list[list[object]]) -> dict[tuple[int, int], str]:
        """Numbers whose format writes words beside them, as the cell shows them: 0.6 formatted ``0.00"%"`` is
        ``0.6%``, 13020000 formatted ``#,##0"人"`` ``13020000人``; the value reader reads a unit there as the unit it
        is (converted, or refused where it does not fit the row's), never the number alone in the row's unit."""
        found = {}
        for (r, c), style in self._styled_cells(sheet, self.worded_styles).items():
            number = _number_at(grid, r, c)
            sections = self.worded_styles[style]
            section = _section(number, len(sections))
            if number is None or sections[section] is None:
                continue
            before, after, scale = sections[section]
            percent = self.percent_styles.get(style, ())
            if section == 1:
                number = abs(number)  # a negative number's own section writes its sign, if any
            if section < len(percent) and percent[section]:  # 0.0%, shows 950 as 95.0%
                shown = f"{before}{number_text(float(number) / 10 ** scale * 100)}%{after}"
            else:  # #,##0, shows 13020000 as 13,020: 13020千, a figure in thousands
                shown = scaled_text(float(number), 10 ** scale, before, after)
            found[(r, c)] = shown
        return found

    def struck_cells(self, sheet: str, grid: list[list[object]]) -> dict[tuple[int, int], str]:
        """Filled cells struck through by their style, written ``~~5~~`` as a struck part of a cell's text is (see
        :func:`_rich_text`): a withdrawn figure, which no reader takes for a number."""
        found = {}
        for r, c in self._styled_cells(sheet, self.struck_styles):
            value = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
            if _filled(value) and not (isinstance(value, str) and not value.strip()):
                found[(r, c)] = f"~~{value if isinstance(value, str) else _plain_text(value)}~~"
        return found

    def _styled_cells(self, sheet: str, styles: Collection[bytes]) -> dict[tuple[int, int], bytes]:
        """The positions of the sheet's cells of one of ``styles`` (their ``s="…"``), with the style of each: only
        those cells are looked at (every cell and row carries its r first, see :mod:`checker.data.sheetxml`)."""
        xml = self._xml(sheet)
        if not styles:
            return {}
        choice = b"|".join(sorted(styles))
        # (a fast scan: its literal leads; an id as XML writes an unsigned integer, s=" 02 " too)
        if re.search(rb's="\s*0*(?:' + choice + rb')\s*"', xml) is None:
            return {}
        styled = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c r="([A-Z]{1,3}[0-9]{1,7})"[^>]*?\ss="\s*0*(' + choice + rb')\s*"')
        found = {}
        for reference, style in styled.findall(xml):
            position = cell_position(reference)
            if position is not None:
                found[position] = style
        return found


def _facts_of(data: bytes, path: str) -> "_XlsxFacts | OdsFacts | None":
    """What the value reader leaves out of the workbook ``data``: an .xlsx file's facts or an .ods file's; None for an
    .xls file (none are read)."""
    if not data.startswith(_ZIP):
        return None
    facts = _XlsxFacts(data, path)
    return facts.ods or facts


def _one_entry_per_name(names: list[str], path: str) -> None:
    """Refuse a zip holding two entries of one name (part names are case-insensitive): the readers here take the last,
    Excel's repair or an unzip tool may show the first, so what a reviewer opens could differ from what was judged."""
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise CheckerError(f"cannot read the workbook: its zip holds two entries named {name!r}, which no "
                               "spreadsheet program writes (a damaged or crafted file: which copy is meant is not for a "
                               "guess)", Location(path), hint="save it again from Excel, WPS or LibreOffice")
        seen.add(name.casefold())


def _number_at(grid: list[list[object]], r: int, c: int) -> int | float | None:
    """The number in ``grid`` at (r, c); None where the cell holds none."""
    value = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _section(number: int | float | None, count: int) -> int:
    """Which of a number format's ``count`` sections (positive; negative; zero) shows ``number``."""
    return 1 if number is not None and number < 0 and count > 1 else 2 if number == 0 and count > 2 else 0
