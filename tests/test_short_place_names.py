"""Rows of a place written by its short name (福建 for the plan's 福建省) are not read as that place's —
that would be a guess — but the line that lists them as left out says which place they may be."""

from __future__ import annotations

import pytest

from checker.data.matching import same_place


@pytest.mark.parametrize("name, meant", [
    ("福建", "福建省"), ("福建省", None), ("泉州", "泉州市"), ("广西", "广西壮族自治区"), ("晋江市", None),
    ("南安市", None), ("福州", None),
])
def test_a_short_name_is_hinted(name, meant):
    places = ("南安市", "泉州市", "福建省", "全国", "广西壮族自治区")
    assert same_place(name, places) == meant


def test_the_left_out_line_names_the_place(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main

    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值\n南安市,国民体质监测合格率,2030,93.1\n福建,国民体质监测合格率,2030,92.5\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "nanan-2030", str(data), "--as-of", "2030"])
    assert "是否指 福建省" in result.output
    assert "缺少福建省2030年的参照值" in result.output  # still n/a: the short name is not taken for the place
