"""Round 36 follow-ups to the extract changes, from a tester's unseen documents (verify1, findings 3–6): shares after
an aim lost without a word, a deadline inside a clause that broke the name and the quote, a title printed over
several lines, and English goals with their start lost."""

from __future__ import annotations

from tests.drafts import draft_from, drafted_from

WORK_PLAN = "2026年卫生保健工作计划\n"


def _targets(text: str, name: str = "plan.txt") -> list[tuple]:
    """(name, year, text, quote, review notes) of every target drafted from ``text``."""
    draft = draft_from(text, name)
    return [((item["name"].get("zh") or item["name"]["en"]), year, target["text"], target["source"]["quote"],
             target.get("review") or "")
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])]


def test_shares_after_an_aim_are_drafted():
    """`目标实现婚前医学检查率85%、产前筛查率90%，…稳定在99.5%`: the two bare shares after 目标实现 were dropped with
    `left_out` empty (a bare amount was a fact unless 确保 or 力争 came before it), while the next clause was drafted.
    The aim's words now make them targets, with a note, and are no part of their names."""
    hits = _targets(WORK_PLAN + "加强出生缺陷综合防治，目标实现婚前医学检查率85%、产前筛查率90%，"
                    "新生儿疾病筛查率稳定在99.5%。\n")
    drafted = {(name, year, words) for name, year, words, _, _ in hits}
    assert drafted == {("婚前医学检查率", 2026, "85%"), ("产前筛查率", 2026, "90%"),
                       ("新生儿疾病筛查率", 2026, "稳定在99.5%")}
    for name, _, _, _, review in hits:
        if name != "新生儿疾病筛查率":
            assert "a bare amount after 目标" in review


def test_a_whole_years_aim_is_no_part_of_the_name():
    """`全年目标实现12类55项…执行率达95%以上` was named `全年目标实现12类55项…执行率`, the lead kept in the name."""
    assert drafted_from(WORK_PLAN + "全年目标实现12类55项基本公共卫生服务规范执行率达95%以上。\n") == {
        ("12类55项基本公共卫生服务规范执行率", 2026, "达95%以上")}


def test_a_deadline_after_yu_inside_a_clause():
    """`全县二级以上医院于2024年底前全部建成胸痛中心` was drafted under the name `二级以上医院于`, its text `建成胸痛中心`
    (全部 lost) and a quote said to be verbatim with `2024年底前` cut out. The 于 goes with the deadline, what all of them
    build is named, 全部 stays in the words, and the quote is the clause as written."""
    hits = _targets("乙县卫生健康工作要点\n全县二级以上医院于2024年底前全部建成胸痛中心。\n")
    assert hits == [("二级以上医院胸痛中心", 2024, "全部建成胸痛中心", "全县二级以上医院于2024年底前全部建成胸痛中心", "")]


def test_a_deadline_between_who_and_what_is_quoted_as_written():
    """`各县（市、区）2023年底前完成县域医共体建设`: the deadline is cut from the target's words (the year holds it), but
    the quote kept the cut too, which is not what the document says."""
    hits = _targets("某市卫生健康事业发展规划（2021—2025年）\n各县（市、区）2023年底前完成县域医共体建设。\n")
    assert [(year, quote) for _, year, _, quote, _ in hits] == [(2023, "各县（市、区）2023年底前完成县域医共体建设")]
