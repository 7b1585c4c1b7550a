"""Round 38 (hostnum): hostile numbers and names a tester fed the checker (t_hostile). A change of nought is no change
the worse way (it was read the verb's way round: a rising maternal mortality passed "cut by 0%"); a fall of more
than 100% is refused; float noise in a CSV is tidied as in a workbook; a region cell of punctuation names no place;
0,004 is no thousands grouping; a blank name is a schema error; an all_of that cannot hold is a conflict; how many
times apart two values stand is capped in words. Values are invented; the phrases are short hostile forms."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from checker.data import readers
from checker.data.matching import times_shown
from checker.data.readers import read_observations
from checker.errors import CheckerError
from checker.language.grammar import parse_target
from checker.language.units import without_thousands
from checker.plan.lint import lint
from drafts import draft_from
from files import HEAD, check, indicator_plan, written


def _status(tmp_path: Path, name: str, unit: str, direction: str, text: str, rows: str) -> dict:
    """The one result of checking a one-indicator plan against ``rows`` (region,indicator,year,value)."""
    plan = written(tmp_path, indicator_plan(name, unit, direction, text), "plan.yaml")
    done = check(plan, written(tmp_path, "region,indicator,year,value\n" + rows), "--format", "json")
    return json.loads(done.stdout)["results"][0]


# --- 1. a change of nought -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, direction, op", [
    ("比2020年降低0%", "down", "<="),
    ("比2020年提高0%", "up", ">="),
    ("增长0%", "up", ">="),
    ("下降0个百分点", "down", "<="),
    ("年均下降0%", "down", "<="),
])
def test_a_change_of_nought_is_no_change_the_worse_way(text, direction, op):
    """降低0% of a lower-is-better indicator was ≥ base (every rise passed), 提高0% of a higher-is-better one ≤ base."""
    rule = parse_target(text, "%", direction)
    assert (rule.op, rule.value) == (op, 0.0)


def test_a_change_of_nought_of_a_neutral_indicator_is_refused():
    """A neutral indicator has no worse way: 增长0% says neither a ceiling nor a floor. Where the verb is the worse
    way, the reading is kept: the WHO's "0% increase in obesity" is no rise, 下降0% of a higher-is-better one no fall."""
    with pytest.raises(CheckerError, match="neither a ceiling nor a floor"):
        parse_target("比2020年增长0%", "%", "neutral")
    assert parse_target("增长0%", "%", "down").op == "<=" and parse_target("下降0%", "%", "up").op == ">="


def test_a_rise_does_not_pass_a_cut_by_nought(tmp_path: Path):
    """孕产妇死亡率 10 → 15/10万 passed 比2020年降低0%."""
    row = _status(tmp_path, "孕产妇死亡率", "1/10万", "down", "比2020年降低0%",
                  "甲市,孕产妇死亡率,2020,10\n甲市,孕产妇死亡率,2025,15\n")
    assert row["status"] == "fail"
    row = _status(tmp_path, "居民健康素养水平", "%", "up", "比2020年提高0%",
                  "甲市,居民健康素养水平,2020,20\n甲市,居民健康素养水平,2025,15\n")
    assert row["status"] == "fail"


def test_extract_notes_a_change_of_nought():
    """5歲以下兒童死亡率降低0% was drafted with no review note."""
    draft = draft_from("某县妇幼健康发展规划（2021—2025年）\n\n到2025年，5岁以下儿童死亡率降低0%。\n")
    target = draft.indicators[0]["targets"][2025]
    assert "a change of nought" in target.get("review", "")


# --- 5. a fall of more than the whole --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["降低120%", "比2020年下降150%", "年均下降101%", "降低40%至120%"])
def test_a_fall_of_more_than_the_whole_is_refused(text):
    """降低120% was judged against a target of −0.8‰."""
    with pytest.raises(CheckerError, match="fall of more than 100%"):
        parse_target(text, "‰", "down")


def test_lint_and_extract_say_so_of_a_fall_of_more_than_the_whole(tmp_path: Path):
    """Lint was silent on 降低120%, extract drafted it with no note; a fall of the whole and a rise of more still read."""
    assert parse_target("比2020年下降100%", "%", "down").value == -100
    assert parse_target("比2020年提高120%", "%", "up").value == 120
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "降低120%"), "plan.yaml")
    assert [p.severity for p in lint(plan) if "more than 100%" in p.message] == ["error"]
    draft = draft_from("某县妇幼健康发展规划（2021—2025年）\n\n到2025年，个人卫生支出占卫生总费用的比重降低120%。\n")
    assert "more than 100%" in draft.indicators[0]["targets"][2025]["review"]


# --- 2. float noise --------------------------------------------------------------------------------------------------

NOISE = "region,indicator,year,value\n甲市,婴儿死亡率,2025,5.000000000000001\n甲市,人均预期寿命,2025,77.99999999999999\n"


@pytest.mark.parametrize("columnar", [False, True])
def test_float_noise_in_a_csv_is_tidied_on_read(tmp_path: Path, monkeypatch, columnar):
    """5.000000000000001 against ≤5‰ warned ("5‰ against ≤ 5‰: near miss"); the same number in an .xlsx passed."""
    if columnar:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    observations = read_observations(written(tmp_path, NOISE))
    assert sorted(o.value for o in observations.items) == [5.0, 78.0]


def test_float_noise_meets_its_bound(tmp_path: Path):
    assert _status(tmp_path, "婴儿死亡率", "‰", "down", "≤5‰", "甲市,婴儿死亡率,2025,5.000000000000001\n")["status"] \
        == "pass"


# --- 3. a region cell of punctuation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["-", "——", "。"])
@pytest.mark.parametrize("columnar", [False, True])
def test_a_region_cell_of_punctuation_is_refused_at_its_cell(tmp_path: Path, monkeypatch, cell, columnar):
    """With --all-regions, '-', '——' and '。' were judged as three more places and failed the run."""
    if columnar:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    data = written(tmp_path, f"region,indicator,year,value\n甲市,婴儿死亡率,2025,4\n\"{cell}\",婴儿死亡率,2025,9\n")
    with pytest.raises(CheckerError, match="not a region name") as refused:
        read_observations(data)
    assert (refused.value.location.line, refused.value.location.column) == (3, 1)
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤5‰"), "plan.yaml")
    done = check(plan, data, "--all-regions")
    assert done.exit_code == 2 and "not a region name" in done.stderr


# --- 4. a leading zero group -----------------------------------------------------------------------------------------


def test_a_leading_zero_group_is_no_thousands_grouping(tmp_path: Path):
    """0,004 and 00,004 were read as 4 (in data: a pass of ≤5‰) and ≤0,005 as ≤5."""
    assert without_thousands("0,004") == "0,004" and without_thousands("00,004") == "00,004"
    assert without_thousands("1,234,567") == "1234567" and without_thousands("1,00,000") == "100000"
    for cell in ("0,004", "00,004"):
        data = written(tmp_path, f'region,indicator,year,value\n甲市,婴儿死亡率,2025,"{cell}"\n')
        with pytest.raises(CheckerError, match="cannot read value"):
            read_observations(data)
    with pytest.raises(CheckerError):
        parse_target("≤0,005", "‰", "down")


# --- 9. a name of no letter ------------------------------------------------------------------------------------------


def test_a_blank_or_punctuation_name_is_a_located_schema_error(tmp_path: Path):
    plan = HEAD.replace("{zh: 测试规划}", '{zh: "  "}').replace("region: 甲市", 'region: "　"') + """\
  - id: a
    name: {zh: "，，"}
    direction: up
    targets:
      2025: {text: "≥5"}
"""
    found = [p for p in lint(written(tmp_path, plan, "plan.yaml")) if p.code == "schema"]
    assert sorted(p.location.line for p in found) == [3, 4, 9]
    assert all("a name must have a letter" in p.message for p in found)


# --- 10. an all_of that cannot hold ----------------------------------------------------------------------------------


def test_an_all_of_whose_parts_cannot_both_hold_is_a_conflict(tmp_path: Path):
    plan = written(tmp_path, indicator_plan("居民健康素养水平", "%", "up", "≥80%且≤70%"), "plan.yaml")
    found = [p for p in lint(plan) if p.code == "conflict"]
    assert len(found) == 1 and "cannot both hold" in found[0].message
    plan = written(tmp_path, indicator_plan("居民健康素养水平", "%", "up", "≥70%且≤80%"), "ok.yaml")
    assert [p for p in lint(plan) if p.code == "conflict"] == []


# --- 12. how many times apart ----------------------------------------------------------------------------------------


def test_how_many_times_apart_is_capped_in_words(tmp_path: Path):
    """1e-320 under ≤5‰ "stands about inf times below"."""
    assert times_shown(math.inf) == times_shown(5e300) == "more than a million"
    assert times_shown(1234.4) == "about 1,234"
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "≤5‰"), "plan.yaml")
    done = check(plan, written(tmp_path, 'region,indicator,year,value\n甲市,婴儿死亡率,2025,"1e-320"\n'))
    assert done.exit_code == 2 and "more than a million times below" in done.stderr and "inf" not in done.stderr
