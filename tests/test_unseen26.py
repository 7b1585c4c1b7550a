"""Twenty-sixth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.language.grammar import parse_target
from files import HEAD, written


def _reading(phrase: str, unit: str = "%", direction: str = "down"):
    rule = parse_target(phrase, unit=unit, direction=direction)
    return rule.kind, rule.op, rule.value, rule.year, rule.base_year


@pytest.mark.parametrize("phrase", ["2020年基线值为15%", "基期水平为80岁", "2025年基线值为15%以上"])
def test_a_value_stated_as_the_baseline_is_no_target(phrase):
    """`2020年基线值为15%` was read as a 2020 target of ≥ 15%: a base year's fact, as a plan's text states it
    beside its targets, is no promise."""
    with pytest.raises(CheckerError):
        _reading(phrase, "岁" if "岁" in phrase else "%", "up")


#: beds per 1,000 residents, in the bare counting word a statistical table prints (张), with a 2025 floor
BEDS = HEAD + """\
  - id: beds_per_1000
    name: {zh: 每千常住人口医疗卫生机构床位数}
    unit: 张
    direction: up
    targets:
      2025: {text: "≥7.7"}
"""


@pytest.mark.parametrize("row, place", [
    ("甲市,每千常住人口医疗卫生机构床位数,2025,1017.4,万张", "万张 counts a total"),
    ("甲市,每千常住人口医疗卫生机构床位数,2025,10174000,张", "which a rate per so many people is written in too"),
])
def test_a_total_is_no_value_of_a_rate_per_so_many_people(tmp_path, row, place):
    """A yearbook's total of 1017.4 万张 beds, given for 每千常住人口医疗卫生机构床位数 (张), was read as 10,174,000
    beds per 1,000 residents and passed ≥ 7.7; so did 10,174,000 in 张, though the same number with no unit was
    refused as a thousandfold slip. 张 for such an indicator says no more than no unit: a rate or a total."""
    result = CliRunner().invoke(main, ["check", written(tmp_path, BEDS, "plan.yaml"),
                                       written(tmp_path, f"地区,指标,年份,数值,单位\n{row}\n"), "--format", "json"])
    assert result.exit_code == 2 and place in result.output and ":2:" in result.output


@pytest.mark.parametrize("row, status", [("6.9,张", "fail"), ("7.8,张/千人", "pass"), ("78,张/万人", "pass"),
                                         ("7.8,", "pass")])
def test_the_rate_itself_still_reads_in_its_counting_word_and_its_own_units(tmp_path, row, status):
    result = CliRunner().invoke(main, ["check", written(tmp_path, BEDS, "plan.yaml"), written(
        tmp_path, f"地区,指标,年份,数值,单位\n甲市,每千常住人口医疗卫生机构床位数,2025,{row}\n"), "--format", "json"])
    assert [found["status"] for found in json.loads(result.stdout)["results"]] == [status], result.output
