"""Thirty-fourth round: plans, data and files the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target
from files import drafted_of, written


# --- extract: names ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Under 5 mortality rate", "Under five mortality rate", "under5 mortality rate",
                                  "Under‑5 mortality rate"])
def test_an_english_name_matches_the_catalogue_however_its_words_are_joined(name):
    """"Under 5 mortality rate" stayed an uncatalogued name (direction guessed, no unit) though the catalogue knows
    Under-5 mortality rate: a hyphen, a space or nothing between a word and a figure joins the same words."""
    assert drafted_of(f"Targets\n\nBy 2030, {name} should fall to 22 per 1,000 live births.\n") == {
        ("5岁以下儿童死亡率", 2030, "should fall to 22 per 1,000 live births")}


@pytest.mark.parametrize("sentence, drafted", [
    ("到2025年，新建五个以上社区医院。", {("新建社区医院", 2025, "新建五个以上")}),
    ("到2025年，新建两所县级医院和三个社区卫生服务中心。",
     {("新建县级医院", 2025, "新建两所"), ("新建社区卫生服务中心", 2025, "三个")}),
    ("到2025年，建设十个示范社区。", {("示范社区", 2025, "十个")}),
])
def test_a_count_made_in_chinese_numerals_is_drafted_as_its_digits_would_be(sentence, drafted):
    """新建五个以上社区医院 was lost without a word (新建5个以上社区医院 was drafted): a count written in Chinese numerals
    after a verb of making is a target the same way."""
    assert drafted_of(f"某市卫生健康规划\n\n{sentence}\n") == drafted


@pytest.mark.parametrize("phrase, op, value", [("五个以上", ">=", 5), ("两所", "≈", 2), ("至少建成两所", ">=", 2),
                                               ("十个", "≈", 10)])
def test_a_count_in_chinese_numerals_reads_as_in_digits(phrase, op, value):
    """五个以上 and 至少建成两所 were refused, though 5个以上 and 至少建成2所 read."""
    rule = parse_target(phrase)
    assert (rule.op, rule.value) == (op, value)


@pytest.mark.parametrize("phrase", ["三级医院", "一个新水平", "十四五"])
def test_a_numeral_in_a_name_is_no_count(phrase):
    """Numerals that are part of a name stay unread."""
    with pytest.raises(CheckerError):
        parse_target(phrase)


@pytest.mark.parametrize("phrase, change", [("新建三个", "比2020年增加3"), ("改扩建3个", "比2020年增加3"),
                                            ("新增十二个", "比2020年增加12"), ("每年新增500个", "每年增加500")])
def test_a_count_added_in_any_words_is_warned_as_read_for_the_total(tmp_path, phrase, change):
    """新建三个 (read as ≥ 3 since this round's numerals) and 改扩建3个 were read as the level of a total the plan starts
    above, without the warning 新建3个 gets; 每年新增500个's hint said to write 比2020年增加500, one year's change."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan

    plan = indicator_plan("社区卫生服务中心数", "个", "up", phrase, baseline="{2020: 800}")
    output = CliRunner().invoke(main, ["lint", written(tmp_path, plan, "plan.yaml")]).output
    assert "[added-to-total]" in output and f"({change}个)" in output, output


@pytest.mark.parametrize("phrase", ["三年累计下降10%", "十年累计下降10%", "三年来累计下降10%", "五年来下降10%"])
def test_a_span_of_years_before_the_change_is_refused(phrase):
    """三年累计下降10% was read as a fall of 10% from the plan's base year, 三年累计 its name (3年累计 was refused);
    三年来… tells what happened over the years just past."""
    with pytest.raises(CheckerError):
        parse_target(phrase, unit="%", direction="down")
