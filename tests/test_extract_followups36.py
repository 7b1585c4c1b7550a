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


INFANT_GOAL = "By 2030, the infant mortality rate will fall to 40 per 1,000 live births.\n"


def _head(lines: str) -> dict:
    """The plan head drafted from the title ``lines``, a blank line and a 2030 goal."""
    return draft_from(lines + "\n" + INFANT_GOAL, "plan.txt").plan


def test_a_title_printed_over_three_lines():
    """A cover prints `THE NATIONAL HEALTH STRATEGY` / `for Zimbabwe` / `2021-2030`: the draft said `unknown region`
    and guessed base 2025 (five years before 2030), where the same words on one line gave Zimbabwe and 2020. The lines
    that carry the title on are its, and a span alone under the title's lines gives the base."""
    head = _head("THE NATIONAL HEALTH STRATEGY\nfor Zimbabwe\n2021-2030\n")
    assert (head["region"], head["base_year"]) == ("Zimbabwe", 2020)
    assert head["title"] == {"en": "THE NATIONAL HEALTH STRATEGY for Zimbabwe 2021-2030"}
    assert "from the span 2021-2030 under the title" in head["review"]
    head = _head("National Health Strategy\n2021-2030\n")  # a title in title case, its span printed under it
    assert head["base_year"] == 2020
    head = _head("National Health Strategy\n\n2021-2030\n")  # after a blank line: a line of the body, no title's
    assert head["base_year"] == 2025


def test_a_country_on_the_line_under_the_title():
    """`National Health Strategy 2026-2030` over `Zimbabwe` (and a plan's name over `Republic of Rwanda`) gave
    `unknown region`: the country a short line of the title's block names is the region, with a note."""
    for lines, country in (("National Health Strategy 2026-2030\nZimbabwe\n", "Zimbabwe"),
                           ("Fifth Health Sector Strategic Plan (HSSP V) 2024/25–2028/29\nRepublic of Rwanda\n", "Rwanda")):
        head = _head(lines)
        assert head["region"] == country
        assert f"region read from the line under the title ({country})" in head["review"]


def test_a_headline_names_the_country():
    """A news report's headline on the first line (`Inside Rwanda's five-year health sector plan`, `Zimbabwe targets
    70-year life expectancy`) was not taken as the title: the file name stood in, and the region was unknown. It is now
    the title with a note, and the country it names (`Rwanda's` too) the region, with a note."""
    for line, country in (("Inside Rwanda's five-year health sector plan", "Rwanda"),
                          ("Zimbabwe targets 70-year life expectancy", "Zimbabwe")):
        head = _head(line + "\n")
        assert head["title"] == {"en": line}
        assert head["region"] == country
        assert "title taken from the headline" in head["review"]
        assert f"region read from the headline ({country})" in head["review"]


RWANDA = """Inside Rwanda's five-year health sector plan

These efforts are expected to bring significant improvements by 2029. Maternal mortality is projected to decline from 105 to 60 per 100,000 live births.
The government is also prioritizing medical infrastructure, with plans to construct ten new hospitals and 23 health centers across the country.
Medical infrastructure will be accessible to the entire population, up from 70% in 2023, and health insurance coverage will reach 100%, up from the current 85%.
Additionally, domestic sources will contribute 60% of healthcare funding, an increase from 45% in 2023.
"""


def test_a_goal_with_its_start_after_it():
    """`X will rise to 90% by 2029, up from 70% in 2023` was drafted as `to 90%` alone: where the goal starts, said
    in the clause after it, was lost without a word. It now reads as `from 70% to 90%`, noted with its year, and is
    quoted as written; a goal with no `to` keeps its words and a note naming the start."""
    hits = _targets("Health Sector Strategic Plan 2024-2029\n\n"
                    "Skilled birth attendance will rise to 90% by 2029, up from 70% in 2023.\n")
    assert [(name, year, words, quote) for name, year, words, quote, _ in hits] == [
        ("Skilled birth attendance", 2029, "will rise from 70% in 2023 to 90%",  # (round 40: the start's year kept)
         "Skilled birth attendance will rise to 90% by 2029, up from 70% in 2023")]
    assert "starts from 70% in 2023" in hits[0][4]
    [(name, year, words, quote, review)] = _targets(RWANDA)
    assert (name, year, words) == ("health insurance coverage", 2029, "health insurance coverage will reach 100%")
    assert "up from the current 85%" in review


def test_the_rwanda_goals_not_read_are_counted():
    """In a report on Rwanda's HSSP V, only `health insurance coverage will reach 100%` was drafted, and four goals
    were dropped with `left_out` empty: a forecast (`is projected to decline from 105 to 60`), a goal to build (`to
    construct ten new hospitals and 23 health centers`), and two goals with their start whose targets do not read
    (`accessible to the entire population, up from 70% in 2023`; `will contribute 60% of healthcare funding, an
    increase from 45% in 2023`). Each is now counted as left out on its line, with why."""
    left_out = draft_from(RWANDA).left_out
    lines = {line: why for why, where in left_out.items() for line in where}
    assert "forecast" in lines[3] and "construct" not in lines[3]
    assert "goal not read" in lines[4]
    assert "with its start not read" in lines[5] and "with its start not read" in lines[6]
