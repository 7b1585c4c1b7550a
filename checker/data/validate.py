"""Submission hygiene before any verdict: ``checker validate DATA... --plan PLAN``.

A data office receives yearly indicator files; before a file is accepted, the person who sent it
should see every problem in it at once, each at its file, line and cell. :func:`validate` is pure:
it takes the plan and the observations (read with ``skip_bad_rows=True``, so that one bad cell does
not hide the others) and returns located :class:`Finding` objects with a severity:

``error`` — the submission cannot be accepted as it is (exit code 1):

- ``unreadable``: a row that cannot be read (value, year or indicator cell), as the reader said;
- ``unit``: a unit unknown to checker or not convertible to the plan's unit for that indicator;
- ``duplicate``: the same region, indicator and year twice with different values;
- ``impossible-value``: a value the indicator's unit does not allow (``rules/limits.yaml``: a share
  above 100% or below 0 except for rates of change or use, a negative count), or not a finite number;
- ``yes-no``: a yes/no cell (是, 否) for an indicator whose targets need a number (≥80岁, 90%以上);
- ``not-yes-no``: a number other than 1 or 0 for an indicator whose targets are all deliverables
  (实现, 建成: judged on 是/否), such as a share written where the yes/no belongs;
- ``missing``: an indicator with a checkable target has no value for the assessment year
  (``--as-of``, else the latest year of the judged region in the data); with ``--responsible
  UNIT``, only the indicators that unit reports (a department's own submission).

``warning`` — accepted, but a person should look:

- ``unknown-indicator``: rows of an indicator the plan does not know (once per name, with a "did you
  mean" from the plan's names and aliases), left out of any check;
- ``unknown-region``: rows of a region that is neither the judged region nor one of the plan's
  reference regions;
- ``duplicate``: a row that repeats another's value exactly (or the same value under another name);
- ``year-range``: a year outside the plan period, i.e. before the base year − 10 or after the last
  target year + 5 (once per file and year, at its first row);
- ``year-to-come``: a year after this year (without ``--as-of``): not observed data, but a plan's targets or a
  projection (once per file and year, at its first row; an error);
- ``annotation``: a value marked preliminary (快报数, 初步数, 预计 …), carrying a footnote mark (``*``),
  or marked as another year's value (``27.97（2021年）`` in a 2022 row);
- ``jump``: a year-on-year change by a factor near 10, 100 or 1000 (a unit slip such as 4.1 % for
  4.1 ‰, or a misplaced decimal point), or by a factor of 5 or more (:mod:`checker.data.jumps`), at the
  row that is out of line with the rest of the series;
- ``scale``: a region's values of an indicator stand about 100 or 1000 times off the plan's own target
  for it (0.25 where the target is 25%: shares written as fractions, or a unit slip), at the series'
  first row;
- ``baseline``: the data's value for a year whose base value the plan states differs from it beyond
  the plan's own precision (the plan's region only): progress is measured from the data's value;
- ``missing-reference``: a target compares with a reference region (全省 …) whose value for the
  assessment year is not in the data;
- ``unread-sheet``: a hidden sheet holding anything that ``--sheet '*'`` did not read (a person opening the
  workbook does not see it; a per-year workbook's hidden 2023年 left the check on 2022's figures);
- ``revision`` (with a previous submission): a value of an already reported year changed; an
  ``error`` when revisions gate (``--fail-on-revision``).

``info`` — ``assessment-year``: which year completeness was checked for, and why; ``other-regions``: the
other regions of a national table (placed in their province or city by its 省份/地市 columns), counted
once, not warned about one by one: they are not this submission's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from checker.errors import CheckerError, Location, UnitError
from checker.language.units import rate_unit
from checker.data.matching import (MAGNITUDE_OFF, RATE_OFF, baseline_contradictions, counting_word_of_rate,
                                   far_off_errors, fraction_errors, magnitude_errors, match, name_table, off_by_scale,
                                   named_total_words, population_of, reference_places, resolve_name, times_shown,
                                   to_point, total_of, total_place, total_row_words, unnamed_region, city_of,
                                   is_part_total, is_population_part, part_words, population_part_words, rate_of_name,
                                   row_unit, meant_region, whole_names_of,
                                   YesNoError, yes_stands_for)
from checker.data.matching import place_fields, whole_choices, whole_choices_words
from checker.data.observations import (PART_OF_YEAR, PRELIMINARY, Observation, Observations, unnamed_totals,
                                       unread_sheet_words, passed_over_words)
from checker.data.readers import year_to_come
from checker.data.limits import impossible
from checker.language.numbers import PLAIN_NUMBER, footnote_mark
from checker.language.units import display, suffix
from checker.plan.model import Plan

SEVERITIES = ("error", "warning", "info")
#: Kinds whose targets have nothing to check, so their indicators are not required.
UNCHECKABLE = ("external", "unspecified")
#: A statistical table's row for the whole of a level (全省 …) → the plan's reference of that level.
FOOTNOTE_MARKS = ("*", "＊", "※", "△", "▲", "#", "＃")
_NOTE_YEAR = re.compile(r"(\d{4})\s*年")
_OTHER_YEAR = re.compile(r"[（(〔\[]\s*(\d{4})\s*年?[^）)〕\]]*[）)〕\]]|(\d{4})\s*年(?:数据|数|值)")


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning | info
    code: str
    message: str
    location: Location = field(default_factory=Location)
    hint: str | None = None

    @property
    def file(self) -> str | None:
        return self.location.file

    @property
    def line(self) -> int | None:
        return self.location.line

    @property
    def column(self) -> int | None:
        return self.location.column

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location.file else ""
        text = f"{where}{self.severity}: {self.message} [{self.code}]"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def to_dict(self) -> dict:
        data = {"severity": self.severity, "code": self.code, "message": self.message, "hint": self.hint,
                "file": self.file, "line": self.line, "column": self.column}
        if self.location.sheet is not None:  # a workbook's cell: its sheet and reference (C12)
            data.update(sheet=self.location.sheet, cell=self.location.cell())
        return data


def summary(findings) -> dict[str, int]:
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def validate(
    plan: Plan,
    observations: Observations,
    *,
    region: str | None = None,
    as_of: int | None = None,
    previous: Observations | None = None,
    revisions_gate: bool = False,
    responsible: tuple[str, ...] = (),
    lang: str = "zh",
    this_year: int | None = None,
) -> tuple[Finding, ...]:
    """Every problem found in ``observations`` for ``plan``, located, sorted by file, line and cell.
    Indicators are named in ``lang`` (their English names with ``en``); hints that show a data row keep
    the name the data is written with.

    ``responsible`` narrows the indicators a submission must carry to those whose lead department
    (``responsible``, or the ``数据采集单位`` column) is one of these: a department's own submission.
    ``this_year``: the year now, after which no value can have been observed (None: not asked).
    """
    region = region or plan.region
    findings: list[Finding] = [_from_error(error) for error in observations.skipped]
    for first, repeat in observations.duplicates:
        findings.append(Finding(
            "warning", "duplicate",
            f"{repeat.indicator} {repeat.year}{_in(repeat.region)} repeats {_row_at(first.location, repeat.location)} "
            f"with the same value {repeat.text.strip()!r}",
            repeat.location, "delete one of the two rows"))
    for workbook, sheet, why in getattr(observations, "unread_sheets", ()):
        findings.append(Finding("warning", "unread-sheet", unread_sheet_words(sheet, why),
                                Location(workbook, sheet=sheet),
                                "read it with --sheet NAME if it holds data; if it holds the workbook's notes, ignore "
                                "this" if why == "notes" else
                                "unhide the sheet, or read it with --sheet NAME; if it is a helper sheet, ignore this"))
    for workbook, sheets in getattr(observations, "passed_over", ()):
        findings.append(Finding("warning", "unread-sheet", passed_over_words(sheets), Location(workbook),
                                "read every sheet with --sheet '*', or name the one with the data with --sheet NAME"))
    for note, subject, where in getattr(observations, "unplaced_notes", ()):
        findings.append(Finding(
            "warning", "annotation",
            f"a note under the table says {note!r} of {subject}, which no indicator of the table is named by: it marks "
            "no value preliminary", where,
            "if the note is about one of the table's indicators, name it as its row does; otherwise leave it"))
    table = name_table(plan)
    indicators = {indicator.id: indicator for indicator in plan.indicators}
    names = {i.id: i.name_en if lang == "en" and i.name_en else i.name_zh for i in plan.indicators}
    places = getattr(observations, "parents", {}).get(region, {})  # 省份, 地市 of the region, where the data names them
    known_regions = list(dict.fromkeys([region, *places.values(), *plan.references.values()]))
    resolved: dict[str, tuple[str | None, str | None]] = {}
    unknown: dict[str, list[Observation]] = {}
    near: dict[str, tuple[str, Location]] = {}  # indicator id → a row's unknown name it most likely is, and its cell
    strange_regions: dict[str, list[Observation]] = {}
    points: dict[tuple[str, str, int], list[tuple[Observation, float | None]]] = {}
    unconverted: set[tuple[str, str, int]] = set()  # rows present but in a wrong unit (reported as such)
    named: dict[tuple[str, str | None], str] = {}  # (file, sheet) → the region its last named row gave
    stated: set[tuple[str, str, int]] = set()  # rows whose indicator name gives their unit (婴儿死亡率（‰）)
    outside: dict[tuple[str | None, int], list[Observation]] = {}
    first_year, last_year = plan.period
    whole_names = whole_names_of(plan)
    name_rates: dict[str, str | None] = {}  # a row's name → the rate it says its count is per (rate_of_name)
    for item in observations.items:
        if item.indicator not in resolved:
            resolved[item.indicator] = resolve_name(item.indicator, table)
        indicator_id, bracket_unit = resolved[item.indicator]
        if not first_year <= item.year <= last_year or (this_year is not None and item.year > this_year):
            outside.setdefault((item.location.file, item.year), []).append(item)
        findings += _annotations(item, getattr(observations, "mark_notes", frozenset()))
        if indicator_id is None:
            unknown.setdefault(item.indicator, []).append(item)
            continue
        try:
            unnamed_region(item, named, region)
        except CheckerError as error:
            findings.append(Finding("error", "unreadable", error.message, error.location, error.hint))
            continue
        row_region = item.region or region
        row_region = whole_names.get(row_region, row_region)  # 全市: the plan's one city, as check reads it
        if row_region not in known_regions:
            strange_regions.setdefault(row_region, []).append(item)
        indicator = indicators[indicator_id]
        rate = rate_unit(indicator.unit, indicator.names())
        if item.indicator not in name_rates:
            name_rates[item.indicator] = rate_of_name(item.indicator, indicator.unit, rate)
        try:
            point = to_point(item, indicator.unit, bracket_unit, rate, yes_stands_for(indicator),
                             population_of(indicator), name_rates[item.indicator])
        except CheckerError as error:
            code = "yes-no" if isinstance(error, YesNoError) else "unit"
            findings.append(Finding("error", code, error.message, item.location, error.hint))
            unconverted.add((row_region, indicator_id, item.year))
            continue
        if bracket_unit:
            stated.add((row_region, indicator_id, item.year))
        findings += _impossible(item, indicator, point.value, names[indicator.id])
        points.setdefault((row_region, indicator_id, item.year), []).append((item, point.value))
    if unknown:
        from checker.data.suggest import Suggester

        suggest = Suggester(plan)
        name_cell_of = getattr(observations, "name_cell_of", None)
        for name, rows in unknown.items():
            at = name_cell_of(rows[0]) if name_cell_of else rows[0].location
            findings.append(_unknown(suggest, name, rows, at))
            meant = suggest.indicator_of(name)
            if meant is not None and any((row.region or region) == region for row in rows):  # the region's own row
                near.setdefault(meant, (name, at))
    placed = getattr(observations, "parents", {})
    others = {name: rows for name, rows in strange_regions.items() if name in placed}  # a national table's other counties
    if others:
        first = min((rows[0] for rows in others.values()),
                    key=lambda row: (_file_rank(observations, row.location.file), row.location.line or 0))
        count = sum(len(rows) for rows in others.values())
        findings.append(Finding(
            "info", "other-regions",
            f"{len(others)} other region{'s' if len(others) > 1 else ''} of the table ({count} rows), placed in their "
            f"province or city by the file, are not this submission's ({region}) and are not validated",
            first.location, "validate another region with --region, or check them all with `checker check --all-regions`"))
    region_cell_of = getattr(observations, "region_cell_of", None)
    for name, rows in strange_regions.items():
        if name in others:
            continue
        at = region_cell_of(rows[0]) if region_cell_of else rows[0].location  # the region's cell, to mend
        if name in unnamed_totals():  # 合计 beside the counties: a total row, which the region's name makes count
            findings.append(Finding(
                "warning", "unknown-region", total_row_words(name, total_place({"region": region}, (region,))[1], "en", f"{len(rows)} row"
                                                             f"{'s' if len(rows) > 1 else ''}"), at,
                f"if the row is {region}'s own, write {region} in its region cell; if it totals other places, leave it"))
            continue
        if total_of(name):  # 邵阳市合计: a place's total named after it, never read as the place's own rows
            findings.append(Finding(
                "warning", "unknown-region", named_total_words(name, tuple(known_regions), "en",
                                                               f"{len(rows)} row{'s' if len(rows) > 1 else ''}"),
                at))
            continue
        if is_population_part(name):  # 户籍人口, 农村: a part of the people, no place
            findings.append(Finding(
                "warning", "unknown-region",
                population_part_words(name, "en", f"{len(rows)} row{'s' if len(rows) > 1 else ''}"), at,
                "a part's own target is an indicator of its own (农村婴儿死亡率); leave the rows out, or name the "
                "indicator so"))
            continue
        if is_part_total(name):  # 市辖区, 市本级: a part of a place, no region
            findings.append(Finding(
                "warning", "unknown-region", part_words(name, city_of(name, placed, getattr(observations, "codes", {})),
                                                        name, "en", f"{len(rows)} row{'s' if len(rows) > 1 else ''}"),
                at))
            continue
        choices = whole_choices(name, place_fields(plan))
        if choices:  # 全市 of a county-level 市 naming its city: both places named, neither offered alone
            findings.append(Finding("warning", "unknown-region", whole_choices_words(
                name, choices, "en", f"{len(rows)} row{'s' if len(rows) > 1 else ''}"), at))
            continue
        meant = meant_region(name, plan.references, known_regions)  # 全省: the plan's province; 南安巿: 南安市
        close = [meant] if meant else []
        findings.append(Finding(
            "warning", "unknown-region",
            f"region {name!r} ({len(rows)} row{'s' if len(rows) > 1 else ''}) is neither {region} (the region "
            f"checked) nor a reference region of the plan ({', '.join(known_regions[1:]) or 'none'})"
            + (f"; did you mean {close[0]}?" if close else ""),
            at, "correct the region, or choose the region to check with --region"))
    for (file, year), rows in sorted(outside.items(), key=lambda item: (_file_rank(observations, item[0][0]),
                                                                         item[1][0].location.line or 0)):
        values = f"{len(rows)} value{'s' if len(rows) > 1 else ''}"
        if this_year is not None and year > this_year:
            why, hint = year_to_come(year, this_year)
            findings.append(Finding("error", "year-to-come", f"year {year} ({values}) is {why}", rows[0].location, hint))
            continue
        findings.append(Finding(
            "warning", "year-range",
            f"year {year} ({values}) is outside the plan period: checker "
            f"expects years from {first_year} (base year {plan.base_year} − 10) to {last_year} (last target year "
            f"{last_year - 5} + 5)",
            rows[0].location, "check the year (a typo such as 2002 for 2022?), or leave the row out"))
    findings += _duplicates_across_names(points)
    findings += _jumps(indicators, points, names)
    findings += _scale(indicators, points, names, stated)
    if region == plan.region:
        findings += _baselines(plan, points, region, names)
    findings += _missing(plan, observations, points, unconverted, (first_year, last_year), region, as_of, responsible,
                         names, lang, near)
    if previous is not None:
        findings += _revisions(plan, observations, previous, region, revisions_gate, names)
    return tuple(sorted(findings, key=lambda f: _order(observations, f)))


def _order(observations: Observations, finding: Finding) -> tuple:
    location = finding.location
    return (location.file is not None, _file_rank(observations, location.file), location.line or 0,
            location.column or 0, SEVERITIES.index(finding.severity), finding.code, finding.message)


def _file_rank(observations: Observations, file: str | None) -> int:
    for index, data in enumerate(observations.files):
        if data.path == file:
            return index
    return len(observations.files)


def _in(region: str | None) -> str:
    return f" in {region}" if region else ""


def _row_at(first: Location, other: Location) -> str:
    """Where the ``first`` row is, said from ``other``'s: a CSV's ``line 2`` (of its file, if another), a workbook's
    ``x.xlsx[表1]!C2``, as every other message names a cell (a workbook's line was a row number with no sheet)."""
    if first.sheet is not None:
        return str(first)
    return f"line {first.line}" + (f" of {first.file}" if first.file != other.file else "")


def _from_error(error: CheckerError) -> Finding:
    """A row the reader could not read, as a finding with a code for its kind of problem."""
    message = error.message
    if message.startswith("conflicting duplicate"):
        code = "duplicate"
    elif "finite" in message or "too large to be a number" in message:
        code = "impossible-value"
    elif isinstance(error, UnitError) or "unit" in message:
        code = "unit"
    else:
        code = "unreadable"
    return Finding("error", code, message, error.location or Location(), error.hint)


def _unknown(suggest, name: str, rows: list[Observation], at: Location) -> Finding:
    """An indicator name the plan does not know, at its name's cell ``at`` (the one to mend), with a "did you mean"."""
    close = suggest(name)
    suggestion = f"; did you mean {close}?" if close else ""
    count = f"{len(rows)} row{'s' if len(rows) > 1 else ''}"
    return Finding("warning", "unknown-indicator",
                   f"the plan has no indicator {name!r} ({count}): left out of the check{suggestion}",
                   at,
                   "name the indicator by its id, the plan's Chinese name or one of its aliases "
                   "(see `checker plans` and the plan file)")


def _impossible(item: Observation, indicator, value: float | None, name: str) -> list[Finding]:
    if value is None:
        return []
    if not math.isfinite(value):
        return [Finding("error", "impossible-value", f"{name} {item.year}: {item.text.strip()!r} is not "
                        "a finite number", item.location, "write the value as a number")]
    if value not in (0.0, 1.0) and _deliverable(indicator):
        return [Finding("error", "not-yes-no", f"{name} {item.year}: {item.text.strip()!r} is neither yes nor no; "
                        "the plan's targets for it are deliverables, judged on 是/否 (1/0)", item.location,
                        "write 是 or 否 (or 1 or 0); a share or count belongs to another indicator")]
    found = impossible(value, indicator.unit, indicator.names())
    if found is None:
        return []
    return [Finding("error", "impossible-value", f"{name} {item.year}: {found[0]}", item.location, found[1])]


def _deliverable(indicator) -> bool:
    """Whether every target of ``indicator`` is a deliverable (kind ``achieved``): its data says yes or no."""
    return bool(indicator.targets) and all(target.rule.kind == "achieved" for target in indicator.targets)


def _shown(value: float) -> str:
    from checker.judge.bands import fmt

    return fmt(value)


def _annotations(item: Observation, mark_notes: frozenset[str] = frozenset()) -> list[Finding]:
    """Marks on a value that a person should look at before the figure is used (none on a cell that
    holds no value: a dash in a 快报数 column is no preliminary figure)."""
    if item.value is None or (not item.notes and PLAIN_NUMBER.fullmatch(item.text)):
        return []  # "83.06": a bare figure carries no mark (most rows of a national file)
    found = []
    text = item.text.strip()
    notes = " ".join(item.notes)
    named_years = {int(year) for year in _NOTE_YEAR.findall(notes)}
    if named_years and item.year not in named_years:
        notes = ""  # a row note about another year's cell ("2024年为快报数" in a wide row's 2021 cell)
    marks = [word for word in PRELIMINARY if word in text or word in notes.casefold()]
    if marks:
        found.append(Finding("warning", "annotation",
                             f"{item.indicator} {item.year}: the value is marked {marks[0]!r} ({text!r}"
                             + (f", note {notes!r}" if notes and marks[0] not in text else "")
                             + "): not a final figure", item.location,
                             "confirm the figure, or replace it with the final one when it is published"))
    part = PART_OF_YEAR.search(notes)
    if part:
        found.append(Finding("warning", "annotation",
                             f"{item.indicator} {item.year}: the note {notes!r} says the value covers part of the year: "
                             "it is judged as the year's", item.location,
                             "give the whole year's figure, or leave the row out until it is known"))
    footnotes = [mark for mark in FOOTNOTE_MARKS if mark in text] or [
        mark for mark in (footnote_mark(text)[1],) if mark]  # 4.5① (read as 4.5, the mark a note)
    said = " ".join(note for note in item.notes if not note.endswith("(annotated)"))  # the note column's words
    defined = [note for note in item.notes if note in mark_notes and not any(
        word in note.casefold() for word in PRELIMINARY)]  # (a 快报 mark is warned of above)
    if defined:  # 15.7① under 注：①为监测地区数据。; 78.6 of a row named 人均预期寿命① under 注：①2023年为…推算数。
        carried = f"the value {text!r} carries the mark {footnotes[0]!r}" if footnotes else \
            "its row's name carries a mark"
        found.append(Finding("warning", "annotation",
                             f"{item.indicator} {item.year}: {carried}, which the note under the table defines "
                             f"({defined[0]!r}); checker does not act on that meaning: the value is judged as written",
                             item.location,
                             "if the note makes the value another year's, another measure or a part of the region's, "
                             "correct the value or leave it out"))
    elif footnotes and footnotes[0] not in said:  # 17.42* with the note "*提前实现规划目标": the file says it
        found.append(Finding("warning", "annotation",
                             f"{item.indicator} {item.year}: the value {text!r} carries the mark {footnotes[0]!r}, "
                             "whose meaning the file does not say", item.location,
                             "say what the mark means in the note column, or remove it"))
    for marked in _OTHER_YEAR.finditer(text):
        year = int(marked.group(1) or marked.group(2))
        if year != item.year:
            found.append(Finding("warning", "annotation",
                                 f"{item.indicator}: the row is for {item.year} but the value {text!r} is marked as "
                                 f"{year}'s", item.location,
                                 f"move the value to a {year} row, or confirm that {year}'s value stands for "
                                 f"{item.year}"))
            break
    return found


def _duplicates_across_names(points: dict) -> list[Finding]:
    found = []
    for (region, indicator_id, year), rows in points.items():
        if len(rows) < 2:
            continue
        (first, first_value), *others = rows
        for item, value in others:
            same = (value == first_value) or (value is not None and first_value is not None
                                              and math.isclose(value, first_value, rel_tol=1e-9, abs_tol=1e-12))
            where = _row_at(first.location, item.location)
            if same:
                found.append(Finding("warning", "duplicate",
                                     f"{indicator_id} {year} in {region} is given again (as {item.indicator!r}; first "
                                     f"as {first.indicator!r} at {where}) with the same value",
                                     item.location, "keep one row per region, indicator and year"))
            else:
                found.append(Finding("error", "duplicate",
                                     f"{indicator_id} {year} in {region} is given twice with different values: "
                                     f"{first.text.strip()!r} (as {first.indicator!r} at {where}) and "
                                     f"{item.text.strip()!r} here (as {item.indicator!r})",
                                     item.location, "keep one row per region, indicator and year"))
    return found


def _jumps(indicators: dict, points: dict, names: dict[str, str]) -> list[Finding]:
    """Year-on-year jumps by a factor near 10, 100 or 1000 (a unit slip), or far outside the series."""
    from checker.data.jumps import Value, jumps

    series: dict[tuple[str, str], list[Value]] = {}
    for (region, indicator_id, year), rows in points.items():
        item, value = rows[0]
        if value is not None:
            series.setdefault((region, indicator_id), []).append(
                Value(year, value, item.text, item.unit, item.location))
    found = []
    for (region, indicator_id), values in series.items():
        indicator = indicators[indicator_id]
        for jump in jumps(names[indicator.id], region, indicator.unit, values):
            found.append(Finding("warning", "jump", jump.message, jump.location, jump.hint))
    return found


def _scale(indicators: dict, points: dict, names: dict[str, str], stated: set[tuple[str, str, int]]) -> list[Finding]:
    """A region's series about 100 or 1000 times off the plan's target level for the indicator; an
    error where ``check`` refuses it (% values without a unit that look written as fractions;
    ``stated``: the (region, indicator, year) rows whose name gives their unit)."""
    from checker.judge.bands import fmt

    series: dict[tuple[str, str], list] = {}
    for (region, indicator_id, year), rows in sorted(points.items(), key=lambda item: item[0][2]):
        item, value = rows[0]
        if value:
            series.setdefault((region, indicator_id), []).append((value, item))
    found = []
    for (region, indicator_id), values in series.items():
        indicator = indicators[indicator_id]
        rate = rate_unit(indicator.unit, indicator.names())
        said = {id(item) for _, item in values if rate_of_name(item.indicator, indicator.unit, rate)
                or (item.unit is not None or (region, indicator_id, item.year) in stated)
                and not (item.unit and counting_word_of_rate(item.unit, indicator.unit, rate))}
        bare = [item for _, item in values if id(item) not in said]
        # rows that check refuses (a thousand times off every target, or ten thousand once converted; % shares
        # written as fractions): errors here too
        refused = magnitude_errors(region, bare, indicator.targets, indicator.unit, RATE_OFF if rate else MAGNITUDE_OFF)
        refused += far_off_errors(region, [(item, row_unit(item.unit, rate_of_name(item.indicator, indicator.unit, rate))
                                            or indicator.unit, value) for value, item in values if id(item) in said],
                                  indicator.targets, indicator.unit)
        if indicator.unit == "%":
            refused += fraction_errors(region, bare, [(value, item.location) for value, item in values],
                                       indicator.targets, len(bare) < len(values))
        if refused:
            found += [Finding("error", "scale", error.message, error.location, error.hint) for error, _ in refused]
            continue
        off = off_by_scale([value for value, _ in values], indicator.targets)
        if off is None:
            continue
        target, times, way = off
        ordered = sorted(abs(value) for value, _ in values)
        low, high = fmt(ordered[0]), fmt(ordered[-1])
        shown = low if low == high else f"{low}–{high}"
        found.append(Finding(
            "warning", "scale",
            f"{names[indicator_id]} in {region}: the values ({shown}{suffix(indicator.unit)}) are {times_shown(times)} "
            f"times {way} than the plan's target {target.text!r} ({target.year}), as shares written as fractions "
            "(0.25 for 25%), a unit slip or a total given for a rate would make them",
            values[0][1].location, "write the values in the plan's unit (25 for 25%), or give their unit in a "
                                   "unit column; otherwise confirm them"))
    return found


def _baselines(plan: Plan, points: dict, region: str, names: dict[str, str]) -> list[Finding]:
    """The plan's stated base values that the data contradicts for the plan's own region
    (:func:`checker.data.matching.baseline_contradictions`)."""

    def value_at(indicator_id: str, year: int) -> tuple[float, Location] | None:
        rows = points.get((region, indicator_id, year))
        return None if not rows or rows[0][1] is None else (rows[0][1], rows[0][0].location)

    return [Finding("warning", "baseline", message, location,
                    "correct whichever is wrong; if the figure was revised, update the plan's baseline")
            for message, location in baseline_contradictions(plan, value_at, names)]


def _responsible_for(indicator, units: tuple[str, ...]) -> bool:
    if not units:
        return True
    named = {indicator.responsible, *(str(value) for key, value in (indicator.columns or {}).items()
                                      if "采集单位" in str(key) or "责任单位" in str(key))}
    return any(unit and any(unit in (name or "") for name in named) for unit in units)


def _missing(plan: Plan, observations: Observations, points: dict, unconverted: set, period: tuple[int, int],
             region: str, as_of: int | None, responsible: tuple[str, ...], names: dict[str, str],
             lang: str = "zh", near: dict[str, tuple[str, Location]] | None = None) -> list[Finding]:
    """Indicators with a checkable target and no value for the assessment year (see the module's docstring).
    ``near``: indicator id → a data name the plan does not know that most likely is it, and its cell (the hint then
    points at that row rather than asking for one the data may already have).

    Without ``as_of`` the assessment year is the latest year of ``region`` inside the plan period, so
    that one mistyped year (2036 for 2026) does not make every indicator look missing.
    """
    years = [year for (row_region, _, year) in points if row_region == region and period[0] <= year <= period[1]]
    first_file = observations.files[0].path if observations.files else None
    if as_of is not None:
        year, why = as_of, f"{as_of} (--as-of)"
    elif years:
        year = max(years)
        why = f"{year}, the latest year of {region} in the data (choose another with --as-of)"
    else:
        return [Finding("error", "missing", f"the data has no rows of a plan indicator for {region}",
                        Location(first_file), "check the region column, or choose the region with --region")]
    scope = f" (indicators of {', '.join(responsible)})" if responsible else ""
    found = [Finding("info", "assessment-year", f"completeness is checked for {why}{scope}")]
    files_of: dict[str, str | None] = {}  # the file an indicator's rows of the region are in (the first that has any)
    # the rows left out that may be a missing value's: not a conflicting duplicate, a row read whose indicator has one
    unread = [error for error in observations.skipped if _from_error(error).code != "duplicate"]
    # whose each unread row is, where its name was read (人均预期寿命（年） of a row refused at its …): said only of it
    table = name_table(plan)
    named_rows = dict(zip(map(id, observations.skipped), getattr(observations, "skipped_names", ())))
    whose = [(resolve_name(name, table)[0] if (name := named_rows.get(id(error))) else None, error) for error in unread]
    for (row_region, indicator_id, _), items in points.items():
        if row_region == region and items:
            files_of.setdefault(indicator_id, items[0][0].location.file)
    for indicator in plan.indicators:
        checkable = [t for t in indicator.targets if t.rule.kind not in UNCHECKABLE]
        if not checkable or not _responsible_for(indicator, responsible):
            continue
        rows = points.get((region, indicator.id, year), [])
        if not rows and all(t.year < year for t in checkable) and any(
                (region, indicator.id, seen) in points for t in checkable for seen in range(t.year, year)):
            continue  # a 2015 target judged on its 2015 (or a later) value: no 2024 value is needed for it
        held_in = files_of.get(indicator.id, first_file)
        value = ("是/否" if lang == "zh" else "yes/no") if any(t.rule.kind == "achieved" for t in checkable) else "<value>"
        unit = display(indicator.unit, lang) if indicator.unit else ""  # per 1,000 live births, as English data write it
        if "," in unit:  # a row to paste: "per 1,000 live births" quoted, or its comma starts another cell
            unit = f'"{unit}"'
        if not rows and (region, indicator.id, year) not in unconverted:
            own = [error for row, error in whose if row == indicator.id]
            maybe = sum(1 for row, _ in whose if row is None)  # (a name not read, or unknown: it may be misspelt)
            unreadable = (f"; its row could not be read ({own[0].location}, listed there)" if own and not maybe else
                          f"; {len(own) + maybe} row(s) could not be read (listed with where they are): it may be one "
                          "of them" if own or maybe else "")
            found.append(Finding("error", "missing",
                                 f"{names[indicator.id]} ({indicator.id}) has no value for {region} in {year}; the plan "
                                 f"sets a target for it ({checkable[0].text!r}, {checkable[0].year}){unreadable}",
                                 Location(held_in),
                                 f"the row named {near[indicator.id][0]!r} ({near[indicator.id][1]}) may be it: name it "
                                 f"{indicator.name_zh}, as the plan does (see the unknown-indicator warning)"
                                 if near and indicator.id in near else
                                 f"add a row: {region},{indicator.name_zh},{year},{value},{unit}"))
        elif rows and all(number is None for _, number in rows):
            item = rows[0][0]
            found.append(Finding("error", "missing",
                                 f"{names[indicator.id]} ({indicator.id}) {year}: the value is missing "
                                 f"({item.text.strip() or 'empty'!r}); the plan sets a target for it",
                                 item.location, "fill in the value"))
        for target in checkable:
            role = target.rule.reference
            if target.rule.kind not in ("vs_reference", "offset_vs_reference") or not role:
                continue
            reference = reference_places(plan, getattr(observations, "parents", {}), region).get(role)
            if reference and not any(number is not None for _, number in points.get((reference, indicator.id, year), [])):
                found.append(Finding("warning", "missing-reference",
                                     f"{names[indicator.id]} ({indicator.id}): the target {target.text!r} compares "
                                     f"with {reference}, which has no value for {year} in the data",
                                     Location(first_file),
                                     f"add a row: {reference},{indicator.name_zh},{year},<value>,{unit}"))
                break
    return found


def _revisions(plan: Plan, observations: Observations, previous: Observations, region: str,
               gate: bool, names: dict[str, str]) -> list[Finding]:
    from checker.data.revisions import compare

    new = match(plan, observations, region=region, skip_bad_rows=True)
    old = match(plan, previous, region=region, skip_bad_rows=True)
    found = []
    for revision in compare(plan, new, old, region=region):
        base = (f"; {revision.year} is the plan's base year: progress verdicts are measured from it"
                if revision.base_year else "")
        found.append(Finding("error" if gate else "warning", "revision",
                             f"{names.get(revision.indicator, revision.name_zh)} ({revision.indicator}) {revision.year}{_in(revision.region)} was "
                             f"{revision.shown(revision.old)} in the previous submission ({revision.old.location}), "
                             f"now {revision.shown(revision.new)}{base}",
                             revision.new.location,
                             "say why the value was revised (note column), or restore the previous value"))
    return found
