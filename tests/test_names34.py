"""Thirty-fourth round of extract (Chinese body text): the names and readings of targets that real plans write —
a change word before a count, a group of people after the measure, a head shared by listed people, the plan's place
cut off a name, a clause about another subject, a count before the units it counts, 累计 before a change, and the note
on an amount listed under a heading."""

from __future__ import annotations

from pathlib import Path

from drafts import draft_from
from files import check, drafted_of, drafted_targets, written

HEAD = "某县卫生健康事业发展“十五五”规划\n\n"


def _notes(text: str) -> dict[str, str]:
    """The review notes of every target drafted from ``text``, by indicator name (joined)."""
    return {name: review or "" for name, _, _, review in drafted_targets(text)}


def test_a_count_added_is_no_level(tmp_path: Path):
    """新增6个社区普惠托育点 was drafted as the level 6个 of 社区普惠托育点 (新增 dropped): a city that had 120 and added one
    failed by 1916%. The draft names the new ones (新增社区普惠托育点), keeps 新增 in the words and says so; the total's
    rows then match no indicator, and nothing is judged against the wrong meaning."""
    text = "扬州市2026年卫生健康工作要点\n\n新增6个社区普惠托育点。\n"
    targets = drafted_targets(text)
    assert [(name, year, words) for name, year, words, _ in targets] == [("新增社区普惠托育点", 2026, "新增6个")]
    assert "counts what is added" in targets[0][3]
    plan = written(tmp_path, text, "plan.txt")
    from click.testing import CliRunner

    from checker.cli import main

    drafted = CliRunner().invoke(main, ["extract", plan, "-o", str(tmp_path / "plan.yaml")])
    assert drafted.exit_code == 0, drafted.output
    data = written(tmp_path, "region,indicator,year,value,unit\n扬州市,社区普惠托育点,2025,120,个\n"
                             "扬州市,社区普惠托育点,2026,121,个\n")
    result = check(tmp_path / "plan.yaml", data)
    assert result.exit_code == 0, result.output
    assert "1916" not in result.output and "不通过 0" in result.output
    # each thing of a list added is named as the new ones; the verb stands before the first count only
    assert drafted_of(HEAD + "到2030年，全县新增6个社区普惠托育点、2个托育综合服务中心。\n") == {
        ("新增社区普惠托育点", 2030, "新增6个"), ("新增托育综合服务中心", 2030, "2个")}


def test_a_group_of_people_after_the_measure_is_the_measure_for_them():
    """高血压患者规范管理率，65岁及以上老年人达到70% (and 健康体检覆盖率，老年人达到80%、儿童达到95%): the group the measure
    is given for, as 其中老年人达到85% is; the indicators were named 65岁及以上老年人, 老年人 and 儿童, with no note."""
    text = HEAD + ("到2030年，家庭医生签约服务覆盖率达到45%以上，其中老年人达到85%以上。高血压患者规范管理率，65岁及以上"
                   "老年人达到70%。健康体检覆盖率，老年人达到80%、儿童达到95%。\n")
    assert drafted_of(text) == {
        ("家庭医生签约服务覆盖率", 2030, "达到45%以上"), ("老年人家庭医生签约服务覆盖率", 2030, "达到85%以上"),
        ("65岁及以上老年人高血压患者规范管理率", 2030, "达到70%"), ("老年人健康体检覆盖率", 2030, "达到80%"),
        ("儿童健康体检覆盖率", 2030, "达到95%")}
    notes = _notes(text)
    for name in ("65岁及以上老年人高血压患者规范管理率", "老年人健康体检覆盖率", "儿童健康体检覆盖率"):
        assert "check it" in notes[name], name
    # a group with no measure before it is kept, flagged to name the measure
    alone = _notes(HEAD + "到2030年，老年人达到80%。\n")
    assert "names only a group of people" in alone["老年人"]


def test_people_listed_before_a_measure_of_people_at_work_share_it():
    """主要负责人、职业卫生管理人员职业卫生培训率均达到95%以上: both are trained (主要负责人职业卫生培训率); the first was an
    indicator named 主要负责人 (in %, up)."""
    text = "某省职业病防治规划（2016-2020年）\n\n到2020年，主要负责人、职业卫生管理人员职业卫生培训率均达到95%以上。\n"
    assert drafted_of(text) == {("主要负责人职业卫生培训率", 2020, "达到95%以上"),
                                ("职业卫生管理人员职业卫生培训率", 2020, "达到95%以上")}


def test_the_plans_place_cut_off_a_name_leaves_the_name_whole():
    """上海市民健康素养水平 is 上海 + 市民健康素养水平 (the cut took 市 and left 民健康素养水平, no catalogue id); 绍兴市的全科医师签约
    服务率 left 的全科医师签约服务率. A word of the place's own stays the place's (上海市民营医院 → 民营医院…)."""
    shanghai = "上海市卫生健康发展“十四五”规划\n\n到2025年，上海市民健康素养水平达到36%以上，上海市民营医院床位数达到3万张。\n"
    draft = draft_from(shanghai)
    names = {item["name"]["zh"]: item["id"] for item in draft.indicators}
    assert names.get("市民健康素养水平") == "health_literacy", names
    assert "民营医院床位数" in names, names
    shaoxing = "健康绍兴2030实施计划\n\n按照计划，2030年，绍兴市的全科医师签约服务率将达到85%以上。\n"
    assert drafted_of(shaoxing) == {("全科医师签约服务率", 2030, "达到85%以上")}


def test_a_clause_about_another_subject_is_no_target_of_the_indicator_before():
    """每千常住人口床位数达到6.6张，力争3家市级医院达到国家三级公立医院绩效考核A等级: the second clause counts hospitals; it was a
    second 2025 target of the beds (a `rule:` written as the note asked made it beds ≥ 3)."""
    text = "某市卫生健康规划\n\n到2025年，每千常住人口床位数达到6.6张，力争3家市级医院达到国家三级公立医院绩效考核A等级。\n"
    targets = drafted_targets(text)
    assert [(name, words) for name, _, words, _ in targets if name == "每千常住人口床位数"] == [("每千常住人口床位数",
                                                                                              "达到6.6张")]
    other = [(name, words, review) for name, _, words, review in targets if name != "每千常住人口床位数"]
    assert other == [("市级医院达到国家三级公立医院绩效考核A等级的数量", "3家",
                      "a count written before the units it counts (3家): check the name")]


def test_a_count_before_a_rank_is_no_rank_in_people():
    """2家市级医院综合竞争力进入全省医院前10位: the count went into the name (2家市级医院…前) and the rank became the target
    10位 in 人. Now: how many hospitals do so (2家), flagged; a rank among the province's hospitals alone reads as
    进入全省前10位 does (a level the plan must declare), never a number of people."""
    from checker.language.grammar import parse_target

    text = "某市卫生健康规划\n\n到2025年，2家市级医院综合竞争力进入全省医院前10位。\n"
    targets = drafted_targets(text)
    assert [(name, words) for name, _, words, _ in targets] == [("市级医院综合竞争力进入全省医院前10位的数量", "2家")]
    draft = draft_from(text)
    assert draft.indicators[0]["unit"] == "家"
    rank = parse_target("市级医院综合竞争力进入全省医院前10位")
    assert (rank.kind, rank.subject, rank.reference) == ("vs_reference", "市级医院综合竞争力", "全省医院前10位")


def test_cumulative_belongs_to_the_change():
    """单位国内生产总值二氧化碳排放累计降低17% named an indicator …排放累计, apart from the 2026 target of the same measure;
    累计 is the change's (a change from the base year), so the two years are one indicator's."""
    text = ("两会2026︱《政府工作报告》简略版\n\n二、「十五五」时期主要目标和重大任务\n\n单位国内生产总值二氧化碳排放累计降低17%\n\n"
            "人均预期寿命提高到80岁\n\n三、2026年经济社会发展总体要求和政策取向\n\n单位国内生产总值二氧化碳排放降低3.8%左右\n")
    drafted = drafted_of(text)
    assert ("单位国内生产总值二氧化碳排放", 2030, "累计降低17%") in drafted
    assert ("单位国内生产总值二氧化碳排放", 2026, "降低3.8%左右") in drafted
    assert not any(name.endswith("累计") for name, _, _ in drafted)


def test_an_amount_under_a_heading_cites_the_heading():
    """居民消费价格涨幅2%左右 under 三、2026年…政策取向 said it was listed after a …指标： lead, which the text has not; the
    note names the heading it stands under."""
    text = ("2026年政府工作报告\n\n三、2026年经济社会发展总体要求和政策取向\n\n经济增长4.5%-5%\n\n居民消费价格涨幅2%左右\n")
    notes = _notes(text)
    assert "…指标：" not in notes["居民消费价格涨幅"]
    assert "三、2026年经济社会发展总体要求和政策取向" in notes["居民消费价格涨幅"]
