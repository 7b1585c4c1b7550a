"""Traditional Chinese read as simplified, with OpenCC's ``t2s`` converter.

Plans and data arrive in either script (a Hong Kong or Taiwan copy of a plan, a table pasted from a
traditional-character web page); checker compares and reads everything in simplified characters.
The converter is loaded only when a text holds a character outside GB2312 — the simplified set
every simplified plan is written in — so that the everyday commands never pay for it.
"""

from __future__ import annotations

from functools import cache


def to_simplified(text: str) -> str:
    """``text`` with traditional characters written as simplified (``達到81歲以上`` → ``达到81岁以上``)."""
    if text.isascii() or _is_simplified(text):
        return text
    return _converter().convert(text)


def _is_simplified(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")
