"""A plain-text table with box-drawing borders, laid out without rich: the everyday check's table.

rich measures every cell of every row through its renderables; for a plan of 176 targets that was
most of `checker check`'s run time. This lays out the same table directly: display widths from
:func:`cells.width` (a CJK character is two columns), words wrapped on spaces, a word longer than its
column folded, never cut to "…". The look is rich's ``HEAVY_HEAD`` box with ``pad_edge=False``::

    ┏━━━━━━┳━━━━━━━━┓
    ┃Domain┃ Status ┃
    ┡━━━━━━╇━━━━━━━━┩
    │…     │ …      │
    ├──────┼────────┤   (between sections)
    └──────┴────────┘

Colour, where asked for, is an SGR code around a cell's text (the status), never inside a border.
"""

from __future__ import annotations

import unicodedata

SGR = {"green": "32", "yellow": "33", "bold yellow": "1;33", "bold red": "1;31", "dim": "2", "bold": "1",
       "bold underline": "1;4"}


class Column:
    """How one column of the table takes its width."""

    __slots__ = ("header", "wrap", "ratio", "max_width", "right")

    def __init__(self, header: str, wrap: bool = True, ratio: int = 0, max_width: int | None = None,
                 right: bool = False) -> None:
        self.header = header
        self.wrap = wrap  # False: the column is as wide as its widest cell, and never wraps
        self.ratio = ratio  # a share of the width left once the fixed columns have theirs
        self.max_width = max_width  # a wrapping column without a ratio: its content, up to this
        self.right = right  # text set against the column's right edge (counts)


class Cell:
    """A cell's text and the colour it is painted in on a terminal (a plain class with slots, not a
    NamedTuple, whose class is compiled with exec at every start)."""

    __slots__ = ("text", "style")

    def __init__(self, text: str, style: str | None = None) -> None:
        self.text = text
        self.style = style


class _CharWidths(dict):
    """Character → the terminal columns it takes, worked out the first time it is asked for: a
    table's cells hold a few hundred distinct characters, read tens of thousands of times, so the
    lookup is a dict's (``map(widths.__getitem__, text)`` runs in C)."""

    def __missing__(self, char: str) -> int:
        columns = 0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        self[char] = columns
        return columns


_WIDTHS = _CharWidths()


def width(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


def _fold(word: str, size: int) -> list[str]:
    """A word longer than ``size`` columns, cut into pieces of at most ``size`` columns."""
    pieces, piece, used = [], "", 0
    for char in word:
        w = _WIDTHS[char]
        if used + w > size and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += char
        used += w
    if piece:
        pieces.append(piece)
    return pieces


def wrap(text: str, size: int) -> list[str]:
    """``text`` on lines of at most ``size`` columns: broken at spaces, a longer word folded."""
    return [line for line, _ in _wrap_measured(text, size)]


def _wrap_measured(text: str, size: int) -> list[tuple[str, int]]:
    """:func:`wrap`'s lines, each with its width (known while wrapping: the table pads by it)."""
    size = max(size, 1)
    lines: list[tuple[str, int]] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split(" "):
            w = width(word)
            if line and used + 1 + w <= size:
                line, used = f"{line} {word}", used + 1 + w
                continue
            if line:
                lines.append((line, used))
            if w <= size:
                line, used = word, w
            else:
                *whole, line = _fold(word, size)
                lines += [(piece, width(piece)) for piece in whole]
                used = width(line)
        lines.append((line, used))
    return lines


def paint(text: str, style: str | None, colour: bool) -> str:
    """``text`` in ``style`` (an SGR colour) when ``colour`` is on; as it is otherwise."""
    return f"\x1b[{SGR[style]}m{text}\x1b[0m" if colour and style in SGR else text


def chrome_width(count: int) -> int:
    """The columns a table of ``count`` columns spends on borders (one at each edge and between
    columns) and padding (a space each side of a cell, none at the table's edges)."""
    return (count + 1) + 2 * count - 2


def render(columns: list[Column], sections: list[list[list[Cell]]], total: int, *, colour: bool = False) -> str:
    """The table in ``total`` columns (the width of the terminal or of COLUMNS): a header, then the
    sections' rows with a rule between sections."""
    count = len(columns)
    chrome = chrome_width(count)
    widths = [0] * count
    for index, column in enumerate(columns):
        if not column.ratio:
            cells = [row[index].text for section in sections for row in section]
            longest = max([width(column.header)] + [max((width(line) for line in text.split("\n")), default=0)
                                                    for text in cells])
            widths[index] = min(longest, column.max_width) if column.max_width else longest
    left = max(total - chrome - sum(widths), 0)
    ratios = [column.ratio for column in columns]
    share = sum(ratios) or 1
    given = 0
    last = max(i for i, r in enumerate(ratios) if r) if any(ratios) else None
    for index, ratio in enumerate(ratios):
        if ratio:
            widths[index] = max(left - given if index == last else left * ratio // share, 1)
            given += widths[index]

    def border(left_: str, fill: str, cross: str, right: str) -> str:
        parts = [fill * (w + (1 if i == 0 or i == count - 1 else 2)) for i, w in enumerate(widths)]
        return left_ + cross.join(parts) + right

    # a space each side of a cell's text, none at the table's edges
    edges = [("" if i == 0 else " ", "" if i == count - 1 else " ") for i in range(count)]

    def line(cells: list[Cell], bar: str, head: bool = False) -> list[str]:
        wrapped = [_wrap_measured(cell.text, widths[i]) if columns[i].wrap else
                   [(piece, width(piece)) for piece in cell.text.split("\n")] for i, cell in enumerate(cells)]
        styles = ["bold"] * count if head else [cell.style for cell in cells]
        out = []
        for number in range(max(map(len, wrapped))):
            parts = []
            for i, lines in enumerate(wrapped):
                text, used = lines[number] if number < len(lines) else ("", 0)
                before, after = edges[i]
                shown = paint(text, styles[i], colour) if colour else text
                pad = " " * (widths[i] - used)
                parts.append(f"{before}{pad}{shown}{after}" if columns[i].right else f"{before}{shown}{pad}{after}")
            out.append(bar + bar.join(parts) + bar)
        return out

    out = [border("┏", "━", "┳", "┓")]
    out += line([Cell(column.header) for column in columns], "┃", head=True)
    out.append(border("┡", "━", "╇", "┩"))
    for position, section in enumerate(sections):
        for row in section:
            out += line(row, "│")
        if position < len(sections) - 1:
            out.append(border("├", "─", "┼", "┤"))
    out.append(border("└", "─", "┴", "┘"))
    return "\n".join(out) + "\n"
