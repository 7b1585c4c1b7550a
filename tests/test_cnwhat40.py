"""Round 40, Chinese body text: what is a target. A forecast with 预料 (大马预料在2030年…) drafted as a goal; a results
report's figures filed as standing targets of a year before its date; a bare rate (建成率达80%以上) lost without a word;
a 、 list whose first amount has no verb (…普及率99.93%以上、…覆盖率达96%) read as one unreadable clause; a target a
news lede and the body say in the same words drafted (and checked) twice; 空气质量全面达标 refused. Short phrases of the
testers' texts (马来西亚 news, a 云南 卫健委 report, a 心理服务 work plan, 健康杭州, 城市生态规划), as provenance only."""

from __future__ import annotations

import pytest

from drafts import draft_from, drafted_from

from checker.errors import CheckerError

HEAD = "卫生新闻\n\n"
LEAD = "到2025年，孕产妇死亡率控制在10/10万以下。\n"


def _names(draft) -> set[str]:
    return {item["name"]["zh"] for item in draft.indicators}


def _left_out(draft, words: str) -> list[int]:
    """The lines of the targets left out for a reason holding ``words``."""
    return [line for why, lines in draft.left_out.items() if words in why for line in lines]


@pytest.mark.parametrize("sentence", [
    "大马预料在2030年成为老人国，逾60岁的国民占总人口的15%。",
    "國發會預料2030年65歲以上人口將占總人口24%。",
    "衛生部預料到2025年糖尿病患病率將升至21.6%。",
    "卫生部预测，到2025年糖尿病患病率将升至21.6%。",
    "卫生部预测2030年65岁以上人口将占总人口24%。",
    "大马预估在2030年成为老人国，逾60岁的国民占总人口的15%。",  # the estimate's verb in the clause before the amount
])
def test_a_forecast_is_left_out_and_counted_not_drafted(sentence: str):
    """预料 (is expected to) states a forecast as 预估 does: a population projection was a 2030 goal to raise the
    over-60 share to 15%, direction up, with no note."""
    draft = draft_from(HEAD + LEAD + sentence + "\n")
    assert _names(draft) == {"孕产妇死亡率"}, _names(draft)
    assert 4 in _left_out(draft, "a forecast")


def test_a_forecast_runs_on_until_the_plans_aim_and_prediction_in_a_name_is_none():
    """The estimate's verb governs the clauses after it only until one says the plan's aim (力争); 预测 in a name of
    work (预测预警) is no verb of a forecast."""
    draft = draft_from(HEAD + "大马预料在2030年成为老人国，逾60岁的国民占总人口的15%，力争孕产妇死亡率控制在8/10万以下。\n"
                       "到2025年，传染病预测预警覆盖率达到90%。\n")
    assert _names(draft) == {"孕产妇死亡率", "传染病预测预警覆盖率"}, _names(draft)


RESULTS = ("云南省妇幼健康目标全面实现\n发布时间:2021-03-24 11:20\n\n2020年是云南妇女儿童发展规划(2011-2020年)的收官之年。\n\n"
           "全省妇女常见病筛查率达到88.83%,超过全国平均水平。\n")


def test_a_results_reports_clauses_of_no_year_before_its_date_are_what_was_done():
    """The 收官之年 line gave the text the year 2020, and the 2021 report's result was a standing 2020 target."""
    with pytest.raises(CheckerError) as refused:
        draft_from(RESULTS)
    assert "before the document's own date (2021)" in refused.value.message
    assert "line 6" in refused.value.message
    # a clause of no year filed under a year after the document's date stays a standing target
    draft = draft_from("某市健康行动方案(2021-2025年)\n发布时间:2021-03-24\n\n"
                       "到2025年，孕产妇死亡率控制在10/10万以下。\n婚前医学检查率达到90%以上。\n")
    item = next(item for item in draft.indicators if item["name"]["zh"] == "婚前医学检查率")
    assert item["targets"][2025].get("standing") is True


@pytest.mark.parametrize("sentence, rate", [
    ("试点地区在村(社区)建立心理咨询室或社会工作室;2021年底前,以村(社区)为单位,建成率达80%以上。", "建成率"),
    ("到2025年，家庭医生签约服务全面推开，覆盖率达80%以上。", "覆盖率"),
    ("到2025年，达标率达到90%。", "达标率"),
])
def test_a_rate_named_by_its_verb_alone_is_counted_never_lost(sentence: str, rate: str):
    """建成率达80%以上 was dropped without a word (the plan refused as holding nothing); 覆盖率达80% was drafted as a
    measure of nothing."""
    draft = draft_from(HEAD + LEAD + sentence + "\n")
    assert rate not in _names(draft)
    assert _left_out(draft, f"a rate named by its verb alone ({rate})") == [4]
    # the rate named in full before it in the paragraph is the same measure said short, as before
    again = draft_from(HEAD + "到2024年，全市健身设施覆盖率达到45%；到2025年，覆盖率达到50%。\n" + sentence + "\n")
    assert "覆盖率" in _names(again) or rate != "覆盖率"
    # the rate with its thing named is drafted
    assert ("心理咨询室建成率", 2021, "达80%以上") in drafted_from(HEAD + sentence + "\n2021年底前,心理咨询室建成率达80%以上。\n")


def test_a_first_amount_with_no_verb_splits_a_list_at_its_comma():
    """The 、 split failed where the first piece had no verb: one unread indicator, and the 96% target lost."""
    drafted = drafted_from(HEAD + "到2025年,农村自来水普及率99.93%以上、城乡规模化供水工程人口覆盖率达96%。\n")
    assert drafted == {("农村自来水普及率", 2025, "99.93%以上"), ("城乡规模化供水工程人口覆盖率", 2025, "达96%")}


def test_a_target_said_again_in_the_same_words_is_one_target():
    """A news lede and the body both say 城市建成区绿地率…达到38.9%: two targets under one indicator, counted twice."""
    draft = draft_from("全国城市生态保护与建设规划(2015-2020年)\n\n"
                       "《规划》提出,到2020年,城市建成区绿地率将达到38.9%,人均绿地面积达14.6平方米。\n\n"
                       "到2020年,城市建成区绿地率达到38.9%,城市建成区绿化覆盖率达到43.0%。\n")
    item = next(item for item in draft.indicators if item["name"]["zh"] == "城市建成区绿地率")
    target = item["targets"][2020]
    assert isinstance(target, dict) and target["source"]["line"] == 3
    assert "said again in the same words at line 5" in target["review"]
    assert _left_out(draft, "said again in the same words") == [5]
    # in other words, both stay: plans state a target in several places, as decided before
    draft = draft_from(HEAD + "到2020年,城市建成区绿地率将达到38.9%。\n到2020年,城市建成区绿地率提高到38.9%。\n")
    item = next(item for item in draft.indicators if item["name"]["zh"] == "城市建成区绿地率")
    assert len(item["targets"][2020]) == 2


def test_all_of_a_thing_to_meet_its_standard_is_a_deliverable():
    """到2025年,空气质量全面达标 was refused (and lost from 健康杭州 with no word)."""
    assert ("空气质量", 2025, "全面达标") in drafted_from(HEAD + "到2025年,空气质量全面达标。\n")
