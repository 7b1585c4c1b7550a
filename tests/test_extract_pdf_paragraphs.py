"""A PDF page that opens its paragraphs two characters in: a full line that ends a sentence does not end
the paragraph (found on a plan printed as a PDF, where the sentences after such a line lost the year
the paragraph opened with and were drafted as standing requirements)."""

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
    targets = {(item["name"]["zh"], year, target["text"], "review" in target)
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
