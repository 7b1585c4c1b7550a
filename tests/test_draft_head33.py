"""Round 33: a table's year columns (the document's own year before the targets, a ROC year in brackets) and the
draft's head (the years its targets are for, a headline over a dateline, a headline restating a body target)."""

from __future__ import annotations

from pathlib import Path

from checker.documents.draft import build, to_yaml
from checker.documents.readers import read_document
from checker.documents.text import read_text
from checker.plan.lint import lint
from tests.files import check, drafted_targets, written

_TABLE = """\
| 指标 | {current} | 2027年目标 | 2030年目标 |
|---|---|---|---|
| 孕产妇系统管理率 | 93 | ≥90 | ≥92 |
| 65岁及以上老年人健康管理率 | 62 | 65 | ≥70 |
"""


def _drafted(folder: Path, text: str, name: str):
    return build(read_document(written(folder, text, name)))


def test_the_documents_own_year_before_columns_named_as_targets_is_the_baseline(tmp_path):
    """In a plan dated 2024年12月, `2024年 | 2027年目标 | 2030年目标`: the 2024 column was drafted as 2024 targets (93 a
    bare target, no baseline, base year guessed 2023, so progress to 2027 and 2030 came out n/a 缺少基期值). A year
    column before the columns named as targets is the figure the plan starts from."""
    text = "# 某市居民健康服务提升行动方案\n\n某市卫生健康委员会\n\n2024年12月20日\n\n" + _TABLE.format(current="2024年")
    draft = _drafted(tmp_path, text, "plan.md")
    assert draft.plan["base_year"] == 2024 and draft.plan["target_years"] == [2027, 2030]
    first = draft.indicators[0]
    assert first["baseline"] == {2024: "93"} and sorted(first["targets"]) == [2027, 2030]
    assert "2024年 column, of the document's own year" in draft.plan["review"]
    data = written(tmp_path, "地区,指标,年份,数值\n某市,孕产妇系统管理率,2024,93\n某市,孕产妇系统管理率,2026,94\n")
    plan = written(tmp_path, to_yaml(draft, "plan.md"), "plan.yaml")
    result = check(plan, data, "--format", "json")
    assert "缺少基期值" not in result.output
    # only before a column named as the target: `2024年 | 2025年 | 2030年` (no 目标) keeps 2024 a target, as the date says
    table = _TABLE.replace("2027年目标", "2025年").replace("2030年目标", "2030年")
    text = "# 某市居民健康服务提升行动方案\n\n2024年12月20日\n\n" + table.format(current="2024年")
    draft = _drafted(tmp_path, text, "plan2.md")
    assert 2024 in draft.indicators[0]["targets"] and "baseline" not in draft.indicators[0]


def test_a_roc_year_in_brackets_after_a_baseline_header_is_that_years_baseline(tmp_path):
    """`基準值（108年）` beside `114年度目標值`: the ROC year in brackets was not read (the value stayed in `columns:`,
    the base year guessed 2020), while `基準值（民國108年）` and `（2019年）` were. 108年 is 2019."""
    html = ("<html><body><h1>國民健康署中程施政計畫</h1><table>"
            "<tr><th>關鍵績效指標</th><th>單位</th><th>基準值（108年）</th><th>114年度目標值</th><th>119年度目標值</th></tr>"
            "<tr><td>成人吸菸率</td><td>%</td><td>13.0</td><td>11%以下</td><td>10%以下</td></tr>"
            "</table></body></html>")
    draft = _drafted(tmp_path, html, "plan.html")
    assert draft.plan["base_year"] == 2019
    assert draft.indicators[0]["baseline"] == {2019: "13.0"} and "columns" not in draft.indicators[0]
    assert sorted(draft.indicators[0]["targets"]) == [2025, 2030]


def test_a_work_reports_head_names_the_year_its_targets_are_for(tmp_path):
    """`2026年北京市政府工作报告` with targets all for 2026 was drafted `target_years: [2030]`, noted "no target year
    found: set to five years after the base year" — a year the document never names, and 2026 missing; its title was
    not found (政府工作报告 was no title's word) and the region was guessed from the places it names."""
    text = "2026年北京市政府工作报告\n\n报告提出，新建20个区域养老服务中心，新增5000张家庭养老床位；普惠托位占比提高到68%。\n"
    draft = _drafted(tmp_path, text, "report.txt")
    years = {year for item in draft.indicators for year in item["targets"]}
    assert years == {2026} and draft.plan["target_years"] == [2026]
    assert "five years after" not in draft.plan.get("review", "")
    # its title is the report's (the file name stood in for it) and gives the region
    assert draft.plan["title"] == {"zh": "2026年北京市政府工作报告"} and draft.plan["region"] == "北京市"
    assert "title not found" not in draft.plan["review"] and "names most" not in draft.plan["review"]


def test_a_dateline_under_a_headline_keeps_the_headlines_year(tmp_path):
    """A news headline naming 2026年…政府工作报告 with a dateline line under it (`北京商报·2026-01-25 10:32`) made the
    whole text "no target year" (exit 2): the reader joins the two lines and the joined line was too long to be read
    as the headline, so the work report's year was lost."""
    text = ("速读2026年北京市政府工作报告|2026年北京市将新增5000张家庭养老床位\n北京商报·2026-01-25 10:32\n\n"
            "报告提出，北京市将提升全民健康保障水平。新建20个区域养老服务中心，新增5000张家庭养老床位；普惠托位占比提高到68%。\n")
    draft = _drafted(tmp_path, text, "news.txt")
    assert {year for item in draft.indicators for year in item["targets"]} == {2026}
    assert draft.plan["target_years"] == [2026]


def test_a_headline_restating_the_body_target_is_one_target():
    """A headline `至2025年,人均预期寿命在2020年基础上提高0.4岁!梅州印发规划` over the body sentence with the same words
    (the reader joins the two lines) was drafted twice, with no note: check counted two passes for one promise."""
    text = ("至2025年,人均预期寿命在2020年基础上提高0.4岁!梅州印发规划\n"
            "《梅州市卫生健康事业发展“十四五”规划》印发,提出至2025年,人均预期寿命在2020年基础上提高0.4岁。\n")
    drafted = drafted_targets(text)
    assert len(drafted) == 1
    name, year, words, review = drafted[0]
    assert (name, year, words) == ("人均预期寿命", 2025, "在2020年基础上提高0.4岁")
    assert "also in the heading at line 1" in review
    draft = build(read_text(text, "plan.txt"))
    assert draft.indicators[0]["targets"][2025]["source"]["line"] == 2  # the body's sentence


def test_lint_warns_of_two_identical_targets(tmp_path):
    """Two targets of one indicator and year with the same words (a headline and the body both drafted) linted clean
    under --strict, and check judged and counted the one promise twice."""
    plan = written(tmp_path, """\
plan:
  id: test
  title: {zh: 测试规划}
  region: 甲市
  base_year: 2020
  target_years: [2025]
indicators:
  - id: le
    name: {zh: 人均预期寿命}
    unit: 岁
    direction: up
    targets:
      2025:
        - {text: 在2020年基础上提高0.4岁}
        - {text: "在2020年基础上提高0.4岁 "}
        - {text: 达到80岁}
""", "plan.yaml")
    problems = [p for p in lint(plan) if p.code == "duplicate-target"]
    assert len(problems) == 1 and "counts it twice" in problems[0].message
