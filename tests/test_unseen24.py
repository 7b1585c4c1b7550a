"""Twenty-fourth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from files import HEAD, IMR_PLAN, drafted_targets

ROOT = Path(__file__).resolve().parent.parent


_drafted = drafted_targets  # (indicator name, year, target text, review notes); [] if refused


def _extracted(path: Path) -> set[tuple[str, int, str]]:
    """(name, year, text) of every target `checker extract --format json` drafts from the file at ``path``."""
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return {(target["name"], target["year"], target["text"]) for target in json.loads(result.stdout)["targets"]}


@pytest.mark.parametrize("sentence, name, year", [
    ("我们会在2027年或之前把安老宿位增至不少于5000个。", "安老宿位", 2027),
    ("政府会在2026年或以前把公营医院病床数目增加至30000张。", "公营医院病床数目", 2026),
])
def test_a_year_by_or_before_which_is_the_year_not_the_name(sentence, name, year):
    """`我们会在2027年或之前把安老宿位增至…` (Hong Kong's "in or before 2027") drafted an indicator named
    `在2027年或之前把安老宿位`."""
    [(found_name, found_year, _, _)] = _drafted(sentence)
    assert (found_name, found_year) == (name, year)


@pytest.mark.parametrize("sentence, name, text", [
    ("2020年全县孕产妇死亡率为12.5/10万，到2025年控制在10/10万以下。", "孕产妇死亡率", "控制在10/10万以下"),
    ("目前我市高血压患者规范管理率为60%，2025年提高到70%。", "高血压患者规范管理率", "提高到70%"),
    ("截至2022年，全市每千人口执业医师数达2.8人，力争2025年达到3.2人。", "每千人口执业医师数", "力争2025年达到3.2人"),
    ("现有养老床位3200张，2025年达到4500张。", "养老床位", "达到4500张"),
    ("2021年本市人均预期寿命为79.5岁，较2015年提高1.2岁，到2025年提高到80.5岁。", "人均预期寿命", "提高到80.5岁"),
])
def test_the_figure_a_target_starts_from_is_no_target_and_names_it(sentence, name, text):
    """A figure of record before a target in one sentence: `2020年…为12.5/10万，到2025年…` drafted the 2020 figure as
    a 2020 target; `截至2022年，…达2.8人，力争2025年…` a 2022 target; after `目前…为60%`, `现有…3200张` and a 2021
    record the 2025 target was lost without a word. The figure is the base; its name goes on to the target."""
    assert _drafted(sentence) == [(name, 2025, text, None)]


def test_milestones_with_bare_years_stay_two_targets():
    """`2025年…达到80岁，2030年达到81岁` reaches a level in each year: both are targets, not a base and a target."""
    assert [(name, year) for name, year, _, _ in _drafted("2025年，全市人均预期寿命达到80岁，2030年达到81岁。")] == [
        ("人均预期寿命", 2025), ("人均预期寿命", 2030)]


PLAN = IMR_PLAN


def _plan(tmp_path: Path, text: str = PLAN) -> str:
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    return str(plan)


def test_empty_cells_formatted_as_percent_below_the_table_are_nothing(tmp_path):
    """A column formatted as % in Excel down to row 29, the table three rows long: check stopped with an
    internal error (exit 3) instead of reading the table."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["地区", "指标", "年份", "数值", "单位"], ["甲市", "婴儿死亡率", 2024, 5.4, "‰"],
                ["甲市", "婴儿死亡率", 2025, 4.5, "‰"]):
        sheet.append(row)
    for row in range(4, 30):
        sheet.cell(row=row, column=4).number_format = "0.00%"
    book.save(tmp_path / "data.xlsx")
    result = CliRunner().invoke(main, ["check", _plan(tmp_path), str(tmp_path / "data.xlsx"), "--as-of", "2025",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.stdout)["results"]
    assert (found["status"], found["value"]) == ("pass", 4.5)


def _one_rule_plan(unit: str, rule: str, indicator: str = "婴儿死亡率") -> str:
    return PLAN.replace("unit: ‰", f"unit: {unit}").replace("婴儿死亡率", indicator).replace(
        '2025: {text: "≤7.5‰"}', f'2025:\n        text: "按国家下达目标"\n        rule: {rule}')


@pytest.mark.parametrize("unit, rule, data, value", [
    ("‰", '{kind: upper_bound, op: "<=", value: 0.5, unit: "%"}', "4.5,‰", 5.0),
    ("1/10万", '{kind: upper_bound, op: "<=", value: 1.2, unit: "1/万"}', "11,1/10万", 12.0),
])
def test_a_rules_own_unit_converts_its_value_to_the_indicators(tmp_path, unit, rule, data, value):
    """`rule: {value: 0.5, unit: "%"}` of a ‰ indicator was judged as ≤ 0.5‰: 4.5‰ failed "off by 800%" where
    0.5% is 5‰ (the rule's `unit` was read and then ignored)."""
    plan = _plan(tmp_path, _one_rule_plan(unit, rule))
    (tmp_path / "data.csv").write_text(f"地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2025,{data}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "pass"
    assert found["evidence"]["rule"]["value"] == value


@pytest.mark.parametrize("unit, rule, says", [
    ("张/千人", '{kind: lower_bound, op: ">=", value: 6, unit: "吨"}', "cannot be converted"),
    ("‰", '{kind: vs_baseline, op: "<=", value: -20, change: percent, base_year: 2020, unit: "人"}', "has none"),
])
def test_a_rules_unit_that_does_not_fit_is_a_located_error(tmp_path, unit, rule, says):
    """A rule's unit of another kind (吨 for beds per 1,000) was accepted without a word."""
    result = CliRunner().invoke(main, ["lint", _plan(tmp_path, _one_rule_plan(unit, rule))])
    assert result.exit_code == 1
    assert says in result.output and "targets.2025.rule.unit" in result.output


@pytest.mark.parametrize("phrase, value", [("scale up to 95%", 95), ("rise up to 90%", 90), ("go up to 90%", 90),
                                           ("will ramp up to 85% by 2030", 85), ("stepped up to 80%", 80)])
def test_a_verb_of_rising_with_up_before_to_reaches_the_level(phrase, value):
    """`scale up to 95%` (standard wording for coverage of treatment and immunisation) read as at most 95%: a
    coverage of 97% failed; `rise up to 90%` as a rise of at most 90% from the base year."""
    from checker.language.grammar import parse_target
    rule = parse_target(phrase, unit="%", direction="up")
    assert (rule.kind, rule.op, rule.value) == ("reach", ">=", value)


def test_up_to_alone_and_a_cut_by_up_to_keep_their_reading():
    from checker.language.grammar import parse_target
    assert (parse_target("up to 90%", unit="%", direction="down").op) == "<="
    rule = parse_target("reduce by up to 10%", unit="%", direction="down")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", ">=", -10)


def test_what_a_rate_did_after_a_relative_clause_of_its_target_is_no_target():
    """`The neonatal mortality rate, which should be reduced to four per 1,000 live births by 2030, increased from
    6.5 in 2021 to 7.2 in 2024` drafted a 2024 target ≥ 7.2 named "which"; `went up to 80% in 2023` a 2023 target."""
    text = ("Health review\n\nThe neonatal mortality rate, which should be reduced to four per 1,000 live births by "
            "2030, increased from 6.5 in 2021 to 7.2 in 2024.\n\nBy 2030, the infant mortality rate, which stood at 12 "
            "per 1,000 live births in 2020, will be reduced to 8 per 1,000 live births.\n\n"
            "Skilled birth attendance went up to 80% in 2023.\n")
    assert [(name, year, text) for name, year, text, _ in _drafted(text)] == [
        ("新生儿死亡率", 2030, "should be reduced to four per 1,000 live births"),
        ("婴儿死亡率", 2030, "will be reduced to 8 per 1,000 live births")]


@pytest.mark.parametrize("phrase, unit", [("建成3个国家级健康县区、10个健康乡镇", "个"), ("创建2家三级医院、5家二级医院", "家"),
                                          ("建成3個健康縣區、10個健康鄉鎮", "个"), ("建成3个健康县区和10个健康乡镇", "个")])
def test_a_deliverable_counting_two_things_is_refused(phrase, unit):
    """`建成3个国家级健康县区、10个健康乡镇` for 健康乡镇数 read as ≥ 3: 4 towns passed where the plan promised 10."""
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError, match="more than one count"):
        parse_target(phrase, unit=unit, direction="up")


@pytest.mark.parametrize("phrase, unit, value", [("2025年前完成200万户问题厕所整改", "万户", 200),
                                                 ("完成200万户问题厕所整改", "户", 2_000_000),
                                                 ("完成5000例白内障复明手术", "例", 5000), ("完成2000人次培训", "人次", 2000)])
def test_a_count_done_is_the_target_in_any_unit_that_converts(phrase, unit, value):
    """`完成200万户问题厕所整改` was a yes/no with the count in a note: data of 150万户 was n/a, not a fail."""
    from checker.language.grammar import parse_target
    rule = parse_target(phrase, unit=unit, direction="up")
    assert (rule.kind, rule.op, rule.value) == ("reach", ">=", value)


def test_by_the_end_of_a_year_is_its_deadline():
    """`… by the end of 2027` kept no year (2027 went into a note) while `by 2027` kept it."""
    from checker.language.grammar import parse_target
    rule = parse_target("reduce the smoking rate to 20% by the end of 2030", unit="%", direction="down")
    assert (rule.kind, rule.op, rule.value, rule.year) == ("upper_bound", "<=", 20, 2030)
    assert parse_target("achieve full coverage by the end of 2027", unit="%", direction="up").year == 2027


def test_an_id_the_catalogue_gives_another_indicator_pulls_in_none_of_its_rows(tmp_path):
    """`id: life_expectancy` on an indicator named 健康预期寿命 passed on a 人均预期寿命 row of 79.1 (the id's catalogue
    names matched it) and lint said nothing."""
    text = PLAN.replace("id: imr", "id: life_expectancy").replace("婴儿死亡率", "健康预期寿命").replace(
        "unit: ‰", "unit: 岁").replace("direction: down", "direction: up").replace("≤7.5‰", "≥70岁")
    plan = _plan(tmp_path, text)
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,人均预期寿命,2025,79.1,岁\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "n/a"
    linted = CliRunner().invoke(main, ["lint", plan])
    assert "[catalogue-id]" in linted.output and "healthy_life_expectancy" in linted.output


LINKED = HEAD + """\
  - id: spend
    name: {zh: 政府卫生投入}
    unit: 亿元
    direction: up
    targets:
      2025: {text: "持续增长"}
  - id: share
    name: {zh: 健康投入}
    unit: 亿元
    direction: up
    targets:
      2025:
        text: "同比例提高"
        rule: {kind: linked, linked_to: spend}
"""


@pytest.mark.parametrize("mine, theirs, status", [
    ((10, 9), (10, 9.5), "fail"),     # both fell, this one twice as fast: "ratio 2, in step" passed
    ((10, 10), (10, 15), "fail"),     # no change while the other rose by half: "same way, but less" warned
    ((10, 11), (10, 9.5), "pass"),    # it rose, the other fell: rose as the words ask
    ((10, 12.5), (10, 15), "warn"),   # rose, by half the other's rise
    ((10, 16), (10, 15), "pass"),
])
def test_a_linked_rise_fails_where_the_indicator_did_not_rise(tmp_path, mine, theirs, status):
    """`同比例提高` passed with "比值 2：同步" where both indicators fell."""
    plan = _plan(tmp_path, LINKED)
    rows = [f"甲市,健康投入,{year},{value},亿元" for year, value in zip((2020, 2025), mine)]
    rows += [f"甲市,政府卫生投入,{year},{value},亿元" for year, value in zip((2020, 2025), theirs)]
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    found = {item["indicator"]: item for item in json.loads(result.stdout)["results"]}
    assert found["share"]["status"] == status, found["share"]["reason"]


EDGES = HEAD + """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2025: {text: "达到79岁以上"}
  - id: screening
    name: {zh: 产前筛查率}
    unit: "%"
    direction: up
    targets:
      2025: {text: "保持"}
"""


@pytest.mark.parametrize("columns", ["0", "1"])
def test_a_value_exactly_on_a_pace_or_maintain_edge_meets_it(tmp_path, monkeypatch, columns):
    """A pace of exactly 0.95 ((0.57 ÷ 3) ÷ (1 ÷ 5)) warned "0.95 < 0.95", and a fall of exactly 2% under 保持
    (95 → 93.1) warned where the policy passes it: binary noise put each just past its edge."""
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columns)
    plan = _plan(tmp_path, EDGES)
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,人均预期寿命,2020,78.0,岁\n甲市,人均预期寿命,2023,78.57,岁\n"
                                       "甲市,产前筛查率,2020,95,%\n甲市,产前筛查率,2023,93.1,%\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2023", "--format", "json"])
    assert [item["status"] for item in json.loads(result.stdout)["results"]] == ["pass", "pass"]


@pytest.mark.parametrize("phrase", ["cancer cases are set to increase by 24% by 2035", "set to double by 2035",
                                    "are projected to rise to 30% by 2030", "is forecast to reach 30% by 2030",
                                    "is likely to reach 80% by 2030"])
def test_an_english_forecast_is_refused_as_the_chinese_one_is(phrase):
    """The EU's "cancer cases are set to increase by 24% by 2035" (what happens without action) read as a goal of a
    24% rise: 25.9% passed; "is likely to reach 80%" passed 80% with no lint warning."""
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError, match="cannot place the words (set|projected|forecast|likely) to"):
        parse_target(phrase, unit="%", direction="down")


def test_a_news_reports_forecasts_are_not_drafted_and_a_none_below_is_kept_whole():
    """"By 2030, U.S. obesity rates will increase 42 percent …, researchers predict" drafted two 2030 targets; "no state
    will have an obese population below 35 percent" a target "below 35 percent", the opposite of what it says."""
    text = ("Study on obesity\n\nBy 2030, U.S. obesity rates will increase 42 percent and the severely obese will rise "
            "from 5 percent to 11 percent, researchers predict.\n\nIn 29 states, more than half of the population will be "
            "obese by 2030, and no state will have an obese population below 35 percent.\n\n"
            "By 2030, the smoking rate will be reduced to 10 percent.\n")
    drafted = _drafted(text)
    assert [(name, year, words) for name, year, words, _ in drafted if not _] == [
        ("smoking rate", 2030, "the smoking rate will be reduced to 10 percent")]
    # kept whole for a person, never as "below 35 percent"
    [(_, _, words, note)] = [hit for hit in drafted if hit[3]]
    assert words.startswith("no state will have") and "every one is at least" in note


def test_a_rate_per_people_before_achieved_is_refused_and_a_rate_of_one_is_no_yes(tmp_path):
    """"the rate of 4.5 medical doctors and one pharmacist achieved for every 10,000 people" read as a yes/no, and
    data of 1 doctor per 10,000 passed as "achieved"."""
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError):
        parse_target("the rate of 4.5 medical doctors and one pharmacist achieved for every 10,000 people",
                     unit="人/万人", direction="up")
    text = PLAN.replace("unit: ‰", "unit: 人/万人").replace("婴儿死亡率", "每万人口医生数").replace(
        "direction: down", "direction: up").replace('"≤7.5‰"', '"实现"')
    plan = _plan(tmp_path, text)
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,每万人口医生数,2025,1,人/万人\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "n/a"


def test_another_documents_number_cited_at_the_top_does_not_date_the_plan(tmp_path):
    """依据《国务院关于实施健康中国行动的意见》（国发〔2019〕13号） in a 十四五 plan's preamble set its base year to 2018,
    and the table's 2020 column was drafted as 2020 targets: they passed, the real 2025 targets were n/a."""
    text = ("某旗“十四五”卫生健康事业发展规划\n\n"
            "依据《国务院关于实施健康中国行动的意见》（国发〔2019〕13号），制定本规划。\n\n"
            "| 指标 | 单位 | 2020年 | 2025年 | 指标性质 |\n| --- | --- | --- | --- | --- |\n"
            "| 人均预期寿命 | 岁 | 77.5 | 78.5 | 预期性 |\n| 孕产妇死亡率 | 1/10万 | 15.2 | ≤14 | 约束性 |\n")
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    assert {(year, text) for _, year, text in _extracted(tmp_path / "plan.md")} == {(2025, "78.5"), (2025, "≤14")}
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "plan.md")])
    assert "2018" not in result.output


def test_a_news_report_of_a_plan_period_completed_sets_no_targets():
    """A press release of 高质量完成“十四五”规划 (dated 1月19日, no year) drafted 16 targets for 2025, among them
    `由2.98人增长至3.45人`, and check passed the report's figures against themselves."""
    text = ("1月19日，某市召开“高质量完成‘十四五’规划”系列主题新闻发布会。\n\n"
            "“十四五”期间，全市多项核心指标超额完成规划目标。2025年，每千人口执业（助理）医师数由2.98人增长至3.45人。\n")
    with pytest.raises(CheckerError, match="news report of a plan period completed"):
        build(read_text(text, "news.txt"))


def test_a_period_said_to_be_exceeded_looks_back():
    """"“十四五”期间，全市多项核心指标超额完成规划目标" drafted a target named 多项核心指标超额: the period it names is done."""
    assert _drafted("某市卫生健康工作\n\n“十四五”期间，全市多项核心指标超额完成规划目标。到2030年，全市人均预期寿命达到81岁。\n") == [
        ("人均预期寿命", 2030, "达到81岁", None)]


def test_a_change_beside_a_years_bare_figure_is_flagged_as_the_figure_is():
    """"2020年，人均预期寿命为77.52岁，比2015年提高0.59岁" flagged 77.52 for review and drafted the change without a word."""
    [(_, _, _, figure), (_, _, change, note)] = _drafted("某区卫生健康工作情况\n\n2020年，人均预期寿命为77.52岁，比2015年提高0.59岁。\n")
    assert change == "比2015年提高0.59岁" and "not that year's record" in note


def test_a_pdf_target_cell_across_two_year_columns_holds_for_both(tmp_path):
    """健康中国行动's table: 33 target cells drawn across the 2022 and 2030 columns (人均每日食盐摄入量 ≤5) were drafted for
    2022 only, and nothing said so; a note row across the table, or words across the name and target columns, are
    no targets of each column."""
    pytest.importorskip("pdfplumber")
    reportlab = pytest.importorskip("reportlab")  # noqa: F841
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rows = [["指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质"],
            ["孕妇贫血率（%）", "17.2", "<14", "<10", "预期性"],
            ["人均每日食盐摄入量（g）", "10.5", "≤5", "", "倡导性"],
            ["说明：食盐摄入量按抽样调查计", "", "", "", ""],
            ["鼓励个人定期记录身心健康状况", "", "", "", "倡导性"]]
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                        ("SPAN", (2, 2), (3, 2)), ("SPAN", (0, 3), (4, 3)), ("SPAN", (0, 4), (3, 4))])
    page = canvas.Canvas(str(tmp_path / "plan.pdf"), pagesize=A4)
    page.setFont("STSong-Light", 14)
    page.drawString(40, 800, "某市健康行动主要指标")
    table = Table(rows, colWidths=[190, 60, 80, 80, 60])
    table.setStyle(style)
    table.wrapOn(page, 500, 700)
    table.drawOn(page, 40, 600)
    page.save()
    drafted = _extracted(tmp_path / "plan.pdf")
    assert {("人均每日食盐摄入量", 2022, "≤5"), ("人均每日食盐摄入量", 2030, "≤5"), ("孕妇贫血率", 2030, "<10")} <= drafted
    assert not any(name.startswith(("说明", "鼓励")) for name, _, _ in drafted)


def test_a_letter_printed_off_the_page_does_not_stop_wrapped_lines_joining(tmp_path):
    """A reprint's watermark letter drawn beyond the page's right edge made no line reach the right margin: no wrapped
    line was joined to the next, and `总体癌症5年生存率提高` / `15%。` was drafted as "提高" with the 15% lost."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = ["某市健康促进规划（2021—2030年）", "", "强化慢性病筛查和早期发现。到2030年，实现全人",
             "群、全生命周期的慢性病健康管理，总体癌症5年生存率提高", "15%。加强口腔卫生，12岁儿童患龋率控制在25%以内。"]
    page = canvas.Canvas(str(tmp_path / "plan.pdf"), pagesize=(595.32, 841.92))
    y = 760
    for text in lines:
        if text:
            page.setFont("STSong-Light", 15.5)
            page.drawString(79, y, text)
        y -= 31
    page.setFont("STSong-Light", 10)
    page.drawString(639, 120, "X")  # beyond the page's edge
    page.save()
    assert ("总体癌症5年生存率", "提高15%") in {(name, text) for name, _, text in _extracted(tmp_path / "plan.pdf")}


def test_a_nature_written_in_the_target_words_is_the_targets(tmp_path):
    """`≤5‰（约束性）` with no `nature:` warned on a near miss of 5.05‰: the plan's own word makes it binding (a fail);
    against an explicit nature it is a lint warning."""
    plan = _plan(tmp_path, PLAN.replace('"≤7.5‰"', '"≤5‰（约束性）"'))
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2025,5.05,‰\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "fail"
    other = _plan(tmp_path, PLAN.replace('"≤7.5‰"', '"≤5‰（约束性）", nature: 预期性'))
    linted = CliRunner().invoke(main, ["lint", other])
    assert "[nature]" in linted.output and "marks itself 约束性" in linted.output


@pytest.mark.parametrize("columns", ["0", "1"])
@pytest.mark.parametrize("values, status", [((18, 15, 16, 17, 17.5), "warn"), ((18, 17, 16, 15.5, 15), "pass"),
                                            ((18, 15, 16, 17, 16.9), "warn")])  # 逐年: rose 2022–2024
def test_a_trend_met_over_its_window_that_turned_in_the_last_year_warns(tmp_path, monkeypatch, columns, values, status):
    """逐年下降 of 18, 15, 16, 17, 17.5 (2021–2025) passed as "按要求下降": only the window's ends were compared."""
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columns)
    plan = _plan(tmp_path, PLAN.replace('"≤7.5‰"', '"逐年下降"').replace("unit: ‰", "unit: \"%\"").replace(
        "婴儿死亡率", "吸烟率"))
    rows = [f"甲市,吸烟率,{year},{value},%" for year, value in zip(range(2021, 2026), values)]
    rows += [f"乙县,吸烟率,{year},{value},%" for year, value in zip(range(2021, 2026), values)]
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--all-regions",
                                       "--format", "jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    statuses = [line["status"] for line in lines if "status" in line and "region" in line]
    assert statuses == [status, status], result.stdout[:2000]


def test_a_table_copied_one_cell_a_line_each_opening_with_a_pipe_is_read():
    """A statistics page stored as `序号` / `| 指标` / `| 单位` … with a lone `|` ending each row: the table was lost and
    an indicator named `| 1/10万` made up."""
    cells = ["序号", "| 指标", "| 单位", "| 2020年", "| 2025年", "| 指标性质", "|",
             "1", "| 人均预期寿命", "| 岁", "| 77.5", "| 78.5", "| 预期性", "|",
             "2", "| 孕产妇死亡率", "| 1/10万", "| 15.2", "| ≤14", "| 约束性", "|"]
    text = "某旗“十四五”卫生健康发展规划\n表1 “十四五”卫生健康主要指标\n" + "\n".join(cells) + "\n"
    assert sorted((name, year, words) for name, year, words, _ in _drafted(text)) == [
        ("人均预期寿命", 2025, "78.5"), ("孕产妇死亡率", 2025, "≤14")]
    # a page's links above it (首页 | 新闻 | 公开), and full-width pipes, do not turn it off
    navigated = "首页 | 新闻 | 政务公开\n" + text.replace("| ", "｜")
    assert sorted((name, year, words) for name, year, words, _ in _drafted(navigated)) == [
        ("人均预期寿命", 2025, "78.5"), ("孕产妇死亡率", 2025, "≤14")]


def test_a_part_of_the_people_under_the_wholes_catalogue_id_reads_none_of_its_rows(tmp_path):
    """女性人均预期寿命 under `id: life_expectancy` passed on the whole population's 人均预期寿命 row."""
    text = PLAN.replace("id: imr", "id: life_expectancy").replace("婴儿死亡率", "女性人均预期寿命").replace(
        "unit: ‰", "unit: 岁").replace("direction: down", "direction: up").replace("≤7.5‰", "≥80岁")
    plan = _plan(tmp_path, text)
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,人均预期寿命,2025,81.1,岁\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "n/a"
    assert "counts a part of its people" in CliRunner().invoke(main, ["lint", plan]).output


def test_a_base_named_with_yishang_and_a_first_years_target_before_a_later_one():
    """`现有二级以上医院12家，到2025年达到15家` and `目前全市65岁以上老年人健康管理率为65%，2025年提高到70%` lost their 2025
    targets without a word (the 以上 of the name read as a bound), and `2023年，…控制在6‰以下，到2025年控制在5‰以下` was
    dropped whole as a year's record."""
    text = ("某市“十四五”卫生健康事业发展规划\n\n现有二级以上医院12家，到2025年达到15家。\n\n"
            "目前全市65岁以上老年人健康管理率为65%，2025年提高到70%。\n\n"
            "2023年，全市婴儿死亡率控制在6‰以下，到2025年控制在5‰以下。\n")
    assert [(name, year, words) for name, year, words, _ in _drafted(text)] == [
        ("二级以上医院", 2025, "达到15家"), ("65岁以上老年人健康管理率", 2025, "提高到70%"),
        ("婴儿死亡率", 2023, "控制在6‰以下"), ("婴儿死亡率", 2025, "控制在5‰以下")]


@pytest.mark.parametrize("phrase", ["could reach 30% by 2030", "might fall to 5%", "may reach 90% by 2030"])
def test_what_could_or_might_be_is_refused(phrase):
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError, match="could|might|may"):
        parse_target(phrase, unit="%", direction="up")


def test_a_forecast_according_to_a_study_is_not_drafted():
    text = ("Obesity\n\nBy 2030, the obesity rate will reach 12 percent, according to a new study.\n\n"
            "By 2030, the smoking rate will be reduced to 10 percent.\n")
    assert [name for name, _, _, _ in _drafted(text)] == ["smoking rate"]


def test_a_table_written_as_labelled_records_is_read(tmp_path):
    """The national outline's main indicators as a reprint gives them, one labelled record a paragraph (领域：健康水平
    指标：人均预期寿命(岁) 2015 年：76.34 2020 年：77.3 2030 年：79.0): 24 of 26 targets were lost without a word."""
    text = ("健康中国建设主要指标\n\n"
            "领域：健康水平指标：人均预期寿命(岁) 2015 年：76.342020 年：77.3 2030 年：79.0\n\n"
            "领域：健康水平 指标：婴儿死亡率(‰) 2015 年：8.1 2020 年：7.5 2030 年：5.0\n\n"
            "领域：健康服务与保障 指标：个人卫生支出占卫生总费用的比重(%) 2015 年：29.3 2020 年：28 左右 2030 年：25 左右\n")
    (tmp_path / "outline.txt").write_text(text, encoding="utf-8")
    assert _extracted(tmp_path / "outline.txt") == {
        ("人均预期寿命", 2020, "77.3"), ("人均预期寿命", 2030, "79.0"), ("婴儿死亡率", 2020, "7.5"), ("婴儿死亡率", 2030, "5.0"),
        ("个人卫生支出占卫生总费用的比重", 2020, "28 左右"), ("个人卫生支出占卫生总费用的比重", 2030, "25 左右")}
    # with a unit and a nature label, and year labels that say which value is which
    (tmp_path / "labels.txt").write_text(
        "主要指标\n\n指标：人均预期寿命 单位：岁 2020年现状值：78.2 2025年目标值：79.0 属性：预期性\n\n"
        "指标：婴儿死亡率 单位：‰ 2020年现状值：4.5 2025年目标值：≤4 属性：约束性\n", encoding="utf-8")
    assert _extracted(tmp_path / "labels.txt") == {("人均预期寿命", 2025, "79.0"), ("婴儿死亡率", 2025, "≤4")}


def test_a_target_against_the_nation_with_no_region_named_for_it_is_a_lint_warning(tmp_path):
    """`达到全国平均水平` with no `plan.references`: lint (even --strict) said nothing, and check was n/a, its 全国 row
    left out."""
    plan = _plan(tmp_path, PLAN.replace('"≤7.5‰"', '"达到全国平均水平"'))
    linted = CliRunner().invoke(main, ["lint", plan])
    assert "[references]" in linted.output and "plan.references.nation" in linted.output


def test_two_years_values_after_a_name_holding_under_are_read_as_written():
    """"…children under five years old to 15 percent by 2015 and 12 percent by 2020" drafted a 2020 target "under 12
    percent" (the under of the age) with a quote no document holds, and split the indicator in two."""
    text = ("Health strategy\n\nThe strategy targets reducing the malnourishment rate among children under five years "
            "old to 15 percent by 2015 and 12 percent by 2020.\n")
    drafted = _drafted(text)
    assert [(year, words) for _, year, words, _ in drafted] == [(2015, "to 15 percent"), (2020, "to 12 percent")]
    assert len({name for name, _, _, _ in drafted}) == 1


def test_an_encrypted_pdf_that_opens_without_a_password_is_said_to_be_encrypted(tmp_path):
    """A PDF encrypted with an empty user password (copying barred) was refused as a font problem."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(tmp_path / "plan.pdf"),
                         encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0))
    page.setFont("STSong-Light", 12)
    page.drawString(50, 700, "到2030年，全市人均预期寿命达到80岁，婴儿死亡率控制在4‰以下。")
    page.save()
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "plan.pdf")])
    assert result.exit_code in (0, 2)
    assert "fonts carry no map" not in result.output
    if result.exit_code == 2:
        assert "encrypted" in result.output


def test_a_result_that_beat_a_target_is_none_and_is_to_be_takes_the_rate_before_it():
    """"… decreasing from 19.5% in 2009 to 15.7% in 2013, exceeding the 2020 target" drafted a 2013 target; "The
    maternal mortality ratio, which fell to 170 … in 2020, is to be reduced to 70 …" named its target "is"."""
    text = ("Health strategy\n\nThe proportion of students who smoked decreased from 19.5% in 2009 to 15.7% in 2013, "
            "exceeding the 2020 target.\n\nThe maternal mortality ratio, which fell to 170 per 100,000 live births in "
            "2020, is to be reduced to 70 per 100,000 live births by 2030.\n")
    assert [(name, year) for name, year, _, _ in _drafted(text)] == [("孕产妇死亡率", 2030)]


def test_measures_named_among_others_are_drafted_each():
    """"人均预期寿命等居民主要健康指标达到全国平均水平" drafted one indicator named by the whole phrase (no data matched it)."""
    drafted = _drafted("某县健康行动\n\n到2030年，孕产妇死亡率、婴儿死亡率等主要健康指标优于全省平均水平。\n")
    assert [(name, words) for name, _, words, _ in drafted] == [("孕产妇死亡率", "优于全省平均水平"),
                                                                 ("婴儿死亡率", "优于全省平均水平")]
    assert all("named among others" in note for _, _, _, note in drafted)


@pytest.mark.parametrize("name, row", [("65岁及以上老年人健康管理率", "65岁以上老年人健康管理率"),
                                       ("城市空气质量优良天数比率", "空气质量优良天数比率")])
def test_an_age_or_a_city_that_belongs_to_the_whole_measure_is_no_part_of_its_people(tmp_path, name, row):
    """The first version of the part-of-the-people rule read 65岁及以上老年人健康管理率 and 城市空气质量优良天数比率 as parts
    of their catalogue entries: their own rows were left out, n/a."""
    from checker.data.matching import catalogue, catalogue_ids, fold
    entry_id = catalogue_ids()[fold(row)]
    text = PLAN.replace("id: imr", f"id: {entry_id}").replace("婴儿死亡率", name).replace(
        "unit: ‰", "unit: \"%\"").replace("direction: down", "direction: up").replace("≤7.5‰", "≥70%")
    plan = _plan(tmp_path, text)
    (tmp_path / "data.csv").write_text(f"地区,指标,年份,数值,单位\n甲市,{row},2025,80,%\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    [found] = json.loads(result.stdout)["results"]
    assert found["status"] == "pass"
    assert catalogue()[entry_id]


def test_a_whole_place_building_a_bounded_count_and_a_bounded_base_are_read():
    """`到2025年，全市建成3个以上紧密型医共体，力争达到5个` and `现有医院12家以上，到2025年达到15家以上` drafted nothing."""
    text = "某市规划\n\n到2025年，全市建成3个以上紧密型医共体，力争达到5个。\n\n现有医院12家以上，到2025年达到15家以上。\n"
    assert [(name, year, words) for name, year, words, _ in _drafted(text)] == [
        ("紧密型医共体", 2025, "3个以上"), ("医院", 2025, "达到15家以上")]


def test_the_summary_says_where_the_sentences_left_out_are(tmp_path):
    """"left out: no year: 1" gave no line: a reviewer could not find what was dropped."""
    (tmp_path / "doc.txt").write_text("Health review 2024\n\nThe current child mortality rate is 68.5 deaths per "
                                      "1,000 live births.\n\nBy 2030, the smoking rate will be reduced to 10 percent.\n",
                                      encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "doc.txt"), "--format", "json"])
    assert result.exit_code == 0
    # (since the twenty-seventh round the sentence's own reason: it states a level as it stands)
    assert "left out: a level stated as it stands: 1 (line 3)" in result.output
    assert json.loads(result.stdout)["left_out"] == {"left out: a level stated as it stands": [3]}


def test_a_linked_rule_whose_words_name_no_way_follows_the_indicators_better_direction(tmp_path):
    """`与卫生投入挂钩` (a rule linked_to, no way in its words) of a higher-is-better indicator passed "ratio 2" when both
    fell."""
    plan = _plan(tmp_path, LINKED.replace('text: "同比例提高"', 'text: "与卫生投入挂钩"'))
    rows = ["甲市,健康投入,2020,10,亿元", "甲市,健康投入,2025,9,亿元", "甲市,政府卫生投入,2020,10,亿元",
            "甲市,政府卫生投入,2025,9.5,亿元"]
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", plan, str(tmp_path / "data.csv"), "--as-of", "2025", "--format", "json"])
    found = {item["indicator"]: item for item in json.loads(result.stdout)["results"]}
    assert found["share"]["status"] == "fail", found["share"]["reason"]


def test_in_or_after_a_year_is_no_deadline():
    """`我們會在2027年或之後把安老宿位…` ("in or after 2027") was read as a 2027 deadline."""
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError, match="或之后"):
        parse_target("我们会在2027年或之后把安老宿位增至不少于5000个", unit="个", direction="up")
    assert parse_target("我们会在2027年或之前把安老宿位增至不少于5000个", unit="个", direction="up").year == 2027
