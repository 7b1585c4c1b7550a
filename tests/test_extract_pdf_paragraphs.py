"""PDF layout: a page that opens its paragraphs two characters in, where a full line that ends a sentence
does not end the paragraph (found on a plan printed as a PDF, where the sentences after such a line lost
the year the paragraph opened with and were drafted as standing requirements); and a three-line table
(no ruling lines between rows) whose domain cells are written once, centred on their rows."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document

#: (indent in characters, text): 24 characters make a full line at 12 points from x = 60
LINES = [
    (2, "二、发展目标"),
    (2, "到2025年，全区卫生健康工作取得明显进展，群众健康水平稳"),
    (0, "步提高，人均预期寿命达到80.5岁以上，婴儿死亡率降至3.5‰"),
    (0, "以下，全区医疗卫生服务体系不断健全，服务能力持续提升。"),
    (0, "每千人口执业（助理）医师数达到3.1人，每千人口注册护士"),
    (0, "数达到3.6人。"),
    (2, "到2030年，人均预期寿命达到81岁。"),
]


def _pdf(path, lines) -> None:
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), pagesize=A4)
    for row, (indent, text) in enumerate(lines):
        page.setFont("STSong-Light", 12)
        page.drawString(60 + 12 * indent, 800 - 18 * row, text)
    page.save()


def test_a_full_line_that_ends_a_sentence_runs_on_in_an_indented_page(tmp_path):
    path = tmp_path / "plan.pdf"
    _pdf(path, LINES)
    draft = build(read_document(str(path)))
    targets = {((item["name"].get("zh") or item["name"]["en"]), year, target["text"], "review" in target)
               for item in draft.indicators for year, entries in item["targets"].items()
               for target in (entries if isinstance(entries, list) else [entries])}
    assert ("每千人口执业（助理）医师数", 2025, "达到3.1人", False) in targets
    assert ("每千人口注册护士数", 2025, "达到3.6人", False) in targets
    assert ("人均预期寿命", 2030, "达到81岁", False) in targets


def test_without_indented_paragraphs_a_full_line_that_ends_a_sentence_ends_its_paragraph(tmp_path):
    path = tmp_path / "flat.pdf"
    _pdf(path, [(0, text) for _, text in LINES])
    paragraphs = [block.text for block in read_document(str(path)).blocks]
    assert paragraphs[-2].startswith("每千人口执业") and paragraphs[-1].startswith("到2030年")


def _three_line_table(path, sizes: list[int], centred: bool) -> dict[str, str]:
    """A table with no rules between its rows, its domain cells centred on their rows or on the first;
    the domain each indicator is in."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("STSong-Light", 12)
    page.drawString(60, 800, "表1 某区卫生健康“十四五”规划主要指标")
    columns = [60, 130, 330, 390, 450, 510]
    for x, text in zip(columns, ["领域", "主要指标", "单位", "2020年", "2025年", "指标性质"]):
        page.drawString(x, 770, text)
    names = ["人均预期寿命", "孕产妇死亡率", "婴儿死亡率", "每千人口床位数", "每千人口执业医师数", "每千人口注册护士数"]
    domains = ["健康水平", "健康服务", "健康生活"]
    expected, heights, row = {}, [], 0
    for group, size in enumerate(sizes):
        first = row
        for _ in range(size):
            heights.append(770 - 22 * (row + 1))
            for x, text in zip(columns[1:], (names[row], "%", "1", "2", "预期性")):
                page.drawString(x, heights[-1], text)
            expected[names[row]] = domains[group]
            row += 1
        page.drawString(columns[0], (heights[first] + heights[row - 1]) / 2 if centred else heights[first], domains[group])
    page.save()
    return expected


@pytest.mark.parametrize("sizes, centred", [([3, 2], True), ([1, 3, 2], True), ([2, 2], True), ([3, 2], False),
                                            ([2, 3, 1], False), ([1, 2, 2], False)])
def test_domain_cells_of_a_three_line_table(tmp_path, sizes, centred):
    """Centred domain cells were filled down from the row they stand on: the rows above a centred label
    took the domain before it, or none."""
    path = tmp_path / "table.pdf"
    expected = _three_line_table(path, sizes, centred)
    draft = build(read_document(str(path)))
    assert {(item["name"].get("zh") or item["name"]["en"]): item.get("domain") for item in draft.indicators} == expected


def test_a_numbered_item_whose_text_opens_with_a_unit_word_starts_its_own_paragraph(tmp_path):
    """``4.个人卫生支出…`` after a full line ``3.每千人口…：3.2人`` in a PDF box of indicators was joined to it (``4.个``
    looked like a number and its unit), and both items were lost; ``3.2人`` at a line's start still runs on."""
    path = tmp_path / "box.pdf"
    _pdf(path, [(0, "某县“十四五”卫生健康发展规划"), (0, "专栏1 “十四五”时期主要发展指标"),
                (0, "3.每千人口执业（助理）医师数：3.2人"), (0, "4.个人卫生支出占卫生总费用的比重：27%以下")])
    draft = build(read_document(path))
    texts = {(item["name"]["zh"], target["text"]) for item in draft.indicators for target in item["targets"].values()}
    assert texts == {("每千人口执业（助理）医师数", "3.2人"), ("个人卫生支出占卫生总费用的比重", "27%以下")}
    from checker.documents.text import HEADING

    assert HEADING.match("4.个人卫生支出占卫生总费用的比重") and not HEADING.match("3.2人以上")
