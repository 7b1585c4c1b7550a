"""Maintain targets: 保持较好控制水平, 保持.

Not worse than the base value (the observation in the plan's base year, else the plan's own
baseline) beyond `maintain.tolerance` (2%, rules/policy.yaml): within it passes, within twice it
warns, further fails. "Worse" follows the indicator's direction. Judged as it stands.

Examples (婴儿死亡率, down, base 2.91):

    2.5 → pass    2.96 (+1.7%) → pass    3.0 (+3.1%) → warn    3.2 (+10%) → fail
"""

from __future__ import annotations

from checker.judge.precision import ceiling_of
from checker.judge.bands import fmt
from checker.judge.kinds.base import Baseline, Context, Judgement, find_baseline, no_base_value, value_or_na
from checker.judge.policy import Policy
from checker.language.units import suffix
from checker.plan.model import Indicator

KINDS = ("maintain",)


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx, "standing")
    if missing:
        return missing
    base = find_baseline(ctx, ctx.plan.base_year)
    if base is None:
        return no_base_value(ctx, ctx.plan.base_year, "standing")
    return judged_from_base(ctx.indicator, ctx.policy, ctx.year, ctx.point.value, base)


def judged_from_base(indicator: Indicator, policy: Policy, year: int, value: float, base: Baseline) -> Judgement:
    """The value in ``year`` held against the ``base`` value (the data's, else the plan's): what :func:`check`
    says of one region, and what a national run's columns say of each region with a base value, row by row
    (:mod:`checker.judge.frames`, which writes the baseline's evidence from its columns)."""
    unit, direction = suffix(indicator.unit), indicator.direction
    scale = abs(base.value) or 1.0
    if direction == "up":
        worse = (base.value - value) / scale
    elif direction == "down":
        worse = (value - base.value) / scale
    else:
        worse = abs(value - base.value) / scale
    tol = policy.maintain_tolerance
    pct = fmt(round(worse * 100, 2))
    evidence = {"baseline": base.evidence(), "worse_by": round(worse, 6),
                "band": f"pass: worse by ≤ {fmt(tol * 100)}%; warn: ≤ {fmt(2 * tol * 100)}%",
                "arithmetic": f"worse than base by {pct}%"}
    base_zh, base_en = base.words(unit)
    if worse <= ceiling_of(tol):
        status, zh, en = "pass", "保持住了", "held"
    elif worse <= ceiling_of(2 * tol):
        status, zh, en = "warn", f"略差于基期（{pct}%）", f"slightly worse than the base ({pct}%)"
    else:
        status, zh, en = "fail", f"差于基期 {pct}%", f"worse than the base by {pct}%"
    return Judgement(status, f"{year}年 {fmt(value)}{unit}，{base_zh}：{zh}",
                     f"{year}: {fmt(value)}{unit}, {base_en}: {en}", "standing", evidence)
