"""A national table names the places its regions lie in: 省份 and 地市 beside 区县. Each row's region
is the finest place it names, and a region's 全省/全市 is the province or city the data puts it in.

Such a table was refused ("two region columns"); with the 省份 column deleted, every county of every
province would have been compared with the one province the plan names. Now each county is compared
with its own province's row, the places are references (not judged as regions), and one name in two
places (鼓楼区 of 福州市 and of 南京市) is refused at its row rather than taken for one region.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data import columnar
from checker.data.readers import read_observations
from checker.data.validate import validate
from checker.errors import CheckerError
from checker.judge.engine import evaluate, evaluate_regions
from files import plan_from, written

PLAN = """\
plan:
  id: template
  title: {zh: 县域模板}
  region: 甲县
  base_year: 2020
  target_years: [2030]
  references: {province: 东省, nation: 全国}
indicators:
  - id: exercise
    name: {zh: 经常参加体育锻炼人数比例}
    unit: "%"
    direction: up
    targets:
      2030: {text: 高于全省平均水平}
  - id: life
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2030: {text: 高于全国平均水平}
"""

HEADER = "省份,地市,区县,指标,年份,数值\n"
ROWS = """\
东省,东一市,甲县,经常参加体育锻炼人数比例,2024,40
东省,东一市,甲县,人均预期寿命,2024,80
西省,西一市,乙县,经常参加体育锻炼人数比例,2024,42
西省,西一市,乙县,人均预期寿命,2024,79
东省,,,经常参加体育锻炼人数比例,2024,39
西省,,合计,经常参加体育锻炼人数比例,2024,43
全国,,,人均预期寿命,2024,79.5
"""


@pytest.fixture
def plan(tmp_path: Path):
    return plan_from(tmp_path, PLAN)


def _file(tmp_path: Path, text: str, name: str = "national.csv") -> str:
    return written(tmp_path, text, name)


def test_each_row_is_the_finest_place_it_names(tmp_path: Path) -> None:
    observations = read_observations(_file(tmp_path, HEADER + ROWS))
    assert [item.region for item in observations.items] == ["甲县", "甲县", "乙县", "乙县", "东省", "西省", "全国"]
    assert observations.parents == {"甲县": {"city": "东一市", "province": "东省"},
                                    "乙县": {"city": "西一市", "province": "西省"}}


def test_each_county_is_compared_with_its_own_province(tmp_path: Path, plan) -> None:
    results = evaluate_regions(plan, read_observations(_file(tmp_path, HEADER + ROWS)))
    assert sorted({r.region for r in results.results}) == ["乙县", "甲县"]  # the provinces are references
    found = {(r.region, r.indicator): r for r in results.results}
    assert found[("甲县", "exercise")].status == "pass"  # 40 > 东省 39
    assert "东省" in found[("甲县", "exercise")].reason.zh
    assert found[("乙县", "exercise")].status == "fail"  # 42 < 西省 43, not > 东省 39
    assert found[("乙县", "exercise")].evidence["reference"]["region"] == "西省"
    assert found[("乙县", "life")].evidence["reference"]["region"] == "全国"  # no place given: the plan's


def test_a_county_without_its_provinces_row_is_na_not_compared_with_another(tmp_path: Path, plan) -> None:
    rows = ROWS.replace("西省,,合计,经常参加体育锻炼人数比例,2024,43\n", "")
    results = evaluate(plan, read_observations(_file(tmp_path, HEADER + rows)), region="乙县")
    found = {r.indicator: r for r in results.results}
    assert found["exercise"].status == "n/a"
    assert "西省" in found["exercise"].reason.zh


TWINS = ROWS + "西省,西二市,甲县,人均预期寿命,2024,76\n西省,西二市,甲县,经常参加体育锻炼人数比例,2024,44\n"


def test_one_name_in_two_places_is_two_regions_each_named_with_its_place(tmp_path: Path, plan) -> None:
    observations = read_observations(_file(tmp_path, HEADER + TWINS))
    assert [item.region for item in observations.items] == ["东一市甲县", "东一市甲县", "乙县", "乙县", "东省", "西省",
                                                             "全国", "西二市甲县", "西二市甲县"]
    assert observations.parents["西二市甲县"] == {"city": "西二市", "province": "西省"}
    results = evaluate_regions(plan, observations).results
    found = {(r.region, r.indicator): r.status for r in results}
    assert found[("东一市甲县", "exercise")] == "pass"  # 40 > 东省 39
    assert found[("西二市甲县", "exercise")] == "pass"  # 44 > 西省 43: not a duplicate of 甲县's 40
    assert found[("西二市甲县", "life")] == "fail"  # 76 < 全国 79.5 by more than the band


def test_a_name_still_in_two_places_when_named_with_its_place_is_refused(tmp_path: Path) -> None:
    rows = "东省,一市,甲县,人均预期寿命,2024,80\n西省,一市,甲县,人均预期寿命,2024,78\n"
    with pytest.raises(CheckerError) as raised:
        read_observations(_file(tmp_path, HEADER + rows))
    assert (raised.value.location.line, raised.value.location.column) == (3, 1)


@pytest.mark.parametrize("header, region", [("省份,指标,年份,数值\n", "东省"), ("地市,指标,年份,数值\n", "东一市"),
                                            ("省份,地区,指标,年份,数值\n", None)])
def test_a_place_column_alone_is_the_region_column(tmp_path: Path, header: str, region: str | None) -> None:
    row = "东省,东一市,经常参加体育锻炼人数比例,2024,40\n" if region is None else f"{region},经常参加体育锻炼人数比例,2024,40\n"
    observations = read_observations(_file(tmp_path, header + row))
    assert [item.region for item in observations.items] == [region or "东一市"]
    assert observations.parents == ({} if region else {"东一市": {"province": "东省"}})


def test_data_read_by_columns_places_regions_as_the_row_reader_does(tmp_path: Path, plan) -> None:
    pytest.importorskip("polars")
    path = _file(tmp_path, HEADER + ROWS)
    by_columns = columnar.read((path,))
    by_rows = read_observations(path)
    assert by_columns.parents == by_rows.parents
    assert [(i.region, i.indicator, i.value) for i in by_columns.items] == \
        [(i.region, i.indicator, i.value) for i in by_rows.items]
    got = evaluate_regions(plan, by_columns).results
    want = evaluate_regions(plan, by_rows).results
    assert [(r.region, r.indicator, r.status, r.reason.zh) for r in got] == \
        [(r.region, r.indicator, r.status, r.reason.zh) for r in want]
    # one name in two places: two regions, named alike on both paths
    twins = _file(tmp_path, HEADER + TWINS, "twins.csv")
    by_columns, by_rows = columnar.read((twins,)), read_observations(twins)
    assert by_columns.parents == by_rows.parents
    assert [(i.region, i.value) for i in by_columns.items] == [(i.region, i.value) for i in by_rows.items]
    with pytest.raises(columnar.Unsuitable):  # still two places when named with its place: the row reader refuses
        columnar.read((_file(tmp_path, HEADER + "东省,一市,甲县,人均预期寿命,2024,80\n西省,一市,甲县,人均预期寿命,2024,78\n",
                             "still.csv"),))


def test_the_places_used_as_references_are_not_listed_as_left_out(tmp_path: Path, plan) -> None:
    from checker.data.matching import match, unused_rows

    observations = read_observations(_file(tmp_path, HEADER + ROWS))
    left = unused_rows(plan, observations, match(plan, observations), ["乙县"])
    assert [(u.reason, u.subject) for u in left] == [("region", "甲县")]  # 西省 is 乙县's province


def test_validate_looks_for_the_countys_own_province(tmp_path: Path, plan) -> None:
    rows = ROWS.replace("西省,,合计,经常参加体育锻炼人数比例,2024,43\n", "")
    findings = validate(plan, read_observations(_file(tmp_path, HEADER + rows), skip_bad_rows=True), region="乙县")
    missing = [f.message for f in findings if f.code == "missing-reference"]
    assert len(missing) == 1 and "西省" in missing[0]
    assert not [f for f in findings if f.code == "unknown-region" and f.message.startswith("region '西省'")]


def test_asking_for_a_name_of_two_places_names_both(tmp_path: Path, plan) -> None:
    with pytest.raises(CheckerError) as raised:
        evaluate(plan, read_observations(_file(tmp_path, HEADER + TWINS)), region="甲县")
    assert "东一市甲县 or 西二市甲县" in raised.value.hint


def test_validating_one_county_of_a_national_table_counts_the_others_once(tmp_path: Path, plan) -> None:
    rows = ROWS + "东省,东一市,丙县,人均预期寿命,2024,81\n东省,东一市,甲具,人均预期寿命,2024,81\n"
    findings = validate(plan, read_observations(_file(tmp_path, HEADER + rows), skip_bad_rows=True), region="乙县")
    others = [f for f in findings if f.code == "other-regions"]
    assert len(others) == 1 and others[0].severity == "info" and others[0].message.startswith("3 other regions")
    assert not [f for f in findings if f.code == "unknown-region"]


def test_a_reference_named_as_its_level_is_named_once(tmp_path: Path, plan) -> None:
    """全国 compared as the nation reads "全国 79.5岁", not "全国（全国）79.5岁"; a province keeps its level."""
    results = evaluate_regions(plan, read_observations(_file(tmp_path, HEADER + ROWS))).results
    found = {(r.region, r.indicator): r.reason.zh for r in results}
    assert "全国79.5岁" in found[("甲县", "life")] and "（全国）" not in found[("甲县", "life")]
    assert "东省（全省）39%" in found[("甲县", "exercise")]
