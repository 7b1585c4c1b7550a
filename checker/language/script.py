"""Traditional Chinese read as simplified, with OpenCC's ``hk2s`` converter.

Plans and data arrive in either script (a Hong Kong or Taiwan copy of a plan, a table pasted from a
traditional-character web page); checker compares and reads everything in simplified characters.
``hk2s`` is ``t2s`` with OpenCC's table of Hong Kong variant forms folded first: Hong Kong writes
衞 where Taiwan writes 衛, and ``t2s`` leaves 衞 alone, so 醫療衞生 never met 医疗卫生 (or 醫療衛生).
On every other text the two give the same characters (tests/test_trad_words38.py compares them).
The converter is loaded only when a text holds a character outside GB2312 — the simplified set
every simplified plan is written in — or one of the few GB2312 characters hk2s still changes, so
that the everyday commands never pay for it.
"""

from __future__ import annotations

import re
from functools import cache

#: a Chinese character; a pattern, compiled by ``re`` on first use (a range this wide takes ms to compile)
_HAN = r"[\u3400-\u9fff]"

#: The characters of GB2312 that OpenCC's hk2s still changes (於 → 于, 後 → 后 …): a phrase holding
#: one needs the converter too. tests/test_script.py recomputes the set from OpenCC.
GB2312_TRADITIONAL = frozenset("乾菸薹拚捱摺吒後徵夥榘於袷麴醣麽")


def to_simplified(text: str) -> str:
    """``text`` with traditional characters written as simplified (``達到81歲以上`` → ``达到81岁以上``), and corner
    quote marks as curly ones (``「十五五」`` → ``“十五五”``)."""
    if text.isascii():
        return text
    if not _is_simplified(text):
        text = _converter().convert(text)
    if "「" in text or "『" in text:  # the quote marks of traditional texts (「十五五」), one for one
        text = text.translate(_CORNER_QUOTES)
    return text


#: OpenCC's conversion: traditional (Hong Kong's variant forms too) to simplified
CONVERSION = "hk2s"

_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def _is_simplified(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return GB2312_TRADITIONAL.isdisjoint(text)


@cache
def _converter():
    import opencc

    return opencc.OpenCC(CONVERSION)


def chinese_characters(text: str) -> int:
    """How many Chinese characters ``text`` holds (the unified ideographs, either script): 0 for a
    name or sentence written in English."""
    return len(re.findall(_HAN, text))
