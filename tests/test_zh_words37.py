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
    """周 converts into 天, so data in days is judged against a target in weeks; 周岁 stays an age, never weeks."""
    from checker.language.units import convert

    assert convert(4, "周", "天") == pytest.approx(28)
    assert parse_target("18周岁及以上").unit == parse_target("4周岁以下").unit == "岁"


def test_a_length_of_days_in_numerals_is_read():
    """不超过二十八天 was refused while 不超过28天 was read."""
    rule = parse_target("不超过二十八天")
    assert (rule.value, rule.unit) == (28.0, "天")


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
    """``2015年，結核病發生率能降到每十萬人口卅四人`` is drafted (it was not found), named without the modal 能; in
    肺功能, 体能 the 能 is part of the word and stays."""
    text = "結核病防治計畫\n2015年，結核病發生率能降到每十萬人口卅四人，肺功能檢查率達到60%，學生體能達標率達到90%。\n"
    assert {(name, year) for name, year, _ in drafted_from(text)} == {
        ("结核病发生率", 2015), ("肺功能检查率", 2015), ("学生体能达标率", 2015)}




# --- F5: 民國 years written with their era ------------------------------------------------------------------------------

def test_a_year_with_its_era_is_the_common_year_in_place():
    """``arabic_years`` writes 民國115年 as 2026年, padded so each position stays; a bare 115年 is left as written."""
    from checker.language.cn_numerals import arabic_years

    for written, year in [("一、民國115年成人", "2026"), ("到中華民國119年，", "2030"), ("民國九十七年度", "2008"),
                          ("較民國一○九年", "2020"), ("民国 97年", "2008")]:
        read = arabic_years(written)
        assert len(read) == len(written) and f"{year}年" in read.replace(" ", ""), read
        assert read.find(year) == written.find("民") if "中" not in written else read.find(year) == written.find("中")
    assert arabic_years("119年嬰兒死亡率") == "119年嬰兒死亡率"


def test_extract_reads_sentences_with_their_era():
    """Each sentence that names 民國 is drafted for its year (the document was refused: another calendar), quoted as
    written; a bare 119年 beside them is still not placed (its calendar is not said in its words)."""
    text = ("國民健康署施政計畫\n一、民國115年成人吸菸率降至12%以下。\n二、到民國119年，大腸癌篩檢率提升至45%以上。\n"
            "三、119年嬰兒死亡率降至千分之3.5以下。\n四、愛滋病毒感染者知道自己感染狀況之比率於中華民國119年達95%。\n")
    draft = draft_from(text)
    assert {(name, year, words) for name, year, words, _ in _targets(draft)} == {
        ("成人吸烟率", 2026, "降至12%以下"), ("大肠癌筛检率", 2030, "提升至45%以上"),
        ("爱滋病毒感染者知道自己感染状况之比率", 2030, "達95%")}
    assert any("民國115年" in target["source"]["quote"] for item in draft.indicators
               for target in item["targets"].values())


def test_extract_reads_a_title_year_with_its_era():
    """A title ``國民健康署 民國115年度 施政目標`` gives its goals the year 2026 (no year was found)."""
    text = "國民健康署 民國115年度 施政目標\n一、成人吸菸率降至12%以下。\n"
    assert draft_from(text).plan["target_years"] == [2026]


def test_a_refusal_names_a_bare_minguo_year_in_the_title():
    """A title's ``九十七年度`` (no era) is passed over: the refusal says so and how to write it."""
    text = "行政院衛生署國民健康局 歲出計畫提要 九十七年度\n預期成果：\n(2)兒童發展篩檢率達85%。\n"
    with pytest.raises(CheckerError) as refused:
        draft_from(text)
    assert "九十七年度 may be a year of 民國 (97 + 1911 = 2008)" in refused.value.message
    text = text.replace("九十七年度", "民國九十七年度")
    assert {year for _, year, _, _ in _targets(draft_from(text))} == {2008}


def test_a_bare_year_in_a_cell_of_a_minguo_table_gets_a_rule(tmp_path):
    """``較112年減少10%`` under headers that count in 民國 (基準值（112年）, 115年度目標值) keeps its words and gets a
    rule reading 112 as 民國112年 (2023), with a note (it was refused: no era)."""
    path = tmp_path / "kpi.md"
    path.write_text("# 某縣衛生局關鍵績效指標\n\n| 關鍵績效指標 | 基準值（112年） | 115年度目標值 | 116年度目標值 |\n"
                    "|---|---|---|---|\n| 結核病發生率（每十萬人口） | 33.5 | 較112年減少10% | 28以下 |\n", encoding="utf-8")
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    draft = build(read_document(path))
    [target] = [item["targets"][2026] for item in draft.indicators]
    assert target["text"] == "較112年減少10%"
    assert target["rule"] == {"kind": "vs_baseline", "op": "<=", "value": -10.0, "base_year": 2023, "change": "percent"}
    assert "112年 as 民國112年 (2023)" in target["review"]
    # the same cell under 2023年 headers keeps the grammar's refusal: nothing says 112 is a 民國 year
    path.write_text("# 某縣衛生局關鍵績效指標\n\n| 關鍵績效指標 | 2023年基準值 | 2026年目標值 |\n"
                    "|---|---|---|\n| 結核病發生率（每十萬人口） | 33.5 | 較112年減少10% |\n", encoding="utf-8")
    [target] = [item["targets"][2026] for item in build(read_document(path)).indicators]
    assert "rule" not in target and "no era or century to say so" in target["review"]


def _targets(draft) -> set[tuple]:
    from drafts import drafted

    return drafted(draft)
