"""``--format parquet``: the results of a many-region run as one Parquet table (through polars).

A national run has hundreds of thousands of results; an analyst opens them in polars, pandas, DuckDB
or R. One row a result, with the JSON report's record as columns: region, indicator, name_zh,
name_en, domain, nature, target_year, target_text, kind, year, value, unit, assessment, status,
reason_zh, reason_en, and ``evidence`` — the record's whole evidence as JSON text, so that a reader
rebuilds every result's evidence from the file (``json.loads`` of the cell). The summary (counts,
plan, data files and their hashes, as-of year, unknown indicators) is the file's key-value metadata
under ``checker.summary``, as JSON.

Nothing holds all results in memory: the results are written as the engine yields them, 50,000 at a
time, to Parquet part files in a temporary folder; polars streams the parts into one file
(``sink_parquet``), and that file is handed on in chunks. polars comes with the ``scale`` extra; without it the format is refused with
what to install.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

from checker.errors import CheckerError
from checker.reporters import Report, localised_evidence, localised_record, streamed
from checker.reporters.streamed import summary

COLUMNS = ("region", "indicator", "name_zh", "name_en", "domain", "nature", "target_year", "target_text", "kind",
           "year", "value", "unit", "assessment", "status", "reason_zh", "reason_en", "evidence")
METADATA_KEY = "checker.summary"
_CHUNK = 1 << 20
#: results per Parquet row group: small groups keep the streaming writer's memory flat at any size
_ROW_GROUP = 10_000
#: results kept in memory before they are written to a part file (the parts are then sunk into one)
_BATCH = 50_000


def _schema():
    import polars as pl

    types = {"target_year": pl.Int32, "year": pl.Int32, "value": pl.Float64}
    return {name: types.get(name, pl.String) for name in COLUMNS}


def available() -> None:
    """Refuse the format, saying what to install, where polars is missing."""
    try:
        import polars  # noqa: F401
    except ImportError:
        raise CheckerError("--format parquet needs polars, which the scale extra installs",
                           hint="pip install 'health-plan-checker[scale]'") from None


def stream(report: Report) -> Iterator[bytes]:
    """The Parquet file's bytes, in chunks."""
    available()
    import polars as pl

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    schema = _schema()
    with tempfile.TemporaryDirectory(prefix="checker-parquet-") as folder:
        parts: list[Path] = []
        batch: dict[str, list] = {name: [] for name in COLUMNS}

        def flush() -> None:
            if parts and not batch["region"]:
                return
            part = Path(folder) / f"part-{len(parts):06d}.parquet"
            pl.DataFrame(batch, schema=schema).write_parquet(part)
            parts.append(part)
            for values in batch.values():
                values.clear()

        by_columns = getattr(report.results.results, "evidence_frame", None)
        made = by_columns(streamed.localiser(report), _keep(report)) if by_columns is not None else None
        if made is not None:  # judged by columns: the rows made from the frame, a slice at a time
            for part in _from_frame(made, report):
                path = Path(folder) / f"part-{len(parts):06d}.parquet"
                part.write_parquet(path)
                parts.append(path)
            made = None  # the frame goes before the parts are sunk into one file
        else:
            for result in report.results.results:
                for name, value in _row(localised_record(result, report.lang)).items():
                    batch[name].append(value)
                if len(batch["region"]) >= _BATCH:
                    flush()
        flush()
        table = Path(folder) / "results.parquet"
        metadata = {METADATA_KEY: dumps(summary(report))}  # after the results: the counts are made as they pass
        pl.scan_parquet(parts).sink_parquet(table, metadata=metadata, engine="streaming", row_group_size=_ROW_GROUP)
        for part in parts:
            part.unlink()
        with table.open("rb") as parquet:
            while chunk := parquet.read(_CHUNK):
                yield chunk


def _keep(report: Report):
    """A scalar verdict's whole evidence as the ``evidence`` cell holds it (keys sorted, in the
    report's language), for :meth:`~checker.judge.results.OnDemand.evidence_frame`."""
    lang = report.lang
    return lambda evidence, indicator: json.dumps(localised_evidence(evidence, lang, indicator.unit),
                                                  ensure_ascii=False, sort_keys=True)


def _from_frame(made, report: Report) -> Iterator:
    """The table's rows from an evidence frame (:class:`checker.judge.frames.EvidenceFrame`), as polars
    frames of :data:`COLUMNS`, a slice of results at a time: a target's fields gathered from its
    number, a value's evidence written from its columns with its keys in order, other evidence as kept."""
    import polars as pl

    from checker.judge.engine import target_evidence
    from checker.judge.frames import targets_of

    def sorted_json(data) -> str:
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    targets = targets_of(report.plan)
    fields = {"indicator": [i.id for i, _ in targets], "name_zh": [i.name_zh for i, _ in targets],
              "name_en": [i.name_en for i, _ in targets], "domain": [i.domain for i, _ in targets],
              "nature": [t.nature for _, t in targets], "target_text": [t.text for _, t in targets],
              "kind": [t.rule.kind for _, t in targets], "unit": [i.unit for i, _ in targets]}
    target_years = pl.Series([t.year for _, t in targets], dtype=pl.Int32)
    static = [target_evidence(report.plan, t) for _, t in targets]
    plans = pl.Series([sorted_json(plan) for plan, _ in static], dtype=pl.String)
    rules = pl.Series([sorted_json(rule) for _, rule in static], dtype=pl.String)
    shared = {number: sorted_json(localised_evidence({"plan": static[number][0], "rule": static[number][1],
                                                       **verdict[5]}, report.lang, targets[number][0].unit))
              for number, verdict in made.shared.items()}
    kept = pl.Series(made.evidence or [""], dtype=pl.String)
    escaped = streamed.escaped(made.table)
    step = streamed.SLICE_LINES  # results a part: their evidence text is made several times over

    def table(part, evidence) -> pl.DataFrame:
        """The rows of :data:`COLUMNS` of ``part`` (results of an evidence frame), their ``evidence`` as given."""
        number = part["target"]
        return pl.select(
            region=pl.lit(part["region"]),
            **{name: pl.lit(pl.Series(values, dtype=pl.String).gather(number)) for name, values in fields.items()
               if name != "unit"},
            target_year=pl.lit(target_years.gather(number)), year=pl.lit(part["year"].cast(pl.Int32)),
            value=pl.lit(part["value"]), unit=pl.lit(pl.Series(fields["unit"], dtype=pl.String).gather(number)),
            assessment=pl.lit(part["assessment"]), status=pl.lit(part["status"]),
            reason_zh=pl.lit(part["reason_zh"]), reason_en=pl.lit(part["reason_en"]), evidence=evidence,
        ).select(COLUMNS)

    def shared_evidence(part) -> pl.Series:
        return part["target"].replace_strict(list(shared), list(shared.values()), default=None, return_dtype=pl.String)

    def part_at(offset: int):
        # the verdicts regions share apart: their rows need no more than the columns of the table and their target
        own, own_at, alike, alike_at = made.parted(offset, step, ["region", "target", "year", "value", "assessment",
                                                                  "status", "reason_zh", "reason_en"])
        tables = []
        if own.height:
            number = own["target"]
            own = own.with_columns(json_plan=plans.gather(number), json_rule=rules.gather(number),
                                   json_shared=shared_evidence(own))
            pairs = [("plan", pl.col("json_plan")), ("rule", pl.col("json_rule")), *streamed.value_evidence(sort=True)]
            evidence = streamed.by_shape(own, [(pl.col("scalar").is_not_null(), [pl.lit(kept).gather(pl.col("scalar"))]),
                                               (pl.col("shared"), [pl.col("json_shared")])],
                                         pairs, lambda pieces: pieces, sort=True,
                                         columns=streamed.json_columns(own, escaped))
            tables.append(table(own, evidence).with_columns(at=own_at))
        if alike.height:
            tables.append(table(alike, shared_evidence(alike)).with_columns(at=alike_at))
        return pl.concat(tables).sort("at").drop("at")

    yield from streamed.made_ahead(part_at, range(0, len(made), step))  # the next parts made while one is written


def _row(record: dict) -> dict:
    reason = record["reason"]
    row = {name: record.get(name) for name in COLUMNS[:14]}
    row.update(reason_zh=reason.get("zh"), reason_en=reason.get("en"),
               evidence=json.dumps(record["evidence"], ensure_ascii=False, sort_keys=True))
    return row
