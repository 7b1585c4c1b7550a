"""Thirty-ninth round: Chinese plan body text (extract), as a tester met it in a city's notice, a news lead and a
city's list of goals.

A list's lead `到2020年将实现：` was drafted as a target named `将实现`; dated work after a comma (`…实施适老化改造，
2022年底前完成80%以上`, `2022年6月前，…要全部安装完成`) was dropped with no word; a dash and who set the goal
(`——《…》明确提出这一目标`) made the clause before it unread and lost; a notice's own heading at the top gave way to a
province's scheme cited in the text (title, region); `各县（区）` stayed in a name, and a text naming its city only as
`深圳` had no region.
"""

from __future__ import annotations

import pytest

from drafts import draft_from, drafted_from

_HEAD = "抚州市乡镇敬老院十条措施\n\n"


def _target(draft, name: str) -> dict:
    """The one target drafted under ``name``."""
    item = next(item for item in draft.indicators if item["name"]["zh"] == name)
    (entry,) = item["targets"].values()
    return entry


@pytest.mark.parametrize("lead", ["到2020年将实现：", "未来5年深圳“卫生强市”战略，到2020年将实现：", "到2020年，要完成："])
def test_a_bare_verb_before_a_colon_is_the_lists_lead(lead):
    """`到2020年将实现：` over a numbered list was drafted as a target `将实现` (no note), though `到2020年，将实现以下目标：`
    was counted as the list's lead. A verb with nothing after it but a colon sets nothing: the items under it do."""
    draft = draft_from(f"深圳市卫生强市战略\n\n{lead}\n1、全市常住人口千人床位数达到4.3张\n2、市域内住院率达到98%以上\n")
    assert {item["name"]["zh"] for item in draft.indicators} == {"常住人口千人床位数", "市域内住院率"}
    assert draft.left_out.get("left out: a lead to the list below it") == [3]
    # not every bare verb is a lead: `…标准化建设，…，2022年底前建成。` finishes the work before it (the nanyang key holds
    # it), and stays drafted for 2022
    words = {(year, text) for _, year, text in drafted_from(
        "某市卫生健康规划\n\n推进市、县级疾控中心标准化建设，完善设备配置，2022年底前建成。\n")}
    assert (2022, "建成") in words


@pytest.mark.parametrize("paragraph", [
    "对在运营的乡镇敬老院实施适老化改造，2022年底前完成80%以上。",
    "依照《江西省公办养老院适老化改造指南》，对在运营的乡镇敬老院实施适老化改造， 2022年底前完成80%以上，"
    "且全部达到一级或二级养老机构标准。",
])
def test_a_share_done_by_a_deadline_names_the_work_before_it(paragraph):
    """`2022年底前完成80%以上` was read as a figure of record (a year, then words and an amount) and lost, and with no
    measure in its clause there was nothing to name it by: the work the clause before sets is what it completes."""
    draft = draft_from(_HEAD + paragraph + "\n")
    target = _target(draft, "在运营的乡镇敬老院适老化改造")
    assert (target.keys() >= {"text"}, target["text"]) == (True, "完成80%以上")
    assert list(draft.indicators[0]["targets"]) == [2022]
    assert "the share done of the work the clause before sets" in target["review"]
    assert len(draft.indicators) == 1  # 且全部达到…标准 is the homes', not the retrofit's


def test_a_deadline_then_what_is_done_with_its_amount_is_drafted():
    """`2022年底前完成乡镇敬老院适老化改造80%以上。` (the tester's min_lineq3) was refused as having no target."""
    assert drafted_from(_HEAD + "2022年底前完成乡镇敬老院适老化改造80%以上。\n") == {("乡镇敬老院适老化改造", 2022, "80%以上")}


def test_a_month_deadline_leads_the_deliverable_after_it():
    """`2022年6月前，…老人居室、活动室要全部安装完成。` was refused as having no target: a deadline with a month was no
    lead. It is the year's deliverable; who is to have it done is the name, `全部安装完成` its words."""
    draft = draft_from(_HEAD + "2022年6月前，乡镇敬老院具备安装空调条件的老人居室、活动室要全部安装完成。\n")
    target = _target(draft, "乡镇敬老院具备安装空调条件的老人居室、活动室")
    assert target["text"] == "全部安装完成"
    assert list(draft.indicators[0]["targets"]) == [2022]


def test_a_requirement_by_a_deadline_the_grammar_cannot_read_is_counted():
    """`2022年底前，…改造提升后的乡镇敬老院须达到《…基础指标》要求` vanished without a word; now it is listed."""
    draft = draft_from(_HEAD + "2022年6月前，乡镇敬老院老人居室要全部安装完成；2022年底前，新建、改扩建和改造提升后的乡镇敬老院"
                               "须达到《江西省公办养老院服务设施改造提升基础指标》要求。\n")
    assert draft.left_out.get("left out: a requirement by a deadline whose words were not read") == [3]


@pytest.mark.parametrize("tail", ["——规划明确提出这一目标", "——20日公布的《“十四五”国民健康规划》明确提出这一目标"])
def test_a_dash_and_who_set_the_goal_is_no_part_of_the_clause(tail):
    """`人均健康预期寿命同比例提高——《…》明确提出这一目标` was lost with no word (the tail made it unreadable)."""
    draft = draft_from("某市“十四五”卫生健康规划\n\n到2025年，人均预期寿命在2020年基础上继续提高1岁左右，"
                       f"人均健康预期寿命同比例提高{tail}。\n")
    target = _target(draft, "人均健康预期寿命")
    assert target["text"] == "同比例提高"
    assert target["source"]["quote"] == "人均健康预期寿命同比例提高"
    assert list(next(item for item in draft.indicators if item["name"]["zh"] == "人均健康预期寿命")["targets"]) == [2025]


def test_a_notice_at_the_top_gives_title_and_region_not_a_cited_scheme():
    """The top line `抚州市人民政府办公室关于印发…十条措施的通知` was passed over (no 规划/方案 word) and the title and region
    taken from a province's 《…实施方案（2020-2022年）》 cited in 措施二."""
    draft = draft_from("抚州市人民政府办公室关于印发推动乡镇敬老院高质量发展十条措施的通知\n\n各县（区）人民政府：\n\n"
                       "二、提升乡镇敬老院居住环境。按照《江西省公办养老院改造提升实施方案（2020-2022年）》，对乡镇敬老院实施改造提升。"
                       "到2022年底前，各县（区）在运营的乡镇敬老院入住率达到60%以上。\n")
    assert draft.plan["title"] == {"zh": "推动乡镇敬老院高质量发展十条措施"}
    assert draft.plan["region"] == "抚州市"
    assert "江西省" not in draft.plan.get("review", "")


def test_a_notice_heading_in_word_gives_the_title(tmp_path):
    """The same in a .docx whose Heading 1 is the notice."""
    import docx

    from checker.documents.draft import build
    from checker.documents.readers import read_document

    document = docx.Document()
    document.add_heading("抚州市人民政府办公室关于印发推动乡镇敬老院高质量发展十条措施的通知", level=1)
    document.add_paragraph("按照《江西省公办养老院改造提升实施方案（2020-2022年）》，到2022年底前，各县（区）在运营的乡镇敬老院"
                           "入住率达到60%以上。")
    document.save(tmp_path / "plan.docx")
    draft = build(read_document(tmp_path / "plan.docx"))
    assert (draft.plan["title"], draft.plan["region"]) == ({"zh": "推动乡镇敬老院高质量发展十条措施"}, "抚州市")


@pytest.mark.parametrize("scope", ["各县（区）", "各县 （区）", "各县（市、区）", "各县区"])
def test_every_countys_scope_is_no_part_of_the_name(scope):
    """`各县 （区）在运营的乡镇敬老院入住率` kept the scope (every county is to reach it) in the name, no note."""
    assert drafted_from(_HEAD + f"到2022年底前，{scope}在运营的乡镇敬老院入住率达到60%以上。\n") == \
        {("在运营的乡镇敬老院入住率", 2022, "达到60%以上")}
    # not 各县人民医院: a county's own hospital (one kind after 各, no bracket) keeps its county
    names = {name for name, _, _ in drafted_from(_HEAD + "到2025年，各县人民医院入院率达到60%以上。\n")}
    assert names == {"各县人民医院入院率"}, names


def test_a_city_named_only_by_its_short_name_is_the_region():
    """`未来5年深圳“卫生强市”战略…` names no place but `深圳` (rules/names.yaml knows 深圳市): the region was 未知地区."""
    draft = draft_from("未来5年深圳“卫生强市”战略，到2020年将实现：\n1、全市常住人口千人床位数达到4.3张\n")
    assert draft.plan["region"] == "深圳市"
    assert "region guessed as the only city the text names (深圳" in draft.plan["review"]
    # two cities named short: which is the plan's is no one's guess
    two = draft_from("深圳、广州两地卫生合作，到2020年将实现：\n1、全市常住人口千人床位数达到4.3张\n")
    assert two.plan["region"] in (None, "未知地区")
