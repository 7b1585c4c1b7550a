"""Round 39 (real target phrases): the AFP reporting rate is a surveillance floor (up is better, not a disease rate
to bring down); a polio-free status to keep is drafted after a year lead and with its subject; a strive mark in
brackets after a target (≤25%（力争）); two years' values in one cell and a share written before what it counts are
refused with their reason, not a bare "cannot read"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from files import check, drafted_targets, indicator_plan, written

from checker.errors import CheckerError
from checker.language.grammar import parse_target


def _draft_rows(text: str) -> dict[str, tuple]:
    return {name: (year, words) for name, year, words, _ in drafted_targets(text)}


def test_the_afp_reporting_rate_is_drafted_up_is_better():
    """`AFP报告发病率1/10万` is the standard of at least 1 per 100,000 children: drafted down, a province reporting
    none passed and one watching well failed."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    draft = build(read_text("到2025年，常规免疫疫苗接种率98%以上，AFP报告发病率1/10万。\n", "plan.txt"))
    afp = next(item for item in draft.indicators if item["name"]["zh"] == "AFP报告发病率")
    assert afp["id"] == "afp_reporting_rate"
    assert afp["direction"] == "up"


@pytest.mark.parametrize("name, floor, collapsed", [("非脊灰AFP病例报告发病率", "1/10万", "0"),
                                                   ("麻疹排除病例报告发病率", "2/10万", "0.2")])
def test_a_surveillance_rate_up_is_judged_as_a_floor_and_not_linted(tmp_path: Path, name: str, floor: str,
                                                                    collapsed: str):
    """The AFP and measles-discarded reporting rates show the watch works: a county that stopped looking fails."""
    plan = indicator_plan(name, "1/10万", "up", floor)
    out = check(written(tmp_path, plan, "plan.yaml"),
                written(tmp_path, f"region,year,indicator,value\n甲市,2025,{name},{collapsed}\n"), "--format", "json")
    assert json.loads(out.stdout)["results"][0]["status"] == "fail"
    from click.testing import CliRunner

    from checker.cli import main

    linted = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.yaml")])
    assert "lower is better" not in linted.output


@pytest.mark.parametrize("text", [
    "到2025年，常规免疫疫苗接种率98%以上，维持无脊灰状态。",
    "到2025年，保持无脊髓灰质炎状态。",
    "到2025年，常规免疫疫苗接种率98%以上，全省继续保持无脊髓灰质炎状态。",
])
def test_a_polio_free_status_to_keep_is_drafted_for_its_year(text: str):
    rows = _draft_rows(text)
    kept = [name for name in rows if name in ("无脊灰状态", "无脊髓灰质炎状态")]
    assert kept, rows
    assert rows[kept[0]][0] == 2025


@pytest.mark.parametrize("phrase", ["≤25%（力争）", "≤25%(力争)", "25%（争取）"])
def test_a_strive_mark_in_brackets_after_the_target_is_read_as_strive(phrase: str):
    rule = parse_target(phrase, "%", "down")
    assert rule.op == "<=" and rule.value == 25
    assert "strive" in rule.modifiers


@pytest.mark.parametrize("phrase", [
    "≥3.0/≥3.5", "3.0/3.5", "100%/基本实现", "≤4‰（2022年≤5‰）", "≥80%（2025年≥85%）", "较2015年下降30%（2022年下降15%）",
    "高血压患者规范管理率≥60%（2022年）、≥70%（2030年）", "经常参加体育锻炼人数比例达到37%及以上和40%及以上",
])
def test_two_years_values_in_one_cell_are_refused_with_the_reason(phrase: str):
    with pytest.raises(CheckerError, match="two\\s+values in one phrase"):
        parse_target(phrase)


@pytest.mark.parametrize("phrase", ["1/10万", "≥1/10万", "0.5/1000", "达到79岁（2020年人均预期寿命达到77.3岁）", "≥90%，并逐年提高"])
def test_rates_and_starting_notes_are_still_read(phrase: str):
    parse_target(phrase)


@pytest.mark.parametrize("phrase", ["70%以上的县（市、区）设有精神障碍社区康复机构", "80%以上的乡镇卫生院达到服务能力标准",
                                    "到2020年，70%以上的乡镇（街道）都要建立精神卫生综合管理小组"])
def test_a_share_before_what_it_counts_is_refused_saying_how_to_write_it(phrase: str):
    with pytest.raises(CheckerError, match="share\\s+written before what it counts"):
        parse_target(phrase)


def test_extract_still_drafts_a_share_before_what_it_counts():
    """The refusal is explain's and a plan's; extract names the share (…的比例) and reads 70%以上 as its target."""
    rows = drafted_targets("到2020年，70%以上的县（市、区）设有精神障碍社区康复机构。\n")
    assert any(words == "70%以上" and year == 2020 for _, year, words, _ in rows), rows


def test_hong_kongs_name_for_the_maternal_mortality_ratio_is_an_alias(tmp_path: Path):
    """孕婦死亡比率 (per 100,000 registered live births) is Hong Kong's name for MMR: its rows were left out."""
    plan = indicator_plan("孕产妇死亡率", "1/10万", "down", "≤12").replace("id: ind\n", "id: maternal_mortality\n")
    out = check(written(tmp_path, plan, "plan.yaml"),
                written(tmp_path, "region,year,indicator,value,unit\n甲市,2025,孕婦死亡比率,15,1/10万\n"),
                "--format", "json")
    assert json.loads(out.stdout)["results"][0]["status"] == "fail"
