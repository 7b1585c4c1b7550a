"""Round 36: the audit report names the plan document a plan was written from, with its SHA-256.

The report listed the plan file, the data and the rules with their digests, but not the document the plan's targets
were taken from: an inspector could not tell from the report which version of the plan text (a 征求意见稿 or the
final one) the YAML follows. ``checker extract`` now records the document's SHA-256 in ``plan.source``, the bundled
plans record their seeds', and the report's inputs table lists the document as the plan records it.
"""
import hashlib
from pathlib import Path

import pytest
import yaml

from click.testing import CliRunner

from checker.cli import main


def run(*arguments):
    """The command line ``checker ARGUMENTS``, in process."""
    return CliRunner().invoke(main, [*map(str, arguments)])

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PLANS = Path(__file__).resolve().parents[1] / "plans"


def test_extract_records_the_documents_digest(tmp_path):
    """The draft's ``plan.source`` holds the document's file name and the SHA-256 of its bytes."""
    document = tmp_path / "某市规划.txt"
    document.write_text("某市卫生健康事业发展规划\n\n到2030年，婴儿死亡率控制在4‰以下。\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = run("extract", str(document), "-o", str(out))
    assert result.exit_code == 0, result.output
    source = yaml.safe_load(out.read_text(encoding="utf-8"))["plan"]["source"]
    assert source == {"file": "某市规划.txt", "sha256": hashlib.sha256(document.read_bytes()).hexdigest()}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside the project")
@pytest.mark.parametrize("plan", sorted(PLANS.glob("*.yaml")), ids=lambda path: path.stem)
def test_each_bundled_plan_records_its_seeds_digest(plan):
    """A bundled plan's recorded digest is its seed's: the plan and the document it follows cannot drift apart
    unnoticed."""
    source = yaml.safe_load(plan.read_text(encoding="utf-8"))["plan"]["source"]
    seed = SEEDS / source["file"]
    assert source["sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()


def _report(tmp_path: Path, source: str) -> str:
    plan = tmp_path / "plan.yaml"
    plan.write_text(f"""plan:
  id: demo
  title: {{zh: 某市规划}}
  region: 某市
  base_year: 2020
  target_years: [2030]
{source}indicators:
- id: infant_mortality
  name: {{zh: 婴儿死亡率}}
  unit: ‰
  direction: down
  targets:
    2030: {{text: ≤4‰, source: {{line: 3, quote: 控制在4‰以下}}}}
""", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value\n某市,婴儿死亡率,2030,3.1\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = run("report", str(plan), str(data), "-o", str(out), "--generated-at", "2031-01-01")
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_report_lists_the_plan_document_with_its_digest(tmp_path):
    """The inputs table has a row for the plan document: file, document number, and the digest the plan records."""
    digest = "ab" * 32
    html = _report(tmp_path, f"  source: {{document: 某政办〔2024〕1号, file: 规划.docx, sha256: {digest}}}\n")
    row = html[html.index("规划原文（据"):]
    row = row[:row.index("</tr>")]
    assert "规划.docx" in row and "某政办〔2024〕1号" in row and digest in row


def test_a_plan_recording_no_digest_says_so(tmp_path):
    """A plan that names its document but no digest shows the row with — and says the plan records none (no digest is
    made up from a file the report does not read)."""
    html = _report(tmp_path, "  source: {file: 规划.docx}\n")
    row = html[html.index("规划原文（据"):]
    row = row[:row.index("</tr>")]
    assert "规划.docx" in row and "规划文件未记载其摘要" in row and ">—<" in row


def test_a_plan_naming_no_document_has_no_row(tmp_path):
    """A plan written from scratch (no ``source``) has no plan-document row."""
    assert "规划原文（据" not in _report(tmp_path, "")


def test_the_english_cover_says_each_band_once(tmp_path):
    """岁 and 年 both read "years" in English, and the policy gives them the same caps: the English cover listed the line
    "in years: an 'around' band …" twice (the Chinese cover's 以岁计 and 以年计 lines differ and both stay)."""
    out_en, out_zh = tmp_path / "en.html", tmp_path / "zh.html"
    for out, lang in ((out_en, "en"), (out_zh, "zh")):
        result = run("report", "nanan-2030", Path(__file__).resolve().parents[1] / "examples" / "nanan-2030.csv",
                     "-o", out, "--lang", lang, "--generated-at", "2031-01-01")
        assert result.exit_code == 0, result.output
    english = out_en.read_text(encoding="utf-8")
    chinese = out_zh.read_text(encoding="utf-8")
    lists = chinese.count("<li>以岁计的指标")  # the bands are listed on the cover and again at the end
    assert lists >= 1 and chinese.count("<li>以年计的指标") == lists
    assert english.count("<li>in years: an") == lists
