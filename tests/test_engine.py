"""The engine's verdicts (design.md §4), kind by kind, table-driven.

Every case builds a one-target plan (plus, for linked targets, the indicator it is linked to) as YAML
text in tmp_path and its observations with ``observations_from_records``, evaluates it and checks
the status, the assessment year and kind, the evidence numbers and the numbers in both reasons.

Every expected number is worked out by hand in the comments (policy: rules/policy.yaml — around ±5%
pass / ±10% warn of X; a bound missed by ≤ 2% of X warns; progress ratio ≥ 0.95 pass, ≥ 0 warn;
trend window 5 years, flat < 0.5%; maintain tolerance 2% (warn up to 4%); full coverage warns ≥ 98).
"""

from __future__ import annotations

from checker.language.units import in_english

import json
from dataclasses import dataclass, field

import pytest
from pytest import approx

from checker.judge.engine import evaluate
from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.data.observations import observations_from_records
from checker.language.rule import KINDS

REGION = "甲市"
REFERENCES = {"province": "乙省", "nation": "全国", "city": "丙市"}
RECORD_KEYS = {"region", "indicator", "name_zh", "target_year", "target_text", "kind", "year", "value", "unit",
               "assessment", "status", "reason", "evidence"}

# --- building plans and data ------------------------------------------------------------------------

PLAN_HEAD = """\
plan:
  id: test
  title: {zh: 测试规划, en: Test plan}
  region: 甲市
  references: {province: 乙省, nation: 全国, city: 丙市}
  base_year: 2020
  target_years: [2025, 2030]
indicators:
"""


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a double-quoted YAML scalar


def indicator_yaml(id: str, targets: dict, *, unit: str | None = "%", direction: str = "up",
                   baseline: dict | None = None, nature: str | None = None) -> str:
    """One indicator of a plan; ``targets`` is {year: text} or {year: {text, rule, nature}}."""
    lines = [
        f"  - id: {id}",
        f"    name: {{zh: {_q('指标' + id)}, en: {_q('Indicator ' + id)}}}",
        f"    direction: {direction}",
    ]
    if unit:
        lines.append(f"    unit: {_q(unit)}")
    if nature:
        lines.append(f"    nature: {nature}")
    if baseline:
        lines.append("    baseline: {" + ", ".join(f"{year}: {value}" for year, value in baseline.items()) + "}")
    lines.append("    targets:")
    for year, spec in targets.items():
        spec = {"text": spec} if isinstance(spec, str) else spec
        lines += [f"      {year}:", f"        text: {_q(spec['text'])}",
                  f"        source: {{line: 1, quote: {_q(spec['text'])}}}"]
        if spec.get("rule"):
            lines.append(f"        rule: {json.dumps(spec['rule'], ensure_ascii=False)}")
        if spec.get("nature"):
            lines.append(f"        nature: {spec['nature']}")
    return "\n".join(lines) + "\n"


def write_plan(tmp_path, *indicators: dict):
    """A minimal plan (id test, region 甲市, base year 2020, targets 2025 and 2030) with these indicators."""
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN_HEAD + "".join(indicator_yaml(**spec) for spec in indicators), encoding="utf-8")
    return load_plan(path)


def records(indicator: str, series: dict, *, region: str = REGION, unit: str | None = None) -> list[dict]:
    rows = []
    for year, value in series.items():
        row = {"region": region, "indicator": indicator, "year": year, "value": value}
        if unit:
            row["unit"] = unit
        rows.append(row)
    return rows


def observations(rows: list[dict]):
    # observations_from_records needs at least one record; a row of an indicator the plan does not know
    # stands in (a row of another region would make the judged region's absence an input error)
    return observations_from_records(rows or [{"region": REGION, "indicator": "不相关指标", "year": 2030, "value": 1}])


# --- the table ----------------------------------------------------------------------------------------

ANY = object()


@dataclass
class Case:
    id: str
    kind: str
    text: str
    status: str
    data: dict  # ind_a in 甲市: {year: value}
    unit: str | None = "%"
    direction: str = "up"
    year: int = 2030  # the target year
    baseline: dict | None = None  # the plan's own baseline values of ind_a
    nature: str | None = None
    rule: dict | None = None
    data_unit: str | None = None
    refs: dict = field(default_factory=dict)  # role → {year: value}
    extra: tuple = ()  # further indicators of the plan (indicator_yaml keywords)
    extra_data: dict = field(default_factory=dict)  # indicator id → {year: value} in 甲市
    as_of: int | None = None
    at: object = ANY  # the expected assessment year
    assessment: object = ANY  # value | progress | standing | None
    evidence: dict = field(default_factory=dict)  # expected subset of result.evidence
    nums: tuple = ()  # in both reason.zh and reason.en
    zh: tuple = ()
    en: tuple = ()
    value: object = ANY  # the expected observed value (after unit conversion)


def _ref_rows(refs: dict) -> list[dict]:
    return [row for role, series in refs.items() for row in records("ind_a", series, region=REFERENCES[role])]


def evaluate_case(case: Case, tmp_path):
    main = {"id": "ind_a", "unit": case.unit, "direction": case.direction, "baseline": case.baseline,
            "nature": case.nature,
            "targets": {case.year: {"text": case.text, "rule": case.rule}}}
    plan = write_plan(tmp_path, main, *case.extra)
    rows = records("ind_a", case.data, unit=case.data_unit) + _ref_rows(case.refs)
    for indicator, series in case.extra_data.items():
        rows += records(indicator, series)
    results = evaluate(plan, observations(rows), as_of=case.as_of)
    return results.results[0]


def assert_subset(actual, expected, path="evidence"):
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: {actual!r} is not a mapping"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing from {sorted(actual)}"
            assert_subset(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list) and expected and isinstance(expected[0], dict):
        assert isinstance(actual, list) and len(actual) == len(expected), f"{path}: {actual!r} != {expected!r}"
        for index, (got, want) in enumerate(zip(actual, expected)):
            assert_subset(got, want, f"{path}[{index}]")
    elif isinstance(expected, float):
        assert actual == approx(expected, rel=1e-9, abs=1e-9), f"{path}: {actual!r} != {expected!r}"
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


def base(year: int, value: float, origin: str) -> dict:
    return {"year": year, "value": value, "from": origin}


# upper_bound / lower_bound ---------------------------------------------------------------------------
# ≤4‰ (down): pass ≤ 4; warn ≤ 4 + 2% × 4 = 4.08; fail above.
BAND_LE_4 = "pass: value ≤ 4‰; warn: 4‰ < value ≤ 4.08‰"
# ≥90% (up): pass ≥ 90; warn ≥ 90 − 2% × 90 = 88.2.
BAND_GE_90 = "pass: value ≥ 90%; warn: 88.2% ≤ value < 90%"
BOUNDS = [
    Case("le-pass", "upper_bound", "≤4‰", "pass", {2030: 3.8}, unit="‰", direction="down", at=2030,
         assessment="value", evidence={"goal": 4.0, "band": BAND_LE_4}, nums=("3.8‰", "≤ 4‰"),
         zh=("达标",), en=("meets the target",)),
    # 4.05 > 4 but ≤ 4.08; off by (4.05 − 4) ÷ 4 = 1.25%
    Case("le-warn", "upper_bound", "≤4‰", "warn", {2030: 4.05}, unit="‰", direction="down",
         evidence={"goal": 4.0, "band": BAND_LE_4}, nums=("4.05‰", "≤ 4‰", "1.25%"), en=("near miss",)),
    # 4.5 > 4.08; off by 0.5 ÷ 4 = 12.5%
    Case("le-fail", "upper_bound", "≤4‰", "fail", {2030: 4.5}, unit="‰", direction="down",
         evidence={"goal": 4.0}, nums=("4.5‰", "12.5%"), zh=("未达标",), en=("misses the target",)),
    # a cell marked missing ('-') is no data
    Case("le-na-missing-cell", "upper_bound", "≤4‰", "n/a", {2030: "-"}, unit="‰", direction="down",
         at=None, assessment=None, en=("no data",), zh=("没有该指标的数据",)),
    # ＜10 is strict: 10 itself is not < 10 but within 10 + 0.2 → warn; 9.9 passes; 10.3 > 10.2 fails (3% off)
    Case("lt-pass", "upper_bound", "＜10", "pass", {2030: 9.9}, direction="down",
         evidence={"band": "pass: value < 10%; warn: 10% ≤ value ≤ 10.2%"}, nums=("9.9%", "< 10%")),
    Case("lt-edge-warn", "upper_bound", "＜10", "warn", {2030: 10}, direction="down", nums=("10%", "0%")),
    Case("lt-fail", "upper_bound", "＜10", "fail", {2030: 10.3}, direction="down", nums=("10.3%", "3%")),
    Case("ge-pass", "lower_bound", "≥90%", "pass", {2030: 91}, evidence={"goal": 90.0, "band": BAND_GE_90},
         nums=("91%", "≥ 90%")),
    Case("ge-edge-pass", "lower_bound", "≥90%", "pass", {2030: 90}, nums=("90%",)),
    # 89 ≥ 88.2: warn, off by 1 ÷ 90 = 1.11%
    Case("ge-warn", "lower_bound", "≥90%", "warn", {2030: 89}, evidence={"band": BAND_GE_90},
         nums=("89%", "≥ 90%", "1.11%")),
    # 85 < 88.2: fail, off by 5 ÷ 90 = 5.56%
    Case("ge-fail", "lower_bound", "≥90%", "fail", {2030: 85}, nums=("85%", "5.56%")),
    Case("ge-na", "lower_bound", "≥90%", "n/a", {}, at=None, en=("no data for this indicator",)),
    # 95%以上 on a 2025 target, judged on the 2025 value
    Case("ge-2025-target", "lower_bound", "95%以上", "pass", {2025: 96}, year=2025, at=2025, assessment="value",
         nums=("96%", "≥ 95%")),
]

# reach: the direction decides ≥ (up), ≤ (down) or ≈ (neutral) -------------------------------------------
REACH = [
    # up: ≥ 80; warn ≥ 80 − 1.6 = 78.4
    Case("up-pass", "reach", "80", "pass", {2030: 80}, evidence={"goal": 80.0}, nums=("80%", "≥ 80%")),
    Case("up-warn", "reach", "80", "warn", {2030: 78.5},  # off by 1.5 ÷ 80 = 1.875% → 1.88%
         evidence={"band": "pass: value ≥ 80%; warn: 78.4% ≤ value < 80%"}, nums=("78.5%", "1.88%")),
    Case("up-fail", "reach", "80", "fail", {2030: 78}, nums=("78%", "2.5%")),  # 2 ÷ 80 = 2.5%
    Case("up-na", "reach", "80", "n/a", {2031: "-"}, at=None),
    # down: ≤ 80; warn ≤ 81.6
    Case("down-pass", "reach", "80", "pass", {2030: 79}, direction="down", nums=("79%", "≤ 80%")),
    Case("down-warn", "reach", "80", "warn", {2030: 81.5}, direction="down",
         evidence={"band": "pass: value ≤ 80%; warn: 80% < value ≤ 81.6%"}, nums=("81.5%", "1.88%")),
    Case("down-fail", "reach", "80", "fail", {2030: 82}, direction="down", nums=("82%", "2.5%")),
    # neutral: ≈ 80: pass 80 ± 4 = 76–84, warn 80 ± 8 = 72–88
    Case("neutral-pass", "reach", "80", "pass", {2030: 83}, direction="neutral",
         evidence={"band": "pass: 76% ≤ value ≤ 84%; warn: 72% ≤ value < 76% or 84% < value ≤ 88%"},
         nums=("83%", "≈ 80%")),
    Case("neutral-warn-high", "reach", "80", "warn", {2030: 86}, direction="neutral", nums=("86%", "7.5%")),
    Case("neutral-warn-low", "reach", "80", "warn", {2030: 75}, direction="neutral", nums=("75%", "6.25%")),
    Case("neutral-fail", "reach", "80", "fail", {2030: 70}, direction="neutral", nums=("70%", "12.5%")),
]

# around: ±5% pass, ±10% warn; the better side always passes for up/down -----------------------------
AROUND = [
    # up, 25左右: pass ≥ 25 − 1.25 = 23.75, warn ≥ 25 − 2.5 = 22.5
    Case("up-pass-better-side", "around", "25左右", "pass", {2030: 30},
         evidence={"goal": 25.0, "band": "pass: value ≥ 23.75%; warn: 22.5% ≤ value < 23.75%"},
         nums=("30%", "≈ 25%")),
    Case("up-warn", "around", "25左右", "warn", {2030: 23}, nums=("23%", "8%")),  # 2 ÷ 25 = 8%
    Case("up-fail", "around", "25左右", "fail", {2030: 22}, nums=("22%", "12%")),  # 3 ÷ 25 = 12%
    # down: pass ≤ 26.25, warn ≤ 27.5
    Case("down-pass-better-side", "around", "25左右", "pass", {2030: 20}, direction="down",
         evidence={"band": "pass: value ≤ 26.25%; warn: 26.25% < value ≤ 27.5%"}, nums=("20%",)),
    Case("down-warn", "around", "25左右", "warn", {2030: 27}, direction="down", nums=("27%", "8%")),
    Case("down-fail", "around", "25左右", "fail", {2030: 28}, direction="down", nums=("28%", "12%")),
    # neutral, 12.2左右: pass 12.2 ± 0.61 = 11.59–12.81, warn 12.2 ± 1.22 = 10.98–13.42
    Case("neutral-pass", "around", "12.2左右", "pass", {2030: 12}, direction="neutral",
         evidence={"goal": 12.2,
                   "band": "pass: 11.59% ≤ value ≤ 12.81%; warn: 10.98% ≤ value < 11.59% or 12.81% < value ≤ 13.42%"},
         nums=("12%", "≈ 12.2%")),
    Case("neutral-warn", "around", "12.2左右", "warn", {2030: 11.2}, direction="neutral",
         nums=("11.2%", "8.2%")),  # 1 ÷ 12.2 = 8.197% → 8.2%
    Case("neutral-fail-low", "around", "12.2左右", "fail", {2030: 10}, direction="neutral",
         nums=("10%", "18.03%")),  # 2.2 ÷ 12.2 = 18.03%
    Case("neutral-fail-high", "around", "12.2左右", "fail", {2030: 13.5}, direction="neutral",
         nums=("13.5%", "10.66%")),  # 1.3 ÷ 12.2 = 10.656% → 10.66%
    Case("na", "around", "25左右", "n/a", {}, direction="down", at=None),
]

# range: 0.8～1.2: pass 0.8–1.2, warn 0.8 − 0.016 = 0.784 … 1.2 + 0.024 = 1.224 -----------------------
BAND_RANGE = "pass: 0.8 ≤ value ≤ 1.2; warn: 0.784 ≤ value < 0.8 or 1.2 < value ≤ 1.224"
RANGE = [
    Case("pass", "range", "0.8～1.2", "pass", {2030: 1.0}, unit=None, direction="neutral",
         evidence={"goal": 0.8, "band": BAND_RANGE}, nums=("0.8–1.2",)),
    # off by (1.21 − 1.2) ÷ 1.2 = 0.83% from the nearer end
    Case("warn-high", "range", "0.8～1.2", "warn", {2030: 1.21}, unit=None, direction="neutral",
         nums=("1.21", "0.83%")),
    Case("warn-low", "range", "0.8～1.2", "warn", {2030: 0.79}, unit=None, direction="neutral",
         nums=("0.79", "1.25%")),  # 0.01 ÷ 0.8 = 1.25%
    Case("fail-high", "range", "0.8～1.2", "fail", {2030: 1.5}, unit=None, direction="neutral",
         nums=("1.5", "25%")),  # 0.3 ÷ 1.2 = 25%
    Case("fail-low", "range", "0.8～1.2", "fail", {2030: 0.7}, unit=None, direction="neutral",
         nums=("0.7", "12.5%")),  # 0.1 ÷ 0.8 = 12.5%
    Case("na", "range", "0.8～1.2", "n/a", {}, unit=None, direction="neutral", at=None),
    # progress towards the nearer end: from below, aim 0.8: required (0.8 − 0.5) ÷ 10 = 0.03/yr,
    # actual (0.65 − 0.5) ÷ 5 = 0.03/yr → ratio 1 → pass
    Case("progress-from-below", "range", "0.8～1.2", "pass", {2020: 0.5, 2025: 0.65}, unit=None,
         direction="neutral", at=2025, assessment="progress",
         evidence={"goal": 0.8, "required_pace": 0.03, "actual_pace": 0.03, "ratio": 1.0,
                   "baseline": base(2020, 0.5, "data")}),
    # from above, aim 1.2: required (1.2 − 1.6) ÷ 10 = −0.04/yr, actual (1.5 − 1.6) ÷ 5 = −0.02/yr → 0.5 → warn
    Case("progress-from-above", "range", "0.8～1.2", "warn", {2020: 1.6, 2025: 1.5}, unit=None,
         direction="neutral", at=2025, assessment="progress",
         evidence={"goal": 1.2, "required_pace": -0.04, "actual_pace": -0.02, "ratio": 0.5}, nums=("0.5",)),
]

# vs_reference: the reference region's value in the same year; judged as it stands -------------------
VS_REFERENCE = [
    # 高于全省平均值 (up, op >): 92 > 90 → pass
    Case("above-province-pass", "vs_reference", "高于全省平均值", "pass", {2030: 92}, refs={"province": {2030: 90}},
         at=2030, assessment="standing",
         evidence={"goal": 90.0, "reference": {"region": "乙省", "year": 2030, "value": 90.0}},
         nums=("92%", "乙省", "90%", "> 90%")),
    # 89 is not > 90 but ≥ 90 − 1.8 = 88.2 → warn
    Case("above-province-warn", "vs_reference", "高于全省平均值", "warn", {2030: 89}, refs={"province": {2030: 90}},
         evidence={"band": "pass: value > 90%; warn: 88.2% ≤ value ≤ 90%"}, nums=("89%", "90%")),
    # 90 equals the average: not "higher" → warn
    Case("above-province-equal-warn", "vs_reference", "高于全省平均值", "warn", {2030: 90},
         refs={"province": {2030: 90}}, nums=("90%",)),
    Case("above-province-fail", "vs_reference", "高于全省平均值", "fail", {2030: 85}, refs={"province": {2030: 90}},
         nums=("85%", "90%"), zh=("未达标",), en=("not met",)),
    # no 乙省 row at all
    Case("no-reference-na", "vs_reference", "高于全省平均值", "n/a", {2030: 92}, at=2030, assessment="standing",
         nums=("乙省", "2030"), en=("no reference value",)),
    # 乙省 has only 2029: no reference in the assessment year
    Case("reference-other-year-na", "vs_reference", "高于全省平均值", "n/a", {2030: 92},
         refs={"province": {2029: 90}}, en=("no reference value for 乙省 in 2030",)),
    # 低于全国平均水平 (down, op <): 14 < 15 pass; 15.2 ≤ 15 + 0.3 = 15.3 warn; 17 fail
    Case("below-nation-pass", "vs_reference", "低于全国平均水平", "pass", {2030: 14}, direction="down",
         refs={"nation": {2030: 15}}, evidence={"reference": {"region": "全国", "value": 15.0}},
         nums=("14%", "全国", "15%", "< 15%")),
    Case("below-nation-warn", "vs_reference", "低于全国平均水平", "warn", {2030: 15.2}, direction="down",
         refs={"nation": {2030: 15}}, nums=("15.2%", "15%")),
    Case("below-nation-fail", "vs_reference", "低于全国平均水平", "fail", {2030: 17}, direction="down",
         refs={"nation": {2030: 15}}, nums=("17%", "15%")),
    # before the target year it is judged as it stands, against 丙市 (the city) in 2025
    Case("city-before-target", "vs_reference", "不低于全市平均", "pass", {2025: 81}, refs={"city": {2025: 80}},
         at=2025, assessment="standing", evidence={"reference": {"region": "丙市", "year": 2025, "value": 80.0}},
         nums=("81%", "丙市", "≥ 80%")),
    # the province's share written as a fraction (0.97 for 97%): about 100 times apart, never compared
    Case("reference-100-times-apart-na", "vs_reference", "高于全省平均值", "n/a", {2030: 95},
         refs={"province": {2030: 0.97}}, assessment="standing", nums=("0.97%", "95%", "100"),
         zh=("小数点写错",), en=("100 times smaller",)),
    # ten times apart is a real difference between regions (a small county's rate): compared as usual
    Case("reference-10-times-apart-compared", "vs_reference", "低于全省平均值", "pass", {2030: 1.2}, direction="down",
         refs={"province": {2030: 12}}),
]

# offset_vs_reference ----------------------------------------------------------------------------------
OFFSET = [
    # 比全国平均水平高5个百分点: 27.8 + 5 = 32.8; warn ≥ 32.8 − 0.656 = 32.144
    Case("points-pass", "offset_vs_reference", "比全国平均水平高5个百分点", "pass", {2030: 33},
         refs={"nation": {2030: 27.8}}, assessment="standing",
         evidence={"goal": 32.8, "reference": {"region": "全国", "value": 27.8}},
         nums=("33%", "27.8%", "≥ 32.8%")),
    Case("points-warn", "offset_vs_reference", "比全国平均水平高5个百分点", "warn", {2030: 32.5},
         refs={"nation": {2030: 27.8}}, evidence={"goal": 32.8}, nums=("32.5%", "32.8%")),
    Case("points-fail", "offset_vs_reference", "比全国平均水平高5个百分点", "fail", {2030: 30},
         refs={"nation": {2030: 27.8}}, nums=("30%", "32.8%")),
    Case("points-na", "offset_vs_reference", "比全国平均水平高5个百分点", "n/a", {2030: 33},
         refs={"province": {2030: 27.8}}, en=("no reference value for 全国 in 2030",)),
    # 比全省平均水平低10% (down, relative): 20 × 0.9 = 18; warn ≤ 18 + 0.36 = 18.36
    Case("percent-pass", "offset_vs_reference", "比全省平均水平低10%", "pass", {2030: 17.5}, direction="down",
         refs={"province": {2030: 20}}, evidence={"goal": 18.0}, nums=("17.5%", "20%", "≤ 18%")),
    Case("percent-warn", "offset_vs_reference", "比全省平均水平低10%", "warn", {2030: 18.3}, direction="down",
         refs={"province": {2030: 20}}, nums=("18.3%", "18%")),
    Case("percent-fail", "offset_vs_reference", "比全省平均水平低10%", "fail", {2030: 19}, direction="down",
         refs={"province": {2030: 20}}, nums=("19%", "18%")),
]

# vs_baseline ------------------------------------------------------------------------------------------
VS_BASELINE = [
    # 比2015年降低20% (down), 2015 value 15 in the data → 15 × 0.8 = 12; warn ≤ 12 + 2% of the cut of 3 = 12.06
    # (the tolerance is a share of the change asked for, not of the level: 2% of 12 would be 0.24)
    Case("named-year-pass", "vs_baseline", "比2015年降低20%", "pass", {2015: 15, 2025: 11.8}, direction="down",
         year=2025, at=2025, assessment="value",
         evidence={"goal": 12.0, "baseline": base(2015, 15.0, "data"), "band": "pass: value ≤ 12%; warn: 12% < value ≤ 12.06%"},
         nums=("11.8%", "≤ 12%", "15%", "15 × 0.8")),
    Case("named-year-warn", "vs_baseline", "比2015年降低20%", "warn", {2015: 15, 2025: 12.05}, direction="down",
         year=2025, evidence={"goal": 12.0}, nums=("12.05%", "12%")),
    Case("named-year-short-fail", "vs_baseline", "比2015年降低20%", "fail", {2015: 15, 2025: 12.2}, direction="down",
         year=2025, nums=("12.2%", "12%")),
    Case("named-year-fail", "vs_baseline", "比2015年降低20%", "fail", {2015: 15, 2025: 13}, direction="down",
         year=2025, nums=("13%", "12%"), zh=("未达标",)),
    Case("no-base-na", "vs_baseline", "比2015年降低20%", "n/a", {2025: 11.8}, direction="down", year=2025,
         nums=("2015",), en=("no 2015 base value",)),
    # 下降30% from the plan's own 2020 value 2.86 (no 2020 row) → 2.86 × 0.7 = 2.002; warn ≤ 2.002 + 2% of 0.858 = 2.01916
    Case("plan-base-pass", "vs_baseline", "下降30%", "pass", {2025: 1.9}, direction="down", year=2025,
         baseline={2020: 2.86}, evidence={"goal": 2.002, "baseline": base(2020, 2.86, "plan")},
         nums=("1.9%", "2.002%", "2.86%"), zh=("来自规划",), en=("from the plan",)),
    Case("plan-base-warn", "vs_baseline", "下降30%", "warn", {2025: 2.01}, direction="down", year=2025,
         baseline={2020: 2.86}, evidence={"baseline": base(2020, 2.86, "plan")}, nums=("2.01%",)),
    # 提高2个百分点 (up), 2020 value 60 → 62; warn ≥ 62 − 2% of the 2 points = 61.96
    Case("points-pass", "vs_baseline", "提高2个百分点", "pass", {2020: 60, 2025: 62.5}, year=2025,
         evidence={"goal": 62.0, "baseline": base(2020, 60.0, "data")}, nums=("62.5%", "≥ 62%", "60 + 2")),
    Case("points-warn", "vs_baseline", "提高2个百分点", "warn", {2020: 60, 2025: 61.97}, year=2025, nums=("61.97%", "62%")),
    # a fall cannot pass or nearly meet a promised rise: 提高1岁左右 from 77.93 is 78.93 within 5% of the 1 year
    # (pass ≥ 78.88, warn ≥ 78.83), not within 5% of 78.93 years, which once passed 75
    Case("around-change-fail", "vs_baseline", "在2020年基础上继续提高1岁左右", "fail", {2020: 77.93, 2025: 75.0},
         unit="岁", year=2025, evidence={"band": "pass: value ≥ 78.88岁; warn: 78.83岁 ≤ value < 78.88岁"}),
    Case("around-change-pass", "vs_baseline", "在2020年基础上继续提高1岁左右", "pass", {2020: 77.93, 2025: 78.9},
         unit="岁", year=2025),
    Case("rise-fall-fail", "vs_baseline", "较2020年提高1岁", "fail", {2020: 77.93, 2030: 77.4}, unit="岁", year=2030),
    Case("points-fail", "vs_baseline", "提高2个百分点", "fail", {2020: 60, 2025: 60}, year=2025, nums=("60%", "62%")),
    # progress: 下降30% by 2030 from 10 (2020) → 7: required (7 − 10) ÷ 10 = −0.3/yr
    # 8.5 in 2025: actual (8.5 − 10) ÷ 5 = −0.3/yr → ratio 1 → pass (on track)
    Case("progress-on-track", "vs_baseline", "下降30%", "pass", {2020: 10, 2025: 8.5}, direction="down",
         at=2025, assessment="progress",
         evidence={"goal": 7.0, "required_pace": -0.3, "actual_pace": -0.3, "ratio": 1.0,
                   "baseline": base(2020, 10.0, "data")},
         nums=("1", "0.95", "10%"), en=("on track",)),
    # 9.5: actual −0.1/yr → ratio 1/3 → warn (lagging)
    Case("progress-lagging", "vs_baseline", "下降30%", "warn", {2020: 10, 2025: 9.5}, direction="down",
         evidence={"ratio": approx(0.3333, abs=1e-9), "actual_pace": -0.1}, nums=("0.33",), en=("lagging",)),
    # 10.5: actual +0.1/yr → ratio −1/3 → fail (moving away)
    Case("progress-moving-away", "vs_baseline", "下降30%", "fail", {2020: 10, 2025: 10.5}, direction="down",
         evidence={"ratio": approx(-0.3333, abs=1e-9)}, nums=("-0.33",), en=("moving away",)),
    Case("progress-already-met", "vs_baseline", "下降30%", "pass", {2020: 10, 2025: 6.9}, direction="down",
         assessment="progress", evidence={"goal": 7.0}, nums=("6.9%", "2030"), en=("already meets",)),
    # the same lagging case measured from the plan's own base value
    Case("progress-plan-base", "vs_baseline", "下降30%", "warn", {2025: 9.5}, direction="down",
         baseline={2020: 10}, evidence={"baseline": base(2020, 10.0, "plan"), "ratio": approx(0.3333, abs=1e-9)},
         nums=("0.33", "10%"), zh=("来自规划",), en=("from the plan",)),
]

# annual_rate: compound for percent, linear for percentage points; judged on the pace --------------------
# 年均增长7.5%左右 (up): ≈ 7.5 → pass ≥ 7.5 − 0.375 = 7.125, warn ≥ 7.5 − 0.75 = 6.75
ANNUAL_RATE = [
    # a growth target on an indicator of size (亿元): a share in % could not grow past 100
    # (145 ÷ 100)^(1/5) − 1 = e^(ln 1.45 ÷ 5) − 1 = e^0.074313 − 1 = 7.714%
    Case("compound-pass", "annual_rate", "年均增长7.5%左右", "pass", {2020: 100, 2025: 145}, unit="亿元", year=2025, at=2025,
         assessment="value", evidence={"rate": approx(7.7143, abs=1e-4), "baseline": base(2020, 100.0, "data")},
         nums=("7.71%", "7.5%")),
    # (140 ÷ 100)^(1/5) − 1 = e^0.067294 − 1 = 6.961%: short of 7.125, above 6.75 → warn
    Case("compound-warn", "annual_rate", "年均增长7.5%左右", "warn", {2020: 100, 2025: 140}, unit="亿元", year=2025,
         evidence={"rate": approx(6.9610, abs=1e-4), "band": "pass: value ≥ 7.125%; warn: 6.75% ≤ value < 7.125%"},
         nums=("6.96%", "7.5%")),
    # (130 ÷ 100)^(1/5) − 1 = e^0.052473 − 1 = 5.387% → fail
    Case("compound-fail", "annual_rate", "年均增长7.5%左右", "fail", {2020: 100, 2025: 130}, unit="亿元", year=2025,
         evidence={"rate": approx(5.3874, abs=1e-4)}, nums=("5.39%",)),
    # before the target year the pace is judged the same way, as progress
    Case("compound-before-target", "annual_rate", "年均增长7.5%左右", "warn", {2020: 100, 2025: 140}, unit="亿元", year=2030,
         at=2025, assessment="progress", evidence={"rate": approx(6.9610, abs=1e-4)}),
    # the plan's own base value
    Case("compound-plan-base", "annual_rate", "年均增长7.5%左右", "pass", {2025: 145}, unit="亿元", year=2025,
         baseline={2020: 100}, evidence={"baseline": base(2020, 100.0, "plan")}, nums=("7.71%",)),
    # only the base year's value: no yearly change yet
    Case("same-year-na", "annual_rate", "年均增长7.5%左右", "n/a", {2020: 100}, unit="亿元", year=2025, at=2020,
         nums=("2020",), en=("not after the base year",)),
    Case("no-base-na", "annual_rate", "年均增长7.5%左右", "n/a", {2025: 145}, unit="亿元", year=2025, nums=("2020",)),
    # 年均下降1个百分点 (down, points): ≤ −1; warn ≤ −1 + 0.02 = −0.98
    # (46 − 50) ÷ 4 = −1/yr → pass
    Case("points-pass", "annual_rate", "年均下降1个百分点", "pass", {2020: 50, 2024: 46}, direction="down",
         year=2025, at=2024, evidence={"rate": -1.0}, nums=("-1",), zh=("个百分点",), en=("points",)),
    # in the target year: (46.04 − 50) ÷ 4 = −0.99/yr: above −1 but ≤ −0.98 → warn
    Case("points-warn", "annual_rate", "年均下降1个百分点", "warn", {2020: 50, 2024: 46.04}, direction="down",
         year=2024, assessment="value", evidence={"rate": -0.99}, nums=("-0.99",)),
    # (48 − 50) ÷ 4 = −0.5/yr → fail
    Case("points-fail", "annual_rate", "年均下降1个百分点", "fail", {2020: 50, 2024: 48}, direction="down",
         year=2024, assessment="value", evidence={"rate": -0.5}, nums=("-0.5",)),
    # before the target year a pace short of the promise is progress towards the value the promise reaches
    # (50 − 1 × 5 = 45 in 2025): −0.99/yr is 0.99 of the pace → on track (it was a warn, a near miss of the rate)
    Case("points-on-track-before-target", "annual_rate", "年均下降1个百分点", "pass", {2020: 50, 2024: 46.04},
         direction="down", year=2025, at=2024, assessment="progress",
         evidence={"rate": -0.99, "goal": approx(45.0), "ratio": approx(0.99)}),
    # −0.5/yr is half the pace → lagging, a warn (it was a fail)
    Case("points-lagging-before-target", "annual_rate", "年均下降1个百分点", "warn", {2020: 50, 2024: 48},
         direction="down", year=2025, assessment="progress", evidence={"rate": -0.5, "ratio": approx(0.5)},
         en=("lagging",)),
    # rising while a fall was promised → moving away
    Case("points-away-before-target", "annual_rate", "年均下降1个百分点", "fail", {2020: 50, 2024: 52},
         direction="down", year=2025, assessment="progress", evidence={"ratio": approx(-0.5)}),
    # a yearly amount in the indicator's unit (年均提高0.2岁以上): (78.5 − 78) ÷ 3 = 0.167/yr, goal 79 in 2025 → lagging
    Case("own-unit-lagging-before-target", "annual_rate", "年均提高0.2岁以上", "warn", {2020: 78, 2023: 78.5},
         unit="岁", year=2025, assessment="progress", evidence={"goal": approx(79.0), "ratio": approx(0.8333, abs=1e-4)}),
    # a change counted in an indicator's own unit (‰, not a share): the rate in ‰/yr (it crashed, NameError)
    Case("points-own-unit", "annual_rate", "年均下降0.1个百分点", "pass", {2020: 4.0, 2025: 3.4}, unit="‰",
         direction="down", year=2025, evidence={"rate": -0.12}, nums=("-0.12",), zh=("‰",), en=("‰",)),
]

# trend: (last − first) ÷ |first| over the window ending at the assessment year ------------------------
TREND = [
    # 持续提升: (27.1 − 24.45) ÷ 24.45 = 2.65 ÷ 24.45 = +10.84% ≥ 0.5% → pass
    Case("rise-pass", "trend", "持续提升", "pass", {2020: 24.45, 2022: 25, 2024: 27.1}, at=2024,
         assessment="standing", evidence={"change": approx(0.108384, abs=1e-6), "window": [2020, 2024]},
         nums=("24.45", "27.1", "10.84%")),
    # 24.45 → 24.5: 0.05 ÷ 24.45 = +0.2% < 0.5% → flat → warn
    Case("rise-flat-warn", "trend", "持续提升", "warn", {2020: 24.45, 2024: 24.5},
         evidence={"change": approx(0.002045, abs=1e-6)}, nums=("0.2%",), en=("flat",)),
    # 20 → 20.09: 0.09 ÷ 20 = +0.45%, still under 0.5% → flat → warn
    Case("rise-under-flat-warn", "trend", "持续提升", "warn", {2020: 20, 2024: 20.09},
         evidence={"change": approx(0.0045, abs=1e-9)}, nums=("0.45%",)),
    # 持续提升 but falling: 25 → 24: −4% → fail
    Case("rise-fall-fail", "trend", "持续提升", "fail", {2020: 25, 2024: 24}, evidence={"change": -0.04},
         nums=("-4%",), en=("wrong way",)),
    # 逐步下降 (down): 3.4 → 3.1: −0.3 ÷ 3.4 = −8.82% → pass
    Case("fall-pass", "trend", "逐步下降", "pass", {2020: 3.4, 2024: 3.1}, direction="down",
         evidence={"change": approx(-0.088235, abs=1e-6)}, nums=("-8.82%",)),
    # 3.1 → 3.09: −0.32% → flat → warn
    Case("fall-flat-warn", "trend", "逐步下降", "warn", {2020: 3.1, 2024: 3.09}, direction="down",
         nums=("-0.32%",)),
    # 3.1 → 3.4: +0.3 ÷ 3.1 = +9.68% → fail
    Case("fall-rise-fail", "trend", "逐步下降", "fail", {2020: 3.1, 2024: 3.4}, direction="down",
         evidence={"change": approx(0.096774, abs=1e-6)}, nums=("9.68%",)),
    # 2017 lies outside the window (2024 − 5 = 2019 … 2024): the change is 24.45 → 27.1, not 10 → 27.1
    Case("window-excludes-old-years", "trend", "持续提升", "pass", {2017: 10, 2020: 24.45, 2024: 27.1},
         evidence={"window": [2020, 2024], "first": {"year": 2020, "value": 24.45}}, nums=("10.84%",)),
    # one year in the window → n/a
    Case("one-year-na", "trend", "持续提升", "n/a", {2017: 20, 2024: 27.1}, at=2024, assessment="standing",
         nums=("1",), en=("need 2",)),
    # 持续改善 on a neutral indicator has no better way → n/a
    Case("neutral-improve-na", "trend", "持续改善", "n/a", {2020: 1, 2024: 2}, direction="neutral",
         en=("no better direction",)),
    Case("no-data-na", "trend", "持续提升", "n/a", {}, at=None, en=("no data",)),
]

# maintain: worse than the base by ≤ 2% passes, ≤ 4% warns -------------------------------------------
MAINTAIN = [
    # 保持较好控制水平 (down, base 2.91 in 2020): 2.5 is better (worse by −0.41 ÷ 2.91 = −14.09%) → pass
    Case("down-better-pass", "maintain", "保持较好控制水平", "pass", {2020: 2.91, 2025: 2.5}, unit="‰",
         direction="down", at=2025, assessment="standing",
         evidence={"worse_by": approx(-0.140893, abs=1e-6), "baseline": base(2020, 2.91, "data")},
         nums=("2.5‰", "2.91‰")),
    # 2.96: (2.96 − 2.91) ÷ 2.91 = 1.72% ≤ 2% → pass
    Case("down-within-pass", "maintain", "保持较好控制水平", "pass", {2020: 2.91, 2025: 2.96}, unit="‰",
         direction="down", evidence={"worse_by": approx(0.017182, abs=1e-6)}),
    # 3.0: 0.09 ÷ 2.91 = 3.09% → warn
    Case("down-warn", "maintain", "保持较好控制水平", "warn", {2020: 2.91, 2025: 3.0}, unit="‰", direction="down",
         evidence={"worse_by": approx(0.030928, abs=1e-6), "band": "pass: worse by ≤ 2%; warn: ≤ 4%"},
         nums=("3‰", "2.91‰", "3.09%")),
    # 3.2: 0.29 ÷ 2.91 = 9.97% → fail
    Case("down-fail", "maintain", "保持较好控制水平", "fail", {2020: 2.91, 2025: 3.2}, unit="‰", direction="down",
         evidence={"worse_by": approx(0.099656, abs=1e-6)}, nums=("3.2‰", "9.97%")),
    # the plan's own base value (no 2020 row)
    Case("plan-base-warn", "maintain", "保持较好控制水平", "warn", {2025: 3.0}, unit="‰", direction="down",
         baseline={2020: 2.91}, evidence={"baseline": base(2020, 2.91, "plan")}, nums=("3.09%",),
         zh=("来自规划",), en=("from the plan",)),
    # a 2020 row marked missing falls back to the plan's value
    Case("missing-row-plan-base", "maintain", "保持较好控制水平", "pass", {2020: "-", 2025: 2.9}, unit="‰",
         direction="down", baseline={2020: 2.91}, evidence={"baseline": base(2020, 2.91, "plan")}),
    # up: base 90, 88 → worse by 2 ÷ 90 = 2.22% → warn
    Case("up-warn", "maintain", "保持", "warn", {2020: 90, 2025: 88}, evidence={"worse_by": approx(0.022222, abs=1e-6)},
         nums=("2.22%",)),
    # neutral: either way counts: 50 → 50.5 (1%) pass, 48.5 (3%) warn, 53 (6%) fail
    Case("neutral-pass", "maintain", "保持", "pass", {2020: 50, 2025: 50.5}, direction="neutral",
         evidence={"worse_by": 0.01}),
    Case("neutral-warn", "maintain", "保持", "warn", {2020: 50, 2025: 48.5}, direction="neutral",
         evidence={"worse_by": 0.03}, nums=("3%",)),
    Case("neutral-fail", "maintain", "保持", "fail", {2020: 50, 2025: 53}, direction="neutral",
         evidence={"worse_by": 0.06}, nums=("6%",)),
    Case("no-base-na", "maintain", "保持", "n/a", {2025: 88}, assessment="standing", nums=("2020",)),
]

# linked: 同比例提高, compared with the linked indicator's relative change since 2020 --------------------
LIFE = {"id": "life", "unit": "岁", "targets": {2030: "79.7"}}
LINKED_RULE = {"kind": "linked", "linked_to": "life"}
LINKED = [
    # life 77.35 → 78.0 (+0.65 ÷ 77.35 = +0.84%); mine 68.0 → 68.6 (+0.6 ÷ 68 = +0.88%);
    # ratio (0.6 × 77.35) ÷ (68 × 0.65) = 46.41 ÷ 44.2 = 1.05 ≥ 0.95 → pass
    Case("pass", "linked", "同比例提高", "pass", {2020: 68.0, 2025: 68.6}, unit="岁", rule=LINKED_RULE,
         extra=(LIFE,), extra_data={"life": {2020: 77.35, 2025: 78.0}}, at=2025, assessment="standing",
         evidence={"ratio": 1.05, "baseline": base(2020, 68.0, "data"),
                   "linked": {"indicator": "life", "baseline": base(2020, 77.35, "data"), "value": {"value": 78.0}}},
         nums=("0.88%", "0.84%", "1.05")),
    # 68.2: ratio (0.2 × 77.35) ÷ 44.2 = 15.47 ÷ 44.2 = 0.35 → warn
    Case("warn", "linked", "同比例提高", "warn", {2020: 68.0, 2025: 68.2}, unit="岁", rule=LINKED_RULE,
         extra=(LIFE,), extra_data={"life": {2020: 77.35, 2025: 78.0}}, evidence={"ratio": 0.35},
         nums=("0.29%", "0.35")),
    # 67.8: ratio −0.35 → fail
    Case("fail", "linked", "同比例提高", "fail", {2020: 68.0, 2025: 67.8}, unit="岁", rule=LINKED_RULE,
         extra=(LIFE,), extra_data={"life": {2020: 77.35, 2025: 78.0}}, evidence={"ratio": -0.35},
         nums=("-0.29%", "-0.35")),
    # both base values from the plan
    Case("plan-bases", "linked", "同比例提高", "pass", {2025: 68.6}, unit="岁", rule=LINKED_RULE, baseline={2020: 68.0},
         extra=({**LIFE, "baseline": {2020: 77.35}},), extra_data={"life": {2025: 78.0}},
         evidence={"ratio": 1.05, "baseline": base(2020, 68.0, "plan"),
                   "linked": {"baseline": base(2020, 77.35, "plan")}}),
    # no 2025 value of the linked indicator → n/a
    Case("no-linked-value-na", "linked", "同比例提高", "n/a", {2020: 68.0, 2025: 68.6}, unit="岁", rule=LINKED_RULE,
         extra=(LIFE,), extra_data={"life": {2020: 77.35}}, assessment="standing", nums=("2025",)),
    # the plan does not say which indicator → n/a
    Case("unnamed-na", "linked", "同比例提高", "n/a", {2020: 68.0, 2025: 68.6}, unit="岁",
         en=("linked_to",)),
]

# external / unspecified: always n/a, with the plan's words -----------------------------------------
UNCHECKED = [
    Case("external-with-data", "external", "按国家下达目标", "n/a", {2030: 95}, at=2030, assessment=None,
         nums=("按国家下达目标",), en=("set elsewhere",)),
    Case("external-no-data", "external", "按国家下达目标", "n/a", {}, at=None, nums=("按国家下达目标",)),
    Case("unspecified-dash", "unspecified", "-", "n/a", {2030: 95}, assessment=None, en=("no checkable target",)),
    Case("unspecified-question", "unspecified", "？", "n/a", {}, nums=("？",)),
]

# full_coverage: 100% passes; ≥ 98 warns -------------------------------------------------------------
FULL_COVERAGE = [
    Case("pass", "full_coverage", "全覆盖", "pass", {2030: 100}, evidence={"goal": 100.0}, nums=("100%",)),
    Case("warn", "full_coverage", "全覆盖", "warn", {2030: 98.5},
         evidence={"band": "pass: value ≥ 100%; warn: value ≥ 98%"}, nums=("98.5%", "1.5%")),
    Case("warn-edge", "full_coverage", "100%", "warn", {2030: 98}, nums=("98%", "2%")),
    Case("fail", "full_coverage", "全覆盖", "fail", {2030: 90}, nums=("90%", "10%")),
    Case("na", "full_coverage", "全覆盖", "n/a", {}),
    # progress: required (100 − 90) ÷ 10 = 1/yr, actual (95 − 90) ÷ 5 = 1/yr → pass
    Case("progress", "full_coverage", "全覆盖", "pass", {2020: 90, 2025: 95}, at=2025, assessment="progress",
         evidence={"ratio": 1.0, "required_pace": 1.0, "actual_pace": 1.0, "goal": 100.0}),
]

# achieved: 是/否 --------------------------------------------------------------------------------------
ACHIEVED = [
    Case("yes-pass", "achieved", "建成", "pass", {2030: "是"}, unit=None, at=2030, assessment="value",
         value=1.0, nums=("2030",)),
    Case("one-pass", "achieved", "实现", "pass", {2030: 1}, unit=None),
    Case("no-fail", "achieved", "建成", "fail", {2030: "否"}, unit=None, value=0.0, nums=("2030",),
         en=("not achieved",)),
    # after the target year, with --as-of later, no is still a fail
    Case("no-after-target-fail", "achieved", "建成", "fail", {2028: "是", 2031: "否"}, unit=None, year=2025,
         as_of=2031, at=2031, assessment="value"),
    # before the target year, no is "not yet" (due 2030)
    Case("not-yet-warn", "achieved", "建成", "warn", {2025: "否"}, unit=None, at=2025, assessment="progress",
         nums=("2025", "2030"), en=("not yet",)),
    Case("na", "achieved", "建成", "n/a", {2030: "-"}, unit=None, at=None),
    # a share or count where the yes/no belongs says neither: n/a, never "yes" because it is ≥ 1
    Case("share-na", "achieved", "建成", "n/a", {2030: 92.61}, unit=None, at=2030, assessment="value",
         nums=("92.61",), en=("not yes/no",), zh=("不是 是/否",)),
    Case("half-na", "achieved", "实现", "n/a", {2025: 0.5}, unit=None, at=2025, en=("not yes/no",)),
    Case("hundred-na", "achieved", "建成", "n/a", {2030: 100}, unit=None, en=("not yes/no",)),
]

# progress path of value targets (design.md §4) --------------------------------------------------------
# ≥90% by 2030 (up). From 80 in 2020: required (90 − 80) ÷ 10 = 1/yr.
PROGRESS = [
    # 85 in 2025: actual (85 − 80) ÷ 5 = 1/yr → ratio 1 → on track
    Case("data-base-on-track", "lower_bound", "≥90%", "pass", {2020: 80, 2025: 85}, at=2025, assessment="progress",
         evidence={"goal": 90.0, "required_pace": 1.0, "actual_pace": 1.0, "ratio": 1.0,
                   "baseline": base(2020, 80.0, "data")},
         nums=("1", "0.95", "80%"), zh=("进度正常", "来自数据"), en=("on track", "from data")),
    # 84.75: actual 4.75 ÷ 5 = 0.95/yr → ratio 0.95, exactly on the on-track edge → pass
    Case("data-base-edge", "lower_bound", "≥90%", "pass", {2020: 80, 2025: 84.75},
         evidence={"ratio": 0.95}, nums=("0.95",)),
    # 82: actual 0.4/yr → ratio 0.4 → lagging
    Case("data-base-lagging", "lower_bound", "≥90%", "warn", {2020: 80, 2025: 82}, assessment="progress",
         evidence={"ratio": 0.4, "actual_pace": 0.4, "required_pace": 1.0}, nums=("0.4", "0.95"),
         zh=("进度滞后",), en=("lagging",)),
    # 78: actual −0.4/yr → ratio −0.4 → moving away
    Case("data-base-moving-away", "lower_bound", "≥90%", "fail", {2020: 80, 2025: 78},
         evidence={"ratio": -0.4, "actual_pace": -0.4}, nums=("-0.4",), zh=("背离目标",), en=("moving away",)),
    # 91 already meets ≥ 90
    Case("already-met", "lower_bound", "≥90%", "pass", {2020: 80, 2025: 91}, assessment="progress",
         nums=("91%", "2030"), zh=("已达到",), en=("already meets",)),
    # the same, with the plan's own base value (no 2020 row)
    Case("plan-base-on-track", "lower_bound", "≥90%", "pass", {2025: 85}, baseline={2020: 80},
         evidence={"ratio": 1.0, "baseline": base(2020, 80.0, "plan")}, zh=("来自规划",), en=("from the plan",)),
    Case("plan-base-lagging", "lower_bound", "≥90%", "warn", {2025: 82}, baseline={2020: 80},
         evidence={"ratio": 0.4, "baseline": base(2020, 80.0, "plan")}, nums=("0.4", "80%"),
         en=("lagging", "from the plan")),
    Case("plan-base-moving-away", "lower_bound", "≥90%", "fail", {2025: 78}, baseline={2020: 80},
         evidence={"ratio": -0.4, "baseline": base(2020, 80.0, "plan")}),
    Case("plan-base-already-met", "lower_bound", "≥90%", "pass", {2025: 90.5}, baseline={2020: 80},
         assessment="progress", en=("already meets",)),
    # the data's 2020 value wins over the plan's: required (90 − 70) ÷ 10 = 2/yr, actual (82 − 70) ÷ 5 = 2.4/yr → 1.2
    Case("data-base-wins", "lower_bound", "≥90%", "pass", {2020: 70, 2025: 82}, baseline={2020: 80},
         evidence={"ratio": 1.2, "baseline": base(2020, 70.0, "data")}),
    # went backwards: 92 met ≥ 90 in 2020; 89 (≥ 88.2) now is a near miss → warn; 85 → fail
    Case("went-backwards-warn", "lower_bound", "≥90%", "warn", {2020: 92, 2025: 89},
         evidence={"baseline": base(2020, 92.0, "data"), "goal": 90.0}, nums=("92%", "89%"),
         zh=("退步",), en=("went backwards", "near miss")),
    Case("went-backwards-fail", "lower_bound", "≥90%", "fail", {2020: 92, 2025: 85}, nums=("92%", "85%"),
         en=("went backwards",)),
    Case("went-backwards-plan-base", "lower_bound", "≥90%", "fail", {2025: 85}, baseline={2020: 92},
         evidence={"baseline": base(2020, 92.0, "plan")}, en=("went backwards", "from the plan")),
    # no base value anywhere → n/a
    Case("no-base-na", "lower_bound", "≥90%", "n/a", {2025: 85}, at=2025, assessment="progress",
         en=("no base value",)),
    # down: ≤4‰ from 6 (2020): required (4 − 6) ÷ 10 = −0.2/yr
    Case("down-on-track", "upper_bound", "≤4‰", "pass", {2020: 6, 2025: 5}, unit="‰", direction="down",
         evidence={"required_pace": -0.2, "actual_pace": -0.2, "ratio": 1.0}),
    # 5.8: actual −0.04/yr → ratio 0.2
    Case("down-lagging", "upper_bound", "≤4‰", "warn", {2020: 6, 2025: 5.8}, unit="‰", direction="down",
         evidence={"ratio": 0.2}, nums=("0.2",)),
    # 6.5: actual +0.1/yr → ratio −0.5
    Case("down-moving-away", "upper_bound", "≤4‰", "fail", {2020: 6, 2025: 6.5}, unit="‰", direction="down",
         evidence={"ratio": -0.5}, nums=("-0.5",)),
    # around, neutral: 12.2左右 from 10: required 0.22/yr, actual (11 − 10) ÷ 5 = 0.2/yr → 0.9091 → lagging
    Case("around-neutral-lagging", "around", "12.2左右", "warn", {2020: 10, 2025: 11}, direction="neutral",
         evidence={"ratio": approx(0.9091, abs=1e-9), "required_pace": 0.22, "actual_pace": 0.2}, nums=("0.91",)),
    # reach (up) docstring example: 79.7 by 2030 from 78.5: required 0.12/yr, actual 0.1/yr → 0.8333 → lagging
    Case("reach-up-lagging", "reach", "79.7", "warn", {2020: 78.5, 2025: 79.0}, unit="岁",
         evidence={"ratio": approx(0.8333, abs=1e-9)}, nums=("0.83",)),
    # the assessment year is the base year: not met, and no pace to judge yet → n/a, saying so
    Case("base-year-only", "lower_bound", "≥90%", "n/a", {2020: 85}, at=2020, assessment="progress",
         en=("no pace",), zh=("无法计算进度",)),
]

# 力争, 约束性, 倡导性 ------------------------------------------------------------------------------------
MODIFIERS = [
    # 力争≥90%: 80 < 88.2 fails → 力争 makes it a warn
    Case("strive-fail-to-warn", "lower_bound", "力争≥90%", "warn", {2030: 80},
         evidence={"weighed": ["strive"], "status_before_weighing": "fail"}, nums=("80%", "11.11%"),
         zh=("力争",), en=("strive",)),
    # a warn stays a warn and nothing is weighed
    Case("strive-warn-stays", "lower_bound", "力争≥90%", "warn", {2030: 89},
         evidence={"weighed": [], "status_before_weighing": "warn"}),
    Case("strive-pass-stays", "reach", "力争达到90%", "pass", {2030: 90}, evidence={"weighed": []}),
    # moving away (fail) before the target year, 力争 → warn
    Case("strive-progress", "lower_bound", "力争≥90%", "warn", {2020: 80, 2025: 78},
         evidence={"weighed": ["strive"], "status_before_weighing": "fail", "ratio": -0.4}),
    # 力争年均下降1个百分点 (docstring): (48 − 50) ÷ 4 = −0.5/yr in the target year fails → warn
    Case("strive-annual-rate", "annual_rate", "力争年均下降1个百分点", "warn", {2020: 50, 2024: 48},
         direction="down", year=2024, evidence={"weighed": ["strive"], "rate": -0.5}),
    # 约束性: 89 (near miss) → fail
    Case("binding-warn-to-fail", "lower_bound", "≥90%", "fail", {2030: 89}, nature="约束性",
         evidence={"weighed": ["binding"], "status_before_weighing": "warn"}, nums=("89%",),
         zh=("约束性",), en=("binding",)),
    Case("binding-pass-stays", "lower_bound", "≥90%", "pass", {2030: 91}, nature="约束性",
         evidence={"weighed": []}),
    # 倡导性: 80 fails → warn at worst
    Case("advocacy-fail-to-warn", "lower_bound", "≥90%", "warn", {2030: 80}, nature="倡导性",
         evidence={"weighed": ["advocacy"], "status_before_weighing": "fail"}, zh=("倡导性",), en=("advocacy",)),
    Case("advocacy-warn-stays", "lower_bound", "≥90%", "warn", {2030: 89}, nature="倡导性",
         evidence={"weighed": []}),
    # 预期性 changes nothing
    Case("expected-nature-no-effect", "lower_bound", "≥90%", "fail", {2030: 80}, nature="预期性",
         evidence={"weighed": []}),
]

# the assessment year --------------------------------------------------------------------------------
ASSESSMENT_YEAR = [
    # --as-of 2026 with 2023, 2025, 2027 → 2025 (85 from 80: on track, see PROGRESS)
    Case("as-of-latest-before", "lower_bound", "≥90%", "pass", {2020: 80, 2023: 81, 2025: 85, 2027: 70},
         as_of=2026, at=2025, value=85.0, assessment="progress", evidence={"ratio": 1.0}),
    # --as-of exactly a data year
    Case("as-of-exact-year", "lower_bound", "≥90%", "fail", {2020: 80, 2025: 85, 2027: 70}, as_of=2027, at=2027,
         value=70.0),
    # without --as-of the target year's value is used though later years exist: 2025 89 (warn), not 2026 95
    Case("target-year-wins", "lower_bound", "≥90%", "warn", {2025: 89, 2026: 95}, year=2025, at=2025,
         value=89.0, assessment="value"),
    # no value in the target year: the latest year (2026: 85 → fail)
    Case("latest-without-target-year", "lower_bound", "≥90%", "fail", {2024: 95, 2026: 85}, year=2025, at=2026,
         value=85.0, assessment="value"),
    # --as-of after the target year: the value of year Y (2027), not of the target year
    Case("as-of-after-target", "lower_bound", "≥90%", "fail", {2025: 95, 2027: 85}, year=2025, as_of=2027,
         at=2027, value=85.0, assessment="value"),
    # a missing cell in the target year does not count as data: 2028 is used
    Case("missing-target-year-cell", "lower_bound", "≥90%", "pass", {2020: 80, 2028: 89, 2030: "-"},
         at=2028, assessment="progress", evidence={"ratio": approx(1.125, abs=1e-9)}),  # (9/8) ÷ 1
    # --as-of before any data → n/a (no data)
    Case("as-of-before-data", "lower_bound", "≥90%", "n/a", {2025: 95}, as_of=2024, at=None, en=("no data",)),
    Case("no-data", "lower_bound", "≥90%", "n/a", {}, at=None, zh=("没有该指标的数据",), en=("no data",)),
]

# units: data in ‰ for a % indicator --------------------------------------------------------------------
UNITS = [
    # 905‰ = 90.5% ≥ 90 → pass
    Case("permille-to-percent-pass", "lower_bound", "≥90%", "pass", {2030: 905}, data_unit="‰", value=90.5,
         evidence={"observation": {"value": 90.5, "data_unit": "‰", "unit": "%"}}, nums=("90.5%",)),
    # 895‰ = 89.5% → warn, off by 0.5 ÷ 90 = 0.56%
    Case("permille-to-percent-warn", "lower_bound", "≥90%", "warn", {2030: 895}, data_unit="‰", value=89.5,
         nums=("89.5%", "0.56%")),
]

# decisions taken after the first review of design.md §4 -------------------------------------------------
SEMANTICS = [
    # --as-of in or after the target year judges a value from the target year on, never an older year
    Case("as-of-after-target-only-older-data", "lower_bound", "≥90%", "n/a", {2024: 95}, as_of=2035, at=None,
         zh=("2030–2035年没有该指标的数据",), en=("no data for 2030–2035",)),
    Case("as-of-after-target-uses-later-year", "lower_bound", "≥90%", "pass", {2024: 80, 2031: 91}, as_of=2035,
         at=2031, value=91.0, assessment="value"),
    Case("as-of-before-all-data", "lower_bound", "≥90%", "n/a", {2024: 95}, as_of=2019, at=None,
         en=("no data up to 2019",)),
    # 约束性 hardens a near miss only: a lagging pace stays a warn.
    # required (80 − 70) ÷ 10 = 1/yr; actual (72 − 70) ÷ 5 = 0.4/yr; ratio 0.4 → warn
    Case("binding-lagging-stays-warn", "reach", "80", "warn", {2020: 70, 2025: 72}, nature="约束性",
         assessment="progress", evidence={"ratio": 0.4, "weighed": []}, nums=("0.4",)),
    # ... but a value near miss becomes a fail: 89 vs ≥ 90 (warn band 88.2) → warn → fail
    Case("binding-near-miss-fails", "lower_bound", "≥90%", "fail", {2030: 89}, nature="约束性",
         evidence={"weighed": ["binding"], "status_before_weighing": "warn"}),
    # overshooting a neutral target is judged on the value, not as a fast pace: 10 → 14 across 12.2
    # 14 vs 12.2 ± 10% (10.98–13.42) → fail
    Case("overshoot-neutral", "around", "12.2左右", "fail", {2020: 10, 2025: 14}, unit="‰", direction="neutral",
         assessment="progress", en=("overshot",), zh=("越过目标",)),
    # linked at the base year: nothing to compare yet
    Case("linked-at-base-year", "linked", "同比例提高", "n/a", {2020: 68.0}, unit="岁", rule=LINKED_RULE,
         extra=(LIFE,), extra_data={"life": {2020: 77.35}}, at=2020, en=("no change to compare yet",)),
    # the trend window is 5 calendar years ending at Y: 2021–2025, so 2020's 5 is outside it;
    # 10 → 10.02 is +0.2% < 0.5% → flat → warn (with 2020 inside it would be +100% → pass)
    Case("trend-window-edge", "trend", "持续提升", "warn", {2020: 5, 2021: 10, 2025: 10.02}, year=2030, at=2025,
         evidence={"window": [2021, 2025]}, en=("flat",)),
]

# --- issue 13: compound targets, changes ruled out, a cut within a range, an amount in a unit, a slowing rise
ALL_OF = [
    # 86 ≥ 85 passes; 80 → 86 over 2026–2030 rises 7.5% ≥ 0.5% → pass; both pass
    Case("both-pass", "all_of", "达到85%，并保持持续上升", "pass", {2026: 80, 2028: 83, 2030: 86},
         nums=("86%", "85%"), zh=("（1）", "（2）"), en=("(1)", "(2)"),
         evidence={"parts": [{"kind": "reach", "status": "pass"}, {"kind": "trend", "status": "pass"}]}),
    # the level passes but 90 → 86 falls: the worse part decides
    Case("trend-fails", "all_of", "达到85%，并保持持续上升", "fail", {2026: 90, 2028: 88, 2030: 86},
         evidence={"parts": [{"kind": "reach", "status": "pass"}, {"kind": "trend", "status": "fail"}]}),
    # 84 is 1.18% short of 85 (warn); rising 80 → 84 passes
    Case("level-warns", "all_of", "达到85%，并保持持续上升", "warn", {2026: 80, 2030: 84},
         evidence={"parts": [{"kind": "reach", "status": "warn"}, {"kind": "trend", "status": "pass"}]}),
    # 力争 on the second part only: 91 misses 95 by 4.2% (fail), weighed by 力争 to warn; 91 ≥ 90 passes
    Case("strive-part", "all_of", "达到90%，力争95%", "warn", {2030: 91},
         evidence={"parts": [{"kind": "reach", "status": "pass"}, {"kind": "reach", "status": "warn"}]}),
    # one year of data: the level passes, the trend cannot be judged
    Case("trend-na", "all_of", "达到85%且持续上升", "n/a", {2030: 86},
         evidence={"parts": [{"kind": "reach", "status": "pass"}, {"kind": "trend", "status": "n/a"}]}),
]
CHANGES_13 = [
    # 不下降 (up, 岁): not below the 2020 value 78
    Case("no-fall-pass", "vs_baseline", "不下降", "pass", {2020: 78, 2030: 78.4}, unit="岁",
         evidence={"goal": 78.0}),
    Case("no-fall-fail", "vs_baseline", "不下降", "fail", {2020: 78, 2030: 75}, unit="岁", evidence={"goal": 78.0}),
    # 不增加 (down): not above the base value 50; 零增长 reads the same
    Case("no-rise-fail", "vs_baseline", "不增加", "fail", {2020: 50, 2030: 55}, direction="down",
         evidence={"goal": 50.0}),
    Case("zero-growth-pass", "vs_baseline", "零增长", "pass", {2020: 50, 2030: 49}, direction="down"),
    # 负增长: strictly below the base value
    Case("negative-growth-pass", "vs_baseline", "负增长", "pass", {2020: 50, 2030: 48}, direction="down"),
    # 在2020年基础上提高0.5岁: 78 + 0.5 = 78.5
    Case("amount-pass", "vs_baseline", "在2020年基础上提高0.5岁", "pass", {2020: 78, 2030: 78.6}, unit="岁",
         evidence={"goal": 78.5}, nums=("78.5岁",)),
    Case("amount-fail", "vs_baseline", "在2020年基础上提高0.5岁", "fail", {2020: 78, 2030: 76}, unit="岁",
         evidence={"goal": 78.5}),
    # a cut of 40–45% from 2010's 100, lower is better: at least 40%, so at most 60 (a deeper cut exceeds the plan)
    Case("cut-range-pass", "vs_baseline", "比2010年的水平降低40%至45%", "pass", {2010: 100, 2030: 57},
         unit="万人", direction="down", evidence={"goal": 60.0}, nums=("60万人",)),
    Case("cut-range-deeper-pass", "vs_baseline", "比2010年的水平降低40%至45%", "pass", {2010: 100, 2030: 51.6},
         unit="万人", direction="down"),
    # of a neutral indicator the range holds both ways: between 55 and 60
    Case("cut-range-neutral-pass", "vs_baseline", "比2010年的水平降低40%至45%", "pass", {2010: 100, 2030: 57},
         unit="万人", direction="neutral", evidence={"goal": 55.0, "goal_upper": 60.0}, nums=("55–60万人",)),
    Case("cut-range-neutral-deeper-fail", "vs_baseline", "比2010年的水平降低40%至45%", "fail", {2010: 100, 2030: 51.6},
         unit="万人", direction="neutral"),
    Case("cut-range-fail", "vs_baseline", "比2010年的水平降低40%至45%", "fail", {2010: 100, 2030: 70},
         unit="万人", direction="down"),
    # 每年下降1%以上: an average yearly fall of at least 1% (compound) from 2020
    Case("yearly-fall-pass", "annual_rate", "每年下降1%以上", "pass", {2020: 100, 2030: 85}, direction="down"),
    # a slowing rise: +2/yr in 2026–2028, +0.75/yr in 2028–2030
    Case("slowing-pass", "trend", "增长势头减缓", "pass", {2026: 10, 2027: 12, 2028: 14, 2029: 15, 2030: 15.5},
         evidence={"early_pace": 2.0, "late_pace": 0.75}),
    Case("slowing-fail", "trend", "快速上升势头得到遏制", "fail", {2026: 10, 2027: 11, 2028: 12, 2029: 14, 2030: 16}),
    Case("slowing-na", "trend", "增长势头减缓", "n/a", {2029: 10, 2030: 11}),
]


TABLE = {
    "semantics": SEMANTICS,
    "bounds": BOUNDS, "reach": REACH, "around": AROUND, "range": RANGE, "vs_reference": VS_REFERENCE,
    "offset": OFFSET, "vs_baseline": VS_BASELINE, "annual_rate": ANNUAL_RATE, "trend": TREND,
    "maintain": MAINTAIN, "linked": LINKED, "unchecked": UNCHECKED, "full_coverage": FULL_COVERAGE,
    "achieved": ACHIEVED, "progress": PROGRESS, "modifiers": MODIFIERS, "assessment_year": ASSESSMENT_YEAR,
    "units": UNITS, "all_of": ALL_OF, "changes_13": CHANGES_13,
}
CASES = [pytest.param(case, id=f"{group}-{case.id}") for group, cases in TABLE.items() for case in cases]


@pytest.mark.parametrize("case", CASES)
def test_verdict(case: Case, tmp_path):
    result = evaluate_case(case, tmp_path)
    where = f"{result.status}: {result.reason.en} | {result.reason.zh}"
    assert result.kind == case.kind, where
    assert result.status == case.status, where
    if case.at is not ANY:
        assert result.year == case.at, where
    if case.assessment is not ANY:
        assert result.assessment == case.assessment, where
    if case.value is not ANY:
        assert result.value == approx(case.value), where
    assert_subset(result.evidence, case.evidence)
    for number in case.nums:
        assert number in result.reason.zh, f"{number!r} not in {result.reason.zh!r}"
        english = in_english(number, result.unit)  # English reasons name the unit in words: 78.5 years
        assert english in result.reason.en, f"{english!r} not in {result.reason.en!r}"
    for word in case.zh:
        assert word in result.reason.zh, f"{word!r} not in {result.reason.zh!r}"
    for word in case.en:
        assert word in result.reason.en, f"{word!r} not in {result.reason.en!r}"
    # every result carries the plan source and the parsed rule
    assert result.evidence["rule"]["kind"] == case.kind
    assert result.evidence["plan"]["source_line"] == 1
    if case.status == "n/a":
        assert result.reason.zh and result.reason.en  # n/a always says why


# which statuses each kind must be shown to produce
EXPECTED_STATUSES = {kind: {"pass", "warn", "fail", "n/a"} for kind in KINDS}
EXPECTED_STATUSES.update(external={"n/a"}, unspecified={"n/a"})


def test_table_covers_every_kind_and_status():
    seen: dict[str, set[str]] = {}
    for param in CASES:
        case = param.values[0]
        seen.setdefault(case.kind, set()).add(case.status)
    for kind in KINDS:
        assert EXPECTED_STATUSES[kind] <= seen.get(kind, set()), f"{kind}: only {sorted(seen.get(kind, set()))}"


# --- several targets, results, records, gating ---------------------------------------------------------


def _mixed(tmp_path):
    plan = write_plan(
        tmp_path,
        {"id": "ind_a", "targets": {2025: "≥90%", 2030: "≥95%"}},  # 2025: 91 pass; 2030 from 80 (2020): see below
        {"id": "ind_b", "unit": "‰", "direction": "down", "targets": {2030: "≤4‰"}},  # 4.05 → warn
        {"id": "ind_c", "targets": {2030: "按国家下达目标"}},  # n/a
        {"id": "ind_d", "targets": {2030: "全覆盖"}},  # 90 → fail
    )
    rows = (records("ind_a", {2020: 80, 2025: 91}) + records("ind_b", {2030: 4.05})
            + records("ind_d", {2030: 90}))
    return evaluate(plan, observations(rows))


def test_summary_records_and_gating(tmp_path):
    results = _mixed(tmp_path)
    # ind_a 2025: 91 ≥ 90 → pass (value); ind_a 2030 in 2025: required (95 − 80) ÷ 10 = 1.5/yr,
    # actual (91 − 80) ÷ 5 = 2.2/yr → ratio 1.4667 → pass; ind_b warn; ind_c n/a; ind_d fail
    statuses = [(r.indicator, r.target_year, r.status) for r in results.results]
    assert statuses == [("ind_a", 2025, "pass"), ("ind_a", 2030, "pass"), ("ind_b", 2030, "warn"),
                        ("ind_c", 2030, "n/a"), ("ind_d", 2030, "fail")]
    assert results.results[1].evidence["ratio"] == approx(1.4667, abs=1e-9)
    assert results.summary == {"pass": 2, "warn": 1, "fail": 1, "n/a": 1}
    assert results.worst() == "fail"
    records_ = results.records()
    assert len(records_) == 5
    for record in records_:
        assert RECORD_KEYS <= set(record), RECORD_KEYS - set(record)
        assert set(record["reason"]) == {"zh", "en"}
        json.dumps(record, ensure_ascii=False)  # plain data
    first = records_[0]
    assert (first["region"], first["indicator"], first["name_zh"], first["target_year"], first["target_text"],
            first["kind"], first["year"], first["value"], first["unit"], first["assessment"], first["status"]) == (
        "甲市", "ind_a", "指标ind_a", 2025, "≥90%", "lower_bound", 2025, 91.0, "%", "value", "pass")
    assert records_[1]["assessment"] == "progress" and records_[1]["year"] == 2025
    assert records_[3]["year"] is None and records_[3]["value"] is None
    assert results.gated("fail") and results.gated("warn") and results.gated("na")


@pytest.mark.parametrize(
    "rows, summary, gated",
    [
        # 91 pass, 4.05 warn
        ({"ind_a": {2030: 91}, "ind_b": {2030: 4.05}}, {"pass": 1, "warn": 1, "fail": 0, "n/a": 0},
         {"warn": True, "fail": False, "na": True}),
        # 91 pass, ind_b without data → n/a
        ({"ind_a": {2030: 91}}, {"pass": 1, "warn": 0, "fail": 0, "n/a": 1},
         {"warn": False, "fail": False, "na": True}),
        # both pass
        ({"ind_a": {2030: 91}, "ind_b": {2030: 3.9}}, {"pass": 2, "warn": 0, "fail": 0, "n/a": 0},
         {"warn": False, "fail": False, "na": False}),
        # 85 fails
        ({"ind_a": {2030: 85}, "ind_b": {2030: 3.9}}, {"pass": 1, "warn": 0, "fail": 1, "n/a": 0},
         {"warn": True, "fail": True, "na": True}),
    ],
    ids=["pass-warn", "pass-na", "all-pass", "pass-fail"],
)
def test_gated(rows, summary, gated, tmp_path):
    plan = write_plan(
        tmp_path,
        {"id": "ind_a", "targets": {2030: "≥90%"}},
        {"id": "ind_b", "unit": "‰", "direction": "down", "targets": {2030: "≤4‰"}},
    )
    data = [row for indicator, series in rows.items() for row in records(indicator, series)]
    results = evaluate(plan, observations(data))
    assert results.summary == summary
    for level, expected in gated.items():
        assert results.gated(level) is expected, level
    assert results.gated("n/a") is gated["na"]


def test_other_region_and_reference_region(tmp_path):
    plan = write_plan(tmp_path, {"id": "ind_a", "targets": {2030: "≥90%"}})
    obs = observations(records("ind_a", {2030: 91}) + records("ind_a", {2030: 85}, region="丁市"))
    assert evaluate(plan, obs).results[0].status == "pass"  # the plan's region by default
    other = evaluate(plan, obs, region="丁市").results[0]
    assert (other.region, other.status, other.value) == ("丁市", "fail", 85.0)
    with pytest.raises(CheckerError, match="the level other regions are compared with"):
        evaluate(plan, obs, region="乙省")


def test_region_defaults_to_plan_region_when_data_omits_it(tmp_path):
    plan = write_plan(tmp_path, {"id": "ind_a", "targets": {2030: "≥90%"}})
    obs = observations_from_records([{"indicator": "ind_a", "year": 2030, "value": 91}])
    result = evaluate(plan, obs).results[0]
    assert (result.region, result.status) == ("甲市", "pass")


def test_target_nature_overrides_indicator_nature(tmp_path):
    # the indicator is 预期性, the target itself 约束性: 89 (near miss of ≥ 90) → fail
    plan = write_plan(tmp_path, {"id": "ind_a", "nature": "预期性",
                                 "targets": {2030: {"text": "≥90%", "nature": "约束性"}}})
    result = evaluate(plan, observations(records("ind_a", {2030: 89}))).results[0]
    assert (result.nature, result.status, result.evidence["weighed"]) == ("约束性", "fail", ["binding"])


def test_evaluate_accepts_a_matched_dataset(tmp_path):
    from checker.data.matching import match

    plan = write_plan(tmp_path, {"id": "ind_a", "targets": {2030: "≥90%"}})
    obs = observations(records("ind_a", {2020: 80, 2025: 82}))
    direct = evaluate(plan, obs, as_of=2025).records()
    matched = evaluate(plan, match(plan, obs), as_of=2025).records()
    assert direct == matched
    assert matched[0]["status"] == "warn" and matched[0]["evidence"]["ratio"] == approx(0.4)  # 0.4 ÷ 1


def test_region_without_rows_is_an_input_error(tmp_path):
    """A typo in --region must not turn every verdict into a silent n/a."""
    plan = write_plan(tmp_path, {"id": "ind_a", "unit": "%", "direction": "up", "targets": {2030: {"text": "≥90%"}}})
    data = observations(records("ind_a", {2030: 95}))
    with pytest.raises(CheckerError) as raised:
        evaluate(plan, data, region="甲币")
    assert "甲币" in str(raised.value) and "did you mean 甲市" in str(raised.value)
    assert evaluate(plan, data).summary["pass"] == 1
