"""Thirty-ninth round, hostile files: another region's rows in the CI formats, HTML with its optional end tags left
out, a column whose header merely holds a year, text standing in <body>, a byte-order mark mid-file, and an ESC in
a name written to JUnit."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from files import check, indicator_plan, written

# --- F1. another region's rows reach github, sarif and junit -----------------------------------------------------

#: 甲市's IMR passes; line 3 is a look-alike region (巿, U+5DFF) whose failing value was a silent n/a in CI formats
_TYPO = "region,indicator,year,value,unit\n甲市,婴儿死亡率,2025,3,‰\n甲巿,婴儿死亡率,2025,30,‰\n"


def _typo_run(folder: Path, form: str):
    plan = written(folder, indicator_plan("婴儿死亡率", "‰", "down", "≤4‰"), "plan.yaml")
    return check(plan, written(folder, _TYPO), "--as-of", "2025", "--format", form)


def test_another_regions_rows_are_a_github_warning_at_their_row(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "github")
    warnings = [line for line in result.output.splitlines() if line.startswith("::warning") and "甲巿" in line]
    assert len(warnings) == 1 and "line=3" in warnings[0] and "未纳入" in warnings[0], result.output


def test_another_regions_rows_are_a_sarif_result(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "sarif")
    run = json.loads(result.output)["runs"][0]
    found = [r for r in run["results"] if r["ruleId"] == "left-out-rows"]
    assert len(found) == 1 and found[0]["level"] == "warning" and "甲巿" in found[0]["message"]["text"], found
    assert found[0]["properties"] == {"reason": "region", "subject": "甲巿", "rows": 1}
    assert found[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert "left-out-rows" in [rule["id"] for rule in run["tool"]["driver"]["rules"]]


def test_another_regions_rows_are_said_in_junit(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "junit")
    root = ET.fromstring(result.output.split("\n", 1)[1])
    notes = " ".join(element.text or "" for element in root.iter("system-out"))
    assert "left out: region '甲巿'" in notes and "data.csv:3" in notes, result.output


# --- F7. an ESC in a name is shown as \x1b in JUnit, as in every other format -------------------------------------


def test_junit_shows_a_control_in_a_name_as_its_escape(tmp_path: Path) -> None:
    plan = written(tmp_path, indicator_plan('"婴儿死亡率\\x1b[31m\\u2028"', "‰", "down", "≤4‰"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,人均预期寿命,2025,80,岁\n")
    result = check(plan, data, "--as-of", "2025", "--format", "junit")
    assert result.exit_code == 0, result.output
    assert "\ufffd" not in result.output and "\x1b" not in result.output
    case = next(ET.fromstring(result.output.split("\n", 1)[1]).iter("testcase"))
    assert case.get("name").startswith("婴儿死亡率\\x1b[31m\\u2028 (ind)"), case.get("name")


# --- F2, F5. HTML with its optional end tags left out is read as a browser builds it -----------------------------

bs4 = pytest.importorskip("bs4")

_TABLE_ROWS = "<tr><td>人均预期寿命（岁）<td>79<td>≥80<tr><td>婴儿死亡率（‰）<td>3.2<td>≤4"


def _page(folder: Path, body: str, name: str = "plan.html") -> Path:
    path = folder / name
    path.write_text(f"<html><head><title>某市卫生健康“十四五”规划</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return path


def _drafted(path: Path) -> dict:
    from files import draft_of_file

    draft, _ = draft_of_file(path)
    return {item["name"]["zh"]: item for item in draft.indicators}


@pytest.mark.parametrize("table", [
    f"<table><tr><td>指标<td>2020年<td>2025年{_TABLE_ROWS}</table>",
    f"<table><tbody><tr><th>指标<th>2020年<th>2025年{_TABLE_ROWS}</tbody></table>",
    f"<table><thead><tr><th>指标<th>2020年<th>2025年<tbody>{_TABLE_ROWS}</table>"])
def test_cells_and_rows_without_end_tags_are_a_table(tmp_path: Path, table: str) -> None:
    """``<tr><td>…<td>…`` without ``</td></tr>`` (valid HTML): no table was found, one row's target was lost and the other
    drafted under a name glued to its baseline (婴儿死亡率（‰）3.2)."""
    items = _drafted(_page(tmp_path, f"<h1>某市卫生健康“十四五”规划</h1><p>表1 主要指标</p>{table}"))
    assert set(items) == {"人均预期寿命", "婴儿死亡率"}, items
    assert items["人均预期寿命"]["baseline"] == {2020: "79"} and items["人均预期寿命"]["targets"][2025]["text"] == "≥80"
    assert items["婴儿死亡率"]["baseline"] == {2020: "3.2"} and items["婴儿死亡率"]["targets"][2025]["text"] == "≤4"


def test_a_cell_of_a_nested_table_does_not_close_the_outer_cell() -> None:
    from checker.documents.htmltree import page_tree

    soup = page_tree("<table><tr><td>a<table><tr><td>b<td>c</table>d<td>e</table>")
    outer = soup.find("table")
    cells = outer.find("tr").find_all("td", recursive=False)
    assert [cell.get_text() for cell in cells] == ["abcd", "e"]


def test_paragraphs_and_items_without_end_tags_are_flat_and_counted_once(tmp_path: Path) -> None:
    """1,500 ``<p>`` without ``</p>`` were refused as "nested 1503 deep"; 5 were counted as 13 targets (each paragraph's
    text again inside every one around it)."""
    from checker.documents.draft import build
    from checker.documents.web import read_html

    filler = "<p>坚持以人民健康为中心，深入推进健康城市建设。" * 1500
    body = filler + "<p>到2025年，婴儿死亡率降低到4‰以下。<p>到2025年，孕产妇死亡率降低到10/10万以下。"
    draft = build(read_html(f"<html><body><h1>某市卫生健康“十四五”规划</h1>{body}</body></html>", "p.html"))
    assert sum(len(item["targets"]) for item in draft.indicators) == 2
    items = "<ul>" + "<li>坚持以人民健康为中心。" * 1500 + "<li>到2025年，婴儿死亡率降低到4‰以下。</ul>"
    document = read_html(f"<html><body>{items}</body></html>", "li.html")
    assert len(document.blocks) == 1501 and document.blocks[-1].text == "到2025年，婴儿死亡率降低到4‰以下。"


def test_a_list_item_keeps_its_nested_list_and_a_paragraph_stays_in_its_cell() -> None:
    from checker.documents.htmltree import page_tree

    soup = page_tree("<ul><li>一<ul><li>甲<li>乙</ul><li>二</ul><table><tr><td><p>x<div>y</div><td>z</table>")
    top = soup.find("ul")
    assert [li.get_text() for li in top.find_all("li", recursive=False)] == ["一甲乙", "二"]
    assert [td.get_text() for td in soup.find_all("td")] == ["xy", "z"]


def test_paragraphs_closed_by_the_next_keep_their_lines_as_closed_ones_do() -> None:
    """The same page with and without ``</p>``: the same paragraphs at the same lines (without, the first paragraph
    held the second's text, read again at the first's line)."""
    from checker.documents.web import read_html

    page = ("<html><body>\n<h1>某市规划</h1>\n<p>到2025年，\n婴儿死亡率降低到4‰以下。{end}\n<p>孕产妇死亡率降低到10/10万以下。{end}"
            "\n<table>\n<tr><td>指标</td></tr>\n</table></body></html>")
    for end in ("</p>", ""):
        document = read_html(page.format(end=end), "w.html")
        paragraphs = [(block.text, block.line) for block in document.blocks if hasattr(block, "text")]
        assert paragraphs == [("某市规划", 2), ("到2025年，婴儿死亡率降低到4‰以下。", 3),
                              ("孕产妇死亡率降低到10/10万以下。", 5), ("指标", 7)], (end, paragraphs)


# --- F4. text standing directly in <body> is read, at its line ------------------------------------------------------


@pytest.mark.parametrize("body, line", [
    ("到2025年，婴儿死亡率降低到4‰以下。", 1),
    ("<h1>某市卫生健康“十四五”规划</h1>\n到2025年，婴儿死亡率降低到4‰以下。\n", 2),
    ("坚持以人民健康为中心。<BR>\n<b>到2025年</b>，婴儿死亡率降低到4‰以下。<br>", 2),
    ("<div><h2>主要目标</h2>\n\n到2025年，婴儿死亡率降低到4‰以下。</div>", 3)])
def test_text_standing_in_body_is_read_at_its_line(tmp_path: Path, body: str, line: int) -> None:
    items = _drafted(_page(tmp_path, body))
    target = items["婴儿死亡率"]["targets"][2025]
    assert target["text"] == "降低到4‰以下" and target["source"]["line"] == line, target


# --- F3. a column whose header merely holds a year is no year column ------------------------------------------------


@pytest.mark.parametrize("extra", ["数据来源（2019）", "数据来源（2019年版统计制度）", "GB 3095-2012", "c1900"])
def test_a_header_with_a_notes_or_a_codes_year_is_kept_as_a_column(tmp_path: Path, extra: str) -> None:
    """With such a header beside 2020年 | 2025年, the 2020 baselines were drafted as 2020 targets and the base year
    became 2019, 2012 or 1900."""
    from files import draft_of_file

    path = tmp_path / "plan.md"
    path.write_text(f"| 指标 | 单位 | 2020年 | 2025年 | {extra} |\n|---|---|---|---|---|\n"
                    "| 婴儿死亡率 | ‰ | 3.2 | ≤4 | 卫生统计年报 |\n| 人均预期寿命 | 岁 | 79 | ≥80 | |\n", encoding="utf-8")
    draft, targets = draft_of_file(path)
    assert targets == {("婴儿死亡率", 2025, "≤4"), ("人均预期寿命", 2025, "≥80")}, targets
    assert draft.plan["base_year"] == 2020 and draft.plan["target_years"] == [2025]
    imr = next(item for item in draft.indicators if item["name"]["zh"] == "婴儿死亡率")
    assert imr["baseline"] == {2020: "3.2"} and list(imr["columns"].values()) == ["卫生统计年报"], imr


def test_a_year_column_header_is_a_year_not_a_year_in_a_note() -> None:
    from checker.documents.tables import header_role

    for header in ("数据来源（2019）", "GB 3095-2012", "c1900", "标准(GB3095-2012)"):
        assert header_role(header) not in ("year", "target", "baseline"), header
    for header in ("目标值（2025年）", "（2025年）", "Target 2025", "FY2025", "2025年（预计）", "Baseline (2020)", "2025年",
                   "数值（2020年）", "Mid Term (2015)", "近期（2025年）"):
        assert header_role(header) in ("year", "target", "baseline"), header


# --- F6. a byte-order mark mid-file says so ------------------------------------------------------------------------


def test_a_byte_order_mark_mid_file_is_named(tmp_path: Path) -> None:
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤4‰"), "plan.yaml")
    part = "\ufeffregion,indicator,year,value,unit\r\n甲市,婴儿死亡率,2025,3,‰\r\n"
    data = written(tmp_path, part + part)
    result = check(plan, data, "--as-of", "2025")
    assert result.exit_code == 2 and "data.csv:3:1" in result.output, result.output
    assert "byte-order mark" in result.output and "two files joined" in result.output
    assert "name it region" not in result.output
