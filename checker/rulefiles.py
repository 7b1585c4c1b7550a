"""Where the data files live: the vocabulary in ``rules/`` and the bundled plans in ``plans/``.

In a source checkout they are the top-level ``rules/`` and ``plans/`` folders; an installed wheel
carries copies inside the package (``checker/rules``, ``checker/plans``).
"""

from __future__ import annotations

import os
from functools import cache

import yaml

# os.path rather than pathlib: pathlib's imports cost more than the whole grammar at start-up.
_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def _bundled(name: str) -> str:
    inside = os.path.join(_PACKAGE, name)
    return inside if os.path.isdir(inside) else os.path.join(os.path.dirname(_PACKAGE), name)


def rules_dir() -> str:
    """The folder of vocabulary and policy files."""
    return _bundled("rules")


def plans_dir() -> str:
    """The folder of bundled plans."""
    return _bundled("plans")


def rules_file(name: str) -> str:
    """The path of a file in ``rules/``."""
    return os.path.join(rules_dir(), name)


@cache
def load_rules_yaml(name: str) -> dict:
    """A YAML file from ``rules/``, parsed once per process (safe loading, C parser when present)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(rules_file(name), encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)
