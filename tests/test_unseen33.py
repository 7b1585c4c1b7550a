"""Thirty-third round: plans, data and files the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from files import check, drafted_of, drafted_targets, written


# --- extract: body text ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("listed, names", [
    ("孕产妇和儿童系统管理率", ("孕产妇系统管理率", "儿童系统管理率")),
    ("孕产妇、儿童系统管理率", ("孕产妇系统管理率", "儿童系统管理率")),
    ("婴儿和儿童健康管理率", ("婴儿健康管理率", "儿童健康管理率")),
    ("城市、乡镇生活污水处理率", ("城市生活污水处理率", "乡镇生活污水处理率")),
])
def test_a_group_before_another_groups_measure_takes_the_whole_measure(listed, names):
    """孕产妇和儿童系统管理率 drafted 孕产妇统管理率: the last name was cut after as many characters as 孕产妇 has."""
    assert drafted_of(f"到2025年，{listed}分别达到90%和92%以上。\n") == {
        (names[0], 2025, "达到90%以上"), (names[1], 2025, "达到92%以上")}


@pytest.mark.parametrize("sentence, name, words", [
    ("Immunization coverage will reach 95% in 2030.", "Immunization coverage", "Immunization coverage will reach 95%"),
    ("Per capita sports venue area will reach 2.8 square meters in 2030.", "Per capita sports venue area",
     "Per capita sports venue area will reach 2.8 square meters"),
    ("Immunization coverage is expected to reach 95% in 2030.", "Immunization coverage",
     "Immunization coverage is expected to reach 95%"),
    ("Measles coverage needs to reach 95 percent by 2030.", "Measles coverage",
     "Measles coverage needs to reach 95 percent"),
])
def test_an_english_goal_to_reach_a_level_in_a_year(sentence, name, words):
    """`… will reach 95% in 2030` was lost (a year after the amount counted only after to/below …), and `is expected
    to reach 95%` was cut to `95%` as if what came before it were who reported it."""
    assert drafted_of(f"Healthy City Plan\n\n{sentence}\n") == {(name, 2030, words)}


@pytest.mark.parametrize("sentence", ["Immunization coverage reached 95% in 2020.", "The smoking rate is 26.6% in 2018.",
                                      "Life expectancy is projected to rise to 80 years in 2030."])
def test_an_english_figure_or_forecast_in_a_year_is_no_target(sentence):
    assert drafted_of(f"Healthy City Plan\n\n{sentence}\n") == set()


# --- data ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("columnar", ["", "1"])
def test_a_year_typed_as_its_first_or_last_day_is_the_year(tmp_path, monkeypatch, columnar):
    """`2023-12-31` typed in a CSV's year column (a spreadsheet's date exported) was refused, though the same date in
    a workbook's date cell is read as 2023; a date inside the year stays refused, saying why."""
    monkeypatch.setenv("CHECKER_COLUMNAR_FROM_BYTES", columnar)
    rows = "".join(f"南安市,人均预期寿命,{day},{value}\n" for day, value in
                   [("2022年1月1日", "79.2"), ("2023-12-31", "79.5"), ("2024/12/31 00:00:00", "79.8")])
    result = check("nanan-2030", written(tmp_path, "地区,指标,年份,数值\n" + rows), "--format", "csv")
    assert result.exit_code in (0, 1), result.output
    assert "2022–2024年 79.2→79.8岁" in result.output
    assert "2024年已达到2030年目标（79.8岁）" in result.output
    refused = check("nanan-2030", written(tmp_path, "地区,指标,年份,数值\n南安市,人均预期寿命,2023-06-30,79.5\n", "part.csv"))
    assert refused.exit_code == 2 and "part.csv:2:3" in refused.output and "a date inside a year" in refused.output


# --- the judge -------------------------------------------------------------------------------------------------------

EVERY_YEAR_PLAN = """plan: {id: p4, title: {zh: 梅州市规划}, region: 梅州市, base_year: 2020, target_years: [2025]}
indicators:
  - id: cervical_screening
    name: {zh: 适龄妇女宫颈癌人群筛查率}
    unit: '%'
    direction: up
    targets:
      2025: {text: PHRASE}
"""


@pytest.mark.parametrize("columnar", ["", "1"])
@pytest.mark.parametrize("phrase, values, status, words", [
    ("逐年提高", "40 43 41 45", "warn", "2021–2022年反向变化（-4.65%），未做到逐年上升"),
    ("年年提高", "40 43 41 45", "warn", "未做到逐年上升"),
    ("逐年提高", "40 43 44 45", "pass", "按要求上升"),
    ("持续提高", "40 43 41 45", "pass", "按要求上升"),  # 持续: over the window, as before
    ("逐年下降", "45 41 43 40", "warn", "2021–2022年反向变化（4.88%），未做到逐年下降"),
])
def test_every_year_reads_every_step(tmp_path, monkeypatch, columnar, phrase, values, status, words):
    """`逐年提高` (each year) passed 40, 43, 41, 45: a trend read only its window's ends and its last step."""
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
    plan = written(tmp_path, EVERY_YEAR_PLAN.replace("PHRASE", phrase), "plan.yaml")
    rows = "".join(f"梅州市,适龄妇女宫颈癌人群筛查率,{2020 + n},{v},%\n" for n, v in enumerate(values.split()))
    result = check(plan, written(tmp_path, "region,indicator,year,value,unit\n" + rows),
                   *(["--all-regions"] if columnar else []), "--format", "csv")
    line = next(line for line in result.output.splitlines() if "适龄妇女" in line)
    assert f",{status}," in line and words in line, line


CHANGE_PLAN = """plan: {id: p2, title: {zh: 甲市规划}, region: 甲市, base_year: 2020, target_years: [2025]}
indicators:
  - id: life_expectancy
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2025: {text: 比2020年提高1岁}
"""


@pytest.mark.parametrize("title", ["表2：乙市卫生健康主要指标", "表2:乙市卫生健康主要指标", "表二 乙市卫生健康主要指标",
                                   "附表2 乙市卫生健康主要指标", "二、乙市卫生健康主要指标", "2.乙市卫生健康主要指标",
                                   "（二）乙市卫生健康主要指标", "表2 乙市2020—2021年卫生健康主要指标",
                                   "2020-2021年乙市卫生健康主要指标"])
def test_a_second_tables_title_numbered_in_any_common_way_names_its_place(tmp_path, title):
    """Only `表2 乙市…` was seen as a second table's title: under `表2：乙市…`, `二、乙市…` or `2020-2021年乙市…` 乙市's
    2020 value became 甲市's base (81.52), and the target failed without a word."""
    text = (f"指标,单位,2023年,2024年\n人均预期寿命,岁,78.6,79.0\n,,,\n{title},,,\n"
            "指标,单位,2020年,2021年\n人均预期寿命,岁,81.52,81.76\n")
    result = check(written(tmp_path, CHANGE_PLAN, "plan.yaml"), written(tmp_path, text), "--format", "csv")
    assert "81.52" not in result.output and ",n/a," in result.output and "乙市" in result.output, result.output


MATERNAL_PLAN = """plan: {id: mm, title: {zh: 全国规划}, region: 全国, base_year: 2020, target_years: [2025]}
indicators:
  - id: maternal_mortality
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2025: {text: 14.5/10万以下}
"""


@pytest.mark.parametrize("columnar", ["", "1"])
@pytest.mark.parametrize("header", ["2025年1-9月快报", "2025年快报（1-9月）", "2025快报1—9月", "2025年三季度快报",
                                    "2025年1-6月快报数", "2025年9月快报"])
def test_a_part_year_header_with_a_note_is_refused(tmp_path, monkeypatch, columnar, header):
    """`2025年1-9月` was refused, but `2025年1-9月快报` was read as the whole of 2025: nine months judged final."""
    monkeypatch.setenv("CHECKER_COLUMNAR_FROM_BYTES", columnar)
    data = written(tmp_path, f"指标名称,计量单位,2024年,{header}\n孕产妇死亡率,1/10万,14.3,15.0\n")
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), data, "--as-of", "2025")
    assert result.exit_code == 2 and "data.csv:1:4" in result.output and "covers part of a year" in result.output


@pytest.mark.parametrize("columnar", ["", "1"])
@pytest.mark.parametrize("header", ["2024年1-12月", "2024年全年", "2024年12月末", "2024年（1-12月）"])
def test_a_whole_year_header_as_reporting_systems_write_it_is_the_year(tmp_path, monkeypatch, columnar, header):
    """`2024年1-12月` (a monthly system's year), `2024年全年` and `2024年12月末` were refused as no year."""
    monkeypatch.setenv("CHECKER_COLUMNAR_FROM_BYTES", columnar)
    data = written(tmp_path, f"指标名称,计量单位,2023年,{header}\n孕产妇死亡率,1/10万,15.1,14.3\n")
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), data, "--as-of", "2024", "--format", "csv")
    assert result.exit_code == 0 and "2024年已达到2025年目标（14.3/10万）" in result.output, result.output


@pytest.mark.parametrize("columnar", ["", "1"])
def test_a_unit_in_brackets_in_a_value_cell_is_its_unit(tmp_path, monkeypatch, columnar):
    """`4.0（‰）` was refused with a hint to teach checker an annotation, though the brackets hold a unit it knows."""
    monkeypatch.setenv("CHECKER_COLUMNAR_FROM_BYTES", columnar)
    data = written(tmp_path, "地区,指标,年份,数值\n全国,孕产妇死亡率,2024,14.3（1/10万）\n全国,孕产妇死亡率,2023,15(统计局口径)\n")
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), data, "--as-of", "2024", "--format", "csv")
    assert result.exit_code == 2 and "data.csv:3:4" in result.output and "no annotation" in result.output
    data = written(tmp_path, "地区,指标,年份,数值\n全国,孕产妇死亡率,2024,14.3（1/10万）\n")
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), data, "--as-of", "2024", "--format", "csv")
    assert "2024年已达到2025年目标（14.3/10万）" in result.output


@pytest.mark.parametrize("sentence, names", [
    ("到2025年底，小学生新发近视率控制在5%以内，初中生控制在7%以内，高中生控制在10%以内。",
     ["小学生新发近视率", "初中生新发近视率", "高中生新发近视率"]),
    ("到2025年，城镇居民健康素养水平达到30%，农村居民达到20%。", ["城镇居民健康素养水平", "农村居民健康素养水平"]),
    ("到2025年，城市居民健康素养水平达到30%，农村居民达到20%。", ["城市居民健康素养水平", "农村居民健康素养水平"]),
    ("到2025年，男性吸烟率降至30%以下，女性降至2%以下。", ["男性吸烟率", "女性吸烟率"]),
    ("到2025年，成人吸烟率男性控制在40%以下，女性控制在2%以下。", ["成人吸烟率男性", "成人吸烟率女性"]),
])
def test_a_group_alone_after_a_groups_measure_takes_that_measure(sentence, names):
    """`小学生新发近视率控制在5%以内，初中生控制在7%以内` drafted an indicator named 初中生 with no note (and 农村居民 alone
    after 城镇居民健康素养水平)."""
    found = drafted_targets(sentence + "\n")
    assert [name for name, *_ in found] == names
    assert all("the same measure for" in (review or "") for *_, review in found[1:])


@pytest.mark.parametrize("sentence, year, value", [
    ("到2025年，人均预期寿命达到82.42岁（2020年为81.52岁）。", 2020, "81.52岁"),
    ("到2025年,人均预期寿命达到82.42岁(2020年:81.52岁)。", 2020, "81.52岁"),
    ("到2025年,人均预期寿命达到82.42岁(“十三五”时期,全市居民人均预期寿命达到81.52岁)。", 2020, "81.52岁"),
])
def test_a_base_stated_in_brackets_after_a_target_is_its_baseline(sentence, year, value):
    """`达到82.42岁（2020年为81.52岁）` lost its base without a word: where the data had no 2020 value the target was n/a
    (缺少基期值) though the plan stated it."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    [item] = build(read_text("成都市卫生健康规划\n\n" + sentence + "\n", "plan.txt")).indicators
    assert item["baseline"] == {year: value}
    assert item["targets"][2025]["text"] == "达到82.42岁" and "from the words in brackets" in item["targets"][2025]["review"]


def test_the_people_a_first_disease_names_are_the_others_too():
    """`适龄妇女宫颈癌、乳腺癌人群筛查率` drafted 乳腺癌人群筛查率 (适龄妇女 lost): no data row names it so."""
    assert {name for name, *_ in drafted_targets("到2025年，适龄妇女宫颈癌、乳腺癌人群筛查率达到70%以上。\n")} == {
        "适龄妇女宫颈癌人群筛查率", "适龄妇女乳腺癌人群筛查率"}


@pytest.mark.parametrize("sentence", ["人民健康水平得到新提高。到2025年，人均预期寿命达到82岁。",
                                      "到2025年，生态环境保持全国领先水平，人均预期寿命达到82岁。"])
def test_a_vague_state_is_left_out(sentence):
    """`人民健康水平得到新提高` drafted an indicator named 人民健康水平得到新 (target 提高); `生态环境保持全国领先水平`
    a rank no figure gives."""
    assert drafted_of(sentence + "\n") == {("人均预期寿命", 2025, "达到82岁")}


POPULATION_PLAN = """plan: {id: pop, title: {zh: 人口}, region: 全国, base_year: 2020, target_years: [2025]}
indicators:
  - id: population
    name: {zh: 常住人口}
    unit: 万人
    direction: neutral
    targets:
      2025: {text: 1400万人以下}
"""


def test_a_count_in_wan_under_a_wan_unit_column_is_that_count(tmp_path):
    """A cell shown `1302万` (format `0"万"`, or typed) in a row whose 单位 says 万人 was refused as a 万 written in a
    value cell; under 人 it stays refused (1302万 people, or 1302 people?)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["地区", "指标", "年份", "数值", "单位"])
    sheet.append(["全国", "常住人口", 2024, 1302, "万人"])
    sheet["D2"].number_format = '0"万"'
    book.save(tmp_path / "data.xlsx")
    plan = written(tmp_path, POPULATION_PLAN, "plan.yaml")
    assert "2024年已达到2025年目标（1302万人）" in check(plan, tmp_path / "data.xlsx", "--format", "csv").output
    assert "2024年已达到2025年目标（1302万人）" in check(
        plan, written(tmp_path, "地区,指标,年份,数值,单位\n全国,常住人口,2024,1302万,万人\n"), "--format", "csv").output
    refused = check(plan, written(tmp_path, "地区,指标,年份,数值,单位\n全国,常住人口,2024,1302万,人\n", "people.csv"))
    assert refused.exit_code == 2 and "people.csv:2:4" in refused.output


@pytest.mark.parametrize("second, base", [("表2：甲市主要指标", "78.2"), ("表2：甲市主要指标（续）", "78.2"),
                                          ("表2 甲市2016—2020年主要指标", "78.2"), ("", "78.2"),
                                          ("表2：乙市主要指标", None), ("附：乙市2020年主要指标", None),
                                          ("附件2：乙市主要指标", None)])
def test_two_titled_tables_on_one_csv(tmp_path, second, base):
    """Under `表1：甲市主要指标` each row took 甲市 in an added column — the second table's header too, whose cell 甲市
    was then refused as no known column (a file of one place in two tables was refused; round 33's titles found it)."""
    text = (f"表1：甲市主要指标,,,\n指标,单位,2023年,2024年\n人均预期寿命,岁,78.6,79.0\n,,,\n{second},,,\n"
            f"指标,单位,2020年,2021年\n人均预期寿命,岁,{base or '81.52'},78.4\n")
    result = check(written(tmp_path, CHANGE_PLAN, "plan.yaml"), written(tmp_path, text), "--format", "csv")
    assert result.exit_code in (0, 1), result.output
    if base:
        assert f"2020年基期值 {base}岁" in result.output
    else:
        assert "81.52" not in result.output and "乙市" in result.output


@pytest.mark.parametrize("phrase", ["年年有提升", "每年都有提高", "逐年有所提高"])
def test_every_year_in_other_words(phrase):
    """`年年有提升` was read as a subject 年年有 and a trend over the window: a year's fall passed."""
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, "%", "up")
    assert (rule.kind, rule.trend, rule.subject, rule.modifiers) == ("trend", "up", None, ("every_year",))


def test_a_level_now_in_brackets_after_a_target_is_kept_for_review():
    """`（2020年现状值78.3岁）` and `（现状值78.3岁）` were dropped without a note (`（2020年为…）` became the baseline)."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    [dated] = build(read_text("某市规划\n\n到2025年，人均预期寿命达到80岁（2020年现状值78.3岁）。\n", "p.txt")).indicators
    assert dated["baseline"] == {2020: "78.3岁"}
    [now] = build(read_text("某市规划\n\n到2025年，人均预期寿命达到80岁（现状值78.3岁）。\n", "p.txt")).indicators
    assert "baseline" not in now and "of no year" in now["targets"][2025]["review"]


def test_groups_both_reaching_a_rate_are_each_their_own():
    """`孕产妇和儿童系统管理率均达到90%以上` stayed one indicator of that joined name, no note: no data row names it."""
    assert {name for name, *_ in drafted_targets("到2025年，孕产妇和儿童系统管理率均达到90%以上。\n")} == {
        "孕产妇系统管理率", "儿童系统管理率"}


# --- a user's own plan ---------------------------------------------------------------------------------------------

LITERACY_PLAN = """plan: {id: r4, title: {zh: 测试}, region: 仙游县, base_year: 2022, target_years: [2027]}
indicators:
  - id: lit
    name: {zh: 居民健康素养水平}
    unit: "%"
    direction: up
    baseline: {2022: BASE}
    targets:
      2027: {text: PHRASE}
"""


def test_a_base_year_after_the_assessment_year_is_not_known_yet(tmp_path):
    """`比2025年提高3个百分点` as of 2024 took its base from 2025's data (after --as-of): 2024's 30% passed as meeting
    the 2027 target."""
    plan = written(tmp_path, LITERACY_PLAN.replace("BASE", "24").replace("PHRASE", "比2025年提高3个百分点"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n仙游县,居民健康素养水平,2022,24,%\n"
                             "仙游县,居民健康素养水平,2024,30,%\n仙游县,居民健康素养水平,2025,26,%\n")
    result = check(plan, data, "--as-of", "2024", "--format", "csv")
    assert ",n/a,基期2025年晚于评估年份2024年" in result.output, result.output


def test_a_base_year_not_before_the_target_year_is_flagged_and_not_judged(tmp_path):
    """`2027: 比2030年提高1岁` had no lint warning, and check compared 2030's value with itself plus 1."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, LITERACY_PLAN.replace("BASE", "24").replace("PHRASE", "比2030年提高3个百分点"), "plan.yaml")
    linted = CliRunner().invoke(main, ["lint", plan])
    assert "counts its change from 2030, not before the year it is the target for (2027)" in linted.output
    data = written(tmp_path, "region,indicator,year,value,unit\n仙游县,居民健康素养水平,2027,30,%\n")
    assert ",n/a,基期2030年不早于目标年份2027年" in check(plan, data, "--as-of", "2027", "--format", "csv").output


def test_a_multiple_of_a_base_is_no_deliverable():
    """`是2022年的2倍` was read as a yes/no deliverable (是 opens one), passed by data 1 and 1; `为…的2倍` was refused."""
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError, match="N倍"):
        parse_target("是2022年的2倍", "个", "up")


@pytest.mark.parametrize("base", ["24%左右", "达到24%", "24左右"])
def test_a_baseline_with_words_around_it_is_said_to_be_left_out(tmp_path, base):
    """`baseline: {2022: 24%左右}` and `达到79岁` were left out without a word (`约24%` was warned)."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, LITERACY_PLAN.replace("BASE", base).replace("PHRASE", "比2022年提高8个百分点"), "plan.yaml")
    assert "[baseline-unread]" in CliRunner().invoke(main, ["lint", plan]).output


# --- hostile ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("output", ["table", "json"])
def test_a_closed_standard_output_is_an_error_that_says_so(output):
    """With standard output closed (`>&-`) check crashed with exit 3 (table) or exited 1 having written nothing (json);
    /dev/full gave exit 2 and a message, as this does now."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m checker check nanan-2030 examples/nanan-2030.csv '
                                         f'--format {output} >&-'], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 2 and "standard output is closed" in done.stderr, done.stderr


# --- extract: traditional characters ----------------------------------------------------------------------------------

def test_a_financial_year_in_a_chinese_lead_is_its_first_year_flagged():
    """`在2027-28年度或之前…縮短10%` was filed under 2030 (another sentence's year) as 'the sentence names no year'."""
    found = drafted_targets("醫管局服務目標\n一、到2030年，急症室第三類病人輪候時間縮短至20分鐘以內。\n"
                            "二、在2027-28年度或之前，將外科穩定新症輪候時間縮短10%。\n")
    [fiscal] = [item for item in found if item[0] == "外科稳定新症轮候时间"]
    assert fiscal[1] == 2027 and "a financial year (2027-28年度)" in fiscal[3]


def test_dacheng_is_no_part_of_a_name():
    """`達成癌症標準化死亡率降低3分之1的目標` named the indicator 达成癌症标准化死亡率 (實現, 完成 were cut)."""
    assert {name for name, *_ in drafted_targets(
        "癌症防治目標\n政府定下目標，希望在2030年之前，達成癌症標準化死亡率降低3分之1的目標。\n")} == {"癌症标准化死亡率"}


def test_a_bare_count_after_a_per_population_count_is_counted_the_same():
    """`每千人口醫生數提升至3.5至4名，護士提升至5.5至6名` named the second indicator 护士."""
    found = drafted_targets("澳門醫療人力目標\n於二〇三〇年或之前，每千人口醫生數提升至3.5至4名，護士提升至5.5至6名。\n")
    assert [name for name, *_ in found] == ["每千人口医生数", "每千人口护士数"] and "check it" in found[1][3]


@pytest.mark.parametrize("title", ["附表：乙市卫生健康主要指标", "（附）乙市卫生健康主要指标", "Table 2: 乙市卫生健康主要指标"])
def test_more_second_table_titles_name_their_place(tmp_path, title):
    """`附表：乙市…`, `（附）乙市…`, `Table 2: 乙市…` were not seen as titles: 乙市's 81.52 became 甲市's base."""
    text = (f"指标,单位,2023年,2024年\n人均预期寿命,岁,78.6,79.0\n,,,\n{title},,,\n"
            "指标,单位,2020年,2021年\n人均预期寿命,岁,81.52,81.76\n")
    result = check(written(tmp_path, CHANGE_PLAN, "plan.yaml"), written(tmp_path, text), "--format", "csv")
    assert "81.52" not in result.output and "乙市" in result.output, result.output


def test_a_second_title_of_two_places_is_refused(tmp_path):
    """`表2：乙市、丙市…` over a table with no place column: whose rows they are is not for a guess (they were 甲市's)."""
    text = ("指标,单位,2023年,2024年\n人均预期寿命,岁,78.6,79.0\n,,,\n表2：乙市、丙市卫生健康主要指标,,,\n"
            "指标,单位,2020年,2021年\n人均预期寿命,岁,81.52,81.76\n")
    result = check(written(tmp_path, CHANGE_PLAN, "plan.yaml"), written(tmp_path, text))
    assert result.exit_code == 2 and "data.csv:4" in result.output and "two places" in result.output


@pytest.mark.parametrize("sentence, name, words", [
    ("到2025年，居民健康素养水平迅速提高。", "居民健康素养水平", "迅速提高"),
    ("到2025年，家庭医生签约服务率较快提升。", "家庭医生签约服务率", "较快提升"),
    ("到2022年，重大慢性病发病率上升趋势得到遏制。", "重大慢性病发病率", "上升趋势得到遏制"),
])
def test_a_trend_with_its_adverb_or_a_rise_curbed_is_drafted(sentence, name, words):
    """`迅速提高` took 迅速 into the name (居民健康素养水平迅速), `较快提升` and `上升趋势得到遏制` (健康中国行动's wording) were
    lost without a word."""
    assert drafted_of(sentence + "\n") == {(name, int(sentence[1:5]), words)}


@pytest.mark.parametrize("text, region", [
    ("近日，黑龙江出台《“健康龙江2030”规划》。规划提出，到2030年，全省人均期望寿命提高到79.6岁。\n"
     "近年来，黑龙江省深入推进“健康龙江”行动，人群健康水平进一步提高。\n", "黑龙江省"),
    ("《广西卫生健康发展“十四五”规划》提出，到2025年，人均预期寿命提高到79.06岁。\n", "未知地区"),
])
def test_a_healthy_place_title_is_not_completed_into_another_place(text, region):
    """健康龙江 was completed to 龙江省 (from 黑龙江省, unflagged: a province that does not exist); 卫生健康发展 made the
    region 发展 (now left flagged for a person to name)."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text(text, "plan.txt"))
    assert draft.plan["region"] == region and (region == "黑龙江省" or "region" in draft.plan["review"])


@pytest.mark.parametrize("cell, year", [("2024/12/31 0:00", 2024), ("2023年全年", 2023), ("2023年1-12月", 2023),
                                        ("2023年末", 2023)])
def test_a_year_cell_as_reporting_systems_and_excel_write_it(tmp_path, cell, year):
    """`2024/12/31 0:00` (zh-CN Excel's date-time) and `2023年全年` were refused in a year column, though read as headers."""
    result = check("nanan-2030", written(tmp_path, f"地区,指标,年份,数值\n南安市,人均预期寿命,{cell},79.5\n"), "--format", "csv")
    assert f"人均预期寿命,2030,79.7,reach,{year},79.5" in result.output, result.output


@pytest.mark.parametrize("cell, words", [("2024-13-01", None), ("1905-07-12", "formatted as a date")])
def test_a_year_cell_that_is_no_date_inside_a_year_is_not_called_one(tmp_path, cell, words):
    result = check("nanan-2030", written(tmp_path, f"地区,指标,年份,数值\n南安市,人均预期寿命,{cell},79.5\n"))
    assert result.exit_code == 2 and "inside a year" not in result.output and (words is None or words in result.output)


def test_the_documents_own_year_beside_a_baseline_column_is_a_years_target(tmp_path):
    """Round 33 made a column of the document's own year a baseline where target columns follow: in `2022年基线 |
    2023年 | 2024年 | 2025年目标` (a plan of 2023年5月) the 2023 column is that year's target, as the 2024 one is."""
    import yaml
    from click.testing import CliRunner

    from checker.cli import main

    text = ("某市健康促进三年行动方案（2023—2025年）\n\n2023年5月\n\n| 指标 | 2022年基线 | 2023年 | 2024年 | 2025年目标 |\n"
            "|---|---|---|---|---|\n| 居民健康素养水平（%） | 85 | 87 | 89 | 90 |\n")
    source = written(tmp_path, text, "plan.md")
    CliRunner().invoke(main, ["extract", str(source), "-o", str(tmp_path / "draft.yaml")])
    [item] = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))["indicators"]
    assert item["baseline"] == {2022: "85"} and sorted(item["targets"]) == [2023, 2024, 2025]


@pytest.mark.parametrize("second, base", [("表2：甲市卫生资源", "78.2"), ("表2：乙市主要健康指标", None)])
def test_two_titled_long_tables_on_one_csv(tmp_path, second, base):
    """A long-form CSV (指标,年份,数值) with 表1/表2 titles was refused at the second title as an empty year cell."""
    text = (f"表1：甲市主要健康指标\n指标,年份,数值,单位\n人均预期寿命,2024,79.0,岁\n\n{second}\n指标,年份,数值,单位\n"
            f"人均预期寿命,2020,{base or '81.52'},岁\n")
    result = check(written(tmp_path, CHANGE_PLAN, "plan.yaml"), written(tmp_path, text), "--format", "csv")
    assert result.exit_code in (0, 1), result.output
    assert (f"2020年基期值 {base}岁" in result.output) if base else ("81.52" not in result.output and "乙市" in result.output)


@pytest.mark.parametrize("sentence, names", [
    ("到2025年，每千人口执业（助理）医师数达到3.2人，注册护士数达到3.8人，药师（士）数达到0.54人。",
     ["每千人口执业（助理）医师数", "每千人口注册护士数", "每千人口药师（士）数"]),
    ("到2025年，5岁以下儿童死亡率迅速下降到5‰以下。", ["5岁以下儿童死亡率"]),
])
def test_per_population_workers_and_adverbs_before_a_bound(sentence, names):
    """`药师（士）数` after two per-population counts lost 每千人口; `迅速下降到` took 迅速 into the name."""
    assert [name for name, *_ in drafted_targets(sentence + "\n")] == names


@pytest.mark.parametrize("phrase, kind, value, base", [("达到并保持在95%以上", "lower_bound", 95, None),
                                                      ("较十四五期末提高1岁", "vs_baseline", 1, 2025),
                                                      ("较“十四五”期末提高1岁", "vs_baseline", 1, 2025)])
def test_common_wordings_a_user_writes(phrase, kind, value, base):
    """`达到并保持在95%以上` and `较十四五期末提高1岁` were refused, though `达到并保持95%以上` and `比“十四五”末提高1岁` read."""
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, "岁" if "岁" in phrase else "%", "up")
    assert (rule.kind, rule.value, rule.base_year) == (kind, value, base)


@pytest.mark.parametrize("under, read", [(["全年", "同比%", "全年", "同比%"], True), (["全年", "同比%", "1-9月", "同比%"], False)])
def test_a_years_whole_or_part_under_it_in_a_second_header_row(tmp_path, under, read):
    """`2024年 | 2025年` merged over `全年 | 同比%` or `1-9月 | 同比%` was refused as a missing header, with a hint to
    delete the row that holds the years; 全年 is the year's figure, 1-9月 a part of the year, refused at its column."""
    from files import workbook_of

    rows = [["指标名称", "计量单位", "2024年", "", "2025年", ""], ["", "", *under],
            ["孕产妇死亡率", "1/10万", 14.3, -2.0, 14.0, -2.1]]
    book = workbook_of({"表": rows}, tmp_path / "data.xlsx", {"表": ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]})
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), book, "--as-of", "2025", "--format", "csv")
    if read:
        assert ",2025,14.0," in result.output, result.output
    else:
        assert result.exit_code == 2 and "E1" in result.output and "covers part of a year" in result.output


@pytest.mark.parametrize("unit, words", [("‰‰", "did you mean '‰'"), ("%%", "did you mean '%'"),
                                         ("达到30%", "not a phrase with a number")])
def test_a_unit_typo_gets_a_hint_that_names_it(tmp_path, unit, words):
    """`unit: ‰‰` or `unit: 达到30%` got the hint to teach checker a new unit in rules/units.txt."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, MATERNAL_PLAN.replace("unit: 1/10万", f"unit: '{unit}'"), "plan.yaml")
    linted = CliRunner().invoke(main, ["lint", plan])
    assert linted.exit_code != 0 and words in linted.output, linted.output


@pytest.mark.parametrize("header", ["2025-12-31", "2025年预计数", "2025预计"])
def test_a_year_header_written_as_its_last_day_or_with_an_unbracketed_note(tmp_path, header):
    """`2025-12-31` was read in a year cell but refused as a header; `2025年预计数` refused though `2025年（预计）` read."""
    data = written(tmp_path, f"指标名称,计量单位,2024年,{header}\n孕产妇死亡率,1/10万,14.3,14.0\n")
    result = check(written(tmp_path, MATERNAL_PLAN, "plan.yaml"), data, "--as-of", "2025", "--format", "csv")
    assert ",2025,14.0,1/10万,value,pass," in result.output, result.output


@pytest.mark.parametrize("sentence", ["到2026年，北京市将新建20个区域养老服务中心。", "2026年，将新建20个区域养老服务中心。"])
def test_a_count_to_build_after_a_place_and_its_will(sentence):
    """`北京市将新建20个区域养老服务中心` was one unread target named 将新建 (`新建20个…` alone was read)."""
    assert drafted_of(sentence + "\n") == {("新建区域养老服务中心", 2026, "新建20个")}


def test_the_report_lists_the_cells_of_a_step_against_every_year(tmp_path):
    """A 逐年 trend's warn names a step the other way; the audit report's table of cells used left its two cells out."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, EVERY_YEAR_PLAN.replace("PHRASE", "逐年提高"), "plan.yaml")
    rows = "".join(f"梅州市,适龄妇女宫颈癌人群筛查率,{2020 + n},{v},%\n" for n, v in enumerate((40, 43, 41, 45)))
    data = written(tmp_path, "region,indicator,year,value,unit\n" + rows)
    CliRunner().invoke(main, ["report", plan, data, "-o", str(tmp_path / "r.html"), "--generated-at", "2026-12-07"])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("反向变化的年份（逐年）") == 2 and "data.csv:3:4" in page and "data.csv:4:4" in page


def test_a_province_the_text_names_most_is_its_region_flagged():
    """A province's report naming 陕西省 and 陕西 four times drafted `region: 未知地区` ("region not found")."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    text = ("陕西省十二届人大四次会议开幕。\n\n根据“十三五”规划，陕西将加强公共卫生服务，2020年人均预期寿命达76.7岁。"
            "陕西文化软实力全面提升。\n")
    draft = build(read_text(text, "plan.txt"))
    assert draft.plan["region"] == "陕西省" and "the province the text names most" in draft.plan["review"]
