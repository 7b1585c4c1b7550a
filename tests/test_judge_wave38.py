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



@pytest.mark.parametrize("columnar", ["0", "1"])
@pytest.mark.parametrize(("name", "unit", "values"), [
    ("住院分娩率", "%", (99.7, 99.8, 99.9, 100)),  # each step a rise of 0.1, into the ceiling
    ("孕产妇系统管理率", "%", (99.1, 99.5, 99.6, 99.8)),  # +0.4 is more than the flat share of the room left
    ("适龄儿童免疫规划疫苗接种率（%）", "", (99.5, 100, 100, 100)),  # the unit in the name's brackets
    ("适龄儿童国家免疫规划疫苗接种率", "", (99.5, 100, 100, 100)),  # the catalogue's unit (%)
])
def test_a_yearly_rise_into_the_ceiling_keeps_its_promise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          columnar: str, name: str, unit: str, values: tuple):
    """逐年提高 of 住院分娩率 99.7 → 99.8 → 99.9 → 100 warned "没有上升（0.1%）": the 0.5% flat share of 99.7 is wider
    than the whole room to 100. A step into or at the best value never breaks it; below a near ceiling the flat
    share is of the room left; the best value is known from the name's （%） or the catalogue when `unit:` is out."""
    if columnar == "1":
        pytest.importorskip("polars")
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
    plan = indicator_plan(name, unit, "up", "逐年提高")
    plan = _no_unit(plan) if not unit else plan
    row = _results(tmp_path, plan, _series(name, zip(range(2020, 2024), values)), "--as-of", "2023")[0]
    assert row["status"] == "pass", row["reason"]
    # a stall below the ceiling still breaks it
    stalled = (values[0], values[0], *values[2:])
    row = _results(tmp_path, plan, _series(name, zip(range(2020, 2024), stalled)), "--as-of", "2023")[0]
    assert row["status"] == "warn", row["reason"]


@pytest.mark.parametrize("name", ["出生性别比", "出生人口性别比（女=100）", "出生人口性别比(以女性为100)"])
def test_the_sex_ratio_cap_holds_under_its_other_names(tmp_path: Path, name: str):
    """107左右 passed 112.3 under 出生性别比 and the yearbook's 出生人口性别比（女=100）: the cap was found by the exact
    catalogue name only, so the ±5% band came back. The short name is an alias; a reference note is set aside."""
    plan = _no_unit(indicator_plan(name, "", "neutral", "107左右"))
    row = _results(tmp_path, plan, _series(name, ((2025, 112.3),)))[0]
    assert row["status"] == "fail", row["reason"]


@pytest.mark.parametrize(("name", "unit", "text", "base", "latest"), [
    ("成人吸烟率", "%", "比2020年下降120个百分点", 26.6, 20),
    ("甲类传染病发病人数", "人", "比2020年减少150人", 100, 0),
    ("婴儿死亡率", "‰", "比2020年下降150‰", 5.4, 4),
    ("婴儿死亡率", "‰", "比2020年下降6个千分点", 5.4, 0),
])
def test_a_fall_larger_than_the_base_is_not_judged_below_nought(tmp_path: Path, name: str, unit: str, text: str,
                                                                base: float, latest: float):
    """下降6个千分点 from 5.4‰ failed a value of 0 (the best there is) against ≤ -0.6‰: a target below the least the
    indicator can take is n/a, naming the base and the fall, not a fail nobody could avoid."""
    row = _results(tmp_path, indicator_plan(name, unit, "down", text),
                   _series(name, ((2020, base), (2025, latest))))[0]
    assert row["status"] == "n/a", row["reason"]
    assert "低于该指标可能的最低值" in row["reason"]["zh"] and "2020" in row["reason"]["zh"]
    assert "below the least this indicator can take" in row["reason"]["en"]


def test_a_yearly_pace_of_nought_is_judged_as_the_base_level(tmp_path: Path):
    """年均下降0个百分点 with 26.6 → 26.7 failed "实际/所需 = -1 < 0" — a ratio over a required pace of 0; 比2020年下降0个
    百分点 warns the same hair a near miss. It is judged as that level now, with no ratio."""
    plan = indicator_plan("成人吸烟率", "%", "down", "年均下降0个百分点")
    row = _results(tmp_path, plan, _series("成人吸烟率", ((2020, 26.6), (2023, 26.7))), "--as-of", "2023")[0]
    assert row["status"] == "warn", row["reason"]
    assert "所需" not in row["reason"]["zh"].split("：")[-1] and "-1" not in row["reason"]["zh"]
    assert "ratio" not in row["evidence"] and "≤ 26.6%" in row["reason"]["zh"]


def test_a_step_that_fell_too_little_says_so(tmp_path: Path):
    """逐年下降 of the sex ratio 117.94 → 117.78 (−0.14%, under its flat share) read "没有下降（-0.14%）" over a printed
    fall; it says the step fell too little, and by what share it had to."""
    plan = _no_unit(indicator_plan("出生人口性别比", "", "down", "逐年下降"))
    values = (117.94, 117.78, 117.70, 117.60, 115.88)
    row = _results(tmp_path, plan, _series("出生人口性别比", zip(range(2020, 2025), values)), "--as-of", "2024")[0]
    assert row["status"] == "warn"
    assert "下降不足（-0.14%，不到0.17%）" in row["reason"]["zh"] and "没有下降" not in row["reason"]["zh"]
    assert "falls too little in 2020–2021 (-0.14%, under 0.17%)" in row["reason"]["en"]
