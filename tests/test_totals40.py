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
