"""Issue 15 item 1: the cache of parsed plans can be written by someone else; nothing they plant runs
or is used. (An entry is JSON data; a folder or entry that is not the user's own is passed over.)"""

from __future__ import annotations

import json
import os
import pickle
import stat
from pathlib import Path

import pytest

from checker.plan import cache as plan_cache
from checker.plan.loader import load_plan, read_plan, resolve

from conftest import EXAMPLE_DATA, calm, run_checker

POSIX = os.name == "posix" and hasattr(os, "getuid")
ROOT = POSIX and os.getuid() == 0


class _Payload:
    """Unpickling this creates the marker file: what an attacker's planted pickle would do."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def plant(folder: Path, marker: Path, plan: str = "nanan-2030") -> str:
    """Plant, for the plan's key, a pickle (old and new entry names) and a valid-looking but altered entry."""
    path = str(resolve(plan))
    name = plan_cache.entry_name(path, Path(path).read_bytes())
    payload = pickle.dumps(_Payload(str(marker)))
    (folder / name.replace(".plan.json", ".pickle")).write_bytes(payload)  # the old entry name
    (folder / name).write_bytes(payload)
    return name


def altered_entry(plan: str = "nanan-2030") -> str:
    """A well-formed entry for the plan with another id: used, the report would name it."""
    from checker.plan.codec import to_data
    from checker.records import replace

    fresh = read_plan(plan)[0]
    return json.dumps(to_data(replace(fresh, id="planted")), ensure_ascii=False)


def check_nanan(tmp_path: Path, folder: Path) -> str:
    result = run_checker(["check", "nanan-2030", str(EXAMPLE_DATA), "--format", "json"], tmp_path,
                         env={"CHECKER_CACHE_DIR": str(folder)})
    calm(result, {0, 1})
    return json.loads(result.stdout)["plan"]["id"]


@pytest.mark.skipif(not POSIX, reason="owners and modes are POSIX")
def test_a_planted_pickle_never_runs(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    marker = tmp_path / "PWNED"
    plant(folder, marker)
    assert check_nanan(tmp_path, folder) == "nanan-2030"
    assert not marker.exists(), "a planted pickle was executed"


@pytest.mark.skipif(not POSIX, reason="owners and modes are POSIX")
def test_an_entry_in_a_world_writable_folder_is_not_used(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = str(resolve("nanan-2030"))
    entry = folder / plan_cache.entry_name(path, Path(path).read_bytes())
    entry.write_text(altered_entry(), encoding="utf-8")
    entry.chmod(0o600)
    folder.chmod(0o777)
    assert check_nanan(tmp_path, folder) == "nanan-2030"
    folder.chmod(0o700)  # the same entry, now in the user's own folder, is used: the test above can fail
    assert check_nanan(tmp_path, folder) == "planted"


@pytest.mark.skipif(not POSIX, reason="owners and modes are POSIX")
def test_a_group_writable_entry_is_not_used(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    path = str(resolve("nanan-2030"))
    entry = folder / plan_cache.entry_name(path, Path(path).read_bytes())
    entry.write_text(altered_entry(), encoding="utf-8")
    entry.chmod(0o620)
    assert check_nanan(tmp_path, folder) == "nanan-2030"


@pytest.mark.skipif(not ROOT, reason="planting as another user needs root to chown")
def test_an_entry_owned_by_another_user_is_not_used(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    path = str(resolve("nanan-2030"))
    entry = folder / plan_cache.entry_name(path, Path(path).read_bytes())
    entry.write_text(altered_entry(), encoding="utf-8")
    entry.chmod(0o600)
    os.chown(entry, 65534, 65534)
    assert check_nanan(tmp_path, folder) == "nanan-2030"
    os.chown(entry, 0, 0)
    os.chown(folder, 65534, 65534)  # and a folder of theirs
    assert check_nanan(tmp_path, folder) == "nanan-2030"


@pytest.mark.skipif(not POSIX, reason="FIFOs are POSIX")
def test_a_fifo_entry_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    path = str(resolve("nanan-2030"))
    os.mkfifo(folder / plan_cache.entry_name(path, Path(path).read_bytes()), 0o600)
    result = run_checker(["check", "nanan-2030", str(EXAMPLE_DATA)], tmp_path,
                         env={"CHECKER_CACHE_DIR": str(folder)}, timeout=60)
    calm(result, 1)


def test_a_relative_cache_folder_is_never_used(tmp_path):
    result = run_checker(["check", "nanan-2030", str(EXAMPLE_DATA)], tmp_path, env={"CHECKER_CACHE_DIR": "cache"})
    calm(result, 1)
    assert not (tmp_path / "cache").exists()


def test_command_line_limits_apply_to_cached_plans(tmp_path):
    folder = tmp_path / "cache"
    env = {"CHECKER_CACHE_DIR": str(folder)}
    calm(run_checker(["check", "nanan-2030", str(EXAMPLE_DATA)], tmp_path, env=env), 1)
    assert list(folder.iterdir())  # cached
    result = run_checker(["--max-yaml-values", "10", "check", "nanan-2030", str(EXAMPLE_DATA)], tmp_path, env=env)
    assert "values" in calm(result, 2)


def test_entries_are_private_json(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(folder))
    fresh = load_plan("nanan-2030")
    (entry,) = folder.iterdir()
    assert entry.name.endswith(".plan.json")
    json.loads(entry.read_text(encoding="utf-8"))
    if POSIX:
        assert stat.S_IMODE(entry.stat().st_mode) & 0o077 == 0
    assert load_plan("nanan-2030") == fresh
