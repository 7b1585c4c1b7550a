"""Forty-first round: Chinese and traditional body text (extract), as testers met it in a province's 中医药 scheme, a
disability plan's preamble, Taiwan news and budget text, and a Hong Kong paper.

A sentence that counts its own time (`通过3-5年努力，建设4-6个…`) was drafted for the year of the sentence before it (or
the title's) with no word; `打造国家级科技创新平台1个` was taken for a duty and dropped; of two shares led by
`鼓励有条件的地方`, one was drafted and the other dropped; a purpose clause (`为…，推动实现…，根据…，制定本规划`) was drafted
as a target; `其中8成接受生活習慣諮詢` and `預期可採購3,870瓶…` were lost with no word; a change of the service measure
(`改以12分鐘的召達時間…作為服務目標`) was drafted under a name made of its verb. The rule in each: a clause with an amount
and a year is drafted or counted under left out, never dropped in silence.
"""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from drafts import draft_from, drafted_from

_JX = "江西省推动中医药振兴发展重大工程实施方案\n\n"
_DATED = _JX + "2023年10月14日\n\n"


def _entry(draft, name: str) -> tuple[int, dict]:
    """The year and target drafted under ``name`` (one)."""
    item = next(item for item in draft.indicators if item["name"]["zh"] == name)
    ((year, entry),) = item["targets"].items()
    return year, entry


# --- a sentence that counts its own time -------------------------------------------------------------------------

@pytest.mark.parametrize("effort, due", [("通过3-5年努力", 2028), ("通过3年努力", 2026), ("经过三到五年的努力", 2028),
                                         ("用五年时间", 2028)])
def test_a_sentence_that_counts_its_own_years_is_due_that_many_years_after_the_date(effort, due):
    """`到2025年，…。…，通过3-5年努力，建设4-6个国家中医临床重点专科。` was drafted for 2025, the sentence before's year,
    with no note. Counted from the document's date (2023): 3–5 years is 2026–2028, filed under the last, flagged."""
    draft = draft_from(_DATED + f"到2025年，中医药服务体系更加健全。加快龙华医院江西医院建设，{effort}，"
                                "建设4-6个国家中医临床重点专科。\n")
    year, entry = _entry(draft, "国家中医临床重点专科")
    assert (year, entry["text"]) == (due, "4-6个")
    assert "counts its own time" in entry["review"] and "the document's date (2023)" in entry["review"]
    # a sentence that names its own year keeps it: 到2025年，通过3年努力，… is 2025's
    assert drafted_from(_DATED + f"到2025年，{effort}，全省中医馆覆盖率达到100%。\n") == {("中医馆覆盖率", 2025, "达到100%")}


@pytest.mark.parametrize("text, year", [
    (_JX + "到2025年，中医药服务体系更加健全。加快龙华医院江西医院建设，通过3-5年努力，建设4-6个国家中医临床重点专科。\n", 2025),
    ("某省中医药实施方案（2023年）\n\n通过3-5年努力，建设4-6个国家中医临床重点专科。\n", 2023),
])
def test_with_no_date_a_counted_time_is_flagged_as_not_its_own_year(text, year):
    """With no date to count from, the year the text gives otherwise (the sentence before's 2025, the title's 2023) was
    taken with no word: it stands, flagged as not the sentence's own (a headline's 到2030年 over 通过五年努力 is right)."""
    filed, entry = _entry(draft_from(text), "国家中医临床重点专科")
    assert filed == year
    assert "counts its own time (通过3-5年努力) from a date the text does not give: the year it is filed under is not " \
           "its own" in entry["review"]


def test_a_counted_time_in_a_period_plan_counts_from_its_base_year():
    """In a plan of a period (（2021—2025年）), 经过五年努力 counts from its base year 2020: 2025."""
    draft = draft_from("某省中医药发展规划（2021—2025年）\n\n经过五年努力，全省中医馆覆盖率达到100%。\n")
    year, entry = _entry(draft, "中医馆覆盖率")
    assert year == 2025 and "the plan's base year (2020" in entry["review"]


# --- a count after the thing made --------------------------------------------------------------------------------

def test_a_thing_made_then_its_count_is_drafted():
    """`到2025年，打造国家级科技创新平台1个，完成…项目60项。`: 打造 opens duties (打造…品牌), so the 1个 clause was dropped
    with no word; a thing made with its count is a target, as 打造1条…线路 is."""
    assert drafted_from(_DATED + "支持江西中医药大学附属医院做优做强，到2025年，打造国家级科技创新平台1个，"
                                 "完成国家自然科学基金及国家社会科学基金项目60项。\n") == {
        ("国家级科技创新平台", 2025, "1个"), ("国家自然科学基金及国家社会科学基金项目", 2025, "60项")}


# --- shares only where conditions allow --------------------------------------------------------------------------

def test_shares_where_conditions_allow_are_counted_alike():
    """`鼓励有条件的地方完成15%的…中医馆服务内涵建设，在10%的…开展“中医阁”建设`: the first was dropped with no word (鼓励 opens
    duties), the second drafted unread. Both hold only where conditions allow: both counted under left out."""
    draft = draft_from("“十四五”中医药发展规划解读\n\n到2025年，每千人口公立中医医院床位数达到0.85张。加强基层中医馆建设，"
                       "鼓励有条件的地方完成15%的社区卫生中心和乡镇卫生院中医馆服务内涵建设，"
                       "在10%的社区卫生服务站和村卫生室开展“中医阁”建设。\n")
    assert [item["name"]["zh"] for item in draft.indicators] == ["每千人口公立中医医院床位数"]
    assert draft.left_out == {"left out: a target only where conditions allow (有条件的地方 …), not one the plan sets "
                                "everywhere": [3, 3]}


# --- a plan's purpose --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ending", ["制定本规划。", "特制定本方案。"])
def test_a_plans_purpose_is_no_target(ending):
    """`为进一步保障和改善残疾人民生，…，推动实现残疾人全面发展和共同富裕，根据《…》…，制定本规划。` was drafted as a 2025
    target named 残疾人全面发展和共同富裕: it says why the plan is written. Counted under left out; the plan's own goal
    after it stays."""
    draft = draft_from("内蒙古自治区“十四五”残疾人保障和发展规划\n\n"
                       "为进一步保障和改善残疾人民生，加快推进全区残疾人事业高质量发展，推动实现残疾人全面发展和共同富裕，"
                       f"根据《“十四五”残疾人保障和发展规划》，结合自治区实际，{ending}\n\n"
                       "到2025年，残疾人基本医疗保险参保率达到95%以上。\n")
    assert [item["name"]["zh"] for item in draft.indicators] == ["残疾人基本医疗保险参保率"]
    assert draft.left_out == {"left out: the plan's purpose (为…，…制定本规划): why it is written, not a target": [3]}


# --- shares and forecasts that were lost with no word ------------------------------------------------------------

def test_a_share_of_the_group_just_named_is_counted():
    """`希望在2030年將8成三高並有納入健康照護網，其中8成接受生活習慣諮詢，且8成病友的疾病獲得控制。`: the third share was
    drafted, the first two lost with no word. Neither names a measure to draft it under: both are counted, with why."""
    draft = draft_from("國健署：三高防治\n\n政府推動三高防治「888計畫」，希望在2030年將8成三高並有納入健康照護網，"
                       "其中8成接受生活習慣諮詢，且8成病友的疾病獲得控制。\n")
    assert [item["name"]["zh"] for item in draft.indicators] == ["病友的疾病获得控制的比例"]
    assert draft.left_out == {
        "left out: a share (…成, …%) in words that name no measure to draft it under: name it by hand": [3],
        "left out: a share of the group the clause before names (其中…), with no name of its own: name it by hand": [3]}


def test_an_expected_purchase_is_counted_as_a_forecast():
    """In a budget's 預期成果, `預期可採購3,870瓶抗蛇毒血清凍晶注射劑` was neither drafted nor counted: what is expected to come
    of the money is a forecast, counted under left out."""
    draft = draft_from("衛生福利部疾病管制署 中華民國115年度 歲出計畫 預期成果\n\n"
                       "1.每月電話接通率及應答率達80%以上。\n"
                       "2.生產可製造4種抗蛇毒血清製劑的抗蛇毒馬血漿，預期可採購3,870瓶抗蛇毒血清凍晶注射劑。\n")
    assert [item["name"]["zh"] for item in draft.indicators] == ["每月电话接通率及应答率"]
    assert list(draft.left_out) == ["left out: a forecast (预估, 预料, 预计全年 …): an estimate of how things will turn "
                                    "out, no target"]
    assert draft.left_out[next(iter(draft.left_out))] == [4]


def test_a_change_of_the_measure_sets_no_level():
    """`由一九九八年十一月一日起，改以12分鐘的召達時間，代替目前的十分鐘行車時間，作為服務目標` was drafted for 1998 under the
    name 改以12分钟的召达时间 (its verb): it says which measure the service is held to from a date, no level to reach."""
    with pytest.raises(CheckerError) as refused:
        draft_from("緊急救護車服務的表現指標\n\n由一九九八年十一月一日起，改以12分鐘的召達時間，代替目前的十分鐘行車時間，"
                   "作為服務目標。\n")
    assert "a change of the measure a service is held to (改以…, 改用…): which measure, no level to reach (line 3)" \
        in str(refused.value)
