"""Thirteenth round of unseen texts: provincial and regional health plans of the north-west, newspaper reports
of them, look-backs in traditional characters, and an island province's health-action news, where the goal is
put as what is expected by a period's last year: each test's sentences are written for it, in the forms those
texts use."""

from __future__ import annotations

from drafts import drafted_from as _drafted, drafted_or_none as _drafted_or_none


def test_a_year_of_record_after_a_look_back_sets_no_target():
    """A long-range plan's preamble looked back from a reform year (…特别是2010年新一轮改革以来，…) and then gave
    the base year's figures with a plain 达到 (2015年全省人均预期寿命达到75.2岁，…分别下降到…): the base year was
    drafted as four targets. A year then 以来 before the first comma looks back as 自…以来 does, and the figures
    that follow are what was done."""
    text = ("“健康某省2030”规划\n"
            "改革开放特别是2010年新一轮改革以来，全省卫生事业发展较快，群众健康水平不断提高。"
            "2015年全省人均预期寿命达到75.2岁，婴儿死亡率、孕产妇死亡率分别下降到6.1‰和18.3/10万，"
            "为小康社会打下了健康基础。\n")
    assert _drafted_or_none(text) == set()


def test_a_look_back_from_a_year_does_not_hide_the_goals_after_it():
    """The look-back ends where a sentence turns to a year ahead: the goals set after it are still drafted."""
    text = ("某省卫生健康规划\n"
            "2012年医改启动以来，全省人均预期寿命提高到76岁。\n"
            "到2025年，全省人均预期寿命达到78岁。\n")
    drafted = _drafted(text)
    assert ("人均预期寿命", 2025, "达到78岁") in drafted
    assert all(year == 2025 for _, year, _ in drafted)


def test_a_plan_span_in_brackets_gives_its_paragraph_a_year():
    """A report of a plan named with its span in brackets (…健康促进规划（2014~2021）…提出，今后八年，…达95%) set
    its goals with no year of their own: the text was refused as naming no year. The span's last year now holds
    them, flagged as standing requirements."""
    text = ("某区启动健康促进规划\n"
            "某区政府日前启动健康促进规划（2014~2021），规划提出，今后八年，居民健康知识知晓率达96%，"
            "婴儿死亡率控制在8‰以下。\n")
    drafted = _drafted(text)
    assert ("居民健康知识知晓率", 2021, "达96%") in drafted
    assert ("婴儿死亡率", 2021, "控制在8‰以下") in drafted


def test_a_period_end_in_a_report_gives_no_year_to_its_paragraph():
    """Only a span in brackets counts: a report that says what stood at a period's end (至“十三五”末，…达到了81岁，
    …接种率达到95%以上) still sets nothing."""
    text = ("某市卫生成就发布会\n"
            "至十三五末，我市人均预期寿命达到了81岁，主要健康指标优于全省平均水平，计划免疫接种率达到95%以上。\n")
    assert _drafted_or_none(text) == set()


def test_expected_by_a_period_end_year_is_the_goal_year():
    """"…方案明确提出预计2030年…人均预期寿命达82岁以上" was refused as naming no year: a plain 预计 before a
    plan period's last year sets that year, as 预计到2030年 does."""
    text = ("样例岛省健康行动实施方案解读\n\n"
            "方案提出，预计2030年全省人均预期寿命达83岁以上。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达83岁以上")}


def test_expected_in_a_year_of_record_is_an_estimate():
    """A plain 预计 before a year that ends no plan period (预计2024年…) is an estimate of that year, not a goal."""
    text = ("样例市卫生健康工作情况\n\n"
            "预计2024年全市人均预期寿命达到80.6岁。\n\n"
            "到2025年，全市人均预期寿命达到81岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到81岁")}


def test_a_pronoun_compared_with_another_plan_sets_nothing():
    """"这个指标高于国家制定的2030年人均预期寿命达到79岁的数据" (after the province's own goal) drafted the
    national figure as a second 2030 target under the name "这个指标". A clause whose subject is a pronoun for a
    figure named before compares it with another's figure: it sets nothing of its own."""
    text = ("样例岛省健康行动实施方案解读\n\n"
            "方案提出，预计2030年全省人均预期寿命达83岁以上，这个指标高于国家规划的2030年人均预期寿命达到79岁的数据。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达83岁以上")}


def test_a_dashed_dateline_after_a_title_is_no_sentence():
    """A news page's title line without a full stop ran on into its dateline ("2022-02-25 22:15 来源：…"), and the
    two were drafted as one unreadable 2025 target. A clause that holds a dashed date is a page's furniture, as one
    with 2022年2月25日 is."""
    text = ("图表：破解托育服务的“难中之难”“十四五”机构托育40%托位将向双职工家庭倾斜\n"
            "2023-03-18 09:30 来源: 样例社\n\n"
            "到2025年，全市普惠托位占比要达到60%。样例市日前印发的《“十四五”托育服务规划》设置了这一主要指标。\n"
            "样例社发 李某 制图\n")
    assert _drafted(text) == {("普惠托位占比", 2025, "达到60%")}


def test_a_share_before_units_in_brackets_with_a_modal():
    """"70%以上的乡镇（街道）都要建立…小组" and "70%以上的县（市、区）设有…机构" were drafted as unreadable clauses:
    the share read before the units it counts missed a bracket that lists other units, a modal (都要) before the
    verb, and the verbs 建立 and 设有. The share is the target, of the units that do so."""
    text = ("样例省心理健康工作规划（2021-2025年）\n\n"
            "到2025年，80%以上的街道（乡镇）都要建立心理服务站；60%以上的区（县、市）设有心理援助热线。\n")
    assert _drafted(text) == {("街道（乡镇）建立心理服务站的比例", 2025, "80%以上"),
                              ("区（县、市）设有心理援助热线的比例", 2025, "60%以上")}


def test_each_unit_opens_at_least_one_line():
    """"每个省（区、市）至少开通1条心理援助热线电话" was not drafted at all: what each unit is to have knew neither the
    verb 开通 nor the count word 条."""
    text = ("样例省心理健康工作规划（2021-2025年）\n\n"
            "到2025年，每个县（市、区）至少开通1条心理咨询热线。\n")
    assert _drafted(text) == {("县（市、区）开通心理咨询热线", 2025, "每个县（市、区）至少开通1条心理咨询热线")}
