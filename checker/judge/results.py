"""Results: one verdict per (region, indicator, target), with its reason and evidence.

Plain data for reporters; :meth:`Results.records` gives the JSON keys of design.md §5.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from checker.errors import Location

STATUSES = ("pass", "warn", "fail", "n/a")
#: How bad each status is, for --fail-on and for sorting "worst first".
SEVERITY = {"pass": 0, "n/a": 1, "warn": 2, "fail": 3}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a result has its status, in both languages: every output can show either."""

    zh: str
    en: str

    def to_dict(self) -> dict:
        return {"zh": self.zh, "en": self.en}


@dataclass(frozen=True, slots=True)
class Result:
    """One target judged for one region: the verdict, the value it rests on and its evidence."""

    region: str
    indicator: str
    name_zh: str
    name_en: str | None
    domain: str | None
    nature: str | None
    target_year: int
    target_text: str
    kind: str
    status: str
    reason: Reason
    assessment: str | None  # "value" | "progress" | "standing" | None (n/a before any data)
    year: int | None = None  # the assessment year
    value: float | None = None  # observed value in that year, in the plan's unit
    unit: str | None = None
    evidence: dict = field(default_factory=dict)

    def record(self) -> dict:
        return {
            "region": self.region,
            "indicator": self.indicator,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "domain": self.domain,
            "nature": self.nature,
            "target_year": self.target_year,
            "target_text": self.target_text,
            "kind": self.kind,
            "year": self.year,
            "value": self.value,
            "unit": self.unit,
            "assessment": self.assessment,
            "status": self.status,
            "reason": self.reason.to_dict(),
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class UnknownIndicator:
    """Rows of an indicator the plan does not know: listed once, left out of the check."""

    name: str
    rows: int
    location: Location  # the first row's value cell
    suggestion: str | None = None
    region: str | None = None  # the region of these rows (None once merged across regions)

    @property
    def first(self) -> str:
        """The first row as ``file:line:column``."""
        return str(self.location)

    def to_dict(self) -> dict:
        return {"name": self.name, "rows": self.rows, "first": self.first, "did_you_mean": self.suggestion}


def unknown_in(unknown: Iterable[UnknownIndicator], regions: Iterable[str]) -> tuple[UnknownIndicator, ...]:
    """The unknown-indicator rows of ``regions`` (those judged and the plan's references), one entry
    per name. Rows of other regions are not the judged plan's business (another plan or another
    run judges them): :func:`checker.data.matching.unused_rows` lists them as rows of another region."""
    judged = set(regions)
    merged: dict[str, UnknownIndicator] = {}
    for entry in unknown:  # in the order of their first rows
        if entry.region not in judged:
            continue
        seen = merged.get(entry.name)
        merged[entry.name] = UnknownIndicator(entry.name, entry.rows, entry.location, entry.suggestion) \
            if seen is None else UnknownIndicator(seen.name, seen.rows + entry.rows, seen.location, seen.suggestion)
    return tuple(merged.values())


class OnDemand:
    """Results judged each time they are iterated, region by region, for national runs written a
    line at a time (jsonl, csv): no result outlives its line. The engine is pure, so every pass
    gives the same results; the counts of the last complete pass answer :attr:`Results.summary`."""

    def __init__(self, judge: Callable[[], Iterable[Result]]):
        self._judge = judge
        self._counts: dict[str, int] | None = None

    def __iter__(self) -> Iterator[Result]:
        counts = dict.fromkeys(STATUSES, 0)
        for result in self._judge():
            counts[result.status] += 1
            yield result
        self._counts = counts

    def counts(self) -> dict[str, int]:
        if self._counts is None:
            for _ in self:
                pass
        return dict(self._counts)

    def __len__(self) -> int:
        return sum(self.counts().values())


@dataclass(frozen=True)
class Results:
    """A run's results with the data names the plan does not know and the as-of year they were judged at."""

    results: tuple[Result, ...] | OnDemand
    unknown: tuple[UnknownIndicator, ...] = ()
    as_of: int | None = None

    @property
    def summary(self) -> dict[str, int]:
        if isinstance(self.results, OnDemand):
            return self.results.counts()
        counts = {status: 0 for status in STATUSES}
        for result in self.results:
            counts[result.status] += 1
        return counts

    def records(self) -> list[dict]:
        """One plain dict per result, ready for ``pandas.DataFrame(results.records())``."""
        return [result.record() for result in self.results]

    def worst(self) -> str | None:
        present = [status for status, count in self.summary.items() if count]
        return max(present, key=SEVERITY.__getitem__) if present else None

    def gated(self, fail_on: str) -> bool:
        """Whether any result is at or above ``fail_on`` (warn | fail | na)."""
        threshold = {"warn": 2, "fail": 3, "na": 1, "n/a": 1}[fail_on]
        counts = self.summary
        if threshold == 1:  # --fail-on na: n/a gates, and so does anything worse than pass
            return any(count for status, count in counts.items() if status != "pass")
        return any(count for status, count in counts.items() if SEVERITY[status] >= threshold)


@dataclass(frozen=True)
class RegionSummary:
    """One region of a many-region run: its results by status and its first binding failure."""

    region: str
    counts: dict[str, int]
    worst_binding: str | None  # the first binding (约束性) indicator that fails, if any

    def to_dict(self) -> dict:
        return {"region": self.region, **self.counts, "worst_binding_failure": self.worst_binding}


@dataclass(frozen=True)
class IndicatorSummary:
    """One target of one indicator across the regions judged: each region counted once, by its verdict."""

    indicator: str
    name_zh: str
    target_year: int
    target_text: str
    regions: int  # regions judged on this target (n/a included)
    counts: dict[str, int]  # regions by status: pass, warn, fail, n/a
    share_passing: float | None  # of the regions with a verdict (n/a left out)
    worst: tuple[str, ...]  # up to five regions that fail (then warn), worst first

    @property
    def passing(self) -> int:
        return self.counts["pass"]

    def to_dict(self) -> dict:
        return {"indicator": self.indicator, "name_zh": self.name_zh, "target_year": self.target_year,
                "target_text": self.target_text, "regions": self.regions, **self.counts,
                "passing": self.passing, "share_passing": self.share_passing, "worst_regions": list(self.worst)}


def _target_key(result: Result) -> tuple:
    """What tells one target from another: an indicator may have several targets for one year
    (a table row and body sentences), each judged on its own; the plan line tells them apart."""
    plan = result.evidence.get("plan") or {}
    return result.indicator, result.target_year, plan.get("line"), result.target_text


def rollup(results: Results) -> tuple[list[RegionSummary], list[IndicatorSummary]]:
    """Per region (counts, worst binding failure) and per indicator and target (how many regions
    pass, warn, fail or are n/a; the worst regions): the overview of a many-region run."""
    counter = Rollup()
    for result in results.results:
        counter.add(result)
    return counter.finish()


class Rollup:
    """:func:`rollup` a result at a time, for a writer that streams the results and the roll-up after
    them in one pass. It keeps counts and the five worst regions of each target, never the results
    themselves: the memory grows with regions + targets, not with regions × targets. Each region has
    one result per target, so each target counts every region once."""

    def __init__(self) -> None:
        self.by_region: dict[str, tuple[dict[str, int], list[str | None]]] = {}
        self.by_target: dict[tuple, list] = {}  # key → [name_zh, counts, worst keys]
        self.order = 0

    def add(self, result: Result) -> None:
        import bisect

        region = self.by_region.get(result.region)
        if region is None:
            region = self.by_region[result.region] = ({status: 0 for status in STATUSES}, [None])
        region[0][result.status] += 1
        if region[1][0] is None and result.status == "fail" and result.nature == "约束性":
            region[1][0] = result.indicator
        key = _target_key(result)
        target = self.by_target.get(key)
        if target is None:
            target = self.by_target[key] = [result.name_zh, {status: 0 for status in STATUSES}, []]
        target[1][result.status] += 1
        if result.status in ("fail", "warn"):
            worst = target[2]
            rank = (-SEVERITY[result.status], result.region, self.order)
            if len(worst) < 5 or rank < worst[-1]:
                bisect.insort(worst, rank)
                del worst[5:]
        self.order += 1

    def finish(self) -> tuple[list[RegionSummary], list[IndicatorSummary]]:
        regions = [RegionSummary(region, counts, binding[0]) for region, (counts, binding) in self.by_region.items()]
        indicators = []
        for (indicator, year, _line, text), (name, counts, worst) in self.by_target.items():
            judged = sum(counts.values()) - counts["n/a"]
            indicators.append(IndicatorSummary(
                indicator, name, year, text, sum(counts.values()), counts,
                round(counts["pass"] / judged, 4) if judged else None, tuple(rank[1] for rank in worst)))
        return regions, indicators
