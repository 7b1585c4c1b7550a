"""Indicator tables in the shapes other places' health plans give them, each read wrong or not at all
before: a group row written as one cell across the table (``colspan``), a dash in a year's cell, a
flattened row whose unit cell was taken for its baseline, and a two-line header flattened to one cell
a line. Tables are small and made here; each test asserts the drafted targets with their lines."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.documents.text import read_markdown, read_text
from checker.errors import CheckerError
from drafts import drafted


def by_name(draft) -> dict[str, dict]:
    return {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}


# a province's table as a web page: a two-line header (基期 / 目标 over 2020年 / 2025年) and a group row
# that is one cell spanning the whole table
COLSPAN_GROUP = """<html><head><meta charset="utf-8"></head><body>
<p>某省卫生健康事业发展“十四五”规划</p>
<p>X政办发〔2021〕30号</p>
<table>
<tr><td rowspan="2">类别</td><td rowspan="2">指标名称</td><td rowspan="2">单位</td><td>基期</td><td>目标</td><td rowspan="2">指标属性</td></tr>
<tr><td>2020年</td><td>2025年</td></tr>
<tr><td>健康水平</td><td>人均预期寿命</td><td>岁</td><td>79.47</td><td>80.5</td><td>预期性</td></tr>
<tr><td colspan="6">健康保障</td></tr>
<tr><td></td><td>个人卫生支出占卫生总费用比重</td><td>%</td><td>26.2</td><td>＜26</td><td>约束性</td></tr>
</table>
</body></html>
"""


def _html_draft(tmp_path, page: str):
    """The draft of a web page (the extract extra's HTML reader)."""
    pytest.importorskip("bs4")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    return build(read_document(path))


def test_a_group_row_spanning_the_table_is_a_domain_not_an_indicator(tmp_path):
    draft = _html_draft(tmp_path, COLSPAN_GROUP)
    assert drafted(draft) == {("人均预期寿命", 2025, "80.5", 7), ("个人卫生支出占卫生总费用比重", 2025, "＜26", 9)}
    items = by_name(draft)
    assert items["个人卫生支出占卫生总费用比重"]["domain"] == "健康保障"
    assert items["个人卫生支出占卫生总费用比重"]["baseline"] == {2020: "26.2"}


def test_a_dash_in_a_year_cell_is_no_baseline_and_a_dash_target_is_flagged():
    text = ("# 某省“十四五”全民健康规划\n\n发布时间：2021-12-20\n\n"
            "| 类别 | 指标 | 2020年 | 2022年 | 2025年 | 属性 |\n|---|---|---|---|---|---|\n"
            "| 健康水平 | 人均预期寿命（岁） | 78.3 | 78.6 | 79以上 | 预期性 |\n"
            "| | 人均健康预期寿命（岁） | — | — | 同比例提高 | 预期性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    items = by_name(draft)
    healthy = items["人均健康预期寿命"]
    assert "baseline" not in healthy  # — is no 2020 figure
    assert healthy["targets"][2022]["text"] == "—" and "only '—'" in healthy["targets"][2022]["review"]
    assert "only" not in healthy["targets"][2025].get("review", "")
    assert "review" not in items["人均预期寿命"]["targets"][2022]
    assert items["人均预期寿命"]["baseline"] == {2020: "78.3"}


# a city's table copied from a web page, one cell a line: 领域 / 序号 / 指标 / 单位 / 2020年 / 2025年 / 指标性质
FLAT_HEAD = "某市“十四五”卫生健康发展规划\n\n发布日期：2022-03-18\n\n主要指标\n\n领域\n序号\n指标\n单位\n"
FLAT_ROWS = ("健康水平\n1\n人均预期寿命\n岁\n80.2\n81\n预期性\n"
             "2\n人均健康预期寿命\n岁\n同比例提高\n预期性\n"
             "健康保障\n3\n个人卫生支出占卫生总费用的比重\n%\n—\n≤27\n约束性\n\n三、主要任务\n")


def test_a_flattened_row_short_of_a_value_keeps_its_unit_as_the_unit():
    draft = build(read_text(FLAT_HEAD + "2020年\n2025年\n指标性质\n" + FLAT_ROWS, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 19), ("人均健康预期寿命", 2025, "同比例提高", 24),
                              ("个人卫生支出占卫生总费用的比重", 2025, "≤27", 31)}
    healthy = by_name(draft)["人均健康预期寿命"]
    assert "baseline" not in healthy  # 岁 was taken for the 2020 figure
    assert healthy["unit"] == "岁"
    assert "2020年 left empty" in healthy["targets"][2025]["review"]


def test_a_two_line_header_flattened_lays_its_years_under_the_group_cells():
    draft = build(read_text(FLAT_HEAD + "基期\n目标\n指标性质\n2020年\n2025年\n" + FLAT_ROWS, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 21), ("人均健康预期寿命", 2025, "同比例提高", 26),
                              ("个人卫生支出占卫生总费用的比重", 2025, "≤27", 33)}
    items = by_name(draft)
    assert items["人均预期寿命"]["baseline"] == {2020: "80.2"}
    assert items["个人卫生支出占卫生总费用的比重"]["domain"] == "健康保障"


def test_a_group_cell_over_two_years_flattened_gives_way_to_the_years():
    text = FLAT_HEAD + "指标值\n指标性质\n2020年\n2025年\n" + FLAT_ROWS
    draft = build(read_text(text, "plan.txt"))
    assert ("人均预期寿命", 2025, "81", 20) in drafted(draft)
    assert by_name(draft)["人均预期寿命"]["baseline"] == {2020: "80.2"}


def test_a_two_level_indicator_table_names_the_second_level_and_a_period_target_is_its_end():
    # a healthy-city table: 一级指标 is the domain, 二级指标 the indicator; “十四五”目标 is the period's end
    text = ("# 某区健康城市建设规划\n\n某区政发〔2021〕8号\n\n"
            "| 一级指标 | 二级指标 | 现状值（2020年） | “十四五”目标 | 2035年远景目标 |\n|---|---|---|---|---|\n"
            "| 健康人群 | 人均预期寿命（岁） | 81.1 | 82 | 83以上 |\n"
            "| 健康服务 | 每万人口拥有全科医生数（人） | 3.2 | 4 | 5 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2025, "82", 7), ("人均预期寿命", 2035, "83以上", 7),
                              ("每万人口拥有全科医生数", 2025, "4", 8), ("每万人口拥有全科医生数", 2035, "5", 8)}
    items = by_name(draft)
    assert items["人均预期寿命"]["domain"] == "健康人群" and items["人均预期寿命"]["baseline"] == {2020: "81.1"}
    assert not any("names no year" in note for note in [draft.plan.get("review", "")])


# no 序号 column: the domain cell spanning rows is written once, before its first row's name
NO_SEQUENCE = ("某县“十四五”卫生健康事业发展规划\n\n某政发〔2021〕20号\n\n主要发展指标\n\n"
               "领域\n指标\n单位\n2020年\n2025年\n属性\n"
               "健康水平\n人均预期寿命\n岁\n79.9\n80.5\n预期性\n"
               "婴儿死亡率\n‰\n3.8\n＜4.5\n约束性\n"
               "健康服务\n人均健康预期寿命\n岁\n同比例提高\n预期性\n"
               "每万人口全科医生数\n人\n2.5\n3.5\n约束性\n\n三、主要任务\n")


def test_a_flattened_row_without_a_sequence_number_opens_with_its_domain():
    draft = build(read_text(NO_SEQUENCE, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "80.5", 17), ("婴儿死亡率", 2025, "＜4.5", 22),
                              ("人均健康预期寿命", 2025, "同比例提高", 27), ("每万人口全科医生数", 2025, "3.5", 32)}
    items = by_name(draft)
    assert [items[n]["domain"] for n in ("人均预期寿命", "婴儿死亡率", "人均健康预期寿命", "每万人口全科医生数")] == \
        ["健康水平", "健康水平", "健康服务", "健康服务"]
    assert items["人均预期寿命"]["baseline"] == {2020: "79.9"} and items["人均健康预期寿命"]["unit"] == "岁"


# a 2030 plan's table as a web page: a title row inside the table, 基期值 over 2015年 and 目标值 over two
# years, and a 备注 column spanning both header lines (repeated in the second, as merged cells are read)
TITLE_ROW = """<html><head><meta charset="utf-8"></head><body>
<p>（2017年12月5日）</p>
<table>
<tr><td colspan="5">主要指标</td></tr>
<tr><td rowspan="2">领域</td><td rowspan="2">指标</td><td>基期值</td><td colspan="2">目标值</td><td rowspan="2">备注</td></tr>
<tr><td>2015年</td><td>2020年</td><td>2030年</td></tr>
<tr><td>健康水平</td><td>1、婴儿死亡率（‰）</td><td>5.1</td><td>＜5</td><td>＜4</td><td>国家考核指标</td></tr>
</table>
</body></html>
"""


def test_a_header_cell_spanning_both_header_lines_is_no_body_row(tmp_path):
    draft = _html_draft(tmp_path, TITLE_ROW)
    assert drafted(draft) == {("婴儿死亡率", 2020, "＜5", 7), ("婴儿死亡率", 2030, "＜4", 7)}
    item = by_name(draft)["婴儿死亡率"]
    assert item["baseline"] == {2015: "5.1"} and item["columns"]["备注"] == "国家考核指标"


def test_nature_cells_written_as_kinds_of_indicator_end_flattened_rows():
    # 预期性指标 / 约束性指标 in the 属性 column, as some tables write them
    rows = ("健康水平\n1\n人均预期寿命\n岁\n80.2\n81\n预期性指标\n"
            "健康保障\n2\n个人卫生支出占卫生总费用的比重\n%\n27.5\n≤27\n约束性指标\n\n三、主要任务\n")
    draft = build(read_text(FLAT_HEAD + "2020年\n2025年\n属性\n" + rows, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 19), ("个人卫生支出占卫生总费用的比重", 2025, "≤27", 26)}
    items = by_name(draft)
    assert items["人均预期寿命"]["nature"] == "预期性" and items["个人卫生支出占卫生总费用的比重"]["nature"] == "约束性"


# no nature column to end the rows, but a 序号 column: each row starts at the next number
NUMBERED_HEAD = FLAT_HEAD + "2020年\n2025年\n"
NUMBERED_ROWS = ("健康水平\n1\n人均预期寿命\n岁\n80.2\n81\n2\n婴儿死亡率\n‰\n2.5\n≤3\n"
                 "健康服务\n3\n每千常住人口注册护士数\n人\n3.1\n3.8\n4\n每万常住人口全科医生数\n人\n3.0\n3.93\n\n三、主要任务\n")


def test_a_flattened_table_without_a_nature_column_is_read_by_its_sequence_numbers():
    draft = build(read_text(NUMBERED_HEAD + NUMBERED_ROWS, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 18), ("婴儿死亡率", 2025, "≤3", 23),
                              ("每千常住人口注册护士数", 2025, "3.8", 29), ("每万常住人口全科医生数", 2025, "3.93", 34)}
    items = by_name(draft)
    assert items["婴儿死亡率"]["domain"] == "健康水平" and items["每万常住人口全科医生数"]["domain"] == "健康服务"
    assert items["每万常住人口全科医生数"]["baseline"] == {2020: "3.0"}


def test_a_numbered_row_short_of_a_cell_ends_at_the_next_number_and_says_so():
    # row 3 lost its 2020 cell: the next row's number (4) is no target; the row's one value goes under
    # the last year with a note, and the rows after it are read
    short = NUMBERED_ROWS.replace("人\n3.1\n3.8\n", "人\n3.8\n")
    draft = build(read_text(NUMBERED_HEAD + short, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 18), ("婴儿死亡率", 2025, "≤3", 23),
                              ("每千常住人口注册护士数", 2025, "3.8", 28), ("每万常住人口全科医生数", 2025, "3.93", 33)}
    items = by_name(draft)
    assert "2020年 left empty" in items["每千常住人口注册护士数"]["targets"][2025]["review"]
    assert "baseline" not in items["每千常住人口注册护士数"]
    assert "review" not in items["每万常住人口全科医生数"]["targets"][2025]


def test_a_value_equal_to_the_next_number_is_never_a_target_of_the_wrong_row():
    # row 1's 2025 value is 2, the next row's number: whatever is read, no value lands under a wrong row
    rows = NUMBERED_ROWS.replace("80.2\n81\n2\n", "1.5\n2\n2\n")
    try:
        found = drafted(build(read_text(NUMBERED_HEAD + rows, "plan.txt")))
    except CheckerError:  # the table refused: nothing drafted, which is safe
        found = set()
    for name, year, text, line in found:
        assert (name, text) in {("人均预期寿命", "2"), ("婴儿死亡率", "≤3"), ("每千常住人口注册护士数", "3.8"),
                                ("每万常住人口全科医生数", "3.93")}


def test_a_year_column_of_actual_or_estimated_figures_is_a_baseline_not_a_target():
    # a plan issued in 2021 shows 2021's estimate beside 2020's actual figure: neither is a goal
    text = ("# 某市卫生健康事业发展规划（2021—2025年）\n\n某政发〔2021〕40号\n\n"
            "| 指标 | 单位 | 2020年实际 | 2021年预计 | 2025年目标 | 属性 |\n|---|---|---|---|---|---|\n"
            "| 人均预期寿命 | 岁 | 80.1 | 80.3 | 81 | 预期性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 7)}
    assert by_name(draft)["人均预期寿命"]["baseline"] == {2020: "80.1", 2021: "80.3"}


def test_a_year_above_the_words_of_a_second_header_line_stays_the_column_year():
    # 2025年 over 目标值: the 2025 values were drafted under the title's 2030
    text = ("# 健康某县2030行动规划\n\n某政发〔2021〕9号\n\n"
            "| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n|  | 基期值 | 目标值 |  |\n"
            "| 婴儿死亡率（‰） | 3.2 | ≤4 | 约束性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("婴儿死亡率", 2025, "≤4", 8)}
    assert by_name(draft)["婴儿死亡率"]["baseline"] == {2020: "3.2"}


def test_the_last_plans_targets_in_a_review_table_are_not_this_plans():
    # a 十四五 plan (issued 2021) shows how the 十三五 targets for 2020 were met: no 2020 target
    text = ("# 某市“十四五”卫生健康发展规划\n\n某政发〔2021〕15号\n\n"
            "| 指标 | 2015年 | 2020年规划目标 | 2020年实际完成 | 完成情况 |\n|---|---|---|---|---|\n"
            "| 婴儿死亡率（‰） | 4.1 | ＜5 | 2.5 | 完成 |\n\n"
            "| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n"
            "| 人均预期寿命（岁） | 80.2 | 81 | 预期性 |\n")
    assert drafted(build(read_markdown(text, "plan.md"))) == {("人均预期寿命", 2025, "81", 11)}


def test_a_plan_dated_only_by_its_span_is_not_dated_by_a_caption_naming_the_last_period():
    # no number, no date: the title's （2021—2025年） dates it, not the “十三五” of the review table's caption
    text = ("# 某市卫生健康发展规划（2021—2025年）\n\n表1 “十三五”规划主要指标完成情况\n\n"
            "| 指标 | 2015年 | 2020年规划目标 | 2020年实际完成 |\n|---|---|---|---|\n"
            "| 婴儿死亡率（‰） | 4.1 | ＜5 | 2.5 |\n\n"
            "| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n"
            "| 人均预期寿命（岁） | 80.2 | 81 | 预期性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2025, "81", 11)}  # 80.2 is the 2020 baseline, not a target
    assert by_name(draft)["人均预期寿命"]["baseline"] == {2020: "80.2"}
