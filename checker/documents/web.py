"""HTML → a :class:`Document` (BeautifulSoup with the standard ``html.parser``, from the ``extract`` extra; the end
tags HTML lets a page leave out closed as a browser closes them, :mod:`checker.documents.htmltree`).

The parser keeps the line of every tag (``sourceline``), so positions are the HTML file's own lines:
a paragraph (p, div without blocks inside, li, h1–h6) at the line of its tag, a table cell at the
line of its ``td``/``th``. A cell spanning rows (``rowspan``) or columns (``colspan``) is repeated
in every row and column it covers, as in Word.
"""

from __future__ import annotations

import re

from pathlib import Path

from checker.documents.model import Cell, Document, Paragraph, Table, one_line, raised_footnote_mark
from checker.documents.text import decode, file_lines
from checker.errors import CheckerError, Location

#: the deepest nesting of tags read (real pages nest 20–60 deep; finding blocks costs depth × size)
MAX_DEPTH = 1000
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "caption", "dd", "dt", "blockquote", "pre")


#: the encoding a page declares in its head: <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">
_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


#: a comment, which a browser's prescan for the declaration passes over (to the end of what is read, if not closed)
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.S)
#: labels browsers decode otherwise than Python's codec of that name (the WHATWG Encoding Standard): every GB2312 and
#: GBK label by the GBK decoder, which is GB18030's (a 二〇二五年 page labelled gb2312 holds 〇, a GBK character that
#: Python's strict gb2312 refused), and the Big5 labels by Big5-HKSCS
_AS_BROWSERS_READ = {**dict.fromkeys(("gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312",
                                      "csiso58gb231280", "iso-ir-58"), "gb18030"),
                     **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5hkscs")}


def read(path: Path) -> Document:
    """The page at ``path``, decoded as UTF-8 or as its ``<meta charset>`` declares (windows-1252 read as GBK was
    mojibake, or refused with a CSV's hint), the label read as browsers read it."""
    data = path.read_bytes()
    return read_html(decode(data, str(path), declared_encoding(data)), str(path))


def declared_encoding(data: bytes) -> str | None:
    """The encoding the page ``data`` declares in its first 4 KB, as a browser reads the declaration: a ``<meta>`` in a
    comment is none (a page that kept its old ``<!-- <meta charset="big5"> -->`` was refused, or read as Big5 mojibake),
    and a label means the encoding the WHATWG Encoding Standard gives it (see :data:`_AS_BROWSERS_READ`)."""
    declared = _CHARSET.search(_COMMENT.sub(b"", data[:4096]))
    if declared is None:
        return None
    label = declared.group(1).decode("ascii").strip().lower()
    return _AS_BROWSERS_READ.get(label, label)


#: a style that hides its element, one that shows it (a responsive page's class that shows on a wide screen what
#: another hides on a narrow one), and one that strikes its text through
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SHOWN_STYLE = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.I)
_HIDDEN_IMPORTANT = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*!\s*important", re.I)
_SHOWN_IMPORTANT = re.compile(r"(?:display\s*:\s*(?!none)[a-z][\w-]*|visibility\s*:\s*visible)\s*!\s*important", re.I)
_STRUCK_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.I)
#: an element's own style that leaves it in place but unseen: fully transparent (opacity:0, which no child undoes),
#: or text at size 0 (font-size:0, whose child elements may set a size of their own — the inline-block spacing trick —
#: so only the element's own text is unseen). Only the element's own style attribute: a stylesheet's opacity:0 is
#: most often a fade-in a script ends.
_TRANSPARENT_STYLE = re.compile(r"(?<![\w-])opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!\s*important\s*)?(?:;|$)", re.I)
_NO_SIZE_STYLE = re.compile(
    r"(?<![\w-])font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%|ex|ch|vw|vh)?\s*(?:!\s*important\s*)?(?:;|$)", re.I)
#: elements whose text is struck through
_STRUCK_TAGS = ("del", "s", "strike")
#: how struck-through text is written into the text read: as Markdown writes it, so the grammar refuses the phrase
#: and its target goes to review (达到~~80~~81岁), never glued to the new number (控制在<s>5</s>4‰ read 54‰)
STRUCK = "~~"
#: a selector that holds only while a reader points at, types in or follows something: no state a page is read in
_DYNAMIC = re.compile(r"::|:(?:hover|focus|active|visited|target|checked|focus-within|focus-visible)\b", re.I)


def read_html(text: str, name: str = "<html>") -> Document:
    from bs4 import NavigableString

    from checker.documents.htmltree import nesting_depth, page_tree

    soup = page_tree(text)
    deepest = nesting_depth(soup)
    if deepest > MAX_DEPTH:  # finding each block's table and blocks walks its ancestors and descendants
        raise CheckerError(f"the page nests its tags {deepest} levels deep; checker reads pages nested at most "
                           f"{MAX_DEPTH} deep", Location(name), hint="no web page is written so: save the page's text as .txt and "
                                                     "extract that")
    doc = Document(name, "html", lines={n: line for n, line in enumerate(file_lines(text), 1)})
    if soup.title is not None:  # (a browser's tab shows it; the page's text does not hold it)
        doc.given_title = " ".join(soup.title.get_text().split())
    css = " ".join(style.get_text() for style in soup("style")  # (<style media="print">: a printer's, as @media print)
                   if str(style.get("media") or "all").strip().lower() in ("all", "screen", ""))
    rules = _style_rules(css)
    styling = sum(1 for _, declarations, _ in rules if _HIDDEN_STYLE.search(declarations) or _SHOWN_STYLE.search(
        declarations) or _STRUCK_STYLE.search(declarations))
    if styling > MAX_STYLE_RULES:
        raise CheckerError(f"the page's stylesheet has {styling:,} rules that hide, show or strike text, more than the "
                           f"{MAX_STYLE_RULES:,} checker matches against a page", Location(name),
                           hint="save the page's text as .txt (or print it to PDF) and extract that")
    always = [rule for rule in rules if not rule[2]]  # (a hide inside @media holds only for some reader)
    # a hide marked !important beats any plain show (Bootstrap's row d-none); else a show anywhere lets it be seen
    hidden_by_class = _matched(soup, always, _HIDDEN_STYLE) - _matched(soup, rules, _SHOWN_STYLE)
    if hidden_by_class and _hidden_share(soup, hidden_by_class) >= 0.5:
        # most of the page hidden by its stylesheet (Vue's [v-cloak], a fade-in, 展开全文): a script shows it, as
        # every reader's browser runs it; only a part hidden among shown text is a superseded block
        hidden_by_class = set()
    # … but a hide marked !important stays hidden whatever a script or a plain show does (Bootstrap's row d-none)
    hidden_by_class |= _matched(soup, always, _HIDDEN_IMPORTANT) - _matched(soup, rules, _SHOWN_IMPORTANT)
    struck_by_class = _matched(soup, rules, _STRUCK_STYLE)
    # (what a browser that runs scripts, as every reader's does, never shows: <noscript>)
    for tag in soup(["script", "style", "head", "template", "noscript"]):
        tag.decompose()
    # what the page hides (hidden, display:none, visibility:hidden, inline or by its stylesheet; opacity:0 and the
    # text of font-size:0 in the element's own style) no reader sees:
    # never a target of the plan
    # (a class's display:none gives way to the element's own style="display:block", as a saved page's open tab has)
    for tag in soup.find_all(lambda tag: tag.has_attr("hidden") or _HIDDEN_STYLE.search(str(tag.get("style") or ""))
                             or id(tag) in hidden_by_class and not _SHOWN_STYLE.search(str(tag.get("style") or ""))):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(style=_TRANSPARENT_STYLE):
        if not tag.decomposed:
            tag.decompose()
    implied = getattr(soup, "implied_paragraphs", set())  # (bare text in a block: a paragraph the tree opened for it)
    for tag in soup.find_all(style=_NO_SIZE_STYLE):
        holders = [tag, *(child for child in tag.children if id(child) in implied)]
        for child in [child for holder in holders for child in holder.children if isinstance(child, NavigableString)]:
            child.extract()
    for tag in soup.find_all(lambda tag: tag.name in _STRUCK_TAGS or id(tag) in struck_by_class
                             or _STRUCK_STYLE.search(str(tag.get("style") or ""))):
        for string in tag.find_all(string=True):  # each piece of its text (it may hold a whole paragraph or row)
            if string.strip() and not string.startswith(STRUCK):
                string.replace_with(STRUCK + string + STRUCK)
    raised: dict[int, tuple[str, ...]] = {}  # id() of a table cell → the footnote marks set raised in it
    for sup in soup.find_all("sup"):  # "≥28<sup>2</sup>": a footnote mark, never a digit of the number (≥28 2, ≥282)
        before = sup.find_previous(string=True) or ""  # (the text before it, also inside a tag: <span>≤12</span><sup>)
        if raised_footnote_mark(sup.get_text(), before):
            cell = sup.find_parent(["td", "th"])
            if cell is not None:  # (婴儿死亡率<sup>①</sup>: the mark kept apart, so that its note is said)
                raised[id(cell)] = raised.get(id(cell), ()) + (sup.get_text().strip(),)
            sup.decompose()
    for br in soup.find_all("br"):  # a line break ends a paragraph in running text (in a cell it is a space)
        br.replace_with(_BREAK)
    containers: dict[int, bool] = {}

    def lays_out(table) -> bool:
        """:func:`_lays_out`, found once per table."""
        if id(table) not in containers:
            containers[id(table)] = _lays_out(table)
        return containers[id(table)]

    def in_data_table(element) -> bool:
        """Whether ``element`` stands inside a table that holds data, not one that lays out the page."""
        parent = element.find_parent("table")
        while parent is not None:
            if not lays_out(parent):
                return True
            parent = parent.find_parent("table")
        return False

    for element in soup.find_all(["table", "td", "th", *_BLOCKS]):
        if element.name in ("td", "th"):  # a cell of a table that lays out the page, with text and no blocks
            table = element.find_parent("table")
            if lays_out(table) and element.find(["table", *_BLOCKS]) is None and not in_data_table(table):
                doc.blocks.extend(_paragraphs(element))
            continue
        if element.name == "table":
            if not lays_out(element) and not in_data_table(element):
                doc.blocks.append(_table(element, doc, raised))
            continue  # a table that lays out the page: its paragraphs and tables come one by one
        if in_data_table(element):
            continue
        if element.name == "div" and element.find(["table", *_BLOCKS]) is not None:
            continue  # a container: its blocks come one by one
        doc.blocks.extend(_paragraphs(element))
    return doc


def _style_rules(css: str) -> list[tuple[str, str, bool]]:
    """(selector, declarations, whether inside ``@media``) of each rule of the page's own stylesheets, also those inside
    ``@supports`` and ``@media`` blocks (which hold only for a printer or a screen's width: a print style that hides the
    article must not hide the plan, but a wider screen's that shows a class again shows it); comments and other
    at-rules (``@font-face``, ``@import``) left out."""
    css = re.sub(r"/\*.*?\*/", " ", css, flags=re.S)
    out: list[tuple[str, str, bool]] = []
    blocks = [(css, 0, False)]  # (text, how deep in @media/@supports it stands, inside @media): read without recursion
    while blocks:
        text, level, in_media = blocks.pop()
        depth, start, closed = 0, 0, 0  # (closed: just after the last } at depth 0, where the next head begins)
        head = ""
        for found in re.finditer(r"[{}]", text):
            at = found.start()
            if text[at] == "{":
                if depth == 0:
                    head, start = text[closed:at].strip().rsplit(";", 1)[-1].strip(), at + 1  # (after @import …;)
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    body, closed = text[start:at], at + 1
                    if not head.startswith("@"):
                        out.append((head, body, in_media))
                    elif level < _MAX_AT_RULE_DEPTH and re.match(r"@(?:supports|media)\b", head, re.I):
                        blocks.append((body, level + 1, in_media or head[1:].lower().startswith("media")))
    return out


#: how deep @media and @supports blocks are read into (a hostile page nests 3,000), and how many rules that hide, show
#: or strike text are matched against the page (each one a pass over it: 3,000 × 3,000 elements took minutes)
_MAX_AT_RULE_DEPTH = 20
MAX_STYLE_RULES = 2_000


def _matched(soup, rules: list[tuple[str, str, bool]], style: re.Pattern) -> set[int]:
    """The ids of the page's elements a stylesheet rule whose declarations match ``style`` applies to (by soupsieve's
    selectors; one it cannot read, or that holds only while a reader points at something, is passed over)."""
    out: set[int] = set()
    for selectors, declarations, _ in rules:
        if not style.search(declarations):
            continue
        for selector in selectors.split(","):
            selector = selector.strip()
            if not selector or _DYNAMIC.search(selector):
                continue
            try:
                out.update(id(tag) for tag in soup.select(selector))
            except Exception:  # soupsieve raises its own kinds for a selector it does not read
                continue
    return out


def _hidden_share(soup, hidden: set[int]) -> float:
    """The share of the page's body text inside the elements ``hidden`` (their ids)."""
    body = soup.body or soup
    total = len("".join(body.get_text().split()))
    tops = [tag for tag in body.find_all(True) if id(tag) in hidden
            and not any(id(parent) in hidden for parent in tag.parents)]
    return sum(len("".join(tag.get_text().split())) for tag in tops) / total if total else 0.0


def _lays_out(table) -> bool:
    """Whether a table lays out the page (old sites put the whole article in one): a cell of it holds a
    table of its own, or it has one column."""
    rows = table.find_all("tr")
    cells = [cell for row in rows if row.find_parent("table") is table
             for cell in row.find_all(["td", "th"], recursive=False)]
    if any(cell.find("table") is not None for cell in cells):
        return True
    # one column holds no indicator table (a name and a year column at least): it frames what is in it
    return all(len(row.find_all(["td", "th"], recursive=False)) <= 1 for row in rows if row.find_parent("table") is table)


_BREAK = "\u2029"  # a <br>, as the paragraph separator character


def _paragraphs(element) -> list[Paragraph]:
    """The element's text, each source line of it at its own line (a sentence wrapped in the HTML
    keeps the line of each clause); a <br> starts a new paragraph, as pages with no <p> write them."""
    first = element.sourceline or 1
    heading = int(element.name[1]) if re.fullmatch(r"h[1-6]", element.name) else None
    out: list[Paragraph] = []
    pieces: list[str] = []
    starts: list[tuple[int, int, None]] = []
    offset = 0

    def close() -> None:
        nonlocal pieces, starts, offset
        if pieces:
            out.append(Paragraph("".join(pieces), tuple(starts), heading))
        pieces, starts, offset = [], [], 0

    for index, raw in enumerate(element.get_text().split("\n")):
        for part, segment in enumerate(raw.split(_BREAK)):
            if part:
                close()
            piece = " ".join(segment.split())
            if not piece:
                continue
            if pieces and piece[0].isascii() and pieces[-1][-1].isascii():
                piece = " " + piece
            starts.append((offset, first + index, None))
            pieces.append(piece)
            offset += len(piece)
    close()
    return out


def _table(element, doc: Document, raised: dict[int, tuple[str, ...]]) -> Table:
    """The table's grid, a cell spanning rows or columns in each place it covers; ``raised`` holds each cell's footnote
    marks set raised (by the id() of its tag)."""
    grid: dict[int, dict[int, Cell]] = {}  # row → column → cell (a cell spanning rows is in each)
    rows = element.find_all("tr")
    for r, row in enumerate(rows):
        c = 0
        taken = grid.setdefault(r, {})
        for cell in row.find_all(["td", "th"], recursive=False):
            while c in taken:
                c += 1
            text = one_line(cell.get_text(" ", strip=True))
            span_rows = max(int(cell.get("rowspan", 1) or 1), 1)
            span_cols = max(int(cell.get("colspan", 1) or 1), 1)
            for dr in range(min(span_rows, 500)):
                for dc in range(min(span_cols, 100)):
                    line = cell.sourceline if dr == 0 else (rows[r + dr].sourceline if r + dr < len(rows) else cell.sourceline)
                    grid.setdefault(r + dr, {})[c + dc] = Cell(text, line or 1, marks=raised.get(id(cell), ()))
            c += span_cols
    out = [tuple(grid[r][c] for c in sorted(grid.get(r, {}))) for r in range(len(rows))]
    caption = next((b.text for b in reversed(doc.blocks) if isinstance(b, Paragraph)), None)
    return Table(tuple(out), (rows[0].sourceline or 1) if rows else (element.sourceline or 1), caption)
