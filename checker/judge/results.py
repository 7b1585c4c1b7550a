"""Results: one verdict per (region, indicator, target), with its reason and evidence.

Plain data for reporters; :meth:`Results.records` gives the JSON keys of design.md §5.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from checker.errors import Location
from checker.records import record

STATUSES = ("pass", "warn", "fail", "n/a")
#: How bad each status is, for --fail-on and for sorting "worst first".
SEVERITY = {"pass": 0, "n/a": 1, "warn": 2, "fail": 3}


@record
class Reason:
    """Why a result has its status, in both languages: every output can show either."""

    __slots__ = ("zh", "en")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def to_dict(self) -> dict:
        return {"zh": self.zh, "en": self.en}


@record
class Result:
    """One target judged for one region: the verdict, the value it rests on and its evidence."""

    __slots__ = ("region", "indicator", "name_zh", "name_en", "domain", "nature", "target_year", "target_text", "kind",
                 "status", "reason", "assessment", "year", "value", "unit", "evidence")

    def __init__(self, region: str, indicator: str, name_zh: str, name_en: str | None, domain: str | None,
                 nature: str | None, target_year: int, target_text: str, kind: str, status: str, reason: Reason,
                 assessment: str | None, year: int | None = None, value: float | None = None,
                 unit: str | None = None, evidence: dict | None = None) -> None:
        self.region = region
        self.indicator = indicator
        self.name_zh = name_zh
        self.name_en = name_en
        self.domain = domain
        self.nature = nature
        self.target_year = target_year
        self.target_text = target_text
        self.kind = kind
        self.status = status
        self.reason = reason
        self.assessment = assessment  # "value" | "progress" | "standing" | None (n/a before any data)
        self.year = year  # the assessment year
        self.value = value  # observed value in that year, in the plan's unit
        self.unit = unit
        self.evidence = {} if evidence is None else evidence

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


@record
class UnknownIndicator:
    """Rows of an indicator the plan does not know: listed once, left out of the check."""

    __slots__ = ("name", "rows", "location", "suggestion", "region")

    def __init__(self, name: str, rows: int, location: Location, suggestion: str | None = None,
                 region: str | None = None) -> None:
        self.name = name
        self.rows = rows
        self.location = location  # the first row's value cell
        self.suggestion = suggestion
        self.region = region  # the region of these rows (None once merged across regions)

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
    gives the same results; the counts of the last complete pass answer :attr:`Results.summary`.
    Judged by columns, the run's results are also one frame (:meth:`frame`: the csv and the roll-up
    are made from it), kept once made: its columns are about the size of the csv."""

    def __init__(self, judge: Callable[[], Iterable[Result]], table: Callable[[], object] | None = None):
        self._judge = judge
        self._table = table
        self._frame = None
        self._counts: dict[str, int] | None = None

    def frame(self):
        """The same results as one polars frame (:func:`checker.judge.frames.result_frame`), for outputs
        written from columns; None where the run is not judged by columns."""
        if self._table is None:
            return None
        if self._frame is None:  # kept: the table's roll-up and a --csv file of one run read it both
            self._frame = self._table()
            counts = dict.fromkeys(STATUSES, 0)
            counts.update(zip(*self._frame["status"].value_counts().to_dict(as_series=False).values()))
            self._counts = counts
        return self._frame

    def evidence_frame(self, localise: Callable[[str, str | None], str] | None = None,
                       keep: Callable | None = None):
        """The results as a :class:`checker.judge.frames.EvidenceFrame` (columns and the evidence
        behind them), band and arithmetic texts put through ``localise``, of the scalar evidence what
        ``keep`` makes of it; None where the run is not judged by columns. Made anew on each call
        (jsonl asks once)."""
        if self._table is None:
            return None
        made = self._table(True, localise, keep)
        counts = dict.fromkeys(STATUSES, 0)
        counts.update(zip(*made.table["status"].value_counts().to_dict(as_series=False).values()))
        self._counts = counts
        return made

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


@record
class Results:
    """A run's results with the data names the plan does not know and the as-of year they were judged at."""

    __slots__ = ("results", "unknown", "as_of")

    def __init__(self, results: tuple[Result, ...] | OnDemand, unknown: tuple[UnknownIndicator, ...] = (),
                 as_of: int | None = None) -> None:
        self.results = results
        self.unknown = unknown
        self.as_of = as_of

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

