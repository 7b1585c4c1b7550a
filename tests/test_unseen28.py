"""Twenty-eighth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

from files import drafted_targets


def test_the_target_is_a_reduction_in_what_follows():
    """"The target is 10% reduction in stunting by 2027." drafted nothing, and the document was refused as holding
    no target; "The target is 10% by 2027." drafted a target named "target" with no word for a person."""
    assert drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% reduction in stunting by 2027. "
                           "Our goal is at least a 25% relative reduction in premature mortality by 2025.\n") == [
        ("stunting", 2027, "10% reduction", None),
        ("premature mortality", 2025, "at least a 25% relative reduction", None)]
    (found,) = drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% by 2027.\n")
    assert "names no indicator" in found[3]


def test_a_work_plan_sets_its_own_year_with_a_plain_lead():
    """`2025年工作总结和2026年工作计划`: `2026年，婴儿死亡率控制在3‰以下` was read as that year's record (a plain lead of a
    year no plan targets) and the document refused; the summary's 2025 figures are what was done."""
    text = ("某市卫生健康委2025年工作总结和2026年工作计划\n\n一、2025年工作总结\n"
            "2025年，全市人均预期寿命达到80.2岁，婴儿死亡率降至3.1‰。\n\n二、2026年工作计划\n"
            "2026年，全市婴儿死亡率控制在3‰以下，居民健康素养水平达到35%以上。\n")
    assert drafted_targets(text) == [("婴儿死亡率", 2026, "控制在3‰以下", None),
                                     ("居民健康素养水平", 2026, "达到35%以上", None)]
    # a plan of another span, or a review of the year's work plan, keeps reading 2026年，… as a record
    for title in ("某市健康2030规划", "某市2026年工作计划执行情况"):
        assert drafted_targets(f"{title}\n\n2026年，婴儿死亡率控制在3‰以下。\n") == []


def test_sentences_in_the_cells_of_a_table_of_tasks_are_read(tmp_path):
    """A table of tasks (序号 | 目标任务 | 责任单位) holds no indicator column, and its sentences were never read: the
    document was refused as holding no target. Each cell's sentence is read at its own line, a merged cell once."""
    import yaml
    from click.testing import CliRunner

    from checker.cli import main

    document = tmp_path / "plan.html"
    document.write_text("""<html><body><h1>某县卫生健康事业发展“十四五”规划</h1>
<table border="1"><tr><th>序号</th><th>目标任务</th><th>责任单位</th></tr>
<tr><td>1</td><td>到2025年，全县婴儿死亡率控制在5‰以下。</td><td rowspan="2">县卫健局</td></tr>
<tr><td>2</td><td>到2025年，居民健康素养水平达到25%以上。</td></tr>
<tr><td>3</td><td colspan="2">加强基层医疗卫生服务能力建设，到2025年每千人口执业（助理）医师数达到3.2人。</td></tr>
</table></body></html>""", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(document), "-o", str(tmp_path / "draft.yaml")])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    found = [(item["name"]["zh"], year, target["text"]) for item in draft["indicators"]
             for year, target in item["targets"].items()]
    assert found == [("婴儿死亡率", 2025, "控制在5‰以下"), ("居民健康素养水平", 2025, "达到25%以上"),
                     ("每千人口执业（助理）医师数", 2025, "达到3.2人")], found


def test_a_province_or_league_word_before_a_name_is_no_part_of_it():
    """`宁夏人均预期寿命`, `全旗婴儿死亡率`, `内蒙古孕产妇死亡率` became indicators of their own (their data then named no
    indicator of the plan); 全区 and 云南省 were already cut."""
    text = ("某区规划\n\n到2025年，宁夏人均预期寿命提高到77.7岁。\n\n到2025年，全旗婴儿死亡率控制在5‰以内。\n\n"
            "到2025年，内蒙古自治区孕产妇死亡率控制在12/10万以内。\n\n到2025年，全州居民健康素养水平达到25%。\n")
    assert [(name, year) for name, year, _, _ in drafted_targets(text)] == [
        ("人均预期寿命", 2025), ("婴儿死亡率", 2025), ("孕产妇死亡率", 2025), ("居民健康素养水平", 2025)]


def test_what_each_unit_has_after_a_year_with_no_comma():
    """`到2025年底每个县(市、区)至少有1所县级医院达到…` (no comma after the year) and `每个地级市有1家医院达到三级甲等水平`
    (有 without 至少) were dropped without a word; with a comma and 至少 both were drafted."""
    found = drafted_targets("某省规划\n\n到2025年底每个县(市、区)至少有1所县级医院达到国家县医院医疗服务能力基本标准。\n\n"
                            "到2025年，每个地级市有1家医院达到三级甲等水平。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("县(市、区)有县级医院达到国家县医院医疗服务能力基本标准", 2025, "每个县(市、区)至少有1所县级医院达到国家县医院医疗服务能力基本标准"),
        ("地级市有医院达到三级甲等水平", 2025, "每个地级市有1家医院达到三级甲等水平")]


def test_so_many_for_each_thousand_people_names_the_per_capita_measure():
    """`到2020年实现每千人5.5张病床` was dropped (no comma) or drafted as a deliverable done or not (with one)."""
    for text in ("某区规划\n\n到2020年实现每千人5.5张病床。\n", "某区规划\n\n到2020年，实现每千人口拥有5.5张病床。\n"):
        ((name, year, words, review),) = drafted_targets(text)
        assert (name, year, words) == ("每千人口病床数", 2020, "5.5张") and "check the name" in review


def test_a_second_table_under_the_first_reads_its_own_years(tmp_path):
    """A 续表 with its own header (指标,2021年,2022年) under a table of 指标,2020年,2023年: its values were read under the
    first header's years (7.1 as 2020, 6.8 as 2023) and judged so, with exit 0."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("5岁以下儿童死亡率", "‰", "down", "6‰以下")
    data = "指标,2020年,2023年\n婴儿死亡率（‰）,5.4,4.5\n,,\n指标,单位,2021年,2022年\n5岁以下儿童死亡率,‰,7.1,6.8\n"
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data),
                                       "--format", "json", "--as-of", "2022"])
    (found,) = json.loads(result.stdout)["results"]
    assert (found["year"], found["value"]) == (2022, 6.8), found


def test_urban_and_rural_columns_are_no_city(tmp_path):
    """A yearbook's 合计 | 城市 | 农村 read 城市 as a city column: a second such table said "two city columns", and a
    one-indicator table was told to melt with 城市 as the id column, turning urban values into region names."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("婴儿死亡率", "‰", "down", "6‰以下")
    data = "指标,年份,合计,城市,农村\n婴儿死亡率,2023,4.5,2.9,5.1\n"
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data)])
    assert result.exit_code == 2 and "urban and rural" in result.output and "data.csv:1:4" in result.output, result.output


def test_what_is_added_read_as_a_level_below_the_start_is_flagged(tmp_path):
    """`新增床位500张` for 床位总数 with 1800 in 2020 was read as "at least 500" and passed every year, lint silent."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("医疗卫生机构床位总数", "张", "up", "新增床位500张", baseline="{2020: 1800}")
    result = CliRunner().invoke(main, ["lint", written(tmp_path, plan, "plan.yaml")])
    assert "[added-to-total]" in result.output, result.output
    named = indicator_plan("新增床位数", "张", "up", "新增床位500张", baseline="{2020: 300}")
    assert "[added-to-total]" not in CliRunner().invoke(main, ["lint", written(tmp_path, named, "named.yaml")]).output
