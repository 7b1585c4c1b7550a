"""Many regions in one run: each region's verdicts equal those of checking it alone; the roll-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.judge.engine import evaluate, evaluate_regions
from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.data.observations import observations_from_records
from checker.judge.results import OnDemand
from checker.judge.rollup import rollup

PLAN = load_plan(Path(__file__).resolve().parents[1] / "plans" / "nanan-2030.yaml")
ROWS = [
    # three counties, the province as the shared reference
    *[{"region": "南安市", "indicator": "婴儿死亡率", "year": y, "value": v} for y, v in ((2020, 2.19), (2024, 3.5))],
    *[{"region": "晋江市", "indicator": "婴儿死亡率", "year": y, "value": v} for y, v in ((2020, 3.0), (2024, 4.5))],
    *[{"region": "石狮市", "indicator": "婴儿死亡率", "year": y, "value": v} for y, v in ((2020, 5.0), (2024, 4.6))],
    *[{"region": r, "indicator": "重大慢性病过早死亡率", "year": 2024, "value": v}
      for r, v in (("南安市", 14.0), ("晋江市", 15.25), ("石狮市", 16.0), ("福建省", 15.2))],
    {"region": "晋江市", "indicator": "人均预期寿命", "year": 2024, "value": 80.1},
]


def data():
    return observations_from_records(ROWS)


def test_each_region_as_if_alone():
    together = evaluate_regions(PLAN, data())
    regions = [r.region for r in together.results]
    assert sorted(set(regions)) == ["南安市", "晋江市", "石狮市"]  # the province is a reference, not judged
    assert regions == sorted(regions)  # grouped by region, in a stable order
    for region in ("南安市", "晋江市", "石狮市"):
        alone = evaluate(PLAN, data(), region=region).records()
        assert [r.record() for r in together.results if r.region == region] == alone


def test_named_regions_and_references():
    chosen = evaluate_regions(PLAN, data(), ["石狮市"])
    assert {r.region for r in chosen.results} == {"石狮市"}
    with pytest.raises(CheckerError, match="reference"):
        evaluate_regions(PLAN, data(), ["福建省"])
    with pytest.raises(CheckerError, match="did you mean 石狮市"):
        evaluate_regions(PLAN, data(), ["石师市"])


def test_rollup_counts_and_worst():
    results = evaluate_regions(PLAN, data())
    regions, indicators = rollup(results)
    by_region = {r.region: r for r in regions}
    # 婴儿死亡率 ≤4‰: 南安 3.5 passes (already met); 晋江 4.5 went backwards (3.0 met it) → fail;
    # 石狮 4.6 from 5.0: required (4 − 5) ÷ 10 = −0.1/yr, actual −0.1/yr → ratio 1.0 → pass
    # 重大慢性病过早死亡率 < 福建 15.2: 南安 14 pass; 晋江 15.25 within 2% → warn; 石狮 16 fail
    assert by_region["南安市"].counts["pass"] == 2
    assert by_region["晋江市"].counts["fail"] == 1 and by_region["晋江市"].counts["warn"] == 1
    infant = next(i for i in indicators if i.indicator == "infant_mortality")
    assert infant.regions == 3 and infant.passing == 2 and infant.share_passing == pytest.approx(2 / 3, abs=1e-4)
    assert infant.worst == ("晋江市",)
    ncd = next(i for i in indicators if i.indicator == "premature_ncd_mortality")
    assert ncd.worst == ("石狮市", "晋江市")  # fails before warns
    unspecified = next(i for i in indicators if i.indicator == "physical_fitness_pass_rate")
    assert unspecified.share_passing is None  # only n/a: no share to give


def test_results_judged_on_demand_equal_the_kept_ones():
    kept = evaluate_regions(PLAN, data(), as_of=2024)
    on_demand = evaluate_regions(PLAN, data(), as_of=2024, on_demand=True)
    assert isinstance(on_demand.results, OnDemand)
    first = [r.record() for r in on_demand.results]
    assert first == kept.records()
    assert [r.record() for r in on_demand.results] == first  # a second pass judges the same again
    assert on_demand.summary == kept.summary and len(on_demand.results) == len(kept.results)
    assert on_demand.worst() == kept.worst() == "fail"
    for level in ("warn", "fail", "na"):
        assert on_demand.gated(level) == kept.gated(level)


def test_counts_of_results_on_demand_before_any_pass():
    on_demand = evaluate_regions(PLAN, data(), on_demand=True)
    assert on_demand.summary == evaluate_regions(PLAN, data()).summary  # judges once to count


def test_regions_without_data_share_one_verdict_object():
    results = evaluate_regions(PLAN, data()).results
    no_data = [r for r in results if r.indicator == "maternal_mortality"]
    assert {r.region for r in no_data} == {"南安市", "晋江市", "石狮市"}
    assert len({id(r.evidence) for r in no_data if r.target_text == no_data[0].target_text}) == 1
    assert all(r.status == "n/a" for r in no_data)


def test_jsonl_rebuilds_every_record_whole():
    # jsonl writes a target's shared fields and evidence once, and a verdict regions share once: what
    # a reader rebuilds from the lines must be every record, evidence and all, in order
    import json

    from checker.reporters import Report, localised_record, streamed

    for on_demand in (False, True):
        results = evaluate_regions(PLAN, data(), as_of=2024, on_demand=on_demand)
        report = Report(PLAN, "x", results, (), regions=("南安市", "晋江市", "石狮市"))
        lines = "".join(streamed.jsonl(report)).splitlines()
        expected = [json.loads(json.dumps(localised_record(r, report.lang), ensure_ascii=False))
                    for r in results.results]
        rebuilt = list(streamed.records(lines))
        assert rebuilt[:-1] == expected
        assert rebuilt[-1]["summary"]["counts"] == results.summary
        targets = [json.loads(line) for line in lines if '"region"' not in line and '"summary"' not in line
                   and '"shared"' not in line]
        assert [t["target"] for t in targets] == list(range(len(PLAN.targets)))


def test_rollup_counts_regions_per_target_not_targets():
    """人均预期寿命 has three 2030 targets (79.7, 持续提高, 达到79.7岁): each is its own roll-up row,
    and each counts every region once (three regions, never nine)."""
    rows = [
        *[{"region": "南安市", "indicator": "人均预期寿命", "year": y, "value": v} for y, v in ((2020, 78.5), (2024, 79.2))],
        *[{"region": "晋江市", "indicator": "人均预期寿命", "year": y, "value": v} for y, v in ((2020, 79.0), (2024, 78.0))],
        {"region": "石狮市", "indicator": "婴儿死亡率", "year": 2024, "value": 3.0},
    ]
    results = evaluate_regions(PLAN, observations_from_records(rows))
    _, indicators = rollup(results)
    life = [i for i in indicators if i.indicator == "life_expectancy"]
    assert [(i.target_text, i.target_year) for i in life] == [(t.text, t.year) for t in PLAN.indicator("life_expectancy").targets]
    for row in life:
        assert row.regions == 3
        # 南安 on track or rising → pass; 晋江 moving away / falling → fail; 石狮 has no data → n/a
        assert row.counts == {"pass": 1, "warn": 0, "fail": 1, "n/a": 1}, row
        assert row.share_passing == 0.5 and row.worst == ("晋江市",)


def test_a_region_whose_indicator_names_are_all_unknown_is_judged_and_its_names_listed(tmp_path):
    """--all-regions once left such a region out and listed its rows as those of a region that is
    neither judged nor a reference: the misspelt name, the real cause, was never shown."""
    from checker.cli import main
    from click.testing import CliRunner

    rows = [*ROWS, {"region": "惠安县", "indicator": "婴儿死亡率x", "year": 2024, "value": 3.1}]
    results = evaluate_regions(PLAN, observations_from_records(rows))
    mine = [r for r in results.results if r.region == "惠安县"]
    assert mine and {r.status for r in mine} == {"n/a"}
    assert [(u.name, u.suggestion) for u in results.unknown] == [("婴儿死亡率x", "婴儿死亡率 (infant_mortality)")]
    path = tmp_path / "data.csv"
    path.write_text("region,indicator,year,value\n" + "".join(
        f"{r['region']},{r['indicator']},{r['year']},{r['value']}\n" for r in rows), encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(PLAN.file), str(path), "--all-regions"])
    assert "惠安县" in done.output and "是否指 婴儿死亡率 (infant_mortality)？" in done.output
    assert "既不是所检查的地区" not in done.output


def test_the_plans_base_values_are_only_its_own_regions():
    """Before the target year a county's pace is measured from its own base value; the plan's stated
    2020 literacy (21.54%) is 南安市's and once made another county 'moving away' at 20.9%."""
    rows = [{"region": region, "indicator": "居民健康素养水平", "year": 2024, "value": 20.9}
            for region in ("南安市", "石狮市")]
    rows.append({"region": "晋江市", "indicator": "居民健康素养水平", "year": 2020, "value": 19.0})
    rows.append({"region": "晋江市", "indicator": "居民健康素养水平", "year": 2024, "value": 20.9})
    literacy = {r.region: r for r in evaluate_regions(PLAN, observations_from_records(rows)).results
                if r.indicator == "health_literacy" and r.target_text == "25左右"}
    own, other, with_base = literacy["南安市"], literacy["石狮市"], literacy["晋江市"]
    assert own.status == "fail" and own.evidence["baseline"] == {"year": 2020, "value": 21.54, "from": "plan"}
    assert other.status == "n/a" and "缺少基期值" in other.reason.zh and "baseline" not in other.evidence
    assert with_base.evidence["baseline"]["from"] == "data" and with_base.status in ("pass", "warn")
