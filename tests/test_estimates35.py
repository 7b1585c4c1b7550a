"""Round 35: a plan table's baseline column its header calls an estimate (2025年（预计）) is said so in the draft."""
from __future__ import annotations

from pathlib import Path

from files import draft_of_file

TABLE = """# 扬州市“十五五”卫生健康发展规划（2026—2030年）

扬州市人民政府
2025年12月

| 指标 | 单位 | 2024年 | {estimate} | 2030年 | 属性 |
|---|---|---|---|---|---|
| 人均预期寿命 | 岁 | 80.6 | 80.8 | 81.5 | 预期性 |
| 婴儿死亡率 | ‰ | 2.1 | 2.0 | ≤3 | 预期性 |
"""


def _plan_review(tmp_path: Path, header: str) -> str:
    path = tmp_path / "plan.md"
    path.write_text(TABLE.format(estimate=header), encoding="utf-8")
    draft, _ = draft_of_file(path)
    return draft.plan.get("review", "")


def test_estimated_base_column_is_flagged(tmp_path: Path) -> None:
    """A 十五五 plan written in December 2025 gives its 2025 figures as 预计; the draft filed them as the plain base
    values progress is judged from, the mark lost without a word."""
    review = _plan_review(tmp_path, "2025年（预计）")
    assert "2025 base values are the plan's estimates" in review
    assert "before progress is judged from them" in review  # 2025 is the base year


def test_preliminary_and_lettered_marks_are_flagged(tmp_path: Path) -> None:
    """快报 and a lettered E (2025E) say the same as 预计."""
    assert "2025 base values are the plan's estimates" in _plan_review(tmp_path, "2025年快报")
    assert "2025 base values are the plan's estimates" in _plan_review(tmp_path, "2025E")


def test_final_base_column_is_not_flagged(tmp_path: Path) -> None:
    """A plain 2025年 column says nothing of estimates."""
    assert "estimates" not in _plan_review(tmp_path, "2025年")
