"""The jsonl, JSON and Parquet of a many-region run written from columns hold the same records as those
written result by result: every field and the whole evidence, observation cells included.

A national run read by columns writes its jsonl from one frame (checker.judge.frames.EvidenceFrame):
a value judged by columns is written from its columns (the observation's text, unit, file, line and
column from the columns the data was read into; band, goal and arithmetic from the compiled form),
the verdict regions without data share once, every other result from the scalar engine's evidence.
The property test draws random plans and random data, writes the data as a CSV file (with
annotations, notes and a unit the plan converts), reads it by columns, and holds the records rebuilt
from both jsonl texts equal, the two JSON documents equal byte for byte and the two Parquet tables
equal, in both languages.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile

from hypothesis import assume, given, settings
from hypothesis import strategies as st
import pytest

pytest.importorskip("polars")

from random_plans import REGIONS, datasets, other_rules, plans, rules
from test_places import PLAN as PLACES_PLAN

from checker.data import columnar
from checker.errors import CheckerError
from checker.judge.engine import evaluate_regions
from checker.judge.policy import default_policy
from checker.reporters import Report, json_report
from checker.reporters.streamed import jsonl, records

#: region names JSON must escape (a backslash) or that look like something else (a quote or a comma
#: would need the csv quoting that sends a file to the row reader)
AWKWARD = ("甲\\乙县", "=SUM(A1)", "Beta", "丁县")


def _file(plan, dataset, draw) -> str:
    """The dataset as a long CSV file, some values annotated or with a note, some ‰ written in %."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["地区", "指标", "年份", "数值", "单位", "备注"])
    units = {indicator.id: indicator.unit for indicator in plan.indicators}
    names = {indicator.id: indicator.name_zh for indicator in plan.indicators}
    for (region, indicator_id), series in dataset.series.items():
        for year, point in series.items():
            unit, value = units[indicator_id] or "", point.text
            if point.value is not None and unit == "‰" and draw(st.booleans()):
                unit, value = "%", repr(point.value / 10)
            if point.value is not None:
                value += draw(st.sampled_from(["", "", "", "（快报数）", "*"]))
            note = draw(st.sampled_from(["", "", "", "估算"]))
            writer.writerow([region, names[indicator_id], year, value or "-", unit, note])
    return out.getvalue()


def _records(plan, results, lang: str) -> list[dict]:
    return list(records("".join(jsonl(Report(plan, plan.region, results, (), lang=lang))).splitlines()))


def _table(plan, results, lang: str):
    """The Parquet table of a many-region run, read back."""
    import polars as pl

    from checker.reporters import parquet

    return pl.read_parquet(io.BytesIO(b"".join(parquet.stream(Report(plan, plan.region, results, (), lang=lang)))))


def _document(plan, results, lang: str) -> str:
    """The streamed JSON document of a many-region run."""
    return "".join(json_report.stream(Report(plan, plan.region, results, (), lang=lang, regions=("甲县",))))


def _national(folder, plan_text: str, rows: str):
    """The plan ``plan_text`` and the many-region file of ``rows`` (CSV text), read and matched by columns."""
    from checker.plan.loader import load_plan

    plan_path, data_path = folder / "plan.yaml", folder / "national.csv"
    plan_path.write_text(plan_text, encoding="utf-8")
    data_path.write_text(rows, encoding="utf-8")
    plan = load_plan(str(plan_path))
    matched = columnar.read((str(data_path),)).match(plan)
    assert isinstance(matched, columnar.ColumnDataset)
    return plan, matched


@settings(derandomize=True, max_examples=120, deadline=None)
@given(st.data())
def test_jsonl_from_columns_holds_the_records_of_jsonl_by_results(data) -> None:
    plan = data.draw(plans(st.one_of(rules(), rules(), other_rules())))
    dataset = data.draw(datasets(plan, data.draw(st.sampled_from([REGIONS, AWKWARD]))))
    if not dataset.series:
        return
    text = _file(plan, dataset, data.draw)
    as_of = data.draw(st.sampled_from([None, None, 2022, 2025, 2030, 2035]))
    lang = data.draw(st.sampled_from(["zh", "en"]))
    # a file name JSON must escape (a quote, a backslash): the evidence's texts are quoted as they are but where one must be escaped
    handle, path = tempfile.mkstemp(suffix=".csv", prefix=data.draw(st.sampled_from(["", 'da"ta\\'])))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            matched = columnar.read((path,)).match(plan)
        except (columnar.Unsuitable, CheckerError):  # a file without a value, a negative share: not data
            assume(False)
        # read by columns (a bare value far off every target goes to the row reader, which may refuse it)
        assume(isinstance(matched, columnar.ColumnDataset))
        policy = default_policy()
        by_results = evaluate_regions(plan, matched, as_of=as_of, policy=policy, on_demand=True, columns=False)
        by_columns = evaluate_regions(plan, matched, as_of=as_of, policy=policy, on_demand=True, columns=True)
        want, got = _records(plan, by_results, lang), _records(plan, by_columns, lang)
        documents = _document(plan, by_results, lang), _document(plan, by_columns, lang)
        tables = _table(plan, by_results, lang), _table(plan, by_columns, lang)
    finally:
        os.unlink(path)
    assert len(got) == len(want)
    for one, other in zip(got, want):  # one at a time: the first difference is shown whole
        assert one == other
    assert by_columns.summary == by_results.summary
    assert json.loads(documents[1])["results"] == [record for record in want if "summary" not in record]
    assert documents[1] == documents[0]  # byte for byte, summary and roll-up too
    assert tables[1].equals(tables[0]) and tables[1].height == len(want) - 1


def test_a_value_judged_by_columns_carries_its_cell() -> None:
    """The evidence of a value written from columns names the cell it came from, as written."""
    from checker.plan.loader import load_plan

    plan = load_plan("nanan-2030")
    rows = "地区,指标,年份,数值,单位\n甲县,婴儿死亡率,2030,3.5（快报数）,‰\n乙县,婴儿死亡率,2030,0.41,%\n"
    handle, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(rows)
        matched = columnar.read((path,)).match(plan)
        results = evaluate_regions(plan, matched, ["甲县", "乙县"], on_demand=True, columns=True)
        lines = "".join(jsonl(Report(plan, plan.region, results, ()))).splitlines()
        made = results.results.evidence_frame()
    finally:
        os.unlink(path)
    assert made.table["obs_text"].drop_nulls().to_list() == ["3.5（快报数）", "0.41"]  # from the columns
    found = {r["region"]: r for r in records(lines) if r.get("indicator") == "infant_mortality"}
    first, second = found["甲县"]["evidence"]["observation"], found["乙县"]["evidence"]["observation"]
    assert (first["text"], first["line"], first["column"], first["notes"]) == ("3.5（快报数）", 2, 4, ["快报数"])
    assert (second["value"], second["unit"], second["data_unit"]) == (4.1, "‰", "%")
    assert found["乙县"]["status"] == "fail" and found["乙县"]["evidence"]["arithmetic"] == "实际 4.1‰；目标 ≤ 4‰"


@pytest.mark.parametrize("lines, found", [
    (['{"region": "甲县", "target": 0, "year": 2025}'], "line 1: not a line of checker's jsonl (no earlier line gives 0)"),
    (["", "[1, 2]"], "line 2: not a line of checker's jsonl (not a JSON object)"),
    (['{"shared": 3, "region": "乙县"}'], "line 1: not a line of checker's jsonl (no earlier line gives 3)"),
    (["{oops"], "line 1: not a line of checker's jsonl (Expecting property name"),
])
def test_a_file_that_is_not_checkers_jsonl_is_refused_at_its_line(lines, found) -> None:
    with pytest.raises(ValueError) as refused:
        list(records(lines))
    assert str(refused.value).startswith(found)


#: the county template of the places tests (全省, 全国), and two more: a binding offset from 全国, and a 全市
REFERENCE_PLAN = PLACES_PLAN + """\
  - id: smoking
    name: {zh: 成人吸烟率}
    unit: "%"
    direction: down
    targets:
      2030: {text: 比全国平均水平低5个百分点, nature: 约束性}
  - id: doctors
    name: {zh: 每千人口执业医师数}
    unit: 人/千人
    direction: up
    targets:
      2030: {text: 高于全市平均水平}
"""
#: counties of two provinces (the data names them) against their own province, the nation, and a city
#: the data names for some; a near miss, a pass, a fail, a unit slip (0.41 against 41), a year the
#: province lacks
REFERENCE_ROWS = """\
省份,地市,区县,指标,年份,数值
东省,东一市,甲县,经常参加体育锻炼人数比例,2030,40
东省,东一市,乙县,经常参加体育锻炼人数比例,2030,38.5
东省,东一市,丙县,经常参加体育锻炼人数比例,2030,0.41
东省,,,经常参加体育锻炼人数比例,2030,39
西省,西一市,丁县,经常参加体育锻炼人数比例,2030,44
西省,西一市,戊县,经常参加体育锻炼人数比例,2029,44
西省,,,经常参加体育锻炼人数比例,2030,43
东省,东一市,甲县,成人吸烟率,2030,20
西省,西一市,丁县,成人吸烟率,2030,21.6
西省,西一市,戊县,成人吸烟率,2029,30
全国,,,成人吸烟率,2030,26.5
全国,,,成人吸烟率,2029,26
东省,东一市,甲县,每千人口执业医师数,2030,3.1
西省,西一市,丁县,每千人口执业医师数,2030,2.9
东省,东一市,,每千人口执业医师数,2030,3
"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_references_judged_by_columns_equal_the_scalar_engine(tmp_path, lang) -> None:
    """全省/全国/全市 comparisons of many counties, each against the place the data puts it in, written
    from columns: the same records, document and table as written result by result."""
    plan, matched = _national(tmp_path, REFERENCE_PLAN, REFERENCE_ROWS)
    by_results = evaluate_regions(plan, matched, on_demand=True, columns=False)
    by_columns = evaluate_regions(plan, matched, on_demand=True, columns=True)
    assert by_columns.results.evidence_frame().table["scalar"].is_null().all()  # none judged by the scalar engine
    want, got = _records(plan, by_results, lang), _records(plan, by_columns, lang)
    assert got == want
    assert {r["status"] for r in want if "status" in r} == {"pass", "warn", "fail", "n/a"}
    assert _document(plan, by_columns, lang) == _document(plan, by_results, lang)
    assert _table(plan, by_columns, lang).equals(_table(plan, by_results, lang))


#: trends promised every year (逐年), up and down: rising each year, over the window with a step against (a dip:
#: the kind's own words), flat, the wrong way, turned in the last step, a step against within the flat share, one
#: about at it, too few years
EVERY_YEAR_PLAN = """\
plan:
  id: every-year
  title: {zh: 逐年模板}
  region: 甲县
  base_year: 2020
  target_years: [2030]
indicators:
  - id: fitness
    name: {zh: 学生体质优秀率}
    unit: "%"
    direction: up
    targets:
      2030: {text: 逐年提升}
  - id: deaths
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2030: {text: 逐年下降}
"""
EVERY_YEAR_SERIES = {"甲县": (40, 41, 42, 43, 44), "乙县": (40, 43, 41, 45, 46), "丙县": (40, 40.1, 40, 40.1, 40.05),
                     "丁县": (45, 44, 43, 42, 41), "戊县": (40, 42, 44, 46, 45), "己县": (40, 40.3, 40.25, 41, 42),
                     "庚县": (None, None, None, None, 41), "辛县": (40, 39.8, 41, 42, 43), "壬县": (0, 1, 0, 2, 3)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_trends_every_year_judged_by_columns_equal_the_scalar_engine(tmp_path, lang) -> None:
    """逐年提升/逐年下降 of many counties: a region whose window has a step against the way is the kind's (its reason
    names the step), the others judged by columns as the window's trend: the same records, document and table as
    written result by result."""
    rows = ["区县,指标,年份,数值"]
    for region, values in EVERY_YEAR_SERIES.items():
        for name, flip in (("学生体质优秀率", False), ("孕产妇死亡率", True)):
            for year, value in zip(range(2021, 2026), values):
                if value is not None:
                    rows.append(f"{region},{name},{year},{100 - value if flip else value}")
    plan, matched = _national(tmp_path, EVERY_YEAR_PLAN, "\n".join(rows) + "\n")
    by_results = evaluate_regions(plan, matched, on_demand=True, columns=False)
    by_columns = evaluate_regions(plan, matched, on_demand=True, columns=True)
    scalar = by_columns.results.evidence_frame().table["scalar"]
    assert 0 < scalar.is_null().sum() < len(scalar)  # both paths: the dips are the kind's
    want, got = _records(plan, by_results, lang), _records(plan, by_columns, lang)
    assert got == want
    assert {r["status"] for r in want if "status" in r} == {"pass", "warn", "fail", "n/a"}
    assert any("逐年" in r["reason"]["zh"] for r in want if "reason" in r)
    assert _document(plan, by_columns, lang) == _document(plan, by_results, lang)
    assert _table(plan, by_columns, lang).equals(_table(plan, by_results, lang))


#: values held at the base value (保持), up, down and neutral, one binding: the plan's own region (甲县) without a
#: 2020 row is held against the plan's baseline, another region without one is n/a (the kind's words)
MAINTAIN_PLAN = """\
plan:
  id: maintain
  title: {zh: 保持模板}
  region: 甲县
  base_year: 2020
  target_years: [2030]
indicators:
  - id: coverage
    name: {zh: 近岸海域水质优良比例}
    unit: "%"
    direction: up
    baseline: {2020: 90}
    targets:
      2030: {text: 保持稳定, nature: 约束性}
  - id: incidence
    name: {zh: 传染病发病率}
    unit: 1/10万
    direction: down
    targets:
      2030: {text: 持续保持在历史低水平}
  - id: balance
    name: {zh: 性别比}
    direction: neutral
    targets:
      2030: {text: 保持自然平衡}
"""
MAINTAIN_SERIES = {"乙县": (90, 90.5), "丙县": (90, 88.5), "丁县": (90, 87), "戊县": (0, 0.01), "己县": (None, 91),
                   "甲县": (None, 89), "庚县": (90, 88.2), "辛县": (50, 49.5)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_values_held_against_the_base_judged_by_columns_equal_the_scalar_engine(tmp_path, lang) -> None:
    """保持 of many counties (pass, warn, fail; a base of 0; the plan's own baseline for its region; no base value):
    the same records, document and table as written result by result."""
    rows = ["区县,指标,年份,数值"]
    for region, values in MAINTAIN_SERIES.items():
        for name, of in (("近岸海域水质优良比例", lambda v: v), ("传染病发病率", lambda v: 100 - v),
                         ("性别比", lambda v: v + 15)):
            for year, value in zip((2020, 2024), values):
                if value is not None:
                    rows.append(f"{region},{name},{year},{of(value)}")
    plan, matched = _national(tmp_path, MAINTAIN_PLAN, "\n".join(rows) + "\n")
    by_results = evaluate_regions(plan, matched, regions=sorted(MAINTAIN_SERIES), on_demand=True, columns=False)
    by_columns = evaluate_regions(plan, matched, regions=sorted(MAINTAIN_SERIES), on_demand=True, columns=True)
    scalar = by_columns.results.evidence_frame().table["scalar"]
    # a region without a base value is the kind's n/a: 己县's three, 甲县's two without the plan's baseline
    assert scalar.is_not_null().sum() == 5
    want, got = _records(plan, by_results, lang), _records(plan, by_columns, lang)
    assert got == want
    assert {r["status"] for r in want if "status" in r} == {"pass", "warn", "fail", "n/a"}
    assert {r["evidence"]["baseline"]["from"] for r in want if "baseline" in r.get("evidence", {})} == {"data", "plan"}
    assert _document(plan, by_columns, lang) == _document(plan, by_results, lang)
    assert _table(plan, by_columns, lang).equals(_table(plan, by_results, lang))
