"""Thirty-third round, second pass: a workbook's XML facts where the first pass still read them wrong — a styles part
with an id that is no number, a number format that scales its number (``#,##0,``, ``0!.0,"万"``). Each workbook is
written by hand, byte by byte, so that each test controls its XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import check, indicator_plan, written, xlsx_package
from files import INLINE_HEADER_ROW as _HEADER, OFFICE_RELATIONSHIPS as _REL, SHEET_NAMESPACES as _NS



def _row(number: int, indicator: str, year: int, value: str, unit: str, style: int = 0) -> str:
    """A row 甲市 | indicator | year | value (of cell style ``style``) | unit."""
    return (f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>甲市</t></is></c>'
            f'<c r="B{number}" t="inlineStr"><is><t>{indicator}</t></is></c><c r="C{number}"><v>{year}</v></c>'
            f'<c r="D{number}" s="{style}"><v>{value}</v></c><c r="E{number}" t="inlineStr"><is><t>{unit}</t></is></c>'
            "</row>")


def _styles(formats: dict[int, str], xfs: str = "", fonts: str = '<font><sz val="11"/></font>') -> str:
    """A styles part of the custom number ``formats`` (id → code) and cell styles: 0 plain, then ``xfs``."""
    codes = "".join(f'<numFmt numFmtId="{n}" formatCode="{c.replace(chr(34), "&quot;")}"/>' for n, c in formats.items())
    return (f'<styleSheet {_NS}><numFmts>{codes}</numFmts><fonts>{fonts}</fonts><fills><fill/></fills>'
            f'<borders><border/></borders><cellXfs><xf numFmtId="0" fontId="0"/>{xfs}</cellXfs></styleSheet>')


_STRICT = ('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" '
           'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"')


def _book(folder: Path, rows: list[str], styles: str, name: str = "data.xlsx", strict: bool = False,
          target: str = "worksheets/sheet1.xml", sheet: str | None = None) -> str:
    """A workbook of one sheet 数据 holding the header and ``rows``, with the styles part ``styles``; ``strict``: saved
    as Strict Open XML (its namespaces those of Excel's "Strict Open XML Spreadsheet"); ``target``: the sheet's part
    as the workbook's relationships name it (its entry is xl/worksheets/sheet1.xml); ``sheet``: the sheet's XML in
    place of one holding ``rows``."""
    path = folder / name
    namespaces, kinds = (_STRICT, "http://purl.oclc.org/ooxml/officeDocument/relationships") if strict else (_NS, _REL)
    styles = styles.replace(_NS, namespaces)
    sheet = sheet or (f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {namespaces}><sheetData>{_HEADER}{"".join(rows)}'
                      "</sheetData></worksheet>")
    return xlsx_package(path, [
        ("xl/workbook.xml", f'<workbook {namespaces}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>'
         "</workbook>"),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{kinds}/worksheet" Target="{target}"/>'
         f'<Relationship Id="rId2" Type="{kinds}/styles" Target="styles.xml"/></Relationships>'),
        ("xl/styles.xml", styles),
        ("xl/worksheets/sheet1.xml", sheet)])


_IMR_ROWS = [_row(2, "婴儿死亡率", 2025, "3", "‰", 1)]


@pytest.mark.parametrize("styles", [
    _styles({"abc": "0.0"}, '<xf numFmtId="0" fontId="0"/>'),  # (a custom format's own id)
    _styles({}, '<xf numFmtId="1.0" fontId="0"/>'),
    _styles({}, '<xf numFmtId="0" fontId=""/>'),
], ids=["numFmt id", "xf numFmtId", "xf fontId"])
def test_a_style_id_that_is_no_number_is_refused_at_the_workbook(tmp_path: Path, styles: str) -> None:
    """A styles part naming a format or font by an id that is no number (``numFmtId="abc"``, ``"1.0"``,
    ``fontId=""``) was an internal error (exit 3, int() of it); now the workbook is refused, the part and the id
    named: which format its cells show is unknown."""
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤7.5‰"), "plan.yaml")
    result = check(plan, _book(tmp_path, _IMR_ROWS, styles), "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "xl/styles.xml" in result.output and "no number" in result.output



@pytest.mark.parametrize("code, unit", [
    ('0!.0,"万"', "万人"),  # the usual Chinese 万 format: 13020000 shows 1302.0万
    ("0!.0,", "万人"),  # the same without the word: 1302.0 in the row's 万人
    ('0\\.0,"万人"', "万人"),
    ("#,##0,", "千人"),  # thousands: 13,020 in the row's 千人
    ('#,##0,"千人"', "千人"),
])
def test_a_number_format_that_scales_its_number_reads_as_shown(tmp_path: Path, code: str, unit: str) -> None:
    """A number format's comma after its last digit divides the shown number by 1,000 (``#,##0,`` shows 13020000 as
    13,020), and a dot written as text among its digits moves the point (``0!.0,"万"`` shows it as 1302.0万): both were
    ignored, and 13020000 in a 万人 or 千人 row was read 1,000 or 10,000 times too large (a fail, 相差 929900%). Now the
    cell reads as it shows: 1302万人, a pass."""
    plan = written(tmp_path, indicator_plan("常住人口", "万人", "down", "≤1400万人"), "plan.yaml")
    rows = [_row(2, "常住人口", 2025, "13020000", unit, 1)]
    result = check(plan, _book(tmp_path, rows, _styles({164: code}, '<xf numFmtId="164" fontId="0"/>')), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",pass," in result.output and "1302万人" in result.output


def test_a_percent_format_that_scales_reads_as_shown(tmp_path: Path) -> None:
    """950 formatted ``0.0%,`` shows 95.0% (×100, then ÷1,000): it was refused as 95000%, a value Excel never shows;
    now it reads 95%, a pass of ≥90%."""
    plan = written(tmp_path, indicator_plan("孕产妇系统管理率", "%", "up", "≥90%"), "plan.yaml")
    rows = [_row(2, "孕产妇系统管理率", 2025, "950", "%", 1)]
    result = check(plan, _book(tmp_path, rows, _styles({164: "0.0%,"}, '<xf numFmtId="164" fontId="0"/>')),
                   "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ",pass," in result.output and "95%" in result.output


_PERCENT = _styles({}, '<xf numFmtId="9" fontId="0"/>')  # style 1: 0%


@pytest.mark.parametrize("rows, plan, expected", [
    ([_row(2, "婴儿死亡率", 2024, "3", "‰"), _row(3, "婴儿死亡率", 2025, "#DIV/0!", "‰").replace('s="0"', 's="0" t="e"')],
     ("婴儿死亡率", "‰", "down", "≤7.5‰"), "D3: cannot read value '#DIV/0!'"),
    ([_row(2, "婴儿死亡率", 2024, "3", "‰"), _row(3, "婴儿死亡率", 2025, "9", "‰").replace('<row r="3"', '<row r="3" hidden="1"')],
     ("婴儿死亡率", "‰", "down", "≤7.5‰"), "row 3 of the sheet is hidden"),
    ([_row(2, "孕产妇系统管理率", 2025, "0.95", "%", 1)], ("孕产妇系统管理率", "%", "up", "≥90%"), ",pass,"),
], ids=["error cell", "hidden row", "percent"])
def test_a_strict_open_xml_workbook_has_its_facts_read(tmp_path: Path, rows: list[str], plan: tuple,
                                                       expected: str) -> None:
    """A workbook saved as Strict Open XML (its namespaces purl.oclc.org/ooxml/…) had no sheet part found, so none of
    its facts were read: a #DIV/0! was read as missing and the year before judged, a hidden row judged, 0.95 in 0% read
    as 0.95% (a fail). Its facts are now read as a transitional file's are."""
    result = check(written(tmp_path, indicator_plan(*plan), "plan.yaml"),
                   _book(tmp_path, rows, _PERCENT, strict=True), "--format", "csv")
    assert expected in result.output, result.output
    assert result.exit_code == (0 if expected == ",pass," else 2), result.output


def test_a_sheet_part_named_in_another_case_has_its_facts_read(tmp_path: Path) -> None:
    """A part's name is case-insensitive: relationships naming ``Worksheets/Sheet1.xml`` for the entry
    xl/worksheets/sheet1.xml had the values read (the value reader finds it) but no facts (the fact reader did not, and
    read the sheet as one without any): the #DIV/0! of 2025 was read as missing and 2024's 3‰ judged. Now one
    resolution serves both: the error cell is refused."""
    rows = [_row(2, "婴儿死亡率", 2024, "3", "‰"), _row(3, "婴儿死亡率", 2025, "#DIV/0!", "‰").replace('s="0"', 's="0" t="e"')]
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤7.5‰"), "plan.yaml")
    result = check(plan, _book(tmp_path, rows, _PERCENT, target="Worksheets/Sheet1.xml"), "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "D3: cannot read value '#DIV/0!'" in result.output


def _unplaced(year: int, value: str, prefix: str = "", hidden: str = "") -> str:
    """A row 甲市 | 婴儿死亡率 | year | value | ‰ with no r on it or its cells, its tags under ``prefix`` (``x:``)."""
    def text(words: str) -> str:
        return f'<{prefix}c t="inlineStr"><{prefix}is><{prefix}t>{words}</{prefix}t></{prefix}is></{prefix}c>'
    return (f"<{prefix}row{hidden}>{text('甲市')}{text('婴儿死亡率')}<{prefix}c><{prefix}v>{year}</{prefix}v></{prefix}c>"
            f"{value}{text('‰')}</{prefix}row>")


def _sheet(rows: str, prefix: str = "", before: str = "") -> str:
    """A sheet of the header and ``rows`` (none placed by r), its tags under ``prefix``, ``before`` its root."""
    header = _HEADER.replace('<row r="1">', "<row>")
    for column in "ABCDE":
        header = header.replace(f' r="{column}1"', "")
    if prefix:
        header = header.replace("<", f"<{prefix}").replace(f"<{prefix}/", f"</{prefix}")
    namespaces = _NS.replace('xmlns="', f'xmlns:{prefix[:-1]}="') if prefix else _NS
    return (f'{before}<?xml version="1.0" encoding="UTF-8"?>\n<{prefix}worksheet {namespaces}><{prefix}sheetData>'
            f"{header}{rows}</{prefix}sheetData></{prefix}worksheet>")


_ERROR = '<c t="e"><v>#DIV/0!</v></c>'
_IMR = ("婴儿死亡率", "‰", "down", "≤7.5‰")


@pytest.mark.parametrize("sheet, cell", [
    (_sheet(_unplaced(2024, "<c><v>3</v></c>") + _unplaced(2025, _ERROR)).replace("<sheetData>", "<!-- <row> --><sheetData>"),
     "D3"),  # the error in the last row was placed off the sheet
    (_sheet(_unplaced(2025, _ERROR) + _unplaced(2024, "<c><v>3</v></c>")).replace("<sheetData>", "<?note <row> ?><sheetData>"),
     "D2"),  # the error was placed on D3, a cell holding 3
    (_sheet(_unplaced(2025, _ERROR).replace("<c><v>", "<!-- old: <c> --><c><v>") + _unplaced(2024, "<c><v>3</v></c>")),
     "D2"),  # the error text was placed over the unit cell E2
    (_sheet(_unplaced(2025, _ERROR).replace("<t>婴儿死亡率</t>", "<t><![CDATA[婴儿死亡率<c>]]></t>")
            + _unplaced(2024, "<c><v>3</v></c>")), "D2"),
    (_sheet(_unplaced(2025, _ERROR.replace("<", "<x:").replace("<x:/", "</x:"), "x:")
            + _unplaced(2024, "<x:c><x:v>3</x:v></x:c>", "x:"), "x:", "\ufeff"), "D2"),  # a BOM before <x:worksheet>
    (_sheet(_unplaced(2025, _ERROR.replace("<", "<x:").replace("<x:/", "</x:"), "x:")
            + _unplaced(2024, "<x:c><x:v>3</x:v></x:c>", "x:"), "x:").replace("?>", "?><!-- by hand -->", 1), "D2"),
    (_sheet(_unplaced(2025, _ERROR.replace("<", "<x:").replace("<x:/", "</x:"), "x:")
            + _unplaced(2024, "<x:c><x:v>3</x:v></x:c>", "x:"), "x:").replace("<x:worksheet ", "<worksheet ")
     .replace("</x:worksheet>", "</worksheet>"), "D2"),  # <x:c> under a plain root
], ids=["comment row, last row", "PI row", "comment c", "CDATA c", "BOM prefixed", "comment prefixed",
        "prefixed cells, plain root"])
def test_markup_holding_no_cell_does_not_move_the_facts(tmp_path: Path, sheet: str, cell: str) -> None:
    """A comment, processing instruction or CDATA holding ``<row>`` or ``<c>`` was counted as a row or cell where cells
    have no r, so every fact after it (an error cell, a hidden row, a percent) was placed one row or column on — off the
    sheet, or onto another cell; a prefixed sheet after a byte order mark or comment, or prefixed cells under a plain
    root, kept its cells unplaced (the error read as missing). Now they are skipped as the value reader skips them: the
    #DIV/0! is refused at its own cell."""
    plan = written(tmp_path, indicator_plan(*_IMR), "plan.yaml")
    result = check(plan, _book(tmp_path, [], _PERCENT, sheet=sheet), "--format", "csv")
    assert f"{cell}: cannot read value '#DIV/0!'" in result.output, result.output
    assert result.exit_code == 2


@pytest.mark.parametrize("value", ["<c><v>4&#46;5</v></c>", "<c><v>&#x33;</v></c>", "<c><v><![CDATA[3]]></v></c>",
                                   '<c s="&#49;"><v>3</v></c>'])
def test_a_value_or_attribute_written_with_a_character_reference_is_refused(tmp_path: Path, value: str) -> None:
    """A value written with a character reference or as CDATA (``<v>4&#46;5</v>``) was read by the value reader as
    another number (4, a pass where 4.5 fails) or none (n/a); a cell's style written so (``s="&#49;"``) was not seen.
    Excel writes neither: the workbook is now refused at the sheet, the place quoted."""
    plan = written(tmp_path, indicator_plan(*_IMR), "plan.yaml")
    result = check(plan, _book(tmp_path, [], _PERCENT, sheet=_sheet(_unplaced(2025, value))), "--format", "csv")
    assert result.exit_code == 2, result.output
    assert "character reference or as CDATA" in result.output


@pytest.mark.parametrize("rows, expected", [
    ([_row(2, "婴儿死亡率", 2025, "3", "‰").replace('s="0"', 's="02"')], "D2: the cell's number format shows no number"),
    ([_row(2, "婴儿死亡率", 2024, "3", "‰"), _row(3, "婴儿死亡率", 2025, "9", "‰").replace('<row r="3"', '<row r="3" hidden=" 1 "')],
     "row 3 of the sheet is hidden"),
], ids=["s=02", "hidden= 1 "])
def test_an_attribute_as_xml_may_write_it_is_read(tmp_path: Path, rows: list[str], expected: str) -> None:
    """A style written with a leading zero (``s="02"``, a ;;; format) or ``hidden=" 1 "`` (XML's unsignedInt and
    boolean allow both) was not recognised, and the hidden value judged; now they are read as the value reader reads
    them, and the hidden value refused."""
    styles = _styles({164: ";;;"}, '<xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/>')
    result = check(written(tmp_path, indicator_plan(*_IMR), "plan.yaml"), _book(tmp_path, rows, styles), "--format", "csv")
    assert expected in result.output, result.output
    assert result.exit_code == 2
