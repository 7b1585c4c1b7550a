"""Thirty-ninth round: traditional-character and Taiwan texts (extract), as a tester met them in 疾管署 and 國健局 texts.

A ceiling written verb first with 控制 (控制婴儿死亡率在5‰以下) was lost; a from-to count dated by 明年 was dropped; a
forecast (預估全年將低於900人) was drafted as a target; 力拚/明年/目標 stayed in names; a cumulative fall counted from a
base year and value in the clause before it (較2005年每10萬人口73例，累積下降62%) was read from the plan's base year and
named 累积; verbs, a service and a term's end were drafted as names; 至少完成…達85%, a level in brackets after a goal
and 擴大至 were refused.
"""

from __future__ import annotations

import pytest

from drafts import draft_from


def _targets(text: str) -> dict[str, list[tuple]]:
    """Each drafted name, with (year, text, review) of each of its targets, and its direction."""
    draft = draft_from(text)
    out: dict[str, list[tuple]] = {}
    for item in draft.indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out.setdefault(item["name"]["zh"], []).append(
                    (year, target["text"], target.get("review", ""), item["direction"], item.get("baseline")))
    return out


def _left_out(text: str) -> dict:
    return {key: count for key, count in draft_from(text).reviews.items() if key.startswith("left out")}


# F1 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("到2026年，控制婴儿死亡率在5‰以下。", "在5‰以下"),
    ("到2026年，控制婴儿死亡率低于5‰。", "低于5‰"),
    ("到2026年，控制婴儿死亡率5‰以下。", "5‰以下"),
])
def test_a_ceiling_written_verb_first_with_control_is_drafted(sentence, words):
    """`控制婴儿死亡率在5‰以下` was taken for a story's 控制… and the file refused as having no target: 控制 before the
    name bounds it as 将…控制在 does, and is no part of the name."""
    drafted = _targets("某省卫生健康规划\n" + sentence + "\n")
    assert list(drafted) == ["婴儿死亡率"]
    [(year, text, _, direction, _)] = drafted["婴儿死亡率"]
    assert (year, text, direction) == (2026, words, "down")


def test_the_dengue_case_fatality_ceiling_in_traditional_characters():
    """疾管署 115年度 預期成果 item 6, among items that are drafted: the ceiling of a rate, down, named without 控制."""
    drafted = _targets("某某計畫 預期成果\n到2026年，控制登革熱病例之年平均致死率0.5%以下，严格控制公立医院床位规模。\n")
    [(year, text, _, direction, _)] = drafted["登革热病例之年平均致死率"]
    assert (year, text, direction) == (2026, "0.5%以下", "down")
    assert list(drafted) == ["登革热病例之年平均致死率"]  # (严格控制…规模: a trend no amount bounds, still none)


# F2 ----------------------------------------------------------------------------------------------------------------

def test_a_from_to_count_dated_by_next_year_is_drafted():
    """`明年全台友善醫療院所將由21家增加到63家` was dropped silently: a from-to with no year of digits was taken for a
    story. 明年 dates it (2026 for a text of 2025-12-01); 全台 is the whole island, no part of the name."""
    drafted = _targets("2025-12-01\n明年全台友善醫療院所將由21家增加到63家。\n婴儿死亡率由3.77‰降低至3.15‰。\n")
    [(year, text, _, direction, baseline)] = drafted["友善医疗院所"]
    assert (year, text, direction) == (2026, "由21家增加到63家", "up")
    assert list(baseline.values()) == ["21家"]
    assert list(drafted) == ["友善医疗院所"]  # (由3.77‰降低至3.15‰ with no year anywhere: what happened, as before)


def test_a_from_to_count_after_a_clause_of_next_year():
    drafted = _targets("2025-12-01\n明年目標新增感染人數降至800人，全台友善醫療院所也將由21家增加到63家。\n")
    assert drafted["友善医疗院所"][0][:2] == (2026, "由21家增加到63家")


@pytest.mark.parametrize("phrase", ["從8000擴大至9500人次", "从8000扩大到9500人次", "扩大至9500人次"])
def test_widened_to_is_a_verb_of_reach(phrase):
    """擴大至 was no verb of reach: `從8000擴大至9500人次` was refused (cannot place 从, 至)."""
    from checker.language.grammar import parse_target

    rule = parse_target(phrase)
    assert (rule.kind, rule.op, rule.value, rule.unit) == ("reach", ">=", 9500, "人次")


# F3 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "統計至今年11月底，新增感染人數約800多人，預估全年將低於900人。",
    "统计至今年11月底，新增感染人数约800多人，预计全年将低于900人。",
    "今年新增感染人數預估將低於900人。",
    "今年新增感染人數預計將低於900人。",
])
def test_a_forecast_is_counted_never_drafted(sentence):
    """`預估全年將低於900人` was drafted as this year's target named 预估全年: 預估 (and 预计 of this year's whole, or
    with no year) is an estimate of how things turn out. Counted as left out, with why."""
    from checker.errors import CheckerError

    with pytest.raises(CheckerError, match="a forecast"):
        draft_from("2025-12-01\n" + sentence + "\n")


def test_a_forecast_beside_a_goal_leaves_the_goal():
    text = ("2025-12-01\n統計至今年11月底，新增感染人數約800多人，預估全年將低於900人。"
            "並設定了明確的目標：力拚明年新增感染人數要降到800人以下。\n")
    drafted = _targets(text)
    assert list(drafted) == ["新增感染人数"]
    assert [target[:2] for target in drafted["新增感染人数"]] == [(2026, "降到800人以下")]
    assert any("forecast" in key for key in _left_out(text))
    # 预计到2025年…达到80岁 is how plans write their goals: still drafted
    assert _targets("某市卫生健康规划\n预计到2025年，人均预期寿命达到80岁。\n" + text.split("\n", 1)[1])[
        "人均预期寿命"][0][:2] == (2025, "达到80岁")


# F4 ----------------------------------------------------------------------------------------------------------------

def test_strive_next_year_and_the_aims_word_are_no_part_of_a_name():
    """`力拚明年新增感染人數要降到800人以下` was named 力拼明年新增感染人数 and `明年目標新增感染人數降至800人`
    目标新增感染人数: one measure split in two under names no data use."""
    drafted = _targets("2025-12-01\n力拚明年新增感染人數要降到800人以下。\n明年目標新增感染人數降至800人。\n"
                       "明年目标人群筛查率达到80%。\n")
    assert sorted(drafted) == ["新增感染人数", "目标人群筛查率"]  # (目标人群…: a measure of the group aimed at)
    assert sorted(target[1] for target in drafted["新增感染人数"]) == ["降到800人以下", "降至800人"]


# F5 ----------------------------------------------------------------------------------------------------------------

def test_a_cumulative_fall_counts_from_the_base_year_and_value_before_it():
    """`較2005年每10萬人口73例，累積下降62%` was the indicator 累积, a 62% fall from the plan's guessed base: the fall
    is the rate's, counted from 2005, whose value is its baseline."""
    drafted = _targets("結核病防治計畫\n到2023年，結核病新案發生率為每10萬人口28例，較2005年每10萬人口73例，累積下降62%。\n")
    assert list(drafted) == ["结核病新案发生率"]
    targets = drafted["结核病新案发生率"]
    assert sorted(target[1] for target in targets) == ["每10萬人口28例", "较2005年累积下降62%"]
    fall = next(target for target in targets if "下降" in target[1])
    assert "counts from 2005" in fall[2]
    assert fall[4] == {2005: "每10萬人口73例"}

    from checker.language.grammar import parse_target
    rule = parse_target(fall[1])
    assert (rule.kind, rule.value, rule.base_year) == ("vs_baseline", -62, 2005)


def test_accumulated_is_read_as_cumulative():
    from checker.language.grammar import parse_target

    rule = parse_target("較2005年累積下降62%")
    assert (rule.kind, rule.value, rule.base_year) == ("vs_baseline", -62, 2005)


def test_a_report_measured_against_a_far_goal_is_no_target():
    """`…，但距離全球2035年每10萬人口10例的消除結核目標仍有一段距離` was drafted as an indicator named 但距离全球."""
    from checker.documents import sentences
    from checker.documents.model import paragraph

    sentence = "到2023年，結核病新案發生率為每10萬人口28例，但距離全球2035年每10萬人口10例的消除結核目標仍有一段距離。"
    assert sentences.find(paragraph(sentence, 1)) == []


# F6 ----------------------------------------------------------------------------------------------------------------

def test_a_stock_kept_at_a_share_of_the_whole_population():
    """`並維持流感抗病毒藥物儲備量達全人口10%-15%` was named 并维持…储备量达全人口, no note."""
    drafted = _targets("某某計畫 預期成果\n到2026年，並維持流感抗病毒藥物儲備量達全人口10%-15%。\n")
    [(year, text, review, _, _)] = drafted["流感抗病毒药物储备量（占全人口比例）"]
    assert (year, text) == (2026, "10%-15%")
    assert "share of 全人口" in review


def test_a_service_run_is_no_indicator():
    """`辦理「1922民眾疫情通報及諮詢專線」提供…服務` was drafted as an indicator named 办理; the rate after it stays."""
    drafted = _targets("某某計畫 預期成果\n到2026年，辦理「1922民眾疫情通報及諮詢專線」提供民眾24小時免付費及國、臺、英、"
                       "客語及聽語障的服務，每月電話接通率及應答率達80%以上。\n")
    assert list(drafted) == ["每月电话接通率及应答率"]


def test_a_term_that_runs_out_is_no_target():
    """`十年減半計畫即將在2015年屆滿` was drafted as an indicator named 十年减半计划即, 2015."""
    drafted = _targets("挑戰2035\n十年減半計畫即將在2015年屆滿，疾管署期望在2035年結核病發生率降至每10萬人口10人以下。\n")
    assert list(drafted) == ["结核病发生率"]
    assert drafted["结核病发生率"][0][:2] == (2035, "降至每10萬人口10人以下")


# F7 ----------------------------------------------------------------------------------------------------------------

def test_at_least_completed_to_a_level():
    """`至少完成0-3歲兒童發展篩檢率達85%` was refused (cannot place 至少)."""
    drafted = _targets("國民健康局九十七年度預期成果\n到2008年，至少完成0-3歲兒童發展篩檢率達85%。\n")
    [(year, text, review, direction, _)] = drafted["0-3岁儿童发展筛检率"]
    assert (year, text, direction) == (2008, "達85%", "up")
    assert "cannot" not in review


def test_a_level_in_brackets_that_defines_a_goal():
    """`期望在2035年達到消除結核（每10萬人口10人以下）的目標` was kept unread under the whole clause: the level in
    brackets is read (≤ 10/10万), named after the goal, noted for a person to name the measure."""
    drafted = _targets("挑戰2035\n疾管署期望在2035年達到消除結核（每10萬人口10人以下）的目標。\n")
    [(year, text, review, direction, _)] = drafted["消除结核"]
    assert (year, text, direction) == (2035, "每10萬人口10人以下", "down")
    assert "name the measure" in review


def test_a_value_first_after_a_joining_word_is_not_named_by_the_word():
    """`代表95%感染者知道自己感染、…`, `以及95%接受治療者…` were named 代表 and 以及: still unread (the measure is not named
    in the words), but named by the clause and told the value stands first."""
    drafted = _targets("2025-12-01\n聯合國愛滋病規劃署（UNAIDS）提出，要在2030年達成「95–95–95」目標，代表95%感染者知道自己感染、"
                       "95%已知感染者正接受治療，以及95%接受治療者病毒量獲成功抑制。\n")
    assert "代表" not in drafted and "以及" not in drafted
    assert all("the value stands before what it counts" in target[2] for targets in drafted.values() for target in targets)
