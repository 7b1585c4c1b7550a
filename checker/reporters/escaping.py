"""Text from the user's files, made safe for every human format: the one place that says how.

A region, indicator, title or note comes from a file someone else wrote. Printed raw it could drive
the terminal (ESC, OSC and CSI sequences set the window title, write the clipboard, clear the screen,
make links), reorder what is shown (bidi overrides), start a GitHub workflow command on a line of its
own (``::error …``), or become links, images and mentions in Markdown. So:

- :func:`visible` turns one piece of data into plain visible text: every C0 and C1 control
  character, DEL, the bidi overrides and isolates, the Unicode line separators and the noncharacters U+FFFE and
  U+FFFF become escapes
  such as ``\\x1b``, ``\\n`` or ``\\u202e``; a piece that begins with ``::`` gets a backslash;
- :func:`printable` does the same for a whole message or report meant for a terminal or log, keeping
  its own line breaks, and puts a backslash before any line that would begin with ``::``;
- :func:`controls_visible` is the first step alone, for formats with no command lines (xlsx, the HTML report);
- :func:`one_line_json` keeps a JSON Lines record on one line for every reader;
- :func:`markdown` is :func:`visible` plus the Markdown and HTML escapes (links, images, emphasis,
  headings, tables, ``@mentions``).

Rich markup is never read from data: the terminal table's console has markup off.
"""

from __future__ import annotations

import re

#: C0 controls, DEL, C1 controls; bidi marks, embeddings, overrides and isolates; line and paragraph separators; lone
#: surrogates and the noncharacters U+FFFE and U+FFFF, which XML cannot carry (an xlsx writer refuses them, an HTML
#: parser reports them).
_OTHERS = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufffe\uffff"
# pattern strings, compiled by re when first used: text that needs escaping is rare (see controls_visible)
_UNSAFE = f"[\x00-\x1f{_OTHERS}]"
# all but tab and line feed
_UNSAFE_KEEP_LINES = f"[\x00-\x08\x0b-\x1f{_OTHERS}]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_COMMAND_LINE = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)
_MARKDOWN_SPECIAL = r"([\\`*_\[\]#!|~])"  # compiled by re when first used


def _escape(match: re.Match) -> str:
    return _escape_one(match.group())


def _escape_one(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def controls_visible(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with its control, bidi and line-separator characters as escapes (``\\x1b``); with
    ``keep_lines``, line feeds and tabs stay (and CR LF becomes LF). For a spreadsheet cell, say."""
    if text.isprintable():  # no control, format or line-separator character: nothing above to escape
        return text
    if keep_lines:
        return re.sub(_UNSAFE_KEEP_LINES, _escape, text.replace("\r\n", "\n"))
    return re.sub(_UNSAFE, _escape, text)


def visible(text: object) -> str:
    """One piece of data (a name, a note, a cell) as plain visible text on one line."""
    value = controls_visible("" if text is None else str(text))
    return _COMMAND_LINE.sub(r"\1\\:", value) if "::" in value else value  # a command needs "::"


def every_character_visible(text: str) -> str:
    """``text`` with every character that is not printable as an escape: the controls, bidi marks and separators
    :func:`controls_visible` escapes, and every other format or space character too (U+200B, U+FEFF, U+00A0) — for
    a text whose characters must all be seen, such as an address not made a link."""
    if text.isprintable():
        return text
    return "".join(character if character.isprintable() else _escape_one(character) for character in text)


def printable(text: str) -> str:
    """A whole message or plain-text report: control characters made visible (line breaks and tabs
    kept), and no line beginning with ``::`` (only checker's own annotations may)."""
    return _COMMAND_LINE.sub(r"\1\\:", controls_visible(text, keep_lines=True))


def markdown(text: object) -> str:
    """One piece of data for a Markdown document or table cell: visible, with Markdown's and HTML's
    special characters escaped, so that it is never a link, image, mention, heading or emphasis."""
    value = visible(text).replace("\\", "\\\\") if text is not None else ""
    value = re.sub(_MARKDOWN_SPECIAL, lambda m: m.group() if m.group() == "\\" else "\\" + m.group(), value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("@", "＠")  # a full-width at sign: seen as @, never a mention


def one_line_json(text: str) -> str:
    """JSON text with U+2028, U+2029 and U+0085 escaped (JSON allows them raw, but JavaScript before
    ES2019 and many line readers take them for line breaks): every record stays one line for every reader."""
    if "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text  # the common case, and a national run's 590 MB: three quick scans instead of three copies
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


#: the characters :func:`one_line_json` escapes, and their escapes
LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def line_breaks_in(frame) -> bool:
    """Whether a text cell of a polars frame holds one of :data:`LINE_BREAKS`: lines made of a frame's texts and
    fixed words need :func:`one_line_json_column` only then (asked once of a national run's evidence frame, 0.07 s,
    instead of each slice of its lines: 150 MB of jsonl, 600 MB of JSON)."""
    import polars as pl

    found = frame.select(pl.col(pl.String).str.contains_any(list(LINE_BREAKS)).any())
    return any(found.row(0)) if found.width else False


def one_line_json_column(lines):
    """:func:`one_line_json` of each text of a polars string column (a national run's lines, 150 MB:
    polars finds none of the three in a hundredth of a second, a search of their UTF-8 bytes took a third)."""
    if not lines.str.contains_any(list(LINE_BREAKS)).any():
        return lines
    return lines.str.replace_many(list(LINE_BREAKS), list(LINE_BREAKS.values()))
