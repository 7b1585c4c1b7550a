"""Issue 15 item 12: exit 1 means only "targets failed" (or the gate); an unexpected exception, out of
memory included, exits 3 with a one-screen message and no traceback (unless --debug); Ctrl-C exits 130."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker.cli import main

from conftest import EXAMPLE_DATA, REPO

CHECK = ["check", "nanan-2030", str(EXAMPLE_DATA)]


def explode(error: BaseException):
    def raiser(*args, **kwargs):
        raise error
    return raiser


@pytest.mark.parametrize("error", [RuntimeError("a bug"), MemoryError(), KeyError("x"), RecursionError()])
def test_an_unexpected_exception_exits_3_with_one_screen(monkeypatch, error):
    monkeypatch.setattr("checker.judge.pipeline.judge", explode(error))
    result = CliRunner().invoke(main, CHECK)
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "internal error" in result.output and "--debug" in result.output
    assert len(result.output.splitlines()) <= 12
    if isinstance(error, MemoryError):
        assert "out of memory" in result.output


def test_debug_shows_the_traceback(monkeypatch):
    monkeypatch.setattr("checker.judge.pipeline.judge", explode(RuntimeError("a bug")))
    result = CliRunner().invoke(main, ["--debug", *CHECK])
    assert result.exit_code == 3 and "Traceback" in result.stderr and "RuntimeError: a bug" in result.stderr


def test_ctrl_c_exits_130(monkeypatch):
    monkeypatch.setattr("checker.judge.pipeline.judge", explode(KeyboardInterrupt()))
    result = CliRunner().invoke(main, CHECK)
    assert result.exit_code == 130, result.output
    assert "Traceback" not in result.output


def test_an_internal_error_message_escapes_its_text(monkeypatch):
    monkeypatch.setattr("checker.judge.pipeline.judge", explode(RuntimeError("x\n::error::y\x1b[2J")))
    result = CliRunner().invoke(main, CHECK)
    assert result.exit_code == 3
    assert "\x1b" not in result.output
    assert not any(line.startswith("::") for line in result.output.splitlines())


def test_action_treats_2_and_3_as_errors_and_readme_lists_the_codes():
    action = (REPO / "action.yml").read_text(encoding="utf-8")
    assert "1) outcome=gated" in action and "*) outcome=error" in action and "130) outcome=error" in action
    for document in ("README.md", "docs/ci.md"):
        text = (REPO / document).read_text(encoding="utf-8")
        assert "| 3 |" in text and "| 130 |" in text, document


@pytest.mark.parametrize("text, piece", [
    ("around:\n  pass: 2\n", "policy.yaml:2:9"),
    ("around:\n  pass: true\n", "around.pass is not a number"),
    ("trend:\n  window: 2.5\n", "trend.window is not a whole number"),
    ("trend:\n  window: 0\n", "trend.window"),
    ("around:\n  pass: 0.2\n  warn: 0.1\n", "must contain its pass band"),
    ("trend:\n  min_points: 9\n", "no more points than its window"),
    ("maintain:\n  tolerance: -0.1\n", "maintain.tolerance"),
    ("- a list\n", "a mapping of sections"),
])
def test_a_policy_file_is_checked_against_its_schema(tmp_path, text, piece):
    """Issue 15 item 13: types, ranges, order; each error at its line, exit 2, no traceback."""
    from conftest import calm, run_checker

    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    output = calm(run_checker([*CHECK, "--policy", str(path)], tmp_path), 2)
    assert piece in output
