"""Eighteenth round: phrases and texts from plans the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


def test_a_yearly_change_in_permille_points_reads_as_points():
    """每年下降0.2个千分点 says per-mille points, as 个百分点 says percentage points: for a ‰ indicator a fall of
    0.2 a year, for a % indicator 0.02 points a year. 每年下降0.2‰ stays refused: after a yearly change ‰ may be a
    rate of growth (年均增长5‰)."""
    rule = parse_target("每年下降0.2个千分点", unit="‰", direction="down")
    assert (rule.kind, rule.op, rule.value, rule.unit, rule.change) == ("annual_rate", "<=", -0.2, "‰", "points")
    rule = parse_target("年均下降0.2个千分点", unit="%", direction="down")
    assert (rule.kind, rule.op, rule.unit, rule.change) == ("annual_rate", "<=", "%", "points")
    assert rule.value == pytest.approx(-0.02)
    rule = parse_target("比2020年下降5个千分点", unit="‰", direction="down")
    assert (rule.kind, rule.value, rule.base_year) == ("vs_baseline", -5, 2020)
    with pytest.raises(CheckerError):
        parse_target("每年下降0.2‰", unit="‰", direction="down")


def test_an_age_range_stays_in_an_english_name():
    """`aged 2 to 17 years` is who is counted, not a target `to 17 years`: the name runs on to the change after it.
    `to 80 years` after a name is still the target."""
    from drafts import drafted_from

    text = ("National Preventive Health Strategy 2021-2030\n"
            "By 2030, reduce overweight and obesity in children and adolescents aged 2 to 17 years by at least 5%.\n"
            "By 2030, increase the proportion of children aged 5 to 17 years who meet physical activity guidelines "
            "to 30%.\n"
            "By 2030, increase life expectancy to 84 years.\n")
    assert drafted_from(text) == {
        ("overweight and obesity in children and adolescents aged 2 to 17 years", 2030, "by at least 5%"),
        ("proportion of children aged 5 to 17 years who meet physical activity guidelines", 2030, "to 30%"),
        ("人均预期寿命", 2030, "increase life expectancy to 84 years")}
