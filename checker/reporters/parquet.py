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
from checker.reporters import Report, localised_record
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


def _row(record: dict) -> dict:
    reason = record["reason"]
    row = {name: record.get(name) for name in COLUMNS[:14]}
    row.update(reason_zh=reason.get("zh"), reason_en=reason.get("en"),
               evidence=json.dumps(record["evidence"], ensure_ascii=False, sort_keys=True))
    return row
