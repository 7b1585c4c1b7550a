"""Round 35: a sheet named by a place's short name (扬州) or by its 健康XX campaign (健康扬州指标) over a title naming the
place in full (扬州市) is that place's, not two places."""
from __future__ import annotations

from pathlib import Path

import pytest

from files import check, workbook_of, written

PLAN = """plan: {id: yz-min, title: {zh: 健康扬州}, source: {file: plan.txt}, region: 扬州市, base_year: 2021, target_years: [2022]}
indicators:
  - id: health_literacy
    name: {zh: 居民健康素养水平}
    unit: '%'
    direction: up
    targets:
      2022: {text: 不低于28%, source: {line: 9, quote: 居民健康素养水平不低于28%}}
"""


@pytest.mark.parametrize("sheet, title", [("扬州", "扬州市健康扬州建设主要指标监测表"),
                                          ("健康扬州指标", "扬州市健康扬州建设主要指标监测表"),
                                          ("健康扬州", "扬州市主要指标监测表")])
def test_sheet_and_title_naming_one_place_are_read(tmp_path: Path, sheet: str, title: str) -> None:
    """Each was refused: 'the sheet is named 扬州 (or 健康扬州) but its title names 扬州市' — 扬州 is 扬州市 without the
    ending of its level, and 健康扬州 is the campaign, not a place."""
    rows = [[title], ["指标", "单位", "2022年"], ["居民健康素养水平", "%", 28.0]]
    book = workbook_of({sheet: rows}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, PLAN, "plan.yaml"), str(book), "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"status": "pass"' in result.output


def test_sheet_and_title_naming_two_places_are_still_refused(tmp_path: Path) -> None:
    """泰州 is not 扬州市: whose rows these are stays not for a guess."""
    rows = [["扬州市主要指标监测表"], ["指标", "单位", "2022年"], ["居民健康素养水平", "%", 28.0]]
    book = workbook_of({"泰州": rows}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, PLAN, "plan.yaml"), str(book))
    assert result.exit_code == 2
    assert "the sheet is named '泰州'" in result.output


def test_campaign_sheet_without_title_names_the_place(tmp_path: Path) -> None:
    """Without a title, 健康扬州指标 made every row the region 健康扬州, a place that does not exist; it is 扬州's."""
    rows = [["指标", "单位", "2022年"], ["居民健康素养水平", "%", 28.0]]
    book = workbook_of({"健康扬州指标": rows}, tmp_path / "data.xlsx")
    result = check(written(tmp_path, PLAN, "plan.yaml"), str(book))
    assert "regions in the data: 健康扬州" not in result.output and "as 健康扬州" not in result.output
    assert "regions in the data: 扬州" in result.output  # (the hint names the sheet '健康扬州指标' it came from)
