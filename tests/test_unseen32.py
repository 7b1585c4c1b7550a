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
