"""Issue 13: plans beyond the five it was built on — references outside the plan's regions, a plan
written in English, a data file in traditional characters."""

from __future__ import annotations

import json

from checker.judge.engine import evaluate
from checker.plan.loader import load_plan
from checker.data.observations import observations_from_records


def _plan(tmp_path, head_extra: str, indicators: str, region: str = "甲市"):
    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan:\n  id: beyond\n  title: {zh: 测试, en: Test}\n"
        f"  region: {region}\n  base_year: 2020\n  target_years: [2030]\n{head_extra}indicators:\n{indicators}",
        encoding="utf-8")
    return load_plan(path)


LIFE = """\
  - id: life
    name: {zh: 人均预期寿命, en: life expectancy}
    unit: 岁
    direction: up
    targets:
      2030: {text: "%s", source: {line: 1, quote: "%s"}}
"""


def _judge(plan, rows):
    return evaluate(plan, observations_from_records(rows)).results[0]


def test_named_reference_from_a_data_row(tmp_path):
    plan = _plan(tmp_path, "  references: {province: 乙省, high_income: 高收入国家}\n",
                 LIFE % ("达到高收入国家平均水平", "达到高收入国家平均水平"))
    rows = [{"region": "甲市", "indicator": "人均预期寿命", "year": 2030, "value": 81},
            {"region": "高收入国家", "indicator": "人均预期寿命", "year": 2030, "value": 80.5}]
    result = _judge(plan, rows)
    assert (result.kind, result.status) == ("vs_reference", "pass")
    assert result.evidence["reference"]["region"] == "高收入国家"
    assert result.evidence["reference"]["value"] == 80.5
    rows[0]["value"] = 75
    assert _judge(plan, rows).status == "fail"


def test_named_reference_from_a_declared_value(tmp_path):
    plan = _plan(tmp_path, "  reference_values: {国际先进: {2030: 82}}\n", LIFE % ("达到国际先进水平", "达到国际先进水平"))
    result = _judge(plan, [{"region": "甲市", "indicator": "life", "year": 2030, "value": 82.5}])
    assert (result.kind, result.status) == ("vs_reference", "pass")
    assert result.evidence["reference"]["value"] == 82


def test_named_reference_without_a_value_is_na_naming_it(tmp_path):
    plan = _plan(tmp_path, "", LIFE % ("稳居全国前列", "稳居全国前列"))
    result = _judge(plan, [{"region": "甲市", "indicator": "life", "year": 2030, "value": 82.5}])
    assert (result.kind, result.status) == ("vs_reference", "n/a")
    assert "全国前列" in result.reason.zh and "全国前列" in result.reason.en
    assert "reference_values" in result.reason.en


def test_a_plan_written_in_english_checks_against_chinese_data(tmp_path):
    indicators = """\
  - id: smoking
    name: {zh: Smoking rate of people aged 15 and above, en: Smoking rate of people aged 15 and above}
    aliases: [15岁以上人群吸烟率]
    unit: "%"
    direction: down
    targets:
      2030: {text: "no more than 20%", source: {line: 1, quote: "no more than 20%"}}
  - id: literacy
    name: {zh: Health literacy level, en: Health literacy level}
    aliases: [居民健康素养水平]
    unit: "%"
    direction: up
    baseline: {2020: 20}
    targets:
      2030: {text: "increase by 10 percentage points compared with 2020", source: {line: 2, quote: "x"}}
"""
    plan = _plan(tmp_path, "", indicators, region="Jia City")
    rows = [{"region": "Jia City", "indicator": "15岁以上人群吸烟率", "year": 2030, "value": 19},
            {"region": "Jia City", "indicator": "Health literacy level", "year": 2030, "value": 31}]
    results = evaluate(plan, observations_from_records(rows)).results
    smoking, literacy = results
    assert (smoking.kind, smoking.status) == ("upper_bound", "pass")
    assert (literacy.kind, literacy.evidence["goal"]) == ("vs_baseline", 30)
    assert literacy.status == "pass"  # 31 ≥ 20 + 10


def test_traditional_data_names_match_a_simplified_plan(tmp_path):
    plan = _plan(tmp_path, "  references: {province: 广东省}\n", LIFE % ("高于全省平均水平", "高于全省平均水平"),
                 region="广州市")
    rows = [{"region": "廣州市", "indicator": "人均預期壽命", "year": 2030, "value": 82},
            {"region": "廣東省", "indicator": "人均預期壽命", "year": 2030, "value": 79}]
    result = _judge(plan, rows)
    assert (result.region, result.kind, result.status) == ("广州市", "vs_reference", "pass")
    assert json.dumps(result.evidence, ensure_ascii=False).count("广东省") >= 1
