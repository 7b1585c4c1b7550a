"""Which reader reads a document, by its file name; the heavy ones only when needed.

Plain text and Markdown need nothing beyond checker's own dependencies; Word, PDF and HTML need the
``extract`` extra (python-docx, pdfplumber, beautifulsoup4). A missing one is a one-line error
that says what to install.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from checker import DISTRIBUTION
from checker.documents.model import Document
from checker.errors import CheckerError, Location

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
            ".docx": "word", ".pdf": "pdf", ".html": "web", ".htm": "web"}
_NEEDS = {"word": "docx", "pdf": "pdfplumber", "web": "bs4"}
_PACKAGES = {"word": "python-docx", "pdf": "pdfplumber", "web": "beautifulsoup4"}


def read_document(path: str | Path, progress=None) -> Document:
    """The document at ``path``; ``progress`` (a function of one line) hears of long PDFs' pages."""
    path = Path(path)
    if not path.is_file():
        raise CheckerError("no such document", Location(str(path)))
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise CheckerError(f"cannot read {path.suffix or 'a file without a suffix'}: checker extract reads "
                           f"{', '.join(sorted(SUFFIXES))}", Location(str(path)),
                           hint="save a .doc as .docx, or the document as plain text")
    if kind in _NEEDS:
        try:
            importlib.import_module(_NEEDS[kind])
        except ImportError:
            raise CheckerError(f"reading {path.suffix} needs {_PACKAGES[kind]}: "
                               f"pip install '{DISTRIBUTION}[extract]'", Location(str(path))) from None
    module = importlib.import_module(f"checker.documents.{kind}")
    return module.read(path, progress) if kind == "pdf" else module.read(path)
