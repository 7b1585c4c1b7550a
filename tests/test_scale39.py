"""National speed, round 39 (issue 18): the first file read and hashed while numpy and polars are imported.

The columnar reader's choice no longer imports numpy and polars (:func:`checker.data.columnar.available` finds
them); :func:`checker.data.columnar.read` starts reading the first file, then hashing it, on a thread, and imports
them meanwhile. What is read, and every error, stays the same.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("polars")
pytest.importorskip("numpy")


def test_choosing_the_columnar_reader_imports_neither_numpy_nor_polars(monkeypatch, tmp_path):
    """The reader's choice only finds them; importing them is the read's, beside the file's bytes."""
    import checker
    from checker.data import columnar

    root = Path(checker.__file__).resolve().parents[1]
    data = tmp_path / "big.csv"
    data.write_text("region,indicator,year,value\n" + "甲,人均预期寿命,2020,80\n" * 10, encoding="utf-8")
    code = ("import sys\nfrom checker.data import readers\n"
            f"assert readers.ColumnarReader().suits(({str(data)!r},))\n"
            "print(sorted(name for name in ('numpy', 'polars') if name in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root), "CHECKER_COLUMNAR_FROM_BYTES": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    monkeypatch.setitem(sys.modules, "polars", None)  # as without the scale extra: not chosen
    assert not columnar.available()


def test_a_file_read_ahead_gives_its_bytes_and_digest(tmp_path):
    from checker.data import columnar

    data = tmp_path / "a.csv"
    data.write_bytes(b"region,indicator,year,value\n" * 1000)
    ahead = columnar._Ahead(str(data))
    assert ahead.data() == data.read_bytes()
    assert ahead.digest() == hashlib.sha256(data.read_bytes()).hexdigest()
    _two_files_read_as_the_row_reader_reads_them(tmp_path)


def test_a_file_read_ahead_gives_its_bytes_when_asked_before_they_are_read(tmp_path):
    """Asked at once, while its thread still reads: the bytes come when read (a first version gave up its reference
    to the future the thread was to fill, and waited for ever)."""
    import threading

    from checker.data import columnar

    data = tmp_path / "big.csv"
    data.write_bytes(b"region,indicator,year,value\n" * 400_000)  # 11 MB: still being read when asked for
    got: list = []
    for _ in range(3):
        ahead = columnar._Ahead(str(data))
        asking = threading.Thread(target=lambda: got.append((ahead.data(), ahead.digest())), daemon=True)
        asking.start()
        asking.join(timeout=60)
        assert not asking.is_alive(), "the bytes never came"
    assert all(octets == data.read_bytes() and digest == hashlib.sha256(octets).hexdigest() for octets, digest in got)


def test_a_file_read_ahead_raises_what_reading_it_raises(tmp_path):
    from checker.data import columnar
    from checker.errors import CheckerError

    ahead = columnar._Ahead(str(tmp_path / "missing.csv"))
    with pytest.raises(CheckerError, match="no such file"):
        ahead.data()
    with pytest.raises(CheckerError, match="no such file"):
        ahead.digest()
    with pytest.raises(columnar.Unsuitable):  # the row reader reports it, at the path
        columnar.read((str(tmp_path / "missing.csv"),))


def _two_files_read_as_the_row_reader_reads_them(tmp_path):
    """Two files, the first read ahead, the second after it: the same observations and digests as the row reader."""
    from checker.data import columnar
    from checker.data.observations import read_rows

    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("region,indicator,year,value,unit\n甲,人均预期寿命,2020,80.5,岁\n乙,人均预期寿命,2020,79,岁\n",
                     encoding="utf-8")
    second.write_text("region,indicator,year,value,unit\n甲,人均预期寿命,2021,81,岁\n", encoding="utf-8")
    by_columns = columnar.read((str(first), str(second)))
    by_rows = read_rows(str(first), str(second))
    assert [f.sha256 for f in by_columns.files] == [f.sha256 for f in by_rows.files]
    assert [(o.region, o.year, o.value) for o in by_columns.items] == \
        [(o.region, o.year, o.value) for o in by_rows.items]
