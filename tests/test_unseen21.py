"""Twenty-first round: verdicts, phrases, texts and files from plans the project had not seen; each test's
words are written for it."""

from __future__ import annotations

import pytest

from checker.data.observations import observations_from_records
from checker.judge.engine import evaluate
from checker.language import units
from checker.language.grammar import parse_target
from checker.plan.loader import load_plan
from drafts import draft_from, drafted_from

PLAN = """\
plan:
  id: test
  title: {{zh: 测试规划, en: Test plan}}
  region: 甲县
  base_year: 2020
  target_years: [2025]
indicators:
  - id: {id}
    name: {{zh: {name}, en: A measure}}
    unit: "{unit}"
    direction: up
    targets:
      2025:
        text: "{text}"
        source: {{line: 1, quote: "{text}"}}
"""


def _result(tmp_path, text: str, rows: list[dict], *, name: str = "劳动年龄人口平均受教育年限", unit: str = "年",
            id: str = "schooling"):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(text=text, unit=unit, name=name, id=id), encoding="utf-8")
    return evaluate(load_plan(path), observations_from_records(rows)).results[0]


# --- 年: years of schooling, and a life expectancy written in years -----------------------------------------

@pytest.mark.parametrize("phrase, op, value", [
    ("达到11.3年以上", ">=", 11.3),
    ("11.3年", None, 11.3),
    ("到2030年达到12年", None, 12),   # 2030年 is the year; 12年 the value
    ("≥10.5年", ">=", 10.5),
])
def test_years_of_schooling_are_read_in_years(phrase, op, value):
    rule = parse_target(phrase, unit="年", direction="up")
    assert rule.value == pytest.approx(value)
    if op:
        assert rule.op == op


def test_a_year_is_never_read_as_an_amount_of_years():
    """`2030年` right after a number's place is the year 2030: a phrase that sets no value for it is refused,
    not read as a target of 2030 years."""
    with pytest.raises(Exception) as caught:
        parse_target("2030年", unit="年", direction="up")
    assert "2030" in str(caught.value)


def test_years_convert_one_to_one_into_years_of_age():
    assert units.canonical("年") == "年"
    assert units.convert(78.5, "年", "岁") == pytest.approx(78.5)
    assert units.display("年") == "年"  # written as the plan writes it, not as 岁


def test_a_life_expectancy_given_in_years_is_judged(tmp_path):
    """A statistics table's `人均预期寿命（年）` is the same measure as the plan's 岁."""
    result = _result(tmp_path, "≥79岁", [{"indicator": "人均预期寿命（年）", "year": 2025, "value": 79.4}],
                     name="人均预期寿命", unit="岁", id="life_expectancy")
    assert result.status == "pass" and result.value == pytest.approx(79.4)


@pytest.mark.parametrize("value, status", [(11.0, "pass"), (10.7, "warn"), (10.2, "fail")])
def test_around_in_years_of_schooling_is_at_most_half_a_year(tmp_path, value, status):
    """`11.3年左右`: 5% of 11.3 would be 0.57 years; the cap in rules/policy.yaml keeps it to half a year."""
    rows = [{"indicator": "劳动年龄人口平均受教育年限", "year": 2025, "value": value}]
    assert _result(tmp_path, "11.3年左右", rows).status == status


def test_a_body_sentence_in_years_of_schooling_is_drafted():
    drafted = drafted_from("到2025年，劳动年龄人口平均受教育年限达到11.3年，人均预期寿命达到79岁。\n")
    assert ("劳动年龄人口平均受教育年限", 2025, "达到11.3年") in drafted
    assert ("人均预期寿命", 2025, "达到79岁") in drafted
    years = next(i for i in draft_from("到2025年，劳动年龄人口平均受教育年限达到11.3年。\n").indicators)
    assert years["unit"] == "年"
