"""Where the data files live: the vocabulary in ``rules/`` and the bundled plans in ``plans/``.

In a source checkout they are the top-level ``rules/`` and ``plans/`` folders; an installed wheel
carries copies inside the package (``checker/rules``, ``checker/plans``).
"""

from __future__ import annotations

import json
import os
from functools import cache

from checker import __version__, cachefiles
from checker.digests import sha256

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
    """A YAML file from ``rules/``, parsed once per process (safe loading, C parser when present).

    What was parsed is kept between runs as JSON in the cache folder (:mod:`checker.cachefiles`),
    under a key made of checker's version, the file's name and its bytes: JSON is read several times
    faster than YAML, and the rules files are read on every start. A file whose parsed form JSON
    cannot give back exactly (a number as a key) is parsed every time."""
    with open(rules_file(name), "rb") as handle:
        data = handle.read()
    entry = sha256(f"{__version__}\0{name}\0".encode("utf-8") + data).hexdigest() + ".rules.json"
    kept = cachefiles.read_entry(entry)
    if kept is not None:
        try:
            cached = json.loads(kept)
        except ValueError:
            cached = None  # not JSON: parse the file
        if isinstance(cached, dict):  # every rules file is a mapping; anything else is not ours
            return cached
    import yaml

    parsed = yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    text = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))
    if json.loads(text) == parsed:
        cachefiles.write_entry(entry, text)
    return parsed
