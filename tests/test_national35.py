"""Round 35, national: a provincial file with 行政区划代码, 地市, 区县 columns whose own total row is written by its
code and a whole-of-level name (420000 | 全省 | (no county)) gave its counties the total's name (全省) as their
province, while its rows were read as the province the plan names (湖北省): every county's 低于全省平均水平 was n/a
"缺少全省2025年的参照值" and the row was listed nowhere. Each form is judged on the row-by-row path and on the columnar
one (read and judged by columns), which must agree word for word."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, written

#: a plan of ``{province}`` comparing a county's 5岁以下儿童死亡率 with its province's
PLAN = """\
plan:
  id: p1
  title: {{zh: 县域指标}}
  region: {province}
  references: {{province: {province}, nation: 全国}}
  base_year: 2020
  target_years: [2025]
indicators:
  - id: under5_mortality
    name: {{zh: 5岁以下儿童死亡率}}
    unit: ‰
    direction: down
    targets:
      2025: {{text: 低于全省平均水平}}
"""

HEADER = "行政区划代码,地市,区县,指标,年份,数值,单位\n"


def _report(tmp_path: Path, monkeypatch, plan: str, data: str, by_columns: bool, *chosen: str) -> dict:
    """The JSON report of ``check`` of ``data`` (``chosen``: its region options), read and judged row by row or
    (``by_columns``) by columns, whatever its size."""
    from checker.data import readers
    from checker.judge import columns

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0 if by_columns else 2**40)
    monkeypatch.setenv(columns.FORCE_ENV, "1" if by_columns else "0")
    result = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, data), *chosen, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{"):])


def _both(tmp_path: Path, monkeypatch, plan: str, data: str) -> dict:
    """The ``--all-regions`` report, once the row-by-row and columnar paths are found alike, and alike with the
    county checked alone (``--region``)."""
    by_rows = _report(tmp_path, monkeypatch, plan, data, False, "--all-regions")
    by_columns = _report(tmp_path, monkeypatch, plan, data, True, "--all-regions")
    for key in ("results", "unused_rows", "data_warnings"):
        assert by_rows[key] == by_columns[key], key
    for result in by_rows["results"]:
        alone = _report(tmp_path, monkeypatch, plan, data, False, "--region", result["region"])
        assert [{**found, "region": result["region"]} for found in alone["results"]] == [result]
    return by_rows


@pytest.mark.parametrize("province, code, city, county, total", [
    ("湖北省", "42", "武汉市", "江岸区", "全省"),
    ("广西壮族自治区", "45", "南宁市", "兴宁区", "全自治区"),
])
def test_province_total_row_with_its_code_is_the_province(tmp_path: Path, monkeypatch, province: str, code: str,
                                                         city: str, county: str, total: str) -> None:
    """420000 | 全省 | (no county): the code made 全省 the county's province, while the row was read as 湖北省 (the
    plan's, as ``whole_of`` says): the county's 低于全省平均水平 found no 全省 and was n/a, the row in no list. 全自治区
    (450000) of a 广西 plan fell through the same gap."""
    data = (HEADER + f"{code}0000,{total},,5岁以下儿童死亡率,2025,4.0,‰\n"
            f"{code}0102,{city},{county},5岁以下儿童死亡率,2025,2.0,‰\n")
    report = _both(tmp_path, monkeypatch, PLAN.format(province=province), data)
    [result] = report["results"]
    assert (result["region"], result["status"]) == (county, "pass"), result
    assert result["reason"]["zh"] == f"2025年 2‰，{province}（全省）4‰，目标 < 4‰：达标"
    assert result["evidence"]["reference"]["line"] == 2
    assert report["unused_rows"] == [] and report["data_warnings"] == []
