"""Whatever `lint` accepts, `check` can judge; whatever `check` refuses, `lint` reports first.

Hypothesis writes plan fragments — a target phrase, and perhaps a structured `rule:` with any subset
of its fields, sensible or not — and runs `lint`, `check` and `report` on them in-process. No input
produces a traceback (click would hand back the exception), and exit code 1 only ever means
"targets failed": never a crash, never a plan problem.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.language.rule import CHANGES, KINDS, OPS, REFERENCES

PHRASES = ["≤4‰", "≥90%", "80", "25左右", "0.8～1.2", "高于全省平均值", "比全国平均水平高5个百分点",
           "比2015年降低20%", "年均增长7.5%左右", "持续提高", "保持", "同比例提高", "按国家下达目标", "全覆盖",
           "实现", "-", "二十五左右吧", "达到85%，并保持持续上升", "比2010年的水平降低40%至45%"]
numbers = st.one_of(st.integers(-5, 200), st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False))
RULE_FIELDS = {
    "kind": st.one_of(st.sampled_from(KINDS), st.just("nonsense")),
    "op": st.one_of(st.sampled_from(OPS), st.just("=>")),
    "value": st.one_of(numbers, st.just("十")),
    "upper": numbers,
    "reference": st.one_of(st.sampled_from(REFERENCES), st.just("world")),
    "base_year": st.one_of(st.integers(2010, 2030), st.just(1800)),
    "change": st.sampled_from(CHANGES),
    "trend": st.sampled_from(("up", "down", "sideways")),
    "linked_to": st.sampled_from(("other_rate", "missing_id")),
    "modifiers": st.just(["strive"]),
}
rules = st.fixed_dictionaries({}, optional=RULE_FIELDS)
targets = st.fixed_dictionaries({"text": st.sampled_from(PHRASES), "source": st.just({"line": 1})},
                                optional={"rule": rules})
DATA = ("region,indicator,year,value\n"
        "测试市,目标率,2020,50\n测试市,目标率,2022,55\n测试市,目标率,2024,58\n"
        "测试市,其他率,2020,40\n测试市,其他率,2024,44\n测试省,目标率,2024,57\n全国,目标率,2024,56\n")


def plan_with(target: dict, direction: str) -> dict:
    return {
        "plan": {"id": "fragment", "title": {"zh": "测试市规划"}, "region": "测试市", "base_year": 2020,
                 "target_years": [2030], "references": {"province": "测试省", "nation": "全国"}},
        "indicators": [
            {"id": "target_rate", "name": {"zh": "目标率"}, "unit": "%", "direction": direction,
             "baseline": {2015: 45}, "targets": {2030: target}},
            {"id": "other_rate", "name": {"zh": "其他率"}, "unit": "%", "direction": "up",
             "targets": {2030: {"text": "持续提高", "source": {"line": 2}}}},
        ],
    }


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(target=targets, direction=st.sampled_from(("up", "down", "neutral")))
def test_lint_and_check_agree_and_never_crash(tmp_path: Path, target: dict, direction: str) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump(plan_with(target, direction), allow_unicode=True), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text(DATA, encoding="utf-8")
    runner = CliRunner()
    linted = runner.invoke(main, ["lint", str(plan), "--format", "json"])
    assert linted.exception is None or isinstance(linted.exception, SystemExit), linted.exception
    assert linted.exit_code in (0, 1), linted.output
    errors = [p for p in json.loads(linted.output)["problems"] if p["severity"] == "error"] \
        if linted.output.strip().startswith("{") else None
    checked = runner.invoke(main, ["check", str(plan), str(data), "--format", "json"])
    assert checked.exception is None or isinstance(checked.exception, SystemExit), checked.exception
    if linted.exit_code == 0:  # lint accepts: check judges (1 only when a target fails)
        assert checked.exit_code in (0, 1), checked.output
        document = json.loads(checked.stdout)
        assert (checked.exit_code == 1) == (document["summary"]["fail"] > 0)
    else:  # lint reports errors: check refuses with exit 2, never a verdict
        assert errors is None or errors
        assert checked.exit_code == 2, checked.output
    reported = runner.invoke(main, ["report", str(plan), str(data), "-o", str(tmp_path / "r.html")])
    assert reported.exception is None or isinstance(reported.exception, SystemExit), reported.exception
    assert reported.exit_code == (0 if linted.exit_code == 0 else 2), reported.output
