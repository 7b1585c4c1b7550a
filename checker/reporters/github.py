"""GitHub Actions workflow commands: annotations on the lines of the files that caused them.

One line per finding, ``::error file=…,line=…,col=…,title=…::message``:

- a fail is an ``::error``, a warn a ``::warning``, an n/a a ``::notice``; passes say nothing;
- a verdict caused by the data points at the data file's row (and cell) of the observation it
  judged; one caused by the plan (a target the plan leaves unspecified or sets elsewhere) at the
  plan file's line of the target; one with no observation at all at the data file;
- a revised value (``--previous``) is a ``::warning`` at its row in the new file (an ``::error``
  with ``--fail-on-revision``), naming the old value and row; rows left out (an indicator the plan
  does not know, another region's rows, a year outside the plan, a repeated row, a bad row skipped with
  ``--skip-bad-rows``) are annotated where they are; what check
  warns of the data (a share 100 times off its target …) is a ``::warning`` naming its place.

Values are escaped as GitHub's toolkit does: ``%``, CR and LF in the message; also ``:`` and ``,`` in
the properties. The last line is a plain summary for the log.
"""

from __future__ import annotations

from checker.reporters.escaping import visible
from checker.reporters import Report, observed, unused_messages
from checker.reporters.locations import (
    Where,
    location_where,
    result_where,
    revision_where,
    warning_where,
)

LEVEL = {"fail": "error", "warn": "warning", "n/a": "notice"}
WORD = {
    "zh": {"pass": "通过", "warn": "警告", "fail": "不通过", "n/a": "不适用"},
    "en": {"pass": "pass", "warn": "warn", "fail": "fail", "n/a": "n/a"},
}


def escape_data(text: str) -> str:
    """A value in a workflow command: ``%``, CR and LF as GitHub's toolkit writes them, every other
    control character made visible (checker.reporters.escaping)."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, where: Where | None = None, title: str | None = None) -> str:
    """One workflow command; ``where`` None gives an annotation without a file."""
    properties = []
    if where is not None and where.file:
        properties.append(f"file={escape_property(where.file)}")
        if where.line:
            properties.append(f"line={where.line}")
            if where.column:
                properties.append(f"col={where.column}")
    if title:
        properties.append(f"title={escape_property(title)}")
    if where is not None and where.sheet is not None:  # a workbook cell: no line to annotate, the message names it
        message += f" ({where})"
    head = f"::{level}" + (" " + ",".join(properties) if properties else "")
    return f"{head}::{escape_data(message)}"




def lines(report: Report) -> list[str]:
    zh = report.lang == "zh"
    words = WORD["zh" if zh else "en"]
    changed = {(c.region, c.indicator, c.target_year, c.target_text): c for c in report.changed_verdicts}
    out = []
    for result in report.results.results:
        change = changed.get((result.region, result.indicator, result.target_year, result.target_text))
        if result.status == "pass" and change is None:
            continue
        name = result.name_zh if zh or not result.name_en else result.name_en
        reason = result.reason.zh if zh else result.reason.en
        where = result_where(report, result)
        if zh:
            message = f"{reason}（目标：{result.target_text}，{result.target_year}年；实际：{observed(result)}）"
            if where.origin == "plan":
                message += "；原因在规划：目标没有可检查的数值"
        else:
            message = f"{reason} (target: {result.target_text} by {result.target_year}; observed: {observed(result)})"
            if where.origin == "plan":
                message += "; caused by the plan: the target has no checkable number"
        if change is not None:
            revised = "; ".join(revision.words(report.lang) for revision in change.revisions)
            message += (f"；因数据修订由“{words[change.old_status]}”变为“{words[change.new_status]}”：{revised}" if zh else
                        f"; changed by revised data from {change.old_status} to {change.new_status}: {revised}")
        whose = f"{result.region} " if result.region != report.region else ""  # a many-region run: whose verdict
        title = f"{whose}{name} {result.target_year}：{words[result.status]}" if zh else \
            f"{whose}{name} {result.target_year}: {words[result.status]}"
        out.append(annotation(LEVEL.get(result.status, "notice"), message, where, title))
    for revision in report.revisions:
        level = "error" if report.fail_on_revision else "warning"
        name = revision.name_zh if zh or not revision.name_en else revision.name_en
        title = (f"数据修订：{name} {revision.year}年" + ("（基期年）" if revision.base_year else "")) if zh else \
            (f"Revised value: {name} {revision.year}" + (" (base year)" if revision.base_year else ""))
        out.append(annotation(level, revision.words(report.lang), revision_where(report, revision), title))
    for unknown in report.results.unknown:
        where = location_where(report, unknown.location)
        if zh:
            message = f"规划中没有指标“{unknown.name}”（{unknown.rows} 行），未纳入检查" + \
                (f"；是否指 {unknown.suggestion}？" if unknown.suggestion else "")
        else:
            message = f"the plan has no indicator {unknown.name!r} ({unknown.rows} row{'s' if unknown.rows != 1 else ''}): left out" + \
                (f"; did you mean {unknown.suggestion}?" if unknown.suggestion else "")
        out.append(annotation("warning", message, where, "未纳入" if zh else "Left out"))
    for unused, message in zip(report.unused, unused_messages(report)):  # another region's rows, a year outside …
        out.append(annotation("warning", message, location_where(report, unused.location), "未纳入" if zh else "Left out"))
    for error in report.skipped:
        message = error.message + (f" — {error.hint}" if error.hint else "")
        out.append(annotation("error", message, location_where(report, error.location), "已跳过的行" if zh else "Skipped row"))
    for line in report.data_warnings:  # at its cell where it names one ("data.csv:3:4: warning: …")
        where, message = warning_where(report, line)
        out.append(annotation("warning", message, where, "数据警告" if zh else "Data warning"))
    counts = report.results.summary
    out.append("checker: " + ", ".join(f"{counts[status]} {status}" for status in ("fail", "warn", "n/a", "pass"))
               + (f", {len(report.revisions)} revised value(s)" if report.previous else ""))
    return out


def render(report: Report) -> str:
    return "\n".join(lines(report)) + "\n"

