"""Value targets: upper_bound, lower_bound, reach, around, range, full_coverage.

In and after the target year the observed value is compared with the target; before it, progress
is judged: already met passes, else the actual pace since the base year ÷ the pace
required to reach the target — ≥ 0.95 on track (pass), ≥ 0 lagging (warn), < 0 moving away (fail).

Examples (bands from rules/policy.yaml: a bound missed by ≤ 2% warns; around ±5% passes, ±10% warns):

    ≤4‰ (婴儿死亡率, down)     3.8 → pass    4.05 → warn (missed by 1.25%)    4.5 → fail
    85%以上 (up)               86 → pass     83.5 → warn                      80 → fail
    25左右 (down)              20 → pass (lower is better)   27 → warn        28 → fail
    12.2左右 (neutral)         12 → pass     11.2 → warn                      10 → fail
    0.8～1.2                   1.0 → pass    1.21 → warn                      1.5 → fail
    全覆盖 / 100%              100 → pass    98.5 → warn                      90 → fail
    79.7 (reach, up) in 2025, base 78.5 (2020), 79.0 observed: required 0.12/yr, actual 0.1/yr,
                               ratio 0.83 → warn (lagging)
"""

from __future__ import annotations

from checker.judge.bands import fmt
from checker.judge.kinds.base import OP_SYMBOL, Context, Judgement, find_baseline, judge_bands, progress, value_or_na

KINDS = ("upper_bound", "lower_bound", "reach", "around", "range", "full_coverage")


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    rule, value, unit = ctx.rule, ctx.point.value, ctx.unit()
    op, goal, upper = rule.op, rule.value, rule.upper
    percent_coverage = rule.kind == "full_coverage" and ctx.indicator.unit in ("%", None)
    if rule.kind == "full_coverage" and not percent_coverage:
        op, goal = ">=", 1.0  # a yes/no deliverable: 1 = yes

    def judge(observed: float) -> tuple[str, str]:
        status, _, band = judge_bands(op, goal, observed, ctx, upper)
        if percent_coverage and status != "pass":  # full coverage has its own warn floor (98%)
            status = "warn" if observed >= ctx.policy.full_coverage_warn else "fail"
            band = f"pass: value ≥ 100%; warn: value ≥ {fmt(ctx.policy.full_coverage_warn)}%"
        return status, band

    status, band = judge(value)
    target_words = (f"{fmt(goal)}–{fmt(upper)}{unit}" if op == "between" else f"{OP_SYMBOL[op]} {fmt(goal)}{unit}")
    evidence = {"band": band, "goal": goal, "arithmetic": f"observed {fmt(value)}{unit}; target {target_words}"}
    if ctx.before_target:
        start = find_baseline(ctx, ctx.plan.base_year)
        start_met = start is not None and judge(start.value)[0] == "pass"
        aim = (goal if value < goal else upper) if op == "between" else goal  # the nearer end of a range
        judgement = progress(ctx, aim, status, start, start_met)
        judgement.evidence = {**evidence, **judgement.evidence}
        return judgement
    words = {
        "pass": ("达标", "meets the target"),
        "warn": ("接近达标（在容差内未达到）", "near miss (within the warn band)"),
        "fail": ("未达标", "misses the target"),
    }[status]
    zh = f"{ctx.year}年 {fmt(value)}{unit}，目标 {target_words}：{words[0]}"
    en = f"{ctx.year}: {fmt(value)}{unit} against {target_words}: {words[1]}"
    edge = upper if op == "between" and upper is not None and value > upper else goal  # a range: the nearer end
    if status != "pass" and edge:
        gap = abs(value - edge) / abs(edge) * 100
        zh += f"（相差 {fmt(round(gap, 2))}%）"
        en += f" (off by {fmt(round(gap, 2))}%)"
    return Judgement(status, zh, en, "value", evidence)
