"""Thirty-fifth round, hostile files: .ods files read otherwise than LibreOffice shows them (a number format's negative
section, cells with no value type, line breaks, signed repeat counts, comments, a ``>`` in an attribute, merged and
hidden cells). Each .ods is written by hand, so that each test controls its XML. The base table: 婴儿死亡率 of 甲市 by
year, the value in column D."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from files import check, indicator_plan, ods_package, written

pytest.importorskip("python_calamine")

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
       'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
       'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2"')


#: number styles as LibreOffice writes a format with a negative section: the named style is the negative section, the
#: positive one a volatile <name>P0 that a <style:map> hands a value of 0 or more to
_STYLES = (
    # #,##0.00;[RED]-#,##0.00
    '<number:number-style style:name="N4P0" style:volatile="true"><number:number number:decimal-places="2" '
    'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
    '<number:number-style style:name="N4"><style:text-properties fo:color="#ff0000"/><number:text>-</number:text>'
    '<number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
    '<style:map style:condition="value()&gt;=0" style:apply-style-name="N4P0"/></number:number-style>'
    # 0.00_);[RED](0.00)
    '<number:number-style style:name="N5P0" style:volatile="true"><number:number number:decimal-places="2" '
    'number:min-integer-digits="1"/><number:text> </number:text></number:number-style>'
    '<number:number-style style:name="N5"><style:text-properties fo:color="#ff0000"/><number:text>(</number:text>'
    '<number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>)</number:text>'
    '<style:map style:condition="value()&gt;=0" style:apply-style-name="N5P0"/></number:number-style>'
    # 0.0,,"万";-0.0,,"万"
    '<number:number-style style:name="N6P0" style:volatile="true"><number:number number:decimal-places="1" '
    'number:min-integer-digits="1" number:display-factor="10000"/><number:text>万</number:text></number:number-style>'
    '<number:number-style style:name="N6"><number:text>-</number:text><number:number number:decimal-places="1" '
    'number:min-integer-digits="1" number:display-factor="10000"/><number:text>万</number:text>'
    '<style:map style:condition="value()&gt;=0" style:apply-style-name="N6P0"/></number:number-style>'
    '<style:style style:name="ce4" style:family="table-cell" style:data-style-name="N4"/>'
    '<style:style style:name="ce5" style:family="table-cell" style:data-style-name="N5"/>'
    '<style:style style:name="ce6" style:family="table-cell" style:data-style-name="N6"/>')


def _s(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def _n(value: float, style: str = "", shown: str | None = None) -> str:
    styled = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell office:value-type="float" office:value="{value}"{styled}><text:p>'
            f'{value if shown is None else shown}</text:p></table:table-cell>')


def _bare(text: str, attributes: str = "") -> str:
    """A cell with no value type, as odfpy's ``TableCell()`` with a paragraph writes it."""
    return f"<table:table-cell{attributes}><text:p>{text}</text:p></table:table-cell>"


_ERROR = ('<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error">'
          '<text:p>#DIV/0!</text:p></table:table-cell>')
_HEAD = "<table:table-row>" + "".join(_s(h) for h in ["地区", "指标", "年份", "数值", "单位"]) + "</table:table-row>"


def _row(year: int, cell: str, name: str = "婴儿死亡率", unit: str = "‰", attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{_s('甲市')}{_s(name)}{_n(year)}{cell}{_s(unit)}</table:table-row>"


def _ods(folder: Path, rows: list[str], *, head: str = _HEAD, columns: str = "", name: str = "data.ods") -> str:
    columns = columns or '<table:table-column table:number-columns-repeated="5"/>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:automatic-styles>{_STYLES}'
               f'</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="数据">{columns}'
               f'{head}{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>')
    return ods_package(folder / name, content)


_IMR = indicator_plan("婴儿死亡率", "‰", "down", "≤4‰")


def _judged(folder: Path, data: str, plan: str = _IMR, as_of: str = "2025") -> object:
    return check(written(folder, plan, "plan.yaml"), data, "--as-of", as_of, "--format", "csv")


def _refused_at(folder: Path, data: str, cell: str, *words: str) -> None:
    result = _judged(folder, data)
    assert result.exit_code == 2, result.output
    assert "internal error" not in result.output and f"!{cell}" in result.output, result.output
    for word in words:
        assert word in result.output, result.output


# --- 1. a number format's negative section ----------------------------------------------------------------------


@pytest.mark.parametrize("style", ["ce4", "ce5"], ids=["#,##0.00;[RED]-#,##0.00", "0.00_);[RED](0.00)"])
def test_a_positive_value_in_a_negative_red_format_reads_as_stored(tmp_path: Path, style: str) -> None:
    """LibreOffice saves a format with a negative section under its name as the negative section, and hands a value of
    0 or more to the positive one by a ``<style:map>``; the map was ignored, and 3.5 shown ``3.50`` was read -3.5 (a
    sign refused for a rate, a positive growth rate judged negative) or ``(3.5)``."""
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(3.5, style, "3.50"))]))
    assert result.exit_code == 0 and ",2025,3.5,‰," in result.output, result.output


def test_a_negative_value_takes_the_negative_section(tmp_path: Path) -> None:
    """The negative section writes its own sign: -4.5 shows ``-4.50`` (read -4.5, never ``--4.5``), and in a format
    that writes it in brackets ``(4.50)``, which is refused at its cell, as in an .xlsx file; a growth rate of 4.5
    in that format reads 4.5 and passes ≥3%."""
    plan = indicator_plan("卫生总费用增长率", "%", "up", "≥3%")
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(-4.5, "ce4", "-4.50"), "卫生总费用增长率", "%")]), plan)
    assert result.exit_code == 1 and ",2025,-4.5,%," in result.output, result.output
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(4.5, "ce4", "4.50"), "卫生总费用增长率", "%")], name="up.ods"),
                     plan)
    assert result.exit_code == 0 and ",2025,4.5,%,value,pass" in result.output, result.output
    _refused_at(tmp_path, _ods(tmp_path, [_row(2025, _n(-4.5, "ce5", "(4.50)"))], name="paren.ods"), "D2", "(4.5)")


def test_a_scaled_format_with_a_negative_section_scales_a_positive_value(tmp_path: Path) -> None:
    """``0.0,,"万";-0.0,,"万"``: 13020000 shows ``1302.0万``; it was read from the negative section as ``-1302万``."""
    plan = indicator_plan("常住人口", "万人", "down", "≤1400万人")
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(13020000, "ce6", "1302.0万"), "常住人口", "万人")]), plan)
    assert result.exit_code == 0 and ",1302.0,万人" in result.output, result.output


# --- 2. a cell with no value type; a line break or tab in a cell ------------------------------------------------


def test_a_cell_without_a_value_type_shows_its_text(tmp_path: Path) -> None:
    """A cell with a paragraph and no ``office:value-type`` (odfpy, hand-made exporters) shows its text in
    LibreOffice; calamine read it as empty, and 5.2‰ against ≤4‰ was never judged."""
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _bare("5.2")), _row(2024, _n(3))]))
    assert result.exit_code == 1 and ",2025,5.2,‰,value,fail" in result.output, result.output


def test_an_error_without_a_value_type_is_refused_at_its_cell(tmp_path: Path) -> None:
    """A formula with no value type that shows ``#DIV/0!`` was read as empty, and 2023 passed in its place."""
    cell = _bare("#DIV/0!", ' table:formula="of:=1/0"')
    _refused_at(tmp_path, _ods(tmp_path, [_row(2024, cell), _row(2023, _n(3))]), "D2", "#DIV/0!")


def test_a_sheet_of_cells_without_a_value_type_is_read(tmp_path: Path) -> None:
    """Every cell written without a value type: the sheet was called empty though it shows 15 filled cells."""
    def bare_row(*texts: str) -> str:
        return "<table:table-row>" + "".join(_bare(text) for text in texts) + "</table:table-row>"

    data = _ods(tmp_path, [bare_row("甲市", "婴儿死亡率", "2025", "3.5", "‰")],
                head=bare_row("地区", "指标", "年份", "数值", "单位"))
    result = _judged(tmp_path, data)
    assert result.exit_code == 0 and ",2025,3.5,‰,value,pass" in result.output, result.output


@pytest.mark.parametrize("mark, shown", [("<text:line-break/>", "4\\n1"), ("<text:tab/>", "4\\t1")])
def test_a_line_break_or_tab_in_a_cell_never_glues_its_digits(tmp_path: Path, mark: str, shown: str) -> None:
    """``4``, a line break (Shift+Enter) or a tab, ``1``: calamine glues them into 41‰, a fail. The cell shows two
    figures and is refused at its cell, as the same text in two paragraphs, or an .xlsx cell ``4\\n1``, is."""
    cell = f'<table:table-cell office:value-type="string"><text:p>4{mark}1</text:p></table:table-cell>'
    _refused_at(tmp_path, _ods(tmp_path, [_row(2025, cell)]), "D2", shown)


# --- 3. repeat counts, comments, > in an attribute --------------------------------------------------------------


def test_a_signed_repeat_count_places_the_facts_where_the_value_reader_reads(tmp_path: Path) -> None:
    """``table:number-rows-repeated="+3"`` is 3 rows to calamine (and XML Schema) and was one to the facts: the error
    at D5 was placed at D3 and 2024 read 0‰, a pass."""
    empty = '<table:table-row table:number-rows-repeated="+3"><table:table-cell table:number-columns-repeated="5"/></table:table-row>'
    data = _ods(tmp_path, [_row(2024, _ERROR), _row(2023, _n(3))], head=empty + _HEAD)
    _refused_at(tmp_path, data, "D5", "#DIV/0!")


def test_a_repeat_count_the_value_reader_cannot_read_is_refused(tmp_path: Path) -> None:
    """A count the value reader refuses (`` 3``) is refused at the sheet, as no count, never counted otherwise."""
    row = '<table:table-row table:number-rows-repeated=" 3"><table:table-cell table:number-columns-repeated="5"/></table:table-row>'
    result = _judged(tmp_path, _ods(tmp_path, [row, _row(2025, _n(3))]))
    assert result.exit_code == 2 and "internal error" not in result.output and "[数据]" in result.output, result.output


def test_a_signed_repeat_count_is_held_to_the_cell_limit(tmp_path: Path) -> None:
    """A row of 40 cells repeated ``+1048000`` times (1.7 KB) was counted as one row, past the cell limit, and the value
    reader ran out of memory (exit 3). It is refused by the limit, before the value reader opens it."""
    wide = "".join(_n(i) for i in range(40))
    bomb = f'<table:table-row table:number-rows-repeated="+1048000">{wide}</table:table-row>'
    result = _judged(tmp_path, _ods(tmp_path, [bomb]))
    assert result.exit_code == 2 and "5,000,000" in result.output, result.output


@pytest.mark.parametrize("before", [True, False], ids=["above the error", "below the error"])
def test_a_row_in_a_comment_moves_no_fact(tmp_path: Path, before: bool) -> None:
    """A ``<table:table-row>`` in an XML comment, which calamine skips, was counted as a row: the error's text was
    written over the next row's 3, or off the sheet (2024 read 0‰, a pass)."""
    comment = "<!-- old: <table:table-row><table:table-cell/></table:table-row> -->"
    rows = [comment, _row(2024, _ERROR), _row(2023, _n(3))] if before else [_row(2023, _n(3)), comment, _row(2024, _ERROR)]
    _refused_at(tmp_path, _ods(tmp_path, rows), "D2" if before else "D3", "#DIV/0!")


def test_comments_that_open_rows_are_read_in_linear_time(tmp_path: Path) -> None:
    """10,000 comments ``<!--<table:table-row>-->`` after the last row (1.8 KB) took 12.8 s, 200,000 over a minute:
    each row start without an end made the row pattern scan to the table's end. Comments are now gone first."""
    data = _ods(tmp_path, [_row(2025, _n(3)), "<!--<table:table-row>-->" * 10_000])
    started = time.perf_counter()
    result = _judged(tmp_path, data)
    assert result.exit_code == 0 and ",2025,3.0,‰,value,pass" in result.output, result.output
    assert time.perf_counter() - started < 5


def test_a_greater_than_sign_in_an_attribute_hides_no_error(tmp_path: Path) -> None:
    """A raw ``>`` in ``table:formula="of:=IF([.C2]>2000;1/0;0)"`` (legal XML) ended the cell's tag for the fact
    patterns: its ``calcext:value-type="error"`` was never seen and 2024 read 0‰, a pass."""
    cell = _ERROR.replace("of:=1/0", "of:=IF([.C2]>2000;1/0;0)")
    _refused_at(tmp_path, _ods(tmp_path, [_row(2024, cell), _row(2023, _n(3))]), "D2", "#DIV/0!")


# --- 4. merged and hidden cells ---------------------------------------------------------------------------------


def test_an_indicator_merged_over_its_years_names_each_year(tmp_path: Path) -> None:
    """An indicator cell merged down over its two year rows (``table:number-rows-spanned="2"``) was refused (an empty
    indicator cell under it); the .xlsx twin reads each year under its name, and so does the .ods now."""
    def merged(text: str) -> str:
        return (f'<table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="1" '
                f'office:value-type="string"><text:p>{text}</text:p></table:table-cell>')

    def row(name: str, year: int, value: float, unit: str) -> str:
        return f"<table:table-row>{_s('甲市')}{name}{_n(year)}{_n(value)}{_s(unit)}</table:table-row>"

    covered = "<table:covered-table-cell/>"
    rows = [row(merged("婴儿死亡率"), 2025, 3.5, "‰"), row(covered, 2024, 4.6, "‰"),
            row(merged("人均预期寿命"), 2025, 80.1, "岁"), row(covered, 2024, 79.9, "岁")]
    plan = _IMR + "  - id: le\n    name: {zh: 人均预期寿命}\n    unit: 岁\n    direction: up\n    targets:\n" \
                  "      2025: {text: \"79.7\"}\n"
    result = _judged(tmp_path, _ods(tmp_path, rows), plan)
    assert result.exit_code == 0, result.output
    assert ",2025,3.5,‰,value,pass" in result.output and ",2025,80.1,岁,value,pass" in result.output, result.output


def test_an_empty_hidden_column_is_passed_over_and_a_filled_one_refused_at_its_sheet(tmp_path: Path) -> None:
    """An empty hidden column refused the whole file, with no sheet named: it holds nothing to read. One that holds
    data is refused at its sheet and column, as in an .xlsx file."""
    hidden = '<table:table-column table:number-columns-repeated="5"/><table:table-column table:visibility="collapse"/>'
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(3))], columns=hidden))
    assert result.exit_code == 0 and ",2025,3.0,‰,value,pass" in result.output, result.output
    hidden = ('<table:table-column table:number-columns-repeated="3"/><table:table-column table:visibility="collapse"/>'
              '<table:table-column/>')
    result = _judged(tmp_path, _ods(tmp_path, [_row(2025, _n(3))], columns=hidden, name="filled.ods"))
    assert result.exit_code == 2 and "[数据]" in result.output and "column D" in result.output, result.output


# --- 5. a unit line under a table -------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["单位：%", "注：单位：%", "注：1.单位：%；2.2024年为快报数"])
def test_a_unit_line_under_a_csv_table_is_refused_at_its_line(tmp_path: Path, line: str) -> None:
    """``单位：%`` (alone or in a note) under a CSV table was passed over and the values read in the plan's ‰, a pass; the
    same line above the header is refused. It is refused at its line; over a second table's header it is that table's
    (refused there where the table has no 单位 column, read where it has one)."""
    data = written(tmp_path, f"指标,2023年,2024年\n婴儿死亡率,3,3.5\n{line}\n")
    result = _judged(tmp_path, data)
    assert result.exit_code == 2 and "data.csv:3" in result.output and "gives a unit" in result.output, result.output
    second = written(tmp_path, "指标,2024年,单位\n婴儿死亡率,3.5,‰\n单位：岁\n指标,2024年,单位\n人均预期寿命,80,岁\n", "two.csv")
    assert "gives a unit" not in _judged(tmp_path, second).output


@pytest.mark.parametrize("line", ["单位：%", "注：单位：%"])
def test_a_unit_line_under_a_sheets_table_is_refused(tmp_path: Path, line: str) -> None:
    """A workbook's 单位 line gives the unit of the rows below it; under the last table's rows it gave none and was
    passed over without a word, as was a note giving a unit."""
    from files import workbook_of

    book = workbook_of({"数据": [["指标", "2023年", "2024年"], ["婴儿死亡率", 3, 3.5], [line]]}, tmp_path / "data.xlsx")
    result = _judged(tmp_path, str(book))
    assert result.exit_code == 2 and "[数据]" in result.output and "gives a unit" in result.output, result.output



# --- 6. workbook parts in another encoding ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["GBK", "UTF-16"])
def test_a_sheet_in_another_encoding_is_read_as_it_declares(tmp_path: Path, encoding: str) -> None:
    """A sheet saved in GBK with Chinese text (``encoding="GBK"``) was refused as a damaged workbook, one in UTF-16 read
    as an empty sheet: the value reader reads UTF-8 alone, though the facts were read as declared. The value reader is
    now given each such part in UTF-8."""
    from files import INLINE_HEADER_ROW, OFFICE_RELATIONSHIPS, SHEET_NAMESPACES, xlsx_package

    cells = "".join(f'<c r="{column}2" t="inlineStr"><is><t>{text}</t></is></c>' if isinstance(text, str) else
                    f'<c r="{column}2"><v>{text}</v></c>' for column, text in zip("ABCDE", ("甲市", "婴儿死亡率", 2025, 3.5, "‰")))
    sheet = (f'<?xml version="1.0" encoding="{encoding}"?><worksheet {SHEET_NAMESPACES}><sheetData>{INLINE_HEADER_ROW}'
             f'<row r="2">{cells}</row></sheetData></worksheet>')
    part = sheet.encode("utf-16") if encoding == "UTF-16" else sheet.encode("gbk")
    book = xlsx_package(tmp_path / "data.xlsx", [
        ("xl/workbook.xml", f'<workbook {SHEET_NAMESPACES}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>'
                            "</workbook>"),
        ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       f'<Relationship Id="rId1" Type="{OFFICE_RELATIONSHIPS}/worksheet" '
                                       'Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", part)])
    result = _judged(tmp_path, book)
    assert result.exit_code == 0 and ",2025,3.5,‰,value,pass" in result.output, result.output


# --- 7. documents in a Western encoding -------------------------------------------------------------------------

_ENGLISH = ("Health plan\n\nBy 2030, reduce the infant mortality rate to 4\u00a0per 1,000 live births, and increase "
            "women\u2019s life expectancy to 82 years.\n")


def test_a_windows_1252_text_is_refused_never_read_as_gbk(tmp_path: Path) -> None:
    """English text saved in windows-1252 was read as GBK: ``women’s`` became ``women抯`` (drafted as a Chinese name),
    a no-break space before ``per`` ``爌``, without a word about the encoding. Its bytes above ASCII each stand alone,
    as no Chinese text's do: it is refused, the encoding named."""
    from checker.documents.readers import read_document
    from checker.errors import CheckerError

    path = tmp_path / "plan.txt"
    path.write_bytes(_ENGLISH.encode("cp1252"))
    with pytest.raises(CheckerError, match="windows-1252"):
        read_document(path)


def test_an_html_page_is_decoded_as_its_charset_declares(tmp_path: Path) -> None:
    """A page declaring ``charset=windows-1252`` was decoded as UTF-8, then GBK, and refused with a CSV's hint."""
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    path = tmp_path / "plan.html"
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            f'<p>{_ENGLISH.splitlines()[2]}</p></body></html>')
    path.write_bytes(page.encode("cp1252"))
    draft = build(read_document(path))
    assert any("women\u2019s life expectancy" in str(item["name"]) for item in draft.indicators), draft.indicators
