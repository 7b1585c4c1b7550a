"""Thirty-eighth round, bureau-style workbooks of a national bulletin's figures: a number format that shows its number in
thousands under a 万人 unit, a share stored as a fraction under a % unit line, a sheet's own legend for … and for a
mark, a note about a refused row, a hidden year sheet, a footnote mark on an indicator's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import check, indicator_plan, workbook_of, written

#: a bulletin table's title and its wide header (指标 | 单位 | 2022年 | 2023年)
_TITLE = ["全国卫生健康主要指标"]
_HEADER = ["指标", "单位", "2022年", "2023年"]
_WORKERS = indicator_plan("卫生人员总数", "万人", "up", "达到1600万人")


def _book(folder: Path, sheets: dict[str, list[list]], formats: dict[str, dict[str, str]] | None = None,
          hidden: tuple[str, ...] = ()) -> str:
    """A workbook of ``sheets`` in ``folder`` (:func:`files.workbook_of`)."""
    return str(workbook_of(sheets, folder / "data.xlsx", formats=formats, hidden=hidden))


# --- 1. a number format's scale that is not the unit's ---------------------------------------------------------


@pytest.mark.parametrize("code, unit, shown", [("#,##0,", "万人", "千"), ("#,##0.0,,", "万人", "百万"),
                                               ("#,##0,", "人", "千")])
def test_a_format_in_thousands_under_a_unit_of_another_magnitude_is_refused_at_its_cell(
        tmp_path: Path, code: str, unit: str, shown: str) -> None:
    """15237000 persons (1523.7万人) formatted ``#,##0,`` shows 15,237: under a 万人 unit column it was read as
    15237万人 and passed 达到1600万人 by ten times, without a word; ``#,##0.0,,`` (millions) read 15.237万人. The
    format's magnitude is not the unit's: refused at the cell, as ``0!.0,"万"`` under a unit without 万 is."""
    data = _book(tmp_path, {"表": [_TITLE, _HEADER, ["卫生人员总数", unit, 14411000, 15237000]]},
                 {"表": {"C3": code, "D3": code}})
    result = check(written(tmp_path, _WORKERS, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "[表]!C3" in result.output and f"it is shown in {shown}, but its unit column says {unit}" in result.output


# --- 2. a share stored as a fraction, its % format lost -------------------------------------------------------

_OOP = indicator_plan("个人卫生支出占卫生总费用的比重", "%", "down", "27左右", "{2020: 27.7}")


@pytest.mark.parametrize("rows", [
    [_TITLE, ["单位：%"], ["指标", "2022年", "2023年"], ["个人卫生支出占卫生总费用的比重", 0.270, 0.273]],
    [_TITLE, ["指标", "2022年", "2023年"], ["个人卫生支出占卫生总费用的比重（%）", 0.270, 0.273]],
    [_TITLE, _HEADER, ["个人卫生支出占卫生总费用的比重", "%", 0.270, 0.273]],
], ids=["unit-line", "name-bracket", "unit-column"])
def test_a_share_stored_as_a_fraction_under_a_percent_unit_is_not_judged(tmp_path: Path, rows: list) -> None:
    """27.3% stored as 0.273 (a ``=支出/总费用`` pasted as values, its % format lost) under a ``单位：%`` line, a
    ``（%）`` name bracket or a % unit column passed the 约束性 ``27左右`` as 0.273% with exit 0. No region's
    out-of-pocket share is under 1% (the catalogue's plausible range), and 0.273 stands 100 times off the target: n/a
    with the reason, as a reference 100 times off is, never a pass."""
    result = check(written(tmp_path, _OOP, "plan.yaml"), _book(tmp_path, {"表": rows}), "--format", "csv")
    assert ",pass," not in result.output, result.output
    assert ",n/a," in result.output and "不低于1%" in result.output and "100倍" in result.output, result.output
    real = [[value * 100 if isinstance(value, float) else value for value in row] for row in rows]  # 27.0, 27.3
    (tmp_path / "data.xlsx").unlink()
    result = check(written(tmp_path, _OOP, "plan.yaml"), _book(tmp_path, {"表": real}), "--format", "csv")
    assert result.exit_code == 0 and ",pass," in result.output, result.output  # the real share is judged



def test_a_share_stored_as_a_fraction_is_not_judged_by_columns_either() -> None:
    """A many-region run judged by columns gives the slipped share the same n/a as the scalar engine, the other
    regions judged by columns as before (a national file: 0.273 in one province's row)."""
    pytest.importorskip("polars")
    from checker.data.matching import Dataset, Point
    from checker.errors import Location
    from checker.judge.engine import evaluate_regions
    from checker.language.rule import Rule
    from checker.plan.model import Indicator, Plan, Source, Target

    rule = Rule("≤28%", "upper_bound", "<=", 28.0, unit="%")
    target = Target("oop", 2025, "≤28%", rule, Source(1, "≤28%"), Location("plan.yaml", 10))
    indicator = Indicator("oop", "个人卫生支出占卫生总费用的比重", None, "%", "down", (target,))
    plan = Plan("p", "测试", None, "甲省", 2020, (2025,), (indicator,), file="plan.yaml")
    dataset = Dataset()
    for number, (region, value) in enumerate({"甲省": 0.273, "乙省": 27.3, "丙省": 30.0}.items()):
        dataset.series[(region, "oop")] = {2025: Point(2025, value, str(value), Location("d.csv", number + 2, 4), "%")}
    statuses = {}
    for columns in (False, True):
        results = evaluate_regions(plan, dataset, on_demand=True, columns=columns)
        frame = results.results.frame()
        statuses[columns] = dict(frame.select("region", "status").rows()) if frame is not None else \
            {result.region: result.status for result in results.results}
    assert statuses[True] == statuses[False] == {"甲省": "n/a", "乙省": "pass", "丙省": "fail"}


# --- 3, 5. a … the table's own note defines; a note about a row refused --------------------------------------

_IMR = indicator_plan("婴儿死亡率", "‰", "down", "5.2", "{2020: 5.4}")


def _validate(*arguments: str):
    """``checker validate`` with ``arguments``, in-process."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *arguments])


@pytest.mark.parametrize("legend", ["注：“…”表示数据尚未公布。", "注：1.2023年为快报数。2.“...”为暂无数据。"])
def test_an_ellipsis_the_table_s_note_calls_missing_is_missing(tmp_path: Path, legend: str) -> None:
    """A yearbook's … is a figure too small to show and is refused; but under ``注：“…”表示数据尚未公布。`` the sheet
    says in so many words that its … is a figure not yet published: it was refused all the same, and the check
    stopped. It is now missing, as — is, and the row's 2022 value judged."""
    rows = [_TITLE, _HEADER, ["婴儿死亡率", "‰", 4.9, "…"], [legend]]
    result = check(written(tmp_path, _IMR, "plan.yaml"), _book(tmp_path, {"表": rows}), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",pass," in result.output and "4.9" in result.output, result.output


def test_an_ellipsis_without_such_a_note_says_the_row_is_left_out(tmp_path: Path) -> None:
    """Without a note, … stays refused; a row of years refused for its 2024 … lost its 2022–2023 values without a
    word (eight indicators of a bulletin's table vanished): the error says the row's other values go with it. A note
    giving … another meaning is quoted."""
    rows = [_TITLE, _HEADER, ["婴儿死亡率", "‰", 4.9, "…"], ["注：“…”表示数字不足本表最小单位。"]]
    result = check(written(tmp_path, _IMR, "plan.yaml"), _book(tmp_path, {"表": rows}))
    assert result.exit_code == 2 and "[表]!D3" in result.output, result.output
    assert "other values are left out" in result.output and "数字不足本表最小单位" in result.output, result.output


def test_a_note_about_a_refused_row_is_not_said_to_name_no_indicator(tmp_path: Path) -> None:
    """``注：2023年卫生总费用为初步核算数。`` under a table whose 卫生总费用 row was refused (its 2024 …): validate said the
    note named "no indicator of the table" and told the user to rename a row named exactly so. The row's refusal is
    said at its cell; the note is no more called a note of nothing."""
    plan = written(tmp_path, indicator_plan("卫生总费用", "亿元", "up", "比2021年增长10%以上"), "plan.yaml")
    rows = [_TITLE, ["指标", "单位", "2023年", "2024年"], ["卫生总费用", "亿元", 90575.8, "…"],
            ["注：2023年卫生总费用为初步核算数。"]]
    result = _validate("--plan", plan, _book(tmp_path, {"表": rows}))
    assert "[表]!D3" in result.output and "cannot read value" in result.output, result.output
    assert "no indicator of the table" not in result.output, result.output


# --- 4, 7. a mark a note defines, on a value or on a row's name ----------------------------------------------

_PLAN_MMR_LE = indicator_plan("孕产妇死亡率", "1/10万", "down", "14.5", "{2020: 16.9}")


def test_a_mark_the_table_s_note_defines_is_not_said_to_be_unexplained(tmp_path: Path) -> None:
    """``15.7①`` under ``注：①为监测地区数据。``: validate said the mark's meaning "the file does not say", and the user
    looked for a note that was there. It now quotes the note and says checker does not act on that meaning."""
    rows = [_TITLE, _HEADER, ["孕产妇死亡率", "1/10万", "15.7①", 15.1], ["注：①为监测地区数据。"]]
    result = _validate("--plan", written(tmp_path, _PLAN_MMR_LE, "plan.yaml"), _book(tmp_path, {"表": rows}))
    assert "[表]!C3" in result.output and "does not say" not in result.output, result.output
    assert "the mark '①', which the note under the table defines ('注：①为监测地区数据。')" in result.output
    assert "does not act on" in result.output


def test_a_mark_on_a_row_s_name_puts_its_note_on_the_row_s_values(tmp_path: Path) -> None:
    """``人均预期寿命①`` with ``注：①2023年为第七次人口普查后推算数。``: the row matched and 78.6 was judged, but neither
    the value's notes nor validate said a word of the mark or its note. The note is now the 2023 value's (the year
    it names), and validate warns of it as of a value's mark."""
    plan = written(tmp_path, indicator_plan("人均预期寿命", "岁", "up", "提高1岁", "{2020: 77.93}"), "plan.yaml")
    rows = [_TITLE, _HEADER, ["人均预期寿命①", "岁", 78.2, 78.6], ["注：①2023年为第七次人口普查后推算数。"]]
    data = _book(tmp_path, {"表": rows})
    result = check(plan, data, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"notes": ["注：①2023年为第七次人口普查后推算数。"]' in result.output, result.output
    checked = _validate("--plan", plan, data)
    assert "[表]!D3" in checked.output and "its row's name carries a mark" in checked.output, checked.output
    assert "[表]!C3" not in checked.output  # 2022's value: the note names 2023


# --- 6. a hidden sheet --sheet '*' passes over --------------------------------------------------------------


def test_a_hidden_sheet_left_unread_by_every_sheet_is_said(tmp_path: Path) -> None:
    """A workbook of a sheet a year whose 2023年 is hidden: ``--sheet '*'`` judged on 2022's figures and said nothing
    (validate counted the files read). Reading it is not asked for; one warning line naming it is, on standard error
    and in JSON's data_warnings, and as a validate warning. An empty hidden helper sheet is not named."""
    sheets = {name: [_TITLE, ["指标", "单位", "数值"], ["婴儿死亡率", "‰", value]]
              for name, value in (("2022年", 4.9), ("2023年", 4.5))}
    sheets["辅助"] = []
    data = _book(tmp_path, sheets, hidden=("2023年", "辅助"))
    plan = written(tmp_path, _IMR, "plan.yaml")
    result = check(plan, data, "--sheet", "*", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "the sheet '2023年' is hidden and was not read" in result.output and "辅助" not in result.output
    checked = _validate("--plan", plan, data, "--sheet", "*")
    assert "[2023年]: warning: the sheet '2023年' is hidden" in checked.output, checked.output
