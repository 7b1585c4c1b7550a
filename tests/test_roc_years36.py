"""Round 36: years as Taiwan's press and tables write them.

- Zero typed as the letter O in a year of Chinese numerals (``二O三五年``, as 宜蘭's health bureau writes it) was not read:
  the phrase was refused with a cut year (``三五年 … two numerals and no century``) and extract counted the target as
  having no year. ``二〇三五年``, ``二零三五年`` and a full-width ``二Ｏ三五年`` were read.
- A 民國 year in digits before a target (``較109年降低20%``, ``120年達80%``) got "cannot place the words"; only the
  Chinese-numeral form (``較一〇九年``) said it may be a 民國 year. A bare year cell ``109`` said "not a year" with no word
  of 民國 (``109年`` did).
"""
import pytest

from checker.errors import CheckerError
from checker.language.grammar import parse_target
from files import check, drafted_of, written


@pytest.mark.parametrize("phrase", ["二O三五年前降至每十萬人口1人以下", "二o三五年前降至每十萬人口1人以下",
                                    "二Ｏ三五年前降至每十萬人口1人以下", "二〇三五年前降至每十萬人口1人以下"])
def test_a_year_with_the_letter_o_for_zero(phrase):
    """Each way of typing the zero gives 2035."""
    assert parse_target(phrase).year == 2035


def test_a_base_year_with_the_letter_o():
    """``比二O二O年下降10%`` counts from 2020 (it was refused: "cannot place the words 比")."""
    rule = parse_target("比二O二O年下降10%")
    assert (rule.kind, rule.base_year) == ("vs_baseline", 2020)


def test_extract_dates_a_target_by_a_year_with_the_letter_o():
    """The drafted target is 2035's (it was counted as left out: no year)."""
    text = "宜蘭縣結核病防治計畫\n\n宜蘭縣衛生局目標於二O三五年前將結核病發生率降至每十萬人口10人以下。\n"
    assert any(year == 2035 and words.startswith("降至每十萬人口10人") for _, year, words in drafted_of(text))


def test_only_a_numeral_year_reads_the_letter_o():
    """The letter is a zero only inside a year of numerals that starts 一九 or 二 (TWO三五年 is no year), and the year
    keeps its four characters, so positions in the text stay."""
    from checker.language.cn_numerals import arabic_years

    assert arabic_years("於二O三五年前") == "於2035年前"
    assert arabic_years("TWO三五年") == "TWO三五年"


@pytest.mark.parametrize("phrase, said", [
    ("較109年降低20%", "民國 (Taiwan's calendar: 109 + 1911 = 2020)"),
    ("120年達80%", "民國 (Taiwan's calendar: 120 + 1911 = 2031)"),
    ("较19年下降10%", "a year written short (2019?)"),
])
def test_a_year_in_digits_without_its_century_is_named(phrase, said):
    """The refusal names what the year may be and how to write it, not "cannot place the words"."""
    with pytest.raises(CheckerError) as raised:
        parse_target(phrase)
    assert said in str(raised.value)
    assert "cannot place" not in str(raised.value)


def test_a_full_year_is_still_read():
    assert parse_target("较2019年下降10%").base_year == 2019


def test_a_bare_minguo_year_cell_is_named(tmp_path):
    """A year column's ``109`` is refused with the 民國 reading in the hint, as ``109年`` is."""
    plan = tmp_path / "plan.yaml"
    plan.write_text("""plan: {id: t, title: {zh: 宜蘭縣計畫}, region: 宜蘭縣, base_year: 2020, target_years: [2030]}
indicators:
- id: tb
  name: {zh: 結核病發生率}
  unit: 1/10万
  direction: down
  targets: {2030: {text: ≤10/10万}}
""", encoding="utf-8")
    data = written(tmp_path, "地區,指標,年份,數值\n宜蘭縣,結核病發生率,109,30\n")
    result = check(str(plan), data)
    assert result.exit_code == 2
    assert "109 + 1911 = 2020" in result.output and ":2:3" in result.output
