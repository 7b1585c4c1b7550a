"""Parsed plans kept between runs, the way Python keeps compiled modules in ``__pycache__``.

Loading a plan means parsing its YAML with positions, validating it against the JSON Schema and
reading every target phrase with the grammar: about 0.2 s for a county plan of 176 targets, most of
an everyday ``checker check``. A plan that loaded without errors is kept under a key made of its
path as given, its bytes, checker's version, Python's version, the input limits in force
(``--max-yaml-values`` …) and the size and modification time of checker's own source and ``rules/``
files: a change to any of them is a new key, so a stale plan is never used. An entry that cannot be
read is ignored and a folder that cannot be written is passed over: the cache never changes a result
and never fails a run.

An entry is plain JSON data (:mod:`checker.plan.codec`), never a pickle; where the folder is and
which entries are trusted is :mod:`checker.cachefiles`, shared with the parsed ``rules/`` files.
"""

from __future__ import annotations

import json
import os
import sys

from checker.digests import sha256
from checker import __version__
from checker.cachefiles import folder, read_entry, write_entry  # noqa: F401 (folder: where the plans are kept)
from checker.plan.model import Plan
from checker.plan.codec import PlanCodecError, loads, to_data
from checker.rulefiles import rules_dir

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_SUFFIX = ".plan.json"
def _limits() -> str:
    """The plan-reading limits in force, where a user changed them (--max-yaml-values …, which import
    the plan reader to set them); an everyday start, which never imports the reader, keeps the defaults."""
    located_yaml = sys.modules.get("checker.plan.located_yaml")
    if located_yaml is None:
        return "defaults"
    limits = (located_yaml.MAX_BYTES, located_yaml.MAX_NODES, located_yaml.MAX_DEPTH)
    return "defaults" if limits == located_yaml.DEFAULTS else "\0".join(map(str, limits))


def _source_folders() -> list[str]:
    """checker's package folders: a change to any module (or rules file) makes every entry stale. The
    walk never enters __pycache__ or the report templates (it used to, to leave them out after)."""
    folders = []
    for root, children, _ in os.walk(_PACKAGE):
        children[:] = [name for name in children if name not in ("__pycache__", "templates")]
        folders.append(root)
    return sorted(folders)


def _key(path: str, data: bytes) -> str:
    digest = sha256()
    for part in (__version__, sys.version, path, _limits()):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(sha256(data).digest())
    for directory in (*_source_folders(), rules_dir()):
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_file():
                info = entry.stat()
                digest.update(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def entry_name(path: str, data: bytes) -> str:
    """The file name of the entry for the plan at ``path`` with these bytes."""
    return _key(path, data) + _SUFFIX


def get(path: str, data: bytes) -> Plan | None:
    """The plan kept for this path and these bytes, if any (and if the folder and entry are trusted)."""
    raw = read_entry(entry_name(path, data))
    if raw is None:
        return None
    try:
        plan = loads(raw.decode("utf-8"))
    except (ValueError, TypeError, PlanCodecError, RecursionError):  # truncated, another checker's
        return None
    return plan if isinstance(plan, Plan) else None


def put(path: str, data: bytes, plan: Plan) -> None:
    """Keep ``plan`` for the next run."""
    try:
        text = json.dumps(to_data(plan), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, PlanCodecError):
        return
    write_entry(entry_name(path, data), text)
