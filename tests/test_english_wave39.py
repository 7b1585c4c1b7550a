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
