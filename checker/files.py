"""What a path names before checker opens it: a device (``/dev/zero``, a terminal) or a socket is refused
at once, by what it is, for every input — plan, data, policy and document.

Reading a device may never end (``/dev/zero`` filled memory until the limit was reached, or, before a
plan's cache was looked up, until the machine ran out). A FIFO is read like a file, up to the size limit,
so that ``checker check plan <(iconv -f gbk data.csv)`` works; it is read once, never again for a cache.
A named pipe that no program writes to is refused after :data:`FIFO_WAIT_SECONDS` (:func:`open_to_read`):
opening it waited for a writer for ever, until a CI job's timeout.
"""

from __future__ import annotations

import io
import os
import stat
import time
from typing import BinaryIO

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


#: how long a FIFO (named pipe) with no program writing to it is waited for before it is refused
FIFO_WAIT_SECONDS = 1.0


class NoWriter(OSError):
    """A FIFO that no program wrote to within :data:`FIFO_WAIT_SECONDS`; its ``strerror`` says so."""


def open_to_read(path: str | os.PathLike) -> BinaryIO:
    """``path`` opened for reading bytes, as ``open(path, "rb")`` opens it; a FIFO is opened without waiting for a
    writer (``open`` waits for ever), read on where a program writes to it or has written and closed it (``<(iconv
    …)``, ``/dev/stdin`` from a pipe) and refused with :class:`NoWriter` where none does within
    :data:`FIFO_WAIT_SECONDS`. ``OSError`` as ``open`` raises it."""
    try:
        fifo = stat.S_ISFIFO(os.stat(path).st_mode)
    except (OSError, ValueError):
        fifo = False
    if not fifo or not hasattr(os, "O_NONBLOCK"):
        return open(path, "rb")
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        first = _first_bytes(descriptor)
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return io.BufferedReader(_AfterFirst(descriptor, first))


def _first_bytes(descriptor: int) -> bytes:
    """The first bytes of the FIFO open (without blocking) at ``descriptor``: b"" where a writer has written nothing
    yet (read on, waiting) or wrote nothing and closed it (empty); :class:`NoWriter` where no writer comes in time."""
    import select

    try:
        first = os.read(descriptor, 1 << 16)
    except BlockingIOError:
        return b""  # a writer, nothing written yet
    if first:
        return first
    # no writer now: none yet, or one that wrote nothing and went (its end is then reported at once)
    watch = select.poll()
    watch.register(descriptor, select.POLLIN)
    deadline = time.monotonic() + FIFO_WAIT_SECONDS
    while not watch.poll(max(0.0, deadline - time.monotonic()) * 1000):
        if time.monotonic() >= deadline:
            raise NoWriter(0, f"it is a FIFO (named pipe) that no program wrote to within {FIFO_WAIT_SECONDS:g} s")
    try:
        return os.read(descriptor, 1 << 16)  # data, or b"": the writer closed it empty
    except BlockingIOError:
        return b""


class _AfterFirst(io.RawIOBase):
    """A FIFO's reader that gives the bytes already read from it first."""

    def __init__(self, descriptor: int, first: bytes) -> None:
        self._file, self._first = io.FileIO(descriptor, "rb"), first

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._first:
            count = min(len(buffer), len(self._first))
            buffer[:count], self._first = self._first[:count], self._first[count:]
            return count
        return self._file.readinto(buffer)

    def close(self) -> None:
        self._file.close()
        super().close()
