"""Parsed plans kept between runs, the way Python keeps compiled modules in ``__pycache__``.

Loading a plan means parsing its YAML with positions, validating it against the JSON Schema and
reading every target phrase with the grammar: about 0.2 s for a county plan of 176 targets, most of
an everyday ``checker check``. A plan that loaded without errors is kept, pickled, under a key made
of its path as given, its bytes, checker's version, Python's version, and the size and modification
time of checker's own source and ``rules/`` files: a change to any of them is a new key, so a stale
plan is never used. An entry that cannot be read is ignored and a folder that cannot be written is
passed over: the cache never changes a result and never fails a run.

The folder is ``$CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``;
``CHECKER_CACHE_DIR=`` (empty) turns the cache off. It is created private (0700): a pickle is code,
so only its owner may write there.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile

from checker import __version__
from checker.plan import Plan
from checker.rulefiles import rules_dir

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def folder() -> str | None:
    """The cache folder, or None when the cache is off."""
    chosen = os.environ.get("CHECKER_CACHE_DIR")
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None  # no home folder: never a cache in the current one
        base = os.path.join(home, ".cache")
    return os.path.join(base, "checker")


def _key(path: str, data: bytes) -> str:
    digest = hashlib.sha256()
    for part in (__version__, sys.version, path):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    for directory in (_PACKAGE, os.path.join(_PACKAGE, "kinds"), rules_dir()):
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_file():
                info = entry.stat()
                digest.update(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def get(path: str, data: bytes) -> Plan | None:
    """The plan kept for this path and these bytes, if any."""
    where = folder()
    if where is None:
        return None
    try:
        with open(os.path.join(where, _key(path, data) + ".pickle"), "rb") as handle:
            plan = pickle.load(handle)
    except Exception:  # noqa: BLE001 — missing, truncated or from another checker: parse the plan again
        return None
    return plan if isinstance(plan, Plan) else None


def put(path: str, data: bytes, plan: Plan) -> None:
    """Keep ``plan`` for the next run (atomically: a temporary file, then a rename)."""
    where = folder()
    if where is None:
        return
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=where, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(plan, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, os.path.join(where, _key(path, data) + ".pickle"))
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001, S110 — a read-only or full disk: the next run parses the plan again
        pass
