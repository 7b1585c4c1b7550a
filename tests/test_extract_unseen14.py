"""Fourteenth round of unseen texts: a government's news of its health goals, in traditional characters, where a
goal is named inside the purpose of a measure; each test's sentences are written for it."""

from __future__ import annotations

from drafts import drafted_from as _drafted, drafted_or_none as _drafted_or_none


def test_a_goal_named_in_a_purpose_is_drafted():
    """为实现2030年…死亡率降低三分之一的政策目标，政府… set nothing: a clause that opens with 为实现 tells what is done."""
    text = "某地防癌新闻\n為實現2030年肝癌標準化死亡率降低四分之一的政策目標，當局持續擴大篩檢。\n"
    assert _drafted(text) == {("肝癌标准化死亡率", 2030, "降低四分之一")}


def test_a_purpose_without_a_goal_sets_nothing():
    text = "某地卫生新闻\n为实现全民健康的目标，当局持续加强基层医疗卫生服务体系建设，2025年完成筛查120万人次。\n"
    assert _drafted_or_none(text) == set()


def test_a_change_written_verb_first_is_named_by_what_it_changes():
    """到2030年，降低三高慢性病标准化死亡率1/3 was drafted under the whole clause as its name, flagged unread: the verb
    stands before the name, and the grammar reads a name before its target. It is named by what it changes, still
    flagged, with the reading the verb and the amount give together."""
    found = _drafted("某市行动方案\n到2028年，降低重大慢性病过早死亡率15%。力争到2026年提高6岁以下儿童健康管理率到92%以上。\n")
    assert found == {("重大慢性病过早死亡率", 2028, "降低重大慢性病过早死亡率15%"),
                     ("6岁以下儿童健康管理率", 2026, "力争到2026年提高6岁以下儿童健康管理率到92%以上")}
