"""Targets with nothing to check: external (按国家下达目标) and unspecified (-, —, ？, 2021年开始做).

Always n/a, with the reason and the plan's own words. An external target becomes checkable when
the plan file supplies the number in a structured ``rule:`` (which changes its kind).
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement, na
from checker.plan.model import Target

KINDS = ("external", "unspecified")


def check(ctx: Context) -> Judgement:
    return _unchecked(ctx.target)


def judged_value(target: Target, year: int, value: float, text: str) -> Judgement:
    """The same n/a whatever the data says (:func:`check`), for a national run's columns."""
    return _unchecked(target)


def _unchecked(target: Target) -> Judgement:
    text = target.text
    if target.rule.kind == "external":
        return na(f"目标由上级下达（“{text}”），规划未给出数值", f"target set elsewhere ({text!r}); the plan gives no number")
    return na(f"规划未设定可检查的目标（“{text}”）", f"the plan sets no checkable target ({text!r})")
