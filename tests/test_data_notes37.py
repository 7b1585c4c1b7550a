"""Round 37, notes under a data table: a note of several clauses read clause by clause, a 快报/初步 note that names a
subject (卫生总费用) marking only the rows whose indicator names it, and validate's "could not be read" hedge said only
of the indicator whose row it is. The phrases are those of the national 卫生健康事业发展统计公报 tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from files import HEAD, workbook_of, written

#: a plan of the three indicators of the table below, each with a 2025 target
PLAN = HEAD + """\
  - {id: imr, name: {zh: 婴儿死亡率}, unit: ‰, direction: down, targets: {2025: {text: "≤5.2‰"}}}
  - {id: u5, name: {zh: 5岁以下儿童死亡率}, unit: ‰, direction: down, targets: {2025: {text: "≤6.6‰"}}}
  - {id: oop, name: {zh: 个人卫生支出占卫生总费用的比重}, unit: "%", direction: down, targets: {2025: {text: "27%左右"}}}
  - {id: nurses, name: {zh: 每千人口注册护士数}, unit: 人, direction: up, targets: {2025: {text: "3.8"}}}
"""
#: a yearbook table: title row, header, three indicators, 2024's 5.6 written with the mark *
ROWS = [["表5-1  全国卫生健康主要指标"], ["指标", "单位", "2022年", "2023年", "2024年"],
        ["婴儿死亡率", "‰", "4.9", "4.5", "4.0"], ["5岁以下儿童死亡率", "‰", "6.8", "6.2", "5.6*"],
        ["个人卫生支出占卫生总费用的比重", "%", "27.0", "27.3", "26.8"]]
#: the notes of two clauses the testers' tables were footed with (full-width numbering, ASCII and `；`, unnumbered)
TWO_CLAUSES = ["注：1．*为快报数。2．卫生总费用2023年为初步核算数。", "注：1.*为快报数；2.卫生总费用2023年为初步核算数。",
               "注：*为快报数；个人卫生支出2023年为初步核算数。", "注：（1）*为快报数 （2）卫生总费用2023年为初步核算数",
               "注：①*为快报数②卫生总费用2023年为初步核算数"]


def _marked(path: str) -> dict[tuple[str, int], tuple[str, ...]]:
    """The notes of each value read from ``path`` that carries any, but a header's own mark."""
    from checker.data.readers import read_observations

    return {(item.indicator, item.year): notes for item in read_observations(path).items
            if (notes := tuple(note for note in item.notes if not note.endswith("(annotated)")))}


def _validated(*arguments: str):
    """``checker validate`` with ``arguments``, run in-process: the result."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *arguments])


@pytest.mark.parametrize("note", TWO_CLAUSES)
def test_each_clause_of_a_note_is_read_on_its_own(tmp_path: Path, note: str) -> None:
    """`注：1．*为快报数。2．卫生总费用2023年为初步核算数。` lost the meaning of `*` (5.6* "a mark whose meaning the file does
    not say") and joined clause 1's 快报 to clause 2's year: every 2023 value was called a 快报数. The starred 2024 value
    is the 快报数, and the OOP share's 2023 value the preliminary one, each with its own clause as its note."""
    book = str(workbook_of({"表": [*ROWS, [note]]}, tmp_path / "note.xlsx"))
    marked = _marked(book)
    assert set(marked) == {("5岁以下儿童死亡率", 2024), ("个人卫生支出占卫生总费用的比重", 2023)}, marked
    assert "*为快报数" in marked[("5岁以下儿童死亡率", 2024)][0] and "初步" not in marked[("5岁以下儿童死亡率", 2024)][0]
    assert "2023年为初步核算数" in marked[("个人卫生支出占卫生总费用的比重", 2023)][0]
    result = _validated(book, "--plan", written(tmp_path, PLAN, "plan.yaml"))
    assert "whose meaning the file does not say" not in result.output, result.output
    assert "5岁以下儿童死亡率 2024: the value is marked '快报'" in result.output, result.output
    assert "个人卫生支出占卫生总费用的比重 2023: the value is marked '初步'" in result.output, result.output
    assert "婴儿死亡率 2023: the value is marked" not in result.output, result.output


def test_a_note_of_a_subject_marks_only_the_rows_naming_it(tmp_path: Path) -> None:
    """`注：卫生总费用2023年为初步核算数。` (health-expenditure accounting) marked every 2023 value 初步: final mortality
    figures were shown as provisional. 卫生总费用 is part of one indicator's name (its denominator): only that row."""
    data = written(tmp_path, "\n".join(",".join(row) for row in ROWS[1:]) + "\n注：卫生总费用2023年为初步核算数。\n")
    assert set(_marked(data)) == {("个人卫生支出占卫生总费用的比重", 2023)}


@pytest.mark.parametrize("note", ["注：2023年为快报数。", "注：2023年数据为快报数。", "注：表中2023年各项指标均为初步统计数。"])
def test_a_note_of_the_years_figures_still_marks_them_all(tmp_path: Path, note: str) -> None:
    """(Guard) a note naming no subject, only the year's figures, marks every value of the year, the note as written."""
    data = written(tmp_path, "\n".join(",".join(row) for row in ROWS[1:]) + f"\n{note}\n")
    marked = _marked(data)
    assert {key for key in marked if key[1] == 2023} == {(row[0], 2023) for row in ROWS[2:]}, marked
    assert marked[("婴儿死亡率", 2023)] == (note,)


def test_a_note_of_a_subject_no_row_names_marks_none_and_validate_says_so(tmp_path: Path) -> None:
    """The same note under a table of mortality alone was spread over every 2023 value; it now marks none, and
    validate says the note names no indicator of the table (never silently dropped)."""
    data = written(tmp_path, "\n".join(",".join(row) for row in ROWS[1:4]) + "\n注：卫生总费用2023年为初步核算数。\n")
    assert _marked(data) == {}
    result = _validated(data, "--plan", written(tmp_path, PLAN, "plan.yaml"))
    assert "'注：卫生总费用2023年为初步核算数。' of 卫生总费用, which no indicator of the table is named by" in result.output, \
        result.output
    assert "the value is marked" not in result.output, result.output


def test_the_clauses_of_a_note() -> None:
    """The clauses a note is read in: numbered (1． 1. （1） ①) or cut by `。`/`；`; a one-clause note is itself, and a
    decimal or a year after a number is no clause's number."""
    from checker.data.footnotes import note_clauses
    from checker.data.observations import preliminary_subjects

    assert note_clauses("注：1．2022年人均预期寿命未发布。2．*为快报数。3．卫生总费用2023年为初步核算数。") == [
        "注：1．2022年人均预期寿命未发布。", "2．*为快报数。", "3．卫生总费用2023年为初步核算数。"]
    assert note_clauses("注：1.*为快报数；2.卫生总费用2023年为初步核算数。") == ["注：1.*为快报数", "2.卫生总费用2023年为初步核算数。"]
    assert note_clauses("注：2023年为快报数。") == ["注：2023年为快报数。"]
    assert note_clauses("说明：婴儿死亡率 4.5 为快报数") == ["说明：婴儿死亡率 4.5 为快报数"]
    assert preliminary_subjects("2．卫生总费用2023年为初步核算数。") == ("卫生总费用",)
    assert preliminary_subjects("注：2024年婴儿死亡率、孕产妇死亡率为快报数") == ("婴儿死亡率", "孕产妇死亡率")
    assert preliminary_subjects("Note: infant mortality for 2023 is preliminary") == ("infant mortality",)
    assert preliminary_subjects("注：表中2023年的指标值均为快报数") == ()


def test_an_unread_row_is_hedged_of_its_own_indicator_only(tmp_path: Path) -> None:
    """A wide row `人均预期寿命（年）,77.93,…` refused at its `…` made validate add "1 row(s) could not be read … it may be
    one of them" to every missing indicator, though the row's name was read: said now of that indicator alone."""
    plan = written(tmp_path, PLAN.replace("  - {id: imr", "  - {id: le, name: {zh: 人均预期寿命}, unit: 岁, direction: up, "
                                                        "targets: {2025: {text: \"78.3\"}}}\n  - {id: imr"), "plan.yaml")
    data = written(tmp_path, "指标名称,2022年,2023年\n人均预期寿命（年）,…,78.6\n婴儿死亡率（‰）,4.9,4.5\n")
    result = _validated(data, "--plan", plan)
    lines = result.output.splitlines()
    nurses = next(line for line in lines if "(nurses)" in line and "has no value" in line)
    assert "could not be read" not in nurses, result.output
    life = next(line for line in lines if "(le)" in line and "has no value" in line)
    assert "its row could not be read (" in life and "data.csv:2:2" in life, result.output


def test_an_unread_row_of_no_known_name_still_hedges_every_missing_one(tmp_path: Path) -> None:
    """(Guard) a row whose name is no plan indicator's may be a misspelt one: the hedge stays on each missing one."""
    data = written(tmp_path, "指标名称,2022年,2023年\n婴儿死忙率（‰）,…,4.5\n5岁以下儿童死亡率（‰）,6.8,6.2\n")
    result = _validated(data, "--plan", written(tmp_path, PLAN, "plan.yaml"))
    nurses = next(line for line in result.output.splitlines() if "(nurses)" in line and "has no value" in line)
    assert "1 row(s) could not be read" in nurses, result.output
