"""Round 40, phrase grammar: a place before 消除, 建成区 before a later verb, the passive 得到消除, 不足 inside a rate's
name, Hong Kong's 達至, and refusals that name what they could not place.

Phrases are short real target phrases (provenance only): 健康杭州三年行动, 水污染防治行动计划, 人社“十三五”规划,
Hong Kong's 邁向2025 NCD plan, a Taiwan school page, an English release."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


@pytest.mark.parametrize("text, unit, subject, strive", [
    ("全市消除重污染天气", "天", "全市", False),
    ("区域消除重污染天气", "天", "区域", False),
    ("京津冀区域消除重污染天气", "天", "京津冀区域", False),
    ("全市力争消除重污染天气", "天", "全市", True),
    ("长三角、珠三角区域力争消除丧失使用功能的水体", "%", "长三角,珠三角区域", True),
])
def test_a_place_before_elimination_only_says_where(text, unit, subject, strive):
    """P#1: 全市消除… is none left (≤ 0) as 消除… is; the place was read as a subject that made it a yes/no."""
    rule = parse_target(text, unit, "down")
    assert (rule.kind, rule.op, rule.value, rule.subject) == ("upper_bound", "<=", 0.0, subject)
    assert ("strive" in rule.modifiers) is strive


@pytest.mark.parametrize("text, subject, year", [
    ("到2030年，城市建成区黑臭水体总体得到消除", "城市建成区黑臭水体", 2030),  # (总体 cut since round 41)
    ("城市建成区消除黑臭水体", "城市建成区", None),
    ("建成区消除黑臭水体", "建成区", None),
])
def test_built_up_area_before_a_later_verb_is_a_name(text, subject, year):
    """P#2: 建成区 was read as the verb 建成 + 区…, a yes/no deliverable."""
    rule = parse_target(text, "%", "down")
    assert (rule.kind, rule.op, rule.value, rule.subject, rule.year) == ("upper_bound", "<=", 0.0, subject, year)
    # (a thing built stays a deliverable: 建成区域医疗中心 has no later verb)
    assert parse_target("城市建成区域医疗中心", "个", "up").kind == "achieved"


def test_built_up_area_keeps_its_name_before_a_level():
    """P#2: the level read right, but its subject was cut to 区黑臭水体."""
    rule = parse_target("建成区黑臭水体控制在10%以内", "%", "down")
    assert (rule.kind, rule.op, rule.value, rule.subject) == ("upper_bound", "<=", 10.0, "建成区黑臭水体")


def test_the_passive_of_elimination_reads_as_elimination():
    """P#3: 得到消除 was refused naming 到."""
    rule = parse_target("黑臭水体总体得到消除", "%", "down")
    assert (rule.kind, rule.op, rule.value, rule.subject) == ("upper_bound", "<=", 0.0, "黑臭水体")


def test_a_measure_named_after_the_level_is_named_in_the_refusal():
    """P#4: refused naming nothing. (Since round 41 a rate or a level named after it, 的参保水平, reads: tests/test_fold41.py;
    words that name no measure, 的标准 as on a seed, are still refused, named.)"""
    with pytest.raises(CheckerError, match="the words after the level \\(的标准\\) could not be placed"):
        parse_target("保持95%左右的标准", "%", "up")


@pytest.mark.parametrize("text, subject", [
    ("體能活動不足的普遍率降低10%", "体能活动不足的普遍率"),
    ("身体活动不足率降低10%", "身体活动不足率"),
])
def test_shortfall_inside_a_rate_name_is_the_name(text, subject):
    """T#3: 不足 of 身体活动不足率 was the comparator 不足 (< X), refused."""
    rule = parse_target(text, "%", "down")
    assert (rule.kind, rule.value, rule.subject) == ("vs_baseline", -10.0, subject)
    assert parse_target("不足5%", "%", "down").op == "<"  # (before a number it is still the comparator)


@pytest.mark.parametrize("text, op, value", [("達至95%", ">=", 95.0), ("達至九成", ">=", 90.0),
                                             ("达至95%或以上", ">=", 95.0)])
def test_hong_kong_da_zhi_is_reach(text, op, value):
    """T#4: 達至 (Hong Kong's 达到) was refused naming 至."""
    rule = parse_target(text, "%", "up")
    assert (rule.op, rule.value, rule.subject) == (op, value, None)


def test_da_zhi_with_its_other_character_leaves_no_subject():
    """T#4: 達致95% read, but named 达致."""
    assert parse_target("達致95%", "%", "up").subject is None


def test_as_much_as_is_refused_naming_the_word():
    """T#4: 高達8成 was refused naming 高 alone."""
    with pytest.raises(CheckerError, match="高达 \\(as much as\\)"):
        parse_target("高達8成", "%", "up")


def test_a_name_after_the_amount_is_said():
    """T#5: 減少30%吸菸率 was refused with no word named."""
    with pytest.raises(CheckerError, match="the name \\(吸烟率\\) follows"):
        parse_target("減少30%吸菸率", "%", "down")


def test_by_points_a_year_gets_the_write_the_verb_reason():
    """E#10: refused naming `by`; `by 10%` says write the verb."""
    with pytest.raises(CheckerError, match="write the verb"):
        parse_target("by 2 percentage points a year", "%", "up")
