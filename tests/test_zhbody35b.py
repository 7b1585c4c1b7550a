"""Thirty-fifth round (b): Chinese body text (national 实事 lists) and traditional characters — targets lost without a
word, refused for a comma, or refused with a reason that hid the year (extract, the grammar)."""

from __future__ import annotations

import pytest

from checker.errors import GrammarError
from checker.language.grammar import parse_target
from files import drafted_of, drafted_targets


def _left_out(text: str) -> dict[str, list[int]]:
    """What ``checker extract`` counts as left out of the plain ``text``'s draft (why → lines)."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    return build(read_text(text, "plan.txt")).left_out


def test_dated_counts_of_talks_trainings_and_clinics_are_drafted():
    """`全国举办1万场以上健康知识讲座`, `开展3200名“西医学习中医”骨干人才培训` and `全国1万家医疗机构提供早孕关爱门诊服务`
    were dropped with no left-out entry, beside the 95% target of the same year: 举办 and 开展 counted no work done,
    场 no count, 全国 no whole place, and a count before units that 提供 a service was not read."""
    text = ("到2026年，儿童健康管理率达到95%。\n到2026年，全国举办1万场以上健康知识讲座。\n"
            "到2026年，开展3200名“西医学习中医”骨干人才培训。\n到2026年，全国1万家医疗机构提供早孕关爱门诊服务。\n")
    drafted = drafted_targets(text)
    got = {(name, year, words) for name, year, words, _ in drafted}
    assert got == {("儿童健康管理率", 2026, "达到95%"), ("举办健康知识讲座", 2026, "举办1万场以上"),
                   ("开展“西医学习中医”骨干人才培训", 2026, "开展3200名"),
                   ("医疗机构提供早孕关爱门诊服务的数量", 2026, "1万家")}
    # each count is flagged: how many this year's work reaches, never the level of a total
    assert all(review for name, _, _, review in drafted if name != "儿童健康管理率")


def test_a_target_after_a_goal_lead_of_no_year_is_kept_standing():
    """`…三项实事明确量化目标：全国1万家医疗机构设立早孕关爱门诊，…` in a sentence of no year was dropped with no left-out
    entry (left out as the nation's figure in a plan of a region, though no region was known): kept for the document's
    last target year with a note."""
    text = ("到2026年，儿童健康管理率达到95%。\n针对孕早期女性、适龄女童及超重肥胖人群，三项实事明确量化目标："
            "全国1万家医疗机构设立早孕关爱门诊，推行“一站式”便捷服务。\n")
    drafted = drafted_targets(text)
    kept = [(name, year, words, review) for name, year, words, review in drafted if words == "1万家"]
    assert [(name, year) for name, year, _, _ in kept] == [("医疗机构设立早孕关爱门诊的数量", 2026)]
    assert "standing" in kept[0][3]


def test_items_of_a_national_list_that_open_with_the_whole_country_are_drafted():
    """Items `全国新增350家…` (named `新增`) and `全国新增普惠托位15万个`, `全国举办1万场以上…` (dropped) of a national 实事
    list: 全国 is the list's own place, as 全市 is a city's; and a numbered item of one sentence was taken for a heading
    run into its text, which ended the lead's year for the items after it."""
    text = ("国家卫生健康委发出通知，确定在2026年实施10件民生实事项目。十件实事及措施包括：\n"
            "（一）新增1000家乡镇卫生院提供儿童常见病诊疗服务。\n"
            "（二）全国新增350家乡镇卫生院、社区卫生服务中心提供血液透析服务。\n"
            "（三）全国新增普惠托位15万个。\n（四）全国举办1万场以上健康知识讲座。\n")
    got = drafted_of(text)
    assert {(year, words) for _, year, words in got} == {
        (2026, "新增1000家"), (2026, "新增350家"), (2026, "15万个"), (2026, "举办1万场以上")}
    assert ("新增乡镇卫生院、社区卫生服务中心提供血液透析服务", 2026, "新增350家") in got
    assert not any(name == "新增" for name, _, _ in got)


@pytest.mark.parametrize("lead", [
    "国家卫生健康委发出通知，决定2026年继续在全国卫生健康系统组织实施一批为民服务实事项目。十件实事及措施包括：",
    "国家卫生健康委发布2026年卫健系统为民服务10件实事和重点工作。具体包括：",
])
def test_the_national_lead_of_a_batch_of_projects_dates_its_items(lead):
    """The national 实事 lead `决定2026年继续…组织实施一批…实事项目。十件实事及措施包括：` (and `发布2026年…10件实事…`) was
    not read as naming the year's projects (`year_projects` wanted a number right after the verb): the whole list was
    refused as naming no year."""
    text = (f"{lead}\n（一）新增1000家乡镇卫生院、社区卫生服务中心提供儿童常见病诊疗服务。\n"
            "（二）新增110个县提供心理门诊服务。\n（三）三级公立综合医院均提供健康体重管理门诊服务。\n"
            "（四）以地市为基本单元，推进二级及以上医疗机构检查检验项目互认至少达到300项。\n")
    got = drafted_of(text)
    assert {(year, words) for _, year, words in got} >= {(2026, "新增1000家"), (2026, "新增110个"), (2026, "至少达到300项")}
    assert {year for _, year, _ in got} == {2026}


def test_the_projects_named_in_a_sentence_date_the_clauses_after_them():
    """`发布2026年卫健系统为民服务10件实事和重点工作，提出新增1000家…` was refused as naming no year: the projects' year
    leads the clauses after it in the same sentence."""
    got = drafted_of("1月6日，国家卫生健康委发布2026年卫健系统为民服务10件实事和重点工作，提出新增1000家乡镇卫生院和"
                     "社区卫生服务中心提供儿童常见病、多发病诊疗服务，进一步巩固加强儿科服务。\n")
    assert {(year, words) for _, year, words in got} == {(2026, "新增1000家")}


@pytest.mark.parametrize("text", [
    "2026年将新增1000家乡镇卫生院提供儿童常见病诊疗服务。\n",
    "2026年将进一步填补“空白地带”：新增1000家乡镇卫生院提供儿童常见病诊疗服务；新增110个县设立心理门诊。\n",
])
def test_a_year_with_jiang_after_it_and_no_comma_leads_the_target(text):
    """`2026年将新增1000家…` was refused (no year it could place) while `2026年，将新增1000家…` was drafted: a year led by
    将 with no comma between is the same lead; so is one whose clause ends in a colon before its items."""
    got = drafted_of(text)
    assert (2026, "新增1000家") in {(year, words) for _, year, words in got}
    assert {year for _, year, _ in got} == {2026}
    if "110" in text:
        assert ("新增县设立心理门诊", 2026, "新增110个") in got


def test_a_report_of_what_a_year_already_has_is_no_target():
    """Under a lead that now names the year's projects (`公布2026年…十件实事项目清单`), `2025年已有92.4%的基层机构落实周末
    接种` (what was already so) was drafted as a 2026 target: 已有 before an amount tells what has happened, as 已达 does."""
    got = drafted_of("中国网财经2月12日讯，国家卫生健康委召开新闻发布会，公布2026年卫生健康系统为民服务十件实事项目清单。\n\n"
                     "同时，全国所有乡镇卫生院开放周末疫苗接种，接种信息向社会公示，2025年已有92.4%的基层机构落实周末接种，"
                     "占全国接种量的24.7%。\n")
    assert not any("92.4" in words or "92.4" in name for name, _, words in got)


@pytest.mark.parametrize("phrase, start", [
    ("從現行每年12萬元增至18萬元", "現行每年12萬元"),
    ("从现行12万元增至18万元", "现行12万元"),
    ("从每年12万元增至18万元", "每年12万元"),
])
def test_a_from_amount_of_the_current_rule_or_per_year_is_a_start(phrase, start):
    """`從現行每年12萬元增至18萬元` was refused as `cannot place the words 从现行每年12` (the start's 12 folded into the
    words); 現行 and 每年 before the start say what it is now and how often it is paid: reached, ≥ 18万元."""
    rule = parse_target(phrase)
    assert (rule.kind, rule.op, rule.value, rule.unit) == ("reach", ">=", 18.0, "万元")


def test_a_refused_start_names_its_words_without_the_number():
    """A start the grammar cannot read (`从过去12万元`) was named `从过去12`: the number is the start's, not a word."""
    with pytest.raises(GrammarError) as refused:
        parse_target("从过去12万元增至18万元")
    assert "从过去 before" in refused.value.message


def test_the_subsidy_sentence_is_drafted_or_counted_never_dropped():
    """`2026年，…使用者補助將從現行每年12萬元增至18萬元。` dropped its whole sentence: drafted now; and with its measure in
    a clause of its own that names no measure (`…補助方案，將有希望從現行每年12萬元增至18萬元`), counted as left out."""
    got = drafted_of("2026年，入住住宿式服務機構使用者補助將從現行每年12萬元增至18萬元。\n")
    assert got == {("入住住宿式服务机构使用者补助", 2026, "從現行每年12萬元增至18萬元")}
    text = ("到2026年，長照服務涵蓋率達到80%。\n屆時，入住住宿式服務機構使用者補助方案，將有希望從現行每年12萬元增至"
            "18萬元。\n")
    assert _left_out(text).get("left out: a target whose measure no clause names") == [2]


@pytest.mark.parametrize("phrase", ["較○九年增加三成", "較零九年增加三成", "比〇九年下降10%"])
def test_a_base_year_written_with_a_zero_and_one_numeral_is_read(phrase):
    """`較○九年增加三成` (Macau's and Hong Kong's 2009) was refused as `cannot place the words 较, ○九年, 增加` and
    `較零九年…` as `较, 零, 增加` (九年 cut off): a base of two numerals whose first is zero can only be 2001–2009."""
    rule = parse_target(phrase)
    assert (rule.kind, rule.base_year) == ("vs_baseline", 2009)


def test_another_two_numeral_year_is_refused_naming_the_year():
    """`較一九年增加三成` (2019? 1919?) is not guessed; the refusal says it is a year with no century, not only words."""
    with pytest.raises(GrammarError) as refused:
        parse_target("較一九年增加三成")
    assert "一九年" in refused.value.message and "no century" in refused.value.message
