"""Round 35: lint's typo hint for a target year names the year whose digits it has, whatever the order of target_years."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from checker.cli import main
from files import written

PLAN = """plan: {id: ty, title: {zh: 某市}, source: {file: p.txt}, region: 某市, base_year: 2020, target_years: [2035, 2030, 2027]}
indicators:
  - id: life_expectancy
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2072: {text: '80', source: {line: 1, quote: '80'}}
"""


def test_typo_hint_names_the_year_with_the_same_digits(tmp_path: Path) -> None:
    """2072 under [2035, 2030, 2027] said 'has the digits of 2035' (the first year in the list with 20 in place); its
    digits are 2027's."""
    result = CliRunner().invoke(main, ["lint", written(tmp_path, PLAN, "plan.yaml")])
    assert result.exit_code == 1  # (lint: 1 on problems, design.md)
    assert "has the digits of 2027" in result.output
    assert "2072 for 2027?" in result.output
