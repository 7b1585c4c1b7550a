"""rules/indicators.yaml: one catalogue of shared indicators, consistent with itself and with the plans."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from checker.language import units
from checker.plan.loader import load_plan
from checker.data.matching import fold

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = yaml.safe_load((ROOT / "rules" / "indicators.yaml").read_text(encoding="utf-8"))


def test_entries_are_well_formed():
    for indicator_id, entry in CATALOGUE.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", indicator_id), indicator_id
        assert set(entry) - {"plausible", "per"} == {"zh", "en", "aliases", "unit", "direction"}, indicator_id
        assert set(entry.get("plausible") or {}) <= {"min", "max", "unit"}, indicator_id
        if (entry.get("plausible") or {}).get("unit"):  # a range's own unit: the rate the entry's count stands for
            units.canonical(entry["plausible"]["unit"])  # raises for a unit rules/units.txt does not know
        assert entry["direction"] in ("up", "down", "neutral"), indicator_id
        if entry["unit"] is not None:
            units.canonical(entry["unit"])  # raises for a unit rules/units.txt does not know


def test_no_name_belongs_to_two_indicators():
    owner: dict[str, str] = {}
    for indicator_id, entry in CATALOGUE.items():
        for name in [entry["zh"], *entry["aliases"]]:
            key = fold(name)
            assert owner.setdefault(key, indicator_id) == indicator_id, f"{name!r}: {owner[key]} and {indicator_id}"


def test_plans_agree_with_the_catalogue_on_direction():
    """A plan indicator that reuses a catalogue id must not say the opposite about which way is better."""
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        plan = load_plan(path)
        for indicator in plan.indicators:
            entry = CATALOGUE.get(indicator.id)
            if entry and entry["direction"] != "neutral" and indicator.direction != "neutral":
                assert indicator.direction == entry["direction"], f"{path.name}: {indicator.id}"


def test_no_alias_was_split_at_a_thousands_comma():
    """``[…, Registered nurses per 1,000 population]`` in a YAML flow list is two aliases, ``… per 1`` and
    ``000 population``: a name with a comma must be quoted."""
    from checker.rulefiles import load_rules_yaml

    for ident, entry in load_rules_yaml("indicators.yaml").items():
        for alias in entry.get("aliases") or []:
            assert not re.match(r"^\d{3}\b", str(alias)) and not re.search(r"\b(?:per|of) \d{1,3}$", str(alias)), (ident, alias)
