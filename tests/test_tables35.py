"""Round 35: indicator tables in documents — base values that name their own year, a group row's domain over a PDF
page break, a date line run on into a PDF's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.documents.draft import build, to_yaml
from checker.documents.readers import read_document
from files import check, written

pytest.importorskip("bs4")

_HEAD = "<h1>健康张掖行动实施方案（2022—2035年）</h1><p>张掖市人民政府 2022年3月</p>"


def _current_values(cells: list[str]) -> Path:
    """A table of 现状值 (no year in the header) | 2025年 | 2030年, its base cells ``cells``, one a row."""
    rows = [("人均预期寿命", "岁", "78.5", "79.5"), ("婴儿死亡率", "‰", "≤5.0", "≤4.5"),
            ("孕产妇死亡率", "1/10万", "≤14", "≤12")]
    body = "".join(f"<tr><td>{name}</td><td>{unit}</td><td>{cell}</td><td>{first}</td><td>{second}</td></tr>"
                   for (name, unit, first, second), cell in zip(rows, cells))
    return ("<table border='1'><tr><th>指标</th><th>单位</th><th>现状值</th><th>2025年</th><th>2030年</th></tr>"
            f"{body}</table>")


@pytest.mark.parametrize("cells", [["77.8（2020年）", "4.6（2020年）", "15.2（2020年）"],
                                   ["2020年77.8", "2020年：4.6", "2020年为15.2"]])
def test_base_values_that_name_their_year_give_the_plans_base_year(tmp_path, cells):
    """A 现状值 column whose cells name their own year (77.8（2020年）, 2020年77.8) was drafted with the base year from
    the date (2021 for a plan dated 2022年3月): every stated baseline went unused, and `check` said the plan had no
    baseline. The base year is now the year the base values name; `check` judges progress from them."""
    page = tmp_path / "plan.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{_HEAD}{_current_values(cells)}</body></html>",
                    encoding="utf-8")
    draft = build(read_document(page))
    assert draft.plan["base_year"] == 2020, draft.plan
    assert all(2020 in item["baseline"] for item in draft.indicators), [item["baseline"] for item in draft.indicators]
    assert "guessed" not in draft.plan.get("review", ""), draft.plan["review"]
    plan = written(tmp_path, to_yaml(draft, "plan.html"), "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值,单位\n张掖市,人均预期寿命,2023,78.35,岁\n")
    result = check(plan, data, "--as-of", "2023")
    assert "缺少基期值" not in result.output and "2020年基期值" in result.output, result.output


def test_base_values_of_mixed_years_take_the_most_rows_year_and_name_the_others(tmp_path):
    """Base cells of 2020 and 2021 under one 现状值 column: the base year was the date's (2021), silently leaving the
    2020 values unused. It is now the year most rows' values name (2020), and the plan's note names the rows of
    another year (2021), whose progress is judged from 2020."""
    page = tmp_path / "plan.html"
    cells = ["77.8（2020年）", "4.6（2021年）", "15.2（2020年）"]
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{_HEAD}{_current_values(cells)}</body></html>",
                    encoding="utf-8")
    draft = build(read_document(page))
    assert draft.plan["base_year"] == 2020, draft.plan
    assert "1 row(s) give a base of 2021" in draft.plan["review"], draft.plan["review"]
    assert [item["baseline"] for item in draft.indicators] == [{2020: "77.8（2020年）"}, {2021: "4.6（2021年）"},
                                                               {2020: "15.2（2020年）"}]
