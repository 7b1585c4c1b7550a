"""Round 40, a newcomer's messages (tester U, 扬中市's plan written from the docs alone): no verdict was wrong, but
messages misled. 全市 rows of a county-level city that names a reference city (both places, left out) were offered
as the reference city; a 人均 amount's unit hint went round in a circle; an unknown name was located at a value
cell; the audit report pointed at a "weight" no row is called; scalar slips got no hint; a chart's axis ran below
0 and above 100%. The plans and data here are made up, with real short phrases of the tester's plan."""

from __future__ import annotations

from pathlib import Path

from checker.plan.lint import lint

HEAD = ("plan:\n  id: ux40\n  title: {zh: 某市规划}\n  region: 扬中市\n  references: {city: 镇江市, province: 江苏省, "
        "nation: 全国}\n  base_year: 2020\n  target_years: [2025]\nindicators:\n")
LIFE = ("  - id: life\n    name: {zh: 人均预期寿命}\n    unit: 岁\n    direction: up\n    targets:\n"
        "      2025: {text: \"≥82.5岁\"}\n")


def _lint(tmp_path: Path, text: str) -> list:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return [problem for problem in lint(path) if problem.severity == "error"]


# --- U#4: one name for one concept: the row is 修饰 / modifier, and the bands point at it --------------------------

def test_a_band_emptied_by_the_nature_points_at_the_modifier_row():
    from checker.judge.explain import describe, explain_text
    from checker.judge.policy import default_policy
    from checker.language.grammar import parse_target

    rule = parse_target("≤10/10万", unit="1/10万", direction="down")
    words = describe(rule, default_policy(), "约束性")
    assert words["warn"] == ("无（见修饰）", "none (see the modifier)")
    text = explain_text(rule, default_policy(), "约束性")
    assert "  modifier   约束性" in text and "weight" not in text


def test_the_audit_reports_english_row_is_the_modifier():
    from checker.reporters.messages import t

    assert t("result.weights", "en") == "Modifier" and t("result.weights", "zh") == "修饰"
    assert "weight" not in t("result.weighed", "en").lower()


# --- U#5: scalar slips get the hint their siblings get; a unit phrase is named whole ------------------------------

def test_target_years_as_one_number_is_told_to_write_a_list(tmp_path):
    errors = _lint(tmp_path, HEAD.replace("[2025]", "2025") + LIFE)
    assert any("expected a list, found 2025" in p.message and p.hint and "target_years: [2025]" in p.hint
               for p in errors), errors


def test_a_baseline_as_one_number_is_told_to_write_its_year(tmp_path):
    errors = _lint(tmp_path, HEAD + LIFE.replace("    targets:", "    baseline: 82.25\n    targets:"))
    assert any("expected a mapping, found 82.25" in p.message and p.hint and "baseline: {2020: 82.25}" in p.hint
               for p in errors), errors


def test_a_unit_written_as_a_phrase_is_named_whole():
    import pytest

    from checker.errors import CheckerError
    from checker.language import units

    for written in ("82.5岁以上", "82岁以上"):
        with pytest.raises(CheckerError) as caught:
            units.read(written)
        assert f"checker does not know '{written}'" in caught.value.message, caught.value.message
        assert "not a phrase with a number" in (caught.value.hint or "")
    with pytest.raises(CheckerError) as caught:  # a magnitude before an unknown word: the word is named
        units.read("10万斤斤")
    assert caught.value.message.endswith("checker does not know '斤斤'"), caught.value.message


# --- U#6: the audit chart's value axis stays inside what the indicator can take ------------------------------------

def _axis(tmp_path: Path, plan: str, data: str) -> list[float]:
    import re

    from click.testing import CliRunner

    from checker.cli import main

    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "data.csv").write_text(data, encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "plan.yaml"), str(tmp_path / "data.csv"),
                                       "-o", str(out)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    svg = re.search(r'<svg class="chart".*?</svg>', out.read_text(encoding="utf-8"), re.S).group(0)
    return [float(tick) for tick in re.findall(r'class="tick" font-size="11" text-anchor="end">([-\d.]+)<', svg)]


def test_a_rate_at_zero_has_no_axis_below_zero(tmp_path):
    plan = HEAD + ("  - id: mmr\n    name: {zh: 孕产妇死亡率}\n    unit: 1/10万\n    direction: down\n    targets:\n"
                   "      2025: {text: \"≤10/10万\"}\n")
    data = "地区,指标,年份,数值\n" + "".join(f"扬中市,孕产妇死亡率,{year},{value}\n"
                                           for year, value in ((2021, 0), (2022, 12.6), (2023, 0), (2024, 0)))
    ticks = _axis(tmp_path, plan, data)
    assert ticks and min(ticks) == 0, ticks


def test_a_share_near_100_has_no_axis_above_100(tmp_path):
    plan = HEAD + ("  - id: toilets\n    name: {zh: 农村卫生户厕普及率}\n    unit: \"%\"\n    direction: up\n    targets:\n"
                   "      2025: {text: \"≥99%\"}\n")
    data = "地区,指标,年份,数值\n" + "".join(f"扬中市,农村卫生户厕普及率,{year},{value}\n"
                                           for year, value in ((2021, 99.9), (2022, 99.8), (2023, 99.9), (2024, 99.9)))
    ticks = _axis(tmp_path, plan, data)
    assert ticks and max(ticks) == 100, ticks


def test_a_bound_ends_the_axis_where_a_round_step_passes_it():
    from checker.reporters.svg import possible_span, within

    assert within([0.0, 40.0, 80.0, 120.0, 160.0], 10, 148, (0, 150)) == [0.0, 40.0, 80.0, 120.0, 150]
    assert possible_span(-1.0, 1.0, 0, 0, (0, None)) == (0, 1.0)
    assert possible_span(-6.0, 5.0, -3, 4, (0, None)) == (-6.0, 5.0)  # a value below the floor is drawn where it is


# --- U#1: 全市 of a county-level city naming its city may be either: every message names both, offers neither -----

QUANSHI = "地区,指标,年份,数值\n" + "".join(f"全市,人均预期寿命,{year},{value}\n" for year, value in ((2023, 82.4), (2024, 82.5)))


def _run(tmp_path: Path, *args: str, plan: str = HEAD + LIFE, data: str = QUANSHI):
    from click.testing import CliRunner

    from checker.cli import main

    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    (tmp_path / "data.csv").write_text(data, encoding="utf-8")
    return CliRunner().invoke(main, [args[0], *(["--plan", str(tmp_path / "plan.yaml"), str(tmp_path / "data.csv")]
                                                if args[0] == "validate" else
                                                [str(tmp_path / "plan.yaml"), str(tmp_path / "data.csv")]), *args[1:]])


def _names_both(text: str) -> None:
    assert "扬中市 (the plan's region)" in text and "镇江市 (the plan's references.city)" in text, text
    assert "did you mean" not in text and "choose one with --region" not in text, text


def test_check_says_whole_city_rows_may_be_either_place(tmp_path):
    result = _run(tmp_path, "check")
    assert result.exit_code == 2
    _names_both(result.output + str(result.stderr_bytes or b"", "utf-8"))


def test_validate_offers_no_reference_city_for_whole_city_rows(tmp_path):
    result = _run(tmp_path, "validate")
    _names_both(result.output)
    assert "'全市'" in result.output and "write the region's name" in result.output


def test_all_regions_says_why_whole_city_rows_are_not_judged(tmp_path):
    result = _run(tmp_path, "check", "--all-regions")
    assert result.exit_code == 2
    text = result.output + str(result.stderr_bytes or b"", "utf-8")
    _names_both(text)
    assert "besides the plan's reference regions" not in text


def test_the_left_out_line_names_both_places():
    from checker.data.matching import UnusedRows, whole_choices
    from checker.errors import Location

    fields = {"region": "扬中市", "references.city": "镇江市", "references.province": "江苏省"}
    rows = UnusedRows("region", "全市", 5, Location("d.xlsx", 2, 1, sheet="分镇"))
    zh = rows.words("zh", (2010, 2030), ("新坝镇", "扬中市", "镇江市"), fields, ("新坝镇",))
    assert "可能指扬中市（规划的地区）或镇江市" in zh and "既不是" not in zh, zh
    _names_both(rows.words("en", (2010, 2030), ("新坝镇", "扬中市", "镇江市"), fields, ("新坝镇",)))
    # one place of the level: no doubt, nothing said (全市 of a county with its city is the city, as before)
    assert whole_choices("全市", {"region": "某县", "references.city": "镇江市"}) == ()
    assert whole_choices("全市", {"region": "扬中市"}) == ()
    assert whole_choices("全省", fields) == ()


# --- U#3: a misspelt name is located at its name's cell; the missing row's hint points at it -----------------------

HYPERTENSION = ("  - id: hypertension_mgmt\n    name: {zh: 高血压患者规范管理率}\n    unit: \"%\"\n    direction: up\n"
                "    targets:\n      2025: {text: \"≥75%\"}\n")
WIDE = ("地区,指标,单位,2023,2024\n扬中市,人均预期寿命,岁,82.4,82.5\n"
        "扬中市,高血压患者的规范管理率,%,70.1,72.3\n")


def test_validate_locates_an_unknown_name_at_its_cell_and_points_the_missing_row_at_it(tmp_path):
    import json

    result = _run(tmp_path, "validate", "--format", "json", plan=HEAD + LIFE + HYPERTENSION, data=WIDE)
    findings = json.loads(result.output)["findings"]
    unknown = [f for f in findings if f["code"] == "unknown-indicator"]
    assert [(f["line"], f["column"]) for f in unknown] == [(3, 2)], unknown  # B3, not the value in D3
    missing = [f for f in findings if f["code"] == "missing" and "hypertension_mgmt" in f["message"]]
    assert missing and "'高血压患者的规范管理率'" in missing[0]["hint"] and "add a row" not in missing[0]["hint"], missing
    assert ":3:2" in missing[0]["hint"]


def test_check_lists_an_unknown_name_at_its_cell(tmp_path):
    result = _run(tmp_path, "check", plan=HEAD + LIFE + HYPERTENSION, data=WIDE)
    line = next(line for line in result.output.splitlines() if "高血压患者的规范管理率" in line)
    assert "data.csv:3:2" in line, line


def test_a_long_file_read_by_columns_locates_the_name_too(tmp_path, monkeypatch):
    import pytest

    pytest.importorskip("numpy")
    pytest.importorskip("polars")
    from checker.data import readers
    from checker.data.matching import match
    from checker.plan.loader import load_plan

    (tmp_path / "plan.yaml").write_text(HEAD + LIFE + HYPERTENSION, encoding="utf-8")
    (tmp_path / "data.csv").write_text("地区,指标,年份,数值\n扬中市,人均预期寿命,2024,82.5\n"
                                       "扬中市,高血压患者的规范管理率,2024,72.3\n", encoding="utf-8")
    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)  # read by columns, however small
    observations = readers.read_observations(tmp_path / "data.csv")
    assert type(observations).__name__ == "ColumnarObservations"
    unknown = match(load_plan(tmp_path / "plan.yaml"), observations).unknown
    assert [(u.location.line, u.location.column) for u in unknown] == [(3, 2)], unknown


# --- U#2: a 人均 amount's unit hint leads somewhere, never back to where the plan is ------------------------------

def _funding(unit: str, text: str) -> str:
    return HEAD + (f"  - id: funding\n    name: {{zh: 人均基本公共卫生服务经费补助标准}}\n    unit: {unit}\n    direction: up\n"
                   f"    targets:\n      2025: {{text: \"{text}\"}}\n")


def test_a_per_person_phrase_under_an_amount_unit_is_told_to_measure_it_per_person(tmp_path):
    errors = _lint(tmp_path, _funding("元", "不低于100元/人"))
    assert len(errors) == 1 and errors[0].hint, errors
    assert "`unit: 元/人`" in errors[0].hint and "`unit: 元`" not in errors[0].hint, errors[0].hint
    assert not _lint(tmp_path, _funding("元/人", "不低于100元/人"))  # the hint followed: read


def test_an_amount_phrase_under_a_per_person_unit_is_told_either_way(tmp_path):
    errors = _lint(tmp_path, _funding("元/人", "不低于100元"))
    assert len(errors) == 1 and "`unit: 元`" in errors[0].hint and "give this value in 元/人" in errors[0].hint
    assert not _lint(tmp_path, _funding("元", "不低于100元"))
