"""Ninth round of phrases from plans checker was not built on: each defect found gets a case here."""

from __future__ import annotations

from checker.language.grammar import parse_target


def test_steady_rise_is_an_upward_trend() -> None:
    """稳中有升 (steady, with a rise) mirrors 稳中有降: a trend upwards, not a refusal."""
    rule = parse_target("稳中有升", unit="%", direction="up")
    assert rule.kind == "trend"
    assert rule.trend == "up"
    assert rule.value is None


def test_steady_fall_still_reads_down() -> None:
    """The mirror word keeps its own direction after 稳中有升 was taught."""
    rule = parse_target("稳中有降", unit="%", direction="down")
    assert rule.kind == "trend"
    assert rule.trend == "down"


def test_explain_says_full_coverage_in_a_count_is_judged_as_yes_or_at_least_one():
    """每个县至少1所 (unit 所) was explained as '100% (98% warns)', while a check judges a count's full
    coverage as yes or at least 1: the explanation now says what the check does."""
    from checker.judge.explain import describe
    from checker.judge.policy import default_policy

    words = describe(parse_target("每个县至少1所", unit="所", direction="up"), default_policy())
    assert "≥ 1所" in words["pass"][0] and "warn" not in words
    assert "100%" in describe(parse_target("全覆盖", unit="%", direction="up"), default_policy())["pass"][0]
