"""Body-text forms found wrong or missed in a battery of plan sentences written for the check
(2026-12-04, seventh round): each test's sentences are written for it."""

from __future__ import annotations

from checker.documents.model import paragraph
from checker.documents.sentences import find


def _found(text: str, year: int | None = None) -> set[tuple]:
    return {(f.subject, f.text, f.year) for f in find(paragraph(text, 1), year)}


def test_an_estimate_for_a_year_keeps_the_subject_before_it():
    """"…；预计到2025年达到81岁以上" was dropped, and "…；预计到2025年将达到81岁以上" named "2025年"."""
    assert ("人均预期寿命", "达到81岁以上", 2025) in _found(
        "到2022年，全区人均预期寿命达到80岁；预计到2025年达到81岁以上。")
    assert ("人均预期寿命", "达到81岁以上", 2025) in _found(
        "到2022年，全区人均预期寿命达到80岁；预计到2025年将达到81岁以上。")
    assert _found("预计到2025年，全区每千人口床位数将达到6.8张。") == {("每千人口床位数", "达到6.8张", 2025)}


def test_a_yearly_rise_in_years_is_read():
    """"人均预期寿命年均提高0.2岁以上" was refused and named "人均预期寿命年"."""
    assert _found("“十五五”时期，全区人均预期寿命年均提高0.2岁以上。") == {("人均预期寿命", "“十五五”时期年均提高0.2岁以上", 2030)}


def test_each_amount_of_a_goal_listed_before_its_noun():
    """"实现A不低于30%、B不低于92%的目标" drafted A only."""
    assert _found("到2030年，实现居民健康素养水平不低于35%、体质达标率不低于93%的目标。") == {
        ("居民健康素养水平", "不低于35%", 2030), ("体质达标率", "不低于93%", 2030)}


def test_is_is_no_part_of_a_name():
    """"婴儿死亡率为3‰以下" was named "婴儿死亡率为"; a name ending in 行为 keeps it."""
    assert _found("到2025年，全区婴儿死亡率为3‰以下。") == {("婴儿死亡率", "3‰以下", 2025)}
    assert {subject for subject, _, _ in _found("到2025年，健康行为形成率为60%。")} == {"健康行为形成率"}


def test_a_listed_name_ending_with_a_word_of_the_last_takes_its_measure_once():
    """"职工医保和城乡居民医保…支付比例分别…" named the first "职工医保医保…支付比例"."""
    subjects = {subject for subject, _, _ in _found(
        "到2025年，职工医保和城乡居民医保政策范围内住院费用基金支付比例分别保持在75%和65%左右。")}
    assert subjects == {"职工医保政策范围内住院费用基金支付比例", "城乡居民医保政策范围内住院费用基金支付比例"}


def test_a_provincially_monitored_section_is_no_province():
    """"地表水省控断面…比例超过95%" was named "控断面…比例": "地表水省" was cut as a province's name."""
    assert {subject for subject, _, _ in _found("到2027年，地表水省控断面达到或优于Ⅲ类水体比例超过95%。")} == {
        "地表水省控断面达到或优于Ⅲ类水体比例"}
    assert {subject for subject, _, _ in _found("到2025年，浙江省人均预期寿命达到82岁。")} == {"人均预期寿命"}


def test_bare_amounts_listed_after_a_goals_colon_are_targets():
    """"同时明确核心指标：每千人口拥有执业医师数3.7人、…" was left out as a statement of fact."""
    found = find(paragraph("主要指标：每千人口拥有执业医师数3.5人，每千人口注册护士数4.6人。", 1), 2030)
    assert {(f.subject, f.text, f.year) for f in found} == {
        ("每千人口拥有执业医师数", "3.5人", 2030), ("每千人口注册护士数", "4.6人", 2030)}
    assert all("main indicators" in "; ".join(f.review) for f in found)
    # a year's goals keep their year; a bare amount with no such lead stays a fact
    assert ("城镇调查失业率", "5.5%以内", 2018) in _found("报告指出，2018年发展主要预期目标是：城镇调查失业率5.5%以内。")
    assert _found("全市每千人口执业医师数3.5人，每千人口注册护士数4.6人。") == set()


def test_names_with_a_scope_in_brackets_and_this_county():
    """"本县孕产妇死亡率" kept 本县; "…收入（不含药品…）占医疗收入的比例" was refused for its 不; a yearly
    pace from a named base year was refused."""
    assert ("孕产妇死亡率", "控制在10/10万以下", 2025) in _found("到2025年，本县孕产妇死亡率控制在10/10万以下。")
    assert {(s, t) for s, t, _ in _found(
        "到2025年，公立医院医疗服务收入（不含药品、耗材收入）占医疗收入的比例达到35%以上。")} == {
        ("公立医院医疗服务收入（不含药品、耗材收入）占医疗收入的比例", "达到35%以上")}
    assert _found("到2025年，全市儿童青少年近视率在2018年基础上每年降低0.5个百分点以上。") == {
        ("儿童青少年近视率", "在2018年基础上每年降低0.5个百分点以上", 2025)}


def test_a_part_row_of_a_table_is_read_and_named_without_its_opening(tmp_path):
    """A flattened table (one cell a line) ended at a row with no number of its own (其中：每千人口中医类别…),
    losing every row after it; in a drawn table the name kept "其中：". The row is a part of the one above."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    cells = ["领域", "序号", "主要指标", "单位", "2020年", "2025年目标", "指标性质",
             "健康服务", "1", "每千人口拥有执业(助理)医师数", "人", "1.6", "1.9", "预期性",
             "其中:每千人口拥有中医类别执业(助理)医师数", "人", "0.2", "0.4", "预期性",
             "2", "每千人口拥有注册护士数", "人", "2.2", "2.9", "预期性",
             "3", "每万人口拥有全科医生数", "人", "2.5", "4", "预期性"]
    text = "某县“十四五”时期卫生健康事业主要发展指标\n\n" + "\n\n".join(cells) + "\n"
    draft = build(read_text(text, "table.txt"))
    names = {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}
    assert set(names) == {"每千人口拥有执业(助理)医师数", "每千人口拥有中医类别执业(助理)医师数",
                          "每千人口拥有注册护士数", "每万人口拥有全科医生数"}
    assert "其中" in names["每千人口拥有中医类别执业(助理)医师数"]["review"]


def test_a_count_of_what_there_is_sets_no_target():
    """"2020年，全市共有医疗卫生机构1234个，床位数8500张…" was drafted as three 2020 targets."""
    assert _found("2020年，全市共有医疗卫生机构1100个，床位数8200张，卫生技术人员1.1万人。") == set()
    assert _found("到2025年，全市共有三级医院达到12家。") == {("三级医院", "达到12家", 2025)}


def test_a_paragraph_led_by_an_estimated_year_sets_its_bare_amounts_for_that_year():
    """预计到2025年 leads a clause as 到2025年 does, and so a paragraph: a bare amount later in it is that year's."""
    assert ("每千人口拥有托位数", "4.5个", 2025) in _found(
        "预计到2025年，全区居民健康素养水平达到30%。每千人口拥有托位数4.5个。")


def test_a_body_indicator_takes_the_unit_its_levels_are_written_in():
    """No table and no catalogue entry gave an indicator of the body a unit: the draft said `unit: null`
    while the sentence says 达到55%. Levels that name one unit give it; a change (提高5%) names none of
    the level's, and levels in two units give none."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    text = ("到2025年，全县养老机构护理型床位占比达到55%，社区日间照料中心覆盖率提高5%，"
            "每千名老年人拥有养老床位数达到40张，医养结合机构签约率达100%，老年人能力评估实现全覆盖。\n")
    units = {(item["name"].get("zh") or item["name"]["en"]): item["unit"] for item in build(read_text(text, "plan.txt")).indicators}
    assert units == {"养老机构护理型床位占比": "%", "社区日间照料中心覆盖率": None, "每千名老年人拥有养老床位数": "张",
                     "医养结合机构签约率": "%", "老年人能力评估": None}
