"""Sixteenth round of extract (Chinese): counted sets of actions to carry out, and texts the project had not seen;
each test's sentences are written for it."""

from __future__ import annotations

from drafts import drafted_from as _drafted, drafted_or_none


def test_all_of_a_counted_set_of_actions_is_a_count_to_reach():
    """全面实施健康中国行动15个专项行动: how many of them are under way is checkable, as the hand-written keys hold."""
    text = "某市卫生健康规划\n到2025年，全面实施健康中国行动15个专项行动，健康促进政策体系基本建立。\n"
    assert ("健康中国行动专项行动", 2025, "15个") in _drafted(text)
    text = "某市卫生健康规划\n到2025年，深入实施“健康某市行动”的16个专项行动。\n"
    assert _drafted(text) == {("“健康某市行动”专项行动", 2025, "16个")}


def test_a_bare_or_described_set_of_actions_is_no_target():
    """实施10个重大工程 (an action without 全面), 以实施三大行动计划为抓手 (a means), 提出将开展15个专项行动 (a
    description of another document) set nothing."""
    for line in ("到2025年，实施10个重大工程。", "以实施水、大气、土壤污染防治三大行动计划为抓手，改善环境。",
                 "国家出台健康中国行动，提出将开展15个重大专项行动。"):
        assert drafted_or_none("某市卫生健康规划\n" + line + "\n") == set(), line
