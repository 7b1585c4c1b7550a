"""Word ``.docx`` → a :class:`Document` (python-docx, from the ``extract`` extra).

Paragraphs and tables in document order. A Word file has no lines, so positions are counted: every
paragraph is one line and every table row one line, in document order — ``source.line: 57`` is the
57th paragraph-or-row. A paragraph styled as a heading (Heading 2, 标题 2, or with an outline level)
keeps that level, since Word numbers such headings itself. A merged cell's text repeats in every row and column it spans (python-docx
repeats the cell of a vertical merge in the rows below, and of a horizontal one in each column).
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.documents.model import Cell, Document, Paragraph, Table, one_line, paragraph, raised_footnote_mark


def read(path: Path) -> Document:
    import docx
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

    _no_declarations(path)
    try:
        try:
            word = docx.Document(str(path))
        except KeyError:  # a relationship to a part the file lacks (an image linked to ../NULL, as WPS writes)
            word = docx.Document(_without_dangling(path))
    except Exception as error:  # python-docx raises several kinds for a file that is not a .docx
        from checker.errors import CheckerError, Location

        raise CheckerError(f"cannot open the Word file: {_why(error)}", Location(str(path))) from None
    doc = Document(str(path), "docx")
    styles = Styles(word.styles.element)
    _unwrapped_in_tables(word.element.body)
    line = 0
    chunks: dict[int, list] = {}  # an embedded part's blocks, read once however often it is named

    def add(child) -> None:
        """Read one paragraph or table into ``doc`` at the next line(s); a paragraph's text boxes after it."""
        nonlocal line
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "altChunk":  # a part Word shows in place: a web page (read as one), else said to be not read
            line = _alt_chunk(word, child, doc, line, chunks)
        elif tag == "p":
            line += 1
            para = WordParagraph(child, word)
            text = _text(child, styles=styles).strip()
            doc.lines[line] = text
            if text:
                doc.blocks.append(paragraph(text, line, heading=_heading(para.style, child)))
            for box in _text_boxes(child):  # a 专栏 drawn as a text box: its paragraphs after the one it is anchored in
                for inner in _blocks(box):
                    add(inner)
        elif tag == "tbl":
            table = WordTable(child, word)
            rows = []
            first = line + 1
            for row in table.rows:
                line += 1
                cells = tuple(_cell(cell._tc, line, styles) for cell in row.cells)
                doc.lines[line] = "\t".join(c.text for c in cells)
                rows.append(cells)
            caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
            if rows:
                doc.blocks.append(Table(tuple(rows), first, caption))

    for child in _blocks(word.element.body):
        add(child)
    return doc


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
#: what a paragraph's text is made of, in order
#: deleted and moved-away text; a text box's text, which stands apart from the paragraph it is anchored in
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: (a text box is read after its paragraph, :func:`_text_boxes`; a Fallback is the copy of a Choice for older readers)
_NOT_READ = {_W + "del", _W + "moveFrom", _W + "txbxContent", _MC + "Fallback"}
_TEXT_PARTS = {_W + "t": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-",
               _W + "sym": ""}
#: a run's properties that hide its text (Word neither shows nor prints it), and that strike it through
_HIDING = (_W + "vanish", _W + "webHidden", _W + "specVanish")
_STRIKING = (_W + "strike", _W + "dstrike")
#: how struck-through text is written into the text read: as Markdown writes it, so the grammar refuses the
#: phrase and the target goes to review (达到~~80~~81岁), never glued to the new number (控制在54‰以下)
STRUCK = "~~"


class Styles:
    """What a document's styles (``styles.xml``) set of the on/off run properties that hide or strike text, each
    style through its ``basedOn`` chain: a paragraph whose style sets ``<w:vanish/>`` is hidden whole, a run whose
    character style does is hidden, as Word shows neither (a hidden 5 in 控制在5<hidden>4‰ read 54‰)."""

    def __init__(self, root=None) -> None:
        self._own: dict[str, dict[str, bool]] = {}  # style id → the properties its own rPr sets (on or off)
        self._based: dict[str, str] = {}
        self._default_paragraph: str | None = None
        for style in (root.iterchildren(_W + "style") if root is not None else ()):
            sid = style.get(_W + "styleId") or ""
            properties = style.find(_W + "rPr")
            self._own[sid] = _flags(properties) if properties is not None else {}
            based = style.find(_W + "basedOn")
            if based is not None and based.get(_W + "val"):
                self._based[sid] = based.get(_W + "val")
            if style.get(_W + "type") == "paragraph" and _on(style.get(_W + "default", "0")):
                self._default_paragraph = sid
        self._cache: dict[str, dict[str, bool]] = {}

    def flags(self, sid: str | None) -> dict[str, bool]:
        """The on/off run properties a style sets, its own over those of the styles it is based on."""
        if not sid:
            return {}
        if sid not in self._cache:
            chain, seen, at = [], set(), sid
            while at and at not in seen:  # (a basedOn loop in a broken file: stopped, not followed forever)
                seen.add(at)
                chain.append(self._own.get(at, {}))
                at = self._based.get(at)
            merged: dict[str, bool] = {}
            for own in reversed(chain):
                merged.update(own)
            self._cache[sid] = merged
        return self._cache[sid]

    def run_has(self, part, properties: tuple[str, ...]) -> bool:
        """Whether a text part's run is set to one of these properties: by the run's own properties, else its
        character style (``w:rStyle``), else its paragraph's style (``w:pStyle``, or the default one)."""
        run = part.getparent()
        if run is None or run.tag != _W + "r":
            return False
        found = run.find(_W + "rPr")
        direct = _flags(found) if found is not None else {}
        character = self.flags(_style_id(found, "rStyle"))
        para = next((a for a in run.iterancestors(_W + "p")), None)
        para_style = _style_id(para.find(_W + "pPr") if para is not None else None, "pStyle")
        paragraph_flags = self.flags(para_style or self._default_paragraph)
        for tag in properties:
            for level in (direct, character, paragraph_flags):
                if tag in level:
                    if level[tag]:
                        return True
                    break
        return False


def _ancestors_within(part, element):
    """The ancestors of ``part`` up to ``element`` (a text box's paragraph is read as its own, inside the box)."""
    for ancestor in part.iterancestors():
        if ancestor is element:
            return
        yield ancestor


def _text_boxes(element) -> list:
    """The text boxes (``w:txbxContent``) drawn in a paragraph, once each: not the ``mc:Fallback`` copy of one, nor a
    box inside another box's paragraph (read with that paragraph's own boxes)."""
    return [box for box in element.iter(_W + "txbxContent")
            if not any(a.tag in (_MC + "Fallback", _W + "txbxContent") for a in _ancestors_within(box, element))]


def _symbol(part) -> str:
    """The sign a ``w:sym`` inserts (Insert → Symbol): a Symbol-font code's sign (F0A3 → ≤, ``symbol_font`` in the rules
    file), else U+FFFD, so the phrase is not read and goes to review (it read 控制在10/10万, without its ≤)."""
    from checker.documents.vocabulary import symbol_font

    font, code = (part.get(_W + "font") or "").strip().lower(), part.get(_W + "char") or ""
    try:
        number = int(code, 16)
    except ValueError:
        return "\ufffd"
    if font == "symbol" and (number < 0x100 or 0xF000 <= number <= 0xF0FF):
        return symbol_font().get(number & 0xFF, "\ufffd")
    return "\ufffd"


def _on(value: str) -> bool:
    return value.lower() not in ("0", "false", "off")


def _flags(properties) -> dict[str, bool]:
    """The on/off properties an rPr sets, on (``<w:vanish/>``) or off (``w:val="0"``)."""
    return {flag.tag: _on(flag.get(_W + "val", "true")) for flag in properties
            if flag.tag in _HIDING or flag.tag in _STRIKING}


def _style_id(properties, tag: str) -> str | None:
    found = properties.find(_W + tag) if properties is not None else None
    return found.get(_W + "val") if found is not None else None


def _text(element, marks: list[str] | None = None, styles: Styles | None = None) -> str:
    """A paragraph's text as it reads with its tracked changes accepted: inserted runs (``w:ins``) in,
    deleted and moved-away ones out. python-docx's ``text`` leaves out what an insertion holds, so
    "达到<del>80</del><ins>81</ins>岁" read as "达到岁" — and "8<ins>0</ins>岁" as a confident 8岁. Hidden runs
    (``w:vanish``) are out too: a hidden old value read in place of the shown one; struck-through runs are
    marked ``~~…~~``. A footnote mark set superscript is left out, and added to ``marks`` where given."""
    out = []
    struck = False
    styles = styles or Styles()
    for part in element.iter(*_TEXT_PARTS):
        if any(ancestor.tag in _NOT_READ for ancestor in _ancestors_within(part, element)):
            continue
        if styles.run_has(part, _HIDING):
            continue
        written = _TEXT_PARTS[part.tag]
        if written is None and _footnote_mark(part, "".join(out)):
            if marks is not None:  # (kept apart, so that the note it points to is said)
                marks.append((part.text or "").strip())
            continue  # "≤12" and a raised "3" (the note under the table): a mark, never a digit of the number (≤123)
        if styles.run_has(part, _STRIKING) != struck:
            struck = not struck
            out.append(STRUCK)
        out.append(part.text or "" if written is None else _symbol(part) if part.tag == _W + "sym" else written)
    return "".join(out) + (STRUCK if struck else "")


def _cell(tc, line: int, styles: Styles | None = None) -> Cell:
    """A table cell as read: its text on one line, and the footnote marks set superscript in it."""
    marks: list[str] = []
    return Cell(one_line(_cell_text(tc, marks, styles)), line, marks=tuple(marks))


def _cell_text(cell, marks: list[str] | None = None, styles: Styles | None = None) -> str:
    """A table cell's text: its paragraphs, also those inside a content control, and a table nested in it, row by
    row (its cells apart by a space): a nested table's value read as an empty cell. The footnote marks set
    superscript in it (left out of the text) are added to ``marks``."""
    out = []
    for child in _blocks(cell):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(_text(child, marks, styles))
        elif tag == "tbl":
            out += [" ".join(_cell_text(tc, marks, styles) for tc in row.iterchildren(_W + "tc"))
                    for row in child.iterchildren(_W + "tr")]
    return "\n".join(out)


def _unwrapped_in_tables(body) -> None:
    """Take the content controls (``w:sdt``) around a table's rows and cells out, in place, so their rows and cells
    are read: python-docx reads a table's own rows and a row's own cells, and a row a template or WPS form wrapped in
    one vanished without a word."""
    for sdt in list(body.iter(_W + "sdt")):
        parent = sdt.getparent()
        if parent is None or parent.tag not in (_W + "tbl", _W + "tr"):
            continue
        at = parent.index(sdt)
        content = sdt.find(_W + "sdtContent")
        parent.remove(sdt)
        for offset, child in enumerate(list(content) if content is not None else []):
            parent.insert(at + offset, child)


#: the content types of an altChunk read as a web page, and as plain text (a paragraph a line)
_HTML_CHUNKS = ("text/html", "application/xhtml+xml")
_TEXT_CHUNKS = ("text/plain",)


def _alt_chunk(word, element, doc: Document, line: int, chunks: dict[int, list]) -> int:
    """Read an altChunk (a part Word shows in the document's place: assembled or pasted HTML, text, RTF, another
    Word file) into ``doc`` after ``line``, its paragraphs and table rows a line each, as the document's own; returns
    the last line used. A kind checker cannot read (RTF, MHT, a Word file) is refused, with where it is: it was
    ignored, and the targets it held lost without a word."""
    from checker.documents.text import decode
    from checker.errors import CheckerError, Location

    from checker.plan import located_yaml

    from checker.documents.readers import MAX_LINES

    part = word.part.related_parts.get(element.get(_R + "id") or "")
    kind = (getattr(part, "content_type", "") or "").split(";")[0].strip().lower()
    if line > MAX_LINES:  # (one part named 20,000 times: refused here, not after reading it 20,000 times)
        raise CheckerError(f"the document has more than {MAX_LINES:,} lines (paragraphs and table rows, its embedded "
                           "parts' too), more than a plan document is read to", Location(doc.path),
                           hint="extract the part that holds the plan's targets (its 主要指标 table and goals)")
    if part is not None and len(part.blob) > located_yaml.MAX_BYTES:  # as a web page of its own is refused
        raise CheckerError(f"the Word file embeds a part of {len(part.blob) / 2**20:.0f} MB (an altChunk after "
                           f"paragraph-or-row {line}), more than the limit of {located_yaml.MAX_BYTES / 2**20:g} MB "
                           "for a plan document", Location(doc.path),
                           hint="raise the limit with `checker --max-file-mb N …`")
    if part is not None and id(part) in chunks:
        blocks = chunks[id(part)]
    elif part is not None and kind in _HTML_CHUNKS:
        from checker.documents.web import declared_encoding, read_html

        blocks = chunks[id(part)] = read_html(decode(part.blob, doc.path, declared_encoding(part.blob)), doc.path).blocks
    elif part is not None and kind in _TEXT_CHUNKS:
        blocks = [paragraph(text.strip(), 0) for text in decode(part.blob, doc.path).splitlines() if text.strip()]
    else:
        raise CheckerError(f"the Word file embeds a part of another kind ({kind or 'missing'}, an altChunk after "
                           f"paragraph-or-row {line}) that Word shows in place and checker cannot read: it may hold "
                           "targets", Location(doc.path),
                           hint="open the file in Word and save it again (Word then merges the part into the "
                                "document), or save it as plain text, and extract that")
    for block in blocks:
        if isinstance(block, Paragraph):
            line += 1
            doc.lines[line] = block.text
            doc.blocks.append(paragraph(block.text, line, heading=block.heading))
            continue
        rows = []
        for row in block.rows:
            line += 1
            rows.append(tuple(Cell(cell.text, line, marks=cell.marks) for cell in row))
            doc.lines[line] = "\t".join(cell.text for cell in row)
        if rows:
            doc.blocks.append(Table(tuple(rows), line - len(rows) + 1, block.caption, block.row_notes))
    return line


def _footnote_mark(part, before: str) -> bool:
    """Whether a text part is a run set superscript that holds only a footnote mark (:func:`raised_footnote_mark`)."""
    run = part.getparent()
    align = run.find(f"{_W}rPr/{_W}vertAlign") if run is not None and run.tag == _W + "r" else None
    return align is not None and align.get(_W + "val") == "superscript" and raised_footnote_mark(part.text or "", before)


def _blocks(parent):
    """The paragraphs and tables of ``parent`` in document order, also those inside a content control
    (``w:sdt``, as templates and WPS wrap whole sections in): skipping one would drop its targets unseen."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "sdt":
            for content in child.iterchildren():
                if content.tag.rsplit("}", 1)[-1] == "sdtContent":
                    yield from _blocks(content)
        else:
            yield child


_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def _heading(style, element) -> int | None:
    """The heading level Word gives a paragraph: its style (Heading 2, 标题 2) or its outline level
    (``element`` is the paragraph's XML). Word numbers such headings itself (第一章, 一、), so their
    text often has no number to tell by."""
    named = _HEADING_STYLE.match((style.name if style is not None else "") or "")
    if named:
        return int(named.group(1))
    outline = element.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
    if outline is not None:
        value = outline.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        if value is not None and value.isdigit() and int(value) < 9:
            return int(value) + 1
    return None


def _no_declarations(path: Path) -> None:
    """Refuse a Word file whose XML parts declare a DTD or entities, which Word never writes: the parser leaves an
    entity it does not resolve (``&e;`` of an external file) out, and the rest of its paragraph with it, so a
    target after one was dropped without a word; an entity that expands (billion laughs) the parser refuses."""
    import zipfile
    import zlib

    from checker.errors import CheckerError, Location

    try:
        with zipfile.ZipFile(path) as archive:
            parsed = _parsed_parts(archive)
            for info in archive.infolist():
                if info.filename in parsed and _declares(archive, info):
                    raise CheckerError(f"cannot open the Word file: its part {info.filename} declares a DTD or "
                                       "entities, which Word files never do (a crafted file: an entity would "
                                       "hide the text after it)", Location(str(path)))
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, zlib.error):
        return  # python-docx says what is wrong with the file


def _parsed_parts(archive) -> set[str]:
    """The parts python-docx reads as XML: every ``.xml`` and ``.rels`` part, and the document part under whatever
    name the package's relationships give it — not pictures (an SVG or a pasted web page carries ``<!DOCTYPE``
    harmlessly: it is never parsed)."""
    names = {name for name in archive.namelist() if name.lower().endswith((".xml", ".rels"))}
    try:
        rels = archive.read("_rels/.rels").decode("utf-8", "replace")
    except KeyError:
        return names
    for target in re.findall(r'Target="/?([^"]+)"', rels):
        names.add(target)
    return names


def _declares(archive, info) -> bool:
    """Whether the zip part holds a DTD or entity declaration anywhere: it stands before the root element, but a long
    comment may come first, so the part is read through (a chunk at a time, a declaration split across two found).
    Looked for in the text as decoded (UTF-16 after its byte order mark, or the encoding its declaration names), as the
    parser reads it: a UTF-16 part's ``<\0!\0D\0…`` got past a look at its bytes, and its paragraph was dropped."""
    import codecs

    from checker.data.sheetxml import part_encoding

    tail = ""
    with archive.open(info) as part:
        head = part.read(512)
        encoding = part_encoding(head)
        try:
            decoder = codecs.getincrementaldecoder(encoding)("replace")
        except LookupError:
            return False  # an encoding none knows: the parser refuses the part
        chunk = head
        while chunk:
            text = tail + decoder.decode(chunk)
            if "<!DOCTYPE" in text or "<!ENTITY" in text:
                return True
            tail = text[-16:]
            chunk = part.read(1 << 20)
    return False


def _without_dangling(path: Path):
    """The Word file, in memory, without relationships to parts it does not hold (a picture linked to ``../NULL``):
    the text does not need them, and python-docx refuses the whole file for one."""
    import io
    import posixpath
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for name in [name for name in parts if name.endswith(".rels")]:
        base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/document.xml.rels → word

        def kept(match: re.Match, base: str = base) -> str:
            tag = match.group(0)
            target = re.search(r'Target="([^"]*)"', tag)
            if 'TargetMode="External"' in tag or target is None:
                return tag
            part = target.group(1).lstrip("/") if target.group(1).startswith("/") else \
                posixpath.normpath(posixpath.join(base, target.group(1)))
            return tag if part in parts else ""

        parts[name] = re.sub(r"<Relationship\b[^>]*/>", kept, parts[name].decode("utf-8")).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    buffer.seek(0)
    return buffer


#: what the XML parser's and python-docx's words for a broken Word file mean to its reader
_REASONS = (("amplification", "it declares entities (a DTD) that expand its text, which Word files never do"),
            ("Excessive depth", "its tables or text are nested beyond what a Word file holds (a damaged or crafted file)"),
            ("XML_PARSE_HUGE", "its text is sized beyond what a Word file holds (a damaged or crafted file)"),
            ("Package not found", "it is no complete Word file (a zip cut short, or another kind of file)"),
            ("no relationship of type", "it holds no document part (a Word file without its text)"))


def _why(error: Exception) -> str:
    """A reason a person can act on for ``error``, with the library's words after it."""
    said = str(error)
    reason = next((why for mark, why in _REASONS if mark in said), None)
    return f"{reason} ({said[:160]})" if reason else said
