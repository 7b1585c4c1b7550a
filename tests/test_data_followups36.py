"""Round 36, data follow-ups: re-dating notes in their everyday wordings, a title's 年末 that is no part of its place,
本年末 | 上年末 columns, list numbers written `1 名称`, `Ⅳ.` or `4)`, and messages about two-row year headers."""
from __future__ import annotations

from pathlib import Path

import pytest

from files import HEAD, check, indicator_plan, workbook_of, written

#: a plan of 乙县 with one indicator, 婴儿死亡率 ≤4‰ in 2025
COUNTY_PLAN = indicator_plan("婴儿死亡率", "‰", "down", "≤4‰").replace("甲市", "乙县")
#: a table by county of 2025 (its year from the title); ``{}`` the line under it
COUNTY_TABLE = "各县（市、区）婴儿死亡率（2025年）\n地区,婴儿死亡率（‰）\n甲县,3.1\n乙县,3.6{}\n{}"


# --- 1. a note that re-dates one place ---------------------------------------------------------------------------

@pytest.mark.parametrize("note", ["注：乙县2025年数据暂缺，以2024年数据代替。", "注：乙县为2024年底数。",
                                  "注：乙县为上年数据。", "注：乙县数据为2024年（快报）。", "注：乙县2024年数据。"])
def test_everyday_wordings_of_a_note_that_redates_a_place_refuse_its_value(tmp_path: Path, note: str) -> None:
    """Only `为/系/采用 2024年数据` was read: `以2024年数据代替`, `为2024年底数`, `为上年数据`, `数据为2024年（快报）` were
    passed over and 乙县's 2024 figure judged as 2025's (a pass, exit 0). Each refuses the value at its cell, quoting the
    note; a note naming the place and another year's figures in words not read for sure is refused too."""
    plan = written(tmp_path, COUNTY_PLAN, "plan.yaml")
    result = check(plan, written(tmp_path, COUNTY_TABLE.format("", note)))
    assert result.exit_code == 2 and "data.csv:4:2" in result.output and note in result.output, result.output
    assert "2024" in result.output, result.output


def test_a_mark_a_note_ties_to_a_year_refuses_the_marked_values(tmp_path: Path) -> None:
    """`注：带*的为2024年数据。` with 乙县's value written `3.6*` was passed over (the mark kept as a note only), the 2024
    figure judged as 2025's. The marked value is refused at its cell; with no value carrying the mark, the note is
    refused as not known to date which."""
    plan = written(tmp_path, COUNTY_PLAN, "plan.yaml")
    result = check(plan, written(tmp_path, COUNTY_TABLE.format("*", "注：带*的为2024年数据。")))
    assert result.exit_code == 2 and "data.csv:4:2" in result.output and "'3.6*'" in result.output, result.output
    result = check(plan, written(tmp_path, COUNTY_TABLE.format("", "注：带*的为2024年数据。"), "plain.csv"))
    assert result.exit_code == 2 and "no value carries the mark" in result.output, result.output


@pytest.mark.parametrize("note", ["注：乙县为2025年数据。", "注：2025年为快报数。", "注：带*的为快报数。",
                                  "注：乙县2023年起数据口径调整。", "注：乙县数据比上年有所下降。",
                                  "资料来源：乙县统计局《2024年统计年鉴》"])
def test_notes_that_date_nothing_else_are_still_passed_over(tmp_path: Path, note: str) -> None:
    """(Guard) a note of the table's own year, a 快报 note, a span's bound, a comparison with 上年 and a source line
    give no value another year: the table is read."""
    plan = written(tmp_path, COUNTY_PLAN, "plan.yaml")
    result = check(plan, written(tmp_path, COUNTY_TABLE.format("", note)), "--format", "csv")
    assert result.exit_code == 0 and ",2025,3.6,‰," in result.output, result.output


# --- 2. a title's 年末 belongs to its date ------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2025年末", "2025年底", "2025年年末", "2025年1-12月"])
def test_a_titles_year_end_is_no_part_of_its_place(tmp_path: Path, date: str) -> None:
    """`2010年末广州市卫生资源` gave the rows the place `末广州市` (`底广州市`, `年末广州市`): with --all-regions a region
    末甲市 was judged and reported, and a default run was refused with `did you mean 末乙市`. The 末/底 after the year is
    the date's."""
    plan = written(tmp_path, indicator_plan("卫生技术人员", "人", "up", "≥100人"), "plan.yaml")
    result = check(plan, written(tmp_path, f"{date}甲市卫生资源\n指标,单位,2025\n卫生技术人员,人,120\n"),
                   "--all-regions", "--format", "csv")
    assert result.exit_code == 0 and "\n甲市,ind," in result.output and "末甲市" not in result.output, result.output
    result = check(plan, written(tmp_path, f"{date}乙市卫生资源\n指标,单位,2025\n卫生技术人员,人,120\n", "other.csv"))
    assert result.exit_code == 2 and "乙市" in result.output and "末乙市" not in result.output \
        and "底乙市" not in result.output, result.output


# --- 3. 本年末 | 上年末 -------------------------------------------------------------------------------------------

#: a plan of 甲市's 卫生技术人员: at least 100 in 2025, and 10% more than in 2024
STAFF_PLAN = HEAD.replace("target_years: [2025]", "target_years: [2025]") + """\
  - id: staff
    name: {zh: 卫生技术人员}
    unit: 人
    direction: up
    targets: {2025: {text: "≥100人"}}
"""


@pytest.mark.parametrize("headings", [("本年末", "上年末"), ("本年底", "上年底"), ("本年累计", "上年同期累计")])
def test_year_end_columns_under_a_title_of_one_year_are_read_as_this_year_and_the_last(
        tmp_path: Path, headings: tuple[str, str]) -> None:
    """`本年末 | 上年末` (year-end stocks) under `2025年甲市卫生事业主要指标` were refused as "missing columns year, value",
    though `本年 | 上年` are read under such a title: they are 2025 and 2024, in CSV and in a workbook."""
    plan = written(tmp_path, STAFF_PLAN, "plan.yaml")
    rows = [["2025年甲市卫生事业主要指标"], ["指标", "单位", *headings], ["卫生技术人员", "人", 120, 90]]
    data = written(tmp_path, "\n".join(",".join(map(str, row)) for row in rows) + "\n")
    book = workbook_of({"表1": rows}, tmp_path / "data.xlsx")
    for path in (data, book):
        result = check(plan, path, "--format", "csv")
        assert result.exit_code == 0 and ",2025,120" in result.output, result.output


def test_a_refused_header_lists_only_the_columns_the_file_has(tmp_path: Path) -> None:
    """A header refused as missing its year and value columns under a title naming the place listed a `'地区'` column
    the file has not (the column the reader adds for the title's place)."""
    plan = written(tmp_path, STAFF_PLAN, "plan.yaml")
    rows = [["2025年甲市卫生事业主要指标"], ["指标", "单位", "本期末", "上期末"], ["卫生技术人员", "人", 120, 90]]
    for path in (written(tmp_path, "\n".join(",".join(map(str, row)) for row in rows) + "\n"),
                 workbook_of({"表1": rows}, tmp_path / "data.xlsx")):
        result = check(plan, path)
        assert result.exit_code == 2, result.output
        found = result.output.split("header found:", 1)[-1].split("(then", 1)[0]  # the file's own cells
        assert "'地区'" not in found, result.output


# --- 4. list numbers written with a space, in Roman numerals, or as 4) ----------------------------------------------

#: a plan of 甲市 of four indicators whose names a table may number (one starting with its own number)
LISTED_PLAN = HEAD + """\
  - {id: u5, name: {zh: 5岁以下儿童死亡率}, unit: ‰, direction: down, targets: {2025: {text: "≤7‰"}}}
  - {id: imr, name: {zh: 婴儿死亡率}, unit: ‰, direction: down, targets: {2025: {text: "≤5‰"}}}
  - {id: staff, name: {zh: 卫生技术人员}, unit: 人, direction: up, targets: {2025: {text: "≥100人"}}}
  - {id: beds, name: {zh: 每万人口医院床位数}, unit: 张/万人, direction: up, targets: {2025: {text: "≥60张"}}}
"""


@pytest.mark.parametrize("number", ["1 ", "Ⅳ.", "IV.", "Ⅲ、", "4)", "4）", "Ⅱ "])
def test_list_numbers_with_a_space_in_roman_numerals_or_a_closing_bracket_are_taken_off(
        tmp_path: Path, number: str) -> None:
    """`1 卫生技术人员`, `Ⅳ.每万人口医院床位数` and `4)卫生机构床位数` kept their list numbers: listed as unknown
    (`1卫生技术人员`, `IV.…`), their targets n/a, exit 0. The number is taken off as `1.` and `一、` are."""
    plan = written(tmp_path, LISTED_PLAN, "plan.yaml")
    result = check(plan, written(tmp_path, f"指标,单位,2025\n{number}卫生技术人员,人,120\n{number}每万人口医院床位数,张/万人,66\n"),
                   "--format", "csv")
    assert result.exit_code == 0 and ",staff," in result.output and ",2025,120.0,人,value,pass," in result.output \
        and ",2025,66.0,张/万人,value,pass," in result.output, result.output


@pytest.mark.parametrize("name", ["5 岁以下儿童死亡率", "5岁以下儿童死亡率"])
def test_a_names_own_number_is_kept_beside_a_space(tmp_path: Path, name: str) -> None:
    """(Guard) a name's own number stays, a space after it or not (`5 岁以下…`): only a list number is taken off."""
    plan = written(tmp_path, LISTED_PLAN, "plan.yaml")
    result = check(plan, written(tmp_path, f"指标,单位,2025\n{name},‰,6.1\n1 婴儿死亡率,‰,4.1\n"), "--format", "csv")
    assert result.exit_code == 0 and ",u5,5岁以下儿童死亡率,2025," in result.output \
        and ",imr,婴儿死亡率,2025," in result.output and "岁以下儿童死亡率,2025,≤7‰,upper_bound,2025,6.1" in result.output, \
        result.output


# --- 5. messages: two-row year headers, validate -------------------------------------------------------------------

def validated(*arguments: str):
    """``checker validate`` with ``arguments``, run in-process: the result."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *arguments])


@pytest.mark.parametrize("heading, why", [("2025年（目标）", "names a target"), ("2025年1-6月", "covers part of a year")])
def test_a_bad_year_heading_under_a_year_heading_is_refused_at_its_own_cell(tmp_path: Path, heading: str,
                                                                           why: str) -> None:
    """In a two-row header (`指标,单位,年份,` over `,,2024年,<heading>`) a bad year heading was located on the 年份 row
    (E1, an empty cell; line 1 of the CSV), and a part-year one refused as "does not hold only years". Each is refused
    for what it is, at its own cell in the second row."""
    plan = written(tmp_path, STAFF_PLAN, "plan.yaml")
    rows = [["指标", "单位", "年份", ""], ["", "", "2024年", heading], ["卫生技术人员", "人", 90, 120]]
    result = check(plan, written(tmp_path, "\n".join(",".join(map(str, row)) for row in rows) + "\n"))
    assert result.exit_code == 2 and "data.csv:2:4" in result.output and why in result.output, result.output
    result = check(plan, workbook_of({"表1": rows}, tmp_path / "data.xlsx"))
    assert result.exit_code == 2 and "[表1]!D2" in result.output and why in result.output, result.output


def test_validate_says_no_row_could_not_be_read_for_a_conflicting_duplicate(tmp_path: Path) -> None:
    """The only row left out was a conflicting duplicate of another indicator (listed as [duplicate] at its cell), yet
    each missing indicator said `1 row(s) could not be read (listed with their lines): it may be one of them`."""
    plan = written(tmp_path, LISTED_PLAN, "plan.yaml")
    data = written(tmp_path, "指标,单位,年份,数值\n卫生技术人员,人,2025,120\n卫生技术人员,人,2025,125\n")
    result = validated(data, "--plan", plan)
    assert "[duplicate]" in result.output and "[missing]" in result.output, result.output
    assert "could not be read" not in result.output, result.output


@pytest.mark.parametrize("year, note", [("2025*", "注：*为快报数"), ("2025", "注：带*的为快报数")])
def test_a_mark_a_note_calls_preliminary_makes_validate_warn(tmp_path: Path, year: str, note: str) -> None:
    """`2010*` (or a value `120*`) with `注：*为快报数` under the table kept only the mark: validate gave no
    preliminary-value warning, as it does for `2010（快报）`. The note is now each marked value's note."""
    plan = written(tmp_path, LISTED_PLAN, "plan.yaml")
    value = "120" if year.endswith("*") else "120*"
    data = written(tmp_path, f"指标,单位,年份,数值\n卫生技术人员,人,{year},{value}\n{note}\n")
    result = validated(data, "--plan", plan)
    assert "marked '快报'" in result.output and "[annotation]" in result.output, result.output
