"""Which kind of data file a path names: a workbook (by its first bytes) or text, and the sheet a
``FILE.xlsx#Sheet`` path names.

Below every reader (checker.data.readers picks a reader with it; the row reader and the workbook
reader use it too), and light: a run of CSV files never imports the workbook reader to ask.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the everyday check does not import pathlib
    from pathlib import Path

#: the first bytes of a workbook: a zip file (xlsx, xlsm, ods) or an OLE2 compound file (xls)
_ZIP, _OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def split_sheet(path: str | Path) -> tuple[str, str | None]:
    """``data.xlsx#表2`` → (``data.xlsx``, ``表2``) when the path itself is not a file but its part
    before the last ``#`` is; any other path → (path, None)."""
    name = str(path)
    if "#" in name and not os.path.exists(name):
        file, _, sheet = name.rpartition("#")
        if sheet and os.path.isfile(file):
            return file, sheet
    return name, None


def is_workbook(path: str | Path) -> bool:
    """Whether ``path`` (or the file it names before ``#Sheet``) is a workbook, by its first bytes."""
    file, _ = split_sheet(path)
    try:
        if not stat.S_ISREG(os.stat(file).st_mode):
            return False
        with open(file, "rb") as handle:
            head = handle.read(8)
    except (OSError, ValueError):
        return False  # the CSV reader reports the bad path
    return head.startswith(_ZIP) or head == _OLE2


def unpacked_markup(file) -> int | None:
    """How many bytes a zip container's XML parts (a Word file's text and markup, not its pictures) hold once
    unpacked, from its directory; None for a file that is no zip."""
    import zipfile

    try:
        with zipfile.ZipFile(file) as archive:
            return sum(info.file_size for info in archive.infolist() if info.filename.lower().endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def unpacked_size(file) -> int | None:
    """How many bytes a zip container (xlsx, ods, docx) says it holds once unpacked, from its directory;
    None for a file that is no zip. A few MB can hold gigabytes of repeated rows."""
    import zipfile

    try:
        with zipfile.ZipFile(file) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
