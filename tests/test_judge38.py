"""Round 38 (judge): a progress ratio written on its side of the edge it is compared with (never "0.95 < 0.95",
"0 < 0" or -0.0), a compound rate's n/a naming the value that is not positive; the sex ratio's 左右 band; a flat
step under 逐年; growth caps read as changes (涨幅控制在5%以内) and not flagged as asking a rise; 达到2020年的2倍's reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from files import check, indicator_plan, written

#: a 健康素养 of 50% in 2020 to reach 60% by 2025: a required pace of 2 points a year
LITERACY = indicator_plan("健康素养水平", "%", "up", "达到60%")


def _results(tmp_path: Path, plan: str, data: str, *options: str) -> list[dict]:
    """The results of ``checker check`` (JSON) of ``plan`` against the long ``data`` rows (region,year,indicator,value)."""
    out = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, "region,year,indicator,value\n" + data),
                "--format", "json", *options)
    return json.loads(out.stdout)["results"]


def _progress(tmp_path: Path, latest: str) -> dict:
    return _results(tmp_path, LITERACY, f"甲市,2020,健康素养水平,50\n甲市,2023,健康素养水平,{latest}\n",
                    "--as-of", "2023")[0]


def test_a_lagging_ratio_just_under_the_edge_keeps_its_digits(tmp_path: Path):
    """55.6976 is a pace of 0.9496 of the required one: "0.95 < 0.95" read as a contradiction; now 0.9496 < 0.95."""
    row = _progress(tmp_path, "55.6976")
    assert row["status"] == "warn"
    assert "= 0.9496 < 0.95" in row["reason"]["zh"] and "= 0.9496 < 0.95" in row["reason"]["en"]
    assert row["evidence"]["ratio"] == 0.9496


def test_a_hair_behind_the_base_is_not_zero_below_zero(tmp_path: Path):
    """49.9999 against a base of 50 moves away (fail, by the rule): the ratio was written "0 < 0" and -0.0 in JSON."""
    row = _progress(tmp_path, "49.9999")
    assert row["status"] == "fail"
    assert "0 < 0" not in row["reason"]["zh"] and "= -0.00002 < 0" in row["reason"]["zh"]
    ratio = row["evidence"]["ratio"]
    assert ratio < 0 and json.dumps(ratio) != "-0.0"


def test_the_national_run_writes_the_ratio_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The columnar path (a national run's CSV) writes the same ratio text as one region's."""
    pytest.importorskip("polars")
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", "1")
    data = ("region,year,indicator,value\n甲市,2020,健康素养水平,50\n甲市,2023,健康素养水平,55.6976\n"
            "乙市,2020,健康素养水平,50\n乙市,2023,健康素养水平,49.9999\n")
    out = check(written(tmp_path, LITERACY, "plan.yaml"), written(tmp_path, data), "--as-of", "2023",
                "--all-regions", "--format", "csv")
    rows = {row["region"]: row for row in csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff")))}
    assert "= 0.9496 < 0.95" in rows["甲市"]["reason_zh"]
    assert "= -0.00002 < 0" in rows["乙市"]["reason_zh"]


def test_a_compound_rate_names_the_value_that_is_not_positive(tmp_path: Path):
    """年均下降5% from 1.0‰ (2020) to -0.5‰ (2023): the base is positive, the latest value is not; the reason said
    the base was not positive, and the base used was shown nowhere."""
    plan = indicator_plan("人口自然增长率", "‰", "neutral", "年均下降5%")
    row = _results(tmp_path, plan, "甲市,2020,人口自然增长率,1.0\n甲市,2023,人口自然增长率,-0.5\n", "--as-of", "2023")[0]
    assert row["status"] == "n/a"
    assert "2023" in row["reason"]["zh"] and "-0.5‰" in row["reason"]["zh"] and "基期值不为正" not in row["reason"]["zh"]
    assert "2023 value -0.5‰" in row["reason"]["en"]
    assert row["evidence"]["baseline"]["year"] == 2020 and row["evidence"]["baseline"]["value"] == 1.0


SEX_RATIO = indicator_plan("出生人口性别比", "", "neutral", "107左右").replace('    unit: ""\n', "")


@pytest.mark.parametrize(("value", "status"), [("107.9", "pass"), ("108.6", "warn"), ("112.3", "fail"), ("105.5", "warn")])
def test_the_sex_ratio_about_107_is_a_narrow_band(tmp_path: Path, value: str, status: str):
    """出生人口性别比 107左右 (boys per 100 girls, no unit; normal 103–107, 112 seriously skewed) passed 112.3: ±5% of 107
    is 5.35, wider than the gap between normal and skewed. The catalogue's indicator has its cap as 岁 has one."""
    row = _results(tmp_path, SEX_RATIO, f"甲市,2025,出生人口性别比,{value}\n")[0]
    assert row["status"] == status, row["reason"]


def test_the_sex_ratio_cap_can_be_set_in_a_policy_file(tmp_path: Path):
    """A user's policy file may set an indicator's caps by its catalogue id, as it sets a unit's."""
    policy = written(tmp_path, "caps:\n  sex_ratio_at_birth: {around_pass: 6}\n", "policy.yaml")
    row = _results(tmp_path, SEX_RATIO, "甲市,2025,出生人口性别比,112.3\n", "--policy", policy)[0]
    assert row["status"] == "pass"


@pytest.mark.parametrize("columnar", ["0", "1"])
def test_a_flat_step_breaks_a_yearly_rise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columnar: str):
    """逐年提高 over 74, 79, 84, 84, 84, 89 元 passed ("按要求上升"): two years with no rise keep no yearly promise; the
    first such step is named. The national (columnar) path leaves it to the kind as it does a step the other way.
    Steps that all rise, or a death rate staying at its best value (0) under 逐年下降, keep the promise."""
    if columnar == "1":
        pytest.importorskip("polars")
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
    plan = indicator_plan("人均基本公共卫生服务经费补助标准", "元", "up", "逐年提高")
    data = "".join(f"甲市,{year},人均基本公共卫生服务经费补助标准,{value}\n"
                   for year, value in zip(range(2020, 2026), (74, 79, 84, 84, 84, 89)))
    row = _results(tmp_path, plan, data, "--as-of", "2025")[0]
    assert row["status"] == "warn"
    assert "2022–2023年没有上升（0%）" in row["reason"]["zh"] and "未做到逐年上升" in row["reason"]["zh"]
    assert "does not rise in 2022–2023" in row["reason"]["en"]
    assert [step["to"]["year"] for step in row["evidence"]["steps_flat"]] == [2023]
    # each step rising passes as before; a death rate at 0 year after year under 逐年下降 is at its best value
    data = "".join(f"甲市,{year},人均基本公共卫生服务经费补助标准,{value}\n"
                   for year, value in zip(range(2021, 2026), (79, 84, 85, 86, 89)))
    assert _results(tmp_path, plan, data, "--as-of", "2025")[0]["status"] == "pass"
    plan = indicator_plan("孕产妇死亡率", "1/10万", "down", "逐年下降")
    data = "".join(f"甲市,{year},孕产妇死亡率,0\n" for year in range(2021, 2026))
    assert _results(tmp_path, plan, data, "--as-of", "2025")[0]["status"] == "pass"


def _phrase_warnings(tmp_path: Path, direction: str, text: str) -> list[str]:
    from checker.plan.lint import lint

    plan = written(tmp_path, indicator_plan("住院病人人均医药费用", "元", direction, text), "lint.yaml")
    return [p.message for p in lint(plan) if p.code == "phrase-direction"]


def test_a_cap_on_growth_does_not_ask_a_cost_to_rise(tmp_path: Path):
    """增长幅度不超过5% on a cost the plan wants lower (direction: down) was "asks it to rise": a cap on growth keeps the
    value at most the base × 1.05, as a ceiling does; only words that push the value the wrong way warn."""
    assert _phrase_warnings(tmp_path, "down", "增长幅度不超过5%") == []
    assert _phrase_warnings(tmp_path, "down", "年均增幅不超过5%") == []
    assert any("asks it to rise" in m for m in _phrase_warnings(tmp_path, "down", "比2020年提高10%"))
    assert any("ceiling on its change" in m for m in _phrase_warnings(tmp_path, "up", "增长幅度不超过5%"))


def _read(text: str, unit: str | None = "元", direction: str = "down"):
    from checker.language.grammar import parse_target

    return parse_target(text, unit, direction)


@pytest.mark.parametrize(("text", "kind", "op", "value", "base"), [
    ("增长幅度控制在5%以内", "vs_baseline", "<=", 5, None),
    ("增幅控制在5%以内", "vs_baseline", "<=", 5, None),
    ("涨幅控制在5%以内", "vs_baseline", "<=", 5, None),
    ("涨幅不超过5%", "vs_baseline", "<=", 5, None),
    ("增长控制在5%以内", "vs_baseline", "<=", 5, None),
    ("增长幅度控制在5%", "vs_baseline", "<=", 5, None),
    ("年均增长幅度控制在5%以内", "annual_rate", "<=", 5, None),
    ("比2020年增长幅度控制在5%以内", "vs_baseline", "<=", 5, 2020),
    ("降幅控制在5%以内", "vs_baseline", ">=", -5, None),
])
def test_a_change_capped_by_control_is_read_as_its_not_exceed_form(text, kind, op, value, base):
    """控制在…以内 after a change word caps the change, as 增长幅度不超过5% is read (they were refused, or 涨幅 read as a
    level of at most 5% of a cost)."""
    rule = _read(text)
    assert (rule.kind, rule.op, rule.value, rule.base_year, rule.change) == (kind, op, value, base, "percent")


@pytest.mark.parametrize("unit", ["元", None])
@pytest.mark.parametrize("text", ["增长率控制在5%以内", "增长率不超过5%", "上涨率低于5%"])
def test_a_growth_rate_is_refused_not_read_as_a_level(text: str, unit: str | None):
    """增长率控制在5%以内 of a cost (in 元, or with no unit) was a level of at most 5% (the cost then "above 100%", or a
    unit message): the words name a growth rate, which is said; an indicator that is itself a growth rate (in %) keeps
    the level."""
    from checker.language.grammar import GrammarError

    with pytest.raises(GrammarError, match="names a growth rate"):
        _read(text, unit)
    assert _read(text, "%").kind == "upper_bound"


def test_n_times_a_base_year_gives_its_reason_first():
    """达到2020年的2倍 was refused with a hint to write the year first; doing so was refused again for N倍. The N倍
    reason now comes first; 降低到2015年的80% keeps the year's."""
    from checker.language.grammar import GrammarError

    with pytest.raises(GrammarError, match="N倍") as refused:
        _read("达到2020年的2倍", "万元", "up")
    assert "write the year first" not in (refused.value.hint or "")
    with pytest.raises(GrammarError, match="a year after 到"):
        _read("降低到2015年的80%", "%", "down")
