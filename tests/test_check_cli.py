"""`checker check` end to end, as a user runs it: a subprocess, exit codes, stdout and stderr.

Contract: design.md §3 (observations), §4 (verdicts), §5 (command line, JSON keys, exit codes).
Every run asserts that no Python traceback reaches the user.

Two plans: the bundled nanan-2030 (150 indicators, body-text targets, several targets a row) for what
is about the bundled plan and example, and a frozen copy of its first, table-only version
(tests/data/nanan-table.*: 14 rows, one target each) for the exact verdicts of each row.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LONG = "examples/nanan-2030.csv"
WIDE = "examples/nanan-2030-wide-gb18030.csv"
PLAN = "plans/nanan-2030.yaml"
#: The table-only plan (its 14 table rows, one target each) with its examples, frozen as fixtures. Plan id
#: nanan-2030, as the bundled one; their first 25 lines are those of examples/nanan-2030.csv.
TABLE_PLAN = "tests/data/nanan-table.yaml"
TABLE_LONG = "tests/data/nanan-table.csv"
TABLE_WIDE = "tests/data/nanan-table-wide-gb18030.csv"
ANSI = re.compile(r"\x1b\[")

#: `checker check nanan-2030 examples/nanan-2030.csv` with the full bundled plan (176 targets).
BUNDLED_SUMMARY = {"pass": 25, "warn": 20, "fail": 14, "n/a": 117}

#: The verdicts the example notes promise for the table plan (tests/data/nanan-table.csv, note column).
EXPECTED_STATUS = {
    "life_expectancy": "pass",  # on track
    "infant_mortality": "pass",  # already ≤4‰
    "under5_mortality": "warn",  # went above 4 by 1.25%
    "maternal_mortality": "fail",  # went above 12
    "physical_fitness_pass_rate": "n/a",  # the plan writes "-"
    "health_literacy": "warn",  # lagging, from the plan's 21.54 base
    "regular_exercise_share": "fail",  # moving away from 43
    "air_quality_good_days": "fail",  # below the province
    "water_quality_class3_share": "pass",  # above the province
    "premature_ncd_mortality": "warn",  # 0.7% above the province
    "physicians_per_1000": "pass",  # already around 2 or better
    "oop_health_expenditure_share": "warn",  # base met 25左右, 2024 back above it: near miss
    "food_drug_sampling_pass_rate": "pass",  # already ≥97.5
    "health_service_industry_scale": "n/a",  # the plan writes "？"
}
EXPECTED_SUMMARY = {"pass": 5, "warn": 4, "fail": 3, "n/a": 2}

#: Data that meets every checkable target of the table plan (the two unspecified targets stay n/a).
PASSING_CSV = """\
region,indicator,year,value,unit
南安市,人均预期寿命,2020,78.5,岁
南安市,人均预期寿命,2024,80.0,岁
南安市,婴儿死亡率,2024,3.0,‰
南安市,5岁以下儿童死亡率,2024,3.5,‰
南安市,孕产妇死亡率,2024,9.0,1/10万
南安市,居民健康素养水平,2024,26,%
南安市,经常参加体育锻炼人数比例,2024,44,%
南安市,地级及以上城市空气质量优良天数比率,2024,99.5,%
福建省,地级及以上城市空气质量优良天数比率,2024,98.6,%
南安市,重点流域水质达到或好于Ⅲ类水体比例,2024,100,%
福建省,重点流域水质达到或好于Ⅲ类水体比例,2024,97.6,%
南安市,重大慢性病过早死亡率,2024,14.0,%
福建省,重大慢性病过早死亡率,2024,15.2,%
南安市,每千常住人口执业（助理）医师数,2024,2.5,人
南安市,居民个人现金卫生支出占卫生总费用的比重,2024,24,%
南安市,主要食品药品质量安全抽检合格率,2024,98.5,%
"""

#: A plan whose targets are all checkable, so that a passing file has no n/a at all.
MINI_PLAN = """\
plan:
  id: mini-2030
  title: {zh: 迷你规划, en: Mini plan}
  region: 南安市
  references: {province: 福建省}
  base_year: 2020
  target_years: [2030]
  source: {document: test, file: test.txt}
indicators:
  - id: infant_mortality
    name: {zh: 婴儿死亡率, en: Infant mortality rate}
    domain: 健康水平
    unit: ‰
    direction: down
    nature: null
    baseline: {2020: 2.19}
    targets:
      2030:
        text: "≤4‰"
        source: {line: 1, quote: "≤4‰"}
  - id: life_expectancy
    name: {zh: 人均预期寿命, en: Life expectancy}
    domain: 健康水平
    unit: 岁
    direction: up
    nature: null
    baseline: {2020: 78.5}
    targets:
      2030:
        text: "79.7"
        source: {line: 2, quote: "79.7"}
"""


def run(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m checker check ARGS` from the repository root; never a traceback."""
    environment = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE")}
    environment["PYTHONIOENCODING"] = "utf-8"
    environment.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "check", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def run_json(*args: object) -> tuple[subprocess.CompletedProcess, dict]:
    proc = run(*args, "--format", "json")
    assert proc.stdout, proc.stderr
    return proc, json.loads(proc.stdout)


def statuses(doc: dict) -> dict[str, str]:
    return {r["indicator"]: r["status"] for r in doc["results"]}


def result(doc: dict, indicator: str) -> dict:
    found = [r for r in doc["results"] if r["indicator"] == indicator]
    assert len(found) == 1, found
    return found[0]


def results(doc: dict, indicator: str) -> list[dict]:
    """Every result of one indicator (the bundled plan has several targets a row); at least one."""
    found = [r for r in doc["results"] if r["indicator"] == indicator]
    assert found, indicator
    return found


def verdicts(doc: dict) -> list[tuple]:
    """The verdicts of a run, without the data file's name."""
    return [(r["region"], r["indicator"], r["target_year"], r["target_text"], r["year"], r["value"], r["status"])
            for r in doc["results"]]


def foot(summary: dict, lang: str = "zh") -> str:
    """The table's count line for ``summary``."""
    words = ("通过", "警告", "不通过", "不适用") if lang == "zh" else ("PASS", "WARN", "FAIL", "N/A")
    counts = [summary[key] for key in ("pass", "warn", "fail", "n/a")]
    return "  ".join(f"{mark} {word} {count}" for mark, word, count in zip("✔▲✘–", words, counts))


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def assert_input_error(proc: subprocess.CompletedProcess, *fragments: str, max_lines: int = 12) -> None:
    """Exit 2, nothing on stdout, a short located message on stderr containing every fragment."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.startswith("error: "), proc.stderr
    assert len(proc.stderr.splitlines()) <= max_lines, proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr, (fragment, proc.stderr)


@pytest.fixture(scope="module")
def table_json() -> dict:
    """The table plan on its example."""
    proc, doc = run_json(TABLE_PLAN, TABLE_LONG)
    assert proc.returncode == 1
    return doc


@pytest.fixture(scope="module")
def bundled_json() -> dict:
    """The bundled plan on the bundled example."""
    proc, doc = run_json("nanan-2030", LONG)
    assert proc.returncode == 1
    return doc


# --- 1. the bundled examples in every encoding and layout; --fail-on ----------------------------


def long_variants(tmp: Path, long: str) -> list[Path]:
    text = (ROOT / long).read_text(encoding="utf-8")
    return [
        ROOT / long,
        write(tmp / "bom.csv", "\ufeff" + text, "utf-8"),
        write(tmp / "gb18030.csv", text, "gb18030"),
    ]


@pytest.mark.parametrize("variant", [0, 1, 2], ids=["utf-8", "utf-8-bom", "gb18030"])
def test_long_example_every_encoding_same_verdicts(tmp_path, variant):
    path = long_variants(tmp_path, TABLE_LONG)[variant]
    proc, doc = run_json(TABLE_PLAN, path)
    assert proc.returncode == 1
    assert doc["summary"] == EXPECTED_SUMMARY
    assert statuses(doc) == EXPECTED_STATUS
    assert doc["data"][0]["encoding"] == ["utf-8", "utf-8-sig", "gb18030"][variant]
    assert doc["data"][0]["layout"] == "long"
    assert [u["name"] for u in doc["unknown_indicators"]] == ["每千人口执业医师数"]


@pytest.mark.parametrize("variant", [1, 2], ids=["utf-8-bom", "gb18030"])
def test_bundled_long_example_every_encoding_same_verdicts(tmp_path, bundled_json, variant):
    path = long_variants(tmp_path, LONG)[variant]
    proc, doc = run_json("nanan-2030", path)
    assert proc.returncode == 1
    assert doc["summary"] == bundled_json["summary"]
    assert verdicts(doc) == verdicts(bundled_json)
    assert doc["data"][0]["encoding"] == ["utf-8", "utf-8-sig", "gb18030"][variant]
    assert doc["data"][0]["layout"] == "long"
    assert [u["name"] for u in doc["unknown_indicators"]] == ["每千人口执业医师数"]


def test_long_example_table_exit_1_with_counts():
    proc = run("nanan-2030", LONG)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert foot(BUNDLED_SUMMARY) in proc.stdout.splitlines()


def test_table_plan_example_table_exit_1_with_counts():
    proc = run(TABLE_PLAN, TABLE_LONG)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert "✔ 通过 5  ▲ 警告 4  ✘ 不通过 3  – 不适用 2" in proc.stdout


def test_plan_by_path_same_as_by_id(bundled_json):
    proc, doc = run_json(PLAN, LONG)
    assert proc.returncode == 1
    assert doc["summary"] == bundled_json["summary"]
    assert verdicts(doc) == verdicts(bundled_json)
    assert doc["plan"]["id"] == "nanan-2030"


def test_wide_gb18030_example():
    proc, doc = run_json(TABLE_PLAN, TABLE_WIDE)
    assert proc.returncode == 1
    # The wide file has no rows for the two unspecified targets (国民体质监测合格率, 健康服务业总规模);
    # they are n/a all the same, so the story and the counts are those of the long file.
    assert doc["summary"] == EXPECTED_SUMMARY
    assert statuses(doc) == EXPECTED_STATUS
    assert doc["data"][0]["encoding"] == "gb18030"
    assert doc["data"][0]["layout"] == "wide"
    assert doc["unknown_indicators"] == []
    for indicator in ("physical_fitness_pass_rate", "health_service_industry_scale"):
        assert result(doc, indicator)["value"] is None
    # the alias 人均期望寿命 is matched; full-width ２.８ and the annotation 13.5（快报数） are read
    assert result(doc, "life_expectancy")["value"] == 79.2
    maternal = result(doc, "maternal_mortality")
    assert maternal["value"] == 13.5
    assert "快报数" in " ".join(maternal["evidence"]["observation"]["notes"])
    # the 2020 居民健康素养水平 cell is "-": the plan's own baseline is used
    assert result(doc, "health_literacy")["evidence"]["baseline"]["from"] == "plan"


def test_wide_example_table_english():
    proc = run(TABLE_PLAN, TABLE_WIDE, "--lang", "en")
    assert proc.returncode == 1
    assert "✔ PASS 5  ▲ WARN 4  ✘ FAIL 3  – N/A 2" in proc.stdout


def test_bundled_wide_example():
    proc, doc = run_json("nanan-2030", WIDE)
    assert proc.returncode == 1
    assert doc["data"][0]["encoding"] == "gb18030"
    assert doc["data"][0]["layout"] == "wide"
    assert doc["unknown_indicators"] == []
    assert sum(doc["summary"].values()) == len(doc["results"])
    # the table rows read as from the long file, for every target of the row
    for indicator in ("physical_fitness_pass_rate", "health_service_industry_scale"):
        assert {r["status"] for r in results(doc, indicator)} == {"n/a"}
    assert {r["value"] for r in results(doc, "life_expectancy")} == {79.2}
    for maternal in results(doc, "maternal_mortality"):
        assert maternal["value"] == 13.5 and maternal["status"] == "fail"
        assert "快报数" in " ".join(maternal["evidence"]["observation"]["notes"])
    for literacy in results(doc, "health_literacy"):
        assert literacy["evidence"]["baseline"]["from"] == "plan"
    assert foot(doc["summary"], "en") in run("nanan-2030", WIDE, "--lang", "en").stdout.splitlines()


@pytest.mark.parametrize("level", ["warn", "fail", "na"])
def test_example_fails_at_every_level(level):
    assert run("nanan-2030", LONG, "--fail-on", level).returncode == 1


@pytest.mark.parametrize("level,code", [("warn", 0), ("fail", 0), ("na", 1)])
def test_passing_data_table_plan(tmp_path, level, code):
    data = write(tmp_path / "pass.csv", PASSING_CSV)
    proc, doc = run_json(TABLE_PLAN, data, "--fail-on", level)
    assert doc["summary"] == {"pass": 12, "warn": 0, "fail": 0, "n/a": 2}
    assert {k for k, v in statuses(doc).items() if v == "n/a"} == {
        "physical_fitness_pass_rate", "health_service_industry_scale"}
    # the plan's own "-" and "？" targets are n/a, which --fail-on na counts
    assert proc.returncode == code


@pytest.mark.parametrize("level", ["warn", "fail", "na"])
def test_all_pass_exits_0_at_every_level(tmp_path, level):
    plan = write(tmp_path / "mini.yaml", MINI_PLAN)
    data = write(tmp_path / "data.csv", "indicator,year,value\n婴儿死亡率,2024,3\n人均预期寿命,2024,80\n")
    proc = run(plan, data, "--fail-on", level)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "✔ 通过 2  ▲ 警告 0  ✘ 不通过 0  – 不适用 0" in proc.stdout


def test_fail_on_levels_with_warn_only(tmp_path):
    plan = write(tmp_path / "mini.yaml", MINI_PLAN)
    # 4.05‰ misses ≤4‰ by 1.25%: a near miss (warn); life expectancy passes
    data = write(tmp_path / "data.csv", "indicator,year,value\n婴儿死亡率,2030,4.05\n人均预期寿命,2030,80\n")
    proc, doc = run_json(plan, data, "--as-of", "2030")
    assert doc["summary"] == {"pass": 1, "warn": 1, "fail": 0, "n/a": 0}
    assert proc.returncode == 0
    assert run(plan, data, "--as-of", "2030", "--fail-on", "fail").returncode == 0
    assert run(plan, data, "--as-of", "2030", "--fail-on", "warn").returncode == 1
    assert run(plan, data, "--as-of", "2030", "--fail-on", "na").returncode == 1


def test_na_only_gates_with_fail_on_na(tmp_path):
    plan = write(tmp_path / "mini.yaml", MINI_PLAN)
    data = write(tmp_path / "data.csv", "indicator,year,value\n人均预期寿命,2030,80\n")
    proc, doc = run_json(plan, data, "--as-of", "2030")
    assert doc["summary"] == {"pass": 1, "warn": 0, "fail": 0, "n/a": 1}
    assert proc.returncode == 0
    assert run(plan, data, "--as-of", "2030", "--fail-on", "warn").returncode == 0
    assert run(plan, data, "--as-of", "2030", "--fail-on", "na").returncode == 1


# --- 2. JSON ------------------------------------------------------------------------------------


RESULT_KEYS = {"region", "indicator", "name_zh", "target_year", "target_text", "kind", "year", "value", "unit",
               "assessment", "status", "reason", "evidence"}


def test_json_top_level_keys(bundled_json):
    doc = bundled_json
    assert {"checker", "plan", "data", "as_of", "summary", "results"} <= set(doc)
    from checker import __version__

    assert doc["checker"] == __version__
    assert {"id", "file", "sha256"} <= set(doc["plan"])
    assert doc["plan"]["id"] == "nanan-2030"
    assert Path(doc["plan"]["file"]).resolve() == (ROOT / PLAN).resolve()
    assert doc["plan"]["sha256"] == hashlib.sha256((ROOT / PLAN).read_bytes()).hexdigest()
    assert len(doc["data"]) == 1
    assert {"file", "sha256"} <= set(doc["data"][0])
    assert doc["data"][0]["file"] == LONG
    assert doc["data"][0]["sha256"] == hashlib.sha256((ROOT / LONG).read_bytes()).hexdigest()
    assert doc["as_of"] is None
    assert doc["summary"] == BUNDLED_SUMMARY
    assert list(doc["summary"]) == ["pass", "warn", "fail", "n/a"]
    # one result for each target of the plan (one region)
    from checker import load_plan

    targets = sum(len(indicator.targets) for indicator in load_plan(ROOT / PLAN).indicators)
    assert sum(doc["summary"].values()) == len(doc["results"]) == targets


def test_json_table_plan_one_result_per_row(table_json):
    doc = table_json
    assert doc["plan"]["id"] == "nanan-2030"
    assert Path(doc["plan"]["file"]).resolve() == (ROOT / TABLE_PLAN).resolve()
    assert doc["plan"]["sha256"] == hashlib.sha256((ROOT / TABLE_PLAN).read_bytes()).hexdigest()
    assert doc["data"][0]["file"] == TABLE_LONG
    assert doc["data"][0]["sha256"] == hashlib.sha256((ROOT / TABLE_LONG).read_bytes()).hexdigest()
    assert doc["summary"] == EXPECTED_SUMMARY
    assert list(doc["summary"]) == ["pass", "warn", "fail", "n/a"]
    assert sum(doc["summary"].values()) == len(doc["results"]) == 14
    assert statuses(doc) == EXPECTED_STATUS


def test_json_result_keys(table_json, bundled_json):
    for doc, years in ((table_json, {2030}), (bundled_json, {2025, 2030})):
        for record in doc["results"]:
            assert RESULT_KEYS <= set(record), sorted(RESULT_KEYS - set(record))
            assert record["region"] == "南安市"
            assert record["target_year"] in years
            assert record["status"] in ("pass", "warn", "fail", "n/a")
            assert set(record["reason"]) >= {"zh", "en"}
            assert record["reason"]["zh"] and record["reason"]["en"]
            assert isinstance(record["evidence"], dict)
    assert {r["target_year"] for r in bundled_json["results"]} == {2025, 2030}


def test_json_result_values(table_json):
    infant = result(table_json, "infant_mortality")
    assert infant["name_zh"] == "婴儿死亡率"
    assert infant["target_text"] == "≤4‰"
    assert infant["kind"] == "upper_bound"
    assert (infant["year"], infant["value"], infant["unit"]) == (2024, 3.58, "‰")
    assert infant["assessment"] == "progress"
    assert infant["status"] == "pass"


def test_json_evidence_points_at_data_line(table_json, bundled_json):
    for doc, long in ((table_json, TABLE_LONG), (bundled_json, LONG)):
        observation = result(doc, "infant_mortality")["evidence"]["observation"]
        assert observation["file"] == long
        assert observation["line"] == 6  # 南安市,婴儿死亡率,2024,3.58
        assert observation["year"] == 2024
        assert observation["text"] == "3.58"
        lines = (ROOT / long).read_text(encoding="utf-8").splitlines()
        assert lines[observation["line"] - 1].startswith("南安市,婴儿死亡率,2024,3.58,")
    # the baseline taken from the data is located too
    baseline = result(table_json, "life_expectancy")["evidence"]["baseline"]
    assert (baseline["year"], baseline["value"], baseline["from"]) == (2020, 78.5, "data")
    assert (baseline["file"], baseline["line"]) == (TABLE_LONG, 2)
    # the reference region's value (福建省) is located
    reference = result(table_json, "air_quality_good_days")["evidence"]["reference"]
    assert (reference["region"], reference["value"], reference["file"], reference["line"]) == (
        "福建省", 98.6, TABLE_LONG, 24)


def test_json_evidence_plan_source(table_json):
    plan = result(table_json, "infant_mortality")["evidence"]["plan"]
    assert plan["source_line"] == 144
    assert plan["quote"] == "≤4‰"


def test_json_unknown_indicator_listed(table_json, bundled_json):
    for doc, long in ((table_json, TABLE_LONG), (bundled_json, LONG)):
        assert doc["unknown_indicators"] == [{
            "name": "每千人口执业医师数", "rows": 1, "first": f"{long}:23:2",  # at the name (round 40)
            "did_you_mean": "每千常住人口执业（助理）医师数 (physicians_per_1000)",
        }]


# --- 3. --as-of, --region, --lang, the table in a pipe -------------------------------------------


def test_as_of_changes_assessment_year(table_json):
    proc, doc = run_json(TABLE_PLAN, TABLE_LONG, "--as-of", "2022")
    assert doc["as_of"] == 2022
    years = [r["year"] for r in doc["results"] if r["year"] is not None]
    assert years and max(years) <= 2022
    life = result(doc, "life_expectancy")
    assert (life["year"], life["value"]) == (2022, 78.9)
    assert result(table_json, "life_expectancy")["year"] == 2024
    assert doc["summary"] != table_json["summary"]
    # nothing observed by 2022 fails: 孕产妇死亡率 was 8.11 in 2020, the 13.5 is from 2024
    assert result(doc, "maternal_mortality")["status"] != "fail"
    assert proc.returncode == 0


def test_as_of_in_table_header():
    proc = run("nanan-2030", LONG, "--as-of", "2022")
    assert "评估截至 2022 年" in proc.stdout.splitlines()[0]


def test_as_of_not_a_year_is_usage_error():
    proc = run("nanan-2030", LONG, "--as-of", "20x2")
    assert proc.returncode == 2
    assert proc.stdout == ""


def test_reference_region_is_an_error():
    proc = run("nanan-2030", LONG, "--region", "福建省")
    assert_input_error(proc, "福建省", "reference")


def test_region_default_is_plan_region(bundled_json):
    proc, doc = run_json("nanan-2030", LONG, "--region", "南安市")
    assert proc.returncode == 1
    assert doc["summary"] == bundled_json["summary"]
    assert verdicts(doc) == verdicts(bundled_json)


def test_lang_en_statuses():
    proc = run("nanan-2030", LONG, "--lang", "en")
    assert proc.returncode == 1
    for word in ("PASS", "WARN", "FAIL", "N/A"):
        assert word in proc.stdout
    assert "通过" not in proc.stdout
    assert "Infant mortality rate" in proc.stdout
    assert "did you mean 每千常住人口执业（助理）医师数" in proc.stdout


def test_table_in_pipe_has_no_ansi_and_has_foot_and_did_you_mean(bundled_json):
    proc = run("nanan-2030", LONG)
    assert not ANSI.search(proc.stdout)
    lines = proc.stdout.splitlines()
    assert foot(bundled_json["summary"]) in lines
    unknown = [line for line in lines if "每千人口执业医师数" in line]
    assert len(unknown) == 1, unknown
    assert "是否指 每千常住人口执业（助理）医师数" in unknown[0]
    assert f"{LONG}:23" in unknown[0]


def test_table_is_grouped_worst_first():
    lines = run("nanan-2030", LONG).stdout.splitlines()
    first_rows = [line for line in lines if "健康水平" in line]
    assert first_rows and "不通过" in first_rows[0] and "孕产妇死亡率" in first_rows[0]


def test_c_locale_does_not_crash(bundled_json):
    proc = run("nanan-2030", LONG, env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""})
    assert proc.returncode == 1
    assert f"不通过 {bundled_json['summary']['fail']}  " in proc.stdout


# --- 4. --output --------------------------------------------------------------------------------


def test_output_json_file(tmp_path, bundled_json):
    out = tmp_path / "results.json"
    proc = run("nanan-2030", LONG, "--format", "json", "--output", out)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["summary"] == bundled_json["summary"]
    assert verdicts(doc) == verdicts(bundled_json)
    assert not [p for p in tmp_path.iterdir() if p.name != "results.json"]  # no temporary file left


def test_output_table_file_has_no_ansi(tmp_path, bundled_json):
    out = tmp_path / "table.txt"
    proc = run("nanan-2030", LONG, "-o", out)
    assert proc.returncode == 1
    assert proc.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert foot(bundled_json["summary"]) in text.splitlines()
    assert not ANSI.search(text)


def test_output_replaces_existing_file(tmp_path, bundled_json):
    out = write(tmp_path / "results.json", "old")
    assert run("nanan-2030", LONG, "--format", "json", "-o", out).returncode == 1
    assert json.loads(out.read_text(encoding="utf-8"))["summary"] == bundled_json["summary"]


def test_output_in_missing_directory(tmp_path):
    out = tmp_path / "missing" / "results.json"
    proc = run("nanan-2030", LONG, "--format", "json", "--output", out)
    assert_input_error(proc, "does not exist")
    assert not out.exists()
    assert not out.parent.exists()


def test_output_is_a_directory(tmp_path):
    proc = run("nanan-2030", LONG, "--output", tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""


def test_output_equal_to_input_data(tmp_path):
    data = write(tmp_path / "data.csv", (ROOT / LONG).read_text(encoding="utf-8"))
    before = data.read_bytes()
    proc = run("nanan-2030", data, "--format", "json", "--output", data)
    assert_input_error(proc, "--output", "input")
    assert data.read_bytes() == before


def test_output_equal_to_input_by_another_path(tmp_path):
    data = write(tmp_path / "data.csv", (ROOT / LONG).read_text(encoding="utf-8"))
    before = data.read_bytes()
    other = tmp_path / "sub"
    other.mkdir()
    proc = run("nanan-2030", data, "--output", other / ".." / "data.csv")
    assert proc.returncode == 2
    assert data.read_bytes() == before


def test_output_equal_to_plan(tmp_path):
    plan = write(tmp_path / "plan.yaml", (ROOT / PLAN).read_text(encoding="utf-8"))
    before = plan.read_bytes()
    proc = run(plan, LONG, "--output", plan)
    assert proc.returncode == 2
    assert plan.read_bytes() == before


# --- 5. bad data --------------------------------------------------------------------------------


HEADER = "region,indicator,year,value,unit,note\n"


def example_with(tmp_path: Path, line: int, new: str) -> Path:
    """The long example with physical line ``line`` replaced."""
    lines = (ROOT / LONG).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = new + "\n"
    return write(tmp_path / "data.csv", "".join(lines))


def test_unreadable_value(tmp_path):
    data = example_with(tmp_path, 6, "南安市,婴儿死亡率,2024,abc,‰,")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:6:4", "'abc'")


def test_unreadable_value_in_wide_file(tmp_path):
    text = (ROOT / WIDE).read_bytes().decode("gb18030").replace("２.８", "abc")
    data = write(tmp_path / "wide.csv", text, "gb18030")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:3:6", "'abc'")


def test_skip_bad_rows_lists_the_row(tmp_path):
    data = example_with(tmp_path, 6, "南安市,婴儿死亡率,2024,abc,‰,")
    proc = run("nanan-2030", data, "--skip-bad-rows")
    assert proc.returncode in (0, 1)
    assert proc.returncode == 1  # the other fails remain
    skipped = [line for line in proc.stdout.splitlines() if line.startswith("已跳过")]
    assert len(skipped) == 1 and f"{data}:6:4" in skipped[0] and "abc" in skipped[0], proc.stdout
    proc, doc = run_json("nanan-2030", data, "--skip-bad-rows")
    assert len(doc["skipped_rows"]) == 1
    assert f"{data}:6:4" in doc["skipped_rows"][0]
    # the 2024 row is gone: the infant mortality verdict rests on 2020
    assert result(doc, "infant_mortality")["year"] == 2020


def test_skip_bad_rows_english(tmp_path):
    data = example_with(tmp_path, 6, "南安市,婴儿死亡率,2024,abc,‰,")
    proc = run("nanan-2030", data, "--skip-bad-rows", "--lang", "en")
    assert any(line.startswith("skipped: ") and f"{data}:6:4" in line for line in proc.stdout.splitlines())


def test_incompatible_unit_names_both_units(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "南安市,人均预期寿命,2020,78.5,岁,\n南安市,人均预期寿命,2024,79,%,\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:3", "%", "岁")


def test_incompatible_unit_skipped_with_skip_bad_rows(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "南安市,人均预期寿命,2020,78.5,岁,\n南安市,人均预期寿命,2024,79,%,\n")
    proc, doc = run_json(TABLE_PLAN, data, "--skip-bad-rows")
    assert proc.returncode in (0, 1)
    assert len(doc["skipped_rows"]) == 1 and f"{data}:3" in doc["skipped_rows"][0]
    assert result(doc, "life_expectancy")["year"] == 2020


def test_compatible_unit_is_converted(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "南安市,婴儿死亡率,2024,0.358,%,\n")
    proc, doc = run_json("nanan-2030", data)
    infant = result(doc, "infant_mortality")
    assert infant["value"] == pytest.approx(3.58)
    assert infant["unit"] == "‰"
    assert infant["evidence"]["observation"]["data_unit"] == "%"


def test_conflicting_duplicate_names_both_lines(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "南安市,人均预期寿命,2024,79,岁,\n南安市,人均预期寿命,2024,80,岁,\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2", f"{data}:3", "'79'", "'80'")


def test_conflicting_duplicate_id_and_chinese_name(tmp_path):
    data = write(tmp_path / "data.csv",
                 HEADER + "南安市,life_expectancy,2024,79,岁,\n南安市,人均预期寿命,2024,80,岁,\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2", f"{data}:3", "'79'", "'80'")


def test_conflicting_duplicate_default_region(tmp_path):
    # no region cell means the plan's region: the two rows are the same observation
    data = write(tmp_path / "data.csv", HEADER + "南安市,人均预期寿命,2024,79,岁,\n,人均预期寿命（岁）,2024,80,,\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2", f"{data}:3")


def test_conflicting_duplicate_across_files(tmp_path):
    first = write(tmp_path / "a.csv", HEADER + "南安市,人均预期寿命,2024,79,岁,\n")
    second = write(tmp_path / "b.csv", HEADER + "南安市,人均预期寿命,2024,80,岁,\n")
    proc = run("nanan-2030", first, second)
    assert_input_error(proc, f"{first}:2", f"{second}:2")


def test_equal_duplicate_is_fine(tmp_path):
    data = write(tmp_path / "data.csv",
                 HEADER + "南安市,life_expectancy,2024,79.2,岁,\n南安市,人均预期寿命,2024,79.2,岁,\n")
    proc, doc = run_json(TABLE_PLAN, data)
    assert proc.returncode in (0, 1)
    assert result(doc, "life_expectancy")["value"] == 79.2


def test_duplicate_in_other_region_is_no_conflict(tmp_path):
    data = write(tmp_path / "data.csv",
                 HEADER + "南安市,重大慢性病过早死亡率,2024,15.3,%,\n福建省,重大慢性病过早死亡率,2024,15.2,%,\n")
    proc, doc = run_json(TABLE_PLAN, data)
    assert result(doc, "premature_ncd_mortality")["status"] == "warn"


def test_missing_required_column(tmp_path):
    data = write(tmp_path / "data.csv", "region,indicator,value,unit\n南安市,人均预期寿命,79,岁\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:1", "missing column year")


def test_not_a_year(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "南安市,人均预期寿命,二〇二四,79,岁,\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2:3", "二〇二四")


def test_empty_file(tmp_path):
    data = write(tmp_path / "empty.csv", "")
    proc = run("nanan-2030", data)
    assert_input_error(proc, str(data), "empty")


def test_header_only(tmp_path):
    data = write(tmp_path / "header.csv", HEADER)
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:1", "no data rows")


def test_binary_file(tmp_path):
    data = tmp_path / "binary.csv"
    data.write_bytes(b"region,indicator\x00\x01\x02\xff\xfe\x00" * 10)
    proc = run("nanan-2030", data)
    assert_input_error(proc, str(data), "not a text/CSV file")


def test_excel_workbook(tmp_path):
    data = tmp_path / "data.csv"
    data.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    proc = run("nanan-2030", data)
    assert_input_error(proc, str(data), "Excel")


def test_nonexistent_path(tmp_path):
    data = tmp_path / "nope.csv"
    proc = run("nanan-2030", data)
    assert_input_error(proc, str(data), "no such file")


def test_directory(tmp_path):
    proc = run("nanan-2030", tmp_path)
    assert_input_error(proc, str(tmp_path), "directory")


def test_nothing_checked_when_a_second_file_is_bad(tmp_path):
    bad = write(tmp_path / "bad.csv", HEADER + "南安市,婴儿死亡率,2024,abc,‰,\n")
    proc = run("nanan-2030", LONG, bad)
    assert_input_error(proc, f"{bad}:2:4")


def test_unknown_plan_id():
    proc = run("no-such-plan-2030", LONG)
    assert proc.returncode == 2
    assert proc.stdout == ""


def test_no_data_file_is_usage_error():
    proc = run("nanan-2030")
    assert proc.returncode == 2
    assert proc.stdout == ""


# --- 6. unknown indicators and near-miss names --------------------------------------------------


def test_unknown_indicator_listed_once_and_left_out(tmp_path):
    data = write(tmp_path / "data.csv", HEADER + "".join(
        f"南安市,每千人口执业医师数,{year},2.{year - 2000},人,\n" for year in (2020, 2022, 2024)
    ) + "南安市,公园绿地面积,2024,12,平方米,\n")
    proc, doc = run_json(TABLE_PLAN, data)
    unknown = {u["name"]: u for u in doc["unknown_indicators"]}
    assert set(unknown) == {"每千人口执业医师数", "公园绿地面积"}
    assert unknown["每千人口执业医师数"]["rows"] == 3
    assert unknown["每千人口执业医师数"]["first"] == f"{data}:2:2"  # at its name (round 40)
    assert unknown["每千人口执业医师数"]["did_you_mean"].startswith("每千常住人口执业（助理）医师数")
    assert unknown["公园绿地面积"]["did_you_mean"] is None
    assert result(doc, "physicians_per_1000")["value"] is None  # left out, not guessed
    assert "公园绿地面积" not in {r["name_zh"] for r in doc["results"]}
    table = run(TABLE_PLAN, data).stdout.splitlines()
    assert len([line for line in table if "每千人口执业医师数" in line]) == 1
    assert len([line for line in table if "公园绿地面积" in line]) == 1


@pytest.mark.parametrize("name", ["人均预期寿命（岁）", "人均预期寿命(岁)", "人均预期寿命 ( 岁 )", "life_expectancy"])
def test_name_with_unit_in_brackets_is_matched(tmp_path, name):
    data = write(tmp_path / "data.csv", f"indicator,year,value\n{name},2020,78.5\n{name},2024,79.2\n")
    proc, doc = run_json(TABLE_PLAN, data)
    assert doc["unknown_indicators"] == []
    life = result(doc, "life_expectancy")
    assert (life["value"], life["unit"], life["status"]) == (79.2, "岁", "pass")


def test_bracket_unit_is_converted(tmp_path):
    data = write(tmp_path / "data.csv", "indicator,year,value\n婴儿死亡率（%）,2024,0.358\n")
    proc, doc = run_json("nanan-2030", data)
    assert doc["unknown_indicators"] == []
    assert result(doc, "infant_mortality")["value"] == pytest.approx(3.58)


def test_bracket_unit_incompatible_is_an_error(tmp_path):
    data = write(tmp_path / "data.csv", "indicator,year,value\n人均预期寿命（%）,2024,79\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2", "%", "岁")


def test_bracket_unit_contradicting_unit_column_is_an_error(tmp_path):
    # the name says %, the unit column says ‰: one of them is wrong, and the value means 10× more or less
    data = write(tmp_path / "data.csv", "indicator,year,value,unit\n婴儿死亡率（%）,2024,0.358,‰\n")
    proc = run("nanan-2030", data)
    assert_input_error(proc, f"{data}:2", "%", "‰")


@pytest.mark.parametrize("name", ["人均预期寿命值", "人均预期寿"])
def test_near_miss_name_is_listed_with_did_you_mean(tmp_path, name):
    data = write(tmp_path / "data.csv", f"indicator,year,value\n{name},2020,78.5\n{name},2024,79.2\n")
    proc, doc = run_json(TABLE_PLAN, data)
    assert len(doc["unknown_indicators"]) == 1
    unknown = doc["unknown_indicators"][0]
    assert unknown["rows"] == 2
    assert unknown["did_you_mean"] == "人均预期寿命 (life_expectancy)"
    assert result(doc, "life_expectancy")["value"] is None
    table = run(TABLE_PLAN, data)
    assert "是否指 人均预期寿命 (life_expectancy)" in table.stdout
    english = run(TABLE_PLAN, data, "--lang", "en")
    assert "did you mean 人均预期寿命 (life_expectancy)" in english.stdout
