"""Thirty-second round: plans, data and files the project had not seen; each test's words are written for it."""

from __future__ import annotations

import pytest

from files import check, drafted_of, drafted_targets, reference_plan, workbook_of, written


# --- data: the places a region lies in ---------------------------------------------------------------------------

@pytest.mark.parametrize("columnar", ["", "1"])
@pytest.mark.parametrize("layout", ["columns", "codes"])
def test_a_city_without_districts_is_its_own_city(tmp_path, monkeypatch, columnar, layout):
    """儋州市 (460400, a city of 海南省 with no districts, its own 地市 cell) was compared with a 秀英区 plan's 全市 海口市."""
    monkeypatch.setenv("CHECKER_COLUMNAR_JUDGING", columnar)
    monkeypatch.setenv("CHECKER_COLUMNAR_FROM_BYTES", "1" if columnar else "")
    plan = reference_plan(tmp_path, "秀英区", "city", "海口市", "不低于全市平均水平")
    rows = [("460000", "海南省", "", "", "79.0"), ("460100", "海南省", "海口市", "", "80.0"),
            ("460105", "海南省", "海口市", "秀英区", "80.5"), ("460400", "海南省", "儋州市", "", "78.0"),
            ("469002", "海南省", "", "琼海市", "79.5")]
    if layout == "columns":
        text = "省份,地市,区县,指标,年份,数值\n" + "".join(f"{p},{c},{r},人均预期寿命,2024,{v}\n" for _, p, c, r, v in rows)
    else:
        text = "行政区划代码,地区,指标,年份,数值\n" + "".join(
            f"{code},{r or c or p},人均预期寿命,2024,{v}\n" for code, p, c, r, v in rows)
    lines = check(plan, written(tmp_path, text), "--all-regions", "--format", "csv").output.splitlines()
    danzhou = next(line for line in lines if line.startswith("儋州市"))
    assert ",n/a," in danzhou and "儋州市本身即全市" in danzhou and "海口市" not in danzhou
    assert any(line.startswith("秀英区") and ",pass," in line for line in lines)


# --- the grammar -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["≥30%左右", "35%以上左右", "不低于30%左右", "30%左右以上", "约30%以上", "≤4‰左右",
                                    "不超过4‰左右", "控制在4‰以内左右", "约4‰以下"])
def test_a_bound_beside_about_is_refused(phrase):
    """`≥30%左右` was read as about 30% (its floor gone): 28.6% passed; `≤4‰左右` let 4.19‰ pass a ceiling of 4‰."""
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError, match="sets a bound and"):
        parse_target(phrase, "%", "up")


@pytest.mark.parametrize("phrase", ["控制在25%左右", "达到80%左右", "约25%", "25%上下", "提高1岁左右"])
def test_about_without_a_bound_is_still_about(phrase):
    from checker.language.grammar import parse_target

    assert parse_target(phrase, "岁" if "岁" in phrase else "%", "up").kind in (
        "around", "vs_baseline")


# --- extract: body text ------------------------------------------------------------------------------------------

ORAL = ("健康口腔行动方案（2019—2025年）\n\n"
        "到2020年，12岁儿童龋患率应从2016年的34.5%下降到32%以内，2025年进一步控制在30%以内；12岁儿童龋齿填充治疗比从2016年"
        "的16.5%提升到2020年的20%，到2025年达到24%。\n\n"
        "到2020年，65-74岁老年人存留牙数从2016年的22.5颗上升到2020年的23颗，2025年达到24颗。\n\n"
        "到2025年，扩大儿童窝沟封闭覆盖范围。\n")


def test_an_oral_health_plans_targets_keep_their_names_years_and_teeth():
    """治疗比 lost 比 (its 2025 target refused), a from-to clause the grammar could not read took the year of the clause
    before it (2025 for `…提升到2020年的20%`), 颗 (teeth) was no unit, and `扩大…覆盖范围` (widen the scope) became a
    100% coverage target."""
    drafted = drafted_of(ORAL)
    assert ("12岁儿童龋齿填充治疗比", 2025, "达到24%") in drafted
    assert ("12岁儿童龋齿填充治疗比", 2020, "从2016年的16.5%提升到2020年的20%") in drafted
    assert ("65-74岁老年人存留牙数", 2025, "达到24颗") in drafted
    assert not any("覆盖范围" in text or "窝沟封闭" in name for name, _, text in drafted)


@pytest.mark.parametrize("phrase, unit", [("达到24颗", "颗"), ("达到1.25块", "块/万人"), ("达到4.5托位", "托位/千人")])
def test_teeth_pitches_and_childcare_places_are_counted(phrase, unit):
    from checker.language.grammar import parse_target

    rule = parse_target(phrase, unit, "up")
    assert rule.kind == "reach" and rule.op == ">="


@pytest.mark.parametrize("phrase", ["覆盖范围", "扩大覆盖范围", "覆盖人群"])
def test_a_coverage_scope_is_no_full_coverage(phrase):
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    with pytest.raises(CheckerError):
        parse_target(phrase, "%", "up")
