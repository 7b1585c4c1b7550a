"""Targets relative to a base year: vs_baseline and annual_rate.

vs_baseline derives the target from the base value: `比2015年降低20%` is 0.8 × the
2015 value, `提高2个百分点` is the base value + 2. The base value is the observation in that year
if the data has it, else the value the plan itself states (the evidence says which). It is then
judged like a value target, with progress before the target year.

annual_rate compares the average yearly change since the base year with the promised one:
compound for percent (`年均增长7.5%` → (V/B)^(1/n) − 1), linear for percentage points
(`年均下降1个百分点` → (V − B)/n). In the target year and after, the pace is judged as it stands; before it, a
pace that meets the promise passes, and one short of it is judged on progress (design.md §4) towards the value
the promised pace reaches by the target year, each pace in the promise's terms: the change a year for points, the
compound rate for percent (the rate so far ÷ the rate that reaches that value: a straight line to a compound end
lies above the compound path, and called a series on the promised rate lagging).

Examples:

    比2015年降低20% (down), 2015 value 15.0 → target 12.0:   11.8 → pass   12.05 → warn   12.2 → fail
    (the bands are shares of the change asked for, 3, not of the level 12: 2% of it is 0.06)
    提高1岁左右 (up), 77.93 (2020) → 78.93 ± 5% of 1 year:     78.9 → pass   75 → fail (once a pass: ±5% of 78.93)
    下降30% (plan base 2022 value 2.86) → target 2.002:      1.9 → pass    2.5 in 2025 → progress
    年均增长7.5%左右 (up), 100 (2020) → 140 (2025): 6.96%/yr → warn (7.2% short of 7.5)
    力争年均下降1个百分点 (down), 50 (2020) → 46 (2024): −1/yr → pass; −0.5/yr → warn (力争)
    年均提高0.2岁以上 (up), target 2025, 78 (2020) → 78.5 (2023): 0.17/yr → progress 0.83 → warn (lagging)
    年均增长8% (up), target 2030, 500 (2015) → 987 (2024): 7.85%/yr → progress 7.85 ÷ 8 = 0.98 → pass (on track)
    年均下降3% (down), target 2030, 10000 (2015) → 7745 (2024): −2.8%/yr → progress 0.93 → warn (lagging)
    年均提高1个百分点, 20 (2020) → 24.9 (2025): 0.98/yr, 2% short → warn (the rate tidied, as a level is)
    no value for the base year in the data or the plan → n/a
    比2020年下降10% from a base value of 0 (no deaths that year) → n/a: no share of 0 tells a fall
"""

from __future__ import annotations

from checker.data.limits import limits_for
from checker.data.matching import measured_in
from checker.judge.bands import fmt
from checker.judge.precision import tidy
from checker.language import units
from checker.language.rule import Rule
from checker.judge.kinds.base import (OP_SYMBOL, Baseline, Context, Judgement, find_baseline, judge_bands, na,
                                      no_base_value, progress, progress_start, value_or_na)

KINDS = ("vs_baseline", "annual_rate")


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    rule, value, unit = ctx.rule, ctx.point.value, ctx.unit()
    base_year = rule.base_year or ctx.plan.base_year
    if base_year >= ctx.target.year:
        # 2027: 比2030年提高1岁: a change from a year not before the target's own is none the plan can set
        return na(f"基期{base_year}年不早于目标年份{ctx.target.year}年：无从衡量变化",
                  f"the base year {base_year} is not before the target year {ctx.target.year}: no change can be "
                  "measured from it", "progress" if ctx.before_target else "value")
    if ctx.year is not None and base_year > ctx.year:
        # 比2025年提高3个百分点 judged as of 2024: the base is not known yet (2025's value, read from later data,
        # set the goal, and 2024's 30% passed as already meeting it)
        return na(f"基期{base_year}年晚于评估年份{ctx.year}年：相对基期的变化尚无从评估",
                  f"the base year {base_year} is after the assessment year {ctx.year}: a change from it cannot be "
                  "judged yet", "progress" if ctx.before_target else "value")
    base = find_baseline(ctx, base_year)
    if base is None:
        return no_base_value(ctx, base_year)
    base_words = base.words(unit)
    if rule.kind == "annual_rate":
        return _annual_rate(ctx, base, value)
    if base.value == 0 and rule.change != "points" and (rule.value or rule.upper):
        # 比2020年下降10% from 0 maternal deaths: 0 × 0.9 is 0, met by the base itself; 提高10% from 0 met by 0
        return na(f"{base.year}年基期值为0：比它{'下降' if rule.value < 0 else '提高'}{fmt(abs(rule.value))}%无从计算",
                  f"the {base.year} base value is 0: a change of {fmt(rule.value)}% from it cannot be measured")
    goal, how = _goal(rule.value, rule.change, base.value)
    upper = None
    if rule.upper is not None:  # "降低40%至45%": the value must land between the two goals
        other, other_how = _goal(rule.upper, rule.change, base.value)
        upper = max(goal, other)
        how = f"{how} … {other_how}" if other > goal else f"{other_how} … {how}"
        goal = min(goal, other)
    below = _below_nought(ctx, base, goal, upper, how)
    if below is not None:
        return below
    # the tolerance is a share of the change the plan asks for (提高1岁左右: of the 1 year), never of the level it
    # reaches, which would let a fall pass a rise; a range of changes, or none (不低于2020年水平), keeps the level's
    scale = abs(goal - base.value) if upper is None and goal != base.value else None
    status, _, band = judge_bands(rule.op, goal, value, ctx, upper=upper, scale=scale)
    evidence = {"baseline": base.evidence(), "goal": goal, "band": band,
                "arithmetic": f"target = {how} = {fmt(goal)}{unit}"}
    if upper is not None:
        evidence["goal_upper"] = upper
    if ctx.before_target:
        # progress towards the nearer goal of a range (the smaller change the plan asks for)
        near = goal if upper is None or abs(goal - base.value) <= abs(upper - base.value) else upper
        start = progress_start(ctx, base)
        start_met = judge_bands(rule.op, goal, start.value, ctx, upper=upper, scale=scale)[0] == "pass"
        judgement = progress(ctx, near, status, start, start_met)
        pace = judgement.evidence.get("arithmetic")
        judgement.evidence.update(evidence)
        if pace:
            judgement.evidence["arithmetic"] = f"{evidence['arithmetic']}; {pace}"
        if start is not base:
            judgement.evidence["progress_from"] = start.evidence()
        return judgement
    verdict = {"pass": ("达标", "met"), "warn": ("接近达标", "near miss"), "fail": ("未达标", "not met")}[status]
    shown = f"{fmt(goal)}–{fmt(upper)}" if upper is not None else fmt(goal)
    zh = f"{ctx.year}年 {fmt(value)}{unit}，目标 {OP_SYMBOL[rule.op]} {shown}{unit}（{base_words[0]}，{how}）：{verdict[0]}"
    en = f"{ctx.year}: {fmt(value)}{unit}, target {OP_SYMBOL[rule.op]} {shown}{unit} ({base_words[1]}, {how}): {verdict[1]}"
    return Judgement(status, zh, en, "value", evidence)


def _below_nought(ctx: Context, base: Baseline, goal: float, upper: float | None, how: str) -> Judgement | None:
    """n/a where a fall asks for a value below the least the indicator can take (下降120个百分点 of a share of 26.6%,
    减少150人 from 100): a fail nobody could avoid, the best value itself failed; None where the goal can be reached.
    The lowest value is the unit's (rules/limits.yaml), known only once the base value is (a fall of more than the
    whole in %, 降低120%, the grammar refuses)."""
    low = limits_for(measured_in(ctx.indicator), ctx.indicator.names())[0]
    reachable = upper if upper is not None else goal
    if low is None or ctx.rule.op not in ("<=", "<", "between") or reachable >= low:
        return None
    unit = ctx.unit()
    return na(f"目标 {fmt(reachable)}{unit}（{base.words(unit)[0]}，{how}）低于该指标可能的最低值 {fmt(low)}{unit}："
              f"降幅大于基期值，无法评估，请核对目标",
              f"the target {fmt(reachable)}{unit} ({base.words(unit)[1]}, {how}) is below the least this indicator can "
              f"take, {fmt(low)}{unit}: the fall is larger than the base value; check the target",
              "value", baseline=base.evidence(), goal=goal)


def _goal(change: float, counted: str | None, base: float) -> tuple[float, str]:
    """The value a change from ``base`` asks for, and the arithmetic in words."""
    if counted == "points":
        return base + change, f"{fmt(base)} {'+' if change >= 0 else '−'} {fmt(abs(change))}"
    return base * (1 + change / 100), f"{fmt(base)} × {fmt(1 + change / 100)}"


def _annual_rate(ctx: Context, base: Baseline, value: float) -> Judgement:
    rule = ctx.rule
    years = ctx.year - base.year
    if years < 1:
        return na(f"评估年（{ctx.year}）不晚于基期年（{base.year}），无法计算年均变化",
                  f"the assessment year {ctx.year} is not after the base year {base.year}: no yearly change yet")
    # the rate tidied (:func:`~checker.judge.precision.tidy`) as a level is compared: (24.9 − 20) ÷ 5 is
    # 0.97999999999999998 in binary and (14.9 − 10) ÷ 5 0.9800000000000001, the same 0.98 a year failing or warning
    compound = rule.change != "points"
    if not compound:
        rate = tidy((value - base.value) / years)
        how = f"({fmt(value)} − {fmt(base.value)}) ÷ {years} = {fmt(round(rate, 4))} points/yr"
        # a change counted in the indicator's own unit ("年均提高0.2岁"); in points for a share
        rate_unit = ("个百分点", " points") if ctx.indicator.unit in ("%", None) else \
            (units.suffix(ctx.indicator.unit, "zh"), units.suffix(ctx.indicator.unit, "en"))
    else:
        # named by the value that is not positive, with the base used shown (a rate that crossed zero,
        # 1.0‰ → -0.5‰, has a good base: "the base is not positive" sent the user to the wrong row)
        unit = units.suffix(ctx.indicator.unit)  # the English reason is put in English words as a whole
        if base.value <= 0:
            return na(f"{base.year}年基期值 {fmt(base.value)}{unit} 不为正，无法计算复合增长率",
                      f"the {base.year} base value {fmt(base.value)}{unit} is not positive: no compound rate",
                      baseline=base.evidence())
        if value < 0:
            return na(f"{ctx.year}年的值 {fmt(value)}{unit} 为负，无法计算自{base.year}年以来的复合增长率",
                      f"the {ctx.year} value {fmt(value)}{unit} is negative: no compound rate from {base.year}",
                      baseline=base.evidence())
        rate = tidy(((value / base.value) ** (1 / years) - 1) * 100)
        how = f"({fmt(value)} ÷ {fmt(base.value)})^(1/{years}) − 1 = {fmt(round(rate, 4))}%/yr"
        rate_unit = ("%", "%")
    if rule.value == 0 and rule.upper is None:
        return _no_pace(ctx, base, value, rate, how)
    status, _, band = judge_bands(rule.op, rule.value, rate, ctx, unit=rate_unit[1])
    evidence = {"baseline": base.evidence(), "rate": round(rate, 6), "band": band, "arithmetic": how}
    if ctx.before_target and status != "pass" and _short_of(rule.op, rule.value, rule.upper, rate):
        # a pace short of the promise before the target year is judged like any other progress (design.md §4):
        # the value the promised pace reaches by the target year, and the pace so far towards it — each pace in
        # the promise's own terms: a change a year for points, a compound rate for percent (a series on the
        # promised 8% a year is on track; a level pace along the chord to 1.08¹⁵ × its base called it 0.77)
        start = progress_start(ctx, base)
        if compound and start.value <= 0:
            return na(f"{start.year}年的值不为正，无法计算复合增长率",
                      f"the {start.year} value is not positive: no compound rate", "progress")
        judgement = progress(ctx, _goal_by_pace(rule, base, ctx.target.year), status, start, compound=compound)
        judgement.evidence.update(rate=round(rate, 6), rate_arithmetic=how)
        if start is not base:
            judgement.evidence.update(baseline=base.evidence(), progress_from=start.evidence())
        return judgement
    verdict = {"pass": ("达标", "met"), "warn": ("接近达标", "near miss"), "fail": ("未达标", "not met")}[status]
    zh = (f"{base.year}–{ctx.year}年年均变化 {fmt(round(rate, 2))}{rate_unit[0]}，"
          f"目标 {OP_SYMBOL[rule.op]} {fmt(rule.value)}{rate_unit[0]}：{verdict[0]}")
    en = (f"average yearly change {base.year}–{ctx.year}: {fmt(round(rate, 2))}{rate_unit[1]}, "
          f"target {OP_SYMBOL[rule.op]} {fmt(rule.value)}{rate_unit[1]}: {verdict[1]}")
    return Judgement(status, zh, en, "progress" if ctx.before_target else "value", evidence)


def _no_pace(ctx: Context, base: Baseline, value: float, rate: float, how: str) -> Judgement:
    """年均下降0个百分点: a yearly pace of nought asks no worse than the base value, judged as that level (as
    比2020年下降0个百分点 is: a hair worse a near miss), with no ratio over a required pace of 0 (it has none)."""
    rule, unit = ctx.rule, ctx.unit()
    status, _, band = judge_bands(rule.op, base.value, value, ctx)
    verdict = {"pass": ("达标", "met"), "warn": ("接近达标", "near miss"), "fail": ("未达标", "not met")}[status]
    base_words = base.words(unit)
    zh = (f"{ctx.year}年 {fmt(value)}{unit}，所需年均变化为0：目标 {OP_SYMBOL[rule.op]} {fmt(base.value)}{unit}"
          f"（{base_words[0]}）：{verdict[0]}")
    en = (f"{ctx.year}: {fmt(value)}{unit}, a required yearly change of 0: target {OP_SYMBOL[rule.op]} "
          f"{fmt(base.value)}{unit} ({base_words[1]}): {verdict[1]}")
    evidence = {"baseline": base.evidence(), "goal": base.value, "rate": round(rate, 6), "band": band,
                "arithmetic": how}
    return Judgement(status, zh, en, "progress" if ctx.before_target else "value", evidence)


def _short_of(op: str, promised: float, upper: float | None, rate: float) -> bool:
    """Whether the pace so far falls short of the promised one, on the side the promise points to (a pace
    beyond an "about" or a range is judged on the value, as an overshoot is)."""
    if op in (">=", ">"):
        return rate < promised
    if op in ("<=", "<"):
        return rate > promised
    nearer = promised if upper is None else min(promised, upper, key=abs)
    return abs(rate) < abs(nearer) and (rate * nearer >= 0)


def _goal_by_pace(rule: Rule, base: Baseline, target_year: int) -> float:
    """The value the promised yearly pace reaches by the target year: linear for points, compound for percent."""
    years = target_year - base.year
    pace = rule.value if rule.upper is None else min(rule.value, rule.upper, key=abs)
    if rule.change == "points":
        return base.value + pace * years
    return base.value * (1 + pace / 100) ** years
