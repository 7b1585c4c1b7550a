"""The roll-up of a many-region run (--all-regions, --regions): per region, per indicator and target.

Apart from :mod:`checker.judge.results` so that a one-region check, which prints no roll-up, does not
build these classes at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.judge.results import SEVERITY, STATUSES, Result, Results
from checker.plan.model import Plan


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


def rollup(results: Results, plan: Plan | None = None) -> tuple[list[RegionSummary], list[IndicatorSummary]]:
    """Per region (counts, worst binding failure) and per indicator and target (how many regions
    pass, warn, fail or are n/a; the worst regions): the overview of a many-region run. Given the
    ``plan``, results judged by columns are rolled up from their frame (:func:`from_frame`)."""
    frame = getattr(results.results, "frame", None)
    frame = frame() if frame is not None and plan is not None else None
    if frame is not None:
        return from_frame(frame, plan)
    counter = Rollup(plan)
    for result in results.results:
        counter.add(result)
    return counter.finish()


def from_frame(frame, plan: Plan) -> tuple[list[RegionSummary], list[IndicatorSummary]]:
    """:func:`rollup` of a run's result frame (:mod:`checker.judge.frames`): the same summaries, in the
    same order, counted by columns instead of a result at a time."""
    import polars as pl

    from checker.judge.frames import targets_of

    targets = targets_of(plan)
    # targets that a result would not tell apart (:func:`_target_key`) are counted as one
    keys = list(dict.fromkeys((i.id, t.year, t.location.line, t.text) for i, t in targets))
    position = {key: number for number, key in enumerate(keys)}
    key_of = [position[(i.id, t.year, t.location.line, t.text)] for i, t in targets]
    names = {key: i.name_zh for key, (i, _) in zip(key_of, targets)}
    rows = frame.select("region", "status", key=pl.Series(key_of, dtype=pl.UInt32).gather(frame["target"]),
                        binding=pl.Series([t.nature == "约束性" for _, t in targets]).gather(frame["target"]),
                        indicator=pl.Series([i.id for i, _ in targets], dtype=pl.String).gather(frame["target"]))
    by_status = [(pl.col("status") == status).sum().alias(status) for status in STATUSES]
    regions_counted = rows.group_by("region", maintain_order=True).agg(
        *by_status, worst=pl.col("indicator").filter((pl.col("status") == "fail") & pl.col("binding")).first())
    regions = [RegionSummary(row["region"], {status: row[status] for status in STATUSES}, row["worst"])
               for row in regions_counted.iter_rows(named=True)]
    counted = {row["key"]: row for row in rows.group_by("key").agg(*by_status).iter_rows(named=True)}
    directions = {i.id: i.direction for i, _ in targets}
    sign = pl.Series([_SIGN.get(directions[i.id], 0.0) for i, _ in targets], dtype=pl.Float64).gather(frame["target"])
    rows = rows.with_columns(badness=(frame["value"] * sign).fill_null(float("inf")).fill_nan(float("inf")))
    missing = rows.filter(pl.col("status").is_in(["fail", "warn"])) \
        .sort("key", pl.col("status") != "fail", "badness", "region", maintain_order=True) \
        .group_by("key", maintain_order=True).agg(pl.col("region").head(5))
    worst = {row["key"]: tuple(row["region"]) for row in missing.iter_rows(named=True)}
    indicators = []
    for key, (indicator, year, _line, text) in enumerate(keys):
        row = counted.get(key)
        if row is None:
            continue  # no region judged (none in the data)
        counts = {status: row[status] for status in STATUSES}
        judged = sum(counts.values()) - counts["n/a"]
        indicators.append(IndicatorSummary(
            indicator, names[key], year, text, sum(counts.values()), counts,
            round(counts["pass"] / judged, 4) if judged else None, worst.get(key, ())))
    return regions, indicators


class Rollup:
    """:func:`rollup` a result at a time, for a writer that streams the results and the roll-up after
    them in one pass. It keeps counts and the five worst regions of each target, never the results
    themselves: the memory grows with regions + targets, not with regions × targets. Each region has
    one result per target, so each target counts every region once."""

    def __init__(self, plan: Plan | None = None) -> None:
        self.directions = {indicator.id: indicator.direction for indicator in plan.indicators} if plan else {}
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
            rank = (-SEVERITY[result.status], _badness(result.value, self.directions.get(result.indicator)),
                    result.region, self.order)
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
                round(counts["pass"] / judged, 4) if judged else None, tuple(rank[2] for rank in worst)))
        return regions, indicators


#: how a value orders the worst regions of a target, by the indicator's direction: the lowest first where higher is
#: better, the highest first where lower is better (neutral: by name alone)
_SIGN = {"up": 1.0, "down": -1.0}


def _badness(value: float | None, direction: str | None) -> float:
    """A result's place among the worst regions of its target, after its status: see :data:`_SIGN`; no value last."""
    if value is None or value != value:
        return float("inf")
    return value * _SIGN.get(direction or "", 0.0)
