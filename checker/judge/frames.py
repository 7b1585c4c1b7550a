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
- every other result (progress before the target year, the kinds that are not compiled, a region
  without a usable year): the scalar engine, one verdict at a time (:meth:`~checker.judge.engine.Run.verdict`).

Rows come in the engine's order: by region, then plan order. ``tests/test_columnar_output.py``
holds the csv written from this frame equal, byte for byte, to the csv written result by result.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from checker.judge.bands import fmt
from checker.judge.engine import Run, weigh_status, weighed_words
from checker.judge.kinds import READS_OTHER_INDICATORS
from checker.judge.kinds.bounds import VALUE_WORDS, ValueForm, gap_words
from checker.language.units import in_english
from checker.plan.model import Indicator, Plan, Target

if TYPE_CHECKING:
    import polars as pl

#: the frame's columns: the region (its name), the target (its position in plan order, see
#: :func:`targets_of`), then what the result says
COLUMNS = ("region", "target", "year", "value", "assessment", "status", "reason_zh", "reason_en")


def targets_of(plan: Plan) -> list[tuple[Indicator, Target]]:
    """The plan's targets in plan order: a frame's ``target`` column indexes this list."""
    return [(indicator, target) for indicator in plan.indicators for target in indicator.targets]


def result_frame(run: Run, regions: list[str]) -> pl.DataFrame:
    """Every result of ``regions`` as the rows of one frame (:data:`COLUMNS`), in the order
    :func:`checker.judge.engine.evaluate_regions` gives them."""
    import polars as pl

    schema = {"region": pl.UInt32, "target": pl.UInt32, "year": pl.Int64, "value": pl.Float64,
              "assessment": pl.String, "status": pl.String, "reason_zh": pl.String, "reason_en": pl.String}
    dataset, judge = run.dataset, run.columns
    position = {region: number for number, region in enumerate(regions)}
    # region codes of the columnar judge → positions among the judged regions (-1: not judged)
    judged_code = pl.Series([position.get(name, -1) for name in judge.names] if judge else [], dtype=pl.Int64)
    parts: list[pl.DataFrame] = []
    scalar: dict[str, list] = {name: [] for name in COLUMNS}

    def by_scalar(number: int, indicator: Indicator, target: Target, region_numbers) -> None:
        for region_number in region_numbers:
            region = regions[region_number]
            status, reason, assessment, year, value, _ = run.verdict(region, indicator, target,
                                                                     run.region_series(region))
            for name, item in zip(COLUMNS, (region_number, number, year, value, assessment, status, reason.zh,
                                             reason.en)):
                scalar[name].append(item)

    # the judged regions with data for each indicator, in region order
    with_data: dict[str, list[int]] = {}
    for (region, indicator_id), series in dataset.series.items():
        number = position.get(region)
        if number is not None and series:
            with_data.setdefault(indicator_id, []).append(number)
    everyone = range(len(regions))
    number = 0
    for indicator in run.plan.indicators:
        present = sorted(with_data.get(indicator.id, ()))
        if len(present) == len(regions):
            absent = []
        else:
            has_data = set(present)
            absent = [n for n in everyone if n not in has_data]
        for target in indicator.targets:
            if target.rule.kind in READS_OTHER_INDICATORS:
                by_scalar(number, indicator, target, everyone)
                number += 1
                continue
            if absent:
                status, reason, assessment, year, value, _ = run.without_data(
                    regions[absent[0]], indicator, target, run.region_series(regions[absent[0]]))
                parts.append(pl.DataFrame({"region": absent}, schema={"region": pl.UInt32}).select(
                    "region", target=pl.lit(number, pl.UInt32), year=pl.lit(year, pl.Int64),
                    value=pl.lit(value, pl.Float64), assessment=pl.lit(assessment, pl.String),
                    status=pl.lit(status), reason_zh=pl.lit(reason.zh), reason_en=pl.lit(reason.en)))
            found = judge.outcomes(target) if judge is not None else None
            left = present
            if found is not None:
                _, form, done = found
                done = done.with_columns(region=judged_code.gather(done["region"])).filter(pl.col("region") >= 0)
                valued = done.filter(pl.col("case") == "value")
                parts.extend(_value_rows(valued, number, indicator, target, form, run))
                by_values = set(valued["region"].to_list())
                left = [n for n in present if n not in by_values]
            by_scalar(number, indicator, target, left)
            number += 1
    if scalar["region"]:
        parts.append(pl.DataFrame(scalar, schema=schema))
    if not parts:
        return pl.DataFrame(schema={**schema, "region": pl.String})
    frame = pl.concat([part.select(pl.col(name).cast(kind) for name, kind in schema.items()) for part in parts]) \
        .sort("region", "target", maintain_order=True)
    return frame.with_columns(region=pl.Series(regions, dtype=pl.String).gather(frame["region"]))


def _value_rows(valued: pl.DataFrame, number: int, indicator: Indicator, target: Target, form: ValueForm,
                run: Run) -> list[pl.DataFrame]:
    """The rows of a compiled value target judged on the value (one frame per status): the kind's
    templates filled from columns, then weighed."""
    import polars as pl

    if valued.is_empty():
        return []
    unit = indicator.unit
    values = valued["value"].unique().to_list()
    shown = pl.col("value").replace_strict(values, [fmt(v) for v in values], return_dtype=pl.String)
    english_unit = in_english("1" + form.unit, unit)[1:]  # the unit follows a number in every template
    english_target = in_english(form.target, unit)
    frames = []
    for status, words in VALUE_WORDS.items():
        rows = valued.filter(pl.col("status") == status)
        if rows.is_empty():
            continue
        misses = rows["value"].unique().to_list()
        gaps = [gap_words(form, v, status) for v in misses]
        weighed, keys = weigh_status(status, True, target, run.policy)
        suffix_zh, suffix_en = weighed_words(keys)
        slots = {"year": pl.col("year").cast(pl.String), "value": shown}
        zh = _filled(words.zh, {**slots, "unit": form.unit, "target": form.target})
        en = _filled(words.en, {**slots, "unit": english_unit, "target": english_target})
        gap_zh = pl.col("value").replace_strict(misses, [g[0] for g in gaps], return_dtype=pl.String)
        gap_en = pl.col("value").replace_strict(misses, [in_english(g[1], unit) for g in gaps], return_dtype=pl.String)
        frames.append(rows.select(
            "region", target=pl.lit(number, pl.UInt32), year="year", value="value", assessment=pl.lit("value"),
            status=pl.lit(weighed), reason_zh=pl.concat_str(zh, gap_zh, pl.lit(suffix_zh)),
            reason_en=pl.concat_str(en, gap_en, pl.lit(suffix_en))))
    return frames


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

