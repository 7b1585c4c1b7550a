"""Every target cell of the five seed plans' main indicator tables (tests/data/seed_table_targets.yaml).

Two things are checked per cell:

* the fixture is true to the source: the cell text really is at the stated line of the seed file
  (``test_cell_text_at_line``, ``test_cell_text_is_whole_cell_at_line``; these need only the seeds);
* the phrase grammar gives the expected kind (``test_kind``; needs ``checker.parse_target``).

The seed files live outside the repository (``<repo>/../shared/seeds``, or the directory named by the
environment variable ``CHECKER_SEEDS``); without them the whole module is skipped.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

FIXTURE = Path(__file__).resolve().parent / "data" / "seed_table_targets.yaml"
SEEDS = Path(os.environ.get("CHECKER_SEEDS") or Path(__file__).resolve().parents[2] / "shared" / "seeds")

if not SEEDS.is_dir():
    pytest.skip(f"seed plans not found at {SEEDS} (set CHECKER_SEEDS)", allow_module_level=True)

# Counted by hand from the tables; a dropped row makes test_fixture_counts fail.
EXPECTED_CELLS = {
    "000_2ad0531add9e615f.txt": 14,  # Nan'an: 14 rows x 2030
    "001_3017dd3902afe4e7.txt": 56,  # Raoping: 14 rows x (2025, 2030, 2030年市指标值, 2030年省指标值)
    "002_5016c072d5ffe20f.txt": 30,  # Nantong: 15 rows x (2020, 2030)
    "003_c3b46ea3b2ae820f.txt": 21,  # Fuzhou: 21 rows x 2025
    "004_bf6091a721eff7e0.txt": 24,  # Nanyang: 24 rows x 2025
}

KINDS = {
    "upper_bound", "lower_bound", "reach", "around", "range", "vs_reference", "offset_vs_reference",
    "vs_baseline", "annual_rate", "trend", "maintain", "linked", "external", "full_coverage",
    "achieved", "unspecified",
}
DIRECTIONS = {"up", "down", "neutral"}

_WS = re.compile(r"\s+")


def _squash(s: str) -> str:
    return _WS.sub("", s)


def _load_entries() -> list[dict]:
    with FIXTURE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list) and data, f"{FIXTURE} must be a non-empty YAML list"
    return data


ENTRIES = _load_entries()


def _ids(entries: list[dict]) -> list[str]:
    """"000:144"; cells sharing a line (Nantong's one-row-a-line table) get the column appended."""
    per_line = Counter((e["file"], e["line"]) for e in entries)
    ids = []
    for e in entries:
        i = f"{e['file'][:3]}:{e['line']}"
        if per_line[(e["file"], e["line"])] > 1:
            i += f":{e['column']}"
        ids.append(i)
    return ids


IDS = _ids(ENTRIES)

_lines_cache: dict[str, list[str]] = {}


def _seed_lines(name: str) -> list[str]:
    """Lines of a seed file, numbered like awk's NR (split on \\n only)."""
    if name not in _lines_cache:
        path = SEEDS / name
        if not path.is_file():
            pytest.fail(f"seed file {path} is missing")
        text = path.read_text(encoding="utf-8")
        _lines_cache[name] = [ln.rstrip("\r") for ln in text.split("\n")]
    return _lines_cache[name]


def _line_and_next(entry: dict) -> tuple[str, str]:
    lines = _seed_lines(entry["file"])
    n = entry["line"]
    assert 1 <= n <= len(lines), f"{entry['file']} has {len(lines)} lines, fixture says line {n}"
    return lines[n - 1], (lines[n] if n < len(lines) else "")


def test_fixture_counts():
    counts = Counter(e["file"] for e in ENTRIES)
    for name, expected in EXPECTED_CELLS.items():
        assert counts[name] >= expected, f"{name}: {counts[name]} cells in the fixture, expected {expected}"
    assert set(counts) <= set(EXPECTED_CELLS), f"unexpected files: {set(counts) - set(EXPECTED_CELLS)}"


def test_fixture_well_formed():
    seen = set()
    for e, i in zip(ENTRIES, IDS):
        assert {"file", "line", "indicator", "column", "text", "unit", "direction", "kind"} <= set(e), i
        assert isinstance(e["line"], int) and e["line"] > 0, i
        assert isinstance(e["column"], str) and e["column"], i
        assert isinstance(e["text"], str), i
        assert e["unit"] is None or isinstance(e["unit"], str), i
        assert e["direction"] in DIRECTIONS, f"{i}: direction {e['direction']!r}"
        assert e["kind"] in KINDS, f"{i}: kind {e['kind']!r}"
        key = (e["file"], e["line"], e["column"])
        assert key not in seen, f"{i}: duplicate cell"
        seen.add(key)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_cell_text_at_line(entry):
    """The cell text (whitespace removed) occurs in its line joined with the next one."""
    line, nxt = _line_and_next(entry)
    assert _squash(entry["text"]) in _squash(line + nxt), (
        f"{entry['file']}:{entry['line']}: {entry['text']!r} not in {line!r} + {nxt!r}"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_cell_text_is_whole_cell_at_line(entry):
    """Stricter: the text is a whole cell (one tab-separated field of the line, or the line, or the
    line joined with the next when the cell spans two lines), not just part of a longer cell."""
    line, nxt = _line_and_next(entry)
    candidates = {f.strip() for f in line.split("\t")}
    candidates.add(line.strip() + nxt.strip())
    assert entry["text"] in candidates, (
        f"{entry['file']}:{entry['line']}: {entry['text']!r} is not a whole cell of {line!r} (+ {nxt!r})"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_kind(entry):
    import checker

    rule = checker.parse_target(entry["text"], unit=entry["unit"], direction=entry["direction"])
    note = f" ({entry['comment']})" if entry.get("comment") else ""
    assert rule.kind == entry["kind"], (
        f"{entry['file']}:{entry['line']} {entry['indicator']} [{entry['column']}] "
        f"{entry['text']!r} unit={entry['unit']!r} direction={entry['direction']}: "
        f"got {rule.kind!r}, expected {entry['kind']!r}{note}"
    )
