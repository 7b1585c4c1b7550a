"""A change bounded by a comparator: the comparator bounds the size of the change, so for a fall
"at least 3%" is a change of −3% or less ("年均下降不低于3%" was read as a fall of *at most* 3%).
An amount in a unit keeps its unit when no indicator unit is given ("提高2岁" is two years, not two
percentage points), and a change bounded both ways at once is refused."""

from __future__ import annotations

import pytest

from checker.errors import GrammarError
from checker.language.grammar import parse_target

READ = [
    ("年均下降不低于3%", "%", "down", "annual_rate", "<=", -3),
    ("年均下降不超过3%", "%", "down", "annual_rate", ">=", -3),
    ("年均降幅不低于3%", "%", "down", "annual_rate", "<=", -3),
    ("年均增长不低于5%", "%", "up", "annual_rate", ">=", 5),
    ("年均增长不超过5%", "%", "neutral", "annual_rate", "<=", 5),
    ("下降不少于10%", "%", "down", "vs_baseline", "<=", -10),
    ("至少降低10%", "%", "down", "vs_baseline", "<=", -10),
    ("降低不超过10%", "%", "neutral", "vs_baseline", ">=", -10),
    ("提高至少2岁", "岁", "up", "vs_baseline", ">=", 2),
    ("reduce by up to 10%", "%", "neutral", "vs_baseline", ">=", -10),
    ("cut by at least 10%", "%", "down", "vs_baseline", "<=", -10),
]


@pytest.mark.parametrize("text, unit, direction, kind, op, value", READ)
def test_bounded_change(text: str, unit: str, direction: str, kind: str, op: str, value: float) -> None:
    rule = parse_target(text, unit=unit, direction=direction)
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)


def test_an_amount_keeps_its_unit_without_an_indicator_unit() -> None:
    rule = parse_target("提高2岁")
    assert (rule.kind, rule.value, rule.unit, rule.change) == ("vs_baseline", 2, "岁", "points")


@pytest.mark.parametrize("text", ["至多下降10%以上", "年均下降不低于3%以下", "至少提高5%以内"])
def test_a_change_bounded_both_ways_is_refused(text: str) -> None:
    with pytest.raises(GrammarError, match="both from above and from below"):
        parse_target(text, unit="%", direction="down")


@pytest.mark.parametrize("text, first", [("≥90%，持续提升", ("lower_bound", ">=", 90)), ("≤5‰，逐年下降", ("upper_bound", "<=", 5))])
def test_a_bound_then_a_trend_is_both(text: str, first: tuple) -> None:
    rule = parse_target(text, unit="%" if "%" in text else "‰", direction="up" if "提升" in text else "down")
    assert rule.kind == "all_of"
    assert (rule.parts[0].kind, rule.parts[0].op, rule.parts[0].value) == first
    assert rule.parts[1].kind == "trend"
