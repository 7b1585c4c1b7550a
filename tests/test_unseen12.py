"""Target phrases of the twelfth round: plans of kinds not tried before (ageing, childcare, mental health,
occupational health, medical insurance, county plans, translated and WHO-style English goals). Each test's
phrases are written for it in the forms those plans use."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


@pytest.mark.parametrize("phrase, kind, op, value", [
    ("八成五", "reach", ">=", 85), ("达到七成五以上", "lower_bound", ">=", 75), ("六成五左右", "around", "≈", 65),
    ("9成5以上", "lower_bound", ">=", 95), ("九成以上", "lower_bound", ">=", 90)])
def test_tenths_with_the_next_place_are_a_share(phrase, kind, op, value):
    """"八成五" (eight tenths and five) was refused; it is 85%, as 八成 is 80%."""
    rule = parse_target(phrase, "%", "up")
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)


def test_a_count_in_chinese_numerals_after_a_change_word_is_the_change():
    """"增加三十万人" was refused while "增加30万人" read: the numerals are the same amount."""
    rule = parse_target("增加三十万人", "万人", "up")
    assert (rule.kind, rule.op, rule.value, rule.change) == ("vs_baseline", ">=", 30, "points")
    rule = parse_target("减少两千人", "人", "down")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", "<=", -2000)
    with pytest.raises(CheckerError):
        parse_target("新增三十万人", "万人", "up")  # a change word the grammar does not know stays refused


@pytest.mark.parametrize("phrase, unit, value", [
    ("每千人口护理床位数达到5.5张", "张/千人", 5.5), ("每千常住人口药师数达到0.6人", "人/千人", 0.6),
    ("每万人口全科医生数达到4名", "人/万人", 4), ("全县常住人口千人床位数达到6.2张", "张/千人", 6.2),
    ("每千人口拥有3岁以下婴幼儿托位数达到4个以上", "个/千人", 4)])
def test_a_name_counted_per_thousand_people_makes_its_count_a_rate(phrase, unit, value):
    """"每千人口床位数达到6张" was refused (张 is not 张/千人); the name says per 1,000 people."""
    rule = parse_target(phrase, unit, "up")
    assert rule.value == value and rule.unit == unit
    assert any("per " in note for note in rule.notes)


def test_a_count_without_a_per_thousand_name_reads_in_the_indicators_frame():
    """A bare "达到6张" for an indicator in 张/千人 (a table's 每千人口床位数 row) is 6 张/千人: the plan measures
    the indicator per 1,000 people and 张 is its counting word (tests/test_per_people_units.py); another
    counting word is still refused."""
    assert parse_target("达到6张", "张/千人", "up").value == 6
    with pytest.raises(CheckerError):
        parse_target("达到6人", "张/千人", "up")
    # a plan that counts such an indicator in 人 keeps its own unit
    assert parse_target("每千人口社会体育指导员达到2.5人", "人", "up").value == 2.5
    # a number before 万人口 is a size, not a rate: "10万人口以上的县" names the county
    with pytest.raises(CheckerError):
        parse_target("10万人口以上的县医院床位达到300张", "张/千人", "up")


@pytest.mark.parametrize("phrase", ["护床比达到1:0.8", "1:1.5", "医护比不低于1：1.25"])
def test_a_ratio_written_with_a_colon_is_refused_with_its_reason(phrase):
    with pytest.raises(CheckerError, match="ratio"):
        parse_target(phrase, "比值", "up")


@pytest.mark.parametrize("phrase", ["2027年、2035年分别达到75%、85%", "到2027年和2035年分别达到75%和85%",
                                    "2027年75%、2035年85%", "城镇、农村分别达到60%和40%以上"])
def test_two_values_in_one_phrase_are_refused_saying_so(phrase):
    """Two years (or two groups) with a value each were refused with "cannot place the words 达到"."""
    with pytest.raises(CheckerError, match="two values"):
        parse_target(phrase, "%", "up")


@pytest.mark.parametrize("phrase, kind, op, value", [
    ("maintained above 96%", "lower_bound", ">=", 96), ("remain above 96%", "lower_bound", ">=", 96),
    ("should be kept above 96%", "lower_bound", ">=", 96), ("stay below 8%", "upper_bound", "<=", 8),
    ("kept below 8%", "upper_bound", "<=", 8), ("above 96%", "lower_bound", ">", 96), ("below 8%", "upper_bound", "<", 8)])
def test_a_verb_of_holding_makes_above_and_below_inclusive_as_kept_below_was(phrase, kind, op, value):
    """"kept below 8%" read ≤ (控制在8%以下) but "maintained above 96%" read > 96: the same holding verb, the
    Chinese a translation carries (保持在…以上) is inclusive both ways; a bare above/below stays strict."""
    rule = parse_target(phrase, "%", "up" if "above" in phrase else "down")
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)


@pytest.mark.parametrize("phrase, value, base_year", [
    ("a 20% relative reduction in the prevalence of physical inactivity", -20, None),
    ("at least a 15 per cent relative reduction in daily salt intake", -15, None),
    ("reduce the smoking prevalence by 25%", -25, None), ("reducing daily salt intake by at least 20%", -20, None),
    ("a 60% reduction in malaria deaths compared with 2016", -60, 2016),
    ("cut the incidence of measles by 40% compared with 2018", -40, 2018),
    ("halve the number of drowning deaths", -50, None), ("reduce by a third the suicide mortality", -100 / 3, None),
    ("halt the rise in childhood obesity", 0, None)])
def test_an_english_change_with_its_name_after_it_is_read(phrase, value, base_year):
    """The name after a change ("a 25% reduction in X", "reduce X by 30%", "halve X") was refused."""
    rule = parse_target(phrase, "%", "down")
    assert rule.kind == "vs_baseline" and rule.value == pytest.approx(value) and rule.base_year == base_year
    assert rule.subject


def test_reduce_by_a_yearly_amount_is_still_a_yearly_rate():
    """"reduce by 1% year by year" must not take "year by year" for a name."""
    assert parse_target("reduce by 2% year by year", "%", "down").kind == "annual_rate"


def test_a_rate_counted_among_women_is_a_rate():
    rule = parse_target("below 5 per 100,000 women", "1/10万", "down")
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<", 5)


def test_come_a_year_is_a_deadline():
    rule = parse_target("reduce the obesity rate by 10% come 2030", "%", "down")
    assert (rule.kind, rule.value, rule.year) == ("vs_baseline", -10, 2030)


@pytest.mark.parametrize("phrase, kind, op, value", [
    ("keep the measles vaccination coverage above 96%", "lower_bound", ">=", 96),
    ("maintaining the coverage of iron supplements at over 85%", "lower_bound", ">=", 85),
    ("keeping the overweight rate to below 30%", "upper_bound", "<=", 30),
    ("account for no less than 55% of the total number of schools", "lower_bound", ">=", 55),
    ("will account for 65 percent of the total", "reach", ">=", 65),
    ("will not be lower than 35 square meters", "lower_bound", ">=", 35)])
def test_a_held_value_with_its_name_a_share_written_account_for_and_not_be_lower(phrase, kind, op, value):
    """The verb of holding with the name before its bound reads as with the name elsewhere (inclusive);
    "account for N% (of the total)" is the share; "will not be lower than" is not lower than."""
    unit = "平方米" if "square" in phrase else "%"
    rule = parse_target(phrase, unit, "down" if "below" in phrase else "up")
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)


def test_counts_of_visits_and_bounded_english_changes():
    """A count of visits in numerals (增长十五万人次) and per 1,000 people (每千人口门诊量达到3000人次); an English
    change bounded by more than / no more than, with its name before it."""
    assert parse_target("增长十五万人次", "万人次", "up").value == 15
    rule = parse_target("每千人口门诊量达到3000人次", "人次/千人", "up")
    assert (rule.value, rule.unit) == (3000, "人次/千人")
    rule = parse_target("reduce the number of drownings by more than 20%", "人", "down")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", "<", -20)
    rule = parse_target("reduce the waiting time by no more than 10%", "天", "up")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", ">=", -10)


def test_a_thousand_people_that_sizes_a_firm_is_no_rate():
    """"千人规模以上的企业" counts firms of a thousand staff or more: 千人 there is no per-capita base."""
    with pytest.raises(CheckerError):
        parse_target("千人规模以上的企业达到50家", "家/千人", "up")


def test_a_count_built_for_an_indicator_counted_so_is_the_target():
    """"力争建成2个省级临床重点专科" for an indicator in 个 was read as a yes/no deliverable (achieved), its count
    left in a note; "建成2个" alone read ≥ 2. With no unit, or another, it stays a deliverable."""
    rule = parse_target("力争建成3个省级重点实验室", "个", "up")
    assert (rule.kind, rule.op, rule.value) == ("reach", ">=", 3)
    assert parse_target("建成4所县级妇幼保健院", "所", "up").value == 4
    assert parse_target("建成3个省级重点实验室").kind == "achieved"
    assert parse_target("建成三级医院", "个", "up").kind == "achieved"


def test_per_capita_written_qian_ren_jun():
    """"千人均注册护士力争达到4.1人" (per 1,000 people, written 千人均) was refused for an indicator in 人/千人."""
    rule = parse_target("千人均注册护士力争达到4.4人", "人/千人", "up")
    assert (rule.value, rule.unit) == (4.4, "人/千人")


@pytest.mark.parametrize("phrase, kind, op, value, base_year", [
    ("below the 2018 level", "vs_baseline", "<", 0, 2018), ("no higher than the 2016 level", "vs_baseline", "<=", 0, 2016),
    ("not lower than 2019 levels", "vs_baseline", ">=", 0, 2019),
    ("keep the prevalence of obesity below the 2018 level", "vs_baseline", "<", 0, 2018),
    ("rise above 85%", "lower_bound", ">", 85, None), ("to climb above 85%", "lower_bound", ">", 85, None),
    ("kept at below 12 per 1,000", "upper_bound", "<=", 12, None)])
def test_a_years_level_is_its_value_and_rise_above_is_a_level(phrase, kind, op, value, base_year):
    """"below the 2018 level" was read as a level under 2018 (the year as the value) and "rise above 85%" as a
    rise BY more than 85%: two confident wrong readings. "kept at below" is held like "kept below"."""
    unit = "‰" if "1,000" in phrase else "%"
    rule = parse_target(phrase, unit, "up" if op.startswith(">") else "down")
    assert (rule.kind, rule.op, rule.value, rule.base_year) == (kind, op, value, base_year)


def test_reach_a_year_with_no_level_is_refused():
    """"力争达到2027年" was read as "not below the value of 2027" (a base year in the plan's future); 达到 a year
    with no 水平 does not say whether the year is when or what. "达到2019年水平" stays a base year's level."""
    for phrase in ("力争达到2027年", "达到2027年"):
        with pytest.raises(CheckerError):
            parse_target(phrase, "%", "up")
    rule = parse_target("达到2019年水平", "%", "up")
    assert (rule.kind, rule.op, rule.base_year) == ("vs_baseline", ">=", 2019)


def test_a_span_that_counts_a_group_is_part_of_its_name():
    """"接尘工龄不足5年的劳动者…比例明显下降" was refused: 不足 in the name was taken for a comparator."""
    rule = parse_target("接尘工龄不满3年的工人新发病例占比明显下降", "%", "down")
    assert (rule.kind, rule.trend) == ("trend", "down")
    rule = parse_target("接尘工龄不足5年的劳动者新发病例占比下降到2%以下", "%", "down")
    assert (rule.kind, rule.op, rule.value) == ("upper_bound", "<=", 2)
    assert parse_target("不足5%", "%", "down").op == "<"  # a bound stays a bound
