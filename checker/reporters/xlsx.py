"""Excel output (``checker check … --format xlsx --output results.xlsx``): results, evidence, inputs.

Four sheets: one row per result (with its reason, arithmetic, band and the plan's source line),
one row per data cell a verdict used (file, line, column — or a workbook's sheet and cell —, as
written, notes), one row per group of data rows left out (an indicator the plan lacks, another region,
a year outside the plan period …: rows read = rows used + rows listed), and the input files with their SHA-256. Every header in the report's language
(``--lang``, :mod:`checker.reporters.messages`).

No formula injection: every string is written as a string cell, and one that a spreadsheet would
read as a formula (it starts with ``= + - @``, or a tab or carriage return) also carries the
"quote prefix" style, so Excel and LibreOffice show it as text even after the cell is edited.
Deterministic: fixed document dates and zip timestamps, so the same inputs give the same bytes.

Needs openpyxl: ``pip install 'health-plan-checker[xlsx]'``.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from checker import DISTRIBUTION, __version__
from checker.errors import CheckerError
from checker.reporters.escaping import controls_visible
from checker.reporters.messages import formula, t
from checker.reporters import Report, unused_messages
from checker.judge.results import Result

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Excel's longest cell, and what ends a cell cut to it
MAX_CELL = 32_767
CUT = " …[cut: longer than Excel's 32,767 characters a cell]"
FILLS = {"pass": "E8F5EC", "warn": "FFF4DC", "fail": "FDECEA", "n/a": "EEF0F2"}
#: the document's creation date: fixed, so that the file does not change with the clock
FIXED_DATE = datetime(2000, 1, 1)
ROLES = ("observation", "baseline", "reference", "first", "last")


def _openpyxl():
    try:
        import openpyxl
    except ImportError:
        raise CheckerError("the xlsx format needs openpyxl", hint=f"pip install '{DISTRIBUTION}[xlsx]' (or pip install openpyxl)") from None
    return openpyxl


def set_cell(cell, value) -> None:
    """Write ``value``; a string is always a string cell, never a formula, with its control characters
    shown as escapes (``\\x1b``: a workbook cannot hold them) and, past Excel's limit of 32,767
    characters, cut with a note that says so."""
    if isinstance(value, str):
        value = controls_visible(value, keep_lines=True)
        if len(value) > MAX_CELL:
            value = value[:MAX_CELL - len(CUT)] + CUT
        cell.value = value
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value


def data_cells(result: Result) -> list[tuple[str, dict]]:
    """(role, evidence) of every data cell a verdict used, in evidence order, without repeats."""
    evidence = result.evidence
    found = [(role, evidence[role]) for role in ROLES if isinstance(evidence.get(role), dict)]
    linked = evidence.get("linked")
    if isinstance(linked, dict):
        for key, role in (("value", "linked"), ("baseline", "linked_baseline")):
            if isinstance(linked.get(key), dict):
                found.append((role, linked[key]))
    cells, seen = [], set()
    for role, item in found:
        if not item.get("file") or item.get("from") == "plan":
            continue
        key = (item.get("file"), item.get("sheet"), item.get("line"), item.get("column"))
        if key not in seen:
            seen.add(key)
            cells.append((role, item))
    return cells


def _sheet(workbook, title: str, heads: list[str], rows: list[list], widths: list[int]):
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet = workbook.create_sheet(title)
    for column, head in enumerate(heads, start=1):
        cell = sheet.cell(1, column)
        set_cell(cell, head)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F5F7F9")
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row_number, column)
            set_cell(cell, value)
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str) and len(value) > 30)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = width
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    return sheet


def render(report: Report) -> bytes:
    """The workbook as bytes (write it with :func:`checker.reporters.output.write_atomically`)."""
    openpyxl = _openpyxl()
    from openpyxl.styles import PatternFill

    lang = report.lang
    words = {status: t(f"status.{status}", lang) for status in FILLS}
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)

    heads = [t("xlsx.number", lang), t("cell.region", lang), t("summary.domain", lang), t("xlsx.id", lang),
             t("xlsx.name_zh", lang), t("xlsx.name_en", lang), t("summary.nature", lang), t("xlsx.target_year", lang),
             t("xlsx.target_text", lang), t("xlsx.kind", lang), t("xlsx.status", lang), t("xlsx.status_code", lang),
             t("result.assessment", lang),
             t("result.assessment_year", lang), t("result.observed", lang), t("result.unit", lang),
             t("result.reason", lang), t("result.arithmetic", lang), t("result.band", lang), t("result.goal", lang),
             t("xlsx.source_line", lang), t("xlsx.quote", lang), t("xlsx.plan_line", lang)]
    rows = []
    for number, result in enumerate(report.results.results, start=1):
        evidence, plan = result.evidence, result.evidence.get("plan") or {}
        goal = evidence.get("goal")
        rows.append([
            number, result.region, result.domain, result.indicator, result.name_zh, result.name_en, result.nature,
            result.target_year, result.target_text, result.kind, words[result.status], result.status,
            t(f"assessment.{result.assessment or 'none'}", lang), result.year, result.value, result.unit,
            result.reason.en if lang == "en" else result.reason.zh, formula(evidence.get("arithmetic"), lang, result.unit) or None,
            formula(evidence.get("band"), lang, result.unit) or None, goal if isinstance(goal, int | float) else None,
            plan.get("source_line"), plan.get("quote"), plan.get("line"),
        ])
    sheet = _sheet(workbook, t("xlsx.results", lang), heads, rows,
                   [5, 10, 12, 24, 28, 28, 8, 8, 18, 14, 8, 7, 14, 8, 10, 8, 60, 50, 40, 10, 8, 24, 8])
    status_column = heads.index(t("xlsx.status_code", lang)) + 1
    for row_number in range(2, len(rows) + 2):
        status = sheet.cell(row_number, status_column).value
        sheet.cell(row_number, status_column - 1).fill = PatternFill("solid", fgColor=FILLS.get(status, "FFFFFF"))

    heads = [t("xlsx.number", lang), t("xlsx.id", lang), t("xlsx.target_year", lang), t("cell.role", lang),
             t("cell.year", lang), t("cell.value", lang), t("cell.text", lang), t("cell.unit", lang),
             t("xlsx.data_unit", lang), t("cover.file", lang), t("xlsx.line", lang), t("xlsx.column", lang),
             t("cell.notes", lang), t("xlsx.sheet", lang), t("xlsx.cell", lang)]
    rows = []
    for number, result in enumerate(report.results.results, start=1):
        for role, item in data_cells(result):
            rows.append([number, result.indicator, result.target_year, t(f"role.{role}", lang), item.get("year"),
                         item.get("value"), item.get("text"), item.get("unit"), item.get("data_unit"), item.get("file"),
                         item.get("line"), item.get("column"), "; ".join(item.get("notes") or []) or None,
                         item.get("sheet"), item.get("cell")])
    _sheet(workbook, t("xlsx.evidence", lang), heads, rows, [5, 24, 8, 14, 6, 10, 12, 8, 8, 30, 6, 6, 50, 12, 8])

    heads = [t("summary.unused_reason", lang), t("xlsx.subject", lang), t("summary.unused_rows", lang),
             t("summary.unused_first", lang), t("summary.unused_words", lang)]
    _sheet(workbook, t("xlsx.left_out", lang), heads, left_out_rows(report), [10, 28, 6, 36, 90])

    heads = [t("cover.role", lang), t("cover.file", lang), "SHA-256"]
    rows = [["checker", __version__, None], [t("role.plan", lang), report.plan.file, report.plan.sha256]]
    rows += [[t("role.data", lang), _shown(f), f.sha256] for f in report.files]
    rows += [[t("role.previous", lang), _shown(f), f.sha256] for f in report.previous]
    from checker.reporters.html import rules_files

    rows += [[t("role.rules", lang), name, digest] for name, digest in rules_files()]
    _sheet(workbook, t("xlsx.inputs", lang), heads, rows, [14, 50, 68])

    workbook.properties.creator = f"checker {__version__}"
    workbook.properties.created = workbook.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip(buffer.getvalue())


def left_out_rows(report: Report) -> list[list]:
    """One row per group of data rows the check did not use — an indicator the plan lacks, another region, a year
    outside the plan period, a reference no target compares with, an exact repeat —: reason, subject, rows, the first
    row's place and the words the table prints. The workbook had neither kind: a region not judged vanished."""
    lang = report.lang
    rows: list[list] = []
    for item in report.results.unknown:
        words = t("summary.unknown_row", lang, name=item.name, rows=item.rows, first=item.first)
        if item.suggestion:
            words += t("punct.sep", lang) + t("summary.did_you_mean", lang, name=item.suggestion)
        rows.append(["indicator", item.name, item.rows, item.first, words])
    rows += [[unused.reason, unused.subject, unused.rows, str(unused.location), words]
             for unused, words in zip(report.unused, unused_messages(report, lang))]
    return rows


def _shown(data) -> str:
    """A data file as the inputs sheet names it: a workbook with the sheet read (``data.xlsx[表1]``)."""
    return f"{data.path}[{data.sheet}]" if getattr(data, "sheet", None) else data.path


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's timestamp and the document's modified date fixed.

    openpyxl stamps both with the clock when it saves.
    """
    import re

    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>",
                                 content)
            target.writestr(fixed, content)
    return out.getvalue()
