"""Thirty-fourth round: body-text targets lost without a word, or drafted as junk (extract)."""

from __future__ import annotations

import pytest

from files import drafted_of, drafted_targets


def test_short_item_lines_between_blank_lines_are_not_one_wrapped_paragraph():
    """Three headings of 13 characters among item lines of 21 were taken for a text wrapped at 13: the headings and
    the items under them were joined into one "target" (the heading in its name), 人均预期寿命提高到80岁 lost inside
    it and the 2026 item not drafted nor counted as left out."""
    text = ("2026年政府工作报告要点\n\n二、“十五五”时期主要目标\n\n单位国内生产总值二氧化碳排放累计降低17%\n\n"
            "人均预期寿命提高到80岁\n\n三、2026年主要预期目标\n\n单位国内生产总值二氧化碳排放降低3.8%左右\n")
    drafted = drafted_of(text)
    assert ("人均预期寿命", 2030, "提高到80岁") in drafted
    assert {(year, words) for _, year, words in drafted} == {
        (2030, "降低17%"), (2030, "提高到80岁"), (2026, "降低3.8%左右")}
    assert not any("目标" in name for name, _, _ in drafted)


@pytest.mark.parametrize("clause, name, words", [
    ("孕产妇死亡率年年下降", "孕产妇死亡率", "年年下降"),
    ("人均预期寿命年年提高", "人均预期寿命", "年年提高"),
    ("人均预期寿命年年有提升", "人均预期寿命", "年年有提升"),
    ("人均预期寿命逐年有提升", "人均预期寿命", "逐年有提升"),
])
def test_a_yearly_trend_after_a_name_as_zhunian_is(clause, name, words):
    """`孕产妇死亡率年年下降` was lost without a word (the name ran on into 年年, then refused as a yearly change) and
    `人均预期寿命年年有提升` was named `人均预期寿命年年有`: 年年, 年年有 and 逐年有 start a target as 逐年 does."""
    assert drafted_of(f"某县卫生健康规划\n\n到2030年，婴儿死亡率逐年下降，{clause}。\n") == {
        ("婴儿死亡率", 2030, "逐年下降"), (name, 2030, words)}


def test_a_count_built_after_will_and_a_whole_place_up_to_standard_are_drafted():
    """`到2030年将建成10家以上省级专病中心和高水平医疗中心` and `全市疾控机构标准化全达标` were dropped without a word: the
    year's lead ran on into 将建成 (only 建成 was cut from it), one count before two things listed was not read, and
    全达标 (all up to standard, as 全部达标) was no target word."""
    drafted = drafted_of("某市卫生健康规划\n\n到2030年，居民健康素养水平达到40%。到2030年将建成10家以上省级专病中心和"
                         "高水平医疗中心。\n\n到2025年，全市疾控机构标准化全达标，每千常住人口床位数达到6.6张。\n")
    assert drafted == {("居民健康素养水平", 2030, "达到40%"), ("省级专病中心和高水平医疗中心", 2030, "10家以上"),
                       ("疾控机构标准化", 2025, "全达标"), ("每千常住人口床位数", 2025, "达到6.6张")}


def test_quan_dabiao_starts_the_target_but_keeps_the_quan_of_a_word():
    """`疾控机构全达标` was read with 全 in its name; 全达标 starts the target now, but not the 全 of 安全 or 健全
    (食品安全达标 keeps its name whole)."""
    from checker.language.grammar import parse_target

    assert parse_target("全市疾控机构全达标").subject == "全市疾控机构"
    assert parse_target("食品安全达标").subject == "食品安全"
    assert parse_target("制度健全达标").subject == "制度健全"
