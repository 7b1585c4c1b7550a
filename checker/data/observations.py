"""Observations: the annual values a plan is checked against, read from CSV files or records.

Two layouts are read (design.md §3). Long, one observation a row::

    地区,指标,年份,数值,单位,备注
    南安市,婴儿死亡率,2020年,2.19,‰,快报数

and wide, one row per indicator and one column per year::

    指标,单位,2015,2016年
    婴儿死亡率,‰,4.24,３.９

Real files are messy and are read as people write them: UTF-8 with or without BOM or GB18030/GBK
(detected, and said which), comma, tab or semicolon separated, full-width digits and signs, thousands
separators, annotations such as ``396.75（快报数）`` (kept as notes), ``2020年`` years, ``是/否`` for
deliverables and ``-``/``—``/empty for missing values (kept, with value None, so that reports can say
"missing"). Anything that cannot be read is a :class:`CheckerError` located at file, physical line
and column, with a hint; nothing is guessed silently.

The per-row path is kept lean for files with millions of rows: patterns are compiled once, repeated
year, unit and name cells are looked up in caches, and plain ASCII numbers skip the full number
reader.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import itertools
import math
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker.digests import sha256
from checker.language.cn_numerals import arabic_years
from checker.language import units
from checker.files import device_of, open_to_read
from checker.errors import CheckerError, Location
from checker.judge.precision import as_read
from checker.data.footnotes import (Redating, carries_mark, ellipsis_meaning, ellipsis_missing, marks_named,
                                    note_clauses, numbered_line, redatings, unnumbered)
from checker.language.names import clean_name
from checker.language.numbers import footnote_mark, read_number
from checker.language.script import to_simplified
from checker.rulefiles import load_rules_yaml
from checker.records import read_only, record, replace

if TYPE_CHECKING:  # annotations only: the everyday check does not import pathlib
    from pathlib import Path

#: Files larger than this are refused (a plan's data is kilobytes to a few hundred megabytes).
MAX_BYTES = 200 * 1024 * 1024  # `checker --max-file-mb` raises it
MAX_ROWS = 10_000_000  # data rows per file; `checker --max-rows` raises it
#: Most cells in a line: a year a column from 1949 to 2100 and every named column fit many times over.
#: A line of a hundred million empty cells would otherwise take tens of gigabytes as Python lists.
MAX_COLUMNS = 1_000
#: Cells (rows × columns) a file may have per allowed row: with MAX_ROWS, the bound on a file's memory.
CELLS_PER_ROW = 12


def max_cells() -> int:
    """The most cells (data rows × header columns) one file may hold; `checker --max-rows` raises it."""
    return MAX_ROWS * CELLS_PER_ROW
#: Years outside this range are not years of a health plan.
MIN_YEAR, MAX_YEAR = 1949, 2100
#: How many lines above a CSV file's header that name no column (a download's source and date lines) are
#: passed over; the header is the first line naming an indicator column and a year or value column
MAX_TITLE_LINES = 10

#: headings that name the report's own year (本年 | 本期 …) and the year before it (上年 | 上年同期 …)
_THIS_YEAR = frozenset(("本年", "本期", "本年数", "本期数", "本年实际", "本年度", "今年", "当年", "本年累计", "本年末", "本年底",
                        "本年末数", "本年底数"))
_LAST_YEAR = frozenset(("上年", "上年数", "上年实际", "上年度", "去年", "上年同期", "上年同期数", "上年累计", "上年同期累计",
                        "上年末", "上年底", "上年末数", "上年底数"))
#: those of a year's end (本年末 | 上年末: year-end stocks), named by the year's end (2024年末)
_YEAR_END = frozenset(heading for heading in _THIS_YEAR | _LAST_YEAR if heading.rstrip("数").endswith(("末", "底")))

#: Header names (after NFKC, trimming, case folding, spaces removed) → the column's role.
#: A column of any other header is refused (a region or unit column under a name not listed here
#: would otherwise be dropped, and its rows read as the plan's region, in the plan's unit); a
#: ``serial`` column (序号, and a domain column: 领域, 类别) is left out, its cells being row numbers or groups.
COLUMN_NAMES: dict[str, str] = {
    "region": "region", "地区": "region", "地区名称": "region", "区域": "region", "行政区划": "region",
    # a county's table of its towns: 乡镇, 街道, 乡镇(街道) (NFKC makes the full-width brackets these)
    "乡镇": "region", "街道": "region", "乡镇(街道)": "region", "乡镇街道": "region", "镇街": "region", "街镇": "region",
    "行政区": "region", "县市区": "region", "县(市、区)": "region", "县(市区)": "region", "市县": "region",
    "area": "region", "county": "region", "district": "region", "country": "region", "countryname": "region",
    "entity": "region",  # Our World in Data's name for a country or region
    "regionname": "region", "县市": "region", "县市别": "region", "区域别": "region", "区县": "region", "县区": "region", "县(市、区)名称": "region",
    # a 统计 system's export: 行政区划代码 beside the name it codes
    "行政区划名称": "region", "区划名称": "region", "行政区域": "region", "行政区域名称": "region",
    # the places a region lies in (a national table's 省份 and 地市 beside its 区县): each row's region is
    # the finest place it names, the coarser ones its parents; alone, such a column is the region column
    "地市": "city", "市州": "city", "城市": "city", "所属地市": "city", "地级市": "city", "市(州)": "city",
    "地市名称": "city", "city": "city", "prefecture": "city",
    "省份": "province", "省": "province", "所属省份": "province", "省份名称": "province", "省(区、市)": "province",
    "省区市": "province", "省(自治区、直辖市)": "province", "province": "province",
    # a US or Indian table's states (India's State/UT: a state or union territory)
    "state": "province", "states": "province", "state/ut": "province", "states/uts": "province",
    "state/uts": "province", "state/unionterritory": "province",
    "indicator": "indicator", "indicatorname": "indicator", "variable": "indicator",  # pandas melt's name
    "指标": "indicator", "指标名称": "indicator", "项目": "indicator",
    "指标名": "indicator", "统计指标": "indicator", "项目名称": "indicator", "指标项目": "indicator",
    "year": "year", "年份": "year", "年度": "year", "年别": "year", "统计年度": "year", "统计年份": "year", "数据年份": "year",
    # a 统计 system's period column (its cells must still be years: 2025-09 or 2025年1-9月 is refused at the cell)
    "统计时间": "year", "报告期": "year", "报告年度": "year", "报告年份": "year", "时间": "year", "统计期": "year",
    "value": "value", "数值": "value", "值": "value", "指标值": "value", "数据": "value", "数据值": "value",
    "统计值": "value", "实际值": "value",
    "unit": "unit", "单位": "unit", "计量单位": "unit", "units": "unit", "unitofmeasure": "unit",
    "note": "note", "notes": "note", "备注": "note", "来源": "note", "source": "note", "数据来源": "note",
    "资料来源": "note", "说明": "note", "注": "note", "附注": "note", "remarks": "note", "comment": "note",
    "comments": "note",
    "serial": "serial", "序号": "serial", "编号": "serial", "no.": "serial", "no": "serial",
    # the group an indicator stands in (健康水平, 健康服务): left out like 序号; rows that only a group would tell
    # apart (城镇 / 农村 under one indicator) repeat a year, and are refused as duplicates
    "领域": "serial", "类别": "serial", "指标类别": "serial", "指标领域": "serial", "分类": "serial", "domain": "serial",
    "category": "serial",
    # a change beside the values (比上年增长（%）, 增减%, 同比): derived from two years' values, no observation of its own
    **dict.fromkeys(("比上年增长", "比上年增长%", "比上年增长(%)", "比上年增减", "比上年增减%", "比上年增减(%)", "较上年增长(%)",
                     "较上年增减(%)", "同比增长", "同比增长%", "同比增长(%)", "同比增减(%)", "同比(%)", "同比±%", "比上年±%",
                     "增减", "增减%", "增减(%)", "增减率(%)", "增长%", "增长(%)", "增幅%", "增幅(%)", "增速%", "增速(%)",
                     "增长率(%)", "比上年增长率(%)", "比上年增减(百分点)", "增减(百分点)", "比上年增减百分点",
                     "比上年增长(个百分点)", "增减百分点"), "change"),
    # a year named only as the report's own (本年 | 上年 of a 统计 system's form): read by the title's one year
    # (:func:`_dated_relative`), else refused at its cell, the year asked for; 上期 (the period before) never has one
    **dict.fromkeys((*_THIS_YEAR, *_LAST_YEAR, "上期", "上期数"), "relative_year"),
    # codes beside the names (World Bank's Country Code and Indicator Code, Our World in Data's Code, 行政区划代码):
    # left out when the file has the name column they code, refused when it has not
    "countrycode": "region_code", "regioncode": "region_code", "code": "region_code", "isocode": "region_code",
    "iso3": "region_code", "iso_code": "region_code", "地区代码": "region_code", "行政区划代码": "region_code",
    "区划代码": "region_code", "统计用区划代码": "region_code", "indicatorcode": "indicator_code", "seriescode": "indicator_code",
    "指标代码": "indicator_code", "指标编码": "indicator_code",
}
#: the report's own year among ``relative_year`` headers (本年数 beside 年度 is that year's value; 上年数 is not)
#: the roles of which one, beside an indicator column, makes a row the header (a year, a value, a year column)
HEADER_OF_VALUES = frozenset({"year", "value", "years", "relative_year"})
#: a code column → the name column it codes, which the file must have for the codes to be left out
CODED_ROLES = {"region_code": "region", "indicator_code": "indicator"}
_SINGLE_ROLES = ("region", "indicator", "year", "value", "unit", "city", "province")
#: the places a region may lie in, finest first (the levels of a plan's ``references``)
PLACE_LEVELS = ("city", "province")

#: Value cells meaning "no value" (compared after trimming, NFKC and case folding).
#: a value cell that says there is no value: dashes, 无, n/a, and what statistical tables write for "not yet
#: available" (暂无, 未统计, 不详, 缺失, 待统计). Yearbooks' "…" (too small to show) is no missing value: refused.
MISSING = frozenset({"", "-", "--", "—", "——", "–", "―", "－", "无", "/", "n/a", "na", "null", "..",
                     "暂无", "暂无数据", "无数据", "未统计", "待统计", "不详", "缺失", "缺"})
#: Value cells of yes/no deliverables (compared after trimming, NFKC and case folding).
#: Forms tick (√ ✓ ✔) and cross (× ✗ ✘) as Chinese forms mark them, Y/N as English ones, 有/没有 for a thing had.
DELIVERABLES: dict[str, float] = {
    "是": 1.0, "已完成": 1.0, "完成": 1.0, "已实现": 1.0, "已建成": 1.0, "yes": 1.0, "true": 1.0, "y": 1.0,
    "√": 1.0, "✓": 1.0, "✔": 1.0, "有": 1.0,
    "否": 0.0, "未完成": 0.0, "未实现": 0.0, "未建成": 0.0, "no": 0.0, "false": 0.0, "n": 0.0,
    "×": 0.0, "✗": 0.0, "✘": 0.0, "没有": 0.0,
}


def yes_or_no(text: str) -> float | None:
    """1.0 for a cell that says yes (是, 已完成, yes …), 0.0 for no, None for any other cell."""
    return DELIVERABLES.get(unicodedata.normalize("NFKC", text).strip().casefold())


_NON_FINITE = frozenset({"nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"})

_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
#: a number whose digits before any exponent are not all zero (1e-400 is not 0, though a float reads it so)
NONZERO_DIGITS = re.compile(r"[+-]?0*\.?0*[1-9]")
#: A footnote mark closing a name or region cell (孕产妇死亡率*, 某县△): a table's, no part of the name (①, ² are
#: taken off by :func:`checker.language.numbers.footnote_mark`)
_NAME_MARK = re.compile(r"\s*[*＊※△▲#＃†‡]+\s*$")
#: the marks a note under a table may define (注：①为监测地区数据。, 注：*为快报数。): circled, bracketed and raised
#: numbers, and the signs tables mark a name or a value with
_DEFINED_MARK = r"[\u2460-\u2487\u00b9\u00b2\u00b3\u2070-\u2079*＊※△▲#＃†‡]"  # (compiled where used: re caches it)
#: A 行政区划代码 as files write it: 6 digits, or the 9 or 12 of a township's or statistics' code (the place's own 6 first),
#: maybe as Excel stores a number (350102.0); only such codes tell namesakes apart
_ADMIN_CODE = re.compile(r"([1-8]\d{5})(?:\d{3}|\d{6})?(?:\.0+)?")


#: a number in scientific notation, as Excel shows (and saves to CSV) a number too long for its column: 3.20102E+11
_SCIENTIFIC = r"([1-9])(?:\.(\d+))?[eE]\+?0*(\d{1,2})"  # (a pattern string: compiled by re where met)


def admin_code(raw: str) -> str | None:
    """The place's own six digits of a 行政区划代码 cell (350102, 350102.0, 350102001000, and as Excel is made to keep
    a number as text: ="350102", '350102; a six-digit code as Excel writes it in scientific notation, every digit
    kept: 3.50102E+05), None for any other cell."""
    text = unicodedata.normalize("NFKC", raw).strip()
    text = text[2:-1] if text.startswith('="') and text.endswith('"') else text.removeprefix("'")
    found = _ADMIN_CODE.fullmatch(text)
    if found:
        return found.group(1)
    if ("E" in text or "e" in text) and (shown := re.fullmatch(_SCIENTIFIC, text)) and shown.group(3) == "5":
        digits = shown.group(1) + (shown.group(2) or "").rstrip("0")
        if len(digits) <= 6:
            found = _ADMIN_CODE.fullmatch(digits.ljust(6, "0"))
    return found.group(1) if found else None


def code_digits_lost(raw: str, header: str) -> str | None:
    """Why a code cell is a 行政区划代码 that lost digits, or None: a number Excel wrote in scientific notation
    (3.20102E+11: rounded to six digits, the rest lost, and a township's rounding may carry into the county's), or,
    under a Chinese header (行政区划代码, 统计用区划代码), a number one or two digits off a code's six, nine or twelve
    (35010: a digit lost). Such a cell was passed over as no code at all, and its county lost its province without
    a word. (Under ``code`` an indicator's or a country's code may have any digits.)"""
    text = unicodedata.normalize("NFKC", raw).strip()
    if ("E" in text or "e" in text) and (shown := re.fullmatch(_SCIENTIFIC, text)) and int(shown.group(3)) >= 5 \
            and admin_code(text) is None:
        return (f"{raw.strip()!r} is a code Excel wrote as a number in scientific notation, rounded to "
                f"{1 + len(shown.group(2) or '')} digits: the code's other digits are lost")
    digits = text.removesuffix(".0")
    if digits.isdigit() and digits.isascii() and len(digits) in (5, 7, 8, 10, 11) and digits[0] in "12345678" \
            and any("\u4e00" <= character <= "\u9fff" for character in header):
        return (f"{raw.strip()!r} has {len(digits)} digits: a 行政区划代码 has 6 (a township's or statistics' code 9 "
                "or 12), so a digit was lost or added")
    return None


#: A yearbook's mark of a sub-item before a name (#婴儿死亡率, 其中：个人支出占…): "of which", no part of the name
#: a row's list number before an indicator's name, as a table numbers its rows (一、 十二、 （一） (1) 1. 1、 1) 1␣ Ⅳ. IV. ① ⑴ ⒈),
#: matched on the cell as written (NFKC makes ① a digit of the name); never a number the name goes on with
#: (一、二级医院: the first- and second-level hospitals; 1.5岁, 5岁以下儿童死亡率: no list mark at all)
_LIST_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．](?![一二三四五六七八九十])"
                          r"|[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[)）]"
                          r"|[0-9０-９]{1,2}\s*(?:、|[.．](?![0-9０-９])|[)）])(?!\s*[0-9０-９]+\s*[型级类])"
                          # 1 卫生技术人员: a number and a space, unless a count or a measure goes on (5 岁, 2 型, 10 万人)
                          r"|[0-9０-９]{1,2}\s+(?![0-9０-９.．%％‰岁周月年日天时小分秒次个级类型项种倍万千百十亿])"
                          # Ⅳ. Ⅲ、 (a Roman numeral, one character or several: Ⅳ is U+2163) and IV. written in letters
                          r"|[\u2160-\u217f]{1,4}\s*[、.．](?![0-9０-９])|[\u2160-\u217f]{1,4}\s+(?![型级类期度])"
                          r"|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)\s*[、.．](?![0-9A-Za-z])"
                          r"|[\u2460-\u2473\u2474-\u2487\u2488-\u249b])\s*(?=\S)")
#: a yearbook's "of which" before a region cell (其中：番禺区, 其中:户籍人口): the row is a part of the row above, named
#: by what follows
_OF_WHICH = r"^其\s*中\s*[:：]?\s*"  # (a pattern string: `re` compiles it when first met)
_SUB_ITEM = re.compile(r"^\s*(?:[#＃]+\s*)?(?:其\s*中\s*[:：]?)?\s*")
#: the sub-headings of a yearbook's year (绝对数 | 比上年增长%), a second header row
#: (a pattern string, compiled by `re` when a headerless cell is first met: the everyday check never compiles it)
_SUB_HEADING = (r"绝对[数值]|(?:比上年|同比)?(?:增长|增速|增减|增幅)(?:率)?\s*[（(]?\s*[%％]?\s*[)）]?|比上年[±增减]*\s*[（(]?[%％]?[)）]?"
                r"|为上年\s*[（(]?\s*[%％]\s*[)）]?|上年\s*[=＝]\s*100")
#: Marks of a figure that is not final (a cell's 396.75（快报数）, a column's 2023年（快报）, 注：2017年為臨時數字):
#: ``preliminary_notes.words`` in rules/names.yaml, which every run reads already
PRELIMINARY: tuple[str, ...] = tuple(str(word) for word in (
    load_rules_yaml("names.yaml").get("preliminary_notes") or {}).get("words") or ())
#: the words after a year that say the whole year, as monthly reporting systems write it (2024年1-12月, 2024年全年)
_WHOLE_YEAR_WORDS = r"1[-—–~～至到]12月(?:累计)?|全年(?:数)?"
_YEAR_CELL = re.compile(r"([0-9]{4})(?:\.0+|(?:年度|年)"
                        # a year written as its first or last day (2023-12-31, 2023/1/1, 2023年12月31日, as a
                        # spreadsheet's date exported to text, 2023-12-31 00:00:00), as a workbook's date cell is read
                        r"|[-/.](?:12[-/.]31|0?1[-/.]0?1)(?:T?0?0:00(?::00)?)?|年(?:12月31日|0?1月0?1日)"
                        # the whole year as reporting systems write it (2023年全年, 2023年1-12月, 2023年末), as headers are
                        rf"|年(?:{_WHOLE_YEAR_WORDS}|12月末|12月底|末|底))?")
#: a date in a year cell that is neither the year's first nor its last day (2023-06-30): a part of a year
_DATE_IN_YEAR = (r"([0-9]{4})(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])|年(?:0?[1-9]|1[0-2])月"
                 r"(?:0?[1-9]|[12][0-9]|3[01])日)(?:T?[0-9:]+)?")
#: A footnote under a table: one cell starting with a note mark (注：…, 资料来源：…, *快报数); a pattern compiled by
#: ``re`` on first use, and asked only of a row whose first character may start one
FOOTNOTE = (r"(?i)\s*(?:(?:注|注释|附注|说明|备注|资料来源|数据来源|来源|註|註釋|附註|說明|備註|資料來源|數據來源|來源)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]"
            r"|(?:note|notes|source|sources|symbols?|legend)\s*[0-9]*\s*:|[*＊※△▲#＃①②③④⑤⑥⑦⑧⑨⑩]"
            # a legend of … under the table, a line of words (… Data not available, "…" = n.a.): not a row
            r"|[\"'“”‘’「」『』]?\s*(?:…|⋯|\.{3})+\s*[\"'“”‘’「」『』]?\s*(?:[=:：]\s*)?[^\W\d_])")
_FOOTNOTE_STARTS = frozenset("注附说备资数来註說備資數來nNsSlL*＊※△▲#＃①②③④⑤⑥⑦⑧⑨⑩…⋯.\"'“‘「『")
#: the years a footnote names (注：2023年为快报数), or a span of them (2021-2023年, 2021至2023年)
_FOOTNOTE_YEAR = r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*年?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)?[0-9]{2}))?(?![0-9])"


def preliminary_years(footnote: str) -> set[int]:
    """The years a footnote marks preliminary: those of its clauses that say so (2023年为快报数，2022年为最终核实数: 2023
    alone; 2021-2023年为快报数: all three); none where a clause says which are not (除2023年外…均为快报数) or that only some
    are (2024年个别指标为快报数): not guessed."""
    text = to_simplified(footnote)  # 註：2023年為快報數
    if not any(word in text.casefold() for word in PRELIMINARY) or re.search(r"除[^外]*\d{4}[^外]*外|except", text, re.I):
        return set()  # 除2023年外…均为快报数: which years are, not guessed
    clauses = [clause for clause in re.split(r"[，,；;。]", text) if any(word in clause.casefold() for word in PRELIMINARY)]
    years: set[int] = set()
    for clause in clauses if any(re.search(_FOOTNOTE_YEAR, clause) for clause in clauses) else [text]:
        if re.search(r"个别|部分|少数|一些|有些|某些|(?i:\bsome\b|\bcertain\b|\bpart\b)", clause):
            continue  # 2024年个别指标为快报数: some of the year's values, which ones the note does not say
        for first, last in re.findall(_FOOTNOTE_YEAR, clause):
            end = int(first[:2] + last) if len(last) == 2 else int(last or first)  # 2022-23年
            years.update(range(int(first), end + 1) if 0 <= end - int(first) < 20 else ())
    return years


@cache
def _subject_vocabulary() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words that are no subject of a preliminary note's clause, longest first, and the pattern of the words
    between two subjects (``preliminary_notes`` in ``rules/names.yaml``, read on the first such note)."""
    from checker.rulefiles import load_rules_yaml

    rules = (load_rules_yaml("names.yaml") or {}).get("preliminary_notes") or {}
    words = tuple(sorted({str(word).casefold() for word in rules.get("not_subject") or ()}, key=len, reverse=True))
    joiners = [rf"\b{re.escape(word)}\b" if word.isascii() and word.isalpha() else re.escape(word)
               for word in sorted(map(str, rules.get("joiners") or ()), key=len, reverse=True)]
    return words, re.compile("|".join(["\x00", *joiners]))


def _edge_word(text: str, word: str, end: bool) -> bool:
    """Whether ``text`` starts (``end``: ends) with ``word``, a Latin word whole (in is no start of infant)."""
    if not (text.endswith(word) if end else text.startswith(word)):
        return False
    if not (word.isascii() and word.isalpha()) or len(text) == len(word):
        return True
    return not (text[-len(word) - 1] if end else text[len(word)]).isalpha()


def preliminary_subjects(clause: str) -> tuple[str, ...]:
    """What a clause of a note marking a year's figures preliminary names (卫生总费用2023年为初步核算数: 卫生总费用;
    2024年婴儿死亡率、孕产妇死亡率为快报数: both), in simplified script after NFKC: what is left once the note head and
    number, the years, the preliminary word onwards and the words of ``preliminary_notes`` at its ends are taken off.
    None where it names only the year's figures (2023年数据为快报数, 2023年各项指标均为快报数), or a book whose figures
    they are (资料来源：《2024年全国卫生健康统计快报》)."""
    words, joiners = _subject_vocabulary()
    text = to_simplified(unicodedata.normalize("NFKC", unnumbered(clause))).casefold()
    text = re.sub(_FOOTNOTE_YEAR + r"\s*(?:年度|年)?", "\x00", text)
    text = text[:min((text.find(word) for word in PRELIMINARY if word in text), default=len(text))]
    text = re.sub(r"《[^》]*(?:》|$)", "\x00", text)  # 资料来源：《2024年全国卫生健康统计快报》: a book's title, no subject
    subjects: list[str] = []
    for piece in joiners.split(text):
        while True:  # its ends: spaces and stops, a clause's number (1. (1)), then the words that name no subject
            piece = re.sub(r"^(?:\d{1,2}\s*[.、]|\(\d{1,2}\)|[\s:：.,;()*])+|[\s:：.,;()]+$", "", piece)
            word = next((word for word in words if _edge_word(piece, word, False) or _edge_word(piece, word, True)), None)
            if word is None:
                break
            piece = piece[len(word):] if _edge_word(piece, word, False) else piece[:-len(word)]
        if len(piece) >= 2:
            subjects.append(piece)
    return tuple(subjects)


# The wide layout's header patterns are pattern strings, compiled by re when a header first needs
# them: a long file never does (three compiles, ≈ 0.8 ms of every start).
_YEAR_HEADER = r"([0-9]{4})(?:年度|年)?(.*)"
#: What may follow the year in a wide layout's year header (after NFKC, spaces removed) → the note
#: every cell of the column then carries, as a cell's own annotation would (2024（快报数）, 2024*).
_HEADER_MARKS: dict[str, str] = {
    "*": "* (annotated)", "**": "* (annotated)", "※": "* (annotated)", "#": "* (annotated)",
    "末": "年末", "底": "年末", "年末": "年末", "年底": "年末", "末数": "年末",
    "e": "E (预计, estimated)", "p": "P (初步, preliminary)", "f": "F (预测, forecast)",
    "12月末": "年末", "12月底": "年末",
}
#: What may follow the year in a year header and says the whole year (2024年1-12月, 2024年（全年）): no note
_WHOLE_YEAR = rf"[(\[【〔]?(?:{_WHOLE_YEAR_WORDS})[)\]】〕]?"
_HEADER_BRACKETS = r"[(\[【〔](.+)[)\]】〕]"
#: Words that make a figure part of the year (1-6月, 上半年, 前三季度, Q2, H1, 截至9月): in a year header's
#: bracket (2023年（1-6月）) the column is refused, never read as the year's; in a row's note it is shown
#: beside the verdict and validate warns
PART_OF_YEAR = re.compile(r"(?<!\d)(?:[1-9]|1[01])\s*月|[上下]半年|季度|[一二三四1-4]季|(?<![A-Za-z])[QqHh][1-4](?![0-9])")
#: A header that names a year it was not read as: its column would vanish without a word.
_YEAR_LIKE = r"(?<![0-9])(19[4-9][0-9]|20[0-9][0-9]|2100)(?![0-9])"
_DELIMITERS = (",", "\t", ";")
#: Characters at or above U+0800 (three-byte UTF-8: CJK) in the valid UTF-8 start of a file that
#: then stops being UTF-8. GB18030 text almost never gets this far by chance (about 2 in 100 000
#: random 40-character lines reach 3), so such a file is UTF-8 with a foreign part: an error.
_MIXED_UTF8_CHARACTERS = 4

#: The full number reader, for cells that are not plain ASCII numbers; such cells repeat (３.４３‰,
#: annotated values copied down a column), and Number is immutable, so results are shared.
_read_number = lru_cache(maxsize=65536)(read_number)

#: the magnitude a unit or a shown number opens with (万人, 千人, 百万元; 1302万, 15237千): "" where none
_MAGNITUDE = re.compile(r"[十百千万亿]*")

def _shown(text: str, most: int = 60) -> str:
    """A cell as a message quotes it: whole up to ``most`` characters, else its start and its length (a 300 KB cell
    made a 300 KB message)."""
    return repr(text) if len(text) <= most else f"{text[:most - 20]!r}… ({len(text):,} characters)"


_VALUE_HINT = (
    "write a number (12.3, １２.３, 1,234.5 in quotes, 3.43‰; annotations such as 396.75（快报数） are kept "
    "as notes), 是/否 for a deliverable, or leave the cell empty or write - for a missing value"
)
_YEAR_HINT = f"write the year as 2020 or 2020年 ({MIN_YEAR}–{MAX_YEAR})"
#: a number followed by words in brackets: an annotation, where the grammar knows it (396.75（快报数）). This
#: and the next two are pattern strings compiled by ``re`` on first use: only a refusal or a yearbook's table asks
_UNKNOWN_NOTE = r"^[<>≤≥＜＞]?\s*[-+]?[\d０-９][\d０-９.,，．]*\s*\S{0,6}?\s*([(（][^()（）]{1,20}[)）])$"
#: A year of the Minguo calendar, as tables from Taiwan write it: 107年, 民國107年 (107 + 1911 = 2018).
_MINGUO_YEAR = re.compile(r"(?:(?:中[华華])?民[国國])?\s*(\d{2,3})\s*年(?:度)?")
#: The same with its era named (民國107年, 民国107年度): read as the Western year, since the era says which
_NAMED_MINGUO = re.compile(r"^(?:中[华華])?民[国國](\d{1,3})(年度|年)")


def western_year(text: str) -> str:
    """``text`` (NFKC, spaces removed) with a leading year whose era is named, 民國107年…, written as the
    Western year, 2018年…; a bare 107年 is left as it is (which calendar it counts in is not said)."""
    match = _NAMED_MINGUO.match(text)
    return f"{int(match.group(1)) + 1911}{match.group(2)}{text[match.end():]}" if match else text


_YEAR_SPAN = r"((?:19|20)\d\d)[/\-–—~～至到](\d{2}|(?:19|20)\d\d)年?(?:年度)?"


def _span_hint(text: str) -> str:
    """A hint for a year cell that spans two years (2019/20, 2022-23: a financial or school year; 2021-2022):
    which calendar year its figures count for is the data's to say, not checker's to guess."""
    dated = re.fullmatch(_DATE_IN_YEAR, text)
    if dated and int(dated.group(1)) < MIN_YEAR:  # 1905-07-12: the number 2020 in a cell formatted as a date
        return (f"; {text!r} is a date long before any plan: a year typed as a number into a cell formatted as a date "
                "shows so (2020 is 1905-07-12) — format the column as a number or as text")
    if dated:
        return (f"; {text!r} is a date inside a year, not its first or last day: a year's figures are dated by the "
                "year (or its 31 December); a part year's figures are not a year's")
    match = re.fullmatch(_YEAR_SPAN, text)
    if not match:
        return ""
    first, second = int(match.group(1)), match.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return ""
    years = f"{first} or {last}" if last == first + 1 else f"one of {first}–{last}"
    return (f"; {text!r} spans more than one year (a financial or school year, or a period): write the calendar "
            f"year its figures are counted for ({years}), as the plan's targets count years")


def minguo_hint(cells: list[str], years_only: bool = False) -> str:
    """A hint naming the Western year of the first cell written as a bare Minguo year (``107年`` → 2018),
    or "" where there is none: such a year is never converted on a guess, but the refusal says what it may
    be (one that names its era, 民國107年, is read: :func:`western_year`). In a column that holds only years
    (``years_only``) a number alone (``109``) is such a year too."""
    for cell in cells:
        plain = unicodedata.normalize("NFKC", cell).strip()
        match = _MINGUO_YEAR.fullmatch(plain + "年" if years_only and plain.isdigit() else plain)
        if match and 1 <= int(match.group(1)) <= MAX_YEAR - 1911:
            number = int(match.group(1))
            if number < 100 and not re.match(r"\s*民", cell):  # 23年: a year written short, or a Minguo year
                return (f"; {cell.strip()!r} is a year written short ({2000 + number}?) or a Minguo (民國) year "
                        f"({number} + 1911 = {number + 1911}): write the year in full")
            return (f"; {cell.strip()!r} looks like a Minguo (民國) year: {number} + 1911 = {number + 1911}, "
                    "to be written as such")
    return ""


@read_only
class Observation:
    """One value of one indicator in one year (and region), with the cell it came from.

    ``value`` is None for a cell marked missing (empty, ``-``, ``—``, ``无``, ``/``): the row is kept so
    that reports can say "missing" rather than "no data". Deliverables read ``是``/yes/true/1 as 1.0 and
    ``否``/no/false/0 as 0.0. ``text`` is the cell as written (spaces right after a separator are
    skipped, so that ``, "1,234.5"`` reads); ``notes`` are the annotations read from it followed by the
    note/备注/来源 column. ``location`` is the value cell: file, physical line, column.
    """

    __slots__ = ("indicator", "year", "value", "text", "location", "region", "unit", "notes")

    def __init__(self, indicator: str, year: int, value: float | None, text: str, location: Location,
                 region: str | None = None, unit: str | None = None, notes: tuple[str, ...] = ()) -> None:
        set_field = object.__setattr__  # past the read-only record's own __setattr__
        set_field(self, "indicator", indicator)
        set_field(self, "year", year)
        set_field(self, "value", value)
        set_field(self, "text", text)
        set_field(self, "location", location)
        set_field(self, "region", region)
        set_field(self, "unit", unit)
        set_field(self, "notes", notes)


def passed_over_words(sheets: Sequence[str]) -> str:
    """What is said of a workbook's visible sheets after the first that hold numbers and were not read for want of
    ``--sheet`` (a second sheet holding a failing value): named, with how to read them."""
    shown = ", ".join(repr(name) for name in sheets[:5]) + (f" and {len(sheets) - 5} more" if len(sheets) > 5 else "")
    return (f"only the first visible sheet was read; {len(sheets)} more sheet{'s' if len(sheets) > 1 else ''} "
            f"holding numbers {'were' if len(sheets) > 1 else 'was'} not read: {shown}; read every sheet with "
            f"--sheet '*', or name one with --sheet NAME")


def unread_sheet_words(sheet: str, why: str = "hidden") -> str:
    """What is said of a sheet that ``--sheet '*'`` did not read: a hidden one (2023年 of a workbook of a sheet a
    year), or one of words only (``why`` "notes": a 说明 sheet)."""
    if why == "notes":
        return (f"the sheet {sheet!r} holds words only (no number, no year) and was passed over as the workbook's "
                f"notes; name it with --sheet {sheet!r} if it holds data")
    return (f"the sheet {sheet!r} is hidden and was not read with --sheet '*' (a person opening the file does not see "
            f"it); name it with --sheet {sheet!r} to read it")


def shown_with_unit(text: str, unit: str | None) -> str:
    """A value cell as written, with the unit its row gives when the cell does not (``'2.42' ‰``): two cells
    that disagree are shown so, as 2.42 ‰ and 0.242 % are one value and 2.42 and 0.242 without units are not."""
    written = text.strip()
    return f"{written!r} {unit}" if unit and unit not in written else repr(written)


@read_only
class DataFile:
    """A source that was read: for the report's provenance (file, hash) and for diagnostics.

    ``encoding`` is ``utf-8``, ``utf-8-sig`` or ``gb18030`` for files, and empty for records and
    workbooks, which were never text. ``rows`` counts the non-blank data rows, including rows skipped
    as bad. ``sheet`` names the sheet of a workbook (one DataFile a sheet read), None for CSV.
    """

    __slots__ = ("path", "sha256", "encoding", "layout", "rows", "sheet")

    def __init__(self, path: str, sha256: str, encoding: str, layout: str, rows: int, sheet: str | None = None) -> None:
        set_field = object.__setattr__  # past the read-only record's own __setattr__
        set_field(self, "path", path)
        set_field(self, "sha256", sha256)
        set_field(self, "encoding", encoding)
        set_field(self, "layout", layout)
        set_field(self, "rows", rows)
        set_field(self, "sheet", sheet)


@record
class Observations:
    """Everything read from one or more sources, in source order; ``skipped`` lists bad rows left out."""

    __slots__ = ("items", "files", "skipped", "duplicates", "parents", "unplaced_notes", "skipped_names", "codes",
                 "mark_notes", "unread_sheets", "region_columns", "passed_over", "name_columns")

    def __init__(self, items: tuple[Observation, ...], files: tuple[DataFile, ...],
                 skipped: tuple[CheckerError, ...] = (),
                 duplicates: tuple[tuple[Observation, Observation], ...] = (),
                 parents: dict[str, dict[str, str]] | None = None,
                 unplaced_notes: tuple[tuple[str, str, Location], ...] = (),
                 skipped_names: tuple[str | None, ...] = (), codes: dict[str, str] | None = None,
                 mark_notes: frozenset[str] = frozenset(), unread_sheets: tuple[tuple[str, str, str], ...] = (),
                 region_columns: dict[tuple[str, str | None, str], int] | None = None,
                 passed_over: tuple[tuple[str, tuple[str, ...]], ...] = (),
                 name_columns: dict[tuple[str, str | None, str], int] | None = None) -> None:
        self.items = items
        self.files = files
        self.skipped = skipped
        #: rows that repeat an earlier row's value exactly (first, repeat): dropped from ``items``, kept here
        #: so that ``checker validate`` can list them
        self.duplicates = duplicates
        #: region → level (city, province) → the place it lies in, where the files name them (省份, 地市)
        self.parents = {} if parents is None else parents
        #: notes under a table calling a subject's figures preliminary that no row is named by (note, subject, where):
        #: they mark no value, and ``checker validate`` says so
        self.unplaced_notes = unplaced_notes
        #: the indicator named in each of ``skipped``'s rows, where it was read (None: not read, or no row's)
        self.skipped_names = skipped_names
        #: region → its 行政区划代码 where the files give one (a 合计's code says whose total it is)
        self.codes = {} if codes is None else codes
        #: the notes under tables that a value carries for a mark they define (注：①为监测地区数据。 on 15.7①)
        self.mark_notes = mark_notes
        #: (workbook, sheet) of each hidden sheet holding anything that ``--sheet '*'`` did not read: said, not read
        self.unread_sheets = unread_sheets
        #: (file, sheet, region) → the column its region cells stand in (:meth:`region_cell_of`)
        self.region_columns = {} if region_columns is None else region_columns
        #: (workbook, sheets) of the visible sheets after the first holding numbers, not read for want of --sheet
        self.passed_over = passed_over
        #: (file, sheet, indicator name) → the column its name cells stand in, where on the value's row (:meth:`name_cell_of`)
        self.name_columns = {} if name_columns is None else name_columns

    def unread_sheet_lines(self) -> list[str]:
        """A warning line for each sheet ``--sheet '*'`` did not read, hidden or of words only, and for the sheets a
        read of the first left unread (as ``check`` prints its data's)."""
        return [*(f"{workbook}[{sheet}]: warning: {unread_sheet_words(sheet, why)}"
                  for workbook, sheet, why in self.unread_sheets),
                *(f"{workbook}: warning: {passed_over_words(sheets)}" for workbook, sheets in self.passed_over)]

    def latest(self) -> Observation | None:
        """The first row of the latest year read (None: no rows)."""
        return max(self.items, key=lambda item: item.year, default=None)

    def region_cell_of(self, item: Observation) -> Location:
        """The cell naming ``item``'s region (番禺区 in A11, not its value in D11), for a message about the region;
        the value's cell where no column of the file names it (a title's place, the plan's region)."""
        where = item.location
        column = self.region_columns.get((where.file or "", where.sheet, item.region)) if item.region else None
        return where if column is None else Location(where.file, where.line, column, where.path, where.sheet)

    def name_cell_of(self, item: Observation) -> Location:
        """The cell naming ``item``'s indicator (高血压患者的规范管理率 in B14, not its value in D14), for a message about
        the name; the value's cell where the name is not on the value's row (a table by place names it in its header)."""
        where = item.location
        column = self.name_columns.get((where.file or "", where.sheet, item.indicator))
        return where if column is None else Location(where.file, where.line, column, where.path, where.sheet)

    def region_cells(self) -> dict[tuple[str, str | None], RegionCells]:
        """Per file (and sheet): its rows that name no region, and the regions its other rows name."""
        blank: dict[tuple[str, str | None], list[Observation]] = {}
        named: dict[tuple[str, str | None], set[str]] = {}
        for item in self.items:
            key = (item.location.file or "", item.location.sheet)
            if item.region is None:
                blank.setdefault(key, []).append(item)
            else:
                named.setdefault(key, set()).add(item.region)
        return {key: RegionCells(len(blank.get(key, ())), blank[key][0].location if key in blank else None,
                                 frozenset(named.get(key, ())))
                for key in dict.fromkeys([*blank, *named])}


@read_only
class RegionCells:
    """What a file's region cells hold: how many rows name no region (and the first of them), and which
    regions the other rows name; :func:`checker.data.matching.peers_of_blank_rows` reads it."""

    __slots__ = ("blank", "first_blank", "named")

    def __init__(self, blank: int, first_blank: Location | None, named: frozenset[str]) -> None:
        set_field = object.__setattr__
        set_field(self, "blank", blank)
        set_field(self, "first_blank", first_blank)
        set_field(self, "named", named)


def read_rows(*paths: str | Path, skip_bad_rows: bool = False, sheet: str | None = None) -> Observations:
    """CSV files and workbooks row by row, whatever their size: the row reader and the workbook reader
    of :mod:`checker.data.readers` (which documents the arguments)."""
    from checker.data.filekinds import is_workbook

    def read(collector: RowCollector) -> list[DataFile]:
        files: list[DataFile] = []
        for path in paths:
            if not is_workbook(path):
                files.append(collector.read_file(path))
                continue
            from checker.data import workbooks

            book = workbooks.open_workbook(path, sheet)
            for table in book.tables():
                try:
                    layout, count = collector.read_table(book.path, table.header_row, table.header, table.rows,
                                                         sheet=table.sheet, footnotes=table.footnotes,
                                                         titles=table.titles, sheet_year=table.named_year,
                                                         header_lines=dict(table.header_lines))
                except CheckerError as error:
                    if not table.others or not error.message.startswith("missing columns"):
                        raise
                    shown = ", ".join(repr(name) for name in table.others[:5]) + (" …" if len(table.others) > 5 else "")
                    raise CheckerError(error.message, error.location, hint=(
                        f"the first sheet {table.sheet!r} was read for want of --sheet; the workbook has more: "
                        f"{shown}. Name the one with the data: --sheet NAME or FILE#NAME")) from None
                files.append(DataFile(book.path, book.sha256, "", layout, count, table.sheet))
            collector.unread_sheets += [(book.path, name, why) for name, why in book.unread]
            if book.passed_over:
                collector.passed_over.append((book.path, tuple(book.passed_over)))
        return files

    return _read_settled(skip_bad_rows, read)


def observations_from_records(
    records: Iterable[Mapping[str, object]], source: str = "<records>", *, skip_bad_rows: bool = False
) -> Observations:
    """Observations from mappings with the CSV's column names (``DataFrame.to_dict("records")``).

    Cells may be strings or Python/NumPy numbers; None and float NaN (pandas' empty cell) are empty
    cells. Locations name ``source``, the 1-based record number as the line and the key's position
    among all keys (in order of first appearance) as the column.
    """
    rows: list[Mapping] = []
    header: dict[object, None] = {}
    for number, mapping in enumerate(records, start=1):
        if not isinstance(mapping, Mapping):
            raise CheckerError(
                f"record {number} is a {type(mapping).__name__}, not a mapping of column name to cell",
                Location(source, number),
                hint='pass dicts, e.g. DataFrame.to_dict("records")',
            )
        rows.append(mapping)
        for key in mapping:
            if key not in header:
                header[key] = None
    if not rows:
        raise CheckerError(
            f"{source} has no records: no data rows", Location(source),
            hint="pass one mapping per observation (indicator, year, value, …)",
        )
    keys = list(header)
    table = [(number, [_cell_text(row.get(key)) for key in keys]) for number, row in enumerate(rows, start=1)]
    digest = sha256()
    for _, cells in table:
        digest.update("\x1f".join(cells).encode("utf-8", "surrogatepass") + b"\x1e")
    def read(collector: RowCollector) -> list[DataFile]:
        layout, count = collector.read_table(source, None, [_cell_text(key) for key in keys], table)
        return [DataFile(source, digest.hexdigest(), "", layout, count)]

    return _read_settled(skip_bad_rows, read)


#: the first two digits of the municipalities' codes (北京, 天津, 上海, 重庆): each is its districts' province and city
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


def parents_from_codes(codes: dict[str, str], parents: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """``parents`` with the places a region lies in filled from its 行政区划代码 (``codes``: region → its six
    digits) where the file holds its province's (330000) or city's (330100) own row: 淳安县 (330127) of 浙江省 was
    compared with the plan's province in a file of codes and names alone. A place the file names is kept."""
    by_code = {code: region for region, code in codes.items()}
    # a group of places is no place they lie in (省直辖县级行政区划 over 琼海市, 重庆's 市辖区 and 县 over its districts and
    # counties, in a 地市 column or by code): it was their 全市
    out = {region: {level: place for level, place in levels.items() if not is_group(place)}
           for region, levels in parents.items()}
    municipalities = _municipalities()
    for region, levels in out.items():  # 渝中区 | 重庆市 (its 地市 cell blank or 市辖区): a municipality is its districts' city
        if "city" not in levels and levels.get("province") in municipalities and levels["province"] != region:
            levels["city"] = levels["province"]  # (with the cell blank it was no city: 全市 n/a, blamed on the plan)
        elif "city" not in levels and (parents[region].get("city") or "").endswith("直辖县级行政区划"):
            levels["city"] = region  # 天门市 | 省直辖县级行政区划: under no city, its own 全市 (as 仙桃市 in a 地市 cell)
    for region, code in codes.items():
        if code.endswith("0000"):
            continue  # a province's own row
        # (4290xx, 4190xx, 6590xx: a county-level place under its province, no city; 429000 only groups them)
        province = by_code.get(code[:2] + "0000")
        if code[2:4] == "90" and not code.endswith("00") and not is_group(region):
            out.setdefault(region, {}).setdefault("city", region)  # 仙桃市 429004: under no city, its own 全市
        city = None if code.endswith("00") or code[2:4] == "90" else by_code.get(code[:4] + "00")
        city = None if city is not None and is_group(city) else city
        if city is None and code[:2] in _MUNICIPALITIES and not code.endswith("00"):
            city = province  # 黄浦区 310101: its city is 上海市 itself (3101 is the municipality's 市辖区)
        levels = out.setdefault(region, {})
        if province and province != region and is_province(province):
            levels.setdefault("province", province)
        if city and city != region and not is_whole_total(city):
            named = levels.setdefault("city", city)
            if named != city and named not in codes and (short_name_of(city, named) or short_name_of(named, city)):
                # 恩施州 (422800) over 恩施市 (422801) whose 地市 cell says 恩施土家族苗族自治州: the code says they are
                # one place, the short name's row its city's own; kept apart, the city's rows were judged as a
                # county's and its counties' 全市 was n/a
                levels["city"] = city
        elif _is_city_code(code) and not is_group(region) and not is_whole_total(region):
            levels.setdefault("city", region)  # 儋州市 460400: a city with no districts is its own 全市
    return {region: levels for region, levels in out.items() if levels}


@cache
def place_endings() -> tuple[str, ...]:
    """What a place's name may end with in one row and not in another (萍乡市 and 萍乡, 内蒙古自治区 and 内蒙古):
    the ``place_endings`` of ``rules/names.yaml`` and 地区."""
    from checker.rulefiles import load_rules_yaml

    return (*((load_rules_yaml("names.yaml") or {}).get("place_endings") or ()), "地区")


def place_variants(names: Iterable[str]) -> dict[str, str]:
    """Each name of a column of places (省份, 地市) that the column also writes with a place's ending, → that fuller
    name (济南 → 济南市: a city written short in some years' rows). Only where one ending makes a name the column holds:
    东营 beside 东营市 and 东营区 is left as it is. Both readers name such a place the fuller way before it qualifies a
    district, so 历下区 stays one region whichever way its 地市 cell was written."""
    names = set(names)
    out = {}
    for name in names:
        fuller = [name + ending for ending in place_endings() if name + ending in names] if len(name) >= 2 else []
        if len(fuller) == 1:
            out[name] = fuller[0]
    return out


def unplaced_namesakes(qualified: Mapping[str, tuple[str, str]],
                       parents: Mapping[str, Mapping[str, str]]) -> dict[str, list[str]]:
    """Namesakes named by a place (``qualified``: label → name, place) that the file also places finer in that place
    (江苏省鼓楼区 beside 南京市鼓楼区 and 徐州市鼓楼区, whose 省份 is 江苏省) → those finer labels: the row left its finer
    place blank, and which of them it is, no cell says. Both readers refuse such a row."""
    out = {}
    for label, (name, place) in qualified.items():
        others = sorted(other for other, (same, _) in qualified.items()
                        if same == name and other != label and place in (parents.get(other) or {}).values())
        if others:
            out[label] = others
    return out


def _is_city_code(code: str) -> bool:
    """A 行政区划代码 of a prefecture-level place (460400 儋州市), not a province's, a municipality's group (110100) or
    a group of county-level places under a province (429000)."""
    return code.endswith("00") and not code.endswith("0000") and code[2:4] != "90" and code[:2] not in _MUNICIPALITIES


def _read_settled(skip_bad_rows: bool, read: Callable[[RowCollector], list[DataFile]]) -> Observations:
    """The observations ``read`` collects; where a region name turns out to lie in two places, read
    again with those names known, so that every row of such a name is named with its place. Read again too where a
    column of places writes a place short in some rows (济南 and 济南市: named in full), and where codes and names
    disagree (refused on that read, if they still do once namesakes are named)."""
    ambiguous: frozenset[str] = frozenset()
    names: dict[str, str] = {}
    settled = False
    while True:
        collector = RowCollector(skip_bad_rows, ambiguous, names, settled)
        with no_cycle_collection():
            files = read(collector)
        if collector.settled:
            collector.namesakes_placed()
            break
        names = collector.place_variants()
        if not collector.ambiguous and not names and not collector.recheck:
            break
        ambiguous, settled = frozenset(collector.ambiguous), True
    codes = {region: code for region, (code, _) in collector.region_codes.items()}
    return Observations(tuple(collector.items), tuple(files), tuple(collector.skipped), tuple(collector.duplicates),
                        parents_from_codes(codes, {region: levels for region, levels in collector.parents.items()
                                                   if levels}),
                        tuple(collector.unplaced), tuple(collector.skipped_names), codes, frozenset(collector.mark_notes),
                        tuple(dict.fromkeys(collector.unread_sheets)), collector.region_columns,
                        tuple(dict.fromkeys(collector.passed_over)), collector.name_columns)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: the millions of small acyclic objects a big file makes (and a
    national run's results) would otherwise trigger it over and over (about half the reading time,
    a third of a national check); restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- reading files ----------------------------------------------------------------------------


def read_data_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a CheckerError naming the path for each way a path can fail to be a file."""
    name = str(path)
    where = Location(name)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise CheckerError(f"no such file: {name}", where, hint="check the path and the current directory") from None
    except PermissionError:
        raise CheckerError(f"no permission to read {name}", where, hint="check the file's permissions") from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise CheckerError(f"cannot read {name}: {getattr(error, 'strerror', None) or error}", where) from None
    if stat.S_ISDIR(info.st_mode):
        raise CheckerError(
            "the file is a directory, not a CSV file", where, hint="name the CSV files inside it (e.g. dir/*.csv)"
        )
    device = device_of(info.st_mode)
    if device:
        raise CheckerError(f"the path is {device}, not a data file", where,
                           hint="name the CSV or Excel file; for standard input, pipe it: `… | checker check PLAN /dev/stdin`")
    too_big = CheckerError(
        f"the file is larger than the limit of {MAX_BYTES} bytes ({MAX_BYTES / 2**20:g} MB)",
        where,
        hint="split the file by year or region, or raise the limit with `checker --max-file-mb N …`",
    )
    if info.st_size > MAX_BYTES:
        raise too_big
    try:
        with open_to_read(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise CheckerError(f"no permission to read {name}", where, hint="check the file's permissions") from None
    except OSError as error:
        raise CheckerError(f"cannot read {name}: {error.strerror or error}", where) from None
    if len(data) > MAX_BYTES:
        raise too_big
    return data


def _position(data: bytes, offset: int, encoding: str) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``."""
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode(encoding, errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a byte-order mark: NUL bytes (the high byte of ASCII characters) mostly at one
    parity, and the sample reads as printable UTF-16 text in that byte order."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 4 or min(even, odd) > max(even, odd) // 8:
        return False
    codec = "utf-16-be" if even > odd else "utf-16-le"
    try:
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def decode_data(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding that read it: UTF-8 (BOM or not), else GB18030; UTF-16 with its byte-order mark too
    (Excel's "Unicode text", tab-separated: the mark says the encoding for sure, nothing is guessed); anything else an
    error. UTF-16 without the mark is refused: its byte order would be a guess."""
    save_hint = "in Excel: File → Save As → 'CSV UTF-8 (Comma delimited)'; or any editor's 'save as UTF-8'"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        try:
            return data[2:].decode(codec), "utf-16"
        except UnicodeDecodeError as error:
            before = data[2:2 + error.start - error.start % 2].decode(codec, "replace")
            raise CheckerError(
                "the file starts with a UTF-16 byte-order mark, but is not UTF-16 text from here (a broken "
                "character, or a file cut short)",
                Location(name, before.count("\n") + 1, len(before) - before.rfind("\n")), hint=save_hint) from None
    if b"\x00" in data:
        sample = data[:4096]
        if sample.startswith(b"PK\x03\x04") or sample.startswith(b"\xd0\xcf\x11\xe0"):
            raise CheckerError(
                "the file is not a text/CSV file: it looks like an Excel workbook", Location(name), hint=save_hint
            )
        if _looks_utf16(sample):
            raise CheckerError(
                "the file looks UTF-16 encoded (every other byte is NUL); save as UTF-8",
                Location(name, 1, 1),
                hint=save_hint,
            )
        offset = data.index(b"\x00")
        line_start = data.rfind(b"\n", 0, offset) + 1
        # the column in characters, as every other message counts it: the line read as UTF-8, else as GB18030
        encoding = next((codec for codec in ("utf-8-sig", "gb18030") if _decodes(data[line_start:offset], codec)),
                        "latin-1")
        line, column = _position(data, offset, encoding)
        raise CheckerError(
            "the file is not a text/CSV file (NUL byte)", Location(name, line, column),
            hint="export the data as CSV text (UTF-8)",
        )
    if data.startswith(codecs.BOM_UTF8):
        bom = len(codecs.BOM_UTF8)
        try:
            return data[bom:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            offset = error.start + bom
            line, column = _position(data, offset, "utf-8")
            raise CheckerError(
                f"the file starts with a UTF-8 byte-order mark but byte 0x{data[offset]:02X} here is not UTF-8",
                Location(name, line, column),
                hint="the file mixes encodings; " + save_hint,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    line, column = _position(data, utf8_error.start, "utf-8")
    where = Location(name, line, column)
    byte = f"0x{data[utf8_error.start]:02X}"
    prefix = data[: utf8_error.start].decode("utf-8")
    if sum(1 for ch in prefix if ch >= "\u0800") >= _MIXED_UTF8_CHARACTERS:
        raise CheckerError(
            f"the file is UTF-8 until byte {byte} here, which is not: the file mixes encodings",
            where,
            hint="re-save the whole file in one encoding; " + save_hint,
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        gb_line, gb_column = _position(data, error.start, "gb18030")
        raise CheckerError(
            f"the file is neither UTF-8 (byte {byte} here) nor GB18030/GBK "
            f"(byte 0x{data[error.start]:02X} at {gb_line}:{gb_column})",
            where,
            hint=save_hint,
        ) from None
    private = re.search(_PRIVATE_USE, text)
    big5 = _as_big5(data, text, private is not None)
    if big5 is not None:
        return big5
    if private is not None:  # Big5 (or another code page) decodes as GB18030 into characters no text has
        before = text[:private.start()]
        raise CheckerError(
            f"the file is not UTF-8 (byte {byte} at {line}:{column}), and read as GB18030/GBK it holds "
            f"U+{ord(private.group(0)):04X}, a private-use character no standard text has: the file is in "
            "another encoding (Big5, or Hong Kong's Big5-HKSCS, with a character neither holds?), or uses a "
            "character of a local font",
            Location(name, before.count("\n") + 1, private.start() - before.rfind("\n")),
            hint=save_hint,
        )
    utf8_line = _utf8_line(data)
    if utf8_line is not None:  # a row a UTF-8 tool appended to a GBK file: read as GBK, 全国 is 鍏ㄥ浗
        number, as_written = utf8_line
        as_gbk = data.split(b"\n")[number - 1].decode("gb18030").strip()
        raise CheckerError(
            f"the file is GB18030/GBK (byte {byte} at {line}:{column} is not UTF-8), but this line is UTF-8: "
            f"{as_written.strip()[:40]!r}, which read as GBK would be {as_gbk[:40]!r}; the file mixes encodings",
            Location(name, number, 1), hint="re-save the whole file in one encoding; " + save_hint)
    return text, "gb18030"


#: the Big5 code pages tried, in order, and the name each is reported by: Windows' Big5 (cp950, Taiwan's Excel), then
#: Hong Kong's Big5-HKSCS, whose added characters (衞 is 0x8FC0) plain Big5 cannot decode
_BIG5_CODECS = (("cp950", "big5"), ("big5hkscs", "big5-hkscs"))


def _as_big5(data: bytes, as_gbk: str, private_use: bool) -> tuple[str, str] | None:
    """The text of a Big5 file (Excel's CSV on a Traditional Chinese Windows, or Hong Kong's Big5-HKSCS) and the
    encoding's name. Read as GB18030 it gives private-use characters, or (平均餘命) characters half of which lie
    outside GB2312, where a GBK file's text lies almost wholly inside it, full-width signs too; every row was then an
    unknown indicator. Only where a Big5 code page reads the file whole into ideographs and full-width signs; else
    None (GBK stays the reading, or its private-use refusal)."""
    wide = [character for character in as_gbk if not character.isascii()]
    if len(wide) < 4:
        return None
    if not private_use:
        outside = 0
        for character in wide:
            try:
                character.encode("gb2312")
            except UnicodeEncodeError:
                outside += 1
        if outside < len(wide) / 4:
            return None
    for codec, label in _BIG5_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        chinese = sum(1 for character in text if not character.isascii()
                      and ("\u3400" <= character <= "\u9fff" or "\u3000" <= character <= "\u303f"
                           or "\uff00" <= character <= "\uffef" or "\U00020000" <= character <= "\U0003134f"
                           or character in "‰℃°±×÷"))
        if chinese >= 0.95 * sum(1 for character in text if not character.isascii()):
            return text, label
    return None


#: characters of the private use area: GB18030 gives them to byte pairs GBK leaves unassigned (a
#: pattern compiled by ``re`` on first use, as the next: a range this wide takes a millisecond to compile,
#: and a UTF-8 file never asks)
_PRIVATE_USE = "[\ue000-\uf8ff]"
#: what a line of Chinese text holds beyond ASCII: ideographs, CJK and full-width punctuation
_CHINESE_TEXT = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"


#: the start of a web page or an XML file: a web system's "Excel" export (an HTML table, or the XML Spreadsheet 2003
#: of an .xls name), never a CSV
_MARKUP = re.compile(r"\s*<(?:!doctype\s+html|html|table|head|body|meta|\?xml)\b", re.IGNORECASE)


def _no_markup(text: str, name: str) -> None:
    """Refuse a data file that is a web page or XML, which was read as a CSV whose header was its markup."""
    start = _MARKUP.match(text[:4096])
    if start:
        what = "an XML file (Excel's XML Spreadsheet 2003?)" if "?xml" in start.group(0).lower() else \
            "a web page (an HTML table)"
        raise CheckerError(f"the file is {what}, not a CSV file or a workbook", Location(name, 1, 1),
                           hint="open it in Excel (or LibreOffice) and save it as .xlsx or CSV UTF-8")


def _utf8_line(data: bytes) -> tuple[int, str] | None:
    """The first line (number, text) of a file that is not UTF-8 as a whole whose bytes are UTF-8 Chinese
    text: a GBK file with a UTF-8 row added. A GBK line's bytes are almost never valid UTF-8 that decodes
    to Chinese characters alone; names such as 全国 and 南安 written in UTF-8 are valid GB18030, and were
    read as 鍏ㄥ浗 and 鍗楀畨, a region or indicator no plan knows, whose row was then left out."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.isascii():
            continue
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        wide = "".join(character for character in decoded if not character.isascii())
        if re.fullmatch(_CHINESE_TEXT, wide):
            return number, decoded
    return None


#: how many non-blank lines at a file's start are looked through for its header: title and note lines above it
#: (a yearbook table's 表3-2 …, 说明：…) hold no separator
_HEADER_SEARCH = 10


def sniff_delimiter(text: str, name: str) -> str:
    """The field separator the header line uses: comma, tab or semicolon (most frequent; comma on ties). The header is
    the first non-blank line that holds one of them: a title or note line above it holds none, and one with a
    full-width comma (``说明：本表数据来源于甲市卫生健康委，2024年为快报数``) is passed over as any title is — it made the
    whole file refused as "separated by full-width commas". Where no line at the start holds a separator and the first
    full-width comma stands in one, the file is refused at that line: its columns are so separated."""
    start, number, widely = 0, 0, None
    while start < len(text) and number < _HEADER_SEARCH:  # line by line, without splitting the whole file
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        number += 1 if line.strip() else 0
        counts = [line.count(d) for d in _DELIMITERS]
        if max(counts):
            return _DELIMITERS[counts.index(max(counts))]
        if widely is None and "，" in line:
            widely = text.count("\n", 0, start) + 1
        if end < 0:
            break
        start = end + 1
    if widely is not None:
        raise CheckerError(
            f"the header of {name} is separated by full-width commas (，)", Location(name, widely),
            hint="separate columns with ASCII commas (,), tabs or semicolons",
        )
    return ","


_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _narrow_lines(text: str, name: str, delimiter: str) -> Iterator[str]:
    """The physical lines of ``text``, each checked to have at most MAX_COLUMNS cells before csv splits it."""
    # lines as slices of the text (ends kept: \r\n, \n or a lone \r, as csv expects), one at a time: a
    # StringIO of the text held four bytes a character more, 2 GB for a one-line file of 190 MB
    for number, line in enumerate((match.group(0) for match in _LINE.finditer(text)), start=1):
        if len(line) > MAX_COLUMNS and line.count(delimiter) >= MAX_COLUMNS:
            raise CheckerError(
                f"line {number} has {line.count(delimiter) + 1:,} cells, more than the {MAX_COLUMNS:,} a table of "
                "yearly values can have", Location(name, number),
                hint="check that the file is the CSV you meant (a row of empty cells, or another file's content?)",
            )
        yield line


def _csv_rows(text: str, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) of each record; a quoting error raises at the record's first line."""
    reader = csv.reader(_narrow_lines(text, name, delimiter), delimiter=delimiter, strict=True,
                        skipinitialspace=True)
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            yield start, cells
    except csv.Error as error:
        message = str(error)
        lines = text.split("\n", end + 1)
        record = lines[end] if end < len(lines) else ""
        if "field larger than field limit" in message and ('"' not in record[:1000] or record.count('"') % 2 == 0):
            # no quote, or every quote of its line closed ("…200,000 characters…",2021,…): the cell is that long
            raise CheckerError(
                f"a cell is longer than {csv.field_size_limit()} characters: this is not a table of yearly values",
                Location(name, end + 1),
                hint="check that the file is the CSV you meant; a cell of this size is usually a pasted document",
            ) from None
        if "unexpected end of data" in message or "field larger than field limit" in message:
            message = "a quote (\") opened in this record is never closed"
        raise CheckerError(
            f"cannot read the CSV record starting here: {message}",
            Location(name, end + 1),
            hint='quote a cell with "…" and double quotes inside it (""); a stray " in a cell breaks the file',
        ) from None


# --- reading a table --------------------------------------------------------------------------


def _cell_text(cell: object) -> str:
    """A record's cell as text: None and NaN (pandas' empty cell) are empty; numbers use Python's repr."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, float) and math.isnan(cell):
        return ""
    if type(cell).__name__ in ("NAType", "NaTType"):
        return ""
    return str(cell)


def _header_key(name: str) -> str:
    """A header cell as :data:`COLUMN_NAMES` knows it: NFKC, trimmed, case folded, no spaces, simplified
    characters (地區, 指標, 數值, 單位 of a table from Hong Kong, Macau or Taiwan are 地区, 指标, 数值, 单位)."""
    return to_simplified(unicodedata.normalize("NFKC", name).strip().casefold().replace(" ", ""))


#: a change column's header beyond the listed ones (同比, 环比, 同比增减, 较上年增减, 与上年比较, 比2023年增减, 增长率, 比上年增长（个）):
#: derived from two values, no observation of its own
_CHANGE_HEADER = re.compile(r"(?:比上年|较上年|与上年(?:比较|相比)?|比上期|较上期|同比|环比|上升|(?:比|较)(?:19|20)\d\d年?)?"
                            r"(?:增长|增减|增幅|增速|增加|下降|升降|变化|变动|±)?(?:率|幅度|量|数|值)?(?:比较)?"
                            r"(?:\((?:%|‰|百分点|个百分点|个|人|张|岁|元|万元|亿元|倍)\))?%?")


#: a place's name as a yearbook's table by place gives it (乐山市, 市中区, 峨边彝族自治县 — spaces taken out), and the words
#: of a measure that no place's name holds
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|县|区|旗|州|盟|自治县|自治州|自治区|特区)")
_MEASURE_WORD = re.compile(r"率|数|人|量|额|比|床|费|院|所|站|中心|机构|国家|省级|市级|县级|示范|卫生|健康|城市|促进|创建|文明|园林|"
                           r"达标|先进|标准|无烟|慢性病")  # (国家卫生城市, 慢性病综合防控示范区: deliverables, no places)


def _column_role(key: str) -> str | None:
    """The role of a header cell as :func:`_header_key` gives it: :data:`COLUMN_NAMES`', else a change column's."""
    role = COLUMN_NAMES.get(key)
    if role is None and key and (_CHANGE_HEADER.fullmatch(key) and re.search(r"同比|环比|增|降|变|比|±", key)
                                 or _progress_header(key)):
        return "change"  # (a task's progress, 完成率(%): the value over its target, no observation either)
    return role


#: the year or the part of a year a change column's header opens with (2025年, 2025年1-9月, 2025年上半年累计, 2025Q3)
_YEAR_OR_PERIOD = re.compile(r"^(?:19|20)\d{2}(?:年度|年)?(?:(?:\d{1,2}[-—–~～至到])?\d{1,2}月份?|[上下]半年|前?[一二三四1-4]季度|"
                             r"q[1-4]|h[12])?(?:累计)?")


#: a header naming a month of a year (2024年12月, 2024-12, 2024.06): a monthly report's column
_MONTH_HEADER = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月份?|[-/.](\d{1,2}))")


def _no_month_header(cell: str, location: Location) -> None:
    """Refuse a header that names a month (``2024年12月``, ``2024-12``) at its cell, saying how to write it: a month's
    figure is not the year's (December's may be the year-end stock, 2024年12月末, which is read as the year's)."""
    match = _MONTH_HEADER.fullmatch(unicodedata.normalize("NFKC", cell).strip())
    if match is None or not 1 <= int(match.group(2) or match.group(3)) <= 12:
        return
    year, month = match.group(1), int(match.group(2) or match.group(3))
    if month < 12:  # (as 2023年（1-6月）: part of a year, refused as such)
        raise CheckerError(
            f"column {location.column} header {cell.strip()!r} covers part of a year (a month, {year}年{month}月): its "
            "figures are not the year's, and would be judged as them", location,
            hint=f"give the whole year's figures under a year header ({year}, {year}年（快报数）), or delete the column")
    raise CheckerError(
        f"column {location.column} header {cell.strip()!r} names a month ({year}年12月), not a year: a month's figures "
        "are not the year's", location,
        hint=f"write {year}年12月末 (or {year}年末) if its figures are counts at the year's end (卫生技术人员数, 床位数), "
             f"or {year}年 if they are the whole year's")


def _progress_header(key: str) -> bool:
    """Whether a header (as :func:`_header_key` gives it) names how much of a task was done (完成率(%), 任务完成率,
    2024年完成进度(%)): the share of a target reached, no value of the indicator (``progress_header_words`` in
    ``rules/names.yaml``)."""
    return any(word in key for word in progress_header_words())


@cache
def progress_header_words() -> tuple[str, ...]:
    """The words of a task's progress in a header (``progress_header_words`` in ``rules/names.yaml``)."""
    from checker.rulefiles import load_rules_yaml

    words = (load_rules_yaml("names.yaml") or {}).get("progress_header_words") or ()
    return tuple(_header_key(str(word)) for word in words)


def header_role(cell: str) -> str | None:
    """The role a header cell gives its column: one of :data:`COLUMN_NAMES`' roles, ``"years"`` for a
    year column of the wide layout (2015, 2016年, 2024（快报数）), or None. Workbooks use it to find the
    header row under a sheet's title rows."""
    role = _column_role(_header_key(cell))
    if role is None and _year_header(cell) is not None:
        return "years"
    return role


def _year_header(name: str) -> tuple[int, tuple[str, ...]] | None:
    """The year of a wide layout's year header and the notes its annotation gives every cell of the
    column: ``2024`` → (2024, ()), ``2024年(初步数)`` → (2024, ("初步数",)), ``2024E`` → (2024, ("E (预计 …)",))."""
    name, footnote = footnote_mark(name)  # 2023①: the mark is a footnote's, not a digit of the year
    dated = _YEAR_CELL.fullmatch(unicodedata.normalize("NFKC", name).strip().replace(" ", ""))
    if dated and not footnote and re.search(r"[-/.]\d|日", dated.group(0)[4:]):
        return int(dated.group(1)), ()  # 2025-12-31: a year as its last day, as a year cell of it is read
    match = re.fullmatch(_YEAR_HEADER, western_year(unicodedata.normalize("NFKC", name).strip().replace(" ", "")))
    if not match or not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        return None
    rest = match.group(2)
    if rest and _progress_header(_header_key(rest)):
        return None  # 2024年完成率(%): how much of the year's task was done, no value of 2024 (passed over as 同比 is)
    if footnote:
        read = _year_header(name) if rest else (int(match.group(1)), ())
        return None if read is None else (read[0], (*read[1], f"{footnote} (annotated)"))
    if not rest or re.fullmatch(_WHOLE_YEAR, rest):
        return int(match.group(1)), ()
    if PART_OF_YEAR.search(rest):
        return None  # 2025年1-9月快报, 2025年三季度快报: part of a year's figures, whatever else it says
    mark = _HEADER_MARKS.get(rest.casefold())
    if mark is not None:
        return int(match.group(1)), (mark,)
    bracket = re.fullmatch(_HEADER_BRACKETS, rest)
    if bracket and bracket.group(1).strip():
        return int(match.group(1)), (bracket.group(1).strip(),)
    if not bracket and len(rest) <= 8 and (_observed_mark(rest) or any(word in rest for word in PRELIMINARY) or any(
            word in rest.casefold() for word in target_header_words())):
        # (2025年预计数, 2024年快报: an annotation unbracketed, as 2025年（预计） is read)
        # 2020年完成情况, 2020年规划目标 (a published table's headers, unbracketed): observed values, or a target
        # column refused as the bracketed one is
        return int(match.group(1)), (rest,)
    return None


@record
class _Columns:
    """Where each role sits in the header (0-based); ``years`` are (column, year) of a wide file."""

    __slots__ = ("layout", "width", "indicator", "year", "value", "region", "unit", "notes", "years", "year_notes",
                 "blank", "places", "region_code", "province", "across", "given_year", "headings", "across_years",
                 "code_header")

    def __init__(self, layout: str, width: int, indicator: int, year: int | None, value: int | None,
                 region: int | None, unit: int | None, notes: tuple[int, ...], years: tuple[tuple[int, int], ...],
                 year_notes: dict[int, tuple[str, ...]] | None = None, blank: tuple[int, ...] = (),
                 places: tuple[tuple[str, int], ...] = (), region_code: int | None = None,
                 across: tuple[int, ...] = (), given_year: int | None = None, headings: dict[int, str] | None = None,
                 across_years: dict[int, int] | None = None, code_header: str = "") -> None:
        self.layout = layout
        self.width = width
        self.indicator = indicator
        self.year = year
        self.value = value
        self.region = region
        self.unit = unit
        self.notes = notes
        self.years = years
        #: the notes a year header's annotation gives its column's cells (column → notes)
        self.year_notes = {} if year_notes is None else year_notes
        #: columns without a header: their cells must be empty (a region there would be dropped)
        self.blank = blank
        #: (level, column) of the places the rows' regions lie in (省份, 地市), finest first
        self.places = places
        #: the column of the provinces among them, if any (a row's empty one is looked into)
        self.province = next((column for level, column in places if level == "province"), None)
        #: the column of the regions' codes (行政区划代码), left out but for telling namesakes apart
        self.region_code = region_code
        #: a table by place (layout ``by_place``): its indicator columns, each header the indicator's name …
        self.across = across
        #: … and the one year of all its values, which its title or its sheet's name gives …
        self.given_year = given_year
        #: … the indicator heading over each of its columns (column → header text) …
        self.headings = {} if headings is None else headings
        #: the region code column's header (行政区划代码, code), which says whether its cells are 行政区划代码 alone
        self.code_header = code_header
        #: … and, under an indicator heading merged over year columns, each column's own year (column → year)
        self.across_years = {} if across_years is None else across_years


#: the first characters of an indicator column's header words (指标, 統計指標, 项目, Indicator …), which a row's
#: indicator cell must start with before it is looked at as a header repeated (a cheap test, row by row)
_HEADER_FIRSTS = frozenset("指統统项項IiVvＩｉ")
#: a line that says the table goes on (续表, 续表1, 续上表, (续)), above its repeated header
_CONTINUED = r"[（(]?(?:续表\s*\d*|续上表|续|續表\s*\d*|續)[）)]?(?:[:：].*)?"
#: the rural and urban halves of a yearbook's urban and rural columns (城市 | 农村, 城镇 | 乡村)
_RURAL = frozenset(("农村", "乡村"))
_URBAN = frozenset(("城市", "城镇"))


def continued_line(cells: list[str]) -> bool:
    """Whether a row only says the table goes on (续表, 续表1, 续上表, (续)) above its repeated header."""
    return bool(cells) and cells[0].lstrip()[:1] in "续續（(" and bool(re.fullmatch(_CONTINUED, cells[0].strip())) \
        and not "".join(cells[1:]).strip()


#: who signs a statistics form under its table (单位负责人：… 统计负责人：… 填表人：… 联系电话：… 报出日期：…)
_SIGNATURE = (r"\s*(?:(?:单位负责人|统计负责人|部门负责人|负责人|填表人|制表人|填报人|审核人|复核人|审批人|联系人|审核|制表|"
              r"填表|复核)(?:签字|签名|\(签字\)|（签字）)?|联系电话|电话|手机|报出日期|填报日期|填表日期|报送日期|制表日期)\s*[:：]"
              r"|\s*[（(]?(?:单位)?(?:盖章|公章|签章|签字|签名)[）)]?\s*$")


def signature_line(cells: list[str]) -> bool:
    """Whether a row only signs the form (单位负责人：… 填表人：… 联系电话：…): every filled cell opens with who or when."""
    first = next((cell for cell in cells if cell.strip()), None)  # (a cheap look first: every data row asks)
    return first is not None and first.lstrip()[:1] in "单统部负填制审复联电手报（(盖公签" \
        and all(re.match(_SIGNATURE, cell) for cell in cells if cell.strip())


#: A line giving the unit of the table below it: ``单位：万人``, ``计量单位: ‰``, or the same in brackets as yearbooks
#: write it, ``（单位：%）``, ``(单位:%)``, ``【单位：%】`` (a workbook reads it; a CSV file has a 单位 column instead). The
#: one recogniser of both readers: the words are the group that matched (what trails a bracket, ``（单位：%）。``, is
#: left in them, for the unit's check to refuse, never passed over).
UNIT_LINE = re.compile(r"\s*(?:[（(【\[]\s*(?:计量)?单位\s*[:：]\s*(\S(?:.*?\S)??)\s*[）)】\]]?"
                       r"|(?:计量)?单位\s*[:：]\s*(\S(?:.*\S)?))\s*")


#: a footnote's clause that gives what it names another year's figures (乙县为2022年数据, 甲县数据系2021年的数值): the year


def _bare_name(indicator: str) -> str:
    """An indicator's name without the bracket closing it (婴儿死亡率（‰）: 婴儿死亡率), as a note names it."""
    return re.sub(r"[(（][^()（）]*[)）]$", "", indicator).strip()


def _named_by(dated: Redating, items: list[Observation]) -> list[Observation] | None:
    """The values a re-dating note's clause names: those of a place or indicator its words name (its own words first,
    then its sentence's before it), else those carrying a mark it names; None where it names nothing of the table."""
    for subject in dated.subjects:
        named = [item for item in items if any(word and len(word) >= 2 and word in subject for word in (
            item.region, _bare_name(item.indicator)))]
        if named:
            return named
    if dated.marks:
        return [item for item in items if any(carries_mark(item.text, mark) for mark in dated.marks)]
    return None


def _whole_row_error(footnote: str, dated: Redating, named: list[Observation], where: Location) -> CheckerError:
    """The refusal of a note that gives every value it names one year, naming none of the years the table gives them
    (注：孕产妇死亡率为2023年数据。 over a row of 2022–2024): it is about the row as a whole, and which value it dates is
    not said; pinned on the row's first cell, its hint told the user to move a good value. ``where``: the file."""
    lines = {(item.location.file, item.location.sheet, item.location.line) for item in named}
    first = named[0].location
    at = Location(first.file, first.line, sheet=first.sheet) if len(lines) == 1 else where
    years = sorted({item.year for item in named})
    subject = named[0].region or named[0].indicator
    return CheckerError(
        f"a note under the table says {footnote.strip()!r}: it makes the values of {subject} "
        f"{dated.year_of(years[-1])}'s, though the table gives them the years {', '.join(map(str, years))}; "
        "which of them the note means it does not say", at,
        hint=f"say in the note which year's value it dates ({subject}{years[-1]}年以{dated.year_of(years[-1])}年数据代替), "
             "or move each value to its year's row or column, then delete the note")


def _unit_line_error(text: str, location: Location) -> CheckerError:
    """The refusal of a 单位 line among a CSV table's rows (a second table's unit): passed over, the rows below it were
    read in the plan's unit whatever it says."""
    return CheckerError(
        f"a line among the rows gives a unit ({text.strip()!r}), as a second table's 单位 line does: a CSV file's rows "
        "take their unit from a 单位 column, and passed over, the rows below it would be read in the plan's unit",
        location, hint="give the unit in a 单位 column (or in the indicator's name, 婴儿死亡率（‰）), then delete the "
                       "单位 line; or save the tables as a workbook, which reads each table's 单位 line")


#: a unit given in a note (注：1.单位：%；2.…), not the office that fills the form in (填报单位：…): its words
_NOTE_UNIT = re.compile(r"(?<!填报)(?<!报送)(?<!统计)(?<!编制)(?<!制表)(?<!上报)(?:计量)?单位\s*[:：]\s*[^；;，,。\s]")


def unit_below_error(text: str, location: Location) -> CheckerError:
    """The refusal of a 单位 line, or a note giving a unit, under a table's rows: passed over, the rows above it were
    read in the plan's unit whatever it says (above the header the same line is refused)."""
    return CheckerError(
        f"a line under the table gives a unit ({text.strip()!r}): passed over, the values would be read in the plan's "
        "unit", location, hint="give the unit in a 单位 column (or in the indicator's name, 婴儿死亡率（‰）), then delete "
                               "it from the line")


def footnote_line(cells: list[str]) -> bool:
    """Whether a row is a footnote under a table (注：…, 资料来源：…): its first cell, and nothing else."""
    return bool(cells) and cells[0].lstrip()[:1] in _FOOTNOTE_STARTS and bool(re.match(FOOTNOTE, cells[0])) \
        and not "".join(cells[1:]).strip()


def footnote_row(cells: list[str], noted_above: bool) -> bool:
    """Whether a row is a footnote's: a 注：… row, or, right under one (``noted_above``), a row of one cell opening
    with a clause's number (``2．2024年数据为快报数。``, ``（2）…``): the note printed one clause a row."""
    return footnote_line(cells) or noted_above and bool(cells) and numbered_line(cells[0]) \
        and not "".join(cells[1:]).strip()


def header_columns(header: list[str], name: str, line: int | None,
                   titles: Iterable[tuple[int | None, list[str]]] = (), sheet_year: int | None = None,
                   under: list[str] | None = None) -> _Columns:
    """The layout and column positions of ``header``, or a located error naming what is missing. ``titles``: the
    (line, cells) above the header, and ``sheet_year``: the year a workbook's sheet is named by; for a table by place
    (places down, indicators across), the one year of its values (:func:`given_year`). ``under``: the row of year
    headings under a table by place's indicator headings (:func:`year_subheading`), which gives each column its year."""
    where = Location(name, line)
    header = _dated_relative(header, titles, sheet_year)  # 本年 | 上年 under a title of 2024年: 2024年 | 2023年
    roles: dict[str, int] = {}
    notes: list[int] = []
    years: dict[int, int] = {}
    year_notes: dict[int, tuple[str, ...]] = {}
    unknown: list[int] = []
    codes: dict[str, int] = {}
    rural = next((index for index, cell in enumerate(header) if _header_key(cell) in _RURAL), None)
    for index, cell in enumerate(header):
        role = _column_role(_header_key(cell))
        if rural is not None and _header_key(cell) in _URBAN:
            # a yearbook's 合计 | 城市 | 农村: urban and rural figures, no city (read as one, the 农村 column was
            # an unknown column and two such headers "two city columns")
            raise CheckerError(
                f"column {index + 1} header {cell!r} beside {header[rural]!r} (column {rural + 1}) splits the figures "
                "into urban and rural: it names no city, and checker reads one value per indicator, place and year",
                Location(name, line, index + 1),
                hint="keep the total (合计) column as the value; to check urban or rural figures, put them in a file "
                     "of their own, one row a value: 地区, 指标, 年份, 数值",
            )
        if role == "note":
            notes.append(index)
        elif role in ("serial", "change"):
            continue  # 序号: row numbers, 比上年增长（%）: a change of the values; no part of any observation
        elif role == "relative_year":
            year_column = any(COLUMN_NAMES.get(_header_key(other)) == "year" for other in header)
            if year_column and _header_key(cell) in _THIS_YEAR and sum(
                    COLUMN_NAMES.get(_header_key(other)) in ("relative_year", "value") for other in header) == 1:
                roles["value"] = index  # 指标名称, 年度, 本年数: the year's value, its year in the 年度 column
                continue
            raise CheckerError(
                f"column {index + 1} header {cell!r} names its year only as the report's own"
                + (": beside the 年度 column, only one column of this year's values (本年数) is read as its value, "
                   "and a 上年 column's values are another year's" if year_column else
                   ": which year that is, the file does not say in a column"), Location(name, line, index + 1),
                hint="write each column's year in its header (in a report of 2024: 2024年 for 本年, 2023年 for 上年)"
                     + ("; or keep one 本年数 column beside 年度 and delete the others" if year_column else ""))
        elif role in CODED_ROLES:
            codes[role] = index  # Country Code beside Country Name: the name says it
        elif role is not None:
            if role in roles:
                raise CheckerError(
                    f"two {role} columns: {header[roles[role]]!r} (column {roles[role] + 1}) and {cell!r} "
                    f"(column {index + 1})",
                    Location(name, line, index + 1),
                    hint="keep one, or rename the other",
                )
            roles[role] = index
        else:
            read = _year_header(cell)
            if read is None:
                if cell.strip():
                    unknown.append(index)
                continue
            year, marks = read
            target = next((word for mark in marks if whole_target_note(mark) or not _observed_mark(mark)
                           for word in target_header_words() if word in mark.casefold()), None)
            unit = next((mark for mark in marks if units.is_known(mark)), None)
            if unit is not None:  # 2020(万人): a unit kept as a note would read the cells in the plan's unit
                raise CheckerError(
                    f"column {index + 1} header {cell!r} gives a unit ({unit}) in the year's brackets; read as a "
                    "note, its cells would be taken in the plan's unit",
                    Location(name, line, index + 1),
                    hint=f"write the year alone ({year}) and give the unit in a 单位 column or in the indicator's "
                         "name (婴儿死亡率（‰）)",
                )
            if target is not None:
                raise CheckerError(
                    f"column {index + 1} header {cell!r} names a target ({target}), not observed values: a plan's "
                    "target column is no data",
                    Location(name, line, index + 1),
                    hint="give the observed values under a plain year header (2025, 2025年); leave the plan's "
                         "targets in the plan",
                )
            if marks:
                year_notes[index] = marks
            if year in years:
                raise CheckerError(
                    f"two columns for {year}: {header[years[year]]!r} (column {years[year] + 1}) and "
                    f"{cell!r} (column {index + 1})",
                    Location(name, line, index + 1),
                    hint="keep one column per year",
                )
            years[year] = index
    for index in unknown:  # 2024年12月: a month, before any layout's message (missing columns year, value …)
        _no_month_header(header[index], Location(name, line, index + 1))
    if not years and "value" not in roles and "indicator" in roles:
        across = places_across(header)
        if across:  # 指标 | 单位 | 海曙区 | 余姚市 | 全市: not "missing columns", nor a title line to delete
            raise places_across_error(across, Location(name, line, header.index(across[0]) + 1))
    found = header_found(header)
    expected = (
        "expected the long layout (indicator|指标, year|年份, value|数值, optional region|地区, unit|单位, "
        "note|备注) or the wide layout (指标, optional 单位, 地区, then one column per year: 2015, 2016年, …); "
        "if the file starts with a title line, delete it so that the header comes first"
    )
    places = {level: roles.pop(level) for level in PLACE_LEVELS if level in roles}
    if "region" not in roles and places:  # 省份 (and 地市) without a finer column: the finest is the region
        roles["region"] = places.pop(next(level for level in PLACE_LEVELS if level in places))
    for role, index in codes.items():
        if CODED_ROLES[role] not in roles:
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} holds codes of the {CODED_ROLES[role]}s, but the file "
                f"has no {CODED_ROLES[role]} name column: left out, its rows' {CODED_ROLES[role]} would be lost",
                Location(name, line, index + 1),
                hint=f"add a column with the {CODED_ROLES[role]}'s name ({'地区' if role == 'region_code' else '指标'}), "
                     f"or head this column {CODED_ROLES[role]} if its codes are the names the plan uses",
            )
    if unknown and "region" in roles and not isinstance(header[roles["region"]], AddedHeading):
        # 片区 | 地区 | …: a group of the places (中心城区 merged down over 越秀区, 海珠区) before the file's own place column,
        # left out as 类别 is; alone (片区 | 指标 | …) it is unknown and refused, its cells perhaps the places
        groups = _place_groups()
        unknown = [index for index in unknown if not (index < roles["region"] and _header_key(header[index]) in groups)]
    long = "value" in roles or "year" in roles
    if "year" in roles and "indicator" not in roles and "value" not in roles and unknown:
        # a yearbook's 主要年份 table: one row a year, one column an indicator. Refused, not guessed:
        # which cells are indicators and which notes is the reader's to say, by transposing it.
        names = ", ".join(repr(header[index]) for index in unknown[:3]) + (", …" if len(unknown) > 3 else "")
        raise CheckerError(
            f"the years run down the rows (column {roles['year'] + 1}, {header[roles['year']]!r}) and the "
            f"indicators across the header ({names}); checker reads one indicator a row",
            Location(name, line, roles["year"] + 1),
            hint=("unpivot it, one row a value: 地区, 指标, 年份, 数值, leaving out columns that hold no indicator (a "
                  "code) (in Excel: Data → From Table/Range → select "
                  f"{header[roles['region']]!r} and {header[roles['year']]!r} → Unpivot Other Columns; in pandas: "
                  f"df.melt(id_vars=[{header[roles['region']]!r}, {header[roles['year']]!r}]))"
                  if "region" in roles else
                  "transpose the table (in Excel: copy it, Paste Special → Transpose) so that it reads 指标, "
                  "2008, 2009, …; or write one row a value: 指标, 年份, 数值"),
        )
    if not long and years and "indicator" not in roles and "region" in roles:
        # a yearbook's 各地区 table: regions down, years across, the indicator named in its title only
        raise CheckerError(
            f"the table has a region column ({header[roles['region']]!r}) and year columns but no indicator "
            "column: which indicator its values are is not in the table",
            Location(name, line, roles["region"] + 1),
            hint="add a column 指标 holding the indicator's name (as the title gives it, with its unit, such as "
                 "婴儿死亡率（‰）) on every row",
        )
    if not long and not years and "indicator" not in roles and "region" in roles and unknown \
            and roles["region"] < min(unknown):  # (its stub: a place column a title adds, at the end, is none)
        if under is not None:
            return _by_place_years(header, under, name, line, roles, notes, places, codes, titles)
        return _by_place(header, name, line, roles, notes, unknown, places, codes, titles, sheet_year)
    if not long and not years and "indicator" not in roles and "region" in roles and unknown \
            and roles["region"] > min(unknown) and under is None and not isinstance(header[roles["region"]], AddedHeading):
        before = [index for index in unknown if index < roles["region"]]
        raise CheckerError(  # 片区 | 地区 | 孕产妇死亡率 …: the header was found; its first column is not known
            f"column {before[0] + 1} header {header[before[0]]!r} stands before the region column "
            f"{header[roles['region']]!r} of a table of places down and indicators across, and names neither a place "
            f"level (省份, 地市) nor a group checker knows: read as an indicator, its cells are no values; header found: "
            f"{found}", Location(name, line, before[0] + 1),
            hint=f"if it groups the places, head it 类别 (left out) or delete the column; if it holds the places, head "
                 f"it 地区 and rename {header[roles['region']]!r}")
    if under is not None:  # a row of years under a header that is no table by place's
        raise _grouped_error(header, roles.get("region", 0), "its header is not one of places and indicators only",
                             Location(name, line))
    if not long and years and "indicator" in roles:
        layout = "wide"
    else:
        missing = [role for role in ("indicator", "year", "value") if role not in roles]
        over = roles.get("year")
        if missing == ["value"] and over is not None and over + 1 < len(header) and not header[over + 1].strip():
            raise CheckerError(  # 年份 over blank columns: a two-row header whose second row holds no years only
                f"column {over + 1} header {header[over]!r} stands over blank columns, as a heading over the year "
                f"columns (two header rows) does, but the row under it does not hold only years under it; read as one "
                f"row, the file is missing its value column; header found: {found}", Location(name, line, over + 1),
                hint="write each year in the header row itself (指标, 单位, 2023年, 2024年), or put the years in the "
                     "row right under the 年份 heading (2023年 | 2024年) with nothing else on that row")
        if missing:
            raise CheckerError(
                f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} in {name}; "
                f"header found: {found}",
                where,
                hint=expected + minguo_hint(header),
            )
        layout = "long"
        if years:  # 指标, 年份, 数值 … and a column headed 2020: its cells would be read by neither layout
            index = min(years.values())
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} is a year column, but the file has a "
                f"{'value' if 'value' in roles else 'year'} column ({header[roles.get('value', roles.get('year'))]!r}) "
                "and is read one value a row: that column's cells would be left out",
                Location(name, line, index + 1),
                hint="move its values into rows of their own (指标, 2020, 5.4), or make the whole file wide "
                     "(指标, 单位, 2015, 2020, …) without the 年份 and 数值 columns",
            )
    for index in unknown:
        if header[index].startswith("\ufeff"):  # (a file's own BOM is read past before its first line)
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} begins with a byte-order mark (U+FEFF) on line {line}, "
                "where only a file's first character may be one: were two files joined (cat a.csv b.csv)?",
                Location(name, line, index + 1),
                hint="join the files without the second one's byte-order mark and header (or give each file to "
                     "checker on its own)")
        if _column_role(_YEAR_OR_PERIOD.sub("", _header_key(header[index]))) == "change":
            continue  # 2025年比上年增长（%）, 2025年1-9月同比(%): the year's or the period's change, as 比上年增长（%） is
        if re.search(_YEAR_LIKE, header[index]) and PART_OF_YEAR.search(unicodedata.normalize("NFKC", header[index])):
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} covers part of a year: its figures are not the "
                "year's, and would be judged as them",
                Location(name, line, index + 1),
                hint="give the whole year's figures under a year header (2023, 2023年（快报数）), or delete the column")
        if layout == "wide" or re.search(_YEAR_LIKE, unicodedata.normalize("NFKC", header[index])):
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} is neither a year nor a known column; its cells "
                "would be left out",
                Location(name, line, index + 1),
                hint="write a year header as 2024, 2024年, 2024（快报数） or 2024*; name a note column 备注 or note; "
                     "or delete the column",
            )
        # a long file's column checker does not know may be the rows' region or unit under another
        # name: read as the plan's region, in the plan's unit, its rows would be judged as someone else's
        raise CheckerError(
            f"column {index + 1} header {header[index]!r} is not a known column; its cells would be left out "
            "(were it the rows' region or unit, they would be read as the plan's)",
            Location(name, line, index + 1),
            hint="name it region|地区, unit|单位, or note|备注 if it holds remarks; delete it if it holds nothing "
                 "to keep",
        )
    return _Columns(
        layout=layout,
        width=len(header),
        indicator=roles["indicator"],
        year=roles.get("year"),
        value=roles.get("value"),
        region=roles.get("region"),
        unit=roles.get("unit"),
        notes=tuple(notes),
        years=tuple(sorted(((index, year) for year, index in years.items()))) if layout == "wide" else (),
        year_notes=year_notes if layout == "wide" else {},
        blank=tuple(index for index, cell in enumerate(header) if not cell.strip()),
        places=tuple(places.items()),
        region_code=codes.get("region_code"),
        code_header=_code_header(header, codes),
    )


def _code_header(header: list[str], codes: dict[str, int]) -> str:
    """The header of the region code column (行政区划代码, code), "" where there is none: whether its cells are
    行政区划代码 alone (:func:`code_digits_lost`)."""
    return header[codes["region_code"]] if "region_code" in codes else ""


def _by_place(header: list[str], name: str, line: int | None, roles: dict[str, int], notes: list[int],
              unknown: list[int], places: dict[str, int], codes: dict[str, int],
              titles: Iterable[tuple[int | None, list[str]]], sheet_year: int | None) -> _Columns:
    """The columns of a yearbook's table by place (表14-3 各县（市、区）…（2023年）: 地区 down, 机构数（个）| 床位数（张）…
    across): every other column an indicator, its header the indicator's name (with its unit in brackets), and the one
    year of every value the title's or the sheet's (:func:`given_year`). It was refused, and its message told the user
    to delete the title, the only place its year was given."""
    across = []
    for index in unknown:
        key = _header_key(header[index])
        if _column_role(_YEAR_OR_PERIOD.sub("", key)) == "change":
            continue  # 2023年比上年增长（%）: a change, as in any layout
        if re.search(_YEAR_LIKE, unicodedata.normalize("NFKC", header[index])):
            raise CheckerError(
                f"column {index + 1} header {header[index]!r} names a year in a table by place (places down, indicators "
                "across), whose values are all of the one year its title gives", Location(name, line, index + 1),
                hint="keep the year in the title (…（2023年）) and the indicator alone in the header; for several "
                     "years, unpivot the table, one row a value: 地区, 指标, 年份, 数值")
        across.append(index)
    year = given_year(header, name, line, roles["region"], across, titles, sheet_year)
    return _Columns(
        layout="by_place", width=len(header), indicator=roles["region"], year=None, value=None, region=roles["region"],
        unit=roles.get("unit"), notes=tuple(notes), years=(),
        blank=tuple(index for index, cell in enumerate(header) if not cell.strip()),
        places=tuple(places.items()), region_code=codes.get("region_code"), across=tuple(across), given_year=year,
        headings={index: header[index] for index in across},
        code_header=_code_header(header, codes))


def header_found(header: list[str]) -> str:
    """The header as a message shows it: the file's own cells, then any column the reader added (a title's place, 地区:
    an :class:`AddedHeading`) named as added. Listed as the file's, it named a column the file does not have."""
    own = ", ".join(repr(str(cell)) for cell in header if not isinstance(cell, AddedHeading))
    added = [cell for cell in header if isinstance(cell, AddedHeading)]
    if not added:
        return own
    return own + f" (then {', '.join(repr(str(cell)) for cell in added)}, added for the place the title names)"


def year_subheading(header: list[str], cells: list[str]) -> bool:
    """Whether ``cells``, the row right under a header of places (地区 | 机构数(个) | …), heads the columns with years
    (`` | 2017年 | 2018年 | 增减数 | 增减(%)``): its place cell empty or the header's own (merged down), a year in another.
    Read as a row of data, its years were values of a row with no place, or the header's years two columns for one."""
    roles = [header_role(cell) for cell in header]
    place = next((index for index, role in enumerate(roles) if role in PLACE_ROLES), None)
    if place is None or {"indicator", "year", "value", "years"} & set(roles) \
            or place < len(cells) and cells[place].strip() not in ("", header[place].strip()):
        return False  # (a long or wide file's row with no region is a row of data)
    return any(_year_header(cell) is not None for index, cell in enumerate(cells) if index != place and cell.strip())


def years_under_heading(header: list[str], cells: list[str]) -> list[str] | None:
    """The header read as one row where ``cells``, the row right under it, holds the year columns a ``年份`` heading
    stands over (``指标 | 单位 | 年份 | `` over `` | | 2023年 | 2024年``: a heading merged over the years, saved as CSV
    or written without the merge): each year in its column's place; None where the rows are no such header. The
    heading's own column and the blank ones right of it must hold only years (or change columns, 增长(%)) in
    ``cells``, and every other cell of ``cells`` be blank or the header's own (merged down). It was refused as a long
    file missing its value column, the two-row header never named, though the same merged in a workbook is read."""
    keys = [_column_role(_header_key(cell)) for cell in header]
    if keys.count("year") != 1 or "value" in keys or any(_year_header(cell) for cell in header if cell.strip()):
        return None
    start = keys.index("year")
    end = start + 1
    while end < len(header) and not header[end].strip():
        end += 1
    years = 0
    for index, cell in enumerate(cells):
        text = cell.strip()
        if not text:
            continue
        if start <= index < end:
            if _year_header(text) is not None:
                years += 1
            elif re.search(_YEAR_LIKE, text) and PART_OF_YEAR.search(text):
                years += 1  # 2024年1-6月: a year's heading, refused as part of a year at its own cell, as in one row
            elif _column_role(_YEAR_OR_PERIOD.sub("", _header_key(text))) != "change":
                return None
        elif index >= len(header) or text != header[index].strip():
            return None
    if not years:
        return None
    joined = list(header) + [""] * (len(cells) - len(header))
    joined[start:end] = [cell for cell in (cells + [""] * end)[start:end]]
    return joined


def _grouped_error(header: list[str], region: int, why: str, where: Location) -> CheckerError:
    """The refusal of a table by place whose indicator headings stand over year columns (机构数(个) over 2017年 | 2018年)
    where one of its headings is not certain: the layout named, and how to give it."""
    return CheckerError(
        f"the table has places down ({header[region]!r}, column {region + 1}) and indicators merged over year columns "
        f"(a heading over 2017年 | 2018年 …), and {why}: which indicator and year each value is of is not certain",
        where, hint="give each indicator heading (床位数（张）) only year columns (2017年, 2018年) and change columns "
                    "(增减数, 增减(%)) under it; or unpivot the table, one row a value: 地区, 指标, 年份, 数值 (in pandas: "
                    f"df.melt(id_vars=[{header[region]!r}]))")


def _by_place_years(header: list[str], under: list[str], name: str, line: int | None, roles: dict[str, int],
                    notes: list[int], places: dict[str, int], codes: dict[str, int],
                    titles: Iterable[tuple[int | None, list[str]]]) -> _Columns:
    """The columns of a table by place whose indicator headings stand over year columns (国家中医药管理局 统计摘编 A89:
    地区 down, 机构数(个) merged over 2017年 | 2018年 | 增减数 | 增减(%), then 床位数(张) likewise): each column under a
    heading and a year one indicator of that year; the change columns passed over, as in any layout. A heading's
    blank cells to its right (a merged cell saved as CSV) are its own. Refused, the layout named, where any heading is
    not certain: a year under no heading, a heading with no year under it, a sub-heading neither a year nor a change,
    one year twice under a heading, a title over part of a year (1-9月)."""
    region = roles["region"]
    below = (line or 0) + 1
    for at, cells in titles:
        for cell in cells:
            text = unicodedata.normalize("NFKC", str(cell or ""))
            if re.search(_YEAR_LIKE, text) and (PART_OF_YEAR.search(text) or _TITLE_MONTH.search(text)):
                raise _grouped_error(header, region, f"the line {str(cell).strip()!r} above it covers part of a year",
                                     Location(name, at, cells.index(cell) + 1))
    known = set(roles.values()) | set(notes) | set(places.values()) | set(codes.values())
    heading: tuple[int, str] | None = None
    across: list[int] = []
    headings: dict[int, str] = {}
    years: dict[int, int] = {}
    notes_of: dict[int, tuple[str, ...]] = {}
    headed: dict[int, bool] = {}  # a heading's column → whether a year stands under it
    blank: list[int] = []
    for index in range(len(header)):
        if index in known:
            heading = None  # (a column of its own role ends the heading before it)
            continue
        text = header[index].strip()
        if text and (heading is None or text != heading[1]):
            heading = (index, text)
            headed[index] = False
        sub = under[index].strip() if index < len(under) else ""
        where = Location(name, below, index + 1)
        if not sub:
            if not text:
                blank.append(index)  # (a column of no heading: its cells must be empty)
            continue
        if heading is None:
            raise _grouped_error(header, region, f"{sub!r} in column {index + 1} stands under no indicator heading",
                                 where)
        if _column_role(_YEAR_OR_PERIOD.sub("", _header_key(sub))) == "change":
            continue  # 增减数, 增减(%): the change of the years beside it, no observation
        read = _year_header(sub)
        if read is None:
            raise _grouped_error(header, region, f"the heading {sub!r} under {heading[1]!r} (column {index + 1}) is "
                                 "neither a year nor a change", where)
        year, marks = read
        wrong = next((mark for mark in marks if units.is_known(mark) or not _observed_mark(mark) and any(
            word in mark.casefold() for word in target_header_words())), None)
        if wrong is not None:
            raise _grouped_error(header, region, f"the year heading {sub!r} (column {index + 1}) says {wrong!r}, no "
                                 "observed value's mark", where)
        if any(years.get(other) == year for other in across if headings[other] == heading[1]):
            raise _grouped_error(header, region, f"{year} stands twice under {heading[1]!r} (column {index + 1})",
                                 where)
        across.append(index)
        headings[index] = heading[1]
        years[index] = year
        headed[heading[0]] = True
        if marks:
            notes_of[index] = marks
    unheaded = next((index for index, has in headed.items() if not has), None)
    if unheaded is not None:
        raise _grouped_error(header, region, f"the heading {header[unheaded].strip()!r} (column {unheaded + 1}) has no "
                             "year under it", Location(name, below, unheaded + 1))
    return _Columns(
        layout="by_place", width=max(len(header), len(under)), indicator=region, year=None, value=None, region=region,
        unit=roles.get("unit"), notes=tuple(notes), years=(), year_notes=notes_of, blank=tuple(blank),
        places=tuple(places.items()), region_code=codes.get("region_code"), across=tuple(across), given_year=None,
        headings=headings, across_years=years,
        code_header=_code_header(header, codes))


#: a year a title gives its table as a year: 2023年, 2023年度, （2023年）, (2023)
_TITLE_YEAR = re.compile(rf"{_YEAR_LIKE}\s*年|[（(【\[]\s*{_YEAR_LIKE}\s*年?度?\s*[）)】\]]")
#: two years joined as a span (2021—2023年, 2022-23年, 2021年至2023年)
_TITLE_SPAN = re.compile(rf"{_YEAR_LIKE}\s*年?\s*[-—–~～至到]\s*(?:(?:19|20)?\d\d)(?![0-9])")
#: a month that is no year's end (2023年9月, but not 2023年12月末 nor 1-12月): a point or part of a year
_TITLE_MONTH = re.compile(r"(?<![\d\-—–~～至到])(?:[1-9]|1[0-2])\s*月(?!末|底)")


def given_year(header: list[str], name: str, line: int | None, region: int, across: list[int],
               titles: Iterable[tuple[int | None, list[str]]], sheet_year: int | None) -> int:
    """The one year of a table by place's values: the year its title gives (…（2023年）, 2023年…), as a sheet named
    2023年 gives it; refused, with the layout named and how to give it, where there is none, or where the title gives
    two years, a span, a year not written as one, or part of a year (1-9月, 上半年): not certain."""
    shown = ", ".join(repr(header[index]) for index in across[:3]) + (", …" if len(across) > 3 else "")
    layout = (f"the table has places down ({header[region]!r}, column {region + 1}) and indicators across the header "
              f"({shown})")
    unpivot = ("or unpivot it, one row a value: 地区, 指标, 年份, 数值 (in Excel: Data → From Table/Range → select "
               f"{header[region]!r} → Unpivot Other Columns, then add the 年份 column; in pandas: "
               f"df.melt(id_vars=[{header[region]!r}]))")
    found: dict[int, tuple[int | None, str]] = {}
    for at, cells in titles:
        for cell in cells:
            text = to_simplified(unicodedata.normalize("NFKC", str(cell or ""))).strip()
            if not re.search(_YEAR_LIKE, text) or re.search(_PUBLISHER, text):
                continue  # (镇江统计年鉴2024: the book's year, not its table's)
            why = ("gives a span of years" if _TITLE_SPAN.search(text) else
                   "covers part of a year" if PART_OF_YEAR.search(text) or _TITLE_MONTH.search(text) else
                   "names a year not written as one (2023年, （2023年）)"
                   if len(re.findall(_YEAR_LIKE, text)) != len(_TITLE_YEAR.findall(text)) else None)
            if why is not None:
                raise CheckerError(
                    f"{layout}, its year given only above it, and the line {str(cell).strip()!r} {why}: which one year its values "
                    "are of is not certain", Location(name, at, cells.index(cell) + 1),
                    hint="if the figures are of one whole year, write that year alone in the title (…（2023年）); "
                         + unpivot)
            for year in re.findall(_YEAR_LIKE, text):
                found.setdefault(int(year), (at, text))
    if sheet_year is not None:
        found.setdefault(sheet_year, (None, "the sheet's name"))
    if len(found) > 1:
        (first, (at, _)), (second, _) = sorted(found.items())[:2]
        raise CheckerError(
            f"{layout}, and the lines above it (or the sheet's name) give two years, {first} and {second}: which one "
            "its values are of is not certain", Location(name, at or line),
            hint="give the one year of the figures in the title (…（2023年）) or the sheet's name (2023年); " + unpivot)
    if not found:
        raise CheckerError(
            f"{layout}, and no year: the table has no 年份 column, and no title line above it or sheet name gives "
            "the year its values are of", Location(name, line, region + 1),
            hint="give the year in the table's title (表14-3 …（2023年）), or name the sheet by it (2023年); " + unpivot)
    return next(iter(found))


#: the report's own year (本年, 本期 …) and the one before it (上年, 上年同期 …) among ``relative_year`` headers; 上期 (the
#: period before: a month, a quarter or a year) is neither


def title_year(titles: Iterable[tuple[int | None, list[str]]], sheet_year: int | None) -> int | None:
    """The one whole year the lines above a table (its title) or its sheet's name give (2024年全国卫生健康主要指标: 2024);
    None where they give none, two, a span, part of a year (1-9月) or a year not written as one: not certain."""
    found: set[int] = set() if sheet_year is None else {sheet_year}
    for _, cells in titles:
        for cell in cells:
            text = to_simplified(unicodedata.normalize("NFKC", str(cell or ""))).strip()
            if not re.search(_YEAR_LIKE, text) or re.search(_PUBLISHER, text):
                continue  # (镇江统计年鉴2024: the book's year, not its table's)
            if _TITLE_SPAN.search(text) or PART_OF_YEAR.search(text) or _TITLE_MONTH.search(text) \
                    or len(re.findall(_YEAR_LIKE, text)) != len(_TITLE_YEAR.findall(text)):
                return None
            found.update(int(year) for year in re.findall(_YEAR_LIKE, text))
    return next(iter(found)) if len(found) == 1 else None


def _dated_relative(header: list[str], titles: Iterable[tuple[int | None, list[str]]],
                    sheet_year: int | None) -> list[str]:
    """``header`` with its 本年 | 上年 (本期 | 上年同期) columns named by their years where the title (or the sheet's
    name) gives the report's one year (2024年…主要指标: 2024年 | 2023年), as a table by place takes its year from its
    title; as it was where the title gives none or several, or a header is another relative one (上期), to be refused
    with the year asked for. They were refused though the title said the year."""
    keys = [_header_key(cell) for cell in header]
    relative = [key for key in keys if COLUMN_NAMES.get(key) == "relative_year"]
    if not relative or "year" in (COLUMN_NAMES.get(key) for key in keys) \
            or any(key not in _THIS_YEAR and key not in _LAST_YEAR for key in relative):
        return header
    year = title_year(titles, sheet_year)
    if year is None:
        return header
    return [f"{year}年{'末' if key in _YEAR_END else ''}" if key in _THIS_YEAR else
            f"{year - 1}年{'末' if key in _YEAR_END else ''}" if key in _LAST_YEAR else cell
            for cell, key in zip(header, keys)]


#: a name with its unit in brackets at its end (医院床位（万张）, 床位数(张))
_NAME_UNIT = re.compile(r".*\S\s*[（(]\s*([^（）()]+?)\s*[）)]\s*")


def name_unit(name: str) -> str | None:
    """The unit a name gives in brackets at its end (医院床位（万张） → 万张), canonical; None where it gives none."""
    match = _NAME_UNIT.fullmatch(name)
    return units.canonical(match.group(1)) if match and units.is_known(match.group(1)) else None


#: a unit cell that is one unit in brackets (（‰）, (%), [‰], 【‰】, 〔万人〕): the unit inside
_UNIT_BRACKETS = re.compile(r"[(\[【〔]\s*([^()\[\]【】〔〕]+?)\s*[)\]】〕]")


def _year_row(header: list[str], rows: Iterable[tuple[int, list[str]]]
              ) -> tuple[list[str] | None, Iterable[tuple[int, list[str]]]]:
    """The row of year headings right under a table by place's header (:func:`year_subheading`), taken off the rows; or
    None and the rows as they were."""
    rows = iter(rows)
    for line, cells in rows:
        if not "".join(cells).strip():
            continue
        if year_subheading(header, cells):
            return cells, rows
        return None, itertools.chain([(line, cells)], rows)
    return None, rows


def _years_under_heading(header: list[str], rows: Iterable[tuple[int, list[str]]]
                         ) -> tuple[list[str], Iterable[tuple[int, list[str]]], dict[int, int]]:
    """The header joined with the row of years under its ``年份`` heading (:func:`years_under_heading`), that row
    taken off the rows, and the line each of its cells came from (column index → line); or the header and the rows
    as they were, and no lines."""
    rows = iter(rows)
    for line, cells in rows:
        if not "".join(cells).strip():
            continue
        joined = years_under_heading(header, cells)
        if joined is not None:
            return joined, rows, {index: line for index, cell in enumerate(cells) if cell.strip()}
        return header, itertools.chain([(line, cells)], rows), {}
    return header, rows, {}


def _at_heading_line(error: CheckerError, lines: Mapping[int, int]) -> CheckerError:
    """``error`` about a header cell placed on the line that cell came from (``lines``: column index → line), where the
    header was read from two rows (a year under its 年份 heading): it named the heading's row, an empty cell there."""
    where = error.location
    if where is None or where.column is None or where.line is None or lines.get(where.column - 1, where.line) == where.line:
        return error
    return error.relocated(Location(where.file, lines[where.column - 1], where.column, where.path, where.sheet))


@lru_cache(maxsize=1)
def _place_groups() -> frozenset[str]:
    """Headings of a column grouping the places of the column after it (片区: ``place_groups`` in ``rules/names.yaml``),
    as :func:`_header_key` gives them."""
    from checker.rulefiles import load_rules_yaml

    return frozenset(_header_key(str(word)) for word in (load_rules_yaml("names.yaml") or {}).get("place_groups") or ())


def _translated_header(cells: list[str], columns: "_Columns") -> bool:
    """Whether ``cells``, the first row under a table by place's header, is that header in English (a yearbook's
    bilingual header: 地  区 | 婴儿死亡率(‰) over Region | Infant Mortality Rate (‰)): its place cell a region heading
    and every cell in Latin letters, no Chinese (a unit's ‰ aside). Read as a second table's header, its English names
    replaced the Chinese ones, and a column no English name is known for was lost."""
    place = cells[columns.region] if columns.region is not None and columns.region < len(cells) else ""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return header_role(place) == "region" and all(
        any("a" <= c.casefold() <= "z" for c in cell) and not any("\u4e00" <= c <= "\u9fff" for c in cell)
        for cell in filled)


#: a region cell with its English name after it, as a bilingual yearbook writes its stub (番禺区 Panyu, 全  市 Total):
#: the Chinese name
_ENGLISH_AFTER = r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]*?)\s+[A-Za-z][A-Za-z .,'&()\-]*$"  # (compiled when first met)


def qualified_region(region: str, place: str | None) -> str:
    """A region named with the finest place it lies in (福州市鼓楼区), to tell it from its namesakes."""
    return region if not place or region.startswith(place) else place + region


@lru_cache(maxsize=1)
def _observed_mark(mark: str) -> bool:
    """Whether a year header's annotation says its values were observed (2020年（基期）, 2020年（十三五期末实际）):
    such a column is data even with a plan's words in it (``observed_header_words`` in ``rules/names.yaml``)."""
    from checker.rulefiles import load_rules_yaml

    words = (load_rules_yaml("names.yaml") or {}).get("observed_header_words") or ()
    return any(str(word).casefold() in mark.casefold() for word in words)


def target_header_words() -> tuple[str, ...]:
    """Annotation words that make a wide year header a plan's target column (``target_header_words`` in
    ``rules/names.yaml``): 2025年（目标） is refused, not read as 2025's values."""
    from checker.rulefiles import load_rules_yaml

    words = (load_rules_yaml("names.yaml") or {}).get("target_header_words") or ()
    return tuple(str(word).casefold() for word in words)


def heading_target_word(heading: str) -> str | None:
    """The word by which a heading over year columns (``规划目标``, ``目标值``, ``“十四五”目标`` merged over ``2025年``)
    names them a plan's targets, None where it names none or says its values were observed (``实际值``,
    ``十三五期末``): the year under it is then refused as ``2025年（目标）`` is, never read as that year's values."""
    if whole_target_note(heading):
        return heading  # 规划期末目标: a target at the period's end, whatever 期末 says elsewhere
    if _observed_mark(heading):
        return None
    folded = to_simplified(unicodedata.normalize("NFKC", heading)).casefold()
    return next((word for word in target_header_words() if word in folded), None)


def whole_target_note(words: str) -> bool:
    """Whether ``words`` are a whole target note (``target_notes``: 目标值, 规划目标, 期末目标), a period or year named
    before it aside (“十四五”规划目标, 2025年目标值, 规划期末目标) — not 规划末期数 or 期末数, which are observed."""
    what = re.sub(r"[“”\"'‘’「」《》]", "", to_simplified(unicodedata.normalize("NFKC", words)).strip())
    what = re.sub(r"^(?:[一二三四五六七八九十]+五|(?:19|20)\d{2}年?)(?:时期|期间)?", "", what)
    return any(is_target_note(part) for part in (what, what.removeprefix("规划")) if part)


def noted_target_years(clause: str) -> set[int]:
    """The years a note's clause says are a plan's targets (注：2025年为规划目标值。, 2025年数据为目标值): the words after
    为/是/系 must be a whole target note (``target_notes``), so 2020年为"十三五"规划末期数 names none."""
    text = to_simplified(unicodedata.normalize("NFKC", unnumbered(clause)))
    years: set[int] = set()
    for match in re.finditer(rf"{_FOOTNOTE_YEAR}\s*年?(?:度)?(?:的)?(?:指标值?|数据|数值|数|值)?\s*(?:均|皆)?\s*(?:为|是|系)(?P<what>[^，,；;。]*)",
                             text):
        if whole_target_note(match.group("what")):
            first, last = match.group(1), match.group(2)
            end = int(first[:2] + last) if last and len(last) == 2 else int(last or first)
            years.update(range(int(first), end + 1) if 0 <= end - int(first) < 20 else ())
    return years


def is_target_note(text: str) -> bool:
    """Whether a note cell says its row is a target (规划目标值, （目标）, target), brackets and spaces aside."""
    if not text.strip():
        return False
    folded = re.sub(r"[\s()（）\[\]【】〔〕:：,，.。、*＊_-]", "", unicodedata.normalize("NFKC", text))
    return to_simplified(folded).casefold() in target_notes()


@lru_cache(maxsize=1)
def target_notes() -> frozenset[str]:
    """Note cells that make a row a target (``target_notes`` in ``rules/names.yaml``), folded."""
    from checker.rulefiles import load_rules_yaml

    words = (load_rules_yaml("names.yaml") or {}).get("target_notes") or ()
    return frozenset(str(word).casefold() for word in words)


@lru_cache(maxsize=1)
def aggregate_regions() -> frozenset[str]:
    """Region cells that are a table's total rows (合计, 全省 …; ``aggregate_regions`` in ``rules/names.yaml``):
    ``check --all-regions`` judges none of them as a region, and a row with places is its place's own row."""
    from checker.rulefiles import load_rules_yaml

    names = (load_rules_yaml("names.yaml") or {}).get("aggregate_regions") or ()
    return frozenset(str(name) for name in names)


@lru_cache(maxsize=4096)
def is_aggregate(region: str) -> bool:
    """Whether a region cell is a total row: one of ``aggregate_regions``, or a place's total named after it
    (贵阳市市辖区, 福州市合计; ``aggregate_endings`` in ``rules/names.yaml``)."""
    from checker.rulefiles import load_rules_yaml

    endings = tuple((load_rules_yaml("names.yaml") or {}).get("aggregate_endings") or ())
    return region in aggregate_regions() or region.endswith(endings)


@lru_cache(maxsize=1)
def unnamed_totals() -> frozenset[str]:
    """Total rows that name no place nor level (合计, 总计; ``unnamed_totals`` in ``rules/names.yaml``): whose total such a
    row is, only where it stands says, so it is never read as the region checked; the message that lists it says how
    to make it count (name it the region, or its 全市)."""
    from checker.rulefiles import load_rules_yaml

    return frozenset(str(name) for name in (load_rules_yaml("names.yaml") or {}).get("unnamed_totals") or ())


def short_name_of(short: str, full: str) -> bool:
    """Whether ``short`` is how a prefecture's full name is written short: its head and its kind (恩施州 for
    恩施土家族苗族自治州, 锡盟 for 锡林郭勒盟; the kinds are ``short_prefecture_kinds`` in ``rules/names.yaml``). A hint
    that two names may be one place, which only their 行政区划代码 settles."""
    return short in short_names(full)


def short_names(full: str) -> set[str]:
    """Every way a prefecture's ``full`` name may be written short, its head and its kind (恩施土家族苗族自治州: 恩州,
    恩施州, 恩施土州 …): see :func:`short_name_of`."""
    return {full[:end] + kind for kind in _short_kinds() if full.endswith(kind)
            for end in range(1, len(full) - len(kind))}


@cache
def _short_kinds() -> tuple[str, ...]:
    """The kinds of prefecture a short name keeps after its head (州, 盟, 地区: ``rules/names.yaml``)."""
    from checker.rulefiles import load_rules_yaml

    return tuple((load_rules_yaml("names.yaml") or {}).get("short_prefecture_kinds") or ())


def _municipalities() -> frozenset[str]:
    """The 直辖市 (北京市, 上海市 …: ``municipalities`` in ``rules/names.yaml``): each its districts' and counties' city,
    as their 行政区划代码 says (110101 东城区: 北京市)."""
    from checker.rulefiles import load_rules_yaml

    return frozenset((load_rules_yaml("names.yaml") or {}).get("municipalities") or ())


def _province_level_cities() -> tuple[str, ...]:
    """The places of a province's level whose names end as a city's (北京市, 重庆市 …: ``rules/names.yaml``)."""
    from checker.rulefiles import load_rules_yaml

    return tuple((load_rules_yaml("names.yaml") or {}).get("province_level_cities") or ())


def is_group(place: str) -> bool:
    """Whether a place cell names a group of places rather than one (市辖区, 县, 省直辖县级行政区划): a total of a part
    (``aggregate_parts``) or the bare kind of place."""
    from checker.rulefiles import load_rules_yaml

    parts = tuple((load_rules_yaml("names.yaml") or {}).get("aggregate_parts") or ())
    return place in ("县", "区", "市", "旗") or place.endswith(parts)


@lru_cache(maxsize=4096)
def is_whole_total(region: str) -> bool:
    """Whether a region cell is a total of the whole place its row lies in (合计, 全市 — the place's own row), not
    of a part of it (市辖区, 小计, 县: :func:`is_group`)."""
    return is_aggregate(region) and not is_group(region)


#: the roles of a table's columns of places: with any, a title's place is not the rows' region
PLACE_ROLES = frozenset({"region", "province", "city", "region_code"})
#: a place's name (鼓楼区, 晋江市, 威宁彝族回族苗族自治县), as a sheet or a title gives it
PLACE_NAME = r"[\u4e00-\u9fff]{1,16}?(?:省|市|区|县|旗|州|盟|地区|自治区|自治州|自治县|新区)"  # (compiled by re on first use)
#: words ending as places do that name no place (a sheet of 城市 data, of all 县区, of the 市区)
NOT_A_PLACE = frozenset({"城市", "县区", "区县", "市县", "县市", "市区", "城区", "社区", "地区", "全市", "全省", "全区",
                         "全县", "本市", "本县", "本区", "我市", "我县", "我区", "我省", "我州", "我旗", "本省", "各市", "各县", "各区", "分市", "分县", "分区", "辖区", "市辖区"})
#: one place of a title's chain of places (吉林省 | 长春市, 福州市 | 鼓楼区)
_TITLE_PLACE_PART = r"[\u4e00-\u9fff]{1,16}?(?:自治区|自治州|自治县|省|市|区|县|旗|州|盟)(?![市县区旗盟])"  # (福州市: one)
#: a title that opens with its place (the finest of a chain), then what the table holds (吉林省卫生健康主要指标,
#: 福州市鼓楼区2023年人口统计)
_TITLE_PLACE = (rf"^(?P<places>(?:{_TITLE_PLACE_PART})+?)"
                r"(?:(?:19|20)\d\d\s*(?:[-—–~～至到]\s*(?:19|20)?\d\d\s*)?年度?(?:年?[末底])?)?"
                r"(?=卫生|健康|医疗|主要|统计|国民经济|人口|基本|妇幼|疾病|公共卫生|各项)")
#: a line naming who published a table or the book it is in: no place of its rows
_PUBLISHER = r"统计局|调查队|年鉴|委员会|卫生健康委|卫健委|人民政府|办公室|出版|编印|资料汇编"
#: the parts of a place a title's table lists (各县（市、区）, 各市州, 分县区), after the place
_EACH_PART = (r"(?<=[省市州区县旗盟])(?:各|分)[\u4e00-\u9fff()（）、]{1,12}?(?=卫生|健康|医疗|主要|统计|国民经济|人口|基本|妇幼|疾病|"
              r"公共卫生)")
#: places of a kind, no one place (农村地区, 脱贫县, 民族地区, 城市 …, 各县区, 全省)
KINDS_OF_PLACE = (r"^(?:分|各|按|所有|全|本|城市|农村|城镇|乡村|城乡|东部|中部|西部|东北|其他|脱贫|贫困|民族|重点|试点|"
                  r"示范|欠发达|边远|山区|少数民族)")


class AddedHeading(str):
    """A heading the reader adds to a table's header (地区 from its title's or sheet's place, 年份 from its sheet's year),
    in no cell of the file: a message that lists the header found leaves it out (it named a 地区 the file has not)."""

    __slots__ = ()


def places_across(header: Sequence[str]) -> list[str]:
    """The headings of a header row that are places (海曙区, 余姚市, 全市, 合计), where two or more of them stand beside an
    indicator column with no year or value column: a table with indicators down and places across (the transpose of
    a table by place), which checker does not read. [] for any other header."""
    cells = [str(cell).strip() for cell in header if not isinstance(cell, AddedHeading)]
    roles = {header_role(cell) for cell in cells if cell}
    if "indicator" not in roles or roles & ({"year", "years", "value"} | PLACE_ROLES):
        return []
    found = [cell for cell in cells if cell and header_role(cell) is None and (is_whole_total(cell) or re.fullmatch(
        PLACE_NAME, cell) and cell not in NOT_A_PLACE and not re.match(KINDS_OF_PLACE, cell))]
    return found if len(found) >= 2 else []


def places_across_error(places: list[str], where: Location) -> CheckerError:
    """The refusal of a table with indicators down and places across (:func:`places_across`), naming the layout and
    how to give it: the title's year stays where it is (deleting the title, as the general hint said, lost it)."""
    shown = ", ".join(repr(place) for place in places[:4]) + (" …" if len(places) > 4 else "")
    return CheckerError(
        f"the table has indicators down and places across ({shown}): checker reads places down the rows (a table "
        "by place, its year the title's), not across", where,
        hint="turn it round so that places run down and indicators across (地区 | 婴儿死亡率（‰） | …, the year in the "
             "title, as a table by place reads), or unpivot it to the long layout (地区, 指标, 年份, 数值, 单位); "
             "keep the title line that says the year")


def column_of_place(roles: set, place: str | None) -> str | None:
    """The column a place named above a table (its title, or a workbook's sheet) adds to its rows: 地区 where the table
    has no column of places or codes (吉林省卫生健康主要指标: the rows are 吉林省's), 省份 where it names a province over
    a table of cities and counties with no 省份 column (浙江省各县（市、区）…); None where it adds nothing."""
    if place is None:
        return None
    if not roles & PLACE_ROLES:
        return "地区"
    # (not over a column of 行政区划代码: each row's code says its province, a 填报单位 or title line does not)
    return "省份" if "province" not in roles and "region_code" not in roles and roles & {"region", "city"} \
        and is_province(place) else None


def title_place_of(cells: list[str], named_at: list[int], place: str) -> str:
    """The title's place for a row, or none for a row of the nation or of a province itself (a 全国 row beside
    浙江省's counties is no county of 浙江省)."""
    names = [to_simplified(cells[at]).strip() for at in named_at if at < len(cells) and cells[at].strip()]
    return "" if any(name in ("全国", "中国") or is_province(name) for name in names) else place


#: a line naming who submits a statistics form (填报单位：定西市安定区卫生健康局, 填报单位（盖章）：…, 报送单位：…): the
#: place of that office is whose figures the form holds
_SUBMITTER = r"^(?:填报|报送|上报|编报|报表)(?:单位|机构)(?:名称)?\s*(?:[（(](?:盖章|公章|签章)[）)])?\s*[:：]\s*(?P<office>\S.*)$"
#: a title naming two places side by side (甘肃省与全国…对比, 全国和甘肃省…, 定西市及安定区…, 南安市对口帮扶临洮县…)
_TWO_PLACES = (rf"^(?P<first>{_TITLE_PLACE_PART}|全国|中国)(?P<joiner>与|和|及|、|对口(?:帮扶|支援|协作)?|帮扶|支援|援建|援助|援|"
               rf"协作)(?P<second>{_TITLE_PLACE_PART}|全国|中国)")


def _two_places(text: str) -> re.Match | None:
    """The two places a title names side by side, or None: after 和, which opens place names too (河源市和平县, 临夏州
    和政县), only two places of one kind (长春市和吉林市) or one of them the nation or a province (同 is never read as "and":
    吴忠市同心县, 佳木斯市同江市)."""
    found = re.match(_TWO_PLACES, text)
    if found is None or found.group("joiner") != "和":
        return found
    first, second = found.group("first"), found.group("second")
    if {first, second} & {"全国", "中国"} or (is_province(first) and is_province(second)) \
            or first[-1] == second[-1] and not is_province(first):
        return found
    return None


#: a table's number or a section's before its title (表3-1, 表2：, 表二, 附表2, 二、, 2., (二)), and the years it
#: covers (2020—2021年, 2010年末): what a title's place words follow
_TITLE_NUMBER = re.compile(r"^(?:(?:附\s*)?表\s*[\d一二三四五六七八九十.\-－—]+\s*[:：.、]?|附(?:录|件|表)?\s*[\d一二三四五六七八九十]*\s*[:：]"
                           r"|[(（]附(?:录|件|表)?[)）]|(?i:table)\s*\d+[\d.\-]*\s*[:：.]?|[(（][\d一二三四五六七八九十]{1,3}[)）]"
                           r"|[\d一二三四五六七八九十]{1,3}\s*[、.](?!\d))\s*"
                           r"|^(?:19|20)\d{2}\s*(?:[-—–~～至到]\s*(?:19|20)?\d{2}\s*)?年(?:度)?"
                           # the date's own words (2010年末, 2010年底, 2010年年末, 2010年1-12月): never the place's
                           rf"(?:年?[末底]|12月[末底]|{_WHOLE_YEAR_WORDS})?\s*")


def _title_text(cell: object) -> str:
    """A title cell as its place words are looked for: simplified, NFKC, without the table's number (表3-1 永春县…,
    表2：乙市…, 二、乙市…) or the years it opens with (2020-2021年乙市…)."""
    text = to_simplified(unicodedata.normalize("NFKC", str(cell or ""))).strip()
    for _ in range(2):  # a number, then years (表2 2020—2021年乙市…)
        text = _TITLE_NUMBER.sub("", text, count=1)
    return text


def _placed_rows(rows: Iterable[tuple[int, list[str]]], header: list[str], added: str,
                 place: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a table whose title names its place (表1：甲市主要指标), each with that place in a column ``added``
    at the end; a second table's header below gets the column's name, and its rows the place its own title names
    (表2：乙市…), else the place before. (The header took the place as a cell, which was then no known column.)"""
    width = len(header)
    named_at = [at for at, cell in enumerate(header) if header_role(cell) in ("region", "city")]
    recent: list[list[str]] = []
    for line, cells in rows:
        if footnote_line(cells) or continued_line(cells) or signature_line(cells) or not "".join(cells).strip() \
                or _title_line(cells):
            yield line, cells
            recent.append(cells)
            continue
        if any(header_role(cell) == "indicator" for cell in cells[:3] if cell.strip()):  # a second table's header
            place = next((found for above in reversed(recent[-3:]) if (found := second_title_place(above))), place)
            width = len(cells)
            yield line, [*cells, AddedHeading(added)]
        else:
            yield line, [*cells, *[""] * (width - len(cells)), title_place_of(cells, named_at, place)]
        recent.append(cells)


def _title_line(cells: list[str]) -> bool:
    """A line that is a numbered table's title alone (表2：大庆市卫生资源, 附表：…), its first cell the only one filled."""
    return bool(cells and cells[0].strip() and not "".join(cells[1:]).strip()
                and _TITLE_NUMBER.match(to_simplified(unicodedata.normalize("NFKC", cells[0])).strip()))


def second_title_place(cells: list[str]) -> str | None:
    """The place a line above a second table's header names: as a title over the first (表2 成都市卫生健康主要指标), or
    alone (乙市), in brackets at its end (卫生健康主要指标（乙市）), or as a whole (表2 全国…, 全省…: that level's total)."""
    found = title_region([cells])
    if found is not None:
        return found
    filled = [_title_text(cell) for cell in cells if str(cell or "").strip()]
    if len(filled) != 1:
        return None  # a title stands alone on its line
    text = filled[0]
    named = re.fullmatch(r"[（(]?(?P<place>[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗))[)）]?", text) \
        or re.search(r"[（(](?P<place>[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗))[)）]$", text) \
        or re.match(r"(?P<place>全国|全省|全市|全县|全区|全州|全盟)(?!范围)", text)
    if named is None or named.group("place") in NOT_A_PLACE - {"全省", "全市", "全区"}:
        return None
    return named.group("place")


def another_place_titled(cells: list[str], given: str | None) -> str | None:
    """The place a line above a second table's header names as its title (:func:`second_title_place`), where it is
    not ``given`` (the place the rows above were read as; None: the region checked)."""
    titled = second_title_place(cells)
    return titled if titled is not None and titled != given else None


def second_title_error(titled: str, given: str | None, location: Location) -> CheckerError:
    """The refusal of a second table under its own title naming another place than the rows before it (表2 成都市…
    under 表1 全国…: 成都市's figures were read as the nation's) where no column says whose each row is."""
    return CheckerError(
        f"a second table under its own title names {titled}, while the rows above it are "
        f"{given + chr(39) + 's' if given else 'the region checked'} and no column says whose each row is", location,
        hint="put each table in a sheet or file of its own (its title names its place), or add a 地区 column")


def title_region(lines: list[list[str]]) -> str | None:
    """The place the title lines above a table name (the finest of 福州市鼓楼区), or the office that submits the form
    (填报单位：定西市安定区卫生健康局), for a table with no column of places or their codes: its rows are that place's
    (a province's export judged against a national plan was read as the nation's; a county's form as its city's);
    None if none names one."""
    for cells in reversed(lines):  # the line nearest the table: its own title, below a publisher's or a yearbook's
        for cell in cells:
            text = _title_text(cell)
            office = re.match(_SUBMITTER, text)
            if office and re.match(r"国家|全国|国务院|中国(?:疾病预防控制中心|疾控中心|红十字会总会)", office.group("office")):
                return "全国"  # 填报单位：国家卫生健康委员会: the nation's figures
            if office:
                chain = re.match(rf"(?:{_TITLE_PLACE_PART})+", office.group("office"))
                places = re.findall(_TITLE_PLACE_PART, chain.group(0)) if chain else []
                if places and places[-1] not in NOT_A_PLACE:
                    return places[-1]
                continue
            if _two_places(text):
                return None  # 南安市对口帮扶甘肃省临洮县…, 定西市及安定区…: two places, whose rows the title does not say
            if re.search(_PUBLISHER, text):
                continue  # 泉州市统计局, 福建省卫生健康统计年鉴: who published it, not whose rows they are
            text = re.sub(_EACH_PART, "", text)
            found = re.match(_TITLE_PLACE, text)
            place = re.findall(_TITLE_PLACE_PART, found.group("places"))[-1] if found else None
            if place and place not in NOT_A_PLACE and not re.match(KINDS_OF_PLACE, found.group("places")):
                return place
            if place and place == found.group("places") and is_whole_total(place):
                return place  # 全市卫生健康主要指标: the whole's rows, read as a 全市 region cell is (never the plan's by default)
    return None


def two_places_titled(lines: list[list[str]]) -> tuple[int, str, str] | None:
    """(index of the line, first place, second place) of a title line above a table that names two places side by
    side (甘肃省与全国主要健康指标对比): for a table with no column of places, whose rows they are is not for a guess
    (it was judged as the plan's 全国, or as a region named 及安定区)."""
    for index, cells in enumerate(lines):
        for cell in cells:
            found = _two_places(_title_text(cell))
            if found and found.group("first") != found.group("second"):
                return index, found.group("first"), found.group("second")
    return None


def two_places_error(first: str, second: str, where: Location) -> CheckerError:
    """The refusal of a table under a title of two places with no column saying which row is whose."""
    return CheckerError(f"the title names two places ({first}, {second}) and the table has no column of places: whose "
                        "rows these are is not for a guess", where,
                        hint="add a 地区 column naming each row's place (a row a place and year), or retitle the table "
                             "with the one place its rows are")


@lru_cache(maxsize=4096)
def is_province(name: str) -> bool:
    """Whether a place is of a province's level by its name: …省, …自治区, …特别行政区 (``whole_of`` in
    ``rules/names.yaml``), or one of its ``province_level_cities`` (北京市, 上海市 …)."""
    from checker.rulefiles import load_rules_yaml

    names = load_rules_yaml("names.yaml") or {}
    endings = tuple(((names.get("whole_of") or {}).get("province") or {}).get("endings") or ())
    return name.endswith(endings) or name in _province_level_cities()


def _finest(places: dict[str, str]) -> str | None:
    """The finest place of ``places`` that is one place (北京市 of 朝阳区, not the group 市辖区 its 地市 cell names)."""
    return next((places[level] for level in PLACE_LEVELS if level in places and not is_group(places[level])), None)


def _on_sheet(error: CheckerError, sheet: str | None) -> CheckerError:
    """``error`` located in ``sheet`` of its workbook (unchanged outside a workbook)."""
    location = error.location
    if sheet is None or location is None or location.sheet is not None:
        return error
    return error.relocated(Location(location.file, location.line, location.column, location.path, sheet))


@cache
def _blank_labels() -> frozenset[str]:
    """What a spreadsheet writes for a row label left empty (``rules/names.yaml`` ``blank_labels``: (空白), (blank))."""
    words = load_rules_yaml("names.yaml").get("blank_labels") or ()
    return frozenset(unicodedata.normalize("NFKC", str(word)).casefold() for word in words)


def _blank_label(raw: str) -> bool:
    """Whether a cell is a spreadsheet's label for an empty row label (``(空白)``, ``（空）``, ``(blank)``)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw)).casefold() in _blank_labels()


class _Unshown(CheckerError):
    """A value cell of … (a yearbook's figure too small to show): refused, unless a note under its table says its …
    is a value missing (:meth:`RowCollector._ellipses`), which is known only once the table is read; or a value
    closed by a mark (``2.3#``, ``2.3※``; ``mark``), read as the value carrying it where a note under its table defines
    the mark (``註：#為臨時數字。``)."""

    mark: str | None = None


#: a value closed by a mark a note may define (2.3#, 2.3※, 2.3†): the number and the mark (* is the grammar's)
_VALUE_MARK = r"(.*?[0-9０-９.．])\s*([#＃※△▲☆★†‡])"


class RowCollector:
    """State shared by every source of one read: observations so far, the duplicate index, caches."""

    def __init__(self, skip_bad_rows: bool, ambiguous: frozenset[str] = frozenset(),
                 place_names: Mapping[str, str] | None = None, settled: bool = False):
        self.skip = skip_bad_rows
        self.items: list[Observation] = []
        self.skipped: list[CheckerError] = []
        #: the indicator each skipped row names, where its name was read (validate ties a missing value to it)
        self.skipped_names: list[str | None] = []
        #: the clauses of notes under a table that call figures of a subject no row is named by preliminary (the
        #: note as kept, the subject, where): no value is marked, validate says so
        self.unplaced: list[tuple[str, str, Location]] = []
        self.duplicates: list[tuple[Observation, Observation]] = []
        self.seen: dict[tuple[str | None, str, int], Observation] = {}
        self.years: dict[str, int] = {}
        #: a year cell → the notes its annotation gives its row's value (2024（快报） → 快报)
        self.year_notes: dict[str, tuple[str, ...]] = {}
        self.names: dict[str, str] = {}
        self.regions: dict[str, str | None] = {}
        #: (file, sheet, region) → the column of its region cells, for a message about the region to point at its cell
        self.region_columns: dict[tuple[str, str | None, str], int] = {}
        #: (file, sheet, indicator name) → the column of its name cells on its values' rows (long and wide tables)
        self.name_columns: dict[tuple[str, str | None, str], int] = {}
        #: the table being read names its places in a column of its own (not one added for its title's place)
        self.own_region_column = False
        #: region → level (city, province) → the place it lies in, from the files' 省份/地市 columns
        self.parents: dict[str, dict[str, str]] = {}
        #: region names found in two places (鼓楼区 of 福州市 and of 南京市): each row named with its place
        self.ambiguous: set[str] = set(ambiguous)
        #: the ambiguous names are known (a second read): a name still in two places is an error
        self.settled = settled or bool(ambiguous)
        #: a first read met a code under two names, or a name with two codes: read again, and refused then if the
        #: names, each named in full and with its place, still differ
        self.recheck = False
        #: a place of a 省份/地市 column written short → as the file writes it in full (济南 → 济南市), found by a first
        #: read: one place, whose districts were split in two (济南历下区 and 济南市历下区) by the years it was written short
        self.place_names: dict[str, str] = dict(place_names or {})
        #: level → the names its column holds (a first read's), for :func:`place_variants`
        self.place_cells: dict[str, set[str]] = {}
        self.units: dict[str, str | None | CheckerError] = {}
        #: a note under the table being read says its … is a value missing (注：“…”表示数据尚未公布): … reads as —
        self.ellipsis_missing = False
        #: the marks the notes under the table being read define (註：#為臨時數字。): 2.3# reads as 2.3 carrying #
        self.defined_marks: frozenset[str] = frozenset()
        #: an indicator's name → the footnote mark its row's name cell carried (人均预期寿命① → ①)
        self.name_marks: dict[str, str] = {}
        #: the notes under tables put on the values carrying the mark they define (注：①为监测地区数据。), whatever
        #: the meaning: validate says which meaning checker does not act on
        self.mark_notes: set[str] = set()
        #: (workbook, sheet, why) of each sheet --sheet '*' did not read: hidden and holding anything, or of words only
        self.unread_sheets: list[tuple[str, str, str]] = []
        self.passed_over: list[tuple[str, tuple[str, ...]]] = []
        self.sheet: str | None = None  # the workbook sheet being read (None: a CSV file or records)
        #: the place a second table's own title names, for its rows of no region (under an untitled first table)
        self.titled: str | None = None
        #: region → its first code (行政区划代码) and where it was read: a second code is a namesake
        self.region_codes: dict[str, tuple[str, Location]] = {}
        #: code → the region first read with it and where: a second name is the same place named otherwise
        self.code_regions: dict[str, tuple[str, Location]] = {}
        #: a namesake named with its place (济南市市中区) → its name and that place as the file writes them (for messages),
        #: and its first row's cell of the finer place left blank, if any (江苏省 | (no 地市) | 鼓楼区)
        self.qualified: dict[str, tuple[str, str, Location | None]] = {}
        #: regions with a row whose 地市 cell is empty, in a table with a 地市 column
        self.cityless: set[str] = set()

    def read_file(self, path: str | Path) -> DataFile:
        name = str(path)
        data = read_data_bytes(path)
        text, encoding = decode_data(data, name)
        _no_markup(text, name)
        digest = sha256(data).hexdigest()
        del data  # read from the text on: a national file's bytes are a few hundred megabytes
        if text.startswith("\ufeff"):  # a GB18030 byte-order mark
            text = text[1:]
        rows = _csv_rows(text, name, sniff_delimiter(text, name))
        header_line, header = None, None
        titles: list[tuple[int, list[str]]] = []  # lines above the header that name no column (a download's notes)
        titles_seen = titles  # kept for the place a title names, whichever way the header is found
        for line, cells in rows:
            if not "".join(cells).strip():
                continue
            roles = {header_role(cell) for cell in cells if cell.strip()}
            if roles == {None} and len(titles) < MAX_TITLE_LINES:
                titles.append((line, cells))
                continue
            if titles and "indicator" not in roles and not roles & PLACE_ROLES:  # (地区 | 机构数（个）…: a table by place)
                header_line, header = titles[0]  # no header under them: the first line is the header, as before
                rows = itertools.chain(titles[1:] + [(line, cells)], rows)
                titles = []
                break
            header_line, header = line, cells
            break
        else:
            if titles:
                header_line, header = titles[0]
                rows, titles = iter(titles[1:]), []
        for line, cells in titles:  # "Data Source","World Development Indicators": passed over, unless a unit
            unit = next((cell for cell in cells if ("单位" in _header_key(cell) and not re.search(
                r"(?:填报|报送|统计|编制|制表|上报)单位|单位(?:名称|负责人)", cell)) or re.search(r"\bunits?\b", cell, re.I)), None)
            if unit is not None:
                raise CheckerError(
                    f"the line above the header gives a unit ({unit.strip()!r}): passed over, the values would be "
                    "read in the plan's unit", Location(name, line),
                    hint="give the unit in a 单位 column (or in the indicator's name, 婴儿死亡率（‰）), then delete "
                         "the lines above the header")
        if header is None:
            raise CheckerError(
                "the file is empty: no header and no data rows", Location(name, 1),
                hint="the first line is the header (指标,年份,数值 …), then one row per observation",
            )
        # 年份 over 2023年 | 2024年 in two rows: joined before a title's place column is added, which the row of
        # years has no cell for (as a workbook joins them); joined after, that row was no row of years only
        header, rows, heading_lines = _years_under_heading(header, rows)
        place = title_region([cells for _, cells in titles_seen])
        added = column_of_place({header_role(cell) for cell in header}, place)
        two = two_places_titled([cells for _, cells in titles_seen]) if added is None and place is None else None
        if two is not None and not {header_role(cell) for cell in header} & PLACE_ROLES:
            raise two_places_error(two[1], two[2], Location(name, titles_seen[two[0]][0]))
        if added is not None:
            rows = _placed_rows(rows, header, added, place)
            header = [*header, AddedHeading(added)]
        layout, count = self.read_table(name, header_line, header, rows, titles=titles_seen,
                                        header_lines=heading_lines or None)
        return DataFile(name, digest, encoding, layout, count)

    def read_table(
        self, name: str, header_line: int | None, header: list[str], rows: Iterable[tuple[int, list[str]]],
        *, sheet: str | None = None, footnotes: tuple[str, ...] = (),
        titles: Iterable[tuple[int | None, list[str]]] = (), sheet_year: int | None = None,
        header_lines: Mapping[int, int] | None = None,
    ) -> tuple[str, int]:
        """Read the rows after ``header``; return the layout and the number of non-blank data rows.

        ``sheet`` names a workbook's sheet: lines are then its rows, and every location names it. ``footnotes``:
        the notes under the table its reader took off (a workbook's); a CSV's are found among its rows. ``titles``
        (the lines above the header) and ``sheet_year`` (the year the sheet is named by) give a table by place its
        year. ``header_lines``: the line a header cell came from where the header was read from several rows (column
        index → line; a workbook's merged headings), to place a refusal of that cell on its own row."""
        self.sheet = sheet
        try:
            return self._read_table(name, header_line, header, rows, footnotes, list(titles), sheet_year, header_lines)
        except CheckerError as error:
            raise _on_sheet(error, sheet) from None
        finally:
            self.sheet = None

    def _read_table(
        self, name: str, header_line: int | None, header: list[str], rows: Iterable[tuple[int, list[str]]],
        footnotes: tuple[str, ...] = (), titles: list[tuple[int | None, list[str]]] | None = None,
        sheet_year: int | None = None, header_lines: Mapping[int, int] | None = None,
    ) -> tuple[str, int]:
        header, rows, lines = _years_under_heading(header, rows)
        lines = {**(header_lines or {}), **lines}
        under, rows = _year_row(header, rows)
        try:
            columns = header_columns(header, name, header_line, titles or (), sheet_year, under)
        except CheckerError as error:
            raise _at_heading_line(error, lines) from None
        read_row = self._row_reader(columns, header, header_line, name)
        self.own_region_column = columns.region is not None and columns.region < len(header) \
            and not isinstance(header[columns.region], AddedHeading)
        #: a header repeated (a second table's, a 续表's), read with the row under it: (line, cells, titles, year, above)
        pending: tuple[int, list[str], list, int | None, list] | None = None
        count = 0
        start = len(self.items)
        notes: list[str] = list(footnotes)
        #: the table each note is under (0: the first; None: a workbook's notes taken off under its last table), so
        #: that one table's note does not say what another's … means
        note_tables: list[int | None] = [None] * len(notes)
        table = 0  # the table being read: 1 on, a second table (its header repeated) under the first
        self.titled = None
        recent: list[tuple[int, list[str]]] = []  # the lines above: a second table's title, its 单位 or 注 lines
        #: a line of nothing but a 单位 line among the rows: a second table's, if a header follows; else refused
        unit_line: tuple[int, int, str] | None = None
        for footnote in footnotes:  # (a workbook's, taken off under its table)
            if _NOTE_UNIT.search(footnote):
                raise unit_below_error(footnote, Location(name, sheet=self.sheet))
        last_row = 0  # the line of the last row of data
        noted: int | None = None  # the line of the note just read (its clauses may follow a row each)
        #: the rows with a … cell, each with its table
        unshown: list[tuple[int, int, list[str], _Columns, Callable, _Unshown]] = []
        for line, cells in rows:
            if not "".join(cells).strip():
                continue
            above, recent = recent[-3:], [*recent[-3:], (line, cells)]
            if pending is not None:  # the row under a repeated header: its years, or its first row of data
                under = cells if year_subheading(pending[1], cells) else None
                columns, read_row = self._repeated_header(pending, under, name)
                pending = None
                if under is not None:
                    continue
            if footnote_line(cells):
                if _NOTE_UNIT.search(cells[0]):  # 注：单位：% under the table: the rows' unit, never passed over
                    raise unit_below_error(cells[0], Location(name, line, 1, sheet=self.sheet))
                notes.append(cells[0].strip())  # 注：2023年为快报数。 under a CSV table: no row of data
                note_tables.append(table)
                noted = line
                continue
            if noted is not None and footnote_row(cells, noted_above=True):
                notes[-1] += " " + cells[0].strip()  # 注：1．… / 2．2024年数据为快报数。: the note's next clause
                continue
            noted = None
            filled = [(c, cell) for c, cell in enumerate(cells) if cell.strip()]
            if len(filled) == 1 and "单位" in filled[0][1] and UNIT_LINE.fullmatch(filled[0][1]):
                unit_line = (line, filled[0][0], filled[0][1])
                continue
            if continued_line(cells) or signature_line(cells):
                continue  # "续表" over the header repeated on the next page, who signs the form: no row of data
            if columns.layout == "long" and _title_line(cells):
                continue  # 表2：大庆市卫生资源 over a second long table: its title (the header below reads it), no row
            if count == 0 and table == 0 and columns.layout == "by_place" and _translated_header(cells, columns):
                continue  # Region | Infant Mortality Rate (‰) under 地区 | 婴儿死亡率(‰): the header's English line
            first = cells[columns.indicator].lstrip()[:1] if columns.indicator < len(cells) else ""
            if first and (first in _HEADER_FIRSTS and header_role(cells[columns.indicator]) == "indicator"
                          or columns.layout == "by_place" and header_role(cells[columns.indicator]) == "region"):
                # a second table under the first (续表, or two tables on one sheet): its own header says what its
                # columns hold, which may be other years; read with the first's, its values went to wrong years
                self._second_title(above, cells, start, name)
                own = [(at, texts) for at, texts in above if at > last_row]  # its title lines, not the rows above
                titled = any(re.search(_YEAR_LIKE, "".join(texts)) for _, texts in own)
                # a table by place's header repeated (续表) goes on in its year, unless a title of its own gives one
                carried = columns.given_year if columns.layout == "by_place" and not titled else sheet_year
                pending = (line, cells, own, carried, above)  # (read with the row under it: a row of years, or data)
                table += 1
                unit_line = None  # (the second table's: its 单位 column, or the refusal above, says what it is)
                continue
            if unit_line is not None:  # a 单位 line with rows under it and no header of their own
                raise _unit_line_error(unit_line[2], Location(name, unit_line[0], unit_line[1] + 1, sheet=self.sheet))
            count += 1
            if count > MAX_ROWS or count * columns.width > max_cells():
                raise CheckerError(
                    f"the file has more than {MAX_ROWS} data rows" if count > MAX_ROWS else
                    f"the file has more than {max_cells():,} cells ({count:,} rows × {columns.width} columns)",
                    Location(name, line),
                    hint="split the file, or raise the limit with `checker --max-rows N …`",
                )
            try:
                found = read_row(name, line, cells, columns)
                if found:
                    last_row = line
                self._add(found)
            except _Unshown as error:  # (a note under the table may say what its … means: weighed once it is read)
                unshown.append((table, line, cells, columns, read_row, error))
            except CheckerError as error:
                if not self.skip:
                    raise
                self._skipped_row(error, cells, columns)
        for at in sorted({row[0] for row in unshown}):  # each table's … weighed by the notes under it only
            own = [note for note, under in zip(notes, note_tables) if under == at or under is None and at == table]
            self._ellipses([row[1:] for row in unshown if row[0] == at], own, name)
        if pending is not None:  # a header repeated on the last line: its columns' errors are still said
            self._repeated_header(pending, None, name)
        if unit_line is not None:  # the last line, under the rows it would give a unit to
            raise unit_below_error(unit_line[2], Location(name, unit_line[0], unit_line[1] + 1, sheet=self.sheet))
        if count == 0:
            raise CheckerError(
                "the file has a header but no data rows", Location(name, header_line),
                hint="add one row per observation under the header",
            )
        self._places_as_indicators(header, columns, start, name, header_line)
        self._footnoted(notes, start, name)
        self._redated(notes, start, name)
        self._targets_noted(notes, start)
        return columns.layout, count

    def _skipped_row(self, error: CheckerError, cells: list[str], columns: _Columns) -> None:
        """Keep a refused row's error and the indicator it names (``--skip-bad-rows``); a row of years (or of a
        place's indicators) loses its other values with the bad one, and the message names them (it named the bad cell
        only, and a 2017 value left out with a 2023 one was lost without a word)."""
        bad = error.location.column - 1 if error.location and error.location.column else None
        filled = [(index, str(year)) for index, year in columns.years] if columns.layout == "wide" else [
            (index, str(columns.headings.get(index, index + 1))) for index in columns.across] if columns.layout == "by_place" else []
        others = [what for index, what in filled if index != bad and index < len(cells) and cells[index].strip()]
        if others and "left out with it" not in error.message:
            error = CheckerError(f"{error.message} (the row's other values, {', '.join(others)}, are left out with it)",
                                 error.location, error.hint)
        self.skipped.append(_on_sheet(error, self.sheet))
        named = columns.layout != "by_place" and columns.indicator < len(cells)
        self.skipped_names.append(cells[columns.indicator].strip() or None if named else None)

    def _ellipses(self, rows: list[tuple[int, list[str], _Columns, Callable, _Unshown]], notes: list[str],
                  name: str) -> None:
        """The rows of a table refused for a … cell, weighed once its notes are read: where a note says its … is a
        value missing (注：“…”表示数据尚未公布。, ``rules/names.yaml`` ``ellipsis_notes``), each is read again with its …
        missing, as —; else the first is refused, quoting a note that gives … another meaning, and saying that a row
        of years loses its other years too (a 2024 … left a row's 2021–2023 out without a word). A value closed by a
        mark (2.3#) is read the same way where a note defines the mark (``rules/names.yaml`` ``redating_notes.marks``)."""
        meaning = next((found for found in map(ellipsis_meaning, notes) if found), None)
        missing = meaning is not None and ellipsis_missing(meaning)
        marks = frozenset(mark for note in notes for mark in marks_named(note))
        if missing or marks:  # read again, … missing and the marks the notes define read; the rest refused below
            self.ellipsis_missing, self.defined_marks = missing, marks
            left = []
            try:
                for line, cells, columns, read_row, _ in rows:
                    try:
                        self._add(read_row(name, line, cells, columns))
                    except _Unshown as error:
                        left.append((line, cells, columns, read_row, error))
                    except CheckerError as error:
                        if not self.skip:
                            raise
                        self._skipped_row(error, cells, columns)
            finally:
                self.ellipsis_missing, self.defined_marks = False, frozenset()
            rows = left
        for _, cells, columns, _, error in rows:
            message = error.message
            if meaning is not None and error.mark is None:
                message += (f"; the note under the table says … means {meaning!r}, which checker does not read as a "
                            "value missing")
            if columns.layout != "long":
                message += " (the row's other values are left out with it)"
            refused = CheckerError(message, error.location, error.hint)
            if not self.skip:
                raise refused
            self._skipped_row(refused, cells, columns)

    def _repeated_header(self, pending: tuple[int, list[str], list, int | None, list], under: list[str] | None,
                         name: str) -> tuple[_Columns, Callable[[str, int, list[str], _Columns], list[Observation]]]:
        """The columns and row reader of a header repeated under the first table (``pending``: its line, cells, title
        lines, the year it carries on, and the lines above it), with the row of years ``under`` it, if any."""
        line, cells, own, carried, above = pending
        columns = header_columns(cells, name, line, own, carried, under)
        if columns.unit is None:
            self._no_unit_line(above, name)
        return columns, self._row_reader(columns, cells, line, name)

    def _row_reader(self, columns: _Columns, header: list[str], header_line: int | None, name: str
                    ) -> Callable[[str, int, list[str], _Columns], list[Observation]]:
        """The reader of a row of ``columns``' layout; a table by place's names its indicators once, from ``header``."""
        if columns.layout == "long":
            return self._long_row
        if columns.layout == "wide":
            return self._wide_row
        names = {index: self.indicator_cell(columns.headings[index], name, header_line or 1, index + 1)
                 for index in columns.across}
        return lambda name, line, cells, columns: self._by_place_row(name, line, cells, columns, names)

    def _places_as_indicators(self, header: list[str], columns: _Columns, start: int, name: str,
                              header_line: int | None) -> None:
        """Refuse a yearbook's table by place (乐 山 市 | 市 中 区 … down a column headed 项目 or nothing, years across)
        read as indicators named after places: the plan's own region came out an unknown indicator, its target n/a,
        exit 0. Its indicator is in its title; a 地区 column there is refused with that hint."""
        if _header_key(header[columns.indicator] if columns.indicator < len(header) else "") not in ("", "项目"):
            return
        names = {item.indicator for item in self.items[start:]}
        places = [n for n in names if _PLACE_NAME.fullmatch(re.sub(r"\s+", "", n)) and not _MEASURE_WORD.search(n)]
        if len(places) >= 3 and len(places) * 10 >= len(names) * 6 or len(places) >= 2 and len(places) == len(names):
            raise CheckerError(
                f"the first column names places ({'、'.join(sorted(places)[:3])} …), not indicators: the table is of one "
                "indicator by place, its name in the title", Location(name, header_line, columns.indicator + 1,
                                                                      sheet=self.sheet),
                hint="name the column 地区 and add a column 指标 holding the indicator's name (as the title gives it)")

    def _no_unit_line(self, above: list[tuple[int, list[str]]], name: str) -> None:
        """Refuse a 单位 line over a second table of no unit column (a workbook's reader gives its rows that unit): passed
        over, its rows were read in the plan's unit whatever it said."""
        for line, cells in above:
            at = next((c for c, cell in enumerate(cells) if "单位" in cell and UNIT_LINE.fullmatch(cell)), None)
            if at is not None:
                raise _unit_line_error(cells[at], Location(name, line, at + 1, sheet=self.sheet))

    def _second_title(self, above: list[tuple[int, list[str]]], header: list[str], start: int, name: str) -> None:
        """A second table whose own title (one of the few lines ``above`` its ``header``, past its 单位 or 注 lines) names
        a place, where no column says whose each row is: under an untitled first table its rows are that place's (the
        first table's are the region checked); under rows given another place by a title, refused — 表2 成都市… under
        表1 全国… on one sheet gave 成都市's figures to 全国 (81.52 became the nation's base value)."""
        if {header_role(cell) for cell in header} & PLACE_ROLES:
            return
        two = two_places_titled([cells for _, cells in above])
        if two is not None:  # 表2：乙市、丙市…: whose each row is, the title does not say
            raise two_places_error(two[1], two[2], Location(name, above[two[0]][0], sheet=self.sheet))
        found = next(((line, place) for line, cells in reversed(above) if (place := second_title_place(cells))), None)
        if found is None:
            return
        given = next((item.region for item in reversed(self.items[start:])), None)
        if given is None and not any(item.region for item in self.items[start:]):
            self.titled = found[1]  # (an untitled first table: the region checked, whoever it is; this one is named)
        elif found[1] != given:
            raise second_title_error(found[1], given, Location(name, found[0], sheet=self.sheet))

    def _footnoted(self, footnotes: list[str], start: int, name: str) -> None:
        """A footnote that marks a year's figures preliminary (注：2023年为快报数) is a note on each of that year's values
        read from the table (from ``start``), as the same words in a 备注 column are; it was passed over, and a
        快报数 judged as final without a word. Each clause of a note is read on its own and is the note of the values
        it marks (注：1．*为快报数。2．卫生总费用2023年为初步核算数。: the first clause's 快报 was given to the second's
        year, and the meaning of * lost); a note of one clause is the note itself."""
        for footnote in footnotes:
            clauses = note_clauses(footnote, PRELIMINARY)
            for clause in clauses:
                note = footnote if len(clauses) == 1 else clause
                years = preliminary_years(clause)
                if years:
                    self._year_preliminary(clause, note, years, start, name)
                else:
                    self._marked_preliminary(clause, note, start)
                self._mark_defined(clause, note, start)

    def _mark_defined(self, clause: str, note: str, start: int) -> None:
        """A note's clause that says what a mark means (注：①为监测地区数据。, ①2023年为第七次人口普查后推算数): ``note`` on
        each value of the table (from ``start``) carrying the mark, in its cell (15.7①) or its row's name
        (人均预期寿命①: the whole row's), of the years the clause names if it names any. Checker acts on a mark's
        meaning only where it is a preliminary word or another year (:meth:`_marked_preliminary`, :meth:`_redated`);
        any other is kept as the values' note, and validate says it is not acted on (it said the file was silent)."""
        marks = [mark for mark in re.findall(_DEFINED_MARK, clause) if mark.strip()]
        if not marks:
            return
        years = {int(first) for first, _ in re.findall(_FOOTNOTE_YEAR, to_simplified(unnumbered(clause)))}
        for at in range(start, len(self.items)):
            item = self.items[at]
            carried = any(mark in item.text or carries_mark(item.text, mark) and not mark.isdigit()
                          or self.name_marks.get(item.indicator) == mark for mark in marks)
            if carried and (not years or item.year in years):
                self._note_on(at, note, True)
                self.mark_notes.add(note)

    def _year_preliminary(self, clause: str, note: str, years: set[int], start: int, name: str) -> None:
        """``note`` on the values of ``years`` that ``clause`` marks preliminary: those of an indicator or place it
        names (注：2024年婴儿死亡率为快报数), of a subject an indicator's name holds (卫生总费用2023年为初步核算数:
        个人卫生支出占卫生总费用的比重, not the mortality rows), of a mark it names; else, naming nothing but the
        year's figures, all of the year's. A subject no row is named by marks none, and is kept for validate to say:
        spread over the whole year, final figures were called preliminary."""
        text = to_simplified(unicodedata.normalize("NFKC", unnumbered(clause)))
        items = list(enumerate(self.items[start:], start))
        # a name in another comma-clause (…为快报数，其中人均预期寿命为测算值) is no subject of the 快报 one
        for part in [part for part in re.split(r"[，,]", text) if preliminary_years(part)] or [text]:
            marked = preliminary_years(part) or years
            named = [(at, item) for at, item in items if any(len(word) >= 2 and to_simplified(unicodedata.normalize(
                "NFKC", word)) in part for word in (item.region or "", _bare_name(item.indicator)))]
            if not named and marks_named(part):  # 带*的为2024年快报数: the values carrying the mark, if any do
                named = [(at, item) for at, item in items if self._carries(item, marks_named(part))]
            subjects = () if named else preliminary_subjects(part)
            if subjects:
                named = [(at, item) for at, item in items if any(subject in to_simplified(unicodedata.normalize(
                    "NFKC", _bare_name(item.indicator))).casefold() for subject in subjects)]
                if not named:
                    if not self._refused_row_named(subjects):  # (a row refused is said where it is, with why)
                        self.unplaced.append((note, "、".join(subjects), Location(name, sheet=self.sheet)))
                    continue
            for at, item in named or items:
                self._note_on(at, note, item.year in marked)

    def _refused_row_named(self, subjects: tuple[str, ...]) -> bool:
        """Whether a row refused (``--skip-bad-rows``) is named by one of a note's ``subjects``: 卫生总费用's row left out
        for its … is no indicator missing from the table, and its note no note of nothing."""
        names = [to_simplified(unicodedata.normalize("NFKC", _bare_name(skipped))).casefold()
                 for skipped in self.skipped_names if skipped]
        return any(subject in skipped for subject in subjects for skipped in names)

    def _marked_preliminary(self, clause: str, note: str, start: int) -> None:
        """A footnote's clause that marks the values carrying a mark preliminary (注：*为快报数 under 2024* or 4.6*):
        ``note`` on each of them (from ``start``), as a year's 快报 note is on that year's: the mark alone was kept,
        and validate said nothing of a 快报数 judged as final."""
        text = to_simplified(unicodedata.normalize("NFKC", clause)).casefold()
        if not any(word in text for word in PRELIMINARY) or re.search(_FOOTNOTE_YEAR, text):
            return
        marks = marks_named(text)
        for at in range(start, len(self.items)):
            self._note_on(at, note, self._carries(self.items[at], marks))

    @staticmethod
    def _carries(item: Observation, marks: tuple[str, ...]) -> bool:
        """Whether a value carries one of ``marks``, in its cell (4.6*) or its year header (2024*)."""
        return any(carries_mark(item.text, mark) or _HEADER_MARKS.get(mark) in item.notes for mark in marks)

    def _note_on(self, at: int, note: str, when: bool) -> None:
        """Add ``note`` to the value at ``at`` (once), ``when`` so."""
        item = self.items[at]
        if when and note not in item.notes:
            self.items[at] = replace(item, notes=(*item.notes, note))

    def _targets_noted(self, footnotes: list[str], start: int) -> None:
        """Refuse the values of a year a note under the table calls the plan's targets (注：2025年为规划目标值。): read,
        the plan's own 2025 figures were judged against themselves and every target passed."""
        for footnote in footnotes:
            for clause in note_clauses(footnote, PRELIMINARY):
                years = noted_target_years(clause)
                item = next((item for item in self.items[start:] if item.year in years), None)
                if item is not None:
                    raise CheckerError(
                        f"a note under the table says {footnote.strip()!r}: the {item.year} values (first "
                        f"{item.text!r} of {item.indicator}) are the plan's targets, not observed values",
                        item.location,
                        hint="delete the target column (leave the plan's targets in the plan) or give the observed "
                             f"{item.year} values under a plain year header")

    def _redated(self, footnotes: list[str], start: int, name: str) -> None:
        """Refuse a value a footnote gives another year than the table does (注：乙县为2022年数据。, 以2022年数据代替,
        为上年数据, 带*的为2022年数据 under a table of 2023): passed over, 乙县's 2022 value was judged as 2023's without a
        word. The note names a place or an indicator read from the table (from ``start``), or a mark its values carry;
        each of its values of another year is refused at its cell (which year it is the file says). A note that names
        a place and another year's figures in words not read for sure (see :mod:`checker.data.footnotes`) is refused
        too: which year is meant is no guess."""
        items = self.items[start:]
        for footnote in footnotes:
            for dated in redatings(footnote, PRELIMINARY):
                named = _named_by(dated, items)
                if named is None:
                    continue
                if dated.sure and dated.cells:  # 孕产妇死亡率2024年以2023年数据代替: the 2024 value, not the row's first
                    named = [item for item in named if item.year in dated.cells]
                years = {item.year for item in named}
                if dated.sure and not dated.cells and len(years) > 1:
                    raise _whole_row_error(footnote, dated, named, Location(name, sheet=self.sheet))
                for item in named:
                    year = dated.year_of(item.year)
                    if dated.sure and year == item.year or not dated.sure and year in years:
                        continue
                    said = (f"though the note makes it {year}'s" if dated.sure else
                            f"though the note speaks of {year}'s figures in words not read for sure")
                    raise CheckerError(
                        f"a note under the table says {footnote.strip()!r}: the value {item.text!r} of "
                        f"{item.region or item.indicator} would be judged as {item.year}'s, {said}", item.location,
                        hint=f"delete the value (or give {item.year}'s own figure), then delete the note" if dated.cells
                        else f"move the value to a row or column of {year} (or delete it), then delete the note")
                if dated.marks and not named:  # 带*的为2022年数据, and no value written 4.6*: the mark is elsewhere
                    raise CheckerError(
                        f"a note under the table says {footnote.strip()!r}, but no value carries the mark "
                        f"{dated.marks[0]!r}: which values it gives another year is not known",
                        Location(name, sheet=self.sheet),
                        hint="put each value the note dates in a row or column of its year (or delete it), "
                             "then delete the note")

    # --- one row ---

    def _add(self, found: list[Observation]) -> None:
        """Add a row's observations; an equal duplicate is dropped, a different one is an error."""
        seen = self.seen
        fresh = []
        for obs in found:
            key = (obs.region, obs.indicator, obs.year)
            first = seen.get(key)
            if first is None:
                fresh.append((key, obs))
            elif first.unit != obs.unit:  # 2.42 ‰ and 0.242 %: one value or two, once both are in the plan's unit
                fresh.append((None, obs))
            elif first.value != obs.value:
                region = f" in {obs.region}" if obs.region else ""
                raise CheckerError(
                    f"conflicting duplicate: {obs.indicator} {obs.year}{region} is {shown_with_unit(first.text, first.unit)} at "
                    f"{first.location} and {shown_with_unit(obs.text, obs.unit)} at {obs.location}",
                    obs.location,
                    hint=(f"some rows of {obs.region} leave the 地市 cell empty and others name "
                          f"{self.parents[obs.region]['city']}, so rows of two places of that name may be read as one "
                          "(a 地市 cell merged over its rows and saved as CSV is empty under its first row): fill the "
                          "地市 cell on every row" if obs.region in self.cityless
                          and (self.parents.get(obs.region) or {}).get("city") else
                          "keep one row per region, indicator and year (or correct the region or year)"),
                )
            elif first.value is not None:  # (two missing cells, — and —: no value repeated, no duplicate to report)
                self.duplicates.append((first, obs))
        for key, obs in fresh:
            if key is not None:
                seen[key] = obs
            self.items.append(obs)

    @staticmethod
    def _headless_cells(name: str, line: int, cells: list[str], blank: tuple[int, ...]) -> None:
        """A filled cell under a column without a header is an error: the column may be the rows'
        region (a pasted table's first heading left blank), which dropped would make them the plan's."""
        for index in blank:
            if index < len(cells) and re.fullmatch(_SUB_HEADING, to_simplified(cells[index].strip())):
                raise CheckerError(
                    f"cell {cells[index]!r} in column {index + 1} is a second header row (a year's 绝对数 | 比上年增长% "
                    "under it), which a CSV file cannot hold: the year merged over both columns in the workbook is "
                    "in one of them only", Location(name, line, index + 1),
                    hint="delete the growth columns and this row, keeping the year over each value column; or read "
                         "the workbook itself (.xlsx), whose merged heading is read")
            if index < len(cells) and cells[index].strip():
                raise CheckerError(
                    f"cell {cells[index]!r} stands in column {index + 1}, which has no header; it would be left out",
                    Location(name, line, index + 1),
                    hint="give the column a header (地区 for regions, 备注 for remarks), or empty it",
                )

    def _extra_cells(self, name: str, line: int, cells: list[str], width: int) -> None:
        """More cells than the header: harmless if they are all empty (Excel's trailing commas), else an error."""
        for index in range(width, len(cells)):
            if cells[index].strip():
                raise CheckerError(
                    f"row has {len(cells)} cells but the header has {width}; extra cell {cells[index]!r}",
                    Location(name, line, index + 1),
                    hint='quote cells that contain the separator ("1,234.5"), or give the extra column a header',
                )

    # The cell readers: one cell of a file ``name`` at ``line``/``column``, read as every reader of
    # this project reads it (the columnar reader calls them once per distinct cell), each value
    # remembered for the next cell that repeats it; a bad cell raises a located CheckerError.

    def indicator_cell(self, raw: str, name: str, line: int, column: int) -> str:
        """An indicator cell: the name, cleaned (clean_name)."""
        known = self.names.get(raw)
        if known is not None:
            return known
        # 床位数（张）①, 孕产妇死亡率*: the table's footnote mark is no part of the name
        # 一、婴儿死亡率, ①婴儿死亡率: the table's row number is no part of the name either, as a plan's names drop it
        unmarked, mark = footnote_mark(raw)
        starred = _NAME_MARK.search(unmarked)
        text = clean_name(_SUB_ITEM.sub("", _LIST_NUMBER.sub("", _NAME_MARK.sub("", unmarked), count=1), count=1))
        if not text:
            raise CheckerError(
                "empty indicator cell", Location(name, line, column),
                hint="name the indicator (its id, the plan's Chinese name or an alias)",
            )
        self.names[raw] = text
        if mark or starred:  # (a note under the table may say what the mark means: its row's values carry it)
            self.name_marks[text] = mark or starred.group().strip()
        return text

    def _placed(self, region: str | None, cells: list[str], columns: _Columns, name: str, line: int) -> str | None:
        """The row's region when the file names the places regions lie in (省份, 地市): the finest place
        the row names (a row whose county cell is empty, or a total such as 合计, is its city's or
        province's own row), the coarser ones recorded as its parents.

        One name in two places (鼓楼区 of 福州市 and of 南京市) is two regions: once such names are known
        (:attr:`ambiguous`, found by a first read), every row of such a name is named with the finest
        place it lies in (福州市鼓楼区, 南京市鼓楼区)."""
        n = len(cells)
        named = [(level, self.region_cell(cells[index], name, line, index + 1) if index < n else None)
                 for level, index in columns.places]
        named = [(level, place) for level, place in named if place]
        if self.place_names:
            named = [(level, self.place_names.get(place, place)) for level, place in named]
        elif not self.settled:
            for level, place in named:
                self.place_cells.setdefault(level, set()).add(place)
        province = columns.province
        if province is not None and (province >= n or not cells[province].strip()):
            named += self._province_of(region, named, name, line, province)
        while len(named) > 1 and is_whole_total(named[0][1]) and (region is None or is_whole_total(region)):
            named.pop(0)  # 浙江省 | 全省 | (合计 in the 地市 column): the province's own row, never the plan's province
        own_city = False
        if named and (region is None or is_whole_total(region)):
            level, region = named.pop(0)
            # 海南省 | 儋州市 | (no county): a city's own row, the city its own 全市 — one without counties (儋州市, 东莞市)
            # was compared with the plan's city
            own_city = level == "city" and columns.region is not None
        if region is None:
            return None
        places = {level: place for level, place in named if place != region}
        if not own_city and "city" not in places and any(level == "city" for level, _ in columns.places):
            self.cityless.add(region)  # (for a conflicting duplicate to say why: 地市 merged down, saved as CSV)
        if region in self.ambiguous:
            blank = next((index for level, index in columns.places if level not in places and level != "province"), None)
            region = self._qualified(region, _finest(places),
                                     None if blank is None else Location(name, line, blank + 1, sheet=self.sheet))
        known = self.parents.setdefault(region, {})
        for level, place in (places | {"city": region} if own_city else places).items():
            seen = known.setdefault(level, place)
            if seen == place or not self.settled and len(place_variants((seen, place))) == 1:
                continue  # (济南市 and 济南: one place, named one way on the read done again)
            if self.settled:
                raise CheckerError(
                    f"region {region!r} lies in {seen} on one row and in {place} here, also when named with "
                    "the place it lies in",
                    Location(name, line, dict(columns.places)[level] + 1, sheet=self.sheet),
                    hint=f"tell them apart in the region cell ({seen}{region}, {place}{region})",
                )
            self.ambiguous.add(region)  # the read is done again, every row of this name named with its place
            return self._qualified(region, _finest(places), None)
        return region

    def place_variants(self) -> dict[str, str]:
        """The places of a first read written short in some rows of their column (:func:`place_variants`)."""
        return {short: full for names in self.place_cells.values() for short, full in place_variants(names).items()}

    def _qualified(self, region: str, place: str | None, blank: Location | None) -> str:
        """``region`` named with ``place`` (:func:`qualified_region`), the two kept for messages to quote as written,
        with ``blank``, the cell of a finer place the row leaves empty."""
        named = qualified_region(region, place)
        if named != region:
            self.qualified.setdefault(named, (region, place or "", blank))
        return named

    def namesakes_placed(self) -> None:
        """Refuse a namesake's row that names only a place the file places others of its name in, finer (江苏省 |
        (no 地市) | 鼓楼区, where 南京市 and 徐州市 each have a 鼓楼区): it was judged as a region of its own, 江苏省鼓楼区,
        which no map has, while the 鼓楼区 it belongs to was judged on older rows as if current."""
        found = unplaced_namesakes({label: named[:2] for label, named in self.qualified.items()}, self.parents)
        for label, others in found.items():
            region, place, blank = self.qualified[label]
            cities = " or ".join(self.parents[other].get("city") or other for other in others)
            raise CheckerError(
                f"the row of {region!r} names {place} and no finer place, while the file holds {region!r} in {place} "
                f"under {len(others)} {'places' if len(others) > 1 else 'place'} ({'、'.join(others)}): whose row it "
                f"is, is not said; read as {label}, it would be judged as a place no map has", blank,
                hint=f"fill the empty cell with the place it lies in ({cities})")

    def as_written(self, region: str) -> str:
        """``region`` as the file writes it: a namesake's name and the place its row names ('市中区' (济南市)), never the
        label checker made of them (济南市市中区), which no cell holds."""
        written = self.qualified.get(region)
        return f"{written[0]!r} ({written[1]})" if written else repr(region)

    def _province_of(self, region: str | None, named: list[tuple[str, str]], name: str, line: int,
                     column: int) -> list[tuple[str, str]]:
        """The province of a row whose 省份 cell is empty while it names a finer place (a merged cell saved as CSV
        leaves it so): the one the file gives its city elsewhere, else refused — the plan's own province would
        stand in for it, and a county of 江苏 be compared with 福建 without a word."""
        finer = [place for level, place in named if level != "province"] + ([region] if region else [])
        if not finer or any(is_province(place) or is_whole_total(place) for place in finer):
            return []  # the province's own row, a municipality (北京市), a total
        city = dict(named).get("city")
        known = self.parents.get(city, {}).get("province") if city else None
        if known:
            return [("province", known)]
        if not any("province" in places for places in self.parents.values()):
            return []  # no row so far names a province: an empty column (a template's), as if it were not there
        raise CheckerError(
            f"the province cell is empty on the row of {' '.join(finer)}, while the file names the province of "
            "other rows: which province it lies in is not for a guess (the plan's own would stand in for it)",
            Location(name, line, column + 1, sheet=self.sheet),
            hint="fill the province on every row (a merged cell saved as CSV, or a cell left blank under the "
                 "province's row, leaves it empty)")

    def _coded(self, region: str | None, cells: list[str], column: int, name: str, line: int,
               header: str = "") -> None:
        """A region's code (行政区划代码) must be one: 鼓楼区 350102 (福州) and 鼓楼区 320106 (南京) in one region
        column were read as one county, the second's values judged as the first's or left out as its repeats. A code
        cell that lost digits (:func:`code_digits_lost`; ``header``: the column's) is refused at the cell."""
        code = admin_code(cells[column]) if column < len(cells) else None
        if code is None and column < len(cells) and (lost := code_digits_lost(cells[column], header)):
            raise CheckerError(
                f"the code cell of {region or 'the row'}: {lost}; read as no code, its place would lose the "
                "province and city the code gives it", Location(name, line, column + 1, sheet=self.sheet),
                hint="in the workbook, give the code column the format 0 (or text) so each code shows all its digits, "
                     "save it again; or correct the code")
        if region is None or code is None:
            return  # not a 行政区划代码 (an indicator's code under a column named code, a country's ISO code)
        where = Location(name, line, column + 1, sheet=self.sheet)
        named = self.code_regions.setdefault(code, (region, where))
        seen = self.region_codes.setdefault(region, (code, where))
        if not self.settled:
            # refused on the read done again, where each namesake's rows are named by its place from the first row on
            # and a place written short in full: 济南's 市中区 read as 市中区 before 枣庄's turned up and as 济南市市中区
            # after, or a city row of 济南 beside 济南市, was refused as one code under two names, by the rows' order
            self.recheck = self.recheck or seen[0] != code or named[0] != region and not (
                is_whole_total(region) or is_whole_total(named[0]))
            return
        # (吉林省 and its 合计, 吉林省合计: one place); 长白朝鲜族自治县 and 长白县 under 220623, 历城 and 历城区 under 370112:
        # one place judged as two, each on its own years (a short name was let through as a total's, and its rows judged
        # as current)
        if named[0] != region and not (is_whole_total(region) or is_whole_total(named[0])):
            first, second = self.qualified.get(named[0], (named[0],))[0], self.qualified.get(region, (region,))[0]
            if second.startswith(first) or first.startswith(second):
                first = max(first, second, key=len)  # (历城 and 历城区: the name in full)
            raise CheckerError(
                f"the code {code} is {self.as_written(named[0])} at {named[1]} and {self.as_written(region)} here: one "
                "place under two names would be judged as two places", where,
                hint=f"write one name for it in every row (the plan's, e.g. {first}); a code that was mistyped: "
                     "correct it")
        if seen[0] != code:
            raise CheckerError(
                f"region {self.as_written(region)} has the code {seen[0]} at {seen[1]} and {code} here: two places of "
                "one name would be read as one",
                where,
                hint="add the places they lie in as columns (省份, 地市), which tell namesakes apart, or name each "
                     f"with its city in the region cell (e.g. 福州市{region}); a code that was mistyped: correct it",
            )

    def region_cell(self, raw: str, name: str = "", line: int = 0, column: int = 0) -> str | None:
        """A region cell: the name in simplified characters, None if empty. A cell of no letter nor digit (``-``,
        ``——``, ``。``: a table's "no entry" mark, or stray punctuation) names no place: refused at the cell, since read
        as a place it was judged as one more region (and failed the run), and read as empty it would be the plan's."""
        try:
            return self.regions[raw]
        except KeyError:
            # a region written in traditional characters (廣州市) is the simplified one (广州市); a footnote mark
            # (某县*, 某县①) is the table's, as on a name
            bilingual = re.match(_ENGLISH_AFTER, raw.strip()) if " " in raw and not raw.isascii() else None
            known = to_simplified(clean_name(_NAME_MARK.sub("", footnote_mark(bilingual.group(1) if bilingual else raw)[0]
                                                            ))) or None
            if known is not None and known.startswith("其"):  # 其中：番禺区, a part of the row above: 番禺区
                known = re.sub(_OF_WHICH, "", known, count=1) or known
            if known is not None and _blank_label(raw):
                raise CheckerError(
                    f"not a region name: {raw.strip()!r} is what a spreadsheet (an Excel pivot table) writes for a row "
                    "label left empty", Location(name, line, column) if name else None,
                    hint="whose rows these are the file does not say: write the place's name, or leave the cell empty "
                         "where the rows are the plan's own region")
            if known is not None and not any(character.isalnum() for character in known):
                raise CheckerError(
                    f"not a region name: {raw.strip()!r}", Location(name, line, column) if name else None,
                    hint="write the place's name, or leave the cell empty for the plan's own region; a dash for "
                         "\"no entry\" belongs in a value cell")
            self.regions[raw] = known
            return known

    def year_cell(self, raw: str, name: str, line: int, column: int) -> int:
        """A year cell (2025, 2025年, ２０２５; of 民國 with its era, 民國114年 or in numerals 民國一一四年, as a plan's words
        are read: :func:`checker.language.cn_numerals.arabic_years`). A common year in Chinese numerals (二〇二〇年) stays
        refused, as it always was in data."""
        year = self.years.get(raw)
        if year is not None:
            return year
        text = unicodedata.normalize("NFKC", raw)
        text = western_year((arabic_years(text) if "民" in text else text).strip().replace(" ", ""))
        match = _YEAR_CELL.fullmatch(text)
        if match is None and text:
            annotated = self._annotated_year(raw, Location(name, line, column))
            if annotated is not None:
                return annotated
        if match is None or not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
            what = "empty year cell" if not text else f"not a year: {raw.strip()!r}"
            raise CheckerError(what, Location(name, line, column),
                               hint=_YEAR_HINT + minguo_hint([raw], years_only=True) + _span_hint(text))
        year = self.years[raw] = int(match.group(1))
        return year

    def year_marks(self, raw: str) -> tuple[str, ...]:
        """The notes a year cell read by :meth:`year_cell` gives its row's value (2024（快报） → 快报); () for a plain
        year."""
        return self.year_notes.get(raw, ())

    def _annotated_year(self, raw: str, where: Location) -> int | None:
        """The year of a year cell annotated as a wide layout's year header is (2024（快报）, 2024年快报, 2024*, 2024E),
        its annotation kept as the row's note (:meth:`year_marks`); None for a cell no header would be read as. It was
        refused in a long table's 年份 cell while the same words heading a wide table's column were read. A unit or a
        target in its brackets is refused, as in a header."""
        read = _year_header(raw)
        if read is None:
            return None
        year, marks = read
        wrong = next((mark for mark in marks if units.is_known(mark) or not _observed_mark(mark) and any(
            word in mark.casefold() for word in target_header_words())), None)
        if wrong is not None:
            raise CheckerError(
                f"year cell {raw.strip()!r} says {wrong!r} beside the year: "
                + ("a unit kept as a note would read the value in the plan's unit" if units.is_known(wrong) else
                   "a plan's target is no observed value"), where,
                hint=f"write the year alone ({year}) and give the unit in a 单位 column" if units.is_known(wrong) else
                f"give the observed value under a plain year ({year}); leave the plan's targets in the plan")
        self.year_notes[raw] = marks
        self.years[raw] = year
        return year

    def unit_cell(self, raw: str, name: str, line: int, column: int) -> str | None:
        """A unit cell: the canonical unit, None if empty or a missing-value mark."""
        known = self.units.get(raw, self)
        if known is self:
            text = clean_name(raw)
            bracketed = _UNIT_BRACKETS.fullmatch(text)
            if bracketed and units.is_known(bracketed.group(1)):  # （‰）, (%), 【万人】: the unit in brackets, as a name's and a 单位 line's brackets give it
                text = bracketed.group(1)
            if unicodedata.normalize("NFKC", text).casefold() in MISSING:
                known = None
            else:
                try:
                    known = units.canonical(text)
                except CheckerError as error:
                    known = error
            self.units[raw] = known
        if isinstance(known, CheckerError):
            raise known.relocated(Location(name, line, column))
        return known

    def value_cell(
        self, raw: str, unit: str | None, name: str, line: int, column: int, indicator: str = ""
    ) -> tuple[float | None, str | None, tuple[str, ...]]:
        """(value, unit, notes) of a value cell (:meth:`_value_cell`), the value as read
        (:func:`checker.judge.precision.as_read`): a CSV's ``5.000000000000001`` (a program's float noise for 5) is
        5, as the same number in an .xlsx cell is, not a near miss of ≤5, and a 13-digit amount keeps its digits —
        one place for every reader."""
        value, unit, notes = self._value_cell(raw, unit, name, line, column, indicator)
        return as_read(value), unit, notes

    def _value_cell(
        self, raw: str, unit: str | None, name: str, line: int, column: int, indicator: str = ""
    ) -> tuple[float | None, str | None, tuple[str, ...]]:
        """(value, unit, notes) of a value cell as written; ``unit`` is the unit column's (None if absent or empty), and
        ``indicator`` the name the cell's value is of (a table by place's header), whose bracketed unit (医院床位（万张）)
        reads a count shown in 万 (7.561万, the usual ``0!.0,"万"`` format) as a unit column's would."""
        text = raw.strip()
        if text in MISSING:
            return None, unit, ()
        if _PLAIN_NUMBER.fullmatch(text):
            value = float(text)
            if math.isinf(value):
                raise CheckerError(
                    f"value {_shown(text)} is too large to be a number", Location(name, line, column), hint=_VALUE_HINT
                )
            if value == 0 and NONZERO_DIGITS.match(text):  # 1e-400: below the smallest float, read as 0 it passed
                raise CheckerError(
                    f"value {_shown(text)} is too small to be a number (it would be read as 0)", Location(name, line, column),
                    hint=_VALUE_HINT)
            return value, unit, ()
        folded = unicodedata.normalize("NFKC", text).strip().casefold()
        if folded in MISSING:
            return None, unit, ()
        deliverable = DELIVERABLES.get(folded)
        if deliverable is not None:
            return deliverable, unit, ()
        if folded.replace(" ", "") in _NON_FINITE:
            raise CheckerError(
                f"value {text!r} is not a finite number", Location(name, line, column), hint=_VALUE_HINT
            )
        number = _read_number(text)
        bracket = re.search(_UNKNOWN_NOTE, text) if number is None else None
        written_unit = bracket.group(1).strip("()（） ") if bracket else ""
        if written_unit and units.is_known(written_unit):
            # 4.0（‰）, 14.3（1/10万）: a unit checker knows, in brackets, is the value's unit, as in 4.0‰
            bare = _read_number(text[:bracket.start(1)].strip())
            if bare is not None and bare.unit is None:
                number, bracket = replace(bare, unit=units.canonical(written_unit)), None
        if number is None:
            if bracket:  # 83.16（统计局口径）: a number with an annotation the grammar does not know
                raise CheckerError(
                    f"cannot read value {_shown(text)}: {_shown(bracket.group(1))} is no annotation checker knows",
                    Location(name, line, column),
                    hint="leave the words in a note column, or teach checker the annotation under `annotations:` in "
                         "rules/grammar.yaml (known: 快报数, 预计数, 测算, 估算, 暂定, 2019年, provisional, estimated, p, e …)")
            marked = re.fullmatch(_VALUE_MARK, text)
            bare = _read_number(marked.group(1)) if marked else None
            if bare is not None:  # 2.3#: the value carrying a mark, where a note under the table defines it
                mark = unicodedata.normalize("NFKC", marked.group(2))
                if mark in self.defined_marks:
                    return bare.value, bare.unit or unit, (*bare.notes, f"{mark} (annotated)")
                unshown = _Unshown(
                    f"cannot read value {_shown(text)}: the mark {mark!r} is defined by no note under the table",
                    Location(name, line, column),
                    hint=f"give the note that says what {mark} means under the table (注：{mark}为临时数字。), or give "
                         "the number alone")
                unshown.mark = mark
                raise unshown
            if folded in ("...", "......", "…", "……"):  # a yearbook's … (NFKC writes it ...); .. is missing (World Bank)
                if self.ellipsis_missing:  # the table's note says its … is a value missing
                    return None, unit, ()
                raise _Unshown(
                    f"cannot read value {text!r}: a statistical yearbook writes … for a figure too small to show, "
                    "not for one missing", Location(name, line, column),
                    hint="give the figure (or 0) if it is known; write — or leave the cell empty if it is not available")
            hint = _VALUE_HINT
            # 1302万 as 0!.0,"万" shows it; 15237千 and 15.237百万 as #,##0, and #,##0.0,, do (see scaled_text)
            counted = re.fullmatch(r"\s*([-+]?[\d０-９][\d０-９.,，．]*)\s*([十百千万亿]\S{0,3})\s*", text)
            named = name_unit(indicator) if counted and unit is None else None  # 医院床位（万张）: the header's unit
            given = unit or named
            shown_in = _MAGNITUDE.match(counted.group(2)).group() if counted else ""
            bare = _read_number(counted.group(1)) if counted and given and given.startswith(counted.group(2)) \
                and _MAGNITUDE.match(given).group() == shown_in else None  # (15237千 is no count in 千万人)
            if bare is not None and bare.unit is None:
                # 1302万 in a row whose unit column (or name) says 万人 (a format 0"万" shows it so): a count in it
                return bare.value, given, bare.notes
            if counted and given:  # 7.561万 under 医院床位（张）, 15237千 under 万人: the unit says another magnitude
                base = given[len(_MAGNITUDE.match(given).group()):] or given
                raise CheckerError(
                    f"cannot read value {_shown(text)}: it is shown in {shown_in}, but "
                    + (f"its unit column says {unit}" if unit else f"the unit of {indicator.strip()!r} is {named}"),
                    Location(name, line, column),
                    hint=f"if the figure is in {shown_in}, give the unit so ({shown_in}{base}, not {given}); if the "
                         f"cell only shows it so (a number format such as 0!.0,\"万\" or #,##0, in thousands), format "
                         f"it as a plain number, which shows the figure in {given}")
            if counted:  # 1248.8万: a count in 万, whose unit a cell does not give
                number, unit = counted.groups()
                examples = unit if len(unit) > 1 else f"{unit}人, {unit}元"
                hint = (f"give the number alone ({number}) and its unit in a 单位 column or the name's brackets "
                        f"({examples}; 医院床位（万张）): a {unit[0]} written in a value cell is not read as a unit; "
                        + _VALUE_HINT)
            if "单位" in text and UNIT_LINE.fullmatch(text):  # 表2 健康素养,,单位：% over a second table
                raise _unit_line_error(text, Location(name, line, column))
            raise CheckerError(f"cannot read value {_shown(text)}", Location(name, line, column), hint=hint)
        if number.value is not None and not isinstance(number.value, bool) and (
                math.isinf(number.value) or number.value == 0 and NONZERO_DIGITS.match(folded)):
            # ０.０００…３, ９９…９ in full-width digits: as the ASCII forms, never read as 0 or infinity
            raise CheckerError(f"value {_shown(text)} is too {'large' if number.value else 'small'} to be a number"
                               + ("" if number.value else " (it would be read as 0)"), Location(name, line, column),
                               hint=_VALUE_HINT)
        if number.unit is not None:
            if unit is not None and number.unit != unit:
                raise CheckerError(
                    f"value {text!r} is in {number.unit} but the unit column says {unit}",
                    Location(name, line, column),
                    hint="drop the unit from the value, or make the unit column agree with it",
                )
            unit = number.unit
        return number.value, unit, number.notes

    @staticmethod
    def _row_notes(cells: list[str], columns: _Columns) -> tuple[str, ...]:
        """The non-empty note/备注/来源 cells of a row, trimmed."""
        n = len(cells)
        notes: tuple[str, ...] = ()
        for index in columns.notes:
            if index < n:
                note = cells[index].strip()
                if note:
                    notes += (note,)
        return notes

    def _no_target_note(self, cells: list[str], columns: _Columns, name: str, line: int) -> None:
        """Refuse a row whose note says it is a target (规划目标值, （目标）): a plan's value is no observation,
        and read as one it meets its own target."""
        for index in columns.notes:
            if index < len(cells) and is_target_note(cells[index]):
                raise CheckerError(
                    f"the note {cells[index].strip()!r} says this row is a target, not an observed value",
                    Location(name, line, index + 1, sheet=self.sheet),
                    hint="leave targets in the plan; give the data file the observed values only",
                )

    def _long_row(self, name: str, line: int, cells: list[str], columns: _Columns) -> list[Observation]:
        n = len(cells)
        if n > columns.width:
            self._extra_cells(name, line, cells, columns.width)
        if columns.blank:
            self._headless_cells(name, line, cells, columns.blank)
        ci, yi, vi, ri, ui = columns.indicator, columns.year, columns.value, columns.region, columns.unit
        indicator = self.indicator_cell(cells[ci] if ci < n else "", name, line, ci + 1)
        year = self.year_cell(cells[yi] if yi < n else "", name, line, yi + 1)
        unit = self.unit_cell(cells[ui], name, line, ui + 1) if ui is not None and ui < n else None
        raw = cells[vi] if vi < n else ""
        value, unit, notes = self.value_cell(raw, unit, name, line, vi + 1, indicator)
        if self.year_notes:  # (2024（快报）: the year cell's annotation, as a year header's is its column's)
            notes += self.year_marks(cells[yi] if yi < n else "")
        if columns.notes:
            self._no_target_note(cells, columns, name, line)
            notes += self._row_notes(cells, columns)
        region = self.region_cell(cells[ri], name, line, ri + 1) if ri is not None and ri < n else self.titled
        if columns.places:
            region = self._placed(region, cells, columns, name, line)
        if columns.region_code is not None:
            self._coded(region, cells, columns.region_code, name, line, columns.code_header)
        self._region_column(region, name, ri)
        self.name_columns.setdefault((name, self.sheet, indicator), ci + 1)
        where = Location(name, line, vi + 1, sheet=self.sheet)
        return [Observation(indicator, year, value, raw, where, region, unit, notes)]

    def _region_column(self, region: str | None, name: str, column: int | None) -> None:
        """Keep the column a region's cells stand in (0-based ``column``), once per file, sheet and region."""
        if region is not None and column is not None and self.own_region_column:
            self.region_columns.setdefault((name, self.sheet, region), column + 1)

    def _by_place_row(self, name: str, line: int, cells: list[str], columns: _Columns,
                      names: dict[int, str]) -> list[Observation]:
        """A place's row of a table by place: one observation of the table's year for each indicator column filled
        (``names``: column → the indicator its header names)."""
        n = len(cells)
        if n > columns.width:
            self._extra_cells(name, line, cells, columns.width)
        if columns.blank:
            self._headless_cells(name, line, cells, columns.blank)
        filled = [index for index in columns.across if index < n and cells[index].strip()]
        ri, ui = columns.region, columns.unit
        region = self.region_cell(cells[ri], name, line, ri + 1) if ri is not None and ri < n else None
        if not filled:
            return []  # a row of only a place (a heading over its counties), or nothing
        if columns.places:
            region = self._placed(region, cells, columns, name, line)
        if region is None:  # read as the region checked, another place's figures would be judged as its own
            raise CheckerError(
                "a row of values with no place, in a table of places down and indicators across",
                Location(name, line, (ri or 0) + 1),
                hint="write the row's place (its county, or 全市 for the whole) in its region cell")
        if columns.region_code is not None:
            self._coded(region, cells, columns.region_code, name, line, columns.code_header)
        self._region_column(region, name, ri)
        column_unit = self.unit_cell(cells[ui], name, line, ui + 1) if ui is not None and ui < n else None
        if columns.notes:
            self._no_target_note(cells, columns, name, line)
        row_notes = self._row_notes(cells, columns) if columns.notes else ()
        found = []
        years, year_notes = columns.across_years, columns.year_notes
        for index in filled:
            raw = cells[index]
            value, unit, notes = self.value_cell(raw, column_unit, name, line, index + 1, names[index])
            if year_notes:
                notes += year_notes.get(index, ())
            found.append(Observation(names[index], years.get(index, columns.given_year), value, raw,
                                     Location(name, line, index + 1, sheet=self.sheet), region, unit, notes + row_notes))
        return found

    def _wide_row(self, name: str, line: int, cells: list[str], columns: _Columns) -> list[Observation]:
        n = len(cells)
        if n > columns.width:
            self._extra_cells(name, line, cells, columns.width)
        if columns.blank:
            self._headless_cells(name, line, cells, columns.blank)
        filled = [(index, year) for index, year in columns.years if index < n and cells[index].strip()]
        ci, ri, ui = columns.indicator, columns.region, columns.unit
        raw_indicator = cells[ci] if ci < n else ""
        if not filled and not raw_indicator.strip():
            return []  # a row of only a region/unit/note, no indicator and no values
        indicator = self.indicator_cell(raw_indicator, name, line, ci + 1)
        self.name_columns.setdefault((name, self.sheet, indicator), ci + 1)
        column_unit = self.unit_cell(cells[ui], name, line, ui + 1) if ui is not None and ui < n else None
        region = self.region_cell(cells[ri], name, line, ri + 1) if ri is not None and ri < n else self.titled
        if columns.places:
            region = self._placed(region, cells, columns, name, line)
        if columns.region_code is not None:
            self._coded(region, cells, columns.region_code, name, line, columns.code_header)
        self._region_column(region, name, ri)
        if columns.notes and filled:
            self._no_target_note(cells, columns, name, line)
        row_notes = self._row_notes(cells, columns) if columns.notes else ()
        found = []
        year_notes = columns.year_notes
        for index, year in filled:
            raw = cells[index]
            value, unit, notes = self.value_cell(raw, column_unit, name, line, index + 1, indicator)
            where = Location(name, line, index + 1, sheet=self.sheet)
            if year_notes:
                notes += year_notes.get(index, ())
            found.append(Observation(indicator, year, value, raw, where, region, unit, notes + row_notes))
        return found
