"""checker.data.observations: messy real-world CSVs read exactly; every bad input a located error with a hint."""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import math
import os
from pathlib import Path

import pytest

import checker.data.observations as observations
from checker.errors import CheckerError, Location, UnitError
from checker.data.readers import read_observations
from checker.data.observations import (
    DataFile,
    Observation,
    Observations,
    observations_from_records,
)

DATA = Path(__file__).resolve().parent / "data" / "observations"


def _write(tmp_path: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _write_bytes(tmp_path: Path, data: bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path_or_paths, **kwargs) -> CheckerError:
    paths = path_or_paths if isinstance(path_or_paths, (list, tuple)) else [path_or_paths]
    with pytest.raises(CheckerError) as info:
        read_observations(*paths, **kwargs)
    return info.value


def _assert_located(error: CheckerError, path: Path, line: int | None, column: int | None = None) -> None:
    """The error names the file, the line (and column), and carries a hint."""
    text = str(error)
    assert error.location is not None, text
    assert error.location.file == str(path), text
    assert path.name in text
    assert error.location.line == line, text
    if line is not None:
        assert f"{path}:{line}" in text
    if column is not None:
        assert error.location.column == column, text
        assert f"{path}:{line}:{column}" in text
    assert error.hint, text
    assert "hint:" in text


def _one(obs: Observations) -> Observation:
    assert len(obs.items) == 1, obs.items
    return obs.items[0]


# --- long layout ---------------------------------------------------------------------------------


def test_long_english_header_reads_every_field(tmp_path):
    path = _write(tmp_path, "region,indicator,year,value,unit,note\n南安市,infant_mortality,2020,2.19,‰,yearbook\n")
    obs = read_observations(path)
    assert obs.items == (
        Observation(
            indicator="infant_mortality",
            year=2020,
            value=2.19,
            text="2.19",
            location=Location(str(path), 2, 4),
            region="南安市",
            unit="‰",
            notes=("yearbook",),
        ),
    )
    assert obs.files == (
        DataFile(str(path), hashlib.sha256(path.read_bytes()).hexdigest(), "utf-8", "long", 1),
    )
    assert obs.skipped == ()


def test_long_chinese_header_variants_case_and_full_width(tmp_path):
    path = _write(tmp_path, " 指标名称 ,年度,ＶＡＬＵＥ,Unit,来源,序号\n婴儿死亡率,2020,2.19,‰,卫健局,7\n")
    item = _one(read_observations(path))
    assert (item.indicator, item.year, item.value, item.unit, item.notes) == ("婴儿死亡率", 2020, 2.19, "‰", ("卫健局",))
    assert item.region is None  # no region column: the plan's region is meant
    assert item.location.column == 3


def test_bundled_long_fixture_with_bom(tmp_path):
    obs = read_observations(DATA / "long_zh.csv")
    assert obs.files[0].encoding == "utf-8-sig"
    assert obs.files[0].layout == "long" and obs.files[0].rows == 7
    got = [(o.region, o.indicator, o.year, o.value, o.unit, o.notes) for o in obs.items]
    assert got == [
        ("南安市", "婴儿死亡率", 2015, 4.24, "‰", ()),
        ("南安市", "婴儿死亡率", 2020, 2.19, "‰", ("统计年鉴",)),
        ("南安市", "孕产妇死亡率", 2020, 12.35, "1/10万", ()),
        ("南安市", "人均预期寿命", 2020, 80.5, "岁", ("快报数",)),
        ("福建省", "婴儿死亡率", 2020, 2.56, "‰", ()),
        ("南安市", "健康促进县建设", 2021, 1.0, None, ()),
        ("南安市", "居民健康素养水平", 2021, None, "%", ("未统计",)),
    ]
    assert obs.items[0].location.line == 2 and obs.items[-1].location.line == 8


def test_utf8_without_bom_and_with_bom_are_named(tmp_path):
    text = "指标,年份,数值\n婴儿死亡率,2020,2.19\n"
    plain = _write(tmp_path, text, "plain.csv")
    bom = _write_bytes(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8"), "bom.csv")
    obs = read_observations(plain, bom)
    assert [f.encoding for f in obs.files] == ["utf-8", "utf-8-sig"]
    assert len(obs.items) == 1  # the same row twice: an equal duplicate is kept once
    assert obs.items[0].indicator == "婴儿死亡率"


def test_gb18030_file_is_detected_and_read(tmp_path):
    text = (
        "地区,指标,年份,数值,单位,备注\r\n"
        "南安市,婴儿死亡率,2020年,3.43‰,,快报\r\n"
        "南安市,孕产妇死亡率,2020年,12.35,1/10万,\r\n"
    )
    path = _write(tmp_path, text, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the fixture really is not UTF-8
    obs = read_observations(path)
    assert obs.files[0].encoding == "gb18030"
    first, second = obs.items
    got = (first.region, first.indicator, first.value, first.unit, first.notes)
    assert got == ("南安市", "婴儿死亡率", 3.43, "‰", ("快报",))
    assert first.text == "3.43‰" and first.location.line == 2
    assert (second.indicator, second.unit, second.location.line) == ("孕产妇死亡率", "1/10万", 3)


def test_gbk_file_is_read_as_gb18030(tmp_path):
    path = _write(tmp_path, "指标,年份,数值\n婴儿死亡率,2020,2.19\n", encoding="gbk")
    obs = read_observations(path)
    assert obs.files[0].encoding == "gb18030" and obs.items[0].indicator == "婴儿死亡率"


@pytest.mark.parametrize(
    ("cell", "value", "unit", "notes"),
    [
        ("１２.３", 12.3, None, ()),
        ("３.４３‰", 3.43, "‰", ()),
        ('"1,234.5"', 1234.5, None, ()),
        ("-3.5", -3.5, None, ()),
        ("1.5e3", 1500.0, None, ()),
        ("95%", 95.0, "%", ()),
        ("９５％", 95.0, "%", ()),
        ("12.35/10万", 12.35, "1/10万", ()),
        ("396.75（快报数）", 396.75, None, ("快报数",)),
        ("16.5*", 16.5, None, ("* (annotated)",)),
        ("27.97（2021年）", 27.97, None, ("value of 2021",)),
    ],
)
def test_values_as_people_write_them(tmp_path, cell, value, unit, notes):
    item = _one(read_observations(_write(tmp_path, f"indicator,year,value\nx,2020,{cell}\n")))
    assert item.value == pytest.approx(value)
    assert item.unit == unit
    assert item.notes == notes
    assert item.text == cell.strip('"')


def test_annotation_notes_come_before_the_note_column(tmp_path):
    item = _one(read_observations(_write(tmp_path, "指标,年份,数值,备注,来源\nx,2020,396.75（快报数）,初步,统计局\n")))
    assert item.notes == ("快报数", "初步", "统计局")


@pytest.mark.parametrize("cell", ["2020", "2020年", "２０２０", "２０２０年", "2020.0", " 2020 ", "2020年度"])
def test_years_as_people_write_them(tmp_path, cell):
    item = _one(read_observations(_write(tmp_path, f"indicator,year,value\nx,{cell},1\n")))
    assert item.year == 2020


@pytest.mark.parametrize(
    ("cell", "value"),
    [("是", 1.0), ("否", 0.0), ("yes", 1.0), ("No", 0.0), ("TRUE", 1.0), ("false", 0.0), ("已完成", 1.0), ("1", 1.0), ("0", 0.0)],
)
def test_deliverables(tmp_path, cell, value):
    item = _one(read_observations(_write(tmp_path, f"indicator,year,value\nx,2020,{cell}\n")))
    assert item.value == value and item.text == cell


# 暂无, 未统计, 不详: what statistical tables write for "not available yet" (a run stopped at such a cell before)
@pytest.mark.parametrize("cell", ["", "-", "—", "－", "无", "/", " - ", "——", "暂无", "未统计", "不详"])
def test_missing_markers_keep_the_observation(tmp_path, cell):
    item = _one(read_observations(_write(tmp_path, f"indicator,year,value,unit\nx,2020,{cell},%\n")))
    assert item.value is None
    assert item.text == cell.lstrip()  # spaces after a separator are skipped (so that , "1,234" reads)
    assert item.unit == "%"
    assert item.location == Location(str(tmp_path / "data.csv"), 2, 3)


def test_a_yearbooks_too_small_to_show_is_refused_not_missing(tmp_path):
    """A yearbook's "…" means a figure too small to show, not a missing one: refused at its cell."""
    with pytest.raises(CheckerError) as caught:
        read_observations(_write(tmp_path, "indicator,year,value\nx,2020,…\n"))
    assert caught.value.location.line == 2


def test_fewer_cells_than_header_are_empty(tmp_path):
    item = _one(read_observations(_write(tmp_path, "indicator,year,value,unit,note\nx,2020\n")))
    assert (item.value, item.unit, item.notes) == (None, None, ())


def test_trailing_empty_cells_from_excel_are_harmless(tmp_path):
    item = _one(read_observations(_write(tmp_path, "indicator,year,value\nx,2020,5,,\n")))
    assert item.value == 5.0


def test_blank_lines_skipped_and_lines_are_physical(tmp_path):
    text = 'indicator,year,value,note\n\nx,2020,1,"two\nline note"\n  \ny,2020,2,\n,,,\nz,2020,3,\n'
    obs = read_observations(_write(tmp_path, text))
    assert [(o.indicator, o.location.line) for o in obs.items] == [("x", 3), ("y", 6), ("z", 8)]
    assert obs.items[0].notes == ("two\nline note",)
    assert obs.files[0].rows == 3


def test_crlf_and_quoted_newline_line_numbers(tmp_path):
    text = 'indicator,year,value,note\r\nx,2020,1,"a\r\nb\r\nc"\r\ny,2020,abc,\r\n'
    error = _error(_write(tmp_path, text))
    _assert_located(error, tmp_path / "data.csv", 5, 3)


@pytest.mark.parametrize(("delimiter", "value"), [("\t", "1,234.5"), (";", "1,234.5"), (",", '"1,234.5"')])
def test_tab_and_semicolon_separated(tmp_path, delimiter, value):
    text = delimiter.join(["指标", "年份", "数值"]) + "\n" + delimiter.join(["x", "2020", value]) + "\n"
    assert _one(read_observations(_write(tmp_path, text))).value == 1234.5


# --- wide layout ---------------------------------------------------------------------------------


def test_wide_layout(tmp_path):
    path = DATA / "wide.csv"
    obs = read_observations(path)
    assert obs.files[0].layout == "wide" and obs.files[0].rows == 2
    got = [(o.indicator, o.year, o.value, o.text, o.unit, o.region, o.notes, o.location) for o in obs.items]
    assert got == [
        ("婴儿死亡率", 2015, 4.24, "4.24", "‰", "南安市", (), Location(str(path), 2, 4)),
        ("婴儿死亡率", 2016, None, "-", "‰", "南安市", (), Location(str(path), 2, 5)),
        ("婴儿死亡率", 2020, 2.19, "2.19", "‰", "南安市", (), Location(str(path), 2, 6)),
        ("人口总数", 2015, 1518.2, "1,518.2", "万人", "南安市", ("户籍人口",), Location(str(path), 3, 4)),
        (
            "人口总数", 2020, 1520.3, "1,520.3*", "万人", "南安市",
            ("* (annotated)", "户籍人口"), Location(str(path), 3, 6),
        ),
    ]


def test_wide_english_and_full_width_year_headers(tmp_path):
    obs = read_observations(_write(tmp_path, "Indicator,２０１９年,2020\nx,1,２\n"))
    assert [(o.year, o.value, o.location.column) for o in obs.items] == [(2019, 1.0, 2), (2020, 2.0, 3)]
    assert obs.items[0].unit is None and obs.items[0].region is None


def test_wide_value_unit_conflicts_with_unit_column(tmp_path):
    path = _write(tmp_path, "指标,单位,2015,2016\nx,%,1,3.43‰\n")
    error = _error(path)
    _assert_located(error, path, 2, 4)
    assert "‰" in error.message and "%" in error.message


def test_wide_bad_cell_is_located_at_its_year_column(tmp_path):
    path = _write(tmp_path, "指标,2015,2016,2017\nx,1,2,abc\n")
    _assert_located(_error(path), path, 2, 4)


def test_wide_duplicate_year_columns(tmp_path):
    path = _write(tmp_path, "指标,2015,2015年\nx,1,2\n")
    error = _error(path)
    _assert_located(error, path, 1, 3)
    assert "2015" in error.message


# --- records ------------------------------------------------------------------------------------


def test_observations_from_records_long():
    records = [
        {"地区": "南安市", "指标": "婴儿死亡率", "年份": 2020, "数值": 2.19, "单位": "‰"},
        {"地区": "南安市", "指标": "婴儿死亡率", "年份": 2015.0, "数值": float("nan"), "单位": "‰"},
        {"地区": None, "指标": "健康促进县", "年份": "2021年", "数值": "是"},
        {"指标": "x", "年份": 2021, "数值": True},
    ]
    obs = observations_from_records(records, source="frame")
    got = [(o.region, o.indicator, o.year, o.value, o.unit, o.location) for o in obs.items]
    assert got == [
        ("南安市", "婴儿死亡率", 2020, 2.19, "‰", Location("frame", 1, 4)),
        ("南安市", "婴儿死亡率", 2015, None, "‰", Location("frame", 2, 4)),
        (None, "健康促进县", 2021, 1.0, None, Location("frame", 3, 4)),
        (None, "x", 2021, 1.0, None, Location("frame", 4, 4)),
    ]
    assert obs.files[0].path == "frame" and obs.files[0].layout == "long" and obs.files[0].rows == 4
    assert len(obs.files[0].sha256) == 64


def test_observations_from_records_wide_with_integer_year_keys():
    obs = observations_from_records([{"指标": "x", "单位": "%", 2015: 1.5, 2016: None}])
    assert [(o.year, o.value, o.unit) for o in obs.items] == [(2015, 1.5, "%")]
    assert obs.files[0].layout == "wide"


def test_records_errors_are_located():
    with pytest.raises(CheckerError) as info:
        observations_from_records([{"indicator": "x", "year": 2020, "value": 1}, {"indicator": "x", "year": "soon", "value": 2}])
    assert info.value.location == Location("<records>", 2, 2) and info.value.hint
    with pytest.raises(CheckerError) as info:
        observations_from_records([{"indicator": "x", "year": 2020, "value": float("inf")}])
    assert "finite" in info.value.message
    with pytest.raises(CheckerError) as info:
        observations_from_records([("x", 2020, 1)])
    assert "mapping" in info.value.message
    with pytest.raises(CheckerError, match="no data rows"):
        observations_from_records([])


def test_records_hash_depends_on_content():
    one = observations_from_records([{"indicator": "x", "year": 2020, "value": 1}])
    two = observations_from_records([{"indicator": "x", "year": 2020, "value": 2}])
    assert one.files[0].sha256 != two.files[0].sha256


# --- bad values, years, units --------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["abc", "12..3", '"1,5"', "<5", "#DIV/0!", "１２ｘ"])
def test_unparseable_value(tmp_path, cell):
    path = _write(tmp_path, f"region,indicator,year,value\n南安市,x,2020,1\n南安市,x,2021,{cell}\n")
    error = _error(path)
    _assert_located(error, path, 3, 4)
    assert cell.strip('"') in error.message


@pytest.mark.parametrize("cell", ["NaN", "nan", "inf", "-Infinity", "1e309"])
def test_non_finite_values_are_errors(tmp_path, cell):
    path = _write(tmp_path, f"indicator,year,value\nx,2020,{cell}\n")
    error = _error(path)
    _assert_located(error, path, 2, 3)
    assert cell in error.message


@pytest.mark.parametrize("cell", ["20x5", "1900", "2101", "", "2020.5", "二〇二〇年", "2020-01"])
def test_bad_year(tmp_path, cell):
    path = _write(tmp_path, f"value,year,indicator\n1,{cell},x\n")
    error = _error(path)
    _assert_located(error, path, 2, 2)
    assert "year" in error.message


def test_unknown_unit_is_a_located_unit_error(tmp_path):
    path = _write(tmp_path, "indicator,year,value,unit\nx,2020,1,%\nx,2021,2,furlongs\n")
    error = _error(path)
    assert isinstance(error, UnitError)
    _assert_located(error, path, 3, 4)
    assert "furlongs" in error.message


def test_value_unit_must_agree_with_unit_column(tmp_path):
    path = _write(tmp_path, "indicator,year,value,unit\nx,2020,3.43‰,%\n")
    error = _error(path)
    _assert_located(error, path, 2, 3)
    assert "‰" in error.message and "%" in error.message


def test_same_unit_spelled_differently_is_fine(tmp_path):
    item = _one(read_observations(_write(tmp_path, "indicator,year,value,unit\nx,2020,12.35/10万,1/10万\n")))
    assert item.unit == "1/10万"


def test_empty_indicator(tmp_path):
    path = _write(tmp_path, "year,value,indicator\n2020,1, \n")
    _assert_located(_error(path), path, 2, 3)


# --- structure ----------------------------------------------------------------------------------


def test_ragged_row(tmp_path):
    path = _write(tmp_path, "indicator,year,value\nx,2020,1\nx,2021,1,234.5\n")
    error = _error(path)
    _assert_located(error, path, 3, 4)
    assert "234.5" in error.message and "4 cells" in error.message


def test_unclosed_quote_is_located_at_its_record(tmp_path):
    path = _write(tmp_path, 'indicator,year,value\nx,2020,1\nx,2021,"2\nx,2022,3\n')
    error = _error(path)
    _assert_located(error, path, 3)
    assert "quote" in error.message


def test_text_after_closing_quote_is_an_error(tmp_path):
    path = _write(tmp_path, 'indicator,year,value\nx,2020,1\n\nx,2021,"2"5\n')
    _assert_located(_error(path), path, 4)


@pytest.mark.parametrize("text", ["", "\n\n", "   \n"])
def test_empty_file(tmp_path, text):
    path = _write(tmp_path, text)
    error = _error(path)
    _assert_located(error, path, 1)
    assert "no data rows" in error.message


def test_header_only(tmp_path):
    path = _write(tmp_path, "\nindicator,year,value\n\n")
    error = _error(path)
    _assert_located(error, path, 2)
    assert "no data rows" in error.message


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("indicator,year,amount", "value"),
        ("year,value", "indicator"),
        ("指标,数值", "year"),
        ("2020年南安市卫生健康指标", "indicator, year, value"),  # a title line above the header
    ],
)
def test_missing_required_column(tmp_path, header, missing):
    path = _write(tmp_path, f"{header}\nx,2020,1\n")
    error = _error(path)
    _assert_located(error, path, 1)
    assert f"missing column{'s' if ',' in missing else ''} {missing}" in error.message
    for name in header.split(","):
        assert repr(name) in error.message  # the header found is listed


def test_two_value_columns(tmp_path):
    path = _write(tmp_path, "indicator,year,value,数值\nx,2020,1,2\n")
    error = _error(path)
    _assert_located(error, path, 1, 4)


def test_full_width_comma_header(tmp_path):
    path = _write(tmp_path, "指标，年份，数值\nx，2020，1\n")
    error = _error(path)
    _assert_located(error, path, 1)
    assert "full-width commas" in error.message


# --- duplicates ---------------------------------------------------------------------------------


def test_conflicting_duplicate_names_both_lines(tmp_path):
    path = _write(tmp_path, "region,indicator,year,value\nA,x,2020,1\nB,x,2020,5\nA,x,2020年,2\n")
    error = _error(path)
    _assert_located(error, path, 4, 4)
    assert f"{path}:2:4" in error.message and f"{path}:4:4" in error.message


def test_equal_duplicates_are_kept_once(tmp_path):
    path = _write(tmp_path, 'region,indicator,year,value\nA,x,2020,1234.5\nA,x,2020年,"1,234.5"\nA,y,2020,-\nA,y,2020,\n')
    obs = read_observations(path)
    assert [(o.indicator, o.value, o.location.line) for o in obs.items] == [("x", 1234.5, 2), ("y", None, 4)]


def test_duplicates_across_files_name_both_files(tmp_path):
    first = _write(tmp_path, "指标,年份,数值\nx,2020,1\n", "first.csv")
    second = _write(tmp_path, "指标,2019,2020\nx,0,2\n", "second.csv")
    error = _error([first, second])
    _assert_located(error, second, 2, 3)
    assert f"{first}:2:3" in error.message and f"{second}:2:3" in error.message


def test_region_column_distinguishes_duplicates(tmp_path):
    obs = read_observations(_write(tmp_path, "region,indicator,year,value\n南安市,x,2020,1\n福建省,x,2020,2\n"))
    assert len(obs.items) == 2


# --- skip_bad_rows ------------------------------------------------------------------------------


def test_skip_bad_rows_lists_each_skipped_row(tmp_path):
    path = _write(tmp_path, "indicator,year,value\nx,2020,1\nx,20x1,2\ny,2020,abc\nz,2020,3\nx,2020,9\n")
    obs = read_observations(path, skip_bad_rows=True)
    assert [(o.indicator, o.value) for o in obs.items] == [("x", 1.0), ("z", 3.0)]
    assert [(e.location.line, e.location.column) for e in obs.skipped] == [(3, 2), (4, 3), (6, 3)]
    assert all(isinstance(e, CheckerError) and e.hint for e in obs.skipped)
    assert obs.files[0].rows == 5


def test_skip_bad_rows_skips_the_whole_wide_row(tmp_path):
    obs = read_observations(_write(tmp_path, "指标,2015,2016\nx,1,abc\ny,2,3\n"), skip_bad_rows=True)
    assert [(o.indicator, o.year) for o in obs.items] == [("y", 2015), ("y", 2016)]
    assert len(obs.skipped) == 1


def test_skip_bad_rows_still_raises_file_errors(tmp_path):
    path = _write_bytes(tmp_path, codecs.BOM_UTF16_LE + "indicator,year,value\n".encode("utf-16-le"))
    with pytest.raises(CheckerError):
        read_observations(path, skip_bad_rows=True)
    header = _write(tmp_path, "indicator,amount\nx,1\n", "header.csv")
    with pytest.raises(CheckerError):
        read_observations(header, skip_bad_rows=True)


# --- encodings and files ------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-16-le"])
def test_utf16_without_a_byte_order_mark_is_refused(tmp_path, codec):
    """(With its byte-order mark UTF-16 is read: tests/test_fold41.py; without it, the byte order is a guess.)"""
    path = _write(tmp_path, "指标,年份,数值\nx,2020,1\n", encoding=codec)
    error = _error(path)
    assert "UTF-16" in error.message and "save as UTF-8" in error.message
    assert error.location.file == str(path) and error.hint


def test_utf16_without_bom_mostly_chinese(tmp_path):
    rows = "".join(f"南安市,婴儿死亡率,{2000 + i},{i}.5\n" for i in range(20))
    path = _write(tmp_path, "地区,指标,年份,数值\n" + rows, encoding="utf-16-le")
    assert "UTF-16" in _error(path).message


def test_binary_file_is_refused(tmp_path):
    path = _write_bytes(tmp_path, b"indicator,year,value\nx,2020,\x00\x01\x02\n")
    error = _error(path)
    _assert_located(error, path, 2, 8)
    assert "not a text/CSV file" in error.message


def test_a_broken_excel_workbook_is_a_clean_error(tmp_path):
    """Workbooks are read (tests/test_workbooks.py); one that is not readable is refused with a hint."""
    path = _write_bytes(tmp_path, b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "data.xlsx")
    error = _error(path)
    assert "cannot read the workbook" in error.message and "CSV UTF-8" in error.hint


def test_neither_utf8_nor_gb18030_locates_the_first_bad_byte(tmp_path):
    path = _write_bytes(tmp_path, b"indicator,year,value\nx,2020,1\nx,2021,\xff\n")
    error = _error(path)
    _assert_located(error, path, 3, 8)
    assert "0xFF" in error.message


def test_mixed_encodings_are_not_guessed(tmp_path):
    data = "地区,指标\n".encode("utf-8") + "婴儿死亡率,2020\n".encode("gbk")
    data.decode("gb18030")  # GB18030 would "read" it, as mojibake
    path = _write_bytes(tmp_path, data)
    error = _error(path)
    # 婴 in GBK is D3 A4, itself a valid UTF-8 pair: the first byte that is not UTF-8 is in column 2
    _assert_located(error, path, 2, 2)
    assert "mixes encodings" in error.message


def test_bom_utf8_with_bad_bytes_is_not_read_as_gb18030(tmp_path):
    path = _write_bytes(tmp_path, codecs.BOM_UTF8 + "指标,年份,数值\nx,2020,".encode("utf-8") + "是".encode("gbk") + b"\n")
    error = _error(path)
    _assert_located(error, path, 2, 8)


def test_missing_file(tmp_path):
    path = tmp_path / "nope.csv"
    error = _error(path)
    assert str(path) in str(error) and error.hint


def test_directory(tmp_path):
    error = _error(tmp_path)
    assert str(tmp_path) in str(error) and "directory" in error.message and error.hint


def test_no_permission(tmp_path, monkeypatch):
    path = _write(tmp_path, "indicator,year,value\nx,2020,1\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            # running as root: permissions are not enforced, so simulate the refusal
            def refuse(*args, **kwargs):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(observations, "open_to_read", refuse)
        error = _error(path)
    finally:
        path.chmod(0o644)
    assert str(path) in str(error) and "permission" in error.message


def test_size_limit(tmp_path, monkeypatch):
    path = _write(tmp_path, "indicator,year,value\nx,2020,1\n")
    monkeypatch.setattr(observations, "MAX_BYTES", 10)
    error = _error(path)
    assert str(path) in str(error) and "larger than" in error.message and error.hint
    assert observations.MAX_BYTES == 10
    monkeypatch.undo()
    assert observations.MAX_BYTES == 200 * 1024 * 1024


def test_sha256_is_of_the_file_bytes(tmp_path):
    path = _write(tmp_path, "指标,年份,数值\nx,2020,1\n", encoding="gb18030")
    assert read_observations(path).files[0].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --- types --------------------------------------------------------------------------------------


def test_spaces_after_separators_and_quotes(tmp_path):
    item = _one(read_observations(_write(tmp_path, '指标, 年份, 数值\nx, 2020, "1,234.5"\n')))
    assert item.value == 1234.5 and item.year == 2020


def test_cycle_collector_is_restored_after_an_error(tmp_path):
    import gc

    assert gc.isenabled()
    _error(_write(tmp_path, "indicator,year,value\nx,2020,abc\n"))
    assert gc.isenabled()


def test_results_are_frozen(tmp_path):
    obs = read_observations(_write(tmp_path, "indicator,year,value\nx,2020,1\n"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        obs.items[0].value = 2.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        obs.files[0].rows = 0  # type: ignore[misc]
    assert isinstance(obs.items, tuple) and isinstance(obs.files, tuple)


def test_many_rows_keep_their_lines(tmp_path):
    rows = "".join(f"x{i % 50},{2000 + i // 50},{i}.5\n" for i in range(5000))
    obs = read_observations(_write(tmp_path, "indicator,year,value\n" + rows))
    assert len(obs.items) == 5000
    assert obs.items[-1].location.line == 5001 and obs.items[-1].value == 4999.5
    assert all(math.isfinite(o.value) for o in obs.items)
