"""`checker check` over many regions, in streamed formats, and with several plans (issue 9), end to end.

The fixture tests/data/regions.csv has three counties (南安市, 晋江市, 石狮市) with the rows of the
table plan (tests/data/nanan-table.yaml) and the province (福建省), the plan's reference region.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLAN = "tests/data/nanan-table.yaml"
DATA = "tests/data/regions.csv"
COUNTIES = ["南安市", "晋江市", "石狮市"]
CSV_COLUMNS = ["region", "indicator", "name_zh", "target_year", "target_text", "kind", "year", "value", "unit",
               "assessment", "status", "reason_zh", "reason_en"]


def run(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"})
    assert "Traceback" not in done.stderr + done.stdout
    return done


def as_json(*args: str) -> dict:
    done = run("check", *args, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def everything() -> dict:
    return as_json(PLAN, DATA, "--all-regions")


def test_each_region_equals_checking_it_alone(everything):
    assert everything["regions"] == COUNTIES  # the province supplies references, it is not judged
    assert everything["region"] is None
    for region in COUNTIES:
        alone = as_json(PLAN, DATA, "--region", region)
        assert "regions" not in alone and "rollup" not in alone  # single-region JSON unchanged
        assert [r for r in everything["results"] if r["region"] == region] == alone["results"]


def test_rollup_counts_are_the_sums_of_the_results(everything):
    rollup = everything["rollup"]
    assert [row["region"] for row in rollup["regions"]] == COUNTIES
    for row in rollup["regions"]:
        mine = [r["status"] for r in everything["results"] if r["region"] == row["region"]]
        assert {s: row[s] for s in ("pass", "warn", "fail", "n/a")} == {s: mine.count(s) for s in ("pass", "warn", "fail", "n/a")}
    totals = {s: sum(row[s] for row in rollup["regions"]) for s in ("pass", "warn", "fail", "n/a")}
    # the plan's own base values (南安市's) are never another county's: 晋江市 and 石狮市 have no 2020 literacy
    assert totals == everything["summary"] == {"pass": 16, "warn": 5, "fail": 12, "n/a": 9}
    for row in rollup["indicators"]:
        mine = [r for r in everything["results"] if r["indicator"] == row["indicator"]
                and r["target_year"] == row["target_year"]]
        assert row["regions"] == len(mine) == 3
        assert row["passing"] == sum(r["status"] == "pass" for r in mine)
    infant = next(row for row in rollup["indicators"] if row["indicator"] == "infant_mortality")
    assert infant["passing"] == 3 and infant["share_passing"] == 1.0 and infant["worst_regions"] == []
    maternal = next(row for row in rollup["indicators"] if row["indicator"] == "maternal_mortality")
    assert maternal["passing"] == 0 and maternal["share_passing"] == 0.0 and len(maternal["worst_regions"]) == 3


def test_named_regions_and_exit_codes():
    chosen = as_json(PLAN, DATA, "--regions", "南安市，晋江市")
    assert chosen["regions"] == ["南安市", "晋江市"]
    assert {r["region"] for r in chosen["results"]} == {"南安市", "晋江市"}
    assert run("check", PLAN, DATA, "--all-regions").returncode == 1  # fails present, default --fail-on fail
    bad = run("check", PLAN, DATA, "--regions", "福建省")
    assert bad.returncode == 2 and "reference" in bad.stderr
    typo = run("check", PLAN, DATA, "--regions", "石师市")
    assert typo.returncode == 2 and "did you mean 石狮市" in typo.stderr
    for clash in (("--region", "南安市", "--all-regions"), ("--all-regions", "--regions", "南安市")):
        done = run("check", PLAN, DATA, *clash)
        assert done.returncode == 2 and "cannot be used together" in done.stderr


def test_table_prints_the_rollup():
    done = run("check", PLAN, DATA, "--all-regions", "--lang", "en")
    assert done.returncode == 1
    out = done.stdout
    assert "3 regions" in out and "Worst binding failure" in out and "Share passing" in out
    assert "PASS 16" in out and "FAIL 12" in out and "(3 regions, 42 results)" in out
    for region in COUNTIES:
        assert region in out
    assert "Reason" not in out  # the roll-up, not every result


def test_jsonl_one_line_per_result(everything, tmp_path):
    out = tmp_path / "out.jsonl"
    done = run("check", PLAN, DATA, "--all-regions", "--format", "jsonl", "--output", str(out))
    assert done.returncode == 1 and done.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    from checker.reporters.streamed import records as rebuilt

    records = list(rebuilt(lines))
    assert len(records) == len(everything["results"]) + 1
    assert records[:-1] == everything["results"]
    summary = records[-1]["summary"]
    assert summary["counts"] == everything["summary"] and summary["results"] == 42
    assert summary["regions"] == COUNTIES
    assert not list(tmp_path.glob(".checker-*"))  # the temporary file was renamed
    stdout = run("check", PLAN, DATA, "--all-regions", "--format", "jsonl").stdout
    assert stdout == out.read_text(encoding="utf-8")


def test_csv_one_row_per_result(everything, tmp_path):
    out = tmp_path / "out.csv"
    done = run("check", PLAN, DATA, "--all-regions", "--format", "csv", "-o", str(out))
    assert done.returncode == 1
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == len(everything["results"]) + 1
    for row, record in zip(rows[1:], everything["results"]):
        assert row[0] == record["region"] and row[1] == record["indicator"] and row[10] == record["status"]
        assert row[11] == record["reason"]["zh"]


def test_csv_escapes_formulas(tmp_path):
    lines = (ROOT / DATA).read_text(encoding="utf-8").splitlines()
    evil = [line.replace("南安市", "=HYPERLINK(1)", 1) for line in lines if line.startswith("南安市,")]
    data = tmp_path / "evil.csv"
    data.write_text("\n".join([*lines, *evil]) + "\n", encoding="utf-8")
    done = run("check", PLAN, str(data), "--regions", "=HYPERLINK(1)", "--format", "csv")
    assert done.returncode == 1, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))[1:]
    assert len(rows) == 14
    assert all(row[0] == "'=HYPERLINK(1)" for row in rows)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row if cell and
                   not cell.lstrip("-").replace(".", "", 1).isdigit())  # numbers are left as numbers


def test_other_formats_with_many_regions(tmp_path):
    junit = run("check", PLAN, DATA, "--all-regions", "--format", "junit").stdout
    for region in COUNTIES:
        assert f'<testsuite name="nanan-2030 {region}" tests="14"' in junit
    assert '<testsuites name="checker" tests="42"' in junit
    for fmt in ("github", "markdown", "sarif"):
        done = run("check", PLAN, DATA, "--all-regions", "--format", fmt)
        assert done.returncode == 1 and done.stdout, fmt
    pytest.importorskip("openpyxl")
    done = run("check", PLAN, DATA, "--all-regions", "--format", "xlsx", "-o", str(tmp_path / "out.xlsx"))
    assert done.returncode == 1 and (tmp_path / "out.xlsx").stat().st_size > 0


def test_two_plans_in_one_run(tmp_path):
    data = tmp_path / "two.csv"
    data.write_text((ROOT / DATA).read_text(encoding="utf-8") + "饶平县,人均预期寿命,2024,79.0,岁,\n", encoding="utf-8")
    document = as_json(PLAN, "raoping-2030", str(data))
    assert set(document) == {"checker", "reports"}
    assert [(r["plan"]["id"], r["region"]) for r in document["reports"]] == [("nanan-2030", "南安市"),
                                                                              ("raoping-2030", "饶平县")]
    assert document["reports"][0]["results"] == as_json(PLAN, str(data))["results"]
    life = next(r for r in document["reports"][1]["results"] if r["indicator"] == "life_expectancy")
    assert life["region"] == "饶平县" and life["value"] == 79.0
    table = run("check", PLAN, "raoping-2030", str(data)).stdout
    assert "— 南安市 —" in table and "— 饶平县 —" in table
    lines = run("check", PLAN, "raoping-2030", str(data), "--format", "jsonl").stdout.splitlines()
    assert sum("summary" in json.loads(line) for line in lines) == 2
    from checker.reporters.streamed import records as rebuilt

    reports: list[list[dict]] = [[]]
    for item in rebuilt(lines):  # each plan's records, then its summary line
        if "summary" in item:
            reports.append([])
        else:
            reports[-1].append(item)
    assert reports[:-1] == [r["results"] for r in document["reports"]] and reports[-1] == []
    done = run("check", PLAN, "raoping-2030", str(data), "--format", "junit")
    assert done.returncode == 2 and "several plans" in done.stderr
    done = run("check", PLAN, "raoping-2030", str(data), "--all-regions")
    assert done.returncode == 2


@pytest.mark.parametrize("installed", [False, True])
def test_a_national_run_without_the_scale_extra_says_once_what_it_would_gain(monkeypatch, installed):
    from click.testing import CliRunner

    from checker import cli
    from checker.data import columnar

    monkeypatch.setattr(cli, "SCALE_HINT_FROM_ROWS", 10)  # the example stands in for a million-row file
    monkeypatch.setattr(columnar, "available", lambda: installed)
    data = str(Path(__file__).resolve().parent.parent / "examples" / "nanan-2030.csv")
    try:
        runner = CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        runner = CliRunner()  # click >= 8.2 always keeps it apart
    result = runner.invoke(cli.main, ["check", "nanan-2030", data, "--all-regions", "--format", "jsonl"])
    assert result.exit_code in (0, 1), result.output
    assert result.stderr.count("health-plan-checker[scale]") == (0 if installed else 1)


def test_json_of_many_regions_is_streamed_and_holds_the_same_document():
    """--all-regions --format json is written a result at a time (issue 18 item 3): the same keys and
    values as the document built whole, summary and roll-up after the results."""
    from checker.cli import _many_regions_report
    from checker.data.readers import read_observations
    from checker.judge.policy import default_policy
    from checker.plan.loader import load_plan
    from checker.reporters import json_report

    plan = load_plan(str(ROOT / PLAN))
    observations = read_observations(str(ROOT / DATA))

    def report(on_demand: bool):
        return _many_regions_report(plan, observations, None, None, default_policy(), "zh", False, "fail", on_demand)

    chunks = json_report.stream(report(on_demand=True))
    assert not isinstance(chunks, (str, bytes))  # a generator of chunks, not one string
    streamed = json.loads("".join(chunks))
    whole = json_report.document(report(on_demand=False))
    assert streamed == whole
    assert list(streamed).index("summary") > list(streamed).index("results")


def test_parquet_holds_every_result_and_its_whole_evidence(everything, tmp_path):
    pl = pytest.importorskip("polars")
    out = tmp_path / "out.parquet"
    done = run("check", PLAN, DATA, "--all-regions", "--format", "parquet", "--output", str(out))
    assert done.returncode == 1 and done.stdout == "", done.stderr
    table = pl.read_parquet(out)
    assert table.columns == ["region", "indicator", "name_zh", "name_en", "domain", "nature", "target_year",
                             "target_text", "kind", "year", "value", "unit", "assessment", "status", "reason_zh",
                             "reason_en", "evidence"]
    rebuilt = [{**{k: row[k] for k in table.columns if k not in ("reason_zh", "reason_en", "evidence")},
                "reason": {"zh": row["reason_zh"], "en": row["reason_en"]}, "evidence": json.loads(row["evidence"])}
               for row in table.iter_rows(named=True)]
    assert rebuilt == everything["results"]  # every record, evidence included, rebuilt from the file
    summary = json.loads(pl.read_parquet_metadata(out)["checker.summary"])
    assert summary["counts"] == everything["summary"] and summary["regions"] == COUNTIES
    assert not list(tmp_path.glob(".checker-*"))
    # the same table from --parquet FILE beside another format
    also = tmp_path / "also.parquet"
    done = run("check", PLAN, DATA, "--all-regions", "--format", "jsonl", "--parquet", str(also))
    assert done.returncode == 1 and pl.read_parquet(also).equals(table)


def test_parquet_is_never_written_to_a_terminal_and_needs_polars(tmp_path, monkeypatch):
    done = run("check", PLAN, DATA, "--all-regions", "--format", "parquet")
    assert done.returncode == 2 and "--output FILE.parquet" in done.stderr
    from click.testing import CliRunner

    from checker import cli

    monkeypatch.setitem(sys.modules, "polars", None)  # as without the scale extra
    result = CliRunner().invoke(cli.main, ["check", str(ROOT / PLAN), str(ROOT / DATA), "--all-regions",
                                           "--format", "parquet", "-o", str(tmp_path / "x.parquet")])
    assert result.exit_code == 2 and "health-plan-checker[scale]" in result.output
    assert not (tmp_path / "x.parquet").exists()
