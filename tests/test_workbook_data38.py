"""Thirty-eighth round, bureau-style workbooks of a national bulletin's figures: a number format that shows its number in
thousands under a 万人 unit, a share stored as a fraction under a % unit line, a sheet's own legend for … and for a
mark, a note about a refused row, a hidden year sheet, a footnote mark on an indicator's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import check, indicator_plan, written

#: a bulletin table's title and its wide header (指标 | 单位 | 2022年 | 2023年)
_TITLE = ["全国卫生健康主要指标"]
_HEADER = ["指标", "单位", "2022年", "2023年"]
_WORKERS = indicator_plan("卫生人员总数", "万人", "up", "达到1600万人")


def _book(folder: Path, sheets: dict[str, list[list]], formats: dict[str, dict[str, str]] | None = None,
          hidden: tuple[str, ...] = ()) -> str:
    """A workbook (openpyxl) of ``sheets`` (name → rows), cells number-formatted as ``formats`` says (sheet → cell →
    format), the sheets ``hidden`` hidden."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell, code in (formats or {}).get(name, {}).items():
            sheet[cell].number_format = code
        if name in hidden:
            sheet.sheet_state = "hidden"
    path = folder / "data.xlsx"
    book.save(path)
    return str(path)


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
