"""Body text: the sentences that set a checkable target for a year.

Each sentence is cut into clauses at commas; a clause is a target when the grammar reads it
(:func:`checker.language.grammar.parse_target`) as something checkable — a number, a bound, a change,
a trend — with a subject that names the indicator (or follows a clause that did: ``人均预期寿命持续提高，
达到79.7岁``). The year is the clause's own (``到2025年``), else the sentence's, else the paragraph's
lead. ``A、B分别控制在4‰、6‰以下`` is split into one target per subject. A clause that looks like a
target (a number with a unit and a target word) but that the grammar cannot read is kept with a
review note; prose with nothing checkable is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.documents.model import Paragraph
from checker.errors import CheckerError
from checker.language.grammar import parse_target

_SENTENCE = re.compile(r"[^。；！？!?;]+[。；！？!?;]?")
_CLAUSE = re.compile(r"[^，,：:]+")
_YEAR_LEAD = re.compile(r"(?:到|至|力争到|力争至|在|于|截至)\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?")
_YEAR_GOALS = re.compile(r"((?:19|20)\d{2})\s*年的?(?:主要|具体)?(?:目标|指标)")
_LEAD_ONLY = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:力争|预计)?(?:到|至|截至)?\s*"
                        r"((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*$")
_LOOKS_TARGET = re.compile(r"\d(?:[\d.]*)\s*(?:%|％|‰|/10万|/万|岁|人|张|个|所|家|天|分钟|平方米)"
                           r"|(?:达到|达|不低于|不高于|不超过|不少于|控制在|提高到|提高至|降至|降到|下降到|下降至)\s*\d")
_WORTH = re.compile(r"\d|提高|提升|下降|降低|减少|增加|增长|改善|控制|达到|不低于|不高于|不超过|以上|以下|保持|稳定|"
                    r"优于|低于|高于|覆盖|左右|翻一番|减半|持续|逐步|明显|显著")
_RESPECTIVELY = re.compile(r"^(?P<subjects>.+?)(?:分别|依次)(?P<verb>[^\d]*?)(?P<values>\d[^、]*?(?:、\d[^、]*?)+)"
                           r"(?P<tail>以下|以上|左右|以内)?$")
_SUBJECT_START = re.compile(r"^(?:全市|全县|全区|全省|我市|我县|我区|全国|使|让|确保|实现|推动|促进|力争|努力|"
                            r"到|至)+")
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: where an unread clause's subject most likely ends: the first comparison or change word
_MARKER_SPLIT = re.compile(r"较|比(?![重例率])|从|由|达到|达(?!标)|提高|提升|降至|降到|下降|降低|控制|不低于|不高于|不超过|保持|稳定在|增加|减少|"
                           r"超过|低于|高于|\d")
_NOT_CHECKABLE = ("achieved", "unspecified", "external")
#: a target states a change, a bound or a verb; a bare amount ("耕地面积29977.37公顷") is a fact
_BARE = re.compile(r"^[\d.,，、~～—-]+\s*[^\d\s]{0,5}$")
#: a subject that shows the clause tells what happened or why, not what must be reached
_NARRATIVE = re.compile(r"由[^，,]*\d|^随着|^对|^带动|^可|^将|得到$|日益$|有待$|整体$|实质性$|的$|将$|都$|均有$|"
                        r"^(?:严格)?控制|^加快|^推动|^促进|^加强|^构建|^优化|^完善|^探索|^聚焦")
#: the verbs of a deliverable that a year makes checkable (到2025年，建成…)
_VERB_FIRST = re.compile(r"^(?P<verb>(?:逐步|进一步|稳步|持续|不断|加快|有效|适当|大力|明显|显著)?"
                         r"(?:提高|提升|降低|减少|增加|扩大|巩固|下降))(?P<object>[^，,]{2,30}?"
                         r"(?:率|比例|比重|标准|数量|人数|覆盖面|规模|频次|占比|床位数|医师数|护士数))$")
#: a capacity or level with only a trend ("服务水平明显提高") is a wish no data can check
_VAGUE = re.compile(r"(?:水平|能力|质量|素质|效率|实力|意识|作用|环境|体系|机制)$")
_DELIVER = re.compile(r"^(?:力争|努力)?(?:基本|全面|初步)?(?:建成|建立|实现|创建|形成|消除)")
_MAX_SUBJECT = 30


@dataclass
class Found:
    subject: str
    text: str  # the target's words, verbatim (the clause after its subject)
    quote: str  # the clause
    line: int
    page: int | None
    year: int | None
    review: list[str] = field(default_factory=list)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_ADVERBS = re.compile(r"(?:进一步|逐步|持续|不断|稳步|继续|力争|努力|要|均|都|也)+$")


def _clean_subject(subject: str) -> str:
    subject = _SUBJECT_START.sub("", subject.strip(" ，,、：:"))
    subject = _ADVERBS.sub("", subject)
    return subject.strip(" ，,、：:")


def _after(clause: str, subject: str | None) -> str:
    """The clause's words after its subject and any year (the target itself)."""
    text = clause
    if subject:
        at = clause.find(subject)
        if at >= 0:
            text = clause[at + len(subject):]
    text = text.strip(" ，,、：:")
    text = re.sub(r"^(?:[在于到至]\s*)?(?:19|20)\d{2}\s*年(?:底|末)?(?:前)?[，,]?", "", text).strip(" ，,、")
    for word in ("均", "都", "也"):
        if text.startswith(word) and len(text) > 1:
            text = text[1:]
    return text or clause


def find(paragraph: Paragraph, year: int | None = None) -> list[Found]:
    """The targets a paragraph sets; ``year`` is the year a lead before it set (``到2025年，实现以下目标：``)."""
    found: list[Found] = []
    text = paragraph.text
    year_now: int | None = year
    lead = _YEAR_LEAD.match(text.lstrip("（(一二三四五六七八九十0123456789)）、.． "))
    if lead:
        year_now = int(lead.group(1))
    for sentence in _SENTENCE.finditer(text):
        subject_before: str | None = None
        for clause_match in _CLAUSE.finditer(sentence.group(0)):
            clause = clause_match.group(0).strip().rstrip("。；！？!?;").lstrip("—-－ ")
            offset = sentence.start() + clause_match.start()
            if not clause:
                continue
            only = _LEAD_ONLY.match(clause)
            if only:
                year_now = int(only.group(1))
                continue
            own_year = _YEAR_LEAD.search(clause) or _YEAR_GOALS.search(clause)
            if own_year:
                year_now = int(own_year.group(1))
            if not _WORTH.search(clause) or len(clause) > 120 or _DATE.search(clause):
                subject_before = None
                continue
            line, page = paragraph.position(offset + max(len(clause) - len(clause.lstrip()), 0))
            split = _respectively(clause, line, page, year_now)
            if split:
                found.extend(split)
                subject_before = None
                continue
            verb_first = _VERB_FIRST.match(clause)
            if verb_first and not any(word in verb_first.group("object") for word in ("提高", "降低", "的")):
                found.append(Found(subject=_clean_subject(verb_first.group("object")), text=verb_first.group("verb"),
                                   quote=clause, line=line, page=page, year=year_now))
                subject_before = None
                continue
            try:
                rule = parse_target(clause)
            except CheckerError as error:
                if _LOOKS_TARGET.search(clause) and (subject_before or len(clause) <= 60):
                    named = _clean_subject(_MARKER_SPLIT.split(clause, maxsplit=1)[0])
                    found.append(Found(subject=subject_before or (named if len(named) >= 2 else clause),
                                       text=clause, quote=clause,
                                       line=line, page=page, year=year_now,
                                       review=[f"the grammar cannot read this clause: {error.message}"]))
                subject_before = None
                continue
            deliverable = rule.kind == "achieved" and year_now is not None and _DELIVER.match(clause)
            if deliverable:
                found.append(Found(subject=_clean_subject(_DELIVER.sub("", clause)), text=clause, quote=clause,
                                   line=line, page=page, year=rule.year or year_now))
                subject_before = None
                continue
            if rule.kind in _NOT_CHECKABLE or (rule.kind == "full_coverage" and not rule.subject):
                subject_before = None
                continue
            if rule.subject and _NARRATIVE.search(rule.subject):
                subject_before = None
                continue
            if rule.kind in ("trend", "maintain") and _VAGUE.search(_clean_subject(rule.subject or subject_before or "")):
                continue
            subject = _clean_subject(rule.subject) if rule.subject else None
            review = []
            if not subject:
                if not subject_before:
                    continue
                subject = subject_before
            if len(subject) > _MAX_SUBJECT:
                continue
            year = rule.year or year_now
            words = _after(clause, rule.subject)
            if _BARE.match(squeeze(words)) and rule.kind in ("reach", "around"):
                continue
            parts = [part for part in subject.split("、") if part]
            if len(parts) > 1 and "等" not in subject and all(len(part) >= 3 for part in parts):
                for part in parts:  # "农村集中供水率、农村自来水普及率进一步提高": one target each
                    found.append(Found(subject=part, text=words, quote=clause, line=line, page=page, year=year,
                                       review=review + [f"one of several indicators the clause names ({subject})"]))
            else:
                found.append(Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year,
                                   review=review))
            subject_before = subject
    return found


def _respectively(clause: str, line: int, page: int | None, year: int | None) -> list[Found]:
    """``婴儿死亡率、5岁以下儿童死亡率分别控制在4‰、6‰以下`` → one target per subject."""
    match = _RESPECTIVELY.match(clause)
    if not match:
        return []
    subjects = [s for s in re.split(r"[、和及与]", match.group("subjects")) if s.strip()]
    values = match.group("values").split("、")
    if len(subjects) != len(values):
        return []
    out = []
    tail = match.group("tail") or ""
    for subject, value in zip(subjects, values):
        words = f"{match.group('verb')}{value}{tail}"
        review = [f"one of several targets in one sentence ({'、'.join(values)}{tail}): check the pairing"]
        try:
            parse_target(words)
        except CheckerError as error:
            review.append(f"the grammar cannot read {words!r}: {error.message}")
        out.append(Found(subject=_clean_subject(subject), text=words, quote=clause, line=line, page=page,
                         year=year, review=review))
    return out


def lead_year(paragraph: Paragraph) -> int | None:
    """The year a paragraph that introduces a list sets for the paragraphs after it (``到2025年，具体实现以下目标：``)."""
    text = paragraph.text.strip()
    if not text.endswith(("：", ":")) or len(text) > 80:
        return None
    match = _YEAR_LEAD.search(text)
    return int(match.group(1)) if match else None
