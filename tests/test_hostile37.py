"""Thirty-seventh round, hostile files in a CI gate: a cell or row written twice in a sheet, a shared-string index
that is no index, U+FFFE in a note written to --xlsx, controls and bidi overrides in the HTML report, line separators
and form feeds in a .txt or .md plan, and a FIFO nobody writes to."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from files import INLINE_HEADER_ROW, OFFICE_RELATIONSHIPS, SHEET_NAMESPACES, check, indicator_plan, written, xlsx_package

_IMR = indicator_plan("婴儿死亡率", "‰", "down", "≤4‰")
#: D2 as written by a spreadsheet program: 4.5‰, a fail against ≤4‰
_D2 = '<c r="D2"><v>4.5</v></c>'
_RICH_3 = ('<c r="D2" t="inlineStr"><is><r><t>3</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>1</t></r></is>'
           '</c>')


def _row2(value: str = _D2, number: str = "2") -> str:
    return (f'<row r="{number}"><c r="A2" t="inlineStr"><is><t>甲市</t></is></c><c r="B2" t="inlineStr"><is><t>婴儿死亡率'
            f'</t></is></c><c r="C2"><v>2025</v></c>{value}<c r="E2" t="inlineStr"><is><t>‰</t></is></c></row>')


def _book(folder: Path, rows: str, strings: str = "") -> str:
    entries = [("xl/workbook.xml", f'<workbook {SHEET_NAMESPACES}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/>'
                                   "</sheets></workbook>"),
               ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                              f'relationships"><Relationship Id="rId1" Type="{OFFICE_RELATIONSHIPS}/'
                                              'worksheet" Target="worksheets/sheet1.xml"/>'
                                              + (f'<Relationship Id="rId2" Type="{OFFICE_RELATIONSHIPS}/sharedStrings" '
                                                 'Target="sharedStrings.xml"/>' if strings else "")
                                              + "</Relationships>"),
               ("xl/worksheets/sheet1.xml", f"<worksheet {SHEET_NAMESPACES}><sheetData>{INLINE_HEADER_ROW}{rows}"
                                            "</sheetData></worksheet>")]
    if strings:
        entries.append(("xl/sharedStrings.xml", f"<sst {SHEET_NAMESPACES}>{strings}</sst>"))
    return xlsx_package(folder / "data.xlsx", entries)


def _judged(folder: Path, data: str, *more: str):
    return check(written(folder, _IMR, "plan.yaml"), data, "--as-of", "2025", *more)


# --- 1, 4. a cell or a row written twice ------------------------------------------------------------------------


@pytest.mark.parametrize("cells", [_RICH_3 + _D2, _D2 + _RICH_3, _D2 + '<c r="D2"><v>3.5</v></c>',
                                   '<c r="D2"><v>3.5</v></c>' + _D2])
def test_a_cell_written_twice_is_refused_at_its_place(tmp_path: Path, cells: str) -> None:
    """Two ``<c r="D2">``: the value reader kept the last copy (4.5), the fact reader the first (3 with a raised 1),
    and 3‰ passed the gate, exit 0; with plain copies one of them was dropped without a word."""
    result = _judged(tmp_path, _book(tmp_path, _row2(cells)))
    assert result.exit_code == 2 and "[数据]!D2" in result.output and "cell D2 twice" in result.output, result.output


def test_a_row_written_twice_is_refused_at_its_row(tmp_path: Path) -> None:
    """Two ``<row r="2">`` (4.5, then 3.5): the second won, the 4.5‰ fail vanished and the gate passed. A place written
    once, wherever it stands, is no copy: cells out of order are read as before."""
    rows = _row2() + _row2('<c r="D2"><v>3.5</v></c>')
    result = _judged(tmp_path, _book(tmp_path, rows))
    assert result.exit_code == 2 and "[数据]!2" in result.output and "row 2 twice" in result.output, result.output
    row = _row2().replace('<c r="C2"><v>2025</v></c>' + _D2, _D2 + '<c r="C2"><v>2025</v></c>')
    result = _judged(tmp_path, _book(tmp_path, row), "--format", "csv")
    assert result.exit_code == 1 and ",4.5,‰" in result.output, result.output


# --- 2. a shared-string index that is no index --------------------------------------------------------------------


@pytest.mark.parametrize("index", ["-1", "0.9", " 1", "+1", "1e0"])
def test_a_shared_string_index_that_is_no_plain_number_is_refused_at_its_cell(tmp_path: Path, index: str) -> None:
    """``<v>-1</v>`` in a ``t="s"`` cell: the value reader read string 0 (another cell's 4.5) without a word."""
    cell = f'<c r="D2" t="s"><v>{index}</v></c>'
    result = _judged(tmp_path, _book(tmp_path, _row2(cell), "<si><t>4.5</t></si><si><t>3.5</t></si>"))
    assert result.exit_code == 2 and "[数据]!D2" in result.output and "shared-string index" in result.output, \
        result.output
    cell = '<c r="D2" s="0" t="s"><v>1</v></c>'  # (a plain index is read)
    result = _judged(tmp_path, _book(tmp_path, _row2(cell), "<si><t>3.5</t></si><si><t>4.5</t></si>"), "--format", "csv")
    assert result.exit_code == 1 and ",4.5,‰" in result.output, result.output


# --- 6. U+FFFE / U+FFFF into --xlsx ---------------------------------------------------------------------------------


def test_a_noncharacter_in_a_note_is_written_to_the_workbook_visibly(tmp_path: Path) -> None:
    """A note ``a\\uFFFEb`` made ``--xlsx`` an internal error (exit 3, nothing written): openpyxl refuses the two XML
    noncharacters. They are escaped as the other control characters are."""
    openpyxl = pytest.importorskip("openpyxl")
    data = written(tmp_path, "地区,指标,年份,数值,单位,备注\n甲市,婴儿死亡率,2025,4.5,‰,a\ufffeb\uffffc\n"
                             "甲市,未知\x1b\ufffe指标,2025,1,%,\n")
    out = tmp_path / "out.xlsx"
    result = _judged(tmp_path, data, "--xlsx", str(out))
    assert result.exit_code == 1 and "internal error" not in result.output, result.output
    cells = [str(cell) for sheet in openpyxl.load_workbook(out).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert any("a\\ufffeb\\uffffc" in cell for cell in cells), cells


def test_the_escaping_module_makes_noncharacters_visible() -> None:
    from checker.reporters.escaping import controls_visible, visible

    assert controls_visible("a\ufffeb\uffff", keep_lines=True) == "a\\ufffeb\\uffff"
    assert visible("x\ud800y") == "x\\ud800y"


# --- 7. the HTML report --------------------------------------------------------------------------------------------

_CONTROLS = "\x01\x08\x0b\x0c\x1b\x7f\x85\u202e\ufffe\uffff"


def test_the_report_shows_controls_and_bidi_overrides_from_the_data_as_escapes(tmp_path: Path) -> None:
    """A note ``a\\x1b[2Jd…`` and an unknown indicator holding C0/C1 controls, DEL, U+202E and the noncharacters were
    written raw into the HTML (a table cell, the chart's <title>, the list of rows left out): ``cat`` of the report
    cleared the screen, and U+202E reversed what followed it. Shown as the Markdown report shows them (\\x1b)."""
    from click.testing import CliRunner

    from checker.cli import main

    data = written(tmp_path, "地区,指标,年份,数值,单位,备注\n甲市,婴儿死亡率,2025,4.5,‰,a\x01b\x1b[2Jd\u202ee\ufffef\n"
                             f"甲市,未知{_CONTROLS}指标,2025,1,%,\n")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", written(tmp_path, _IMR, "plan.yaml"), data, "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert not any(char in page for char in _CONTROLS), sorted({hex(ord(c)) for c in page if c in _CONTROLS})
    assert "a\\x01b\\x1b[2Jd\\u202ee\\ufffef" in page
    assert "未知\\x01\\x08" in page and "\\x1b\\x7f" in page and "\\ufffe\\uffff指标" in page


# --- 3, 5. the lines of a .txt or .md plan ----------------------------------------------------------------------------

_TABLE = ("表1 主要指标\n\n序号  指标  2020年  2025年  属性\n1  婴儿死亡率（‰）  5  ≤4  预期性\n"
          "2  孕产妇{sep}死亡率（1/10万）  12  ≤10  预期性\n3  人均预期寿命（岁）  78  ≥79  预期性\n")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x0b"])
def test_a_line_separator_inside_a_table_row_keeps_the_row(separator: str) -> None:
    """``str.splitlines`` broke the row at U+2028 (and NEL, U+2029 …): 孕产妇死亡率 ≤10 vanished, ``left_out: {}``."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text(_TABLE.format(sep=separator), "plan.txt"))
    found = {(item["id"], entry["text"], entry["source"]["line"]) for item in draft.indicators
             for entry in item["targets"].values()}
    assert ("maternal_mortality", "≤10", 5) in found and ("life_expectancy", "≥79", 6) in found, found


def test_a_form_feed_is_a_page_break_not_a_line() -> None:
    """pdftotext starts each page with a form feed; counted as a line break it moved every later line's
    ``source.line`` one further per page. Lines are counted as grep -n counts them."""
    from checker.documents.draft import build
    from checker.documents.text import read_markdown, read_text

    text = ("甲县“十四五”卫生健康规划\n\n到2025年，婴儿死亡率控制在4‰以下。\n\f到2025年，人均预期寿命达到79岁。\n"
            "\f\f到2025年，孕产妇死亡率控制在10/10万以下。\n")
    for reader, name in ((read_text, "plan.txt"), (read_markdown, "plan.md")):
        draft = build(reader(text, name))
        lines = {item["id"]: entry["source"]["line"] for item in draft.indicators for entry in item["targets"].values()}
        assert lines == {"infant_mortality": 3, "life_expectancy": 4, "maternal_mortality": 5}, (name, lines)


def test_file_lines_break_at_lf_crlf_and_cr_only() -> None:
    from checker.documents.text import file_lines

    assert file_lines("a\r\nb\rc\nd\u2028e\x85f\n\fg\x0ch\n") == ["a", "b", "c", "d e f", "g h"]
    assert file_lines("a\n\n") == ["a", ""] and file_lines("") == []


# --- 8. a FIFO with no writer -----------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_nobody_writes_to_is_refused_not_waited_for(tmp_path: Path) -> None:
    """``mkfifo data.csv`` and no writer: opening it waited for ever (a CI job killed at its timeout)."""
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    outcome: list = []
    runner = threading.Thread(target=lambda: outcome.append(_judged(tmp_path, str(fifo))), daemon=True)
    runner.start()
    runner.join(20)
    if runner.is_alive():  # (let the thread end: write to the FIFO it waits on)
        with open(fifo, "w") as handle:
            handle.write("")
        runner.join(5)
        pytest.fail("checker waited for a writer")
    assert outcome[0].exit_code == 2 and "FIFO" in outcome[0].output, outcome[0].output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    from checker.files import open_to_read

    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write("x" * 100_000)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    with open_to_read(fifo) as handle:
        assert handle.read() == b"x" * 100_000
    writer.join(5)
