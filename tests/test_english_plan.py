"""A plan written in English: names and title in English alone, target texts in English, data with
English headers and names. It was refused (``missing required key 'zh'`` at every name), so a plan of
a place that writes in English could not be checked at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.plan.lint import lint

PLAN = """\
plan:
  id: riverton-2030
  title: {en: Healthy Riverton 2030}
  region: Riverton
  base_year: 2020
  target_years: [2025, 2030]
  references: {province: Eastshire}
indicators:
  - id: life_expectancy
    name: {en: Life expectancy at birth}
    unit: years
    direction: up
    baseline: {2020: "78.0"}
    targets:
      2030: {text: "at least 80 years"}
  - id: smoking
    name: {en: Adult smoking rate}
    unit: "%"
    direction: down
    baseline: {2020: "25"}
    targets:
      2030: {text: "reduce by 20% from 2020"}
  - id: exercise
    name: {en: Share exercising regularly, zh: 经常参加体育锻炼人数比例}
    unit: "%"
    direction: up
    targets:
      2030: {text: "higher than the provincial average"}
"""

DATA = """\
Region,Indicator,Year,Value,Unit
Riverton,Life expectancy at birth,2030,80.4,years
Riverton,Adult smoking rate,2030,21.5,%
Riverton,经常参加体育锻炼人数比例,2030,37,%
Eastshire,Share exercising regularly,2030,38.2,%
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
    plan.write_text(PLAN, encoding="utf-8")
    data.write_text(DATA, encoding="utf-8")
    return str(plan), str(data)


def test_an_english_plan_lints_clean(files) -> None:
    assert [p for p in lint(files[0]) if p.severity == "error"] == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_english_plan_is_checked_in_either_language(files, lang: str) -> None:
    done = CliRunner().invoke(main, ["check", *files, "--format", "json", "--lang", lang, "--as-of", "2030"])
    assert done.exit_code == 1, done.output  # one target fails
    results = {r["indicator"]: r for r in json.loads(done.output)["results"]}
    # 80.4 ≥ 80 passes; 25 − 20% = 20, and 21.5 is above it in the target year; 37 is below 38.2
    assert {key: r["status"] for key, r in results.items()} == {"life_expectancy": "pass", "smoking": "fail",
                                                                 "exercise": "fail"}
    assert results["life_expectancy"]["name_zh"] == "Life expectancy at birth"  # the plan's own words
    assert results["exercise"]["name_zh"] == "经常参加体育锻炼人数比例"


def test_an_empty_name_says_so(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.replace("name: {en: Adult smoking rate}", "name: {}"), encoding="utf-8")
    errors = [p for p in lint(str(plan)) if p.severity == "error"]
    assert [(p.message, p.location.line) for p in errors] == [("the name is empty", 17)]
    assert "either alone" in errors[0].hint


def test_the_report_names_an_english_plan_once(files, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = CliRunner().invoke(main, ["report", *files, "-o", str(out), "--lang", "en", "--as-of", "2030"])
    assert done.exit_code in (0, 1), done.output
    assert '<p class="kicker">Healthy Riverton 2030</p>' in out.read_text(encoding="utf-8")
