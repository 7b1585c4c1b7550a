"""Fifteenth round of unseen texts (Chinese): pages that carry pinyin glosses or garbled punctuation, plans whose
aims run over spans of years, a work report's list of the year's goals; each test's sentences are written for it."""

from __future__ import annotations

from drafts import drafted_from as _drafted, drafted_or_none


def test_a_pinyin_gloss_does_not_hide_what_was_done():
    """實現(xiàn)了…，2023年…達85%: the gloss cut, 实现了 tells the year's figure was reached, no target."""
    text = ("某市心理服务网络建设情况\n"
            "该网络实现(xiàn)了评估、转诊和随访的全程服务,2023年服务覆盖率达85%。\n")
    assert drafted_or_none(text) == set()


def test_a_glossed_target_is_drafted_and_quoted_as_written():
    """到2030年，…素養(yǎng)水平達到40%: read without the gloss, quoted with it."""
    text = ("某市健康行动新闻\n到2030年,全市居民健康素養(yǎng)水平達(dá)到40%以上。\n")
    assert _drafted(text) == {("居民健康素养水平", 2030, "達(dá)到40%以上")}


def test_plain_glosses_are_cut_where_a_paragraph_carries_several():
    """托(tuo)育…距离…目标尚存差距: an evaluation's words once the toneless glosses are cut."""
    text = ("某报评论\n截至去年(nian)底,每千人口拥(yong)有婴幼儿托位数为2.1个,距离“十四五”期末4.5个的目(mu)标尚存差距。\n")
    assert drafted_or_none(text) == set()


def test_a_mark_after_a_comma_is_no_question():
    """…明显下降,?: a 。 lost to a wrong encoding after the comma; the sentence still sets its targets."""
    text = ("某市新闻\n本市方案确定到2030年,人均预期寿命达到80.5岁,,婴儿死亡率明显下降,?本市将抓好落实。\n")
    assert _drafted(text) == {("人均预期寿命", 2030, "达到80.5岁"), ("婴儿死亡率", 2030, "明显下降")}


def test_a_real_question_still_sets_nothing():
    """到2030年…能否达到80岁?: a question, as before."""
    text = "某市新闻\n到2030年，本市人均预期寿命能否达到80岁?\n"
    assert drafted_or_none(text) == set()


def test_a_stray_comma_beside_a_list_mark_keeps_the_list_whole():
    """A、B,、C明显下降: the comma is stray; each of the three rates falls."""
    text = "某市新闻\n到2030年,婴儿死亡率、5岁以下儿童死亡率,、孕产妇死亡率明显下降。\n"
    assert _drafted(text) == {("婴儿死亡率", 2030, "明显下降"), ("5岁以下儿童死亡率", 2030, "明显下降"),
                              ("孕产妇死亡率", 2030, "明显下降")}
