"""Judging by columns: the compiled value targets of every region at once (issue 18 item 2).

A national run judges thousands of regions against one plan. For the rule kinds that compile a
target into plain data (a module with ``compile``; today the value kinds of
:mod:`checker.judge.kinds.bounds`), this module applies that compiled form to all regions at once
with polars expressions: the assessment year (design.md §4, as
:func:`checker.judge.engine.assessment_year`), the base value (data first, then the plan's), the
value's status in the form's bands, and the progress outcome with its paces and ratio. The kind's
module then writes each region's judgement from that outcome (:func:`bounds.judgement`), the same
function its scalar ``check`` uses, so both paths give identical statuses, reasons and evidence
(``tests/test_columnar_judging.py`` holds them equal).

A kind that judges the assessment year's value alone, without a band (``judged_value``: a
deliverable's yes/no, a target with nothing to check) gets that value here (:meth:`ColumnJudge.assessed`).
A rising or falling trend (:class:`checker.judge.kinds.trend.TrendForm`) gets the ends of each
region's window here (:meth:`ColumnJudge.windows`); :mod:`checker.judge.frames` has the kind judge
them. A kind that holds the value against the plan's base year value (``judged_from_base``: maintain) gets both
here (:meth:`ColumnJudge.based`). Kinds that read other indicators or long series (linked, compound, a slowing
trend, a reference level outside the plan's regions …) are not compiled and stay scalar per region, as do regions without a usable year
(their n/a says which years were looked for) or with too few years in a trend's window.

Used by :func:`checker.judge.engine.evaluate_regions` when polars is installed and the data was read
by columns; ``CHECKER_COLUMNAR_JUDGING=1`` (or ``columns=True``) forces it on any dataset, ``0`` off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from checker.data.matching import Dataset, Point
from checker.judge.kinds import BY_KIND
from checker.judge.kinds.base import Baseline, Judgement, Pace, data_base
from checker.judge.kinds.trend import TrendForm, trend_form
from checker.judge.policy import Policy
from checker.judge.precision import floor_of
from checker.plan.model import Plan, Target

if TYPE_CHECKING:
    import polars as pl

    from checker.judge.bands import Interval
    from checker.judge.kinds.bounds import ValueForm

#: "1": judge by columns wherever polars is installed (any dataset); "0": never; unset: national runs
FORCE_ENV = "CHECKER_COLUMNAR_JUDGING"
#: outcomes that need the base value to write their reason and evidence
_NEED_START = frozenset(("backwards", "overshot", "no_pace", "on_track", "lagging", "away"))
_PACE = frozenset(("on_track", "lagging", "away"))


def wanted(dataset: Dataset, force: bool | None = None) -> bool:
    """Whether to judge ``dataset`` by columns: ``force`` (or the environment) decides, else only
    data read by columns (then polars is installed and the module already imported)."""
    if force is None:
        setting = os.environ.get(FORCE_ENV, "")
        force = {"1": True, "0": False}.get(setting)
    if force is False:
        return False
    columnar = sys.modules.get("checker.data.columnar")
    if force:
        from checker.data.columnar import available

        return available()
    return columnar is not None and isinstance(dataset, columnar.ColumnDataset)


def _assessed_only(target: Target) -> bool:
    """Whether the target's kind judges the assessment year's value alone (its module has
    ``judged_value``), or with its reference region's value that year (a 全市/全省/全国 reference)."""
    module = BY_KIND[target.rule.kind]
    return hasattr(module, "judged_value") or (hasattr(module, "compared") and target.rule.reference in module.NAMES)


def compiles(target: Target) -> bool:
    """Whether the target's kind compiles into a form this module can apply."""
    return hasattr(BY_KIND[target.rule.kind], "compile")


class ColumnJudge:
    """The outcomes of every compiled target in every region, computed by columns on creation;
    :meth:`judgement` writes one region's judgement from them when the engine reaches it."""

    def __init__(self, plan: Plan, dataset: Dataset, as_of: int | None, policy: Policy):
        from concurrent.futures import ThreadPoolExecutor

        import polars as pl

        period = plan.judged_years
        names, frames = _frames(dataset)
        own = names.index(plan.region) if plan.region in names else -1  # the region the plan's base values are of
        empty = pl.DataFrame(schema={"region": pl.UInt32, "year": pl.Int32, "value": pl.Float64, "row": pl.Int64})
        self.names = names  # the region names the outcome frames' ``region`` codes index
        self._targets: dict[int, tuple[object, ValueForm, _Outcome]] = {}
        self._trends: dict[int, tuple[TrendForm, _Outcome]] = {}
        self._assessed: dict[int, _Outcome] = {}
        self._based: dict[int, _Outcome] = {}
        self._lookups: dict[int, dict[str, tuple]] = {}
        # The queries run on a thread, a batch of targets at a time in plan order, while the caller judges the
        # targets whose outcomes are in (polars lets go of the interpreter, which the rows judged by their kinds
        # in Python hold); a query of an indicator without data is not run: its outcome is an empty frame of its
        # schema (each query costs its planning and threads, on no rows too).
        pool = ThreadPoolExecutor(1)
        batch: list[tuple[pl.LazyFrame, _Outcome]] = []

        def queued(query: pl.LazyFrame, indicator_id: str) -> _Outcome:
            if indicator_id not in frames:
                return _Outcome(pl.DataFrame(schema=query.collect_schema()))
            outcome = _Outcome()
            batch.append((query, outcome))
            if len(batch) >= _BATCH:
                run()
            return outcome

        def run() -> None:
            found = pool.submit(pl.collect_all, [query for query, _ in batch])
            for place, (_, outcome) in enumerate(batch):
                outcome.later = (found, place)
            batch.clear()

        for indicator in plan.indicators:
            frame = frames.get(indicator.id, empty).lazy()
            for target in indicator.targets:
                trend = trend_form(target.rule, indicator, policy) if target.rule.kind == "trend" else None
                if trend is not None:  # 逐年 (every_year): with the window's values, for every step of it
                    self._trends[id(target)] = (trend, queued(_windows(trend, frame, target.year, plan.base_year, period, as_of,
                                                                       "every_year" in target.rule.modifiers),
                                                              indicator.id))
                elif _assessed_only(target):
                    self._assessed[id(target)] = queued(_assessed(frame, target.year, period, as_of), indicator.id)
                elif compiles(target):
                    module = BY_KIND[target.rule.kind]
                    form = module.compiled(plan, indicator, target, policy)
                    self._targets[id(target)] = (module, form, queued(
                        _outcomes(form, frame, target.year, period, as_of, own), indicator.id))
                elif hasattr(BY_KIND[target.rule.kind], "judged_from_base"):
                    stated = indicator.baseline(plan.base_year)
                    self._based[id(target)] = queued(_based(frame, target.year, period, as_of, plan.base_year, own,
                                                            None if stated is None else stated.value), indicator.id)
        if batch:
            run()
        pool.shutdown(wait=False)  # its thread ends when the last batch is collected

    def assessed(self, target: Target) -> pl.DataFrame | None:
        """For a target whose kind judges the assessment year's value alone (its module has
        ``judged_value``) or with its reference region's value that year, per region with a usable
        year: region code, year, value, row; None for any other target."""
        found = self._assessed.get(id(target))
        return None if found is None else found.frame()

    def based(self, target: Target) -> pl.DataFrame | None:
        """For a target whose kind judges the assessment year's value against the plan's base year value (its
        module has ``judged_from_base``), per region with a usable year and a base value: region code, year, value,
        row, the base value and its row, and whether it is the data's (``from_data``; else the plan's own, for its
        own region only, as :func:`checker.judge.kinds.base.find_baseline` finds it); None for any other target."""
        found = self._based.get(id(target))
        return None if found is None else found.frame()

    def windows(self, target: Target) -> tuple[TrendForm, pl.DataFrame] | None:
        """A rising or falling trend target's form and, per region whose window holds enough valued
        years, its ends: region code, year, value, row (the assessment year) and year0, value0, row0
        (the window's first valued year), and yearp, valuep (the valued year before the last, null where
        none stands between the ends); for a trend promised every year (逐年), ``steps`` too: the window's
        values in year order; None for any other target."""
        found = self._trends.get(id(target))
        return None if found is None else (found[0], found[1].frame())

    def outcomes(self, target: Target) -> tuple[object, ValueForm, pl.DataFrame] | None:
        """The kind's module, the compiled form and the outcome frame of ``target`` (None: not compiled):
        per region with a usable year its code in :attr:`names`, year, value, the observation's ``row``
        in the columns (null for data not read by columns), the value's status in the form's bands,
        outcome (``value`` or a progress case), required and actual pace, ratio, and the data's base
        value with its row (null: none)."""
        found = self._targets.get(id(target))
        return None if found is None else (found[0], found[1], found[2].frame())

    def judgement(self, region: str, target: Target, series: Mapping[int, Point]) -> tuple[int, Judgement] | None:
        """The assessment year and judgement of ``target`` in ``region``; None where the scalar path
        judges (a kind not compiled, or no usable year)."""
        entry = self.outcomes(target)
        if entry is None:
            return None
        module, form, done = entry
        outcomes = self._lookups.get(id(target))
        if outcomes is None:  # by region name, the first time a region of this target is asked for
            names = self.names
            outcomes = self._lookups[id(target)] = {
                names[row[0]]: row[1:] for row in done.select("region", "year", "case", "required", "actual",
                                                               "ratio").rows()}
        found = outcomes.get(region)
        if found is None:
            return None
        year, case, required, actual, ratio = found
        value = series[year].value
        if case == "value":
            return year, module.judgement(form, year, value, False)
        point = series.get(form.progress.base_year)
        base = point if point is not None and point.value is not None else None
        return year, progress(module, form, year, value, case, required, actual, ratio,
                              None if base is None else base.value, base)


#: targets whose queries run as one batch (:class:`ColumnJudge`): a batch's queries run side by side, and the
#: first batch's outcomes are in before the others'
_BATCH = 12


class _Outcome:
    """A target's outcome frame, made or being made on the column judge's thread (``later``: the batch's future
    and the frame's place in it)."""

    __slots__ = ("done", "later")

    def __init__(self, done: pl.DataFrame | None = None) -> None:
        self.done = done
        self.later: tuple | None = None

    def frame(self) -> pl.DataFrame:
        if self.done is None:
            found, place = self.later
            self.done = found.result()[place]
        return self.done


def progress(module, form: ValueForm, year: int, value: float, case: str, required: float | None,
             actual: float | None, ratio: float | None, base: float | None, point: Point | None = None) -> Judgement:
    """The kind's judgement of a progress outcome (a row of :meth:`ColumnJudge.outcomes` before the
    target year), measured from the data's ``base`` value (its ``point``, if made) or else the
    plan's: one region's, and each row of a national run's (:mod:`checker.judge.frames`)."""
    start = None
    if case in _NEED_START:
        base_year = form.progress.base_year
        start = data_base(form.progress, base, point) if base is not None else \
            Baseline(base_year, form.progress.plan_base, form.progress.plan_origin)
    pace = Pace(case, required, actual, ratio) if case in _PACE else Pace(case)
    return module.judgement(form, year, value, True, start, pace)


def _frames(dataset: Dataset) -> tuple[list[str], dict[str, pl.DataFrame]]:
    """The region names, and every region's rows of each indicator by indicator id: region (an
    index into the names), year, value (null: no value)."""
    import polars as pl

    by_columns = getattr(dataset, "indicator_frames", None)
    if by_columns is not None:
        return by_columns()
    names = list(dict.fromkeys(region for region, _ in dataset.series))
    code = {name: number for number, name in enumerate(names)}
    rows: dict[str, tuple[list, list, list]] = {}
    for (region, indicator_id), series in dataset.series.items():
        regions, years, values = rows.setdefault(indicator_id, ([], [], []))
        for year, point in series.items():
            regions.append(code[region])
            years.append(year)
            values.append(point.value)
    return names, {indicator_id: pl.DataFrame({"region": regions, "year": years, "value": values},
                                              schema={"region": pl.UInt32, "year": pl.Int32, "value": pl.Float64})
                   .with_columns(row=pl.lit(None, pl.Int64))  # no columns to point into: no row
                   for indicator_id, (regions, years, values) in rows.items()}


def _inside(interval: Interval, x: pl.Expr) -> pl.Expr:
    """``x in interval`` (:class:`checker.judge.bands.Interval`) as an expression."""
    above = x > interval.low if interval.low_open else x >= interval.low
    below = x < interval.high if interval.high_open else x <= interval.high
    return above & below


def _status(form: ValueForm, x: pl.Expr) -> pl.Expr:
    """The form's status of ``x`` (``ValueForm.status``) as an expression."""
    import polars as pl

    passing = pl.when(_inside(form.bands.passing, x)).then(pl.lit("pass"))
    if form.floor is not None:  # full coverage: its own warn floor outside the pass band
        return passing.when(x >= form.floor).then(pl.lit("warn")).otherwise(pl.lit("fail"))
    return passing.when(_inside(form.bands.warning, x)).then(pl.lit("warn")).otherwise(pl.lit("fail"))


def _minus(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """``a − b`` exactly as Python computes it, signed zero included. polars' optimiser rewrites
    arithmetic with literals (0 − x as −x, 0 + x as x), which turns Python's 0.0 into −0.0 and the
    evidence's ``0.0`` into ``-0.0``; a difference of equal numbers is therefore written out: +0.0,
    except −0.0 − 0.0."""
    import polars as pl

    negative_zero = (a == 0) & ((1.0 / a) < 0) & ((1.0 / b) > 0)
    return pl.when(a == b).then(pl.when(negative_zero).then(pl.lit(-0.0)).otherwise(pl.lit(0.0))).otherwise(a - b)


def _assessed(frame: pl.LazyFrame, target_year: int, period: tuple[int, int], as_of: int | None) -> pl.LazyFrame:
    """Per region with a usable year: region, the assessment year (valued years inside the plan
    period, as :func:`checker.judge.engine.assessment_year`), and that year's value and row."""
    import polars as pl

    year, value = pl.col("year"), pl.col("value")
    valued = frame.filter(value.is_not_null() & year.is_between(period[0], period[1]))
    if as_of is None:
        years = valued.group_by("region").agg(has=(year == target_year).any(), latest=year.max())
        years = years.select("region", year=pl.when(pl.col("has")).then(pl.lit(target_year, pl.Int32))
                             .otherwise(pl.col("latest")))
    else:
        window = year.is_between(target_year, as_of) if as_of >= target_year else year <= as_of
        years = valued.filter(window).group_by("region").agg(year=year.max())
    return years.join(frame, on=["region", "year"], how="left")


def _based(frame: pl.LazyFrame, target_year: int, period: tuple[int, int], as_of: int | None, base_year: int,
           own: int, plan_base: float | None) -> pl.LazyFrame:
    """Per region with a usable year and a base value: region, the assessment year with its value and row (as
    :func:`_assessed`), the base year's value (the data's, else the plan's ``plan_base`` for its ``own`` region)
    with its row, and ``from_data``."""
    import polars as pl

    year, value = pl.col("year"), pl.col("value")
    base = frame.filter((year == base_year) & value.is_not_null()).select("region", base=value, base_row="row",
                                                                          from_data=pl.lit(True))
    judged = _assessed(frame, target_year, period, as_of).join(base, on="region", how="left")
    if plan_base is not None:  # the plan's own base value where its region's data has none
        judged = judged.with_columns(base=pl.when(pl.col("region") == own).then(
            pl.col("base").fill_null(pl.lit(plan_base, pl.Float64))).otherwise(pl.col("base")))
    return judged.filter(pl.col("base").is_not_null()).with_columns(from_data=pl.col("from_data").fill_null(False))


def _windows(form: TrendForm, frame: pl.LazyFrame, target_year: int, base_year: int, period: tuple[int, int],
             as_of: int | None, steps: bool = False) -> pl.LazyFrame:
    """Per region whose trend window (:class:`checker.judge.kinds.trend.TrendForm`) holds enough valued
    years: region, the assessment year with its value and row (the window's last year), and the
    window's first valued year with its value and row (``year0``, ``value0``, ``row0``); with ``steps``,
    the window's values in year order (a list, each step of which a trend promised every year reads)."""
    import polars as pl

    year, value = pl.col("year"), pl.col("value")
    last = _assessed(frame, target_year, period, as_of)
    # the window's first year, as TrendForm.first_year; where that window holds too few years, TrendForm.reach_back's
    lower = pl.min_horizontal(pl.col("end") - (form.window - 1), pl.lit(target_year))
    inside = frame.filter(value.is_not_null()).join(last.select("region", end="year"), on="region") \
        .filter(year.is_between(pl.min_horizontal(lower, pl.lit(base_year)), pl.col("end")))
    enough = (year >= lower).sum().over("region") >= form.min_points
    inside = inside.filter(pl.when(enough).then(year >= lower).otherwise(True))
    first = inside.group_by("region").agg(points=pl.len(), year0=year.min(),
                                          yearp=year.filter(year < pl.col("end")).max(),
                                          **({"steps": value.sort_by(year)} if steps else {})) \
        .filter(pl.col("points") >= form.min_points)
    first = first.join(frame.select("region", year0="year", value0="value", row0="row"), on=["region", "year0"])
    # the valued year before the last, where one stands between the window's ends: has the trend turned since?
    first = first.with_columns(yearp=pl.when(pl.col("yearp") > pl.col("year0")).then(pl.col("yearp")))
    first = first.join(frame.filter(value.is_not_null()).select("region", yearp="year", valuep="value"),
                       on=["region", "yearp"], how="left")
    return last.join(first.select("region", "year0", "value0", "row0", "yearp", "valuep", *(["steps"] if steps else [])),
                     on="region")


def _outcomes(form: ValueForm, frame: pl.LazyFrame, target_year: int, period: tuple[int, int],
              as_of: int | None, own: int) -> pl.LazyFrame:
    """Per region with a usable year: region, year, value, the value's status in the form's bands,
    outcome (``value`` or a progress case of :data:`checker.judge.kinds.base.PROGRESS_WORDS`), required
    pace, actual pace, ratio, the data's base value and its row."""
    import polars as pl

    year, value = pl.col("year"), pl.col("value")
    progress = form.progress
    judged = _assessed(frame, target_year, period, as_of)
    base = frame.filter((year == progress.base_year) & value.is_not_null()).select("region", base=value,
                                                                                  base_row="row")
    judged = judged.join(base, on="region", how="left")
    start = pl.col("base")
    if progress.plan_base is not None:  # the plan's own base value where its region's data has none
        start = pl.when(pl.col("region") == own).then(start.fill_null(pl.lit(progress.plan_base, pl.Float64))) \
            .otherwise(start)
    aim = pl.when(value < form.goal).then(pl.lit(form.goal)).otherwise(pl.lit(form.upper, pl.Float64)) \
        if form.op == "between" else pl.lit(form.goal, pl.Float64)
    # divided by a column, not a literal: polars divides by a scalar as a product with its reciprocal
    # (0.05 / 5 = 0.010000000000000002), Python divides (0.01)
    years_left = (year * 0 + (target_year - progress.base_year)).cast(pl.Float64)
    required = _minus(pl.col("aim"), pl.col("start")) / years_left
    actual = _minus(value, pl.col("start")) / (year - progress.base_year).cast(pl.Float64)
    ratio = pl.when(pl.col("required") == 0).then(pl.when(pl.col("actual") != 0).then(-1.0).otherwise(0.0)) \
        .otherwise(pl.col("actual") / pl.col("required"))
    judged = judged.with_columns(start=start, aim=aim)
    judged = judged.with_columns(status=_status(form, value), start_status=_status(form, pl.col("start")),
                                 required=required, actual=actual)
    judged = judged.with_columns(ratio=ratio)
    case = (pl.when(year >= target_year).then(pl.lit("value"))
            .when(pl.col("status") == "pass").then(pl.lit("met"))
            .when(pl.col("start").is_null() & (pl.col("region") == own)).then(pl.lit("no_base"))
            .when(pl.col("start").is_null()).then(pl.lit("no_base_region"))  # the plan's baseline is not its
            .when(pl.col("start_status") == "pass").then(pl.lit("backwards"))
            .when((pl.col("start") - pl.col("aim")) * (value - pl.col("aim")) < 0).then(pl.lit("overshot"))
            .when(year <= progress.base_year).then(pl.lit("no_pace"))
            .when(pl.col("ratio") >= floor_of(progress.on_track)).then(pl.lit("on_track"))
            .when(pl.col("ratio") >= floor_of(progress.lagging)).then(pl.lit("lagging"))
            .otherwise(pl.lit("away")))
    paced = pl.col("case").is_in(list(_PACE))
    return judged.with_columns(case=case).select(
        "region", "year", "value", "row", "status", "case",
        pl.when(paced).then(pl.col("required")), pl.when(paced).then(pl.col("actual")),
        pl.when(paced).then(pl.col("ratio")), "base", "base_row")
