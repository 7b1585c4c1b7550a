"""checker.plan.loader and checker.plan.lint: the bundled plan loads cleanly; broken copies give exact located problems.

The broken copies are made from the table-only version of the bundled plan (14 rows, one target each, no
problem at all), frozen as tests/data/nanan-table.yaml, so that each has exactly the problem it is about.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import checker
from checker.errors import PlanError
from checker.plan.lint import lint
from checker.plan.loader import load_plan, read_plan
from checker.language.rule import KINDS

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "nanan-2030.yaml"
BUNDLED_SOURCE = BUNDLED.read_text(encoding="utf-8")
TABLE = ROOT / "tests" / "data" / "nanan-table.yaml"
SOURCE = TABLE.read_text(encoding="utf-8")

# Fragments of the table plan that the broken copies replace.
INFANT_TARGET = '        text: "≤4‰"\n        source: {line: 144, quote: "≤4‰"}\n'
MATERNAL_TARGET = '      2030:\n        text: "≤12"\n        source: {line: 160, quote: "≤12"}\n'
EXERCISE_TARGET = '        text: "43"\n        source: {line: 186, quote: "43"}\n'


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def _broken(tmp_path: Path, old: str, new: str, count: int = 1) -> tuple[Path, str]:
    assert SOURCE.count(old) >= 1, f"fixture fragment not in the table plan: {old!r}"
    text = SOURCE.replace(old, new, count)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _only(problems):
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


# --- the bundled plan --------------------------------------------------------------------------------


#: Indicators in the bundled plan: one "  - id:" line each (the table's 14 rows and the body text's).
BUNDLED_INDICATORS = len(re.findall(r"^  - id: ", BUNDLED_SOURCE, flags=re.MULTILINE))


def test_bundled_plan_loads():
    plan = load_plan(BUNDLED)
    assert plan.id == "nanan-2030"
    assert plan.region == "南安市"
    assert plan.base_year == 2020 and plan.target_years == (2030,)
    assert BUNDLED_INDICATORS > 14
    assert len(plan.indicators) == BUNDLED_INDICATORS
    assert len({i.id for i in plan.indicators}) == BUNDLED_INDICATORS
    assert plan.sha256 and len(plan.sha256) == 64
    for indicator in plan.indicators:
        assert indicator.targets, indicator.id
        for target in indicator.targets:
            assert target.rule is not None, target.text
            assert target.rule.kind in KINDS, (target.text, target.rule.kind)
            assert target.source.line and target.location.line


def test_bundled_target_text_is_verbatim_with_source():
    plan = load_plan(BUNDLED)
    infant = next(i for i in plan.indicators if i.id == "infant_mortality")
    (target,) = infant.targets
    assert target.text == "≤4‰"
    assert target.source.line == 144 and target.source.quote == "≤4‰"
    assert target.year == 2030
    assert target.rule.kind == "upper_bound" and target.rule.op == "<=" and target.rule.value == 4
    assert target.location.line == _line_of(BUNDLED_SOURCE, 'text: "≤4‰"')
    assert target.location.yaml_path() == "indicators[1].targets.2030.text"
    life = next(i for i in plan.indicators if i.id == "life_expectancy")
    assert life.targets[0].text == "79.7"  # a number kept as the plan wrote it
    assert life.baseline(2020).value == 78.5


def test_bundled_plan_baseline_phrases_are_kept():
    plan = load_plan(BUNDLED)
    under5 = next(i for i in plan.indicators if i.id == "under5_mortality")
    assert [b.text for b in under5.baselines] == ["低于全省平均值", "低于全省平均值"]
    assert under5.baseline(2020) is None


def test_bundled_plan_lints_clean(monkeypatch):
    """No error; the warnings are the body text's disagreements with the table and its 2025 targets."""
    monkeypatch.chdir(ROOT)
    problems = lint("plans/nanan-2030.yaml")
    assert problems, "the body text has conflicts the plan keeps"
    assert {p.severity for p in problems} == {"warning"}, "\n".join(map(str, problems))
    assert {p.code for p in problems} <= {"conflict", "target-year"}, "\n".join(map(str, problems))
    for problem in problems:
        if problem.code == "target-year":
            assert "2025" in problem.message, problem
    def where(found):  # the same problems whichever way the file is named
        return [(p.severity, p.code, p.message, p.location.line, p.location.column) for p in found]

    assert where(lint(BUNDLED)) == where(problems)


def test_table_plan_lints_clean(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint("tests/data/nanan-table.yaml") == []
    assert lint(TABLE) == []


def test_load_by_id():
    plan = checker.load_plan("nanan-2030")
    assert plan.id == "nanan-2030" and len(plan.indicators) == BUNDLED_INDICATORS
    assert Path(plan.file).resolve() == BUNDLED.resolve()


def test_unknown_id_did_you_mean():
    with pytest.raises(PlanError) as caught:
        checker.load_plan("nanan-2031")
    assert "did you mean 'nanan-2030'" in caught.value.hint


def test_unknown_id_without_close_match_lists_bundled():
    with pytest.raises(PlanError) as caught:
        load_plan("zzzzzz")
    assert "nanan-2030" in caught.value.hint


# --- broken copies -----------------------------------------------------------------------------------


def test_bad_unit(tmp_path):
    old = '    unit: "‰"\n    direction: down\n    nature: null\n    responsible: 卫健局\n    source: {line: 141'
    path, text = _broken(tmp_path, old, old.replace('"‰"', '"‰x"'))
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "unit")
    assert "‰x" in problem.message
    assert problem.location.line == _line_of(text, '"‰x"')
    assert problem.location.yaml_path() == "indicators[1].unit"
    assert "known units" in problem.hint and "1/10万" in problem.hint and "‰" in problem.hint


def test_unknown_rule_kind(tmp_path):
    path, text = _broken(tmp_path, INFANT_TARGET, INFANT_TARGET + "        rule: {kind: foo}\n")
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "schema")
    assert "foo" in problem.message
    assert "expected one of" in problem.hint and "upper_bound" in problem.hint
    assert problem.location.line == _line_of(text, "rule: {kind: foo}")
    assert problem.location.yaml_path() == "indicators[1].targets.2030.rule.kind"


def test_schema_error_in_one_indicator_does_not_hide_others(tmp_path):
    old = INFANT_TARGET + "        rule: {kind: foo}\n"
    path, text = _broken(tmp_path, INFANT_TARGET, old)
    text = text.replace('text: "25左右"', 'text: "二十五左右吧"', 1)
    path.write_text(text, encoding="utf-8")
    codes = sorted(p.code for p in lint(path))
    assert codes == ["grammar", "schema"]


def test_duplicate_id(tmp_path):
    path, text = _broken(tmp_path, "- id: under5_mortality", "- id: infant_mortality")
    # the second is named 5岁以下儿童死亡率, which the id's catalogue entry is not: that is said too
    problem = _only([found for found in lint(path) if found.code != "catalogue-id"])
    assert (problem.severity, problem.code) == ("error", "duplicate-id")
    first = _line_of(text, "- id: infant_mortality", 1)
    second = _line_of(text, "- id: infant_mortality", 2)
    assert f"first at line {first}" in problem.message
    assert problem.location.line == second
    assert problem.location.yaml_path() == "indicators[2]"


def test_bad_indentation(tmp_path):
    old = '    domain: 健康水平\n    unit: "‰"'
    path, text = _broken(tmp_path, old, '    domain: 健康水平\n     unit: "‰"')
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "yaml")
    assert problem.message.startswith("YAML syntax error")
    assert problem.location.line == _line_of(text, '     unit: "‰"')
    assert "indentation" in problem.hint
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert caught.value.location.line == problem.location.line


def test_unknown_key_did_you_mean(tmp_path):
    old = "    responsible: 卫健局\n    source: {line: 141"
    path, text = _broken(tmp_path, old, old.replace("responsible", "responsibel"))
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "schema")
    assert "responsibel" in problem.message
    assert problem.hint == "did you mean 'responsible'?"
    assert (problem.location.line, problem.location.column) == (_line_of(text, "responsibel:"), 5)
    assert problem.location.yaml_path() == "indicators[1].responsibel"


def test_unreadable_phrase(tmp_path):
    path, text = _broken(tmp_path, 'text: "≤4‰"', 'text: "二十五左右吧"')
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "grammar")
    assert "二十五左右吧" in problem.message
    assert problem.location.line == _line_of(text, "二十五左右吧")
    assert problem.location.yaml_path() == "indicators[1].targets.2030.text"
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert "二十五左右吧" in caught.value.message


def test_contradicting_targets_are_a_conflict_warning(tmp_path):
    new = (
        "      2030:\n"
        '        - text: "≤12"\n'
        '          source: {line: 160, quote: "≤12"}\n'
        '        - text: "15以上"\n'
        '          source: {line: 300, quote: "15以上"}\n'
    )
    path, text = _broken(tmp_path, MATERNAL_TARGET, new)
    problems = lint(path)
    # a floor for a death rate is a slip of its own: reported beside the conflict (tests/test_plan_slips.py)
    assert sorted(p.code for p in problems) == ["conflict", "phrase-direction"]
    problem = _only([p for p in problems if p.code == "conflict"])
    assert (problem.severity, problem.code) == ("warning", "conflict")
    assert "≤12" in problem.message and "15以上" in problem.message and "cannot both hold" in problem.message
    assert problem.location.line == _line_of(text, 'text: "15以上"')
    first_line = _line_of(text, 'text: "≤12"')
    assert f"at line {first_line}" in problem.message
    assert problem.location.yaml_path() == "indicators[3].targets.2030[1].text"
    plan = load_plan(path)  # a warning: the plan is still usable, both targets kept
    maternal = next(i for i in plan.indicators if i.id == "maternal_mortality")
    assert [t.text for t in maternal.targets] == ["≤12", "15以上"]


def test_same_meaning_in_other_words_is_no_conflict(tmp_path):
    new = (
        "      2030:\n"
        '        - text: "≤12"\n'
        '          source: {line: 160, quote: "≤12"}\n'
        '        - text: "≤0.12‰"\n'
        '          source: {line: 300, quote: "≤0.12‰"}\n'
    )
    path, _ = _broken(tmp_path, MATERNAL_TARGET, new)
    assert lint(path) == []


def test_baseline_conflict(tmp_path):
    new = (
        "baseline:\n"
        "      2015: 7.84\n"
        "      2020:\n"
        "        - {value: 8.11, source: {line: 158}}\n"
        "        - {value: 8.5, source: {line: 400}}"
    )
    path, text = _broken(tmp_path, "baseline: {2015: 7.84, 2020: 8.11}", new)
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("warning", "baseline-conflict")
    assert "8.11" in problem.message and "8.5" in problem.message and "2020" in problem.message
    assert problem.location.line == _line_of(text, "value: 8.5")
    assert problem.location.yaml_path() == "indicators[3].baseline.2020[1].value"


def test_equal_baselines_are_no_conflict(tmp_path):
    new = "baseline:\n      2020:\n        - {value: 8.11, source: {line: 158}}\n        - {value: '8.11*', source: {line: 400}}"
    path, _ = _broken(tmp_path, "baseline: {2015: 7.84, 2020: 8.11}", new)
    assert lint(path) == []


def test_structured_rule_override(tmp_path):
    new = (
        '        text: "同比例提高"\n'
        '        source: {line: 186, quote: "同比例提高"}\n'
        "        rule: {kind: linked, linked_to: life_expectancy}\n"
    )
    path, _ = _broken(tmp_path, EXERCISE_TARGET, new)
    assert lint(path) == []
    plan = load_plan(path)
    target = next(i for i in plan.indicators if i.id == "regular_exercise_share").targets[0]
    assert target.text == "同比例提高"
    assert target.overridden
    assert target.rule.kind == "linked"
    assert target.rule.linked_to == "life_expectancy"


def test_structured_rule_linked_to_missing_indicator(tmp_path):
    new = (
        '        text: "同比例提高"\n'
        '        source: {line: 186, quote: "同比例提高"}\n'
        "        rule: {kind: linked, linked_to: life_expectancy_x}\n"
    )
    path, text = _broken(tmp_path, EXERCISE_TARGET, new)
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "linked")
    assert "life_expectancy_x" in problem.message
    assert problem.location.line == _line_of(text, 'text: "同比例提高"')


def test_linked_without_rule_is_a_warning(tmp_path):
    path, _ = _broken(tmp_path, 'text: "43"', 'text: "同比例提高"')
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("warning", "linked")
    assert "linked_to" in problem.hint


def test_phrase_unit_incompatible_with_indicator(tmp_path):
    path, text = _broken(tmp_path, 'text: "≤4‰"', 'text: "≤4岁"')
    problem = _only(lint(path))
    assert problem.severity == "error"
    assert "岁" in problem.message and "‰" in problem.message
    assert problem.location.line == _line_of(text, "≤4岁")


def test_broken_plan_head_gives_no_plan(tmp_path):
    path, text = _broken(tmp_path, "base_year: 2020", "base_year: twenty")
    plan, problems = read_plan(path)
    assert plan is None
    problem = _only(problems)
    assert problem.code == "schema" and problem.location.yaml_path() == "plan.base_year"
    assert problem.location.line == _line_of(text, "base_year: twenty")


def test_empty_plan_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("error", "schema")
    assert problem.location.line == 1


def test_missing_plan_file_is_a_yaml_problem(tmp_path):
    problem = _only(lint(tmp_path / "nope.yaml"))
    assert problem.code == "yaml" and "does not exist" in problem.message


def test_target_year_outside_plan_years_warns(tmp_path):
    path, text = _broken(tmp_path, '      2030:\n        text: "79.7"', '      2035:\n        text: "79.7"')
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("warning", "target-year")
    assert "2035" in problem.message


def test_problems_come_in_file_order(tmp_path):
    text = SOURCE.replace('text: "≤4‰"', 'text: "二十五左右吧"').replace('unit: "万亿元"', 'unit: "万亿元x"')
    text = text.replace("- id: under5_mortality", "- id: infant_mortality")
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    problems = lint(path)
    assert [p.code for p in problems] == ["grammar", "catalogue-id", "duplicate-id", "unit"]
    lines = [p.location.line for p in problems]
    assert lines == sorted(lines)


def test_same_bound_in_other_words_is_no_conflict(tmp_path):
    """达到60% on an up indicator (reach, ≥ 60), ≥60 (lower_bound) and 60%左右 can all hold at once: no conflict."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2025]}\n"
        "indicators:\n"
        "  - id: geriatrics_share\n"
        "    name: {zh: 设置老年医学科的比例}\n"
        "    unit: '%'\n"
        "    direction: up\n"
        "    targets:\n"
        "      2025:\n"
        "        - {text: '≥60', source: {line: 1}}\n"
        "        - {text: '达到60%', source: {line: 2}}\n"
        "        - {text: '达到60%左右', source: {line: 3}}\n",
        encoding="utf-8",
    )
    from checker.plan.lint import lint

    problems = lint(plan)
    assert [p for p in problems if p.code == "conflict"] == []  # 60 meets all three: no conflict


def test_structured_rule_takes_its_kinds_defaults(tmp_path):
    """rule: {kind: full_coverage} alone means ≥ 100%, as the words 全覆盖 would (it used to crash check)."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2025]}\n"
        "indicators:\n"
        "  - id: rooms\n"
        "    name: {zh: 感染楼配置率}\n"
        "    unit: '%'\n"
        "    direction: up\n"
        "    targets:\n"
        "      2025: {text: 应建设具有独立区域的单独感染楼, source: {line: 1}, rule: {kind: full_coverage}}\n",
        encoding="utf-8",
    )
    from checker.judge.engine import evaluate
    from checker.plan.loader import load_plan
    from checker.data.observations import observations_from_records

    loaded = load_plan(plan)
    rule = loaded.indicators[0].targets[0].rule
    assert (rule.kind, rule.op, rule.value) == ("full_coverage", ">=", 100.0)
    result = evaluate(loaded, observations_from_records([{"indicator": "rooms", "year": 2025, "value": 99}]))
    assert result.results[0].status == "warn"  # 99% ≥ the 98% warn floor


def _two_targets(tmp_path, first: str, second: str, direction: str = "up"):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2030],"
        " references: {province: 乙省}}\n"
        "indicators:\n"
        "  - id: some_rate\n"
        "    name: {zh: 某率}\n"
        "    unit: '%'\n"
        f"    direction: {direction}\n"
        "    targets:\n"
        "      2030:\n"
        f"        - {{text: '{first}'}}\n"
        f"        - {{text: '{second}'}}\n",
        encoding="utf-8",
    )
    return [p for p in lint(plan) if p.code == "conflict"]


@pytest.mark.parametrize("first, second", [
    ("持续提高", "79.7"), ("高于全省平均水平", "-"), ("≥90%", "95%以上"), ("达到97%", "全覆盖"), ("≤12", "≤10"),
    ("持续提高", "高于全省平均值"), ("高于全省平均值", "不低于全省平均值"),
])
def test_targets_that_can_both_hold_are_no_conflict(tmp_path, first, second):
    assert _two_targets(tmp_path, first, second) == []


@pytest.mark.parametrize("first, second", [
    ("≥80", "≤70"), ("持续提高", "逐步下降"), ("高于全省平均值", "低于全省平均值"), ("0.8～1.2", "≥5"),
])
def test_targets_that_cannot_both_hold_conflict(tmp_path, first, second):
    # (a range of a measure with a better way is exceeded that way, so 0.8～1.2 and ≥5 hold together where up is
    # better: the pair is written for a neutral one)
    conflicts = _two_targets(tmp_path, first, second, "neutral" if "～" in first else "up")
    assert len(conflicts) == 1 and "cannot both hold" in conflicts[0].message


def test_bundled_plans_have_no_false_conflicts(monkeypatch):
    """nanan-2030 had 25 "contradictions" such as 持续提高 against 79.7: all of them can hold together."""
    for plan in ("nanan-2030", "fuzhou-14th-fyp", "raoping-2030", "nantong-2030", "nanyang-14th-fyp"):
        assert [p for p in lint(plan) if p.code == "conflict"] == [], plan


def test_a_rule_that_names_only_a_kind_is_a_lint_error_and_check_refuses_it(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2030]}\n"
        "indicators:\n"
        "  - id: some_rate\n"
        "    name: {zh: 某率}\n"
        "    unit: '%'\n"
        "    direction: up\n"
        "    targets:\n"
        "      2030: {text: 持续提高, rule: {kind: lower_bound}}\n",
        encoding="utf-8",
    )
    problem = _only(lint(plan))
    assert (problem.severity, problem.code) == ("error", "rule")
    assert "no op" in problem.message and "no value" in problem.message
    assert problem.location.yaml_path() == "indicators[0].targets.2030.rule"
    with pytest.raises(PlanError, match="cannot be judged"):
        load_plan(plan)


def test_a_misspelt_domain_in_plan_domains_is_a_lint_warning(tmp_path):
    path, _ = _broken(tmp_path, "  base_year:", "  domains: {健康水平: Health status, 健康水准: Health level}\n  base_year:")
    problem = _only(lint(path))
    assert (problem.severity, problem.code) == ("warning", "domains")
    assert "健康水准" in problem.message
    assert load_plan(path).domain_name("健康水平", "en") == "Health status"


def _with_base(tmp_path, unit: str, base: str, target: str, direction: str = "up"):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan: {id: t, title: {zh: 测试}, region: 甲市, base_year: 2020, target_years: [2025]}\n"
        "indicators:\n"
        "  - id: some_level\n"
        "    name: {zh: 某水平}\n"
        f"    unit: '{unit}'\n"
        f"    direction: {direction}\n"
        f"    baseline: {{2020: {base}}}\n"
        "    targets:\n"
        f"      2025: {{text: '{target}'}}\n",
        encoding="utf-8",
    )
    return [p for p in lint(plan) if p.code == "baseline-scale"]


@pytest.mark.parametrize("unit, base, target, direction", [
    ("岁", "78.1", "≥0.785", "up"),        # a decimal point slipped: every region would pass
    ("‰", "0.45", "≤5", "down"),           # the base written as % beside a target in ‰
    ("张/千人", "6.5", "达到0.6张", "up"),
])
def test_a_target_ten_times_off_its_base_value_is_questioned(tmp_path, unit, base, target, direction):
    found = _with_base(tmp_path, unit, base, target, direction)
    assert len(found) == 1 and found[0].severity == "warning" and "slipped" in found[0].message


@pytest.mark.parametrize("unit, base, target", [
    ("岁", "78.1", "≥79"), ("%", "12", "30%以上"), ("%", "5", "全覆盖"), ("%", "12", "比2020年提高20%"),
    ("‰", "0", "≤5"),
])
def test_a_target_near_its_base_value_is_not_questioned(tmp_path, unit, base, target):
    assert _with_base(tmp_path, unit, base, target) == []


def test_each_missing_key_is_named_and_a_bare_title_gets_a_hint(tmp_path):
    """An indicator missing two required keys gets one error for each, each naming its own key (both
    named the first once); a title written as bare text is told the mapping to write."""
    path = tmp_path / "hand.yaml"
    path.write_text(
        "plan:\n  id: hand\n  title: 某县健康规划\n  region: 某县\n  base_year: 2020\n  target_years: [2025]\n"
        "indicators:\n  - name: {zh: 孕产妇死亡率}\n    unit: 1/10万\n    targets:\n      2025: {text: ≤12/10万}\n",
        encoding="utf-8")
    _, problems = read_plan(path)
    missing = sorted(p.message for p in problems if p.message.startswith("missing required key"))
    assert missing == ["missing required key 'direction'", "missing required key 'id'"]
    direction = next(p for p in problems if p.message == "missing required key 'direction'")
    assert "up" in direction.hint and "down" in direction.hint
    title = next(p for p in problems if p.location.line == 3)
    assert title.hint == 'a title is a mapping: title: {zh: "某县健康规划"}'


def test_a_nature_in_other_words_is_refused_with_the_word_to_write(tmp_path):
    """``nature: binding`` (as an English plan writes it) or ``约束`` is refused at its line, as the format
    knows three words only; the hint names the word it means."""
    path = tmp_path / "natures.yaml"
    path.write_text(
        "plan:\n  id: natures\n  title: {en: A county plan}\n  region: Some county\n  base_year: 2020\n"
        "  target_years: [2025]\nindicators:\n"
        "  - {id: a, name: {en: Life expectancy}, unit: 岁, direction: up, nature: binding, targets: {2025: {text: '80'}}}\n"
        "  - {id: b, name: {en: Literacy}, unit: '%', direction: up, nature: 约束, targets: {2025: {text: '25'}}}\n"
        "  - {id: c, name: {en: Other}, unit: '%', direction: up, nature: whatever, targets: {2025: {text: '25'}}}\n",
        encoding="utf-8")
    _, problems = read_plan(path)
    hints = {p.location.line: p.hint for p in problems if p.code == "schema"}
    assert hints[8] == "write 约束性 (the plan format's word for 'binding')"
    assert hints[9] == "write 约束性 (the plan format's word for '约束')"
    assert hints[10].startswith("expected one of: 约束性, 预期性, 倡导性")
