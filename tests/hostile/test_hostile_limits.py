"""Issue 15 item 14: a file cannot make checker hold more than a bounded number of cells, and a
many-region run judges at most --max-regions regions; each limit is a located error, exit 2."""

from __future__ import annotations

from conftest import calm, run_checker


def test_a_line_of_millions_of_empty_cells_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("指标,年份,数值\n" + "," * 5_000_000 + "\n", encoding="utf-8")
    output = calm(run_checker(["check", "nanan-2030", str(path)], tmp_path), 2)
    assert "wide.csv:2" in output and "cells" in output


def test_a_header_of_millions_of_cells_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("指标" + ",2020" * 3_000_000 + "\n婴儿死亡率,1\n", encoding="utf-8")
    output = calm(run_checker(["check", "nanan-2030", str(path)], tmp_path), 2)
    assert "wide.csv:1" in output and "cells" in output


def test_the_cells_of_a_file_are_bounded_by_max_rows(tmp_path):
    path = tmp_path / "wide.csv"
    years = list(range(1990, 2018))
    lines = ["指标,单位," + ",".join(map(str, years))] + [f"婴儿死亡率{n},‰," + ",".join("3" for _ in years) for n in range(2)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = calm(run_checker(["--max-rows", "4", "check", "nanan-2030", str(path)], tmp_path), 2)
    assert "cells" in output and "--max-rows" in output
    calm(run_checker(["--max-rows", "10", "check", "nanan-2030", str(path)], tmp_path), {0, 1})


def test_max_regions_bounds_a_many_region_run(tmp_path):
    path = tmp_path / "data.csv"
    rows = [f"县{n},婴儿死亡率,2024,3.5,‰" for n in range(5)]
    path.write_text("region,indicator,year,value,unit\n" + "\n".join(rows) + "\n", encoding="utf-8")
    output = calm(run_checker(["check", "nanan-2030", str(path), "--all-regions", "--max-regions", "4"], tmp_path), 2)
    assert "5 regions to judge, more than --max-regions 4" in output
    calm(run_checker(["check", "nanan-2030", str(path), "--all-regions", "--max-regions", "5"], tmp_path), {0, 1})


def test_the_roll_up_is_counted_in_one_pass():
    """The roll-up keeps counts, not results: it reads a one-pass iterator and gives what the full lists would."""
    from checker.judge.engine import evaluate_regions
    from checker.plan.loader import load_plan
    from checker.data.matching import match
    from checker.data.observations import observations_from_records
    from checker.judge.policy import default_policy
    from checker.judge.results import Results
    from checker.judge.rollup import rollup

    plan = load_plan("nanan-2030")
    records = [{"region": f"县{n}", "indicator": "婴儿死亡率", "year": year, "value": value, "unit": "‰"}
               for n in range(9) for year, value in ((2020, 2.0), (2024, 2 + n))]  # each county's own base value
    dataset = match(plan, observations_from_records(records))
    full = evaluate_regions(plan, dataset, None, policy=default_policy())
    once = Results(iter(full.results), full.unknown, full.as_of)  # a second pass would find nothing
    assert rollup(once) == rollup(full)
    infant = [row for row in rollup(full)[1] if row.indicator == "infant_mortality" and row.target_year == 2030]
    assert infant and len(infant[0].worst) == 5
