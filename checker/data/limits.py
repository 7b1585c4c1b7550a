"""Values an indicator cannot take (``rules/limits.yaml``): a share above 100%, a negative count.

Shared by the matching step (``checker check`` refuses such a value at its data cell) and by
``checker validate`` (which lists it), so that both say the same thing about the same cell.
"""

from __future__ import annotations

from functools import cache

from checker.judge.bands import fmt
from checker.rulefiles import load_rules_yaml
from checker.language import units

LIMITS_FILE = "limits.yaml"


@cache
def _limits() -> tuple[dict[str, tuple[float | None, float | None]], tuple[str, ...], tuple[str, ...]]:
    data = load_rules_yaml(LIMITS_FILE)
    by_unit = _ByUnit(
        {units.canonical(str(unit)): (bounds.get("min"), bounds.get("max")) for unit, bounds in data["units"].items()}
    )
    amounts = data.get("amounts") or {}
    by_unit.amounts = (amounts.get("min"), amounts.get("max"))
    return by_unit, tuple(data["may_exceed"]), tuple(data["may_be_negative"])


class _ByUnit(dict):
    """Bounds by unit; a unit not listed that is made of amounts and counts, or counts per so many of a noun,
    takes `amounts`' bounds."""

    amounts: tuple[float | None, float | None] = (None, None)

    def __missing__(self, unit: str) -> tuple[float | None, float | None]:
        # a rate counted per so many of a noun (per 1,000 live births, 1/10万人) is no more negative than a count
        counted = units.is_known(unit) and units.read(unit).noun is not None
        bounds = self.amounts if units.is_amount(unit) or counted else (None, None)
        self[unit] = bounds
        return bounds


def limits_for(unit: str | None, names: list[str]) -> tuple[float | None, float | None]:
    """The lowest and highest value an indicator called ``names`` can take in ``unit`` (None: open)."""
    if unit is None:
        return None, None
    by_unit, may_exceed, may_be_negative = _limits()
    low, high = by_unit[unit]
    if high is not None and any(word in name for name in names for word in may_exceed):
        high = None
    if low is not None and any(word in name for name in names for word in may_be_negative):
        low = None
    return low, high


def impossible(value: float, unit: str | None, names: list[str]) -> tuple[str, str] | None:
    """(message, hint) when ``value`` in ``unit`` cannot be a value of an indicator called ``names``."""
    if unit is None:
        return None
    low, high = _limits()[0][unit]
    if not ((high is not None and value > high) or (low is not None and value < low)):
        return None  # the common case, without looking at the names
    low, high = limits_for(unit, names)
    space = "" if unit in ("%", "‰") else " "
    if high is not None and value > high:
        return (f"{fmt(value)}{space}{unit} is above {fmt(high)}{space}{unit}, which this indicator cannot reach",
                "check the value and its unit (‰ written as %? a count in a share's column?)")
    if low is not None and value < low:
        return (f"{fmt(value)}{space}{unit} is below {fmt(low)}, impossible for this indicator",
                "check the value's sign and its unit")
    return None
