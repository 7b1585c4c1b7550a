"""A worksheet's XML in the one spelling the readers of its facts expect: Excel's own.

The value reader (calamine) gives a sheet's values; what it leaves out (error cells, hidden rows, number formats, rich
text, merges) :mod:`checker.data.workbooks` reads from the sheet's XML, by a cell's attributes (``t="e"``, ``s="3"``)
and its place (``r="D2"``). The schema lets a writer spell these several ways: an attribute in single or double
quotes, with space around its ``=``, and the ``r`` of a cell or a row left out — the cell is then the column after
the cell before it in its row, the row the one after the row before (the OpenXML SDK and hand-written XML leave them
out, and calamine places such cells as Excel does). Read by Excel's spelling alone, such an error cell was read as
missing and a percent cell as its fraction. :func:`as_excel_writes` rewrites a sheet, once, to that spelling: every
attribute double-quoted with nothing around its ``=``, and an ``r`` first on every cell and row, where the schema
places them; every fact is then read from the one text, placed where the value reader places the cell. A sheet that Excel,
WPS, LibreOffice or openpyxl wrote is already so spelled and is returned as it is, after two fast scans.
"""

from __future__ import annotations

import functools
import re

#: an ``=`` that Excel's spelling never writes: not followed by ``"``, or with something other than a name before it
#: (``t='e'``, ``t = "e"``); also a formula's ``=`` in a cell's text, which is looked at and left as it is
_ODD_EQUALS = re.compile(rb'=(?:[^"]|"(?<![\w.:-]="))')
#: space around an attribute's =, which a plain change of quotes does not mend
_SPACED_EQUALS = re.compile(rb"\s=|=\s")
#: an attribute as XML allows it: either quote, any space around ``=``
_ATTRIBUTE = re.compile(rb"""(?<![\w.:-])([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: a cell or row start tag whose first attribute is not its place: (without a namespace prefix, and with one)
_UNPLACED = re.compile(rb'<(?:c|row)(?! r=")[\s>/]')
_UNPLACED_PREFIXED = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?(?:c|row)(?! r=")[\s>/]')
#: a root element under a namespace prefix (<x:worksheet>), after a byte order mark (.NET writes one) and a declaration
_PREFIXED_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*)?<[A-Za-z_][\w.-]*:")
#: a cell or row start tag under a namespace prefix (<x:c>, <x:row>), found by its literal
_PREFIXED_TAGS = (b":c ", b":c>", b":c/", b":row")
#: the XML declaration, after any byte order mark
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml[\s?].*?\?>", re.S)
#: markup a conforming reader skips or reads as text: a comment, a processing instruction, a CDATA section (its text)
_MARKUP = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[(.*?)\]\]>", re.S)
#: a number written with a character reference or a value as CDATA (<v>4&#46;5</v>, <v><![CDATA[3]]></v>), which the
#: value reader reads as another number or none (text so written it reads right); an attribute of a cell, row or
#: column written with a character reference (s="&#50;"; Excel writes &#10; in other tags' attributes: a prompt's lines)
_MISREAD = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>(?:[\d.+\-eE\s]*&#x?[0-9a-fA-F]+;[\d.+\-eE\s&#x;0-9a-fA-F]*<|<!\[CDATA\[)"
                      rb"|<(?:[A-Za-z_][\w.-]*:)?(?:c|row|col)\s[^>]*?&#")
#: an entity reference other than XML's five and the character references: one a DTD declares (refused before it is
#: read: see :func:`declares_entities`) or one nothing declares (``<v>&v;</v>``: not well-formed XML, which Excel
#: repairs), which the value reader reads as empty — a fail turned n/a
_ENTITY_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#[0-9]+;|#x[0-9a-fA-F]+;)[^\s<&;]{0,40};?")
#: a cell's start tag with its place first, as :func:`as_excel_writes` spells it: the place
_CELL_PLACE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c r="([^"]*)"')
#: a cell or row start tag: its name (with any prefix), which of the two, its attributes, and ``/`` if empty
_PLACED_TAG = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(c|row))(?=[\s/>])([^>]*?)(/?)>")
_PLACE = re.compile(rb'(?<![\w.:-])r="([^"]*)"')
_REFERENCE = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})")


#: an XML declaration naming its encoding, after any byte order mark: the name
_DECLARED_ENCODING = re.compile(rb"""(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def written_in_utf8(head: bytes) -> bool:
    """Whether a part whose first bytes are ``head`` is in UTF-8 (declared so, or declaring no encoding): no byte order
    mark of UTF-16, no other declared encoding."""
    if head.startswith(_UTF16_MARKS):
        return False
    declared = _DECLARED_ENCODING.match(head)
    return declared is None or declared.group(1).decode("ascii", "replace").strip().lower().replace("_", "-") \
        in ("utf-8", "utf8")


def part_encoding(head: bytes) -> str:
    """The encoding of a part whose first bytes are ``head``: ``utf-8`` where :func:`written_in_utf8` says so, else
    ``utf-16`` after its byte order mark or the encoding its declaration names (as written: maybe none known)."""
    if written_in_utf8(head):
        return "utf-8"
    if head.startswith(_UTF16_MARKS):
        return "utf-16"
    return _DECLARED_ENCODING.match(head).group(1).decode("ascii", "replace").strip()


def as_utf8(xml: bytes) -> bytes:
    """The part ``xml`` in UTF-8, its declaration saying so: a part another program saved in another encoding (a
    Chinese exporter's ``encoding="GBK"``, UTF-16 with its byte order mark) decoded as it declares, so that both the
    XML parser (whose expat refuses multi-byte encodings: an internal error) and the byte patterns read it as the value
    reader does. One match at the part's start where it is UTF-8. A ``ValueError`` says why it cannot be decoded."""
    encoding = part_encoding(xml[:512])
    if encoding == "utf-8":
        return xml
    try:
        text = xml.decode(encoding)
    except LookupError:
        raise ValueError(f"declares the encoding {encoding!r}, which is none known") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"declares the encoding {encoding!r}, and byte {error.start} is not written in it") from None
    text = text.lstrip("\ufeff")
    declaration = re.match(r"""\s*<\?xml\s[^>]*?\?>""", text)
    if declaration:
        text = re.sub(r"""\bencoding\s*=\s*["'][^"']*["']""", 'encoding="UTF-8"', declaration.group(0), count=1) \
            + text[declaration.end():]
    return text.encode("utf-8")


#: a ``>`` inside a double-quoted attribute value (legal XML; Excel writes ``&gt;``), or in text after ``="``
_GT_IN_VALUE = re.compile(rb'="[^"<]*>')
#: a start tag whose attributes are double-quoted, to its real end
_START_TAG = re.compile(rb'<[^\s/>!?]+(?:\s+[^\s=/>]+="[^"]*")*\s*/?>')


def as_excel_writes(xml: bytes) -> bytes:
    """The sheet ``xml`` as Excel spells it: no comments, processing instructions or CDATA (which hold no cell, though
    a ``<row>`` or ``<c>`` written in them was counted as one, and every cell after it placed one further on), attributes
    double-quoted with no ``>`` inside (``cm="1>"`` ended the tag for the patterns, and the cell's ``t="e"`` was never
    seen), and every cell and row with its ``r`` first."""
    xml = plainly_written(xml)
    unplaced = _UNPLACED_PREFIXED if prefixed(xml) or any(tag in xml for tag in _PREFIXED_TAGS) else _UNPLACED
    return _placed(xml) if unplaced.search(xml) else xml


def plainly_written(xml: bytes) -> bytes:
    """``xml`` (a sheet's, or an OpenDocument's content) as the byte patterns of its fact readers expect it: no
    comments, processing instructions or CDATA (a row or cell written in a comment was counted as one, and every fact
    after it placed one further on), attributes double-quoted, and no ``>`` inside an attribute's value (a formula's
    ``[.C2]>2000`` ended the tag for the patterns, and the cell's error type after it was never seen). Fast scans
    where there is none of these."""
    return _gt_escaped(double_quoted(without_markup(xml)))


def _gt_escaped(xml: bytes) -> bytes:
    """``xml`` with each ``>`` inside an attribute value written ``&gt;``, as Excel writes it. Two counts where there is
    none: a ``<`` is never text (comments, instructions and CDATA are gone), so a ``>`` for each ``<`` leaves none over."""
    if xml.count(b">") == xml.count(b"<") or _GT_IN_VALUE.search(xml) is None:
        return xml
    pieces, done = [], 0
    for odd in _GT_IN_VALUE.finditer(xml):
        start = xml.rfind(b"<", done, odd.start())
        if start == -1 or xml.find(b">", start, odd.start()) != -1:
            continue  # ="…> in a cell's text, not in a tag
        tag = _START_TAG.match(xml, start)
        if tag is None:
            continue
        pieces += [xml[done:start], re.sub(rb'"[^"]*"', lambda value: value.group(0).replace(b">", b"&gt;"),
                                           tag.group(0)[:-1]) + b">"]
        done = tag.end()
    return b"".join([*pieces, xml[done:]]) if pieces else xml


def prefixed(xml: bytes) -> bool:
    """Whether the sheet's root element is written under a namespace prefix (``<x:worksheet>``), after any byte order
    mark and declaration."""
    return _PREFIXED_ROOT.match(xml) is not None


def misread(xml: bytes) -> bytes | None:
    """The start of the first place where the value reader would read ``xml`` otherwise than Excel: a cell's number
    written with a character reference or as CDATA (``<v>4&#46;5</v>`` read as 4, ``<v>&#x33;</v>`` as nothing), or a
    cell's, row's or column's attribute written with one (``s="&#50;"``, ``hidden="&#x31;"``: Excel never writes them); None where there is
    none. Two fast scans where there is none."""
    if b"&#" not in xml and b"<![CDATA[" not in xml:
        return None
    found = _MISREAD.search(xml)
    return xml[found.start():found.start() + 60] if found else None


def declares_entities(xml: bytes) -> bool:
    """Whether the part ``xml`` — decoded, as :func:`as_utf8` gives it (a UTF-16 part spells ``<!DOCTYPE`` with a NUL
    after each letter, and got past a look at its bytes) — declares a DTD or entities, which no spreadsheet or word
    processor writes."""
    return b"<!DOCTYPE" in xml or b"<!ENTITY" in xml


def undefined_entity(xml: bytes) -> tuple[bytes, int] | None:
    """The first entity reference in the part ``xml`` (in UTF-8) that XML does not define — ``&v;``, which is not
    well-formed without a DTD, or a bare ``&`` — with where it stands in ``xml`` as :func:`without_markup` gives it; None
    where there is none (one in a comment or a CDATA section is text). One fast scan where there is no ``&``."""
    if b"&" not in xml or _ENTITY_REFERENCE.search(xml) is None:
        return None
    xml = without_markup(xml)
    found = _ENTITY_REFERENCE.search(xml)
    return (found.group(0), found.start()) if found else None


def cell_before(xml: bytes, at: int) -> str | None:
    """The place (``D2``) of the last cell that starts before ``at`` in a sheet as :func:`as_excel_writes` spells it:
    the cell that holds what stands at ``at``; None where no cell starts before it."""
    places = _CELL_PLACE.findall(xml, 0, at)
    return places[-1].decode("ascii", "replace") if places else None


def without_markup(xml: bytes) -> bytes:
    """``xml`` without its comments and processing instructions, and each CDATA section written as the text it is
    (as a conforming reader reads them): three fast scans where there are none."""
    declared = _DECLARATION.match(xml)
    after = declared.end() if declared else 0
    if b"<!--" not in xml and b"<![CDATA[" not in xml and xml.find(b"<?", after) == -1:
        return xml
    return xml[:after] + _MARKUP.sub(_as_text, xml[after:])


def _as_text(match: re.Match[bytes]) -> bytes:
    """A comment or processing instruction as nothing, a CDATA section as its text escaped."""
    text = match.group(1)
    return b"" if text is None else text.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")


def cell_position(reference: bytes | str) -> tuple[int, int] | None:
    """``C12`` → (11, 2), 0-based (row, column); None if it is no cell reference."""
    match = _REFERENCE.fullmatch(reference.encode() if isinstance(reference, str) else reference)
    if match is None:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + letter - 64
    return int(match.group(2)) - 1, column - 1


def column_letters(index: int) -> str:
    """The letters of the 0-based column ``index`` (27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def double_quoted(xml: bytes) -> bytes:
    """``xml`` (a sheet's, or an OpenDocument's content) with each start tag that spells an attribute otherwise
    (``t='e'``, ``t = "e"``) written as Excel and LibreOffice write it (``t="e"``): found by its odd ``=``, so that a
    part they wrote costs one scan."""
    pieces, done = [], 0
    while (odd := _ODD_EQUALS.search(xml, done)) is not None:
        at = odd.start()
        start = xml.rfind(b"<", 0, at)
        if start < done or xml.find(b">", start, at) != -1:
            done_text = xml.find(b"<", at)  # an = in a cell's text (a formula), not in a tag: on from the next tag
            pieces.append(xml[done:done_text if done_text != -1 else len(xml)])
            done = done_text if done_text != -1 else len(xml)
            continue
        end = xml.find(b">", at)
        if end == -1:
            break
        tag = xml[start:end + 1]
        if b'"' not in tag and _SPACED_EQUALS.search(tag) is None:
            pieces += [xml[done:start], tag.replace(b"'", b'"')]  # (single quotes alone: the common odd spelling)
        else:
            pieces += [xml[done:start], _ATTRIBUTE.sub(_attribute_as_excel_writes, tag)]
        done = end + 1
    return b"".join([*pieces, xml[done:]]) if pieces else xml


def _attribute_as_excel_writes(match: re.Match[bytes]) -> bytes:
    name, double, single = match.groups()
    value = double if double is not None else single
    return name + b'="' + value.replace(b'"', b"&quot;") + b'"'


@functools.lru_cache(maxsize=1024)
def _letters(column: int) -> bytes:
    """:func:`column_letters` as bytes, kept: a sheet's cells without r ask for the same few columns again and again."""
    return column_letters(column).encode()


def _placed(xml: bytes) -> bytes:
    """``xml`` with an ``r`` first on each cell and row, where the schema places one that has none: a row after the
    row before it, a cell in the column after the cell before it in its row."""
    row, column = 0, -1

    def placed_first(match: re.Match[bytes]) -> bytes:
        nonlocal row, column
        name, kind, attributes, empty = match.groups()
        reference = _PLACE.search(attributes)
        written = reference.group(1) if reference else b""
        if kind == b"row":
            placed = written.isdigit()
            row, column = (int(written) if placed else row + 1), -1
            place = written if placed else b"%d" % row
        else:
            position = cell_position(written) if written else None
            placed = position is not None
            row, column = (position[0] + 1, position[1]) if placed else (row, column + 1)
            place = written if placed else _letters(column) + b"%d" % row
        added = b'r="' + place + b'"'
        if placed and attributes.startswith(b" " + added):
            return match.group(0)
        # r first, as Excel writes it (a reference that names no place is replaced: the schema's place is where the
        # value reader reads the cell)
        return b"<" + name + b" " + added + (_PLACE.sub(b"", attributes) if reference else attributes) + empty + b">"

    return _PLACED_TAG.sub(placed_first, xml)


#: a row's start tag with its place first, as :func:`as_excel_writes` spells it: the place; and a cell's and a row's
#: without a namespace prefix (a literal leads: a fast scan)
_ROW_PLACE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row r="([^"]*)"')
_PLAIN_CELL_PLACE = re.compile(rb'<c r="([^"]*)"')
_PLAIN_ROW_PLACE = re.compile(rb'<row r="([^"]*)"')


def twice_placed(xml: bytes) -> tuple[str, str] | None:
    """The first cell or row that the sheet ``xml`` (as :func:`as_excel_writes` spells it) writes twice — ``("cell",
    "D2")`` or ``("row", "2")`` — or None where each place is written once. No spreadsheet program writes a place twice;
    the value reader keeps the last copy and a fact reader keyed by place may keep the first, so which copy is meant is
    unknown (a 4.5 read, its copy's 3¹ shown). A set of the places, one scan each for cells and rows."""
    plain = b':c r="' not in xml and b':row r="' not in xml
    for kind, pattern in (("row", _PLAIN_ROW_PLACE if plain else _ROW_PLACE),
                          ("cell", _PLAIN_CELL_PLACE if plain else _CELL_PLACE)):
        places = pattern.findall(xml)
        if len(set(places)) != len(places):
            seen: set[bytes] = set()
            for place in places:
                if place in seen:
                    return kind, place.decode("ascii", "replace")
                seen.add(place)
    return None


#: a shared-string cell's type (``t="s"``, as :func:`as_excel_writes` spells its attributes; a literal leads) where its
#: value, in the cell's body before its end tag, is no plain non-negative integer (``-1``, ``0.9``, `` 1``, ``+1``)
_ODD_STRING_INDEX = re.compile(rb't="s"[^>]*(?<!/)>(?:[^<]|<(?!/?(?:[A-Za-z_][\w.-]*:)?(?:c|v)[\s>/]))*'
                               rb'<(?:[A-Za-z_][\w.-]*:)?v\s*>(?![0-9]+</)')


def odd_string_index(xml: bytes) -> int | None:
    """Where the sheet ``xml`` (as :func:`as_excel_writes` spells it) writes a shared-string cell whose index is no
    plain non-negative integer (``<v>-1</v>``, ``<v>0.9</v>``, ``<v> 1</v>``): the value reader reads string 0 there,
    another cell's text, without a word. None where there is none: one scan (a bytes search where no cell is one)."""
    if b't="s"' not in xml:
        return None
    for found in _ODD_STRING_INDEX.finditer(xml):
        if xml[found.start() - 1:found.start()].isspace():  # the attribute t, not the end of another's name
            return found.start()
    return None


#: a shared-string cell (``t="s"``, as :func:`as_excel_writes` spells it) and its plain index
_STRING_INDEX = re.compile(rb'\st="s"[^>]*(?<!/)>\s*(?:<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*(?:/>|>[^<]*</(?:[A-Za-z_][\w.-]*:)?f\s*>)\s*)?'
                           rb'<(?:[A-Za-z_][\w.-]*:)?v\s*>([0-9]+)</')


def string_index_beyond(xml: bytes, count: int) -> tuple[int, int] | None:
    """Where the sheet ``xml`` (as :func:`as_excel_writes` spells it) writes a shared-string cell whose index is past
    the workbook's ``count`` strings, and the index it names: the value reader refused the whole workbook there without
    naming the cell. None where there is none (a bytes search where no cell is a shared string)."""
    if b't="s"' not in xml:
        return None
    for found in _STRING_INDEX.finditer(xml):
        if int(found.group(1)) >= count:
            return found.start(), int(found.group(1))
    return None

