"""A trend target at the best value its indicator can take (rules/limits.yaml) passes: 逐步下降 of a death
rate that stays at 0, 持续提高 of a coverage that stays at 100%. It was a warn ("flat"), though no
value could have done better. Judged alike by the scalar engine and by columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data import columnar
from checker.judge.engine import evaluate_regions
from checker.judge.policy import default_policy
from checker.plan.loader import load_plan

PLAN = """plan:
  id: best
  title: {zh: 某县规划}
  region: 甲县
  base_year: 2020
  target_years: [2025]
indicators:
  - {id: deaths, name: {zh: 某病死亡率}, unit: "‰", direction: down, targets: {2025: {text: 逐步下降}}}
  - {id: cover, name: {zh: 某项覆盖率}, unit: "%", direction: up, targets: {2025: {text: 持续提高}}}
  - {id: use, name: {zh: 某类病床使用率}, unit: "%", direction: up, targets: {2025: {text: 持续提高}}}
"""
ROWS = {  # region → (deaths 2020, 2023), (cover 2020, 2023), (use 2020, 2023)
    "甲县": ((0, 0), (100, 100), (100, 100)),
    "乙县": ((0.2, 0.2), (99, 99), (90, 90)),
}


@pytest.mark.parametrize("by_columns", [False, True])
def test_a_trend_at_its_best_value_passes(tmp_path: Path, by_columns: bool):
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "data.csv"
    lines = ["地区,指标,年份,数值"]
    for region, series in ROWS.items():
        for name, (first, last) in zip(("某病死亡率", "某项覆盖率", "某类病床使用率"), series):
            lines += [f"{region},{name},2020,{first}", f"{region},{name},2023,{last}"]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = load_plan(plan_file)
    matched = columnar.read((str(data),)).match(plan)
    results = evaluate_regions(plan, matched, on_demand=False, policy=default_policy(), columns=by_columns)
    status = {(r.region, r.indicator): (r.status, r.reason.zh) for r in results.results}
    assert status[("甲县", "deaths")][0] == "pass" and "已是可能的最好值（0‰）" in status[("甲县", "deaths")][1]
    assert status[("甲县", "cover")][0] == "pass" and "最好值（100%）" in status[("甲县", "cover")][1]
    assert status[("甲县", "use")][0] == "warn"  # a use rate may pass 100%: 100 is no ceiling for it
    assert [status[("乙县", name)][0] for name in ("deaths", "cover", "use")] == ["warn", "warn", "warn"]
