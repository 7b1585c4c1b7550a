"""A new user's plan, written from scratch with only the README and `checker schema` for guidance:
a made-up city, six targets of six kinds, no `source` anywhere. It lints clean, checks against a
small CSV with two judged regions and a reference region, reports, and every output reads well:
the verdicts and roll-up counts are the ones worked out by hand below, and nothing says None."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

PLAN = """\
plan:
  id: qinghe-2030
  title: {zh: 健康青禾2030规划, en: Healthy Qinghe 2030}
  region: 青禾市
  references: {province: 东海省}
  base_year: 2020
  target_years: [2030]
indicators:
  - id: life_expectancy
    name: {zh: 人均预期寿命, en: Life expectancy}
    domain: 健康水平
    unit: 岁
    direction: up
    targets:
      2030: {text: "≥80"}
  - id: infant_mortality
    name: {zh: 婴儿死亡率, en: Infant mortality rate}
    domain: 健康水平
    unit: ‰
    direction: down
    nature: 约束性
    targets:
      2030: {text: "≤5‰"}
  - id: health_literacy
    name: {zh: 居民健康素养水平, en: Health literacy}
    domain: 健康生活
    unit: "%"
    direction: up
    targets:
      2030: {text: 高于全省平均值}
  - id: smoking_rate
    name: {zh: 15岁以上人群吸烟率, en: Smoking rate (15+)}
    domain: 健康生活
    unit: "%"
    direction: down
    targets:
      2030: {text: 持续下降}
  - id: oop_share
    name: {zh: 个人卫生支出占卫生总费用的比重, en: Out-of-pocket share of health spending}
    domain: 健康保障
    unit: "%"
    direction: down
    targets:
      2030: {text: 25左右}
  - id: premature_ncd_mortality
    name: {zh: 重大慢性病过早死亡率, en: Premature NCD mortality}
    domain: 健康水平
    unit: "%"
    direction: down
    baseline: {2020: 16}
    targets:
      2030: {text: 比2020年降低10%}
"""

DATA = """\
地区,指标,年份,数值,单位
青禾市,人均预期寿命,2020,78.0,岁
青禾市,人均预期寿命,2024,80.5,岁
青禾市,婴儿死亡率,2020,4.0,‰
青禾市,婴儿死亡率,2024,6.0,‰
青禾市,居民健康素养水平,2024,30,%
青禾市,15岁以上人群吸烟率,2020,26,%
青禾市,15岁以上人群吸烟率,2022,25,%
青禾市,15岁以上人群吸烟率,2024,24,%
青禾市,个人卫生支出占卫生总费用的比重,2024,24,%
青禾市,重大慢性病过早死亡率,2020,16,%
青禾市,重大慢性病过早死亡率,2024,15.2,%
白沙县,人均预期寿命,2020,78.0,岁
白沙县,人均预期寿命,2024,78.4,岁
白沙县,婴儿死亡率,2024,3.0,‰
白沙县,居民健康素养水平,2024,25,%
白沙县,15岁以上人群吸烟率,2024,22,%
白沙县,重大慢性病过早死亡率,2020,16,%
白沙县,重大慢性病过早死亡率,2024,16.5,%
东海省,居民健康素养水平,2024,28,%
"""

#: Worked out by hand (assessment year 2024, before the 2030 targets: progress, or as they stand).
EXPECTED = {
    "青禾市": {
        "life_expectancy": "pass",  # 80.5 already ≥ 80
        "infant_mortality": "fail",  # 4.0 met ≤5 in 2020, 6.0 misses it now: moving away
        "health_literacy": "pass",  # 30 > 东海省 28
        "smoking_rate": "pass",  # 26 → 24, falling as promised
        "oop_share": "pass",  # 24 is on the better side of 25左右
        "premature_ncd_mortality": "pass",  # target 16 × 0.9 = 14.4: pace −0.2/yr against −0.16/yr required
    },
    "白沙县": {
        "life_expectancy": "warn",  # +0.1/yr against +0.2/yr required: lagging
        "infant_mortality": "pass",  # 3.0 already ≤ 5
        "health_literacy": "fail",  # 25 < 28
        "smoking_rate": "n/a",  # one year: no trend yet
        "oop_share": "n/a",  # no data
        "premature_ncd_mortality": "fail",  # 16 → 16.5: moving away from 14.4
    },
}


@pytest.fixture()
def files(tmp_path):
    plan = tmp_path / "qinghe-2030.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "qinghe.csv"
    data.write_text(DATA, encoding="utf-8")
    return plan, data


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_the_plan_follows_the_schema_and_lints_clean(files):
    plan, _ = files
    schema = json.loads(run("schema").output)
    assert "source" not in schema["$defs"]["target"]["required"]  # a plan from scratch has no source document
    linted = run("lint", str(plan))
    assert linted.exit_code == 0 and "0 error(s), 0 warning(s)" in linted.output, linted.output
    strict = run("lint", "--strict", str(plan))  # --strict asks each target for its line in the plan document
    assert strict.exit_code == 1 and strict.output.count("[source]") == 6


def test_verdicts_of_the_city(files):
    plan, data = files
    result = run("check", str(plan), str(data), "--format", "json")
    assert result.exit_code == 1  # a target fails
    document = json.loads(result.stdout)
    assert {r["indicator"]: r["status"] for r in document["results"]} == EXPECTED["青禾市"]
    assert {r["kind"] for r in document["results"]} == {"lower_bound", "upper_bound", "vs_reference", "trend",
                                                         "around", "vs_baseline"}
    assert document["unknown_indicators"] == []  # 白沙县's and 东海省's rows are not "left out" of 青禾市's check


def test_verdicts_and_rollup_of_all_regions(files):
    plan, data = files
    document = json.loads(run("check", str(plan), str(data), "--all-regions", "--format", "json").stdout)
    assert document["regions"] == ["白沙县", "青禾市"]
    got = {}
    for r in document["results"]:
        got.setdefault(r["region"], {})[r["indicator"]] = r["status"]
    assert got == EXPECTED
    for row in document["rollup"]["indicators"]:
        statuses = [EXPECTED[region][row["indicator"]] for region in EXPECTED]
        assert row["regions"] == 2
        assert {s: row[s] for s in ("pass", "warn", "fail", "n/a")} == {s: statuses.count(s)
                                                                          for s in ("pass", "warn", "fail", "n/a")}
    by_region = {row["region"]: row for row in document["rollup"]["regions"]}
    assert (by_region["青禾市"]["pass"], by_region["青禾市"]["fail"]) == (5, 1)
    assert by_region["青禾市"]["worst_binding_failure"] == "infant_mortality"  # 约束性
    assert (by_region["白沙县"]["warn"], by_region["白沙县"]["fail"], by_region["白沙县"]["n/a"]) == (1, 2, 2)


@pytest.mark.parametrize("args", [
    [], ["--lang", "en"], ["--all-regions"], ["--all-regions", "--lang", "en"], ["--format", "json"],
    ["--format", "jsonl"], ["--format", "csv"], ["--format", "junit"], ["--format", "github"],
    ["--format", "markdown"], ["--format", "sarif"], ["--format", "markdown", "--lang", "en"],
])
def test_no_output_says_none(files, args):
    plan, data = files
    result = run("check", str(plan), str(data), *args)
    assert result.exit_code == 1, result.output
    assert "None" not in result.output


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_reads_well(files, tmp_path, lang):
    plan, data = files
    out = tmp_path / f"report-{lang}.html"
    result = run("report", str(plan), str(data), "-o", str(out), "--lang", lang, "--generated-at", "2025-01-01")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "None" not in html and "青禾市" in html
    assert ("规划文件未记录原文出处" if lang == "zh" else "records no line of the plan document") in html


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_source_line_without_a_quote(files, tmp_path, lang):
    """`source: {line: 20}` without `quote`, and no plan.source.document: no None, no leading comma."""
    plan, data = files
    plan.write_text(PLAN.replace('{text: "≥80"}', '{text: "≥80", source: {line: 20}}'), encoding="utf-8")
    out = tmp_path / "report.html"
    assert run("report", str(plan), str(data), "-o", str(out), "--lang", lang).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "None" not in html
    assert ("规划原文第 20 行" if lang == "zh" else ">line 20 of the plan document") in html
    junit = run("check", str(plan), str(data), "--format", "junit", "--lang", lang).output
    assert "None" not in junit and "plan document line 20)" in junit


def test_an_indicator_without_a_unit_is_measured_in_its_target_words(tmp_path):
    """Found checking a drafted plan: an indicator with no `unit:` whose target reads 达到12万亿元 compared
    data given in 亿元 as bare numbers (90000 ≥ 12: a pass where 9万亿元 falls short). It now takes the
    unit its target is written in, and the data is converted before it is compared."""
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan:\n  id: gdp-2027\n  title: {zh: 某省目标}\n  region: 某省\n  base_year: 2022\n"
                    "  target_years: [2027]\nindicators:\n  - id: gdp\n    name: {zh: 地区生产总值}\n"
                    "    direction: up\n    targets:\n      2027: {text: 达到12万亿元}\n", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value,unit\n某省,地区生产总值,2027,90000,亿元\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(plan), str(data), "--format", "json", "--as-of", "2027"])
    assert result.exit_code == 1, result.output
    (verdict,) = json.loads(result.stdout)["results"]
    assert verdict["status"] == "fail" and verdict["value"] == 9 and verdict["unit"] == "万亿元"


def test_an_indicator_without_a_unit_is_measured_in_the_percent_its_targets_are_written_in(tmp_path):
    """Found checking a draft of an unseen action plan: an indicator with no `unit:` whose target reads
    低于7% compared data given as 61‰ as a bare 61 (fail by 771%) where 61‰ is 6.1%, a pass. A % that
    the target writes is now the indicator's unit, as any other unit is; a % that only coverage implies
    (全覆盖) and a change (降低20%) still set none."""
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan:\n  id: growth-2030\n  title: {zh: 某市行动}\n  region: 某市\n  base_year: 2020\n"
                    "  target_years: [2030]\nindicators:\n"
                    "  - id: stunting\n    name: {zh: 生长迟缓率}\n    direction: down\n    targets:\n"
                    "      2030: {text: 低于7%}\n"
                    "  - id: coverage\n    name: {zh: 某服务覆盖率}\n    direction: up\n    targets:\n"
                    "      2030: {text: 全覆盖}\n"
                    "  - id: deaths\n    name: {zh: 某病死亡率}\n    direction: down\n    targets:\n"
                    "      2030: {text: 比2020年降低20%}\n", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value,unit\n某市,生长迟缓率,2030,61,‰\n", encoding="utf-8")
    from checker import load_plan

    assert [indicator.unit for indicator in load_plan(str(plan)).indicators] == ["%", None, None]
    result = CliRunner().invoke(main, ["check", str(plan), str(data), "--format", "json", "--as-of", "2030"])
    verdict = next(r for r in json.loads(result.stdout)["results"] if r["indicator"] == "stunting")
    assert verdict["status"] == "pass" and verdict["value"] == 6.1 and verdict["unit"] == "%"
