"""Plans and data of the thirteenth round, written the way offices hold published figures (national
five-year-plan indicators, Hong Kong and Taiwan tables in traditional characters, yearbook sheets).
Each test is a wrong answer or an unclear refusal found by reading checker's verdicts against the
figures by hand, rebuilt here with small data of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data.matching import match
from checker.data.readers import read_observations
from checker.data.validate import validate
from checker.errors import CheckerError
from checker.judge.engine import evaluate
from files import plan_from, written

PLAN = """\
plan:
  id: national-extract
  title: {zh: 主要指标摘录}
  region: 全国
  base_year: 2015
  target_years: [2020]
indicators:
  - id: oop_share
    name: {zh: 个人卫生支出占卫生总费用的比重}
    unit: "%"
    direction: down
    targets:
      2020: {text: "28左右"}
  - id: coverage
    name: {zh: 电子健康档案建档率}
    unit: "%"
    direction: up
    targets:
      2020: {text: "≥90%"}
  - id: infection
    name: {zh: 医院感染发生率}
    unit: "%"
    direction: down
    targets:
      2020: {text: "≤1%"}
"""


@pytest.fixture
def plan(tmp_path: Path):
    return plan_from(tmp_path, PLAN)


_csv = written


@pytest.mark.parametrize("rows", [
    "全国,个人卫生支出占卫生总费用的比重,2015,0.2927\n全国,个人卫生支出占卫生总费用的比重,2020,0.277\n",
    "全国,个人卫生支出占卫生总费用的比重,2020,0.5\n",  # 50% as a fraction: read as 0.5% it passed "28左右"
    "全国,电子健康档案建档率,2020,0.93\n",  # 93% as a fraction: read as 0.93% it failed "≥90%"
])
def test_a_share_written_as_a_fraction_without_a_unit_is_refused(tmp_path: Path, plan, rows: str) -> None:
    """A share exported as a fraction (0.277 for 27.7%) with no unit was read as 0.277% and passed the
    lower-is-better "28左右" (or failed a floor it meets). Now check refuses the series at its first row
    and validate gives the same error."""
    data = _csv(tmp_path, "地区,指标,年份,数值\n" + rows)
    with pytest.raises(CheckerError, match="fractions") as caught:
        evaluate(plan, read_observations(data))
    assert caught.value.location.line == 2 and caught.value.location.column == 4
    findings = [f for f in validate(plan, read_observations(data)) if f.code == "scale"]
    assert [f.severity for f in findings] == ["error"]


def test_a_fraction_series_is_skipped_and_listed_with_skip_bad_rows(tmp_path: Path, plan) -> None:
    data = _csv(tmp_path, "地区,指标,年份,数值\n全国,个人卫生支出占卫生总费用的比重,2020,0.277\n"
                          "全国,医院感染发生率,2020,0.8\n")
    dataset = match(plan, read_observations(data, skip_bad_rows=True), skip_bad_rows=True)
    assert any("fractions" in error.message for error in dataset.skipped)
    found = {r.indicator: r for r in evaluate(plan, dataset).results}
    assert found["oop_share"].status == "n/a"
    assert found["infection"].status == "pass"  # 0.8 against "≤1%": not ten times off, read as 0.8%


@pytest.mark.parametrize("rows, status", [
    # the unit says % as it stands, but no out-of-pocket share is under 1% (the catalogue's plausible range), and
    # 0.277 stands 100 times off the target: not judged (round 38), never a pass
    ("全国,个人卫生支出占卫生总费用的比重,2020,0.277,%\n", "n/a"),
    ("全国,个人卫生支出占卫生总费用的比重,2020,27.7%,\n", "pass"),
    ("全国,个人卫生支出占卫生总费用的比重,2020,27.7,\n", "pass"),
    ("全国,个人卫生支出占卫生总费用的比重,2020,0,\n", "pass"),  # zero is no fraction of anything
])
def test_a_share_with_its_unit_or_in_percent_is_judged_as_written(tmp_path: Path, plan, rows: str,
                                                                   status: str) -> None:
    data = _csv(tmp_path, "地区,指标,年份,数值,单位\n" + rows)
    found = {r.indicator: r for r in evaluate(plan, read_observations(data)).results}
    assert found["oop_share"].status == status, found["oop_share"].reason.en


def test_a_value_too_small_for_a_ratio_is_no_internal_error(tmp_path: Path, plan) -> None:
    """5e-324 next to 3.9 made the unit-slip test divide to infinity: validate stopped with an internal
    error (exit 3). The two values are simply far apart."""
    data = _csv(tmp_path, "地区,指标,年份,数值,单位\n全国,医院感染发生率,2015,5e-324,%\n全国,医院感染发生率,2016,3.9,%\n")
    findings = validate(plan, read_observations(data, skip_bad_rows=True))
    assert all(f.code != "unreadable" for f in findings)
    from checker.data.jumps import slip_factor
    assert slip_factor(5e-324, 3.9) is None and slip_factor(0.039, 3.9) == 2


BASELINE_PLAN = """\
plan:
  id: city
  title: {zh: 某市规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    baseline: {2020: 5.0}
    targets:
      2025: {text: "比2020年下降20%"}
"""


@pytest.mark.parametrize("cell, warned", [("5.6", True), ("5.04", False), ("5", False), ("0.56%", True)])
def test_a_base_value_the_data_contradicts_is_named(tmp_path: Path, cell: str, warned: bool) -> None:
    """The plan states 5.0 for 2020 and the data 5.6: progress and the 20% cut are measured from 5.6
    without a word. validate now names both (a warning), within the plan's precision only."""
    plan = plan_from(tmp_path, BASELINE_PLAN)
    unit = "" if cell.endswith("%") else "‰"
    data = _csv(tmp_path, f"地区,指标,年份,数值,单位\n甲市,婴儿死亡率,2020,{cell},{unit}\n甲市,婴儿死亡率,2023,4.2,‰\n"
                          "乙县,婴儿死亡率,2020,9.9,‰\n")
    found = [f for f in validate(plan, read_observations(data, skip_bad_rows=True)) if f.code == "baseline"]
    assert [(f.line, f.severity) for f in found] == ([(2, "warning")] if warned else [])
    if warned:
        assert "5.0" in found[0].message and "plan.yaml" in found[0].message


def _sheet_per_year(path: Path, names: list[str]) -> str:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, value in zip(names, (0.2927, 0.2836, 0.277)):
        sheet = book.create_sheet(name)
        sheet.append(["单位：%"])
        sheet.append(["指标", "数值"])
        sheet.append(["个人卫生支出占卫生总费用的比重", round(value * 100, 2)])
    book.save(path)
    return str(path)


def test_a_sheet_per_year_reads_each_sheets_name_as_its_year(tmp_path: Path, plan) -> None:
    """An office's workbook with a sheet per year (2015年, 2019年, 2020年) and no year column was refused
    for a missing year column; each sheet's plain-year name is its rows' year when every sheet is read."""
    book = _sheet_per_year(tmp_path / "years.xlsx", ["2015年", "2019", "2020年"])
    observations = read_observations(book, sheet="*")
    assert sorted((item.year, item.value) for item in observations.items) == [(2015, 29.27), (2019, 28.36),
                                                                              (2020, 27.7)]
    found = {r.indicator: r for r in evaluate(plan, observations).results}
    assert found["oop_share"].status == "pass" and found["oop_share"].year == 2020


def test_a_sheet_per_year_read_alone_by_default_is_refused(tmp_path: Path) -> None:
    """Reading only the first sheet (the default) would judge the 2015 sheet as the whole data."""
    book = _sheet_per_year(tmp_path / "years.xlsx", ["2015年", "2019年", "2020年"])
    with pytest.raises(CheckerError, match="--sheet") as caught:
        read_observations(book)
    assert caught.value.location.sheet == "2015年"
    assert [item.year for item in read_observations(book + "#2019年").items] == [2019]  # one named sheet: its year


@pytest.mark.parametrize("name", ["2020年快报", "表1", "Sheet1"])
def test_a_sheet_name_that_is_not_a_plain_year_gives_no_year(tmp_path: Path, name: str) -> None:
    book = _sheet_per_year(tmp_path / "years.xlsx", [name])
    with pytest.raises(CheckerError, match="year"):
        read_observations(book)


COUNT_PLAN = """\
plan:
  id: counts
  title: {zh: 数量指标}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: visits
    name: {zh: 总诊疗人次}
    unit: 万人次
    direction: up
    targets:
      2025: {text: "达到800万人次"}
  - id: spend
    name: {zh: 卫生总费用}
    unit: 亿元
    direction: up
    targets:
      2025: {text: "达到120亿元"}
"""


@pytest.fixture
def count_plan(tmp_path: Path):
    return plan_from(tmp_path, COUNT_PLAN, "counts.yaml")


@pytest.mark.parametrize("name, cell", [("总诊疗人次", "7900000"), ("卫生总费用", "1180000"), ("卫生总费用", "0.0118")])
def test_a_count_without_a_unit_a_thousand_times_off_the_target_is_refused(tmp_path: Path, count_plan, name: str,
                                                                           cell: str) -> None:
    """7,900,000 visits (as a register counts them) with no unit, for a plan in 万人次 whose target is
    800, read as 7,900,000万人次 and passed; 1,180,000 (万元) passed 120亿元 the same way."""
    data = _csv(tmp_path, f"地区,指标,年份,数值\n甲市,{name},2025,{cell}\n")
    with pytest.raises(CheckerError, match="has no unit") as caught:
        evaluate(count_plan, read_observations(data))
    assert (caught.value.location.line, caught.value.location.column) == (2, 4)
    assert [f.severity for f in validate(count_plan, read_observations(data)) if f.code == "scale"] == ["error"]


@pytest.mark.parametrize("cell, unit, status", [("7900000", "人次", "warn"), ("790", "", "warn"), ("95000", "", "pass"),
                                                ("1180000", "万元", "warn")])
def test_a_count_with_its_unit_or_near_the_target_is_judged(tmp_path: Path, count_plan, cell: str, unit: str,
                                                            status: str) -> None:
    name = "卫生总费用" if unit == "万元" else "总诊疗人次"
    data = _csv(tmp_path, f"地区,指标,年份,数值,单位\n甲市,{name},2025,{cell},{unit}\n")
    found = [r for r in evaluate(count_plan, read_observations(data)).results if r.name_zh == name][0]
    assert found.status == status, found.reason.en


@pytest.mark.parametrize("text, header", [
    ("縣市,指標,單位,105年,107年\n臺東縣,平均壽命,歲,75.05,75.8\n", True),
    ("縣市,指標,年份,數值\n臺東縣,平均壽命,107年,75.8\n", False),
])
def test_a_minguo_year_is_refused_with_the_western_year_it_may_be(tmp_path: Path, text: str, header: bool) -> None:
    """Tables from Taiwan write 107年 for 2018. The refusal said only "not a year" or "missing columns
    year, value"; it now names the Western year (a bare 107年 is never converted on a guess; 民國107年,
    which names its era, is read: test_hand_made_cells.py)."""
    data = _csv(tmp_path, text)
    with pytest.raises(CheckerError) as caught:
        read_observations(data)
    assert "Minguo" in (caught.value.hint or "")
    assert ("2016" if header else "2018") in caught.value.hint


def test_a_year_column_beside_a_long_files_value_column_is_refused(tmp_path: Path, plan) -> None:
    """A long file (指标, 年份, 数值) with a newer year appended as a column (2020) was read as long and
    the column's cells were dropped without a word: the 2020 value never reached the verdict."""
    data = _csv(tmp_path, "指标,年份,数值,单位,2020\n医院感染发生率,2015,1.2,%,0.8\n")
    with pytest.raises(CheckerError, match="year column") as caught:
        read_observations(data)
    assert (caught.value.location.line, caught.value.location.column) == (1, 5)


@pytest.mark.parametrize("rows, refused", [
    ("甲市,总诊疗人次,2025,7900000,\n", True), ("甲市,总诊疗人次,2025,7900000,人次\n", False),
    ("甲市,总诊疗人次,2025,790,\n", False)])
def test_a_national_file_read_by_columns_refuses_the_same_values(tmp_path: Path, count_plan, rows: str,
                                                                 refused: bool) -> None:
    """Large files are read by columns; there the count in 人次 still passed as 万人次. Such an
    indicator now goes to the row reader, which refuses it at its cell."""
    from checker.data import columnar
    if not columnar.available():
        pytest.skip("the scale extra (polars) is not installed")
    path = _csv(tmp_path, "地区,指标,年份,数值,单位\n" + rows)
    if refused:
        with pytest.raises(columnar.Unsuitable):
            columnar.match(count_plan, columnar.read((path,)))
        with pytest.raises(CheckerError, match="has no unit"):
            columnar.read((path,)).match(count_plan)
    else:
        assert columnar.match(count_plan, columnar.read((path,))).series


@pytest.mark.parametrize("header", ["2020年（目标）", "2020(规划)", "2020年(预期值)", "2020（争取）", "2020 (target)"])
def test_a_year_header_marked_as_a_target_is_refused(tmp_path: Path, plan, header: str) -> None:
    """A plan's indicator table passed as data (基期 and 2020年（目标） columns) was read as observed values
    with the note "目标", and every target passed against itself."""
    data = _csv(tmp_path, f"指标,单位,2015,{header}\n电子健康档案建档率,%,80,95\n")
    with pytest.raises(CheckerError, match="names a target") as caught:
        read_observations(data)
    assert (caught.value.location.line, caught.value.location.column) == (1, 4)


@pytest.mark.parametrize("header", ["2020（快报数）", "2020E", "2020年末", "2020*", "2020年（十三五期末）", "2020(期末)",
                                    "2020年（规划基期）", "2020（实际完成）"])
def test_a_year_header_with_a_note_of_data_is_still_read(tmp_path: Path, header: str) -> None:
    data = _csv(tmp_path, f"指标,单位,2015,{header}\n电子健康档案建档率,%,80,95\n")
    assert [item.year for item in read_observations(data).items] == [2015, 2020]


@pytest.mark.parametrize("note, refused", [("规划目标值", True), ("（目标）", True), ("Target", True), ("預期值", True),
                                           ("已完成规划目标", False), ("快报数", False), ("", False)])
def test_a_row_noted_as_a_target_is_refused(tmp_path: Path, plan, note: str, refused: bool) -> None:
    """A data file holding the plan's target next to the observed values, told apart only by its note
    (备注: 规划目标值), read the target as an observation: it met itself. Now the row is refused at its note."""
    data = _csv(tmp_path, f"指标,年份,数值,单位,备注\n电子健康档案建档率,2015,80,%,\n电子健康档案建档率,2020,90,%,{note}\n")
    if refused:
        with pytest.raises(CheckerError, match="target") as caught:
            read_observations(data)
        assert (caught.value.location.line, caught.value.location.column) == (3, 5)
        findings = validate(plan_from(tmp_path, PLAN), read_observations(data, skip_bad_rows=True))
        assert any(f.severity == "error" and f.line == 3 for f in findings)
    else:
        assert len(read_observations(data).items) == 2


@pytest.mark.parametrize("base, severity", [(2026, "error"), (2025, "warning"), (2020, None)])
def test_lint_names_a_base_year_not_before_the_target_year(tmp_path: Path, base: int, severity: str | None) -> None:
    """base_year 2026 for a 2025 target (a typo for 2016) passed lint; check then said "no base value"
    for every progress target, which hid the typo. A base year after a target year is an error since the
    twenty-third round (check ran such a plan to all n/a and exit 0)."""
    from checker.plan.lint import lint
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("base_year: 2015", f"base_year: {base}").replace("[2020]", "[2025]")
                    .replace("2020: {text", "2025: {text"), encoding="utf-8")
    found = [p for p in lint(path) if p.code == "base-year"]
    assert [(p.severity, p.location.line) for p in found] == ([(severity, 5)] if severity else [])


@pytest.mark.parametrize("name", ["婴儿死亡率", "嬰兒死亡率"])
@pytest.mark.parametrize("direction, warned", [("neutral", True), ("up", True), ("down", False)])
def test_lint_names_a_direction_against_the_catalogue(tmp_path: Path, direction: str, warned: bool, name: str) -> None:
    """A plan written by hand with 婴儿死亡率 `direction: neutral` failed 3‰ against "控制在5‰左右" (beating
    an "about" target is missing it when neither way is better). lint now names the catalogue's direction."""
    from checker.plan.lint import lint
    path = tmp_path / "plan.yaml"
    path.write_text(BASELINE_PLAN.replace("direction: down", f"direction: {direction}")
                    .replace("比2020年下降20%", "控制在5‰左右").replace("{zh: 婴儿死亡率}", f"{{zh: {name}}}"), encoding="utf-8")
    assert [p.severity for p in lint(path) if p.code == "direction"] == (["warning"] if warned else [])


@pytest.mark.parametrize("header", ["2020（‰）", "2020(万人)", "2020年(1/10万)", "2020（%）"])
def test_a_unit_in_a_year_headers_brackets_is_refused(tmp_path: Path, header: str) -> None:
    """A yearbook's 2020(1/10万) header was read as the year with the note "1/10万", and its cells in the
    plan's unit: 0.54 per 100,000 judged as 0.54‰."""
    data = _csv(tmp_path, f"指标,2015,{header}\n婴儿死亡率,8.1,0.54\n")
    with pytest.raises(CheckerError, match="gives a unit") as caught:
        read_observations(data)
    assert (caught.value.location.line, caught.value.location.column) == (1, 3)


@pytest.mark.parametrize("rows", [
    "全国,电子健康档案建档率,80,\n某省,电子健康档案建档率,70,\n,医院感染发生率,1.2,0.8\n",
    "某省,电子健康档案建档率,70,\n,医院感染发生率,1.2,0.8\n"])
def test_an_empty_region_cell_under_another_regions_rows_is_refused(tmp_path: Path, plan, rows: str) -> None:
    """A wide table grouped under a province with the region written once (not merged) read the rows
    below as the plan's own region: the province's 0.8% was judged as the nation's. Now the row is
    refused (validate: an error); under the judged region's own rows an empty cell still means it."""
    data = _csv(tmp_path, "地区,指标,2015,2020\n" + rows)
    with pytest.raises(CheckerError, match="names no region") as caught:
        evaluate(plan, read_observations(data))
    assert caught.value.location.line == rows.count("\n") + 1
    assert any(f.severity == "error" and "names no region" in f.message
               for f in validate(plan, read_observations(data, skip_bad_rows=True)))


def test_an_empty_region_cell_of_a_long_file_under_another_regions_rows_is_refused(tmp_path: Path, plan) -> None:
    """A long file copied out of a sheet whose region cells were merged leaves the cells below a region's
    first row empty: under 某省's row, an empty cell may be 某省's as well as the judged region's."""
    data = _csv(tmp_path, "地区,指标,年份,数值\n某省,电子健康档案建档率,2020,75\n,电子健康档案建档率,2021,95\n")
    with pytest.raises(CheckerError, match="the row names no region, under rows of '某省'") as refused:
        evaluate(plan, read_observations(data))
    assert refused.value.location.line == 3
    before = _csv(tmp_path, "地区,指标,年份,数值\n,电子健康档案建档率,2021,95\n某省,电子健康档案建档率,2020,75\n")
    found = {r.indicator: r for r in evaluate(plan, read_observations(before)).results}
    assert found["coverage"].value == 95  # before any named row: the judged region's


def test_empty_region_cells_before_any_named_region_stay_the_plans(tmp_path: Path, plan) -> None:
    data = _csv(tmp_path, "地区,指标,2015,2020\n,电子健康档案建档率,,95\n某省,电子健康档案建档率,,75\n"
                          "全国,医院感染发生率,1.2,\n,医院感染发生率,,0.8\n")  # under the judged region: its own
    found = {r.indicator: r for r in evaluate(plan, read_observations(data)).results}
    assert found["coverage"].value == 95 and found["infection"].value == 0.8
