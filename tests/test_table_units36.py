"""Round 36: units in plan tables' headers, unit rows and notes; a plan without a unit checked against data with one.

A unit given in the year columns' headers (``2020年（万人）``, a group ``目标值（%）`` over the years), in a row of its own
(``单位：万人`` across the table) or in a note under it (``注：表中指标数值单位均为%。``) was dropped: the rows drafted
``unit: null`` without a word (a unit row became every row's domain), and ``check`` then passed 440000 人 against the
≥45 meant in 万人.
"""

from __future__ import annotations

import pytest

from checker.data import columnar, readers
from checker.data.matching import match
from checker.data.observations import read_rows
from checker.documents.draft import summary
from checker.errors import CheckerError
from files import HEAD, check, draft_of_file, plan_from, written

TOP = "<html><head><meta charset='utf-8'></head><body><h1>甲市“十四五”卫生健康事业发展规划</h1><p>2021年11月</p>\n"


def _drafted(tmp_path, body: str, after: str = ""):
    """The draft of an HTML plan holding the table ``body`` (its rows), and ``after`` below it."""
    path = tmp_path / "plan.html"
    path.write_text(f"{TOP}<table border='1'>\n{body}\n</table>\n{after}</body></html>", encoding="utf-8")
    return draft_of_file(path)[0]


def _units(draft) -> list[tuple[str, str | None]]:
    return [(item["name"]["zh"], item["unit"]) for item in draft.indicators]


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


@pytest.mark.parametrize("unit", ["万人", "%", "张"])
def test_a_unit_in_the_year_columns_headers_is_the_rows_unit(tmp_path, unit):
    """`指标名称 | 2020年（万人） | 2025年（万人）`: the rows drafted with unit null and no note (the header's unit lost)."""
    draft = _drafted(tmp_path, f"<tr><th>指标名称</th><th>2020年（{unit}）</th><th>2025年（{unit}）</th><th>属性</th></tr>\n"
                               + _row("工伤保险参保人数", "38.2", "≥45", "预期性"))
    assert _units(draft) == [("工伤保险参保人数", unit)]
    assert f"names its unit ({unit})" in draft.plan["review"]


def test_a_unit_in_a_group_header_over_the_years_is_the_rows_unit(tmp_path):
    """`基期值（%）` / `目标值（%）` over 2020年 | 2025年 | 2030年 (a two-row header, 5 of 8 rows of a city's table):
    joined with the years below, the header kept the year alone and the unit was lost."""
    draft = _drafted(tmp_path, "<tr><th rowspan='2'>指标名称</th><th>基期值（%）</th><th colspan='2'>目标值（%）</th>"
                               "<th rowspan='2'>属性</th></tr>\n<tr><th>2020年</th><th>2025年</th><th>2030年</th></tr>\n"
                     + _row("家庭医生签约服务覆盖率", "40", "≥45", "≥75", "预期性")
                     + _row("农村卫生厕所普及率", "72", "≥85", "基本普及", "预期性"))
    assert _units(draft) == [("家庭医生签约服务覆盖率", "%"), ("农村卫生厕所普及率", "%")]
    assert {item["targets"][2025]["text"] for item in draft.indicators} == {"≥45", "≥85"}


def test_a_rows_own_unit_wins_over_the_headers_and_a_difference_is_said(tmp_path):
    """The name's brackets (or a 单位 cell) are the row's unit; where they differ from the header's, the row says so."""
    draft = _drafted(tmp_path, "<tr><th>指标名称</th><th>2020年（%）</th><th>2025年（%）</th></tr>\n"
                     + _row("家庭医生签约服务覆盖率", "40", "≥45") + _row("每千人口医疗卫生机构床位数（张）", "6.1", "≥6.5"))
    assert _units(draft) == [("家庭医生签约服务覆盖率", "%"), ("每千人口医疗卫生机构床位数", "张")]
    beds = draft.indicators[1]
    assert "its unit 张 differs from the %" in " ".join(beds.get("_review", [])) + str(beds.get("review"))


def test_headers_that_name_different_units_give_none_and_say_so(tmp_path):
    """Two units in the year headers (万人 and 人): none is guessed, the plan's review says why."""
    draft = _drafted(tmp_path, "<tr><th>指标名称</th><th>2020年（万人）</th><th>2025年（人）</th></tr>\n"
                     + _row("工伤保险参保人数", "38.2", "≥450000"))
    assert _units(draft) == [("工伤保险参保人数", None)]
    assert "different units" in draft.plan["review"]


@pytest.mark.parametrize("note", ["注：表中指标数值单位均为%。", "注：1.单位：%；2.带*的为约束性指标。", "备注：单位为%"])
def test_a_note_under_the_table_gives_its_unit(tmp_path, note):
    """`注：表中指标数值单位均为%。` under the table was not read: the rows drafted with unit null. A note on one indicator's
    unit, several units, who filled the form in, or a bare unit line (as likely the next table's) gives none."""
    def unit_under(words: str) -> str | None:
        draft = _drafted(tmp_path, "<tr><th>指标名称</th><th>2020年</th><th>2025年</th></tr>\n"
                         + _row("家庭医生签约服务覆盖率", "40", "≥45"), f"<p>{words}</p>\n")
        return draft.indicators[0]["unit"]

    assert unit_under(note) == "%"
    assert [unit_under(other) for other in ("注：孕产妇死亡率单位为1/10万。", "注：单位：%、‰。", "填报单位：甲市卫生健康委",
                                                   "（单位：%）")] == [None, None, None, None]


def test_a_unit_row_is_the_unit_of_the_rows_below_not_their_domain(tmp_path):
    """`<td colspan=4>单位：万人</td>` under the header was read as a domain row: every row drafted `domain: 单位：万人`
    and `unit: null`."""
    draft = _drafted(tmp_path, "<tr><th>指标名称</th><th>2020年</th><th>2025年</th><th>属性</th></tr>\n"
                               "<tr><td colspan='4'>单位：万人</td></tr>\n"
                     + _row("工伤保险参保人数", "38.2", "≥45", "预期性") + _row("基本医疗保险参保人数", "280", "≥290", "约束性"))
    assert _units(draft) == [("工伤保险参保人数", "万人"), ("基本医疗保险参保人数", "万人")]
    assert not any("domain" in item for item in draft.indicators)


def test_a_unit_row_over_a_unit_column_is_no_domain_and_a_difference_is_said(tmp_path):
    """`（单位：%）` as the first body row of a table with a 单位 column: every row drafted `domain: （单位：%）`. The rows
    keep their own units; the row that differs says so."""
    draft = _drafted(tmp_path, "<tr><th>指标名称</th><th>单位</th><th>2020年</th><th>2025年</th></tr>\n"
                               "<tr><td colspan='4'>（单位：%）</td></tr>\n"
                     + _row("孕产妇系统管理率", "%", "92", "≥92") + _row("婴儿死亡率", "‰", "4.5", "≤4.2"))
    assert _units(draft) == [("孕产妇系统管理率", "%"), ("婴儿死亡率", "‰")]
    assert not any("domain" in item for item in draft.indicators)


def test_a_date_line_before_a_table_is_no_caption(tmp_path):
    """The document's date (`<p>2021年11月</p>`) just before a table was reported as its caption in `--format json`."""
    head = "<tr><th>指标名称</th><th>2020年</th><th>2025年</th></tr>\n" + _row("家庭医生签约服务覆盖率", "40", "≥45")
    assert summary(_drafted(tmp_path, head))["tables"][0]["caption"] is None
    path = tmp_path / "captioned.html"
    path.write_text(f"{TOP}<p>表2 主要指标</p><table>{head}</table></body></html>", encoding="utf-8")
    assert summary(draft_of_file(path)[0])["tables"][0]["caption"] == "表2 主要指标"


#: a plan of one indicator with no unit: a level target ≥45 (meant in 万人), and one of a change
UNITLESS = HEAD + """\
  - id: injury
    name: {zh: 工伤保险参保人数}
    direction: up
    targets:
      2025: {text: "≥45"}
  - id: insured
    name: {zh: 基本医疗保险参保人数}
    direction: up
    targets:
      2025: {text: "比2020年增长10%"}
"""


@pytest.mark.parametrize("rows", ["2025,440000,人", "2025,44,万人"])
def test_a_plan_without_a_unit_refuses_data_that_gives_one(tmp_path, rows):
    """A plan's indicator with no unit took data in 人 and in 万人 without a word: 440000 人 passed ≥45 (meant 万人) while
    44 万人 failed it. Which unit the target is in the plan does not say: refused at the row, naming the unit and the fix.
    Unit-less data for it is judged as before; so is a change target (比2020年增长10%) whose data give a unit (the change
    is the same in any unit its rows share)."""
    plan = written(tmp_path, UNITLESS, "plan.yaml")
    data = written(tmp_path, f"地区,指标,年份,数值,单位\n甲市,工伤保险参保人数,{rows}\n")
    result = check(plan, data, "--as-of", "2025")
    assert result.exit_code == 2, result.output
    assert "data.csv:2" in result.output and "no unit" in result.output
    assert f"unit: {rows.rsplit(',', 1)[1]}" in result.output
    data = written(tmp_path, "地区,指标,年份,数值,单位\n甲市,工伤保险参保人数,2025,44,\n"
                             "甲市,基本医疗保险参保人数,2020,280,万人\n甲市,基本医疗保险参保人数,2025,310,万人\n")
    result = check(plan, data, "--as-of", "2025")
    assert result.exit_code == 1, result.output  # 44 < 45: failed, judged; the change met
    assert "no unit" not in result.output


def test_the_columnar_reader_hands_a_unit_for_a_unitless_plan_to_the_row_reader(tmp_path, monkeypatch):
    """The national run's columnar path must refuse as the row reader does, not convert nothing and judge."""
    pytest.importorskip("polars")
    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    plan = plan_from(tmp_path, UNITLESS)
    path = written(tmp_path, "地区,指标,年份,数值,单位\n甲市,工伤保险参保人数,2025,440000,人\n")
    with pytest.raises(columnar.Unsuitable):
        columnar.match(plan, columnar.read((path,)))
    with pytest.raises(CheckerError) as refused:
        match(plan, readers.read_observations(path))
    assert "no unit" in str(refused.value) and f"{path}:2" in str(refused.value)
    assert str(refused.value) == str(pytest.raises(CheckerError, match, plan, read_rows(path)).value)
