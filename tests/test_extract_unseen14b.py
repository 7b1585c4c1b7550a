"""Fourteenth round (second part) of unseen texts: news of a province's elderly-care plan that restates a target,
then someone's projection of the population over several clauses; each test's sentences are written for it."""

from __future__ import annotations

from drafts import drafted_from as _drafted


def test_a_projection_opening_a_later_clause_sets_nothing():
    """…将持续加深，据测算，到2025年…将达…万人: the projection's head opens the second clause, not the sentence."""
    text = ("某省养老规划新闻\n到2025年，全省公办养老机构入住率达到55%以上。\n"
            "今后五年，全省老龄化程度将继续加深，据测算，到2025年，80岁以上老年人口将达300万人，增长20.5%。\n")
    assert _drafted(text) == {("公办养老机构入住率", 2025, "达到55%以上")}


def test_a_projection_runs_on_over_a_semicolon():
    """据预测，…将达…万人；…将分别增加…: the clause after the ；is the same projection."""
    text = ("某省养老规划新闻\n到2025年，全省公办养老机构入住率达到55%以上。\n"
            "据预测，到2025年全省老年人口将达900万人；城镇和农村老年人口将分别增加20万人、30万人。\n")
    assert _drafted(text) == {("公办养老机构入住率", 2025, "达到55%以上")}


def test_a_year_after_the_semicolon_sets_a_target_again():
    """据预测，到2025年…将达…；到2030年，…达到…: a year that leads anew ends the projection."""
    text = ("某省养老规划新闻\n"
            "据预测，到2025年全省老年人口将达900万人；到2030年，全省公办养老机构入住率达到60%以上。\n")
    assert _drafted(text) == {("公办养老机构入住率", 2030, "达到60%以上")}
