"""CSV and xlsx for Excel users (issue 17 item 2): CSV with a byte-order mark by default so that Excel
opens it by double-click (Chinese Windows included), --encoding to choose, xlsx headers in --lang,
and --csv/--jsonl/--xlsx FILE beside --junit/--sarif so one run writes them all."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = str(ROOT / "examples" / "nanan-2030.csv")
CJK = re.compile(r"[\u3400-\u9fff]")


def _run(*arguments: str):
    done = CliRunner().invoke(main, ["check", "nanan-2030", DATA, *arguments])
    assert done.exit_code in (0, 1), done.output
    return done


def _rows(data: bytes, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def test_csv_opens_in_excel_utf8_with_a_byte_order_mark_by_default(tmp_path):
    """Excel takes a CSV without a BOM for the system's ANSI code page (GBK on a Chinese Windows), which
    turns UTF-8 Chinese into mojibake; with the BOM it reads UTF-8. Every way of writing CSV has it."""
    out = tmp_path / "results.csv"
    _run("--format", "csv", "--output", str(out))
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and not data.startswith(codecs.BOM_UTF8 * 2)
    rows = _rows(data, "utf-8-sig")
    assert rows[0][:3] == ["region", "indicator", "name_zh"] and rows[1][2] == "人均预期寿命"
    also = tmp_path / "also.csv"
    stdout = _run("--csv", str(also)).stdout_bytes  # the table to standard output, the CSV beside it
    assert also.read_bytes() == data and b"\xef\xbb\xbf" not in stdout
    piped = _run("--format", "csv").stdout_bytes  # standard output that is not a terminal (`> results.csv`)
    assert piped == data


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_encoding_chooses_another_csv_encoding(tmp_path, encoding):
    default = tmp_path / "default.csv"
    _run("--format", "csv", "--output", str(default))
    out = tmp_path / f"{encoding}.csv"
    _run("--format", "csv", "--output", str(out), "--encoding", encoding)
    data = out.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    assert _rows(data, encoding) == _rows(default.read_bytes(), "utf-8-sig")
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert _run("--format", "csv", "--encoding", encoding).stdout_bytes == data


def test_one_run_writes_every_file_format(tmp_path):
    files = {option: tmp_path / f"out.{suffix}" for option, suffix in
             [("--csv", "csv"), ("--jsonl", "jsonl"), ("--xlsx", "xlsx"), ("--junit", "xml"), ("--sarif", "sarif"),
              ("--json", "json"), ("--markdown", "md"), ("--github", "txt")]}
    arguments = [word for option, path in files.items() for word in (option, str(path))]
    done = _run(*arguments)
    assert "✔" in done.output or "通过" in done.output  # standard output still gets the table
    for option, path in files.items():
        alone = tmp_path / f"alone{path.suffix}"
        format_name = option.removeprefix("--")
        _run("--format", format_name, "--output", str(alone))
        assert path.read_bytes() == alone.read_bytes(), option
    records = [json.loads(line) for line in files["--jsonl"].read_text(encoding="utf-8").splitlines()]
    assert len(records) > 100


def test_file_options_name_distinct_files(tmp_path):
    same = str(tmp_path / "x.csv")
    done = CliRunner().invoke(main, ["check", "nanan-2030", DATA, "--csv", same, "--jsonl", same])
    assert done.exit_code == 2 and "name the same file" in done.output


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_xlsx_headers_follow_the_language(tmp_path, lang):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "results.xlsx"
    _run("--xlsx", str(out), "--lang", lang)
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        heads = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
        for head in heads:
            if lang == "en":
                assert not CJK.search(head), (sheet.title, head)
            elif head not in ("SHA-256",):
                assert CJK.search(head), (sheet.title, head)
    assert not CJK.search("".join(book.sheetnames)) if lang == "en" else CJK.search("".join(book.sheetnames))
