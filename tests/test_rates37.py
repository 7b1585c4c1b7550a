"""Round 37, rates and trends judged on their own terms.

- A compound yearly rate (年均增长8%, 年均下降3%) short of its promise before the target year is judged on the rate so
  far against the rate that reaches the promised end value; a level pace along the straight chord to that end (which
  lies above the compound path) called a series exactly on 8% a year "lagging 0.77", and a fall of 2.8% a year against
  3% "on track 1.02". Linear rates (年均提高1个百分点) keep their pace in the unit.
- A yearly rate is tidied before its band, as a level is: (24.9 − 20) ÷ 5 and (14.9 − 10) ÷ 5 are the same 0.98.
- A trend from 0 has no percent (0→18.2/10万 was "1820%"), and any move from 0 is a move, whatever its size and unit:
  0→0.004/10万 the wrong way fails (it was "flat" in 1/10万 and failed in 1/100万). The columnar path leaves windows
  from 0 to the kind; the two paths stay equal.

All values invented; the phrases are the 十四五 table style's.
"""

from __future__ import annotations

import pytest
from pytest import approx

from checker.data.observations import observations_from_records
from checker.judge.engine import evaluate, evaluate_regions
from checker.judge.policy import default_policy
from checker.plan.loader import load_plan


def _plan(tmp_path, text: str, unit: str, direction: str, base_year: int = 2015, target_year: int = 2030):
    path = tmp_path / "plan.yaml"
    path.write_text(f"""\
plan:
  id: rates37
  title: {{zh: 试验规划}}
  region: 甲省
  base_year: {base_year}
  target_years: [{target_year}]
indicators:
  - id: ind
    name: {{zh: 试验指标}}
    unit: "{unit}"
    direction: {direction}
    targets:
      {target_year}: {{text: "{text}"}}
""", encoding="utf-8")
    return load_plan(path)


def _one(tmp_path, text: str, unit: str, direction: str, series: dict, *, region: str = "甲省", **years):
    plan = _plan(tmp_path, text, unit, direction, **years)
    rows = [{"region": region, "indicator": "试验指标", "year": year, "value": value, "unit": unit}
            for year, value in series.items()]
    (result,) = evaluate(plan, observations_from_records(rows), region=region).results
    return result


# --- a compound rate before the target year -------------------------------------------------------------------------

@pytest.mark.parametrize("value, status, ratio, words", [
    # 500 × 1.08⁹ = 999.502: 999.5 is the promised path to one decimal (7.99997%/yr) — was "lagging 0.77"
    (999.5, "pass", 1.0, "进度正常：年均变化 8%，所需 8%"),
    # a 7.9% pace: 7.9 ÷ 8 = 0.9875 — was 0.75
    (round(500 * 1.079 ** 9, 1), "pass", 0.9875, "年均变化 7.9%，所需 8%"),
    # 500 → 900: (1.8)^(1/9) − 1 = 6.75%/yr, 0.84 of the promise — was 0.61
    (900, "warn", 0.8442, "进度滞后：年均变化 6.75%，所需 8%，实际/所需 = 0.84 < 0.95"),
])
def test_a_compound_rate_is_paced_on_its_rate(tmp_path, value, status, ratio, words) -> None:
    result = _one(tmp_path, "年均增长8%", "亿元", "up", {2015: 500, 2024: value})
    assert (result.assessment, result.status) == ("progress", status)
    assert result.evidence["ratio"] == approx(ratio, abs=1e-3)
    assert result.evidence["required_pace"] == approx(8.0)
    assert words in result.reason.zh
    assert "average yearly change" in result.reason.en
    assert "(999.5 ÷ 500)" in result.evidence["arithmetic"] if value == 999.5 else True


@pytest.mark.parametrize("value, status, ratio", [
    # 10000 → 7745 in 9 years: −2.8%/yr against −3%: 0.93, lagging — was "on track 1.02"
    (7745, "warn", 0.93),
    # −2.5%/yr: 0.83 — was 0.93
    (7962, "warn", 0.83),
])
def test_a_compound_fall_short_of_its_rate_lags(tmp_path, value, status, ratio) -> None:
    result = _one(tmp_path, "年均下降3%", "人", "down", {2015: 10000, 2024: value})
    assert (result.assessment, result.status) == ("progress", status)
    assert result.evidence["ratio"] == approx(ratio, abs=0.005)
    assert "进度滞后" in result.reason.zh and "所需 -3%" in result.reason.zh


# --- the rate's band edge -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end", [(20, 24.9), (10, 14.9)])
def test_a_points_rate_on_its_warn_edge_warns_whatever_the_base(tmp_path, start, end) -> None:
    """0.98 points a year against 1 is 2% short: a warn, for 20 → 24.9 (0.97999999999999998 in binary) as for
    10 → 14.9."""
    result = _one(tmp_path, "年均提高1个百分点", "%", "up", {2020: start, 2025: end}, base_year=2020, target_year=2025)
    assert (result.status, result.evidence["rate"]) == ("warn", 0.98)


def test_a_compound_rate_on_its_warn_edge_warns(tmp_path) -> None:
    """100 → 109.8 in a year is 9.8% against 10%, 2% short ((109.8 ÷ 100 − 1) × 100 is 9.799999999999986)."""
    result = _one(tmp_path, "年均增长10%", "亿元", "up", {2024: 100, 2025: 109.8}, base_year=2024, target_year=2025)
    assert (result.status, result.evidence["rate"]) == ("warn", 9.8)


# --- a trend from 0 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, value", [("1/10万", 18.2), ("1/10万", 0.3), ("1/10万", 0.004), ("1/100万", 0.04)])
def test_a_rise_from_0_is_the_wrong_way_without_a_percent(tmp_path, unit, value) -> None:
    result = _one(tmp_path, "持续改善", unit, "down", {2022: 0, 2024: value}, base_year=2022, target_year=2025)
    assert result.status == "fail"
    assert "%" not in result.reason.zh and "%" not in result.reason.en
    assert "，由0上升：与要求方向相反" in result.reason.zh and "up from 0: moves the wrong way" in result.reason.en
    assert result.evidence["arithmetic"].endswith(f" − 0 = {value:g}")
    assert result.evidence["change"] is None and result.evidence["difference"] == value


def test_no_move_from_0_is_the_best_value_without_a_percent(tmp_path) -> None:
    result = _one(tmp_path, "持续改善", "1/10万", "down", {2022: 0, 2024: 0}, base_year=2022, target_year=2025)
    assert result.status == "pass"
    assert result.reason.zh == "2022–2024年 0→0/10万，无变化：已是可能的最好值（0/10万）"


def test_a_rise_from_0_promised_is_met(tmp_path) -> None:
    result = _one(tmp_path, "持续提升", "%", "up", {2022: 0, 2024: 0.004}, base_year=2022, target_year=2025)
    assert result.status == "pass"
    assert result.reason.zh == "2022–2024年 0→0.004%，由0上升：按要求上升"


def test_a_step_from_0_the_other_way_turns_the_trend(tmp_path) -> None:
    """逐步下降 over 2021–2024 (5 → 0 → 0.003): down over the window, but up from 0 in the last step — by any amount
    (the raw 0.003 was under the 0.5% share, so it was not a turn) and written without a percent."""
    result = _one(tmp_path, "逐步下降", "1/10万", "down", {2021: 5, 2023: 0, 2024: 0.003}, base_year=2020,
                  target_year=2025)
    assert result.status == "warn"
    assert result.reason.zh.endswith("但2023–2024年反向变化（0→0.003/10万）")


def test_a_slowing_rise_from_0_is_a_rise(tmp_path) -> None:
    """增长势头减缓 from 0: 0, 0.001, 0.004 rises faster later — not "no longer rising" for a total under 0.5%."""
    result = _one(tmp_path, "增长势头减缓", "1/10万", "down", {2022: 0, 2023: 0.001, 2024: 0.004}, base_year=2020,
                  target_year=2025)
    assert result.status == "fail"


def test_trends_from_0_by_columns_equal_the_kind(tmp_path) -> None:
    """A national run writes trend rows from columns; windows from 0 (first value, the value before the last, a step of
    逐年) are the kind's, region by region: the two paths give the same csv."""
    pytest.importorskip("polars")
    from checker.reporters import Report
    from checker.reporters.streamed import csv_rows

    path = tmp_path / "plan.yaml"
    path.write_text("""\
plan:
  id: rates37
  title: {zh: 试验规划}
  region: 甲县
  base_year: 2020
  target_years: [2025]
indicators:
  - id: mmr
    name: {zh: 孕产妇死亡率}
    unit: "1/10万"
    direction: down
    targets:
      2025: {text: "持续改善"}
  - id: imr
    name: {zh: 婴儿死亡率}
    unit: "‰"
    direction: down
    targets:
      2025: {text: "逐年下降"}
""", encoding="utf-8")
    plan = load_plan(path)
    series = {"甲县": (0, 0, 18.2), "乙县": (0, 0.002, 0.004), "丙县": (3, 0, 0.003), "丁县": (0, 0, 0),
              "戊县": (5, 4, 3), "己县": (4, 4.1, 0)}
    rows = [{"region": region, "indicator": name, "year": year, "value": value, "unit": unit}
            for region, values in series.items() for name, unit in (("孕产妇死亡率", "1/10万"), ("婴儿死亡率", "‰"))
            for year, value in zip((2022, 2023, 2024), values)]
    dataset = observations_from_records(rows)
    texts = []
    for columns in (False, True):
        run = evaluate_regions(plan, dataset, policy=default_policy(), on_demand=True, columns=columns)
        assert (run.results.frame() is not None) == columns
        texts.append("".join(csv_rows(Report(plan, plan.region, run, ()))))
    assert texts[0] == texts[1]
    assert "1820%" not in texts[1] and "0→18.2/10万，由0上升" in texts[1]
