"""Fortieth round: defects left by round 39.

1. `控制5岁以下儿童死亡率在6‰` (控制在 written around the name, no 以下) was dropped with no word in left_out.
2. `per 1,000 total births` / `per 1,000 births` were refused by the grammar and the data reader for a stillbirth rate.
3. `check` gave no "did you mean 南安市" for a region written `南安巿` (a look-alike of 市), as `validate` does.
4. Beds, physicians and nurses per 1,000 people had no plausible range: a slipped scale (65 beds) went unseen.
"""

from __future__ import annotations

import pytest

from drafts import draft_from

from checker.language.grammar import parse_target


# 1 -----------------------------------------------------------------------------------------------------------------

def _targets(text: str) -> dict[str, list[tuple]]:
    """Each drafted name, with (year, text) of each of its targets."""
    out: dict[str, list[tuple]] = {}
    for item in draft_from(text).indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                out.setdefault(item["name"]["zh"], []).append((year, target["text"]))
    return out


@pytest.mark.parametrize("phrase, name, value, unit", [
    ("控制5岁以下儿童死亡率在6‰", "5岁以下儿童死亡率", 6.0, "‰"),
    ("控制孕产妇死亡率在12/10万", "孕产妇死亡率", 12.0, "1/10万"),
    ("控制全市婴儿死亡率在4.5‰", "全市婴儿死亡率", 4.5, "‰"),
    ("严格控制婴儿死亡率在5‰", "婴儿死亡率", 5.0, "‰"),
])
def test_control_written_around_the_name_is_a_ceiling(phrase, name, value, unit):
    """`控制X在N` is `X控制在N`: at most N, whatever the direction (it read as a level named 控制X, ≈ N when neutral)."""
    rule = parse_target(phrase, direction="neutral")
    assert (rule.kind, rule.op, rule.value, rule.unit, rule.subject) == ("upper_bound", "<=", value, unit, name)


def test_control_around_the_name_with_its_own_comparator_reads_as_before():
    """`控制婴儿死亡率在5‰左右` is about 5‰ (控制在5‰左右), `…在5‰以下` a ceiling: the comparator after it decides."""
    assert parse_target("控制婴儿死亡率在5‰左右", direction="neutral").kind == "around"
    assert parse_target("控制婴儿死亡率在5‰以下", direction="neutral").subject == "婴儿死亡率"


def test_the_tester_sentence_drafts_all_three_ceilings():
    """The under-5 rate was dropped with no word in left_out; it is drafted in words that read as the ceiling alone."""
    drafted = _targets("某市卫生健康“十四五”规划\n\n到2025年，孕产妇死亡率控制在10/10万，婴儿死亡率控制在5‰。"
                       "控制5岁以下儿童死亡率在6‰。\n")
    assert drafted["5岁以下儿童死亡率"] == [(2025, "控制5岁以下儿童死亡率在6‰")]
    assert set(drafted) == {"孕产妇死亡率", "婴儿死亡率", "5岁以下儿童死亡率"}
    rule = parse_target("控制5岁以下儿童死亡率在6‰", unit="‰", direction="neutral")
    assert (rule.kind, rule.value) == ("upper_bound", 6.0)  # (the drafted words read the same at check)


def test_more_control_around_forms_are_drafted():
    drafted = _targets("某市卫生健康“十四五”规划\n\n到2025年，控制孕产妇死亡率在12/10万。控制全市婴儿死亡率在4.5‰，"
                       "严格控制公立医院床位规模。\n")
    assert drafted == {"孕产妇死亡率": [(2025, "控制孕产妇死亡率在12/10万")],
                       "婴儿死亡率": [(2025, "控制全市婴儿死亡率在4.5‰")]}  # (…床位规模: no amount, no target)


def test_control_before_a_name_with_an_amount_not_read_is_counted_as_left_out():
    """`控制婴儿死亡率达5‰` reads as no bound: counted as left out with why, never lost without a word."""
    draft = draft_from("某市卫生健康“十四五”规划\n\n到2025年，孕产妇死亡率控制在10/10万。控制婴儿死亡率达5‰。\n")
    assert any("控制 before the name" in why for why in draft.left_out)


# 2 -----------------------------------------------------------------------------------------------------------------

def test_a_stillbirth_rate_per_total_births_is_read():
    """`21 per 1,000 total births` was refused (no unit of total births): the stillbirth rate's own ‰."""
    rule = parse_target("21 per 1,000 total births", unit="‰", direction="down", name="stillbirth rate")
    assert (rule.kind, rule.op, rule.value, rule.unit) == ("reach", "<=", 21.0, "‰")
    assert parse_target("21 per 1,000 total births").unit == "1/千围产儿"


def test_explain_takes_the_indicator_name():
    from click.testing import CliRunner

    from checker.cli import main

    result = CliRunner().invoke(main, ["explain", "21 per 1,000 births", "--indicator", "Stillbirth rate",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"unit": "1/千围产儿"' in result.output


def test_per_births_is_the_indicators_own_births():
    """A stillbirth or perinatal rate's bare births are total births (they were refused); an infant or newborn rate's
    are live births, as before."""
    assert [parse_target("10 per 1,000 births", name=name).unit
            for name in ("Stillbirth rate", "Perinatal mortality rate", "Infant mortality rate", "新生儿死亡率")] == [
        "1/千围产儿", "1/千围产儿", "1/千活产", "1/千活产"]


def test_births_the_name_does_not_decide_or_contradicts_are_refused():
    """A name of neither kind leaves 'births' unsaid (it was read as live births); total births are never read as live
    births, nor the reverse, where the indicator's unit (‰) leaves its births to the name."""
    from checker.errors import CheckerError

    for phrase, name in [("10 per 1,000 births", "Mortality rate"), ("10 per 1,000 total births", "Infant mortality rate"),
                         ("10 per 1,000 live births", "Stillbirth rate")]:
        with pytest.raises(CheckerError, match="births"):
            parse_target(phrase, unit="‰", direction="down", name=name)


def _data_plan(tmp_path, name: str, cell: str):
    from files import HEAD, check, written

    plan = written(tmp_path, HEAD + f"  - id: ind\n    name: {{zh: {name}}}\n    unit: ‰\n    direction: down\n"
                   "    targets:\n      2025: {text: ≤10‰}\n", "plan.yaml")
    data = written(tmp_path, f'indicator,year,value,unit\n{name},2024,8,"{cell}"\n')
    return check(plan, data, "--format", "json")


def test_the_data_reader_reads_births_by_the_indicator(tmp_path):
    """A unit cell `per 1,000 births` was refused for any indicator ("does not know births"): the indicator's births,
    total births of a stillbirth or perinatal rate, live births of an infant mortality rate."""
    for number, (name, cell) in enumerate([("死产率", "per 1,000 births"), ("死产率", "per 1,000 total births"),
                                           ("围产儿死亡率", "per 1,000 births"), ("婴儿死亡率", "per 1,000 births"),
                                           ("婴儿死亡率", "per 1,000 live births")]):
        folder = tmp_path / str(number)
        folder.mkdir()
        result = _data_plan(folder, name, cell)
        assert result.exit_code == 0, (name, cell, result.output)
        assert '"status": "pass"' in result.output


def test_the_data_reader_refuses_births_the_indicator_does_not_count_per(tmp_path):
    """Births the indicator does not say (an uncatalogued rate), and the other births than the catalogue's: refused,
    saying which births are meant — never read as the other."""
    for number, (name, cell, why) in enumerate([
            ("某种死亡率", "per 1,000 births", "not said to be live or total"),
            ("死产率", "per 1,000 live births", "a rate per 活产 is not a rate per 围产儿"),
            ("婴儿死亡率", "per 1,000 total births", "a rate per 围产儿 is not a rate per 活产")]):
        folder = tmp_path / str(number)
        folder.mkdir()
        result = _data_plan(folder, name, cell)
        assert result.exit_code == 2 and why in result.output, (name, cell, result.output)


# 3 -----------------------------------------------------------------------------------------------------------------

def test_check_says_did_you_mean_for_a_look_alike_region(tmp_path):
    """Data of `南安巿` (巿 U+5DFF, a look-alike of 市 U+5E02) checked against 南安市's plan: check offered the data's
    name for --region; it now says, as validate does, that 南安市 is likely meant, and to correct the data."""
    from files import HEAD, check, written

    plan = written(tmp_path, HEAD.replace("甲市", "南安市") + "  - id: imr\n    name: {zh: 婴儿死亡率}\n    unit: ‰\n"
                   "    direction: down\n    targets:\n      2025: {text: ≤7.5‰}\n", "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值\n南安\u5dff,婴儿死亡率,2024,3.0\n")
    result = check(plan, data)
    assert result.exit_code == 2
    assert "did you mean 南安市?" in result.output and "南安\u5dff is meant as 南安市, correct it" in result.output
    # a hint, not an order: 南通市 is one character off 南安市 too, and another city
    other = written(tmp_path, "地区,指标,年份,数值\n南通市,婴儿死亡率,2024,3.0\n", "other.csv")
    assert "if the data's 南通市 is meant as 南安市" in check(plan, other).output


# 4 -----------------------------------------------------------------------------------------------------------------

_BEDS = ("  - id: beds_per_1000\n    name: {zh: 每千常住人口医疗卫生机构床位数}\n    unit: 张\n    direction: up\n"
         "    targets:\n      2025: {text: 达6.5张左右}\n")


def _beds_result(tmp_path, value: str, unit: str = "张") -> dict:
    import json

    from files import HEAD, check, written

    plan = written(tmp_path, HEAD + _BEDS, "plan.yaml")
    data = written(tmp_path, f"地区,指标,年份,数值,单位\n甲市,每千常住人口医疗卫生机构床位数,2020,5.2,张\n"
                             f"甲市,每千常住人口医疗卫生机构床位数,2024,{value},{unit}\n")
    [result] = json.loads(check(plan, data, "--format", "json").stdout)["results"]
    return result


def test_a_slipped_scale_of_beds_per_thousand_is_not_judged(tmp_path):
    """65 beds per 1,000 people for 6.5 passed `达6.5张左右`'s better side: no range held beds (张 in the catalogue,
    the plan's 张 standing for 张/千人, did not convert), and a value 10 times off was no slip's mark."""
    result = _beds_result(tmp_path, "65")
    assert result["status"] == "n/a" and "10" in result["reason"]["en"] and "20 beds per 1,000" in result["reason"]["en"]
    # within the range (or a rate per 10,000 written as such, 65张/万人 = 6.5 per 1,000) the value is judged
    assert _beds_result(tmp_path, "6.6")["status"] == "pass"
    assert _beds_result(tmp_path, "65", "张/万人")["status"] == "pass"


def test_a_target_of_beds_beyond_any_level_is_implausible():
    """A target of 65张 per 1,000 people is beyond any (lint warns, check judges it n/a), as 10% of 婴儿死亡率 is."""
    from checker.data.matching import catalogue
    from checker.language.plausible import beyond

    found = beyond(catalogue()["beds_per_1000"], parse_target("达到65张", unit="张", direction="up"), "张/千人")
    assert found is not None and (found.level, found.bound, found.unit) == (65.0, 20.0, "张/千人")
    for ident, level in (("physicians_per_1000", "34人"), ("nurses_per_1000", "40人")):
        assert beyond(catalogue()[ident], parse_target(level, unit="人", direction="up"), "人/千人") is not None
    assert beyond(catalogue()["physicians_per_1000"], parse_target("8.4人", unit="人", direction="up"), "人/千人") is None


def test_control_before_a_name_opening_with_zhu_yuan():
    """Second wave F1: 控制住 was taken for the verb 控制住 (hold in check) before 住院…, so `控制住院患者抗菌药物使用率在60%`
    read as a level to reach, and extract dropped it without a word."""
    rule = parse_target("控制住院患者抗菌药物使用率在60%", unit="%", direction="down")
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<=", 60)
    draft = draft_from("某市卫生健康“十四五”规划\n\n到2025年，控制住院患者抗菌药物使用率在60%以下。\n")
    assert "住院患者抗菌药物使用率" in str(draft)


def test_the_everyday_check_does_not_load_pint():
    """The plausible ranges in their own unit (张/千人) converted a plan's bare 张 by asking pint first, and the failed
    conversion loaded it: the everyday check's start-up CPU went from about 105 ms to 320 ms."""
    import subprocess
    import sys

    code = ("import sys; from click.testing import CliRunner; from checker.cli import main; "
            "CliRunner().invoke(main, ['check', 'nanan-2030', 'examples/nanan-2030.csv']); "
            "print('pint' in sys.modules)")
    from pathlib import Path
    for _ in range(2):  # (the first run may compile the plan into the cache, which converts its units)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "False", done.stdout + done.stderr
