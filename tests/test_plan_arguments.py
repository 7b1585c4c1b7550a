"""`check` and `report` say what a wrong plan argument is, and list every plan problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = str(ROOT / "examples" / "nanan-2030.csv")


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("command", [["check"], ["report", "-o", "out.html"]])
def test_a_mistyped_plan_id_is_named_with_a_suggestion(command):
    result = run(*command, "nanan-2003", DATA)
    assert result.exit_code == 2
    assert "nanan-2003: no such plan file or bundled plan id" in result.output
    assert "did you mean 'nanan-2030'" in result.output and "give one or more plans" not in result.output


@pytest.mark.parametrize("command", [["check"], ["report", "-o", "out.html"]])
def test_a_directory_as_the_plan_is_named(command):
    result = run(*command, str(ROOT / "plans"), DATA)
    assert result.exit_code == 2
    assert "is a directory, not a plan file" in result.output and "nanan-2030.yaml" in result.output


def test_data_without_a_plan_says_the_plan_comes_first():
    result = run("check", DATA)
    assert result.exit_code == 2 and "is a data file, not a plan" in result.output


def test_check_lists_every_plan_problem(tmp_path):
    plan = tmp_path / "plan.yaml"
    indicators = "".join(
        f"  - id: rate_{n}\n    name: {{zh: 率{n}}}\n    unit: '%'\n    direction: up\n"
        f"    targets:\n      2030: {{text: {phrase}}}\n"
        for n, phrase in enumerate(["二十五左右吧", "大概好一点", "也许吧", "看情况", "差不多", "说不好"]))
    plan.write_text("plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2030]}\n"
                    "indicators:\n" + indicators, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("indicator,year,value\n率0,2024,1\n", encoding="utf-8")
    linted = run("lint", str(plan))
    checked = run("check", str(plan), str(data))
    assert checked.exit_code == 2 and "6 problems in the plan" in checked.output
    for phrase in ["二十五左右吧", "大概好一点", "也许吧", "看情况", "差不多", "说不好"]:
        assert phrase in checked.output and phrase in linted.output


def test_every_install_hint_names_the_distribution():
    """`pip install 'checker[xlsx]'` would install an unrelated PyPI package named checker."""
    import tomllib

    import checker

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == checker.DISTRIBUTION != "checker"
    assert project["scripts"] == {"checker": "checker.cli:main"}  # the command stays
    texts = [ROOT / "README.md", ROOT / "action.yml", *ROOT.glob("docs/*.md"), *ROOT.glob("checker/**/*.py"),
             *ROOT.glob("examples/**/*.md"), *ROOT.glob("benchmarks/*.md")]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert "install 'checker[" not in text and 'install "checker[' not in text and "install checker[" not in text, path


def test_readme_documents_every_option_of_check_validate_and_report():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("check", "validate", "report"):
        for param in main.commands[name].params:
            for option in param.opts:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{name} {option}"
    flat = " ".join(readme.split())
    assert "**`--as-of YEAR`**" in flat and "after the plan's last target year" in flat


def test_readme_ci_validate_example_passes_on_the_bundled_data(monkeypatch):
    import re
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if re.match(r"checker validate examples/", line))
    monkeypatch.chdir(ROOT)
    result = run(*shlex.split(line)[1:])
    assert result.exit_code == 0, result.output
