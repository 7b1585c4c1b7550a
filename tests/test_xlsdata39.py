"""Thirty-ninth round, a city's yearbook workbooks (广州统计年鉴 卫生 tables): a row's own 每万人口 read as its rate,
population parts in a region column, 全市 in validate, a grouping column before 地区, a bilingual header, and region
warnings at the region's cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import HEAD, check, indicator_plan, workbook_of, written

_BEDS = HEAD + """\
  - id: beds
    name: {zh: 每千常住人口医疗卫生机构床位数}
    aliases: [每万人口卫生机构床位数]
    unit: 张/千人
    direction: up
    targets:
      2025: {text: "达到6.0张"}
  - id: doctors
    name: {zh: 每千常住人口执业（助理）医师数}
    aliases: [每万人口执业(助理)医师数]
    unit: 人
    direction: up
    targets:
      2025: {text: "≥3.6"}
"""


def _json(result) -> dict:
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def _values(report: dict) -> dict:
    return {(row["region"], row["indicator"]): (row["value"], row["status"]) for row in report["results"]}


# --- 1. a yearbook row 每万人口… aliased to a plan's indicator per 1,000 ------------------------------------------


@pytest.mark.parametrize("unit", ["张", ""])
def test_a_row_named_per_ten_thousand_is_read_per_ten_thousand(tmp_path: Path, unit: str) -> None:
    """广州统计年鉴 18-26 writes ``每万人口卫生机构床位数 | 张 | 54.24 | 56.62``; aliased to the plan's per-1,000
    indicator it was read as 56.62 张/千人 and passed 达到6.0张. The row's own name says per 10,000: 5.662 per 1,000,
    progress judged from 5.424 (ratio 2.07)."""
    data = written(tmp_path, "指标,年份,数值,单位\n"
                   f"每万人口卫生机构床位数,2020,54.24,{unit}\n每万人口卫生机构床位数,2021,56.62,{unit}\n"
                   f"每万人口执业(助理)医师数,2020,33.26,{unit and '人'}\n每万人口执业(助理)医师数,2021,35.20,{unit and '人'}\n")
    found = _values(_json(check(written(tmp_path, _BEDS, "plan.yaml"), data, "--format", "json")))
    assert found[("甲市", "beds")][0] == pytest.approx(5.662), found
    assert found[("甲市", "doctors")][0] == pytest.approx(3.52), found


def test_a_row_named_per_ten_thousand_in_a_workbook(tmp_path: Path) -> None:
    """The same yearbook row in a workbook (title, 项目/单位, years as columns): 5.662 and 3.52, not 56.62 and 35.2."""
    book = workbook_of({"18-26": [["18-26 卫生事业其他指标"], ["项目", "单位", 2020, 2021],
                                  ["每万人口卫生机构床位数", "张", 54.24, 56.62],
                                  ["每万人口执业(助理)医师数", "人", 33.26, 35.20]]}, tmp_path / "yb.xlsx")
    found = _values(_json(check(written(tmp_path, _BEDS, "plan.yaml"), book, "--format", "json")))
    assert found[("甲市", "beds")][0] == pytest.approx(5.662), found
    assert found[("甲市", "doctors")][0] == pytest.approx(3.52), found
