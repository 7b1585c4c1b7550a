"""Thirty-fifth round, second wave (extract): a dated report that sets this year's goals refused as a report of
progress, projections, vague aims and counts in names drafted, 实事 titles and English title spans that date nothing,
names and services lost in silence, messages that said what was not so."""

from __future__ import annotations

from files import drafted_of, drafted_targets, extract_refusal



_REPORT = ("本报讯（记者 张三）2026年1月20日，市卫健委召开新闻发布会，介绍2025年全市卫生健康工作成效。"
           "2025年，全市家庭医生签约服务覆盖率达到41.2%。")


def test_a_dated_report_that_sets_this_years_goals_is_read():
    """A work-conference report dated 2026 that gives this year's goals with no 将/要/力争 (今年，…达到45%以上，新建…5个)
    was refused whole as "a news report of progress that names no year ahead": 今年 in a text dated after the year it
    reports on is a year ahead."""
    drafted = drafted_of(_REPORT + "今年，全市家庭医生签约服务覆盖率达到45%以上，新建社区医院5个。\n")
    assert drafted == {("家庭医生签约服务覆盖率", 2026, "达到45%以上"), ("新建社区医院", 2026, "5个")}
    # a heading of its own over the later year's plan sets it for the lines under it
    assert ("家庭医生签约服务覆盖率", 2026, "达到45%以上") in drafted_of(
        _REPORT + "\n2026年工作安排\n全市家庭医生签约服务覆盖率达到45%以上。\n")


def test_a_report_of_this_years_progress_is_still_refused_and_says_what_it_names():
    """The narrowing keeps the refusal where 今年 is the year reported on, and the message no longer claims "no year
    ahead" when the title names 2026年工作安排 (it gives no amount for it)."""
    same_year = "本报讯（记者 张三）2025年11月20日，市卫健委介绍2025年全市卫生健康工作成效。今年，全市覆盖率达到41.2%。\n"
    assert "names no year ahead" in extract_refusal(same_year)
    titled = "市卫健委介绍2025年工作成效和2026年工作安排\n\n" + _REPORT + "\n"
    message = extract_refusal(titled)
    assert "news report of progress" in message and "names 2026年工作安排 but gives no amount" in message


def test_a_years_list_of_works_dates_its_items():
    """`某省2026年民生实事` (and `2026年…十件民生实事`) over `2026年，新建5个…` was refused as "no body sentence with a target
    found", and items of no year under it counted `no year`, though a `2026年…工作要点` title dates them: a year's 实事 list
    is that year's work plan."""
    for title in ("某省2026年民生实事", "广东省2026年十件民生实事", "2026年省级民生实事项目"):
        assert drafted_of(f"{title}\n\n全省65岁及以上老年人医养结合服务率达到40%以上。\n") == {
            ("65岁及以上老年人医养结合服务率", 2026, "达到40%以上")}, title


def test_a_refusal_says_what_it_left_out_and_why():
    """A text whose only target-like clause was left out was refused with "no … body sentence with a target found" and
    `今年 … in a text of no date` though its title names 2026年: the message now says a clause was found, and that
    the title's year is not read as the text's date."""
    message = extract_refusal("2026年健康宣传活动\n\n今年将新建5个市级托育综合服务中心。\n")
    assert "1 clause(s) read like targets, each left out" in message
    assert "the title's 2026年 names no plan of that year" in message


_PLAN = "某省2026年卫生健康工作要点\n\n2026年，"


def test_a_projection_of_reach_is_left_out_and_counted():
    """`…，预计将惠及全省17个市县` (what the works are expected to reach) was drafted as the file's only target, named by
    the whole clause: a projection is no target, and is counted as left out."""
    drafted = drafted_targets(_PLAN + "新建5个市级托育综合服务中心，预计将惠及全省17个市县。\n")
    assert [name for name, *_ in drafted] == ["新建市级托育综合服务中心"]
    assert "a projection of how many the works reach" in extract_refusal(_PLAN + "改造农村公路，预计将惠及全省17个市县。\n")


def test_a_batchs_count_is_read_and_flagged():
    """`建成第二批5个省级区域医疗中心` was a yes/no deliverable named with its count (`第二批5个…`), with no note, so the
    count was never checked: it is now a count of 5, named for the batch and flagged."""
    drafted = drafted_targets(_PLAN + "建成第二批5个省级区域医疗中心。\n")
    assert [(name, year, words) for name, year, words, _ in drafted] == [("第二批省级区域医疗中心", 2026, "5个")]
    assert "a count of one batch (第二批)" in drafted[0][3]


def test_the_targets_word_is_no_part_of_the_measures_name():
    """`全市家庭医生签约服务覆盖率目标为45%以上` was named `…覆盖率目标`, which matches no data: 目标为 is the target's words."""
    assert drafted_of(_PLAN + "全市家庭医生签约服务覆盖率目标为45%以上。\n") == {
        ("家庭医生签约服务覆盖率", 2026, "45%以上")}


def test_a_vague_aim_left_to_discretion_is_left_out():
    """`适当扩大研究生培养规模` was drafted as an `up` target with the text `适当扩大`: how much is left to discretion, a
    vague aim, which drafts leave out (counted)."""
    drafted = drafted_of(_PLAN + "新建5个市级托育综合服务中心，适当扩大研究生培养规模。\n")
    assert not any(name == "研究生培养规模" for name, *_ in drafted)
    assert "a vague aim left to discretion" in extract_refusal(_PLAN + "适当扩大研究生培养规模。\n")


def test_an_english_plans_title_span_dates_its_goals():
    """An English plan whose only year is its title's span (`National Strategic Plan … 2015-2020`) was refused whole,
    though its Chinese twin `…规划（2015-2020年）` is drafted for 2020: the span's end dates its goals, with the note."""
    text = ("National Strategic Plan for the Prevention and Control of Non-Communicable Diseases 2015-2020\n\n"
            "Targets:\n\n- Reduce the prevalence of raised blood pressure to 20%\n")
    drafted = drafted_targets(text)
    assert [(name, year) for name, year, *_ in drafted] == [("prevalence of raised blood pressure", 2020)]
    assert "standing requirement for 2020" in drafted[0][3]
    # a first line that names no plan (a report's) still dates nothing
    assert drafted_targets(text.replace("National Strategic Plan for", "Annual Review of")) == []


def test_a_name_with_a_long_bracketed_aside_is_drafted():
    """`重点健康知识知晓率（包括合理膳食、科学运动、心理健康、慢性病防治等）提高至85%` was lost without a word (no draft, no
    count): the name with its aside was too long. The aside is cut from the name, with a note."""
    drafted = drafted_targets(_PLAN + "重点健康知识知晓率（包括合理膳食、科学运动、心理健康、慢性病防治等）提高至85%。\n")
    assert [(name, year, words) for name, year, words, _ in drafted] == [("重点健康知识知晓率", 2026, "提高至85%")]
    assert "bracketed aside" in drafted[0][3]


def test_a_benefit_paid_to_so_many_is_drafted():
    """`为300万名婴幼儿发放育儿补贴` was neither drafted nor counted (发放 was no service verb): how many are paid is the
    target, drafted as a count of people and flagged."""
    drafted = drafted_targets(_PLAN + "新建5个市级托育综合服务中心，为300万名婴幼儿发放育儿补贴。\n")
    assert any(words == "300万名" and year == 2026 and review for _, year, words, review in drafted)


def test_this_years_lead_before_a_count_built_is_no_part_of_its_name():
    """`2026年民生实事项目` over `今年将新建5个市级托育综合服务中心` was refused ("今年 … in a text of no date"); dated by its
    title, it then drafted a target named `新建` whose text was the whole clause, unread: `今年将`, `今年` before a count
    built is the year's lead, as `北京市将` is the place's."""
    for lead in ("今年将", "今年"):
        assert drafted_of(f"2026年民生实事项目\n\n{lead}新建5个市级托育综合服务中心。\n") == {
            ("新建市级托育综合服务中心", 2026, "新建5个")}, lead


def test_an_english_goal_aimed_at_with_a_view_to_achieving_is_counted():
    """An English plan whose goals are written `Encouraging reduction in salt intake with a view to achieving 30% relative
    reduction …` was refused with "no … body sentence with a target found", as if it had none: such a goal is now
    counted as not read, and the refusal says it found it."""
    text = ("Policy - National Policy on Non-Communicable Diseases\n\nGoals:\n"
            "  • Encouraging reduction in salt intake with a view to achieving 30% relative reduction in mean population "
            "intake of salt/sodium.\n")
    message = extract_refusal(text)
    assert "1 clause(s) read like targets" in message and "an English goal not read" in message


def test_a_level_now_then_its_goal_is_the_goal_alone():
    """`The stunting rate is 30% and should be reduced to 20%` was drafted whole, as ≈30% and ≤20% at once (no data can
    meet both), with no note; an English title's span now dates such sentences, so the level now is left out and the
    goal alone is the target, with a note."""
    drafted = drafted_targets("Punjab State Health Policy 2022-2027\n\n"
                              "By 2027, the stunting rate is 30% and should be reduced to 20%.\n")
    assert [(name, year, words) for name, year, words, _ in drafted] == [
        ("stunting rate", 2027, "should be reduced to 20%")]
    assert "the level now (is 30%) is left out" in drafted[0][3]
    # a first line that looks back at a plan's span dates nothing
    assert drafted_targets("Review of the National Strategic Plan for the Prevention and Control of Non-Communicable "
                           "Diseases 2015-2020\n\nTargets:\n\n"
                           "- Reduce the prevalence of raised blood pressure to 20%\n") == []
