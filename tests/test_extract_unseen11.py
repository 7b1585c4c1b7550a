"""Eleventh round of unseen texts (English translations and list-form texts): each test's sentences are
written for it, in the forms those texts use."""

from __future__ import annotations

from drafts import drafted_from as _drafted


def test_bulleted_lines_are_separate_items():
    """A bulleted list of goals, one per line and none ending in punctuation, ran the first line into the next
    (…少于60人• 到2030年) and drafted the joined text as one target. A line that opens with a bullet starts an
    item of its own."""
    text = ("样例目标\n\n"
            "  • 到2030年，将全国城乡婴儿死亡率降至每1000名活产少于4人\n"
            "  • 到2030年，通过预防和及早治疗，将道路交通事故死亡人数减少三分之一\n"
            "  • 到2030年，将全国城乡新生儿死亡率降至每1000名活产少于2人\n")
    drafted = _drafted(text)
    assert all("•" not in words for _, _, words in drafted)
    assert ("道路交通事故死亡人数", 2030, "减少三分之一") in drafted


def test_items_under_a_lead_that_points_to_them_are_each_drafted_for_its_year():
    """A lead holding the year (到2025年，全县要实现以下目标：) and items marked （一）（二）… each ending in ；
    were taken for headings: the items were skipped, the lead's year was lost for the last one, and the lead
    itself was drafted as a target named 以下目标."""
    for blank in ("", "\n"):
        text = ("到2025年，全县要实现以下目标：\n" + blank + "（一）孕产妇系统管理率达到92%以上；\n" + blank
                + "（二）婴儿死亡率控制在5‰以内；\n" + blank + "（三）65岁以上老年人健康管理率达到70%。\n")
        drafted = _drafted(text)
        assert {name for name, _, _ in drafted} == {"孕产妇系统管理率", "婴儿死亡率", "65岁以上老年人健康管理率"}
        assert {year for _, year, _ in drafted} == {2025}


def test_a_heading_shaped_like_an_item_is_still_a_heading():
    text = ("（一）主要指标\n到2025年，孕产妇系统管理率达到92%以上。\n")
    assert _drafted(text) == {("孕产妇系统管理率", 2025, "达到92%以上")}


def test_an_item_number_before_a_number_is_the_items_not_a_decimal():
    """2.15岁以上人群吸烟率 after the item 1.…：the 2. numbers the item; the name is 15岁以上人群吸烟率."""
    text = "到2025年，主要目标如下：\n1.人均预期寿命达到79岁；\n2.15岁以上人群吸烟率降至20%以下。\n"
    names = {name for name, _, _ in _drafted(text)}
    assert names == {"人均预期寿命", "15岁以上人群吸烟率"}


def test_a_lead_before_ba_or_jiang_is_no_part_of_the_name():
    """力争把人均预期寿命提高到80岁 named its indicator 把人均预期寿命 (and 政府计划将… kept 政府计划将): the
    words up to 把, or a verb of intent before 将, are no part of the name; 把我市建成… still drafts what is built."""
    assert _drafted("到2030年，力争把人均预期寿命提高到80岁。\n") == {("人均预期寿命", 2030, "提高到80岁")}
    assert _drafted("到2030年，要把全省的婴儿死亡率降到4‰以下。\n") == {("婴儿死亡率", 2030, "降到4‰以下")}
    assert _drafted("到2030年，政府计划将孕产妇死亡率降至10/10万。\n") == {("孕产妇死亡率", 2030, "降至10/10万")}
    assert {name for name, _, _ in _drafted("到2030年，把我县建成国家级健康促进县。\n")} == {"国家级健康促进县"}
