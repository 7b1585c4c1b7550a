"""Located errors and problems.

Every bad input checker meets becomes a :class:`CheckerError` that says where (file, line, column,
YAML path), what was expected and what to do. Linting collects :class:`Problem` objects instead of
raising, so that one run reports every problem in a plan.
"""

from __future__ import annotations

from checker.records import record


@record
class Location:
    """Where something came from: a file, a 1-based line and column, and a path inside the document.

    A cell of a workbook has a ``sheet``; its line and column are then the sheet's row and column
    (both 1-based), written the way a spreadsheet user finds them: ``data.xlsx[Sheet1]!C12``.
    """

    __slots__ = ("file", "line", "column", "path", "sheet")

    def __init__(self, file: str | None = None, line: int | None = None, column: int | None = None,
                 path: tuple[str | int, ...] = (), sheet: str | None = None) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.sheet = sheet

    def yaml_path(self) -> str:
        """The document path as ``indicators[2].targets.2030.text``."""
        out = ""
        for part in self.path:
            if isinstance(part, int):
                out += f"[{part}]"
            else:
                out += ("." if out else "") + str(part)
        return out

    def cell(self) -> str | None:
        """A workbook cell's reference (``C12``; a whole row ``12:12``), or None outside a workbook."""
        if self.sheet is None or self.line is None:
            return None
        if self.column is None:
            return f"{self.line}:{self.line}"
        return f"{column_letters(self.column)}{self.line}"

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.sheet is not None:
            cell = self.cell()
            return f"{where}[{self.sheet}]" + (f"!{cell}" if cell else "")
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def to_dict(self) -> dict:
        data = {"file": self.file, "line": self.line, "column": self.column, "path": self.yaml_path() or None}
        if self.sheet is not None:
            data.update(sheet=self.sheet, cell=self.cell())
        return data


def column_letters(number: int) -> str:
    """A spreadsheet's name of the 1-based column ``number``: 1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class CheckerError(Exception):
    """An input or usage error that checker reports to the user (exit code 2), never a traceback."""

    def __init__(self, message: str, location: Location | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.location and self.location.path:
            text += f"\n  at {self.location.yaml_path()}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def relocated(self, location: Location) -> "CheckerError":
        """The same error, placed at ``location`` (used when a phrase turns out to come from a file)."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        Exception.__init__(clone, self.message)
        clone.location = location
        return clone


class GrammarError(CheckerError):
    """A target phrase the grammar cannot read."""

    def __init__(self, message: str, phrase: str, location: Location | None = None, hint: str | None = None):
        super().__init__(message, location, hint)
        self.phrase = phrase


class UnitError(CheckerError):
    """A unit that is unknown, or two units that cannot be converted into each other."""


class PhraseUnitError(GrammarError, UnitError):
    """A target phrase whose unit cannot be converted to its indicator's unit (both a grammar and a unit error)."""


class PlanError(CheckerError):
    """A plan file that cannot be read or does not follow the plan format."""


@record
class Problem:
    """One finding of ``checker lint``: located, with a severity and a short code."""

    __slots__ = ("severity", "code", "message", "location", "hint")

    def __init__(self, severity: str, code: str, message: str, location: Location | None = None,
                 hint: str | None = None) -> None:
        self.severity = severity  # "error" | "warning"
        self.code = code  # yaml, schema, grammar, unit, duplicate-id, conflict, baseline-conflict
        self.message = message
        self.location = Location() if location is None else location
        self.hint = hint

    @classmethod
    def from_error(cls, code: str, error: CheckerError) -> "Problem":
        return cls("error", code, error.message, error.location or Location(), error.hint)

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message} [{self.code}]"
        if self.location.path:
            text += f"\n  at {self.location.yaml_path()}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def to_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            **self.location.to_dict(),
        }


class PlanProblems(PlanError):
    """A plan with several errors: all of them, as ``checker lint`` lists them, so that one run shows
    everything to fix (the first is the error's own message and location)."""

    def __init__(self, problems: list[Problem]):
        first = problems[0]
        super().__init__(f"{len(problems)} problems in the plan; the first: {first.message}", first.location,
                         first.hint)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        where = self.location.file if self.location and self.location.file else "the plan"
        lines = [f"{where}: {len(self.problems)} problems in the plan (`checker lint` lists the same):"]
        lines += ["  " + str(problem).replace("\n", "\n  ") for problem in self.problems]
        return "\n".join(lines)


class DataErrors(CheckerError):
    """Several series of the data refused in one pass (a unit for an indicator the plan gives none, values far off
    its targets): all of them, so that one run names every indicator to fix, not the first alone."""

    def __init__(self, errors: list[CheckerError]):
        first = errors[0]
        super().__init__(f"{len(errors)} problems in the data; the first: {first.message}", first.location, first.hint)
        self.errors = tuple(errors)

    def __str__(self) -> str:
        lines = [f"{len(self.errors)} problems in the data, each to fix:"]
        lines += ["  " + str(error).replace("\n", "\n  ") for error in self.errors]
        return "\n".join(lines)
