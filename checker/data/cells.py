"""Character columns of CSV cells, for output formats that point into a data file.

checker's messages count cells (``data.csv:9:4`` is the 4th cell of line 9: what a person looks
for in a spreadsheet). GitHub annotations and SARIF regions count characters. This module reads the
data files again (same decoding and separator as :mod:`checker.data.observations`) and finds where each
cell starts on its line; a cell it cannot place (a quoted cell that runs over several lines before
it, a file that changed) is left out, and the formats then give no column rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.errors import CheckerError
from checker.data.observations import decode_data, sniff_delimiter, read_data_bytes

_NEWLINE = re.compile(r"\r\n|\r|\n")


def cell_starts(line: str, delimiter: str) -> list[int]:
    """1-based character column where each cell of ``line`` starts (spaces after a separator skipped)."""
    starts: list[int] = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i] == " ":
            i += 1
        starts.append(i + 1)
        if i < n and line[i] == '"':
            i += 1
            while i < n:
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        i += 2
                        continue
                    i += 1
                    break
                i += 1
            else:
                return starts  # the quoted cell goes on past the end of the line: later cells are elsewhere
        while i < n and line[i] != delimiter:
            i += 1
        if i >= n:
            return starts
        i += 1


def text_columns(places: Iterable[tuple[str | None, int | None, int | None]]) -> dict[tuple[str, int, int], int]:
    """(file, line, cell) → character column, for each place that can be found; files are read once."""
    wanted: dict[str, set[tuple[int, int]]] = {}
    for file, line, cell in places:
        if file and line and cell:
            wanted.setdefault(file, set()).add((line, cell))
    found: dict[tuple[str, int, int], int] = {}
    for file, spots in wanted.items():
        try:
            text, _ = decode_data(read_data_bytes(file), file)
        except CheckerError:
            continue
        text = text.removeprefix("\ufeff")
        try:
            delimiter = sniff_delimiter(text, file)
        except CheckerError:
            continue
        lines = _NEWLINE.split(text)
        for line, cell in spots:
            if line > len(lines):
                continue
            starts = cell_starts(lines[line - 1], delimiter)
            if cell <= len(starts):
                found[(file, line, cell)] = starts[cell - 1]
    return found
