"""Round 36: plan lint and check messages — every problem of an indicator at once, one message for a baseline in
the wrong unit, the n/a of a duplicate name, a reference by a short name, an unknown unit inside a phrase, a trend
judged after its year, and a data name that differs from the plan's by a qualifier or 比例/比率."""
from __future__ import annotations

from pathlib import Path

from checker.plan.lint import lint
from files import check, written

HEAD = """plan:
  id: p36
  title: {zh: "测试"}
  region: 临湘市
  base_year: 2025
  target_years: [2030]
indicators:
"""


def _problems(folder: Path, indicators: str, head: str = HEAD) -> list[tuple[str, str, int | None, str]]:
    """(severity, code, line, message) of each problem lint finds in the plan ``head`` + ``indicators``."""
    return [(p.severity, p.code, p.location.line, p.message)
            for p in lint(written(folder, head + indicators, "plan.yaml"))]


def test_schema_error_of_an_indicator_does_not_hide_its_unreadable_target(tmp_path: Path) -> None:
    """`nature: "≤12/10万"` and `text: "约束性"` swapped: lint gave the schema error only, and the unreadable target
    appeared on the next run, after `nature` was mended. Both are reported, each at its line."""
    found = _problems(tmp_path, """\
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    nature: "≤12/10万"
    targets:
      2030: {text: "约束性"}
""")
    assert [(severity, code, line) for severity, code, line, _ in found] == [
        ("error", "schema", 12), ("error", "grammar", 14)]


def test_target_that_is_a_nature_word_says_so(tmp_path: Path) -> None:
    """`text: "约束性"` got the generic 'cannot read' hint; it is a nature, which belongs in `nature:`."""
    problem = lint(written(tmp_path, HEAD + """\
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2030: {text: "约束性"}
""", "plan.yaml"))[0]
    assert "is a nature (约束性)" in problem.message and "nature: 约束性" in problem.hint


def test_schema_error_of_a_target_keeps_it_unread_and_the_others_read(tmp_path: Path) -> None:
    """The phrases of a broken indicator are read only where their own entry and the indicator's direction are
    sound (a target in the wrong shape, or a missing direction, is not read with a guess)."""
    found = _problems(tmp_path, """\
  - unit: 1/10万
    name: {zh: 孕产妇死亡率}
    direction: down
    targets:
      2030: {text: "约束性"}
      2031: "≤3"
      2032: {text: "≤4", bogus: 1}
  - id: b
    name: {zh: 婴儿死亡率}
    unit: ‰
    targets:
      2030: {text: "约束性"}
""")
    assert [(code, line) for _, code, line, _ in found] == [
        ("schema", 8), ("grammar", 12), ("schema", 13), ("schema", 14), ("schema", 15)]


def test_baseline_in_a_unit_of_another_kind_gets_one_message(tmp_path: Path) -> None:
    """`baseline: {2025: "79.1%"}` under 岁 got a warning that it is 'no number checker reads … left out' beside
    the right unit error: it is a number, and the error stops check. Only the unit error is given."""
    found = _problems(tmp_path, """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    baseline: {2025: "79.1%"}
    targets:
      2030: {text: "80岁"}
""")
    assert [(severity, code, line) for severity, code, line, _ in found] == [("error", "unit", 12)]


def test_unknown_unit_inside_a_phrase_is_named(tmp_path: Path) -> None:
    """`不超过10拃` got a generic 'cannot read the target phrase' while `unit: 拃` named the unknown unit: the phrase's
    refusal names it too (a unit error, with the line to add to rules/units.txt), also before words the grammar
    reads (以内) and for a unit of several characters."""
    from checker.errors import UnitError
    from checker.language.grammar import parse_target

    for text, word in (("不超过10拃", "拃"), ("10拃以内", "拃"), ("达到5平方尺", "平方尺")):
        try:
            parse_target(text, unit="分钟", direction="down")
        except UnitError as error:
            assert f"unknown unit {word!r}" in error.message and "rules/units.txt" in error.hint
        else:
            raise AssertionError(f"{text} was read")


def test_seconds_are_a_time_unit(tmp_path: Path) -> None:
    """`不超过10秒` (120 急救 answering time) was refused: 秒 is now a unit of time that converts with 分钟 and 小时."""
    from checker.language.grammar import parse_target

    rule = parse_target("不超过10秒", unit="分钟", direction="down")
    assert rule.op == "<=" and abs(rule.value - 10 / 60) < 1e-9 and rule.unit == "分钟"
    assert _problems(tmp_path, """\
  - id: answer
    name: {zh: 120急救电话平均接听时间}
    unit: 秒
    direction: down
    targets:
      2030: {text: "≤10"}
""") == []


def test_na_of_a_duplicate_name_says_where_its_rows_went(tmp_path: Path) -> None:
    """The second of two indicators with one name was n/a with '2030年没有该指标的数据' although the data has rows of
    that name (read as the first's): a report read without stderr sent the user looking for data that is there."""
    plan = written(tmp_path, HEAD + """\
  - id: beds
    name: {zh: 每千人口医疗卫生机构床位数}
    unit: 张/千人
    direction: up
    targets:
      2030: {text: "7.5张"}
  - id: beds_wan
    name: {zh: 每千人口医疗卫生机构床位数}
    unit: 张/万人
    direction: up
    targets:
      2030: {text: "80张"}
""", "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n临湘市,每千人口医疗卫生机构床位数,2025,7.0,张/千人\n"
                             "临湘市,每千人口医疗卫生机构床位数,2030,7.6,张/千人\n")
    result = check(plan, data, "--as-of", "2030", "--format", "json")
    import json

    rows = {row["indicator"]: row for row in json.loads(result.stdout)["results"]}
    assert rows["beds"]["status"] == "pass"
    assert rows["beds_wan"]["status"] == "n/a"
    assert "按 beds 读取" in rows["beds_wan"]["reason"]["zh"] and "duplicate-name" in rows["beds_wan"]["reason"]["en"]


REFERENCE_PLAN = """plan:
  id: p36
  title: {zh: "参照简称"}
  region: 临湘市
  references: {province: %s}
  base_year: 2025
  target_years: [2030]
indicators:
  - id: oop
    name: {zh: 个人卫生支出占卫生总费用的比重}
    unit: "%%"
    direction: down
    targets:
      2030: {text: "不高于全省平均水平"}
"""


def test_reference_by_a_short_name_is_linted(tmp_path: Path) -> None:
    """`references: {province: 湖南}` passed lint silently, and data naming 湖南省 was then not the reference: lint
    warns that the name is not a full place name, naming the full one (湖南省, 广西壮族自治区, 北京市)."""
    for short, full in (("湖南", "湖南省"), ("广西", "广西壮族自治区"), ("北京", "北京市")):
        problems = lint(written(tmp_path, REFERENCE_PLAN % short, "plan.yaml"))
        assert [(p.code, p.location.line) for p in problems] == [("references", 5)], short
        assert full in problems[0].message and f"province: {full}" in problems[0].hint
    assert lint(written(tmp_path, REFERENCE_PLAN % "湖南省", "plan.yaml")) == []


def test_hint_for_a_short_reference_points_at_the_plan(tmp_path: Path) -> None:
    """With `province: 湖南` in the plan and 湖南省 in the data, check's left-out line said to write the DATA as 湖南
    (the abbreviation); the official name is the data's, so the hint points at the plan's references.province."""
    plan = written(tmp_path, REFERENCE_PLAN % "湖南", "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n临湘市,个人卫生支出占卫生总费用的比重,2026,26,%\n"
                             "湖南省,个人卫生支出占卫生总费用的比重,2026,25,%\n")
    result = check(plan, data)
    assert "请在数据中写作" not in result.output
    assert "请在规划中写全称（plan.references.province: 湖南省）" in result.output


def test_a_bulletins_name_for_a_plan_indicator_is_suggested_never_matched(tmp_path: Path) -> None:
    """Data naming `城市空气质量优良天数比例` (浙江日报's wording) against the plan's `设区城市空气质量优良天数比率` got no
    "did you mean": a leading qualifier (设区) and 比例/比率 kept the names apart, and the catalogue's entry of that
    name, which the plan indicator is, won the comparison. Now the plan's indicator is suggested; the rows stay
    unread (n/a), never matched by the guess."""
    plan = written(tmp_path, """\
plan: {id: probe-names, title: {zh: 探针}, region: 浙江省, base_year: 2021, target_years: [2027]}
indicators:
  - id: air
    name: {zh: 设区城市空气质量优良天数比率}
    unit: '%'
    direction: up
    targets:
      2027: {text: 达到95％}
""", "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n浙江省,城市空气质量优良天数比例,2021,94.4,%\n"
                             "浙江省,地级及以上城市空气质量优良天数比率,2021,94.4,%\n")
    result = check(plan, data)
    assert "“城市空气质量优良天数比例”（1 行，首行" in result.output
    assert result.output.count("是否指 设区城市空气质量优良天数比率 (air)") == 2
    assert "不适用 1" in result.output


def test_trend_judged_after_its_year_keeps_the_target_years_value(tmp_path: Path) -> None:
    """A 2030 `逐年下降` passed as of 2030 and was n/a as of 2035: the 5-year window 2031–2035 left out 2030's value
    (data every few years). The window reaches back to the target year: 2030–2035, 22.1 → 20.3, pass — by the
    scalar and the columnar judge alike, for 逐年 (judged by the kind) and 持续 (by columns)."""
    from checker.language.rule import Rule

    for rule in (Rule("逐年下降", "trend", trend="down", modifiers=("every_year",)), Rule("持续下降", "trend", trend="down")):
        _trend_after_its_year(rule)


def _trend_after_its_year(rule) -> None:
    """The regions' verdicts of the 2030 trend ``rule`` as of 2035, by both judges."""
    from checker.data.matching import Dataset, Point
    from checker.errors import Location
    from checker.judge.engine import evaluate_regions
    from checker.judge.policy import default_policy
    from checker.plan.model import Indicator, Plan, Source, Target

    target = Target("smoking", 2030, rule.text, rule, Source(1, rule.text), Location("plan.yaml", 10))
    indicator = Indicator("smoking", "15岁以上人群吸烟率", None, "%", "down", (target,))
    plan = Plan("p", "趋势", None, "甲县", 2025, (2030, 2035), (indicator,), file="plan.yaml")
    dataset = Dataset()
    series = {"甲县": {2026: 23.6, 2028: 23.0, 2030: 22.1, 2035: 20.3}, "乙县": {2026: 23.6, 2030: 22.1, 2035: 23.0},
              "丙县": {2030: 22.1, 2034: 21.0, 2035: 20.8}}  # (20.9, −0.48%, is within the flat share: no fall under 逐年)
    for region, values in series.items():
        dataset.series[(region, "smoking")] = {year: Point(year, value, str(value), Location("d.csv", year, 4), "%")
                                               for year, value in values.items()}
    found = {}
    for columns in (False, True):
        results = evaluate_regions(plan, dataset, list(series), as_of=2035, policy=default_policy(), columns=columns)
        found[columns] = [(r.region, r.status, r.reason.zh) for r in results.results]
    assert found[False] == found[True]
    assert [(region, status) for region, status, _ in found[False]] == [("甲县", "pass"), ("乙县", "fail"),
                                                                         ("丙县", "pass")]
    assert found[False][0][2].startswith("2030–2035年 22.1→20.3%")
