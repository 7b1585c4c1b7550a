"""Round 35, data, second wave: a national table by place with an indicator heading merged over its year columns
(机构数(个) over 2017年 | 2018年 | 增减数 | 增减(%)) is read, each place × indicator × year column one observation; a cell
in the 万 number format is read as its header's or name's unit says where the shown 万 agrees with it; a 合计 row that
heads a table by place is named a total row in the refusal that offers the regions to choose."""
from __future__ import annotations

import json
from pathlib import Path

from files import check, workbook_of, written

#: a plan of 北京市 of two 2008 counts (the tester's 北京卫生统计简报 plan)
BJ_PLAN = """\
plan: {id: bj08, title: {zh: 北京市卫生资源}, region: 北京市, base_year: 2005, target_years: [2008]}
indicators:
  - id: health_institutions
    name: {zh: 医疗卫生机构数}
    aliases: [卫生机构]
    unit: 个
    direction: up
    targets: {2008: {text: "≥4800个"}}
  - id: hospital_beds
    name: {zh: 医院床位数}
    aliases: [医院床位]
    unit: 张
    direction: up
    targets: {2008: {text: "≥76000张"}}
"""


def test_total_row_heading_a_table_by_place_is_named_in_the_refusal(tmp_path: Path) -> None:
    """A table by place headed by 合计 (no row naming 北京市) was refused as "no rows for 北京市" with 合计 offered as one
    more region to choose with --region; nothing said it is a total row, nor that naming it 北京市 (or 全市) counts it."""
    data = written(tmp_path, "全市各区县卫生资源状况（2008年）,,\n地区,卫生机构（个）,医院床位（张）\n合计,4835,75610\n"
                             "东城区,365,8033\n门头沟区,122,2295\n")
    result = check(written(tmp_path, BJ_PLAN, "plan.yaml"), data)
    assert result.exit_code == 2, result.output
    assert "the data has no rows for 北京市" in result.output
    assert "'合计' is a total row, not read as 北京市's" in result.output
    assert "name it 北京市 (or 全市)" in result.output
