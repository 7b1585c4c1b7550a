"""Finding a plan (a file or a bundled id) and loading it: from the cache of parsed plans when it is
there, else read by :mod:`checker.plan.builder` (YAML, JSON Schema, every phrase through the grammar).

:func:`read_plan` collects every problem (what ``checker lint`` reports); :func:`load_plan` raises
the first error, for commands that need a usable plan.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from checker.digests import sha256
from checker.errors import Location, PlanError, PlanProblems
from checker.rulefiles import plans_dir

if TYPE_CHECKING:
    from checker.errors import Problem
    from checker.plan.model import Plan

SCHEMA_FILE = Path(__file__).with_name("schema.json")


@cache
def plan_schema() -> dict:
    """The JSON Schema of the plan format (``checker schema`` prints it)."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def bundled_plans() -> dict[str, Path]:
    """Bundled plan id → file."""
    return {path.stem: path for path in sorted(Path(plans_dir()).glob("*.yaml"))}


def is_plan_argument(argument: str) -> bool:
    """Whether a command-line argument names a plan (a YAML file or a bundled id) rather than data."""
    return Path(argument).suffix.lower() in (".yaml", ".yml") or argument in bundled_plans()


def resolve(plan: str | Path) -> Path:
    """A path as given, or the file of a bundled plan named by its id."""
    path = Path(plan)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return path
    bundled = bundled_plans()
    if str(plan) in bundled:
        return bundled[str(plan)]
    import difflib  # only for a plan name that is not found

    close = difflib.get_close_matches(str(plan), list(bundled), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"bundled plans: {', '.join(bundled) or 'none'}"
    raise PlanError("no such plan file or bundled plan id", Location(str(plan)), hint=hint)


def load_plan(plan: str | Path) -> Plan:
    """The plan at a path or with a bundled id; raises the first located error.

    A plan that loaded once is taken from the cache of parsed plans (checker/plan/cache.py) while
    neither it nor checker changes."""
    from checker.plan import cache as plan_cache

    path = resolve(plan)
    try:
        data = path.read_bytes()
    except OSError:
        data = None  # read_plan reports it
    if data is not None:
        kept = plan_cache.get(str(path), data)
        if kept is not None:
            return kept
    result, problems = read_plan(plan)
    errors = sorted((p for p in problems if p.severity == "error"),
                    key=lambda p: (p.location.line or 0, p.location.column or 0, p.code))
    if len(errors) == 1:
        raise PlanError(errors[0].message, errors[0].location, errors[0].hint)
    if errors:
        raise PlanProblems(errors)
    assert result is not None
    if data is not None and result.sha256 == sha256(data).hexdigest():  # not changed meanwhile
        plan_cache.put(str(path), data, result)
    return result


def read_plan(plan: str | Path) -> tuple[Plan | None, list[Problem]]:
    """The plan (None if it cannot be built) and every problem found on the way.

    Raises :class:`PlanError` only when the file cannot be read or parsed as YAML at all.
    """
    from checker.plan.builder import read  # the YAML reader, the schema and the grammar: not for a cached plan

    return read(resolve(plan))
