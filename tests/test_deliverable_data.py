"""A deliverable (实现, 建成: kind ``achieved``) is judged on yes/no data: 是/否, 1/0.

A number other than 1 or 0 in its row (92.61: a share written where the yes/no belongs) was read as
"yes" because it is at least 1, and the target passed. Now ``check`` says n/a with the reason and
``validate`` finds the row (``not-yes-no``, an error at its cell).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data.readers import read_observations
from checker.data.validate import validate
from checker.judge.engine import evaluate
from checker.plan.loader import load_plan

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
"""


@pytest.fixture
def plan(tmp_path: Path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return load_plan(str(path))


def _data(tmp_path: Path, cell: str) -> str:
    path = tmp_path / "data.csv"
    path.write_text(f"region,indicator,year,value\n甲市,国家卫生城市创建,2030,{cell}\n甲市,覆盖率,2030,92.61\n",
                    encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("cell, status", [("是", "pass"), ("1", "pass"), ("否", "fail"), ("0", "fail"),
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
