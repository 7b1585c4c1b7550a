"""Slips of a plan written by hand that every verdict would carry without a word, reported by lint as
warnings and repeated by check and report: a phrase that moves (or bounds) the indicator the way its
direction calls worse, a phrase that names another year than the one it is filed under, two level targets of
one indicator ten or more times apart, two indicators of one name; and values a hundred times off a target.
The plans here are made up for the checks (cells of data files: tests/test_hand_made_cells.py)."""

from __future__ import annotations

import json
from pathlib import Path

from checker.plan.loader import read_plan
from checker.plan.lint import lint

HEAD = ("plan:\n  id: slips\n  title: {zh: 某县规划}\n  region: 某县\n  base_year: 2020\n"
        "  target_years: [2025, 2030]\nindicators:\n")


def _indicator(ident: str, name: str, unit: str, direction: str, targets: dict[int, str]) -> str:
    lines = [f"  - id: {ident}\n    name: {{zh: {name}}}\n    unit: \"{unit}\"\n    direction: {direction}\n    targets:\n"]
    lines += [f"      {year}: {{text: \"{text}\"}}\n" for year, text in targets.items()]
    return "".join(lines)


def _runner():
    from click.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        return CliRunner()  # click >= 8.2 always keeps it apart


def _codes(tmp_path: Path, *indicators: str) -> list[tuple[str, str]]:
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + "".join(indicators), encoding="utf-8")
    plan, problems = read_plan(path)
    assert plan is not None, problems
    found = [(p.code, p.message) for p in lint(path) if p.code in ("phrase-direction", "phrase-year", "target-scale")]
    return found


def test_a_phrase_against_the_direction_is_reported(tmp_path):
    found = _codes(tmp_path,
                   _indicator("deaths", "某病死亡率", "1/10万", "down", {2025: "持续提高", 2030: "≥20/10万"}),
                   _indicator("years", "某项寿命", "岁", "up", {2025: "比2020年降低1%"}),
                   _indicator("fine", "某项覆盖率", "%", "up", {2025: "持续提高", 2030: "≥90%"}))
    messages = sorted(message for code, message in found if code == "phrase-direction")
    assert len(messages) == 3, found
    assert any("'持续提高' asks it to rise" in m and m.startswith("deaths") for m in messages)
    assert any("'≥20/10万' sets a floor" in m for m in messages)
    assert any(m.startswith("years") and "asks it to fall" in m for m in messages)
    assert not any(m.startswith("fine") for m in messages)


def test_a_phrase_naming_another_year_is_reported(tmp_path):
    found = _codes(tmp_path, _indicator("years", "某项寿命", "岁", "up", {2025: "到2030年达到80岁", 2030: "到2030年达到81岁"}))
    assert [code for code, _ in found] == ["phrase-year"]
    assert "names 2030, but it is the target for 2025" in found[0][1]


def test_level_targets_ten_times_apart_are_reported(tmp_path):
    found = _codes(tmp_path,
                   _indicator("share", "某项素养水平", "%", "up", {2025: "25", 2030: "0.3"}),
                   _indicator("beds", "某类床位数", "张", "up", {2025: "6.5张", 2030: "7万张"}),
                   _indicator("steady", "某项知晓率", "%", "up", {2025: "60", 2030: "80"}))
    scale = [message for code, message in found if code == "target-scale"]
    assert len(scale) == 2, found
    assert any(m.startswith("share") and "1/83.3 of the 2025 target" in m for m in scale)
    assert any(m.startswith("beds") and "10,769 times" in m for m in scale)


def test_check_names_the_slips_on_stderr_from_the_cache_too(tmp_path, monkeypatch):
    """``checker check`` of a plan with such a slip says so on standard error before the verdicts, the
    second time (the plan taken from the cache of parsed plans) as the first; the verdicts and the exit
    code are those of the plan as written."""
    from checker.cli import main

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("deaths", "某病死亡率", "1/10万", "down", {2025: "持续提高"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值\n某县,某病死亡率,2020,8.5\n某县,某病死亡率,2023,11\n", encoding="utf-8")
    runner = _runner()
    for _ in range(2):
        result = runner.invoke(main, ["check", str(path), str(data), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert "'持续提高' asks it to rise, but the plan says lower is better" in result.stderr
        assert "[phrase-direction]" in result.stderr and "checker lint" in result.stderr
        assert '"status": "pass"' in result.stdout
        assert json.loads(result.stdout)["plan_warnings"][0].endswith("[phrase-direction]")
    assert any((tmp_path / "cache").iterdir())  # the second run read the plan from the cache
    out = tmp_path / "audit.html"
    reported = runner.invoke(main, ["report", str(path), str(data), "-o", str(out), "--lang", "en"])
    assert reported.exit_code == 0, reported.output
    assert "[phrase-direction]" in reported.stderr
    html = out.read_text(encoding="utf-8")
    assert "Possible slips in the plan file" in html and "asks it to rise" in html


def test_check_warns_of_values_a_hundred_times_off_the_target(tmp_path):
    """A target written as a fraction (``≥0.85`` for 85%) beside data in %: every region passes by a
    hundred times. ``check`` judges it as written but says so on standard error, located at the data."""
    from checker.cli import main

    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("cover", "某项签约服务覆盖率", "%", "up", {2025: "≥0.85"}), encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("地区,指标,年份,数值,单位\n某县,某项签约服务覆盖率,2020,60,%\n某县,某项签约服务覆盖率,2025,70,%\n",
                    encoding="utf-8")
    runner = _runner()
    result = runner.invoke(main, ["check", str(path), str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"{data}:2:4: warning:" in result.stderr
    assert "about 100 times larger than the plan's target '≥0.85' (2025)" in result.stderr
    out = tmp_path / "audit.html"
    assert runner.invoke(main, ["report", str(path), str(data), "-o", str(out), "--lang", "en"]).exit_code == 0
    assert "Possible slips in the data (values 100 times off a target" in out.read_text(encoding="utf-8")
    assert "about 100 times larger than the plan" in out.read_text(encoding="utf-8")
    fine = tmp_path / "fine.csv"
    fine.write_text(data.read_text(encoding="utf-8").replace(",60,", ",0.6,").replace(",70,", ",0.7,"), encoding="utf-8")
    quiet = runner.invoke(main, ["check", str(path), str(fine), "--format", "json"])
    assert "times" not in quiet.stderr


def test_two_indicators_of_one_name_are_reported(tmp_path):
    """Data rows find an indicator by its name: of two indicators named alike (traditional characters and
    spaces aside) the second never gets a row, so lint says so."""
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + _indicator("mmr", "孕产妇死亡率", "1/10万", "down", {2025: "≤10/10万"})
                    + _indicator("mmr2", "孕產婦 死亡率", "1/10万", "down", {2025: "比2020年下降20%"})
                    + _indicator("imr", "婴儿死亡率", "‰", "down", {2025: "≤5‰"}), encoding="utf-8")
    found = [p for p in lint(path) if p.code == "duplicate-name"]
    assert len(found) == 1 and found[0].message.startswith("mmr2: the name '孕產婦 死亡率' is also mmr's")
