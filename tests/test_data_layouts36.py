"""Round 36, data layouts and messages: a 年份 heading over the year columns (two header rows) in a CSV or an unmerged
sheet, row-numbered indicator names (一、 1. ① (1)), a long table's annotated year cell (2024（快报）), a unit in brackets
(（‰）), 初步 as an annotation, validate's duplicates (a workbook's sheet!cell, missing cells no duplicates), and 本年 | 上年
columns under a title that gives the year."""
from __future__ import annotations

import json
from pathlib import Path

from files import HEAD, check, workbook_of, written

#: a plan of 甲市 of three lower-is-better rates, one whose name starts with a digit (5岁以下儿童死亡率)
RATES_PLAN = HEAD + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets: {2025: {text: "≤5.2‰"}}
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets: {2025: {text: "≤14.5/10万"}}
  - id: u5mr
    name: {zh: 5岁以下儿童死亡率}
    unit: ‰
    direction: down
    targets: {2025: {text: "≤6.6‰"}}
"""


def _read(folder: Path, data: str, *more: str) -> dict[str, dict]:
    """``checker check`` of RATES_PLAN against ``data`` (a path) as JSON: each indicator's result (exit 0 asserted)."""
    result = check(written(folder, RATES_PLAN, "plan.yaml"), data, *more, "--format", "json")
    assert result.exit_code == 0, result.output
    return {item["indicator"]: item for item in json.loads(result.output)["results"]}


# --- 1. a 年份 heading over the year columns --------------------------------------------------------------------------

def test_year_heading_over_years_in_a_csv_is_read(tmp_path: Path) -> None:
    """``指标,单位,年份,`` over ``,,2023年,2024年`` (a merged 年份 heading saved as CSV) was refused as a long file missing
    its value column, the two-row header never named; the years are the header's, as in the merged workbook."""
    data = written(tmp_path, "指标,单位,年份,\n,,2023年,2024年\n婴儿死亡率,‰,4.5,4.0\n")
    results = _read(tmp_path, data)
    assert (results["imr"]["year"], results["imr"]["value"]) == (2024, 4.0)
    assert results["imr"]["evidence"]["observation"]["column"] == 4


def test_year_heading_over_years_in_an_unmerged_sheet_is_read(tmp_path: Path) -> None:
    """The same two header rows in a sheet without the merge were refused as in the CSV; a merged one was read."""
    book = workbook_of({"表1": [["指标", "单位", "时间", None], [None, None, "2023年", "2024年"],
                                ["婴儿死亡率", "‰", 4.5, 4.0]]}, tmp_path / "d.xlsx")
    results = _read(tmp_path, str(book))
    assert (results["imr"]["year"], results["imr"]["value"]) == (2024, 4.0)


def test_year_heading_over_a_row_of_no_years_names_the_two_header_rows(tmp_path: Path) -> None:
    """Where the row under the 年份 heading holds no years only, the refusal named neither the heading nor the two
    rows: it said "missing column value" and offered the long and wide layouts."""
    data = written(tmp_path, "指标,单位,年份,\n,,2023年,合计\n婴儿死亡率,‰,4.5,4.0\n")
    result = check(written(tmp_path, RATES_PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "two header rows" in result.output and "data.csv:1:3" in result.output


# --- 2. row-numbered indicator names ----------------------------------------------------------------------------------

def test_row_numbered_names_are_matched(tmp_path: Path) -> None:
    """一、婴儿死亡率, 1.孕产妇死亡率, ①…, （一）…, (1)…: a table's row numbers kept the rows from the plan's names (set aside
    as unknown, the targets n/a "没有该指标的数据"), while 其中：, # and indented names were matched."""
    for imr, mmr in (("一、婴儿死亡率", "1.孕产妇死亡率"), ("①婴儿死亡率", "（二）孕产妇死亡率"),
                     ("(1)婴儿死亡率", "12、孕产妇死亡率"), ("⑴婴儿死亡率", "１．孕产妇死亡率")):
        data = written(tmp_path, f"指标,单位,2024年\n{imr},‰,4.0\n{mmr},1/10万,14.3\n")
        results = _read(tmp_path, data)
        assert (results["imr"]["value"], results["mmr"]["value"]) == (4.0, 14.3), (imr, mmr)


def test_a_name_that_starts_with_a_number_stays_whole(tmp_path: Path) -> None:
    """一、5岁以下儿童死亡率 was left out as unknown; with its row number taken off, the name's own leading number
    (5岁以下) stays, and 一、 before another numeral (一、二级医院: first- and second-level) is no row number."""
    data = written(tmp_path, "指标,单位,2024年\n5岁以下儿童死亡率,‰,5.6\n一、5岁以下儿童死亡率,‰,5.6\n"
                             "一、二级医院数,个,12\n")
    result = check(written(tmp_path, RATES_PLAN, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {item["indicator"]: item["value"] for item in report["results"]}["u5mr"] == 5.6
    assert [item["name"] for item in report["unknown_indicators"]] == ["一、二级医院数"]


# --- 3. an annotated year in a long table's 年份 cell -----------------------------------------------------------------

LONG = "地区,指标,年份,数值,单位\n"


def test_annotated_year_cell_of_a_long_table_is_read_with_its_note(tmp_path: Path) -> None:
    """2024（快报）, 2024年快报, 2024*, 2024E in a long table's 年份 cell were refused ("not a year"), while the same
    heading a wide table's column were read as the year and a note on its values."""
    for cell, note in (("2024（快报）", "快报"), ("2024年快报", "快报"), ("2024*", "* (annotated)"),
                       ("2024E", "E (预计, estimated)")):
        data = written(tmp_path, LONG + f"甲市,婴儿死亡率,2023,4.5,‰\n甲市,婴儿死亡率,{cell},4.0,‰\n")
        results = _read(tmp_path, data)
        assert (results["imr"]["year"], results["imr"]["value"]) == (2024, 4.0), cell
        assert results["imr"]["evidence"]["observation"]["notes"] == [note], cell


def test_unit_or_target_beside_a_long_tables_year_is_refused(tmp_path: Path) -> None:
    """A unit or a target beside the year (2024（万人）, 2025（目标）) is refused at the cell, as in a year header: read as
    a note, the value would be taken in the plan's unit, or a target as an observation."""
    plan = written(tmp_path, RATES_PLAN, "plan.yaml")
    for cell, words in (("2024（万人）", "a unit kept as a note"), ("2025（目标）", "no observed value")):
        result = check(plan, written(tmp_path, LONG + f"甲市,婴儿死亡率,{cell},4.0,‰\n"))
        assert result.exit_code == 2 and "data.csv:2:3" in result.output and words in result.output, result.output


# --- 4. a unit in brackets ------------------------------------------------------------------------------------------

def test_unit_cell_in_brackets_is_read(tmp_path: Path) -> None:
    """（‰）, (‰), [‰], 【‰】 in a 单位 column were refused as unknown units, with a hint to add '(‰)' to rules/units.txt;
    the unit inside the brackets is read, as a name's brackets give its unit."""
    for cell in ("（‰）", "(‰)", "[‰]", "【‰】", "〔‰〕"):
        results = _read(tmp_path, written(tmp_path, LONG + f"甲市,婴儿死亡率,2024,4.0,{cell}\n"))
        assert (results["imr"]["value"], results["imr"]["evidence"]["observation"]["unit"]) == (4.0, "‰"), cell


def test_unit_with_words_in_brackets_says_to_write_the_unit_alone(tmp_path: Path) -> None:
    """‰（千分比） stays refused, but its hint told the user to teach rules/units.txt a new unit '‰(千分比)'."""
    result = check(written(tmp_path, RATES_PLAN, "plan.yaml"),
                   written(tmp_path, LONG + "甲市,婴儿死亡率,2024,4.0,‰（千分比）\n"))
    assert result.exit_code == 2, result.output
    assert "write the unit alone ('‰')" in result.output and "to teach checker a new unit" not in result.output


# --- 5. 初步 as an annotation ----------------------------------------------------------------------------------------

def test_preliminary_annotations_of_bulletins_are_notes(tmp_path: Path) -> None:
    """14.3（初步） was refused as an annotation checker does not know; 初步, 初步核算(数), 初步统计(数) are a bulletin's
    words for a figure not yet final, as 快报数 and 暂定 are."""
    for cell, note in (("14.3（初步）", "初步"), ("14.3（初步核算数）", "初步核算数"), ("14.3(初步统计)", "初步统计")):
        results = _read(tmp_path, written(tmp_path, LONG + f"甲市,孕产妇死亡率,2024,{cell},1/10万\n"))
        assert results["mmr"]["value"] == 14.3, cell
        assert results["mmr"]["evidence"]["observation"]["notes"] == [note], cell


def test_columnar_reader_reads_these_cells_as_the_row_reader(tmp_path: Path, monkeypatch) -> None:
    """The national (columnar) reader reads names, years and units with the row reader's cell readers: a numbered
    name, an annotated year and a unit in brackets read the same by both (an annotated year's file goes to the row
    reader, which gives each of its rows the note)."""
    import pytest

    pytest.importorskip("polars")
    from checker.data import readers
    from checker.data.observations import read_rows

    path = written(tmp_path, LONG + "甲市,一、婴儿死亡率,2023,4.5,（‰）\n乙市,①婴儿死亡率,2024（快报）,4.0,‰\n"
                                    "乙市,孕产妇死亡率,2024,14.3（初步）,1/10万\n")
    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    by_columns = readers.read_observations(path)
    by_rows = read_rows(path)
    assert list(by_columns.items) == list(by_rows.items)
    assert [(item.indicator, item.year, item.unit, item.notes) for item in by_rows.items] == [
        ("婴儿死亡率", 2023, "‰", ()), ("婴儿死亡率", 2024, "‰", ("快报",)), ("孕产妇死亡率", 2024, "1/10万", ("初步",))]
    plain = written(tmp_path, LONG + "甲市,一、婴儿死亡率,2023,4.5,（‰）\n", "plain.csv")
    assert list(readers.read_observations(plain).items) == list(read_rows(plain).items)


# --- 6. validate's duplicates -----------------------------------------------------------------------------------------

def _validate(*arguments: str):
    """``checker validate`` with ``arguments``, run in-process."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *arguments])


def test_a_duplicate_of_a_workbooks_row_names_its_sheet_and_cell(tmp_path: Path) -> None:
    """A CSV row repeating a workbook's was said to repeat "line 2 of x.xlsx": a row number with no sheet, where
    every other message names the workbook's cell as x.xlsx[表1]!C2."""
    book = workbook_of({"表1": [["指标", "单位", "2024年"], ["婴儿死亡率", "‰", 4.0]]}, tmp_path / "a.xlsx")
    other = written(tmp_path, "指标,单位,2024年\n婴儿死亡率,‰,4.0\n", "b.csv")
    result = _validate(str(book), other, "--plan", written(tmp_path, RATES_PLAN, "plan.yaml"))
    assert f"repeats {book}[表1]!C2 with the same value '4.0'" in result.output, result.output
    assert "repeats line" not in result.output


def test_two_missing_cells_are_no_duplicates(tmp_path: Path) -> None:
    """Two files marking one year missing (— and —) were warned as duplicates of each other ("repeats … with the same
    value '—'"): a missing value repeats no value; a value given twice is still warned."""
    first = written(tmp_path, "指标,单位,2023年,2024年\n婴儿死亡率,‰,—,4.0\n", "a.csv")
    second = written(tmp_path, "指标,单位,2023年,2024年\n婴儿死亡率,‰,—,4.0\n", "b.csv")
    result = _validate(first, second, "--plan", written(tmp_path, RATES_PLAN, "plan.yaml"))
    assert "'—'" not in result.output, result.output
    assert "婴儿死亡率 2024 repeats line 2 of" in result.output


# --- 7. 本年 | 上年 under a title that gives the year -----------------------------------------------------------------

def test_this_and_last_year_columns_take_the_titles_year(tmp_path: Path) -> None:
    """本年 | 上年 (本期 | 上年同期) under a title of 2024年 were refused ("names its year only as the report's own") though
    the title gave the year, as a table by place's title gives its; they are 2024 and 2023. A title of no year, of two
    or of part of a year is still refused."""
    for this, last in (("本年", "上年"), ("本期", "上年同期")):
        book = workbook_of({"Sheet1": [["2024年全国卫生健康主要指标"], ["指标", "单位", this, last, "增长(%)"],
                                       ["婴儿死亡率", "‰", 4.0, 4.5, -11.1]]}, tmp_path / f"{this}.xlsx")
        result = check(written(tmp_path, RATES_PLAN, "plan.yaml"), book, "--format", "json")
        assert result.exit_code == 0, result.output
        imr = next(item for item in json.loads(result.output)["results"] if item["indicator"] == "imr")
        assert (imr["year"], imr["value"]) == (2024, 4.0)
    data = written(tmp_path, "2024年主要指标,,,\n指标,单位,本年,上年\n婴儿死亡率,‰,4.0,4.5\n", "d.csv")
    result = check(written(tmp_path, RATES_PLAN, "plan.yaml"), data, "--as-of", "2023", "--format", "json")
    imr = next(item for item in json.loads(result.output)["results"] if item["indicator"] == "imr")
    assert (imr["year"], imr["value"]) == (2023, 4.5), result.output
    # where the title gives no year, two, or part of a year, which year 本年 is stays the user's to say
    plan = written(tmp_path, RATES_PLAN, "plan.yaml")
    for title in ("全国卫生健康主要指标", "2023年和2024年主要指标", "2024年1-9月主要指标"):
        data = written(tmp_path, f"{title},,,\n指标,单位,本年,上年\n婴儿死亡率,‰,4.0,4.5\n")
        result = check(plan, data)
        assert result.exit_code == 2 and "names its year only as the report's own" in result.output, (title, result.output)
