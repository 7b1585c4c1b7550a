"""Thirty-fifth round, a planning office's second look (extract): a region read from a news lead (记者从省人民政府…),
a count of people reached and a count built after 某省计划 lost in silence, a base year the text names as such
guessed from the date instead."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from files import drafted_of, drafted_targets

_TITLE = "四川省人口发展中长期规划\n\n"


def _plan_head(text: str) -> dict:
    """The plan head ``checker extract`` drafts from the plain ``text``."""
    return build(read_text(text, "plan.txt")).plan


def test_a_news_lead_before_the_provinces_government_names_no_region():
    """`记者从省人民政府官网获悉` was read as the issuing body 从省人民政府, and the plan's region drafted as 从省 with no
    note (the draft linted clean, and check stopped with "no rows for 从省"). 从省, 据市, 日前从市 are no places: a 省 must
    be a known province and a name may not end in a sentence's 从/据/向; the region is then the province the text names
    most, flagged."""
    text = ("四川发布人口发展中长期规划\n\n记者从省人民政府官网获悉，省人民政府办公厅印发了《四川省人口发展中长期规划》。"
            "四川省将力争到2030年人均预期寿命提高到79岁。\n")
    head = _plan_head(text)
    assert head["region"] == "四川省"
    assert "region guessed as the province the text names most" in head["review"]
    # a city's government named after the lead is still its region, unflagged; a lead before 市 names none
    head = _plan_head("人口发展规划\n\n记者从成都市人民政府获悉，到2030年，成都市人均预期寿命提高到80岁。\n")
    assert head["region"] == "成都市" and "region" not in head.get("review", "")
    head = _plan_head("人口发展规划\n\n日前从市人民政府获悉，到2030年，人均预期寿命提高到80岁。\n")
    assert head["region"] != "日前从市"


def test_works_that_reach_so_many_people_a_year_are_drafted():
    """`惠民项目每年惠及至少200万名群众`: the count stands before whom it counts, and the clause was dropped without a word
    (no target, left_out empty; alone it was refused as "no body sentence with a target found"). It is drafted as the
    count of people reached, 每年 kept in the name and flagged as a level each year."""
    targets = drafted_targets(_TITLE + "到2025年，新生儿疾病筛查等惠民项目每年惠及至少200万名群众。\n")
    assert [(name, year, words) for name, year, words, _ in targets] == [
        ("新生儿疾病筛查等惠民项目每年惠及群众人数", 2025, "至少200万名")]
    assert "a level each year" in targets[0][3]
    # not yearly: the count of people reached, flagged; a count at the end stays the grammar's
    assert drafted_of(_TITLE + "到2025年，健康扶贫项目覆盖50万名农村居民。\n") == {
        ("健康扶贫项目覆盖农村居民人数", 2025, "50万名")}
    assert drafted_of(_TITLE + "到2025年，家庭医生签约服务覆盖500万人以上。\n") == {
        ("家庭医生签约服务覆盖", 2025, "500万人以上")}


def test_a_place_and_its_plan_before_a_count_built_are_its_subject():
    """`到2025年，四川省计划建成80个…基地` was dropped (the same words without 四川省计划 were drafted as 80个): a place and
    计划 (or 力争, 争取) before the verb are who builds and its will, as 北京市将新建20个… is read."""
    for lead in ("四川省计划", "全省力争", "成都市争取", "四川省将"):
        assert drafted_of(_TITLE + f"到2025年，{lead}建成80个省级儿童早期发展优质服务基地。\n") == {
            ("省级儿童早期发展优质服务基地", 2025, "80个")}, lead


def test_a_base_year_the_text_names_as_such_is_the_plans():
    """A text dated 2022 that names its base (以2019年为基期, 比2019年下降10%, （2019年为77.56岁） beside a target) had its
    base year guessed from the date (2021). The year named as the base is the plan's, with a note; with none named the
    dated guess stays, flagged."""
    dated = "\n\n2022年2月17日\n"
    for body in ("以2019年为基期，到2025年，人均预期寿命达到79岁。", "到2025年，孕产妇死亡率比2019年下降10%。",
                 "到2025年，人均预期寿命达到79岁（2019年为77.56岁）。"):
        head = _plan_head(_TITLE + body + dated)
        assert head["base_year"] == 2019, body
        assert "base year 2019" in head["review"], body
    head = _plan_head(_TITLE + "截至2019年末，人均预期寿命达到77.56岁。到2025年，人均预期寿命达到79岁。" + dated)
    assert head["base_year"] == 2021 and "base year guessed" in head["review"]
