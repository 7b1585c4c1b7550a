"""Found on texts of kinds not tried before (a province's look back at its women's and children's outline, a
chronic-disease plan's sixteen indicators as a summary gives them, a mental-health plan's goals, a province's
five-year health plan in a news release): each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.language.grammar import parse_target
from drafts import drafted_from as _drafted, drafted_words


def test_a_record_low_is_what_was_done():
    """A province's look back gave "2020年…孕产妇死亡率12.42/10万，…两个死亡率创历史新低，连续第三年优于全国…；
    …住院分娩率达到99.87%": three figures were drafted as 2020 targets (a plain 2020年 may lead a plan's goal). A
    sentence that calls a figure a record reached, or counts a streak of years, tells what was done, and so do the
    sentences of its paragraph after it."""
    text = ("样例省妇幼健康规划实施情况\n\n"
            "2020年全省婴儿死亡率3.9‰，新生儿死亡率2.1‰，均创历史新低，连续第四年好于全国同期水平；"
            "全省产前筛查率达到91.35%，基本实现全覆盖。\n\n"
            "到2025年，全省婴儿死亡率控制在3.5‰以下。\n")
    assert _drafted(text) == {("婴儿死亡率", 2025, "控制在3.5‰以下")}


def test_a_record_to_be_reached_ahead_still_sets_a_target():
    """力争 or a year to reach turns a record ahead: "力争…创历史新高" is no report of what happened."""
    text = ("样例市体育发展规划\n\n"
            "到2025年，全市经常参加体育锻炼人数比例达到45%，力争创历史新高。\n")
    assert ("经常参加体育锻炼人数比例", 2025, "达到45%") in _drafted(text)


def test_the_second_of_two_changes_keeps_its_verb():
    """"…死亡率分别下降10%和15%" for 2020 and 2025 drafted "15%" for 2025 — a level of 15%, where the plan asks for
    a fall of 15%. The second value after 分别 is the same kind of change as the first, from the same base."""
    text = ("样例慢性病防治规划\n\n"
            "到2022年和2027年，全县脑卒中死亡率分别下降8%和12%，总体癌症5年生存率分别提升3%和6%。\n")
    assert _drafted(text) == {("脑卒中死亡率", 2022, "下降8%"), ("脑卒中死亡率", 2027, "下降12%"),
                              ("总体癌症5年生存率", 2022, "提升3%"), ("总体癌症5年生存率", 2027, "提升6%")}
    based = ("样例慢性病防治规划\n\n"
             "力争到2022年和2027年，全县重大慢性病过早死亡率分别较2020年降低5%和12%。\n")
    assert _drafted(based) == {("重大慢性病过早死亡率", 2022, "较2020年降低5%"), ("重大慢性病过早死亡率", 2027, "较2020年降低12%")}


def test_a_baseline_before_paired_values_is_no_part_of_the_name():
    """"高血压患者管理人数由目前的8835万人分别提高到1亿人和1.1亿人" named the indicator "…管理人数由目前的8835万人";
    and "…吸烟率由目前的27.7%分别降至25%和20%等" was refused for the closing 等. The figure the change starts from
    is no part of the name, and 等 closing a list ends it."""
    text = ("样例慢性病防治规划\n\n"
            "到2022年和2027年，全县糖尿病患者规范管理率由目前的55%分别提升至65%和72%，"
            "成人吸烟率由目前的24.1%分别降至22%和19%等。\n")
    assert _drafted(text) == {("糖尿病患者规范管理率", 2022, "提升至65%"), ("糖尿病患者规范管理率", 2027, "提升至72%"),
                              ("成人吸烟率", 2022, "降至22%"), ("成人吸烟率", 2027, "降至19%")}


def test_a_new_rise_is_read_with_its_name_whole():
    """"健康服务能力实现新提升" was read as "健康服务能力实现新" rising. 实现新提升 is the rise, so the name is the
    capacity; and a capacity with only a trend is a wish no data can check, so nothing is drafted from it."""
    rule = parse_target("医疗保障水平实现新提升")
    assert (rule.kind, rule.trend, rule.subject) == ("trend", "up", "医疗保障水平")
    assert parse_target("实现全覆盖").kind == "full_coverage"
    text = ("样例市卫生健康规划\n\n"
            "到2025年，全市人均预期寿命达到80岁，基层服务能力实现新提升。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到80岁")}


def test_widely_is_a_trend_word():
    """"…认识和主动就医意识普遍提高" named the indicator "…意识普遍". 普遍, like 明显 or 持续, says how the trend
    goes; what is left is an awareness, a wish with only a trend."""
    assert parse_target("居民参保意识普遍增强").subject == "居民参保意识"
    text = ("样例市精神卫生规划\n\n"
            "到2025年，全市精神分裂症治疗率达到85%以上，居民心理健康意识普遍提高。\n")
    assert _drafted(text) == {("精神分裂症治疗率", 2025, "达到85%以上")}


def test_speeding_up_a_creation_is_an_action():
    """"加快创建国家医学中心和区域医疗中心", under a paragraph's 2025, was drafted as a standing 2025 target. 加快创建
    says how fast the work goes, not what stands at the end."""
    text = ("样例省卫生健康规划\n\n"
            "到2025年，全省人均预期寿命达到79岁。\n\n"
            "加快创建省级区域医疗中心和重点专科，建设省级临床研究中心。"
            "到2025年，全省县级医院达到二级甲等标准的比例达到90%。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到79岁"), ("县级医院达到二级甲等标准的比例", 2025, "达到90%")}


def test_paired_values_on_a_long_subject_are_drafted_with_a_note():
    """"力争到2020年和2025年，30岁-70岁人群因…等重大慢性病导致的过早死亡率分别较2015年降低10%和20%" drafted nothing:
    the subject was too long to be a name, and paired values gave up where a single target cuts the name from
    the subject and says so."""
    text = ("样例慢性病防治规划\n\n"
            "力争到2022年和2027年，全县18至70岁居民因肿瘤、脑卒中、慢性阻塞性肺疾病和糖尿病等主要慢性病导致的"
            "过早死亡率分别较2020年降低6%和14%。\n")
    draft = build(read_text(text, "plan.txt"))
    assert drafted_words(draft) == {("过早死亡率", 2022, "较2020年降低6%"), ("过早死亡率", 2027, "较2020年降低14%")}
    notes = [target["review"] for item in draft.indicators for target in item["targets"].values()]
    assert all("the name is cut from a longer subject" in note for note in notes)


def test_a_hospital_grade_is_a_level_to_reach():
    """"市级综合医院全部达到三级乙等" was dropped without a word, where "…达到二级甲等标准" was drafted: a hospital grade
    with nothing after it is the level to reach, as one with 标准 or 水平 is."""
    assert parse_target("达到三级甲等").kind == "achieved"
    text = ("样例省卫生健康规划\n\n"
            "到2025年，全省人均预期寿命达到79岁，县级中医医院全部达到二级甲等。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到79岁"), ("县级中医医院", 2025, "达到二级甲等")}


def test_an_imbalance_may_name_an_indicator():
    """"居民营养不均衡所致疾病发生率显著下降" was refused for the 不 in its name and left out: 不均衡 is a word of the
    name (as 不良 and 不合格 are), not a change ruled out."""
    text = ("样例省健康规划\n\n"
            "到2030年，全省膳食不均衡相关疾病发生率明显下降，人均每日食盐摄入量降低15%。\n")
    assert _drafted(text) == {("膳食不均衡相关疾病发生率", 2030, "明显下降"), ("人均每日食盐摄入量", 2030, "降低15%")}
