"""Twenty-third round: a new user's own plan and data, hostile files, and texts the project had not
seen; each test's words are written for it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from files import drafted_targets

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_plan_or_document_from_a_pipe_is_named_as_a_pipe(tmp_path):
    """`check <(cat plan.yaml) data.csv` said the plan "is a data file, not a plan", and `extract <(cat doc.txt)`
    said "no such document": both wrong about a file that is there. A pipe has no name to tell its kind by."""
    pipe = tmp_path / "fd63"
    os.mkfifo(pipe)  # nothing writes to it: reading it would hang, so it must be refused unread
    checked = CliRunner().invoke(main, ["check", str(pipe), str(ROOT / "examples" / "nanan-2030.csv")])
    assert checked.exit_code == 2
    assert "is a pipe or device, not a plan file" in checked.output and "data file" not in checked.output
    extracted = CliRunner().invoke(main, ["extract", str(pipe)])
    assert extracted.exit_code == 2
    assert "is a pipe or device, not a document file" in extracted.output
    assert "no such document" not in extracted.output


#: a plan of one lower-is-better indicator, based in 2020, one 2025 target
PLAN = """\
plan:
  id: test
  title: {{zh: 测试规划}}
  region: 甲市
  base_year: {base}
  target_years: [{targets}]
indicators:
  - id: imr
    name: {{zh: 婴儿死亡率}}
    unit: ‰
    direction: down
    targets:
      {year}: {{text: "≤7.5‰"}}
"""


def test_a_plan_whose_base_year_comes_after_its_target_years_is_refused(tmp_path):
    """base_year 2025 with target years 2015 and 2022 (a typo) was a lint warning, and check ran every target to
    n/a and exit 0: a CI gate went green with nothing checked."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(base=2025, targets="2015, 2022", year=2022), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value,unit\n甲市,婴儿死亡率,2020,1.98,‰\n", encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", str(plan), str(data)])
    assert checked.exit_code == 2
    assert "plan.yaml:5:14: plan.base_year 2025 is after the target years 2015, 2022" in checked.output
    linted = CliRunner().invoke(main, ["lint", str(plan)])
    assert "error: plan.base_year 2025 is after" in linted.output and linted.exit_code != 0
    plan.write_text(PLAN.format(base=2022, targets="2022", year=2022), encoding="utf-8")  # the same year: a warning
    assert CliRunner().invoke(main, ["check", str(plan), str(data)]).exit_code == 0


def test_as_of_before_the_base_year_says_the_data_precedes_the_plan_not_that_there_is_none(tmp_path):
    """With data for 2018, 2019 and 2023 and `--as-of 2019`, the reason was "2019年及以前没有该指标的数据" (no data
    up to 2019): false, there are two values; they come before the plan's base year 2020."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(base=2020, targets="2025", year=2025), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value,unit\n甲市,婴儿死亡率,2018,3.1,‰\n甲市,婴儿死亡率,2019,3.0,‰\n"
                    "甲市,婴儿死亡率,2023,2.5,‰\n乙市,婴儿死亡率,2019,4.0,‰\n", encoding="utf-8")
    for region in (["--region", "甲市"], ["--all-regions"]):
        done = CliRunner().invoke(main, ["check", str(plan), str(data), "--as-of", "2019", "--format", "jsonl",
                                         *region])
        reasons = [json.loads(line)["reason"]["en"] for line in done.stdout.splitlines() if '"reason": {' in line]
        assert reasons and all("the latest data is for 2019, before the plan's base year 2020" in reason
                               for reason in reasons), reasons


@pytest.mark.parametrize("phrase", ["no country should have an MMR over 140 per 100,000 live births",
                                    "no MMR over 140"])
def test_a_negation_before_an_english_comparator_is_refused_not_read_the_other_way(phrase):
    """`no country should have an MMR over 140` (the EPMM target, a ceiling) was read as "> 140", the subject
    `nocountryMMR`: 169 passed and 140 warned. A no that no comparator phrase takes is refused."""
    from checker.errors import GrammarError
    from checker.language.grammar import parse_target
    with pytest.raises(GrammarError, match="cannot place the words no before the target"):
        parse_target(phrase, unit="1/10万", direction="down")


@pytest.mark.parametrize("phrase, op", [("none over 140", "<="), ("never above 140", "<="), ("no more than 140", "<="),
                                        ("Percentage of districts with no stockouts at least 90", ">=")])
def test_negated_comparators_read_as_their_bound(phrase, op):
    """"none over 140" and "never above 140" read as a ceiling (they were floors); "with no" inside a name names
    what is counted and keeps its reading."""
    from checker.language.grammar import parse_target
    rule = parse_target(phrase, unit="%", direction="down")
    assert (rule.op, rule.value) == (op, 140.0 if "140" in phrase else 90.0)


_drafted = drafted_targets  # (indicator name, year, target text, review notes); [] if refused


@pytest.mark.parametrize("text", ["资助服务名额在2027年年底前增加20%。", "我们会在2027年年底前把资助宿位增加至6200个。",
                                  "政府正以最大力度增加资助服务名额,在2027年年底前增加20%。"])
def test_a_year_written_with_nian_niandi_is_the_year_not_the_name(text):
    """`在2027年年底前` (年年底: end of the year) was not read as a year: it became the indicator's name
    (`在2027年年底前`, `资助服务名额在2027年年底前`), or `我们会在2027年底前把资助宿位` with the words before it, and no
    note. A clause whose subject is only in the clause before (增加资助服务名额) is now left out, not misnamed."""
    drafted = _drafted(text)
    assert all(year == 2027 and "年底" not in name and not name.startswith("我们") for name, year, _, _ in drafted)
    if "政府正" not in text:
        assert [name for name, *_ in drafted] == ["资助服务名额" if "名额" in text else "资助宿位"]


@pytest.mark.parametrize("aside", ["当中2600个将于明年投入服务", "即6200个宿位"])
def test_a_part_given_by_dangzhong_or_a_restatement_by_ji_sets_no_target(aside):
    """Hong Kong's 当中 (其中: of which) and 即 (that is) detail or restate the clause before: `当中2 600个将于明年投入
    服务` was drafted at 2027 (明年 is the year after the address, 2023), `即6 200个宿位` as a second 2027 target."""
    drafted = _drafted(f"到2027年,资助宿位增加至6200个,{aside}。")
    assert [(name, year, text) for name, year, text, _ in drafted] == [("资助宿位", 2027, "增加至6200个")]


def test_an_english_table_row_with_spaced_cells_is_read_cell_by_cell():
    """A row of a table typed with spaces ("Accelerated eradication  Achieve 95% reduced mortality by 2015 …  Eradicate
    rubella by 2020 then maintain") was one clause: a 2015 target named `Accelerated eradication  Achieve 95% reduced
    mortality`, read as "maintain", with no note. Each cell is a clause of its own now."""
    drafted = _drafted("Path  Measles  Rubella\nAccelerated eradication  Achieve 95% reduced mortality by 2015 and "
                       "eradication by 2020 then maintain  Eradicate rubella by 2020 then maintain\n")
    assert all("  " not in name and "Accelerated" not in name and review for name, _, _, review in drafted), drafted


def _plan_and(tmp_path: Path, *files: tuple[str, str], base: int = 2010, targets: str = "2015",
              text: str = "≤7.5‰") -> list[str]:
    """The one-indicator plan (婴儿死亡率, ‰, lower is better) and data files named and written as given."""
    plan = tmp_path / "plan.yaml"
    year = targets.split(",")[0]
    plan.write_text(PLAN.format(base=base, targets=targets, year=year).replace("≤7.5‰", text), encoding="utf-8")
    paths = [str(plan)]
    for name, content in files:
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_one_value_written_in_two_units_in_one_file_is_one_value(tmp_path):
    """1.98 ‰ and 0.198 % in one file were refused as a conflicting duplicate shown as '1.98' and '0.198' (equal
    values, units left out), while the same two rows in two files were read as one value."""
    plan, data = _plan_and(tmp_path, ("d.csv", "地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2015,1.98,‰\n"
                                                "甲市,婴儿死亡率,2015,0.198,%\n"))
    done = CliRunner().invoke(main, ["check", plan, data, "--format", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["results"][0]["value"] == 1.98
    plan, data = _plan_and(tmp_path, ("d.csv", "地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2015,1.98,‰\n"
                                                "甲市,婴儿死亡率,2015,0.98,%\n"))
    refused = CliRunner().invoke(main, ["check", plan, data])
    assert refused.exit_code == 2 and "'1.98' ‰ at" in refused.output and "'0.98' %" in refused.output


def test_a_jump_over_years_with_none_between_is_not_called_one_step(tmp_path):
    """4.34 in 2020 and 0.69 in 2024 (Beijing's maternal mortality, no value between) was "a change by a factor
    of 6.3 in one step"."""
    plan, data = _plan_and(tmp_path, ("d.csv", "地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2012,4.34,‰\n"
                                                "甲市,婴儿死亡率,2016,0.69,‰\n"), targets="2015, 2020")
    done = CliRunner().invoke(main, ["check", plan, data])
    assert "a change by a factor of 6.3 over 4 years with no value between" in done.output
    assert "one step" not in done.output


def test_validate_names_the_file_an_indicator_is_in_and_asks_no_value_for_a_target_already_judged(tmp_path):
    """validate named the first data file for an indicator whose rows are in the second, and asked a 2024 value
    for a 2015 target that check judges on its 2015 value; a `*` the note column explains was "unexplained"."""
    plan, first, second = _plan_and(
        tmp_path, ("a.csv", "地区,指标,年份,数值,单位\n甲市,人均预期寿命,2024,83.9,岁\n"),
        ("b.csv", "地区,指标,年份,数值,单位,备注\n甲市,婴儿死亡率,2015,2.4*,‰,*提前实现规划目标\n"
                  "甲市,婴儿死亡率,2019,2.0,‰,\n"))
    Path(plan).write_text(Path(plan).read_text(encoding="utf-8") + """\
  - id: imr_2025
    name: {zh: 5岁以下儿童死亡率}
    unit: ‰
    direction: down
    targets:
      2015: {text: "≤9‰"}
""", encoding="utf-8")
    done = CliRunner().invoke(main, ["validate", first, second, "--plan", plan])
    assert "婴儿死亡率 (imr) has no value" not in done.output  # judged on 2015: nothing missing
    assert "whose meaning the file does not say" not in done.output
    assert "b.csv: error: 5岁以下儿童死亡率" not in done.output and "a.csv: error: 5岁以下儿童死亡率" in done.output


def test_a_share_before_an_age_is_not_read_as_the_age():
    """"17 to 25 percent at one year" (exclusive breastfeeding at one year of age) was read, for an indicator
    drafted in 岁, as "≥ 1 岁" named `17至25%`; the draft carried no note. A share left before the target is refused."""
    from checker.errors import GrammarError
    from checker.language.grammar import parse_target
    for unit in ("岁", "%"):
        with pytest.raises(GrammarError, match="cannot place the words percent"):
            parse_target("17 to 25 percent at one year", unit=unit, direction="up")
    # a list of names each with its share stays readable (the name of the second after the first's share)
    assert [name for name, *_ in _drafted("到2025年，县域内就诊率90%、基层就诊率65%。")] == ["县域内就诊率", "基层就诊率"]


def test_an_english_phrase_refused_in_a_part_names_the_users_words_not_the_grammars():
    """The refusal of one part of "Increase … from 71 to 76 percent and decrease … from 13 to 10 percent" quoted
    '下降%obesestudentsfrom13|10%' and the word 下降: the grammar's own Chinese, which an English user never wrote."""
    from checker.errors import GrammarError
    from checker.language.grammar import parse_target
    with pytest.raises(GrammarError) as refused:
        parse_target("Increase the percent of students of a healthy weight from 71 to 76 percent and decrease the "
                     "percent of obese students from 13 to 10 percent", unit="%", direction="up")
    assert "cannot place the words decrease, from before the target in a part of" in refused.value.message
    assert not any("\u4e00" <= char <= "\u9fff" for char in refused.value.message)


@pytest.mark.parametrize("sentence, name, year, text", [
    ("The notable decline in traffic accidents and the enhancement in average life expectancy align with the broader "
     "goal of the Kingdom to reach an average life expectancy of 80 by 2030.",
     "人均预期寿命", 2030, "to reach an average life expectancy of 80"),
    ("The plan seeks to achieve a measles coverage of 95% by 2025.", "measles coverage", 2025,
     "achieve a measles coverage of 95%"),
    ("By 2030, the country aims to reach an average life expectancy of 80 and to achieve a DTP3 coverage of 95% by "
     "2025.", "DTP3 coverage", 2025, "to achieve a DTP3 coverage of 95%"),
])
def test_reach_a_level_of_names_what_it_reaches(sentence, name, year, text):
    """"…to reach an average life expectancy of 80 by 2030" was refused by the grammar and left out (average, life,
    expectancy not read); "achieve a DTP3 coverage of 95%" was a yes/no deliverable refused. The name is what the
    clause reaches, never the words before it (the first was drafted as "enhancement in average life expectancy align
    with the broader goal")."""
    assert (name, year, text, None) in _drafted(sentence)
    assert not any(" and" in drafted or "of 80" in drafted for drafted, *_ in _drafted(sentence))


def test_reach_a_level_reads_as_reaching_it():
    from checker.language.grammar import parse_target
    rule = parse_target("reach an average life expectancy of 80 by 2030", unit="岁", direction="up")
    assert (rule.kind, rule.op, rule.value, rule.year) == ("reach", ">=", 80.0, 2030)


def _workbook(path: Path, sheets: dict[str, list[list]]) -> str:
    from files import workbook_of
    return str(workbook_of(sheets, path))


def test_a_sheet_named_as_a_place_holds_that_places_rows_not_the_plans(tmp_path):
    """A workbook whose only sheet is named 鼓楼区 (a district's table, no region column) passed as 甲市, the plan's
    region; with a sheet per district, the first was read as 甲市 and the others left out without a word."""
    plan = _plan_and(tmp_path, targets="2015, 2020", base=2010)[0]
    rows = [["指标", "年份", "数值", "单位"], ["婴儿死亡率", 2015, 9.5, "‰"]]
    one = _workbook(tmp_path / "one.xlsx", {"鼓楼区": rows})
    done = CliRunner().invoke(main, ["check", plan, one])
    assert done.exit_code == 2 and "the data has no rows for 甲市" in done.output and "鼓楼区" in done.output
    many = _workbook(tmp_path / "many.xlsx", {"鼓楼区": rows, "甲市": [rows[0], ["婴儿死亡率", 2015, 3.0, "‰"]],
                                              "台江区": rows})
    refused = CliRunner().invoke(main, ["check", plan, many])
    assert refused.exit_code == 2 and "the sheet '鼓楼区' has no region column" in refused.output
    every = CliRunner().invoke(main, ["check", plan, many, "--sheet", "*", "--format", "json"])
    assert [result["value"] for result in json.loads(every.stdout)["results"]] == [3.0]
    regions = CliRunner().invoke(main, ["check", plan, many, "--sheet", "*", "--all-regions", "--format", "jsonl"])
    judged = {json.loads(line)["region"]: json.loads(line)["status"] for line in regions.stdout.splitlines()
              if '"region"' in line and '"status"' in line}
    assert judged == {"甲市": "pass", "鼓楼区": "fail", "台江区": "fail"}


@pytest.mark.parametrize("name", ["数据", "Sheet1", "城市", "全市", "表5"])
def test_a_sheet_named_otherwise_is_the_plans_region(tmp_path, name):
    plan = _plan_and(tmp_path, targets="2015, 2020", base=2010)[0]
    book = _workbook(tmp_path / "b.xlsx", {name: [["指标", "年份", "数值", "单位"], ["婴儿死亡率", 2015, 3.0, "‰"]]})
    assert CliRunner().invoke(main, ["check", plan, book]).exit_code == 0


@pytest.mark.parametrize("region, references, row, place", [
    ("贵州省", {"province": "贵州省"}, "全省", "贵州省"),  # a provincial template over its counties
    ("甲县", {"province": "乙省"}, "全省", "乙省"),
    ("甲市", {}, "全市", "甲市"),
    ("南安市", {"city": "泉州市"}, "全市", None),  # a county-level 市 with a reference city: which 市 is 全市?
    ("甲县", {}, "全省", None),
    ("甲县", {"nation": "全国"}, "全国", "全国"),
    ("甲县", {"province": "乙省"}, "合计", None),
])
def test_a_total_row_named_for_a_whole_level_is_the_place_the_plan_names(region, references, row, place):
    from checker.data.matching import whole_of
    from checker.plan.model import Plan
    plan = Plan(id="t", title_zh="t", title_en=None, region=region, base_year=2020, target_years=(2025,),
                indicators=(), references=references)
    assert whole_of(row, plan) == place


def test_a_county_judged_above_the_provincial_average_reads_the_quansheng_rows(tmp_path):
    """Written 全省 instead of 贵州省, the province's rows were left out and every 高于全省平均值 target was n/a."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(base=2020, targets="2025", year=2025).replace("region: 甲市", "region: 甲县\n  "
                    "references: {province: 乙省}").replace('"≤7.5‰"', '"低于全省平均值"'), encoding="utf-8")
    data = tmp_path / "d.csv"
    data.write_text("地区,指标,年份,数值,单位\n甲县,婴儿死亡率,2025,3.0,‰\n全省,婴儿死亡率,2025,4.0,‰\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(plan), str(data), "--format", "json"])
    (result,) = json.loads(done.stdout)["results"]
    assert result["status"] == "pass" and "乙省" in result["reason"]["zh"], result


def test_a_citys_own_total_and_an_autonomous_countys_short_name_are_not_judged_as_more_counties(tmp_path):
    """贵阳市市辖区 (a city's districts together) was judged as one more county in the roll-up, and 威宁县 beside
    威宁彝族回族苗族自治县 (one county, written short) as another, without a word."""
    from checker.data.matching import regions_alike
    from checker.data.observations import is_aggregate
    assert is_aggregate("贵阳市市辖区") and is_aggregate("福州市合计") and is_aggregate("市辖区")
    assert not is_aggregate("南明区") and not is_aggregate("贵阳市")
    lines = regions_alike(["威宁彝族回族苗族自治县", "威宁县", "三都水族自治县", "南明区"])
    assert any("'威宁彝族回族苗族自治县' and '威宁县' may be one place" in line for line in lines)
    assert not any("三都" in line for line in lines)


def test_the_jsonl_summary_lists_the_rows_left_out(tmp_path):
    """The rows left out (a total row, another region's rows) were listed by the table and JSON only: a CI job
    reading jsonl or Parquet never learnt of them."""
    plan, data = _plan_and(tmp_path, ("d.csv", "地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2015,3.0,‰\n"
                                                "合计,婴儿死亡率,2015,3.5,‰\n"))
    done = CliRunner().invoke(main, ["check", plan, data, "--format", "jsonl"])
    summary = json.loads(done.stdout.splitlines()[-1])["summary"]
    assert [(unused["reason"], unused["subject"], unused["rows"]) for unused in summary["unused_rows"]] == [
        ("region", "合计", 1)]


def test_a_ruled_table_whose_row_the_page_break_cut_out_of_its_ruling_carries_on(tmp_path):
    """A browser's print of a plan's table over two pages left row 5 above the ruling of page 2 (a line of text,
    not a cell), and the rows after it a table of their own: extract read 6 of 11 targets, without a word."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from checker.documents.readers import read_document
    widths = [60, 40, 200, 50, 60, 50]
    path = _two_page_pdf(tmp_path / "plan.pdf",
                         ([["领域", "序号", "指标名称", "2020年", "2025年", "属性"],
                           ["健康水平", "1", "人均预期寿命（岁）", "80.5", "81.5左右", "预期性"],
                           ["", "2", "婴儿死亡率（‰）", "3.1", "≤3.5", "约束性"]], widths, 100),
                         ([["服务体系", "4", "每千人口床位数（张）", "6.4", "7.5", "预期性"]], widths, 770),
                         cut_row=["", "3", "孕产妇死亡率（1/10万）", "12.0", "≤10", "约束性"])
    draft = build(read_document(path))
    found = {(item["name"]["zh"], entry["text"]) for item in draft.indicators for entry in item["targets"].values()}
    assert found == {("人均预期寿命", "81.5左右"), ("婴儿死亡率", "≤3.5"), ("孕产妇死亡率", "≤10"),
                     ("每千人口床位数", "7.5")}, found


def test_an_age_in_a_name_does_not_set_the_direction():
    """每千人口三岁以下婴幼儿托位数 (childcare places for the under-threes) was guessed lower-is-better from the 以下
    of its age: a city with more places than its target 2.8 would fail."""
    draft = build(read_text("到2025年，每千人口三岁以下婴幼儿托位数2.8张。\n\n表1 主要指标\n指标名称\t2020年\t2025年\n"
                            "每千人口三岁以下婴幼儿托位数（张）\t1.50\t2.8\n", "plan.txt"))
    assert [item["direction"] for item in draft.indicators] == ["up"]


def test_a_share_of_the_whole_and_the_parts_of_a_years_amounts_are_drafted():
    """Three body targets of a city's plan were missed without a word: 基层门诊量占全市的50%以上 (a share, its 比例
    left out: read as a story's 的), and the parts after a year's bare amounts (其中公立医院4.4张左右, 其中中医类别
    0.62人). A past share (2023年…占全市的52%) and a fact (慢性病已占…的70%以上) stay out."""
    drafted = _drafted("到2025年，基层门诊量占全市的50%以上。\n到2025年，每千人口医疗卫生机构床位数7.5张，其中公立医院"
                       "4.4张左右；每千人口执业（助理）医师数3.85人，其中中医类别0.62人。\n")
    found = {(name, text) for name, _, text, _ in drafted}
    assert found == {("基层门诊量占全市的比例", "基层门诊量占全市的50%以上"), ("每千人口医疗卫生机构床位数", "7.5张"),
                     ("每千人口公立医院床位数", "4.4张左右"), ("每千人口执业（助理）医师数", "3.85人"),
                     ("每千人口中医类别执业（助理）医师数", "0.62人")}, found
    parts = [review for name, _, _, review in drafted if name.startswith(("每千人口公立", "每千人口中医"))]
    assert len(parts) == 2 and all("a part of" in review for review in parts)
    assert _drafted("慢性病已占我省疾病总负担的70%以上。\n2023年，基层诊疗量占全市的52%。\n") == []


def test_extract_writes_to_a_device_in_place_and_a_file_whole(tmp_path):
    """`extract … -o /dev/null` was refused ("the output file exists"), though a device is written in place; and
    a draft file was written in place too, so an interrupted run could leave half a plan."""
    document = tmp_path / "plan.txt"
    document.write_text("到2025年，婴儿死亡率控制在4‰以下。\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", str(document), "-o", os.devnull]).exit_code == 0
    draft = tmp_path / "draft.yaml"
    draft.write_text("old", encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", str(document), "-o", str(draft)]).exit_code == 2  # exists
    assert CliRunner().invoke(main, ["extract", str(document), "-o", str(draft), "--force"]).exit_code == 0
    assert "婴儿死亡率" in draft.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".checker-*"))


def test_a_hidden_row_or_column_holding_data_is_refused_a_filters_rows_are_read(tmp_path):
    """A hidden 2022 column (a superseded series) was read into the trend, and a hidden row judged, without a word.
    Rows an AutoFilter hides are the filter's, and read."""
    import openpyxl
    plan = _plan_and(tmp_path, targets="2015, 2020", base=2010)[0]

    def book(name: str, hide) -> str:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for row in [["指标", "单位", "2014年", "2015年"], ["婴儿死亡率", "‰", 3.4, 3.2], ["人均预期寿命", "岁", 80, 80.5]]:
            sheet.append(row)
        hide(sheet)
        workbook.save(tmp_path / name)
        return str(tmp_path / name)

    def hide_column(sheet):
        sheet.column_dimensions["C"].hidden = True

    def hide_row(sheet):
        sheet.row_dimensions[3].hidden = True

    def filtered(sheet):
        sheet.auto_filter.ref = "A1:D3"
        sheet.row_dimensions[3].hidden = True

    column = CliRunner().invoke(main, ["check", plan, book("c.xlsx", hide_column)])
    assert column.exit_code == 2 and "c.xlsx[Sheet]!C1: column C of the sheet is hidden, and holds data" in column.output
    row = CliRunner().invoke(main, ["check", plan, book("r.xlsx", hide_row)])
    assert row.exit_code == 2 and "r.xlsx[Sheet]!A3: row 3 of the sheet is hidden" in row.output
    assert CliRunner().invoke(main, ["check", plan, book("f.xlsx", filtered)]).exit_code == 0


def test_a_yearbook_table_of_values_and_growth_under_each_year_reads_the_values(tmp_path):
    """A yearbook's two-row header (2021年 merged over 绝对数 | 增长%) was refused as "missing columns year, value",
    the years gone from the message and a title line blamed. The 绝对数 column is the year's value; the growth
    column is never read as one."""
    import openpyxl
    from checker.data.readers import read_observations
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["表1 主要指标"])
    sheet.append(["指标", "2014年", None, "2015年", None])
    sheet.append([None, "绝对数", "增长%", "绝对数", "增长%"])
    sheet.append(["婴儿死亡率", 3.4, -1.1, 3.2, -5.9])
    for cells in ("B2:C2", "D2:E2", "A2:A3"):
        sheet.merge_cells(cells)
    workbook.save(tmp_path / "yearbook.xlsx")
    items = read_observations(str(tmp_path / "yearbook.xlsx")).items
    assert [(o.indicator, o.year, o.value, o.location.column) for o in items] == [
        ("婴儿死亡率", 2014, 3.4, 2), ("婴儿死亡率", 2015, 3.2, 4)]


def test_what_will_have_happened_by_a_year_is_a_goal_what_had_is_not():
    """"In 2025, the average life expectancy in Guangdong will have exceeded 79 years old" was taken for a report
    of the past (exceeded) and left out; "had exceeded" still is one."""
    drafted = _drafted("In 2025, the average life expectancy in Guangdong will have exceeded 79 years old.\n")
    assert [(year, text) for _, year, text, _ in drafted] == [
        (2025, "the average life expectancy in Guangdong will have exceeded 79 years old")]
    assert _drafted("In 2020, life expectancy had exceeded 77 years.\n") == []


def test_a_targeted_change_written_as_a_noun_reads_as_the_change():
    from checker.language.grammar import parse_target
    rule = parse_target("has targeted 30% reduction in global average population salt consumption by 2025", unit="%",
                        direction="down")
    assert (rule.kind, rule.value, rule.year) == ("vs_baseline", -30.0, 2025)
    with pytest.raises(CheckerError):
        parse_target("had targeted a 30% reduction in salt consumption", unit="%", direction="down")


# --- the round's second look: variants of the fixes above (a reviewer's) -----------------------------------------


def test_a_new_table_at_the_top_of_a_page_is_not_merged_into_the_one_before(tmp_path):
    """A table under its own header at the top of page 2 (other columns) was taken for the rest of page 1's table:
    its 2030 targets lost, three junk indicators (2020年, 4, 0) drafted."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from checker.documents.readers import read_document
    path = _two_page_pdf(tmp_path / "plan.pdf",
                         ([["指标名称", "2020年", "2025年"], ["人均预期寿命（岁）", "80.5", "81.5左右"],
                           ["婴儿死亡率（‰）", "3.1", "≤3.5"]], [200, 80, 80], 100),
                         ([["指标名称", "单位", "2020年", "2030年"], ["每千人口床位数", "张", "6.4", "8.0"],
                           ["每千人口执业（助理）医师数", "人", "3.0", "3.8"]], [160, 60, 70, 70], 740))
    draft = build(read_document(path))
    found = {(item["name"]["zh"], year) for item in draft.indicators for year in item["targets"]}
    assert found == {("人均预期寿命", 2025), ("婴儿死亡率", 2025), ("每千人口床位数", 2030),
                     ("每千人口执业（助理）医师数", 2030)}, found


def test_no_full_stop_of_is_the_number_of():
    """'No. of CHWs per 1000 at least 2' (No. for number) was refused once a lone 'no' became a negation."""
    from checker.language.grammar import parse_target
    rule = parse_target("No. of CHWs per 1000 at least 2", unit="人", direction="up")
    assert (rule.op, rule.value) == (">=", 2.0)


def test_a_share_of_a_group_before_the_target_is_refused_in_english():
    """'95% of children under 5' was read as < 5% named 95%children, with the direction up."""
    from checker.language.grammar import parse_target
    for phrase in ("95% of children under 5", "60% among adults over 18"):
        with pytest.raises(CheckerError, match="a share before the target is the target"):
            parse_target(phrase, unit="%", direction="up")


def test_formulas_holding_their_own_values_are_read_whatever_the_workbook_asks_on_opening(tmp_path):
    """A workbook whose formulas hold values (Apache POI, EPPlus write them) and that asks Excel to calculate on
    opening was refused as saved "0 or nothing" though E2 held 3.23."""
    import openpyxl
    import zipfile
    from checker.data.readers import read_observations
    book = tmp_path / "f.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["指标", "年份", "数值"])
    workbook.active.append(["婴儿死亡率", 2020, "=3+0.23"])
    workbook.save(book)
    with zipfile.ZipFile(book) as source:
        items = {name: source.read(name) for name in source.namelist()}
    items["xl/worksheets/sheet1.xml"] = items["xl/worksheets/sheet1.xml"].replace(b"<v></v>", b"<v>3.23</v>").replace(
        b"<v />", b"<v>3.23</v>")
    assert b'fullCalcOnLoad="1"' in items["xl/workbook.xml"]
    with zipfile.ZipFile(book, "w") as target:
        for name, data in items.items():
            target.writestr(name, data)
    assert [o.value for o in read_observations(str(book)).items] == [3.23]


def test_a_restatement_after_a_bare_amount_is_no_part():
    """'每千人口床位数7.5张，即每万人75张' drafted 每千人口每万人数 at 75张, "a part of" the first."""
    assert [(name, text) for name, _, text, _ in _drafted("到2025年，每千人口床位数7.5张，即每万人75张。\n")] == [
        ("每千人口床位数", "7.5张")]


@pytest.mark.parametrize("sheet", ["鼓楼区数据", "鼓樓區", "2023年鼓楼区", "鼓楼区统计表"])
def test_a_sheet_named_by_a_place_with_more_words_is_that_places(tmp_path, sheet):
    plan = _plan_and(tmp_path, targets="2015, 2020", base=2010)[0]
    book = _workbook(tmp_path / "b.xlsx", {sheet: [["指标", "年份", "数值", "单位"], ["婴儿死亡率", 2015, 9.5, "‰"]]})
    done = CliRunner().invoke(main, ["check", plan, book])
    assert done.exit_code == 2 and "the data has no rows for 甲市" in done.output and "鼓楼区" in done.output


def test_a_yearbooks_growth_columns_in_traditional_characters_without_a_merged_stub(tmp_path):
    import openpyxl
    from checker.data.readers import read_observations
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["指標", "單位", "2014年", None, "2015年", None])
    sheet.append([None, None, "絕對數", "增長%", "絕對數", "增長%"])
    sheet.append(["婴儿死亡率", "‰", 3.4, -1, 3.2, -5.9])
    sheet.merge_cells("C1:D1")
    sheet.merge_cells("E1:F1")
    workbook.save(tmp_path / "y.xlsx")
    assert [(o.year, o.value) for o in read_observations(str(tmp_path / "y.xlsx")).items] == [(2014, 3.4), (2015, 3.2)]


def test_each_unit_building_more_than_one_is_a_count_not_coverage():
    """'各县区建成1至2家…照护服务机构' read as full coverage (≥ 1 passes); '建成不少于500张养老床位' as a yes/no with
    the bound in a note (300 张 n/a); '各县区建成2家' now reads ≥ 2."""
    from checker.language.grammar import parse_target
    assert (parse_target("各县区建成2家托育机构", unit="家", direction="up").value) == 2.0
    for phrase in ("各县区建成1至2家具有示范效应的普惠婴幼儿照护服务机构", "建成不少于500张养老床位", "各县区建成两家托育机构"):
        with pytest.raises(CheckerError, match="names a count"):
            parse_target(phrase, unit="家" if "家" in phrase else "张", direction="up")
    assert parse_target("每个县建成1家托育机构", unit="家", direction="up").kind == "full_coverage"


def test_percentage_points_of_a_count_are_refused():
    """'比2020年下降20个百分点' of a count in 件 was read as ≤ base − 20件."""
    from checker.language.grammar import parse_target
    with pytest.raises(CheckerError, match="percentage points"):
        parse_target("比2020年下降20个百分点", unit="件", direction="down")
    assert parse_target("比2020年下降2个百分点", unit="%", direction="down").change == "points"


def test_two_catalogued_measures_sharing_one_trend_are_two_targets():
    """'人均预期寿命和健康预期寿命进一步提升' was one indicator named with both, no note."""
    drafted = _drafted("到2030年，人均预期寿命和健康预期寿命进一步提升。\n")
    assert sorted(name for name, *_ in drafted) == ["人均预期寿命", "健康预期寿命"]
    assert all("one of several indicators" in review for *_, review in drafted)


def test_a_listed_name_shares_the_age_group_the_first_opens_with():
    """'5岁以下儿童贫血患病率和生长迟缓率分别控制在10%和4%以下' named the second 生长迟缓率 (whose?), no note on it."""
    drafted = _drafted("到2025年，5岁以下儿童贫血患病率和生长迟缓率分别控制在10%和4%以下。\n"
                       "到2025年，5岁以下儿童贫血患病率和孕妇贫血率分别控制在10%和15%以下。\n")
    assert sorted({name for name, *_ in drafted}) == ["5岁以下儿童生长迟缓率", "5岁以下儿童贫血患病率", "孕妇贫血率"]
    assert all("completed from the first one" in review for name, _, _, review in drafted if "生长迟缓" in name)
    assert not any("completed" in review for name, _, _, review in drafted if "孕妇" in name)


def test_a_word_file_linking_a_picture_it_does_not_hold_is_read(tmp_path):
    """A press transcript (WPS) linked one picture to ../NULL, and the whole file was refused."""
    import zipfile
    docx = pytest.importorskip("docx")
    from checker.documents.readers import read_document
    document = docx.Document()
    document.add_paragraph("到2030年，人均预期寿命达到80岁。")
    path = tmp_path / "plan.docx"
    document.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.'
                                      b'openxmlformats.org/officeDocument/2006/relationships/image" Target="../NULL"/>'
                                      b"</Relationships>")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    draft = build(read_document(path))
    assert [(item["name"]["zh"], entry["text"]) for item in draft.indicators for entry in item["targets"].values()] == [
        ("人均预期寿命", "达到80岁")]


def test_a_web_page_printed_with_its_border_is_read_as_text(tmp_path):
    """A government page printed to PDF sits in a bordered frame (a box and a rule under the title): pdfplumber took
    it for a table of one column, nothing inside was read, and extract said the document held no target."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from checker.documents.readers import read_document
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "page.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.rect(28, 28, 550, 786)  # the frame
    page.line(28, 760, 578, 760)  # the rule under the title
    page.setFont("STSong-Light", 12)
    page.drawString(60, 780, "样例市健康行动实施方案")
    page.drawString(60, 720, "到2030年，人均预期寿命达到80岁，婴儿死亡率控制在4‰以下。")
    page.showPage()
    page.save()
    draft = build(read_document(path))
    assert {(item["name"]["zh"], entry["text"]) for item in draft.indicators for entry in item["targets"].values()} == {
        ("人均预期寿命", "达到80岁"), ("婴儿死亡率", "控制在4‰以下")}


def test_the_next_item_of_a_paragraphs_list_does_not_take_the_year_of_the_item_before():
    """'一是…到2030年，…优良率达到60%以上。二是合理安排儿童作息。确保儿童每天接触户外自然光不少于1小时，儿童新发近视率
    明显下降。': the second item's targets were set for 2030, the first item's year, with no note; and '一是婴儿死亡率'
    kept its list mark in the name."""
    drafted = _drafted("（四）增强儿童身体素质。一是推进阳光体育运动，到2030年，中小学生国家学生体质健康标准优良率达到60%以上。"
                       "二是合理安排儿童作息。确保儿童每天接触户外自然光不少于1小时，儿童新发近视率明显下降。\n")
    assert not any(year == 2030 and not review for name, year, _, review in drafted if "近视" in name or "自然光" in name)
    led = _drafted("到2030年，一是婴儿死亡率控制在4‰以下。二是孕产妇死亡率控制在12/10万以下。\n")
    assert [(name, year) for name, year, _, _ in led] == [("婴儿死亡率", 2030), ("孕产妇死亡率", 2030)]


def test_another_city_is_not_offered_for_the_plans_city(tmp_path):
    """A sheet of 厦门市's data checked against 福州市's plan said "did you mean 厦门市?": two cities alike only in 市."""
    plan = _plan_and(tmp_path, targets="2015, 2020", base=2010)[0]
    for region, offered in (("厦门市", False), ("甲", True)):
        data = tmp_path / "d.csv"
        data.write_text(f"地区,指标,年份,数值,单位\n{region},婴儿死亡率,2015,3.0,‰\n", encoding="utf-8")
        done = CliRunner().invoke(main, ["check", plan, str(data)])
        assert done.exit_code == 2 and ("did you mean" in done.output) == offered, done.output


def _two_page_pdf(path: Path, first: tuple[list[list[str]], list[int], int],
                  second: tuple[list[list[str]], list[int], int], cut_row: list[str] | None = None) -> Path:
    """A PDF of one ruled table near the foot of page 1 and one near the top of page 2 (rows, column widths, the
    table's bottom from the page's foot), with ``cut_row`` written above the second as bare text in its columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    page = canvas.Canvas(str(path), pagesize=A4)
    for number, (rows, widths, bottom) in enumerate((first, second)):
        if number and cut_row:
            page.setFont("STSong-Light", 11)
            left = 40
            for text, width in zip(cut_row, widths):
                page.drawString(left + 2, 805, text)  # the cut row: text in the columns, no ruling around it
                left += width
        table = Table(rows, colWidths=widths)
        table.setStyle(style)
        table.wrapOn(page, 500, 800)
        table.drawOn(page, 40, bottom)
        page.showPage()
    page.save()
    return path


def test_a_target_column_whose_cells_name_their_own_year_is_read():
    """The global vaccine plan's table (Strategic objective | Indicator | Target, the cells '2020: 100% of all vaccine
    doses') was not taken for a table: its targets were lost without a word. A '3.1.' outline number is no part of
    a name; '4.5岁以下儿童死亡率' (row 4) still names the under-5 rate."""
    drafted = _drafted("Indicator\tUnit\tTarget\n3.1. Infant mortality rate\tper 1,000\t2020: below 10\n"
                       "3.2. DTP3 coverage\t%\t2020: 90%\n")
    assert {(name, year, text) for name, year, text, _ in drafted} == {("婴儿死亡率", 2020, "below 10"),
                                                                     ("DTP3 coverage", 2020, "90%")}
    from checker.documents.tables import SEQ_PREFIX
    assert SEQ_PREFIX.sub("", "4.5岁以下儿童死亡率") == "5岁以下儿童死亡率"


def test_a_dated_target_column_with_some_cells_undated_keeps_the_dated_and_says_so():
    """In the vaccine plan's table some targets are trends with no year (Increasing trend): the dated cells are read,
    the others left out with a note on the table."""
    draft = build(read_text("Indicator\tTarget\nDomestic expenditure per person\tIncreasing trend\n"
                            "Dropout rate DTP1-DTP3\t2015: 10% or less\nDTP3 coverage\t2020: 90%\n", "plan.txt"))
    assert {(item["name"]["en"], year) for item in draft.indicators for year in item["targets"]} == {
        ("Dropout rate DTP1-DTP3", 2015), ("DTP3 coverage", 2020)}
    assert "1 cell(s) name no year and are left out" in draft.plan["review"]
