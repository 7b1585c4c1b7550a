"""Forty-first round: a province's many-region files (t_national #1–#6 and the minor ones): places written short,
codes under two names, namesakes with their city left blank, codes Excel wrote in scientific notation, row order."""

from __future__ import annotations

import pytest

from files import HEAD, check, written

#: a plan of 山东省 whose 婴儿死亡率 is at most 3.3‰ in 2025 (the tester's template, shortened)
PLAN = HEAD.replace("甲市", "山东省").replace("  target_years: [2025]\n", "  target_years: [2025]\n"
                                                "  references: {province: 山东省}\n") + """\
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: ‰
    direction: down
    targets:
      2025: {text: "降至3.3‰"}
"""
#: a national plan whose 居民健康素养水平 is to be above its province's
NATIONAL = HEAD.replace("甲市", "全国").replace("  target_years: [2025]\n", "  target_years: [2025]\n"
                                             "  references: {nation: 全国}\n") + """\
  - id: lit
    name: {zh: 居民健康素养水平}
    unit: "%"
    direction: up
    targets:
      2025: {text: "高于全省平均水平"}
"""


def _both_readers(monkeypatch, path: str):
    """The regions (or the error) of ``path`` read by rows and by columns (every file sent to the columnar reader)."""
    from checker.data import readers
    from checker.data.observations import read_rows
    from checker.errors import CheckerError

    def regions(reader) -> object:
        try:
            found = reader(path)
        except CheckerError as error:
            return str(error)
        return sorted({region for region, _ in found.series} if hasattr(found, "series") else
                      {item.region for item in found.items})

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    return regions(readers.read_observations), regions(read_rows)


def _rows(output: str, region: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(region + ",")]


# --- #1: a 地市 written 济南 in some years and 济南市 in others ------------------------------------------------------

CITY_SHORT = ("省份,地市,区县,指标,年份,数值\n山东省,,,婴儿死亡率,2020,3.5\n山东省,,,婴儿死亡率,2025,3.4\n"
              "山东省,济南市,,婴儿死亡率,2020,3.2\n山东省,济南市,历下区,婴儿死亡率,2020,3.0\n"
              "山东省,济南市,槐荫区,婴儿死亡率,2020,3.1\n山东省,济南,,婴儿死亡率,2025,3.3\n"
              "山东省,济南,历下区,婴儿死亡率,2025,3.6\n山东省,济南,槐荫区,婴儿死亡率,2025,3.2\n")


def test_a_city_written_short_in_some_years_is_one_city(tmp_path, monkeypatch):
    """历下区 became 济南市历下区 (2020, a pass on stale data) and 济南历下区 (2025, a fail): one district, two verdicts."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, CITY_SHORT)
    result = check(plan, data, "--all-regions", "--format", "csv")
    assert result.exit_code == 1, result.output
    assert [line.split(",")[10] for line in _rows(result.output, "历下区")] == ["fail"]
    assert ",2025,3.6," in _rows(result.output, "历下区")[0]
    assert "济南历下区" not in result.output and "济南市历下区" not in result.output
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows == sorted(["历下区", "槐荫区", "山东省", "济南市"])


def test_place_variants_need_the_short_name_in_the_column():
    from checker.data.observations import place_variants

    assert place_variants(["济南", "济南市", "枣庄市"]) == {"济南": "济南市"}
    assert place_variants(["东营", "东营市", "东营区"]) == {}  # two fuller names: not for a guess
    assert place_variants(["东营市", "东营区"]) == {}  # a city and its district: two places


# --- #2: one 行政区划代码 under a short and a full name ---------------------------------------------------------------

def test_one_code_under_a_short_and_a_full_name_is_refused(tmp_path, monkeypatch):
    """历城 (2020) and 历城区 (2025) under 370112 were judged as two regions, 历城 on its 2020 rows as if current."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, "行政区划代码,地区,指标,年份,数值\n370000,山东省,婴儿死亡率,2025,3.0\n"
                             "370112,历城,婴儿死亡率,2020,5.0\n370112,历城区,婴儿死亡率,2025,3.1\n")
    result = check(plan, data, "--all-regions")
    assert result.exit_code == 2
    assert "the code 370112 is '历城' at" in result.output and "'历城区' here: one place under two names" in result.output
    assert "e.g. 历城区" in result.output  # the name in full
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows and "one place under two names" in by_rows


# --- #3: a namesake's row with its city left blank ------------------------------------------------------------------

def test_a_namesake_with_its_city_blank_is_refused_naming_the_candidates(tmp_path, monkeypatch):
    """江苏省 | (blank) | 鼓楼区 became a region 江苏省鼓楼区, which no map has, while 南京市鼓楼区 was judged on 2020."""
    plan = written(tmp_path, NATIONAL, "plan.yaml")
    data = written(tmp_path, "省份,地市,区县,指标,年份,数值\n江苏省,,,居民健康素养水平,2025,35\n"
                             "江苏省,南京市,鼓楼区,居民健康素养水平,2020,30\n江苏省,徐州市,鼓楼区,居民健康素养水平,2025,36\n"
                             "江苏省,,鼓楼区,居民健康素养水平,2025,33\n")
    result = check(plan, data, "--all-regions")
    assert result.exit_code == 2
    assert "data.csv:5:2: the row of '鼓楼区' names 江苏省 and no finer place" in result.output
    assert "南京市鼓楼区、徐州市鼓楼区" in result.output and "南京市 or 徐州市" in result.output
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows and "no finer place" in by_rows
    # 北京市 | (blank) | 朝阳区 beside 长春市's 朝阳区: no other 朝阳区 lies in 北京市, so the row is 北京市朝阳区's
    data = written(tmp_path, "省份,地市,区县,指标,年份,数值\n北京市,,朝阳区,居民健康素养水平,2025,30\n"
                             "吉林省,长春市,朝阳区,居民健康素养水平,2025,28\n", "municipality.csv")
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows == ["北京市朝阳区", "长春市朝阳区"]


# --- #4: a code cell that lost digits ----------------------------------------------------------------------------

@pytest.mark.parametrize("header, cell, why", [
    ("统计用区划代码", "3.20102E+11", "'3.20102E+11' is a code Excel wrote as a number in scientific notation"),
    ("行政区划代码", "3.2E+11", "'3.2E+11' is a code Excel wrote as a number in scientific notation, rounded to 2"),
    ("行政区划代码", "32010", "'32010' has 5 digits"),
])
def test_a_code_that_lost_digits_is_refused_at_its_cell(tmp_path, monkeypatch, header, cell, why):
    """玄武区 under 3.20102E+11 (a 统计用区划代码 re-saved by Excel) lost its province without a word: n/a, "the plan does
    not say which is 全省"."""
    plan = written(tmp_path, NATIONAL, "plan.yaml")
    data = written(tmp_path, f"{header},地区,指标,年份,数值\n320000000000,江苏省,居民健康素养水平,2025,35\n"
                             f"{cell},玄武区,居民健康素养水平,2025,30\n")
    result = check(plan, data, "--all-regions")
    assert result.exit_code == 2 and f"data.csv:3:1: the code cell of 玄武区: {why}" in result.output
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows and "the code cell of 玄武区" in by_rows


def test_a_six_digit_code_in_scientific_notation_is_read_and_a_code_column_of_indicators_is_not_refused(tmp_path):
    """3.20102E+05 keeps all six digits: 玄武区 is placed in 江苏省. Under a bare `code` header, five digits are no
    行政区划代码 (an indicator's code may have any digits): left out, as before."""
    from checker.data.observations import admin_code, code_digits_lost

    assert admin_code("3.20102E+05") == "320102" and admin_code("3.2E+05") == "320000"
    assert admin_code("3.20102E+11") is None and code_digits_lost("10101", "code") is None
    plan = written(tmp_path, NATIONAL, "plan.yaml")
    data = written(tmp_path, "行政区划代码,地区,指标,年份,数值\n320000,江苏省,居民健康素养水平,2025,35\n"
                             "3.20102E+05,玄武区,居民健康素养水平,2025,36\n")
    result = check(plan, data, "--all-regions", "--format", "csv")
    assert result.exit_code == 0 and ",pass," in _rows(result.output, "玄武区")[0]


# --- #5: namesakes with a code column, sorted by year or split in two files ----------------------------------------

MZ_2020 = ("行政区划代码,省份,地市,区县,指标,年份,数值\n370000,山东省,,,婴儿死亡率,2020,3.5\n"
           "370103,山东省,济南市,市中区,婴儿死亡率,2020,3.0\n370402,山东省,枣庄市,市中区,婴儿死亡率,2020,3.6\n")
MZ_2025 = ("370000,山东省,,,婴儿死亡率,2025,3.4\n370103,山东省,济南市,市中区,婴儿死亡率,2025,3.1\n"
           "370402,山东省,枣庄市,市中区,婴儿死亡率,2025,3.5\n")


def test_namesakes_with_codes_sorted_by_year_are_judged(tmp_path, monkeypatch):
    """Refused as "the code 370103 is '市中区' … and '济南市市中区' here" (a label no cell holds) unless 济南's rows came
    first; the columnar reader, for files from 1 MiB, accepted the same table."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, MZ_2020 + MZ_2025)
    result = check(plan, data, "--all-regions", "--format", "csv")
    assert result.exit_code == 1, result.output
    assert ",fail," in _rows(result.output, "枣庄市市中区")[0] and ",pass," in _rows(result.output, "济南市市中区")[0]
    by_columns, by_rows = _both_readers(monkeypatch, data)
    assert by_columns == by_rows == ["山东省", "枣庄市市中区", "济南市市中区"]
    first = written(tmp_path, MZ_2020, "a.csv")
    second = written(tmp_path, MZ_2020.split("\n", 1)[0] + "\n" + MZ_2025, "b.csv")
    assert check(plan, first, second, "--all-regions").exit_code == 1


def test_a_code_of_two_namesakes_is_refused_in_the_files_words(tmp_path):
    """One code on both 市中区 rows: the message quotes the cells (市中区, under 济南市), not checker's own label."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, MZ_2020.replace("370402", "370103") + MZ_2025.replace("370402", "370103"))
    result = check(plan, data, "--all-regions")
    assert result.exit_code == 2
    assert "the code 370103 is '市中区' (济南市) at" in result.output and "'市中区' (枣庄市) here" in result.output
    assert "e.g. 市中区" in result.output


# --- #6 and the minor ones: the messages ---------------------------------------------------------------------------

def test_a_city_row_no_target_compares_with_is_neither_told_to_rename_nor_called_a_reference(tmp_path):
    """东营市 was told "是否指 东营区？若是，请在数据中写作“东营区”" (its own district), and stderr called the city rows
    references while the table said they were not."""
    plan = written(tmp_path, NATIONAL.replace("全国", "山东省").replace("nation: 山东省", "province: 山东省"), "plan.yaml")
    data = written(tmp_path, "省份,地市,区县,指标,年份,数值\n山东省,,,居民健康素养水平,2025,30\n"
                             "山东省,东营市,,居民健康素养水平,2025,31\n山东省,东营市,东营区,居民健康素养水平,2025,32\n"
                             "山东省,东营市,垦利区,居民健康素养水平,2025,29\n")
    result = check(plan, data, "--all-regions")
    assert "东营市" in result.output and "是否指 东营区" not in result.output
    assert "rows are used for nothing: no target compares with a place of their level" in result.output
    assert "so its rows are those regions' references" not in result.output


def test_same_place_is_one_name_without_its_ending():
    from checker.data.matching import same_place

    assert same_place("东营市", ("东营区", "山东省")) is None
    assert same_place("福建", ("福建省",)) == "福建省" and same_place("湖南省", ("湖南",)) == "湖南"


def test_a_region_of_two_namesakes_asked_alone_says_two_places(tmp_path):
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, (MZ_2020 + MZ_2025).replace("行政区划代码,", "").replace("\n370000,", "\n")
                   .replace("\n370103,", "\n").replace("\n370402,", "\n"))
    result = check(plan, data, "--regions", "市中区")
    assert result.exit_code == 2 and "the data has 2 places named 市中区" in result.output
    assert "did you mean 枣庄市市中区 or 济南市市中区?" in result.output


def test_a_conflicting_duplicate_of_a_city_merged_down_says_why(tmp_path):
    """A sheet whose 地市 is merged down, saved as CSV: 济南's 市中区 (地市 blank) and 枣庄's were "conflicting duplicate
    … keep one row per region"; the cause is the blank 地市 cells."""
    plan = written(tmp_path, PLAN, "plan.yaml")
    data = written(tmp_path, "省份,地市,区县,指标,年份,数值\n山东省,,,婴儿死亡率,2025,3.4\n山东省,济南市,历下区,婴儿死亡率,2025,3.0\n"
                             "山东省,,市中区,婴儿死亡率,2025,3.1\n山东省,枣庄市,市中区,婴儿死亡率,2025,3.5\n")
    result = check(plan, data, "--all-regions")
    assert result.exit_code == 2 and "conflicting duplicate" in result.output
    assert "some rows of 市中区 leave the 地市 cell empty and others name 枣庄市" in result.output
