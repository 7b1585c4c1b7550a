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
