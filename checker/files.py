"""What a path names before checker opens it: a device (``/dev/zero``, a terminal) or a socket is refused
at once, by what it is, for every input — plan, data, policy and document.

Reading a device may never end (``/dev/zero`` filled memory until the limit was reached, or, before a
plan's cache was looked up, until the machine ran out). A FIFO is read like a file, up to the size limit,
so that ``checker check plan <(iconv -f gbk data.csv)`` works; it is read once, never again for a cache.
"""

from __future__ import annotations

import os
import stat

_DEVICES = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def device_kind(path: str | os.PathLike) -> str | None:
    """What ``path`` is when it is a device or a socket ("a character device"), else None (a file, a FIFO, a
    folder, or a path that does not exist: the reader reports those in its own words)."""
    try:
        return device_of(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def device_of(mode: int) -> str | None:
    """:func:`device_kind` for a mode already read (``os.stat(path).st_mode``)."""
    return next((what for test, what in _DEVICES if test(mode)), None)


def is_regular(path: str | os.PathLike) -> bool:
    """Whether ``path`` names a regular file (following links): what may be read twice, e.g. for a cache."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
