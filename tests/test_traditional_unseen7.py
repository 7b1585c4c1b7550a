"""Texts of a kind not seen before: news reports of a health policy's goals as Taiwan's press writes them
(traditional characters) and of Hong Kong's strategy against chronic disease (its own words for a change):
each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    draft = build(read_text(text, "report.txt"))
    return {((item["name"].get("zh") or item["name"]["en"]), year, target["text"])
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def test_figures_on_record_are_no_targets():
    """"根據內政部公布資料，2023年，臺灣人平均壽命為80.23歲" was drafted as a 2023 target (its lead, data a
    ministry published, was not read as a report), and "65歲以上人口已達約454萬人" as a standing one (已達
    without 到 was not read as done). A report's figures set nothing; the plan's own goal is drafted."""
    text = ("健康目標\n\n根據內政部公布資料，2023年，臺灣人平均壽命為80.23歲，其中男性76.94歲。\n\n"
            "臺灣65歲以上人口已達約454萬人，佔總人口19.42%。\n\n"
            "為了延長國人平均餘命，2030年前，癌症死亡率要減少1/3。\n")
    assert _drafted(text) == {("癌症死亡率", 2030, "減少1/3")}
    # a lead that names a plan, not data, still sets its targets
    assert _drafted("目標\n\n根據規劃，到2030年，癌症死亡率降低三分之一。\n") == {("癌症死亡率", 2030, "降低三分之一")}


def test_a_fraction_with_a_digit_denominator():
    """"降低3分之一" (3 in digits, 一 in Chinese, as Taiwan's press writes it) was not read."""
    for phrase in ("降低3分之一", "降低3分之1", "減少3分之一"):
        rule = parse_target(phrase)
        assert (rule.kind, rule.op, round(rule.value, 2), rule.change) == ("vs_baseline", "<=", -33.33, "percent")
    rule = parse_target("十万分之十四点五")  # a rate stays a rate
    assert (rule.value, rule.unit) == (14.5, "1/10万")


@pytest.mark.parametrize("phrase", ["升高25%", "回落25%", "下调了25%", "压低25%", "减掉25%", "调低25%", "涨25%"])
def test_a_change_word_the_grammar_does_not_know_is_refused_not_read_as_a_level(phrase):
    """"减低25%" (a fall by 25%) was read as a level of about 25%, its verb taken for the name: a confident
    wrong answer. A change word the grammar does not know, alone or ending the name, is refused."""
    with pytest.raises(CheckerError):
        parse_target(phrase)


@pytest.mark.parametrize("phrase", ["减低25%", "削减25%", "缩减25%", "相对降低25%", "相对减少25%"])
def test_hong_kongs_words_for_a_fall(phrase):
    """减低, 削减, 缩减 are falls like 降低; a relative fall (相对降低) is the grammar's change in %, and 相对 is no name."""
    rule = parse_target(phrase)
    assert (rule.kind, rule.op, rule.value, rule.change, rule.subject) == ("vs_baseline", "<=", -25, "percent", None)
    assert parse_target("居民消费价格涨幅3%左右").subject == "居民消费价格涨幅"  # an increase that is the measure stays one


def test_a_change_after_jiang_a_count_of_goals_and_a_verb_describing_a_noun():
    """"冀在2025年或之前，将市民因慢性疾病而早逝的风险减低25%" set nothing (将 with a change, not a bound, was
    taken for narrative); "当局订立9个须在2025年或之前需实现的健康目标" was drafted as a deliverable target
    (实现的健康目标, a verb before 的 describing a noun), then as a clause to review."""
    text = ("防控目标\n\n冀在2025年或之前，将市民因慢性疾病而早逝的风险减低25%。\n\n"
            "当局订立9个须在2025年或之前需实现的健康目标。\n")
    assert _drafted(text) == {("市民因慢性疾病而早逝的风险", 2025, "减低25%")}
    with pytest.raises(CheckerError):
        parse_target("实现的健康目标")


def test_a_goal_held_by_yi_wei_mubiao():
    """"以2030年癌症死亡率降低3分之一為目標" (a goal inside 以…为目标, as Taiwan's press and plans write it) set
    nothing; "以提高人民健康水平为目标" (no year, no amount) still sets nothing."""
    assert _drafted("健康目標\n\n政府提出系列政策，以2030年癌症死亡率降低3分之一為目標。\n") == {
        ("癌症死亡率", 2030, "降低3分之一")}
    assert _drafted("规划\n\n到2025年，婴儿死亡率降到4‰以下。以提高人民健康水平为目标。\n") == {
        ("婴儿死亡率", 2025, "降到4‰以下")}
