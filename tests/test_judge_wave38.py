"""Round 38, second wave (judge): an indicator that is itself a growth (医疗费用增长幅度) capped by its own word; 逐年提高
into or at the ceiling of a share; the sex-ratio cap under the indicator's other names; falls larger than the base;
a required yearly pace of nought; the wording of a step that fell too little."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, indicator_plan, written


def _results(tmp_path: Path, plan: str, data: str, *options: str) -> list[dict]:
    """The results of ``checker check`` (JSON) of ``plan`` against the long ``data`` rows (region,year,indicator,value)."""
    out = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, "region,year,indicator,value\n" + data),
                "--format", "json", *options)
    return json.loads(out.stdout)["results"]


def _no_unit(plan: str) -> str:
    return plan.replace('    unit: ""\n', "")


def _series(name: str, pairs) -> str:
    return "".join(f"甲市,{year},{name},{value}\n" for year, value in pairs)


@pytest.mark.parametrize(("name", "unit", "text"), [
    ("公立医院医疗费用增长幅度", "%", "增长幅度控制在10%以内"),
    ("公立医院医疗费用增幅", "%", "增幅控制在10%以内"),
    ("卫生总费用增速", "%", "增速控制在10%以内"),
    ("公立医院医疗费用增长幅度", "%", "增长幅度不超过10%"),
    ("公立医院医疗费用增长幅度", "%", "增幅在10%以内"),
    ("公立医院医疗费用增长幅度（%）", "", "增长幅度控制在10%以内"),
])
def test_a_growth_named_by_its_own_word_is_capped_as_a_level(tmp_path: Path, name: str, unit: str, text: str):
    """公立医院医疗费用增长幅度 (%) with 增长幅度控制在10%以内 passed 12.5% as "≤ 12.1 × 1.1": the words repeat the
    indicator's own name, so the cap is its level, ≤ 10% (as 增长率控制在10%以内 of …增长率 reads)."""
    plan = indicator_plan(name, unit, "down", text)
    plan = _no_unit(plan) if not unit else plan
    row = _results(tmp_path, plan, _series(name, ((2020, 12.1), (2025, 12.5))))[0]
    assert row["status"] == "fail", row["reason"]
    assert "≤ 10" in row["reason"]["zh"] and "×" not in row["reason"]["zh"]
    if "在10%以内" in text and not text.startswith("增幅在"):  # a cost in 元: still a change (≤ base × 1.1)
        plan = indicator_plan("医院次均门诊费用", "元", "down", text)
        row = _results(tmp_path, plan, _series("医院次均门诊费用", ((2020, 324.4), (2025, 342.7))))[0]
        assert row["status"] == "pass" and "× 1.1" in row["reason"]["zh"]

