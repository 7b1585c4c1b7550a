"""Cells of data files written by hand or exported from forms and yearbooks that were read wrong, or left a
verdict unqualified: a 。 or ; between digits, a year header for part of a year, a Minguo year that names its era,
a footnote mark on a name, a preliminary column, a value marked as another year's. The files are made up here."""

from __future__ import annotations

import pytest

from test_plan_slips import HEAD, _indicator, _runner

def test_a_value_marked_as_another_years_says_so_where_it_is_shown(tmp_path):
    """``27.97（2021年）`` in a 2023 row is judged as the row's (the contract keeps annotations as notes),
    but the value shown beside the verdict says whose it is, in the report's language."""
    from checker.data.readers import read_observations
    from checker.judge.pipeline import judge
    from checker.judge.policy import load_policy
    from checker.plan.loader import load_plan
    from checker.reporters import observed

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("lit", "某项素养水平", "%", "up", {2025: "≥25%"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    shown = {}
    for year in (2021, 2023):
        data.write_text(f"地区,指标,年份,数值\n某县,某项素养水平,2020,20\n某县,某项素养水平,2023,27.97（{year}年）\n",
                        encoding="utf-8")
        report, _ = judge(load_plan(path), read_observations(str(data)), region=None, as_of=None,
                          policy=load_policy(None), lang="zh")
        (result,) = report.results.results
        shown[year] = (observed(result, "zh"), observed(result, "en"))
    assert shown[2021] == ("27.97% (2023, 注明为2021年的值)", "27.97% (2023, marked as 2021's value)")
    assert shown[2023] == ("27.97% (2023)", "27.97% (2023)")




@pytest.mark.parametrize("text", [
    "地區,指標,年度,數值\n臺東縣,平均壽命,民國107年,75.8\n臺東縣,平均壽命,民国 108 年度,76.1\n",
    "地區,指標,民國107年,民國108年（初步）\n臺東縣,平均壽命,75.8,76.1\n",
])
def test_a_minguo_year_that_names_its_era_is_read(tmp_path, text):
    """民國107年 is 2018 by the era it names, in a year cell or a wide table's year header; a bare 107年
    stays refused with the year it may be (which calendar it counts in is not said)."""
    from checker.data.readers import read_observations

    data = tmp_path / "data.csv"
    data.write_text(text, encoding="utf-8")
    years = sorted((o.year, o.value) for o in read_observations(str(data)).items)
    assert years == [(2018, 75.8), (2019, 76.1)]


def test_a_figure_its_column_marks_preliminary_says_so_beside_the_verdict(tmp_path):
    """A wide table's ``2023年（快报）`` marks every 2023 figure preliminary, as ``9.5（快报数）`` marks one:
    the value beside the verdict said so only for the cell's own mark."""
    from checker.data.readers import read_observations
    from checker.judge.pipeline import judge
    from checker.judge.policy import load_policy
    from checker.plan.loader import load_plan
    from checker.reporters import observed

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("mmr", "孕产妇死亡率", "1/10万", "down", {2025: "≤10/10万"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,2020年,2023年（快报）\n某县,孕产妇死亡率,12.1,9.5\n", encoding="utf-8")
    report, _ = judge(load_plan(path), read_observations(str(data)), region=None, as_of=None,
                      policy=load_policy(None), lang="zh")
    (result,) = report.results.results
    assert observed(result) == "9.5/10万 (2023, 快报)"


@pytest.mark.parametrize("cell, years", [("2019/20", "2019 or 2020"), ("2022-23", "2022 or 2023"),
                                         ("2021-2023年", "one of 2021–2023")])
def test_a_year_cell_spanning_years_is_refused_with_the_years_it_may_be(tmp_path, cell, years):
    """A financial or school year (2019/20) is not one calendar year: refused at its cell, as before, now
    saying which years it may be (the data's to choose)."""
    from checker.data.readers import read_observations
    from checker.errors import CheckerError

    data = tmp_path / "data.csv"
    data.write_text(f"region,indicator,year,value\nSpringfield,Smoking,{cell},15.2\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(data))
    assert (caught.value.location.line, caught.value.location.column) == (2, 3)
    assert f"({years})" in caught.value.hint


@pytest.mark.parametrize("bytes_from", ["0", "999999999"])
def test_a_full_stop_between_digits_of_a_value_is_refused_at_its_cell(tmp_path, monkeypatch, bytes_from):
    """``123。4`` (an IME's 。 typed for the decimal point) was read as 1234, ten times the figure: the grammar
    refused it in a plan's phrase, the data reader dropped the 。. Refused at its cell, by rows and by columns."""
    import os
    import subprocess
    import sys

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("visits", "总诊疗人次", "万人次", "up", {2025: "≥150万人次"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值,单位\n某县,总诊疗人次,2023,123。4,万人次\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "checker", "check", str(path), str(data), "--all-regions"],
                          capture_output=True, text=True,
                          env={**os.environ, "CHECKER_COLUMNAR_FROM_BYTES": bytes_from})
    assert done.returncode == 2, done.stdout
    assert f"{data}:2:4: cannot read value '123。4'" in done.stderr


@pytest.mark.parametrize("cell, value", [("12;3", None), ("12；3", None), ('12"3', None), ("12…13", None),
                                         ("12...3", None), ("12’3", None), ("25。4", None), ("12＂3", None), ("12、345", None),
                                         ("12，345", 12345.0), ("1’234", 1234.0),
                                         ("12’345’678", 12345678.0), ("“12.5”", 12.5), ("12.5；", 12.5)])
def test_a_character_dropped_between_digits_never_joins_them(cell, value):
    """The grammar's character map drops quotes, semicolons and ellipses: between two digits that joined them
    (12;3 read as 123). Such a cell is no number; an apostrophe grouping thousands (1’234) still is."""
    from checker.language.numbers import read_number

    found = read_number(cell)
    assert (found.value if found else None) == value


def test_a_two_digit_year_is_refused_as_short_or_minguo(tmp_path):
    """23年 is most often 2023 written short, 107年 a Minguo year: the hint named only Minguo 23 (1934)."""
    from checker.data.readers import read_observations
    from checker.errors import CheckerError

    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值\n某县,某项指标,23年,9.5\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(data))
    assert "a year written short (2023?) or a Minguo (民國) year (23 + 1911 = 1934)" in caught.value.hint


def test_rows_without_a_region_among_other_regions_rows_are_named_on_stderr(tmp_path):
    """An empty region cell of a long file is the judged region's (the contract); in a file whose other rows name
    the judged region's peers, such a row may be a peer's, and was judged as the judged one's without a word."""
    from checker.cli import main

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD.replace("region: 某县", "region: 某市\n  references: {province: 某省}")
                    + _indicator("imr", "婴儿死亡率", "‰", "down", {2025: "逐步下降"}), encoding="utf-8")
    peers = tmp_path / "peers.csv"
    peers.write_text("地区,指标,年份,数值\n甲县,婴儿死亡率,2020,3.6\n,婴儿死亡率,2023,9.9\n乙县,婴儿死亡率,2023,3.2\n",
                     encoding="utf-8")
    result = _runner().invoke(main, ["check", str(path), str(peers), "--region", "甲县"])
    assert f"{peers}:3:4: warning: 1 row(s) name no region and are read as 甲县's" in result.stderr
    assert "name 乙县" in result.stderr
    own = tmp_path / "own.csv"  # the judged region's rows unnamed beside its province's: as the contract says, quiet
    own.write_text("地区,指标,年份,数值\n,婴儿死亡率,2020,3.6\n,婴儿死亡率,2023,3.1\n某省,婴儿死亡率,2023,3.2\n",
                   encoding="utf-8")
    assert "name no region" not in _runner().invoke(main, ["check", str(path), str(own)]).stderr


def test_a_footnote_mark_on_an_indicator_name_is_no_part_of_it(tmp_path):
    """孕产妇死亡率* (a yearbook's footnote mark) was an unknown indicator, its rows left out; ① was already
    taken off. Read by rows and by columns alike."""
    from checker.data import columnar
    from checker.data.readers import read_observations

    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值\n某县,孕产妇死亡率*,2023,9.5\n某县,婴儿死亡率△,2023,3.1\n某县,人均预期寿命①,2023,79\n某县※,人均预期寿命,2022,78\n",
                    encoding="utf-8")
    rows = read_observations(str(data)).items
    assert sorted(o.indicator for o in rows) == ["人均预期寿命", "人均预期寿命", "婴儿死亡率", "孕产妇死亡率"]
    assert {o.region for o in rows} == {"某县"}  # a region's mark too
    assert sorted(columnar.read((str(data),)).columns.indicator_names) == ["人均预期寿命", "婴儿死亡率", "孕产妇死亡率"]


@pytest.mark.parametrize("header", ["2023年（1-6月）", "2023年(上半年)", "2023（Q3）", "2023年（截至9月）", "2023年6月"])
def test_a_year_header_for_part_of_the_year_is_refused(tmp_path, header):
    """2023年（1-6月） was read as 2023 with the note 1-6月: half a year's infant deaths judged as the year's.
    Such a column is refused at its header; 2023年（快报） stays the year's, with its note."""
    from checker.data.readers import read_observations
    from checker.errors import CheckerError

    data = tmp_path / "data.csv"
    data.write_text(f"地区,指标,2020年,{header}\n某县,婴儿死亡率,3.6,3.1\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(data))
    assert (caught.value.location.line, caught.value.location.column) == (1, 4)
    assert "covers part of a year" in caught.value.message
    data.write_text("地区,指标,2020年,2023年（快报）\n某县,婴儿死亡率,3.6,3.1\n", encoding="utf-8")
    assert sorted(o.year for o in read_observations(str(data)).items) == [2020, 2023]


def test_a_row_noted_as_part_of_the_year_says_so(tmp_path):
    """A row whose note says it covers part of the year (1-6月数据) is still judged as the year's (a note is the
    data's remark), but validate warns and the value beside the verdict shows the note; 截至2023年底 or 1-12月
    is the whole year, and shown as nothing."""
    from checker.data.readers import read_observations
    from checker.data.validate import validate
    from checker.judge.pipeline import judge
    from checker.judge.policy import load_policy
    from checker.plan.loader import load_plan
    from checker.reporters import observed

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("imr", "婴儿死亡率", "‰", "down", {2025: "≤5‰"}), encoding="utf-8")
    shown = {}
    for note in ("1-6月数据", "截至2023年底"):
        data = tmp_path / "data.csv"
        data.write_text(f"地区,指标,年份,数值,备注\n某县,婴儿死亡率,2023,3.1,{note}\n", encoding="utf-8")
        plan, observations = load_plan(path), read_observations(str(data))
        (result,) = judge(plan, observations, region=None, as_of=None, policy=load_policy(None), lang="zh")[0].results.results
        warned = [f.message for f in validate(plan, observations) if "covers part of the year" in f.message]
        shown[note] = (observed(result), len(warned))
    assert shown == {"1-6月数据": ("3.1‰ (2023, 1-6月数据)", 1), "截至2023年底": ("3.1‰ (2023)", 0)}


def test_rows_without_a_region_are_counted_alike_by_rows_and_by_columns(tmp_path, monkeypatch):
    """The warning on rows without a region among peers' rows is counted by the source that read the file: by
    columns a national file makes no row objects for it (making them tripled the time of a national run)."""
    pytest.importorskip("polars")
    from checker.data import readers
    from checker.data.matching import peers_of_blank_rows
    from checker.plan.loader import load_plan

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("imr", "婴儿死亡率", "‰", "down", {2025: "逐步下降"}), encoding="utf-8")
    plan = load_plan(str(path))
    data = tmp_path / "peers.csv"
    data.write_text("地区,指标,年份,数值\n甲县,婴儿死亡率,2020,3.6\n,婴儿死亡率,2023,9.9\n乙县,婴儿死亡率,2023,3.2\n"
                    ",婴儿死亡率,2024,9.8\n丙县,婴儿死亡率,2023,3.0\n", encoding="utf-8")
    by_rows = readers.read_observations(str(data))
    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    by_columns = readers.read_observations(str(data))
    assert type(by_columns) is not type(by_rows)
    assert by_columns.region_cells() == by_rows.region_cells()
    warned = peers_of_blank_rows(by_columns, plan, "甲县")
    assert warned == peers_of_blank_rows(by_rows, plan, "甲县")
    assert warned == [f"{data}:3:4: warning: 2 row(s) name no region and are read as 甲县's (an empty region cell is the "
                      "judged region's), in a file whose other rows name 丙县、乙县: write the region on every row if "
                      "they are not"]
    assert "items" not in vars(by_columns)  # no row objects made for it


def test_a_panel_with_indicators_across_is_refused_with_how_to_unpivot_it(tmp_path):
    """Our World in Data's layout (Entity, Code, Year, one column an indicator) was refused with a hint to transpose,
    which a table of many regions cannot be; the hint now says to unpivot it, and the unpivoted file (pandas' melt
    names its columns variable and value) reads."""
    from checker.data.readers import read_observations
    from checker.errors import CheckerError

    panel = tmp_path / "owid.csv"
    panel.write_text("Entity,Code,Year,Maternal mortality ratio\nChina,CHN,2020,16.9\nChina,CHN,2021,16.1\n",
                     encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(panel))
    assert "unpivot it" in caught.value.hint and "df.melt(id_vars=['Entity', 'Year'])" in caught.value.hint
    melted = tmp_path / "melted.csv"
    melted.write_text("Entity,Year,variable,value\nChina,2021,Maternal mortality ratio,16.1\n", encoding="utf-8")
    [item] = read_observations(str(melted)).items
    assert (item.region, item.indicator, item.year, item.value) == ("China", "Maternal mortality ratio", 2021, 16.1)


@pytest.mark.parametrize("bytes_from", ["0", "999999999"])
def test_code_columns_beside_their_names_are_left_out_and_alone_refused(tmp_path, monkeypatch, bytes_from):
    """The World Bank's layout (Country Name, Country Code, Indicator Name, Indicator Code, 2018, …) was refused at
    'Country Code'; a code column beside the name it codes is now left out, by rows and by columns. A code column
    with no name column is still refused: left out, its rows would be read as the plan's region."""
    from checker.data import readers
    from checker.errors import CheckerError

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", int(bytes_from))
    wdi = tmp_path / "wdi.csv"
    wdi.write_text('"Country Name","Country Code","Indicator Name","Indicator Code","2020","2021"\n'
                   '"China","CHN","Mortality rate, infant (per 1,000 live births)","SP.DYN.IMRT.IN","5.4","5"\n',
                   encoding="utf-8")
    items = sorted((item.region, item.indicator, item.year, item.value) for item in readers.read_observations(str(wdi)).items)
    assert items == [("China", "Mortality rate, infant (per 1,000 live births)", 2020, 5.4),
                     ("China", "Mortality rate, infant (per 1,000 live births)", 2021, 5.0)]
    unquoted = tmp_path / "long.csv"  # no quotes: read by columns when the limit is 0
    unquoted.write_text("Entity,Code,indicator,year,value\nChina,CHN,Infant mortality rate,2021,5.0\n", encoding="utf-8")
    [item] = readers.read_observations(str(unquoted)).items
    assert (item.region, item.indicator, item.value, item.location.column) == ("China", "Infant mortality rate", 5.0, 5)
    alone = tmp_path / "codes.csv"
    alone.write_text("Country Code,Year,Indicator,Value\nCHN,2021,Mortality rate,5\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        readers.read_observations(str(alone))
    assert "holds codes of the regions, but the file has no region name column" in caught.value.message


def test_a_downloads_source_lines_above_the_header_are_passed_over(tmp_path):
    """The World Bank's CSV opens with "Data Source" and "Last Updated Date" lines: the file was refused (no header on
    its first line). Lines above the header that name no column are passed over; one that gives a unit is refused
    (passed over, the values would be read in the plan's unit); a file with no header at all is refused as before."""
    from checker.data.readers import read_observations
    from checker.errors import CheckerError

    wdi = tmp_path / "wdi.csv"
    wdi.write_text('"Data Source","World Development Indicators",\n\n"Last Updated Date","2025-01-28",\n\n'
                   '"Country Name","Country Code","Indicator Name","Indicator Code","2020","2021",\n'
                   '"China","CHN","Mortality rate, infant (per 1,000 live births)","SP.DYN.IMRT.IN","5.4","5",\n',
                   encoding="utf-8")
    observations = read_observations(str(wdi))
    assert [(item.year, item.value, item.location.line) for item in observations.items] == [(2020, 5.4, 6), (2021, 5.0, 6)]
    titled = tmp_path / "titled.csv"
    titled.write_text("表1 各地区卫生资源\n单位：‰\n地区,指标,年份,数值\n某县,婴儿死亡率,2023,3.2\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(titled))
    assert caught.value.location.line == 2 and "gives a unit" in caught.value.message
    titled.write_text("表1 各地區衛生資源\n單位：‰\n地區,指標,年份,數值\n某縣,嬰兒死亡率,2023,3.2\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:  # 單位 in traditional characters too
        read_observations(str(titled))
    assert caught.value.location.line == 2 and "gives a unit" in caught.value.message
    headless = tmp_path / "headless.csv"
    headless.write_text("某县,婴儿死亡率\n某县,孕产妇死亡率\n", encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_observations(str(headless))
    assert caught.value.location.line == 1 and "missing columns" in caught.value.message
