"""What every rule kind gets (a :class:`Context`) and gives back (a :class:`Judgement`).

Also the shared arithmetic of design.md §4 that several kinds use: the progress assessment
before the target year, and finding the baseline (data first, then the plan's own value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from checker.judge.bands import Bands, bands, fmt
from checker.data.matching import Point
from checker.plan.model import Indicator, Plan, Target
from checker.judge.policy import Policy
from checker.language.rule import Rule
from checker.language.units import suffix

OP_SYMBOL = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "≈": "≈", "between": "∈", "==": "="}


@dataclass(frozen=True)
class Context:
    """Everything a rule needs to judge one target for one region; no I/O behind any of it."""

    plan: Plan
    indicator: Indicator
    target: Target
    region: str
    year: int | None  # the assessment year (None: no data for this indicator)
    series: dict[int, Point]
    policy: Policy
    references: dict[str, dict[int, Point]]  # city/province/nation → that region's series
    others: dict[str, dict[int, Point]]  # other indicators of the same region (for linked)
    as_of: int | None = None

    @property
    def rule(self) -> Rule:
        return self.target.rule

    @property
    def point(self) -> Point | None:
        return self.series.get(self.year) if self.year is not None else None

    @property
    def before_target(self) -> bool:
        return self.year is not None and self.year < self.target.year

    def unit(self) -> str:
        """The indicator's unit as written after a number (``/10万`` for 1/10万)."""
        return suffix(self.indicator.unit)


@dataclass
class Judgement:
    status: str  # pass | warn | fail | n/a, before modifiers and nature weigh in
    zh: str
    en: str
    assessment: str | None = "value"
    evidence: dict = field(default_factory=dict)
    #: a warn from a tolerance band (the value just misses); 约束性 turns only these into fails,
    #: not a lagging pace, a flat trend or a deliverable not yet due
    near_miss: bool = True


def na(zh: str, en: str, assessment: str | None = None, **evidence) -> Judgement:
    return Judgement("n/a", zh, en, assessment, evidence)


@dataclass(frozen=True)
class Baseline:
    year: int
    value: float
    origin: str  # "data" | "plan"
    point: Point | None = None

    def evidence(self) -> dict:
        data = {"year": self.year, "value": self.value, "from": self.origin}
        if self.point is not None:
            data.update(file=self.point.location.file, line=self.point.location.line)
            if self.point.location.sheet is not None:
                data.update(sheet=self.point.location.sheet, cell=self.point.location.cell())
        return data

    def words(self, unit: str) -> tuple[str, str]:
        source = ("数据", "data") if self.origin == "data" else ("规划", "the plan")
        return (f"{self.year}年基期值 {fmt(self.value)}{unit}（来自{source[0]}）",
                f"{self.year} base value {fmt(self.value)}{unit} (from {source[1]})")


def find_baseline(ctx: Context, year: int) -> Baseline | None:
    """The value in ``year``: the observation if the data has it, else the plan's own baseline."""
    point = ctx.series.get(year)
    if point is not None and point.value is not None:
        return Baseline(year, point.value, "data", point)
    stated = ctx.indicator.baseline(year)
    if stated is not None and stated.value is not None:
        return Baseline(year, stated.value, "plan")
    return None


def judge_bands(op: str, goal: float, value: float, ctx: Context, upper: float | None = None,
                unit: str | None = None) -> tuple[str, Bands, str]:
    """Status of ``value`` against ``goal`` and the band description (for the evidence); ``unit``
    overrides the indicator's where the value is not in it (a yearly rate is in % or points)."""
    b, band = _bands_and_words(op, goal, ctx.indicator.direction, ctx.policy, upper,
                               ctx.unit() if unit is None else unit)
    return b.status(value), b, band


@lru_cache(maxsize=4096)
def _bands_and_words(op: str, goal: float, direction: str, policy: Policy, upper: float | None,
                     unit: str) -> tuple[Bands, str]:
    """The bands and their description: the same for every region judged against one target."""
    b = bands(op, goal, direction, policy, upper)
    band = f"pass: {b.passing.describe('value', unit)}"
    warn = b.warn_only()
    if warn:
        band += "; warn: " + " or ".join(piece.describe("value", unit) for piece in warn)
    return b, band


def progress(ctx: Context, goal: float, status_now: str, start: Baseline | None, start_met: bool = False) -> Judgement:
    """Before the target year (design.md §4): already met passes; else actual pace ÷ required pace.

    ``status_now`` is the value's status against the target today; ``start_met`` whether the base
    value already met it. A target that was met at the base and is missed now has gone backwards:
    that is judged on the value (a near miss warns), not on a pace towards a goal already reached.
    """
    point, unit, target_year = ctx.point, ctx.unit(), ctx.target.year
    assert point is not None and point.value is not None
    value = point.value
    if status_now == "pass":
        return Judgement("pass", f"{ctx.year}年已达到{target_year}年目标（{fmt(value)}{unit}）",
                         f"already meets the {target_year} target in {ctx.year} ({fmt(value)}{unit})", "progress")
    if start is None:
        return na(f"{ctx.year}年尚未达标，且缺少基期值，无法评估进度",
                  f"not yet met in {ctx.year}, and no base value to measure progress from", "progress")
    base_words = start.words(unit)
    evidence = {"baseline": start.evidence(), "goal": goal}
    if start_met:
        near = ("，接近达标" if status_now == "warn" else "", ", a near miss" if status_now == "warn" else "")
        return Judgement(status_now, f"退步：{base_words[0]}已达标，{ctx.year}年 {fmt(value)}{unit} 未达标{near[0]}",
                         f"went backwards: the {base_words[1]} met the target, {ctx.year}'s {fmt(value)}{unit} "
                         f"does not{near[1]}", "progress", evidence)
    if (start.value - goal) * (value - goal) < 0:  # crossed the goal: overshot a neutral target or a range
        return Judgement(status_now, f"越过目标：{base_words[0]}，{ctx.year}年 {fmt(value)}{unit}，目标 {fmt(goal)}{unit}",
                         f"overshot: {base_words[1]}, {ctx.year}: {fmt(value)}{unit}, target {fmt(goal)}{unit}",
                         "progress", evidence)
    if ctx.year <= start.year:  # data only up to the base year: nothing to measure a pace on yet
        return na(f"{ctx.year}年尚未达标；评估年不晚于基期年，无法计算进度",
                  f"not yet met in {ctx.year}; the assessment year is not after the base year, so no pace yet",
                  "progress", **evidence)
    required = (goal - start.value) / (target_year - start.year)
    actual = (value - start.value) / (ctx.year - start.year)
    arithmetic = (f"required pace ({fmt(goal)} − {fmt(start.value)}) ÷ ({target_year} − {start.year}) = "
                  f"{fmt(required)}/yr; actual pace ({fmt(value)} − {fmt(start.value)}) ÷ ({ctx.year} − {start.year}) "
                  f"= {fmt(actual)}/yr")
    if required == 0:
        ratio = -1.0 if actual != 0 else 0.0  # the base already sat on the goal: any move is away from it
    else:
        ratio = actual / required
    evidence.update(required_pace=required, actual_pace=actual, ratio=round(ratio, 4), arithmetic=arithmetic)
    on_track, lagging = ctx.policy.progress_on_track, ctx.policy.progress_lagging
    r = fmt(round(ratio, 2))
    if ratio >= on_track:
        return Judgement("pass", f"进度正常：实际进度/所需进度 = {r} ≥ {fmt(on_track)}（{base_words[0]}）",
                         f"on track: actual ÷ required pace = {r} ≥ {fmt(on_track)} ({base_words[1]})",
                         "progress", evidence)
    if ratio >= lagging:
        return Judgement("warn", f"进度滞后：实际进度/所需进度 = {r} < {fmt(on_track)}（{base_words[0]}）",
                         f"lagging: actual ÷ required pace = {r} < {fmt(on_track)} ({base_words[1]})",
                         "progress", evidence, near_miss=False)
    return Judgement("fail", f"背离目标：实际进度/所需进度 = {r} < 0（{base_words[0]}）",
                     f"moving away: actual ÷ required pace = {r} < 0 ({base_words[1]})", "progress", evidence)


def no_data(ctx: Context, assessment: str | None = None) -> Judgement:
    """n/a for an indicator with no usable data, saying which years were looked for."""
    as_of, target_year = ctx.as_of, ctx.target.year
    if as_of is None:
        return na("没有该指标的数据", "no data for this indicator", assessment)
    if as_of >= target_year:
        span = f"{target_year}" if as_of == target_year else f"{target_year}–{as_of}"
        return na(f"{span}年没有该指标的数据", f"no data for {span}", assessment)
    return na(f"{as_of}年及以前没有该指标的数据", f"no data up to {as_of}", assessment)


def value_or_na(ctx: Context, assessment: str | None = None) -> Judgement | None:
    """The n/a judgement when there is no usable observation for the assessment year, else None."""
    if ctx.year is None:
        return no_data(ctx, assessment)
    point = ctx.point
    if point is None or point.value is None:
        return na(f"{ctx.year}年数据缺失", f"no value for {ctx.year}", assessment)
    return None
