"""Round 38, hostile inputs to extract and explain: a paragraph of thousands of clauses on one line drafted in time
linear in them (it was quadratic: 128 KB took 41 s), ``explain -`` with standard input closed refused (exit 2, not 3),
``explain -`` answering every input line in order (a blank one as ``unspecified``; a fourth field refused), and a
clause the grammar reads in its indicator's catalogue unit (經常參加體育鍛煉人數達4.35億, in 万人) not noted as unread."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main
from drafts import draft_from

ROOT = Path(__file__).resolve().parents[1]
#: the clauses of a plan's goals, each a target (the shapes of 到2030年，婴儿死亡率控制在5‰以下，人均预期寿命达到80岁)
CLAUSES = ("婴儿死亡率控制在{}‰以下", "人均预期寿命达到{}岁", "孕产妇死亡率下降到{}/10万以下", "居民健康素养水平达到{}%")


def _goals(count: int, one_line: bool) -> str:
    """A plan of ``count`` distinct target clauses, all in one paragraph's line or each a line of its own."""
    parts = [CLAUSES[i % 4].format(10 + (i * 7) % 80 + (i % 13) / 10) for i in range(count)]
    joined = "，".join(parts) if one_line else "。\n到2030年，".join(parts)
    return f"健康某县2030行动规划\n\n到2030年，{joined}。\n"


def _run(*args: str, input: str | None = None):
    try:
        runner = CliRunner(mix_stderr=False)  # click 8.1: keep stderr apart
    except TypeError:
        runner = CliRunner()
    return runner.invoke(main, list(args), input=input)


# --- finding 6: one line of many clauses ------------------------------------------------------------------------


def test_a_paragraphs_language_is_judged_once_not_once_a_target(monkeypatch):
    """Whether a paragraph is English was asked once for every target in it, over the whole paragraph: 400 clauses on
    one line made 400 scans of it. The characters examined stay a few times the paragraph's length."""
    from checker.documents import english_sentences

    examined = []
    original = english_sentences.is_english
    monkeypatch.setattr(english_sentences, "is_english", lambda text: examined.append(len(text)) or original(text))
    text = _goals(400, one_line=True)
    draft = draft_from(text)
    assert sum(len(item["targets"]) for item in draft.indicators) == 4
    assert sum(examined) < 5 * len(text)
    # the financial years a paragraph names are found once and kept: a target filed under one is still told so
    from checker.documents.english_sentences import financial_year_note

    text = "Achieve the following outcomes by 2022-23: reduce smoking to 10%; and by 2027-28, to 5%."
    assert financial_year_note(text, 2027).startswith("a financial year (2027-28): filed under 2027")
    assert financial_year_note(text, 2022).startswith("a financial year (2022-23)")
    assert financial_year_note(text, 2023) is None and financial_year_note(text, None) is None
    assert financial_year_note("by 2030-31", 2030).startswith("a financial year (2030-31)")  # another paragraph


def test_the_paragraph_above_is_searched_once_for_what_it_measures_not_once_a_target():
    """Each target of a paragraph asked the paragraph above whether it leads a list of what is measured, searching
    it whole: 30,000 sentences under a 1.6 MB line never finished. The answer is kept for the paragraph."""
    from checker.documents.english_sentences import named_from_lead

    lead = "到2030年，婴儿死亡率控制在5‰以下" + "，人均预期寿命达到80岁" * 30_000
    started = time.process_time()
    assert all(named_from_lead("孕产妇死亡率", lead) is None for _ in range(300))
    assert time.process_time() - started < 0.5  # (2.6 s before: 300 searches of 360,000 characters)
    lead = "By 2020, reduce the percentage of adults who are"
    assert named_from_lead("Obese", lead) == "percentage of adults who are obese"


# --- finding 7: explain - with standard input closed -----------------------------------------------------------


def test_explain_stdin_closed_is_refused_not_a_bug():
    """``checker explain - <&-``: Python's sys.stdin is None; it was read unguarded (exit 3, AttributeError)."""
    for extra in ((), ("--format", "json")):
        done = subprocess.run([sys.executable, "-m", "checker", "explain", "-", *extra], capture_output=True, text=True,
                              encoding="utf-8", cwd=ROOT, timeout=120, preexec_fn=lambda: os.close(0),
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 2, done.stderr
        assert "standard input is closed" in done.stderr
        assert "internal error" not in done.stderr and not done.stdout


# --- finding 8: explain - answers every line -------------------------------------------------------------------


def test_explain_stdin_answers_a_blank_line_as_no_target_set():
    """A column's empty cells were skipped, so every later answer stood a row above its phrase: one answer a line."""
    result = _run("explain", "-", "--format", "json", input="≤4‰\n\n   \n≥90%\t%\tup\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["text"] for record in records] == ["≤4‰", "", "   ", "≥90%"]
    assert [record["kind"] for record in records] == ["upper_bound", "unspecified", "unspecified", "lower_bound"]


def test_explain_stdin_text_answers_every_line_too():
    result = _run("explain", "-", input="≤4‰\n\n≥90%\n")
    assert result.exit_code == 0
    assert result.stdout.count("kind ") == 3 and "unspecified" in result.stdout


def test_explain_stdin_refuses_a_fourth_field_at_its_line():
    """``≤5<tab>‰<tab>down<tab>extra`` was read as ``≤5`` with the extra field dropped in silence."""
    result = _run("explain", "-", "--format", "json", input="≤5‰\n≤5\t‰\tdown\textra\n≥90%\t%\tup\n")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3 and records[0]["error"] is None and records[2]["error"] is None
    assert records[1]["kind"] is None and "<stdin>:2" in records[1]["error"] and "'extra'" in records[1]["error"]


# --- finding 11: a clause read once its catalogue unit is known ------------------------------------------------


def test_a_clause_read_in_the_catalogue_unit_is_not_noted_unread():
    """經常參加體育鍛煉人數達4.35億 (國家人權行動計畫 2016—2020) was tried before its unit was known and noted "the grammar
    cannot read this clause", though it reads in the catalogue's 万人 (4.35亿 = 43500万人)."""
    draft = draft_from("國家人權行動計畫（2016—2020年）\n\n到2020年，經常參加體育鍛煉人數達4.35億。\n")
    (item,) = draft.indicators
    assert item["unit"] == "万人"
    target = item["targets"][2020]
    assert target["text"] == "經常參加體育鍛煉人數達4.35億"
    assert "cannot read" not in (target.get("review") or "")
    assert "_refused" not in target
    # a clause the grammar cannot read in its unit either (控制在5‰或6‰) keeps the finder's note
    draft = draft_from("健康某县2030行动规划\n\n到2030年，婴儿死亡率控制在5‰或6‰。\n")
    targets = [target for item in draft.indicators for entry in item["targets"].values()
               for target in (entry if isinstance(entry, list) else [entry])]
    assert targets and all("cannot read" in (target.get("review") or "") for target in targets)
    assert not any("_refused" in target for target in targets)
