"""``checker lint``: every problem in a plan file, located.

Checks, in order: YAML syntax, the JSON Schema, the grammar (every target phrase), units, duplicate
indicator ids, linked indicators that do not exist, and the plan's own contradictions: two targets
for the same indicator and year that mean different things, and baseline values that disagree.
Errors make a plan unusable; warnings (contradictions) are the plan's own mess, kept visible.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from checker.errors import PlanError, Problem
from checker.loader import read_plan
from checker.plan import Plan

#: Rule fields that decide what a target means; two targets differing in any of them conflict.
MEANING = ("kind", "op", "value", "upper", "reference", "base_year", "change", "trend", "linked_to")


def lint(plan: str | Path) -> list[Problem]:
    """All problems of one plan file, errors and warnings, in file order."""
    try:
        result, problems = read_plan(plan)
    except PlanError as error:
        return [Problem.from_error("yaml", error)]
    if result is not None:
        problems = problems + list(_plan_problems(result))
    return sorted(problems, key=lambda p: (p.location.line or 0, p.location.column or 0, p.code))


def _plan_problems(plan: Plan):
    seen = {}
    for indicator in plan.indicators:
        if indicator.id in seen:
            yield Problem(
                "error", "duplicate-id", f"indicator id {indicator.id!r} is used twice (first at line {seen[indicator.id]})",
                indicator.location, hint="ids must be unique within a plan",
            )
        else:
            seen[indicator.id] = indicator.location.line
    for indicator in plan.indicators:
        by_year = defaultdict(list)
        for target in indicator.targets:
            by_year[target.year].append(target)
            linked = target.rule.linked_to
            if target.rule.kind == "linked" and linked is None:
                yield Problem("warning", "linked", "a linked target does not say which indicator it follows",
                              target.location, hint="add `rule: {kind: linked, linked_to: <indicator id>}`")
            elif linked is not None and linked not in seen:
                yield Problem("error", "linked", f"linked_to names {linked!r}, which is not an indicator of this plan",
                              target.location)
            if target.year not in plan.target_years and not target.standing:
                yield Problem("warning", "target-year",
                              f"target year {target.year} is not among plan.target_years {list(plan.target_years)}",
                              target.location)
        for year, targets in sorted(by_year.items()):
            first = targets[0]
            for other in targets[1:]:
                if _meaning(other) != _meaning(first):
                    yield Problem(
                        "warning", "conflict",
                        f"{indicator.id} {year}: {other.text!r} (source line {other.source.line}) contradicts "
                        f"{first.text!r} (source line {first.source.line}) at line {first.location.line}",
                        other.location, hint="both are kept as the plan wrote them; `checker check` judges each",
                    )
        by_base = defaultdict(list)
        for baseline in indicator.baselines:
            if baseline.value is not None:
                by_base[baseline.year].append(baseline)
        for year, values in sorted(by_base.items()):
            if len({b.value for b in values}) > 1:
                listed = ", ".join(f"{b.text} (line {b.location.line})" for b in values)
                yield Problem("warning", "baseline-conflict",
                              f"{indicator.id}: the plan states different {year} values: {listed}",
                              values[1].location)


#: Kinds that differ only in how the plan worded a comparison with a number: "达到60%" on an up
#: indicator (reach, ≥ 60) means what "≥60" (lower_bound) means.
_VALUE_KINDS = {"reach", "lower_bound", "upper_bound"}


def _meaning(target) -> tuple:
    rule = target.rule
    kind = "value" if rule.kind in _VALUE_KINDS else rule.kind
    return (kind, *(getattr(rule, name) for name in MEANING[1:]))
