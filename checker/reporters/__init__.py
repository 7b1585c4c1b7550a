"""One module per output format; each renders :class:`~checker.judge.results.Results` and does nothing else.

Every reporter has ``render(report: Report) -> str``. :class:`Report` bundles the results with what
the output must say about its inputs (plan file and hash, data files and hashes, region, as-of) and,
when the run compared the submission with a previous one (``--previous``), the revised values and
the verdicts they changed.

Formats: ``table`` (terminal), ``json``, and the CI formats ``junit`` (test reports), ``github``
(workflow-command annotations), ``markdown`` (``$GITHUB_STEP_SUMMARY``, merge-request comments) and
``sarif`` (SARIF 2.1.0, code scanning), and for large many-region runs the streamed ``jsonl`` (one
JSON record a line, then a summary line), ``csv`` (one row a result) and ``parquet`` (one table, through
polars): :func:`stream` yields them a piece at a time, so that no giant document is built in memory. Every format is deterministic: the same inputs give the same
bytes (stable order, no timestamps).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from checker.records import record

if TYPE_CHECKING:  # annotations only: `checker explain` imports reporters.escaping without the data readers
    from checker.data.observations import DataFile
    from checker.errors import CheckerError
    from checker.judge.results import Results
    from checker.plan.model import Plan

FORMATS = ("table", "json", "junit", "github", "markdown", "sarif", "xlsx", "jsonl", "csv", "parquet")
#: formats written a piece at a time (:func:`stream`), never as one string
STREAMED = ("jsonl", "csv", "parquet")
#: formats that are bytes, not text: written to a file, never to a terminal
BINARY = ("xlsx", "parquet")


def plan_block(plan: "Plan") -> dict:
    """The JSON outputs' ``plan`` object: the plan file and its hash, and where the document it was written from was
    published (its ``source.url``, or null), so that a reader without the document can find it."""
    url = str((plan.source or {}).get("url") or "").strip()
    return {"id": plan.id, "file": plan.file, "sha256": plan.sha256, "source_url": url or None}


def skipped_messages(report: "Report") -> list[str]:
    """Each skipped row's located error on one line, for text outputs."""
    return [str(error).replace("\n", " ") for error in report.skipped]


def unused_messages(report: "Report", lang: str | None = None) -> list[str]:
    """One line for each group of data rows the check did not use (checker.data.matching.UnusedRows)."""
    from checker.data.matching import place_fields

    period = report.plan.period if report.unused else (0, 0)
    places = (report.region, *report.regions, report.plan.region, *report.plan.references.values())
    fields = place_fields(report.plan)
    return [unused.words(lang or report.lang, period, places, fields, report.regions) for unused in report.unused]


def localised_record(result, lang: str) -> dict:
    """A result's JSON record with its evidence's ``band`` and ``arithmetic`` in ``lang``, as the
    audit report and the workbook print them (the reason carries both languages already). The
    shared evidence dict is copied, never changed."""
    record = result.record()
    record["evidence"] = localised_evidence(record["evidence"], lang, result.unit)
    return record


def observed(result, lang: str = "zh") -> str:
    """The value a verdict rests on, in its unit, with its year and what the value's own cell marks it
    as (``80.1岁 (2024, 快报数)``, ``2.1‰ (2024, *)``): a verdict on a preliminary figure must not read
    as one on a final figure, whether its cell says so or its column does (2023年（快报）), nor one on part of
    a year (a note's 1-6月数据) as one on the year. A note column's other remarks are the data's, not shown
    here. ``—`` for none."""
    if result.value is None:
        return "—"
    from checker.data.observations import PART_OF_YEAR, PRELIMINARY  # read already: a value follows the data
    from checker.judge.bands import fmt
    from checker.language.numbers import marked_year
    from checker.language.units import suffix

    observation = (result.evidence or {}).get("observation") or {}
    cell = str(observation.get("text") or "")
    marks = [_footnote_mark(str(note), lang) or _mark(str(note), lang) for note in observation.get("notes") or ()]
    shown: list[str] = []
    for mark, lettered in dict.fromkeys(marks):  # 快报数, 1-6月数据: not the final year's
        if mark and (lettered or mark in cell or mark.casefold().startswith(PRELIMINARY) or PART_OF_YEAR.search(mark)) \
                and not any(mark in other or other in mark for other in shown):  # 快报数 and a note's 快报: one note once
            shown.append(mark)
    said = "".join(f", {mark}" for mark in shown)
    other = marked_year(observation.get("notes"), result.year)  # 27.97（2021年） in a 2023 row: judged as 2023's
    if other is not None:
        said += f", 注明为{other}年的值" if lang == "zh" else f", marked as {other}'s value"
    return f"{fmt(result.value)}{suffix(result.unit, lang)} ({result.year}{said})"


def _footnote_mark(note: str, lang: str) -> tuple[str, bool] | None:
    """The preliminary word of a note under the table that the reader gave this value (``注：*为快报数。`` → 快报:
    the cell's ``*`` alone did not say what it marks; ``快报 (preliminary)`` in English), or None for any other note.
    A note under the table opens with its head (注：, 资料来源：, Note:) or, a clause of it, with the clause's number
    (``2．2024年数据为快报数。``)."""
    import re

    from checker.data.footnotes import numbered_line
    from checker.data.observations import FOOTNOTE, PRELIMINARY

    if not (note.startswith(("注", "Note", "note")) or re.match(FOOTNOTE, note) and not note.startswith(
            ("*", "＊", "※", "#", "＃", "△", "▲")) or numbered_line(note)):
        return None
    word = next((word for word in PRELIMINARY if word in note), None)
    if word is None:
        return None
    return (word if lang == "zh" or word.isascii() else f"{word} (preliminary)"), True


def _mark(note: str, lang: str) -> tuple[str, bool]:
    """The mark a value's note gives, as :func:`observed` shows it, and whether it is a letter's: the note's head
    (``快报数``, ``*`` of ``* (annotated)``), or for a letter's mark (2025E, 2024P, 2025F) its words in ``lang``
    (``E (预计, estimated)``: 预计, estimated), always shown: a 2025E figure read as a final one (2025年（预计） showed)."""
    head, _, words = note.partition(" (")
    said = [word.strip() for word in words.rstrip(")").split(",")] if words else []
    if len(head) == 1 and head.isalpha() and len(said) == 2:
        return (said[0] if lang == "zh" else said[1]), True
    return head, False


def localised_evidence(evidence: dict, lang: str, unit: str | None) -> dict:
    """``evidence`` with its ``band`` and ``arithmetic`` in ``lang`` (the indicator's ``unit`` named
    in English words); the dict itself where nothing changes, else a copy."""
    if evidence.get("band") or evidence.get("arithmetic"):
        from checker.reporters.messages import formula

        localised = {key: formula(evidence[key], lang, unit) for key in ("band", "arithmetic") if evidence.get(key)}
        if any(localised[key] != evidence[key] for key in localised):
            return {**evidence, **localised}
    return evidence


@record
class Report:
    """Results with what every output says about the run: plan, data files, region, the comparison."""

    __slots__ = ("plan", "region", "results", "files", "lang", "skipped", "revisions", "changed_verdicts", "previous",
                 "fail_on", "fail_on_revision", "columns", "regions", "unused", "policy", "data_warnings")

    def __init__(self, plan: Plan, region: str, results: Results, files: tuple[DataFile, ...], lang: str = "zh",
                 skipped: tuple[CheckerError, ...] = (), revisions: tuple = (), changed_verdicts: tuple = (),
                 previous: tuple[DataFile, ...] = (), fail_on: str | None = None, fail_on_revision: bool = False,
                 columns: Mapping[tuple[str, int, int], int] | None = None, regions: tuple[str, ...] = (),
                 unused: tuple = (), policy: object | None = None, data_warnings: tuple[str, ...] = ()) -> None:
        self.plan = plan
        self.region = region
        self.results = results
        self.files = files
        self.lang = lang
        self.skipped = skipped  # rows skipped with --skip-bad-rows, each a located error
        #: values of the previous submission (``--previous``) that the new one changed (checker.data.revisions.Revision)
        self.revisions = revisions
        #: verdicts that the revisions alone changed (checker.data.revisions.ChangedVerdict)
        self.changed_verdicts = changed_verdicts
        #: the previous submission's files; empty when the run compared nothing
        self.previous = previous
        #: the gate the run applies (--fail-on), for formats that say whether the run is blocked
        self.fail_on = fail_on
        self.fail_on_revision = fail_on_revision
        #: (file, line, cell number) → character column of that cell in the line, for formats that point
        #: into the file (github, sarif); a location missing here is given without a column
        self.columns = {} if columns is None else columns
        #: the regions judged when the run judged several (--all-regions, --regions); empty for one region
        self.regions = regions
        #: data rows the check did not use, by reason (checker.data.matching.UnusedRows): rows read = used + listed
        self.unused = unused
        #: the policy the results were judged with (rules/policy.yaml and --policy), for formats that put a
        #: target's meaning in words; None: the default
        self.policy = policy
        #: what ``check`` warned of on standard error about the data (a share written as a fraction 100 times
        #: off its target, a tenfold jump, names that may be one place …), each a located line
        self.data_warnings = data_warnings


class TargetFinder:
    """Finds the plan's :class:`~checker.plan.model.Target` behind each result (by indicator and plan file
    line, else by indicator, year and words), for formats that show the rule itself."""

    def __init__(self, plan: Plan):
        self.by_line = {(t.indicator, t.location.line): t for t in plan.targets}
        self.by_text: dict[tuple, list] = {}
        for target in plan.targets:
            self.by_text.setdefault((target.indicator, target.year, target.text), []).append(target)

    def find(self, result):
        line = (result.evidence.get("plan") or {}).get("line")
        found = self.by_line.get((result.indicator, line))
        if found is not None:
            return found
        candidates = self.by_text.get((result.indicator, result.target_year, result.target_text)) or [None]
        return candidates[0]


def stream(report: Report, fmt: str):
    """The report in a streamed format (``jsonl``, ``csv``: text; ``parquet``: bytes): an iterator of
    chunks, lazily made."""
    from checker.reporters import streamed

    if fmt == "jsonl":
        return streamed.jsonl(report)
    if fmt == "csv":
        return streamed.csv_rows(report)
    if fmt == "parquet":
        from checker.reporters import parquet

        return parquet.stream(report)
    raise ValueError(f"{fmt!r} is not a streamed format")


def render(report: Report, fmt: str, *, terminal: bool = False) -> str:
    """The report in ``fmt``; ``terminal`` lets the table use colour and the terminal's width."""
    if fmt in STREAMED:
        return (b"" if fmt in BINARY else "").join(stream(report, fmt))
    if fmt == "json":
        from checker.reporters import json_report

        return json_report.render(report)
    if fmt == "table":
        from checker.reporters import table

        return table.render(report, terminal=terminal)
    if fmt == "junit":
        from checker.reporters import junit

        return junit.render(report)
    if fmt == "github":
        from checker.reporters import github

        return github.render(report)
    if fmt == "markdown":
        from checker.reporters import markdown

        return markdown.render(report)
    if fmt == "sarif":
        from checker.reporters import sarif

        return sarif.render(report)
    if fmt == "xlsx":  # bytes, not text: a file only (needs the optional openpyxl)
        from checker.reporters import xlsx

        return xlsx.render(report)
    raise ValueError(f"unknown format {fmt!r}")
