"""The levels an indicator's target can plausibly take: the catalogue's ``plausible`` range (``rules/indicators.yaml``).

A plan that writes ``婴儿死亡率控制在10%以下`` (a common slip of % for ‰) sets, read as written, a ceiling of 100‰,
which no infant mortality target anywhere is near: any real rate then passes with confidence. A level target beyond
the range is not judged (n/a with the reason), lint warns of it and extract puts a review note on it; which scale was
meant (10‰?) is not guessed.
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.errors import CheckerError
from checker.language import units
from checker.language.rule import LEVEL_KINDS, Rule
from checker.records import record


@record
class Beyond:
    """A target's level beyond its indicator's plausible range: ``level`` in ``unit`` (the catalogue's), past the
    range's ``bound`` on ``side`` (``max`` or ``min``)."""

    __slots__ = ("level", "bound", "side", "unit")

    def __init__(self, level: float, bound: float, side: str, unit: str) -> None:
        self.level = level
        self.bound = bound
        self.side = side
        self.unit = unit

    def words(self, name: str, text: str, name_en: str | None = None) -> tuple[str, str]:
        """Why the target is not judged (zh, en), naming the indicator (``name_en`` in English, if it has one), the
        target's words and the range."""
        level, bound = (f"{number:g}{units.suffix(self.unit)}" for number in (self.level, self.bound))
        more = self.side == "max"
        zh = (f"目标“{text}”即 {level}，{'高于' if more else '低于'}{name}可能的水平（{'不超过' if more else '不低于'}"
              f"{bound}）：疑为单位笔误（如把‰写作%），不予判断；请按规划原意改写目标")
        en = (f"the target {text!r} is {level}, {'above' if more else 'below'} any level of {name_en or name} ("
              f"{'at most' if more else 'at least'} {bound}): a slipped unit (% written for ‰?), not judged; write the "
              "target as the plan means it")
        return zh, en


def beyond(entry: Mapping | None, rule: Rule) -> Beyond | None:
    """The first level of ``rule`` (its parts too) beyond the plausible range of the catalogue ``entry``; None when
    every level is within it, the entry gives no range, or a level cannot be put in the entry's unit."""
    bounds = entry.get("plausible") if isinstance(entry, Mapping) else None
    unit = entry.get("unit") if bounds else None
    if not isinstance(bounds, Mapping) or not unit:
        return None
    for part in (rule, *(rule.parts or ())):
        if part.kind not in LEVEL_KINDS or not part.unit:
            continue
        for value in (part.value, part.upper):
            if value is None:
                continue
            try:
                level = units.convert(value, part.unit, str(unit))
            except CheckerError:
                continue
            if bounds.get("max") is not None and level > bounds["max"]:
                return Beyond(level, float(bounds["max"]), "max", str(unit))
            if bounds.get("min") is not None and level < bounds["min"]:
                return Beyond(level, float(bounds["min"]), "min", str(unit))
    return None
