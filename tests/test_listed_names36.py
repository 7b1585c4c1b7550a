"""Round 36: names of indicators listed before 分别, a table-wide unit against the catalogue, 实事 lists under a plain year.

- ``高血压、2型糖尿病患者基层规范管理服务率分别达到70%、65%以上`` drafted ``高血压尿病患者…``: the first name was completed by
  cutting as many characters off the last one as it has (2型糖 is as long as 高血压). Three items drafted ``高血压`` and
  ``2型糖尿病`` alone, and ``适龄妇女宫颈癌、乳腺癌筛查覆盖率`` drafted ``适龄妇女宫颈癌`` and ``乳腺癌筛查覆盖率``.
- A table-wide unit (``2020年（%）`` over the years) went to 人均预期寿命 and 每千人口医师数 too: check showed 79.6%.
- Under ``2025年，办好以下10件民生实事：`` the ``新增…`` items were dropped without a word.
"""

from __future__ import annotations

import pytest

from files import check, draft_of_file, drafted_of, drafted_targets, written


@pytest.mark.parametrize("values", ["70%、65%以上", "70%和65%以上"])
def test_a_digit_in_the_last_listed_disease_does_not_cut_the_first_name(values):
    """高血压、2型糖尿病患者…分别…: the first name took 尿病患者… (the last one cut at the first one's length)."""
    drafted = drafted_of(f"到2025年，高血压、2型糖尿病患者基层规范管理服务率分别达到{values}。")
    assert drafted == {("高血压患者基层规范管理服务率", 2025, "达到70%以上"),
                       ("2型糖尿病患者基层规范管理服务率", 2025, "达到65%以上")}


@pytest.mark.parametrize("listed, names", [
    ("高血压、2型糖尿病规范管理率", {"高血压规范管理率", "2型糖尿病规范管理率"}),
    ("高血压、糖尿病、严重精神障碍管理率", {"高血压管理率", "糖尿病管理率", "严重精神障碍管理率"})])
def test_diseases_listed_before_a_measure_with_no_group_word_keep_their_names(listed, names):
    """With no 患者 the last one was cut at the first one's length too: 高血压尿病规范管理率, 高血压神障碍管理率."""
    values = "、".join(f"{60 + at}%" for at in range(len(names)))
    assert {name for name, _, _ in drafted_of(f"到2025年，{listed}分别达到{values}。")} == names


def test_three_listed_diseases_each_take_the_shared_measure():
    """高血压、2型糖尿病、严重精神障碍患者规范管理率: the first two were drafted as 高血压 and 2型糖尿病, no measure, no note."""
    drafted = drafted_targets("到2025年，高血压、2型糖尿病、严重精神障碍患者规范管理率分别达到70%、65%、90%。")
    assert {(name, words) for name, _, words, _ in drafted} == {
        ("高血压患者规范管理率", "达到70%"), ("2型糖尿病患者规范管理率", "达到65%"), ("严重精神障碍患者规范管理率", "达到90%")}
    assert all("completed from the last one" in review for *_, review in drafted)


def test_a_shared_head_and_a_shared_tail_both_complete_the_names():
    """适龄妇女宫颈癌、乳腺癌筛查覆盖率: drafted 适龄妇女宫颈癌 (no measure, yet %, up) and 乳腺癌筛查覆盖率 (its women lost)."""
    assert drafted_of("到2025年，适龄妇女宫颈癌、乳腺癌筛查覆盖率分别达到70%、60%。") == {
        ("适龄妇女宫颈癌筛查覆盖率", 2025, "达到70%"), ("适龄妇女乳腺癌筛查覆盖率", 2025, "达到60%")}


def test_a_listed_part_that_names_no_measure_is_flagged():
    """A list whose short names cannot be completed (of different lengths, no group or disease to cut at) drafted the
    bare names with only "check the pairing": a name with no measure beside one with it must say so."""
    drafted = drafted_targets("到2025年，中心城区、县城、农村生活污水处理率分别达到98%、95%、80%。")
    bare = {name: review for name, _, _, review in drafted if not name.endswith("率")}
    assert set(bare) == {"中心城区", "县城"} and all("names no measure" in review for review in bare.values())


def _table(tmp_path, rows: str):
    path = tmp_path / "plan.md"
    path.write_text("# 某县“十四五”卫生健康规划\n\n表1　主要指标\n\n| 指标名称 | 2020年（%） | 2025年（%） | 属性 |\n"
                    "|---|---|---|---|\n" + rows, encoding="utf-8")
    return draft_of_file(path)[0]


def test_a_table_wide_unit_of_another_kind_yields_to_the_catalogues(tmp_path):
    """`2020年（%）` over 人均预期寿命 and 每千常住人口执业（助理）医师数 drafted both in %, and check showed 79.6%. A row's own
    unit (its name's brackets) still wins over both."""
    draft = _table(tmp_path, "| 居民健康素养水平 | 25.3 | 30 | 预期性 |\n| 人均预期寿命 | 78.5 | 79.5 | 预期性 |\n"
                             "| 每千常住人口执业（助理）医师数 | 2.4 | 3.0 | 预期性 |\n"
                             "| 每千常住人口注册护士数（人/千人） | 3.1 | 3.8 | 预期性 |\n")
    by_name = {item["name"]["zh"]: item for item in draft.indicators}
    assert {name: item["unit"] for name, item in by_name.items()} == {
        "居民健康素养水平": "%", "人均预期寿命": "岁", "每千常住人口执业（助理）医师数": "人", "每千常住人口注册护士数": "人/千人"}
    assert "gives the unit %, but the catalogue's indicator is in 岁" in by_name["人均预期寿命"]["review"]
    assert "gives the unit %" not in by_name["居民健康素养水平"].get("review", "")


def test_the_checked_value_shows_the_catalogues_unit(tmp_path):
    """With the header's % the report said `2025年 79.6%，目标 ≥ 79.5%`; the drafted plan is now in 岁."""
    path = tmp_path / "plan.md"
    path.write_text("# 某县“十四五”卫生健康规划\n\n| 指标名称 | 2020年（%） | 2025年（%） | 属性 |\n|---|---|---|---|\n"
                    "| 人均预期寿命 | 78.5 | 79.5 | 预期性 |\n", encoding="utf-8")
    from checker.documents.draft import build, to_yaml
    from checker.documents.readers import read_document

    plan = written(tmp_path, to_yaml(build(read_document(path)), "plan.md"), "plan.yaml")
    result = check(plan, written(tmp_path, "指标,地区,年份,数值\n人均预期寿命,某县,2025,79.6\n"))
    assert result.exit_code == 0, result.output
    assert "79.6岁" in result.output and "79.6%" not in result.output


@pytest.mark.parametrize("lead", ["2025年，办好以下10件民生实事：", "2025年，重点推进以下民生实事项目："])
def test_a_plain_year_leading_a_projects_list_sets_its_items_year(lead):
    """Under `2025年，办好以下10件民生实事：` the 新增… items were dropped with no left-out count (新建… was drafted), while
    under `到2025年底，完成以下民生实事：` all three were; a year's list of what was done (完成了以下工作) still sets none."""
    items = "1. 新建村卫生室12个。\n2. 新增托位800个。\n3. 新增床位200张。\n"
    drafted = drafted_of(f"2025年泉州市卫生健康民生实事项目\n\n{lead}\n{items}")
    assert drafted == drafted_of(f"2025年泉州市卫生健康民生实事项目\n\n到2025年底，完成以下民生实事：\n{items}")
    assert {name for name, _, _ in drafted} == {"新建村卫生室", "新增托位", "新增床位"}
    assert {year for _, year, _ in drafted} == {2025}
    assert not any(name.startswith("新增") for name, _, _ in drafted_of(f"2024年，完成了以下工作：\n{items}"))


def test_a_projects_lead_that_names_its_place_sets_its_items_year():
    """`2025年，湖北省将办好以下十大民生项目：` (a second-wave tester's real 湖北 list) was refused as having no year: the lead
    pattern allowed 全省 but not the place's own name before 将."""
    text = ("湖北省民生项目\n2025年，湖北省将办好以下十大民生项目：\n1、加快建设普惠托育服务体系，千人口托位数达到4.5个。\n"
            "2、推动全省公办幼儿园在园幼儿占比达到56%以上。\n")
    assert {(name, year) for name, year, _ in drafted_of(text)} == {("千人口托位数", 2025), ("公办幼儿园在园幼儿占比", 2025)}
