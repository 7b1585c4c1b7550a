"""Round 37 (plausible): the plausible range refuses only a level in another scale than its indicator's (a slipped
unit), and names the scales; a catalogued rate set for a part of the people (农村婴儿死亡率, 少数民族地区5岁以下儿童死亡率)
and the English abbreviations IMR, NMR, U5MR take the catalogue's unit and range."""

from __future__ import annotations

import json
from pathlib import Path

from checker.plan.lint import lint
from drafts import draft_from
from files import check, indicator_plan, written


def _row(tmp_path: Path, name: str, unit: str, text: str, data: str) -> dict:
    """The one result of checking a one-indicator plan against ``data`` rows (region,year,indicator,value)."""
    plan = written(tmp_path, indicator_plan(name, unit, "down", text), "plan.yaml")
    return json.loads(check(plan, written(tmp_path, "region,year,indicator,value\n" + data)
                            , "--format", "json").stdout)["results"][0]


def test_a_level_written_in_the_indicators_own_scale_is_judged(tmp_path: Path):
    """由1990年的55‰降至45‰以下 (a 1990s 妇幼 target, in ‰, the catalogue's unit) was n/a as "% written for ‰?": no unit
    slipped; the plan's own word is judged."""
    row = _row(tmp_path, "新生儿死亡率", "‰", "由1990年的55‰降至45‰以下", "甲市,2025,新生儿死亡率,40\n")
    assert row["status"] == "pass"
    plan = written(tmp_path, indicator_plan("孕产妇死亡率", "1/10万", "down",
                                            "reduce the maternal mortality ratio to 1,100 per 100,000 live births"),
                   "mmr.yaml")
    assert [p for p in lint(plan) if p.code == "implausible-level"] == []


def test_a_slip_of_scale_is_still_refused_and_named_by_its_scales(tmp_path: Path):
    """The slips stay refused; the reason names the units actually written: 70 per 1000 live births of the MMR is per
    1,000 written for per 100,000, not "% written for ‰"."""
    row = _row(tmp_path, "婴儿死亡率", "‰", "控制在10%以下", "甲市,2025,婴儿死亡率,25\n")
    assert row["status"] == "n/a" and "把‰写作%" in row["reason"]["zh"]
    plan = written(tmp_path, indicator_plan("孕产妇死亡率", "1/10万", "down",
                                            "reduce the maternal mortality ratio to 70 per 1000 live births"),
                   "mmr.yaml")
    found = [p for p in lint(plan) if p.code == "implausible-level"]
    assert len(found) == 1 and "% written for ‰" not in found[0].message
    assert "per 1,000 live births written for per 100,000" in found[0].message
    assert "10‰以下" not in found[0].hint  # no fixed ‰ example for a per-100,000 indicator


def test_a_bare_level_beyond_the_range_is_still_refused(tmp_path: Path):
    """A bare 75 (no unit written) of 婴儿死亡率 is read in ‰ by assumption: still refused, saying no unit is written."""
    row = _row(tmp_path, "婴儿死亡率", "‰", "75", "甲市,2025,婴儿死亡率,60\n")
    assert row["status"] == "n/a" and "未写单位" in row["reason"]["zh"]


def test_a_rate_of_a_part_of_the_people_takes_the_range(tmp_path: Path):
    """农村婴儿死亡率控制在10%以下 (its own id, drafted in %) let 25‰ pass as 2.5%: a catalogued rate with people before
    it is measured as the whole is."""
    row = _row(tmp_path, "农村婴儿死亡率", "%", "控制在10%以下", "甲市,2025,农村婴儿死亡率,2.5\n")
    assert row["status"] == "n/a" and "100‰" in row["reason"]["zh"]
    row = _row(tmp_path, "少数民族地区5岁以下儿童死亡率", "%", "控制在15%以下",
               "甲市,2025,少数民族地区5岁以下儿童死亡率,6\n")
    assert row["status"] == "n/a" and "150‰" in row["reason"]["zh"]
    # a risk group is not a population of places or people: no range taken (高危孕产妇 may lie beyond it)
    row = _row(tmp_path, "高危孕产妇死亡率", "1/10万", "控制在1500/10万以下", "甲市,2025,高危孕产妇死亡率,900\n")
    assert row["status"] == "pass"


def test_extract_drafts_a_part_in_the_wholes_unit_with_a_review():
    draft = draft_from("某县妇幼健康发展规划（2021—2025年）\n\n到2025年，农村婴儿死亡率控制在10%以下。\n"
                       "到2025年，流动人口中婴儿死亡率控制在8‰以下。\n")
    by_name = {item["name"]["zh"]: item for item in draft.indicators}
    rural = by_name["农村婴儿死亡率"]
    assert rural["unit"] == "‰" and "100‰" in rural["targets"][2025]["review"]
    assert "review" not in by_name["流动人口中婴儿死亡率"]["targets"][2025]


def test_english_abbreviations_are_the_catalogues_rates():
    """reduce IMR to < 27 per 1000 live births (India's 12th Five-Year Plan) drafted an unknown indicator; IMR, NMR,
    U5MR are the catalogue's. MMR stays unknown: it also names the measles-mumps-rubella vaccine."""
    draft = draft_from("National Health Plan\n\nTargets\n\nBy 2017, reduce IMR to < 27 per 1000 live births.\n"
                       "By 2017, reduce NMR to 5%.\nBy 2017, reduce U5MR to < 30 per 1000 live births.\n"
                       "By 2017, reduce MMR to < 100 per 100000 live births.\n", "plan.txt")
    ids = {item["name"]["en"]: item["id"] for item in draft.indicators}
    assert ids["IMR"] == "infant_mortality" and ids["NMR"] == "neonatal_mortality"
    assert ids["U5MR"] == "under5_mortality" and ids["MMR"].startswith("ind_")
    nmr = next(item for item in draft.indicators if item["id"] == "neonatal_mortality")
    assert "50‰" in nmr["targets"][2017]["review"]


def test_minguo_years_as_taiwan_writes_them_read_with_their_era():
    """中華民國一百十四年度 (Taiwan's official form drops the 一 before 十), 民國一百年 and 民國卅八年 read as no year while
    民國一百一十四年 and 民國38年 read: with the era written nothing is guessed."""
    from checker.language.cn_numerals import arabic_years
    from checker.language.grammar import parse_target

    for words, year in [("中華民國一百十四年度", "2025"), ("中華民國一百十九年", "2030"), ("民國一百年", "2011"),
                        ("民國一百十年", "2021"), ("民國卅八年", "1949"), ("民國三十八年", "1949")]:
        read = arabic_years(words + "嬰兒死亡率")
        assert read.startswith(year) and "民" not in read and len(read) == len(words + "嬰兒死亡率")
    assert parse_target("民國一百十四年度嬰兒死亡率降至3‰以下", "‰", "down").year == 2025
    assert arabic_years("建党一百年") == "建党一百年"  # a century, with no era


def test_a_data_year_of_minguo_in_chinese_numerals_reads(tmp_path: Path):
    """A data year cell 民國一一五年 was "not a year" while a plan's 民國一一九年 reads."""
    plan = written(tmp_path, indicator_plan("婴儿死亡率", "‰", "down", "降至3.8‰以下"), "plan.yaml")
    data = written(tmp_path, "region,year,indicator,value\n甲市,民國一一四年,婴儿死亡率,3.6\n")
    result = check(plan, data, "--format", "json")
    assert result.exit_code != 2
    assert json.loads(result.stdout)["results"][0]["status"] == "pass"


def test_a_span_a_name_counts_within_is_part_of_the_name():
    """三个月以内婴儿纯母乳喂养率达到50% was refused ("cannot place the words 以内") while 6个月内… read: the span is
    the name's, not a bound; a bound of days at the end (控制在9天以内) is still one."""
    from checker.language.grammar import parse_target

    for words in ("三个月以内婴儿纯母乳喂养率", "7天以内新生儿访视率", "两周以内报告率"):
        rule = parse_target(f"到2025年，{words}达到90%", "%", "up")
        assert (rule.value, rule.subject) == (90, words)
    rule = parse_target("平均住院日控制在9天以内", "天", "down")
    assert (rule.op, rule.value) == ("<=", 9)
