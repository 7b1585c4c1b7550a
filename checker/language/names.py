"""Names as written in data files, cleaned of differences a reader cannot see.

``南安市`` with a zero-width space, ``南安 市`` with an inner space and ``南安市`` typed with full-width
letters look alike to a person and must be the same region to checker (and the same for indicator
names and units): otherwise their rows would silently miss the plan. Differences that change what a
name says are kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Characters that show nothing: soft hyphen, Mongolian vowel separator, zero-width space / joiners,
#: direction marks and overrides, word joiner and invisible operators, byte-order mark.
#: A pattern, compiled by re when first used: every one of them is a format character, which
#: str.isprintable() refuses, so that a printable name (nearly every name) needs no search.
_INVISIBLE = "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
_CJK = "\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


@cache
def _cjk_space() -> re.Pattern:
    """A space beside a Chinese character, which separates nothing (南安 市, 人均 预期寿命); compiled
    the first time a name holds a space (the character class takes milliseconds to compile)."""
    return re.compile(f"(?<=[{_CJK}]) | (?=[{_CJK}])")


def without_invisible(text: str) -> str:
    """``text`` in NFKC (full-width letters and digits as ASCII) without the characters that show nothing."""
    text = unicodedata.normalize("NFKC", text)
    return text if text.isprintable() else re.sub(_INVISIBLE, "", text)


def clean_name(text: str) -> str:
    """A region, indicator or unit name as compared: NFKC, nothing invisible, runs of white space as
    one space, no space beside a Chinese character, trimmed."""
    text = " ".join(without_invisible(text).split())
    return _cjk_space().sub("", text) if " " in text and not text.isascii() else text
