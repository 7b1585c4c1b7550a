"""The engine: plan + observations + policy → one result per (region, indicator, target). Pure.

For each target it picks the assessment year (design.md §4), hands a :class:`~checker.judge.kinds.base.Context`
to the module of the rule's kind (``checker/judge/kinds/``), then lets the plan's modifiers (力争) and
nature (约束性, 倡导性) weigh the status, and writes the reason and evidence.

Assessment year: without ``as_of``, the target year if the data has it, else the latest year with
data; with ``as_of`` before the target year, the latest year with data up to ``as_of``; with
``as_of`` in or after the target year, the latest year with data from the target year to ``as_of``
(an older year is not used: the target year and later are judged on the value). Years at or after the target year are
judged on the value; earlier years on progress (or as they stand, for rules that hold at all times).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from checker.errors import CheckerError
from checker.judge.kinds import BY_KIND, READS_OTHER_INDICATORS
from checker.judge.kinds.base import Context, Judgement, na
from checker.data.jumps import TARGET_SLIP_TOLERANCE, slip_factor
from checker.data.matching import (place_fields, sheet_named_regions, sheet_named_words, unit_slip, whole_choices,
                                   whole_choices_words)
from checker.language.units import rate_unit
from checker.data.matching import (Dataset, Point, catalogue_entry_of, match, meant_region, named_total_words,
                                   off_by_scale, reference_places, regions_to_judge, total_of, total_row_words,
                                   valued_years, without_place_ending)
from checker.data.observations import Observations, is_aggregate, is_province, unnamed_totals
from checker.plan.model import Indicator, Plan, Target
from checker.judge.policy import Policy, default_policy, weights
from checker.judge.precision import tidy_tree
from checker.language.plausible import beyond, range_unit, value_beyond, value_words
from checker.language import units
from checker.language.units import in_english
from checker.judge.results import OnDemand, Reason, Result, Results, unknown_in

if TYPE_CHECKING:
    from checker.judge.columns import ColumnJudge

WEIGHT_WORDS = {
    "strive": ("力争：不通过记为警告", "a target to strive for: fail counted as warn"),
    "basically": ("基本：不通过记为警告", "a target the plan softens (basically): fail counted as warn"),
    "binding": ("约束性：警告记为不通过", "binding target: warn counted as fail"),
    "advocacy": ("倡导性：最差记为警告", "advocacy target: at worst warn"),
}


def evaluate(
    plan: Plan,
    observations: Observations | Dataset,
    *,
    region: str | None = None,
    as_of: int | None = None,
    policy: Policy | None = None,
    columns: bool | None = None,
) -> Results:
    """Judge every target of ``plan`` for ``region`` (default: the plan's own) against the data.
    ``columns``: judge the compiled targets by columns (:mod:`checker.judge.columns`); by default
    only when forced by its environment variable, since one region gains nothing from it."""
    policy = policy or default_policy()
    region = region or plan.region
    dataset = observations if isinstance(observations, Dataset) else match(plan, observations, region=region)
    if region in plan.references.values():
        role = next(role for role, name in plan.references.items() if name == region)
        raise CheckerError(f"{region} is the plan's references.{role}, the level other regions are compared with, "
                           "and is not judged itself",
                           hint="judge the regions under it (--all-regions, or --region NAME); to judge "
                                f"{region} itself, leave references.{role} out of the plan")
    _require_region(plan, dataset, region)
    run = Run(plan, dataset, as_of, policy, _column_judge(plan, dataset, as_of, policy, columns, False))
    return Results(tuple(_judge_region(run, region)), unknown_in(dataset.unknown, [region, *plan.references.values()]),
                   as_of)


def evaluate_regions(
    plan: Plan,
    observations: Observations | Dataset,
    regions: list[str] | None = None,
    *,
    as_of: int | None = None,
    policy: Policy | None = None,
    on_demand: bool = False,
    columns: bool | None = None,
) -> Results:
    """Judge ``regions`` (default: every region in the data but the plan's references), each against
    its own series and the shared reference regions; results ordered by region, then plan order.
    ``on_demand``: judge as the results are read (:class:`~checker.judge.results.OnDemand`), for output
    written a line at a time. ``columns``: judge the compiled targets of all regions at once
    (:mod:`checker.judge.columns`); by default when polars is installed and the data was read by columns."""
    policy = policy or default_policy()
    dataset = observations if isinstance(observations, Dataset) else match(plan, observations)
    references = set(plan.references.values())
    if regions is None:
        regions = regions_to_judge(plan, dataset)
    else:
        present = set(dataset.regions())  # once: checking each name against a fresh list was quadratic
        for region in regions:
            if region in references:
                role = next(level for level, name in plan.references.items() if name == region)
                raise CheckerError(f"{region} is one of the plan's reference regions; it is not judged",
                                   hint=f"its rows are what the plan's 全省/全市/全国 targets compare with; to judge "
                                        f"{region} itself by the plan's targets, use a copy of the plan without "
                                        f"references.{role}")
            if region not in present:
                _require_region(plan, dataset, region)
    def judge() -> Iterator[Result]:
        run = Run(plan, dataset, as_of, policy, _column_judge(plan, dataset, as_of, policy, columns, True))
        for region in regions:
            yield from _judge_region(run, region)

    def table(evidence: bool = False, localise=None, keep=None):
        from checker.judge.frames import result_frame

        column_judge = _column_judge(plan, dataset, as_of, policy, columns, True)
        return result_frame(Run(plan, dataset, as_of, policy, column_judge, evidence=evidence), regions, localise,
                            keep)

    unknown = unknown_in(dataset.unknown, [*regions, *references])
    if not on_demand:
        return Results(tuple(judge()), unknown, as_of)
    by_columns = columns is not False and _columns_wanted(dataset, columns)
    return Results(OnDemand(judge, table if by_columns else None), unknown, as_of)


def _judge_region(run: Run, region: str) -> Iterator[Result]:
    """Every target of the plan judged in ``region``, in plan order."""
    others = run.region_series(region)
    for indicator in run.plan.indicators:
        for target in indicator.targets:
            yield _result(region, indicator, target, run.verdict(region, indicator, target, others))


class Run:
    """What one run computes once and shares between regions: the reference regions' series, each
    target's plan and rule evidence, and the verdicts of targets in regions without data for them.
    The shared evidence dicts are read-only: results of different regions may hold the same dict."""

    def __init__(self, plan: Plan, dataset: Dataset, as_of: int | None, policy: Policy,
                 columns: ColumnJudge | None = None, evidence: bool = True):
        self.plan, self.dataset, self.as_of, self.policy = plan, dataset, as_of, policy
        self.evidence = evidence  # False: verdicts without evidence, for outputs that have none (csv)
        self.columns = columns  # the compiled targets judged by columns, when they are
        self.period = plan.judged_years  # once: it walks every target
        self._references: dict[tuple, dict[str, dict[int, Point]]] = {}
        self._place_levels: dict[str, str] | None = None  # each place of the data's 省份/地市 columns → its level
        self._static: dict[int, tuple[dict, dict]] = {}  # by id(target): hashing a Target hashes its rule
        self._without_data: dict[int, Verdict] = {}
        self._implausible: dict[int, Verdict | None] = {}  # by id(target): the n/a of a level beyond plausible
        self._ids = dict.fromkeys(indicator.id for indicator in plan.indicators)  # ordered, and quick to ask

    def region_series(self, region: str) -> Mapping[str, Mapping[int, Point]]:
        """Every indicator's series in ``region``, by indicator id (what ``linked`` rules read), each
        fetched the first time it is read."""
        return _RegionSeries(self.dataset, region, self._ids)

    def verdict(self, region: str, indicator: Indicator, target: Target,
                others: Mapping[str, Mapping[int, Point]]) -> Verdict:
        """The verdict of ``target`` in ``region``, whose series are ``others`` (:meth:`region_series`)."""
        refused = self.implausible(indicator, target)
        if refused is not None:
            return refused
        series = others[indicator.id]
        if not series and target.rule.kind not in READS_OTHER_INDICATORS:
            return self.without_data(region, indicator, target, others)
        policy = self.policy
        found = self.columns.judgement(region, target, series) if self.columns is not None else None
        if found is not None:  # no Context: a record of ten fields costs more than the rest
            year = found[0]
            return self.slipped(indicator, target, year, series.get(year), series) \
                or _weigh(found[1], indicator, target, policy, year, series.get(year), self)
        year = assessment_year(series, target, self.as_of, self.period)
        slipped = self.slipped(indicator, target, year, series.get(year) if year is not None else None, series)
        if slipped is not None:
            return slipped
        places = self.reference_regions(region)
        ctx = Context(self.plan, indicator, target, region, year, series, policy, self.references(indicator.id, places),
                      others, self.as_of, places)
        return _verdict(ctx, self)

    def without_data(self, region: str, indicator: Indicator, target: Target,
                     others: Mapping[str, Mapping[int, Point]]) -> Verdict:
        """The verdict of a target in a region without data for it (n/a, or a rule that needs none):
        the same for every such region, so judged once per run (not for kinds that read other indicators)."""
        verdict = self._without_data.get(id(target))
        if verdict is None:
            places = self.reference_regions(region)
            ctx = Context(self.plan, indicator, target, region, None, {}, self.policy,
                          self.references(indicator.id, places), others, self.as_of, places)
            verdict = self._without_data[id(target)] = _verdict(ctx, self)
        return verdict

    def implausible(self, indicator: Indicator, target: Target) -> Verdict | None:
        """The n/a of a target whose level no value of its indicator is near (婴儿死亡率控制在10%以下: ≤100‰, beyond the
        catalogue's plausible range, :mod:`checker.language.plausible`), whatever the data; None for any other. Once
        per target: the same in every region."""
        key = id(target)
        if key not in self._implausible:
            found = beyond(catalogue_entry_of(indicator), target.rule, rate_unit(indicator.unit, indicator.names()))
            self._implausible[key] = None if found is None else _weigh(
                na(*found.words(indicator.name_zh or indicator.name_en or indicator.id, target.text, indicator.name_en),
                   "value",
                   plausible={"level": found.level, "bound": found.bound, "side": found.side, "unit": found.unit}),
                indicator, target, self.policy, None, None, self)
        return self._implausible[key]

    def slipped(self, indicator: Indicator, target: Target, year: int | None, point: Point | None,
                series: Mapping[int, Point] | None = None) -> Verdict | None:
        """The n/a of a target judged on a value that its indicator's plausible range says is a slip of scale: beyond
        the range, and about 100 or 1000 times off the indicator's level target (0.273 under a % unit of 个人卫生支出占比
        against 27左右: a share stored as a fraction, its % format lost); None for any other value. As a reference
        100 times off is not compared (:mod:`checker.judge.kinds.reference`), such a value never passes. With no level
        target it stands so off, a value about 100 or 1000 times off the region's own earlier value within the range
        (``series``: 27.7% in 2020, 0.273 in 2023) is the same slip: a change or trend target judged on it passed
        (比2020年下降2个百分点, 逐步下降 −99%). Beyond the range, 10 times off is such a slip too: 65 beds per 1,000
        people for 6.5 (a rate per 10,000 under a name per 1,000, or a slipped decimal point), a level no place has."""
        if point is None or point.value is None or not self.may_slip(indicator):
            return None
        found = value_beyond(catalogue_entry_of(indicator), point.value, indicator.unit,
                             rate_unit(indicator.unit, indicator.names()))
        # 10 times off is a slip only for a count per people (beds, physicians per 1,000: per 10,000 written for per
        # 1,000) and far beyond its range (65 for a range to 20); a rate may stand 10 times off a goal for real (Nigeria's
        # maternal mortality 1,047/10万 against the SDG's 70, an under-5 rate of 115‰ against 25)
        entry = catalogue_entry_of(indicator)
        smallest = 1 if found is not None and _far_beyond(found) and entry["plausible"].get("unit") else 2
        off = off_by_scale([point.value], indicator.targets, smallest=smallest) if found is not None else None
        name = indicator.name_zh or indicator.name_en or indicator.id
        if off is not None:
            level_target, times, way = off
            slip = unit_slip(list((series or {}).values()) or [point], level_target.rule.value, indicator.unit)
            if slip is not None:  # 89 万元 for 89 元: 10,000 times, the unit column's scale
                times = slip[0]
            zh, en = value_words(found, name, year, level_target.text, times, way, indicator.name_en,
                                 slipped_unit=slip[1:] if slip else None)
        else:
            earlier = _earlier_off(point.value, year, series, indicator.unit, smallest) if found is not None else None
            if earlier is None:
                return None
            before, times, way = earlier
            zh, en = value_words(found, name, year, f"{before.value:g}{units.suffix(indicator.unit)}", times, way,
                                 indicator.name_en, of_year=before.year)
        return _weigh(na(zh, en, "value", plausible={"level": found.level, "bound": found.bound, "side": found.side,
                                                      "unit": found.unit, "times": times}),
                      indicator, target, self.policy, year, point, self)

    def may_slip(self, indicator: Indicator) -> bool:
        """Whether the catalogue gives ``indicator`` a plausible range its values are held to (:meth:`slipped`)."""
        entry = catalogue_entry_of(indicator)
        return bool(entry and entry.get("plausible"))

    def plausible_bounds(self, indicator: Indicator) -> tuple[float | None, float | None] | None:
        """The plausible range of ``indicator`` in its plan's unit (min, max; None: no bound that side), for judging
        by columns: a value beyond it is left to :meth:`slipped`; None where no range holds its values."""
        if not self.may_slip(indicator):
            return None
        from checker.language import units

        entry = catalogue_entry_of(indicator)
        bounds = entry["plausible"]
        # (a bare count of the plan, 张, is in the frame of the rate it stands for, 张/千人: the range converts into that)
        frame = rate_unit(indicator.unit, indicator.names()) or indicator.unit
        try:
            return tuple(None if bounds.get(side) is None or not indicator.unit
                         else units.convert(float(bounds[side]), range_unit(entry), frame)
                         for side in ("min", "max"))
        except CheckerError:
            return None

    def reference_regions(self, region: str) -> dict[str, str]:
        """city/province/nation → the region that is it for ``region`` (:func:`reference_places`), a province
        or city judged being its own."""
        found = reference_places(self.plan, self.dataset.parents, region)
        own = self._levels_of(region)
        # a province judged (--regions 广东省) is its own 全省, never the plan's 福建省; a city its own 全市
        return {**found, **dict.fromkeys(own, region)} if own else found

    def _levels_of(self, region: str) -> tuple[str, ...]:
        """The reference levels ``region`` itself is, with the finer ones it stands in for: a province (a 省份
        of the data, or so named: …省, …自治区, 北京市 …) is its own 全省 and 全市; a city of the data's 地市 column its
        own 全市."""
        if self._place_levels is None:
            self._place_levels = {place: level for places in self.dataset.parents.values()
                                  for level, place in places.items()}
        level = self._place_levels.get(region)
        if level == "province" or is_province(region) and region != self.plan.region:
            return ("city", "province")
        return ("city",) if level == "city" else ()

    def references(self, indicator_id: str, places: dict[str, str] | None = None) -> dict[str, dict[int, Point]]:
        """The series of ``indicator_id`` of each reference region (``places``: default the plan's)."""
        places = self.plan.references if places is None else places
        key = (indicator_id, *places.items())
        refs = self._references.get(key)
        if refs is None:
            refs = self._references[key] = {role: self.dataset.get(name, indicator_id) for role, name in places.items()}
        return refs

    def static(self, target: Target) -> tuple[dict, dict]:
        """The target's plan evidence (file, line, source quote) and its rule as JSON, made once per run."""
        found = self._static.get(id(target))
        if found is None:
            found = self._static[id(target)] = target_evidence(self.plan, target)
        return found


def target_evidence(plan: Plan, target: Target) -> tuple[dict, dict]:
    """What every result of ``target`` says first in its evidence, whatever the region: where the plan
    sets it (file, line, source quote), and its rule as JSON."""
    plan_evidence = {
        "file": plan.file,
        "line": target.location.line,
        "source_line": target.source.line if target.source else None,
        "quote": target.source.quote if target.source else None,
    }
    return plan_evidence, target.rule.to_dict()


class _RegionSeries(Mapping):
    """One region's series of the plan's indicators, by indicator id, fetched when first read."""

    __slots__ = ("_dataset", "_region", "_ids", "_found")

    def __init__(self, dataset: Dataset, region: str, ids: dict[str, None]) -> None:
        self._dataset, self._region, self._ids = dataset, region, ids
        self._found: dict[str, Mapping[int, Point]] = {}

    def __getitem__(self, indicator_id: str) -> Mapping[int, Point]:
        series = self._found.get(indicator_id)
        if series is None:
            if indicator_id not in self._ids:
                raise KeyError(indicator_id)
            series = self._found[indicator_id] = self._dataset.get(self._region, indicator_id)
        return series

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _require_region(plan: Plan, dataset: Dataset, region: str) -> None:
    """A region without a single row, in a file that has rows, is a mistake worth stopping for: judged,
    every target would be n/a and the run would look clean (rows without a region belong to the
    judged region, so a file without a region column always has rows for it)."""
    in_file = dataset.regions_in_file()
    if region in in_file or not in_file:
        return
    import difflib

    references = set(plan.references.values())
    others = [name for name in in_file if name not in references]
    # 全市 of a county-level 市 naming its city: both places named (never "choose 全市", never the city alone)
    unsure = [whole_choices_words(name, choices, "en") for name in others
              if (choices := whole_choices(name, place_fields(plan)))]
    if unsure and len(unsure) == len(others):
        named = sheet_named_regions(dataset, others)
        raise CheckerError(f"the data has no rows for {region}",
                           hint="; ".join([*unsure, *([sheet_named_words(named, region)] if named else [])]))
    # a total row (泉州市合计, 合计) is no region to offer with --region: the hint below says how to name it
    places = [name for name in others if not is_aggregate(name)]
    namesakes = [name for name in places if name.endswith(region)]  # 福州市鼓楼区: named with its place
    # alike without the ending every place shares (福州市 and 厦门市 are no closer than 福州 and 厦门)
    # and of the region's own level: 东营市 is no misspelt 山东省 (a city offered for a province)
    level = region[len(without_place_ending(region)):]
    bare = {without_place_ending(name): name for name in places if name[len(without_place_ending(name)):] in ("", level)}
    # a data region that is a misspelling of the plan's own region (南安巿, 巿 a look-alike of 市), said as validate
    # says it; not of a region asked for (--region 甲币 for the data's 甲市: the asked name may be the misspelt one)
    meant = [name for name in places if region == plan.region
             and meant_region(name, plan.references, [region, *plan.references.values()]) == region]
    close = [] if meant else namesakes if len(namesakes) > 1 else [bare[name] for name in difflib.get_close_matches(
        without_place_ending(region), list(bare), n=1, cutoff=0.5)]
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    if meant:
        # (a hint, never an order: 南通市 is one character off 南安市 and another city)
        hint = f"if the data's {', '.join(meant)} {'is' if len(meant) == 1 else 'are'} meant as {region}, correct it; "
    shown = ", ".join(_short(name) for name in in_file[:10]) + (f" … and {len(in_file) - 10} more"
                                                                  if len(in_file) > 10 else "")
    if others:
        hint += f"regions in the data: {shown}; choose one with --region"
        named = sheet_named_regions(dataset, others)
        if named:  # 海曙, 全市: a sheet's name, no region cell the user wrote
            hint += "; " + sheet_named_words(named, region)
        totals = [name for name in others if name in unnamed_totals()]
        if totals:  # 合计 heading a table by place: offered as one more region, it is the plan's region's own total
            hint += "; " + total_row_words(totals[0], region, "en")
        own = [name for name in others if (whole := total_of(name)) and whole[0] == region]
        if own:  # 泉州市合计 for 泉州市: its total, which naming it 泉州市 makes count (as validate and --all-regions say)
            hint += "; " + named_total_words(own[0], (region,), "en")
    else:
        hint += (f"the data only has rows for the plan's reference regions ({shown}), which supply "
                 f"comparison values; add rows for {region}, or leave out the region column")
    said = f" (the data has {', '.join(repr(name) for name in meant)}: did you mean {region}?)" if meant else ""
    if not meant and len(namesakes) > 1 and close == namesakes:
        # 市中区 of 济南市 and of 枣庄市: "no rows for 市中区" read as if the data had none of that name
        raise CheckerError(f"the data has {len(namesakes)} places named {region}, each named with the place it lies "
                           f"in: which one to judge, {region} alone does not say", hint="; ".join([hint, *unsure]))
    raise CheckerError(f"the data has no rows for {region}{said}", hint="; ".join([hint, *unsure]))


def assessment_year(series: Mapping[int, Point], target: Target, as_of: int | None,
                    period: tuple[int, int] | None = None) -> int | None:
    """The year a target is judged in (design.md §4); None when there is no usable data. Years
    outside ``period`` (:attr:`~checker.plan.model.Plan.judged_years`: before the base year, or a 2099
    typed for 2029) are never judged: the check lists the typos."""
    years = valued_years(series)
    if period is not None and years and not (period[0] <= years[0] and years[-1] <= period[1]):
        years = [year for year in years if period[0] <= year <= period[1]]
    if as_of is None:
        if not years:
            return None
        return target.year if target.year in years else years[-1]
    if as_of >= target.year:  # judged on the value: data from the target year on, never an older year
        judged = [year for year in years if target.year <= year <= as_of]
    else:
        judged = [year for year in years if year <= as_of]
    return judged[-1] if judged else None


#: a verdict before it is a Result: (status, reason, assessment, year, value, evidence)
Verdict = tuple


def _column_judge(plan: Plan, dataset: Dataset, as_of: int | None, policy: Policy, columns: bool | None,
                  many: bool) -> ColumnJudge | None:
    """The columnar judge when ``columns`` (or its environment variable) asks for it, or by default
    for a many-region run of data read by columns; None for the scalar path alone."""
    if columns is False or (not many and columns is None and not os.environ.get("CHECKER_COLUMNAR_JUDGING")):
        return None
    if not _columns_wanted(dataset, columns):
        return None
    from checker.judge import columns as by_columns

    return by_columns.ColumnJudge(plan, dataset, as_of, policy)


def _columns_wanted(dataset: Dataset, columns: bool | None) -> bool:
    from checker.judge import columns as by_columns

    return by_columns.wanted(dataset, columns)


def _verdict(ctx: Context, run: Run) -> Verdict:
    """Judge one target in one region by its kind's module, then weigh it (:func:`_weigh`)."""
    judgement: Judgement = BY_KIND[ctx.rule.kind].check(ctx)
    return _weigh(judgement, ctx.indicator, ctx.target, ctx.policy, ctx.year, ctx.point, run)


def weigh_status(status: str, near_miss: bool, target: Target, policy: Policy) -> tuple[str, list[str]]:
    """A kind's status weighed by the target's nature and modifiers (力争, 约束性, 倡导性), and the policy
    keys that changed it, in order."""
    weighed = []
    for key in weights(target.rule.modifiers, target.nature):
        if key == "binding" and not near_miss:
            continue  # 约束性 hardens near misses only, not a lagging pace or a flat trend
        adjusted = policy.apply(key, status)
        if adjusted != status:
            weighed.append(key)
            status = adjusted
    return status, weighed


def weighed_words(weighed: list[str]) -> tuple[str, str]:
    """What a reason gains for each weighing key (zh, en)."""
    return "".join(f"；{WEIGHT_WORDS[key][0]}" for key in weighed), "".join(f"; {WEIGHT_WORDS[key][1]}" for key in weighed)


def _far_beyond(found) -> bool:
    """Whether a value beyond its plausible range (``found``: :func:`value_beyond`) lies more than twice past its bound:
    no real level, where one just past the range may be a real place's (the ranges are set for targets)."""
    return found.level > 2 * found.bound if found.side == "max" else found.level < found.bound / 2


def _earlier_off(value: float, year: int | None, series: Mapping[int, Point] | None,
                 unit: str | None, smallest: int = 2) -> tuple[Point, int, str] | None:
    """The latest earlier value of ``series`` (before ``year``) that ``value`` (beyond its plausible range) stands
    about 10, 100 or 1000 times off, with the times and which way ``value`` lies; None where there is none."""
    for earlier in sorted((y for y in series or () if year is not None and y < year), reverse=True):
        before = series[earlier]
        if before.value is None:
            continue
        factor = slip_factor(value, before.value, smallest=smallest, tolerance=TARGET_SLIP_TOLERANCE)
        if factor is not None:
            return before, 10 ** factor, "smaller" if abs(value) < abs(before.value) else "larger"
    return None


def _weigh(judgement: Judgement, indicator: Indicator, target: Target, policy: Policy, year: int | None,
           point: Point | None, run: Run) -> Verdict:
    """Weigh a judgement (a kind's, or one made by columns) by the target's modifiers and nature, and
    write its reason and evidence."""
    status, weighed = weigh_status(judgement.status, judgement.near_miss, target, policy)
    zh, en = judgement.zh, in_english(judgement.en, indicator.unit)
    suffix_zh, suffix_en = weighed_words(weighed)
    zh += suffix_zh
    en += suffix_en
    value = point.value if point else None
    if not run.evidence:
        return status, Reason(zh, en), judgement.assessment, year, value, None
    plan_evidence, rule_evidence = run.static(target)
    evidence = {
        "plan": plan_evidence,
        "rule": rule_evidence,
        "observation": point.evidence() if point else None,
        "weighed": weighed,
        "status_before_weighing": judgement.status,
        # computed paces, goals and ratios without float noise
        **(judgement.evidence if judgement.tidy else tidy_tree(judgement.evidence)),
    }
    return status, Reason(zh, en), judgement.assessment, year, value, evidence


def _result(region: str, indicator: Indicator, target: Target, verdict: Verdict) -> Result:
    status, reason, assessment, year, value, evidence = verdict
    return Result(
        region=region,
        indicator=indicator.id,
        name_zh=indicator.name_zh,
        name_en=indicator.name_en,
        domain=indicator.domain,
        nature=target.nature,
        target_year=target.year,
        target_text=target.text,
        kind=target.rule.kind,
        status=status,
        reason=reason,
        assessment=assessment,
        year=year,
        value=value,
        unit=indicator.unit,
        evidence=evidence,
    )


def _short(name: str, longest: int = 60) -> str:
    """A name as a message shows it: a pasted paragraph taken for a region is cut, not printed whole."""
    return name if len(name) <= longest else f"{name[:longest]}… ({len(name):,} characters)"
