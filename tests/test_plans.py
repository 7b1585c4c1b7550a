"""The bundled plans against their source documents: every quote is really there, every table row is in.

Reads the seed documents from ../shared/seeds (or $CHECKER_SEEDS) and skips cleanly where they are
absent. The number of rows of each main table is counted from the document itself (its 序号 column,
or its row blocks where it has none), never typed in here.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker.plan.lint import lint
from checker.plan.loader import load_plan

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("CHECKER_SEEDS", ROOT.parent / "shared" / "seeds"))
PLANS = sorted((ROOT / "plans").glob("*.yaml"))

# How each document marks its table rows: a 序号 sequence 1, 2, 3 … (the regex's group is the
# number), or "blocks" — rows separated by blank lines (饶平's table has no 序号 column).
ROW_MARKERS = {
    "000_2ad0531add9e615f.txt": r"^\t(\d+)$",
    "001_3017dd3902afe4e7.txt": "blocks",
    "002_5016c072d5ffe20f.txt": r"^[^\t]*\t(\d+)\t",
    "003_c3b46ea3b2ae820f.txt": r"^\t(\d+)\.",
    "004_bf6091a721eff7e0.txt": r"^\t(\d+)$",
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", str(text))


def document(plan) -> list[str]:
    return (SEEDS / plan.source["file"]).read_text(encoding="utf-8").split("\n")


def table_rows(lines: list[str], first: int, last: int, marker: str) -> int:
    """Rows of the table on lines first..last (1-based), counted from the document."""
    span = lines[first - 1:last]
    if marker == "blocks":  # a row starts after a blank line; the header is the first block
        starts = [i for i in range(1, len(span)) if span[i - 1] == "" and span[i].startswith("\t")]
        return len(starts) - 1 if starts and span[starts[0]].strip() in ("领域",) else len(starts)
    expected = 1
    for line in span:
        match = re.match(marker, line)
        if match and int(match.group(1)) == expected:
            expected += 1
    return expected - 1


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_quotes_and_texts_are_in_the_source(path: Path) -> None:
    plan = load_plan(path)
    lines = document(plan)
    checked = 0
    for indicator in plan.indicators:
        places = [(indicator.source, None)] if indicator.source else []
        places += [(target.source, target.text) for target in indicator.targets]
        for source, text in places:
            assert source.line is not None and 1 <= source.line <= len(lines), (indicator.id, source)
            here = squash(lines[source.line - 1] + (lines[source.line] if source.line < len(lines) else ""))
            if source.quote:
                assert squash(source.quote) in here, f"{indicator.id}: quote {source.quote!r} not at line {source.line}"
            if text is not None:
                assert squash(text) in (squash(source.quote or "") or here) or squash(text) in here, \
                    f"{indicator.id}: text {text!r} not in the quote or line {source.line}"
            checked += 1
    assert checked > len(plan.indicators)


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_every_table_row_has_an_entry(path: Path) -> None:
    plan = load_plan(path)
    first, last = int(plan.source["table_line"]), int(plan.source["table_end_line"])
    rows = table_rows(document(plan), first, last, ROW_MARKERS[plan.source["file"]])
    in_table = [i for i in plan.indicators if i.source and first <= i.source.line <= last]
    assert rows >= 10, "the row count from the document looks wrong"
    assert len(in_table) == rows, f"{len(in_table)} table indicators for {rows} rows"


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_plan_lints_without_errors_and_reads_every_target(path: Path) -> None:
    problems = lint(path)
    assert [str(p) for p in problems if p.severity == "error"] == []
    # baseline-year: Raoping's table prints its 2022 baseline as 27.97（2021年）, kept as written and warned of
    # references: Fuzhou's 达到或保持全省领先水平 and Nanyang's 进入全省第一方阵 name a level whose value neither plan gives
    # duplicate-target: Nanyang's plan states 达到或优于全省平均水平, 持续改善 … in two sections, both kept as written
    assert {p.code for p in problems} <= {"conflict", "baseline-conflict", "target-year", "baseline-year", "references",
                                          "duplicate-target"}
    assert all("neither names a region" in p.message for p in problems if p.code == "references")
    plan = load_plan(path)
    explicit = re.compile(r"^(?:[-—–－]+|？|\?|)$|开始做")
    for target in plan.targets:
        if target.rule.kind == "unspecified":
            assert explicit.search(squash(target.text)), f"{target.indicator}: {target.text!r} read as unspecified"


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_examples_and_published_data_check(path: Path) -> None:
    """`checker check <plan> examples/<plan>.csv` and the published-data run both work (exit 0 or 1); a
    published file without a row for the plan's own region is refused (exit 2) naming the regions it has."""
    import subprocess
    import sys

    for data in (ROOT / "examples" / f"{path.stem}.csv", ROOT / "examples" / "published" / f"{path.stem}.csv"):
        assert data.is_file(), data
        result = subprocess.run([sys.executable, "-m", "checker", "check", path.stem, str(data), "--format", "json"],
                                cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert "Traceback" not in result.stderr
        if path.stem == "nanan-2030" and data.parent.name == "published":  # no 南安市 figure was found
            assert result.returncode == 2 and "no rows for 南安市" in result.stderr and "泉州市" in result.stderr
            continue
        assert result.returncode in (0, 1), result.stderr
