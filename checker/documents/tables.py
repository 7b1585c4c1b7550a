"""Indicator tables: which tables hold targets, what each column means, one indicator per row.

A table holds targets when one header row names the indicator (指标, 指标名称, Indicator …) and at
least one column is a year or a target (2025年, 2025年目标, 目标值). Header rows spanning two lines
are laid over each other (the second row's cell where it has one); a domain cell that spans rows
(empty below its first row, or missing at the row's start) is filled down; a unit comes from a unit
column, else from the brackets at the end of the name (``婴儿死亡率（‰）``); footnote marks (``*``,
``①``) are taken off the name and kept as a note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from checker.data.observations import PRELIMINARY
from checker.documents import catalogue, vocabulary
from checker.documents.catalogue import UNIT_BRACKETS
from checker.documents.model import NOTE_OPENING, ROW_NOTE, Cell, Table
from checker.language import units
from checker.language.cn_numerals import arabic_years
from checker.language.script import to_simplified

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
#: a year of the Republic of China calendar in a Taiwan table's header (民國110年目標值, 110年度目標值, 113年實際值,
#: 113年基準值: the year at the start, before a header's words of a base or a target; a year in brackets after the
#: words: 基準值（108年）): 1911 on
_ROC_YEAR = re.compile(r"民国\s*(\d{2,3})\s*年|(?:^|(?<=[(（]))(1[0-3]\d)\s*年(?=度|\s*[)）]|\s*$|"
                       rf"(?i:{vocabulary.source('headers.baseline')}|{vocabulary.source('headers.target')}))")
#: a fiscal year (2025/26, FY2025-26): dated by the year it ends in
_FISCAL = re.compile(r"((?:19|20)\d{2})\s*[/\-–]\s*(\d{2})(?!\d)")
#: a five-year plan period's end as a column's year (十四五末, “十四五”期末目标, “十四五”目标: 2025)
_PERIODS = vocabulary.periods()
_PERIOD = re.compile(rf"[“\"]?({'|'.join(_PERIODS)})[”\"]?(?:规划)?(?:期末|末期|末|(?=(?:规划|预期|发展)?目标))")
_NAME = vocabulary.pattern("headers.name", re.I)
_DOMAIN = vocabulary.pattern("headers.domain", re.I)
_SEQ = vocabulary.pattern("headers.sequence", re.I)
_UNIT = vocabulary.pattern("headers.unit", re.I)
_NATURE = vocabulary.pattern("headers.nature", re.I)
_RESPONSIBLE = vocabulary.pattern("headers.responsible", re.I)
_BASE = vocabulary.pattern("headers.baseline", re.I)
_TARGET = vocabulary.pattern("headers.target", re.I)
_OTHER_LEVEL = vocabulary.pattern("headers.other_region")  # another region's value for the year
#: the words of a note beside a year in brackets (数据来源（2019）, 标准（2012年版）): the note's year, not the column's
_YEAR_NOTE = vocabulary.pattern("headers.year_note", re.I)
#: a year glued to letters or digits, or joined to them as a code's part (c1900, GB 3095-2012, ISO 9001:2015): no
#: column's year — but FY2025, a fiscal year as English tables write it
_GLUED_YEAR = re.compile(r"(?<![Ff][Yy])(?<=[A-Za-z0-9])|(?<=[A-Za-z0-9][-–—/.:_])")
#: a row that details the one above it (其中：…, 其中…)
_PART_OF = re.compile(r"^其中\s*[:：]?\s*")
_FOOTNOTE = re.compile(r"[*＊※①②③④⑤⑥⑦⑧⑨⑩△▲#]+$")
#: a note's letter or number after a name's closing bracket (孕产妇死亡率（1/10万）a, 人均预期寿命（岁）注1)
_MARK_AFTER_BRACKET = re.compile(r"(?<=[）)])\s*(?:[a-hA-H]|注\s*\d{1,2}|\d{1,2})$")
#: a row's number before its name (4.义务教育…)
SEQ_PREFIX = re.compile(r"^\s*(?:\d{1,3}(?:\s*[.．]\s*\d{1,3})+\s*[.．]\s+|\d{1,3}\s*[.、．]\s*)")
#: a longer bracket at the end that is a unit written in words (per 10,000 population)
_LONG_UNIT_BRACKETS = re.compile(r"[（(]([^（）()]{13,40})[）)]\s*$")
#: what a rate counts, before "per" in a name's unit in brackets (deaths per 1,000 live births): rules/extract.yaml
_COUNTED_PER = vocabulary.pattern("english_counted_per", re.I)
#: a rate's unit in words ending an English name, no brackets ("… deaths per 100,000 live births", "… per 1000")
_PER_AT_END = re.compile(r"(?<=[A-Za-z])\s+(per\s+(?:1|10|100|1,?000|10,?000|100,?000)(?:\s+(?:live\s+births|population|"
                         r"people|persons|inhabitants))?)\s*$", re.I)
#: a share named in English words (Out-of-pocket expenditure as % of current health expenditure): its unit is %
_SHARE_NAMED = re.compile(r"(?:^|\s)(?:as\s+)?(?:%|percent(?:age)?)\s+of\s|^%\s*(?=[A-Za-z])", re.I)  # (% Fully immunized children)


def squeeze(text: str) -> str:
    """A header cell's words without spaces, in NFKC and simplified characters (指標名稱 is 指标名称), its
    years in digits (二〇二五年 is 2025年)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", arabic_years(to_simplified(text))))


@dataclass
class Column:
    index: int
    header: str  # squeezed (:func:`squeeze`), as the header's words are matched
    role: str  # name, domain, seq, unit, nature, responsible, baseline, target, figures, other
    year: int | None = None
    written: str = ""  # the header as written, its spaces single

    @property
    def shown(self) -> str:
        """The header as a draft shows it: an English one with its spaces (Observed value 2016, not
        Observedvalue2016), any other squeezed, as it is matched."""
        return self.written if re.search(r"[A-Za-z]{2}", self.written) else self.header


@dataclass
class Row:
    """One indicator row of a table."""

    name: str  # without unit brackets and footnote marks
    written: str  # the name cell as written
    line: int
    unit: str | None
    domain: str | None
    nature: str | None
    responsible: str | None
    baselines: dict[int, Cell] = field(default_factory=dict)
    targets: dict[int, Cell] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    target_column_guessed: bool = False
    #: where the reader could not be sure which column a cell of this row belongs to (a flattened row)
    placement: str | None = None
    #: a note on one year's target (a cell that is only a dash)
    target_notes: dict[int, str] = field(default_factory=dict)
    #: the cell of a baseline column whose header names no year (基线, 现状值), and that header: the plan's base
    undated_baseline: tuple[str, Cell] | None = None
    #: the row stands under a 领域 cell that begins empty (its label printed past the page break): no domain yet
    domain_unprinted: bool = False


@dataclass
class IndicatorTable:
    table: Table
    columns: list[Column]
    rows: list[Row]
    header_line: int
    notes: list[str] = field(default_factory=list)  # what a person should check
    #: the units its header gives its rows (unit, where), carried to the rows of a table continuing it over a page
    header_units: list[tuple[str, str]] = field(default_factory=list)

    @property
    def caption(self) -> str | None:
        """The table's caption: the line just before it, unless that line is only a date (2021年11月, the
        document's own date above a table that has no caption)."""
        caption = self.table.caption
        return None if caption is None or _DATE_LINE.fullmatch(squeeze(caption)) else caption

    @property
    def target_years(self) -> list[int]:
        """The years the table sets targets for: its target columns', and those of its rows (a 年份 column)."""
        return sorted({c.year for c in self.columns if c.role == "target" and c.year}
                      | {year for row in self.rows for year in row.targets})

    @property
    def baseline_years(self) -> list[int]:
        """The years of the table's baselines: its baseline columns', and those of its rows (a Baseline year column)."""
        return sorted({c.year for c in self.columns if c.role == "baseline" and c.year}
                      | {year for row in self.rows for year in row.baselines})

    @property
    def figure_years(self) -> list[int]:
        """The years of the columns of a year's figures beside a column named the baseline (Observed value 2016): the
        plan's base, whose year the table does not give, is before them."""
        return sorted({c.year for c in self.columns if c.role == "figures" and c.year})

    @property
    def named_base_years(self) -> list[int]:
        """The years of the columns whose header calls them the base (2020年基期值, Baseline (2019)): the plan's base
        year, before a later column of figures (a review's 2022年实际值)."""
        return sorted({c.year for c in self.columns if c.role == "baseline" and c.year and _BASE_HEADER.search(c.header)})

    @property
    def counts_in_minguo(self) -> bool:
        """Whether its year columns' headers count in 民國 years (基準值（112年）, 115年度目標值, 民國110年目標值): a bare
        112年 in its cells (較112年減少10%) is then of the same calendar."""
        return any(c.year and c.role in ("baseline", "target")
                   and (re.search("民[国國]", c.header) or not _YEAR.search(squeeze(c.header))
                        and _ROC_YEAR.search(squeeze(c.header))) for c in self.columns)

    @property
    def estimated_base_columns(self) -> list[tuple[int, str]]:
        """(year, header) of the baseline columns whose header calls its figures not final (2025年（预计）, 2024年快报,
        2025E): a plan drafted before its base year ended estimates that year's values."""
        return [(c.year, c.header) for c in self.columns if c.role == "baseline" and c.year
                and (any(word in c.header.casefold() for word in PRELIMINARY)
                     or re.fullmatch(r"\s*(?:19|20)\d{2}\s*[Ee]\s*", c.header))]


#: a line that is only a date (2021年11月, 2021年11月5日, 二〇二一年十一月): no caption
_DATE_LINE = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?|"
                        r"(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?")
#: a header that names the plan's base (基期值, 基线, 基准年, Baseline)
_BASE_HEADER = re.compile(r"基期|基线|基准|基数|现状|(?i:baseline)")
#: a column of the change over the period (年均增长(%), 累计增幅): a header cell, not a target's
_CHANGE_HEADER = re.compile(r"^(?:年均|年平均|累计)?(?:增长|增速|增幅|变化|下降|降幅)(?:率|幅度)?(?:[（(](?:%|％)[）)])?$")


def _header_like(text: str) -> bool:
    t = squeeze(text)
    if re.fullmatch(r"[（(][^()（）]*[)）]", t):
        t = t[1:-1]  # (a year in brackets under its column's words: （2022年）, (2017))
    return (not t or bool(_YEAR.fullmatch(t)) or any(p.search(t) for p in (_NAME, _DOMAIN, _SEQ, _UNIT, _NATURE,
                                                                               _RESPONSIBLE, _BASE, _TARGET))
            or bool(_YEAR.match(t)) and len(t) <= 12 or bool(_CHANGE_HEADER.match(t)))


def _more_header(row, header: list[str]) -> bool:
    """Whether a row below the header is a second line of it: every cell a header's words (2020年, 目标值)
    or the cell above it repeated (a header cell spanning both lines, ``备注``, as merged cells are read)."""
    return any(c.text.strip() for c in row) and all(
        _header_like(c.text) or (i < len(header) and c.text.strip() == header[i].strip() and not _YEAR.search(c.text))
        or _under_group(i, c.text, header)
        for i, c in enumerate(row)) and any(_header_like(c.text) and c.text.strip() for c in row)


def _under_group(index: int, text: str, header: list[str]) -> bool:
    """Whether ``text`` is a sub-header's words under a group cell (完成情况 over 绝对值 | 同比增长): the cell above names
    figures or targets and spans this column and the next or the one before (merged cells repeat their text), and the
    words are short, with no digit (no figure of a row)."""
    if index >= len(header) or not _group_words(header[index]):
        return False
    spans = any(0 <= other < len(header) and header[other].strip() == header[index].strip()
                for other in (index - 1, index + 1))
    words = squeeze(text)
    return spans and 0 < len(words) <= 12 and not re.search(r"\d", words)


def _group_words(text: str) -> bool:
    """Whether a header cell names what its columns hold, values or targets (完成情况, 现状值, 目标值), and no year."""
    words = squeeze(text)
    return bool(words) and bool(_BASE.search(words) or _TARGET.search(words)) and not _YEAR.search(words)


def header_role(text: str) -> str | None:
    """What a header cell names (name, domain, seq, unit, nature, responsible, baseline, target, year,
    other), or None when the text does not look like a header cell at all."""
    if not squeeze(text):
        return None
    role, _ = _role(text, None)
    return role if role != "other" or _header_like(text) else None


#: a line that may be an indicator table's header names the indicator and a year or a target; a header's two letters
#: may be spaced out to fill their cell (指 标, 指    标: a PDF's or Word's justified header, as its text gives it)
_MAY_BE_HEADER = re.compile(r"(?=.*(?:指\s*标|指\s*標|项\s*目|項\s*目|(?i:indicator|metric)))(?=.*(?:\d{4}|[〇○零一二]{4}|"
                            r"目\s*标|目\s*標|规\s*划\s*值|規\s*劃\s*值|十.五|民[国國]\s*\d|(?<!\d)1[0-3]\d\s*年|"
                            r"(?i:target)))")


def may_be_header(line: str) -> bool:
    """Whether a line has the words a header's name and year cells have: a cheap test before
    :func:`is_header`, so that a long document's sentences cost nothing."""
    return len(line) <= 300 and bool(_MAY_BE_HEADER.search(line))


def _own_header(row: tuple[Cell, ...]) -> bool:
    """Whether a headerless table's first row is a header of another table, not rows carried on: three words or
    more and no number (项目类别 / 序号 / 项目名称 / 建设年限 / 备注)."""
    filled = [cell.text for cell in row if cell.text]
    return len(filled) >= 3 and not any(re.search(r"\d", text) for text in filled)


def is_header(texts: list[str]) -> bool:
    """Whether a line's cells read as an indicator table's header, where no grid says it is a table (a
    table laid out with spaces, or drawn without ruling lines): three cells or more, one naming the
    indicator, one a year or a target, and no more than a third that name nothing a header names
    (备注, 数据来源); or just those two (指标 | 2030年目标)."""
    if not may_be_header(" ".join(texts)):
        return False
    roles = _named([header_role(text) for text in texts], texts)
    if len(roles) == 2:  # 指标 | 2030年目标: a table of two columns, where both say so
        return sorted(roles, key=str) in (["name", "target"], ["name", "year"])
    return (len(roles) >= 3 and roles.count("name") == 1 and any(r in ("year", "target") for r in roles)
            and 3 * roles.count(None) <= len(roles))


def _named(roles: list, texts: list[str]) -> list:
    """``roles`` with the indicator's category column taken for the name column where no column names
    the indicator itself (指标类别 | 2022年数据 | 2030年目标: the category column holds the indicators)."""
    if "name" in roles:
        return roles
    categories = [i for i, (role, text) in enumerate(zip(roles, texts)) if role == "domain" and "指标" in squeeze(text)]
    if len(categories) != 1:
        return roles
    return [("name" if i == categories[0] else role) for i, role in enumerate(roles)]


def _one_name(columns: list, body: list) -> None:
    """Where a merged name header (指标 over two columns) named more than one column, the column of units (岁, ‰)
    is the unit column and, of the others, all but the last the domain: the name is the one each row has its own
    of (it was the last column so named, whatever it held: every indicator named 岁 or ‰)."""
    named = [column for column in columns if column.role == "name"]
    beside = next((column for column in columns if named and column.index == named[-1].index + 1), None)
    if len(named) == 1 and beside is not None and not beside.header and beside.role in ("other", None):
        texts = [squeeze(row[beside.index].text) for row in body if beside.index < len(row)]
        words = [text for text in texts if text and not re.search(r"\d", text)]
        if words and 2 * len(words) >= len([text for text in texts if text]):  # 指标名称 | (blank): the name goes on
            beside.role = "name"
            named.append(beside)
    if len(named) < 2:
        return
    for column in named:
        cells = [squeeze(row[column.index].text) for row in body if column.index < len(row)]
        filled = [text for text in cells if text]
        if filled and all(units.is_known(text.strip("（）()")) for text in filled):
            column.role = "unit"
    named = [column for column in columns if column.role == "name"]
    if len(named) == 2 and _measures(named[0], body) and not _measures(named[1], body):
        named[0].role = "parent"  # 重点人群规范管理率 over 高血压患者 | 2型糖尿病患者: the measure, then of whom
    elif not any(column.role == "domain" for column in columns):
        for column in named[:-1]:
            column.role = "domain"


#: the end of a name that says what is measured (…管理率, …医师数, 人均预期寿命), not of whom or what part
_MEASURE_END = re.compile(r"(?:率|数|比|比例|比重|寿命|水平|人数|量|占比|指数)(?:[（(][^）)]*[）)])?$")


def _measures(column, body: list) -> bool:
    """Whether most filled cells of ``column`` name a measure (end in 率, 数, 比例 …)."""
    texts = [squeeze(row[column.index].text) for row in body if column.index < len(row)]
    filled = [text for text in texts if text]
    return bool(filled) and 2 * sum(bool(_MEASURE_END.search(text)) for text in filled) > len(filled)


def halves(table: Table) -> list[Table]:
    """The table as printed to save space, two halves side by side under one header written twice (序号 | 指标 |
    2020年 | 2025年 | 序号 | 指标 | 2020年 | 2025年), or two tables in one grid whose headers differ (指标 … | 指标名称 …,
    its unit and year columns twice): each a table of its own (read whole, the left half's figures went to the right
    half's names); any other table alone."""
    width = len(table.rows[0]) if table.rows else 0
    half = width // 2
    if width < 4 or any(len(row) != width for row in table.rows):
        return [table]
    for row in table.rows[:4]:
        texts = [squeeze(cell.text) for cell in row]
        if not width % 2 and texts[:half] == texts[half:] and any(_names(_NAME, text) for text in texts[:half]) \
                and any(_YEAR.search(text) or _TARGET.search(text) for text in texts[:half]):
            return [replace(table, rows=tuple(row[:half] for row in table.rows)),
                    replace(table, rows=tuple(row[half:] for row in table.rows))]
        # two tables' headers side by side in one grid, written apart (指标 | 单位 | 2024年 | 2030年目标 | 指标名称 | 单位 |
        # 2024年 | 2030年): split where the second begins, as many columns before its name as the first has before its own
        named = [index for index, text in enumerate(texts) if _names(_NAME, text)]
        if len(named) == 2 and 0 < named[1] - named[0] < width:
            cut = named[1] - named[0]
            dated = [any(_YEAR.search(text) or _TARGET.search(text) for text in part) for part in (texts[:cut], texts[cut:])]
            if cut > named[0] and all(dated) and side_by_side(table):
                return [replace(table, rows=tuple(row[:cut] for row in table.rows)),
                        replace(table, rows=tuple(row[cut:] for row in table.rows))]
    return [table]


def side_by_side(table: Table) -> str | None:
    """Why a table is not read: its header is two tables' side by side taken for one grid (a PDF's two ruled tables whose
    rules meet: 指标 | 单位 | 2024年 | 2030年目标 | 指标… | 单位 | 2024年 | 2030年目标, its cells run together), seen by a unit
    or name column twice and a year column of one kind twice; None for any other table. Read as one, the right table's
    units and baselines went to the left one's names and its indicators were lost, without a word."""
    start = _header_row(table)
    if start is None:
        return None
    columns = [Column(index, squeeze(cell.text), *_role(cell.text, None)) for index, cell in enumerate(table.rows[start])]
    dated = [(column.role, column.year) for column in columns if column.year]
    twice = [role for role in ("unit", "name") if sum(column.role == role for column in columns) >= 2]
    if not twice or len(dated) == len(set(dated)):
        return None
    headers = " | ".join(cell.text.strip().replace("\n", " ") for cell in table.rows[start])
    return (f"two tables side by side read as one grid (its header repeats {' and '.join(twice)} and year columns: "
            f"{headers}), {len(table.rows) - start - 1} row(s) not read: draft them by hand from the document")


def header_only(table: Table) -> bool:
    """Whether a table is an indicator table's header and nothing under it: one or two rows that read as a header
    together (指标值 over 2010年 | 2015年) — its rows stand where the reader could not join them to it (over a page
    break, in a layout it does not know)."""
    if not table.rows or len(table.rows) > 2:
        return False
    lines = [" ".join(row[at].text for row in table.rows if at < len(row)) for at in range(len(table.rows[0]))]
    return is_header(lines) or is_header([cell.text for cell in table.rows[0]])


def undated_target_column(table: Table) -> str | None:
    """The header of the target column of a table that names the indicator and its target but no year for it, in
    its header or in a column of each row's year (Indicator | National target | When): such a table was not read, and
    the draft says so rather than lose its targets without a word. None for any other table."""
    start = _header_row(table)
    if start is None:
        return None
    texts = [cell.text for cell in table.rows[start]]
    roles = [_role(text, None) for text in texts]
    if "name" not in _named([role for role, _ in roles], texts) or any(year for _, year in roles):
        return None
    return next((" ".join(text.split()) for text, (role, _) in zip(texts, roles) if role == "target"), None)


def _header_row(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:4]):
        texts = [squeeze(c.text) for c in row]
        named = any(_names(_NAME, c.text) for c in row) or "name" in _named([header_role(c.text) for c in row], texts)
        if named and any(_YEAR.search(t) or _TARGET.search(t) or _ROC_YEAR.search(t) for t in texts):
            return index
    for index, row in enumerate(table.rows[:4]):  # the years in a second header row ("指标值" over 2020 | 2025)
        if any(_names(_NAME, c.text) for c in row) and index + 1 < len(table.rows) and \
                any(_YEAR.match(squeeze(c.text)) for c in table.rows[index + 1]):
            return index
    return None


def _over(upper: str, lower: str) -> str:
    """A header cell from its two lines: the lower where it has words, but a year above words without one
    stays (2025年 over 目标值 is 2025年目标值, not a target column with no year)."""
    if not lower.strip():
        return upper
    if upper.strip() and _YEAR.search(squeeze(upper)) and not _YEAR.search(squeeze(lower)) and upper != lower:
        return upper + lower
    if upper.strip() and not _YEAR.search(squeeze(upper)) and re.fullmatch(r"[（(]\s*(?:19|20)\d{2}\s*年?\s*[)）]",
                                                                          squeeze(lower)):
        return upper + lower  # 目标值 over （2022年）: 目标值（2022年）, the year its column is of
    if _base_group(upper) and _YEAR.fullmatch(squeeze(lower)):
        return lower + upper  # 现状值 over 2024年: 2024年现状值, the base whatever the document's date
    if upper != lower and _group_words(upper) and not _YEAR.search(squeeze(lower)) and not _header_like(lower):
        return upper + lower  # 完成情况 over 绝对值 | 同比增长: 完成情况绝对值, 完成情况同比增长 (the group says what they are)
    return lower


def _base_group(text: str) -> bool:
    """Whether a header cell names figures as they stand (现状值, 基期, 基准值, 完成情况) and no year or target: a group cell
    over year columns that makes each a baseline (read as the year alone, the document's own year became a target)."""
    words = squeeze(text)
    return bool(words) and bool(_BASE.search(words)) and not _TARGET.search(words) and not _YEAR.search(words)


def _names(regex: re.Pattern, header: str) -> bool:
    """Whether a header cell is what ``regex`` names, written without spaces (Chinese) or with single
    spaces (English: ``Indicator Type``)."""
    return bool(regex.match(squeeze(header)) or regex.match(" ".join(unicodedata.normalize("NFKC", header).split())))


def _role(header: str, document_year: int | None) -> tuple[str, int | None]:
    t = squeeze(header)
    if _ROW_YEAR.fullmatch(t) or _ROW_BASE_YEAR.fullmatch(t):
        return "other", None  # the year of each row's target or baseline (Target year, 基期年份): no figures
    if _names(_NAME, header):
        return "name", None
    if _names(_DOMAIN, header):
        return "domain", None
    if _names(_SEQ, header):
        return "seq", None
    if _names(_UNIT, header):
        return "unit", None
    if _names(_NATURE, header):
        return "nature", None
    if _RESPONSIBLE.search(t):
        return "responsible", None
    fiscal = _FISCAL.search(t)
    year = fiscal or _YEAR.search(t) or _PERIOD.search(t) or _ROC_YEAR.search(t)
    if year:
        value = int(year.group(1)) if year.re is _YEAR else _PERIODS[year.group(1)] if year.re is _PERIOD \
            else int(year.group(1) or year.group(2)) + 1911 if year.re is _ROC_YEAR \
            else int(year.group(1)[:2] + year.group(2))  # 2025/26 ends in 2026
        if year.re is _YEAR and _note_year(header, t, year):
            return "other", None  # (数据来源（2019）, GB 3095-2012, c1900: a note's or a code's year, kept as a column)
        rest = t.replace(year.group(0), "")
        if _OTHER_LEVEL.search(rest) or re.search(r"年均|增长|累计|变化|增幅", rest) \
                or re.search(r"^(?:较|比|与|同)|(?:增减|提高|降低|增加|减少|下降|上升|提升|降幅|升幅)$", rest):
            return "other", None  # (较2025年增减, 2030年比2025年增加: a change from the year, never its value)
        if _BASE.search(rest):
            return "baseline", value
        if _TARGET.search(rest):  # a target of a year before the document: the last plan's (“十三五” 2020年规划目标)
            return ("other", None) if document_year is not None and value < document_year else ("target", value)
        if document_year is not None:
            return ("baseline" if value < document_year else "target"), value
        return "year", value  # decided below, from all the year columns
    if _OTHER_LEVEL.search(t):  # 全国基线, 全省平均: another region's figure, kept as a column
        return "other", None
    if _TARGET.search(t) and not _BASE.search(t):
        return "target", None
    if _BASE.search(t) and not _CHANGE_WORDS.search(t):  # (完成情况同比增长: a change on the year before, kept as a column)
        return "baseline", None
    return "other", None


def _note_year(header: str, squeezed: str, year: re.Match) -> bool:
    """Whether the year a header holds is no year of its column's figures: glued to letters or digits, or part of a
    code (``c1900``, ``GB 3095-2012``: looked for in the header as written, spaces kept, so that ``Target 2025`` is a
    year), or inside brackets beside a note's words (``数据来源（2019）``, ``数据来源（2019年版统计制度）``; but
    ``目标值（2022年）``, ``Mid Term (2015)``, ``近期（2025年）``, ``（2022年）`` are years of their columns)."""
    written = unicodedata.normalize("NFKC", header)
    places = [found.start() for found in re.finditer(rf"{year.group(1)}(?!\d)", written)]
    if places and all(_GLUED_YEAR.match(written, place) for place in places):
        return True
    start = year.start()
    opened = max(squeezed.rfind("（", 0, start), squeezed.rfind("(", 0, start))
    if opened < 0 or max(squeezed.rfind("）", opened, start), squeezed.rfind(")", opened, start)) >= 0:
        return False  # (not inside brackets)
    closes = [at for at in (squeezed.find("）", start), squeezed.find(")", start)) if at >= 0]
    outside = squeezed[:opened] + (squeezed[min(closes) + 1:] if closes else "")
    return bool(_YEAR_NOTE.search(outside))


#: the words of a change over a year before (同比增长, 比上年增长, 增幅): a column of changes, never a level's baseline
_CHANGE_WORDS = re.compile(r"同比|比上年|较上年|增长|增速|增幅|增减|降幅|(?i:change|growth)")


#: a caption that names the table's figures targets (表2 主要指标年度目标), and one that names them results
_TARGET_CAPTION = re.compile(r"目标|规划值|预期值|(?i:targets?)")
_RESULT_CAPTION = re.compile(r"完成|实际|进展|统计|监测|评估|(?i:progress|results?|actual)")
#: a cell that bounds a value (≤12, 95%以上, 79左右): a target's words, never a year's figure
_BOUND_CELL = re.compile(r"^\s*[≤≥<>＜＞]|(?:以上|以下|以内|左右|不低于|不高于|不超过)\s*$")


def _yearly_targets(table: Table, body_start: int, columns: list[Column]) -> bool:
    """Whether a table of year columns sets a target for each year, not a year's figures: its caption names
    targets and no results (…年度目标, not …目标完成情况), or its year cells bound values (≤12, 95%以上)."""
    caption = squeeze(table.caption or "")
    if caption and _TARGET_CAPTION.search(caption) and not _RESULT_CAPTION.search(caption):
        return True
    years = [c.index for c in columns if c.year]
    cells = [row[i].text for row in table.rows[body_start:] for i in years if i < len(row) and row[i].text.strip()]
    return bool(cells) and sum(bool(_BOUND_CELL.search(text)) for text in cells) * 2 >= len(cells)


def yearly_series(table: Table) -> bool:
    """Whether a table is a statistical series of yearly figures (see :func:`_yearly_series`)."""
    start = _header_row(table)
    if start is None:
        return False
    return _yearly_series([Column(index, squeeze(cell.text), *_role(cell.text, None))
                           for index, cell in enumerate(table.rows[start])])


def _yearly_series(columns: list[Column]) -> bool:
    """Whether the columns are a run of four or more consecutive years headed by the years alone, and no
    header names a target: a statistical table of yearly figures (2014年 … 2022年), data, not targets."""
    years = sorted(c.year for c in columns if c.year and not _TARGET.search(c.header) and not _BASE.search(c.header))
    return len(years) >= 4 and all(b - a == 1 for a, b in zip(years, years[1:])) \
        and not any(_TARGET.search(c.header) for c in columns)


#: a year column's words that name an interim target (Mid Term (2015), 中期目标; not a mid-term review's figures)
_INTERIM = re.compile(r"(?i)^(?:mid-?term|interim|milestone|中期)(?:target|目标)?\W*(?:19|20)\d\d\W*$|"
                      r"^(?:19|20)\d\d\W*(?:mid-?term|interim|milestone|中期)(?:target|目标)?\W*$")


def find(table: Table, document_year: int | None = None, last_target_year: int | None = None,
         continues: IndicatorTable | None = None, after: str | None = None) -> IndicatorTable | None:
    """The table read as an indicator table, or None when it holds no targets. ``continues``: the
    indicator table just before it, whose columns a table with no header of its own and as many
    columns carries on (a table broken across pages); ``after``: the line just below it, where a note may
    give the unit of all its figures (注：表中指标数值单位均为%)."""
    flipped = _transposed(table)
    if flipped is not None:  # 年份 | 人均预期寿命（岁） | …, a row a year: read with its rows as columns
        found = find(flipped, document_year, last_target_year, after=after)
        if found is not None:
            found.notes.append("the table runs its years down the rows and its indicators across: read turned")
        return found
    if side_by_side(table):
        return None  # (listed as not read where the draft is made)
    start = _header_row(table)
    if start is None:
        if continues is None or not table.rows or _own_header(table.rows[0]):
            return None  # no table before it to carry on, or a header of its own (序号, 项目名称 … of a list of projects)
        missing = len(continues.columns) - len(table.rows[0])
        # the page's rows without the domain column whose merged cell began on the page before: the cells it lacks
        # are at the row's start (as a row under a merged cell is read)
        if missing < 0 or any(column.role != "domain" for column in continues.columns[:missing]):
            return None
        notes = [f"rows carried on from the table at line {continues.header_line} (no header of their own)"]
        if missing:
            notes.append("the carried rows lack the domain column (its merged cell began on the page before): their "
                         "domain is the last one above — check it")
        return _rows(table, 0, continues.columns, continues.header_line, notes,
                     continues.rows[-1].domain if continues.rows else None, continues.header_units, after)
    header = [c.text for c in table.rows[start]]
    body_start = start + 1
    while body_start < len(table.rows) and _more_header(table.rows[body_start], header):
        more = [c.text for c in table.rows[body_start]]
        if len(header) < len(more):  # a flattened header: the group cell (指标值) spanned the years below it
            group = next((i for i, text in enumerate(header) if _TARGET.search(squeeze(text))
                          and not _YEAR.search(squeeze(text))), None)
            if group is not None:
                header = header[:group] + [header[group]] * (len(more) - len(header) + 1) + header[group + 1:]
        width = max(len(header), len(more))
        header = [_over(header[i] if i < len(header) else "", more[i] if i < len(more) else "") for i in range(width)]
        body_start += 1
    notes: list[str] = []
    if any(_FISCAL.search(squeeze(text)) for text in header):
        notes.append("fiscal-year columns (2025/26) are dated by the year they end in (2026): check the target years")
    columns = []
    for index, text in enumerate(header):
        role, year = _role(text, document_year)
        columns.append(Column(index, squeeze(text), role, year, " ".join(unicodedata.normalize("NFKC", text).split())))
    for column, role in zip(columns, _named([c.role for c in columns], header)):
        column.role = role
    _one_name(columns, table.rows[body_start:])
    back = _looked_back_year(table.caption, columns)
    if back is not None:
        notes += _date_looked_back(columns, back, document_year, table.caption or "")
    if _yearly_series(columns) and not any(_TARGET.search(squeeze(cell.text))  # a group cell 年度目标 above the years
                                           for row in table.rows[start:body_start] for cell in row):
        if not _yearly_targets(table, body_start, columns):
            return None
        for column in columns:  # 表2 …年度目标 over 2021年 … 2025年: a target for each year
            if column.role in ("year", "baseline") and column.year:
                column.role = "target"
        notes.append("a target for each year (the caption or the cells' comparators say so): check the years")
    if document_year is not None:
        current = _current_year_as_baseline(columns, document_year)
        if current:
            notes.append(f"the {current} column, of the document's own year, stands before the columns named as "
                         "targets: read as the baseline (the year's figure the plan starts from)")
    undecided = [c for c in columns if c.role == "year"]
    named_targets = [c.year for c in columns if c.role == "target" and c.year]
    named_bases = [c.year for c in columns if c.role == "baseline" and c.year]
    if undecided:  # no document year: the earliest year is the baseline, the others targets
        first = min(c.year for c in undecided)
        for column in undecided:  # a year before a column named as the target ("十三五末 | 十四五末目标") too,
            # unless it is named a mid-term one after a column named as the baseline (Baseline (2012) | Mid Term
            # (2015) | Target (2017); not Current (2015), Status, Mid-term review: measured values)
            before_target = bool(named_targets) and column.year < min(named_targets) \
                and not (named_bases and column.year > max(named_bases) and _INTERIM.search(column.header))
            # a year beside a target column of no year (指标 | 2020年 | 目标值): the year's figure, the targets the other's
            beside_target = any(c.role == "target" and c.year is None for c in columns)
            column.role = "baseline" if before_target or beside_target or (column.year == first and len(undecided) > 1
                                                                           and not named_bases) else "target"
        notes.append("which year columns are baselines and which targets was guessed (no date in the document)")
    notes += _figures_beside_base(columns)
    by_row = next((c for c in columns if c.role == "other" and _ROW_YEAR.fullmatch(c.header)), None)
    if by_row is not None and any(c.role == "name" for c in columns) \
            and any(c.role == "target" and c.year is None for c in columns):
        by_row.role = "row_year"  # 指标 | 年份 | 目标值: each row's target is for the year in its own 年份 cell
    _base_year_in_brackets(columns, table.rows[body_start:])
    for column in columns:  # … | Baseline | Baseline year |: each row's baseline is of its own year (a target year
        # column or none: Indicator | Baseline | Baseline Year | Target)
        if column.role == "other" and _ROW_BASE_YEAR.fullmatch(column.header) \
                and any(c.role == "baseline" and c.year is None for c in columns):
            column.role = "row_base_year"
    if by_row is not None and by_row.role == "row_year":
        return _rows(table, body_start, columns, table.rows[start][0].line if table.rows[start] else table.line, notes,
                     header_units=_header_units(table.rows[start:body_start], columns), after=after)
    for column in columns:  # Target | 2020: 100% of all vaccine doses: each cell dated by its own year
        body = [squeeze(row[column.index].text) for row in table.rows[body_start:] if column.index < len(row)]
        filled = [text for text in body if text and not _empty(text)]
        # (2020: 100% …; or 2025年≤12；2030年≤10, a target for each year the cell leads with)
        dated = [text for text in filled if _DATED.match(text) or _year_parts(text, least=1)]
        if column.role == "target" and column.year is None and dated and 2 * len(dated) >= len(filled):
            column.role = "dated_target"
            undated = len(filled) - len(dated)
            notes.append(f"the target column {column.header!r} dates its cells (2020: …): each target is for its year"
                         + (f"; {undated} cell(s) name no year and are left out: add them by hand if they are targets"
                            if undated else ""))
    for column in columns:
        if column.role == "target" and column.year is None:
            column.year = last_target_year
            notes.append(f"the target column {column.header!r} names no year: "
                         + (f"taken for {last_target_year}" if last_target_year else "no year found"))
    if not any(c.role == "name" for c in columns) or not any(c.role == "target" and c.year or c.role == "dated_target"
                                                             for c in columns):
        return None
    carried = _domain_over_break(table, body_start, columns, continues)
    run_on = _value_run_on(table, body_start, columns, continues)
    if run_on and continues is not None:
        continues.notes += run_on
    labelled = _label_past_break(table, body_start, columns, continues)
    if labelled and continues is not None:
        continues.notes.append(labelled)
    found = _rows(table, body_start, columns, table.rows[start][0].line if table.rows[start] else table.line, notes,
                  carried, _header_units(table.rows[start:body_start], columns), after)
    if found is not None and carried is not None:
        taken = next((at for at, row in enumerate(found.rows) if row.domain != carried), len(found.rows))
        if taken:
            found.notes.append(f"the table repeats the header of the table at line {continues.header_line} over a page "
                               f"break: its first {taken} row(s) take the domain {carried} from above the break")
    if found is not None and back is not None and any(c.role == "target" and c.year == back for c in columns):
        for row in found.rows:  # a look-back table's targets kept (no date says they are past): each says so
            if back in row.targets:
                row.target_notes[back] = "; ".join(filter(None, (
                    row.target_notes.get(back), f"from a table of {back}'s results ({(table.caption or '').strip()}): "
                                                "most likely that year's target, looked back on — check it is this "
                                                "plan's")))
    return found


def _base_year_in_brackets(columns: list[Column], body: list) -> None:
    """``Baseline (year)`` beside a ``Baseline`` column: where its filled cells are all bare years (2015, 2014-18), it
    is the column of each row's base year, not a second base value (its years were read as the base, and the direction
    guessed from a year). A lone ``Baseline (year)`` whose cells say ``143 (2019)`` stays the base (round 39)."""
    valued = [c for c in columns if c.role == "baseline" and c.year is None]
    if len(valued) < 2:
        return
    for column in valued:
        bracketed = _HEADER_BRACKETS.findall(column.header)
        if not bracketed or not all(_YEAR_IN_BRACKETS.fullmatch(words.strip()) for words in bracketed):
            continue
        cells = [" ".join(unicodedata.normalize("NFKC", row[column.index].text).split())
                 for row in body if column.index < len(row)]
        filled = [text for text in cells if text and not _empty(text)]
        if filled and all(_YEAR_CELL.fullmatch(text) for text in filled):
            column.role = "row_base_year"
            return


#: a cell that is a year alone (2015, 2015年, FY2015, 2014-18, 2012/13): a base-year column's, never a value's
_YEAR_CELL = re.compile(r"(?:fy\s*)?(?:19|20)\d{2}\s*年?(?:\s*[/–—-]\s*(?:\d{2}|(?:19|20)\d{2}))?", re.I)


def _figures_beside_base(columns: list[Column]) -> list[str]:
    """Where a column of no year calls itself the plan's base (Baseline value, 基线值), a year column that does not
    (Observed value 2016, 2016, 2020年实际) holds a year's figures, not the base: kept as a column (role ``figures``), never
    put in the base's place (progress was measured from it, and the stated base was lost). The notes that say so."""
    if not any(c.role == "baseline" and c.year is None and _BASE_HEADER.search(c.header) for c in columns):
        return []
    notes = []
    for column in columns:
        if column.role == "baseline" and column.year and not _BASE_HEADER.search(column.header):
            column.role = "figures"
            notes.append(f"the {column.shown} column is a year's figures beside the column named the baseline: "
                         "kept under columns, not read as the baseline")
    return notes


def _over_break(table: Table, body_start: int, columns: list[Column], continues: IndicatorTable | None) -> bool:
    """Whether the table carries on ``continues`` over a page break under its header printed again (a browser repeats
    a <thead>, Word a heading row): the same header, its rows on a later page than the rows above."""
    if continues is None or not continues.rows or body_start >= len(table.rows):
        return False
    above = continues.table.rows[-1][0].page if continues.table.rows[-1] else None
    below = table.rows[body_start][0].page if table.rows[body_start] else None
    if above is None or below is None or below <= above:
        return False  # (a Word or web page has no page break between two tables: two tables, each its own)
    return [column.header for column in columns] == [column.header for column in continues.columns]


def _domain_over_break(table: Table, body_start: int, columns: list[Column],
                       continues: IndicatorTable | None) -> str | None:
    """The domain the rows at the top of a page carry on from the table before the break, where the page repeats its
    header (a browser repeats a <thead>): the last row's domain above, as a group row's domain (二、健康生活 across the
    table) carries down within a page; None where the table is no such continuation (another header, or no break)."""
    if not _over_break(table, body_start, columns, continues) or continues.rows[-1].domain is None:
        return None
    return continues.rows[-1].domain


def _value_run_on(table: Table, body_start: int, columns: list[Column], continues: IndicatorTable | None) -> list[str]:
    """Join the rest of a value cell the page break split (Word breaks a tall row: ``比2019年提高`` at one page's foot,
    ``10%`` under the header printed again on the next) to the last row above the break: the first row under the
    header that has no name and no 序号 of its own, only figures in the base or target columns, cannot be a row of its
    own. Each joined cell is noted on its row; the notes for the table are returned (none where nothing was joined)."""
    if not _over_break(table, body_start, columns, continues):
        return []
    headers = {column.header for column in columns if column.header}
    at = body_start
    while at < len(table.rows) and _repeats_header(table.rows[at], headers):
        at += 1
    if at >= len(table.rows):
        return []
    cells = table.rows[at]
    own = {c.role: cells[c.index].text.strip() for c in columns if c.index < len(cells) and c.role in ("name", "seq")}
    values = [(c, cells[c.index]) for c in columns if c.index < len(cells) and cells[c.index].text.strip()
              and c.role in ("target", "baseline")]
    if any(own.values()) or not values:
        return []
    row = continues.rows[-1]
    joined = []
    for column, cell in values:
        year = column.year
        kept = row.targets if column.role == "target" else row.baselines
        if year is None or (column.role == "target" and year in kept and kept[year].text.strip()
                            and _empty(kept[year].text)):
            continue  # (a dash above the break is no cell to run on)
        before = kept.get(year)
        text = cell.text.strip() if before is None else _run_on(before.text.strip(), cell.text.strip())
        kept[year] = Cell(text, before.line if before else cell.line, before.page if before else cell.page)
        if column.role == "target":
            note = (f"the cell runs on over the page break (page {before.page if before else '?'} → {cell.page}): "
                    f"{before.text.strip() if before else ''!r} and {cell.text.strip()!r} joined — check it")
            row.target_notes[year] = "; ".join(filter(None, (row.target_notes.get(year), note)))
        joined.append(f"{column.header} {cell.text.strip()!r}")
    if not joined:
        return []
    return [f"the row at line {row.line} runs on over the page break: its rest under the header printed again "
            f"({', '.join(joined)}) joined to it"]


def _label_past_break(table: Table, body_start: int, columns: list[Column],
                      continues: IndicatorTable | None) -> str | None:
    """Give the rows at the foot of the page before that stand under a 领域 cell begun empty (``domain_unprinted``: a
    group row 结果性指标 where a new merged cell starts) the label that cell prints on this page, where the table
    carries on under its header printed again and its first row's domain cell has a label. The note for the table,
    or None."""
    if not _over_break(table, body_start, columns, continues):
        return None
    domain_column = next((c.index for c in columns if c.role == "domain"), None)
    headers = {column.header for column in columns if column.header}
    first = next((row for row in table.rows[body_start:] if not _repeats_header(row, headers)), None)
    if domain_column is None or first is None or domain_column >= len(first) or not first[domain_column].text.strip():
        return None
    label = first[domain_column].text.strip()
    rows = []
    for row in reversed(continues.rows):
        if not row.domain_unprinted:
            break
        rows.append(row)
    for row in rows:
        row.domain, row.domain_unprinted = label, False
        row.notes = [note for note in row.notes if not note.startswith("no 领域 label beside this row")]
        row.notes.append(f"domain {label}: the 领域 cell begins empty beside this row and prints its label past the "
                         "page break — check it")
    if not rows:
        return None
    return (f"{len(rows)} row(s) at the foot of the page stand under a 领域 cell whose label ({label}) is printed past "
            "the page break: given it")


def _run_on(before: str, after: str) -> str:
    """Two pieces of one cell, as one: no space between Chinese and figures (比2019年提高 + 10%), one between words."""
    return f"{before} {after}" if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() \
        and after[:1].isalpha() else before + after


#: a caption of a table that reports a year's results (表1：2022年某区主要指标完成情况, 2022年计划执行情况)
_LOOK_BACK_CAPTION = re.compile(r"完成情况|执行情况|实施情况|进展情况|完成值|(?i:\bprogress\b|\bresults\b|\bachieved\b)")


def _looked_back_year(caption: str | None, columns: list[Column]) -> int | None:
    """The one year a look-back table's caption reports on (2022 in 表1：2022年…主要指标完成情况), where the table has columns
    of no year of their own that it dates (完成情况, 年度目标); None for any other table."""
    words = squeeze(caption or "")
    years = {int(year) for year in _YEAR.findall(words)}
    if len(years) != 1 or not _LOOK_BACK_CAPTION.search(words):
        return None
    if not any(c.role in ("target", "baseline") and c.year is None for c in columns):
        return None
    return years.pop()


def _date_looked_back(columns: list[Column], year: int, document_year: int | None, caption: str) -> list[str]:
    """Date a look-back table's columns of no year by its caption's ``year``: its results (完成情况) are that year's
    figures, its targets (年度目标) that year's — the last plan's, kept as a column, where the document is of a later
    year (a report dated 2023 on 2022: they were drafted as 2023's targets, the results under a guessed base year)."""
    notes = []
    for column in columns:
        if column.year is not None or column.role not in ("target", "baseline"):
            continue
        column.year = year
        if column.role == "target" and document_year is not None and year < document_year:
            column.role = "other"
            notes.append(f"the {column.header} column is {year}'s, the year the caption reports on ({caption.strip()}): "
                         f"the targets of a year before the document's {document_year}, kept under columns, not drafted")
        elif column.role == "target":
            notes.append(f"the {column.header} column is dated by the caption ({caption.strip()}), a table of "
                         f"{year}'s results: check that its targets are this plan's")
    return notes


def looked_back(table: Table, document_year: int | None) -> str | None:
    """Why an indicator table of a look-back (its caption reports a year's results) drafted no target: its targets are
    of a year before the document; None for any other table."""
    start = _header_row(table)
    if start is None or document_year is None:
        return None
    columns = [Column(index, squeeze(cell.text), *_role(cell.text, None)) for index, cell in enumerate(table.rows[start])]
    year = _looked_back_year(table.caption, columns)
    if year is None or year >= document_year:
        return None
    return f"{year}'s results and targets (its caption: {(table.caption or '').strip()}), before the document"


def _current_year_as_baseline(columns: list[Column], document_year: int) -> str | None:
    """A column headed by the document's own year alone, before a later column named as the target (指标 | 2024年 |
    2027年目标 | 2030年目标 in a plan dated 2024年12月), is the figure the plan starts from: made a baseline, not a
    target for the year the plan was issued in. Its header, or None."""
    if any(c.role == "baseline" for c in columns):
        return None  # 2022年基线 | 2023年 | 2024年 | 2025年目标: the base is given, the years are each a year's target
    named = [c.year for c in columns if c.role == "target" and c.year and _TARGET.search(c.header)]
    for column in columns:
        later = [c for c in columns if c.year and c.year > (column.year or 0) and c.role in ("target", "year")]
        if column.role == "target" and column.year == document_year and not _TARGET.search(column.header) \
                and any(year > column.year for year in named) \
                and all(_TARGET.search(c.header) for c in later):  # (not 2023年 | 2024年 | 2025年目标: years' targets)
            column.role = "baseline"
            return column.header
    return None


#: a target cell that names its own year before what is to be reached (2020: all districts in all countries)
_DATED = re.compile(r"^(?:by\s+|到|至)?((?:19|20)\d{2})\s*年?\s*[:：]\s*(?P<target>\S.*)$", re.I)


#: a cell of a dated target column led by its year and a comma (2030年前,80%…): that year's target
_YEAR_LED = re.compile(r"^(?:到|至)?((?:19|20)\d{2})\s*年(?:年?[底末])?(?:前|以前|之前)?\s*[,，]\s*(?P<target>\S.*)$")


def _repeats_header(row, headers: set[str]) -> bool:
    """Whether a row repeats a table's header on a new page: a cell is one of the header's cells, and no other cell
    holds a figure (a year heading aside)."""
    texts = [squeeze(cell.text) for cell in row if cell.text.strip()]
    return bool(texts) and any(text in headers for text in texts) \
        and all(text in headers or not re.search(r"\d", text) or _YEAR.fullmatch(text) for text in texts)


def _column_numbers(cells: list[Cell]) -> bool:
    """Whether a row numbers the table's columns (1, 2, 3 … or (1), (2) …, one a cell, in order), as forms print
    below their header."""
    numbers = [re.sub(r"^[（(]?(\d{1,2})[)）]?$", r"\1", squeeze(c.text)) for c in cells]
    return len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _rows(table: Table, body_start: int, columns: list[Column], header_line: int, notes: list[str],
          domain: str | None = None, header_units: list[tuple[str, str]] = (), after: str | None = None
          ) -> IndicatorTable | None:
    width = len(columns)
    rows: list[Row] = []
    row_notes = dict(table.row_notes)
    headers = {column.header for column in columns if column.header}
    # the units the table gives all its rows (unit, where it says so): its year columns' headers, the line above it,
    # a note below it or in its last row; and the unit a row of its own (单位：万人 across the table) gives the rows below
    given = list(header_units)
    stated = _stated_unit(table.caption)
    if stated:
        given.append((stated, f"the line above the table ({table.caption.strip()})"))
    # (only a note: a bare 单位：% under a table is as likely the next one's, written above it)
    noted = noted_unit(after) if after and NOTE_OPENING.match(squeeze(after)) else None
    if noted:
        given.append((noted, f"the note under the table ({after.strip()})"))
    below: tuple[str, str] | None = None  # the unit of a unit row above, and where
    filled_down = 0  # how many rows one under the other gave the domain cell the same label (a merged cell filled down)
    unprinted = False  # the rows are under a 领域 cell that begins empty (its label printed further down)
    under: dict[int, tuple[str, str] | None] = {}  # id of a row → the unit row above it (unit, where), if any
    for at, cells in enumerate(table.rows[body_start:], body_start):
        if _repeats_header(cells, headers):
            continue  # the header a new page repeats (a PDF's two pages read as one table)
        cells = list(cells)
        if len(cells) < width:  # cells merged from above are missing at the row's start
            line = cells[0].line if cells else table.line
            cells = [Cell("", line)] * (width - len(cells)) + cells
        by_role = {c.role: cells[c.index] for c in columns if c.index < len(cells) and c.role in
                   ("name", "domain", "unit", "nature", "responsible", "parent")}
        parent = by_role.pop("parent", None)
        if parent is not None and parent.text.strip():
            sub = by_role.get("name")
            if sub is None or not sub.text.strip() or squeeze(sub.text) == squeeze(parent.text):
                by_role["name"] = parent  # a row of one name across both cells
            else:  # 重点人群规范管理率 | 高血压患者: the measure, of whom in brackets
                by_role["name"] = Cell(f"{parent.text.strip()}（{sub.text.strip()}）", sub.line, sub.page)
                row_notes.setdefault(at, f"named from two cells ({parent.text.strip()} | {sub.text.strip()}): "
                                         "check the name")
        filled = [c for c in cells if c.text.strip()]
        if _column_numbers(cells):
            continue  # "| 1 | 2 | 3 | 4 |" under the header: the columns numbered, no indicator
        if filled and len({squeeze(cell.text) for cell in filled}) == 1 and _UNIT_ROW.match(squeeze(filled[0].text)):
            # 单位：万人 across the table (or （单位：%）): the unit of the rows below, never their domain
            unit_row = noted_unit(filled[0].text)
            below = (unit_row, f"the row {filled[0].text.strip()!r} at line {filled[0].line}") if unit_row else None
            if unit_row is None:
                notes.append(f"the row {filled[0].text.strip()!r} at line {filled[0].line} names no one unit the "
                             "rules know: the rows below it take none from it — give each its unit")
            continue
        own_domain = by_role["domain"].text.strip() if "domain" in by_role else ""
        if _kind_row(filled, by_role.get("domain")):
            # 结果性指标 across the row: a kind of indicator, never a domain. Where the domain column fills its label
            # down (a merged cell) and this row's cell is empty, a new 领域 cell begins here whose label is printed
            # further down (on the next page, where the cell runs on): the rows under it are not the domain's above
            if own_domain:
                domain = own_domain
            elif "domain" in by_role and domain is not None and filled_down >= 2:
                domain, unprinted = None, True
            filled_down = filled_down + 1 if own_domain and own_domain == domain else 0
            continue
        if _domain_row(filled, by_role.get("name")):
            domain = GROUP_NUMBER.sub("", filled[0].text.strip())  # a row that only names a domain (一、健康水平)
            unprinted, filled_down = False, 0
            continue
        if _across(filled, by_role.get("domain"), by_role.get("name")):
            # one cell across the name and value columns beside the merged 领域 (说明：… in a Word table, its text in
            # every column it spans): a note or a group's words, never an indicator with its words as targets
            continue
        if own_domain:
            filled_down = filled_down + 1 if own_domain == domain else 1
            domain, unprinted = own_domain, False
        elif "domain" in by_role:
            filled_down = 0
        name_cell = by_role.get("name")
        row_year, row_year_note = _row_year(columns, cells)
        base_year, base_year_note = _row_year(columns, cells, "row_base_year")
        if (name_cell is None or not name_cell.text.strip()) and row_year is not None and rows:
            _more_years(rows[-1], columns, cells, row_year)  # a name cell merged from the row above: its next year
            continue
        if name_cell is not None and ROW_NOTE.match(name_cell.text.strip()):
            noted_here = noted_unit(name_cell.text)  # (注：表中指标数值单位均为%。 in the table's last row)
            if noted_here:
                given.append((noted_here, f"the note in the table ({name_cell.text.strip()})"))
            continue  # (注：带*的为本市自设指标…, a note across the table's last row: no indicator)
        if name_cell is None or not name_cell.text.strip():
            continue
        written = name_cell.text.strip()
        name, unit, notes_row = _name(written)
        # 婴儿死亡率<sup>①</sup>: a mark set raised, which the reader took out of the name, noted as a plain ① is
        notes_row += [f"footnote mark {mark} on the name (set raised)" for mark in name_cell.marks]
        if "unit" in by_role and by_role["unit"].text.strip() and not _empty(by_role["unit"].text):
            unit = by_role["unit"].text.strip()  # (a unit cell of — or / is none: the name's brackets may give it)
        nature = by_role["nature"].text.strip() if "nature" in by_role else None
        row = Row(name=name, written=written, line=name_cell.line, unit=unit, domain=domain,
                  nature=vocabulary.nature(nature, column=True) if nature else None,
                  responsible=(by_role["responsible"].text.strip() or None) if "responsible" in by_role else None,
                  notes=notes_row, placement=row_notes.get(at), domain_unprinted=unprinted)
        if unprinted:
            row.notes.append("no 领域 label beside this row: its merged cell begins empty here (the label is printed "
                             "further on, most likely past the page break) — domain left empty, give it")
        for column in columns:
            if column.index >= len(cells):
                continue
            cell = cells[column.index]
            year = column.year or (row_year if column.role == "target" else None)
            parts = _year_parts(cell.text, least=1) if column.role == "dated_target" else None
            dated = _DATED.match(cell.text.strip()) if column.role == "dated_target" and not parts else None
            if parts:  # "2020年:50%；2030年:90%", "2025年≤12；2030年≤10": a target for each year the cell names
                for part_year, words in parts:
                    row.targets[part_year] = Cell(words, cell.line, cell.page)
            elif dated:  # "2020: 100% of all vaccine doses": the target after its own year, as written
                row.targets[int(dated.group(1))] = Cell(dated.group("target"), cell.line, cell.page)
            elif column.role == "dated_target" and (led := _YEAR_LED.match(cell.text.strip())):
                # "2030年前,80%適合治療的…患者獲治療": the year, then the words (the grammar says if it reads them)
                row.targets[int(led.group(1))] = Cell(led.group("target"), cell.line, cell.page)
            elif column.role == "dated_target" and not _empty(cell.text):
                row.notes.append(f"the {column.header} cell {cell.text.strip()!r} names no year: not drafted — "
                                 "give it its year")
            elif column.role == "target" and year and cell.text.strip() and year in row.targets \
                    and not _empty(row.targets[year].text):
                # 2025年基本目标 | 2025年力争目标: the first column's target, the other's said (not put over it)
                other = f"the {column.header} column gives {cell.text.strip()!r} for {year} too: check which is the target"
                row.target_notes[year] = "; ".join(filter(None, (row.target_notes.get(year), other)))
            elif column.role == "target" and year and cell.text.strip():
                row.targets[year] = Cell(cell.text.strip(), cell.line, cell.page)
                if _empty(cell.text):
                    row.target_notes[year] = (f"the {column.header} cell is only {cell.text.strip()!r}: "
                                              "most likely no target for that year — check the document")
            elif column.role == "baseline" and (column.year or base_year) and not _empty(cell.text):
                row.baselines[column.year or base_year] = cell
            elif column.role == "baseline" and not _empty(cell.text) and row.undated_baseline is None:
                row.undated_baseline = (column.shown, cell)
            elif column.role == "baseline" and not _empty(cell.text) and column.header:
                row.columns[column.shown] = cell.text.strip()  # a second base column of no year: kept, not dropped
            elif column.role == "figures":
                row.columns[column.shown] = cell.text.strip()  # Observed value 2016 beside Baseline value: kept
            elif column.role in ("other", "nature", "responsible") and column.header:
                row.columns[column.shown] = cell.text.strip()
        if base_year_note:
            row.notes.append(base_year_note)
        if row_year_note and row_year is not None and row_year in row.targets:
            row.target_notes[row_year] = "; ".join(filter(None, (row.target_notes.get(row_year), row_year_note)))
        elif row_year_note and row_year is None and not any(c.role == "target" and c.year for c in columns):
            # Deadline 'Q3 FY25': the row's target has no year — named, never lost with only a count
            notes.append(f"the row {name!r} (line {row.line}): {row_year_note}; left out until it has one")
        _change_as_target(row, columns, cells)
        _years_in_cells(row)
        _later_year_in_bracket(row)
        for each in _two_in_one(row):
            under[id(each)] = below
            rows.append(each)
    if not rows:
        return None
    notes += _given_units(rows, under, given)
    _parts_of_a_measure(rows)
    return IndicatorTable(table, columns, rows, header_line, notes, list(header_units))


def _given_units(rows: list[Row], below: dict[int, tuple[str, str] | None], given: list[tuple[str, str]]) -> list[str]:
    """Give each row that names no unit of its own (no brackets after its name, no 单位 cell) the unit the table gives
    it: a unit row above it (``below``: by row), else the one unit the table gives all its rows (``given``: its header,
    the line above it, a note below it). A row's own unit wins; where it differs from the table's, the row says so. Units
    the table gives that differ give none (each row's is then for a person to write). The table's notes on it."""
    units_given: list[tuple[str, str]] = []
    for unit, where in given:
        if not any(units.same_unit(unit, other) for other, _ in units_given):
            units_given.append((unit, where))
    notes = []
    whole = units_given[0] if len(units_given) == 1 else None
    if len(units_given) > 1:
        notes.append("the table names different units for all its figures ("
                     + "; ".join(f"{unit} in {where}" for unit, where in units_given)
                     + "): the rows that name none of their own take none — give each its unit")
    taken = False
    for row in rows:
        in_force = below.get(id(row)) or whole
        if in_force is None:
            continue
        unit, where = in_force
        known = catalogue.unit_of(row.name) if row.unit is None else None
        if known and not _may_be_in(unit, known):
            # 2020年（%） over 人均预期寿命 (岁): the table's unit is a guess for all its rows, the catalogue knows this one's
            row.notes.append(f"{where} gives the unit {unit}, but the catalogue's indicator is in {known}: drafted in "
                             f"{known} — check which unit its figures are in")
        elif row.unit is None:
            row.unit, taken = unit, taken or in_force is whole
        elif not units.same_unit(row.unit, unit):
            row.notes.append(f"its unit {row.unit} differs from the {unit} that {where} gives: check which unit its "
                             "figures are in")
    if taken:
        notes.append(f"{whole[1][0].upper()}{whole[1][1:]} names its unit ({whole[0]}): the rows that name none of "
                     "their own take it")
    return notes


def _may_be_in(given: str, known: str) -> bool:
    """Whether figures said to be in ``given`` may be of an indicator in ``known``: one converts to the other (万人 and
    人), or ``given`` is the counting word of a count per people (人 for 人/千人) or the other way round."""
    return units.compatible(given, known) or units.counts_per_people(given, known) or units.counts_per_people(known, given)


#: a row (or a line) that only gives a unit: 单位：万人, （单位：%）, 计量单位: ‰
_UNIT_ROW = re.compile(r"^[(【\[]?(?:计量)?单位[:：]")
#: a unit a note gives all a table's figures (注：表中指标数值单位均为%。, 注：1.单位：%；2.…, （单位：%）, 单位：万人): the
#: words before 单位 name the table's figures or nothing — not one indicator's (孕产妇死亡率单位为1/10万) nor who fills the
#: form in (填报单位：…); one unit, not several (单位：%、‰)
_NOTED_UNIT = re.compile(r"(?:^|[：:；;，,。\s（(【\[]|\d[.、．])(?:表中|本表|上表|下表|表内|以上|各项?|所有|全部)?(?:指标)?的?"
                         r"(?:数值|数据|数字|值)?的?(?:计量)?单位\s*(?:均|都|统一)?\s*(?:为|是|[:：])\s*"
                         r"([^\s，,、；;。（）()【】\[\]和及与]+)(?=$|[\s，,；;。）)】\]])")


def noted_unit(text: str) -> str | None:
    """The one unit a note or a unit line gives all a table's figures (注：表中指标数值单位均为%。, （单位：%）), if the rules
    know it; None for a note that gives none, several or one indicator's."""
    words = squeeze(text)
    if not (NOTE_OPENING.match(words) or _UNIT_ROW.match(words)):
        return None
    found = _NOTED_UNIT.search(words)
    return found.group(1) if found and units.is_known(found.group(1)) else None


#: a unit in brackets in a header cell (2020年（万人）, 基期值（%）, 目标值（单位：%）)
_HEADER_BRACKETS = re.compile(r"[（(](?:(?:计量)?单位[:：])?([^（）()]{1,12})[）)]")


#: the bracketed words of a header that stand for its figures' year, not their unit (Baseline (year)): rules/extract.yaml
_YEAR_IN_BRACKETS = vocabulary.pattern("headers.year_in_brackets", re.I)


def _header_units(header_rows: tuple, columns: list[Column]) -> list[tuple[str, str]]:
    """The units the header's year and value cells name in brackets (2020年（万人）, or 目标值（%） over 2025年 | 2030年):
    the unit of every row that names none of its own — read as the header was joined, it was lost. (unit, where)."""
    found: list[tuple[str, str]] = []
    for column in columns:
        if column.role not in ("baseline", "target", "dated_target", "year"):
            continue  # (年均增长（%）: the change's unit, not the level's)
        for row in header_rows:
            text = row[column.index].text if column.index < len(row) else ""
            for words in _HEADER_BRACKETS.findall(squeeze(text)):
                if _YEAR_IN_BRACKETS.fullmatch(words.strip()):
                    continue  # Baseline (year): its cells' year (143 (2019)), never the unit 岁
                if units.is_known(words) and not any(words == unit for unit, _ in found):
                    found.append((words, f"the header {text.strip()!r}"))
    return found


#: a table's unit stated on the line above it or at its caption's end (单位：%, （单位：万元）)
_UNIT_LINE = re.compile(r"(?:^|[\s（(])单位\s*[:：]\s*([^\s，,、；;（）()]+)\s*[）)]?\s*$")


def _stated_unit(caption: str | None) -> str | None:
    """The one unit the line above a table (its caption) states for all its cells (单位：%), if it names one the rules
    know; None for several (单位：%、‰) or none."""
    found = _UNIT_LINE.search(caption or "")
    return found.group(1) if found and units.is_known(found.group(1)) else None


#: the name of a part: a kind of place or people, short, with no word of a measure (平均住院日, 总诊疗人次, 卫生健康事业费
#: and 人均体育场地面积 are measures of their own)
_PART_NAME = re.compile(r"[^均率数费额量积准日次比例标值总]{1,10}")


def _parts_of_a_measure(rows: list[Row]) -> None:
    """Rows under a measure of so many per person that name no measure themselves (医院 | 公立医院 | 基层医疗卫生机构 under
    每千常住人口医疗卫生机构床位数（张）, their figures numbers too): the measure's parts, set off by an indentation the text
    lost. Drafted alone they are indicators called 医院; each is noted for a person to name in full."""
    from checker.language.numbers import read_number

    parent: Row | None = None
    for row in rows:
        if row.unit or _MEASURE_END.search(row.name) or _SHARE_NAMED.search(row.name):
            parent = row if row.name.startswith("每") or row.unit else None
            continue
        numbers = [cell.text for cell in row.targets.values()]
        if parent is not None and numbers and all(read_number(text) is not None for text in numbers) \
                and _PART_NAME.fullmatch(row.name) \
                and not any("part of the indicator" in note for note in row.notes):
            row.notes.append(f"names no measure: most likely a part of {parent.name} in a row above (its "
                             "indentation lost) — name it in full, with its unit")


#: a row label of a table turned on its side: a year and what its figures are (2020年现状, 2025年目标, 2030年)
_YEAR_LABEL = re.compile(r"^(?:(?:19|20)\d{2})年?(?:底|末)?(?P<open>[（(])?(?:现状值?|基期值?|基数|实际值?|目标值?|规划目标|规划值|"
                         r"预期值?)?(?(open)[)）])$")  # (2020年（基期）, 2022年(目标): the same in brackets)
_TARGET_LABEL = re.compile(r"目标|规划|预期")
#: a header that names a place (全国, 全省, 本市, 福州市): a table of one indicator by region, not indicators across
_PLACE_HEADER = re.compile(r"^(?:全|本|我)[国省市县区]$|^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|自治区|自治州)$"
                           r"|^(?:national|province|provincial|city|county|region)$", re.I)


def _transposed(table: Table) -> Table | None:
    """The table turned on its side, where it runs its years down its first column, at least one of them
    labelled a target (2025年目标), and its indicators across its header; None for any other table."""
    if len(table.rows) < 3 or len(table.rows[0]) < 2:
        return None
    labels = [squeeze(row[0].text) for row in table.rows[1:] if row and squeeze(row[0].text)]
    if len(labels) < 2 or not all(_YEAR_LABEL.match(label) for label in labels) \
            or not any(_TARGET_LABEL.search(label) for label in labels):
        return None
    header = table.rows[0]
    if any(_YEAR.search(squeeze(cell.text)) or _PLACE_HEADER.match(squeeze(cell.text)) for cell in header[1:]) \
            or not all(squeeze(c.text) for c in header[1:]):
        return None  # years or places across (one indicator by region), or an unnamed column: no indicators across
    width = len(header)
    if any(len(row) != width for row in table.rows):
        return None
    corner = Cell("指标", header[0].line, header[0].page)
    turned = [(corner, *(row[0] for row in table.rows[1:]))]
    turned += [tuple(row[column] for row in table.rows) for column in range(1, width)]
    return Table(tuple(turned), table.line, table.caption)


#: a target cell that sets several years, each part led by its own (2025年≤12；2030年≤10, 到2025年达到25%，到2030年达到30%)
#: (each part is matched alone: one pattern over the whole cell backtracked without end on a long one)
_YEAR_PART = re.compile(r"(?:到|至)?\s*((?:19|20)\d{2})\s*年(?:年?[底末])?(?:前|以前|之前)?\s*(?P<colon>[:：]\s*)?"
                        r"(?:(?!(?<![与與比较較於于从從（(])(?:19|20)\d{2}\s*年)[^；;，,。])+")  # a base year (與2015年) leads nothing


def _year_parts(text: str, least: int = 2) -> list[tuple[int, str]] | None:
    """The parts of a cell that sets several years (at least ``least``), each led by its year (2025年≤12；2030年≤10):
    (year, words) in order, the words as written — after the colon where the year has one (2020年前:50% is 50% for
    2020: the grammar reads no colon); None where the cell is no such list."""
    pieces = [piece.strip() for piece in re.split(r"[；;，,。]", text) if piece.strip()]
    if len(pieces) < least or len(text) > 200:
        return None
    found = [_YEAR_PART.fullmatch(piece) for piece in pieces]
    if not all(found):
        return None
    parts = [(int(match.group(1)), piece[match.end("colon"):] if match.group("colon") else piece)
             for match, piece in zip(found, pieces)]
    return parts if len({year for year, _ in parts}) == len(parts) else None  # a year twice: not for a guess


def _led_off(words: str) -> str:
    """A part's words without the year that leads it (2027年≤4.2 → ≤4.2), squeezed: as its year's own cell writes it."""
    return squeeze(re.sub(r"^\s*(?:到|至)?\s*(?:19|20)\d{2}\s*年(?:年?[底末])?\s*[:：]?", "", words))


def _years_in_cells(row: Row) -> None:
    """A target cell that sets several years, each part led by its year, is one target per year (the part as
    written, its year in it), not one unreadable phrase for the column's year."""
    for year, cell in list(row.targets.items()):
        parts = _year_parts(cell.text)
        if parts is None or row.targets.get(year) is not cell:
            continue  # (a cell already read for its years: the same merged cell in the next year's column)
        # another year's column may hold the same cell (merged across the years, or written again) or the part's own
        # words (≤4.2 under 2027年 beside 2027年≤4.2；2030年≤4.0 under 2030年); any other text there is a second target
        # for that year, and which is meant is not for a guess
        same = {part_year for part_year, words in parts if part_year != year and part_year in row.targets
                and squeeze(row.targets[part_year].text) in (squeeze(cell.text), _led_off(words))}
        if any(part_year != year and part_year in row.targets and part_year not in same for part_year, _ in parts):
            continue
        del row.targets[year]
        note = row.target_notes.pop(year, None)
        for part_year, words in parts:
            if part_year in same and squeeze(row.targets[part_year].text) == _led_off(words):
                continue  # its own column says it already, as written there
            row.targets[part_year] = Cell(words, cell.line, cell.page)
            if note:
                row.target_notes[part_year] = note


#: a target cell with a later year's target in brackets after its own (4.5（2030年：5.5）, ≥80%（2030年≥85%）)
_LATER_IN_BRACKET = re.compile(r"^(?P<own>.*?\S)\s*[（(]\s*(?P<year>(?:19|20)\d{2})\s*年?(?:目标值?)?\s*[:：为是]?\s*"
                               r"(?P<target>[^()（）]*\d[^()（）]*)[)）]$")


def _later_year_in_bracket(row: Row) -> None:
    """A later year's target in brackets in a cell (``4.5（2030年：5.5）`` under 2025) is that year's target, not a
    note on where the cell's starts from (which the grammar reads a bracketed year as): the cell keeps its own."""
    for year, cell in list(row.targets.items()):
        match = _LATER_IN_BRACKET.match(cell.text)
        if not match or int(match.group("year")) <= year:
            continue
        later = int(match.group("year"))
        row.targets[year] = Cell(match.group("own"), cell.line, cell.page)
        if later in row.targets and not _empty(row.targets[later].text):
            if squeeze(row.targets[later].text) != squeeze(match.group("target")):
                row.target_notes[later] = (f"the {year} cell gives {later}'s target as {match.group('target')!r} "
                                           f"in brackets ({cell.text}): check which the plan means")
            continue
        row.targets[later] = Cell(match.group("target"), cell.line, cell.page)
        row.target_notes[later] = f"from the brackets of the {year} cell ({cell.text})"


#: a column that gives each row's year (指标 | 年份 | 目标值, Indicator | National target | By: one row per indicator and
#: year), and each row's baseline year (Baseline year, 基期年份): rules/extract.yaml
_ROW_YEAR = vocabulary.pattern("headers.row_year", re.I)
_ROW_BASE_YEAR = vocabulary.pattern("headers.row_base_year", re.I)


#: a row's year cell written as a date (June 2025, by 2025, end of 2025): rules/extract.yaml; and a financial year
#: (2013-14, 2025/26, FY2025, FY 2025/26), the year it ends in as its first two digits and last two or four
_ROW_YEAR_DATE = re.compile(rf"(?:{vocabulary.source('headers.row_year_date')})((?:19|20)\d{{2}})\s*年?\.?", re.I)
_FINANCIAL_CELL = re.compile(r"(?:by\s+|in\s+)?(?P<fy>fy\s*)?(?P<first>(?:19|20)\d{2})"
                             r"(?:\s*[/–—-]\s*(?P<last>\d{2}|(?:19|20)\d{2}))?", re.I)


def _row_year(columns: list[Column], cells: list[Cell], role: str = "row_year") -> tuple[int | None, str | None]:
    """The year a row's own 年份 cell names (2025, 2025年, 二〇二五年, June 2025, by 2025), where the table has such a
    column (``role``: row_base_year for its baseline's year), and a note where a person must check it: a financial year
    — a target's dated by the year it ends in, as a fiscal column is (2025/26: 2026), a base's filed under its first,
    as a list's 2012-13 baseline is (2013-14: 2013) — or a cell written that names no year read (the year None)."""
    column = next((c for c in columns if c.role == role), None)
    if column is None or column.index >= len(cells):
        return None, None
    written = " ".join(unicodedata.normalize("NFKC", cells[column.index].text).split())
    year = _YEAR.fullmatch(squeeze(written)) or _ROW_YEAR_DATE.fullmatch(written)
    if year:
        return int(year.group(1)), None
    fiscal = _FINANCIAL_CELL.fullmatch(written)
    if fiscal and (fiscal.group("fy") or fiscal.group("last")):
        first, last = int(fiscal.group("first")), fiscal.group("last")
        if last is None:  # FY2025: the financial year that ends in 2025
            return first, (f"the {column.shown} cell {written!r} is a financial year: filed under {first}, the year "
                           "it is named by — check the year the data label it by")
        if int(last) % 100 != (first + 1) % 100:
            return None, f"the {column.shown} cell {written!r} names no year read (two years?): give its year"
        if role == "row_base_year":
            return first, (f"the {column.shown} cell {written!r} is a financial or survey year: filed under {first}, "
                           f"its first year; if the data label it by its last, file it under {first + 1}")
        return first + 1, (f"the {column.shown} cell {written!r} is a financial year: dated by the year it ends in "
                           f"({first + 1}), as a fiscal column is; check the target year")
    if written and not _empty(written):
        return None, f"the {column.shown} cell {written!r} names no year read: give its year"
    return None, None


def _more_years(row: Row, columns: list[Column], cells: list[Cell], year: int) -> None:
    """A row whose name cell is empty under a 年份 column: the indicator above's target for another year."""
    for column in columns:
        if column.role == "target" and column.year is None and column.index < len(cells) and cells[column.index].text.strip():
            cell = cells[column.index]
            row.targets[year] = Cell(cell.text.strip(), cell.line, cell.page)
            row.target_notes[year] = (f"line {cell.line} names no indicator: read as {row.name}'s, the row above "
                                      "(a merged name cell) — check the document")


#: a column of the change over the plan's years (年均/累计, 年均增长〔累计〕, “十四五”年均增速): a 5-year plan's table
#: sets some targets there alone (人均预期寿命 〔1〕, 单位GDP能源消耗降低 〔13.5〕, 地区生产总值增长 5.5左右)
_CHANGE_COLUMN = re.compile(r"年均|累计|年平均")
#: a total over the plan's years, as such tables bracket it (〔13.5〕: 〔〕内为5年累计数)
_BRACKETED_TOTAL = re.compile(r"^\s*[〔［\[【]\s*[^〔〕［］\[\]【】]+\s*[〕］\]】]\s*$")


def _change_as_target(row: Row, columns: list[Column], cells: list[Cell]) -> None:
    """Where a table of one target year leaves that year's cell empty and its change column holds a value,
    that value is the row's target, kept as written with a review note: a bracketed total is a change over
    the whole period, a plain value a yearly average, and whether the row measures a level or the change itself
    (单位GDP能源消耗降低) only a person can say — never read as a level."""
    years = {c.year for c in columns if c.role == "target" and c.year}
    change = [c for c in columns if c.role == "other" and _CHANGE_COLUMN.search(c.header) and c.index < len(cells)]
    if len(years) != 1 or len(change) != 1:
        return
    year = years.pop()
    cell = cells[change[0].index]
    if year in row.targets and not _empty(row.targets[year].text) or _empty(cell.text):
        return
    written = cell.text.strip()
    base = max(row.baselines, default=None)
    since = f"since {base} " if base else ""
    what = (f"a change over the plan's years {since}(a bracketed total, 〔〕 in these tables)"
            if _BRACKETED_TOTAL.match(written) else f"a yearly average change {since}(年均)")
    row.targets[year] = Cell(written, cell.line, cell.page)
    row.target_notes[year] = (f"from the {change[0].header} column, the {year} cell being empty: {what}; write its "
                              "meaning as a phrase the grammar reads (比…年提高…, 累计下降…, 年均增长…) or a `rule:`")


#: a cell that says it holds nothing: a dash, a slash or 无 (no value for that year)
_NO_VALUE = re.compile(r"^[-—–－─―~～/／\\×]+$|^(?:无|暂无|空|/|N/?A)$", re.I)


def _empty(text: str) -> bool:
    """Whether a value cell holds no value: blank, or a dash or slash standing for none (``—``)."""
    return not text.strip() or bool(_NO_VALUE.match(text.strip()))


#: the number before a group's name in a row of its own (一、健康水平, （二）健康服务): as a domain column writes it, none
GROUP_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(?=\S{2})")


#: a name cell holding two indicators' names, each with its unit in brackets (…的比例（%），村卫生室…的比例（%）)
_TWO_NAMES = re.compile(r"^(?P<first>[^，,；;]{2,}?[（(][^（）()]{1,8}[）)])\s*[，,；;]\s*"
                        r"(?P<second>[^，,；;]{2,}?[（(][^（）()]{1,8}[）)])$")


def _two_in_one(row: Row) -> list[Row]:
    """A row whose name cell names two indicators and whose value cells stack a value for each (``100⏎70``, read
    ``100 70``) as two rows, the names and values paired in order and each target noted to check the pairing; a row
    of two names whose values do not pair one to one stays whole, noted. Any other row as it is."""
    named = _TWO_NAMES.match(row.written.strip())
    if named is None:
        return [row]
    cells = [*row.targets.values(), *row.baselines.values()]
    pieces = [cell.text.split() for cell in cells]
    if not any(len(piece) == 2 for piece in pieces) or any(len(piece) != 2 and not _empty(cell.text)
                                                            for piece, cell in zip(pieces, cells)):
        row.notes.append("two names, two values: the name cell names two indicators — split the row by hand, a value "
                         "to each")
        return [row]
    out = []
    for at, written in enumerate((named.group("first"), named.group("second"))):
        name, unit, notes = _name(written)
        note = (f"one cell names two indicators ({named.group('first')} | {named.group('second')}) and stacks a value "
                "for each: split in order — check the pairing")

        def part(cell: Cell, at: int = at) -> Cell:
            words = cell.text.split()
            return replace(cell, text=words[at]) if len(words) == 2 else cell

        out.append(replace(row, name=name, written=written, unit=unit or row.unit, notes=[*row.notes, *notes, note],
                           targets={year: part(cell) for year, cell in row.targets.items()},
                           baselines={year: part(cell) for year, cell in row.baselines.items()},
                           columns=dict(row.columns), target_notes=dict(row.target_notes)))
    return out


#: a group row naming a kind of indicator (结果性指标, 政府工作指标): rules/extract.yaml indicator_kind
_INDICATOR_KIND = vocabulary.pattern("indicator_kind")


def _kind_row(filled: list[Cell], domain_cell: Cell | None) -> bool:
    """Whether a row only names a kind of indicator (结果性指标 in one cell or across the row, its domain cell aside):
    a group of the rows under it, neither an indicator nor a domain."""
    texts = {squeeze(c.text) for c in filled if c is not domain_cell}
    return len(texts) == 1 and bool(_INDICATOR_KIND.match(texts.pop()))


def _across(filled: list[Cell], domain_cell: Cell | None, name_cell: Cell | None) -> bool:
    """Whether a row is one cell across the name column and two or more others beside its domain cell (a Word
    table gives a merged cell's text in every column it spans): a note or a group, not an indicator."""
    texts = [squeeze(c.text) for c in filled if c is not domain_cell]
    return name_cell is not None and name_cell in filled and len(texts) >= 3 and len(set(texts)) == 1


def _domain_row(filled: list[Cell], name_cell: Cell | None) -> bool:
    """Whether a row only names a domain: one cell with text, and an empty name column, or one cell
    spanning the whole row (a ``colspan`` cell, repeated in every column it spans, ``健康保障``)."""
    if name_cell is None or not filled:
        return False
    if len(filled) == 1:
        return not name_cell.text.strip()
    return len(filled) > 2 and len({c.text.strip() for c in filled}) == 1 and len(filled[0].text.strip()) <= 24


def part_name(text: str) -> str | None:
    """The name in a row that details the one above it (``其中：每千人口中医类别执业（助理）医师数``), or None
    where the row is no such part (or names nothing after 其中)."""
    part = _PART_OF.match(text)
    name = text[part.end():].strip() if part else ""
    return name if len(name) >= 2 else None


#: a results framework's code before a name ("GI 1. ", "OI 2.3 ", "IR 1.2 "): rules/extract.yaml results_code
_RESULTS_CODE = vocabulary.pattern("results_code")


def _name(written: str) -> tuple[str, str | None, list[str]]:
    notes = []
    name = SEQ_PREFIX.sub("", _RESULTS_CODE.sub("", written.lstrip(), count=1) if _RESULTS_CODE.match(written.lstrip())
                          else written).strip()
    lead = re.match(r"^[*＊★☆※△▲#＃①②③④⑤⑥⑦⑧⑨⑩]+\s*(?=\S)", name)
    if lead:  # "*孕产妇死亡率", "★人均预期寿命": a mark before the name (a binding or an own indicator's), no part of it
        notes.append(f"mark {lead.group(0).strip()} before the name: see the table's note for what it means")
        name = name[lead.end():]
    part = part_name(name)
    if part:  # "其中：每千人口中医类别执业（助理）医师数": a part of the row above
        notes.append("a part of the indicator in the row above (其中…): check that the name stands alone")
        name = part
    mark = _FOOTNOTE.search(name) or _MARK_AFTER_BRACKET.search(name)
    if mark:
        notes.append(f"footnote mark {mark.group(0).strip()} on the name")
        name = name[: mark.start()].strip()
    unit = None
    name = catalogue.without_short_form(name)
    brackets = UNIT_BRACKETS.search(name)
    if brackets is not None and not units.looks_like_unit(brackets.group(1).strip()):
        brackets = None  # Severe anemia (Children), 孕产妇死亡率（农村）: a group, part of the name
    written_unit = brackets.group(1).strip() if brackets else None
    if brackets is None and (longer := _LONG_UNIT_BRACKETS.search(name)):
        # (deaths per 1,000 live births): what the rate counts is the unit's, read as (per 1,000 live births)
        written_unit = next((unit for unit in (longer.group(1).strip(), _COUNTED_PER.sub("", longer.group(1).strip()))
                             if units.is_known(unit)), None)
        brackets = longer if written_unit else None
    if brackets is None and _SHARE_NAMED.search(name):
        unit = "%"
    tail = _PER_AT_END.search(name) if brackets is None and unit is None else None
    if tail and units.is_known(tail.group(1)):
        # "Maternal deaths per 100,000 live births", "Under five deaths per 1000": a rate's unit ending its name, with
        # no brackets, is the unit too (it was lost, unit: null, where the bracketed one was read); the name keeps it
        unit = tail.group(1)
    if brackets:
        unit = written_unit
        name = catalogue.without_short_form(name[: brackets.start()].strip())  # U5MR before (per 1,000 live births)
        mark = _FOOTNOTE.search(name)
        if mark:
            notes.append(f"footnote mark {mark.group(0)} on the name")
            name = name[: mark.start()].strip()
    return name, unit, notes
