"""Fortieth round, a bureau's monitoring table (监测表) whose two-row header puts the plan's targets beside the observed
years: a heading merged over a year column (规划目标, 目标值, “十四五”目标) or a note under the table (注：2025年为规划目标值。)
makes that column the plan's targets. Read as 2025's values, every target was judged against itself and passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import HEAD, check, workbook_of, written

_PLAN = HEAD + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "≤2.5‰"}
"""


def _monitoring(path: Path, heading: str) -> Path:
    rows = [["甲市妇幼健康主要指标", None, None, None, None],
            ["指标", "单位", "实际值", None, heading],
            [None, None, "2017年", "2023年", "2025年"],
            ["婴儿死亡率", "‰", 4.12, 2.61, 2.5]]
    return workbook_of({"表1": rows}, path, merges={"表1": ["A2:A3", "B2:B3", "C2:D2"]})


@pytest.mark.parametrize("heading", ["规划目标", "目标值", "“十四五”目标", "2025年规划值"])
def test_a_target_heading_over_a_year_column_is_refused(tmp_path, heading):
    data = _monitoring(tmp_path / "data.xlsx", heading)
    result = check(written(tmp_path, _PLAN, "plan.yaml"), str(data))
    assert result.exit_code == 2, result.output
    assert "names a target" in result.output and "表1]!E3" in result.output


@pytest.mark.parametrize("heading", ["实际值", "年份", "“十三五”期末实际", ""])
def test_an_observed_or_plain_heading_over_a_year_column_is_read(tmp_path, heading):
    data = _monitoring(tmp_path / "data.xlsx", heading)
    result = check(written(tmp_path, _PLAN, "plan.yaml"), str(data), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert '"value": 2.5' in result.output


def test_a_note_calling_a_year_the_plans_targets_is_refused(tmp_path):
    data = written(tmp_path, "指标,单位,2023年,2025年\n婴儿死亡率,‰,2.61,2.5\n注：2025年为规划目标值。\n")
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "plan's targets, not observed values" in result.output and "data.csv:2:4" in result.output


@pytest.mark.parametrize("note", ["注：2023年为快报数。", "注：2020年为“十三五”规划末期数。", "注：目标值见规划。"])
def test_other_notes_do_not_refuse(tmp_path, note):
    data = written(tmp_path, f"指标,单位,2023年,2025年\n婴儿死亡率,‰,2.61,2.4\n{note}\n")
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data)
    assert result.exit_code == 0, result.output


def _cell(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def _ods_rows(value_cell: str) -> str:
    header = "".join(_cell(text) for text in ("地区", "指标", "年份", "数值"))
    row = "".join(_cell(text) for text in ("甲市", "婴儿死亡率")) + \
        '<table:table-cell office:value-type="float" office:value="2025"><text:p>2025</text:p></table:table-cell>'
    return f"<table:table-row>{header}</table:table-row><table:table-row>{row}{value_cell}</table:table-row>"


@pytest.mark.parametrize("cell", [
    '<table:table-cell office:value-type="float" table:formula="of:=[.C1]+1"><text:p></text:p></table:table-cell>',
    '<table:table-cell table:formula="of:=[.C1]+1"/>'])
def test_an_ods_formula_with_no_saved_value_is_refused_at_its_cell(tmp_path, cell):
    from files import ods_of
    data = ods_of(tmp_path / "data.ods", _ods_rows(cell))
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "[Sheet1]!D2" in result.output and "no saved value" in result.output


@pytest.mark.parametrize("cell", [
    '<table:table-cell office:value-type="float" office:value="2.4" table:formula="of:=1.2*2"><text:p>2.4</text:p>'
    '</table:table-cell>',
    '<table:table-cell office:value-type="string" table:formula="of:=&quot;&quot;"><text:p></text:p></table:table-cell>'])
def test_an_ods_formula_with_its_value_or_an_empty_text_is_read(tmp_path, cell):
    from files import ods_of
    data = ods_of(tmp_path / "data.ods", _ods_rows(cell))
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data)
    assert result.exit_code in (0, 1), result.output


_PROVINCE_PLAN = _PLAN.replace("region: 甲市", "region: 山东省")


def test_a_yearbooks_province_total_row_is_the_province(tmp_path):
    data = written(tmp_path, "地区,指标,年份,数值\n全省总计,婴儿死亡率,2025,2.4\n济南市,婴儿死亡率,2025,2.1\n")
    result = check(written(tmp_path, _PROVINCE_PLAN, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"value": 2.4' in result.output


def test_no_city_is_offered_for_a_province(tmp_path):
    data = written(tmp_path, "地区,指标,年份,数值\n东营市,婴儿死亡率,2025,2.4\n济南市,婴儿死亡率,2025,2.1\n")
    result = check(written(tmp_path, _PROVINCE_PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "did you mean" not in result.output and "regions in the data" in result.output


@pytest.mark.parametrize("left, right", [("完成情况", "目标值"), ("“十三五”完成情况", "“十四五”规划目标"), ("基期", "规划目标"),
                                         ("“十三五”完成情况", "规划期末目标")])
def test_a_target_group_beside_any_other_group_is_refused(tmp_path, left, right):
    """Second wave F4: the 2025 column under 目标值 was read as data when the group over the other years was not 实际值
    (the row of groups was then taken for a title)."""
    rows = [["甲市卫生健康主要指标监测表", None, None, None, None], ["指标", "单位", left, None, right],
            [None, None, "2019年", "2020年", "2025年"], ["婴儿死亡率", "‰", 4.1, 3.6, 2.5]]
    data = workbook_of({"表1": rows}, tmp_path / "data.xlsx", merges={"表1": ["A2:A3", "B2:B3", "C2:D2"]})
    result = check(written(tmp_path, _PLAN, "plan.yaml"), str(data))
    assert result.exit_code == 2 and "names a target" in result.output, result.output


@pytest.mark.parametrize("note", ["注：2025年为“十四五”规划目标。", "注：2025年指标为规划期末目标"])
def test_a_note_naming_the_period_before_its_target_is_refused(tmp_path, note):
    data = written(tmp_path, f"指标,单位,2023年,2025年\n婴儿死亡率,‰,2.61,2.5\n{note}\n")
    result = check(written(tmp_path, _PLAN, "plan.yaml"), data)
    assert result.exit_code == 2 and "plan's targets" in result.output, result.output


_MCH = _PLAN


def test_skipping_a_bad_cell_of_a_row_of_years_names_the_years_left_out(tmp_path: Path) -> None:
    """A 2023 cell ``0.376%`` in a ‰ row is skipped with its row: the row's 2017 value 5.16 goes with it, and the skip
    line named the bad cell only. It now names the other years left out (t_xlsdata X#5, from branch fix40xlsdata)."""
    data = written(tmp_path, "指标,单位,2017年,2023年\n婴儿死亡率,‰,5.16,0.376%\n")
    result = check(written(tmp_path, _MCH, "plan.yaml"), data, "--skip-bad-rows")
    assert "data.csv:2:4" in result.output and "other values, 2017, are left out" in result.output, result.output
