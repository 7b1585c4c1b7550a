"""The words ``checker extract`` drafts a plan by, from ``rules/extract.yaml``, compiled once.

Which header cells name what, which sections look back, which clauses set a target and which only
say what will be done: data a user can read and extend, beside the grammar that reads the phrases.
"""

from __future__ import annotations

import re
from functools import cache

from checker.rulefiles import load_rules_yaml

EXTRACT_FILE = "extract.yaml"


def _entry(key: str):
    value = load_rules_yaml(EXTRACT_FILE)
    for part in key.split("."):
        value = value[part]
    return value


@cache
def pattern(key: str, flags: int = 0) -> re.Pattern:
    """The regular expression under ``key`` (``headers.name``, ``action`` …), compiled."""
    return re.compile(_entry(key), flags)


def source(key: str) -> str:
    """The regular expression under ``key`` as written, for a pattern built around it."""
    return str(_entry(key))


def periods() -> dict[str, int]:
    """Five-year plan periods and the year each ends (十四五 → 2025)."""
    return {str(name): int(year) for name, year in _entry("periods").items()}
