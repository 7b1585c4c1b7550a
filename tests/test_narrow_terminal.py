"""Issue 17 item 4: the table takes the width it has. At 80 columns each target is a block (nothing cut
to "…"); at 120 and 200 it is the six-column table, with long words folded, never cut; every --help
reads at 80 columns."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted(path.stem for path in (ROOT / "plans").glob("*.yaml"))
# lines printed one a line on purpose, so that they can be grepped: what was left out, skipped or revised
FOOT = ("未纳入", "left out", "已跳过", "skipped", "已修订", "revised", "因修订", "verdict changed")


def _check(plan: str, width: int, lang: str) -> str:
    result = CliRunner().invoke(main, ["check", plan, str(ROOT / "examples" / f"{plan}.csv"), "--lang", lang],
                                env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [80, 120, 200])
@pytest.mark.parametrize("plan", PLANS)
def test_no_cell_is_cut_and_lines_fit(plan, width, lang):
    text = _check(plan, width, lang)
    assert "…" not in text
    body = [line for line in text.splitlines()[1:] if not line.startswith(FOOT)]
    assert body and max(cell_len(line) for line in body) <= width


@pytest.mark.parametrize("plan", PLANS)
def test_blocks_at_80_and_a_table_when_wide(plan):
    narrow, wide = _check(plan, 80, "zh"), _check(plan, 200, "zh")
    assert "┃" not in narrow and "    目标  " in narrow and "    说明  " in narrow
    assert "┃" in wide and "目标" in wide
    # one block per result: as many block heads as the counts at the foot say
    foot = next(line for line in narrow.splitlines() if re.match(r"✔ 通过 \d+ ", line))
    total = sum(int(part) for part in re.findall(r" (\d+)(?=\s|$)", foot))
    heads = [line for line in narrow.splitlines() if line and line[0] in "✔▲✘–" and line != foot]
    assert len(heads) == total


def test_a_reason_wraps_on_whole_words_with_a_hanging_indent():
    text = _check("nanan-2030", 80, "en")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("    Reason    ") and len(line) > 70)
    follow = lines[start + 1]
    assert follow.startswith(" " * 14) and not follow[14:15].isspace()
    # a word is never split across the break in English
    assert lines[start].rstrip()[-1:].isalpha() or lines[start].rstrip()[-1:] in ",.:;)'"
    assert lines[start] == lines[start].rstrip()


def _display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    yield prefix
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,)


@pytest.mark.parametrize("command", list(_commands(main)), ids=lambda c: " ".join(c) or "checker")
def test_every_help_reads_at_80_columns(command):
    result = CliRunner().invoke(main, [*command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    wide = [line for line in result.output.splitlines() if _display_width(line) > 80]
    assert not wide, wide
