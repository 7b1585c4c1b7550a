"""Round 38, second wave: PDF tables whose merged domain cell (领域, a rowspan) runs over a page break — the label's rest
under the ruling and the next row whole and unruled at the next page's top — and a note between two tables never read
into a cut row's cells."""

from __future__ import annotations

from pathlib import Path

from checker.documents.draft import build
from checker.documents.readers import read_document
from files import pdf_pages

HEIGHT = 841.89
LEFT = 40
WIDTHS = [40, 190, 50, 60, 50]
HEADER = ["领域", "主要指标", "2020年", "2025年", "性质"]
XS = [LEFT + sum(WIDTHS[:at]) for at in range(len(WIDTHS) + 1)]


def _text(page, x: float, top: float, text: str) -> None:
    page.drawString(x, HEIGHT - top, text)


def _hline(page, y: float, first: int = 0) -> None:
    page.line(XS[first], HEIGHT - y, XS[-1], HEIGHT - y)


def _row(page, top: float, cells: list[str], height: float = 30, open_domain: bool = False) -> float:
    """A ruled row; ``open_domain``: no rule under its domain cell (a merged cell that runs on). Its bottom."""
    for c, text in enumerate(cells):
        for at, piece in enumerate(text.split("\n")):
            if piece:
                _text(page, XS[c] + 3, top + 12 + 11 * at, piece)
    _hline(page, top)
    for x in XS:
        page.line(x, HEIGHT - top, x, HEIGHT - top - height)
    _hline(page, top + height, 1 if open_domain else 0)
    return top + height


def _merged_first_page(page) -> None:
    """Page 1: the table's header and rows; the last group's label 健康服务 starts beside its first row (健 / 康) and
    runs on unruled under the ruling to the page's foot (服 / 务)."""
    _text(page, 40, 60, "健康规划")
    _text(page, 40, 560, "专栏1 主要发展指标")
    bottom = _row(page, 570, HEADER)
    bottom = _row(page, bottom, ["健康水平", "人均预期寿命（岁）", "77.93", "提高1岁", "预期性"])
    bottom = _row(page, bottom, ["健\n康", "孕产妇系统管理率（%）", "＞85", "＞85", "预期性"], open_domain=True)
    _text(page, XS[0] + 3, bottom + 14, "服")
    _text(page, XS[0] + 3, bottom + 28, "务")
    for x in XS[:2]:
        page.line(x, HEIGHT - bottom, x, HEIGHT - 790)


def _merged_second_page(page) -> None:
    """Page 2: the group's next row whole and unruled at the top (its name wrapped over three lines, the figures on
    the middle one), then the ruled rows, no header of their own."""
    for at, cells in enumerate([["", "以乡为单位适龄儿童", "", "", ""],
                                ["", "免疫规划疫苗接种", "＞90", "＞90", "约束性"],
                                ["", "率（%）", "", "", ""]]):
        for c, text in enumerate(cells):
            if text:
                _text(page, XS[c] + 3, 50 + 12 * at, text)
    for x in XS:
        page.line(x, HEIGHT - 40, x, HEIGHT - 90)
    bottom = _row(page, 90, ["", "严重精神障碍管理率（%）", "87", "90", "约束性"])
    _row(page, bottom, ["健康保障", "个人卫生支出占卫生总费用的比重（%）", "27.7", "27", "约束性"])
    _text(page, 40, 200, "二、重点任务")


def _found(path: Path):
    draft = build(read_document(path))
    return draft, {(item["name"]["zh"], item.get("domain"), item.get("nature"), tuple(item.get("baseline", {}).values()),
                    entry["text"])
                   for item in draft.indicators for entries in item["targets"].values()
                   for entry in (entries if isinstance(entries, list) else [entries])}


def test_a_merged_domain_over_the_break_and_the_whole_row_at_the_next_pages_top_are_read(tmp_path):
    """The label's rest under the ruling (服 / 务) was read as text, which ended the table: the next page's whole
    unruled row was read as a sentence (``＞90 ＞90 约束性`` drafted as a body target) or dropped, and the rows after it
    started a table of their own with the label's last character as caption. Now the label is 健康服务, the row at the
    top is read as the row it is, and the rows after it carry the table on."""
    path = pdf_pages(tmp_path / "plan.pdf", [_merged_first_page, _merged_second_page])
    draft, found = _found(path)
    assert found == {("人均预期寿命", "健康水平", "预期性", ("77.93",), "提高1岁"),
                     ("孕产妇系统管理率", "健康服务", "预期性", ("＞85",), "＞85"),
                     ("以乡为单位适龄儿童免疫规划疫苗接种率", "健康服务", "约束性", ("＞90",), "＞90"),
                     ("严重精神障碍管理率", "健康服务", "约束性", ("87",), "90"),
                     ("个人卫生支出占卫生总费用的比重", "健康保障", "约束性", ("27.7",), "27")}, found
    assert not draft.left_out


def _cut_first_page(page) -> None:
    """Page 1: the header, a row, and under it the top part of a row the page break cut (its label 健康 / its name's
    first line / its figures), unruled, to the page's foot."""
    _text(page, 40, 60, "健康规划")
    _text(page, 40, 640, "表1 主要指标")
    bottom = _row(page, 650, HEADER)
    bottom = _row(page, bottom, ["健康生活", "居民健康素养水平（%）", "23.15", "25.0", "预期性"])
    for at, cells in enumerate([["健康", "15岁以上人群吸", "25.8", "23.3", "预期性"], ["", "烟率（%）", "", "", ""]]):
        for c, text in enumerate(cells):
            if text:
                _text(page, XS[c] + 3, bottom + 14 + 12 * at, text)
    for x in XS:
        page.line(x, HEIGHT - bottom, x, HEIGHT - 790)


def _note_then_table(page) -> None:
    """Page 2: the cut row's rest (生活, in the domain's column), a note across the columns, then a second table under
    the same header."""
    _text(page, XS[0] + 3, 50, "生活")
    for x in XS:
        page.line(x, HEIGHT - 40, x, HEIGHT - 56)
    _text(page, XS[0] + 10, 75, "注：健康水平指标2020年为统计数，居民健康素养水平为监测数。")
    bottom = _row(page, 90, HEADER)
    _row(page, bottom, ["健康服务", "严重精神障碍管理率（%）", "87", "90", "约束性"])


def test_a_note_between_two_tables_is_never_read_into_the_cut_rows_cells(tmp_path):
    """The note under the cut row's rest (注：…) was joined into the row's domain cell (健康生活注：健康水平指标…): the
    lines above the next table were all taken for the rest. A note, or a line run across the columns as a sentence, is
    no cell: the rest is the lines above it."""
    path = pdf_pages(tmp_path / "plan.pdf", [_cut_first_page, _note_then_table])
    draft, found = _found(path)
    assert ("15岁以上人群吸烟率", "健康生活", "预期性", ("25.8",), "23.3") in found, found
    assert all("注" not in (domain or "") for _, domain, *_ in found), found
    assert ("严重精神障碍管理率", "健康服务", "约束性", ("87",), "90") in found, found
