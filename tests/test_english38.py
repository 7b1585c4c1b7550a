"""Round 38, English plans and phrases (a tester's Pakistan MNCH page, Karnataka's RFD objectives and Bangladesh's 4th
HPNSP results framework): each test failed before its fix. Phrases are short real ones, as provenance."""

from __future__ import annotations

import pytest

from drafts import draft_from

from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _indicator(draft, name: str) -> dict:
    return next(item for item in draft.indicators if name in (item["name"].get("en"), item["name"].get("zh")))


def _reviews(item: dict) -> str:
    """Every review note of an indicator and its targets, joined."""
    notes = [item.get("review", "")]
    for entry in item["targets"].values():
        notes += [target.get("review", "") for target in (entry if isinstance(entry, list) else [entry])]
    return " | ".join(notes)


def _rule(item: dict, year: int):
    """The reading of an indicator's target of ``year``, as check reads it (its words, unit and direction)."""
    target = item["targets"][year]
    return parse_target(target["text"], unit=item.get("unit"), direction=item["direction"])


# --- 1. "and to <verb>" keeps its own verb ------------------------------------------------------------------------------

def test_a_clause_led_by_and_to_keeps_its_own_verb():
    """'…, and to increase skilled birth attendance to 90%, by 2015': drafted ≤ 90% (direction down, the verb of the MMR
    clause borrowed), so 98% failed and 80% passed."""
    draft = draft_from("Pakistan MNCH targets\n\nPakistan's target is to reduce MMR to 140 or less, and to increase "
                       "skilled birth attendance to 90%, by 2015.\n")
    item = _indicator(draft, "skilled birth attendance")
    rule = _rule(item, 2015)
    assert item["direction"] == "up" and (rule.op, rule.value) == (">=", 90)
    assert "no verb of its own" not in _reviews(item)
    assert _rule(_indicator(draft, "MMR"), 2015).op == "<="


# --- 2. a whole target sentence in brackets inside a bullet ------------------------------------------------------------

def test_a_bracketed_sentence_inside_a_bullet_is_read():
    """'… immunized against measles. (Pakistan's target is to reduce IMR to 40 per 1000 live births … by 2015).': the
    sentence sat wholly in brackets after another, and the page was refused for 'no year'."""
    draft = draft_from("National MNCH Programme, Pakistan\n\nInternational Goals\n"
                       "• Goal 5: Improve maternal health by reducing the maternal mortality ratio (MMR) by three-quarters, "
                       "between 1990 and 2015: The indicator to measure progress toward this MDG include maternal mortality "
                       "ratio. (Pakistan's target is to reduce MMR to 140 or less, and to increase skilled birth attendance "
                       "to 90%, by 2015).\n")
    mmr, sba = _indicator(draft, "MMR"), _indicator(draft, "skilled birth attendance")
    assert (_rule(mmr, 2015).op, _rule(mmr, 2015).value) == ("<=", 140)
    assert (_rule(sba, 2015).op, _rule(sba, 2015).value) == (">=", 90)
    assert not mmr["targets"][2015].get("standing")


# --- 3. "and (to) <verb>" splits two targets ---------------------------------------------------------------------------

def test_and_to_a_verb_splits_two_targets_sharing_the_deadline():
    """'reduce IMR to 40 per 1000 live births and to increase measles immunization rate to >90% by 2015': one unread
    target of IMR, the measles target lost."""
    draft = draft_from("Pakistan MNCH targets\n\nPakistan's target is to reduce IMR to 40 per 1000 live births and to "
                       "increase measles immunization rate to >90% by 2015.\n")
    imr, measles = _indicator(draft, "IMR"), _indicator(draft, "measles immunization rate")
    assert (_rule(imr, 2015).op, _rule(imr, 2015).value) == ("<=", 40)
    assert (_rule(measles, 2015).op, _rule(measles, 2015).value) == (">", 90) and measles["direction"] == "up"
    assert "cannot" not in _reviews(imr)


KARNATAKA = ("<html><head><title>Objectives on RFD 2015-16</title></head><body><h2>Objectives on RFD 2015-16</h2><ul>"
             "<li>Reduce Maternal Mortality Rate from 144 to &lt;100 per lakh live births and Infant Mortality Rate from "
             "32 to 25 per thousand live births by 2017 and maintain Total Fertility Rate at &lt; 2.</li>"
             "<li>Strengthening of health care infrastructure</li></ul></body></html>\n")


def test_and_maintain_after_a_deadline_is_a_target_of_its_own(tmp_path):
    """'… by 2017 and maintain Total Fertility Rate at < 2': swallowed into the IMR clause (unread); the TFR target had
    no indicator. It keeps the deadline before it, with a note."""
    draft = _document_draft(tmp_path, KARNATAKA, "karnataka.html")
    tfr = _indicator(draft, "Total Fertility Rate")
    assert (_rule(tfr, 2017).op, _rule(tfr, 2017).value) == ("<", 2)
    assert "deadline before it (by 2017)" in _reviews(tfr)
    assert "maintain" not in _indicator(draft, "Infant Mortality Rate")["targets"][2017]["text"]


# --- 4. a shared trailing deadline dates the clauses before it ---------------------------------------------------------

def test_a_trailing_deadline_dates_every_clause_before_it(tmp_path):
    """'A from 144 to <100 … and B from 32 to 25 … by 2017 and maintain …': A was filed under 2015 (the title's
    '2015-16') as standing, since the sentence's last clause named no year."""
    draft = _document_draft(tmp_path, KARNATAKA, "karnataka.html")
    mmr = _indicator(draft, "Maternal Mortality Rate")
    assert list(mmr["targets"]) == [2017] and not mmr["targets"][2017].get("standing")


def _document_draft(folder, text: str, name: str):
    """The draft of ``text`` written to the file ``name`` and read as a document of its kind."""
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return build(read_document(path))


# --- 5, 6. a results framework: its codes and its "value, SOURCE YEAR" base cells --------------------------------------

FRAMEWORK = ("# Results Framework for the 4th HPNSP 2016-2021\n\n"
             "| Indicator | Baseline & source | Target 2021 |\n|---|---|---|\n"
             "| GI 1. Under-5 Mortality Rate (U5MR) | 46, BDHS 2014 | 37 |\n"
             "| OI 2.3 Maternal Mortality Ratio (MMR) | 176, WHO 2015 | 105 |\n"
             "| IR 1.2 Prevalence of stunting among under-5 children | 36.1%, BDHS 2014 | 25% |\n"
             "| PI 3 Prevalence of diabetes among adult women | Dia: 11.2%; Hyp: 31.9%, BDHS 2011 | 10% |\n")


def test_a_results_frameworks_code_is_no_part_of_the_name(tmp_path):
    """'GI 1. Under-5 Mortality Rate (U5MR)' matched no catalogue name (no unit: data in ‰ was refused)."""
    draft = _document_draft(tmp_path, FRAMEWORK, "framework.md")
    ids = {item["id"]: item for item in draft.indicators}
    assert ids["under5_mortality"]["unit"] == "‰" and ids["maternal_mortality"]["unit"] == "1/10万"
    assert _indicator(draft, "Prevalence of stunting among under-5 children")
    assert _indicator(draft, "Prevalence of diabetes among adult women")


def test_a_base_cell_with_its_source_is_the_value_of_the_sources_year(tmp_path):
    """'46, BDHS 2014' was filed as a string under a guessed 2016, the note saying the column named no year."""
    draft = _document_draft(tmp_path, FRAMEWORK, "framework.md")
    ids = {item["id"]: item for item in draft.indicators}
    assert ids["under5_mortality"]["baseline"] == {2014: [{"value": 46, "source": {"line": 5, "quote": "46, BDHS 2014"}}]}
    assert list(ids["maternal_mortality"]["baseline"]) == [2015]
    assert ids["maternal_mortality"]["baseline"][2015][0]["value"] == 176
    stunting = _indicator(draft, "Prevalence of stunting among under-5 children")
    assert stunting["baseline"][2014][0]["value"] == "36.1%"
    several = _indicator(draft, "Prevalence of diabetes among adult women")  # several parts: as written, of its year
    assert several["baseline"] == {2011: "Dia: 11.2%; Hyp: 31.9%, BDHS 2011"}
    assert draft.plan["base_year"] == 2014
    assert not any("names no year" in _reviews(item) for item in draft.indicators)


# --- 7. English target words ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, kind, op, value", [
    ("sustained at 95% or above", "lower_bound", ">=", 95),
    ("sustain at ≥90%", "lower_bound", ">=", 90),
    ("more than double", "vs_baseline", ">", 100),  # more than 2× the base
    ("at least double by 2030", "vs_baseline", ">=", 100),
])
def test_english_target_words_read(phrase, kind, op, value):
    rule = parse_target(phrase, unit="%", direction="up")
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)
    assert rule.subject is None  # ("sustain" was the name)


def test_a_start_after_the_goal_reads_as_a_from_to():
    """'rise to 90%, up from 70% in 2023' (extract reads it so in a sentence): 'up, from, in' were words not read."""
    rule = parse_target("rise to 90%, up from 70% in 2023", unit="%", direction="up")
    assert (rule.op, rule.value, rule.start, rule.base_year) == (">=", 90, 70, 2023)


@pytest.mark.parametrize("phrase", ["eliminate", "eliminated", "to be eliminated", "eliminate mother-to-child transmission"])
def test_eliminate_is_an_achieved_deliverable_as_xiaochu_is(phrase):
    assert parse_target(phrase).kind == "achieved"


def test_eliminate_is_read_only_without_a_number():
    """'eliminate' alone reads as 消除 does; with a number ('eliminate 50% of cases': a level? a change?) it stays
    refused, naming the word."""
    assert parse_target("eliminate measles").kind == "achieved"
    with pytest.raises(CheckerError, match="eliminate"):
        parse_target("eliminate 50% of cases")


def test_a_change_by_an_amount_with_no_verb_is_refused_saying_so():
    """'by at least 30%' alone: refused as 'cannot place the words by', which does not say what to write."""
    with pytest.raises(CheckerError, match="no verb") as error:
        parse_target("by at least 30%")
    assert "reduce by at least 30%" in str(error.value)


# --- 8. an English refusal's lead ----------------------------------------------------------------------------------------

def test_an_english_refusal_gives_an_english_lead():
    """The refusal for no year showed only the Chinese lead (到2025年，…) to an English text."""
    with pytest.raises(CheckerError) as error:
        draft_from("Health goals\n\nThe plan will reduce the infant mortality rate to 5 per 1,000 live births.\n")
    assert "By 2025, …" in error.value.message and "到2025年" not in error.value.message
