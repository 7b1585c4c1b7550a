"""Issue 13: the phrases new users' plans write — the silent misreadings, English, traditional
characters, Chinese numerals, compound targets, trend shapes and references beyond the plan.

Each row is ``(text, indicator unit, direction, expected)``; ``expected`` lists the fields that
matter (kind, op, value, upper, unit, base_year, reference, change, trend, parts). ``REFUSED``
lists phrases that must be refused, with the words the error names.
"""

from __future__ import annotations

import pytest

from checker.errors import GrammarError
from checker.language.grammar import parse_target

# --- 1. the misreadings of the issue, read as a careful reader does ---------------------------------
MISREADINGS = [
    ("在2020年基础上提高0.5岁", "岁", "up",
     dict(kind="vs_baseline", op=">=", value=0.5, base_year=2020, change="points", subject=None)),
    ("每年下降1%以上", "%", "down", dict(kind="annual_rate", op="<=", value=-1, change="percent", subject=None)),
    ("达到85%，并保持持续上升", "%", "up",
     dict(kind="all_of", parts=[dict(kind="reach", op=">=", value=85), dict(kind="trend", trend="up")])),
    ("达到中等发达国家平均水平", "岁", "up", dict(kind="vs_reference", op=">=", reference="中等发达国家")),
    ("比2010年的水平降低40%至45%", "%", "down",  # lower is better: a cut of at least 40% (deeper exceeds the plan)
     dict(kind="vs_baseline", op="<=", value=-40, upper=None, base_year=2010, change="percent")),
    ("比2010年的水平降低40%至45%", "%", "neutral",
     dict(kind="vs_baseline", op="between", value=-45, upper=-40, base_year=2010, change="percent")),
    ("在2015年的基礎上提高8%", "%", "up", dict(kind="vs_baseline", op=">=", value=8, base_year=2015, change="percent")),
    ("每年降低0.3个百分点", "%", "down", dict(kind="annual_rate", op="<=", value=-0.3, change="points")),
    # a change ruled out: a change of 0 from the base value (docs/grammar.md)
    ("不下降", "岁", "up", dict(kind="vs_baseline", op=">=", value=0, subject=None)),
    ("不降低", "%", "up", dict(kind="vs_baseline", op=">=", value=0, subject=None)),
    ("不增加", "%", "down", dict(kind="vs_baseline", op="<=", value=0, subject=None)),
    ("零增长", "%", "down", dict(kind="vs_baseline", op="<=", value=0, subject=None)),
    ("负增长", "%", "down", dict(kind="vs_baseline", op="<", value=0, subject=None)),
    ("到2030年，力争比2015年降低20%", "%", "down",
     dict(kind="vs_baseline", op="<=", value=-20, base_year=2015, year=2030, modifiers=("strive",))),
    # a share of something else, a number of things built
    ("不低于医院总床位数的10%", "%", "up", dict(kind="lower_bound", op=">=", value=10)),
    ("至少建成1所", "所", "up", dict(kind="lower_bound", op=">=", value=1, subject=None)),
    ("至少有30个以上", "个", "up", dict(kind="lower_bound", op=">=", value=30, subject=None)),
    ("达到或保持在8%以上", "%", "up", dict(kind="lower_bound", op=">=", value=8, subject=None)),
    # year by year is a yearly rate, not a one-off change
    ("逐年提高2个百分点", "%", "up", dict(kind="annual_rate", op=">=", value=2, change="points")),
    # two targets in one sentence, split at the comma before the second's verb
    ("到2025年人均预期寿命达到80岁，比2020年提高1岁", "岁", "up",
     dict(kind="all_of", year=2025, parts=[dict(kind="reach", op=">=", value=80, year=2025, subject="人均预期寿命"),
                                          dict(kind="vs_baseline", op=">=", value=1, base_year=2020)])),
    ("到2030年，比2015年降低20%", "%", "down", dict(kind="vs_baseline", value=-20, base_year=2015, year=2030)),
    ("全市人均期望寿命，比2020年提高1岁", "岁", "up",
     dict(kind="vs_baseline", value=1, base_year=2020, subject="全市人均期望寿命")),
    # a starting value before the target is a note, not part of the indicator's name
    ("个人卫生支出占卫生总费用的比重从目前29.3降至25左右", "%", "down",
     dict(kind="around", value=25, subject="个人卫生支出占卫生总费用的比重", notes=("from 目前29.3",))),
    ("控制在3～5", "‰", "neutral", dict(kind="range", op="between", value=3, upper=5)),
    ("n/a", "%", "up", dict(kind="unspecified", op=None)),
    ("不低于2020年水平", "%", "up", dict(kind="vs_baseline", op=">=", value=0, base_year=2020)),
    ("低于“十三五”末水平", "%", "down", dict(kind="vs_baseline", op="<", value=0, base_year=2020)),
    ("比全国平均水平高1岁", "岁", "up", dict(kind="offset_vs_reference", op=">=", value=1, change="points",
                                     reference="nation")),
    ("不下降且逐年提高", "岁", "up",
     dict(kind="all_of", parts=[dict(kind="vs_baseline", op=">=", value=0), dict(kind="trend", trend="up")])),
]

# --- 2. English: the same meaning as the Chinese ----------------------------------------------------
ENGLISH = [
    ("around 25%", "%", "down", "25%左右"),
    ("higher than provincial average", "%", "up", "高于全省平均值"),
    ("no more than 4‰", "‰", "down", "≤4‰"),
    ("controlled below 12/100,000", "1/10万", "down", "控制在12/10万以下"),
    ("increase to more than 30%", "%", "up", "提高到超过30%"),
    ("within 10%", "%", "down", "10%以内"),
    ("reduce by 20% compared with 2015", "%", "down", "比2015年降低20%"),
    # a noun for the change, as English reports write the Chinese plans' 比2015年降低30%
    ("a 30% reduction from 2015 levels", "%", "down", "比2015年降低30%"),
    ("a 10 percent increase over 2020", "%", "up", "比2020年提高10%"),
    ("5 percentage points higher than 2020", "%", "up", "比2020年提高5个百分点"),
    ("2 percentage points lower than in 2015", "%", "down", "比2015年降低2个百分点"),
    ("a 30% reduction", "%", "down", "降低30%"),
    ("strive to reduce the infant mortality rate to 4 per 1,000", "‰", "down", "力争 infant mortality rate降到4‰"),
    ("increase from 10 to 20%", "%", "up", "从目前10提高到20%"),
    ("will be reduced from 29% to 27%", "%", "down", "从目前29%降到27%"),
    ("reduced by a third", "%", "down", "降低三分之一"),
    ("keep rising", "%", "up", "持续上升"),
    ("full coverage", "%", "up", "全覆盖"),
    ("at least 90%", "%", "up", "不低于90%"),
    ("between 0.8 and 1.2", "‰", "neutral", "0.8～1.2"),
    ("5 percentage points higher than the national average", "%", "up", "比全国平均水平高5个百分点"),
    ("an average annual growth of 7.5%", "%", "up", "年均增长7.5%"),
    ("reduce by 1 percentage point annually", "%", "down", "每年降低1个百分点"),
    ("strive to reach 90%", "%", "up", "力争达到90%"),
    ("not lower than the national average", "%", "up", "不低于全国平均水平"),
    ("as assigned by the state", "%", "up", "按国家下达目标"),
    ("no decrease", "岁", "up", "不下降"),
    ("reach 85% and keep rising", "%", "up", "达到85%，并保持持续上升"),
    ("By 2030, reduce by 20% compared with 2015", "%", "down", "到2030年，比2015年降低20%"),
    ("reach the international advanced level", "岁", "up", "达到国际先进水平"),
    ("decline year by year", "%", "down", "逐年下降"),
    # English unit spellings (rules/units.txt)
    ("above 80 years", "岁", "up", "高于80岁"),
    ("controlled below 12 per 100,000", "1/10万", "down", "控制在12/10万以下"),
    ("no more than 5 per 1,000 live births", "1/千活产", "down", "不超过5/千活产"),
    ("increase by 1 year compared with 2020", "岁", "up", "比2020年提高1岁"),
    ("not less than 2.3 square metres", "平方米", "up", "不低于2.3平方米"),
    ("reduce by 1% year by year", "%", "down", "逐年降低1%"),
    ("25% or so", "%", "down", "25%左右"),
    ("remain at a low level", "‰", "down", "保持在低水平"),
    ("up by 30% compared with 2015", "%", "up", "比2015年提高30%"),
    ("basically achieve full coverage", "%", "up", "基本实现全覆盖"),
    ("controlled at 12/100,000", "1/10万", "down", "控制在12/10万"),
    ("12 deaths per 100,000 live births", "1/10万", "down", "12/10万活产"),
    ("double compared with 2015", "%", "up", "比2015年翻一番"),
    ("halve", "%", "down", "降低一半"),
]

# official translations put the verb and its object first: the same rule, with an English subject
VERB_FIRST = [
    ("reducing the percentage to 25 percent", "%", "down", "降到25%"),
    ("increasing life expectancy to 79 years", "岁", "up", "提高到79岁"),
    ("reducing the infant mortality rate from the current 8.1 per 1,000 to 5 per 1,000", "‰", "down", "降到5‰"),
    # a noun for the verb (an Indian plan's list of goals), and the subject first with the start after
    ("Reduction of MMR to < 100 per 100000 live births", "1/10万活产", "down", "降到<100/10万活产"),
    ("Increase in coverage to 90%", "%", "up", "提高到90%"),
    ("life expectancy will increase to 77 years by 2020 from 74.83 years in 2010", "岁", "up", "到2020年,提高到77岁"),
]


@pytest.mark.parametrize("english, unit, direction, chinese", VERB_FIRST, ids=[row[0] for row in VERB_FIRST])
def test_verb_first_english_reads_the_target_and_keeps_the_subject(english, unit, direction, chinese):
    read = parse_target(english, unit=unit, direction=direction)
    assert _fields(read) == _fields(parse_target(chinese, unit=unit, direction=direction))
    assert read.subject


# --- 3. traditional characters, pinyin glosses, Chinese numerals ------------------------------------
SAME_AS = [
    ("達到81歲以上", "岁", "up", "达到81岁以上"),
    ("應小於15/10萬", "1/10万", "down", "应小于15/10万"),
    ("應(yīng)小於15/10萬", "1/10万", "down", "小于15/10万"),
    ("应小于15/10万", "1/10万", "down", "<15/10万"),
    ("在2020年的基礎上提高1.5歲左右", "岁", "up", "在2020年的基础上提高1.5岁左右"),
    ("全覆蓋", "%", "up", "全覆盖"),
    ("明顯放緩", "%", "down", "明显放缓"),
    ("控制在20%以內", "%", "down", "控制在20%以内"),
    ("百分之二十", "%", "up", "20%"),
    ("十万分之十四点五以下", "1/10万", "down", "14.5/10万以下"),
    ("提高五个百分点", "%", "up", "提高5个百分点"),
    ("超过一半", "%", "up", "超过50%"),
    ("降低一半", "%", "down", "降低50%"),
    ("增长一倍", "%", "up", "增长100%"),
    ("比2020年翻一番", "%", "up", "比2020年增长100%"),
    ("翻两番", "%", "up", "增长300%"),
]


def _fields(rule) -> dict:
    return {"kind": rule.kind, "op": rule.op, "value": rule.value, "upper": rule.upper, "unit": rule.unit,
            "base_year": rule.base_year, "reference": rule.reference, "change": rule.change, "trend": rule.trend,
            "parts": [_fields(part) for part in rule.parts]}


def _assert(rule, expected: dict) -> None:
    for key, want in expected.items():
        if key == "parts":
            assert len(rule.parts) == len(want)
            for part, part_want in zip(rule.parts, want):
                _assert(part, part_want)
            continue
        got = getattr(rule, key)
        if isinstance(want, float | int) and not isinstance(want, bool) and got is not None:
            assert got == pytest.approx(want), f"{key}: {got!r} != {want!r}"
        else:
            assert got == want, f"{key}: {got!r} != {want!r}"


@pytest.mark.parametrize("text, unit, direction, expected", MISREADINGS, ids=[row[0] for row in MISREADINGS])
def test_misreading_now_reads_right(text, unit, direction, expected):
    _assert(parse_target(text, unit=unit, direction=direction), expected)


@pytest.mark.parametrize("english, unit, direction, chinese", ENGLISH, ids=[row[0] for row in ENGLISH])
def test_english_means_the_same_as_chinese(english, unit, direction, chinese):
    assert _fields(parse_target(english, unit=unit, direction=direction)) == _fields(
        parse_target(chinese, unit=unit, direction=direction))


@pytest.mark.parametrize("text, unit, direction, same", SAME_AS, ids=[row[0] for row in SAME_AS])
def test_traditional_pinyin_and_numerals_read_as_simplified(text, unit, direction, same):
    assert _fields(parse_target(text, unit=unit, direction=direction)) == _fields(
        parse_target(same, unit=unit, direction=direction))


def test_fractions():
    third = parse_target("降低三分之一", unit="%", direction="down")
    assert (third.kind, third.op, third.change) == ("vs_baseline", "<=", "percent")
    assert third.value == pytest.approx(-100 / 3)
    half = parse_target("超过一半", unit="%", direction="up")
    assert (half.kind, half.op, half.value, half.unit) == ("lower_bound", ">", 50, "%")
    rate = parse_target("十万分之十四点五", unit="1/10万", direction="down")
    assert (rate.kind, rate.value, rate.unit) == ("reach", 14.5, "1/10万")


# --- 4. trend shapes and references beyond the plan --------------------------------------------------
BEYOND = [
    ("快速上升势头得到遏制", "%", "down", dict(kind="trend", trend="slowing")),
    ("增长势头减缓", "%", "down", dict(kind="trend", trend="slowing")),
    ("显著减轻", "%", "down", dict(kind="trend", trend="down")),
    ("达到国际先进水平", "岁", "up", dict(kind="vs_reference", op=">=", reference="国际先进")),
    ("高于高收入国家平均水平", "岁", "up", dict(kind="vs_reference", op=">", reference="高收入国家")),
    ("稳居全国前列", "%", "up", dict(kind="vs_reference", op=">=", reference="全国前列")),
    ("位居全省第一方阵", "%", "up", dict(kind="vs_reference", op=">=", reference="全省第一方阵")),
    ("全省领先", "%", "up", dict(kind="vs_reference", op=">=", reference="全省领先")),
    ("全国前10位", "%", "down", dict(kind="vs_reference", op="<=", reference="全国前10位")),
    ("始终优于全国平均", "%", "down", dict(kind="vs_reference", op="<", reference="nation")),
]


@pytest.mark.parametrize("text, unit, direction, expected", BEYOND, ids=[row[0] for row in BEYOND])
def test_trends_and_references_beyond_the_plan(text, unit, direction, expected):
    _assert(parse_target(text, unit=unit, direction=direction), expected)


# --- refused, naming what could not be placed ---------------------------------------------------------
REFUSED = [
    # a grammar word before the target is not an indicator's name
    ("在2020年基础上持续提高", "岁", "up", "基础上"),
    ("比上年降低2个百分点再提高", "%", "up", "降低"),
    # a number left over
    ("室内人均建筑面积不低于0.1平方米或室外人均用地不低于0.3平方米", "平方米", "up", "不低于"),
    # a level named with 平均 that the grammar does not know is not a deliverable
    ("达到某某国家平均水平", "岁", "up", "达到某某国家平均水平"),
    # the growth, not the level, is compared: not read as the level against the province
    ("增幅高于全省平均水平", "%", "up", "增幅"),
    # "approaching or reaching" is not "at least"
    ("接近或达到发达国家水平", "岁", "up", "接近"),
    # a starting value before a change is its base: not placed, so refused
    ("从2020年的10%下降15%", "%", "down", "从"),
    # two numbers never glue into one when the word between them is dropped
    ("increase from 10 20%", "%", "up", "from"),
    ("8.1 5‰", "‰", "down", "8.1 5‰"),
    # a ratio is not a number with "1:" as the indicator's name
    ("1:1.2", "%", "up", "1:"),
    # English words the grammar does not know are named
    ("skyrocket to 90%", "%", "up", "skyrocket"),
    # ... in the user's own English words, not the grammar's Chinese ones
    ("life expectancy higher than 2020 increase 1 year", "岁", "up", "higher than"),
    ("infant mortality rate compared with 2015 reduce by 20%", "%", "down", "compared with"),
    ("reduce by 20% to 30%", "%", "down", "reduce by"),
    # 增长两倍 is written for both ×2 and ×3: not read
    ("增长两倍", "%", "up", "增长两倍"),
    # another target before this one is no subject: three bounds are not "around 12/10万"
    ("婴儿死亡率≤4‰、5岁以下儿童死亡率≤4‰、孕产妇死亡率继续控制在12/10万左右", "1/10万", "down", "≤"),
    # 覆盖面 is how far coverage reaches: widening it is no full coverage (it was read as 覆盖 + 面)
    ("扩大食品抽检覆盖面", "%", "up", "扩大食品抽检覆盖面"),
]


@pytest.mark.parametrize("text, unit, direction, named", REFUSED, ids=[row[0] for row in REFUSED])
def test_refused_naming_the_words(text, unit, direction, named):
    with pytest.raises(GrammarError) as caught:
        parse_target(text, unit=unit, direction=direction)
    assert named in caught.value.message
    assert caught.value.phrase == text


def test_compound_part_error_names_the_whole_phrase():
    with pytest.raises(GrammarError) as caught:
        parse_target("达到85%，并不知所云", unit="%", direction="up")
    assert "达到85%，并不知所云" in caught.value.message


def test_compound_json_shows_the_parts():
    data = parse_target("达到85%且持续上升", unit="%", direction="up").to_dict()
    assert [part["kind"] for part in data["parts"]] == ["reach", "trend"]
    assert "parts" not in parse_target("达到85%", unit="%", direction="up").to_dict()


@pytest.mark.parametrize("english, unit, direction, chinese", ENGLISH, ids=[row[0] for row in ENGLISH])
def test_explain_prints_the_same_meaning_in_either_language(english, unit, direction, chinese):
    from checker.judge.explain import explain_text
    from checker.judge.policy import default_policy

    def words(text):
        lines = explain_text(parse_target(text, unit=unit, direction=direction), default_policy()).splitlines()
        # all but the phrase itself and the headers of compound parts (the parts' own words)
        return [line for line in lines[1:] if not line.startswith("  part ")]

    assert words(english) == words(chinese)


@pytest.mark.parametrize("text, why", [
    ("比上年提高", "比上年"),
    ("增长两倍", "N倍"),
    ("翻三番", "翻两番"),
])
def test_forms_left_unread_on_purpose_say_why(text, why):
    with pytest.raises(GrammarError) as caught:
        parse_target(text, unit="%", direction="up")
    assert why in caught.value.message and text in caught.value.message
