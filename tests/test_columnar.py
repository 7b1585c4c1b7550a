"""The columnar reader (checker.data.columnar) reads exactly what the row reader reads, or hands the files over.

Every test sends the files through ``read_observations`` and ``match`` with the columnar threshold at
0 and holds the result to the row reader's (``read_rows``) on the same files: the same observations
and files, the same matched series (point for point, in the same order), unknown indicators and
verdicts. Files the columnar reader must not take (quotes, wide layout, GB18030, duplicates,
impossible values …) are shown to be refused by it, and the outcome, data or located error, is the
row reader's own. A property test does the same for small random tables of clean and messy cells.
"""

from __future__ import annotations

import codecs
import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

pytest.importorskip("numpy")
pytest.importorskip("polars")

from checker.data import columnar

from checker.data import observations, readers  # noqa: F401
from checker.judge.engine import evaluate, evaluate_regions
from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.data.matching import Dataset, match
from checker.data.observations import Observations, read_rows
from checker.data.readers import read_observations
from checker.judge.results import unknown_in

PLAN = load_plan("nanan-2030")
HEADER = "地区,指标,年份,数值,单位,备注"


@pytest.fixture(autouse=True)
def _every_file_by_columns(monkeypatch):
    """Send every file, however small, to the columnar reader (the row reader stays as it is)."""
    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)


# --- helpers -------------------------------------------------------------------------------------


def _write(directory: Path, name: str, content: str | bytes) -> Path:
    path = Path(directory) / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _assert_same_observations(got, want: Observations) -> None:
    assert got.items == want.items
    assert got.files == want.files
    assert got.duplicates == want.duplicates
    assert [str(error) for error in got.skipped] == [str(error) for error in want.skipped]


def _assert_same_dataset(got: Dataset, want: Dataset) -> None:
    assert list(got.series) == list(want.series)  # the same series, in the same order
    for key, series in want.series.items():
        assert list(got.series[key]) == list(series), key  # years in source order
        assert dict(got.series[key]) == dict(series), key  # Point for Point
    assert len(got.series) == len(want.series) and all(key in got.series for key in want.series)
    assert ("no such region", "no such indicator") not in got.series and got.series.get(("no such region", "")) is None
    assert list(got.with_points()) == list(want.with_points())  # every series holds a point
    assert got.unknown == want.unknown
    assert [str(error) for error in got.skipped] == [str(error) for error in want.skipped]
    assert got.regions() == want.regions() and got.regions_in_file() == want.regions_in_file()


def _outcome(paths, reader, **match_options) -> tuple:
    """("ok", observations, dataset) of reading and matching ``paths``, or ("error", message)."""
    try:
        observations = reader(*paths)
        return "ok", observations, match(PLAN, observations, **match_options)
    except CheckerError as error:
        return "error", str(error)


def _assert_same_outcome(paths, **match_options) -> tuple:
    """Forced-columnar and row-reader outcomes agree; returns the forced one."""
    got = _outcome(paths, read_observations, **match_options)
    want = _outcome(paths, read_rows, **match_options)
    assert got[0] == want[0], (got[:2], want[:2])
    if got[0] == "error":
        assert got[1] == want[1]
    else:
        _assert_same_observations(got[1], want[1])
        _assert_same_dataset(got[2], want[2])
    return got


def _assert_columnar(paths) -> tuple:
    """Both readers agree, and the columnar reader read the files and matched them itself."""
    got = _assert_same_outcome(paths)
    assert got[0] == "ok", got
    assert isinstance(got[1], columnar.ColumnarObservations)
    assert isinstance(got[2], columnar.ColumnDataset)
    return got[1], got[2]


# --- a messy many-region file --------------------------------------------------------------------

REGIONS = ["县A", "县B", "县C", "县D", "县E", "县F", "福建省", "全国", ""]  # "": the plan's own region
YEARS = list(range(2018, 2026))


def _series(r: int) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(name as written, unit cell, [(year, value cell)]) of each series of region number ``r``."""
    years = YEARS[r % 4:][:5]

    def values(make) -> list[tuple[int, str]]:
        return [(year, make(i)) for i, year in enumerate(years)]

    life_names = ["人均预期寿命", "人均预期寿命（岁）", "life_expectancy"]  # name, alias, id
    infant_names = ["婴儿死亡率", "infant_mortality", "婴儿死亡率（‰）"]
    infant_unit = ("‰", "", "/千")[(r + 1) % 3]
    return [
        (life_names[r % 3], ("岁", "", "周岁")[r % 3], values(
            lambda i: ("７８.５", f"{78 + 0.3 * i + 0.1 * r:.2f}", "79.1（快报数）", "-", "80.2*")[(i + r) % 5])),
        (infant_names[r % 3], infant_unit, values(  # 3.43‰: the unit in the cell, the unit column empty
            lambda i: (f"{3.5 - 0.2 * i:.1f}", "—", "3.43" + ("" if infant_unit else "‰"), "２.９", "")[(i + r) % 5])),
        ("5岁以下儿童死亡率", "‰", values(lambda i: ("4.1", "-", "3.9", "3.8（初步数）")[(i + r) % 4])),
        ("孕产妇死亡率", ("1/10万", "1/万", "/10万")[r % 3], values(  # 1/万 converts (× 10)
            lambda i: ("12.35", "1.1", "9", "10.2（2021年）")[(i + r) % 4])),
        ("居民健康素养水平", ("%", "％")[r % 2], values(lambda i: f"{20 + 2.5 * i + r:g}")),
        ("经常参加体育锻炼人数比例", "%", values(lambda i: ("35.5*", "38", "40.5%", "—")[(i + r) % 4])),
        ("重大慢性病过早死亡率", "%", values(lambda i: f"{16 - 0.4 * i + 0.1 * r:.2f}")),
        ("每千常住人口执业（助理）医师数", "人", values(lambda i: ("2.5", "2.7", "２.９", "3.1")[i % 4])),
        ("居民个人现金卫生支出占卫生总费用的比重", "", values(lambda i: ("28.5%", "27", "26.1（快报数）")[i % 3])),
        (("县域内就诊率", "县（市）域内就诊率")[r % 2], "%", values(lambda i: ("85", "86.5％", "-")[(i + r) % 3])),
        # 人 data for a 万人 indicator: converted; the bracket form converts by the name's unit
        (("艾滋病病毒感染人数", "艾滋病病毒感染人数（人）")[r % 2], ("人", "")[r % 2],
         values(lambda i: str(120 + 7 * i + r))),
        (("人均每日食盐摄入量", "人均每日食盐摄入量（克）")[r % 2], ("克", "", "克")[r % 3],
         values(lambda i: f"{10.5 - 0.3 * i:.1f}")),
        ("室内公共场所全面禁烟", "", values(lambda i: ("否", "是", "-")[(i + r) % 3])),
        ("地级及以上城市空气质量优良天数比率", "%", values(lambda i: ("95.1", "96", "97.3", "—")[(i + r) % 4])),
        ("婴儿死忙率", "‰", values(lambda i: "3.1")),  # unknown, close to 婴儿死亡率: did you mean
        ("某区自定义统计口径", "", values(lambda i: "7")),  # unknown, like nothing
    ]


def _messy_rows() -> list[tuple[int, list[str], str]]:
    """(year, cells, separator) of a deterministic messy long file: ~700 rows, 9 regions, 16 indicators."""
    rows = []
    # the plan's own rows, unnamed, come first: under another region's rows an empty region cell is refused
    for r, region in sorted(enumerate(REGIONS), key=lambda numbered: numbered[1] != ""):
        for name, unit, values in _series(r):
            for year, value in values:
                n = len(rows)
                year_cell = (str(year), f"{year}年", str(year))[n % 3]
                note = ("统计年鉴", "", "", "卫健局快报", "")[n % 5]
                rows.append((year, [region, name, year_cell, value, unit, note], ", " if n % 7 == 3 else ","))
    return rows


def _messy_lines() -> list[str]:
    return [separator.join(cells) for _, cells, separator in _messy_rows()]  # some rows: spaces after commas


def _messy_text(lines: list[str] | None = None) -> str:
    return "\n".join([HEADER, *(_messy_lines() if lines is None else lines)]) + "\n"


def test_messy_many_region_file_reads_and_judges_as_the_row_reader(tmp_path):
    path = _write(tmp_path, "counties.csv", _messy_text())
    observations, dataset = _assert_columnar([path])
    rows = read_rows(path)
    assert observations.files[0].rows == len(_messy_lines()) > 500
    assert len(dataset.series) > 100
    # the file is as messy as it should be: each kind of cell was read, not refused
    items = rows.items
    assert {item.region for item in items} >= {None, "县A", "福建省", "全国"}
    assert {item.year for item in items} == set(YEARS)
    assert any(item.text == "７８.５" for item in items) and any(item.text == "-" for item in items)
    assert any(item.notes and item.notes[0] == "快报数" for item in items)
    assert any(item.text == "3.43‰" and item.unit == "‰" for item in items)
    assert {item.value for item in items if item.indicator == "室内公共场所全面禁烟"} == {0.0, 1.0, None}
    # conversions and units as the plan measures them
    want = match(PLAN, rows)
    column = next(iter(dataset.series[("县A", "hiv_infections")].values()))  # 人 in the unit column
    bracket = next(iter(dataset.series[("县B", "hiv_infections")].values()))  # 艾滋病病毒感染人数（人）
    assert (column.original_unit, column.unit, column.value) == ("人", "万人", 0.012)
    assert (bracket.original_unit, bracket.unit, bracket.value) == ("人", "万人", 0.0121)
    assert dataset.unknown == want.unknown  # one entry per name and region, as the row reader's
    merged = unknown_in(dataset.unknown, dataset.regions_in_file())
    assert [u.name for u in merged] == ["婴儿死忙率", "某区自定义统计口径"]
    assert merged[0].suggestion and "infant_mortality" in dataset.unknown[0].suggestion
    assert ("南安市", "infant_mortality") in dataset.series  # rows without a region: the plan's own
    # verdicts
    for as_of in (None, 2024):
        got = evaluate_regions(PLAN, dataset, as_of=as_of).records()
        assert got == evaluate_regions(PLAN, want, as_of=as_of).records()
        assert {record["status"] for record in got} >= {"pass", "fail"}
    assert evaluate(PLAN, dataset, region="县A").records() == evaluate(PLAN, want, region="县A").records()
    on_demand = evaluate_regions(PLAN, dataset, on_demand=True).records()  # judged as the results are read
    assert on_demand == evaluate_regions(PLAN, want).records()
    assert evaluate(PLAN, observations).records() == evaluate(PLAN, rows).records()  # the engine matches
    # rows without a region given to another region, as `checker check --region` does
    other = _assert_same_outcome([path], region="县Z")
    assert isinstance(other[2], columnar.ColumnDataset) and ("县Z", "infant_mortality") in other[2].series


# --- the same file, written other ways ---------------------------------------------------------


def _variants():
    text = _messy_text()
    lines = _messy_lines()
    middle = len(lines) // 2
    rows = _messy_rows()
    early = [separator.join(cells) for year, cells, separator in rows if year <= 2020]
    # the second file: other column order, no note column, regions listed in reverse order
    late = [f"{name},{unit},{year_cell},{region},{value}"
            for year, (region, name, year_cell, value, unit, _), _ in sorted(reversed(rows), key=lambda row: row[1][0] != "")
            if year > 2020]
    return {
        "bom": {"data.csv": codecs.BOM_UTF8 + text.encode("utf-8")},
        "crlf": {"data.csv": text.replace("\n", "\r\n")},
        "blank line": {"data.csv": _messy_text([*lines[:middle], "", *lines[middle:]])},
        "blank lines crlf": {
            "data.csv": _messy_text([*lines[:middle], "", ",,,,,", *lines[middle:]]).replace("\n", "\r\n")},
        "no final newline": {"data.csv": text.rstrip("\n")},
        "two files": {
            "a.csv": _messy_text(early),
            "b.csv": "\n".join(["指标,单位,年份,地区,数值", *late]) + "\n",
        },
        "tabs": {"data.csv": text.replace(", ", ",").replace(",", "\t")},
    }


@pytest.mark.parametrize("variant", list(_variants()))
def test_file_variants_read_by_columns_as_the_row_reader(tmp_path, variant):
    files = _variants()[variant]
    paths = [_write(tmp_path, name, content) for name, content in files.items()]
    observations, dataset = _assert_columnar(paths)
    assert [f.path for f in observations.files] == [str(p) for p in paths]
    if variant == "bom":
        assert observations.files[0].encoding == "utf-8-sig"
    if variant == "two files":
        assert len(observations.files) == 2 and {item.location.file for item in observations.items} == {
            str(p) for p in paths}
    want = match(PLAN, read_rows(*paths))
    assert evaluate_regions(PLAN, dataset).records() == evaluate_regions(PLAN, want).records()


# --- files and rows the columnar reader must leave to the row reader -----------------------------

H = "地区,指标,年份,数值,单位\n"
ROW = "县A,婴儿死亡率,2020,2.1,‰\n"
_UNSUITABLE = {
    # case: (file content, where the columnar reader gives up (read | match), the row reader's outcome (data | error))
    "quoted cell": (H + ROW + '县A,艾滋病病毒感染人数,2020,"1,234",人\n', "read", "data"),
    "bare carriage return": (H + "县A,婴儿死亡率,2020,2.1,‰\r县B,婴儿死亡率,2020,2.2,‰\n", "read", "data"),
    "carriage return ending the file": (H.replace("\n", "\r\n") + "县A,婴儿死亡率,2020,2.1,‰\r", "read", "data"),
    "bare carriage return in a name cell": (H.replace("\n", "\r\n") + "县A,婴儿\r死亡率,2020,2.1,‰\r\n", "read", "error"),
    "carriage return inside the header": ("地区,指标\r年份,数值,单位\n" + ROW, "read", "error"),
    "too small a value": (H + ROW + "县A,婴儿死亡率,2021,1e-400,‰\n", "read", "error"),
    "empty region cell under another region's row": (H + ROW + ",婴儿死亡率,2021,2.0,‰\n", "match", "error"),
    "wide layout": ("指标,单位,2020,2021年\n婴儿死亡率,‰,2.1,2.0\n居民健康素养水平,%,20,22\n", "read", "data"),
    "gb18030": ((H + ROW + "泉州市,婴儿死亡率,2020年,3.43‰,\n").encode("gb18030"), "read", "data"),
    "gb18030 rows under an ascii header": (
        b"region,indicator,year,value\n" + "泉州市,婴儿死亡率,2020,2.1\n".encode("gb18030"), "read", "data"),
    "utf-8 bom then gb18030": (codecs.BOM_UTF8 + (H + ROW).encode("gb18030"), "read", "error"),
    "extra non-empty cell": (H + ROW + "县B,婴儿死亡率,2020,2.2,‰,surplus\n", "read", "error"),
    "extra empty cells": (H + ROW + "县B,婴儿死亡率,2020,2.2,‰,,\n", "read", "data"),
    "equal duplicate": (H + ROW + "县B,婴儿死亡率,2020,2.2,‰\n" + ROW, "read", "data"),
    "conflicting duplicate": (H + ROW + "县A,婴儿死亡率,2020,2.5,‰\n", "read", "error"),
    "bad year": (H + ROW + "县A,婴儿死亡率,20x1,2.1,‰\n", "read", "error"),
    "year out of range": (H + ROW + "县A,婴儿死亡率,1900,2.1,‰\n", "read", "error"),
    "bad value": (H + ROW + "县A,婴儿死亡率,2021,abc,‰\n", "read", "error"),
    "too large a value": (H + ROW + "县A,婴儿死亡率,2021,1e999,‰\n", "read", "error"),
    "unknown unit": (H + ROW + "县A,婴儿死亡率,2021,2.1,xyz\n", "read", "error"),
    "cell unit against the unit column": (H + ROW + "县A,婴儿死亡率,2021,2.1%,‰\n", "read", "error"),
    "empty indicator cell": (H + ROW + "县A,,2021,2.1,‰\n", "read", "error"),
    "blank-looking row of spaces": (H + ROW + "   \n县B,婴儿死亡率,2020,2.2,‰\n", "read", "data"),
    "blank line before the header": ("\n" + H + ROW, "read", "data"),
    "header only": (H, "read", "error"),
    "impossible value": (H + ROW + "县A,居民健康素养水平,2020,120,%\n", "match", "error"),
    "impossible after conversion": (H + ROW + "县A,居民健康素养水平,2020,1200,‰\n", "match", "error"),
    "inconvertible unit": (H + ROW + "县A,婴儿死亡率,2021,2,岁\n", "match", "error"),
    "bracket unit against the unit column": (
        H + ROW + "县A,人均每日食盐摄入量（克）,2020,9.5,千克\n", "match", "error"),
    "id and alias, different values": (
        H + ROW + "县A,infant_mortality,2021,2.0,‰\n县A,婴儿死亡率（‰）,2021,2.4,‰\n", "match", "error"),
    "id and alias, equal values": (
        H + ROW + "县A,infant_mortality,2021,2.0,‰\n县A,婴儿死亡率（‰）,2021,2.0,‰\n", "match", "data"),
    "own region by name and by empty cell": (
        H + "南安市,婴儿死亡率,2020,2.1,‰\n,婴儿死亡率,2020,2.3,‰\n", "match", "error"),
}


@pytest.mark.parametrize("case", list(_UNSUITABLE))
def test_unsuitable_inputs_go_to_the_row_reader(tmp_path, case):
    content, stage, outcome = _UNSUITABLE[case]
    path = _write(tmp_path, "data.csv", content)
    # the columnar reader gives up where it should …
    if stage == "read":
        with pytest.raises(columnar.Unsuitable):
            columnar.read((path,))
    else:
        taken = columnar.read((path,))
        assert isinstance(taken, columnar.ColumnarObservations)
        with pytest.raises(columnar.Unsuitable):
            columnar.match(PLAN, taken)
    # … and the outcome is the row reader's: its located error, or its data
    if outcome == "error":
        with pytest.raises(CheckerError) as want:
            match(PLAN, read_rows(path))
        with pytest.raises(CheckerError) as got:
            match(PLAN, read_observations(path))
        assert str(got.value) == str(want.value)
        assert f"{path}:" in str(got.value)  # file:line(:column)
        return
    observations = read_observations(path)
    assert isinstance(observations, columnar.ColumnarObservations) == (stage == "match")
    _assert_same_observations(observations, read_rows(path))
    got = match(PLAN, observations)
    assert not isinstance(got, columnar.ColumnDataset)
    _assert_same_dataset(got, match(PLAN, read_rows(path)))
    if case == "equal duplicate":
        assert len(observations.duplicates) == 1


@pytest.mark.parametrize("case", ["bad value", "impossible value", "inconvertible unit"])
def test_skipping_bad_rows_skips_as_the_row_reader(tmp_path, case):
    path = _write(tmp_path, "data.csv", _UNSUITABLE[case][0])
    observations = read_observations(path, skip_bad_rows=True)
    want_observations = read_rows(path, skip_bad_rows=True)
    _assert_same_observations(observations, want_observations)
    got = match(PLAN, observations, skip_bad_rows=True)
    want = match(PLAN, want_observations, skip_bad_rows=True)
    _assert_same_dataset(got, want)
    assert len(got.skipped) == 1


def test_a_problem_in_one_file_sends_every_file_to_the_row_reader(tmp_path):
    clean = _write(tmp_path, "a.csv", H + ROW)
    quoted = _write(tmp_path, "b.csv", H + '县B,婴儿死亡率,2020,"2.2",‰\n')
    with pytest.raises(columnar.Unsuitable):
        columnar.read((clean, quoted))
    got = _assert_same_outcome([clean, quoted])
    assert got[0] == "ok" and not isinstance(got[1], columnar.ColumnarObservations)
    # a row repeated in the second file: a duplicate across files
    again = _write(tmp_path, "c.csv", "指标,地区,年份,数值,单位\n婴儿死亡率,县A,2020年,2.1,‰\n")
    with pytest.raises(columnar.Unsuitable):
        columnar.read((clean, again))
    got = _assert_same_outcome([clean, again])
    assert len(got[1].duplicates) == 1


# --- cases the columnar reader once got wrong (found while writing these tests) ----------------


def test_leading_spaces_in_a_first_column_value(tmp_path):
    path = _write(tmp_path, "data.csv", "数值,指标,年份\n 2.1,婴儿死亡率,2020\n")
    _assert_same_outcome([path])


@pytest.mark.parametrize("header", ["备注,指标,年份,数值", "地区,指标,年份,数值", "序号,指标,年份,数值", "指标,年份,数值"])
def test_cell_longer_than_the_csv_field_limit(tmp_path, header):
    long = "县" + "x" * csv.field_size_limit()
    row = f"{long},2020,2.1" if header.startswith("指标") else f"{long},婴儿死亡率,2020,2.1"
    path = _write(tmp_path, "data.csv", f"{header}\n{row}\n")
    _assert_same_outcome([path])


def test_no_files():
    assert read_observations().items == read_rows().items == ()


# --- ColumnSeries is a mapping ------------------------------------------------------------------


def test_column_series_behaves_like_the_row_readers_dict(tmp_path):
    path = _write(tmp_path, "data.csv", H + (
        "县A,婴儿死亡率,2022,3.0,‰\n"
        "县A,居民健康素养水平,2022,25,%\n"
        "县A,婴儿死亡率,2020年,3.43‰,\n"
        "县A,婴儿死亡率,2021,-,‰\n"
        "县A,婴儿死亡率,2024,２.０,‰\n"
        "县B,婴儿死亡率,2019,2.9（快报数）,‰\n"
    ))
    _, dataset = _assert_columnar([path])
    series = dataset.series[("县A", "infant_mortality")]
    want = match(PLAN, read_rows(path)).series[("县A", "infant_mortality")]
    assert isinstance(series, columnar.ColumnSeries) and isinstance(want, dict)
    assert len(series) == len(want) == 4
    assert list(series) == list(want) == [2022, 2020, 2021, 2024]  # source order
    assert list(series.items()) == list(want.items())
    assert 2021 in series and 2019 not in series and "2021" not in series
    assert series.get(2019) is None and series.get(2019, "none") == "none"
    assert series[2021].value is None and series[2020].unit == "‰" and series[2024].value == 2.0
    assert series.valued_years() == [2020, 2022, 2024]
    assert series.valued_years() == sorted(year for year, point in want.items() if point.value is not None)
    assert series == want  # Mapping equality
    with pytest.raises(KeyError):
        series[2019]
    fresh = dataset.get("县A", "infant_mortality")
    assert isinstance(fresh, columnar.ColumnSeries) and fresh is not series and dict(fresh) == want
    assert dataset.get("县C", "infant_mortality") == {} and dataset.get("县A", "life_expectancy") == {}


# --- property: any small table reads and matches alike ------------------------------------------

_LONG_HEADERS = [  # the value cell is never first: see test_leading_spaces_in_a_first_column_value
    ("region", "indicator", "year", "value", "unit", "note"),
    ("indicator", "year", "value"),
    ("年份", "单位", "指标", "数值", "来源", "地区"),
    ("地区", "指标", "值", "年份"),
]
#: indicator cell → unit cells and extra value cells that are clean for it (values 0–100 are for all)
_CLEAN = {
    "婴儿死亡率": (["", "‰", "/千"], ["3.43‰", "２.９‰"]),
    "居民健康素养水平": (["", "%", "％"], ["95%", "８０％"]),
    "人均预期寿命（岁）": (["", "岁"], []),
    "艾滋病病毒感染人数": (["", "人", "万人"], []),
    "室内公共场所全面禁烟": ([""], ["是", "否"]),
    "人均每日食盐摄入量（克）": (["", "克"], []),
    "婴儿死忙率": (["", "‰"], []),
    "某未知指标": (["", "个"], ["是"]),
}
_CLEAN_REGIONS = ["县A", "县B", "福建省", "全国", ""]
_CLEAN_YEARS = {2019: ["2019", "2019年"], 2020: ["2020", "２０２０"], 2021: ["2021.0", "2021年度"], 2024: ["2024"]}
_CLEAN_VALUES = ["2.5", "0", "99.9", "１２.３", "16.5*", "3（快报数）", "27.97（2021年）", "1e1", "+7", "-", "—", "", "无"]
#: cells a clean table is spoilt with, one at a time (some the row reader reads, some it refuses)
_MESSY = {
    "region": [" ", "县Ａ", "南安市", "县A\t", "  县B", "福建省 "],
    "indicator": ["infant_mortality", "婴儿死亡率（‰）", "", " ", "life_expectancy", "人均预期寿命",
                  "居民健康素养水平（%）", "人均每日食盐摄入量（千克）", "人均每日食盐摄入量（岁）"],
    "year": ["20x0", "1900", "", "2101", "二〇二〇", " 2021 ", "2020.5", "2019", "2024"],
    "value": ["abc", "nan", "inf", "1e999", "1e-400", "-0", "120", "-5", " ", "3.43‰", "95%", "5岁", "12.35/10万",
              "1,5", "\t4", "4 ", '"2.1"', '"1,234"', "1\r2"],
    "unit": ["‰", "%", "岁", "人", "万人", "1/万", "xyz", "千克", "-", " % "],
    "note": [" ", "\t", "x（快报数）", '"a,b"'],
}
_ROLES = {"region": "region", "地区": "region", "indicator": "indicator", "指标": "indicator", "year": "year",
          "年份": "year", "value": "value", "数值": "value", "值": "value", "unit": "unit", "单位": "unit",
          "note": "note", "来源": "note"}


@st.composite
def _tables(draw) -> tuple[bytes, bool]:
    """A small long CSV file and whether it is clean (the columnar reader must take clean files).

    A clean table has distinct (region, indicator, year) keys and cells the plan accepts; a messy one
    is a clean table spoilt a few times: a cell replaced, a row repeated (same or other value), cells
    cut off or one added, a blank-looking line.
    """
    header = draw(st.sampled_from(_LONG_HEADERS))
    roles = [_ROLES[name] for name in header]
    keys = draw(st.lists(st.tuples(st.sampled_from(_CLEAN_REGIONS), st.sampled_from(list(_CLEAN)),
                                   st.sampled_from(list(_CLEAN_YEARS))), min_size=1, max_size=10, unique=True))
    if "region" not in roles:  # without a region column, rows share one region
        keys = list({(indicator, year): (region, indicator, year) for region, indicator, year in keys}.values())
    # the plan's own rows unnamed come first: under another region's rows an empty region cell is refused
    keys.sort(key=lambda key: key[0] != "")
    rows = []
    for region, indicator, year in keys:
        units, extra = _CLEAN[indicator]
        row = {"region": region, "indicator": indicator, "year": draw(st.sampled_from(_CLEAN_YEARS[year])),
               "value": draw(st.sampled_from(_CLEAN_VALUES + extra)), "unit": draw(st.sampled_from(units)),
               "note": draw(st.sampled_from(["", "统计年鉴", " 快报 "]))}
        rows.append([row[role] for role in roles])
    clean = draw(st.booleans())
    blank, shapes = None, []
    if not clean:
        for _ in range(draw(st.integers(1, 3))):
            n = draw(st.integers(0, len(rows) - 1))
            spoil = draw(st.sampled_from(["cell", "cell", "cell", "repeat", "cut", "add", "blank"]))
            if spoil == "cell":
                column = draw(st.integers(0, len(roles) - 1))
                rows[n][column] = draw(st.sampled_from(_MESSY[roles[column]]))
            elif spoil == "repeat":
                again = list(rows[n])
                if draw(st.booleans()):
                    again[roles.index("value")] = draw(st.sampled_from(_CLEAN_VALUES))
                rows.insert(draw(st.integers(0, len(rows))), again)
            elif spoil == "cut":  # rows are cut or lengthened last, when every cell has been written
                shapes.append((n, draw(st.integers(0, len(roles) - 1)), None))
            elif spoil == "add":
                shapes.append((n, None, draw(st.sampled_from(["", "x", " "]))))
            else:
                blank = (draw(st.integers(1, len(rows))), draw(st.sampled_from(["", ",,,", "  ", ", ,", "\t"])))
    for n, keep, added in shapes:
        rows[n] = rows[n][:keep] if keep is not None else [*rows[n], added]
    lines = [draw(st.sampled_from([",", ", "])).join(cells) for cells in [list(header), *rows]]
    if blank:
        lines.insert(*blank)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    data = (newline.join(lines) + draw(st.sampled_from([newline, ""]))).encode("utf-8")
    if draw(st.booleans()):
        data = codecs.BOM_UTF8 + data
    return data, clean


@settings(max_examples=80, deadline=None)
@given(_tables())
def test_any_small_table_reads_and_matches_as_the_row_reader(table):
    data, clean = table
    with tempfile.TemporaryDirectory() as directory:
        path = _write(Path(directory), "table.csv", data)
        got = _assert_same_outcome([path])
        by_columns = got[0] == "ok" and isinstance(got[2], columnar.ColumnDataset)
        event(f"{'clean' if clean else 'messy'}: {got[0]}, {'by columns' if by_columns else 'by rows'}")
        if clean:  # a clean table is the columnar reader's to read and to match
            assert got[0] == "ok", got
            assert isinstance(got[1], columnar.ColumnarObservations) and by_columns
        if got[0] == "ok":
            want = match(PLAN, read_rows(path))
            assert evaluate_regions(PLAN, got[2]).records() == evaluate_regions(PLAN, want).records()


def test_rows_a_check_does_not_use_are_listed_as_the_row_reader_lists_them(tmp_path):
    """A national file read by columns lists what a check leaves out as the row reader does: a
    table's total row, another region's rows (known indicator or not), a year outside the plan
    period; each group with its count and first row, in the order of first rows."""
    from checker.data.matching import regions_to_judge, unused_rows

    text = "\n".join([HEADER, "南安市,婴儿死亡率,2025,3.1,‰,", "合计,婴儿死亡率,2025,3.3,‰,",
                      "南安市,婴儿死亡率,2099,3.0,‰,", "晋江市,不存在的指标,2025,1,,", "合计,人均预期寿命,2025,80.1,岁,",
                      "南安市,孕产妇死亡率,1999,10,1/10万,", "南安市,人均预期寿命,2025,80.0,岁,", ""])
    path = _write(tmp_path, "unused.csv", text)
    by_columns, rows = read_observations(path), read_rows(path)
    assert isinstance(by_columns, columnar.ColumnarObservations)
    for judged in (None, ["南安市"]):
        want_data, got_data = match(PLAN, rows), match(PLAN, by_columns)
        regions = judged or regions_to_judge(PLAN, want_data)
        want = unused_rows(PLAN, rows, want_data, regions)
        got = unused_rows(PLAN, by_columns, got_data, regions)
        assert [u.to_dict() for u in got] == [u.to_dict() for u in want]
        assert {(u.reason, u.subject) for u in got} >= {("region", "合计"), ("year", "2099"), ("year", "1999")}


def test_total_rows_named_for_the_whole_province_are_the_plans_province_in_both_readers(tmp_path):
    """A county file's 全省 rows were left out ("neither the judged region nor a reference"), and every 高于全省平均
    target was n/a: they are the plan's references.province (福建省 for nanan-2030), in both readers."""
    rows = [HEADER, "南安市,人均预期寿命,2024,80.1,岁,", "全省,人均预期寿命,2024,79.5,岁,", "全国,人均预期寿命,2024,79.0,岁,"]
    _, dataset = _assert_columnar([_write(tmp_path, "a.csv", "\n".join(rows) + "\n")])
    assert {region for region, _ in dataset.series} == {"南安市", "福建省", "全国"}
    # 全省 beside 福建省: one place written twice; the row reader weighs the two, as for any repeated row
    twice = rows + ["福建省,人均预期寿命,2024,79.6,岁,"]
    got = _assert_same_outcome([_write(tmp_path, "b.csv", "\n".join(twice) + "\n")])
    assert got[0] == "error" and "福建省 life_expectancy 2024 is given twice with different values" in got[1]
