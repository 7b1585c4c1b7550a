"""The words ``checker extract`` drafts a plan by, from ``rules/extract.yaml``, compiled once.

Which header cells name what, which sections look back, which clauses set a target and which only
say what will be done: data a user can read and extend, beside the grammar that reads the phrases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from checker.rulefiles import load_rules_yaml

EXTRACT_FILE = "extract.yaml"


def _entry(key: str):
    value = load_rules_yaml(EXTRACT_FILE)
    for part in key.split("."):
        value = value[part]
    return value


#: a slot in a regular expression for another entry's (``{standing_where}``): lower-case letters only, never a
#: quantifier (``{2,16}``)
_SLOT = re.compile(r"\{([a-z_]+)\}")


@cache
def pattern(key: str, flags: int = 0) -> re.Pattern:
    """The regular expression under ``key`` (``headers.name``, ``action`` …), compiled."""
    return re.compile(source(key), flags)


def source(key: str) -> str:
    """The regular expression under ``key``, each ``{entry}`` slot in it filled with that entry's (one place for
    words two patterns share), for a pattern built around it."""
    return _SLOT.sub(lambda slot: f"(?:{source(slot.group(1))})", str(_entry(key)))


def periods() -> dict[str, int]:
    """Five-year plan periods and the year each ends (十四五 → 2025)."""
    return {str(name): int(year) for name, year in _entry("periods").items()}


def nature(cell: str, column: bool = False) -> str | None:
    """The nature a table cell gives (约束性, 预期性, 倡导性), read from its Chinese or English word
    (``Binding``, ``Anticipatory``) and, in a 属性 ``column``, from the word cut short (约, 预期); None where the
    cell gives none."""
    text = cell.strip()
    if column:  # 约束性（国家）, 预期性(省定): the nature, with whose it is
        text = re.sub(r"\s*[（(][^()（）]{1,12}[)）]$", "", text) or text
    for key in ("natures", "natures_short") if column else ("natures",):
        for name, regex in _entry(key).items():
            if re.fullmatch(regex, text, re.IGNORECASE if key == "natures" else 0):
                return str(name)
    return None


@cache
def symbol_font() -> dict[int, str]:
    """The signs Word inserts from the Symbol font (``<w:sym w:char="F0A3"/>``, ≤), by the code's low byte."""
    return {int(str(code), 16): str(sign) for code, sign in (_entry("symbol_font") or {}).items()}


@cache
def look_alikes() -> dict[int, str]:
    """A ``str.translate`` table from the characters some documents write for the ones they look like to those
    characters: the radicals of PDF makers (⼈ U+2F08 for 人) — the Kangxi block by Unicode's compatibility forms,
    the supplement's from ``radicals`` in the rules file — and other scripts' letters typed for them (Cyrillic Ш for
    Ⅲ in ``优于Ш类水体``; ``look_alikes`` in the rules file)."""
    table = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
    for entry in ("radicals", "look_alikes"):
        table.update({ord(str(written)): str(meant) for written, meant in (_entry(entry) or {}).items()})
    return table
