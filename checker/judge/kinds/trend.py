"""Trend targets: 持续提升, 逐步下降, 持续改善, 稳中有降.

Judged as they stand, on the observations in the trend window: the `trend.window` calendar years
(5, rules/policy.yaml) ending at the assessment year, reaching back to the target year where the assessment year is
later (as of 2035, a 2030 target's window is 2030–2035: the target year's own value stays in), and to the plan's base
year where the window holds too few years (data every five years: a 2025 target as of 2025 is judged on 2020–2025). The change is (last − first) ÷ |first|
(from a first value of 0 there is no share: see below):
at least `trend.flat` (0.5%) the promised way passes, a smaller change either way is flat (warn) — in a unit
with a cap (`caps.岁.trend_flat`, 0.2 岁) a change of the cap passes too, so that a life expectancy of 82 rising
0.2 a year is not flat for being under 0.5% of 82 —
a larger change the other way fails; a change met over the window whose last step (from the valued year
before the last) goes the other way by more than the flat share warns: it has turned. Fewer than
`trend.min_points` years of data → n/a.

Examples (window 5 years, flat 0.5%):

    持续提升: 24.45 (2020) → 27.1 (2024)   +10.8% → pass
    持续提升: 24.45 → 24.5                  +0.2% → warn (flat)
    持续提升: 81.94岁 (2020) → 82.14岁 (2021)  +0.24%, +0.2岁 → pass (at the cap of 0.2岁)
    逐步下降: 0 → 0 (a death rate)           0% → pass (at the best value it can take: rules/limits.yaml)
    逐步下降: 3.1 → 3.4                     +9.7% → fail
    逐年下降: 18, 15, 16, 17, 17.5 (2021–2025)  −2.78% over the window, +2.94% in 2024–2025 → warn (turned)
    逐年提高: 40, 43, 41, 45 (2020–2023)     +12.5% over the window, −4.65% in 2021–2022 → warn (not every year)
    持续改善 on a down indicator means falling; on a neutral indicator it cannot be judged → n/a

From 0 no share measures a change, nor bounds a flat one: the move is said without a percent (``0→18.2/10万，由0上升``,
arithmetic ``18.2 − 0 = 18.2``), and any move away from 0 counts, whatever its size and unit — the promised way meets
it, the other way is wrong; only no move is flat (or the best value). A step from 0 the other way turns a trend (逐年:
is a step against it) by any amount.

    持续改善 (down): 0 (2022) → 18.2/10万 (2024)   由0上升 → fail;  0 → 0.004/10万 → fail (in 1/100万 too)
    持续改善 (down): 0 → 0                       → pass (the best value)

逐年 (年年) promises each year's step, not only the window's (modifier ``every_year``): a step between valued
years that goes the other way by more than the flat share warns, as a turn in the last step does, and so does one
that does not move the promised way by the flat share (74, 79, 84, 84, 89 under 逐年提高: no rise in 2022–2023).

A rise curbed or slowed (快速上升势头得到遏制, 增长势头减缓: trend ``slowing``) compares the average
yearly change of the later half of the window with the earlier half (at least 3 years of data):
not rising (a change below the flat share) passes, a slower rise passes, a rise as fast or faster fails.

    增长势头减缓: 10, 12, 14 → 15, 15.5 (+2/yr, then +0.75/yr) → pass;  10, 11, 12, 14, 16 → fail
"""

from __future__ import annotations

import math

from checker.data.matching import capped_as, measured_in
from checker.judge.precision import ceiling_of, floor_of
from checker.judge.bands import fmt
from checker.judge.kinds.base import Context, Judgement, Template, na, no_data
from checker.judge.policy import Policy
from checker.language.rule import Rule
from checker.language.units import suffix
from checker.data.limits import limits_for
from checker.data.matching import valued_years
from checker.plan.model import Indicator
from checker.records import record

KINDS = ("trend",)

#: a rising or falling trend's reason: the window's ends (``y0``, ``y1``, the values as written ``v0``, ``v1``, the
#: change ``pct`` in %), then the words of its outcome (:data:`OUTCOMES`); filled by :func:`judged` for a region, and
#: slot by slot from columns for a national run (:mod:`checker.judge.frames`)
HEAD = Template("{y0}–{y1}年 {v0}→{v1}{unit}（{pct}%）", "{y0}–{y1}: {v0}→{v1}{unit} ({pct}%)")
#: the reason's head where the window starts from 0: no share of 0 measures a change (0→18.2/10万 was "1820%", the
#: new value × 100 in whatever unit the plan chose), so the move is said in words (``moved_zh``/``moved_en``, of
#: :data:`MOVED`); judged by :func:`judged` alone, region by region (the columns leave such windows to it)
HEAD_FROM_ZERO = Template("{y0}–{y1}年 {v0}→{v1}{unit}，{moved_zh}", "{y0}–{y1}: {v0}→{v1}{unit}, {moved_en}")
#: the evidence's band of a window from 0 (no share of 0 bounds a flat change)
BAND_FROM_ZERO = "flat only without change from 0"
#: a move from 0 in words, by its sign
MOVED = {1: ("由0上升", "up from 0"), -1: ("由0下降", "down from 0"), 0: ("无变化", "unchanged")}
#: each outcome's words (``wanted_zh``/``wanted_en``: 上升/rise or 下降/fall; ``turned``: the change in % from the valued
#: year ``yp`` before the last; ``best``: the best value the indicator can take)
WORDS = {
    "turned": Template("：窗口内按要求{wanted_zh}，但{yp}–{y1}年反向变化（{turned}）",
                       ": {wanted_en}s over the window, but moves the other way in {yp}–{y1} ({turned})"),
    "met": Template("：按要求{wanted_zh}", ": {wanted_en}s as promised"),
    "best": Template("：已是可能的最好值（{best}{unit}）", ": already at the best value it can take ({best}{unit})"),
    "flat": Template("：基本持平", ": flat"),
    "wrong": Template("：与要求方向相反", ": moves the wrong way"),
}
#: each outcome's status, and whether a warn of it is a near miss
OUTCOMES = {"turned": ("warn", False), "met": ("pass", True), "best": ("pass", False), "flat": ("warn", False),
            "wrong": ("fail", True)}
#: a trend promised every year (逐年) met over the window with a step the other way: a warn (judged for each region
#: by :func:`check`, never by columns)
DIPPED = Template("：窗口内按要求{wanted_zh}，但{ya}–{yb}年反向变化（{step}），未做到逐年{wanted_zh}",
                  ": {wanted_en}s over the window, but moves the other way in {ya}–{yb} ({step}): not every year")
#: ... with a step that does not move the promised way by the flat share (84→84 under 逐年提高): no rise that year
STALLED = Template("：窗口内按要求{wanted_zh}，但{ya}–{yb}年没有{wanted_zh}（{step}），未做到逐年{wanted_zh}",
                   ": {wanted_en}s over the window, but does not {wanted_en} in {ya}–{yb} ({step}): not every year")
#: ... with a step the promised way smaller than the flat share (``band``, a share of the year before, as ``step``
#: is): it moved, too little to count ("没有下降（-0.14%）" read as a contradiction)
SHORT = Template("：窗口内按要求{wanted_zh}，但{ya}–{yb}年{wanted_zh}不足（{step}，不到{band}），未做到逐年{wanted_zh}",
                 ": {wanted_en}s over the window, but {wanted_en}s too little in {ya}–{yb} ({step}, under {band}): "
                 "not every year")
#: the evidence's arithmetic of the change
ARITHMETIC = "({v1} − {v0}) ÷ |{v0}| = {pct}%"
#: ... and of a change from 0: the difference, in the indicator's unit (no share of 0 is one)
ARITHMETIC_FROM_ZERO = "{v1} − {v0} = {difference}"
#: the promised way in words (zh, en), by the form's ``way``
WANTED = {"up": ("上升", "rise"), "down": ("下降", "fall")}


@record
class TrendForm:
    """A rising or falling trend target with the policy, as plain data: what :func:`check` (one region)
    and the columns of a national run (:mod:`checker.judge.frames`) both judge by."""

    __slots__ = ("way", "window", "flat", "min_points", "unit", "best", "flat_cap")

    def __init__(self, way: str, window: int, flat: float, min_points: int, unit: str,
                 best: float | None = None, flat_cap: float = math.inf) -> None:
        self.way = way  # "up" | "down": the promised way
        self.window = window  # calendar years, ending at the assessment year
        self.flat = flat  # a change below this share either way is flat
        self.min_points = min_points  # valued years the window needs
        self.unit = unit  # as written after a number
        self.best = best  # the value the promised way cannot pass (0 falling, 100% rising; rules/limits.yaml), if any
        self.flat_cap = flat_cap  # the most a flat change may be in the unit (caps.岁.trend_flat), whatever its share

    def flat_share(self, start: float | None) -> float:
        """The share of ``start`` below which a change is flat: ``flat``, or less where the unit's cap is less (a
        life expectancy of 82 rising 0.2 岁 in a year rises, though 0.2 is under 0.5% of 82)."""
        if start and self.flat_cap < math.inf:
            return min(self.flat, self.flat_cap / abs(start))
        return self.flat

    def rise_share(self, start: float | None) -> float:
        """The share of ``start`` a move the promised way must reach to count: :meth:`flat_share`, or, below a ceiling
        (100% of a share) nearer than the value itself, that share of the room left — 住院分娩率 99.7 → 99.8 rises,
        though 0.1 is under 0.5% of 99.7 and the whole room to 100 is 0.3."""
        share = self.flat_share(start)
        if start and self.best is not None and self.best != 0:
            room = abs(self.best - start)
            if 0 < room < abs(start):  # (at the best value itself: flat, and "best")
                return min(share, self.flat * room / abs(start))
        return share

    def first_year(self, year: int, target_year: int) -> int:
        """The first calendar year of the window that ends at ``year``: ``window`` years back, or the target year
        where that is earlier. A trend judged after its target year (as of 2035 for 2030) keeps the target year's
        value in its window: a 5-year window 2031–2035 dropped it, and a trend the data showed kept to 2030 was n/a
        for want of years (with data every 5 years), or judged on years the promise was not about alone."""
        return min(year - self.window + 1, target_year)

    def reach_back(self, year: int, target_year: int, base_year: int) -> int:
        """The first calendar year of the window where the window of :meth:`first_year` holds fewer than
        ``min_points`` valued years: the plan's base year, where that is earlier. With data every five years a 2025
        target as of 2025 had 2021–2025, one year, and was n/a though the data held the plan's base year 2020: the
        promise is about the plan's years, whose first value is the base year's."""
        return min(self.first_year(year, target_year), base_year)

    def band(self) -> str:
        capped = f" or {fmt(self.flat_cap)}{self.unit}" if self.flat_cap < math.inf else ""
        return f"flat below {fmt(self.flat * 100)}%{capped}"


def trend_form(rule: Rule, indicator: Indicator, policy: Policy) -> TrendForm | None:
    """The form of a rising or falling trend; None for a slowing rise, or a way the indicator cannot
    give (those are judged by :func:`check` alone)."""
    if rule.trend not in ("up", "down"):
        return None
    low, high = limits_for(measured_in(indicator), indicator.names())
    return TrendForm(rule.trend, policy.trend_window, policy.trend_flat, policy.trend_min_points, suffix(indicator.unit),
                     low if rule.trend == "down" else high, policy.widest(indicator.unit, "trend_flat", capped_as(indicator)))


def judged(form: TrendForm, y0: int, v0: float, y1: int, v1: float, yp: int | None = None,
           vp: float | None = None) -> tuple[str, str, str, float | None, str, bool]:
    """The trend from ``v0`` in ``y0`` to ``v1`` in ``y1`` (the window's first and last valued years):
    status, reason (zh, en), change (rounded, as the evidence gives it; None from 0), arithmetic, and whether a warn
    is a near miss (a flat trend is not). ``vp`` in ``yp`` is the valued year before the last, where the
    window holds one between its ends: a trend met over the window that turned the other way since warns."""
    if v0 == 0:
        return _from_zero(form, y0, v0, y1, v1, yp, vp)
    change = (v1 - v0) / abs(v0)
    signed = change if form.way == "up" else -change
    pct = fmt(round(change * 100, 2))
    slots = {"y0": y0, "y1": y1, "v0": fmt(v0), "v1": fmt(v1), "pct": pct, "unit": form.unit}
    flat = form.flat_share(v0)
    turned = None
    if signed >= floor_of(form.rise_share(v0)):
        turned = _turned(form, yp, vp, v1)
        # 18, 15, 16, 17, 17.5 under 逐年下降: below where it started, rising for three years
        outcome = "met" if turned is None else "turned"
    elif abs(change) < floor_of(flat):
        # 0 deaths, 100% coverage: no further to go
        outcome = "best" if form.best is not None and v1 == form.best else "flat"
    else:
        outcome = "wrong"
    zh, en = _words(form, outcome, slots, yp, turned)
    head_zh, head_en = HEAD.fill(**slots)
    status, near_miss = OUTCOMES[outcome]
    return status, head_zh + zh, head_en + en, round(change, 6), ARITHMETIC.format(**slots), near_miss


def _from_zero(form: TrendForm, y0: int, v0: float, y1: int, v1: float, yp: int | None,
               vp: float | None) -> tuple[str, str, str, None, str, bool]:
    """:func:`judged` of a window that starts from 0. No share of 0 measures a change, nor bounds a flat one (the
    raw difference compared with the 0.5% share called 0→0.004/10万 flat and the same deaths in 1/100万 the wrong
    way): any move away from 0 is a move, the promised way met, the other way wrong, whatever its size and unit;
    only no move at all is flat (or the best value). The change is None: the arithmetic gives the difference."""
    difference = v1 - v0
    sign = _sign(difference)
    way = 1 if form.way == "up" else -1
    turned = None
    if sign == way:
        turned = _turned(form, yp, vp, v1)
        outcome = "met" if turned is None else "turned"
    elif sign == 0:
        outcome = "best" if form.best is not None and v1 == form.best else "flat"
    else:
        outcome = "wrong"
    slots = {"y0": y0, "y1": y1, "v0": fmt(v0), "v1": fmt(v1), "unit": form.unit}
    zh, en = _words(form, outcome, slots, yp, turned)
    head_zh, head_en = HEAD_FROM_ZERO.fill(**slots, moved_zh=MOVED[sign][0], moved_en=MOVED[sign][1])
    status, near_miss = OUTCOMES[outcome]
    return (status, head_zh + zh, head_en + en, None,
            ARITHMETIC_FROM_ZERO.format(v1=fmt(v1), v0=fmt(v0), difference=fmt(difference)), near_miss)


def _sign(number: float) -> int:
    """1, -1 or 0: which way ``number`` goes (the key of :data:`MOVED`)."""
    return (number > 0) - (number < 0)


def _words(form: TrendForm, outcome: str, slots: dict, yp: int | None, turned: str | None) -> tuple[str, str]:
    """The words of ``outcome`` (:data:`WORDS`) after the reason's head."""
    wanted = WANTED[form.way]
    return WORDS[outcome].fill(**slots, wanted_zh=wanted[0], wanted_en=wanted[1], yp=yp, turned=turned,
                               best=fmt(form.best) if form.best is not None else "")


def _turned(form: TrendForm, yp: int | None, vp: float | None, v1: float) -> str | None:
    """The change (as written: ``12.5%``, or ``0→0.3/10万`` from 0) from the valued year before the last to the last,
    where it goes the other way than promised by more than the flat share; None where it does not (or there is no
    such year)."""
    if yp is None or vp is None:
        return None
    return _against(form, vp, v1)


def _against(form: TrendForm, before: float, after: float) -> str | None:
    """The step from ``before`` to ``after`` as written (``−4.65%``; from 0, which no share measures, the values:
    ``0→0.3/10万``), where it goes the other way than promised by more than the flat share of ``before`` — from 0,
    by any amount; None where it does not."""
    if before == 0:
        against = after if form.way == "down" else -after
        return f"{fmt(before)}→{fmt(after)}{form.unit}" if against > 0 else None
    step = (after - before) / abs(before)
    against = -step if form.way == "up" else step
    return f"{fmt(round(step * 100, 2))}%" if against > ceiling_of(form.flat_share(before)) else None


def check(ctx: Context) -> Judgement:
    rule, policy = ctx.rule, ctx.policy
    if rule.trend == "slowing":
        return _slowing(ctx)
    form = trend_form(rule, ctx.indicator, policy)
    if form is None:
        return na("指标无好坏方向，无法判断“改善”", "the indicator has no better direction, so 'improve' cannot be judged",
                  "standing")
    if ctx.year is None:
        return no_data(ctx, "standing")
    first_year = form.first_year(ctx.year, ctx.target.year)
    window = [year for year in valued_years(ctx.series) if first_year <= year <= ctx.year]
    if len(window) < form.min_points:  # data every five years: back to the plan's base year
        first_year = form.reach_back(ctx.year, ctx.target.year, ctx.plan.base_year)
        window = [year for year in valued_years(ctx.series) if first_year <= year <= ctx.year]
    if len(window) < form.min_points:
        return na(f"{first_year}–{ctx.year}年只有 {len(window)} 个年份的数据，不足 {form.min_points} 个",
                  f"only {len(window)} year(s) of data in {first_year}–{ctx.year}; need {form.min_points}",
                  "standing")
    y0, y1 = window[0], window[-1]
    p0, p1 = ctx.series[y0], ctx.series[y1]  # the ends, and the year before the last: not every point between
    yp = window[-2] if len(window) > 2 else None
    vp = ctx.series[yp].value if yp is not None else None
    status, zh, en, change, arithmetic, near_miss = judged(form, y0, p0.value, y1, p1.value, yp, vp)
    evidence = {"window": [y0, y1], "first": p0.evidence(), "last": p1.evidence(), "change": change,
                "band": form.band(), "arithmetic": arithmetic}
    if change is None:  # from 0: no share, the difference in the unit, and no band but no move
        evidence.update(band=BAND_FROM_ZERO, difference=p1.value - p0.value)
    dip = _dip(form, [(year, ctx.series[year].value) for year in window]) \
        if status == "pass" and "every_year" in rule.modifiers else None
    if dip is not None:  # 逐年提高: 40, 43, 41, 45 (or 74, 79, 84, 84, 89) rises over the window, not every year
        ya, yb, step, against = dip
        zh, en = HEAD.fill(y0=y0, y1=y1, v0=fmt(p0.value), v1=fmt(p1.value), pct=fmt(round(change * 100, 2)),
                           unit=form.unit) if change is not None else \
            HEAD_FROM_ZERO.fill(y0=y0, y1=y1, v0=fmt(p0.value), v1=fmt(p1.value), unit=form.unit,
                                moved_zh=MOVED[_sign(p1.value - p0.value)][0],
                                moved_en=MOVED[_sign(p1.value - p0.value)][1])
        wanted = WANTED[form.way]
        va, vb = ctx.series[ya].value, ctx.series[yb].value
        moved = not against and va != 0 and (vb - va) * (1 if form.way == "up" else -1) > 0
        words_zh, words_en = (DIPPED if against else SHORT if moved else STALLED).fill(
            wanted_zh=wanted[0], wanted_en=wanted[1], ya=ya, yb=yb, step=step,
            band=f"{fmt(round(form.rise_share(va) * 100, 2))}%")
        evidence["steps_against" if against else "steps_flat"] = [
            {"from": ctx.series[ya].evidence(), "to": ctx.series[yb].evidence()}]
        return Judgement("warn", zh + words_zh, en + words_en, "standing", evidence, near_miss=False)
    return Judgement(status, zh, en, "standing", evidence, near_miss=near_miss)


def _dip(form: TrendForm, points: list[tuple[int, float]]) -> tuple[int, int, str, bool] | None:
    """The first step between valued years of the window that breaks a yearly promise (逐年): one that goes the other
    way than promised by more than the flat share, or does not move the promised way by it (84→84 under 逐年提高 is
    no rise that year); its two years, the step as written, and whether it went the other way. None where every step
    moves the promised way."""
    for (ya, va), (yb, vb) in zip(points, points[1:]):
        step = _against(form, va, vb)
        if step is not None:
            return ya, yb, step, True
        step = _stalled(form, va, vb)
        if step is not None:
            return ya, yb, step, False
    return None


def _stalled(form: TrendForm, before: float, after: float) -> str | None:
    """The step from ``before`` to ``after`` as written (``0%``, ``+0.2%``; from 0, the values), where it does not
    move the promised way by the flat share of ``before`` (from 0: not at all); None where it does, or where both are
    the best value the indicator can take, or a step into it (0 deaths, year after year, or 99.9 → 100%: nothing is
    left to fall or rise)."""
    if form.best is not None and after == form.best:
        return None
    if before == 0:
        moved = after if form.way == "up" else -after
        return f"{fmt(before)}→{fmt(after)}{form.unit}" if moved <= 0 else None
    step = (after - before) / abs(before)
    moved = step if form.way == "up" else -step
    return f"{fmt(round(step * 100, 2))}%" if moved < floor_of(form.rise_share(before)) else None


def _slowing(ctx: Context) -> Judgement:
    """The rise has slowed: the later half of the window rises more slowly than the earlier half."""
    policy, unit = ctx.policy, ctx.unit()
    if ctx.year is None:
        return no_data(ctx, "standing")
    first_year = min(ctx.year - policy.trend_window + 1, ctx.target.year)  # as TrendForm.first_year
    window = [(year, ctx.series[year].value) for year in valued_years(ctx.series) if first_year <= year <= ctx.year]
    if len(window) < max(3, policy.trend_min_points):
        return na(f"{first_year}–{ctx.year}年只有 {len(window)} 个年份的数据，判断增势是否放缓至少需要 3 个",
                  f"only {len(window)} year(s) of data in {first_year}–{ctx.year}; a slowing rise needs at least 3",
                  "standing")
    middle = len(window) // 2
    (y0, v0), (ym, vm), (y1, v1) = window[0], window[middle], window[-1]
    early, late = (vm - v0) / (ym - y0), (v1 - vm) / (y1 - ym)
    # from 0 no share measures the rise: any rise is one (the difference against the 0.5% share was unit-bound)
    rising = (v1 - v0) / abs(v0) >= policy.trend_flat if v0 else v1 > v0
    evidence = {"window": [y0, y1], "early_pace": round(early, 6), "late_pace": round(late, 6),
                "arithmetic": f"({fmt(vm)} − {fmt(v0)}) ÷ ({ym} − {y0}) = {fmt(round(early, 4))}/yr, then "
                              f"({fmt(v1)} − {fmt(vm)}) ÷ ({y1} − {ym}) = {fmt(round(late, 4))}/yr"}
    head_zh = f"{y0}–{ym}年每年 {fmt(round(early, 4))}{unit}，{ym}–{y1}年每年 {fmt(round(late, 4))}{unit}"
    head_en = f"{y0}–{ym}: {fmt(round(early, 4))}{unit}/yr, {ym}–{y1}: {fmt(round(late, 4))}{unit}/yr"
    if not rising or late <= 0:
        return Judgement("pass", f"{head_zh}：不再上升", f"{head_en}: no longer rising", "standing", evidence)
    if late < early:
        return Judgement("pass", f"{head_zh}：增势放缓", f"{head_en}: the rise has slowed", "standing", evidence)
    return Judgement("fail", f"{head_zh}：增势未放缓", f"{head_en}: the rise has not slowed", "standing", evidence)
