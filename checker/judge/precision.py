"""Numbers as the inputs justify them: 12 significant digits, so that binary float noise
(0.12000000000000029 for a pace of 0.12, 12.000000000000002 for 0.12‰ in 1/10万) never reaches a
report, and a value of exactly a band's edge meets that edge. The one place every computed number
that is shown or compared goes through."""

from __future__ import annotations

import math

SIGNIFICANT_DIGITS = 12


def tidy(number: float) -> float:
    """``number`` to 12 significant digits (ints, infinities and NaN unchanged)."""
    if isinstance(number, bool) or not isinstance(number, float) or not math.isfinite(number):
        return number
    return float(f"{number:.{SIGNIFICANT_DIGITS}g}")


def tidy_tree(value):
    """A copy of plain data (dicts, lists, tuples) with every float tidied; other values as they are."""
    if isinstance(value, float):
        return tidy(value)
    if isinstance(value, dict):
        return {key: tidy_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [tidy_tree(item) for item in value]
    if isinstance(value, tuple):
        return tuple(tidy_tree(item) for item in value)
    return value
