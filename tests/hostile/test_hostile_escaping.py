"""Issue 15 items 6–11: text from a data or plan file never drives the terminal, never starts a GitHub
workflow command, is never rich markup, never a Markdown link, image or mention, never crashes the
xlsx export, and never splits a JSON Lines record."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from checker.reporters.escaping import markdown, printable, visible

from conftest import EXAMPLE_DATA, calm, run_checker

ESCAPES = "\x1b]0;owned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\u202e"
INJECTED = "\n::error file=x::injected\n::stop-commands::abc"
EVIL_INDICATOR = "恶意指标" + ESCAPES + INJECTED
EVIL_REGION = "[link=https://evil.example]点我[/]" + ESCAPES
MARKDOWN_BAIT = "[点我](https://evil.example) ![img](https://evil.example/x.png) @octocat *粗* <b>x</b>"
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_data(folder: Path) -> Path:
    """The example data, plus rows whose indicator, region and note are hostile."""
    rows = list(csv.reader(EXAMPLE_DATA.open(encoding="utf-8")))
    rows.append(["南安市", EVIL_INDICATOR, "2024", "1", "%", "note" + ESCAPES])
    rows.append(["南安市", MARKDOWN_BAIT, "2024", "1", "%", ""])
    rows.append(["南安市", "人均预期寿命", "2025", "79.3", "岁", "备注\x01\x0b" + INJECTED])
    rows += [[EVIL_REGION, indicator, year, value, unit, note] for _, indicator, year, value, unit, note in rows[1:6]]
    path = folder / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def no_commands_but_ours(text: str, ours: bool = False) -> None:
    """No line is a workflow command, or (``ours``) only checker's own annotations are."""
    for line in text.splitlines():
        if line.lstrip().startswith("::"):
            assert ours and line.startswith(("::error ", "::warning ", "::notice ")), line
            assert not line.startswith(("::error file=x", "::stop-commands")), line


@pytest.mark.parametrize("options", [[], ["--lang", "en"], ["--all-regions"], ["--region", EVIL_REGION]])
def test_the_table_shows_hostile_names_escaped(tmp_path, options):
    result = run_checker(["check", "nanan-2030", str(hostile_data(tmp_path)), *options], tmp_path)
    output = calm(result, {0, 1})
    assert not RAW_CONTROLS.search(output), repr(output)
    no_commands_but_ours(output)
    if "--region" not in options:
        assert "\\x1b]0;owned" in output  # shown, not hidden


def test_markup_in_a_region_is_printed_as_written(tmp_path):
    result = run_checker(["check", "nanan-2030", str(hostile_data(tmp_path)), "--regions", f"南安市,{EVIL_REGION}"],
                         tmp_path)
    output = calm(result, 1)
    assert "[link=https://evil.example]点我[/]" in output


def test_error_messages_are_escaped(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("region,indicator,year,value\n南安市,人均预期寿命,2024,\"abc" + ESCAPES + INJECTED + "\"\n",
                    encoding="utf-8")
    result = run_checker(["check", "nanan-2030", str(path)], tmp_path)
    output = calm(result, 2)
    assert not RAW_CONTROLS.search(output)
    no_commands_but_ours(output)


def test_a_hostile_plan_title_is_escaped(tmp_path):
    plan = (Path(__file__).resolve().parents[2] / "plans" / "nanan-2030.yaml").read_text(encoding="utf-8")
    title = re.search(r"^  title: \{zh: (.*?),", plan, re.MULTILINE)
    assert title, "the plan's title line"
    hostile = plan.replace(title.group(1), '"::error::title\\e]0;x\\a[/]"', 1)
    path = tmp_path / "plan.yaml"
    path.write_text(hostile, encoding="utf-8")
    output = calm(run_checker(["check", str(path), str(EXAMPLE_DATA)], tmp_path), 1)
    assert not RAW_CONTROLS.search(output)
    no_commands_but_ours(output)


def test_github_annotations_cannot_inject_commands(tmp_path):
    result = run_checker(["check", "nanan-2030", str(hostile_data(tmp_path)), "--format", "github"], tmp_path)
    output = calm(result, 1)
    assert not RAW_CONTROLS.search(output)
    no_commands_but_ours(output, ours=True)


def test_validate_text_is_escaped(tmp_path):
    result = run_checker(["validate", str(hostile_data(tmp_path)), "--plan", "nanan-2030"], tmp_path)
    output = calm(result, {0, 1})
    assert not RAW_CONTROLS.search(output)
    no_commands_but_ours(output)


def test_markdown_summary_has_no_links_images_or_mentions(tmp_path):
    summary = tmp_path / "summary.md"
    calm(run_checker(["check", "nanan-2030", str(hostile_data(tmp_path)), "--markdown", str(summary)], tmp_path), 1)
    text = summary.read_text(encoding="utf-8")
    assert "](https://evil" not in text.replace("\\](", "")
    assert "![" not in text.replace("\\!\\[", "")
    assert "@octocat" not in text and "<b>" not in text
    assert not RAW_CONTROLS.search(text)


def test_xlsx_replaces_control_characters_visibly(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out.xlsx"
    calm(run_checker(["check", "nanan-2030", str(hostile_data(tmp_path)), "--format", "xlsx", "--output", str(out)],
                     tmp_path), 1)
    cells = [str(c.value) for sheet in openpyxl.load_workbook(out) for row in sheet.iter_rows() for c in row
             if c.value is not None]
    assert any("\\x01" in value for value in cells)


def test_xlsx_says_where_a_cell_was_cut(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from checker.reporters.xlsx import set_cell

    cell = openpyxl.Workbook().active.cell(1, 1)
    set_cell(cell, "长" * 40_000)
    assert len(cell.value) == 32_767 and "cut" in cell.value


def test_jsonl_records_stay_one_line(tmp_path):
    path = tmp_path / "data.csv"
    rows = list(csv.reader(EXAMPLE_DATA.open(encoding="utf-8")))
    rows = [row[:5] + [f"注\u2028{row[5]}\u2029\x85"] if index else row for index, row in enumerate(rows)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = run_checker(["check", "nanan-2030", str(path), "--format", "jsonl"], tmp_path)
    calm(result, 1)
    raw = result.stdout
    assert not set("\u2028\u2029\x85") & set(raw)
    for line in raw.split("\n"):
        if line:
            json.loads(line)
    assert any("\u2028" in json.dumps(json.loads(line), ensure_ascii=False) for line in raw.split("\n") if line)


def test_the_escaping_functions():
    assert visible("a\x1b[2Jb\nc") == "a\\x1b[2Jb\\nc"
    assert visible("::error::x") == "\\::error::x"
    assert printable("ok\n  ::warning::x\n\u202e") == "ok\n  \\::warning::x\n\\u202e"
    assert markdown("[a](b) @c") == "\\[a\\](b) ＠c"


def test_jsonl_records_stay_one_line_when_written_from_columns(tmp_path):
    """A national run's lines are made by polars and written as its UTF-8 bytes: the three characters
    are escaped there too (the benchmark's generated data for three regions, noted, read and judged by columns)."""
    pytest.importorskip("polars")
    import subprocess
    import sys

    generated, path, out = tmp_path / "generated.csv", tmp_path / "data.csv", tmp_path / "out.jsonl"
    subprocess.run([sys.executable, str(Path(__file__).parents[2] / "benchmarks" / "scale" / "generate.py"),
                    "--regions", "3", str(generated)], check=True, capture_output=True)
    rows = list(csv.reader(generated.open(encoding="utf-8", newline="")))
    noted = [row[:5] + [f"注\u2028甲\u2029乙\x85丙{row[5]}"] for row in rows[1:]]  # inside: a note is trimmed
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([rows[0], *noted])
    result = run_checker(["check", "nanan-2030", str(path), "--all-regions", "--as-of", "2030", "--format", "jsonl",
                          "--output", str(out)], tmp_path, env={"CHECKER_COLUMNAR_FROM_BYTES": "0"})
    calm(result, {0, 1})
    raw = out.read_text(encoding="utf-8")
    assert not set("\u2028\u2029\x85") & set(raw)
    lines = [json.loads(line) for line in raw.split("\n") if line]
    assert sum("\u2028" in json.dumps(line, ensure_ascii=False) for line in lines) > 100
