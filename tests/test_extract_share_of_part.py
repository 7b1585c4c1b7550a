"""A clause after 其中 that bounds a part's share of the whole (其中不少于30%为康复床位; 其中至少一半以上的病房为
负压病房) sets that share as a target: it was dropped as a detail of the clause before, or drafted under the
name 不少于 with words the grammar could not read. The sentences are written for the tests."""

from __future__ import annotations

from drafts import drafted_from as _drafted


def test_a_bounded_share_of_what_the_clause_before_names_is_drafted():
    found = _drafted("某市规划\n二、发展目标\n到2025年，全市新增床位2000张，其中不少于30%为康复床位。\n")
    assert ("新增床位中康复床位的比例", 2025, "不少于30%") in found


def test_a_bounded_share_of_the_whole_it_names_is_drafted():
    found = _drafted("某市规划\n二、发展目标\n到2025年，各县医院应建设独立的发热门诊，其中至少一半以上的诊室为负压诊室。\n")
    assert found == {("诊室中负压诊室的比例", 2025, "至少一半以上")}


def test_a_detail_without_a_bound_share_still_sets_nothing():
    found = _drafted("某市规划\n二、发展目标\n到2025年，全市建成社区医院20家，其中10家在城区。\n")
    assert all("城区" not in name for name, _, _ in found)
