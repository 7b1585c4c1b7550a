"""Twenty-eighth round: plans, data and files the project had not seen; each test's words are written
for it."""

from __future__ import annotations

from files import drafted_targets


def test_the_target_is_a_reduction_in_what_follows():
    """"The target is 10% reduction in stunting by 2027." drafted nothing, and the document was refused as holding
    no target; "The target is 10% by 2027." drafted a target named "target" with no word for a person."""
    assert drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% reduction in stunting by 2027. "
                           "Our goal is at least a 25% relative reduction in premature mortality by 2025.\n") == [
        ("stunting", 2027, "10% reduction", None),
        ("premature mortality", 2025, "at least a 25% relative reduction", None)]
    (found,) = drafted_targets("Nutrition Strategy 2023-2027\n\nThe target is 10% by 2027.\n")
    assert "names no indicator" in found[3]


def test_a_work_plan_sets_its_own_year_with_a_plain_lead():
    """`2025年工作总结和2026年工作计划`: `2026年，婴儿死亡率控制在3‰以下` was read as that year's record (a plain lead of a
    year no plan targets) and the document refused; the summary's 2025 figures are what was done."""
    text = ("某市卫生健康委2025年工作总结和2026年工作计划\n\n一、2025年工作总结\n"
            "2025年，全市人均预期寿命达到80.2岁，婴儿死亡率降至3.1‰。\n\n二、2026年工作计划\n"
            "2026年，全市婴儿死亡率控制在3‰以下，居民健康素养水平达到35%以上。\n")
    assert drafted_targets(text) == [("婴儿死亡率", 2026, "控制在3‰以下", None),
                                     ("居民健康素养水平", 2026, "达到35%以上", None)]
    # a plan of another span, or a review of the year's work plan, keeps reading 2026年，… as a record
    for title in ("某市健康2030规划", "某市2026年工作计划执行情况"):
        assert drafted_targets(f"{title}\n\n2026年，婴儿死亡率控制在3‰以下。\n") == []


def test_sentences_in_the_cells_of_a_table_of_tasks_are_read(tmp_path):
    """A table of tasks (序号 | 目标任务 | 责任单位) holds no indicator column, and its sentences were never read: the
    document was refused as holding no target. Each cell's sentence is read at its own line, a merged cell once."""
    import yaml
    from click.testing import CliRunner

    from checker.cli import main

    document = tmp_path / "plan.html"
    document.write_text("""<html><body><h1>某县卫生健康事业发展“十四五”规划</h1>
<table border="1"><tr><th>序号</th><th>目标任务</th><th>责任单位</th></tr>
<tr><td>1</td><td>到2025年，全县婴儿死亡率控制在5‰以下。</td><td rowspan="2">县卫健局</td></tr>
<tr><td>2</td><td>到2025年，居民健康素养水平达到25%以上。</td></tr>
<tr><td>3</td><td colspan="2">加强基层医疗卫生服务能力建设，到2025年每千人口执业（助理）医师数达到3.2人。</td></tr>
</table></body></html>""", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(document), "-o", str(tmp_path / "draft.yaml")])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    found = [(item["name"]["zh"], year, target["text"]) for item in draft["indicators"]
             for year, target in item["targets"].items()]
    assert found == [("婴儿死亡率", 2025, "控制在5‰以下"), ("居民健康素养水平", 2025, "达到25%以上"),
                     ("每千人口执业（助理）医师数", 2025, "达到3.2人")], found


def test_a_province_or_league_word_before_a_name_is_no_part_of_it():
    """`宁夏人均预期寿命`, `全旗婴儿死亡率`, `内蒙古孕产妇死亡率` became indicators of their own (their data then named no
    indicator of the plan); 全区 and 云南省 were already cut."""
    text = ("某区规划\n\n到2025年，宁夏人均预期寿命提高到77.7岁。\n\n到2025年，全旗婴儿死亡率控制在5‰以内。\n\n"
            "到2025年，内蒙古自治区孕产妇死亡率控制在12/10万以内。\n\n到2025年，全州居民健康素养水平达到25%。\n")
    assert [(name, year) for name, year, _, _ in drafted_targets(text)] == [
        ("人均预期寿命", 2025), ("婴儿死亡率", 2025), ("孕产妇死亡率", 2025), ("居民健康素养水平", 2025)]


def test_what_each_unit_has_after_a_year_with_no_comma():
    """`到2025年底每个县(市、区)至少有1所县级医院达到…` (no comma after the year) and `每个地级市有1家医院达到三级甲等水平`
    (有 without 至少) were dropped without a word; with a comma and 至少 both were drafted."""
    found = drafted_targets("某省规划\n\n到2025年底每个县(市、区)至少有1所县级医院达到国家县医院医疗服务能力基本标准。\n\n"
                            "到2025年，每个地级市有1家医院达到三级甲等水平。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("县(市、区)有县级医院达到国家县医院医疗服务能力基本标准", 2025, "每个县(市、区)至少有1所县级医院达到国家县医院医疗服务能力基本标准"),
        ("地级市有医院达到三级甲等水平", 2025, "每个地级市有1家医院达到三级甲等水平")]


def test_so_many_for_each_thousand_people_names_the_per_capita_measure():
    """`到2020年实现每千人5.5张病床` was dropped (no comma) or drafted as a deliverable done or not (with one)."""
    for text in ("某区规划\n\n到2020年实现每千人5.5张病床。\n", "某区规划\n\n到2020年，实现每千人口拥有5.5张病床。\n"):
        ((name, year, words, review),) = drafted_targets(text)
        assert (name, year, words) == ("每千人口病床数", 2020, "5.5张") and "check the name" in review


def test_a_second_table_under_the_first_reads_its_own_years(tmp_path):
    """A 续表 with its own header (指标,2021年,2022年) under a table of 指标,2020年,2023年: its values were read under the
    first header's years (7.1 as 2020, 6.8 as 2023) and judged so, with exit 0."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("5岁以下儿童死亡率", "‰", "down", "6‰以下")
    data = "指标,2020年,2023年\n婴儿死亡率（‰）,5.4,4.5\n,,\n指标,单位,2021年,2022年\n5岁以下儿童死亡率,‰,7.1,6.8\n"
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data),
                                       "--format", "json", "--as-of", "2022"])
    (found,) = json.loads(result.stdout)["results"]
    assert (found["year"], found["value"]) == (2022, 6.8), found


def test_urban_and_rural_columns_are_no_city(tmp_path):
    """A yearbook's 合计 | 城市 | 农村 read 城市 as a city column: a second such table said "two city columns", and a
    one-indicator table was told to melt with 城市 as the id column, turning urban values into region names."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("婴儿死亡率", "‰", "down", "6‰以下")
    data = "指标,年份,合计,城市,农村\n婴儿死亡率,2023,4.5,2.9,5.1\n"
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data)])
    assert result.exit_code == 2 and "urban and rural" in result.output and "data.csv:1:4" in result.output, result.output


def test_what_is_added_read_as_a_level_below_the_start_is_flagged(tmp_path):
    """`新增床位500张` for 床位总数 with 1800 in 2020 was read as "at least 500" and passed every year, lint silent."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("医疗卫生机构床位总数", "张", "up", "新增床位500张", baseline="{2020: 1800}")
    result = CliRunner().invoke(main, ["lint", written(tmp_path, plan, "plan.yaml")])
    assert "[added-to-total]" in result.output, result.output
    named = indicator_plan("新增床位数", "张", "up", "新增床位500张", baseline="{2020: 300}")
    assert "[added-to-total]" not in CliRunner().invoke(main, ["lint", written(tmp_path, named, "named.yaml")]).output


def _reading(phrase: str, unit: str | None = None, direction: str = "neutral"):
    from checker.language.grammar import parse_target

    return parse_target(phrase, unit=unit, direction=direction)


def test_a_lakh_grouped_number_is_one_number(tmp_path):
    """`70 per 1,00,000` (India's grouping) was read as ≤ 0: every region failed; `1,00,000` in a data cell was
    refused."""
    rule = _reading("below 70 per 1,00,000 live births", "1/10万", "down")
    assert (rule.op, rule.value, rule.unit) == ("<", 70, "1/10万")
    assert _reading("1,00,000", "张", "up").value == 100000 and _reading("1,234,567", "张", "up").value == 1234567


def test_a_fall_to_tenths_is_refused_as_a_fall_to_a_fraction():
    """`降至八成` was read as a level of 80%: a smoking rate rising from 13% to 15% passed (and ≤ 80000/10万 for a
    death rate). A rise to tenths stays a level."""
    import pytest

    from checker.errors import CheckerError

    for phrase in ("降至八成", "降到八成", "降至一半", "降至三分之一"):
        with pytest.raises(CheckerError, match="share of the start or a level"):
            _reading(phrase, "%", "down")
    assert (_reading("提高到八成以上", "%", "up").op, _reading("提高到八成以上", "%", "up").value) == (">=", 80)
    assert _reading("下降三成", "%", "down").kind == "vs_baseline"


def test_a_rate_named_with_its_level_is_no_deliverable():
    """"aim to achieve an MMR of 30" and `实现每千人5.5张病床` were read as yes/no deliverables, the number a note:
    a data value of 1 passed."""
    import pytest

    from checker.errors import CheckerError

    for phrase in ("aim to achieve an MMR of 30", "We are aiming to achieve the MMR of 30 before 2030", "实现每千人5.5张病床"):
        with pytest.raises(CheckerError, match="names a level to reach"):
            _reading(phrase, "1/10万", "down")
    assert _reading("建成5G智慧医院").kind == "achieved" and _reading("2025年前建成区域医疗中心").kind == "achieved"


def test_plain_forms_of_traditional_texts_are_read():
    assert (_reading("不多於百分之五", "%").op, _reading("不多於百分之五", "%").value) == ("<=", 5)
    assert (_reading("一成以內", "%").op, _reading("一成以內", "%").value) == ("<=", 10)
    assert (_reading("提升為85%", "%").op, _reading("提升為85%", "%").value) == (">=", 85)
    assert _reading("千分之四．六二", "‰").value == 4.62
    ranged = _reading("百分之八十至九十", "%")
    assert (ranged.kind, ranged.value, ranged.upper) == ("range", 80, 90)


def test_what_is_left_is_a_fact():
    import pytest

    from checker.errors import CheckerError

    with pytest.raises(CheckerError, match="what is left"):
        _reading("折合年粗出生率僅剩千分之四．六二", "‰")


def test_a_deadline_of_part_of_a_year_is_that_year():
    """"By end-2025," and "By mid-2027," were drafted for the plan's 2030 ("the sentence names no year"), and
    `explain` took "byend-2025" for the name."""
    found = drafted_targets("Health Strategy 2021-2030\n\nBy end-2025, increase measles vaccination coverage to 95%.\n"
                            "By mid-2027, increase the share of births attended by skilled personnel to 90%.\n")
    assert [(name, year, review) for name, year, _, review in found] == [
        ("measles vaccination coverage", 2025, None), ("share of births attended by skilled personnel", 2027, None)]
    for phrase in ("by end-2025, reach 90%", "reach 90% by mid-2025", "by December 2025, reach 90%"):
        rule = _reading(phrase, "%", "up")
        assert (rule.year, rule.subject) == (2025, None), phrase


def test_years_in_brackets_date_the_amounts_before_them():
    """"from 16% (in 2011) to 12% (in 2016)" was drafted for the title's 2021, "the sentence names no year"."""
    ((name, year, _, review),) = drafted_targets("Plan 2016-2021\n\nReduce wasting from 16% (in 2011) to 12% (in 2016).\n")
    assert (name, year) == ("wasting", 2016) and "2011" in review


def test_a_long_english_name_is_kept_for_review():
    """A target named in more than 80 characters was dropped without a word (3 of 8 numeric targets of a real
    strategy)."""
    ((name, year, _, review),) = drafted_targets(
        "Closing the Gap targets\n\n* By 2031, increase the proportion of Aboriginal and Torres Strait Islander "
        "babies with a healthy birthweight to 91 per cent.\n")
    assert year == 2031 and name.startswith("proportion of Aboriginal") and "long name" in review


def test_a_government_work_report_is_of_its_year():
    """`2026年政府工作报告` over `到2025年底，…达到80.6岁`: the results were drafted as 2025 targets; `今年…力争达到80.8岁`
    was refused for want of a year; after a 2035 sentence, `今年发展主要预期目标是…` took 2035."""
    assert drafted_targets("2026年政府工作报告\n\n到2025年底，全市人均预期寿命达到80.6岁，婴儿死亡率降至3.2‰。\n") == []
    assert drafted_targets("2026年政府工作报告\n\n“十四五”期间，全市每千人口注册护士数达到4.2人。\n") == []
    ((name, year, _, review),) = drafted_targets("2026年政府工作报告\n\n过去五年，全市人均预期寿命达到80.6岁。"
                                                 "今年，全市人均预期寿命力争达到80.8岁。\n")
    assert (name, year) == ("人均预期寿命", 2026) and "今年" in review
    found = drafted_targets("政府工作报告要点\n发布时间：2026-03-06\n\n总理说明“十五五”时期的目标，希望在2035年人均国内生产总值"
                           "比2020年翻一番。今年发展主要预期目标是经济增长4.5%至5%。\n")
    assert [(name, year) for name, year, _, _ in found] == [("人均国内生产总值", 2035), ("经济", 2026)]


def test_a_final_review_is_no_plan():
    assert drafted_targets("某市“十四五”卫生健康规划终期评估报告\n\n到2025年底，全市人均预期寿命达到80.6岁。\n") == []


def test_a_deadline_or_before_is_no_part_of_the_name():
    """`二零二五年或之前將吸煙率降至7.8%` drafted an indicator named `或之前将吸烟率`."""
    for text in ("二零二五年或之前將吸煙率降至7.8%。", "政府目標在二零二五年或之前將吸煙率降至7.8%。"):
        ((name, year, words, _),) = drafted_targets(f"控煙報告\n\n{text}\n")
        assert (name, year, words) == ("吸烟率", 2025, "降至7.8%"), name


def test_taiwan_kpi_tables_are_found(tmp_path):
    """A KPI table headed 關鍵績效指標, or with 民國 year columns (民國110年目標值, 111年度目標值), was not taken for an
    indicator table: its targets were never mentioned."""
    import yaml
    from click.testing import CliRunner

    from checker.cli import main

    document = tmp_path / "plan.html"
    document.write_text("""<html><body><h1>國民健康署中程施政計畫</h1>
<table border="1"><tr><th>關鍵績效指標</th><th>單位</th><th>民國110年目標值</th><th>111年度目標值</th></tr>
<tr><td>成人吸菸率</td><td>%</td><td>13.0</td><td>12.5</td></tr></table></body></html>""", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(document), "-o", str(tmp_path / "draft.yaml")])
    assert result.exit_code == 0, result.output
    (item,) = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))["indicators"]
    assert {year: target["text"] for year, target in item["targets"].items()} == {2021: "13.0", 2022: "12.5"}


def test_the_policy_file_is_no_output(tmp_path):
    """`check … --policy P -o P` wrote the report over the policy, exit 0."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    policy = tmp_path / "policy.yaml"
    policy.write_text("around: {pass: 0.05, warn: 0.10}\n", encoding="utf-8")
    before = policy.read_bytes()
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "5‰以下"), "plan.yaml")
    data = written(tmp_path, "指标,年份,数值\n婴儿死亡率,2024,4.5\n")
    result = CliRunner().invoke(main, ["check", plan, data, "--policy", str(policy), "-o", str(policy)])
    assert result.exit_code == 2 and "one of the input files" in result.output and policy.read_bytes() == before


def test_rows_left_out_are_said_with_csv_output(tmp_path):
    """With `--format csv` (or xlsx, parquet) the rows left out — an indicator the plan lacks, another region, a
    year outside the plan — were said nowhere; every other format lists them."""
    import subprocess
    import sys

    from files import indicator_plan, written

    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "5‰以下"), "plan.yaml")
    data = written(tmp_path, "地区,指标,年份,数值\n甲市,婴儿死亡率,2024,4.5\n甲市,孕产妇死亡率,2024,30\n")
    done = subprocess.run([sys.executable, "-m", "checker", "check", plan, data, "--format", "csv"],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0 and "孕产妇死亡率" in done.stderr and "孕产妇死亡率" not in done.stdout, done.stderr


def test_a_control_character_after_a_sentence_hides_nothing():
    """`到2025年，婴儿死亡率控制在5‰以下。\\x07` was dropped without a word."""
    assert drafted_targets("某区规划\n\n到2025年，婴儿死亡率控制在5‰以下。\x07\n到2025年，人均预期寿命达到80岁。\x1a\n") == [
        ("婴儿死亡率", 2025, "控制在5‰以下", None), ("人均预期寿命", 2025, "达到80岁", None)]


def test_what_a_page_hides_is_not_drafted(tmp_path):
    from checker.documents.draft import build
    from checker.documents.web import read_html

    draft = build(read_html("""<html><body><h1>某区卫生健康规划</h1><p>到2025年，婴儿死亡率控制在5‰以下。</p>
<p hidden>到2025年，人均预期寿命达到97岁。</p><div style="display: none">到2025年，孕产妇死亡率控制在1/10万以下。</div>
<p style="visibility:hidden">到2025年，居民健康素养水平达到99%。</p></body></html>""", "plan.html"))
    assert [item["name"]["zh"] for item in draft.indicators] == ["婴儿死亡率"]


def test_a_huge_workbook_cell_is_no_huge_message(tmp_path):
    """A 1 MB string in a workbook cell: its text came back whole in a hint (157 MB of error for a 155 KB file). A
    cell past the CSV reader's limit is refused at its place; a long name is cut in messages."""
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, workbook_of, written

    book = workbook_of({"S1": [["地区", "指标", "年份", "数值"], ["a" * 200_000, "婴儿死亡率", 2024, 4.5]]},
                       tmp_path / "data.xlsx")
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "5‰以下"), "plan.yaml")
    result = CliRunner().invoke(main, ["check", plan, str(book)])
    assert result.exit_code == 2 and "(32,767 characters)" in result.output and len(result.output) < 2000


def test_lint_of_a_device_and_an_id_of_a_path(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main

    document = tmp_path / "plan.txt"
    document.write_text("某区规划\n\n到2025年，婴儿死亡率控制在5‰以下。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(document), "--id", "../../etc/passwd", "-o",
                                       str(tmp_path / "d.yaml")])
    assert result.exit_code == 2 and "--id" in result.output and not (tmp_path / "d.yaml").exists()


def _table_draft(tmp_path, rows: str) -> list[tuple]:
    from checker.documents.draft import build
    from checker.documents.web import read_html

    draft = build(read_html(f"<html><body><h1>某市“十四五”卫生健康发展规划</h1><p>某政发〔2021〕8号</p>"
                            f"<table border='1'>{rows}</table></body></html>", "plan.html"))
    return [(item["name"]["zh"], year, target["text"], item.get("baseline"), target.get("review"))
            for item in draft.indicators for year, target in item["targets"].items()]


def test_sub_rows_under_a_measure_are_indicators_of_their_own(tmp_path):
    """`重点人群规范管理率` over two rows, `高血压患者` and `2型糖尿病患者` in a column of no header (or under 指标名称
    across two columns): one indicator with two 2025 targets and the second row's baseline, no note — or named
    after the population alone."""
    for header in ("<tr><td>序号</td><td>指标名称</td><td></td><td>单位</td><td>2020年</td><td>2025年</td></tr>",
                   "<tr><td>序号</td><td colspan='2'>指标名称</td><td>单位</td><td>2020年</td><td>2025年</td></tr>"):
        found = _table_draft(tmp_path, header + "<tr><td rowspan='2'>1</td><td rowspan='2'>重点人群规范管理率</td>"
                             "<td>高血压患者</td><td>%</td><td>65</td><td>≥70</td></tr>"
                             "<tr><td>2型糖尿病患者</td><td>%</td><td>62</td><td>≥65</td></tr>")
        assert [(name, year, text, baseline) for name, year, text, baseline, _ in found] == [
            ("重点人群规范管理率（高血压患者）", 2025, "≥70", {2020: "65"}),
            ("重点人群规范管理率（2型糖尿病患者）", 2025, "≥65", {2020: "62"})], found
        assert all("named from two cells" in review for *_, review in found)


def test_a_later_years_target_in_brackets_is_that_years(tmp_path):
    """`4.5（2030年：5.5）` under 2025: the 2030 target was lost, read as "starting from 2030年:5.5"."""
    found = _table_draft(tmp_path, "<tr><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td></tr>"
                                   "<tr><td>每千人口拥有3岁以下婴幼儿托位数</td><td>个</td><td>1.8</td>"
                                   "<td>4.5（2030年：5.5）</td></tr>")
    assert [(year, text, review) for _, year, text, _, review in found] == [
        (2025, "4.5", None), (2030, "5.5", "from the brackets of the 2025 cell (4.5（2030年：5.5）)")]


def test_a_results_framework_names_its_target_lines():
    """"Target 2021: 25%" under "GI 5. Prevalence of stunting … Baseline: 36.1%" was dropped without a word."""
    found = drafted_targets("HNPSIP 2016-2021\n\nGI 5. Prevalence of stunting among under-five children\nBaseline: 36.1%\n"
                            "Target 2021: 25%\n\n3.1.1 % of infants less than 6 months receiving exclusive breastfeeding\n"
                            "Baseline: 55.3%\nTarget 2021: 65%\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("Prevalence of stunting among under-five children", 2021, "25%"),
        ("share of infants less than 6 months receiving exclusive breastfeeding", 2021, "65%")]
    assert all("baseline is" in review for *_, review in found)


def test_a_share_of_the_units_somewhere_is_named_with_where():
    """`让照护网内的8成病友接受生活习惯咨询`: the middle clause of a real sentence was lost without a word."""
    ((name, year, text, _),) = drafted_targets("某计划\n\n预计目标至2030年，让照护网内的8成病友接受生活习惯咨询。\n")
    assert (name, year, text) == ("照护网内病友接受生活习惯咨询的比例", 2030, "8成")


def test_listed_diseases_and_groups_take_the_measure():
    """`高血压、糖尿病患者规范管理率达65%以上` drafted an indicator named `高血压`."""
    found = drafted_targets("某县规划\n\n到2025年，高血压、糖尿病患者规范管理率达65%以上。\n\n到2025年，孕产妇、儿童系统管理率达90%以上。\n")
    assert [name for name, *_ in found] == ["高血压患者规范管理率", "糖尿病患者规范管理率", "孕产妇系统管理率", "儿童系统管理率"]


def test_a_body_name_without_its_count_word_is_the_tables_indicator(tmp_path):
    """`每千常住人口执业(助理)医师达3.9人` became an indicator of its own beside the catalogue's 每千常住人口执业（助理）医师数:
    its data row was then left out as unknown."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text("某县“十四五”卫生健康发展规划\n\n到2025年，每千常住人口执业(助理)医师达3.9人。\n", "plan.txt"))
    assert [item["id"] for item in draft.indicators] == ["physicians_per_1000"]


def test_roc_and_later_year_fixes_leave_a_plain_data_year_alone(tmp_path):
    """`中華民國112年` in a data year cell was refused as no year; it names its era, as 民國112年 does."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("平均壽命", "岁", "up", "80岁以上")
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"),
                                       written(tmp_path, "地區,指標,年度,數值\n甲市,平均壽命,中華民國112年,77.0\n"),
                                       "--format", "json"])
    assert json.loads(result.stdout)["results"][0]["year"] == 2023, result.output


def test_variants_of_this_rounds_fixes_that_went_wrong():
    """A check of this round's fixes by variants: a span's last year in a title (2023—2025年…行动计划) dated the text
    2025 and dropped its 2023 target; a province word was cut from an institution's name (宁夏医科大学总医院…); a
    table of results (工作内容 | 完成情况) drafted the last plan's target as 2025's."""
    found = drafted_targets("某省2023—2025年婴幼儿照护服务行动计划\n\n到2023年，婴儿死亡率控制在5.5‰以下。\n\n"
                            "到2025年，婴儿死亡率控制在5‰以下。\n")
    assert [(year, text) for _, year, text, _ in found] == [(2023, "控制在5.5‰以下"), (2025, "控制在5‰以下")]
    names = [name for name, *_ in drafted_targets(
        "某区规划\n\n到2025年，宁夏医科大学总医院床位数达到3000张。\n\n到2025年，广西壮族自治区人民医院年门诊量达到300万人次。\n\n"
        "到2025年，新疆生产建设兵团人均预期寿命达到78岁。\n")]
    assert names == ["宁夏医科大学总医院床位数", "广西壮族自治区人民医院年门诊量", "新疆生产建设兵团人均预期寿命"]


def test_a_table_of_results_drafts_nothing(tmp_path):
    from checker.documents.draft import build
    from checker.documents.web import read_html

    draft = build(read_html("""<html><body><h1>某县卫生健康事业发展“十四五”规划</h1>
<table border="1"><tr><th>序号</th><th>工作内容</th><th>完成情况</th></tr>
<tr><td>1</td><td>到2020年，婴儿死亡率控制在6‰以下</td><td>2020年全县婴儿死亡率为4.1‰，已完成目标任务。</td></tr>
</table><p>到2025年，全县婴儿死亡率控制在4‰以下。</p></body></html>""", "plan.html"))
    assert [(year, target["text"]) for item in draft.indicators for year, target in item["targets"].items()] == [
        (2025, "控制在4‰以下")]


def test_a_fall_to_below_tenths_is_a_level():
    rule = _reading("降至三成以下", "%", "down")
    assert (rule.op, rule.value) == ("<=", 30)


def test_more_english_targets_and_deadlines():
    found = drafted_targets("Nutrition Strategy 2023-2030\n\nTarget: a 20% cut in alcohol consumption by 2030.\n\n"
                            "The target is a reduction of 25% in premature mortality by 2027.\n\n"
                            "By year-end 2026, immunisation coverage will reach 95%.\n\n"
                            "By Dec. 2027, maternal mortality will fall to 70 per 100,000 live births.\n")
    assert [(year, text) for _, year, text, _ in found] == [
        (2030, "a 20% cut"), (2027, "a reduction of 25%"), (2026, "immunisation coverage will reach 95%"),
        (2027, "maternal mortality will fall to 70 per 100,000 live births")]


def test_work_plan_words_and_roc_headers_without_target_words():
    assert drafted_targets("某市卫生健康局2026年工作思路\n\n2026年，全市婴儿死亡率控制在3‰以下。\n") == [
        ("婴儿死亡率", 2026, "控制在3‰以下", None)]


def test_added_to_total_without_a_baseline(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("执业医师数", "人", "up", "新增执业医师500人")
    assert "[added-to-total]" in CliRunner().invoke(main, ["lint", written(tmp_path, plan, "plan.yaml")]).output


def test_urban_and_rural_as_towns(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("婴儿死亡率", "‰", "down", "6‰以下")
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"),
                                       written(tmp_path, "指标,年份,合计,城镇,农村\n婴儿死亡率,2023,4.5,2.9,5.1\n")])
    assert result.exit_code == 2 and "urban and rural" in result.output, result.output


def test_a_continued_line_above_a_repeated_header_is_no_row(tmp_path):
    """`续表` on a line of its own above the header repeated on the next page stopped the run ("empty indicator
    cell"); without that line the file was read."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("婴儿死亡率", "‰", "down", "6‰以下")
    data = "地区,指标,年份,数值\n甲市,婴儿死亡率,2022,4.6\n续表,,,\n地区,指标,年份,数值\n甲市,婴儿死亡率,2023,4.5\n"
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), written(tmp_path, data),
                                       "--format", "json"])
    assert json.loads(result.stdout)["results"][0]["value"] == 4.5, result.output


def test_listed_diseases_share_the_measure_of_the_last():
    found = drafted_targets("某省规划\n\n到2020年，新生儿先天性甲状腺功能减低症、苯丙酮尿症筛查率均达到90%以上。\n")
    assert [name for name, *_ in found] == ["新生儿先天性甲状腺功能减低症筛查率", "新生儿苯丙酮尿症筛查率"]  # (the newborns of the first: round 33)


def test_a_long_lead_paragraph_ending_in_a_list_lead_keeps_its_year():
    """`到2020年，…明显提高。实现以下目标：` over its items: the items were filed under the title's 2030 with "the sentence
    names no year" (the lead paragraph was too long to be read as a lead)."""
    found = drafted_targets("省政府印发《某省国民营养计划（2018—2030年）》。\n\n到2020年，传统食养服务日益丰富；营养健康信息化建设"
                            "进一步加强；重点人群营养不良状况明显改善，吃动平衡的健康生活方式进一步普及，居民营养健康素养明显提高。"
                            "实现以下目标：\n\n孕妇贫血率下降至7%以下。\n")
    assert ("孕妇贫血率", 2020, "下降至7%以下", None) in found, found


def test_a_headlines_year_is_the_year_of_the_text_under_it():
    """`到2030年我国人均预期寿命将达到80岁左右` over a text that restates it with no year: refused for want of a year."""
    for headline in ("到2030年我国人均预期寿命将达到80岁左右", "“十五五”期间我国人均预期寿命将达到80岁左右"):
        found = drafted_targets(f"{headline}\n\n国家卫健委主任表示，通过五年努力，人均预期寿命达到80岁左右。\n")
        assert [(name, year, text) for name, year, text, _ in found] == [("人均预期寿命", 2030, "达到80岁左右")], found


def test_a_verb_before_two_rates_raises_each():
    found = drafted_targets("某省计划\n\n到2020年，提高住院病人营养筛查率和营养不良住院病人的营养治疗比例。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("住院病人营养筛查率", 2020, "提高"), ("营养不良住院病人的营养治疗比例", 2020, "提高")]


def test_a_heading_that_restates_a_target_is_no_second_target(tmp_path):
    """A Markdown heading `## 2025年全省人均预期寿命达78.6岁` over `…到2025年，全省人均预期寿命达到78.6岁`: two targets, and
    `check` counted the pass twice. Two sentences that say the same in the same words are one target, the other line
    noted (round 40: a news lede and its body's 38.9% were checked twice); in other words they stay two."""
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    document = tmp_path / "news.md"
    document.write_text("# 某省健康规划出炉\n\n## 2025年全省人均预期寿命达78.6岁\n\n近日，省政府办公厅印发规划。到2025年，全省人均"
                        "预期寿命达到78.6岁。\n", encoding="utf-8")
    found = [(item["name"]["zh"], year, target["text"], target.get("review"))
             for item in build(read_document(str(document))).indicators for year, target in item["targets"].items()]
    assert [(name, year, text) for name, year, text, _ in found] == [("人均预期寿命", 2025, "达到78.6岁")]
    assert "heading at line 3" in found[0][3]
    twice = drafted_targets("某区规划\n\n到2025年，人均预期寿命达到80岁。\n\n到2025年，全区人均预期寿命达到80岁。\n")
    assert len(twice) == 1 and "said again in the same words at line 5" in twice[0][3]
    assert len(drafted_targets("某区规划\n\n到2025年，人均预期寿命达到80岁。\n\n到2025年，全区人均预期寿命提高到80岁。\n")) == 2


def _three_line_pdf(path, rows: list[list[str]], widths: list[int], header_rows: int = 1, spans=()) -> None:
    """A 三线表 (rules above and below the header, and below the table; none between columns) under a title."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                               ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), .5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), *spans]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("某县“十四五”卫生健康发展规划", body),
                                                      Paragraph("2021年9月", body), table])


def _pdf_targets(path) -> list[tuple]:
    from checker.documents.draft import build
    from checker.documents.readers import read_document

    return [(item["name"]["zh"], year, target["text"], item.get("baseline"), item.get("domain"))
            for item in build(read_document(str(path))).indicators for year, target in item["targets"].items()]


def test_three_line_tables_with_group_rows_and_a_two_line_header(tmp_path):
    """In a 三线表 PDF a group row across the table (二、健康服务) was glued to the row above's baseline (`6.9
    二、健康服务`), and a two-line header (目标值 over 2025年 | 2030年) was no header: the table's targets were lost."""
    import pytest

    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    grouped = tmp_path / "grouped.pdf"
    _three_line_pdf(grouped, [["序号", "指标", "2020年", "2025年", "属性"], ["", "一、健康水平", "", "", ""],
                              ["1", "孕产妇死亡率（/10万）", "6.9", "≤8", "预期性"], ["", "二、健康服务", "", "", ""],
                              ["2", "每千常住人口注册护士数（人）", "3.6", "4.2", "预期性"]], [40, 200, 70, 70, 60])
    assert _pdf_targets(grouped) == [("孕产妇死亡率", 2025, "≤8", {2020: "6.9"}, "健康水平"),
                                     ("每千常住人口注册护士数", 2025, "4.2", {2020: "3.6"}, "健康服务")]
    from reportlab.platypus import TableStyle  # noqa: F401 (the spans below are TableStyle commands)

    two_lines = tmp_path / "two_lines.pdf"
    _three_line_pdf(two_lines, [["序号", "指标", "基期值（2020年）", "目标值", "", "属性"],
                                ["", "", "", "2025年", "2030年", ""],
                                ["1", "孕产妇死亡率（/10万）", "6.9", "≤8", "≤7", "预期性"],
                                ["2", "每千常住人口注册护士数（人）", "3.6", "4.2", "4.7", "预期性"]],
                    [40, 170, 80, 60, 60, 50], header_rows=2, spans=[("SPAN", (3, 0), (4, 0))])
    assert [(name, year, text) for name, year, text, _, _ in _pdf_targets(two_lines)] == [
        ("孕产妇死亡率", 2025, "≤8"), ("孕产妇死亡率", 2030, "≤7"), ("每千常住人口注册护士数", 2025, "4.2"),
        ("每千常住人口注册护士数", 2030, "4.7")]


def test_a_three_line_table_with_a_wrapped_serial_header_is_a_table(tmp_path):
    """A 三线表 (rules across only) whose narrow 序号 column wraps its header, centred: 序 above the header line, 号
    below it. The header was no header, and the table's 4 targets were lost (the document refused)."""
    import pytest

    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from checker.documents.draft import build
    from checker.documents.readers import read_document

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    rows = [["分类", "序号", "主要指标", "单位", "2025年", "指标性质"],
            ["健康服务", "1", "每千常住人口执业(助理)医师数", "人", "3.9", "预期性"],
            ["健康管理", "2", "高血压患者规范管理率", "%", "≥65", "预期性"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[60, 14, 190, 40, 80, 50])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), .5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("某县“十四五”卫生健康发展规划", body), table])
    found = [(item["name"]["zh"], year, target["text"])
             for item in build(read_document(str(path))).indicators for year, target in item["targets"].items()]
    assert found == [("每千常住人口执业(助理)医师数", 2025, "3.9"), ("高血压患者规范管理率", 2025, "≥65")], found


def test_sheets_named_by_year_or_region_keep_their_notes_and_continued_tables(tmp_path):
    """A sheet per year (2024) or per region (南阳市): its footnote row (`注：…`) was refused as an empty indicator cell
    (or read as an unknown indicator), and a 续表 block under the table named a column the sheet does not have."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, workbook_of, written

    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "6‰以下"), "plan.yaml")
    by_year = workbook_of({"2024": [["地区", "指标", "数值"], ["甲市", "婴儿死亡率", 4.5], ["注：本表数据为快报数。", None, None]]},
                          tmp_path / "by_year.xlsx")
    by_region = workbook_of({"甲市": [["指标", "年份", "数值"], ["婴儿死亡率", 2023, 4.8], ["续表", None, None],
                                      ["指标", "年份", "数值"], ["婴儿死亡率", 2024, 4.5]]}, tmp_path / "by_region.xlsx")
    for book in (by_year, by_region):
        result = CliRunner().invoke(main, ["check", plan, str(book), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert [(r["year"], r["value"]) for r in json.loads(result.stdout)["results"]] == [(2024, 4.5)]


def test_a_meeting_report_sets_this_years_targets_after_last_years_results():
    """`会议指出，2025年…达到80.1岁。会议要求，今年…达到80.3岁，婴儿死亡率控制在3‰以下。` under a 2026 date: the two 2026
    targets took the sentence before's 2025 and were dropped as what was done, without a word."""
    found = drafted_targets("全市卫生健康工作会议召开\n发布时间：2026-02-03 10:00\n\n会议指出，2025年全市人均预期寿命达到80.1岁。"
                            "会议要求，今年全市人均预期寿命达到80.3岁，婴儿死亡率控制在3‰以下。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [("人均预期寿命", 2026, "达到80.3岁"),
                                                                      ("婴儿死亡率", 2026, "控制在3‰以下")]


def test_a_years_work_plan_keeps_its_undated_targets_for_that_year():
    found = drafted_targets("2026年某市卫生健康工作这么干\n2026-02-09 09:29 来源：某市卫生健康委\n\n"
                            "深化健康行动，居民健康素养达到38%、人均预期寿命达到79.9岁。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [("居民健康素养", 2026, "达到38%"),
                                                                      ("人均预期寿命", 2026, "达到79.9岁")]


def test_for_a_year_leads_an_english_target():
    found = drafted_targets("Annual Report 2025\n\nFor 2026, the target is to reduce the infant mortality rate to 3.0 per 1,000.\n")
    assert [(year, text) for _, year, text, _ in found] == [(2026, "reduce the infant mortality rate to 3.0 per 1,000")]


def test_what_several_plans_in_a_row_achieved_is_done():
    """`连续3个五年规划都实现提高一岁以上` was drafted as a 2025 target named `连续3个五年规划都实现`."""
    assert not any("连续" in name for name, *_ in drafted_targets(
        "人均预期寿命提升一岁的含金量\n\n2025年，我国人均预期寿命达到79岁，连续3个五年规划都实现提高一岁以上。\n"))


def test_taiwans_growth_is_a_change():
    """`成長10%` was read as a level of at least 10% (a rate falling from 32.7 to 30.0 passed); `成長不超過1%` as at
    most 1%."""
    for phrase, op in (("成長10%", ">="), ("成長不超過1%", "<="), ("增進10%", ">=")):
        rule = _reading(phrase, "%", "up")
        assert (rule.kind, rule.op) == ("vs_baseline", op), phrase


def test_the_common_era_and_at_are_no_part_of_a_name():
    """`西元2030年成人吸菸率…`, `成人肥胖率於西元2030年…`, `新生兒死亡率於2030年…`: names kept 西元 and 于."""
    found = drafted_targets("國民健康目標\n\n一、西元2030年成人吸菸率降至10%。\n二、成人肥胖率於西元2030年降至20%以下。\n"
                            "三、新生兒死亡率於2030年降至每千活產2.0人以下。\n")
    assert [(name, year) for name, year, _, _ in found] == [("成人吸烟率", 2030), ("成人肥胖率", 2030),
                                                            ("新生儿死亡率", 2030)]


def test_a_traditional_region_name_on_the_command_line(tmp_path):
    """`--region 臺北市` was refused ("did you mean 台北市?"), the data's names being read in simplified characters."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = written(tmp_path, indicator_plan("成人肥胖率", "%", "down", "降至40%以下"), "plan.yaml")
    data = written(tmp_path, "地區,指標,年別,數值\n臺南市,成人肥胖率,2025,39.7\n臺北市,成人肥胖率,2025,33.0\n")
    result = CliRunner().invoke(main, ["check", plan, data, "--region", "臺北市", "--format", "json"])
    assert json.loads(result.stdout)["results"][0]["value"] == 33.0, result.output


def test_a_year_in_an_english_subject_is_the_phrases():
    """`The target for stunting in 2024 is 14 percent` filed under 2022: lint said nothing (the year was taken for part
    of the name) and check judged 2022's data against it."""
    rule = _reading("The target for stunting in 2024 is 14 percent", "%", "down")
    assert (rule.year, rule.op, rule.value) == (2024, "<=", 14)


def test_a_count_of_things_to_achieve_is_no_deliverable():
    import pytest

    from checker.errors import CheckerError

    for phrase in ("achieve 35 hospital beds", "achieve 19 doctors per 10,000 people"):
        with pytest.raises(CheckerError, match="names a level to reach"):
            _reading(phrase)
    assert _reading("建成5G智慧医院").kind == "achieved"


def test_english_targets_set_by_whom_and_for_whom():
    """Dropped without a word: "aims for a 50% reduction in …", "the aim is for 75% of … to receive …", "the government
    targets X to reach 90 percent", "X in 2024 is targeted at 14 percent", "The target of wasting … in 2024 is 7 percent"."""
    found = drafted_targets(
        "Health targets\n\nThe NHS Long Term Plan aims for a 50% reduction in neonatal mortality by 2025.\n\n"
        "The aim is for 75% of pregnant women to receive continuity of carer by 2025.\n\n"
        "In 2024, the government targets the complete basic immunization to reach 90 percent.\n\n"
        "The stunting rate of toddlers in 2024 is targeted at 14 percent.\n\n"
        "The target of wasting among toddlers in 2024 is 7 percent.\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("新生儿死亡率", 2025, "a 50% reduction"),
        ("share of pregnant women who receive continuity of carer", 2025, "75%"),
        ("complete basic immunization", 2024, "the complete basic immunization to reach 90 percent"),
        ("stunting rate of toddlers", 2024, "The stunting rate of toddlers in 2024 is targeted at 14 percent"),
        ("wasting among toddlers", 2024, "7 percent")]


def test_a_standard_set_above_and_doubling():
    """`按国家下达标准执行` was a yes/no deliverable (达标 read inside 下达标准), `实现倍增` too; `每年新增托位300个` on a
    stock of 800 passed as "at least 300" without a word from lint."""
    for phrase in ("按国家下达标准执行", "按省下达标准落实", "按上级下达指标执行", "按国家下达任务完成"):
        assert _reading(phrase).kind == "external", phrase
    rule = _reading("实现倍增", "亿元", "up")
    assert (rule.kind, rule.op, rule.value) == ("vs_baseline", ">=", 100)


def test_added_each_year_to_a_stock_is_flagged(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, written

    plan = indicator_plan("托位数", "个", "up", "每年新增托位300个", baseline="{2020: 800}")
    assert "[added-to-total]" in CliRunner().invoke(main, ["lint", written(tmp_path, plan, "plan.yaml")]).output


def test_a_title_merged_wider_than_the_table(tmp_path):
    """A title row merged over A1:H1 above a table of 4 columns: internal error (IndexError), exit 3."""
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from files import indicator_plan, workbook_of, written

    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "6‰以下"), "plan.yaml")
    book = workbook_of({"S1": [["某市卫生健康主要指标"], ["地区", "指标", "年份", "数值"], ["甲市", "婴儿死亡率", 2024, 4.5]]},
                       tmp_path / "data.xlsx", merges={"S1": ["A1:H1"]})
    result = CliRunner().invoke(main, ["check", plan, str(book), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["value"] == 4.5


def test_a_pdf_set_sideways_is_not_called_a_scan(tmp_path):
    import pytest

    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from checker.documents.readers import read_document
    from checker.errors import CheckerError

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "sideways.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 12)
    page.translate(300, 100)
    page.rotate(90)
    for number in range(30):
        page.drawString(0, -14 * number, f"到2025年，婴儿死亡率控制在5‰以下。第{number}行")
    page.save()
    with pytest.raises(CheckerError, match="sideways"):
        read_document(str(path))


def test_a_provinces_own_level_keeps_its_level():
    """`江西省级医院病例组合指数（CMI）值` in 江西省's plan was named `级医院病例组合指数（CMI）值`."""
    found = drafted_targets("江西省“十四五”卫生健康发展规划\n\n到2025年，江西省级临床重点专科达到100个。\n")
    assert [name for name, *_ in found] == ["省级临床重点专科"], found


def test_headings_with_and_without_a_year_restate_the_same_target():
    """A provincial plan's news item: `我省人均预期寿命2030年提高到76岁` and `居民人均预期寿命将达76岁` head the paragraph
    that says `到2030年，进一步增长到76岁`: three targets, one of them standing, for one statement."""
    found = drafted_targets("《“健康某省2030”规划》出台\n\n我省人均预期寿命2030年提高到76岁\n\n某省日前制定出台规划。\n\n"
                            "居民人均预期寿命将达76岁\n\n规划提出，到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁；"
                            "到2030年，进一步增长到76岁。\n")
    assert [(name, year, text) for name, year, text, _ in found] == [
        ("人均预期寿命", 2020, "从2015年的73.25岁增长到74岁"), ("人均预期寿命", 2030, "增长到76岁")]
    assert found[1][3].count("also in the heading") == 2
