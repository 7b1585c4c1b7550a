"""English plan texts of a kind not seen before (reports and translations of health plans, other
countries' strategies): each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.model import paragraph
from checker.documents.sentences import find


def _found(text: str, year: int | None = None) -> dict[tuple, list[str]]:
    return {(f.subject, f.text, f.year): f.review for f in find(paragraph(text, 1), year)}


def test_three_names_and_three_values_respectively_pair_one_to_one():
    """"the death rates of mothers, infants and toddlers will decrease by 9.1 per 100,000, 3.2‰ and 4.1‰
    respectively" was cut at its commas: the middle piece was drafted as one target (two names, the
    first value), a wrong target with no note. Names and values listed over several clauses pair one
    to one, each flagged; a list that does not pair sets nothing."""
    text = ("By 2025, the life expectancy of the county will reach about 81 years, the death rate of mothers, "
            "infant mortality rate and mortality rate of toddlers will decrease to 9.1 per 100,000, 3.2‰ and 4.1‰ "
            "respectively.")
    found = _found(text)
    assert set(found) == {
        ("life expectancy of the county", "the life expectancy of the county will reach about 81 years", 2025),
        ("death rate of mothers", "will decrease to 9.1 per 100,000", 2025),
        ("infant mortality rate", "will decrease to 3.2‰", 2025),
        ("mortality rate of toddlers", "will decrease to 4.1‰", 2025),
    }
    assert "check the pairing" in found[("infant mortality rate", "will decrease to 3.2‰", 2025)][0]
    # one name, four values: which is whose cannot be told
    assert _found("These shares are set to fall to below 20 percent, 60 percent, 65 percent and 40 percent, "
                  "respectively, by 2030.") == {}


def test_a_list_of_values_without_respectively_and_a_year_at_the_sentence_end():
    """"The death rates of neonates, infants, and toddlers will be held below 3.0, 5.0, and 6.0 per thousand,
    by 2025." set nothing (the year was a clause of its own after the list); the verb-first "cut the
    infant and child death rates to below 9 per thousand and 12 per thousand, respectively" too."""
    found = _found("The death rates of neonates, infants, and toddlers will be held below 3.0, 5.0, and 6.0 per "
                   "thousand, by 2025.")
    assert set(found) == {
        ("death rate of neonates", "will be held below 3.0 per thousand", 2025),
        ("death rate of infants", "will be held below 5.0 per thousand", 2025),
        ("death rate of toddlers", "will be held below 6.0 per thousand", 2025),
    }
    found = _found("The region aims to cut the infant and child mortality rates to below 9 per thousand and "
                   "12 per thousand, respectively, by the end of 2027.")
    assert set(found) == {("infant mortality rate", "cut to below 9 per thousand", 2027),
                          ("child mortality rate", "cut to below 12 per thousand", 2027)}


def test_places_listed_after_a_name_take_the_name():
    """"cut the rate of second-hand smoking at work to below 30 percent, at home to below 70 percent"
    drafted a target named "at home"."""
    found = _found("By 2030, the city targets to cut the rate of second-hand smoking at work to below 30 "
                   "percent, at home to below 70 percent, and in taxis to below 10 percent.")
    assert {name for name, _, _ in found} == {"rate of second-hand smoking at work",
                                              "rate of second-hand smoking at home",
                                              "rate of second-hand smoking in taxis"}
