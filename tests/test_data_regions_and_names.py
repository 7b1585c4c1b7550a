"""Which rows a check is about: the judged region must have rows; "left out" lists only its rows;
"did you mean" names a plan indicator only when the measured thing is the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.judge.engine import evaluate
from checker.errors import CheckerError
from checker.plan.loader import load_plan
from checker.data.observations import observations_from_records
from checker.data.suggest import did_you_mean

ROOT = Path(__file__).resolve().parents[1]
NANAN = load_plan("nanan-2030")


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert "Traceback" not in result.stderr
    return result


def test_no_rows_for_the_judged_region_is_an_input_error(tmp_path):
    """Rows only for the reference regions: every target would be n/a and the run would look clean."""
    data = tmp_path / "refs.csv"
    data.write_text("region,indicator,year,value\n泉州市,居民健康素养水平,2022,30\n福建省,人均预期寿命,2024,79.9\n"
                    "全国,人均预期寿命,2024,79\n", encoding="utf-8")
    result = run("check", "nanan-2030", str(data))
    assert result.returncode == 2, result.stdout
    assert "no rows for 南安市" in result.stderr
    for region in ("泉州市", "福建省", "全国"):
        assert region in result.stderr
    with pytest.raises(CheckerError, match="no rows for 南安市"):
        evaluate(NANAN, observations_from_records([{"region": "全国", "indicator": "人均预期寿命", "year": 2024,
                                                    "value": 79}]))


def test_rows_without_a_region_belong_to_the_judged_one():
    results = evaluate(NANAN, observations_from_records([{"indicator": "人均预期寿命", "year": 2024, "value": 79.2}]))
    assert any(r.value == 79.2 for r in results.results)


def test_left_out_lists_only_the_judged_regions_rows():
    rows = [
        {"region": "南安市", "indicator": "人均预期寿命", "year": 2024, "value": 79.2},
        {"region": "南安市", "indicator": "南安自定义口径", "year": 2024, "value": 1},
        {"region": "福州市", "indicator": "福州自定义口径", "year": 2024, "value": 2},
        {"region": "福州市", "indicator": "南安自定义口径", "year": 2024, "value": 3},
        {"region": "福州市", "indicator": "南安自定义口径", "year": 2023, "value": 3},
    ]
    data = observations_from_records(rows)
    nanan = evaluate(NANAN, data)
    assert [(u.name, u.rows) for u in nanan.unknown] == [("南安自定义口径", 1)]
    fuzhou = evaluate(NANAN, data, region="福州市")
    assert [(u.name, u.rows) for u in fuzhou.unknown] == [("福州自定义口径", 1), ("南安自定义口径", 2)]


@pytest.mark.parametrize("plan, name, expected", [
    ("nanan-2030", "每千人口药师数", None),  # pharmacists: a catalogue indicator the plan lacks, never 注册护士
    ("nanan-2030", "每千人口执业医师数", "physicians_per_1000"),
    ("nanan-2030", "孕产妇死亡数", None),  # a count is not a rate
    ("nanan-2030", "每千常住人口全科医生数", None),  # per 1,000 is not the plan's per 10,000
    ("raoping-2030", "每万常住人口全科医生数", None),  # not 每千…医生数: the measured thing differs
    ("raoping-2030", "人均基本公共卫生服务经费", None),
    ("nanyang-14th-fyp", "每千人口药师数", "pharmacists_per_1000"),
    ("nanan-2030", "婴儿死忙率", "infant_mortality"),
])
def test_did_you_mean_weighs_the_measured_thing(plan, name, expected):
    suggestion = did_you_mean(load_plan(plan), name)
    if expected is None:
        assert suggestion is None
    else:
        assert suggestion is not None and f"({expected})" in suggestion


def _validate(tmp_path, rows: str, code: str = "jump") -> list:
    from checker.data.readers import read_observations
    from checker.data.validate import validate

    path = tmp_path / "data.csv"
    path.write_text("indicator,year,value,unit\n" + rows, encoding="utf-8")
    return [f for f in validate(NANAN, read_observations(path, skip_bad_rows=True)) if f.code == code]


def test_validate_names_shares_written_as_fractions(tmp_path):
    """0.2154, 0.24, 0.25 for a literacy whose target is 25%: no year-on-year jump, yet every value is a
    hundredth of what the plan means; one warning at the series' first row."""
    (scale,) = _validate(tmp_path, "居民健康素养水平,2020,0.2154,%\n居民健康素养水平,2023,0.24,%\n"
                                   "居民健康素养水平,2024,0.25,%\n", "scale")
    assert scale.severity == "warning" and scale.line == 2
    assert "0.2154–0.25%" in scale.message and "about 100 times smaller" in scale.message and "25左右" in scale.message
    assert _validate(tmp_path, "居民健康素养水平,2020,21.54,%\n居民健康素养水平,2024,2.5,%\n婴儿死亡率,2024,0.8,‰\n",
                     "scale") == []  # ten times off is a jump, not a scale; 0.8‰ is a low rate, not a slip


def test_validate_names_a_unit_slip(tmp_path):
    """4.5 ‰ in 2020, then 4.1 with the unit % (= 41 ‰) in 2024: a located warning naming the slip."""
    (jump,) = _validate(tmp_path, "婴儿死亡率,2020,4.5,‰\n婴儿死亡率,2024,4.1,%\n")
    assert jump.severity == "warning" and (jump.line, jump.column) == (3, 3)
    assert "about 10 times larger" in jump.message and "unit column says % instead of ‰" in jump.hint


def test_validate_finds_the_odd_year_of_a_series(tmp_path):
    (jump,) = _validate(tmp_path, "人均预期寿命,2020,78.5,岁\n人均预期寿命,2021,7.88,岁\n人均预期寿命,2022,79.0,岁\n")
    assert jump.line == 3 and "2021" in jump.message and "decimal point" in jump.hint


def test_ordinary_changes_are_no_jump(tmp_path):
    assert _validate(tmp_path, "婴儿死亡率,2020,4.5,‰\n婴儿死亡率,2024,3.1,‰\n孕产妇死亡率,2020,8.1,1/10万\n"
                               "孕产妇死亡率,2024,13.5,1/10万\n") == []


def test_other_regions_unknown_rows_are_listed_as_other_regions_rows(tmp_path):
    """Not as unknown indicators of the judged plan, and not dropped: rows in = rows used + rows listed."""
    import json

    data = tmp_path / "two.csv"
    data.write_text("region,indicator,year,value\n南安市,人均预期寿命,2024,79.2\n南安市,南安自定义口径,2024,1\n"
                    "福州市,福州自定义口径,2024,2\n福州市,南安自定义口径,2024,3\n福州市,人均预期寿命,2024,80\n",
                    encoding="utf-8")
    document = json.loads(run("check", "nanan-2030", str(data), "--format", "json").stdout)
    assert [u["name"] for u in document["unknown_indicators"]] == ["南安自定义口径"]
    assert [(u["reason"], u["subject"], u["rows"]) for u in document["unused_rows"]] == [("region", "福州市", 3)]


def test_a_count_per_so_many_people_reads_data_given_as_that_rate(tmp_path):
    """每千常住人口执业（助理）医师数 in 人: data written 2.9 人/千人 or 29 人/万人 is that rate, read and
    converted; 张/千人 for nurses still measures beds, and is refused."""
    from checker.language.units import rate_unit

    assert rate_unit("人", ["每千常住人口执业（助理）医师数"]) == "人/千人"
    assert rate_unit("张", ["每万人口床位数"]) == "张/万人"
    assert rate_unit("人", ["执业医师数"]) is None and rate_unit("%", ["每千人口…比例"]) is None
    path = tmp_path / "data.csv"
    path.write_text("indicator,year,value,unit\n每千常住人口执业（助理）医师数,2024,29,人/万人\n", encoding="utf-8")
    document = json.loads(run("check", "nanan-2030", str(path), "--format", "json").stdout)
    (physicians, *_) = [r for r in document["results"] if r["indicator"] == "physicians_per_1000"]
    assert physicians["value"] == 2.9 and physicians["evidence"]["observation"]["data_unit"] == "人/万人"
    path.write_text("indicator,year,value,unit\n每千常住人口注册护士数,2024,3.5,张/千人\n", encoding="utf-8")
    done = run("check", "nanan-2030", str(path))
    assert done.returncode == 2 and "cannot convert 张/千人 to 人" in done.stderr
