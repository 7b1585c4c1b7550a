"""Twenty-sixth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.language.grammar import parse_target
from files import HEAD, written


def _reading(phrase: str, unit: str = "%", direction: str = "down"):
    rule = parse_target(phrase, unit=unit, direction=direction)
    return rule.kind, rule.op, rule.value, rule.year, rule.base_year


@pytest.mark.parametrize("phrase", ["2020年基线值为15%", "基期水平为80岁", "2025年基线值为15%以上"])
def test_a_value_stated_as_the_baseline_is_no_target(phrase):
    """`2020年基线值为15%` was read as a 2020 target of ≥ 15%: a base year's fact, as a plan's text states it
    beside its targets, is no promise."""
    with pytest.raises(CheckerError):
        _reading(phrase, "岁" if "岁" in phrase else "%", "up")
