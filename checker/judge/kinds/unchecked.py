"""Targets with nothing to check: external (按国家下达目标) and unspecified (-, —, ？, 2021年开始做).

Always n/a, with the reason and the plan's own words. An external target becomes checkable when
the plan file supplies the number in a structured ``rule:`` (which changes its kind).
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement, na

KINDS = ("external", "unspecified")


def check(ctx: Context) -> Judgement:
    text = ctx.target.text
    if ctx.rule.kind == "external":
        return na(f"目标由上级下达（“{text}”），规划未给出数值", f"target set elsewhere ({text!r}); the plan gives no number")
    return na(f"规划未设定可检查的目标（“{text}”）", f"the plan sets no checkable target ({text!r})")
