"""The command line (design.md §5): output, exit codes, located errors, and never a traceback for bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "nanan-2030.yaml"
SOURCE = BUNDLED.read_text(encoding="utf-8")
#: The table-only version of the bundled plan (14 rows, one target each, lints with no problem at all),
#: frozen as a fixture: the broken copies are made from it, so that they have exactly one problem.
TABLE = ROOT / "tests" / "data" / "nanan-table.yaml"
TABLE_SOURCE = TABLE.read_text(encoding="utf-8")
MATERNAL_TARGET = '      2030:\n        text: "≤12"\n        source: {line: 160, quote: "≤12"}\n'
RULE_KEYS = {"text", "kind", "op", "value", "upper", "unit", "reference", "base_year", "modifiers", "notes", "error"}


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        return CliRunner()  # click >= 8.2 always keeps it apart


def run(*args: str, input: str | None = None):
    return _runner().invoke(main, list(args), input=input)


def run_process(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=input, capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
    )


def _write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _conflict_plan(tmp_path: Path) -> Path:
    new = (
        "      2030:\n"
        '        - text: "≤12"\n'
        '          source: {line: 160, quote: "≤12"}\n'
        '        - text: "15以上"\n'
        '          source: {line: 300, quote: "15以上"}\n'
    )
    assert MATERNAL_TARGET in TABLE_SOURCE
    return _write(tmp_path, TABLE_SOURCE.replace(MATERNAL_TARGET, new))


# --- version -----------------------------------------------------------------------------------------


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.output


def test_version_subprocess():
    proc = run_process("--version")
    assert proc.returncode == 0
    assert "0.1.0" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_the_cycle_collector_is_on_after_importing_and_after_each_check(tmp_path):
    """The command line pauses the collector while it is imported and during a check's work (start-up and
    national speed); a program that imports it, or runs a check in-process, gets the collector back."""
    import gc

    assert gc.isenabled()
    assert run("check", "nanan-2030", str(ROOT / "examples/nanan-2030.csv")).exit_code == 1
    assert gc.isenabled()
    assert run("check", "nanan-2030", str(tmp_path / "missing.csv")).exit_code == 2
    assert gc.isenabled()


# --- explain -----------------------------------------------------------------------------------------


def test_explain_text_shows_kind_and_warn_band():
    result = run("explain", "≤4‰")
    assert result.exit_code == 0, result.output
    assert "upper_bound" in result.output
    assert "4.08" in result.output  # 4 + 2% of 4: the edge of the warn band


def test_explain_json_has_design_keys():
    result = run("explain", "25左右", "--unit", "%", "--direction", "down", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert RULE_KEYS <= set(data)
    assert data["text"] == "25左右"
    assert data["kind"] == "around" and data["op"] == "≈" and data["value"] == 25
    assert data["unit"] == "%" and data["error"] is None
    assert data["modifiers"] == [] and data["notes"] == []


def test_explain_json_strive_modifier():
    result = run("explain", "力争≥90%", "--unit", "%", "--direction", "up", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "lower_bound" and data["op"] == ">=" and data["value"] == 90
    assert data["modifiers"] == ["strive"]


def test_explain_stdin_one_json_line_each():
    lines = "≤4‰\n二十五左右吧\t%\tdown\n25左右\t%\tdown\n"
    result = run("explain", "-", "--format", "json", input=lines)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == 3
    for record in records:
        assert RULE_KEYS <= set(record)
    assert [r["text"] for r in records] == ["≤4‰", "二十五左右吧", "25左右"]
    assert records[0]["error"] is None and records[0]["kind"] == "upper_bound"
    assert records[1]["error"] and "二十五左右吧" in records[1]["error"] and records[1]["kind"] is None
    assert records[2]["error"] is None and records[2]["kind"] == "around" and records[2]["unit"] == "%"


def test_explain_stdin_all_good_exits_0():
    result = run("explain", "-", "--format", "json", input="≤4‰\n\n≥90%\t%\tup\n")
    assert result.exit_code == 0, result.output
    # one answer a line, the blank one's too (no target set): they line up with the column fed in (round 38)
    assert [json.loads(line)["kind"] for line in result.stdout.splitlines()] == ["upper_bound", "unspecified",
                                                                               "lower_bound"]


def test_explain_stdin_subprocess():
    proc = run_process("explain", "-", "--format", "json", input="≤4‰\n二十五左右吧\n25左右\t%\tdown\n")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["error"] is None for r in records] == [True, False, True]


def test_explain_unreadable_phrase_exits_2():
    result = run("explain", "二十五左右吧")
    assert result.exit_code == 2
    assert "二十五左右吧" in result.stderr
    assert "Traceback" not in result.output


def test_explain_unreadable_phrase_subprocess():
    proc = run_process("explain", "二十五左右吧")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ")
    assert "二十五左右吧" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_explain_incompatible_unit_names_both():
    result = run("explain", "5%", "--unit", "岁")
    assert result.exit_code == 2
    assert "%" in result.stderr and "岁" in result.stderr


def test_explain_incompatible_unit_subprocess():
    proc = run_process("explain", "5%", "--unit", "岁")
    assert proc.returncode == 2
    assert "%" in proc.stderr and "岁" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_explain_bad_direction_is_usage_error():
    result = run("explain", "≤4", "--direction", "sideways")
    assert result.exit_code == 2


# --- lint --------------------------------------------------------------------------------------------


def test_lint_bundled_plan_ok():
    result = run("lint", str(BUNDLED))
    assert result.exit_code == 0, result.output
    assert "0 error(s), " in result.output
    # the full plan keeps the body text's disagreements and its 2025 targets: warnings of those two kinds only
    problems = [line for line in result.output.splitlines() if f"{BUNDLED}:" in line]
    assert problems and all(": warning: " in line for line in problems), problems
    assert {line.rsplit("[", 1)[-1] for line in problems} <= {"conflict]", "target-year]"}, problems
    assert f"0 error(s), {len(problems)} warning(s)" in result.output


def test_lint_table_plan_clean():
    result = run("lint", str(TABLE))
    assert result.exit_code == 0, result.output
    assert "0 error(s), 0 warning(s)" in result.output


def test_lint_bundled_plan_by_id_subprocess():
    proc = run_process("lint", "nanan-2030")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_lint_broken_plan_exits_1_with_location(tmp_path):
    path = _write(tmp_path, TABLE_SOURCE.replace('text: "≤4‰"', 'text: "二十五左右吧"'))
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "二十五左右吧" in text)
    result = run("lint", str(path))
    assert result.exit_code == 1
    assert f"{path}:{line}:15: error:" in result.output
    assert "[grammar]" in result.output and "indicators[1].targets.2030.text" in result.output


def test_lint_conflict_warning_only_fails_with_strict(tmp_path):
    path = _conflict_plan(tmp_path)
    relaxed = run("lint", str(path))
    assert relaxed.exit_code == 0, relaxed.output
    assert "warning" in relaxed.output and "[conflict]" in relaxed.output
    strict = run("lint", "--strict", str(path))
    assert strict.exit_code == 1


def test_lint_missing_path_exits_2(tmp_path):
    result = run("lint", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr and "does not exist" in result.stderr


def test_lint_missing_path_subprocess(tmp_path):
    proc = run_process("lint", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_lint_directory_exits_2(tmp_path):
    result = run("lint", str(tmp_path))
    assert result.exit_code == 2
    assert "directory" in result.stderr


def test_lint_unknown_plan_id_exits_2():
    result = run("lint", "nanan-2031")
    assert result.exit_code == 2
    assert "nanan-2030" in result.stderr  # did you mean


def test_lint_json(tmp_path):
    path = _conflict_plan(tmp_path)
    result = run("lint", "--format", "json", str(path), str(TABLE))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["checker"] == "0.1.0"
    assert data["errors"] == 0 and data["warnings"] == 2  # the conflict, and 15以上 as a floor for a death rate
    (problem,) = [p for p in data["problems"] if p["code"] == "conflict"]
    assert problem["code"] == "conflict" and problem["severity"] == "warning"
    assert problem["file"] == str(path) and isinstance(problem["line"], int)
    assert problem["path"] == "indicators[3].targets.2030[1].text"


def test_lint_json_error_exit_1(tmp_path):
    path = _write(tmp_path, TABLE_SOURCE.replace('unit: "万亿元"', 'unit: "万亿元x"'))
    result = run("lint", "--format", "json", str(path))
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["errors"] == 1 and data["problems"][0]["code"] == "unit"


# --- schema and plans --------------------------------------------------------------------------------


def _stringify_keys(value):
    if isinstance(value, dict):
        return {str(key): _stringify_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(item) for item in value]
    return value


def test_schema_validates_bundled_plan():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    plan = _stringify_keys(yaml.safe_load(SOURCE))
    jsonschema.validate(plan, schema, cls=jsonschema.Draft202012Validator)
    plan["indicators"][0]["direction"] = "sideways"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(plan, schema, cls=jsonschema.Draft202012Validator)


def test_plans_lists_bundled():
    result = run("plans")
    assert result.exit_code == 0
    assert "nanan-2030" in result.output
    data = json.loads(run("plans", "--format", "json").output)
    (row,) = [r for r in data if r["id"] == "nanan-2030"]
    indicators = len(re.findall(r"^  - id: ", SOURCE, flags=re.MULTILINE))
    assert indicators > 14  # the table's 14 rows and the body text's targets
    assert row["indicators"] == indicators and row["region"] == "南安市"


# --- policy and debug --------------------------------------------------------------------------------


def test_policy_unknown_key_exits_2(tmp_path):
    policy = _write(tmp_path, "around:\n  pas: 0.1\n", "policy.yaml")
    result = run("explain", "25左右", "--policy", str(policy))
    assert result.exit_code == 2
    assert "pas" in result.stderr and "around" in result.stderr
    assert "pass" in result.stderr  # the keys it knows


def test_policy_unknown_section_exits_2(tmp_path):
    policy = _write(tmp_path, "aroun:\n  pass: 0.1\n", "policy.yaml")
    result = run("explain", "25左右", "--policy", str(policy))
    assert result.exit_code == 2
    assert "aroun" in result.stderr


def test_policy_override_changes_bands(tmp_path):
    policy = _write(tmp_path, "bound:\n  warn: 0.05\n", "policy.yaml")
    result = run("explain", "≤4‰", "--policy", str(policy))
    assert result.exit_code == 0, result.output
    assert "4.2" in result.output and "4.08" not in result.output


def test_debug_shows_traceback():
    plain = run("explain", "二十五左右吧")
    assert plain.exit_code == 2 and plain.exception is not None and isinstance(plain.exception, SystemExit)
    debug = run("--debug", "explain", "二十五左右吧")
    assert debug.exit_code == 2 and "GrammarError" in debug.stderr and "Traceback" in debug.stderr


def test_debug_shows_traceback_subprocess():
    """--debug adds the traceback and keeps the exit code: a CI gate run with it still tells a bad input (2)
    from failed targets (1)."""
    proc = run_process("--debug", "explain", "二十五左右吧")
    assert proc.returncode == 2
    assert "Traceback" in proc.stderr and "GrammarError" in proc.stderr and "error:" in proc.stderr


def test_a_reader_that_stops_reading_is_not_a_bug():
    """`checker check … | head`: the pipe closes early; no 'internal error', exit 141 (128 + SIGPIPE)."""
    # output far larger than a pipe's buffer, so that writing it must meet the closed pipe
    process = subprocess.Popen([sys.executable, "-m", "checker", "check", "nanan-2030",
                                str(ROOT / "examples/nanan-2030.csv"), "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before checker writes
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert b"internal error" not in stderr and b"Traceback" not in stderr


def test_validate_names_indicators_in_english_with_lang_en():
    english = run("validate", str(ROOT / "examples/nanan-2030.csv"), "--plan", "nanan-2030", "--lang", "en")
    chinese = run("validate", str(ROOT / "examples/nanan-2030.csv"), "--plan", "nanan-2030")
    assert "Caries rate" in english.output or "caries" in english.output.lower()
    assert "12岁儿童患龋率 (caries_rate_age12)" in chinese.output
    assert "12岁儿童患龋率 (caries_rate_age12)" not in english.output
