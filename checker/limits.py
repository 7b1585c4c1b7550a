"""Values an indicator cannot take (``rules/limits.yaml``): a share above 100%, a negative count.

Shared by the matching step (``checker check`` refuses such a value at its data cell) and by
``checker validate`` (which lists it), so that both say the same thing about the same cell.
"""

from __future__ import annotations

from functools import cache

from checker.bands import fmt
from checker.rulefiles import load_rules_yaml
from checker.units import canonical

LIMITS_FILE = "limits.yaml"


@cache
def _limits() -> tuple[dict[str, tuple[float | None, float | None]], tuple[str, ...], tuple[str, ...]]:
    data = load_rules_yaml(LIMITS_FILE)
    by_unit = {canonical(str(unit)): (bounds.get("min"), bounds.get("max")) for unit, bounds in data["units"].items()}
    return by_unit, tuple(data["may_exceed"]), tuple(data["may_be_negative"])


def impossible(value: float, unit: str | None, names: list[str]) -> tuple[str, str] | None:
    """(message, hint) when ``value`` in ``unit`` cannot be a value of an indicator called ``names``."""
    if unit is None:
        return None
    by_unit, may_exceed, may_be_negative = _limits()
    low, high = by_unit.get(unit, (None, None))
    shown = f"{fmt(value)}{'' if unit in ('%', '‰') else ' '}{unit}"
    if high is not None and value > high and not any(word in name for name in names for word in may_exceed):
        return (f"{shown} is above {fmt(high)}{'' if unit in ('%', '‰') else ' '}{unit}, which this indicator cannot reach",
                "check the value and its unit (‰ written as %? a count in a share's column?)")
    if low is not None and value < low and not any(word in name for name in names for word in may_be_negative):
        return (f"{shown} is below {fmt(low)}, impossible for this indicator", "check the value's sign and its unit")
    return None
