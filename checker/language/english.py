"""English target phrases, written in the grammar's Chinese words before they are read.

``reduce by 20% compared with 2015`` → ``比2015年降低 20%``; ``no more than 4‰`` → ``不超过 4‰``;
``keep rising`` → ``持续上升``. The word lists and reordering rules are data (``rules/english.yaml``),
beside the Chinese grammar whose words they map to, so a phrase reads with the same
meaning whichever language it is in. Compiled the first time an English word is seen: a Chinese
plan never pays for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.rulefiles import load_rules_yaml

ENGLISH_FILE = "english.yaml"
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class _English:
    """The English words of the grammar's vocabulary, compiled for reading English phrases."""

    numbers: re.Pattern
    digits: dict[str, str]  # a number word (lower case) → its digits
    reorder: tuple[tuple[re.Pattern, str], ...]
    words: re.Pattern
    chinese: dict[str, str]  # English phrase (lower case, single spaces) → Chinese words


def has_english(text: str) -> bool:
    """Whether ``text`` holds an English word (two letters or more; units such as kWh count too)."""
    return _LATIN_WORD.search(text) is not None


@cache
def _english() -> _English:
    data = load_rules_yaml(ENGLISH_FILE)
    chinese = {" ".join(str(k).lower().split()): str(v) for k, v in data["words"].items()}
    for word in data.get("ignore") or ():
        chinese.setdefault(" ".join(str(word).lower().split()), "")
    alternation = "|".join(
        r"\s+".join(re.escape(part) for part in phrase.split())
        for phrase in sorted(chinese, key=len, reverse=True)
    )
    digits = {str(k).lower(): str(v) for k, v in (data.get("numbers") or {}).items()}
    return _English(
        numbers=re.compile(rf"(?<![A-Za-z-])(?:{'|'.join(sorted(digits, key=len, reverse=True))})(?![A-Za-z-])",
                           re.IGNORECASE),
        digits=digits,
        reorder=tuple((re.compile(r["regex"], re.IGNORECASE), r["to"]) for r in data["reorder"]),
        words=re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z-])", re.IGNORECASE),
        chinese=chinese,
    )


def number_words() -> str:
    """A regular expression (no groups) for a number written in words (``three``, ``twenty``)."""
    return "|".join(sorted(_english().digits, key=len, reverse=True))


def spelled_digits(text: str) -> str:
    """``text`` with numbers written in words as digits (``below three per thousand`` → ``below 3 per thousand``)."""
    if not has_english(text):
        return text
    english = _english()
    return english.numbers.sub(lambda m: english.digits[m.group(0).lower()], text)


def to_chinese(text: str) -> str:
    """``text`` with its English words written as the grammar's Chinese words (spaces kept)."""
    if not has_english(text):
        return text
    english = _english()
    text = spelled_digits(" ".join(text.split()))
    for regex, replacement in english.reorder:
        text = regex.sub(replacement, text, count=1)
    return english.words.sub(lambda m: english.chinese[" ".join(m.group(0).lower().split())], text)


#: what may stand between two letters of English the grammar met joined: a space, an apostrophe, or an ignored word
#: ("stargetsincludereducingsmokingrateby" is "s targets include reducing the smoking rate by")
_DROPPED = r"(?:[\s'’-]*|\s+(?:(?:the|an?|of|to|be|is|are|will|shall|should|must|at|have|has|level)\s+)+)"


#: a name the grammar met as English only (letters, digits, hyphens, apostrophes, brackets)
_ENGLISH_NAME = re.compile(r"[A-Za-z0-9'’()/&-]*[A-Za-z]{2}[A-Za-z0-9'’()/&-]*")


def source_name(text: str, name: str) -> str:
    """An English subject as the user wrote it, its spaces kept ("smoking prevalence", not "smokingprevalence"): the
    grammar meets English with its spaces and ignored words taken out. A name with other words in it, or not found in
    ``text``, is kept as met."""
    if not _ENGLISH_NAME.fullmatch(name):
        return name
    spaced = re.search(_DROPPED.join(map(re.escape, name)), text, re.IGNORECASE)
    return " ".join(spaced.group(0).split()) if spaced else name


def source_words(text: str, chinese_words: list[str]) -> list[str]:
    """The user's own English words in ``text`` that became ``chinese_words`` (grammar words an error
    names), so an English phrase is refused in English; a word with no English source is kept as is."""
    if not has_english(text):
        return chinese_words
    english = _english()
    written = [(m.group(0), english.chinese[" ".join(m.group(0).lower().split())])
               for m in english.words.finditer(" ".join(text.split()))]
    found: list[str] = []
    for word in chinese_words:
        if has_english(word):  # English the grammar met with its spaces taken out ("comparedwith")
            spaced = re.search(r"\s*".join(map(re.escape, word)), text, re.IGNORECASE) \
                or re.search(_DROPPED.join(map(re.escape, word)), text, re.IGNORECASE)  # "reducing the smoking rate"
            found.append(spaced.group(0) if spaced else word)
            continue
        sources = [source for source, chinese in written if chinese and _share(chinese, word)]
        found += sources or _reordered_source(text, word) or [word]
    return list(dict.fromkeys(found))


def _reordered_source(text: str, chinese_word: str) -> list[str]:
    """The English words of ``text`` that a ``reorder`` rule wrote as ``chinese_word`` ("per year" → 每年, moved to the
    front): the words its match holds outside its groups; [] where none did. (A refusal named 每年, a word not in the
    English phrase.)"""
    plain = spelled_digits(" ".join(text.split()))
    for regex, replacement in _english().reorder:
        match = regex.search(plain)
        if match is None or chinese_word not in re.sub(r"\\\d", "", replacement):
            continue
        spans = sorted(match.span(group) for group in range(1, (regex.groups or 0) + 1) if match.start(group) >= 0)
        pieces, at = [], match.start()
        for start, end in spans:
            pieces.append(plain[at:max(start, at)])
            at = max(at, end)
        pieces.append(plain[at:match.end()])
        words = " ".join(" ".join(pieces).split())
        if words:
            return [words]
    return []


def _share(a: str, b: str) -> bool:
    """Whether two grammar words share a part of two characters (or one, when either is that short)."""
    size = min(2, len(a), len(b))
    return any(a[i:i + size] in b for i in range(len(a) - size + 1))


def leftover_words(text: str) -> list[str]:
    """English words still in ``text`` after :func:`to_chinese` (for an error that names them)."""
    return _LATIN_WORD.findall(text)
