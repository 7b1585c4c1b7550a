"""Target phrases of the thirteenth round: myopia, oral-health, tobacco, maternal and child health, insurance and
fitness goals, Macau and Taiwan texts, and English goals of Australia, Canada, the UK and WHO regions. Each
test's phrases are written for it in the forms those plans use."""

from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target


@pytest.mark.parametrize("phrase", ["降低到2018年的75%", "下降到2019年的60%以下", "提高到2030年的81岁"])
def test_a_year_after_to_with_no_start_is_refused(phrase):
    """"降低到2015年的80%" read as ≤ 80% in 2015 (a confident wrong year): with no 从/由 before it the year may be
    the base a share is taken of (80% of 2015's value), so the phrase is refused, saying why."""
    with pytest.raises(CheckerError, match="no starting value"):
        parse_target(phrase, "%" if "%" in phrase else "岁", "down" if "降" in phrase else "up")


def test_a_year_after_to_following_a_start_is_the_target_year():
    rule = parse_target("从2016年的6.1‰降到2030年的4‰", "‰", "down")
    assert (rule.kind, rule.op, rule.value, rule.year) == ("upper_bound", "<=", 4, 2030)
    rule = parse_target("由2020年的78.1岁提高到2025年的79岁", "岁", "up")
    assert (rule.value, rule.year) == (79, 2025)


@pytest.mark.parametrize("phrase", ["70%到75%以上", "70%至75%以下", "3‰-4‰以下", "12.5到13以上"])
def test_a_range_end_before_a_comparator_is_no_name(phrase):
    """"80%到85%以上" read as ≥ 85% with "80%到" for its name: the first number was dropped."""
    with pytest.raises(CheckerError):
        parse_target(phrase, "%" if "%" in phrase else "‰", "up")


@pytest.mark.parametrize("phrase", ["降至一半", "下降到一半以下", "降低至半数", "提高到一半"])
def test_half_after_a_verb_of_change_to_is_refused(phrase):
    """"降至一半" read as ≤ 50%: cutting a rate to half is half its base value, not a level of 50%."""
    with pytest.raises(CheckerError):
        parse_target(phrase, "%", "down")


def test_half_elsewhere_is_still_read():
    assert parse_target("降低一半", "%", "down").value == -50
    assert (parse_target("超过一半", "%", "up").op, parse_target("超过一半", "%", "up").value) == (">", 50)
    assert parse_target("减半", "%", "down").value == -50


@pytest.mark.parametrize("phrase, op, value", [
    ("less than half", "<", 50), ("more than half", ">", 50), ("at least half", ">=", 50)])
def test_half_in_english_is_a_share(phrase, op, value):
    """"less than half" was refused (half was an unknown word); "reduce to half" stays refused, as 降至一半."""
    rule = parse_target(phrase, "%", "up")
    assert (rule.op, rule.value) == (op, value)
    with pytest.raises(CheckerError):
        parse_target("reduce to half", "%", "down")


@pytest.mark.parametrize("phrase, unit, change", [
    ("较目前再增加约2岁", "岁", "points"), ("比目前提高1.5岁", "岁", "points"), ("在目前基础上下降15%", "%", "percent")])
def test_the_current_level_is_the_plans_base(phrase, unit, change):
    """"较目前再增加约3岁" was refused; 目前 (now) is the level the plan starts from, as 现有 is."""
    rule = parse_target(phrase, unit, "down" if "下降" in phrase else "up")
    assert (rule.kind, rule.change, rule.base_year) == ("vs_baseline", change, None)


@pytest.mark.parametrize("phrase, low, high", [
    ("介于55%和65%之间", 55, 65), ("在1‰与2‰之间", 1, 2), ("介于65%至55%之间", 55, 65)])
def test_between_two_values_written_with_and(phrase, low, high):
    """"介于60%和70%之间" was refused; 和/与 join a range's ends inside 介于/在 … 之间."""
    rule = parse_target(phrase, "‰" if "‰" in phrase else "%", "up")
    assert (rule.kind, rule.value, rule.upper) == ("range", low, high)


@pytest.mark.parametrize("phrase, base, year, value", [
    ("a 25% reduction from 2018 levels by 2035", 2018, 2035, -25), ("a 4% increase from 2021 by 2026", 2021, 2026, 4)])
def test_a_change_from_a_base_year_with_a_deadline_after_it(phrase, base, year, value):
    """"a 30% reduction from 2015 levels by 2030" was refused: the moved deadline hid the change from a base year."""
    rule = parse_target(phrase, "%", "down" if value < 0 else "up")
    assert (rule.kind, rule.value, rule.base_year, rule.year) == ("vs_baseline", value, base, year)


@pytest.mark.parametrize("phrase, op, value, upper", [
    ("maintained between 90% and 95%", "between", 90, 95), ("to be kept between 2 and 3", "between", 2, 3)])
def test_held_between_two_values_is_a_range(phrase, op, value, upper):
    rule = parse_target(phrase, "%", "up")
    assert (rule.op, rule.value, rule.upper) == (op, value, upper)


def test_a_deadline_written_the_year():
    """"to less than 5% by the year 2035" was refused: "the year" stood between by and the year."""
    rule = parse_target("to less than 4% by the year 2040", "%", "down")
    assert (rule.op, rule.value, rule.year) == ("<", 4, 2040)


def test_a_rate_per_pregnant_women_is_per_100000():
    rule = parse_target("reduced to 16 per 100,000 pregnant women", "1/10万", "down")
    assert (rule.op, rule.value, rule.unit) == ("<=", 16, "1/10万")


@pytest.mark.parametrize("phrase", ["adults by at least 15%", "smoking prevalence among men by at least 10%",
                                    "the rate by more than 5 percentage points"])
def test_an_english_name_then_by_an_amount_with_no_verb_is_refused(phrase):
    """"adults by at least 15%" read as ≥ 15% (a level) named "adultsby": by joined to the name's last word hid it."""
    with pytest.raises(CheckerError, match="by"):
        parse_target(phrase, "%", "down")


def test_a_verb_before_the_name_still_reads_the_change():
    rule = parse_target("reduce smoking prevalence among men by at least 10%", "%", "down")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", "<=", -10)


@pytest.mark.parametrize("phrase, unit", [("不超过8%以上", "%"), ("低于3‰以上", "‰"), ("不低于85%以下", "%"),
                                          ("不高于12/10万以上", "1/10万")])
def test_comparators_pointing_opposite_ways_are_refused(phrase, unit):
    """"不超过5%以上" read as ≤ 5% (the first comparator won): the two say contrary things."""
    with pytest.raises(CheckerError, match="opposite sides"):
        parse_target(phrase, unit, "down")


@pytest.mark.parametrize("phrase, op, value", [("不少于4所以上", ">=", 4), ("≤6%以下", "<=", 6), ("至多3个以内", "<=", 3)])
def test_comparators_pointing_the_same_way_are_read(phrase, op, value):
    rule = parse_target(phrase, None, "up")
    assert (rule.op, rule.value) == (op, value)


def test_a_tenth_and_a_half():
    """"九成半以上" was refused; 成半 is the next place's half, as 八成五 is 85%."""
    assert (parse_target("七成半以上", "%", "up").op, parse_target("七成半以上", "%", "up").value) == (">=", 75)


@pytest.mark.parametrize("phrase, kind, value, base, year", [
    ("reduce by 15% between 2018 and 2028", "vs_baseline", -15, 2018, 2028),
    ("20% below 2019 levels by 2029", "vs_baseline", -20, 2019, 2029),
    ("5% above the 2021 level", "vs_baseline", 5, 2021, None),
    ("not below 2022 levels", "vs_baseline", 0, 2022, None)])
def test_english_changes_from_a_year(phrase, kind, value, base, year):
    """A span "between 2015 and 2025", "30% below 2015 levels" and "not below 2019 levels" were refused."""
    rule = parse_target(phrase, "%", "down" if value < 0 else "up")
    assert (rule.kind, rule.value, rule.base_year, rule.year) == (kind, value, base, year)


def test_two_years_alone_are_no_range():
    with pytest.raises(CheckerError):
        parse_target("between 2016 and 2026", "%", "up")


@pytest.mark.parametrize("phrase, op", [("three quarters", ">="), ("at least three-quarters", ">="), ("not above 75%", "<=")])
def test_three_quarters_and_not_above(phrase, op):
    rule = parse_target(phrase, "%", "up")
    assert (rule.op, rule.value) == (op, 75)


def test_the_first_years_of_a_plan_are_no_name():
    """"前三年每年提高5个百分点" read as a yearly rise named "前三年每": the first three years are a span (from when
    to when is not the year judged) and 每 was cut off its 每年."""
    with pytest.raises(CheckerError, match="前两年"):
        parse_target("前两年每年提高3个百分点", "%", "up")


def test_an_annual_mean_concentration_is_a_name():
    """"PM2.5年均浓度下降到35微克/立方米" was refused: 年均 is part of the pollutant's name there."""
    rule = parse_target("PM10年均浓度下降到60微克/立方米", "微克/立方米", "down")
    assert (rule.kind, rule.op, rule.value, rule.subject) == ("upper_bound", "<=", 60, "PM10年均浓度")


@pytest.mark.parametrize("phrase, op, value", [
    ("equal to or greater than 85%", ">=", 85), ("equal to or more than 85%", ">=", 85),
    ("equal to or less than 15%", "<=", 15), ("no greater than 15%", "<=", 15), ("not greater than 15%", "<=", 15),
    ("at minimum 85%", ">=", 85), ("85% at least", ">=", 85), ("15% at most", "<=", 15)])
def test_english_comparators_written_out(phrase, op, value):
    """"equal to or greater than 90%" read as > 90% (a wrong comparator, with "equalor" for a name)."""
    rule = parse_target(phrase, "%", "up")
    assert (rule.op, rule.value, rule.subject) == (op, value, None)


@pytest.mark.parametrize("phrase, op, value", [
    ("不得超过8%", "<=", 8), ("不应高于35%", "<=", 35), ("不得低于95%", ">=", 95), ("不應超過百分之八", "<=", 8),
    ("剖宫产率不宜高于30%", "<=", 30)])
def test_must_not_is_a_bound(phrase, op, value):
    """"不得超过5%" (must not exceed) was refused: a rule's must not is a comparator."""
    rule = parse_target(phrase, "%", "down")
    assert (rule.op, rule.value) == (op, value)


def test_must_not_before_a_reference():
    rule = parse_target("不得低于全省平均水平", "%", "up")
    assert (rule.kind, rule.op, rule.reference) == ("vs_reference", ">=", "province")


def test_cases_counted_as_zong_in_a_rate_with_its_base_first():
    """"每十萬人口少於50宗" (Hong Kong and Macau count cases in 宗) was refused."""
    rule = parse_target("下降至每十萬人口40宗以下", "1/10万", "down")
    assert (rule.op, rule.value, rule.unit) == ("<=", 40, "1/10万")


def test_years_of_age():
    assert parse_target("82.5 years of age", "岁", "up").value == 82.5


@pytest.mark.parametrize("phrase", ["乳腺癌术后5年生存率达到85%", "产后1年内随访率达到90%"])
def test_a_span_inside_a_name_is_still_a_name(phrase):
    """The first years of a plan are refused only where they open the words: "术后5年生存率" is a name."""
    assert parse_target(phrase, "%", "up").value in (85, 90)


@pytest.mark.parametrize("text, op, reference", [("高於全國平均水準", ">", "nation"), ("不低於全省平均水準", ">=", "province"),
                                                ("低于全市平均水准", "<", "city")])
def test_the_average_named_with_taiwans_word_for_level(text: str, op: str, reference: str) -> None:
    """平均水準 (水准) is Taiwan's 平均水平: a county plan's 高於全國平均水準 was refused."""
    rule = parse_target(text)
    assert (rule.kind, rule.op, rule.reference) == ("vs_reference", op, reference)
