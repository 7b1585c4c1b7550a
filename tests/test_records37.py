"""Round 37: records and restatements drafted as targets (t_trad F1, F2, F6, F7; t_cnbody #2). A fact granted by 尽管, a
change told as done (已由…降至…), a year before a verb-first clause, years counted from now, a goal in brackets or set
by someone (…倡议的…的目标), and a news sub-heading restating a body target in other word order."""

from __future__ import annotations

from tests.drafts import draft_from, drafted_words


def _left_out(draft, opening: str) -> list[int]:
    """The lines left out for the reason that opens with ``opening`` (none: [])."""
    return next((lines for why, lines in draft.left_out.items() if why.startswith(opening)), [])


def _targets(draft) -> list[tuple]:
    """(name, year, text, the target's whole entry) of every target of ``draft``."""
    return [(item["name"].get("zh") or item["name"]["en"], year, target["text"], target)
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])]


HONG_KONG = ("控烟政策调查 2023\n"
             "尽管香港的吸烟率在2023年下降至9.1%，吸烟仍然是一个迫切的公共卫生问题。"
             "为响应世卫，香港政府设订在2025年将15岁及以上人士的吸烟率降至7.8%的目标。\n")


def test_a_fact_granted_by_jinguan_is_no_target():
    """`儘管香港的吸煙率在2023年下降至9.1%，…` was a 2023 target ≤9.1% with no note (the figure it was read from passes
    it), under the name `尽管香港的吸烟率`. What 尽管 grants is a fact: left out and counted."""
    draft = draft_from(HONG_KONG)
    assert all(year == 2025 for _, year, _, _ in _targets(draft))
    assert _left_out(draft, "left out: a fact granted") == [2]
    assert draft.plan["target_years"] == [2025]


def test_who_sets_a_goal_and_its_year_are_no_part_of_the_name():
    """`香港政府設訂在2025年將15歲及以上人士的吸煙率降至7.8%的目標` was named `香港政府设订在2025年将15岁及以上人士的吸烟率`."""
    assert drafted_words(draft_from(HONG_KONG)) == {("15岁及以上人士的吸烟率", 2025, "降至7.8%")}
    traditional = "控煙報告\n香港政府設訂在2025年將15歲及以上人士的吸煙率降至7.8%的目標。\n"
    assert drafted_words(draft_from(traditional)) == {("15岁及以上人士的吸烟率", 2025, "降至7.8%")}


def test_a_change_told_as_done_is_a_record():
    """`澳門15歲及以上人口煙草使用率已由2011年的16.9%降至2023年的11.6%` was a 2023 target of an indicator named `澳门`,
    adding 2023 to the plan's years: two observed values, left out and counted as a record."""
    draft = draft_from("澳门控烟\n澳門15歲及以上人口煙草使用率已由2011年的16.9%降至2023年的11.6%，顯示澳門控煙具顯著成效。"
                       "到2025年，煙草使用率降至10%以下。\n")
    assert drafted_words(draft) == {("烟草使用率", 2025, "降至10%以下")}
    assert _left_out(draft, "left out: a record of a change that has happened") == [2]
    assert draft.plan["target_years"] == [2025]


def test_a_change_told_as_done_names_the_goal_after_it():
    """A record with a later goal in the same sentence gives the goal its name, as a dated from-to does."""
    draft = draft_from("澳门控烟\n澳门15岁及以上人口烟草使用率已由2011年的16.9%降至2020年的11.6%，到2025年将降至10%以下。\n")
    assert drafted_words(draft) == {("澳门15岁及以上人口烟草使用率", 2025, "降至10%以下")}


def test_a_year_before_a_verb_first_clause_is_its_year():
    """`2030年降低三高慢性病標準化死亡率1/3` was kept as a standing target, noted "the sentence names no year"."""
    draft = draft_from("健康报道\n卓院長強調，2030年降低三高慢性病標準化死亡率1/3，是首要的政策目標之一。\n")
    [(name, year, _, target)] = _targets(draft)
    assert (name, year) == ("三高慢性病标准化死亡率", 2030)
    assert not target.get("standing") and "names no year" not in target.get("review", "")


def test_years_counted_from_now_are_one_time_frame():
    """`目标在未来8年内，将国人平均余命增加3歲，不健康年數占平均餘命比例下降至8%`: the first half was a standing target of
    the year the text last looked to, the second left out. Within years from a date the text does not give, and with no
    period of the document's own, both are left out alike."""
    draft = draft_from("健康报道\n到2030年，癌症死亡率要减少1/3。\n"
                       "委员会：目标在未来8年内，将国人平均余命增加3岁，不健康年数占平均余命比例下降至8%。\n")
    assert {name for name, _, _, _ in _targets(draft)} == {"癌症死亡率"}
    assert _left_out(draft, "left out: a time counted from a date the text does not give") == [3, 3]
    # in a plan whose title gives its span, the years from now are its period's: kept as before
    draft = draft_from("某市规划（2026—2030年）\n\n在未来的5年中，全市人均预期寿命提高1岁。\n")
    assert drafted_words(draft) == {("人均预期寿命", 2030, "提高1岁")}


def test_a_change_by_an_amount_gives_the_unit():
    """`将国人平均余命增加3岁` was drafted with `unit: null` though the phrase gives 岁; a change by a share still gives none."""
    draft = draft_from("健康报道\n到2030年，将国人平均余命增加3岁，某某比例提高5%。\n")
    assert {item["name"]["zh"]: item["unit"] for item in draft.indicators} == {"国人平均余命": "岁", "某某比例": None}


def test_a_goal_in_brackets_is_drafted():
    """`依WHO 25 by 25目標（於2025年將早發性非傳染性疾病死亡率降低25%）將衛生議題融入…` was named `依WHO`, unread."""
    draft = draft_from("衛福年報\n本部積極建立以人為中心的健康服務，依WHO 25 by 25目標（於2025年將早發性非傳染性疾病死亡率"
                       "降低25%）將衛生議題融入政策施政目標。\n")
    [(name, year, words, target)] = _targets(draft)
    assert (name, year, words) == ("早发性非传染性疾病死亡率", 2025, "降低25%")
    assert target["source"]["quote"] == "於2025年將早發性非傳染性疾病死亡率降低25%"


def test_a_goal_someone_set_is_drafted():
    """`將實現世界衛生組織倡議的在2025年將當地煙草使用率相對減少30%的控煙目標` was named `世界卫生组织倡议的`, refused
    with words about a yes/no deliverable nobody wrote."""
    draft = draft_from("澳门控烟\n澳門特區政府卫生局表示，將實現世界衛生組織倡議的在2025年將當地煙草使用率相對減少30%的控煙目標。\n")
    [(name, year, words, target)] = _targets(draft)
    assert (name, year, words) == ("烟草使用率", 2025, "減少30%")
    assert "review" not in target


SALT = ("《“健康甘肃2030”规划》出台\n\n到2030年，孕产妇死亡率降低到12/10万。\n\n人均食盐日摄入量降低20%\n\n"
        "加强营养工作的指导，开展健康食堂示范建设。\n\n到2030年，人均每日食盐摄入量降低20%。\n")


def test_a_heading_restating_a_target_in_other_words_is_no_second_indicator():
    """A sub-heading `人均食盐日摄入量降低20%` over `…人均每日食盐摄入量降低20%` was drafted as a second indicator (standing,
    no unit); only the heading in the body's exact words was left out."""
    draft = draft_from(SALT)
    assert drafted_words(draft) == {("孕产妇死亡率", 2030, "降低到12/10万"), ("人均每日食盐摄入量", 2030, "降低20%")}
    assert _left_out(draft, "left out: a heading restating a target") == [5]
    assert "left out: no target year" not in draft.reviews
    [salt] = [target for name, _, _, target in _targets(draft) if name == "人均每日食盐摄入量"]
    assert salt["review"] == "also in the heading at line 5 (人均食盐日摄入量降低20%)"
    # a heading of another amount sets its own target (or contradicts the body): both stay for a person to see
    assert ("人均食盐日摄入量", 2030, "降低15%") in drafted_words(draft_from(SALT.replace("日摄入量降低20%", "日摄入量降低15%")))


def test_a_heading_after_its_sentence_in_other_words():
    """The same, with the heading below the sentence it restates: its own indicator is not left behind empty."""
    text = "健康甘肃2030规划\n\n到2030年，人均每日食盐摄入量降低20%。\n\n人均食盐日摄入量降低20%\n\n加强营养工作的指导。\n"
    draft = draft_from(text)
    assert drafted_words(draft) == {("人均每日食盐摄入量", 2030, "降低20%")}
    assert [item["name"]["zh"] for item in draft.indicators] == ["人均每日食盐摄入量"]
    assert "left out: no target year" not in draft.reviews

