"""A many-region run's results as one polars frame, for outputs written from columns (issue 18 item 3).

A national run writes half a million results; made one :class:`~checker.judge.results.Result` at a
time, each with its evidence, they cost more than reading the data. The csv output and the roll-up (the
table, :func:`checker.judge.rollup.rollup`) need no evidence, so they are made from this frame
instead, each row from the engine's own semantics:

- a target without data in a region: the verdict the engine shares between all such regions
  (:meth:`checker.judge.engine.Run.without_data`), judged once per target;
- a compiled value target judged in or after its target year: the status from
  :class:`checker.judge.columns.ColumnJudge`, the reason the kind's own templates
  (:data:`checker.judge.kinds.bounds.VALUE_WORDS`, :func:`~checker.judge.kinds.bounds.gap_words`)
  filled slot by slot from columns, weighed by the target's nature and modifiers through
  :func:`checker.judge.engine.weigh_status` (once for each of the three statuses);
- a target whose kind judges the assessment year's value alone (a deliverable's yes/no, nothing to
  check) or with its 全市/全省/全国 region's value that year: the kind's ``judged_value`` or
  :func:`~checker.judge.kinds.reference.compared`, row by row, without a Context or a Point;
- a rising or falling trend whose window holds enough years: the window's ends (from
  :meth:`checker.judge.columns.ColumnJudge.windows`) compared with the kind's form (its flat share and
  best value, :class:`~checker.judge.kinds.trend.TrendForm`) as :func:`~checker.judge.kinds.trend.judged`
  compares them, and the kind's templates (:data:`checker.judge.kinds.trend.HEAD`, ``WORDS``) filled slot
  by slot from columns, each number written once as the kind writes it; a trend promised every year (逐年) so
  too, but where the kind would pass a window with a step against the way (:func:`_without_dips`);
- a value held against the plan's base year value (maintain) where a base value is known: the kind's
  ``judged_from_base``, row by row, without a Context or a Point (:func:`_based_rows`);
- every other result (progress before the target year, the kinds that are not compiled, a region
  without a usable year): the scalar engine, one verdict at a time (:meth:`~checker.judge.engine.Run.verdict`).

Rows come in the engine's order: by region, then plan order. ``tests/test_columnar_output.py``
holds the csv written from this frame equal, byte for byte, to the csv written result by result.

Made from a run with evidence (for jsonl), the frame is an :class:`EvidenceFrame`: the same rows
with what their evidence needs — a value target's observation cells from the columns
(:meth:`checker.data.columnar.ColumnDataset.observation_cells`), its band, goal and arithmetic from
the kind's compiled form and templates (:data:`checker.judge.kinds.bounds.ARITHMETIC`); the scalar
engine's evidence dict for the other rows; the verdict a target shares between regions without data.
"""

from __future__ import annotations

import json
import math
import string
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING

from checker.judge.bands import fmt
from checker.judge.engine import Run, weigh_status, weighed_words
from checker.judge.kinds import BY_KIND, READS_OTHER_INDICATORS
from checker.judge.kinds.bounds import (ARITHMETIC, BEYOND_WORDS, EDGE_WORDS, GAP_WORDS, VALUE_WORDS, ValueForm,
                                       at_edge, gap_of, gap_words)
from checker.judge.kinds.trend import ARITHMETIC as TREND_ARITHMETIC, HEAD as TREND_HEAD, OUTCOMES as TREND_OUTCOMES, \
    WANTED as TREND_WANTED, WORDS as TREND_WORDS, TrendForm
from checker.judge.kinds.base import (BASE_WORDS, PACE_WORDS, PROGRESS_STATUS, PROGRESS_WORDS, UNBASED, Baseline,
                                      Judgement, base_source, ratio_json, ratio_text)
from checker.judge.precision import EDGE_SLACK, tidy, tidy_tree
from checker.judge.written import Writing, written
from checker.language.units import in_english
from checker.plan.model import Indicator, Plan, Target
from checker.records import record

if TYPE_CHECKING:
    import polars as pl

#: what progress before the target year judged by columns adds to :data:`EVIDENCE_COLUMNS`: the baseline
#: (year, value as JSON text, where from, and the data's file and line), the paces and ratio (JSON text);
#: what a reference judged by columns adds to :data:`EVIDENCE_COLUMNS`: the reference value's evidence as JSON
#: text (its keys in the engine's order, and sorted); what a value held against the base value adds (maintain): the
#: baseline's columns and how much worse it is (JSON text); what a trend adds: its window and change (JSON text),
#: the window's first observation's cells (``first_``, its value as JSON text, tidied as the kind's
#: evidence is), and the last's value so tidied (its other cells are the observation's)
KIND_COLUMNS = ("base_year", "base_value", "base_from", "base_file", "base_line", "required_pace", "actual_pace",
                "ratio", "worse_by", "reference", "reference_sorted", "window", "change", "first_year", "first_value", "first_text", "first_unit", "first_data_unit",
                 "first_file", "first_line", "first_column", "first_notes", "last_value")
#: the frame's columns: the region (its name), the target (its position in plan order, see
#: :func:`targets_of`), then what the result says
COLUMNS = ("region", "target", "year", "value", "assessment", "status", "reason_zh", "reason_en")
#: what an :class:`EvidenceFrame` adds: the row's index into its scalar evidence (null: none), whether
#: it is its target's shared verdict, then a value judged by columns: its observation's cells (``obs_``),
#: the status before weighing, the weighing keys and the goal (JSON text), band and arithmetic
EVIDENCE_COLUMNS = ("scalar", "shared", "obs_text", "obs_unit", "obs_data_unit", "obs_file", "obs_line",
                    "obs_column", "obs_notes", "before", "weighed", "band", "goal", "arithmetic",
                    *KIND_COLUMNS)
#: turns a band or arithmetic text into the report's language (the indicator's unit as second argument)
Localise = Callable[[str, "str | None"], str]


@record
class EvidenceFrame:
    """A run's results as columns with their evidence: ``table`` has :data:`COLUMNS` and
    :data:`EVIDENCE_COLUMNS`; ``evidence`` holds the scalar engine's evidence dicts, or what
    :func:`result_frame`'s ``keep`` made of them (a row's ``scalar`` indexes it); ``shared`` the verdict of each target (by its number) that regions
    without data share (the rows where ``shared`` is true)."""

    __slots__ = ("table", "evidence", "shared", "order", "height")

    def __init__(self, table: pl.DataFrame, evidence: list, shared: dict[int, tuple], order: pl.Series) -> None:
        self.table = table  # not in result order: sorting it whole took three times its size
        self.evidence = evidence
        self.shared = shared
        self.order = order  # the table's rows in result order (by region, then plan order)
        self.height = table.height

    def rows(self, offset: int, length: int, columns: list[str] | None = None) -> pl.DataFrame:
        """``length`` results from the ``offset``-th, in result order (of ``columns``, default all)."""
        table = self.table if columns is None else self.table.select(columns)
        return table[self.order.slice(offset, length)]

    def parted(self, offset: int, length: int, alike: list[str]) -> tuple[pl.DataFrame, pl.Series, pl.DataFrame,
                                                                         pl.Series]:
        """``length`` results from the ``offset``-th, in result order, in two frames each with its rows' positions
        among the ``length``: the results of their own (every column), and the verdicts regions share (only the
        ``alike`` columns: six results in ten of a national run, whose lines need little more than a region)."""
        at = self.order.slice(offset, length)
        shared = self.table["shared"].gather(at)
        return (self.table[at.filter(~shared)], (~shared).arg_true(), self.table.select(alike)[at.filter(shared)],
                shared.arg_true())

    def taken(self, length: int) -> list[pl.DataFrame]:
        """The table in slices of ``length`` rows in its own order (not result order: contiguous, no row
        gathered), the frame giving its table and scalar evidence up — each slice's columns go once the caller
        lets go of it — so that :meth:`rows` and :meth:`parted` are no more; ``order`` stays, to put what is made
        of the slices in result order (a national jsonl's lines: see :func:`checker.reporters.streamed._slices`)."""
        table, self.table, self.evidence = self.table, None, None
        return [table.slice(offset, length) for offset in range(0, table.height, length)]

    def __len__(self) -> int:
        return self.height


def targets_of(plan: Plan) -> list[tuple[Indicator, Target]]:
    """The plan's targets in plan order: a frame's ``target`` column indexes this list."""
    return [(indicator, target) for indicator in plan.indicators for target in indicator.targets]


def result_frame(run: Run, regions: list[str], localise: Localise | None = None,
                 keep: Callable[[dict, Indicator], object] | None = None) -> pl.DataFrame | EvidenceFrame:
    """Every result of ``regions`` as the rows of one frame (:data:`COLUMNS`), in the order
    :func:`checker.judge.engine.evaluate_regions` gives them; from a run with evidence, an
    :class:`EvidenceFrame` whose band and arithmetic texts are put through ``localise``, and which
    keeps of each scalar verdict's evidence what ``keep`` makes of it (default: the dict; a national
    run's 70,000 evidence trees are a third of a GiB, their JSON text a fifth of that)."""
    import polars as pl

    schema = {"region": pl.UInt32, "target": pl.UInt32, "year": pl.Int64, "value": pl.Float64,
              "assessment": pl.String, "status": pl.String, "reason_zh": pl.String, "reason_en": pl.String}
    with_evidence = run.evidence
    texts = getattr(run.dataset, "observation_cells", None)  # a value's cells, for kinds that read its text
    cells = texts if with_evidence else None
    if with_evidence:
        schema.update({"scalar": pl.Int64, "shared": pl.Boolean, "obs_text": pl.String, "obs_unit": pl.String,
                       "obs_data_unit": pl.String, "obs_file": pl.String, "obs_line": pl.Int64,
                       "obs_column": pl.Int64, "obs_notes": pl.String, "before": pl.String, "weighed": pl.String,
                       "band": pl.String, "goal": pl.String, "arithmetic": pl.String,
                       **{name: pl.Int64 if name in ("first_year", "first_line", "first_column", "base_year",
                                                     "base_line") else pl.String
                          for name in KIND_COLUMNS}})
    evidence: list = []
    shared: dict[int, tuple] = {}
    dataset, judge = run.dataset, run.columns
    position = {region: number for number, region in enumerate(regions)}
    # region codes of the columnar judge → positions among the judged regions (-1: not judged)
    judged_code = pl.Series([position.get(name, -1) for name in judge.names] if judge else [], dtype=pl.Int64)
    parts: list[pl.DataFrame] = []
    scalar: dict[str, list] = {name: [] for name in COLUMNS}
    without_data: list[tuple] = []  # each target's regions without data, and the verdict they share

    if with_evidence:
        scalar["scalar"] = []

    def by_scalar(number: int, indicator: Indicator, target: Target, region_numbers) -> None:
        for region_number in region_numbers:
            region = regions[region_number]
            status, reason, assessment, year, value, found = run.verdict(region, indicator, target,
                                                                         run.region_series(region))
            for name, item in zip(COLUMNS, (region_number, number, year, value, assessment, status, reason.zh,
                                             reason.en)):
                scalar[name].append(item)
            if with_evidence:
                scalar["scalar"].append(len(evidence))
                evidence.append(found if keep is None else keep(found, indicator))

    def by_columns(number: int, indicator: Indicator, target: Target, present: list[int]) -> tuple[list, list[int]]:
        """The rows of ``target`` the columnar judge has outcomes for, judged by their kind as their own function
        does (:func:`_compiled_rows`, :func:`_trend_rows`, :func:`_assessed_rows`, :func:`_based_rows`), and the
        regions of ``present`` left for the scalar engine."""
        found, windows, based = judge.outcomes(target), judge.windows(target), judge.based(target)
        assessed = judge.assessed(target) if texts is not None else None
        if found is not None:
            _, form, done = found
            rows, judged_by = done, partial(_compiled_rows, form=form)
        elif windows is not None:
            rows, judged_by = _from_nonzero(windows[1]), partial(_trend_rows, form=windows[0])
            if "every_year" in target.rule.modifiers:  # 逐年: a step against the way is the kind's, region by region
                rows = _without_dips(rows, windows[0])
        elif assessed is not None:
            rows, judged_by = assessed, partial(_assessed_rows, regions=regions, texts=texts)
        elif based is not None:
            rows, judged_by = based, _based_rows
        else:
            return [], present
        rows = rows.with_columns(region=judged_code.gather(rows["region"])).filter(pl.col("region") >= 0)
        bounds = run.plausible_bounds(indicator)
        if bounds is not None:  # a value beyond the indicator's plausible range: the scalar engine weighs it (slipped)
            value, (low, high) = pl.col("value"), bounds
            within = (value >= low if low is not None else pl.lit(True)) & (value <= high if high is not None
                                                                              else pl.lit(True))
            rows = rows.filter(within | value.is_null())
        made = judged_by(rows, number, indicator, target, run=run, cells=cells, localise=localise)
        done_regions = set(rows["region"].to_list())
        return made, [n for n in present if n not in done_regions]

    # the judged regions with data for each indicator, in region order
    with_data: dict[str, list[int]] = {}
    for region, indicator_id in dataset.with_points():
        number = position.get(region)
        if number is not None:
            with_data.setdefault(indicator_id, []).append(number)
    everyone = range(len(regions))
    number = 0
    # In plan order, each target's regions for the scalar engine, or (by columns) the future of its rows and of
    # those regions: the rows by columns are made on threads (polars lets go of the interpreter, and the kinds'
    # rows judged in Python hold it) while the scalar engine judges the regions of the targets before.
    steps: list[tuple[int, Indicator, Target, object]] = []
    with ThreadPoolExecutor(_THREADS) as pool:
        for indicator in run.plan.indicators:
            present = sorted(with_data.get(indicator.id, ()))
            if len(present) == len(regions):
                absent = []
            else:
                has_data = set(present)
                absent = [n for n in everyone if n not in has_data]
            for target in indicator.targets:
                if target.rule.kind in READS_OTHER_INDICATORS:
                    steps.append((number, indicator, target, everyone))
                    number += 1
                    continue
                refused = run.implausible(indicator, target)
                if refused is not None:  # a level beyond plausible (10% for 婴儿死亡率): one n/a for every region
                    status, reason, assessment, year, value, _ = refused
                    without_data.append((list(everyone), number, year, value, assessment, status, reason.zh, reason.en))
                    if with_evidence:
                        shared[number] = refused
                    number += 1
                    continue
                if absent:
                    verdict = run.without_data(regions[absent[0]], indicator, target,
                                               run.region_series(regions[absent[0]]))
                    status, reason, assessment, year, value, _ = verdict
                    without_data.append((absent, number, year, value, assessment, status, reason.zh, reason.en))
                    if with_evidence:
                        shared[number] = verdict
                if judge is not None and (cells or not with_evidence):
                    steps.append((number, indicator, target, pool.submit(by_columns, number, indicator, target,
                                                                         present)))
                else:
                    steps.append((number, indicator, target, present))
                number += 1
        for at, indicator, target, pending in steps:
            if isinstance(pending, Future):
                made, pending = pending.result()
                parts.extend(made)
            by_scalar(at, indicator, target, pending)
    if without_data:
        parts.append(_shared_rows(without_data, with_evidence))
    if scalar["region"]:
        parts.append(pl.DataFrame(scalar, schema={name: schema[name] for name in scalar}))
    if not parts:
        frame = pl.DataFrame(schema={**schema, "region": pl.String})
    else:
        frame = pl.concat([part.select((pl.col(name) if name in part.columns else pl.lit(None)).cast(kind).alias(name)
                                       for name, kind in schema.items()) for part in parts])
        parts.clear()  # the parts' columns were copied: not kept beside the frame
        # result order as one integer (region, then target): polars sorts two keys of hundreds of chunks by
        # encoding rows, 20 times slower than one
        in_order = pl.col("region").cast(pl.UInt64) * max(number, 1) + pl.col("target")
        if with_evidence:  # many wide text columns: ordered by an index, a slice at a time, not sorted whole
            order = frame.select(pl.arg_sort_by(in_order, maintain_order=True)).to_series()
            frame = frame.with_columns(region=pl.Series(regions, dtype=pl.String).gather(frame["region"]),
                                       shared=pl.col("shared").fill_null(False))
            return EvidenceFrame(frame, evidence, shared, order)
        frame = frame.sort(in_order, maintain_order=True)
        frame = frame.with_columns(region=pl.Series(regions, dtype=pl.String).gather(frame["region"]))
    if with_evidence:
        return EvidenceFrame(frame, evidence, shared, pl.Series([], dtype=pl.UInt32))
    return frame


#: threads that make the rows judged by columns (:func:`result_frame`): one is enough to keep polars busy while the
#: interpreter judges rows in Python (two measured the same)
_THREADS = 1


def _shared_rows(without_data: list[tuple], with_evidence: bool) -> pl.DataFrame:
    """The rows of the regions without data for a target, each target's shared verdict repeated over
    its regions (``without_data``: regions, target number, year, value, assessment, status, reasons),
    as one frame: a frame per target cost more than the rows in it."""
    import numpy as np
    import polars as pl

    sizes = np.array([len(item[0]) for item in without_data], dtype=np.int64)
    verdicts = pl.DataFrame([item[1:] for item in without_data], orient="row", schema={
        "target": pl.UInt32, "year": pl.Int64, "value": pl.Float64, "assessment": pl.String, "status": pl.String,
        "reason_zh": pl.String, "reason_en": pl.String})
    rows = verdicts[np.repeat(np.arange(len(without_data)), sizes)].with_columns(
        region=pl.Series(np.concatenate([np.asarray(item[0], dtype=np.uint32) for item in without_data])))
    return rows.with_columns(shared=pl.lit(True)) if with_evidence else rows


def _compiled_rows(done: pl.DataFrame, number: int, indicator: Indicator, target: Target, form: ValueForm,
                   run: Run, cells: Callable | None = None, localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a compiled value target (:meth:`checker.judge.columns.ColumnJudge.outcomes`): those
    judged on the value, and those judged on progress before the target year."""
    import polars as pl

    on_value = pl.col("case") == "value"
    return [*_value_rows(done.filter(on_value), number, indicator, target, form, run, cells, localise),
            *_progress_rows(done.filter(~on_value), number, indicator, target, form, run, cells, localise)]


def _progress_rows(done: pl.DataFrame, number: int, indicator: Indicator, target: Target, form: ValueForm,
                   run: Run, cells: Callable | None = None, localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a compiled value target judged on progress before its target year (one frame per
    outcome and status today): the kind's templates (:data:`~checker.judge.kinds.base.PROGRESS_WORDS`,
    :data:`~checker.judge.kinds.base.BASE_WORDS`) filled slot by slot from columns, each number
    written once as the kind writes it, then weighed; with ``cells``, the evidence as
    :func:`checker.judge.kinds.bounds.judgement` and the engine write it (the baseline, paces and
    ratio, its arithmetic :data:`~checker.judge.kinds.base.PACE_WORDS`), numbers tidied as theirs are."""
    import polars as pl

    if done.is_empty():
        return []
    unit, progress, weigh = indicator.unit, form.progress, _weigher(target, run)
    english_unit = in_english("1" + form.unit, unit)[1:]  # the unit follows a number in every template
    col, from_data = pl.col, pl.col("base").is_not_null()
    aim = pl.when(col("value") < form.goal).then(pl.lit(form.goal)).otherwise(pl.lit(form.upper, pl.Float64)) \
        if form.op == "between" else pl.lit(form.goal, pl.Float64)
    # measured from the data's base value, else the plan's (:func:`checker.judge.columns.progress`)
    done = done.with_columns(aim=aim, start=pl.when(from_data).then(col("base"))
                             .otherwise(pl.lit(progress.plan_base, pl.Float64)))
    # each number as the kind writes it in the reason and, with ``cells``, as the evidence's JSON: one pass a column
    with_json = cells is not None
    shown = {}
    for source, writes in (("value", {"value_text": FMT}),
                           ("aim", {"aim_text": FMT, "aim_json": TIDY_JSON}),
                           ("start", {"start_text": FMT, "start_json": TIDY_JSON}),
                           ("required", {"required_text": FMT, "required_json": TIDY_JSON}),
                           ("actual", {"actual_text": FMT, "actual_json": TIDY_JSON}),
                           ("ratio", {"ratio_text": RATIO_TEXT, "ratio_json": RATIO_JSON})):
        wanted = {name: write for name, write in writes.items() if with_json or name.endswith("_text")}
        shown.update(zip(wanted, _texts_each(done[source], list(wanted.values()))))
    shown.update(_ratios_at_edges(done["ratio"], (progress.on_track, progress.lagging), shown, with_json))
    if cells is not None:
        based = ~col("case").is_in(list(UNBASED)) & from_data
        wanted = done.select(based).to_series()
        found = cells(done["base_row"].filter(wanted).to_numpy()) if wanted.any() else {"file": [], "line": []}
        at = wanted.arg_true()
        shown.update(base_file=pl.Series([None] * done.height, dtype=pl.String).scatter(
            at, pl.Series(found["file"], dtype=pl.String)), base_line=pl.Series(
            [None] * done.height, dtype=pl.Int64).scatter(at, pl.Series(found["line"], dtype=pl.Int64)),
            **_observations(done["row"], cells))
    done = done.with_columns(**shown)
    # where the base came from (:func:`checker.judge.kinds.base.base_source`): the data (naming the start the target's
    # words state where the data's differs), else the plan's baseline or the target's own words
    plain = dict(zip(("zh", "en"), base_source("data", None, form.unit)))
    said = {"zh": base_source("data", progress.stated, form.unit)[0],
            "en": base_source("data", progress.stated, english_unit)[1]} if progress.stated is not None else plain
    other = dict(zip(("zh", "en"), base_source(progress.plan_origin, None, form.unit)))
    differs = pl.lit(False) if progress.stated is None else (col("base") - progress.stated).abs() > pl.max_horizontal(
        1e-9 * pl.max_horizontal(col("base").abs(), pl.lit(abs(progress.stated))), pl.lit(1e-12))  # as math.isclose
    source = {lang: pl.when(from_data & differs).then(pl.lit(said[lang])).when(from_data).then(pl.lit(plain[lang]))
              .otherwise(pl.lit(other[lang])) for lang in ("zh", "en")}
    base_words = {lang: _filled(getattr(BASE_WORDS, lang), {
        "year": progress.base_year, "value": col("start_text"), "unit": form.unit if lang == "zh" else english_unit,
        "source_" + lang: source[lang]}) for lang in ("zh", "en")}
    arithmetic = {False: _arithmetic(ARITHMETIC, {"unit": form.unit, "target": form.target}, {"value": "value_text"},
                                     unit, localise),
                  True: _arithmetic(PACE_WORDS, {"target_year": progress.target_year, "base_year": progress.base_year},
                                    {"goal": "aim_text", "base": "start_text", "required": "required_text",
                                     "value": "value_text", "year": "year", "actual": "actual_text"}, unit, localise)}
    frames = []
    for case, now in done.select("case", "status").unique().sort("case", "status").rows():
        rows = done.filter((col("case") == case) & (col("status") == now))
        before = PROGRESS_STATUS[case] or now
        with_start, paced = case not in UNBASED, case in ("on_track", "lagging", "away")
        status, keys, suffix_zh, suffix_en = weigh(before, case != "lagging")
        near = case == "backwards" and now == "warn"
        slots = {"year": col("year").cast(pl.String), "target_year": progress.target_year, "value": col("value_text"),
                 "base_year": progress.base_year, "plan_region": progress.region,
                 "goal": col("aim_text"), "ratio": col("ratio_text"), "on_track": fmt(progress.on_track),
                 "near_zh": "，接近达标" if near else "", "near_en": ", a near miss" if near else "",
                 **dict(zip(("start_zh", "start_en"), progress.start_words()))}
        zh = _filled(PROGRESS_WORDS[case].zh, {**slots, "unit": form.unit, "base_zh": base_words["zh"]})
        en = _filled(PROGRESS_WORDS[case].en, {**slots, "unit": english_unit, "base_en": base_words["en"]})
        evidence: dict[str, pl.Expr] = {}
        if cells is not None:
            band = form.band_of(now)
            evidence = {
                "before": pl.lit(before), "weighed": pl.lit(keys), "arithmetic": arithmetic[paced],
                "band": pl.lit(localise(band, unit) if localise else band),
                "goal": col("aim_json") if with_start else pl.lit(_tidy_json(form.goal)),
                "base_year": pl.lit(progress.base_year if with_start else None, pl.Int64),
                **{name: col(column) if with_start else pl.lit(None, pl.String) for name, column in (
                    ("base_value", "start_json"), ("base_file", "base_file"))},
                "base_from": pl.when(from_data).then(pl.lit("data")).otherwise(pl.lit(progress.plan_origin)) if with_start
                else pl.lit(None, pl.String),
                "base_line": col("base_line") if with_start else pl.lit(None, pl.Int64),
                **{name: col(column) if paced else pl.lit(None, pl.String) for name, column in (
                    ("required_pace", "required_json"), ("actual_pace", "actual_json"), ("ratio", "ratio_json"))},
                **{name: col(name) for name in EVIDENCE_COLUMNS if name.startswith("obs_")}}
        frames.append(rows.select(
            "region", target=pl.lit(number, pl.UInt32), year="year", value="value", assessment=pl.lit("progress"),
            status=pl.lit(status), reason_zh=pl.concat_str(zh, pl.lit(suffix_zh)),
            reason_en=pl.concat_str(en, pl.lit(suffix_en)), **evidence))
    return frames


def _arithmetic(template: str, constants: dict[str, object], columns: dict[str, str], unit: str | None,
                localise: Localise | None) -> pl.Expr:
    """An arithmetic template of the evidence with its ``constants`` filled, in the report's language,
    its other slots filled from the named columns (the texts of its numbers); where the words change
    with the numbers, each row's text localised on its own."""
    import polars as pl

    known = {name: str(value) for name, value in constants.items()}
    localised = _localised(template, known, unit, localise)
    slots = {name: pl.col(column).cast(pl.String) for name, column in columns.items()}
    if localised is not None:
        return _filled(localised, slots)
    names = list(columns)
    return pl.struct(**slots).map_elements(
        lambda row: localise(template.format(**known, **{name: row[name] for name in names}), unit),
        return_dtype=pl.String)


def _texts(values: pl.Series, writing: Writing) -> pl.Series:
    """Each number of ``values`` as ``writing`` writes it (null stays null): see :func:`checker.judge.written.written`."""
    return written(values, writing)


def _texts_each(values: pl.Series, writings: list[Writing]) -> list[pl.Series]:
    """:func:`_texts` of ``values`` for each of ``writings``."""
    return [written(values, writing) for writing in writings]


def _tidy_json(number: float) -> str:
    """A number of the evidence as the engine writes it: tidied, then as the json module writes it."""
    return _json_number(tidy(number))


def _value_rows(valued: pl.DataFrame, number: int, indicator: Indicator, target: Target, form: ValueForm,
                run: Run, cells: Callable | None = None, localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a compiled value target judged on the value (one frame per status): the kind's
    templates filled from columns, then weighed; with ``cells`` (the dataset's observation cells),
    their evidence too, as :func:`checker.judge.kinds.bounds.judgement` and the engine write it."""
    import polars as pl

    if valued.is_empty():
        return []
    unit = indicator.unit
    valued = valued.with_columns(value_text=_texts(valued["value"], FMT))
    shown = pl.col("value_text")
    english_unit = in_english("1" + form.unit, unit)[1:]  # the unit follows a number in every template
    english_target = in_english(form.target, unit)
    evidence: dict[str, pl.Expr] = {}
    if cells is not None:
        valued = valued.with_columns(**_observations(valued["row"], cells))
        constants = {"unit": form.unit, "target": form.target}
        template = _localised(ARITHMETIC, constants, unit, localise)
        if template is not None:
            arithmetic = _filled(template, {"value": shown})
        else:  # words that change with the number: each value localised on its own
            values = valued["value"].unique().to_list()
            arithmetic = pl.col("value").replace_strict(values, [
                localise(ARITHMETIC.format(value=fmt(v), **constants), unit) for v in values], return_dtype=pl.String)
        evidence = {"arithmetic": arithmetic, "goal": pl.lit(json.dumps(form.shown_goal)),
                    **{name: pl.col(name) for name in EVIDENCE_COLUMNS if name.startswith("obs_")}}
    frames = []
    for status, words in VALUE_WORDS.items():
        rows = valued.filter(pl.col("status") == status)
        if rows.is_empty():
            continue
        weighed, keys = weigh_status(status, True, target, run.policy)
        suffix_zh, suffix_en = weighed_words(keys)
        slots = {"year": pl.col("year").cast(pl.String), "value": shown}
        zh = _filled(words.zh, {**slots, "unit": form.unit, "target": form.target})
        en = _filled(words.en, {**slots, "unit": english_unit, "target": english_target})
        gap_zh, gap_en = _gap_words(rows["value"], form, status, unit)
        if cells is not None:
            band = form.band_of(status)
            evidence.update(before=pl.lit(status), weighed=pl.lit(json.dumps(keys)),
                            band=pl.lit(localise(band, unit) if localise else band))
        frames.append(rows.select(
            "region", target=pl.lit(number, pl.UInt32), year="year", value="value", assessment=pl.lit("value"),
            status=pl.lit(weighed), reason_zh=pl.concat_str(zh, gap_zh, pl.lit(suffix_zh)),
            reason_en=pl.concat_str(en, gap_en, pl.lit(suffix_en)), **evidence))
    return frames


def _gap_words(values: pl.Series, form: ValueForm, status: str, unit: str | None) -> tuple[pl.Expr, pl.Expr]:
    """What each value of ``status`` adds to its reason (:func:`checker.judge.kinds.bounds.gap_words`, in English
    with the unit's amounts in words, as the engine writes it): the gap of each distinct value written by the
    kind, :data:`~checker.judge.kinds.bounds.GAP_WORDS` filled around it from columns."""
    import polars as pl

    if status == "pass":
        if form.op == "between" and form.upper is not None:  # a range beaten on its better side says so
            beyond = ~pl.col("value").is_between(form.goal, form.upper)
            return (pl.when(beyond).then(pl.lit(BEYOND_WORDS.zh)).otherwise(pl.lit("")),
                    pl.when(beyond).then(pl.lit(BEYOND_WORDS.en)).otherwise(pl.lit("")))
        return pl.lit(""), pl.lit("")
    misses = values.unique().to_list()
    gap = pl.col("value").replace_strict(misses, [gap_of(form, v, status) for v in misses], return_dtype=pl.String)
    english = GAP_WORDS.en
    if any(in_english(english.format(gap=probe), unit) != english.format(gap=probe) for probe in ("7391.25", "8462.75")):
        english = None  # the unit's words would change the gap's: each value's words through in_english
    edge = pl.col("value").is_in([v for v in misses if at_edge(form, v, status)])  # 低于22%, value 22: equal to it
    zh = pl.when(edge).then(pl.lit(EDGE_WORDS.zh)).when(gap.is_null()).then(pl.lit("")) \
        .otherwise(_filled(GAP_WORDS.zh, {"gap": gap}))
    if english is not None:
        return zh, pl.when(edge).then(pl.lit(EDGE_WORDS.en)).when(gap.is_null()).then(pl.lit("")) \
            .otherwise(_filled(english, {"gap": gap}))
    return zh, pl.col("value").replace_strict(misses, [in_english(gap_words(form, v, status)[1], unit) for v in misses],
                                              return_dtype=pl.String)


def _weigher(target: Target, run: Run) -> Callable[[str, bool], tuple[str, str, str, str]]:
    """A kind's status and near-miss flag → the status weighed as the engine weighs it
    (:func:`checker.judge.engine.weigh_status`), its keys as JSON, and what the reason gains (zh, en);
    each asked once per target."""
    made: dict[tuple[str, bool], tuple[str, str, str, str]] = {}

    def weigh(status: str, near_miss: bool) -> tuple[str, str, str, str]:
        found = made.get((status, near_miss))
        if found is None:
            after, keys = weigh_status(status, near_miss, target, run.policy)
            found = made[(status, near_miss)] = (after, json.dumps(keys), *weighed_words(keys))
        return found

    return weigh


def _assessed_rows(assessed: pl.DataFrame, number: int, indicator: Indicator, target: Target, run: Run,
                   regions: list[str], texts: Callable, cells: Callable | None = None,
                   localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a target whose kind judges the assessment year's value alone (a deliverable's
    yes/no, a target with nothing to check: its module's ``judged_value``) or with its reference
    region's value that year (:func:`checker.judge.kinds.reference.compared`), judged row by row by
    the kind, then weighed as the engine weighs; with ``cells``, their evidence as the kind and the
    engine write it."""
    import polars as pl

    if assessed.is_empty():
        return []
    unit, judge, weigh = indicator.unit, _row_judge(target, indicator, run, regions), _weigher(target, run)
    found = (cells or texts)(assessed["row"].to_numpy())
    names = ("status", "assessment", "reason_zh", "reason_en", "before", "weighed", "arithmetic", "band", "goal",
             "reference", "reference_sorted")
    shown: dict[str, str] = {}  # a band's words in the report's language
    references: dict[tuple, tuple[str, str]] = {}  # a reference value's evidence as JSON, in both key orders
    # a kind that judges the value alone judges alike every row of the same year, value and cell
    alone = hasattr(BY_KIND[target.rule.kind], "judged_value")
    made_rows: dict[tuple, tuple] = {}
    rows = []
    for region, year, value, text in zip(assessed["region"].to_list(), assessed["year"].to_list(),
                                         assessed["value"].to_list(), found["text"].to_list()):
        row = made_rows.get((year, value, text)) if alone else None
        if row is None:
            row = _assessed_row(judge(region, year, value, text), unit, weigh, localise, shown, references)
            if alone:
                made_rows[(year, value, text)] = row
        rows.append(row)
    columns = dict(zip(names, zip(*rows)))
    frame = assessed.select("region", target=pl.lit(number, pl.UInt32), year="year", value="value",
                            **{name: pl.Series(columns[name], dtype=pl.String)
                               for name in ("assessment", "status", "reason_zh", "reason_en")})
    if cells is None:
        return [frame]
    return [frame.with_columns(**{name: pl.Series(columns[name], dtype=pl.String)
                                  for name in ("before", "weighed", "arithmetic", "band", "goal", "reference",
                                               "reference_sorted")}, **_observation_columns(found))]


def _assessed_row(made: Judgement, unit: str | None, weigh: Callable, localise: Localise | None,
                  shown: dict[str, str], references: dict[tuple, tuple[str, str]]) -> tuple:
    """A row of :func:`_assessed_rows` from its kind's judgement, weighed: status, assessment, reasons,
    status before weighing, weighing keys, then its evidence's arithmetic, band, goal and reference
    (JSON text, in the engine's key order and sorted); ``shown`` and ``references`` keep what was
    made for earlier rows."""
    evidence = made.evidence
    assert evidence.keys() <= {"reference", "goal", "band", "arithmetic"}, evidence
    weighed = weigh(made.status, made.near_miss)
    # as tidy_tree tidies the evidence (the texts are as they are): the goal, and a reference value's evidence
    # once for each reference value
    arithmetic, band, goal = evidence.get("arithmetic"), evidence.get("band"), evidence.get("goal")
    if goal is not None and not made.tidy:
        goal = tidy_tree(goal)
    if band is not None and localise:
        band = shown.get(band) or shown.setdefault(band, localise(band, unit))
    reference = evidence.get("reference")
    if reference is not None:
        key = (reference["region"], reference["year"], reference["value"], made.tidy)
        texts_of = references.get(key)
        if texts_of is None:
            tidied = reference if made.tidy else tidy_tree(reference)
            texts_of = references[key] = (json.dumps(tidied, ensure_ascii=False),
                                          json.dumps(tidied, ensure_ascii=False, sort_keys=True))
        reference = texts_of
    return (weighed[0], made.assessment, made.zh + weighed[2], in_english(made.en, unit) + weighed[3], made.status,
            weighed[1], localise(arithmetic, unit) if localise and arithmetic else arithmetic, band,
            None if goal is None else _json_number(goal), reference and reference[0], reference and reference[1])


def _row_judge(target: Target, indicator: Indicator, run: Run, regions: list[str]) -> Callable[..., Judgement]:
    """How :func:`_assessed_rows` has the target's kind judge a row: (region number, year, value, the
    cell's text) → the kind's judgement, as its ``check`` would give it for that region."""
    module = BY_KIND[target.rule.kind]
    if hasattr(module, "judged_value"):
        return lambda region, year, value, text: module.judged_value(target, year, value, text)
    rule, policy = target.rule, run.policy
    label = module.NAMES[rule.reference]
    values: dict[tuple[str, int], tuple | None] = {}  # a reference region's value and evidence, by year
    goals: dict = {}  # what each reference value sets (reference.goal_of), for the next region compared with it

    def judge(region: int, year: int, value: float, text: str) -> Judgement:
        places = run.reference_regions(regions[region])
        name = places.get(rule.reference)
        if name is None:
            return module.unnamed(rule, regions[region], places, run.plan.references)
        if name == regions[region]:
            return module.itself(rule, name)
        series = run.references(indicator.id, places).get(rule.reference, {})
        if (name, year) not in values:
            point = series.get(year)
            values[(name, year)] = None if point is None or point.value is None else (point.value, point.evidence())
        found = values[(name, year)]
        if found is None:
            return module.no_reference_value(name, year, series)
        return module.compared(rule, indicator, policy, year, value, name, label, *found, goals=goals)

    return judge


def _based_rows(based: pl.DataFrame, number: int, indicator: Indicator, target: Target, run: Run,
                cells: Callable | None = None, localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a target whose kind holds the assessment year's value against the plan's base year value
    (:meth:`checker.judge.columns.ColumnJudge.based`: regions with a base value), judged row by row by the kind's
    ``judged_from_base``, then weighed as the engine weighs; with ``cells``, their evidence as the kind and the engine
    write it (the baseline from columns: its year, value, where from, and the data's file and line)."""
    import polars as pl

    if based.is_empty():
        return []
    module, unit, weigh = BY_KIND[target.rule.kind], indicator.unit, _weigher(target, run)
    base_year, policy = run.plan.base_year, run.policy
    columns: dict[str, list] = {name: [] for name in ("status", "reason_zh", "reason_en", "before", "weighed",
                                                      "worse_by", "band", "arithmetic")}
    localised: dict[str, str] = {}  # a band's or arithmetic's words in the report's language

    def shown(text: str) -> str:
        found = localised.get(text)
        if found is None:
            found = localised[text] = localise(text, unit) if localise else text
        return found

    for year, value, base, from_data in zip(based["year"].to_list(), based["value"].to_list(),
                                            based["base"].to_list(), based["from_data"].to_list()):
        made = module.judged_from_base(indicator, policy, year, value,
                                       Baseline(base_year, base, "data" if from_data else "plan"))
        status, keys, suffix_zh, suffix_en = weigh(made.status, made.near_miss)
        evidence = made.evidence  # its number tidied below as tidy_tree tidies the engine's, its texts as they are
        for name, item in (("status", status), ("reason_zh", made.zh + suffix_zh),
                           ("reason_en", in_english(made.en, unit) + suffix_en), ("before", made.status),
                           ("weighed", keys), ("worse_by", _tidy_json(evidence["worse_by"])),
                           ("band", shown(evidence["band"])), ("arithmetic", shown(evidence["arithmetic"]))):
            columns[name].append(item)
    frame = based.select("region", target=pl.lit(number, pl.UInt32), year="year", value="value",
                         assessment=pl.lit(made.assessment), **{name: pl.Series(columns[name], dtype=pl.String)
                                                                 for name in ("status", "reason_zh", "reason_en")})
    if cells is None:
        return [frame]
    from_data = based["from_data"]
    found = cells(based["base_row"].filter(from_data).to_numpy()) if from_data.any() else {"file": [], "line": []}
    at = from_data.arg_true()
    return [frame.with_columns(
        **{name: pl.Series(columns[name], dtype=pl.String) for name in ("before", "weighed", "worse_by", "band",
                                                                        "arithmetic")},
        base_year=pl.lit(base_year, pl.Int64), base_value=_texts(based["base"], TIDY_JSON),
        base_from=pl.Series(["data" if data else "plan" for data in from_data.to_list()], dtype=pl.String),
        base_file=pl.Series([None] * based.height, dtype=pl.String).scatter(at, pl.Series(found["file"],
                                                                                          dtype=pl.String)),
        base_line=pl.Series([None] * based.height, dtype=pl.Int64).scatter(at, pl.Series(found["line"],
                                                                                         dtype=pl.Int64)),
        **_observations(based["row"], cells))]


def _trend_rows(ends: pl.DataFrame, number: int, indicator: Indicator, target: Target, form: TrendForm, run: Run,
                cells: Callable | None = None, localise: Localise | None = None) -> list[pl.DataFrame]:
    """The rows of a rising or falling trend whose window holds enough years, judged from the window's ends as
    the kind judges them (:func:`checker.judge.kinds.trend.judged`): its form's flat share and best value as
    column expressions (:func:`_trend_outcome`), its templates (:data:`~checker.judge.kinds.trend.HEAD`,
    :data:`~checker.judge.kinds.trend.WORDS`, :data:`~checker.judge.kinds.trend.ARITHMETIC`) filled slot by slot
    from columns, each number written once as the kind writes it, then weighed as the engine weighs; with
    ``cells``, their evidence as the kind and the engine write it."""
    import polars as pl

    if ends.is_empty():
        return []
    unit, weigh, col = indicator.unit, _weigher(target, run), pl.col
    ends = ends.with_columns(change=_change(col("value0"), col("value")), step=_change(col("valuep"), col("value")))
    ends = ends.with_columns(outcome=_trend_outcome(form))
    # each number as the kind writes it, with ``cells`` its evidence's JSON too: one pass a column
    evidence = {"value0": {"first_value": TIDY_JSON}, "value": {"last_value": TIDY_JSON},
                "change": {"change_json": CHANGE_JSON}} if cells is not None else {}
    shown = {}
    for source, writes in (("value0", {"v0_text": FMT}), ("value", {"v1_text": FMT}), ("change", {})):
        writes = {**writes, **evidence.get(source, {})}
        shown.update(zip(writes, _texts_each(ends[source], list(writes.values()))))
    shown["pct_text"] = _texts(ends["change"] * 100, PERCENT)  # the change in %: × 100 as the kind multiplies
    # the change since the valued year before the last, where the trend turned
    shown["turned_text"] = _texts(ends.select(pl.when(col("outcome") == "turned").then(col("step") * 100))
                                  .to_series(), PERCENT) + "%"  # as the kind writes a step: 12.5%
    ends = ends.with_columns(**shown)
    wanted_zh, wanted_en = TREND_WANTED[form.way]
    english_unit = in_english("1" + form.unit, unit)[1:]  # the unit follows a number in every template
    slots = {"y0": col("year0").cast(pl.String), "y1": col("year").cast(pl.String), "v0": col("v0_text"),
             "v1": col("v1_text"), "pct": col("pct_text"), "yp": col("yearp").cast(pl.String),
             "turned": col("turned_text"), "best": fmt(form.best) if form.best is not None else ""}
    outcome = col("outcome")
    status = zh = en = before = weighed = None
    for name, words in TREND_WORDS.items():
        before_of, near_miss = TREND_OUTCOMES[name]
        after, keys, suffix_zh, suffix_en = weigh(before_of, near_miss)
        texts = {"status": pl.lit(after), "before": pl.lit(before_of), "weighed": pl.lit(keys),
                 "zh": _filled(TREND_HEAD.zh + words.zh + suffix_zh.replace("{", "{{").replace("}", "}}"),
                               {**slots, "unit": form.unit, "wanted_zh": wanted_zh}),
                 "en": _english(TREND_HEAD.en + words.en, {**slots, "wanted_en": wanted_en}, form.unit, english_unit,
                                unit, suffix_en)}
        if status is None:
            status, zh, en, before, weighed = (pl.when(outcome == name).then(texts[key]) for key in (
                "status", "zh", "en", "before", "weighed"))
        else:
            status, zh, en, before, weighed = (chain.when(outcome == name).then(texts[key]) for chain, key in (
                (status, "status"), (zh, "zh"), (en, "en"), (before, "before"), (weighed, "weighed")))
    frame = ends.select("region", target=pl.lit(number, pl.UInt32), year="year", value="value",
                        assessment=pl.lit("standing"), status=status, reason_zh=zh, reason_en=en)
    if cells is None:
        return [frame]
    band = form.band()
    observed = _observations(ends["row"], cells)
    earliest = _observations(ends["row0"], cells)
    first = {"first_" + name[len("obs_"):]: column for name, column in earliest.items()}
    arithmetic = _arithmetic(TREND_ARITHMETIC, {}, {"v0": "v0_text", "v1": "v1_text", "pct": "pct_text"}, unit,
                             localise) if localise else _filled(TREND_ARITHMETIC, {name: col(name + "_text") for name in (
                                 "v0", "v1", "pct")})
    return [frame.with_columns(
        before=ends.select(before).to_series(), weighed=ends.select(weighed).to_series(),
        band=pl.lit(localise(band, unit) if localise else band), arithmetic=ends.select(arithmetic).to_series(),
        window=pl.concat_str(pl.lit("["), ends["year0"].cast(pl.String), pl.lit(", "), ends["year"].cast(pl.String),
                             pl.lit("]")),
        change=ends["change_json"], first_year=ends["year0"].cast(pl.Int64), first_value=ends["first_value"],
        last_value=ends["last_value"],
        **observed, **first)]


def _from_nonzero(ends: pl.DataFrame) -> pl.DataFrame:
    """The rows of a trend whose window's changes are all shares of a start that is not 0 (the first value, the
    value before the last, and for a trend promised every year each step's): a change from 0 has none, and
    :func:`checker.judge.kinds.trend.judged` words and judges it otherwise; those regions are left to the kind."""
    import polars as pl

    col = pl.col
    zero = (col("value0") == 0) | (col("valuep") == 0).fill_null(False)
    if "steps" in ends.columns:
        zero = zero | col("steps").list.eval(pl.element() == 0).list.any().fill_null(False)
    from_zero = ends.select(zero).to_series()
    if not from_zero.any():
        return ends
    # in one chunk: a filter may leave the list column in two, and polars' list.eval (:func:`_without_dips`) then
    # panics on a length assertion (polars 2.1)
    return ends.filter(~from_zero).rechunk()


def _change(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """The change from ``start`` to ``end`` as :func:`checker.judge.kinds.trend.judged` measures it: in parts of
    ``|start|`` (null where either is null); never from 0: such rows are the kind's (:func:`_from_nonzero`)."""
    return (end - start) / start.abs()


def _flat_share(form: TrendForm, start: pl.Expr) -> pl.Expr:
    """:meth:`TrendForm.flat_share` of each row's ``start``: the share below which a change from it is flat."""
    import polars as pl

    flat = pl.lit(form.flat, pl.Float64)
    if form.flat_cap == math.inf:
        return flat
    return pl.when(start != 0).then(pl.min_horizontal(flat, pl.lit(form.flat_cap, pl.Float64) / start.abs())) \
        .otherwise(flat)


def _rise_share(form: TrendForm, start: pl.Expr) -> pl.Expr:
    """:meth:`TrendForm.rise_share` of each row's ``start``: the share a move the promised way must reach, narrowed
    below a ceiling nearer than the value itself to the flat share of the room left."""
    import polars as pl

    share = _flat_share(form, start)
    if form.best is None or form.best == 0:
        return share
    room = (pl.lit(form.best, pl.Float64) - start).abs()
    narrowed = pl.min_horizontal(share, pl.lit(form.flat, pl.Float64) * room / start.abs())
    return pl.when((start != 0) & (room > 0) & (room < start.abs())).then(narrowed).otherwise(share)


def _trend_outcome(form: TrendForm) -> pl.Expr:
    """Each row's outcome (:data:`checker.judge.kinds.trend.OUTCOMES`) from its ``change`` over the window and
    ``step`` since the valued year before the last, compared with the form's flat share and best value as
    :func:`checker.judge.kinds.trend.judged` compares them (with :func:`~checker.judge.precision.floor_of` and
    :func:`~checker.judge.precision.ceiling_of` of the share)."""
    import polars as pl

    col = pl.col
    sign = 1 if form.way == "up" else -1
    share = _flat_share(form, col("value0"))
    floor = share - share.abs() * EDGE_SLACK
    rise = _rise_share(form, col("value0"))
    since = _flat_share(form, col("valuep"))
    turned = col("valuep").is_not_null() & (col("step") * -sign > since + since.abs() * EDGE_SLACK)
    met = col("change") * sign >= rise - rise.abs() * EDGE_SLACK
    flat = col("change").abs() < floor
    best = (col("value") == form.best) if form.best is not None else pl.lit(False)
    return (pl.when(met & turned).then(pl.lit("turned")).when(met).then(pl.lit("met"))
            .when(flat & best).then(pl.lit("best")).when(flat).then(pl.lit("flat")).otherwise(pl.lit("wrong")))


def _without_dips(ends: pl.DataFrame, form: TrendForm) -> pl.DataFrame:
    """The rows of a trend promised every year (逐年) that :func:`checker.judge.kinds.trend.check` judges as the
    window's trend alone (:func:`_trend_rows`): those it does not pass (:func:`_trend_outcome`), or in whose window
    (``steps``) every step between valued years moves the promised way by the flat share of the year before it, as
    :func:`checker.judge.kinds.trend._dip` asks (with :func:`~checker.judge.precision.floor_of`); a region with a
    step that does not, or one from 0 (no share measures it), is left to the kind (its reason names the step)."""
    import polars as pl

    col, before, after = pl.col, pl.element().shift(1), pl.element()
    sign = 1 if form.way == "up" else -1
    since = _rise_share(form, before)
    best = (after == form.best) if form.best is not None else pl.lit(False)
    dips = (before.is_not_null() & after.is_not_null() & ~best
            & ((before == 0) | (_change(before, after) * sign < since - since.abs() * EDGE_SLACK))).fill_null(False)
    checked = ends.with_columns(change=_change(col("value0"), col("value")), step=_change(col("valuep"), col("value")))
    passing = [name for name, (status, _) in TREND_OUTCOMES.items() if status == "pass"]  # as check asks of judged
    passed = checked.select(_trend_outcome(form).is_in(passing)).to_series()
    dipped = ends.select(col("steps").list.eval(dips).list.any()).to_series()
    return ends.filter(~(passed & dipped)).drop("steps")


def _percent(share: float) -> str:
    """A change in % as the trend kind writes it (two decimals at most)."""
    return fmt(round(share, 2))


def _change_json(change: float) -> str:
    """A trend's change as its evidence gives it: rounded to six decimals, tidied, as JSON."""
    return _tidy_json(round(change, 6))


def _ratio_text(ratio: float) -> str:
    """A pace ratio as a progress reason writes it: two decimals at most."""
    return fmt(round(ratio, 2))


def _ratio_json(ratio: float) -> str:
    """A pace ratio as a progress evidence gives it: rounded to four decimals, tidied, as JSON."""
    return _tidy_json(round(ratio, 4))


def _ratios_at_edges(ratios: pl.Series, edges: tuple[float, float], shown: dict[str, pl.Series],
                     with_json: bool) -> dict[str, pl.Series]:
    """The ratio's text (and JSON) rewritten as the kind writes it (:func:`~checker.judge.kinds.base.ratio_text`) where
    two (four) decimals could put it on the wrong side of an edge it is compared with, or write it -0.0: the ratios
    within a hundredth of an edge or of 0, the few a run has, each by the scalar function."""
    import numpy as np
    import polars as pl

    numbers = ratios.fill_null(math.nan).to_numpy()
    with np.errstate(invalid="ignore"):
        near = np.zeros(len(numbers), dtype=bool)
        for edge in (*edges, 0.0):
            near |= np.abs(numbers - edge) < 0.01
    at = np.flatnonzero(near)
    if not len(at):
        return {}
    picked = numbers[at].tolist()
    out = {"ratio_text": shown["ratio_text"].scatter(at, pl.Series([ratio_text(r, edges) for r in picked],
                                                                     dtype=pl.String))}
    if with_json:
        out["ratio_json"] = shown["ratio_json"].scatter(at, pl.Series(
            [_tidy_json(ratio_json(r, edges)) for r in picked], dtype=pl.String))
    return out


#: how the result frame writes its numbers, each by columns where that is sure (:mod:`checker.judge.written`):
#: as the kinds' ``fmt`` writes a value, as their evidence's JSON (tidied), a change or ratio rounded first
FMT = Writing(fmt, None, False, "fmt")
TIDY_JSON = Writing(_tidy_json, None, True, "json")
PERCENT = Writing(_percent, 2, False, "fmt")
CHANGE_JSON = Writing(_change_json, 6, True, "json")
RATIO_TEXT = Writing(_ratio_text, 2, False, "fmt")
RATIO_JSON = Writing(_ratio_json, 4, True, "json")


def _english(template: str, slots: dict[str, object], unit_written: str, english_unit: str, unit: str | None,
             suffix: str) -> pl.Expr:
    """An English reason template filled from columns with each amount of the indicator's unit in English words, as
    :func:`~checker.language.units.in_english` gives the whole reason: the unit named in words where the template
    says so for every number (tried with two), else each row's reason put through it."""
    import polars as pl

    constants = {name: slot for name, slot in slots.items() if not isinstance(slot, pl.Expr)}
    probes = [{**constants, **{name: f"{base + n}.{cents}" for n, name in enumerate(slots) if name not in constants}}
              for base, cents in ((7391, 25), (8462, 75))]
    escaped = suffix.replace("{", "{{").replace("}", "}}")
    if all(in_english(template.format(**probe, unit=unit_written), unit) == template.format(**probe, unit=english_unit)
           for probe in probes):
        return _filled(template.replace("{unit}", english_unit.replace("{", "{{").replace("}", "}}")) + escaped, slots)
    written = _filled(template.replace("{unit}", unit_written.replace("{", "{{").replace("}", "}}")), slots)
    return written.map_elements(lambda text: in_english(text, unit) + suffix, return_dtype=pl.String)


def _json_number(number: float) -> str:
    """A float as the json module writes it (its ``repr``, but for NaN and the infinities)."""
    return repr(number) if math.isfinite(number) else json.dumps(number)


def _observations(rows: pl.Series, cells: Callable) -> dict[str, pl.Series]:
    """The ``obs_`` columns of :data:`EVIDENCE_COLUMNS` for the observations at ``rows``: their cells
    as :meth:`checker.data.matching.Point.evidence` writes them (notes as JSON text)."""
    return _observation_columns(cells(rows.to_numpy()))


def _observation_columns(found: dict[str, list]) -> dict[str, pl.Series]:
    """The ``obs_`` columns of the cells ``found`` (:meth:`checker.data.columnar.ColumnDataset.observation_cells`)."""
    import polars as pl

    cells = found["notes"]
    # (most files have no notes at all: their JSON text repeated, not written a row at a time)
    notes = pl.Series([json.dumps(n, ensure_ascii=False) if n else "[]" for n in cells], dtype=pl.String) \
        if any(cells) else pl.repeat("[]", len(cells), dtype=pl.String, eager=True)
    return {"obs_text": found["text"], "obs_unit": found["unit"], "obs_data_unit": found["data_unit"],
            "obs_file": found["file"], "obs_line": found["line"], "obs_column": found["column"],
            "obs_notes": notes.alias("")}


def _localised(template: str, constants: dict[str, str], unit: str | None, localise: Localise | None) -> str | None:
    """``template`` with its ``constants`` filled and put through ``localise``, its other slots kept
    open for columns; None where the words around a slot change with the number in it (the text is
    localised with two different numbers in each open slot to find out: each must stand in it as often
    as the slot does in ``template``, the words around alike)."""
    slots = _slots(template)
    open_slots = list(dict.fromkeys(name for name in slots if name not in constants))
    if localise is None:
        return template.format(**constants, **{name: "{" + name + "}" for name in open_slots})
    one = {name: f"{7391 + n}.25" for n, name in enumerate(open_slots)}
    two = {name: f"{8462 + n}.75" for n, name in enumerate(open_slots)}
    first = localise(template.format(**constants, **one), unit).replace("{", "{{").replace("}", "}}")
    second = localise(template.format(**constants, **two), unit).replace("{", "{{").replace("}", "}}")
    for name in open_slots:
        times = slots.count(name)  # PACE_WORDS writes {base} twice
        if first.count(one[name]) != times or second.count(two[name]) != times:
            return None
        first = first.replace(one[name], "{" + name + "}")
        second = second.replace(two[name], "{" + name + "}")
    return first if first == second else None


def _slots(template: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]


def _filled(template: str, slots: dict[str, object]) -> pl.Expr:
    """A :class:`~checker.judge.kinds.base.Template` text with its named slots filled, a slot by a
    column expression or by a constant, as one string expression."""
    import polars as pl

    pieces: list[pl.Expr] = []
    for literal, field, _, _ in string.Formatter().parse(template):
        if literal:
            pieces.append(pl.lit(literal))
        if field is not None:
            slot = slots[field]
            pieces.append(slot if isinstance(slot, pl.Expr) else pl.lit(str(slot)))
    return pl.concat_str(pieces)

