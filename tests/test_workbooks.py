"""Excel workbooks as data (issue 17 item 1): the same observations as the equivalent CSV, located
errors in ``file.xlsx[Sheet]!C12`` form, the statistical-yearbook shape, formulas, dates, percentages.

Workbooks are built with openpyxl; where openpyxl cannot write what Excel writes (a formula's saved
value, a float stored with all its digits) the sheet's XML is edited the way Excel would have it.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from click.testing import CliRunner  # noqa: E402

from checker.cli import main  # noqa: E402
from checker.errors import CheckerError, Location  # noqa: E402
from checker.data.readers import read_observations  # noqa: E402
from files import workbook_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "nanan-2030.csv"

LONG_CSV = """地区,指标,年份,数值,单位,备注
南安市,婴儿死亡率,2020,2.19,‰,
南安市,婴儿死亡率,2024,3.1（快报数）,‰,
南安市,人均预期寿命,2020,78.5,岁,示例
福建省,婴儿死亡率,2024,-,‰,
"""
WIDE_CSV = """指标,单位,2015,2020,2024年
婴儿死亡率,‰,4.24,2.19,3.1*
孕产妇死亡率,1/10万,12,,10.5
"""


def _number(cell: str):
    """A CSV cell as a person types it into Excel: numbers become numbers, the rest stays text."""
    try:
        value = float(cell)
    except ValueError:
        return cell or None
    return int(value) if value.is_integer() and "." not in cell else value


_book = workbook_of


def _csv_rows(text: str) -> list[list]:
    import csv

    return [[_number(cell) for cell in row] for row in csv.reader(io.StringIO(text))]


def _edit_sheet_xml(path: Path, old: str, new: str, sheet: int = 1) -> None:
    """Replace ``old`` by ``new`` in a sheet's XML (what Excel would have written there)."""
    part = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    xml = items[part].decode().replace("<v></v>", "<v />")  # openpyxl writes an empty value so with lxml
    assert old in xml, xml
    items[part] = xml.replace(old, new).encode()
    # Excel saves the values it calculated and drops openpyxl's request to calculate on opening
    items["xl/workbook.xml"] = re.sub(rb'\s*fullCalcOnLoad="1"', b"", items["xl/workbook.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def _meaning(observations) -> list[tuple]:
    """What an observation says, without where it came from."""
    return [(o.region, o.indicator, o.year, o.value, o.unit, o.notes) for o in observations.items]


def _error(*paths, **options) -> CheckerError:
    with pytest.raises(CheckerError) as caught:
        read_observations(*paths, **options)
    return caught.value


# --- the same observations as the CSV ---------------------------------------------------------


@pytest.mark.parametrize("text", [LONG_CSV, WIDE_CSV], ids=["long", "wide"])
def test_a_workbook_reads_as_the_equivalent_csv(tmp_path, text):
    csv_path = tmp_path / "data.csv"
    csv_path.write_text(text, encoding="utf-8")
    book = _book({"Sheet1": _csv_rows(text)}, tmp_path / "data.xlsx")
    from_csv, from_book = read_observations(csv_path), read_observations(book)
    assert _meaning(from_book) == _meaning(from_csv)
    assert from_book.files[0].layout == from_csv.files[0].layout
    assert from_book.files[0].sheet == "Sheet1" and from_book.files[0].rows == from_csv.files[0].rows
    # every observation points at its cell: same row and column as the CSV's line and cell, on the sheet
    for csv_item, book_item in zip(from_csv.items, from_book.items):
        assert (book_item.location.line, book_item.location.column) == (csv_item.location.line, csv_item.location.column)
        assert book_item.location.sheet == "Sheet1"


def test_the_bundled_example_as_a_workbook_gives_the_same_verdicts(tmp_path):
    import csv

    rows = [[_number(cell) for cell in row] for row in csv.reader(EXAMPLE.open(encoding="utf-8"))]
    book = _book({"数据": rows}, tmp_path / "nanan.xlsx")
    runner = CliRunner()
    from_csv = json.loads(runner.invoke(main, ["check", "nanan-2030", str(EXAMPLE), "--format", "json"]).output)
    done = runner.invoke(main, ["check", "nanan-2030", str(book), "--format", "json"])
    assert done.exit_code == 1, done.output  # the example has failing targets, as from the CSV
    from_book = json.loads(done.output)
    assert from_book["summary"] == from_csv["summary"]
    assert [r["status"] for r in from_book["results"]] == [r["status"] for r in from_csv["results"]]
    assert [r["reason"] for r in from_book["results"]] == [r["reason"] for r in from_csv["results"]]
    assert from_book["data"][0]["sheet"] == "数据"
    observed = [r["evidence"]["observation"] for r in from_book["results"] if r["evidence"].get("observation")]
    assert observed and all(o["sheet"] == "数据" and o["cell"] == f"D{o['line']}" for o in observed)


def test_the_yearbook_shape_reads_as_the_plain_wide_csv(tmp_path):
    """A title row, the unit above the table, 指标 merged over two header rows, 年份 merged over the
    years, a year heading stored as a date, a unit in an indicator's name, footnotes under the table."""
    rows = [
        ["表3-2 南安市主要健康指标", None, None, None],
        [None, None, None, "单位：‰"],
        ["指标", "年份", None, None],
        [None, 2015, datetime.datetime(2020, 1, 1), "2024年"],
        ["婴儿死亡率", 4.24, 2.19, "3.1*"],
        ["孕产妇死亡率（1/10万）", 12, None, 10.5],
        [None, None, None, None],
        ["注：2024年为快报数。", None, None, None],
        ["资料来源：南安市卫生健康局", None, None, None],
    ]
    book = _book({"表3-2": rows}, tmp_path / "yearbook.xlsx", {"表3-2": ["A1:D1", "A3:A4", "B3:D3"]})
    plain = tmp_path / "plain.csv"
    plain.write_text("指标,单位,2015,2020,2024年\n婴儿死亡率,‰,4.24,2.19,3.1*\n孕产妇死亡率（1/10万）,,12,,10.5\n"
                     "注：2024年为快报数。,,,,\n资料来源：南安市卫生健康局,,,,\n", encoding="utf-8")
    from_book = read_observations(book)
    # (the title names the rows' place: 南安市's, where the plain CSV's rows are the judged region's)
    assert [row[1:] for row in _meaning(from_book)] == [row[1:] for row in _meaning(read_observations(plain))]
    assert {item.region for item in from_book.items} == {"南安市"}
    assert from_book.files[0].rows == 2  # the footnotes are not data rows
    assert from_book.items[2].notes == ("* (annotated)", "注：2024年为快报数。")  # but say 2024's are preliminary
    assert str(from_book.items[0].location) == f"{book}[表3-2]!B5"


def test_merged_label_cells_hold_for_every_row_they_cover(tmp_path):
    rows = [["地区", "指标", "年份", "数值"],
            ["泉州市", "婴儿死亡率", 2020, 2.5],
            [None, "婴儿死亡率", 2021, 2.4],
            ["南安市", "婴儿死亡率", 2020, 2.19]]
    book = _book({"S": rows}, tmp_path / "merged.xlsx", {"S": ["A2:A3"]})
    assert [o.region for o in read_observations(book).items] == ["泉州市", "泉州市", "南安市"]


# --- sheets -----------------------------------------------------------------------------------


def _two_sheets(tmp_path: Path) -> Path:
    return _book({"2023": [["指标", "年份", "数值"], ["婴儿死亡率", 2023, 2.5]],
                  "2024": [["指标", "年份", "数值"], ["婴儿死亡率", 2024, 2.4]],
                  "说明": []}, tmp_path / "two.xlsx")


def test_the_first_sheet_by_default_a_named_one_or_every_one(tmp_path):
    book = _two_sheets(tmp_path)
    assert [o.year for o in read_observations(book).items] == [2023]
    assert [o.year for o in read_observations(book, sheet="2024").items] == [2024]
    assert [o.year for o in read_observations(f"{book}#2024").items] == [2024]
    every = read_observations(book, sheet="*")
    assert [o.year for o in every.items] == [2023, 2024]
    assert [f.sheet for f in every.files] == ["2023", "2024"]  # the empty sheet holds nothing to read


def test_an_unknown_sheet_names_the_sheets_there_are(tmp_path):
    error = _error(_two_sheets(tmp_path), sheet="2025")
    assert "no sheet '2025'" in error.message and "'2023', '2024'" in error.message and "--sheet" in error.hint


def test_the_sheet_option_on_the_command_line(tmp_path):
    book = _two_sheets(tmp_path)
    runner = CliRunner()
    done = runner.invoke(main, ["validate", str(book), "--plan", "nanan-2030", "--sheet", "2024", "--format", "json"])
    document = json.loads(done.output)
    assert document["data"][0]["file"] == str(book)
    done = runner.invoke(main, ["check", "nanan-2030", str(book), "--sheet", "*", "--format", "json"])
    document = json.loads(done.output)
    assert [d["sheet"] for d in document["data"]] == ["2023", "2024"]
    infant = next(r for r in document["results"] if r["indicator"] == "infant_mortality")
    assert infant["year"] == 2024 and infant["evidence"]["observation"]["cell"] == "C2"


# --- cells ------------------------------------------------------------------------------------


def test_numbers_as_excel_stores_them_without_float_noise(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 0.3], ["人均预期寿命", 2020, 78]]},
                 tmp_path / "noise.xlsx")
    _edit_sheet_xml(book, "<v>0.3</v>", "<v>0.30000000000000004</v>")  # 0.1+0.2 as Excel stores it
    items = read_observations(book).items
    assert items[0].text == "0.3" and items[0].value == 0.3
    assert items[1].text == "78"


def test_a_percent_formatted_cell_reads_as_the_percentage_it_shows(tmp_path):
    book = tmp_path / "percent.xlsx"
    _book({"S": [["指标", "年份", "数值"], ["居民健康素养水平", 2024, 0.285]]}, book)
    source = openpyxl.load_workbook(book)
    source["S"]["C2"].number_format = "0.0%"
    source.save(book)
    item = read_observations(book).items[0]
    assert (item.text, item.value, item.unit) == ("28.5%", 28.5, "%")


def test_formulas_are_read_by_their_saved_value(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, "=2+0.19"]]}, tmp_path / "formula.xlsx")
    _edit_sheet_xml(book, "<f>2+0.19</f><v />", "<f>2+0.19</f><v>2.19</v>")  # saved by Excel
    assert read_observations(book).items[0].value == 2.19


def test_a_formula_without_a_saved_value_is_a_located_error(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, "=2+0.19"], ["x", 2021, "=1"]]},
                 tmp_path / "formula.xlsx")
    error = _error(book)  # openpyxl, as XlsxWriter, asks Excel to calculate on opening: no formula is calculated
    assert error.location == Location(str(book), 2, 3, sheet="S")
    assert str(error).startswith(f"{book}[S]!C2: the formula in this cell has no value to read: the sheet's "
                                 "formulas were saved without being calculated")
    assert "save it" in error.hint and "Recalculate Hard" in error.hint
    _edit_sheet_xml(book, "<f>1</f><v />", "<f>1</f><v>1</v>")  # one calculated, one not
    assert str(_error(book)).startswith(f"{book}[S]!C2: the formula in this cell has no saved value")


def test_formulas_all_saved_as_zero_are_refused_as_never_calculated(tmp_path):
    """XlsxWriter (pandas' writer) saves 0 for every formula and asks Excel to calculate on opening; a LibreOffice
    re-save without calculating keeps the 0s and drops the request. 婴儿死亡率 passed on "0‰", 人均期望寿命 failed
    on 0岁. Two or more formulas all saved as 0 are refused; one 0 among calculated values is a value."""
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, "=3+0.23"], ["人均期望寿命", 2020, "=80+0.23"]]},
                 tmp_path / "zeros.xlsx")
    _edit_sheet_xml(book, "<f>3+0.23</f><v />", "<f>3+0.23</f><v>0</v>")
    _edit_sheet_xml(book, "<f>80+0.23</f><v />", "<f>80+0.23</f><v>0</v>")
    assert "saved without being calculated (0 or nothing" in str(_error(book))
    _edit_sheet_xml(book, "<f>80+0.23</f><v>0</v>", "<f>80+0.23</f><v>80.23</v>")
    assert [o.value for o in read_observations(book).items] == [0.0, 80.23]


def test_dates_in_year_columns_are_years_elsewhere_an_error(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", datetime.date(2020, 1, 1), 2.19]]},
                 tmp_path / "year.xlsx")
    assert read_observations(book).items[0].year == 2020
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, datetime.date(2020, 3, 1)]]},
                 tmp_path / "value.xlsx")
    error = _error(book)
    assert str(error.location) == f"{book}[S]!C2" and "2020-03-01" in error.message


def test_annotated_text_cells_as_in_csv(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", "2024年", "396.75（快报数）"]]}, tmp_path / "a.xlsx")
    item = read_observations(book).items[0]
    assert (item.year, item.value, item.notes) == (2024, 396.75, ("快报数",))


def test_the_unit_above_the_table_and_a_unit_column_together_are_refused(tmp_path):
    book = _book({"S": [["单位：%"], ["指标", "年份", "数值", "单位"], ["x", 2020, 1, "%"]]}, tmp_path / "u.xlsx")
    error = _error(book)
    assert str(error.location) == f"{book}[S]!A1" and "unit column" in error.message


# --- located errors ---------------------------------------------------------------------------


def test_a_bad_cell_is_located_as_sheet_and_cell(tmp_path):
    rows = [["指标", "年份", "数值"]] + [["婴儿死亡率", 2000 + i, 2.0] for i in range(10)] + [["婴儿死亡率", 2020, "abc"]]
    book = _book({"Sheet1": rows}, tmp_path / "bad.xlsx")
    error = _error(book)
    assert str(error).startswith(f"{book}[Sheet1]!C12: cannot read value 'abc'")
    skipped = read_observations(book, skip_bad_rows=True).skipped
    assert [str(e.location) for e in skipped] == [f"{book}[Sheet1]!C12"]
    runner = CliRunner()
    done = runner.invoke(main, ["check", "nanan-2030", str(book)])
    assert done.exit_code == 2 and f"{book}[Sheet1]!C12" in done.output
    done = runner.invoke(main, ["validate", str(book), "--plan", "nanan-2030", "--format", "json"])
    finding = next(f for f in json.loads(done.output)["findings"] if f["line"] == 12)
    assert (finding["sheet"], finding["cell"]) == ("Sheet1", "C12")


def test_a_missing_header_is_located_at_the_sheet_row(tmp_path):
    book = _book({"S": [["名称", "数量"], ["x", 1]]}, tmp_path / "h.xlsx")
    error = _error(book)
    assert str(error.location) == f"{book}[S]!1:1" and "missing column" in error.message


def test_conflicting_duplicates_across_sheets_name_both_cells(tmp_path):
    book = _book({"A": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.19]],
                  "B": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.5]]}, tmp_path / "dup.xlsx")
    error = _error(book, sheet="*")
    assert f"{book}[A]!C2" in error.message and str(error.location) == f"{book}[B]!C2"


def test_a_workbook_renamed_csv_is_read_as_the_workbook_it_is(tmp_path):
    book = _book({"S": _csv_rows(LONG_CSV)}, tmp_path / "data.xlsx")
    renamed = tmp_path / "data.csv"
    renamed.write_bytes(book.read_bytes())
    assert _meaning(read_observations(renamed)) == _meaning(read_observations(book))
    assert read_observations(renamed).items[0].location.sheet == "S"


def test_a_broken_workbook_is_a_clean_error(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(200))
    error = _error(path)
    assert "cannot read the workbook" in error.message and "CSV UTF-8" in error.hint


# --- the report and the other outputs point at the cell --------------------------------------


def test_previous_submission_as_a_workbook_locates_revisions(tmp_path):
    old = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.19]]}, tmp_path / "old.xlsx")
    new = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.3], ["婴儿死亡率", 2024, 2.0]]},
                tmp_path / "new.xlsx")
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(new), "--previous", str(old), "--format", "json"])
    revision = json.loads(done.stdout)["revisions"][0]
    assert revision["old"]["cell"] == "C2" and revision["new"]["sheet"] == "S"


def test_report_and_github_point_at_the_sheet_cell(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.19], ["婴儿死亡率", 2024, 9.5]]},
                 tmp_path / "d.xlsx")
    out = tmp_path / "report.html"
    done = CliRunner().invoke(main, ["report", "nanan-2030", str(book), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert f"{book}[S]!C3" in out.read_text(encoding="utf-8")
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(book), "--format", "github"])
    line = next(line for line in done.output.splitlines() if "婴儿死亡率 2030" in line)
    assert "line=" not in line and "d.xlsx,title=" in line and line.endswith(f"({book}[S]!C3)")


def test_openpyxl_reads_xlsx_when_calamine_is_missing(tmp_path, monkeypatch):
    book = _book({"Sheet1": _csv_rows(LONG_CSV)}, tmp_path / "data.xlsx")
    expected = _meaning(read_observations(book))
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # import python_calamine → ImportError
    assert _meaning(read_observations(book)) == expected
    error = _error(_book({"S": [["指标", "年份", "数值"], ["x", 2020, "=1"]]}, tmp_path / "f.xlsx"))
    assert str(error.location) == f"{tmp_path / 'f.xlsx'}[S]!C2"


def test_workbook_reader_is_imported_only_for_workbooks(tmp_path):
    import subprocess

    code = ("import sys; from checker.data.readers import read_observations; "
            f"read_observations({str(EXAMPLE)!r}); print('python_calamine' in sys.modules, 'openpyxl' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"


def _ods(path: Path, cells: str) -> Path:
    """A minimal OpenDocument spreadsheet with one table whose rows are ``cells`` (content.xml rows)."""
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="表1">'
               f'{cells}</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def _ods_row(*cells) -> str:
    out = "<table:table-row>"
    for cell in cells:
        if isinstance(cell, str):
            out += f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>'
        else:
            kind, value = cell
            out += f'<table:table-cell office:value-type="{kind}" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return out + "</table:table-row>"


def test_an_ods_spreadsheet_is_read_and_its_percentages_refused(tmp_path):
    calamine = pytest.importorskip("python_calamine")  # noqa: F841 (openpyxl does not read .ods)
    header = _ods_row("指标", "年份", "数值")
    book = _ods(tmp_path / "data.ods", header + _ods_row("婴儿死亡率", ("float", 2020), ("float", 2.19)))
    items = read_observations(book).items
    assert [(o.year, o.value, str(o.location)) for o in items] == [(2020, 2.19, f"{book}[表1]!C2")]
    book = _ods(tmp_path / "percent.ods", header + _ods_row("居民健康素养水平", ("float", 2020), ("percentage", 0.285)))
    error = _error(book)
    assert "percentages" in error.message and ".xlsx" in error.hint


def test_a_yearbook_table_with_a_blank_stub_heading(tmp_path):
    """As health statistics digests print them: years over a blank corner, names with their units,
    a 其中 sub-row, a note under the table; the same with 项目 over the names."""
    rows = [["2021-2023年全市婴儿、新生儿、孕产妇死亡情况"],
            [None, 2021, 2022, 2023],
            ["婴儿死亡率(‰)", 2.33, 2.33, 2.42],
            ["孕产妇死亡率(1/10万)", 9.45, 7.19, 8.69],
            ["  其中:产后出血", 0.79, 0, 0.79],
            ["注:本表统计口径为全市户籍人口。"]]
    book = _book({"S": rows}, tmp_path / "digest.xlsx")
    read = read_observations(book)
    assert [(o.indicator, o.year, o.value) for o in read.items][:3] == [
        ("婴儿死亡率(‰)", 2021, 2.33), ("婴儿死亡率(‰)", 2022, 2.33), ("婴儿死亡率(‰)", 2023, 2.42)]
    assert read.files[0].layout == "wide" and read.files[0].rows == 3
    rows[1][0] = "项目"
    assert _meaning(read_observations(_book({"S": rows}, tmp_path / "named.xlsx"))) == _meaning(read)
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(book), "--format", "json"])
    document = json.loads(done.output)
    assert [u["name"] for u in document["unknown_indicators"]] == ["产后出血"]  # listed, never dropped (其中: is the table's mark)
    infant = next(r for r in document["results"] if r["indicator"] == "infant_mortality")
    assert infant["evidence"]["observation"]["cell"] == "D3"


def test_a_cell_showing_an_error_is_refused_at_its_cell_never_missing(tmp_path):
    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 1.5], ["婴儿死亡率", 2021, 2.0]]},
                 tmp_path / "error.xlsx")
    _edit_sheet_xml(book, '<c r="C2" t="n"><v>1.5</v></c>', '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    error = _error(book)
    assert str(error).startswith(f"{book}[S]!C2: cannot read value '#DIV/0!'")
    kept = read_observations(book, skip_bad_rows=True)
    assert [o.year for o in kept.items] == [2021] and len(kept.skipped) == 1


def test_sarif_and_validate_annotations_of_a_workbook_name_the_cell(tmp_path):
    from test_ci_formats import validate_sarif  # the OASIS schema check of the CI-format tests

    book = _book({"S": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.19], ["婴儿死亡率", 2024, 9.5],
                        ["不存在的指标", 2024, 1]]}, tmp_path / "d.xlsx")
    done = CliRunner().invoke(main, ["check", "nanan-2030", str(book), "--format", "sarif"])
    document = json.loads(done.output)
    validate_sarif(document)
    places = [location for result in document["runs"][0]["results"] for location in result.get("locations", [])
              if location.get("logicalLocations")]
    assert {"name": "S!C3", "fullyQualifiedName": f"{book}[S]!C3", "kind": "element"} in \
        [place["logicalLocations"][0] for place in places]
    assert not any("region" in place["physicalLocation"] for place in places)  # no line in a binary file
    done = CliRunner().invoke(main, ["validate", str(book), "--plan", "nanan-2030", "--format", "github"])
    unknown = next(line for line in done.output.splitlines() if "不存在的指标" in line)
    # (at the name's cell, A4, where the unknown name is written: round 40 moved it there from the value's, C4)
    assert "line=" not in unknown and unknown.endswith(f"({book}[S]!A4)")


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_a_hidden_sheet_is_passed_over_unless_named(tmp_path, monkeypatch, reader):
    book = tmp_path / "hidden.xlsx"
    _book({"代码表": [["指标", "年份", "数值"], ["婴儿死亡率", 2019, 9.9]],
           "数据": [["指标", "年份", "数值"], ["婴儿死亡率", 2020, 2.19]]}, book)
    source = openpyxl.load_workbook(book)
    source["代码表"].sheet_state = "hidden"
    source.active = 1
    source.save(book)
    if reader == "openpyxl":
        monkeypatch.setitem(sys.modules, "python_calamine", None)
    assert [o.year for o in read_observations(book).items] == [2020]
    assert [o.year for o in read_observations(book, sheet="*").items] == [2020]
    assert [o.year for o in read_observations(book, sheet="代码表").items] == [2019]


def test_a_date_stamp_above_a_named_header_is_no_header(tmp_path):
    rows = [[None, datetime.datetime(2024, 3, 1)],  # 制表日期 in a corner: read as a year, it looked like a header
            ["指标", 2015, 2016],
            ["婴儿死亡率", 4.24, 3.9]]
    items = read_observations(_book({"S": rows}, tmp_path / "stamp.xlsx")).items
    assert [(o.indicator, o.year, o.value) for o in items] == [("婴儿死亡率", 2015, 4.24), ("婴儿死亡率", 2016, 3.9)]
