"""Round 35, data, second wave: a national table by place with an indicator heading merged over its year columns
(机构数(个) over 2017年 | 2018年 | 增减数 | 增减(%)) is read, each place × indicator × year column one observation; a cell
in the 万 number format is read as its header's or name's unit says where the shown 万 agrees with it; a 合计 row that
heads a table by place is named a total row in the refusal that offers the regions to choose."""
from __future__ import annotations

import json
from pathlib import Path

from files import check, workbook_of, written

#: a plan of 北京市 of two 2008 counts (the tester's 北京卫生统计简报 plan)
BJ_PLAN = """\
plan: {id: bj08, title: {zh: 北京市卫生资源}, region: 北京市, base_year: 2005, target_years: [2008]}
indicators:
  - id: health_institutions
    name: {zh: 医疗卫生机构数}
    aliases: [卫生机构]
    unit: 个
    direction: up
    targets: {2008: {text: "≥4800个"}}
  - id: hospital_beds
    name: {zh: 医院床位数}
    aliases: [医院床位]
    unit: 张
    direction: up
    targets: {2008: {text: "≥76000张"}}
"""


def test_total_row_heading_a_table_by_place_is_named_in_the_refusal(tmp_path: Path) -> None:
    """A table by place headed by 合计 (no row naming 北京市) was refused as "no rows for 北京市" with 合计 offered as one
    more region to choose with --region; nothing said it is a total row, nor that naming it 北京市 (or 全市) counts it."""
    data = written(tmp_path, "全市各区县卫生资源状况（2008年）,,\n地区,卫生机构（个）,医院床位（张）\n合计,4835,75610\n"
                             "东城区,365,8033\n门头沟区,122,2295\n")
    result = check(written(tmp_path, BJ_PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "the data has no rows for 北京市" in result.output
    assert "'合计' is a total row, not read as 北京市's" in result.output
    assert "name it 北京市 (or 全市)" in result.output


def _results(output: str) -> dict[str, tuple[str, float | None]]:
    """Indicator id → (status, value judged) of a JSON report."""
    return {result["indicator"]: (result["status"], result.get("value")) for result in json.loads(output)["results"]}


def _wan_workbook(path: Path, rows: list[list], cells: tuple[str, ...]) -> Path:
    """A workbook of ``rows`` on a sheet 2008年 whose ``cells`` (C3 …) show in the usual 万 format (0!.0,"万")."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2008年"
    for row in rows:
        sheet.append(row)
    for cell in cells:
        sheet[cell].number_format = '0!.0,"万"'
    book.save(path)
    return path


def test_wan_format_read_in_the_unit_its_header_or_name_gives(tmp_path: Path) -> None:
    """A cell in the 万 number format (75610 shown 7.561万) was read only beside a 单位 column: under a table by place's
    header 医院床位（万张） or a long file's name 医院床位数（万张） it was refused as '7.561万', the hint asking for a 单位
    column a table by place cannot have."""
    plan = written(tmp_path, BJ_PLAN, "plan.yaml")
    by_place = _wan_workbook(tmp_path / "by_place.xlsx", [
        ["全市各区县卫生资源状况"], ["地区", "卫生机构（个）", "医院床位（万张）"], ["全市", 4835, 75610], ["门头沟区", 122, 2295]],
        ("C3", "C4"))
    result = check(plan, by_place, "--format", "json")
    assert result.exit_code == 0, result.output
    assert _results(result.output)["hospital_beds"] == ("warn", 75610.0)
    assert _results(result.output)["health_institutions"] == ("pass", 4835.0)
    long = _wan_workbook(tmp_path / "long.xlsx", [["地区", "指标", "年份", "数值"], ["北京市", "医院床位数（万张）", 2008, 75610]], ("D2",))
    result = check(plan, long, "--format", "json")
    assert result.exit_code == 0, result.output
    assert _results(result.output)["hospital_beds"] == ("warn", 75610.0)


def test_wan_format_under_a_header_of_another_unit_is_refused_without_a_wrong_hint(tmp_path: Path) -> None:
    """Under 医院床位（张） a cell shown 7.561万 was refused with the hint to write 7.561 — which, under that header, would
    be read as 7.561张. It is refused saying the cell shows 万 while the header's unit is 张, and how to make them agree."""
    plan = written(tmp_path, BJ_PLAN, "plan.yaml")
    book = _wan_workbook(tmp_path / "zhang.xlsx", [
        ["全市各区县卫生资源状况"], ["地区", "卫生机构（个）", "医院床位（张）"], ["全市", 4835, 75610]], ("C3",))
    result = check(plan, book)
    assert result.exit_code == 2, result.output
    assert "zhang.xlsx[2008年]!C3" in result.output
    assert "shown in 万, but the unit of '医院床位(张)' is 张" in result.output
    assert "(7.561)" not in result.output and "万张, not 张" in result.output


#: a province's plan of two 2018 counts (the tester's 民族医医院 plan)
NAT_PLAN = """\
plan: {id: mzy18, title: {zh: 民族医医院发展}, region: 青海省, base_year: 2015, target_years: [2018]}
indicators:
  - id: mzy_hospitals
    name: {zh: 民族医医院数}
    aliases: [机构数]
    unit: 个
    direction: up
    targets: {2018: {text: "≥36个"}}
  - id: mzy_beds
    name: {zh: 民族医医院床位数}
    aliases: [床位数]
    unit: 张
    direction: up
    targets: {2018: {text: "≥3500张"}}
"""
#: the heading rows of 统计摘编 A89: places down, each indicator merged over its years and their changes
NAT_HEADER = [["地区", "机构数(个)", None, None, None, "床位数(张)", None, None, None],
              [None, "2017年", "2018年", "增减数", "增减(%)", "2017年", "2018年", "增减数", "增减(%)"]]


def test_indicators_merged_over_year_columns_read_in_a_workbook(tmp_path: Path) -> None:
    """A national table by place with each indicator heading merged over 2017年 | 2018年 | 增减数 | 增减(%) (two parts,
    each with its title and heading rows) was refused as "two columns for 2017": each place × indicator × year column
    is one observation at its own cell, the change columns passed over."""
    rows = [["2018年各地区民族医医院的机构、床位增减情况(一)"], *NAT_HEADER,
            ["四川省", 32, 35, 3, 9.38, 1372, 1565, 193, 14.07],
            ["2018年各地区民族医医院的机构、床位增减情况(二)"], *NAT_HEADER,
            ["青海省", 35, 36, 1, 2.86, 3508, 3393, "-", -3.28]]
    book = workbook_of({"A89": rows}, tmp_path / "nat.xlsx",
                       {"A89": ["A1:I1", "A2:A3", "B2:E2", "F2:I2", "A5:I5", "A6:A7", "B6:E6", "F6:I6"]})
    plan = written(tmp_path, NAT_PLAN, "plan.yaml")
    result = check(plan, book, "--format", "json")
    assert result.exit_code == 1, result.output
    assert _results(result.output) == {"mzy_hospitals": ("pass", 36.0), "mzy_beds": ("fail", 3393.0)}
    sichuan = check(plan, book, "--region", "四川省", "--format", "json")
    assert _results(sichuan.output) == {"mzy_hospitals": ("fail", 35.0), "mzy_beds": ("fail", 1565.0)}
    from checker.data.observations import read_rows

    read = {(item.indicator, item.year, item.region): (item.value, str(item.location)) for item in read_rows(book).items}
    assert read[("床位数(张)", 2017, "青海省")] == (3508.0, f"{book}[A89]!F8")
    assert read[("机构数(个)", 2018, "四川省")] == (35.0, f"{book}[A89]!C4")
    assert len(read) == 8  # (the 增减数 and 增减(%) columns never read)


def test_indicator_over_year_columns_read_in_a_csv_file(tmp_path: Path) -> None:
    """The same table saved as CSV (a merged heading is followed by empty cells) was refused: "cell '2018年' stands in
    column 3, which has no header", telling the user to add a header where there is one."""
    data = written(tmp_path, "2018年各地区民族医医院的床位情况,,\n地区,床位数(张),\n,2017年,2018年\n"
                             '四川省,"1,372","1,565"\n青海省,"3,508","3,393"\n')
    result = check(written(tmp_path, NAT_PLAN, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 1, result.output
    assert _results(result.output)["mzy_beds"] == ("fail", 3393.0)


def test_heading_over_year_columns_not_certain_is_refused_naming_the_layout(tmp_path: Path) -> None:
    """Where a heading of such a table is not certain (a sub-heading neither a year nor a change: 合计 beside 2017年),
    the table is refused once, naming the layout and how to give it, never read with a guessed year."""
    data = written(tmp_path, "地区,床位数(张),,\n,2017年,合计,增减数\n青海省,3508,3393,-115\n")
    result = check(written(tmp_path, NAT_PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "data.csv:2:3" in result.output
    assert "indicators merged over year columns" in result.output
    assert "'合计' under '床位数(张)' (column 3) is neither a year nor a change" in result.output
    assert "unpivot" in result.output
