"""Round 34, second look at tables and units (the verify2 findings): a unit line in brackets in a workbook, the base
column of a plan whose period starts after its date, a table's caption drafted as a target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import draft_of_file as _drafted
from files import HEAD, check, drafted_targets, workbook_of, written

#: 婴儿死亡率 in ‰ (≤5‰ by 2025) and 居民健康素养水平 in % (≥25%)
PLAN = HEAD + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "≤5‰"}
  - id: literacy
    name: {zh: 居民健康素养水平}
    unit: "%"
    direction: up
    targets:
      2025: {text: "≥25%"}
"""

_BRACKETED = ["（单位：%）", "(单位:%)", "【单位：%】", "（计量单位：%)", " ( 单位 ： % ) "]


def _results(tmp_path: Path, data) -> tuple[int, dict]:
    """The exit code of ``checker check`` on :data:`PLAN` and ``data``, and indicator id → (status, value, year)."""
    result = check(written(tmp_path, PLAN, "plan.yaml"), data, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    found = {r["indicator"]: (r["status"], r["value"], r["year"]) for r in json.loads(result.output)["results"]}
    return result.exit_code, found


@pytest.mark.parametrize("line", _BRACKETED)
def test_a_unit_line_in_brackets_is_read_in_a_workbook(tmp_path, line):
    """A yearbook's unit line in brackets, （单位：%） over the table, was passed over in a workbook (the CSV reader saw
    it): 0.59 (%) of 婴儿死亡率 was read in the plan's ‰ as 0.59‰ and passed ≤5‰ in silence. It is read as 单位：% is:
    0.59% = 5.9‰, not met (n/a here: no base value to measure progress from)."""
    rows = [["表1 妇幼健康"], [line], ["指标", "2023年", "2024年"], ["婴儿死亡率", 0.62, 0.59]]
    code, found = _results(tmp_path, workbook_of({"数据": rows}, tmp_path / "one.xlsx"))
    assert found["imr"][1:] == (5.9, 2024), found
    assert found["imr"][0] != "pass" and code in (0, 1)


@pytest.mark.parametrize("line", _BRACKETED[:3])
def test_a_second_tables_unit_line_in_brackets_is_its_own(tmp_path, line):
    """Under a first table with 单位：‰, a second table's （单位：%） line was not seen, and the sheet was refused as
    "the table titled at row 6 has no 单位 line of its own" — it has one. Its rows are now read in %."""
    rows = [["表1 妇幼健康"], ["单位：‰"], ["指标", "2023年", "2024年"], ["婴儿死亡率", 4.2, 3.9], [],
            ["表2 健康素养"], [line], ["指标", "2023年", "2024年"], ["居民健康素养水平", 29.7, 31.87]]
    code, found = _results(tmp_path, workbook_of({"数据": rows}, tmp_path / "two.xlsx"))
    assert found["imr"] == ("pass", 3.9, 2024) and found["literacy"] == ("pass", 31.87, 2024), found
    assert code == 0


def test_a_caption_ending_in_a_unit_in_square_brackets_is_read(tmp_path):
    """A caption ending in 【单位：%】 (as （单位：%） is read) was passed over: the rows were read in the plan's ‰."""
    rows = [["表1 妇幼健康【单位：%】"], ["指标", "2023年", "2024年"], ["婴儿死亡率", 0.62, 0.59]]
    _, found = _results(tmp_path, workbook_of({"数据": rows}, tmp_path / "caption.xlsx"))
    assert found["imr"][1:] == (5.9, 2024), found


def test_a_bracketed_unit_line_with_words_after_it_is_refused(tmp_path):
    """（单位：%）。 — a unit line in brackets with a stop after it — was passed over in a workbook and its rows read
    in the plan's unit; it is refused at its cell, as 单位：%。 is, never read in a guessed unit."""
    rows = [["（单位：%）。"], ["指标", "2023年", "2024年"], ["婴儿死亡率", 0.62, 0.59]]
    result = check(written(tmp_path, PLAN, "plan.yaml"), workbook_of({"数据": rows}, tmp_path / "stop.xlsx"))
    assert result.exit_code == 2, result.output
    assert "[数据]!A1" in result.output and "unknown unit" in result.output


def test_a_csv_second_tables_unit_line_in_brackets_is_refused(tmp_path):
    """A CSV file's second table under a （单位：%） line, with no unit column, was read in the plan's unit: 0.59 (%) of
    婴儿死亡率 passed ≤5‰ as 0.59‰. The CSV reader knows the bracketed line as the workbook reader does now (one
    recogniser), and refuses it at its line, as it refuses 单位：%."""
    data = written(tmp_path, "指标,单位,2023年,2024年\n居民健康素养水平,%,29.7,31.87\n\n表2 妇幼健康\n（单位：%）\n"
                             "指标,2023年,2024年\n婴儿死亡率,0.62,0.59\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "data.csv:5" in result.output and "gives a unit" in result.output


def _plan_text(folder: Path, head: str, header: str, row: str) -> Path:
    """A Markdown plan of ``head`` lines over a one-row indicator table of ``header`` cells."""
    columns = header.count("|") - 1
    path = folder / "plan.md"
    path.write_text(f"{head}\n\n表1 主要指标\n\n{header}\n|{'---|' * columns}\n{row}\n", encoding="utf-8")
    return path



@pytest.mark.parametrize("title", ["# 某县卫生健康事业发展“十五五”规划（2026—2030年）", "# 某县卫生健康事业发展“十五五”规划",
                                   "# 某县健康行动计划\n\n（2026—2030年）"])
def test_a_year_column_before_the_plans_period_is_its_base(tmp_path, title):
    """A “十五五” plan (2026—2030年) dated 2025年12月 drafted its bare 2025年 column as 2025 targets with no note (the
    date decided: columns before 2025 are baselines) and guessed 2024 as the base year; `check` then passed each value
    against itself. A column before the period's first year is now the baseline, and the base year the year before
    the period."""
    path = _plan_text(tmp_path, f"{title}\n\n某县人民政府\n\n2025年12月", "| 指标 | 单位 | 2025年 | 2030年 |",
                      "| 婴儿死亡率 | ‰ | 3.9 | ≤3.5 |")
    draft, found = _drafted(path)
    assert found == {("婴儿死亡率", 2030, "≤3.5")}, found
    assert draft.indicators[0]["baseline"] == {2025: "3.9"}
    assert draft.plan["base_year"] == 2025 and draft.plan["target_years"] == [2030]


def test_a_year_column_inside_the_plans_period_stays_a_target(tmp_path):
    """A plan (2025—2027年) dated 2024年12月 drafted its 2024年 column, the year before its period, as 2024 targets
    (the date's own year). It is the baseline now; the period's first year is no base: the 2025年 column stays a
    2025 target (the period holds 2025)."""
    path = _plan_text(tmp_path, "# 某县健康行动计划（2025—2027年）\n\n2024年12月", "| 指标 | 2024年 | 2025年 | 2027年 |",
                      "| 婴儿死亡率 | 4.1 | ≤4.0 | ≤3.8 |")
    draft, found = _drafted(path)
    assert found == {("婴儿死亡率", 2025, "≤4.0"), ("婴儿死亡率", 2027, "≤3.8")}, found
    assert draft.indicators[0]["baseline"] == {2024: "4.1"} and draft.plan["base_year"] == 2024


@pytest.mark.parametrize("caption", ["表1 2025年主要指标完成情况考核表", "2025年主要指标完成情况考核表",
                                     "附表 2025年主要指标完成情况", "表2-1 2025年主要指标完成情况"])
def test_a_tables_caption_sets_no_target(caption):
    """A table's caption, 表1 2025年主要指标完成情况考核表, was drafted as an indicator 表1|2025年主要指标 with the 2025
    target "完成情况" (完成 read as a deliverable achieved) and no note. A caption names a table: no target, and
    完成情况, a report of results, is no deliverable."""
    assert drafted_targets(f"健康某市行动2025年工作要点\n\n{caption}\n") == []
    text = f"健康某市行动2025年工作要点\n\n{caption}\n\n到2025年，婴儿死亡率控制在4.5‰以下。\n"
    assert [(name, year) for name, year, *_ in drafted_targets(text)] == [("婴儿死亡率", 2025)]


def test_completion_status_is_no_deliverable():
    """`checker explain 完成情况` read it as a deliverable achieved (object 情况): a report of results is no target."""
    from checker.cli import main
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["explain", "完成情况"])
    assert result.exit_code == 2 and "cannot read" in result.output, result.output
