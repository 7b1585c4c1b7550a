"""The inspector's audit report: one self-contained HTML file (``checker report``).

From the plan's sentence to the verdict, every step a reader can check: the plan's words and their
source line, the rule in words, a chart of the data, the verdict with its arithmetic and band, and
the data cells used (file:line:column, as written, notes). The cover ties the report to its inputs
by SHA-256 (plan, data, every ``rules/`` file, a policy override).

Self-contained: CSS inline, charts inline SVG drawn here from the data (:mod:`checker.reporters.svg`),
no script, no web font, no URL. Jinja2 templates in ``checker/reporters/templates/`` with autoescaping on
(indicator names, notes and phrases come from user files). Every fixed string comes from
:mod:`checker.reporters.messages`, in the report's language.

Reproducible: the generation time is ``--generated-at``, else ``SOURCE_DATE_EPOCH``, else the clock;
with the first two the same inputs give a byte-identical file (stable order, no hash seeds, no
absolute paths of bundled files).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from checker import __version__
from checker.judge.bands import bands, fmt
from checker.errors import CheckerError, Location, Problem
from checker.judge.explain import DIRECTION_NAMES, KIND_NAMES, describe
from checker.data.limits import limits_for
from checker.data.matching import Dataset, Point, capped_as, catalogue, reference_places
from checker.reporters.escaping import controls_visible
from checker.reporters.messages import formula, t
from checker.plan.model import Plan, Target
from checker.judge.policy import Policy
from checker.reporters import Report, TargetFinder, skipped_messages, svg, unused_messages
from checker.judge.results import SEVERITY, STATUSES, Result
from checker.rulefiles import plans_dir, rules_dir
from checker.language.units import display, in_english, suffix

SYMBOLS = {"pass": "✔", "warn": "▲", "fail": "✘", "n/a": "–"}
NATURE_ORDER = ("约束性", "预期性", "倡导性", None)
CONFLICT_CODES = ("conflict", "baseline-conflict")
#: kinds whose target is a value (or derived value) that the chart can mark with its bands
BANDED = ("upper_bound", "lower_bound", "reach", "around", "range", "full_coverage", "vs_baseline",
          "vs_reference", "offset_vs_reference")


@dataclass(frozen=True)
class GeneratedAt:
    text: str  # ISO 8601, seconds
    origin: str  # option | env | clock


@dataclass(frozen=True)
class InputFile:
    role: str  # plan | data | previous | rules | policy
    path: str  # as shown in the report
    sha256: str
    details: str = ""


@dataclass(frozen=True)
class Audit:
    """Everything the audit report shows: the check's :class:`Report` and what only the report needs."""

    report: Report
    dataset: Dataset
    policy: Policy
    generated_at: GeneratedAt
    policy_file: str | None = None
    title: str | None = None
    inspector: str | None = None
    problems: tuple[Problem, ...] = ()  # checker lint's findings on the plan
    command: str = ""  # the command line that makes this report again
    revisions_compared: bool = False
    cautions: tuple[str, ...] = ()  # the data's warnings, as check gives them (checker.data.matching.data_cautions)


def generation_time(option: str | None, environ: dict | None = None) -> GeneratedAt:
    """``--generated-at`` (ISO 8601), else ``SOURCE_DATE_EPOCH`` (seconds, UTC), else now."""
    environ = os.environ if environ is None else environ
    if option:
        try:
            moment = datetime.fromisoformat(option.strip())
        except ValueError:
            raise CheckerError(f"--generated-at {option!r} is not an ISO 8601 date or time",
                               hint="for example 2025-03-31 or 2025-03-31T09:00:00+08:00") from None
        return GeneratedAt(moment.replace(microsecond=0).isoformat(), "option")
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise CheckerError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970",
                               hint="unset it, or give --generated-at") from None
        return GeneratedAt(moment.isoformat(), "env")
    return GeneratedAt(datetime.now().astimezone().replace(microsecond=0).isoformat(), "clock")


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan_path(plan: Plan) -> str:
    """The plan file as shown: ``plans/<file>`` for a bundled plan (no machine-specific prefix)."""
    file = plan.file or ""
    bundled = os.path.realpath(plans_dir())
    if file and os.path.dirname(os.path.realpath(file)) == bundled:
        return f"plans/{os.path.basename(file)}"
    return file


def rules_files() -> list[tuple[str, str]]:
    """(``rules/<name>``, sha256) of every file in the rules folder, sorted by name."""
    folder = rules_dir()
    names = sorted(name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name)))
    return [(f"rules/{name}", sha256_file(os.path.join(folder, name))) for name in names]


def _data_path(data) -> str:
    """A data file as the report names it: a workbook with the sheet read (``data.xlsx[表1]``)."""
    return f"{data.path}[{data.sheet}]" if data.sheet is not None else data.path


def _plan_document(plan: Plan, lang: str) -> list[InputFile]:
    """The document the plan was written from, as its ``source`` records it (file, document number, date and the
    SHA-256 ``checker extract`` writes): what an inspector compares the plan with. Not read here: the digest is the
    plan's word, which ``sha256sum`` of the document confirms."""
    source = plan.source or {}
    file = str(source.get("file") or "").strip()
    if not file:
        return []
    what = [str(source[key]) for key in ("document", "date", "address") if source.get(key)]
    digest = str(source.get("sha256") or "").strip()
    if not digest:
        what.append(t("document.no_digest", lang))
    return [InputFile(t("role.document", lang), file, digest or "—", "; ".join(what))]


#: why an http or https address is not made a link: the message key of each flaw, checked in this order
_ADDRESS_FLAWS = ("url.invisible", "url.non_ascii", "url.backslash", "url.userinfo", "url.no_host", "url.host")
#: a plain host: ASCII letters, digits, dots and hyphens (or an IPv6 literal in brackets), an optional port
_PLAIN_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?"


def document_address(plan: Plan) -> tuple[str, bool, str]:
    """Where the plan's document was published (its ``source.url``; "" for none), whether the report may make it a
    link, and, where not, the message key saying why. Only a plain address is linked: http or https, printable ASCII
    with no space, no backslash (a browser reads it as ``/``), no user name before an ``@`` and a plain host — so the
    text shown is the place it opens. A ``javascript:`` or ``data:`` address, a bidi override (U+202E makes
    ``…/\\u202egpj.exe`` show as ``…/exe.jpg``), a look-alike host in other scripts (``quаnzhou`` with a Cyrillic а) or
    ``http://evil.example\\@good.gov.cn/`` must not become a live link in a report an inspector opens and signs;
    such an address is shown as text, every invisible character as an escape (``\\u202e``)."""
    from urllib.parse import urlsplit

    from checker.reporters.escaping import every_character_visible

    url = str((plan.source or {}).get("url") or "").strip()
    if not url:
        return "", False, ""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ("http", "https"):
        return every_character_visible(url), False, "cover.url_not_linked"
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address (an unclosed [ in its host)
        parts = None
    flaws = {
        "url.invisible": any(character.isspace() or not character.isprintable() for character in url),
        "url.non_ascii": not url.isascii(),
        "url.backslash": "\\" in url,
        "url.userinfo": parts is not None and "@" in parts.netloc,
        "url.no_host": parts is None or not parts.netloc or not url[len(scheme):].startswith("://"),
        "url.host": parts is not None and re.fullmatch(_PLAIN_HOST, parts.netloc) is None,
    }
    why = next((key for key in _ADDRESS_FLAWS if flaws[key]), "")
    return (url, True, "") if not why else (every_character_visible(url), False, why)


def input_files(report: Report, policy_file: str | None, lang: str) -> list[InputFile]:
    """Every input the verdicts depend on, with its SHA-256."""
    plan = report.plan
    shown = plan_path(plan)
    role = t("role.plan_bundled", lang, id=plan.id) if shown.startswith("plans/") else t("role.plan", lang)
    files = [InputFile(role, shown, plan.sha256 or ""), *_plan_document(plan, lang)]
    for data in report.files:
        layout = t(f"layout.{data.layout}", lang) if data.layout in ("long", "wide", "by_place") else data.layout
        files.append(InputFile(t("role.data", lang), _data_path(data), data.sha256,
                               t("data.details", lang, encoding=data.encoding or "—", layout=layout, rows=data.rows)))
    for data in report.previous:
        files.append(InputFile(t("role.previous", lang), _data_path(data), data.sha256))
    for name, digest in rules_files():
        files.append(InputFile(t("role.rules", lang), name, digest))
    if policy_file:
        files.append(InputFile(t("role.policy", lang), policy_file, sha256_file(policy_file)))
    return files


def policy_lines(policy: Policy, lang: str) -> list[str]:
    """The bands and weights of ``policy`` in plain words."""

    def pct(fraction: float) -> str:
        return fmt(round(fraction * 100, 4)) + "%"

    lines = [
        t("policy.bound", lang, warn=pct(policy.bound_warn)),
        t("policy.around", lang, passing=pct(policy.around_pass), warn=pct(policy.around_warn)),
        t("policy.full_coverage", lang, warn=fmt(policy.full_coverage_warn)),
        t("policy.progress", lang, on_track=fmt(policy.progress_on_track), lagging=fmt(policy.progress_lagging)),
        t("policy.trend", lang, window=policy.trend_window, flat=pct(policy.trend_flat), points=policy.trend_min_points),
        t("policy.maintain", lang, tol=pct(policy.maintain_tolerance), tol2=pct(2 * policy.maintain_tolerance)),
    ]
    listed = catalogue()
    for unit, caps in sorted(policy.caps.items()):  # 岁: no band wider than half a year
        entry = listed.get(unit)  # an indicator of the catalogue (sex_ratio_at_birth): by its name, in its own unit
        measured = (entry.get("unit") or "") if isinstance(entry, dict) else unit
        widest = {band: fmt(caps[band]) + (suffix(measured, lang) if measured else "") if band in caps else "∞"
                  for band in ("around_pass", "around_warn", "bound_warn")}
        if isinstance(entry, dict):
            lines.append(t("policy.cap_indicator", lang, name=entry.get("en" if lang == "en" else "zh") or unit,
                           **widest))
        else:
            lines.append(t("policy.cap", lang, unit=display(unit, lang), **widest))
    for key in ("strive", "basically", "binding", "advocacy"):
        effect = policy.severity.get(key, "none")
        lines.append(t(f"policy.{key}", lang, effect=t(f"effect.{effect}", lang)))
    # 岁 and 年 are both "years" in English: their caps, alike, would be said twice
    return list(dict.fromkeys(lines))


def _pick(pair, lang: str) -> str:
    if isinstance(pair, tuple | list):
        return pair[1] if lang == "en" else pair[0]
    return str(pair)


def _with_unit(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{fmt(value)}{unit}"


def build_context(audit: Audit) -> dict:
    """The template's data: plain values and (escaped) SVG, nothing the template must compute."""
    report, lang, policy = audit.report, audit.report.lang, audit.policy
    plan, results = report.plan, report.results.results
    words = {status: t(f"status.{status}", lang) for status in STATUSES}
    targets = TargetFinder(plan)

    plan_title = plan.title_en if lang == "en" and plan.title_en else plan.title_zh
    title = audit.title or t("report.title", lang, title=plan_title)
    as_of = report.results.as_of
    years_used = sorted({r.year for r in results if r.year is not None})
    assessment = t("cover.as_of", lang, year=as_of) if as_of else t("cover.latest", lang)
    if years_used:
        assessment += t("punct.sep", lang)
        assessment += t("cover.years_used", lang, years=", ".join(map(str, years_used)))

    # sections in document order: grouped by domain (in the order domains first appear), plan order within
    order: dict[str, list[Result]] = {}
    for result in results:
        order.setdefault(result.domain or "", []).append(result)
    sections = []
    anchors: dict[str, list[str]] = {}
    for index, result in enumerate((r for group in order.values() for r in group), start=1):
        target = targets.find(result)
        section = _result_section(index, result, target, audit, words)
        anchors.setdefault(result.indicator, []).append(section["anchor"])
        sections.append(section)

    # summary: overall, by domain, by nature; the fails and warns first, binding first among them
    domains: dict[str, Counter] = {}
    for result in results:
        domains.setdefault(plan.domain_name(result.domain, lang) or t("domain.none", lang), Counter())[result.status] += 1
    natures: dict[str | None, Counter] = {key: Counter() for key in ("约束性", "预期性")}
    for result in results:
        natures.setdefault(result.nature if result.nature in NATURE_ORDER else None, Counter())[result.status] += 1
    nature_rows = [(t(f"nature.{key}" if key else "nature.none", lang), natures[key])
                   for key in NATURE_ORDER if key in natures]
    attention = sorted((s for s in sections if s["status"] in ("fail", "warn")),
                       key=lambda s: (-SEVERITY[s["status"]], s["nature"] != "约束性", s["index"]))
    summary_rows = [(t("summary.overall", lang), Counter(report.results.summary)), *domains.items()]
    chart = svg.summary_chart([(label, dict(counts)) for label, counts in summary_rows], words,
                              t("chart.summary_caption", lang))

    unknown = []
    for item in report.results.unknown:
        line = t("summary.unknown_row", lang, name=item.name, rows=item.rows, first=item.first)
        if item.suggestion:
            line += t("punct.sep", lang) + t("summary.did_you_mean", lang, name=item.suggestion)
        unknown.append(line)

    by_line = {(s["indicator"], s["plan_line"]): s for s in sections}
    conflicts = []
    for problem in audit.problems:
        if problem.code not in CONFLICT_CODES:
            continue
        indicator = _indicator_of(plan, problem.location)
        involved = []
        if problem.code == "conflict":  # the target at the problem's line contradicts the one "at line N"
            first = re.search(r"\bat line (\d+)\b", problem.message)
            lines = [int(first.group(1))] if first else []
            involved = [by_line[(indicator, line)] for line in [*lines, problem.location.line]
                        if (indicator, line) in by_line]
        if not involved:
            involved = [s for s in sections if s["indicator"] == indicator]
        conflicts.append({
            "what": t(f"conflicts.{problem.code}", lang),
            "where": _location(problem.location, plan),
            "message": problem.message,
            "indicator": indicator,
            "name": involved[0]["name"] if involved else (indicator or ""),
            "involved": [{"anchor": s["anchor"], "index": s["index"], "text": s["target_text"],
                          "year": s["target_year"], "source_line": s["source_line"]} for s in involved],
        })

    return {
        "lang": lang,
        "html_lang": "zh-Hans" if lang == "zh" else "en",
        "title": title,
        "plan_title": plan_title,
        # the title in the other language, where it is another (a plan written in English has one)
        "plan_title_other": "" if (other := plan.title_zh if lang == "en" else plan.title_en) == plan_title else other or "",
        "plan": plan,
        "document": str(plan.source.get("document") or ""),
        **dict(zip(("document_url", "document_link", "document_not_linked"), document_address(plan))),
        "region": report.region,
        "references": _references_used(plan, results, reference_places(plan, audit.dataset.parents, report.region)),
        "reference_words": {role: t(f"reference.{role}", lang) for role in ("city", "province", "nation")},
        "assessment": assessment,
        "version": __version__,
        "generated_at": audit.generated_at.text,
        "generated_from": t(f"cover.generated_from.{audit.generated_at.origin}", lang),
        "inspector": audit.inspector,
        "policy_source": (t("cover.policy_file", lang, file=audit.policy_file) if audit.policy_file
                          else t("cover.policy_default", lang)),
        "policy_lines": policy_lines(policy, lang),
        "files": input_files(report, audit.policy_file, lang),
        "summary": report.results.summary,
        "total": len(results),
        "statuses": STATUSES,
        "words": words,
        "symbols": SYMBOLS,
        "long_words": {status: t(f"status.long.{status}", lang) for status in STATUSES},
        "domain_rows": list(domains.items()),
        "nature_rows": nature_rows,
        "summary_chart": chart,
        "attention": attention,
        "unknown": unknown,
        # another region's rows, a year outside the plan period, exact repeats: listed as the table lists them (a
        # region not judged vanished from the report, though its input table counted its rows)
        "unused": unused_messages(report, lang),
        "skipped": skipped_messages(report),
        "slips": list(report.plan.slips),
        "cautions": list(audit.cautions),
        "sections": sections,
        # n/a results are rows of one compact table (their own section), not a section each: a report
        # of mostly missing data prints short
        "by_domain": _group([s for s in sections if s["status"] != "n/a"]),
        "conflicts": conflicts,
        "not_applicable": [s for s in sections if s["status"] == "n/a"],
        "revisions_compared": audit.revisions_compared or bool(report.previous),
        "revisions": [_revision(item, lang) for item in report.revisions],
        "changed_verdicts": [_changed_verdict(item, lang, words, anchors) for item in report.changed_verdicts],
        "command": audit.command,
    }


def _group(sections: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for section in sections:
        groups.setdefault(section["domain"], []).append(section)
    return list(groups.items())


def _revision(item, lang: str) -> dict:
    """A revised value (checker.data.revisions.Revision) for the revisions table."""
    unit = suffix(item.unit, lang)
    return {
        "region": item.region,
        "name": item.name_en if lang == "en" and item.name_en else item.name_zh,
        "year": item.year,
        "base_year": item.base_year,
        "old": _with_unit(item.old.value, unit),
        "old_where": str(item.old.location),
        "new": _with_unit(item.new.value, unit),
        "new_where": str(item.new.location),
        "change": "—" if item.change is None else ("+" if item.change > 0 else "") + fmt(round(item.change, 6)) + unit,
    }


def _changed_verdict(item, lang: str, words: dict, anchors: dict[str, list[str]]) -> dict:
    """A verdict the revisions alone changed (checker.data.revisions.ChangedVerdict)."""
    return {
        "name": item.name_en if lang == "en" and item.name_en else item.name_zh,
        "target": f"{item.target_text} ({item.target_year})",
        "old_status": item.old_status,
        "new_status": item.new_status,
        "old_word": words.get(item.old_status, item.old_status),
        "new_word": words.get(item.new_status, item.new_status),
        "reason": item.new_reason.en if lang == "en" else item.new_reason.zh,
        "years": ", ".join(str(r.year) for r in item.revisions),
        "anchors": anchors.get(item.indicator, []),
    }


def _indicator_of(plan: Plan, location: Location) -> str | None:
    path = location.path
    if len(path) > 1 and path[0] == "indicators" and isinstance(path[1], int) and path[1] < len(plan.indicators):
        return plan.indicators[path[1]].id
    return None


def _location(location: Location, plan: Plan) -> str:
    shown = plan_path(plan) if location.file in (plan.file, None) else location.file
    return str(Location(shown, location.line, location.column))


def _cell_where(evidence: dict) -> str:
    return str(Location(evidence.get("file"), evidence.get("line"), evidence.get("column"), sheet=evidence.get("sheet")))


def _find_point(series: dict[int, Point], evidence: dict) -> Point | None:
    point = series.get(evidence.get("year"))
    if point is not None and point.location.line == evidence.get("line") and point.location.sheet == evidence.get("sheet"):
        return point
    return None


def _references_used(plan, results, places: dict[str, str]) -> list[tuple[str, str]]:
    """Each reference role with the region the verdicts compared with (a county of another province is compared
    with its own: 淳安县 with 浙江省, whatever the plan's references name), else the one it stands for the region
    (``places``, :func:`reference_places`: where the data places it, else the plan's), else — (天门市, under no city,
    has no 全市: the plan's city of another province was named on the cover)."""
    roles = {(target.indicator, target.year, target.text): target.rule.reference for target in plan.targets}
    used: dict[str, str] = {}
    for result in results:
        role = roles.get((result.indicator, result.target_year, result.target_text))
        region = (result.evidence.get("reference") or {}).get("region") if isinstance(result.evidence, dict) else None
        if role and region:
            used.setdefault(role, region)
    return [(role, used.get(role) or places.get(role) or "—") for role in plan.references]


def _result_section(index: int, result: Result, target: Target | None, audit: Audit, words: dict) -> dict:
    report, lang, policy = audit.report, audit.report.lang, audit.policy
    plan = report.plan
    indicator = plan.indicator(result.indicator)
    unit = suffix(result.unit, lang)
    evidence = result.evidence
    rule = target.rule if target else None
    other_name = result.name_en if lang == "zh" else result.name_zh
    name = result.name_en if lang == "en" and result.name_en else result.name_zh
    series = audit.dataset.get(result.region, result.indicator)
    reference_role = rule.reference if rule else None
    # the region the verdict compared with (a county of another province: its own, not the plan's references')
    reference_region = ((evidence.get("reference") or {}).get("region") if isinstance(evidence, dict) else None) \
        or (plan.references.get(reference_role) if reference_role else None)
    reference_series = audit.dataset.get(reference_region, result.indicator) if reference_region else {}

    # the rule in words
    rule_words = []
    if rule is not None:
        described = describe(rule, policy, result.nature)
        kind = _pick(KIND_NAMES[rule.kind], lang) + (t("result.overridden", lang) if target.overridden else "")
        rule_words.append((t("result.kind", lang), kind))
        def pick(pair) -> str:  # the rule's words, amounts of the unit in English words where English
            return in_english(_pick(pair, lang), result.unit) if lang == "en" else _pick(pair, lang)

        rule_words.append((t("result.meaning", lang), pick(described["meaning"])))
        for status in ("pass", "warn", "fail", "n/a"):
            if status in described:
                rule_words.append((words[status], pick(described[status])))
        if "progress" in described:
            rule_words.append((t("result.progress", lang), _pick(described["progress"], lang)))
        for weight in described["weights"]:
            rule_words.append((t("result.weights", lang), _pick(weight, lang)))

    # the verdict and its arithmetic
    verdict = [(t("result.assessment", lang), t(f"assessment.{result.assessment or 'none'}", lang))]
    if result.year is not None:
        verdict.append((t("result.assessment_year", lang), str(result.year)))
    if result.value is not None:
        verdict.append((t("result.observed", lang), _with_unit(result.value, unit)))
    if "goal" in evidence and isinstance(evidence["goal"], int | float):
        verdict.append((t("result.goal", lang), _with_unit(evidence["goal"], unit)))
    base = evidence.get("baseline")
    if isinstance(base, dict):
        verdict.append((t("result.baseline", lang), t(
            "result.baseline_value", lang, year=base.get("year"), value=_with_unit(base.get("value"), unit),
            origin=t(f"result.origin.{'data' if base.get('from') == 'data' else 'plan'}", lang))))
    ref = evidence.get("reference")
    if isinstance(ref, dict):
        verdict.append((t("result.reference", lang), t("result.reference_value", lang, region=ref.get("region"),
                                                        year=ref.get("year"), value=_with_unit(ref.get("value"), unit))))
    if "required_pace" in evidence:
        verdict.append((t("result.ratio", lang), _ratio(evidence.get("ratio")) + " — " + t(
            "result.pace", lang, required=fmt(round(evidence["required_pace"], 4)),
            actual=fmt(round(evidence["actual_pace"], 4)))))
    elif isinstance(evidence.get("ratio"), int | float):
        verdict.append((t("result.ratio_plain", lang), _ratio(evidence["ratio"])))
    if evidence.get("arithmetic"):
        verdict.append((t("result.arithmetic", lang), formula(evidence["arithmetic"], lang, result.unit)))
    if evidence.get("band"):
        verdict.append((t("result.band", lang), formula(evidence["band"], lang, result.unit)))
    if evidence.get("weighed"):
        why = t("punct.sep", lang).join(
            t(f"policy.{key}", lang, effect=t(f"effect.{policy.severity.get(key, 'none')}", lang))
            for key in evidence["weighed"])
        verdict.append((t("result.weighed", lang), t("result.weighed_value", lang,
                                                     before=words[evidence.get("status_before_weighing", "n/a")],
                                                     after=words[result.status], why=why)))

    cells = _cells(result, audit, series, reference_series, reference_region)
    chart = _chart(result, rule, audit, series, reference_series, reference_region, unit, name)
    source = target.source if target else None
    plan_line = (evidence.get("plan") or {}).get("line")
    return {
        "index": index,
        "anchor": f"r{index}",
        "status": result.status,
        "name": name,
        "other_name": other_name or "",
        "indicator": result.indicator,
        "domain": audit.report.plan.domain_name(result.domain, lang) or t("domain.none", lang),
        "nature": result.nature,
        "nature_word": t(f"nature.{result.nature}", lang) if result.nature in NATURE_ORDER[:3] else "",
        "unit": display(indicator.unit, lang) if indicator.unit else "",
        "direction": _pick(DIRECTION_NAMES.get(indicator.direction, (indicator.direction,) * 2), lang),
        "responsible": (target.responsible if target and target.responsible else indicator.responsible) or "",
        "target_year": result.target_year,
        "target_text": result.target_text,
        "standing": bool(target and target.standing),
        "target_note": (target.note if target else None) or "",
        "source_line": source.line if source else None,
        "source_quote": source.quote if source else None,
        "source_document": (source.file if source and source.file else None)
        or str(plan.source.get("document") or plan.source.get("file") or ""),
        "plan_file": plan_path(plan),
        "plan_line": plan_line,
        "baselines": [(b.year, b.text) for b in indicator.baselines],
        "rule_words": rule_words,
        "reason": result.reason.en if lang == "en" else result.reason.zh,
        "observed": "—" if result.value is None else f"{_with_unit(result.value, unit)} ({result.year})",
        "verdict": verdict,
        "cells": cells,
        "chart": svg.series_chart(chart) if chart and not chart.empty() else None,
        "legend": svg.legend(chart) if chart and not chart.empty() else [],
        "chart_caption": t("chart.caption", lang, name=name, region=result.region,
                           unit=t("chart.unit", lang, unit=display(indicator.unit, lang)) if indicator.unit else ""),
    }


def _cells(result: Result, audit: Audit, series: dict, reference_series: dict, reference_region: str | None) -> list[dict]:
    """The data cells the verdict used, each with where it is, as written, unit and notes."""
    lang, evidence = audit.report.lang, result.evidence
    used: list[tuple[str, str, dict, dict]] = []  # role, region, evidence, series to find the full point in
    if isinstance(evidence.get("observation"), dict):
        used.append(("observation", result.region, evidence["observation"], series))
    base = evidence.get("baseline")
    if isinstance(base, dict) and base.get("from") == "data":
        used.append(("baseline", result.region, base, series))
    if isinstance(evidence.get("reference"), dict):
        used.append(("reference", evidence["reference"].get("region") or reference_region, evidence["reference"],
                      reference_series))
    for role in ("first", "last"):
        if isinstance(evidence.get(role), dict):
            used.append((role, result.region, evidence[role], series))
    for step in evidence.get("steps_against") or ():  # 逐年: the two years of a step the other way
        used.extend(("step_against", result.region, step[end], series) for end in ("from", "to")
                    if isinstance(step, dict) and isinstance(step.get(end), dict))
    linked = evidence.get("linked")
    if isinstance(linked, dict):
        other = audit.dataset.get(result.region, linked.get("indicator", ""))
        if isinstance(linked.get("value"), dict):
            used.append(("linked", result.region, linked["value"], other))
        if isinstance(linked.get("baseline"), dict) and linked["baseline"].get("from") == "data":
            used.append(("linked_baseline", result.region, linked["baseline"], other))
    cells, seen = [], set()
    for role, region, item, where in used:
        key = (item.get("file"), item.get("line"))
        if key in seen:
            continue
        seen.add(key)
        point = _find_point(where, item)
        unit = (point.unit if point else item.get("unit")) or ""
        unit = display(unit, lang) if unit else ""  # as the report's language writes it (岁 is years in English)
        original = point.original_unit if point else item.get("data_unit")
        notes = list(point.notes if point else item.get("notes") or [])
        if original:
            notes.insert(0, t("cell.converted", lang, unit=original))
        linked_id = (evidence.get("linked") or {}).get("indicator") if role.startswith("linked") else None
        cells.append({
            "role": t(f"role.{role}", lang) + (f" ({linked_id})" if linked_id else ""),
            "region": region or "",
            "year": item.get("year"),
            "value": fmt(item["value"]) if isinstance(item.get("value"), int | float) else "—",
            "text": point.text if point else (item.get("text") or ""),
            "unit": unit,
            "where": str(point.location) if point else _cell_where(item),
            "notes": notes,
        })
    return cells


def _hover(point: Point, region: str, lang: str) -> str:
    """A chart point's title: the cell as written, in the data's own unit (9,702 人, never 9,702 万人: the text is the
    cell's, the plan's unit is the value's), then the value in the plan's unit where it was converted (0.9702万人)."""
    notes = f" — {'; '.join(point.notes)}" if point.notes else ""
    written = point.original_unit or point.unit
    unit = display(written, lang) if written else ""
    if unit and point.text.rstrip().endswith((unit, written)):  # the cell wrote its unit (27.3%): not twice
        unit = ""
    converted = f" ({fmt(point.value)}{suffix(point.unit, lang)})" if point.original_unit and point.unit \
        and point.original_unit != point.unit and point.value is not None else ""
    return f"{region} {point.year}: {point.text} {unit}{converted} @ {point.location}{notes}".replace("  ", " ")


def _numeric(series: dict[int, Point], as_of: int | None) -> list[tuple[int, Point]]:
    return sorted((year, p) for year, p in series.items()
                  if p.value is not None and math.isfinite(p.value) and (as_of is None or year <= as_of))


def _chart(result: Result, rule, audit: Audit, series: dict, reference_series: dict, reference_region: str | None,
           unit: str, name: str) -> svg.SeriesChart | None:
    lang, policy = audit.report.lang, audit.policy
    if rule is None or rule.kind == "achieved":
        return None
    as_of = audit.report.results.as_of
    evidence = result.evidence
    observed = [svg.SeriesPoint(year, p.value, _hover(p, result.region, lang), assessed=year == result.year)
                for year, p in _numeric(series, as_of)]
    chart = svg.SeriesChart(unit=unit, observed=observed, observed_label=t("chart.observed", lang, region=result.region),
                            target_year=result.target_year, status=result.status,
                            axis_unit=display(result.unit, lang) if result.unit else "",  # per 1,000 live births
                            description=t("chart.caption", lang, name=name, region=result.region, unit=""))
    if result.unit:  # no axis below 0 for a rate, none past 100% for a share
        chart.possible = limits_for(result.unit, audit.report.plan.indicator(result.indicator).names())
    if reference_region:
        chart.reference = [svg.SeriesPoint(year, p.value, _hover(p, reference_region, lang))
                           for year, p in _numeric(reference_series, as_of)]
        chart.reference_label = reference_region
    base = evidence.get("baseline")
    if isinstance(base, dict) and isinstance(base.get("value"), int | float):
        origin = t(f"result.origin.{'data' if base.get('from') == 'data' else 'plan'}", lang)
        title = t("result.baseline_value", lang, year=base["year"], value=_with_unit(base["value"], unit), origin=origin)
        chart.baseline = svg.SeriesPoint(base["year"], base["value"], title)
        chart.baseline_label = f"{t('chart.baseline', lang)} {title}"
    goal = evidence.get("goal")
    if rule.kind in BANDED and isinstance(goal, int | float) and rule.op:
        standing = rule.kind in ("vs_reference", "offset_vs_reference")
        chart.marker_year = result.year if standing and result.year is not None else result.target_year
        chart.goal = goal
        chart.goal_label = t("chart.target", lang, text=result.target_text, year=chart.marker_year)
        if result.target_text.strip() not in (fmt(goal), _with_unit(goal, unit)):
            chart.goal_label += " = " + _with_unit(goal, unit)
        chart.goal_marker = not standing  # against a reference, the reference's own point marks the target
        try:
            if rule.kind == "full_coverage" and result.unit in ("%", None):
                passing, warning = (100.0, math.inf), [(policy.full_coverage_warn, 100.0)]
            else:
                b = bands(rule.op, goal, rule.direction, policy, rule.upper if rule.kind == "range" else None,
                          unit=result.unit, indicator=capped_as(audit.report.plan.indicator(result.indicator)))
                passing = (b.passing.low, b.passing.high)
                warning = [(piece.low, piece.high) for piece in b.warn_only()]
        except ValueError:
            passing, warning = None, []
        chart.passing, chart.warning = passing, warning
        chart.pass_label, chart.warn_label = t("chart.pass_band", lang), t("chart.warn_band", lang)
        start = evidence.get("progress_from")  # the plan's base year, where the rule's base is earlier
        if isinstance(start, dict) and isinstance(start.get("value"), int | float) and "required_pace" in evidence:
            chart.required = [(start["year"], start["value"]), (result.target_year, goal)]
            chart.required_label = t("chart.required", lang)
        elif chart.baseline and "required_pace" in evidence:
            chart.required = [(chart.baseline.year, chart.baseline.value), (result.target_year, goal)]
            chart.required_label = t("chart.required", lang)
    elif rule.kind == "annual_rate" and chart.baseline and rule.value is not None:
        first, start = chart.baseline.year, chart.baseline.value
        if rule.change == "points":  # a straight line: so many points a year
            chart.required = [(first, start), (result.target_year, start + rule.value * (result.target_year - first))]
        else:  # compounding: the path bends, so it is drawn through every year
            chart.required = [(year, start * (1 + rule.value / 100) ** (year - first))
                              for year in range(first, result.target_year + 1)]
        chart.required_label = t("chart.required", lang) + f" ({result.target_text})"
    elif rule.kind == "maintain" and chart.baseline:
        chart.goal = chart.baseline.value
        chart.goal_label = t("chart.target", lang, text=result.target_text, year=result.target_year)
    if isinstance(evidence.get("window"), list) and len(evidence["window"]) == 2:
        chart.window = (evidence["window"][0], evidence["window"][1])
        chart.window_label = t("chart.window", lang) + f" {chart.window[0]}–{chart.window[1]}"
    if chart.marker_year is None and chart.goal is None and not chart.observed and not chart.reference:
        return chart if chart.baseline else None
    return chart


def css_string(value: object):
    """A quoted CSS string that is safe inside ``<style>`` (no quote, backslash, newline or ``<`` left).

    Returned as markup: HTML escaping must not touch it (``<style>`` is raw text, entities stay literal).
    """
    from markupsafe import Markup

    out = []
    for char in str(value):
        if char in "\"'\\<>&" or not char.isprintable():
            out.append(f"\\{ord(char):x} ")
        else:
            out.append(char)
    return Markup('"' + "".join(out) + '"')


def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["css_string"] = css_string
    return env


def render(audit: Audit) -> str:
    """The report as one HTML document (a string; write it with :func:`checker.reporters.output.write_atomically`)."""
    env = _environment()
    lang = audit.report.lang
    context = build_context(audit)

    def message(key: str, **values) -> str:
        return t(key, lang, **values)

    env.globals["t"] = message
    # text from the files is never terminal control, a bidi override or a character HTML forbids, wherever it
    # stands (a cell, a chart's <title>, a caption): made visible as the Markdown report does (\x1b, \u202e); the
    # report's own line breaks and tabs stay
    return controls_visible(env.get_template("report.html.j2").render(**context), keep_lines=True)


def _ratio(ratio: float | None) -> str:
    """A pace ratio of the evidence as given there: four decimals, or the more it keeps to sit on its side of an
    edge (0.94996, -2e-05: never "0" for a pace a hair behind the base's)."""
    if not isinstance(ratio, int | float):
        return fmt(ratio)
    return fmt(ratio) if ratio == round(ratio, 4) else f"{ratio:g}"
