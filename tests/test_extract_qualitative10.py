"""Qualitative body targets drafted the way the bundled plans write them: a problem named with 不足 that is to
improve, a verb before a measure and a consequence joined with 和, all of a kind meeting its standard
(全部达标), and the things each unit runs reaching a graded level. Each test's sentences are written for it; each rule has a drafted and a not-drafted example."""

from __future__ import annotations

from drafts import drafted_from as _drafted


def _plan(body: str) -> str:
    return "样例县健康规划（2021-2030年）\n\n" + body + "\n"


def test_a_shortfall_named_before_its_trend_is_a_name():
    """"…营养不足与过剩问题明显改善" was refused for its 不 (read as "not"): 不足 before 与, 和, 及, 、 or 问题
    is a word of the name, as 不均衡 is."""
    text = _plan("到2030年，农村儿童营养不足与超重问题明显改善，全县孕产妇死亡率控制在10/10万以下。")
    assert ("农村儿童营养不足与超重问题", 2030, "明显改善") in _drafted(text)


def test_not_enough_before_a_number_is_still_a_bound_not_a_name():
    """不足 before a number is "less than": the clause is kept whole, as before, not read as a name."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下，山区儿童贫血率不足5%。")
    assert ("山区儿童贫血率不足", 2030, "山区儿童贫血率不足5%") in _drafted(text)


def test_a_verb_before_a_measure_and_a_consequence_drafts_the_measure():
    """"有效降低…事故发生频次和危害后果": the verb's object is a measure (…频次) joined with a consequence no data
    counts; the measure is drafted, as "逐步提高…筹资标准" alone is."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。强化道路安全管理，有效降低交通事故发生频次和人员伤亡。")
    assert ("交通事故发生频次", 2030, "有效降低") in _drafted(text)


def test_a_verb_before_two_vague_things_drafts_nothing():
    """Only a measure named first is drafted: "提高…能力和水平" names none."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。有效提高基层应急处置能力和水平。")
    assert {name for name, _, _ in _drafted(text)} == {"孕产妇死亡率"}


def test_all_of_a_kind_meeting_the_standard_is_a_standing_target():
    """"所有…业务用房全部达标建设": all of a kind meeting the standard, as "所有…都要达到国家基本标准" is."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。所有乡镇卫生院业务用房全部达标建设。")
    assert ("乡镇卫生院业务用房达标建设", 2030, "所有乡镇卫生院业务用房全部达标建设") in _drafted(text)


def test_meeting_the_standard_without_all_of_a_kind_is_not_drafted():
    """Without 所有/全部/各 naming all of a kind, 达标 is a duty ("推动…达标建设"), not a target."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。推动乡镇卫生院业务用房达标建设。")
    assert {name for name, _, _ in _drafted(text)} == {"孕产妇死亡率"}


def test_the_things_each_unit_runs_reaching_a_graded_level():
    """"每个县…办好1所综合医院、1所中医医院和1所妇幼保健院，全部达到二级甲等水平": the clause with no subject of its
    own says that the things the clause before counts reach the level; it is drafted under them, flagged."""
    text = _plan("到2030年，每个乡镇办好1所中心卫生院和1所中医馆，全部达到二级乙等水平。")
    assert ("中心卫生院和中医馆达到二级乙等水平", 2030, "全部达到二级乙等水平") in _drafted(text)


def test_all_reaching_a_level_after_no_counted_things_is_not_drafted():
    """Without a clause before that counts what each unit runs, a bare 全部达到… has no name, and is left out."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。加强乡镇卫生院建设，全部达到二级乙等水平。")
    assert {name for name, _, _ in _drafted(text)} == {"孕产妇死亡率"}


def test_built_to_a_standard_is_a_level_reached():
    """"…疾控中心达到设区市级标准建设" (built to a city's standard) was not read for its last word: a level reached."""
    text = _plan("到2030年，乙县人民医院达到三级医院标准建设。")
    assert ("乙县人民医院", 2030, "达到三级医院标准建设") in _drafted(text)


def test_building_without_a_level_reached_is_not_drafted():
    """"按…标准建设" says how to build, not a level to reach."""
    text = _plan("到2030年，全县孕产妇死亡率控制在10/10万以下。乙县人民医院按三级医院标准建设。")
    assert {name for name, _, _ in _drafted(text)} == {"孕产妇死亡率"}
