"""Writing output files so that nothing is ever half-written: a temporary file, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable

from checker.errors import CheckerError, Location


def write_atomically(path: str, text: str | bytes) -> None:
    """Write ``text`` (UTF-8; bytes as they are) to ``path``; on any failure the old file, if any, is left untouched."""
    _write(path, [text], binary=isinstance(text, bytes))


def write_stream_atomically(path: str, chunks: Iterable[str], encoding: str = "utf-8") -> None:
    """Write the text ``chunks`` (consumed as they come, never joined) to ``path`` in ``encoding``,
    atomically: the old file, if any, is left untouched until the whole stream is written."""
    _write(path, chunks, binary=False, encoding=encoding)


def _write(path: str, chunks: Iterable[str | bytes], binary: bool, encoding: str = "utf-8") -> None:
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise CheckerError("the output folder does not exist", Location(path), hint=f"create {directory} first")
    if os.path.isdir(path):
        raise CheckerError("the output path is a directory", Location(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".checker-", suffix=".tmp", dir=directory)
    except OSError as error:
        raise CheckerError(f"cannot write in the output folder: {error.strerror}", Location(path)) from None
    try:
        with (os.fdopen(handle, "wb") if binary else os.fdopen(handle, "w", encoding=encoding, newline="")) as stream:
            for chunk in chunks:
                stream.write(chunk)
        _readable(temporary)
        os.replace(temporary, path)
    except OSError as error:
        os.unlink(temporary)
        raise CheckerError(f"cannot write the output file: {error.strerror}", Location(path)) from None
    except BaseException:
        os.unlink(temporary)
        raise


def _readable(path: str) -> None:
    """Give the file the permissions a plain ``open(path, "w")`` would (mkstemp makes it private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
