"""Round 41 (sheets): a workbook sheet's name or title that names another place than the plan's (海曙, 宁波, 海曙区2023,
全市, 合计) is never silently the plan's region; the report's chart labels a converted value in the data's unit; a
per-person amount in 万元 for 元 is a slip of scale; a table with places across is refused by name; one note once."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, workbook_of, written

# a county-level 市 that names its city (余姚市 of 宁波市): two places are called 全市
PLAN = """plan:
  id: yy
  title: {zh: 余姚测试}
  region: 余姚市
  references: {city: 宁波市, province: 浙江省}
  base_year: 2020
  target_years: [2025]
indicators:
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "≤5‰"}
"""
# a city with no reference city: its 全市 is its own
CITY_PLAN = PLAN.replace("余姚市", "甲市").replace("  references: {city: 宁波市, province: 浙江省}\n", "")


def _rows(value: float, title: str | None = None) -> list[list]:
    return [*([[title]] if title else []), ["指标", "单位", "2022", "2023"], ["婴儿死亡率", "‰", value + 0.2, value]]


@pytest.mark.parametrize("sheet, read_as", [("海曙", "海曙"), ("慈溪", "慈溪"), ("宁波", "宁波"),
                                            ("海曙区2023", "海曙区"), ("海曙区（2023）", "海曙区"), ("海曙数据", "海曙")])
def test_a_sheet_named_by_another_place_is_not_the_plans_region(tmp_path: Path, sheet: str, read_as: str) -> None:
    """A sheet named by a place's short name (海曙, 宁波 — the plan's own city) or by its full name with a year after it
    was judged, silently, as the plan's 余姚市 (exit 0, ✔): now its rows are that place's and the check says the data
    has no rows for 余姚市, naming the sheet."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    book = workbook_of({sheet: _rows(1.8)}, tmp_path / "data.xlsx")
    result = check(plan, book)
    assert result.exit_code == 2, result.output
    assert "no rows for 余姚市" in result.output and f"regions in the data: {read_as}" in result.output
    assert f"sheet {sheet!r} as {read_as}" in result.output


@pytest.mark.parametrize("sheet", ["Sheet1", "数据", "主要指标", "2023", "2023年", "卫生健康", "妇幼", "十四五"])
def test_a_sheet_named_by_what_it_holds_stays_the_plans_region(tmp_path: Path, sheet: str) -> None:
    """The guard beside the fix: a sheet named by what it holds (or by its year) holds the plan's region's rows; a
    title that names a place short over it (海曙卫生健康主要指标) makes them that place's (it was judged as 余姚市's)."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    assert check(plan, workbook_of({sheet: _rows(1.8)}, tmp_path / "own.xlsx")).exit_code == 0
    titled = check(plan, workbook_of({sheet: _rows(1.8, "海曙卫生健康主要指标")}, tmp_path / "titled.xlsx"))
    assert titled.exit_code == 2 and "regions in the data: 海曙" in titled.output, titled.output


@pytest.mark.parametrize("sheet, title", [("全市", None), ("Sheet1", "全市卫生健康主要指标"), ("全市", "全市卫生健康主要指标")])
def test_a_quanshi_sheet_of_a_county_level_city_names_both_places(tmp_path: Path, sheet: str, title: str | None) -> None:
    """A sheet named 全市 (or titled 全市…) with no region column was judged as 余姚市, though the plan names its city
    宁波市: as a 全市 region cell is, its rows are left out and both places named; for a city with no reference city
    全市 is the plan's own region still."""
    book = workbook_of({sheet: _rows(1.8, title)}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, PLAN, "plan.yaml"), book)
    assert result.exit_code == 2, result.output
    assert "may be 余姚市 (the plan's region) or 宁波市 (the plan's references.city)" in result.output
    assert check(written(tmp_path, CITY_PLAN, "city.yaml"), book).exit_code == 0


def test_a_total_sheet_beside_a_districts_sheet_is_left_out(tmp_path: Path) -> None:
    """Sheets 海曙区 | 合计: the 合计 sheet (the bureau's total) was judged as 余姚市; it is left out as a 合计 row is."""
    book = workbook_of({"余姚市": _rows(1.4), "海曙区": _rows(1.9), "合计": _rows(1.7, "合计")}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, PLAN, "plan.yaml"), book, "--sheet", "*", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [item["value"] for item in report["results"]] == [1.4]
    assert ("region", "合计") in [(row["reason"], row["subject"]) for row in report["unused_rows"]]


def test_a_quanshi_sheet_clashing_with_the_plans_own_sheet_says_it_was_taken_as_the_region(tmp_path: Path) -> None:
    """Sheets 甲市 | 全市 with different values: the message named 甲市 at the 全市 sheet, where the user wrote no 甲市."""
    book = workbook_of({"甲市": _rows(1.4), "全市": _rows(1.7)}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, CITY_PLAN, "plan.yaml"), book, "--sheet", "*")
    assert result.exit_code == 2
    assert "given twice" in result.output and "the sheet's name '全市' taken as 甲市, the plan's region" in result.output


def test_a_chart_point_shows_the_cell_in_the_datas_unit(tmp_path: Path) -> None:
    """卫生技术人员数 9,702 人 against a plan in 万人: the chart's hover title said '9,702 万人' (97 million health workers);
    the cell's text is in the data's unit, and the value it was converted to follows."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, PLAN.replace("婴儿死亡率", "卫生技术人员数").replace("‰", "万人").replace("down", "up")
                   .replace('"≤5万人"', '"达到1万人"'), "plan.yaml")
    data = written(tmp_path, "指标,年份,数值,单位\n卫生技术人员数,2020,\"8,012\",人\n卫生技术人员数,2023,\"9,702\",人\n")
    out = tmp_path / "report.html"
    done = CliRunner().invoke(main, ["report", plan, data, "-o", str(out)])
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert "9,702 人 (0.9702万人) @" in page and "9,702 万人" not in page


def test_a_preliminary_cell_under_a_note_saying_so_shows_one_note(tmp_path: Path) -> None:
    """82.8（快报数） under 注：2024年人均预期寿命为快报数 showed (2024, 快报数, 快报): one note twice."""
    plan = written(tmp_path, PLAN.replace("婴儿死亡率", "人均预期寿命").replace("‰", "岁").replace("down", "up")
                   .replace('"≤5岁"', '"超过80岁"'), "plan.yaml")
    rows = [["指标", "单位", "2023", "2024"], ["人均预期寿命", "岁", 82.6, "82.8（快报数）"],
            ["注：2024年人均预期寿命为快报数"]]
    result = check(plan, workbook_of({"Sheet1": rows}, tmp_path / "data.xlsx"))
    assert result.exit_code == 0, result.output
    assert "82.8岁 (2024, 快报数)" in result.output and "快报数, 快报" not in result.output


def test_a_per_person_amount_in_wan_yuan_for_yuan_is_not_judged(tmp_path: Path) -> None:
    """人均基本公共卫生服务经费 89 | 94 in 万元 against 102元以上: converted to 890,000元 it passed, warned only as 'about
    9,220 times larger'; a per-person amount 10,000 times its target, the unit column's 万, is set aside with the reason."""
    plan = written(tmp_path, PLAN.replace("婴儿死亡率", "人均基本公共卫生服务经费").replace("‰", "元")
                   .replace("down", "up").replace('"≤5元"', '"102元以上"'), "plan.yaml")
    slipped = written(tmp_path, "指标,年份,数值,单位\n人均基本公共卫生服务经费,2022,89,万元\n人均基本公共卫生服务经费,2023,94,万元\n")
    result = check(plan, slipped, "--format", "json")
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)["results"][0]
    assert verdict["status"] == "n/a" and "万元" in verdict["reason"]["en"] and "10,000 times" in verdict["reason"]["en"]
    assert "万元 for 元?" in result.output  # the warning on standard error
    as_written = written(tmp_path, "指标,年份,数值,单位\n人均基本公共卫生服务经费,2025,94,元\n", "yuan.csv")
    assert json.loads(check(plan, as_written, "--format", "json").stdout)["results"][0]["status"] == "fail"


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_table_with_places_across_is_refused_by_its_layout(tmp_path: Path, kind: str) -> None:
    """指标 | 单位 | 海曙区 | 余姚市 | 全市 under the title 2023年宁波市各县（市、区）卫生健康主要指标: the workbook took the title
    for the header and hinted to delete it (the only place the year is written); the CSV said 'missing columns year,
    value'. Now both name the layout and how to give it."""
    title = "2023年宁波市各县（市、区）卫生健康主要指标"
    rows = [[title], ["指标", "单位", "海曙区", "余姚市", "全市"], ["婴儿死亡率", "‰", 1.2, 1.42, 1.5]]
    data = workbook_of({"2023": rows}, tmp_path / "data.xlsx") if kind == "xlsx" else written(
        tmp_path, "\n".join(",".join(str(cell) for cell in row) for row in rows) + "\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data)
    assert result.exit_code == 2
    assert "indicators down and places across ('海曙区', '余姚市', '全市')" in result.output
    assert "delete it" not in result.output and "missing columns" not in result.output
