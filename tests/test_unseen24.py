"""Twenty-fourth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError

ROOT = Path(__file__).resolve().parent.parent


def _drafted(text: str) -> list[tuple]:
    """(indicator name, year, target text, review notes) of every target drafted from ``text``, [] if refused."""
    try:
        draft = build(read_text(text, "plan.txt"))
    except CheckerError:
        return []
    return [((item["name"].get("zh") or item["name"]["en"]), year, target["text"], target.get("review"))
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])]


@pytest.mark.parametrize("sentence, name, year", [
    ("我们会在2027年或之前把安老宿位增至不少于5000个。", "安老宿位", 2027),
    ("政府会在2026年或以前把公营医院病床数目增加至30000张。", "公营医院病床数目", 2026),
])
def test_a_year_by_or_before_which_is_the_year_not_the_name(sentence, name, year):
    """`我们会在2027年或之前把安老宿位增至…` (Hong Kong's "in or before 2027") drafted an indicator named
    `在2027年或之前把安老宿位`."""
    [(found_name, found_year, _, _)] = _drafted(sentence)
    assert (found_name, found_year) == (name, year)
