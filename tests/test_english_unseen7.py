"""English goal lists of a kind not seen before (a global list of voluntary targets, a state plan's targets,
a city's strategy): each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.model import LEFT_OUT, paragraph
from checker.documents.sentences import find
from checker.language.grammar import parse_target


def _found(text: str, year: int | None = None) -> dict[tuple, list[str]]:
    return {(f.subject, f.text, f.year): f.review for f in find(paragraph(text, 1), year)}


def test_a_relative_reduction_with_at_least_and_a_name_holding_an_age():
    """"At least 10% relative reduction in the harmful use of alcohol" and "A 30% relative reduction in
    prevalence of current tobacco use in persons aged 15+ years" set nothing (the first's "at least", the
    second's digits in its name); "… raised blood pressure or contain the prevalence of …" took the
    alternative into the name."""
    assert _found("Target 2: At least 10% relative reduction in the harmful use of alcohol, as appropriate.", 2025) \
        == {("harmful use of alcohol", "At least 10% relative reduction", 2025): []}
    assert set(_found("A 30% relative reduction in prevalence of current tobacco use in persons aged 15+ years.",
                      2025)) == {("prevalence of current tobacco use in persons aged 15+ years",
                                  "A 30% relative reduction", 2025)}
    assert set(_found("A 25% relative reduction in the prevalence of raised blood pressure or contain the "
                      "prevalence of raised blood pressure.", 2025)) == {
        ("prevalence of raised blood pressure", "A 25% relative reduction", 2025)}
    rule = parse_target("at least a 10% relative reduction")
    assert (rule.kind, rule.op, rule.value, rule.change) == ("vs_baseline", "<=", -10, "percent")


def test_halt_the_rise_is_no_rise_above_the_base():
    """"Halt the rise in diabetes and obesity" was not read; it is the WHO target's 0% increase."""
    assert set(_found("Target 7: Halt the rise in diabetes and obesity.", 2025)) == {
        ("diabetes and obesity", "Halt the rise", 2025)}
    rule = parse_target("halt the rise")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", "<=", 0)


def test_a_change_in_points_before_its_name():
    """"Increase by five percentage points the proportion of … by 2017" set nothing."""
    found = _found("Increase by five percentage points the proportion of adults and children at a healthy "
                   "body weight by 2017")
    assert set(found) == {("proportion of adults and children at a healthy body weight",
                           "Increase by five percentage points", 2017)}
    rule = parse_target("Increase by five percentage points")
    assert (rule.kind, rule.op, rule.value, rule.change) == ("vs_baseline", ">=", 5, "points")


def test_the_year_at_a_sentences_end_is_the_year_of_its_clauses_and_halve_is_a_verb():
    """"Reduce the smoking rate to 10% of the population and halve the smoking rate of Aboriginal people by
    2018": the first clause took the year of the paragraph before (no year of its own), `of the population`
    was not read, and the halving was not a clause of its own."""
    found = _found("Reduce the smoking rate to 10% of the population and halve the smoking rate of Aboriginal "
                   "people by 2018", 2017)
    assert set(found) == {("smoking rate", "Reduce the smoking rate to 10% of the population", 2018),
                          ("smoking rate of Aboriginal people", "halve", 2018)}
    rule = parse_target("Reduce the smoking rate to 10% of the population")
    assert (rule.kind, rule.value, rule.unit) == ("upper_bound", 10, "%")
    # a year said first stays the year of what follows it
    found = _found("By 2020, reduce the smoking rate to 10% and halve the rate of drinking at risky levels by 2025")
    assert {(name, year) for name, _, year in found} == {("smoking rate", 2020),
                                                         ("rate of drinking at risky levels", 2025)}


def test_a_change_by_an_amount_after_the_name_is_read_with_its_verb():
    """"Reduce the proportion of … who drink at risky levels by 30% by 2020" was drafted as an unread
    clause, then with its verb's reading in a note. The grammar now reads "reduce X by 30%" itself (the
    name between the verb and its amount), so the clause is the target, read as a fall of 30%."""
    found = _found("Reduce the proportion of people who drink at risky levels by 30% by 2020")
    name, text, year = next(iter(found))
    assert (name, year) == ("proportion of people who drink at risky levels", 2020) and len(found) == 1
    rule = parse_target(text, "%", "down")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", "<=", -30)


def test_a_list_over_semicolons_keeps_its_name_and_a_year_after_the_amount():
    """"Reduce the smoking rate among young people (from 15 to 24 years old) from 26% in 2011 to 18% in 2020;
    among men from 47.4% in 2011 to 39% in 2020; among women to below 1.4% in 2020": the bracket's "from"
    ended the name, a semicolon dropped the name for the items after it ("among men" was drafted as a name)
    and the last item, its year after the amount, was not drafted."""
    found = _found("Specific objectives: Reduce the smoking rate among young people (from 15 to 24 years old) from "
                   "26% in 2011 to 18% in 2020; among men from 47.4% in 2011 to 39% in 2020; among women to below "
                   "1.4% in 2020.")
    assert {(name, year) for name, _, year in found} == {
        ("smoking rate among young people (from 15 to 24 years old)", 2020),
        ("smoking rate among men", 2020), ("smoking rate among women", 2020)}
    young = next(notes for (name, _, _), notes in found.items() if name.endswith("years old)"))
    assert any("starts from 26% in 2011" in note for note in young)


def test_an_age_after_aged_from_stays_in_the_name_and_the_figure_names_nothing():
    """"reduce the smoking rate among men aged from 15 to below 39%" was named "…among men aged" (its "from"
    read as where the rate starts); "The figure among women … is expected to decrease to below 1.4%" was
    drafted under the name "figure among women …" with no note."""
    found = _found("For the 2023-2025 period, the strategy aims to reduce the smoking rate among men aged from 15 "
                   "to below 39%. The figure among women aged from 15 is expected to decrease to below 1.4%.")
    assert ("smoking rate among men aged from 15", "reduce the smoking rate among men aged from 15 to below 39%",
            2025) in found
    figure = next(notes for (name, _, _), notes in found.items() if name.startswith("figure"))
    assert "names no indicator" in figure[0]


def test_a_year_after_a_figure_is_no_target():
    """The year after an amount counts only in a goal: "The smoking rate is 26.6% in 2018" is that year's
    figure (is, stood at …), never a target for 2018."""
    assert _found("The smoking rate is 26.6% in 2018.") == {}
    assert _found("The infant mortality rate stood at 5.4 per 1,000 in 2020.") == {}
    assert _found("Life expectancy is 77.9 years in 2020, and the infant mortality rate is 5.4 per 1,000 in 2020.") == {}
    assert set(_found("Female: under 1.4 % in 2020.")) == {("Female", "under 1.4 %", 2020)}


def test_the_figures_of_the_sentence_before_respectively_in_a_later_period():
    """"…reduce the rate of passive smoking at work to less than 30%, at restaurants to less than 75%, at bars
    and cafes to below 80%, and at hotels to below 60%. The figures are hoped to drop to below 25%, 65%, 70%
    and 50%, respectively, in the 2026-2030 period.": the second sentence's four values set nothing (its one
    name, "The figures", could not pair with four values). They are the four rates before it, in order, for
    the period's last year, each with a note to check."""
    found = _found("The strategy also aims to reduce the rate of passive smoking at work to less than 30%, at "
                   "restaurants to less than 75%, at bars and cafes to below 80%, and at hotels to below 60%. The "
                   "figures are hoped to drop to below 25%, 65%, 70% and 50%, respectively, in the 2026-2030 period.",
                   2025)
    later = {(name, text) for name, text, year in found if year == 2030}
    assert later == {("rate of passive smoking at work", "are hoped to drop to below 25%"),
                     ("rate of passive smoking at restaurants", "are hoped to drop to below 65%"),
                     ("rate of passive smoking at bars and cafes", "are hoped to drop to below 70%"),
                     ("rate of passive smoking at hotels", "are hoped to drop to below 50%")}
    assert all(any("stands for the names of the sentence before" in note for note in notes)
               for (name, text, year), notes in found.items() if year == 2030)
    # with no sentence before it to name them, such values still set nothing (counted as left out)
    assert all(notes and notes[0].startswith(LEFT_OUT) for notes in _found(
        "These shares are set to fall to below 20 percent, 60 percent, 65 percent and 40 percent, respectively, by "
        "2030.").values())


def test_rise_or_fall_from_one_amount_to_another_and_a_change_in_years():
    """Found in a battery of English plan sentences: "will rise from 85% to at least 95% by 2025" and "should fall
    from 20% to 12%" were not read (only increase/raise and reduce/lower were); "increase healthy life expectancy
    by five years by 2035" set nothing (a change in years, written in words)."""
    assert set(_found("The proportion of children vaccinated against measles will rise from 85% to at least 95% by "
                      "2025.")) == {("proportion of children vaccinated against measles",
                                     "will rise from 85% to at least 95%", 2025)}
    assert parse_target("should fall from 20% to 12%").value == 12
    found = _found("The target is to increase healthy life expectancy by five years by 2035.")
    assert list(found) == [("healthy life expectancy", "by five years", 2035)]
    assert "value: 5" in found[("healthy life expectancy", "by five years", 2035)][0]
