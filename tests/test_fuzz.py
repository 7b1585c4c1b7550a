"""Fuzzing with hypothesis (fixed budget: the "ci" profile in conftest.py, 300 examples a test).

The number reader and the CSV reader, given anything, return or raise checker's own errors only;
the engine, given any series, returns only pass / warn / fail / n/a (or refuses values without a unit
far off every target: counted in another unit, or shares written as fractions) and never passes a value that breaks a hard bound in the target year.
"""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.judge.engine import evaluate
from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.language.numbers import read_number
from checker.data.observations import observations_from_records
from checker.data.readers import read_observations

CELL_ALPHABET = "0123456789０１２３４５６７８９.．,，-－—+*%％‰（）()快报数年 \t\"'是否abc;\n\r\x00"
cells = st.text(alphabet=CELL_ALPHABET, max_size=12)


@given(st.one_of(st.text(max_size=40), cells))
def test_number_reader_never_raises(text: str) -> None:
    number = read_number(text)
    assert number is None or math.isfinite(number.value)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=300),
    st.lists(st.lists(cells, min_size=1, max_size=7), max_size=6).map(
        lambda rows: "\n".join(",".join(row) for row in [["indicator", "year", "value"], *rows]).encode("utf-8")),
    st.lists(st.lists(cells, min_size=1, max_size=7), max_size=6).map(
        lambda rows: "\n".join(",".join(row) for row in [["指标", "2020", "2021年"], *rows]).encode("gb18030")),
))
def test_csv_reader_raises_only_its_own_errors(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        observations = read_observations(path)
    except CheckerError:
        return
    for item in observations.items:
        assert item.value is None or math.isfinite(item.value)
        assert 1949 <= item.year <= 2100
        assert item.location.line is not None and item.location.line >= 2


PLAN = load_plan(Path(__file__).resolve().parents[1] / "plans" / "nanan-2030.yaml")
BOUNDS = {  # indicator → (op, X) of its 2030 target, a hard bound
    "infant_mortality": ("<=", 4.0),
    "under5_mortality": ("<=", 4.0),
    "maternal_mortality": ("<=", 12.0),
}
values = st.one_of(st.none(), st.floats(min_value=0, max_value=50, allow_nan=False),
                   st.sampled_from(["-", "—", "", "3.9（快报数）", "4.01", "12*"]))
series = st.dictionaries(st.integers(min_value=2015, max_value=2035), values, max_size=8)


@given(st.dictionaries(st.sampled_from([i.id for i in PLAN.indicators]), series, min_size=1, max_size=6),
       st.one_of(st.none(), st.integers(min_value=2015, max_value=2035)))
def test_engine_statuses_and_hard_bounds(data: dict, as_of: int | None) -> None:
    records = [{"indicator": indicator, "year": year, "value": value}
               for indicator, points in data.items() for year, value in points.items()]
    if not records:
        return
    try:
        results = evaluate(PLAN, observations_from_records(records), as_of=as_of)
    except CheckerError as error:  # values without a unit far off the target: another unit, shares as fractions?
        assert "no unit" in error.message, error
        return
    for result in results.results:
        assert result.status in ("pass", "warn", "fail", "n/a")
        assert result.reason.zh and result.reason.en
        bound = BOUNDS.get(result.indicator)
        if bound and result.assessment == "value" and result.value is not None and result.value > bound[1]:
            assert result.status != "pass", result
