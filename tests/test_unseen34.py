"""Thirty-fourth round: plans, data and files the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from files import drafted_of


# --- extract: names ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Under 5 mortality rate", "Under five mortality rate", "under5 mortality rate",
                                  "Under‑5 mortality rate"])
def test_an_english_name_matches_the_catalogue_however_its_words_are_joined(name):
    """"Under 5 mortality rate" stayed an uncatalogued name (direction guessed, no unit) though the catalogue knows
    Under-5 mortality rate: a hyphen, a space or nothing between a word and a figure joins the same words."""
    assert drafted_of(f"Targets\n\nBy 2030, {name} should fall to 22 per 1,000 live births.\n") == {
        ("5岁以下儿童死亡率", 2030, "should fall to 22 per 1,000 live births")}
