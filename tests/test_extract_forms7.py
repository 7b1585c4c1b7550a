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
    assert _found("到2025年，全市新建、改扩建乡镇卫生院20所。") == {("新建、改扩建乡镇卫生院", "20所", 2025)}
    assert _found("到2025年，新建体育主题公园80个。") == {("新建体育主题公园", "80个", 2025)}


def test_a_ratio_is_one_clause_and_in_step_is_a_link():
    """"医护比达到1:1.2" was cut at its colon and ``1.2`` drafted as a bare amount for 医护; "健康预期寿命同步提高"
    was named "健康预期寿命同步" (同步 is no part of a name: it is in step with another indicator)."""
    found = _found("到2025年，全市注册护士数达到3.8人，医护比达到1:1.2。")
    assert not any(text == "1.2" for _, text, _ in found)
    assert ("健康预期寿命", "同步提高", 2025) in _found("到2025年，人均预期寿命较2020年提高1岁左右，健康预期寿命同步提高。")


def test_two_bounds_on_one_subject_and_a_second_target_after_a_joining_word():
    """"居民健康素养水平不低于全省平均水平且达到28%以上" set nothing (the compound rule had no subject);
    "…达到90%以上，且逐年提高" kept 且 in the target's words; "…，并保持持续上升" was left out."""
    assert _found("到2025年，居民健康素养水平不低于全省平均水平且达到28%以上。") == {
        ("居民健康素养水平", "不低于全省平均水平且达到28%以上", 2025)}
    assert ("职业健康检查覆盖率", "逐年提高", 2025) in _found("到2025年，职业健康检查覆盖率达到90%以上，且逐年提高。")
    assert ("人均预期寿命", "保持持续上升", 2030) in _found("到2030年，人均预期寿命达到80岁，并保持持续上升。")


def test_listed_names_each_with_its_own_share_and_a_change_from_last_year():
    """"实现县域内就诊率90%、基层就诊率65%的目标" was one deliverable named by the whole list; without 实现…的目标
    both names got 65% (the first named "县域内就诊率90%"). "比上年提高0.3岁" after a year's figure is a report's
    change from the year before, no target."""
    for text in ("到2025年，实现县域内就诊率90%、基层就诊率65%的目标。", "到2025年，县域内就诊率90%、基层就诊率65%。"):
        assert _found(text) == {("县域内就诊率", "90%", 2025), ("基层就诊率", "65%", 2025)}
    assert _found("2021年全市人均预期寿命为80.2岁，比上年提高0.3岁。") == set()


def test_two_rates_joined_by_he_that_both_reach_a_level_and_a_part_that_shares_a_word():
    """"孕产妇系统管理率和3岁以下儿童系统管理率均达到90%以上" was one target named by both rates; now one each,
    flagged. A count and a share joined by 和 (床位数和服务量占比均达25%) stay one name: 占比 is both's.
    "其中农村居民达到25%" after 居民健康素养水平 was named 农村居民居民健康素养水平."""
    assert {name for name, _, _ in _found("到2025年，孕产妇系统管理率和3岁以下儿童系统管理率均达到90%以上。")} == {
        "孕产妇系统管理率", "3岁以下儿童系统管理率"}
    assert {name for name, _, _ in _found("到2025年，社会资本举办的医疗机构床位数和服务量占比均达到25%以上。")} == {
        "社会资本举办的医疗机构床位数和服务量占比"}
    assert ("农村居民健康素养水平", "达到25%", 2025) in _found("到2025年，居民健康素养水平达到30%，其中农村居民达到25%。")


def test_a_listed_name_without_its_measure_takes_the_last_ones():
    """"职工医保、城乡居民医保参保率均稳定在98%以上" drafted a target named 职工医保 (an insurance scheme, not a
    rate): a listed name with no measure of its own that ends with a word of the last one takes that one's measure
    after the word (职工医保参保率)."""
    assert {name for name, _, _ in _found("到2025年，全市职工医保、城乡居民医保参保率均稳定在98%以上。")} == {
        "职工医保参保率", "城乡居民医保参保率"}


def test_a_ratio_named_with_bi():
    """"医护比达到1.2" was refused by the grammar (比 read as a comparison) and drafted under the name 医护: the
    ratio's name ends in 比, as 性别比 does."""
    assert _found("到2025年，医护比达到1.2。") == {("医护比", "达到1.2", 2025)}
    assert _found("到2025年，婴儿死亡率比2020年下降10%。") == {("婴儿死亡率", "比2020年下降10%", 2025)}
