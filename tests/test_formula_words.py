"""Evidence formulas in Chinese (checker.reporters.messages.formula): whole words only, in the order listed.

The pattern groups the words that begin with a letter under one look-behind (for speed); it must replace
exactly what one look-around pair per word replaces.
"""

from __future__ import annotations

import random
import re

from checker.reporters.messages import FORMULA_ZH, formula


def _reference(text: str) -> str:
    """One look-behind and one look-ahead per word, the words tried in their listed order."""
    pattern = "|".join((r"(?<![\w])" if english[0].isalnum() else "") + re.escape(english)
                       + (r"(?![\w])" if english[-1].isalnum() else "") for english, _ in FORMULA_ZH)
    words = dict(FORMULA_ZH)
    return re.sub(pattern, lambda match: words[match.group(0)], text)


def test_known_formulas():
    assert formula("pass: value ≤ 4‰; warn: 4‰ < value ≤ 4.2‰", "zh") == "通过：值 ≤ 4‰；警告：4‰ < 值 ≤ 4.2‰"
    assert formula("data_coverage vs target", "zh") == "data_coverage 对比 目标"


def test_grouped_words_replace_as_one_pattern_per_word_does():
    rng = random.Random(18)
    pieces = [english for english, _ in FORMULA_ZH] + ["a", "_", "1", "2.5", " ", ":", "(", "值", "pace", "yr", "/",
                                                         "%", "data_coverage", "base"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert formula(text, "zh") == _reference(text), text
