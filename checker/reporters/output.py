"""Writing output files: one place, so that nothing is ever half-written and nothing is replaced that
should not be.

A regular file (or a path that does not exist yet) is written to a temporary file in the same folder
and renamed over the target: the old file stays whole until the new one is, and keeps its mode (and
owner, where the user may give it). A run writing several files writes every temporary first and
renames them together, so that a failure on one leaves none of them new. A read-only target is an
error, never replaced.

What is not a regular file is written in place, never replaced: ``-`` and ``/dev/stdout`` are
standard output, ``/dev/stderr`` standard error, and a character device (``/dev/null``), a FIFO or
any other path under ``/dev`` or ``/proc`` is opened and written as it is.

Temporary files are named ``.checker-<pid>-<random>.tmp``; one left by a run that was killed (its
process no longer exists) is removed by the next run that writes into the folder.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator

from checker.errors import CheckerError, Location

Content = str | bytes | Iterable[str]  # or BinaryChunks, TextChunks

_TEMPORARY = re.compile(r"\.checker-([0-9]+)-[^/]*\.tmp")
_STANDARD = {"-": "stdout", "/dev/stdout": "stdout", "/dev/stderr": "stderr"}


def write_atomically(path: str, text: str | bytes) -> None:
    """Write ``text`` (UTF-8; bytes as they are) to ``path``; on any failure the old file, if any, is left untouched."""
    write_all([(path, text)])


def write_stream_atomically(path: str, chunks: Iterable[str], encoding: str = "utf-8") -> None:
    """Write the text ``chunks`` (consumed as they come, never joined) to ``path`` in ``encoding``,
    atomically: the old file, if any, is left untouched until the whole stream is written."""
    write_all([(path, chunks, encoding)])


def write_all(outputs: list[tuple[str, Content] | tuple[str, Content, str]]) -> None:
    """Write every (path, content[, encoding of text, default UTF-8]): files replaced only once all of
    them are written to temporaries, then standard output, devices and FIFOs in place."""
    staged: list[_Staged] = []
    in_place: list[tuple[str, Content, str]] = []
    try:
        for path, content, *rest in outputs:
            encoding = rest[0] if rest else "utf-8"
            if written_in_place(path):
                in_place.append((path, content, encoding))
            else:
                staged.append(_stage(path, content, encoding))
        for item in staged:
            _replace(item)
    except BaseException:
        for item in staged:
            if not item.done:
                _remove(item.temporary)
        raise
    for path, content, encoding in in_place:
        _write_in_place(path, content, encoding)


class _Staged:
    """An output written to a temporary file beside its path, renamed over it once every output is written."""

    __slots__ = ("path", "temporary", "done")

    def __init__(self, path: str, temporary: str) -> None:
        self.path = path
        self.temporary = temporary
        self.done = False


def written_in_place(path: str) -> bool:
    """Whether ``path`` is written as it is: standard streams, /dev and /proc paths, devices, FIFOs, sockets."""
    if path in _STANDARD:
        return True
    absolute = os.path.abspath(path)
    if absolute.startswith(("/dev/", "/proc/")):
        return True
    try:
        info = os.stat(path)
    except OSError:
        return False
    return not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode)


def _target(path: str) -> str:
    """The file a rename must replace: the end of a symbolic link, so that the link stays a link."""
    return os.path.realpath(path) if os.path.islink(path) else path


def _stage(path: str, content: Content, encoding: str) -> _Staged:
    target = _target(path)
    directory = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(directory):
        raise CheckerError("the output folder does not exist", Location(path), hint=f"create {directory} first")
    if os.path.isdir(target):
        raise CheckerError("the output path is a directory", Location(path))
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(path)) from None
    if existing is not None and (not existing.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                                 or not os.access(target, os.W_OK)):
        raise CheckerError("the output file is read-only; it is not replaced", Location(path),
                           hint="make it writable, or write to another path")
    remove_stale_temporaries(directory)
    import tempfile  # here, not at start-up: it imports shutil, random and the compression modules

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".checker-{os.getpid()}-", suffix=".tmp", dir=directory)
    except OSError as error:
        raise CheckerError(f"cannot write in the output folder: {error.strerror}", Location(path)) from None
    staged = _Staged(target, temporary)
    try:
        with _open_for(handle, content, encoding) as stream:
            for chunk in _chunks(content, encoding):
                stream.write(chunk)
        _permissions(temporary, existing)
    except OSError as error:
        _remove(temporary)
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(path)) from None
    except BaseException:
        _remove(temporary)
        raise
    return staged


def _replace(item: _Staged) -> None:
    try:
        os.replace(item.temporary, item.path)
    except OSError as error:
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(item.path)) from None
    item.done = True


def _write_in_place(path: str, content: Content, encoding: str) -> None:
    standard = _STANDARD.get(path)
    if standard is not None:
        stream = sys.stdout if standard == "stdout" else sys.stderr
        stream.flush()
        for chunk in _chunks(content, encoding):
            stream.buffer.write(chunk if isinstance(chunk, bytes) else chunk.encode(encoding))
        stream.buffer.flush()
        return
    try:
        descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))  # no O_CREAT, no O_TRUNC
    except OSError as error:
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(path)) from None
    try:
        with _open_for(descriptor, content, encoding) as stream:
            for chunk in _chunks(content, encoding):
                stream.write(chunk)
    except OSError as error:
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(path)) from None


def _open_for(descriptor: int, content: Content, encoding: str):
    if isinstance(content, (bytes, BinaryChunks, TextChunks)):
        return os.fdopen(descriptor, "wb")
    return os.fdopen(descriptor, "w", encoding=encoding, newline="")


def _chunks(content: Content, encoding: str) -> Iterable[str | bytes]:
    if isinstance(content, TextChunks):
        return content.encoded(encoding)
    return [content] if isinstance(content, (str, bytes)) else content


class BinaryChunks:
    """An iterable of bytes chunks (a Parquet file made a piece at a time), written as binary."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks = chunks

    def __iter__(self):
        return iter(self._chunks)


class TextChunks:
    """An iterable of text chunks of which some come already encoded as UTF-8 (bytes): a national run's
    lines, which polars writes as UTF-8, are written to a file without being decoded into text and
    encoded back (0.3 s of a 150 MB jsonl). Iterated, every chunk is text; the writers here take
    :meth:`encoded`."""

    def __init__(self, chunks: Iterable[str | bytes]):
        self._chunks = chunks

    def __iter__(self) -> Iterator[str]:
        for chunk in self._chunks:
            yield chunk.decode("utf-8") if isinstance(chunk, bytes) else chunk

    def pieces(self) -> Iterable[str | bytes]:
        """The chunks as they were given, text or UTF-8."""
        return self._chunks

    def encoded(self, encoding: str) -> Iterator[bytes]:
        """Every chunk as bytes in ``encoding``, as a text file in it writes the text (strict, no
        newline translation)."""
        utf8 = codecs.lookup(encoding).name == "utf-8"
        for chunk in self._chunks:
            if not isinstance(chunk, bytes):
                yield chunk.encode(encoding)
            else:
                yield chunk if utf8 else chunk.decode("utf-8").encode(encoding)


def _permissions(temporary: str, existing: os.stat_result | None) -> None:
    """The replaced file's mode and owner; for a new file, what a plain ``open(path, "w")`` would give
    (mkstemp makes it private, 0600)."""
    if existing is None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        return
    if hasattr(os, "chown"):
        try:
            os.chown(temporary, existing.st_uid, existing.st_gid)
        except OSError:
            pass  # not ours to give away: the new file stays the user's
    os.chmod(temporary, stat.S_IMODE(existing.st_mode))


def remove_stale_temporaries(directory: str) -> None:
    """Remove the temporary files that a killed checker run left in ``directory`` (its process is gone)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
                os.unlink(entry.path)
        except OSError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # elsewhere os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
