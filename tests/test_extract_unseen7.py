"""Found on full plan documents and reports of plans not seen before (a province's and a city's
十四五 health plans, a city's plan for elderly and child care, a provincial health-services plan):
each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    draft = build(read_text(text, "plan.txt"))
    return {(item["name"]["zh"], year, target["text"])
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def test_a_value_the_subject_will_reach():
    """"到2025年，我省人均预期寿命将达到80岁左右" and "全市养老机构床位总数将达到6万张" were left out: a
    subject ending in 将 was taken for narrative. 将 before the verb is the future, and the target is read."""
    text = ("样例省卫生健康规划\n\n"
            "根据规划，到2025年，我省人均预期寿命将达到80岁左右，居民健康素养水平达到30%以上。\n\n"
            "方案提出，到2025年，全市养老机构床位总数将达到6万张，每千名老人养老床位保持在50张以上。\n")
    assert _drafted(text) == {
        ("人均预期寿命", 2025, "达到80岁左右"),
        ("居民健康素养水平", 2025, "达到30%以上"),
        ("养老机构床位总数", 2025, "达到6万张"),
        ("每千名老人养老床位", 2025, "保持在50张以上"),
    }
