"""Round 39: real PDF and Word indicator tables (《健康中国行动》's 主要指标, made by WPS) — a target cell merged across
the 2022 and 2030 columns beside a 序号 cell merged down over a 说明 row, a value cell split by a page break, rows at a
page's foot under a 领域 cell whose label is printed past the break, a Word table's group and note rows merged across,
two indicators stacked in one cell, and 消除 of a count of cases. Small synthetic files of the same structure (the real
rows' short phrases as provenance only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.language.grammar import parse_target
from files import HEAD, check, pdf_pages, written

HEIGHT = 841.89
WIDTHS = [50, 30, 150, 55, 70, 70, 45]
HEADER = ["领域", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质"]
XS = [40 + sum(WIDTHS[:at]) for at in range(len(WIDTHS) + 1)]


def _box(page, first: int, last: int, top: float, bottom: float) -> None:
    """A ruled cell over columns ``first``…``last`` between ``top`` and ``bottom`` (points from the page's top)."""
    x0, x1 = XS[first], XS[last + 1]
    for y in (top, bottom):
        page.line(x0, HEIGHT - y, x1, HEIGHT - y)
    for x in (x0, x1):
        page.line(x, HEIGHT - top, x, HEIGHT - bottom)


def _put(page, column: int, top: float, text: str) -> None:
    page.drawString(XS[column] + 2, HEIGHT - top - 12, text)


def _header(page, top: float) -> float:
    for column, text in enumerate(HEADER):
        _box(page, column, column, top, top + 20)
        _put(page, column, top, text)
    return top + 20


def _row(page, top: float, cells: list[str | None], height: float = 20, merged: tuple[int, int] | None = None,
         domain: bool = True) -> float:
    """A ruled row of the columns after 领域 (``domain``: its 领域 cell too); ``merged``: two columns one cell."""
    column = 0 if domain else 1
    while column < len(HEADER):
        last = merged[1] if merged and column == merged[0] else column
        _box(page, column, last, top, top + height)
        if column < len(cells) and cells[column]:
            _put(page, column, top, cells[column])
        column = last + 1
    return top + height


def _drafted(path: Path) -> dict[str, dict]:
    return {item["name"]["zh"]: item for item in build(read_document(path)).indicators}


def _texts(item: dict) -> dict[int, list[str]]:
    return {year: [entry["text"] for entry in (entries if isinstance(entries, list) else [entries])]
            for year, entries in item["targets"].items()}


# --- finding 2: a target cell across the year columns beside a 序号 cell merged down over the 说明 row ----------

def test_a_target_cell_across_both_years_is_each_years_beside_a_sequence_cell_merged_over_its_note_row(tmp_path):
    """p. 11: `成人人均每日食用油摄入量（g） | 2012年为42.1 | 25～30` (across 2022 and 2030) gave 2022 only: the row's box
    took in its 序号 cell, merged down over the 说明 row under it, and the box's middle fell below the target cell. The
    row's own height (its lowest cell) now decides: 2030 has 25～30 too."""
    def page(canvas) -> None:
        canvas.drawString(40, HEIGHT - 60, "健康中国行动主要指标")
        top = _header(canvas, 80)
        _box(canvas, 0, 0, top, top + 140)  # 领域, merged down over every row
        _put(canvas, 0, top, "合理膳食")
        for number, name, base, target in (("13", "人均每日食盐摄入量（g）", "10.5", "≤5"),
                                           ("14", "成人人均每日食用油摄入量（g）", "42.1", "25～30")):
            _box(canvas, 1, 1, top, top + 70)  # 序号 over the row and its 说明 row
            _put(canvas, 1, top, number)
            _row(canvas, top, ["", "", name, base, target, None, "倡导性"], height=20, merged=(4, 5), domain=False)
            _box(canvas, 1, 1, top, top + 70)
            _box(canvas, 2, 6, top + 20, top + 70)
            _put(canvas, 2, top + 20, "说明：监测人群的每日摄入量。")
            top += 70

    path = pdf_pages(tmp_path / "merged.pdf", [page])
    drafted = _drafted(path)
    assert _texts(drafted["成人人均每日食用油摄入量"]) == {2022: ["25～30"], 2030: ["25～30"]}
    assert _texts(drafted["人均每日食盐摄入量"]) == {2022: ["≤5"], 2030: ["≤5"]}


# --- finding 3: a value cell split by the page break -------------------------------------------------------------

def _split_row_pages(rest: list[str | None]):
    """Page 1: the header, row 9, and at the foot row 10 with the first part of its targets (比2019年提高); page 2: the
    header again, ``rest`` (the row's rest, no 序号, no name), then row 11."""
    def first(canvas) -> None:
        canvas.drawString(40, HEIGHT - 560, "健康中国行动主要指标")
        top = _header(canvas, 580)
        top = _row(canvas, top, ["合理膳食", "9", "成人肥胖增长率（%）", "5.3", "持续减缓", "持续减缓", "预期性"])
        top = _row(canvas, top, ["合理膳食", "10", "居民营养健康知识知晓率（%）", "—", "比2019年提高", "比2022年提高",
                                 "预期性"])
        canvas.drawString(290, HEIGHT - 820, "9")

    def second(canvas) -> None:
        top = _header(canvas, 60)
        top = _row(canvas, top, rest)
        _row(canvas, top, ["合理膳食", "11", "孕妇贫血率（%）", "17.2", "<14", "<10", "预期性"])

    return [first, second]


def test_a_target_cell_split_by_the_page_break_is_joined_to_the_row_above_the_break(tmp_path):
    """p. 10's foot `居民营养健康知识知晓率（%） | — | 比2019年提高 | 比2022年提高`, p. 11's top (under the header printed
    again) `（二）合理膳食行动 | | | | 10% | 10% |`: the rest has no 序号 and no name, so it was dropped in silence and the
    targets read `比2019年提高`. It is the rest of the row above the break: joined, and noted."""
    path = pdf_pages(tmp_path / "split.pdf", _split_row_pages(["合理膳食", "", "", "", "10%", "10%", ""]))
    draft = build(read_document(path))
    drafted = {item["name"]["zh"]: item for item in draft.indicators}
    known = drafted["居民营养健康知识知晓率"]
    assert _texts(known) == {2022: ["比2019年提高10%"], 2030: ["比2022年提高10%"]}
    assert "page break" in known["targets"][2022]["review"]
    assert _texts(drafted["孕妇贫血率"]) == {2022: ["<14"], 2030: ["<10"]}
    assert any("runs on over the page break" in note for note in draft.plan.get("review", "").split("; "))


# --- finding 4: rows under a 领域 cell whose label is printed past the page break --------------------------------

def test_rows_at_a_pages_foot_under_a_group_row_take_the_domain_printed_past_the_break(tmp_path):
    """p. 12's foot: `'' | 结果性指标` then `29 | 15岁以上人群吸烟率（%）`, their 领域 cell begun empty (its label
    `（四）控烟行动` printed in the cell on the next page). 吸烟率 took `结果性指标` — a kind of indicator — as its
    domain. It takes the label printed past the break, noted; 结果性指标 is never a domain."""
    def first(canvas) -> None:
        canvas.drawString(40, HEIGHT - 560, "健康中国行动主要指标")
        top = _header(canvas, 580)
        _box(canvas, 0, 0, top, top + 40)
        _put(canvas, 0, top, "全民健身")
        for cells in (["", "27", "每千人拥有社会体育指导员（人）", "1.6", "1.9", "2.3", "预期性"],
                      ["", "28", "农村行政村体育设施覆盖率（%）", "88", "95", "100", "预期性"]):
            top = _row(canvas, top, cells, domain=False)
        _box(canvas, 0, 0, top, top + 40)  # the new 领域 cell, begun empty on this page
        top = _row(canvas, top, [None, "结果性指标"], merged=(1, 6), domain=False)
        _row(canvas, top, ["", "29", "15岁以上人群吸烟率（%）", "27.7", "<24.5", "<20", "预期性"], domain=False)

    def second(canvas) -> None:
        top = _header(canvas, 60)
        _box(canvas, 0, 0, top, top + 40)
        _put(canvas, 0, top, "控烟行动")
        top = _row(canvas, top, ["", "30", "无烟法规保护人口比例（%）", "10", "≥30", "≥80", "预期性"], domain=False)
        _row(canvas, top, ["", "31", "无烟党政机关比例（%）", "—", "90", "100", "约束性"], domain=False)

    drafted = _drafted(pdf_pages(tmp_path / "domain.pdf", [first, second]))
    smoking = drafted["15岁以上人群吸烟率"]
    assert smoking["domain"] == "控烟行动" and "page break" in smoking["review"]
    assert drafted["农村行政村体育设施覆盖率"]["domain"] == "全民健身"
    assert drafted["无烟法规保护人口比例"]["domain"] == "控烟行动"
    assert all(item.get("domain") != "结果性指标" for item in drafted.values())


# --- findings 7 and 9 (and 1's direction): a Word table ---------------------------------------------------------

def _word_table(path: Path, more: list[tuple[str, ...]] = ()) -> Path:
    """《健康中国行动》's rows in a Word table: 领域 merged down, group rows and a 说明 row merged across the other
    columns, two indicators stacked in one row, a count of cases to be eliminated."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("健康中国行动（2019—2030年）")
    document.add_paragraph("2019年7月9日")
    document.add_paragraph("健康中国行动主要指标")
    rows = [("结果性指标",),
            ("11", "孕妇贫血率（%）", "2013年为17.2", "<14", "<10", "预期性"),
            ("个人和社会倡导性指标",),
            ("13", "人均每日食盐摄入量（g）", "2012年为10.5", "≤5", "≤5", "倡导性"),
            ("说明：2013年，世界卫生组织建议人均每日食盐摄入量不高于5g。",),
            ("108", "乡镇卫生院、社区卫生服务中心提供中医非药物疗法的比例（%），村卫生室提供中医非药物疗法的比例（%）",
             "—", "100\n70", "100\n80", "约束性"),
            ("116", "疟疾本地感染病例数（例）", "40", "消除#", "消除#", "预期性"), *more]
    table = document.add_table(rows=1 + len(rows), cols=7)
    table.style = "Table Grid"
    for column, text in enumerate(HEADER):
        table.cell(0, column).text = text
    for at, cells in enumerate(rows, 1):
        if len(cells) == 1:
            table.cell(at, 1).merge(table.cell(at, 6)).text = cells[0]
        else:
            for column, text in enumerate(cells, 1):
                table.cell(at, column).text = text
    table.cell(1, 0).merge(table.cell(len(rows), 0)).text = "（二）合理膳食行动"
    document.save(str(path))
    return path


def test_a_word_tables_group_and_note_rows_merged_across_are_no_indicators(tmp_path):
    """`结果性指标`, `个人和社会倡导性指标` and `说明：2013年，世界卫生组织建议…不高于5g。`, each one cell across the columns
    beside the merged 领域, were drafted as indicators whose targets were their own words (the PDF reader skips them).
    They set nothing: the rows under them keep the 领域."""
    drafted = _drafted(_word_table(tmp_path / "table.docx"))
    assert not [name for name in drafted if "指标" in name[-2:] or name.startswith("说明")], list(drafted)
    assert drafted["人均每日食盐摄入量"]["domain"] == "（二）合理膳食行动"
    assert _texts(drafted["孕妇贫血率"]) == {2022: ["<14"], 2030: ["<10"]}


def test_two_indicators_named_in_one_cell_with_stacked_values_are_split_in_order(tmp_path):
    """`…社区卫生服务中心提供中医非药物疗法的比例（%），村卫生室提供中医非药物疗法的比例（%）` over `100⏎70` and `100⏎80`
    was one indicator with the targets `100 70` / `100 80`. Two names, two values a cell: two indicators, noted."""
    drafted = _drafted(_word_table(tmp_path / "table.docx"))
    centres = drafted["乡镇卫生院、社区卫生服务中心提供中医非药物疗法的比例"]
    clinics = drafted["村卫生室提供中医非药物疗法的比例"]
    assert _texts(centres) == {2022: ["100"], 2030: ["100"]} and _texts(clinics) == {2022: ["70"], 2030: ["80"]}
    assert centres["unit"] == clinics["unit"] == "%" and "check the pairing" in clinics["review"]


def test_two_names_whose_values_do_not_pair_stay_one_row_with_a_note(tmp_path):
    """Where the values do not pair one to one (three in a cell for two names) the row stays whole and says why."""
    drafted = _drafted(_word_table(tmp_path / "table.docx", [
        ("109", "甲类机构开展服务的比例（%），乙类机构开展服务的比例（%）", "—", "100\n70\n60", "100\n80\n70", "预期性")]))
    whole = next(item for name, item in drafted.items() if name.startswith("甲类机构"))
    assert "乙类机构" in whole["name"]["zh"] and "two names, two values" in whole["review"]


# --- finding 1: 消除 of a count of cases ---------------------------------------------------------------------------

def test_a_count_of_cases_to_be_eliminated_is_drafted_down(tmp_path):
    """`疟疾本地感染病例数（例） | 40 | 消除# | 消除#` was drafted `direction: up` with no note (消除 read as a deliverable's
    yes/no): a count of cases is lower-is-better, and its 消除 is none left."""
    item = _drafted(_word_table(tmp_path / "table.docx"))["疟疾本地感染病例数"]
    assert item["direction"] == "down" and "none left" in item["review"]


def test_eliminated_on_a_lower_is_better_count_is_none_left_and_zero_passes(tmp_path):
    """With direction down, `消除#` is ≤ 0 in the indicator's unit: 0 例 passes (it failed as "no"), 3 例 fails. A
    deliverable of no way (neutral), or of no unit, is still yes/no."""
    rule = parse_target("消除#", "例", "down")
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<=", 0.0)
    assert parse_target("基本消除疟疾", "例", "down").value == 0.0
    assert parse_target("消除#", None, "neutral").kind == "achieved"
    assert parse_target("基本消除氟砷中毒危害", None, "down").kind == "achieved"  # a hazard of no unit: yes/no
    plan = written(tmp_path, HEAD + """\
  - id: malaria
    name: {zh: 疟疾本地感染病例数}
    unit: 例
    direction: down
    targets:
      2025: {text: "消除#"}
""", "plan.yaml")
    passed = check(plan, written(tmp_path, "region,indicator,year,value\n甲市,疟疾本地感染病例数,2025,0\n"))
    assert passed.exit_code == 0, passed.output
    failed = check(plan, written(tmp_path, "region,indicator,year,value\n甲市,疟疾本地感染病例数,2025,3\n", "more.csv"))
    assert failed.exit_code == 1, failed.output
