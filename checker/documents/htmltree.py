"""A web page's tree as a browser builds it, for :mod:`checker.documents.web`: the standard ``html.parser`` (which keeps
each tag's line) with the HTML standard's implied end tags and with bare text given a paragraph.

``html.parser`` nests every start tag inside the one before until its end tag comes. Valid HTML leaves many end tags
out (WHATWG HTML, "Optional tags"): ``<tr><td>指标<td>2020年<tr><td>…`` is a table of rows in every browser, but was
read as one cell inside another (no table found, a name glued to its baseline), and 1,500 ``<p>`` paragraphs without
``</p>`` as 1,500 levels of nesting (refused, or each paragraph's text counted again inside every one around it). So
before a start tag the elements it implies closed are closed, as the standard's tree construction does:

- ``td``/``th`` close an open cell, ``tr`` a cell and a row, ``tbody``/``thead``/``tfoot`` those and an open row
  group — each within its own table (a nested table's cell never closes the outer one's);
- a block (``p``, ``div``, ``ul``, ``table``, ``h1``…, :data:`_CLOSES_P`) closes an open ``p`` (not across a table
  cell, a caption or a button); ``li`` closes an open ``li`` of its own list, ``dd``/``dt`` an open ``dd``/``dt``,
  ``option``/``optgroup`` an open ``option``, a heading a heading just opened;
- ``</table>`` and the other end tags already close what is open inside them (BeautifulSoup pops to the tag).

Text standing directly in ``<body>`` (or in a ``<div>``, ``<article>`` … around blocks), which no reader of paragraphs
saw, is given a paragraph of its own from its first character or inline tag up to the next block: the line of that
paragraph is the line the text begins on, so lines stay the file's own. (A table is taken as closing a ``<p>``, as a
page with a doctype is read; ``<font>`` and other inline tags left open still nest, as in every browser.)
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.builder import HTMLParserTreeBuilder
from bs4.builder._htmlparser import BeautifulSoupHTMLParser

#: start tags that close an open ``p`` (the standard's list; ``table`` as a page in no-quirks mode reads it)
_CLOSES_P = frozenset(("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
                       "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
                       "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
                       "form", "li", "dd", "dt", "plaintext", "table", "hr", "xmp"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: elements a search for an open ``p`` stops at ("button scope"), and for an open cell or row ("table scope")
_BUTTON_SCOPE = frozenset(("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button",
                           "[document]"))
_TABLE_SCOPE = frozenset(("html", "table", "template", "[document]"))
#: the standard's "special" elements: a search for an open ``li``/``dd``/``dt`` stops at one (but not at address, div, p)
_SPECIAL = frozenset(("address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
                      "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div",
                      "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
                      "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
                      "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
                      "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
                      "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
                      "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "[document]"))
#: what an open element of each name closes at a start tag, within which scope
_ITEMS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}
#: what stops an item's search for the open item it closes: a special element but address, div and p
_ITEM_SCOPE = _SPECIAL - {"address", "div", "p"}
#: elements whose bare text (and inline tags) get a paragraph of their own: what holds blocks, never one itself
_CONTAINERS = frozenset(("[document]", "html", "body", "div", "article", "section", "main", "header", "footer", "nav",
                         "aside", "center", "form"))
#: inline (phrasing) tags: one standing directly in a container opens that paragraph, as text does
_INLINE = frozenset(("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
                     "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
                     "sub", "sup", "time", "tt", "u", "var"))


class _Soup(BeautifulSoup):
    """BeautifulSoup that closes, before each start tag, the elements the HTML standard implies closed by it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.implied_paragraphs: set[int] = set()  # id() of each paragraph opened for bare text (no tag of the page)
        super().__init__(*args, **kwargs)

    def handle_starttag(self, name: str, namespace: Any, nsprefix: Any, attrs: Any, sourceline: int | None = None,
                        sourcepos: int | None = None, namespaces: Any = None) -> Any:
        self.endData()  # (text read so far belongs to the element open now, before any is closed)
        self._close_implied(name)
        if name in _INLINE and self.currentTag.name in _CONTAINERS:
            self.open_paragraph(sourceline, sourcepos)
        return super().handle_starttag(name, namespace, nsprefix, attrs, sourceline=sourceline, sourcepos=sourcepos,
                                       namespaces=namespaces)

    def open_paragraph(self, sourceline: int | None, sourcepos: int | None) -> None:
        """A paragraph for bare text (or an inline tag) standing in a container, opened where it begins."""
        tag = super().handle_starttag("p", None, None, {}, sourceline=sourceline, sourcepos=sourcepos)
        if tag is not None:
            self.implied_paragraphs.add(id(tag))

    def _close_implied(self, name: str) -> None:
        if name in ("td", "th"):
            self._close_in_scope(("td", "th"), _TABLE_SCOPE)
        elif name == "tr":
            self._close_in_scope(("td", "th"), _TABLE_SCOPE)
            self._close_in_scope(("tr",), _TABLE_SCOPE)
        elif name in ("tbody", "thead", "tfoot"):
            self._close_in_scope(("td", "th"), _TABLE_SCOPE)
            self._close_in_scope(("tr",), _TABLE_SCOPE)
            self._close_in_scope(("tbody", "thead", "tfoot"), _TABLE_SCOPE)
        elif name in ("option", "optgroup"):
            if self.currentTag.name == "option":
                self.popTag()
            if name == "optgroup" and self.currentTag.name == "optgroup":
                self.popTag()
        if name in _CLOSES_P:
            self._close_in_scope(("p",), _BUTTON_SCOPE)
        if name in _ITEMS:
            self._close_item(_ITEMS[name])
        elif name in _HEADINGS and self.currentTag.name in _HEADINGS:
            self.popTag()

    def _close_in_scope(self, names: tuple[str, ...], scope: frozenset[str]) -> None:
        """Pop up to and including the nearest open element named one of ``names``, unless one of ``scope`` stands
        nearer (the nearer boundary keeps it open)."""
        if not any(self.open_tag_counter.get(name) for name in names):
            return  # (nothing of that name open: no walk down a deep stack)
        for index in range(len(self.tagStack) - 1, 0, -1):
            tag_name = self.tagStack[index].name
            if tag_name in names:
                while len(self.tagStack) > index:
                    self.popTag()
                return
            if tag_name in scope:
                return

    def _close_item(self, names: tuple[str, ...]) -> None:
        """An ``li`` (``dd``, ``dt``) closes the open one of its own list: the search stops at any other special
        element but address, div and p (a nested list's ``ul`` keeps its parent item open)."""
        self._close_in_scope(names, _ITEM_SCOPE)


class _Parser(BeautifulSoupHTMLParser):
    """``html.parser`` feeding :class:`_Soup`: text standing in a container opens a paragraph at the text's line."""

    def handle_data(self, data: str) -> None:
        soup = self.soup
        if isinstance(soup, _Soup) and soup.currentTag.name in _CONTAINERS and data.strip():
            soup.endData()
            line, column = self.getpos()  # (where this text begins)
            soup.open_paragraph(line, column)
        super().handle_data(data)


class _Builder(HTMLParserTreeBuilder):
    """The ``html.parser`` tree builder with :class:`_Parser`."""

    def feed(self, markup: Any, _parser_class: type[BeautifulSoupHTMLParser] = _Parser) -> None:
        super().feed(markup, _parser_class=_parser_class)


def page_tree(text: str) -> BeautifulSoup:
    """The page ``text`` as BeautifulSoup's tree, built as the module docstring says; each tag keeps its line."""
    return _Soup(text, builder=_Builder())


def nesting_depth(soup: BeautifulSoup) -> int:
    """How deep the page's own tags nest (a paragraph opened for bare text is none of them), found without recursion
    (a hostile page nests 100,000 deep)."""
    implied = soup.implied_paragraphs if isinstance(soup, _Soup) else set()
    deepest, stack = 0, [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + (id(child) not in implied)) for child in tag.contents if isinstance(child, Tag))
    return deepest
