"""The cache of parsed plans (checker/plan/cache.py): a cached plan equals a freshly parsed one, any
change to the plan's bytes is a new entry, and a broken or unwritable cache never fails a load."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.plan import cache as plan_cache
from checker.errors import PlanError
from checker.plan.loader import load_plan, read_plan, resolve


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.plan.json")) if folder.exists() else []


def test_a_cached_plan_equals_the_parsed_one(cache):
    fresh = load_plan("nanan-2030")
    assert len(entries(cache)) == 1
    again = load_plan("nanan-2030")
    assert again is not fresh  # it came from the cache, not from memory
    assert again == fresh == read_plan("nanan-2030")[0]
    if os.name == "posix":
        assert cache.stat().st_mode & 0o777 == 0o700


def test_a_changed_plan_is_parsed_again(cache, tmp_path):
    path = tmp_path / "plan.yaml"
    shutil.copy(resolve("nanan-2030"), path)
    first = load_plan(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("region: 南安市", "region: 晋江市", 1), encoding="utf-8")
    second = load_plan(path)
    assert (first.region, second.region) == ("南安市", "晋江市")
    assert first.sha256 != second.sha256
    assert len(entries(cache)) == 2


def test_a_plan_with_errors_is_not_kept(cache, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("plan: {id: x}\nindicators: 3\n", encoding="utf-8")
    with pytest.raises(PlanError):
        load_plan(path)
    with pytest.raises(PlanError):  # and it fails again, from the file
        load_plan(path)
    assert entries(cache) == []


def test_a_broken_entry_is_ignored(cache):
    fresh = load_plan("nanan-2030")
    for entry in entries(cache):
        entry.write_bytes(b"not a plan")
    assert load_plan("nanan-2030") == fresh


def test_an_unwritable_cache_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocker / "cache"))
    assert load_plan("nanan-2030").id == "nanan-2030"


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    assert plan_cache.folder() is None
    assert load_plan("nanan-2030").id == "nanan-2030"


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("CHECKER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert plan_cache.folder() == str(tmp_path / "checker")


def test_no_home_no_cache(monkeypatch):
    monkeypatch.delenv("CHECKER_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)  # HOME unset and no password entry
    assert plan_cache.folder() is None


def _parse_rules(name: str):
    from checker.rulefiles import load_rules_yaml

    load_rules_yaml.cache_clear()  # as a new process would
    return load_rules_yaml(name)


def test_parsed_rules_files_are_kept_as_json_and_read_back_the_same(cache):
    import yaml

    from checker.rulefiles import rules_file

    with open(rules_file("grammar.yaml"), encoding="utf-8") as handle:
        expected = yaml.safe_load(handle)
    assert _parse_rules("grammar.yaml") == expected
    kept = sorted(cache.glob("*.rules.json"))
    assert len(kept) == 1
    assert _parse_rules("grammar.yaml") == expected  # from the entry this time
    kept[0].write_text('{"patterns": "not the grammar"', encoding="utf-8")  # truncated: parsed again
    assert _parse_rules("grammar.yaml") == expected
    kept[0].write_text("[]", encoding="utf-8")  # JSON, but no rules file is a list: parsed again
    assert _parse_rules("grammar.yaml") == expected


@pytest.mark.skipif(os.name != "posix", reason="owners and modes are POSIX")
def test_a_rules_entry_others_may_write_is_never_read(cache):
    _parse_rules("policy.yaml")
    (entry,) = cache.glob("*.rules.json")
    entry.write_text('{"planted": true}', encoding="utf-8")
    entry.chmod(0o666)  # writable by others: whoever wrote it, it is not trusted
    assert "planted" not in _parse_rules("policy.yaml")  # (and the entry is written anew, the user's own)
    entry.write_text('{"planted": true}', encoding="utf-8")
    entry.chmod(0o600)
    assert _parse_rules("policy.yaml") == {"planted": True}  # the user's own entry is read (the test of the test)
    entry.unlink()
    _parse_rules("policy.yaml")  # leave no planted rules behind in this process
