"""JSON numbers as the inputs justify them (no float noise such as 0.12000000000000029), and the
evidence's band and arithmetic in the language chosen with --lang, as the audit report prints them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLANS = sorted(p.stem for p in (ROOT / "plans").glob("*.yaml"))


def _floats(node):
    if isinstance(node, float):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _floats(value)
    elif isinstance(node, list):
        for value in node:
            yield from _floats(value)


def check_json(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "checker", "check", *args, "--format", "json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("plan", PLANS)
def test_no_float_noise_in_json(plan):
    document = check_json(plan, f"examples/{plan}.csv")
    noisy = [x for x in _floats(document) if len(repr(abs(x)).replace(".", "").lstrip("0").split("e")[0]) > 12]
    assert noisy == []


def test_required_pace_reads_as_written():
    document = check_json("nanan-2030", "examples/nanan-2030.csv")
    paces = {r["evidence"].get("required_pace") for r in document["results"] if r["indicator"] == "life_expectancy"}
    assert 0.12 in paces  # (79.7 − 78.5) ÷ 10, not 0.12000000000000029


def test_band_and_arithmetic_follow_lang():
    zh = check_json("nanan-2030", "examples/nanan-2030.csv")
    en = check_json("nanan-2030", "examples/nanan-2030.csv", "--lang", "en")
    pick = lambda doc: next(r["evidence"] for r in doc["results"] if r["evidence"].get("arithmetic", "").count("pace")
                            or "进度" in r["evidence"].get("arithmetic", ""))
    assert "所需进度" in pick(zh)["arithmetic"] and "通过" in pick(zh)["band"]
    assert "required pace" in pick(en)["arithmetic"] and pick(en)["band"].startswith("pass")
    assert not re.search(r"[\u4e00-\u9fff]", pick(en)["arithmetic"])
