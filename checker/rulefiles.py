"""Where the data files live: the vocabulary in ``rules/`` and the bundled plans in ``plans/``.

In a source checkout they are the top-level ``rules/`` and ``plans/`` folders; an installed wheel
carries copies inside the package (``checker/rules``, ``checker/plans``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def rules_dir() -> Path:
    """The folder of vocabulary and policy files."""
    return _bundled("rules")


def plans_dir() -> Path:
    """The folder of bundled plans."""
    return _bundled("plans")


@cache
def load_rules_yaml(name: str) -> dict:
    """A YAML file from ``rules/``, parsed once per process (safe loading, C parser when present)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(rules_dir() / name, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)
