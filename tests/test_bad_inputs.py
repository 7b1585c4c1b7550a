"""Every bad input in tests/bad_inputs/ gets a located, one-screen message, the right exit code,
no traceback, and leaves no file behind.

Each case is a folder with its input files and a ``case.yaml``: the command (``{dir}`` is the case's
folder, copied to a temporary place), the exit code and the pieces the message must contain.
Inputs too large to keep in the repository are made by the tests below the table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

CASES = Path(__file__).parent / "bad_inputs"
REPO = Path(__file__).resolve().parents[1]


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})


def assert_reported(result: subprocess.CompletedProcess, exit_code: int, pieces: list[str]) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == exit_code, output
    for piece in pieces:
        assert piece in output, f"{piece!r} not in:\n{output}"
    assert len(result.stderr.splitlines()) <= 12, "an error must fit on one screen"


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_bad_input(case: str, tmp_path: Path) -> None:
    folder = tmp_path / case
    shutil.copytree(CASES / case, folder)
    spec = yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8"))
    before = sorted(p.name for p in folder.rglob("*"))
    args = [arg.replace("{dir}", str(folder)) for arg in spec["command"]]
    assert_reported(run(args, tmp_path), spec["exit"], spec["message"])
    after = sorted(p.name for p in folder.rglob("*"))
    assert after == before, "nothing may be left behind (no output, no temporary file)"
    for name in before:  # inputs untouched
        original, copy = CASES / case / name, folder / name
        if original.is_file():
            assert copy.read_bytes() == original.read_bytes()


def test_every_case_says_what_it_is() -> None:
    for folder in CASES.iterdir():
        if folder.is_dir():
            first = (folder / "case.yaml").read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# ") and len(first) > 10, folder.name


def test_fifty_megabyte_line(tmp_path: Path) -> None:
    data = tmp_path / "big.csv"
    with open(data, "w", encoding="utf-8") as handle:
        handle.write("indicator,year,value\n婴儿死亡率,2024," + "9" * (50 * 1024 * 1024) + "\n")
    assert_reported(run(["check", "nanan-2030", str(data)], tmp_path), 2, ["big.csv:2", "longer than"])


def test_fifty_megabyte_plan_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: {id: x, note: '" + "长" * (25 * 1024 * 1024) + "'}\n", encoding="utf-8")
    assert_reported(run(["lint", str(plan)], tmp_path), 1, ["plan.yaml", "larger than 20 MB", "--max-file-mb"])


def test_limits_can_be_raised(tmp_path: Path) -> None:
    """Each limit names the option that raises it, and the option works."""
    data = tmp_path / "rows.csv"
    data.write_text("indicator,year,value\n" + "".join(f"婴儿死亡率,{year},3\n" for year in range(2001, 2021)),
                    encoding="utf-8")
    assert_reported(run(["--max-rows", "5", "check", "nanan-2030", str(data)], tmp_path), 2,
                    ["more than 5 data rows", "--max-rows"])
    assert run(["--max-rows", "50", "check", "nanan-2030", str(data)], tmp_path).returncode in (0, 1)
    bomb = CASES / "alias-bomb" / "plan.yaml"
    assert_reported(run(["--max-yaml-values", "50", "lint", str(bomb)], tmp_path), 1, ["more than 50 values"])
    deep = tmp_path / "deep.yaml"
    deep.write_text("plan: " + "[" * 20 + "]" * 20 + "\n", encoding="utf-8")
    assert_reported(run(["--max-yaml-depth", "10", "lint", str(deep)], tmp_path), 1, ["deeper than 10", "--max-yaml-depth"])


def test_output_is_not_truncated_on_error(tmp_path: Path) -> None:
    """A failed run leaves an existing output file exactly as it was (temp file + rename)."""
    out = tmp_path / "out.json"
    out.write_text("previous results\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator,year,value\n婴儿死亡率,2024,abc\n", encoding="utf-8")
    result = run(["check", "nanan-2030", str(bad), "--format", "json", "--output", str(out)], tmp_path)
    assert_reported(result, 2, ["bad.csv:2:3"])
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".checker-")] == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files without read permission")
def test_no_read_permission(tmp_path: Path) -> None:
    data = tmp_path / "secret.csv"
    data.write_text("indicator,year,value\n婴儿死亡率,2024,3\n", encoding="utf-8")
    data.chmod(0)
    assert_reported(run(["check", "nanan-2030", str(data)], tmp_path), 2, ["secret.csv", "permission"])
