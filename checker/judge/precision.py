"""Numbers as the inputs justify them: 12 significant digits, so that binary float noise
(0.12000000000000029 for a pace of 0.12, 12.000000000000002 for 0.12‰ in 1/10万) never reaches a
report, and a value of exactly a band's edge meets that edge. The one place every computed number
that is shown or compared goes through."""

from __future__ import annotations

import math

SIGNIFICANT_DIGITS = 12
#: how far (relative) a computed number may fall short of a band's edge and still meet it: binary noise
#: (a pace ratio of 0.9499999999999998 for (0.57 ÷ 3) ÷ (1 ÷ 5), 0.020000000000000018 for 95 → 93.1)
EDGE_SLACK = 10.0 ** -SIGNIFICANT_DIGITS


#: the format that writes a number to :data:`SIGNIFICANT_DIGITS`
_SIGNIFICANT = f".{SIGNIFICANT_DIGITS}g"


def tidy(number: float) -> float:
    """``number`` to 12 significant digits (ints, infinities and NaN unchanged). A plain float is asked
    first: a national run tidies a few hundred thousand of them (0.47 → 0.29 µs each)."""
    if type(number) is float:
        return float(format(number, _SIGNIFICANT)) if math.isfinite(number) else number
    if isinstance(number, bool) or not isinstance(number, float) or not math.isfinite(number):
        return number
    return float(format(number, _SIGNIFICANT))


#: the digits a number read from a file keeps: all a person or a spreadsheet writes (Excel keeps 15), none of the
#: noise a program's binary float adds past them (5.000000000000001, 77.99999999999999: 16 or 17 digits)
READ_DIGITS = 15
_READ = f".{READ_DIGITS}g"


def as_read(number: float) -> float:
    """A value read from a data file, its float noise taken off (``5.000000000000001`` → 5) and every digit a
    person wrote kept (``1234567890124`` stays: 12 digits, :func:`tidy`'s, turned it into 1234567890120, below a
    target of 1234567890123 that it meets). Ints, infinities and NaN unchanged."""
    if type(number) is float and math.isfinite(number):
        return float(format(number, _READ))
    return number


def floor_of(edge: float) -> float:
    """The least computed number that meets ``x ≥ edge``: ``edge`` less the noise arithmetic leaves in a
    number that is exactly it. Both judging paths compare with it (``x >= floor_of(edge)``), so a value
    on an edge meets it whichever way it was computed."""
    return edge - abs(edge) * EDGE_SLACK


def ceiling_of(edge: float) -> float:
    """The greatest computed number that meets ``x ≤ edge`` (see :func:`floor_of`)."""
    return edge + abs(edge) * EDGE_SLACK


def tidy_tree(value):
    """A copy of plain data (dicts, lists, tuples) with every float tidied; other values as they are."""
    kind = type(value)
    if kind is float or kind in _TREES:
        return _tidied(value)
    if isinstance(value, float):  # a float subclass (numpy's float64)
        return tidy(value)
    if isinstance(value, (dict, list, tuple)):
        return _tidied(value)
    return value


def _tidied(value):
    """:func:`tidy_tree` of a float or a container: the leaves that are neither (text, whole numbers,
    None: most of an evidence tree) are kept without a call each."""
    kind = type(value)
    if kind is float:
        return tidy(value)
    if isinstance(value, dict):
        return {key: (item if type(item) in _LEAVES else tidy_tree(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [item if type(item) in _LEAVES else tidy_tree(item) for item in value]
    if isinstance(value, tuple):
        return tuple(item if type(item) in _LEAVES else tidy_tree(item) for item in value)
    return tidy(value)


_TREES = frozenset((dict, list, tuple))
#: types kept as they are, without a call
_LEAVES = frozenset((str, int, bool, type(None)))
