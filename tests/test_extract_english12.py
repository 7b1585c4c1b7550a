"""English body sentences of the twelfth round: numbered target lists, WHO-style regional targets with
"per cent", and a deadline written "come 2030". Sentences are written for these tests."""

from __future__ import annotations

from checker.documents.english_sentences import find
from checker.documents.model import paragraph


def _found(text: str, year: int | None = None) -> dict[tuple, list[str]]:
    return {(f.subject, f.text, f.year): f.review for f in find(paragraph(text, 1), year)}


def test_a_numbered_label_ends_the_item_before_it_and_names_nothing():
    """Items "Target 3: …" run on in one paragraph: each name took the next item's label ("… adults Target 4")."""
    found = _found("The plan sets these targets for 2030: Target 3: A 15% relative reduction in the prevalence of "
                   "inactivity among adults Target 4: A 20% relative reduction in mean daily sugar intake", 2030)
    assert {(name, text) for name, text, _ in found} == {
        ("prevalence of inactivity among adults", "A 15% relative reduction"),
        ("mean daily sugar intake", "A 20% relative reduction")}


def test_per_cent_written_out_in_a_change_before_its_name():
    """"20 per cent relative reduction in …" set nothing ("%" only was read there)."""
    assert set(_found("- 20 per cent relative reduction in the harmful use of tobacco.", 2030)) == {
        ("harmful use of tobacco", "20 per cent relative reduction", 2030)}


def test_come_a_year_sets_the_year_and_targeting_to_is_no_name():
    """"The ministry is targeting to reduce X by 20% come 2030" was dropped: no year was found."""
    found = _found("The ministry is targeting to reduce the prevalence of diabetes among adults by 20% come 2030.")
    assert [(name, year) for name, _, year in found] == [("prevalence of diabetes among adults", 2030)]
