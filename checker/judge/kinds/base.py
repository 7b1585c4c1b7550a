"""What every rule kind gets (a :class:`Context`) and gives back (a :class:`Judgement`).

Also the shared arithmetic of design.md §4 that several kinds use: the progress assessment
before the target year, and finding the baseline (data first, then the plan's own value).
"""

from __future__ import annotations

import math
from functools import lru_cache

from checker.judge.precision import SIGNIFICANT_DIGITS, floor_of, tidy
from checker.judge.bands import Bands, bands, fmt
from checker.data.matching import Point, capped_as, valued_years
from checker.plan.model import Indicator, Plan, Target
from checker.judge.policy import Policy
from checker.language.rule import Rule
from checker.language.units import suffix
from checker.records import record

OP_SYMBOL = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "≈": "≈", "between": "∈", "==": "="}


@record
class Context:
    """Everything a rule needs to judge one target for one region; no I/O behind any of it."""

    __slots__ = ("plan", "indicator", "target", "region", "year", "series", "policy", "references", "others", "as_of",
                 "reference_regions")

    def __init__(self, plan: Plan, indicator: Indicator, target: Target, region: str, year: int | None,
                 series: dict[int, Point], policy: Policy, references: dict[str, dict[int, Point]],
                 others: dict[str, dict[int, Point]], as_of: int | None = None,
                 reference_regions: dict[str, str] | None = None) -> None:
        self.plan = plan
        self.indicator = indicator
        self.target = target
        self.region = region
        self.year = year  # the assessment year (None: no data for this indicator)
        self.series = series
        self.policy = policy
        self.references = references  # city/province/nation → that region's series
        self.others = others  # other indicators of the same region (for linked)
        self.as_of = as_of
        #: city/province/nation → the region that is it for this region: the plan's references, or the
        #: places the data says this region lies in (省份, 地市 columns)
        self.reference_regions = plan.references if reference_regions is None else reference_regions

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


@record
class Judgement:
    """What a rule kind finds, before modifiers and the target's nature weigh in (the engine does that)."""

    __slots__ = ("status", "zh", "en", "assessment", "evidence", "near_miss", "tidy")

    def __init__(self, status: str, zh: str, en: str, assessment: str | None = "value", evidence: dict | None = None,
                 near_miss: bool = True, tidy: bool = False) -> None:
        self.status = status  # pass | warn | fail | n/a, before modifiers and nature weigh in
        self.zh = zh
        self.en = en
        self.assessment = assessment
        self.evidence = {} if evidence is None else evidence
        #: a warn from a tolerance band (the value just misses); 约束性 turns only these into fails,
        #: not a lagging pace, a flat trend or a deliverable not yet due
        self.near_miss = near_miss
        #: every float of ``evidence`` is already tidy (:func:`checker.judge.precision.tidy`, idempotent):
        #: the engine need not copy it to tidy it again
        self.tidy = tidy


def na(zh: str, en: str, assessment: str | None = None, **evidence) -> Judgement:
    return Judgement("n/a", zh, en, assessment, evidence)


@record
class Baseline:
    """The value progress is measured from: the data's own, else the plan's (its ``baseline:``, or the start its
    target's words state: 从2020年的30.4%提高到39.6%)."""

    __slots__ = ("year", "value", "origin", "point", "stated")

    def __init__(self, year: int, value: float, origin: str, point: Point | None = None,
                 stated: float | None = None) -> None:
        self.year = year
        self.value = value
        self.origin = origin  # "data" | "plan" | "target"
        self.point = point
        #: the start the target's words state for this year, where the data's value used differs from it (said)
        self.stated = stated

    def evidence(self) -> dict:
        data = {"year": self.year, "value": self.value, "from": self.origin}
        if self.point is not None:
            data.update(file=self.point.location.file, line=self.point.location.line)
            if self.point.location.sheet is not None:
                data.update(sheet=self.point.location.sheet, cell=self.point.location.cell())
        return data

    def words(self, unit: str) -> tuple[str, str]:
        zh, en = base_source(self.origin, self.stated, unit)
        return BASE_WORDS.fill(year=self.year, value=fmt(self.value), unit=unit, source_zh=zh, source_en=en)


#: where a base value came from, in words: the data, the plan's ``baseline:``, the start its target's words state
BASE_SOURCES = {"data": ("数据", "data"), "plan": ("规划", "the plan"), "target": ("目标原文", "the target's own words")}


def base_source(origin: str, stated: float | None, unit: str) -> tuple[str, str]:
    """Where a base value came from, in words (zh, en), with the start the target's words state where the data's
    value used differs from it."""
    zh, en = BASE_SOURCES[origin]
    if stated is None:
        return zh, en
    more_zh, more_en = STATED_WORDS.fill(value=fmt(stated), unit=unit)
    return zh + more_zh, en + more_en


def data_base(form: ProgressForm, value: float, point: Point | None = None) -> Baseline:
    """The data's ``value`` in ``form.base_year`` as the base, naming the start the target's words state where it
    differs (the data's is used: the words may round it, or the figure was revised since)."""
    stated = form.stated
    differs = stated is not None and not math.isclose(stated, value, rel_tol=1e-9, abs_tol=1e-12)
    return Baseline(form.base_year, value, "data", point, stated if differs else None)


def progress_base(ctx: Context, form: ProgressForm) -> Baseline | None:
    """The value a level target's progress is measured from, in ``form.base_year`` (the plan's base year, or the later
    year its words start from): the region's data, else — for the plan's own region only — the plan's own value for
    that year (its ``baseline:``, else the start its target's words state), as :func:`find_baseline` finds one."""
    point = ctx.series.get(form.base_year)
    if point is not None and point.value is not None:
        return data_base(form, point.value, point)
    if ctx.region != ctx.plan.region or form.plan_base is None:
        return None
    return Baseline(form.base_year, form.plan_base, form.plan_origin)


def find_baseline(ctx: Context, year: int) -> Baseline | None:
    """The value in ``year``: the observation if the data has it, else the plan's own baseline — for
    the plan's own region only: the base values a plan states are its region's, never another's (a
    county judged against a city's plan has its own base value, or none)."""
    point = ctx.series.get(year)
    if point is not None and point.value is not None:
        return Baseline(year, point.value, "data", point)
    if ctx.region != ctx.plan.region:
        return None
    stated = ctx.indicator.baseline(year)
    if stated is not None and stated.value is not None:
        return Baseline(year, stated.value, "plan")
    return None


def no_base_value(ctx: Context, year: int, assessment: str | None = None) -> Judgement:
    """n/a for a missing base value, saying where it was looked for: the data, and the plan's own baseline — which
    is its own region's, so a plan's 77.93 in 2020 is no base value of another region judged by it."""
    stated = ctx.indicator.baseline(year)
    if ctx.region != ctx.plan.region and stated is not None and stated.value is not None:
        return na(f"数据中缺少{ctx.region}{year}年的基期值；规划所列的{year}年基期值是{ctx.plan.region}的，不用于{ctx.region}"
                  f"（规划写的是{ctx.region}的，就把规划的 region 改为{ctx.region}）",
                  f"no {year} base value of {ctx.region} in the data; the plan's own {year} baseline is "
                  f"{ctx.plan.region}'s, never another region's (if it is {ctx.region}'s, set the plan's region to it)",
                  assessment)
    other = sorted(item.year for item in ctx.indicator.baselines if item.value is not None and item.year != year)
    if ctx.region == ctx.plan.region and other:  # a table's 26.0（2018年）: the plan states another year's, not this one's
        shown = "、".join(map(str, other))
        return na(f"缺少{year}年基期值（数据中没有；规划只给了{shown}年的值，进度从{year}年算起）",
                  f"no {year} base value (none in the data; the plan states {', '.join(map(str, other))} only, and "
                  f"progress is measured from {year})", assessment)
    return na(f"缺少{year}年基期值（数据和规划中都没有）", f"no {year} base value (neither in the data nor in the plan)",
              assessment)


def progress_start(ctx: Context, base: Baseline) -> Baseline:
    """Where progress under the plan is measured from (design.md §4): the plan's base-year value when a
    rule counts its change from an earlier year (`比2015年下降20%` in a 2020-based plan: a fall made before
    2020 is no progress under this plan), else the rule's own base value; that earlier value where the
    plan's base year has none, as the evidence shows."""
    if base.year >= ctx.plan.base_year:
        return base
    return find_baseline(ctx, ctx.plan.base_year) or base


def judge_bands(op: str, goal: float, value: float, ctx: Context, upper: float | None = None,
                unit: str | None = None, scale: float | None = None) -> tuple[str, Bands, str]:
    """Status of ``value`` against ``goal`` and the band description (for the evidence); ``unit``
    overrides the indicator's where the value is not in it (a yearly rate is in % or points); ``scale``:
    what the policy's fractions are of, where not the goal (:func:`checker.judge.bands.bands`)."""
    b, band = band_words(op, goal, ctx.indicator.direction, ctx.policy, upper, ctx.unit() if unit is None else unit,
                         scale, capped_as(ctx.indicator) if unit is None else None)
    return b.status(value), b, band


@lru_cache(maxsize=4096)
def band_words(op: str, goal: float, direction: str, policy: Policy, upper: float | None,
               unit: str, scale: float | None = None, indicator: str | None = None) -> tuple[Bands, str]:
    """The bands and their description: the same for every region judged against one target; ``indicator``: the
    catalogue id whose caps bound them, for a value in the indicator's own unit (:func:`capped_as`)."""
    b = bands(op, goal, direction, policy, upper, scale, unit, indicator)
    band = f"pass: {b.passing.describe('value', unit)}"
    warn = b.warn_only()
    if warn:
        band += "; warn: " + " or ".join(piece.describe("value", unit) for piece in warn)
    return b, band


@record
class Template:
    """A reason in both languages with named slots (``{year}``, ``{value}`` …), filled by
    :meth:`fill` (one region) or slot by slot from columns (all regions at once)."""

    __slots__ = ("zh", "en")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def fill(self, **slots: object) -> tuple[str, str]:
        return self.zh.format(**slots), self.en.format(**slots)


#: the progress assessment's reasons (design.md §4), one per outcome
PROGRESS_WORDS = {
    "met": Template("{year}年已达到{target_year}年目标（{value}{unit}）",
                    "already meets the {target_year} target in {year} ({value}{unit})"),
    # (which year was looked for, and the remedy: a plan based in 2020 on data that begins in 2021 voided every
    # progress verdict with no word of the year missing)
    "no_base": Template("{year}年尚未达标，且缺少基期值（{base_year}年的值），无法评估进度：在规划中写 baseline 或补{base_year}年数据"
                        "{start_zh}",
                        "not yet met in {year}, and no base value (for {base_year}) to measure progress from: give the "
                        "plan a baseline or add {base_year}'s data{start_en}"),
    # another region than the plan's: the plan's baseline is its own region's (:func:`find_baseline`), so writing one
    # would change nothing here; only the region's own data can give its base value
    "no_base_region": Template("{year}年尚未达标，且该地区缺少基期值（数据中没有{base_year}年的值），无法评估进度："
                               "请补该地区{base_year}年数据（规划的 baseline 是{plan_region}的，不用于其他地区）",
                               "not yet met in {year}, and no base value of this region (for {base_year}) in the data to "
                               "measure progress from: add its {base_year} data (the plan's baseline is {plan_region}'s, "
                               "never another region's)"),
    "backwards": Template("退步：{base_zh}已达标，{year}年 {value}{unit} 未达标{near_zh}",
                          "went backwards: the {base_en} met the target, {year}'s {value}{unit} does not{near_en}"),
    "overshot": Template("越过目标：{base_zh}，{year}年 {value}{unit}，目标 {goal}{unit}",
                         "overshot: {base_en}, {year}: {value}{unit}, target {goal}{unit}"),
    "no_pace": Template("{year}年尚未达标；评估年不晚于基期年，无法计算进度",
                        "not yet met in {year}; the assessment year is not after the base year, so no pace yet"),
    "on_track": Template("进度正常：实际进度/所需进度 = {ratio} ≥ {on_track}（{base_zh}）",
                         "on track: actual ÷ required pace = {ratio} ≥ {on_track} ({base_en})"),
    "lagging": Template("进度滞后：实际进度/所需进度 = {ratio} < {on_track}（{base_zh}）",
                        "lagging: actual ÷ required pace = {ratio} < {on_track} ({base_en})"),
    "away": Template("背离目标：实际进度/所需进度 = {ratio} < 0（{base_zh}）",
                     "moving away: actual ÷ required pace = {ratio} < 0 ({base_en})"),
}
#: the progress outcomes that need no base value (their reasons name none)
UNBASED = frozenset(("met", "no_base", "no_base_region"))
#: what the n/a for no base value adds where the target's words state a start of no year (从3.67人提高到4.3人): "now" in
#: the plan's words, most often its base year, which a person confirms (it is not read as one)
UNDATED_START_WORDS = Template("（目标原文写起点{value}{unit}，未写年份：若是{base_year}年的值，写入 baseline: {{{base_year}: {value}}}）",
                               " (the target's words start from {value}{unit} in no year they name: if that is "
                               "{base_year}'s value, give it as baseline: {{{base_year}: {value}}})")
#: the status each progress outcome gives; None: the value's own status today
PROGRESS_STATUS = {"met": "pass", "no_base": "n/a", "no_base_region": "n/a", "backwards": None, "overshot": None,
                   "no_pace": "n/a", "on_track": "pass", "lagging": "warn", "away": "fail"}
BASE_WORDS = Template("{year}年基期值 {value}{unit}（来自{source_zh}）", "{year} base value {value}{unit} (from {source_en})")
#: what a base value from the data adds where the target's words state another start for that year
STATED_WORDS = Template("；目标原文写{value}{unit}，以数据为准", "; the target's words say {value}{unit}, the data's value is used")
PACE_WORDS = ("required pace ({goal} − {base}) ÷ ({target_year} − {base_year}) = {required}/yr; "
              "actual pace ({value} − {base}) ÷ ({year} − {base_year}) = {actual}/yr")
#: the progress reasons of a compound yearly rate (年均增长8%), whose pace is a rate in % a year: the rate so far
#: against the rate that reaches the promised end value, both named (the chord from the base to that end lies above
#: the compound path, so a level pace along it called a series on the promised 8% a year 0.77 of the way)
RATE_PROGRESS_WORDS = {
    "on_track": Template("进度正常：年均变化 {actual}%，所需 {required}%，实际/所需 = {ratio} ≥ {on_track}（{base_zh}）",
                         "on track: average yearly change {actual}%, required {required}%, actual ÷ required = "
                         "{ratio} ≥ {on_track} ({base_en})"),
    "lagging": Template("进度滞后：年均变化 {actual}%，所需 {required}%，实际/所需 = {ratio} < {on_track}（{base_zh}）",
                        "lagging: average yearly change {actual}%, required {required}%, actual ÷ required = "
                        "{ratio} < {on_track} ({base_en})"),
    "away": Template("背离目标：年均变化 {actual}%，所需 {required}%，实际/所需 = {ratio} < 0（{base_zh}）",
                     "moving away: average yearly change {actual}%, required {required}%, actual ÷ required = "
                     "{ratio} < 0 ({base_en})"),
}
RATE_PACE_WORDS = ("required pace ({goal} ÷ {base})^(1/({target_year} − {base_year})) − 1 = {required}%/yr; "
                   "actual pace ({value} ÷ {base})^(1/({year} − {base_year})) − 1 = {actual}%/yr")


@record
class ProgressForm:
    """What progress before the target year needs, compiled once per target: the years, the plan's
    own base value (used when the data of the plan's own region, ``region``, has none) and the policy's cuts (on
    track ≥ 0.95, lagging ≥ 0)."""

    __slots__ = ("target_year", "base_year", "plan_base", "on_track", "lagging", "unit", "plan_origin", "stated",
                 "undated_start", "region", "compound")

    def __init__(self, target_year: int, base_year: int, plan_base: float | None, on_track: float, lagging: float,
                 unit: str, plan_origin: str = "plan", stated: float | None = None,
                 undated_start: float | None = None, region: str = "", compound: bool = False) -> None:
        self.target_year = target_year
        self.base_year = base_year
        self.plan_base = plan_base
        self.on_track = on_track
        self.lagging = lagging
        self.unit = unit  # as written after a number
        self.plan_origin = plan_origin  # where plan_base comes from: "plan" (its baseline:) or "target" (its words)
        self.stated = stated  # the start the target's words state for base_year (None: none)
        self.undated_start = undated_start  # a start the words state in no year (从3.67人提高到4.3人): named in an n/a
        self.region = region  # the plan's region: the one its baseline (plan_base) is of
        #: the pace is a compound rate in % a year (年均增长8%: :meth:`pace`), not a change a year in the unit
        self.compound = compound

    def pace(self, start: float, end: float, years: int) -> float:
        """The yearly pace from ``start`` to ``end`` over ``years``: the change a year in the unit, or for a compound
        form the rate in % a year that compounds ``start`` to ``end`` (both positive: its callers see to it)."""
        if self.compound:
            return tidy(((end / start) ** (1 / years) - 1) * 100)
        return (end - start) / years

    def start_words(self) -> tuple[str, str]:
        """What the n/a for no base value adds: the target's start of no year, with how to give it (else nothing)."""
        if self.undated_start is None:
            return "", ""
        return UNDATED_START_WORDS.fill(value=fmt(self.undated_start), unit=self.unit, base_year=self.base_year)


def compile_progress(plan: Plan, indicator: Indicator, target: Target, policy: Policy) -> ProgressForm:
    """The progress needs of ``target``: measured from the plan's base year, or from the later year the target's own
    words start from (从2020年的30.4%提高到39.6% in a 2015-based plan: progress under it is counted from 2020, as 比2020年…
    counts its change); a start before the plan's base year is no progress under the plan (docs/decisions.md, the
    twenty-seventh round). The plan's own value for that year is its ``baseline:``, else the start the words state."""
    rule = target.rule
    base_year = plan.base_year
    if rule.base_year is not None and rule.base_year > base_year:
        base_year = rule.base_year
    words_start = rule.start if rule.start is not None and rule.base_year == base_year else None
    stated = indicator.baseline(base_year)
    plan_base = stated.value if stated is not None else None
    origin = "plan" if plan_base is not None or words_start is None else "target"
    return ProgressForm(target.year, base_year, plan_base if plan_base is not None else words_start,
                        policy.progress_on_track, policy.progress_lagging, suffix(indicator.unit), origin, words_start,
                        rule.start if rule.start is not None and rule.base_year is None else None, plan.region)


@record
class Pace:
    """One region's progress outcome (one of :data:`PROGRESS_WORDS`) and its pace arithmetic."""

    __slots__ = ("case", "required", "actual", "ratio")

    def __init__(self, case: str, required: float | None = None, actual: float | None = None,
                 ratio: float | None = None) -> None:
        self.case = case
        self.required = required
        self.actual = actual
        self.ratio = ratio


def progress_case(form: ProgressForm, year: int, value: float, goal: float, status_now: str,
                  start: Baseline | None, start_met: bool, own: bool = True) -> Pace:
    """Which progress outcome applies (design.md §4); the columnar path decides the same per column. ``own``:
    whether the region judged is the plan's, whose base value the plan's baseline may give."""
    if status_now == "pass":
        return Pace("met")
    if start is None:
        return Pace("no_base" if own else "no_base_region")
    if start_met:
        return Pace("backwards")
    if (start.value - goal) * (value - goal) < 0:  # crossed the goal: overshot a neutral target or a range
        return Pace("overshot")
    if year <= start.year:  # data only up to the base year: nothing to measure a pace on yet
        return Pace("no_pace")
    required = form.pace(start.value, goal, form.target_year - start.year)
    actual = form.pace(start.value, value, year - start.year)
    if required == 0:
        ratio = -1.0 if actual != 0 else 0.0  # the base already sat on the goal: any move is away from it
    else:
        ratio = actual / required
    case = "on_track" if ratio >= floor_of(form.on_track) else "lagging" if ratio >= floor_of(form.lagging) else "away"
    return Pace(case, required, actual, ratio)


def ratio_places(ratio: float, edges: tuple[float, ...]) -> int:
    """The fewest decimals, two at least, at which ``ratio`` sits on the side of each of ``edges`` (the policy's on
    track and lagging) that the judging put it on: 0.9496 is written so, never "0.95 < 0.95", and a pace a hair
    below the base's (-0.00003) never "0 < 0"; as a near miss's gap is never "off by 0%"."""
    for places in range(2, SIGNIFICANT_DIGITS + 1):
        shown = round(ratio, places)
        if all((shown >= edge) == (ratio >= floor_of(edge)) for edge in edges):
            return places
    return SIGNIFICANT_DIGITS


def ratio_text(ratio: float, edges: tuple[float, ...]) -> str:
    """A pace ratio as a progress reason writes it: two decimals, more where fewer would put it on the wrong side
    of an edge it is compared with (:func:`ratio_places`); never "-0"."""
    places = ratio_places(ratio, edges)
    if places <= 4:
        return fmt(round(ratio, places))
    text = f"{round(ratio, places):.{places}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "0") else f"{ratio:.2g}"  # below even twelve decimals: as 1e-13


def ratio_json(ratio: float, edges: tuple[float, ...]) -> float:
    """A pace ratio as a progress evidence gives it: four decimals, more where four would put it on the wrong side
    of an edge (:func:`ratio_places`); never -0.0."""
    return round(ratio, max(4, ratio_places(ratio, edges))) + 0.0


def progress_judgement(form: ProgressForm, pace: Pace, year: int, value: float, goal: float, status_now: str,
                       start: Baseline | None) -> Judgement:
    """The judgement of a progress outcome: its status, reason (from :data:`PROGRESS_WORDS`) and evidence."""
    case, unit = pace.case, form.unit
    status = PROGRESS_STATUS[case] or status_now
    if case in UNBASED:
        start_zh, start_en = form.start_words()
        zh, en = PROGRESS_WORDS[case].fill(year=year, target_year=form.target_year, value=fmt(value), unit=unit,
                                           base_year=form.base_year, start_zh=start_zh, start_en=start_en,
                                           plan_region=form.region)
        return Judgement(status, zh, en, "progress")
    assert start is not None
    base_zh, base_en = start.words(unit)
    evidence = {"baseline": start.evidence(), "goal": goal}
    slots = {"year": year, "value": fmt(value), "unit": unit, "goal": fmt(goal), "base_zh": base_zh, "base_en": base_en}
    if case == "backwards":
        near = status_now == "warn"
        slots.update(near_zh="，接近达标" if near else "", near_en=", a near miss" if near else "")
    elif case not in ("overshot", "no_pace"):
        ratio = pace.ratio
        edges = (form.on_track, form.lagging)
        evidence.update(required_pace=pace.required, actual_pace=pace.actual, ratio=ratio_json(ratio, edges),
                        arithmetic=(RATE_PACE_WORDS if form.compound else PACE_WORDS).format(
                            goal=fmt(goal), base=fmt(start.value), target_year=form.target_year, base_year=start.year,
                            required=fmt(pace.required), value=fmt(value), year=year, actual=fmt(pace.actual)))
        slots.update(ratio=ratio_text(ratio, edges), on_track=fmt(form.on_track), required=fmt(round(pace.required, 2)),
                     actual=fmt(round(pace.actual, 2)))
    words = RATE_PROGRESS_WORDS if form.compound and case in RATE_PROGRESS_WORDS else PROGRESS_WORDS
    zh, en = words[case].fill(**slots)
    return Judgement(status, zh, en, "progress", evidence, near_miss=case != "lagging")


def progress(ctx: Context, goal: float, status_now: str, start: Baseline | None, start_met: bool = False,
             compound: bool = False) -> Judgement:
    """Before the target year (design.md §4): already met passes; else actual pace ÷ required pace.

    ``status_now`` is the value's status against the target today; ``start_met`` whether the base
    value already met it. A target that was met at the base and is missed now has gone backwards:
    that is judged on the value (a near miss warns), not on a pace towards a goal already reached.
    ``compound``: the paces are compound rates in % a year (a 年均增长8% promise, :meth:`ProgressForm.pace`).
    """
    point = ctx.point
    assert point is not None and point.value is not None
    form = ProgressForm(ctx.target.year, start.year if start else ctx.plan.base_year, None,
                        ctx.policy.progress_on_track, ctx.policy.progress_lagging, ctx.unit(), region=ctx.plan.region,
                        compound=compound)
    pace = progress_case(form, ctx.year, point.value, goal, status_now, start, start_met,
                         ctx.region == ctx.plan.region)
    return progress_judgement(form, pace, ctx.year, point.value, goal, status_now, start)


def no_data(ctx: Context, assessment: str | None = None) -> Judgement:
    """n/a for an indicator with no usable data, saying which years were looked for."""
    as_of, target_year = ctx.as_of, ctx.target.year
    seen = [year for year in valued_years(ctx.series) if as_of is None or year <= as_of]
    base_year = ctx.plan.base_year
    if seen and seen[-1] < base_year:  # values there are, but from before the plan: not "no data"
        # (a drafted plan's base year is a guess: 2025 for a 2030 plan made every 2016/2024 value "not in the plan
        # period"; the reason names the plan's base_year to check, not the data alone)
        rule = ctx.target.rule
        if rule.start is not None and rule.base_year is not None and rule.base_year < base_year:
            # "from 33.1% in 2020 to 10% in 2030" in a 2025-based plan: its own start does not move the plan's base
            # back (a change made before the plan is no progress under it, the twenty-seventh round), said so
            return na(f"最新数据为{seen[-1]}年，早于规划基期年（{base_year}年）；目标自{rule.base_year}年起算，但早于基期年的起点"
                      f"不计入规划期内的进度，进度从{base_year}年算起（若基期年有误，请核对规划的 base_year）",
                      f"the latest data is for {seen[-1]}, before the plan's base year {base_year}; the target starts in "
                      f"{rule.base_year}, but a start before the plan's base year is no progress under the plan: "
                      f"progress is measured from {base_year} (if that base year is wrong, check the plan's base_year)",
                      assessment)
        return na(f"最新数据为{seen[-1]}年，早于规划基期年（{base_year}年）：规划期内没有该指标的数据（若基期年有误，"
                  "请核对规划的 base_year）",
                  f"the latest data is for {seen[-1]}, before the plan's base year {base_year}: none in the plan "
                  "period (if that base year is wrong, check the plan's base_year)", assessment)
    if not ctx.series:
        from checker.data.matching import name_read_as  # only for an indicator with no rows at all

        taken = name_read_as(ctx.plan, ctx.indicator)
        if taken:  # its rows went to the earlier indicator of its name: not "no data" (the data may have rows of it)
            name, first = taken
            return na(f"没有该指标的数据：名称“{name}”与指标 {first} 相同，数据中该名称的行都按 {first} 读取"
                      "（duplicate-name；请合并两个指标或改用不同名称）",
                      f"no data for this indicator: its name {name!r} is also {first}'s, and data rows of that name "
                      f"are all read as {first} (duplicate-name; merge the two or name them apart)", assessment)
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
