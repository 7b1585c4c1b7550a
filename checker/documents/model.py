"""What every reader gives: paragraphs and tables in document order, each piece with its line.

A line is the document's own where it has lines (text, Markdown, HTML); a paragraph or table row
counted in document order for Word; for PDF the line of the extracted text, with its page.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.language.rule import Rule

#: white space between two CJK characters or marks: a break inside a word (人均预期<br>寿命) or letters spaced
#: out to fill a cell (人 均 预 期 寿 命); the radicals some PDF makers write for characters (⽼ for 老) are such characters
_CJK_GAP = re.compile(r"(?<=[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20])\s+"
                      r"(?=[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20])")
#: a cell's line break between a number and the unit or Chinese word beside it ("下降30⏎%", "下降⏎30%"); a space
#: typed there stays, as written
_NUMBER_BREAK = re.compile(r"(?<=\d)[ \t]*\n\s*(?=[%‰％/\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \t]*\n\s*(?=\d)")


def one_line(text: str) -> str:
    """A table cell's text on one line: runs of white space as one space, none between two Chinese
    characters, and no line break between a number and the unit or Chinese word beside it (a cell's line
    breaks and spans are not word breaks in Chinese; in English they are)."""
    return _CJK_GAP.sub("", " ".join(_NUMBER_BREAK.sub("", text).split()))


@dataclass(frozen=True)
class Cell:
    text: str
    line: int
    page: int | None = None
    #: the footnote marks set raised in the cell (婴儿死亡率<sup>①</sup>, a Word run set superscript), which the reader
    #: takes out of its text (never a digit of the number: ≤12 and a raised 3 read ≤123) and keeps here, so that the
    #: note they point to is said
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    line: int
    caption: str | None = None  # the paragraph just before the table, where there is one
    row_notes: tuple[tuple[int, str], ...] = ()  # (row index, what a person should check in that row)


@dataclass(frozen=True)
class Paragraph:
    """Text joined from one or more lines; ``starts`` holds (offset in text, line, page) per piece."""

    text: str
    starts: tuple[tuple[int, int, int | None], ...]
    heading: int | None = None  # the level a format marks it a heading at (Word's Heading 2, HTML's h2)

    @property
    def line(self) -> int:
        return self.starts[0][1]

    @cached_property
    def _offsets(self) -> list[int]:
        """Where each piece starts in the text, found once (a paragraph may join thousands of lines)."""
        return [start for start, _, _ in self.starts]

    def position(self, offset: int) -> tuple[int, int | None]:
        """The line (and page) of a character of the text."""
        index = bisect.bisect_right(self._offsets, offset) - 1
        _, line, page = self.starts[max(index, 0)]
        return line, page


@dataclass
class Document:
    path: str
    kind: str  # text, markdown, docx, pdf, html
    blocks: list = field(default_factory=list)  # Paragraph | Table
    lines: dict[int, str] = field(default_factory=dict)  # line → its text, for quotes
    pictures: list[int] = field(default_factory=list)  # PDF pages a picture covers, (almost) no text: a table may be one
    sideways: list[int] = field(default_factory=list)  # pages (PDF) whose text is mostly set sideways: not read
    #: lines (PDF) of a table row a page break cut out of its table's ruling whose lines could not be put together into
    #: the row (a wrapped cell whose pieces stand apart from it): left out and said, never read as sentences
    cut_rows: list[int] = field(default_factory=list)
    #: lines (plain text) laid out as a table's rows, cells parted by wide spaces and figures beside a name, three or
    #: more together, under no header the reader reads: not read as a table, and said, never lost without a word
    unread_rows: list[int] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes, recorded in the draft so that a report can name the document it rests on
    #: the title the file gives itself apart from its text (a web page's ``<title>``), as written; "" where none
    given_title: str = ""

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


def paragraph(text: str, line: int, page: int | None = None, heading: int | None = None) -> Paragraph:
    return Paragraph(text, ((0, line, page),), heading)


#: how a review note opens where the grammar could not read a target's words (:attr:`Found.unread`)
UNREAD = "the grammar cannot read"

#: what a raised footnote mark may be: digits, or a mark of the kind, bracketed or not (3, [4], ②, *)
_RAISED_MARK = re.compile(r"[\[(（]?[\d*＊†‡§#①-⑳]{1,3}[\])）]?")


def raised_footnote_mark(raised: str, before: str) -> bool:
    """Whether text set raised (Word's superscript run, HTML's ``<sup>``) after ``before`` is a footnote mark — never
    a digit of the number before it (``≤12`` and a raised 3 read ``≤123``) — and not a unit's power (m², after a Latin
    letter) or a power of ten (10⁵)."""
    return bool(_RAISED_MARK.fullmatch(raised.strip())) and bool(before.strip()) \
        and not re.search(r"[A-Za-z]$|(?<!\d)10$", before.rstrip())


#: how a note under or in a table opens (注：…, 备注:, 注释：): what it says explains, it sets no target
NOTE_OPENING = re.compile(r"^(?:注|备注|注释|附注|註|備註|註釋)\s*[0-9①-⑳]*\s*[：:]")

#: how a note row between an indicator table's rows opens (说明：…, 计算方法：…, or a note as above): it explains the
#: row above it and sets nothing
ROW_NOTE = re.compile(NOTE_OPENING.pattern + r"|^(?:说明|說明|计算方法|計算方法)\s*[：:]")

#: how a review note opens where a sentence gives its years in another calendar (:attr:`Found.undated`)
OTHER_CALENDAR = "years written in another calendar"

#: how the review note opens where a sentence's time is counted from now (未来8年内, 今后五年): where the document
#: names no period of its own to end it (a title's span, a table's years) its targets of no year are left out
#: (:attr:`Found.from_now`)
FROM_NOW = "a time counted from a date the text does not give"

#: how a review note opens where a target is set for the plan's own year, named by no sentence (:attr:`Found.for_plan_year`)
PLAN_YEAR = "set for the plan's target year"
#: how a review note opens of a line in a headline's past tense with no auxiliary ("Infant Mortality Rate reduced to
#: 30/1000 live births."): a result, or a goal where a heading of goals or outcomes over it and the plan's span say so;
#: the draft decides (:attr:`Found.past_headline`)
PAST_HEADLINE = "a line of its own in a headline's past tense"
#: the review note of a level stated as it stands now ("Infant mortality is 69 per 1,000"), which the draft leaves out
LEVEL_NOW = "a level stated as it stands now"

#: how the review note opens of a clause that looks like a target but names nothing it could be drafted under (a
#: deliverable whose name a comma cuts): the draft counts it under ``left_out`` with the note as its reason
LEFT_OUT = "left out: "

#: rule kinds that set nothing data can check (done or not, no target given, set elsewhere)
NOT_CHECKABLE = ("achieved", "unspecified", "external")


@dataclass
class Found:
    """A target found in body text, before it is drafted: the subject that names its indicator."""

    subject: str
    text: str  # the target's words, verbatim (the clause after its subject)
    quote: str  # the clause
    line: int
    page: int | None
    year: int | None
    review: list[str] = field(default_factory=list)
    direction: str | None = None  # the way the text says is better, where its words state it (Reduce …: down)
    strive: bool = False  # 力争 stands before the target's words, outside them (力争到2025年，…达到80岁)
    base: tuple[int, str] | None = None  # the year and value its words label a baseline ("70 (2011 baseline)")
    # the year a from-to's start of no year of its own stood in, where the sentence says when the target was set ("In 2014
    # the government set a target to reduce X from 12% to 6% by 2020": 2014)
    start_year: int | None = None
    # the reading its words have with the verb of the clause before them, where they do not read alone ("from 21 to 16
    # per 1,000" after "reducing …": ≤ 16, from 21): what the draft takes a from-to's start from
    carried: Rule | None = None
    # the review note that only passes on the grammar's refusal of its words as the finder tried them, with no unit
    # (not a reason of the finder's own): the indicator's unit, known later, may read them (…達4.35億 in 万人)
    refused: str | None = None
    # the years its sentence counts ahead on its own (通过3-5年努力: 3, 5, and the words), from a date the draft knows:
    # its year is then worked out there, never the sentence before's (:func:`sentences.own_horizon`)
    horizon: tuple[int, int, str] | None = None

    @property
    def unread(self) -> bool:
        """Whether the grammar could not read the target's words (a review note says so)."""
        return any(note.startswith(UNREAD) for note in self.review)

    @property
    def for_plan_year(self) -> bool:
        """Whether it is the target of the plan's own year (an objective's ``Target:`` line under a title that
        names it), not a standing requirement."""
        return any(note.startswith(PLAN_YEAR) for note in self.review)

    @property
    def stated_now(self) -> bool:
        """Whether it states a level as it stands now, with no year or word of a goal: a fact, no target."""
        return LEVEL_NOW in self.review

    @property
    def past_headline(self) -> bool:
        """Whether it is a line in a headline's past tense, no auxiliary before it, no heading of a year's goals over it
        (:data:`PAST_HEADLINE`): drafted only where the draft finds a heading of goals and a year for it."""
        return any(note.startswith(PAST_HEADLINE) for note in self.review)

    @property
    def left_out(self) -> str | None:
        """Why it is left out of the draft, counted there, where it names nothing to draft (:data:`LEFT_OUT`)."""
        return next((note for note in self.review if note.startswith(LEFT_OUT)), None)

    @property
    def from_now(self) -> bool:
        """Whether its sentence gives its time as years from now (未来8年内), which no date in the text fixes."""
        return any(note.startswith(FROM_NOW) for note in self.review)

    @property
    def undated(self) -> bool:
        """Whether its sentence gives years in another calendar (从79年…降至105年…), so no year can be placed."""
        return any(note.startswith(OTHER_CALENDAR) for note in self.review)
