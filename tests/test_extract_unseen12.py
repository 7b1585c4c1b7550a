"""Twelfth round of unseen texts (county tables of a life-expectancy action plan, a mental-health plan's numbered
goals, a newspaper's report of a provincial plan, a legislator's question quoting an estimate): each test's
sentences are written for it, in the forms those texts use."""

from __future__ import annotations

from checker.documents.draft import build
from checker.documents.text import read_text
from checker.errors import CheckerError
from drafts import drafted_words


def _drafted(text: str) -> set[tuple]:
    """(indicator name, year, target text) of every target drafted from ``text``."""
    return drafted_words(build(read_text(text, "plan.txt")))


def _drafted_or_none(text: str) -> set[tuple]:
    """What :func:`_drafted` gives, or nothing where the text is refused."""
    try:
        return _drafted(text)
    except CheckerError:
        return set()


def _flattened(rows: list[list[str]], header: list[str]) -> str:
    """A table copied from a web page: one cell a line, each ending in `` |``."""
    return "\n".join(f"{cell} |" for row in [header, *rows] for cell in row) + "\n"


_HEADER = ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位", "责任单位"]
_DEPARTMENTS = ("县教育局、县民政局、县财政局、县人社局、县住建局、县城管局、县市场监管局、县医保局、县体育局、"
                "县交警大队等单位,各乡镇人民政府")


def test_a_flattened_table_with_long_lists_of_departments_is_read():
    """A county's goals table, one cell a line, had a 责任单位 column whose cells list a dozen departments (longer
    than any value, with commas): the table ended at the first such cell and the whole text was refused. A long
    cell under a column of who is responsible is a cell still."""
    rows = [["1", "人均预期寿命", "岁", "78.1", "≥79.2", "≥80", "县卫健局", _DEPARTMENTS],
            ["2", "居民健康素养水平", "%", "24.5", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
            ["3", "婴儿死亡率", "‰", "3.6", "持续改善", "持续改善", "县卫健局", "县妇幼保健院,各乡镇人民政府"]]
    drafted = _drafted("样例县人均预期寿命提升行动主要目标\n" + _flattened(rows, _HEADER))
    assert {(name, year, words) for name, year, words in drafted} == {
        ("人均预期寿命", 2025, "≥79.2"), ("人均预期寿命", 2027, "≥80"),
        ("居民健康素养水平", 2025, "≥31.5"), ("居民健康素养水平", 2027, "≥33"),
        ("婴儿死亡率", 2025, "持续改善"), ("婴儿死亡率", 2027, "持续改善")}


def test_a_header_repeated_inside_a_flattened_table_is_skipped():
    """A table printed over two pages repeats its header before the rows of the second: the header's cells were
    taken for group rows, and the row after them drafted with the domain 责任单位. The repeated header is
    skipped; and a caption line just above the header that names goals (样例县主要目标) is no goal column (it was
    read as one, with a note that it names no year)."""
    rows = [["1", "人均预期寿命", "岁", "78.1", "≥79.2", "≥80", "县卫健局", "县民政局,各乡镇人民政府"],
            ["2", "居民健康素养水平", "%", "24.5", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
            _HEADER,
            ["3", "5岁以下儿童死亡率", "‰", "5.1", "持续改善", "持续改善", "县卫健局", "县妇幼保健院,各乡镇人民政府"]]
    draft = build(read_text("样例县主要目标\n" + _flattened(rows, _HEADER), "plan.txt"))
    drafted = drafted_words(draft)
    assert ("5岁以下儿童死亡率", 2027, "持续改善") in drafted
    assert len(drafted) == 6
    assert not any("domain" in indicator for indicator in draft.indicators)
    assert "names no year" not in draft.plan.get("review", "")
