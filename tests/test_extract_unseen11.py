"""Eleventh round of unseen texts (English translations and list-form texts): each test's sentences are
written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from drafts import drafted_words


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    return drafted_words(build(read_text(text, "plan.txt")))


def test_bulleted_lines_are_separate_items():
    """A bulleted list of goals, one per line and none ending in punctuation, ran the first line into the next
    (…少于60人• 到2030年) and drafted the joined text as one target. A line that opens with a bullet starts an
    item of its own."""
    text = ("样例目标\n\n"
            "  • 到2030年，将全国城乡婴儿死亡率降至每1000名活产少于4人\n"
            "  • 到2030年，通过预防和及早治疗，将道路交通事故死亡人数减少三分之一\n"
            "  • 到2030年，将全国城乡新生儿死亡率降至每1000名活产少于2人\n")
    drafted = _drafted(text)
    assert all("•" not in words for _, _, words in drafted)
    assert ("道路交通事故死亡人数", 2030, "减少三分之一") in drafted
