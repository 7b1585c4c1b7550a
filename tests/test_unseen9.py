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
