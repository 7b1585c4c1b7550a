"""Data and plans written the way users hold published statistics: bulletins, yearbook tables,
county communiqués pasted into spreadsheets. Each test is a wrong answer (or an unclear refusal)
found by reading checker's verdicts against the published figure, with small data of our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.errors import GrammarError
from checker.language.grammar import parse_target
from checker.language.numbers import read_number

ROOT = Path(__file__).resolve().parents[1]

PLAN = """\
plan:
  id: user-plan
  title: {zh: 自编规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: infant_mortality
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "5.2‰以下"}
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                            timeout=120)
    assert "Traceback" not in result.stderr
    return result


def check_json(tmp_path: Path, data: str, plan: str = PLAN) -> dict:
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "data.csv").write_text(data, encoding="utf-8")
    result = run("check", "plan.yaml", "data.csv", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


# --- footnote marks are never digits -------------------------------------------------------------

@pytest.mark.parametrize("cell, value, mark", [
    ("4.5②", 4.5, "②"), ("4.5¹", 4.5, "¹"), ("4.5 ①", 4.5, "①"), ("4.5‰²", 4.5, "²"),
    ("4.5⑴", 4.5, "⑴"), ("396.75（快报数）①", 396.75, "①"), ("16.5①（快报数）", 16.5, "①"),
])
def test_a_footnote_mark_after_a_value_is_a_note_not_a_digit(cell, value, mark):
    """NFKC makes ② the digit 2: a bulletin's "4.5②" was read as 4.52, "78.6¹" as 78.61."""
    number = read_number(cell)
    assert number is not None and number.value == value
    assert f"{mark} (annotated)" in number.notes


@pytest.mark.parametrize("cell", ["4①.5", "¹4.5", "80.5²岁"])
def test_a_footnote_mark_inside_a_value_is_refused(cell):
    assert read_number(cell) is None


def test_a_units_power_is_not_a_footnote_mark():
    assert read_number("12m²").unit == read_number("12平方米").unit
    assert read_number("12m²").value == 12 and read_number("12m²").notes == ()


def test_check_reads_a_marked_value_as_the_number_shown(tmp_path):
    data = "地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4.5②,‰\n"
    result = check_json(tmp_path, data)["results"][0]
    assert result["value"] == 4.5
    assert result["evidence"]["observation"]["notes"] == ["② (annotated)"]


def test_a_value_with_a_mark_inside_stops_at_its_cell(tmp_path):
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4①.5,‰\n", encoding="utf-8")
    result = run("check", "plan.yaml", "data.csv", cwd=tmp_path)
    assert result.returncode == 2
    assert "data.csv:2:4" in result.stderr


def test_validate_names_the_mark_of_a_marked_value(tmp_path):
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4.5²,‰\n", encoding="utf-8")
    result = run("validate", "data.csv", "--plan", "plan.yaml", cwd=tmp_path)
    assert "data.csv:2:4: warning" in result.stdout and "'²'" in result.stdout, result.stdout


def test_a_footnote_mark_on_a_name_or_a_year_header_is_not_a_digit(tmp_path):
    """"婴儿死亡率（‰）①" was the unknown indicator "婴儿死亡率(‰)1", and the header "2023①" was refused."""
    data = "地区,指标,2023①,2024\n甲市,婴儿死亡率（‰）①,4.5,4.2\n"
    doc = check_json(tmp_path, data)
    assert doc["unknown_indicators"] == []
    observation = doc["results"][0]["evidence"]["observation"]
    assert (observation["year"], observation["value"]) == (2024, 4.2)
    assert doc["summary"]["pass"] == 1


def test_a_superscript_mark_in_a_target_is_not_a_digit():
    """"≥4.5¹" was read as ≥ 4.51."""
    rule = parse_target("≥4.5¹", unit="‰", direction="down")
    assert rule.value == 4.5 and "¹ (annotated)" in rule.notes
    assert parse_target("≤4‰²", unit="‰", direction="down").value == 4
    with pytest.raises(GrammarError, match="footnote mark"):
        parse_target("≥4¹.5", unit="‰", direction="down")
    assert parse_target("达到2.6m²", unit="平方米", direction="up").value == 2.6



# --- a yearbook's years down the rows --------------------------------------------------------------

def _titled_table(tmp_path, sheet_name: str, title: str, rows: list[list], csv_text: str) -> None:
    """A yearbook table as a workbook (its title merged over the first row) and as a CSV, beside the plan."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append([title])
    sheet.merge_cells("A1:C1")
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / "data.xlsx")
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text(csv_text, encoding="utf-8")


def test_years_down_the_rows_are_refused_with_the_reason(tmp_path):
    """A 主要年份 table (年份 in the first column, one indicator a column) was refused as if its title
    were the header, with the advice to delete the title, which would not have helped."""
    _titled_table(tmp_path, "表1", "主要年份卫生资源", [["年份", "每万人口医生数（人）", "每万人口床位数（张）"],
                                                        [2009, 41.4, 63.4], [2010, 41.7, 66.0]],
                  "年份,每万人口医生数（人）\n2010,41.7\n")
    for data, where in [("data.xlsx", "data.xlsx[表1]!A2"), ("data.csv", "data.csv:1:1")]:
        result = run("check", "plan.yaml", data, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert where in result.stderr and "years run down the rows" in result.stderr
        assert "Transpose" in result.stderr



# --- "did you mean" for a plan written from scratch --------------------------------------------------

OWN_IDS = """\
plan:
  id: own-ids
  title: {zh: 自编规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2025: {text: "≥80岁"}
  - id: doctors
    name: {zh: 每千常住人口执业（助理）医师数}
    unit: 人/千人
    direction: up
    targets:
      2025: {text: "≥3"}
"""


def test_a_catalogue_synonym_suggests_the_plan_indicator_of_that_name(tmp_path):
    """A plan's own id (`le`) for 人均预期寿命: a bulletin's 人均期望寿命 was left out with no hint,
    because the catalogue, which knows the two are one, filed it under its own id."""
    data = "地区,指标,年份,数值,单位\n甲市,人均期望寿命,2021,81.8,岁\n甲市,执业（助理）医师,2022,951,人\n"
    unknown = {u["name"]: u["did_you_mean"] for u in check_json(tmp_path, data, OWN_IDS)["unknown_indicators"]}
    assert unknown["人均期望寿命"] == "人均预期寿命 (le)"
    # a count of physicians is not the per-1,000 rate: no suggestion rather than a misleading one
    assert unknown["执业(助理)医师"] is None


# --- a rate in the wrong scale -----------------------------------------------------------------------

SCALES = """\
plan:
  id: scales
  title: {zh: 自编规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: "%"
    direction: down
    targets:
      2025: {text: "4‰以下"}
  - id: some_rate
    name: {zh: 某病报告发病率}
    unit: "%"
    direction: down
    targets:
      2025: {text: "3‰以下"}
  - id: share
    name: {zh: 某项达标率}
    unit: "%"
    direction: up
    targets:
      2025: {text: "≥90%"}
  - id: staff
    name: {zh: 某类人员数}
    unit: 人
    direction: up
    targets:
      2025: {text: 达到1.2万人}
"""


def test_lint_warns_of_a_rate_in_another_scale(tmp_path):
    """`unit: %` for 婴儿死亡率 with the target 4‰以下: the target converts, but a data file without a
    unit column (2.15, meant as ‰) was judged as 2.15% — 21.5‰ — without a word anywhere."""
    (tmp_path / "plan.yaml").write_text(SCALES, encoding="utf-8")
    result = run("lint", "plan.yaml", "--format", "json", cwd=tmp_path)
    found = [p for p in json.loads(result.stdout)["problems"] if p["code"] == "unit-scale"]
    assert [p["path"].split(".")[0] for p in found] == ["indicators[0]", "indicators[1]"], found
    assert "usually measured in ‰" in found[0]["message"]
    assert "written in ‰" in found[1]["message"]
    assert result.returncode == 0  # a warning: the plan may mean it


def test_lint_does_not_warn_of_the_usual_scale_by_another_name(tmp_path):
    """An English plan's `per 1,000 live births` (1/千活产) for 婴儿死亡率 is ‰ by another name: the same number,
    no other scale, so no unit-scale warning (every English plan drafted one per rate)."""
    plan = SCALES.split("  - id: some_rate")[0].replace('unit: "%"', 'unit: "1/千活产"', 1).replace("4‰以下", "4")
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    result = run("lint", "plan.yaml", "--format", "json", cwd=tmp_path)
    assert not [p for p in json.loads(result.stdout)["problems"] if p["code"] == "unit-scale"]


# --- a column of an unknown header ------------------------------------------------------------------

@pytest.mark.parametrize("header", ["区域", "县市区", "地区名称", "行政区划"])
def test_a_region_column_under_a_statistical_tables_name_is_read(tmp_path, header):
    """A region column headed 区域 was dropped without a word and its county's rows judged as the
    plan's region: another county's 4.5‰ passed as 甲市's own."""
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text(f"{header},指标,年份,数值,单位\n乙县,婴儿死亡率,2023,4.5,‰\n", encoding="utf-8")
    result = run("check", "plan.yaml", "data.csv", cwd=tmp_path)
    assert result.returncode == 2 and "no rows for 甲市" in result.stderr


def test_a_column_of_an_unknown_header_is_refused_at_its_cell(tmp_path):
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text("片区,指标,年份,数值,单位\n乙县,婴儿死亡率,2023,4.5,‰\n", encoding="utf-8")
    result = run("check", "plan.yaml", "data.csv", cwd=tmp_path)
    assert result.returncode == 2 and "data.csv:1:1" in result.stderr and "片区" in result.stderr


def test_statistical_tables_header_names_and_a_serial_column(tmp_path):
    data = "序号,地区名称,指标名称,统计年度,指标值,计量单位,数据来源\n1,甲市,婴儿死亡率,2023,0.45,%,年鉴\n"
    result = check_json(tmp_path, data)["results"][0]
    assert (result["year"], result["value"], result["unit"]) == (2023, 4.5, "‰")
    assert result["evidence"]["observation"]["notes"] == ["年鉴"]


def test_a_filled_cell_under_a_blank_header_is_refused_at_its_cell(tmp_path):
    """A pasted table whose first heading was left blank: its regions were dropped and 乙县's rows
    judged as the plan's region (CSV long and wide, and a workbook)."""
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    for data in (",指标,年份,数值,单位\n乙县,婴儿死亡率,2023,4.5,‰\n", ",指标,2022,2023\n乙县,婴儿死亡率（‰）,4.6,4.5\n"):
        (tmp_path / "data.csv").write_text(data, encoding="utf-8")
        result = run("check", "plan.yaml", "data.csv", cwd=tmp_path)
        assert result.returncode == 2 and "data.csv:2:1" in result.stderr and "乙县" in result.stderr
    # a trailing separator (an empty column without a header) is no problem
    assert check_json(tmp_path, "地区,指标,年份,数值,单位,\n甲市,婴儿死亡率,2023,4.5,‰,\n")["summary"]["pass"] == 1


def test_validate_points_a_whole_of_province_row_to_the_plans_province(tmp_path):
    """A yearbook's 全省 row beside the county's: left out with no hint, though the plan's province
    reference is what it stands for. Since round 39 validate reads it as the plan's province, as check does."""
    plan = PLAN.replace("  region: 甲市\n", "  region: 甲市\n  references: {province: 乙省}\n")
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4.5,‰\n全省,婴儿死亡率,2023,5.0,‰\n",
                                       encoding="utf-8")
    result = run("validate", "data.csv", "--plan", "plan.yaml", cwd=tmp_path)
    assert "unknown-region" not in result.stdout and "0 warning(s)" in result.stdout, result.stdout


# --- a plan written by hand, in the wrong shape ---------------------------------------------------------

@pytest.mark.parametrize("old, new, hint", [
    ("      2025: {text: \"5.2‰以下\"}", "      2025: \"5.2‰以下\"", '2025: {text: "5.2‰以下"}'),
    ("    name: {zh: 婴儿死亡率}", "    name: 婴儿死亡率", 'name: {zh: "婴儿死亡率"}'),
    ("  target_years: [2025]", "  target_years: ['2025']", "without quotes or 年: 2025"),
    ("    direction: down", "    direction: 下降", "down 越低越好"),
])
def test_lint_says_how_to_write_what_a_new_user_writes_in_the_wrong_shape(tmp_path, old, new, hint):
    assert old in PLAN
    (tmp_path / "plan.yaml").write_text(PLAN.replace(old, new), encoding="utf-8")
    result = run("lint", "plan.yaml", cwd=tmp_path)
    assert result.returncode == 1 and "[schema]" in result.stdout and hint in result.stdout, result.stdout


def test_regions_by_years_with_the_indicator_in_the_title_only_is_refused_with_the_reason(tmp_path):
    """A yearbook's 各地区 table (地区 down, years across, 婴儿死亡率 named in the title): refused as if
    the title were the header, with advice to delete the title, which would not have helped."""
    _titled_table(tmp_path, "表3", "各地区婴儿死亡率", [["地区", "2022", "2023"], ["甲市", 4.7, 4.5]],
                  "地区,2022,2023\n甲市,4.7,4.5\n")
    for data, where in [("data.xlsx", "data.xlsx[表3]!A2"), ("data.csv", "data.csv:1:1")]:
        result = run("check", "plan.yaml", data, cwd=tmp_path)
        assert result.returncode == 2 and where in result.stderr, result.stderr
        assert "no indicator column" in result.stderr and "指标" in result.stderr


def test_a_big5_file_is_read_as_big5_never_as_gb18030(tmp_path):
    """A traditional-Chinese CSV in Big5 decoded as GB18030 into private-use characters: its names were
    garbage, listed as unknown indicators and regions, with no word about the encoding. It was then refused;
    since the twenty-seventh round a file Big5 reads whole is read as Big5."""
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_bytes("region,indicator,year,value\n甲市,嬰兒死亡率,2023,4.5\n".encode("big5"))
    result = run("check", "plan.yaml", "data.csv", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1) and '"encoding": "big5"' in result.stdout and "4.5" in result.stdout, result.stderr
    (tmp_path / "data.csv").write_bytes("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4.5,‰\n".encode("gb18030"))
    assert run("check", "plan.yaml", "data.csv", cwd=tmp_path).returncode == 0


def test_all_regions_does_not_judge_a_tables_total_rows(tmp_path):
    """A county table with its 合计 and 全省 rows: --all-regions judged both as two more regions and
    counted them in the roll-up's share passing."""
    data = ("地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2023,4.5,‰\n乙县,婴儿死亡率,2023,5.5,‰\n"
            "合计,婴儿死亡率,2023,5.0,‰\n全省,婴儿死亡率,2023,5.0,‰\n")
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text(data, encoding="utf-8")
    result = run("check", "plan.yaml", "data.csv", "--all-regions", "--format", "json", cwd=tmp_path)
    doc = json.loads(result.stdout)
    assert doc["regions"] == ["乙县", "甲市"]
    assert {(u["reason"], u["subject"]) for u in doc["unused_rows"]} == {("region", "合计"), ("region", "全省")}


def test_validate_does_not_call_a_dash_in_a_preliminary_column_a_preliminary_figure(tmp_path):
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data.csv").write_text("地区,指标,单位,2023,2024（快报数）\n甲市,婴儿死亡率,‰,4.5,4.2\n甲市,注册护士数,人,900,—\n",
                                       encoding="utf-8")
    result = run("validate", "data.csv", "--plan", "plan.yaml", cwd=tmp_path)
    annotations = [line for line in result.stdout.splitlines() if "[annotation]" in line]
    assert len(annotations) == 1 and "data.csv:2:5" in annotations[0], result.stdout
