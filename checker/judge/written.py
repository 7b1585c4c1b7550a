"""Numbers of a column written as the scalar functions write them, without a Python call a number.

A national run writes a few hundred thousand computed numbers into its reasons and evidence: a value as
:func:`checker.judge.bands.fmt` writes it, a number tidied by :func:`checker.judge.precision.tidy` as the
json module writes it, a ratio or a share rounded by Python's ``round`` first. Those are correctly rounded
(the decimal nearest the number's exact binary value, a tie to even), polars' ``round`` and formatting are
not: a column is written here by numpy's arithmetic wherever that provably gives the same text, and by the
scalar function itself for the rest (:attr:`Writing.one`).

The arithmetic: ``s = x × 10**k`` is computed with one rounding (``10**k`` is exact for ``|k| ≤ 22``), so it
is within ``|s| × 2**-52`` of the exact product. Where ``s`` (below ``2**52``, where every integer is a
float) is farther than that from a half, its nearest integer is the exact product's, and the correctly
rounded decimal is that integer over ``10**k``; dividing two exact floats is correctly rounded too, which
is how ``round`` and ``float(text)`` come back to a float. A number within that distance of a half (a
decimal tie such as 0.03125 to four places, or one too near to tell), too large or too small for the
arithmetic, or not finite, is written by the scalar function. ``tests/test_written.py`` holds each column
equal to the scalar function's texts over random floats and the edge cases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from checker.records import record

if TYPE_CHECKING:
    import numpy as np
    import polars as pl

#: how near a half (relative to the scaled number) a scaled number is handed to the scalar function:
#: four times the product's rounding error
_NEAR = 2.0 ** -50
#: below this a scaled number's fraction and nearest integer are exact (the floats' integers end at 2**53)
_EXACT_BELOW = 2.0 ** 52
#: the greatest power of ten that is a float exactly
_EXACT_POWERS = 22
#: fmt's decimals, and the magnitude below which a number to that many decimals has at most 15 digits
_FMT_PLACES, _FMT_SHORTEST = 4, 1e11
#: tidy's significant digits (:data:`checker.judge.precision.SIGNIFICANT_DIGITS`)
_SIGNIFICANT = 12


@record
class Writing:
    """A way to write a number: ``one`` writes one number (the reference); by columns, the number is first
    rounded to ``places`` decimals as ``round`` rounds (None: not), then tidied as
    :func:`~checker.judge.precision.tidy` tidies (``tidy``), then written as ``text`` says: ``"fmt"`` as
    :func:`~checker.judge.bands.fmt` writes it, ``"json"`` as the json module writes a float."""

    __slots__ = ("one", "places", "tidy", "text")

    def __init__(self, one: Callable[[float], str], places: int | None, tidy: bool, text: str) -> None:
        assert text in ("fmt", "json"), text
        self.one = one
        self.places = places
        self.tidy = tidy
        self.text = text


def written(values: pl.Series, writing: Writing) -> pl.Series:
    """Each number of the float column ``values`` as ``writing.one`` writes it (null stays null), as a
    string column: by numpy and polars where :mod:`this module <checker.judge.written>`'s arithmetic
    decides, by ``writing.one`` (each distinct number once) for the rest."""
    import numpy as np
    import polars as pl

    if values.dtype != pl.Float64:  # whole numbers are written (and tidied) as themselves: the scalar function's
        return pl.Series(values.name, [None if number is None else writing.one(number) for number in values.to_list()],
                         dtype=pl.String)
    # (each polars method of a series is a query of its own: none asked of a column without nulls)
    null = values.is_null().to_numpy() if values.null_count() else np.zeros(len(values), dtype=bool)
    numbers = values.fill_null(0.0).to_numpy() if values.null_count() else values.to_numpy()
    decided = ~null & np.isfinite(numbers)
    with np.errstate(all="ignore"):
        if writing.places is not None:
            numbers, sure = _rounded(numbers, writing.places)
            decided &= sure
        if writing.tidy:
            numbers, sure = _tidied(numbers)
            decided &= sure
        if writing.text == "fmt":
            texts, sure = _fmt_texts(numbers)
        else:
            texts, sure = _json_texts(numbers)
    decided &= sure
    left = np.flatnonzero(~decided & ~null)
    if len(left):
        original = values.gather(left).to_list()
        made: dict[float, str] = {}
        by_one = []
        for number in original:
            text = made.get(number) if number else None  # 0.0 and -0.0 are one key, and may be written apart
            if text is None:
                text = made[number] = writing.one(number)
            by_one.append(text)
        texts = texts.scatter(left, pl.Series(by_one, dtype=pl.String))
    if null.any():
        texts = texts.scatter(np.flatnonzero(null), pl.Series([None] * int(null.sum()), dtype=pl.String))
    return texts.alias(values.name)


def _scaled(numbers: np.ndarray, k: np.ndarray | int) -> tuple[np.ndarray, np.ndarray]:
    """``numbers × 10**k`` each with one rounding, and where that could be done (``|k| ≤ 22``)."""
    import numpy as np

    k = np.broadcast_to(np.asarray(k, dtype=np.int64), numbers.shape)
    exact = np.abs(k) <= _EXACT_POWERS
    power = 10.0 ** np.clip(np.abs(k), 0, _EXACT_POWERS)  # exact: 10**22 is the last power of ten a float holds
    return np.where(k >= 0, numbers * power, numbers / power), exact


def _nearest(scaled: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The integer nearest each exact product that ``scaled`` rounds, and where it is sure to be that: below
    2**52 and not within the product's rounding error of a half (see the module's text)."""
    import numpy as np

    size = np.abs(scaled)
    off_half = np.abs(scaled - np.floor(scaled) - 0.5)
    sure = (size < _EXACT_BELOW) & (off_half > size * _NEAR)
    return np.rint(scaled), sure


def _rounded(numbers: np.ndarray, places: int) -> tuple[np.ndarray, np.ndarray]:
    """``round(x, places)`` of each number, and where it is sure (see :func:`_nearest`)."""
    import numpy as np

    scaled, exact = _scaled(numbers, places)
    nearest, sure = _nearest(scaled)
    return nearest / 10.0 ** places, sure & exact & np.isfinite(numbers)


def _tidied(numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`~checker.judge.precision.tidy` of each number (``float(format(x, ".12g"))``: the nearest float to
    ``x`` rounded to 12 significant digits), and where it is sure: the number scaled to twelve digits before
    the point by its power of ten, that power right (a logarithm may be one off next to a power of ten),
    and :func:`_nearest` sure."""
    import numpy as np

    size = np.abs(numbers)
    nonzero = size > 0
    exponent = np.floor(np.log10(np.where(nonzero, size, 1.0))).astype(np.int64)
    k = (_SIGNIFICANT - 1) - exponent
    scaled, exact = _scaled(numbers, k)
    digits = np.abs(scaled)
    in_range = (digits >= 10.0 ** (_SIGNIFICANT - 1)) & (digits <= 10.0 ** _SIGNIFICANT)
    nearest, sure = _nearest(scaled)
    power = 10.0 ** np.clip(np.abs(k), 0, _EXACT_POWERS)
    tidied = np.where(k >= 0, nearest / power, nearest * power)
    sure = sure & exact & in_range & np.isfinite(numbers)
    return np.where(nonzero, tidied, numbers), sure | (~nonzero & np.isfinite(numbers))


def _fmt_texts(numbers: np.ndarray) -> tuple[pl.Series, np.ndarray]:
    """:func:`~checker.judge.bands.fmt` of each number (``f"{x:.4f}"`` without trailing zeros, ``-0`` as
    ``0``), and where it is sure: the number's ten-thousandths decided by :func:`_nearest`, and below 1e11.
    Written as the float nearest that many ten-thousandths, by polars' ``repr``: a decimal of at most four
    decimals and fifteen digits is the shortest text of its float, so ``repr`` writes it, with ``.0`` after
    a whole number (taken off) and a negative zero's sign (added away: ``-0.0 + 0.0`` is ``0.0``)."""
    import numpy as np
    import polars as pl

    scaled, _ = _scaled(numbers, _FMT_PLACES)
    nearest, sure = _nearest(scaled)
    sure &= np.abs(numbers) < _FMT_SHORTEST
    decimal = np.where(sure, nearest, 0.0) / 10.0 ** _FMT_PLACES + 0.0
    return pl.DataFrame({"text": decimal}).select(pl.col("text").cast(pl.String).str.strip_suffix(".0")).to_series(), sure


def _json_texts(numbers: np.ndarray) -> tuple[pl.Series, np.ndarray]:
    """Each number as the json module writes a float (its ``repr``), and where polars' writing is that: a
    finite number that is 0 or at least 1e-4 in magnitude (polars writes the smaller in another form), and below 1e16
    (where both write an exponent: left to the json module)."""
    import numpy as np
    import polars as pl

    size = np.abs(numbers)
    sure = np.isfinite(numbers) & ((size == 0) | ((size >= 1e-4) & (size < 1e16)))
    return pl.Series(numbers, dtype=pl.Float64).cast(pl.String), sure
