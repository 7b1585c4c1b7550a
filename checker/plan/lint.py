"""``checker lint``: every problem in a plan file, located.

Checks, in order: YAML syntax, the JSON Schema, the grammar (every target phrase), units, rules that
cannot be judged, and the plan's own checks (:mod:`checker.plan.checks`: duplicate ids, linked
indicators that do not exist, targets for one indicator and year that cannot both hold, baseline
values that disagree). Errors make a plan unusable — ``checker check`` refuses exactly what lint
reports as errors; warnings (contradictions) are the plan's own mess, kept visible.
"""

from __future__ import annotations

from pathlib import Path

from checker.errors import PlanError, Problem
from checker.plan.loader import read_plan


def lint(plan: str | Path, *, strict: bool = False) -> list[Problem]:
    """All problems of one plan file, errors and warnings, in file order. ``strict`` adds a warning
    for each target that does not say which line of the plan document it comes from."""
    try:
        result, problems = read_plan(plan)
    except PlanError as error:
        return [Problem.from_error("yaml", error)]
    if strict and result is not None:
        problems = problems + [
            Problem("warning", "source", f"{target.indicator} {target.year}: {target.text!r} does not say where "
                    "in the plan document it comes from" + (" (a quote, but no line)" if target.source else ""),
                    target.location,
                    hint="add `source: {line: N, quote: \"…\"}` with the line of the plan document")
            for target in result.targets if target.source is None or target.source.line is None]
    return sorted(problems, key=lambda p: (p.location.line or 0, p.location.column or 0, p.code))


