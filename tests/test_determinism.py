"""The same inputs give byte-identical output: stable ordering, no set order or timestamps leaking in.

Each output format is produced twice, in two processes with different hash seeds (set iteration
order differs between them), and compared byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "nanan-2030.csv"
FORMATS = ["json", "table", "junit", "github", "markdown", "sarif", "xlsx"]


def produce(fmt: str, out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "checker", "check", "nanan-2030", str(EXAMPLE), "--format", fmt,
                    "--output", str(out)], cwd=REPO, env=env, capture_output=True, timeout=120)
    return out.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_inputs_same_bytes(fmt: str, tmp_path: Path) -> None:
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    first = produce(fmt, tmp_path / f"a.{fmt}", "1")
    second = produce(fmt, tmp_path / f"b.{fmt}", "2")
    assert first, "the output is empty"
    assert first == second


def test_report_same_bytes(tmp_path: Path) -> None:
    def report(folder: Path, seed: str) -> bytes:
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1735689600", "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-m", "checker", "report", "nanan-2030", str(EXAMPLE), "-o", "report.html"],
                       cwd=folder, env=env, capture_output=True, timeout=300)
        return (folder / "report.html").read_bytes()

    # the same command in two folders (the report names its output as given: report.html)
    first, second = report(tmp_path / "one", "1"), report(tmp_path / "two", "2")
    assert first and first == second
