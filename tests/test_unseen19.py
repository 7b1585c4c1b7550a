"""Nineteenth round: phrases and texts from plans the project had not seen; each test's words are written for it."""

from __future__ import annotations

from drafts import drafted_from


def test_what_a_past_year_included_is_not_a_target():
    """`These included … raising X to 93.2 percent` lists what a past year achieved: the participle after
    `included` is no goal. A goal's `by 2030` in the next sentence still is."""
    text = ("Health sector plan 2021-2030\n"
            "In 2023, the sector achieved the three tasks it was given. These included exceeding the aim of 12 "
            "doctors per 10,000 people, and raising the share of people with health insurance to 93.2 percent.\n"
            "By 2030, the share of people with health insurance will be increased to 95 percent.\n")
    assert drafted_from(text) == {("share of people with health insurance", 2030,
                                   "the share of people with health insurance will be increased to 95 percent")}
