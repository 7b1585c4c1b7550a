"""Round 36: what an English plan's title says of its place and its period.

A title such as ``National Health Strategic Plan of Malawi 2023-2030`` names the country whose data is checked and the
span whose first year follows the base year. The draft said ``unknown region`` and guessed base 2025 (five years before
the last target year), so a user keyed ``Malawi`` and 2022 by hand or checked progress from the wrong year.
"""
from pathlib import Path

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document

GOAL = "By 2030, reduce the maternal mortality ratio to 250 per 100,000 live births.\n"


def _plan_head(tmp_path: Path, title: str) -> dict:
    path = tmp_path / "plan.txt"
    path.write_text(f"{title}\n\n{GOAL}", encoding="utf-8")
    return build(read_document(path)).plan


@pytest.mark.parametrize("title, region", [
    ("National Health Strategic Plan of Malawi 2023-2030", "Malawi"),
    ("Scotland's Public Health Priorities", "Scotland"),
    ("Scotland’s Public Health Priorities", "Scotland"),
    ("Ghana National Health Policy", "Ghana"),
    ("Health and Social Care Plan for Northern Ireland 2021-2026", "Northern Ireland"),
    ("Nigeria Health Sector Strategic Plan", "Nigeria"),
    ("Papua New Guinea National Health Plan 2021-2030", "Papua New Guinea"),
])
def test_an_english_title_names_its_country(tmp_path, title, region):
    """The country the title names is the plan's region, whole words only (Nigeria is not Niger, Northern Ireland
    not Ireland); it was ``unknown region``."""
    head = _plan_head(tmp_path, title)
    assert head["region"] == region
    assert "region not found" not in head.get("review", "")


@pytest.mark.parametrize("title", ["Healthy People 2030", "WHO Global Action Plan for the Prevention of NCDs 2013-2020",
                                   "A Plan for Nigerian-Style Primary Care"])
def test_a_title_naming_no_country_keeps_its_note(tmp_path, title):
    """A title naming no country (a programme, a global plan, a country's adjective) still asks for the region."""
    head = _plan_head(tmp_path, title)
    assert head["region"] == "unknown region"
    assert "region not found" in head["review"]


@pytest.mark.parametrize("title, base", [
    ("National Health Strategic Plan of Malawi 2023-2030", 2022),
    ("Health Sector Strategic Plan 2021/22–2025/26", 2020),
    ("健康某市行动2023—2030年", 2022),
])
def test_a_span_ending_the_title_gives_the_base_year(tmp_path, title, base):
    """A span that ends the title without brackets dates the plan as （2023—2030年） does: its base is the year
    before the span (it was guessed as 2025, five years before the target year)."""
    head = _plan_head(tmp_path, title)
    assert head["base_year"] == base
    assert "ending the title" in head["review"]


def test_a_span_running_back_is_no_plan_period(tmp_path):
    """A title ending in a backward span (a typo, or a range of past years) sets no base."""
    head = _plan_head(tmp_path, "Health Report 2030-2020")
    assert "ending the title" not in head.get("review", "")
