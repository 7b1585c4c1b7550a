"""Round 39, second wave on the body-text fixes (w2_body): a measles surveillance floor drafted lower-is-better; a
status to keep with no year of its own (持续消除碘缺乏危害, 全国所有县保持…状态) dropped, or named for the counties; a
share before its count after a place (全国95%以上的病区县…) or after 超过 not read; a lead to a prose list (将实现七大目标)
drafted; kinds of county (病区县, 流行县) taken as the region; a zero-case target (无…病例) lost; 持续消除贫困 drafted as a
health deliverable; two values by a slash or a group's in brackets told the wrong reason; a comparator in a name.
Short phrases of the 地方病 and 寄生虫病 plans, as provenance only."""

from __future__ import annotations

import pytest

from drafts import draft_from

from checker.errors import CheckerError
from checker.language.grammar import parse_target

HEAD = "地方病防治行动方案\n\n"
LEAD = "到2025年，孕产妇死亡率控制在10/10万以下。\n"


def _rows(text: str) -> list[tuple]:
    """(name, year, text, review) of every target drafted from ``text`` under a plain head."""
    draft = draft_from(HEAD + text)
    return [(item["name"]["zh"], year, target["text"], target.get("review"))
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])]


def _names(text: str) -> dict[str, tuple]:
    return {name: (year, words) for name, year, words, _ in _rows(text)}


@pytest.mark.parametrize("name", ["麻疹排除病例报告发病率", "排除麻疹病例报告发病率"])
def test_the_measles_discarded_case_rate_is_drafted_up_is_better(name: str):
    """`麻疹排除病例报告发病率2/10万` is a surveillance floor (at least 2 per 100,000): drafted down by its 发病率, a county
    reporting 0.2 passed."""
    draft = draft_from(HEAD + f"到2025年，适龄儿童免疫规划疫苗接种率保持在95%以上，{name}2/10万。\n")
    item = next(item for item in draft.indicators if item["name"]["zh"] == name)
    assert item["direction"] == "up"


@pytest.mark.parametrize("sentence, name", [
    ("持续消除碘缺乏危害。", "碘缺乏危害"),
    ("其一，持续消除碘缺乏危害。", "碘缺乏危害"),
    ("全国所有县保持消除碘缺乏危害状态。", "消除碘缺乏危害状态"),
    ("全省所有县（市、区）保持消除碘缺乏危害状态。", "消除碘缺乏危害状态"),
])
def test_a_status_to_keep_with_no_year_of_its_own_is_a_standing_deliverable(sentence: str, name: str):
    """With no year of their own these were dropped without a word (with a year they were kept)."""
    rows = _names(LEAD + sentence + "\n")
    assert rows.get(name, (None,))[0] == 2025, rows


@pytest.mark.parametrize("sentence", ["到2025年，全省所有县保持消除碘缺乏危害状态。", "到2025年，全国所有县保持消除碘缺乏危害状态。"])
def test_the_status_not_the_counties_names_the_deliverable(sentence: str):
    rows = _names(sentence + "\n")
    assert "消除碘缺乏危害状态" in rows and not any(name.endswith("所有县") for name in rows), rows


def test_keeping_on_ending_what_is_no_disease_is_no_deliverable():
    """`持续消除贫困` was drafted as a deliverable: 持续消除 is read of a disease or a harm only."""
    rows = _names("到2025年，持续消除疟疾，持续消除新生儿破伤风，持续消除贫困。\n")
    assert {"疟疾", "新生儿破伤风"} <= set(rows) and "贫困" not in rows, rows


@pytest.mark.parametrize("sentence, name, words", [
    ("到2025年，全国95%以上的病区县达到控制水平。", "病区县达到控制水平的比例", "95%以上"),
    ("到2025年，全省70%以上的县达到控制水平。", "县达到控制水平的比例", "70%以上"),
    ("到2025年，我省90%以上的病区村达到消除标准。", "病区村达到消除标准的比例", "90%以上"),
    ("到2025年，全市超过80%的乡镇卫生院达到服务能力标准。", "乡镇卫生院达到服务能力标准的比例", "超过80%"),
])
def test_a_share_before_its_count_after_a_place_is_read(sentence: str, name: str, words: str):
    """The place only says where it holds: the clause was refused and named 全国全国95%…."""
    assert _names(sentence + "\n").get(name) == (2025, words)


def test_a_share_after_over_with_its_own_year_is_its_own_indicator():
    """`到2022年超过80%的乡镇卫生院…` was filed as a 2022 target of the reporting rate before it."""
    rows = _rows("到2030年，法定传染病报告率保持在95%以上；到2022年超过80%的乡镇卫生院达到服务能力标准。\n")
    assert [(year, words) for name, year, words, _ in rows if name == "法定传染病报告率"] == [(2030, "保持在95%以上")]
    assert ("乡镇卫生院达到服务能力标准的比例", 2022, "超过80%") in {row[:3] for row in rows}
    assert parse_target("超过80%").op == ">"


def test_a_count_of_great_goals_before_a_prose_list_is_a_lead():
    """`将实现七大目标` was drafted as a 2025 deliverable named 七大目标."""
    draft = draft_from(HEAD + "到2025年底，将实现七大目标。\n其一，持续消除碘缺乏危害。其二，消除大骨节病危害。\n")
    names = {item["name"]["zh"] for item in draft.indicators}
    assert "七大目标" not in names and "碘缺乏危害" in names
    assert draft.left_out.get("left out: a lead to the list below it")


@pytest.mark.parametrize("kind", ["病区县", "流行县"])
def test_a_kind_of_county_is_never_the_region(kind: str):
    text = (f"地方病防治实施方案\n\n到2025年，95%以上的{kind}达到控制水平。\n到2030年，所有{kind}达到控制标准。\n"
            f"{kind}要落实防控措施。{kind}开展监测。\n")
    assert draft_from(text).plan["region"] != kind


def test_a_title_that_opens_with_the_nation_is_the_nations_plan():
    draft = draft_from("全国地方病防治巩固提升行动方案（2023-2025年）\n\n到2025年，全国95%以上的病区县达到控制水平。\n")
    assert draft.plan["region"] == "全国"
    assert [item["name"]["zh"] for item in draft.indicators] == ["病区县达到控制水平的比例"]


@pytest.mark.parametrize("text, name", [
    ("到2030年，全部流行县达到疫情控制标准。疟疾：无输入继发二代疟疾病例。\n", "输入继发二代疟疾病例数"),
    ("到2030年，实现无本地感染疟疾病例。\n", "本地感染疟疾病例数"),
])
def test_no_cases_of_a_disease_is_a_count_of_at_most_nought(text: str, name: str):
    """`疟疾：无输入继发二代疟疾病例` was dropped without a word; as a yes/no a count of 0 cases would read "not achieved"."""
    assert _names(text).get(name, (None,))[0] == 2030
    rule = parse_target("无输入继发二代疟疾病例")
    assert (rule.op, rule.value, rule.unit) == ("<=", 0, "例")


@pytest.mark.parametrize("phrase", ["90%/95%", "≤4‰（城市≤3‰）", "2.5‰/3‰"])
def test_two_values_by_a_slash_or_a_groups_in_brackets_get_the_two_values_reason(phrase: str):
    """`90%/95%` was told its unit %/95% is unknown, `≤4‰（城市≤3‰）` refused with no reason."""
    with pytest.raises(CheckerError, match="two\\s+values in one phrase"):
        parse_target(phrase)
    for read in ("≥90%（力争≥95%）", "1/10万", "≤25%（力争）"):  # a stretch in brackets, a rate: still read
        parse_target(read)


def test_the_comparator_is_never_part_of_a_name():
    rows = _names("到2025年，孕产妇死亡率控制在10/10万以下，严重精神障碍患者规范管理率≥80%/年。\n")
    assert "严重精神障碍患者规范管理率" in rows and not any(name.endswith("≥") for name in rows), rows
