"""SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code-scanning tools.

One run: ``tool.driver`` names checker and has one rule per kind of target that gave a result (the
kinds of design.md §2: ``upper_bound``, ``vs_reference``, …) plus ``revision``,
``unknown-indicator``, ``left-out-rows`` (another region's rows, a year outside the plan, repeats), ``skipped-row``
and ``data-warning`` where used. Results: a fail is level ``error``, a warn
``warning``, an n/a ``note`` (passes are not results; their count is in ``run.properties``). Each
result has a physical location: the data file (``artifactLocation.uri``, relative to the working
directory) and the row (``region.startLine``; ``startColumn`` is the character column of the
value's cell where it is known), or the plan file's target line for a verdict the plan causes.
``partialFingerprints`` identify a result across runs (plan, region, indicator, target), so a
code-scanning service can follow an alert from one submission to the next.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote

from checker import __version__
from checker.reporters import Report, unused_messages
from checker.reporters.locations import (
    Where,
    display_path,
    location_where,
    result_where,
    revision_where,
    warning_where,
)
from checker.language.rule import KINDS

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"fail": "error", "warn": "warning", "n/a": "note"}

DESCRIPTION = {
    "upper_bound": "The value must stay at or below a bound (≤4‰, 控制在20%以内).",
    "lower_bound": "The value must reach at least a bound (≥90%, 95%以上).",
    "reach": "The value must reach a number; the indicator's direction decides which side passes.",
    "around": "The value must lie within a tolerance band around a number (25左右).",
    "range": "The value must lie within a range (0.8～1.2).",
    "vs_reference": "The value must compare with a reference region's value (高于全省平均值).",
    "offset_vs_reference": "The value must differ from a reference region's value by an offset.",
    "vs_baseline": "The value must change from a base year's value by an amount (比2015年降低20%).",
    "annual_rate": "The value must change by an average yearly rate (年均增长7.5%).",
    "trend": "The value must move in one direction over recent years (持续提升).",
    "maintain": "The value must not get worse than its base value (保持).",
    "linked": "The value must change in step with another indicator (同比例提高).",
    "external": "The target is set elsewhere (按国家下达目标): nothing to check until the plan gives the number.",
    "full_coverage": "The value must be 100% (全覆盖).",
    "achieved": "A deliverable must be achieved (实现, 建成).",
    "unspecified": "The plan sets no checkable target (-, ？).",
    "revision": "A value of an already reported year differs from the previous submission.",
    "unknown-indicator": "Rows of an indicator the plan does not know were left out of the check.",
    "left-out-rows": "Data rows the check did not use (another region's, a year outside the plan, a repeat) were "
                     "left out.",
    "skipped-row": "A data row that cannot be read was skipped (--skip-bad-rows).",
    "data-warning": "The data looks slipped (a share 100 times off its target, a tenfold jump, a place written two "
                    "ways): the verdicts take it as written.",
}


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.replace("-", "_").split("_"))


def _uri(path: str) -> str:
    shown = display_path(path) or path
    if shown.startswith("/"):
        return "file://" + quote(shown, safe="/")
    return quote(shown, safe="/")


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def document(report: Report) -> dict:
    plan, results = report.plan, report.results
    zh = report.lang == "zh"
    artifacts: list[dict] = []
    index_of: dict[str, int] = {}

    def artifact(path: str | None, sha256: str | None = None, role: str | None = None) -> int | None:
        if not path:
            return None
        uri = _uri(path)
        if uri not in index_of:
            index_of[uri] = len(artifacts)
            entry: dict = {"location": {"uri": uri}}
            if sha256:
                entry["hashes"] = {"sha-256": sha256}
            if role:
                entry["roles"] = [role]
            artifacts.append(entry)
        return index_of[uri]

    for data in report.files:
        artifact(data.path, data.sha256, "analysisTarget")
    artifact(plan.file, plan.sha256, "referencedOnCommandLine")
    for data in report.previous:
        artifact(data.path, data.sha256, "referencedOnCommandLine")

    def location(where: Where | None) -> list[dict]:
        if where is None or not where.file:
            return []
        index = index_of.get(_uri(where.file))
        if index is None:
            index = artifact(where.file)
        physical: dict = {"artifactLocation": {"uri": _uri(where.file), "index": index}}
        if where.sheet is not None:  # a workbook cell: no text region; its sheet and cell by name
            name = f"{where.sheet}!{where.reference}" if where.reference else where.sheet
            return [{"physicalLocation": physical,
                     "logicalLocations": [{"name": name, "fullyQualifiedName": str(where), "kind": "element"}]}]
        if where.line:
            physical["region"] = {"startLine": where.line}
            if where.column:
                physical["region"]["startColumn"] = where.column
        return [{"physicalLocation": physical}]

    used: list[str] = []
    out: list[dict] = []

    def add(rule_id: str, level: str, text: str, where: Where | None, fingerprint: str, properties: dict) -> None:
        if rule_id not in used:
            used.append(rule_id)
        result = {"ruleId": rule_id, "level": level, "message": {"text": text}, "locations": location(where),
                  "partialFingerprints": {"checkerResult/v1": fingerprint}, "properties": properties}
        if not result["locations"]:
            del result["locations"]
        out.append(result)

    changed = {(c.region, c.indicator, c.target_year, c.target_text): c for c in report.changed_verdicts}
    for result in results.results:
        if result.status == "pass":
            continue
        where = result_where(report, result)
        name = result.name_zh if zh or not result.name_en else result.name_en
        reason = result.reason.zh if zh else result.reason.en
        text = f"{name} {result.target_year} ({result.target_text}): {result.status} — {reason}"
        change = changed.get((result.region, result.indicator, result.target_year, result.target_text))
        properties = {"status": result.status, "region": result.region, "indicator": result.indicator,
                      "target_year": result.target_year, "target_text": result.target_text,
                      "assessment": result.assessment, "year": result.year, "value": result.value,
                      "unit": result.unit, "cause": where.origin}
        if where.cell:
            properties["csv_cell"] = where.cell
        if change is not None:
            properties["changed_by_revision"] = {"from": change.old_status, "to": change.new_status}
        add(result.kind, LEVEL[result.status], text, where,
            _fingerprint(plan.id, result.region, result.indicator, result.target_year, result.target_text), properties)
    for revision in report.revisions:
        add("revision", "error" if report.fail_on_revision else "warning", revision.words(report.lang),
            revision_where(report, revision),
            _fingerprint(plan.id, "revision", revision.region, revision.indicator, revision.year),
            {"region": revision.region, "indicator": revision.indicator, "year": revision.year,
             "old_value": revision.old.value, "new_value": revision.new.value, "base_year": revision.base_year,
             "previous_location": str(revision.old.location)})
    for unknown in results.unknown:
        where = location_where(report, unknown.location)
        text = f"the plan has no indicator {unknown.name!r} ({unknown.rows} row{'s' if unknown.rows != 1 else ''}): left out" + (
            f"; did you mean {unknown.suggestion}?" if unknown.suggestion else "")
        add("unknown-indicator", "warning", text, where, _fingerprint(plan.id, "unknown", unknown.name),
            {"rows": unknown.rows, "did_you_mean": unknown.suggestion})
    for unused, text in zip(report.unused, unused_messages(report)):
        add("left-out-rows", "warning", text, location_where(report, unused.location),
            _fingerprint(plan.id, "left-out", unused.reason, unused.subject),
            {"reason": unused.reason, "subject": unused.subject, "rows": unused.rows})
    for error in report.skipped:
        message = error.message + (f" — {error.hint}" if error.hint else "")
        add("skipped-row", "error", message, location_where(report, error.location),
            _fingerprint(plan.id, "skipped", str(error)), {})

    for line in report.data_warnings:  # at its cell where it names one ("data.csv:3:4: warning: …")
        where, message = warning_where(report, line)
        add("data-warning", "warning", message, where, _fingerprint(plan.id, "data-warning", line), {})

    order = [kind for kind in KINDS if kind in used] + [r for r in ("revision", "unknown-indicator", "left-out-rows",
                                                                    "skipped-row", "data-warning") if r in used]
    rules = []
    for rule_id in order:
        level = "warning" if rule_id in ("revision", "unknown-indicator", "left-out-rows", "data-warning") else (
            "note" if rule_id in ("external", "unspecified") else "error")
        rules.append({"id": rule_id, "name": _camel(rule_id),
                      "shortDescription": {"text": DESCRIPTION.get(rule_id, rule_id)},
                      "defaultConfiguration": {"level": level}})
    position = {rule_id: index for index, rule_id in enumerate(order)}
    for result in out:
        result["ruleIndex"] = position[result["ruleId"]]
    run = {
        "tool": {"driver": {"name": "checker", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "automationDetails": {"id": f"checker/{plan.id}/{report.region}/"},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": out,
        "properties": {"plan": plan.id, "region": report.region, "as_of": results.as_of,
                       "summary": results.summary, "revisions": len(report.revisions)},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"
