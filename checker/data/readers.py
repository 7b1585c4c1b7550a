"""Where data files are read: three readers behind one small protocol, and the choice between them.

A :class:`Reader` says whether it suits a set of files and reads them into a :class:`Source`: what
was read (``files``, ``skipped`` rows, ``duplicates``, the ``items`` row by row).
:func:`checker.data.matching.match` sorts a source into a plan's series: rows itself, and a source
read by columns through that source's own ``match`` (views of the columns, no rows made). The
readers, tried in order:

- :class:`ColumnarReader` — large CSV files, by columns with polars (the ``scale`` extra);
  :mod:`checker.data.columnar`. A file with a problem it cannot place at a cell is handed on.
- :class:`WorkbookReader` — Excel and OpenDocument workbooks, each sheet's table row by row;
  :mod:`checker.data.workbooks`.
- :class:`RowReader` — every CSV, row by row; :mod:`checker.data.observations`.

Modules import downwards only: observations (rows) ← matching ← columnar ← readers; none reaches
into another's private names (``tests/test_readers.py`` holds both).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from checker.data.filekinds import is_workbook
from checker.data.observations import Observations, read_rows

if TYPE_CHECKING:  # annotations only: the everyday check does not import pathlib
    from pathlib import Path

    from checker.data.observations import DataFile, Observation, RegionCells
    from checker.errors import CheckerError

    Paths = tuple[str | Path, ...]
#: Data files together this large are read by columns when polars is installed (checker/data/columnar.py):
#: below some 300 KB importing polars (~0.1 s) costs more than it saves; a national county file of 1 MB (15,000
#: rows, namesakes that make the row reader read twice) took 0.78 s by rows and 0.38 s by columns, one of 3.5 MB
#: 2.4 s and 0.73 s (it was 8 MiB). The environment variable lets the tests and the benchmark send every file
#: there (1) or none (huge).
COLUMNAR_FROM_BYTES = int(os.environ.get("CHECKER_COLUMNAR_FROM_BYTES") or 2**20)


@runtime_checkable
class Source(Protocol):
    """What a reader gives."""

    files: tuple[DataFile, ...]
    skipped: tuple[CheckerError, ...]
    duplicates: tuple

    @property
    def items(self) -> tuple[Observation, ...]: ...

    def latest(self) -> Observation | None: ...

    def region_cells(self) -> dict[tuple[str, str | None], RegionCells]: ...


class Reader(Protocol):
    """A way of reading data files."""

    def suits(self, paths: Paths) -> bool: ...

    def read(self, paths: Paths, *, skip_bad_rows: bool = False, sheet: str | None = None) -> Source: ...


class Unsuitable(Exception):
    """Raised by a reader that, having looked closer, leaves the files to the next reader."""


class ColumnarReader:
    """Large CSV files by columns (polars): a national file in a fraction of the row reader's time."""

    def suits(self, paths: Paths) -> bool:
        try:
            large = bool(paths) and sum(os.path.getsize(path) for path in paths) >= COLUMNAR_FROM_BYTES
        except (OSError, ValueError):
            return False  # the row reader reports the bad path
        if not large:  # the everyday check: nothing of the columnar path is imported
            return False
        from checker.data import columnar

        return not any(is_workbook(path) for path in paths) and columnar.available()

    def read(self, paths: Paths, *, skip_bad_rows: bool = False, sheet: str | None = None) -> Source:
        from checker.data import columnar

        try:
            return columnar.read(paths)
        except columnar.Unsuitable as why:
            raise Unsuitable(str(why)) from None


class WorkbookReader:
    """Workbooks (.xlsx, .xlsm, .xls, .ods), read with CSV files given beside them, row by row."""

    def suits(self, paths: Paths) -> bool:
        return any(is_workbook(path) for path in paths)

    def read(self, paths: Paths, *, skip_bad_rows: bool = False, sheet: str | None = None) -> Source:
        return read_rows(*paths, skip_bad_rows=skip_bad_rows, sheet=sheet)


class RowReader:
    """Every CSV file, row by row: every problem reported at its cell."""

    def suits(self, paths: Paths) -> bool:
        return True

    def read(self, paths: Paths, *, skip_bad_rows: bool = False, sheet: str | None = None) -> Source:
        return read_rows(*paths, skip_bad_rows=skip_bad_rows, sheet=sheet)


READERS: tuple[Reader, ...] = (ColumnarReader(), WorkbookReader(), RowReader())


def read_observations(*paths: str | Path, skip_bad_rows: bool = False, sheet: str | None = None) -> Source:
    """Read CSV files or Excel workbooks of observations (long or wide layout), in the order given, with
    the first reader that suits them (see the module's docstring).

    A bad row raises a located :class:`CheckerError`, or with ``skip_bad_rows`` is left out and its
    error listed in ``skipped``. Errors that concern a whole file (cannot open, encoding, header,
    broken quoting, no data) always raise. Conflicting duplicates are found across all the files.
    Workbooks are read from their first visible sheet, or ``sheet`` (``"*"``: every visible sheet), or
    the sheet a path names after ``#`` (``data.xlsx#表2``).
    """
    for reader in READERS:
        if reader.suits(paths):
            try:
                return reader.read(paths, skip_bad_rows=skip_bad_rows, sheet=sheet)
            except Unsuitable:
                continue
    raise AssertionError("the row reader suits every file")  # pragma: no cover


def refuse_years_to_come(source: Source, this_year: int) -> None:
    """Refuse data for a year after ``this_year``: such a value cannot have been observed yet. It is a
    plan's target column (a ``2028年`` column of the plan's own table) or a projection, and judged as
    data it passes the target it copies. ``--as-of`` that year judges such data knowingly."""
    from checker.errors import CheckerError

    latest = source.latest()
    if latest is not None and latest.year > this_year:
        why, hint = year_to_come(latest.year, this_year)
        raise CheckerError(f"{latest.indicator} {latest.year}: a value for a year {why}", latest.location, hint=hint)


def year_to_come(year: int, this_year: int) -> tuple[str, str]:
    """What is wrong with data for ``year``, after ``this_year``, and what to do: for ``check`` and ``validate``."""
    return (f"still to come (this year is {this_year}): not observed data, but a plan's targets or a projection?",
            f"leave the years to come out of the data, or give --as-of {year} to judge it as it would stand then")


__all__ = ["READERS", "ColumnarReader", "Observations", "Reader", "RowReader", "Source", "WorkbookReader",
           "read_observations", "refuse_years_to_come",
           "year_to_come"]
