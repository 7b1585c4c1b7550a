"""Round 37, a tester's many-region run over a city's districts and a county's towns (w2_regions):

- #1: a ``合计`` beside a city plan's own districts was called the total of the plan's nearest reference (福建省, or
  全国) — following the hint made the city's total the 全省 value. It is the total of the place the regions lie in:
  by the row's code where the file has one, else the plan's region when the regions lie below it, else the plan's
  reference a level above them; none where the names cannot tell. ``validate`` decides by the same function.
- #2: the report's cover linked any http/https address: a bidi override (U+202E), a look-alike host in other scripts,
  a user name before ``@`` and a backslash made the text shown another place than the link opened. Only a plain ASCII
  address is linked now; any other is shown as text, invisible characters as escapes, with why it is no link.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from files import HEAD, check, written

from checker.cli import main

#: a city plan (泉州市) comparing with its province: 人均预期寿命 (up), 2020 baseline of its own
CITY_PLAN = HEAD.replace("甲市", "泉州市").replace("  target_years: [2025]\n", """\
  target_years: [2025]
  references: {province: 福建省, nation: 全国}
""") + """\
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    baseline: {2020: 79.6}
    targets: {2025: {text: "≥80.5"}}
"""
#: 泉州市's districts and a 合计 of them, with the county-level codes (GB/T 2260) or without
DISTRICTS = """\
code,region,indicator,year,value,unit
350500,合计,人均预期寿命,2023,80.1,岁
350502,鲤城区,人均预期寿命,2023,80.9,岁
350503,丰泽区,人均预期寿命,2023,81.2,岁
350582,晋江市,人均预期寿命,2023,80.3,岁
"""


def _total_line(tmp_path: Path, plan: str, data: str, *arguments: str) -> str:
    done = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, data), "--all-regions", *arguments)
    assert done.exit_code in (0, 1), done.output
    return next(line for line in done.output.splitlines() if "合计" in line and ("合计行" in line or "total row" in line))


@pytest.mark.parametrize("data", [DISTRICTS, "\n".join(line.split(",", 1)[1] for line in DISTRICTS.splitlines())],
                         ids=["codes", "names"])
def test_a_total_beside_a_city_plans_districts_is_the_citys(tmp_path: Path, data: str) -> None:
    """The districts of a 泉州市 plan lie in 泉州市: the 合计 is its total, never 福建省's (references.province)."""
    line = _total_line(tmp_path, CITY_PLAN, data)
    assert "泉州市（规划的 region）的合计，请在数据中写作“泉州市”" in line
    assert "福建省" not in line and "全省" not in line
    en = _total_line(tmp_path, CITY_PLAN, data, "--lang", "en")
    assert "if it is the total of 泉州市, where these regions lie (the plan's region), name it 泉州市" in en


def test_a_total_beside_a_county_plans_towns_is_the_countys_and_not_its_city(tmp_path: Path) -> None:
    """南安市's 街道 and 镇 lie in 南安市, not in its references.city 泉州市; and 全市 is not offered for a county-level
    市 whose plan names a city too (which 全市 it is, is not for a guess)."""
    plan = CITY_PLAN.replace("泉州市", "南安市").replace("{province: 福建省", "{city: 泉州市, province: 福建省")
    data = ("地区,指标,年份,数值,单位\n溪美街道,人均预期寿命,2023,80.9,岁\n柳城街道,人均预期寿命,2023,80.2,岁\n"
            "省新镇,人均预期寿命,2023,79.8,岁\n合计,人均预期寿命,2023,80.3,岁\n")
    line = _total_line(tmp_path, plan, data)
    assert "南安市（规划的 region）的合计，请在数据中写作“南安市”，" in line
    assert "泉州市" not in line and "全市" not in line


def test_a_total_of_the_plans_peers_is_never_a_place_of_another_level(tmp_path: Path) -> None:
    """A county-level plan with only a nation reference over its city's districts: the 合计 is not 全国's (five
    districts cannot total to the nation); no place is offered, and the line says to name it in the references."""
    plan = CITY_PLAN.replace("泉州市", "晋江市").replace("{province: 福建省, nation: 全国}", "{nation: 全国}")
    line = _total_line(tmp_path, plan, DISTRICTS)
    assert "全国" not in line and "references" in line


def test_the_rows_own_code_says_the_level_of_the_place_it_totals(tmp_path: Path) -> None:
    """The row's own code comes first: 350000 is a province's, so that 合计 is 福建省's; 350500 a city's: 泉州市's."""
    line = _total_line(tmp_path, CITY_PLAN, DISTRICTS.replace("350500,合计", "350000,合计"))
    assert "福建省（规划的 references.province）的合计，请在数据中写作“福建省”" in line
    line = _total_line(tmp_path, CITY_PLAN, DISTRICTS)
    assert "泉州市（规划的 region）的合计" in line and "福建省" not in line


def test_check_and_validate_name_the_same_place_for_a_total(tmp_path: Path) -> None:
    """One decision for both commands (``total_place``): the plan's region for a 总计 beside its districts."""
    from checker.data.matching import total_place

    fields = {"region": "泉州市", "references.province": "福建省", "references.nation": "全国"}
    assert total_place(fields, ("鲤城区", "丰泽区", "晋江市")) == ("region", "泉州市")
    assert total_place(fields, ("泉州市",)) == ("region", "泉州市")
    plan = written(tmp_path, CITY_PLAN, "plan.yaml")
    data = written(tmp_path, DISTRICTS.replace("350500,合计", ",总计"))
    done = CliRunner().invoke(main, ["validate", "--plan", plan, data])
    assert "if it is 泉州市's total, name it 泉州市" in done.output


# --- #2: the report cover's address ------------------------------------------------------------------------------------

def _cover(tmp_path: Path, url: str) -> str:
    plan = CITY_PLAN.replace("  target_years: [2025]\n", "  target_years: [2025]\n  source: {document: 泉政办〔2021〕1号, "
                             "file: plan.txt, url: '" + url.replace("'", "''") + "'}\n")
    out = tmp_path / "report.html"
    done = CliRunner().invoke(main, ["report", written(tmp_path, plan, "plan.yaml"), written(tmp_path, DISTRICTS),
                                     "--region", "鲤城区", "-o", str(out)])
    assert done.exit_code == 0, done.output
    html = out.read_text(encoding="utf-8")
    start = html.index('<dd class="url">')
    return html[start:html.index("</dd>", start)]


@pytest.mark.parametrize("url, shown, why", [
    ("https://www.quanzhou.gov.cn/\u202egpj.exe", "https://www.quanzhou.gov.cn/\\u202egpj.exe", "不可见"),
    ("https://www.qu\u0430nzhou.gov.cn/", "https://www.qu\u0430nzhou.gov.cn/", "非 ASCII"),
    ("http://evil.example\\@good.gov.cn/", "http://evil.example\\@good.gov.cn/", "反斜杠"),
    ("https://www.quanzhou.gov.cn@evil.example/x", "https://www.quanzhou.gov.cn@evil.example/x", "用户信息"),
    ("https://www.quanzhou.gov.cn/\u200bx", "https://www.quanzhou.gov.cn/\\u200bx", "不可见"),
    ("http://evil.example/a b", "http://evil.example/a b", "空白"),
    ("https://", "https://", "缺少主机名"),
], ids=["bidi", "homograph", "backslash", "userinfo", "zero-width", "space", "no-host"])
def test_an_address_that_is_not_plain_is_shown_as_text_saying_why(tmp_path: Path, url: str, shown: str, why: str):
    """Not a link, the invisible characters as escapes, and the reason in words."""
    cover = _cover(tmp_path, url)
    assert "<a " not in cover and "href" not in cover
    assert shown.replace("&", "&amp;") in cover and why in cover and "未设为链接" in cover
    assert "\u202e" not in cover and "\u200b" not in cover


def test_of_two_look_alike_addresses_only_the_plain_one_is_a_link(tmp_path: Path) -> None:
    """A plain address (a port, a query, a fragment) is a link as before; its look-alike with a Cyrillic а is not."""
    url = "https://www.quanzhou.gov.cn:443/zfb/xxgk/index.html?a=1&b=2#top"
    assert f'<a href="{url.replace("&", "&amp;")}" rel="noopener noreferrer">' in _cover(tmp_path, url)
    assert "<a " not in _cover(tmp_path, url.replace("quanzhou", "qu\u0430nzhou"))


# --- #5: an empty source.url, a town table's header ------------------------------------------------------------------

def test_a_source_url_left_empty_is_none_as_if_left_out(tmp_path: Path) -> None:
    """``url: null`` (a draft's empty key) refused the plan (exit 2); it is none: no address, source_url null."""
    import json

    plan = written(tmp_path, CITY_PLAN.replace("  target_years: [2025]\n", "  target_years: [2025]\n  source: "
                                               "{document: 泉政办〔2021〕1号, url: null}\n"), "plan.yaml")
    done = check(plan, written(tmp_path, DISTRICTS), "--region", "鲤城区", "--format", "json")
    assert done.exit_code in (0, 1), done.output
    assert json.loads(done.output[done.output.index("{"):])["plan"]["source_url"] is None


@pytest.mark.parametrize("header", ["乡镇", "街道", "乡镇（街道）"])
def test_a_town_tables_region_header_is_its_region_column(tmp_path: Path, header: str) -> None:
    """A county's table of its towns heads its names 乡镇 or 街道: the region column, not "no region name column"."""
    plan = CITY_PLAN.replace("泉州市", "南安市")
    data = (f"{header},指标,年份,数值,单位\n溪美街道,人均预期寿命,2023,80.9,岁\n柳城街道,人均预期寿命,2023,80.2,岁\n")
    done = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, data), "--all-regions")
    assert done.exit_code in (0, 1), done.output
    assert "2 个地区" in done.output


# --- #3, #4: a place's own-level units and a part total; a total row is no region to offer --------------------------

#: 泉州市 and 福州市 with a 地市 column: each city's 合计, 泉州市's 市辖区, 福州市's 市本级 (its own-level units)
TWO_CITIES = """\
地市,区县,指标,年份,数值,单位
泉州市,合计,人均预期寿命,2023,80.1,岁
泉州市,市辖区,人均预期寿命,2023,80.8,岁
泉州市,鲤城区,人均预期寿命,2023,80.9,岁
泉州市,晋江市,人均预期寿命,2023,80.3,岁
福州市,合计,人均预期寿命,2023,80.4,岁
福州市,鼓楼区,人均预期寿命,2023,81.5,岁
福州市,市本级,人均预期寿命,2023,82.0,岁
"""


def test_a_citys_own_level_units_are_no_region_and_a_part_total_names_its_city(tmp_path: Path) -> None:
    """市本级 (the units a city runs itself) was judged as a region; 市辖区 under its 地市 cell was "neither a region nor a
    reference". Both are left out, each said to be a part of its city and not its total."""
    plan = CITY_PLAN.replace("泉州市", "晋江市").replace("{province: 福建省", "{city: 泉州市, province: 福建省")
    done = check(written(tmp_path, plan, "plan.yaml"), written(tmp_path, TWO_CITIES), "--all-regions")
    assert done.exit_code in (0, 1), done.output
    assert "3 个地区" in done.output  # 鲤城区, 晋江市, 鼓楼区
    own = next(line for line in done.output.splitlines() if "“市本级”" in line)
    assert "福州市本级（福州市直属单位）的行，是福州市的一部分，不是一个地区，也不是福州市的合计" in own
    part = next(line for line in done.output.splitlines() if "“市辖区”" in line)
    assert "是泉州市的部分合计行（市辖区），不是一个地区，也不是泉州市的合计" in part and "既不是" not in part


def test_a_place_named_with_its_own_level_units_and_code_is_not_the_place(tmp_path: Path) -> None:
    """``350500,泉州市本级`` was taken for 泉州市 by its code ("other regions lie in it") and then called unknown; and
    ``350501,市辖区`` names its city by the code 350500 of 泉州市合计."""
    data = DISTRICTS + "350500,泉州市合计,人均预期寿命,2020,79.6,岁\n350500,泉州市本级,人均预期寿命,2023,81.0,岁\n" \
                       "350501,市辖区,人均预期寿命,2023,80.8,岁\n"
    done = check(written(tmp_path, CITY_PLAN, "plan.yaml"), written(tmp_path, data), "--all-regions")
    assert done.exit_code in (0, 1), done.output
    assert "other regions of the data lie in it" not in done.output
    own = next(line for line in done.output.splitlines() if "“泉州市本级”" in line)
    assert "泉州市直属单位" in own and "既不是" not in own
    part = next(line for line in done.output.splitlines() if "“市辖区”" in line)
    assert "泉州市的部分合计行（市辖区）" in part


def test_a_one_region_check_never_offers_a_total_row_as_the_region(tmp_path: Path) -> None:
    """No rows for 泉州市 but 泉州市合计's: the hint said "did you mean 泉州市合计? … choose one with --region"; it now
    says to name the total 泉州市, as validate and --all-regions do."""
    data = "code,region,indicator,year,value,unit\n350500,泉州市合计,人均预期寿命,2023,80.1,岁\n" \
           "350502,鲤城区,人均预期寿命,2023,80.9,岁\n"
    done = check(written(tmp_path, CITY_PLAN, "plan.yaml"), written(tmp_path, data))
    assert done.exit_code == 2
    assert "did you mean 泉州市合计" not in done.output
    assert "name it 泉州市" in done.output
