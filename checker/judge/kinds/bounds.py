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

import math

from checker.data.matching import capped_as
from checker.judge.bands import Bands, fmt, judged_direction
from checker.judge.kinds.base import (OP_SYMBOL, Baseline, Context, Judgement, Pace, ProgressForm, Template, band_words,
                                      compile_progress, progress_base, progress_case, progress_judgement,
                                      value_or_na)
from checker.judge.policy import Policy
from checker.judge.precision import tidy
from checker.language.units import suffix
from checker.plan.model import Indicator, Plan, Target
from checker.records import record

KINDS = ("upper_bound", "lower_bound", "reach", "around", "range", "full_coverage")

#: the reason of a value judged in or after the target year, by status; a miss adds :data:`GAP_WORDS`
VALUE_WORDS = {
    "pass": Template("{year}年 {value}{unit}，目标 {target}：达标", "{year}: {value}{unit} against {target}: meets the target"),
    "warn": Template("{year}年 {value}{unit}，目标 {target}：接近达标（在容差内未达到）",
                     "{year}: {value}{unit} against {target}: near miss (within the warn band)"),
    "fail": Template("{year}年 {value}{unit}，目标 {target}：未达标", "{year}: {value}{unit} against {target}: misses the target"),
}
GAP_WORDS = Template("（相差 {gap}%）", " (off by {gap}%)")
#: what a miss exactly at a strict bound adds instead (低于22%, value 22): "off by 0%" beside "not met" read as a
#: contradiction
EDGE_WORDS = Template("（等于界限值，目标不含该值）", " (equal to the bound, which the target excludes)")
#: what a range beaten on its better side adds to its pass (控制在1～2天, 0.5天 for a measure better lower): "目标 1–2天：达标"
#: beside a value outside 1–2 read as a contradiction
BEYOND_WORDS = Template("（超出区间的更优一侧，视为达标）", " (beyond the range on its better side, which passes)")
#: the evidence's arithmetic of a value (in English; reporters put it in the report's language)
ARITHMETIC = "observed {value}{unit}; target {target}"


@record
class ValueForm:
    """A value target compiled with the policy: everything :func:`check` (one region) and
    :mod:`checker.judge.columns` (all regions at once) need, as plain data.

    A value passes inside ``bands.passing``, warns inside ``bands.warning``, else fails; with a
    ``floor`` (full coverage in %), a value outside the pass band warns from the floor up instead.
    Before the target year ``progress`` applies, towards ``goal`` (a range: its nearer end)."""

    __slots__ = ("kind", "op", "goal", "upper", "bands", "band", "floor", "floor_band", "target", "unit", "progress",
                 "shown_goal")

    def __init__(self, kind: str, op: str, goal: float, upper: float | None, bands: Bands, band: str,
                 floor: float | None, floor_band: str | None, target: str, unit: str, progress: ProgressForm,
                 shown_goal: float) -> None:
        self.kind = kind
        self.op = op
        self.goal = goal
        self.upper = upper  # a range's top end
        self.bands = bands
        self.band = band  # the bands in words, for the evidence
        self.floor = floor  # full coverage's own warn floor (98%)
        self.floor_band = floor_band
        self.target = target  # the target in words: "≤ 4‰", "0.8–1.2"
        self.unit = unit  # as written after a number
        self.progress = progress
        self.shown_goal = shown_goal  # the goal as the evidence shows it (tidied once, not once a region)

    def status(self, value: float) -> tuple[str, str]:
        """The status of ``value`` and the band words that decided it."""
        status = self.bands.status(value)
        if self.floor is not None and status != "pass":
            status = "warn" if value >= self.floor else "fail"
        return status, self.band_of(status)

    def band_of(self, status: str) -> str:
        """The band words that decide ``status``: full coverage's own floor outside the pass band."""
        return self.floor_band if self.floor is not None and status != "pass" else self.band

    def aim(self, value: float) -> float:
        """What progress is measured towards: the goal, or a range's nearer end."""
        return (self.goal if value < self.goal else self.upper) if self.op == "between" else self.goal

    def edge(self, value: float) -> float:
        """What a miss is measured from: the goal, or a range's nearer end."""
        return self.upper if self.op == "between" and self.upper is not None and value > self.upper else self.goal


def compile(plan: Plan, indicator: Indicator, target: Target, policy: Policy) -> ValueForm:
    """What ``target`` means, once per target: comparison, band edges, progress needs, words."""
    rule, unit = target.rule, suffix(indicator.unit)
    op, goal, upper = rule.op, rule.value, rule.upper
    percent_coverage = rule.kind == "full_coverage" and indicator.unit in ("%", None)
    if rule.kind == "full_coverage" and not percent_coverage:
        op, goal = ">=", 1.0  # a yes/no deliverable: 1 = yes
    bands, band = band_words(op, goal, judged_direction(op, indicator.direction, rule.notes), policy, upper, unit,
                              indicator=capped_as(indicator))
    floor = policy.full_coverage_warn if percent_coverage else None  # full coverage has its own warn floor (98%)
    floor_band = f"pass: value ≥ 100%; warn: value ≥ {fmt(floor)}%" if floor is not None else None
    words = f"{fmt(goal)}–{fmt(upper)}{unit}" if op == "between" else f"{OP_SYMBOL[op]} {fmt(goal)}{unit}"
    return ValueForm(rule.kind, op, goal, upper, bands, band, floor, floor_band, words, unit,
                     compile_progress(plan, indicator, target, policy), tidy(goal))


def judgement(form: ValueForm, year: int, value: float, before_target: bool, start: Baseline | None = None,
              pace: Pace | None = None) -> Judgement:
    """The judgement of ``value`` in ``year`` (before the target year: from ``start`` and the progress
    outcome ``pace``, which the caller decided by :func:`decide`)."""
    status, band = form.status(value)
    arithmetic = ARITHMETIC.format(value=fmt(value), unit=form.unit, target=form.target)
    if before_target:
        evidence = {"band": band, "goal": form.goal, "arithmetic": arithmetic}
        made = progress_judgement(form.progress, pace, year, value, form.aim(value), status, start)
        made.evidence = {**evidence, **made.evidence}
        return made
    zh, en = VALUE_WORDS[status].fill(year=year, value=fmt(value), unit=form.unit, target=form.target)
    gap_zh, gap_en = BEYOND_WORDS.fill() if beyond_range(form, value, status) else gap_words(form, value, status)
    zh += gap_zh
    en += gap_en
    return Judgement(status, zh, en, "value", {"band": band, "goal": form.shown_goal, "arithmetic": arithmetic},
                     tidy=True)


def gap_words(form: ValueForm, value: float, status: str) -> tuple[str, str]:
    """What a value judged on its own adds to its reason when it misses: how far it is from the
    target's nearer edge, in % of that edge (nothing for a pass or an edge of 0)."""
    if at_edge(form, value, status):
        return EDGE_WORDS.fill()
    gap = gap_of(form, value, status)
    return ("", "") if gap is None else GAP_WORDS.fill(gap=gap)


def beyond_range(form: ValueForm, value: float, status: str) -> bool:
    """Whether a passing value lies outside a range (its better side, for a measure with a better way)."""
    return status == "pass" and form.op == "between" and form.upper is not None \
        and not form.goal <= value <= form.upper


def at_edge(form: ValueForm, value: float, status: str) -> bool:
    """Whether a miss lies exactly on the target's edge (a strict bound: 低于22%, value 22)."""
    return status != "pass" and value == form.edge(value)


def gap_of(form: ValueForm, value: float, status: str) -> str | None:
    """The ``gap`` slot of :data:`GAP_WORDS` for a value judged on its own (None: no words, a pass or an
    edge of 0)."""
    edge = form.edge(value)
    if status == "pass" or not edge:
        return None
    gap = abs(value - edge) / abs(edge) * 100
    if round(gap, 2) or not gap:
        return fmt(round(gap, 2))
    # a gap under 0.005%: to its first digit that is not nought (94.996 against ≥95%: 0.004, never "off by 0%")
    return f"{gap:.{-math.floor(math.log10(gap))}f}"


def decide(form: ValueForm, year: int, value: float, start: Baseline | None, own: bool = True) -> Pace:
    """The progress outcome before the target year (:func:`checker.judge.kinds.base.progress_case`); ``own``: the
    region judged is the plan's."""
    start_met = start is not None and form.status(start.value)[0] == "pass"
    return progress_case(form.progress, year, value, form.aim(value), form.status(value)[0], start, start_met, own)


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx)
    if missing:
        return missing
    form = compiled(ctx.plan, ctx.indicator, ctx.target, ctx.policy)
    value = ctx.point.value
    if not ctx.before_target:
        return judgement(form, ctx.year, value, False)
    start = progress_base(ctx, form.progress)
    return judgement(form, ctx.year, value, True, start,
                     decide(form, ctx.year, value, start, ctx.region == ctx.plan.region))


_FORMS: dict[int, tuple[Plan, Indicator, Target, Policy, ValueForm]] = {}


def compiled(plan: Plan, indicator: Indicator, target: Target, policy: Policy) -> ValueForm:
    """:func:`compile`, kept per target object for the run (every region reuses the form)."""
    found = _FORMS.get(id(target))
    if found is not None and found[0] is plan and found[1] is indicator and found[2] is target and found[3] == policy:
        return found[4]
    if len(_FORMS) > 4096:
        _FORMS.clear()
    form = compile(plan, indicator, target, policy)
    _FORMS[id(target)] = (plan, indicator, target, policy, form)
    return form
