"""Thirty-fourth round: body-text targets lost without a word, or drafted as junk (extract)."""

from __future__ import annotations

import pytest

from files import drafted_of, drafted_targets


def test_short_item_lines_between_blank_lines_are_not_one_wrapped_paragraph():
    """Three headings of 13 characters among item lines of 21 were taken for a text wrapped at 13: the headings and
    the items under them were joined into one "target" (the heading in its name), 人均预期寿命提高到80岁 lost inside
    it and the 2026 item not drafted nor counted as left out."""
    text = ("2026年政府工作报告要点\n\n二、“十五五”时期主要目标\n\n单位国内生产总值二氧化碳排放累计降低17%\n\n"
            "人均预期寿命提高到80岁\n\n三、2026年主要预期目标\n\n单位国内生产总值二氧化碳排放降低3.8%左右\n")
    drafted = drafted_of(text)
    assert ("人均预期寿命", 2030, "提高到80岁") in drafted
    assert {(year, words) for _, year, words in drafted} == {
        (2030, "累计降低17%"), (2030, "提高到80岁"), (2026, "降低3.8%左右")}
    assert not any("目标" in name for name, _, _ in drafted)


@pytest.mark.parametrize("clause, name, words", [
    ("孕产妇死亡率年年下降", "孕产妇死亡率", "年年下降"),
    ("人均预期寿命年年提高", "人均预期寿命", "年年提高"),
    ("人均预期寿命年年有提升", "人均预期寿命", "年年有提升"),
    ("人均预期寿命逐年有提升", "人均预期寿命", "逐年有提升"),
])
def test_a_yearly_trend_after_a_name_as_zhunian_is(clause, name, words):
    """`孕产妇死亡率年年下降` was lost without a word (the name ran on into 年年, then refused as a yearly change) and
    `人均预期寿命年年有提升` was named `人均预期寿命年年有`: 年年, 年年有 and 逐年有 start a target as 逐年 does."""
    assert drafted_of(f"某县卫生健康规划\n\n到2030年，婴儿死亡率逐年下降，{clause}。\n") == {
        ("婴儿死亡率", 2030, "逐年下降"), (name, 2030, words)}


def test_a_count_built_after_will_and_a_whole_place_up_to_standard_are_drafted():
    """`到2030年将建成10家以上省级专病中心和高水平医疗中心` and `全市疾控机构标准化全达标` were dropped without a word: the
    year's lead ran on into 将建成 (only 建成 was cut from it), one count before two things listed was not read, and
    全达标 (all up to standard, as 全部达标) was no target word."""
    drafted = drafted_of("某市卫生健康规划\n\n到2030年，居民健康素养水平达到40%。到2030年将建成10家以上省级专病中心和"
                         "高水平医疗中心。\n\n到2025年，全市疾控机构标准化全达标，每千常住人口床位数达到6.6张。\n")
    assert drafted == {("居民健康素养水平", 2030, "达到40%"), ("省级专病中心和高水平医疗中心", 2030, "10家以上"),
                       ("疾控机构标准化", 2025, "全达标"), ("每千常住人口床位数", 2025, "达到6.6张")}


def test_quan_dabiao_starts_the_target_but_keeps_the_quan_of_a_word():
    """`疾控机构全达标` was read with 全 in its name; 全达标 starts the target now, but not the 全 of 安全 or 健全
    (食品安全达标 keeps its name whole)."""
    from checker.language.grammar import parse_target

    assert parse_target("全市疾控机构全达标").subject == "全市疾控机构"
    assert parse_target("食品安全达标").subject == "食品安全"
    assert parse_target("制度健全达标").subject == "制度健全"


def test_a_years_numbered_projects_are_drafted_for_that_year_and_a_count_of_them_is_not(tmp_path):
    """扬州's 2026 民生实事 items (`02 新增6个…`, `04 为1.2万名新生儿开展…筛查`, `06 为每个…配备1台…`) were none drafted, two
    not even counted as left out, while `卫生健康共有6个项目入选` (how many of the year's projects are the field's) was
    drafted as a target. An item's number and a space is a list mark, a service given so many people is counted, 台 is
    a counter, 共有 after a field's name is a count of what there is, and the sentence naming the year's projects dates
    the items under it."""
    from checker.documents.draft import build
    from checker.documents.text import read_markdown

    text = ("# 扬州市2026年民生实事项目\n\n确定在2026年实施50项民生实事项目。这是我市连续第25年出台“民生1号文件”。"
            "卫生健康共有6个项目入选。\n\n02 新增6个社区普惠托育点。\n\n03 为8万名0—6岁儿童开展孤独症筛查干预。\n\n"
            "04 为1.2万名新生儿开展耳聋基因和疾病筛查。\n\n05 为1万名孕产妇提供优育服务。\n\n"
            "06 为每个乡镇卫生院、村卫生室配备1台筒式血压仪。\n")
    draft = build(read_markdown(text, "shishi.md"))
    drafted = {(item["name"]["zh"], year, entry["text"], entry.get("standing", False))
               for item in draft.indicators for year, entry in item["targets"].items()}
    assert {(name, year, words) for name, year, words, _ in drafted} == {
        ("新增社区普惠托育点", 2026, "新增6个"),
        ("0—6岁儿童孤独症筛查干预人数", 2026, "8万名"),
        ("新生儿耳聋基因和疾病筛查人数", 2026, "1.2万名"), ("孕产妇优育服务人数", 2026, "1万名"),
        ("乡镇卫生院、村卫生室配备筒式血压仪", 2026, "为每个乡镇卫生院、村卫生室配备1台筒式血压仪")}
    assert not any(standing for *_, standing in drafted)  # dated by the lead, not kept as standing requirements


def test_a_deliverable_a_comma_cuts_is_counted_as_left_out_not_named_by_its_modifier(tmp_path):
    """`建成以基本医疗保险为主体，医疗救助为托底，…的多层次医疗保障体系` was drafted as an indicator named
    `以基本医疗保险为主体` (what it is built on, cut at the first comma); now it is left out and counted, with why."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text("上海市卫生健康发展“十四五”规划\n\n到2025年，建成以基本医疗保险为主体，医疗救助为托底，补充医疗"
                            "保险、商业健康保险、慈善捐赠、医疗互助共同发展的多层次医疗保障体系，人均预期寿命达到84岁。\n",
                            "plan.txt"))
    assert [item["name"]["zh"] for item in draft.indicators] == ["人均预期寿命"]
    assert draft.reviews.get("left out: a deliverable whose name a comma cuts off") == 1


def test_a_second_each_unit_deliverable_is_its_own():
    """`设区的市至少确定1家…，各县（市、区）至少确定1家…` filed both under `设区的市`, the second with no note: 确定 is a
    verb of what each unit is to have, and a clause opening 各 names its own units."""
    drafted = drafted_targets("某省职业病防治规划（2016-2020年）\n\n到2020年，设区的市至少明确1家医疗卫生机构承担诊断工作，"
                              "各县（市、区）至少确定1家医疗卫生机构承担本辖区职业健康检查工作。\n")
    second = [(name, review) for name, _, words, review in drafted if words.startswith("各县")]
    assert len(second) == 1 and not second[0][0].startswith("设区的市") and second[0][1]


def test_a_target_that_says_it_falls_sets_the_direction_against_a_names_word():
    """`…占年度报告总例数的比例明显下降` was drafted `direction: up`, guessed from 比例 in the name, though its only target
    says 下降: the target's own way wins over a name's word that most often rises."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text("某省职业病防治规划（2016-2020年）\n\n到2020年，接尘工龄不足5年的劳动者新发尘肺病报告例数占年度"
                            "报告总例数的比例明显下降。\n", "plan.txt"))
    assert [item["direction"] for item in draft.indicators] == ["down"]


@pytest.mark.parametrize("pointer", ["主要指标见表1、表2", "主要指标详见附表1和附表2", "具体指标见表1至表3"])
def test_a_cross_reference_to_tables_sets_no_target(pointer):
    """`主要指标见表1、表2` was drafted as an indicator `主要指标见表1、表` with the target `2` (the table's number)."""
    assert drafted_of(f"某县健康行动方案（2025—2030年）\n\n到2030年，全面建成健康促进型社会，{pointer}。\n") == {
        ("健康促进型社会", 2030, "全面建成健康促进型社会")}


def test_chubu_jiancheng_without_a_year_is_a_deliverable_as_jiben_jiancheng_is():
    """`初步建成…社区健康服务体系` in a sentence with no year was dropped while `基本建成…体系` beside it was drafted."""
    drafted = drafted_of("上海市卫生健康发展“十四五”规划（2021-2025年）\n\n健康服务体系更加完善。基本建成现代化疾病预防控制体系，"
                         "初步建成适宜、综合、连续的社区健康服务体系。\n")
    assert {name for name, _, _ in drafted} == {"现代化疾病预防控制体系", "适宜、综合、连续的社区健康服务体系"}


def test_a_refusal_names_the_clauses_left_out():
    """A text whose only target-like clause is a deliverable a comma cuts was refused with "no body sentence with a
    target" and no word of that clause; the refusal now says it was left out, and why, with its line."""
    from checker.documents.draft import build
    from checker.documents.text import read_text
    from checker.errors import CheckerError

    with pytest.raises(CheckerError, match=r"left out: a deliverable whose name a comma cuts off \(line 3\)"):
        build(read_text("上海市卫生健康发展“十四五”规划\n\n到2025年，建成以基本医疗保险为主体，医疗救助为托底，"
                        "多方共同发展的多层次医疗保障体系。\n", "plan.txt"))
