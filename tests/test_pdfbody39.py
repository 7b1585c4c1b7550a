"""Thirty-ninth round: the body text of real published PDF plans (《健康中国行动（2019—2030年）》, 《“健康中国2030”规划纲要》).

A clause that names its own year (到2022年70%以上的流行县…) was filed under the year before it, or copied to both years of a
pair; dated deliverables with 并持续保持, a leading 持续 or 有效控制和 were dropped without a word; background facts of the
country (我国哮喘患者超过3000万人; 根据2014年…调研结果，…分别为11.1%和5.8%) were drafted as 2030 targets; a year pair with
no comma after it (到 2022 年和2030 年取得…分别达到 1%和 3%) was kept whole under its first year; and two names were cut
or wrong (有条件的省（自治区、直辖市）; 国家省市县四级… cut to 市县四级…). Short phrases of the plans, as provenance only.
"""

from __future__ import annotations

import pytest

from drafts import draft_from

HEAD = "健康中国行动（2019—2030年）\n\n"


def _targets(text: str) -> list[tuple]:
    """(name, year, text, review) of every drafted target, in order."""
    out = []
    for item in draft_from(HEAD + text).indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out.append((item["name"]["zh"], year, target["text"], target.get("review", "")))
    return out


def test_a_clause_that_names_its_own_year_takes_that_year_not_the_pairs():
    """`到2022年70%以上的流行县人群包虫病患病率在1%以下` after a `到2022年和2030年，…；` lead was copied to 2030 "alike" (and
    after a 2030 clause filed under 2030): the year at its head was not read, as a number follows it. It is 2022's alone;
    the 2030 clause after it stays 2030's."""
    drafted = _targets("行动目标：到2022年和2030年，法定传染病报告率保持在95%以上；到2030年消除血吸虫病；"
                       "到2022年70%以上的流行县人群包虫病患病率在1%以下，到2030年所有流行县人群包虫病患病率在1%以下。\n")
    echino = [(year, review) for name, year, text, review in drafted if text.startswith("到2022年70%")]
    assert [year for year, _ in echino] == [2022]
    assert "alike" not in echino[0][1]
    assert ("所有流行县人群包虫病患病率", 2030) in {(name, year) for name, year, *_ in drafted}
    # what the pair's lead sets without a year of its own still holds for both years
    assert {year for name, year, *_ in drafted if name == "法定传染病报告率"} == {2022, 2030}


def test_a_deliverable_with_its_own_year_in_a_pair_sentence_is_not_copied_to_the_second_year():
    """`到2022年基本消除燃煤污染型…危害` inside a carried `到2022年和2030年` sentence was copied to 2030 "alike"."""
    drafted = _targets("到2022年和2030年，法定传染病报告率保持在95%以上；到2022年基本消除大骨节病和克山病危害。\n")
    assert [year for name, year, *_ in drafted if "克山病" in name] == [2022]


@pytest.mark.parametrize("sentence, name, year", [
    ("到2020年消除疟疾并持续保持。", "疟疾", 2020),
    ("到2020年持续消除碘缺乏危害。", "碘缺乏危害", 2020),
])
def test_a_dated_deliverable_kept_or_sustained_is_drafted(sentence, name, year):
    """`到2020年消除疟疾并持续保持` and `到2020年持续消除碘缺乏危害` gave "no target found", while `到2020年消除疟疾` is
    drafted: a deliverable reached and kept (并持续保持) or kept eliminated (持续消除) is yes/no for its year."""
    drafted = _targets(sentence)
    assert [(n, y) for n, y, *_ in drafted] == [(name, year)]
    assert drafted[0][2] == sentence.removeprefix(f"到{year}年").rstrip("。")


def test_the_keeping_is_read_as_a_note_by_the_grammar():
    """`消除疟疾并持续保持` was refused (并 before the target); an amount kept (95%以上并持续保持) is read as before."""
    from checker.language.grammar import parse_target

    rule = parse_target("消除疟疾并持续保持")
    assert rule.kind == "achieved" and any("并持续保持" in note for note in rule.notes)
    assert parse_target("持续消除碘缺乏危害").subject is None


@pytest.mark.parametrize("sentence, name, year", [
    ("到2022年有效控制和消除血吸虫病危害。", "血吸虫病危害", 2022),
    ("到2022年基本消除大骨节病危害，有效控制饮水型氟砷中毒、饮茶型地氟病和水源性高碘危害。",
     "饮水型氟砷中毒、饮茶型地氟病和水源性高碘危害", 2022),
])
def test_a_dated_harm_to_control_the_grammar_cannot_read_is_kept_flagged_not_dropped(sentence, name, year):
    """`到2022年有效控制和消除血吸虫病危害` was dropped without a word (not even under left out). It is kept for its year
    under the harm's name, flagged as words the grammar cannot read (as the table's `有效控制和消除危害#` is)."""
    drafted = {n: (y, review) for n, y, _, review in _targets(sentence)}
    assert drafted[name][0] == year
    assert "grammar cannot read" in drafted[name][1]


@pytest.mark.parametrize("paragraph", [
    "慢性呼吸系统疾病是一系列疾病。我国哮喘患者超过 3000 万人，因病程长、反复发作，导致误工误学。"
    "到2030年，70岁及以下人群慢性呼吸系统疾病死亡率下降到8.1/10万及以下。\n",
    "中小学生处于成长发育的关键阶段。根据 2014 年中国学生体质与健康调研结果，我国 7～18 岁城市男生和女生的肥胖检出率"
    "分别为 11.1%和 5.8%，农村男生和女生的肥胖检出率分别为 7.7%和 4.5%。"
    "到2030年，70岁及以下人群慢性呼吸系统疾病死亡率下降到8.1/10万及以下。\n",
])
def test_the_countrys_background_is_told_not_set(paragraph):
    """`我国哮喘患者超过3000万人` (a 现状 sentence of no year) was a 2030 target of more than 30 million patients, and the 2014
    survey's 肥胖检出率 two 2030 targets: a level stated of the country (超过, as 为) and a survey's findings are history."""
    drafted = _targets(paragraph)
    assert [name for name, *_ in drafted] == ["70岁及以下人群慢性呼吸系统疾病死亡率"]
    # a level of the country with a year to reach is still a target
    drafted = _targets("到2030年，我国居民健康素养水平超过30%。\n")
    assert [(name, year, text) for name, year, text, _ in drafted] == [("居民健康素养水平", 2030, "超过30%")]


def test_a_year_pair_with_no_comma_after_it_is_split_by_year():
    """`到 2022 年和2030 年取得急救培训证书的人员分别达到 1%和 3%` (after `。…知识与技能。`) was kept whole under 2022 only;
    with the pair at the sentence's head and a comma, the same 分别 form is split. It is split here too, each flagged."""
    drafted = _targets("1.鼓励开展群众性应急救护培训，使公众掌握应急自救互救知识与技能。到 2022 年和2030 年取得急救培训证书的"
                       "人员分别达到 1%和 3%，按照师生1∶50 的比例对中小学教职人员进行急救员公益培训。\n")
    paired = [(year, text, review) for name, year, text, review in drafted if name == "取得急救培训证书的人员"]
    assert [(year, text) for year, text, _ in paired] == [(2022, "达到1%"), (2030, "达到3%")]
    assert all("check the pairing" in review for *_, review in paired)


def test_where_conditions_allow_is_no_indicator():
    """`…国家卫生城市数量提高到全国城市总数的50%，有条件的省（自治区、直辖市）实现全覆盖` drafted a second indicator named
    `有条件的省（自治区、直辖市）`: the places where a target holds are no measure. It is counted as left out, with why."""
    draft = draft_from(HEAD + "到2030年，国家卫生城市数量提高到全国城市总数的50%，有条件的省（自治区、直辖市）实现全覆盖。\n")
    assert not any(item["name"]["zh"].startswith("有条件的") for item in draft.indicators)
    assert any("有条件的省（自治区、直辖市）" in why for why in draft.left_out)


def test_national_before_provinces_is_no_province_cut_from_the_name():
    """`实现国家省市县四级人口健康信息平台互通共享` was named `市县四级…`: `国家省` was cut as a province's name."""
    drafted = _targets("到2030年，实现国家省市县四级人口健康信息平台互通共享、规范应用。\n")
    assert [name for name, *_ in drafted] == ["国家省市县四级人口健康信息平台互通共享、规范应用"]
