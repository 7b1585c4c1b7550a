"""Found on texts of kinds not tried before (a region's ten-year look back told at a press conference, an
outline's end-of-term monitoring report, a province's five-year review, the women's health goals of an outline
that list moderate and severe anaemia as one rate): each test's sentences are written for it, in the forms those
texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from drafts import drafted_from as _drafted, drafted_words


def test_a_look_back_a_reporter_heard_sets_no_target():
    """A news release said "记者…了解到，2012年至2021年，…预期寿命从75岁增至78岁；…死亡率大幅下降；…覆盖率保持在
    90%以上": six figures of the past decade were drafted as targets. What a reporter heard is hearsay, and a span of
    past years after it looks back, for the rest of its paragraph too, until a sentence turns ahead."""
    text = ("样例区卫生健康新闻发布会\n\n"
            "记者在会上了解到，2013年至2022年，全区人均预期寿命从74.2岁增至77.5岁；婴儿死亡率大幅下降；"
            "结核病治疗成功率保持在92%以上。“十四五”期间，全区人均预期寿命提高到78.5岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "提高到78.5岁")}


def test_what_a_reporter_heard_of_the_years_ahead_is_kept():
    """Hearsay that names a year to reach still gives the plan's target."""
    text = ("样例市健康规划发布\n\n"
            "记者从市卫健委获悉，到2030年，全市人均预期寿命达到80岁。\n")
    assert ("人均预期寿命", 2030, "达到80岁") in _drafted(text)


def test_a_gap_to_the_outline_goal_is_an_evaluation():
    """A monitoring report said "2020年，…女性比例为24.2%，距“达到30%以上”的纲要目标仍有一定的差距": the figure and
    the gap were drafted as 2020 targets. A sentence that measures a figure by its distance to a goal is an
    evaluation's, like one that says 与目标尚有差距."""
    text = ("样例县妇女发展纲要终期监测\n\n"
            "2020年，社区居委会成员中女性比例为41.5%，距“达到50%左右”的纲要目标仍有一定的差距。\n\n"
            "到2030年，全县孕产妇死亡率控制在8/10万以下。\n")
    assert _drafted(text) == {("孕产妇死亡率", 2030, "控制在8/10万以下")}


def test_a_figure_still_short_of_another_is_how_things_stand():
    """"2020年，农村孕产妇死亡率为18.5/10万，比2010年降低38.5%，但仍高于城市…的水平" gave two 2020 targets (a plain
    2020 may lead a plan's goal). A figure set against another with 但仍 tells what is still short: a report's."""
    text = ("样例省妇女健康监测报告\n\n"
            "2020年，山区孕产妇死亡率为16.2/10万，比2010年下降41%，但仍高于平原地区11.3/10万的水平。\n\n"
            "到2030年，全县孕产妇死亡率控制在8/10万以下。\n")
    assert _drafted(text) == {("孕产妇死亡率", 2030, "控制在8/10万以下")}


def test_a_goal_still_short_stays_a_target_when_it_looks_ahead():
    """但仍 in a sentence with a year to reach does not hide the plan's target."""
    text = ("样例市规划\n\n"
            "到2025年，全市婴儿死亡率控制在4‰以下，但仍低于省定目标的，要加大投入。\n")
    assert ("婴儿死亡率", 2025, "控制在4‰以下") in _drafted(text)


def test_what_a_monitoring_result_showed_is_no_target():
    """"结果显示：十年间，纲要主要目标如期实现，妇女社会地位显著提高" was drafted as a standing 2020 target."""
    text = ("样例纲要终期统计监测\n\n"
            "结果显示，十年间，主要目标如期实现，老年人生活质量显著提高。\n\n"
            "到2030年，全县孕产妇死亡率控制在8/10万以下。\n")
    assert _drafted(text) == {("孕产妇死亡率", 2030, "控制在8/10万以下")}


def test_a_years_own_assessment_is_a_record():
    """A province's five-year review said "2024年度县医院…评估符合基本标准医院占比达100%": drafted as a 2024 target.
    A year no plan sets (not 2020, 2025 …) with 年度 after it names that year's results, like a plain "2024年，"."""
    text = ("样例省卫生健康成就发布\n\n"
            "2023年度乡镇卫生院服务能力评价达到推荐标准的机构占比达45%。\n\n"
            "到2030年，全县孕产妇死亡率控制在8/10万以下。\n")
    assert _drafted(text) == {("孕产妇死亡率", 2030, "控制在8/10万以下")}


def test_moderate_and_severe_are_one_rate():
    """"孕产妇中、重度贫血患病率下降3%" was cut at its 、 into "孕产妇中" and "重度贫血患病率": the first is no
    indicator. Grades that share the word after the last (中、重度; 轻、中度; 中、高风险) name one thing."""
    text = ("样例市妇女发展规划\n\n"
            "到2030年，儿童轻、中度营养不良患病率下降5%。\n")
    assert _drafted(text) == {("儿童轻、中度营养不良患病率", 2030, "下降5%")}


def test_a_years_work_points_set_that_years_targets():
    """A province's 2023 work points listed "人均预期寿命达82.4岁，…签约服务覆盖率达42%以上" under its title
    "2023年全省卫生健康工作要点" (the first line, the notice that issues it, ends in 通知): every target was refused for
    want of a year. 工作要点 names an annual plan, so its title gives the year of its targets."""
    text = ("样例市卫生健康局关于印发2024年全市卫生健康工作要点的通知\n\n"
            "各区卫生健康局：\n\n"
            "现将工作要点印发给你们，请认真组织实施。\n\n"
            "样例市卫生健康局\n\n"
            "2024年全市卫生健康工作要点\n\n"
            "一、主要目标\n\n"
            "人均预期寿命达81.2岁，居民健康素养水平达36%以上。\n")
    drafted = _drafted(text)
    assert ("人均预期寿命", 2024, "达81.2岁") in drafted
    assert ("居民健康素养水平", 2024, "达36%以上") in drafted


def test_a_year_after_shi_leads_the_goal_not_the_name():
    """A commentary wrote "最引人注目的，是到2030年全国人均预期寿命将达到79岁": the indicator was drafted as
    "2030年全国人均预期寿命". 是 before a year to reach joins the sentence; the year leads the goal."""
    text = ("样例评论\n\n"
            "规划中最受关注的，是到2035年全省人均预期寿命将达到81岁。\n")
    assert ("人均预期寿命", 2035, "达到81岁") in _drafted(text)


def test_years_of_another_calendar_are_not_placed():
    """A 台湾 text told "成年人吸菸率從79年32.5%降至105年的15.3%，降幅超過一半": 民国 years, which the reader does not
    count as years. Under a title with a year, each clause was drafted as a standing target for that year. A
    sentence that gives a change between such years is left out, with a count that says why; a target with a year
    written the usual way is kept."""
    text = ("样例县控烟规划（2021-2025年）\n\n"
            "經多年推動，成年人吸菸率從88年27.1%降至108年的13.0%，降幅超過一半。\n\n"
            "到2025年，成年人吸菸率降至11%。\n")
    draft = build(read_text(text, "plan.txt"))
    assert drafted_words(draft) == {("成年人吸烟率", 2025, "降至11%")}  # names are kept in simplified characters


def test_a_text_with_only_such_years_is_refused_with_the_reason():
    """With no other target, the text is refused, and the message names the other calendar."""
    import pytest
    from checker.errors import CheckerError
    text = ("样例控烟成效\n\n"
            "國中學生吸菸率由92年的7.0%降至107年的2.8%，降幅達六成。\n")
    with pytest.raises(CheckerError, match="another calendar"):
        build(read_text(text, "plan.txt"))


def test_a_span_of_service_years_is_not_another_calendar():
    """Two-digit counts of years below 60 (服务年限从10年延长到15年) are durations, not 民国 years."""
    text = ("样例市卫生人才规划\n\n"
            "到2025年，全市每千人口执业医师数达到3.5人，乡村医生服务年限从10年延长到15年。\n")
    assert ("每千人口执业医师数", 2025, "达到3.5人") in _drafted(text)


def test_a_consequence_told_is_no_measure():
    """The UN declaration's text said "非传染性疾病是当今世界主要死因，每年在全球导致1800万人过早死亡": with a year
    about, "每年在全球导致" was drafted as an indicator (flagged as not read). A name that ends in a verb of cause
    (导致, 造成, 引起) tells a consequence, not a measure to reach."""
    text = ("样例慢性病防治规划（2024-2030年）\n\n"
            "慢性病是本省居民主要死因，每年在全省导致3万人过早死亡（70岁以前）。\n\n"
            "到2030年，重大慢性病过早死亡率降至12%以下。\n")
    assert _drafted(text) == {("重大慢性病过早死亡率", 2030, "降至12%以下")}


def test_a_goal_year_set_after_what_was_done_is_read():
    """"…成人吸菸率已經降到16.4%，…國健署也定下2020年，成人吸菸率降到10%的目標" drafted nothing: the sentence told
    what was done, and its goal year came after 定下, not 到. A year someone sets (定下, 设定, 确定 …) is a year to
    reach; the achieved rate before it stays out."""
    text = ("样例控烟新闻\n\n"
            "本市成人吸烟率已经降到21.3%，市卫健委也定下2027年，成人吸烟率降到18%的目标。\n")
    assert _drafted(text) == {("成人吸烟率", 2027, "降到18%")}
