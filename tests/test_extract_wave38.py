"""Thirty-eighth round, second wave: the round's own extract changes, as a tester met them.

A district's plan heading its own goals (健康龙岗2030主要目标 of 深圳市龙岗区) and a province's named by its own nickname
(健康龙江 of 黑龙江省) were read as another region's plan, and their targets left out; so were the special actions'
titles (健康知识普及行动), which name no place; and any province's short name was cut from a measure's name, so two
provinces' targets became one indicator of the plan's own.
"""

from __future__ import annotations

import pytest

from drafts import draft_from, drafted, drafted_from


@pytest.mark.parametrize("issuer, heading", [
    ("深圳市龙岗区人民政府", "一、健康龙岗2030主要目标"),
    ("榆林市榆阳区人民政府", "一、健康榆阳行动主要目标"),
    ("中共黑龙江省委 黑龙江省人民政府", "一、“健康龙江2030”主要目标"),
    ("成都市人民政府", "附：健康蓉城2030主要指标"),
])
def test_a_plans_own_heading_is_its_own(issuer, heading):
    """The region found with its city before it (深圳市龙岗区) or a heading naming it by its nickname (龙江 of 黑龙江省):
    the plan's own goals, drafted (they were left out as another region's)."""
    words = drafted_from(f"卫生健康发展规划\n\n{issuer}\n\n{heading}\n到2030年，全区人均预期寿命达到84岁。\n")
    assert ("人均预期寿命", 2030, "达到84岁") in words


@pytest.mark.parametrize("heading", ["一、健康知识普及行动目标", "二、健康环境促进行动主要目标", "三、健康城市建设行动目标",
                                     "健康细胞建设行动主要指标", "三、健康乡村2030主要目标", "健康老龄化行动主要目标"])
def test_a_heading_that_names_no_place_keeps_its_targets(heading):
    """健康知识普及行动 is one of the national action's special actions, no place: the targets under it are the plan's."""
    words = drafted_from(f"杭州市卫生健康发展规划\n\n杭州市人民政府\n\n{heading}\n到2030年，全市居民健康素养水平不低于30%。\n")
    assert ("居民健康素养水平", 2030, "不低于30%") in words


def test_another_provinces_heading_is_still_left_out():
    """A heading naming another province (by its short name or its nickname) still keeps its targets out."""
    for heading in ("附：“健康甘肃2030”规划主要目标", "附：健康齐鲁2030主要指标"):
        draft = draft_from(f"“健康湖南2030”规划\n\n湖南省人民政府\n\n{heading}\n到2030年，人均预期寿命增长到76岁。\n"
                           "\n四、保障目标\n到2030年，孕产妇死亡率控制在10/10万以下。\n")
        assert any("another region's" in why for why in draft.left_out)


def test_another_provinces_short_name_is_not_cut_into_the_plans_measure():
    """江苏人均体育场地面积 in 湖南's plan is 江苏's target: left out, never the plan's 人均体育场地面积 beside its own 2.6."""
    draft = draft_from("湖南省体育发展规划\n\n湖南省人民政府\n\n到2025年，江苏人均体育场地面积达到3.2平方米。\n"
                       "到2025年，全省人均体育场地面积达到2.6平方米。\n")
    words = {(name, text) for name, _, text, _ in drafted(draft)}
    assert words == {("人均体育场地面积", "达到2.6平方米")}
    assert any("江苏" in why for why in draft.left_out)


def test_the_plans_own_province_is_cut_with_a_note():
    """The plan's own province before a measure is cut (江苏人均体育场地面积 in 江苏's plan), and the note says so."""
    draft = draft_from("江苏省体育发展规划\n\n江苏省人民政府\n\n到2025年，江苏人均体育场地面积达到3.2平方米。\n")
    item = next(item for item in draft.indicators if item["name"]["zh"] == "人均体育场地面积")
    assert "江苏 cut from the name" in item["targets"][2025]["review"]


def test_two_provinces_in_a_text_of_no_region_are_never_one_indicator():
    """重庆… and 四川… in one sentence of a text whose region is not one of theirs: never one indicator's two bounds."""
    names = {name for name, *_ in drafted_from("双城经济圈卫生健康一体化发展规划\n\n"
                                              "到2025年，重庆人均预期寿命达到79岁，四川人均预期寿命达到78岁。\n")}
    assert "人均预期寿命" not in names


@pytest.mark.parametrize("name", ["H7N9 case fatality rate (%)", "Case fatality rate of dengue (%)"])
def test_a_case_fatality_rate_is_to_fall(name):
    """A case fatality rate (the share of cases who die, 病死率) was guessed up as "a rate", so 35% passed a 20% target."""
    from checker.documents.draft import build
    from checker.documents.text import read_markdown

    draft = build(read_markdown("# Health Sector Results Framework 2017-2022\n\n| Indicator | Baseline & source | Target 2022 |\n"
                                "|---|---|---|\n| Under-5 Mortality Rate (per 1000 live births) | 46, BDHS 2014 | 37 |\n"
                                f"| {name} | 30, WHO 2015 | 20 |\n", "rf.md"))
    assert [item["direction"] for item in draft.indicators if "fatality" in item["name"]["en"]] == ["down"]


@pytest.mark.parametrize("opening", ["我們會在2025年於", "我們會於2025年於", "政府會於2025年在"])
def test_a_place_after_who_will_and_the_year_is_a_place(opening):
    """我們會在2025年於瑪麗醫院設立… (a 施政報告's own voice) was named 于玛丽医院 with no note: as 2025年於瑪麗醫院設立…, the
    place is a place, noted."""
    draft = draft_from(f"行政長官2024年施政報告\n\n{opening}瑪麗醫院設立全港首間胸痛中心。\n")
    [item] = draft.indicators
    assert item["name"]["zh"] == "玛丽医院设立全港首间胸痛中心"
    assert "made at 玛丽医院" in item["targets"][2025]["review"]


def test_another_regions_table_is_left_out():
    """A table under 附：“健康甘肃2030”规划主要指标 in 湖南's plan: Gansu's rows were merged, its 2015 level the plan's
    baseline (progress judged from 73.25); it is left out and counted, and the plan's own table after it is read."""
    from checker.documents.draft import build
    from checker.documents.text import read_markdown

    table = "| 指标 | 2015年 | 2030年 |\n|---|---|---|\n| 人均预期寿命（岁） | {} | {} |\n| 婴儿死亡率（‰） | {} | {} |\n"
    draft = build(read_markdown("# “健康湖南2030”规划\n\n湖南省人民政府\n\n## 附：“健康甘肃2030”规划主要指标\n\n"
                                + table.format("73.25", "76", "8.6", "6") + "\n## 二、主要指标\n\n"
                                + table.format("75.6", "79", "5.8", "4.5"), "plan.md"))
    life = next(item for item in draft.indicators if item["id"] == "life_expectancy")
    assert life["baseline"] == {2015: "75.6"}
    assert [target["text"] for target in [life["targets"][2030]] if isinstance(target, dict)] == ["79"]
    assert any("another region's table" in why for why in draft.left_out)


@pytest.mark.parametrize("sentence", ["Maintain total fertility rate at 2.1 by 2020.", "By 2020, maintain total fertility rate at 2.1."])
def test_a_level_of_no_unit_kept_is_drafted(sentence):
    """`maintain total fertility rate at 2.1` (a level with `at` and no unit) was dropped without a word: ≈ 2.1."""
    words = drafted_from(f"National Health Strategic Plan 2016-2020\n\n{sentence}\n")
    # (round 40: "maintain X at N" reads whole, so the verb is kept in the words; the reading, ≈ 2.1, is the same)
    assert ("总和生育率", 2020, "maintain total fertility rate at 2.1") in {(n, y, t.lower()) for n, y, t in words}
