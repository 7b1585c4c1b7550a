"""Reading a number the way plans and spreadsheets write it.

``１２.３``, ``1,234.5``, ``16.5*``, ``396.75（快报数）``, ``27.97（2021年）``, ``3.43‰``, ``12.35/10万``:
the number, the unit written after it (if any) and the annotations, kept as notes. Uses the
grammar's normalisation and annotation rules (``rules/grammar.yaml``), so both read alike.
"""

from __future__ import annotations

import math
import re
from checker.language import units
from checker.records import record

_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)(.*)$")
#: a number as data files mostly write it ("13.5"): the grammar's normalisation and annotations
#: leave such text as it is, so it is read without loading the grammar
_PLAIN = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


@record
class Number:
    """A number as read from text, with the unit written after it and its annotations."""

    __slots__ = ("value", "unit", "notes")

    def __init__(self, value: float, unit: str | None = None, notes: tuple[str, ...] = ()) -> None:
        self.value = value
        self.unit = unit
        self.notes = notes


def read_number(text: str) -> Number | None:
    """The number in ``text``, or None when the text is not a single number (a phrase, a dash, blank)."""
    text = str(text)
    if _PLAIN.fullmatch(text):
        value = float(text)
        return Number(value) if math.isfinite(value) else None
    from checker.language.grammar import grammar, normalize  # here: plain numbers need no grammar

    g = grammar()
    cleaned = normalize(text)
    notes: list[str] = []
    for regex, note in g.annotations:
        if regex.search(cleaned):
            notes += [match.expand(note) if "\\" in note else note for match in regex.finditer(cleaned) if note]
            cleaned = regex.sub("", cleaned)
    cumulative = g.cumulative.match(cleaned)
    if cumulative:
        cleaned = cumulative.group(1)
        notes.append(g.cumulative_note)
    match = _NUMBER.match(cleaned)
    if not match:
        return None
    value = float(match.group(1))
    rest = match.group(2)
    if not math.isfinite(value) or (rest and not units.is_known(rest)):
        return None
    return Number(value, units.canonical(rest) if rest else None, tuple(notes))
