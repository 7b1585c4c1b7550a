"""Plan arguments read without pathlib (the everyday start does not import it) mean what pathlib
reads them as: the same plan or data decision, the same file, the same ``plan.file`` in the output."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.plan.loader import bundled_plans, is_plan_argument, load_plan, resolve

SPELLINGS = ["plan.yaml", "./plan.yaml", "sub//plan.yaml", "sub/../plan.yaml", "sub/./plan.yaml",
             "plan.yaml/", "PLAN.YML", "plan.yaml.csv", ".yaml", "..yaml", "a.", "data.csv", "nanan-2030",
             "nanan-2030/", "sub/nanan-2030", "", "."]


@pytest.mark.parametrize("argument", SPELLINGS)
def test_a_plan_argument_is_told_from_data_as_pathlib_reads_it(argument):
    expected = Path(argument).suffix.lower() in (".yaml", ".yml") or argument in bundled_plans()
    assert is_plan_argument(argument) is expected


@pytest.mark.parametrize("argument", ["plan.yaml", "./plan.yaml", "sub//plan.yaml", "sub/../plan.yaml",
                                      "sub/./plan.yaml", "nanan-2030"])
def test_a_plan_loads_from_the_file_resolve_names(argument, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    for folder in (tmp_path, tmp_path / "sub"):
        shutil.copy(resolve("nanan-2030"), folder / "plan.yaml")
    for _ in range(2):  # parsed, then from the cache
        assert load_plan(argument).file == str(resolve(argument))


def test_a_file_named_like_a_bundled_plan_is_that_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    shutil.copy(resolve("nanan-2030"), tmp_path / "nanan-2030")
    assert load_plan("nanan-2030").file == str(resolve("nanan-2030")) == "nanan-2030"
    assert os.path.isabs(str(resolve("fuzhou-14th-fyp")))
