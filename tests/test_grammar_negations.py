"""A negated comparison: 未超过5% is at most 5%, 不足5% and 不到5% less than 5%; "higher by" needs a than.

未超过5% was read as more than 5% (超过 with 未 left in the subject): a negation before a target turns
it round. The negated comparisons the grammar knows are words of its own; any other negation before
a target is refused, naming it."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


@pytest.mark.parametrize("text, op, value", [
    ("未超过5%", "<=", 5.0), ("不超出5%", "<=", 5.0), ("未超出12/10万", "<=", 12.0),
    ("不足5%", "<", 5.0), ("不到5%", "<", 5.0), ("控制在不到5%", "<", 5.0),
])
def test_negated_comparisons_read_as_bounds(text, op, value):
    rule = parse_target(text, direction="down")
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", op, value)


@pytest.mark.parametrize("text, word", [("未低于5%", "未"), ("没有超过5%", "没有"), ("并非低于5%", "并非"),
                                        # in body text a negated comparison more often reports than sets
                                        ("婴儿死亡率未超过5‰", "未"), ("孕产妇死亡率不到10/10万", "不")])
def test_any_other_negation_before_a_target_is_refused(text, word):
    with pytest.raises(CheckerError, match=f"cannot place the words {word} before"):
        parse_target(text, direction="down")


@pytest.mark.parametrize("text", ["高出5个百分点", "低出5%", "超出5%", "多出5%"])
def test_higher_by_without_than_what_is_refused(text):
    """高出5个百分点 was read as a level of about 5 (points), with 高出 for the indicator's name."""
    with pytest.raises(CheckerError, match="cannot place the words"):
        parse_target(text, direction="up")


@pytest.mark.parametrize("text", ["三年内下降10%", "5年内达到90%"])
def test_within_so_many_years_of_an_unnamed_start_is_refused(text):
    """三年内下降10% was a fall of 10% from the plan's base year by its target year: three years from
    when is not said, and the plan's span need not be three years."""
    with pytest.raises(CheckerError, match="年内 before the target"):
        parse_target(text, direction="down")
