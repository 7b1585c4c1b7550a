"""Twenty-third round: a new user's own plan and data, hostile files, and texts the project had not
seen; each test's words are written for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_plan_or_document_from_a_pipe_is_named_as_a_pipe(tmp_path):
    """`check <(cat plan.yaml) data.csv` said the plan "is a data file, not a plan", and `extract <(cat doc.txt)`
    said "no such document": both wrong about a file that is there. A pipe has no name to tell its kind by."""
    pipe = tmp_path / "fd63"
    os.mkfifo(pipe)  # nothing writes to it: reading it would hang, so it must be refused unread
    checked = CliRunner().invoke(main, ["check", str(pipe), str(ROOT / "examples" / "nanan-2030.csv")])
    assert checked.exit_code == 2
    assert "is a pipe or device, not a plan file" in checked.output and "data file" not in checked.output
    extracted = CliRunner().invoke(main, ["extract", str(pipe)])
    assert extracted.exit_code == 2
    assert "is a pipe or device, not a document file" in extracted.output
    assert "no such document" not in extracted.output
