"""The unit rule (checker.language.units, rules/units.txt): magnitudes × units, ratios, rates per N, English.

Table-driven: what a spelling reads as, what converts into what (the issue's examples among them),
what is refused (different things, unknown units, nonsense compositions), how units are written in
English, and that a phrase or a data cell with such a unit reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from checker.language import units
from checker.errors import CheckerError, UnitError
from checker.language.grammar import parse_target
from checker.language.numbers import read_number

# --- reading: spelling → how checker writes it --------------------------------------------------------

CANONICAL = [
    # magnitudes × any amount or count, by rule
    ("亿人", "亿人"), ("千人", "千人"), ("百万人次", "百万人次"), ("十万元", "十万元"), ("万亿元", "万亿元"),
    ("万吨", "万吨"), ("万千瓦", "万千瓦"), ("万千瓦时", "万千瓦时"), ("亿千瓦时", "亿千瓦时"), ("万亩", "万亩"),
    ("千万元", "千万元"), ("十亿元", "十亿元"), ("万吨标准煤", "万吨标准煤"), ("万立方米", "万立方米"),
    # ratios
    ("张/千人", "张/千人"), ("张/千人口", "张/千人"), ("个/10万人", "个/10万人"), ("台/万人", "台/万人"),
    ("吨/万元", "吨/万元"), ("吨标准煤/万元", "吨标准煤/万元"), ("立方米/万元", "立方米/万元"),
    ("千克标准煤/元", "千克标准煤/元"), ("元/人", "元/人"), ("微克/立方米", "微克/立方米"), ("μg/m³", "微克/立方米"),
    ("名/10万人口", "人/10万人"), ("人/千人", "人/千人"),
    # rates per N: the share units the rules file defines, or 1/N of a noun
    ("/10万", "1/10万"), ("1/100000", "1/10万"), ("/100,000", "1/10万"), ("/万", "1/万"), ("/千", "‰"),
    ("1/千人", "1/千人"), ("/10万人口", "1/10万人"), ("1/百万", "1/百万"),
    # English spellings
    ("per 100,000", "1/10万"), ("per 10,000", "1/万"), ("per 1,000", "‰"), ("per mille", "‰"),
    ("per 1,000 live births", "1/千活产"), ("per 100,000 population", "1/10万人"), ("years", "岁"), ("year", "岁"),
    ("persons", "人"), ("people", "人"), ("beds", "张"), ("tonnes", "吨"), ("tons", "吨"), ("kWh", "千瓦时"),
    ("KWH", "千瓦时"), ("percentage points", "百分点"), ("%", "%"), ("％", "%"), ("10,000 persons", "万人"),
    ("100 million yuan", "亿元"), ("beds per 1,000 persons", "张/千人"), ("hectares", "公顷"),
    # counting words are units of their own
    ("位", "人"), ("台", "台"), ("家", "家"), ("所", "所"), ("项", "项"), ("支", "支"), ("户", "户"), ("件", "件"),
    ("人次", "人次"), ("床", "张"), ("个", "个"), ("亩", "亩"), ("公顷", "公顷"), ("平方米", "平方米"),
]


@pytest.mark.parametrize("spelling, symbol", CANONICAL)
def test_canonical(spelling, symbol):
    assert units.canonical(spelling) == symbol
    assert units.canonical(symbol) == symbol  # what checker writes, it reads back as the same unit


def test_composed_units_are_made_by_rule_not_listed():
    listed = set(units.spellings())
    for composed in ("亿人", "百万人次", "张/千人", "吨标准煤/万元", "个/10万人"):
        assert composed not in listed
        assert units.is_known(composed)


# --- converting ----------------------------------------------------------------------------------------

CONVERSIONS = [
    (1, "亿人", "万人", 10000),
    (3, "千人", "人", 3000),
    (1.5, "百万人次", "万人次", 150),
    (0.5, "吨标准煤/万元", "千克标准煤/元", 0.05),
    (3, "张/千人", "张/万人", 30),
    (6, "张/千人", "beds per 1,000 persons", 6),
    (2.5, "个/10万人", "个/万人", 0.25),
    (4, "台/万人", "台/10万人", 40),
    (1, "万亩", "公顷", 666.666666667),
    (15, "亩", "平方米", 10000),
    (1, "公顷", "平方米", 10000),
    (1, "万千瓦时", "千瓦时", 10000),
    (2, "万千瓦", "兆瓦", 20),
    (1, "万吨", "吨", 10000),
    (1, "吨", "千克", 1000),
    (2, "亿元", "万元", 20000),
    (1, "万亿元", "亿元", 10000),
    (100, "立方米/万元", "立方米/元", 0.01),
    (12, "/10万", "‰", 0.12),
    (12, "per 100,000", "1/10万", 12),
    (5, "per 1,000 live births", "‰", 5),
    (4, "名/10万人口", "1/10万", 4),
    (4, "人/10万人", "1/10万人", 4),
    (2, "1/千人", "‰", 2),
    (79, "years", "岁", 79),
    (3, "万人", "10,000 persons", 3),
]


@pytest.mark.parametrize("value, source, target, expected", CONVERSIONS)
def test_convert(value, source, target, expected):
    assert units.convert(value, source, target) == expected


def test_conversion_back_and_forth_is_exact():
    assert units.convert(units.convert(0.7, "吨标准煤/万元", "千克标准煤/元"), "千克标准煤/元", "吨标准煤/万元") == 0.7


# --- refusing ----------------------------------------------------------------------------------------

DIFFERENT_THINGS = [
    ("张", "人"),  # beds are not persons
    ("张/千人", "人/千人"),
    ("所", "家"),  # two counting words: checker does not guess they count the same thing
    ("个", "台"),
    ("人次", "人"),
    ("per 1,000 live births", "1/千人"),  # a rate per live births is not one per persons
    ("吨标准煤", "千瓦时"),  # coal equivalent to electricity needs a convention checker does not guess
    ("百分点", "%"),  # a change in points is not a share
    ("元", "美元"),
    ("元/人", "元"),
    ("吨/万元", "吨"),
    ("万人", "万元"),
    ("岁", "%"),
]


@pytest.mark.parametrize("source, target", DIFFERENT_THINGS)
def test_different_things_do_not_convert(source, target):
    with pytest.raises(UnitError) as caught:
        units.convert(1, source, target)
    message = caught.value.message
    assert units.canonical(source) in message and units.canonical(target) in message
    assert not units.compatible(source, target)
    assert not units.compatible(target, source)


NOT_UNITS = [
    # spelling, why, the word to add to the rules file (None: nothing to add, the composition is refused)
    ("furlong", "furlong", "furlong"),
    ("辆辆/万人", "辆辆", "辆辆"),
    ("%/月", "月", "月"),
    ("%/年", "amounts and counts", None),
    ("万岁", "岁 is not an amount or a count", None),  # a magnitude goes before amounts and counts only
    ("百%", "% is not an amount or a count", None),
    ("%/万人", "amounts and counts", None),
    ("10万", "a magnitude needs a unit", None),
    ("万", "a magnitude needs a unit", None),
    ("1", "a magnitude needs a unit", None),
    ("张/", "after the '/'", None),
    ("", "blank", None),
]


@pytest.mark.parametrize("spelling, why, word", NOT_UNITS)
def test_unknown_unit_says_why_and_how_to_add_it(spelling, why, word):
    with pytest.raises(UnitError) as caught:
        units.canonical(spelling)
    error = caught.value
    assert why in error.message
    assert f"rules/{units.UNITS_FILE}" in error.hint and "known units: " in error.hint
    if word:
        assert f"`new_unit = [new_units] = {word}`" in error.hint  # a definition line to copy
    else:
        assert "new_unit" not in error.hint
    assert not units.is_known(spelling)


# --- writing in English ------------------------------------------------------------------------------

DISPLAY = [
    ("岁", "years"),
    ("1/10万", "per 100,000"),
    ("1/万", "per 10,000"),
    ("‰", "‰"),
    ("%", "%"),
    ("人", "persons"),
    ("张", "beds"),
    ("万人", "10,000 persons"),
    ("万元", "10,000 yuan"),
    ("亿元", "100 million yuan"),
    ("万亿元", "1 trillion yuan"),
    ("百万人次", "1 million person-times"),
    ("张/千人", "beds per 1,000 persons"),
    ("个/10万人", "units per 100,000 persons"),
    ("元/人", "yuan per person"),
    ("吨标准煤/万元", "tonnes of standard coal equivalent per 10,000 yuan"),
    ("1/千活产", "per 1,000 live births"),
    ("百分点", "percentage points"),
]


@pytest.mark.parametrize("unit, english", DISPLAY)
def test_display_in_english(unit, english):
    assert units.display(unit, "en") == english
    assert units.display(unit, "zh") == units.canonical(unit)
    assert units.canonical(english) == units.canonical(unit)  # an English name reads back


def test_every_unit_has_an_english_name():
    assert [symbol for symbol in units.defined() if units.english_name(symbol) is None] == []


def test_every_composition_reads_back_from_its_english_name():
    bases = [symbol for symbol, composable in units.defined().items() if composable]
    for base in bases:
        for unit in (base, f"万{base}", f"亿{base}", f"{base}/千人", f"{base}/万元", f"十万{base}/10万人"):
            read_back = units.canonical(units.display(unit, "en"))
            # a unit defined as exactly another (例 as 件, "cases" both) reads back as that other: the same value
            assert read_back == units.canonical(unit) or units.same_unit(read_back, unit), unit


@pytest.mark.parametrize(
    "unit, lang, text",
    [("1/10万", "zh", "/10万"), ("岁", "zh", "岁"), ("1/10万", "en", " per 100,000"), ("岁", "en", " years"),
     ("‰", "en", "‰"), ("%", "en", "%"), ("张/千人", "en", " beds per 1,000 persons"), (None, "en", "")],
)
def test_suffix(unit, lang, text):
    assert units.suffix(unit, lang) == text


# --- in phrases and data cells ----------------------------------------------------------------------

PHRASES = [
    # phrase, indicator unit, value read (in the indicator's unit)
    ("≥3.5张/千人", "张/千人", 3.5),
    ("≥35张/万人", "张/千人", 3.5),
    ("达到10万人", "万人", 10),
    ("达到1亿人", "万人", 10000),
    ("≤0.5吨标准煤/万元", "千克标准煤/元", 0.05),
    ("≤12/100,000", "1/10万", 12),
    ("≤12per 100,000", "1/10万", 12),
    ("≥80 years", "岁", 80),
    ("≥2.5台/万人", "台/万人", 2.5),
    ("≤7per 1,000 live births", "‰", 7),
]


@pytest.mark.parametrize("phrase, unit, value", PHRASES)
def test_phrase_with_a_composed_unit(phrase, unit, value):
    rule = parse_target(phrase, unit=unit, direction="up")
    assert rule.value == value
    assert rule.unit == units.canonical(unit)


def test_phrase_in_a_unit_of_another_thing_is_refused():
    with pytest.raises(CheckerError) as caught:
        parse_target("≥3.5张/千人", unit="人/千人", direction="up")
    assert "张/千人" in caught.value.message


@pytest.mark.parametrize(
    "cell, value, unit",
    [("3.5张/千人", 3.5, "张/千人"), ("1.2亿人", 1.2, "亿人"), ("0.45吨标准煤/万元", 0.45, "吨标准煤/万元"), ("12/10万", 12, "1/10万")],
)
def test_data_cell_with_a_composed_unit(cell, value, unit):
    number = read_number(cell)
    assert number is not None and number.value == value and number.unit == unit


# --- the rules file: a user's added unit composes; a broken line is a located error -----------------


@pytest.fixture
def units_file(tmp_path, monkeypatch):
    """Point checker.language.units at a copy of rules/units.txt with extra lines; caches cleared before and after."""
    caches = (units._vocabulary, units._read, units._magnitude_re, units.pattern, units._registry)

    def write(extra: str):
        original = open(units.rules_file(units.UNITS_FILE), encoding="utf-8").read()
        path = tmp_path / "units.txt"
        path.write_text(original + extra, encoding="utf-8")
        monkeypatch.setattr(units, "rules_file", lambda name: str(path))
        for cached in caches:
            cached.cache_clear()
        return path

    yield write
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def test_a_unit_added_as_the_hint_says_composes(units_file):
    with pytest.raises(UnitError) as caught:
        units.canonical("辆车/万人")
    assert "辆车" in caught.value.message
    units_file("\n@compose on\nnew_unit = [new_units] = 辆车\n@en 辆车 = motor vehicles = motor vehicle\n")
    assert units.convert(3, "辆车/千人", "辆车/万人") == 30
    assert units.convert(1, "万辆车", "辆车") == 10000
    assert units.display("辆车/千人", "en") == "motor vehicles per 1,000 persons"
    assert not units.compatible("辆车", "张")


@pytest.mark.parametrize(
    "extra, says",
    [
        ("nonsense line without an equals sign\n", "cannot read this line"),
        ("@en 不存在 = nothing\n", "cannot read this line"),
        ("@compose maybe\n", "cannot read this line"),
        ("other_bed = [beds2] = 床位数 = beds\n", "'beds' is a spelling of 张 and of 床位数"),
    ],
)
def test_a_broken_units_file_is_a_located_error(units_file, extra, says):
    path = units_file("\n" + extra)
    with pytest.raises(CheckerError) as caught:
        units.canonical("人")
    assert says in caught.value.message
    assert caught.value.location.file == str(path)
    assert caught.value.location.line == len(path.read_text(encoding="utf-8").splitlines())


def test_a_definition_pint_cannot_read_is_a_located_error(units_file):
    path = units_file("\nbroken = 3 * no_such_unit = 坏\n")
    with pytest.raises(CheckerError) as caught:
        units.convert(1, "坏", "人")
    assert "坏" in caught.value.message and caught.value.location.file == str(path)


# --- impossible values: a unit made of amounts and counts cannot be negative -------------------------


@pytest.mark.parametrize("unit", ["亿人", "张/千人", "吨标准煤/万元", "万吨/日", "元/人"])
def test_units_made_by_rule_of_amounts_are_never_negative(unit):
    from checker.data.limits import impossible, limits_for

    assert units.is_amount(unit)
    assert limits_for(unit, ["某指标"]) == (0, None)
    assert impossible(-1, unit, ["某指标"]) is not None
    assert impossible(-1, unit, ["某指标增长"]) is None  # a change may be negative (rules/limits.yaml)


@pytest.mark.parametrize("unit", ["%", "岁", "1/10万", "百分点"])
def test_shares_ages_and_rates_are_not_amounts(unit):
    assert not units.is_amount(unit)


def test_spellings_of_one_unit_for_the_grammar():
    points = units.spellings_of("百分点")
    assert "个百分点" in points and "percentagepoints" in points and "百分点" in points
    assert len(points[0]) >= len(points[-1])


# --- end to end: a plan beyond health, its data in other units ----------------------------------------

GREEN_PLAN = """\
plan:
  id: green-2025
  title: {zh: 某市节能与卫生资源规划, en: A city energy and health resources plan}
  region: 某市
  base_year: 2020
  target_years: [2025]
indicators:
%s
"""
GREEN_INDICATORS = [
    # id, unit, direction, target text, data value, data unit, expected status
    ("energy_intensity", "吨标准煤/万元", "down", "≤0.45吨标准煤/万元", "420", "千克标准煤/万元", "pass"),
    ("beds", "张/千人", "up", "≥60张/万人", "5.5", '"beds per 1,000 persons"', "fail"),
    ("population", "万人", "neutral", "达到1.2亿人左右", "1.19", "亿人", "pass"),
    ("infant", "‰", "down", "≤5 per 1,000 live births", "0.45", "%", "pass"),
    ("scanners", "台/万人", "up", "≥0.5", "4", "台/10万人", "fail"),
    ("water", "立方米/万元", "down", "≤30", "0.0028", "立方米/元", "pass"),
]


def _run_green(tmp_path, rows: str) -> subprocess.CompletedProcess:
    """`checker check` on the plan above with the given data rows, as a user runs it."""
    indicators = "\n".join(
        f"  - id: {id_}\n    name: {{zh: 指标{n}}}\n    unit: \"{unit}\"\n    direction: {direction}\n"
        f"    targets:\n      2025:\n        text: \"{text}\"\n        source: {{line: {n}, quote: \"{text}\"}}"
        for n, (id_, unit, direction, text, *_rest) in enumerate(GREEN_INDICATORS, 1)
    )
    (tmp_path / "green.yaml").write_text(GREEN_PLAN % indicators, encoding="utf-8")
    (tmp_path / "data.csv").write_text("region,indicator,year,value,unit\n" + rows, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "checker", "check", "green.yaml", "data.csv", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "CHECKER_CACHE_DIR": ""},
    )


def test_a_plan_in_composed_units_checks_data_in_other_units(tmp_path):
    rows = "".join(f"某市,指标{n},2025,{value},{unit}\n" for n, (*_head, value, unit, _status) in enumerate(GREEN_INDICATORS, 1))
    proc = _run_green(tmp_path, rows)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr  # two targets fail
    results = {r["indicator"]: r for r in json.loads(proc.stdout)["results"]}
    for id_, unit, *_rest, status in GREEN_INDICATORS:
        assert results[id_]["status"] == status, (id_, results[id_])
        assert results[id_]["unit"] == unit
    assert results["energy_intensity"]["value"] == 0.42
    assert results["population"]["value"] == 11900


def test_data_counting_another_thing_is_an_input_error(tmp_path):
    proc = _run_green(tmp_path, "某市,指标2,2025,5.5,人/千人\n")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "data.csv:2" in proc.stderr and "张/千人" in proc.stderr and "人/千人" in proc.stderr
