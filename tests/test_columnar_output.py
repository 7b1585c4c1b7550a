"""The csv of a many-region run written from columns equals, byte for byte, the csv written result
by result; the roll-up counted from columns equals the roll-up counted a result at a time.

A national run writes its csv from one frame of results (checker.judge.frames): compiled value
targets judged in or after their year are filled in from columns, targets without data share one
verdict, every other result comes from the scalar engine. The property test draws random plans of
compiled and other kinds (trend, achieved, unspecified) with natures and 力争, random series per
region, region names a spreadsheet would take for formulas or that need quoting, with and without
``--as-of``, and holds the two csv texts and their counts equal.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

pytest.importorskip("polars")

from random_plans import REGIONS, datasets, other_rules, plans, rules

from checker.judge.engine import evaluate_regions
from checker.judge.rollup import rollup
from checker.judge.policy import default_policy
from checker.reporters import Report
from checker.reporters.streamed import csv_rows

#: names the csv must guard (a formula's first character) or quote (a comma, a quote)
AWKWARD = ("=SUM(A1)", "甲,乙县", '丙"县', "@丁县", "-戊县")
#: more regions than the roll-up lists as a target's worst, in an order that is not sorted
MANY = ("乙县", "甲县", "Beta", "alpha", "丁县", "丙县", "戊县", "己县")


def _csv(plan, results) -> str:
    return "".join(csv_rows(Report(plan, plan.region, results, ())))


@settings(derandomize=True, max_examples=250, deadline=None)
@given(st.data())
def test_csv_from_columns_equals_csv_by_results(data) -> None:
    plan = data.draw(plans(st.one_of(rules(), other_rules())))
    dataset = data.draw(datasets(plan, data.draw(st.sampled_from([REGIONS, AWKWARD, MANY]))))
    as_of = data.draw(st.sampled_from([None, None, 2019, 2022, 2025, 2027, 2030, 2035]))
    if not dataset.series:
        return
    policy = default_policy()
    by_results = evaluate_regions(plan, dataset, as_of=as_of, policy=policy, on_demand=True, columns=False)
    by_columns = evaluate_regions(plan, dataset, as_of=as_of, policy=policy, on_demand=True, columns=True)
    assert by_results.results.frame() is None and by_columns.results.frame() is not None
    want, got = _csv(plan, by_results).splitlines(), _csv(plan, by_columns).splitlines()
    assert len(got) == len(want)
    for one, other in zip(got, want):  # one at a time: the first difference is shown whole
        assert one == other
    assert by_columns.summary == by_results.summary
    assert rollup(by_columns, plan) == rollup(by_results, plan)


def test_the_frame_fills_value_targets_from_columns() -> None:
    """Value targets judged in their year come from the columns, not from the scalar engine: with
    the scalar verdict disabled for them, the frame still has their rows."""
    from checker.data.matching import Dataset, Point
    from checker.errors import Location
    from checker.judge import engine
    from checker.language.rule import Rule
    from checker.plan.model import Indicator, Plan, Source, Target

    rule = Rule("≤4", "upper_bound", "<=", 4.0)
    target = Target("i0", 2025, "≤4", rule, Source(1, "≤4"), Location("plan.yaml", 10), nature="约束性")
    indicator = Indicator("i0", "指标0", "Indicator 0", "‰", "down", (target,))
    plan = Plan("prop", "性质测试", None, "甲县", 2020, (2025,), (indicator,), file="plan.yaml")
    dataset = Dataset()
    for number, (region, value) in enumerate({"甲县": 3.5, "乙县": 4.05, "丙县": 5.0}.items()):
        dataset.series[(region, "i0")] = {2025: Point(2025, value, str(value), Location("d.csv", number + 2, 4), "‰")}
    results = evaluate_regions(plan, dataset, on_demand=True, columns=True)
    original = engine.Run.verdict
    try:
        engine.Run.verdict = None  # any call fails
        frame = results.results.frame()
    finally:
        engine.Run.verdict = original
    rows = frame.select("region", "status", "reason_zh").rows()
    assert rows == [("丙县", "fail", "2025年 5‰，目标 ≤ 4‰：未达标（相差 25%）"),
                    ("乙县", "fail", "2025年 4.05‰，目标 ≤ 4‰：接近达标（在容差内未达到）（相差 1.25%）；约束性：警告记为不通过"),
                    ("甲县", "pass", "2025年 3.5‰，目标 ≤ 4‰：达标")]


def test_signed_zero_and_missing_values_are_written_as_the_csv_module_writes_them() -> None:
    from checker.data.matching import Dataset, Point
    from checker.errors import Location
    from checker.language.rule import Rule
    from checker.plan.model import Indicator, Plan, Source, Target

    rule = Rule("≤4", "upper_bound", "<=", 4.0)
    target = Target("i0", 2025, "≤4", rule, Source(1, "≤4"), Location("plan.yaml", 10))
    indicator = Indicator("i0", "指标0", "Indicator 0", "‰", "down", (target,))
    plan = Plan("prop", "性质测试", None, "甲县", 2020, (2025,), (indicator,), file="plan.yaml")
    dataset = Dataset()
    for number, (region, value) in enumerate({"甲县": -0.0, "乙县": 0.0, "丙县": None, "丁县": 1e-05}.items()):
        dataset.series[(region, "i0")] = {2025: Point(2025, value, "" if value is None else repr(value),
                                                      Location("d.csv", number + 2, 4), "‰")}
    by_results = evaluate_regions(plan, dataset, on_demand=True, columns=False)
    by_columns = evaluate_regions(plan, dataset, on_demand=True, columns=True)
    assert _csv(plan, by_columns) == _csv(plan, by_results)
    assert ",-0.0,‰," in _csv(plan, by_columns)


def test_numbers_of_every_size_are_written_as_repr_writes_them() -> None:
    """The columns' numbers are written by polars where it writes them as ``repr`` does, by ``repr``
    below 1e-4; a change in polars' float formatting shows here, not as a changed report."""
    import numpy as np
    import polars as pl

    from checker.reporters.streamed import json_numbers

    rng = np.random.default_rng(18)
    drawn = rng.integers(0, 2 ** 63, size=20_000, dtype=np.int64).view(np.float64)
    edges = [0.0, -0.0, 1e-4, -1e-4, 9.99e-5, 1e-5, 2.5e-7, 5e-324, 1e15, 9999999999999998.0, 1e16, 1.5e16,
             1e22, 1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 4.0, 40.52, 123456789012345.6, float("inf")]
    values = [float(v) for v in np.concatenate([drawn[np.isfinite(drawn)], -drawn[np.isfinite(drawn)],
                                                np.round(rng.uniform(-1e6, 1e6, 5_000), 3)])] + edges
    written = json_numbers(pl.Series(values + [None], dtype=pl.Float64)).to_list()
    assert written == [repr(v) for v in values] + ["null"]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=6), st.sampled_from(
    ['"', "\\", "\x00", "\t", "\n", "\x1f", "\x7f", "\x84", "\x85", "\u2027", "\u2028", "\u2029", "县"])), min_size=1,
    max_size=5))
def test_a_frame_said_plain_needs_no_escaping_and_has_no_line_break(cells) -> None:
    """plain_texts answers for escaped() and line_breaks_in(): where it says a frame's texts are plain, neither
    finds anything (the lines are then written without asking them)."""
    import polars as pl

    from checker.reporters.escaping import line_breaks_in
    from checker.reporters.streamed import JSON_TEXTS, escaped, plain_texts

    frame = pl.DataFrame({name: cells for name in JSON_TEXTS}, schema=dict.fromkeys(JSON_TEXTS, pl.String))
    if plain_texts(frame):
        assert not escaped(frame) and not line_breaks_in(frame)
    assert plain_texts(frame) == all(cell is None or not any(
        ch in cell for ch in ['"', "\\", "\x85", "\u2028", "\u2029", *map(chr, range(32))]) for cell in cells)
    # a column of JSON text (a reference's evidence) holds quotes by nature: only its line breaks count
    json_text = frame.select(reference=pl.lit('{"value": 1}'))
    assert plain_texts(json_text)
    for cell in cells:
        with_cell = json_text.with_columns(reference=pl.lit(cell, pl.String))
        if plain_texts(with_cell):
            assert not line_breaks_in(with_cell)
        assert plain_texts(with_cell) == (cell is None or not any(ch in cell for ch in "\x85\u2028\u2029"))
