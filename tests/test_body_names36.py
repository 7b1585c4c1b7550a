"""Thirty-sixth round: names and clauses of Chinese body sentences (extract).

A clause that shares what the clause before it named (the share 占地区生产总值的5%以上 of the measure just named, a bare
营业收入 of the same sector), a title to be won (争创1—2个…), the whole people before a catalogued measure (全市百姓…) and
what something can reach (可高達百分之九十) were dropped without a word, drafted under a verb or a generic word, or named
with a word cut in two.
"""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from files import drafted_of, drafted_targets

HEAD = "云南省健康服务业发展规划\n云南省人民政府\n2022年3月3日\n"


def _draft(body: str):
    return build(read_text(HEAD + body + "\n", "plan.txt"))


def test_a_share_of_the_whole_after_a_measure_is_that_measures_share():
    """`…增加值达到1800亿元左右，占地区生产总值的5%以上` drafted only the 1800亿元: the share clause (its subject 占…的 taken
    for a story's …的) was lost without a word. It is now the share the measure before makes up, flagged, in %. A bare
    share in a sentence of no year (…老年人口达2.49亿，占总人口的17.9%) stays a fact."""
    draft = _draft("我国是世界上老年人口最多的国家。60岁及以上老年人口达2.49亿，占总人口的17.9%。\n"
                   "到2025年，全省健康服务业增加值达到1800亿元左右，占地区生产总值的5%以上。")
    drafted = {(item["name"]["zh"], year, entry["text"], item["unit"]) for item in draft.indicators
               for year, entry in item["targets"].items()}
    assert drafted == {("健康服务业增加值", 2025, "达到1800亿元左右", "亿元"),
                       ("健康服务业增加值占地区生产总值比重", 2025, "5%以上", "%")}
    share = [review for name, _, _, review in drafted_targets(HEAD + "到2025年，全省健康服务业增加值达到1800亿元左右，"
                                                               "占地区生产总值的5%以上。\n") if "比重" in name]
    assert share and "check the name" in share[0]


@pytest.mark.parametrize("before, share, name", [
    ("健康服务业增加值占地区生产总值比重达到5%以上", "占GDP的比重达到6%", "健康服务业增加值占GDP比重"),
    ("体育产业总规模达到500亿元", "占全省生产总值的比例超过1.5%", "体育产业总规模占全省生产总值比例"),
])
def test_a_share_clause_is_named_after_the_measure_not_the_share_before(before, share, name):
    """`占GDP的比重达到6%` was drafted as an indicator named `占GDP的比重` (whose share, not said): it is the share of the
    measure before (not of a share before it)."""
    drafted = drafted_of(HEAD + f"到2025年，{before}，{share}。\n")
    assert name in {drafted_name for drafted_name, _, _ in drafted}
    assert not any(drafted_name.startswith("占") for drafted_name, _, _ in drafted)


def test_a_share_with_no_measure_before_it_is_counted_as_left_out():
    """A share clause with no measure named before it has no name to draft: it is counted as left out, with why (it was
    lost without a word)."""
    draft = _draft("到2025年，占地区生产总值的5%以上，全省健康服务业增加值达到1800亿元左右。")
    assert any("a share of 地区生产总值" in why for why in draft.left_out)


@pytest.mark.parametrize("later, name", [
    ("营业收入达到5000亿元", "健康服务业营业收入"),
    ("总产值超过6000亿元", "健康服务业总产值"),
    ("总收入达到5000亿元", "健康服务业总收入"),
])
def test_a_bare_measure_of_size_shares_the_subject_before(later, name):
    """`…健康服务业增加值达到1800亿元左右，营业收入达到5000亿元` named the revenue plain `营业收入`, no note (a name any
    revenue row matches): a bare measure of size in a later clause is of the sector named before it, flagged."""
    targets = drafted_targets(HEAD + f"到2025年，全省健康服务业增加值达到1800亿元左右，{later}。\n")
    named = [(drafted_name, review) for drafted_name, _, words, review in targets if words == later[-len(words):]]
    assert [drafted_name for drafted_name, _ in named] == [name]
    assert "check it" in named[0][1]


def test_a_bare_measure_of_size_with_no_sector_before_it_is_flagged():
    """`营业收入` after a measure that names no sector (人均预期寿命) keeps its name, but now with a note to say whose."""
    targets = drafted_targets(HEAD + "到2025年，人均预期寿命达到80岁，营业收入达到5000亿元。\n")
    revenue = [review for name, _, _, review in targets if name == "营业收入"]
    assert revenue and "name whose it is" in revenue[0]


@pytest.mark.parametrize("clause, thing, words", [
    ("争创1—2个国家健康旅游示范基地", "国家健康旅游示范基地", "1—2个"),
    ("争创建2个国家级健康产业园区", "国家级健康产业园区", "2个"),
    ("创成5个省级健康县", "省级健康县", "5个"),
    ("力争建成1—2个国家区域医疗中心", "国家区域医疗中心", "1—2个"),
])
def test_a_title_to_win_or_a_range_to_build_is_a_count_of_the_thing(clause, thing, words):
    """`争创1—2个国家健康旅游示范基地` was drafted under the name `争创` (the verb) as an unread clause, and
    `力争建成1—2个…` as a yes/no deliverable named `1—2个…`: 争创, 争创建 and 创成 lead a count as 建成 does, and a range
    (1—2个) is a count."""
    drafted = drafted_of(HEAD + f"到2025年，{clause}，打造10个省级健康产业示范区。\n")
    assert (thing, 2025, words) in drafted
    assert ("省级健康产业示范区", 2025, "10个") in drafted
    assert not any(name.startswith(("争创", "创成")) or name[0].isdigit() for name, _, _ in drafted)


@pytest.mark.parametrize("people", ["全市百姓", "全县老百姓", "广大百姓"])
def test_the_whole_people_before_a_catalogued_measure_are_whose_it_is(people):
    """`全市百姓健康素养水平大幅提升` was left out with no count while `全民健康素养水平大幅提升` was drafted: the place and
    its people (全市百姓, 全县老百姓 …) say whose the catalogued measure is, as 全县群众 and 居民 do."""
    draft = build(read_text(f"健康黑河行动实施方案\n黑河市人民政府\n2020年11月11日\n一、总体要求\n"
                            f"到2030年，{people}健康素养水平大幅提升。\n", "plan.txt"))
    assert [(item["id"], list(item["targets"])) for item in draft.indicators] == [("health_literacy", [2030])]


@pytest.mark.parametrize("clause", ["治療後保護力可高達百分之九十", "疫苗保护率最高可达95%", "治愈率高达90%以上",
                                    "治療後保護力可達百分之九十"])
def test_what_something_can_reach_is_left_out_not_a_target(clause):
    """`治療後保護力可高達百分之九十` (a treatment's power, told) was drafted as a 2030 target named `治疗后保护力可高`, 高達
    cut in two: what something can reach (可高达, 高达; 可达 where no year is in force) is a fact, counted as left out
    with why."""
    draft = build(read_text(f"宜蘭縣結核病防治計畫（2026-2030年）\n\n潛伏結核感染者應儘速接受治療，{clause}，且副作用相對較低。\n"
                            "\n到2030年，結核病發生率降至20/10萬以下。\n", "plan.txt"))
    assert not any("可高" in item["name"]["zh"] or "保护" in item["name"]["zh"] or "保護" in item["name"]["zh"]
                   for item in draft.indicators)
    assert any("what something can reach" in why for why in draft.left_out)


def test_a_text_of_only_what_something_can_reach_is_refused_with_why():
    """With nothing else to draft, the text is refused (exit 2) and the message says the clause was left out and why."""
    from files import extract_refusal

    message = extract_refusal("宜蘭縣結核病防治計畫（2026-2030年）\n\n治療後保護力可高達百分之九十，且副作用相對較低。\n")
    assert "what something can reach" in message and "line 3" in message
