"""JSON output (design.md §5): stable keys, one document, UTF-8 without escapes.

A many-region run (``--all-regions``, ``--regions``) adds ``regions`` (the regions judged) and
``rollup`` ({"regions": per-region counts and worst binding failure, "indicators": per indicator and
target, how many regions pass, warn, fail or are n/a, the share passing and the worst regions}); its
``region`` is null.
"""

from __future__ import annotations

import json

from checker import __version__
from checker.reporters import Report, localised_record, plan_block, skipped_messages


def document(report: Report) -> dict:
    results = report.results
    document = {**_head(report), "summary": results.summary,
                "results": [localised_record(result, report.lang) for result in results.results], **_tail(report)}
    if report.regions:  # a many-region run (--all-regions, --regions): the regions judged and the roll-up
        from checker.judge.rollup import rollup

        document["regions"] = list(report.regions)
        document["rollup"] = _rollup_data(*rollup(results, report.plan))
    return document


def data_file(source) -> dict:
    """A data file read: path, hash, encoding, layout, rows, and for a workbook the sheet."""
    data = {"file": source.path, "sha256": source.sha256, "encoding": source.encoding, "layout": source.layout,
            "rows": source.rows}
    if source.sheet is not None:
        data["sheet"] = source.sheet
    return data


def stream(report: Report):
    """The document of a many-region run, written a result at a time (text chunks, those written from
    columns kept in UTF-8 for the file writer: :class:`~checker.reporters.output.TextChunks`): a
    national run never holds its results, nor the document, in memory. The same keys as
    :func:`document`, but ``summary`` and ``rollup`` come after ``results``, as they are counted while
    the results are written (the engine judges each region as the lines go out)."""
    from checker.reporters.output import TextChunks

    return TextChunks(_stream(report))


def _stream(report: Report):
    """:func:`stream`'s chunks: text, and UTF-8 for the records written from columns."""
    from checker.judge.rollup import Rollup
    from checker.reporters.escaping import one_line_json
    from checker.reporters import streamed
    from checker.reporters.streamed import CHUNK

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    yield "{\n" + "".join(f"  {dumps(key)}: {_value(value)},\n" for key, value in _head(report).items())
    yield '  "results": ['
    by_columns = getattr(report.results.results, "evidence_frame", None)
    made = by_columns(streamed.localiser(report), streamed.keep(report)) if by_columns is not None else None
    if made is not None:  # judged by columns: the records written from the frame, the roll-up counted from it
        from checker.judge.rollup import from_frame

        first = True  # "\n    r1,\n    r2 … rN\n  ]"
        for records in streamed.frame_records(made, report, ",\n    "):
            if first:
                yield "\n    "
                first = False
            yield records
        yield ("\n  ]" if not first else "]") + ",\n"
        tail = {"summary": report.results.summary, **_tail(report), "regions": list(report.regions),
                "rollup": _rollup_data(*from_frame(made.rows(0, len(made), ["region", "target", "status", "value"]),
                                                   report.plan))}
        yield ",\n".join(f"  {dumps(key)}: {_value(value)}" for key, value in tail.items()) + "\n}\n"
        return
    counter, lines, first = Rollup(report.plan), [], True
    for result in report.results.results:
        counter.add(result)
        lines.append(("\n    " if first else ",\n    ") + dumps(localised_record(result, report.lang)))
        first = False
        if len(lines) >= CHUNK:
            yield one_line_json("".join(lines))
            lines = []
    if lines:
        yield one_line_json("".join(lines))
    yield ("\n  ]" if not first else "]") + ",\n"
    tail = {"summary": report.results.summary, **_tail(report), "regions": list(report.regions),
            "rollup": _rollup_data(*counter.finish())}
    yield ",\n".join(f"  {dumps(key)}: {_value(value)}" for key, value in tail.items()) + "\n}\n"


def _rollup_data(regions, indicators) -> dict:
    return {"regions": [r.to_dict() for r in regions], "indicators": [i.to_dict() for i in indicators]}


def _head(report: Report) -> dict:
    plan, results = report.plan, report.results
    return {"checker": __version__, "plan": plan_block(plan),
            "data": [data_file(f) for f in report.files], "region": None if report.regions else report.region,
            "as_of": results.as_of}


def _tail(report: Report) -> dict:
    results = report.results
    return {"plan_warnings": list(report.plan.slips),  # lint's warnings that turn verdicts (plan.checks.VERDICT_SLIPS)
            "data_warnings": list(report.data_warnings),  # what check said of the data on standard error
            "unknown_indicators": [u.to_dict() for u in results.unknown],
            "skipped_rows": skipped_messages(report),
            "unused_rows": [unused.to_dict() for unused in report.unused],
            "previous": [data_file(f) for f in report.previous] or None,
            "revisions": [revision.to_dict() for revision in report.revisions],
            "changed_verdicts": [changed.to_dict() for changed in report.changed_verdicts]}


#: json.dumps(…, ensure_ascii=False) with one encoder, not a new one for each of a report's results
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _value(value) -> str:
    """A top-level value: a list one item a line, anything else on its line."""
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join("    " + _encode(item) for item in value) + "\n  ]"
    return _encode(value)


def render(report: Report) -> str:
    """The document with one top-level key a line and one list item (a result, a data file …) a line.

    Readable, greppable per result, and written by json's C encoder: ``indent=2`` falls back to the
    pure-Python encoder, which was a third of the everyday ``check --format json``."""
    return "{\n" + ",\n".join(f"  {json.dumps(key)}: {_value(value)}" for key, value in document(report).items()) \
        + "\n}\n"
