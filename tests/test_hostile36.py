"""Thirty-sixth round, hostile and messy input: parts in UTF-16 that declare entities, entities nothing declares,
.ods number styles that were not read, HTML charset labels as browsers read them, title lines above a CSV header, a
span of two plan periods, a 注 line under a yearbook table, and the reasons a few refusals give."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from files import (INLINE_HEADER_ROW, OFFICE_RELATIONSHIPS, SHEET_NAMESPACES, check, indicator_plan, ods_package,
                   written, xlsx_package)

_IMR = indicator_plan("婴儿死亡率", "‰", "down", "≤4‰")


def _judged(folder: Path, data: str, plan: str = _IMR, as_of: str = "2025") -> object:
    return check(written(folder, plan, "plan.yaml"), data, "--as-of", as_of, "--format", "csv")


# --- 2. a DTD in a UTF-16 part; an entity nothing declares -----------------------------------------------------

def _sheet_xml(value_2024: str, encoding: str = "UTF-8", dtd: str = "") -> str:
    """A long-layout sheet: 甲市 婴儿死亡率 in 2024 (D2 holds ``value_2024`` as written) and 2023 (D3 = 3)."""
    def row(number: int, year: int, value: str) -> str:
        return (f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>甲市</t></is></c><c r="B{number}" '
                f't="inlineStr"><is><t>婴儿死亡率</t></is></c><c r="C{number}"><v>{year}</v></c><c r="D{number}">'
                f'<v>{value}</v></c><c r="E{number}" t="inlineStr"><is><t>‰</t></is></c></row>')

    return (f'<?xml version="1.0" encoding="{encoding}"?>{dtd}<worksheet {SHEET_NAMESPACES}><sheetData>'
            f'{INLINE_HEADER_ROW}{row(2, 2024, value_2024)}{row(3, 2023, "3")}</sheetData></worksheet>')


def _book(folder: Path, sheet: bytes, name: str = "data.xlsx") -> str:
    return xlsx_package(folder / name, [
        ("xl/workbook.xml", f'<workbook {SHEET_NAMESPACES}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>'
                            "</workbook>"),
        ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       f'<Relationship Id="rId1" Type="{OFFICE_RELATIONSHIPS}/worksheet" '
                                       'Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet)])


def test_a_utf16_sheet_that_declares_an_entity_is_refused(tmp_path: Path) -> None:
    """The DTD check looked at the part's bytes before they were decoded: in UTF-16 ``<!DOCTYPE`` is ``<\\0!\\0D\\0…``,
    so it never fired, and the 2024 cell holding ``&v;`` (5.0‰, a fail) was dropped: 2023's 3‰ passed, exit 0."""
    sheet = _sheet_xml("&v;", "UTF-16", '<!DOCTYPE worksheet [<!ENTITY v "5.0">]>').encode("utf-16")
    result = _judged(tmp_path, _book(tmp_path, sheet), as_of="2024")
    assert result.exit_code == 2 and "declares a DTD or entities" in result.output, result.output


def test_an_entity_nothing_declares_is_refused_at_its_cell(tmp_path: Path) -> None:
    """``<v>&v;</v>`` with no DTD at all is not well-formed XML (Excel repairs the file); the value reader read D2 as
    empty and 2023's 3‰ passed. It is refused at D2; ``&amp;`` and character references are no such reference."""
    result = _judged(tmp_path, _book(tmp_path, _sheet_xml("&v;").encode()), as_of="2024")
    assert result.exit_code == 2 and "[数据]!D2" in result.output and "'&v;'" in result.output, result.output
    rows = _sheet_xml("5.0").split("</row>")
    rows[0] += '<c r="F1" t="inlineStr"><is><t>备注</t></is></c>'
    rows[1] += '<c r="F2" t="inlineStr"><is><t>快报&amp;&#20013; &lt;</t></is></c>'
    plain = "</row>".join(rows)
    result = _judged(tmp_path, _book(tmp_path, plain.encode(), "plain.xlsx"), as_of="2024")
    assert result.exit_code != 2 and ",2024,5.0,‰," in result.output, result.output


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2"')


def _s(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def _n(value: float, shown: str, style: str = "") -> str:
    styled = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell office:value-type="float" office:value="{value}"{styled}><text:p>{shown}</text:p>'
            "</table:table-cell>")


def _ods_content(rows: list[str], automatic: str = "", dtd: str = "", encoding: str = "UTF-8") -> str:
    head = "<table:table-row>" + "".join(_s(h) for h in ["地区", "指标", "年份", "数值", "单位"]) + "</table:table-row>"
    return (f'<?xml version="1.0" encoding="{encoding}"?>{dtd}<office:document-content {_ODS_NS}><office:automatic-styles>'
            f'{automatic}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="数据">'
            f'{head}{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>')


def _ods_row(year: int, cell: str, name: str = "婴儿死亡率", unit: str = "‰") -> str:
    return f"<table:table-row>{_s('甲市')}{_s(name)}{_n(year, str(year))}{cell}{_s(unit)}</table:table-row>"


def test_a_utf16_ods_content_that_declares_an_entity_is_refused_as_an_ods(tmp_path: Path) -> None:
    """content.xml in UTF-16 with ``<!ENTITY row …>`` got past the DTD check, and the 2024 row written as ``&row;``
    was dropped (2023 passed, exit 0). The refusal also said "which Excel files never do" of an OpenDocument file."""
    content = _ods_content(["&row;", _ods_row(2023, _n(3, "3"))], encoding="UTF-16",
                           dtd=f'<!DOCTYPE office:document-content [<!ENTITY row "">]>')
    data = tmp_path / "data.ods"
    ods_package(data, "")
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(tmp_path / "crafted.ods", "w") as target:
        for info in source.infolist():
            target.writestr(info, content.encode("utf-16") if info.filename == "content.xml" else source.read(info))
    result = _judged(tmp_path, str(tmp_path / "crafted.ods"), as_of="2024")
    assert result.exit_code == 2 and "declares a DTD or entities" in result.output, result.output
    assert "which Excel" not in result.output and "OpenDocument" in result.output


def test_an_ods_entity_nothing_declares_is_refused_at_its_sheet(tmp_path: Path) -> None:
    """An .ods cell holding ``&v;`` with no DTD was read as empty, a fail turned n/a; it is refused, the sheet named."""
    data = ods_package(tmp_path / "data.ods", _ods_content([_ods_row(2024, _n(5.0, "&v;")),
                                                             _ods_row(2023, _n(3, "3"))]).replace(
        'office:value="5.0"', 'office:value="&v;"'))
    result = _judged(tmp_path, data, as_of="2024")
    assert result.exit_code == 2 and "[数据]" in result.output and "'&v;'" in result.output, result.output


def test_a_utf16_word_part_that_declares_an_entity_is_refused(tmp_path: Path) -> None:
    """document.xml in UTF-16 with ``<!ENTITY t …>`` got past the check, and the paragraph ``&t;`` (the 80岁 target)
    was dropped from the draft without a note, exit 0."""
    docx = pytest.importorskip("docx")
    from click.testing import CliRunner

    from checker.cli import main

    document = docx.Document()
    document.add_paragraph("到2030年，婴儿死亡率控制在4‰以下。")
    document.add_paragraph("SECOND")
    document.save(tmp_path / "base.docx")
    with zipfile.ZipFile(tmp_path / "base.docx") as source, zipfile.ZipFile(tmp_path / "crafted.docx", "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                end = text.index("?>") + 2
                text = (text[:end].replace("UTF-8", "UTF-16") + '<!DOCTYPE w:document [<!ENTITY t '
                        '"到2030年，人均预期寿命达到80岁。">]>' + text[end:].replace("SECOND", "&t;"))
                data = text.encode("utf-16")
            target.writestr(info, data)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "crafted.docx")])
    assert result.exit_code == 2 and "declares a DTD or entities" in result.output, result.output


# --- 3. .ods number styles: Default, a column's default style, currency styles, an unstruck child ---------------

_POPULATION = indicator_plan("常住人口", "万人", "down", "≤1400万人")
#: a number format 0.0"万" shown in ten thousands (LibreOffice's display-factor)
_WAN = ('<number:{kind}-style style:name="NW">{symbol}<number:number number:decimal-places="1" '
        'number:min-integer-digits="1" number:display-factor="10000"/><number:text>万</number:text></number:{kind}-style>')


def _styled_ods(folder: Path, cell: str, automatic: str = "", common: str = "", columns: str = "") -> str:
    """An .ods of 常住人口 in 2025 (the year a string cell, D2 ``cell``) with ``styles.xml`` holding ``common``."""
    content = _ods_content([f"<table:table-row>{_s('甲市')}{_s('常住人口')}{_s('2025')}{cell}{_s('万人')}"
                            "</table:table-row>"], automatic)
    if columns:
        content = content.replace('<table:table table:name="数据">', f'<table:table table:name="数据">{columns}')
    path = ods_package(folder / "data.ods", content)
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODS_NS}><office:styles>{common}'
              "</office:styles></office:document-styles>")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("styles.xml", styles)
    return path


def test_an_unstyled_cell_shows_through_the_default_style(tmp_path: Path) -> None:
    """A cell with no style of its own shows through the ``Default`` cell style; given a 万 format (Styles → Default
    → Numbers), 13020000 shows ``1302.0万`` and was read 13020000万人 (a fail, 929900% over)."""
    common = _WAN.format(kind="number", symbol="") + \
        '<style:style style:name="Default" style:family="table-cell" style:data-style-name="NW"/>'
    result = _judged(tmp_path, _styled_ods(tmp_path, _n(13020000, "1302.0万"), common=common), _POPULATION)
    assert result.exit_code == 0 and ",2025,1302.0,万人,value,pass" in result.output, result.output


def test_an_unstyled_cell_shows_through_its_columns_default_style(tmp_path: Path) -> None:
    """A column's ``table:default-cell-style-name`` (a whole column given the 万 format) was refused as "not looked
    for" once any style scaled; its unstyled cells are now read through it, the other columns' as stored."""
    automatic = _WAN.format(kind="number", symbol="") + \
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" ' \
        'style:data-style-name="NW"/>'
    columns = ('<table:table-column table:number-columns-repeated="3" table:default-cell-style-name="Default"/>'
               '<table:table-column table:default-cell-style-name="ce1"/>'
               '<table:table-column table:default-cell-style-name="Default"/>')
    result = _judged(tmp_path, _styled_ods(tmp_path, _n(13020000, "1302.0万"), automatic, columns=columns), _POPULATION)
    assert result.exit_code == 0 and ",2025,1302.0,万人,value,pass" in result.output, result.output


@pytest.mark.parametrize("value_type", ["float", "currency"])
def test_a_currency_style_that_scales_reads_as_it_shows(tmp_path: Path, value_type: str) -> None:
    """``<number:currency-style>`` (any format with a currency symbol) was never read: ``¥1302.0万`` read 13020000万人.
    LibreOffice also types such a cell ``currency``."""
    automatic = _WAN.format(kind="currency", symbol='<number:currency-symbol number:language="zh" '
                            'number:country="CN">¥</number:currency-symbol>') + \
        '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="NW"/>'
    cell = _n(13020000, "¥1302.0万", "ce1").replace('office:value-type="float"', f'office:value-type="{value_type}"')
    result = _judged(tmp_path, _styled_ods(tmp_path, cell, automatic), _POPULATION)
    assert result.exit_code == 0 and ",2025,1302.0,万人,value,pass" in result.output, result.output


def test_a_map_of_two_levels_is_refused_at_its_cell(tmp_path: Path) -> None:
    """A section that hands its value to a style with maps of its own (to a 万 section) was read as stored
    (13020000万人); whether LibreOffice follows the second level is not known, so the cell is refused."""
    automatic = ('<number:number-style style:name="N1P1"><number:number number:decimal-places="1" '
                 'number:min-integer-digits="1" number:display-factor="10000"/><number:text>万</number:text>'
                 '</number:number-style><number:number-style style:name="N1P0"><number:number '
                 'number:decimal-places="0" number:min-integer-digits="1"/><style:map '
                 'style:condition="value()&gt;=1000000" style:apply-style-name="N1P1"/></number:number-style>'
                 '<number:number-style style:name="N1"><number:text>-</number:text><number:number '
                 'number:decimal-places="0" number:min-integer-digits="1"/><style:map style:condition="value()&gt;=0" '
                 'style:apply-style-name="N1P0"/></number:number-style>'
                 '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>')
    result = _judged(tmp_path, _styled_ods(tmp_path, _n(13020000, "1302.0万", "ce1"), automatic), _POPULATION)
    assert result.exit_code == 2 and "[数据]!D2" in result.output and "two levels" in result.output, result.output


def test_a_child_style_that_turns_the_strike_off_is_not_struck(tmp_path: Path) -> None:
    """A cell style saying ``text-line-through-style="none"`` under a struck parent was read as struck (``~~3.5~~``,
    refused): the child's own word wins, as LibreOffice shows it."""
    automatic = ('<style:style style:name="ce1" style:family="table-cell"><style:text-properties '
                 'style:text-line-through-style="solid"/></style:style><style:style style:name="ce2" '
                 'style:family="table-cell" style:parent-style-name="ce1"><style:text-properties '
                 'style:text-line-through-style="none"/></style:style>')
    data = ods_package(tmp_path / "data.ods", _ods_content([_ods_row(2025, _n(3.5, "3.5", "ce2"))], automatic))
    result = _judged(tmp_path, data)
    assert result.exit_code == 0 and ",2025,3.5,‰," in result.output, result.output
    struck = ods_package(tmp_path / "struck.ods", _ods_content([_ods_row(2025, _n(3.5, "3.5", "ce1"))], automatic))
    assert _judged(tmp_path, struck).exit_code == 2


# --- 4. an HTML page's charset, as browsers read it ----------------------------------------------------------------

_PAGE = ('<html><head>{head}<title>甲市卫生健康事业发展规划</title></head><body>\n'
         '<h1>甲市卫生健康事业发展规划（2021—2025年）</h1>\n<p>本规划期为二〇二一年至二〇二五年。</p>\n'
         '<p>到2025年，婴儿死亡率控制在5‰以下，人均预期寿命达到79.5岁。</p>\n</body></html>\n')


@pytest.mark.parametrize("label", ["gb2312", "GB2312", "x-gbk", "GB_2312-80"])
def test_a_page_labelled_gb2312_holding_a_gbk_character_is_read_as_gbk(tmp_path: Path, label: str) -> None:
    """Browsers (the WHATWG Encoding Standard) decode every GB2312 and GBK label as GBK; checker decoded ``gb2312``
    with Python's strict codec and refused a page holding 〇 (二〇二五年, GBK A996, not in GB2312), the commonest
    mislabelled government page."""
    from files import draft_of_file

    page = tmp_path / "plan.html"
    page.write_bytes(_PAGE.format(head=f'<meta charset="{label}">').encode("gbk"))
    _, targets = draft_of_file(page)
    assert {name for name, _, _ in targets} >= {"婴儿死亡率", "人均预期寿命"}, targets


def test_a_commented_out_meta_is_no_declaration(tmp_path: Path) -> None:
    """``<!-- <meta charset="big5"> --><meta charset="gbk">``: the commented-out meta was taken as the declaration,
    and the page refused (or, where its bytes happen to be Big5 too, read as Big5 mojibake); a browser's prescan
    passes comments over."""
    from files import draft_of_file

    page = tmp_path / "plan.html"
    page.write_bytes(_PAGE.format(head='<!-- <meta charset="big5"> --><meta charset="gbk">').encode("gbk"))
    _, targets = draft_of_file(page)
    assert {name for name, _, _ in targets} >= {"婴儿死亡率", "人均预期寿命"}, targets


# --- 5. a title or note line with a full-width comma above a CSV header ---------------------------------------------

@pytest.mark.parametrize("title", ["说明：本表数据来源于甲市卫生健康委，2024年为快报数", "甲市卫生健康主要指标（2024年，快报）"])
@pytest.mark.parametrize("separator", [",", "\t"])
def test_a_title_line_with_a_full_width_comma_is_passed_over(tmp_path: Path, title: str, separator: str) -> None:
    """The separator was judged by the first line alone: a title or note with a full-width comma (and no ASCII one)
    above a comma-separated header made the whole file refused as "separated by full-width commas". The header is the
    first line that holds a separator; the title is passed over as one without a comma is."""
    rows = [["地区", "指标", "年份", "数值", "单位"], ["甲市", "婴儿死亡率", "2025", "3.5", "‰"]]
    data = written(tmp_path, title + "\n" + "".join(separator.join(row) + "\n" for row in rows))
    result = _judged(tmp_path, data)
    assert result.exit_code == 0 and ",2025,3.5,‰," in result.output, result.output
    # where no line at the start holds an ASCII separator, the full-width commas are the columns': still refused
    data = written(tmp_path, title + "\n" + "".join("，".join(row) + "\n" for row in rows), "wide.csv")
    result = _judged(tmp_path, data)
    assert result.exit_code == 2 and "full-width commas" in result.output and "wide.csv:1" in result.output


# --- 1. a span of plan periods before a change ----------------------------------------------------------------------

@pytest.mark.parametrize(("words", "base"), [("“十二五”至“十四五”期间", 2010), ("十二五到十四五时期", 2010),
                                             ("“十三五”“十四五”两个五年规划期间", 2015), ("“十三五”、“十四五”期间", 2015),
                                             ("“十三五”和“十四五”期间婴儿死亡率", 2015)])
def test_a_span_of_plan_periods_counts_from_the_year_before_the_first(words: str, base: int) -> None:
    """`“十二五”至“十四五”期间累计下降30%` was read as a name (subject 十二五至十四五期间), so the change was measured from
    the plan's base year without a note; a span of periods counts from the year before its first (2010), as
    `“十四五”期间` counts from 2020, and the note names the span's end (2025)."""
    from checker.language.grammar import parse_target

    rule = parse_target(f"{words}累计下降30%", "%", "down")
    assert rule.base_year == base and rule.subject in (None, "婴儿死亡率"), rule
    assert any("a change over the period" in note and "2025" in note for note in rule.notes), rule.notes


@pytest.mark.parametrize("words", ["十二五和十四五期间", "“十四五”至“十二五”期间"])
def test_periods_out_of_order_or_with_one_left_out_are_refused(words: str) -> None:
    """Two periods that are no one span (十三五 left out of a list, or a range run backward) were a name too; which year
    the change counts from is no guess: refused, the periods named."""
    from checker.errors import GrammarError
    from checker.language.grammar import parse_target

    with pytest.raises(GrammarError, match="not one span in order"):
        parse_target(f"{words}累计下降30%", "%", "down")


def test_a_span_of_periods_is_judged_from_its_base_and_lint_says_so(tmp_path: Path) -> None:
    """The repro: base 2020, 2025: `“十二五”至“十四五”期间累计下降30%` with 2010 20.0, 2020 16.0, 2025 13.9 failed
    (≤ 11.2 from 2020), lint quiet; from 2010 the target is ≤ 14.0 and 13.9 passes, and lint warns [period-base] but no
    [phrase-year] (the span ends in 2025)."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, indicator_plan("重大慢性病过早死亡率", "%", "down", "“十二五”至“十四五”期间累计下降30%"),
                   "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n" + "".join(
        f"甲市,重大慢性病过早死亡率,{year},{value},%\n" for year, value in ((2010, 20.0), (2020, 16.0), (2025, 13.9))))
    result = check(plan, data, "--format", "csv")
    assert result.exit_code == 0 and "2010年基期值" in result.output, result.output
    lint = CliRunner().invoke(main, ["lint", plan]).output
    assert "[period-base]" in lint and "[phrase-year]" not in lint, lint


def test_extract_keeps_a_leading_span_of_periods_with_its_change() -> None:
    """`“十二五”至“十四五”期间，重大慢性病过早死亡率累计下降30%。` was drafted as `累计下降30%` alone, measured from the plan's
    base year; the span's words are joined to the target's, as a single period's are."""
    from files import drafted_targets

    drafted = {name: text for name, _, text, _ in drafted_targets(
        "南京市健康促进行动方案（2024—2027年）\n\n一、主要目标\n“十二五”至“十四五”期间，重大慢性病过早死亡率累计下降30%。\n"
        "“十三五”“十四五”两个五年规划期间，孕产妇死亡率累计下降20%。\n")}
    assert drafted == {"重大慢性病过早死亡率": "“十二五”至“十四五”期间累计下降30%",
                       "孕产妇死亡率": "“十三五”“十四五”两个五年规划期间累计下降20%"}, drafted


# --- 6. a note under a by-place table that gives one place another year ---------------------------------------------

def test_a_note_that_redates_one_place_refuses_its_value(tmp_path: Path) -> None:
    """`注：乙县为2022年数据。` under a table of 2023 by place was passed over: 乙县's 4.6 was judged as 2023's without a
    word. The value is refused at its cell, the note quoted; the other places' values stand."""
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤4‰").replace("甲市", "乙县"), "plan.yaml")
    table = "表3-2 各县（市、区）婴儿死亡率（2023年）\n地区,婴儿死亡率（‰）\n甲县,3.1\n乙县,4.6\n{}"
    result = check(plan, written(tmp_path, table.format("注：乙县为2022年数据。\n")), "--format", "csv")
    assert result.exit_code == 2 and "data.csv:4:2" in result.output and "2022" in result.output, result.output
    result = check(plan, written(tmp_path, table.format("注：甲县为2022年数据。\n"), "other.csv"), "--format", "csv")
    assert result.exit_code == 2 and "other.csv:3:2" in result.output, result.output
    result = check(plan, written(tmp_path, table.format("注：2023年为快报数。\n"), "plain.csv"), "--format", "csv")
    assert result.exit_code != 2 and ",2023,4.6,‰," in result.output, result.output


# --- 7. the lead of a 实事 list -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["到2025年底，完成以下民生实事：", "到2025年，完成以下民生实事项目："])
def test_the_lead_of_a_list_of_practical_deeds_is_no_target(lead: str) -> None:
    """`到2025年底，完成以下民生实事：` was drafted as a target named 以下民生实事 (text 完成以下民生实事) besides the items
    under it: it is the list's lead, as `实现以下目标：` is."""
    from files import drafted_of

    drafted = drafted_of(f"2025年泉州市卫生健康民生实事项目\n{lead}\n1. 新建村卫生室12个。\n2. 新增托位800个。\n")
    assert {name for name, _, _ in drafted} == {"新建村卫生室", "新增托位"}, drafted


# --- 9. a blank PDF -------------------------------------------------------------------------------------------------

def test_a_blank_pdf_is_called_blank_not_a_scan(tmp_path: Path) -> None:
    """A PDF whose pages draw nothing (no text, no image) was called "only images (a scan?)", with OCR for advice;
    there is nothing to OCR: it is said to be blank."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import pdf_pages

    path = pdf_pages(tmp_path / "blank.pdf", [lambda page: None, lambda page: None])
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2 and "no text and no images" in result.output and "OCR" not in result.output, \
        result.output


# --- 10. merged year headers over sub-columns of no known role ------------------------------------------------------

@pytest.mark.parametrize("under", [("计划", "完成"), ("男", "女"), ("目标值", "实际值")])
def test_years_over_unknown_sub_columns_are_refused_at_the_sub_heading(tmp_path: Path, under: tuple[str, str]) -> None:
    """Years merged over 计划 | 完成 (or 男 | 女) were refused as "missing columns year, value" at row 1 with the hint to
    delete the title line, which is the year row; over 目标值 | 实际值 the refusal named C1 (the year's cell) for the
    header in C2. The refusal now says the years stand over sub-columns none of which is known to be the value, at C2."""
    from files import workbook_of

    book = workbook_of({"数据": [["指标", "单位", "2023年", None, "2024年", None], [None, None, *under, *under],
                                 ["婴儿死亡率", "‰", 4.5, 3, 4.2, 5]]}, tmp_path / "data.xlsx",
                       {"数据": ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]})
    result = _judged(tmp_path, str(book))
    assert result.exit_code == 2 and "[数据]!C2" in result.output and "sub-columns" in result.output, result.output
    assert "title line" not in result.output
