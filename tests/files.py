"""Files the data and plan tests write: a text saved under a test's folder, a plan loaded from its YAML
(a helper module, not a test)."""

from __future__ import annotations

from pathlib import Path

#: a plan's head for tests that write a plan: its region 甲市, based in 2020, one target year 2025
HEAD = """\
plan:
  id: test
  title: {zh: 测试规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
"""
#: a plan of one lower-is-better indicator (婴儿死亡率 in ‰), based in 2020, one 2025 target of ≤7.5‰
IMR_PLAN = HEAD + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "≤7.5‰"}
"""


def life_expectancy_plan(text: str) -> str:
    """The plan head with one indicator, 人均预期寿命 in 岁 (up), and one 2025 target of ``text``."""
    return HEAD + f"""\
  - id: le
    name: {{zh: 人均预期寿命}}
    unit: 岁
    direction: up
    targets:
      2025: {{text: "{text}"}}
"""


def indicator_plan(name: str, unit: str, direction: str, text: str, baseline: str = "") -> str:
    """The plan head with one indicator ``name`` (its id ``ind``) and one 2025 target of ``text``; ``baseline``: its
    YAML mapping (``{2020: 77.93}``), if any."""
    return HEAD + f"""\
  - id: ind
    name: {{zh: {name}}}
    unit: "{unit}"
    direction: {direction}
""" + (f"    baseline: {baseline}\n" if baseline else "") + f"""\
    targets:
      2025: {{text: "{text}"}}
"""


def written(folder: Path, text: str, name: str = "data.csv") -> str:
    """``text`` saved as UTF-8 in ``folder`` under ``name``; its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def plan_from(folder: Path, text: str, name: str = "plan.yaml"):
    """The plan ``text`` (YAML) declares, loaded from a file in ``folder``."""
    from checker.plan.loader import load_plan

    return load_plan(written(folder, text, name))


def workbook_of(sheets: dict[str, list[list]], path: Path, merges: dict[str, list[str]] | None = None,
                formats: dict[str, dict[str, str]] | None = None, hidden: tuple[str, ...] = ()) -> Path:
    """A workbook (openpyxl) with a sheet per entry of ``sheets`` holding its rows, cells merged as ``merges`` says,
    number-formatted as ``formats`` says (sheet → cell → format), the sheets ``hidden`` hidden."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for merged in (merges or {}).get(name, []):
            sheet.merge_cells(merged)
        for cell, code in (formats or {}).get(name, {}).items():
            sheet[cell].number_format = code
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


#: the namespace of a workbook's relationship types (transitional OOXML, as Excel writes it)
OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: a hand-written sheet's or workbook's namespace declarations
SHEET_NAMESPACES = f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{OFFICE_RELATIONSHIPS}"'
#: the header row of a long-layout data sheet, in inline strings (地区, 指标, 年份, 数值, 单位 in A1:E1)
INLINE_HEADER_ROW = '<row r="1">' + "".join(f'<c r="{column}1" t="inlineStr"><is><t>{name}</t></is></c>'
                                             for column, name in zip("ABCDE", ("地区", "指标", "年份", "数值", "单位"))) + "</row>"


def xlsx_package(path: Path, entries) -> str:
    """A workbook written by hand, part by part: the package's content types and its root relationship to
    xl/workbook.xml, then ``entries`` ((name, text) pairs, a name twice if given twice) exactly as a test wants them."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                      '<Default Extension="xml" ContentType="application/xml"/>'
                      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        book.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      f'<Relationship Id="rId1" Type="{OFFICE_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>'
                      "</Relationships>")
        for name, text in entries:
            book.writestr(name, text)
    return str(path)


def ods_package(path: Path, content: str) -> str:
    """An OpenDocument spreadsheet written by hand: its mimetype, manifest and ``content`` (content.xml) as given."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         '<manifest:file-entry manifest:full-path="/" '
                         'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                         '</manifest:manifest>', zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return str(path)


def ods_of(path: Path, rows_xml: str) -> str:
    """An OpenDocument spreadsheet of one sheet (Sheet1) holding ``rows_xml``."""
    return ods_package(path, '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                       'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
                       f'<office:spreadsheet><table:table table:name="Sheet1">{rows_xml}</table:table>'
                       '</office:spreadsheet></office:body></office:document-content>')


def draft_of_file(path: Path):
    """The draft of the document at ``path``, and its targets as (name, year, text)."""
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    draft = build(read_document(path))
    return draft, {(item["name"]["zh"], year, entry["text"]) for item in draft.indicators
                   for year, entry in item["targets"].items()}


def drafted_targets(text: str) -> list[tuple]:
    """(indicator name, year, target text, review notes) of every target ``checker extract`` drafts from the plain
    ``text``; [] where it refuses the text."""
    from checker.documents.draft import build
    from checker.documents.text import read_text
    from checker.errors import CheckerError

    try:
        draft = build(read_text(text, "plan.txt"))
    except CheckerError:
        return []
    return [((item["name"].get("zh") or item["name"]["en"]), year, target["text"], target.get("review"))
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])]


def drafted_of(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target ``checker extract`` drafts from the plain ``text``."""
    return {(name, year, words) for name, year, words, _ in drafted_targets(text)}


def check(*arguments):
    """``checker check`` with ``arguments``, run in-process (click's runner): the result, with exit_code and output."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["check", *map(str, arguments)])


def reference_plan(folder: Path, region: str, role: str, reference: str, phrase: str) -> str:
    """A plan of ``region`` whose 人均预期寿命 target is ``phrase``, its ``role`` reference ``reference``."""
    return written(folder, HEAD.replace("甲市", region).replace("  target_years: [2025]\n",
                   f"  target_years: [2025]\n  references: {{{role}: {reference}}}\n") +
                   "  - id: le\n    name: {zh: 人均预期寿命}\n    unit: 岁\n    direction: up\n    targets:\n"
                   f"      2025: {{text: {phrase}}}\n", "plan.yaml")


def pdf_pages(path: Path, pages: list) -> Path:
    """A PDF of A4 pages (reportlab), each drawn by a function of the canvas (STSong-Light, 10 pt); the test is skipped
    where pdfplumber or reportlab is missing."""
    import pytest

    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), pagesize=A4)
    for draw in pages:
        page.setFont("STSong-Light", 10)
        draw(page)
        page.showPage()
    page.save()
    return path


def extract_refusal(text: str) -> str:
    """The message ``checker extract`` refuses the plain ``text`` with ('' where it drafts it)."""
    from checker.documents.draft import build
    from checker.documents.text import read_text
    from checker.errors import CheckerError

    try:
        build(read_text(text, "plan.txt"))
    except CheckerError as error:
        return error.message
    return ""
