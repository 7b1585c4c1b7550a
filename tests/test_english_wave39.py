"""Round 39, second wave on the English-extract fixes (w2_english: results frameworks of Ghana, Zambia, Sierra Leone,
Timor-Leste, WHO's MDSR indicators): each test failed before its fix. Names are short real ones, as provenance; the
figures are made up."""

from __future__ import annotations

import pytest

from checker.documents import draft as drafting
from checker.documents.web import read_html


def _html_draft(body: str):
    return drafting.build(read_html(f"<html><body><h1>Results framework</h1>{body}</body></html>", "plan.html"))


def _indicator(draft, name: str) -> dict:
    return next(item for item in draft.indicators
                if any((item["name"].get(lang) or "").startswith(name) for lang in ("en", "zh")))


def _table(header: list[str], *rows: list[str]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


# --- F1: a header's bracketed (year) is the year of its cells, never the unit 岁 -------------------------------------

@pytest.mark.parametrize("header", ["Baseline (year)", "Baseline (Year)", "Baseline value (year)"])
def test_a_bracketed_year_in_a_header_is_no_unit(header):
    """'Baseline (year)' over '143 (2019)': every row of no unit of its own was drafted in 岁, and check then refused
    the data or judged a count against an age's range."""
    draft = _html_draft(_table(["Indicator", header, "Target 2025", "Target 2030"],
                               ["Number of maternal death reviews conducted", "143 (2019)", "300", "500"],
                               ["Penta 3 coverage (%)", "88 (2019)", "95", "97"]))
    reviews = _indicator(draft, "Number of maternal death reviews conducted")
    assert reviews["unit"] is None
    assert "names its unit" not in str(draft.plan.get("review", ""))
    assert "differs from" not in str(_indicator(draft, "Penta 3 coverage").get("review", ""))


# --- F2: deaths a name registers, reports, reviews or autopsies guess no way down ------------------------------------

@pytest.mark.parametrize("name", ["Completeness of registration of deaths",
                                  "Percentage of health facilities reporting maternal deaths",
                                  "Number of districts conducting reviews of perinatal deaths",
                                  "Proportion of deaths from all causes with a medically certified cause",
                                  "Coverage of verbal autopsy of community deaths",
                                  "Cross-check of data from facility and community on same maternal death"])
def test_a_process_on_deaths_is_not_guessed_down(name):
    """CRVS and MDSR indicators, where more is better: 'deaths' ending the name guessed down, and with no base to
    contradict it a 92% against a target of 80% failed."""
    draft = _html_draft(_table(["Indicator", "Target", "By when"], [name, "80%", "2025"],
                               ["Number of deaths due to Lassa fever", "300", "2025"]))
    assert _indicator(draft, "Number of deaths due to Lassa fever")["direction"] == "down"  # a count of deaths
    item = _indicator(draft, name)
    assert item["direction"] != "down"
    if item["direction"] == "neutral":
        assert "a process on them" in item["review"]

