"""Where a verdict, a revised value or a listed row points in the user's files (github, sarif, markdown).

A verdict caused by the data points at the data file's row of the observation it judged; one caused
by the plan (a target the plan leaves unspecified or sets elsewhere: kinds ``unspecified`` and
``external``) points at the plan file's line of the target. A verdict without any observation (no
data for the indicator, no reference value) points at the data file as a whole.

Columns: checker's messages count CSV cells (``file:9:4`` is the 4th cell of line 9); GitHub and
SARIF count characters. :attr:`Report.columns <checker.reporters.Report.columns>` maps one to the
other (see :mod:`checker.data.cells`); without it a location is given without a column rather than with
a wrong one. A workbook's cell has no line of text to point at: the annotation names the file, and
its text the sheet and cell (``data.xlsx[Sheet1]!C12``).
"""

from __future__ import annotations

import re

import os
from dataclasses import dataclass

#: Kinds whose n/a is the plan's doing, not the data's.
PLAN_CAUSED = ("external", "unspecified")

@dataclass(frozen=True)
class Where:
    file: str | None
    line: int | None = None
    column: int | None = None  # character column (1-based), when known
    cell: int | None = None  # CSV cell number (1-based), as checker's messages count
    origin: str = "data"  # "data" | "plan"
    sheet: str | None = None  # a workbook's sheet (then no line: ``reference`` is the cell)
    reference: str | None = None  # the workbook cell, C12

    def __str__(self) -> str:
        text = self.file or "<input>"
        if self.sheet is not None:
            return f"{text}[{self.sheet}]" + (f"!{self.reference}" if self.reference else "")
        if self.line is not None:
            text += f":{self.line}"
            if self.cell is not None:
                text += f":{self.cell}"
        return text


def display_path(path: str | None) -> str | None:
    """A path as CI tools want it: relative to the working directory where it lies inside it, ``/``-separated."""
    if not path:
        return path
    if os.path.isabs(path):
        try:
            relative = os.path.relpath(path)
        except ValueError:  # another drive (Windows)
            return path.replace(os.sep, "/")
        if relative != ".." and not relative.startswith(".." + os.sep):
            return relative.replace(os.sep, "/")
        return path.replace(os.sep, "/")
    return os.path.normpath(path).replace(os.sep, "/")


def located(report, file: str | None, line: int | None, cell: int | None, origin: str = "data",
            sheet: str | None = None) -> Where:
    if sheet is not None:
        from checker.errors import Location

        return workbook_where(Location(file, line, cell, sheet=sheet), origin)
    column = report.columns.get((file, line, cell)) if file and line and cell else None
    return Where(display_path(file), line, column, cell, origin)


def workbook_where(location, origin: str = "data") -> Where:
    """Where a workbook cell points: the file, with its sheet and cell (no line of text)."""
    return Where(display_path(location.file), origin=origin, sheet=location.sheet, reference=location.cell())


def plan_caused(result) -> bool:
    return result.kind in PLAN_CAUSED


def result_where(report, result) -> Where:
    """Where to point for one verdict (see the module's docstring)."""
    evidence = result.evidence or {}
    observation = evidence.get("observation")
    if not plan_caused(result) and observation and observation.get("file"):
        return located(report, observation["file"], observation.get("line"), observation.get("column"),
                       sheet=observation.get("sheet"))
    if plan_caused(result) or not report.files:
        plan = evidence.get("plan") or {}
        return Where(display_path(plan.get("file") or report.plan.file), plan.get("line"), origin="plan")
    return Where(display_path(report.files[0].path))


def revision_where(report, revision, which: str = "new") -> Where:
    location = revision.new.location if which == "new" else revision.old.location
    return located(report, location.file, location.line, location.column, sheet=location.sheet)


def location_where(report, location) -> Where | None:
    """Where a located error (a skipped row, an unknown indicator's first row) points, if anywhere."""
    if location is None or not location.file:
        return None
    return located(report, location.file, location.line, location.column, sheet=location.sheet)


#: a warning line that opens with its data cell (``data.csv:3:4: warning: …``): the file, line and cell number
_LOCATED_WARNING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<cell>\d+): warning: (?P<message>.*)$", re.S)


def warning_place(line: str) -> tuple[str, int, int, str] | None:
    """(file, line, cell number, message) of a data warning that opens with its cell, else None."""
    found = _LOCATED_WARNING.match(line)
    if found is None:
        return None
    return found["file"], int(found["line"]), int(found["cell"]), found["message"]


#: … and one that opens with a workbook's cell (``data.xlsx[数据]!E4: warning: …``)
_SHEET_WARNING = re.compile(r"^(?P<file>.+?)\[(?P<sheet>[^\]]+)\]!(?P<cell>[A-Z]{1,3}\d+): warning: (?P<message>.*)$", re.S)


def warning_where(report, line: str) -> tuple[Where | None, str]:
    """Where a data warning points (its cell, as the other annotations do) and its message without the place;
    (None, the line) for a warning of the whole run (regions that may be one place)."""
    place = warning_place(line)
    if place is not None:
        return located(report, place[0], place[1], place[2]), place[3]
    sheet = _SHEET_WARNING.match(line)
    if sheet is not None:
        return Where(display_path(sheet["file"]), sheet=sheet["sheet"], reference=sheet["cell"]), sheet["message"]
    return None, line

