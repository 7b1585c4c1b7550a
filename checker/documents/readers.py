"""Which reader reads a document, by its file name; the heavy ones only when needed.

Plain text, Markdown and workbooks need nothing beyond checker's own dependencies; Word, PDF and HTML need the
``extract`` extra (python-docx, pdfplumber, beautifulsoup4). A missing one is a one-line error
that says what to install.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from pathlib import Path

from checker import DISTRIBUTION
from checker.documents import vocabulary
from checker.documents.model import Document, Paragraph, Table
from checker.errors import CheckerError, Location
from checker.files import device_kind

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
            ".docx": "word", ".pdf": "pdf", ".html": "web", ".htm": "web",
            ".xlsx": "workbook", ".xlsm": "workbook", ".xls": "workbook", ".ods": "workbook"}
_WORKBOOKS = (".csv",)
_WORKBOOK_HINT = ("an indicator table kept as CSV: open it in a spreadsheet and save it as .xlsx, or copy the table "
                  "into a .docx, and extract that")
_NEEDS = {"word": "docx", "pdf": "pdfplumber", "web": "bs4"}
_PACKAGES = {"word": "python-docx", "pdf": "pdfplumber", "web": "beautifulsoup4"}


def read_document(path: str | Path, progress=None) -> Document:
    """The document at ``path``; ``progress`` (a function of one line) hears of long PDFs' pages."""
    path = Path(path)
    if path.exists() and not path.is_file():  # extract <(curl …): a pipe has no suffix to tell its kind, nor seeks
        raise CheckerError("is a pipe or device, not a document file: extract tells a document's kind by its suffix",
                           Location(str(path)), hint="save the document as a file (.txt, .md, .docx, .pdf, .html) "
                                                     "and extract that")
    if not path.is_file():
        raise CheckerError("no such document", Location(str(path)))
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise CheckerError(f"cannot read {path.suffix or 'a file without a suffix'}: checker extract reads "
                           f"{', '.join(sorted(SUFFIXES))}", Location(str(path)),
                           hint=_WORKBOOK_HINT if path.suffix.lower() in _WORKBOOKS
                           else "save a .doc as .docx, or the document as plain text")
    if kind in _NEEDS:
        try:
            importlib.import_module(_NEEDS[kind])
        except ImportError:
            raise CheckerError(f"reading {path.suffix} needs {_PACKAGES[kind]}: "
                               f"pip install '{DISTRIBUTION}[extract]'", Location(str(path))) from None
    _check_contents(path, kind)
    _check_size(path, kind)
    module = importlib.import_module(f"checker.documents.{kind}")
    doc = module.read(path, progress) if kind == "pdf" else module.read(path)
    _check_lines(path, len(doc.lines))  # a web page's or a PDF's, known once read
    from checker.documents import flattened

    if kind in ("word", "web"):  # tables typed with tabs, or flattened to one cell a paragraph, as in plain text
        doc = flattened.restore(flattened.tabbed(doc))
    doc = _characters(flattened.labelled(doc))  # a table written as labelled records, in any kind of file
    doc.sha256 = _file_digest(path)
    return doc


def _file_digest(path: Path) -> str:
    """The SHA-256 of the file at ``path`` (read in blocks: a document may be large)."""
    from checker.digests import sha256

    digest = sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: how each kind of file starts, and what a file that starts so is (said when the suffix promises another kind)
_STARTS = ((b"%PDF", "pdf", "a PDF"), (b"PK\x03\x04", "zip", "a Word or Excel file (a zip)"),
           (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2", "an old Word or Excel file (.doc, .xls)"))
_EXPECTED = {"pdf": "pdf", "word": "zip"}


def _check_contents(path: Path, kind: str) -> None:
    """Refuse an empty file, and a PDF or Word file whose first bytes say it is something else (a Word file named
    .pdf, a PDF named .docx or .html), saying what it is: the readers' own errors ("No /Root object!", "Package not
    found") do not."""
    if path.name.startswith("~$"):
        raise CheckerError("the file is a lock file Word leaves while a document is open (~$…), not the document",
                           Location(str(path)), hint=f"extract the document itself ({path.name[2:]} or its full name)")
    device = device_kind(path)
    if device:
        raise CheckerError(f"the path is {device}, not a document", Location(str(path)))
    with open(path, "rb") as handle:
        head = handle.read(8)
    if not head:
        raise CheckerError("the document is empty", Location(str(path)))
    found = next(((name, what) for start, name, what in _STARTS if head.startswith(start)), (None, "text"))
    expected = _EXPECTED.get(kind)
    if (expected and found[0] != expected) or (kind in ("web", "text") and found[0] is not None):
        suffix = {"pdf": ".pdf", "zip": ".docx or .xlsx", "ole2": ".doc or .xls"}.get(found[0] or "", ".txt, .md or .html")
        raise CheckerError(f"the document is named {path.suffix} but is {found[1]}", Location(str(path)),
                           hint=f"give it its own suffix ({suffix})"
                                + ("; save a .doc as .docx" if found[0] == "ole2" else ""))


#: the most lines (paragraphs and table rows) a document is read to: the longest plans run to a few thousand, and
#: drafting from 300,000 table rows took minutes and 1.7 GB, from 99,990 lines of sentences six minutes
MAX_LINES = 20_000
#: how much larger than the plan limit (20 MB) a Word file's text and markup (its XML) may be: a 300-page plan's is a
#: few MB, and 100 MB of it (a 535 KB file) held extract for minutes at 2 GB
WORD_MARKUP_TIMES = 2.5


def _check_size(path: Path, kind: str) -> None:
    """Refuse a document too large to draft a plan from: text or a web page beyond the plan file limit (20 MB, as
    ``--max-file-mb`` sets it), a Word file whose text and markup unpack beyond 2.5 times that or whose whole
    unpacks beyond the data limit (a few MB can hold gigabytes)."""
    from checker.data import observations
    from checker.plan import located_yaml

    hint = "extract the part that holds the plan's targets, or raise the limit with `checker --max-file-mb N …`"
    if kind in ("text", "web") and path.stat().st_size > located_yaml.MAX_BYTES:
        raise CheckerError(f"the document is {path.stat().st_size / 2**20:.0f} MB, more than the limit of "
                           f"{located_yaml.MAX_BYTES / 2**20:g} MB for a plan document", Location(str(path)), hint=hint)
    if kind == "text":  # lines as Python splits them: \n, a lone \r, and the Unicode line and paragraph separators
        data = path.read_bytes()
        _check_lines(path, max(data.count(b"\n"), data.count(b"\r")) + data.count(b"\xe2\x80\xa8")
                     + data.count(b"\xe2\x80\xa9") + 1)
    if kind == "web":  # a page on one source line (a CMS's, a minifier's) holds its rows in tags, not lines
        _check_lines(path, web_lines(path.read_bytes()))
    if kind == "pdf":
        unpacked = pdf_unpacked_size(path.read_bytes(), observations.MAX_BYTES)
        if unpacked > observations.MAX_BYTES:  # a few MB of deflated zeros held extract at 4 GB, then a MemoryError
            raise CheckerError(f"the PDF's streams unpack to more than {observations.MAX_BYTES / 2**20:g} MB, the limit "
                               "for a document (or are deflated twice over)", Location(str(path)),
                               hint="extract the pages that hold the plan's targets (or its text), or raise the limit "
                                    "with `checker --max-file-mb N …`")
    if kind != "word":
        return
    from checker.data.filekinds import unpacked_size, unpacked_markup

    unpacked, markup = unpacked_size(path), unpacked_markup(path)
    if unpacked is not None and unpacked > observations.MAX_BYTES:
        raise CheckerError(f"the Word file holds {unpacked / 2**20:.0f} MB once unpacked, more than the limit of "
                           f"{observations.MAX_BYTES / 2**20:g} MB", Location(str(path)),
                           hint="save the document as plain text and extract that, or raise the limit with "
                                "`checker --max-file-mb N …`")
    if markup is not None and markup > WORD_MARKUP_TIMES * located_yaml.MAX_BYTES:
        raise CheckerError(f"the Word file's text and markup unpack to {markup / 2**20:.0f} MB, more than the limit "
                           f"of {WORD_MARKUP_TIMES * located_yaml.MAX_BYTES / 2**20:g} MB", Location(str(path)),
                           hint=hint)
    if markup is not None:  # paragraphs and table rows, counted in the markup before python-docx builds them
        import zipfile

        try:
            with zipfile.ZipFile(path) as archive:
                body = archive.read("word/document.xml")
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            return  # the Word reader says what is wrong with it
        _check_lines(path, sum(body.count(tag) for tag in (b"<w:p>", b"<w:p ", b"<w:tr>", b"<w:tr ")))


def web_lines(data: bytes) -> int:
    """How many lines a web page reads to at least, counted in its markup before it is parsed: its source lines, or
    its paragraphs, table rows, list items, headings and line breaks where these are more (a 100,000-row table on
    one source line took 197 s and 1.6 GB to draft from, never refused by a count of source lines)."""
    blocks = re.compile(rb"<(?:p|tr|li|br|h[1-6]|dt|dd)[\s/>]", re.IGNORECASE)  # (compiled here: off check's path)
    return max(data.count(b"\n") + 1, sum(1 for _ in blocks.finditer(data)))


def pdf_unpacked_size(data: bytes, budget: int) -> int:
    """How many bytes a PDF's deflated streams unpack to, counted a megabyte at a time and given up past ``budget``
    (what is unpacked is not kept); a stream that is not deflated (an image's JPEG) counts as stored."""
    import zlib

    if re.search(rb"/FlateDecode\s*/FlateDecode", data):
        return budget + 1  # deflated twice over: what it unpacks to is not counted, and no writer does it
    total = 0
    for match in re.finditer(rb"(?<!end)stream[ \t]*(?:\r\n|\r|\n)", data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        inflate = zlib.decompressobj()
        rest = data[match.end():end]
        try:
            while rest and total <= budget:
                out = inflate.decompress(rest, 1 << 20)
                total += len(out)
                rest = inflate.unconsumed_tail
                if not out:
                    break
        except zlib.error:
            total += end - match.end()
        if total > budget:
            break
    return total


def _check_lines(path: Path, lines: int) -> None:
    """Refuse a document of more lines than a plan document is read to (:data:`MAX_LINES`), before reading them."""
    if lines > MAX_LINES:
        raise CheckerError(f"the document has {lines:,} lines (paragraphs and table rows), more than the "
                           f"{MAX_LINES:,} a plan document is read to", Location(str(path)),
                           hint="extract the part that holds the plan's targets (its 主要指标 table and goals)")


def _characters(doc: Document) -> Document:
    """``doc`` with the look-alikes some documents write for characters (a PDF maker's radicals, ⼈均预期寿命; Cyrillic
    Ш for Ⅲ) made those characters, one for one, so names match the catalogue and the data, and positions stay."""
    table = vocabulary.look_alikes()
    doc.lines = {number: line.translate(table) for number, line in doc.lines.items()}
    doc.blocks = [replace(b, text=b.text.translate(table)) if isinstance(b, Paragraph) else
                  replace(b, rows=tuple(tuple(replace(c, text=c.text.translate(table)) for c in row) for row in b.rows))
                  if isinstance(b, Table) else b for b in doc.blocks]
    return doc
