"""JUnit XML, as CI servers read it (Jenkins, GitLab, Azure DevOps, GitHub test-report actions).

``<testsuites>`` holds one ``<testsuite>`` per plan and region (a many-region run: one per region), with one ``<testcase>`` per result:

- fail → ``<failure message="reason" type="fail">`` with the evidence as text;
- warn → passes, with the warning in ``<system-out>`` (``WARN: …``): a CI server shows it without
  failing the test; ``--fail-on warn`` still gates the run through the exit code;
- n/a → ``<skipped message="reason"/>``;
- pass → passes, the reason in ``<system-out>``.

When the run compared the submission with a previous one, a second suite ``… revisions`` has one
test case per revised value (a ``<failure>`` with ``--fail-on-revision``, else a note), and a verdict
the revisions changed says so in its own test case. Counts (``tests``, ``failures``, ``errors``,
``skipped``) are on every suite, and all but ``skipped`` on ``<testsuites>``, as the Jenkins/Surefire
schema has them (tests/data/junit/jenkins-junit.xsd holds the output to it); ``time`` is 0 and there is no timestamp,
so the same inputs give the same file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker import __version__
from checker.reporters import Report, observed, skipped_messages, unused_messages
from checker.reporters.escaping import controls_visible
from checker.reporters.locations import display_path, result_where


def _clean(text: object) -> str:
    """A value for the XML: its control characters as the escapes every other format shows (``\\x1b``, through
    checker.reporters.escaping), line breaks and tabs kept — which also keeps out what XML 1.0 cannot carry."""
    return controls_visible("" if text is None else str(text), keep_lines=True)


def _element(parent: ET.Element | None, tag: str, text: str | None = None, **attributes: object) -> ET.Element:
    element = ET.Element(tag) if parent is None else ET.SubElement(parent, tag)
    for key, value in attributes.items():
        element.set(key.rstrip("_"), _clean(value))
    if text is not None:
        element.text = _clean(text)
    return element




def _details(report: Report, result, changed) -> str:
    where = result_where(report, result)
    lines = [
        f"{result.name_zh} ({result.indicator}), {report.region}",
        f"target {result.target_year}: {result.target_text} [{result.kind}]",
        f"observed: {observed(result)} at {where}",
        f"status: {result.status}" + (f" ({result.assessment})" if result.assessment else ""),
        f"reason: {result.reason.en}",
        f"理由：{result.reason.zh}",
    ]
    for key in ("band", "arithmetic"):
        if result.evidence.get(key):
            lines.append(f"{key}: {result.evidence[key]}")
    plan = result.evidence.get("plan") or {}
    if plan.get("line"):
        lines.append(f"plan: {display_path(plan.get('file'))}:{plan['line']}"
                     + (f" (plan document line {plan['source_line']}"
                        + (f": {plan['quote']!r})" if plan.get("quote") else ")") if plan.get("source_line") else ""))
    if changed is not None:
        lines.append(f"changed by revised data: {changed.old_status} → {changed.new_status}")
        lines += [f"  revised: {revision.words('en')}" for revision in changed.revisions]
    return "\n".join(lines)


def document(report: Report) -> ET.Element:
    plan, results = report.plan, report.results
    changed = {(c.region, c.indicator, c.target_year, c.target_text): c for c in report.changed_verdicts}
    root = _element(None, "testsuites", name="checker")
    groups: dict[str, list] = {}
    if report.regions:  # a many-region run: one suite per region
        for result in results.results:
            groups.setdefault(result.region, []).append(result)
    else:
        groups[report.region] = list(results.results)
    suites = [_suite(root, report, region, rows, changed) for region, rows in groups.items()]
    suites = suites or [_suite(root, report, report.region, [], changed)]
    suite = suites[0]
    notes = [f"left out: the plan has no indicator {u.name!r} ({u.rows} row{'s' if u.rows != 1 else ''}, first at {u.first})"
             + (f"; did you mean {u.suggestion}?" if u.suggestion else "") for u in results.unknown]
    notes += [f"left out: {message}" for message in unused_messages(report, "en")]
    notes += [f"skipped: {message}" for message in skipped_messages(report)]
    if notes:
        _element(suite, "system-out", "\n".join(notes))
    for each in suites:
        _count(each)
    if report.previous:
        revisions = _element(root, "testsuite", name=f"{plan.id} {report.region} revisions")
        for revision in report.revisions:
            case = _element(revisions, "testcase", classname=f"{plan.id}.{revision.region}.revisions",
                            name=f"{revision.name_zh} ({revision.indicator}) {revision.year} revised", time="0")
            text = revision.words("en")
            if report.fail_on_revision:
                _element(case, "failure", text, message=text, type="revision")
            else:
                _element(case, "system-out", "REVISED: " + text)
        if not report.revisions:
            _element(revisions, "testcase", classname=f"{plan.id}.{report.region}.revisions",
                            name="no value of an earlier submission was changed", time="0")
        _count(revisions)
    for key in ("tests", "failures", "errors"):  # no "skipped" here: Jenkins' schema has it on suites only
        root.set(key, str(sum(int(suite.get(key)) for suite in root.iter("testsuite"))))
    root.set("time", "0")
    return root


def _suite(root: ET.Element, report: Report, region: str, rows: list, changed: dict) -> ET.Element:
    plan, results = report.plan, report.results
    suite = _element(root, "testsuite", name=f"{plan.id} {region}")
    properties = _element(suite, "properties")
    _element(properties, "property", name="checker", value=__version__)
    _element(properties, "property", name="plan", value=display_path(plan.file) or plan.id)
    _element(properties, "property", name="plan.sha256", value=plan.sha256 or "")
    _element(properties, "property", name="region", value=region)
    _element(properties, "property", name="as_of", value="" if results.as_of is None else results.as_of)
    for index, data in enumerate(report.files, start=1):
        _element(properties, "property", name=f"data.{index}", value=f"{display_path(data.path)} sha256:{data.sha256}")
    for index, data in enumerate(report.previous, start=1):
        _element(properties, "property", name=f"previous.{index}",
                 value=f"{display_path(data.path)} sha256:{data.sha256}")
    seen: dict[str, int] = {}
    for result in rows:
        name = f"{result.name_zh} ({result.indicator}) {result.target_year}: {result.target_text}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # two targets with the same words for one year: keep names unique
            name += f" #{seen[name]}"
        classname = ".".join(part for part in (plan.id, region, result.domain) if part)
        case = _element(suite, "testcase", name=name, classname=classname, time="0")
        key = (result.region, result.indicator, result.target_year, result.target_text)
        details = _details(report, result, changed.get(key))
        reason = result.reason.zh if report.lang == "zh" else result.reason.en
        if result.status == "fail":
            _element(case, "failure", details, message=reason, type="fail")
        elif result.status == "n/a":
            _element(case, "skipped", message=reason)
            _element(case, "system-out", details)
        elif result.status == "warn":
            _element(case, "system-out", "WARN: " + details)
        else:
            _element(case, "system-out", details)
    return suite


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    suite.set("errors", "0")
    suite.set("skipped", str(sum(1 for case in cases if case.find("skipped") is not None)))
    suite.set("time", "0")


def render(report: Report) -> str:
    root = document(report)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
