"""Found on full plan documents and reports of plans not seen before (a province's and a city's
十四五 health plans, a city's plan for elderly and child care, a provincial health-services plan):
each test's sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.language.grammar import parse_target


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    draft = build(read_text(text, "plan.txt"))
    return {((item["name"].get("zh") or item["name"]["en"]), year, target["text"])
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def test_a_value_the_subject_will_reach():
    """"到2025年，我省人均预期寿命将达到80岁左右" and "全市养老机构床位总数将达到6万张" were left out: a
    subject ending in 将 was taken for narrative. 将 before the verb is the future, and the target is read."""
    text = ("样例省卫生健康规划\n\n"
            "根据规划，到2025年，我省人均预期寿命将达到80岁左右，居民健康素养水平达到30%以上。\n\n"
            "方案提出，到2025年，全市养老机构床位总数将达到6万张，每千名老人养老床位保持在50张以上。\n")
    assert _drafted(text) == {
        ("人均预期寿命", 2025, "达到80岁左右"),
        ("居民健康素养水平", 2025, "达到30%以上"),
        ("养老机构床位总数", 2025, "达到6万张"),
        ("每千名老人养老床位", 2025, "保持在50张以上"),
    }


def test_covering_as_a_description_is_no_coverage_target():
    """"全面建成…机构为支撑的，功能完善、规模适度、覆盖城乡的养老服务体系" drafted 功能完善覆盖率 and 规模适度覆盖率
    (覆盖城乡的 read as coverage of each name before it) and a deliverable named "…机构为支撑的"; "初步形成布局合理、
    广覆盖的体育健身设施体系" one named "初步形成布局合理、广". 覆盖 that describes a noun (覆盖…的…) covers nothing,
    and a clause ending in 的 names nothing alone; the targets with numbers beside them are still drafted. (The
    system to be formed is a deliverable with its whole name, as 基本形成… is, since the grammar reads 初步形成.)"""
    text = ("样例省健康服务业规划\n\n"
            "到2020年，全面建成以居家为基础、社区为依托、机构为支撑的，功能完善、规模适度、覆盖城乡的养老服务体系，"
            "每千名老年人拥有养老床位数达到35张。\n\n"
            "到2020年，人均体育场地面积达到1.8平方米以上，初步形成布局合理、广覆盖的体育健身设施体系。\n")
    assert _drafted(text) == {
        ("每千名老年人拥有养老床位数", 2020, "达到35张"),
        ("人均体育场地面积", 2020, "达到1.8平方米以上"),
        ("布局合理、广覆盖的体育健身设施体系", 2020, "初步形成布局合理、广覆盖的体育健身设施体系"),
    }
    # coverage written as a verb is still read
    assert _drafted("样例县规划\n\n到2025年，家庭医生签约服务覆盖全县，远程医疗覆盖城乡居民。\n") == {
        ("家庭医生签约服务", 2025, "覆盖全县"), ("远程医疗", 2025, "覆盖城乡居民")}


def test_the_size_of_a_change_told_from_a_past_year_is_history_too():
    """A report of a province's 十四五 plan: "基层医疗卫生机构数由2015年的7.32万家增加到2020年的8.11万家，增长
    10.88%" left the change out as history (2020) but drafted "增长10.88%" as a standing target for 2025, under
    the subject it carried. A clause with no subject or year of its own after a change told from one year to
    another gives that change's size, for the same year."""
    text = ("样例省“十四五”卫生健康规划\n\n到2025年，人均预期寿命达到80岁。\n\n"
            "基层医疗卫生机构数由2015年的7.32万家增加到2020年的8.11万家，增长10.88%。"
            "二级及以上医院由2015年的603家增加到2020年的911家，增长51.08%。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到80岁")}
    # a change to a plan year keeps its size for that year
    assert ("人均预期寿命", 2025, "增长2岁") in _drafted(
        "样例省“十四五”卫生健康规划\n\n到2025年，人均预期寿命由2020年的78岁提高到2025年的80岁，增长2岁。\n")


def test_listed_rates_reaching_100_percent_keep_their_own_names():
    """A city's plan for elderly care: "新建城区、新建居住区配套建设养老服务设施达标率、社区养老服务设施覆盖率均达到
    100%" drafted 新建城区覆盖率 and …达标率覆盖率 (覆盖率 added to every piece, as for "A、B基本实现全覆盖"). Where the
    pieces name rates, each rate is its own name and a piece with no measure qualifies the rate after it."""
    text = ("样例市养老服务实施方案\n\n到2025年，新建城区、新建居住区配套建设养老服务设施达标率、"
            "社区养老服务设施覆盖率均达到100%。\n\n到2025年，乡镇卫生院、村卫生室基本实现全覆盖。\n")
    assert _drafted(text) == {
        ("新建城区、新建居住区配套建设养老服务设施达标率", 2025, "达到100%"),
        ("社区养老服务设施覆盖率", 2025, "达到100%"),
        ("乡镇卫生院覆盖率", 2025, "基本实现全覆盖"),  # verbatim: 基本 softens the target (round 36)
        ("村卫生室覆盖率", 2025, "基本实现全覆盖"),
    }


def test_things_built_listed_by_their_level_share_a_head():
    """A report of a city's 十四五 plan: "争取建成20个国家级和100个省级重点学科" drafted 20个 under the name 国家级;
    a city's care plan: "建成至少一个市级示范性、综合性托育服务中心" was named "少一个…" (至 taken off as a year's
    至). A thing listed by its level alone takes the head of the last thing; 至少 is kept."""
    text = ("样例市卫生健康事业发展“十四五”规划\n\n到2025年，争取建成20个国家级和100个省级重点学科。\n\n"
            "到2025年，建成至少一个市级示范性、综合性托育服务中心。\n")
    assert _drafted(text) == {
        ("国家级重点学科", 2025, "20个"),
        ("省级重点学科", 2025, "100个"),
        ("至少一个市级示范性、综合性托育服务中心", 2025, "建成至少一个市级示范性、综合性托育服务中心"),
    }
    # things with their own heads keep them
    assert _drafted("样例市规划\n\n到2025年，全市分别建成100个重点专科和100个名医工作室。\n") == {
        ("重点专科", 2025, "100个"), ("名医工作室", 2025, "100个")}


def test_goals_listed_after_baokuo_and_a_year():
    """A report of a city's 十四五 plan: "规划提出一系列总目标，包括到2025年人均预期寿命达到84.53岁，千人床位数达到4.5张，
    …" left out the first goal (包括 opened a detail of the clause before) and kept the others as standing
    requirements (their year was in that clause). 包括 before a year lead opens the list of goals it sets."""
    text = ("样例市卫生健康事业发展“十四五”规划\n\n规划提出一系列总目标，包括到2025年人均预期寿命达到84.53岁，"
            "千人床位数达到4.5张，基本医疗保险参保率保持在98%以上。\n")
    draft = build(read_text(text, "plan.txt"))
    targets = {((item["name"].get("zh") or item["name"]["en"]), year, entry["text"], entry.get("standing", False))
               for item in draft.indicators for year, entry in item["targets"].items()}
    assert targets == {
        ("人均预期寿命", 2025, "达到84.53岁", False),
        ("千人床位数", 2025, "达到4.5张", False),
        ("基本医疗保险参保率", 2025, "保持在98%以上", False),
    }
    # a detail with no year still sets nothing of its own
    assert _drafted("样例市规划\n\n到2025年，新建三级医院12家，其中10家在城区。\n") == {("新建三级医院", 2025, "12家")}


def test_a_count_or_a_modal_verb_is_no_name_for_an_unread_clause():
    """A report of a province's 健康…2030 plan: the reporter's sum "简单计算，一个10000人的小区，至少要配备1000平方米的
    室内运动场所…" was kept for 2030 under the names 一个 and 至少要配备. A count alone or a modal verb names no
    indicator; the clause is left out. "至少设立1个肿瘤随访监测点" (a verb, then the thing after its count) is kept."""
    text = ("样例省健康2030行动规划\n\n到2030年，15岁以上人群吸烟率降低到20%以下。\n\n"
            "简单计算，一个10000人的小区，至少要配备1000平方米的室内运动场所和3000平方米室外运动场。\n")
    assert _drafted(text) == {("15岁以上人群吸烟率", 2030, "降低到20%以下")}


def test_the_place_before_quanshi_is_no_part_of_the_name():
    """A report of a city's care plan: "到2025年，武汉全市养老机构床位总数将达到6万张" was named 武汉全市养老机构床位总数,
    a second indicator beside the 养老机构床位总数 of the sentence before. A place's name before 全市 (全县 …) is
    no more part of the name than 全市 is."""
    text = ("样例市养老托育实施方案\n\n到2025年，全市养老机构床位总数将达到6万张。\n\n"
            "方案提出，到2025年，样例全市养老机构床位总数将达到6万张，样例全县每千人口托位数达到4.5个。\n")
    assert {name for name, _, _ in _drafted(text)} == {"养老机构床位总数", "每千人口托位数"}


def test_a_bare_amount_later_in_a_paragraph_led_by_its_year():
    """A city's plan for elderly and child care: "到2023年，逐步健全…规范体系。…，每千人口拥有托位数4.1个。" left the
    amount out (a bare amount is a fact unless its own sentence is led by a year). In a paragraph led by the year
    it is to reach, it is that year's target, with a note; after 截至 (a year's record) it is still a fact."""
    text = ("样例市“一老一小”整体解决方案\n\n到2023年，逐步健全婴幼儿照护服务规范体系。"
            "积极开展普惠性托育机构创建工作，每千人口拥有托位数4.1个。\n\n"
            "截至2023年底，逐步健全婴幼儿照护服务规范体系。全市每千人口拥有托位数3.2个。\n")
    draft = build(read_text(text, "plan.txt"))
    targets = {((item["name"].get("zh") or item["name"]["en"]), year, entry["text"], entry.get("review", ""))
               for item in draft.indicators for year, entry in item["targets"].items()}
    assert targets == {("每千人口拥有托位数", 2023, "4.1个",
                        "a bare amount in a paragraph led by its year: read as the target for that year")}


def test_a_part_bound_by_more_than():
    """A report of a city's care plan: "…养老机构床位总数将达到6万张，其中普惠性养老床位将超过2.1万张" left the part out
    (超过 was no bound, so the 其中 clause read as a detail with nothing of its own). 超过, 高于 and 低于 bound a part
    as 达到 does."""
    text = "样例市养老托育方案\n\n到2025年，全市养老机构床位总数将达到6万张，其中普惠性养老床位将超过2.1万张。\n"
    assert _drafted(text) == {("养老机构床位总数", 2025, "达到6万张"), ("普惠性养老床位数", 2025, "超过2.1万张")}
    # a detail with no bound still sets nothing
    assert _drafted("样例市方案\n\n到2025年，新建三级医院12家，其中10家在城区。\n") == {("新建三级医院", 2025, "12家")}


def test_a_slogan_of_wishes_in_quotes_is_no_deliverable():
    """A report of a city's 十四五 plan: "到2025年，实现“更高的健康水平、更优的医疗服务、更好的医疗保障”" was drafted as
    a deliverable named by the slogan. Quoted wishes (更高, 更优 …) are a state no data checks, like 实现…更优美;
    a quoted state to reach (实现“大病不出县”) is still drafted."""
    text = ("样例市卫生健康事业发展“十四五”规划\n\n到2025年，实现“更高的健康水平、更优的医疗服务、更好的医疗保障”，"
            "人均预期寿命达到84.53岁。\n\n到2025年，实现“大病不出县”。\n")
    assert _drafted(text) == {("人均预期寿命", 2025, "达到84.53岁"), ("“大病不出县”", 2025, "实现“大病不出县”")}


def test_a_restated_target_in_brackets_hope_and_the_province_name():
    """A report of a province's 十三五 health plan: "到2020年人均预期寿命在2015年基础上提高1.3岁以上(即77.3岁)" was kept
    unread under the indicator of the clause before (国民健康素养), "…每千人口注册护士数有望达到3人" was named
    "…注册护士数有望" and "安徽省人口自然增长率" kept the province in its name. A bracket that restates the target
    (即…) is left out of it, 有望 is no part of a name, nor is a province's name before it."""
    text = ("样例省“十三五”卫生与健康规划\n\n到2020年，样例省人口自然增长率在7.8‰左右，每千人口注册护士数有望达到3人。"
            "国民健康素养显著提升，身体素质明显增强。到2020年人均预期寿命在2015年基础上提高1.3岁以上（即77.3岁）。\n")
    assert _drafted(text) == {
        ("人口自然增长率", 2020, "在7.8‰左右"),
        ("每千人口注册护士数", 2020, "达到3人"),
        ("国民健康素养", 2020, "显著提升"),
        ("人均预期寿命", 2020, "在2015年基础上提高1.3岁以上"),
    }
    # 在全省 is where, not a province's name
    assert _drafted("样例市规划\n\n到2020年，建成10家在全省具有影响力的医疗机构。\n") == {
        ("在全省具有影响力的医疗机构", 2020, "10家")}


def test_a_count_in_chinese_numerals_after_a_bound():
    """A report of a province's 十三五 plan: "每万人口全科医生数将达到两人" was left out (two in a Chinese numeral). A
    count in Chinese numerals after a bound, ending the phrase, is read as written; a numeral in a name or
    before more words (三级医院, 达到一个新水平) is not a count."""
    assert parse_target("达到两人").value == 2 and parse_target("不少于三所以上").value == 3
    assert parse_target("达到一个新水平").value is None
    text = "样例省“十三五”卫生与健康规划\n\n到2020年，每万人口全科医生数将达到两人，建成三级医院5所。\n"
    assert _drafted(text) == {("每万人口全科医生数", 2020, "达到两人"), ("三级医院", 2020, "5所")}
