"""Fortieth round: a count summed over places (床位数 in 张, 卫生技术人员 in 万人) against 全省平均 — the 全省 row of a
yearbook is the province's total, and each city failed against it (45,465 beds against 489,677). Such a target is n/a with
the reason; a rate (每千人口床位数, …率, 人均…) is compared as before."""

from __future__ import annotations

import json

import pytest

from files import check, written

_PLAN = """\
plan:
  id: test
  title: {zh: 测试规划}
  region: 甲市
  base_year: 2012
  target_years: [2013]
  references: {province: 乙省}
indicators:
  - id: ind
    name: {zh: NAME}
    UNIT
    direction: up
    targets:
      2013: {text: "高于全省平均水平"}
"""


def _run(tmp_path, name: str, unit: str | None, own: str, province: str):
    plan = _PLAN.replace("NAME", name).replace("UNIT", f'unit: "{unit}"' if unit else "")
    data = written(tmp_path, f"地区,指标,年份,数值\n甲市,{name},2013,{own}\n乙省,{name},2013,{province}\n")
    result = check(written(tmp_path, plan, "plan.yaml"), data, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["results"][0]


@pytest.mark.parametrize("name, unit", [("医疗卫生机构床位数", "张"), ("卫生技术人员", "万人"), ("床位数", None)])
def test_a_count_against_the_provinces_total_is_not_compared(tmp_path, name, unit):
    row = _run(tmp_path, name, unit, "45465" if unit != "万人" else "8.2", "489677" if unit != "万人" else "82.0")
    assert row["status"] == "n/a" and "total" in row["reason"]["en"]


@pytest.mark.parametrize("name, unit", [("每千人口医疗卫生机构床位数", "张/千人"), ("孕产妇系统管理率", "%"),
                                        ("人均基本公共卫生服务经费", "元")])
def test_a_rate_or_an_amount_per_person_is_compared(tmp_path, name, unit):
    row = _run(tmp_path, name, unit, "7.5", "6.9")
    assert row["status"] == "pass", row


_FAR = """\
plan:
  id: ng
  title: {en: Nigeria SDG}
  region: Nigeria
  base_year: 2015
  target_years: [2030]
indicators:
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2030: {text: "≤70/10万"}
  - id: u5
    name: {zh: 5岁以下儿童死亡率}
    unit: ‰
    direction: down
    targets:
      2030: {text: "≤25‰"}
  - id: beds
    name: {zh: 每千人口医疗卫生机构床位数}
    unit: 张/千人
    direction: up
    targets:
      2030: {text: "≥6.5"}
"""


def test_a_real_rate_ten_times_off_its_goal_fails_and_a_slipped_count_per_people_is_set_aside(tmp_path):
    """Second-wave F0: Nigeria's maternal mortality (1,047/10万, 2020) and an under-5 rate of 115‰ are real levels ten
    times their SDG goals — a fail, not a slip; 65 beds per 1,000 for 6.5 is a slip (far beyond its range)."""
    data = written(tmp_path, "region,indicator,year,value\nNigeria,孕产妇死亡率,2030,1047\n"
                             "Nigeria,5岁以下儿童死亡率,2030,115\nNigeria,每千人口医疗卫生机构床位数,2030,65\n")
    result = check(written(tmp_path, _FAR, "plan.yaml"), data, "--as-of", "2030", "--format", "json")
    assert result.exit_code == 1, result.output
    status = {row["indicator"]: row["status"] for row in json.loads(result.output)["results"]}
    assert status == {"mmr": "fail", "u5": "fail", "beds": "n/a"}
