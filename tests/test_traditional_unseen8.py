"""Texts of a kind not seen before: press reports and year books from Taiwan, Hong Kong and Macau
(traditional characters) that mix a goal with what a survey found, a count so far and a forecast. Each
test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    try:
        draft = build(read_text(text, "report.txt"))
    except CheckerError:
        return set()  # nothing in the text sets a target
    return {((item["name"].get("zh") or item["name"]["en"]), year, target["text"])
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


@pytest.mark.parametrize("phrase", ["於2025年降低25%", "在2025年降低25%", "2025年降低25%", "于2030年减少三分之一"])
def test_a_year_before_a_fall_is_when_not_the_base(phrase):
    """"於2025年將…死亡率降低25%" was read with 2025 as the base year (the fall measured from 2025's own
    value): a confident wrong answer. Without 比, 较, 相比 or 基础上 the year is the year to reach."""
    rule = parse_target(phrase)
    assert rule.kind == "vs_baseline" and rule.base_year is None and rule.year in (2025, 2030)


@pytest.mark.parametrize("phrase, base", [("比2015年降低25%", 2015), ("較2015年降低25%", 2015), ("相對2015年減少25%", 2015),
                                          ("在2020年的基礎上降低25%", 2020), ("2020年基礎上降低25%", 2020),
                                          ("以2018年為基數降低25%", 2018), ("與2016年相比降低25%", 2016),
                                          ("2019年水平上降低25%", 2019)])
def test_a_base_year_is_still_read_where_the_words_say_so(phrase, base):
    rule = parse_target(phrase)
    assert (rule.kind, rule.base_year, rule.value) == ("vs_baseline", base, -25)


@pytest.mark.parametrize("phrase, value", [("降低至少10%", -10), ("相對降低至少10%", -10), ("提高至少5%", 5)])
def test_a_change_of_at_least_an_amount(phrase, value):
    """"相對降低至少10%" was refused: a fall by 10% already passes at any larger fall."""
    rule = parse_target(phrase)
    assert (rule.kind, rule.value, rule.change) == ("vs_baseline", value, "percent")


def test_what_a_report_or_survey_found_is_no_target():
    """"報告指出，…比率由2021年的9.5%下降至2023年的9.1%" and "調查發現，…由2015年15%降至2017年12%" were drafted
    as 2023 and 2017 targets. What a report or survey found is a record; a report's words that name the
    goals or a year to reach still set targets."""
    assert _drafted("控煙\n\n報告指出，每日吸煙人士的比率由2021年的9.5%進一步下降至2023年的9.1%。\n") == set()
    assert _drafted("控煙\n\n調查發現，成人煙草使用率由2015年15%降至2017年12%，均有明顯下降。\n") == set()
    assert _drafted("目標\n\n報告指出，到2030年，成人吸煙率降至8%以下。\n") == {("成人吸烟率", 2030, "降至8%以下")}
    assert _drafted("目標\n\n報告指出，2027年主要預期目標是：成人吸煙率降至8%以下。\n") == {("成人吸烟率", 2027, "降至8%以下")}


def test_a_count_so_far_a_forecast_and_a_count_of_goals():
    """"截至今年9月也超過448萬人次" was drafted as a target for the year of the report, "要到2048年才可能降到
    5%以下" (a forecast) as a 2048 target and "實現20項具體目標和52個評估指標" as a 2030 deliverable."""
    assert _drafted("篩檢\n\n癌症篩檢方面，截至今年9月已超過300萬人次。\n\n篩檢方面，截至今年9月也超過300萬人次。\n") == set()
    assert _drafted("菸害\n\n專家表示，目前吸菸率12%，要到2050年才可能降到5%以下。\n") == set()
    assert _drafted("藍圖\n\n計劃到2030年，實現15項具體目標和40個評估指標。\n") == set()
    # a goal in the same words is still drafted
    assert _drafted("藍圖\n\n到2030年，成人吸菸率降至10%以下。\n") == {("成人吸烟率", 2030, "降至10%以下")}


def test_a_hope_and_a_year_before_jiang_are_no_part_of_the_name():
    """"香港希望2025年將…吸煙率降至7.8%" was named "香港希望2025年将…吸烟率", "希望到2025年將吸煙率再降至…" named
    "希望到2025年将吸烟率再", and "希望在2030年前將癌症標準化死亡率降低3分之1" named with its hope and year."""
    drafted = _drafted("控煙\n\n政府希望到2030年將吸煙率再降至6.5%。\n\n希望在2030年前將癌症標準化死亡率降低3分之1。\n")
    assert drafted == {("吸烟率", 2030, "降至6.5%"), ("癌症标准化死亡率", 2030, "降低3分之1")}
    # 期望寿命 is a name, not a hope
    assert _drafted("目標\n\n到2030年，居民人均期望壽命達到85歲。\n") == {("居民人均期望寿命", 2030, "達到85歲")}
