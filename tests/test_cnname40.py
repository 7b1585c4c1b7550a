"""Round 40, Chinese body text (t_cnbody C#4–C#11): the names, regions and directions drafted from real plans' and news
pages' sentences. A place and manner (在全省率先) was a deliverable's name; 本地 was cut from 本地木本植物指数 and 合理
kept in …占比合理; 比如 kept in a name and its 比 read as a comparison; a scope clause (部署将10人以下的工业企业纳入…) drafted
as a target, direction down; 新建、改建 split one name in two; 全国城市 and a title's 政策解读 | prefix spoiled the region;
twins of one sentence had different directions; share forms named 院前急救救护车中, 辖区 and 每学期. Short phrases of
those texts, as provenance only."""

from __future__ import annotations

from drafts import draft_from

HEAD = "卫生健康发展规划\n\n"


def _rows(text: str, head: str = HEAD) -> dict[str, tuple]:
    """name → (year, text, review) of every target drafted from ``text``."""
    draft = draft_from(head + text)
    return {item["name"]["zh"]: (year, target["text"], target.get("review"))
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def _item(text: str, name: str, head: str = HEAD) -> dict:
    return next(item for item in draft_from(head + text).indicators if item["name"]["zh"] == name)


def test_a_place_and_manner_is_no_deliverables_name():
    """`在全省率先实现健康治理体系和治理能力现代化` was named 在全省, with no note."""
    rows = _rows("到2025年，在全省率先实现健康治理体系和治理能力现代化。\n")
    assert list(rows) == ["健康治理体系和治理能力现代化"], rows
    assert rows["健康治理体系和治理能力现代化"][0] == 2025
    assert list(_rows("到2025年，在全市率先建成健康城市。\n")) == ["健康城市"]



def test_native_is_part_of_the_name():
    """`本地木本植物指数` (native woody plants, a garden-city measure) was named 木本植物指数."""
    assert list(_rows("到2025年，本地木本植物指数不低于0.8。\n")) == ["本地木本植物指数"]
    assert "烟草使用率" in _rows("到2025年，当地烟草使用率相对减少30%。\n")  # 当地 before a name is still the place's



def test_reasonably_qualifies_the_verb_not_the_name():
    """`生态用地占比合理增长` was named 生态用地占比合理, its target 增长."""
    rows = _rows("到2025年，生态用地占比合理增长。\n")
    assert list(rows) == ["生态用地占比"], rows
    assert rows["生态用地占比"][1] == "合理增长"
    assert "抗菌药物合理使用率" in _rows("到2025年，抗菌药物合理使用率达到90%。\n")  # a name's own 合理 stays



def test_for_example_is_no_part_of_the_name():
    """`比如治理企業工作場所粉塵、化學毒物、噪聲崗位合格率達到85%以上` kept 比如 and read its 比 as a comparison."""
    rows = _rows("到2025年，比如治理企業工作場所粉塵、化學毒物、噪聲崗位合格率達到85%以上。\n")
    assert list(rows) == ["治理企业工作场所粉尘、化学毒物、噪声岗位合格率"], rows
    year, words, review = rows["治理企业工作场所粉尘、化学毒物、噪声岗位合格率"]
    assert (year, words) == (2025, "達到85%以上") and "grammar cannot read" not in (review or "")


def test_a_scope_widened_is_no_target():
    """`部署將10人以下的工業企業納入治理範圍` was a target named 部署, direction down (10人以下 is the firms' size)."""
    rows = _rows("到2025年，粉尘危害岗位合格率达到85%以上。各地可根據本地區實際情況，部署將10人以下的工業企業納入治理範圍。\n")
    assert list(rows) == ["粉尘危害岗位合格率"], rows


def test_works_listed_before_one_thing_are_one_name():
    """`城市新建、改建居住区绿地达标率大于95%` was two indicators, 城市新建 and 改建居住区绿地达标率."""
    rows = _rows("到2020年，城市新建、改建居住区绿地达标率大于95%。\n")
    assert list(rows) == ["城市新建、改建居住区绿地达标率"], rows
    rows = _rows("到2025年，高血压、糖尿病患者规范管理率达到70%。\n")  # measures listed still split
    assert {"高血压患者规范管理率", "糖尿病患者规范管理率"} <= set(rows), rows



def test_a_national_titles_cities_are_no_region():
    """`全國城市生態保護與建設規劃` gave the region 全國城市; the data has no rows for it."""
    draft = draft_from("全國城市生態保護與建設規劃(2015-2020年)\n\n到2020年，城市建成區綠地率達到38.9%。\n")
    assert draft.plan["region"] == "全国"


def test_a_column_before_a_bar_is_no_part_of_the_title():
    """`政策解讀 | 福建省全民健身實施計劃(2021-2025年)`: the region was not found."""
    for head in ("政策解讀 | 福建省全民健身實施計劃(2021-2025年)\n\n", "政策解读 |福建省全民健身实施计划(2021-2025年)\n\n"):
        draft = draft_from(head + "到2025年，经常参加体育锻炼人数比例达到42%。\n")
        assert draft.plan["region"] == "福建省", draft.plan
        assert draft.plan["title"]["zh"].startswith("福建省")


def test_twins_of_one_sentence_share_a_direction():
    """`城市地區急救服務半徑不超過5公里，農村地區急救服務半徑10至20公里`: the rural twin was neutral, and a smaller,
    better radius failed."""
    text = "到2025年，我國城市地區急救服務半徑不超過5公里，農村地區急救服務半徑10至20公里。\n"
    rural = _item(text, "农村地区急救服务半径")
    assert rural["direction"] == "down"
    assert "carried over from 城市地区急救服务半径" in rural["review"]
    text = "到2025年，城市地区服务半径不超过5公里，农村地区服务半径不低于3公里。\n"  # twins that disagree: each its own
    assert _item(text, "农村地区服务半径")["direction"] == "up"
    assert _item(text, "城市地区服务半径")["direction"] == "down"



def test_a_share_of_a_whole_named_before_it():
    """`院前急救救護車中至少40%為負壓救護車` was named 院前急救救护车中, unread."""
    rows = _rows("到2025年，院前急救救護車中至少40%為負壓救護車。\n")
    assert list(rows) == ["院前急救救护车中负压救护车的比例"], rows
    assert rows["院前急救救护车中负压救护车的比例"][:2] == (2025, "至少40%")


def test_a_share_after_the_area_with_no_de():
    """`辖区100%精神专科医院设立心理门诊` was named 辖区, unread."""
    rows = _rows("2021年底前，辖区100%精神专科医院设立心理门诊。\n")
    assert list(rows) == ["精神专科医院设立心理门诊的比例"], rows
    assert rows["精神专科医院设立心理门诊的比例"][:2] == (2021, "100%")


def test_how_often_work_is_done_each_term_is_left_out_with_why():
    """`每学期至少开展1次面向家长和学生的心理健康教育` was named 每学期, a time."""
    draft = draft_from(HEAD + "到2021年底，心理咨询室建成率达80%以上。每学期至少开展1次面向家长和学生的心理健康教育。\n")
    names = [item["name"]["zh"] for item in draft.indicators]
    assert "每学期" not in names and names == ["心理咨询室建成率"], names
    assert any("how often a thing is to be done" in why for why in draft.left_out), draft.left_out
