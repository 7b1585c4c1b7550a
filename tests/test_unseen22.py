"""Twenty-second round: a new user's own plan and data, hostile files, and texts the project had not
seen; each test's words are written for it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.data.observations import read_rows

#: a plan of one lower-is-better indicator with one 2025 target, based in 2020
ONE_TARGET = """\
plan:
  id: {id}
  title: {{zh: {title}}}
  region: {region}
  base_year: 2020
  target_years: [2025]
indicators:
  - id: {indicator}
    name: {{zh: {name}}}
    unit: {unit}
    direction: down
    targets:
      2025: {{text: "{text}"}}
"""
PLAN = ONE_TARGET.format(id="test", title="测试规划", region="甲市", indicator="mmr", name="孕产妇死亡率", unit="1/10万",
                         text="≤14.5")

#: a plan's own table saved as data: the base year, a real year, and the target written as a year's column
WIDE_WITH_A_YEAR_TO_COME = "指标,单位,2020年（基期）,2023年,{year}年\n孕产妇死亡率,1/10万,16.9,18.0,12.0\n"


def _files(tmp_path: Path, data: str) -> tuple[str, str]:
    plan, path = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(PLAN, encoding="utf-8")
    path.write_text(data, encoding="utf-8")
    return str(plan), str(path)


def test_a_column_of_a_year_still_to_come_is_refused_not_judged(tmp_path):
    """A wide table with a `2028年` column (the plan's target, copied) passed ≤14.5 on 12.0 when the real latest
    value, 18.0 in 2023, fails it: a year after this one cannot have been observed."""
    year = time.localtime().tm_year + 2
    plan, data = _files(tmp_path, WIDE_WITH_A_YEAR_TO_COME.format(year=year))
    done = CliRunner().invoke(main, ["check", plan, data])
    assert done.exit_code == 2
    assert f"data.csv:2:5: 孕产妇死亡率 {year}: a value for a year still to come" in done.output
    assert f"--as-of {year}" in done.output
    judged = CliRunner().invoke(main, ["check", plan, data, "--as-of", "2023", "--format", "json"])
    (result,) = json.loads(judged.stdout)["results"]
    assert judged.exit_code == 1 and result["year"] == 2023 and result["status"] == "fail"
    knowingly = CliRunner().invoke(main, ["check", plan, data, "--as-of", str(year), "--format", "json"])
    assert knowingly.exit_code == 0 and json.loads(knowingly.stdout)["results"][0]["year"] == year


def test_this_years_value_is_data(tmp_path):
    plan, data = _files(tmp_path, WIDE_WITH_A_YEAR_TO_COME.format(year=time.localtime().tm_year))
    assert CliRunner().invoke(main, ["check", plan, data]).exit_code == 0


def test_validate_lists_a_year_to_come_as_an_error_and_a_year_past_the_period_as_a_warning(tmp_path):
    year = time.localtime().tm_year + 1
    plan, data = _files(tmp_path, WIDE_WITH_A_YEAR_TO_COME.format(year=year))
    done = CliRunner().invoke(main, ["validate", data, "--plan", plan, "--format", "json"])
    found = [(f["severity"], f["code"], f["line"], f["column"]) for f in json.loads(done.stdout)["findings"]
             if f["code"].startswith("year")]
    assert done.exit_code == 1 and found == [("error", "year-to-come", 2, 5)]
    late = CliRunner().invoke(main, ["validate", data, "--plan", plan, "--format", "json", "--as-of", str(year)])
    if year > 2030:  # past the plan period (last target year + 5) as well
        assert [f["code"] for f in json.loads(late.stdout)["findings"] if f["code"].startswith("year")] == ["year-range"]
    else:
        assert not [f for f in json.loads(late.stdout)["findings"] if f["code"].startswith("year")]


def test_the_audit_report_takes_what_is_to_come_from_its_own_date(tmp_path):
    plan, data = _files(tmp_path, WIDE_WITH_A_YEAR_TO_COME.format(year=2031))
    out = tmp_path / "r.html"
    early = CliRunner().invoke(main, ["report", plan, data, "-o", str(out), "--generated-at", "2030-06-30"])
    assert early.exit_code == 2 and "(this year is 2030)" in early.output and not out.exists()
    late = CliRunner().invoke(main, ["report", plan, data, "-o", str(out), "--generated-at", "2032-01-15"])
    assert late.exit_code == 0 and out.exists()


def test_the_columnar_reader_finds_the_latest_year_where_the_row_reader_does(tmp_path):
    pytest.importorskip("polars")
    from checker.data import columnar

    path = tmp_path / "long.csv"
    path.write_text("地区,指标,年份,数值\n甲市,孕产妇死亡率,2021,15\n乙市,孕产妇死亡率,2024,14\n甲市,孕产妇死亡率,2024,13\n",
                    encoding="utf-8")
    by_rows, by_columns = read_rows(path).latest(), columnar.read((path,)).latest()
    assert (by_columns.year, by_columns.region, by_columns.location.line) == (2024, "乙市", 3)
    assert (by_rows.year, by_rows.region, by_rows.location.line, by_rows.value) == (2024, "乙市", 3, by_columns.value)


NATIONAL = ONE_TARGET.format(id="national", title="全国规划", region="全国", indicator="imr", name="婴儿死亡率", unit="‰",
                             text="≤5.2")
#: a long table copied out of a sheet whose region cells were merged: the cells under a region's first row are empty
MERGED_OUT = "地区,指标,年份,数值,单位\n全国,婴儿死亡率,2020,5.4,‰\n,婴儿死亡率,2022,4.9,‰\n{place},婴儿死亡率,2020,5.8,‰\n,婴儿死亡率,2023,5.5,‰\n"


@pytest.mark.parametrize("columns", [False, True])
def test_an_empty_region_cell_under_another_regions_rows_of_a_long_file_is_refused(tmp_path, monkeypatch, columns):
    from checker.data import readers

    """全国 failed ≤5.2 on Hubei's 5.5 of 2023, read from a row whose region cell a merge had left empty; a
    line on standard error was all that said so."""
    if columns:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(NATIONAL, encoding="utf-8")
    data.write_text(MERGED_OUT.format(place="湖北省"), encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(plan), str(data), "--as-of", "2023"])
    assert done.exit_code == 2
    assert "data.csv:5:4: 婴儿死亡率 2023: the row names no region, under rows of '湖北省'" in done.output
    found = CliRunner().invoke(main, ["validate", str(data), "--plan", str(plan), "--format", "json"])
    assert [(f["code"], f["line"]) for f in json.loads(found.stdout)["findings"] if f["severity"] == "error"] \
        == [("unreadable", 5)]


@pytest.mark.parametrize("phrase, words", [
    ("死亡率升高到5%", "到"),  # a rise read as a ceiling (≤ 5%)
    ("吸烟率回升到20%", "到"),
    ("台灣目前吸菸率18.7%", "目前"),  # a survey's result
    ("他预计2025年吸烟率将进一步降低至7.5%", "预计"),  # a forecast
    ("要到2048年才可能降到5%以下", "可能"),
    ("近6年,全國住院分娩率保持在99%以上", "近6年"),  # a span of years that happened
    ("國健署定目標 5年後成人吸菸降至10%", "5年后"),  # a span from a start the phrase does not name
    ("2008—2018年,昆明10年間人均期望壽命增長3.04歲", "2008-2018年"),
    ("農村住院分娩率由1996年的51.7%升高到2018年的99.8%", "由1996年的, 到"),  # a past result (its start's amount not a word)
])
def test_what_is_said_to_have_happened_or_may_happen_is_no_target(phrase, words):
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError) as refused:
        parse_target(phrase, unit="%", direction="down")
    assert f"cannot place the words {words}" in refused.value.message


@pytest.mark.parametrize("phrase, year, value", [
    ("要在2025年前令全港吸煙率降至7.8%", 2025, 7.8),  # the deadline inside the words was lost
    ("規劃遠期2020年市域城鎮化水平爭取達到80%", 2020, 80),
    ("約 600 個各部門確定的環境衛生黑點於 2023 年底前消除至少 75%", 2023, 75),
])
def test_a_year_inside_the_words_before_a_target_is_its_year(phrase, year, value):
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, unit="%", direction="up")
    assert (rule.year, rule.value) == (year, value)


def test_two_years_inside_the_words_are_refused():
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError, match="2020年"):
        parse_target("2020年以来2025年前吸烟率降至20%", unit="%", direction="down")


@pytest.mark.parametrize("phrase, op", [
    ("Improve maternal mortality rates from 278 deaths per 100,000 births to 100 deaths per 100,000 by 2026", "<="),
    ("improve the infant mortality rate to 20 per 1,000", "<="),
    ("improve immunization coverage from 70% to 90% by 2025", ">="),
])
def test_improving_to_a_level_is_reaching_it_the_indicators_better_way(phrase, op):
    """"Improve maternal mortality … to 100" was read as raising it to at least 100."""
    from checker.language.grammar import parse_target

    down = "%" not in phrase
    rule = parse_target(phrase, unit="1/10万" if "maternal" in phrase else "‰" if down else "%",
                        direction="down" if down else "up")
    assert rule.op == op


def test_a_first_line_that_heads_a_years_goals_sets_that_year():
    """A document whose first line is "2025年主要目标" was refused ("none is set for a year"): the line was taken
    for a news headline, which repeats the text and dates nothing."""
    from drafts import drafted_from

    assert drafted_from("2025年主要目标\n人均预期寿命达到80岁。\n") == {("人均预期寿命", 2025, "达到80岁")}


def test_a_part_with_a_change_of_its_own_is_a_target_of_its_own():
    """"财政总收入增长13%，其中地方级财政收入增长16%" drafted the whole's 13% and dropped the part's 16% without a word."""
    from drafts import draft_from, drafted_words

    draft = draft_from("2025年主要目标\n\n财政总收入增长13%，其中地方级财政收入增长16%。\n")
    assert drafted_words(draft) == {("财政总收入", 2025, "增长13%"), ("地方级财政收入", 2025, "增长16%")}
    part = next(i for i in draft.indicators if i["name"]["zh"] == "地方级财政收入")
    assert "a part of 财政总收入" in part["targets"][2025]["review"]


def test_a_price_rise_held_down_is_drafted_as_lower_is_better():
    """"居民消费价格总水平涨幅控制在4%左右" was drafted up is better: 水平 in its name outweighed the cap."""
    from drafts import draft_from

    (indicator,) = draft_from("二、2025年主要预期目标\n居民消费价格总水平涨幅控制在4%左右。\n").indicators
    assert indicator["direction"] == "down"


@pytest.mark.parametrize("cell", ["1e-400", "-2.5E-330"])
@pytest.mark.parametrize("columns", [False, True])
def test_a_number_too_small_for_a_float_is_refused_not_read_as_zero(tmp_path, monkeypatch, cell, columns):
    """`1e-400` was read as 0‰ and passed the infant-mortality target; its twin 1e400 was refused."""
    from checker.data import readers

    if columns:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(NATIONAL, encoding="utf-8")
    data.write_text(f"地区,指标,年份,数值,单位\n全国,婴儿死亡率,2020,5.4,‰\n全国,婴儿死亡率,2023,{cell},‰\n全国,婴儿死亡率,2022,0e5,‰\n",
                    encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(plan), str(data), "--as-of", "2023"])
    assert done.exit_code == 2 and f"data.csv:3:4: value '{cell}' is too small to be a number" in done.output


@pytest.mark.parametrize("value, message", [("9" * 5000, "a number of 5000 characters"), (".inf", ".inf is not a finite"),
                                            ("1" + "0" * 400, "is not a finite number")])
def test_a_number_no_float_holds_is_a_located_plan_error(tmp_path, value, message):
    """A 5000-digit year was an internal error (exit 3, "a bug in checker"); a base value of .inf or of 400 digits
    passed lint and was then dropped as "no base value"."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(NATIONAL + f"    baseline: {{2020: {value}}}\n", encoding="utf-8")
    linted = CliRunner().invoke(main, ["lint", str(plan)])
    assert linted.exit_code == 1 and "plan.yaml:14:22:" in linted.output and message in linted.output


@pytest.mark.parametrize("columns", [False, True])
def test_data_from_before_the_plans_base_year_is_not_judged_as_progress(tmp_path, columns):
    """A 2020-based plan's 2025 target "passed" as "2018年已达到2025年目标" on 2017–2018 data alone."""
    from checker.data.matching import match
    from checker.data.readers import read_observations
    from checker.judge.engine import evaluate_regions
    from checker.plan.loader import load_plan

    plan_file, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan_file.write_text(NATIONAL, encoding="utf-8")
    data.write_text("地区,指标,年份,数值\n甲省,婴儿死亡率,2017,4.92\n甲省,婴儿死亡率,2018,4.54\n"
                    "乙省,婴儿死亡率,2018,6.0\n乙省,婴儿死亡率,2021,5.0\n", encoding="utf-8")
    plan = load_plan(str(plan_file))
    results = {r.region: r for r in evaluate_regions(plan, match(plan, read_observations(data)), columns=columns).results}
    assert results["甲省"].status == "n/a" and results["甲省"].year is None
    assert results["甲省"].reason.en == "the latest data is for 2018, before the plan's base year 2020: none in the plan period (if that base year is wrong, check the plan's base_year)"
    assert results["乙省"].year == 2021  # progress from the plan period's own data


def test_a_utf8_row_added_to_a_gbk_file_is_refused_at_its_line(tmp_path):
    """全国's 2023 row, appended by a UTF-8 tool to a GBK file, was read as region 鍏ㄥ浗, left out, and 婴儿死亡率
    passed on 2022's value where 2023's fails."""
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(NATIONAL, encoding="utf-8")
    data.write_bytes("地区,指标,年份,数值\n全国,婴儿死亡率,2020,5.4\n全国,婴儿死亡率,2022,4.9\n".encode("gbk")
                     + "全国,imr,2023,5.6\n".encode("utf-8"))  # 全国 in UTF-8 is valid GB18030 (鍏ㄥ浗)
    done = CliRunner().invoke(main, ["check", str(plan), str(data)])
    assert done.exit_code == 2
    assert "data.csv:4:1: the file is GB18030/GBK" in done.output and "'全国,imr,2023,5.6'" in done.output
    assert "鍏ㄥ浗" in done.output


def test_chinese_text_in_gbk_is_not_taken_for_utf8():
    """The test above must not refuse GBK files: no line of the bundled plans' Chinese, written in GBK, reads as
    UTF-8 Chinese text."""
    from checker.data.observations import _utf8_line

    plans = Path(__file__).resolve().parents[1] / "plans"
    lines = [line.encode("gb18030") for path in sorted(plans.glob("*.yaml"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    assert _utf8_line(b"\n".join(lines)) is None


def test_a_state_column_names_the_region(tmp_path):
    """`State`, the region header of US and Indian tables, was refused as an unknown column."""
    path = tmp_path / "srs.csv"
    path.write_text("State,Indicator,Year,Value\nKerala,IMR,2020,6\nBihar,IMR,2020,29\n", encoding="utf-8")
    assert {item.region for item in read_rows(path).items} == {"Kerala", "Bihar"}


def test_a_yaml_word_read_as_a_boolean_is_quoted_as_written(tmp_path):
    """`direction: no` was reported as "false is not allowed here": a word nobody wrote."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(NATIONAL.replace("direction: down", "direction: no"), encoding="utf-8")
    done = CliRunner().invoke(main, ["lint", str(plan)])
    assert "'no' (read by YAML as false) is not allowed here" in done.output


def test_a_plan_that_is_a_symbolic_link_loop_says_so(tmp_path):
    loop = tmp_path / "plan"
    loop.symlink_to(tmp_path / "plan")
    done = CliRunner().invoke(main, ["check", str(loop), str(tmp_path / "d.csv")])
    assert done.exit_code == 2 and "a symbolic link that leads nowhere" in done.output


def test_a_long_quoted_cell_is_named_as_long_not_as_an_unclosed_quote(tmp_path):
    """A closed, quoted cell of 200,000 characters was reported as "a quote … is never closed"."""
    path = tmp_path / "long.csv"
    path.write_text("region,indicator,year,value\n" + '"' + "x" * 200_000 + '",婴儿死亡率,2021,1\n', encoding="utf-8")
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(path)])
    assert done.exit_code == 2 and "long.csv:2: a cell is longer than" in done.output


def test_a_chart_point_whose_cell_wrote_its_unit_shows_it_once():
    """The audit report's hover text read "全国 2023: 27.3% % @ …!G6"."""
    from checker.data.matching import Point
    from checker.errors import Location
    from checker.reporters.html import _hover

    assert _hover(Point(2023, 27.3, "27.3%", Location("a.xlsx", 6, 7, sheet="表1"), "%"), "全国", "zh") \
        == "全国 2023: 27.3% @ a.xlsx[表1]!G6"


@pytest.mark.parametrize("phrase, value", [("肺結核發病率降至10萬分之58", 58), ("孕产妇死亡率控制在10万分之12以下", 12)])
def test_a_rate_per_so_many_written_in_digits_is_that_rate(phrase, value):
    """"10萬分之58" was read as 1058/万 (≤ 10580/10万): its 万分之 read alone, the 10 before it glued on."""
    from checker.language.grammar import parse_target

    assert parse_target(phrase, unit="1/10万", direction="down").value == value


@pytest.mark.parametrize("phrase, kind, value", [("到2030年实现人均预期寿命达到79.0岁的目标", "reach", 79),
                                                 ("到2020年實現大陸人均預期壽命增加1歲的目標", "vs_baseline", 1)])
def test_a_target_named_as_the_goal_to_achieve_is_that_target(phrase, kind, value):
    """"实现…达到79.0岁的目标" was a yes/no deliverable, the 79 only in a note."""
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, unit="岁", direction="up")
    assert (rule.kind, rule.value) == (kind, value)


@pytest.mark.parametrize("phrase", ["IMR of 29/1000 live births to be achieved by 2015",
                                    "life expectancy of 75 years to be achieved"])
def test_a_rate_or_age_named_in_a_deliverable_is_refused(phrase):
    """"IMR of 29/1000 live births to be achieved by 2015" was a yes/no deliverable (any value passing)."""
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError, match="names a level to reach"):
        parse_target(phrase, unit="‰", direction="down")


def test_a_citys_districts_total_is_no_county_of_a_national_run(tmp_path):
    """Tables coded as the statistics bureau codes them carry a 市辖区 row per city (370101): the city's districts
    together. It was judged as one more county, on its city's figures, and counted in the roll-up."""
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(NATIONAL, encoding="utf-8")
    data.write_text("地市,县区,指标,年份,数值\n甲市,市辖区,婴儿死亡率,2023,4.0\n甲市,甲县,婴儿死亡率,2023,5.0\n"
                    "乙市,乙县,婴儿死亡率,2023,6.0\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(plan), str(data), "--all-regions", "--format", "json"])
    assert {r["region"] for r in json.loads(done.stdout)["results"]} == {"甲县", "乙县"}


def test_a_bare_year_heading_in_english_dates_the_items_under_it():
    """"By 2005:" under "Its objectives for 2030 include:" left "Halve the malaria mortality" at 2030, with no note."""
    from drafts import drafted_from

    text = "Its objectives for 2030 include:\nBy 2005:\n- Halve the malaria mortality.\n"
    assert {year for _, year, _ in drafted_from(text)} == {2005}


def test_an_english_span_of_years_at_the_start_sets_its_last_year():
    """"In 2023-2025, reduce …" was drafted for 2023."""
    from drafts import drafted_from

    text = "Objectives\n\nIn 2023-2025, reduce the smoking rate among males to less than 39 percent.\n"
    assert {year for _, year, _ in drafted_from(text)} == {2025}


def test_what_places_had_in_english_is_no_target():
    """"At least 40% of counties had coverage of 80% and above" was drafted as a target of at least 80%."""
    from drafts import drafted_or_none

    text = ("Immunization\n\nIn 2016, the national coverage stood at 81%, slightly below the national target of 90%. "
            "At least 40% of counties had coverage of 80% and above.\n")
    assert not any(text_ == "of 80% and above" for _, _, text_ in drafted_or_none(text))


@pytest.mark.parametrize("columns", [False, True])
def test_the_worst_regions_of_a_target_are_the_furthest_from_it(tmp_path, columns):
    """The roll-up's worst regions were the failing ones by name: 周村区 (79.43) was listed and 阳谷县 (79.12), the
    lowest life expectancy, was not."""
    from checker.data.matching import match
    from checker.data.readers import read_observations
    from checker.judge.engine import evaluate_regions
    from checker.judge.rollup import rollup
    from checker.plan.loader import load_plan

    plan_file, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan_file.write_text(NATIONAL, encoding="utf-8")
    values = {"甲县": 9.0, "乙县": 6.0, "丙县": 12.0, "丁县": 7.0, "戊县": 6.5, "己县": 10.0, "庚县": 4.0}
    data.write_text("地区,指标,年份,数值\n" + "".join(f"{r},婴儿死亡率,2025,{v}\n" for r, v in values.items()),
                    encoding="utf-8")
    plan = load_plan(str(plan_file))
    results = evaluate_regions(plan, match(plan, read_observations(data)), columns=columns)
    (summary,) = rollup(results, plan)[1]
    assert summary.worst == ("丙县", "己县", "甲县", "丁县", "戊县")  # the highest death rates first


@pytest.mark.parametrize("columns", [False, True])
def test_a_region_whose_data_stops_years_early_is_named_on_stderr(tmp_path, monkeypatch, columns):
    """A county renamed in 2022 (茌平县 → 茌平区) was two regions, the old name judged on its 2021 data as if
    current, without a word."""
    from checker.data import readers

    if columns:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(NATIONAL, encoding="utf-8")
    rows = [("甲县", year) for year in range(2020, 2026)] + [("茌平县", year) for year in (2020, 2021)] \
        + [("茌平区", year) for year in range(2022, 2026)]
    data.write_text("地区,指标,年份,数值\n" + "".join(f"{r},婴儿死亡率,{y},5.0\n" for r, y in rows), encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(plan), str(data), "--all-regions", "--format", "csv"])
    assert "1 region(s) have no data after 2021" in done.stderr and "茌平县 (2021)" in done.stderr
    assert "甲县 (" not in done.stderr and "茌平区 (" not in done.stderr
