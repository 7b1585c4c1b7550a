"""Round 37: Chinese words of traditional-character texts (t_trad F3, F4, F5).

- Weeks (星期, 周) were no unit: ``新症預約輪候時間中位數不超過四星期`` (Hong Kong's waiting-time pledges) was lost, and
  ``不超過4周`` was refused asking to add 周. A week is seven days; 周岁 stays an age.
- 卅 (30) and 廿 (20) in a numeral (``降到每十萬人口卅四人``) made the phrase unreadable; the modal 能 was kept in a name
  (``结核病发生率能``).
- A 民國 year written with its era (``民國115年…``, ``到民國119年，…``, a title's ``民國115年度``) was refused by extract as
  "another calendar", though the era says which calendar it is.
"""
import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target
from drafts import draft_from, drafted_from


# --- F3: weeks -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value", [("不超過四星期", 4.0), ("不超過4周", 4.0), ("不超过2个星期", 2.0),
                                           ("4周以内", 4.0), ("不超過一星期", 1.0)])
def test_a_length_in_weeks_is_read(phrase, value):
    """A bound in weeks, in digits or in numerals, reads as at most so many weeks."""
    rule = parse_target(phrase)
    assert (rule.kind, rule.value, rule.unit) == ("upper_bound", value, "周")


def test_a_week_is_seven_days():
    """周 converts into 天, so data in days is judged against a target in weeks."""
    from checker.language.units import convert

    assert convert(4, "周", "天") == pytest.approx(28)


def test_a_length_of_days_in_numerals_is_read():
    """不超过二十八天 was refused while 不超过28天 was read."""
    rule = parse_target("不超过二十八天")
    assert (rule.value, rule.unit) == (28.0, "天")


@pytest.mark.parametrize("phrase, unit", [("18周岁及以上", "岁"), ("4周岁以下", "岁")])
def test_an_age_in_full_years_stays_an_age(phrase, unit):
    """周岁 is an age, never weeks."""
    assert parse_target(phrase).unit == unit


def test_extract_drafts_a_waiting_time_in_weeks():
    """The Hong Kong pledge in weeks is drafted (it was: no body sentence with a target found)."""
    text = "2024年目標\n新症預約輪候時間中位數不超過四星期。\n"
    assert drafted_from(text) == {("新症预约轮候时间中位数", 2024, "不超過四星期")}


def test_extract_keeps_two_waiting_times_in_one_sentence_for_review():
    """分別為不超過一星期及四星期 (two queues the sentence does not name) was dropped with no word; it is drafted, flagged
    as two values for two groups, rather than lost."""
    draft = draft_from("2024年目標\n個案經理的比例不超過40%。\n新症預約輪候時間中位數分別為不超過一星期及四星期。\n")
    [entry] = [item["targets"][2024] for item in draft.indicators if item["name"]["zh"] == "新症预约轮候时间中位数"]
    assert "two values in one phrase, for two years or two groups" in entry["review"]


# --- F4: 卅 and 廿 in numerals, and the modal 能 -------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value", [("降到每十萬人口卅四人", 34.0), ("每十萬人口廿八例", 28.0),
                                           ("降至每十万人口卅人以下", 30.0)])
def test_thirty_and_twenty_in_a_numeral(phrase, value):
    """卅四 is 三十四 and 廿八 is 二十八 (both were refused: cannot read the target phrase)."""
    rule = parse_target(phrase)
    assert (rule.value, rule.unit) == (value, "1/10万")


def test_extract_reads_thirty_in_a_numeral_and_cuts_the_modal():
    """``2015年，結核病發生率能降到每十萬人口卅四人`` is drafted (it was not found), named without the modal 能."""
    text = "結核病防治計畫\n2015年，結核病發生率能降到每十萬人口卅四人。\n"
    assert drafted_from(text) == {("结核病发生率", 2015, "降到每十萬人口卅四人")}


def test_a_name_that_ends_in_a_word_of_neng_keeps_it():
    """功能, 体能: 能 is part of the word there, not a modal."""
    text = "某市规划\n到2030年，肺功能检查率达到60%，学生体能达标率达到90%。\n"
    assert {name for name, *_ in drafted_from(text)} == {"肺功能检查率", "学生体能达标率"}
