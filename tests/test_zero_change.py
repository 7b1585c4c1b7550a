"""A change of nought with nothing to bound it is no change that way.

"A 0% increase in diabetes and obesity" (a target of the global NCD framework: halt the rise) was read
as a rise of at least 0% (vs_baseline ≥ 0): every rise passed and any fall failed, the target turned
inside out. It reads as 零增长 does: no rise (≤ 0). "At least a 0% increase" keeps its bound (≥ 0).
Round 38: the verb says no side of a change of nought; it is no change the worse way, so 下降0% of a
lower-is-better indicator is ≤ 0 too (it was ≥ 0: a rising maternal mortality passed "cut by 0%").
"""

from __future__ import annotations

import pytest

from checker.language.grammar import parse_target


@pytest.mark.parametrize("text, op, value", [
    ("a 0% increase", "<=", 0.0),
    ("0% rise in adult obesity", "<=", 0.0),
    ("增长0%", "<=", 0.0),
    ("年均增长0%", "<=", 0.0),
    ("下降0%", "<=", 0.0),
    ("at least a 0% increase", ">=", 0.0),
    ("增长0%以上", ">=", 0.0),
    ("增长不超过0%", "<=", 0.0),
    ("a 5% increase", ">=", 5.0),
    ("at least a 5% increase", ">=", 5.0),
    ("at least a 10% relative reduction", "<=", -10.0),
])
def test_a_change_of_nought(text, op, value) -> None:
    rule = parse_target(text, "%", "down")
    assert (rule.op, rule.value) == (op, value)
