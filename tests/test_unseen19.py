"""Nineteenth round: phrases and texts from plans the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target
from drafts import drafted_from


def test_what_a_past_year_included_is_not_a_target():
    """`These included … raising X to 93.2 percent` lists what a past year achieved: the participle after
    `included` is no goal. A goal's `by 2030` in the next sentence still is."""
    text = ("Health sector plan 2021-2030\n"
            "In 2023, the sector achieved the three tasks it was given. These included exceeding the aim of 12 "
            "doctors per 10,000 people, and raising the share of people with health insurance to 93.2 percent.\n"
            "By 2030, the share of people with health insurance will be increased to 95 percent.\n")
    assert drafted_from(text) == {("share of people with health insurance", 2030,
                                   "the share of people with health insurance will be increased to 95 percent")}


def test_a_year_named_with_its_place_before_its_goals_sets_the_sentence_year():
    """其中，2023年某省经济社会发展的主要预期目标是：… sets 2023 for every clause of the list, though a later
    year (到2035年) was named in the paragraph before; the names listed before a shared income keep it."""
    text = ("某省政府工作报告\n"
            "到2027年，全省人均地区生产总值达到11万元以上，为到2035年基本建成现代化强省奠定基础。\n"
            "其中，2023年某省经济社会发展的主要预期目标是：全省生产总值增长6.5%左右；固定资产投资增长10%以上；"
            "城镇、农村常住居民人均可支配收入分别增长7%、8%。\n")
    assert drafted_from(text) == {
        ("人均地区生产总值", 2027, "达到11万元以上"), ("生产总值", 2023, "增长6.5%左右"),
        ("固定资产投资", 2023, "增长10%以上"), ("城镇常住居民人均可支配收入", 2023, "增长7%"),
        ("农村常住居民人均可支配收入", 2023, "增长8%")}


def test_this_year_under_a_heading_of_that_years_tasks():
    """A work report's 今年 is the year its heading 三、2016年重点工作 names: not the first year of the five-year
    period named at the top (2015年是“十二五”收官之年 looks back at it). 今年 is no part of a name, and a good start
    (实现…良好开局) is no thing to reach."""
    text = ("政府工作报告（节选）\n"
            "2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。\n"
            "二、“十三五”时期主要目标任务\n"
            "到2020年，常住人口城镇化率达到60%。\n"
            "三、2016年重点工作\n"
            "今年是决胜阶段的开局之年。做好政府工作，努力实现“十三五”时期经济社会发展良好开局。\n"
            "今年发展的主要预期目标是：国内生产总值增长6.5%－7%，城镇登记失业率4.5%以内。\n"
            "今年化学需氧量、氨氮排放量要分别下降2%。\n")
    assert drafted_from(text) == {
        ("常住人口城镇化率", 2020, "达到60%"), ("国内生产总值", 2016, "增长6.5%－7%"),
        ("城镇登记失业率", 2016, "4.5%以内"), ("化学需氧量", 2016, "下降2%"), ("氨氮排放量", 2016, "下降2%")}


def test_names_listed_before_a_shared_opening_or_measure_keep_it():
    """单位国内生产总值用水量、能耗、二氧化碳排放量分别下降…: each is per unit of GDP (an intensity, not the total
    that 能耗 alone would name); 二氧化硫、氮氧化物排放量 and A、B、C比重 share the measure after the last name."""
    text = ("某市“十三五”生态环境保护规划\n"
            "到2020年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。\n"
            "到2020年，二氧化硫、氮氧化物排放量下降3%，先进制造业、现代服务业比重提高到45%。\n")
    assert drafted_from(text) == {
        ("单位国内生产总值用水量", 2020, "下降23%"), ("单位国内生产总值能耗", 2020, "下降15%"),
        ("单位国内生产总值二氧化碳排放量", 2020, "下降18%"), ("二氧化硫排放量", 2020, "下降3%"),
        ("氮氧化物排放量", 2020, "下降3%"), ("先进制造业比重", 2020, "提高到45%"), ("现代服务业比重", 2020, "提高到45%")}


def test_a_lead_in_financial_year_is_noted_on_the_items_under_it():
    """`achieve the following outcomes by 2022-23:` files the items under 2022 as a sentence's own financial year
    is filed, with the same note; a cause's share of deaths under it states what is, not a target."""
    text = ("Nutrition Mission\n"
            "Under the mission, achieve the following outcomes by 2022-23:\n"
            "• Reduce the prevalence of stunting among children to 25 per cent or less.\n"
            "• Under-nutrition is the prime risk factor in over 40 per cent of under-five child deaths.\n")
    found = _reviewed(text)
    assert list(found) == [("prevalence of stunting among children", 2022)]
    assert "a financial year (2022-23): filed under 2022" in found[("prevalence of stunting among children", 2022)]


def test_a_list_of_what_a_country_should_have_done_is_named_without_its_verb():
    """`By 2030, the country should have: (a) Raised the life expectancy …; (b) Achieved an infant mortality rate
    of …`: the participle opens no name. `bringing the rate down …` names no indicator: flagged, not named `rate down`."""
    text = ("National Development Plan 2030\n"
            "By 2030, the country should have:\n"
            "(a) Raised the life expectancy of its people to at least 70 years;\n"
            "(b) Achieved an infant mortality rate of less than 20 deaths per thousand live births.\n"
            "Maternal deaths are high. The target is to bring the rate down from 278 to 70 per 100,000 by 2026.\n")
    found = _reviewed(text)
    assert set(found) == {("人均预期寿命", 2030), ("婴儿死亡率", 2030), ("rate", 2026)}
    assert "'rate' names no indicator" in found[("rate", 2026)]


def _reviewed(text: str) -> dict[tuple[str, int], str]:
    """(name, year) of each target drafted from ``text`` → its review notes."""
    from drafts import draft_from

    return {(item["name"].get("zh") or item["name"]["en"], year): target.get("review", "")
            for item in draft_from(text).indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def test_a_number_with_thousands_is_one_number():
    """`增加161张至1,882张` holds one number 1,882: the comma between its thousands ends no clause (it was cut into
    a target of 1)."""
    text = "某市医疗服务体系规划\n到2030年，全市住院病床增加161张至1,882张，每千人口医生增至3.5名。\n"
    assert drafted_from(text) == {("住院病床", 2030, "增加161张至1,882张"), ("每千人口医生", 2030, "增至3.5名")}


def test_a_news_dateline_starts_the_story_under_its_headline():
    """A headline with no full stop is not the first line of a wrapped paragraph when the next line opens with a
    dateline (`Semarang (ANTARA) - `); who reports it is no part of the target, and a name that says what the
    government has done is flagged."""
    text = ("Country revises 2024 stunting rate target to under 20 percent\n"
            "Semarang (ANTARA) - The government has revised its stunting rate target for 2024 to be less than "
            "20 percent, compared to the earlier goal of 14 percent.\n")
    found = _reviewed(text)
    # (the year that ends the words is the target's, no part of the name)
    assert list(found) == [("government has revised its stunting rate target", 2024)]
    assert "holds a clause, not only a name" in found[("government has revised its stunting rate target", 2024)]
    from drafts import draft_from, drafted

    assert {line for *_, line in drafted(draft_from(text))} == {2}


def test_a_share_written_before_the_rate_or_the_people_it_counts():
    """`reach a 90% HPV vaccination rate for girls … by 2030` and `ensuring that less than 5% of the population
    uses tobacco by 2040` set shares (flagged: the name is made from the words after the share); a rate a
    country has reached is what is."""
    text = ("Cancer Plan\n"
            "The aim is to reach a 90% HPV vaccination rate for girls and to increase the vaccination of boys by 2030.\n"
            "- a tobacco-free generation: ensuring that less than 5% of the population uses tobacco by 2040\n"
            "The region has reached a 60% screening rate for women by 2020.\n")
    found = _reviewed(text)
    assert set(found) == {("HPV vaccination rate for girls", 2030), ("share of population who uses tobacco", 2040)}
    assert all("is written before" in review for review in found.values())


FLATTENED = """某县“十四五”教育事业发展规划

  “十四五”教育事业发展主要指标表

指  标

2020年

2025年

属性

一、发展水平

     

1.学前教育毛入园率(%)

98%

99%以上

约束性

2.义务教育标准班额比例(%)

其中:小学

初中

34.52%

77.34%

80%以上

85%以上

预期性

二、师资发展水平

     

1.幼儿教师专科及以上学历比例(%)

其中:本科及以上学历比例(%)

97.74%

49.85%

100%

50%

预期性

2.高中教师研究生学历(学位)比例(%)

12.59%

20%

预期性

三、保障措施

加强组织领导，落实各项任务。
"""


def test_a_flattened_table_with_group_headings_and_rows_stacked_in_cells():
    """A table copied from a web page, one cell a line: its group rows (一、发展水平 over a blank cell) are groups,
    not the end of the table; a row whose cells stack two lines (其中:小学 / 初中 with a value each per column, or a
    row and its 其中 part) is one row a line, flagged; the heading after the table (三、保障措施) ends it."""
    from drafts import draft_from, drafted

    found = {(name, year, text) for name, year, text, _ in drafted(draft_from(FLATTENED))}
    assert found == {
        ("学前教育毛入园率", 2025, "99%以上"), ("小学义务教育标准班额比例", 2025, "80%以上"),
        ("初中义务教育标准班额比例", 2025, "85%以上"), ("幼儿教师专科及以上学历比例", 2025, "100%"),
        ("幼儿教师专科及以上学历比例：其中本科及以上学历比例", 2025, "50%"),
        ("高中教师研究生学历(学位)比例", 2025, "20%")}
    stacked = _reviewed(FLATTENED)[("初中义务教育标准班额比例", 2025)]
    assert "one of 2 rows stacked in one row's cells" in stacked


def test_value_added_retail_and_schooling_levels_are_words_of_a_name():
    """增加值 (value added) is a noun, not the change 增加; 零售 (retail) holds no zero; 本科及以上学历 is a level of
    schooling, not a bound: each stays in its name, and the clause reads as the target after it."""
    for phrase, unit, subject, op, value in (
            ("服务业增加值占体育产业增加值的比重超过70%", "%", "服务业增加值占体育产业增加值的比重", ">", 70),
            # (an amount: in % it would hold growth rates, and the phrase is refused — see test_unseen20)
            ("社会消费品零售总额增长9.5%", "亿元", "社会消费品零售总额", ">=", 9.5),
            ("专任教师本科及以上学历比例保持在70%以上", "%", "专任教师本科及以上学历比例", ">=", 70)):
        rule = parse_target(phrase, unit=unit, direction="up")
        assert (rule.subject, rule.op, rule.value) == (subject, op, value)
    text = "某省体育发展规划\n到2025年，体育产业增加值占全省地区生产总值2%以上。\n"
    assert drafted_from(text) == {("体育产业增加值占全省地区生产总值", 2025, "2%以上")}


def test_items_under_a_lead_of_this_years_goals_take_the_documents_year():
    """A dated report's `建议全年经济社会发展预期目标` over its bullet items: each item is for the year of the date,
    noted; `扎实推进…` below is a task, not a target."""
    text = ("2023年某省这样干\n某晚报 2023年01月14日\n1月13日上午，省长代表省政府向大会作政府工作报告。\n"
            "建议全年经济社会发展预期目标\n●地区生产总值增长5%以上\n"
            "●城镇调查失业率5.5%以内\n8.扎实推进降碳减污扩绿增长\n")
    found = _reviewed(text)
    assert set(found) == {("地区生产总值", 2023), ("城镇调查失业率", 2023)}
    assert all("全年 read as 2023, the year of the date" in review for review in found.values())


def test_a_share_of_a_reference_average_scales_the_reference():
    """不低于全省平均水平的80% is at least 0.8 × the province's value, not a level of 80%; 低于全国平均水平的一半 is
    below half the nation's (once a level of 50%, so that 'half the national maternal mortality' passed any value
    up to 50,000 per 100,000). An average the grammar knows no region for is refused, not read as a level."""
    rule = parse_target("不低于全省平均水平的80%", unit="%", direction="up")
    assert (rule.kind, rule.op, rule.value, rule.change, rule.reference) == (
        "offset_vs_reference", ">=", -20, "percent", "province")
    rule = parse_target("不超过全国平均水平的一半", unit="1/10万", direction="down")
    assert (rule.kind, rule.op, rule.value, rule.change, rule.reference) == (
        "offset_vs_reference", "<=", -50, "percent", "nation")
    assert parse_target("不低于医院总床位数的10%", unit="%", direction="up").value == 10
    with pytest.raises(CheckerError):
        parse_target("不低于全国同类地区平均水平的80%", unit="%", direction="up")


def test_a_share_of_a_reference_average_is_judged_against_the_scaled_reference(tmp_path):
    """28% against a province at 32% meets 'not below 80% of the province' (25.6); 24% against 22% misses 'below
    half the province' (11)."""
    from click.testing import CliRunner

    from checker.cli import main

    (tmp_path / "plan.yaml").write_text(
        "plan:\n  id: ref\n  title: {zh: 相对全省平均水平}\n  region: 某县\n  references: {province: 某省}\n"
        "  base_year: 2020\n  target_years: [2025]\nindicators:\n"
        "  - id: lit\n    name: {zh: 居民健康素养水平}\n    unit: \"%\"\n    direction: up\n"
        "    targets:\n      2025: {text: \"不低于全省平均水平的80%\"}\n"
        "  - id: smoke\n    name: {zh: 15岁以上人群吸烟率}\n    unit: \"%\"\n    direction: down\n"
        "    targets:\n      2025: {text: \"低于全省平均水平的一半\"}\n", encoding="utf-8")
    (tmp_path / "data.csv").write_text(
        "region,indicator,year,value,unit\n某县,居民健康素养水平,2025,28,%\n某省,居民健康素养水平,2025,32,%\n"
        "某县,15岁以上人群吸烟率,2025,24,%\n某省,15岁以上人群吸烟率,2025,22,%\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "plan.yaml"), str(tmp_path / "data.csv"),
                                       "--format", "json"])
    import json

    verdicts = {r["indicator"]: (r["status"], r["evidence"]["goal"]) for r in json.loads(result.output)["results"]}
    assert verdicts == {"lit": ("pass", 25.6), "smoke": ("fail", 11.0)}


MMR_PLAN = ("plan:\n  id: mmr\n  title: {zh: 孕产妇死亡率}\n  region: 某市\n  base_year: 2015\n  target_years: [2020]\n"
            "indicators:\n  - id: mmr\n    name: {zh: 孕产妇死亡率}\n    unit: 1/10万\n    direction: down\n"
            "    baseline: {2015: \"9.8\"}\n    targets:\n      2020: {text: \"比2015年降低10%\"}\n")


def test_a_base_value_the_data_contradicts_is_said_by_check_and_shown_with_its_unit(tmp_path):
    """The plan states 9.8 for 2015, the data 12: check measures the change from the data's 12 and now says so on
    standard error (only validate did, and a verdict could flip without a word); a value in 1/10万 is written
    12/10万, not '121/10万' (the unit's 1 glued to the number)."""
    from click.testing import CliRunner

    from checker.cli import main

    (tmp_path / "plan.yaml").write_text(MMR_PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text("region,indicator,year,value,unit\n某市,孕产妇死亡率,2015,12,1/10万\n"
                                       "某市,孕产妇死亡率,2020,10,1/10万\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(tmp_path / "plan.yaml"), str(tmp_path / "data.csv")])
    assert "孕产妇死亡率 2015: the data gives 12/10万 but the plan states 9.8" in done.stderr
    done = CliRunner().invoke(main, ["validate", str(tmp_path / "data.csv"), "--plan", str(tmp_path / "plan.yaml")])
    assert "the data gives 12/10万" in done.output and "121/10万" not in done.output


def test_estimates_are_annotations_and_an_unknown_one_is_named():
    """83.16（市级测算）, （估算）, （暂定） are estimates: read, kept as notes, and marked not final by validate; an
    annotation checker does not know is refused by its words, with where to teach it (the hint once promised
    that annotations in general are read)."""
    from checker.data.readers import read_observations

    def read(cell: str, tmp):
        path = tmp / "d.csv"
        path.write_text(f"region,indicator,year,value,unit\n某市,人均预期寿命,2020,{cell},岁\n", encoding="utf-8")
        return read_observations(str(path)).items[0]

    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for cell, note in (("83.16（市级测算）", "市级测算"), ("83.2（估算）", "估算"), ("83.2(暂定)", "暂定")):
            item = read(cell, tmp)
            assert item.value in (83.16, 83.2) and note in item.notes
        with pytest.raises(CheckerError) as refused:
            read("83.16（统计局口径）", tmp)
        assert "'（统计局口径）' is no annotation checker knows" in refused.value.message
        assert "annotations:" in refused.value.hint


def test_a_published_completion_tables_headers(tmp_path):
    """A city's published table (类别, 序号, 指标, 单位, 2020年完成情况, 2020年规划目标): 类别 is a group, left out like
    序号; 2020年完成情况 is the year's observed values; 2020年规划目标 is refused as the target column it is (it
    was 'missing columns year, value', naming none of this). Rows a group alone tells apart are duplicates."""
    from checker.data.readers import read_observations

    path = tmp_path / "d.csv"
    path.write_text("类别,序号,指标,单位,2020年完成情况\n健康水平,1,人均预期寿命,岁,80.5\n", encoding="utf-8")
    item = read_observations(str(path)).items[0]
    assert (item.indicator, item.year, item.value) == ("人均预期寿命", 2020, 80.5)
    path.write_text("类别,序号,指标,单位,2020年完成情况,2020年规划目标\n健康水平,1,人均预期寿命,岁,80.5,80\n",
                    encoding="utf-8")
    with pytest.raises(CheckerError) as refused:
        read_observations(str(path))
    assert "names a target" in refused.value.message
    path.write_text("类别,指标,2020\n城镇,人均预期寿命,80.5\n农村,人均预期寿命,78\n", encoding="utf-8")
    with pytest.raises(CheckerError) as refused:
        read_observations(str(path))
    assert "conflicting duplicate" in refused.value.message


def test_check_says_when_a_value_looks_slipped_or_is_another_years(tmp_path):
    """A maternal mortality rate given per 万 in a row with no unit (0.6 after 7.1 per 10万) passes ≤ 5 per 10万;
    a 2020 row holding 3.15（2019年） is judged as 2020's. validate warned of both; check now says so on
    standard error, where a user who runs only check sees it."""
    from click.testing import CliRunner

    from checker.cli import main

    data = tmp_path / "d.csv"
    data.write_text("region,indicator,year,value,unit,note\n南安市,孕产妇死亡率,2018,7.1,1/10万,\n"
                    "南安市,孕产妇死亡率,2020,0.6,,每万\n南安市,婴儿死亡率,2020,3.15（2019年）,‰,\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(data)])
    assert "孕产妇死亡率 in 南安市: 2020 is 0.6/10万 against 7.1/10万 in 2018: about 10 times smaller" in done.stderr
    assert "婴儿死亡率 2020: the value '3.15（2019年）' is marked as 2019's, and is judged as 2020's" in done.stderr


def test_a_baseline_marked_as_another_years_is_linted(tmp_path):
    """`baseline: {2015: "19.1（2013年）"}`, as the Healthy China table prints it: the 2013 figure is used as
    2015's (a pace over 10 years counted over 8), once without a word from lint."""
    from checker.plan.lint import lint

    plan = MMR_PLAN.replace('baseline: {2015: "9.8"}', 'baseline: {2015: "19.1（2013年）"}')
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    found = [p for p in lint(str(tmp_path / "plan.yaml")) if p.code == "baseline-year"]
    assert len(found) == 1 and "marked as 2013's value; it is used as 2015's" in found[0].message


def test_a_base_value_in_brackets_after_the_base_year_is_a_note():
    """比2015年(24.31)降低10个百分点 was refused blaming 比; the bracketed number is the 2015 value the plan states:
    read as a note that says where to give it for it to be used."""
    for phrase in ("比2015年(24.31)降低10个百分点", "比2015年（24.31）降低10个百分点"):
        rule = parse_target(phrase, unit="%", direction="down")
        assert (rule.kind, rule.value, rule.change, rule.base_year) == ("vs_baseline", -10, "points", 2015)
        assert any(note.startswith("base value stated as 24.31") for note in rule.notes)
