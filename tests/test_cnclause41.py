"""Round 41, clauses and rates (round 40's second look, F5, F6, F8).

- F5: an indicator counted in a bare 张 whose name counts per 1,000 people (每千人口…床位数, beds per 1,000) refused a
  target written in that rate (达到6张/千人, at least 2.5 beds per 1,000 population) and data "per 10000 population"
  (1/万人); both now read in the rate the name counts per. A real count (床位数 in 张) is never read as a rate.
- F6: 率先实现 / 在全省率先实现 / 在全市率先 before a measure is the manner and the verb, not the name
  (率先实现孕产妇死亡率 lost maternal_mortality).
- F8: a second clause with its own name after a comma (控制公立医院医疗费用增长幅度在10%以内) is its own indicator; 在每千人口
  before an amount is its rate (张/千人), not part of the name; 控制在校学生近视率在50%以下 is 控制 + 在校学生近视率.

Values invented; short phrases of the testers' sentences, as provenance only."""

from __future__ import annotations

import json

import pytest

from drafts import draft_from
from files import HEAD, check, plan_from, written

# --- F5: a rate written out in full under a bare count that stands for it -------------------------------------------


def _beds_plan(text: str, name: str = "每千人口医疗卫生机构床位数", unit: str = "张", aliases: str = "") -> str:
    return HEAD + f"""\
  - id: beds_per_1000
    name: {{zh: "{name}"}}
{aliases}    unit: {unit}
    direction: up
    targets:
      2025: {{text: "{text}"}}
"""


@pytest.mark.parametrize("text, value", [("达到6张/千人", 6.0), ("达到60张/万人", 6.0),
                                         ("at least 2.5 beds per 1,000 population", 2.5)])
def test_a_target_in_the_rate_the_name_counts_per_is_read(tmp_path, text, value):
    """`达到6张/千人` of 每千人口床位数 in 张 was refused: "cannot convert 张/千人 to 张". Under 床位数 in 张, a real
    count of beds, the rate is another measure and stays refused."""
    from checker.errors import PlanError

    (target,) = plan_from(tmp_path, _beds_plan(text)).indicators[0].targets
    assert target.rule.value == pytest.approx(value) and target.rule.unit == "张"
    with pytest.raises(PlanError, match="cannot convert 张/[千万]人 to 张"):
        plan_from(tmp_path, _beds_plan(text, name="医疗卫生机构床位数"))


def _beds_value(tmp_path, unit_cell: str) -> dict:
    plan = _beds_plan("达到2.5张", name="Hospital beds per 1,000 residents",
                      aliases='    aliases: ["Hospital beds per 10,000 population"]\n')
    data = written(tmp_path, "region,year,indicator,value,unit\n"
                             f'甲市,2024,"Hospital beds per 10,000 population",11.0,{unit_cell}\n')
    result = check(written(tmp_path, plan, "plan.yaml"), data, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["results"][0]


@pytest.mark.parametrize("unit_cell", ["per 10000 population", "1/万人"])
def test_data_per_10000_population_is_beds_per_10000(tmp_path, unit_cell):
    """Baringo's "Hospital beds per 10,000 population, 11.0, per 10000 population" was refused: 1/万人 to 张."""
    row = _beds_value(tmp_path, unit_cell)
    assert row["value"] == pytest.approx(1.1) and row["unit"] == "张", row


def test_a_bare_rate_per_people_counts_the_rates_thing():
    from checker.language import units

    assert units.counted_as("1/万人", "张/千人") == "张/万人"
    assert units.counted_as("1/万人", "张") == "1/万人"  # a count is never made a rate
    assert units.counted_as("万张", "张/千人") == "万张"


# --- F6: 率先实现 before a measure is the manner and the verb ---------------------------------------------------------

HEAD_TEXT = "某市“十四五”卫生健康事业发展规划\n"


def _drafted(text: str) -> dict[str, tuple]:
    """name → (id, unit, year, text, review) of every target drafted from the sentences ``text``."""
    draft = draft_from(HEAD_TEXT + text)
    return {item["name"]["zh"]: (item["id"], item.get("unit"), year, target["text"], target.get("review"))
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


@pytest.mark.parametrize("sentence, name", [
    ("到2025年，全市率先实现孕产妇死亡率控制在8/10万以下。", "孕产妇死亡率"),
    ("到2025年，在全省率先实现县域内就诊率达到90%以上。", "县域内就诊率"),
    ("到2025年，在全市率先实现二级以上医院预约诊疗率达到90%。", "二级以上医院预约诊疗率"),
    ("到2025年，率先实现二级以上医院预约诊疗率达到90%。", "二级以上医院预约诊疗率"),
])
def test_leading_the_province_is_no_part_of_the_name(sentence, name):
    """`全市率先实现孕产妇死亡率控制在8/10万以下` was named 率先实现孕产妇死亡率 and lost maternal_mortality."""
    rows = _drafted(sentence + "\n")
    assert list(rows) == [name], rows
    if name == "孕产妇死亡率":
        assert rows[name][0] == "maternal_mortality"
    # a deliverable after the same words keeps its name (round 40's place_manner)
    assert list(_drafted("到2025年，在全省率先实现健康治理体系和治理能力现代化。\n")) == ["健康治理体系和治理能力现代化"]


# --- F8: 控制…在 around a name -----------------------------------------------------------------------------------------


def test_a_second_clause_with_its_own_name_is_its_own_indicator():
    """`…控制公立医院医疗费用增长幅度在10%以内` after 控制全市总人口在1000万人左右 was a second 2025 target of 总人口."""
    rows = _drafted("到2025年，控制全市总人口在1000万人左右，控制公立医院医疗费用增长幅度在10%以内。\n")
    assert set(rows) == {"总人口", "公立医院医疗费用增长幅度"}, rows
    _, unit, year, words, review = rows["公立医院医疗费用增长幅度"]
    assert (unit, year, review) == ("%", 2025, None)


def test_a_growth_named_inside_control_is_capped_as_a_level():
    from checker.language.grammar import parse_target

    rule = parse_target("控制公立医院医疗费用增长幅度在10%以内")
    assert (rule.kind, rule.op, rule.value, rule.unit, rule.subject) == \
        ("upper_bound", "<=", 10.0, "%", "公立医院医疗费用增长幅度")


def test_per_thousand_people_before_the_amount_is_its_rate():
    """`严格控制公立医院床位规模在每千人口5.5张以内` was named 公立医院床位规模在每千人口, in 张."""
    from checker.language.grammar import parse_target

    rows = _drafted("到2025年，严格控制公立医院床位规模在每千人口5.5张以内。\n")
    assert list(rows) == ["公立医院床位规模"], rows
    assert rows["公立医院床位规模"][1] == "张/千人"
    rule = parse_target("在每千人口5.5张以内", unit="张/千人")
    assert (rule.op, rule.value) == ("<=", 5.5)


def test_a_name_that_opens_with_at_school_follows_control():
    """`控制在校学生近视率在50%以下` was refused, its 在校 read as 控制在."""
    from checker.language.grammar import parse_target

    rows = _drafted("到2025年，控制在校学生近视率在50%以下。\n")
    assert list(rows) == ["在校学生近视率"], rows
    assert rows["在校学生近视率"][4] is None
    for words in ("控制在校学生近视率在50%以下", "近视率控制在50%以下"):  # 控制在 as the verb still reads
        rule = parse_target(words)
        assert (rule.op, rule.value, rule.unit) == ("<=", 50.0, "%")
