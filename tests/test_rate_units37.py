"""Round 37: rates and their units — a count of people or cases per live births or per population is a plain rate
(人/10万活产, 例/千活产, "1 case per 10,000 population"); 例 is echoed as written, not as 件; "4 visits" of an indicator
in 次; a rate per 1,000 live births under ‰ is no other scale; and a target level no value of its indicator is near
(婴儿死亡率控制在10%以下: ≤100‰, a slip of % for ‰) is never judged with confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.language import units
from checker.language.grammar import parse_target
from checker.plan.lint import lint
from drafts import draft_from
from files import HEAD, check, indicator_plan, written

MMR_PLAN = HEAD + """\
  - id: maternal_mortality
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets:
      2025: {text: "≤14.5"}
"""


@pytest.mark.parametrize("unit, plan_unit, value", [
    ("人/10万活产", "1/10万", 15.1), ("名/10万活产", "1/10万", 15.1), ("例/10万活产", "1/10万", 15.1),
    ("人/千活产", "‰", 6.2), ("例/千活产", "‰", 6.2), ("人/千活产", "1/10万", 620.0)])
def test_a_count_of_people_or_cases_per_live_births_is_a_plain_rate(unit, plan_unit, value):
    """A 妇幼 table's unit column writes the MMR as 人/10万活产 (persons who died per 100,000 live births): it was
    refused as "they measure different things" while 1/10万活产 and 人/10万人 converted."""
    assert units.convert(15.1 if "10万" in unit else 6.2, unit, plan_unit) == value


def test_beds_per_people_are_still_no_rate_and_rates_per_births_are_not_per_persons():
    """Only people and cases counted per a population are its rate: 张/千人 stays a count of beds, and a rate per
    live births never becomes one per persons."""
    assert units.convert(15.1, "例/10万活产", "1/10万活产") == 15.1
    with pytest.raises(CheckerError, match="they measure different things"):
        units.convert(7.0, "张/千人", "‰")
    with pytest.raises(CheckerError, match="a rate per 活产 is not a rate per 人"):
        units.convert(15.1, "人/10万活产", "1/10万人")


def test_the_data_rate_per_live_births_is_checked(tmp_path: Path):
    """`全国,孕产妇死亡率,2023,15.1,人/10万活产` stopped the whole check (exit 2)."""
    plan = written(tmp_path, MMR_PLAN.replace("region: 甲市", "region: 全国"), "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n全国,孕产妇死亡率,2025,14.0,人/10万活产\n")
    result = check(plan, data, "--format", "json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)["results"][0]
    assert (row["status"], row["value"]) == ("pass", 14.0)


def test_a_refused_unit_is_echoed_as_the_file_wrote_it(tmp_path: Path):
    """例/万元 was echoed as 件/万元, a unit the file never wrote (件 reads as pieces or legal cases)."""
    assert units.canonical("例/10万") == "例/10万"
    assert units.same_unit("例", "件")
    plan = written(tmp_path, MMR_PLAN, "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n甲市,孕产妇死亡率,2025,14.0,例/万元\n")
    result = check(plan, data)
    assert result.exit_code == 2
    assert "例/万元" in result.output and "件" not in result.output


def test_english_cases_per_population_and_visits_per_woman():
    """"less than 1 case per 10,000 population" (WHO's elimination wording) was refused as 件/万人 against 1/万; "a
    minimum of 4 visits" (antenatal care) was read as 人次 and refused for an indicator in 次."""
    rule = parse_target("less than 1 case per 10,000 population", "1/万", "down")
    assert (rule.op, rule.value, rule.unit) == ("<", 1, "1/万")
    rule = parse_target("a minimum of 4 visits", "次", "up")
    assert (rule.op, rule.value, rule.unit) == (">=", 4, "次")
    assert parse_target("a minimum of 4 visits", "人次", "up").unit == "人次"  # visits alone are still 人次


def test_a_rate_per_1000_live_births_under_permille_is_no_other_scale(tmp_path: Path):
    """"no more than 12 per 1,000 live births" on `unit: ‰` warned [unit-scale] for an indicator the catalogue does
    not know, while "below 25 per 1,000 live births" of one it knows did not: 1/千活产 is ‰ by another name."""
    plan = written(tmp_path, HEAD + """\
  - id: nmr_late
    name: {en: Post-neonatal mortality rate}
    unit: ‰
    direction: down
    targets:
      2025: {text: "no more than 12 per 1,000 live births"}
""", "plan.yaml")
    assert [p.code for p in lint(plan) if p.code == "unit-scale"] == []


IMR_PERCENT = indicator_plan("婴儿死亡率", "‰", "down", "控制在10%以下")


def test_an_infant_mortality_ceiling_of_ten_percent_is_not_judged(tmp_path: Path):
    """婴儿死亡率控制在10%以下 (a common slip for 10‰) read as ≤100‰ passed a rate of 25‰ without a word."""
    plan = written(tmp_path, IMR_PERCENT, "plan.yaml")
    data = written(tmp_path, "region,year,indicator,value\n甲市,2025,婴儿死亡率,25\n")
    result = check(plan, data, "--format", "json")
    row = json.loads(result.stdout)["results"][0]
    assert row["status"] == "n/a"
    assert "100‰" in row["reason"]["zh"] and "70‰" in row["reason"]["zh"] and "笔误" in row["reason"]["zh"]
    assert "implausible-level" in result.stderr
    found = [p for p in lint(plan) if p.code == "implausible-level"]
    assert len(found) == 1 and found[0].severity == "warning" and "100‰" in found[0].message


def test_a_plausible_ceiling_in_permille_is_judged(tmp_path: Path):
    """The range refuses only levels no plan's target takes: 10‰ is judged as before, and with no warning."""
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "控制在10‰以下").replace("id: ind", "id: imr"),
                   "plan.yaml")
    data = written(tmp_path, "region,year,indicator,value\n甲市,2025,婴儿死亡率,25\n")
    row = json.loads(check(plan, data, "--format", "json").stdout)["results"][0]
    assert row["status"] == "fail"
    assert [p.code for p in lint(plan) if p.code in ("implausible-level", "unit-scale")] == []
    # ... and the slip is refused the same under the plan's own id
    slipped = written(tmp_path, IMR_PERCENT.replace("id: ind", "id: imr"), "slipped.yaml")
    assert [p.code for p in lint(slipped) if p.code == "implausible-level"] == ["implausible-level"]


def test_a_maternal_mortality_target_in_percent_is_warned_of(tmp_path: Path):
    """孕产妇死亡率控制在0.2%以下 (200/10万, a level some countries' plans do set) is judged, but check says it is written
    in another scale than the indicator's own: a ‰ typed as % is ten times off."""
    plan = written(tmp_path, indicator_plan("孕产妇死亡率", "1/10万", "down", "控制在0.2%以下"), "plan.yaml")
    found = [p for p in lint(plan) if p.code == "unit-scale"]
    assert len(found) == 1 and "200/10万" in found[0].message
    data = written(tmp_path, "region,year,indicator,value\n甲市,2025,孕产妇死亡率,150\n")
    assert "unit-scale" in check(plan, data).stderr


def test_extract_notes_the_slipped_level_for_review():
    """extract drafted 控制在10%以下 for 婴儿死亡率 with no review note."""
    draft = draft_from("某市健康行动规划\n\n到2030年，婴儿死亡率控制在10%以下，孕产妇死亡率控制在18/10万以下。\n")
    by_name = {item["name"]["zh"]: item for item in draft.indicators}
    imr = by_name["婴儿死亡率"]["targets"][2030]
    assert "100‰" in imr["review"] and "70‰" in imr["review"]
    assert "review" not in by_name["孕产妇死亡率"]["targets"][2030]
