"""Round 36, multi-region layouts: a title line over a 年份 heading with the years in a second header row (the CSV was
refused, its message naming a column the file does not have), a 直辖市's districts with the 地市 cell blank and no
code column (no 全市, blamed on the plan), and a 自治州's own row under its short name (恩施州) over counties whose
地市 cell gives the full name (its rows judged as a county's, the counties' 全市 n/a, nothing said). Each region file
is judged on the row-by-row path and on the columnar one, which must agree word for word."""
from __future__ import annotations

import json
from pathlib import Path

from files import HEAD, check, written

#: a plan of 甲市: 孕产妇死亡率 falling year on year, 每千人口注册护士数 not below the city's (全市) average
PLAN = HEAD + """\
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: 1/10万
    direction: down
    targets: {2025: {text: "逐年下降"}}
  - id: nurses
    name: {zh: 每千人口注册护士数}
    unit: 人/千人
    direction: up
    targets: {2025: {text: "不低于全市平均水平"}}
"""

#: a national-style header without codes, and with them
NAMES = "省份,地市,区县,指标,年份,数值,单位\n"
CODED = "省份,地市,区县,行政区划代码,指标,年份,数值,单位\n"


def _report(tmp_path: Path, monkeypatch, data: str, by_columns: bool, *chosen: str) -> dict:
    """The JSON report of ``check`` of ``data`` as of 2026, read and judged row by row or (``by_columns``) by
    columns, whatever its size."""
    from checker.data import readers
    from checker.judge import columns

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0 if by_columns else 2**40)
    monkeypatch.setenv(columns.FORCE_ENV, "1" if by_columns else "0")
    result = check(written(tmp_path, PLAN, "plan.yaml"), written(tmp_path, data), *chosen, "--as-of", "2026",
                   "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output[result.output.index("{"):])


def _nurses(tmp_path: Path, monkeypatch, data: str) -> tuple[dict[str, dict], list[str]]:
    """Each judged region's 全市 result and the data warnings of ``--all-regions``, once the two paths agree."""
    by_rows = _report(tmp_path, monkeypatch, data, False, "--all-regions")
    by_columns = _report(tmp_path, monkeypatch, data, True, "--all-regions")
    for key in ("results", "unused_rows", "data_warnings"):
        assert by_rows[key] == by_columns[key], key
    return ({item["region"]: item for item in by_rows["results"] if item["indicator"] == "nurses"},
            by_rows["data_warnings"])


# --- 1. a title line over a 年份 heading over the years ---------------------------------------------------------------

def test_title_over_a_year_heading_in_two_rows_is_read(tmp_path: Path) -> None:
    """A title line (湖北省江岸区卫生健康主要指标) over ``指标,单位,年份,,`` and ``,,2024年,2025年,2026年`` was refused
    (exit 2): the title's place, added as a 地区 column, gave the row of years a cell the heading does not stand
    over, so the row was no row of years; the same file without the title, or as the workbook it was saved from,
    is read. The years are now joined to the header before the title's place is added."""
    data = written(tmp_path, "2026年湖北省江岸区卫生健康主要指标\n指标,单位,年份,,\n,,2024年,2025年,2026年\n"
                             "一、孕产妇死亡率,（1/10万）,11,10,9\n")
    result = check(written(tmp_path, PLAN.replace("甲市", "江岸区"), "plan.yaml"), data, "--as-of", "2026",
                   "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    mmr = next(item for item in report["results"] if item["indicator"] == "mmr")
    assert (mmr["status"], mmr["year"], mmr["value"]) == ("pass", 2026, 9.0)


def test_title_over_a_year_heading_over_places_is_read(tmp_path: Path) -> None:
    """The same with a region column under a province's title (湖北省各市州…: a 省份 column added): refused as well."""
    data = written(tmp_path, "湖北省各市州卫生健康主要指标\n地区,指标,单位,年份,,\n,,,2024年,2025年,2026年\n"
                             "武汉市,孕产妇死亡率,1/10万,11,10,9\n宜昌市,孕产妇死亡率,1/10万,12,11,13\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data, "--all-regions", "--as-of", "2026",
                   "--format", "json")
    assert result.exit_code == 1, result.output
    found = {item["region"]: item["status"] for item in json.loads(result.output)["results"]
             if item["indicator"] == "mmr"}
    assert found == {"武汉市": "pass", "宜昌市": "fail"}


def test_refusal_under_a_title_names_the_added_column_as_added(tmp_path: Path) -> None:
    """Where the row under the 年份 heading is no row of years, the refusal's "header found" listed '地区', the
    column the reader added for the title's place, as if the file had it; it is now named as added."""
    data = written(tmp_path, "湖北省卫生健康主要指标\n指标,单位,年份,,\n,,2024年,备注,2026年\n孕产妇死亡率,1/10万,11,10,9\n")
    result = check(written(tmp_path, PLAN, "plan.yaml"), data, "--format", "json")
    assert result.exit_code == 2
    assert "header found: '指标', '单位', '年份', '', '' (then '地区', added for the place the title names)" \
        in result.output


# --- 2. a 直辖市's districts with no city cell ------------------------------------------------------------------------

def test_municipality_is_its_districts_city_without_codes(tmp_path: Path, monkeypatch) -> None:
    """东城区 under 省份 北京市 with the 地市 cell blank and no code column had no 全市: its 不低于全市平均水平 was n/a
    "规划未指明全市是哪个地区" (blaming the plan) and 北京市's row unused, while with 行政区划代码 it was judged against
    北京市; the same holds for 重庆市's counties. A 直辖市 is its districts' city, as their codes say."""
    rows = ("北京市,,,每千人口注册护士数,2026,5,人/千人\n北京市,,东城区,每千人口注册护士数,2026,6,人/千人\n"
            "重庆市,,,每千人口注册护士数,2026,5,人/千人\n重庆市,,城口县,每千人口注册护士数,2026,4,人/千人\n"
            "湖北省,武汉市,,每千人口注册护士数,2026,5,人/千人\n湖北省,武汉市,江岸区,每千人口注册护士数,2026,5.5,人/千人\n")
    found, _ = _nurses(tmp_path, monkeypatch, NAMES + rows)
    assert {region: item["status"] for region, item in found.items()} == {"东城区": "pass", "城口县": "fail",
                                                                          "江岸区": "pass"}
    assert "北京市（全市）5人/千人" in found["东城区"]["reason"]["zh"]
    coded = CODED + "".join(line.replace(",每千", f",{code},每千", 1) for line, code in zip(
        rows.splitlines(keepends=True), ("110000", "110101", "500000", "500229", "420100", "420102")))
    with_codes = _nurses(tmp_path, monkeypatch, coded)[0]
    assert {region: item["reason"] for region, item in with_codes.items()} == {
        region: item["reason"] for region, item in found.items()}


# --- 3. a 自治州's own row under its short name -----------------------------------------------------------------------

ENSHI = ("湖北省,恩施州,,422800,每千人口注册护士数,2026,3,人/千人\n"
         "湖北省,恩施土家族苗族自治州,恩施市,422801,每千人口注册护士数,2026,3.2,人/千人\n"
         "湖北省,恩施土家族苗族自治州,利川市,422802,每千人口注册护士数,2026,2.5,人/千人\n")


def test_short_prefecture_row_is_its_counties_city_by_code(tmp_path: Path, monkeypatch) -> None:
    """恩施州 (422800) over 恩施市 (422801) and 利川市 (422802), whose 地市 cell says 恩施土家族苗族自治州: the code says
    they are one place, but 恩施州 was judged as a county (every target n/a, one more region in the roll-up) and its
    counties' 全市 was n/a "缺少恩施土家族苗族自治州…的参照值", nothing said. 恩施州 is now their city."""
    found, _ = _nurses(tmp_path, monkeypatch, CODED + ENSHI)
    assert {region: item["status"] for region, item in found.items()} == {"恩施市": "pass", "利川市": "fail"}
    assert "恩施州（全市）3人/千人" in found["利川市"]["reason"]["zh"]


def test_short_prefecture_without_codes_is_named_not_merged(tmp_path: Path, monkeypatch) -> None:
    """Without codes the names alone do not make 恩施州 and 恩施土家族苗族自治州 one place: they are not merged, but
    the data warnings (standard error) now say they may be one, where nothing was said; a 地市 cell written short
    under a row of the full name is named the same way."""
    plain = "".join(",".join(line.split(",")[:3] + line.split(",")[4:]) for line in ENSHI.splitlines(keepends=True))
    found, warnings = _nurses(tmp_path, monkeypatch, NAMES + plain)
    assert found["恩施市"]["status"] == "n/a"  # (no reference: never compared with a place the data may not mean)
    assert [line for line in warnings if "恩施州" in line] == [
        "warning: the region '恩施州' and '恩施土家族苗族自治州', which the 地市 column names as its regions' city, may "
        "be one place, one name written short: not merged, '恩施州' is judged on its own rows and '恩施土家族苗族自治州' "
        "has none to compare with; if they are one, write it one way, or add the 行政区划代码 column"]
    reverse = NAMES + ("内蒙古自治区,锡林郭勒盟,,每千人口注册护士数,2026,3,人/千人\n"
                       "内蒙古自治区,锡盟,锡林浩特市,每千人口注册护士数,2026,3.2,人/千人\n")
    assert any("'锡林郭勒盟' and '锡盟'" in line for line in _nurses(tmp_path, monkeypatch, reverse)[1])
