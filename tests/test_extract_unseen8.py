"""Found on reports and plans of kinds not tried before (a report of what a five-year period achieved, a
statistical monitoring report of a children's outline, a child-health action plan's press release, a national
fitness plan, a 十五五 outline's health part, a city's 健康…2030 action plan): each test's sentences are
written for it, in the forms those texts use."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    draft = build(read_text(text, "plan.txt"))
    return {((item["name"].get("zh") or item["name"]["en"]), year, target["text"])
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def _notes(text: str) -> list[str]:
    """Every review note of every target drafted from ``text``."""
    draft = build(read_text(text, "plan.txt"))
    return [note for item in draft.indicators for entry in item["targets"].values()
            for target in (entry if isinstance(entry, list) else [entry])
            for note in ([target["review"]] if isinstance(target.get("review"), str) else target.get("review", []))]


def test_what_the_effort_brought_is_no_target():
    """A press release gave a child-health plan's goals for 2025, then what years of work had brought
    ("经过多措并举、不懈努力，我国儿童健康状况不断改善，…生长迟缓率下降至7%以下，…婴儿死亡率…分别下降至5.4‰和
    7.5‰"): five figures were drafted as 2025 targets, the year of the sentence before. A sentence that opens with the
    effort spent tells what it brought, as one reporting targets met does."""
    text = ("样例儿童健康行动计划\n\n"
            "到2025年，全市新生儿死亡率控制在3.0‰以下，每千人口托位数达到4.0个。"
            "经过多方协作、长期努力，全市儿童健康状况持续改善，儿童低体重率降至4%以下，"
            "婴儿死亡率、5岁以下儿童死亡率分别下降至5.0‰和6.9‰。\n")
    assert _drafted(text) == {("新生儿死亡率", 2025, "控制在3.0‰以下"), ("每千人口托位数", 2025, "达到4.0个")}


def test_effort_counted_in_years_ahead_still_sets_targets():
    """经过 with the years still to come (经过五年努力) or a year to reach looks ahead: its targets are drafted."""
    text = ("样例县卫生健康规划\n\n"
            "经过五年努力，到2030年，全县人均预期寿命达到81岁。\n\n"
            "经过不懈努力，到2030年，全县孕产妇死亡率控制在8/10万以下。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到81岁"), ("孕产妇死亡率", 2030, "控制在8/10万以下")}


def test_a_change_between_two_years_of_record_is_no_target():
    """A report that a five-year period's tasks were completed gave "孕产妇死亡率由2010年的30/10万降至2014年的
    21.7/10万" on a line of its own: three such changes were drafted as targets for 2014. A change from one year to
    another that ends in a year no plan targets (plans set 2020, 2025, 2030 …) is a record; one that ends in a
    plan's year is still its target."""
    text = ("样例市卫生事业发展情况\n\n"
            "孕产妇死亡率由2011年的28/10万降至2014年的19.5/10万，婴儿死亡率由2011年的12.0‰降至2014年的8.1‰。\n\n"
            "人均预期寿命由2020年的78.2岁提高到2025年的79.2岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "由2020年的78.2岁提高到2025年的79.2岁")}


def test_a_year_of_record_runs_on_over_its_paragraph():
    """A statistical monitoring report: "2021年，每千名儿童拥有…0.78名，…；…。…婴儿死亡率由2020年的5.4‰下降到
    5‰；…" drafted the infant mortality (a later sentence, after a ；) as a standing target. The figures that follow a
    year's record in its paragraph are that year's record too, until a sentence turns to the future."""
    text = ("样例纲要统计监测报告\n\n"
            "2022年，每千名儿童拥有床位2.3张，增加0.05张；儿科医师0.80名。"
            "全市新生儿死亡率为2.9‰；婴儿死亡率由2021年的5.1‰下降到4.8‰。"
            "到2030年，婴儿死亡率控制在4.5‰以下。\n")
    assert _drafted(text) == {("婴儿死亡率", 2030, "控制在4.5‰以下")}


def test_each_thing_rising_is_a_trend_not_full_coverage():
    """"各运动项目参与人数持续提升" was read by the grammar as full coverage (各 read as "every one of them", the
    value 100%) and drafted under the indicator of the clause before (健身热情). 各 before a trend is a trend of what
    it names; 各/所有/全部 before a level reached is still all of them reaching it."""
    rule = parse_target("各类健身项目参与人数稳步提高")
    assert rule.kind == "trend" and rule.value is None
    assert parse_target("所有卫生院全部达到国家标准").kind == "full_coverage"
    text = ("样例市全民健身计划\n\n"
            "到2025年，群众健身热情进一步提高，各类健身项目参与人数稳步提高，经常参加体育锻炼人数比例达到40%。\n")
    drafted = _drafted(text)
    assert ("经常参加体育锻炼人数比例", 2025, "达到40%") in drafted
    assert not any(name == "健身热情" or name.startswith("群众健身热情") for name, _, _ in drafted)


def test_places_listed_as_levels_of_one_thing():
    """"县（市、区）、乡镇（街道）、行政村（社区）三级公共健身设施…实现全覆盖" was drafted as three coverages named by
    the places (县（市、区）覆盖率 …). Places counted as the levels of one thing (三级) are one name."""
    text = "样例省全民健身计划\n\n到2025年，市、县、乡三级全民健身服务网络实现全覆盖。\n"
    assert _drafted(text) == {("市、县、乡三级全民健身服务网络", 2025, "实现全覆盖")}
    # a list that is not counted stays one coverage each
    text = "样例省全民健身计划\n\n到2025年，城市社区、农村行政村健身设施实现全覆盖。\n"
    assert {name for name, _, _ in _drafted(text)} == {"城市社区覆盖率", "农村行政村健身设施覆盖率"}


def test_amounts_listed_after_the_main_indicators():
    """A 十五五 outline's health part: "同时明确核心指标：每千人口拥有执业医师数3.7人、注册护士数5.1人，…" left
    the two bare amounts out (a bare amount is read only after a year). After a colon that opens the plan's main
    indicators, each amount is the target of the name before it, with a note; the nurses share the per-thousand
    opening."""
    text = ("样例“十五五”规划纲要解读\n\n"
            "纲要明确主要指标：每千人口拥有执业医师数3.9人、注册护士数5.3人，养老机构护理型床位占比达到70%。\n")
    drafted = _drafted(text)
    assert drafted == {("每千人口拥有执业医师数", 2030, "3.9人"), ("每千人口注册护士数", 2030, "5.3人"),
                       ("养老机构护理型床位占比", 2030, "达到70%")}
    assert any("main indicators" in note for note in _notes(text))
    # without such a lead a bare amount is still a fact
    assert _drafted("样例“十五五”规划纲要解读\n\n全市每千人口拥有执业医师数3.1人。到2030年，人均预期寿命达到80岁。\n") \
        == {("人均预期寿命", 2030, "达到80岁")}


def test_the_plans_own_goals_and_a_purpose_are_no_targets():
    """A county's 健康行动 opinions ended its 2030 goals with "健康…行动各项目标任务全面实现", drafted as a deliverable
    named by the goals; a city's 健康…2030 report's "为确保《行动计划》目标能够尽快实现" was drafted as a standing
    target. The plan's own goals are no indicator, and a purpose clause sets nothing."""
    text = ("样例县健康行动实施意见\n\n"
            "到2030年，人均预期寿命达到80岁，健康样例行动各项目标任务全面实现。"
            "为确保《行动计划》目标能够尽快实现，全县将实施五项工程。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到80岁")}


def test_a_year_after_the_name_is_no_part_of_it():
    """"营口市人均预期寿命到2030年将达到80.5岁" was drafted under the name "…人均预期寿命到2030年". The year after
    a name sets the target's year and is no part of the name."""
    text = "样例市健康行动计划报道\n\n样例市居民健康素养水平到2030年将达到32%以上。\n"
    assert _drafted(text) == {("居民健康素养水平", 2030, "达到32%以上")}  # the region named in the title is taken off


def test_a_span_of_years_cut_from_a_title_is_no_range():
    """A district's plan on a web page broke its title's last line as "规划（2021-2025", the bracket unclosed: it was
    drafted as a target named 规划, the range 2021–2025. A clause whose only numbers are a span of years is a period."""
    text = ("样例区“十四五”卫生健康事业发展\n规划（2021-2030\n\n"
            "到2025年，全区每千人口床位数达到6张。\n")
    assert _drafted(text) == {("每千人口床位数", 2025, "达到6张")}


def test_targets_with_no_year_anywhere_are_refused_with_their_line():
    """A women's plan's health chapter copied without its title ("--孕产妇系统管理率达到90%。 --…", no year anywhere)
    was refused as if it held no target sentence. The refusal now says how many read like targets, where the first
    is, and that no year is given to set them for."""
    text = ("（一）妇女与健康。主要目标：\n\n"
            "--孕妇系统管理率达到92%。 --孕妇住院分娩率达到99%以上。\n")
    with pytest.raises(CheckerError) as refused:
        build(read_text(text, "plan.txt"))
    assert "2 sentence(s) read like targets, the first at line 3" in str(refused.value)
    assert "none is set for a year checker can place" in str(refused.value)


def test_an_evaluation_reports_figures_beside_targets():
    """Forms of a plan's mid-term evaluation, written for this check: a section on how the main indicators were
    met, a figure measured against its target value (…达到27.9%，超过2025年目标值（25%）), a year's figure after the
    name (孕产妇死亡率2023年为9.1/10万) — each was drafted as a standing target for the plan's year. They report
    progress; the next steps' targets are still drafted."""
    text = ("样例区“十四五”卫生健康规划中期评估\n\n"
            "一、主要指标完成情况\n\n"
            "居民健康素养水平达到27.9%，超过2025年目标值（25%）。\n\n"
            "二、下一步工作\n\n"
            "孕产妇死亡率2023年为9.1/10万，低于规划目标值（12/10万）。"
            "每千人口执业（助理）医师数3.4人，完成进度94%。\n\n"
            "到2025年，每千人口床位数将达到6.4张，婴儿死亡率控制在4‰以下。\n")
    assert _drafted(text) == {("每千人口床位数", 2025, "达到6.4张"), ("婴儿死亡率", 2025, "控制在4‰以下")}


def test_the_word_before_a_base_year_is_no_part_of_the_name():
    """"人均预期寿命在2020年基础上继续提G1岁左右" (a page that garbles 提高) was kept unread under the name
    "人均预期寿命在". The 在 that opens the base year is no part of the name."""
    text = "样例省卫生健康规划\n\n到2025年，人均预期寿命在2020年基础上继续提G1岁左右。\n"
    assert {name for name, _, _ in _drafted(text)} == {"人均预期寿命"}


def test_a_years_record_quoted_after_a_dateline():
    """A news report quoted an official: 中…网5月31日电（记者…）“2022年，全国孕产妇死亡率下降至15.7/10万…” — the
    year's record was missed for the dateline and the opening quote before it, so the figure read as a target (a
    standing one, for the year the text looked to before it). The record is told after a dateline and a quote too."""
    for opening in ("样例网5月31日电（记者 甲乙）“", "“"):
        text = ("样例市妇幼健康规划报道\n\n到2025年，全市婴儿死亡率控制在2.8‰以下。\n\n"
                f"{opening}2022年，全市孕产妇死亡率下降至9.7/10万。”\n")
        assert _drafted(text) == {("婴儿死亡率", 2025, "控制在2.8‰以下")}


def test_what_the_plan_drives_to_a_bound():
    """The national fitness plan ended its goals with "带动全国体育产业总规模达到5万亿元", left out as narrative (带动
    opens what a thing brings about). With a bound after it, what the plan drives is its target, as with 推动; 带动
    with no bound still sets nothing."""
    text = ("样例省全民健身实施计划\n\n"
            "到2025年，经常参加体育锻炼人数比例达到40%，带动全省体育产业总规模达到3000亿元，带动相关产业发展。\n")
    assert _drafted(text) == {("经常参加体育锻炼人数比例", 2025, "达到40%"), ("体育产业总规模", 2025, "达到3000亿元")}


def test_a_forecast_measured_against_the_target_is_no_target():
    """An evaluation's forecast, written for this check: "预计到2025年，每千人口执业（助理）医师数可达到3.5人，与规划目标
    尚有差距" was drafted as a 2025 target named "…医师数可". A sentence that measures a figure against the plan's
    target is an evaluation's, whatever its tense (so is the gap still to close, "对照规划目标，…仍需提高2个百分点",
    drafted as a standing target named "…仍需"); and 可 before the verb is no part of a name."""
    text = ("样例市卫生健康规划评估\n\n到2025年，每千人口床位数可达到6.2张。\n\n"
            "预计到2025年，每千人口执业（助理）医师数可达到3.5人，与规划目标尚有差距。\n\n"
            "对照规划目标，居民健康素养水平仍需提高2个百分点。\n")
    assert _drafted(text) == {("每千人口床位数", 2025, "达到6.2张")}


def test_a_base_years_figure_before_the_target_year():
    """A 十五五 plan's form, written for this check: "2025年，全市孕产妇死亡率为6.2/10万，力争2030年控制在6/10万以下"
    drafted the 2025 figure as a 2025 target (in a text with no date to tell it was before the plan) and named the
    2030 target "孕产妇死亡率为". A figure given as what a thing is (为) in the year the sentence opens with, before a
    later year to reach, is the base; its name goes on to the target."""
    text = ("样例市卫生健康发展规划\n\n"
            "2025年，全市孕产妇死亡率为6.2/10万，力争2030年控制在6/10万以下。\n\n"
            "到2030年，全市人均预期寿命达到81.5岁。\n")
    assert _drafted(text) == {("孕产妇死亡率", 2030, "力争2030年控制在6/10万以下"), ("人均预期寿命", 2030, "达到81.5岁")}
    # two years to reach, each with its verb, are two targets
    assert _drafted("样例市卫生健康发展规划\n\n2025年，全市人均预期寿命达到80岁，2030年达到81岁。\n") == {
        ("人均预期寿命", 2025, "达到80岁"), ("人均预期寿命", 2030, "达到81岁")}


def test_a_paragraph_of_a_years_record_sets_no_standing_trend():
    """A monitoring report's paragraph, its heading run into it: "（一）儿童健康水平持续提高。…儿童死亡率持续下降。
    2021年，…" drafted 儿童死亡率持续下降 as a standing target. A paragraph that gives a past year's record and looks to
    no year ahead describes that record; a paragraph that looks ahead keeps its trends."""
    text = ("样例纲要监测报告\n\n到2030年，全市婴儿死亡率控制在4‰以下。\n\n"
            "（一）儿童健康水平持续提高。儿童保健服务进一步完善，儿童死亡率持续下降。"
            "2022年，全市每千名儿童拥有床位2.3张，新生儿死亡率为2.1‰。\n\n"
            "（二）到2030年，全市儿童低体重率持续下降。\n")
    assert _drafted(text) == {("婴儿死亡率", 2030, "控制在4‰以下"), ("儿童低体重率", 2030, "持续下降")}
