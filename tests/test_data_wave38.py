"""Thirty-eighth round, second wave on the data readers: a … note belongs to the table it is under, a pivot table's
blank label in a region column, English legends for …, a value's mark a note defines."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import check, indicator_plan, written

_HEADER = ["指标", "单位", "2021年", "2022年", "2023年"]
_PLAN = indicator_plan("人均预期寿命", "岁", "up", "提高1岁", "{2020: 77.93}")


def _book(folder: Path, rows: list[list]) -> str:
    """A workbook (openpyxl) of one sheet 表 holding ``rows``."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表"
    for row in rows:
        sheet.append(row)
    path = folder / "data.xlsx"
    book.save(path)
    return str(path)


# --- F4. a … note is its own table's ------------------------------------------------------------------------


def test_a_second_table_s_note_does_not_decide_the_first_table_s_ellipsis(tmp_path: Path) -> None:
    """表1 with ``注：“…”表示数据尚未公布。`` under it, 表2 with ``注：“…”表示数值太小。``: 表1's … was refused by 表2's
    note. Each note now speaks for its own table: 表1's … is missing, 表2's is refused at its own cell."""
    rows = [["表1 主要指标"], _HEADER, ["人均预期寿命", "岁", 78.2, "…", 78.6], ["注：“…”表示数据尚未公布。"], [],
            ["表2 卫生资源"], _HEADER, ["每千人口医疗卫生机构床位数", "张", 6.7, 6.92, "…"], ["注：“…”表示数值太小。"]]
    result = check(written(tmp_path, _PLAN, "plan.yaml"), _book(tmp_path, rows))
    assert result.exit_code == 2 and "[表]!E8" in result.output and "D3" not in result.output, result.output


def test_a_table_with_no_note_keeps_its_ellipsis_refused(tmp_path: Path) -> None:
    """表1 with no note, 表2 with ``注：“…”表示数据尚未公布。``: 表1's … was taken as missing under 表2's note without a
    word. A table no note speaks of keeps the default: … refused at its cell."""
    rows = [["表1 主要指标"], _HEADER, ["人均预期寿命", "岁", 78.2, "…", 78.6], [],
            ["表2 卫生资源"], _HEADER, ["每千人口医疗卫生机构床位数", "张", 6.7, 6.92, "…"], ["注：“…”表示数据尚未公布。"]]
    result = check(written(tmp_path, _PLAN, "plan.yaml"), _book(tmp_path, rows))
    assert result.exit_code == 2 and "[表]!D3" in result.output, result.output


# --- F3. a pivot table's blank label in a region column ----------------------------------------------------

_IMR = indicator_plan("婴儿死亡率", "‰", "down", "≤5‰")


@pytest.mark.parametrize("label", ["(空白)", "(blank)", "（空）", "(空)"])
@pytest.mark.parametrize("every", [(), ("--all-regions",)])
def test_a_pivot_table_s_blank_label_is_refused_at_its_cell(tmp_path: Path, label: str, every: tuple) -> None:
    """``(空白)`` / ``(blank)`` is what an Excel pivot table writes for an empty row label: it carries letters, so it
    slipped past the refusal of ``-`` and was judged as a place (``--all-regions``) or left out as another region's.
    Whose rows they are the file does not say: refused at the cell, on both paths."""
    data = written(tmp_path, f"地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2022,4.6,‰\n{label},婴儿死亡率,2023,6.0,‰\n")
    result = check(written(tmp_path, _IMR, "plan.yaml"), data, *every)
    assert result.exit_code == 2 and "data.csv:3:1" in result.output and "row label left empty" in result.output, \
        result.output


# --- F7. English legends of … -------------------------------------------------------------------------------


@pytest.mark.parametrize("legend", ["… Data not available", "Symbols: … Data not available or not applicable",
                                    '"…" = n.a.', "… = not available", "Note: … not available."])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_an_english_legend_of_the_ellipsis_reads_it_missing(tmp_path: Path, legend: str, kind: str) -> None:
    """The UN yearbooks' ``… Data not available`` and the common ``"…" = n.a.``: only the quoted ``"…" denotes …``
    form was read, the others refused the check (most without quoting the note). Each now makes the table's … missing
    (``rules/names.yaml`` ``ellipsis_notes``), and the row's other years are judged."""
    rows = [["Table 1"], _HEADER, ["人均预期寿命", "岁", 78.2, "…", 78.6], [legend]]
    if kind == "xlsx":
        data = _book(tmp_path, rows)
    else:
        import csv
        import io

        text = io.StringIO()
        csv.writer(text).writerows(rows)
        data = written(tmp_path, text.getvalue())
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data, "--format", "csv")
    assert result.exit_code == 0 and ",pass," in result.output and "78.6" in result.output, result.output


# --- F6. a value's mark a note under the table defines -----------------------------------------------------

_HK = indicator_plan("婴儿死亡率", "‰", "down", "≤3‰")


@pytest.mark.parametrize("mark", ["#", "※", "△", "†"])
def test_a_value_s_mark_a_note_defines_is_read_as_carried(tmp_path: Path, mark: str) -> None:
    """``2.5#`` under ``註：#為臨時數字。`` (the Hong Kong Yearbook marks provisional figures so): only ``2.5*`` was read,
    the others refused the check. A mark the note under the table names is now the value's, and the note with it."""
    data = written(tmp_path, f"指標,地區,單位,2022年,2023年\n嬰兒死亡率,甲市,‰,2.3{mark},2.5{mark}\n註：{mark}為臨時數字。\n")
    result = check(written(tmp_path, _HK, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 0 and '"status": "pass"' in result.output, result.output
    assert f'"notes": ["{mark} (annotated)", "註：{mark}為臨時數字。"]' in result.output, result.output


def test_a_value_s_mark_no_note_defines_stays_refused(tmp_path: Path) -> None:
    """With no note saying what ``#`` means, ``2.5#`` is refused at its cell, saying so."""
    data = written(tmp_path, "指標,地區,單位,2022年,2023年\n嬰兒死亡率,甲市,‰,2.3,2.5#\n")
    result = check(written(tmp_path, _HK, "plan.yaml"), data)
    assert result.exit_code == 2 and "data.csv:2:5" in result.output and "defined by no note" in result.output, \
        result.output


# --- F2. a slipped scale against a change or trend target ----------------------------------------------------


@pytest.mark.parametrize("target", ["比2020年下降2个百分点", "逐步下降"])
@pytest.mark.parametrize("every", [(), ("--all-regions",)])
def test_a_fraction_of_a_share_is_not_judged_against_a_change_or_trend(tmp_path: Path, target: str,
                                                                       every: tuple) -> None:
    """个人卫生支出占比 2020 27.7%, 2023 ``0.273`` under ``%`` (a % format lost): beyond the range (at least 1%) and
    about 100 times off the region's own 2020 value — n/a against a level target, but a pass against a change or a
    trend (−99%). Now n/a on both paths, saying which earlier value it stands off."""
    plan = written(tmp_path, indicator_plan("个人卫生支出占卫生总费用的比重", "%", "down", target), "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n甲市,个人卫生支出占卫生总费用的比重,2020,27.7,%\n"
                             "甲市,个人卫生支出占卫生总费用的比重,2023,0.273,%\n")
    result = check(plan, data, "--format", "csv", *every)
    assert ",n/a," in result.output and ",pass," not in result.output, result.output
    assert "与2020年的值27.7%相差约100倍" in result.output, result.output
