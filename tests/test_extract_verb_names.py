"""An English clause that opens with its verb ("To be reduced from about 217 per 100,000 … to 44", as a table's
target cell reads beside its name) was drafted under the name "To be reduced", unflagged. The draft keeps it, flagged
to be named. The sentences are written for the test."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read


def test_a_clause_that_opens_with_its_verb_is_flagged_to_be_named(tmp_path):
    path = tmp_path / "goals.txt"
    path.write_text("Health goals\nBy 2030:\nTo be reduced from about 210 per 100,000 in 2015 to 40 per 100,000.\n"
                    "Should be reduced to 12% by 2030.\nAdult smoking prevalence to be reduced to 10% by 2030.\n",
                    encoding="utf-8")
    draft = build(read(path), plan_id="goals").as_yaml_data()
    reviews = {indicator["name"].get("en"): " ".join(str(t.get("review", "")) for ts in indicator["targets"].values()
                                                     for t in (ts if isinstance(ts, list) else [ts]))
               for indicator in draft["indicators"]}
    assert "names no indicator" in reviews["To be reduced"]
    assert "names no indicator" in reviews["Should be reduced"]
    assert "names no indicator" not in reviews["Adult smoking prevalence"]
