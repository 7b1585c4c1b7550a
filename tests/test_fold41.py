"""Forty-first round, fold: what the unmerged round-40 branches fix40xlsdata and fix40grammar did that main lacked —
a units row under a workbook's header, a 说明 sheet under ``--sheet '*'``, a sheet 杭州 under a 杭州市 title, UTF-16
with its byte-order mark, 快报 over a year, lint's warning of a count against 全省平均, a level before the measure it
names (保持95%左右的参保水平), and 进一步/总体 left out of subjects. Each test failed on main before its port."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import HEAD, check, indicator_plan, workbook_of, written

#: 婴儿死亡率 (id ``ind``) at most 2.5‰ in 2025
_MCH = indicator_plan("婴儿死亡率", "‰", "down", "≤2.5‰")


def _validate(*arguments):
    """``checker validate`` with ``arguments``, run in-process."""
    from click.testing import CliRunner

    from checker.cli import main

    return CliRunner().invoke(main, ["validate", *map(str, arguments)])


def _json(result) -> dict:
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _notes(report: dict) -> dict:
    return {(row["region"], row["indicator"], row["year"]): (row["evidence"]["observation"] or {}).get("notes")
            for row in report["results"]}


# --- X#7: a row of units under a table by place's header ----------------------------------------------------------


@pytest.mark.parametrize("first", [None, "单位", "计量单位"])
@pytest.mark.parametrize("bracket", ["{}", "({})", "（{}）"])
def test_a_units_row_under_the_header_gives_the_columns_units(tmp_path: Path, first, bracket: str) -> None:
    """``地区 | 床位数 | 卫生技术人员`` over ``| 张 | 万人`` (or ``单位 | 张 | 万人``, or ``(张) | (万人)``), a bureau's
    计量单位 row: the columns' units, as 床位数（张） gives them. It was refused as a row with no place, or its 张 as a
    value that could not be read."""
    plan = HEAD.replace("region: 甲市", "region: 山东省").replace("base_year: 2020", "base_year: 2010").replace(
        "[2025]", "[2013]") + """\
  - id: techs
    name: {zh: 卫生技术人员}
    unit: 人
    direction: up
    targets:
      2013: {text: "不低于80万人"}
"""
    book = workbook_of({"19-14": [["各市卫生资源（2013年）"], ["地区", "床位数", "卫生技术人员"],
                                  [first, bracket.format("张"), bracket.format("万人")],
                                  ["山东省", 489677, 82.0206], ["济南市", 45465, 7.6955]]}, tmp_path / "data.xlsx")
    report = _json(check(written(tmp_path, plan, "plan.yaml"), book, "--format", "json"))
    assert report["results"][0]["value"] == pytest.approx(820206), report



# --- X#8: a 说明 sheet of words only under --sheet '*' ----------------------------------------------------------------


def test_a_notes_sheet_is_passed_over_and_named(tmp_path: Path) -> None:
    """A bureau's workbook opens with a 说明 sheet of notes (``2. 2023年为快报数。``): ``--sheet '*'`` refused the whole
    workbook at it ("missing columns …; delete the title line"). A sheet of words only (no number, no year) is passed
    over and named; the sheets of data are read."""
    book = workbook_of({"说明": [["说明"], ["1. 本表数据来源于统计年鉴。"], ["2. 2023年为快报数。"]],
                        "2023年": [["指标", "单位", "数值"], ["婴儿死亡率", "‰", 2.61]]}, tmp_path / "data.xlsx")
    plan = written(tmp_path, _MCH, "plan.yaml")
    result = check(plan, book, "--sheet", "*", "--format", "json")
    assert _json(result)["results"][0]["value"] == pytest.approx(2.61), result.output
    assert "[说明]" in result.stderr and "words only" in result.stderr, result.stderr
    validated = _validate("--plan", plan, book, "--sheet", "*").output
    assert "[说明]" in validated and "words only" in validated and "[unread-sheet]" in validated, validated


def test_a_workbook_of_notes_sheets_only_says_so(tmp_path: Path) -> None:
    """Every sheet words only: refused, naming them (not "every sheet is empty", nor a missing header)."""
    book = workbook_of({"说明": [["说明"], ["本表数据来源于统计年鉴。"]], "目录": [["目录"], ["表1 卫生资源"]]},
                       tmp_path / "data.xlsx")
    result = check(written(tmp_path, _MCH, "plan.yaml"), book, "--sheet", "*")
    assert result.exit_code == 2 and "holds words only" in result.output and "'目录'" in result.output, result.output


# --- X#9: a sheet named 杭州 under a title naming 杭州市 ---------------------------------------------------------------


@pytest.mark.parametrize("title", ["杭州市户籍人口期望寿命及重大慢性病过早死亡率", "杭州市"])
def test_a_sheet_named_without_its_ending_under_a_title_naming_it_in_full(tmp_path: Path, title: str) -> None:
    """Sheet ``杭州`` under the title ``杭州市户籍人口期望寿命…`` (or ``杭州市`` alone): the rows are 杭州市's, as under
    ``杭州市主要健康指标`` (the 35th round's rule); it said "no rows for 杭州市, did you mean 杭州?"."""
    book = workbook_of({"杭州": [[title], ["指标", "单位", "2020年"], ["婴儿死亡率", "‰", 2.1]]}, tmp_path / "data.xlsx")
    plan = written(tmp_path, _MCH.replace("region: 甲市", "region: 杭州市"), "plan.yaml")
    report = _json(check(plan, book, "--format", "json"))
    assert report["results"][0]["region"] == "杭州市" and report["results"][0]["value"] == pytest.approx(2.1), report


# --- X#10: Excel's "Unicode text": UTF-16 with its byte-order mark, tab-separated -------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    """Excel saves "Unicode text" as UTF-16 with a byte-order mark, tab-separated, CRLF: the mark says the encoding for
    sure, so the file is read as its UTF-8 twin is (it was refused: "save as UTF-8")."""
    text = "指标\t单位\t2020年\t2023年\r\n婴儿死亡率\t‰\t4.12\t2.61\r\n"
    path = tmp_path / "data.txt"
    path.write_bytes(("\ufeff" + text).encode(codec))
    report = _json(check(written(tmp_path, _MCH, "plan.yaml"), path, "--format", "json"))
    assert report["results"][0]["value"] == pytest.approx(2.61), report


def test_utf16_broken_after_its_mark_is_refused_at_its_line(tmp_path: Path) -> None:
    """A lone surrogate on the second line: refused there, not read with a replacement character."""
    path = tmp_path / "data.txt"
    path.write_bytes("\ufeff指标\t2023年\r\n".encode("utf-16-le") + b"\x00\xd8" + "婴儿死亡率\t2.61\r\n".encode("utf-16-le"))
    result = check(written(tmp_path, _MCH, "plan.yaml"), path)
    assert result.exit_code == 2 and "data.txt:2:" in result.output and "UTF-16" in result.output, result.output


# --- X#4: 快报 over a year, in a sheet's name or a table's title --------------------------------------------------------


def test_a_preliminary_heading_over_a_year_is_each_values_note(tmp_path: Path) -> None:
    """``快报数`` merged over 2023年 (``正式数`` over 2017年 | 2020年): each 2023 value carries it, validate warns."""
    book = workbook_of({"表1": [["指标", "单位", "正式数", None, "快报数"], [None, None, "2017年", "2020年", "2023年"],
                                ["婴儿死亡率", "‰", 4.12, None, 2.61]]},
                       tmp_path / "data.xlsx", merges={"表1": ["A1:A2", "B1:B2", "C1:D1"]})
    plan = written(tmp_path, _MCH, "plan.yaml")
    assert _notes(_json(check(plan, book, "--format", "json")))[("甲市", "ind", 2023)] == ["快报数"]
    assert "[annotation]" in _validate("--plan", plan, book).output


@pytest.mark.parametrize(("sheet", "title"), [("2023年（快报）", "妇幼健康主要指标"),
                                              ("表1", "妇幼健康主要指标（2023年，快报）")])
def test_a_preliminary_sheet_name_or_title_is_each_values_note(tmp_path: Path, sheet: str, title: str) -> None:
    """A sheet ``2023年（快报）`` or a title ``…（2023年，快报）`` marks the year's figures preliminary, as the foot note
    ``2023年为快报数`` does: each 2023 value carries the note (it was dropped: notes [], validate silent)."""
    book = workbook_of({sheet: [[title], ["指标", "单位", "2020年", "2023年"], ["婴儿死亡率", "‰", 4.12, 2.61]]},
                       tmp_path / "data.xlsx")
    plan = written(tmp_path, _MCH, "plan.yaml")
    notes = _notes(_json(check(plan, book, "--format", "json", "--as-of", "2023")))[("甲市", "ind", 2023)]
    assert notes and "快报" in notes[0], notes
    assert "[annotation]" in _validate("--plan", plan, book).output


# --- lint: a count against 全省平均水平 --------------------------------------------------------------------------------

_BEDS_REF = """\
plan:
  id: test
  title: {zh: 测试规划}
  region: 济南市
  references: {province: 山东省}
  base_year: 2010
  target_years: [2013]
indicators:
  - id: beds
    name: {zh: 床位数}
    unit: 张
    direction: up
    targets:
      2013: {text: "高于全省平均水平"}
"""


def test_lint_warns_of_a_count_against_the_provinces_average(tmp_path: Path) -> None:
    """床位数 (张) ``高于全省平均水平``: check already says n/a (the 全省 row is the province's total, the sum of its
    cities); lint said nothing before the data came. It warns now; 每千人口床位数 (张/千人) is a rate and is not named."""
    from click.testing import CliRunner

    from checker.cli import main

    linted = CliRunner().invoke(main, ["lint", written(tmp_path, _BEDS_REF, "plan.yaml")])
    assert "beds 2013" in linted.output and "no average" in linted.output, linted.output
    per_head = _BEDS_REF.replace("床位数}", "每千人口床位数}").replace("unit: 张", "unit: 张/千人")
    linted = CliRunner().invoke(main, ["lint", written(tmp_path, per_head, "per_head.yaml")])
    assert "no average" not in linted.output, linted.output


# --- grammar: a measure named after its level; 进一步 and 总体 out of subjects ------------------------------------------


@pytest.mark.parametrize(("text", "kind", "value", "subject"), [
    ("保持95%左右的参保水平", "around", 95.0, "参保水平"),
    ("保持95%以上的参保率", "lower_bound", 95.0, "参保率"),
    ("达到90%以上的覆盖率", "lower_bound", 90.0, "覆盖率"),
])
def test_a_measure_named_after_its_level_is_the_subject(text: str, kind: str, value: float, subject: str) -> None:
    """``保持95%左右的参保水平`` (a level, 的, and a name ending in 率 or 水平) was refused; the level reads alone
    (``保持95%左右``), so the name after it is the measure it is of."""
    from checker import parse_target

    rule = parse_target(text, unit="%", direction="up")
    assert (rule.kind, rule.value, rule.subject) == (kind, value, subject)


def test_a_growth_rate_named_after_an_amount_is_refused_as_one() -> None:
    """The name after the level is checked as any subject: 增长率 of an amount in 亿元 is a growth rate, refused so."""
    from checker import parse_target
    from checker.errors import GrammarError

    with pytest.raises(GrammarError, match="names a growth rate"):
        parse_target("保持10%的增长率", unit="亿元", direction="up")


@pytest.mark.parametrize(("text", "subject"), [
    ("开设托班制幼儿园占托幼机构总数比例进一步提升", "开设托班制幼儿园占托幼机构总数比例"),
    ("城市集中式饮用水水源水质达到或优于Ⅲ类比例总体为95%左右", "城市集中式饮用水水源水质达到或优于III类比例"),
    ("黑臭水体总体得到消除", "黑臭水体"),
])
def test_further_and_overall_are_no_part_of_the_subject(text: str, subject: str) -> None:
    """进一步 (further) and 总体 (overall) before the target were left at the name's end (…比例进一步)."""
    from checker import parse_target

    assert parse_target(text, unit="%", direction="down" if "消除" in text else "up").subject == subject


def test_modals_stay_out_of_extracts_target_text() -> None:
    """应 and 将 are not cut from the subject: cut, they would move into extract's text (将达到81岁以上); 进一步 goes
    with its verb into the text, as 持续 does."""
    from files import drafted_of

    assert drafted_of("到2030年，人均预期寿命将达到81岁以上。") == {("人均预期寿命", 2030, "达到81岁以上")}
    assert drafted_of("到2025年，开设托班制幼儿园占托幼机构总数比例进一步提升。") == {
        ("开设托班制幼儿园占托幼机构总数比例", 2025, "进一步提升")}
