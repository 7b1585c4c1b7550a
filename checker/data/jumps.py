"""Year-on-year jumps a person should look at before a series is judged: above all a jump by a factor
near 10, 100 or 1000, the mark of a unit slip (4.1 % for 4.1 ‰, 万元 for 元) or a misplaced decimal
point. ``checker validate`` reports each as a located warning naming the likely slip.

Pure: the series come in with their rows, the findings go out as plain tuples for the caller to wrap.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from checker.judge.bands import fmt
from checker.errors import Location
from checker.language.units import suffix
from checker.records import record

#: How far (in powers of ten) a ratio may sit from 10, 100 or 1000 and still read as a slip of that factor.
SLIP_TOLERANCE = 0.15
#: The same for values against a target level, which they may be well short of or beyond: 45–224 times off
#: reads as a slip of 100, 447–2,239 times as one of 1,000.
TARGET_SLIP_TOLERANCE = 0.35
#: A year-on-year ratio at least this large (or its inverse) is far outside what health series show.
LARGE_JUMP = 5.0


@record
class Jump:
    """One suspicious value: where it is, and the message and hint for a person."""

    __slots__ = ("location", "message", "hint")

    def __init__(self, location: Location, message: str, hint: str) -> None:
        self.location = location
        self.message = message
        self.hint = hint


@record
class Value:
    """One year of a series as validate sees it: the value in the plan's unit and the row it came from."""

    __slots__ = ("year", "value", "text", "unit", "location")

    def __init__(self, year: int, value: float, text: str, unit: str | None, location: Location) -> None:
        self.year = year
        self.value = value
        self.text = text
        self.unit = unit  # the row's own unit, as written (None: the plan's)
        self.location = location


def jumps(name: str, region: str, plan_unit: str | None, series: Iterable[Value]) -> list[Jump]:
    """The values of one region's series that jump from the year before (or to the year after) by a
    factor near a power of ten, or by ``LARGE_JUMP`` or more; each found once, at the odd row."""
    values = sorted((v for v in series if v.value and math.isfinite(v.value)), key=lambda v: v.year)
    found: list[Jump] = []
    flagged: set[int] = set()
    for before, after in zip(values, values[1:]):
        if (before.value > 0) != (after.value > 0):
            continue  # a change of sign is no factor
        ratio = abs(after.value / before.value)
        factor = slip_factor(before.value, after.value)
        slip = factor is not None
        if not slip and max(ratio, 1 / ratio) < LARGE_JUMP:
            continue
        odd = _odd_one(values, before, after)
        if odd.year in flagged:
            continue
        flagged.add(odd.year)
        other = after if odd is before else before
        unit = suffix(plan_unit)  # 12/10万, not "121/10万" (the unit's 1 glued to the number)
        head = (f"{name} in {region}: {odd.year} is {fmt(odd.value)}{unit} against {fmt(other.value)}{unit} in "
                f"{other.year}")
        if slip:
            times = 10 ** factor
            written = f" (written {odd.text.strip()!r} {odd.unit})" if odd.unit and odd.unit != plan_unit else ""
            found.append(Jump(odd.location,
                              f"{head}{written}: about {times:,} times {'larger' if _larger(odd, other) else 'smaller'}, "
                              "as a unit slip or a misplaced decimal point would make it",
                              _slip_hint(odd, plan_unit, times)))
        else:
            gap = after.year - before.year  # 2020 to 2024 with no year between is four years, not one step
            span = "from one year to the next" if gap == 1 else f"over {gap} years with no value between"
            found.append(Jump(odd.location, f"{head}: a change by a factor of {fmt(round(max(ratio, 1 / ratio), 1))} "
                                            f"{span}, far outside what such a series shows",
                              "check the value and its unit against the source"))
    return found


def slip_factor(one: float, other: float, smallest: int = 1, tolerance: float = SLIP_TOLERANCE) -> int | None:
    """The power of ten (``smallest`` to 3) that two non-zero values of one sign stand apart by, within
    ``tolerance`` (in powers of ten) — the mark of a unit slip or a misplaced decimal point — else None."""
    if not one or not other or (one > 0) != (other > 0) or not (math.isfinite(one) and math.isfinite(other)):
        return None
    power = abs(math.log10(abs(other)) - math.log10(abs(one)))  # not other / one: 3.9 / 5e-324 overflows
    factor = round(power)
    return factor if smallest <= factor <= 3 and abs(power - factor) <= tolerance else None


def _larger(odd: Value, other: Value) -> bool:
    return abs(odd.value) > abs(other.value)


def _odd_one(values: list[Value], before: Value, after: Value) -> Value:
    """Of two neighbours, the one further (in powers of ten) from the series' median; the later on a tie."""
    ordered = sorted(abs(v.value) for v in values)
    middle = ordered[len(ordered) // 2] if len(ordered) % 2 else math.sqrt(ordered[len(ordered) // 2 - 1]
                                                                           * ordered[len(ordered) // 2])
    if len(values) < 3:
        return after

    def distance(value: Value) -> float:
        return abs(math.log10(abs(value.value) / middle))

    return before if distance(before) > distance(after) else after


def _slip_hint(odd: Value, plan_unit: str | None, times: int) -> str:
    if odd.unit and plan_unit and odd.unit != plan_unit:
        return (f"if {odd.text.strip()} {plan_unit} was meant, the unit column says {odd.unit} instead of "
                f"{plan_unit}; otherwise confirm the value")
    return f"check the unit and the decimal point (a factor of {times:,}); otherwise confirm the value"
