"""A data table from Hong Kong, Macau or Taiwan writes its header in traditional characters (地區, 指標,
年份, 數值, 單位). Its names, units and regions were read as the simplified ones, but the header was
not: the file was refused with a wrong diagnosis ("the years run down the rows")."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.data.readers import read_observations
from checker.judge.engine import evaluate
from checker.plan.loader import load_plan


@pytest.mark.parametrize("header", ["地區,指標,年份,數值,單位", "縣市,指標名稱,統計年度,指標值,計量單位"])
def test_a_traditional_header_reads_as_the_simplified_one(tmp_path: Path, header: str) -> None:
    path = tmp_path / "data.csv"
    path.write_text(f"{header}\n南安市,人均預期壽命,2030,80.1,歲\n南安市,嬰兒死亡率,2030,2.1,‰\n", encoding="utf-8")
    observations = read_observations(str(path))
    assert [(o.region, o.indicator, o.year, o.value, o.unit) for o in observations.items] == [
        ("南安市", "人均預期壽命", 2030, 80.1, "岁"), ("南安市", "嬰兒死亡率", 2030, 2.1, "‰")]
    results = evaluate(load_plan("nanan-2030"), observations)
    judged = {(r.indicator, r.target_text): r.status for r in results.results if r.value is not None}
    assert judged[("life_expectancy", "79.7")] == "pass"
    assert judged[("infant_mortality", "≤4‰")] == "pass"


def test_english_headers_of_statistical_tables(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("County,Indicator Name,Year,Value,Unit of measure,Remarks\n"
                    "南安市,Infant mortality rate,2030,2.1,‰,provisional figure\n", encoding="utf-8")
    [item] = read_observations(str(path)).items
    assert (item.region, item.indicator, item.value, item.unit, item.notes) == (
        "南安市", "Infant mortality rate", 2.1, "‰", ("provisional figure",))
