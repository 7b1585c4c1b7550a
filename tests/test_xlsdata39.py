"""Thirty-ninth round, a city's yearbook workbooks (广州统计年鉴 卫生 tables): a row's own 每万人口 read as its rate,
population parts in a region column, 全市 in validate, a grouping column before 地区, a bilingual header, and region
warnings at the region's cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import HEAD, check, indicator_plan, workbook_of, written

_BEDS = HEAD + """\
  - id: beds
    name: {zh: 每千常住人口医疗卫生机构床位数}
    aliases: [每万人口卫生机构床位数]
    unit: 张/千人
    direction: up
    targets:
      2025: {text: "达到6.0张"}
  - id: doctors
    name: {zh: 每千常住人口执业（助理）医师数}
    aliases: [每万人口执业(助理)医师数]
    unit: 人
    direction: up
    targets:
      2025: {text: "≥3.6"}
"""


def _json(result) -> dict:
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def _values(report: dict) -> dict:
    return {(row["region"], row["indicator"]): (row["value"], row["status"]) for row in report["results"]}


# --- 1. a yearbook row 每万人口… aliased to a plan's indicator per 1,000 ------------------------------------------


@pytest.mark.parametrize("unit", ["张", ""])
def test_a_row_named_per_ten_thousand_is_read_per_ten_thousand(tmp_path: Path, unit: str) -> None:
    """广州统计年鉴 18-26 writes ``每万人口卫生机构床位数 | 张 | 54.24 | 56.62``; aliased to the plan's per-1,000
    indicator it was read as 56.62 张/千人 and passed 达到6.0张. The row's own name says per 10,000: 5.662 per 1,000,
    progress judged from 5.424 (ratio 2.07)."""
    data = written(tmp_path, "指标,年份,数值,单位\n"
                   f"每万人口卫生机构床位数,2020,54.24,{unit}\n每万人口卫生机构床位数,2021,56.62,{unit}\n"
                   f"每万人口执业(助理)医师数,2020,33.26,{unit and '人'}\n每万人口执业(助理)医师数,2021,35.20,{unit and '人'}\n")
    found = _values(_json(check(written(tmp_path, _BEDS, "plan.yaml"), data, "--format", "json")))
    assert found[("甲市", "beds")][0] == pytest.approx(5.662), found
    assert found[("甲市", "doctors")][0] == pytest.approx(3.52), found


def test_a_row_named_per_ten_thousand_in_a_workbook(tmp_path: Path) -> None:
    """The same yearbook row in a workbook (title, 项目/单位, years as columns): 5.662 and 3.52, not 56.62 and 35.2."""
    book = workbook_of({"18-26": [["18-26 卫生事业其他指标"], ["项目", "单位", 2020, 2021],
                                  ["每万人口卫生机构床位数", "张", 54.24, 56.62],
                                  ["每万人口执业(助理)医师数", "人", 33.26, 35.20]]}, tmp_path / "yb.xlsx")
    found = _values(_json(check(written(tmp_path, _BEDS, "plan.yaml"), book, "--format", "json")))
    assert found[("甲市", "beds")][0] == pytest.approx(5.662), found
    assert found[("甲市", "doctors")][0] == pytest.approx(3.52), found


# --- 2. population parts in a region column ----------------------------------------------------------------------

_IMR = indicator_plan("婴儿死亡率", "‰", "down", "≤3‰").replace("甲市", "广州市")


def test_population_parts_are_no_regions(tmp_path: Path) -> None:
    """A yearbook's ``其中：户籍人口``, ``农村``, ``流动人口`` rows under 广州市 were judged as three more regions (农村 2.9‰
    passed, counted in the roll-up). They are parts of the people (``subgroups``): not judged, each listed with why."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n广州市,婴儿死亡率,2022,2.1,‰\n其中：户籍人口,婴儿死亡率,2022,1.9,‰\n"
                             "农村,婴儿死亡率,2022,2.9,‰\n流动人口,婴儿死亡率,2022,3.5,‰\n")
    plan = written(tmp_path, _IMR, "plan.yaml")
    report = _json(check(plan, data, "--all-regions", "--format", "json"))
    assert {row["region"] for row in report["results"]} == {"广州市"}, report["results"]
    assert {row["subject"] for row in report["unused_rows"]} == {"户籍人口", "农村", "流动人口"}, report["unused_rows"]
    table = check(plan, data, "--all-regions")
    assert "地区“农村”是人口的一部分" in table.output, table.output


def test_population_parts_are_named_in_validate(tmp_path: Path) -> None:
    """validate said only "neither 广州市 nor a reference region"; it now says the row is a part of the people."""
    from click.testing import CliRunner

    from checker.cli import main

    data = written(tmp_path, "地区,指标,年份,数值,单位\n广州市,婴儿死亡率,2022,2.1,‰\n农村,婴儿死亡率,2022,2.9,‰\n")
    result = CliRunner().invoke(main, ["validate", data, "--plan", written(tmp_path, _IMR, "plan.yaml")])
    assert "'农村' is a part of a place's people" in result.output, result.output


def test_of_which_before_a_place_is_that_place(tmp_path: Path) -> None:
    """``其中：番禺区`` became a region of its own beside 番禺区; ``其中：`` marks the row a part of the row above and
    names 番禺区."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n广州市,婴儿死亡率,2022,2.1,‰\n其中：番禺区,婴儿死亡率,2022,1.62,‰\n"
                             "越秀区,婴儿死亡率,2022,1.2,‰\n")
    report = _json(check(written(tmp_path, _IMR, "plan.yaml"), data, "--all-regions", "--format", "json"))
    assert {row["region"] for row in report["results"]} == {"广州市", "番禺区", "越秀区"}, report["results"]


# --- 3. validate reads 全市 as check does --------------------------------------------------------------------------


def _validate(*arguments):
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *map(str, arguments)])


def test_validate_reads_the_whole_city_s_rows_as_the_plan_s_city(tmp_path: Path) -> None:
    """``全市`` rows are 广州市's in check; validate said "no rows for 广州市" and hinted "did you mean 全国?"."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n全市,婴儿死亡率,2022,2.1,‰\n全市,婴儿死亡率,2020,2.3,‰\n")
    result = _validate(data, "--plan", written(tmp_path, _IMR, "plan.yaml"))
    assert result.exit_code == 0 and "全国" not in result.output and "[missing]" not in result.output, result.output


def test_a_whole_county_s_row_is_never_offered_the_nation(tmp_path: Path) -> None:
    """``全县`` in a city's data is no misspelt 全国: relabelled so, the rows would be the national reference."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n广州市,婴儿死亡率,2022,2.1,‰\n全县,婴儿死亡率,2022,2.1,‰\n")
    plan = _IMR.replace("  target_years: [2025]\n", "  target_years: [2025]\n  references: {nation: 全国}\n")
    result = _validate(data, "--plan", written(tmp_path, plan, "plan.yaml"))
    assert "'全县'" in result.output and "did you mean 全国" not in result.output, result.output


def test_validate_counts_a_workbook_as_one_file(tmp_path: Path) -> None:
    """``--sheet '*'`` over a workbook of three sheets said "in 3 file(s)"."""
    rows = [["地区", "指标", "年份", "数值", "单位"], ["广州市", "婴儿死亡率", 2022, 2.1, "‰"]]
    book = workbook_of({"一": rows, "二": rows[:1] + [["广州市", "婴儿死亡率", 2021, 2.2, "‰"]],
                        "三": rows[:1] + [["广州市", "婴儿死亡率", 2020, 2.3, "‰"]]}, tmp_path / "b.xlsx")
    result = _validate(book, "--sheet", "*", "--plan", written(tmp_path, _IMR, "plan.yaml"))
    assert "in 1 file(s)" in result.output, result.output


# --- 4. a grouping column before 地区 -----------------------------------------------------------------------------

_CROSS = [["2022年广州市各区卫生健康主要指标"], ["片区", "地区", "婴儿死亡率（‰）"],
          ["中心城区", "越秀区", 1.2], [None, "海珠区", 3.4], ["外围城区", "番禺区", 1.62]]


def test_a_group_column_before_the_places_is_left_out(tmp_path: Path) -> None:
    """``片区`` merged down over the districts, before ``地区``: the table was refused with a hint to delete a title
    line, though its header was found. A 片区 groups the places: left out as 类别 is, and the districts are read."""
    book = workbook_of({"Sheet1": _CROSS}, tmp_path / "c.xlsx", merges={"Sheet1": ["A3:A4"]})
    report = _json(check(written(tmp_path, _IMR, "plan.yaml"), book, "--all-regions", "--format", "json"))
    found = {key: value for key, (value, _) in _values(report).items()}
    assert found == {("番禺区", "ind"): 1.62, ("海珠区", "ind"): 3.4, ("越秀区", "ind"): 1.2}, report["results"]


def test_an_unknown_column_before_the_places_is_named(tmp_path: Path) -> None:
    """A column no role is known for before ``地区`` (``组别``) is named in the refusal, at its cell; the hint no longer
    sends the user to delete a title line."""
    rows = [["组别", *_CROSS[1][1:]], *_CROSS[2:]]
    result = check(written(tmp_path, _IMR, "plan.yaml"), workbook_of({"Sheet1": rows}, tmp_path / "c.xlsx"))
    assert result.exit_code == 2 and "[Sheet1]!A1" in result.output and "'组别' stands before the region column" \
        in result.output and "title line" not in result.output, result.output


# --- 5. a bilingual yearbook header -------------------------------------------------------------------------------

_PLAN3 = (_IMR.replace("id: ind", "id: imr") + """\
  - id: rare
    name: {zh: 新生儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "≤2‰"}
""")


def test_a_bilingual_header_is_read_by_its_chinese_row(tmp_path: Path) -> None:
    """广州统计年鉴 prints each header twice, Chinese over English. The English row was read as a second table's header:
    a column whose English name no catalogue carries (Neonatal Mortality Rate) was lost, and the stub's
    ``番禺区 Panyu`` / ``全  市 Total`` became regions ``番禺区Panyu`` and ``全市Total``."""
    rows = [["18-27 各区妇幼卫生主要指标（2022年）"], ["地  区", "婴儿\n死亡率\n(‰)", "新生儿\n死亡率\n(‰)"],
            ["Region", "Infant Mortality Rate (‰)", "Neonatal Mortality Rate (‰)"],
            ["全  市 Total", 2.1, 1.1], ["番禺区 Panyu", 1.62, 0.9]]
    report = _json(check(written(tmp_path, _PLAN3, "plan.yaml"), workbook_of({"18-27": rows}, tmp_path / "b.xlsx"),
                         "--all-regions", "--format", "json"))
    found = {key: value for key, (value, _) in _values(report).items()}
    assert found == {("广州市", "imr"): 2.1, ("广州市", "rare"): 1.1, ("番禺区", "imr"): 1.62,
                     ("番禺区", "rare"): 0.9}, report["results"]


def test_the_catalogue_s_english_name_is_a_name_in_data(tmp_path: Path) -> None:
    """``Infant mortality rate`` is the catalogue's own ``en`` of infant_mortality, yet a row so named was left out as
    an indicator the plan does not know (its aliases were matched, its name not)."""
    data = written(tmp_path, "region,indicator,year,value,unit\n广州市,Infant mortality rate,2022,2.1,‰\n")
    plan = _IMR.replace("id: ind", "id: infant_mortality")
    report = _json(check(written(tmp_path, plan, "plan.yaml"), data, "--format", "json"))
    assert _values(report)[("广州市", "infant_mortality")] == (2.1, "pass"), report


# --- 6. a region's message at its region cell ---------------------------------------------------------------------


@pytest.mark.parametrize("by_columns", [False, True])
def test_another_region_s_rows_are_located_at_the_region_cell(tmp_path: Path, monkeypatch, by_columns: bool) -> None:
    """``region '番禺区' … is neither 广州市 …`` pointed at D11, the value; the clerk mends A11, the region. Both
    readers (rows, and columns for a large file) now point at the region cell."""
    if by_columns:
        pytest.importorskip("polars")
        from checker.data import readers

        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    data = written(tmp_path, "地区,指标,年份,数值,单位\n广州市,婴儿死亡率,2022,2.1,‰\n番禺区,婴儿死亡率,2022,1.62,‰\n")
    result = check(written(tmp_path, _IMR, "plan.yaml"), data)
    assert "首行 " + data + ":3:1）" in result.output, result.output


def test_validate_locates_a_region_warning_at_the_region_cell(tmp_path: Path) -> None:
    """The same in validate, in a workbook: A3, not D3."""
    rows = [["地区", "指标", "年份", "数值", "单位"], ["广州市", "婴儿死亡率", 2022, 2.1, "‰"],
            ["番禺区", "婴儿死亡率", 2022, 1.62, "‰"]]
    book = workbook_of({"长表": rows}, tmp_path / "long.xlsx")
    result = _validate(book, "--plan", written(tmp_path, _IMR, "plan.yaml"))
    assert "[长表]!A3: warning: region '番禺区'" in result.output, result.output
