"""Round 34, data files and reports: each table's own 单位 line, completion-rate and partial-year change columns,
month headers, a 2025E mark in the table, left-out rows in the audit report and the workbook, a base year after the
data (the data tester's and the end user's findings)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.files import HEAD, check, workbook_of, written

#: 婴儿死亡率 in ‰ (≤5.2) and 居民健康素养水平 in % (≥25%, base 23.15% in 2020)
PLAN = HEAD.replace("甲市", "全国") + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "5.2"}
  - id: literacy
    name: {zh: 居民健康素养水平}
    unit: "%"
    direction: up
    baseline: {2020: 23.15}
    targets:
      2025: {text: "25%"}
  - id: workers
    name: {zh: 卫生技术人员数}
    unit: 万人
    direction: up
    targets:
      2025: {text: "达到1200万人以上"}
"""


def results_of(tmp_path, data, *options) -> dict:
    """indicator id → (status, value, year) of ``checker check`` on :data:`PLAN` and ``data`` (exit 0 or 1 asked)."""
    result = check(written(tmp_path, PLAN, "plan.yaml"), data, "--format", "json", *options)
    assert result.exit_code in (0, 1), result.output
    return {r["indicator"]: (r["status"], r["value"], r["year"]) for r in json.loads(result.output)["results"]}


def two_tables(tmp_path, first_title: list, second_title: list, name: str = "two.xlsx"):
    """A sheet of two tables: 婴儿死亡率 under ``first_title`` rows, 居民健康素养水平 under ``second_title`` rows."""
    rows = [*first_title, ["指标", "2023年", "2024年"], ["婴儿死亡率", 4.5, 4.0], [],
            *second_title, ["指标", "2023年", "2024年"], ["居民健康素养水平", 29.7, 31.87]]
    return workbook_of({"Sheet1": rows}, tmp_path / name)


def test_a_second_table_is_read_in_its_own_unit_line(tmp_path):
    """The second table on a sheet took the first table's 单位 line: 31.87 (单位：%) was read as 31.87‰ = 3.187%, and
    the literacy target failed as "moving away", with no warning."""
    book = two_tables(tmp_path, [["表1 妇幼健康"], ["单位：‰"]], [["表2 健康素养"], ["单位：%"]])
    found = results_of(tmp_path, book)
    assert found["literacy"] == ("pass", 31.87, 2024)
    assert found["imr"] == ("pass", 4.0, 2024)


def test_a_first_table_without_a_unit_line_leaves_the_second_its_own(tmp_path):
    """A 单位 line over the second table only was passed over (the unit column was added only for a first table's
    line): its 万人 values were read in whatever unit the plan has. Now its rows take it, the first table's none."""
    rows = [["指标", "2023年", "2024年"], ["婴儿死亡率", 4.5, 4.0], [], ["表2 卫生人力"], ["单位：千人"],
            ["指标", "2023年", "2024年"], ["卫生技术人员数", 12488, 13020]]
    found = results_of(tmp_path, workbook_of({"Sheet1": rows}, tmp_path / "b.xlsx"))
    assert found["workers"] == ("pass", 1302.0, 2024)  # 13020 千人 = 1302 万人
    assert found["imr"] == ("pass", 4.0, 2024)


def test_a_titled_second_table_without_its_own_unit_line_is_refused(tmp_path):
    """A titled second table with no 单位 line under a first that had one was read in the first's unit (‰ for a
    table of 万人: refused as a unit clash blaming the data; 万人 then 千人: silently ×10). Refused at its title; a
    续表 keeps the unit."""
    rows = [["表1 卫生人力"], ["单位：万人"], ["指标", "2023年", "2024年"], ["卫生技术人员数", 1248.8, 1302.0], [],
            ["表2 妇幼健康"], ["指标", "2023年", "2024年"], ["婴儿死亡率", 4.5, 4.0]]
    result = check(written(tmp_path, PLAN, "plan.yaml"), workbook_of({"Sheet1": rows}, tmp_path / "c.xlsx"))
    assert result.exit_code == 2
    assert "[Sheet1]!A6" in result.output and "no 单位 line of its own" in result.output
    # a 续表 (the header repeated under a 续表 line) is the same table: its rows keep the unit line above it
    rows = [["单位：万人"], ["指标", "2023年"], ["卫生技术人员数", 1248.8], ["续表"], ["指标", "2024年"],
            ["卫生技术人员数", 1302.0]]
    assert results_of(tmp_path, workbook_of({"Sheet1": rows}, tmp_path / "d.xlsx"))["workers"] == ("pass", 1302.0, 2024)


def test_a_second_tables_unit_at_its_titles_right_end_is_its_unit(tmp_path):
    """``表2 … | | 单位：%`` over a second table was read as a row of the first (file refused: cannot read value
    '单位：%', with a hint about numbers). It is the second table's title and unit, as the first table's is."""
    book = two_tables(tmp_path, [["表1 妇幼健康", None, "单位：‰"]], [["表2 健康素养", None, "单位：%"]])
    found = results_of(tmp_path, book)
    assert found["literacy"] == ("pass", 31.87, 2024)
    assert found["imr"] == ("pass", 4.0, 2024)


def test_a_unit_at_a_captions_end_is_the_tables_unit(tmp_path):
    """``表1 妇幼健康（单位：%）`` over a table gave no unit (only a whole cell 单位：X did): 2.5 was read as the plan's
    2.5‰, where the caption said 2.5% = 25‰ (a pass, were the plan based, for a failing figure)."""
    rows = [["表1 妇幼健康（单位：%）"], ["指标", "2023年", "2024年"], ["婴儿死亡率", 2.6, 2.5]]
    found = results_of(tmp_path, workbook_of({"Sheet1": rows}, tmp_path / "e.xlsx"))
    assert found["imr"][1] == pytest.approx(25.0)


def test_a_unit_line_that_points_to_the_unit_column_is_read_so(tmp_path):
    """``单位：见各指标`` (a statistics system's export, over a table with a 计量单位 column) names no unit: it was
    refused as a contradiction with the unit column. It is read as pointing to that column."""
    rows = [["全国卫生健康主要指标"], ["单位：见各指标"], ["指标", "计量单位", "2023年", "2024年"],
            ["婴儿死亡率", "‰", 4.5, 4.0], ["居民健康素养水平", "%", 29.70, 31.87]]
    found = results_of(tmp_path, workbook_of({"主要指标": rows}, tmp_path / "f.xlsx"))
    assert found["literacy"] == ("pass", 31.87, 2024) and found["imr"] == ("pass", 4.0, 2024)


def test_a_unit_line_between_csv_tables_is_refused(tmp_path):
    """A CSV file's second table under its own ``单位：%`` line (and no unit column) was read in the plan's unit, the
    line passed over without a word: refused at it, as a unit line above a CSV header is."""
    data = written(tmp_path, "指标,2023年,2024年\n婴儿死亡率,4.5,4.0\n\n表2 健康素养\n单位：‰\n指标,2023年,2024年\n"
                             "居民健康素养水平,297,318.7\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data)
    assert result.exit_code == 2 and "data.csv:5:1" in result.output and "单位" in result.output


@pytest.mark.parametrize("header", ["2024年完成率(%)", "2024年完成进度(%)", "2024年任务完成率"])
def test_a_completion_rate_column_is_no_value_of_its_year(tmp_path, header):
    """A 考核 sheet's completion-rate column (the share of the year's task done) was read as the indicator's 2024
    value: 99.0 passed a literacy of 29.70%. It is passed over, as a 同比 column is."""
    data = written(tmp_path, f"指标,单位,2023年,{header}\n居民健康素养水平,%,29.70,99.0\n")
    assert results_of(tmp_path, data)["literacy"] == ("pass", 29.7, 2023)


def test_a_partial_year_change_column_is_passed_over(tmp_path):
    """``2025年1-9月同比(%)`` stopped the file as "partial-year figures … would be judged as them", which a change
    column never is: passed over like every other 同比 column."""
    data = written(tmp_path, "指标,单位,2025年1-9月同比(%),2023年,2024年\n卫生技术人员数,万人,2.2,1248.8,1302.0\n")
    assert results_of(tmp_path, data)["workers"] == ("pass", 1302.0, 2024)


def test_a_month_header_is_refused_at_its_cell_saying_how_to_write_it(tmp_path):
    """Month headers (``2023年12月``) gave "missing columns year, value … expected the long layout": the message now
    stands at the header cell, says it names a month, and how to write a year-end stock or the year."""
    data = written(tmp_path, "指标,单位,2023年12月,2024年12月\n卫生技术人员数,万人,1248.8,1302.0\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data)
    assert result.exit_code == 2
    assert "data.csv:1:3" in result.output and "names a month" in result.output and "2023年12月末" in result.output


def test_an_estimate_marked_2025e_shows_so_in_the_table(tmp_path):
    """``2025E`` (an estimate) showed as ``1350万人 (2025)`` in the table's 实际 column, as if final, where
    ``2025年（预计）`` showed ``(2025, 预计)``."""
    data = written(tmp_path, "指标,单位,2024年,2025E\n卫生技术人员数,万人,1302.0,1350\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data)
    assert "1350万人 (2025, 预计)" in result.output
    english = check(written(tmp_path, PLAN, "plan.yaml"), data, "--lang", "en")
    assert "(2025, estimated)" in english.output


REGION_PLAN = HEAD.replace("甲市", "宁波市") + """\
  - id: beds
    name: {zh: 每千常住人口床位数}
    unit: 张
    direction: up
    targets:
      2025: {text: 达到6.6张}
"""
REGION_DATA = ("地区,指标,年份,数值,单位\n宁波市,每千常住人口床位数,2025,6.7,张\n余姚市,每千常住人口床位数,2023,3.24,张\n"
               "宁波市,人均期望寿命,2020,81.94,岁\n")


def test_the_audit_report_lists_another_regions_rows(tmp_path):
    """``checker report`` listed only the unknown indicator's rows: a region not judged (余姚市) appeared nowhere in the
    HTML, though the table and the JSON list its rows under 未纳入 / unused_rows."""
    from checker.cli import main

    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", written(tmp_path, REGION_PLAN, "plan.yaml"),
                                       written(tmp_path, REGION_DATA), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "余姚市" in page and "data.csv:3:1" in page and "data.csv:4:2" in page  # (a region at its cell: round 39; a name at its: 40)


def test_the_workbook_lists_every_row_left_out(tmp_path):
    """``check --xlsx`` listed neither the unknown indicator's rows nor another region's: a sheet 未纳入 lists both."""
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "results.xlsx"
    result = check(written(tmp_path, REGION_PLAN, "plan.yaml"), written(tmp_path, REGION_DATA), "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    rows = list(openpyxl.load_workbook(out)["未纳入"].iter_rows(values_only=True))[1:]
    assert {(row[0], row[1], row[2], row[3]) for row in rows} == {
        ("indicator", "人均期望寿命", 1, f"{tmp_path}/data.csv:4:2"), ("region", "余姚市", 1, f"{tmp_path}/data.csv:3:1")}


def test_a_base_year_after_the_data_is_named_in_the_reason(tmp_path):
    """A drafted 2030 plan whose base year was guessed as 2025, checked against 2016/2024 data, said only "no data in
    the plan period": the reason now points at the plan's base_year to check."""
    plan = HEAD.replace("base_year: 2020", "base_year: 2025").replace("[2025]", "[2030]") + """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2030: {text: 达到82岁}
"""
    data = written(tmp_path, "地区,指标,年份,数值\n甲市,人均预期寿命,2016,81.2\n甲市,人均预期寿命,2024,82.9\n")
    result = check(written(tmp_path, plan, "plan.yaml"), data, "--format", "json")
    reason = json.loads(result.output)["results"][0]["reason"]
    assert "base_year" in reason["zh"] and "check the plan's base_year" in reason["en"]
