"""Forty-first round: an indicator table laid out with spaces in Chinese plan text, as PDF-to-text gives it.

The 专栏 of the 内蒙古 十四五 disability plan, as its own site serves the PDF's text, has a blank line (sometimes two) between
its rows and after its header, and a header whose two-letter words are spaced out to fill their cells (`指 标`, `属 性`).
The table kept its first row only (six targets, three 约束性, lost with nothing said), or was not found at all and the
whole plan refused with a message about body sentences. Rows are short inline copies of the table's layout.
"""

from __future__ import annotations

import pytest

from drafts import draft_from, drafted_from
from checker.errors import CheckerError

_PAD = " " * 12


def _row(number: int, name: str, value: str, nature: str) -> str:
    """A row laid out as the PDF's text lays it: the name, then the 2025 value and the 属性 at fixed columns."""
    return f"{number}.{name}".ljust(40) + value.ljust(12) + nature


_ROWS = [
    _row(1, "残疾人家庭人均收入年均增长(%)", ">7.5", "预期性"),
    _row(2, "城乡残疾人职业技能培训人数(万人)", ">4", "预期性"),
    _row(3, "困难残疾人生活补贴覆盖率(%)", "100", "约束性"),
    _row(4, "残疾人基本医疗保险参保率(%)", ">95", "预期性"),
]
_WANTED = {
    ("残疾人家庭人均收入年均增长", 2025, ">7.5"),
    ("城乡残疾人职业技能培训人数", 2025, ">4"),
    ("困难残疾人生活补贴覆盖率", 2025, "100"),
    ("残疾人基本医疗保险参保率", 2025, ">95"),
}
_TITLE = "某自治区“十四五”残疾人事业发展规划\n\n专栏 1        “十四五”时期残疾人事业发展主要指标\n"
_HEADER = "指标" + " " * 30 + "2025年      属性"


def _natures(text: str) -> dict[str, str]:
    return {item["name"]["zh"]: item.get("nature") for item in draft_from(text).indicators}


@pytest.mark.parametrize("between", ["\n\n", "\n\n\n"])
def test_rows_with_blank_lines_between_them_are_one_table(between):
    """t15: a blank line after each row kept the first row only, the rest lost with `left_out` empty. A row after one or
    two blank lines that is laid out as the table's rows are is the table's next row."""
    text = _TITLE + _HEADER + "\n" + between.join(_ROWS) + "\n"
    assert drafted_from(text) == _WANTED
    assert _natures(text)["困难残疾人生活补贴覆盖率"] == "约束性"


def test_a_blank_line_under_the_header_does_not_end_the_table():
    """t10: the header, one blank line, then the rows: refused whole as "no indicator table"."""
    text = _TITLE + _HEADER + "\n\n" + "\n".join(_ROWS) + "\n"
    assert drafted_from(text) == _WANTED


@pytest.mark.parametrize("header", [
    "指 标" + " " * 30 + "2025 年      属 性",     # t11: letters spaced out to fill the cell
    "指 标" + " " * 30 + "2025年      属 性",      # t12
    "指      标" + " " * 25 + "2025 年      属      性",  # spaced wider than the gap between columns
])
def test_a_header_whose_letters_are_spaced_out_is_a_header(header):
    """`指 标   2025 年   属 性`: a PDF's or Word's justified two-letter header cell, which docs/extract.md says is no word
    break. It was no header, and the plan refused."""
    text = _TITLE + header + "\n" + "\n".join(_ROWS) + "\n"
    assert drafted_from(text) == _WANTED
    assert set(_natures(text).values()) == {"预期性", "约束性"}


def test_prose_after_the_table_is_no_row():
    """Past a blank line a table runs on only to a row laid out as its rows: a sentence (even one parted by wide spaces
    with a figure in it) and a note end it, and are read as text."""
    text = (_TITLE + _HEADER + "\n\n" + "\n\n".join(_ROWS) + "\n\n"
            + "注：残疾人家庭人均收入    7.5    按可比价计算。\n\n"
            + "到2025年，残疾儿童少年义务教育入学率达到97%。\n")
    draft = draft_from(text)
    assert [found.rows[-1].name for found in draft.tables] == ["残疾人基本医疗保险参保率"]
    words = {(item["name"]["zh"], year, entry["text"]) for item in draft.indicators
             for year, entry in item["targets"].items()}
    assert words == _WANTED | {("残疾儿童少年义务教育入学率", 2025, "达到97%")}


def test_a_second_tables_header_after_a_blank_line_starts_its_own_table():
    """A header after the blank line is another table's, never a row of the first."""
    second = "指标" + " " * 30 + "2030年      属性\n" + _row(1, "残疾人基本康复服务覆盖率(%)", ">85", "预期性") + "\n"
    text = _TITLE + _HEADER + "\n\n" + "\n\n".join(_ROWS) + "\n\n" + second
    draft = draft_from(text)
    assert len(draft.tables) == 2
    assert ("残疾人基本康复服务覆盖率", 2030, ">85") in drafted_from(text)


_UNREAD_HEADER = "名称" + " " * 30 + "数值        类别"  # names no indicator and no year: no header the reader reads


def test_rows_under_no_header_read_are_named_in_the_refusal():
    """nmg_cjr.txt was refused as "1 sentence(s) read like targets … but none is set for a year": the table seen and not
    read was never named. Lines laid out as a table's rows under no header read are now said, with their lines."""
    text = _TITLE + "为推动残疾人事业发展，制定本规划。\n\n" + _UNREAD_HEADER + "\n\n" + "\n\n".join(_ROWS) + "\n"
    with pytest.raises(CheckerError) as refused:
        draft_from(text)
    message = str(refused.value)
    assert "4 line(s) are laid out as a table's rows (lines 8, 10, 12, 14)" in message


def test_rows_under_no_header_read_are_left_out_with_their_lines():
    """Where the plan drafts other targets, the table's rows not read are counted under `left_out`, never lost in
    silence."""
    text = (_TITLE + "到2025年，残疾儿童少年义务教育入学率达到97%。\n\n" + _UNREAD_HEADER + "\n"
            + "\n".join(_ROWS) + "\n")
    draft = draft_from(text)
    assert drafted_from(text) == {("残疾儿童少年义务教育入学率", 2025, "达到97%")}
    (why, lines), = ((why, lines) for why, lines in draft.left_out.items() if "table's rows" in why)
    assert lines == [7, 8, 9, 10]
