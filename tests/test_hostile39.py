"""Thirty-ninth round, hostile files: another region's rows in the CI formats, HTML with its optional end tags left
out, a column whose header merely holds a year, text standing in <body>, a byte-order mark mid-file, and an ESC in
a name written to JUnit."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from files import check, indicator_plan, written

# --- F1. another region's rows reach github, sarif and junit -----------------------------------------------------

#: 甲市's IMR passes; line 3 is a look-alike region (巿, U+5DFF) whose failing value was a silent n/a in CI formats
_TYPO = "region,indicator,year,value,unit\n甲市,婴儿死亡率,2025,3,‰\n甲巿,婴儿死亡率,2025,30,‰\n"


def _typo_run(folder: Path, form: str):
    plan = written(folder, indicator_plan("婴儿死亡率", "‰", "down", "≤4‰"), "plan.yaml")
    return check(plan, written(folder, _TYPO), "--as-of", "2025", "--format", form)


def test_another_regions_rows_are_a_github_warning_at_their_row(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "github")
    warnings = [line for line in result.output.splitlines() if line.startswith("::warning") and "甲巿" in line]
    assert len(warnings) == 1 and "line=3" in warnings[0] and "未纳入" in warnings[0], result.output


def test_another_regions_rows_are_a_sarif_result(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "sarif")
    run = json.loads(result.output)["runs"][0]
    found = [r for r in run["results"] if r["ruleId"] == "left-out-rows"]
    assert len(found) == 1 and found[0]["level"] == "warning" and "甲巿" in found[0]["message"]["text"], found
    assert found[0]["properties"] == {"reason": "region", "subject": "甲巿", "rows": 1}
    assert found[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert "left-out-rows" in [rule["id"] for rule in run["tool"]["driver"]["rules"]]


def test_another_regions_rows_are_said_in_junit(tmp_path: Path) -> None:
    result = _typo_run(tmp_path, "junit")
    root = ET.fromstring(result.output.split("\n", 1)[1])
    notes = " ".join(element.text or "" for element in root.iter("system-out"))
    assert "left out: region '甲巿'" in notes and "data.csv:3" in notes, result.output


# --- F7. an ESC in a name is shown as \x1b in JUnit, as in every other format -------------------------------------


def test_junit_shows_a_control_in_a_name_as_its_escape(tmp_path: Path) -> None:
    plan = written(tmp_path, indicator_plan('"婴儿死亡率\\x1b[31m\\u2028"', "‰", "down", "≤4‰"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,人均预期寿命,2025,80,岁\n")
    result = check(plan, data, "--as-of", "2025", "--format", "junit")
    assert result.exit_code == 0, result.output
    assert "\ufffd" not in result.output and "\x1b" not in result.output
    case = next(ET.fromstring(result.output.split("\n", 1)[1]).iter("testcase"))
    assert case.get("name").startswith("婴儿死亡率\\x1b[31m\\u2028 (ind)"), case.get("name")
