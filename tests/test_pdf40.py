"""Fortieth round: a real 109-page English PDF (a statistical review of Kenya's health sector strategic plan).

Wrapped English lines were joined with no space (``300in 2016``, ``neonatalmortality``) and a bulleted page with
hanging lines was read line by line; a level as it stands (``… by 2015 is 65.8 years, compared to …``) was drafted as a
target; a method note's lead (``… surveys in 2010 and 2015:``) dated a sentence far below it; figure captions and
changes told as they happened were drafted; pages with a map beside their text were called unread; a title of three
lines set flush right was cut to its first; and de-duplicating characters took 30 of 52 seconds. Short phrases of the
review, as provenance only.
"""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.model import Paragraph
from checker.documents.readers import read_document


def _pdf(path, lines, images=()) -> None:
    """A one-page A4 PDF: ``lines`` of (x, y, size, text) in Helvetica (STSong for Chinese, Vera for a bullet), ``images``
    (x, y, w, h) boxes drawn as pictures."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))  # (shipped with reportlab: it has a bullet, Helvetica has none)
    page = canvas.Canvas(str(path), pagesize=A4)
    for x, y, size, text in lines:
        page.setFont("STSong-Light" if any("\u4e00" <= c <= "\u9fff" for c in text) else "Vera" if "\u2022" in text
                     else "Helvetica", size)
        page.drawString(x, y, text)
    if images:
        image = pytest.importorskip("PIL.Image")
        image.new("RGB", (40, 30), "white").save(path.with_suffix(".png"))
        for x, y, w, h in images:
            page.drawImage(str(path.with_suffix(".png")), x, y, width=w, height=h)
    page.save()


def _paragraphs(path) -> list[str]:
    return [block.text for block in read_document(str(path)).blocks if isinstance(block, Paragraph)]


def _targets(path) -> list[tuple]:
    """(name, year, text) of every drafted target."""
    draft = build(read_document(str(path)))
    return [(item["name"].get("en") or item["name"].get("zh"), year, target["text"])
            for item in draft.indicators for year, entries in item["targets"].items()
            for target in (entries if isinstance(entries, list) else [entries])]


def _wrapped(path, rows: list[str], x: float = 50, size: float = 10) -> None:
    _pdf(path, [(x, 780 - 14 * at, size, text) for at, text in enumerate(rows)])


def test_a_wrapped_english_line_runs_on_after_a_space_and_chinese_lines_join_with_none(tmp_path):
    """``… from 400 in 2013 to 300`` / ``in 2016 and 150 in 2018`` was read ``300in 2016``, and the 2016 target was lost;
    a .txt file with the same wrap joins with a space. Chinese lines (which break anywhere, inside a number too) and a
    word broken at its hyphen still join with nothing between."""
    path = tmp_path / "en.pdf"
    _wrapped(path, ["Kenya Health Sector Strategic Plan 2014-2018", "",
                    "One of the key KHSSP objectives is to reduce the maternal mortality per 100,000 live births from",
                    "400 in 2013 to 300 in 2016 and 150 in 2018, and to strengthen the delivery of primary health-",
                    "care services in every county, from the dispensaries up to the referral hospitals of the country."])
    paragraphs = _paragraphs(path)
    assert "births from 400 in 2013 to 300 in 2016" in paragraphs[-1]
    assert "primary health-care services" in paragraphs[-1]
    assert 2016 in {year for _, year, _ in _targets(path)}
    chinese = tmp_path / "zh.pdf"
    _wrapped(chinese, ["到2025年，全区卫生健康工作取得明显进展，群众健康水平稳步提", "高，全区医疗卫生服务体系不断健全，人均预期寿命达到7",
                       "8.3岁，婴儿死亡率降至3.5‰以下。"], size=12)
    assert any("稳步提高，全区医疗卫生服务体系不断健全，人均预期寿命达到78.3岁" in text for text in _paragraphs(chinese))


def test_a_bulleted_page_with_hanging_lines_reads_each_item_as_one_sentence(tmp_path):
    """A page whose items open with a bullet glyph a little left of their wrapped lines: the margin was taken at the
    bullets, every wrapped line was "indented" and a paragraph of its own, so ``… from 1.9`` / ``per 10,000 population in
    2013 to 2.5 … in 2016`` gave a 2013 target named ``per 10,000 population``. Each item is one paragraph: 2.5 for
    2016, from 1.9 in 2013."""
    path = tmp_path / "bullets.pdf"
    lines = [(50, 800, 10, "Kenya Health Sector Strategic Plan 2014-2018")]
    items = [["Core health workforce: the workforce grew during the review period, but the data do not allow a",
              "reliable assessment of the trends, and the baseline is likely to be an underestimate of the true",
              "number at that time."],
             ["Health facility density (per 10,000 population): Kenya aimed to increase the facility density from 1.9",
              "per 10,000 population in 2013 to 2.5 per 10,000 population in 2016. This target was not met. The",
              "density during the review period remained stagnant, a small improvement from the baseline value."]]
    y = 770
    for item in items:
        for at, text in enumerate(item):
            lines.append((74 if at == 0 else 88, y, 10, ("\u2022 " if at == 0 else "") + text))
            y -= 14
        y -= 6
    _pdf(path, lines)
    paragraphs = _paragraphs(path)
    assert any(text.startswith("\u2022 Health facility density") and "from 1.9 per 10,000 population in 2013 to 2.5" in text
               for text in paragraphs)
    density = [(year, text) for name, year, text in _targets(path) if "density" in name]
    assert [year for year, _ in density] == [2016] and "to 2.5 per 10,000" in density[0][1]


def test_a_level_stated_in_a_year_or_as_estimated_is_left_out_and_compared_is_no_name():
    """"Female life expectancy by 2015 is 65.8 years, compared to 61.1 years for men." was drafted as a 2015 target (no
    note) and a target named ``compared``; "WHO estimates … at 62.6 years in 2013, increasing to 63.4 years in 2015"
    as a target named ``increasing``. Both are levels as they stand: counted, not drafted."""
    from checker.documents.english_sentences import find
    from checker.documents.model import LEVEL_NOW, paragraph

    for text in ("Female life expectancy by 2015 is 65.8 years, compared to 61.1 years for men.",
                 "WHO estimates the average life expectancy at birth in Kenya at 62.6 years in 2013, increasing to "
                 "63.4 years in 2015."):
        found = find(paragraph(text, 1), None)
        assert found and all(LEVEL_NOW in hit.review for hit in found), text
    # a goal with the same shape of words is still a goal
    goal = find(paragraph("Female life expectancy is to reach 68 years by 2018.", 1), None)
    assert goal and not any(LEVEL_NOW in hit.review for hit in goal)


def test_a_long_lead_that_names_its_datas_years_sets_no_year_for_the_text_below():
    """A method note's line ``LLITN use Based on county analysis … surveys in 2010 and 2015:`` (cut so at a column's
    colon in a PDF) was read as a lead of 2010's goals: "baselines exceeding 100% were treated at the maximum coverage
    level of 100%" far below it became a 2010 target. A short lead (``In 2025:``) or one of goals still sets its year."""
    from checker.documents.english_sentences import lead_year

    assert lead_year("LLITN use Based on county analysis by MOH using the malaria indicator surveys in 2010 and 2015:") \
        is None
    assert lead_year("In 2025:") == 2025
    assert lead_year("The targets the ministry sets in 2025 for the counties are the following:") == 2025


def test_figure_captions_and_changes_told_as_they_happened_are_counted_not_drafted():
    """``Fig 66: …`` / ``Fig 22, 67, 68: …`` gave an indicator named ``Fig 66`` with targets 67 and 68; "Figure 57 shows
    … during 2012/13 to 2015/16" a 2016 target; "…, increasing from 32% in 2003 to 39% in 2008/09 and 53% in 2014" a
    2008 target, before the plan's base. Each is counted as left out, with why; a goal's from-to is still drafted."""
    from checker.documents.english_sentences import FIGURE_REFERENCE, REPORTED_CHANGE, find
    from checker.documents.model import paragraph

    for text, why in (("Fig 66: Kenya National AIDS Control Programme. Fig 22, 67, 68: Kenya Demographic Survey.",
                       FIGURE_REFERENCE),
                      ("Figure 57 shows the RMNCH index trends during 2012/13 to 2015/16.", FIGURE_REFERENCE),
                      ("The KDHS data show a dramatic increase of use of modern contraceptives during the 5 years, "
                       "increasing from 32% in 2003 to 39% in 2008/09 and 53% in 2014.", REPORTED_CHANGE),
                      ("The percentage of the population with access to drinking water from an improved source "
                       "increased from 61% in 2012 to 67% in 2014.", REPORTED_CHANGE)):
        found = find(paragraph(text, 1), None)
        assert all(hit.left_out == why for hit in found), (text, [hit.review for hit in found])
        assert found or text.startswith("Fig 66"), text  # (a caption whose words read as nothing is not counted)
    goal = find(paragraph("Kenya aimed to increase the health facility density from 1.9 per 10,000 population in 2013 "
                          "to 2.5 per 10,000 population in 2016.", 1), None)
    assert [hit.year for hit in goal] == [2016] and not goal[0].left_out


def test_a_page_with_a_picture_beside_its_text_is_not_called_unread(tmp_path):
    """A page whose map covers a third of it, beside 700–2,000 characters of text that was read, was named "not read:
    pictures (OCR them first)" and listed in JSON ``unread_pages``. Only a page with (almost) no text is."""
    path = tmp_path / "map.pdf"
    body = [(50, 800 - 14 * at, 10, f"Line {at} of the text beside the map: the county figures are read from the "
             "district health information system.") for at in range(12)]
    _pdf(path, body, images=[(50, 100, 450, 450)])
    doc = read_document(str(path))
    assert doc.pictures == []
    bare = tmp_path / "table.pdf"
    _pdf(bare, [(50, 800, 10, "Table 3: Key indicators")], images=[(50, 100, 450, 450)])
    assert read_document(str(bare)).pictures == [1]


def test_a_title_of_lines_set_flush_right_in_one_size_is_one_title_with_its_country(tmp_path):
    """A cover's three lines in 14 pt, set flush right (STATISTICAL REVIEW OF PROGRESS TOWARDS / THE MID-TERM TARGETS OF
    THE / KENYA HEALTH SECTOR STRATEGIC PLAN 2014–2018): the title kept only the first, and the region (Kenya, in
    capitals) was not found."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "cover.pdf"
    title = ["STATISTICAL REVIEW OF PROGRESS TOWARDS", "THE MID-TERM TARGETS OF THE",
             "KENYA HEALTH SECTOR STRATEGIC PLAN 2014-2018"]
    lines = [(540 - stringWidth(text, "Helvetica", 14), 620 - 29 * at, 14, text) for at, text in enumerate(title)]
    lines += [(320, 340, 14, "Ministry of Health")]
    lines += [(50, 300 - 14 * at, 10, text) for at, text in enumerate([
        "The plan set out to reduce the neonatal mortality rate from 31 per 1,000 live births in 2013 to 25 per 1,000",
        "live births in 2016 and to 15 per 1,000 live births in 2018."])]
    _pdf(path, lines)
    draft = build(read_document(str(path)))
    assert draft.plan["title"]["en"] == " ".join(title)
    assert draft.plan["region"] == "Kenya"


def test_characters_drawn_twice_in_one_place_are_kept_once_as_pdfplumber_keeps_them(tmp_path):
    """The de-duplication pdfplumber's ``dedupe_chars`` does, put back in order without its quadratic sort (30 of 52 s on
    the 109-page review): a bold word printed twice reads once, in its order."""
    pytest.importorskip("pdfplumber")
    import pdfplumber

    from checker.documents.pdf import _deduped

    path = tmp_path / "bold.pdf"
    _pdf(path, [(50, 780, 10, "By 2025, reduce the rate to 12%."), (50.3, 780, 10, "By 2025, reduce the rate to 12%."),
                (50, 760, 10, "A line drawn once.")])
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[0]
        ours = _deduped(page).chars
        theirs = page.dedupe_chars(tolerance=1).chars
        assert [(c["text"], c["x0"], c["top"]) for c in ours] == [(c["text"], c["x0"], c["top"]) for c in theirs]
        assert _deduped(page).extract_text() == "By 2025, reduce the rate to 12%.\nA line drawn once."
