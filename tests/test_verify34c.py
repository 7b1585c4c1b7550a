"""English plans of the thirty-fourth round, second look (verify3): a later clause of one measure ("and down to five
per cent by 2025"), a thousands comma with a space ("18, 000"), the direction of "Reduction in X" and "X Reduction Rate
among women", and targets that were lost without a word. Texts are written for these tests in the forms of state
health plans, HIV strategic frameworks and nutrition action plans."""

from __future__ import annotations

from tests.files import drafted_of, drafted_targets


def _draft(text: str):
    """The draft ``checker extract`` makes of the plain ``text``."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    return build(read_text(text, "plan.txt"))


def test_a_later_clause_keeps_the_measures_name():
    """"…to 10 per cent by 2020, and down to five per cent by 2025" drafted the 2025 end-goal under a new indicator
    named `down` (and ", and then to 10% by 2030" under `then`): the smoking rate kept only its 2020 target, so a 9% rate
    in 2025 passed ≤10%. The later clause is of the same measure and keeps its name."""
    for text, years in (
            ("Health Plan 2016-2025\n\nThe government has set a target to reduce the adult smoking rate to 10 per cent by "
             "2020, and down to five per cent by 2025.\n", {2020, 2025}),
            ("Health Plan 2021-2030\n\nReduce the adult smoking rate to 15% by 2025, and then to 10% by 2030.\n",
             {2025, 2030})):
        draft = _draft(text)
        (item,) = draft.indicators
        assert item["name"]["en"] == "adult smoking rate"
        assert set(item["targets"]) == years


def test_a_thousands_comma_with_a_space_is_one_number():
    """"To reduce new HIV infections to 18, 000 or fewer by 2020" was cut at the comma into two 2020 targets, `to 18`
    and `000 or fewer` (17000 failed ≤18 and ≤0), while `explain` reads 18000. One target, read as explain reads it."""
    (target,) = drafted_targets("HIV Strategic Framework 2017-2021\n\n"
                                "To reduce new HIV infections to 18, 000 or fewer by 2020.\n")
    assert target[1] == 2020 and target[2] == "to 18, 000 or fewer"


def test_a_reduction_in_or_a_reduction_rate_among_is_up():
    """"Reduction in Maternal Mortality Rate: 50% by 2025" and "Anaemia Reduction Rate among women: 50% by 2025" were
    drafted down ("guessed from the name"), so a 60% cut failed ≤50%. Both name the size of a cut: up. A target that
    gives the level the thing is cut to ("Reduction of the smoking rate: to 15%") is not a size of a cut."""
    draft = _draft("Health Plan 2021-2030\n\nOutcomes\n\n  • Reduction in Maternal Mortality Rate: 50% by 2025.\n"
                   "  • Anaemia Reduction Rate among women: 50% by 2025.\n")
    assert [item["direction"] for item in draft.indicators] == ["up", "up"]
    draft = _draft("Health Plan 2021-2030\n\nReduction of the smoking rate: to 15% by 2025.\n")
    assert [item["direction"] for item in draft.indicators] == ["down"]
