"""Yes/no data: a deliverable (实现, 建成: kind ``achieved``) is judged on 是/否 (1/0), and only there
(and for full coverage) does a yes/no cell stand for a value.

- A number other than 1 or 0 in a deliverable's row (92.61: a share written where the yes/no belongs)
  was read as "yes" because it is at least 1, and the target passed. Now ``check`` says n/a with the
  reason and ``validate`` finds the row (``not-yes-no``).
- A 是 for full coverage in % (全覆盖: "100%, or yes", as ``explain`` says) was read as 1% and failed;
  it stands for 100%. A 是 for an indicator whose targets need a number (≥80岁) was read as 1 岁 and
  failed; it is refused at its cell (``check`` exit 2, ``validate`` ``yes-no``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data import columnar
from checker.data.readers import read_observations
from checker.errors import CheckerError
from checker.data.validate import validate
from checker.judge.engine import evaluate
from files import plan_from, written

PLAN = """\
plan:
  id: deliverables
  title: {zh: 交付测试}
  region: 甲市
  base_year: 2020
  target_years: [2030]
indicators:
  - id: health_city
    name: {zh: 国家卫生城市创建}
    unit: null
    direction: up
    targets:
      2030: {text: 建成, rule: {kind: achieved}}
  - id: coverage
    name: {zh: 覆盖率}
    unit: "%"
    direction: up
    targets:
      2030: {text: ≥90%}
  - id: signed_up
    name: {zh: 家庭医生签约覆盖}
    unit: "%"
    direction: up
    targets:
      2030: {text: 全覆盖}
  - id: clinics
    name: {zh: 村卫生室建设}
    unit: null
    direction: up
    targets:
      2030: {text: 全覆盖}
  - id: centres
    name: {zh: 每乡镇标准化卫生院}
    unit: 所
    direction: up
    targets:
      2030: {text: 全覆盖}
"""


@pytest.fixture
def plan(tmp_path: Path):
    return plan_from(tmp_path, PLAN)


def _data(tmp_path: Path, cell: str) -> str:
    return written(tmp_path, f"region,indicator,year,value\n甲市,国家卫生城市创建,2030,{cell}\n甲市,覆盖率,2030,92.61\n")


@pytest.mark.parametrize("cell, status", [("是", "pass"), ("1", "pass"), ("否", "fail"), ("0", "fail"),
                                          ("√", "pass"), ("×", "fail"), ("Y", "pass"), ("n", "fail"), ("有", "pass"),
                                          ("没有", "fail"),
                                          ("92.61", "n/a"), ("100", "n/a"), ("0.5", "n/a"), ("2", "n/a")])
def test_only_yes_or_no_decides_a_deliverable(tmp_path: Path, plan, cell: str, status: str) -> None:
    results = evaluate(plan, read_observations(_data(tmp_path, cell)))
    found = {r.indicator: r for r in results.results}
    assert found["health_city"].status == status, found["health_city"].reason.en
    if status == "n/a":
        assert "not yes/no" in found["health_city"].reason.en
        assert cell in found["health_city"].reason.zh
    assert found["coverage"].status == "pass"  # the same number is a fine share for a share


@pytest.mark.parametrize("cell, flagged", [("是", False), ("0", False), ("92.61", True), ("100", True)])
def test_validate_finds_a_number_where_yes_or_no_belongs(tmp_path: Path, plan, cell: str, flagged: bool) -> None:
    findings = validate(plan, read_observations(_data(tmp_path, cell), skip_bad_rows=True))
    codes = [(f.code, f.line, f.column) for f in findings if f.code == "not-yes-no"]
    assert codes == ([("not-yes-no", 2, 4)] if flagged else [])


def _rows(tmp_path: Path, rows: str) -> str:
    return written(tmp_path, "region,indicator,year,value\n" + rows, "rows.csv")


@pytest.mark.parametrize("name, cell, status, value", [
    ("家庭医生签约覆盖", "是", "pass", 100.0), ("家庭医生签约覆盖", "否", "fail", 0.0),
    ("村卫生室建设", "是", "pass", 100.0), ("村卫生室建设", "已完成", "pass", 100.0),
    ("每乡镇标准化卫生院", "是", "pass", 1.0), ("每乡镇标准化卫生院", "否", "fail", 0.0),
    ("家庭医生签约覆盖", "1", "fail", 1.0),  # the number 1 is 1%, as written
])
def test_yes_for_full_coverage_is_coverage_everywhere(tmp_path: Path, plan, name: str, cell: str, status: str,
                                                      value: float) -> None:
    results = evaluate(plan, read_observations(_rows(tmp_path, f"甲市,{name},2030,{cell}\n")))
    found = [r for r in results.results if r.name_zh == name][0]
    assert (found.status, found.value) == (status, value), found.reason.en
    assert found.evidence["observation"]["text"] == cell


@pytest.mark.parametrize("cell", ["是", "否", "yes", "已完成"])
def test_yes_or_no_where_a_number_is_needed_is_refused_at_its_cell(tmp_path: Path, plan, cell: str) -> None:
    path = _rows(tmp_path, f"甲市,覆盖率,2029,88\n甲市,覆盖率,2030,{cell}\n")
    with pytest.raises(CheckerError) as raised:
        evaluate(plan, read_observations(path))
    assert raised.value.location.line == 3 and raised.value.location.column == 4
    assert "yes or no" in raised.value.message and "%" in raised.value.message
    findings = validate(plan, read_observations(path, skip_bad_rows=True))
    assert [(f.code, f.line) for f in findings if f.code in ("yes-no", "unit")] == [("yes-no", 3)]


def test_data_read_by_columns_leaves_a_yes_that_stands_for_another_value_to_the_row_reader(tmp_path: Path,
                                                                                           plan) -> None:
    pytest.importorskip("polars")
    plain = _rows(tmp_path, "甲市,国家卫生城市创建,2030,是\n甲市,覆盖率,2030,92\n")
    assert columnar.match(plan, columnar.read((plain,))).series  # a deliverable's yes is 1 on either path
    for rows in ("甲市,家庭医生签约覆盖,2030,是\n", "甲市,覆盖率,2030,是\n"):
        path = _rows(tmp_path, rows)
        with pytest.raises(columnar.Unsuitable):
            columnar.match(plan, columnar.read((path,)))
    path = _rows(tmp_path, "甲市,家庭医生签约覆盖,2030,是\n")
    series = columnar.read((path,)).match(plan).series  # read again row by row
    assert [p.value for p in series[("甲市", "signed_up")].values()] == [100.0]


def test_the_table_marks_a_verdict_on_a_preliminary_figure(tmp_path: Path, plan) -> None:
    from click.testing import CliRunner

    from checker.cli import main

    path = _rows(tmp_path, "甲市,覆盖率,2030,92.5（快报数）\n甲市,家庭医生签约覆盖,2030,99.2*\n")
    plan_file = tmp_path / "plan.yaml"
    done = CliRunner().invoke(main, ["check", str(plan_file), path, "--as-of", "2030"],
                              env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert "92.5% (2030, 快报数)" in done.output
    assert "99.2% (2030, *)" in done.output


def test_every_report_that_names_the_observed_value_marks_a_preliminary_figure(tmp_path: Path, plan) -> None:
    from checker.reporters import observed

    path = _rows(tmp_path, "甲市,覆盖率,2030,92.5（快报数）\n")
    [result] = [r for r in evaluate(plan, read_observations(path)).results if r.indicator == "coverage"]
    assert observed(result) == "92.5% (2030, 快报数)"
    assert observed(result, "en") == "92.5% (2030, 快报数)"
