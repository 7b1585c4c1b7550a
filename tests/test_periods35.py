"""Round 35, the phrase verifier: plan periods in a target's words (“十四五”以来, 规划期内, 十四五末, a period lead in body
text) give the change's base and the phrase's year; a bound joined to a trend by 并; a range with 左右 or 以内 after it;
per-N-people units of 常住人口 and 户籍人口."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.language.grammar import parse_target
from files import check, drafted_targets, written

#: a 2024–2027 action plan, based in 2023: a period's base (2020) is not the plan's
PLAN = """\
plan:
  id: p
  title: {{zh: 某市健康促进行动方案（2024—2027年）}}
  region: 南京市
  base_year: 2023
  target_years: [{year}]
indicators:
  - id: m
    name: {{zh: 重大慢性病过早死亡率}}
    unit: "%"
    direction: down
    targets:
      {year}: {{text: "{text}"}}
"""
DATA = """\
region,indicator,year,value,unit
南京市,重大慢性病过早死亡率,2020,10.0,%
南京市,重大慢性病过早死亡率,2023,9.5,%
南京市,重大慢性病过早死亡率,2025,9.0,%
"""


def _lint(path: str) -> str:
    return CliRunner().invoke(main, ["lint", path]).output


def test_extract_keeps_a_leading_period_with_the_change_it_sets(tmp_path: Path) -> None:
    """`“十四五”期间，重大慢性病过早死亡率累计下降10%。` was drafted as the text `累计下降10%`: the period was kept only as
    the year, and the check measured the fall from the plan's base year (2023, ≤ 8.55: 9.0 failed) instead of from
    2020 (≤ 9.0: passes)."""
    drafted = drafted_targets("南京市健康促进行动方案（2024—2027年）\n\n一、主要目标\n"
                              "“十四五”期间，重大慢性病过早死亡率累计下降10%。\n"
                              "“十四五”时期，孕产妇死亡率年均下降2%。\n"
                              "到“十四五”末，婴儿死亡率累计下降5%，居民健康素养水平达到35%，5岁以下儿童死亡率下降5%。\n")
    texts = {name: (year, text) for name, year, text, _ in drafted}
    assert texts["重大慢性病过早死亡率"] == (2025, "“十四五”期间累计下降10%")
    assert texts["孕产妇死亡率"] == (2025, "“十四五”时期年均下降2%")
    assert texts["婴儿死亡率"] == (2025, "到“十四五”末累计下降5%")
    assert texts["5岁以下儿童死亡率"] == (2025, "到“十四五”末下降5%")
    assert texts["居民健康素养水平"] == (2025, "达到35%")  # no change: nothing joined
    for name in ("重大慢性病过早死亡率", "孕产妇死亡率", "婴儿死亡率", "5岁以下儿童死亡率"):
        assert parse_target(texts[name][1]).base_year == 2020


def test_a_drafted_period_change_is_judged_from_the_year_before_the_period(tmp_path: Path) -> None:
    """The same sentence, drafted and checked: 9.0 in 2025 is a 10% fall from 2020's 10.0, and passes."""
    (tmp_path / "plan.txt").write_text("南京市健康促进行动方案（2024—2027年）\n\n一、主要目标\n"
                                       "“十四五”期间，重大慢性病过早死亡率累计下降10%。\n", encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "plan.txt"), "-o", str(draft), "--force"])
    assert result.exit_code == 0, result.output
    result = check(draft, written(tmp_path, DATA))
    assert result.exit_code == 0, result.output
    assert "2020年基期值" in result.output


@pytest.mark.parametrize("words", ["“十四五”以来", "自“十四五”以来", "“十四五”规划期内", "“十四五”规划期间", "“十四五”末"])
def test_other_words_for_a_period_give_its_base(words: str) -> None:
    """`“十四五”以来累计下降10%`, `…规划期内…`, `“十四五”末累计…` were read as names (subject 十四五以来), and the change
    counted from the plan's base year without a word; each is a change over the period, from 2020."""
    rule = parse_target(f"{words}累计下降10%", "%", "down")
    assert rule.base_year == 2020 and not rule.subject
    assert parse_target("“十三五”以来年均增长5%", "%", "up").base_year == 2015
    assert parse_target("“十五五”规划期内累计下降10%", "%", "down").base_year == 2025


@pytest.mark.parametrize("text", ["“十四五”期末下降10%", "到“十四五”末下降10%", "努力实现“十四五”末全市死亡率下降10%左右"])
def test_a_change_to_a_periods_end_counts_over_the_period(text: str) -> None:
    """`“十四五”期末下降10%` was read with the name 十四五期末 and the plan's base year: a change to the period's end is
    one over the period, from the year before it (2020), noted, and its year is the end (2025)."""
    rule = parse_target(text, "%", "down")
    assert (rule.base_year, rule.year) == (2020, 2025)
    assert any("a change over the period" in note for note in rule.notes)


def test_period_synonyms_are_judged_from_the_periods_base(tmp_path: Path) -> None:
    """The probe: four ways of writing one change in a 2024–2027 plan; three failed 9.0 (≤ 8.55 from 2023)."""
    for words in ("“十四五”期间", "“十四五”以来", "“十四五”规划期内", "“十四五”末"):
        plan = written(tmp_path, PLAN.format(year=2025, text=f"{words}累计下降10%"), "plan.yaml")
        result = check(plan, written(tmp_path, DATA))
        assert result.exit_code == 0 and "2020年基期值" in result.output, (words, result.output)
        assert "[period-base]" in _lint(plan)


def test_a_periods_end_is_the_phrases_year(tmp_path: Path) -> None:
    """`到“十四五”末达到35%` filed under 2027 got no warning (十四五末 was a name), while `到2025年达到35%` got
    [phrase-year]: the period's end is the year the phrase names."""
    rule = parse_target("到“十四五”末达到35%", "%", "up")
    assert (rule.year, rule.subject) == (2025, None)
    assert parse_target("“十三五”期末≥90%", "%", "up").year == 2020
    plan = written(tmp_path, PLAN.format(year=2027, text="到“十四五”末降至9%"), "plan.yaml")
    assert "names 2025, but it is the target for 2027 [phrase-year]" in _lint(plan)


def test_a_period_change_filed_after_the_period_warns(tmp_path: Path) -> None:
    """`“十四五”期间累计下降10%` filed under 2027 was judged on 2027's value with only the period-base warning; the
    period ended in 2025. A year inside the period (a mid-term check) stays quiet."""
    plan = written(tmp_path, PLAN.format(year=2027, text="“十四五”期间累计下降10%"), "plan.yaml")
    assert "names a plan period that ends in 2025, but it is the target for 2027 [phrase-year]" in _lint(plan)
    inside = written(tmp_path, PLAN.format(year=2027, text="“十五五”期间年均下降2%"), "plan.yaml")
    assert "[phrase-year]" not in _lint(inside)


@pytest.mark.parametrize("text", ["≥95%并逐年提高", "95%以上并逐年提高", "95%以上并持续提高", "不低于95%并逐年提高",
                                  "≥95%同时逐年提高", "≥95%并且逐年提高"])
def test_a_bound_joined_to_a_trend_by_bing_is_read_as_both(text: str) -> None:
    """`≥95%并逐年提高` was refused (`cannot place the words ≥9, 并`) while `≥95%且逐年提高` was read: 并 (并且, 同时) joins
    a bound and a trend as 且 does."""
    rule = parse_target(text, "%", "up")
    assert rule.kind == "all_of"
    assert [(part.kind, part.op, part.value) for part in rule.parts][0] == ("lower_bound", ">=", 95.0)
    assert (rule.parts[1].kind, rule.parts[1].trend) == ("trend", "up")
    falling = parse_target("5%以内并逐年下降", "%", "down")
    assert [part.kind for part in falling.parts] == ["upper_bound", "trend"]


def test_a_refused_bound_before_a_target_is_quoted_whole() -> None:
    """The refusal named `≥9`, a cut of `≥95%` the phrase does not hold: a message quotes the phrase's own words."""
    with pytest.raises(CheckerError) as refused:
        parse_target("≥95%而逐年提高", "%", "up")
    assert "the words ≥95% before the target" in refused.value.message


@pytest.mark.parametrize("text", ["降至8-10%左右", "8-10%左右", "8%～10%左右"])
def test_about_a_range_is_refused_with_its_reason(text: str) -> None:
    """`降至8-10%左右` was refused with no reason but the generic hint: 左右 after a range says neither which end is
    about nor by how much."""
    with pytest.raises(CheckerError) as refused:
        parse_target(text, "%", "down")
    assert "左右 (about) after a range" in refused.value.message


def test_a_fall_to_within_a_range_is_at_most_its_top() -> None:
    """`降至8%～10%以内` was refused with no reason: a fall to within a range is at most its upper end, as 降至8%～10%
    is; 控制在…以内 stays a range to keep within."""
    for direction in ("down", "neutral"):
        rule = parse_target("降至8%～10%以内", "%", direction)
        assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<=", 10.0)
    kept = parse_target("控制在8%～10%以内", "%", "up")
    assert (kept.kind, kept.value, kept.upper) == ("range", 8.0, 10.0)


@pytest.mark.parametrize("unit", ["每千常住人口", "每万常住人口", "每千户籍人口", "每千服务人口"])
def test_per_people_units_of_residents_are_known(unit: str) -> None:
    """`unit: 每千常住人口` (the 十四五 indicators' wording, 每千常住人口执业（助理）医师数) was an unknown unit; it is
    每千人口, and 3.8人 under it is 3.8 per thousand people."""
    from checker.language import units

    assert units.is_known(unit)
    assert units.compatible(unit, "1/千人") or units.compatible(unit, "1/万人")
    assert parse_target("3.8人", unit, "up").value == 3.8
