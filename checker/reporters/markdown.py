"""Markdown summary for ``$GITHUB_STEP_SUMMARY`` and merge-request comments.

The counts first (and whether the run is gated), then the fails and warns in one table, worst
first, each with the row of the data file it comes from; then, when the submission was compared
with a previous one, the revised values and the verdicts they changed; then what was left out.
Data is escaped by :func:`checker.reporters.escaping.markdown` (line breaks, ``|``, HTML, links, images,
emphasis, ``@mentions``), so no data cell can break the table or inject markup.
"""

from __future__ import annotations

from checker.reporters.escaping import markdown
from checker.reporters import Report, observed, skipped_messages, unused_messages
from checker.reporters.locations import result_where
from checker.judge.results import SEVERITY, STATUSES

SYMBOL = {"pass": "✔", "warn": "▲", "fail": "✘", "n/a": "–"}
#: the most fails and warnings listed: GitHub takes a step summary of at most 1 MiB (a national run has thousands)
MAX_ROWS = 1000
TEXT = {
    "zh": {
        "pass": "通过", "warn": "警告", "fail": "不通过", "n/a": "不适用",
        "title": "规划目标检查", "gate": "门槛", "blocked": "未通过：有结果达到或超过 `--fail-on {0}`",
        "clear": "通过：没有结果达到 `--fail-on {0}`", "revgate": "有数据修订（`--fail-on-revision`）",
        "problems": "不通过与警告", "none": "没有不通过或警告的结果。",
        "head": ("状态", "领域", "指标", "目标", "实际", "说明", "位置"),
        "revisions": "数据修订（与上次报送相比）", "norev": "与上次报送相比，没有已报年份的数值被修改。",
        "revhead": ("指标", "地区", "年份", "原值", "新值", "原位置", "新位置"), "base": "基期年",
        "changed": "因修订而改变的结论", "chhead": ("指标", "目标", "原结论", "新结论", "说明"),
        "left": "未纳入", "unknown": "规划中没有指标“{0}”（{1} 行，首行 {2}）", "mean": "；是否指 {0}？",
        "skipped": "已跳过：{0}", "data": "数据", "previous": "上次报送", "warnings": "数据警告", "region": "地区",
        "more": "另有 {0} 条不通过或警告未列出（摘要以 {1} 条为限）：全部结果见 `--format csv` 或 `json`",
    },
    "en": {
        "pass": "pass", "warn": "warn", "fail": "fail", "n/a": "n/a",
        "title": "Plan target check", "gate": "Gate", "blocked": "blocked: results at or above `--fail-on {0}`",
        "clear": "clear: no result at or above `--fail-on {0}`", "revgate": "values were revised (`--fail-on-revision`)",
        "problems": "Fails and warnings", "none": "No result fails or warns.",
        "head": ("Status", "Domain", "Indicator", "Target", "Observed", "Reason", "Where"),
        "revisions": "Revised values (compared with the previous submission)",
        "norev": "No value of an already reported year was changed.",
        "revhead": ("Indicator", "Region", "Year", "Previous", "New", "Previous row", "New row"), "base": "base year",
        "changed": "Verdicts changed by the revisions", "chhead": ("Indicator", "Target", "Before", "Now", "Reason"),
        "left": "Left out", "unknown": "the plan has no indicator {0!r} ({1} row(s), first at {2})",
        "mean": "; did you mean {0}?", "skipped": "skipped: {0}", "data": "Data", "previous": "Previous submission",
        "warnings": "Data warnings", "region": "Region",
        "more": "{0} more fails and warnings not listed (the summary lists at most {1}): every result is in "
                "`--format csv` or `json`",
    },
}


class Written(str):
    """Markdown that checker wrote itself (not data): put in a cell as it is."""


def cell(text: object) -> str:
    """A table cell or heading text: one line, never a link, image, mention or emphasis (checker.reporters.escaping)."""
    return text if isinstance(text, Written) else markdown(text)


def _row(cells) -> str:
    return "| " + " | ".join(cell(c) for c in cells) + " |"




def render(report: Report) -> str:
    lang = "zh" if report.lang == "zh" else "en"
    t = TEXT[lang]
    plan, results = report.plan, report.results
    title = plan.title_zh if lang == "zh" or not plan.title_en else plan.title_en
    counts = results.summary
    out = [f"## {t['title']}: {cell(title)} — {cell(report.region)}", ""]
    out.append("| " + " | ".join(f"{SYMBOL[s]} {t[s]}" for s in STATUSES) + " |")
    out.append("|" + "---:|" * len(STATUSES))
    out.append("| " + " | ".join(str(counts[s]) for s in STATUSES) + " |")
    out.append("")
    if report.fail_on:
        gated = results.gated(report.fail_on)
        line = f"**{t['gate']}**: " + (t["blocked"] if gated else t["clear"]).format(report.fail_on)
        if report.fail_on_revision and report.revisions:
            line += "; " + t["revgate"]
        out += [line, ""]
    problems = sorted((r for r in results.results if r.status in ("fail", "warn")),
                      key=lambda r: -SEVERITY[r.status])  # worst first, plan order otherwise
    out += [f"### {t['problems']}", ""]
    if problems:
        # a many-region run says whose each row is (a district's fail is no other's)
        regions = len({result.region for result in problems}) > 1 or report.region != problems[0].region
        head = (t["head"][0], t["region"], *t["head"][1:]) if regions else t["head"]
        out += [_row(head), "|" + "---|" * len(head)]
        for result in problems[:MAX_ROWS]:
            name = result.name_zh if lang == "zh" or not result.name_en else result.name_en
            reason = result.reason.zh if lang == "zh" else result.reason.en
            where = result_where(report, result)
            cells = [f"{SYMBOL[result.status]} {t[result.status]}", plan.domain_name(result.domain, lang) or "—",
                     name, f"{result.target_text} ({result.target_year})", observed(result, lang), reason, str(where)]
            out.append(_row(cells[:1] + [result.region] + cells[1:] if regions else cells))
        if len(problems) > MAX_ROWS:
            out += ["", cell(t["more"].format(len(problems) - MAX_ROWS, MAX_ROWS))]
    else:
        out.append(t["none"])
    out.append("")
    if report.previous:
        out += [f"### {t['revisions']}", ""]
        if report.revisions:
            out += [_row(t["revhead"]), "|" + "---|" * len(t["revhead"])]
            for revision in report.revisions:
                name = revision.name_zh if lang == "zh" or not revision.name_en else revision.name_en
                year = Written(f"**{revision.year}** ({cell(t['base'])})") if revision.base_year else str(revision.year)
                out.append(_row((name, revision.region, year, revision.shown(revision.old), revision.shown(revision.new),
                                 str(revision.old.location), str(revision.new.location))))
        else:
            out.append(t["norev"])
        out.append("")
        if report.changed_verdicts:
            out += [f"### {t['changed']}", "", _row(t["chhead"]), "|" + "---|" * len(t["chhead"])]
            for changed in report.changed_verdicts:
                name = changed.name_zh if lang == "zh" or not changed.name_en else changed.name_en
                reason = changed.new_reason.zh if lang == "zh" else changed.new_reason.en
                out.append(_row((name, f"{changed.target_text} ({changed.target_year})",
                                 f"{SYMBOL[changed.old_status]} {t[changed.old_status]}",
                                 f"{SYMBOL[changed.new_status]} {t[changed.new_status]}", reason)))
            out.append("")
    left = [t["unknown"].format(u.name, u.rows, u.first) + (t["mean"].format(u.suggestion) if u.suggestion else "")
            for u in results.unknown]
    left += [t["skipped"].format(message) for message in skipped_messages(report)]
    left += unused_messages(report, lang)
    if left:
        out += [f"### {t['left']}", ""] + [f"- {cell(item)}" for item in left] + [""]
    if report.data_warnings:
        out += [f"### {t['warnings']}", ""] + [f"- {cell(item)}" for item in report.data_warnings] + [""]
    files = ", ".join(cell(f.path) for f in report.files)
    out.append(f"<sub>{t['data']}: {files}" + (
        f"; {t['previous']}: " + ", ".join(cell(f.path) for f in report.previous) if report.previous else "")
        + f"; checker {_version()}</sub>")
    return "\n".join(out) + "\n"


def _version() -> str:
    from checker import __version__

    return __version__
