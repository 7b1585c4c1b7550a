"""Thirteenth round of unseen texts (provincial and regional health plans of the north-west, newspaper reports of
them, look-backs in traditional characters): each test's sentences are written for it, in the forms those texts
use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from drafts import drafted_words


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    return drafted_words(build(read_text(text, "plan.txt")))


def _drafted_or_none(text: str) -> set[tuple]:
    """What :func:`_drafted` gives, or nothing where the text is refused."""
    try:
        return _drafted(text)
    except CheckerError:
        return set()


def test_a_year_of_record_after_a_look_back_sets_no_target():
    """A long-range plan's preamble looked back from a reform year (…特别是2010年新一轮改革以来，…) and then gave
    the base year's figures with a plain 达到 (2015年全省人均预期寿命达到75.2岁，…分别下降到…): the base year was
    drafted as four targets. A year then 以来 before the first comma looks back as 自…以来 does, and the figures
    that follow are what was done."""
    text = ("“健康某省2030”规划\n"
            "改革开放特别是2010年新一轮改革以来，全省卫生事业发展较快，群众健康水平不断提高。"
            "2015年全省人均预期寿命达到75.2岁，婴儿死亡率、孕产妇死亡率分别下降到6.1‰和18.3/10万，"
            "为小康社会打下了健康基础。\n")
    assert _drafted_or_none(text) == set()


def test_a_look_back_from_a_year_does_not_hide_the_goals_after_it():
    """The look-back ends where a sentence turns to a year ahead: the goals set after it are still drafted."""
    text = ("某省卫生健康规划\n"
            "2012年医改启动以来，全省人均预期寿命提高到76岁。\n"
            "到2025年，全省人均预期寿命达到78岁。\n")
    drafted = _drafted(text)
    assert ("人均预期寿命", 2025, "达到78岁") in drafted
    assert all(year == 2025 for _, year, _ in drafted)


def test_a_plan_span_in_brackets_gives_its_paragraph_a_year():
    """A report of a plan named with its span in brackets (…健康促进规划（2014~2021）…提出，今后八年，…达95%) set
    its goals with no year of their own: the text was refused as naming no year. The span's last year now holds
    them, flagged as standing requirements."""
    text = ("某区启动健康促进规划\n"
            "某区政府日前启动健康促进规划（2014~2021），规划提出，今后八年，居民健康知识知晓率达96%，"
            "婴儿死亡率控制在8‰以下。\n")
    drafted = _drafted(text)
    assert ("居民健康知识知晓率", 2021, "达96%") in drafted
    assert ("婴儿死亡率", 2021, "控制在8‰以下") in drafted


def test_a_period_end_in_a_report_gives_no_year_to_its_paragraph():
    """Only a span in brackets counts: a report that says what stood at a period's end (至“十三五”末，…达到了81岁，
    …接种率达到95%以上) still sets nothing."""
    text = ("某市卫生成就发布会\n"
            "至十三五末，我市人均预期寿命达到了81岁，主要健康指标优于全省平均水平，计划免疫接种率达到95%以上。\n")
    assert _drafted_or_none(text) == set()
