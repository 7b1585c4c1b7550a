"""Traditional characters read as simplified (checker/language/script.py)."""

from __future__ import annotations

import opencc

from checker.language.script import CONVERSION, GB2312_TRADITIONAL, to_simplified


def _gb2312_hanzi():
    for first in range(0xB0, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                yield bytes([first, second]).decode("gb2312")
            except UnicodeDecodeError:
                continue


def test_the_gb2312_shortcut_misses_no_character_the_converter_changes():
    converter = opencc.OpenCC(CONVERSION)
    changed = {char for char in _gb2312_hanzi() if converter.convert(char) != char}
    assert changed == set(GB2312_TRADITIONAL)


def test_to_simplified():
    assert to_simplified("達到81歲以上") == "达到81岁以上"
    assert to_simplified("不低於40%") == "不低于40%"  # 於 is in GB2312, yet traditional
    assert to_simplified("人均預期壽命") == "人均预期寿命"
    assert to_simplified("≤4‰ 达到85%") == "≤4‰ 达到85%"
    assert to_simplified("life expectancy") == "life expectancy"
