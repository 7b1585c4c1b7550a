"""Round 39, English plans (a tester's EWENE country profiles, Liberia's 2015–2021 investment plan targets, Fiji's MDG
progress page): each test failed before its fix. Phrases are short real ones, as provenance; the figures are made up."""

from __future__ import annotations

import pytest

from drafts import draft_from

from checker.documents import draft as drafting
from checker.documents.web import read_html
from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _html_draft(body: str):
    return drafting.build(read_html(f"<html><body>{body}</body></html>", "profile.html"))


def _indicator(draft, name: str) -> dict:
    return next(item for item in draft.indicators if name in (item["name"].get("en"), item["name"].get("zh")))


def _rule(item: dict, year: int):
    """The reading of an indicator's target of ``year``, as check reads it (its words, unit and direction)."""
    target = item["targets"][year]
    return parse_target(target["text"], unit=item.get("unit"), direction=item["direction"])


_RESULTS = ("<h1>Every Woman Every Newborn in Liberia</h1><table>"
            "<tr><th>Indicator</th><th>National target</th><th>{year}</th></tr>"
            "<tr><td>Maternal mortality ratio</td><td>520 per 100,000 live births</td><td>2026</td></tr>"
            "<tr><td>Neonatal mortality rate</td><td>27 per 1,000 live births</td><td>2026</td></tr></table>")
_BESIDE = "<h1>Every Woman Every Newborn in Sierra Leone</h1><p>Neonatal mortality rate: 12 per 1,000 live births by 2030.</p>"


# --- 1. a results table: indicator | target with its own amount | "By" year ---------------------------------------------

@pytest.mark.parametrize("beside", ["", _BESIDE])
def test_a_target_column_with_a_by_column_of_years_is_read(beside):
    """'Maternal mortality ratio | 520 per 100,000 live births | 2026' under 'Indicator | National target | By': alone
    the page was refused, beside body text its targets were lost without a word ("tables found: 0")."""
    draft = _html_draft(_RESULTS.format(year="By") + beside)
    assert len(draft.tables) == 1
    mmr = _indicator(draft, "Maternal mortality ratio")
    assert mmr["id"] == "maternal_mortality" and (_rule(mmr, 2026).op, _rule(mmr, 2026).value) == ("<=", 520)
    assert _rule(_indicator(draft, "Neonatal mortality rate"), 2026).value == 27


def test_a_target_table_whose_year_is_not_read_is_said_not_lost():
    """The same table with a year column the reader does not know ('When'): never lost in silence — listed as left out
    beside the body text, and named in the refusal when it stands alone."""
    draft = _html_draft(_RESULTS.format(year="When") + _BESIDE)
    left_out = " ".join(draft.left_out)
    assert "a table whose targets name no year" in left_out and "National target" in left_out
    with pytest.raises(CheckerError) as refused:
        _html_draft(_RESULTS.format(year="When"))
    assert "a table whose targets name no year" in refused.value.hint


# --- 2. "Baseline value" (no year) beside "Observed value 2016" -------------------------------------------------------

_LIBERIA = ("<h1>Liberia Investment Plan: national targets</h1><table>"
            "<tr><th>Target/ Indicator</th><th>Baseline value</th><th>National target 2021</th>"
            "<th>Observed value 2016</th></tr>"
            "<tr><td>Percentage of children under 1 year who received DPT 3/Penta-3 vaccination</td><td>74</td>"
            "<td>91</td><td>65</td></tr>"
            "<tr><td>Couple-years protection with family planning methods</td><td>45,8</td><td>60</td><td>71,7</td></tr>"
            "<tr><td>Percentage of pregnant women attending 4 ANC visits</td><td>*37</td><td>85</td><td>58</td></tr>"
            "</table>")


def test_a_baseline_column_of_no_year_is_the_baseline_not_the_observed_year():
    """The stated base (74) was dropped and the 2016 observation (65) taken as the base: progress was measured from
    65. Now the Baseline value is the base (its year guessed before 2016, said), the 2016 column kept as a column."""
    draft = _html_draft(_LIBERIA)
    dpt = _indicator(draft, "Percentage of children under 1 year who received DPT 3/Penta-3 vaccination")
    base_year = draft.plan["base_year"]
    assert base_year < 2016 and dpt["baseline"] == {base_year: "74"}
    assert dpt["columns"] == {"Observed value 2016": "65"}
    assert "Baseline value column names no year" in dpt["review"]
    assert "Observed value 2016 column is a year's figures" in draft.plan["review"]


def test_a_decimal_comma_and_a_mark_before_a_base_are_kept_and_said():
    """'45,8' and '*37' under Baseline value: kept as written (no number guessed), and now each says so in review."""
    draft = _html_draft(_LIBERIA)
    couple = _indicator(draft, "Couple-years protection with family planning methods")
    anc = _indicator(draft, "Percentage of pregnant women attending 4 ANC visits")
    assert "'45,8' is no number checker reads (a decimal comma?" in couple["review"]
    assert "'*37' carries a mark before its number" in anc["review"]
    assert draft.reviews.get("base value not read") == 2


def test_lint_warns_of_a_base_with_a_mark_before_its_number(tmp_path):
    """'*37' as a baseline was left out by check without a word (a decimal comma was warned of, a leading mark not)."""
    from checker.plan.lint import lint

    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: {id: p, title: {en: P}, region: Liberia, base_year: 2015, target_years: [2021]}\n"
                    "indicators:\n- id: anc4\n  name: {en: ANC 4 visits}\n  unit: '%'\n  direction: up\n"
                    "  baseline: {2015: '*37'}\n  targets:\n    2021: {text: '85', source: {line: 1, quote: '85'}}\n",
                    encoding="utf-8")
    problems = [p for p in lint(plan) if p.code == "baseline-unread"]
    assert problems and "'*37'" in problems[0].message


# --- 3. "reduce under-five deaths per 1,000 live births to ten" --------------------------------------------------------

def test_a_unit_in_the_name_and_a_number_in_words_keep_the_verb():
    """Drafted 'to ten', unit null, neutral (≈ 10: 8 deaths failed). Now the name is the catalogue's under-five
    mortality (‰, down), and the verb before the name reads with 'to ten' (≤ 10), noted."""
    draft = draft_from("Fiji should reduce under-five deaths per 1,000 live births to ten by 2015.\n")
    item = draft.indicators[0]
    assert (item["id"], item["unit"], item["direction"]) == ("under5_mortality", "‰", "down")
    assert (_rule(item, 2015).op, _rule(item, 2015).value) == ("<=", 10)
    assert "its verb (reduce) stands before its name" in item["targets"][2015]["review"]


def test_an_english_name_that_ends_in_its_unit_gives_the_unit():
    """'stillbirths per 1,000 live births' (no catalogue entry): the unit was null."""
    item = draft_from("Liberia should reduce stillbirths per 1,000 live births to 10 by 2030.\n").indicators[0]
    assert item["unit"] == "1/千活产" and item["direction"] == "down"


# --- 4. death-like names are to fall ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Stillbirth rate", "Morbidity rate", "Number of road traffic deaths"])
def test_a_death_like_name_is_guessed_down(name):
    """'Stillbirth rate: 12 per 1,000 live births by 2030' was guessed up ("a rate"): a rise read as progress."""
    item = draft_from(f"{name}: 12 per 1,000 live births by 2030.\n").indicators[0]
    assert item["direction"] == "down"


# --- 6. a ratio's refusal speaks of the phrase ------------------------------------------------------------------------

def test_a_population_ratio_is_refused_in_its_own_terms():
    """'from 1:5,000 to 1:2,500' (doctors to population) was told of nurses per doctor."""
    with pytest.raises(CheckerError) as refused:
        parse_target("from 1:5,000 to 1:2,500")
    message = refused.value.message
    assert "nurse" not in message and "a ratio written 1:5000" in message and "1 per 5000, or 5000 per 1" in message
    assert "population" in message
