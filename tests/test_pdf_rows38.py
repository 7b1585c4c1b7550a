"""Round 38: PDF table rows over a page break (a row cut inside itself, a header at the foot whose years run on), and a
cell's characters in reading order (a % in a fallback font set lower, a raised ① on a wrapped name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.errors import CheckerError
from files import pdf_pages

#: the page's height in points (A4), and the table's columns: 领域 | 指标名称 | 2010年 | 2015年 | 属性 | 备注
HEIGHT = 841.89
LEFT = 40
WIDTHS = [60, 170, 50, 50, 60, 140]
HEADER = ["领域", "指标名称", "2010年", "2015年", "属性", "备注"]
XS = [LEFT + sum(WIDTHS[:at]) for at in range(len(WIDTHS) + 1)]


def _text(page, x: float, top: float, text: str) -> None:
    """Write ``text`` at ``x``, its baseline ``top`` points below the page's top."""
    page.drawString(x, HEIGHT - top, text)


def _grid(page, top: float, rows: list[list[str]], height: float = 30) -> float:
    """A ruled table whose top is ``top`` points below the page's top; a cell's ``\\n`` wraps it. Its bottom."""
    for r, row in enumerate(rows):
        y = top + r * height
        for c, text in enumerate(row):
            for at, piece in enumerate(text.split("\n")):
                _text(page, XS[c] + 3, y + 12 + 11 * at, piece)
        page.line(XS[0], HEIGHT - y, XS[-1], HEIGHT - y)
        for x in XS:
            page.line(x, HEIGHT - y, x, HEIGHT - y - height)
    bottom = top + len(rows) * height
    page.line(XS[0], HEIGHT - bottom, XS[-1], HEIGHT - bottom)
    return bottom


def _unruled(page, top: float, lines: list[list[str]], rules_to: float) -> None:
    """A part of a row the page break cut: its lines' cells from ``top`` (baselines 11 points apart), with the column
    rules down (or up) to ``rules_to`` and no rule across, as a browser prints it."""
    for at, cells in enumerate(lines):
        for c, text in enumerate(cells):
            if text:
                _text(page, XS[c] + 3, top + 11 * at, text)
    for x in XS:
        page.line(x, HEIGHT - min(top - 10, rules_to), x, HEIGHT - max(top + 11 * len(lines), rules_to))


def _first_page(cut: bool = True):
    """Page 1: a title, the date, the table's header and first row at the foot, and (``cut``) the top part of the row
    the page break cuts (中医医院病床 / 使用率 …) under it."""
    def draw(page) -> None:
        _text(page, 40, 60, "中医药事业发展规划")
        _text(page, 40, 80, "二〇一二年六月")
        _text(page, 40, 610, "表1 主要指标")
        bottom = _grid(page, 620, [HEADER, ["医疗服务", "中医医院床位数（万张）", "47.1", "69.2", "预期性", "按编制床位计算"]])
        if cut:
            _unruled(page, bottom + 12, [["医疗", "中医医院病床", "84", "94", "预期", "按实际开放床日数计算，"],
                                         ["", "使用率", "", "", "", "病床使用率过高的地区"]], bottom)
    return draw


ROWS = [["医疗服务", "中医医院诊疗人次数（亿人次）", "3.6", "5.5", "预期性", "含门诊、急诊人次"],
        ["人才队伍", "卫生机构中药师（士）（万人）", "9.7", "14.2", "预期性", "—"]]


def _second_page(page) -> None:
    """Page 2: the rest of the cut row (服务 / （%）/ 性 / 应适当扩大), then the table's rows, no header of their own."""
    _unruled(page, 50, [["服务", "（%）", "", "", "性", "应适当扩大"]], 60)
    _grid(page, 60, ROWS)
    _text(page, 40, 200, "二、重点任务")


def _drafted(path: Path):
    draft = build(read_document(path))
    return draft, {(item["name"]["zh"], item.get("unit"), item.get("domain"), item.get("nature"),
                    tuple(item.get("baseline", {}).values()), entry["text"])
                   for item in draft.indicators for entries in item["targets"].values()
                   for entry in (entries if isinstance(entries, list) else [entries])  # (a table cell's: quoted whole)
                   if entry["source"].get("page")
                   and "quote" in entry["source"] and entry["source"]["quote"] == entry["text"]}


FIRST = ("中医医院床位数", "万张", "医疗服务", "预期性", ("47.1",), "69.2")
CUT = ("中医医院病床使用率", "%", "医疗服务", "预期性", ("84",), "94")
AFTER = {("中医医院诊疗人次数", "亿人次", "医疗服务", "预期性", ("3.6",), "5.5"),
         ("卫生机构中药师（士）", "万人", "人才队伍", "预期性", ("9.7",), "14.2")}


def test_a_row_cut_inside_itself_by_the_page_break_is_put_back_together_and_the_rows_after_it_are_read(tmp_path):
    """A row the page break cut inside itself (its top part unruled at the foot of page 1, its rest above the next
    page's table) ended the table: its top part was read as a sentence, the rows after the break lost without a word.
    Now its parts are joined column by column (中医医院病床 + 使用率 + （%）, 84 → 94), the rows after it carried on, and the
    row noted for review."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page(), _second_page])
    draft, found = _drafted(path)
    assert found == {FIRST, CUT, *AFTER}, found
    cut = next(item for item in draft.indicators if item["name"]["zh"] == "中医医院病床使用率")
    assert cut["columns"]["备注"] == "按实际开放床日数计算，病床使用率过高的地区应适当扩大"
    assert "page break cut (pages 1 and 2)" in cut["targets"][2015]["review"]
    assert not draft.left_out


def _header_again(page) -> None:
    """Page 2: the table's header printed again (a browser repeats a <thead>), the cut row's rest in the grid under it,
    then the table's rows."""
    _grid(page, 40, [HEADER, ["服务", "（%）", "", "", "性", "应适当扩大"], *ROWS])


def test_a_cut_rows_rest_under_the_header_printed_again_is_put_back_together(tmp_path):
    """Where the next page prints the header again, the cut row's rest is the first row under it (服务 | （%）| 性 | …),
    joined to the top part; the top part was read as a sentence and the rest as a row of no name."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page(), _header_again])
    draft, found = _drafted(path)
    assert found == {FIRST, CUT, *AFTER}, found
    cut = next(item for item in draft.indicators if item["name"]["zh"] == "中医医院病床使用率")
    assert cut["columns"]["备注"] == "按实际开放床日数计算，病床使用率过高的地区应适当扩大"
    assert not draft.left_out


def _last_row_rest(page) -> None:
    """Page 2: the rest of the cut row, the table's last, then a note and a paragraph."""
    _unruled(page, 50, [["服务", "（%）", "", "", "性", "应适当扩大"]], 60)
    _text(page, 40, 90, "注：年均增长为2010—2015年年均增长速度，按可比口径计算。")


def test_a_tables_last_row_cut_by_the_page_break_is_put_back_together_from_the_next_pages_top(tmp_path):
    """The table's last row cut by the break: its rest is the lines at the top of the next page that stand in its
    columns (the note under them is no part of it); the row was lost."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page(), _last_row_rest])
    draft, found = _drafted(path)
    assert found == {FIRST, CUT}, found
    assert not draft.left_out


def _prose_page(page) -> None:
    """Page 2: a paragraph, nothing standing in the table's columns."""
    _text(page, 40, 50, "二、重点任务")
    _text(page, 40, 70, "加强中医医院建设，到2015年，中医医院床位数达到69.2万张。")


def test_a_cut_row_whose_rest_cannot_be_found_is_left_out_and_said_never_drafted_from_its_pieces(tmp_path):
    """Where the next page holds no rest of the cut row, its lines are left out and listed (a table row cut by a page
    break); they were read as a sentence and 病床使用率过高的地区 … drafted as a target."""
    path = pdf_pages(tmp_path / "plan.pdf", [_first_page(), _prose_page])
    draft, found = _drafted(path)
    assert FIRST in found and not any("病床" in name for name, *_ in found), found
    assert len(draft.left_out["left out: a table row cut by a page break"]) == 2


def _header_at_foot(page) -> None:
    """Page 1: the header's first row printed as text at the foot (领 / 域 wrapped, 指标值 over the years' columns)."""
    _text(page, 40, 60, "中医药事业发展规划")
    _text(page, 40, 80, "二〇一二年六月")
    _text(page, 40, 740, "表1 主要指标")
    _text(page, XS[0] + 3, 770, "领")
    _text(page, XS[1] + 3, 770, "指标名称")
    _text(page, XS[2] + 30, 770, "指标值")
    _text(page, XS[4] + 3, 770, "属性")
    _text(page, XS[5] + 3, 770, "备注")
    _text(page, XS[0] + 3, 785, "域")


def _years_then_rows(page) -> None:
    """Page 2: the header's second row (2010年 | 2015年) above the ruled rows."""
    _text(page, XS[2] + 3, 50, "2010年")
    _text(page, XS[3] + 3, 50, "2015年")
    _grid(page, 60, ROWS)


def test_a_header_at_the_foot_whose_years_row_runs_on_over_the_break_reads_the_rows_under_it(tmp_path):
    """A header printed at the foot of page 1, its years row and all its rows on page 2: the document was refused as
    having no indicator table. Now the header's lines (领 / 域) and its years above the next page's table read as its
    header, and the rows under it are drafted."""
    path = pdf_pages(tmp_path / "plan.pdf", [_header_at_foot, _years_then_rows])
    _, found = _drafted(path)
    assert found == AFTER, found


def _header_alone(page) -> None:
    """Page 1: the ruled header rows of a table at the foot."""
    _text(page, 40, 60, "中医药事业发展规划")
    _text(page, 40, 80, "二〇一二年六月")
    _grid(page, 760, [HEADER])


def test_a_header_whose_rows_cannot_be_joined_is_named_in_the_refusal(tmp_path):
    """Where a header's rows cannot be joined to it, the refusal says an indicator table's header was found (its page)
    and why its rows were not read, not that the document has no indicator table."""
    path = pdf_pages(tmp_path / "plan.pdf", [_header_alone, _prose_page_undated])
    with pytest.raises(CheckerError) as refused:
        build(read_document(path))
    assert "an indicator table's header was found at line" in refused.value.message
    assert "(page 1)" in refused.value.message and "no row under it could be read" in refused.value.message


def _prose_page_undated(page) -> None:
    """Page 2: a paragraph with no target."""
    _text(page, 40, 50, "二、重点任务")
    _text(page, 40, 70, "加强中医医院建设，提升服务能力。")


def _cell_in_two_fonts(page) -> None:
    """A table whose name cells hold a % drawn in Helvetica four points lower than the Chinese around it (a fallback
    font's baseline), and a ① set small and raised after a name that wraps (…比 / 重（%）①)."""
    _text(page, 40, 60, "中医药事业发展规划")
    _text(page, 40, 80, "二〇一二年六月")
    _grid(page, 120, [HEADER, ["医疗服务", "", "84", "94", "预期性", ""], ["医疗服务", "", "17.6", "18.5", "预期性", ""]],
          height=40)
    x = XS[1] + 3
    _text(page, x, 178, "中医医院病床使用率（")
    page.setFont("Helvetica", 10)
    _text(page, x + 100, 182.5, "%")
    page.setFont("STSong-Light", 10)
    _text(page, x + 109, 178, "）")
    _text(page, x, 214, "中医医院诊疗人次占比")
    _text(page, x, 225, "重（%）")
    page.setFont("STSong-Light", 7)
    _text(page, x + 40, 219, "①")
    page.setFont("STSong-Light", 10)


def test_a_cells_characters_are_read_by_line_then_left_to_right(tmp_path):
    """A % in another font, set lower, fell out of its brackets (中医医院病床使用率（） %, no unit), and a raised ① on a
    wrapped name landed inside it (…占比 ① 重). Now each stays where it stands in its line: the unit is %, and the mark
    is taken off the name and noted as a footnote mark on it (not before it)."""
    path = pdf_pages(tmp_path / "plan.pdf", [_cell_in_two_fonts])
    draft, found = _drafted(path)
    assert {(name, unit, target) for name, unit, *_, target in found} == {
        ("中医医院病床使用率", "%", "94"), ("中医医院诊疗人次占比重", "%", "18.5")}, found
    marked = next(item for item in draft.indicators if item["name"]["zh"] == "中医医院诊疗人次占比重")
    assert "footnote mark ① on the name" in marked["review"] and "before" not in marked["review"]
