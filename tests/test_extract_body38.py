"""Thirty-eighth round: Chinese plan body text (extract), as testers met it in specialised plans.

A span of months inside a name (6个月内婴儿纯母乳喂养率) was taken for a count of units; a letter grade (达C级及以上) was lost
without a word; 要实现 after a place word and a province's short name stayed in names; two rates joined by 和 (生活垃圾和
生活污水处理率) or listed with 、…及 were drafted as one or as a name with no rate; a county in traditional characters was not
found; 起 was no unit; a place after a rate and a city's nickname stayed in names; and another region's plan, quoted under
its own heading, was merged into the plan's own indicators.
"""

from __future__ import annotations

import pytest

from drafts import draft_from, drafted_from


def _targets(text: str) -> dict[str, tuple]:
    """Each drafted name, with its unit, its year, its text and its review notes (one target each)."""
    draft = draft_from(text)
    out = {}
    for item in draft.indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out[item["name"]["zh"]] = (item.get("unit"), year, target["text"], target.get("review", ""))
    return out


@pytest.mark.parametrize("sentence, name, words", [
    ("到2025年,6个月内婴儿纯母乳喂养率达到50%以上。", "6个月内婴儿纯母乳喂养率", "达到50%以上"),
    ("到2025年，6个月以内婴儿纯母乳喂养率达到50%。", "6个月以内婴儿纯母乳喂养率", "达到50%"),
    ("到2025年，12个月内儿童健康管理率达到90%以上。", "12个月内儿童健康管理率", "达到90%以上"),
    ("到2025年，3个月以上的新生儿访视率达到95%。", "3个月以上的新生儿访视率", "达到95%"),
])
def test_a_span_of_months_inside_a_name_is_the_names_not_a_count(sentence, name, words):
    """`6个月内婴儿纯母乳喂养率达到50%以上` was drafted as the count `6个` of `月内婴儿…的数量`: the count-before-units form
    took 个 of 个月 for a counter of things, and the 50% target was lost. A span inside a name is the name's."""
    drafted = _targets(sentence)
    assert set(drafted) == {name}
    unit, year, text, review = drafted[name]
    assert (unit, year, text) == ("%", 2025, words)
    assert "count written before" not in review
    # the count-before-units form stands where the counter counts things (力争3家市级医院达到…)
    counted = _targets("到2025年，力争3家市级医院达到三级甲等水平。")
    assert [(text, "count written before" in review) for _, _, text, review in counted.values()] == [("3家", True)]


@pytest.mark.parametrize("sentence", [
    "到2025年，生活垃圾无害化处理率城市达100%，城镇(县城及以上)病媒生物密度控制水平达C级及以上。",
    "到2025年，病媒生物密度控制水平达到C级以上。",
])
def test_a_letter_grade_is_drafted_with_the_grammars_note_not_lost(sentence):
    """`病媒生物密度控制水平达C级及以上` (a 2025 grade of GB/T 27770) vanished from the draft, its summary and its left_out;
    alone, the text was refused as having no target. It is drafted for a person to read, named by its measure (控制 of
    控制水平 no longer cuts the name)."""
    drafted = _targets(sentence)
    graded = {name: entry for name, entry in drafted.items() if "病媒" in name}
    assert len(graded) == 1
    name, (_, year, text, review) = next(iter(graded.items()))
    assert name.endswith("病媒生物密度控制水平") and year == 2025 and "C级" in text
    assert "grammar cannot read" in review


@pytest.mark.parametrize("sentence, name", [
    ("到2025年，全省要实现人均体育场地面积达到3.6平方米。", "人均体育场地面积"),
    ("到2025年，我市要实现经常参加体育锻炼人数比例达到45%。", "经常参加体育锻炼人数比例"),
    ("到2025年，江苏要实现人均体育场地面积达到3.6平方米。", "人均体育场地面积"),
])
def test_the_aims_words_after_a_place_are_cut(sentence, name):
    """`全省要实现人均体育场地面积` kept 要实现 (cut only at the very start, not after 全省 or 江苏): it missed the
    catalogue's indicator and its data."""
    assert set(_targets(sentence)) == {name}


def test_a_provinces_short_name_is_cut_before_a_measure_only():
    """`江苏人均体育场地面积` kept the province's short name (江苏省… was cut); not a province before its people:
    上海市民… keeps them (市民健康素养水平, the catalogue's)."""
    assert set(_targets("到2025年，江苏人均体育场地面积达到3.6平方米。")) == {"人均体育场地面积"}
    assert set(_targets("到2025年，上海市民健康素养水平达到40%。")) == {"上海市民健康素养水平"}


def test_two_things_joined_before_a_rate_are_two_rates():
    """`建制镇生活垃圾和生活污水处理率达到80%`: two rates, each ≥ 80%, reported as two series; it was one indicator no data row
    names. The town's 建制镇 is the second's too."""
    drafted = _targets("明确提出到2020年,全县农村卫生厕所普及率提高到90%,建制镇生活垃圾和生活污水处理率达到80%。")
    assert {name for name in drafted if "处理率" in name} == {"建制镇生活垃圾处理率", "建制镇生活污水处理率"}
    assert all("one of several indicators" in drafted[name][3] for name in drafted if "处理率" in name)


def test_people_listed_with_a_last_one_joined_by_ji_are_three_rates():
    """`用人单位主要负责人、职业卫生管理人员及劳动者职业卫生培训率达到100%` gave `用人单位主要负责人` (in %) and
    `职业卫生管理人员及劳动者职业卫生培训率`: three training rates, each with the shared measure."""
    drafted = _targets("到2020年，用人单位主要负责人、职业卫生管理人员及劳动者职业卫生培训率达到100%。")
    assert set(drafted) == {"用人单位主要负责人职业卫生培训率", "职业卫生管理人员职业卫生培训率", "劳动者职业卫生培训率"}
    assert all(text == "达到100%" and "check the names" in review for _, _, text, review in drafted.values())


def test_a_county_named_in_traditional_characters_is_the_region():
    """`昌寧縣` twice in running text gave 未知地区 while the simplified text gave 昌宁县."""
    draft = draft_from("昌寧縣出臺加強新時期愛國衛生工作實施意見\n\n近日,昌寧縣出臺《關於進一步加強新時期愛國衛生工作的"
                       "實施意見》。明確提出到2020年,全縣農村衛生廁所普及率提高到90%。\n")
    assert draft.plan["region"] == "昌宁县"


def test_qi_the_counter_of_incidents_is_a_unit():
    """Data in `起` (`主要急性职业中毒事故,2015,8,起`) was refused as an unknown unit; it counts one to one with 件."""
    from checker.language import units

    assert units.is_count("起") and units.english_name("起") == "incidents"
    assert units.canonical("起") == "起"


def test_a_place_after_a_rate_goes_before_it_and_a_nickname_is_cut():
    """`生活垃圾无害化处理率城市达100%` was named `生活垃圾无害化处理率城市`; `岛城接触职业病危害的劳动者健康检查率` kept
    Qingdao's nickname. Each is named without it, noted."""
    drafted = _targets("到2025年，生活垃圾无害化处理率城市达100%。\n到2020年，岛城接触职业病危害的劳动者健康检查率达到90%以上。")
    assert set(drafted) == {"城市生活垃圾无害化处理率", "接触职业病危害的劳动者健康检查率"}
    assert "(城市) put before it" in drafted["城市生活垃圾无害化处理率"][3]
    assert "nickname (岛城)" in drafted["接触职业病危害的劳动者健康检查率"][3]


HUNAN = "湖南省贯彻落实《“健康中国2030”规划纲要》实施方案\n\n二、主要目标\n到2030年，人均预期寿命达到79岁，婴儿死亡率控制在5‰以下。\n"
GANSU = "到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁；到2030年，进一步增长到76岁。\n"


def test_another_regions_plan_quoted_under_its_heading_is_left_out_and_counted():
    """Under `附：“健康甘肃2030”规划主要目标` in 湖南省's plan, Gansu's 76岁 was a second 2030 target of the plan's life
    expectancy (and Gansu's 2015 levels its baselines), with no note. Its targets are counted as left out, named."""
    draft = draft_from(HUNAN + "附：“健康甘肃2030”规划主要目标\n" + GANSU)
    assert draft.plan["region"] == "湖南省"
    assert {(item["name"]["zh"], year) for item in draft.indicators for year in item["targets"]} \
        == {("人均预期寿命", 2030), ("婴儿死亡率", 2030)}
    assert [entry["text"] for item in draft.indicators if item["name"]["zh"] == "人均预期寿命"
            for entry in item["targets"].values()] == ["达到79岁"]
    reasons = [why for why in draft.left_out if "another region" in why]
    assert len(reasons) == 1 and "甘肃" in reasons[0] and len(draft.left_out[reasons[0]]) == 2
    # a heading that names the plan's own region (健康湖南2030) heads its own goals: kept
    drafted = drafted_from(HUNAN + "附：“健康湖南2030”规划主要目标\n到2020年全省居民人均预期寿命增长到77岁。\n")
    assert ("人均预期寿命", 2020, "增长到77岁") in drafted


def test_a_numbered_section_of_another_regions_goals_ends_with_the_next_section():
    """A numbered heading over another region's goals keeps them out up to the next section, whose targets are the
    plan's own."""
    drafted = drafted_from(HUNAN + "三、“健康甘肃2030”主要目标\n" + GANSU + "四、保障目标\n到2030年，孕产妇死亡率控制在10/10万以下。\n")
    assert ("人均预期寿命", 2030, "增长到76岁") not in drafted
    assert ("孕产妇死亡率", 2030, "控制在10/10万以下") in drafted
