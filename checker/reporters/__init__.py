"""One module per output format; each renders :class:`~checker.results.Results` and does nothing else.

Every reporter has ``render(report: Report) -> str``. :class:`Report` bundles the results with what
the output must say about its inputs (plan file and hash, data files and hashes, region, as-of).
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.observations import DataFile
from checker.plan import Plan
from checker.results import Results

FORMATS = ("table", "json")


@dataclass(frozen=True)
class Report:
    plan: Plan
    region: str
    results: Results
    files: tuple[DataFile, ...]
    lang: str = "zh"
    skipped: tuple[str, ...] = ()  # rows skipped with --skip-bad-rows, as located messages


def render(report: Report, fmt: str, *, terminal: bool = False) -> str:
    """The report in ``fmt``; ``terminal`` lets the table use colour and the terminal's width."""
    if fmt == "json":
        from checker.reporters import json_report

        return json_report.render(report)
    if fmt == "table":
        from checker.reporters import table

        return table.render(report, terminal=terminal)
    raise ValueError(f"unknown format {fmt!r}")
