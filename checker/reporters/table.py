"""The terminal table: grouped by domain, worst first, status in colour AND symbol, counts at the foot.

Reads the same without colour (in a pipe, ``| cat``, or with NO_COLOR): every status carries a
symbol and a word.

The table takes the width it has: the terminal's, or when piped ``COLUMNS``, else the terminal's that
standard error still shows, else 160 (a log). Where its six columns no longer fit without cutting a
cell (an 80-column window), each target is printed as a block instead — status and indicator, then
target, observed value and reason on lines of their own, wrapped on whole words — so nothing is cut
to ``目…``.

A many-region run (--all-regions, --regions) prints the roll-up instead of every result: one row per
region (pass, warn, fail, n/a, the first binding indicator that fails), one per indicator and target
year (regions, passing, share passing, worst regions), and the counts at the foot.
"""

from __future__ import annotations

import os
import re

from checker.reporters.boxes import Cell, Column, chrome_width, paint, wrap
from checker.reporters.boxes import render as render_boxes
from checker.reporters.boxes import width as text_width
from checker.reporters.escaping import visible
from checker.reporters import Report, observed, skipped_messages, unused_messages
from checker.judge.results import SEVERITY, STATUSES

STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "n/a": "dim"}
SYMBOL = {"pass": "✔", "warn": "▲", "fail": "✘", "n/a": "–"}
WORD = {
    "zh": {"pass": "通过", "warn": "警告", "fail": "不通过", "n/a": "不适用"},
    "en": {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "n/a": "N/A"},
}
HEAD = {
    "zh": ("领域", "状态", "指标", "目标", "实际", "说明"),
    "en": ("Domain", "Status", "Indicator", "Target", "Observed", "Reason"),
}
PIPED_WIDTH = 160  # piped output without COLUMNS: wide enough for the table, as a log or file wants
# the narrowest the wrapping columns (indicator, target, reason) may get before the table reads badly
MIN_WRAPPED = (12, 12, 24)
DOMAIN_WIDTH = 24  # a domain longer than this (a section heading) wraps in its column
_HAN = "[\u3400-\u9fff\uf900-\ufaff]"  # a Chinese character (compiled where the English table needs it)


def width(terminal: bool) -> int | None:
    """The width to lay out in: None for a terminal, whose size is read when laying out (COLUMNS first,
    as shutil and rich both do). Piped output uses COLUMNS when it is set to a number (shells set it
    without exporting it), else the width of the terminal that standard error still shows
    (``checker check … | less``), else PIPED_WIDTH (a CI log)."""
    if terminal:
        return None
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit():
        return max(int(columns), 20)
    try:
        return max(os.get_terminal_size(2).columns, 20) if os.isatty(2) else PIPED_WIDTH
    except OSError:
        return PIPED_WIDTH


def _terminal_columns() -> int:
    """The terminal's width, COLUMNS first (what shutil.get_terminal_size gives, without importing
    shutil and the compression modules it brings at every start)."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(1).columns or 80
    except OSError:
        return 80


def render(report: Report, *, terminal: bool = False) -> str:
    if report.regions:
        return _rollup_text(report, terminal)
    lang = report.lang
    size = width(terminal) or _terminal_columns()
    colour = terminal and not os.environ.get("NO_COLOR")
    out: list[str] = []

    def write(text: str = "", style: str | None = None) -> None:
        out.append(paint(text, style, colour))

    plan = report.plan
    title = plan.title_zh if lang == "zh" or not plan.title_en else plan.title_en
    as_of = report.results.as_of
    when = (f"评估截至 {as_of} 年" if lang == "zh" else f"as of {as_of}") if as_of else (
        "评估年：各指标最新数据年份" if lang == "zh" else "assessment year: latest data per indicator")
    for line in wrap(f"{visible(title)} — {visible(report.region)} — {when}", size):
        write(line)
    heads = HEAD[lang]
    groups: dict[str, list] = {}
    for result in report.results.results:
        groups.setdefault(report.plan.domain_name(result.domain, lang) or "—", []).append(result)
    rows = [(domain, sorted(results, key=lambda r: -SEVERITY[r.status]))  # worst first, plan order otherwise
            for domain, results in groups.items()]
    fixed = [min(max([text_width(visible(d)) for d in groups] + [text_width(heads[0])]), DOMAIN_WIDTH),
             max(text_width(f"{SYMBOL[s]} {WORD[lang][s]}") for s in STATUSES),
             max([text_width(_observed(r, lang)) for r in report.results.results] + [text_width(heads[4])])]
    if sum(fixed) + sum(MIN_WRAPPED) + chrome_width(len(HEAD[lang])) > size:
        _blocks(write, report, rows, size, colour)
    else:
        out.append(_table(report, rows, size, colour).rstrip("\n"))
    _foot(write, report)
    return "\n".join(out) + "\n"


def _table(report: Report, groups: list, size: int, colour: bool) -> str:
    """Six columns: domain, status, indicator, target (year), observed (year), reason (checker.reporters.boxes:
    laid out directly, as rich's per-cell measuring was most of the everyday check's time)."""
    lang, heads = report.lang, HEAD[report.lang]
    # a word longer than its column (目标 "控制在12/10万左右") folds onto the next line: never cut to "…"
    columns = [Column(heads[0], max_width=DOMAIN_WIDTH), Column(heads[1], wrap=False), Column(heads[2], ratio=2),
               Column(heads[3], ratio=1), Column(heads[4], wrap=False), Column(heads[5], ratio=4)]
    sections = []
    meanings = _Meanings(report)
    for domain, rows in groups:
        section = []
        for index, result in enumerate(rows):
            name = result.name_zh if lang == "zh" or not result.name_en else result.name_en
            reason = result.reason.zh if lang == "zh" else result.reason.en
            nature = f" [{visible(_nature(result.nature, lang))}]" if result.nature else ""
            section.append([Cell(visible(domain) if index == 0 else ""),
                            Cell(f"{SYMBOL[result.status]} {WORD[lang][result.status]}", STYLE[result.status]),
                            Cell(visible(name) + nature), Cell(_target(result, report, meanings)),
                            Cell(_observed(result, lang)), Cell(visible(reason))])
        sections.append(section)
    return render_boxes(columns, sections, size, colour=colour)


def _blocks(write, report: Report, groups: list, size: int, colour: bool) -> None:
    """One block per target, for a window too narrow for the table: nothing is cut, long words wrap."""
    lang = report.lang
    labels = HEAD[lang][3:]
    label_width = max(text_width(label) for label in labels)
    indent = " " * (4 + label_width + 2)
    meanings = _Meanings(report)
    for domain, rows in groups:
        write(visible(domain), "bold underline")
        for result in rows:
            name = result.name_zh if lang == "zh" or not result.name_en else result.name_en
            nature = f" [{visible(_nature(result.nature, lang))}]" if result.nature else ""
            status = f"{SYMBOL[result.status]} {WORD[lang][result.status]}"
            for number, line in enumerate(wrap(f"{status}  {visible(name)}{nature}", size)):
                if number == 0:  # the status in its colour, the name as it is
                    line = paint(status, STYLE[result.status], colour) + line[len(status):]
                write(line)
            reason = result.reason.zh if lang == "zh" else result.reason.en
            for label, value in zip(labels, (_target(result, report, meanings), _observed(result, lang),
                                             visible(reason))):
                for number, line in enumerate(wrap(value, max(size - len(indent), 10))):
                    # a hanging indent: the label once, the text aligned under itself
                    lead = "    " + label + " " * (label_width - text_width(label) + 2) if number == 0 else indent
                    write(lead + line)
        write()


def _unknown_line(unknown, lang: str) -> str:
    """Rows of an indicator the plan does not know, in one line, with what the name may mean."""
    hint = ""
    if unknown.suggestion:
        hint = f"；是否指 {unknown.suggestion}？" if lang == "zh" else f"; did you mean {unknown.suggestion}?"
    line = (f"未纳入：规划中没有指标“{unknown.name}”（{unknown.rows} 行，首行 {unknown.first}）{hint}" if lang == "zh"
            else f"left out: the plan has no indicator {unknown.name!r} ({unknown.rows} row{'s' if unknown.rows > 1 else ''}, "
                 f"first at {unknown.first}){hint}")
    return visible(line)


def left_out_lines(report: Report) -> list[str]:
    """What the data held that was not judged (an indicator the plan lacks, another region, a year outside the
    plan) and the rows skipped: one line each, as the table's foot prints them (and ``check`` prints on standard
    error for the formats that have no place for them)."""
    lang = report.lang
    lines = [_unknown_line(unknown, lang) for unknown in report.results.unknown]
    lines += [("已跳过：" if lang == "zh" else "skipped: ") + visible(message) for message in skipped_messages(report)]
    lines += [("未纳入：" if lang == "zh" else "left out: ") + visible(message) for message in unused_messages(report)]
    return lines


def _foot(write, report: Report) -> None:
    """The counts, then what was left out, skipped or revised: one line each, greppable."""
    lang = report.lang
    counts = report.results.summary
    write("  ".join(f"{SYMBOL[s]} {WORD[lang][s]} {counts[s]}" for s in STATUSES))
    for line in left_out_lines(report):
        write(line, "yellow")  # one line each: greppable
    if report.previous:
        if not report.revisions:
            write("与上次报送相比，没有已报年份的数值被修改" if lang == "zh" else
                  "no value of an already reported year was changed since the previous submission")
        for revision in report.revisions:
            write(("已修订：" if lang == "zh" else "revised: ") + visible(revision.words(lang)),
                  "bold yellow" if revision.base_year else "yellow")
        for changed in report.changed_verdicts:
            old, new = (f"{SYMBOL[s]} {WORD[lang][s]}" for s in (changed.old_status, changed.new_status))
            name = changed.name_zh if lang == "zh" or not changed.name_en else changed.name_en
            line = (f"因修订而改变的结论：{name} {changed.target_year}年目标“{changed.target_text}”：{old} → {new}"
                    if lang == "zh" else
                    f"verdict changed by the revisions: {name} {changed.target_year} target {changed.target_text!r}: "
                    f"{old} → {new}")
            write(visible(line), STYLE[changed.new_status])


ROLLUP_HEAD = {
    "zh": (("地区", "通过", "警告", "不通过", "不适用", "最严重的约束性未达标"),
           ("指标", "目标", "地区数", "通过", "警告", "不通过", "不适用", "通过率", "最差地区")),
    "en": (("Region", "Pass", "Warn", "Fail", "N/A", "Worst binding failure"),
           ("Indicator", "Target", "Regions", "Pass", "Warn", "Fail", "N/A", "Share passing", "Worst regions")),
}


def _rollup_text(report: Report, terminal: bool) -> str:
    """A many-region run: one row per region, then one per indicator and target year, counts at the foot
    (laid out by :mod:`checker.reporters.boxes`: rich measured every cell of thousands of rows)."""
    from checker.judge.rollup import rollup

    lang, plan, results = report.lang, report.plan, report.results
    size = width(terminal) or _terminal_columns()
    colour = terminal and not os.environ.get("NO_COLOR")
    out: list[str] = []

    def write(text: str = "", style: str | None = None) -> None:
        out.append(paint(text, style, colour))

    title = visible(plan.title_zh if lang == "zh" or not plan.title_en else plan.title_en)
    count = len(report.regions)
    for line in wrap(f"{title} — {count} 个地区" if lang == "zh" else
                     f"{title} — {count} region{'s' if count != 1 else ''}", size):
        write(line)
    regions, indicators = rollup(results, plan)
    # from the plan, not the results: a national run's results are judged again on each pass
    names = {i.id: (i.name_zh if lang == "zh" or not i.name_en else i.name_en) for i in plan.indicators}
    heads = ROLLUP_HEAD[lang]

    def counts(row) -> list[Cell]:
        return [Cell(str(row.counts[s]), STYLE[s] if row.counts[s] else None) for s in STATUSES]

    rows = [[Cell(visible(row.region)), *counts(row),
             Cell(visible(names.get(row.worst_binding, row.worst_binding)) if row.worst_binding else "—")]
            for row in regions]
    table = _fitted(heads[0], rows, (0, 5), size, colour, least=4)
    if table is not None:
        out.append(table.rstrip("\n"))
    else:  # too narrow for six columns: a line a region
        for row in rows:
            tally = "  ".join(paint(f"{SYMBOL[s]} {cell.text}", cell.style, colour) for s, cell in zip(STATUSES, row[1:5]))
            out.append(f"{row[0].text}: {tally}" + ("" if row[5].text == "—" else f"  {heads[0][5]} {row[5].text}"))
    rows = [[Cell(visible(names.get(row.indicator, row.name_zh))), Cell(visible(f"{row.target_text} ({row.target_year})")),
             Cell(str(row.regions)), *counts(row),
             Cell("—" if row.share_passing is None else f"{row.share_passing:.0%}"),
             Cell(visible(("、" if lang == "zh" else ", ").join(row.worst)) if row.worst else "—")]
            for row in indicators]  # one row per target: each region counted once, by its verdict on that target
    table = _fitted(heads[1], rows, (0, 1, 8), size, colour)
    if table is not None:
        out.append(table.rstrip("\n"))
    else:  # too narrow for nine columns: a block of lines a target
        for row in rows:
            for line in wrap(f"{row[0].text} — {row[1].text}", size):
                write(line, "bold")
            tally = "  ".join(paint(f"{SYMBOL[s]} {cell.text}", cell.style, colour)
                              for s, cell in zip(STATUSES, row[3:7]))
            out.append(f"  {heads[1][2]} {row[2].text}: {tally}  {heads[1][7]} {row[7].text}")
            for line in wrap(f"{heads[1][8]}：{row[8].text}" if lang == "zh" else f"{heads[1][8]}: {row[8].text}", size - 2):
                out.append("  " + line)
    totals = results.summary
    foot = "  ".join(f"{SYMBOL[s]} {WORD[lang][s]} {totals[s]}" for s in STATUSES)
    write(foot + (f"  （{count} 个地区，{len(results.results)} 项结论）" if lang == "zh"
                  else f"  ({count} regions, {len(results.results)} results)"))
    for unknown in results.unknown:
        write(_unknown_line(unknown, lang), "yellow")
    for message in skipped_messages(report):
        write(("已跳过：" if lang == "zh" else "skipped: ") + visible(message), "yellow")
    for message in unused_messages(report):
        write(("未纳入：" if lang == "zh" else "left out: ") + visible(message), "yellow")
    return "\n".join(out) + "\n"


def _fitted(heads: tuple[str, ...], rows: list[list[Cell]], wrapping: tuple[int, ...], size: int, colour: bool,
            least: int = 10) -> str | None:
    """A roll-up table as wide as its cells (numbers set right, never wrapped); where that is wider than
    ``size``, the widest of the ``wrapping`` columns give way first, down to one width that fits. None
    where the ``wrapping`` columns would get fewer than ``least`` columns each."""
    longest = [max([text_width(head)] + [text_width(row[i].text) for row in rows]) for i, head in enumerate(heads)]
    fixed = sum(w for i, w in enumerate(longest) if i not in wrapping) + chrome_width(len(heads))
    room = size - fixed
    if room < least * len(wrapping) and sum(longest[i] for i in wrapping) > room:
        return None
    cap = max(longest[i] for i in wrapping)
    while cap > 1 and sum(min(longest[i], cap) for i in wrapping) > room:
        cap -= 1
    columns = [Column(head, max_width=min(longest[index], cap)) if index in wrapping else
               Column(head, wrap=False, right=index > 0) for index, head in enumerate(heads)]
    return render_boxes(columns, [rows], size, colour=colour)


def _observed(result, lang: str = "zh") -> str:
    return visible(observed(result, lang))  # the marks come from the data


class _Meanings:
    """A target's meaning in English words (``value ≤ 12 per 100,000``), for an English table that shows
    the plan's own Chinese words: worked out once per target of the plan."""

    def __init__(self, report: Report):
        self.report = report
        self.finder = None
        self.cache: dict[int, str | None] = {}

    def of(self, result) -> str | None:
        if self.report.lang != "en":
            return None
        from checker.judge.explain import describe
        from checker.judge.policy import default_policy
        from checker.language.units import in_english
        from checker.reporters import TargetFinder

        if self.finder is None:
            self.finder = TargetFinder(self.report.plan)
        target = self.finder.find(result)
        if target is None:
            return None
        if id(target) not in self.cache:
            meaning = describe(target.rule, self.report.policy or default_policy(), result.nature)["meaning"][1]
            self.cache[id(target)] = in_english(meaning, target.rule.unit or result.unit)
        return self.cache[id(target)]


def _target(result, report: Report, meanings: _Meanings) -> str:
    """The plan's words and the target year; in English, the meaning in words beside them."""
    text = f"{visible(result.target_text)} ({result.target_year})"
    if report.lang != "en" or not re.search(_HAN, result.target_text):  # words an English reader reads already
        return text
    meaning = meanings.of(result)
    return f"{text} = {visible(meaning)}" if meaning else text


def _nature(nature: str, lang: str) -> str:
    """约束性 · 预期性 · 倡导性 in the report's language (a nature checker does not know stays as written)."""
    from checker.reporters.messages import MESSAGES

    words = MESSAGES.get(f"nature.{nature}")
    return words[1 if lang == "en" else 0] if words else nature
