"""Forty-first round, hostile files: text a web page shows no reader (opacity:0, font-size:0) drafted as targets; a
workbook refused whole for holding an Excel 4.0 macro sheet; a shared-string index past the table refused without
its cell."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from files import check, draft_of_file, indicator_plan, workbook_of, written

_LITERACY = indicator_plan("居民健康素养水平", "%", "up", "≥25%")
_HEAD = ["地区", "指标", "年份", "数值", "单位"]


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "plan.html"
    page.write_text(f"<html><body><h1>某市健康行动</h1><p>到2030年，人均预期寿命达到81岁。</p>{body}</body></html>",
                    encoding="utf-8")
    return page


@pytest.mark.parametrize("style", ["opacity:0", "opacity: 0.0 !important", "font-size:0", "font-size: 0px;"])
def test_text_no_reader_sees_is_not_drafted(tmp_path: Path, style: str) -> None:
    _, targets = draft_of_file(_page(tmp_path, f'<div style="{style}">到2030年，居民健康素养水平达到30%以上。</div>'))
    assert {name for name, _, _ in targets} == {"人均预期寿命"}


@pytest.mark.parametrize("style", ["opacity:0.5", "font-size:0.9em", "font-size:10px"])
def test_text_that_is_seen_is_drafted(tmp_path: Path, style: str) -> None:
    _, targets = draft_of_file(_page(tmp_path, f'<div style="{style}">到2030年，居民健康素养水平达到30%以上。</div>'))
    assert ("居民健康素养水平", 2030, "达到30%以上") in targets


def test_a_size_set_again_inside_font_size_zero_is_seen(tmp_path: Path) -> None:
    """font-size:0 on a row of inline blocks (the spacing trick) hides only the row's own text, not its children's."""
    _, targets = draft_of_file(_page(tmp_path, '<div style="font-size:0"><span style="font-size:14px">到2030年，'
                                               '居民健康素养水平达到30%以上。</span></div>'))
    assert ("居民健康素养水平", 2030, "达到30%以上") in targets


def _with_macro_sheet(tmp_path: Path) -> Path:
    """A workbook whose first sheet is an Excel 4.0 macro sheet (as Excel saves one) and whose second holds
    居民健康素养水平 2025 21.0%: a fail against ≥25%."""
    plain = workbook_of({"Macro1": [["=HALT()"]], "Data": [_HEAD, ["甲市", "居民健康素养水平", 2025, 21.0, "%"]]},
                        tmp_path / "plain.xlsx")
    path = tmp_path / "data.xlsm"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            name = info.filename
            if name == "xl/worksheets/sheet1.xml":
                name = "xl/macrosheets/sheet1.xml"
                data = data.replace(b"<worksheet", b"<xm:macrosheet").replace(b"</worksheet>", b"</xm:macrosheet>")
                data = data.replace(b"<xm:macrosheet", b'<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/'
                                                       b'excel/2006/main"', 1)
            elif name == "xl/_rels/workbook.xml.rels":
                data = re.sub(rb'Type="[^"]*/worksheet" Target="(/xl/)?worksheets/sheet1.xml"',
                              rb'Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" '
                              rb'Target="\1macrosheets/sheet1.xml"', data)
            elif name == "[Content_Types].xml":
                data = data.replace(b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats'
                                    b'-officedocument.spreadsheetml.worksheet+xml"',
                                    b'PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.'
                                    b'macrosheet+xml"')
            out.writestr(name, data)
    return path


def test_a_macro_sheet_is_passed_over_and_the_data_sheet_judged(tmp_path: Path) -> None:
    """The workbook was refused as "Cannot detect file format"; its data sheet is sound and holds a fail."""
    data = _with_macro_sheet(tmp_path)
    with zipfile.ZipFile(data) as made:
        assert "xl/macrosheets/sheet1.xml" in made.namelist()
        assert b"macrosheets/sheet1.xml" in made.read("xl/_rels/workbook.xml.rels")
    result = check(written(tmp_path, _LITERACY, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 1, result.output
    assert '"fail"' in result.output


def test_a_shared_string_index_past_the_table_is_refused_at_its_cell(tmp_path: Path) -> None:
    plain = workbook_of({"Sheet1": [_HEAD, ["甲市", "居民健康素养水平", 2025, 21.0, "%"]]}, tmp_path / "plain.xlsx")
    path = tmp_path / "data.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":  # E2 (the unit %) names string 99 of none
                data, count = re.subn(rb'<c r="E2" t="inlineStr">.*?</c>', rb'<c r="E2" t="s"><v>99</v></c>', data)
                assert count == 1
            out.writestr(info.filename, data)
    result = check(written(tmp_path, _LITERACY, "plan.yaml"), path)
    assert result.exit_code == 2
    assert "[Sheet1]!E2" in result.output and "shared string 99" in result.output
