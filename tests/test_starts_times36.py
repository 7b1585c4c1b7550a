"""Round 36, follow-ups on starts, times and trends: a from-to's start in a per-population unit, compound times
(`1分30秒以内`), `内` after a time, a trend at its target year with five-yearly data, and smaller messages."""

from __future__ import annotations

import json

import pytest

from files import HEAD, check, drafted_targets, written

from checker.language.grammar import parse_target

#: a 2015-based plan of 孕产妇死亡率 whose 2025 target is TEXT
MMR_PLAN = HEAD.replace("base_year: 2020", "base_year: 2015") + """\
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2025: {text: "TEXT"}
"""


@pytest.mark.parametrize("text", ["由2020年的16.9/10万下降到14.5/10万", "由2020年的16.9/10万人下降到14.5/10万人",
                                  "由2020年的十万分之16.9下降到十万分之14.5", "由2020年的16.9/10萬下降到14.5/10萬",
                                  "reduce from 16.9 per 100,000 in 2020 to 14.5 per 100,000",
                                  "从2020年的16.9/10万下降至14.5/10万以下"])
def test_a_start_in_a_per_population_unit_is_kept(tmp_path, text) -> None:
    """A start written in `/10万` (`/10万人`, `十万分之`, `/10萬`, `per 100,000`) was lost — the unit has digits in it, and
    the start's reader took only a unit of none — so progress ran from the plan's base year (2015: 20.1) and 15.6 in
    2023 passed at 1.0, where the same numbers in ‰ warned at 0.90. The start (2020, 16.9) is kept in every unit."""
    rule = parse_target(text, unit="1/10万", direction="down")
    assert (rule.base_year, rule.start) == (2020, 16.9)
    plan = written(tmp_path, MMR_PLAN.replace("TEXT", text), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n" + "".join(
        f"甲市,孕产妇死亡率,{year},{value},1/10万\n" for year, value in ((2015, 20.1), (2020, 16.9), (2023, 15.6))))
    result = check(plan, data, "--format", "json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)["results"]
    assert row["status"] == "warn" and "0.9" in row["reason"]["zh"] and "2020年基期值" in row["reason"]["zh"]


def test_a_start_of_no_year_in_a_per_population_unit_is_named(tmp_path) -> None:
    """`从12.5/10万下降到10/10万` with no 2020 data: the n/a did not name the start (it did for ‰), and extract drafted
    no baseline and no note for it (it did for ‰). Both now do, as for ‰."""
    plan = written(tmp_path, MMR_PLAN.replace("base_year: 2015", "base_year: 2020")
                   .replace("TEXT", "从12.5/10万下降到10/10万"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,孕产妇死亡率,2024,11,1/10万\n")
    result = check(plan, data, "--format", "json")
    [row] = json.loads(result.output)["results"]
    assert row["status"] == "n/a" and "起点12.5/10万" in row["reason"]["zh"] and "{2020: 12.5}" in row["reason"]["zh"]
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text("甲市卫生健康“十四五”规划\n到2025年，孕产妇死亡率从12.5/10万下降到10/10万。\n", "plan.txt"))
    [item] = draft.indicators
    assert item["baseline"] == {2020: "12.5/10万"} and "12.5/10万" in item["review"]


@pytest.mark.parametrize("text, unit, value", [("1分30秒以内", "秒", 90), ("2小时30分钟以内", "分钟", 150),
                                               ("3分30秒", "秒", 210), ("1天12小时以内", "小时", 36),
                                               ("不超过1分30秒", "秒", 90), ("1小时30分以内", "分钟", 90),
                                               ("1小时2分30秒以内", "秒", 3750)])
def test_a_time_in_parts_is_one_amount(text, unit, value) -> None:
    """`1分30秒以内` read as ≤ 30秒 with `1分` taken into the name (`2小时30分钟以内` as ≤ 30分钟), so 80秒 failed;
    `不超过1分30秒` was refused. A time in parts, largest first, is one amount in its smallest part's unit."""
    rule = parse_target(text, unit=unit, direction="down")
    assert (rule.op, rule.value, rule.unit, rule.subject) == ("<=", value, unit, None)


@pytest.mark.parametrize("text", ["30秒1分以内", "3天30分钟以内", "1分90秒以内"])
def test_a_time_in_parts_not_largest_first_is_refused(text) -> None:
    """A run of time parts that is not one time written largest first (each the next unit down, less than one of the
    part before) was read as its last part; it is refused, naming the run."""
    from checker.errors import GrammarError

    with pytest.raises(GrammarError, match="cannot read the time"):
        parse_target(text, unit="秒", direction="down")


def test_a_time_in_parts_judges_in_the_whole_amount(tmp_path) -> None:
    """The verifier's plan: 80秒 against `1分30秒以内` and 140分钟 against `2小时30分钟以内` failed (≤ 30); both pass."""
    plan = written(tmp_path, HEAD + """\
  - id: dispatch
    name: {zh: 120急救调度平均受理时间}
    unit: 秒
    direction: down
    targets:
      2025: {text: "1分30秒以内"}
  - id: stay
    name: {zh: 急诊患者平均滞留时间}
    unit: 分钟
    direction: down
    targets:
      2025: {text: "2小时30分钟以内"}
""", "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,120急救调度平均受理时间,2025,80,秒\n"
                             "甲市,急诊患者平均滞留时间,2025,140,分钟\n")
    result = check(plan, data, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [row["status"] for row in json.loads(result.output)["results"]] == ["pass", "pass"]


@pytest.mark.parametrize("text, unit, value", [("10秒内", "秒", 10), ("3分钟内", "分钟", 3), ("2小时内", "小时", 2),
                                               ("1分30秒内", "秒", 90)])
def test_nei_after_a_time_is_within(text, unit, value) -> None:
    """`10秒内` was refused as the unknown unit `秒内` (though `秒` is one): 内 after a time is 以内, within — ≤."""
    rule = parse_target(text, unit=unit, direction="down")
    assert (rule.op, rule.value, rule.unit) == ("<=", value, unit)


@pytest.mark.parametrize("text, unit, words", [("10秒内接听", "秒", "接听"), ("3分钟内出车", "分钟", "出车")])
def test_a_verb_after_a_time_is_named_not_proposed_as_a_unit(text, unit, words) -> None:
    """`10秒内接听` was refused as the unknown unit `秒内接听`, with the hint to add that verb phrase to rules/units.txt.
    It is refused naming the words it cannot place (接听), with no unit to add."""
    from checker.errors import GrammarError

    with pytest.raises(GrammarError) as refused:
        parse_target(text, unit=unit, direction="down")
    message = f"{refused.value.message} {refused.value.hint}"
    assert f"cannot place the words {words}" in message and "units.txt" not in message and "unknown unit" not in message


@pytest.mark.parametrize("words, modifiers", [("逐年下降", ("every_year",)), ("持续下降", ())])
def test_a_trend_at_its_year_reaches_back_to_the_plans_base_year(words, modifiers) -> None:
    """A 2025 `逐年下降` as of 2025 with data for 2020 (the plan's base year) and 2025 was n/a ("2021–2025 has only 1
    year"): the 5-year window left out the base year. Where the window holds too few years it reaches back to the
    plan's base year (2020–2025, 25 → 22.1, pass); a window that holds enough keeps its years — by the scalar and the
    columnar judge alike."""
    from checker.data.matching import Dataset, Point
    from checker.errors import Location
    from checker.judge.engine import evaluate_regions
    from checker.judge.policy import default_policy
    from checker.language.rule import Rule
    from checker.plan.model import Indicator, Plan, Source, Target

    rule = Rule(words, "trend", trend="down", modifiers=modifiers)
    target = Target("smoking", 2025, rule.text, rule, Source(1, rule.text), Location("plan.yaml", 10))
    indicator = Indicator("smoking", "15岁以上人群吸烟率", None, "%", "down", (target,))
    plan = Plan("p", "趋势", None, "甲县", 2020, (2025,), (indicator,), file="plan.yaml")
    dataset = Dataset()
    series = {"甲县": {2020: 25.0, 2025: 22.1}, "乙县": {2020: 20.0, 2022: 26.0, 2025: 25.0},
              "丙县": {2025: 22.0}, "丁县": {2015: 30.0, 2025: 22.0}}
    for region, values in series.items():
        dataset.series[(region, "smoking")] = {year: Point(year, value, str(value), Location("d.csv", year, 4), "%")
                                               for year, value in values.items()}
    found = {}
    for columns in (False, True):
        results = evaluate_regions(plan, dataset, list(series), as_of=2025, policy=default_policy(), columns=columns)
        found[columns] = [(r.region, r.status, r.reason.zh) for r in results.results]
    assert found[False] == found[True]
    assert [(region, status) for region, status, _ in found[False]] == [
        ("甲县", "pass"), ("乙县", "pass"), ("丙县", "n/a"), ("丁县", "n/a")]
    reasons = [reason for _, _, reason in found[False]]
    assert reasons[0].startswith("2020–2025年 25→22.1%") and reasons[1].startswith("2022–2025年 26→25%")
    assert reasons[2].startswith("2020–2025年只有 1 个年份")


def test_the_period_base_hint_follows_the_phrases_way(tmp_path) -> None:
    """The `period-base` hint for a rise over a plan period told the user to write `比2020年下降…`; it follows the
    phrase's way now (提高 for a rise, 下降 for a fall)."""
    from checker.plan.lint import lint

    for text, verb in (("“十三五”“十四五”两个五年规划期间累计提高2岁", "提高"), ("“十四五”期间累计下降1岁", "下降")):
        plan = written(tmp_path, HEAD.replace("base_year: 2020", "base_year: 2023").replace("[2025]", "[2027]") + f"""\
  - id: le
    name: {{zh: 人均预期寿命}}
    unit: 岁
    direction: up
    targets:
      2027: {{text: "{text}"}}
""", "plan.yaml")
        [warned] = [problem for problem in lint(plan) if problem.code == "period-base"]
        assert f"比2023年{verb}…" in warned.hint, (text, warned.hint)


@pytest.mark.parametrize("more", [(), ("--all-regions",)])
def test_every_unit_less_indicator_with_units_in_the_data_is_named_in_one_run(tmp_path, more) -> None:
    """Two indicators with no unit and a level target, both given units in the data: `check` named the first
    (床位数) and stopped; the second (常住人口) appeared only after the first was fixed. One run names both (exit 2)."""
    plan = written(tmp_path, HEAD + """\
  - id: beds
    name: {zh: 每千常住人口医疗卫生机构床位数}
    direction: up
    targets:
      2025: {text: "≥6.5"}
  - id: pop
    name: {zh: 常住人口}
    direction: neutral
    targets:
      2025: {text: "45左右"}
""", "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,每千常住人口医疗卫生机构床位数,2024,6.4,张/千人\n"
                             "甲市,常住人口,2024,44,万人\n")
    result = check(plan, data, *more)
    assert result.exit_code == 2
    assert "data.csv:2:" in result.output and "unit: 张/千人" in result.output
    assert "data.csv:3:" in result.output and "unit: 万人" in result.output
