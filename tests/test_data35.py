"""Round 35, data: a yearbook's table by place — places down, indicators across, its one year only in the title
(表14-3 各县（市、区）…（2023年）) — is read, each place row × indicator column one observation of that year; where the
year is not certain it is refused naming the layout. A 合计 row beside a plan's counties is said to be a total row
left out, and how to make it count."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, workbook_of, written

#: a city's plan of three counts in 2023 (the tester's 镇江市 plan, cut down)
PLAN = """\
plan: {id: zj, title: {zh: 镇江市卫生资源}, region: 镇江市, base_year: 2020, target_years: [2023]}
indicators:
  - id: health_institutions
    name: {zh: 医疗卫生机构数}
    aliases: [机构数]
    unit: 个
    direction: up
    targets: {2023: {text: "≥1200个"}}
  - id: beds_total
    name: {zh: 医疗卫生机构床位数}
    aliases: [床位数]
    unit: 万张
    direction: up
    targets: {2023: {text: "≥1.8万张"}}
  - id: nurses_total
    name: {zh: 注册护士数}
    aliases: [注册护士]
    unit: 人
    direction: up
    targets: {2023: {text: "≥11500人"}}
"""


def _statuses(output: str) -> dict[str, str]:
    """Indicator id → status of a JSON report."""
    return {result["indicator"]: result["status"] for result in json.loads(output)["results"]}


def test_total_row_beside_counties_is_named_a_total_row(tmp_path: Path) -> None:
    """A 合计 row among counties was listed as "neither the region checked nor a reference" and validate's hint said
    "correct the region": nothing said it was left out because it is a total, or that naming it 镇江市 (or 全市)
    would make it count, while the target beside it said "no data"."""
    data = written(tmp_path, "地区,指标,年份,数值,单位\n京口区,注册护士数,2023,2950,人\n丹阳市,注册护士数,2023,3100,人\n"
                             "合计,注册护士数,2023,11088,人\n镇江市,医疗卫生机构数,2023,1235,个\n")
    plan = written(tmp_path, PLAN, "plan.yaml")
    result = check(plan, data)
    assert result.exit_code == 0, result.output
    assert "地区“合计”是合计行，未作为镇江市的数据读取" in result.output
    assert "请在数据中写作“镇江市”（或“全市”）" in result.output
    english = check(plan, data, "--lang", "en")
    assert "region '合计' is a total row, not read as 镇江市's" in english.output
    assert "name it 镇江市 (or 全市)" in english.output
    from click.testing import CliRunner

    from checker.cli import main

    validated = CliRunner().invoke(main, ["validate", "--plan", plan, data])
    assert "'合计' is a total row" in validated.output and "correct the region" not in validated.output.split(
        "'合计'")[1], validated.output
    # named 全市, it counts (a fail: 11088 < 11500)
    named = written(tmp_path, "地区,指标,年份,数值,单位\n京口区,注册护士数,2023,2950,人\n全市,注册护士数,2023,11088,人\n",
                    "named.csv")
    assert _statuses(check(plan, named, "--format", "json").output)["nurses_total"] == "fail"
