"""Issue 15 items 3–5: no row vanishes. Annotated wide year headers are read (the annotation kept as a
note), unknown headers are reported, names that only look alike are one name, every row check does
not use is listed (rows read = rows used + rows listed), and a year far beyond the plan is listed,
never the assessment year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.data.matching import match, unused_rows
from checker.data.readers import read_observations

from conftest import calm, run_checker

MESSY = """region,indicator,year,value,unit,note
南安市\u200b,人均预期寿命,2022,78.9,岁,zero-width space
南安 市,人均预期寿命,2024,79.2,岁,inner space
南安市,婴儿死亡率,2024,３.５,‰,full-width digits
ﾅﾝ安市,婴儿死亡率,2023,3.6,‰,a region that is not one of ours
晋江市,婴儿死亡率,2024,3.5,‰,another region
福建省,婴儿死亡率,2024,3.0,‰,the province: a reference
南安市,婴儿死亡率,2099,9,‰,a typo for 2029
南安市,孕产妇死亡率,2023,10,1/10万,
南安市,孕产妇死亡率,2023,10,1/10万,an exact repeat
南安市,孕产妇死亡率（1/10万）,2023,10,,the same value under another name
南安市,每千人口执业医师数,2024,3.1,人,an indicator the plan lacks
南安市,婴儿死亡率,2022,abc,‰,a bad value (skipped)
南安市\u2060,居民健康素养水平,2024,２６.１,%,word joiner
"""


def messy(folder: Path) -> Path:
    path = folder / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    return path


def test_rows_read_equal_rows_used_plus_rows_listed(tmp_path):
    plan = load_plan("nanan-2030")
    observations = read_observations(messy(tmp_path), skip_bad_rows=True)
    dataset = match(plan, observations, skip_bad_rows=True)
    unused = unused_rows(plan, observations, dataset, [plan.region])
    rows_read = len(observations.items) + len(observations.duplicates) + len(observations.skipped)
    assert rows_read == MESSY.count("\n") - 1
    keep = {plan.region, *plan.references.values()}
    asked = {(place, indicator.id) for indicator in plan.indicators for target in indicator.targets
             for role, place in plan.references.items() if target.rule.reference == role}
    first, last = plan.period
    used = sum(1 for (region, indicator), series in dataset.series.items()
               if region == plan.region or region in keep and (region, indicator) in asked
               for year in series if first <= year <= last)
    listed = sum(u.rows for u in dataset.unknown) + len(dataset.skipped) + sum(u.rows for u in unused)
    assert rows_read == used + listed
    reasons = {(u.reason, u.subject) for u in unused}
    assert {("region", "晋江市"), ("region", "ﾅﾝ安市".replace("ﾅﾝ", "ナン")), ("year", "2099")} <= reasons
    # the province's 婴儿死亡率: no target of it compares with 全省 (it was counted used, and listed nowhere)
    assert ("reference", "福建省") in reasons
    assert sum(u.rows for u in unused if u.reason == "duplicate") == 2
    assert used == 5  # the four 南安市 spellings and one 孕产妇死亡率


def test_look_alike_region_names_are_checked(tmp_path):
    result = run_checker(["check", "nanan-2030", str(messy(tmp_path)), "--skip-bad-rows", "--format", "json", "--as-of", "2024"],
                         tmp_path)
    calm(result, {0, 1})
    document = json.loads(result.stdout)
    judged = {(r["indicator"], r["year"]) for r in document["results"] if r["value"] is not None}
    assert ("life_expectancy", 2024) in judged and ("health_literacy", 2024) in judged
    assert {u["subject"] for u in document["unused_rows"]} >= {"晋江市", "2099"}


def test_a_year_far_beyond_the_plan_is_refused_as_still_to_come_and_is_never_the_assessment_year(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("region,indicator,year,value,unit\n南安市,婴儿死亡率,2024,3.5,‰\n南安市,婴儿死亡率,2099,9,‰\n",
                    encoding="utf-8")
    refused = run_checker(["check", "nanan-2030", str(path)], tmp_path)
    assert refused.returncode == 2 and "data.csv:3:4: 婴儿死亡率 2099: a value for a year still to come" in refused.stderr
    result = run_checker(["check", "nanan-2030", str(path), "--format", "json", "--as-of", "2024"], tmp_path)
    calm(result, {0, 1})
    document = json.loads(result.stdout)
    years = {r["year"] for r in document["results"] if r["indicator"] == "infant_mortality" and r["value"] is not None}
    assert years == {2024}
    table = calm(run_checker(["check", "nanan-2030", str(path), "--as-of", "2024"], tmp_path), {0, 1})
    assert "2099年在规划期" in table


WIDE = "指标,单位,2020,{header}\n婴儿死亡率,‰,2.19,9.5\n"


@pytest.mark.parametrize("header, note", [("2024（快报数）", "快报数"), ("2024*", "* (annotated)"), ("2024年末", "年末"),
                                          ("2024E", "E (预计, estimated)"), ("2024年(初步数)", "初步数")])
def test_an_annotated_wide_year_header_is_read_with_its_note(tmp_path, header, note):
    path = tmp_path / "wide.csv"
    path.write_text(WIDE.format(header=header), encoding="utf-8")
    (item,) = [o for o in read_observations(path).items if o.year == 2024]
    assert item.value == 9.5 and note in item.notes
    result = run_checker(["check", "nanan-2030", str(path), "--format", "json"], tmp_path)
    calm(result, 1)  # 2024 fails the target that 2020 passes: the column is not dropped
    failing = [r for r in json.loads(result.stdout)["results"] if r["indicator"] == "infant_mortality"
               and r["status"] == "fail"]
    assert failing and all(r["year"] == 2024 for r in failing)


@pytest.mark.parametrize(("header", "said"), [("2024年说明", "neither a year nor a known column"),
                                              ("说明文字", "neither a year nor a known column"),
                                              ("2024-2025", "neither a year nor a known column"),
                                              ("2024年目标", "names a target")])
def test_an_unknown_wide_header_is_reported(tmp_path, header, said):
    path = tmp_path / "wide.csv"
    path.write_text(WIDE.format(header=header), encoding="utf-8")
    with pytest.raises(CheckerError, match=said):
        read_observations(path)
    output = calm(run_checker(["check", "nanan-2030", str(path)], tmp_path), 2)
    assert "wide.csv:1:4" in output
