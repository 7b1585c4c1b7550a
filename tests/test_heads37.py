"""Round 37: the plan's head as extract drafts it — a 十四五 table's estimated 2021 column taken for the base year, a
footnote mark set raised lost without its note, a page's title glued from two lines (its <title> unread), the title of
the national document a city's text cites taken for the city's own, and base years and a region the text contradicts."""

from __future__ import annotations

from tests.drafts import draft_from

# a 十四五 city table with the plan's estimate of 2021 beside the 2020 base (the cells of 《“十四五”国民健康规划》's table)
ESTIMATE_TABLE = ("<table><tr><th rowspan='2'>指标</th><th rowspan='2'>单位</th><th colspan='3'>指标值</th></tr>"
                  "<tr><th>2020年</th><th>2021年（预计）</th><th>2025年</th></tr>"
                  "<tr><td>婴儿死亡率{mark}</td><td>‰</td><td>2.8</td><td>2.7</td><td>＜4</td></tr>"
                  "<tr><td>儿童青少年总体近视率</td><td>%</td><td>54.3</td><td>—</td><td>力争每年降低0.5个百分点以上</td></tr>"
                  "</table>")


def _page(body: str, title: str = "") -> str:
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{body}</body></html>"


def _html_draft(tmp_path, html: str):
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    (tmp_path / "plan.html").write_text(html, encoding="utf-8")
    return build(read_document(tmp_path / "plan.html"))


def _city_plan(mark: str = "") -> str:
    return _page("<h1>某市“十四五”卫生健康事业发展规划</h1><p>某市人民政府 2022年1月10日</p>"
                 + ESTIMATE_TABLE.format(mark=mark))


def test_an_estimated_year_inside_the_period_is_no_base_year(tmp_path):
    """`2020年 | 2021年（预计）| 2025年` in a 十四五 plan dated 2022: base_year was 2021 (the plan's own estimate), so
    `力争每年降低0.5个百分点以上` counted from a year with no value came out n/a. A 十四五 plan measures from 2020; the
    2021 figures stay baselines of their year, flagged as estimates."""
    draft = _html_draft(tmp_path, _city_plan())
    assert draft.plan["base_year"] == 2020
    assert "the year before the period (“十四五”) begins" in draft.plan["review"]
    assert "2021 base values are the plan's estimates" in draft.plan["review"]
    infant = next(item for item in draft.indicators if item["name"]["zh"] == "婴儿死亡率")
    assert infant["baseline"] == {2020: "2.8", 2021: "2.7"}
    # a column the header calls the base (2021年基期值) stays the plan's base year, inside the period or not
    html = _page("<h1>某市“十四五”卫生健康事业发展规划</h1><p>某市人民政府 2022年1月10日</p>"
                 "<table><tr><th>指标</th><th>2020年</th><th>2021年基期值</th><th>2025年</th></tr>"
                 "<tr><td>婴儿死亡率（‰）</td><td>2.8</td><td>2.7</td><td>＜4</td></tr></table>")
    assert _html_draft(tmp_path, html).plan["base_year"] == 2021


def test_a_raised_footnote_mark_on_a_name_is_noted_in_html(tmp_path):
    """`婴儿死亡率<sup>①</sup>` lost its mark without the note a plain `①` gets (the 注 under the table says the figure
    counts registered residents only). Also a raised digit and `*`."""
    for mark in ("①", "1", "*"):
        draft = _html_draft(tmp_path, _city_plan(f"<sup>{mark}</sup>"))
        infant = next(item for item in draft.indicators if item["name"]["zh"] == "婴儿死亡率")
        assert f"footnote mark {mark} on the name" in infant.get("review", ""), mark


def test_a_superscript_footnote_mark_on_a_name_is_noted_in_word(tmp_path):
    """The same in Word: `婴儿死亡率` followed by a run set superscript `①`."""
    import docx

    from checker.documents.draft import build
    from checker.documents.readers import read_document

    document = docx.Document()
    document.add_paragraph("某市“十四五”卫生健康事业发展规划")
    document.add_paragraph("某市人民政府 2022年1月10日")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("指标", "2020年", "2025年")):
        cell.text = text
    paragraph = table.rows[1].cells[0].paragraphs[0]
    paragraph.add_run("婴儿死亡率（‰）")
    paragraph.add_run("①").font.superscript = True
    table.rows[1].cells[1].text, table.rows[1].cells[2].text = "2.8", "＜4"
    document.save(tmp_path / "plan.docx")
    draft = build(read_document(tmp_path / "plan.docx"))
    (infant,) = draft.indicators
    assert infant["name"]["zh"] == "婴儿死亡率"
    assert "footnote mark ① on the name" in infant["review"]


def test_a_pages_title_names_the_plan_and_lines_are_not_glued(tmp_path):
    """`<title>健康某县2030行动</title>` over `<p>某县人民政府 2021年6月</p><p>表2 健康某县主要指标（单位：%）</p>` gave the
    title `某县人民政府 2021年6月表2 健康某县主要指标（单位：%）`: two paragraphs glued, the page's title unread."""
    table = ("<table><tr><th>指标</th><th>基期值（2020年）</th><th>2030年</th></tr>"
             "<tr><td>人均预期寿命（岁）</td><td>78.2</td><td>80</td></tr></table>")
    body = "<p>某县人民政府 2021年6月</p><p>表2 健康某县主要指标（单位：%）</p>" + table
    assert _html_draft(tmp_path, _page(body, "健康某县2030行动_某县人民政府网")).plan["title"] == {"zh": "健康某县2030行动"}
    assert "某县人民政府 2021年6月表2" not in _html_draft(tmp_path, _page(body)).plan["title"]["zh"]


def test_an_english_pages_title_its_heading_repeats(tmp_path):
    """NRHM's `<title>` and `<h1>` both name the Mission; the review said `title not found`."""
    html = ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>\n"
            "<title>National Rural Health Mission (2005-2012): Outcomes</title></head>\n<body>\n"
            "<h1>National Rural Health Mission (2005-2012) - Outcomes</h1>\n<h2>NRHM Outcomes</h2>\n<ul>\n"
            "<li>Malaria Mortality Reduction Rate: 50% by 2010.</li>\n</ul></body></html>\n")
    draft = _html_draft(tmp_path, html)
    assert draft.plan["title"] == {"en": "National Rural Health Mission (2005-2012): Outcomes"}
    assert "title not found" not in draft.plan["review"]


def test_the_title_is_the_plan_the_place_made_not_the_one_it_answers():
    """`自國務院發布《關于實施健康中國行動的意見》后,我市迅速制定《桂林市推進健康中國行動實施方案》`: the title was the State
    Council's document; the city's own plan is the one 我市…制定."""
    draft = draft_from("自國務院發布《關于實施健康中國行動的意見》后,我市迅速制定《桂林市推進健康中國行動實施方案》。"
                       "《實施方案》確定了到2030年,人均預期壽命達到79.8歲。\n")
    assert draft.plan["title"] == {"zh": "桂林市推進健康中國行動實施方案"}


def test_a_reports_year_is_the_base_of_the_next_years_aims():
    """A report of 2023's figures with aims for the end of 2024, undated: base_year was guessed 2019 (five years
    before); the text says the aims go on from 2023."""
    draft = draft_from("2023年以来宁夏人均预期寿命提高到77.3岁\n\n"
                       "到2024年底每个地级市有1家医院达到三级甲等水平。\n", "report.txt")
    assert draft.plan["base_year"] == 2023
    assert "base year guessed as 2023" in draft.plan["review"]


def test_a_healthy_2030_plans_base_is_the_national_plans():
    """A 健康XX2030 text with 2030 aims only: base_year was guessed 2025; such plans follow 《“健康中国2030”规划纲要》,
    measured from 2015 (kept flagged)."""
    draft = draft_from("《“健康甘肃2030”规划》出台\n\n到2030年，孕产妇死亡率降低到12/10万。\n")
    assert draft.plan["base_year"] == 2015
    assert "base year guessed as 2015" in draft.plan["review"]


def test_a_region_named_in_its_health_drive():
    """`全区人均预期寿命提高到78.7岁 … 推进健康宁夏建设 … 来源:宁夏日报`: region 未知地区, though 宁夏 is named three times."""
    draft = draft_from("发表时间:2022-07-07 来源:宁夏日报\n\n以健康宁夏建设为统领。\n\n"
                       "目标:到2027年,全区人均预期寿命提高到78.7岁,有力支撑全面推进健康宁夏建设。\n")
    assert draft.plan["region"] == "宁夏回族自治区"
    assert "region guessed" in draft.plan["review"]
