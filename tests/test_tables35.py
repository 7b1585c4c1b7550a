"""Round 35: indicator tables in documents — base values that name their own year, a group row's domain over a PDF
page break, a date line run on into a PDF's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.documents.draft import build, to_yaml
from checker.documents.readers import read_document
from files import check, pdf_pages, written

pytest.importorskip("bs4")

_HEAD = "<h1>健康张掖行动实施方案（2022—2035年）</h1><p>张掖市人民政府 2022年3月</p>"


def _current_values(cells: list[str]) -> Path:
    """A table of 现状值 (no year in the header) | 2025年 | 2030年, its base cells ``cells``, one a row."""
    rows = [("人均预期寿命", "岁", "78.5", "79.5"), ("婴儿死亡率", "‰", "≤5.0", "≤4.5"),
            ("孕产妇死亡率", "1/10万", "≤14", "≤12")]
    body = "".join(f"<tr><td>{name}</td><td>{unit}</td><td>{cell}</td><td>{first}</td><td>{second}</td></tr>"
                   for (name, unit, first, second), cell in zip(rows, cells))
    return ("<table border='1'><tr><th>指标</th><th>单位</th><th>现状值</th><th>2025年</th><th>2030年</th></tr>"
            f"{body}</table>")


@pytest.mark.parametrize("cells", [["77.8（2020年）", "4.6（2020年）", "15.2（2020年）"],
                                   ["2020年77.8", "2020年：4.6", "2020年为15.2"]])
def test_base_values_that_name_their_year_give_the_plans_base_year(tmp_path, cells):
    """A 现状值 column whose cells name their own year (77.8（2020年）, 2020年77.8) was drafted with the base year from
    the date (2021 for a plan dated 2022年3月): every stated baseline went unused, and `check` said the plan had no
    baseline. The base year is now the year the base values name; `check` judges progress from them."""
    page = tmp_path / "plan.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{_HEAD}{_current_values(cells)}</body></html>",
                    encoding="utf-8")
    draft = build(read_document(page))
    assert draft.plan["base_year"] == 2020, draft.plan
    assert all(2020 in item["baseline"] for item in draft.indicators), [item["baseline"] for item in draft.indicators]
    assert "guessed" not in draft.plan.get("review", ""), draft.plan["review"]
    plan = written(tmp_path, to_yaml(draft, "plan.html"), "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n张掖市,人均预期寿命,2023,78.35,岁\n")
    result = check(plan, data, "--as-of", "2023")
    assert "缺少基期值" not in result.output and "2020年基期值" in result.output, result.output


def test_base_values_of_mixed_years_take_the_most_rows_year_and_name_the_others(tmp_path):
    """Base cells of 2020 and 2021 under one 现状值 column: the base year was the date's (2021), silently leaving the
    2020 values unused. It is now the year most rows' values name (2020), and the plan's note names the rows of
    another year (2021), whose progress is judged from 2020. Where most cells name no year, the one that does is the
    exception (基期水平 … 78.7（2019年）, 另有注明的除外): it does not set the year of the others, still guessed."""
    page = tmp_path / "plan.html"
    cells = ["77.8（2020年）", "4.6（2021年）", "15.2（2020年）"]
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{_HEAD}{_current_values(cells)}</body></html>",
                    encoding="utf-8")
    draft = build(read_document(page))
    assert draft.plan["base_year"] == 2020, draft.plan
    assert "1 row(s) give a base of 2021" in draft.plan["review"], draft.plan["review"]
    assert [item["baseline"] for item in draft.indicators] == [{2020: "77.8（2020年）"}, {2021: "4.6（2021年）"},
                                                               {2020: "15.2（2020年）"}]
    cells = ["77.8（2019年）", "4.6", "15.2"]
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{_HEAD}{_current_values(cells)}</body></html>",
                    encoding="utf-8")
    draft = build(read_document(page))
    assert draft.plan["base_year"] == 2021 and "base year guessed" in draft.plan["review"], draft.plan
    assert [item["baseline"] for item in draft.indicators] == [{2019: "77.8（2019年）"}, {2021: "4.6"}, {2021: "15.2"}]



def _ruled(page, top: float, rows: list[list[str]], widths: tuple[float, ...] = (40, 200, 50, 60, 60)) -> None:
    """A ruled table, its top ``top`` points below the page's top; a row of one cell spans the table (a group row)."""
    from reportlab.lib.pagesizes import A4

    left, height = 40.0, 24.0
    xs = [left + sum(widths[:at]) for at in range(len(widths) + 1)]
    for r, row in enumerate(rows):
        y = A4[1] - top - r * height
        page.line(xs[0], y, xs[-1], y)
        page.line(xs[0], y - height, xs[-1], y - height)
        edges = [xs[0], xs[-1]] if len(row) == 1 else xs
        for x in edges:
            page.line(x, y, x, y - height)
        for x, text in zip(edges, row):
            page.drawString(x + 3, y - 16, text)


_HEADER = ["序号", "指标", "单位", "2025年", "2030年"]


def _first_page(page) -> None:
    """Page 1: the title, the date, and the table's rows under the group row 一、健康生活 to the foot of the page."""
    from reportlab.lib.pagesizes import A4

    page.drawString(40, A4[1] - 60, "某市健康促进行动方案（2022—2030年）")
    page.drawString(40, A4[1] - 80, "2022年3月")
    _ruled(page, 620, [_HEADER, ["一、健康生活"], ["1", "居民健康素养水平", "%", "25", "30"],
                       ["2", "经常参加体育锻炼人数比例", "%", "40", "45"]])


def _second_page(page) -> None:
    """Page 2: the header repeated, a row of 健康生活 carried on, then the group row 二、健康服务 and its row."""
    _ruled(page, 60, [_HEADER, ["3", "每千人拥有社会体育指导员", "人", "2.16", "2.5"], ["二、健康服务"],
                      ["4", "高血压患者规范管理率", "%", "≥65", "≥70"]])


def test_a_group_rows_domain_carries_over_a_page_break_into_the_repeated_header(tmp_path):
    """Domains given by rows across the table (一、健康生活) in a PDF whose next page repeats the header: the rows at
    the top of that page, read as a second table, got no domain and no note. The last group row's domain now carries
    over the break into the same table (the same header), as it carries down within a page, and the plan says so."""
    draft = build(read_document(pdf_pages(tmp_path / "plan.pdf", [_first_page, _second_page])))
    domains = {item["name"]["zh"]: item.get("domain") for item in draft.indicators}
    assert domains == {"居民健康素养水平": "健康生活", "经常参加体育锻炼人数比例": "健康生活",
                       "每千人拥有社会体育指导员": "健康生活", "高血压患者规范管理率": "健康服务"}, domains
    assert "take the domain 健康生活 from above the break" in draft.plan["review"], draft.plan["review"]


def test_a_date_line_under_a_pdf_title_in_larger_type_is_no_part_of_it(tmp_path):
    """A PDF's title in large type, the date on the line under it (as a browser prints <h1> over <p>2022年3月</p>): the
    reader ran the date into the title (…（2022—2035年）2022年3月), and the plan's target_years gained 2022, which no
    target is for. The date line is now a paragraph of its own (the document's date), the title stops at its bracket,
    and target_years lists only years a drafted target is for (the title's 2035 names none either)."""
    from reportlab.lib.pagesizes import A4

    def draw(page) -> None:
        page.setFont("STSong-Light", 24)
        page.drawString(34, A4[1] - 100, "健康张掖行动实施方案（2022—2035年）")
        page.setFont("STSong-Light", 12)
        page.drawString(34, A4[1] - 136, "2022年3月")
        page.drawString(34, A4[1] - 170, "到2025年，人均预期寿命达到78.5岁；到2030年，人均预期寿命达到79.5岁。")

    draft = build(read_document(pdf_pages(tmp_path / "plan.pdf", [draw])))
    assert draft.plan["title"] == {"zh": "健康张掖行动实施方案（2022—2035年）"}, draft.plan["title"]
    assert draft.plan["target_years"] == [2025, 2030], draft.plan["target_years"]
