"""checker.language.units (spellings, pint conversions), checker.judge.policy (severity weights, overrides), checker.judge.bands."""

from __future__ import annotations

import math

import pytest

from checker.language import units
from checker.judge.bands import Bands, Interval, bands, fmt
from checker.errors import CheckerError, UnitError
from checker.judge.policy import default_policy, load_policy

POLICY = default_policy()


# --- units -------------------------------------------------------------------------------------------


def test_permille_to_percent():
    assert units.convert(5, "‰", "%") == 0.5


def test_per_hundred_thousand_to_permille():
    assert units.convert(12, "1/10万", "‰") == 0.12
    assert units.convert(12, "/10万", "‰") == 0.12


def test_conversion_has_no_float_noise():
    assert units.convert(1.2, "‰", "1/10万") == 120
    assert units.convert(0.07, "‰", "1/10万") == 7


def test_same_unit_is_identity():
    assert units.convert(3.3, "％", "%") == 3.3


def test_scaled_units_convert():
    assert units.convert(1, "万元", "元") == 10000
    assert units.convert(2, "万人", "人") == 20000


@pytest.mark.parametrize(
    "spelling, symbol",
    [("/10万", "1/10万"), ("十万分之", "1/10万"), ("％", "%"), ("百分比", "%"), ("千分之", "‰"), ("周岁", "岁"), ("‰", "‰")],
)
def test_canonical(spelling, symbol):
    assert units.canonical(spelling) == symbol


def test_full_width_digits_in_unit_fold():
    assert units.canonical("１/１０万") == "1/10万"


def test_incompatible_units_name_both():
    with pytest.raises(UnitError) as caught:
        units.convert(5, "岁", "%")
    assert "岁" in caught.value.message and "%" in caught.value.message
    assert not units.compatible("岁", "%")
    assert units.compatible("‰", "1/10万")


def test_unknown_unit_hint_lists_known_units():
    with pytest.raises(UnitError) as caught:
        units.canonical("‰x")
    error = caught.value
    assert "‰x" in error.message
    assert "known units" in error.hint
    for symbol in ("%", "‰", "1/10万", "岁"):
        assert symbol in error.hint
    assert isinstance(error, CheckerError)


def test_unknown_unit_in_convert():
    with pytest.raises(UnitError):
        units.convert(1, "furlong", "%")


def test_spellings_longest_first():
    spellings = units.spellings()
    assert units.is_known("1/10万") and not units.is_known("parsec")
    assert [len(s) for s in spellings] == sorted((len(s) for s in spellings), reverse=True)


# --- policy ------------------------------------------------------------------------------------------


def test_default_policy_values():
    assert POLICY.around_pass == 0.05 and POLICY.around_warn == 0.10 and POLICY.bound_warn == 0.02


def test_strive_turns_fail_into_warn():
    assert POLICY.adjust("fail", ("strive",)) == "warn"
    assert POLICY.adjust("warn", ("strive",)) == "warn"
    assert POLICY.adjust("pass", ("strive",)) == "pass"


def test_binding_turns_warn_into_fail():
    assert POLICY.adjust("warn", (), "约束性") == "fail"
    assert POLICY.adjust("pass", (), "约束性") == "pass"
    assert POLICY.adjust("fail", (), "约束性") == "fail"


def test_advocacy_is_never_fail():
    assert POLICY.adjust("fail", (), "倡导性") == "warn"
    assert POLICY.adjust("warn", (), "倡导性") == "warn"
    assert POLICY.adjust("pass", (), "倡导性") == "pass"


def test_expected_nature_changes_nothing():
    for status in ("pass", "warn", "fail", "n/a"):
        assert POLICY.adjust(status, (), "预期性") == status
        assert POLICY.adjust(status, (), None) == status


def test_binding_and_strive_on_a_fail_is_warn():
    assert POLICY.adjust("fail", ("strive",), "约束性") == "warn"


def test_binding_and_strive_on_a_warn():
    # the nature weighs the raw status first (warn → fail), then 力争 softens it (fail → warn)
    assert POLICY.adjust("warn", ("strive",), "约束性") == "warn"


def test_na_is_never_changed():
    assert POLICY.adjust("n/a", ("strive",), "约束性") == "n/a"
    assert POLICY.adjust("n/a", (), "倡导性") == "n/a"


def test_policy_override_file(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("around:\n  pass: 0.03\nmodifiers:\n  strive: at_most_warn\n", encoding="utf-8")
    policy = load_policy(path)
    assert policy.around_pass == 0.03
    assert policy.around_warn == POLICY.around_warn  # untouched keys keep their defaults
    assert policy.severity["strive"] == "at_most_warn"
    assert default_policy().around_pass == 0.05  # the default is not mutated by an override


@pytest.mark.parametrize(
    "text, named",
    [
        ("around:\n  pas: 0.1\n", "around.pas"),
        ("aroun:\n  pass: 0.1\n", "aroun"),
        ("around: 0.1\n", "around"),
        ("around:\n  pass: lots\n", "not a number"),
        ("- 1\n", "mapping"),
        ("around: [\n", "YAML"),
    ],
)
def test_policy_override_errors(tmp_path, text, named):
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        load_policy(path)
    assert named in caught.value.message
    assert caught.value.location.file == str(path)


def test_policy_file_missing(tmp_path):
    with pytest.raises(CheckerError) as caught:
        load_policy(tmp_path / "nope.yaml")
    assert "cannot read" in caught.value.message


# --- bands -------------------------------------------------------------------------------------------


def test_upper_bound_bands():
    b = bands("<=", 4, "down", POLICY)
    assert b.status(4) == "pass"
    assert b.status(3.2) == "pass"
    assert b.status(4.08) == "warn"
    assert b.status(4.09) == "fail"


def test_strict_upper_bound_puts_the_bound_in_warn():
    b = bands("<", 4, "down", POLICY)
    assert b.status(3.99) == "pass"
    assert b.status(4) == "warn"
    assert b.status(4.08) == "warn"
    assert b.status(4.09) == "fail"


def test_lower_bound_bands():
    b = bands(">=", 90, "up", POLICY)
    assert b.status(90) == "pass" and b.status(88.2) == "warn" and b.status(88.1) == "fail"
    strict = bands(">", 90, "up", POLICY)
    assert strict.status(90) == "warn" and strict.status(90.01) == "pass"


def test_around_on_a_down_indicator():
    b = bands("≈", 25, "down", POLICY)
    assert b.status(20) == "pass"  # the better side always passes
    assert b.status(26.25) == "pass"  # +5%
    assert b.status(27) == "warn"
    assert b.status(28) == "fail"


def test_around_on_an_up_indicator():
    b = bands("≈", 25, "up", POLICY)
    assert b.status(40) == "pass"
    assert b.status(23) == "warn"
    assert b.status(22) == "fail"


def test_around_neutral_both_sides():
    b = bands("≈", 12.2, "neutral", POLICY)
    assert b.status(10) == "fail"
    assert b.status(12) == "pass"
    assert b.status(12.2) == "pass"
    assert b.status(13) == "warn"
    assert b.status(14) == "fail"


def test_between_range():
    b = bands("between", 0.8, "neutral", POLICY, upper=1.2)
    assert b.status(0.8) == "pass" and b.status(1.0) == "pass" and b.status(1.2) == "pass"
    assert b.status(0.79) == "warn"  # 0.8 - 2% of 0.8 = 0.784
    assert b.status(1.22) == "warn"  # 1.2 + 2% of 1.2 = 1.224
    assert b.status(0.78) == "fail"
    assert b.status(1.23) == "fail"


def test_bands_for_negative_target():
    b = bands("<=", -5, "down", POLICY)
    assert b.status(-5) == "pass" and b.status(-4.9) == "warn" and b.status(-4.8) == "fail"


def test_unknown_operator():
    with pytest.raises(ValueError):
        bands("~~", 1, "up", POLICY)


def test_warn_only_and_failing_pieces():
    b = bands("<=", 4, "down", POLICY)
    (warn,) = b.warn_only()
    assert warn == Interval(4, 4.08, True, False)
    (fail,) = b.failing()
    assert fail.low == 4.08 and fail.low_open and fail.high == math.inf
    neutral = bands("≈", 10, "neutral", POLICY)
    assert len(neutral.warn_only()) == 2 and len(neutral.failing()) == 2


def test_interval_describe_and_fmt():
    assert Interval(high=4).describe("value", "‰") == "value ≤ 4‰"
    assert Interval(low=4, low_open=True).describe("value") == "value > 4"
    assert Interval(3.8, 4.2).describe("value") == "3.8 ≤ value ≤ 4.2"
    assert Interval().describe("value") == "value: any"
    assert fmt(4.08) == "4.08" and fmt(4.0) == "4" and fmt(-0.0) == "0" and fmt(1 / 3) == "0.3333"
    assert isinstance(bands("<=", 1, "down", POLICY), Bands)


@pytest.mark.parametrize(
    "op, target, direction, value, status",
    [
        ("<=", 2.3, "down", 2.346, "warn"),  # exactly 2% over: float noise made this fail
        (">=", 2.1, "up", 2.058, "warn"),  # exactly 2% under
        ("≈", 1.9, "down", 1.995, "pass"),  # exactly +5%
        ("≈", 1.2, "down", 1.32, "warn"),  # exactly +10%
        ("≈", 0.3, "neutral", 0.33, "warn"),
        ("between", 0.8, "neutral", 0.784, "warn"),
    ],
)
def test_band_edges_are_inclusive_despite_float_noise(op, target, direction, value, status):
    upper = 1.2 if op == "between" else None
    assert bands(op, target, direction, POLICY, upper).status(value) == status
