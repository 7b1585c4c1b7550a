"""Streamed formats for large many-region runs: ``jsonl`` and ``csv``, one result a line.

Both are generators of text chunks: the command line writes them to the output as they come
(:func:`checker.reporters.output.write_stream_atomically`), so a national run never holds its whole report as
one string.

- ``jsonl``: one JSON object a line, the same record as the JSON report's ``results[]``, then a final
  line ``{"summary": {...}}`` with the counts, the plan, the data files, the as-of year and the
  unknown indicators.
- ``csv``: a header, then one row a result: region, indicator, name_zh, target_year, target_text,
  kind, year, value, unit, assessment, status, reason_zh, reason_en. A text cell that a spreadsheet
  would read as a formula (it starts with ``= + - @``, a tab or a carriage return) is prefixed with
  ``'``, as the xlsx exporter guards against formula injection; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from checker import __version__
from checker.reporters.escaping import one_line_json
from checker.reporters import Report, localised_record, skipped_messages
from checker.judge.results import Result

CSV_COLUMNS = ("region", "indicator", "name_zh", "target_year", "target_text", "kind", "year", "value", "unit",
               "assessment", "status", "reason_zh", "reason_en")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: results written per chunk: few enough to stay small in memory, many enough to keep writes cheap
CHUNK = 512


def jsonl(report: Report) -> Iterator[str]:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    lines: list[str] = []
    # In a national run most lines differ only in the region: a target without data is n/a alike
    # everywhere, and the engine gives such results one shared evidence dict. Each line after its
    # region is kept by that dict's id (with the dict, so the id stays its own) and the other fields,
    # and written again for the next result that has them all.
    written: dict[int, tuple[dict, tuple, str]] = {}
    for result in report.results.results:
        evidence, fields = result.evidence, _fields(result)
        seen = written.get(id(evidence))
        if seen is not None and seen[0] is evidence and seen[1] == fields:
            lines.append('{"region": ' + dumps(result.region) + seen[2])
        else:
            line = dumps(localised_record(result, report.lang))
            lines.append(line)
            if len(written) >= 4096:
                written.clear()
            written[id(evidence)] = (evidence, fields, line[len(dumps(result.region)) + 11:])
        if len(lines) >= CHUNK:
            yield one_line_json("\n".join(lines) + "\n")
            lines = []
    if lines:
        yield one_line_json("\n".join(lines) + "\n")
    yield one_line_json(dumps({"summary": summary(report)}) + "\n")



def _fields(r: Result) -> tuple:
    """Every field of a result's record but the region."""
    return (r.indicator, r.name_zh, r.name_en, r.domain, r.nature, r.target_year, r.target_text, r.kind, r.year,
            r.value, r.unit, r.assessment, r.status, r.reason)


def summary(report: Report) -> dict:
    plan, results = report.plan, report.results
    return {
        "checker": __version__,
        "plan": {"id": plan.id, "file": plan.file, "sha256": plan.sha256},
        "data": [{"file": f.path, "sha256": f.sha256, "encoding": f.encoding, "layout": f.layout, "rows": f.rows}
                 for f in report.files],
        "region": None if report.regions else report.region,
        "regions": list(report.regions) or None,
        "as_of": results.as_of,
        "results": len(results.results),
        "counts": results.summary,
        "unknown_indicators": [u.to_dict() for u in results.unknown],
        "skipped_rows": skipped_messages(report),
    }


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def csv_rows(report: Report, *, header: bool = True) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    for number, r in enumerate(report.results.results, start=1):
        writer.writerow([_cell(v) for v in (r.region, r.indicator, r.name_zh, r.target_year, r.target_text, r.kind,
                                            r.year, r.value, r.unit, r.assessment, r.status, r.reason.zh,
                                            r.reason.en)])
        if number % CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
