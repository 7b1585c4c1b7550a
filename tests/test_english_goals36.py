"""Round 36: English goals — a five-year plan that is not China's, goals lost without a word, names cut at a "to" of
the name or holding who pledged them, a list's verb, the plan's own span and refusals that name the phrase's words.

Each test's docstring says what was wrong (the English tester's report of round 36, findings 2-8 and 10).
"""
from __future__ import annotations

import pytest

from checker.errors import GrammarError
from checker.language.grammar import parse_target
from drafts import draft_from
from files import drafted_targets, extract_refusal


def _targets(text: str) -> dict[str, tuple]:
    """name → (year, text, review) of every target drafted from ``text``."""
    return {name: (year, words, review) for name, year, words, review in drafted_targets(text)}


def _way(text: str, name: str) -> str:
    """The better way the draft of ``text`` gives the indicator named ``name``."""
    draft = draft_from(text)
    return next(item["direction"] for item in draft.indicators
                if name in (item["name"].get("en"), item["name"].get("zh")))


# --- finding 2: an English "13th Five-Year Plan" is China's only in a text about China ---------------------------------

BHUTAN = ("Called the Health Strategy, it is expected to reduce the death of newborns by the end of the 13th Five-Year "
          "Plan.\nThe ministry also plans to maintain the current hospital delivery rate of over 98 per cent by "
          "improving care for mothers.\n")


def test_a_five_year_plan_not_said_to_be_chinas_gives_no_year():
    """Bhutan's `by the end of the 13th Five-Year Plan` (its 13th plan runs 2024-2029) was read as China's 十三五, and a
    target of no year was drafted for 2020, a year the text never names. Now no year is read from it: the text is
    refused for want of a year, never dated 2020."""
    assert drafted_targets(BHUTAN) == []
    assert "no body sentence with a target year" in extract_refusal(BHUTAN)
    # in a text about China the English period is still 十四五's end (2025), as before
    china = ("China's health plan\nBy the end of the 14th Five-Year Plan period, the average life expectancy will "
             "reach 78.3 years.\n")
    assert _targets(china)["人均预期寿命"][0] == 2025


def test_a_target_dated_by_another_countrys_five_year_plan_is_counted():
    """A target whose only deadline is a numbered five-year plan of a text not about China is counted under
    `left_out`, its years not given, where another sentence dates the rest (it was drafted for 2020)."""
    text = ("The plan will reduce the infant mortality rate to 15 per 1,000 live births by the end of the 12th "
            "Five-Year Plan.\nBy 2030, reduce the maternal mortality ratio to 70 per 100,000 live births.\n")
    draft = draft_from(text)
    assert {year for item in draft.indicators for year in item["targets"]} == {2030}
    assert any("five-year plan the text does not say is China's" in why for why in draft.left_out)


# --- findings 3 and 4: goals lost without a word ---------------------------------------------------------------------

def test_a_third_goal_after_and_attain_is_counted():
    """`reduce … by 35%, … by 20% and attain 0% TB-affected families facing catastrophic costs` drafted two targets
    and dropped the third without a word; it is now counted as an English goal not read."""
    draft = draft_from("Framework for the End TB Strategy 2016-2020\n\nOverall, the Region wants to reduce the number "
                       "of TB deaths by 35%, the number of TB patients by 20% and attain 0% TB-affected families facing "
                       "catastrophic costs due to TB.\n")
    assert len(draft.indicators) == 2
    assert draft.left_out.get("left out: an English goal not read (write it by hand)") == [3]


def test_goals_after_to_be_reached_by_are_counted():
    """`The targets … to be reached by 2005 are: to detect 70% of …, and to successfully treat 85% of …` was taken
    for what happened (`be reached`) and lost; alone in a file the refusal said no target was found. Both goals are
    now counted, and the refusal says they were left out."""
    text = ("The targets for TB control to be reached by 2005 are: to detect 70% of new smear-positive TB cases, and "
            "to successfully treat 85% of these cases.\n")
    assert "left out: an English goal not read" in extract_refusal(text)
    draft = draft_from(text + "\nBy 2015, the burden of TB will be reduced by 50% relative to 1990 levels.\n")
    assert len(draft.left_out.get("left out: an English goal not read (write it by hand)", [])) == 2


# --- finding 5: a name that holds a "to" ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, words", [
    ("Increase the national budget dedicated to health to at least 15% by 2020 with particular focus on mobilizing "
     "resources for the Reproductive, Maternal, Newborn, Child and adolescent.",
     "national budget dedicated to health", "to at least 15%"),
    ("By 2030, increase the share of the national budget allocated to primary care to at least 30%.",
     "share of the national budget allocated to primary care", "to at least 30%"),
])
def test_a_name_runs_on_over_its_own_to(sentence, name, words):
    """`the national budget dedicated to health to at least 15%` was named `national budget dedicated`, its text
    `to health to at least 15% by 2020`, with no note; the name runs on over a "to" its last word takes
    (rules/extract.yaml: english_name_to), and the deadline is no part of the text."""
    assert _targets(sentence + "\n")[name][1] == words


# --- finding 6: who committed is no part of the name, and the verb stays --------------------------------------------

def test_who_committed_names_nothing_and_the_verb_says_which_way():
    """`Uganda committed to reduce unmet need for family planning to 10%` was named `Uganda committed to reduce unmet
    need …`, its text `to 10%` read as around 10% (a fall to 7% failed). Now the name is the measure's and the text
    keeps its verb: at most 10%, down."""
    text = ("Uganda committed to reduce unmet need for family planning to 10% and increase the modern contraceptive "
            "prevalence rate (mCPR) amongst married women in union to 50% by 2020.\n")
    year, words, _ = _targets(text)["unmet need for family planning"]
    assert (year, words) == (2020, "reduce unmet need for family planning to 10%")
    assert parse_target(words).op == "<="
    assert _way(text, "unmet need for family planning") == "down"


def test_who_has_targeted_names_nothing():
    """`The Health Ministry has targeted to reduce newborn deaths from 21 … to 13.2 …` was named `Health Ministry has
    targeted to reduce newborn deaths`, its direction not known."""
    text = ("The Health Ministry has targeted to reduce newborn deaths from 21 per 1,000 live births to 13.2 per 1000 "
            "live births by 2023.\n")
    assert "newborn deaths" in _targets(text)
    assert _way(text, "newborn deaths") == "down"


def test_a_verb_before_a_name_the_grammar_cannot_read_is_kept_in_the_reading():
    """`reduce deaths attributable to alcohol to 5 per 100,000` kept only `to 5 per 100,000`, read as around 5 with
    no direction; the verb before the name now says which way, with a note."""
    text = "By 2025, reduce deaths attributable to alcohol to 5 per 100,000.\n"
    _, _, review = _targets(text)["deaths attributable to alcohol"]
    assert "its verb (reduce)" in review
    assert _way(text, "deaths attributable to alcohol") == "down"


# --- finding 7: a list's verb governs its later items -----------------------------------------------------------------

def test_a_lists_leading_verb_is_carried_to_its_later_items():
    """`reduce newborn mortality to 5 per 1,000 live births, stillbirths to 2 per 1,000, and …`: stillbirths read
    `to 2 per 1,000` as around 2, direction unknown, with no note; the list's verb is carried, said in a note, and
    the draft reads at most 2, down."""
    text = ("The plan sets sharp new targets: reduce newborn mortality to 5 per 1,000 live births, stillbirths to 2 per "
            "1,000, and maternal mortality to 40 per 100,000 live births by 2029.\n")
    _, words, review = _targets(text)["stillbirths"]
    assert words == "to 2 per 1,000"
    assert "with the one before it (reduced)" in review
    assert _way(text, "stillbirths") == "down"


# --- finding 8: the base year from the plan's own span ----------------------------------------------------------------

def test_the_base_year_is_guessed_from_the_span_that_holds_the_target():
    """`BENAP 2025–2029 …` then `the previous BENAP (2016–2023)`: the base year was guessed from the previous plan's
    bracketed span (2015); it is now the year before the span that holds the target year (2024)."""
    draft = draft_from("The Bhutan Every Newborn Action Plan (BENAP) 2025–2029, released by the Ministry of Health, "
                       "signals a renewed national commitment.\n\nThe plan sets sharp new targets: reduce newborn "
                       "mortality to 5 per 1,000 live births by 2029. These targets build on the progress achieved "
                       "under the previous BENAP (2016–2023).\n")
    assert draft.plan["base_year"] == 2024
    assert "2025–2029" in draft.plan["review"]


# --- finding 10: refusals name the phrase's own words, and only those it cannot place ---------------------------------

def _refusal(phrase: str, unit: str, direction: str) -> str:
    with pytest.raises(GrammarError) as refused:
        parse_target(phrase, unit, direction)
    return refused.value.message


def test_a_refusal_names_only_the_words_without_which_the_phrase_reads():
    """`decrease from over 29 to less than 15 per cent` was refused naming `decrease, from, over`; without `over` the
    phrase reads, so only `over` is named."""
    message = _refusal("decrease from over 29 to less than 15 per cent", "%", "down")
    assert "cannot place the words over before" in message


def test_a_refusal_names_the_english_words_not_a_chinese_one():
    """`less than 1 case per million population per year` was refused naming `每年, less than`: a Chinese word not in
    the phrase, and words that read. It names `per year`."""
    message = _refusal("less than 1 case per million population per year", "1/10万", "down")
    assert "每年" not in message
    assert "cannot place the words per year before" in message
