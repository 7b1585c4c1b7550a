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


@pytest.mark.parametrize("sentence, name, text", [
    ("2020年全县孕产妇死亡率为12.5/10万，到2025年控制在10/10万以下。", "孕产妇死亡率", "控制在10/10万以下"),
    ("目前我市高血压患者规范管理率为60%，2025年提高到70%。", "高血压患者规范管理率", "提高到70%"),
    ("截至2022年，全市每千人口执业医师数达2.8人，力争2025年达到3.2人。", "每千人口执业医师数", "力争2025年达到3.2人"),
    ("现有养老床位3200张，2025年达到4500张。", "养老床位", "达到4500张"),
    ("2021年本市人均预期寿命为79.5岁，较2015年提高1.2岁，到2025年提高到80.5岁。", "人均预期寿命", "提高到80.5岁"),
])
def test_the_figure_a_target_starts_from_is_no_target_and_names_it(sentence, name, text):
    """A figure of record before a target in one sentence: `2020年…为12.5/10万，到2025年…` drafted the 2020 figure as
    a 2020 target; `截至2022年，…达2.8人，力争2025年…` a 2022 target; after `目前…为60%`, `现有…3200张` and a 2021
    record the 2025 target was lost without a word. The figure is the base; its name goes on to the target."""
    assert _drafted(sentence) == [(name, 2025, text, None)]


def test_milestones_with_bare_years_stay_two_targets():
    """`2025年…达到80岁，2030年达到81岁` reaches a level in each year: both are targets, not a base and a target."""
    assert [(name, year) for name, year, _, _ in _drafted("2025年，全市人均预期寿命达到80岁，2030年达到81岁。")] == [
        ("人均预期寿命", 2025), ("人均预期寿命", 2030)]
