"""Thirty-first round, hostile documents: files that show a reader one thing and gave checker another (struck-out,
hidden or wrapped text), or that cost far more to read than their size says. Each is read as a reader sees it, goes
to review, or is refused with a located reason (exit 2), never exit 3 or minutes of work."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from checker.errors import CheckerError

_TEXT = b"BT /F1 12 Tf 50 700 Td (By 2030, infant mortality will be reduced to 4 per 1,000 live births.) Tj ET"
_FONT = (5, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
_CATALOG = (1, b"<< /Type /Catalog /Pages 2 0 R >>")
_PAGES = (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")


def _pdf(path: Path, objects: list[tuple[int, bytes]]) -> Path:
    """A PDF of these numbered objects, with a correct cross-reference table."""
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start, size = len(out), max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[i] if i in offsets else b"0000000000 65535 f \n"
                    for i in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start)
    path.write_bytes(out)
    return path


def _stream(data: bytes, head: bytes = b"") -> bytes:
    return b"<< " + head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _page(box: bytes = b"/MediaBox [0 0 612 792]", contents: bytes = b"4 0 R", xobject: bytes = b"") -> tuple[int, bytes]:
    return 3, (b"<< /Type /Page /Parent 2 0 R " + box + b" /Contents " + contents
               + b" /Resources << /Font << /F1 5 0 R >> " + xobject + b" >> >>")


def _fan(path: Path, depth: int) -> Path:
    """A page that draws a form XObject which draws the next one ten times, ``depth`` levels, the last one line of
    text: 10**(depth-1) lines from a 2 KB file."""
    objects = [_CATALOG, _PAGES, _page(xobject=b"/XObject << /X 10 0 R >>"), (4, _stream(b"/X Do")), _FONT]
    for level in range(depth):
        last = level == depth - 1
        resources = b"<< /Font << /F1 5 0 R >> " + (b"" if last else b"/XObject << /X %d 0 R >> " % (11 + level)) + b">>"
        objects.append((10 + level, _stream(_TEXT if last else b"/X Do " * 10,
                                            b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + resources)))
    return _pdf(path, objects)


def _read(path: Path):
    from checker.documents.readers import read_document

    return read_document(path)


# --- PDF ----------------------------------------------------------------------------------------------------------

def test_a_pdf_whose_forms_draw_each_other_ten_times_a_level_is_refused_before_it_is_laid_out(tmp_path):
    """A 2 KB PDF whose form XObjects draw each other ten times a level (100,000 lines of text at depth 6) ran for
    minutes and took 3.4 GB: pdfminer lays out every character drawn. Now refused, naming the page, at once."""
    from checker.documents.pdf import MAX_PAGE_CHARACTERS

    bomb = _fan(tmp_path / "fan.pdf", 6)
    assert bomb.stat().st_size < 3000 and MAX_PAGE_CHARACTERS < 10 ** 5 * 60
    with pytest.raises(CheckerError) as caught:
        _read(bomb)
    assert "page 1 of the PDF draws more than" in caught.value.message


def test_a_pdf_page_that_names_one_stream_thousands_of_times_is_refused(tmp_path, monkeypatch):
    """A page whose /Contents array named one 90-byte stream 2,000 times took 19 s and 350 MB (8,000 times: over a
    minute and 1.3 GB): each is laid out. The stream is counted as often as the page names it."""
    from checker.documents import pdf

    monkeypatch.setattr(pdf, "MAX_PAGE_CHARACTERS", 5_000)
    bomb = _pdf(tmp_path / "repeat.pdf", [_CATALOG, _PAGES, _page(contents=b"[" + b"4 0 R " * 100 + b"]"),
                                          (4, _stream(_TEXT)), _FONT])
    with pytest.raises(CheckerError) as caught:
        _read(bomb)
    assert "page 1 of the PDF draws more than 5,000 characters" in caught.value.message
    assert "--max-file-mb" not in caught.value.message


def test_a_pdf_that_draws_a_form_a_few_times_or_itself_is_read(tmp_path, monkeypatch):
    """What is drawn over and over within the limit is read as before; a form that draws itself counts once."""
    from checker.documents import pdf

    monkeypatch.setattr(pdf, "MAX_PAGE_CHARACTERS", 5_000)
    assert _read(_fan(tmp_path / "fan.pdf", 2)).paragraphs  # (ten copies of one line, laid over each other)
    body = _TEXT + b" /X1 Do"
    itself = _pdf(tmp_path / "self.pdf", [_CATALOG, _PAGES, _page(xobject=b"/XObject << /X1 7 0 R >>"),
                                          (4, _stream(b"/X1 Do")), _FONT,
                                          (7, _stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                                            b"/Resources << /XObject << /X1 7 0 R >> /Font << /F1 5 0 R >> >>"))])
    assert "infant mortality" in _read(itself).paragraphs[0].text


def test_a_dense_page_of_chinese_is_well_within_the_limit(tmp_path):
    """A page set in 5-point Chinese with a rule under every word (13,000 characters, more than any plan's page) is
    read: its two-byte characters, written as octal escapes, are counted as characters, not as the escapes' bytes."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from checker.documents.pdf import MAX_PAGE_CHARACTERS

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "dense.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("STSong-Light", 5)
    for y in range(20, 830, 6):
        page.drawString(10, y, "到2030年，婴儿死亡率控制在4‰以下，人均预期寿命达到79.7岁" * 3)
        for x in range(10, 580, 40):
            page.line(x, y, x + 30, y)
    page.save()
    doc = _read(path)
    assert sum(len(text) for text in doc.lines.values()) > 13_000 and MAX_PAGE_CHARACTERS >= 100_000


@pytest.mark.parametrize("box", [b"", b"/MediaBox [0 0 612]"])
def test_a_pdf_page_without_a_valid_media_box_is_read_as_us_letter(tmp_path, box):
    """A page with no /MediaBox (none inherited), or one that is not four numbers, stopped pdfplumber with a TypeError
    or an IndexError: exit 3, "a bug in checker". Viewers (and pdfminer) give it US Letter; so does checker now."""
    path = _pdf(tmp_path / "box.pdf", [_CATALOG, _PAGES, _page(box=box), (4, _stream(_TEXT)), _FONT])
    assert "infant mortality" in _read(path).paragraphs[0].text


@pytest.mark.parametrize("box", [b"/MediaBox 7", b"/MediaBox [0 0 612 /x]"])
def test_a_pdf_page_whose_media_box_is_no_box_is_refused_at_the_page(tmp_path, box):
    """``/MediaBox 7`` (or a name in it) stops pdfminer itself before the page is made (exit 3): now a located
    refusal, exit 2."""
    from click.testing import CliRunner

    from checker.cli import main

    path = _pdf(tmp_path / "box.pdf", [_CATALOG, _PAGES, _page(box=box), (4, _stream(_TEXT)), _FONT])
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 2, result.output
    assert "cannot read page 1 of the PDF" in result.output and "/MediaBox" in result.output


def test_a_pdf_page_whose_font_is_missing_is_read(tmp_path):
    """A page without resources (looked up through a /Parent loop) sets its characters 0 wide: dividing by their
    width was a ZeroDivisionError (exit 3)."""
    path = _pdf(tmp_path / "loop.pdf", [_CATALOG, (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>"),
                                        (3, b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"), (4, _stream(_TEXT)),
                                        (6, b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>")])
    assert "infant mortality" in _read(path).paragraphs[0].text


# --- drafting a read document -------------------------------------------------------------------------------------

def _drafted(path: Path) -> dict[str, tuple[str, str | None]]:
    """indicator name → (target text, review note) of what ``checker extract`` drafts from the document."""
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    draft = build(read_document(path))
    return {(item["name"].get("zh") or item["name"]["en"]): (entry["text"], entry.get("review"))
            for item in draft.indicators for entry in item["targets"].values() if isinstance(entry, dict)}


# --- Word ---------------------------------------------------------------------------------------------------------

_WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(path: Path, body: str, tables: bool = False) -> Path:
    """A Word file whose body is the given WordprocessingML (written into a file python-docx made, so it opens)."""
    docx = pytest.importorskip("docx")
    from lxml import etree

    document = docx.Document()
    for child in etree.fromstring(f"<w:body {_WORD_NS}>{body}</w:body>"):
        document.element.body.insert(len(document.element.body) - 1, child)
    document.save(str(path))
    return path


def _run(text: str, properties: str = "") -> str:
    return f"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def test_word_hidden_text_is_not_read(tmp_path):
    """A hidden run (``w:vanish``, Word neither shows nor prints it) between 控制在 and 4‰ was read: the draft said
    控制在9‰以下, the hidden old value, for a document that shows 4‰; a hidden paragraph became a target of its own."""
    path = _word(tmp_path / "hidden.docx",
                 "<w:p>" + _run("到2030年，婴儿死亡率控制在") + _run("9‰以下。旧稿：控制在", "<w:vanish/>")
                 + _run("4‰以下。") + "</w:p>"
                 + "<w:p>" + _run("到2030年，孕产妇死亡率控制在99/10万以下。", "<w:webHidden/>") + "</w:p>"
                 + "<w:p>" + _run("到2030年，人均预期寿命达到", '<w:vanish w:val="0"/>') + _run("79.7岁。") + "</w:p>")
    drafted = _drafted(path)
    assert drafted["婴儿死亡率"] == ("控制在4‰以下", None)
    assert "孕产妇死亡率" not in drafted
    assert drafted["人均预期寿命"][0] == "达到79.7岁"  # w:val="0": shown


def test_word_struck_through_text_goes_to_review(tmp_path):
    """Struck-through runs (``w:strike``, ``w:dstrike``, no tracked change) were glued to the new number: 控制在<s>5</s>4‰
    read 控制在54‰以下, a binding fail turned into a pass. Now written ``~~5~~`` as Markdown writes it: to review."""
    path = _word(tmp_path / "struck.docx",
                 "<w:p>" + _run("到2030年，婴儿死亡率控制在") + _run("5", "<w:strike/>") + _run("4‰以下。") + "</w:p>"
                 + "<w:p>" + _run("到2030年，人均预期寿命达到") + _run("80", "<w:dstrike/>") + _run("81岁。") + "</w:p>")
    drafted = _drafted(path)
    assert drafted["婴儿死亡率"][0] == "婴儿死亡率控制在~~5~~4‰以下" and drafted["婴儿死亡率"][1]
    assert drafted["人均预期寿命"][0] == "人均预期寿命达到~~80~~81岁" and drafted["人均预期寿命"][1]


def _row(*cells: str, wrap_cell: int | None = None) -> str:
    out = ""
    for at, text in enumerate(cells):
        paragraph_xml = "<w:p>" + _run(text) + "</w:p>"
        if at == wrap_cell:
            paragraph_xml = f"<w:sdt><w:sdtContent>{paragraph_xml}</w:sdtContent></w:sdt>"
        out += f"<w:tc>{paragraph_xml}</w:tc>"
    return f"<w:tr>{out}</w:tr>"


def test_word_table_rows_and_cells_inside_content_controls_are_read(tmp_path):
    """A row wrapped in a content control (``w:tbl/w:sdt/w:sdtContent/w:tr``) vanished without a word, and a cell's
    paragraph wrapped in one read as an empty cell (left out as "no target year"); a table nested in a cell read
    empty too. Templates and WPS forms write all three."""
    nested = ("<w:tc><w:tbl><w:tr><w:tc><w:p>" + _run("≤5") + "</w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>")
    body = ("<w:tbl>" + _row("指标", "2020年", "2030年") + _row("婴儿死亡率（‰）", "5", "≤4", wrap_cell=2)
            + "<w:sdt><w:sdtContent>" + _row("孕产妇死亡率（1/10万）", "15", "≤12") + "</w:sdtContent></w:sdt>"
            + "<w:tr><w:tc><w:p>" + _run("5岁以下儿童死亡率（‰）") + "</w:p></w:tc><w:tc><w:p>" + _run("7")
            + "</w:p></w:tc>" + nested + "</w:tr>"
            + _row("人均预期寿命（岁）", "78.5", "79.7") + "</w:tbl>")
    drafted = _drafted(_word(tmp_path / "controls.docx", body))
    assert {name: text for name, (text, _) in drafted.items()} == {
        "婴儿死亡率": "≤4", "孕产妇死亡率": "≤12", "5岁以下儿童死亡率": "≤5", "人均预期寿命": "79.7"}


def _with_chunk(path: Path, content_type: str, data: bytes) -> Path:
    """A Word file of one paragraph and an altChunk of this kind after it."""
    docx = pytest.importorskip("docx")
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("到2030年，人均预期寿命达到79.7岁。")
    part = Part(PackURI("/word/chunk1.dat"), content_type, data, document.part.package)
    rid = document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    chunk = etree.Element(qn("w:altChunk"))
    chunk.set(qn("r:id"), rid)
    document.element.body.insert(len(document.element.body) - 1, chunk)
    document.save(str(path))
    return path


def test_a_word_alt_chunk_of_html_is_read_in_place(tmp_path):
    """An altChunk (an HTML part Word shows in the document's place, as document-assembly tools and OA systems
    write) was ignored: its sentence and its table's target were lost, "tables found: 0", no word."""
    html = ("<html><body><p>到2030年，婴儿死亡率控制在4‰以下。</p><table><tr><th>指标</th><th>2020年</th><th>2030年</th>"
            "</tr><tr><td>孕产妇死亡率（1/10万）</td><td>15</td><td>≤12</td></tr></table></body></html>")
    path = _with_chunk(tmp_path / "chunk.docx", "text/html", html.encode("utf-8"))
    drafted = _drafted(path)
    assert {name: text for name, (text, _) in drafted.items()} == {
        "人均预期寿命": "达到79.7岁", "婴儿死亡率": "控制在4‰以下", "孕产妇死亡率": "≤12"}
    from checker.documents.readers import read_document

    doc = read_document(path)
    assert doc.lines[2] == "到2030年，婴儿死亡率控制在4‰以下。" and doc.tables[0].line == 3  # after the first paragraph


def test_a_word_alt_chunk_of_a_kind_not_read_is_refused(tmp_path):
    """An altChunk of RTF cannot be read; it was ignored without a word. Now refused, saying what and where."""
    path = _with_chunk(tmp_path / "chunk.docx", "application/rtf", b"{\\rtf1 \\u23472? 2030}")
    with pytest.raises(CheckerError) as caught:
        _drafted(path)
    assert "embeds a part of another kind (application/rtf" in caught.value.message


# --- HTML ---------------------------------------------------------------------------------------------------------

def _page_of(tmp_path: Path, html: str) -> Path:
    pytest.importorskip("bs4")
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_html_hidden_by_the_pages_stylesheet_or_in_noscript_is_not_read(tmp_path):
    """A row and a paragraph a stylesheet class hides (``.h{display:none}``, ``!important``, ``visibility:hidden``,
    a tab panel's ``:not(.active)``) were drafted as targets, and so was a ``<noscript>``'s text: no reader sees
    them. A class a wider screen shows again (``@media``: ``d-none d-md-block``) and one hidden only on hover stay."""
    html = """<html><head><style>
    /* old values */ .h{display:none} .old{display: none !important} .gone { visibility : hidden }
    .tab-pane:not(.active) {display:none}
    .d-none{display:none!important} @media (min-width:768px){.d-md-block{display:block!important}}
    .tip:hover {display:none}
    </style></head><body>
    <p>主要指标</p>
    <table>
    <tr><th>指标</th><th>2020年</th><th>2030年</th><th>属性</th></tr>
    <tr><td>婴儿死亡率（‰）</td><td>5.0</td><td>≤4</td><td>约束性</td></tr>
    <tr class="h"><td>孕产妇死亡率（1/10万）</td><td>15</td><td>≤99</td><td>约束性</td></tr>
    <tr><td>人均预期寿命（岁）</td><td>78</td><td>79.7</td><td>预期性</td></tr>
    </table>
    <p class="old">到2030年，5岁以下儿童死亡率控制在9‰以下。</p>
    <p class="gone">到2030年，居民健康素养水平达到99%。</p>
    <div class="tab-pane"><p>到2030年，每千人口执业（助理）医师数达到99人。</p></div>
    <noscript><p>到2030年，孕产妇死亡率控制在99/10万以下。</p></noscript>
    <p class="d-none d-md-block">到2030年，人均体育场地面积达到2.6平方米。</p>
    <p class="tip">到2030年，经常参加体育锻炼人数比例达到45%。</p>
    </body></html>"""
    drafted = _drafted(_page_of(tmp_path, html))
    assert {name: text for name, (text, _) in drafted.items()} == {
        "婴儿死亡率": "≤4", "人均预期寿命": "79.7", "人均体育场地面积": "达到2.6平方米",
        "经常参加体育锻炼人数比例": "达到45%"}


def test_html_struck_through_text_goes_to_review(tmp_path):
    """``<del>``, ``<s>``, ``<strike>`` and ``text-decoration: line-through`` (inline or by class) were glued to the
    new number: 控制在<s>5</s>4‰以下 drafted 控制在54‰以下 with nothing to review. Now written ``~~…~~``: to review."""
    html = """<html><head><style>.was{text-decoration: line-through}</style></head><body>
    <p>到2030年，人均预期寿命达到<del>80</del><ins>81</ins>岁。</p>
    <p>到2030年，婴儿死亡率控制在<s>5</s>4‰以下。</p>
    <p>到2030年，孕产妇死亡率控制在<strike>20</strike>12/10万以下。</p>
    <p>到2030年，5岁以下儿童死亡率控制在<span style="text-decoration:line-through red">7</span>6‰以下。</p>
    <p>到2030年，居民健康素养水平达到<span class="was">30</span>35%。</p>
    </body></html>"""
    drafted = _drafted(_page_of(tmp_path, html))
    assert drafted["婴儿死亡率"][0] == "婴儿死亡率控制在~~5~~4‰以下"
    assert len(drafted) == 5 and all(review for _, review in drafted.values())
    assert not any("54" in text or "8081" in text or "2012" in text or "76" in text or "3035" in text
                   for text, _ in drafted.values())


# --- Markdown and plain text ----------------------------------------------------------------------------------------

def test_a_markdown_comment_between_table_rows_hides_only_itself(tmp_path):
    """An HTML comment on a line of its own inside a pipe table (a row commented out) ended the table: the rows after
    it, no table without their ``|---|`` line, were lost without a word ("tables found: 1 (1 rows)"). Now the comment
    is nothing, as a reader sees it, and the rows after it are read at their own lines."""
    from checker.documents.readers import read_document

    path = tmp_path / "plan.md"
    path.write_text("| 指标 | 2020年 | 2030年 | 属性 |\n|---|---|---|---|\n| 5岁以下儿童死亡率（‰） | 7 | ≤5 | 约束性 |\n"
                    "<!-- | 每千人口执业（助理）医师数（人） | 2.5 | 99 | 预期性 | -->\n"
                    "| 居民健康素养水平（%） | 20 | 30 | 预期性 |\n<!--\n| 旧行 | 1 | 2 | 预期性 |\n-->\n"
                    "| 婴儿死亡率（‰） | 5 | ≤4 | 约束性 |\n\n<!-- 一个注释 -->\n\n到2030年，人均预期寿命达到79.7岁。\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert [[cell.text for cell in row][0] for row in doc.tables[0].rows] == [
        "指标", "5岁以下儿童死亡率（‰）", "居民健康素养水平（%）", "婴儿死亡率（‰）"]
    assert [row[0].line for row in doc.tables[0].rows] == [1, 3, 5, 9]
    assert doc.paragraphs[-1].text == "到2030年，人均预期寿命达到79.7岁。" and doc.paragraphs[-1].line == 13
    assert {name: text for name, (text, _) in _drafted(path).items()} == {
        "5岁以下儿童死亡率": "≤5", "居民健康素养水平": "30", "婴儿死亡率": "≤4", "人均预期寿命": "达到79.7岁"}


@pytest.mark.parametrize("end", ["\u200b", "\u200e", "\u202e", "\u2060\ufeff"])
def test_a_text_line_ending_in_an_invisible_mark_still_ends_its_sentence(tmp_path, end):
    """A first line ``…以下。`` followed by a zero-width space or a direction mark ended in no sentence end, was taken
    for a headline, and its target was lost without a word (the same line second was read)."""
    path = tmp_path / "plan.txt"
    path.write_text(f"到2030年，婴儿死亡率控制在4‰以下。{end}\n到2030年，人均预期寿命达到79.7岁。\n", encoding="utf-8")
    assert {name: text for name, (text, _) in _drafted(path).items()} == {
        "婴儿死亡率": "控制在4‰以下", "人均预期寿命": "达到79.7岁"}


def test_pdf_text_drawn_white_on_the_white_page_is_not_read(tmp_path):
    """A sentence drawn white on the white page (``1 1 1 rg``; an old value kept out of sight) was drafted as a
    target: no reader sees it. White text on a filled dark box (a table header) is seen, and read."""
    unseen = b"q 1 1 1 rg BT /F1 12 Tf 50 500 Td (By 2030, neonatal mortality will be reduced to 99 per 1,000 live births.) Tj ET Q "
    on_dark = (b"q 0 0 0.5 rg 40 390 540 20 re f 1 1 1 rg BT /F1 12 Tf 50 395 Td "
               b"(By 2030, maternal mortality will be reduced to 70 per 100,000 live births.) Tj ET Q ")
    path = _pdf(tmp_path / "white.pdf", [_CATALOG, _PAGES, _page(), (4, _stream(_TEXT + b" " + unseen + on_dark)), _FONT])
    text = " ".join(paragraph.text for paragraph in _read(path).paragraphs)
    assert "infant mortality" in text and "maternal mortality" in text
    assert "neonatal" not in text


def test_a_line_printed_bold_by_drawing_it_twice_is_read_once(tmp_path):
    """Office PDFs print bold by drawing the text twice a fraction of a point apart: the line read `BByy 22003300,,
    iinnffaanntt …` (its target lost), a table's ≤4 cell read 44."""
    line = b"(By 2030, infant mortality will be reduced to 4 per 1,000 live births.) Tj ET"
    content = b"BT /F1 12 Tf 72 700 Td " + line + b" BT /F1 12 Tf 72.35 700 Td " + line
    doc = _read(_pdf(tmp_path / "bold.pdf", [_CATALOG, _PAGES, _page(), (4, _stream(content)), _FONT]))
    texts = " ".join(block.text for block in doc.blocks if hasattr(block, "text"))
    assert "infant mortality will be reduced to 4 per 1,000" in texts and "iinnff" not in texts
