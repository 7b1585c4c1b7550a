"""Round 36, the year a clause is for: a plan period's words inside a clause (not a clause of their own) are when the
target is for, no part of its name; a plain ``2022年，`` after the document's date sets targets; the year of an event
a relative clause dates (于2020年提出的) is none to reach; a target dated before the document is counted as left out."""
from __future__ import annotations

import pytest

from checker.language.grammar import parse_target
from drafts import draft_from

HEAD = "某市卫生健康事业发展“十四五”规划\n\n"


def _targets(text: str) -> dict[str, tuple]:
    """Each drafted indicator's name → (year, text, standing, review) of its one target."""
    draft = draft_from(text)
    out = {}
    for item in draft.indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out[item["name"]["zh"]] = (year, target["text"], bool(target.get("standing")), target.get("review", ""))
    return out


@pytest.mark.parametrize("sentence, name, text", [
    ("“十四五”期间全市婴儿死亡率累计下降10%。", "婴儿死亡率", "“十四五”期间累计下降10%"),
    ("全市5岁以下儿童死亡率“十四五”期间累计下降10%。", "5岁以下儿童死亡率", "“十四五”期间累计下降10%"),
    ("全市孕产妇死亡率在“十四五”期间年均下降2%。", "孕产妇死亡率", "在“十四五”期间年均下降2%"),
    ("全市居民健康素养水平到“十四五”末提高5个百分点。", "居民健康素养水平", "到“十四五”末提高5个百分点"),
    ("全市嬰兒死亡率“十四五”期間累計下降10%。", "婴儿死亡率", "“十四五”期間累計下降10%"),
])
def test_a_change_over_a_period_inside_the_clause_counts_over_it(sentence: str, name: str, text: str) -> None:
    """The period's words inside a clause were read into the name (5岁以下儿童死亡率“十四五”期间, no catalogue match, a
    standing target), or, opening it with no comma, dropped from the target (累计下降10%, counted from the plan's base
    year): the name is now the measure's, the year the period's end, and the change keeps the period's words, so it
    counts from the year before the period (2020)."""
    year, words, standing, review = _targets(HEAD + sentence + "\n")[name]
    assert (year, words, standing) == (2025, text, False)
    assert parse_target(words.replace("期間", "期间").replace("累計", "累计")).base_year == 2020
    assert "the period the clause names" in review


@pytest.mark.parametrize("sentence", [
    "全市居民健康素养水平在“十四五”期末达到30%以上。",
    "全市居民健康素养水平十四五期间达到30%以上。",
    "全市居民健康素养水平“十四五”末达到30%以上。",
])
def test_a_level_by_a_period_inside_the_clause_is_for_its_end(sentence: str) -> None:
    """A level (达到30%以上) by a period named inside the clause was drafted under 居民健康素养水平在“十四五”期末 or
    …十四五期间 (a standing target of no year): it is the catalogue's 居民健康素养水平, for 2025, its words the level's."""
    assert _targets(HEAD + sentence + "\n") == {"居民健康素养水平": (2025, "达到30%以上", False, "")}


def test_a_later_or_earlier_period_inside_the_clause_gives_its_own_end() -> None:
    """十五五期间 inside a clause of a 十四五 plan was a standing 2025 target named 孕产妇死亡率十五五期间: it is 2030's,
    counted from 2025; 十三五时期 is 2020's, before the plan, so it is what was done: counted as left out, not dropped."""
    draft = draft_from(HEAD + "全市孕产妇死亡率十五五期间年均下降2%。\n\n全市婴儿死亡率十三五时期年均下降2%。\n")
    targets = {(item["name"]["zh"], year, entry["text"]) for item in draft.indicators
               for year, entry in item["targets"].items()}
    assert targets == {("孕产妇死亡率", 2030, "十五五期间年均下降2%")}
    assert [lines for why, lines in draft.left_out.items() if why.startswith("left out: a year before")] == [[5]]


@pytest.mark.parametrize("words", ["规划期内", "规划期末", "期末"])
def test_the_plans_own_period_inside_the_clause_is_the_plans_year(words: str) -> None:
    """…水平规划期内达到30%以上 was named 居民健康素养水平规划期内 and kept as a standing requirement: the words name the
    plan's own period, so the target is the plan's target year's (2025), under the measure's name."""
    year, text, standing, review = _targets(HEAD + f"全市居民健康素养水平{words}达到30%以上。\n")["居民健康素养水平"]
    assert (year, text, standing) == (2025, "达到30%以上", False)
    assert "the plan's own period" in review


@pytest.mark.parametrize("sentence, name", [
    ("全市孕产妇系统管理率达到90%以上。", "孕产妇系统管理率"),
    ("全市平均住院日控制在8天以内。", "平均住院日"),
])
def test_names_that_hold_qi_are_left_whole(sentence: str, name: str) -> None:
    """Names that hold 期 or end a period's way are no period's words (guards the change above)."""
    assert name in _targets(HEAD + sentence + "\n")


def test_a_base_clause_of_a_period_is_not_taken_for_its_year() -> None:
    """在“十四五”期间的基础上 is what the change builds on: its words stay with the clause (guards the change above)."""
    targets = _targets(HEAD + "到2025年，全市婴儿死亡率在“十四五”期间的基础上下降5%。\n")
    assert all("基础上" in text for _, text, _, _ in targets.values())


def test_a_plain_year_after_the_documents_date_sets_targets() -> None:
    """In a plan dated 2020年6月4日, a paragraph led by a plain 2022年， (no 到) was taken for a report of 2022's figures
    (a year plans do not target) and lost with no count: no year after the document's date can be reported, so it sets
    2022's targets."""
    draft = draft_from("鹤岗市健康行动实施方案\n鹤岗市人民政府\n2020年6月4日\n"
                       "2022年，全市居民健康素养水平达到22%。\n2025年，全市居民健康素养水平达到25%。\n")
    targets = {(year, entry["text"]) for item in draft.indicators for year, entry in item["targets"].items()}
    assert targets == {(2022, "达到22%"), (2025, "达到25%")}


def test_a_plain_year_before_the_documents_date_still_reports() -> None:
    """… while a plain 2022年， in a document dated 2023 still reports that year's figures (guards the change above)."""
    draft = draft_from("某市卫生健康工作情况\n2023年3月1日\n2022年，全市居民健康素养水平达到22%。\n"
                       "到2025年，全市居民健康素养水平达到25%。\n")
    assert {(year, entry["text"]) for item in draft.indicators for year, entry in item["targets"].items()} \
        == {(2025, "达到25%")}


@pytest.mark.parametrize("event", ["於2020年提出的", "于2020年发布的", "在2020年通過的"])
def test_the_year_an_event_happened_is_no_year_to_reach(event: str) -> None:
    """`我國響應世界衛生組織於2020年提出的全球策略，…HPV疫苗接種率達到90%以上` was drafted for 2020 with no note: the year
    dates when WHO proposed it. The sentence's own 邁向2030年 is the year to reach."""
    targets = _targets(f"子宮頸癌防治\n\n我國響應世界衛生組織{event}全球策略，與全球攜手邁向2030年，HPV疫苗接種率達到90%以上。\n")
    assert targets["HPV疫苗接种率"][:2] == (2030, "達到90%以上")


def test_a_target_before_the_documents_date_is_counted_not_lost() -> None:
    """In a document dated 2025-11-17 the WHO sentence (then drafted for 2020) was dropped with no left_out count, as
    was any target of a year before the document's date (到2020年，…): it is now counted as left out, with why."""
    draft = draft_from("子宫颈癌防治计划\n2025年11月17日\n\n到2020年，子宫颈癌筛查率达到50%以上。\n"
                       "到2030年，子宫颈癌筛查率达到70%以上。\n")
    assert {(year, entry["text"]) for item in draft.indicators for year, entry in item["targets"].items()} \
        == {(2030, "达到70%以上")}
    assert [lines for why, lines in draft.left_out.items() if why.startswith("left out: a year before the document's 2025")] \
        == [[4]]
