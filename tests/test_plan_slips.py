"""Slips of a plan written by hand that every verdict would carry without a word, reported by lint as
warnings: a phrase that moves (or bounds) the indicator the way its direction calls worse, a phrase that
names another year than the one it is filed under, and two level targets of one indicator ten or more
times apart. The plans here are made up for the checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.plan.loader import read_plan
from checker.plan.lint import lint

HEAD = ("plan:\n  id: slips\n  title: {zh: 某县规划}\n  region: 某县\n  base_year: 2020\n"
        "  target_years: [2025, 2030]\nindicators:\n")


def _indicator(ident: str, name: str, unit: str, direction: str, targets: dict[int, str]) -> str:
    lines = [f"  - id: {ident}\n    name: {{zh: {name}}}\n    unit: \"{unit}\"\n    direction: {direction}\n    targets:\n"]
    lines += [f"      {year}: {{text: \"{text}\"}}\n" for year, text in targets.items()]
    return "".join(lines)


def _runner():
    from click.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        return CliRunner()  # click >= 8.2 always keeps it apart


def _codes(tmp_path: Path, *indicators: str) -> list[tuple[str, str]]:
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + "".join(indicators), encoding="utf-8")
    plan, problems = read_plan(path)
    assert plan is not None, problems
    found = [(p.code, p.message) for p in lint(path) if p.code in ("phrase-direction", "phrase-year", "target-scale")]
    return found


def test_a_phrase_against_the_direction_is_reported(tmp_path):
    found = _codes(tmp_path,
                   _indicator("deaths", "某病死亡率", "1/10万", "down", {2025: "持续提高", 2030: "≥20/10万"}),
                   _indicator("years", "某项寿命", "岁", "up", {2025: "比2020年降低1%"}),
                   _indicator("fine", "某项覆盖率", "%", "up", {2025: "持续提高", 2030: "≥90%"}))
    messages = sorted(message for code, message in found if code == "phrase-direction")
    assert len(messages) == 3, found
    assert any("'持续提高' asks it to rise" in m and m.startswith("deaths") for m in messages)
    assert any("'≥20/10万' sets a floor" in m for m in messages)
    assert any(m.startswith("years") and "asks it to fall" in m for m in messages)
    assert not any(m.startswith("fine") for m in messages)


def test_a_phrase_naming_another_year_is_reported(tmp_path):
    found = _codes(tmp_path, _indicator("years", "某项寿命", "岁", "up", {2025: "到2030年达到80岁", 2030: "到2030年达到81岁"}))
    assert [code for code, _ in found] == ["phrase-year"]
    assert "names 2030, but it is the target for 2025" in found[0][1]


def test_level_targets_ten_times_apart_are_reported(tmp_path):
    found = _codes(tmp_path,
                   _indicator("share", "某项素养水平", "%", "up", {2025: "25", 2030: "0.3"}),
                   _indicator("beds", "某类床位数", "张", "up", {2025: "6.5张", 2030: "7万张"}),
                   _indicator("steady", "某项知晓率", "%", "up", {2025: "60", 2030: "80"}))
    scale = [message for code, message in found if code == "target-scale"]
    assert len(scale) == 2, found
    assert any(m.startswith("share") and "1/83.3 of the 2025 target" in m for m in scale)
    assert any(m.startswith("beds") and "10,769 times" in m for m in scale)


def test_check_names_the_slips_on_stderr_from_the_cache_too(tmp_path, monkeypatch):
    """``checker check`` of a plan with such a slip says so on standard error before the verdicts, the
    second time (the plan taken from the cache of parsed plans) as the first; the verdicts and the exit
    code are those of the plan as written."""
    from checker.cli import main

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("deaths", "某病死亡率", "1/10万", "down", {2025: "持续提高"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值\n某县,某病死亡率,2020,8.5\n某县,某病死亡率,2023,11\n", encoding="utf-8")
    runner = _runner()
    for _ in range(2):
        result = runner.invoke(main, ["check", str(path), str(data), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert "'持续提高' asks it to rise, but the plan says lower is better" in result.stderr
        assert "[phrase-direction]" in result.stderr and "checker lint" in result.stderr
        assert '"status": "pass"' in result.stdout
        assert json.loads(result.stdout)["plan_warnings"][0].endswith("[phrase-direction]")
    assert any((tmp_path / "cache").iterdir())  # the second run read the plan from the cache
    out = tmp_path / "audit.html"
    reported = runner.invoke(main, ["report", str(path), str(data), "-o", str(out), "--lang", "en"])
    assert reported.exit_code == 0, reported.output
    assert "[phrase-direction]" in reported.stderr
    html = out.read_text(encoding="utf-8")
    assert "Possible slips in the plan file" in html and "asks it to rise" in html


def test_check_warns_of_values_a_hundred_times_off_the_target(tmp_path):
    """A target written as a fraction (``≥0.85`` for 85%) beside data in %: every region passes by a
    hundred times. ``check`` judges it as written but says so on standard error, located at the data."""
    from checker.cli import main

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("cover", "某项签约服务覆盖率", "%", "up", {2025: "≥0.85"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值,单位\n某县,某项签约服务覆盖率,2020,60,%\n某县,某项签约服务覆盖率,2025,70,%\n",
                    encoding="utf-8")
    runner = _runner()
    result = runner.invoke(main, ["check", str(path), str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"{data}:2:4: warning:" in result.stderr
    assert "about 100 times larger than the plan's target '≥0.85' (2025)" in result.stderr
    out = tmp_path / "audit.html"
    assert runner.invoke(main, ["report", str(path), str(data), "-o", str(out), "--lang", "en"]).exit_code == 0
    assert "Values about 100 or 1000 times off their target" in out.read_text(encoding="utf-8")
    fine = tmp_path / "fine.csv"
    fine.write_text(data.read_text(encoding="utf-8").replace(",60,", ",0.6,").replace(",70,", ",0.7,"), encoding="utf-8")
    quiet = runner.invoke(main, ["check", str(path), str(fine), "--format", "json"])
    assert "times" not in quiet.stderr


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


def test_two_indicators_of_one_name_are_reported(tmp_path):
    """Data rows find an indicator by its name: of two indicators named alike (traditional characters and
    spaces aside) the second never gets a row, so lint says so."""
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("mmr", "孕产妇死亡率", "1/10万", "down", {2025: "≤10/10万"})
                    + _indicator("mmr2", "孕產婦 死亡率", "1/10万", "down", {2025: "比2020年下降20%"})
                    + _indicator("imr", "婴儿死亡率", "‰", "down", {2025: "≤5‰"}), encoding="utf-8")
    found = [p for p in lint(path) if p.code == "duplicate-name"]
    assert len(found) == 1 and found[0].message.startswith("mmr2: the name '孕產婦 死亡率' is also mmr's")


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
