"""Tolerance bands: for a comparison against a target value X, the values that pass and that warn.

One place for the arithmetic of design.md §4, shared by ``checker explain`` (which describes the
bands in words) and the engine (which applies them to observed values).
"""

from __future__ import annotations

import math
from functools import lru_cache

from checker.judge.policy import Policy
from checker.judge.precision import tidy
from checker.language.rule import RANGE_KEPT_WITHIN
from checker.records import record


@record
class Interval:
    """Values from ``low`` to ``high``; an open end excludes the bound itself."""

    __slots__ = ("low", "high", "low_open", "high_open")

    def __init__(self, low: float = -math.inf, high: float = math.inf, low_open: bool = False,
                 high_open: bool = False) -> None:
        self.low = low
        self.high = high
        self.low_open = low_open
        self.high_open = high_open

    def __contains__(self, value: float) -> bool:
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def describe(self, name: str, unit: str = "") -> str:
        """``name ≤ 4‰``, ``3.8 ≤ name ≤ 4.2``, in the symbols both languages read."""
        left = "" if self.low == -math.inf else f"{fmt(self.low)}{unit} {'<' if self.low_open else '≤'} "
        right = "" if self.high == math.inf else f" {'<' if self.high_open else '≤'} {fmt(self.high)}{unit}"
        if not left and not right:
            return f"{name}: any"
        if not left:
            return f"{name}{right}"
        if not right:
            return f"{name} {'>' if self.low_open else '≥'} {fmt(self.low)}{unit}"
        return f"{left}{name}{right}"


@record
class Bands:
    """The pass band and the (wider) warn band; anything outside the warn band fails."""

    __slots__ = ("passing", "warning")

    def __init__(self, passing: Interval, warning: Interval) -> None:
        self.passing = passing
        self.warning = warning

    def status(self, value: float) -> str:
        if value in self.passing:
            return "pass"
        return "warn" if value in self.warning else "fail"

    def warn_only(self) -> list[Interval]:
        """The values that warn: the warn band without the pass band (one piece on each open side)."""
        p, w = self.passing, self.warning
        pieces = []
        if w.low < p.low or (p.low_open and w.low <= p.low and p.low != -math.inf):
            pieces.append(Interval(w.low, p.low, w.low_open, not p.low_open))
        if w.high > p.high or (p.high_open and w.high >= p.high and p.high != math.inf):
            pieces.append(Interval(p.high, w.high, not p.high_open, w.high_open))
        return pieces

    def failing(self) -> list[Interval]:
        """The values that fail: outside the warn band."""
        w = self.warning
        pieces = []
        if w.low != -math.inf:
            pieces.append(Interval(high=w.low, high_open=not w.low_open))
        if w.high != math.inf:
            pieces.append(Interval(low=w.high, low_open=not w.high_open))
        return pieces


@lru_cache(maxsize=1 << 16)  # a national run writes the same goals and two-decimal values again and again
def fmt(number: float) -> str:
    """A number as a plan would write it: no trailing zeros, at most 4 decimals; one past any plan's or
    table's (a cell's 1e308) in six figures and a power of ten, not three hundred digits of float noise."""
    if abs(number) >= 1e15:
        return f"{number:.6g}"
    text = f"{number:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _edge(number: float) -> float:
    """A band edge without float noise: 2% over 2.3 is 2.346, not 2.3459999999999996, so that a value
    of exactly 2.346 warns as the policy says instead of failing."""
    return tidy(number)


def bands(op: str, target: float, direction: str, policy: Policy, upper: float | None = None,
          scale: float | None = None, unit: str | None = None, indicator: str | None = None) -> Bands:
    """The bands for ``value OP target`` on an indicator whose better direction is ``direction``; the
    policy's fractions are of ``scale`` where given (the size of a change promised from a base value:
    提高1岁左右 is within 5% of the 1 year, not of the 79 years it reaches), else of the target; no band
    wider than the policy's cap for the value's ``unit`` (half a year for 岁), or for the catalogue ``indicator`` the
    value is of, in its own unit (:meth:`~checker.judge.policy.Policy.widest`)."""
    size = abs(target) if scale is None else abs(scale)
    slack = min(size * policy.bound_warn, policy.widest(unit, "bound_warn", indicator))
    if op in ("<=", "<"):
        return Bands(Interval(high=target, high_open=op == "<"), Interval(high=_edge(target + slack)))
    if op in (">=", ">"):
        return Bands(Interval(low=target, low_open=op == ">"), Interval(low=_edge(target - slack)))
    if op == "between":
        top = target if upper is None else upper
        # a range of a measure with a better way (达到35%～40% of health literacy): beyond it that way is the plan
        # exceeded, as a range of changes (decisions.md) and an "about" target's better side pass; a range to keep
        # within (:data:`RANGE_KEPT_WITHIN`) is judged with direction "neutral" by its callers
        slack_low = min(abs(target) * policy.bound_warn, policy.widest(unit, "bound_warn", indicator))
        slack_high = min(abs(top) * policy.bound_warn, policy.widest(unit, "bound_warn", indicator))
        if direction == "up":
            return Bands(Interval(low=target), Interval(low=_edge(target - slack_low)))
        if direction == "down":
            return Bands(Interval(high=top), Interval(high=_edge(top + slack_high)))
        return Bands(Interval(target, top), Interval(_edge(target - slack_low), _edge(top + slack_high)))
    if op in ("≈", "=="):
        near = min(size * policy.around_pass, policy.widest(unit, "around_pass", indicator))
        far = max(near, min(size * policy.around_warn, policy.widest(unit, "around_warn", indicator)))
        if direction == "up":
            return Bands(Interval(low=_edge(target - near)), Interval(low=_edge(target - far)))
        if direction == "down":
            return Bands(Interval(high=_edge(target + near)), Interval(high=_edge(target + far)))
        return Bands(
            Interval(_edge(target - near), _edge(target + near)), Interval(_edge(target - far), _edge(target + far))
        )
    raise ValueError(f"no bands for operator {op!r}")


def judged_direction(op: str, direction: str, notes: tuple[str, ...]) -> str:
    """The direction a target's bands are drawn for: the indicator's, but none for a range to keep within."""
    return "neutral" if op == "between" and RANGE_KEPT_WITHIN in notes else direction
