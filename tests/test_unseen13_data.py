"""Plans and data of the thirteenth round, written the way offices hold published figures (national
five-year-plan indicators, Hong Kong and Taiwan tables in traditional characters, yearbook sheets).
Each test is a wrong answer or an unclear refusal found by reading checker's verdicts against the
figures by hand, rebuilt here with small data of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data.matching import match
from checker.data.readers import read_observations
from checker.data.validate import validate
from checker.errors import CheckerError
from checker.judge.engine import evaluate
from checker.plan.loader import load_plan

PLAN = """\
plan:
  id: national-extract
  title: {zh: 主要指标摘录}
  region: 全国
  base_year: 2015
  target_years: [2020]
indicators:
  - id: oop_share
    name: {zh: 个人卫生支出占卫生总费用的比重}
    unit: "%"
    direction: down
    targets:
      2020: {text: "28左右"}
  - id: coverage
    name: {zh: 电子健康档案建档率}
    unit: "%"
    direction: up
    targets:
      2020: {text: "≥90%"}
  - id: infection
    name: {zh: 医院感染发生率}
    unit: "%"
    direction: down
    targets:
      2020: {text: "≤1%"}
"""


@pytest.fixture
def plan(tmp_path: Path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return load_plan(str(path))


def _csv(tmp_path: Path, text: str, name: str = "data.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("rows", [
    "全国,个人卫生支出占卫生总费用的比重,2015,0.2927\n全国,个人卫生支出占卫生总费用的比重,2020,0.277\n",
    "全国,个人卫生支出占卫生总费用的比重,2020,0.5\n",  # 50% as a fraction: read as 0.5% it passed "28左右"
    "全国,电子健康档案建档率,2020,0.93\n",  # 93% as a fraction: read as 0.93% it failed "≥90%"
])
def test_a_share_written_as_a_fraction_without_a_unit_is_refused(tmp_path: Path, plan, rows: str) -> None:
    """A share exported as a fraction (0.277 for 27.7%) with no unit was read as 0.277% and passed the
    lower-is-better "28左右" (or failed a floor it meets). Now check refuses the series at its first row
    and validate gives the same error."""
    data = _csv(tmp_path, "地区,指标,年份,数值\n" + rows)
    with pytest.raises(CheckerError, match="fractions") as caught:
        evaluate(plan, read_observations(data))
    assert caught.value.location.line == 2 and caught.value.location.column == 4
    findings = [f for f in validate(plan, read_observations(data)) if f.code == "scale"]
    assert [f.severity for f in findings] == ["error"]


def test_a_fraction_series_is_skipped_and_listed_with_skip_bad_rows(tmp_path: Path, plan) -> None:
    data = _csv(tmp_path, "地区,指标,年份,数值\n全国,个人卫生支出占卫生总费用的比重,2020,0.277\n"
                          "全国,医院感染发生率,2020,0.8\n")
    dataset = match(plan, read_observations(data, skip_bad_rows=True), skip_bad_rows=True)
    assert any("fractions" in error.message for error in dataset.skipped)
    found = {r.indicator: r for r in evaluate(plan, dataset).results}
    assert found["oop_share"].status == "n/a"
    assert found["infection"].status == "pass"  # 0.8 against "≤1%": not ten times off, read as 0.8%


@pytest.mark.parametrize("rows, status", [
    ("全国,个人卫生支出占卫生总费用的比重,2020,0.277,%\n", "pass"),  # the unit says % as it stands: as written
    ("全国,个人卫生支出占卫生总费用的比重,2020,27.7%,\n", "pass"),
    ("全国,个人卫生支出占卫生总费用的比重,2020,27.7,\n", "pass"),
    ("全国,个人卫生支出占卫生总费用的比重,2020,0,\n", "pass"),  # zero is no fraction of anything
])
def test_a_share_with_its_unit_or_in_percent_is_judged_as_written(tmp_path: Path, plan, rows: str,
                                                                   status: str) -> None:
    data = _csv(tmp_path, "地区,指标,年份,数值,单位\n" + rows)
    found = {r.indicator: r for r in evaluate(plan, read_observations(data)).results}
    assert found["oop_share"].status == status, found["oop_share"].reason.en


def test_a_value_too_small_for_a_ratio_is_no_internal_error(tmp_path: Path, plan) -> None:
    """5e-324 next to 3.9 made the unit-slip test divide to infinity: validate stopped with an internal
    error (exit 3). The two values are simply far apart."""
    data = _csv(tmp_path, "地区,指标,年份,数值,单位\n全国,医院感染发生率,2015,5e-324,%\n全国,医院感染发生率,2016,3.9,%\n")
    findings = validate(plan, read_observations(data, skip_bad_rows=True))
    assert all(f.code != "unreadable" for f in findings)
    from checker.data.jumps import slip_factor
    assert slip_factor(5e-324, 3.9) is None and slip_factor(0.039, 3.9) == 2
