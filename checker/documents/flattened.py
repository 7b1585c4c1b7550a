"""Tables flattened to one cell a paragraph, as web pages and copied text often give them.

A table copied from a web page loses its grid: every cell becomes a line (or a paragraph) of its own,
empty cells vanish, and group rows (``（一）`` / ``健康知识普及行动`` / ``结果性指标``) and notes
(``说明：…``) sit between the rows::

    领域 / 序号 / 指标 / 基期水平 / 2022年目标值 / 2030年目标值 / 指标性质
    （一） / 健康知识普及行动 / 结果性指标
    1 / 居民健康素养水平（%） / 14.18 / ≥22 / ≥30 / 预期性
    说明：…
    2 / 个人定期记录身心健康状况 / 倡导性

Such a run is read back into a :class:`~checker.documents.model.Table` when its header names the
indicator, a year or target column and the nature column (属性, 指标性质): each row then ends at its
nature cell (预期性, 约束性, 倡导性), and starts at its sequence number where the header has one.
A row with as many values as the header has value columns is laid out as written. A row with fewer
(an empty cell vanished, or a cell spanned two columns) cannot be placed for certain: its values are
laid under the last columns and the row carries a note to check it against the document. A row with
more values than columns is not read as a row; its cells stay paragraphs.
"""

from __future__ import annotations

import re

from checker.documents import vocabulary
from checker.documents.model import Cell, Document, Paragraph, Table
from checker.documents.tables import SEQ_PREFIX, UNIT_BRACKETS, header_role, part_name
from checker.language import units

_SHORT = 24  # a header cell is at most this long
_SEQUENCE = re.compile(r"^\d{1,3}$")
_GROUP_MARK = re.compile(r"^[（(][一二三四五六七八九十]+[)）]$")
_NOTE = re.compile(r"^(?:说明|计算方法|注|备注)\s*[:：]")
_SUBGROUP = re.compile(r"指标$")  # 结果性指标, 政府工作指标: a kind of indicator, not a domain
_MAX_CELL = 60  # a longer paragraph is text: the table has ended
_MAX_HEADER = 10
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、)")


def tabbed(doc: Document) -> Document:
    """``doc`` with every run of two or more paragraphs whose cells are typed with tabs between them
    (``1⇥人均预期寿命（岁）⇥81.86⇥≥82``, a table laid out with tab stops in a Word file) made a table, one
    row a paragraph; such a row is never a sentence."""
    out: list = []
    run: list[Paragraph] = []

    def close() -> None:
        if len(run) >= 2:
            caption = next((b.text for b in reversed(out) if isinstance(b, Paragraph)), None)
            rows = tuple(tuple(Cell(field.strip(), p.line, p.starts[0][2]) for field in p.text.split("\t"))
                         for p in run)
            out.append(Table(rows, run[0].line, caption))
        else:
            out.extend(run)
        run.clear()

    for block in doc.blocks:
        if isinstance(block, Paragraph) and sum(1 for field in block.text.split("\t") if field.strip()) >= 2:
            run.append(block)
            continue
        close()
        out.append(block)
    close()
    doc.blocks[:] = out
    return doc


#: an indicator written as a labelled record, as reading copies give a table (领域：健康水平 指标：人均预期寿命(岁)
#: 2015 年：76.34 2020 年：77.3 2030 年：79.0), one a paragraph or several in one: where each starts, and its parts
_RECORD_START = re.compile(r"(?:领域|領域|指标|指標)\s*[:：]")
_YEAR_LABEL = r"(?:19|20)\d{2}\s*年(?:现状值|現狀值|目标值|目標值|基期值|值)?\s*[:：]"
_RECORD = re.compile(r"^(?:(?:领域|領域)\s*[:：]\s*(?P<domain>[^\s:：]{1,20}?)\s*)?(?:指标|指標)\s*[:：]\s*(?P<name>[^:：]+?)\s*"
                     r"(?:(?:单位|單位)\s*[:：]\s*(?P<unit>[^\s:：]{1,10}?)\s*)?"
                     rf"(?P<years>{_YEAR_LABEL}.*?)\s*(?:(?:属性|屬性|指标性质|指標性質)\s*[:：]\s*(?P<nature>[^\s:：]+))?$")
_YEAR_VALUE = re.compile(rf"((?:19|20)\d{{2}})\s*年\S{{0,3}}?\s*[:：]\s*(.*?)\s*(?={_YEAR_LABEL}|$)")


def labelled(doc: Document) -> Document:
    """``doc`` with every run of two or more indicators written as labelled records (领域：… 指标：… 2015 年：…
    2030 年：…), one a paragraph or several in one, made a table: a column per label and year, a row per record.
    The national outline's main indicators came so in a reprint, and all but two of its 26 targets were lost
    without a word."""
    out: list = []
    run: list[tuple[Paragraph, int, re.Match]] = []  # the records found so far: paragraph, offset, parts

    def close() -> None:
        if len(run) >= 2:
            out.append(_records_table(run, out))
        else:
            out.extend(dict.fromkeys(paragraph for paragraph, _, _ in run))
        run.clear()

    for block in doc.blocks:
        found = _records(block) if isinstance(block, Paragraph) else None
        if found is None:
            close()
            out.append(block)
            continue
        lead, records = found
        if lead:  # words before the first record: a paragraph of their own
            close()
            out.append(Paragraph(lead, tuple(start for start in block.starts if start[0] < len(lead))))
        run.extend((block, at, match) for at, match in records)
    close()
    doc.blocks[:] = out
    return doc


def _records(paragraph: Paragraph) -> tuple[str, list[tuple[int, re.Match]]] | None:
    """The words before the records (stripped) and each record of ``paragraph`` (its offset, its parts); None
    where it holds none, or words after them that no record takes."""
    text = paragraph.text
    first = _RECORD_START.search(text)
    if first is None:
        return None
    label = "(?:领域|領域)" if text.startswith(("领域", "領域"), first.start()) else "(?:指标|指標)"
    starts = [first.start() + m.start() for m in re.finditer(label + r"\s*[:：]", text[first.start():])]
    pieces = [(at, text[at:end].strip()) for at, end in zip(starts, starts[1:] + [len(text)])]
    records = [(at, _RECORD.match(piece)) for at, piece in pieces]
    if any(match is None for _, match in records):
        return None
    return text[:first.start()].strip(), records


def _records_table(run: list[tuple[Paragraph, int, re.Match]], before: list) -> Table:
    """The table of a run of labelled records: 领域 and 单位 where any record names them, 指标, a column per year,
    then 属性 where any gives it."""
    years = sorted({int(year) for _, _, match in run for year, _ in _YEAR_VALUE.findall(match.group("years"))})
    optional = [label for label, group in (("领域", "domain"), ("单位", "unit"), ("属性", "nature"))
                if any(match.group(group) for _, _, match in run)]  # the labels some record gives
    line, page = run[0][0].position(run[0][1])
    names = [name for name in ("领域", "指标", "单位") if name == "指标" or name in optional]
    rows = [tuple([Cell(name, line, page) for name in names] + [Cell(f"{year}年", line, page) for year in years]
                  + ([Cell("属性", line, page)] if "属性" in optional else []))]
    for paragraph, at, match in run:
        row_line, row_page = paragraph.position(at)
        values = {int(year): value.strip() for year, value in _YEAR_VALUE.findall(match.group("years"))}
        labels = {"领域": match.group("domain"), "指标": match.group("name").strip(), "单位": match.group("unit")}
        rows.append(tuple([Cell(labels[name] or "", row_line, row_page) for name in names]
                          + [Cell(values.get(year, ""), row_line, row_page) for year in years]
                          + ([Cell(match.group("nature") or "", row_line, row_page)] if "属性" in optional else [])))
    caption = next((b.text for b in reversed(before) if isinstance(b, Paragraph)), None)
    return Table(tuple(rows), line, caption)


def restore(doc: Document) -> Document:
    """``doc`` with every run of one-cell lines that forms an indicator table made a table.

    The text reader joins a long line to the next (a wrapped sentence), so a paragraph is taken apart
    into its lines here; the lines a table does not take are put back together as they were."""
    units = [(block, text, line) for block in doc.blocks for text, line in _lines(block)]
    lines = [(text, line) for _, text, line in units]
    out: list = []
    index = 0
    while index < len(units):
        table, used = _table_at(lines, index)
        if table is None:
            block, text, line = units[index]
            if isinstance(block, Paragraph) and out and isinstance(out[-1], _Pieces) and out[-1].block is block:
                out[-1].add(text, line)
            elif isinstance(block, Paragraph):
                out.append(_Pieces(block, text, line))
            else:
                out.append(block)
            index += 1
            continue
        out.append(table)  # the notes between its rows (说明：…) explain, they set nothing
        index += used
    doc.blocks[:] = [item.paragraph() if isinstance(item, _Pieces) else item for item in out]
    return doc


class _Pieces:
    """The lines of a paragraph not taken by a table, to be joined again."""

    def __init__(self, block: Paragraph, text: str, line: int):
        self.block, self.texts, self.lines = block, [text], [line]

    def add(self, text: str, line: int) -> None:
        self.texts.append(text)
        self.lines.append(line)

    def paragraph(self) -> Paragraph:
        if len(self.texts) == len(self.block.starts):
            return self.block
        starts, offset = [], 0
        for text, line in zip(self.texts, self.lines):
            starts.append((offset, line, None))
            offset += len(text)
        return Paragraph("".join(self.texts), tuple(starts))


def _lines(block) -> list[tuple[str, int | None]]:
    if not isinstance(block, Paragraph):
        return [("", None)]  # a table or other block: one unit that no table run can take
    ends = [start for start, _, _ in block.starts[1:]] + [len(block.text)]
    return [(block.text[start:end], line) for (start, line, _), end in zip(block.starts, ends)]


def _is_note(text: str) -> bool:
    return bool(_NOTE.match(text))


def _table_at(units: list[tuple[str, int | None]], start: int) -> tuple[Table | None, int]:
    header: list[Cell] = []
    index = start
    while index < len(units) and len(header) < _MAX_HEADER:
        text, line = units[index][0].strip(), units[index][1]
        if line is None or not text or len(text) > _SHORT or header_role(text) is None:
            break
        header.append(Cell(text, line))
        index += 1
    header = _years_under_groups(header)
    roles = [header_role(cell.text) for cell in header]
    if roles.count("name") != 1 or not any(r in ("target", "year") for r in roles):
        return None, 0  # (a heading 主要指标 before the header is not a second name column: start after it)
    if roles[0] in ("target", "year", "baseline") and roles.index("name") > 0:
        return None, 0  # a caption (…行动计划主要目标责任清单) before the header is no goal column: start after it
    if "nature" not in roles:
        return _numbered_table(units, start, index, header, roles)
    if roles[-1] != "nature":
        return None, 0  # rows are told apart by their nature cell, which must end them
    width = len(header)
    name_at = roles.index("name")
    seq_at = roles.index("seq") if "seq" in roles else None
    domain_at = roles.index("domain") if "domain" in roles else None
    values_at = [i for i in range(name_at + 1, width - 1)]
    rows: list[tuple[Cell, ...]] = [tuple(header)]
    notes: list[tuple[int, str]] = []
    pending: list[Cell] = []
    groups: list[tuple[Cell, ...]] = []
    end = index
    while (cell := _next_cell(units, index)) is not None:
        index, text, line = cell
        index += 1
        if vocabulary.nature(text):
            made = _row(pending + [Cell(text, line)], width, name_at, seq_at, values_at, header, domain_at)
            made = [made] if made[0] is not None else _parts_row(pending + [Cell(text, line)], width, name_at,
                                                                  seq_at, values_at)
            if not made:
                break
            rows.extend(groups)
            for row, note in made:
                rows.append(row)
                if note:
                    notes.append((len(rows) - 1, note))
            pending, groups, end = [], [], index
            continue
        # inside a row a number is a value (90, 100), not the next row's number: rows end at their nature
        # cell only, and a row that runs past its width is refused below
        # a row that details the one above it has no number of its own (其中：每千人口中医类别…)
        starts_row = seq_at is not None and (_SEQUENCE.match(text) or (not pending and _looks_like_name(part_name(text) or "")))
        group_heading = not pending and _group_heading(units, index, text, width)
        if starts_row or pending or seq_at is None and not _GROUP_MARK.match(text) and _looks_like_name(text) \
                and not group_heading:
            pending.append(Cell(text, line))
            continue
        if _GROUP_MARK.match(text) or _SUBGROUP.search(text):
            continue
        if not group_heading and (len(text) > _SHORT or _HEADING.match(text) or any(mark in text for mark in "，。；：,;:")):
            break  # a heading or a sentence: the table has ended
        # a group row: the domain of the rows below it (kept once a row follows it)
        cells = [Cell("", line)] * width
        cells[domain_at if domain_at is not None else 0] = Cell(text, line)
        groups.append(tuple(cells))
    if len(rows) < 2 or all(_SEQUENCE.match(c.text) is None and not c.text for r in rows[1:] for c in r):
        return None, 0
    caption = next((text.strip() for text, line in reversed(units[:start]) if line is not None and text.strip()), None)
    return Table(tuple(rows), header[0].line, caption, tuple(notes)), end - start


def _group_heading(units: list[tuple[str, int | None]], index: int, text: str, width: int) -> bool:
    """Whether a short numbered heading inside a flattened table (一、发展水平) is a group row over the rows below
    it: a row of the table (a name, its values, a nature cell) follows it; after the table a heading ends it."""
    if not _HEADING.match(text) or len(text) > 14 or any(mark in text for mark in "，。；：,;:"):
        return False
    after = [cell[0].strip() for cell in units[index:index + 3 * width] if cell[1] is not None and cell[0].strip()]
    return len(after) > 2 and _looks_like_name(after[0]) and not _HEADING.match(after[0]) \
        and any(vocabulary.nature(cell) for cell in after[2:])


#: the parts of a row listed in one cell, their values in the cells after it (其中:小学 / 初中 / 34.52% / 77.34% …)
_PARTS_START = re.compile(r"^其中\s*[:：]\s*(?P<first>\S{1,24})$")


def _parts_row(cells: list[Cell], width: int, name_at: int, seq_at: int | None,
               values_at: list[int]) -> list[tuple[tuple[Cell, ...], str | None]]:
    """A row whose lines were stacked in its cells: ``义务教育标准班额比例(%) / 其中:小学 / 初中 / 34.52% /
    77.34% / 80%以上 / 85%以上 / 预期性`` (a part per line, its values the same line of each value cell) or
    ``幼儿教师专科及以上学历比例(%) / 其中:本科及以上学历比例(%) / 97.74% / 49.85% / 100% / 50% / 预期性`` (the
    row, then its part). One row a line: a part without a measure of its own named before the row's name
    (小学义务教育标准班额比例), a part with one after it (…比例：其中本科及以上学历比例), each flagged; none where the
    cells do not divide so."""
    if seq_at is not None or len(cells) < 4:
        return []
    name, nature, rest = cells[0], cells[-1], cells[1:-1]
    first = _PARTS_START.match(rest[0].text)
    if not first:
        return []
    count = next((k for k in range(1, len(rest)) if re.search(r"\d", rest[k].text)), len(rest))
    parts = [first.group("first")] + [cell.text for cell in rest[1:count]]
    values = rest[count:]
    unit = UNIT_BRACKETS.search(name.text)  # (%) after the name
    number = SEQ_PREFIX.match(name.text)  # 4. before it
    number = number.group(0) if number else ""
    stem = name.text[len(number):unit.start() if unit else None]
    if len(values) == len(parts) * len(values_at) and len(parts) >= 2 \
            and not any(re.search(r"\d", part) or UNIT_BRACKETS.search(part) for part in parts):
        lines = [f"{number}{part}{stem}" for part in parts]  # 小学 / 初中: each a part of the row's measure
    elif len(values) == (len(parts) + 1) * len(values_at) and not any(re.search(r"\d", part) for part in parts):
        lines = [number + stem] + [f"{number}{stem}：其中{UNIT_BRACKETS.sub('', part)}" for part in parts]  # the row, then its parts
    else:
        return []
    out = []
    for place, written in enumerate(lines):
        row = [Cell("", name.line)] * width
        row[name_at] = Cell(written + (unit.group(0) if unit else ""), name.line)
        for column, at in enumerate(values_at):
            row[at] = values[column * len(lines) + place]
        row[-1] = nature
        out.append((tuple(row), f"one of {len(lines)} rows stacked in one row's cells "
                                f"({' / '.join([name.text, *parts])}): check the name and values against the document"))
    return out


def _numbered_table(units: list[tuple[str, int | None]], start: int, index: int, header: list[Cell],
                    roles: list) -> tuple[Table | None, int]:
    """A flattened table with no nature column to end its rows, but a 序号 column: each row starts at
    the next number (1, 2, 3 …) and is as wide as the header from the number on. A row is taken only
    when the line after it is the next number, a short group label or the table's end — a row short of
    a cell (an empty cell vanished) would take the next number as a value, so the table ends before it."""
    if "seq" not in roles:
        return None, 0
    seq_at, name_at, width = roles.index("seq"), roles.index("name"), len(header)
    if name_at < seq_at or any(role in ("name", "seq", "domain") for role in roles[name_at + 1:]):
        return None, 0
    span = width - seq_at
    # a list of departments under 责任单位 may run long and hold commas; it is never a value
    free = {k - seq_at for k in range(seq_at, width) if roles[k] == "responsible"}
    rows: list[tuple[Cell, ...]] = [tuple(header)]
    groups: list[tuple[Cell, ...]] = []
    notes: list[tuple[int, str]] = []
    expected, end = 1, index
    while (cell := _next_cell(units, index)) is not None:
        index, text, line = cell
        if expected > 1 and _repeats_header(units, index, header):
            index += len(header)  # the header again, as a table printed over two pages has it
            continue
        if text == str(expected):
            cells = [Cell(t.strip(), ln) for t, ln in units[index:index + span]]
            short = _short_row(units, index, span, name_at - seq_at, expected + 1)
            if short:  # a cell gone: the row ends where the next number and name stand
                cells = cells[:short]
            after = units[index + len(cells)][0].strip() if index + len(cells) < len(units) else ""
            if len(cells) < (short or span) or any(not c.text or c.line is None
                                                   or len(c.text) > _MAX_CELL and k not in free
                                                   for k, c in enumerate(cells)) \
                    or not _looks_like_name(cells[name_at - seq_at].text) or not _row_ends(after, expected + 1) \
                    or any(c.text == str(expected + 1) for c in cells[1:]):  # the next number inside: refuse
                break
            row = [Cell("", line)] * width
            row[seq_at], row[name_at] = cells[0], cells[name_at - seq_at]
            note = _place(row, cells[name_at - seq_at + 1:], list(range(name_at + 1, width)), header)
            rows.extend(groups)
            rows.append(tuple(row))
            if note:
                notes.append((len(rows) - 1, note))
            groups, expected, index = [], expected + 1, index + len(cells)
            end = index
            continue
        if _GROUP_MARK.match(text) or _SUBGROUP.search(text):
            index += 1
            continue
        if _SEQUENCE.match(text) or len(text) > _SHORT or _HEADING.match(text) or any(m in text for m in "，。；：,;:"):
            break
        cells = [Cell("", line)] * width
        cells[roles.index("domain") if "domain" in roles else 0] = Cell(text, line)
        groups.append(tuple(cells))
        index += 1
    if len(rows) < 3:  # two rows at least: one alone is too little to trust the layout
        return None, 0
    caption = next((text.strip() for text, line in reversed(units[:start]) if line is not None and text.strip()), None)
    return Table(tuple(rows), header[0].line, caption, tuple(notes)), end - start


def _next_cell(units: list[tuple[str, int | None]], index: int) -> tuple[int, str, int] | None:
    """The next cell of a flattened table at or after ``index``, past the notes between its rows (说明：…): (its
    index, text, line), or None where the table has ended (no more lines, or an empty or a long one)."""
    while index < len(units):
        text, line = units[index][0].strip(), units[index][1]
        if line is not None and _is_note(text):
            index += 1
            continue
        return (index, text, line) if line is not None and text and len(text) <= _MAX_CELL else None
    return None


def _repeats_header(units: list[tuple[str, int | None]], index: int, header: list[Cell]) -> bool:
    """Whether the lines at ``index`` are the table's header once more, cell for cell (a table that runs over
    a page break repeats it)."""
    texts = [text.strip() for text, _ in units[index:index + len(header)]]
    return texts == [cell.text for cell in header]


def _short_row(units: list[tuple[str, int | None]], index: int, span: int, name_at: int, following: int) -> int:
    """Where a numbered row short of a cell ends (its length), or 0: the next number stands inside the
    row's span, after a value, with a name after it (``5 / 每千人口…数 / 人 / 3.4 / 6 / 每千人口注册护士数``)."""
    for k in range(name_at + 2, span):
        if index + k + 1 < len(units) and units[index + k][0].strip() == str(following) \
                and _looks_like_name(units[index + k + 1][0].strip()) \
                and not re.search(r"\d", units[index + k + 1][0]):
            return k
    return 0


def _row_ends(after: str, following: int) -> bool:
    """Whether the line after a numbered row can follow a row: the next number, a label (a group row, a
    heading), or nothing; not a value (a number other than the next, an amount)."""
    after = after.strip()
    if not after or after == str(following):
        return True
    return not re.search(r"\d", after) and not _SEQUENCE.match(after)


def _looks_like_name(text: str) -> bool:
    return len(text) >= 4 and not _SEQUENCE.match(text)


def _row(cells: list[Cell], width: int, name_at: int, seq_at: int | None, values_at: list[int],
         header: list[Cell], domain_at: int | None = None) -> tuple[tuple[Cell, ...] | None, str | None]:
    """One row laid out under the header: sequence (or the domain that opens it), name, values, nature."""
    line = cells[0].line
    out = [Cell("", line)] * width
    rest = list(cells)
    if seq_at is not None:
        if rest and _SEQUENCE.match(rest[0].text):
            out[seq_at] = rest.pop(0)
        elif not (rest and part_name(rest[0].text)):  # 其中：… details the row above, with no number of its own
            return None, None
    elif domain_at is not None and domain_at < name_at and _opens_with_domain(rest, values_at, header):
        out[domain_at] = rest.pop(0)
    if len(rest) < 2:
        return None, None
    out[name_at] = rest.pop(0)
    out[-1] = rest.pop()
    values = rest
    if len(values) > len(values_at):
        return None, None
    note = _place(out, values, values_at, header)
    return tuple(out), note


def _opens_with_domain(cells: list[Cell], values_at: list[int], header: list[Cell]) -> bool:
    """Whether a row with no sequence number opens with its domain (a domain cell spanning rows, written
    once before its first row: 健康水平 / 人均预期寿命 / 岁 / 79.9 / 80.5 / 预期性): one cell more than the name,
    values and nature, or, where the unit column follows the name, the unit third and not second."""
    if len(cells) < 3:
        return False
    if values_at and header_role(header[values_at[0]].text) == "unit" and _is_unit(cells[2].text) \
            and not _is_unit(cells[1].text):
        return True
    return len(cells) == len(values_at) + 3


def _is_unit(text: str) -> bool:
    """Whether a cell is a unit (岁, %, ‰, 1/10万, 张), not a value."""
    text = text.strip()
    return bool(text) and len(text) <= 8 and not re.fullmatch(r"[\d.]+", text) and units.is_known(text)


def _years_under_groups(header: list[Cell]) -> list[Cell]:
    """A header flattened from two lines: the years after the last cell (基期 / 目标 / 指标性质 / 2020年 /
    2025年) were the second line, under the group cells without a year (基期, 目标值). Each year takes the
    place of its group cell, one to one (``2020年基期``); a group cell over more years than one
    (指标值 over 2020年, 2025年) gives way to the years alone."""
    roles = [header_role(cell.text) for cell in header]
    tail = len(roles)
    while tail > 0 and roles[tail - 1] == "year":
        tail -= 1
    years = header[tail:]
    groups = [i for i, role in enumerate(roles[:tail]) if role in ("baseline", "target")
              and not re.search(r"(?:19|20)\d{2}|十.五", header[i].text)]
    if not years or not groups or tail == 0 or roles[tail - 1] != "nature" or len(years) < len(groups):
        return header
    spans = [1] * len(groups)
    spans[-1] += len(years) - len(groups)  # the last group cell spans the years left over
    out: list[Cell] = []
    taken = 0
    for index, cell in enumerate(header[:tail]):
        if index not in groups:
            out.append(cell)
            continue
        span = spans[groups.index(index)]
        for year in years[taken:taken + span]:
            out.append(Cell(year.text + (cell.text if span == 1 else ""), year.line))
        taken += span
    return out


def _place(out: list[Cell], values: list[Cell], values_at: list[int], header: list[Cell]) -> str | None:
    """Lay a row's values under its value columns (in ``out``); where there are fewer values than
    columns, the unit cell under the unit column, a cell naming earlier years under the first column,
    the rest under the last columns, and the note saying which were left empty."""
    note = None
    columns = list(values_at)
    unit_at = next((i for i in values_at if header_role(header[i].text) == "unit"), None)
    if values and len(values) < len(columns) and unit_at == columns[0] and _is_unit(values[0].text):
        out[unit_at] = values[0]  # 岁, %, 1/10万 right after the name: the unit, not a value
        values, columns, values_at = values[1:], columns[1:], values_at[1:]
    if values and len(values) < len(columns):
        placed = []
        if _names_earlier_year(values[0].text, header):  # "2002—2012年平均每年增长约5.3%": the baseline
            out[columns[0]] = values[0]
            placed, values, columns = [columns[0]], values[1:], columns[1:]
        placed += columns[len(columns) - len(values):]
        skipped = [i for i in values_at if i not in placed]
        note = (f"the flattened row gives {len(placed)} value(s) for {len(values_at)} columns "
                f"({' / '.join(header[i].text for i in values_at)}): "
                f"{' / '.join(header[i].text for i in skipped)} left empty — check against the document")
    for column, cell in zip(columns[len(columns) - len(values):], values):
        out[column] = cell
    return note


def _names_earlier_year(text: str, header: list[Cell]) -> bool:
    """Whether a cell names a year before every year column of the header (a baseline's words)."""
    years = [int(y) for cell in header for y in re.findall(r"(?:19|20)\d{2}", cell.text)]
    named = [int(y) for y in re.findall(r"(?:19|20)\d{2}", text)]
    return bool(years and named) and max(named) < min(years)

