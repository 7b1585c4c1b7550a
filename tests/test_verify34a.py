"""Thirty-fourth round, second look at body text (verify1): counts built or rebuilt (新建, 改建 …) named as the new
ones, places as groups after a measure, 实事 items of other verbs and counters, list marks, HK pledges worded
without 會在, and smaller names."""

from __future__ import annotations

from pathlib import Path

import pytest

from files import check, drafted_of, drafted_targets, written

HEAD = "某县卫生健康事业发展“十四五”规划\n\n"


def _notes(text: str) -> dict[str, str]:
    """The review notes of every target drafted from ``text``, by indicator name (joined)."""
    return {name: review or "" for name, _, _, review in drafted_targets(text)}


@pytest.mark.parametrize("sentence, drafted", [
    ("到2025年，新建5个社区医院。", {("新建社区医院", 2025, "新建5个")}),
    ("到2025年，改建认知障碍照护床位220张。", {("改建认知障碍照护床位", 2025, "220张")}),
    ("到2030年，新建两所县级医院。", {("新建县级医院", 2030, "新建两所")}),
    ("到2025年，扩建3所县级医院。", {("扩建县级医院", 2025, "扩建3所")}),
    ("到2025年，新设4个社区卫生服务站。", {("新设社区卫生服务站", 2025, "新设4个")}),
    ("到2030年，新增两个社区卫生服务中心。", {("新增社区卫生服务中心", 2030, "新增两个")}),
])
def test_a_count_built_is_no_level_of_the_total(sentence, drafted):
    """新建5个社区医院 (改建…220张, 新建两所…) was drafted as the level 5个 of 社区医院, no note: a county with 12 that built
    5 failed by 160%. Like 新增, a count after 新建/改建/扩建/新设 names the new ones and is flagged; 新增两个 (a
    Chinese-numeral count after 新增) is read as 新增6个 is."""
    text = HEAD + sentence + "\n"
    assert drafted_of(text) == drafted
    assert all("counts what is added, built or done" in note for note in _notes(text).values())
    # (建成N个 counts what stands built at the end: it stays the level)
    assert drafted_of(HEAD + "到2025年，建成5个社区医院。\n") == {("社区医院", 2025, "5个")}


def test_a_county_that_built_its_count_is_not_failed_against_the_total(tmp_path: Path):
    """The total's rows (社区医院 12 → 13) were judged against ≈5个 and failed by 160%; now they match no indicator."""
    from click.testing import CliRunner

    from checker.cli import main

    plan = written(tmp_path, HEAD + "到2025年，新建5个社区医院。\n", "plan.txt")
    drafted = CliRunner().invoke(main, ["extract", plan, "-o", str(tmp_path / "plan.yaml")])
    assert drafted.exit_code == 0, drafted.output
    data = written(tmp_path, "地区,指标,年份,数值,单位\n某县,社区医院,2020,12,个\n某县,社区医院,2025,13,个\n")
    result = check(tmp_path / "plan.yaml", data)
    assert "160%" not in result.output and "不通过 0" in result.output, result.output


@pytest.mark.parametrize("sentence, drafted", [
    ("到2025年，新建3间社区卫生服务站。", {("新建社区卫生服务站", 2025, "新建3间")}),
    ("到2025年，增設5間地區康健中心。", {("增设地区康健中心", 2025, "增設5間")}),
])
def test_the_counter_jian_counts(sentence, drafted):
    """新建3间社区卫生服务站, 增設5間地區康健中心 were lost (间 was no count word; 个/個 were read)."""
    assert drafted_of(HEAD + sentence + "\n") == drafted


def test_a_place_after_a_measure_is_the_measure_for_its_people():
    """`高血压患者规范管理率，城市达到70%、农村达到60%` drafted indicators named 城市 and 农村, with no note (the people-group
    fix took 老年人, 儿童 … but no place): each is now the measure for that place, flagged."""
    text = HEAD + "到2025年，高血压患者规范管理率，城市达到70%、农村达到60%。\n"
    assert drafted_of(text) == {("城市高血压患者规范管理率", 2025, "达到70%"), ("农村高血压患者规范管理率", 2025, "达到60%")}
    assert all("the same measure for" in note for note in _notes(text).values())


REAL_LIST = ("2025年区政府实事项目和重点工程安排\n\n一、实事项目\n\n1.*新增1家社区长者食堂、*3家乡村长者照护之家\n\n"
             "2.*打造1条敬老爱老服务公交线路\n\n3.*为义务教育学校普通教室安装200台空调\n\n"
             "4.*在居民小区和重点公共场所增配125台自动式体外除颤器（AED）\n\n5.*建设改善30间生产一线职工工间休息室\n\n"
             "6.*新增20个公办幼儿园托班托额，*推进18个社区“宝宝屋”扩优提质\n\n7.*培训4000名持证应急救护员、2000名应急救护普及员\n\n"
             "8.*新增筹措供应200张“新时代城市建设者管理者之家”床位\n\n"
             "9.为不少于2.5万名退休和生活困难妇女提供免费妇科病和乳腺病检查\n")


def test_the_items_of_a_year_list_are_each_drafted():
    """崇明's 实事 list (real, 2025): items marked `*` were lost or named `*新增`; 打造1条…/推进18个… (verbs that open actions),
    为…安装200台…, 在…增配125台…, 建设改善30间… and 为不少于2.5万名… were lost without a word (left_out empty);
    应急救护普及员 was cut at 及 and 新增筹措供应 named 新增筹措供. Each is now a 2025 target: what is added or done
    counted and flagged, 打造 a count built."""
    assert drafted_of(REAL_LIST) == {
        ("新增社区长者食堂", 2025, "新增1家"), ("新增乡村长者照护之家", 2025, "3家"),
        ("敬老爱老服务公交线路", 2025, "1条"), ("安装空调", 2025, "安装200台"),
        ("增配自动式体外除颤器（AED）", 2025, "增配125台"), ("建设改善生产一线职工工间休息室", 2025, "建设改善30间"),
        ("新增公办幼儿园托班托额", 2025, "新增20个"), ("推进社区“宝宝屋”扩优提质", 2025, "推进18个"),
        ("培训持证应急救护员", 2025, "培训4000名"), ("培训应急救护普及员", 2025, "2000名"),
        ("新增筹措供应“新时代城市建设者管理者之家”床位", 2025, "新增筹措供应200张"),
        ("退休和生活困难妇女免费妇科病和乳腺病检查人数", 2025, "不少于2.5万名")}


@pytest.mark.parametrize("pledge, drafted", [
    ("百分之九十的緊急類別病人，會在30分鐘內得到診治。", ("紧急类别病人在30分钟内得到诊治的比例", 2026, "百分之九十")),
    ("八成半的新症病人於8星期內獲安排首次診症。", ("新症病人于8星期内获安排首次诊症的比例", 2026, "八成半")),
    ("九成的普通科門診病人，可於預約時間30分鐘內獲診治。", ("普通科门诊病人于预约时间30分钟内获诊治的比例", 2026, "九成")),
])
def test_hong_kong_pledges_of_other_wordings_are_shares(pledge, drafted):
    """A share in Chinese numerals (百分之九十的…病人，會在…) gave two junk targets named 百分之九十的紧急类别病人, and pledges
    worded 於…內獲… (the Hospital Authority's) were lost with nothing left out: each is the share of those units, flagged."""
    text = "2026年服務承諾目標\n\n" + pledge + "\n"
    assert drafted_of(text) == {drafted}
    assert all("a share written before the units" in note for note in _notes(text).values())


def test_the_people_of_a_city_and_staff_joined_by_he():
    """杭州市民众健康素养水平 in 杭州市's plan was named 市民众健康素养水平 (民众 was taken for 市民's 民); staff joined by 和
    (主要负责人和职业卫生管理人员职业卫生培训率) were one indicator with no note."""
    assert drafted_of("杭州市卫生健康事业发展“十四五”规划\n\n到2025年，杭州市民众健康素养水平达到40%以上。\n") == {
        ("民众健康素养水平", 2025, "达到40%以上")}
    text = HEAD + "到2025年，用人单位主要负责人和职业卫生管理人员职业卫生培训率达到95%以上。\n"
    assert drafted_of(text) == {("用人单位主要负责人职业卫生培训率", 2025, "达到95%以上"),
                                ("职业卫生管理人员职业卫生培训率", 2025, "达到95%以上")}
    assert all("one of several indicators" in note for note in _notes(text).values())
