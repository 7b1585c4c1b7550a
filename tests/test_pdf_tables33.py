"""Round 33: PDF indicator tables that run over a page break, and a table's unit named on a line above it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from files import pdf_pages

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _ruled(page, left: float, top: float, widths: list[float], rows: list[list[str | None]], height: float = 30,
           open_below: tuple[int, ...] = ()) -> None:
    """Draw a ruled table on a reportlab canvas, its top ``top`` points below the page's top: a cell of ``None`` is the
    cell above it merged down (no rule between them); ``open_below``: the columns whose last cell has no rule under
    it (a merged cell that runs on over the page break). A cell's ``\\n`` wraps it."""
    from reportlab.lib.pagesizes import A4

    y0 = A4[1] - top
    xs = [left + sum(widths[:at]) for at in range(len(widths) + 1)]
    for r, row in enumerate(rows):
        y = y0 - r * height
        for c, text in enumerate(row):
            if text is not None:
                page.line(xs[c], y, xs[c + 1], y)  # the rule above the cell
                for at, piece in enumerate(text.split("\n")):
                    page.drawString(xs[c] + 3, y - 12 - 11 * at, piece)
            page.line(xs[c], y, xs[c], y - height)
        page.line(xs[-1], y, xs[-1], y - height)
    bottom = y0 - len(rows) * height
    for c in range(len(widths)):
        if c not in open_below:
            page.line(xs[c], bottom, xs[c + 1], bottom)



def _text(page, x: float, top: float, text: str) -> None:
    """Write ``text`` at ``x``, its baseline ``top`` points below the page's top."""
    from reportlab.lib.pagesizes import A4
    page.drawString(x, A4[1] - top, text)


WIDTHS = [60, 30, 200, 50, 60, 50]
HEADER = ["领域", "序号", "指标名称", "2024年", "2030年", "属性"]


def _first_page(page) -> None:
    """Page 1: a title, the date, and the table's first rows running to the foot, 健康服务's merged cell open below."""
    _text(page, 40, 60, "某市卫生健康事业发展规划（2025—2030年）")
    _text(page, 40, 80, "2025年3月18日")
    _text(page, 40, 640, "表1 主要指标")
    _ruled(page, 40, 650, WIDTHS, [HEADER, ["健康水平", "1", "人均预期寿命（岁）", "80.1", "81", "预期性"],
                                   [None, "2", "婴儿死亡率（‰）", "2.1", "≤3", "约束性"],
                                   ["健康服务", "3", "每千人口床位数（张）", "6.8", "7.5", "预期性"]], open_below=(0,))


def _second_page(apart: bool):
    """Page 2: row 4 cut out of the ruling above the table, its 2030 cell wrapped (持续提 / 高: beside the row's line,
    or ``apart`` from it, a line below); the table without the domain column, 健康环境 printed beside row 6."""
    def draw(page) -> None:
        _text(page, 40 + 60 + 30 + 200 + 50 + 3, 52, "持续提")
        _text(page, 40 + 60 + 3, 58, "4")
        _text(page, 40 + 60 + 30 + 3, 58, "每千人口执业（助理）医师数（人）")
        _text(page, 40 + 60 + 30 + 200 + 3, 58, "3.6")
        _text(page, 40 + 60 + 30 + 200 + 50 + 60 + 3, 58, "预期性")
        _text(page, 40 + 60 + 30 + 200 + 50 + 3, 76 if apart else 64, "高")
        _ruled(page, 100, 90, WIDTHS[1:], [["5", "每千人口注册护士数（人）", "4.3", "≥5", "预期性"],
                                           ["6", "城市空气质量优良天数比率（%）", "81.2", "≥85", "约束性"]])
        _text(page, 43, 132, "健康环境")
        _text(page, 40, 200, "二、重点任务")
    return draw


def _drafted(path: Path):
    draft = build(read_document(path))
    return draft, {(item["name"]["zh"], item.get("domain"), year, entry["text"])
                   for item in draft.indicators for year, entry in item["targets"].items()}


def test_a_cut_row_with_a_wrapped_cell_over_a_table_without_its_domain_column_is_read_whole(tmp_path):
    """A table over a page break whose next page's part lacks the domain column (its merged cell has no ruling there)
    and whose first row, cut out of the ruling, has a wrapped cell (持续提 / 高) lost every row after the break, without
    a word; now the cut row is rebuilt from its lines, the rows carry on, and the domains are the page's (健康服务 open
    at the foot of page 1, 健康环境 printed beside its row on page 2)."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page, _second_page(apart=False)])
    draft, found = _drafted(path)
    assert found == {("人均预期寿命", "健康水平", 2030, "81"), ("婴儿死亡率", "健康水平", 2030, "≤3"),
                     ("每千人口床位数", "健康服务", 2030, "7.5"),
                     ("每千人口执业（助理）医师数", "健康服务", 2030, "持续提高"),
                     ("每千人口注册护士数", "健康服务", 2030, "≥5"),
                     ("城市空气质量优良天数比率", "健康环境", 2030, "≥85")}, found
    assert not draft.left_out


def test_a_cut_row_whose_wrapped_cell_stands_apart_is_left_out_saying_so(tmp_path):
    """Where the rest of a wrapped cell stands apart from the cut row's line (whose row it ends cannot be told), the
    cut row's lines are left out and listed, never drafted as a target or read as body text; the rows after it are
    read, in their own domains (they were all 健康水平, the domain above the page break, and the domains beside them
    lost)."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page, _second_page(apart=True)])
    draft, found = _drafted(path)
    assert found == {("人均预期寿命", "健康水平", 2030, "81"), ("婴儿死亡率", "健康水平", 2030, "≤3"),
                     ("每千人口床位数", "健康服务", 2030, "7.5"), ("每千人口注册护士数", "健康服务", 2030, "≥5"),
                     ("城市空气质量优良天数比率", "健康环境", 2030, "≥85")}, found
    assert len(draft.left_out["left out: a table row cut by a page break"]) == 3


def _side_by_side(page) -> None:
    """Page 1: two tables side by side whose header rows end the page."""
    _text(page, 40, 60, "某市健康资源配置方案（2025—2030年）")
    _text(page, 40, 80, "2024年12月20日")
    _text(page, 40, 740, "表4 健康资源配置目标")
    _ruled(page, 40, 750, [170, 60], [["指标", "2030年目标"]])
    _ruled(page, 300, 750, [170, 60], [["指标", "2030年目标"]])


def _side_by_side_rows(page) -> None:
    """Page 2: the two tables' rows."""
    _ruled(page, 40, 50, [170, 60], [["每千人口医疗卫生机构床位数（张）", "7.5"], ["每千人口执业（助理）医师数（人）", "3.7"]])
    _ruled(page, 300, 50, [170, 60], [["每千人口注册护士数（人）", "5.1"], ["养老机构护理型床位占比（%）", "73"]])
    _text(page, 40, 160, "二、重点任务")


def test_two_tables_side_by_side_whose_headers_end_the_page_carry_on_over_it(tmp_path):
    """Two tables side by side whose header rows end page 1 and whose rows start page 2 were lost (no indicator table,
    or nothing said in a longer document): each is carried on by the rows standing in its own columns."""
    path = pdf_pages(tmp_path / "plan.pdf", [_side_by_side, _side_by_side_rows])
    _, found = _drafted(path)
    assert {(name, year, text) for name, _, year, text in found} == {
        ("每千人口医疗卫生机构床位数", 2030, "7.5"), ("每千人口执业（助理）医师数", 2030, "3.7"),
        ("每千人口注册护士数", 2030, "5.1"), ("养老机构护理型床位占比", 2030, "73")}, found


def _header_as_text(page) -> None:
    """Page 1: the two side-by-side tables' header rows printed as text at the foot, 2030年目标 wrapped beside 指标."""
    _text(page, 40, 60, "某市健康资源配置方案（2025—2030年）")
    _text(page, 40, 80, "2024年12月20日")
    _text(page, 40, 740, "表4 健康资源配置目标")
    for left in (40, 300):
        _text(page, left + 173, 764, "2030年目")
        _text(page, left + 3, 770, "指标")
        _text(page, left + 173, 776, "标")


def test_header_rows_printed_as_text_at_the_foot_carry_on_over_the_break(tmp_path):
    """The same two tables with their header rows printed as text at the foot of page 1 (as chromium leaves them,
    unruled): the rows on page 2 were dropped without a word, the headers read as body text."""
    path = pdf_pages(tmp_path / "plan.pdf", [_header_as_text, _side_by_side_rows])
    draft, found = _drafted(path)
    assert {(name, year, text) for name, _, year, text in found} == {
        ("每千人口医疗卫生机构床位数", 2030, "7.5"), ("每千人口执业（助理）医师数", 2030, "3.7"),
        ("每千人口注册护士数", 2030, "5.1"), ("养老机构护理型床位占比", 2030, "73")}, found
    assert [item["unit"] for item in draft.indicators] == ["张", "人", "人", "%"]


@pytest.mark.parametrize("caption", ["表3 重点人群健康服务目标\n\n单位：%", "表3 重点人群健康服务目标（单位：%）"])
def test_a_unit_line_above_a_table_gives_its_rows_their_unit(tmp_path, caption):
    """`单位：%` on a line above the table (or at its caption's end) set no unit and nothing said so: the rows drafted
    with unit null; now the rows that name no unit of their own take it, and the plan's review says where it came
    from. A row with its own unit keeps it; a line naming two units gives none."""
    table = ("| 指标 | 2024年 | 2030年目标 |\n|---|---|---|\n| 孕产妇系统管理率 | 93 | ≥92 |\n"
             "| 每千人口床位数（张） | 6.4 | 7.5 |\n")

    def drafted(above: str):
        path = tmp_path / "plan.md"
        path.write_text(f"# 某市健康服务提升行动方案（2025—2030年）\n\n2025年1月10日\n\n{above}\n\n{table}", encoding="utf-8")
        return build(read_document(path))

    draft = drafted(caption)
    assert [(item["name"]["zh"], item["unit"]) for item in draft.indicators] == [("孕产妇系统管理率", "%"),
                                                                               ("每千人口床位数", "张")]
    assert "names its unit (%)" in draft.plan["review"]
    assert drafted("单位：%、‰").indicators[0]["unit"] is None


def _chromiumpdf_pages(html: Path, pdf: Path, landscape: bool, profile: Path) -> Path:
    """``html`` printed by chromium to A4 (portrait or landscape), as the testers print plans."""
    page = html.with_name(f"{html.stem}_{'land' if landscape else 'port'}.html")
    size = "A4 landscape" if landscape else "A4"
    page.write_text(html.read_text(encoding="utf-8").replace("@page { size: A4;", f"@page {{ size: {size};"),
                    encoding="utf-8")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
                   capture_output=True, timeout=180, stdin=subprocess.DEVNULL, check=True,
                   env={**os.environ, "TZ": "UTC"})
    return pdf


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium fonts-noto-cjk)")
def test_a_long_table_printed_portrait_and_landscape_drafts_what_its_page_does(tmp_path):
    """A 30-row table (domains merged over 10 rows, a narrow column whose 持续下降 wraps) printed by chromium: the
    portrait print drafted 12 of 30 rows, the rest lost without a word, when the first row of page 2 stood above the
    ruling with its cell wrapped. Both prints now draft what the web page does, domains and all."""
    pytest.importorskip("pdfplumber")
    from checker.documents.readers import read_document

    rows = "".join(f"<tr>{f'<td rowspan=10>领域{at // 10 + 1}</td>' if at % 10 == 0 else ''}<td>{at + 1}</td>"
                   f"<td>指标{at + 1}比例（%）</td><td>{50 + at / 10:.1f}</td><td>≥{60 + at / 10:.1f}</td>"
                   f"<td style='width:3em'>持续下降</td><td>预期性</td></tr>" for at in range(30))
    html = tmp_path / "plan.html"
    html.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: A4; margin: 18mm } '
                    'td { padding: 6px }</style></head><body><h1>某市卫生健康规划</h1><p>2025年3月18日</p>'
                    '<p>表1　主要指标</p><table border="1" cellspacing="0" style="border-collapse:collapse"><tr>'
                    '<td>领域</td><td>序号</td><td>指标名称（单位）</td><td>2024年现状值</td><td>2027年</td><td>2030年</td>'
                    f'<td>指标性质</td></tr>{rows}</table><p>注：略。</p></body></html>', encoding="utf-8")

    def drafted(path: Path) -> set[tuple]:
        draft = build(read_document(path))
        assert not draft.left_out, draft.left_out
        return {(item["name"]["zh"], item.get("domain"), item["unit"], year, entry["text"])
                for item in draft.indicators for year, entry in item["targets"].items()}

    page = drafted(html)
    assert len(page) == 60
    for landscape in (False, True):
        pdf = _chromiumpdf_pages(html, tmp_path / f"plan{int(landscape)}.pdf", landscape, tmp_path / "profile")
        assert drafted(pdf) == page, landscape
