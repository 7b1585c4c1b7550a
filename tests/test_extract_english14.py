"""English body sentences of the fourteenth round: a list of diseases without a comma before its last
"and" is one name. Sentences are written for these tests."""

from __future__ import annotations

from checker.documents.english_sentences import find
from checker.documents.model import paragraph


def _found(text: str, year: int | None = None) -> list[tuple]:
    return [(f.subject, f.text, f.year) for f in find(paragraph(text, 1), year)]


def test_a_list_without_a_serial_comma_is_one_name():
    """"A 25% relative reduction in premature mortality from cardiovascular disease, cancer, diabetes and chronic
    respiratory disease" was drafted for cardiovascular disease alone: a narrower indicator, with no flag."""
    found = _found("By 2027, a 20% relative reduction in early deaths from stroke, liver disease, kidney failure and "
                   "lung cancer.")
    assert found == [("early deaths from stroke, liver disease, kidney failure and lung cancer",
                      "a 20% relative reduction", 2027)]
    found = _found("By 2031, reduce by one-third early deaths from stroke, asthma and kidney failure.")
    assert [subject for subject, _, _ in found] == ["early deaths from stroke, asthma and kidney failure"]


def test_clauses_with_their_own_amounts_stay_apart():
    found = _found("By 2027, cut smoking to 12%, obesity to 20% and lung cancer deaths to 30 per 100,000.")
    assert len(found) == 3


def test_a_share_written_before_what_it_counts():
    """"50% coverage of drug therapy …" and "90% of girls fully vaccinated … by age 15" (a monitoring framework's
    style, with no verb) were dropped; they are drafted, flagged to check the name."""
    found = find(paragraph("By 2028, 60% coverage of statin therapy for adults at high risk.", 1), None)
    assert [(f.subject, f.text, f.year) for f in found] == [
        ("coverage of statin therapy for adults at high risk", "60%", 2028)]
    assert found[0].review
    found = find(paragraph("- 85% of boys fully vaccinated against measles by age 2.", 1), 2029)
    assert [(f.subject, f.text, f.year) for f in found] == [
        ("share of boys fully vaccinated against measles by age 2", "85%", 2029)]


def test_a_share_that_states_what_was_found_is_no_target():
    assert _found("In 2018, 52% of adults screened for diabetes had raised blood sugar.") == []
    assert _found("In 2020, 71% of infants fully vaccinated.") == []  # no deadline, no list under a goal


def test_a_word_that_explains_opens_no_name():
    """"… to be smokefree by 2030, meaning adult smoking prevalence of 5% or less" was named "meaning adult smoking
    prevalence"."""
    found = _found("Our ambition is for the region to be free of vaping by 2033, meaning youth vaping prevalence of 4% or less.")
    assert [(subject, year) for subject, _, year in found] == [("youth vaping prevalence", 2033)]


def test_a_share_of_people_doing_something():
    """"Less than 10% of adults smoking daily", "At least 65% of adults meeting the physical activity guidelines" and
    "95% of children fully immunised at 5 years of age" under a "By 2030:" lead were missed."""
    found = find(paragraph("- Fewer than 8% of teenagers drinking weekly.", 1), 2031)
    assert [(f.subject, f.text, f.year) for f in found] == [("share of teenagers drinking weekly", "Fewer than 8%", 2031)]
    found = find(paragraph("- 92% of infants fully vaccinated at 2 years of age.", 1), 2031)
    assert [(f.subject, f.text) for f in found] == [("share of infants fully vaccinated at 2 years of age", "92%")]
    assert _found("In 2022, 11% of adults smoking daily.") == []
