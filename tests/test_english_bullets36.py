"""Round 36: English from-to and bullets — a from-to's own years kept and its start filed as a baseline, the plan's base
year taken from the starts the targets name, `% …` names in per cent, baselines a list labels drafted as such, and the
n/a of a start before the plan's base year said plainly.

Each test's docstring says what was wrong (the Rwanda tester's report of round 36, findings 1-4).
"""
from __future__ import annotations

import json

from drafts import draft_from
from files import check, written

N4G = "Reduce the prevalence of stunting among children 0-59 months from 33.1% in 2020 to 10% in 2030.\n"

HSSP = """Rwanda: Third Health Sector Strategic Plan (HSSP III), July 2012 – June 2018

  • % children <5 yrs screened in CBNP: 70 (2011 baseline), 82 (2014 target), 88 (2018 target)
  • Percentage of children in nutrition rehabilitation program: 70 (2011 baseline), 82 (2014 target), 88 (2018 target)
  • Prevalence of stunting among children (6–59 months) reduced from 44%(2012-13 baseline) to 18% (2015-16 target)
  • Prevalence of wasting (Ht/Wt) reduced from 3%(2012-13 baseline) to 2%(2015-16 target)

Reduce the prevalence of stunting among children 0-59 months from 33.1% in 2020 to 10% in 2030.
"""


def _indicator(draft, name: str) -> dict:
    """The drafted indicator whose name starts with ``name``."""
    return next(item for item in draft.indicators
                if (item["name"].get("en") or item["name"].get("zh")).startswith(name))


# --- finding 1: `from 33.1% in 2020 to 10% in 2030` ----------------------------------------------------------------------

def test_a_from_to_keeps_its_years_and_files_its_start():
    """`from 33.1% in 2020 to 10% in 2030` was drafted as `…from 33.1% to 10%` (both years cut from a text the docs call
    verbatim), its start filed under a guessed base year (2025, 2030 − 5) with a note that the words name no year. The
    text is now the clause as written, the start the baseline of 2020, and 2020 the plan's base year (the year the
    targets are measured from)."""
    draft = draft_from(N4G)
    item = _indicator(draft, "prevalence of stunting")
    target = item["targets"][2030]
    assert target["text"] == N4G.strip().rstrip(".")
    assert target["source"]["quote"] == target["text"]
    assert item["baseline"] == {2020: "33.1%"}
    assert draft.plan["base_year"] == 2020
    assert "no year the words name" not in item.get("review", "")


def test_a_from_to_start_dates_the_plan_not_a_guess(tmp_path):
    """In the whole document the base year was guessed as 2009 (five years before the first target), a year no line
    names, and the 2030 target's 2020 start was filed under it: WARN, 0.46, on data that has 2020 (33.1) and 2023 (26).
    The base year now follows the baselines the targets state (2011), and the 2030 target is measured from its own
    start, 2020: PASS, 1.02."""
    draft = draft_from(HSSP)
    assert draft.plan["base_year"] == 2011
    item = _indicator(draft, "prevalence of stunting among children 0-59")
    assert item["baseline"] == {2020: "33.1%"}
    from checker.documents.draft import to_yaml
    plan = written(tmp_path, to_yaml(draft, "plan.txt"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n"
                             "Rwanda,prevalence of stunting among children 0-59 months,2020,33.1,%\n"
                             "Rwanda,prevalence of stunting among children 0-59 months,2023,26,%\n")
    result = check(plan, data, "--as-of", "2023", "--format", "json")
    rows = [row for row in json.loads(result.output)["results"] if row["target_year"] == 2030]
    assert [row["status"] for row in rows] == ["pass"], result.output


# --- finding 2: a `% …` name is a share in per cent ------------------------------------------------------------------

def test_a_name_opening_with_percent_is_in_per_cent():
    """`% children <5 yrs screened in CBNP: 70 (2011 baseline), 82 (2014 target)` was drafted with `unit: null` and
    the target `'82'`, no note saying so: the leading `%` is the unit. So are `Percentage of …` and a closing `(%)`."""
    draft = draft_from(HSSP)
    assert _indicator(draft, "share of children <5 yrs")["unit"] == "%"
    assert _indicator(draft, "share of children in nutrition")["unit"] == "%"  # "Percentage of children …"
    said = draft_from("Increase the percentage of births attended by skilled personnel to 90 by 2020.\n")
    assert _indicator(said, "percentage of births")["unit"] == "%"
    bracketed = draft_from("Proportion of districts with an annual plan (%): 60 (2011 baseline), 100 (2015 target)\n")
    assert _indicator(bracketed, "Proportion of districts")["unit"] == "%"


# --- finding 3: baselines a list labels -------------------------------------------------------------------------------

def test_values_labelled_baselines_are_drafted_as_baselines():
    """`70 (2011 baseline)` and `44%(2012-13 baseline)` appeared only in review notes, so progress before 2014 could
    use data only. They are now `baseline:` entries; a financial year (2012-13) is filed under its first year with a
    note naming the other, never silently."""
    draft = draft_from(HSSP)
    assert _indicator(draft, "share of children <5 yrs")["baseline"] == {2011: "70"}
    stunting = _indicator(draft, "Prevalence of stunting among children (6")
    assert stunting["baseline"] == {2012: "44%"}
    assert "the baseline of 2012-13 (44%), a financial year: filed under 2012" in stunting["targets"][2015]["review"]
    assert "file it under 2013" in stunting["targets"][2015]["review"]


# --- finding 4: a start before the plan's base year --------------------------------------------------------------------

def test_a_start_before_the_plans_base_year_is_said_so(tmp_path):
    """With `base_year: 2025` and `from 33.1% in 2020 to 10% in 2030`, the n/a said only that 2023 is "before the plan's
    base year 2025", while the README said such a target is measured from its own start. A start before the plan's
    base year does not move it back (round 27): the reason now says the target starts in 2020 and that progress is
    measured from 2025."""
    plan = written(tmp_path, """\
plan:
  id: n4g
  title: {en: N4G}
  region: Rwanda
  base_year: 2025
  target_years: [2030]
indicators:
  - id: stunting
    name: {en: prevalence of stunting among children 0-59 months}
    unit: "%"
    direction: down
    targets:
      2030: {text: "Reduce the prevalence of stunting among children 0-59 months from 33.1% in 2020 to 10% in 2030"}
""", "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n"
                             "Rwanda,prevalence of stunting among children 0-59 months,2020,33.1,%\n"
                             "Rwanda,prevalence of stunting among children 0-59 months,2023,26,%\n")
    result = check(plan, data, "--as-of", "2023", "--format", "json")
    row = json.loads(result.output)["results"][0]
    assert row["status"] == "n/a"
    assert "the target starts in 2020" in row["reason"]["en"]
    assert "progress is measured from 2025" in row["reason"]["en"]
    assert "目标自2020年起算" in row["reason"]["zh"]
