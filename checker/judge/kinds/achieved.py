"""Deliverables: 实现, 建成, 完成 — data says 是/否 (yes/no, 1/0).

Yes passes. No fails in and after the target year; before it, no is a warn ("not yet, due in
the target year"). No value → n/a.

Examples (建成 by 2030): 2030 是 → pass; 2030 否 → fail; 2025 否 → warn (not yet)
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement, value_or_na

KINDS = ("achieved",)


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    point = ctx.point
    evidence = {"arithmetic": f"data {point.text!r} read as {'yes' if point.value else 'no'}"}
    if point.value >= 1:
        return Judgement("pass", f"{ctx.year}年已完成", f"achieved in {ctx.year}", "value", evidence)
    if ctx.before_target:
        return Judgement("warn", f"{ctx.year}年尚未完成（{ctx.target.year}年到期）",
                         f"not yet achieved in {ctx.year} (due {ctx.target.year})", "progress", evidence,
                         near_miss=False)
    return Judgement("fail", f"{ctx.year}年未完成", f"not achieved in {ctx.year}", "value", evidence)
