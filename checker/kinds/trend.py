"""Trend targets: 持续提升, 逐步下降, 持续改善, 稳中有降.

Judged as they stand, on the observations in the trend window: the `trend.window` calendar years
(5, rules/policy.yaml) ending at the assessment year. The change is (last − first) ÷ |first|:
at least `trend.flat` (0.5%) the promised way passes, a smaller change either way is flat (warn),
a larger change the other way fails. Fewer than `trend.min_points` years of data → n/a.

Examples (window 5 years, flat 0.5%):

    持续提升: 24.45 (2020) → 27.1 (2024)   +10.8% → pass
    持续提升: 24.45 → 24.5                  +0.2% → warn (flat)
    逐步下降: 3.1 → 3.4                     +9.7% → fail
    持续改善 on a down indicator means falling; on a neutral indicator it cannot be judged → n/a
"""

from __future__ import annotations

from checker.bands import fmt
from checker.kinds.base import Context, Judgement, na, no_data
from checker.matching import valued_years

KINDS = ("trend",)


def check(ctx: Context) -> Judgement:
    rule, unit, policy = ctx.rule, ctx.unit(), ctx.policy
    way = rule.trend
    if way not in ("up", "down"):
        return na("指标无好坏方向，无法判断“改善”", "the indicator has no better direction, so 'improve' cannot be judged",
                  "standing")
    if ctx.year is None:
        return no_data(ctx, "standing")
    first_year = ctx.year - policy.trend_window + 1  # a window of `window` calendar years, ending at Y
    window = [(year, ctx.series[year]) for year in valued_years(ctx.series) if first_year <= year <= ctx.year]
    if len(window) < policy.trend_min_points:
        return na(f"{first_year}–{ctx.year}年只有 {len(window)} 个年份的数据，不足 {policy.trend_min_points} 个",
                  f"only {len(window)} year(s) of data in {first_year}–{ctx.year}; need {policy.trend_min_points}",
                  "standing")
    (y0, p0), (y1, p1) = window[0], window[-1]
    change = (p1.value - p0.value) / abs(p0.value) if p0.value else (p1.value - p0.value)
    signed = change if way == "up" else -change
    pct = fmt(round(change * 100, 2))
    evidence = {"window": [y0, y1], "first": p0.evidence(), "last": p1.evidence(), "change": round(change, 6),
                "band": f"flat below {fmt(policy.trend_flat * 100)}%",
                "arithmetic": f"({fmt(p1.value)} − {fmt(p0.value)}) ÷ |{fmt(p0.value)}| = {pct}%"}
    wanted = ("上升", "rise") if way == "up" else ("下降", "fall")
    head_zh = f"{y0}–{y1}年 {fmt(p0.value)}→{fmt(p1.value)}{unit}（{pct}%）"
    head_en = f"{y0}–{y1}: {fmt(p0.value)}→{fmt(p1.value)}{unit} ({pct}%)"
    if signed >= policy.trend_flat:
        return Judgement("pass", f"{head_zh}：按要求{wanted[0]}", f"{head_en}: {wanted[1]}s as promised", "standing", evidence)
    if abs(change) < policy.trend_flat:
        return Judgement("warn", f"{head_zh}：基本持平", f"{head_en}: flat", "standing", evidence, near_miss=False)
    return Judgement("fail", f"{head_zh}：与要求方向相反", f"{head_en}: moves the wrong way", "standing", evidence)
