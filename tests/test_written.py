"""The result frame's numbers written by columns (checker/judge/written.py) are the scalar functions' texts:
``fmt``, a number tidied as the evidence's JSON, a change or ratio rounded by ``round`` first — over random
floats, decimal-looking ones, binary fractions that are decimal ties, and the edges."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("polars")

import numpy as np  # noqa: E402
import polars as pl  # noqa: E402

from checker.judge.frames import CHANGE_JSON, FMT, PERCENT, RATIO_JSON, RATIO_TEXT, TIDY_JSON  # noqa: E402
from checker.judge.written import written  # noqa: E402

WRITINGS = {"fmt": FMT, "tidy json": TIDY_JSON, "percent": PERCENT, "change json": CHANGE_JSON,
            "ratio text": RATIO_TEXT, "ratio json": RATIO_JSON}

EDGES = [0.0, -0.0, 0.03125, -0.03125, 0.00005, 0.00015, 1.005, 2.675, 0.125, 0.375, -0.125, 1e-4, 9.99e-5, 1e-5,
         5e-324, 1e-300, 0.5, 1.5, 2.5, -2.5, 1e11, 1e12, 99999999999.99998, 999999999999.5, 4503599627370495.5,
         9.99999999999999e14, 1e15, -1e15, 1e16, 1.5e16, 1e22, 1e23, 1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 2 / 3,
         float(np.nextafter(1000.0, 0.0)), float(np.nextafter(1000.0, 2000.0)), float(np.nextafter(0.001, 0.0)),
         float(np.nextafter(1e-11, 0.0)), 1e-11, 1e33, 1e34, 123456.78905, 0.0000999999999999,
         float("inf"), float("-inf"), float("nan")]


def _each(values: list) -> None:
    series = pl.Series(values, dtype=pl.Float64)
    for name, writing in WRITINGS.items():
        expected = [None if value is None else writing.one(value) for value in values]
        assert written(series, writing).to_list() == expected, name


def test_the_edges_and_decimal_ties_are_written_as_the_scalar_functions_write_them() -> None:
    _each(EDGES + [None] + [-value for value in EDGES])


def test_many_random_floats_are_written_as_the_scalar_functions_write_them() -> None:
    rng = np.random.default_rng(32)
    drawn = rng.integers(0, 2 ** 63, size=20_000, dtype=np.int64).view(np.float64)
    ties = rng.integers(-10 ** 9, 10 ** 9, size=20_000) / 2.0 ** rng.integers(0, 24, size=20_000)
    decimals = rng.integers(-10 ** 9, 10 ** 9, size=20_000) / 10.0 ** rng.integers(0, 10, size=20_000)
    spread = rng.uniform(-1, 1, 20_000) * 10.0 ** rng.integers(-12, 17, size=20_000)
    large = rng.uniform(1e10, 1e16, 20_000) * rng.choice([-1, 1], 20_000)  # where four decimals outgrow a float
    _each([float(v) for v in np.concatenate([drawn, -drawn, ties, decimals, spread, large])])


_floats = st.one_of(
    st.floats(),
    st.builds(lambda n, k: n / 10 ** k, st.integers(-10 ** 12, 10 ** 12), st.integers(0, 12)),
    st.builds(lambda n, k: n / 2 ** k, st.integers(-10 ** 12, 10 ** 12), st.integers(0, 40)),
    st.builds(lambda n, k: n * 10.0 ** k, st.integers(-999, 999), st.integers(-20, 20)),
)


@given(st.lists(st.one_of(st.none(), _floats), max_size=40))
def test_floats_are_written_as_the_scalar_functions_write_them(values: list) -> None:
    _each(values)


def test_a_tie_is_written_by_the_scalar_function() -> None:
    """0.03125 is a binary float exactly: to four decimals a tie, written to the even 0.0312 (polars' round would
    give 0.0313); the arithmetic cannot tell a tie from a near one, so the scalar function writes it."""
    assert written(pl.Series([0.03125, 1.005]), FMT).to_list() == ["0.0312", "1.005"]
    assert math.isclose(round(1.005, 2), 1.0)  # 1.005 is a little under: the tie that is not one
    assert written(pl.Series([1.005]), RATIO_TEXT).to_list() == ["1"]
