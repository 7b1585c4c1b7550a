"""Round 34, a planning office's plan (enduser2): two measures listed for two years, a place after a measure of a
group of people."""

from __future__ import annotations

from checker.documents.draft import build, to_yaml
from checker.documents.text import read_text
from tests.files import check, drafted_of, drafted_targets, written

TWO_YEARS = "扬州市健康行动实施方案\n\n到2022年和2030年，高血压、糖尿病患者规范管理率分别达到60%及以上和70%及以上。\n"


def test_two_measures_listed_for_two_years_are_each_drafted_with_both_years():
    """到2022年和2030年，高血压、糖尿病患者规范管理率分别达到60%及以上和70%及以上 was drafted as ONE indicator named
    高血压、糖尿病患者规范管理率, which no data row matches; each measure gets both years' values now, flagged."""
    drafted = drafted_targets(TWO_YEARS)
    assert {(name, year, words) for name, year, words, _ in drafted} == {
        ("高血压患者规范管理率", 2022, "达到60%及以上"), ("高血压患者规范管理率", 2030, "达到70%及以上"),
        ("糖尿病患者规范管理率", 2022, "达到60%及以上"), ("糖尿病患者规范管理率", 2030, "达到70%及以上")}
    assert all("one of several indicators the clause names" in review for *_, review in drafted)


def test_the_general_form_of_measures_listed_for_two_years():
    """The same for other lists (孕产妇、儿童系统管理率; 城市、农村生活污水处理率) and for two targets the grammar reads
    after 分别 (在2019年基础上提高10%和…): no joined name."""
    assert drafted_of("甲市健康行动\n\n到2022年和2030年，孕产妇、儿童系统管理率分别达到90%和95%。\n") == {
        ("孕产妇系统管理率", 2022, "达到90%"), ("孕产妇系统管理率", 2030, "达到95%"),
        ("儿童系统管理率", 2022, "达到90%"), ("儿童系统管理率", 2030, "达到95%")}
    assert drafted_of("甲市健康行动\n\n到2022年和2030年，城市、农村生活污水处理率分别达到80%和90%。\n") == {
        ("城市生活污水处理率", 2022, "达到80%"), ("城市生活污水处理率", 2030, "达到90%"),
        ("农村生活污水处理率", 2022, "达到80%"), ("农村生活污水处理率", 2030, "达到90%")}
    read = drafted_of("甲市健康行动\n\n到2022年和2030年，高血压、糖尿病患者规范管理率分别在2019年基础上提高10%和在2022年"
                      "基础上提高10%。\n")
    assert {name for name, _, _ in read} == {"高血压患者规范管理率", "糖尿病患者规范管理率"}
    assert drafted_of("甲市健康行动\n\n到2022年和2030年，居民健康素养水平分别不低于22%和30%。\n") == {
        ("居民健康素养水平", 2022, "不低于22%"), ("居民健康素养水平", 2030, "不低于30%")}


def test_the_drafted_two_year_targets_judge_a_failing_row(tmp_path):
    """With the joined name a 58% hypertension rate against ≥60% matched nothing: n/a, exit 0. Now it fails: exit 1."""
    draft = build(read_text(TWO_YEARS, "plan.txt"))
    plan = written(tmp_path, to_yaml(draft, "plan.txt"), "plan.yaml")
    data = written(tmp_path, "indicator,year,value,unit\n高血压患者规范管理率,2022,58,%\n糖尿病患者规范管理率,2022,61,%\n")
    result = check(plan, data, "--as-of", "2022")
    assert result.exit_code == 1, result.output


def test_a_place_after_a_measure_of_a_group_qualifies_the_whole_measure():
    """65岁及以上老年人健康管理率，城市达到75%、农村达到70% was drafted as 城市健康管理率 (the people swapped for the place)
    and a junk target whose text was the lead clause's name; the place now qualifies the whole measure, and the lead
    clause (its only number an age) drafts nothing."""
    text = "扬州市“十四五”卫生健康发展规划\n\n到2025年，65岁及以上老年人健康管理率，城市达到75%、农村达到70%。\n"
    assert drafted_of(text) == {("城市65岁及以上老年人健康管理率", 2025, "达到75%"),
                                ("农村65岁及以上老年人健康管理率", 2025, "达到70%")}
    assert all("check it" in review for *_, review in drafted_targets(text))
    ranged = "甲市“十四五”卫生健康发展规划\n\n到2025年，0～6岁儿童健康管理率，农村地区达到85%。\n"
    assert drafted_of(ranged) == {("农村地区0～6岁儿童健康管理率", 2025, "达到85%")}
    people = "甲市“十四五”卫生健康发展规划\n\n到2025年，居民健康素养水平，城市达到30%、农村达到25%。\n"
    assert drafted_of(people) == {("城市居民健康素养水平", 2025, "达到30%"), ("农村居民健康素养水平", 2025, "达到25%")}


def test_a_miss_exactly_at_a_strict_bound_says_it_equals_the_bound(tmp_path, monkeypatch):
    """低于22% against a value of exactly 22 read "（相差 0%）" (off by 0%) beside "not met", which reads as a
    contradiction; it says the value equals the bound the target excludes, in the scalar and the columnar judge."""
    from tests.files import indicator_plan

    plan = written(tmp_path, indicator_plan("15岁以上人群吸烟率", "%", "down", "低于22%"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,15岁以上人群吸烟率,2025,22,%\n"
                             "乙市,15岁以上人群吸烟率,2025,22,%\n乙市,15岁以上人群吸烟率,2024,23,%\n")
    for options, columnar in ((("--region", "甲市"), ""), (("--all-regions",), ""), (("--region", "甲市"), "1")):
        if columnar:
            monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
        result = check(plan, data, *options, "--as-of", "2025", "--format", "json")
        assert "相差 0%" not in result.output and "off by 0%" not in result.output, result.output
        assert "等于界限值，目标不含该值" in result.output, result.output


def test_progress_without_a_base_value_names_the_base_year(tmp_path, monkeypatch):
    """A 2020-based plan on data that begins in 2021 turned every progress verdict into n/a "缺少基期值" with no word
    of which year was missing; the reason names the base year (2020) and the remedy, in every judge."""
    from tests.files import indicator_plan

    plan = written(tmp_path, indicator_plan("居民健康素养水平", "%", "up", "≥40%"), "plan.yaml")
    data = written(tmp_path, "region,indicator,year,value,unit\n甲市,居民健康素养水平,2021,26.5,%\n"
                             "甲市,居民健康素养水平,2024,31.9,%\n乙市,居民健康素养水平,2024,30,%\n")
    for options, columnar in ((("--region", "甲市"), ""), (("--all-regions",), ""), (("--region", "甲市"), "1")):
        if columnar:
            monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
        result = check(plan, data, *options, "--as-of", "2024", "--format", "json")
        assert "缺少基期值（2020年的值）" in result.output and "add 2020's data" in result.output, result.output


def test_a_target_after_an_age_the_grammar_cannot_read_is_kept_flagged():
    """到2030年，65岁及以上人群老年期痴呆患病率增速下降 (健康中国行动) was drafted flagged; once an age of the people was no
    amount, the clause was taken for a measure named alone and lost without a word."""
    from files import drafted_targets

    drafted = drafted_targets("某市卫生健康规划\n\n到2030年，65岁及以上人群老年期痴呆患病率增速下降。\n")
    assert [(name, year) for name, year, _, _ in drafted] == [("65岁及以上人群老年期痴呆患病率增速", 2030)]
