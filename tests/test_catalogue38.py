"""Round 38, catalogue entries an English results framework needed (Bangladesh's 4th HPNSP, GI 4):

- "Total Fertility Rate", 2.3 → 1.7, was drafted *up* ("a name that is a rate"): a rise of the fertility rate would have
  passed. Total fertility is neither way better in general (aimed down there, up in China's plans): the catalogue names
  it neutral, so no name word guesses its way.
- "NNMR" names the neonatal mortality rate, as NMR does.
"""
from __future__ import annotations

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.documents.catalogue import entry


def test_total_fertility_rate_is_neutral_and_never_guessed_up_from_its_rate(tmp_path):
    path = tmp_path / "framework.md"
    path.write_text("# Results Framework 2016-2021\n\n| Indicator | Baseline & source | Target 2021 |\n|---|---|---|\n"
                    "| GI 4. Total Fertility Rate (TFR) | 2.3, BDHS 2014 | 1.7 |\n", encoding="utf-8")
    item = next(item for item in build(read_document(path)).indicators)
    assert item["id"] == "total_fertility_rate"
    assert item["direction"] == "neutral"


def test_nnmr_names_the_neonatal_mortality_rate():
    assert entry("NNMR")[0] == "neonatal_mortality"
