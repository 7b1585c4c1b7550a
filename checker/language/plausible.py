"""The levels an indicator's target can plausibly take: the catalogue's ``plausible`` range (``rules/indicators.yaml``).

A plan that writes ``婴儿死亡率控制在10%以下`` (a common slip of % for ‰) sets, read as written, a ceiling of 100‰,
which no infant mortality target anywhere is near: any real rate then passes with confidence. A level target beyond
the range is not judged (n/a with the reason), lint warns of it and extract puts a review note on it; which scale was
meant (10‰?) is not guessed. The range catches a slipped scale only: a level whose words write it in the indicator's
own scale (``由1990年的55‰降至45‰以下`` of 新生儿死亡率, ``1,100 per 100,000 live births`` of the MMR) is the plan's word
and judged as written; one in another scale (``10%``, ``70 per 1000 live births`` of the MMR) or with no unit written
(a bare ``75``, a structured ``rule:``) is refused.
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

    __slots__ = ("level", "bound", "side", "unit", "written")

    def __init__(self, level: float, bound: float, side: str, unit: str, written: str | None = None) -> None:
        self.level = level
        self.bound = bound
        self.side = side
        self.unit = unit
        self.written = written  # the unit the target's words write the level in (%, 1/千活产), None: none written

    def slip(self, lang: str = "zh") -> str:
        """The slip the level may be, in the actual scales: ``% written for ‰?``, ``/千活产 written for /10万?``, or, no
        unit being written, that it is read in the indicator's."""
        unit = units.display(self.unit, lang)
        if self.written is None:
            return (f"目标未写单位，按{unit}读（疑为量级有误）" if lang == "zh"
                    else f"no unit is written, so it is read as {unit} (a slipped scale?)")
        written = units.display(self.written, lang)
        return (f"疑为单位笔误（把{unit}写作{written}？）" if lang == "zh"
                else f"a slipped unit ({written} written for {unit}?)")

    def words(self, name: str, text: str, name_en: str | None = None) -> tuple[str, str]:
        """Why the target is not judged (zh, en), naming the indicator (``name_en`` in English, if it has one), the
        target's words and the range."""
        level, bound = (f"{number:g}{units.suffix(self.unit)}" for number in (self.level, self.bound))
        level_en, bound_en = (f"{number:g}{units.suffix(self.unit, 'en')}" for number in (self.level, self.bound))
        more = self.side == "max"
        zh = (f"目标“{text}”即 {level}，{'高于' if more else '低于'}{name}可能的水平（{'不超过' if more else '不低于'}"
              f"{bound}）：{self.slip('zh')}，不予判断；请按规划原意改写目标")
        en = (f"the target {text!r} is {level_en}, {'above' if more else 'below'} any level of {name_en or name} ("
              f"{'at most' if more else 'at least'} {bound_en}): {self.slip('en')}, not judged; write the target as the "
              "plan means it")
        return zh, en


def range_unit(entry: Mapping | None) -> str | None:
    """The unit the catalogue ``entry``'s plausible range is in: its own ``unit:`` where the entry measures a count in
    the frame of its name (张 of 每千常住人口医疗卫生机构床位数 is per 1,000 people: the range in 张/千人), else the entry's
    unit; None where it gives no range."""
    bounds = entry.get("plausible") if isinstance(entry, Mapping) else None
    if not isinstance(bounds, Mapping):
        return None
    own = bounds.get("unit") or entry.get("unit")
    return str(own) if own else None


def in_range_unit(value: float, unit: str, entry: Mapping, rate: str | None = None) -> float:
    """``value`` in ``unit`` put in the unit of ``entry``'s range (:func:`range_unit`); a bare count that stands for
    the indicator's ``rate`` (6.5张 for 张/千人, as plans and tables write it) is read in that rate. Refused (an
    error) where it does not convert."""
    own = range_unit(entry)
    if rate and units.counts_per_people(unit, rate):  # (first: 张 to 张/千人 is no conversion, and asking pint costs
        return units.convert(value, rate, own)         # the everyday check its start-up)
    return units.convert(value, unit, own)


def value_beyond(entry: Mapping | None, value: float, unit: str | None, rate: str | None = None) -> Beyond | None:
    """A data value (``value`` in ``unit``, the plan's; ``rate``: the rate a bare count of it stands for) beyond the
    plausible range of the catalogue ``entry``; None where it is within it, the entry gives no range, or the value
    cannot be put in the range's unit. Whether it is a slip of scale is for the caller to weigh (it stands 10 or
    more times off the target too): a real rate may lie past a range set for targets (the rate a plan starts from is
    above the level it aims at)."""
    own = range_unit(entry)
    if not own or not unit:
        return None
    bounds = entry["plausible"]
    try:
        level = in_range_unit(value, unit, entry, rate)
    except CheckerError:
        return None
    for side, past in (("max", level.__gt__), ("min", level.__lt__)):
        if bounds.get(side) is not None and past(bounds[side]):
            return Beyond(level, float(bounds[side]), side, str(own), unit)
    return None


def value_words(found: Beyond, name: str, year: int, text: str, times: object, way: str,
                name_en: str | None = None, of_year: int | None = None,
                slipped_unit: tuple[str, str] | None = None) -> tuple[str, str]:
    """Why a target is not judged on a value beyond its indicator's range (``found``: :func:`value_beyond`) that
    stands ``times`` times ``way`` (``smaller``, ``larger``) than the target ``text`` — or, given ``of_year``, than
    the region's own value ``text`` of that year: (zh, en). ``slipped_unit`` (``("万元", "元")``): the data's unit whose
    scale the numbers are not in and the plan's, said instead of the kinds of slip in general."""
    level, bound = (f"{number:g}{units.suffix(found.unit)}" for number in (found.level, found.bound))
    level_en, bound_en = (f"{number:g}{units.suffix(found.unit, 'en')}" for number in (found.level, found.bound))
    more = found.side == "max"
    times_zh = f"{times:,}" if isinstance(times, int) else f"{times:g}"
    zh = (f"{year}年的值{level}{'高于' if more else '低于'}{name}可能的水平（{'不超过' if more else '不低于'}{bound}），"
          f"与{f'{of_year}年的值{text}' if of_year else f'目标“{text}”'}相差约{times_zh}倍："
          + (f"疑为单位有误（数据写{slipped_unit[0]}，应为{slipped_unit[1]}？），不予判断；请核对数据的单位" if slipped_unit else "疑为量级有误（比例写成小数、单位或格式丢失），不予判断；请核对数据的值与单位"))
    en = (f"the {year} value {level_en} is {'above' if more else 'below'} any level of {name_en or name} "
          f"({'at most' if more else 'at least'} {bound_en}) and about {times_zh} times {way} than "
          f"{f'its {of_year} value {text}' if of_year else f'the target {text!r}'}: "
          + (f"the data's unit {slipped_unit[0]} for {slipped_unit[1]}?, not judged; check the unit in the data"
             if slipped_unit else
             "a slipped scale (a share written as a fraction, a unit or a % format lost), not judged; check the value "
             "and its unit in the data"))
    return zh, en


def beyond(entry: Mapping | None, rule: Rule, rate: str | None = None) -> Beyond | None:
    """The first level of ``rule`` (its parts too) beyond the plausible range of the catalogue ``entry``; None when
    every level is within it, the entry gives no range, a level cannot be put in the range's unit (``rate``: the rate
    a bare count stands for, :func:`in_range_unit`), or the words write it in the entry's own scale (the plan's word,
    no slip: :func:`written_unit`)."""
    unit = range_unit(entry)
    if not unit:
        return None
    bounds = entry["plausible"]
    for part in (rule, *(rule.parts or ())):
        if part.kind not in LEVEL_KINDS or not part.unit:
            continue
        for value in (part.value, part.upper):
            if value is None:
                continue
            try:
                level = in_range_unit(value, part.unit, entry, rate)
            except CheckerError:
                continue
            for side, past in (("max", level.__gt__), ("min", level.__lt__)):
                if bounds.get(side) is None or not past(bounds[side]):
                    continue
                written = written_unit(part)
                if written is not None and units.same_unit(written, str(unit)):
                    break  # 由1990年的55‰降至45‰以下 of 新生儿死亡率: written in ‰, as the plan means it
                return Beyond(level, float(bounds[side]), side, str(unit), written)
    return None


def written_unit(rule: Rule) -> str | None:
    """The unit ``rule``'s words write its level in (控制在10%以下: %; 70 per 1000 live births: 1/千活产), read with no
    indicator unit; None where they write none (a bare ``75``) or are no target the grammar reads (the words of a
    structured ``rule:``). Asked only of a level beyond its range, so the grammar is parsed once more only then."""
    from checker.language.grammar import parse_target

    try:
        return parse_target(rule.text, None, rule.direction).unit
    except CheckerError:
        return None
