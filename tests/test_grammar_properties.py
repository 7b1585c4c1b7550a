"""Properties of the phrase grammar that hold for any input (Hypothesis; budget in tests/conftest.py).

(a) parse_target never crashes: whatever the text, unit and direction, it returns a Rule of a known kind
    or raises a CheckerError (GrammarError, UnitError), never any other exception;
(b) normalisation: a phrase and its full-width form (＜＞≤≥％０-９．～) read the same.
"""

from __future__ import annotations

from hypothesis import event, example, given
from hypothesis import strategies as st

from checker.errors import CheckerError
from checker.language.grammar import parse_target
from checker.language.rule import KINDS

UNITS = st.sampled_from([None, "%", "‰", "1/10万", "岁", "人"])
DIRECTIONS = st.sampled_from(["up", "down", "neutral"])

# Pieces of target phrases: digits (ASCII and full-width), comparators, units, annotations, and the
# words the grammar reads. Joined at random they make near-phrases that reach deep into the grammar.
PIECES = [
    *"0123456789", *"０１２３４５６７８９", *"%％‰≤≥<>＜＞～~-—.．*,，、：（）()〔〕“”",
    "左右", "以上", "以下", "以内", "之间", "力争", "争取", "约", "约为", "年均", "增长", "下降", "提高",
    "降低", "比", "较", "全省", "全国", "全市", "省内", "平均", "平均水平", "平均值", "个百分点", "万人",
    "岁", "人", "张", "/10万", "1/万", "高于", "低于", "不低于", "不高于", "超过", "达到", "达", "控制在",
    "保持", "持续", "逐步", "改善", "同比例", "按国家下达目标", "实现", "建成", "全覆盖", "十三五", "末",
    "到", "年", "2015年", "2030年", "快报数", "均", "率", "的", "稳中有降", "？", "-", "—",
]
CHINESE_PHRASES = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)

# ASCII → full-width, the forms plans type (NFKC maps them back).
FULL_WIDTH = str.maketrans("0123456789.%<>~", "０１２３４５６７８９．％＜＞～")
# Phrases the grammar reads, in ASCII; each is also read full-width.
READABLE = st.one_of(
    st.sampled_from([
        "<=4", "<4", ">82", ">=95", "25左右", "12.2左右", "80", "100", "100%", "4‰以下", "85%以上", "12/10万以下",
        "0.8~1.2", "比2015年降低20%", "下降30%", "年均增长7.5%左右", "力争年均下降1个百分点",
        "比全国平均水平高5个百分点", "到2030年,全民健康知识知晓率达80%", "≤4‰", "≥92.18", "约25",
    ]),
    st.builds(
        lambda cmp, number, unit, tail: f"{cmp}{number}{unit}{tail}",
        st.sampled_from(["", "<", ">", "≤", "≥", "约", "达到", "控制在", "不低于", "不超过", "力争达到"]),
        st.decimals(min_value=0, max_value=10000, places=2, allow_nan=False, allow_infinity=False).map(str),
        st.sampled_from(["", "%", "‰", "/10万"]),
        st.sampled_from(["", "左右", "以上", "以下", "以内"]),
    ),
    st.builds(
        lambda word, year, number, change: f"比{year}年{word}{number}{change}",
        st.sampled_from(["提高", "降低", "下降", "增长"]),
        st.integers(min_value=1990, max_value=2035),
        st.integers(min_value=0, max_value=999),
        st.sampled_from(["%", "个百分点"]),
    ),
)


def _parse_or_checker_error(text, unit, direction):
    try:
        rule = parse_target(text, unit=unit, direction=direction)
    except CheckerError as error:
        event(type(error).__name__)
        return None
    assert rule.kind in KINDS
    assert rule.text == text
    event(f"kind: {rule.kind}")
    return rule


@given(st.text(), UNITS, DIRECTIONS)
@example("9" * 400, "%", "up")  # a number too large for a float
@example("５" * 501, None, "neutral")  # longer than is read
@example("\x00", "岁", "down")
def test_any_text_reads_or_raises_checker_error(text, unit, direction):
    _parse_or_checker_error(text, unit, direction)


@given(CHINESE_PHRASES, UNITS, DIRECTIONS)
@example("〔〕", "%", "up")
@example("（快报数）", "%", "up")
@example("到2030年，", "%", "up")
@example("比十三五末提高%", "人", "up")
def test_near_phrases_read_or_raise_checker_error(text, unit, direction):
    _parse_or_checker_error(text, unit, direction)


@given(READABLE, UNITS, DIRECTIONS)
def test_full_width_reads_the_same(text, unit, direction):
    wide = text.translate(FULL_WIDTH)
    narrow_rule = _parse_or_checker_error(text, unit, direction)
    try:
        wide_rule = parse_target(wide, unit=unit, direction=direction)
    except CheckerError as error:
        assert narrow_rule is None, f"{text!r} reads but its full-width form {wide!r} does not: {error}"
        return
    assert narrow_rule is not None, f"{wide!r} reads but its ASCII form {text!r} does not"
    assert (wide_rule.kind, wide_rule.op, wide_rule.value, wide_rule.upper) == (
        narrow_rule.kind, narrow_rule.op, narrow_rule.value, narrow_rule.upper)
    assert (wide_rule.unit, wide_rule.reference, wide_rule.base_year, wide_rule.change, wide_rule.modifiers) == (
        narrow_rule.unit, narrow_rule.reference, narrow_rule.base_year, narrow_rule.change, narrow_rule.modifiers)


# (c) every number and word accounted for (issue 13): for any phrase the grammar reads, each number of
#     the phrase is in the rule (value, upper, base year, year, subject, reference, unit) or its notes,
#     and the subject holds no word of the grammar itself.
import math  # noqa: E402
import re  # noqa: E402

from checker.language.grammar import normalize  # noqa: E402

ENGLISH_PIECES = ["around", "no more than", "at least", "reduce by", "increase to", "compared with",
                  "higher than", "provincial average", "keep rising", "annually", "and", "percentage points",
                  "between", "within", "by 2030,", "full coverage", "25%", "4‰", "12/100,000", "2015", "0.5", "30"]
ENGLISH_PHRASES = st.lists(st.sampled_from(ENGLISH_PIECES), max_size=6).map(" ".join)
MORE_PIECES = ["在", "基础上", "的", "水平", "每年", "不", "零增长", "负增长", "并", "且", "三分之一", "百分之二十",
               "一半", "國際先進", "達到", "歲", "稳居", "前列", "中等发达国家", "势头", "遏制", "至"]
ISSUE_PHRASES = st.lists(st.sampled_from(PIECES + MORE_PIECES), max_size=10).map("".join)
GRAMMAR_WORDS = ("提高", "降低", "增长", "下降", "基础上", "年均", "每年", "不低于", "不超过", "高于", "低于", "控制在")
NAME_FORMS = re.compile(r"增长率|下降率|\d+岁(?:及)?以[上下]|占比|可比|不良|不合格")


def _placed(rule) -> list[float]:
    found = [abs(v) for v in (rule.value, rule.upper) if v is not None]
    found += [float(y) for y in (rule.base_year, rule.year) if y is not None]
    for words in (rule.subject, rule.reference, rule.unit, *rule.notes):
        found += [float(n) for n in re.findall(r"\d+(?:\.\d+)?", words or "")]
    for part in rule.parts:
        found += _placed(part)
    return found


def _subjects(rule):
    yield rule.subject
    for part in rule.parts:
        yield from _subjects(part)


@given(st.one_of(READABLE, CHINESE_PHRASES, ISSUE_PHRASES, ENGLISH_PHRASES), UNITS, DIRECTIONS)
@example("在2020年基础上提高0.5岁", "岁", "up")
@example("达到85%,并保持持续上升", "%", "up")
@example("比2010年的水平降低40%至45%", "%", "down")
@example("reduce by 20% compared with 2015", "%", "down")
def test_every_number_and_word_is_accounted_for(text, unit, direction):
    rule = _parse_or_checker_error(text, unit, direction)
    if rule is None or rule.kind == "unspecified":
        return
    placed = _placed(rule)
    for number in re.findall(r"(?<![/\d.])\d+(?:\.\d+)?", normalize(text)):
        assert any(math.isclose(float(number), p, rel_tol=1e-9, abs_tol=1e-12) for p in placed), (
            f"{text!r}: the number {number} is in no field of {rule}")
    for subject in _subjects(rule):
        if subject:
            rest = NAME_FORMS.sub("", subject)
            assert not any(word in rest for word in GRAMMAR_WORDS), f"{text!r}: subject {subject!r} holds a grammar word"
