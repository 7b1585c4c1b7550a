"""Notes under a table that give a place, an indicator or marked values another year than the table does.

``注：乙县为2022年数据。`` under a table of 2023 makes 乙县's value 2022's; passed over, it was judged as 2023's without a
word. Yearbooks and bulletins word such notes many ways (以2022年数据代替, 为2022年底数, 为上年数据, 数据为2022年（快报）,
带*的为2022年数据); the wordings live in ``rules/names.yaml`` (``redating_notes``). A note that names a place and another
year's figures in words none of them reads is still reported, as not read for sure: which year is meant is no guess.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from checker.language.script import to_simplified
from checker.records import record
from checker.rulefiles import load_rules_yaml


@record
class Redating:
    """One clause of a note that dates what ``subjects`` name: the clause's own words before the year, then the words
    of its sentence before the clause (以2022年数据代替 after 乙县2023年数据暂缺，). ``year`` is the year written, or
    None where it is counted ``back`` from the value's own (上年: 1). ``sure``: a wording that gives the value that year;
    otherwise the clause names a year and figures in words not read for sure. ``cells``: the years its subject's words
    name before the year it gives (孕产妇死亡率2024年以2023年数据代替: 2024), the values it dates; none, all named."""

    __slots__ = ("subjects", "year", "back", "sure", "marks", "cells")

    def __init__(self, subjects: tuple[str, ...], year: int | None, back: int, sure: bool,
                 marks: tuple[str, ...], cells: tuple[int, ...] = ()) -> None:
        self.subjects = subjects
        self.year = year
        self.back = back
        self.sure = sure
        self.marks = marks
        self.cells = cells

    def year_of(self, own: int) -> int:
        """The year the note gives a value of year ``own``."""
        return self.year if self.year is not None else own - self.back


@cache
def _vocabulary() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...], re.Pattern[str], dict[str, int],
                           tuple[str, ...], tuple[str, ...]]:
    """The year pattern, the sure wordings, the figure words, the years counted back, the marks and the source words
    of ``rules/names.yaml``'s ``redating_notes`` (read once, on the first note that may date anything)."""
    rules = load_rules_yaml("names.yaml").get("redating_notes") or {}
    back = {str(word): int(count) for word, count in (rules.get("years_back") or {}).items()}
    ends = "|".join(sorted(map(re.escape, rules.get("year_words") or ["年"]), key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, back), key=len, reverse=True)) or "(?!)"
    not_after = "|".join(sorted(map(re.escape, rules.get("not_dating_after") or []), key=len, reverse=True)) or "(?!)"
    year = (rf"(?:(?<![0-9])(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])(?!\s*(?:{ends})?\s*(?:{not_after}))\s*(?:{ends})?"
            rf"|(?<![比较与同])(?P<back>{words}))")
    sure = tuple(re.compile(str(pattern).replace("{year}", year)) for pattern in rules.get("sure") or ())
    figures = "|".join(map(re.escape, rules.get("figure_words") or [])) or "(?!)"
    return (re.compile(year), sure, re.compile(figures), back, tuple(rules.get("marks") or ()),
            tuple(str(word).casefold() for word in rules.get("sources") or ()))


def _clause_year(match: re.Match[str], back: dict[str, int]) -> tuple[int | None, int]:
    """The year a match of the year pattern writes, or the years it counts back."""
    if match.group("year"):
        return int(match.group("year")), 0
    return None, back[match.group("back")]


#: a clause's number after a stop or a space (1． 1. 1、; not 1.5: an ASCII dot before a digit is a decimal point,
#: unless a year follows: 2.2024年为快报数), and one that is a number wherever it stands (（1） ①)
_NUMBER = r"[0-9０-９]{1,2}\s*[．、]|[0-9０-９]{1,2}\.(?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}\s*年))"
_BRACKETED = r"[（(][0-9０-９]{1,2}[)）]|[\u2460-\u2473]"
#: Where a note's next clause starts: after a full stop or semicolon, at a clause's number at the note's start or
#: after a colon, a stop or a space, and at （1） or ① anywhere (text copied out of a PDF loses the space before it:
#: …为快报数（2）卫生总费用…)
_CLAUSE_START = rf"(?<=[。；;])(?=.)|(?:^|(?<=[:：。；;\s]))(?={_NUMBER})|(?={_BRACKETED})"
#: a note's head alone (注：, 说明:), which goes with the clause after it
_HEAD_ONLY = r"\s*\S{0,4}[:：]\s*"
#: a line that opens with a clause's number (2． 2. 2、 （2） ②): under a note's row, the note's next clause
_NUMBERED = rf"\s*(?:{_NUMBER}|{_BRACKETED})\s*\S"
#: a year as a note writes it (2023), for the sides of a comma
_A_YEAR = r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])"


def numbered_line(text: str) -> bool:
    """Whether a line opens with a clause's number (``2．2024年数据为快报数。``, ``（2）…``, ``2.…``): printed under a
    ``注：1．…`` row, it is the note's next clause, not a row of the table."""
    return bool(re.match(_NUMBERED, text))


def _comma_clauses(part: str, preliminary: tuple[str, ...]) -> list[str]:
    """``part`` cut at each comma where both sides have their own year or mark and preliminary word
    (``卫生总费用2023年为初步核算数，2024年为快报数``: two, so each keeps its own word); else itself
    (``本表…不含乡村医生，2023年为快报数``, ``2023年为快报数，下同``: one)."""
    pieces = re.split(r"(?<=[，,])", part)
    if len(pieces) < 2:
        return [part]
    marks = _vocabulary()[4]

    def own(piece: str) -> bool:
        text = to_simplified(unicodedata.normalize("NFKC", piece)).casefold()
        return any(word in text for word in preliminary) and (
            bool(re.search(_A_YEAR, text)) or any(mark in text for mark in marks))

    cut: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        if own(cut[-1]) and own(piece):
            cut.append(piece)
        else:
            cut[-1] += piece
    return cut


def note_clauses(footnote: str, preliminary: tuple[str, ...] = ()) -> list[str]:
    """The clauses of a note under a table, each as written (``注：1．*为快报数。2．卫生总费用2023年为初步核算数。``: two),
    the head (注：) with the first: each is read on its own, so that one clause's 快报 is not given to another's year
    nor its mark's meaning lost. A note of one clause is itself. Given the ``preliminary`` words, a comma between two
    sides each with its own year or mark and such a word cuts too (``*为快报数，卫生总费用2023年为初步核算数``)."""
    parts = [part for part in re.split(_CLAUSE_START, footnote) if part.strip()]
    if preliminary:
        parts = [piece for part in parts for piece in _comma_clauses(part, preliminary)]
    clauses: list[str] = []
    for part in parts:
        if clauses and re.fullmatch(_HEAD_ONLY, clauses[-1]):
            clauses[-1] += part
        else:
            clauses.append(part)
    return [footnote] if len(clauses) <= 1 else [clause.strip().rstrip("；;，,").rstrip() for clause in clauses]


def unnumbered(clause: str) -> str:
    """``clause`` with its circled number (①) a space: NFKC makes it a digit, ①2022年 a year 12022."""
    return re.sub(r"[\u2460-\u2473]", " ", clause)


def redatings(footnote: str, preliminary: tuple[str, ...] = ()) -> list[Redating]:
    """The clauses of ``footnote`` that give what they name another year (see :class:`Redating`): each clause read by a
    sure wording, and in a sentence that none reads, each year it names beside figures (乙县2022年数据). The note is
    cut into its clauses as :func:`note_clauses` cuts it with the ``preliminary`` words."""
    year_pattern, sure, figures, back, marks, sources = _vocabulary()
    text = to_simplified(unicodedata.normalize("NFKC", footnote)).strip()
    if text.casefold().startswith(sources):
        return []  # 资料来源：乙县2022年统计年鉴: where the figures come from, not their year
    found: list[Redating] = []
    sentences = [sentence for clause in note_clauses(footnote, preliminary) for sentence in re.split(r"[；;。]", to_simplified(
        unicodedata.normalize("NFKC", unnumbered(clause))))]
    for sentence in sentences:
        clauses = re.split(r"[，,]", sentence)
        read = False
        for index, clause in enumerate(clauses):
            for pattern in sure:
                for match in pattern.finditer(clause):
                    read = True
                    at = match.start("year") if match.group("year") else match.start("back")
                    own = clause[:at]
                    before = "，".join(clauses[:index])
                    cells = tuple(int(year) for year in re.findall(_A_YEAR, own) or re.findall(_A_YEAR, before))
                    found.append(Redating((own, before), *_clause_year(match, back), True,
                                          tuple(mark for mark in marks if mark in own or mark in before), cells))
        if read or not figures.search(sentence):
            continue
        for match in year_pattern.finditer(sentence):  # 乙县2022年数据: its figures' year, in words not read for sure
            found.append(Redating((sentence,), *_clause_year(match, back), False,
                                  tuple(mark for mark in marks if mark in sentence)))
    return found


def carries_mark(text: str, mark: str) -> bool:
    """Whether a value cell as written carries ``mark`` (4.6*, 4.6＊)."""
    return mark in unicodedata.normalize("NFKC", text)


def marks_named(clause: str) -> tuple[str, ...]:
    """The marks of ``rules/names.yaml``'s ``redating_notes`` that ``clause`` names (注：*为快报数, 带※的为2022年数据)."""
    text = unicodedata.normalize("NFKC", clause)
    return tuple(mark for mark in _vocabulary()[4] if mark in text)


@cache
def _ellipsis_legend() -> re.Pattern:
    """A note's clause that says what … means (“…”表示数据尚未公布, ...为暂无数据, "…" means not available, and an
    English legend's ``… Data not available``, a word right after it): its meaning;
    compiled on first use, off the everyday check's path (most files have no such note)."""
    return re.compile(r"[\"'“”‘’「」『』]?\s*(?:\.{3,}|…+)\s*[\"'“”‘’「」『』]?\s*(?:号|符号)?\s*"
                      r"(?:表示|代表|为|指|系|是|即|means?|denotes?|stands for|[:：=]|(?=[A-Za-z]))\s*"
                      r"(?P<meaning>[^。；;]+)",
                      re.IGNORECASE)


def ellipsis_meaning(footnote: str) -> str | None:
    """What a note under a table says its … means (``注：“…”表示数据尚未公布。``: 数据尚未公布); None where it says nothing
    of it."""
    found = _ellipsis_legend().search(unicodedata.normalize("NFKC", footnote))
    return found.group("meaning").strip(" ，,\"'“”") if found else None


def ellipsis_missing(meaning: str) -> bool:
    """Whether a note's meaning of … (:func:`ellipsis_meaning`) is a value missing (尚未公布, 暂无, not available), as
    ``rules/names.yaml``'s ``ellipsis_notes`` lists the words."""
    words = (load_rules_yaml("names.yaml").get("ellipsis_notes") or {}).get("missing") or ()
    text = to_simplified(meaning).casefold()
    return any(str(word).casefold() in text for word in words)
