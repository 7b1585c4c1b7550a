"""Round 38, second wave: a value read from a file keeps every digit a person wrote.

The round's first fix for float noise (``5.000000000000001`` from a program's export warned against ≤5‰) tidied every
value read to 12 significant digits, and a 13-digit amount (``1234567890124`` 元, an ordinary 决算 figure in 元) became
1234567890120: below the target ``≥1234567890123元`` it meets, and a number shown that is not in the file. A value is
now read to 15 significant digits (what Excel keeps): the noise past them goes, every written digit stays.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.data import readers
from checker.data.readers import read_observations
from checker.judge.precision import as_read
from files import written

AMOUNTS = "region,indicator,year,value\n甲省,卫生健康支出,2023,1234567890124\n甲省,卫生健康支出,2024,1234567890123.45\n" \
          "甲省,婴儿死亡率,2025,5.000000000000001\n"


@pytest.mark.parametrize("columnar", [False, True])
def test_a_thirteen_digit_amount_keeps_its_digits_and_noise_still_goes(tmp_path: Path, monkeypatch, columnar):
    if columnar:
        pytest.importorskip("polars")
        monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 0)
    values = sorted(o.value for o in read_observations(written(tmp_path, AMOUNTS)).items)
    assert values == [5.0, 1234567890123.45, 1234567890124.0]


def test_as_read_keeps_fifteen_digits():
    assert as_read(0.1 * 3 * 10) == 3.0  # 3.0000000000000004
    assert as_read(77.99999999999999) == 78.0
    assert as_read(5.00000000001) == 5.00000000001  # 12 digits written: kept (and judged as written)
    assert as_read(123456789012.345) == 123456789012.345
