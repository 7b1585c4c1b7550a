"""Streamed formats for large many-region runs: ``jsonl`` and ``csv``, one result a line.

Both are generators of text chunks: the command line writes them to the output as they come
(:func:`checker.reporters.output.write_stream_atomically`), so a national run never holds its whole report as
one string.

- ``jsonl``: one JSON object a line. First a line per target (``{"target": N, …}``) with what every
  result of it shares: indicator, names, domain, nature, target year and text, kind, unit, and the
  plan and rule evidence. Then a line per result with what is its own: ``{"region", "target": N,
  "year", "value", "assessment", "status", "reason", "evidence": {the rest}}``. A verdict that
  several regions share (a target without data: one verdict, one evidence dict in the engine) is
  written once as ``{"shared": K, "target": N, …}`` and its regions' lines are ``{"shared": K,
  "region": …}``. A final line ``{"summary": {...}}`` has the counts, the plan, the data files, the
  as-of year and the unknown indicators. :func:`records` rebuilds the JSON report's ``results[]``
  from the lines, every record whole: a national file is a quarter of the size, and no evidence is
  lost.
- ``csv``: a header, then one row a result: region, indicator, name_zh, target_year, target_text,
  kind, year, value, unit, assessment, status, reason_zh, reason_en. A text cell that a spreadsheet
  would read as a formula (it starts with ``= + - @``, a tab or a carriage return) is prefixed with
  ``'``, as the xlsx exporter guards against formula injection; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from checker import __version__
from checker.reporters.escaping import line_breaks_in, one_line_json, one_line_json_column
from checker.reporters.output import TextChunks
from checker.reporters import Report, localised_evidence, localised_record, plan_block, skipped_messages
from checker.judge.results import Result

if TYPE_CHECKING:
    import polars as pl

CSV_COLUMNS = ("region", "indicator", "name_zh", "target_year", "target_text", "kind", "year", "value", "unit",
               "assessment", "status", "reason_zh", "reason_en")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: results written per chunk: few enough to stay small in memory, many enough to keep writes cheap
CHUNK = 512


#: what every result of a target shares, written once on the target's line
TARGET_FIELDS = ("indicator", "name_zh", "name_en", "domain", "nature", "target_year", "target_text", "kind", "unit")
#: what a result says of its own (with the region, and its evidence but for :data:`TARGET_EVIDENCE`)
RESULT_FIELDS = ("year", "value", "assessment", "status", "reason")
#: the evidence every result of a target holds alike: where the plan sets it, and its rule
TARGET_EVIDENCE = ("plan", "rule")


def jsonl(report: Report) -> TextChunks:
    """The report as JSON Lines: a line per target, then a line per result with only what is the
    result's own, then the summary line. A verdict several regions share (a target without data) is
    written whole once, as a ``shared`` line, and each of its regions refers to it. Chunks of text,
    those written from columns kept in UTF-8 for the file writer (:class:`~checker.reporters.output.TextChunks`)."""
    return TextChunks(_jsonl(report))


def _jsonl(report: Report) -> Iterator[str | bytes]:
    """:func:`jsonl`'s chunks: text, and UTF-8 for the lines written from columns."""
    from checker.judge.engine import target_evidence
    from checker.judge.frames import targets_of

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    targets = targets_of(report.plan)
    lines = [dumps(_target_line(number, indicator, target, target_evidence(report.plan, target)))
             for number, (indicator, target) in enumerate(targets)]
    by_columns = getattr(report.results.results, "evidence_frame", None)
    if by_columns is not None:
        made = by_columns(localiser(report), keep(report))
        if made is not None:
            yield from _jsonl_from_frame(made, lines, report, targets)
            yield one_line_json(dumps({"summary": summary(report)}) + "\n")
            return
    # Regions without data for a target share one verdict, its evidence one dict (the engine's): the
    # first such result is written whole; the second writes the verdict once as a "shared" line, and
    # from then on a result of that dict is a line of its region and the shared line's number.
    first: dict[int, tuple[dict, tuple]] = {}
    shared: dict[int, tuple[dict, tuple, str]] = {}
    number, region = -1, None
    for result in report.results.results:
        number = number + 1 if result.region == region else 0
        region = result.region
        indicator, target = targets[number]
        if result.indicator != indicator.id or result.target_text != target.text:
            raise AssertionError(f"result {result.indicator} {result.target_text!r} out of plan order")
        evidence, fields = result.evidence, _fields(result)
        known = shared.get(id(evidence))
        if known is not None and known[0] is evidence and known[1] == fields:
            lines.append(known[2] + dumps(region) + "}")
        else:
            seen = first.get(id(evidence))
            if seen is not None and seen[0] is evidence and seen[1] == fields:
                key = len(shared)
                lines.append(dumps({"shared": key, "target": number, **_own(result, report.lang)}))
                prefix = '{"shared": ' + str(key) + ', "region": '
                shared[id(evidence)] = (evidence, fields, prefix)
                lines.append(prefix + dumps(region) + "}")
            else:
                lines.append(dumps({"region": region, "target": number, **_own(result, report.lang)}))
                if evidence.get("observation") is None:  # only a verdict without data is shared between regions
                    if len(first) >= 4096:
                        first.clear()
                    first[id(evidence)] = (evidence, fields)
        if len(lines) >= CHUNK:
            yield one_line_json("\n".join(lines) + "\n")
            lines = []
    if lines:
        yield one_line_json("\n".join(lines) + "\n")
    yield one_line_json(dumps({"summary": summary(report)}) + "\n")


def _fields(r: Result) -> tuple:
    """Every field of a result's record but the region."""
    return (r.indicator, r.name_zh, r.name_en, r.domain, r.nature, r.target_year, r.target_text, r.kind, r.year,
            r.value, r.unit, r.assessment, r.status, r.reason)


def _jsonl_from_frame(made, lines: list[str], report: Report, targets: list) -> Iterator[str | bytes]:
    """The result lines of :func:`jsonl` from a run judged by columns (an
    :class:`~checker.judge.frames.EvidenceFrame` whose scalar evidence is kept as JSON text): the
    verdicts regions share after the target lines, then a line a result, written from columns a
    slice at a time — the same records a reader rebuilds from the lines written one result at a time."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    keys = {}
    for number, (status, reason, assessment, year, value, evidence) in sorted(made.shared.items()):
        keys[number] = len(keys)
        own = {"year": year, "value": value, "assessment": assessment, "status": status, "reason": reason.to_dict(),
               "evidence": _rest(evidence, report.lang, targets[number][0].unit)}
        lines.append(dumps({"shared": keys[number], "target": number, **own}))
    yield one_line_json("\n".join(lines) + "\n")
    for part in _slices(made, keys, None):
        written = io.BytesIO()  # UTF-8 as polars writes it: 150 MB at national size, not decoded to be encoded back
        part.write_csv(written, include_header=False, quote_style="never", line_terminator="\n")
        yield written.getvalue()


class Whole:
    """What a whole record (JSON's ``results[]``) adds to a jsonl result line, per target: the target's
    fields before ``year``, its unit, the start of its evidence (plan and rule), and for a verdict
    regions share, the whole record after the region."""

    def __init__(self, targets: list, report: Report, shared: dict[int, tuple]) -> None:
        from checker.judge.engine import target_evidence

        dumps = json.JSONEncoder(ensure_ascii=False).encode
        heads, units, starts = [], [], []
        for number, (indicator, target) in enumerate(targets):
            line = _target_line(number, indicator, target, target_evidence(report.plan, target))
            heads.append(", " + dumps({name: line[name] for name in TARGET_FIELDS if name != "unit"})[1:-1])
            units.append(dumps(indicator.unit))
            starts.append(dumps(line["evidence"])[1:-1])
        self.heads, self.units, self.starts = heads, units, starts
        self.shared: dict[int, str] = {}
        for number, (status, reason, assessment, year, value, evidence) in shared.items():
            indicator, target = targets[number]
            result = Result(None, indicator.id, indicator.name_zh, indicator.name_en, indicator.domain, target.nature,
                            target.year, target.text, target.rule.kind, status, reason, assessment, year, value,
                            indicator.unit, evidence)
            self.shared[number] = dumps(localised_record(result, report.lang))[len('{"region": null'):]


def _lines(part, kept, regions: tuple[pl.Series, pl.Series] | None, escaped_columns: set[str], keys: dict[int, int],
           whole: Whole | None = None):
    """The JSON line of each result in ``part`` (a slice of an evidence frame), as a one-column frame:
    a jsonl result line, or with ``whole`` the whole record (``escaped_columns``: see :func:`json_columns`;
    ``regions``: the region names and their JSON texts where one needs escaping, else None: quoted)."""
    import polars as pl

    target, col = part["target"], pl.col

    def each(texts: list[str]):
        return pl.Series(texts, dtype=pl.String).gather(target)

    made = {**json_columns(part, escaped_columns), "json_region": _json_region(regions)}
    if whole is None:
        part = part.with_columns(json_shared=target.replace_strict(list(keys), [str(k) for k in keys.values()],
                                                                   default=None, return_dtype=pl.String))
        head = ['{"region": ', col("json_region"), ', "target": ', col("target").cast(pl.String)]
        shared = ['{"shared": ', col("json_shared"), ', "region": ', col("json_region"), "}"]
        evidence: list = ["{"]
    else:
        part = part.with_columns(json_head=each(whole.heads), json_unit=each(whole.units),
                                 json_start=each(whole.starts), json_shared=target.replace_strict(
                                     list(whole.shared), list(whole.shared.values()), default=None,
                                     return_dtype=pl.String))
        head = ['{"region": ', col("json_region"), col("json_head")]
        shared = ['{"region": ', col("json_region"), col("json_shared")]
        evidence = ["{", col("json_start"), ", "]
    own = pl.lit(kept).gather(col("scalar"))  # the scalar engine's evidence, as JSON
    if whole is not None:  # after the plan and rule: "{…}" → "{plan, rule, …}"
        own = pl.when(own == "{}").then(pl.concat_str(pl.lit("{"), col("json_start"), pl.lit("}"))) \
            .otherwise(pl.concat_str(pl.lit("{"), col("json_start"), pl.lit(", "), own.str.slice(1)))
    head += [', "year": ', col("json_year"), ', "value": ', col("json_value"),
             *([] if whole is None else [', "unit": ', col("json_unit")]),
             ', "assessment": ', col("json_assessment"), ', "status": ', col("json_status"), ', "reason": {"zh": ',
             col("json_reason_zh"), ', "en": ', col("json_reason_en"), '}, "evidence": ']
    line = by_shape(part, [(col("scalar").is_not_null(), [*head, own, "}"]), (col("shared"), shared)],
                    value_evidence(), lambda pieces: [*head, *evidence, *pieces[1:], "}"], columns=made)
    return line.to_frame("line")


def _shared_lines(alike, regions: tuple[pl.Series, pl.Series] | None, keys: dict[int, int], whole: Whole | None = None):
    """The lines :func:`_lines` writes for results that are a verdict regions share (``alike``: their region and
    target), made from those two columns alone: a jsonl line naming the shared line, or the whole record."""
    import polars as pl

    target = alike["target"]
    if whole is None:
        pieces = [pl.lit('{"shared": '), target.replace_strict(list(keys), [str(k) for k in keys.values()],
                                                                default=None, return_dtype=pl.String),
                  pl.lit(', "region": '), _json_region(regions), pl.lit("}")]
    else:
        pieces = [pl.lit('{"region": '), _json_region(regions), target.replace_strict(
            list(whole.shared), list(whole.shared.values()), default=None, return_dtype=pl.String)]
    return alike.select(line=pl.concat_str(pieces))


def _json_region(regions: tuple[pl.Series, pl.Series] | None):
    """The region as JSON text: quoted, or where a name needs escaping, through the table ``regions``."""
    import polars as pl

    if regions is None:
        return pl.concat_str(pl.lit('"'), pl.col("region"), pl.lit('"'))
    return pl.col("region").replace_strict(*regions, return_dtype=pl.String)


#: the text columns of an evidence frame that :func:`value_evidence` writes as JSON strings
EVIDENCE_TEXTS = ("obs_text", "obs_unit", "obs_data_unit", "obs_file", "before", "band", "arithmetic", "first_text",
                  "first_unit", "first_data_unit", "first_file", "base_from", "base_file")


#: the text columns of an evidence frame that :func:`json_columns` writes as JSON strings
JSON_TEXTS = EVIDENCE_TEXTS + ("status", "reason_zh", "reason_en", "assessment")


def json_columns(part, escaped: set[str]) -> dict:
    """What :func:`value_evidence` reads of a slice of an evidence frame, as expressions that
    :func:`by_shape` evaluates for only the rows of a shape that reads them: each text column of
    :data:`JSON_TEXTS` as JSON text (``json_`` and its name): quoted, or where the column is one of
    ``escaped`` (:func:`escaped`), encoded by the json module (:func:`json_texts`); and the year and
    value as JSON numbers (``json_year``, ``json_value``)."""
    import polars as pl

    return {"json_value": _repr_of(part["value"]).fill_null("null"),
            "json_year": pl.col("year").cast(pl.String).fill_null("null"),
            **{"json_" + name: json_texts(part[name]) if name in escaped
               else pl.concat_str(pl.lit('"'), pl.col(name), pl.lit('"')).fill_null("null") for name in JSON_TEXTS}}


def escaped(table) -> set[str]:
    """The columns of :data:`JSON_TEXTS` in which a cell holds what the json module escapes (a quote,
    a backslash, a control character; rare), asked once of a whole evidence frame's distinct texts."""
    import polars as pl

    found = table.select(pl.col(name).drop_nulls().unique().str.contains(r'["\\\x00-\x1f]').any()
                         for name in JSON_TEXTS)
    return {name for name in JSON_TEXTS if found[name][0]}


#: what :func:`escaped` looks for in :data:`JSON_TEXTS` (a quote, a backslash, a control character: JSON escapes them)
#: and :func:`~checker.reporters.escaping.line_breaks_in` in every text column (U+0085, U+2028, U+2029), in one class
_ESCAPED_OR_BREAK = r'["\\\x00-\x1f\x{85}\x{2028}\x{2029}]'
_BREAK = r'[\x{85}\x{2028}\x{2029}]'


def plain_texts(table) -> bool:
    """Whether no text of an evidence frame holds what :func:`escaped` or
    :func:`~checker.reporters.escaping.line_breaks_in` looks for — no text of :data:`JSON_TEXTS` a character JSON
    escapes, no text column a line break — asked of each text column's distinct cells in one query (a national
    run's frame: 0.09 s of CPU, the two checks 0.23 s); where one does, those two say which columns and whether it
    is a line break. (The columns that hold JSON text, such as ``reference``, hold quotes by nature.)"""
    import polars as pl

    texts = [name for name, kind in table.schema.items() if kind == pl.String]
    found = table.select(pl.col(name).drop_nulls().unique().str.contains(
        _ESCAPED_OR_BREAK if name in JSON_TEXTS else _BREAK).any() for name in texts)
    return not any(found.row(0)) if texts else True


def value_evidence(sort: bool = False) -> list[tuple]:
    """The evidence of a result judged by columns (a row of a frame with :func:`json_columns`), as the engine writes
    it, key by key: the observation (``Point.evidence``), the weighing, then what its kind adds — a
    value's band, goal and arithmetic, and before the target year its baseline, paces and ratio; a value held
    against the base value, its baseline, how much worse, band and arithmetic; a
    reference's value, goal, band and arithmetic; a trend's
    window, first and last observations, change, band and arithmetic (``sort``: for keys written
    sorted, a reference's keys too). A value is a JSON piece (an expression of JSON text), or a list
    of pairs for an object; a third item is where the pair is written (a row without it has not the key)."""
    import polars as pl

    col = pl.col

    def cells(prefix: str) -> list[tuple[str, object]]:
        return [("text", col("json_" + prefix + "text")), ("unit", col("json_" + prefix + "unit")),
                ("data_unit", col("json_" + prefix + "data_unit")), ("file", col("json_" + prefix + "file")),
                ("line", col(prefix + "line").cast(pl.String)), ("column", col(prefix + "column").cast(pl.String)),
                ("notes", col(prefix + "notes"))]

    year, value = col("json_year"), col("json_value")
    trend = col("window").is_not_null()
    referred, goal = col("reference").is_not_null(), col("goal").is_not_null()
    held = col("worse_by").is_not_null()  # a value held against the base value (maintain): its baseline comes first
    paced, based, pace = col("base_year").is_not_null() & ~held, col("base_file").is_not_null(), \
        col("ratio").is_not_null()

    def baseline(where) -> tuple:
        return ("baseline", [("year", col("base_year").cast(pl.String)), ("value", col("base_value")),
                             ("from", col("json_base_from")), ("file", col("json_base_file"), based),
                             ("line", col("base_line").cast(pl.String), based)], where)

    return [("observation", [("year", year), ("value", value), *cells("obs_")]), ("weighed", col("weighed")),
            ("status_before_weighing", col("json_before")), baseline(held), ("worse_by", col("worse_by"), held),
            ("window", col("window"), trend),
            ("first", [("year", col("first_year").cast(pl.String)), ("value", col("first_value")),
                       *cells("first_")], trend),
            ("last", [("year", year), ("value", col("last_value")), *cells("obs_")], trend),
            ("change", col("change"), trend),
            ("reference", col("reference_sorted" if sort else "reference"), referred),
            ("goal", col("goal"), referred & goal),  # a reference's goal before its band, a value's after
            ("band", col("json_band"), col("band").is_not_null()), ("goal", col("goal"), goal & ~referred),
            ("arithmetic", col("json_arithmetic"), col("arithmetic").is_not_null()), baseline(paced),
            ("required_pace", col("required_pace"), pace), ("actual_pace", col("actual_pace"), pace),
            ("ratio", col("ratio"), pace)]


def by_shape(frame, cases: list[tuple], pairs: list[tuple], around: Callable[[list], list], sort: bool = False,
             columns: dict | None = None):
    """One text per row of ``frame``: the pieces of the first of ``cases`` (condition, pieces) whose
    condition holds, else ``around`` the pieces of the JSON object of ``pairs`` (:func:`json_object`).
    Rows are written a shape at a time — those alike in which cases and optional pairs hold — each
    shape's text made from only what it writes: polars makes every branch of a ``when`` for every
    row, and six results in ten of a national run are a verdict regions share. ``columns`` (name →
    expression, such as :func:`json_columns`) are made for a shape's rows only where its text reads them."""
    import numpy as np
    import polars as pl

    optional = _conditions(pairs)
    held = frame.select([condition.fill_null(False).alias(str(n))
                         for n, condition in enumerate([case for case, _ in cases] + optional)])
    shape = np.full(frame.height, -1, dtype=np.int64)
    for number in range(len(cases)):
        shape[(shape < 0) & held[str(number)].to_numpy()] = number
    bits = np.zeros(frame.height, dtype=np.int64)
    for number in range(len(optional)):
        bits |= held[str(len(cases) + number)].to_numpy().astype(np.int64) << number
    shape = np.where(shape < 0, len(cases) + bits, shape)
    framed = frame.lazy().with_columns(shape=pl.Series(shape), at=pl.int_range(pl.len(), dtype=pl.UInt32)) \
        .with_columns(**(columns or {}))
    parts = []
    for found in np.unique(shape).tolist():
        if found < len(cases):
            pieces = cases[found][1]
        else:
            flags = iter(bool(found - len(cases) >> number & 1) for number in range(len(optional)))
            pieces = around(json_object(_settled(pairs, flags), sort))
        # lazily: a shape's rows gathered of only the columns its text reads
        parts.append(framed.filter(pl.col("shape") == found).select(
            "at", text=pl.concat_str([as_expr(piece) for piece in pieces])))
    if not parts:
        return pl.Series("text", [], dtype=pl.String)
    return pl.concat(pl.collect_all(parts)).sort("at")["text"]


def _conditions(pairs: list[tuple]) -> list:
    """The conditions of the optional pairs of a :func:`json_object`, nested objects' included, in order."""
    found = []
    for _, value, *where in pairs:
        found.extend(where)
        if isinstance(value, list):
            found.extend(_conditions(value))
    return found


def _settled(pairs: list[tuple], flags) -> list[tuple]:
    """``pairs`` for rows where each condition of :func:`_conditions` is known (``flags``, in the same
    order): the pairs that hold written in every row, the others left out."""
    kept = []
    for key, value, *where in pairs:
        holds = next(flags) if where else True
        inner = _settled(value, flags) if isinstance(value, list) else value
        if holds:
            kept.append((key, inner))
    return kept


def json_object(pairs: list[tuple], sort: bool = False) -> list:
    """The pieces (literal text, or expressions of JSON text) that write ``pairs`` (key, JSON piece or a
    nested list of pairs; settled by :func:`_settled`, so that every pair is written) as one JSON object per
    row, as the json module does (keys sorted with ``sort``, as ``sort_keys``)."""
    pieces: list = ["{"]
    for number, (key, value) in enumerate(sorted(pairs, key=lambda pair: pair[0]) if sort else pairs):
        pieces.append((", " if number else "") + json.dumps(key) + ": ")
        pieces.extend(json_object(value, sort) if isinstance(value, list) else [value])
    pieces.append("}")
    return pieces


def as_expr(piece):
    """A piece of :func:`json_object` as a polars expression."""
    import polars as pl

    return piece if isinstance(piece, pl.Expr) else pl.lit(piece)


def frame_records(made, report: Report, separator: str) -> Iterator[bytes]:
    """JSON's ``results[]`` from a run judged by columns (an
    :class:`~checker.judge.frames.EvidenceFrame` whose scalar evidence is kept as JSON text, see
    :func:`keep`): every record whole, each but the last followed by ``separator``, as UTF-8 a slice of
    the frame at a time (polars' bytes, not 600 MB of Python text at national size: see
    :class:`~checker.reporters.output.TextChunks`)."""
    from checker.judge.frames import targets_of

    whole = Whole(targets_of(report.plan), report, made.shared)
    left = len(made)
    for part in _slices(made, {}, whole):
        left -= part.height
        written = io.BytesIO()
        part.write_csv(written, include_header=False, quote_style="never", line_terminator=separator)
        records = written.getvalue()
        yield records if left else records[:-len(separator.encode())]


def keep(report: Report):
    """What :meth:`~checker.judge.results.OnDemand.evidence_frame` keeps of a scalar verdict's
    evidence for :func:`jsonl` and :func:`frame_records`: its JSON text, in the report's language,
    without the plan and rule that the target's line (or record) holds."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    lang = report.lang
    return lambda evidence, indicator: dumps(_rest(evidence, lang, indicator.unit))


def localiser(report: Report):
    """The band and arithmetic words in the report's language, for an evidence frame."""
    from checker.reporters.messages import formula

    lang = report.lang
    return lambda text, unit: formula(text, lang, unit)


def _slices(frame, keys: dict[int, int], whole: Whole | None):
    """:func:`_lines` of an evidence frame, a slice at a time (one-column frames), U+2028, U+2029 and U+0085
    escaped (:func:`~checker.reporters.escaping.one_line_json_column`) where a text they are made of holds one."""
    import polars as pl

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    kept = pl.Series(frame.evidence or [""], dtype=pl.String)  # gathered for every row, used for the scalar ones
    names = frame.table["region"].unique().to_list()
    texts = [dumps(name) for name in names]
    # names as the json module writes them: quoted, unless one needs escaping (replacing by a table of
    # thousands of names cost a millisecond for each of a slice's queries, a fifth of a second in all)
    regions = None if all(len(text) == len(name) + 2 for name, text in zip(names, texts)) else \
        (pl.Series(names, dtype=pl.String), pl.Series(texts, dtype=pl.String))
    # the frame's texts asked once whether any holds what either check below looks for (rare): each check is made
    # only then
    plain = plain_texts(frame.table)
    escaped_columns = set() if plain else escaped(frame.table)
    # a whole record (JSON) is four times a jsonl line: half as many a slice (1x national JSON, in one process:
    # peak RSS 951 -> 841 MiB, and 4.7-4.9 -> 4.2 s, the slices made ahead holding less)
    step = SLICE_LINES if whole is None else SLICE_LINES // 2

    # the lines' texts are the frame's, the scalar evidence kept and a whole record's parts: asked once for line breaks
    breaks = (not plain and line_breaks_in(frame.table)) or any(
        one_line_json(text) != text for text in [*frame.evidence, *(() if whole is None else (
            *whole.heads, *whole.units, *whole.starts, *whole.shared.values()))] if isinstance(text, str))

    def made(own, own_at, alike, alike_at):
        """The lines of a slice's results of their own and of its verdicts regions share (each with its rows'
        positions in the slice), in the slice's order."""
        parts = []
        if own.height:
            parts.append(_lines(own, kept, regions, escaped_columns, keys, whole).with_columns(at=own_at))
        if alike.height:
            parts.append(_shared_lines(alike, regions, keys, whole).with_columns(at=alike_at))
        made_lines = parts[0] if len(parts) == 1 else pl.concat(parts).sort("at")  # one part: in order already
        return made_lines.select(one_line_json_column(made_lines["line"]) if breaks else "line")

    if whole is None:
        # jsonl: the lines made in the frame's own order, then put in result order (see _own_order), the frame's
        # columns and scalar evidence let go as the lines are made, the evidence's JSON (kept) once they are
        lines = _own_order(frame.taken(step), made)
        kept = None  # noqa: F841 (read by made, which is done)
        order = frame.order
        yield from made_ahead(lambda offset: lines.gather(order.slice(offset, step)).to_frame("line"),
                              range(0, len(lines), step))
        return

    def lines(offset: int):
        # the verdicts regions share apart: their lines need only a region and a target, not the slice's 45 columns
        return made(*frame.parted(offset, step, ["region", "target"]))

    yield from made_ahead(lines, range(0, len(frame), step))


def _own_order(pieces: list, made: Callable) -> pl.Series:
    """jsonl's lines of the slices of an evidence frame in its own order (``pieces``, from
    :meth:`~checker.judge.frames.EvidenceFrame.taken`; ``made``: a slice's lines from its results of their own and
    its verdicts regions share, each with their positions in it), as one column: contiguous slices of a few
    targets' results each, so that no row is gathered from the frame's hundreds of chunks and a slice's results
    have few shapes; each slice let go once its lines are made. Gathering the one column of text in result order
    costs a fraction of gathering the slices' 45 columns (a national file's jsonl lines, 1x, one process: 1.1-1.8
    -> 0.8-0.9 s). JSON's whole records, four times the text, are still made in result order (held whole, they
    would be 600 MB)."""
    import polars as pl

    def own_order(number: int):
        piece, pieces[number] = pieces[number], None
        shared = piece["shared"]
        return made(piece.filter(~shared), (~shared).arg_true(), piece.filter(shared).select("region", "target"),
                    shared.arg_true())["line"]

    if not pieces:
        return pl.Series("line", [], dtype=pl.String)
    # one chunk of the lines' views (their texts stay where they are: a millisecond): a slice of result order is
    # gathered from it in a third of the time it took from the slices' 31 chunks (1x jsonl, 0.27-0.65 -> 0.17-0.42 s
    # for the gathers and their writing)
    return pl.concat(list(made_ahead(own_order, range(len(pieces)))), rechunk=False).rechunk()


#: result lines made per slice of an evidence frame: each of a slice's polars queries costs about a millisecond
#: whatever its rows, and the text of a slice is made whole several times over (8,192: 6% slower). Longer
#: slices cost memory more than they save: 1x national file, two slices ahead, 32,768 lines took 0.1 s less
#: of CPU than 16,384 but a mid-term review's peak RSS rose from about 850 to 940 MiB (65,536: JSON's 1.5 GiB)
SLICE_LINES = 16_384

#: slices whose lines are made at once, each on a thread: polars lets go of the interpreter while it gathers
#: a slice and writes its text, and alone keeps about one core and a third of two busy (1x national jsonl,
#: in one process: 0.80 s for the lines one slice at a time, 0.65-0.70 s two at a time; peak RSS about
#: 30-50 MiB more, a mid-term review's 805 -> 860 MiB)
SLICES_AT_ONCE = 2


def made_ahead(make: Callable[[int], object], offsets: range) -> Iterator:
    """``make(offset)`` for each of ``offsets``, in order, with up to :data:`SLICES_AT_ONCE` of the next ones
    being made on threads meanwhile (never more held: a slice's lines are a few megabytes). jsonl, JSON and
    Parquet make their slices so."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(SLICES_AT_ONCE) as pool:
        pending: deque = deque()
        for offset in offsets:
            pending.append(pool.submit(make, offset))
            if len(pending) > SLICES_AT_ONCE:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def json_texts(values) -> object:
    """A string column as JSON text, cell by cell (null as ``null``), each distinct text encoded by the
    json module as it writes it with ``ensure_ascii=False``: an expression of the column ``values``
    is (for the rows of a frame that holds it)."""
    import polars as pl

    found = values.drop_nulls().unique().to_list()
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    return pl.col(values.name).replace_strict(found, [dumps(text) for text in found], default=None,
                                              return_dtype=pl.String).fill_null("null")


def _rest(evidence: dict, lang: str, unit: str | None) -> dict:
    """A verdict's evidence but for what its target's line holds, in ``lang``."""
    localised = localised_evidence(evidence, lang, unit)
    return {key: value for key, value in localised.items() if key not in TARGET_EVIDENCE}


def _target_line(number: int, indicator, target, evidence: tuple[dict, dict]) -> dict:
    """A target's line: its number (results refer to it), the fields its results share, and the
    evidence they share."""
    return {"target": number, "indicator": indicator.id, "name_zh": indicator.name_zh, "name_en": indicator.name_en,
            "domain": indicator.domain, "nature": target.nature, "target_year": target.year,
            "target_text": target.text, "kind": target.rule.kind, "unit": indicator.unit,
            "evidence": dict(zip(TARGET_EVIDENCE, evidence))}


def _own(result: Result, lang: str) -> dict:
    """What a result's line holds: its own fields and its evidence but for the target's."""
    return {"year": result.year, "value": result.value, "assessment": result.assessment, "status": result.status,
            "reason": result.reason.to_dict(), "evidence": _rest(result.evidence, lang, result.unit)}


def records(lines: Iterable[str]) -> Iterator[dict]:
    """The JSON report's records (``results[]``: every field, the whole evidence) rebuilt from the lines
    of :func:`jsonl`, in order; a summary line is given as it is (``{"summary": …}``). Several plans'
    reports in one file follow each other, each with its own targets. A line that is not JSON, or
    that names a target or shared verdict no earlier line gave, is a ``ValueError`` naming its line."""
    targets: dict[int, dict] = {}
    verdicts: dict[int, dict] = {}
    after_summary = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not a JSON object")
            if "summary" in item:
                after_summary = True
                yield item
            elif "target" in item and "region" not in item and "shared" not in item:
                if after_summary:
                    targets, verdicts, after_summary = {}, {}, False
                targets[item["target"]] = item
            elif "region" in item and "shared" in item and len(item) == 2:
                yield _whole(item["region"], verdicts[item["shared"]])
            elif "shared" in item:
                verdicts[item["shared"]] = {**item, "target": targets[item["target"]]}
            else:
                yield _whole(item["region"], {**item, "target": targets[item["target"]]})
        except (ValueError, KeyError, TypeError) as error:
            problem = f"no earlier line gives {error}" if isinstance(error, KeyError) else str(error)
            raise ValueError(f"line {number}: not a line of checker's jsonl ({problem})") from None


def _whole(region: str, own: dict) -> dict:
    target = own["target"]
    record = {"region": region, **{name: target[name] for name in TARGET_FIELDS}}
    record.update((name, own[name]) for name in RESULT_FIELDS)
    record["evidence"] = {**target["evidence"], **own["evidence"]}
    return record


def summary(report: Report) -> dict:
    plan, results = report.plan, report.results
    return {
        "checker": __version__,
        "plan": plan_block(plan),
        "data": [{"file": f.path, "sha256": f.sha256, "encoding": f.encoding, "layout": f.layout, "rows": f.rows}
                 for f in report.files],
        "region": None if report.regions else report.region,
        "regions": list(report.regions) or None,
        "as_of": results.as_of,
        "results": len(results.results),
        "counts": results.summary,
        "unknown_indicators": [u.to_dict() for u in results.unknown],
        "skipped_rows": skipped_messages(report),
        "unused_rows": [unused.to_dict() for unused in report.unused],
        "data_warnings": list(report.data_warnings),
    }


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def csv_rows(report: Report, *, header: bool = True) -> TextChunks:
    """The report as CSV (:data:`CSV_COLUMNS`, a header unless ``header`` is false): chunks of text, those
    written from columns kept in UTF-8 for the file writer (:class:`~checker.reporters.output.TextChunks`)."""
    return TextChunks(_csv_rows(report, header))


def _csv_rows(report: Report, header: bool) -> Iterator[str | bytes]:
    """:func:`csv_rows`' chunks: text, and UTF-8 for the rows written from a result frame."""
    frame = getattr(report.results.results, "frame", None)
    frame = frame() if frame is not None else None
    if frame is not None:
        yield from _csv_from_frame(frame, report, header)
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    for number, r in enumerate(report.results.results, start=1):
        writer.writerow([_cell(v) for v in (r.region, r.indicator, r.name_zh, r.target_year, r.target_text, r.kind,
                                            r.year, r.value, r.unit, r.assessment, r.status, r.reason.zh,
                                            r.reason.en)])
        if number % CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _csv_from_frame(frame, report: Report, header: bool) -> Iterator[str | bytes]:
    """The rows :func:`csv_rows` writes, from a run's result frame (:mod:`checker.judge.frames`): every
    cell made text as the csv module makes it (numbers by ``repr``, None empty, the formula guard of
    :func:`_cell`, quoted where it holds a comma, a quote or a line break), written in slices."""
    import polars as pl

    from checker.judge.frames import targets_of

    targets = targets_of(report.plan)
    numbers_columns = ("year", "value", "target_year")  # written as numbers: never guarded
    special = '[,"\n]'  # what the csv module quotes: its delimiter, its quote character, its line terminator

    def as_csv(frame: pl.DataFrame) -> pl.DataFrame:
        """Each column's cells as the csv module writes them: guarded, then quoted. Two steps, not one
        expression: polars made the guarded text anew for each of the three places the quoting reads it
        (0.30 s for the reasons in English of the 1x national file, 0.18 s so)."""
        def guarded(name: str) -> pl.Expr:
            cell = pl.col(name)
            formula = pl.any_horizontal([cell.str.starts_with(start) for start in FORMULA_START])
            return pl.when(formula).then(pl.concat_str(pl.lit("'"), cell)).otherwise(cell).alias(name)

        def quoted(name: str) -> pl.Expr:
            cell = pl.col(name)
            return pl.when(cell.str.contains(special)).then(pl.concat_str(
                pl.lit('"'), cell.str.replace_all('"', '""', literal=True), pl.lit('"'))).otherwise(cell).alias(name)

        return frame.with_columns(guarded(name) for name in frame.columns if name not in numbers_columns) \
            .select(quoted(name) for name in frame.columns)

    # what a target's results share, written once a target, then repeated (not written once a result)
    shared = pl.DataFrame({
        "indicator": [i.id for i, _ in targets], "name_zh": [i.name_zh for i, _ in targets],
        "target_year": [repr(t.year) for _, t in targets], "target_text": [t.text for _, t in targets],
        "kind": [t.rule.kind for _, t in targets], "unit": [i.unit for i, _ in targets],
    }, schema=dict.fromkeys(("indicator", "name_zh", "target_year", "target_text", "kind", "unit"), pl.String))
    shared = as_csv(shared)[frame["target"]]
    own = {
        "region": frame["region"],
        "year": frame["year"].cast(pl.String),
        "value": _reprs(frame["value"]),
        "assessment": frame["assessment"],
        "status": frame["status"],
        "reason_zh": frame["reason_zh"],
        "reason_en": frame["reason_en"],
    }
    table = as_csv(pl.DataFrame(own))
    table = pl.concat([table, shared], how="horizontal").select(CSV_COLUMNS)
    if header:
        yield ",".join(CSV_COLUMNS) + "\n"
    step = CHUNK * 64
    for offset in range(0, table.height, step):
        written = io.BytesIO()  # UTF-8 as polars writes it, not decoded to be encoded back
        table.slice(offset, step).write_csv(written, include_header=False, quote_style="never", line_terminator="\n")
        yield written.getvalue()


def json_numbers(values):
    """A float column as JSON numbers, cell by cell, as the json module writes them (null as ``null``)."""
    return _reprs(values).fill_null("null")


def _reprs(values):
    """A float column as the csv module writes each number (``repr``), null as null."""
    return values.to_frame("number").select(_repr_of(values, "number")).to_series().alias(values.name)


def _repr_of(values, name: str | None = None):
    """An expression writing the float column ``values`` (named ``name`` in the frame it is evaluated
    in) as ``repr`` writes each number, null as null. polars writes a float as ``repr`` does (the
    shortest digits that read back, an exponent from 1e16 up, a zero with its sign) but for magnitudes
    below 1e-4 and the non-finite, which are written by ``repr`` here; ``tests/test_columnar_output.py``
    holds the two equal."""
    import polars as pl

    column = pl.col(name or values.name)
    shown = column.cast(pl.String)
    odd = ((values.abs() < 1e-4) & (values != 0)) | ~values.is_finite()
    if not odd.any():
        return shown
    numbers = values.filter(odd).unique().to_list()
    odd_cells = ((column.abs() < 1e-4) & (column != 0)) | ~column.is_finite()
    return pl.when(odd_cells).then(column.replace_strict(numbers, [repr(number) for number in numbers], default=None,
                                                         return_dtype=pl.String)).otherwise(shown)
