"""Body-text forms written the way plans write them, found wrong in a battery of 21 sentences (2026-12-04):
each test's sentences are written for it."""

from __future__ import annotations

from checker.documents.model import paragraph
from checker.documents.sentences import find


def _found(text: str, year: int | None = None) -> set[tuple]:
    return {(f.subject, f.text, f.year) for f in find(paragraph(text, 1), year)}


def test_a_change_from_the_end_of_the_last_period_is_for_the_sentences_year():
    """"到2025年，婴儿死亡率比“十三五”末下降10%" was drafted for 2020, with no note: the period's end that the
    change is measured from (比/较“十三五”末) was taken for the year to reach."""
    assert _found("到2025年，婴儿死亡率比“十三五”末下降10%。") == {("婴儿死亡率", "比“十三五”末下降10%", 2025)}
    assert ("孕产妇死亡率", "较“十三五”末下降0.5个十万分点", 2025) in _found(
        "到2025年，全市孕产妇死亡率不高于10/10万，较“十三五”末下降0.5个十万分点。")
    assert _found("到“十四五”期末，全市人均期望寿命达到80岁。") == {("人均期望寿命", "达到80岁", 2025)}


def test_each_verb_of_a_thing_to_be_built_is_cut_from_its_name():
    """"全市新建、改扩建乡镇卫生院20所" was named "、改扩建乡镇卫生院"."""
    assert _found("到2025年，全市新建、改扩建乡镇卫生院20所。") == {("乡镇卫生院", "20所", 2025)}
    assert _found("到2025年，新建体育主题公园80个。") == {("体育主题公园", "80个", 2025)}
