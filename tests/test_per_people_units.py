"""A count per so many people (每千人口执业医师数 in 人/千人) written with its counting word alone: a target
cell says 达到3.2人, a statistical table's unit column says 人. Both were refused (人 is not 人/千人); the
number is in the indicator's own frame. Another counting word (张 for 人/千人) is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data.readers import read_observations
from checker.errors import CheckerError
from checker.judge.engine import evaluate
from checker.language.grammar import parse_target
from checker.language.units import counts_per_people
from checker.plan.loader import load_plan


@pytest.mark.parametrize("count, rate, same", [("人", "人/千人", True), ("张", "张/万人", True), ("人", "人/10万人", True),
                                               ("张", "人/千人", False), ("人", "人", False), ("万人", "人/千人", False),
                                               ("人", "1/10万", False), ("人", "%", False)])
def test_a_counting_word_stands_for_its_rate(count: str, rate: str, same: bool) -> None:
    assert counts_per_people(count, rate) is same


def test_a_target_cell_with_the_counting_word_reads_in_the_indicators_frame() -> None:
    rule = parse_target("达到3.2人", "人/千人", "up")
    assert (rule.kind, rule.op, rule.value, rule.unit) == ("reach", ">=", 3.2, "人/千人")
    with pytest.raises(CheckerError):
        parse_target("达到3.2张", "人/千人", "up")


PLAN = """\
plan:
  id: doctors
  title: {zh: 医师}
  region: 甲县
  base_year: 2020
  target_years: [2025]
indicators:
  - id: doctors
    name: {zh: 每千人口执业（助理）医师数}
    unit: 人/千人
    direction: up
    targets:
      2025: {text: "达到3.2人"}
"""


def _judged(tmp_path: Path, plan: str, row: str):
    """The one result of ``plan`` judged on a data file of one row (地区,指标,年份,数值,单位)."""
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值,单位\n" + row + "\n", encoding="utf-8")
    [result] = evaluate(load_plan(str(tmp_path / "plan.yaml")), read_observations(str(data))).results
    return result


def test_a_tables_unit_column_with_the_counting_word(tmp_path: Path) -> None:
    result = _judged(tmp_path, PLAN, "甲县,每千人口执业（助理）医师数,2025,3.3,人")
    assert (result.status, result.value) == ("pass", 3.3)
    with pytest.raises(CheckerError):
        _judged(tmp_path, PLAN, "甲县,每千人口执业（助理）医师数,2025,3.3,张")


@pytest.mark.parametrize("written, unit", [("每10万", "1/10万"), ("每千人口", "1/千人"), ("张/每千人", "张/千人"),
                                           ("人/每千人口", "人/千人"), ("每10万活产", "1/10万活产")])
def test_a_unit_written_with_mei_is_a_rate(written: str, unit: str) -> None:
    from checker.language.units import canonical

    assert canonical(written) == unit


def test_a_name_bracket_and_a_unit_column_that_mean_one_unit_agree(tmp_path: Path) -> None:
    """精神科医师（每10万人口） with the unit column 1/10万: one unit written two ways, not a disagreement."""
    plan = PLAN.replace("每千人口执业（助理）医师数", "精神科医师数").replace("人/千人", "1/10万").replace("达到3.2人", "≥3.8")
    result = _judged(tmp_path, plan, "甲县,精神科医师数（每10万人口）,2025,4.1,1/10万")
    assert (result.status, result.value) == ("pass", 4.1)
    with pytest.raises(CheckerError):  # a unit column that disagrees with the name's bracket is still refused
        _judged(tmp_path, plan, "甲县,精神科医师数（每10万人口）,2025,4.1,‰")
