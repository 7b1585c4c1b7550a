"""Twenty-ninth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

import pytest

from files import HEAD, indicator_plan, life_expectancy_plan, plan_from, written


def _lint(tmp_path, text: str):
    from checker.plan.lint import lint

    return lint(written(tmp_path, text, "plan.yaml"))


@pytest.mark.parametrize("phrase, level", [
    ("争取达到全省中上水平", "全省中上"), ("达到全省中等水平", "全省中等"), ("位居全市中上游", "全市中上游"),
    ("达到全国中等偏上水平", "全国中等偏上"),
])
def test_a_standing_among_peers_is_a_level_to_declare_not_a_deliverable(phrase, level):
    """`争取达到全省中上水平` for life expectancy was read as a yes/no deliverable: check said its data 78.5 was "not
    yes/no", and lint said nothing. A rank among the province's places is a level the plan must declare."""
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, "岁", "up")
    assert (rule.kind, rule.reference, rule.op) == ("vs_reference", level, ">=")


def test_a_standard_met_stays_a_deliverable():
    from checker.language.grammar import parse_target

    for phrase in ("达到省级先进标准", "达到全省中等标准", "达到三级乙等水平"):
        assert parse_target(phrase, None, "up").kind == "achieved", phrase


def test_lint_names_a_level_with_no_value_and_a_deliverable_of_a_measure(tmp_path):
    """Neither was said: the check was n/a whatever the data held."""
    problems = _lint(tmp_path, life_expectancy_plan("争取达到全省中上水平"))
    assert [(p.code, "'全省中上'" in p.message) for p in problems] == [("references", True)]
    declared = life_expectancy_plan("争取达到全省中上水平").replace("  target_years: [2025]\n",
                                                               "  target_years: [2025]\n  reference_values: {全省中上: 79}\n")
    assert _lint(tmp_path, declared) == []
    problems = _lint(tmp_path, life_expectancy_plan("达到全国先进水平"))
    assert [p.code for p in problems] == ["deliverable-measure"]
    assert "measured in 岁" in problems[0].message
    # a deliverable of a count (建成1个) or of no unit is what it says
    assert _lint(tmp_path, indicator_plan("区域医疗中心", "个", "up", "建成区域医疗中心")) == []


def test_a_baseline_marked_with_a_place_is_said_to_be_left_out(tmp_path):
    """`35(邵阳市)` (the city's value standing for the county's) was dropped without a word: check then said the plan
    gave no base value. `35*` and `35(估算)` are read as before."""
    problems = _lint(tmp_path, indicator_plan("癌症五年生存率", "%", "up", "提高5个百分点", baseline="{2020: 35(邵阳市)}"))
    assert [p.code for p in problems] == ["baseline-unread"]
    assert "'邵阳市'" in problems[0].message and "left out" in problems[0].message
    for written_as in ("35*", "35(估算)"):
        plan = plan_from(tmp_path, indicator_plan("癌症五年生存率", "%", "up", "提高5个百分点",
                                                  baseline="{2020: %s}" % written_as))
        assert plan.indicators[0].baselines[0].value == 35


def test_text_indented_beside_its_year_gets_a_hint_that_mends_it(tmp_path):
    problems = _lint(tmp_path, HEAD + """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2025:
      text: "78"
""")
    hints = [p.hint for p in problems if p.hint]
    assert any("indent text: under its year" in hint for hint in hints), hints
    assert not any("text: {text:" in hint for hint in hints)
