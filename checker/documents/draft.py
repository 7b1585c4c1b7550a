"""A document's tables and body targets → a draft plan (the mapping ``checker lint`` loads).

Indicators are merged by name across tables and body text (one indicator, several targets; a
disagreement is left for ``lint`` to report). Ids come from the catalogue (``rules/indicators.yaml``)
where the name or an alias matches, else a stable slug of the name. Direction comes from the
catalogue, else from the words (死亡率 → down), marked for review. Every target keeps its words and
``source: {line, quote}``; a target the grammar cannot read, a guessed year, direction or unit carries a
``review:`` note so that ``lint`` lists it.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from checker.documents import catalogue, english_sentences, places, sentences, tables, vocabulary
from checker.documents.model import (FROM_NOW, PAST_HEADLINE, PLAN_YEAR, UNREAD, Cell, Document, Found, Paragraph, Table,
                                      paragraph)
from checker.errors import CheckerError, Location
from checker.language import units
from checker.language import cn_numerals
from checker.language.cn_numerals import arabic_years
from checker.language.grammar import eliminates, grammar, parse_target
from checker.language.plausible import beyond
from checker.language.rule import LEVEL_KINDS, ZERO_CHANGE, Rule, rule_gaps
from checker.language.script import chinese_characters, to_simplified
from checker.plan.model import own_words

_DOWN_WORDS = vocabulary.pattern("direction.down_names")
_UP_WORDS = vocabulary.pattern("direction.up_names")
_RATE_WORDS = vocabulary.pattern("direction.rate_names")
#: a process on the deaths a name counts (registration, review, autopsy …): no down guess from "deaths" (extract.yaml)
_DEATH_PROCESS = vocabulary.pattern("direction.death_processes")
_DEATHS = re.compile(r"deaths?", re.I)
_CHANGE_RATE_WORDS = vocabulary.pattern("direction.change_rate_names")
_DOWN_PHRASE = vocabulary.pattern("direction.down_words")
#: a level a target brings its indicator to ("to 15%"; not a deadline "up to 2025")
_TO_LEVEL = re.compile(r"\bto\s+(?!(?:19|20)\d\d(?!\d))(?:(?:about|around|below|under|less\s+than|at\s+most)\s+)?"
                       r"[^\s\d]{0,3}\d", re.I)
_UP_PHRASE = vocabulary.pattern("direction.up_words")
_DOC_NUMBER = re.compile(r"〔((?:19|20)\d{2})〕")
#: a nature written in brackets after a body target (达到80岁（预期性）, ≤10/10万（约束性）): the indicator's, not its words
_NATURE_AFTER = re.compile(r"\s*[（(]\s*(?P<nature>[^（）()]{2,16}?)\s*[)）]\s*$")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
#: a month's date alone at a line's end, as a signature line gives it (某州人民政府 2021年6月); not one in a sentence
_MONTH_DATE = re.compile(r"^[^\n，,。；;：:]{0,30}?((?:19|20)\d{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*$", re.M)
#: a date as web pages print it (2022-03-05 09:33, 2025/09/24 18:39, 2025.09.24 — one separator throughout)
_ISO_DATE = re.compile(r"(?<![\d./-])(?<![—–~～至到])(?<![—–~～至到]\s)((?:19|20)\d{2})([-/.])(?:0?[1-9]|1[0-2])\2"
                       r"(?:0?[1-9]|[12]\d|3[01])(?![\d./-])(?!\s*[—–~～至到])")  # (not a span's end: 2021/01/01—2025/12/31)
#: five-year plan periods, first and last year (rules/extract.yaml: 十四五 → 2021–2025)
_FIVE_YEAR = {name: (end - 4, end) for name, end in vocabulary.periods().items()}
_TITLE_WORDS = re.compile(r"规划|纲要|行动计划|实施方案|计划|計畫|计画|方案|行动|工作要点|政府工作报告|政府工作報告|主要指标|指标体系|規劃|綱要|計劃|行動|工作要點|主要指標|指標體系"
                          # a Hong Kong or Macau policy address and its goals (行政長官2024年施政報告, 醫務衞生局 施政目標)
                          r"|施政报告|施政報告|施政目标|施政目標"
                          r"|\b(?:Plan|Strategy|Programme|Program|Framework|Outline|Blueprint|Agenda|Objectives|Goals)\b"
                          # "Global Targets 2025" (not "- 2015 Targets:" or "Targets 2030:", a heading of a list)
                          r"|\bTargets\s+(?:19|20)\d\d\b(?!\s*:)"
                          r"|\bHealthy\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:19|20)\d\d\b")  # Healthy People 2030
#: an English title's place: a county, city, province … named before the plan (Riverside County Health Plan), or the
#: place of Healthy X (Healthy Ireland Framework)
_ENGLISH_PLACE = re.compile(r"^(?:The\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}(?:County|City|Province|State|District|Region|"
                            r"Municipality|Prefecture|Borough))\b|^(?:The\s+)?Healthy\s+"
                            # not Healthy People, Healthy Communities …: who or what is healthy, no place
                            r"(?!(?:People|Communities|Community|Nation|Lives|Living|Families|Children|Kids|Minds|Futures?|"
                            r"Start|Aging|Ageing|Women|Men|Workplaces?|Schools?|Cities|Places|Generations?)\b)"
                            r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)??)"
                            r"(?=\s+(?:19|20)\d\d|\s+(?:Plan|Strategy|Programme|Program|Framework|Outline|Blueprint)\b)")
_QUOTED_TITLE = re.compile(r"《([^》]{4,60})》")
# (not 各省、自治区、直辖市人民政府, a national document's addressees; not 日前转发该省卫生健康委, "the said province")
_REGION = re.compile(r"(?<!、)((?!直辖)(?:(?![该这其本我全各])[\u4e00-\u9fff]){2,5}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
                     r"|[^\W\d_全本我该各]县)"
                     r"(?:人民政府|委员会|卫生健康委|卫健委|政府办公室)")
# a county or city named in passing: two characters before 市/县, never 全县, 本市, 以上的县 or 县级
# (not 今年全市 "年全市", 卫生强市 "生强市", 设区城市 "区城市": the whole city, a slogan, cities in general)
# (not 今年全市 "年全市", 卫生强市 "生强市", 设区城市 "区城市", 无废城市, 大病不出市: the whole city, a slogan, cities in
# general, an idiom)
# (nor 各省、自治区、直辖市 "直辖市", 数据来自市统计局 "来自市": a kind of city, from the city; a 城市 after a word —
# 完善城市, 中心城市, 智慧城市 — is a city in general unless a province or a comma stands before it: see _most_named)
_PLACE = re.compile(r"(?<![全我本各该以])((?!区城|级城|大城|小城|中城|县城|废城|地区|所有|每个|件)(?:(?![的之和与及])[\u4e00-\u9fff])"
                    r"(?:(?![的之和与及强全我本各该出辖自])[\u4e00-\u9fff])(?:市|县))(?![场级級区委民])")
#: what may stand before the place a title opens with: 关于, a verb, 健康, or the year of a year's plan (2026年北京市政府工作报告)
_TITLE_LEAD = r"^(?:(?:19|20)\d{2}\s*年度?)?(?:关于)?(?:全面|深入)?(?:推进|实施|开展|加快|建设)?[“\"]?(?:健康)?"
# a title's place: the city or county (after its province, 广东省广州市…), else the province itself
# (after what the title says is done for it: 推进健康泸县行动实施意见 is 泸县's)
_REGION_IN_TITLE = re.compile(_TITLE_LEAD + r"(?:[\u4e00-\u9fff]{2,3}?(?:省|自治区))?"
                              # 清原满族自治县, 黔东南苗族侗族自治州, 鄂温克族自治旗: a people's name before the kind
                              r"([\u4e00-\u9fff]{2,10}?(?:自治县|自治州|自治旗)|[\u4e00-\u9fff]{2,5}?(?:市|县|区|州|旗|盟)"
                              r"|[\u4e00-\u9fff]县)"  # 泸县, 沛县: one character
                              r"|" + _TITLE_LEAD + r"([\u4e00-\u9fff]{2,3}?(?:省|自治区))")
#: a kind of county or city (病区县, 流行县, 重点县), no place: never the region the text names most
_KIND_OF_PLACE = vocabulary.pattern("kind_of_place")
#: a county or district right after its city (榆林市榆阳区人民政府…, 广州市天河区“十四五”…): the plan is the county's
_COUNTY_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:自治县|县|区|旗|市))"
                           r"(?=人民政府|政府|卫生|卫健|关于|健康|国民经济|[“\"]?十[四五]五|\d{4}|[（(])")
_HEALTHY_TOPIC = vocabulary.pattern("healthy_topics")
_SHARE_NAME = vocabulary.pattern("english_share_name", re.I)  # "% children …", "Percentage of …": a share, in %
_HEALTHY_PLACE = re.compile(r"健康([\u4e00-\u9fff]{2,3}?)\s*(?:20\d\d|“|”|行动|建设)")


@dataclass
class Draft:
    plan: dict
    indicators: list[dict]
    tables: list[tables.IndicatorTable] = field(default_factory=list)
    table_targets: int = 0
    body_targets: int = 0
    reviews: dict[str, int] = field(default_factory=dict)  # why → how many
    left_out: dict[str, list[int]] = field(default_factory=dict)  # why a sentence read as a target is not drafted → its lines
    unread_pages: dict[str, list[int]] = field(default_factory=dict)  # why (pictures, sideways) → PDF pages not read

    def as_yaml_data(self) -> dict:
        return {"plan": self.plan, "indicators": self.indicators}


#: a sentence about the whole country (我国…, 中国…, 全国…): in a region's plan, its background
_COUNTRY_OPENING = re.compile(r"^\s*(?:目前|当前)?[，,]?(?:我国|中国|全国)")
#: the whole country as a list's own scope (全国1万家医疗机构…, 全国新增…), not a fact about the country (我国…患者超过…)
_WHOLE_NATION = re.compile(r"^\s*全国(?!各|范围|平均|[省市县区])")


def _slug(name: str) -> str:
    return "ind_" + hashlib.sha1(catalogue.key(name).encode("utf-8")).hexdigest()[:8]


#: a year a table cell names for its value, in brackets after it (78.7（2019年）, ≥3.93（2022年）) or before it
#: (2013年为17.2)
_CELL_YEAR = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]\s*$|^((?:19|20)\d{2})\s*年\s*(?:为|是|[:：])?\s*(?=[\d<>≤≥])")


#: a results framework's base cell: the value, then the survey or source it is from and that source's year ("46, BDHS
#: 2014", "176, WHO 2015", "36.1% (BDHS 2014)"); the year is the value's, as 78.7（2019年） names its own
_SOURCED = re.compile(r"^(?P<value>[^,;()（）]+?)\s*(?:,\s*|[(（]\s*)(?P<source>(?-i:[A-Z])[\w&./-]*(?:\s+[\w&./-]+){0,3}?)"
                      r"\s*,?\s+(?P<year>(?:19|20)\d{2})\s*[)）]?$")
#: the same after a value of several parts, the source after the last comma ("Dia: 11.2%; Hyp: 31.9%, BDHS 2011")
_SOURCED_AFTER = re.compile(r"^(?P<value>.*\d.*?)\s*,\s*(?P<source>(?-i:[A-Z])[\w&./-]*(?:\s+[\w&./-]+){0,3}?)\s+"
                            r"(?P<year>(?:19|20)\d{2})$")


def _sourced(text: str) -> tuple[int, str | float | None] | None:
    """The year and the value of a base cell that names its source and the source's year ("46, BDHS 2014": 2014, 46;
    "36.1%, BDHS 2014": 2014, "36.1%"), the value None where it is no single number ("Dia: 11.2%; Hyp: 31.9%, BDHS
    2011": of 2011 still); None where the cell names no source's year."""
    from checker.language.numbers import PLAIN_NUMBER, read_number  # (extract only)

    found = _SOURCED.match(text.strip()) or _SOURCED_AFTER.match(text.strip())
    if found is None:
        return None
    value = found.group("value").strip()
    if PLAIN_NUMBER.fullmatch(value):
        return int(found.group("year")), float(value) if "." in value else int(value)
    return int(found.group("year")), value if read_number(value) is not None else None


#: a figure with a comma before one or two digits (45,8: a decimal comma, not a thousands' one), and a figure with a mark
#: before it (*37, a footnote's)
_DECIMAL_COMMA = re.compile(r"\s*\d+,\d{1,2}\s*[%‰]?\s*")
_MARK_FIRST = re.compile(r"\s*[*＊※#†‡]+\s*\d[\d.]*\s*[%‰]?\s*")


def _unread_base(text: str) -> str | None:
    """Why a base cell's figure is no number checker reads, for the row's review (``45,8``: a decimal comma; ``*37``: a
    mark before it), or None. The cell is kept as written and not used, as the grammar refuses ``4,5``; which number
    was meant is a person's to say."""
    if _DECIMAL_COMMA.fullmatch(text):
        return ("is no number checker reads (a decimal comma? a comma before one or two digits groups no thousands): "
                "kept as written and not used — write the number the plan means")
    if _MARK_FIRST.fullmatch(text):
        return ("carries a mark before its number (a footnote's?): kept as written and not used — read the note, "
                "then write the number")
    return None


def _cell_year(text: str) -> int | None:
    """The year a cell names for its value (78.7（2019年）, 2019年为78.7, 46, BDHS 2014), or None."""
    match = _CELL_YEAR.search(text.strip())
    if match:
        return int(match.group(1) or match.group(2))
    sourced = _sourced(text)
    return sourced[0] if sourced else None


def _base_entry(cell: Cell) -> str | list[dict]:
    """A base cell as the draft files it: as written; or, for a value with its source ("46, BDHS 2014"), the value
    alone with the cell as its quote (kept as written, it was a string no base is read from)."""
    sourced = _sourced(cell.text)
    if sourced is None or sourced[1] is None:
        return cell.text.strip()
    return [{"value": sourced[1], "source": {"line": cell.line, "quote": cell.text.strip()}}]


def document_year(doc: Document) -> tuple[int | None, str | None]:
    """The year the document was issued (columns before it are baselines), and what says so."""
    head = _top_lines(doc, 59, 40)
    head_text = arabic_years("\n".join(head))  # 二〇二一年十二月三十日
    # a page's paragraphs too: a web page's lines hold its tags (<p>某州人民政府 2021年6月</p>)
    head_text += "\n" + arabic_years("\n".join(b.text.strip() for b in doc.paragraphs[:40]))
    for regex, why in ((_DOC_NUMBER, "the document number"), (_DATE, "the date"), (_ISO_DATE, "the date"),
                       (_MONTH_DATE, "the date")):
        match = next((found for found in regex.finditer(head_text)
                      if regex is not _DOC_NUMBER or not _CITED.search(head_text[:found.start()])), None)
        if match:
            return int(match.group(1)), f"{why} {match.group(0)}" if regex is _DOC_NUMBER else why
    summed = _SUMS_UP.search(head_text)
    if summed:  # "2026年全市卫生健康工作会议召开，全面总结2025年…": written after the year it sums up
        return int(summed.group(1)) + 1, f"the words {summed.group(0)}"
    meeting = _MEETING.search(head_text)
    if meeting:  # "某市2026年卫生健康工作会议召开": a report of that year's meeting
        return int(meeting.group(1)), f"the words {meeting.group(0)}"
    year, why, _ = _period_year(head)
    return year, why


def _period_year(head: list[str]) -> tuple[int | None, str | None, bool]:
    """The year the period the top of a document names begins (its span, （2026—2030年）, or its “十五五”), what says
    so, and whether the document reviews that period: a review of a whole period (…规划实施情况总结评估报告) is of the
    year after it ends. (None, None, False) if it names none."""
    top = "\n".join(head[:10])
    span = next((found for found in _SPAN.finditer(top) if not _cited_in_text(top, found.start())), None)
    if span:  # a span in brackets says when the plan starts: （2021—2025年）
        return int(span.group(1)), f"the span {span.group(0)}", False
    named = sorted((top.index(words), words) for words in _FIVE_YEAR if words in top)
    # the first period named at the top, not one it looks back at (“十三五”时期发展成就和“十四五”时期主要目标: 十四五)
    ahead = [(at, words) for at, words in named if not _LOOKED_BACK_AT.match(top, at + len(words))]
    for at, words in (ahead or named)[:1]:
        line_end = top.find("\n", at)
        reviewed = _REVIEWED.search(top, at + len(words), line_end if line_end >= 0 else len(top))
        if reviewed and "中期" not in top and not _WORK_PLAN.search(top[:line_end if line_end >= 0 else len(top)]):
            # "某市“十四五”卫生健康规划实施情况总结评估报告": a review of the whole period is written after it
            return _FIVE_YEAR[words][1] + 1, f"“{words}” … {reviewed.group(0)}: a review of the period", True
        return _FIVE_YEAR[words][0], f"“{words}”", False
    return None, None, False


def _top_lines(doc: Document, count: int, paragraphs: int | None = None) -> list[str]:
    """The document's first ``count`` lines (a text's own lines; else its first ``paragraphs``, ``count`` if not
    given): where its title, the country under it, its date and its span stand."""
    if doc.lines:
        return [doc.lines.get(n, "") for n in range(1, count + 1)]
    return [b.text for b in doc.paragraphs[:count if paragraphs is None else paragraphs]]


def _title_span(doc: Document) -> tuple[int, str, str] | None:
    """The first year of a span that ends one of the document's first three lines (``… Plan 2023-2030``,
    ``2021/22–2025/26``), or stands alone on a line right under the title's lines (a cover's ``THE NATIONAL HEALTH
    STRATEGY`` / ``for Zimbabwe`` / ``2021-2030``), the span as written, and where it stands; None if none does."""
    head = _top_lines(doc, 4)
    block = list(itertools.takewhile(lambda line: line.strip(), head))  # the title's lines: up to the first blank
    for at, line in enumerate(head):
        ending = _TITLE_SPAN.search(arabic_years(line).strip()) if at < 3 else None
        alone = _SPAN_ALONE.fullmatch(arabic_years(line).strip()) if 0 < at < len(block) and not ending else None
        found = ending or alone
        if found and found.group("start") < found.group("end"):
            return int(found.group("start")), found.group("span"), "ending the title" if ending else "under the title"
    return None


#: a span of years as a plan names its period: 2025–2029, 2016-2023
_YEARS_SPAN = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—~至]\s*((?:19|20)\d{2})(?![\d.])")


def _span_holding(doc: Document, first_target: int) -> tuple[int, str] | None:
    """The first year and words of the first span the top of the document names that holds ``first_target`` after its
    first year (2025–2029 for a 2029 target): the period of the plan whose targets these are; None if none does."""
    for found in _YEARS_SPAN.finditer(arabic_years("\n".join(_top_lines(doc, 59, 40)))):
        start, end = int(found.group(1)), int(found.group(2))
        if start < first_target <= end:
            return start, found.group(0)
    return None


def _cited_in_text(top: str, at: int) -> bool:
    """Whether the span at ``at`` is inside a 《…》 that a sentence cites (云南出台《…规划（2025—2030年）》，多部门…): the
    cited plan's years are not the text's own, which a title line (《…》, 关于印发《…》的通知) gives."""
    line_start = top.rfind("\n", 0, at) + 1
    line_end = top.find("\n", at)
    line = top[line_start:line_end if line_end >= 0 else len(top)]
    opened = line.rfind("《", 0, at - line_start)
    if opened < 0 or "》" in line[opened:at - line_start]:
        return False
    return bool(re.search(r"[，,。；;：:！!？?]", _TITLES.sub("", line)))


#: a title in 《》 (its own punctuation is no sentence's)
_TITLES = re.compile(r"《[^《》]*》")


def _table_year(doc: Document, issued: int | None, issued_why: str | None) -> tuple[int | None, str | None]:
    """The first year a table's year columns are targets of, and what says so: the year the document was issued, or
    the first year of the period its top names where that is later — a “十五五” plan (2026—2030年) dated 2025年12月
    gives its 2025年 column as the base it starts from, not as a 2025 target (its period does not hold 2025)."""
    period = _plan_period(doc)
    if period is not None and issued is not None and period[0] > issued:
        return period[0], f"the period's start, {period[1]}"
    return issued, issued_why


def _plan_period(doc: Document) -> tuple[int, str] | None:
    """The first year of the period the top of the document names as its own (（2021—2025年）, “十四五” → 2021) and
    what says so; None where it names none, or where the document reviews a whole period (its year is the next)."""
    start, why, reviewed = _period_year([arabic_years(line) for line in _top_lines(doc, 59, 40)])
    return (start, why) if start is not None and why is not None and not reviewed else None


def _planned_years(title: str) -> frozenset[int]:
    """The years a title's work plans are for (某市2026年卫生健康工作要点, 2025年工作总结和2026年工作计划, 2026年政府工作报告,
    2026年民生实事: 2026; 國民健康署 民國115年度 施政目標: 2026), not one it reviews (2025年工作计划完成情况)."""
    return frozenset(int(next(year for year in found.groups() if year))
                     for found in _PLANNED_YEAR.finditer(arabic_years(to_simplified(title))))


#: a year's work plan in a title (2026年卫生健康工作要点, 2026年度工作计划), not a review of one (…计划执行情况), nor a span's
#: last year (2023—2025年…行动计划)
_PLANNED_YEAR = re.compile(r"(?:(?<![\d年—–\-~～至到])((?:19|20)\d{2})\s*年(?![—–\-~～至到])(?:度)?[^\d，,。；\n]{0,16}?"
                           # (施政目标: a Taiwan agency's goals of the year, 民國115年度施政目標)
                           r"(?:工作)?(?:要点|计划|安排|目标任务|施政目标|思路|打算|重点|重点任务|这么干|怎么干)"
                           # 2026年民生实事, 2026年十件民生实事, 2026年省级民生实事项目: that year's list of works to do
                           r"|(?<![\d年—–\-~～至到])((?:19|20)\d{2})\s*年(?:度)?[^\d，,。；\n]{0,10}?实事"
                           r"|((?:19|20)\d{2})\s*年\s*[\u4e00-\u9fff]{0,8}?政府工作报告)"
                           r"(?![^，,。；\n]{0,6}(?:完成|执行|落实|实施)情况|[^，,。；\n]{0,4}总结)")
#: a title of the work planned (2025年工作要点, 工作计划, 实施方案): its year's goals are targets, whatever it looks back at
_WORK_PLAN = re.compile(r"要点|计划|方案|安排|规划(?!实施|执行|完成|终期|中期|评估|纲要实施)")
#: the words of a look back at a whole period in the line that names it (…规划实施情况总结评估报告, 完成情况, 回顾), not
#: of a mid-term review
_REVIEWED = re.compile(r"总结|完成情况|终期评估|回顾")
#: a year's work meeting (2026年全市卫生健康工作会议): a report of it is of that year
_MEETING = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:全[市省县区国州盟旗])?(?:卫生健康|卫生|医疗保障|医保|疾控)?工作(?:会议|大会)")
#: a year a text sums up (全面总结2025年…工作, 回顾2025年): the text is of a later year
_SUMS_UP = re.compile(r"(?:总结|回顾)(?:了)?\s*((?:19|20)\d{2})\s*年(?:度)?(?![^，,。；;\n]{0,6}(?:规划|计划|目标))")


#: what follows a period's name that looks back at it (“十三五”时期发展成就, 十三五规划实施情况, 十三五以来,
#: 2015年是“十二五”收官之年)
_LOOKED_BACK_AT = re.compile(r"[”\"]?\s*(?:时期|期间|规划)?\s*(?:的)?(?:发展|建设|工作)?(?:成就|成效|回顾|总结|完成情况|实施情况|评估|以来|收官)")


def _opens_with(doc: Document, title: str) -> bool:
    """Whether the text opens with the plan it names in 《》 (a headline: 《…》出台), so that the plan's year is the
    text's; not an article that names it further down (…印发《…》，明确了…, in a review of what a period did)."""
    opening = [b.text.strip() for b in doc.paragraphs if b.text.strip()][:2]
    first = opening[0] if opening else ""
    if first.rfind("《") > first.rfind("》") and len(opening) > 1:
        first += opening[1]  # 关于印发《秀英区 | 2019年…方案》的通知: the 《…》 wrapped over two lines
    return f"《{title}》" in first[:200]


#: what stands before another document's number, cited (依据《国务院关于实施健康中国行动的意见》（国发〔2019〕13号）, 根据
#: 国发〔2019〕13号文件精神): the document it names is not this one, nor is its year
_CITED = re.compile(r"》\s*[（(]\s*[\u4e00-\u9fff]{0,8}$|(?:根据|依据|按照|贯彻|落实|对照|参照|依照|遵照)[^。；;\n]{0,60}$")


#: a plan's span of years in brackets, as titles give it (（2021—2025年）): it starts in the year it was issued
_SPAN = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[）)]")


#: a span that ends a title line, not in brackets (Health Sector Strategic Plan 2021-2025, 2021/22–2025/26); a line of
#: at most 120 characters with no sentence's punctuation, whose span runs forward
_TITLE_SPAN = re.compile(r"^[^。；;，,.:：!?！？]{4,110}?(?<![\d/])(?P<span>(?P<start>(?:19|20)\d{2})(?:/\d{2})?\s*年?\s*"
                         r"[—–\-－~～至到]+\s*(?P<end>(?:19|20)\d{2})(?:/\d{2})?\s*年?)$")


#: a span on a line of its own under a title's lines (2021-2030, (2021–2025)): the title's, printed apart
_SPAN_ALONE = re.compile(r"[（(]?\s*(?P<span>(?P<start>(?:19|20)\d{2})(?:/\d{2})?\s*年?\s*[—–\-－~～至到]+\s*"
                         r"(?P<end>(?:19|20)\d{2})(?:/\d{2})?\s*年?)\s*[）)]?")


#: a title's year or span on a line of its own (（2024 年）, (2021—2025年))
_YEAR_ALONE = re.compile(r"\s*[（(]\s*(?:19|20)\d\d\s*(?:年度?\s*)?(?:[-—–~～至到]\s*(?:19|20)\d\d\s*年?)?\s*[）)]\s*")


#: the issuer's line above a title (武汉市人民政府), from rules/extract.yaml
_ISSUER = vocabulary.pattern("issuer")
#: a first line that is a whole title however long: a report or plan 关于… (关于…执行情况与…草案的报告)
_LONG_TITLE = re.compile(r"^关于\S{4,}(?:报告|规划|方案|计划|意见|纲要)$")
#: a notice's own heading that issues measures it does not quote (抚州市人民政府办公室关于印发推动…十条措施的通知): what it
#: issues is the title, and its issuer the region — not a 《…》 the text cites further down (a province's scheme); used
#: where what it issues names no plan (规划, 方案 …), which the title's other readings find with its year
_ISSUING_NOTICE = re.compile(r"^(?P<issuer>[^《》，,。；;\s]{0,30}?)关于(?:印发|发布|颁布|出台)(?P<what>[^《》，,。；;]{4,60})的通知$")
#: a numbered section heading (一、…, （一）…, 第一章): never the document's title
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节篇])")


#: the note on a title taken from an English document's first line: its years are not read as the plan's (they may
#: date a report, a debate or what a plan looks back on) …
_FIRST_LINE_TITLE = "title taken from the first line"
#: … unless the line names a plan and ends with its span (National Strategic Plan for … 2015-2020, … (2016 - 2020)):
#: the span's end is the plan's last year, as a Chinese title's （2015-2020年） is
_ENGLISH_PLAN_SPAN = re.compile(r"(?i:\b(?:plan|strategy|programme|program|policy|framework|action)\b).*?"
                                r"\b(?:19|20)\d{2}\s*[-–—/]\s*((?:19|20)\d{2})\s*\)?\s*(?:\([^()]*\))?\s*$")
#: … and is no look back at one (Review of the National Plan 2015-2020, … Progress Report, Evaluation of …)
_LOOKED_BACK_ON = re.compile(r"(?i:\b(?:review|report|evaluation|assessment|progress|achievements?|debate)\b)")


def _english_first_line(head: list[tuple[int, str]], lines: dict[int, str]) -> tuple[str, bool] | None:
    """An English document's first line where it reads as a title (a line of its own at the top, no sentence end,
    most of its longer words capitalised: "The National Road Map Strategic Plan to Improve … (2016 - 2020) (One Plan
    II)"), with the lines under it that carry it on (a cover's ``for Zimbabwe``, then ``2021-2030``), and True; else
    a headline alone on its line that names a country (``Inside Rwanda's five-year health sector plan``) and False;
    else None (the file name stands in for it)."""
    if not head or head[0][0] > 3:
        return None
    text = head[0][1]
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) > 3]
    if not english_sentences.is_english(text) or len(text) > 200 or text.endswith((".", ":", ";", "!", "?")) \
            or len(words) < 2 or len(text.splitlines()) > 1:
        return None
    if sum(word[0].isupper() for word in words) >= 0.6 * len(words):
        for (above, _), (line, after) in list(zip(head, head[1:]))[:2]:
            if line != above + 1 or not (_CARRIED_ON.match(after) or _SPAN_ALONE.fullmatch(after)) or len(after) > 60:
                break
            text += " " + after  # the title printed over lines, as a cover sets it
        return text, True
    alone = not lines.get(head[0][0] + 1, "").strip() if lines else len(head) < 2 or head[1][0] > head[0][0] + 1
    # (a headline that names no country, "Some notes on health", says no more than the file's name)
    return (text, False) if alone and len(text) <= 100 and len(text.split()) >= 3 and _country_named(text) else None


#: a span of years that ends an English title line ("… Mission (2005-2012)", "… Plan 2021/22-2025/26")
_ENGLISH_SPAN_END = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2})?\s*[-–—]\s*(?:19|20)\d{2}(?:/\d{2})?\s*\)?$")
#: a title's line that carries on the line above (for Zimbabwe, of the Republic of Malawi, and …)
_CARRIED_ON = re.compile(r"(?:for|of|in|and|to)\s+\S")
#: the note on a headline taken for an English document's title (a news report's): its years are not the plan's either
_HEADLINE_TITLE = "title taken from the headline on the first line"


def _title(doc: Document) -> tuple[str | None, str | None]:
    """The plan's title: a short line at the very top (two when it wraps), else a 《…》 near the top
    that names a plan, else the first short line that does."""
    head = [(b.line, re.sub(r"\[bookmark:[^\]]*\]", "", b.text).strip()) for b in doc.blocks[:40]
            if isinstance(b, Paragraph)]
    head = [(line, text) for line, text in head if not re.match(r"第[一二三四五六七八九十\d]+[篇章节]", text)]
    # "附件 某县“十四五”卫生健康发展主要指标": an attachment's mark is no part of its title
    head = [(line, re.sub(r"^附件\s*\d*\s*[:：]?\s*", "", text)) for line, text in head]
    # "政策解读 | 福建省全民健身实施计划(2021-2025年)": a column's or section's name before a bar is no part of the title
    # (the region was not found in it)
    head = [(line, _COLUMN_BEFORE.sub("", text) if _TITLE_WORDS.search(_COLUMN_BEFORE.sub("", text)) else text)
            for line, text in head]
    # a block's own first line where the reader ran it on into the next (an English title has no full stop)
    top = [doc.lines[line].strip() if len(text) > 90 and doc.lines and doc.lines.get(line, "").strip() else text
           for line, text in head if line <= 5 and text]
    top = [_without_date(text) for text in top]  # …方案（2022—2035年）2022年3月: the date line run on into the title
    # a web page's or Word file's own heading at the very top: its title, however long (关于…计划执行情况与…计划草案的报告)
    marked = [b for b in doc.blocks[:8] if isinstance(b, Paragraph) and b.heading is not None and b.line <= 5]
    first_marked = min(marked, key=lambda b: b.heading) if marked else None
    if first_marked is not None and chinese_characters(first_marked.text) and len(first_marked.text.strip()) <= 80 \
            and _TITLE_WORDS.search(first_marked.text) and not _HEADING_NUMBER.match(first_marked.text.strip()) \
            and not first_marked.text.strip().endswith(("。", "：", "通知")):
        return first_marked.text.strip(), None
    given = _given_title(doc, first_marked)
    if given is not None:
        return given
    notice = next((found for line, text in head[:2] if line <= 5 and (found := _ISSUING_NOTICE.match(text))), None)
    if notice is not None and not _TITLE_WORDS.search(notice.group("what")):
        # 某市人民政府办公室关于印发…十条措施的通知: what the notice at the top issues, where no plan's word names it (a
        # 关于印发…工作方案的通知 is followed by the plan's own title, with its year, which the lines below find)
        return notice.group("what"), None
    english = _english_first_line(head, doc.lines)
    if english and english[1] and top and english[0] == top[0] and _ENGLISH_SPAN_END.search(top[0]):
        # "National Rural Health Mission (2005-2012)" over "Objectives of NRHM": an English title that ends with its span
        # is whole, and the heading under it no part of it (run on, the title was "…(2005-2012)Objectives of NRHM")
        return english[0], f"{_FIRST_LINE_TITLE} (an English line of its own, in title case): check it"
    for index, text in enumerate(top[:3]):
        after = top[index + 1] if index + 1 < len(top) else ""
        # a title wrapped before its words end, or before its year (…工作方案 over （2024 年）); not the issuer's line
        # above the title (武汉市人民政府 over “健康武汉2035”规划: the title is the second line alone), nor a line a date
        # ends (某县人民政府 2021年6月: the signature, which a title wrapped mid-words never is)
        wrapped = not _TITLE_WORDS.search(text) and not (_ISSUER.match(text) and _TITLE_WORDS.search(after)) \
            and not _DATE_AT_END.search(text)
        # (an English title wraps at a space: "Strategic Plan for" over "Health 2021-2025" is no "forHealth")
        space = " " if re.search(r"[A-Za-z0-9,)]$", text) and re.match(r"[A-Za-z0-9(]", after) else ""
        joined = text + (space + after if after and (wrapped or _YEAR_ALONE.fullmatch(after)) else "")
        third = top[index + 2] if index + 2 < len(top) else ""
        if joined != text and not _YEAR_ALONE.fullmatch(after) and third and _YEAR_ALONE.fullmatch(third):
            joined += third  # a title wrapped over two lines, its year on a third
        longest = 40 if chinese_characters(joined) else 90  # an English title takes more characters
        if index == 0 and chinese_characters(joined) and _LONG_TITLE.search(joined):
            longest = 80  # 关于…2022年…计划执行情况与2023年…计划草案的报告: a report's title, on the first line
        if len(joined) <= longest and _TITLE_WORDS.search(joined) and not joined.endswith(("。", "：", "通知", ".", ":")):
            return joined, None
        first = re.split(r"\s+", text)[0]
        if first != text and chinese_characters(first) and len(first) <= 40 and _TITLE_WORDS.search(first):
            # "…“十四五”规划要点汇总 深化妇女“两癌”检查项目": a news page's title, then a second headline
            shown = text if len(text) <= 80 else text[:80] + "…"
            return first, f"title taken from the first headline of its line ({shown}): check it"
    for index, (line, text) in enumerate(head):
        if text.rfind("《") > text.rfind("》") and index + 1 < len(head):
            text += head[index + 1][1]  # a cover notice's 《…》 wrapped over two lines (关于印发《秀英区 | 2019年…方案》的通知)
        match = _own_quoted_title(text)
        if line <= 20 and match and _TITLE_WORDS.search(match.group(1)):
            # a cover notice (关于印发《…方案》的通知), then the plan's own title with its year: that title
            own = next((later + (after if later == match.group(1) else "")
                        for (at, later), (_, after) in zip(head, head[1:] + [(0, "")])
                        if at > line and later.startswith(match.group(1))
                        and _YEAR_ALONE.fullmatch(later[len(match.group(1)):].strip()
                                                  or (after if later == match.group(1) else ""))), None)
            if own:
                return own, None
            return match.group(1), f"title taken from 《{match.group(1)}》 in the text: check that it names this plan"
    if english and english[1]:
        return english[0], f"{_FIRST_LINE_TITLE} (an English line of its own, in title case): check it"
    for line, text in ((line, _without_date(text)) for line, text in head):
        if 4 <= len(text) <= 40 and _TITLE_WORDS.search(text) and not text.endswith(("。", "：", "的通知")) \
                and not _HEADING_NUMBER.match(text):  # (一、2022年…计划执行情况: a section's heading, not the title)
            return text, f"title taken from line {line}: check it"
    if english:  # a news report's headline: what it is about, no plan's title
        return english[0], f"{_HEADLINE_TITLE} (no plan's title, a news report's?): check it"
    return None, None


def _given_title(doc: Document, heading: Paragraph | None) -> tuple[str, str | None] | None:
    """The title the file gives itself (a web page's ``<title>``, before a site's name: 某市…规划_某市人民政府) where
    it names a plan (健康某县2030行动), or where the page's top heading says the same words (``National Rural Health
    Mission (2005-2012): Outcomes`` over ``… - Outcomes``), with its note; None otherwise."""
    given = _SITE_PART.split(doc.given_title.strip(), maxsplit=1)[0].strip()
    if not given or _LOOKED_BACK_ON.search(given):  # (…: target audit report, a report on a plan: no plan's title)
        return None
    longest = 40 if chinese_characters(given) else 120
    named = len(given) <= longest and _TITLE_WORDS.search(given) and not _SENTENCE_MARK.search(given) \
        and not given.endswith(("通知", "。", ".", ":", "：")) and not _HEADING_NUMBER.match(given)
    if named:
        return given, None
    def words(text: str) -> str:
        return re.sub(r"[\W_]+", "", text).casefold()
    if heading is not None and words(heading.text) == words(given) and len(given) <= longest:
        return given, "title taken from the page's <title>, which its top heading repeats: check that it names the plan"
    return None


#: what parts a page's ``<title>`` before the site's name (某市…规划_某市人民政府网, … | Ministry of Health)
_SITE_PART = re.compile(r"\s*(?:_|｜|\||\s[-–—]\s|——)\s*")
#: a sentence's punctuation inside a line: no title's
_SENTENCE_MARK = re.compile(r"[，,。；;！!？?]")


def _own_quoted_title(text: str) -> re.Match | None:
    """The 《…》 of a line that names the place's own plan: the one the place made (自国务院发布《…意见》后，我市迅速制定
    《…实施方案》: the city's, not the nation's it answers), else the first that names a plan, else the first."""
    found = list(_QUOTED_TITLE.finditer(text))
    made = next((match for match in found if _MADE_HERE.search(to_simplified(text[:match.start()]))), None)
    return made or next((match for match in found if _TITLE_WORDS.search(match.group(1))), None) \
        or (found[0] if found else None)


#: a column's or section's name before a bar at a line's head (政策解读 | , 政策解讀｜): a page's section, not the title's
_COLUMN_BEFORE = vocabulary.pattern("column_before_title")
#: the words before a 《…》 the place itself made (我市迅速制定, 本县印发了, 我区出台): its own plan
_MADE_HERE = re.compile(r"(?:我|本)[市县区省州旗盟][^，,。；;《》]{0,8}?(?:制定|制订|印发|出台|发布|编制|颁布)了?\s*$")


#: a date at a line's end (2022年3月, 2022年3月18日, 二〇二二年三月): the document's date, where it follows a title
_DATE_AT_END = re.compile(r"\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                          r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*$")


def _without_date(text: str) -> str:
    """A title line without the date a reader ran on into it (健康张掖行动实施方案（2022—2035年）2022年3月, the date line
    under a title in larger type): the date is the document's, and its year none of the title's. A line that is a
    date alone, or whose words before the date name no plan, is kept as it is."""
    date = _DATE_AT_END.search(text)
    if date is None or not _TITLE_WORDS.search(text[:date.start()]):
        return text
    return text[:date.start()].rstrip()


def _region(doc: Document, title: str | None, title_guessed: bool = False) -> tuple[str | None, str | None]:
    """The region the plan is of: from its title or an issuing body near the top, else from the title
    健康XX, else the place the text names most (each guess with a note). A title taken from a 《…》 in
    the text may name another plan (a city's plan quoting its province's): a province read from it
    gives way to the city a text that says 我市 names most."""
    for written, match in _region_matches(doc, title):
        text = to_simplified(written)  # 屏東縣: read as 屏东县, kept as written (one character for one)
        index = match.lastindex
        county = _COUNTY_AFTER.match(text, match.end(index)) if text[match.start(index):match.end(index)].endswith(
            ("市", "州")) else None
        # "榆林市榆阳区人民政府…": the district's plan, not the city's
        place = written[county.start(1):county.end(1)] if county else written[match.start(index):match.end(index)]
        lede = re.match(r"(?:记者)?(?:从|据|经|向|在|由)(?=.{3})|记者", to_simplified(place)) if written != title else None
        place = place[lede.end():] if lede else place  # 记者从天津市卫健委获悉: 天津市 (从化区 keeps its 从)
        if place.startswith("关于") and len(place) > 3:
            place = place[2:]  # 关于某区2022年…的报告: the report's 关于 (about) is no part of the place
        if to_simplified(place) in ("自治区", "自治州", "自治县", "自治旗") or to_simplified(place).startswith("健康"):
            continue  # 自治区人民政府办公厅…: the kind of place that issued it; 健康江州: the plan's name, not the place
        if not _names_a_place(place):
            continue  # 记者从省人民政府官网获悉: "from the province's government", no place named
        if written != title or not title_guessed:
            return place, None
        if place.endswith(("省", "自治区")):
            city, times = _most_named(doc)
            body = "".join(block.text for block in doc.paragraphs)
            if city and city.endswith("市") and sum(body.count(word) for word in ("我市", "全市", "本市")) >= 3:
                return city, f"region guessed as the place the text names most ({city}, {times} times)"
        return place, f"region read from the title taken from the text ({place}): check it"
    english = _ENGLISH_PLACE.match(title) if title and not chinese_characters(title) else None
    if english:  # "Riverside County Health Plan 2021-2025"
        return (english.group(1) or english.group(2)).strip(), None
    country = _country_named(title) if title and not chinese_characters(title) else None
    if country:  # "National Health Strategic Plan of Malawi 2023-2030", "Scotland's Public Health Priorities"
        return country, None
    country = _country_under_title(doc) if title and not chinese_characters(title) else None
    if country:  # "National Health Strategy 2026-2030" over "Zimbabwe", "… (HSSP V) 2024/25–2028/29" over "Republic of Rwanda"
        return country, f"region read from the line under the title ({country}): check it"
    if title:
        # 健康口腔行动方案: a topic; 贯彻健康中国行动推进健康山东建设: the nation's action the province's plan carries out
        places = [found for found in _HEALTHY_PLACE.finditer(title) if not _HEALTHY_TOPIC.match(to_simplified(found.group(1)))]
        match = next((found for found in places if to_simplified(found.group(1)) not in ("中国", "全国")),
                     places[0] if places else None)
        if match:
            place = match.group(1)
            full: dict[str, int] = {}
            for block in doc.paragraphs:
                for found in re.finditer(re.escape(place) + "(市|县|区|省)", block.text):
                    before = block.text[found.start() - 1:found.start()] if found.start() else ""
                    # 健康龙江 beside 黑龙江省: a province's name has its first character before (not 实施饶平县's 施)
                    name = before + found.group(0) if found.group(1) == "省" and re.fullmatch(
                        r"[\u4e00-\u9fff]", before) and before not in "全我本在的于和与及为是向从将对" else found.group(0)
                    full[name] = full.get(name, 0) + 1
            if full:
                return max(full, key=full.get), None
            return place, f"region read as {place!r} from the title 健康{place}: give its full name"
    head = " ".join(block.text for block in doc.paragraphs[:12])
    if _NATIONAL_ADDRESSEES.search(head):  # 各省、自治区、直辖市人民政府，国务院各部委…: the State Council's own plan
        return "全国", "region read as 全国: the document is addressed to every province"
    if title and to_simplified(title).startswith("全国"):  # 全国地方病防治巩固提升行动方案: the nation's own plan
        return "全国", "region read as 全国: the title opens with it"
    number = next((block.text.strip() for block in doc.paragraphs[:12]
                   if _NATIONAL_NUMBER.fullmatch(block.text.strip())), None)
    if number:  # 国办发〔2022〕11号 on a line of its own: the State Council's (or a national body's) document
        return "全国", f"region read as 全国: the document's number is a national body's ({number})"
    place, times = _most_named(doc)
    opening = doc.paragraphs[0].text[:20] if doc.paragraphs else ""
    if place and (times >= 2 or place in opening):  # once, in passing, is a word (提升市场…) as often as a place
        return place, f"region guessed as the place the text names most ({place}, {times} times)"
    province, named = _province_most_named(doc)
    if province and named >= 2:  # 陕西省十二届人大…，陕西将加强…: the province's own text
        return province, f"region guessed as the province the text names most ({province}, {named} times)"
    city, short, named = _city_short_named(doc)
    if city and (named >= 2 or short in opening):  # 未来5年深圳“卫生强市”战略…: the one city named, by its short name
        return city, f"region guessed as the only city the text names ({short}, {named} times)"
    return None, None


def _city_short_named(doc: Document) -> tuple[str | None, str, int]:
    """The one city of rules/names.yaml a text names by its short name (深圳 → 深圳市), that name, and how often; None
    where it names none, or more than one (then which is the plan's is no one's guess)."""
    text = to_simplified("".join(block.text for block in doc.paragraphs))
    counts = {(city, short): found for short, city in places.known_cities().items()
              if (found := len(re.findall(rf"(?:(?<![\u4e00-\u9fff])|(?<=[年与和及在]))(?:{short})(?![市])", text)))}
    if len(counts) != 1:
        return None, "", 0
    (city, short), found = next(iter(counts.items()))
    return city, short, found


def _region_matches(doc: Document, title: str | None) -> Iterator[tuple[str, re.Match]]:
    """Each place the title opens with, then each issuing body (某市人民政府, 某省卫生健康委) in the blocks near the
    top, in order, with the text it is in (as written)."""
    if title:
        match = _REGION_IN_TITLE.match(to_simplified(title))
        if match:
            yield title, match
    for block in doc.blocks[:30]:
        if isinstance(block, Paragraph) and block.text != title:
            yield from ((block.text, match) for match in _REGION.finditer(to_simplified(block.text)))


#: a word of a sentence right before a kind of place (记者从省…, 日前从市卫健委…, 据县人民政府…): "the province", no name
_SENTENCE_BEFORE_KIND = re.compile(r"(?:从|据|经|向|由|在|到|对)$")


def _country_named(title: str) -> str | None:
    """The country (or nation, territory) an English title names (``countries`` in ``rules/names.yaml``): the longest
    name first, whole words only (Niger is not read in Nigeria, nor Ireland in Northern Ireland)."""
    from checker.rulefiles import load_rules_yaml

    countries = sorted((load_rules_yaml("names.yaml") or {}).get("countries") or (), key=len, reverse=True)
    plain = title.replace("’", "'")
    # a title set in capitals (a cover's KENYA HEALTH SECTOR STRATEGIC PLAN) names its country in capitals
    capitals = re.I if not re.search(r"[a-z]", plain) else 0
    return next((name for name in countries if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", plain, capitals)),
                None)


def _country_under_title(doc: Document) -> str | None:
    """The country a short line of the title's block names (the lines at the top up to the first blank one: a cover
    prints the country under the plan's name), or None."""
    block = itertools.takewhile(lambda line: line.strip(), _top_lines(doc, 4, 3))
    return next((country for line in list(block)[1:] if len(line.strip()) <= 60
                 and (country := _country_named(line.strip()))), None)


def _names_a_place(place: str) -> bool:
    """Whether a name read before 人民政府 (or a title's place) is a place's: a known province, or a name before
    its kind that is not a word of a sentence. 从省 (记者从省人民政府官网获悉) and 日前从市 are no places; a province
    (…省) must be one of ``provinces`` in ``rules/names.yaml``; a name of one character stays one (泸县, 郊区, 某区)."""
    from checker.rulefiles import load_rules_yaml

    place = to_simplified(place)
    if place.startswith("全国"):
        return False  # 全国城市生态保护与建设规划: the nation's cities, no place (the title's 全国 makes the region 全国)
    names = load_rules_yaml("names.yaml") or {}
    kind = next((ending for ending in names.get("place_endings") or () if place.endswith(ending)), None)
    if kind is None:
        return True  # not a kind-ended name (read some other way): kept as before
    if kind == "省":
        return place in (names.get("provinces") or ())
    name = place[:-len(kind)]
    return bool(name) and not _SENTENCE_BEFORE_KIND.search(name)


def _province_most_named(doc: Document) -> tuple[str | None, int]:
    """The province the text names most often (by its full name or its short one: 陕西省, 陕西), and how often."""
    from checker.rulefiles import load_rules_yaml

    provinces = (load_rules_yaml("names.yaml") or {}).get("provinces") or ()
    text = to_simplified("".join(block.text for block in doc.paragraphs))
    counts = {}
    for province in provinces:
        short = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省)$", "", province)
        # (not 黑龙江's 龙江 nor 山西 inside 陕西: the short name not after another character of a place's; after 健康 in a
        # text that speaks of the province as its own, 全区…推进健康宁夏建设, it is the province's own health drive)
        own = _OWN_PROVINCE[province.endswith("区")].search(text)
        found = len(re.findall(rf"(?<![\u4e00-\u9fff]){short}|(?<=[，,。；;：:、“\"（(\s年与和及在]){short}"
                               + (rf"|(?<=健康){short}" if own else ""), text))
        if found:
            counts[province] = found
    if not counts:
        return None, 0
    province = max(counts, key=counts.get)
    return province, counts[province]


#: the words of a text that speaks of its province as its own (全省, 我区 …): by whether the province is an 自治区
_OWN_PROVINCE = {False: re.compile(r"全省|我省|本省"), True: re.compile(r"全区|我区|本区|全自治区")}
#: a national document's addressees (各省、自治区、直辖市人民政府): its region is the nation
_NATIONAL_ADDRESSEES = re.compile(r"各省[、，,]\s*自治区[、，,]\s*直辖市")
#: a national body's document number on a line of its own (国办发〔2022〕11号, 国卫规划发〔2022〕2号, 医保发〔2021〕…)
_NATIONAL_NUMBER = re.compile(r"(?:国办发|国办函|国发|国函|国卫[\u4e00-\u9fff]{0,4}发|医保发|国医保[\u4e00-\u9fff]{0,2}发|"
                              r"国中医药[\u4e00-\u9fff]{0,4}发|国疾控[\u4e00-\u9fff]{0,2}发)\s*[〔\[［(（]\s*20\d\d\s*[〕\]］)）]"
                              r"\s*\d+\s*号")
#: what may stand before a place whose name ends in 城 (晋城市, 盐城市): its province, a pause, a quote
_BEFORE_A_CITY = frozenset("省区、，,。；;：:（(“\" \n")


def _most_named(doc: Document) -> tuple[str | None, int]:
    """The county or city the text names most often, and how often (in simplified characters: 昌寧縣 of a traditional
    text is 昌宁县, as a province's name is read; it was not found at all)."""
    counts: dict[str, int] = {}
    for block in doc.paragraphs:
        text = to_simplified(block.text)
        for match in _PLACE.finditer(text):
            before = text[match.start() - 1:match.start()]
            if match.group(1).endswith("城市") and before and before not in _BEFORE_A_CITY:
                continue  # 加强城市…, 智慧城市: cities in general (晋城市 stands after 山西省, or opens a clause)
            if _KIND_OF_PLACE.search(text, 0, match.end()):
                continue  # 病区县, 流行县, 高砷区县: a kind of county, no place
            if not match.group(1).endswith("地市"):  # 地市: prefecture-level cities, no place
                counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if not counts:
        return None, 0
    place = max(counts, key=counts.get)
    return place, counts[place]


def _without_region(subject: str, region: str | None) -> str:
    """A body subject without the plan's own place before it (南安市人均预期寿命 → 人均预期寿命; the subject is in simplified
    characters, so is the place it is cut by: 營口市 of a traditional text)."""
    region = to_simplified(region) if region else region
    for prefix in filter(None, (region, region[:-1] if region and len(region) > 2 else None, "我国", "中国")):
        # (not 江西省级医院…, 某市级临床重点专科: a level of the place, 级 and what follows its name's own; not 市 of
        # 上海市民…, the people of the place, which the shorter prefix leaves: 市民健康素养水平)
        if subject.startswith(prefix) and len(subject) - len(prefix) >= 3 and subject[len(prefix)] not in "级、" \
                and not (prefix == region and _PEOPLE_OF_PLACE.match(subject[len(prefix):])):
            rest = subject[len(prefix):]
            # "绍兴市的全科医师签约服务率": the 的 after the place is no part of the name
            return rest[1:] if rest.startswith("的") and len(rest) > 3 else rest
    return subject


#: the people of a place (市民), which opens with the place name's last character (上海市民)
_PEOPLE_OF_PLACE = vocabulary.pattern("people_of_place")


def _direction(name: str, known: dict | None, texts: list[str], stated: str | None = None,
               baseline: dict | None = None, notes: list[str] | None = None,
               unit: str | None = None) -> tuple[str, str | None]:
    """The indicator's direction: the catalogue's, else the one its text states (an objective's verb), else
    guessed (and marked for review) from its targets' bounds when they all agree (达到4.5‰以上 of a 报告患病率:
    up, whatever 患病率 suggests), then from a name that says what is bad or good (unless the targets' words all say
    the other way: …的比例明显下降 is down), then from the targets' words, then
    from a name that is a rate, and last from the way a table's bare targets move from its base value (中医医院数
    5482 → 6300: up). A table row's own evidence — the way its targets move from its base value, a change word in its
    note cell (從10%下降到8%) — is weighed against a guess from the name or words (`_row_way`)."""
    if known and known.get("direction"):
        return known["direction"], None
    if stated:
        return stated, f"direction from the words of the objective ({stated} is better): check it"
    kinds = _kinds(texts)
    if kinds and all(kind in _DONE_KINDS for kind in kinds) and unit and _DOWN_WORDS.search(name) \
            and any(eliminates(text) for text in texts):
        # 疟疾本地感染病例数 (例) | 消除#: a count of cases ended — down is better, and 消除 reads as none left (≤ 0);
        # guessed up as a deliverable's yes/no, a count of 0 failed (a hazard of no unit, 氟砷中毒危害, stays yes/no)
        return "down", "direction guessed from the name (down is better): its 消除 reads as none left (≤ 0)"
    if kinds and all(kind in _DONE_KINDS for kind in kinds):
        # 基本建成…体系, 实现碳达峰, 全覆盖: done (1) or covered (100%) is better; no guess for a person to confirm
        return "up", None
    bounds = {kind for kind in kinds if kind in ("lower_bound", "upper_bound")}
    if bounds == {"lower_bound"}:
        return "up", "direction guessed from the targets' lower bounds (up is better)"
    if bounds == {"upper_bound"}:
        return "down", "direction guessed from the targets' upper bounds (down is better)"
    moved = _moved(texts, baseline or {})
    guess, why, source = _guessed(name, texts)
    if source is None and moved:
        guess, why, source = moved[0], moved[1], "path"
    elif source is None:
        guess, why = "neutral", why or "direction not known: say whether up or down is better"
    return _row_way(name, (guess, why, source), moved, notes or [])


def _guessed(name: str, texts: list[str]) -> tuple[str | None, str | None, str | None]:
    """The direction a name or its targets' words suggest, its review note and where it came from (``name``,
    ``words``, ``rate``: a name that is only a rate); (None, None, None) where they say nothing."""
    # 減少 counts as 减少; the name and an age (三岁以下婴幼儿托位数2.8张) say nothing of which way is better
    # "Mortality Reduction Rate", "Reduction in X: 50%": the size of a cut, never the thing cut; but not where a target
    # gives the level the thing is cut to ("Reduction of the smoking rate: to 15%")
    if _CHANGE_RATE_WORDS.search(to_simplified(name)) and not any(_TO_LEVEL.search(text) for text in texts):
        return "up", "direction guessed from the name, a rate of reduction (up is better: a bigger cut)", "name"
    phrases = _AGE_SPAN.sub("", to_simplified(" ".join(text.replace(name, "") for text in texts)))
    down, up = len(_DOWN_PHRASE.findall(phrases)), len(_UP_PHRASE.findall(phrases))
    process = _death_process(name)
    if _DOWN_WORDS.search(name) and not process:
        if up and not down:  # "Increase the contraceptive prevalence rate from 35% to 50%": the plan's own way
            return "up", "direction guessed from the target words, against the name (up is better)", "words"
        return "down", "direction guessed from the name (down is better)", "name"
    if _UP_WORDS.search(name) and down and not up:
        # "…占年度报告总例数的比例明显下降": the plan's own way, against a name's word (比例) that most often rises
        return "down", "direction guessed from the target words, against the name (down is better)", "words"
    if up > down:
        return "up", "direction guessed from the words (up is better)", "words"
    if _UP_WORDS.search(name):
        return "up", "direction guessed from the words (up is better)", "name"
    if down > up:
        return "down", "direction guessed from the target words (down is better)", "words"
    if _RATE_WORDS.search(name):
        return "up", "direction guessed from the name, a rate (up is better)", "rate"
    if process:
        return None, (f"direction not guessed: the name counts deaths, but {process!r} says it measures a process on "
                      "them (registering, reporting, reviewing them), where more is most often better — say whether "
                      "up or down is better"), None
    return None, None, None


def _death_process(name: str) -> str | None:
    """The word of a process on deaths (registration, reviews, verbal autopsy …) in a name whose only down word is the
    deaths it counts ("Completeness of registration of deaths"): up is most often better there, so "deaths" guesses
    no way. None where the name has another down word (mortality) or no such process."""
    found = [match.group(0) for match in _DOWN_WORDS.finditer(name)]
    if not found or not all(_DEATHS.fullmatch(word) for word in found):
        return None
    process = _DEATH_PROCESS.search(name)
    if not process:
        return None
    before = re.search(r"[\w-]*$", name[:process.start()]).group(0)
    return before + process.group(0) + re.match(r"[\w-]*", name[process.end():]).group(0)  # the whole word


def _row_way(name: str, guess: tuple[str, str, str | None], moved: tuple[str, str, str] | None,
             notes: list[str]) -> tuple[str, str]:
    """A guessed direction weighed against a table row's own evidence: the way its bare targets move from its base
    value (``moved``) and the change words of its note cells (從10%下降到8%). Evidence that agrees with the guess keeps
    it; the row's note outranks a guess from the name (不健康年數占平均餘命比率 has 比率, which most often rises, but
    its note says 下降 and its targets go 10% → 8%); where the note and the path disagree, or the path alone goes
    against a name's word, or the note against the targets' own words, the direction is not guessed. A path alone
    never overrules a rate's or a sure name's way: a rate's 95 under a base of 96.8 is a floor."""
    way, why, source = guess
    said = {word for note in notes for word, pattern in (("down", _NOTE_DOWN), ("up", _NOTE_UP))
            if pattern.search(to_simplified(note))}
    told = next(iter(said)) if len(said) == 1 else None
    path = moved[0] if moved and moved[0] != "neutral" else None
    evidence = "; ".join(filter(None, [f"its note says {'、'.join(notes)}" if told else None,
                                       f"its targets go {moved[2]} from the base" if path else None]))
    if told and path and told != path:
        return "neutral", f"direction not known: the table row says both ways ({evidence}): say whether up or down is better"
    row = told or path
    if row is None or row == way or (moved and moved[0] == "neutral"):
        return way, why  # nothing against the guess, or a path that turns (noted as such where it decides)
    if source in (None, "path") or (told and source in ("name", "rate")):
        return row, (f"direction guessed from the table row ({evidence}; {row} is better)"
                     + (f", against the name, whose words most often mean {way}" if source in ("name", "rate") else ""))
    if not told and (source == "rate" or _SURE_NAME[way].search(name)):
        return way, why  # 参保率 96.8 → 95: a floor under the base value, as rates are kept
    return "neutral", (f"direction not known: {why.replace('direction guessed from', 'guessed from')}, but the table "
                       f"row says {row} ({evidence}): say whether up or down is better")


#: the change words of a table row's note cell that say which way its indicator is to move (下降, 提高); the columns
#: whose header calls them the row's note (备注, 说明)
_NOTE_DOWN = vocabulary.pattern("direction.note_down_words")
_NOTE_UP = vocabulary.pattern("direction.note_up_words")
_NOTE_HEADERS = vocabulary.pattern("direction.note_headers")
#: the names surest of their way (寿命, 覆盖率 up; 死亡率 down): a path alone does not overrule them
_SURE_NAME = {"up": vocabulary.pattern("direction.sure_up_names"), "down": vocabulary.pattern("direction.sure_down_names")}


#: an age the words count people by (三岁以下, 65岁及以上, 6个月以内), never a bound on the indicator
_AGE_SPAN = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:周岁|岁|个月|月龄)(?:及|或)?(?:以下|以上|以内|以外)")


def _kinds(texts: list[str]) -> list[str | None]:
    """The kind of each target's phrase as the grammar reads it alone (None where it cannot)."""
    from checker.language.grammar import parse_target

    kinds: list[str | None] = []
    for text in texts:
        try:
            kinds.append(parse_target(text, direction="neutral").kind)
        except CheckerError:
            kinds.append(None)
    return kinds


#: kinds whose meaning says which way is better: a thing done (基本建成…, 实现…) or full coverage (全覆盖) — up
_DONE_KINDS = frozenset({"achieved", "full_coverage"})


#: how the note on a target restated by a heading opens
_RESTATED = "also in the heading at line"
#: … and on one a later sentence says again in the same words
_SAID_AGAIN = "said again in the same words at line"


class _Builder:
    def __init__(self):
        self.by_key: dict[str, dict] = {}
        self.by_id: dict[str, dict] = {}  # the first indicator drafted under each id
        self.order: list[dict] = []
        self.reviews: dict[str, int] = {}
        self.left_out: dict[str, list[int]] = {}  # why → the lines of the targets left out for it
        self.seen: set[tuple] = set()  # (indicator id, year, text, line, quote) of every target drafted
        # (what the indicator measures, year, what the words mean) → the body target that said it, whether in a
        # heading, and its indicator
        self.said: dict[tuple, tuple[dict, bool, dict]] = {}

    def said_again(self, item: dict, year: int, target: dict, heading: bool) -> tuple[int, str] | None:
        """Whether a body target says what one drafted before it already says for the same indicator and year, one of
        the two in a heading (``## 2025年全省人均预期寿命达78.6岁`` over ``…达到78.6岁``: a heading restates its text);
        the sentence is kept, noting the heading, whose line is returned with why it is left out (None: both kept).
        Two sentences that say the same in other words (将达76岁, 增长到76岁) are both kept, as plans state a target in
        several places; in the same words under the same indicator (a news lede's …绿地率将达到38.9% and the body's
        …绿地率达到38.9%) the first is kept, noting the other's line: one target, never judged and counted twice.
        The indicator is the same where the names fold
        alike (:func:`catalogue.folded`: a sub-heading's 人均食盐日摄入量降低20% over the body's 人均每日食盐摄入量降低20%
        was drafted as a second indicator); the sentence's indicator is kept, the heading's dropped if left empty."""
        try:
            rule = parse_target(target["text"])
        except CheckerError:
            return None
        # (a level's words may differ: 将达76岁 over 增长到76岁 is the same 76岁)
        kind = "level" if rule.kind in ("reach", "lower_bound", "upper_bound") else (rule.kind, rule.op)
        measure = catalogue.folded(item["name"].get("zh") or item["name"].get("en") or "")
        meaning = (measure, year, kind, rule.value, rule.upper, rule.unit, rule.change)
        first, first_heading, first_item = self.said.setdefault(meaning, (target, heading, item))
        if first is not target and not (heading or first_heading) and first_item is item \
                and first["text"].strip() == target["text"].strip() and first.get("standing") == target.get("standing"):
            note = f"{_SAID_AGAIN} {target['source']['line']} ({target['source']['quote']})"
            first["review"] = f"{first['review']}; {note}" if first.get("review") else note
            return target["source"]["line"], "left out: a target said again in the same words (kept once, at its first line)"
        if first is target or not (heading or first_heading):  # (a heading of no year restates its year's sentence too)
            return None
        if first_heading and not heading:  # the sentence is kept, the heading above it noted (and those it noted)
            line, text = first["source"]["line"], first["text"]
            noted = [note for note in (first.get("review") or "").split("; ") if note.startswith(_RESTATED)]
            if first_item is item:
                first.clear()
                first.update(target)
            else:  # the heading's indicator is another spelling of the sentence's: the sentence's name is kept
                text = first["source"]["quote"]  # (the note shows the heading's own name)
                self._drop(first_item, first)
                self.target(item, year, target)
                first = target
            if noted:
                first["review"] = "; ".join(filter(None, (first.get("review"), *noted)))
            self.said[meaning] = (first, False, item)
        else:
            line, text = target["source"]["line"], target["text"]
            if item is not first_item:
                text = target["source"]["quote"]
                if not item["targets"]:
                    self._drop(item, None)  # the heading's own indicator, made for it alone
        note = f"{_RESTATED} {line} ({text})"
        first["review"] = f"{first['review']}; {note}" if first.get("review") else note
        return line, "left out: a heading restating a target"

    def _drop(self, item: dict, target: dict | None) -> None:
        """Take ``target`` out of ``item``, and ``item`` out of the draft if it has no target left."""
        for year, entries in list(item["targets"].items()):
            entries[:] = [entry for entry in entries if entry is not target]
            if not entries:
                del item["targets"][year]
        if item["targets"]:
            return
        self.order = [other for other in self.order if other is not item]
        for index in (self.by_key, self.by_id):
            for name in [name for name, other in index.items() if other is item]:
                del index[name]

    def count(self, why: str, line: int | None = None) -> None:
        """One more of ``why`` (a target left out of the draft at ``line``, or a review's reason)."""
        self.reviews[why] = self.reviews.get(why, 0) + 1
        if line is not None:
            self.left_out.setdefault(why, []).append(line)

    def indicator(self, name: str, unit: str | None, line: int, quote: str) -> dict:
        key = catalogue.key(name)
        # "每千常住人口执业(助理)医师达3.9人" in the text beside 每千常住人口执业（助理）医师数 in the table: one indicator
        counted = key[:-1] if key.endswith("数") else key + "数"
        found = self.by_key.get(key) or self.by_key.get(counted)
        entry = catalogue.entry(name) or (catalogue.entry(name + "数") if not name.endswith(("数", "率")) else None)
        if found is None and entry is not None:  # another spelling of a catalogue indicator already drafted
            found = self.by_id.get(entry[0])
        if found is not None:
            if unit and not found.get("unit"):
                found["unit"] = unit
            return found
        ident = entry[0] if entry else _slug(name)
        if ident in self.by_id:
            ident = _slug(name)
        item = {"id": ident, "name": {"zh": name}, "_unit_written": unit, "_catalogue": entry[1] if entry else None,
                "_whole": None if entry else catalogue.whole_of_part(name),
                "source": {"line": line, "quote": quote}, "targets": {}, "_review": []}
        if entry and entry[1].get("en"):
            item["name"]["en"] = entry[1]["en"]
        if not chinese_characters(name):  # a name written in English: with the catalogue's Chinese name, or alone
            item["name"] = {"zh": entry[1]["zh"], "en": name} if entry else {"en": name}
        self.by_key[key] = item
        self.order.append(item)
        self.by_id.setdefault(ident, item)
        return item

    def target(self, item: dict, year: int, target: dict) -> None:
        entries = item["targets"].setdefault(year, [])
        key = (id(item), year, target["text"], tuple(sorted(target["source"].items())))
        if key not in self.seen:  # one sentence read twice (two subjects of one clause) is one target
            self.seen.add(key)
            entries.append(target)


#: a heading of what the lines under it are to achieve ("… (2005-2012) - Outcomes", "NRHM Outcomes"; rules/extract.yaml)
_GOALS_HEADING = vocabulary.pattern("english_goals_heading", re.I)


def _past_headline(doc: Document, hit: Found, lead: str | None, builder: _Builder) -> Found | None:
    """A line in a headline's past tense with no auxiliary (``Infant Mortality Rate reduced to 30/1000 live births.``):
    under a heading of outcomes or goals (the nearest, or the document's first line) in a plan whose first lines give
    its span (2005-2012), the goal for its own deadline or the span's end, flagged; else counted as left out, a result
    as written (the documented rule: a bare participle reports, unless a heading makes it a goal). It was dropped
    without a word."""
    verb = hit.review[0][len(PAST_HEADLINE):].strip()  # ('reduced')
    top = [block.text.strip() for block in doc.paragraphs[:3]]
    heading = next((text for text in (lead, top[0] if top else None) if text and _GOALS_HEADING.search(text)), None)
    span = next((found for text in top if (found := _YEARS_SPAN.search(arabic_years(text)))), None)
    year = hit.year or (int(span.group(2)) if span else None)
    if heading is None or year is None:
        why = "no heading of goals or outcomes over it" if heading is None else "no year for it (no deadline, no span)"
        builder.count(f"left out: a line in a headline's past tense {verb} with no auxiliary and {why}: a result as "
                      "written — write it by hand if it is a goal", hit.line)
        return None
    said = f"its deadline, {year}" if hit.year else f"the end of the span {span.group(0)}, {year}"
    return replace(hit, year=year, review=[f"read as the goal for {said}: a headline's past tense {verb} with no "
                                           f"auxiliary, under the heading '{heading}'; check it is no result",
                                           *hit.review[1:]])


def _looked_to_before(text: str, hit: Found, looked_to: int | None) -> int | None:
    """The end of a plan period named in brackets before a target of no year in the same paragraph (健康行动规划
    （2013~2020）…提出，未来8年，…达到95%: the plan's span ends in 2020), else the year the text looked to before the
    paragraph."""
    at = text.find(hit.quote) if hit.year is None else -1
    if at <= 0:
        return looked_to
    return next(reversed(sentences.span_ends(text[:at])), looked_to)


#: a statistical bulletin's title line (2023年周口市国民经济和社会发展统计公报): a year's figures, no targets
_BULLETIN = re.compile(r"统计公报|統計公報|(?i:statistical\s+(?:bulletin|communiqu[eé]))")


def _bulletin(doc: Document) -> str | None:
    """The title line of a statistical bulletin among the document's first lines (a short one: a plan may cite
    《2020年统计公报》 in its text), else None."""
    return next((p.text.strip() for p in doc.paragraphs[:6] if len(p.text.strip()) <= 60 and _BULLETIN.search(p.text)
                 and "《" not in p.text), None)


#: a news report of a plan period completed, in its opening (…召开“高质量完成‘十四五’规划”系列主题新闻发布会): what the period
#: achieved, told against the plan's targets, which it may well quote as its own figures
_PERIOD_DONE = re.compile(r"(?:完成|收官)[“\"「『‘]*十[一二三四五]五[”\"」』’]*(?:规划|时期|目标)?|十[一二三四五]五[”\"」』’]*(?:规划)?"
                          r"(?:收官|圆满完成|成就|成效)")
_PRESS = re.compile(r"发布会|记者|通讯员|讯[（(]|报道")


#: an opening that reports how the work stands (通报2025年防艾工作进展, 介绍…工作成效): a report of progress
_PROGRESS = re.compile(r"(?:通报|介绍|发布|总结)了?[^。；;，,：:]{0,30}?(?:工作)?(?:进展|成效|成绩|成果|进度)")
#: a news dateline (人民网昆明11月29日电)
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电")


#: a year's plan a title or a line names (2026年工作安排, 2026年工作要点, 2026年主要目标, 2026年民生实事): a year the text
#: looks to when it is later than the year reported on
_YEARS_PLAN = re.compile(r"((?:19|20)\d{2})\s*年[^，,。；;：:、\d]{0,12}?(?:工作(?:安排|要点|计划|任务|目标)|重点(?:工作|任务)"
                         r"|主要(?:目标|任务|指标)|目标任务|民生实事|实事项目)")


def _progress_report(doc: Document) -> tuple[str, str | None] | None:
    """The words of a news report's opening that report progress (人民网…电 …通报2025年防艾工作进展), if the text opens
    so and its own words (not a plan it cites) set nothing ahead: no year to reach, no amount in a sentence that looks
    ahead (将, 力争 …; 今年 in a text dated after the year it reports), no line of its own heading a later year's plan
    (2026年工作安排). Then its figures (…覆盖率超98%, 分别达95.5%) are what was done, and none is a target. With them,
    the later year's plan the text names (its title's 2026年工作安排, which gives no amount), if any. None for any
    other text."""
    opening = to_simplified(" ".join(p.text.strip() for p in doc.paragraphs[:2])[:400])
    progress = _PROGRESS.search(opening)
    if not progress or not (_PRESS.search(opening) or _DATELINE.search(opening)):
        return None
    reported = max((int(year) for year in re.findall(r"(?:19|20)\d{2}", progress.group(0))), default=None)
    issued, _ = document_year(doc)
    this_year_ahead = issued is not None and reported is not None and issued > reported
    if any(sentences.aims_ahead(p.text, this_year_ahead) for p in doc.paragraphs):
        return None
    plans = [(p, found) for p in doc.paragraphs for found in _YEARS_PLAN.finditer(arabic_years(to_simplified(p.text)))
             if reported is not None and int(found.group(1)) > reported]
    if any(len(p.text.strip()) <= 30 and not p.text.strip().endswith("。") and p is not doc.paragraphs[0]
           for p, _ in plans):  # a heading of its own over the later year's plan: what follows sets it
        return None
    return progress.group(0), plans[0][1].group(0) if plans else None


def _results_report(doc: Document) -> str | None:
    """The opening of a news report on a plan period completed, if the document opens so, else None."""
    first = next((p.text.strip() for p in doc.paragraphs if p.text.strip()), "")
    opening = to_simplified(first[:300])
    done = _PERIOD_DONE.search(opening)
    if not done or not _PRESS.search(opening):
        return None
    shown = first[:300] if len(first[:300]) == len(opening) else opening  # the document's own characters
    return shown[max(0, done.start() - 20):done.end() + 10]


def build(doc: Document, *, plan_id: str = "draft") -> Draft:
    bulletin = _bulletin(doc)
    if bulletin:  # its 截至2023年底…达到100% is what was, and looks like a target
        raise CheckerError(f"the document is a statistical bulletin ({bulletin}): it reports a year's figures and sets "
                           "no targets", Location(doc.path),
                           hint="to check the figures against a plan, put them in a data file for `checker check`")
    report = _results_report(doc)
    if report:  # its "2025年，…由2.98人增长至3.45人" is what the period brought, and looks like a target
        raise CheckerError(f"the document is a news report of a plan period completed (…{report}…): it reports "
                           "results and sets no targets", Location(doc.path, 1),
                           hint="to check the figures against the plan, extract the plan itself and put these figures "
                                "in a data file for `checker check`")
    progress = _progress_report(doc)
    if progress:  # its "易感染人群月均干预覆盖率超98%" is what the year brought, and looks like a standing target
        words, plan = progress
        ahead = f"names {plan} but gives no amount to reach for it" if plan else \
            "names no year ahead and no amount to reach"
        raise CheckerError(f"the document is a news report of progress (…{words}…) that {ahead}: it reports results "
                           "and sets no targets", Location(doc.path, 1),
                           hint="to check the figures against a plan, extract the plan itself and put these figures "
                                "in a data file for `checker check`")
    builder = _Builder()
    # an English "13th Five-Year Plan" is China's 十三五 (2020) only in a text about China; Bhutan's runs 2024-2029
    china = english_sentences.about_china("\n".join(block.text for block in doc.paragraphs))
    issued, issued_why = document_year(doc)
    dated = issued  # the year the document's date or number gives (明年 is the year after it)
    # … where its date or number says so, not a period or words it names: no year after it can be reported
    own_date = issued if (issued_why or "").startswith(("the date", "the document number")) else None
    title, title_review = _title(doc)
    first = _first_line(doc)
    heading = title if title and not (title_review or "").startswith("title taken from 《") else \
        first if len(first) <= 40 and not first.endswith(("。", "；", "：")) else ""  # 2026年政府工作报告: no plan's title
    planned = _planned_years(heading) if heading else frozenset()
    if planned and (issued is None or issued < min(planned)):
        # "2025年工作总结和2026年工作计划": written for the year it plans (a “十四五” it names looks back)
        issued, issued_why = min(planned), f"the work plan's year in the title ({min(planned)}年)"
    # the first year of the tables' target columns: a later period's first year, a work plan's year aside
    targets_from, targets_why = (issued, issued_why) if planned else _table_year(doc, issued, issued_why)
    region, region_review = _region(doc, title, title_review is not None)
    if region and region_review is None and (title_review or "").startswith(_HEADLINE_TITLE):
        region_review = f"region read from the headline ({region}): check it"
    plan_review: list[str] = []
    found_tables: list[tables.IndicatorTable] = []
    table_blocks = set()
    title_year = None
    # (a first line taken for an English title may date a report, a debate or what a plan looks back on: its years
    # are not the plan's)
    if title and (title_review or "").startswith(_FIRST_LINE_TITLE):
        span = _ENGLISH_PLAN_SPAN.search(title) if not _LOOKED_BACK_ON.search(title) else None
        title_year = int(span.group(1)) if span else None  # "…Plan for … Diseases 2015-2020": the plan runs to 2020
    elif title:
        years = re.findall(r"20\d\d", arabic_years(title))  # 健康中国行动（2019—2030年）: the plan runs to its last year
        title_year = int(years[-1]) if years else None
        plain_title = to_simplified(sentences.unglossed(title))  # “十四五”規(guī)劃18個數(shù)字
        for words, (_, end) in _FIVE_YEAR.items():
            if words in plain_title:
                title_year = end
    previous: tables.IndicatorTable | None = None  # the indicator table a headless one may carry on
    between: list[Paragraph] = []  # the short lines since it: a page number, a running head, a row cut by the page
    cut_rows: list[Paragraph] = []
    quoted_plan: tuple[str, str] | None = None  # the heading over another region's plan a table may stand under
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            if _plan_heading(block.text) is not None or _SECTION_HEADING.match(block.text.strip()) \
                    or block.heading is not None:  # a plan's goals heading, or a new section that ends the quotation
                quoted_plan = _other_regions_plan(block.text, region)
            between.append(block)
            if len(block.text) > 20 and not _CUT_ROW.match(block.text):  # more than a page's furniture or a cut row
                previous = None
            continue
        parts = tables.halves(block)
        for part in parts:
            below = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None  # a note under it (注：…单位均为%)
            found = tables.find(part, targets_from, title_year, continues=previous if len(parts) == 1 else None,
                                after=below.text if isinstance(below, Paragraph) else None)
            if found is not None and previous is not None and found.table is block and any(
                    "rows carried on" in note for note in found.notes):
                cut_rows += [line for line in between if _CUT_ROW.match(line.text) or len(line.text) <= 20 and
                             not _PAGE_FURNITURE.match(line.text)]  # "13 院设置老年医学科的 % 42 ≥60 预期性" and its name's ends
            previous, between = found, []
            if found is None:
                back = tables.looked_back(part, targets_from)
                if back:  # 表1：2022年…完成情况 in a report of 2023: said, not drafted as this plan's targets
                    builder.count(f"{_LOOKED_BACK}{back}", part.line)
                apart = tables.side_by_side(part)
                if apart:  # a PDF's two tables run together: not read, and said (never a wrong unit in silence)
                    builder.count(f"left out: {apart}", part.line)
                elif not back and (column := tables.undated_target_column(part)):
                    # Indicator | National target | When: seen, not read — said, never lost without a word
                    builder.count(f"{_NO_YEAR_TABLE} (its column {column!r} and no column of each row's year)",
                                  part.line)
                continue
            if quoted_plan is not None:  # 附：“健康甘肃2030”规划主要指标 over a table in 湖南省's plan: Gansu's rows, whose
                # 2015 levels replaced the plan's own baselines — kept out, as the targets under it in the body are
                builder.count(f"left out: another region's table, under “{quoted_plan[0]}” (a plan of {quoted_plan[1]}, "
                              f"not of {region})", part.line)
                previous = None
                continue
            if len(parts) > 1:
                found.notes.append("two tables side by side in one grid (a header written twice): read as two tables")
            found_tables.append(found)
            table_blocks.add(id(block))
    for line in cut_rows:  # the row the page break cut out of the table's ruling: said, not read as a sentence
        builder.count("left out: a table row cut by a page break", line.line)
        table_blocks.add(id(line))
    for number in doc.cut_rows:  # (a PDF's cut row whose lines the reader could not put together: no paragraph)
        builder.count("left out: a table row cut by a page break", number)
    for number in doc.unread_rows:  # a text's table whose header was not read: its rows said, never lost in silence
        builder.count(_UNREAD_ROWS, number)
    table_targets = 0
    table_items: set[int] = set()  # the ids of the indicators a table row drafted
    for found in found_tables:
        for note in found.notes:
            plan_review.append(f"table at line {found.header_line}: {note}")
        for row in found.rows:
            item = builder.indicator(row.name, row.unit, row.line, row.written)
            table_items.add(id(item))
            if row.domain and "domain" not in item:
                item["domain"] = row.domain
            if row.nature:
                item["nature"] = row.nature
            if row.responsible:
                item["responsible"] = row.responsible
            if row.written != row.name:
                item.setdefault("aliases", [])
                if row.written not in item["aliases"]:
                    item["aliases"].append(row.written)
            for year, cell in row.baselines.items():
                own = _cell_year(cell.text)
                if own is not None and own != year:  # 78.7（2019年） under 基期水平 (2020): the value of its own year
                    item["_review"].append(f"the base value {cell.text.strip()} names its own year: filed under {own}, "
                                           f"not the column's {year}")
                item.setdefault("baseline", {})[own or year] = _base_entry(cell)
            if row.undated_baseline is not None:
                item["_undated_baseline"] = row.undated_baseline
            if row.columns:
                item.setdefault("columns", {}).update(row.columns)
            item["_review"] += row.notes
            for year, cell in sorted(row.targets.items()):
                target = {"text": cell.text, "source": {"line": cell.line, "quote": cell.text}}
                if cell.page:
                    target["source"]["page"] = cell.page
                own = _cell_year(cell.text)
                other_year = (f"the cell names {own}, not the column's {year}: check which year the target is for"
                              if own is not None and own != year else None)  # ≥3.93（2022年） in the 2025 column
                notes = [note for note in (row.placement, row.target_notes.get(year), other_year) if note]
                if notes:
                    target["review"] = "; ".join(notes)
                builder.target(item, year, target)
                table_targets += 1
    if found_tables and targets_from is not None:
        plan_review.append(f"table year columns before {targets_from} (the year of {targets_why}) read as baselines, "
                           "the later ones as targets")
    table_years = sorted({y for t in found_tables for y in t.target_years})
    # the year a target of no year is kept for: the tables' last, else the title's — not the year of a plan the
    # text only cites (an article on 《“健康中国2030”规划纲要》 looks back at what was done: its facts are no 2030 targets)
    cited = title_review is not None and title_review.startswith("title taken from 《") and not _opens_with(doc, title)
    # … else a news headline's (到2030年…将达到80岁左右 over a text that restates it with no year)
    opening = doc.paragraphs[0] if len(doc.paragraphs) > 1 and _is_headline(doc.paragraphs[0]) else None
    last_year = (table_years[-1] if table_years else None) or (None if cited else title_year) \
        or (sentences.headline_year(opening.text) if opening is not None else None) or (min(planned) if planned else None)
    body_targets = 0
    body_years: set[int] = set()
    # each with the year the text last looked to before it, the year 今年/明年 names, and a base stated in brackets
    hits: list[tuple[Found, int | None, tuple[int, str] | None, re.Match | None]] = []
    looked_to: int | None = None
    before: str | None = None  # the paragraph before: a list item whose words run on into the items under it
    quoted: tuple[str, str] | None = None  # the heading over another region's plan quoted (附：“健康甘肃2030”…), its place
    quoted_lead: str | None = None  # the lead that heading was under: a new section ends the quotation
    for block, carried, lead in _paragraphs_with_targets(doc, table_blocks, china):
        if lead != quoted_lead:  # a heading of another region's plan as the section's own (三、“健康甘肃2030”主要目标)
            quoted, quoted_lead = _other_regions_plan(lead, region), lead
        heading_of = _plan_heading(block.text)
        if heading_of is not None:  # a line of its own over a plan's goals: another region's, or the plan's again
            quoted = _other_regions_plan(block.text, region)
            continue
        # 今年 (this year) in a dated text: the year of its date (a work report's 今年发展主要预期目标是：…), as under
        # a lead that names this year's goals (建议全年经济社会发展预期目标 above its items)
        said = "今年" if "今年" in block.text else "明年" if "明年" in block.text else _this_years_goals(lead)
        framed = english_sentences.framework_target(block, before, carried)  # "Target 2021: 25%" under its name
        # the year a heading or lead above sets (二、2026年重点工作) is planned for: its plain 2026年，… sets targets
        in_plan = planned | {carried} if carried is not None else planned
        found = framed or sentences.find(block, carried, listed=carried is not None, planned=in_plan,
                                         lead=lead if carried is not None else None, dated=own_date, china=china)
        if found and _TABLE_CAPTION.match(block.text.strip()):  # 表1 2025年主要指标完成情况考核表: names a table
            builder.count("left out: a table's caption (it names a table, and sets no target)", block.line)
            found = []
        if found and quoted is not None:
            # under 附：“健康甘肃2030”规划主要目标 in 湖南省's plan: Gansu's targets, quoted beside the plan's own (they were
            # merged into its indicators, 76岁 beside its own 79岁 for 2030, and Gansu's 2015 levels as its baselines)
            for hit in found:
                builder.count(f"left out: another region's target, under “{quoted[0]}” (a plan of {quoted[1]}, not of "
                              f"{region})", hit.line)
            found = []
        english = english_sentences.is_english(block.text) if found else False  # once a paragraph, not once a hit
        for hit in found:
            if hit.past_headline:  # "Infant Mortality Rate reduced to 30/1000 live births.": a goal, or a result?
                hit = _past_headline(doc, hit, lead, builder)
                if hit is None:
                    continue
            named = english_sentences.named_from_lead(hit.subject, before)
            if named:  # "• … reduce the percentage of adults who are" over "• Obese from 28.0% to 26.0%"
                hit = replace(hit, subject=named, review=[*hit.review, "named with the words of the item above it"])
            measured = english_sentences.named_by_heading(hit.subject, before) if english else None
            if measured:  # "Fruit & vegetables" over "Average intake to double to more than 400 grams per day."
                hit = replace(hit, subject=measured[0], review=[*hit.review, measured[1]])
            # "achieve the following outcomes by 2022-23:" above the item; 在2027-28年度或之前，… in its own text
            note = english_sentences.financial_year_note(lead if hit.year == carried and lead else block.text, hit.year)
            if note and note not in hit.review:
                hit = replace(hit, review=[*hit.review, note])
            if hit.year is None and issued is None and _says_this_year(block.text, hit):
                # "今年全省疫情持续下降" in a text of no date (a plan it only cites gives none): this year's, whichever
                # that is — not a standing requirement of the plan's last year
                titled = re.search(r"(?:19|20)\d{2}\s*年", arabic_years(heading)) if heading else None
                builder.count("left out: 今年 or 明年 in a text of no date" + (
                    f" (the title's {titled.group(0)} names no plan of that year, nor a date)" if titled else ""),
                    hit.line)
                continue
            if hit.year is None or issued is None or hit.year >= issued:
                hits.append((hit, _looked_to_before(block.text, hit, looked_to) if last_year is None else looked_to,
                             _relative_year(block.text, hit, issued, said, dated), _stated_base(block.text, hit)))
            else:  # before the document: what was done — counted, never dropped without a word
                builder.count(f"left out: a year before the document's {issued} (by {issued_why}): what was done, "
                              "not a target", hit.line)
        if last_year is None:  # only a text with no table or title year needs the years it looks to
            looked_to = next(reversed(sentences.years_ahead(block.text, china)), looked_to)
        before = block.text
    # the country's own plan (健康中国2030, a national ministry's): its 我国… sentences are its own
    national_plan = bool(region and to_simplified(region) in ("全国", "中国")) \
        or bool(title and re.search(r"中国|全国|国家|國家", title))
    no_year: list[int] = []  # the lines of targets left out for want of any year in the document
    undated: list[int] = []  # the lines of targets left out for years in another calendar (民国)
    # the short lines with no sentence end (a heading, a headline) by line: one that restates a target below is no other
    headings = {block.line: block.text.strip() for block in doc.paragraphs if len(block.text.strip()) <= 60
                and not block.text.strip().endswith(("。", ".", "；", ";", "！", "!", "：", ":"))}
    opening_block = next((b for b in doc.paragraphs if b.text.strip()), None)
    headline = _first_line(doc)
    if opening_block is not None and len(headline) <= 60 and headline != opening_block.text.strip() \
            and not headline.endswith(("。", ".", "；", ";", "！", "!", "：", ":")):
        # a headline the reader joined to the lead under it (至2025年,人均预期寿命…提高0.4岁!梅州印发规划 | 《…》印发,…)
        headings.setdefault(opening_block.line, headline)
    stated_bases: Counter[int] = Counter()  # base years the targets' own words name (比2020年, （2020年为…）)
    starts: Counter[int] = Counter()  # the years from-to targets start from (from 33.1% in 2020 to …, 由2020年的…)
    # the provinces whose short names open the targets' names (江苏人均体育场地面积): one, in a text of no known region, is
    # the text's own place; two are two places' targets
    provinces_first = {first[0] for hit, *_ in hits if (first := sentences.province_first(hit.subject))}
    for hit, looked, this_year, stated in hits:
        if hit.horizon is not None:  # "通过3-5年努力，建设4-6个…": due years after a date the draft must know
            counted = _horizon_year(hit.horizon, own_date, issued, issued_why)
            # (with no date to count from, the year the text gives otherwise stands — a headline's 到2030年 over
            # 通过五年努力，…达到80岁左右 — and the note says it is not the sentence's own)
            hit = replace(hit, year=counted[0], review=[*hit.review, counted[1]]) if counted is not None else replace(
                hit, review=[*hit.review, f"the sentence counts its own time ({hit.horizon[2]}) from a date the text does "
                                          "not give: the year it is filed under is not its own; check it"])
        if hit.year is None and this_year is not None:
            said_so = f"the year after the document's {this_year[0] - 1}" if this_year[1] == "明年" else \
                f"the year of {issued_why}"
            hit = replace(hit, year=this_year[0], review=[*hit.review, f"{this_year[1]} read as {this_year[0]}, {said_so}"])
        fallback = last_year or looked  # no table, no year in the title: the year the text last looked to
        province = sentences.province_first(hit.subject)
        if province is not None:  # 江苏人均体育场地面积: the plan's own province's measure, or another's target
            if region and not places.is_own(province[0], region):
                # 江苏's 3.2平方米 in 广西's plan, 重庆's and 四川's in one text: never one indicator of the plan's own
                builder.count(f"left out: another region's target ({province[0]}'s, not {region}'s)", hit.line)
                continue
            if region or len(provinces_first) == 1:  # no region known: cut where the text's targets name one place
                hit = replace(hit, subject=province[1], review=[*hit.review, f"{province[0]} cut from the name: the "
                              "plan's own place" if region else f"{province[0]} cut from the name: check the target is "
                              "the plan's"])
            else:  # 江苏… and 广东… in a text of no known region: each keeps its place, to be read
                hit = replace(hit, review=[*hit.review, f"named for {province[0]}, one of the places the targets name "
                              f"({'、'.join(sorted(provinces_first))}): check whose target it is"])
        if _LIST_LEAD.match(hit.subject) or _LIST_LEAD.match(hit.text):  # "实现以下目标：" points to its items
            builder.count("left out: a lead to the list below it", hit.line)
            continue
        if hit.left_out:  # "建成以基本医疗保险为主体，…": no name to draft it under, counted with why
            builder.count(hit.left_out, hit.line)
            continue
        if hit.stated_now:  # "Infant mortality is 69 per 1,000 live births": how things stand
            builder.count("left out: a level stated as it stands", hit.line)
            continue
        # (全国… where no region is known, a national list's 全国1万家医疗机构设立…: the plan's own place, as 全市 is a city's)
        if hit.year is None and not national_plan and _COUNTRY_OPENING.match(sentences.unglossed(hit.quote)) \
                and not (region is None and _WHOLE_NATION.match(sentences.unglossed(hit.quote))):
            # "我国哮喘患者超过3000万人" in a province's plan: the country's figure, which no province's plan sets
            builder.count("left out: the nation's figure in a plan of a region", hit.line)
            continue
        if hit.undated:  # "从79年32.5%降至105年的15.3%": its years are of another calendar, so none can be placed
            builder.count("left out: years in another calendar", hit.line)
            undated.append(hit.line)
            continue
        if hit.year is None and hit.from_now and last_year is None:
            # "目标在未来8年内，将国人平均余命增加3岁，…下降至8%": within years from a date the text does not give, and no
            # period of the document's own (a title's span, a table's years) to end them; one sentence, one time frame
            builder.count(f"left out: {FROM_NOW} (未来…年内, 今后…年), so no year to file it under", hit.line)
            continue
        if hit.year is None and (fallback is None or (last_year is None and hit.unread)):
            # no year anywhere to keep it for; or words not read in a text whose only years are its
            # sentences' (a commentary's "经合组织国家平均为81岁")
            builder.count("left out: no year" if fallback is None else "left out: no year, words not read", hit.line)
            if fallback is None:
                no_year.append(hit.line)
            continue
        name = _without_region(hit.subject, region).strip() or hit.quote  # never a nameless indicator
        placed = bool(region) and to_simplified(name) in (region, region[:-1])  # 北京市将基本建成…老年友好型城市
        if placed:
            name = sentences.unglossed(hit.text)  # a name without the pinyin a copied page carries (國(guó)際)
        national = region not in (None, *_NATIONS) and bool(_THE_NATIONS.match(hit.quote))
        if national:  # 根据全国“十三五”规划，…我国人均预期寿命要增加一岁: not the city's own indicator
            name = "全国" + name
        # "the maternal mortality ratio (MMR)": an English name's own short form is no part of it, as in a table's row
        # (a Chinese sentence's 增配自动式体外除颤器（AED） names the thing by its bracket, and keeps it)
        short = name if chinese_characters(name) else catalogue.without_short_form(name)
        item = builder.indicator(short, None, hit.line, hit.quote)
        if short != name and name not in item.setdefault("aliases", []):
            item["aliases"].append(name)
        if hit.direction:
            item.setdefault("_stated", hit.direction)
        target = {"text": hit.text, "source": {"line": hit.line, "quote": hit.quote}}
        written = _NATURE_AFTER.search(hit.text)
        nature = vocabulary.nature(written.group("nature")) if written else None
        if nature and written.start() > 0:  # "达到80岁（预期性）": the target is 达到80岁, the indicator 预期性
            target["text"] = hit.text[:written.start()]
            item["nature"] = item.get("nature") or nature
        if hit.page:
            target["source"]["page"] = hit.page
        review = list(hit.review)
        year = hit.year
        if year is None and hit.for_plan_year and last_year is not None:
            year = last_year  # an objective's Target: line under a title that names the plan's year
            review = [note.replace(PLAN_YEAR, f"{PLAN_YEAR} {year}", 1) for note in review]
        elif year is None and own_date is not None and fallback < own_date:
            # "2020年是…(2011-2020年)…的收官之年。…筛查率达到88.83%" in a text dated 2021: a clause of no year filed under
            # a year before the document's own date is what was done, as a dated clause of that year is (it was drafted
            # as a standing 2020 target)
            builder.count(f"left out: no year of its own, and the year the text looks to ({fallback}) is before the "
                          f"document's own date ({own_date}): what was done, not a target", hit.line)
            continue
        elif year is None:
            year = fallback
            target["standing"] = True
            review.append(f"the sentence names no year: kept as a standing requirement for {year}")
        else:
            body_years.add(year)
        if hit.strive:
            _keep_striving(target)
        base_year = int(stated.group("year")) if stated and stated.group("year") else \
            grammar().period_ends[stated.group("period") + "末"] if stated and stated.group("period") else None
        if stated and stated.group("now"):  # 达到80岁（现状值78.3岁）: a level now, of no year the words give
            review.append(f"the words in brackets give a level as it stands ({stated.group(0).strip()}), of no year: "
                          "add it as the baseline of the year it is for")
        named_base = _named_base(hit.quote)
        if named_base is not None and year is not None and named_base < year:
            stated_bases[named_base] += 1  # 比2020年下降10%: the year the target is measured from
        if base_year is not None and year is not None and base_year < year:
            # 达到82.42岁（2020年为81.52岁）: the base the plan states beside its target, a baseline of the indicator
            stated_bases[base_year] += 1
            item.setdefault("baseline", {}).setdefault(base_year, stated.group("value"))
            review.append(f"baseline {base_year}: {stated.group('value')} from the words in brackets "
                          f"({stated.group(0).strip()}): check it")
        if hit.carried is not None:  # "…, neonatal mortality rate | from 21 to 16 per 1,000": read with the verb before
            item.setdefault("_carried", {})[hit.text] = hit.carried
        set_start = _set_start(hit)
        if set_start is not None and year is not None and set_start[0] < year:
            review.append(f"baseline {set_start[0]}: {set_start[1]} is where the target starts, in the year its "
                          f"sentence says the target was set ({set_start[0]}): check the year the level is of")
        for start, counted in ((hit.base, stated_bases), (_dated_start(hit.text, hit.carried) or set_start, starts)):
            if start is not None and year is not None and start[0] < year:
                # "70 (2011 baseline), 82 (2014 target)", "from 33.1% in 2020 to 10% in 2030": the base the target's own
                # words state and date, a baseline of the indicator (it was only a note); a labelled baseline names the
                # plan's base year as （2020年为…） does, a from-to's start only where nothing else gives one
                counted[start[0]] += 1
                item.setdefault("baseline", {}).setdefault(*start)
        if national:
            review.append(f"the nation's target (the text is about {region}): keep it only if this plan sets it too")
        if placed:
            review.append(f"the clause's subject is the place itself ({region}): named by its words; name the indicator")
        if _POPULATION.search(name) and "将" in to_simplified(hit.quote):  # 老年人口将增长100万人，2025年将达到500万人
            review.append("a population's size is most often a projection, not a target: keep it only if the plan "
                          "sets it")
        if review:
            target["review"] = "; ".join(review)
        if hit.refused and hit.refused in review:  # tried with no unit: dropped in _finish if the unit reads them
            target["_refused"] = hit.refused
        restated = builder.said_again(item, year, target,
                                      bool(hit.quote.strip()) and hit.quote.strip() in headings.get(hit.line, ""))
        if restated is not None:
            builder.count(restated[1], restated[0])
            continue
        builder.target(item, year, target)
        body_targets += 1
    # an indicator that gained no target (a sentence with no year in a document with none, a table row with
    # baselines only) is left out: a plan's indicator must have a target, and the draft must lint
    with_targets = [item for item in builder.order if item["targets"]]
    if not with_targets:
        _refuse(doc, no_year, undated, builder.left_out)
    for item in builder.order:
        if not item["targets"]:  # each named by its line (the JSON's left_out), never only counted
            builder.count("left out: no target year", item["source"]["line"])
    # the years the draft's targets are filed under are the plan's, however each was found (a work report's 2026年 in
    # its title, under which its sentences of no year are kept), and no other: a title's last year (…（2022—2035年）)
    # or a table column's that no drafted target is for would be a target year with no target
    target_years = sorted({year for item in with_targets for year in item["targets"]})
    if not table_years:
        plan_review.append("target years taken from the body text and the title, not from a table")
    elif body_years - set(table_years):
        plan_review.append(f"target years {sorted(body_years - set(table_years))} come from body sentences only")
    base_years = sorted({y for t in found_tables for y in t.baseline_years})
    named_base = sorted({y for t in found_tables for y in t.named_base_years})  # 2020年基期值 beside 2022年实际值
    base_year = (named_base or base_years)[-1] if base_years else None
    period = _plan_period(doc) if base_year is not None and not named_base and not planned else None
    if period is not None and base_year >= period[0] and any(year < period[0] for year in base_years):
        # 2020年 | 2021年（预计）| 2025年 in a “十四五” plan dated 2022: the plan starts from the year before its period;
        # a column of a year the period holds gives figures of the plan's own years (an estimate, here), no base
        base_year = max(year for year in base_years if year < period[0])
        inside = [year for year in base_years if year >= period[0]]
        plan_review.append(f"base year {base_year}, the year before the period ({period[1]}) begins: the "
                           f"{', '.join(map(str, inside))} base column(s) inside the period are kept as baselines of "
                           "their year, not the base progress is measured from")
    read, unnamed = _base_years_read(found_tables, target_years[0])
    guessed = others_named = False
    if read and base_year not in read and sum(read.values()) > unnamed:
        # 现状值 | 77.8（2020年）: the year the base values name, not one from the date that none of them is of (where
        # most name none, those that do are the exceptions: 基期水平 | 18.1 … 78.7（2019年）, 另有注明的除外)
        base_year, note = _base_year_of_values(read)
        plan_review.append(note)
        others_named = True
    elif base_year is None and (named := _base_year_named(doc, stated_bases, target_years[0])) is not None:
        # 以2020年为基期, 比2020年下降10%, 达到79岁（2020年为77.56岁）: the base the text names, not one from its date
        base_year, note = named
        plan_review.append(note)
    elif base_year is None and targets_from is None and (span := _title_span(doc)) is not None:
        # "National Health Strategic Plan 2023-2030": the year before the span that ends the title (only the base: the
        # span says nothing of when the text was written, which the tables' and sentences' years are judged by)
        base_year, guessed = span[0] - 1, True
        plan_review.append(f"base year guessed from the span {span[1]} {span[2]}")
    elif base_year is None and targets_from is None and (started := _base_year_started(starts, target_years[0])):
        # "from 33.1% in 2020 to 10% in 2030" with no date, period or span: the year the targets start from, not five
        # years before the first target (2025, a year no line names)
        base_year, note = started
        plan_review.append(note)
    elif base_year is None and (conventional := _base_by_convention(title, target_years[0])) is not None:
        # 《“健康甘肃2030”规划》出台 over 2030 aims of no base: the base of the national plan it follows, not 2025
        base_year, guessed = conventional, True
        plan_review.append(f"base year guessed as {conventional}, the base year of 《“健康中国2030”规划纲要》, which a "
                           "健康…2030 plan (the title's) follows: check it")
    elif base_year is None and targets_from is None and (reported := _year_reported(doc, target_years[0])):
        # 2023年以来…提高到77.3岁 …力争…提高到77.7岁, 到2024年底…: the year whose figures the aims go on from, not 2019
        base_year, guessed = reported, True
        plan_review.append(f"base year guessed as {reported}, the latest year whose figures the text reports before its "
                           "targets: check it")
    elif base_year is None:
        base_year, guessed = (targets_from - 1 if targets_from else None), True
        own_span = _span_holding(doc, target_years[0]) if target_years and targets_why \
            and targets_why.startswith("the span") else None
        if own_span is not None and own_span[0] != targets_from:
            # "BENAP 2025–2029 … the previous BENAP (2016–2023)": the span of the plan whose targets these are (2029 in
            # 2025–2029), not the first in brackets, which was a previous plan's (its base 2015 was eight years early)
            targets_from, targets_why = own_span[0], f"the span ({own_span[1]}) that holds the first target year"
            base_year = targets_from - 1
        plan_review.append("base year guessed" + (f" from {targets_why}" if targets_why else ""))
    for year, header in sorted({column for t in found_tables for column in t.estimated_base_columns}):
        header = " ".join(header.split())
        plan_review.append(f"the {year} base values are the plan's estimates (column {header}), not final "
                           f"figures: check them against {year}'s published data"
                           + (" before progress is judged from them" if year == base_year else ""))
    if base_year is None:
        base_year = (target_years[0] - 5) if target_years else 2020
    figured = min((year for found in found_tables for year in found.figure_years), default=None)
    if guessed and figured is not None and base_year >= figured:
        # Baseline value | National target 2021 | Observed value 2016: the base a table states is before the year of
        # the figures it gives beside it (filed under 2016, it stood beside another 2016 value)
        base_year = figured - 1
        plan_review[:] = [note for note in plan_review if not note.startswith("base year guessed")]
        plan_review.append(f"base year guessed as {base_year}, the year before the {figured} figures the table gives "
                           "beside its baseline column")
    for item in with_targets:  # a 基线 column of no year: its values are the plan's base, whichever year that is
        header, cell = item.pop("_undated_baseline", (None, None))
        own = _cell_year(cell.text) if cell is not None else None
        if own is not None and own not in item.get("baseline", {}):  # 基期水平 | 78.7（2019年）: the cell says its year
            item.setdefault("baseline", {})[own] = _base_entry(cell)  # (46, BDHS 2014: its source's year)
        elif cell is not None and base_year not in item.get("baseline", {}):
            item.setdefault("baseline", {})[base_year] = cell.text.strip()
            year_was = "which was guessed" if guessed else "the year the table's other base values name"
            item["_review"].append(f"the table's {header} column names no year: its value is filed under the base "
                                   f"year {base_year}, {year_was} — check the year the plan's base values are of")
            builder.count("baseline year guessed")
        if _undated_start(item, base_year):
            builder.count("baseline year guessed")
    other_bases = _other_bases([item for item in with_targets if id(item) in table_items], base_year)
    if other_bases and not others_named:
        plan_review.append(other_bases)
    minguo = _counts_in_minguo(doc, found_tables)
    _twins_directed(with_targets)
    indicators = [_finish(item, builder, minguo) for item in with_targets]
    if region is None:  # a placeholder in the document's language, as the report prints it
        words = title or " ".join(block.text for block in doc.paragraphs[:40])
        region = "unknown region" if words and not chinese_characters(words) else "未知地区"
        plan_review.append("region not found: name the region whose data is checked")
    elif region_review:
        plan_review.append(region_review)
    file_name = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
    if title is None:
        plan_review.append("title not found: the document's file name stands in for it")
        title = file_name.rsplit(".", 1)[0] or file_name  # not the path: it names the drafter's folders
    elif title_review:
        plan_review.append(title_review)
    plan = {"id": plan_id, "title": {"zh": title} if chinese_characters(title) else {"en": title}, "region": region,
            "base_year": base_year,
            "target_years": target_years,
            "source": {"file": file_name, **({"sha256": doc.sha256} if doc.sha256 else {})}}
    if plan_review:
        plan["review"] = "; ".join(dict.fromkeys(plan_review))
        builder.count("plan head guessed")
    unread = {why: pages for why, pages in (("pictures", doc.pictures), ("sideways", doc.sideways)) if pages}
    return Draft(plan, indicators, found_tables, table_targets, body_targets, builder.reviews, builder.left_out, unread)


#: a table cell that is a number alone (6300, 9.50, 7.8万): a level the plan reaches, from its base value
#: a level alone in a cell, bare or in a share's sign (10%, 8%): a base and its targets in one sign make a path
_BARE_LEVEL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([%％‰]?)\s*")
#: a bare base value that is a year (2015): no direction is guessed from it
_AS_YEAR = re.compile(r"(?:19|20)\d{2}")


def _base_by_convention(title: str | None, first_target: int) -> int | None:
    """The base year a 健康XX2030 plan measures from by the convention of 《“健康中国2030”规划纲要》 (2015), where the
    title names one and its first target comes later; else None."""
    base = int(vocabulary.source("healthy_2030_base"))
    if title and _HEALTHY_2030.search(to_simplified(title)) and base < first_target:
        return base
    return None


def _year_reported(doc: Document, first_target: int) -> int | None:
    """The latest year, among the five before ``first_target``, whose figures the text reports (2023年以来…提高到了
    77.3岁); None if it reports none."""
    years = [int(found.group(1)) for block in doc.paragraphs for found in _REPORTED_YEAR.finditer(block.text)]
    years = [year for year in years if first_target - 5 <= year < first_target]
    return max(years) if years else None


#: rules/extract.yaml: a 健康XX2030 plan's title, and a year whose figures a text reports
_HEALTHY_2030 = vocabulary.pattern("healthy_2030_plan")
_REPORTED_YEAR = vocabulary.pattern("reported_year")


def _base_years_read(found_tables: list[tables.IndicatorTable], first_target: int) -> tuple[Counter[int], int]:
    """How many table rows give a base value of each year before the first target year (the column's year, or the year
    the cell names for its value: 77.8（2020年） under 现状值, 78.7（2019年） under 基期水平 2020, as the draft files it), and
    how many give one under a column of no year whose cell names none either (基期水平 | 18.1: of the plan's base year,
    whichever that is)."""
    counts: Counter[int] = Counter()
    unnamed = 0
    for found in found_tables:
        for row in found.rows:
            years = {_cell_year(cell.text) or year for year, cell in row.baselines.items()}
            if row.undated_baseline is not None:
                own = _cell_year(row.undated_baseline[1].text)
                years.add(own)
                unnamed += own is None
            counts.update(year for year in years if year is not None and year < first_target)
    return counts, unnamed


def _other_bases(items: list[dict], base_year: int) -> str | None:
    """Table rows whose base values are all of a year other than the plan's (a Baseline year column's 2013 beside
    2016): progress is judged from the plan's base year, so check finds no base for them. Each row's review says so,
    and the plan's note names them (None where there are none)."""
    named = []
    for item in items:
        years = sorted(item.get("baseline") or {})
        if not years or base_year in years:
            continue
        written = ", ".join(map(str, years))
        item["_review"].append(f"its base is of {written}, not the plan's base year {base_year}: progress is judged "
                               f"from {base_year}: give its {base_year} value (here or in the data), or check says it has no base")
        named.append(f"{item['name'].get('en') or item['name'].get('zh')} ({written})")
    if not named:
        return None
    shown = "; ".join(named[:5]) + (f"; and {len(named) - 5} more" if len(named) > 5 else "")
    return (f"{len(named)} table row(s) give a base of another year than the plan's {base_year}: {shown} — progress is "
            f"judged from {base_year}, so check their {base_year} values")


def _base_year_of_values(read: Counter[int]) -> tuple[int, str]:
    """The plan's base year from the years its table's base values are of (the most rows', the latest of a tie), and
    the plan's note: progress is judged from that year, so rows whose base is of another year are named for a person
    to check."""
    year = max(read, key=lambda found: (read[found], found))
    others = sorted(found for found in read if found != year)
    note = f"base year {year}: the year the table's base values name ({read[year]} row(s))"
    if others:
        note += (f"; {sum(read[found] for found in others)} row(s) give a base of "
                 + ", ".join(str(found) for found in others)
                 + f": progress is judged from {year}, so check their {year} values")
    return year, note


def _moved(texts: list[str], baseline: dict) -> tuple[str, str, str] | None:
    """Up or down (with its review note and the path as written), where every target is a bare number (or share: 8%) beyond the latest base value (in the same sign)
    on one side and each (in year order) no nearer the base than the one before (a 十四五 table's 中医医院数 5482 in 2020
    and 6300 in 2025: a rise is what the plan asks); neutral with a note where the path turns (1 → 5 → 3: the base and
    the first target alone do not say which way is better, and 4.5% passed ≥ 3%); else None. A bare number for a
    neutral indicator reads as "about", which passed 6000 hospitals against 6300."""
    if not baseline or not texts:
        return None
    written = [str(baseline[max(baseline)]), *texts]
    matches = [match for text in written if (match := _BARE_LEVEL.fullmatch(text))]
    if len(matches) < len(written) or len({match.group(2).replace("％", "%") for match in matches}) > 1:
        return None  # a target in words, or 10% → 8 / 96.8 → 95%: not one measure written twice
    shown = [text.strip() for text in written]
    if _AS_YEAR.fullmatch(shown[0]) and not all(_AS_YEAR.fullmatch(text) for text in shown[1:]):
        return None  # a base of 2015 before a target of 10.9: a year where the base should be, never a direction
    base, *levels = (float(match.group(1)) for match in matches)
    path = [base, *levels]
    steps = {(later > earlier) - (later < earlier) for earlier, later in zip(path, path[1:])}
    if {1, -1} <= steps:
        return "neutral", (f"direction not known: the targets go {' → '.join(shown)} from the base, a "
                           "path that turns: say whether up or down is better"), " → ".join(shown)
    for way, beyond in (("up", all(level > base for level in levels)), ("down", all(level < base for level in levels))):
        if beyond:
            return way, (f"direction guessed from the base value {shown[0]} and the target {shown[1]} "
                         f"({way} is better)"), " → ".join(shown)
    return None


#: a base the plan states in brackets after a target (（2020年为81.52岁）, （2020年：81.52%）, （现状值：2020年81.52岁）)
_STATED_BASE = re.compile(r"\s*[(（](?:现状值?|基[期线]值?|基数)?[:：]?\s*(?:(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?"
                          r"|[“\"]?(?P<period>十[一二三四]五)[”\"]?(?:时期|期间|期末|末)|(?P<now>目前|现为|当前|现在|现状值?))"
                          r"[，,]?\s*"
                          r"(?:现状值?|基[期线]值?|基数|水平)?\s*"
                          r"(?:[^()（）\d，,]{0,24}?(?:为|是|达到|达|[:：]))?\s*"
                          r"(?P<value>\d+(?:\.\d+)?\s*(?:%|‰|岁|/10万|/万|人|张|个)?)[)）]")


#: a base year named as such in a target's words: 比2020年, 较2020年, 与2020年相比, 在2020年基础上, 以2020年为基数
_BASE_IN_TARGET = re.compile(r"(?:比|较|相比于?)\s*((?:19|20)\d{2})\s*年|与\s*((?:19|20)\d{2})\s*年(?:末|底)?相比"
                             r"|((?:19|20)\d{2})\s*年(?:末|底)?的?(?:基础上|为基数|为基期|为基线|为基准)")
#: a base year the document names as such anywhere (以2020年为基期, 基期为2020年, 基准年为2020年)
_BASE_IN_TEXT = re.compile(r"以\s*((?:19|20)\d{2})\s*年(?:末|底)?为(?:基期|基数|基线|基准年?)"
                           r"|(?:基期|基准年|基线年)(?:年份)?(?:为|是)\s*((?:19|20)\d{2})\s*年")


def _horizon_year(horizon: tuple[int, int, str], own_date: int | None, issued: int | None,
                  issued_why: str | None) -> tuple[int, str] | None:
    """The year a sentence that counts its own time (通过3-5年努力) is due, and the review note that says why: that many
    years after the document's date, or after the base year of the period it is a plan of (the year before the period
    starts); for a range, its last year (the target is met by then). None where neither is known."""
    fewest, most, words = horizon
    if own_date is not None:
        start, whose = own_date, f"the document's date ({own_date})"
    elif issued is not None and issued_why and issued_why.startswith(("the span", "“")):
        start, whose = issued - 1, f"the plan's base year ({issued - 1}, the year before its period by {issued_why})"
    else:
        return None
    span = f"{fewest} years" if fewest == most else f"{fewest}–{most} years"
    due = f"{start + most}" if fewest == most else f"{start + fewest}–{start + most}, filed under the last"
    return start + most, f"the sentence counts its own time ({words}): {span} from {whose}, so {due}: check the year"


def _undated_start(item: dict, base_year: int) -> bool:
    """File the start of a from-to that names no year (从3.67人提高到4.3人) as the indicator's baseline of the plan's
    ``base_year``, with a note to check it: "now" in the plan's words, most often its base year, but not always (a plan
    written two years in). Without it the target was n/a for want of a base value its own words state. True where one
    was filed. (A start with its year, 从2020年的30.4%, is read from the words by the judge: nothing to file.)"""
    for year, entries in item["targets"].items():
        for target in entries:
            rule = _reading(target["text"], item.get("_carried", {}).get(target["text"]))
            if rule is None or rule.start is None or rule.base_year is not None or base_year >= year \
                    or base_year in item.get("baseline", {}):
                continue
            written = _start_written(rule)
            item.setdefault("baseline", {})[base_year] = written
            item["_review"].append(f"baseline {base_year}: {written} is where {target['text']} starts, in no year the "
                                   f"words name (now, as the plan speaks): filed under the base year {base_year} — "
                                   "check the year it is for")
            return True
    return False


def _reading(text: str, carried: Rule | None = None) -> Rule | None:
    """A target's words as the grammar reads them; where they do not read alone, their reading with the verb of the
    clause before them (``carried``: a later clause of "reducing A from 432 to 292, B from 21 to 16 …"), else None."""
    try:
        return parse_target(text)
    except CheckerError:
        return carried


def _dated_start(text: str, carried: Rule | None = None) -> tuple[int, str] | None:
    """The year and value a from-to target starts from, where its words date it (``from 33.1% in 2020 to 10% in
    2030``, 由2020年的30.4%提高到39.6%: 2020, ``33.1%``), or None; ``carried`` is :func:`_reading`'s."""
    rule = _reading(text, carried)
    if rule is None or rule.start is None or rule.base_year is None:
        return None
    return rule.base_year, _start_written(rule)


def _set_start(hit: Found) -> tuple[int, str] | None:
    """The year and value a from-to target of no dated start starts from, where its sentence says the year the target
    was set (``In 2014 … set a target to reduce X from 12% to 6% by 2020``: 2014, ``12%``), or None."""
    rule = _reading(hit.text, hit.carried) if hit.start_year is not None else None
    if rule is None or rule.start is None or rule.base_year is not None:
        return None
    return hit.start_year, _start_written(rule)


def _start_written(rule: Rule) -> str:
    """The value a from-to target starts from, with its unit, as a baseline entry writes it (``33.1%``, ``3.67人``)."""
    return f"{rule.start:g}{units.suffix(rule.unit) if rule.unit else ''}"


def _base_year_started(starts: Counter[int], first_target: int) -> tuple[int, str] | None:
    """The plan's base year where only its from-to targets give one: the year most of them start from before the
    first target year (the latest of a tie), with the note that says so; None where none does."""
    years = [year for year in starts if year < first_target]
    if not years:
        return None
    year = max(years, key=lambda found: (starts[found], found))
    return year, f"base year {year}: the year the targets start from (from … in {year}, 由{year}年的…): check it"


def _named_base(quote: str) -> int | None:
    """The base year a target's words name as such (比2020年下降10%: 2020), or None."""
    match = _BASE_IN_TARGET.search(to_simplified(quote))
    return int(next(filter(None, match.groups()))) if match else None


def _base_year_named(doc: Document, stated: Counter[int], first_target: int) -> tuple[int, str] | None:
    """The plan's base year where the text names it as such: 以2020年为基期 in the text, else the year most targets
    are measured from (比2020年…, （2020年为…）), the latest of a tie; with the note that says so. None where it names
    none before the first target year (the base year is then guessed from the date, flagged)."""
    said = Counter(int(next(filter(None, match.groups())))
                   for block in doc.paragraphs for match in _BASE_IN_TEXT.finditer(to_simplified(block.text)))
    for counts, where in ((said, "the text names it as the base (以…年为基期)"),
                          (stated, "the year the targets are measured from (比…年, （…年为…）)")):
        years = [year for year in counts if year < first_target]
        if years:
            year = max(years, key=lambda y: (counts[y], y))
            return year, f"base year {year}: {where}: check it"
    return None


def _stated_base(text: str, hit: Found) -> re.Match | None:
    """The base the plan states in brackets right after a target's clause (达到82.42岁（2020年为81.52岁）), or None."""
    at = text.find(hit.quote)
    return _STATED_BASE.match(to_simplified(text[at + len(hit.quote):at + len(hit.quote) + 40])) if at >= 0 else None


#: a year written with the era of 民國 (民國115年, 中華民國一一九年, 民国九十七年度): the document counts in that calendar
_ERA_NAMED = re.compile(r"民[国國]\s*(?:\d{2,3}|[〇○零一二三四五六七八九]{2,3}|[六七八九]十)")
#: a year of 民國 (60–139) in digits with no era, as a target's words may give a base or a year (較112年減少10%)
_BARE_MINGUO = re.compile(r"(?<![\d民国國.])(?:[6-9]\d|1[0-3]\d)(?=\s*年(?!代|级|級|龄|齡|间|間|来|來|内|內))")


def _counts_in_minguo(doc: Document, found_tables: list[tables.IndicatorTable]) -> str | None:
    """What says the document counts its years in 民國 (a table's year headers, 基準值（112年）; a year written with its
    era, 民國115年), or None: only then is a bare 112年 in a target's words read as 民國's."""
    table = next((t for t in found_tables if t.counts_in_minguo), None)
    if table is not None:
        return "the table's year headers count in 民國 (" + "、".join(
            c.header.strip() for c in table.columns if c.year and c.role in ("baseline", "target"))[:60] + ")"
    era = next((found for block in doc.paragraphs for found in [_ERA_NAMED.search(block.text)] if found), None)
    return f"the document writes its years with the era of 民國 ({era.group(0)}…)" if era else None


def _minguo_rule(text: str, unit: str | None, direction: str, minguo: str | None) -> tuple[dict, str] | None:
    """The structured rule of a target whose words the grammar refused for a bare 民國 year (較112年減少10%) in a
    document that counts in 民國 (:func:`_counts_in_minguo`), with the note that says so: the words read with the
    era written (較民國112年減少10%, 2023). The text stays verbatim; the grammar alone never guesses a calendar, and
    reads the same words the same way at `checker check`, so the reading is kept as a `rule:`. None where the words
    hold no such year or do not read with its era either."""
    years = _BARE_MINGUO.findall(text)
    if not minguo or not years:
        return None
    try:
        rule = parse_target(_BARE_MINGUO.sub(lambda match: "民國" + match.group(0), text), unit=unit,
                            direction=direction)
    except CheckerError:
        return None
    if rule.kind in ("all_of", "unspecified") or rule_gaps(rule):
        return None
    # (a unit only where the words' differs from the indicator's, and never for a change in percent or points)
    own_unit = rule.unit if rule.unit != unit and rule.change not in ("percent", "points") else None
    fields = {"kind": rule.kind, "op": rule.op, "value": rule.value, "upper": rule.upper, "unit": own_unit,
              "reference": rule.reference, "base_year": rule.base_year, "change": rule.change, "trend": rule.trend,
              "modifiers": list(rule.modifiers) or None}
    read = "、".join(f"{year}年 as 民國{year}年 ({int(year) + 1911})" for year in years)
    return ({key: value for key, value in fields.items() if value is not None},
            f"{minguo}: the rule reads {read}; check it against the document")


#: a place that stands for its people, opening a measure's name (城市地区急救服务半径, 农村地区…): the measure after it
_PLACE_OPENING = re.compile(vocabulary.source("place_of_people").removesuffix("$"))


def _twins_directed(items: list[dict]) -> None:
    """Where one sentence (one line of body text) names the same measure for two places (我国城市地区急救服务半径不超过
    5公里，农村地区急救服务半径10至20公里), a twin whose own words say no direction takes the one its twin's do, marked
    ``_twin_way`` for :func:`_finish` (the rural radius was neutral, the urban one down: a smaller, better radius failed
    as outside 10–20)."""
    by_measure: dict[tuple, list[dict]] = {}
    for item in items:
        name = item["name"].get("zh") or ""
        line = (item.get("source") or {}).get("line")
        place = _PLACE_OPENING.match(to_simplified(name))
        if line is not None and place and len(name) - place.end() >= 3:
            by_measure.setdefault((line, to_simplified(name)[place.end():]), []).append(item)
    for twins in by_measure.values():
        if len(twins) < 2:
            continue
        ways = {}
        for item in twins:
            texts = [to_simplified(t["text"]) for _, entries in sorted(item["targets"].items()) for t in entries]
            ways[id(item)] = _direction(to_simplified(own_words(item["name"])), item.get("_catalogue"), texts,
                                        item.get("_stated"), item.get("baseline"), [], item.get("_unit_written"))[0]
        said = {way for way in ways.values() if way != "neutral"}
        if len(said) != 1:
            continue  # none says, or they disagree: left to a person
        way = said.pop()
        source = next(item for item in twins if ways[id(item)] == way)
        for item in twins:
            if ways[id(item)] == "neutral":
                item["_twin_way"] = (way, own_words(source["name"]))


def _finish(item: dict, builder: _Builder, minguo: str | None = None) -> dict:
    known = item.pop("_catalogue")
    item.pop("_carried", None)
    whole = item.pop("_whole", None)  # 农村婴儿死亡率: measured as 婴儿死亡率 is, in its unit and range
    written = item.pop("_unit_written")
    reviews: list[str] = item.pop("_review")
    unit = written or (known or whole or {}).get("unit")
    if unit:
        try:
            unit = units.canonical(unit)
        except CheckerError as error:
            reviews.append(f"unit {unit!r} not known to rules/units.txt ({error.message}): add it or correct it")
            builder.count("unit not known")
            unit = None
    texts = [t["text"] for _, entries in sorted(item["targets"].items()) for t in entries]  # (in year order: a path)
    name = item["name"].get("zh") or item["name"].get("en")  # (as check gives it the grammar: a stillbirth rate)
    if not unit:
        unit = _unit_of_levels(texts, name) or _unit_in_name(item["name"].get("en") or "")
    if not unit and any(_SHARE_NAME.search(name) for name in item["name"].values()):
        unit = "%"  # "% children <5 yrs screened": 82 (2014 target) is 82%, as the name says
    # 成人吸菸率 (Taiwan) and 成人吸煙率 (Hong Kong) are 成人吸烟率: the words of a direction are simplified
    notes = [text for header, text in (item.get("columns") or {}).items() if text and _NOTE_HEADERS.fullmatch(header)]
    direction, why = _direction(to_simplified(own_words(item["name"])), known, [to_simplified(text) for text in texts],
                                item.pop("_stated", None), item.get("baseline"), notes, unit)
    twin = item.pop("_twin_way", None)
    if twin and direction == "neutral":  # 农村地区急救服务半径10至20公里 after 城市地区急救服务半径不超过5公里
        direction, why = twin[0], (f"direction carried over from {twin[1]} ({twin[0]} is better), the same measure for "
                                   "another place on the same line: check it")
    if why:
        reviews.append(why)
        builder.count("direction guessed")
    for year, base in (item.get("baseline") or {}).items():
        unread = _unread_base(base) if isinstance(base, str) else None
        if unread:  # 45,8 or *37 under Baseline value: kept as written, and said (never a number guessed in silence)
            reviews.append(f"the {year} base value {base.strip()!r} {unread}")
            builder.count("base value not read")
    for entries in item["targets"].values():
        for target in entries:
            why = _unread(target["text"], unit, direction, name)
            refused = target.pop("_refused", None)
            if refused and why is None:  # 經常參加體育鍛煉人數達4.35億 reads once its unit (万人) is known: no gap to hunt
                target["review"] = _without_note(target.get("review"), refused)
                if target["review"] is None:
                    del target["review"]
            slipped = None if why else _implausible(target["text"], unit, direction, known or whole,
                                                    list(item["name"].values()))
            ruled = _minguo_rule(target["text"], unit, direction, minguo) if why else None
            nought = None if why or slipped else _nought(target["text"], unit, direction)
            if slipped:
                target["review"] = "; ".join(filter(None, [target.get("review"), slipped]))
                builder.count("level beyond the indicator's plausible range")
            elif nought:  # 降低0%: a plan rarely sets no change; a slipped digit (降低10%) is likelier
                target["review"] = "; ".join(filter(None, [target.get("review"), nought]))
                builder.count("target to confirm")
            elif ruled:  # 較112年減少10% under 基準值（112年）: the rule reads the year as the table's headers count
                target["rule"], why = ruled
                target["review"] = "; ".join(filter(None, [target.get("review"), why]))
                builder.count("target to confirm")
            elif why and UNREAD in (target.get("review") or ""):
                builder.count("phrase not read by the grammar")  # the sentence finder said so already
            elif why:
                target["review"] = "; ".join(filter(None, [target.get("review"), why]))
                builder.count("phrase not read by the grammar")
            elif target.get("review"):
                builder.count("target to confirm")
    out = {"id": item["id"], "name": item["name"]}
    for key in ("aliases", "domain"):
        if key in item:
            out[key] = item[key]
    out["unit"] = unit
    out["direction"] = direction
    for key in ("nature", "responsible", "source", "baseline", "columns"):
        if key in item:
            out[key] = item[key]
    out["targets"] = {year: (entries[0] if len(entries) == 1 else entries)
                      for year, entries in sorted(item["targets"].items())}
    if reviews:
        out["review"] = "; ".join(dict.fromkeys(reviews))
    return out


#: the reasons a table's rows are left out with: a look-back table's (tables.looked_back), a grid of two tables side
#: by side (tables.side_by_side); a refusal gives them as its hint, what to do about the document
_LOOKED_BACK = "left out: a table of "
_NOT_READ = "left out: two tables side by side"
_NO_YEAR_TABLE = "left out: a table whose targets name no year"
#: lines of a text laid out as a table's rows under no header read (Document.unread_rows)
_UNREAD_ROWS = ("left out: lines laid out as a table's rows, under no header read as an indicator table's (one cell "
                "naming the indicator, one a year or target: 指标  2025年  属性)")
#: the reasons a whole table was not read: a refusal gives them as its hint
_TABLES_NOT_READ = (_LOOKED_BACK, _NOT_READ, _NO_YEAR_TABLE, _UNREAD_ROWS)


#: a year of 民國 with no era in a document's top lines (九十七年度, 115年度計畫): the year its goals may be of
_TOP_MINGUO = re.compile(r"(?<![\d〇○零一二三四五六七八九十百民国國])((?:[6-9]\d|1[0-3]\d)|[六七八九]十[一二三四五六七八九]?|"
                         r"一[〇○零一二三][〇○零一二三四五六七八九]|一百[零一二三]?十?[一二三四五六七八九]?)\s*年度?(?!代|级|級|龄|齡)")


def _minguo_in_top(doc: Document) -> str:
    """The clause a refusal for no year adds where the document's top names a bare year of 民國 (九十七年度): that
    year was passed over, since its calendar is not said, and written with its era it is read."""
    for line in _top_lines(doc, 3, 3):
        found = _TOP_MINGUO.search(line)
        if found:
            year = int(found.group(1)) if found.group(1).isdigit() else cn_numerals.roc_year(found.group(1))
            if year is not None and 60 <= year <= 139:
                return (f"; the top's {found.group(0)} may be a year of 民國 ({year} + 1911 = {year + 1911}), passed over "
                        f"since no era says so: write it 民國{found.group(0)} or {year + 1911}年")
    return ""


def _refuse(doc: Document, no_year: list[int], undated: list[int], left_out: dict[str, list[int]] | None = None) -> None:
    """Why a document drafted no target, raised with what extract reads (an example in the text's language):
    targets found for no year (``no_year``, their lines), years of another calendar (``undated``), a language
    not read, or nothing at all; and what was left out for another reason (``left_out``: why → lines): the clauses
    in the message, the tables (a past year's results and targets, two tables run together) in the hint. Only a
    refusal joins the text: a draft never needs it."""
    prose = "\n".join(block.text for block in doc.blocks if isinstance(block, Paragraph))
    english = english_sentences.is_english(prose)
    example = ("sentences such as 'By 2025, the infant mortality rate will fall to 5 per 1,000'"
               if english else "sentences such as 到2025年，…达到90%以上")
    lead = "By 2025, …; … by 2025" if english else "到2025年，…"  # (an English text was shown a Chinese lead only)
    rows = _unread_rows((left_out or {}).get(_UNREAD_ROWS, []))
    if no_year:
        # "--孕产妇系统管理率达到90%" on a page with no title, no table and no year: found, but for no year
        # (a report of what was done names none either: the count says where to look, not that they are targets)
        raise CheckerError(f"no indicator table and no body sentence with a target year found in {doc.path}: "
                           f"{len(no_year)} sentence(s) read like targets, the first at line {no_year[0]}, but none "
                           "is set for a year checker can place: no year to reach in the sentence or a lead before it "
                           f"({lead}), in a heading of goals, in the title or in a table's columns (a year that "
                           "dates a fact or a report is none)" + _minguo_in_top(doc) + rows,
                           hint="checker extract reads tables with an indicator column and year columns, and "
                                + example + "; a text that reports results sets no targets")
    if undated:
        raise CheckerError(f"no indicator table and no body sentence with a target year found in {doc.path}: "
                           f"{len(undated)} sentence(s) read like targets, the first at line {undated[0]}, but give "
                           "their years in another calendar (民国 years, such as 109年 for 2020), which cannot be placed"
                           + rows,
                           hint="checker extract reads years as 2025年 or 二〇二五年, or with their era (民國109年); "
                                "write the target's year that way")
    if english_sentences.in_another_language(prose):
        raise CheckerError(f"no target found in {doc.path}: its text seems to be in neither Chinese nor English",
                           hint="checker extract reads plans written in Chinese (simplified or traditional) or "
                                "English; write the plan's targets in a plan YAML by hand (see `checker schema`)")
    series = [block.line for block in doc.blocks if isinstance(block, Table) and tables.yearly_series(block)]
    pictures = ", ".join(map(str, doc.pictures[:8])) + (" …" if len(doc.pictures) > 8 else "")
    # "建成以基本医疗保险为主体，…": a clause that looked like a target, left out with why — said, not silent
    left_out = {why: lines for why, lines in (left_out or {}).items() if lines}
    unread_tables = [f"{why.removeprefix('left out: ')} (line {lines[0]})" for why, lines in left_out.items()
                     if why.startswith(_TABLES_NOT_READ) and why != _UNREAD_ROWS]  # (those the message says)
    counted = "; ".join(f"{why.removeprefix('left out: ')} (line {', '.join(map(str, lines[:5]))})"
                        for why, lines in left_out.items() if not why.startswith(_TABLES_NOT_READ))
    kept_out = sum(len(lines) for why, lines in left_out.items() if not why.startswith(_TABLES_NOT_READ))
    # "今年将新建…" in a text of no date: found, and left out for a reason the message gives (not "nothing found")
    # a header whose rows could not be joined to it (over a page break): said, not "no indicator table"
    heads = [block for block in doc.blocks if isinstance(block, Table) and tables.header_only(block)]
    head = (f"an indicator table's header was found at line {heads[0].line}"
            + (f" (page {heads[0].rows[0][0].page})" if heads[0].rows[0][0].page else "")
            + ", but no row under it could be read: its rows stand where they could not be joined to it (over a page "
              "break, in a layout the reader does not know)") if heads else ""
    raise CheckerError((f"no indicator table and no body sentence with a target drafted in {doc.path}: {kept_out} "
                        f"clause(s) read like targets, each left out: {counted}" + (f"; {head}" if head else "")
                        if counted else
                        f"no row of an indicator table and no body sentence with a target found in {doc.path}: {head}"
                        if head else
                        f"no indicator table and no body sentence with a target found in {doc.path}") + rows,
                       hint=(f"the table at line {series[0]} is a series of yearly figures (one column a year, "
                             "none named a target): data to check, not targets; " if series else "")
                       + "".join(f"{why}; " for why in unread_tables)
                       + (f"page{'s' if len(doc.pictures) > 1 else ''} {pictures} hold{'' if len(doc.pictures) > 1 else 's'}"
                          " pictures, which have no text to read (a table printed as an image: extract its text, "
                          "e.g. by OCR, first); " if doc.pictures else "")
                       + (f"the text of page{'s' if len(doc.sideways) > 1 else ''} "
                          f"{', '.join(map(str, doc.sideways[:8]))} is set sideways (a table printed on its side: turn "
                          "the page and save again); " if doc.sideways else "")
                       + "checker extract reads tables with an indicator column and year columns, and " + example)


def _unread_rows(lines: list[int]) -> str:
    """The clause a refusal adds where a text's lines were laid out as a table's rows under no header it read (their
    first lines): the table was seen and not read, which "no indicator table" alone hid."""
    if not lines:
        return ""
    shown = ", ".join(map(str, lines[:6])) + (" …" if len(lines) > 6 else "")
    return (f"; {len(lines)} line(s) are laid out as a table's rows (lines {shown}) but stand under no header read as "
            "an indicator table's, one cell naming the indicator and one a year or target (指标  2025年  属性): "
            "write such a header over them, its cells parted by two spaces or more")


def _keep_striving(target: dict) -> None:
    """A target whose 力争 stands outside its words keeps it as the bundled plans do: a structured rule of the
    kind the words read, with ``modifiers: [strive]`` (a miss is then a warning, as the plan's words say)."""
    try:
        kind = parse_target(target["text"]).kind
    except CheckerError:
        return  # words not read: the review note says so, and the person writes the rule
    if kind in ("all_of", "unspecified"):
        return
    target["rule"] = {"kind": kind, "modifiers": ["strive"]}
    target["note"] = "力争 (strive) stands before these words, outside them; the rule keeps it"


def _unit_in_name(name: str) -> str | None:
    """The unit an English name ends in (``… per 1,000 live births``: 1/千活产), where its targets name none ("reduce
    under-five deaths per 1,000 live births to ten"), as the grammar reads it; None where it names none it reads."""
    found = catalogue.NAME_PER.search(name.strip())
    if found is None:
        return None
    try:
        return parse_target(f"1 {found.group(0)}", name=name).unit  # (a stillbirth rate's "per 1,000 births": none)
    except CheckerError:
        return None


def _unit_of_levels(texts: list[str], name: str | None = None) -> str | None:
    """The unit the document writes an indicator's levels in (达到55% → %), where no table or catalogue
    gives one and every target that names a unit names the same; a change by a share (提高5%) says nothing
    of the level's unit, a change by an amount does (增加3岁: a level in 岁)."""
    found = set()
    for text in texts:
        try:
            rule = parse_target(text, name=name)
        except CheckerError:
            continue
        if (rule.kind in LEVEL_KINDS or rule.kind == "vs_baseline" and rule.change == "points") and rule.unit:
            found.add(rule.unit)
        elif rule.kind == "full_coverage" and ("%" in text or "％" in text):  # 达100%, not 实现全覆盖 (yes or no)
            found.add("%")
    return found.pop() if len(found) == 1 else None


def _without_note(review: str | None, note: str) -> str | None:
    """``review`` (notes joined by "; ") without ``note``, None if nothing is left."""
    if not review or review == note:
        return None
    if review.startswith(f"{note}; "):
        return review[len(note) + 2:]
    return review.replace(f"; {note}", "", 1)


def _unread(text: str, unit: str | None, direction: str, name: str | None = None) -> str | None:
    """Why the grammar cannot judge a target's words (of the indicator ``name``), or None when it can."""
    try:
        rule = parse_target(text, unit=unit, direction=direction, name=name)
    except CheckerError as error:
        return f"{UNREAD} it: {error.message}"
    if rule.kind == "linked" and not rule.linked_to:
        return "follows another indicator: say which with `rule: {kind: linked, linked_to: <id>}`"
    gaps = rule_gaps(rule)
    if gaps:
        return f"read as {rule.kind} but cannot be judged: {'; '.join(gaps)}"
    return None


def _nought(text: str, unit: str | None, direction: str) -> str | None:
    """Why a target of a change of nought (5岁以下儿童死亡率降低0%) needs a person's eye, or None: it is read as no
    change the worse way, but a plan rarely promises no change in so many digits — a digit may have slipped."""
    try:
        rule = parse_target(text, unit=unit, direction=direction)
    except CheckerError:
        return None
    if not any(note.startswith(ZERO_CHANGE) for note in rule.notes):
        return None
    side = "at most" if rule.op == "<=" else "at least"
    return (f"a change of nought: read as no worse than the base value ({side} the base value); check the document "
            "for a slipped digit (降低10%?) or write the bound as words (不高于2020年水平)")


def _implausible(text: str, unit: str | None, direction: str, known: dict | None,
                 names: list[str] | None = None) -> str | None:
    """Why a read target's level is beyond any its catalogue indicator takes (控制在10%以下 of 婴儿死亡率: 100‰, a slip of
    % for ‰; :mod:`checker.language.plausible`), or None; only the catalogue's entries with a range are parsed. A bare
    count (张) is read in the rate the indicator's ``names`` count it per (每千人口…: 张/千人), as ``check`` reads it."""
    if not known or not known.get("plausible"):
        return None
    from checker.language.units import rate_unit

    try:
        found = beyond(known, parse_target(text, unit=unit, direction=direction), rate_unit(unit, names or []))
    except CheckerError:
        return None
    if found is None:
        return None
    bound = f"{'at most' if found.side == 'max' else 'at least'} {found.bound:g}{units.suffix(found.unit)}"
    return (f"the level is {found.level:g}{units.suffix(found.unit)}, beyond any of {known.get('zh')} ({bound}): "
            f"{found.slip('en')}; check the document and write the target as it means it (check judges it n/a as it "
            "stands)")


def to_yaml(draft: Draft, document: str) -> str:
    """The draft as a plan file: a header that says how it was made, then the plan."""
    import yaml

    head = (f"# Draft plan made by `checker extract` from {document}.\n"
            "# Every `review:` note is something a person must check against the document; `checker lint`\n"
            "# lists them all. Fix the entry, delete the note. Target texts and quotes are verbatim;\n"
            "# source.line is the line of the document (a table: the cell's line).\n")
    body = yaml.safe_dump(draft.as_yaml_data(), allow_unicode=True, sort_keys=False, default_flow_style=None,
                          width=120)
    return head + body


def summary(draft: Draft) -> dict:
    """What ``checker extract`` says on stderr and in its JSON."""
    targets = []
    for item in draft.indicators:
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                targets.append({"indicator": item["id"], "name": own_words(item["name"]), "year": year, **target})
    return {
        "tables": [{"line": t.header_line, "caption": t.caption, "rows": len(t.rows),
                    "target_years": t.target_years} for t in draft.tables],
        "table_targets": draft.table_targets,
        "body_targets": draft.body_targets,
        "indicators": len(draft.indicators),
        "review": draft.reviews,
        "left_out": {why: lines for why, lines in draft.left_out.items()},  # each sentence not drafted, by its line
        "unread_pages": draft.unread_pages,  # PDF pages whose text could not be read: pictures, text set sideways
        "targets": targets,
    }


_LEVELS = ((re.compile(r"^第[一二三四五六七八九十\d]+篇"), 0), (re.compile(r"^第[一二三四五六七八九十\d]+章"), 1),
           (re.compile(r"^第[一二三四五六七八九十\d]+节"), 2), (re.compile(r"^[一二三四五六七八九十]+[、.．]"), 3),
           (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 4),
           (re.compile(r"^(?:[IVX]{1,5})\.\s+[A-Z]"), 3))  # I. Review of Work in 2024: an English text's 一、
#: a section about the past or the setting: its numbers are what was done, not targets
_LOOKING_BACK = vocabulary.pattern("looking_back")
#: a lead that points to the list below it (实现以下目标): not a target
_LIST_LEAD = vocabulary.pattern("list_lead")
#: a table's caption on a line of its own (表1 2025年主要指标完成情况考核表): no target, whatever its words say
_TABLE_CAPTION = vocabulary.pattern("table_caption")


#: a heading at the start of a paragraph, ended by 。 —— or a colon, before the section's own text
_RUN_IN = re.compile(r"^(?P<title>[^。，,]{2,24}?)(?:。|——|：|:)")
#: a numbered line that is one short sentence holding an amount (（二）新增110个县提供心理门诊服务。, (三)全国新增普惠托位15万个。):
#: an item of a list (a 实事 list's), no heading run into its text — read as a heading, it ended the lead's year
_ITEM_SENTENCE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}[、．.])"
                            r"[^。，,：:]*?\d[^。，,：:]*。\s*$")
#: a numbered line that is one sentence and nothing more (（三）三级公立综合医院均提供健康体重管理门诊服务。): under a lead
#: paragraph's list (…十件实事及措施包括：) an item of it, as the items with amounts around it are
_ONE_SENTENCE_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}[、．.])"
                                r"[^。：:]+。\s*$")


#: a target's words (提高到30%, 达到40%以上, ≤5‰): a list item that holds one is no heading
_SETS_A_VALUE = re.compile(r"(?:[≤≥<>＜＞]|达到|提高到|提高至|提升到|提升至|增加到|降至|降到|降低到|下降到|下降至|低于|高于|"
                           r"不低于|不高于|不超过|不少于|控制在)\s*\d")


def _heading_level(text: str) -> int | None:
    """The level of a heading (第二章 1, 一、 3, （一） 4 …); None for a paragraph, and for a list item
    shaped like a heading that ends with a semicolon or sets a value (（一）居民健康素养水平提高到30%；)."""
    stripped = text.strip()
    if len(text) > 40 or "。" in text or stripped.endswith(("；", ";")) or _SETS_A_VALUE.search(stripped):
        return None
    for regex, level in _LEVELS:
        if regex.match(text.strip()):
            return level
    return None


def _first_line(doc: Document) -> str:
    """The document's first line of text: its first paragraph's first line where the reader joined more to it (a
    headline over a dateline, 北京商报·2026-01-25 10:32, or over the lead under it); the whole paragraph where it is
    short (a title wrapped over two lines) or its first line breaks off a clause (ends in ，：)."""
    block = next((b for b in doc.paragraphs if b.text.strip()), None)
    if block is None:
        return ""
    text = block.text.strip()
    if len(block.starts) < 2 or len(text) <= 40:
        return text
    line = block.text[: block.starts[1][0]].strip()
    return line if line and not line.endswith(("。", "；", "，", "：")) else text


def _is_headline(block: Paragraph) -> bool:
    """A document's first paragraph that is a title: one line, with no sentence end (a footnote's mark after it aside),
    that does not open with a year's lead as a target's sentence does (到2030年，婴儿死亡率控制在4‰以下)."""
    text = re.sub(r"(?:\[\d{1,3}\]|[①-⑩])+$", "", block.text.strip())
    return len(block.starts) == 1 and "\n" not in text and len(text) <= 120 \
        and not text.endswith(("。", ".", "；", ";", "：", ":")) \
        and not re.match(r"(?:力争|争取)?(?:到|至)?\s*(?:(?:19|20)\d{2}\s*年|“[^”]{2,4}”(?:期|时期)?)(?:年?[底末])?\s*[，,]"
                         r"|(?i:by\s+(?:19|20)\d{2}\s*,)", text)


#: a population's size (老年人口, 常住人口总量, 60岁及以上人口): what a text says it will be is most often a projection
_POPULATION = re.compile(r"人口(?:总量|总数|数量|数|规模)?$")
#: the nation as a region, and a clause about the nation's own figure (我国人均预期寿命要增加一岁) in a local text
_NATIONS = ("全国", "中国", "我国", "China", "national")
#: a line of its own that heads a plan's goals or indicators and names the plan's place (附：“健康甘肃2030”规划主要目标,
#: 健康甘肃2030主要指标, 附件2 甘肃省“十四五”卫生健康规划主要指标): whose goals the lines under it give
_PLAN_HEADING = re.compile(r"(?:附(?:件|录|表)?\s*[\d一二三四五六七八九十]*\s*[：:、.．]?\s*|[一二三四五六七八九十]+、\s*)?[“\"《]?"
                           r"(?:健康(?P<healthy>[\u4e00-\u9fff]{2,6}?)(?:20\d\d|行动)"
                           r"|(?<!附)(?!附)(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|县|自治州))(?=[“\"《]|十[一二三四五六]五|20\d\d))"
                           r"[^，,。；;]{0,24}?(?:目标|指标)[：:]?")


#: a line that opens a section (三、保障目标, 第二章, 附件2): it ends a quotation of another region's plan above it
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分]|附(?:件|录|表)?\s*[\d一二三四五六七八九十]*\s*[：:、.．\s])")


def _plan_heading(text: str | None) -> str | None:
    """The place a short line heading a plan's goals names (``附：“健康甘肃2030”规划主要目标`` → 甘肃), or None: not
    such a heading, or the nation's (健康中国2030, whose goals a region's plan adopts as its own)."""
    line = to_simplified((text or "").strip())
    heading = _PLAN_HEADING.fullmatch(line) if len(line) <= 40 else None
    if heading is None:
        return None
    place = heading.group("healthy") or heading.group("place")
    return None if place in (*_NATIONS, "国家") else place


def _other_regions_plan(text: str | None, region: str | None) -> tuple[str, str] | None:
    """The heading and the place where ``text`` heads the goals of another region's plan than ``region``'s (甘肃 in
    湖南省's plan; a province's in a city's); None where it heads none, heads the region's own (健康湖南2030; 健康龙岗 of
    深圳市龙岗区, 健康龙江 of 黑龙江省), names no place surely (健康知识普及行动: a special action's title, whose targets
    are drafted), or no region is known to tell."""
    place = _plan_heading(text)
    if place is None or not region or places.is_own(place, region) \
            or not places.is_known_place(place, region):
        return None
    return str(text).strip(), place


_THE_NATIONS = re.compile(r"^(?:我国|全国(?!各|范围|平均|[省市县区]))")


#: a line that leads this year's goals (建议全年经济社会发展预期目标, 今年主要预期目标：), and the word that says so
_THIS_YEARS_GOALS = re.compile(r"^(?:建议|提出)?(?P<word>今年|全年|本年度?)[^，,。；;]{0,16}?(?:目标|指标|任务)\s*[：:]?$"
                               # II. Main Expected Goals for This Year
                               r"|^(?:[IVX]{1,5}\.\s+)?(?i:(?:(?:main|major|key)\s+)?(?:expected\s+)?(?:goals?|targets?|"
                               r"objectives?)\s+for\s+(?P<english>this\s+year))\s*:?$")


def _relative_year(text: str, hit: Found, issued: int | None, said: str | None,
                   dated: int | None = None) -> tuple[int, str] | None:
    """The year and word a dated text's 今年 or 明年 gives a target of no year: the last of them before its words in the
    paragraph (今年…45%；明年，…50%: 2024 and 2025 in a text of 2024), else the paragraph's (``said``); None in a text of
    no date. 明年 is the year after the document's own date (``dated``: a 2024 work plan dated 2023年12月 means 2024)."""
    if issued is None or not said:
        return None
    at = text.find(hit.quote)
    before = text[:at + len(hit.quote)] if at >= 0 else ""
    words = [(before.rfind(word), word) for word in ("今年", "明年")]
    word = max(words)[1] if max(words)[0] >= 0 else said
    return ((dated if dated is not None else issued) + 1, word) if word == "明年" else (issued, word)


def _says_this_year(text: str, hit: Found) -> bool:
    """Whether ``text`` says 今年 or 明年 (this year, next year) in the sentence of ``hit``, before its words."""
    at = text.find(hit.quote)
    if at < 0:
        return False
    start = max(text.rfind(mark, 0, at) for mark in "。；;！!？?\n") + 1
    return bool(re.search(r"今年|明年", text[start:at + len(hit.quote)]))


def _this_years_goals(lead: str | None) -> str | None:
    """The word for this year (今年, 全年, 本年) of a lead that names this year's goals; None for any other text."""
    found = _THIS_YEARS_GOALS.match(lead.strip()) if lead else None
    return (found.group("word") or found.group("english")) if found else None


#: a line of a table's row that a page break cut out of its ruling: a row number, then cells (13 院设置老年医学科的 % 42 ≥60)
_CUT_ROW = re.compile(r"^\s*\d{1,3}\s+\S+(?:\s+\S+){2,}\s*$")
#: a page's furniture between two parts of a table: a page number, a running head's 表1 (续), a dash
_PAGE_FURNITURE = re.compile(r"^\s*(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?\s*$|^\s*(?:第\s*\d+\s*页|续表|续上表|表\s*\d+\s*[（(]续[)）])")


def _text_blocks(doc: Document, indicator_tables: set[int]) -> list[Paragraph]:
    """The document's paragraphs in order, with the sentences written in the cells of its other tables (a table of
    tasks, 序号 | 目标任务 | 责任单位, whose cells say 到2025年，全县婴儿死亡率控制在5‰以下): each such cell once (a
    merged cell's text repeats in every row it spans), at its own line."""
    blocks: list[Paragraph] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            if id(block) not in indicator_tables:  # (a row a page break cut out of a table is none of the text)
                blocks.append(block)
            continue
        if id(block) in indicator_tables or _TABLE_OF_RESULTS.search("".join(cell.text for cell in block.rows[0])
                                                                      if block.rows else ""):
            continue  # (序号 | 工作内容 | 完成情况: the last plan's targets, met or not)
        seen: set[str] = set()
        for row in block.rows:
            for cell in row:
                text = cell.text.strip()
                if text not in seen and _SENTENCE_IN_CELL.search(text):
                    seen.add(text)
                    blocks.append(paragraph(text, cell.line, cell.page))
    return blocks


#: a cell that holds a sentence with a year and a number: words around them (到2025年，全县婴儿死亡率控制在5‰以下), not
#: a name, a unit, a figure alone, nor a task with no year (婴儿死亡率控制在6‰以下 beside a 完成情况 cell)
_SENTENCE_IN_CELL = re.compile(r"(?=.*(?:(?:19|20)\d{2}\s*年|“?十[一二三四五六]五”?|\b(?:by|in|until)\s+(?:19|20)\d{2}\b))"
                               r"(?=.*(?:[\u4e00-\u9fff].*){8}|.*(?:[A-Za-z]{2,}\s+){4}).{10,}", re.S | re.I)
#: a header that makes a table one of results (完成情况, 完成值, 实际, 进展): its cells tell what was done
_TABLE_OF_RESULTS = re.compile(r"完成情况|完成值|实际完成|实施情况|进展情况|执行情况|(?i:progress|achieved|actual)")


def _paragraphs_with_targets(doc: Document, indicator_tables: set[int] = frozenset(), china: bool = True):
    """The paragraphs that may set targets (not headings, not in a section that looks back), and the sentences in
    the cells of tables other than ``indicator_tables``; each with the year a lead paragraph above it set, and that
    lead's text (an English lead's five-year plan period only where ``china``: the document is about China)."""
    skipping_at: int | None = None
    carried: int | None = None  # the year a lead ending in a colon sets for the paragraphs below it
    lead: str | None = None  # the heading or paragraph that set it
    section: int | None = None  # the level of the heading the paragraphs are under
    led_at: int | None = None  # the level of the section where a lead paragraph (not a heading) set ``carried``
    objective_seen = False  # an objective's heading (Strategic Objective 1: …) came before
    lead_in_objective = False  # … before the lead that set ``carried``: the lead is that objective's
    paragraph_lead = False  # ``carried`` was set by a lead paragraph (…实事及措施包括：), not a heading
    paragraphs = english_sentences.cards_joined(english_sentences.objectives_joined(_text_blocks(doc, indicator_tables)))
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]):
        # a news headline repeats the text below it, with no year of its own; a first line that heads a year's goals
        # ("2025年主要目标") sets that year for the lines below, as the same heading further down does
        carried = sentences.heading_year(paragraphs[0].text)
        lead = paragraphs[0].text if carried else None
        paragraphs = paragraphs[1:]
    for block in paragraphs:
        level = _heading_level(block.text)  # a number in the text first: one scheme for the document
        if level is None:
            level = block.heading  # Word's Heading 2 or HTML's h2, numbered by Word or not at all
        run_in = _RUN_IN.match(block.text.strip()) if level is None and not _ITEM_SENTENCE.match(block.text) else None
        if run_in and paragraph_lead and (_ONE_SENTENCE_ITEM.match(block.text) or re.search(r"\d", run_in.group("title"))):
            run_in = None  # an item of the lead's list (（五）常住人口超过6万的县均能…。全国新增…), no heading
        title = block.text
        if run_in and _heading_level(run_in.group("title")) is not None:
            # "（一）发展基础。“十三五”期间…": a heading that runs into its text opens a section too
            level, title = _heading_level(run_in.group("title")), run_in.group("title")
        if level is not None:
            own = sentences.heading_year(title)  # "二、2030年主要指标": the year of the lines under it
            # "到“十五五”期末，具体目标如下：" then "（一）慢性病防治。…": a heading under the lead's section, naming no year
            # of its own, heads a part of the lead's list
            if own is None and led_at is not None and level > led_at:
                own = carried
            else:
                led_at = None
                lead = title
            carried, section, paragraph_lead = own, level, False
            if skipping_at is not None and level <= skipping_at:
                skipping_at = None
            if skipping_at is None and _LOOKING_BACK.search(title) and carried is None:  # not 成就和…主要目标
                skipping_at = level
            if run_in is None:
                continue
        if skipping_at is None:
            yield block, carried, lead
            led = sentences.lead_year(block, china)
            if led:  # (a lead above every heading: the headings after it may be its list's or sections of their own)
                carried, lead, led_at, paragraph_lead = led, block.text, section, True
                lead_in_objective = objective_seen
            elif english_sentences.yearless_lead(block.text):  # "- Targets:" under another objective than 2015's
                carried, lead = None, block.text
            elif english_sentences.objective_heading(block.text):
                if lead_in_objective:  # "Strategic Objective 2:" after objective 1's "2028 targets:": its own year
                    carried, lead = None, block.text
                objective_seen = True  # (under "By 2030, the plan aims to:", "Goal 1: …" is an item of its list)
            elif _this_years_goals(block.text):  # the items below are this year's: the document's date says which
                lead = block.text

