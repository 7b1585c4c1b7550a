"""The region a draft plan is of, read from its title, its issuing body or the places it names."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text

TARGETS = "到2025年，居民健康素养水平达到30%以上。\n"


def _plan(text: str) -> dict:
    return build(read_text(text, "plan.txt")).plan


def test_a_provinces_plan_is_the_provinces():
    plan = _plan("四川省“十四五”卫生健康发展规划\n\n" + TARGETS)
    assert plan["region"] == "四川省" and "region" not in plan.get("review", "")


def test_a_city_named_after_its_province_in_the_title_is_the_city():
    assert _plan("广东省广州市卫生健康事业发展“十四五”规划\n\n" + TARGETS)["region"] == "广州市"


def test_a_city_plan_that_quotes_its_provinces_plan_stays_the_citys():
    """No title at the top; the only 《…》 plan named is the province's. A text that says 我市 and names
    one city most is that city's plan, said to be a guess."""
    text = ("前言\n\n“十四五”时期是我市卫生健康事业发展的关键时期。根据《甲乙省“十四五”卫生健康发展规划》，结合我市实际，"
            "制定本规划。\n\n全市医疗机构继续扩容，丙丁市人民医院、丙丁市妇幼保健院、丙丁市疾控中心加快建设。本市居民"
            "健康水平稳步提高。\n\n" + TARGETS)
    plan = _plan(text)
    assert plan["region"] == "丙丁市" and "names most (丙丁市" in plan["review"]


def test_words_around_a_county_are_no_place():
    """以上的县 is no county called 上的县, 地市级 no city called 升地市: with nothing else, the region is asked for."""
    plan = _plan("卫生工作要点\n\n提升地市级以上医院能力，支持二级以上的县医院发展。\n\n" + TARGETS)
    assert plan["region"] == "未知地区"
