"""Deliverables: 实现, 建成, 完成 — data says 是/否 (yes/no, 1/0).

Yes passes. No fails in and after the target year; before it, no is a warn ("not yet, due in
the target year"). No value → n/a. Any other number (92.61, 0.5, 100) says neither yes nor no — a
share or a count written where a deliverable's yes/no belongs — and is n/a with that reason, never
read as yes because it is at least 1.

Examples (建成 by 2030): 2030 是 → pass; 2030 否 → fail; 2025 否 → warn (not yet); 2030 92.61 → n/a; for an
indicator in % (实现…覆盖所有农村妇女), or in any measure (人/万人, 岁, 万元, 平方米, 分钟), a cell of 1 is 1%, not yes → n/a
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement, value_or_na
from checker.language import units
from checker.language.numbers import PLAIN_NUMBER
from checker.plan.model import Target

KINDS = ("achieved",)


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    point = ctx.point
    return judged_value(ctx.target, ctx.year, point.value, point.text)


def judged_value(target: Target, year: int, value: float, text: str) -> Judgement:
    """The judgement of the data ``value`` (its cell's ``text``) in ``year``, the assessment year: what
    :func:`check` says of one region, and what a national run's columns say of each
    (:mod:`checker.judge.frames`)."""
    if value not in (0.0, 1.0):
        return Judgement("n/a", f"{year}年数据 {text.strip()!r} 不是 是/否（1/0），无法判断是否完成",
                         f"data {text.strip()!r} for {year} is not yes/no (1/0): cannot tell whether it is achieved",
                         "value")
    if _a_measure(target.rule.unit) and PLAIN_NUMBER.fullmatch(text.strip()):  # a number alone, not 是/否
        # 实现…覆盖所有农村妇女 of a coverage in %: a cell of 1 is 1%, not yes (0 is 0%, not no); of doctors per
        # 10,000 people (人/万人) 1 is one doctor, of an age (岁) one year, of money (万元) 10,000 yuan
        return Judgement("n/a", f"{year}年数据 {text.strip()!r} 是以{target.rule.unit}计的数值，不是 是/否，无法判断是否完成",
                         f"data {text.strip()!r} for {year} is a number in {target.rule.unit}, not yes/no: cannot tell "
                         "whether it is achieved", "value")
    evidence = {"arithmetic": f"data {text!r} read as {'yes' if value else 'no'}"}
    if value >= 1:
        return Judgement("pass", f"{year}年已完成", f"achieved in {year}", "value", evidence, tidy=True)
    if year < target.year:
        return Judgement("warn", f"{year}年尚未完成（{target.year}年到期）",
                         f"not yet achieved in {year} (due {target.year})", "progress", evidence,
                         near_miss=False, tidy=True)
    return Judgement("fail", f"{year}年未完成", f"not achieved in {year}", "value", evidence, tidy=True)


def _a_measure(unit: str | None) -> bool:
    """Whether a number in ``unit`` is a measure (%, ‰, 1/10万, 人/万人, 岁, 万元, 平方米, 分钟), never a yes or a
    no: only a plan without a unit, or one counting things (个, 家, 所 — 1 built is a yes), reads 1 and 0 as
    yes and no."""
    if unit in ("%", "‰"):
        return True
    if not unit or not units.is_known(unit):
        return False
    return not units.is_count(unit)
