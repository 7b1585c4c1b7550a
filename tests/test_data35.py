"""Round 35, data: a yearbook's table by place — places down, indicators across, its one year only in the title
(表14-3 各县（市、区）…（2023年）) — is read, each place row × indicator column one observation of that year; where the
year is not certain it is refused naming the layout. A 合计 row beside a plan's counties is said to be a total row
left out, and how to make it count."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, workbook_of, written

#: a city's plan of three counts in 2023 (the tester's 镇江市 plan, cut down)
PLAN = """\
plan: {id: zj, title: {zh: 镇江市卫生资源}, region: 镇江市, base_year: 2020, target_years: [2023]}
indicators:
  - id: health_institutions
    name: {zh: 医疗卫生机构数}
    aliases: [机构数]
    unit: 个
    direction: up
    targets: {2023: {text: "≥1200个"}}
  - id: beds_total
    name: {zh: 医疗卫生机构床位数}
    aliases: [床位数]
    unit: 万张
    direction: up
    targets: {2023: {text: "≥1.8万张"}}
  - id: nurses_total
    name: {zh: 注册护士数}
    aliases: [注册护士]
    unit: 人
    direction: up
    targets: {2023: {text: "≥11500人"}}
"""


def _statuses(output: str) -> dict[str, str]:
    """Indicator id → status of a JSON report."""
    return {result["indicator"]: result["status"] for result in json.loads(output)["results"]}


def test_total_row_beside_counties_is_named_a_total_row(tmp_path: Path) -> None:
    """A 合计 row among counties was listed as "neither the region checked nor a reference" and validate's hint said
    "correct the region": nothing said it was left out because it is a total, or that naming it 镇江市 (or 全市)
    would make it count, while the target beside it said "no data"."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n京口区,注册护士数,2023,2950,人\n丹阳市,注册护士数,2023,3100,人\n"
                             "合计,注册护士数,2023,11088,人\n镇江市,医疗卫生机构数,2023,1235,个\n")
    plan = written(tmp_path, PLAN, "plan.yaml")
    result = check(plan, data)
    assert result.exit_code == 0, result.output
    assert "地区“合计”是合计行，未作为镇江市的数据读取" in result.output
    assert "请在数据中写作“镇江市”（或“全市”）" in result.output
    english = check(plan, data, "--lang", "en")
    assert "region '合计' is a total row, not read as 镇江市's" in english.output
    assert "name it 镇江市 (or 全市)" in english.output
    from click.testing import CliRunner

    from checker.cli import main

    validated = CliRunner().invoke(main, ["validate", "--plan", plan, data])
    assert "'合计' is a total row" in validated.output and "correct the region" not in validated.output.split(
        "'合计'")[1], validated.output
    # named 全市, it counts (a fail: 11088 < 11500)
    named = written(tmp_path, "地区,指标,年份,数值,单位\n京口区,注册护士数,2023,2950,人\n全市,注册护士数,2023,11088,人\n",
                    "named.csv")
    assert _statuses(check(plan, named, "--format", "json").output)["nurses_total"] == "fail"


#: a yearbook's table by place (表14-3): 全市 and two counties down, three indicators across
TITLE = "14-3  各县（市、区）医疗卫生机构、床位和人员（2023年）"
HEADER = ["地区", "机构数（个）", "床位数（张）", "注册护士（人）"]
ROWS = [["全市", 1235, 18200, 11088], ["京口区", 160, 4300, 2950], ["丹阳市", 400, 5200, 3100]]


def _by_place(tmp_path: Path, kind: str, title: str | None, sheet: str = "14-3") -> str:
    """The table by place as ``kind`` (csv, xlsx with its title merged over the table), under ``title`` if any."""
    if kind == "csv":
        lines = ([f"{title},,,"] if title else []) + [",".join(map(str, row)) for row in [HEADER, *ROWS]]
        return written(tmp_path, "\n".join(lines) + "\n", "table.csv")
    rows = ([[title]] if title else []) + [HEADER, *ROWS]
    return str(workbook_of({sheet: rows}, tmp_path / "table.xlsx", {sheet: ["A1:D1"] if title else []}))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_yearbook_table_by_place_takes_its_titles_year(tmp_path: Path, kind: str) -> None:
    """Places down, indicators across, the year only in the title (…（2023年）) was refused: the title was taken for
    the header and the hint said to delete it, the one place the year was given. Each place row × indicator column is
    now an observation of the title's year, 全市 the city: 床位 18200张 = 1.82万张 passes, 护士 11088 fails."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    result = check(plan, _by_place(tmp_path, kind, TITLE), "--format", "json")
    assert result.exit_code == 1, result.output
    assert _statuses(result.output) == {"health_institutions": "pass", "beds_total": "pass", "nurses_total": "fail"}
    nurses = next(item for item in json.loads(result.output)["results"] if item["indicator"] == "nurses_total")
    observed = nurses["evidence"]["observation"]
    assert (observed["year"], observed["line"], observed["column"]) == (2023, 3, 4)  # its own cell: D3


def test_table_by_place_on_a_sheet_named_by_its_year(tmp_path: Path) -> None:
    """A sheet named 2023年 gives a table by place its year, as it gives a table of indicators and values its year."""
    result = check(written(tmp_path, PLAN, "plan.yaml"), _by_place(tmp_path, "xlsx", None, "2023年"), "--format", "json")
    assert result.exit_code == 1, result.output
    assert _statuses(result.output)["nurses_total"] == "fail"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("title, words", [
    (None, "and no year"),
    ("各县（市、区）医疗卫生机构（2022—2023年）", "gives a span of years"),
    ("各县（市、区）医疗卫生机构（2023年1-9月）", "covers part of a year"),
    ("2022年和2023年各县医疗卫生机构", "give two years, 2022 and 2023"),
])
def test_table_by_place_without_one_certain_year_is_refused_naming_the_layout(
        tmp_path: Path, kind: str, title: str | None, words: str) -> None:
    """Without its title the table was refused as "missing columns indicator, year, value" (the long and wide layouts'
    hint); with a title, the title was read as the header. Where the year is not certain (none, a span, part of a year,
    two years) the refusal now names the layout, what is wrong with the year and how to give it."""
    result = check(written(tmp_path, PLAN, "plan.yaml"), _by_place(tmp_path, kind, title))
    assert result.exit_code == 2, result.output
    assert "places down ('地区', column 1) and indicators across the header" in result.output
    assert words in result.output and "missing columns" not in result.output
    assert "df.melt(id_vars=['地区'])" in result.output


def test_group_heading_over_a_total_and_its_items(tmp_path: Path) -> None:
    """A yearbook merges 卫生技术人员（人） over 合计 | #注册护士: the 合计 column is 卫生技术人员's own figure (read alone it was
    an indicator named 合计) and the item is in the group's unit."""
    plan = written(tmp_path, PLAN.replace("  - id: nurses_total", """\
  - id: technicians
    name: {zh: 卫生技术人员数}
    aliases: [卫生技术人员]
    unit: 人
    direction: up
    targets: {2023: {text: "≥25500人"}}
  - id: nurses_total"""), "plan.yaml")
    rows = [[TITLE], ["地区", "床位数（张）", "卫生技术人员（万人）", None], [None, None, "合计", "#注册护士"],
            ["全市", 18200, 2.52, 1.1088], ["京口区", 4300, 0.65, 0.295]]
    book = workbook_of({"14-3": rows}, tmp_path / "table.xlsx", {"14-3": ["A1:D1", "A2:A3", "B2:B3", "C2:D2"]})
    result = check(plan, book, "--format", "json")
    statuses = _statuses(result.output)
    assert statuses["technicians"] == "warn" and statuses["nurses_total"] == "fail", result.output


def test_table_by_place_repeated_goes_on_in_its_year(tmp_path: Path) -> None:
    """A table by place's header repeated (续表) goes on in the title's year, and a second table under a title of its
    own year is read in that year: the header repeated had no year above it and was refused, and the second table's
    rows were taken for the first's year (a conflicting duplicate)."""
    rows = [[TITLE], HEADER, ROWS[0], HEADER, ROWS[1], ["表2 各县（市、区）医疗卫生机构（2022年）"], HEADER,
            ["全市", 1200, 17800, 10500]]
    result = check(written(tmp_path, PLAN, "plan.yaml"), workbook_of({"14-3": rows}, tmp_path / "table.xlsx"),
                   "--format", "json")
    assert result.exit_code == 1, result.output
    nurses = next(item for item in json.loads(result.output)["results"] if item["indicator"] == "nurses_total")
    assert nurses["status"] == "fail" and nurses["evidence"]["observation"]["cell"] == "D3"


def test_tables_by_place_on_sheets_named_by_year_are_not_read_by_the_first_alone(tmp_path: Path) -> None:
    """Sheets 2023年 and 2022年 of tables by place, read without --sheet, are refused as a sheet per year is (the first
    sheet's year alone would be judged); with --sheet '*' each sheet is read in its year."""
    book = str(workbook_of({"2023年": [HEADER, *ROWS], "2022年": [HEADER, ["全市", 1200, 17800, 10500]]},
                           tmp_path / "table.xlsx"))
    plan = written(tmp_path, PLAN, "plan.yaml")
    refused = check(plan, book)
    assert refused.exit_code == 2 and "its name is its rows' year" in refused.output, refused.output
    result = check(plan, book, "--sheet", "*", "--format", "json")
    assert result.exit_code == 1, result.output
    assert _statuses(result.output)["nurses_total"] == "fail"
