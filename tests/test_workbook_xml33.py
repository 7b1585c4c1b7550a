"""Thirty-third round: a workbook's facts (error cells, hidden rows, number formats, rich text, merges) read from its
XML as any conforming writer spells them — either quote, space around ``=``, cells and rows without ``r`` — not only
as Excel does; each workbook here is written by hand, byte by byte, so that each test controls its XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from files import check, IMR_PLAN, indicator_plan, written, xlsx_package
from files import ods_of as _ods

_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRINGS = ["地区", "指标", "年份", "数值", "单位", "甲市", "婴儿死亡率", "‰", "孕产妇系统管理率", "%"]
#: cell styles: 0 plain, 1 percent (0%), 2 shows nothing (;;;), 3 a struck font, 4 0.00"%", 5 0.000"‰", 6 #,##0"人"
_FORMATS = {164: ";;;", 165: '0.00"%"', 166: '0.000"‰"', 167: '#,##0"人"'}
_STYLES = (f'<styleSheet {_NS}><numFmts count="4">'
           + "".join(f'<numFmt numFmtId="{n}" formatCode="{c.replace(chr(34), "&quot;")}"/>' for n, c in _FORMATS.items())
           + '</numFmts><fonts count="2"><font><sz val="11"/></font><font><strike/><sz val="11"/></font></fonts>'
           '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="7">'
           '<xf numFmtId="0" fontId="0"/><xf numFmtId="9" fontId="0"/><xf numFmtId="164" fontId="0"/>'
           '<xf numFmtId="0" fontId="1"/><xf numFmtId="165" fontId="0"/><xf numFmtId="166" fontId="0"/>'
           '<xf numFmtId="167" fontId="0"/></cellXfs></styleSheet>')
_RAISED_ONE = '<si><r><t>4</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>1</t></r></si>'  # 4¹ (index 10)


def _at(ref: str) -> str:
    """The ``r`` attribute placing a cell at ``ref``, or none where ``ref`` is ""."""
    return f' r="{ref}"' if ref else ""


def _text(ref: str, text: str) -> str:
    """A shared-string cell (``ref`` "" for one without ``r``)."""
    return f'<c{_at(ref)} t="s"><v>{_STRINGS.index(text)}</v></c>'


def _row(number: int | None, value_cell: str, year: int = 2024, indicator: str = "婴儿死亡率", unit: str = "‰",
         attributes: str = "") -> str:
    """A row 甲市 | indicator | year | value_cell | unit, it and its cells placed by ``r`` where ``number`` is given."""
    def at(column: str) -> str:
        return f"{column}{number}" if number else ""
    return (f"<row{_at(str(number or ''))}{attributes}>{_text(at('A'), '甲市')}{_text(at('B'), indicator)}"
            f"<c{_at(at('C'))}><v>{year}</v></c>{value_cell}{_text(at('E'), unit)}</row>")


_HEADER = '<row r="1">' + "".join(_text(f"{c}1", t) for c, t in zip("ABCDE", _STRINGS[:5])) + "</row>"


def _book(folder: Path, rows: list[str], *, after: str = "", styles_at: str = "styles.xml",
          name: str = "data.xlsx") -> str:
    """A workbook of one sheet 数据 holding ``rows`` (the header first), ``after`` the sheet data (merges, columns
    go before it: see ``rows``), its styles part at ``styles_at`` under xl/ (the workbook's rels name it)."""
    path = folder / name
    sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {_NS}><sheetData>{"".join(rows)}</sheetData>{after}</worksheet>'
    strings = "".join(f"<si><t>{t}</t></si>" for t in _STRINGS) + _RAISED_ONE
    return xlsx_package(path, [
        ("xl/workbook.xml", f'<workbook {_NS}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>'
         "</workbook>"),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
         f'<Relationship Id="rId2" Type="{_REL}/styles" Target="{styles_at}"/>'
         f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        (f"xl/{styles_at}", _STYLES),
        ("xl/sharedStrings.xml", f"<sst {_NS.split(' ')[0]}>{strings}</sst>"),
        ("xl/worksheets/sheet1.xml", sheet)])


_DIV0 = {"single quotes": "<c r='D2' t='e'><v>#DIV/0!</v></c>",
         "spaces around =": '<c r="D2" t = "e"><v>#DIV/0!</v></c>',
         "no r": '<c t="e"><v>#DIV/0!</v></c>'}


@pytest.mark.parametrize("cell", _DIV0.values(), ids=_DIV0.keys())
def test_an_error_cell_as_any_writer_spells_it_is_refused_at_its_cell(tmp_path, cell):
    """An error cell written t='e', t = "e" or without r was read as empty: the check passed on the year before."""
    book = _book(tmp_path, [_HEADER, _row(2, cell), _row(3, '<c r="D3"><v>3</v></c>', 2023)])
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book, "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "[数据]!D2" in result.output and "#DIV/0!" in result.output


def test_a_raised_footnote_mark_in_a_cell_without_r_is_no_digit(tmp_path):
    """A shared string 4 + raised 1 in a cell without r was read joined, as 41‰: a pass turned into a fail."""
    header = "<row>" + "".join(_text("", text) for text in _STRINGS[:5]) + "</row>"
    rows = [header, _row(None, '<c t="s"><v>10</v></c>')]
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book := _book(tmp_path, rows), "--format", "csv")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("甲市"))
    assert ",4.0,‰," in line and "41" not in line, book


_PERCENT = {"single quotes": "<c r='D2' s='1'><v>0.95</v></c>",
            "no r": '<c s="1"><v>0.95</v></c>',
            "styles elsewhere": '<c r="D2" s="1"><v>0.95</v></c>'}


@pytest.mark.parametrize("case", _PERCENT, ids=_PERCENT.keys())
def test_a_percent_cell_as_any_writer_spells_it_reads_as_shown(tmp_path, case):
    """A cell holding 0.95 shown 95% (s='1', no r, or styles at a part the rels name) was read as 0.95%."""
    plan = written(tmp_path, indicator_plan("孕产妇系统管理率", "%", "up", "≥90%"), "plan.yaml")
    book = _book(tmp_path, [_HEADER, _row(2, _PERCENT[case], indicator="孕产妇系统管理率", unit="%")],
                 styles_at="theme/st.xml" if case == "styles elsewhere" else "styles.xml")
    result = check(plan, book, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",95.0,%," in result.output and "0.95" not in result.output


_HIDDEN_ROW = {"single quotes": (3, " hidden='1'"), "spaces around =": (3, ' hidden = "1"'), "no r": (None, ' hidden="1"')}


@pytest.mark.parametrize("case", _HIDDEN_ROW, ids=_HIDDEN_ROW.keys())
def test_a_hidden_row_as_any_writer_spells_it_is_refused(tmp_path, case):
    """A hidden row written hidden='1' or without r was read: its hidden 2024 value was judged."""
    number, attributes = _HIDDEN_ROW[case]
    value = '<c r="D3"><v>9</v></c>' if number else "<c><v>9</v></c>"
    book = _book(tmp_path, [_HEADER, _row(2, '<c r="D2"><v>3</v></c>', 2023), _row(number, value, 2024,
                                                                                 attributes=attributes)])
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book, "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "[数据]!A3" in result.output and "row 3 of the sheet is hidden" in result.output


_INVISIBLE = {"single quotes": "<c r='D2' s='2'><v>3</v></c>", "no r": '<c s="2"><v>3</v></c>'}


@pytest.mark.parametrize("cell", _INVISIBLE.values(), ids=_INVISIBLE.keys())
def test_a_value_its_format_hides_is_refused_as_any_writer_spells_it(tmp_path, cell):
    """A value in a ;;; style written s='2' or without r was judged, though the sheet shows nothing there."""
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), _book(tmp_path, [_HEADER, _row(2, cell)]),
                   "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "[数据]!D2" in result.output and "shows no number" in result.output


def test_a_merge_written_in_single_quotes_holds_for_its_rows(tmp_path):
    """A label merged down two rows (ref='B2:B3') was not seen: the lower row was refused as having no indicator."""
    lower = ('<row r="3">' + _text("A3", "甲市") + '<c r="B3"/><c r="C3"><v>2024</v></c><c r="D3"><v>3</v></c>'
             + _text("E3", "‰") + "</row>")
    book = _book(tmp_path, [_HEADER, _row(2, '<c r="D2"><v>5</v></c>', 2023), lower],
                 after="<mergeCells count='1'><mergeCell ref='B2:B3'/></mergeCells>")
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",2024,3.0,‰," in result.output


def test_cells_and_rows_without_r_are_placed_where_the_schema_puts_them():
    """The place of a cell without r is the column after the cell before it in its row, after a gap too; a row
    without r is the row after the one before, after a numbered one too."""
    from checker.data.sheetxml import as_excel_writes

    xml = (b"<worksheet><sheetData><row><c t='s'><v>1</v></c><c r = \"C1\"/><c t=\"e\"><v>#N/A</v></c></row>"
           b"<row r='7'><c/></row><row hidden = '1'><c><f>A1=\"x\"</f></c></row></sheetData></worksheet>")
    assert as_excel_writes(xml) == (
        b'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1"/><c r="D1" t="e"><v>#N/A</v></c>'
        b'</row><row r="7"><c r="A7"/></row><row r="8" hidden="1"><c r="A8"><f>A1="x"</f></c></row>'
        b"</sheetData></worksheet>")


def test_a_cell_its_style_strikes_through_is_refused_at_its_cell(tmp_path):
    """A cell whose style's font is struck through (a withdrawn figure, shown ~~5~~) was read as a plain 5."""
    book = _book(tmp_path, [_HEADER, _row(2, '<c r="D2" s="3"><v>5</v></c>')])
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book, "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "[数据]!D2" in result.output and "~~5~~" in result.output


def _formatted(folder: Path, name: str, value: float, number_format: str, unit: str = "") -> str:
    """A wide workbook (openpyxl): 指标名称 [| 计量单位] | 2024年, one row of ``name``, its value in ``number_format``."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["指标名称", *(["计量单位"] if unit else []), "2024年"])
    sheet.append([name, *([unit] if unit else []), value])
    sheet.cell(2, sheet.max_column).number_format = number_format
    book.save(folder / "formatted.xlsx")
    return str(folder / "formatted.xlsx")


_WORDED = {"0.60 shown 0.60%": ("婴儿死亡率", "‰", 0.6, '0.00"%"', ",6.0,‰,"),
           "0.163 shown 0.163‰": ("孕产妇死亡率", "1/10万", 0.163, '0.000"‰"', ",16.3,1/10万,"),
           "0.6 shown 0.6‰ unquoted": ("孕产妇死亡率", "1/10万", 0.6, "0.0‰", ",60.0,1/10万,"),
           "13020000 shown 13,020,000人": ("卫生技术人员数", "万人", 13020000, '#,##0"人"', ",1302.0,万人,")}


@pytest.mark.parametrize("case", _WORDED, ids=_WORDED.keys())
def test_a_unit_a_number_format_shows_is_the_values_unit(tmp_path, case):
    """A unit written by the cell's number format (0.60 shown 0.60%) was dropped: the number was read in the plan's
    unit (0.6‰, a pass where the cell shows 6‰), or refused as having no unit (13020000 shown 13,020,000人)."""
    name, unit, value, number_format, expected = _WORDED[case]
    plan = written(tmp_path, indicator_plan(name, unit, "up" if unit == "万人" else "down", f"10{unit}"), "plan.yaml")
    result = check(plan, _formatted(tmp_path, name, value, number_format), "--as-of", "2024", "--format", "csv")
    assert expected in result.output, result.output


@pytest.mark.parametrize("number_format", ['0.00"%"', '0.0"月"', "0.00\\%"])
def test_a_unit_a_number_format_shows_against_the_unit_column_is_refused_at_its_cell(tmp_path, number_format):
    """A value whose format shows 0.60% (or 78.6月) in a row whose unit column says ‰ (岁) was read in the column's
    unit, though the cell shows another."""
    name, unit = ("人均预期寿命", "岁") if "月" in number_format else ("婴儿死亡率", "‰")
    plan = written(tmp_path, indicator_plan(name, unit, "down", f"10{unit}"), "plan.yaml")
    result = check(plan, _formatted(tmp_path, name, 0.6, number_format, unit), "--as-of", "2024", "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "formatted.xlsx[Sheet]!C2" in result.output


def test_a_hidden_column_holding_only_its_heading_is_passed_over(tmp_path):
    """A hidden helper column with a heading and no data (辅助列) refused the whole file as if it hid data."""
    columns = '<cols><col min="3" max="3" width="13" hidden="1" customWidth="1"/></cols>'
    rows = ['<row r="1">' + _text("A1", "指标") + _text("B1", "单位") + '<c r="C1" t="inlineStr"><is><t>辅助列</t></is>'
            '</c><c r="D1" t="inlineStr"><is><t>2024年</t></is></c></row>',
            '<row r="2">' + _text("A2", "婴儿死亡率") + _text("B2", "‰") + '<c r="D2"><v>3</v></c></row>']
    book = _book(tmp_path, rows)
    with zipfile.ZipFile(book) as source:  # the columns go before the sheet's data
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace("<sheetData>", columns + "<sheetData>").encode()
    with zipfile.ZipFile(book, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    result = check(written(tmp_path, IMR_PLAN, "plan.yaml"), book, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",2024,3.0,‰," in result.output



def test_an_ods_hidden_row_or_percent_cell_in_single_quotes_is_seen(tmp_path):
    """An .ods row hidden as table:visibility='collapse', or a cell of value-type='percentage', was not seen: the
    hidden row was judged, the percentage read as its fraction (an .ods is refused for either)."""
    pytest.importorskip("python_calamine")

    def cell(value, kind="string"):
        number = f" office:value='{value}'" if kind != "string" else ""
        return f"<table:table-cell office:value-type='{kind}'{number}><text:p>{value}</text:p></table:table-cell>"

    header = "<table:table-row>" + "".join(cell(v) for v in ("地区", "指标", "年份", "数值", "单位")) + "</table:table-row>"
    plan = written(tmp_path, IMR_PLAN, "plan.yaml")
    hidden = _ods(tmp_path / "hidden.ods", header + "<table:table-row table:visibility='collapse'>" + "".join(
        [cell("甲市"), cell("婴儿死亡率"), cell(2024, "float"), cell(9, "float"), cell("‰")]) + "</table:table-row>")
    result = check(plan, hidden, "--format", "csv")
    assert result.exit_code == 2 and "row 2 of the sheet is hidden" in result.output, result.output
    percent = _ods(tmp_path / "percent.ods", header + "<table:table-row>" + "".join(
        [cell("甲市"), cell("婴儿死亡率"), cell(2024, "float"), cell(0.05, "percentage"), cell("‰")]) + "</table:table-row>")
    result = check(plan, percent, "--format", "csv")
    assert result.exit_code == 2 and "percentages" in result.output, result.output
