"""Deliverables: 实现, 建成, 完成 — data says 是/否 (yes/no, 1/0).

Yes passes. No fails in and after the target year; before it, no is a warn ("not yet, due in
the target year"). No value → n/a. Any other number (92.61, 0.5, 100) says neither yes nor no — a
share or a count written where a deliverable's yes/no belongs — and is n/a with that reason, never
read as yes because it is at least 1.

Examples (建成 by 2030): 2030 是 → pass; 2030 否 → fail; 2025 否 → warn (not yet); 2030 92.61 → n/a
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement, na, value_or_na

KINDS = ("achieved",)


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    point = ctx.point
    if point.value not in (0.0, 1.0):
        return na(f"{ctx.year}年数据 {point.text.strip()!r} 不是 是/否（1/0），无法判断是否完成",
                  f"data {point.text.strip()!r} for {ctx.year} is not yes/no (1/0): cannot tell whether it is achieved",
                  "value")
    evidence = {"arithmetic": f"data {point.text!r} read as {'yes' if point.value else 'no'}"}
    if point.value >= 1:
        return Judgement("pass", f"{ctx.year}年已完成", f"achieved in {ctx.year}", "value", evidence)
    if ctx.before_target:
        return Judgement("warn", f"{ctx.year}年尚未完成（{ctx.target.year}年到期）",
                         f"not yet achieved in {ctx.year} (due {ctx.target.year})", "progress", evidence,
                         near_miss=False)
    return Judgement("fail", f"{ctx.year}年未完成", f"not achieved in {ctx.year}", "value", evidence)
