"""Tenth round of phrases from plans checker was not built on: each defect found gets a case here."""

from __future__ import annotations

import pytest

from checker.language.grammar import parse_target


def test_a_rise_on_the_current_basis_is_a_change_from_the_plans_base_year() -> None:
    """在现有基础上提高50% (up by half on what there is now) was refused; "now" is where the plan starts,
    so it reads as a relative change from the plan's base year, like 比基期提高50%."""
    rule = parse_target("在现有基础上提高50%", unit="%", direction="up")
    assert rule.kind == "vs_baseline"
    assert rule.op == ">="
    assert rule.value == 50
    assert rule.base_year is None


def test_the_current_basis_after_an_indicator_name_is_split_off() -> None:
    """With a name before it, the name is the subject and the rest the target (not a refusal)."""
    rule = parse_target("治疗率在现有水平上提高20%", unit="%", direction="up")
    assert rule.kind == "vs_baseline"
    assert rule.value == 20
    assert rule.subject == "治疗率"


def test_a_name_beginning_with_the_word_for_current_stays_a_name() -> None:
    """现有 inside an indicator's name (现有病例…) does not turn its target into a change."""
    rule = parse_target("现有病例管理率达到90%", unit="%", direction="up")
    assert rule.kind == "reach"
    assert rule.value == 90


def test_not_below_the_current_level_is_no_fall_from_the_base() -> None:
    """不低于现有水平 reads as a change of at least 0 from the plan's base year, not refused."""
    rule = parse_target("不低于现有水平", unit="%", direction="up")
    assert rule.kind == "vs_baseline"
    assert rule.op == ">="
    assert rule.value == 0


def test_a_hundred_percent_full_coverage_is_full_coverage() -> None:
    """实现100%全覆盖 says full coverage twice over; it was refused for the 100% before 全覆盖."""
    rule = parse_target("实现100%全覆盖", unit="%", direction="up")
    assert rule.kind == "full_coverage"
    assert rule.value == 100


@pytest.mark.parametrize("text", ["basically achieved", "to be achieved"])
def test_english_achieved_is_a_deliverable(text: str) -> None:
    """A translated plan's "basically achieved" (基本实现) was refused for the word achieved."""
    rule = parse_target(text, unit=None, direction="up")
    assert rule.kind == "achieved"


@pytest.mark.parametrize(
    ("text", "kind", "value", "year"),
    [
        ("at least 80 percent by 2027", "lower_bound", 80, 2027),
        ("cut by one third by 2030", "vs_baseline", -100 / 3, 2030),
        ("basically achieved by 2026", "achieved", None, 2026),
    ],
)
def test_an_english_deadline_after_the_target_is_the_target_year(text: str, kind: str, value, year: int) -> None:
    """A trailing "by 2027" was refused as an unread word; it is the year the target is due, as a
    leading "by 2027," already was."""
    rule = parse_target(text, unit="%" if value is not None else None, direction="up" if kind != "vs_baseline" else "down")
    assert rule.kind == kind
    assert rule.year == year
    if value is not None:
        assert rule.value == pytest.approx(value)


def test_a_trailing_year_after_in_is_not_taken_as_a_deadline() -> None:
    """"in 2015" at the end may be the base of a comparison: it is not moved to the front as a deadline."""
    from checker.language.english import to_chinese

    assert "到2015年" not in to_chinese("lower than in 2015")


@pytest.mark.parametrize(("text", "trend"), [("逐年递增", "up"), ("持续递减", "down")])
def test_a_steady_increase_by_degrees_is_a_trend(text: str, trend: str) -> None:
    """逐年递增 (rising year by year, with no number) was refused; 递增/递减 were change words only."""
    rule = parse_target(text, unit="%", direction=trend)
    assert rule.kind == "trend"
    assert rule.trend == trend


def test_a_yearly_increase_with_a_number_stays_an_annual_rate() -> None:
    """With a number, 年递增5% is still a yearly rate, not a bare trend."""
    rule = parse_target("年递增5%", unit="%", direction="up")
    assert rule.kind == "annual_rate"
    assert rule.value == 5


@pytest.mark.parametrize("text", ["a 25% relative reduction by 2028", "by 2028, a 25% relative reduction"])
def test_a_change_written_as_a_noun_keeps_its_deadline(text: str) -> None:
    """"a 25% relative reduction" was read, but with a deadline before or after it the noun was left
    unread and the phrase refused."""
    rule = parse_target(text, unit="%", direction="down")
    assert rule.kind == "vs_baseline"
    assert rule.value == -25
    assert rule.year == 2028


@pytest.mark.parametrize(
    ("text", "kind", "year", "base_year"),
    [("二〇二七年达到八成", "reach", 2027, None), ("比二零二一年下降5%", "vs_baseline", None, 2021)],
)
def test_a_year_in_chinese_digits_is_a_year(text: str, kind: str, year, base_year) -> None:
    """A year written digit by digit (二〇二七年), as formal documents date goals, was refused in a
    phrase; extraction already read it in body text. A base year so written is a base year."""
    rule = parse_target(text, unit="%", direction="up" if kind == "reach" else "down")
    assert rule.kind == kind
    assert rule.year == year
    assert rule.base_year == base_year
