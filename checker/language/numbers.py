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
#: a character the grammar's character map drops, standing between digits: a 。 typed for a decimal point
#: (25。4%), a semicolon, a quote, an ellipsis (12…13), an apostrophe that groups no thousands (12’3), a 、
#: (which lists, never groups thousands: 12、345 is two numbers). A phrase or a value cell with one is
#: refused before it is read: dropped, it would join the digits (25。4% as 254%). A pattern string, compiled by
#: ``re`` on first use (as DIGIT_MARK): a plain number, the everyday check's every value, never asks for it
SPLIT_NUMBER = r"\d\s*([。｡;；\"“”＂、]|\.{2,}|…|\s[’'‘]|[’'‘](?!\d{3}(?!\d)))\s*\d"
#: a number as data files mostly write it ("13.5"): the grammar's normalisation and annotations
#: leave such text as it is, so it is read without loading the grammar
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
#: marks that NFKC would turn into digits: superscripts and subscripts (¹ ² ³ ⁴ ₁), circled and
#: parenthesised numbers (① ㉑ ㊱ ⑴ ⒈ ⓪ 🄁). Footnotes are marked with them ("4.5①", "78.6¹"); read
#: as digits they would change the number (4.5① → 4.51), so they are taken off as a note or refused.
DIGIT_MARKS = (
    "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u249b\u24ea"
    "\u3251-\u325f\u32b1-\u32bf\U0001f100-\U0001f10a"
)
#: superscript letters, a footnote's mark in English tables ("22.3ᵇ"): NFKC would make them letters of the number
LETTER_MARKS = "\u1d43-\u1d5b\u1d9c-\u1dbf\u02b0-\u02b8\u2071\u207f"
#: such a mark, but not a power after a Latin letter (m², km², m³: a unit's exponent)
DIGIT_MARK = f"(?<![A-Za-z])[{DIGIT_MARKS}]"
#: a footnote mark closing the cell, after the number, its unit or an annotation: "4.5①", "4.5‰²",
#: "396.75（快报数）①", "16.5①（快报数）"
_TRAILING_MARK = re.compile(
    f"(?<=[^{DIGIT_MARKS}{LETTER_MARKS}\\sA-Za-z])\\s*[{DIGIT_MARKS}{LETTER_MARKS}]+(?=\\s*(?:[(（][^()（）]*[)）]\\s*)?$)"
)


#: the note an annotation such as 27.97（2021年） leaves on a value (rules/grammar.yaml `annotations:`)
_MARKED_YEAR = re.compile(r"value of ((?:19|20)\d\d)"
                          # a note column that says only a year ((2022年), 2022年数据, 为2022年数): the value's year
                          r"|[(（]?\s*(?:为|系|是)?\s*((?:19|20)\d\d)\s*年?(?:数据|数|的数据|值)?\s*[)）]?")


#: a value led by its year (2020年77.8, 2021年：4.6, as a table's 现状值 cell writes it): that year's value. Read here, for
#: a value only: a target's cell 2025年80 keeps its year for the grammar
_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)\s*年\s*(?:为|是|[:：])?\s*(?=[\d.]+[^\d,]{0,8}$)")


def marked_year(notes, year: int | None) -> int | None:
    """The year a value's ``notes`` mark it as being of (27.97（2021年）: 2021), where it is not ``year``."""
    for note in notes or ():
        found = _MARKED_YEAR.fullmatch(str(note).strip())
        marked = found and int(found.group(1) or found.group(2))
        if marked and marked != year:
            return marked
    return None


def footnote_mark(text: str) -> tuple[str, str | None]:
    """``text`` without the footnote mark closing it, and the mark (None if there is none): a
    statistical table marks a name, a year or a value with ①, ² or ⑴, which NFKC would make a digit
    (``床位数（张）①`` → ``床位数（张）``, ``①``)."""
    mark = _TRAILING_MARK.search(text)
    if mark is None:
        return text, None
    return (text[:mark.start()] + text[mark.end():]).rstrip(), mark.group(0).strip()


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
    if PLAIN_NUMBER.fullmatch(text):
        value = float(text)
        return Number(value) if math.isfinite(value) else None
    from checker.language.grammar import grammar, normalize  # here: plain numbers need no grammar

    if re.search(SPLIT_NUMBER, text):  # 123。4, 12;3: which number it is, the cell does not say
        return None
    notes: list[str] = []
    text, mark = footnote_mark(text)
    if mark:  # a footnote's mark, kept as a note: never a digit of the number
        notes.append(f"{mark} (annotated)")
    if re.search(DIGIT_MARK, text):  # such a mark anywhere else: which digits are the number's is unclear
        return None
    g = grammar()
    cleaned = normalize(text)
    year_first = _YEAR_FIRST.match(cleaned)
    if year_first:
        notes.append(f"value of {year_first.group(1)}")
        cleaned = cleaned[year_first.end():]
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
