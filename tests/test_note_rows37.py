"""Round 37 (second wave), notes under a data table in the forms next to the clause-by-clause reading: a numbered note
printed one clause a row, （2） with no space before it, a comma between two dated preliminary clauses, and a
re-dating note pinned on the cell of the year it names. Phrases as in the national bulletins and yearbooks' 注."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import CheckerError
from files import workbook_of, written

#: a yearbook table: title row, header, four indicators, 2024's 5.6 written with the mark *
ROWS = [["表5-1  全国卫生健康主要指标"], ["指标", "单位", "2022年", "2023年", "2024年"],
        ["婴儿死亡率", "‰", "4.9", "4.5", "4.0"], ["5岁以下儿童死亡率", "‰", "6.8", "6.2", "5.6*"],
        ["孕产妇死亡率", "1/10万", "15.7", "15.1", "14.3"],
        ["个人卫生支出占卫生总费用的比重", "%", "27.0", "27.3", "26.8"]]
#: the same table as CSV, the unit in the indicator's name
CSV = """指标,2022年,2023年,2024年
婴儿死亡率（‰）,4.9,4.5,4.0
5岁以下儿童死亡率（‰）,6.8,6.2,5.6*
孕产妇死亡率（1/10万）,15.7,15.1,14.3
个人卫生支出占卫生总费用的比重（%）,27.0,27.3,26.8
"""


def _marked(path: str) -> dict[tuple[str, int], tuple[str, ...]]:
    """The notes of each value read from ``path`` that carries any, but a cell's own mark; names without a unit."""
    from checker.data.readers import read_observations

    return {(item.indicator.split("（")[0].split("(")[0], item.year): notes for item in read_observations(path).items
            if (notes := tuple(note for note in item.notes if not note.endswith("(annotated)")))}


def _refusal(path: str) -> CheckerError:
    """The error reading ``path`` raises."""
    from checker.data.readers import read_observations

    with pytest.raises(CheckerError) as caught:
        read_observations(path)
    return caught.value


#: a note printed one clause a row, the 快报 clause on the second (full-width, ASCII and bracketed numbering)
YEAR_ON_SECOND_ROW = [["注：1．本表数据来源于妇幼卫生年报。", "2．2024年数据为快报数。"],
                      ["注：（1）本表数据来源于妇幼卫生年报；", "（2）2024年为快报数。"],
                      ["注：1.本表数据来源于妇幼卫生年报。", "2.2024年为快报数。"]]


@pytest.mark.parametrize("notes", YEAR_ON_SECOND_ROW)
def test_a_clause_on_its_own_row_is_read_in_a_workbook(tmp_path: Path, notes: list[str]) -> None:
    """Only the `注：` row was read; `2．2024年数据为快报数。` on the next row was passed over without a word, and every
    2024 value judged as a final figure. The row goes on the note: each 2024 value is a 快报数."""
    book = str(workbook_of({"表": [*ROWS, *([note] for note in notes)]}, tmp_path / "rows.xlsx"))
    marked = _marked(book)
    assert {key for key in marked if key[1] == 2024} == {(row[0], 2024) for row in ROWS[2:]}, marked
    assert not [key for key in marked if key[1] != 2024], marked
    assert "2024年" in marked[("婴儿死亡率", 2024)][0]


def test_a_clause_on_its_own_row_is_read_in_a_csv(tmp_path: Path) -> None:
    """The same under a CSV table: the `2．…` line was read as a row of no values and dropped. (A row opening `2．`
    right under the rows, with no `注：` row above it, is still no note's clause.)"""
    marked = _marked(written(tmp_path, CSV + "注：1．本表数据来源于妇幼卫生年报。\n2．2024年数据为快报数。\n"))
    assert {key for key in marked} == {(row[0], 2024) for row in ROWS[2:]}, marked
    book = str(workbook_of({"表": [*ROWS, ["2．2024年数据为快报数。"]]}, tmp_path / "bare.xlsx"))
    assert ("婴儿死亡率", 2024) not in _marked(book)


def test_a_re_dating_clause_on_its_own_row_refuses_its_cell(tmp_path: Path) -> None:
    """`注：1．*为快报数。` / `2．孕产妇死亡率2024年以2023年数据代替。`: the second row was lost and 14.3 passed as 2024's
    figure. It is refused at its cell, the 2024 one."""
    book = str(workbook_of({"表": [*ROWS, ["注：1．*为快报数。"], ["2．孕产妇死亡率2024年以2023年数据代替。"]]},
                           tmp_path / "redate.xlsx"))
    error = _refusal(book)
    assert "'14.3'" in error.message and "2023's" in error.message, error.message
    assert (error.location.line, error.location.column) == (5, 5), error.location


def test_a_clause_row_of_another_subject_marks_its_rows(tmp_path: Path) -> None:
    """`注：1．*为快报数。` / `    2．卫生总费用2023年为初步核算数。`: the OOP share's 2023 value was not marked 初步."""
    book = str(workbook_of({"表": [*ROWS, ["注：1．*为快报数。"], ["    2．卫生总费用2023年为初步核算数。"],
                                   ["资料来源：国家卫生健康委统计信息中心。"]]}, tmp_path / "multi.xlsx"))
    marked = _marked(book)
    assert set(marked) == {("5岁以下儿童死亡率", 2024), ("个人卫生支出占卫生总费用的比重", 2023)}, marked
    assert "初步" in marked[("个人卫生支出占卫生总费用的比重", 2023)][0]


@pytest.mark.parametrize("note, cell", [("注：孕产妇死亡率2024年以2023年数据代替。", 4),
                                        ("注：孕产妇死亡率2024年为2023年数据。", 4),
                                        ("注：2024年孕产妇死亡率以2023年数据代替。", 4)])
def test_a_re_dating_note_is_pinned_on_the_year_it_names(tmp_path: Path, note: str, cell: int) -> None:
    """`孕产妇死亡率2024年以2023年数据代替` was refused at the row's first cell (15.7, 2022's real figure), its hint telling
    the user to move a good value. The first year named is the cell: the 2024 value is refused."""
    error = _refusal(written(tmp_path, CSV + note + "\n"))
    assert "'14.3'" in error.message and "judged as 2024's" in error.message, error.message
    assert (error.location.line, error.location.column) == (4, cell), error.location
    assert "move the value" not in (error.hint or ""), error.hint


def test_a_re_dating_note_naming_no_year_of_the_row_is_about_the_row(tmp_path: Path) -> None:
    """`注：孕产妇死亡率为2023年数据。` was pinned on 2022's cell; it names no year of the row: the refusal says it is about
    the row as a whole, at its line, not one cell."""
    error = _refusal(written(tmp_path, CSV + "注：孕产妇死亡率为2023年数据。\n"))
    assert "2022, 2023, 2024" in error.message and "does not say" in error.message, error.message
    assert (error.location.line, error.location.column) == (4, None), error.location


@pytest.mark.parametrize("note", ["注：（1）*为快报数（2）卫生总费用2023年为初步核算数",
                                  "注：*为快报数，卫生总费用2023年为初步核算数。"])
def test_clauses_cut_with_no_space_before_the_number_or_at_a_comma(tmp_path: Path, note: str) -> None:
    """Refused ("the value '5.6*' … would be judged as 2024's, though the note speaks of 2023's figures"): the clauses
    were not cut. The starred value is the 快报数, the OOP share's 2023 value the preliminary one."""
    marked = _marked(written(tmp_path, CSV + note + "\n"))
    assert set(marked) == {("5岁以下儿童死亡率", 2024), ("个人卫生支出占卫生总费用的比重", 2023)}, marked
    assert "初步" not in marked[("5岁以下儿童死亡率", 2024)][0]
    assert "快报" not in marked[("个人卫生支出占卫生总费用的比重", 2023)][0]
    # a comma cuts only between two sides each with its own year or mark and preliminary word
    from checker.data.footnotes import note_clauses
    from checker.data.observations import PRELIMINARY

    for whole in ("注：本表卫生技术人员不含乡村医生和卫生员，2023年为快报数。", "说明：2023年为快报数，下同。"):
        assert note_clauses(whole, PRELIMINARY) == [whole]


@pytest.mark.parametrize("note", ["注：卫生总费用2023年为初步核算数，2024年为快报数。",
                                  "注：2024年数据为快报数，卫生总费用2023年为初步核算数。"])
def test_a_comma_between_two_dated_clauses_keeps_each_word(tmp_path: Path, note: str) -> None:
    """The OOP share's 2023 value was called 快报 (the note quoted whole): it is 初步, each 2024 value 快报."""
    marked = _marked(written(tmp_path, CSV + note + "\n"))
    assert "快报" not in marked[("个人卫生支出占卫生总费用的比重", 2023)][0], marked
    assert "初步" not in marked[("婴儿死亡率", 2024)][0], marked
    assert not [key for key in marked if key[1] == 2023 and key[0] != "个人卫生支出占卫生总费用的比重"], marked


@pytest.mark.parametrize("note", ["注：2017年為臨時數字。", "註：2017年數字為臨時數字。", "注：2017年为临时数字。"])
def test_hong_kongs_provisional_figures_are_preliminary(tmp_path: Path, note: str) -> None:
    """`臨時數字` (Hong Kong's "provisional figures") was no preliminary word: no 2017 value marked, nothing said."""
    data = "地区,项目,2016,2017\n北京市,婴儿死亡率（‰）,2.21,2.29\n北京市,孕产妇死亡率（1/10万）,10.83,8.17\n"
    marked = _marked(written(tmp_path, data + note + "\n"))
    assert set(marked) == {("婴儿死亡率", 2017), ("孕产妇死亡率", 2017)}, marked


def test_a_source_named_kuaibao_marks_its_years_values(tmp_path: Path) -> None:
    """`资料来源：《2024年全国卫生健康统计快报》。` warned of a garbled subject (`来源:《、卫生健康`): the source head is taken
    off as `注：` is and a book's title is no subject; the figures come from 2024's 快报, so the 2024 values are marked.
    A source naming no preliminary word stays silent."""
    marked = _marked(written(tmp_path, CSV + "资料来源：《2024年全国卫生健康统计快报》。\n"))
    assert {key for key in marked} == {(row[0], 2024) for row in ROWS[2:]}, marked
    assert not _marked(written(tmp_path, CSV + "资料来源：国家卫生健康委统计信息中心。\n", "silent.csv"))


def test_check_shows_a_clause_rows_kuaibao_beside_the_value(tmp_path: Path) -> None:
    """`check` showed `4‰ (2024)` for a value marked by the clause row `2．2024年数据为快报数。`: only a note opening
    `注` was taken for one under the table. A numbered clause or a source line is one too: `(2024, 快报)`."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = """plan:
  id: rows
  title: {zh: 测试规划}
  region: 全国
  base_year: 2020
  target_years: [2024]
indicators:
  - {id: imr, name: {zh: 婴儿死亡率}, unit: ‰, direction: down, targets: {2024: {text: "≤5.0‰"}}}
"""
    data = "地区,指标,2023年,2024年\n全国,婴儿死亡率（‰）,4.5,4.0\n"
    for note in ("注：1．本表数据来源于妇幼卫生年报。\n2．2024年数据为快报数。\n", "资料来源：《2024年全国卫生健康统计快报》。\n"):
        result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"),
                                           written(tmp_path, data + note, "rows.csv")])
        assert "4‰ (2024, 快报)" in result.output, result.output


@pytest.mark.parametrize("row, refused", [("全国,婴儿死亡率,2023,4.5,例/千人", True),
                                          ("全国,婴儿死亡率,2023,4.5,人/千人", True),
                                          ("全国,孕产妇死亡率,2023,15.1,人/10万人", True),
                                          ("全国,婴儿死亡率,2023,4.5,例/千活产", False),
                                          ("全国,婴儿死亡率,2023,4.5,‰", False),
                                          ("全国,每千人口注册护士数,2023,4.0,人/千人", False)])
def test_a_rate_per_persons_is_no_rate_per_live_births(tmp_path: Path, row: str, refused: bool) -> None:
    """`例/千人` converted into a bare ‰ 婴儿死亡率 (4.5‰ passed), though the catalogue knows IMR is per live births; a
    plan's unit `1/千活产` refused it. The catalogue's `per: 活产` refuses it under ‰ too; 人/千人 for a staff-per-1000
    indicator still converts."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = """plan:
  id: res
  title: {zh: 测试规划}
  region: 全国
  base_year: 2020
  target_years: [2023]
indicators:
  - {id: imr, name: {zh: 婴儿死亡率}, unit: ‰, direction: down, targets: {2023: {text: "≤5.0‰"}}}
  - {id: mmr, name: {zh: 孕产妇死亡率}, unit: 1/10万, direction: down, targets: {2023: {text: "≤16/10万"}}}
  - {id: nur, name: {zh: 每千人口注册护士数}, unit: 人, direction: up, targets: {2023: {text: "≥3.8"}}}
"""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n" + row + "\n")
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), data])
    assert ("is not a rate per 活产" in result.output) == refused, result.output
