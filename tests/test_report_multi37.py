"""Round 37, an inspector's report and a many-region run (a tester's 绥宁县 plan against 邵阳市's counties):

- F2: with ``--all-regions`` a ``合计`` row's line told the user to rename it to the run's label (``双清区、城步苗族自治县、
  新宁县 … (6)``); it now says the row is the total of the place the regions lie in and names the plan's reference
  (``references.city`` and its ``全市``). A place's total named after it (``邵阳市合计``) was listed as "neither a region
  checked nor a reference"; it is now listed as that place's total row, as README says of ``福州市合计``.
- F3: for want of a base value every region was told to "write baseline in the plan", which serves the plan's own
  region only; another region is asked for its own data, on the row-by-row and on the columnar path alike.
- F4: the plan document's ``source.url`` was in no output; the audit report's cover shows it (a link only for http and
  https) and JSON's ``plan`` block carries it as ``source_url``.
"""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from files import HEAD, check, written

from checker.cli import main

#: a county's plan with its city and province as references: 人均预期寿命 (up), a 2020 baseline of the plan's own
PLAN = HEAD.replace("甲市", "甲县").replace("  target_years: [2025]\n", """\
  target_years: [2025]
  references: {city: 乙市, province: 丙省}
""") + """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    baseline: {2020: 77.0}
    targets: {2025: {text: "≥79"}}
"""
#: three counties, 甲县 (the plan's) with no 2020 row, the city's row, and a 合计 beside them
COUNTIES = """\
地区,指标,年份,数值,单位
甲县,人均预期寿命,2023,78.0,岁
丁县,人均预期寿命,2020,77.0,岁
丁县,人均预期寿命,2023,78.5,岁
戊县,人均预期寿命,2023,78.0,岁
乙市,人均预期寿命,2023,78.2,岁
合计,人均预期寿命,2023,78.2,岁
"""


def _output(tmp_path: Path, data: str, *arguments: str) -> str:
    result = check(written(tmp_path, PLAN, "plan.yaml"), written(tmp_path, data), *arguments)
    assert result.exit_code in (0, 1), result.output
    return result.output


# --- F2: total rows in a many-region run ------------------------------------------------------------------------------

def test_a_total_beside_the_regions_of_a_many_region_run_names_the_plans_city(tmp_path: Path) -> None:
    """``合计`` beside the counties is their city's total: the hint names 乙市 (references.city) and 全市, never the
    run's list of regions."""
    zh = _output(tmp_path, COUNTIES, "--all-regions")
    line = next(line for line in zh.splitlines() if "“合计”" in line)
    assert "不是所检查的任一地区" in line
    assert "若它是这些地区所在的乙市（规划的 references.city）的合计，请在数据中写作“乙市”（或“全市”），即作为参照地区的行读取" in line
    assert "甲县、" not in line and "写作“甲县" not in line
    en = _output(tmp_path, COUNTIES, "--all-regions", "--lang", "en")
    line = next(line for line in en.splitlines() if "'合计'" in line)
    assert "none of the regions checked" in line
    assert "if it is the total of 乙市, where these regions lie (the plan's references.city), name it 乙市 (or 全市)" in line
    assert "甲县、" not in line


def test_a_total_of_a_many_region_run_with_no_reference_says_none_is_named() -> None:
    """With no reference in the plan no place is offered: the line says to name one in the plan's references."""
    from checker.data.matching import UnusedRows
    from checker.errors import Location

    unused = UnusedRows("region", "合计", 1, Location("data.csv", 7, 1))
    words = unused.words("zh", (2020, 2025), ("甲县、丁县、戊县", "甲县", "丁县", "戊县"), {"region": "甲县"},
                         ("甲县", "丁县", "戊县"))
    assert words.startswith("地区“合计”是合计行，不是所检查的任一地区") and "references" in words
    assert "甲县、丁县、戊县" not in words
    one = unused.words("zh", (2020, 2025), ("甲县", "甲县"), {"region": "甲县"}, ("甲县",))
    assert "若它是甲县的合计，请在数据中写作“甲县”" in one  # one region checked: as before


def test_a_places_own_total_named_after_it_is_listed_as_its_total(tmp_path: Path) -> None:
    """``乙市合计`` (the reference city's own total) is a total row, as README says of 福州市合计; a total of part of a
    place (``乙市市辖区``) is one too, and is never offered as the place's own rows."""
    data = COUNTIES + "乙市合计,人均预期寿命,2023,78.2,岁\n乙市市辖区,人均预期寿命,2023,78.3,岁\n"
    zh = _output(tmp_path, data, "--all-regions")
    named = next(line for line in zh.splitlines() if "“乙市合计”" in line)
    assert "是乙市的合计行，不作为地区核查，也不作为乙市的数据读取" in named and "既不是" not in named
    assert "若数据中没有“乙市”的行而要用它，请写作“乙市”" in named
    part = next(line for line in zh.splitlines() if "“乙市市辖区”" in line)
    assert "是乙市的部分合计行（市辖区）" in part and "请写作" not in part and "既不是" not in part
    en = _output(tmp_path, data, "--all-regions", "--lang", "en")
    named = next(line for line in en.splitlines() if "'乙市合计'" in line)
    assert "is 乙市's total row, neither judged as a region nor read as 乙市's data" in named


def test_validate_lists_a_places_own_total_as_its_total(tmp_path: Path) -> None:
    """validate said of 乙市合计 "neither 甲县 nor a reference region"; it says what check says."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n甲县,人均预期寿命,2023,78.0,岁\n乙市合计,人均预期寿命,2023,78.2,岁\n")
    done = CliRunner().invoke(main, ["validate", data, "--plan", written(tmp_path, PLAN, "plan.yaml")])
    line = next(line for line in done.output.splitlines() if "乙市合计" in line)
    assert "is 乙市's total row" in line and "neither 甲县" not in line


# --- F3: no base value for a region other than the plan's -------------------------------------------------------------

def _results(tmp_path: Path, monkeypatch, data: str, by_columns: bool) -> dict[str, dict]:
    """Each region's result of ``check --all-regions`` as JSON, read and judged row by row or by columns."""
    from checker.data import readers
    from checker.judge import columns

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0 if by_columns else 2**40)
    monkeypatch.setenv(columns.FORCE_ENV, "1" if by_columns else "0")
    output = _output(tmp_path, data, "--all-regions", "--format", "json")
    return {item["region"]: item for item in json.loads(output[output.index("{"):])["results"]}


def test_another_region_without_a_base_value_is_asked_for_its_own_data(tmp_path: Path, monkeypatch) -> None:
    """戊县 has no 2020 row: the plan's baseline (甲县's) would not serve it, so it is asked for its 2020 data only;
    甲县 itself is measured from the plan's baseline. Both paths give the same words."""
    data = COUNTIES.replace("甲县,人均预期寿命,2023,78.0,岁\n", "甲县,人均预期寿命,2023,77.5,岁\n")
    plan = PLAN.replace("    baseline: {2020: 77.0}\n", "")  # and without: 甲县 is told the plan may give it
    rows = _results(tmp_path, monkeypatch, data, False)
    assert _results(tmp_path, monkeypatch, data, True) == rows
    other = rows["戊县"]
    assert other["status"] == "n/a"
    assert "请补该地区2020年数据（规划的 baseline 是甲县的，不用于其他地区）" in other["reason"]["zh"]
    assert "在规划中写 baseline" not in other["reason"]["zh"]
    assert "add its 2020 data (the plan's baseline is 甲县's, never another region's)" in other["reason"]["en"]
    assert "give the plan a baseline" not in other["reason"]["en"]
    assert rows["甲县"]["evidence"]["baseline"]["from"] == "plan"
    from checker import records_from_jsonl

    lines = _output(tmp_path, data, "--all-regions", "--format", "jsonl").splitlines()  # by columns still: the frames
    streamed = {item["region"]: item for item in records_from_jsonl(line for line in lines if line.startswith("{"))
                if "summary" not in item}
    assert streamed["戊县"]["reason"] == other["reason"]
    written(tmp_path, plan, "plan.yaml")
    result = check(tmp_path / "plan.yaml", written(tmp_path, data), "--all-regions", "--format", "json")
    own = {item["region"]: item for item in json.loads(result.output[result.output.index("{"):])["results"]}["甲县"]
    assert "在规划中写 baseline 或补2020年数据" in own["reason"]["zh"]


# --- F4: the plan document's address ----------------------------------------------------------------------------------

URL = "https://example.gov.cn/zwgk/2025/plan.shtml?id=1&x=2"


def _plan_with_url(tmp_path: Path, url: str) -> str:
    return written(tmp_path, PLAN.replace("  target_years: [2025]\n", f"  target_years: [2025]\n  source: "
                                          f"{{document: 某政办函〔2025〕5号, file: plan.txt, url: '{url}'}}\n"), "plan.yaml")


def test_the_report_cover_links_the_plan_documents_address(tmp_path: Path) -> None:
    """The cover shows the address beside the document number, as a link (escaped), in zh and en."""
    plan, data = _plan_with_url(tmp_path, URL), written(tmp_path, COUNTIES)
    for lang, label in (("zh", "原文网址"), ("en", "Published at")):
        out = tmp_path / f"report-{lang}.html"
        done = CliRunner().invoke(main, ["report", plan, data, "-o", str(out), "--lang", lang])
        assert done.exit_code == 0, done.output
        html = out.read_text(encoding="utf-8")
        escaped = URL.replace("&", "&amp;")
        assert f"<dt>{label}</dt>" in html
        assert f'<a href="{escaped}" rel="noopener noreferrer">{escaped}</a>' in html


def test_a_hostile_address_is_shown_but_never_a_link(tmp_path: Path) -> None:
    """A ``javascript:`` address is text, escaped, said not to be a link; no href carries it."""
    plan = _plan_with_url(tmp_path, "javascript:alert(1)//<b>x</b>")
    out = tmp_path / "report.html"
    done = CliRunner().invoke(main, ["report", plan, written(tmp_path, COUNTIES), "-o", str(out)])
    assert done.exit_code == 0, done.output
    html = out.read_text(encoding="utf-8")
    assert "javascript:alert(1)//&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert 'href="javascript' not in html.lower() and "未设为链接" in html


def test_json_carries_the_plan_documents_address(tmp_path: Path) -> None:
    """JSON's plan block (check, the jsonl summary, validate) adds ``source_url``; null where the plan gives none."""
    plan, data = _plan_with_url(tmp_path, URL), written(tmp_path, COUNTIES)
    done = check(plan, data, "--format", "json")
    assert json.loads(done.output[done.output.index("{"):])["plan"]["source_url"] == URL
    done = check(plan, data, "--all-regions", "--format", "jsonl")
    summary = json.loads([line for line in done.output.splitlines() if line.startswith('{"summary"')][0])["summary"]
    assert summary["plan"]["source_url"] == URL
    done = CliRunner().invoke(main, ["validate", data, "--plan", plan, "--format", "json"])
    assert json.loads(done.output[done.output.index("{"):])["plan"]["source_url"] == URL
    done = check(written(tmp_path, PLAN, "bare.yaml"), data, "--format", "json")
    block = json.loads(done.output[done.output.index("{"):])["plan"]
    assert list(block) == ["id", "file", "sha256", "source_url"] and block["source_url"] is None
