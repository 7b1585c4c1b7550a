"""Twenty-eighth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

from files import drafted_targets


def test_the_target_is_a_reduction_in_what_follows():
    """"The target is 10% reduction in stunting by 2027." drafted nothing, and the document was refused as holding
    no target; "The target is 10% by 2027." drafted a target named "target" with no word for a person."""
    assert drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% reduction in stunting by 2027. "
                           "Our goal is at least a 25% relative reduction in premature mortality by 2025.\n") == [
        ("stunting", 2027, "10% reduction", None),
        ("premature mortality", 2025, "at least a 25% relative reduction", None)]
    (found,) = drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% by 2027.\n")
    assert "names no indicator" in found[3]


def test_a_work_plan_sets_its_own_year_with_a_plain_lead():
    """`2025年工作总结和2026年工作计划`: `2026年，婴儿死亡率控制在3‰以下` was read as that year's record (a plain lead of a
    year no plan targets) and the document refused; the summary's 2025 figures are what was done."""
    text = ("某市卫生健康委2025年工作总结和2026年工作计划\n\n一、2025年工作总结\n"
            "2025年，全市人均预期寿命达到80.2岁，婴儿死亡率降至3.1‰。\n\n二、2026年工作计划\n"
            "2026年，全市婴儿死亡率控制在3‰以下，居民健康素养水平达到35%以上。\n")
    assert drafted_targets(text) == [("婴儿死亡率", 2026, "控制在3‰以下", None),
                                     ("居民健康素养水平", 2026, "达到35%以上", None)]
    # a plan of another span, or a review of the year's work plan, keeps reading 2026年，… as a record
    for title in ("某市健康2030规划", "某市2026年工作计划执行情况"):
        assert drafted_targets(f"{title}\n\n2026年，婴儿死亡率控制在3‰以下。\n") == []
