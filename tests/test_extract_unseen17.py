"""Seventeenth round of extract (Chinese): deadlines and work to complete by them, as implementation plans
(实施方案) write them; each test's sentences are written for it."""

from __future__ import annotations

from drafts import drafted_from as _drafted, drafted_or_none

HEAD = "某市卫生健康事业发展规划（2021—2025年）\n"


def test_work_to_complete_by_a_year_is_a_deliverable():
    """完成… with a year (到2025年，完成…; 2024年6月30日前，全面完成…; 力争2025年前完成…) is checkable as done or not,
    as 建成… is; the deadline's year is the target's."""
    cases = {
        "到2025年，完成全部乡镇卫生院标准化建设。": ("全部乡镇卫生院标准化建设", 2025, "完成全部乡镇卫生院标准化建设"),
        "2024年6月30日前，全面完成村卫生室产权公有化。": ("村卫生室产权公有化", 2024, "全面完成村卫生室产权公有化"),
        "力争2025年前完成市第一人民医院新院区建设。": ("市第一人民医院新院区建设", 2025, "完成市第一人民医院新院区建设"),
    }
    for line, expected in cases.items():
        assert _drafted(HEAD + line + "\n") == {expected}, line


def test_a_deadline_with_a_month_stays_in_the_targets_words():
    """2023年10月底前完成…: the year holds 2023, and the words keep the month the year cannot hold."""
    text = HEAD + "2023年10月底前完成对村级便民服务事项的系统指导。\n"
    assert _drafted(text) == {("对村级便民服务事项的系统指导", 2023, "2023年10月底前完成对村级便民服务事项的系统指导")}
    text = HEAD + "力争2025年6月底前建成市级全民健康信息平台。\n"
    assert _drafted(text) == {("市级全民健康信息平台", 2025, "2025年6月底前建成市级全民健康信息平台")}


def test_a_deadline_is_its_own_sentences():
    """A deadline on one sentence does not date the sentences after it: 全面建立…体系 with no year of its own is a
    duty (no deliverable), as before the deadline."""
    text = HEAD + "2023年10月底前完成对村级便民服务事项的系统指导。全面建立城乡饮水安全保障体系。\n"
    assert _drafted(text) == {("对村级便民服务事项的系统指导", 2023, "2023年10月底前完成对村级便民服务事项的系统指导")}


def test_every_unit_completing_by_a_deadline():
    """各县（市、区）2023年底前完成…: the deadline between who and what is the year; 所有县基本建成…的县域医共体: each
    county builds it, named by what is built after the last 的."""
    assert _drafted(HEAD + "各县（市、区）2023年底前完成县域医共体建设。\n") == {
        ("县（市、区）完成县域医共体建设", 2023, "各县（市、区）完成县域医共体建设")}
    text = HEAD + "到2025年底前，所有县基本建成布局合理、权责清晰、运行高效、信息共享的县域医共体。\n"
    assert _drafted(text) == {("所有县建成县域医共体", 2025,
                               "所有县基本建成布局合理、权责清晰、运行高效、信息共享的县域医共体")}
    assert _drafted(HEAD + "2022年底前，所有县级医院完成胸痛中心建设。\n") == {
        ("县级医院完成胸痛中心建设", 2022, "所有县级医院完成胸痛中心建设")}


def test_completing_tasks_or_work_done_is_no_deliverable():
    """完成…目标任务 is a promise with nothing named to check; 完成了… and 截至…已完成… tell what was done."""
    for line in ("2022年底前完成国家下达的目标任务。", "2021年5月底前完成了全市疫苗接种点的布局调整。",
                 "截至2023年10月底，全市已完成疫苗接种120万剂次。", "到2025年，完成各项工作。"):
        assert drafted_or_none(HEAD + line + "\n") == set(), line
