"""The cache folder and its entries: where checker keeps what it parsed between runs, and the rules
for trusting what it finds there.

Two things are kept: parsed plans (:mod:`checker.plan.cache`) and the parsed vocabulary files of
``rules/`` (:func:`checker.rulefiles.load_rules_yaml`). An entry is plain JSON data, never a pickle:
reading it cannot run code, whoever wrote it. checker still trusts only what its own user made: a
cache folder given as a relative path, a folder or entry owned by someone else or writable by group
or others, and an entry that is not a regular file (a FIFO, a device, a link) are passed over and
never opened. An entry that cannot be read is ignored and a folder that cannot be written is passed
over: the cache never changes a result and never fails a run.

The folder is ``$CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``;
``CHECKER_CACHE_DIR=`` (empty) turns the cache off. It is created private (0700).
"""

from __future__ import annotations

import os
import stat

#: The largest entry read: a plan file is at most a few megabytes, its parsed form a few times that.
MAX_ENTRY_BYTES = 64 * 2**20


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


def trusted_folder(where: str) -> bool:
    try:
        info = os.lstat(where)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and trusted(info)


def read_entry(name: str) -> bytes | None:
    """The bytes of the entry ``name`` in the cache folder, if the folder is the user's own and the
    entry a regular file of theirs (checked on the open file, so that it cannot be swapped between the
    check and the read); a FIFO is never waited on. None for anything else, or anything missing."""
    where = folder()
    if where is None or not trusted_folder(where):
        return None
    path = os.path.join(where, name)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        before = os.lstat(path)
        if not stat.S_ISREG(before.st_mode) or not trusted(before) or before.st_size > MAX_ENTRY_BYTES:
            return None
        descriptor = os.open(path, flags)
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or not trusted(info) or \
                    (info.st_dev, info.st_ino) != (before.st_dev, before.st_ino):
                return None
            raw = handle.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    return raw if len(raw) <= MAX_ENTRY_BYTES else None


def write_entry(name: str, text: str) -> None:
    """Keep ``text`` as the entry ``name`` (atomically: a temporary file, then a rename); nothing when
    the cache is off or its folder is not the user's own, and never an error."""
    where = folder()
    if where is None:
        return
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        if not trusted_folder(where):
            return  # someone else's folder, or one others may write in: keep nothing there
        import tempfile  # only when an entry is written: not on every start

        handle, temporary = tempfile.mkstemp(dir=where, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, os.path.join(where, name))
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001, S110 — a read-only or full disk: the next run parses again
        pass
