"""Issue 17 item 3: with --lang en, no Chinese character is printed except inside what the plan and
data files themselves say: the plan's target texts, source quotes and names, region names, and the
notes and cells of the data. Checked on the table, the JSON reasons, markdown and the HTML report."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker
from checker.cli import main
from checker.language.units import in_english

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted(path.stem for path in (ROOT / "plans").glob("*.yaml"))
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _theirs(plan_id: str) -> list[str]:
    """Every text of the plan and its example data that a report may quote as written, longest first."""
    plan = checker.load_plan(plan_id)
    texts = {plan.title_zh, plan.region, *plan.references.values(), *map(str, plan.source.values())}
    for indicator in plan.indicators:
        texts |= {indicator.name_zh, *indicator.aliases, indicator.responsible or ""}
        if indicator.domain not in plan.domains_en:  # a domain with an English name must be printed in it
            texts.add(indicator.domain or "")
        if indicator.source and indicator.source.quote:
            texts.add(indicator.source.quote)
        for target in indicator.targets:
            texts.add(target.text)
            if target.source and target.source.quote:
                texts.add(target.source.quote)
            texts |= set(target.rule.notes) | {getattr(target, "note", None) or ""}
        for baseline in indicator.baselines:
            texts.add(str(baseline.text) if getattr(baseline, "text", None) else "")
    data = (ROOT / "examples" / f"{plan_id}.csv").read_text(encoding="utf-8-sig")
    for line in data.splitlines():
        texts |= set(line.split(","))
        texts |= set(re.findall(r"[（(]([^）)]*)[）)]", line))  # a cell's annotation is kept as its note
    texts.discard("")
    return sorted(texts, key=len, reverse=True)


def _left(text: str, plan_id: str) -> list[str]:
    """The Chinese left once every text of the plan's and the data's own is taken out (white space
    ignored on both sides, so that a text wrapped over lines is still found)."""
    text = re.sub(r"\s+", "", text)
    for theirs in _theirs(plan_id):
        text = text.replace(re.sub(r"\s+", "", theirs), "|")
    return HAN.findall(text)


def _run(*args: str, width: int = 200) -> str:
    result = CliRunner().invoke(main, list(args), env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 5000])  # blocks, and a table too wide to wrap a cell
@pytest.mark.parametrize("plan", PLANS)
def test_table_in_english(plan, width):
    text = _run("check", plan, str(ROOT / "examples" / f"{plan}.csv"), "--lang", "en", width=width)
    assert _left(text, plan) == []


@pytest.mark.parametrize("plan", PLANS)
def test_json_reasons_and_evidence_in_english(plan):
    data = json.loads(_run("check", plan, str(ROOT / "examples" / f"{plan}.csv"), "--lang", "en", "--format", "json"))
    for result in data["results"]:
        words = " ".join([result["reason"]["en"], result["evidence"].get("band") or "",
                          result["evidence"].get("arithmetic") or ""])
        assert _left(words, plan) == [], (result["indicator"], words)


@pytest.mark.parametrize("plan", PLANS)
def test_markdown_in_english(plan):
    text = _run("check", plan, str(ROOT / "examples" / f"{plan}.csv"), "--lang", "en", "--format", "markdown")
    assert _left(text, plan) == []


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


@pytest.mark.parametrize("plan", PLANS)
def test_html_report_in_english(plan, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", plan, str(ROOT / "examples" / f"{plan}.csv"), "-o", str(out),
                                       "--lang", "en", "--generated-at", "2025-03-31T00:00:00"])
    assert result.exit_code == 0, result.output
    parser = _Text()
    parser.feed(out.read_text(encoding="utf-8"))
    assert _left("\n".join(parser.chunks), plan) == []


def test_amounts_of_the_unit_in_english_words():
    assert in_english("13.5/10万 against ≤ 12/10万", "1/10万") == "13.5 per 100,000 against ≤ 12 per 100,000"
    assert in_english("79.2岁 (from data)", "岁") == "79.2 years (from data)"
    assert in_english("55–60万人", "万人") == "55–60 × 10,000 persons"
    assert in_english("4.05‰", "‰") == "4.05‰"
    assert in_english("2.5人次 and 3人", "人") == "2.5人次 and 3 persons"  # only amounts of that unit


def test_an_english_table_gives_each_targets_meaning_beside_the_plans_words():
    text = _run("check", "nanan-2030", str(ROOT / "examples" / "nanan-2030.csv"), "--lang", "en", width=80)
    assert "控制在12/10万左右 (2030) = value around 12 per 100,000" in text
    chinese = _run("check", "nanan-2030", str(ROOT / "examples" / "nanan-2030.csv"), width=80)
    assert "= value" not in chinese and "控制在12/10万左右 (2030)" in chinese


def test_an_english_target_is_not_explained_again(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("""plan:
  id: sample-city-2030
  title: {zh: "Healthy Sample City 2030", en: "Healthy Sample City 2030"}
  region: Sample City
  base_year: 2020
  target_years: [2030]
indicators:
  - id: life_expectancy
    name: {zh: 人均预期寿命, en: Life expectancy}
    unit: 岁
    direction: up
    targets:
      2030: {text: "above 80 years"}
""", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value\nSample City,人均预期寿命,2024,79.1\n", encoding="utf-8")
    text = _run("check", str(plan), str(data), "--lang", "en", width=200)
    assert "above 80 years (2030)" in text and "= value" not in text
