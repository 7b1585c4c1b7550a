"""Twelfth round of unseen texts (county tables of a life-expectancy action plan, a mental-health plan's numbered
goals, a newspaper's report of a provincial plan, a legislator's question quoting an estimate): each test's
sentences are written for it, in the forms those texts use."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from drafts import drafted_from as _drafted, drafted_words, drafted_or_none as _drafted_or_none


def _flattened(rows: list[list[str]], header: list[str]) -> str:
    """A table copied from a web page: one cell a line, each ending in `` |``."""
    return "\n".join(f"{cell} |" for row in [header, *rows] for cell in row) + "\n"


_HEADER = ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位", "责任单位"]
_DEPARTMENTS = ("县教育局、县民政局、县财政局、县人社局、县住建局、县城管局、县市场监管局、县医保局、县体育局、"
                "县交警大队等单位,各乡镇人民政府")


def test_a_flattened_table_with_long_lists_of_departments_is_read():
    """A county's goals table, one cell a line, had a 责任单位 column whose cells list a dozen departments (longer
    than any value, with commas): the table ended at the first such cell and the whole text was refused. A long
    cell under a column of who is responsible is a cell still."""
    rows = [["1", "人均预期寿命", "岁", "78.1", "≥79.2", "≥80", "县卫健局", _DEPARTMENTS],
            ["2", "居民健康素养水平", "%", "24.5", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
            ["3", "婴儿死亡率", "‰", "3.6", "持续改善", "持续改善", "县卫健局", "县妇幼保健院,各乡镇人民政府"]]
    drafted = _drafted("样例县人均预期寿命提升行动主要目标\n" + _flattened(rows, _HEADER))
    assert {(name, year, words) for name, year, words in drafted} == {
        ("人均预期寿命", 2025, "≥79.2"), ("人均预期寿命", 2027, "≥80"),
        ("居民健康素养水平", 2025, "≥31.5"), ("居民健康素养水平", 2027, "≥33"),
        ("婴儿死亡率", 2025, "持续改善"), ("婴儿死亡率", 2027, "持续改善")}


def test_a_header_repeated_inside_a_flattened_table_is_skipped():
    """A table printed over two pages repeats its header before the rows of the second: the header's cells were
    taken for group rows, and the row after them drafted with the domain 责任单位. The repeated header is
    skipped; and a caption line just above the header that names goals (样例县主要目标) is no goal column (it was
    read as one, with a note that it names no year)."""
    rows = [["1", "人均预期寿命", "岁", "78.1", "≥79.2", "≥80", "县卫健局", "县民政局,各乡镇人民政府"],
            ["2", "居民健康素养水平", "%", "24.5", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
            _HEADER,
            ["3", "5岁以下儿童死亡率", "‰", "5.1", "持续改善", "持续改善", "县卫健局", "县妇幼保健院,各乡镇人民政府"]]
    draft = build(read_text("样例县主要目标\n" + _flattened(rows, _HEADER), "plan.txt"))
    drafted = drafted_words(draft)
    assert ("5岁以下儿童死亡率", 2027, "持续改善") in drafted
    assert len(drafted) == 6
    assert not any("domain" in indicator for indicator in draft.indicators)
    assert "names no year" not in draft.plan.get("review", "")


def test_an_estimate_someone_quotes_sets_no_target():
    """A legislator's question said "按当局预计，2029年本地长者人口将占总人口21.4%": the estimate was drafted as a 2029
    target (a bare amount after the year). What an estimate or projection says will happen sets nothing."""
    text = ("议员书面质询\n\n"
            "某议员称，按当局预计，2031年本地长者人口将占总人口23.5%，提前进入超老龄社会。\n")
    with pytest.raises(CheckerError):
        build(read_text(text, "plan.txt"))
    text = ("样例区人口规划\n\n"
            "据测算，2030年全区常住人口将达到120万人。到2030年，全区人均预期寿命达到81岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到81岁")}


def test_a_plain_forecast_of_a_goal_is_still_a_goal():
    """预计到2025年… as a plan writes its goal is no estimate someone is quoted for."""
    assert ("人均预期寿命", 2025, "达到80岁") in _drafted("样例规划\n\n预计到2025年，全市人均预期寿命达到80岁。\n")


def test_a_byline_is_no_part_of_the_name():
    """A newspaper's lead "本报讯（记者 某某）2025年本省人均预期寿命达78.6岁，…" named its indicator with the byline
    and the year (本报讯(记者 …)2025年…人均预期寿命), as a standing requirement; without the byline the year leads."""
    for byline in ("本报讯(记者 王五)", "本报讯（记者 王五 通讯员 赵六）", "江城日报讯（记者 王五）"):
        drafted = _drafted("样例省健康规划出炉\n\n" + byline + "2025年全省人均预期寿命达78.8岁。\n")
        assert drafted == {("人均预期寿命", 2025, "达78.8岁")}


def test_a_target_then_duties_in_one_list():
    """"…近视率力争每年降低0.5个百分点以上、完善…配套措施、鼓励公立医院提供…等等" was one clause the grammar could not
    read, drafted under the name …近视率力争每年: the target is cut from the duties listed after it (each opens
    with an action and holds no number)."""
    text = ("样例省健康规划\n\n"
            "到2025年，儿童青少年总体近视率每年降低0.6个百分点以上、完善托育服务的配套措施、鼓励社区医院开设夜间门诊等等。\n")
    assert _drafted(text) == {("儿童青少年总体近视率", 2025, "每年降低0.6个百分点以上")}


def test_a_thorough_action_with_a_count_is_no_target():
    """深入开展…等4个专项工作 (what will be done, with how many kinds of work) was drafted as a target."""
    text = "样例规划\n\n到2025年，深入开展控烟、限酒和心理健康等3个专项工作。\n"
    assert not any("专项工作" in words for _, _, words in _drafted_or_none(text))


def test_the_same_measure_for_another_group_is_named_in_full():
    """"东部地区每10万人口…医师数量不低于3.8名，中西部地区不低于2.8名" named the second target 中西部地区: the clause
    gives the same measure for another group, and is named with it (flagged to check)."""
    text = ("样例工作规划\n\n"
            "到2030年，东部地区每10万人口儿科执业医师数量不低于4.2名，中西部地区不低于3.1名。\n")
    drafted = _drafted(text)
    assert ("东部地区每10万人口儿科执业医师数量", 2030, "不低于4.2名") in drafted
    assert ("中西部地区每10万人口儿科执业医师数量", 2030, "不低于3.1名") in drafted


def test_a_group_alone_is_not_completed_from_an_unrelated_subject():
    """Only a subject that is a group alone takes the measure of a subject that opens with another group."""
    text = "样例规划\n\n到2030年，城市居民健康素养水平达到40%，农村居民健康素养水平达到30%。\n"
    assert _drafted(text) == {("城市居民健康素养水平", 2030, "达到40%"), ("农村居民健康素养水平", 2030, "达到30%")}


def test_a_rate_with_its_unit_around_the_number_after_jiang():
    """"将孕产妇死亡率降至每10万活产少于70人" (the disposal form, the unit written around the number) was refused, in
    a bulleted item and in plain text alike: the amount after 每10万活产少于 is the bound."""
    for line in ("  • 到2030年，将新生儿死亡率降至每1000名活产少于9人\n", "到2030年，将孕产妇死亡率降至每10万活产少于60人。\n"):
        drafted = _drafted("样例目标\n\n" + line)
        assert len(drafted) == 1
        name, year, words = next(iter(drafted))
        assert year == 2030 and words.startswith("降至每") and name.endswith("死亡率")


def test_the_people_a_measure_is_of_said_with_de():
    """"居民的人均预期寿命" was drafted under that name, which no catalogued name matches: the people said with 的
    before a measure are dropped (人均预期寿命) or joined to it where the catalogue names it so (居民健康素养水平)."""
    text = "样例规划\n\n到2030年，居民的人均预期寿命达到81岁，居民的健康素养水平提高到35%。\n"
    assert _drafted(text) == {("人均预期寿命", 2030, "达到81岁"), ("居民健康素养水平", 2030, "提高到35%")}


def test_a_rate_of_what_is_done_for_a_group_opening_with_dui():
    """"对65岁以上老年人的健康管理率达到72%以上" was refused (a subject opening with 对 tells a story): a rate bound
    to an amount is the rate of what is done for the group after 对."""
    text = "样例规划\n\n到2025年，对孕产妇的乙肝检测覆盖率达到96%以上。\n"
    assert _drafted(text) == {("孕产妇的乙肝检测覆盖率", 2025, "达到96%以上")}


def test_a_quoted_goal():
    """A goal in quotes: its closing quote was drafted as part of its words (达到80岁”); ending with ”的目标 it was
    refused; given first and then said to be a plan period's goal (“…提高到80岁”，这是“十五五”规划…目标之一) it was
    not drafted at all."""
    assert _drafted("样例新闻\n\n规划提出“到2025年，全市人均预期寿命达到81岁”。\n") == {("人均预期寿命", 2025, "达到81岁")}
    assert _drafted("样例新闻\n\n规划提出了“到2025年，儿童青少年总体近视率每年降低0.6个百分点以上”的目标。\n") == {
        ("儿童青少年总体近视率", 2025, "每年降低0.6个百分点以上")}
    assert _drafted("样例新闻\n\n“婴儿死亡率降低到4‰以下”，这是“十五五”规划纲要提出的目标之一。\n") == {
        ("婴儿死亡率", 2030, "降低到4‰以下")}


def test_an_amount_with_about_before_a_requirement_is_left_as_it_was():
    """"…比重达到20%左右的要求" after 围绕 (a requirement another plan sets) stays unread: only a quoted goal's
    的目标 is cut after 左右, 以上, 以下."""
    text = "样例规划\n\n围绕2025年清洁能源消费比重达到22%左右的要求，推进绿色医院建设。\n"
    assert not any("清洁能源" in name for name, _, _ in _drafted_or_none(text))


def test_a_look_back_after_a_speaker_or_a_programmes_years():
    """"发言人表示，健康中国行动实施3年来，群众健康素养稳步提升，…" was drafted as a standing target (群众健康素养,
    稳步提升): a sentence that opens with a programme's years so far (实施3年来), or with who says so and then a look
    back, tells what was done."""
    text = ("样例市健康规划（2021—2030年）新闻发布会\n\n"
            "新闻发言人表示，健康促进行动实施4年来，群众健康素养稳步提升，慢性病防控取得了积极进展。\n\n"
            "到2030年，全市人均预期寿命达到81岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到81岁")}


def test_a_goal_called_a_target_before_its_name():
    """"“十四五”时期，目标人均预期寿命提高1岁" named the indicator 目标人均预期寿命."""
    text = "样例新闻\n\n“十四五”时期，目标人均预期寿命提高1.2岁。\n"
    assert _drafted(text) == {("人均预期寿命", 2025, "“十四五”时期提高1.2岁")}


def test_what_is_to_be_faced_sets_no_target():
    """"在2021至2030年的十年期间，我们将面对最快的人口老化，65岁及以上人口的年均增长率将增至4.0%" gave a 2030
    target: a sentence that tells what is to be faced (将面对, 将面临) describes a challenge, not a goal."""
    text = ("样例地区的医疗挑战\n\n"
            "在2022至2031年的十年期间，本地将面临最快的人口老化，65岁及以上人口的年均增长率将增至4.3%。"
            "到2030年，全区人均预期寿命达到84岁。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到84岁")}


def test_a_change_cut_at_its_comma_is_one_target():
    """"人均预期寿命由2020年的78岁，提高到79岁" was read as two clauses: the start value alone was drafted as a target
    (flagged) beside the change. A start value with no verb and the verb after the comma are one clause."""
    text = "样例规划（2021-2025年）\n\n到2025年，婴儿死亡率由2020年的5.2‰，下降到4.5‰以下，孕产妇死亡率控制在9/10万以下。\n"
    assert _drafted(text) == {("婴儿死亡率", 2025, "由2020年的5.2‰，下降到4.5‰以下"),
                              ("孕产妇死亡率", 2025, "控制在9/10万以下")}


def test_one_of_the_goals_counted_before_it():
    """"规划披露了到2020年的30个指标，其中人均预期寿命从2015年的76.7岁，提高至78岁" was refused: 其中 after a clause
    that counts the plan's goals names one of them, not a detail of the count."""
    text = "样例新闻\n\n规划列出了到2030年全市卫生健康发展的25个指标（9个约束性指标），其中人均预期寿命从2020年的78.1岁，提高至80岁。\n"
    assert _drafted(text) == {("人均预期寿命", 2030, "从2020年的78.1岁，提高至80岁")}
    assert not _drafted_or_none("样例新闻\n\n规划确定了到2030年全市卫生健康发展的12项主要指标，其中8项为约束性指标。\n")


def test_a_rank_after_two_measures_is_not_guessed_for_one():
    """"到2030年，居民健康素养水平达到40%，参与…小组的人数达到120万人，保持全国领先水平" drafted 保持全国领先水平 as the
    count's target: a rank with no subject of its own after two measures may be either's, or the whole's."""
    text = "样例规划\n\n到2030年，居民健康素养水平达到42%，参加健康自我管理小组的人数达到90万人，保持全省领先水平。\n"
    assert _drafted(text) == {("居民健康素养水平", 2030, "达到42%"), ("参加健康自我管理小组的人数", 2030, "达到90万人")}


def test_a_rank_after_one_measure_stays_its_target():
    """After a single measure, the rank is that measure's."""
    text = "样例规划\n\n到2030年，居民健康素养水平达到42%，保持全省领先水平。\n"
    assert ("居民健康素养水平", 2030, "保持全省领先水平") in _drafted(text)


def test_a_measure_named_alone_before_its_year_and_value():
    """"盼出院后衔接长照的等待期，到2030年时可达成…" was drafted under the name 到2030年时可达成…, and
    "出院后衔接长照的等待期，到2030年缩短至0天" was refused: a clause that names a measure alone (no number, no verb of
    its own) is the subject of the clause after it; a leading 盼 (hoping) is no part of the name."""
    for text in ("样例新闻\n\n住院患者转入康复机构的等待期，到2030年缩短至2天。\n",
                 "样例新闻\n\n盼住院患者转入康复机构的等待期，到2030年缩短至2天。\n"):
        assert _drafted(text) == {("住院患者转入康复机构的等待期", 2030, "缩短至2天")}
    # an action alone is no measure to carry
    assert not _drafted_or_none("样例新闻\n\n加强康复机构建设，到2030年缩短至2天。\n")


def test_a_rise_told_with_dao_le_is_what_was_done():
    """"总体癌症5年生存率从2015年的40.5%上升到了2022年的43.7%" was drafted (flagged) as a target: 上升到了, like
    上升了, tells what has happened."""
    text = ("样例行动方案（2023—2030年）发布会\n\n总体癌症5年生存率从2015年的41.2%上升到了2022年的44.1%。\n\n"
            "到2030年，总体癌症5年生存率不低于47%。\n")
    assert _drafted(text) == {("总体癌症5年生存率", 2030, "不低于47%")}


def test_a_look_back_in_quotes():
    """"“近年来，…覆盖人口逐年增加。”" (a speaker's words in quotes) was a standing target: a look back is one inside
    an opening quote too."""
    text = ("样例规划（2021-2030年）\n\n“近年来，全市癌症筛查覆盖人口逐年增加。”\n\n"
            "到2030年，总体癌症5年生存率不低于47%。\n")
    assert _drafted(text) == {("总体癌症5年生存率", 2030, "不低于47%")}


def test_what_a_plan_published_in_a_year_proposes_for_a_later_year():
    """"2023年发布的《…方案》进一步提出到2030年将总体癌症5年生存率提升至46.6%" was drafted for 2023 under a name
    holding the whole lead (发布的《…》进一步提出到2030年将…): what is proposed starts at its year to reach."""
    text = "样例新闻\n\n2023年发布的《样例防治方案(2023-2030年)》进一步提出到2030年将总体癌症5年生存率提升至47.2%。\n"
    assert _drafted(text) == {("总体癌症5年生存率", 2030, "提升至47.2%")}


def test_two_rates_under_one_bound():
    """"到2030年，5岁以下儿童贫血率和孕妇贫血率控制在10%以下" was drafted as one target named with both rates: each
    rate gets the bound (flagged to check)."""
    text = "样例计划\n\n到2030年，5岁以下儿童贫血率和孕妇贫血率控制在9%以下。\n"
    assert _drafted(text) == {("5岁以下儿童贫血率", 2030, "控制在9%以下"), ("孕妇贫血率", 2030, "控制在9%以下")}


def test_a_note_after_a_change_explains_it():
    """"总体癌症5年生存率比2015年提高3个百分点（从约40%提升至43%）" was unread, named 总体癌症: a note in brackets after
    a change by an amount explains it, as one after a bound does."""
    text = "样例方案\n\n到2022年，总体癌症5年生存率比2015年提高4个百分点（从约39%提升至43%）。\n"
    assert _drafted(text) == {("总体癌症5年生存率", 2022, "比2015年提高4个百分点")}


def test_how_many_bodies_issued_a_plan_is_no_target():
    """"这一目标通过多部门协作实现，涉及…等10个部门联合印发" was drafted (flagged) as a target named 涉及…等."""
    text = "样例方案\n\n到2022年，总体癌症5年生存率比2015年提高4个百分点，涉及卫生、财政等12个部门联合印发。\n"
    assert _drafted(text) == {("总体癌症5年生存率", 2022, "比2015年提高4个百分点")}


def test_a_trend_checked_at_first_is_a_report_of_the_work_so_far():
    """"她还提到，癌症发病率、死亡率上升的趋势也得到初步遏制。…标化发病率逐年下降。" gave a standing target (…发病率,
    逐年下降): a trend said to be checked at first (得到初步遏制) reports the work so far, and the sentence after it too."""
    text = ("样例防治行动方案（2023—2030年）发布会\n\n"
            "她还提到，癌症死亡率上升的趋势也得到初步遏制。全市胃癌标化发病率逐年下降。\n\n"
            "到2030年，总体癌症5年生存率不低于47%。\n")
    assert _drafted(text) == {("总体癌症5年生存率", 2030, "不低于47%")}
