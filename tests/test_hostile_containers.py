"""Hostile files that are small on disk and huge once read: a workbook or a Word file that unpacks to more than
the file limit (a zip packs a million repeated rows into a few MB), and a web page nested thousands of levels
deep (finding each block's table walks its ancestors and descendants). Each is refused at once, with the limit
and how to raise it, instead of taking gigabytes of memory or minutes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from checker.data import observations
from checker.errors import CheckerError

_SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
          'main"><sheetData>{rows}</sheetData></worksheet>')


def _zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    from checker.data.readers import read_observations

    rows = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>2020</v></c><c><v>1</v></c></row>' * 20_000
    book = _zip(tmp_path / "data.xlsx", {"xl/worksheets/sheet1.xml": _SHEET.format(rows=rows)})
    assert book.stat().st_size < 100_000  # small on disk
    monkeypatch.setattr(observations, "MAX_BYTES", 1_000_000)
    with pytest.raises(CheckerError) as caught:
        read_observations(book)
    assert "once unpacked, more than the limit of" in caught.value.message
    assert "--max-file-mb" in caught.value.hint


def test_a_word_file_that_unpacks_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    pytest.importorskip("docx")
    from checker.documents.readers import read_document

    body = "<w:p><w:r><w:t>" + "到2025年，婴儿死亡率降到5‰以下。" * 50_000 + "</w:t></w:r></w:p>"
    word = _zip(tmp_path / "plan.docx", {"word/document.xml": f"<w:document><w:body>{body}</w:body></w:document>"})
    monkeypatch.setattr(observations, "MAX_BYTES", 1_000_000)
    with pytest.raises(CheckerError) as caught:
        read_document(word)
    assert "the Word file holds" in caught.value.message


def test_a_page_nested_deeper_than_any_page_is_refused(tmp_path):
    pytest.importorskip("bs4")
    from checker.documents.readers import read_document
    from checker.documents.web import MAX_DEPTH

    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * (MAX_DEPTH + 1) + "到2025年，婴儿死亡率降到5‰以下。" + "</div>" * (MAX_DEPTH + 1), encoding="utf-8")
    with pytest.raises(CheckerError) as caught:
        read_document(deep)
    assert f"{MAX_DEPTH + 1} levels deep" in caught.value.message
    shallow = tmp_path / "shallow.html"
    shallow.write_text("<div>" * 50 + "到2025年，婴儿死亡率降到5‰以下。" + "</div>" * 50, encoding="utf-8")
    assert read_document(shallow).paragraphs[0].text == "到2025年，婴儿死亡率降到5‰以下。"
