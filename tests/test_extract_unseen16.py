"""Sixteenth round of extract (Chinese): counted sets of actions to carry out, and texts the project had not seen;
each test's sentences are written for it."""

from __future__ import annotations

from drafts import draft_from, drafted_from as _drafted, drafted_or_none


def test_all_of_a_counted_set_of_actions_is_a_count_to_reach():
    """全面实施健康中国行动15个专项行动: how many of them are under way is checkable, as the hand-written keys hold."""
    text = "某市卫生健康规划\n到2025年，全面实施健康中国行动15个专项行动，健康促进政策体系基本建立。\n"
    assert ("健康中国行动专项行动", 2025, "15个") in _drafted(text)
    text = "某市卫生健康规划\n到2025年，深入实施“健康某市行动”的16个专项行动。\n"
    assert _drafted(text) == {("“健康某市行动”专项行动", 2025, "16个")}


def test_a_bare_or_described_set_of_actions_is_no_target():
    """实施10个重大工程 (an action without 全面), 以实施三大行动计划为抓手 (a means), 提出将开展15个专项行动 (a
    description of another document) set nothing."""
    for line in ("到2025年，实施10个重大工程。", "以实施水、大气、土壤污染防治三大行动计划为抓手，改善环境。",
                 "国家出台健康中国行动，提出将开展15个重大专项行动。"):
        assert drafted_or_none("某市卫生健康规划\n" + line + "\n") == set(), line


def test_a_system_that_must_be_built_is_a_deliverable():
    """要基本建成…体系 (要: it must be): as 基本建成…, with the year of the sentence or standing without one."""
    text = "某市卫生健康规划（2021—2025年）\n到2025年，要基本建成强大公共卫生体系。\n"
    assert _drafted(text) == {("强大公共卫生体系", 2025, "要基本建成强大公共卫生体系")}


def test_every_unit_reaching_a_standard_ends_a_list_with_etc():
    """力争全部县级中医医院达到…基本标准等: the 等 that closes a news item's list is not part of the standard."""
    text = "某市新闻\n规划提出，到2025年，力争全部县级中医医院达到医疗服务能力基本标准等。\n"
    assert _drafted(text) == {("县级中医医院达到医疗服务能力基本标准", 2025, "全部县级中医医院达到医疗服务能力基本标准等")}


def test_the_whole_peoples_health_literacy_is_the_catalogued_measure():
    """群众健康素养水平持续提高 / 人民群众…: a level with only a trend is left out unless catalogued, and the health
    literacy of the people (群众, 人民群众, 全市居民) is the catalogue's 居民健康素养水平; a group's own (老年人) is not."""
    from checker.documents.catalogue import entry

    for name in ("群众健康素养水平", "人民群众健康素养水平", "全市居民健康素养水平", "公众健康素养水平"):
        assert entry(name) and entry(name)[0] == entry("居民健康素养水平")[0], name
    assert entry("老年人健康素养水平") is None and entry("群众") is None
    text = "某区健康行动（2021—2030年）\n到2025年，人民群众健康素养水平持续提高，服务水平明显提高。\n"
    assert _drafted(text) == {("人民群众健康素养水平", 2025, "持续提高")}


def test_a_policy_system_set_up_at_first_is_read():
    """…政策体系初步建立: read as 基本建立 is (a deliverable), not left for review as unreadable."""
    from checker.language.grammar import parse_target

    assert parse_target("初步建立").kind == "achieved"
    text = "某区健康行动（2021—2030年）\n到2025年，全民健康优先的政策体系初步建立。\n"
    assert _drafted(text) == {("全民健康优先的政策体系", 2025, "初步建立")}


def test_a_span_that_leads_a_sentence_sets_its_last_year():
    """2020—2022年，…: the health actions' first stage ends in 2022 (no multiple of five); a span inside a clause
    (2002—2012年平均每年增长约5.3%) is still a record of the past. A capacity 得以提升 is a wish, left out."""
    text = ("推进健康某县行动实施意见\n"
            "2020—2022年，健康促进政策体系基本建立，全民健康素养稳步提高，健康服务能力得以提升。\n"
            "2022—2030年，全民健康素养水平大幅提升。\n")
    assert _drafted(text) == {("健康促进政策体系", 2022, "基本建立"), ("全民健康素养", 2022, "稳步提高"),
                              ("全民健康素养水平", 2030, "大幅提升")}
    assert drafted_or_none("某市规划\n全市生产总值2002—2012年平均每年增长约5.3%。\n") == set()


def test_an_english_change_from_a_years_value_reads_with_that_year():
    """…will rise from 31.87 percent in 2024 to over 40 percent by 2030: the start's year was a word the grammar
    could not place; it is read, and the note says the start is 2024's value, not today's."""
    from checker.language.grammar import parse_target

    rule = parse_target("will rise from 31.87 percent in 2024 to over 40 percent")
    assert (rule.kind, rule.value, rule.unit) == ("lower_bound", 40.0, "%")
    assert "2024" in " ".join(rule.notes)
    rule = parse_target("reducing the infant mortality rate from 8.1 per 1,000 in 2015 to 5 per 1,000")
    assert (rule.kind, rule.value, rule.unit) == ("upper_bound", 5.0, "‰") and "2015" in " ".join(rule.notes)
    text = ("Health plan news\nChinese residents' health literacy rate will rise from 31.87 percent in 2024 to over "
            "40 percent by 2030.\n")
    draft = draft_from(text, "plan.txt")
    [(item, target)] = [(item, target) for item in draft.indicators for target in item["targets"].values()]
    assert target["text"] == "will rise from 31.87 percent in 2024 to over 40 percent"
    assert not any("cannot" in note for note in target.get("review") or []), target  # read, not left unread


def test_a_minguo_date_leaves_its_sentence_undated():
    """110年7月1日起提供…，一般超音波檢查增加至3次 (a 2021 change told in 民国 years) was drafted as a standing target of
    the plan's last year; its sentence is now placed in no year (another calendar) and left out, as 从79年…至105年 is.
    (Round 37: 民國112年 names its era, so it is 2023 and its sentence is read as one of 2023年 is, a record here.)"""
    text = ("某市衛生年報\n於2025年將早發性非傳染性疾病死亡率降低25%。\n"
            "110年7月1日起提供孕婦14次產檢,一般超音波檢查增加至3次。\n民國112年,篩檢率提高至87.3%。\n")
    draft = draft_from(text, "plan.txt")
    assert not any(name.startswith(("一般", "筛检")) for name, *_ in _drafted(text))
    assert draft.reviews.get("left out: years in another calendar") == 1


def test_a_sentence_led_by_a_date_is_of_that_dates_year():
    """2021年7月1日起提供…，一般超声波检查增加至3次: a change that took effect on that date, not a standing target of the
    plan's last year; 自2024年1月1日起，…提高至70% is of 2024."""
    text = ("某市医保工作要点\n到2025年，婴儿死亡率控制在5‰以下。\n2021年7月1日起提供孕妇14次产检，一般超声波检查增加至3次。\n"
            "自2024年1月1日起，住院费用报销比例提高至70%。\n")
    assert _drafted(text) == {("婴儿死亡率", 2025, "控制在5‰以下"), ("一般超声波检查", 2021, "增加至3次"),
                              ("住院费用报销比例", 2024, "提高至70%")}


def test_a_share_in_tenths_before_whom_it_counts():
    """将8成病友加入照护网，并让8成病友的病情获得控制 (8成: eight tenths): shares of the patients, as 80%的… are."""
    text = "健康計畫新聞\n預計目標至2030年,將8成病友加入照護網,並讓8成病友的病情獲得控制。\n"
    assert _drafted(text) == {("病友加入照护网的比例", 2030, "8成"), ("病友的病情获得控制的比例", 2030, "8成")}
    text = "某市规划\n到2030年，将80%的病友纳入照护网。\n"
    assert _drafted(text) == {("病友纳入照护网的比例", 2030, "80%")}


def test_years_past_told_mid_sentence_set_nothing():
    """…印发《规划》，《规划》指出，5年来，…人口自然增长率保持在5‰左右: what the five years past brought (drafted as a
    standing target); 《规划》称，5年来，… too. A year to reach after it still sets its targets."""
    text = ("某委新闻\n据网站消息，某委日前印发《规划》，《规划》指出，5年来，主要目标任务顺利完成，人口自然增长率保持在5‰左右。"
            "到2020年，全国总人口在14.2亿人左右。\n《规划》称，5年来，人口自然增长率保持在5‰左右。\n")
    assert _drafted(text) == {("总人口", 2020, "在14.2亿人左右")}


def test_an_average_yearly_rate_named_and_a_start_around_a_value():
    """年均自然增长率在6‰左右 (年均 is part of the name) and 从2015年的1.6左右提高到1.8左右 (a start that is itself
    around a value) were refused by the grammar."""
    from checker.language.grammar import parse_target

    rule = parse_target("年均自然增长率在6‰左右")
    assert (rule.kind, rule.value, rule.subject) == ("around", 6.0, "年均自然增长率")
    rule = parse_target("从2015年的1.6左右提高到1.8左右")
    assert (rule.kind, rule.value) == ("around", 1.8) and rule.notes == ("from 2015年的1.6左右",)
    text = "某委规划\n到2020年，年均自然增长率在6‰左右，总和生育率将从2015年的1.6左右提高到1.8左右。\n"
    assert _drafted(text) == {("年均自然增长率", 2020, "在6‰左右"), ("总和生育率", 2020, "从2015年的1.6左右提高到1.8左右")}


def test_who_set_itself_a_target_is_no_part_of_its_name():
    """India has set itself a challenging target to reduce maternal mortality rate to …: named 'India has set itself a
    target to reduce maternal mortality rate'; The target for 2030 is to reduce …: its year is the target's."""
    text = ("Health goals\nIndia has set itself a challenging target to reduce maternal mortality rate to 70 per 100,000 "
            "live births by 2030.\nThe target for 2030 is to reduce the neonatal mortality rate to 12 per 1,000 live "
            "births.\n")
    assert {(name, year) for name, year, _ in _drafted(text)} == {("孕产妇死亡率", 2030), ("新生儿死亡率", 2030)}


def test_a_district_after_its_city_is_the_plans_region():
    """榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见: the district's plan (drafted as 榆林市's); a city's own title,
    or a city followed by a word that is no district (南通市区域卫生规划), keeps the city."""
    body = "\n\n到2025年，人均预期寿命达到80岁。\n"
    for title, region in (("榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见", "榆阳区"),
                          ("广州市天河区卫生健康事业发展“十四五”规划", "天河区"),
                          ("泉州市南安市“十四五”卫生健康规划", "南安市"),
                          ("南阳市“十四五”卫生健康事业发展规划", "南阳市"), ("南通市区域卫生规划", "南通市")):
        assert draft_from(title + body, "plan.txt").plan["region"] == region, title


def test_a_heading_that_names_a_years_goals_sets_the_year_of_the_lines_under_it():
    """2025年主要目标 / 二、2030年主要指标, then numbered items: the document was refused as naming no year; a heading
    that tells how a year went (2020年主要目标完成情况) sets nothing."""
    text = ("某县卫生健康工作要点\n\n2025年主要目标\n1. 人均预期寿命达到80岁；\n2. 婴儿死亡率控制在4‰以下。\n\n"
            "二、2030年主要指标\n（一）孕产妇死亡率控制在10/10万以下。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到80岁"), ("婴儿死亡率", 2025, "控制在4‰以下"),
                              ("孕产妇死亡率", 2030, "控制在10/10万以下")}
    text = "某县卫生健康工作总结\n\n一、2020年主要目标完成情况\n1. 人均预期寿命达到78岁。\n"
    assert drafted_or_none(text) == set()


def test_english_amounts_with_a_year_each_in_one_clause_are_two_targets():
    """…to 77.3 years by 2020 and 79 years by 2030: drafted as one unreadable 2020 target named after who will raise
    it (China); and …to 7.5 per 1,000 by 2020 and to 5 per 1,000 by 2030 (the comma of 1,000 hid the second year).
    Each amount is now a target of its own year, flagged as one of two in a clause."""
    text = ("Health plan\nChina will raise life expectancy to 77.3 years by 2020 and 79 years by 2030.\n"
            "The infant mortality rate will be cut to 7.5 per 1,000 by 2020 and to 5 per 1,000 by 2030.\n")
    assert _drafted(text) == {("人均预期寿命", 2020, "raise life expectancy to 77.3 years"),
                              ("人均预期寿命", 2030, "raise life expectancy to 79 years"),
                              ("婴儿死亡率", 2020, "The infant mortality rate will be cut to 7.5 per 1,000"),
                              ("婴儿死亡率", 2030, "The infant mortality rate will be cut to 5 per 1,000")}


def test_an_english_title_and_the_place_it_names():
    """# Riverside County Health Plan 2021-2025 over a table: the title was the file's name and the region unknown
    (the title words and places were Chinese only)."""
    body = "\n\nBy 2025, infant mortality will be reduced to 3 per 1,000.\n"
    for title, region in (("Riverside County Health Plan 2021-2025", "Riverside County"),
                          ("Healthy Ireland Framework 2019-2025", "Ireland"), ("The Healthy China 2030 Plan", "China")):
        plan = draft_from(title + body, "plan.md").plan
        assert (plan["title"], plan["region"]) == ({"en": title}, region)
    plan = draft_from("Some notes on health\n\nBy 2025, infant mortality will be reduced to 3 per 1,000.\n", "plan.md").plan
    assert plan["title"] == {"en": "plan"}  # no title words: the file's name stands in, with a review note


def test_english_targets_in_fractions_after_a_topics_label():
    """Our Healthier Nation's 'Cancer - to reduce by at least one-fifth the death rate from all cancers … by 2010':
    fifths and sixths were not read, nor the label before the dash kept out of the name."""
    text = ("Our Healthier Nation\n\n"
            "Accidents - to reduce by one-fifth the rate of occurrence of major accidents to children and adults by "
            "2010.\n\nCancer - to reduce by at least one-fifth the death rate from all cancers among people under 65 "
            "by 2010.\n\nPoor mental health - to reduce by one-sixth the death rate from suicide and undetermined "
            "injury by 2010.\n")
    assert {(year, words) for _, year, words in _drafted(text)} == {
        (2010, "to reduce by one-fifth"), (2010, "to reduce by at least one-fifth"), (2010, "to reduce by one-sixth")}
    assert all(not name.startswith(("Accidents", "Cancer", "Poor")) for name, _, _ in _drafted(text))
    from checker.language.grammar import parse_target

    assert parse_target("reduce by one-fifth the death rate").value == -20


def test_english_facts_of_share_and_a_mission_to_reach():
    """'Smoking contributes to 14% of all deaths …' under a paragraph that sets a 2025 target was drafted as a
    target; 'Another mission is to reduce the avoidable mortality rate by 15%' was named 'Another mission'."""
    text = ("Targets\nTogether, we will work to achieve the following target by 2025:\n"
            "A 30% relative reduction in prevalence of current tobacco use in persons aged 15+ years\n"
            "Tobacco kills people prematurely. Smoking contributes to 14% of all deaths from non-communicable diseases.\n")
    assert {words for _, _, words in _drafted(text)} == {"A 30% relative reduction"}
    text = "Goals\nBy 2030, another mission is to reduce the avoidable mortality rate by 15%.\n"
    assert _drafted(text) == {("avoidable mortality rate", 2030, "reduce the avoidable mortality rate by 15%")}


def test_figures_a_lede_sums_up_as_data_are_no_targets():
    """…平均预期寿命2023年达83.1岁，2023年底每千人口对应注册医生、护士分别为2.9名、4.4名……一组数据，直观地展现出…: a news
    item's figures of record, drafted as four targets (the ellipsis cut the sentence before what it says of them)."""
    text = ("“健康某市”赋能新闻\n65岁以上的老人可享受免费医疗，平均预期寿命2023年达83.1岁，2023年底每千人口对应注册医生、"
            "护士分别为2.9名、4.4名……一组数据，直观地展现出这座城市的健康模样。\n计划到2030年，居民健康素养水平达到40%。\n")
    assert _drafted(text) == {("居民健康素养水平", 2030, "达到40%")}


def test_a_box_of_the_periods_indicators_sets_their_year_and_nature():
    """专栏1 “十四五”时期主要发展指标 over items ``name：target（nature）``: the items were kept as standing targets, a
    bare amount (``…医师数：3.2人``) was dropped as a fact, and the nature stayed in the target's words."""
    text = ("某县“十四五”卫生健康发展规划\n\n专栏1 “十四五”时期主要发展指标\n1.人均预期寿命：达到80岁（预期性）\n"
            "2.孕产妇死亡率：≤10/10万（约束性）\n3.每千人口执业（助理）医师数：3.2人\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到80岁"), ("孕产妇死亡率", 2025, "≤10/10万"),
                              ("每千人口执业（助理）医师数", 2025, "3.2人")}
    natures = {item["name"]["zh"]: item.get("nature") for item in draft_from(text, "plan.txt").indicators}
    assert natures["人均预期寿命"] == "预期性" and natures["孕产妇死亡率"] == "约束性"
    # a bare amount in prose with no heading of goals stays a fact
    assert drafted_or_none("某县概况\n\n全县耕地面积：29977.37公顷。\n") == set()


def test_english_leads_and_reports_of_a_plans_targets():
    """'… safety. By 2030, the plan strives to' (a lead at the end of a long paragraph) and bullets under it; 'The
    document suggests the infant mortality rate should be …' (who suggests it named the target); '… of its citizens'."""
    text = ("Healthy China 2030\nThe plan was issued, covering topics including public health services and food "
            "safety, environmental management and the medical industry, among many others. By 2030, the plan strives to\n"
            "  • increase average life expectancy to 79, and lower the infant mortality rate to 5 every 1,000 births\n")
    assert {(name, year) for name, year, _ in _drafted(text)} == {("人均预期寿命", 2030), ("婴儿死亡率", 2030)}
    text = ("News\nThe document suggests the infant mortality rate should be lowered to five out of every 1,000 live "
            "births by 2030.\nChina wants to increase the average life expectancy of its citizens to 79 by 2030.\n")
    assert {(name, year) for name, year, _ in _drafted(text)} == {("婴儿死亡率", 2030), ("人均预期寿命", 2030)}


def test_a_lead_at_the_end_of_a_paragraph_keeps_the_targets_before_it():
    """'By 2025, life expectancy will reach 80 years. By 2030, the plan aims to:': the lead ends the paragraph, whose
    first sentence still sets its own target; the items under it take 2030."""
    text = "Plan\nBy 2025, life expectancy will reach 80 years. By 2030, the plan aims to:\n- reduce infant mortality to 3 per 1,000\n"
    assert {(year, words) for _, year, words in _drafted(text)} == {
        (2025, "life expectancy will reach 80 years"), (2030, "reduce infant mortality to 3 per 1,000")}


def test_the_region_of_a_county_of_one_character_and_places_that_are_no_place():
    """推进健康泸县行动实施意见 was drafted for 推进健康泸县 (a one-character county: 泸县), 泸县人民政府… missed, 健康南阳行动
    named no place; and the place a text names most was 年全市 (今年全市), 生强市 (卫生强市), 不出市 (大病不出市) or 废城市 (无废城市)."""
    body = "\n\n到2025年，人均预期寿命达到80岁。\n"
    for title, region in (("推进健康泸县行动实施意见", "泸县"), ("泸县人民政府关于印发某方案的通知", "泸县"),
                          ("盐城市“十四五”卫生健康发展规划", "盐城市"), ("沛县卫生健康规划", "沛县")):
        assert draft_from(title + body, "plan.txt").plan["region"] == region, title
    text = ("某地新闻\n\n到2025年，今年全市卫生强市建设推进，基本实现大病不出市，无废城市全覆盖，设区城市空气质量优良天数比率"
            "达到95%。\n")
    assert draft_from(text, "plan.txt").plan["region"] == "未知地区"


def test_an_english_title_run_on_into_the_text_below_it():
    """'12th Five Year Plan (2012-2017) - health targets' has no full stop, so the reader ran it on into the next line:
    the title was the file's name and the targets' year guessed as five years after the base; the title's own line
    is the title now, and its span's end the target year."""
    text = ("12th Five Year Plan (2012-2017) - health targets\nDuring the plan period, efforts will be made to "
            "consolidate the gains of the Mission and provide universal health care.\n\nReducing IMR to < 27 per 1000 "
            "live births\n")
    draft = draft_from(text, "plan.txt")
    assert draft.plan["title"] == {"en": "12th Five Year Plan (2012-2017) - health targets"}
    assert draft.plan["target_years"] == [2017]


def test_a_title_in_traditional_characters():
    """屏東縣健康促進計劃（2021—2025年）: 計劃 is 计划 in traditional characters; the title was the file's name, and the
    region (縣 for 县) was not found."""
    draft = draft_from("屏東縣健康促進計劃（2021—2025年）\n\n到2025年，嬰兒死亡率控制在4‰以下。\n", "plan.txt")
    assert draft.plan["title"] == {"zh": "屏東縣健康促進計劃（2021—2025年）"}
    assert draft.plan["region"] == "屏東縣"  # read as 屏东县, kept as written (regions are compared simplified)


def test_a_line_that_opens_with_a_decimal_runs_on_from_the_line_before():
    """Xinhua's '… average life expectancy to\\n77.3 by 2020 and 79 by 2030, …': the line opening with 77.3 was taken for
    item 77 of a list, so the sentence was cut in two and set nothing."""
    text = ("China eyes life expectancy of 79 by 2030\nBEIJING - China wants to increase its citizens' average life "
            "expectancy to\n77.3 by 2020 and 79 by 2030, up from 76.34 in 2015, according to a plan on\nhealth "
            "development spanning the next 15 years.\n")
    assert {(name, year) for name, year, _ in _drafted(text)} == {("人均预期寿命", 2020), ("人均预期寿命", 2030)}


def test_a_value_of_now_beside_the_target_is_a_note():
    """嬰兒死亡率 5.0‰(目前8.1‰), 經常參加體育鍛煉人數 5.3億人(2014年為3.6億人): the grammar refused the target with the
    value it starts from in brackets beside it."""
    from checker.language.grammar import parse_target

    rule = parse_target("5.0‰(目前8.1‰)")
    assert (rule.value, rule.unit, rule.notes) == (5.0, "‰", ("starting from 目前8.1‰",))
    assert parse_target("5.3亿人（2014年为3.6亿人）").value == 5.3
    assert parse_target("≥81（力争82）").notes == ("stretch goal: 力争82",)  # the stretch goal is read as before
