"""The columnar reader: large long-layout CSV files read with polars (the optional ``scale`` extra).

A national file has millions of rows; reading them one by one in Python costs many times what the
file takes to parse. When polars and numpy are installed (``pip install 'health-plan-checker[scale]'``) and the
data is large (``checker.data.readers.COLUMNAR_FROM_BYTES``, 8 MiB), ``read_observations`` hands the
files here. This module reads them into columns and keeps them so: a region's series is a view of
those columns, and a :class:`~checker.data.matching.Point` is made only when a rule asks for it.

It reads exactly what the row reader reads, and only that. Every cell that is not a plain number,
an empty cell or a repeated name, year, unit or region goes through the row reader's own functions
(``checker.data.observations.RowCollector``), so the two cannot drift apart. A file it cannot read exactly
as the row reader would, and every file with a problem, goes back to the row reader, which reads it
and reports the problem at its cell as always (:class:`Unsuitable`): files with quotes, bare
carriage returns, blank-looking rows of spaces, more cells than the header, the wide layout,
another encoding than UTF-8, duplicate rows, impossible values, units that do not convert. A test
(tests/test_columnar.py) holds both readers to identical results and errors.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from checker.digests import sha256
from checker.errors import CheckerError, Location
from checker.judge.precision import READ_DIGITS, as_read
from checker.data.limits import limits_for
from checker.language.units import rate_unit
from checker.data.matching import (Dataset, Point, FAR_OFF, MAGNITUDE_OFF, RATE_OFF, counting_word_of_rate, may_be_refused,
                                   has_level_targets, name_table, parents_as_series, population_of, rate_of_name, resolve_name,
                                   to_plan_unit,
                                   whole_names_of, yes_stands_for)
from checker.data.observations import (admin_code, code_digits_lost, is_group, is_target_note, is_whole_total,
                                       place_variants, qualified_region, unplaced_namesakes, yes_or_no)
from checker.data.observations import (
    MAX_COLUMNS,
    MAX_ROWS,
    NONZERO_DIGITS,
    DataFile,
    Observation,
    RegionCells,
    RowCollector,
    header_columns,
    parents_from_codes,
    sniff_delimiter,
    read_data_bytes,
    max_cells,
    read_rows,
)
from checker.plan.model import Plan
from checker.judge.results import UnknownIndicator
from checker.data.suggest import Suggester
from checker.records import replace

#: A value cell read without Python: a plain ASCII number, exactly as the row reader's fast case.
_PLAIN = r"^[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$"


class Unsuitable(Exception):
    """This input is for the row reader (which reads it, or reports its problem at the cell)."""


def available() -> bool:
    """Whether numpy and polars are installed, found without importing them: :func:`read` imports them while the
    first file is read beside (an install that fails to import leaves the files to the row reader)."""
    from importlib.util import find_spec

    try:
        return find_spec("numpy") is not None and find_spec("polars") is not None
    except (ImportError, ValueError):  # ValueError: a module in sys.modules without a spec
        return False


# --- the columns -------------------------------------------------------------------------------


@dataclass
class Columns:
    """Every observation of one read, one entry a row, in source order (files in turn).

    Names, regions and units are codes into their lists (-1: none); ``missing`` marks value cells
    that say "no value"; ``texts`` holds each row's value cell as written; ``notes`` holds the rows that
    have annotations or note cells.
    """

    file: object  # numpy int16: index into files
    line: object  # numpy int32: physical line of the row
    column: object  # numpy int16: 1-based column of the value cell
    indicator: object  # numpy int32: index into indicator_names
    region: object  # numpy int32: index into region_names, -1 for none
    year: object  # numpy int16
    value: object  # numpy float64 (0.0 where missing)
    missing: object  # numpy bool
    yes_no: object  # numpy bool: the value cell says yes or no (是, 否), read as 1 or 0
    unit: object  # numpy int32: index into unit_names, -1 for none
    texts: object  # polars String series: each row's value cell (polars gathers a result frame's cells from it)
    notes: dict[int, tuple[str, ...]]
    file_names: list[str]
    indicator_names: list[str]
    region_names: list[str]
    unit_names: list[str]
    #: per file, the 1-based column of its region cells (0: none), for a message about a region to point at its cell
    region_columns: list[int] = field(default_factory=list)
    #: per file, the 1-based column of its indicator names (0: none), for a message about a name to point at its cell
    name_columns: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.year)

    def text(self, row: int) -> str:
        return self.texts[row]

    def location(self, row: int) -> Location:
        return Location(self.file_names[self.file[row]], int(self.line[row]), int(self.column[row]))

    def region_location(self, row: int) -> Location:
        """The cell of the row's region (its value's where the file has no region column), as the row reader's
        :meth:`~checker.data.observations.Observations.region_cell_of` gives it."""
        column = self.region_columns[self.file[row]] if len(self.region_columns) > self.file[row] else 0
        return Location(self.file_names[self.file[row]], int(self.line[row]), column) if column else self.location(row)

    def name_location(self, row: int) -> Location:
        """The cell of the row's indicator name, as the row reader's
        :meth:`~checker.data.observations.Observations.name_cell_of` gives it."""
        column = self.name_columns[self.file[row]] if len(self.name_columns) > self.file[row] else 0
        return Location(self.file_names[self.file[row]], int(self.line[row]), column) if column else self.location(row)


@dataclass
class ColumnarObservations:
    """What :func:`checker.data.readers.read_observations` returns for files read by columns: the
    same ``files``, ``skipped`` and ``duplicates`` (always empty here: such files go to the row
    reader) and ``items``, made from the columns the first time they are asked for."""

    columns: Columns
    files: tuple[DataFile, ...]
    paths: tuple[str, ...]
    skipped: tuple[CheckerError, ...] = ()
    duplicates: tuple = ()
    #: region → level (city, province) → the place it lies in, where the files name them (省份, 地市)
    parents: dict[str, dict[str, str]] = field(default_factory=dict)
    #: region → its 行政区划代码 where the files give one (a 合计's code says whose total it is)
    codes: dict[str, str] = field(default_factory=dict)

    def match(self, plan: Plan, *, region: str | None = None, skip_bad_rows: bool = False) -> Dataset:
        """The plan's series as views of the columns; when a row has a problem, the files again row by
        row, so that the row reader reports it at its cell (or skips it)."""
        from checker.data.matching import match as match_rows

        try:
            return match(plan, self, region=region)
        except Unsuitable:
            rows = read_rows(*self.paths, skip_bad_rows=skip_bad_rows)
            return match_rows(plan, rows, region=region, skip_bad_rows=skip_bad_rows)

    def unused_rows(self, plan: Plan, judged: list[str]) -> tuple:
        """What :func:`checker.data.matching.unused_rows` lists, counted by columns: rows of a region
        neither judged nor a reference (a table's 合计 row, another county), and rows of a known
        indicator in a year outside the plan period (a 2099 typed for 2029), each group with its
        count and first row, in the order of first rows. (A file read by columns has no repeated
        or skipped rows: such a file goes to the row reader.)"""
        import numpy as np

        from checker.data.matching import (UnusedRows, city_of, is_part_total, kept_regions, name_table,
                                           parents_as_series, references_unasked, resolve_name, whole_names_of)

        c = self.columns
        whole_names = whole_names_of(plan)
        parents = parents_as_series(self.parents, whole_names)
        keep = kept_regions(plan, parents, judged)
        default = judged[0] if len(judged) == 1 else plan.region
        table = name_table(plan)
        ids = [resolve_name(name, table)[0] for name in c.indicator_names]
        known = np.array([found is not None for found in ids] + [False])
        names = [*(whole_names.get(name, name) for name in c.region_names), default]
        region = np.where(c.region >= 0, c.region, len(names) - 1)
        kept = np.array([name in keep for name in names])
        first, last = plan.period
        other = ~kept[region]  # any row of another region, known indicator or not
        unasked = references_unasked(plan, parents, judged)
        reference = np.zeros(len(region), dtype=bool)  # a reference's rows of indicators no target compares with it
        for number, name in enumerate(names):
            if unasked.get(name):
                reference |= (region == number) & np.isin(c.indicator, [at for at, found in enumerate(ids)
                                                                        if found in unasked[name]])
        reference &= kept[region] & known[c.indicator]
        outside = kept[region] & known[c.indicator] & ~reference & ((c.year < first) | (c.year > last))
        groups: list[tuple[int, str, str, int]] = []
        for reason, rows, key, label in (("region", other, region, names.__getitem__),
                                         ("reference", reference, region, names.__getitem__),
                                         ("year", outside, c.year, str)):
            positions = np.flatnonzero(rows)
            if not len(positions):
                continue
            values, starts, counts = np.unique(key[positions], return_index=True, return_counts=True)
            for value, start, count in zip(values.tolist(), starts.tolist(), counts.tolist()):
                groups.append((int(positions[start]), reason, label(value), count))
        return tuple(UnusedRows(reason, subject, count, c.region_location(row) if reason == "region" else c.location(row),
                                self.codes.get(subject),
                                city_of(subject, self.parents, self.codes) if is_part_total(subject) else None)
                     for row, reason, subject, count in sorted(groups))

    def region_cells(self) -> dict[tuple[str, str | None], RegionCells]:
        """What :meth:`checker.data.observations.Observations.region_cells` gives, counted by columns."""
        import numpy as np

        c = self.columns
        out = {}
        for index, name in enumerate(c.file_names):
            in_file = c.file == index
            blank = np.flatnonzero(in_file & (c.region < 0))
            named = np.unique(c.region[in_file & (c.region >= 0)]).tolist()
            if len(blank) or named:
                out[(name, None)] = RegionCells(len(blank), c.location(int(blank[0])) if len(blank) else None,
                                                frozenset(c.region_names[region] for region in named))
        return out

    @cached_property
    def items(self) -> tuple[Observation, ...]:
        c = self.columns
        regions, names, unit_names = c.region_names, c.indicator_names, c.unit_names
        out = []
        for row, (indicator, year, value, missing, region, unit, text) in enumerate(zip(
                c.indicator.tolist(), c.year.tolist(), c.value.tolist(), c.missing.tolist(), c.region.tolist(),
                c.unit.tolist(), c.texts.to_list())):
            out.append(Observation(names[indicator], year, None if missing else value, text, c.location(row),
                                   regions[region] if region >= 0 else None,
                                   unit_names[unit] if unit >= 0 else None, c.notes.get(row, ())))
        return tuple(out)

    def latest(self) -> Observation | None:
        """The first row of the latest year read (None: no rows), found by columns."""
        c = self.columns
        if not len(c.year):
            return None
        row = int(c.year.argmax())
        region, unit = int(c.region[row]), int(c.unit[row])
        return Observation(c.indicator_names[c.indicator[row]], int(c.year[row]),
                           None if c.missing[row] else float(c.value[row]), c.text(row), c.location(row),
                           c.region_names[region] if region >= 0 else None,
                           c.unit_names[unit] if unit >= 0 else None, c.notes.get(row, ()))


def read(paths: tuple[str | Path, ...]) -> ColumnarObservations:
    """The files read by columns, or :class:`Unsuitable` for the row reader."""
    # the first file read and hashed on a thread while numpy and polars are imported (a third of a second of one
    # core): a national file's 141 MB no longer read before the parse, nor hashed beside it on the same two cores
    first = _Ahead(str(paths[0])) if paths else None
    try:
        import numpy as np
        import polars as pl
    except ImportError:
        raise Unsuitable from None

    collector = RowCollector(skip_bad_rows=False)
    parts, files = [], []
    for index, path in enumerate(paths):
        part, data_file = _read_file(first if index == 0 else _Ahead(str(path)), index, collector)
        parts.append(part)
        files.append(data_file)
    # one file's columns as they are (a copy of a national file's columns is 85 MB of fresh pages)
    c = {key: parts[0][key] if len(parts) == 1 else np.concatenate([part[key] for part in parts])
         for key in ("file", "line", "column", "indicator", "region", "year", "value", "missing", "yes_no", "unit")}
    notes, start = {}, 0
    parents: dict[str, dict[str, str]] = {}
    codes: dict[str, str] = {}
    for part in parts:
        for region, code in part["codes"].items():
            codes.setdefault(region, code)
        notes.update({start + row: found for row, found in part["notes"].items()})
        start += len(part["year"])
        for region, levels in part["parents"].items():
            known = parents.setdefault(region, {})
            for level, place in levels.items():
                if known.setdefault(level, place) != place:
                    raise Unsuitable  # one name in two places, across files: the row reader refuses it
    tables = {key: _codes(name for part in parts for name in part[key] if name is not None)
              for key in ("indicator_names", "region_names", "unit_names")}
    columns = Columns(
        file=c["file"], line=c["line"], column=c["column"],
        indicator=_recode(c["indicator"], parts, "indicator_names", tables["indicator_names"]),
        region=_recode(c["region"], parts, "region_names", tables["region_names"]),
        year=c["year"], value=c["value"], missing=c["missing"], yes_no=c["yes_no"],
        unit=_recode(c["unit"], parts, "unit_names", tables["unit_names"]),
        texts=parts[0]["texts"] if len(parts) == 1 else pl.concat([part["texts"] for part in parts]), notes=notes,
        file_names=[str(path) for path in paths], indicator_names=list(tables["indicator_names"]),
        region_names=list(tables["region_names"]), unit_names=list(tables["unit_names"]),
        region_columns=[part["region_column"] for part in parts], name_columns=[part["name_column"] for part in parts],
    )
    _no_duplicates(columns)
    return ColumnarObservations(columns, tuple(files), tuple(str(path) for path in paths), parents=parents,
                                codes=codes)


def _codes(names) -> dict[str, int]:
    return {name: code for code, name in enumerate(dict.fromkeys(names))}


def _recode(codes, parts: list[dict], key: str, table: dict[str, int]):
    """Per-file codes → codes into the read's shared list (files may name things in other orders)."""
    import numpy as np

    mappings = [np.array([table[name] if name is not None else -1 for name in part[key]] + [-1], dtype=np.int32)
                for part in parts]
    if len(parts) == 1 and codes.dtype == np.int32 and np.array_equal(mappings[0][:-1], np.arange(len(table))):
        return codes  # one file naming each thing once, in the table's order: its codes are the table's
    out = np.empty(len(codes), dtype=np.int32)
    start = 0
    for part, mapping in zip(parts, mappings):
        n = len(part["year"])
        out[start:start + n] = mapping[codes[start:start + n]]  # -1 (none) picks the appended -1
        start += n
    return out


def _read_file(ahead: _Ahead, index: int, collector: RowCollector) -> tuple[dict, DataFile]:
    import numpy as np
    import polars as pl

    name = ahead.name
    try:
        data = ahead.data()
    except CheckerError:
        raise Unsuitable from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data:
        raise Unsuitable
    encoding, body = "utf-8", data
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    octets = np.frombuffer(body, dtype=np.uint8)
    if b'"' in body or body.endswith(b"\r"):
        raise Unsuitable  # quoted cells, and a last line ended by a carriage return: the row reader's csv module decides
    carriage_returns = b"\r" in body  # Windows line ends; a bare one inside a line is found in its cell, below
    end = body.find(b"\n")
    try:
        header_text = (body if end < 0 else body[:end]).decode("utf-8").removesuffix("\r")
        if not header_text.strip() or "\r" in header_text:
            raise Unsuitable  # blank lines before the header, or a carriage return inside it
        delimiter = sniff_delimiter(header_text, name)
        if header_text.count(delimiter) >= MAX_COLUMNS:
            raise Unsuitable  # the row reader says so before splitting it
        header = next(csv.reader([header_text], delimiter=delimiter, skipinitialspace=True))
        roles = header_columns(header, name, 1)
    except (UnicodeDecodeError, CheckerError, StopIteration, csv.Error):  # csv.Error: a cell past the field limit
        raise Unsuitable from None
    if roles.layout != "long" or roles.blank:
        raise Unsuitable  # a column without a header: the row reader checks that its cells are empty
    width = len(header)
    lines = _count(octets, 10) + (0 if body.endswith(b"\n") else 1)
    del octets
    if lines * width > max_cells():
        raise Unsuitable  # more cells than a file may hold: the row reader stops at the row that passes the limit
    digest = ahead.digest  # hashed on the reading thread (OpenSSL lets go of the interpreter)
    # every column but the values as categories: a national file repeats a few thousand names
    schema = {f"c{i}": pl.String if i == roles.value else pl.Categorical for i in range(width)}
    try:
        frame = pl.read_csv(body, has_header=False, skip_rows=1, separator=delimiter, quote_char=None,
                            schema=schema, encoding="utf8")
    except pl.exceptions.PolarsError:  # ragged rows, bad UTF-8 …: the row reader says what is wrong, and where
        raise Unsuitable from None
    finally:
        data_file = DataFile(name, digest(), encoding, "long", 0)
    any_space = b" " in body
    del data, body  # the file's bytes: a national file is a few hundred megabytes
    if frame.height + 1 != lines:
        raise Unsuitable  # a row spanning lines, or lines polars skipped: line numbers would drift
    value_column = f"c{roles.value}"
    if frame[value_column].null_count():
        frame = frame.with_columns(pl.col(value_column).fill_null(""))
    # each category column's distinct cells, found once for the checks below and the row reader's reading of them
    # (three passes of polars' unique over a national file's five such columns took a seventh of a second)
    distinct: dict[str, pl.Series] = {}

    def distinct_cells(name: str) -> pl.Series:
        found = distinct.get(name)
        if found is None:
            found = distinct[name] = frame[name].unique()
        return found

    def texts_of(name: str) -> pl.Series:
        """A column's cells as text: the value column's each, another's each distinct one once."""
        return frame[name] if name == value_column else distinct_cells(name).cast(pl.String)

    # a carriage return polars kept in a cell (a bare one inside a line: the csv module ends a record there)
    if carriage_returns and any(texts_of(name).str.contains("\r", literal=True).any() for name in frame.columns):
        raise Unsuitable
    # csv's skipinitialspace: "a, b" has the cell "b", and a record's first cell loses its spaces too.
    # Asked of the cells, not of the bytes: searching 100 MB for ", " and "\n " took a fifth of a second
    spaced = any_space and any(texts_of(name).str.starts_with(" ").any() for name in frame.columns)
    if spaced:
        frame = frame.with_columns(pl.col(value_column).str.strip_chars_start(" "))
    frame = frame.with_columns(length=pl.col(value_column).str.len_chars())  # each value cell's, in characters
    longest = max([frame["length"].max() or 0, *(texts_of(name).str.len_chars().max() or 0
                                                 for name in frame.columns if name not in (value_column, "length"))])
    if longest > csv.field_size_limit():
        raise Unsuitable  # the row reader's csv module refuses such a cell, and says so
    frame = frame.with_row_index("row")
    blank = pl.all_horizontal([pl.col(f"c{i}").is_null() | (pl.col(f"c{i}") == "") for i in range(width)])
    kept = frame.filter(~blank)  # a row of spaces is kept: its indicator cell sends the file to the row reader
    if kept.height != frame.height:
        distinct.clear()  # the blank rows' cells were among the distinct ones
    frame = kept
    if frame.height == 0 or frame.height > MAX_ROWS:
        raise Unsuitable
    rows = frame["row"].to_numpy()
    line = (rows + 2).astype(np.int32)  # the header is line 1 and no row spans lines

    def unique_cells(role: int | None, read) -> tuple[object, list]:
        """Codes per row and the value of each distinct cell, read by the row reader's function."""
        if role is None:
            return np.full(frame.height, -1, dtype=np.int32), []
        cells = frame[f"c{role}"]
        found = distinct_cells(f"c{role}")
        categories = found.to_physical().to_list()
        top = max((code for code in categories if code is not None), default=0)
        local = np.full(top + 2, -1, dtype=np.int32)  # category → index into values; the last: empty cells
        values = []
        for category, raw in zip(categories, found.cast(pl.String).to_list()):
            raw = raw or ""
            if spaced:
                raw = raw.lstrip(" ")
            try:
                values.append(read(raw, 0, role + 1))  # a cell with a problem goes to the row reader
            except CheckerError:
                raise Unsuitable from None
            local[top + 1 if category is None else category] = len(values) - 1
        return local[cells.to_physical().fill_null(top + 1).to_numpy()], values

    indicator_codes, indicator_names = unique_cells(roles.indicator, lambda raw, ln, col: collector.indicator_cell(
        raw, name, ln, col))
    def plain_year(raw: str, ln: int, col: int) -> int:
        year = collector.year_cell(raw, name, ln, col)
        if collector.year_marks(raw):
            raise Unsuitable  # 2024（快报）: a note on each of its rows' values, which the row reader gives them
        return year

    year_codes, year_values = unique_cells(roles.year, plain_year)
    unit_codes, unit_values = unique_cells(roles.unit, lambda raw, ln, col: collector.unit_cell(raw, name, ln, col))
    region_codes, region_values = unique_cells(roles.region, lambda raw, ln, col: collector.region_cell(raw, name, ln, col))
    parents: dict[str, dict[str, str]] = {}
    codes_of_regions: dict[str, str] = {}
    if roles.places:
        places = [(level, *unique_cells(index, lambda raw, ln, col: collector.region_cell(raw, name, ln, col)))
                  for level, index in roles.places]
        region_codes, region_values, parents = _placed(region_codes, region_values, places, roles.region is not None)
    if roles.region_code is not None:
        def code_cell(raw: str, ln: int, col: int) -> str:
            if code_digits_lost(raw, header[roles.region_code]):
                raise Unsuitable  # a code that lost digits: the row reader refuses it at its cell
            return admin_code(raw) or ""

        code_codes, code_values = unique_cells(roles.region_code, code_cell)
        if _namesakes(region_codes, code_codes, code_values):
            raise Unsuitable  # one region name with two codes (行政区划代码): the row reader refuses it at the cell
        codes_of_regions = _codes_of_regions(region_codes, region_values, code_codes, code_values)
        parents = parents_from_codes(codes_of_regions, parents)
    elif parents:
        parents = parents_from_codes({}, parents)  # (the groups of places a 地市 column names are no places)
    years = np.array(year_values, dtype=np.int16)[year_codes]

    raw_values = frame[f"c{roles.value}"]
    plain = raw_values.str.contains(_PLAIN).to_numpy()
    missing = (raw_values == "").to_numpy()
    yes_no = np.zeros(frame.height, dtype=bool)  # a value cell that says yes or no (是, 否), not a number
    numbers = raw_values.cast(pl.Float64, strict=False).fill_null(0.0).to_numpy().copy()
    if np.isinf(numbers).any() and np.isinf(numbers[plain]).any():
        raise Unsuitable  # too large to be a number: the row reader says so at the cell
    zero = plain & (numbers == 0)
    if zero.any() and raw_values.filter(pl.Series(zero)).str.contains("^" + NONZERO_DIGITS.pattern).any():
        raise Unsuitable  # 1e-400, too small to be a number (read as 0): the row reader says so at the cell
    numbers[~plain] = 0.0
    # float noise (5.000000000000001) taken off as the row reader's value_cell does (precision.as_read); a cell of
    # at most 15 characters has at most 15 digits, which it leaves as they are
    for position in np.flatnonzero(plain & (raw_values.str.len_chars() > READ_DIGITS).to_numpy()).tolist():
        numbers[position] = as_read(float(numbers[position]))
    unit_names = list(unit_values)
    units_of_rows = unit_codes.copy()  # into unit_names; a messy cell may bring its own unit
    notes: dict[int, tuple[str, ...]] = {}
    for position in np.flatnonzero(~plain & ~missing).tolist():
        raw = raw_values[position]
        column_unit = unit_names[unit_codes[position]] if unit_codes[position] >= 0 else None
        try:
            value, unit, cell_notes = collector.value_cell(raw, column_unit, name, int(line[position]), roles.value + 1)
        except CheckerError:
            raise Unsuitable from None
        if value is None:
            missing[position] = True
        else:
            numbers[position] = value
            yes_no[position] = yes_or_no(raw) is not None
        if unit != column_unit:
            if unit not in unit_names:
                unit_names.append(unit)
            units_of_rows[position] = unit_names.index(unit)
        if cell_notes:
            notes[position] = cell_notes
    for role in roles.notes:  # the row reader's _row_notes: each note cell, trimmed, if not empty
        codes, texts = unique_cells(role, lambda raw, ln, col: raw.strip())
        if any(is_target_note(text) for text in texts):
            raise Unsuitable  # a row noted as a target (规划目标值): the row reader refuses it at its note
        for position in np.flatnonzero(np.array([bool(text) for text in texts] + [False])[codes]).tolist():
            notes[position] = notes.get(position, ()) + (texts[codes[position]],)
    part = {
        "file": np.full(frame.height, index, dtype=np.int16),
        "line": line,
        "column": np.full(frame.height, roles.value + 1, dtype=np.int16),
        "indicator": indicator_codes, "indicator_names": indicator_names,
        "region": region_codes, "region_names": region_values,
        "year": years, "value": numbers, "missing": missing, "yes_no": yes_no,
        "unit": units_of_rows.astype(np.int32), "unit_names": unit_names,
        "texts": raw_values.alias("text"), "notes": notes, "parents": parents, "codes": codes_of_regions,
        "region_column": roles.region + 1 if roles.region is not None else 0,
        "name_column": roles.indicator + 1 if roles.indicator is not None else 0,
    }
    return part, replace(data_file, rows=frame.height)


def _codes_of_regions(region_codes, region_values: list, code_codes, code_values: list[str]) -> dict[str, str]:
    """Each region's 行政区划代码 (its first), as the row reader keeps them."""
    import numpy as np

    given = np.array([bool(value) for value in code_values] + [False])[code_codes] & (region_codes >= 0)
    pairs = np.unique(np.stack([region_codes[given], code_codes[given]]), axis=1)
    out: dict[str, str] = {}
    for region, code in pairs.T.tolist():
        out.setdefault(region_values[region], code_values[code])
    return out


def _namesakes(region_codes, code_codes, code_values: list[str]) -> bool:
    """Whether a region of the rows has two codes (鼓楼区 350102 and 320106: two places of one name), or a code two
    regions (长白朝鲜族自治县 and 长白县 under 220623: one place under two names)."""
    import numpy as np

    given = np.array([bool(value) for value in code_values] + [False])[code_codes] & (region_codes >= 0)
    pairs = np.unique(np.stack([region_codes[given], code_codes[given]]), axis=1)
    named: dict[str, set[int]] = {}
    for region, code in pairs.T.tolist():
        named.setdefault(code_values[code], set()).add(region)
    return bool(pairs.size) and (len(np.unique(pairs[0])) < pairs.shape[1] or any(len(r) > 1 for r in named.values()))


def _placed(region_codes, region_values: list, places: list,
            has_region: bool) -> tuple[object, list[str], dict[str, dict[str, str]]]:
    """Each row's region when the file names the places regions lie in (``places``: level, codes per
    row, names; finest first), as the row reader's ``RowCollector._placed`` decides it: the finest
    place the row names (an empty region cell or a total such as 合计: the place's own row), the
    coarser ones its parents; a name in two places (鼓楼区 of 福州市 and of 南京市) named, on each of its
    rows, with the finest place the row names (福州市鼓楼区). Still two places: the row reader refuses it."""
    import numpy as np

    code: dict[str, int] = {}

    def codes_of(values: list, per_row) -> object:
        mapping = [-1 if value is None else code.setdefault(value, len(code)) for value in values]
        return np.array(mapping + [-1], dtype=np.int32)[per_row]  # -1 (no cell) picks the appended -1

    region = codes_of(region_values, region_codes)
    # a place its column writes short in some rows (济南 beside 济南市): named in full, as the row reader names it
    levels = [(level, codes_of([named.get(value, value) if value else value for value in values], per_row))
              for level, per_row, values in places
              for named in (place_variants(value for value in values if value),)]
    province = next((place for level, place in levels if level == "province"), None)
    if province is not None:  # a row with no province but a finer place: the row reader finds it, or refuses it
        finer = region >= 0
        for level, place in levels:
            if level != "province":
                finer |= place >= 0
        if bool((finer & (province < 0)).any()) and bool((province >= 0).any()):
            raise Unsuitable
    totals = [number for number, name in enumerate(code) if is_whole_total(name)]
    need = (region < 0) | np.isin(region, totals)
    # a total in a finer column (浙江省 | 全省 |) is the coarser place's own row: the finest place that is no total,
    # else the total itself
    own_city = np.zeros(len(region), dtype=bool)  # rows that are a city's own (no county where the file has them)
    for skip_totals in (True, False):
        for level, place in levels:
            take = need & (place >= 0) & (~np.isin(place, totals) if skip_totals else True)
            region[take] = place[take]
            need &= ~take
            if level == "city" and has_region:
                own_city |= take
    parents = _parents(region, levels, list(code))
    if parents is None:  # names in two places: each of their rows named with its finest place
        names = list(code)
        ambiguous = np.isin(region, [code[name] for name in _in_two_places(region, levels, names)])
        finest = np.full(len(region), -1, dtype=np.int64)
        groups = [code[name] for name in code if is_group(name)]  # 市辖区 is no place to name 朝阳区 by
        for _, place in levels:
            take = ambiguous & (finest < 0) & (place >= 0) & (place != region) & ~np.isin(place, groups)
            finest[take] = place[take]
        size = len(names) + 1
        keys = region[ambiguous].astype(np.int64) * size + (finest[ambiguous] + 1)
        distinct, back = np.unique(keys, return_inverse=True)
        qualified = {}  # label → the name and the place it was named with (as the row reader's RowCollector.qualified)
        for key in distinct.tolist():
            place = names[key % size - 1] if key % size else None
            label = qualified_region(names[key // size], place)
            if label != names[key // size]:
                qualified.setdefault(label, (names[key // size], place or ""))
        renamed = [code.setdefault(qualified_region(names[key // size], names[key % size - 1] if key % size else None),
                                   len(code)) for key in distinct.tolist()]
        region[ambiguous] = np.array(renamed, dtype=np.int32)[back]
        parents = _parents(region, levels, list(code))
        if parents is None or unplaced_namesakes(qualified, parents):
            raise Unsuitable  # still in two places, or named by a place holding two: the row reader refuses it at its row
    names = list(code)
    for number in np.unique(region[own_city]).tolist():  # a city's own row: the city is its own 全市
        known = parents.setdefault(names[number], {})
        if known.setdefault("city", names[number]) != names[number]:
            raise Unsuitable  # a city's own row and a row placing it in another city: the row reader refuses it
    return region, names, parents


def _pairs(region, levels: list, size: int):
    """Per level, the distinct (region, place) pairs of the rows, as region × size + place."""
    import numpy as np

    for level, place in levels:
        rows = (region >= 0) & (place >= 0) & (place != region)
        yield level, np.unique(region[rows].astype(np.int64) * size + place[rows])


def _in_two_places(region, levels: list, names: list[str]) -> set[str]:
    """The region names whose rows name two places of one level."""
    import numpy as np

    found: set[str] = set()
    for _, pairs in _pairs(region, levels, len(names)):
        regions, counts = np.unique(pairs // len(names), return_counts=True)
        found.update(names[number] for number in regions[counts > 1].tolist())
    return found


def _parents(region, levels: list, names: list[str]) -> dict[str, dict[str, str]] | None:
    """Region → level → the place it lies in; None where a region lies in two places of one level."""
    parents: dict[str, dict[str, str]] = {}
    for level, pairs in _pairs(region, levels, len(names)):
        for pair in pairs.tolist():
            known = parents.setdefault(names[pair // len(names)], {})
            place = names[pair % len(names)]
            if known.setdefault(level, place) != place:
                return None
    return parents


class _Ahead:
    """A data file's bytes read (:func:`~checker.data.observations.read_data_bytes`), then its SHA-256 digest
    taken, on a thread of their own (the read and OpenSSL let go of the interpreter): :meth:`data` and
    :meth:`digest` wait for each, and raise what reading raised."""

    def __init__(self, name: str) -> None:
        import threading

        self.name = name
        self._data: Future | None = Future()
        self._digest: Future = Future()
        # the thread is given the two futures, not this object, whose reference to the bytes data() gives up
        threading.Thread(target=_read_ahead, args=(name, self._data, self._digest), daemon=True).start()

    def data(self) -> bytes:
        """The bytes, given once: the caller's is then the only reference (a national file's 141 MB are let go
        as soon as its parse is done, as before)."""
        given, self._data = self._data, None
        return given.result()

    def digest(self) -> str:
        return self._digest.result()


def _read_ahead(name: str, data: Future, digest: Future) -> None:
    """:class:`_Ahead`'s thread: the file's bytes into ``data``, then their digest into ``digest`` (what reading
    raised into both)."""
    try:
        octets = read_data_bytes(name)
    except BaseException as error:  # given to the caller, who decides (a CheckerError: the row reader's)
        data.set_exception(error)
        digest.set_exception(error)
        return
    data.set_result(octets)
    try:
        digest.set_result(sha256(octets).hexdigest())
    except BaseException as error:
        digest.set_exception(error)


#: bytes a scan of a file compares at a time: a few megabytes stay in the cache, and a comparison of the
#: whole file at once (a boolean array as large as the file, 141 MB for a national file) took ten times as long
SCAN = 1 << 22


def _chunks(octets):
    """The byte array in pieces of :data:`SCAN` bytes."""
    for start in range(0, len(octets), SCAN):
        yield octets[start:start + SCAN]


def _count(octets, byte: int) -> int:
    """How many times ``byte`` occurs in the byte array."""
    import numpy as np

    return sum(int(np.count_nonzero(part == byte)) for part in _chunks(octets))


def _no_duplicates(columns: Columns) -> None:
    """Rows repeating a (region, indicator, year) go to the row reader, which drops or reports them."""
    import numpy as np

    key = _key(columns.region, columns.indicator, columns.year, shift=1)
    if _repeats(key):
        raise Unsuitable


def _unnamed_under_another(c: Columns, known, judged: int) -> bool:
    """Whether a row of a known indicator names no region under such a row of the same file naming another
    region than the ``judged`` one (a region code), as :func:`checker.data.matching.unnamed_region` refuses."""
    import numpy as np

    if not (c.region < 0).any():  # a national file names every row's region
        return False
    rows = np.flatnonzero(known)
    region, file = c.region[rows], c.file[rows]
    blank = region < 0
    if not blank.any():
        return False
    last_named = np.maximum.accumulate(np.where(blank, -1, np.arange(len(rows))))
    under = np.flatnonzero(blank & (last_named >= 0))
    above = last_named[under]
    return bool(((file[above] == file[under]) & (region[above] != judged)).any())


def _rows_by_code(codes, count: int) -> list:
    """The rows of each code in ``range(count)`` (ascending row numbers), from one sort: asking each
    code of the whole column (``codes == code``) took a tenth of a second for 50 indicators."""
    import numpy as np

    # sorted as 16-bit integers where they fit: numpy's stable sort of those is a radix sort (0.07 → 0.04 s for a
    # national file's 2.3 M indicator codes), the same order
    order = np.argsort(codes.astype(np.int16) if count < 2 ** 15 else codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(count + 1))
    return [order[bounds[code]:bounds[code + 1]] for code in range(count)]


def _distinct(values) -> list[int]:
    """The distinct values of an int array (sorting: numpy's hashing unique is slower on millions)."""
    import numpy as np

    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]].tolist() if len(ordered) else []


def _repeats(key) -> bool:
    """Whether a key repeats (polars counts distinct keys by hashing on every core: a third of numpy's sort)."""
    import polars as pl

    return pl.Series(key).n_unique() != len(key)


def _key(first, *parts, shift: int = 0):
    """One int64 per row from several small non-negative int columns (mixed radix; ``first`` plus ``shift``,
    for a column of codes where -1 means none). Made in one array, in place: each temporary of a national
    file's 2.3 M rows is 18 MB of fresh pages for the kernel to fault in and zero (a tenth of a second in all)."""
    import numpy as np

    key = first.astype(np.int64)
    if shift:
        key += shift
    for part in parts:
        key *= int(part.max(initial=0)) + 1
        key += part
    return key


# --- matching ----------------------------------------------------------------------------------


def match(plan: Plan, observations: ColumnarObservations, *, region: str | None = None) -> Dataset:
    """The plan's series as views of the columns (as :func:`checker.data.matching.match`), or
    :class:`Unsuitable` when a row has a problem for the row reader to report at its cell."""
    import numpy as np

    c = observations.columns
    default_region = region or plan.region
    table = name_table(plan)
    units_of = {indicator.id: indicator.unit for indicator in plan.indicators}
    names_of = {indicator.id: indicator.names() for indicator in plan.indicators}
    populations_of = {indicator.id: population_of(indicator) for indicator in plan.indicators}
    targets_of = {indicator.id: indicator.targets for indicator in plan.indicators}
    resolved = [resolve_name(name, table) for name in c.indicator_names]
    ids = [found[0] for found in resolved]
    # regions: rows without one belong to the default region; 全省 rows to the province the plan names
    whole_names = whole_names_of(plan)
    dataset = ColumnDataset(parents=parents_as_series(observations.parents, whole_names))
    region_names = [whole_names.get(name, name) for name in c.region_names]
    if len(set(region_names)) < len(region_names):
        raise Unsuitable  # 全省 beside 贵州省: the row reader weighs the two rows of one place, year by year
    default_named = default_region in region_names  # rows without a region then join that region's rows
    if not default_named:
        region_names.append(default_region)
    row_region = np.where(c.region >= 0, c.region, region_names.index(default_region)).astype(np.int32)
    # indicators the plan does not know: listed once per region, in order of first appearance
    unknown = [code for code, indicator_id in enumerate(ids) if indicator_id is None]
    rows_of_code = _rows_by_code(c.indicator, len(ids))
    entries = []
    suggest = Suggester(plan) if unknown else None
    for code in unknown:
        rows_of = rows_of_code[code]
        name = c.indicator_names[code]
        suggestion = suggest(name)
        regions_of = row_region[rows_of]
        for region_code in _distinct(regions_of):
            mine = rows_of[regions_of == region_code]
            entries.append((int(mine[0]), UnknownIndicator(name, len(mine), c.name_location(int(mine[0])), suggestion,
                                                           region_names[region_code])))
    dataset.unknown.extend(entry for _, entry in sorted(entries, key=lambda pair: pair[0]))
    known = np.array([i is not None for i in ids] + [False])[c.indicator]
    if _unnamed_under_another(c, known, region_names.index(default_region)):
        raise Unsuitable  # the row reader refuses it at its row (matching.unnamed_region)
    # each row's unit: the unit column's (or the cell's), else the one in the name's brackets
    data_unit = c.unit.copy()
    unit_names = list(c.unit_names)

    def unit_code(unit: str) -> int:
        if unit not in unit_names:
            unit_names.append(unit)
        return unit_names.index(unit)

    value = c.value.copy()
    yes_of = {indicator.id: yes_stands_for(indicator) for indicator in plan.indicators}
    for code, (indicator_id, bracket_unit) in enumerate(resolved):
        if indicator_id is None:
            continue
        rows = rows_of_code[code]
        if yes_of[indicator_id] != 1.0 and c.yes_no[rows].any():
            raise Unsuitable  # a yes/no that stands for another value here, or none: the row reader reads or refuses it
        if bracket_unit is not None:
            stated = c.unit[rows]
            if (stated >= 0).any() and (stated[stated >= 0] != unit_code(bracket_unit)).any():
                raise Unsuitable  # the name's unit and the unit column disagree
            data_unit[rows[stated < 0]] = unit_code(bracket_unit)
        plan_unit = units_of[indicator_id]
        present = ~c.missing[rows]
        said = data_unit[rows]
        unsaid = said < 0  # no unit, or the bare counting word of a rate per so many people (张 for 张/千人)
        rate = rate_unit(plan_unit, names_of[indicator_id])
        if rate_of_name(c.indicator_names[code], plan_unit, rate) is not None:
            raise Unsuitable  # 每万人口… for a plan's rate per 1,000: the row reader reads the name's rate
        population = populations_of[indicator_id]
        for data_code in _distinct(said[~unsaid]):
            if counting_word_of_rate(unit_names[data_code], plan_unit, rate):
                unsaid |= said == data_code
        if plan_unit is None and (~unsaid & present).any() and has_level_targets(targets_of[indicator_id]):
            raise Unsuitable  # a unit in the data, none in the plan: the row reader refuses it at its cell
        sizes = np.abs(value[rows[unsaid & present]])
        sizes = sizes[sizes > 0]
        if len(sizes) and may_be_refused(float(sizes.min()), float(sizes.max()), targets_of[indicator_id], plan_unit,
                                         RATE_OFF if rate else MAGNITUDE_OFF):
            raise Unsuitable  # values without a unit far off the target: the row reader refuses them at their cell
        for data_code in _distinct(data_unit[rows]):
            if data_code < 0 or plan_unit is None or unit_names[data_code] == plan_unit:
                continue
            convert = rows[(data_unit[rows] == data_code) & present]
            try:  # one value at a time, through pint, exactly as the row reader converts
                value[convert] = [to_plan_unit(v, unit_names[data_code], plan_unit, rate, None, population)
                                  for v in value[convert].tolist()]
            except CheckerError:
                raise Unsuitable from None
        sizes = np.abs(value[rows[~unsaid & present]])
        sizes = sizes[sizes > 0]
        if len(sizes) and may_be_refused(float(sizes.min()), float(sizes.max()), targets_of[indicator_id], plan_unit,
                                         FAR_OFF):
            raise Unsuitable  # a value with its unit far off the target once converted: refused at its cell
    # impossible values (a share above 100%) are reported by the row reader at their cell
    plan_unit_of_row = np.full(len(c), -1, dtype=np.int32)
    for code, (indicator_id, _) in enumerate(resolved):
        if indicator_id is None:
            continue
        of_indicator = rows_of_code[code]
        plan_unit = units_of[indicator_id]
        if plan_unit is not None:
            plan_unit_of_row[of_indicator] = unit_code(plan_unit)
        valued = of_indicator[~c.missing[of_indicator]]
        shown = plan_unit_of_row[valued] if plan_unit is not None else data_unit[valued]  # the point's unit
        sample = value[valued]
        for unit in _distinct(shown):
            low, high = limits_for(unit_names[unit] if unit >= 0 else None, names_of[indicator_id])
            values = sample[shown == unit]
            if (high is not None and (values > high).any()) or (low is not None and (values < low).any()):
                raise Unsuitable
    id_codes = {indicator_id: number for number, indicator_id in enumerate(dict.fromkeys(i for i in ids if i))}
    row_id = np.array([id_codes[i] if i else -1 for i in ids] + [-1], dtype=np.int32)[c.indicator]
    rows = np.flatnonzero(known)
    if not len(rows):
        return dataset
    group = _key(row_region[rows], row_id[rows])
    # the read found no (region, indicator name, year) twice (_no_duplicates): a repeat of (region, indicator, year)
    # here needs two names of one indicator (an id and its alias), or rows without a region beside that region's own
    joined = len(id_codes) < len(ids) - len(unknown) or (default_named and bool((c.region < 0).any()))
    if joined and _repeats(_key(group, c.year[rows])):  # the group's key with the year: (region, indicator, year)
        raise Unsuitable  # the same year twice under two names (id and alias): the row reader decides
    order = np.argsort(group, kind="stable")  # rows of one series together, in source order
    rows, group = rows[order], group[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    ends = np.r_[starts[1:], len(rows)]
    first_seen = np.argsort(order[starts], kind="stable")  # series in order of first appearance
    store = _Store(c, value, data_unit, plan_unit_of_row, unit_names)
    id_names = list(id_codes)
    starts, ends = starts[first_seen], ends[first_seen]
    firsts = rows[starts]
    dataset.series = SeriesViews(store, rows, starts, ends, row_region[firsts], row_id[firsts], region_names, id_names)
    dataset.rows = _MatchedRows(store, rows, row_region[rows], row_id[rows], region_names, id_names)
    return dataset


class SeriesViews(Mapping):
    """A :class:`ColumnDataset`'s series: (region, indicator id) → a :class:`ColumnSeries` of the rows
    :func:`match` grouped, made fresh each time one is asked for, in the order of first appearance. A view made
    ahead for each series cost about a microsecond each, a seventh of a second for a national file's 145,000
    before the first region was judged; a series is found by its region's and indicator's codes instead."""

    __slots__ = ("_store", "_rows", "_starts", "_ends", "_region_codes", "_id_codes", "_region_names", "_id_names",
                 "_region_code", "_id_code", "_number")

    def __init__(self, store: _Store, rows, starts, ends, region_codes, id_codes, region_names: list[str],
                 id_names: list[str]) -> None:
        """Series ``n`` is ``rows[starts[n]:ends[n]]``, of ``region_names[region_codes[n]]`` and
        ``id_names[id_codes[n]]`` (numpy arrays; names without repeats)."""
        import numpy as np

        self._store, self._rows = store, rows
        self._starts, self._ends = starts.tolist(), ends.tolist()
        self._region_codes, self._id_codes = region_codes.tolist(), id_codes.tolist()
        self._region_names, self._id_names = region_names, id_names
        self._region_code = {name: code for code, name in enumerate(region_names)}
        self._id_code = {name: code for code, name in enumerate(id_names)}
        # (region code, indicator code) → the series' number, -1 for none
        number = np.full(len(region_names) * len(id_names), -1, dtype=np.int64)
        number[np.asarray(region_codes, dtype=np.int64) * len(id_names) + id_codes] = np.arange(len(self._starts))
        self._number = number.tolist()

    def _find(self, key: object) -> int:
        """The number of the series of ``key``, -1 for none."""
        try:
            region, indicator = key
            return self._number[self._region_code[region] * len(self._id_names) + self._id_code[indicator]]
        except (KeyError, TypeError, ValueError):
            return -1

    def __getitem__(self, key: tuple[str, str]) -> ColumnSeries:
        number = self._find(key)
        if number < 0:
            raise KeyError(key)
        return ColumnSeries(self._store, self._rows[self._starts[number]:self._ends[number]])

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return zip(map(self._region_names.__getitem__, self._region_codes),
                   map(self._id_names.__getitem__, self._id_codes))

    def __len__(self) -> int:
        return len(self._starts)

    def regions(self) -> set[str]:
        """The regions with a series."""
        return {self._region_names[code] for code in set(self._region_codes)}


@dataclass
class _MatchedRows:
    """The rows of every series of a :class:`ColumnDataset`, by region and indicator (codes into the names),
    as :func:`match` sorted them: what :meth:`ColumnDataset.indicator_frames` makes its frames of."""

    store: _Store
    rows: object
    region: object
    indicator: object
    region_names: list[str]
    indicator_ids: list[str]


class ColumnDataset(Dataset):
    """A :class:`~checker.data.matching.Dataset` whose series are views of columns. :meth:`get` gives a
    fresh view each time, so the points a region's judging makes go when it is done, instead of
    piling up for every region of a national run."""

    rows: _MatchedRows | None = None  # every series' rows at once, as matched
    _kept_frames: tuple[list[str], dict] | None = None  # what indicator_frames made, until asked again

    def get(self, region: str, indicator: str) -> Mapping[int, Point]:
        found = self.series.get((region, indicator))  # a fresh view (:class:`SeriesViews`)
        return {} if found is None else found

    def with_points(self) -> Iterator[tuple[str, str]]:
        """Every series' (region, indicator id): a view holds a row at least."""
        return iter(self.series)

    def series_regions(self) -> set[str]:
        """The regions with a series, from the views' region codes."""
        return self.series.regions() if isinstance(self.series, SeriesViews) else super().series_regions()

    def indicator_frames(self) -> tuple[list[str], dict]:
        """Every region's rows of each indicator as polars frames, for judging all regions at once
        (:mod:`checker.judge.columns`): the region names, and by indicator id a frame of ``region``
        (uint32, an index into the names), ``year`` (int32) and ``value`` (float64, null where the
        cell says "no value"), the series' own values in the plan's unit, and ``row`` (int64, the
        observation's row, for :meth:`observation_cells`).

        Made once for the two that ask in a many-region run, the scale warning's medians
        (:func:`checker.data.matching.regions_off_by_scale`) and then the column judge: what is made is kept
        until it is asked for again, then given up (a national file's frames are 55 MB, not to be held to the
        end; made twice they cost 0.04-0.06 s of CPU more)."""
        kept, self._kept_frames = self._kept_frames, None
        if kept is not None:
            return kept
        self._kept_frames = made = self._made_frames()
        return made

    def _made_frames(self) -> tuple[list[str], dict]:
        """What :meth:`indicator_frames` gives, made."""
        import numpy as np
        import polars as pl

        if not self.series or self.rows is None:
            return [], {}
        matched = self.rows
        store, rows, names, indicators = matched.store, matched.rows, matched.region_names, matched.indicator_ids
        frame = pl.DataFrame({
            "indicator": matched.indicator.astype(np.uint32),
            "region": matched.region.astype(np.uint32),
            "year": store.columns.year[rows].astype(np.int32),
            "value": store.value[rows],
            "missing": store.columns.missing[rows],
            "row": rows.astype(np.int64),
        }).select("indicator", "region", "year", value=pl.when(pl.col("missing")).then(None).otherwise(pl.col("value")),
                  row="row")
        return names, {indicators[code]: part.drop("indicator")
                       for (code,), part in frame.partition_by("indicator", as_dict=True).items()}


    def observation_cells(self, rows) -> dict[str, object]:
        """What :meth:`checker.data.matching.Point.evidence` says of each of ``rows`` (the ``row`` of
        :meth:`indicator_frames`), by field, in the order of ``rows``: text, unit, data_unit, file (polars string
        series), line, column (int64 series), notes (a list of each row's notes). Made from the columns, without a
        Point a row, and but for the texts and notes without a Python object a row."""
        import numpy as np
        import polars as pl

        if not self.series:
            return {"text": pl.Series([], dtype=pl.String), "unit": pl.Series([], dtype=pl.String),
                    "data_unit": pl.Series([], dtype=pl.String), "file": pl.Series([], dtype=pl.String),
                    "line": pl.Series([], dtype=pl.Int64), "column": pl.Series([], dtype=pl.Int64), "notes": []}
        store = self.rows.store
        c = store.columns
        rows = np.asarray(rows, dtype=np.int64)
        # each row's pair of unit codes (the plan's, the data's; -1, none, as the last), its units written once a pair
        names, width = [*store.unit_names, None], len(store.unit_names) + 1
        plan_codes, data_codes = store.plan_unit[rows], store.data_unit[rows]
        pairs = np.where(plan_codes < 0, width - 1, plan_codes).astype(np.int64) * width + \
            np.where(data_codes < 0, width - 1, data_codes)
        found, each = np.unique(pairs, return_inverse=True)
        unit, data_unit = [], []
        for pair in found.tolist():
            plan, data = names[pair // width], names[pair % width]
            unit.append(plan or data)  # the plan's unit, else the data's
            data_unit.append(data if data and data != plan else None)  # the data's, if other
        each = pl.Series(each.reshape(-1), dtype=pl.Int64)
        notes = c.notes
        return {
            "text": c.texts.gather(rows).alias(""),  # polars' gather: no Python text a row
            "unit": pl.Series(unit, dtype=pl.String).gather(each),
            "data_unit": pl.Series(data_unit, dtype=pl.String).gather(each),
            "file": pl.Series(c.file_names, dtype=pl.String).gather(c.file[rows].astype(np.int64)),
            "line": pl.Series(c.line[rows], dtype=pl.Int64),
            "column": pl.Series(c.column[rows], dtype=pl.Int64),
            "notes": [list(notes.get(row, ())) for row in rows.tolist()] if notes else [[]] * len(rows),
        }


@dataclass
class _Store:
    """The columns a plan's series are views of, with values and units in the plan's units."""

    columns: Columns
    value: object
    data_unit: object
    plan_unit: object
    unit_names: list[str]

    def point(self, row: int) -> Point:
        c, names = self.columns, self.unit_names
        data_code, plan_code = self.data_unit[row], self.plan_unit[row]
        data = names[data_code] if data_code >= 0 else None
        plan = names[plan_code] if plan_code >= 0 else None
        return Point(
            year=int(c.year[row]),
            value=None if c.missing[row] else float(self.value[row]),
            text=c.text(row),
            location=c.location(row),
            unit=plan or data,
            notes=c.notes.get(row, ()),
            original_unit=data if data and data != plan else None,
        )


class ColumnSeries(Mapping):
    """One region's values of one indicator by year, as a view of the columns: a year's
    :class:`~checker.data.matching.Point` is made the first time it is asked for."""

    __slots__ = ("_index", "_points", "_rows", "_store", "_valued")

    def __init__(self, store: _Store, rows):
        self._store, self._rows = store, rows
        self._index: dict[int, int] | None = None
        self._points: dict[int, Point] = {}
        self._valued: list[int] | None = None

    def _years(self) -> dict[int, int]:
        if self._index is None:
            rows = self._rows.tolist()
            self._index = dict(zip(self._store.columns.year[self._rows].tolist(), rows))
        return self._index

    def __getitem__(self, year: int) -> Point:
        point = self._points.get(year)
        if point is None:
            point = self._points[year] = self._store.point(self._years()[year])
        return point

    def __iter__(self) -> Iterator[int]:
        return iter(self._years())

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, year: object) -> bool:
        return year in self._years()

    def valued_years(self) -> list[int]:
        """The years with a value, in order (without making their points)."""
        if self._valued is None:
            rows = self._rows[~self._store.columns.missing[self._rows]]
            self._valued = sorted(self._store.columns.year[rows].tolist())
        return self._valued
