"""Eighteenth round: phrases and texts from plans the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


def test_a_yearly_change_in_permille_points_reads_as_points():
    """每年下降0.2个千分点 says per-mille points, as 个百分点 says percentage points: for a ‰ indicator a fall of
    0.2 a year, for a % indicator 0.02 points a year. 每年下降0.2‰ stays refused: after a yearly change ‰ may be a
    rate of growth (年均增长5‰)."""
    rule = parse_target("每年下降0.2个千分点", unit="‰", direction="down")
    assert (rule.kind, rule.op, rule.value, rule.unit, rule.change) == ("annual_rate", "<=", -0.2, "‰", "points")
    rule = parse_target("年均下降0.2个千分点", unit="%", direction="down")
    assert (rule.kind, rule.op, rule.unit, rule.change) == ("annual_rate", "<=", "%", "points")
    assert rule.value == pytest.approx(-0.02)
    rule = parse_target("比2020年下降5个千分点", unit="‰", direction="down")
    assert (rule.kind, rule.value, rule.base_year) == ("vs_baseline", -5, 2020)
    with pytest.raises(CheckerError):
        parse_target("每年下降0.2‰", unit="‰", direction="down")


def test_an_age_range_stays_in_an_english_name():
    """`aged 2 to 17 years` is who is counted, not a target `to 17 years`: the name runs on to the change after it.
    `to 80 years` after a name is still the target."""
    from drafts import drafted_from

    text = ("National Preventive Health Strategy 2021-2030\n"
            "By 2030, reduce overweight and obesity in children and adolescents aged 2 to 17 years by at least 5%.\n"
            "By 2030, increase the proportion of children aged 5 to 17 years who meet physical activity guidelines "
            "to 30%.\n"
            "By 2030, increase life expectancy to 84 years.\n")
    assert drafted_from(text) == {
        ("overweight and obesity in children and adolescents aged 2 to 17 years", 2030, "by at least 5%"),
        ("proportion of children aged 5 to 17 years who meet physical activity guidelines", 2030, "to 30%"),
        ("人均预期寿命", 2030, "increase life expectancy to 84 years")}


def test_doubling_from_a_named_year_keeps_that_year():
    """比2015年翻番 doubles the 2015 value: the year was once read as words of the name (object 比2015年) and the
    change measured from the plan's base year. A sentence that doubles a count is a target."""
    rule = parse_target("比2015年翻番", unit="张", direction="up")
    assert (rule.kind, rule.op, rule.value, rule.base_year) == ("vs_baseline", ">=", 100, 2015)
    rule = parse_target("在2020年基础上翻两番", unit="张", direction="up")
    assert (rule.value, rule.base_year) == (300, 2020)
    assert parse_target("床位数翻番", unit="张", direction="up").base_year is None
    from drafts import drafted_from

    text = ("某市教育发展规划（2021—2025年）\n到2025年，高品质幼儿园数量在2020年基础上翻番。\n"
            "到2025年，中等收入群体比例从“十三五”末期的49%提升至65%。\n")
    assert drafted_from(text) == {("高品质幼儿园数量", 2025, "高品质幼儿园数量在2020年基础上翻番"),
                                  ("中等收入群体比例", 2025, "从“十三五”末期的49%提升至65%")}


NEWS = "成都发布民生工程意见\n1月15日，市政府公开征求意见。\n"


def test_a_start_at_the_last_periods_end_is_no_year_the_text_looks_to():
    """从“十三五”末期的49% is where a change starts: the clauses after it with no year are for the period the text
    looks to (“十四五”末期), not 2020; 在“十四五”时期 leads a sentence as “十四五”时期 does."""
    from drafts import drafted_from

    text = NEWS + ("到“十四五”末期，中等收入群体占常住人口比例从“十三五”末期的49%提升至65%。\n"
                   "住宅用地供应比重不低于60%。\n"
                   "在“十四五”时期，新建和改扩建幼儿园、中小学400所，新增学位30万个。\n")
    got = drafted_from(text)
    assert {year for _, year, _ in got} == {2025}, got
    assert ("新建、改扩建幼儿园、中小学", 2025, "400所") in got  # the new and rebuilt ones (round 34), not the total


def test_a_plan_the_text_only_cites_gives_no_year_to_its_facts():
    """An article on what was done, citing 《“健康中国2030”规划纲要》: its facts are no 2030 targets."""
    from drafts import drafted_or_none

    text = ("全面推进健康中国建设\n"
            "“十三五”时期，各地认真落实《“健康中国2030”规划纲要》，卫生健康事业取得新发展。\n"
            "医疗资源配置持续优化，84%的县级医院达到二级及以上医院水平，千人口执业医师数达2.77人。\n"
            "重大传染病防控策略持续优化，5岁以下儿童乙型肝炎病毒感染率降至1%以下。\n")
    assert drafted_or_none(text) == set()


def test_a_work_report_looks_ahead_from_the_period_it_sets_goals_for():
    """A heading with what was achieved and the next period's goals (“十三五”时期发展成就和“十四五”时期主要目标任务)
    sets its lines for 2025 and is no section that looks back; the report's 今年 is the year of the period it
    looks ahead to (2021), not of the one it reviews; a list of goals after a colon runs on over ；."""
    from drafts import drafted_from

    text = ("某省人民政府工作报告\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n"
            "——持续增进民生福祉。城镇调查失业率控制在5.5%以内，基本养老保险参保率提高到95%。\n"
            "三、2021年重点工作\n"
            "今年发展主要预期目标是：地区生产总值增长7%以上；城镇新增就业60万人以上；居民消费价格涨幅3%左右。\n")
    assert drafted_from(text) == {
        ("城镇调查失业率", 2025, "控制在5.5%以内"), ("基本养老保险参保率", 2025, "提高到95%"),
        ("地区生产总值", 2021, "增长7%以上"), ("城镇新增就业", 2021, "60万人以上"), ("居民消费价格涨幅", 2021, "3%左右")}


def test_a_years_figures_after_a_colon_are_a_record():
    """2021年三大健康指标分别为：… reports that year; 2025年主要目标为：… sets goals."""
    from drafts import drafted_from

    head = "上海健康老龄化行动方案出台\n行动方案列出目标：至2025年，人均健康期望寿命≥71，65至74岁老年人失能发生率有所下降。\n"
    record = "2021年三大健康指标分别为：市民平均预期寿命84.11岁、婴儿死亡率2.30‰、孕产妇死亡率1.60/10万。\n"
    assert drafted_from(head + record) == {("人均健康期望寿命", 2025, "≥71"),
                                          ("65至74岁老年人失能发生率", 2025, "有所下降")}


def test_a_lead_naming_a_years_indicators_in_traditional_characters():
    """2030年的主要健康指標，其中： sets the year of the lines below it, as its simplified form does."""
    from drafts import drafted_from

    text = ("《規劃綱要》細化了一些具體目標：\n2030年的主要健康指標，其中：\n人均預期壽命 達到79歲\n"
            "嬰兒死亡率 5.0‰\n")
    assert drafted_from(text) == {("人均预期寿命", 2030, "達到79歲"), ("婴儿死亡率", 2030, "5.0‰")}


def test_a_row_that_numbers_the_columns_is_no_indicator():
    """| 1 | 2 | 3 | 4 | 5 | under a form's header numbers its columns: it was drafted as indicator "2" with target 5."""
    from checker.documents.draft import build
    from checker.documents.text import read_markdown
    from drafts import drafted_words

    text = ("# Health Sector Programme 2020-2025\n\n| SI.NO. | Indicators | Means of verification | Baseline | Target 2025 |\n"
            "|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |\n| Goal 1 | Neonatal mortality rate | survey | 28 | 18 |\n"
            "| Goal 2 | Maternal mortality ratio | survey | 176 | 121 |\n")
    assert drafted_words(build(read_markdown(text, "plan.md"))) == {("新生儿死亡率", 2025, "18"), ("孕产妇死亡率", 2025, "121")}


def test_an_english_heading_with_its_year_in_brackets_leads_the_lines_under_it():
    """Long Term Goal (2035): and Medium Term Objectives (2022): each set the lines under them."""
    from drafts import drafted_from

    text = ("National TB Control Programme Strategic Plan\nLong Term Goal (2035):\n"
            "Reduce TB deaths by 95% compared with 2015.\nMedium Term Objectives (2022):\n"
            "Reduce TB incidence by 20% compared with 2015.\n")
    assert {(name, year) for name, year, _ in drafted_from(text)} == {("TB deaths", 2035), ("TB incidence", 2022)}


def test_one_amount_for_each_of_two_measures():
    """盐摄入量及吸烟比率分别减少三成 cuts each by 30%: one target each; 高血压和糖尿病患者规范管理率分别达到65% is one rate
    of two groups of patients (高血压 is no measure), as before."""
    from drafts import drafted_from

    text = "某市健康行动（2021—2025年）\n到2025年，盐摄入量及吸烟比率分别减少三成。\n到2025年，高血压和糖尿病患者规范管理率分别达到65%。\n"
    assert drafted_from(text) == {("盐摄入量", 2025, "减少三成"), ("吸烟比率", 2025, "减少三成"),
                                  ("高血压和糖尿病患者规范管理率", 2025, "达到65%")}


def test_a_report_that_opens_with_the_plan_takes_its_year():
    """《某省精神卫生工作规划（2015—2020年）》出台: a report of the plan's issue, its clauses of no year are the plan's
    (kept for 2020 with a note), unlike an article that cites a plan further down."""
    from drafts import drafted_from

    text = ("《某省精神卫生工作规划（2015—2020年）》出台。《规划》要求，全省精神科执业（助理）医师数量增加到4000名。\n"
            "专家指出，近年来精神心理问题日益凸显。\n")
    assert drafted_from(text) == {("精神科执业（助理）医师数量", 2020, "增加到4000名")}
