"""Target phrases of the fourteenth round: goals whose only number is a calendar year. Each test's phrases are
written for it in the forms plans use."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


@pytest.mark.parametrize("phrase", ["increase to 2030", "rise to 2035", "reach 2025", "提高到2030", "达到2025",
                                    "到2030", "2030", "increase to 2030 by 2030"])
@pytest.mark.parametrize("unit", [None, "%", "岁"])
def test_a_bare_year_as_the_only_value_is_refused(phrase, unit):
    """"increase to 2030" read as a level of 2030: the number names when, not how much, so it is refused."""
    with pytest.raises(CheckerError, match="reads as a year"):
        parse_target(phrase, unit, "up")


def test_a_year_like_number_with_a_unit_or_a_count_indicator_stays_a_quantity():
    assert parse_target("达到2030人", None, "up").value == 2030
    assert parse_target("2030", "人", "up").value == 2030
    assert parse_target("达到1500", None, "up").value == 1500
    rule = parse_target("increase to 95% by 2030", "%", "up")
    assert (rule.value, rule.year) == (95, 2030)
