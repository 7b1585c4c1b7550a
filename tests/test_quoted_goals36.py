"""Goals quoted inside a sentence that reports them (round 36): a news report of a work report's 十四五 goals
(``…介绍该省“十四五”时期经济社会发展的主要目标。其中就包括“人均预期寿命超过80岁”。``) lost its headline goal without
a word, and a lead that names the goals (``…的主要目标包括``) was drafted as the indicator's name."""

from __future__ import annotations

from files import drafted_of, drafted_targets, extract_refusal

QUOTED = "a goal a report quotes"


def test_a_goal_quoted_after_its_lead_is_drafted_for_the_period_named_before():
    """``其中就包括“人均预期寿命超过80岁”`` after a sentence naming the 十四五 goals was read as a detail (其中…) of
    the sentence before and dropped: the text was refused as having no target, the whole report drafted without its
    headline goal. The quoted words are the goal, set for 2025 (the goals named before it), flagged as quoted."""
    text = ("浙江省长作政府工作报告时介绍该省“十四五”时期经济社会发展的主要目标。"
            "其中就包括“人均预期寿命超过80岁”。\n")
    drafted = drafted_targets(text)
    assert [(name, year, words) for name, year, words, _ in drafted] == [("人均预期寿命", 2025, "超过80岁")]
    assert QUOTED in drafted[0][3]
    assert extract_refusal(text) == ""


def test_each_goal_of_a_quoted_list_is_drafted_and_a_quoted_name_beside_them_is_not():
    """``其中包括“A”、“B”`` and ``提出“健康浙江”和“A”``: every quoted goal with a number is a target (the second was
    skipped as a name in quotes); a name in quotes beside them (健康浙江) sets nothing."""
    listed = drafted_of("报告介绍了“十四五”时期的主要目标，其中包括“人均预期寿命超过80岁”、“婴儿死亡率低于5‰”。\n")
    assert listed == {("人均预期寿命", 2025, "超过80岁"), ("婴儿死亡率", 2025, "低于5‰")}
    beside = drafted_of("“十四五”规划提出“健康浙江”和“人均预期寿命超过80岁”。\n")
    assert beside == {("人均预期寿命", 2025, "超过80岁")}


def test_a_quoted_goal_that_a_comma_cuts_keeps_its_own_year():
    """``其中包括“到2025年，人均预期寿命超过80岁”``: the quote's own year leads the goal (the text was refused as
    having no target year); the goal names its year, so no note on the year is needed."""
    drafted = drafted_targets("报告介绍了主要目标。其中包括“到2025年，人均预期寿命超过80岁”。\n")
    assert [(name, year, words) for name, year, words, _ in drafted] == [("人均预期寿命", 2025, "超过80岁")]
    assert not drafted[0][3]


def test_a_lead_naming_the_goals_is_no_part_of_the_name():
    """``“十四五”时期经济社会发展的主要目标包括人均预期寿命超过80岁`` named the indicator
    ``“十四五”时期经济社会发展的主要目标包括人均预期寿命`` (and ``…主要指标有``, ``…目标是`` the same): the lead names the
    goals as a whole and gives their year; the name is what follows it. A measure's own 目标为 keeps its name."""
    assert drafted_of("“十四五”时期经济社会发展的主要目标包括人均预期寿命超过80岁。\n") == {("人均预期寿命", 2025, "超过80岁")}
    assert drafted_of("“十四五”时期的主要指标有人均预期寿命超过80岁，婴儿死亡率低于5‰。\n") == {
        ("人均预期寿命", 2025, "超过80岁"), ("婴儿死亡率", 2025, "低于5‰")}
    assert drafted_of("2026年全市发展的主要目标是人均预期寿命超过80岁。\n") == {("人均预期寿命", 2026, "超过80岁")}
    assert drafted_of("到2025年，人均预期寿命的目标为达到80岁。\n") == {("人均预期寿命", 2025, "达到80岁")}
