"""English body sentences of the thirteenth round: a target set in one year for a later one, a deadline
written "by the year 2035", and goals said by who acts ("we will take action to …", "the overarching goal is to
…"). Sentences are written for these tests."""

from __future__ import annotations

from checker.documents.english_sentences import find
from checker.documents.model import paragraph


def _found(text: str, year: int | None = None) -> list[tuple]:
    return [(f.subject, f.text, f.year) for f in find(paragraph(text, 1), year)]


def test_the_year_a_target_was_set_is_not_its_year():
    """"In 2014 the government set a target to reduce X from 12% to 6% by 2020" was drafted for 2014."""
    found = _found("In 2016 the ministry set a goal to cut the share of homes with damp from 14% to 7% by 2024 and "
                   "the latest survey shows the goal is met.")
    assert [year for _, _, year in found] == [2024]


def test_a_year_that_opens_a_sentence_with_no_deadline_is_kept():
    found = _found("In 2025, the screening rate should reach 70%.")
    assert [year for _, _, year in found] == [2025]


def test_a_deadline_written_by_the_year():
    """"… to less than 5% by the year 2035" was dropped: no year was found."""
    found = _found("Working with all provinces, we will take action to drive down alcohol misuse in Norway to "
                   "less than 8% by the year 2032.")
    assert found == [("alcohol misuse", "drive down alcohol misuse in Norway to less than 8%", 2032)]


def test_the_overarching_goal_is_to():
    """"The overarching goal is to reduce X to less than 5 per cent by 2035." was dropped."""
    found = _found("The overarching goal is to reduce sugary drink intake to less than 10 per cent by 2033.")
    assert found == [("sugary drink intake", "reduce sugary drink intake to less than 10 per cent", 2033)]
