"""Thirty-eighth round: Hong Kong's character forms and files, and words of traditional texts the grammar misread —
衞 folded to 卫, Big5-HKSCS data files, names that open with 不 (不健康年數…), and 逾 before Chinese numerals (逾十萬人).
Each test's words are written for it; the data values are invented."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.documents.model import UNREAD
from checker.errors import CheckerError
from checker.language.grammar import parse_target
from checker.language.script import to_simplified
from files import drafted_targets, indicator_plan, written

#: the characters OpenCC's Hong Kong table folds that its plain t2s leaves as written
HONG_KONG_FORMS = {"衞": "卫", "敍": "叙", "衹": "只", "粧": "妆", "糭": "粽", "枱": "台", "潀": "潨"}


# --- F6: Hong Kong's 衞 ----------------------------------------------------------------------------------------------

def test_hong_kongs_forms_are_folded_with_the_rest():
    """OpenCC's t2s turns 衛 into 卫 but leaves Hong Kong's 衞 alone: 醫療衞生 (衞生署, 醫務衞生局) met neither 医疗卫生 nor
    Taiwan's 醫療衛生. The other forms Hong Kong writes (綫 啓 峯 衆 羣 眞 裏 牀 爲) already folded."""
    assert to_simplified("醫療衞生佔政府經常開支的比例") == "医疗卫生占政府经常开支的比例"
    assert to_simplified("醫務衞生局") == to_simplified("醫務衛生局") == "医务卫生局"
    assert to_simplified("衞綫啓峯衆羣眞裏牀爲") == "卫线启峰众群真里床为"


def test_only_hong_kongs_forms_read_otherwise_than_under_t2s():
    """The Hong Kong table changes nothing else: every ideograph (and the compatibility ones) reads as t2s reads it,
    but for the Hong Kong forms, each folded to its simplified character."""
    chars = [chr(code) for code in [*range(0x3400, 0xA000), *range(0xF900, 0xFB00), *range(0x20000, 0x2B000)]]
    plain = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    differ = {char: to_simplified(char) for char, before in zip(chars, plain) if to_simplified(char) != before}
    assert differ == HONG_KONG_FORMS


def _results(tmp_path, plan: str, data: bytes) -> dict:
    path = tmp_path / "data.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", written(tmp_path, plan, "plan.yaml"), str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


HK_PLAN = indicator_plan("醫療衞生佔政府經常開支的比例", "%", "up", "增加至17%")


@pytest.mark.parametrize("name", ["医疗卫生占政府经常开支的比例", "醫療衛生佔政府經常開支的比例"])
def test_a_hong_kong_name_meets_simplified_and_taiwan_data(tmp_path, name):
    """The plan's 醫療衞生… found no row of 医疗卫生… (nor of Taiwan's 醫療衛生…): n/a, "no data", beside a did-you-mean
    line naming the very indicator; the data's 17.2% passes the target of 17%."""
    report = _results(tmp_path, HK_PLAN, f"指标,年份,数值,单位\n{name},2025,17.2,%\n".encode())
    assert [r["status"] for r in report["results"]] == ["pass"]


# --- F7: Big5-HKSCS data files ---------------------------------------------------------------------------------------

def test_a_big5_hkscs_csv_is_read(tmp_path):
    """A CSV saved in Hong Kong's Big5 (衞 is 0x8FC0, which plain Big5 lacks) was refused as "not UTF-8 … a private-use
    character … Big5?", though it is Big5, and a Big5 web page with the same characters is read."""
    data = "指標,年份,數值,單位\n醫療衞生佔政府經常開支的比例,2025,17.2,%\n".encode("big5hkscs")
    with pytest.raises(UnicodeEncodeError):
        "衞".encode("cp950")
    report = _results(tmp_path, HK_PLAN, data)
    assert [r["status"] for r in report["results"]] == ["pass"]
    assert report["data"][0]["encoding"] == "big5-hkscs"


def test_a_file_no_big5_reads_names_big5_hkscs_in_its_refusal(tmp_path):
    """A file GB18030 reads into private-use characters and neither Big5 reads is still refused; the message names
    Hong Kong's Big5-HKSCS beside Big5."""
    path = tmp_path / "data.csv"
    path.write_bytes("指標,年份,數值\n".encode("big5") + b"\xa1\x80\xa1\x80,2025,1\n")
    result = CliRunner().invoke(main, ["check", written(tmp_path, HK_PLAN, "plan.yaml"), str(path)])
    assert result.exit_code == 2 and "private-use" in result.output and "Big5-HKSCS" in result.output, result.output


# --- F8: names that open with 不 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, subject", [
    ("不健康年數占平均餘命比率從10%下降到8%", "不健康年数占平均余命比率"),
    ("不健康年数占平均余命比例下降至8%", "不健康年数占平均余命比例"),
    ("不明原因肺炎病例报告率下降至10%", "不明原因肺炎病例报告率"),
])
def test_a_name_that_opens_with_bu_is_a_name(phrase, subject):
    """不健康年數 (years lived in ill health, Health Taiwan's headline measure) was refused: "cannot place the words 不
    before the target", as if 不 turned the target round. 不健康, 不明原因 are words, as 不良 and 不合格 were."""
    rule = parse_target(phrase)
    assert (rule.subject, rule.op, rule.value, rule.unit) == (subject, "<=", 8 if "8" in phrase else 10, "%")
    with pytest.raises(CheckerError, match="不"):  # 不 standing alone before a target still turns it round: refused
        parse_target("吸烟率不下降到20%")


def test_a_dated_bu_jiankang_sentence_is_drafted_read():
    """`到2030年，不健康年数占平均余命比率下降到8%` was drafted with "the grammar cannot read this clause"."""
    [(name, year, words, review)] = drafted_targets("健康台湾推动目标\n\n到2030年，不健康年数占平均余命比率下降到8%。\n")
    assert (name, year, words) == ("不健康年数占平均余命比率", 2030, "下降到8%")
    assert UNREAD not in (review or "")


# --- F9: 逾 before Chinese numerals ------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["逾十萬人", "逾十万人", "逾十万名", "超十万人"])
def test_yu_before_a_chinese_numeral_reads_as_before_digits(phrase):
    """逾十萬人 was "cannot read the target phrase" while 逾10萬人 and 超過十萬人 read as more than 100,000 people."""
    rule = parse_target(phrase)
    assert (rule.op, rule.value * (10_000 if rule.unit == "万人" else 1)) == (">", 100_000)


@pytest.mark.parametrize("phrase", ["逾十萬", "超過十萬"])
def test_a_bare_magnitude_in_chinese_numerals_reads_as_in_digits(phrase):
    """逾十萬 with no counter: the indicator's unit says what is counted, as for 逾10萬; without one the refusal asks
    for the unit (it was "cannot read the target phrase")."""
    rule = parse_target(phrase, "人")
    assert (rule.op, rule.value, rule.unit) == (">", 100_000, "人")
    with pytest.raises(CheckerError, match="a magnitude needs a unit"):
        parse_target(phrase)
