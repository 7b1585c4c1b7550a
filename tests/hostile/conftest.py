"""Shared by the hostile-input tests: run checker as a user would, and check that it stayed calm."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_DATA = REPO / "examples" / "nanan-2030.csv"


def run_checker(args: list[str], cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None,
                timeout: int = 120) -> subprocess.CompletedProcess:
    """``python -m checker ARGS`` in ``cwd``, with checker from this repository."""
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, input=stdin, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def calm(result: subprocess.CompletedProcess, exit_code: int | set[int]) -> str:
    """The run's output, once it is known to have exited with ``exit_code`` (or one of them) and no traceback."""
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode in (exit_code if isinstance(exit_code, set) else {exit_code}), output
    return output
