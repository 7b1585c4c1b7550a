"""Round 34: indicator tables in documents — group cells over year columns, look-back tables, cells across years."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.errors import CheckerError
from files import draft_of_file as _drafted

pytest.importorskip("bs4")


def _html(folder: Path, body: str, head: str = "<p>某县健康行动方案（2025—2030年）</p><p>2024年12月</p>") -> Path:
    """An HTML page of ``head`` (a title and a date) and ``body``."""
    path = folder / "plan.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{head}{body}</body></html>", encoding="utf-8")
    return path



_TWO_ROW = ("<p>表1　主要指标</p><table border='1'><tr><th rowspan='2'>指标</th><th rowspan='2'>单位</th>"
            "<th>{group}</th><th colspan='2'>目标值</th></tr><tr><th>2024年</th><th>2027年</th><th>2030年</th></tr>"
            "<tr><td>人均预期寿命</td><td>岁</td><td>77.6</td><td>78.1</td><td>78.5</td></tr>"
            "<tr><td>婴儿死亡率</td><td>‰</td><td>4.3</td><td>≤4.2</td><td>≤4.0</td></tr></table>")


@pytest.mark.parametrize("group", ["现状值", "基期值", "基期", "现状", "基准值"])
def test_a_baseline_group_cell_over_the_documents_own_year_makes_it_the_baseline(tmp_path, group):
    """A two-row header with 现状值 (基期, 基准值 …) over 2024年, in a plan dated 2024年12月, drafted 77.6 and 4.3 as 2024
    targets (the group cell was dropped for the year under it), and `check` failed 婴儿死亡率 against its own figure; the
    group cell now makes the column the baseline, as the one-row 现状值（2024年） does."""
    draft, found = _drafted(_html(tmp_path, _TWO_ROW.format(group=group)))
    assert found == {("人均预期寿命", 2027, "78.1"), ("人均预期寿命", 2030, "78.5"),
                     ("婴儿死亡率", 2027, "≤4.2"), ("婴儿死亡率", 2030, "≤4.0")}, found
    assert [item["baseline"] for item in draft.indicators] == [{2024: "77.6"}, {2024: "4.3"}]
    assert draft.plan["base_year"] == 2024 and draft.plan["target_years"] == [2027, 2030]


_LOOK_BACK = ("<p>表1：2022年某区主要指标完成情况</p><table border='1'><tr><th rowspan='2'>序号</th>"
              "<th rowspan='2'>指标名称</th><th rowspan='2'>属性</th><th colspan='2'>完成情况</th>"
              "<th rowspan='2'>年度目标</th></tr><tr><th>绝对值</th><th>同比增长</th></tr>"
              "<tr><td>1</td><td>地区生产总值</td><td>预期性</td><td>16013.40亿元</td><td>1.1%</td><td>增长7%左右</td></tr>"
              "<tr><td>2</td><td>实到外资</td><td>预期性</td><td>110.6亿美元</td><td>3.3%</td><td>100亿美元以上</td></tr>"
              "</table>")
_NEXT_YEAR = ("<p>表2：2023年某区主要预期目标</p><table border='1'><tr><th>序号</th><th>指标名称</th><th>属性</th>"
              "<th>2023年目标</th></tr><tr><td>1</td><td>地区生产总值</td><td>预期性</td><td>增长5.5%左右</td></tr></table>")


def test_a_look_back_tables_targets_are_not_the_next_years(tmp_path):
    """A report dated 2023年1月 with 表1：2022年…完成情况 (完成情况 | 年度目标) drafted 2022's 年度目标 as 2023 targets; now
    the caption dates the table: its targets are 2022's, before the document, and left out saying so; the next
    table's 2023 targets are drafted."""
    head = "<p>关于某区2022年计划执行情况与2023年计划草案的报告</p><p>2023年1月</p>"
    draft, found = _drafted(_html(tmp_path, _LOOK_BACK + _NEXT_YEAR, head))
    assert found == {("地区生产总值", 2023, "增长5.5%左右")}, found
    assert [why for why in draft.left_out if "2022's results and targets" in why], draft.left_out
    with pytest.raises(CheckerError, match="2022's results and targets"):
        build(read_document(_html(tmp_path, _LOOK_BACK, head)))


def test_a_look_back_table_in_an_undated_report_files_its_results_under_the_captions_year(tmp_path):
    """Where no date says the report is later, a look-back table's results were filed under a guessed base year (2017
    in the tester's report) and its 同比增长 column was lost without a word; now the results are the caption's year's
    (2022), its targets are 2022's with a note on each, and the change column is kept under columns."""
    draft, found = _drafted(_html(tmp_path, _LOOK_BACK, "<p>某区主要指标</p>"))
    assert found == {("地区生产总值", 2022, "增长7%左右"), ("实到外资", 2022, "100亿美元以上")}, found
    first = draft.indicators[0]
    assert first["baseline"] == {2022: "16013.40亿元"}
    assert first["columns"]["完成情况同比增长"] == "1.1%"
    assert "2022's results" in first["targets"][2022]["review"]


def test_a_cell_merged_across_year_columns_that_names_each_year_is_read_per_year(tmp_path):
    """A cell merged across 2027年 | 2030年 (colspan) that names each year (2027年≥30；2030年≥35) was refused in both
    columns (each got the whole text, unreadable, and the 2030 one "names 2027"), as was the same text in the 2030 cell
    beside a 2027 cell that says ≤4.2 already; each is now read per year, as in a 目标值 column."""
    body = ("<table border='1'><tr><th>指标</th><th>单位</th><th>2024年</th><th>2027年</th><th>2030年</th></tr>"
            "<tr><td>居民健康素养水平</td><td>%</td><td>28.5</td><td colspan='2'>2027年≥30；2030年≥35</td></tr>"
            "<tr><td>婴儿死亡率</td><td>‰</td><td>4.3</td><td>≤4.2</td><td>2027年≤4.2；2030年≤4.0</td></tr>"
            "<tr><td>孕产妇死亡率</td><td>1/10万</td><td>9</td><td>≤8</td><td>2027年≤7；2030年≤6</td></tr></table>")
    draft, found = _drafted(_html(tmp_path, body, "<p>某县健康行动方案（2025—2030年）</p><p>2025年3月</p>"))
    assert {(name, year, text) for name, year, text in found if name != "孕产妇死亡率"} == {
        ("居民健康素养水平", 2027, "2027年≥30"), ("居民健康素养水平", 2030, "2030年≥35"),
        ("婴儿死亡率", 2027, "≤4.2"), ("婴儿死亡率", 2030, "2030年≤4.0")}, found
    # a part that another column contradicts (≤8 under 2027年, 2027年≤7 in the 2030 cell) is not for a guess: kept whole
    assert ("孕产妇死亡率", 2030, "2027年≤7；2030年≤6") in found


@pytest.mark.parametrize("header", ["113年實際值", "113年基準值", "113年現況值"])
def test_a_taiwan_base_header_with_a_bare_roc_year_is_read_as_its_year(tmp_path, header):
    """A Taiwan KPI table's 113年實際值 / 113年基準值 / 113年現況值 (a 民國 year with no 度 or 民國) was not read as 2024: its
    value went under a guessed base year 2021 ("names no year") or only into columns; it is now 2024, as 113年度實際值
    and 民國113年實際值 were."""
    path = tmp_path / "kpi.md"
    path.write_text(f"# 臺南市衛生局關鍵績效指標\n\n| 關鍵績效指標 | {header} | 115年度目標值 | 119年目標值 |\n"
                    "|---|---|---|---|\n| 新生兒死亡率 | 2.8‰ | ≦2.7‰ | ≦2.5‰ |\n", encoding="utf-8")
    draft, found = _drafted(path)
    assert {(year, text) for _, year, text in found} == {(2026, "≦2.7‰"), (2030, "≦2.5‰")}, found
    assert draft.indicators[0]["baseline"] == {2024: "2.8‰"}
    assert draft.plan["base_year"] == 2024


_SIDE = ("<table border='1'><tr><th>指标</th><th>单位</th><th>2024年</th><th>2030年目标</th><th>指标名称</th><th>单位</th>"
         "<th>2024年</th><th>2030年</th></tr><tr><td>人均预期寿命</td><td>岁</td><td>77.6</td><td>78.5</td>"
         "<td>每千人口医疗卫生机构床位数</td><td>张</td><td>6.9</td><td>7.5</td></tr><tr><td>婴儿死亡率</td><td>‰</td>"
         "<td>4.3</td><td>≤4.0</td><td>居民健康素养水平</td><td>%</td><td>28.5</td><td>≥35</td></tr></table>")


def test_two_tables_side_by_side_in_one_grid_with_headers_written_apart_are_read_as_two(tmp_path):
    """Two tables in one grid whose headers differ (指标 … | 指标名称 …) were read as one: the left names became domains,
    the right names took the left's targets (床位数 → 78.5) and two indicators were lost; the grid is now cut where the
    second table's name column begins, each read alone."""
    draft, found = _drafted(_html(tmp_path, _SIDE, "<p>某县健康行动方案（2025—2030年）</p><p>2025年3月</p>"))
    assert found == {("人均预期寿命", 2030, "78.5"), ("婴儿死亡率", 2030, "≤4.0"),
                     ("每千人口医疗卫生机构床位数", 2030, "7.5"), ("居民健康素养水平", 2030, "≥35")}, found
    assert {item["name"]["zh"]: (item["unit"], item["baseline"]) for item in draft.indicators} == {
        "人均预期寿命": ("岁", {2024: "77.6"}), "婴儿死亡率": ("‰", {2024: "4.3"}),
        "每千人口医疗卫生机构床位数": ("张", {2024: "6.9"}), "居民健康素养水平": ("%", {2024: "28.5"})}


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium fonts-noto-cjk)")
def test_two_ruled_tables_side_by_side_run_together_in_a_pdf_are_not_read_with_a_wrong_unit(tmp_path):
    """Two ruled tables printed side by side (chromium) came out of pdfplumber as one grid, their cells run together:
    人均预期寿命 was drafted with the unit 张 and the baseline 6.9 of the right table's 床位数, 婴儿死亡率 with %, and the
    right table's two indicators were lost with nothing left out. Such a grid is now refused where it stands, listed
    as not read, and the refusal names it."""
    pytest.importorskip("pdfplumber")
    html = tmp_path / "plan.html"
    html.write_text("<html><head><meta charset='utf-8'></head><body><p>某县健康行动方案（2025—2030年）</p>"
                    "<p>2025年3月</p><table><tr><td><p>表1　健康水平指标</p><table border='1'><tr><th>指标</th>"
                    "<th>单位</th><th>2024年</th><th>2030年目标</th></tr><tr><td>人均预期寿命</td><td>岁</td><td>77.6</td>"
                    "<td>78.5</td></tr><tr><td>婴儿死亡率</td><td>‰</td><td>4.3</td><td>≤4.0</td></tr></table></td><td>"
                    "<p>表2　健康服务指标</p><table border='1'><tr><th>指标</th><th>单位</th><th>2024年</th>"
                    "<th>2030年目标</th></tr><tr><td>每千人口医疗卫生机构床位数</td><td>张</td><td>6.9</td><td>7.5</td>"
                    "</tr><tr><td>居民健康素养水平</td><td>%</td><td>28.5</td><td>≥35</td></tr></table></td></tr>"
                    "</table></body></html>", encoding="utf-8")
    profile, pdf = tmp_path / "profile", tmp_path / "plan.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.resolve().as_uri()],
                   capture_output=True, timeout=180, stdin=subprocess.DEVNULL, check=True, env={**os.environ, "TZ": "UTC"})
    doc = read_document(pdf)
    grids = [block for block in doc.blocks if hasattr(block, "rows")]
    if len(grids) != 1:
        pytest.skip("pdfplumber read the two tables apart here: nothing run together to refuse")
    try:
        draft = build(doc)
    except CheckerError as error:
        assert "two tables side by side" in str(error.hint), error.hint
        return
    units = {item["name"]["zh"]: item.get("unit") for item in draft.indicators}
    assert units.get("人均预期寿命") in (None, "岁") and units.get("婴儿死亡率") in (None, "‰"), units
    assert [why for why in draft.left_out if "two tables side by side" in why], draft.left_out


def test_the_issuers_line_above_a_title_is_not_joined_to_it(tmp_path):
    """武汉市人民政府 on the line above “健康武汉2035”规划（摘录） was joined to it as one title wrapped (the issuer has no
    title word), with no note; the issuer's line (rules/extract.yaml issuer) now stays apart."""
    from checker.documents.text import read_text

    draft = build(read_text("武汉市人民政府\n“健康武汉2035”规划（摘录）\n2018年10月\n到2035年，全市人均预期寿命达到82岁。\n",
                            "plan.txt"))
    assert draft.plan["title"] == {"zh": "“健康武汉2035”规划（摘录）"}


def test_a_reports_own_heading_is_its_title_and_about_is_no_part_of_its_region(tmp_path):
    """A report's <h2> title longer than 40 characters was passed over for the issuer's line joined to a section
    heading (浦东新区人民政府一、2022年…执行情况), and 关于某区… gave the region 关于某区; the page's own top heading is now
    the title (its 2023年…计划草案 dates the report, so the look-back table is left out) and the region is 某区."""
    head = ("<h2>关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告</h2>"
            "<p>——2023年1月在某区第七届人民代表大会第三次会议上</p><p>某区人民政府</p>"
            "<h3>一、2022年国民经济和社会发展计划执行情况</h3>")
    draft, found = _drafted(_html(tmp_path, _LOOK_BACK + "<h3>二、2023年主要目标</h3>" + _NEXT_YEAR, head))
    assert draft.plan["title"] == {"zh": "关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"}
    assert draft.plan["region"] == "某区"
    assert found == {("地区生产总值", 2023, "增长5.5%左右")}, found
