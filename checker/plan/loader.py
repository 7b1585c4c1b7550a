"""Finding a plan (a file or a bundled id) and loading it: from the cache of parsed plans when it is
there, else read by :mod:`checker.plan.builder` (YAML, JSON Schema, every phrase through the grammar).

:func:`read_plan` collects every problem (what ``checker lint`` reports); :func:`load_plan` raises
the first error, for commands that need a usable plan.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import TYPE_CHECKING

from checker.digests import sha256
from checker.errors import Location, PlanError, PlanProblems
from checker.files import is_regular
from checker.rulefiles import plans_dir

if TYPE_CHECKING:
    from pathlib import Path

    from checker.errors import Problem
    from checker.plan.model import Plan

# Paths as text (os.path) on the everyday path: pathlib and what it imports (urllib.parse, ipaddress)
# cost ≈ 3 ms of a check; the functions that return a Path import it.
SCHEMA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schema.json")


@cache
def plan_schema() -> dict:
    """The JSON Schema of the plan format (``checker schema`` prints it)."""
    with open(SCHEMA_FILE, encoding="utf-8") as handle:
        return json.load(handle)


def _bundled_files() -> dict[str, str]:
    """Bundled plan id → file (``plans/*.yaml``, by name)."""
    folder = plans_dir()
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml"))
    except OSError:
        return {}
    return {(name[:-len(".yaml")] or name): os.path.join(folder, name) for name in names}


def bundled_plans() -> dict[str, Path]:
    """Bundled plan id → file."""
    from pathlib import Path

    return {plan_id: Path(file) for plan_id, file in _bundled_files().items()}


def _suffix(path: str) -> str:
    """The suffix of a path's last part, as ``pathlib.Path(path).suffix`` gives it (none for a name
    that only begins with a dot)."""
    parts = path.replace(os.altsep, os.sep).split(os.sep) if os.altsep else path.split(os.sep)
    name = next((part for part in reversed(parts) if part not in ("", ".")), "")
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def is_plan_argument(argument: str) -> bool:
    """Whether a command-line argument names a plan (a YAML file or a bundled id) rather than data."""
    return _suffix(argument).lower() in (".yaml", ".yml") or argument in _bundled_files()


def _plan_file(plan: str | Path) -> str | None:
    """The file :func:`resolve` names, as the same text, where that needs no pathlib: a path already in
    its normal form (as ``str(Path(path))`` writes it), or a bundled id; None for anything else."""
    name = str(plan)
    if not name or os.path.normpath(name) != name:
        return None  # "./plan.yaml", "a//b.yaml", "a/../b.yaml": pathlib's own reading, in resolve()
    if _suffix(name) in (".yaml", ".yml") or os.path.exists(name):
        return name
    return _bundled_files().get(name)


def resolve(plan: str | Path) -> Path:
    """A path as given, or the file of a bundled plan named by its id."""
    from pathlib import Path

    path = Path(plan)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return path
    bundled = bundled_plans()
    if str(plan) in bundled:
        return bundled[str(plan)]
    if path.is_symlink():
        raise PlanError("a symbolic link that leads nowhere (a loop, or to a file that is not there)",
                        Location(str(plan)), hint="give the plan file itself")
    import difflib  # only for a plan name that is not found

    close = difflib.get_close_matches(str(plan), list(bundled), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"bundled plans: {', '.join(bundled) or 'none'}"
    raise PlanError("no such plan file or bundled plan id", Location(str(plan)), hint=hint)


def load_plan(plan: str | Path) -> Plan:
    """The plan at a path or with a bundled id; raises the first located error.

    A plan that loaded once is taken from the cache of parsed plans (checker/plan/cache.py) while
    neither it nor checker changes."""
    from checker.plan import cache as plan_cache

    path = _plan_file(plan) or str(resolve(plan))
    data = None  # read_plan reports a path that cannot be read, a device; a FIFO is read once, there
    if is_regular(path):
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            pass
    if data is not None:
        kept = plan_cache.get(path, data)
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
    from checker.plan.checks import VERDICT_SLIPS
    from checker.records import replace

    slips = tuple(str(p).split("\n", 1)[0] for p in problems if p.severity == "warning" and p.code in VERDICT_SLIPS)
    result = replace(result, slips=slips)
    if data is not None and result.sha256 == sha256(data).hexdigest():  # not changed meanwhile
        plan_cache.put(path, data, result)
    return result


def read_plan(plan: str | Path) -> tuple[Plan | None, list[Problem]]:
    """The plan (None if it cannot be built) and every problem found on the way.

    Raises :class:`PlanError` only when the file cannot be read or parsed as YAML at all.
    """
    from checker.plan.builder import read  # the YAML reader, the schema and the grammar: not for a cached plan

    return read(resolve(plan))
