"""Issue 15 items 2 and 15: outputs never replace what is not a regular file, keep a replaced file's
mode, refuse a read-only target, clear a killed run's temporaries, and a run writing several files
leaves none of them new when one fails."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker.reporters.output import written_in_place

from conftest import EXAMPLE_DATA, calm, run_checker

POSIX = os.name == "posix"
CHECK = ["check", "nanan-2030", str(EXAMPLE_DATA)]


@pytest.mark.skipif(not (POSIX and hasattr(os, "getuid") and os.getuid() == 0), reason="mknod needs root")
def test_a_character_device_is_written_in_place_not_replaced(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of the test's own
    calm(run_checker([*CHECK, "--format", "json", "--output", str(null)], tmp_path), 1)
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not POSIX, reason="FIFOs are POSIX")
def test_a_fifo_is_written_in_place_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    calm(run_checker([*CHECK, "--format", "json", "--output", str(fifo)], tmp_path, timeout=60), 1)
    reader.join(30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and received[0].startswith(b"{")


def test_dash_is_standard_output(tmp_path):
    result = run_checker([*CHECK, "--output", str(tmp_path / "table.txt"), "--json", "-"], tmp_path)
    output = calm(result, 1)
    assert result.stdout.startswith("{"), output
    assert (tmp_path / "table.txt").read_text(encoding="utf-8")
    assert not (tmp_path / "-").exists()


def test_dash_counts_as_standard_output_for_the_one_format_rule(tmp_path):
    result = run_checker([*CHECK, "--json", "-", "--sarif", "-"], tmp_path)
    calm(result, 2)
    assert not (tmp_path / "-").exists()


def test_standard_streams_and_devices_are_never_renamed_over():
    for path in ("-", "/dev/stdout", "/dev/stderr", "/dev/null", "/dev/fd/1", "/proc/self/fd/1"):
        assert written_in_place(path), path


@pytest.mark.skipif(not POSIX, reason="modes are POSIX")
def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    calm(run_checker([*CHECK, "--format", "json", "--output", str(target)], tmp_path), 1)
    assert target.read_text(encoding="utf-8").startswith("{")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(not POSIX, reason="modes are POSIX")
def test_a_read_only_target_is_an_error_not_replaced(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    output = calm(run_checker([*CHECK, "--format", "json", "--output", str(target)], tmp_path), 2)
    assert "read-only" in output
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.skipif(not POSIX, reason="process ids and kill(pid, 0) are POSIX")
def test_a_killed_runs_temporaries_are_removed_by_the_next_run(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(finished.stdout)
    stale = tmp_path / f".checker-{dead}-abcdef.tmp"
    stale.write_text("half a report", encoding="utf-8")
    live = tmp_path / f".checker-{os.getpid()}-abcdef.tmp"  # a run still writing: left alone
    live.write_text("being written", encoding="utf-8")
    calm(run_checker([*CHECK, "--format", "json", "--output", str(tmp_path / "out.json")], tmp_path), 1)
    assert not stale.exists()
    assert live.exists()


@pytest.mark.skipif(not POSIX, reason="modes are POSIX")
def test_several_files_are_all_new_or_none(tmp_path):
    junit, json_file = tmp_path / "results.xml", tmp_path / "report.json"
    junit.write_text("OLD", encoding="utf-8")
    json_file.write_text("OLD", encoding="utf-8")
    json_file.chmod(0o444)  # the last to be written fails
    calm(run_checker([*CHECK, "--junit", str(junit), "--json", str(json_file)], tmp_path), 2)
    assert junit.read_text(encoding="utf-8") == "OLD"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "results.xml"]
    json_file.chmod(0o644)
    calm(run_checker([*CHECK, "--junit", str(junit), "--json", str(json_file)], tmp_path), 1)
    assert junit.read_text(encoding="utf-8").startswith("<?xml")
