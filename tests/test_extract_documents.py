"""``checker extract`` on small documents made here: plain text (UTF-8, BOM, GB18030), Markdown, Word,
HTML and PDF, each with an indicator table (a two-line header, a domain cell spanning rows, units in
the name's brackets, a footnote mark) and body sentences; the draft is asserted target by target,
with its line. Word, HTML and PDF need the ``extract`` extra (and reportlab to make the PDF): skipped
without them."""

from __future__ import annotations

import json
import sys

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.documents.draft import build, to_yaml
from checker.documents.readers import read_document
from checker.documents.text import read_markdown, read_text
from checker.plan.lint import lint
from checker.errors import CheckerError
from drafts import drafted, drafted_words


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        return CliRunner()



# a table flattened as the seeds are: one cell a line after a tab, a blank line between rows, the
# header's second line as a row of its own, the domain cell written once and wrapped
FLAT = """“健康样例市2030”行动规划
样政办〔2023〕1号

二、主要指标

\t领域
\t指标名称
\t指标值
\t属性

\t
\t
\t2020年
\t2030年
\t

\t健康
水平
\t人均预期寿命（岁）
\t78.5
\t80左右
\t预期性

\t
\t婴儿死亡率（‰）*
\t3.1
\t≤3.5
\t约束性

三、主要目标
到2030年，全市居民健康素养水平达到30%以上，孕产妇死亡率、5岁以下儿童死亡率分别控制在10/10万、5‰以下。
加强学校健康教育，营造良好氛围。
"""

FLAT_EXPECTED = {
    ("人均预期寿命", 2030, "80左右", 21),  # the target cell's own line
    ("婴儿死亡率", 2030, "≤3.5", 27),
    ("居民健康素养水平", 2030, "达到30%以上", 31),
    ("孕产妇死亡率", 2030, "控制在10/10万以下", 31),
    ("5岁以下儿童死亡率", 2030, "控制在5‰以下", 31),
}


def test_flattened_text_table_and_body_target_by_target():
    draft = build(read_text(FLAT, "plan.txt"))
    assert drafted(draft) == FLAT_EXPECTED
    first, second = draft.indicators[:2]
    assert (first["id"], first["unit"], first["domain"], first["nature"]) == ("life_expectancy", "岁", "健康水平", "预期性")
    assert (second["id"], second["unit"], second["domain"]) == ("infant_mortality", "‰", "健康水平")
    assert "footnote mark *" in second["review"]
    assert first["baseline"] == {2020: "78.5"}
    assert draft.plan["base_year"] == 2020 and draft.plan["target_years"] == [2030]
    assert draft.plan["region"] == "样例市" or "review" in draft.plan


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings(tmp_path, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes(FLAT.encode(encoding))
    assert drafted(build(read_document(path))) == FLAT_EXPECTED


def test_markdown_pipe_table_keeps_lines():
    text = ("# “健康样例市2030”行动规划\n\n样例市人民政府\n\n"
            "| 领域 | 指标名称 | 2020年 | 2030年 |\n|---|---|---|---|\n"
            "| 健康水平 | 人均预期寿命（岁） | 78.5 | ≥80 |\n| | 孕产妇死亡率（1/10万） | 9 | ≤10 |\n\n"
            "到2030年，\n全市居民健康素养水平达到30%以上。\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2030, "≥80", 7), ("孕产妇死亡率", 2030, "≤10", 8),
                              ("居民健康素养水平", 2030, "达到30%以上", 11)}
    assert draft.indicators[1]["domain"] == "健康水平"  # filled down


def test_unread_phrase_is_kept_with_review_and_the_draft_lints_and_checks(tmp_path):
    text = FLAT.replace("≤3.5", "较2020年有所改善吧")
    draft = build(read_text(text, "plan.txt"))
    target = draft.indicators[1]["targets"][2030]
    assert target["text"] == "较2020年有所改善吧" and "grammar cannot read" in target["review"]
    path = tmp_path / "draft.yaml"
    path.write_text(to_yaml(draft, "plan.txt"), encoding="utf-8")
    problems = lint(path)
    assert not [p for p in problems if p.severity == "error"]
    assert any(p.code == "review" and "较2020年有所改善吧" in p.message for p in problems)
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value\n样例市,婴儿死亡率,2030,3.0\n样例市,人均预期寿命,2030,80.1\n",
                    encoding="utf-8")
    result = _runner().invoke(main, ["check", str(path), str(data), "--region", "样例市", "--format", "json", "--as-of", "2030"])
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.stdout)  # the unread target is kept unjudged; the others are judged


def test_cli_writes_yaml_refuses_to_overwrite_and_summarises(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(FLAT, encoding="utf-8")
    out = tmp_path / "my-plan.yaml"
    result = _runner().invoke(main, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["plan"]["id"] == "my-plan"
    assert "tables found: 1" in result.stderr and "2 from tables, 3 from body text" in result.stderr
    again = _runner().invoke(main, ["extract", str(source), "-o", str(out)])
    assert again.exit_code == 2 and "exists" in again.stderr
    listed = _runner().invoke(main, ["extract", str(source), "--format", "json"])
    assert listed.exit_code == 0
    targets = json.loads(listed.stdout)["targets"]
    assert {(t["name"], t["year"], t["text"], t["source"]["line"]) for t in targets} == FLAT_EXPECTED


def test_nothing_found_and_unknown_suffix_exit_2(tmp_path):
    prose = tmp_path / "prose.txt"
    prose.write_text("加强学校健康教育。\n", encoding="utf-8")
    result = _runner().invoke(main, ["extract", str(prose)])
    assert result.exit_code == 2 and "no indicator table" in result.stderr
    other = tmp_path / "plan.doc"
    other.write_bytes(b"\xd0\xcf\x11\xe0")
    result = _runner().invoke(main, ["extract", str(other)])
    assert result.exit_code == 2 and ".docx" in result.stderr
    table = tmp_path / "indicators.csv"
    table.write_text("指标,2025年\n婴儿死亡率,<4\n", encoding="utf-8")
    result = _runner().invoke(main, ["extract", str(table)])
    assert result.exit_code == 2 and ".xlsx" in result.stderr  # the hint fits a table kept as CSV
    broken = tmp_path / "indicators.xlsx"
    broken.write_bytes(b"PK\x03\x04")
    result = _runner().invoke(main, ["extract", str(broken)])
    assert result.exit_code == 2 and "cannot read the workbook" in result.stderr


def test_missing_extra_is_one_line_naming_what_to_install(tmp_path, monkeypatch):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK")
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    result = _runner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert "python-docx" in result.stderr and "[extract]" in result.stderr
    assert "Traceback" not in result.stderr


def _word(path):
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("“健康样例市2030”行动规划")                           # 1
    word.add_paragraph("样例市人民政府办公室 样政办〔2023〕1号")                # 2
    table = word.add_table(rows=4, cols=5)                                   # rows 3 … 6
    for r, row in enumerate([["领域", "指标名称", "指标值", "", "属性"], ["", "", "2020年", "2030年", ""],
                             ["健康水平", "人均预期寿命（岁）", "78.5", "80左右", "预期性"],
                             ["", "婴儿死亡率（‰）①", "3.1", "≤3.5", "约束性"]]):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3))
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(2, 0).merge(table.cell(3, 0))
    word.add_paragraph("主要目标")                                             # 7
    word.add_paragraph("到2030年，全市居民健康素养水平达到30%以上。")            # 8
    word.save(str(path))


def test_word_document(tmp_path):
    path = tmp_path / "plan.docx"
    _word(path)
    draft = build(read_document(path))
    assert drafted(draft) == {("人均预期寿命", 2030, "80左右", 5), ("婴儿死亡率", 2030, "≤3.5", 6),
                              ("居民健康素养水平", 2030, "达到30%以上", 8)}
    assert draft.indicators[1]["domain"] == "健康水平" and draft.indicators[1]["nature"] == "约束性"
    assert "footnote mark ①" in draft.indicators[1]["review"]


HTML = """<html><body>
<h1>“健康样例市2030”行动规划</h1>
<p>样例市人民政府办公室</p>
<table>
<tr><th rowspan="2">领域</th><th rowspan="2">指标名称</th><th colspan="2">指标值</th><th rowspan="2">属性</th></tr>
<tr><th>2020年</th><th>2030年</th></tr>
<tr><td rowspan="2">健康水平</td><td>人均预期寿命（岁）</td><td>78.5</td><td>80左右</td><td>预期性</td></tr>
<tr><td>婴儿死亡率（‰）</td><td>3.1</td><td>≤3.5</td><td>约束性</td></tr>
</table>
<p>到2030年，全市居民健康素养水平达到30%以上，
孕产妇死亡率下降到10/10万。</p>
</body></html>
"""


def test_html_document(tmp_path):
    pytest.importorskip("bs4")
    path = tmp_path / "plan.html"
    path.write_text(HTML, encoding="utf-8")
    draft = build(read_document(path))
    assert drafted(draft) == {("人均预期寿命", 2030, "80左右", 7), ("婴儿死亡率", 2030, "≤3.5", 8),
                              ("居民健康素养水平", 2030, "达到30%以上", 10), ("孕产妇死亡率", 2030, "下降到10/10万", 11)}
    assert draft.indicators[1]["domain"] == "健康水平"


def test_pdf_document(tmp_path):
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a font every PDF reader has: nothing embedded
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16)
    table = Table([["领域", "指标名称", "指标值", "", "属性"], ["", "", "2020年", "2030年", ""],
                   ["健康水平", "人均预期寿命（岁）", "78.5", "80左右", "预期性"],
                   ["", "婴儿死亡率（‰）", "3.1", "≤3.5", "约束性"]])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("SPAN", (4, 0), (4, 1)), ("SPAN", (0, 2), (0, 3))]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("“健康样例市2030”行动规划", style), Paragraph("样例市人民政府办公室", style), table,
        Paragraph("到2030年，全市居民健康素养水平达到30%以上。", style)])
    draft = build(read_document(path))
    # lines: title 1, office 2, table rows 3–6, the sentence 7; all on page 1
    assert drafted(draft) == {("人均预期寿命", 2030, "80左右", 5), ("婴儿死亡率", 2030, "≤3.5", 6),
                              ("居民健康素养水平", 2030, "达到30%以上", 7)}
    entries = [item["targets"][2030] for item in draft.indicators]
    assert all(entry["source"]["page"] == 1 for entry in entries)
    assert draft.indicators[1]["domain"] == "健康水平"


@pytest.mark.parametrize("sentence, expected", [
    # each clause its own year; an adverb before the verb is not part of the indicator's name
    # values joined by 和 as well as 、; a list of years, one value each; a span's or a period's end
    ("到2025年，婴儿死亡率、5岁以下儿童死亡率和孕产妇死亡率分别控制在4‰、5‰和10/10万以下。",
     {("婴儿死亡率", 2025, "控制在4‰以下"), ("5岁以下儿童死亡率", 2025, "控制在5‰以下"),
      ("孕产妇死亡率", 2025, "控制在10/10万以下")}),
    ("到2025年，全县孕产妇死亡率和婴儿死亡率分别降至12/10万和5‰以下。",
     {("孕产妇死亡率", 2025, "降至12/10万以下"), ("婴儿死亡率", 2025, "降至5‰以下")}),
    ("全市居民健康素养水平2022年、2025年分别达到25%、30%。",
     {("居民健康素养水平", 2022, "达到25%"), ("居民健康素养水平", 2025, "达到30%")}),
    ("2021—2025年，全市卫生健康总投入年均增长5%以上。", {("卫生健康总投入", 2025, "年均增长5%以上")}),
    # (the period kept with the change: it counts from 2020, the year before the period)
    ("“十四五”期间，全县人均预期寿命提高1岁。", {("人均预期寿命", 2025, "“十四五”期间提高1岁")}),
    ("“十三五”期间，全县人均预期寿命提高1.2岁。", set()),  # looks back
    # two years carry over ；and 。 in a paragraph they open; two targets the grammar reads, parted by 和
    ("到2022年和2030年，15岁以上人群吸烟率分别低于24.5%和20%；儿童青少年总体近视率力争每年降低0.5个百分点以上。"
     "居民营养健康知识知晓率分别在2019年基础上提高10%和在2022年基础上提高10%。",
     {("15岁以上人群吸烟率", 2022, "低于24.5%"), ("15岁以上人群吸烟率", 2030, "低于20%"),
      ("儿童青少年总体近视率", 2022, "力争每年降低0.5个百分点以上"), ("儿童青少年总体近视率", 2030, "力争每年降低0.5个百分点以上"),
      ("居民营养健康知识知晓率", 2022, "在2019年基础上提高10%"), ("居民营养健康知识知晓率", 2030, "在2022年基础上提高10%")}),
    # a level reached by a year; a rate kept at a high level; a verb before a share "of" something
    ("重点加强县中医医院建设，至2025年县中医医院达到三级乙等水平。", {("县中医医院", 2025, "达到三级乙等水平")}),
    # a graded level of a 水平 (电子病历应用水平达到四级) is checkable; a level with no grade is not
    ("到2025年，二级医院电子病历应用水平达到四级标准，医疗服务水平达到省内先进。",
     {("二级医院电子病历应用水平", 2025, "达到四级标准")}),
    ("到2025年，适龄儿童国家免疫规划疫苗接种率维持在较高水平。", {("适龄儿童国家免疫规划疫苗接种率", 2025, "维持在较高水平")}),
    ("到2025年，巩固基本医保参保率，提高学校体育场地设施的开放率。",
     {("基本医保参保率", 2025, "巩固"), ("学校体育场地设施的开放率", 2025, "提高")}),
    ("到 2030 年具体实现以下目标：", set()),  # the lead of a list, no level reached
    # a goal's title that runs into its paragraph, with only a trend, sets nothing; a level in it does
    ("——卫生人才规模持续扩大。到2025年，每千人口执业医师数达到3.2人，护士规模持续扩大。",
     {("每千人口执业医师数", 2025, "达到3.2人"), ("护士规模", 2025, "持续扩大")}),
    ("——群众满意度达到90%。医疗服务更加便捷。", {("群众满意度", None, "达到90%")}),
    # air and water quality are monitored: a verb before them is a target (a service's quality is not);
    # two verbs, each before its own measure, are two targets
    ("持续改善城区空气质量和河流水质，改善服务质量。", {("城区空气质量和河流水质", None, "持续改善")}),
    ("提高救治成功率、降低院内感染率。", {("救治成功率", None, "提高"), ("院内感染率", None, "降低")}),
    # time limits and items of approval are counted: cut and shortened, each its own target; an action beside them
    ("按照要求，逐步精简行政许可事项、压缩行政许可办理时限、规范办理流程。",
     {("行政许可事项", None, "逐步精简"), ("行政许可办理时限", None, "压缩")}),
    # all of a kind reaching a level or standard is a requirement, with a year or without; a part is not
    ("确保县级妇幼保健院全部达到二级甲等水平，部分乡镇卫生院达到社区医院标准。",
     {("县级妇幼保健院", None, "达到二级甲等水平")}),
    ("推动县级中医医院全部晋升三级中医医院。", {("县级中医医院", None, "晋升三级中医医院")}),
    ("所有村卫生室都要达到标准化建设要求，所有干部要提高认识。",
     {("村卫生室达到标准化建设要求", None, "所有村卫生室都要达到标准化建设要求")}),
    ("加快对标补齐弱项，力争2024年底前各县级医院全面达到胸痛中心建设标准。",
     {("县级医院达到胸痛中心建设标准", 2024, "各县级医院全面达到胸痛中心建设标准")}),
    ("到2025年，全市所有养老机构要达到消防安全标准。",
     {("养老机构达到消防安全标准", 2025, "所有养老机构要达到消防安全标准")}),
    # 推动 before a measure and its trend is the trend asked for (a vague level after it is still left out)
    ("推动居民健康素养水平不断提升，推动医疗服务水平持续提升。", {("居民健康素养水平", None, "不断提升")}),
    ("推动孕产妇系统管理率稳步提高，推动产业发展。", {("孕产妇系统管理率", None, "稳步提高")}),
    # a list of projects to be finished: each is a deliverable (a list in quotes is part of one name)
    ("加快重大项目建设，市第一人民医院门诊楼项目、市传染病医院新院区、县妇幼保健院迁建项目建成投用。",
     {("市第一人民医院门诊楼项目", None, "建成投用"), ("市传染病医院新院区", None, "建成投用"),
      ("县妇幼保健院迁建项目", None, "建成投用")}),
    ("县急救中心新址建成并投入使用。", {("县急救中心新址", None, "建成并投入使用")}),
    # amounts of things built "respectively": each thing its own amount
    ("到2025年，全县分别建成20个健康村和5个健康乡镇、3个健康促进医院。",
     {("健康村", 2025, "20个"), ("健康乡镇", 2025, "5个"), ("健康促进医院", 2025, "3个")}),
    ("到2030年，“村收集、镇转运、县处理”的垃圾收运体系基本建立。",
     {("“村收集、镇转运、县处理”的垃圾收运体系", 2030, "基本建立")}),
    ("加快推进区域协同诊疗服务网络基本建成。", set()),  # an action before it
    # a subject that builds or reaches something by a year; places are named by what they build; a state
    # of things (健康公平) and a subject cut before 与 are no deliverables
    ("到2025年，甲县、乙县建成省级慢性病综合防控示范区。",
     {("省级慢性病综合防控示范区", 2025, "建成省级慢性病综合防控示范区")}),
    ("到2025年，把全区建成国家卫生城区。", {("国家卫生城区", 2025, "建成国家卫生城区")}),
    # a place builds it without a year too (城区建成…服务圈); 加快建成… is a thing to be built; a time of the plan
    # that is 我市… is no place
    ("城区建成15分钟健康服务圈，加快建成医学人才培养培训体系。",
     {("15分钟健康服务圈", None, "建成15分钟健康服务圈"), ("医学人才培养培训体系", None, "加快建成医学人才培养培训体系")}),
    ("“十四五”时期是我市建成小康社会、开启新征程的关键时期。", set()),
    ("甲区、乙区疾控中心尽快建成P2实验室，其他疾控中心加强改造。", {("甲区、乙区疾控中心", None, "建成P2实验室")}),
    ("到2025年，打造建成区域医疗中心。", {("区域医疗中心", 2025, "打造建成区域医疗中心")}),
    # 培育一批… by a year is a deliverable like 创建一批…; without a year it is a duty
    ("到2025年，培育一批学科带头人，培育建设一批省级重点专科。",
     {("学科带头人", 2025, "培育一批学科带头人"), ("省级重点专科", 2025, "培育建设一批省级重点专科")}),
    ("培育一批学科带头人。", set()),
    ("到2025年，每个区至少建成1个紧密型医联体，并建立医保总额付费机制。",
     {("区建成紧密型医联体", 2025, "每个区至少建成1个紧密型医联体"), ("医保总额付费机制", 2025, "建立医保总额付费机制")}),
    ("到2030年，全县出生人口性别比实现自然平衡。", {("出生人口性别比", 2030, "实现自然平衡")}),
    ("到2030年，健康公平基本实现，卫生事业发展水平与全面建成小康社会相适应。", set()),
    # everyone covered by a service (not by a quality of it); 把…建成… is a thing to be built, with a year or without
    ("到2025年，人人享有基本医疗卫生服务和基本体育健身服务。",
     {("人人享有基本医疗卫生服务和基本体育健身服务", 2025, "人人享有基本医疗卫生服务和基本体育健身服务")}),
    ("人人享有高质量的健康服务。", set()),
    ("把县直机关建成无烟单位，把健康融入所有政策。", {("县直机关建成无烟单位", None, "把县直机关建成无烟单位")}),
    ("力争全面消除劣V类水体，消除影响健康的因素。", {("劣V类水体", None, "力争全面消除劣V类水体")}),
    # 消除一批… names nothing to check; a named disease to eliminate is a deliverable
    ("到2030年，消除一批重点传染病危害，基本消除碘缺乏病危害。", {("碘缺乏病危害", 2030, "基本消除碘缺乏病危害")}),
    # 大幅 before the verb; a count of things described with 的 (…的乡镇卫生院数量) is measured, a feeling is not
    ("大幅降低患者县外就诊率，增加具备急救能力的乡镇卫生院数量，增加群众的获得感。",
     {("患者县外就诊率", None, "大幅降低"), ("具备急救能力的乡镇卫生院数量", None, "增加")}),
    # a target set elsewhere (完成国家任务) for named measures: each drafted (a person writes the number in)
    ("细颗粒物（PM2.5）平均浓度完成省下达任务，全面完成国家下达任务。",
     {("细颗粒物（PM2.5）平均浓度", None, "完成省下达任务")}),
    ("地表水优良比例和城市污水处理率指标完成国家任务。",
     {("地表水优良比例", None, "完成国家任务"), ("城市污水处理率", None, "完成国家任务")}),
    # 基本形成… by a year is a deliverable (not an order or a pattern of things, nor without a year); 扩大 before a
    # measure is a target
    ("到2030年，基本形成覆盖城乡的托育服务体系，基本形成分级诊疗就医秩序，形成共建共享格局。",
     {("覆盖城乡的托育服务体系", 2030, "基本形成覆盖城乡的托育服务体系")}),
    ("基本形成覆盖城乡的托育服务体系。", set()),
    ("鼓励社会捐助，扩大慈善医疗救助基金规模。", {("慈善医疗救助基金规模", None, "扩大")}),
    # a staffing ratio in 名 looks like a target: kept with a note where the grammar cannot read it
    ("乡镇卫生院每万常住人口配置 12~15 名卫生技术人员。",
     {("乡镇卫生院每万常住人口配置", None, "乡镇卫生院每万常住人口配置 12~15 名卫生技术人员")}),
    # what each unit is to have (每个…办好一所…), kept with a note; a list of several things for each is not one
    ("原则上每个乡镇至少办好一所卫生院，每个行政村设置1个村卫生室，每个县（区）重点办好1所综合医院和1所中医医院。",
     {("乡镇办好卫生院", None, "原则上每个乡镇至少办好一所卫生院"), ("行政村设置村卫生室", None, "每个行政村设置1个村卫生室")}),
    ("力争每个县至少建成一个医养结合机构。", {("县建成医养结合机构", None, "力争每个县至少建成一个医养结合机构")}),
    ("县域内至少有1所二级甲等医院，至少有一批骨干。", {("县域内有二级甲等医院", None, "县域内至少有1所二级甲等医院")}),
    ("到2030年，乡镇卫生院全面建立中医馆、国医堂等中医综合服务区。",
     {("乡镇卫生院建立中医馆", 2030, "乡镇卫生院全面建立中医馆、国医堂等中医综合服务区")}),
    ("在全市建立健康影响评价机制，在各县区建立心理援助热线，在二级以上医院推广设立营养科。",
     {("各县区建立心理援助热线", None, "在各县区建立心理援助热线")}),
    ("各级医疗机构全面配备、规范使用急救药品。",
     {("各级医疗机构配备、规范使用急救药品", None, "各级医疗机构全面配备、规范使用急救药品")}),
    ("到2025年，各乡镇建成1-2所示范性村卫生室，所有预约挂号信息全部接入全市统一平台。",
     {("乡镇建成示范性村卫生室", 2025, "各乡镇建成1-2所示范性村卫生室"),
      ("预约挂号信息接入全市统一平台", 2025, "所有预约挂号信息全部接入全市统一平台")}),
    ("到2025年，所有二级以上医院开展日间手术服务，所有干部落实责任。",
     {("二级以上医院开展日间手术服务", 2025, "所有二级以上医院开展日间手术服务")}),
    # what all of a kind is to have (全面配备…, 全县…设置…); one unit's fitting is no target
    ("二级以上综合医院全面配备临床药师，力争全县村卫生室设置中医阁、配备中医适宜技术设备，医疗机构设置导诊台。",
     {("二级以上综合医院配备临床药师", None, "二级以上综合医院全面配备临床药师"),
      ("村卫生室设置中医阁", None, "力争全县村卫生室设置中医阁、配备中医适宜技术设备")}),
    # a verb before a count, by many ways (多渠道增加…数量); a region pushed to win a title; a disease's harm to end
    ("多渠道增加全科医生和护士数量，推动我区创建国家慢性病综合防控示范区，消除碘缺乏病危害，消除数据壁垒。",
     {("全科医生和护士数量", None, "多渠道增加"), ("国家慢性病综合防控示范区", None, "推动我区创建国家慢性病综合防控示范区"),
      ("碘缺乏病危害", None, "消除碘缺乏病危害")}),
    # hours a day, times a week and skills to master look like targets (kept with a note); a count of rules does not
    ("保证学生每天1小时校园体育活动，让学生熟练掌握1～2项运动技能，落实医疗18项核心制度。",
     {("学生每天", None, "保证学生每天1小时校园体育活动"), ("学生熟练掌握", None, "让学生熟练掌握1～2项运动技能")}),
    # …得到较大提高 after a measure is its trend; an order of things (就医秩序得到改善) is no measure
    ("到2030年，健康期望寿命得到较大提高，就医秩序得到改善。", {("健康期望寿命", 2030, "得到较大提高")}),
    # a list of pieces each with its own subject and trend is cut at 、 (a vague one is still left out); a
    # trend shared by listed names is not
    ("到2030年，健康产业规模不断扩大、体系更加完整、结构更加合理。", {("健康产业规模", 2030, "不断扩大")}),
    ("到2030年，婴儿死亡率持续下降、孕产妇死亡率稳步降低。",
     {("婴儿死亡率", 2030, "持续下降"), ("孕产妇死亡率", 2030, "稳步降低")}),
    ("到2030年，农村自来水普及率、水质达标率持续提高。",
     {("农村自来水普及率", 2030, "持续提高"), ("水质达标率", 2030, "持续提高")}),
    # a system made whole by a year (基本完善) is a deliverable; 进一步完善 is a duty, and without a year neither
    ("到2030年，食品安全治理体系基本完善，服务体系进一步完善。", {("食品安全治理体系", 2030, "基本完善")}),
    # a change of the measure a verb names (实现…翻番): the measure is the indicator
    ("到2030年，实现社区卫生服务中心的门诊量翻番。",
     {("社区卫生服务中心的门诊量", 2030, "实现社区卫生服务中心的门诊量翻番")}),
    ("食品安全治理体系基本完善。", set()),
    # a gap to narrow is read (缩小 was never looked at); qualifiers listed with 、 are one name, not several
    # (进一步 stays with its verb, as 持续 and 明显 do; the text was 缩小 and the name ended in 进一步 before extract cut it)
    ("到2025年，城乡间、区域间健康差距进一步缩小。", {("城乡间、区域间健康差距", 2025, "进一步缩小")}),
    # a measure ranked among peers is a target (进入/位居… after a name is read); a capacity ranked is a wish
    ("到2025年，人均预期寿命进入全省前列，卫生健康综合实力位居全省第一方阵，医疗技术水平达到国内领先，"
     "居民主要健康指标保持全省前列。",
     {("人均预期寿命", 2025, "进入全省前列"), ("居民主要健康指标", 2025, "保持全省前列")}),
    # pay or funds not below another group's level: kept whole with a note (the grammar compares with regions only)
    ("乡村医生收入原则上不低于当地乡镇卫生院同类人员的平均收入水平，确保村卫生室运行经费不低于省级补助标准。",
     {("乡村医生收入", None, "乡村医生收入原则上不低于当地乡镇卫生院同类人员的平均收入水平"),
      ("村卫生室运行经费", None, "确保村卫生室运行经费不低于省级补助标准")}),
    ("到2025年，血吸虫病继续维持在较低的感染水平。", {("血吸虫病", 2025, "维持在较低的感染水平")}),
    # growth faster than another's is kept whole with a note
    ("到2025年，政府卫生投入增长幅度高于经常性财政支出增长幅度。",
     {("政府卫生投入增长幅度", 2025, "政府卫生投入增长幅度高于经常性财政支出增长幅度")}),
    # pay is measured (wage statistics): a verb before a pay level or pay is a target, a service level is not
    ("逐步提高乡村医生收入水平，提高基层医务人员待遇，提高服务水平。",
     {("乡村医生收入水平", None, "逐步提高"), ("基层医务人员待遇", None, "提高")}),
    # three indicators, two years: the values before 和 for the first year, those after it for the second
    ("到2022年和2030年，基本知识和理念素养水平、健康生活方式与行为素养水平、基本技能素养水平分别提高到30%、18%、20%及以上"
     "和45%、25%、30%及以上。",
     {("基本知识和理念素养水平", 2022, "提高到30%及以上"), ("健康生活方式与行为素养水平", 2022, "提高到18%及以上"),
      ("基本技能素养水平", 2022, "提高到20%及以上"), ("基本知识和理念素养水平", 2030, "提高到45%及以上"),
      ("健康生活方式与行为素养水平", 2030, "提高到25%及以上"), ("基本技能素养水平", 2030, "提高到30%及以上")}),
    # names listed with 、 may hold 和 (one sentence, one year: the same reading as for two years)
    ("到2025年，基本知识和理念素养水平、基本技能素养水平分别达到40%、25%。",
     {("基本知识和理念素养水平", 2025, "达到40%"), ("基本技能素养水平", 2025, "达到25%")}),
    # a group's part of a share is named before the share's name
    ("到2025年，经常参加体育锻炼人数比例达到40%，其中城镇达到45%。",
     {("经常参加体育锻炼人数比例", 2025, "达到40%"), ("城镇经常参加体育锻炼人数比例", 2025, "达到45%")}),
    # 可 opens a name (可再生能源, 可吸入颗粒物), not only a permission (可提取…用于…)
    ("到2025年，可再生能源消费总量达到10亿吨标准煤。", {("可再生能源消费总量", 2025, "达到10亿吨标准煤")}),
    ("到2025年，可吸入颗粒物（PM10）平均浓度控制在60微克/立方米以下。",
     {("可吸入颗粒物（PM10）平均浓度", 2025, "控制在60微克/立方米以下")}),
    ("到2025年，可提取60%以上用于人员支出。", set()),
    # a qualifier after the name (以乡镇为单位); a share named after a standard its people reach
    ("到2025年，适龄儿童免疫规划疫苗接种率以乡镇为单位保持在95%以上。", {("适龄儿童免疫规划疫苗接种率", 2025, "保持在95%以上")}),
    ("到2025年，城乡居民达到《国民体质测定标准》合格以上的人数比例超过92%。",
     {("城乡居民达到《国民体质测定标准》合格以上的人数比例", 2025, "超过92%")}),
    ("到2020年，人均预期寿命达到77.3岁；到2030年，人均预期寿命进一步提高至79岁。",
     {("人均预期寿命", 2020, "达到77.3岁"), ("人均预期寿命", 2030, "提高至79岁")}),
    # the subject of the clause before; a year stated after the subject
    ("人均预期寿命持续提高，达到79.7岁。", {("人均预期寿命", None, "持续提高"), ("人均预期寿命", None, "达到79.7岁")}),
    ("全市人均体育场地面积到2030年不低于2.5平方米。", {("人均体育场地面积", 2030, "不低于2.5平方米")}),
    ("居民健康素养水平2020年提高到20%，2030年提高到30%。",
     {("居民健康素养水平", 2020, "提高到20%"), ("居民健康素养水平", 2030, "提高到30%")}),
    # a list of goals after a colon, with the year in the lead
    ("2030年的具体目标包括：重大慢性病过早死亡率较2015年下降30%。", {("重大慢性病过早死亡率", 2030, "较2015年下降30%")}),
    # facts, narrative and wishes no data can check are no targets
    ("全市耕地面积29977.37公顷，婴儿死亡率由3.77‰降低至3.15‰。", set()),
    ("到2030年，健康服务质量和水平明显提高，加强学校健康教育。", set()),
    # the subject carries over a semicolon to a sentence led by its own year
    ("到2020年，全市健康促进学校比例达到85%以上；到2030年，达到95%以上。",
     {("健康促进学校比例", 2020, "达到85%以上"), ("健康促进学校比例", 2030, "达到95%以上")}),
    # two bounds joined by 、 are two targets; a subject written with full-width brackets keeps its words apart
    ("到2030年，全市每万人口拥有精神科执业（助理）医师数达到 0.5 人以上、拥有精神科床位达到 5 张以上。",
     {("每万人口拥有精神科执业（助理）医师数", 2030, "达到 0.5 人以上"), ("每万人口拥有精神科床位", 2030, "达到 5 张以上")}),
    # an amount to be built is a target; the verb is not part of the name
    ("2020年，全市建成体育主题公园80个。", {("体育主题公园", 2020, "80个")}),
    # a subject, then that it is to be set up, in a sentence with a year
    ("到2025年，促进全民健康的政策体系基本建立，健康服务能力明显提升。",
     {("全民健康的政策体系", 2025, "基本建立")}),
    # without a year, a thing to be built is a standing deliverable; a mechanism to set up or an action is not
    ("建成城镇社区10分钟健身圈，建立健全监测预警机制，加强现有40个临床医学中心建设。",
     {("城镇社区10分钟健身圈", None, "建成城镇社区10分钟健身圈")}),
    ("积极创建国家园林城市，建立稳定的公共卫生事业投入机制。", {("国家园林城市", None, "积极创建国家园林城市")}),
    # without a year, a state pledged as reached (not a bare 实现… or 逐步实现…) and a status won to keep
    ("推进实现城乡居民医保市级统筹，基本实现适龄儿童掌握游泳技能，逐步实现门诊信息互通，实现服务流程优化。",
     {("城乡居民医保市级统筹", None, "推进实现城乡居民医保市级统筹"),
      ("适龄儿童掌握游泳技能", None, "基本实现适龄儿童掌握游泳技能")}),
    ("实现“小病不出村”。", {("“小病不出村”", None, "实现“小病不出村”")}),
    # full coverage: of the subject before (after ；and a year), of what follows 对, of each place 对口 supports;
    # 推进…全覆盖 is a coverage to reach, not an action; 实现…全覆盖的目标 is the coverage
    ("到2025年，家庭病床服务覆盖率达到60%；到2030年，实现全覆盖。",
     {("家庭病床服务覆盖率", 2025, "达到60%"), ("家庭病床服务覆盖率", 2030, "实现全覆盖")}),
    ("对重点人群开展筛查，实现全覆盖。", set()),
    ("到2030年，基本实现对孕产妇、新生儿等重点人群健康管理全覆盖。", {("孕产妇、新生儿等重点人群健康管理", 2030, "全覆盖")}),
    # names listed with 、 are not cut inside brackets
    ("实现县（市、区）体育场、体育馆和全民健身中心全覆盖。",
     {("县（市、区）体育场覆盖率", None, "全覆盖"), ("体育馆和全民健身中心覆盖率", None, "全覆盖")}),
    ("到2025年，各县（区）建成疾病预防控制中心实验室，各地建成一批示范点。",
     {("县（区）建成疾病预防控制中心实验室", 2025, "各县（区）建成疾病预防控制中心实验室")}),
    ("各县（区）所有乡镇卫生院都要达到国家基本标准。",
     {("乡镇卫生院达到国家基本标准", None, "所有乡镇卫生院都要达到国家基本标准")}),
    ("加强协作，实现对口帮扶乡镇卫生院、村卫生室全覆盖。",
     {("对口帮扶乡镇卫生院覆盖率", None, "全覆盖"), ("村卫生室覆盖率", None, "全覆盖")}),
    ("推进城乡应急避难场所全覆盖，推进医联体建设。", {("城乡应急避难场所", None, "全覆盖")}),
    ("持续开展创建，实现省级卫生乡镇全覆盖的目标。", {("省级卫生乡镇", None, "全覆盖")}),
    ("保持无麻疹状态，维持消除丝虫病状态，继续巩固国家园林城市创建成果，巩固医改成果，巩固家庭病床建设成果。",
     {("无麻疹状态", None, "保持无麻疹状态"), ("消除丝虫病状态", None, "维持消除丝虫病状态"),
      ("国家园林城市创建成果", None, "继续巩固国家园林城市创建成果")}),
    # an ellipsis ends a sentence; a year opening a clause on the whole city is its year; a quote cut off
    # by a comma is not part of the name
    ("到2035年，主要食品安全抽查合格率达到99%……26日，武汉发布规划。", {("主要食品安全抽查合格率", 2035, "达到99%")}),
    ("包括：2035年全市重大慢性病过早死亡率不高于10%，健康产业总规模达4500亿元以上。",
     {("重大慢性病过早死亡率", 2035, "不高于10%"), ("健康产业总规模", 2035, "达4500亿元以上")}),
    # two years, two values: the first for the first year (健康中国行动's way of writing)
    ("到2022年和2030年，全国居民健康素养水平分别不低于22%和30%。",
     {("居民健康素养水平", 2022, "不低于22%"), ("居民健康素养水平", 2030, "不低于30%")}),
    ("到2022年和2030年，经常参加体育锻炼人数比例达到37%及以上和40%及以上。",
     {("经常参加体育锻炼人数比例", 2022, "达到37%及以上"), ("经常参加体育锻炼人数比例", 2030, "达到40%及以上")}),
    # a trend under two years holds for both; a name may open with an age group
    ("到2022年和2030年，成人肥胖增长率持续减缓，5岁以下儿童生长迟缓率分别低于7%和5%。",
     {("成人肥胖增长率", 2022, "持续减缓"), ("成人肥胖增长率", 2030, "持续减缓"),
      ("5岁以下儿童生长迟缓率", 2022, "低于7%"), ("5岁以下儿童生长迟缓率", 2030, "低于5%")}),
    ("到2030年，努力打造百姓身边健身组织和“15分钟健身圈”。", set()),
    # a list item's mark is not part of the name; a clause detailing the one before sets nothing
    ("1、全市常住人口千人床位数达到4.3张，其中10家在原特区外。", {("常住人口千人床位数", None, "达到4.3张")}),
    # the end of a five-year plan period is a year; after it a bare amount is the target; a note in
    # brackets explains the target and is not part of it
    ("到“十四五”期末，全市人均期望寿命80岁，千人均医疗机构床位数力争达到6.3张（按建成可开放床位，可达6.5张）。",
     {("人均期望寿命", 2025, "80岁"), ("千人均医疗机构床位数", 2025, "力争达到6.3张")}),
    ("到2025年，实现更有效率和更可持续的发展。", set()),
    ("到2025年，基本实现健康公平，实现山更青、水更清、城乡更美。", set()),  # states of things, no deliverable
    ("基本实现健康公平。", set()),
    # short names in a list share the last one's head; several bounds joined by 、 are several targets
    ("到2030年，城市、乡镇生活污水处理率分别达到90%、40%。",
     {("城市生活污水处理率", 2030, "达到90%"), ("乡镇生活污水处理率", 2030, "达到40%")}),
    ("到2030年，婴儿死亡率≤4‰、孕产妇死亡率继续控制在12/10万左右。",
     {("婴儿死亡率", 2030, "≤4‰"), ("孕产妇死亡率", 2030, "控制在12/10万左右")}),
    # 展望2035年 is the year looked to; 在2020年的基础上 is a base, not the year (the national 14th
    # five-year health plan's words, as a news report gives them)
    ("到2025年，中国的人均预期寿命在2020年的基础上继续提高1岁左右，展望2035年，人均预期寿命达到80岁以上。",
     {("人均预期寿命", 2025, "在2020年的基础上继续提高1岁左右"), ("人均预期寿命", 2035, "达到80岁以上")}),
    ("到2025年，地级以上城市空气优良天数比达87.5%。", {("地级以上城市空气优良天数比", 2025, "达87.5%")}),
    # another document's targets cannot be checked here
    ("到2030年，实现《“健康中国2030”规划纲要》有关目标。", set()),
])
def test_body_sentences(sentence, expected):
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    assert {(f.subject, f.year, f.text) for f in find(paragraph(sentence, 1))} == expected


@pytest.mark.parametrize("title, header, rows, expected", [
    # 具体指标 names the indicator column; 年均增长 is kept as a column, not a year; 十三五: 2015 is the base
    ("样例市“十三五”中医药发展规划", "| 具体指标 | 2015年 | 2020年 | 年均增长(%) | 属性 |", ["| 中医医院床位数(万张) | 47.1 | 69.2 | 8 | 预期性 |"],
     {("中医医院床位数", 2020, "69.2", 7)}),
    # English headers; an English name found in the catalogue takes its Chinese name too
    ("样例市“十四五”卫生健康规划", "| Indicator | Unit | 2020 | 2025 | Type |", ["| Infant mortality rate | ‰ | 5.4 | ≤5 | 约束性 |"],
     {("婴儿死亡率", 2025, "≤5", 7)}),
    # a column named by its plan period's end (十四五末: 2025); the earliest year column is the baseline
    ("样例市卫生健康事业发展规划", "| 指标 | 2019年 | 2022年 | 十四五末 | 属性 |", ["| 人均期望寿命（岁） | 79.1 | 79.4 | 80 | 预期性 |"],
     {("人均期望寿命", 2022, "79.4", 7), ("人均期望寿命", 2025, "80", 7)}),
    ("样例市“十四五”卫生健康事业发展规划", "| 指标 | “十三五”期末 | “十四五”期末目标 | 属性 |", ["| 婴儿死亡率（‰） | 3.1 | ＜4 | 约束性 |"],
     {("婴儿死亡率", 2025, "＜4", 7)}),
])
def test_other_headers(title, header, rows, expected):
    text = f"# {title}\n\n样例市人民政府\n\n" + header + "\n" + "|---" * header.count("|") + "\n" + "\n".join(rows) + "\n"
    text = text.replace("|---" * header.count("|"), "|---" * (header.count("|") - 1) + "|")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == expected


def test_a_target_is_on_the_line_of_its_own_words():
    """A paragraph that runs over a line (or page) break: the target's line is where its words are."""
    from checker.documents.model import Paragraph
    from checker.documents.sentences import find

    first, second = "到2030年，全市每万人口拥有精神科", "床位达到5张以上，严重精神障碍患者管理率达到95%以上。"
    block = Paragraph(first + second, ((0, 10, None), (len(first), 12, None)))
    assert {(f.text, f.line) for f in find(block)} == {("达到5张以上", 12), ("达到95%以上", 12)}


def test_an_unread_clause_is_filed_under_its_own_subject_not_the_one_before():
    """A news summary of a province's plan: the clause on infant mortality follows one on life expectancy."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "到2030年，人均预期寿命进一步增长到76岁，婴儿死亡率从2015年的5.28‰降到2030年的≤5‰、孕产妇死亡率降低到12/10万。"
    found = {(f.subject, f.text) for f in find(paragraph(text, 1))}
    assert found == {("人均预期寿命", "增长到76岁"), ("婴儿死亡率", "从2015年的5.28‰降到2030年的≤5‰"),
                     ("孕产妇死亡率", "降低到12/10万")}


def test_traditional_characters_are_read_and_quoted_as_written(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("《健康樣例2030規劃》\n\n到2030年，人均預期壽命較十年前再增加約3歲，達到79歲；重大慢性病過早死亡率較2015年下降30%。\n",
                    encoding="utf-8")
    draft = build(read_text(path.read_text(encoding="utf-8"), str(path)))
    assert {("人均预期寿命", 2030, "達到79歲", 3), ("重大慢性病过早死亡率", 2030, "較2015年下降30%", 3)} <= drafted(draft)
    entries = [e for item in draft.indicators for e in item["targets"].values()]
    unread = [t for e in entries for t in (e if isinstance(e, list) else [e]) if "較十年前再增加" in t["text"]]
    assert len(unread) == 1 and unread[0]["review"].count("grammar cannot read") == 1


def test_an_unread_clause_opening_with_an_age_group_keeps_its_own_subject():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    found = find(paragraph("到2030年，孕产妇死亡率降低到12/10万，5岁以下儿童死亡率从10.7‰降到2030年的6‰。", 1))
    assert [f.subject for f in found] == ["孕产妇死亡率", "5岁以下儿童死亡率"]


def test_a_title_with_a_span_of_years_runs_to_its_last_year():
    draft = build(read_text("健康样例行动（2019—2030年）\n\n样例市人民政府\n\n到2030年，建成城镇社区15分钟健身圈。\n"
                            "建成一批健康步道。\n", "plan.txt"))
    assert draft.plan["target_years"] == [2030]
    assert ("健康步道", 2030, "建成一批健康步道", 6) in drafted(draft)


def test_a_clause_the_grammar_cannot_read_is_kept_whole_with_a_note():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    clause = "人均预期寿命较十年前再增加约3岁"  # 较十年前: a base the grammar cannot place (较目前 is the plan's base)
    (found,) = find(paragraph(f"到2030年，{clause}。", 4))
    assert (found.subject, found.year, found.text, found.line) == ("人均预期寿命", 2030, clause, 4)
    assert "grammar cannot read" in found.review[0]


def test_a_table_broken_across_pages_carries_on():
    text = ("# 样例市“十四五”卫生健康规划\n\n样例市人民政府\n\n"
            "| 领域 | 指标名称 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|\n"
            "| 健康水平 | 人均预期寿命（岁） | 78.5 | 79 | 预期性 |\n\n— 3 —\n\n"
            "| | 婴儿死亡率（‰） | 3.1 | ≤4 | 约束性 |\n|---|---|---|---|---|\n| | 孕产妇死亡率（1/10万） | 9 | ≤10 | 约束性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2025, "79", 7), ("婴儿死亡率", 2025, "≤4", 11),
                              ("孕产妇死亡率", 2025, "≤10", 13)}
    assert draft.indicators[2]["domain"] == "健康水平"
    assert "carried on" in draft.plan["review"]


def test_a_sentence_without_a_year_is_kept_for_the_last_year_the_text_names(tmp_path):
    """Found on an unseen document: a sentence with a subject but no year, in a document with no table or
    title year, made an indicator with no targets and the draft failed the plan schema; then it was left
    out. It is a standing requirement for the last year the body text names, marked for review."""
    from checker.plan.lint import lint

    source = tmp_path / "plan.txt"
    source.write_text("某县卫生健康工作意见\n到2025年，人均预期寿命达到80岁。\n婴儿死亡率持续下降。\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = _runner().invoke(main, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    indicators = {(item["name"].get("zh") or item["name"]["en"]): item for item in yaml.safe_load(out.read_text(encoding="utf-8"))["indicators"]}
    assert list(indicators) == ["人均预期寿命", "婴儿死亡率"]
    standing = indicators["婴儿死亡率"]["targets"][2025]
    assert standing["text"] == "持续下降" and standing["standing"] is True
    assert "names no year" in standing["review"]
    assert not [p for p in lint(out) if p.severity == "error"]
    only_baseline = tmp_path / "baseline.txt"
    only_baseline.write_text("成人肥胖增长率\n2002—2012年平均每年增长约5.3%\n", encoding="utf-8")
    refused = _runner().invoke(main, ["extract", str(only_baseline)])
    assert refused.exit_code == 2 and "no indicator table" in refused.stderr


# an indicator table copied from a web page: one cell a paragraph, empty cells gone, group rows and
# notes between the rows (the layout of 健康中国行动's indicator table as web pages carry it)
WEB_FLATTENED = """样例市健康行动（2020—2030年）

样例市人民政府

主要指标

领域

序号

指标

基期水平

2025年目标值

2030年目标值

指标性质

（一）

健康知识普及

结果性指标

1

居民健康素养水平（%）

18.5

≥25

≥30

预期性

说明：健康素养水平指具备基本健康素养的人在监测人群中所占的比例。

2

个人定期记录身心健康状况

倡导性

3

中医医院设置治未病科室比例（%）

4

100

预期性

（二）

合理膳食

4

成人肥胖增长率（%）

2010—2015年年均增长约4%

持续减缓

预期性

三、重大行动

到2030年，全市人均预期寿命达到80岁。
"""


def test_a_table_flattened_to_one_cell_a_paragraph_is_read_back():
    draft = build(read_text(WEB_FLATTENED, "plan.txt"))
    assert drafted(draft) == {
        ("居民健康素养水平", 2025, "≥25", 33), ("居民健康素养水平", 2030, "≥30", 35),
        # a value that equals the next row's number is a value; the missing cell is the baseline
        ("中医医院设置治未病科室比例", 2025, "4", 51), ("中医医院设置治未病科室比例", 2030, "100", 53),
        # a cell naming years before the table's is the baseline; the one value left goes to the last year
        ("成人肥胖增长率", 2030, "持续减缓", 67),
        ("人均预期寿命", 2030, "达到80岁", 73),
    }
    items = {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}
    assert items["居民健康素养水平"]["domain"] == "健康知识普及"
    assert items["成人肥胖增长率"]["domain"] == "合理膳食"
    # a row whose cells could not all be placed says so on each of its targets; a full row does not
    assert "2025年目标值 left empty" in items["成人肥胖增长率"]["targets"][2030]["review"]
    assert "基期水平 left empty" in items["中医医院设置治未病科室比例"]["targets"][2025]["review"]
    assert "review" not in items["居民健康素养水平"]["targets"][2025]
    # the advocacy row sets nothing; the note under a row is no target
    assert "个人定期记录身心健康状况" not in items and not any("说明" in name for name in items)


# a report of a national plan in English (its words, shortened): verb-first targets, a subject before
# "should be", a year from "by 2030", thousands written 1,000
ENGLISH_REPORT = """Health plan outline

It sets specific goals to be reached by 2030, such as increasing life expectancy to 79 years, 3 years more than at present; reducing the infant mortality rate from the current 8.1 per 1,000 to 5 per 1,000; and reducing the maternal mortality rate from 20.1 out of 100,000 at present to 12 out of 100,000 by 2030.

According to the outline, by 2030 the smoking rate of people above 15 years old should be reduced to 20 percent.

By 2030, average life expectancy is expected to reach 80 years, one year longer than in 2024, and major health indicators will reach the level of high-income countries.
"""


def test_english_body_text():
    draft = build(read_text(ENGLISH_REPORT, "report.txt"))
    assert drafted(draft) == {
        # names the catalogue knows in English take its Chinese name
        ("人均预期寿命", 2030, "increasing life expectancy to 79 years", 3),
        ("婴儿死亡率", 2030, "reducing the infant mortality rate from the current 8.1 per 1,000 to 5 per 1,000", 3),
        ("孕产妇死亡率", 2030, "reducing the maternal mortality rate from 20.1 out of 100,000 at present to 12 out of 100,000", 3),
        # the words after the subject, where the grammar cannot read the subject's own numbers
        ("smoking rate of people above 15 years old", 2030, "should be reduced to 20 percent", 5),
        # "3 years more than at present", "one year longer than in 2024" and the level of high-income
        # countries are no targets
        ("人均预期寿命", 2030, "average life expectancy is expected to reach 80 years", 7),
    }
    names = {item["name"].get("en"): item for item in draft.indicators}
    smoking = names["smoking rate of people above 15 years old"]
    # a name in English alone is a name (a plan written in English needs no Chinese one); its direction is guessed
    assert smoking["direction"] == "down" and "zh" not in smoking["name"] and "English only" not in smoking["review"]
    assert names["infant mortality rate"]["id"] == "infant_mortality"


def test_a_heading_that_runs_into_its_text_opens_a_section():
    """Word and PDF documents often write 「（一）发展基础。“十三五”期间…」 as one paragraph: what the
    section looks back on is no target, what the next section sets is."""
    text = ("样例市“十四五”卫生健康规划\n\n样例市人民政府\n\n"
            "（一）发展基础。“十三五”期间，全市人均预期寿命达到78岁，建成健康步道20条。\n\n"
            "（二）发展目标。到2025年，人均预期寿命达到79岁，健康预期寿命相应提高，建立起覆盖城乡的急救网络。\n")
    assert drafted(build(read_text(text, "plan.txt"))) == {
        ("人均预期寿命", 2025, "达到79岁", 7), ("健康预期寿命", 2025, "提高", 7),
        ("覆盖城乡的急救网络", 2025, "建立起覆盖城乡的急救网络", 7)}


def test_the_words_extract_drafts_by_are_data():
    """rules/extract.yaml: every entry compiles, and a word added there is a word the extractor reads."""
    import re

    from checker.documents import vocabulary
    from checker.rulefiles import load_rules_yaml

    data = load_rules_yaml(vocabulary.EXTRACT_FILE)

    tables = ("periods", "symbol_font")  # (tables of values, not patterns)

    def keys(node, prefix=""):
        for key, value in node.items():
            if isinstance(value, dict) and key not in tables:
                yield from keys(value, f"{prefix}{key}.")
            elif key not in tables:
                yield prefix + key

    for key in keys(data):
        re.compile(vocabulary.source(key))
    assert vocabulary.periods()["十四五"] == 2025
    from checker.documents import sentences

    assert sentences._ACTION.pattern == vocabulary.source("action")  # the module reads the file, not a copy


def test_english_paragraphs_leads_and_names():
    """A blank line ends an English paragraph (a title is no part of the next one); a lead ending in a
    colon sets the year of the list below it; who said it and whose it is are not part of a name."""
    text = ("China's health goals to 2020\n\n"
            "China's average life expectancy will increase to 77 years by 2020 from 74.83 years in 2010.\n\n"
            "By 2025, the plan aims to:\n\nlower the infant mortality rate to 5 per 1,000 live births;\n\n"
            "The report said the national smoking rate should be reduced to 20 percent.\n")
    assert drafted(build(read_text(text, "goals.txt"))) == {
        ("人均预期寿命", 2020, "China's average life expectancy will increase to 77 years by 2020 from 74.83 years in 2010", 3),
        ("婴儿死亡率", 2025, "lower the infant mortality rate to 5 per 1,000 live births", 7),
        ("national smoking rate", 2025, "the national smoking rate should be reduced to 20 percent", 9),
    }


def test_an_english_list_that_lost_its_bullets():
    """A plan's goals copied from a web page: one goal a line, no bullets, no blank lines between."""
    text = ("Health targets\n\nAt the national level, the targets for 2017 would be as follows.\n"
            "Reduction of MMR to < 100 per 100000 live births\nReducing IMR to < 27 per 1000 live births\n"
            "Reduction in TB prevalence and mortality by 50%\n")
    draft = build(read_text(text, "goals.txt"))
    assert drafted_words(draft) == {
        ("MMR", 2017, "Reduction of MMR to < 100 per 100000 live births"),
        # (IMR is the catalogue's infant mortality rate, round 37: its Chinese name leads)
        ("婴儿死亡率", 2017, "Reducing IMR to < 27 per 1000 live births"),
        # the change after the name: its words as written, the noun before the name reading them, for a person
        ("TB prevalence and mortality", 2017, "by 50%"),
    }
    assert "its verb (Reduction)" in _reviews(draft)[("TB prevalence and mortality", 2017, "by 50%")]


def _reviews(draft) -> dict[tuple, str]:
    """(indicator name, year, text) → the target's review note ('' where none)."""
    return {((item["name"].get("zh") or item["name"]["en"]), year, target["text"]): target.get("review", "")
            for item in draft.indicators for year, entry in item["targets"].items()
            for target in (entry if isinstance(entry, list) else [entry])}


def test_english_bullets_asides_and_a_verb_carried_over():
    """Found on unseen English reports of plans: a bracket with its own year set the year of the whole
    bullet ("79 (77.3 by 2020)" made 2020 of a 2030 target); bullets on one line ran into each other and
    the second took the first's subject; a lead ending "strives to" set no year; a clause without a verb
    of its own ("and the under-5 rate from 9 to 6 per 1,000") was unread with no hint."""
    text = ("Regional health goals\n\n"
            "By 2030, the plan strives to\n\n"
            "• raise average life expectancy to 80 (78.5 by 2025), and lower the infant mortality rate to 4 "
            "in every 1,000 births • no less than 2.5 square metres of sports area per capita\n\n"
            "Other goals include cutting the maternal mortality ratio from 18 per 100,000 to 12 per 100,000 "
            "and the mortality rate of children under five from 9 per 1,000 to 6 per 1,000 by 2030.\n")
    draft = build(read_text(text, "goals.txt"))
    assert drafted(draft) == {
        ("人均预期寿命", 2030, "raise average life expectancy to 80", 5),
        ("人均预期寿命", 2025, "78.5", 5),
        ("婴儿死亡率", 2030, "lower the infant mortality rate to 4 in every 1,000 births", 5),
        ("孕产妇死亡率", 2030, "cutting the maternal mortality ratio from 18 per 100,000 to 12 per 100,000", 7),
        ("5岁以下儿童死亡率", 2030, "from 9 per 1,000 to 6 per 1,000", 7),
    }
    reviews = _reviews(draft)
    assert "its own target for 2025" in reviews[("人均预期寿命", 2025, "78.5")]
    assert "kind: upper_bound, op: '<=', value: 6" in reviews[("5岁以下儿童死亡率", 2030, "from 9 per 1,000 to 6 per 1,000")]


def test_english_numbers_in_words_reporting_verbs_and_dashes():
    """Numbers written in words are numbers ("below three per thousand"); who pledged it is not part of
    the name; an aside between dashes is not part of the name either, and "that for …" names the rate
    before it for other people."""
    text = ("Children's health\n\n"
            "The ministry has pledged to cut the mortality rate among newborns to below three per thousand by 2030.\n\n"
            "The infant mortality rate—for children younger than 1—will be reduced to below five per thousand, "
            "and that for children younger than 5 will be kept below six per thousand, the plan said.\n")
    assert drafted(build(read_text(text, "children.txt"))) == {
        ("新生儿死亡率", 2030, "cut the mortality rate among newborns to below three per thousand", 3),
        ("婴儿死亡率", 2030, "will be reduced to below five per thousand", 5),
        ("infant mortality rate for children younger than 5", 2030, "will be kept below six per thousand", 5),
    }


def test_a_commentary_keeps_its_targets_and_leaves_its_facts_out():
    """Found on an unseen newspaper commentary on a plan: a question, a look back (过去15年…从2000年的…
    上升至2015年的…), what other places have reached (北京…达到了…), and a year's statistic (2014年…为71.5岁)
    were drafted as targets; a future amount with its own year (2035年将实现为83.5岁) was not, and the
    clause after it took the sentence's first year."""
    text = ("样例市健康目标解读\n\n"
            "人均预期寿命达到80岁意味着什么？这意味着样例市将达到发达地区的健康水平。\n\n"
            "2014年全国人均预期寿命为75.5岁，其中西部地区为72.1岁。\n\n"
            "过去15年，样例市人均预期寿命从2000年的72.4岁上升至2015年的77.1岁，累计增长4.7岁。\n\n"
            "2016年，甲区人均预期寿命达到了81.2岁，乙区达到了80.4岁。\n\n"
            "根据规划，到2030年，样例市人均预期寿命将实现为80岁，2035年将实现为81岁，达到发达国家水平。\n")
    found = drafted_words(build(read_text(text, "commentary.txt")))
    assert found == {
        ("人均预期寿命", 2030, "80岁"),
        ("人均预期寿命", 2035, "81岁"),
        ("人均预期寿命", 2035, "达到发达国家水平"),
    }


def test_a_paragraph_that_opens_by_looking_back_tells_what_was_done_until_it_turns_ahead():
    """Found on an unseen news report of a five-year review: "“十三五”以来，…从…提高到…。个人卫生支出占比
    从2015年的29.3%降至2019年的28.4%，为…以来最低水平。" drafted the second sentence as a 2019 target,
    since only the first sentence opened by looking back. The sentences after a look back tell what was
    done until one turns to the future (到2025年, 将, 力争 …), which is read again."""
    text = ("样例市卫生健康工作回顾\n\n"
            "“十三五”以来，样例市人均预期寿命从2015年的77.1岁提高到2019年的78.0岁。"
            "个人卫生支出占卫生总费用比重从2015年的30.1%降至2019年的27.9%，为多年来最低水平。"
            "截至2019年底，每千人口执业（助理）医师数达到2.8人。"
            "到2025年，个人卫生支出占卫生总费用比重降至26%以下。\n\n"
            # a year in a noun (到2020年的目标) does not turn the paragraph to the future
            "“十三五”以来，全市人均预期寿命从2015年的76.3岁提高到2019年的77.9岁。全市已实现到2020年的目标。"
            "婴儿死亡率从2015年的5.1‰降至2019年的3.2‰。\n")
    assert drafted_words(build(read_text(text, "review.txt"))) == {
        ("个人卫生支出占卫生总费用比重", 2025, "降至26%以下"),
    }


def test_a_report_that_targets_were_met_early_drafts_none_of_the_figures_after_it():
    """Found on an unseen news report: "…纲要提出，到2035年建成健康中国。…介绍，…主要目标提前实现…。
    人均…经费补助标准提高到84元。…人数比例达到37.2%。" drafted every achieved figure as a 2035 target
    (and 主要目标 was read as the future word 要). A sentence that reports targets met (提前实现, 已经实现,
    开局良好) tells what was done, and so do the sentences after it until one turns to the future; a
    sentence that opens with 到2025年 and sets 取得显著成效 as its aim still sets targets."""
    text = ("样例省健康行动进展\n\n"
            "省委提出，到2035年建成健康样例省。省卫生健康委负责人9月7日介绍，健康行动2022年主要目标提前实现，"
            "开局起步良好。人均基本公共卫生服务经费补助标准提高到84元。居民健康素养水平提升到25.4%；"
            "经常参加体育锻炼的人数比例达到37.2%。\n\n"
            "到2025年，健康样例省建设取得显著成效，居民健康素养水平达到30%。\n")
    assert drafted_words(build(read_text(text, "progress.txt"))) == {
        ("居民健康素养水平", 2025, "达到30%"),
        ("健康样例省", 2035, "建成健康样例省"),  # the goal restated before the figures, as 到2035年，建成… is read
    }


def test_what_has_happened_hearsay_and_a_past_years_figure_are_no_targets():
    """Found on unseen news reports: "2025年，样例省人均预期寿命已提高到80.7岁，较全国平均水平高出1.7岁"
    (已 + verb: done, and the clause after it too), "据介绍，2024年…达到79岁，比2020年提高1.1岁" (hearsay
    of a year's figures) and "三大健康指标中，2018年户籍人口期望寿命83.63岁" (a past year, a name and its
    amount) were drafted as targets. Hearsay that turns ahead (据介绍，到2025年…) still sets one, and a
    clause with its own year after one that tells what happened is read."""
    text = ("样例省健康报道\n\n"
            "2025年，样例省人均预期寿命已提高到80.7岁，较全国平均水平高出1.7岁。\n\n"
            "据介绍，2024年样例市人均预期寿命达到79岁，比2020年提高1.1岁。\n\n"
            "样例市健康工作基础较好，三大健康指标中，2018年户籍人口期望寿命83.63岁，婴儿死亡率3.52‰。\n\n"
            "据介绍，到2025年，样例市婴儿死亡率控制在4‰以下。\n\n"
            "全市孕产妇死亡率已降至8/10万，到2030年全市婴儿死亡率降至3‰以下。\n")
    assert drafted_words(build(read_text(text, "news.txt"))) == {
        ("婴儿死亡率", 2025, "控制在4‰以下"),
        ("婴儿死亡率", 2030, "降至3‰以下"),
    }


def test_a_paragraph_that_opens_with_what_was_done_or_years_gone_by_sets_no_targets():
    """Found on unseen news reports of five years' achievements: "五年来，…千人口托位数从2020年的0.9个提升至
    2024年的4.2个" and "至“十三五”末，…人均预期寿命达到了80.6岁。主要健康指标优于全省平均水平，…接种率达到
    95%以上" drafted what was done as targets (the second for 2020, the period's end). 五年来 looks back
    like 近年来, and a sentence that says what has happened (达到了) does too, with the sentences after it,
    unless it names a year to be reached."""
    text = ("样例市卫生健康成就\n\n"
            "五年来，样例市服务体系逐步完善，千人口托位数从2020年的0.9个提升至2024年的4.2个。\n\n"
            "至“十三五”末，样例市人均预期寿命达到了80.6岁。主要健康指标优于全省平均水平，"
            "计划免疫接种率达到95%以上。\n\n"
            "2020年样例县人均预期寿命达到了79岁，到2025年全县人均预期寿命达到80岁。\n\n"
            "样例市自2010年启动健康城市建设以来，各项工作取得积极成效。人均期望寿命由2010年的76.78岁提升至"
            "2022年的80.1岁。\n")
    assert drafted_words(build(read_text(text, "achievements.txt"))) == {("人均预期寿命", 2025, "达到80岁")}


def test_a_target_from_a_base_year_s_value_written_with_you_as_with_cong():
    """人均预期寿命由2020年的80.2岁提高到2025年的81岁 was left out (由 and a digit marked the clause as
    narrative), while the same target written with 从 was drafted. A 由 start is now a note of the
    phrase as 从 is; an undated 由…降低至… (what happened, as reports write it) still sets nothing."""
    text = ("样例市卫生健康规划\n\n"
            "人均预期寿命由2020年的80.2岁提高到2025年的81岁。\n\n"
            "到2025年，孕产妇死亡率由2020年的12/10万下降到10/10万以下。\n\n"
            "全市耕地面积29977.37公顷，婴儿死亡率由3.77‰降低至3.15‰。\n")
    assert drafted_words(build(read_text(text, "plan.txt"))) == {
        ("人均预期寿命", 2025, "由2020年的80.2岁提高到2025年的81岁"),
        ("孕产妇死亡率", 2025, "由2020年的12/10万下降到10/10万以下"),
    }


def test_listed_things_each_with_its_own_amount_keep_their_own_amounts():
    """建成区域医疗中心1个、县域医疗次中心3个 gave both things the last amount (3个, and a name 区域医疗中心1个):
    a wrong value for the first. Each listed thing with its own amount is a target of that amount. And a
    share of units meeting a long-named standard (…达到国家“优质服务基层行”推荐标准的比例达到30%以上) is read."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "到2025年，建成区域医疗中心1个、县域医疗次中心3个、社区医院5家。"
    assert {(f.subject, f.text, f.year) for f in find(paragraph(text, 1))} == {
        ("区域医疗中心", "1个", 2025), ("县域医疗次中心", "3个", 2025), ("社区医院", "5家", 2025)}
    text = "到2025年，全县乡镇卫生院达到国家“优质服务基层行”推荐标准的比例达到30%以上。"
    assert {(f.text, f.year) for f in find(paragraph(text, 1))} == {("达到30%以上", 2025)}


def test_a_long_headline_before_a_blank_line_is_not_joined_to_the_paragraph_below():
    """Found on an unseen news report: a headline of 35 characters with no full stop, then a blank line,
    was taken for a wrapped line and joined to the first clause below it (…提高1岁左右中新网5月20日电…),
    which was drafted as a target with unreadable words."""
    text = ("样例省办：到2025年人均预期寿命在2020年基础上继续提高1岁左右\n\n"
            "本报5月20日电 据样例省政府网消息，省政府办公厅日前印发《样例省“十四五”国民健康规划》称，"
            "到2025年，人均预期寿命在2020年基础上继续提高1岁左右。\n")
    assert drafted(build(read_text(text, "news.txt"))) == {("人均预期寿命", 2025, "在2020年基础上继续提高1岁左右", 3)}


def test_an_english_news_report_respectively_past_tense_and_the_years_it_looks_to():
    """Found on unseen English reports of provincial and national five-year health plans: a report whose
    only year is in a paragraph with no target ("by the end of 2025") drafted nothing; "A and B … four
    and six out of 1,000, respectively" was read as both bounds on one indicator; "the rate dropped to
    23.3%" (what happened) was drafted; "looking forward to 2035, … will reach more than 80" took the
    sentence's 2025; the headline was drafted as a target with no year."""
    text = ("Province releases health plan; life expectancy will exceed 80\n\n"
            "The province aims to build a modern public health system by the end of 2025 (2021-25).\n\n"
            "The average life expectancy is expected to reach 79 years. The mortality rate of infants and children "
            "aged under 5 is expected to be less than four out of 1,000 and six out of 1,000, respectively.\n\n"
            "From 2015 to 2020, the average life expectancy increased from 76.1 years to 77.6 years, and the smoking "
            "rate dropped to 24.1%.\n\n"
            "Looking forward to 2035, the average life expectancy will reach more than 80 years, with a rising "
            "healthy life expectancy.\n\n"
            "The health literacy level of urban and rural residents will be raised to 26% by 2025.\n")
    draft = build(read_text(text, "report.txt"))
    assert drafted_words(draft) == {
        ("人均预期寿命", 2025, "The average life expectancy is expected to reach 79 years"),
        ("婴儿死亡率", 2025, "is expected to be less than four out of 1,000"),
        ("5岁以下儿童死亡率", 2025, "is expected to be less than six out of 1,000"),
        ("人均预期寿命", 2035, "the average life expectancy will reach more than 80 years"),
        ("居民健康素养水平", 2025, "The health literacy level of urban and rural residents will be raised to 26%"),
    }
    reviews = _reviews(draft)
    assert "respectively" in reviews[("婴儿死亡率", 2025, "is expected to be less than four out of 1,000")]
    assert "names no year" in reviews[("人均预期寿命", 2025, "The average life expectancy is expected to reach 79 years")]


def test_a_part_with_its_own_bound_and_names_after_whom_they_are_for():
    """Found on the Nan'an plan's body text: "…公共卫生人员数≥2，其中疾控人员≥1" lost the part (a 其中 clause was
    always a detail), and a subject that names whom two rates are for ("…负责人、…和…劳动者的职业卫生培训率
    及…职业健康体检建档率均达到100%") was too long to draft."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = ("到2030年，实现每千常住人口公共卫生人员数≥2，其中疾控人员≥1。全市建成三级医院12家，其中10家在城区。"
            "到2030年，化工、建材等行业的用人单位主要负责人、职业卫生管理人员和接触职业病危害的劳动者的职业卫生培训率"
            "及接触职业病危害的劳动者职业健康体检建档率均达到100%。")
    found = {(f.subject, f.text, f.year): f.review for f in find(paragraph(text, 1))}
    assert set(found) == {
        ("每千常住人口公共卫生人员数", "≥2", 2030),
        ("每千常住人口疾控人员数", "≥1", 2030),
        ("三级医院", "12家", 2030),  # built, a target; "其中10家在城区" details it and sets none
        ("职业卫生培训率", "达到100%", 2030),
        ("接触职业病危害的劳动者职业健康体检建档率", "达到100%", 2030),
    }
    assert "a part of 每千常住人口公共卫生人员数" in found[("每千常住人口疾控人员数", "≥1", 2030)][0]
    assert "cut from a longer subject" in found[("职业卫生培训率", "达到100%", 2030)][0]


def test_names_as_written_whom_a_share_is_for_and_a_known_level():
    """A subject that lists whom a share is for (综合性医院、康复医院…创建…的比例) is one indicator, named as the
    text writes it (、 not the grammar's ,); a level the catalogue knows (居民健康素养水平) with only a trend is
    a target, a capacity it does not (服务水平) is not."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = ("到2025年，综合性医院、康复医院、护理院和基层医疗卫生机构创建老年友善医疗机构的比例达到85%。"
            "居民健康素养水平持续提升，基层服务水平明显提高。")
    assert {(f.subject, f.text, f.year) for f in find(paragraph(text, 1))} == {
        ("综合性医院、康复医院、护理院和基层医疗卫生机构创建老年友善医疗机构的比例", "达到85%", 2025),
        ("居民健康素养水平", "持续提升", 2025),
    }


def test_a_congress_report_on_a_web_page(tmp_path):
    """Found on an unseen web page (a provincial party congress report copied to a school's site):
    `城乡居民收入倍差缩小到1.9以内` was named 城乡居民收入倍差缩小到; `26县居民收入与全省平均之比达到0.75` was
    filed under the indicator before it (its 26 taken for where the target starts); `主要任务：“10个着力”`
    and `人民思想自觉、文化自信显著增强` were drafted; the years of the look-back section stay out."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>学习专栏</title></head><body>"
        "<div class='nav'><a href='#'>首页</a> <a href='#'>学校公告</a></div>"
        "<p><strong>一、过去五年的主要工作</strong></p>"
        "<p>城镇化率达到70.1％，城乡居民收入倍差缩小到1.96。</p>"
        "<p><strong>三、今后五年的奋斗目标</strong></p>"
        "<p>到2027年具体目标：</p>"
        "<p><strong>——打造社会全面进步高地。</strong>城乡居民收入倍差缩小到1.9以内，城镇化率达到75％，"
        "20县居民收入与全省平均之比达到0.8。人民思想自觉、文化自信显著增强，“无废城市”基本全覆盖。</p>"
        "<p>主要任务：“8个着力”。</p></body></html>", encoding="utf-8")
    draft = build(read_document(str(page)))
    assert drafted_words(draft) == {
        ("城乡居民收入倍差", 2027, "缩小到1.9以内"),
        ("城镇化率", 2027, "达到75％"),
        ("20县居民收入与全省平均之比", 2027, "达到0.8"),
        ("“无废城市”", 2027, "基本全覆盖"),  # the words verbatim: 基本 softens the target (a miss warns)
    }


# A 公文 wraps at 28 characters a line, below the 30 a wrapped line was once taken to reach; its pages
# carry a running head and a page number between the two halves of a sentence.
GONGWEN = ("某县卫生健康“十四五”规划\n二、发展目标\n"
           "到2025年，全县人均预期寿命达到80岁以上，婴儿死亡率控制在4‰以下，孕产妇死亡率控制在12/10万以下，"
           "每千人口注册护士数达到3.8人，居民健康素养水平达到28%。\n"
           "到2025年，全县经常参加体育锻炼人数比例达到40%以上，个人卫生支出占卫生总费用的比重下降到"
           "27%以下，二级以上综合医院设置老年医学科的比例达到60%以上。\n")
GONGWEN_EXPECTED = {("人均预期寿命", 2025, "达到80岁以上"), ("婴儿死亡率", 2025, "控制在4‰以下"),
                    ("孕产妇死亡率", 2025, "控制在12/10万以下"), ("每千人口注册护士数", 2025, "达到3.8人"),
                    ("居民健康素养水平", 2025, "达到28%"), ("经常参加体育锻炼人数比例", 2025, "达到40%以上"),
                    ("个人卫生支出占卫生总费用的比重", 2025, "下降到27%以下"),
                    ("二级以上综合医院设置老年医学科的比例", 2025, "达到60%以上")}


def _gongwen_lines(width: int = 28) -> list[str]:
    lines = []
    for para in GONGWEN.splitlines():
        lines += [para[i:i + width] for i in range(0, len(para), width)]
    return lines


def test_a_text_wrapped_at_28_characters_with_page_numbers():
    lines = _gongwen_lines()
    lines[4:4] = ["", "- 1 -", ""]  # a page break between two halves of the sentence
    draft = build(read_text("\n".join(lines), "gongwen.txt"))
    assert drafted_words(draft) == GONGWEN_EXPECTED


def test_a_pdf_wrapped_at_28_characters_over_a_page_break(tmp_path):
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "gongwen.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y, number = 800, 1
    for index, text in enumerate(_gongwen_lines()):
        if index == 4:  # the sentence runs over to the next page, past a page number and a running head
            page.setFont("STSong-Light", 9)
            page.drawString(280, 40, f"- {number} -")
            page.showPage()
            number, y = number + 1, 800
            page.setFont("STSong-Light", 9)
            page.drawString(200, 815, "某县卫生健康“十四五”规划")
        page.setFont("STSong-Light", 12)
        page.drawString(60, y, text)
        y -= 18
    page.setFont("STSong-Light", 9)
    page.drawString(280, 40, f"- {number} -")
    page.save()
    draft = build(read_document(str(path)))
    assert drafted_words(draft) == GONGWEN_EXPECTED


def test_a_statistical_communique_sets_no_target(tmp_path):
    """Found on an unseen statistical communiqué: `2023年，全国人均预期寿命达到78.6岁，婴儿死亡率为4.5‰` and
    `截至2023年末，…每千人口注册护士4.00人` were drafted as seven targets for 2023. A plain year lead for a
    year plans do not target (not 2020, 2025, 2030 …), or 截至, reports that year's figures."""
    source = tmp_path / "gongbao.txt"
    source.write_text("某省卫生健康事业发展统计公报\n\n"
                      "2023年，全省人均预期寿命达到79.6岁，婴儿死亡率为3.5‰，孕产妇死亡率为9.1/10万。\n\n"
                      "截至2023年末，全省每千人口执业（助理）医师3.40人，每千人口注册护士4.00人。\n\n"
                      # what the communiqué shows goes on after the sentence that says so (a news report of it)
                      "《公报》显示，卫生资源持续增长。2023年每千人口医疗卫生机构床位达7.23张。每千人口医疗卫生机构"
                      "床位数由2022年6.92张增加到2023年7.23张。\n", encoding="utf-8")
    result = _runner().invoke(main, ["extract", str(source), "--format", "json"])
    assert result.exit_code == 2 and "is a statistical bulletin (某省卫生健康事业发展统计公报)" in result.stderr
    source.write_text(source.read_text(encoding="utf-8").replace("统计公报", "概况"), encoding="utf-8")
    result = _runner().invoke(main, ["extract", str(source), "--format", "json"])
    assert result.exit_code == 2 and "no indicator table and no body sentence" in result.stderr
    planned = tmp_path / "plan.txt"
    planned.write_text("某省卫生健康规划\n\n2025年，全省人均预期寿命达到80岁。2023年，力争婴儿死亡率降至3‰以下。\n",
                       encoding="utf-8")
    assert drafted_words(build(read_text(planned.read_text(encoding="utf-8")))) \
        == {("人均预期寿命", 2025, "达到80岁"), ("婴儿死亡率", 2023, "降至3‰以下")}


def test_an_english_indicator_table(tmp_path):
    """Found on an English translation of a five-year health plan's indicator table: the nature column
    (`Indicator Type`: Anticipatory, Binding) was not read (headers were matched with their spaces taken
    out), `Increase by about 1 year over 2020` and `Increase in step` were not read, and two catalogued
    indicators kept English-only names."""
    pytest.importorskip("bs4")
    page = tmp_path / "table.html"
    page.write_text(
        "<html><body><p>Box 1: Main indicators</p><table>"
        "<tr><th>Category</th><th>No.</th><th>Indicator</th><th>2020</th><th>2025</th><th>Indicator Type</th></tr>"
        "<tr><td rowspan='2'>Health level</td><td>1</td><td>Average life expectancy (years)</td><td>78.1</td>"
        "<td>Increase by about 1 year over 2020</td><td>Anticipatory</td></tr>"
        "<tr><td>2</td><td>Healthy life expectancy (years)</td><td>—</td><td>Increase in step</td><td>Anticipatory</td></tr>"
        "<tr><td>Health services</td><td>3</td><td>Registered nurses per 1,000 population (persons)</td><td>3.3</td>"
        "<td>3.9</td><td>Binding</td></tr></table></body></html>", encoding="utf-8")
    draft = build(read_document(str(page)))
    items = {item["id"]: item for item in draft.indicators}
    assert set(items) == {"life_expectancy", "healthy_life_expectancy", "nurses_per_1000"}
    assert items["life_expectancy"]["nature"] == "预期性" and items["nurses_per_1000"]["nature"] == "约束性"
    assert "review" not in items["life_expectancy"]["targets"][2025]  # read: about 1 year over 2020
    assert "linked_to" in items["healthy_life_expectancy"]["targets"][2025]["review"]  # in step with which?


def test_word_headings_by_style_open_sections(tmp_path):
    """A Word plan numbers its headings itself (Heading 1 `发展基础` shows as 一、发展基础 in Word, but its
    text has no number), so the look-back section was read as targets. A heading style, or an outline
    level, now opens a section as a numbered heading does."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县卫生健康“十四五”发展规划", style="Title")  # the title gives 2025
    document.add_paragraph("发展基础", style="Heading 1")
    document.add_paragraph("全县人均预期寿命达到78.5岁，婴儿死亡率下降到3.2‰。")
    document.add_paragraph("发展目标", style="Heading 1")
    document.add_paragraph("到2025年，全县人均预期寿命达到79.5岁，婴儿死亡率控制在4‰以下。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert drafted_words(build(read_document(str(path)))) == {
        ("人均预期寿命", 2025, "达到79.5岁"), ("婴儿死亡率", 2025, "控制在4‰以下")}


def test_html_headings_open_sections(tmp_path):
    pytest.importorskip("bs4")
    page = tmp_path / "plan.html"
    page.write_text("<html><body><h1>某县卫生健康“十四五”发展规划</h1><h2>发展基础</h2>"
                    "<p>全县人均预期寿命达到78.5岁，婴儿死亡率下降到3.2‰。</p><h2>发展目标</h2>"
                    "<p>到2025年，全县人均预期寿命达到79.5岁，婴儿死亡率控制在4‰以下。</p></body></html>", encoding="utf-8")
    assert drafted_words(build(read_document(str(page)))) == {
        ("人均预期寿命", 2025, "达到79.5岁"), ("婴儿死亡率", 2025, "控制在4‰以下")}


def test_english_five_year_plan_end_and_traditional_natures():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "By the end of the 14th Five-Year Plan period, the average life expectancy will reach 78.3 years."
    assert [(f.subject, f.year) for f in find(paragraph(text, 1))] == [("average life expectancy", 2025)]
    from checker.documents import vocabulary

    assert [vocabulary.nature(w) for w in ("約束性", "預期性", "Binding", "ANTICIPATORY", "預期")] == \
        ["约束性", "预期性", "约束性", "预期性", None]


def test_what_statistics_show_and_a_year_reached_are_no_leads():
    """Found on an unseen news report (traditional characters) of a statistical communiqué that quotes a
    plan's targets: `…《统计公报》显示，…由2017年的76.7岁提高到2018年的77.0岁，孕产妇死亡率从19.6/10万下降到
    18.3/10万` drafted its figures as 2018 targets (提高到2018年 was taken for a year lead); `…应大于77.3岁`
    named the indicator 人均预期寿命应."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = ("國家衛生健康委員會近日發布的《2018年統計公報》顯示，我國居民人均預期壽命由2017年的76.7歲提高到2018年的"
            "77.0歲，孕產婦死亡率從19.6/10萬下降到18.3/10萬。《規劃》提出，到2020年我國人均預期壽命應大於77.3歲，"
            "孕產婦死亡率應小於18/10萬。")
    assert {(f.subject, f.text, f.year) for f in find(paragraph(text, 1))} == {
        ("人均预期寿命", "大於77.3歲", 2020), ("孕产妇死亡率", "小於18/10萬", 2020)}


def test_a_vague_object_after_a_verb_sets_no_target():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "到2030年，提高政务服务效率，逐步提高基本医保筹资标准，在社区卫生服务中心覆盖不到的地方设置服务站。"
    assert {(f.subject, f.text) for f in find(paragraph(text, 1))} == {("基本医保筹资标准", "逐步提高")}


def test_a_comparable_rate_is_no_narrative():
    """`可比口径残疾发生率低于全国平均水平` was left out: its subject opens with 可, the mark of a clause that says
    what can be done (可提取60%以上…)."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "到2030年，可比口径残疾发生率低于全国平均水平，可提取60%以上用于增发奖励性绩效工资。"
    assert {(f.subject, f.text) for f in find(paragraph(text, 1))} == {("可比口径残疾发生率", "低于全国平均水平")}


def test_a_foundation_to_build_is_no_look_back_and_a_disposal_sets_a_target():
    """Nanyang's section `（八）以人才科技信息支撑为重点，夯实高质量发展基础` was skipped as a look back (发展基础);
    `将村卫生室承担的基本公共卫生服务任务提高到50%` was left out as narrative (将…), though `将` here only puts the
    object first; `将省、市级优质医疗资源延伸覆盖县、乡医疗机构` (no number) stays out."""
    text = ("某市卫生健康“十四五”规划\n\n（一）发展基础\n\n全市人均预期寿命达到78.5岁。\n\n"
            "（二）夯实高质量发展基础\n\n将村卫生室承担的基本公共卫生服务任务提高到50%，将省、市级优质医疗资源延伸覆盖县、乡医疗机构。\n")
    assert {(name, words) for name, _, words in drafted_words(build(read_text(text, "plan.txt")))} == {
        ("村卫生室承担的基本公共卫生服务任务", "提高到50%")}


def test_coverage_of_each_listed_thing_a_steady_fall_and_a_slowing_growth():
    """Nantong's `…全民健身中心和多功能运动场、…体育活动室和多功能运动场基本实现全覆盖` was dropped (a name too long
    to be one), `妇女病发病率稳中有降` was never looked at (稳中有降 was no word worth reading), and
    `居民超重、肥胖的增长速度明显放缓` was left out (a subject ending in 的)."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = ("到2030年，镇（街道）全民健身中心和多功能运动场、行政村（社区）体育活动室和多功能运动场基本实现全覆盖，"
            "妇女病发病率稳中有降，居民超重、肥胖的增长速度明显放缓。")
    assert {(f.subject, f.text) for f in find(paragraph(text, 1))} == {
        ("镇（街道）全民健身中心和多功能运动场覆盖率", "基本实现全覆盖"),  # verbatim: 基本 softens the target (round 36)
        ("行政村（社区）体育活动室和多功能运动场覆盖率", "基本实现全覆盖"),
        ("妇女病发病率", "稳中有降"),
        ("居民超重、肥胖", "增长速度明显放缓"),
    }


def test_a_full_stop_typed_for_a_decimal_point_is_refused_and_a_pushed_level_is_a_target():
    """Found on unseen news reports: `居民健康素养水平提升到25。4%` was cut into two sentences at the 。 and read
    as 提升到25 — and the grammar, which drops 。, read `25。4%` alone as 254%; `推动全国居民健康素养水平到2022年
    不低于22%，到2030年不低于30%` was left out (推动 opens narrative); `2022年主要目标提前实现` set 2022 as
    the year of what followed (targets reached, not set)."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "居民健康素养水平提升到25。4%。"
    (hit,) = find(paragraph(text, 1))
    assert hit.year is None and hit.unread and "。" in hit.text
    # a report that targets were met early: what follows was done, not set (no year, and no target)
    assert find(paragraph("健康中国行动2022年主要目标提前实现，居民健康素养水平提升到25.4%。", 1)) == []
    text = "明确提出推动全国居民健康素养水平到2022年不低于22%，到2030年不低于30%。"
    assert {(f.subject, f.text, f.year) for f in find(paragraph(text, 1))} == {
        ("居民健康素养水平", "不低于22%", 2022), ("居民健康素养水平", "不低于30%", 2030)}


def test_a_count_or_an_estimate_is_no_target():
    """Found on an unseen provincial news report: `全省居民健康素养水平调查初步统计，2023年居民健康素养水平将超过26%`
    is an estimate of a year's figure, though it says 将 (will)."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    text = "食品安全评价性抽检合格率达99.37%，全省居民健康素养水平调查初步统计，2023年居民健康素养水平将超过26%。"
    assert find(paragraph(text, 1)) == []


def test_a_plan_periods_goals_give_a_report_its_year_and_a_list_ends_with_etc_after_around():
    """A report that quotes "“十四五”时期…主要目标" and no year: its targets are the period's (2025), kept
    for review; "…降至25左右等": the list's 等 is no part of the target."""
    text = ("省长在政府工作报告中介绍“十四五”时期经济社会发展的主要目标。\n\n"
            "“每千人执业(助理)医师数从3.67人提高到4.3人；健全全民健身公共服务体系。”\n")
    draft = build(read_text(text, "report.txt"))
    assert drafted_words(draft) == {("每千人执业(助理)医师数", 2025, "从3.67人提高到4.3人")}
    assert "names no year" in draft.indicators[0]["targets"][2025]["review"]
    draft = build(read_text("到2030年，个人卫生支出占卫生总费用的比重从目前29.3降至25左右等。\n", "news.txt"))
    assert drafted_words(draft) == {("个人卫生支出占卫生总费用的比重", 2030, "从目前29.3降至25左右")}


def test_years_in_chinese_numerals_in_headers_leads_and_titles():
    """Formal documents date goals 二〇二五年 (or 二○二五年, a circle typed for 〇): read as 2025, quoted
    as written; a name column headed 指标名称（单位） is the name column."""
    text = ("样例市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
            "| 类别 | 指标名称（单位） | 二〇二〇年 | 二〇二五年 | 属性 |\n|---|---|---|---|---|\n"
            "| 民生福祉 | 人均预期寿命（岁） | 78.5 | 79.5 | 预期性 |\n\n"
            "到二〇二五年，全市婴儿死亡率控制在5‰以内。\n\n展望二○三五年，人均预期寿命达到81岁以上。\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均预期寿命", 2025, "79.5", 5), ("婴儿死亡率", 2025, "控制在5‰以内", 7),
                              ("人均预期寿命", 2035, "达到81岁以上", 9)}
    assert draft.plan["target_years"] == [2025, 2035]


def test_arabic_years_keep_every_position():
    from checker.language.cn_numerals import arabic_years

    for text, expected in [("到二〇二五年，", "到2025年，"), ("一九九八年", "1998年"), ("二○三五年", "2035年"),
                           ("二十年", "二十年"), ("二〇二一年十二月三十日", "2021年十二月三十日")]:
        assert arabic_years(text) == expected and len(arabic_years(text)) == len(text)


def test_a_name_shares_the_per_population_opening_of_the_one_before_where_the_catalogue_knows_it():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    found = find(paragraph("到2025年，每千常住人口执业（助理）医师数达到3.2人，注册护士数达到3.8人，"
                           "护理人员数达到5人。", 1))
    assert {(f.subject, f.text) for f in found} == {("每千常住人口执业（助理）医师数", "达到3.2人"),
                                                  ("每千常住人口注册护士数", "达到3.8人"),
                                                  ("护理人员数", "达到5人")}  # not a catalogued name: as written
    assert "per-population opening" in next(f for f in found if f.subject == "每千常住人口注册护士数").review[0]


def test_a_cells_line_breaks_and_spans_are_no_word_breaks_in_chinese(tmp_path):
    """Gov.cn pages break cells with <br> (人均预期<br>寿命) and split words into spans; Word cells hold
    several paragraphs; spaced-out letters fill a cell: none of these is a space in a Chinese name."""
    pytest.importorskip("bs4")
    from checker.documents.model import one_line

    path = tmp_path / "plan.html"
    path.write_text("<html><body><p>样例县“十四五”卫生健康规划</p><table>"
                    "<tr><td>主要指标</td><td>单位</td><td>2020年<br/>现状</td><td>2025年<br/>目标</td></tr>"
                    "<tr><td><p>人均预期<br/>寿命</p></td><td>岁</td><td>78.3</td><td>&gt;79</td></tr>"
                    "<tr><td><span>孕产妇</span><span>死亡率</span></td><td>1/10万</td><td>8.5</td><td>&lt;10</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    draft = build(read_document(path))
    assert {(item["id"], (item["name"].get("zh") or item["name"]["en"])) for item in draft.indicators} == {
        ("life_expectancy", "人均预期寿命"), ("maternal_mortality", "孕产妇死亡率")}
    assert [one_line(t) for t in ("人 均 预 期 寿 命（岁）", "Life\nexpectancy", "达到 80岁")] == [
        "人均预期寿命（岁）", "Life expectancy", "达到 80岁"]


@pytest.mark.parametrize("gap", ["  ", " "])
def test_a_table_laid_out_with_spaces(gap):
    """Plain text from `pdftotext -layout` or a mail lays a table out with runs of spaces (a merged
    domain cell leaves a row indented); a Chinese table copied from a web page parts its cells with one
    space. Runs of spaces: a short row is placed by where its cells stand, flagged only where character
    counts and display columns (a Chinese character is two) disagree. One space: a short row puts its
    name under the name column, the rest under the last columns, flagged. Two spaces inside a sentence
    make no table: no header names an indicator and a year."""
    rows = [["领域", "指标名称", "单位", "2020年", "2025年", "属性"], ["健康水平", "人均预期寿命", "岁", "78.3", "79.5", "预期性"],
            ["", "婴儿死亡率", "‰", "3.2", "＜4", "约束性"], ["医疗服务", "每千人口执业（助理）医师数", "人", "2.5", "3.1", "预期性"]]
    widths = [10, 22, 9, 9, 9, 6]
    laid = ["".join(cell + " " * max(widths[i] - len(cell) * 2, 2) for i, cell in enumerate(row)).rstrip() if gap == "  "
            else " ".join(cell for cell in row if cell) for row in rows]
    text = "样例县“十四五”卫生健康事业发展规划\n\n" + "\n".join(laid) + "\n\n到2025年，全县居民健康素养水平达到28%以上。\n"
    draft = build(read_text(text, "plan.txt"))
    assert drafted(draft) == {("人均预期寿命", 2025, "79.5", 4), ("婴儿死亡率", 2025, "＜4", 5),
                              ("每千人口执业（助理）医师数", 2025, "3.1", 6), ("居民健康素养水平", 2025, "达到28%以上", 8)}
    by_name = {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}
    assert by_name["婴儿死亡率"]["unit"] == "‰"
    assert "review" not in by_name["人均预期寿命"]["targets"][2025]
    if gap == " ":
        assert "single spaces" in by_name["婴儿死亡率"]["targets"][2025]["review"]
        short = build(read_text(text.replace("\n\n到", "\n二级以上医院线上服务比例 % 100 预期性\n\n到"), "plan.txt"))
        assert ("二级以上医院线上服务比例", 2025, "100") in drafted_words(short)  # no baseline: the name still a name
        short = build(read_text(text.replace("\n\n到", "\n医疗服务 二级以上医院线上服务比例 % 100 预期性\n\n到"), "plan.txt"))
        by_name = {(item["name"].get("zh") or item["name"]["en"]): item for item in short.indicators}  # a domain before it is no name
        assert by_name["二级以上医院线上服务比例"]["unit"] == "%" and "baseline" not in by_name["二级以上医院线上服务比例"]
    else:
        assert by_name["婴儿死亡率"]["domain"] == "健康水平"
    draft = build(read_text("到2025年，全县  居民健康素养水平  达到28%以上。\n", "plan.txt"))
    assert drafted_words(draft) == {("居民健康素养水平", 2025, "达到28%以上")}


@pytest.mark.parametrize("rules", ["none", "across"])
def test_a_pdf_table_without_ruling_lines(tmp_path, rules):
    """No grid for pdfplumber to find: no lines at all, or a 三线表 (rules across only). The columns
    are where blank space runs through every line; a cell centred in its row wraps onto lines above
    and below the row's own (每千人口执业（助 / [row] / 理）医师数) and is put back together; a cell
    left empty stays empty."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=11, alignment=1)
    rows = [["领域", "指标名称", "单位", "2020年", "2025年", "备注"],
            ["健康水平", Paragraph("人均预期寿命", cell), "岁", "78.5", "79.5", ""],
            ["", Paragraph("婴儿死亡率", cell), "‰", "3.1", "＜4", "约束性指标"],
            ["医疗服务", Paragraph("每千人口执业（助理）医师数", cell), "人", "2.5", "3.1", ""],
            ["", Paragraph("二级以上公立医院提供线上服务的比例", cell), "%", "", "100", ""]]
    table = Table(rows, colWidths=[60, 90, 40, 50, 50, 60])
    lines = [("LINEABOVE", (0, 0), (-1, 0), 1, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
             ("LINEBELOW", (0, -1), (-1, -1), 1, "black")] if rules == "across" else []
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *lines]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("样例县“十四五”卫生健康事业发展规划", style), Paragraph("表1 主要发展指标", style), table,
        Paragraph("到2025年，全县居民健康素养水平达到30%以上。", style)])
    draft = build(read_document(path))
    assert drafted_words(draft) == {("人均预期寿命", 2025, "79.5"), ("婴儿死亡率", 2025, "＜4"),
                                    ("每千人口执业（助理）医师数", 2025, "3.1"),
                                    ("二级以上公立医院提供线上服务的比例", 2025, "100"),
                                    ("居民健康素养水平", 2025, "达到30%以上")}
    by_name = {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}
    assert by_name["婴儿死亡率"]["domain"] == "健康水平" and by_name["婴儿死亡率"]["unit"] == "‰"
    assert "baseline" not in by_name["二级以上公立医院提供线上服务的比例"]


def test_word_content_controls_are_read(tmp_path):
    """A table and a paragraph inside a content control (w:sdt) are read in their place."""
    pytest.importorskip("docx")
    import copy

    import docx
    from docx.oxml.ns import qn

    path = tmp_path / "plan.docx"
    _word(path)
    word = docx.Document(str(path))
    body = word.element.body
    sdt, content = body.makeelement(qn("w:sdt"), {}), body.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    table = body.find(qn("w:tbl"))
    table.addprevious(sdt)
    content.append(table)  # moves the table into the control
    content.append(copy.deepcopy(body.findall(qn("w:p"))[-1]))
    word.save(str(path))
    draft = build(read_document(path))
    assert {("人均预期寿命", 2030, "80左右"), ("婴儿死亡率", 2030, "≤3.5"), ("居民健康素养水平", 2030, "达到30%以上")} \
        <= drafted_words(draft)


def test_word_tracked_changes_read_as_accepted(tmp_path):
    """A draft plan under review holds tracked changes: the text is read with them accepted, in body and
    table alike (python-docx's own text leaves inserted runs out: 达到<del>80</del><ins>81</ins>岁 read 达到岁)."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def revise(paragraph, deleted, inserted, after):
        paragraph._p.append(parse_xml(f'<w:del {namespace} w:id="1" w:author="a"><w:r><w:delText>{deleted}'
                                      f'</w:delText></w:r></w:del>'))
        paragraph._p.append(parse_xml(f'<w:ins {namespace} w:id="2" w:author="a"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))
        paragraph.add_run(after)

    word = docx.Document()
    word.add_paragraph("样例市“十四五”卫生健康规划")
    table = word.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["指标", "2020年", "2025年"]):
        cell.text = text
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "婴儿死亡率（‰）", "3.1"
    revise(table.rows[1].cells[2].paragraphs[0], "5", "＜4", "")
    revise(word.add_paragraph("到2025年，人均预期寿命达到"), "80", "81", "岁。")
    path = tmp_path / "plan.docx"
    word.save(str(path))
    assert drafted_words(build(read_document(path))) == {("婴儿死亡率", 2025, "＜4"), ("人均预期寿命", 2025, "达到81岁")}


def test_radicals_a_pdf_maker_wrote_for_characters_are_read_as_the_characters(tmp_path):
    """⼈ (a Kangxi radical, U+2F08) for 人 and ⻓ (a supplement radical) for 长, as some PDF makers
    write them: read as the characters, so the name is the catalogue's and matches the data."""
    path = tmp_path / "plan.txt"
    path.write_text("到2025年，\u2f08均预期寿命达到80岁，婴\u2f09死亡率控制在5‰以下，"
                    "医疗卫生机构床位数增\u2ed3到5000张。\n", encoding="utf-8")
    draft = build(read_document(path))
    assert drafted_words(draft) == {("人均预期寿命", 2025, "达到80岁"), ("婴儿死亡率", 2025, "控制在5‰以下"),
                                    ("医疗卫生机构床位数", 2025, "增长到5000张")}
    assert draft.indicators[0]["id"] == "life_expectancy"


def test_a_table_that_lays_out_the_page_is_looked_into(tmp_path):
    """Old government sites put the whole article in a layout table: its paragraphs, its text cells and
    the indicator table inside it are read one by one, not as one table that holds no targets."""
    pytest.importorskip("bs4")
    path = tmp_path / "page.html"
    path.write_text(
        '<html><body><table><tr><td><a href="/">首页</a></td><td>政务公开</td></tr></table>\n'
        '<table width="980"><tr><td>\n<p>样例县“十四五”卫生健康事业发展规划</p>\n'
        '<table border="1"><tr><td><p>主要指标</p></td><td><p>2020年</p></td><td><p>2025年</p></td></tr>\n'
        '<tr><td><p>婴儿死亡率（‰）</p></td><td>2.8</td><td>&lt;4</td></tr></table>\n'
        '<p>到2025年，居民健康素养水平达到30%。</p>\n</td></tr>\n'
        '<tr><td>到2025年，每千人口执业（助理）医师数达到3.2人。' + '加强卫生健康人才队伍建设。' * 20 + '</td></tr>\n'
        '</table></body></html>', encoding="utf-8")
    draft = build(read_document(path))
    nested = tmp_path / "nested.html"  # a paragraph framed by 300 one-cell tables, one in another
    nested.write_text("<table><tr><td>" * 300 + "<p>到2025年，人均预期寿命达到80岁。</p>" + "</td></tr></table>" * 300,
                      encoding="utf-8")
    assert drafted_words(build(read_document(nested))) == {("人均预期寿命", 2025, "达到80岁")}
    assert drafted(draft) == {("婴儿死亡率", 2025, "<4", 5), ("居民健康素养水平", 2025, "达到30%", 6),
                              ("每千人口执业（助理）医师数", 2025, "达到3.2人", 8)}


def test_line_breaks_part_paragraphs_on_a_page_without_p():
    """A page that writes paragraphs as <br>-separated text in one <div>: each is a paragraph, so the
    section that looks back (发展基础) keeps its facts out and the goals' heading is its own."""
    pytest.importorskip("bs4")
    from checker.documents.web import read_html

    page = ('<html><body><div class="content">样例县“十四五”卫生健康事业发展规划<br/>一、发展基础<br/>'
            '　　“十三五”时期，全县人均预期寿命达到78.5岁，婴儿死亡率下降到3.1‰。<br/>二、主要目标<br/>'
            '　　到2025年，全县人均预期寿命达到80岁，婴儿死亡率控制在4‰以下。</div></body></html>')
    doc = read_html(page, "page.html")
    assert [block.text for block in doc.blocks][1:4] == [
        "一、发展基础", "“十三五”时期，全县人均预期寿命达到78.5岁，婴儿死亡率下降到3.1‰。", "二、主要目标"]
    assert drafted_words(build(doc)) == {("人均预期寿命", 2025, "达到80岁"), ("婴儿死亡率", 2025, "控制在4‰以下")}


@pytest.mark.parametrize("sentence, expected", [
    # a name that holds "from" runs on to the verb; a change written as a noun after "will see"
    ("By 2030, premature mortality from major chronic diseases will be reduced by 30% compared with 2015.",
     {("premature mortality from major chronic diseases", 2030, "will be reduced by 30% compared with 2015")}),
    ("By 2030, premature mortality from major chronic diseases will see a 30% reduction from 2015 levels.",
     {("premature mortality from major chronic diseases", 2030, "will see a 30% reduction from 2015 levels")}),
    # whose it is (its, their) is no part of the name: the catalogue knows the rest
    ("China aims to lower its infant mortality rate to under 5.2 deaths per 1,000 births by 2025.",
     {("infant mortality rate", 2025, "lower its infant mortality rate to under 5.2 deaths per 1,000 births")}),
    # a passive with its start and its target; the name is not run on past a verb
    ("By 2025, the infant mortality rate will be reduced from 5.4 per 1,000 to 5 per 1,000.",
     {("infant mortality rate", 2025, "will be reduced from 5.4 per 1,000 to 5 per 1,000")}),
])
def test_english_names_that_hold_from_and_changes_written_as_nouns(sentence, expected):
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    found = find(paragraph(sentence, 1))
    assert {(f.subject, f.year, f.text) for f in found} == expected
    assert not any(f.review for f in found)


def test_a_table_in_traditional_characters():
    """Headers 指標名稱 / 單位 / 指標屬性 name what 指标名称 / 单位 / 指标属性 do; a unit 歲 is 岁."""
    text = ("# 樣例市衛生健康事業發展“十四五”規劃\n\n"
            "| 領域 | 指標名稱 | 單位 | 2020年基期值 | 2025年目標值 | 指標屬性 |\n|---|---|---|---|---|---|\n"
            "| 健康水平 | 人均預期壽命 | 歲 | 78.5 | 79.5 | 預期性 |\n"
            "| | 每千人口醫療衛生機構床位數 | 張 | 4.8 | 6.0 | 約束性 |\n")
    draft = build(read_markdown(text, "plan.md"))
    assert drafted(draft) == {("人均預期壽命", 2025, "79.5", 5), ("每千人口醫療衛生機構床位數", 2025, "6.0", 6)}
    by_id = {item["id"]: item for item in draft.indicators}
    assert by_id["life_expectancy"]["unit"] == "岁" and by_id["life_expectancy"]["nature"] == "预期性"


def test_a_unit_in_traditional_characters_is_its_simplified_one():
    from checker.language import units

    assert [units.canonical(u) for u in ("歲", "張", "萬人", "1/10萬")] == ["岁", "张", "万人", "1/10万"]





def test_a_pdf_line_set_with_wide_letter_spacing(tmp_path):
    """pdfplumber puts a space between characters set wide apart (到 2 0 2 5 年 ， 人 均 …): such a line is
    read without them, its year and number whole."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "plan.pdf"
    page = canvas.Canvas(str(path))
    text = page.beginText(72, 760)
    text.setFont("STSong-Light", 12)
    text.setCharSpace(6)
    text.textLine("样例县卫生健康规划")
    text.textLine("到2025年，全县人均预期寿命达到80岁。")
    page.drawText(text)
    page.save()
    assert drafted_words(build(read_document(path))) == {("人均预期寿命", 2025, "达到80岁")}


def test_a_pdf_table_without_ruling_lines_runs_on_to_the_next_page(tmp_path):
    """Its header only on the first page: the rows at the top of the next page that stand in its
    columns carry it on."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16)
    rows = [["序号", "指标名称", "单位", "2020年", "2025年", "属性"]]
    rows += [[str(i), f"样例指标第{i}项比例", "%", f"{50 + i}", f"≥{60 + i}", "预期性"] for i in range(1, 13)]
    table = Table(rows)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("样例县“十四五”卫生健康事业发展规划", style), Spacer(1, 600), table])
    draft = build(read_document(path))
    pages = {item["targets"][2025]["source"]["page"] for item in draft.indicators}
    assert drafted_words(draft) == {(f"样例指标第{i}项比例", 2025, f"≥{60 + i}") for i in range(1, 13)}
    assert pages == {1, 2}


@pytest.mark.parametrize("sentence, subject, text", [
    ("By 2025, strive to raise the health literacy rate to 30%.", "health literacy rate",
     "strive to raise the health literacy rate to 30%"),
    ("China will strive to lower its infant mortality rate to 5.2 deaths per 1,000 births by 2025.",
     "infant mortality rate", "strive to lower its infant mortality rate to 5.2 deaths per 1,000 births"),
])
def test_english_strive_keeps_its_weight_and_the_verbs_object_is_the_name(sentence, subject, text):
    """'strive to raise the health literacy rate | to 30%' was drafted with the verb in the name and its
    strive lost (a stricter verdict than the plan's); who strives (China, the city, we) is no name."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find
    from checker.language.grammar import parse_target

    (found,) = find(paragraph(sentence, 1))
    assert (found.subject, found.year, found.text, found.review) == (subject, 2025, text, [])
    assert parse_target(found.text).modifiers == ("strive",)


def test_an_english_subject_that_opens_with_a_verb_is_no_name():
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    (found,) = find(paragraph("By 2025, try to raise the health literacy rate to 30%.", 1))
    assert "cannot read" in found.review[0]

def test_a_workbook_attachment(tmp_path):
    """A plan's indicator table published as an Excel attachment: the title row above the table is a
    paragraph, a merged domain is filled down, a percent format reads as the person sees it (30%, not
    0.3); each row is a line, each sheet a page."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["样例市“十四五”卫生健康规划主要指标"])
    sheet.merge_cells("A1:F1")
    sheet.append(["领域", "指标名称", "单位", "2020年", "2025年", "属性"])
    sheet.append(["健康水平", "人均预期寿命", "岁", 78.5, 79.5, "预期性"])
    sheet.append([None, "婴儿死亡率", "‰", 3.1, "＜4", "约束性"])
    sheet.merge_cells("A3:A4")
    sheet.append(["健康服务", "居民健康素养水平", "%", 0.223, 0.3, "预期性"])
    sheet["D5"].number_format, sheet["E5"].number_format = "0.0%", "0%"
    path = tmp_path / "indicators.xlsx"
    book.save(path)
    draft = build(read_document(path))
    assert drafted(draft) == {("人均预期寿命", 2025, "79.5", 3), ("婴儿死亡率", 2025, "＜4", 4),
                              ("居民健康素养水平", 2025, "30%", 5)}
    by_name = {(item["name"].get("zh") or item["name"]["en"]): item for item in draft.indicators}
    assert by_name["婴儿死亡率"]["domain"] == "健康水平" and by_name["婴儿死亡率"]["targets"][2025]["source"]["page"] == 1
    assert by_name["居民健康素养水平"]["baseline"] == {2020: "22.3%"}


def test_an_indicator_direction_is_guessed_from_its_name_then_its_words_then_a_rate_name():
    """Found on an unseen national action plan: 5岁以下儿童生长迟缓率 (低于7%) and 成人肥胖增长率 (持续减缓)
    were guessed up-is-better because their names end in 率, before their words (低于, 减缓) were
    looked at; 艾滋病病毒感染人数 was guessed up from 人数. A name that says what is bad comes first,
    then the targets' words, and a name that is only a rate last; every guess is marked for review."""
    text = ("样例市健康行动\n\n"
            "到2030年，5岁以下儿童生长迟缓率低于5%，成人肥胖增长率持续减缓，艾滋病病毒感染人数控制在500人以内，"
            "孕产妇系统管理率达到95%以上，某某登记率达到90%，剖宫产率不高于35%，某某调查率稳步提升。\n")
    indicators = {(item["name"].get("zh") or item["name"]["en"]): item for item in build(read_text(text, "action.txt")).indicators}
    assert {name: item["direction"] for name, item in indicators.items()} == {
        "5岁以下儿童生长迟缓率": "down", "成人肥胖增长率": "down", "艾滋病病毒感染人数": "down",
        "孕产妇系统管理率": "up", "某某登记率": "up", "剖宫产率": "down", "某某调查率": "up"}
    assert all("direction guessed" in item["review"] for item in indicators.values())
    # an English plan's workforce and beds are more-is-better, as their Chinese names are
    text = ("# County plan\n\n| Indicator | Unit | 2020 | 2025 |\n|---|---|---|---|\n"
            "| Physicians per 1,000 population | persons | 2.9 | 3.4 |\n| Hospital beds per 1,000 population | beds | 5.1 | 6 |\n")
    assert {item["direction"] for item in build(read_markdown(text, "plan.md")).indicators} == {"up"}


def test_targets_bounds_that_agree_give_the_direction_before_the_name_does():
    """严重精神障碍患者报告患病率 达到4.5‰以上 (a rate of cases found: more is better) was guessed down from 患病率
    in its name; its own target is a lower bound. Bounds that all agree decide; a change (下降30%以上) is
    no bound and leaves the name to decide."""
    text = ("样例市规划\n\n到2025年，严重精神障碍患者报告患病率达到4.5‰以上，"
            "某病患病率比2015年下降30%以上，某某检出率控制在5%以下。\n")
    directions = {(item["name"].get("zh") or item["name"]["en"]): (item["direction"], item.get("review", ""))
                  for item in build(read_text(text, "plan.txt")).indicators}
    assert directions["严重精神障碍患者报告患病率"][0] == "up"
    assert directions["某病患病率"][0] == "down"
    assert directions["某某检出率"][0] == "down"
    assert all("direction guessed" in review for _, review in directions.values())


def test_a_share_written_before_the_units_it_counts_is_the_share_of_those_that_do_so():
    """全市80%以上的乡镇卫生院达到国家“优质服务基层行”基本标准 was drafted as unreadable words: the share comes
    first, then the units, then what they are to do. It is the share of those units that do it, named by
    them, with a note to check the name."""
    text = "样例县规划\n\n到2025年，90%以上的村卫生室达到标准化建设要求，60%的二级医院设置老年医学科。\n"
    draft = build(read_text(text, "plan.txt"))
    assert drafted_words(draft) == {("村卫生室达到标准化建设要求的比例", 2025, "90%以上"),
                                    ("二级医院设置老年医学科的比例", 2025, "60%")}
    assert all("check the name" in target["review"] for item in draft.indicators for target in item["targets"].values())


def test_a_draft_without_a_title_is_named_by_the_file_not_the_path(tmp_path):
    """A document with no title gave the draft's title as the path it was read from (/home/…/r2.txt),
    which every report then printed as the plan's name: the drafter's folders. The file's name stands in,
    with a note."""
    path = tmp_path / "行动目标.txt"
    path.write_text("到2025年，全市居民健康素养水平不低于30%。\n", encoding="utf-8")
    draft = build(read_document(str(path)))
    assert draft.plan["title"] == {"zh": "行动目标"} and str(tmp_path) not in str(draft.plan)
    assert "title not found" in draft.plan["review"]


@pytest.mark.parametrize("kind", ["password", "unmapped", "scan"])
def test_a_pdf_whose_words_cannot_be_read_is_refused_saying_why(tmp_path, kind):
    """A password-protected PDF gave "cannot open the PDF: " and nothing after it; one whose fonts carry
    no character map (encrypted against copying, here) read as (cid:1438)(cid:19)… and a scan as no
    text at all, both reported as "no target found". Each is now refused with what is wrong and what
    to do (exit 2), never drafted from the digits that survive."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "plan.pdf"
    encrypt = {"password": pdfencrypt.StandardEncryption("secret", ownerPassword="owner"),
               "unmapped": pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0), "scan": None}[kind]
    page = canvas.Canvas(str(path), encrypt=encrypt)
    if kind == "scan":
        page.rect(50, 50, 300, 300, fill=1)
    else:
        page.setFont("STSong-Light", 12)
        page.drawString(72, 720, "到2025年，全市人均预期寿命达到80岁。")
    page.save()
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 2, result.output
    assert {"password": "protected by a password", "unmapped": "(cid:…) codes",
            "scan": "no text, only images"}[kind] in result.output
    assert not (tmp_path / "plan.yaml").exists()


def test_a_years_main_expected_goals_set_that_year():
    """Found on an unseen news report of a government work report (traditional characters):
    `2018年發展主要預期目標是：國內生產總值增長6.5%左右；…城鎮調查失業率5.5%以內…` drafted nothing — the
    year's goals were only known written `2018年的主要目标`. `…年（经济社会）发展（的）主要预期目标` is one too."""
    text = ("样例省政府工作报告\n\n报告指出，2024年经济社会发展主要预期目标是：地区生产总值增长5.5%左右；"
            "城镇调查失业率5.5%以内；单位地区生产总值能耗下降3%以上。\n")
    assert drafted_words(build(read_text(text, "report.txt"))) == {
        ("地区生产总值", 2024, "增长5.5%左右"), ("城镇调查失业率", 2024, "5.5%以内"),
        ("单位地区生产总值能耗", 2024, "下降3%以上")}


def test_a_statistical_table_of_yearly_figures_is_data_not_targets():
    """Found on an unseen statistical yearbook page: a table with a column for each year from 2014 to
    2022 was read as an indicator table and every figure drafted as a target for its year (24 of
    them), none flagged. A run of four or more consecutive years headed by the years alone, with no
    header naming a target, is a series of figures: no target, and the refusal says why. A plan's
    table with a year headed as the target is still read; so is a report of what statistics bureaus
    publish, which sets nothing."""
    text = ("# 某省医疗卫生资源\n\n| 指标 | 2022年 | 2021年 | 2020年 | 2019年 |\n|---|---|---|---|---|\n"
            "| 医疗卫生机构床位数(万张) | 68.39 | 66.2 | 64.98 | 63.18 |\n")
    with pytest.raises(CheckerError) as caught:
        build(read_markdown(text, "yearbook.md"))
    assert "series of yearly figures" in caught.value.hint
    plan = ("# 某省规划\n\n| 指标 | 2022年 | 2023年 | 2024年 | 2025年目标 |\n|---|---|---|---|---|\n"
            "| 医疗卫生机构床位数(万张) | 68.39 | 69 | 70 | 72 |\n")
    assert ("医疗卫生机构床位数", 2025, "72") in drafted_words(build(read_markdown(plan, "plan.md")))
    annual = ("# 某县年度计划\n\n| 指标 | 年度目标 | | | |\n|---|---|---|---|---|\n| | 2022年 | 2023年 | 2024年 | 2025年 |\n"
              "| 人均预期寿命（岁） | 80.2 | 80.4 | 80.6 | 81 |\n")  # a group cell names the years targets
    assert ("人均预期寿命", 2025, "81") in drafted_words(build(read_markdown(annual, "annual.md")))
    report = ("统计局报告\n\n9月28日，国家统计局发布《社会民生统计报告》。其中：每千人口医疗卫生机构床位数从2020年的"
              "6.46张增加到2023年的7.23张。\n")
    with pytest.raises(CheckerError):
        build(read_text(report, "report.txt"))


def test_a_table_copied_one_cell_a_line_with_a_pipe_after_each_cell():
    """Found on an unseen web page: a five-year plan's indicator table copied one cell a line, each
    ending in ` |` (and `||||` for an empty row), with a 年均增长(%) column: nothing was found — the pipes
    kept the cells from reading as one cell a line, and the change column's header ended the header."""
    text = ("专栏2 样例市“十二五”时期主要指标简表 |\n||||\n具体指标 |\n2010年 |\n2015年 |\n年均增长(%) |\n属性 |\n"
            "中医医院床位数(万张) |\n4.71 |\n6.92 |\n8 |\n预期性 |\n"
            "中医医院病床使用率(%) |\n84 |\n94 |\n— |\n预期性 |\n")
    assert drafted(build(read_text(text, "table.txt"))) == {
        ("中医医院床位数", 2015, "6.92", 10), ("中医医院病床使用率", 2015, "94", 15)}


def test_this_year_in_a_dated_text_is_the_year_of_its_date():
    """Found on unseen news reports of government work reports: `今年发展的主要预期目标是：国内生产总值增长
    5.5%左右；…` drafted nothing (no year), though the page is dated 2022-03-05. 今年 in a dated text is the
    year of the date, noted for review; 今年以来 and 今年1-9月 look back."""
    text = ("政府工作报告提出今年经济增长目标\n2022-03-05 09:33\n\n"
            "报告提出，今年发展的主要预期目标是：地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内。\n\n"
            "今年以来，全市居民人均可支配收入增长6.1%。\n")
    draft = build(read_text(text, "news.txt"))
    assert drafted_words(draft) == {("地区生产总值", 2022, "增长5.5%左右"), ("城镇调查失业率", 2022, "控制在5.5%以内")}
    assert all("今年 read as 2022" in target["review"] for item in draft.indicators for target in item["targets"].values())


def test_counts_to_build_bullets_deadlines_and_how_things_stand_now():
    """Found on unseen web articles: `• 2025年前建成500个区域医疗中心` set nothing (the bullet and a deadline
    with no 到 before it were not read, nor a count written before what is built), `到2025年建成3所县级医院和
    5个社区医院` set nothing without 分别, and `当前共建设运行3099个紧密型县域医共体` (how things stand) was
    drafted for review."""
    from checker.documents.model import paragraph
    from checker.documents.sentences import find

    def read(text):
        return {(f.subject, f.text, f.year) for f in find(paragraph(text, 1))}

    assert read("• 2025年前建成50个区域医疗中心") == {("区域医疗中心", "50个", 2025)}
    assert read("到2025年，新建3所县级医院。") == {("新建县级医院", "新建3所", 2025)}
    assert read("到2025年建成3所县级医院和5个社区医院。") == {("县级医院", "3所", 2025), ("社区医院", "5个", 2025)}
    assert read("到2025年，当前共建设运行309个紧密型县域医共体，目前全县人均预期寿命为80岁。") == set()


def test_an_indicator_category_column_is_the_name_column_when_no_column_names_the_indicator():
    """Found on an unseen web article: a table laid out with spaces, `指标类别 2022年数据 2030年目标`, was not
    read (指标类别 is a category header, and no column named the indicator). Where no column names the
    indicator, the one category column that says 指标 holds them; with a name column beside it, it
    stays the domain."""
    text = ("某市规划要点\n\n指标类别 2022年数据 2030年目标\n每千人口床位数 5.4张 6.5张\n基本医保参保率 95.1% 95%以上\n")
    assert drafted_words(build(read_text(text, "article.txt"))) == {
        ("每千人口床位数", 2030, "6.5张"), ("基本医保参保率", 2030, "95%以上")}
    both = ("# 某市规划\n\n| 指标类别 | 指标名称 | 2020年 | 2025年目标 |\n|---|---|---|---|\n"
            "| 健康水平 | 人均预期寿命（岁） | 79 | 80 |\n")
    draft = build(read_markdown(both, "plan.md"))
    assert drafted_words(draft) == {("人均预期寿命", 2025, "80")} and draft.indicators[0]["domain"] == "健康水平"


def test_a_word_table_typed_with_tab_stops_and_name_cells_on_their_own(tmp_path):
    """Found by drafting the same text as .txt and as .docx: a table laid out with tab stops in a Word file
    (``1⇥人均预期寿命（岁）⇥81.86⇥≥82``, one paragraph a row) was read as body text — each row a target named
    by the whole row, two of them with no note — and a table's name cell alone on a line
    (``5岁以下儿童死亡率（‰）``) was kept as a target to review. Rows typed with tabs are a table, as in plain
    text; a name with only an age and its unit in brackets sets nothing."""
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("健康样例市2030规划纲要")
    word.add_paragraph("主要指标")
    for row in ("序号\t指标\t2020年\t2025年\t2030年", "1\t人均预期寿命（岁）\t81.86\t≥82\t≥83",
                "2\t个人卫生支出占卫生总费用的比重（%）\t≤30\t28左右\t25左右"):
        word.add_paragraph(row)
    word.add_paragraph("5岁以下儿童死亡率（‰）")
    word.add_paragraph("到2030年，婴儿死亡率降到3‰以下。")
    path = tmp_path / "plan.docx"
    word.save(path)
    draft = build(read_document(path))
    assert len(draft.tables) == 1
    assert drafted_words(draft) == {
        ("人均预期寿命", 2025, "≥82"), ("人均预期寿命", 2030, "≥83"),
        ("个人卫生支出占卫生总费用的比重", 2025, "28左右"), ("个人卫生支出占卫生总费用的比重", 2030, "25左右"),
        ("婴儿死亡率", 2030, "降到3‰以下"),
    }


def test_a_pdf_line_that_ends_in_a_bracket_or_starts_with_an_amount_goes_on_the_sentence(tmp_path):
    """Found by drafting the five plans' texts as PDFs (paragraphs wrapped by the page): a full line ending in
    a closed bracket (``…每千常住人口执业(助理)``) ended the paragraph, so the next line's target
    (``医师数达到1.79人``) was named ``医师数``; a line starting with an amount (``6.1张左右，…``) was taken for a
    numbered heading (``6.``) and lost its subject. Both lines now go on the sentence."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "wrapped.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    # a paragraph's first line is indented; a line that fills the width runs on to the next (spread to the
    # right margin at 520, as justified text is)
    lines = [(60, "样例市卫生健康规划", False),
             (84, "到2030年，医疗卫生综合服务可及性和能力显著提升，每千常住人口执业(助理)", True),
             (60, "医师数达到1.79人，注册护士数达到1.86人。", False),
             (84, "到2030年，基层医疗卫生服务体系更加完善，每千常住人口床位达", True),
             (60, "6.1张左右，家庭医生签约服务覆盖率达到75%以上。", False)]
    y = 800
    for x, text, full in lines:
        words = page.beginText(x, y)
        words.setFont("STSong-Light", 12)
        if full:
            words.setCharSpace((520 - x - pdfmetrics.stringWidth(text, "STSong-Light", 12)) / (len(text) - 1))
        words.textLine(text)
        page.drawText(words)
        y -= 18
    page.save()
    doc = read_document(str(path))
    names = {name for name, _, _ in drafted_words(build(doc))}
    assert {"每千常住人口执业(助理)医师数", "每千常住人口床位"} <= names, names
    assert "医师数" not in names


def test_a_cells_line_break_between_a_number_and_its_unit_is_no_space():
    """Found by laying the five plans' indicator tables out as PDFs: a narrow cell wrapped ``下降30`` / ``%``
    and the target read ``下降30 %``, not the document's words; a space typed in a cell stays."""
    from checker.documents.model import one_line

    assert [one_line(t) for t in ("下降30\n%", "下降\n30%", "≤12\n/10万", "达到 80岁", "3 per\n1,000")] == [
        "下降30%", "下降30%", "≤12/10万", "达到 80岁", "3 per 1,000"]


def test_a_workbook_sheet_with_a_list_of_projects_below_the_indicator_table(tmp_path):
    """Found by saving the five plans' tables as a workbook: a sheet holding the indicator table, then (below
    a blank row and 单位：…) a list of projects (序号, 项目名称, 建设年限 …) read as one table — and its rows,
    as wide as the sheet, carried on the indicator table: 19 projects drafted as targets (named 1, 2 … with
    2018—2021 as the 2025 target). A blank row ends a table, and a row of words with no number is a header of
    its own, not rows carried on."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["主要指标"], ["领域", "指标名称", "单位", "2020年", "2025年目标", "指标性质"],
                ["健康水平", "人均预期寿命", "岁", "79.5", "80.5", "预期性"],
                ["", "婴儿死亡率", "‰", "3.2", "≤4", "约束性"], [], ["单位：万平方米、亿元"],
                ["项目类别", "序号", "项目名称", "规划投资", "建设年限", "备注"], [],
                ["续建项目", "1", "样例市综合医院一期", "22.5", "2018—2021", "已完成"],
                ["", "2", "样例市妇幼保健院", "9.8", "2020—2023", ""]):
        sheet.append(row)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    draft = build(read_document(path))
    assert drafted_words(draft) == {("人均预期寿命", 2025, "80.5"), ("婴儿死亡率", 2025, "≤4")}
