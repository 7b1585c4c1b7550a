"""Twenty-fifth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from files import drafted_targets, written

ROOT = Path(__file__).resolve().parent.parent

_drafted = drafted_targets  # (indicator name, year, target text, review notes); [] if refused

#: a plan's head: its region 甲市, based in 2020, one target year 2025
HEAD = """\
plan:
  id: test
  title: {zh: 测试规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
"""


def _statuses(tmp_path: Path, plan: str, data: str, *options: str) -> list[str]:
    """The status of every result ``checker check --format json`` gives for ``plan`` and ``data`` (texts)."""
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data),
                                       "--as-of", "2025", "--format", "json", *options])
    assert result.exit_code in (0, 1), result.output
    return [found["status"] for found in json.loads(result.stdout)["results"]]


@pytest.mark.parametrize("unit, name", [("平方米", "人均体育场地面积"), ("分钟", "急救平均反应时间"),
                                        ("公里", "急救服务半径"), ("元", "人均基本公共卫生服务经费")])
def test_a_one_in_a_measure_is_no_yes_for_a_deliverable(tmp_path, unit, name):
    """A deliverable (实现) of an indicator in 平方米, 分钟, 公里 or 元 passed on a data cell of 1: one square
    metre, one minute or one yuan is a measure, not "yes, done" (one 个 or 家 built still is)."""
    plan = HEAD + f"""\
  - id: x
    name: {{zh: {name}}}
    unit: {unit}
    direction: up
    targets:
      2025: {{text: "实现"}}
"""
    assert _statuses(tmp_path, plan, f"地区,指标,年份,数值,单位\n甲市,{name},2025,1,{unit}\n") == ["n/a"]
    counted = plan.replace(f"unit: {unit}", "unit: 个").replace(name, "县级急救中心")
    assert _statuses(tmp_path, counted, "地区,指标,年份,数值,单位\n甲市,县级急救中心,2025,1,个\n") == ["pass"]


def test_an_english_name_of_a_part_under_the_wholes_id_is_matched_by_its_own_name(tmp_path):
    """`id: life_expectancy` named "Life expectancy of women" passed on the whole population's 人均预期寿命 row:
    the English name of a part (women, rural, urban …) under the whole's catalogue id is matched by its own names
    only, as 女性人均预期寿命 is, and lint says why."""
    plan = HEAD + """\
  - id: life_expectancy
    name: {en: Life expectancy of women}
    unit: 岁
    direction: up
    targets:
      2025: {text: "≥82岁"}
"""
    assert _statuses(tmp_path, plan, "地区,指标,年份,数值,单位\n甲市,人均预期寿命,2025,83,岁\n") == ["n/a"]
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.yaml")])
    assert "Life expectancy of women, counts a part of its people" in result.output
    whole = plan.replace("Life expectancy of women", "Life expectancy at birth (years)")
    assert _statuses(tmp_path, whole, "地区,指标,年份,数值,单位\n甲市,人均预期寿命,2025,83,岁\n") == ["pass"]
