"""Revision detection: values of already-reported years that a new submission changed.

A data office receives the same indicators every year; a new submission repeats earlier years, and
a changed number there (a *revision*) must be seen, above all in the plan's base year, from which
progress is measured. Both submissions are first matched to the plan (names and aliases to ids,
units converted to the plan's), so ``13.5`` per 10万 and ``0.135`` per 1000 are the same value and
``孕产妇死亡率`` and ``maternal_mortality`` the same indicator.

What counts, per (region, indicator, year) present in both submissions:

- both numbers and different (beyond rounding noise: relative 1e-9) → a revision;
- a number before, missing now (``-``, empty) → a revision (the value was withdrawn);
- missing before, a number now → not a revision (a gap filled in);
- a year the new submission leaves out → not a revision where the submission carries only new years or drops
  its earliest (a rolling window), but a withdrawal where the row was taken out from among the years it repeats:
  a year between two it repeats, a year after its last, or the plan's base year (deleting the base-year row, or
  the latest failing one, cleared a gate that a ``-`` in the same cell trips).

:func:`changed_verdicts` tells which verdicts changed *because of* the revisions: it judges the new
submission twice, as submitted and with the previous values put back where they were revised, so a
verdict that changed only because a new year arrived is not listed. Pure: no I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.judge.bands import fmt
from checker.data.matching import Dataset, Point
from checker.errors import Location
from checker.plan.model import Plan
from checker.judge.results import Reason, Result, Results
from checker.language.units import suffix


@dataclass(frozen=True)
class Revision:
    region: str
    indicator: str
    name_zh: str
    name_en: str | None
    year: int
    unit: str | None
    old: Point
    new: Point
    base_year: bool  # the plan's base year: progress verdicts are measured from it

    @property
    def change(self) -> float | None:
        if self.old.value is None or self.new.value is None:
            return None
        return self.new.value - self.old.value

    def shown(self, point: Point) -> str:
        return "—" if point.value is None else f"{fmt(point.value)}{suffix(self.unit)}"

    def words(self, lang: str = "en") -> str:
        old, new = self.shown(self.old), self.shown(self.new)
        name = self.name_zh if lang == "zh" or not self.name_en else self.name_en
        removed = self.new.location.line is None  # the row is gone, not blanked
        if lang == "zh":
            base = "（规划基期年，进度据此计算）" if self.base_year else ""
            where = f"{self.new.location} 中已无此行" if removed else str(self.new.location)
            return f"{self.region} {name} {self.year}年由 {old}（{self.old.location}）改为 {new}（{where}）{base}"
        base = " (the plan's base year: progress is measured from it)" if self.base_year else ""
        where = f"no such row in {self.new.location}" if removed else str(self.new.location)
        return f"{self.region} {name} {self.year}: {old} ({self.old.location}) → {new} ({where}){base}"

    def to_dict(self) -> dict:
        return {
            "region": self.region,
            "indicator": self.indicator,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "year": self.year,
            "unit": self.unit,
            "old_value": self.old.value,
            "new_value": self.new.value,
            "change": self.change,
            "old_text": self.old.text,
            "new_text": self.new.text,
            "old": _place(self.old.location),
            "new": _place(self.new.location),
            "base_year": self.base_year,
        }


def _place(location) -> dict:
    """A value's cell as JSON: file, line, column, and for a workbook the sheet and cell (C12)."""
    place = {"file": location.file, "line": location.line, "column": location.column}
    if location.sheet is not None:
        place.update(sheet=location.sheet, cell=location.cell())
    return place


@dataclass(frozen=True)
class ChangedVerdict:
    """A verdict the revisions changed: its status with the previous values, and as submitted."""

    region: str
    indicator: str
    name_zh: str
    name_en: str | None
    target_year: int
    target_text: str
    assessment: str | None
    old_status: str
    new_status: str
    old_reason: Reason
    new_reason: Reason
    revisions: tuple[Revision, ...]

    def words(self, lang: str = "en") -> str:
        name = self.name_zh if lang == "zh" or not self.name_en else self.name_en
        revised = ", ".join(f"{r.year}" + (" (base year)" if r.base_year and lang != "zh" else
                                           "（基期年）" if r.base_year else "") for r in self.revisions)
        if lang == "zh":
            return (f"{name} {self.target_year}年目标“{self.target_text}”：{self.old_status} → {self.new_status}"
                    f"（修订年份：{revised}）")
        return (f"{name} {self.target_year} target {self.target_text!r}: {self.old_status} → {self.new_status} "
                f"(revised: {revised})")

    def to_dict(self) -> dict:
        return {
            "region": self.region,
            "indicator": self.indicator,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "target_year": self.target_year,
            "target_text": self.target_text,
            "assessment": self.assessment,
            "old_status": self.old_status,
            "new_status": self.new_status,
            "old_reason": self.old_reason.to_dict(),
            "new_reason": self.new_reason.to_dict(),
            "revisions": [{"region": r.region, "indicator": r.indicator, "year": r.year, "old_value": r.old.value,
                           "new_value": r.new.value, "base_year": r.base_year} for r in self.revisions],
        }


def _differs(old: float | None, new: float | None) -> bool:
    if old is None:
        return False  # a gap filled in is not a revision
    if new is None:
        return True  # withdrawn
    return not math.isclose(old, new, rel_tol=1e-9, abs_tol=1e-12)


def compare(plan: Plan, new: Dataset, old: Dataset, *, region: str | None = None) -> tuple[Revision, ...]:
    """Every value of ``old`` that ``new`` changed, in plan order (the judged region first), then year."""
    region = region or plan.region
    order = {indicator.id: index for index, indicator in enumerate(plan.indicators)}
    keys = sorted(set(new.series) & set(old.series), key=lambda k: (order.get(k[1], len(order)), k[0] != region, k[0]))
    found = []
    for key in keys:
        indicator = plan.indicator(key[1])
        before, after = old.series[key], new.series[key]
        bases = {plan.base_year, *(t.rule.base_year for t in indicator.targets if t.rule.base_year)}
        for year in sorted(set(before) | set(after)):
            if year in before and year in after:
                if _differs(before[year].value, after[year].value):
                    found.append(Revision(key[0], indicator.id, indicator.name_zh, indicator.name_en, year,
                                          indicator.unit, before[year], after[year], year == plan.base_year))
            elif year in before and before[year].value is not None and _taken_out(year, set(before), set(after), bases):
                taken = Point(year, None, "", Location(next(iter(after.values())).location.file), indicator.unit)
                found.append(Revision(key[0], indicator.id, indicator.name_zh, indicator.name_en, year, indicator.unit,
                                      before[year], taken, year == plan.base_year))
    return tuple(found)


def _taken_out(year: int, before: set[int], after: set[int], bases: set[int]) -> bool:
    """Whether the new submission left ``year`` out from among the years it repeats (a row deleted), not
    because it carries only new years, drops its earliest or repeats the base year alone: it repeats a year of
    the previous before ``year`` and one after it, or gives none after it though the previous did, or ``year`` is
    a base year and it repeats a year of the previous."""
    repeats = before & after
    if not repeats:
        return False  # only new years
    return (min(repeats) < year < max(repeats)) or year > max(after) or year in bases


def uncompared(new: Dataset, old: Dataset, region: str) -> list[str]:
    """A warning where the judged ``region`` has rows in the new submission and none in the previous one that
    has rows of other regions (上海 there, 上海市 here): no value of it was compared, and a revision would pass
    unseen."""
    if any(key[0] == region for key in old.series) or not any(key[0] == region for key in new.series):
        return []
    others = sorted({key[0] for key in old.series})
    if not others:
        return []
    shown = "、".join(others[:5]) + (" …" if len(others) > 5 else "")
    return [f"warning: the previous submission has no rows for {region} (it names {shown}): none of its values was "
            "compared for revisions; write the region one way in both files"]


def revert(dataset: Dataset, revisions: tuple[Revision, ...]) -> Dataset:
    """``dataset`` with the previous value put back wherever it was revised."""
    series = {key: dict(points) for key, points in dataset.series.items()}
    for revision in revisions:
        series[(revision.region, revision.indicator)][revision.year] = revision.old
    return Dataset(series, list(dataset.unknown), list(dataset.skipped))


def changed_verdicts(
    plan: Plan,
    dataset: Dataset,
    revisions: tuple[Revision, ...],
    results: Results,
    *,
    region: str | None = None,
    as_of: int | None = None,
    policy=None,
) -> tuple[ChangedVerdict, ...]:
    """The verdicts of ``results`` (the new submission's) whose status the revisions alone changed."""
    if not revisions:
        return ()
    from checker.judge.engine import evaluate

    before = evaluate(plan, revert(dataset, revisions), region=region, as_of=as_of, policy=policy)
    changed = []
    for old, new in zip(before.results, results.results, strict=True):
        if old.status == new.status:
            continue
        linked = (new.evidence.get("rule") or {}).get("linked_to")
        related = tuple(r for r in revisions if r.indicator in (new.indicator, linked))
        changed.append(_changed(old, new, related))
    return tuple(changed)


def _changed(old: Result, new: Result, related: tuple[Revision, ...]) -> ChangedVerdict:
    return ChangedVerdict(new.region, new.indicator, new.name_zh, new.name_en, new.target_year, new.target_text,
                          new.assessment, old.status, new.status, old.reason, new.reason, related)
