"""Parsed plans kept between runs, the way Python keeps compiled modules in ``__pycache__``.

Loading a plan means parsing its YAML with positions, validating it against the JSON Schema and
reading every target phrase with the grammar: about 0.2 s for a county plan of 176 targets, most of
an everyday ``checker check``. A plan that loaded without errors is kept under a key made of its
path as given, its bytes, checker's version, Python's version, the input limits in force
(``--max-yaml-values`` …) and the size and modification time of checker's own source and ``rules/``
files: a change to any of them is a new key, so a stale plan is never used. An entry that cannot be
read is ignored and a folder that cannot be written is passed over: the cache never changes a result
and never fails a run.

An entry is plain JSON data (:mod:`checker.plan.codec`), never a pickle: reading it cannot run code,
whoever wrote it. checker still trusts only what its own user made: a cache folder given as a
relative path, a folder or entry owned by someone else or writable by group or others, and an entry
that is not a regular file (a FIFO, a device, a link) are passed over and never opened.

The folder is ``$CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``;
``CHECKER_CACHE_DIR=`` (empty) turns the cache off. It is created private (0700).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile

from checker import __version__
from checker.plan.model import Plan
from checker.plan.codec import PlanCodecError, loads, to_data
from checker.rulefiles import rules_dir

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_SUFFIX = ".plan.json"
#: The largest entry read: a plan file is at most a few megabytes, its parsed form a few times that.
_MAX_ENTRY_BYTES = 64 * 2**20


def folder() -> str | None:
    """The cache folder, or None when the cache is off (or would be a relative path)."""
    chosen = os.environ.get("CHECKER_CACHE_DIR")
    if chosen is not None:
        return chosen if chosen and os.path.isabs(chosen) else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None  # no home folder: never a cache in the current one
        base = os.path.join(home, ".cache")
    return os.path.join(base, "checker")


def trusted(info: os.stat_result) -> bool:
    """Whether a cache folder or entry with this ``stat`` is the user's own: owned by them, and
    writable by nobody else (on systems without owners, always)."""
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _limits() -> str:
    from checker.plan import located_yaml

    return f"{located_yaml.MAX_BYTES}\0{located_yaml.MAX_NODES}\0{located_yaml.MAX_DEPTH}"


def _source_folders() -> list[str]:
    """checker's package folders: a change to any module (or rules file) makes every entry stale."""
    return sorted(root for root, _, _ in os.walk(_PACKAGE) if "__pycache__" not in root and "templates" not in root)


def _key(path: str, data: bytes) -> str:
    digest = hashlib.sha256()
    for part in (__version__, sys.version, path, _limits()):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(hashlib.sha256(data).digest())
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


def _trusted_folder(where: str) -> bool:
    try:
        info = os.lstat(where)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and trusted(info)


def _read_entry(name: str) -> bytes | None:
    """The bytes of a cache entry, if it is a regular file of the user's own (checked on the open file,
    so that it cannot be swapped between the check and the read); a FIFO is never waited on."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        before = os.lstat(name)
    except OSError:
        return None
    if not stat.S_ISREG(before.st_mode) or not trusted(before) or before.st_size > _MAX_ENTRY_BYTES:
        return None
    descriptor = os.open(name, flags)
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or not trusted(info) or (info.st_dev, info.st_ino) != (before.st_dev, before.st_ino):
            return None
        return handle.read(_MAX_ENTRY_BYTES + 1)


def get(path: str, data: bytes) -> Plan | None:
    """The plan kept for this path and these bytes, if any (and if the folder and entry are trusted)."""
    where = folder()
    if where is None or not _trusted_folder(where):
        return None
    try:
        raw = _read_entry(os.path.join(where, entry_name(path, data)))
        if raw is None or len(raw) > _MAX_ENTRY_BYTES:
            return None
        plan = loads(raw.decode("utf-8"))
    except (OSError, ValueError, TypeError, PlanCodecError, RecursionError):  # missing, truncated, another checker's
        return None
    return plan if isinstance(plan, Plan) else None


def put(path: str, data: bytes, plan: Plan) -> None:
    """Keep ``plan`` for the next run (atomically: a temporary file, then a rename)."""
    where = folder()
    if where is None:
        return
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        if not _trusted_folder(where):
            return  # someone else's folder, or one others may write in: keep nothing there
        text = json.dumps(to_data(plan), ensure_ascii=False, separators=(",", ":"))
        handle, temporary = tempfile.mkstemp(dir=where, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, os.path.join(where, entry_name(path, data)))
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001, S110 — a read-only or full disk: the next run parses the plan again
        pass
