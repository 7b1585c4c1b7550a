"""Round 35, plan phrases and units: a change over a plan period, 优于 of a neutral indicator, a baseline in another
scale, a bound with a trend after it, a count under 每千人口, a range reached by shortening, a near miss's gap."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.language.grammar import parse_target
from checker.errors import CheckerError
from checker.plan.lint import lint
from files import check, written

#: a 2024–2027 action plan of 岳阳市, based in 2023, with one indicator (its lines filled in per test)
PLAN = """\
plan:
  id: p35
  title: {{zh: 测试（2024—2027年行动方案）}}
  region: 岳阳市
  references: {{province: 湖南省}}
  base_year: 2023
  target_years: [2025, 2027]
indicators:
  - id: ind
    name: {{zh: {name}}}
{lines}    targets:
      {year}: {{text: "{text}"}}
"""


def _plan(folder: Path, name: str, text: str, lines: str, year: int = 2025) -> str:
    return written(folder, PLAN.format(name=name, text=text, lines=lines, year=year), "plan.yaml")


@pytest.mark.parametrize("phrase, base", [("“十四五”期间累计下降10%", 2020), ("十四五时期累计下降10%", 2020),
                                          ("“十三五”期间累计下降10%", 2015), ("在“十四五”期间，过早死亡率年均下降2%", 2020)])
def test_a_change_over_a_plan_period_counts_from_the_year_before_it(phrase: str, base: int) -> None:
    """`“十四五”期间累计下降10%`: the period words went into the subject and the change was measured from the plan's
    base year (2023 in a 2024–2027 plan), not from 2020, where the period starts."""
    rule = parse_target(phrase, "%", "down")
    assert rule.base_year == base
    assert not (rule.subject or "").startswith(("十四五", "十三五"))


def test_a_change_over_a_plan_period_is_judged_from_its_base_and_lint_says_so(tmp_path: Path) -> None:
    """9.0% in 2025 against 10.0% in 2020 is the 10% fall the plan asks for; it failed against 2023's 9.5%, and lint
    said nothing of the base year the phrase counts from."""
    plan = _plan(tmp_path, "重大慢性病过早死亡率", "“十四五”期间累计下降10%", '    unit: "%"\n    direction: down\n')
    data = written(tmp_path, "地区,指标,年份,数值,单位\n岳阳市,重大慢性病过早死亡率,2020,10.0,%\n"
                             "岳阳市,重大慢性病过早死亡率,2023,9.5,%\n岳阳市,重大慢性病过早死亡率,2025,9.0,%\n")
    result = check(plan, data, "--as-of", "2025", "--format", "json")
    verdict = json.loads(result.output[result.output.index("{"):])["results"][0]
    assert verdict["status"] == "pass" and verdict["evidence"]["baseline"]["year"] == 2020
    warned = [p for p in lint(plan) if p.code == "period-base"]
    assert warned and "2020" in warned[0].message and "2023" in warned[0].message


@pytest.mark.parametrize("phrase", ["优于全省平均水平", "始终好于全国平均", "不劣于全国平均水平", "better than the provincial average"])
def test_better_than_a_reference_is_refused_for_a_neutral_indicator(phrase: str) -> None:
    """`优于全省平均水平` of 出生人口性别比 (direction: neutral) was read as `>`: a ratio of 112 beat the province's 110,
    further from normal. Better has no side for a neutral indicator."""
    with pytest.raises(CheckerError, match="needs the way the indicator is better"):
        parse_target(phrase, None, "neutral")
    assert parse_target(phrase, None, "down").op in ("<", "<=")
    assert parse_target("高于全省平均", None, "neutral").op == ">"


def test_a_neutral_better_than_target_is_a_located_lint_error_and_check_refuses(tmp_path: Path) -> None:
    """The plan passed with exit 0 and lint said nothing; now lint names the line, and check refuses (exit 2)."""
    plan = _plan(tmp_path, "出生人口性别比", "优于全省平均水平", "    direction: neutral\n")
    errors = [p for p in lint(plan) if p.severity == "error"]
    assert errors and errors[0].location.line == 13 and "neutral" in errors[0].message
    data = written(tmp_path, "地区,指标,年份,数值\n岳阳市,出生人口性别比,2025,112\n湖南省,出生人口性别比,2025,110\n")
    assert check(plan, data, "--as-of", "2025").exit_code == 2


@pytest.mark.parametrize("name, unit, baseline, target", [("婴儿死亡率", "‰", "2.8%", "≤3‰"),
                                                          ("重大慢性病过早死亡率", "%", "95‰", "≤9%"),
                                                          ("孕产妇死亡率", "1/10万", "1.2/万", "≤15/10万")])
def test_a_baseline_in_another_scale_is_warned_whatever_the_ratio(tmp_path: Path, name: str, unit: str, baseline: str,
                                                                  target: str) -> None:
    """`baseline: {2023: "2.8%"}` under `unit: ‰` became 28‰ without a word (baseline-scale speaks only at 10× from
    the target, and 28‰ is 9.3× the ≤3‰ target): progress was measured from 28‰, and a rate that rose passed."""
    plan = _plan(tmp_path, name, target, f'    unit: "{unit}"\n    direction: down\n'
                                         f'    baseline: {{2023: "{baseline}"}}\n', 2027)
    warned = [p for p in lint(plan) if p.code == "unit-scale" and "baseline" in p.location.path]
    assert warned and baseline in warned[0].message and warned[0].location.line == 13


def test_a_baseline_in_the_indicators_own_unit_is_not_warned(tmp_path: Path) -> None:
    """The control: 2.8‰ under ‰, or a count in 万人 under 人 (a magnitude, no scale of a rate), say nothing."""
    plan = _plan(tmp_path, "婴儿死亡率", "≤3‰", '    unit: ‰\n    direction: down\n    baseline: {2023: "2.8‰"}\n', 2027)
    assert [p for p in lint(plan) if p.code == "unit-scale"] == []
    plan = _plan(tmp_path, "常住人口", "≤80万人", '    unit: 人\n    direction: down\n    baseline: {2023: "78万人"}\n', 2027)
    assert [p for p in lint(plan) if p.code == "unit-scale"] == []


@pytest.mark.parametrize("phrase, direction, op, trend", [
    ("≤12.5%，逐年递减", "down", "<=", "down"), ("≥90%，逐年递增", "up", ">=", "up"), ("≥90%，稳中有升", "up", ">=", "up"),
    ("≤12.5%，稳中有降", "down", "<=", "down"), ("12.5%以下，逐年下降", "down", "<=", "down"),
    ("持续下降，2027年降至12.5%以下", "down", "<=", "down"), ("持续下降，降至12.5%以下", "down", "<=", "down")])
def test_a_bound_and_a_trend_are_both_read_whatever_the_trend_words(phrase: str, direction: str, op: str,
                                                                    trend: str) -> None:
    """`≤12.5%，逐年下降` was read as bound + trend, but `≤12.5%，逐年递减`, `≥90%，稳中有升`, `12.5%以下，逐年下降` and the
    trend first (`持续下降，2027年降至12.5%以下`) were refused, the error blaming the bound (`cannot place the words
    ≤12.5%`, `以下`, `下降`), though each part is a form the grammar reads alone."""
    rule = parse_target(phrase, "%", direction)
    assert rule.kind == "all_of"
    bound = next(part for part in rule.parts if part.kind != "trend")
    assert (bound.op, bound.value) == (op, 90.0 if op == ">=" else 12.5)
    assert [part.trend for part in rule.parts if part.kind == "trend"] == [trend]
    if "2027年" in phrase:
        assert rule.year == 2027


def test_a_count_of_people_under_a_per_people_unit_is_that_rate(tmp_path: Path) -> None:
    """`unit: 每千人口` (1/千人) was accepted, but `3.8人` under it was refused as "cannot convert 人 to 1/千人", with a
    hint (state the value in 1/千人) that did not say what to write; 3.8人 is 3.8 people per 1,000 people."""
    rule = parse_target("3.8人", "每千人口", "up")
    assert (rule.value, rule.unit) == (3.8, "1/千人")
    plan = _plan(tmp_path, "每千人口注册护士数", "3.8人", "    unit: 每千人口\n    direction: up\n")
    assert [p for p in lint(plan) if p.severity == "error"] == []


def test_another_count_under_a_per_people_unit_says_which_unit_to_write() -> None:
    """`6张` (beds) under `unit: 每千人口` is no number of people per 1,000 people: refused, the hint naming the unit
    that counts beds (`unit: 张/千人`)."""
    with pytest.raises(CheckerError) as caught:
        parse_target("6张", "每千人口", "up")
    assert "张/千人" in (caught.value.hint or "")


@pytest.mark.parametrize("phrase, unit, bound", [("縮短至1至2日", "天", 2.0), ("缩短至1-2天", "天", 2.0),
                                                ("降至8～10‰", "‰", 10.0), ("下降到3至5天", "天", 5.0)])
@pytest.mark.parametrize("direction", ["down", "neutral"])
def test_a_range_reached_by_falling_is_at_most_its_upper_end(phrase: str, unit: str, bound: float,
                                                             direction: str) -> None:
    """`縮短至1至2日` (shorten to 1–2 days) was a range with no way: a neutral indicator failed 0.5 days, and a
    down one passed it saying `目标 1–2天：达标`. A range reached by falling caps the value at its upper end."""
    rule = parse_target(phrase, unit, direction)
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<=", bound)


def test_a_range_beaten_on_its_better_side_says_why_it_passes(tmp_path: Path, monkeypatch) -> None:
    """`控制在1-2天` of a measure better lower stays a range, and 0.5 days passes; the reason read `目标 1–2天：达标`,
    a value outside the range called met without a word of why (both the engine's and the columnar path's)."""
    plan = _plan(tmp_path, "平均等候时间", "控制在1-2天", "    unit: 天\n    direction: down\n", 2025)
    data = written(tmp_path, "地区,指标,年份,数值,单位\n岳阳市,平均等候时间,2025,0.5,天\n")
    from checker.judge import columns

    for forced in ("0", "1"):
        monkeypatch.setenv(columns.FORCE_ENV, forced)
        result = check(plan, data, "--as-of", "2025", "--format", "json")
        reason = json.loads(result.output[result.output.index("{"):])["results"][0]["reason"]
        assert "更优一侧" in reason["zh"] and "better side" in reason["en"], forced


def test_a_near_miss_shows_a_gap_that_is_not_nought(tmp_path: Path, monkeypatch) -> None:
    """94.996 against `≥95%` warns, but the reason said `（相差 0%）` (`off by 0%`): the relative gap 0.004% rounded
    to two decimals. The gap is shown to its first digit that is not nought, in zh and en, in every output."""
    plan = _plan(tmp_path, "孕产妇系统管理率", "≥95%", '    unit: "%"\n    direction: up\n', 2025)
    data = written(tmp_path, "地区,指标,年份,数值\n岳阳市,孕产妇系统管理率,2025,94.996\n")
    from checker.judge import columns

    for forced in ("0", "1"):
        monkeypatch.setenv(columns.FORCE_ENV, forced)
        result = check(plan, data, "--as-of", "2025", "--format", "json")
        verdict = json.loads(result.output[result.output.index("{"):])["results"][0]
        assert verdict["status"] == "warn"
        assert "相差 0.004%" in verdict["reason"]["zh"] and "off by 0.004%" in verdict["reason"]["en"], forced
    monkeypatch.setenv(columns.FORCE_ENV, "0")
    assert "0.004%" in check(plan, data, "--as-of", "2025", "--format", "csv").output

