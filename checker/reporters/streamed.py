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
    frame = getattr(report.results.results, "frame", None)
    frame = frame() if frame is not None else None
    if frame is not None:
        yield from _csv_from_frame(frame, report, header)
        return
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


def _csv_from_frame(frame, report: Report, header: bool) -> Iterator[str]:
    """The rows :func:`csv_rows` writes, from a run's result frame (:mod:`checker.judge.frames`): every
    cell made text as the csv module makes it (numbers by ``repr``, None empty, the formula guard of
    :func:`_cell`, quoted where it holds a comma, a quote or a line break), written in slices."""
    import polars as pl

    from checker.judge.frames import targets_of

    targets = targets_of(report.plan)
    index = frame["target"]

    def constant(values: list) -> pl.Series:
        return pl.Series(values, dtype=pl.String).gather(index)

    cells = {
        "region": frame["region"],
        "indicator": constant([i.id for i, _ in targets]),
        "name_zh": constant([i.name_zh for i, _ in targets]),
        "target_year": constant([repr(t.year) for _, t in targets]),
        "target_text": constant([t.text for _, t in targets]),
        "kind": constant([t.rule.kind for _, t in targets]),
        "year": frame["year"].cast(pl.String),
        "value": _reprs(frame["value"]),
        "unit": constant([i.unit for i, _ in targets]),
        "assessment": frame["assessment"],
        "status": frame["status"],
        "reason_zh": frame["reason_zh"],
        "reason_en": frame["reason_en"],
    }
    numbers_columns = ("year", "value", "target_year")  # written as numbers: never guarded
    special = '[,"\n]'  # what the csv module quotes: its delimiter, its quote character, its line terminator
    columns = []
    for name in CSV_COLUMNS:
        cell = pl.col(name)
        if name not in numbers_columns:
            guarded = pl.any_horizontal([cell.str.starts_with(start) for start in FORMULA_START])
            cell = pl.when(guarded).then(pl.concat_str(pl.lit("'"), cell)).otherwise(cell)
        cell = pl.when(cell.str.contains(special)).then(
            pl.concat_str(pl.lit('"'), cell.str.replace_all('"', '""', literal=True), pl.lit('"'))).otherwise(cell)
        columns.append(cell.alias(name))
    table = pl.DataFrame(cells).select(columns)
    if header:
        yield ",".join(CSV_COLUMNS) + "\n"
    step = CHUNK * 64
    for offset in range(0, table.height, step):
        yield table.slice(offset, step).write_csv(include_header=False, quote_style="never", line_terminator="\n")


def _reprs(values):
    """A float column as the csv module writes each number (``repr``), null as null; a zero keeps its
    sign (unique() takes −0.0 and 0.0 for one number)."""
    import numpy as np
    import polars as pl

    numbers = values.drop_nulls().unique().to_list()
    if not numbers:
        return pl.Series(values.name, [None] * len(values), dtype=pl.String)
    shown = values.replace_strict(numbers, [repr(number) for number in numbers], return_dtype=pl.String)
    negative = pl.Series(np.signbit(values.fill_null(1.0).to_numpy()))
    return pl.select(pl.when(values == 0).then(pl.when(negative).then(pl.lit("-0.0")).otherwise(pl.lit("0.0")))
                     .otherwise(shown)).to_series()
