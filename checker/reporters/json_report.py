"""JSON output (design.md §5): stable keys, one document, UTF-8 without escapes.

A many-region run (``--all-regions``, ``--regions``) adds ``regions`` (the regions judged) and
``rollup`` ({"regions": per-region counts and worst binding failure, "indicators": per indicator and
target, how many regions pass, warn, fail or are n/a, the share passing and the worst regions}); its
``region`` is null.
"""

from __future__ import annotations

import json

from checker import __version__
from checker.reporters import Report, localised_record, skipped_messages


def document(report: Report) -> dict:
    plan = report.plan
    results = report.results
    document = {
        "checker": __version__,
        "plan": {"id": plan.id, "file": plan.file, "sha256": plan.sha256},
        "data": [data_file(f) for f in report.files],
        "region": None if report.regions else report.region,
        "as_of": results.as_of,
        "summary": results.summary,
        "results": [localised_record(result, report.lang) for result in results.results],
        "unknown_indicators": [u.to_dict() for u in results.unknown],
        "skipped_rows": skipped_messages(report),
        "unused_rows": [unused.to_dict() for unused in report.unused],
        "previous": [data_file(f) for f in report.previous] or None,
        "revisions": [revision.to_dict() for revision in report.revisions],
        "changed_verdicts": [changed.to_dict() for changed in report.changed_verdicts],
    }
    if report.regions:  # a many-region run (--all-regions, --regions): the regions judged and the roll-up
        from checker.judge.results import rollup

        regions, indicators = rollup(results)
        document["regions"] = list(report.regions)
        document["rollup"] = {"regions": [r.to_dict() for r in regions],
                              "indicators": [i.to_dict() for i in indicators]}
    return document


def data_file(source) -> dict:
    """A data file read: path, hash, encoding, layout, rows, and for a workbook the sheet."""
    data = {"file": source.path, "sha256": source.sha256, "encoding": source.encoding, "layout": source.layout,
            "rows": source.rows}
    if source.sheet is not None:
        data["sheet"] = source.sheet
    return data


def render(report: Report) -> str:
    """The document with one top-level key a line and one list item (a result, a data file …) a line.

    Readable, greppable per result, and written by json's C encoder: ``indent=2`` falls back to the
    pure-Python encoder, which was a third of the everyday ``check --format json``."""
    lines = []
    for key, value in document(report).items():
        head = f"  {json.dumps(key)}: "
        if isinstance(value, list) and value:
            items = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(f"{head}[\n{items}\n  ]")
        else:
            lines.append(head + json.dumps(value, ensure_ascii=False))
    return "{\n" + ",\n".join(lines) + "\n}\n"
