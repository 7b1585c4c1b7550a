"""``checker extract`` on the five seed documents, compared with the bundled plans (the answer keys).

Table targets: every target whose source line lies in the plan's indicator table must be drafted with
the same year, the same words and the same line, under an indicator of the same name. Body targets
(the rest of the key): recall and precision are measured — a drafted target matches a key target on
the same line whose words are the same or one holds the other — and held to the floors measured when
this was written (docs/extract.md lists them). The drafts must lint with review warnings only, and
``checker check`` must run on each with the seed's example data.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.documents.draft import build, to_yaml
from checker.documents.text import read
from checker.plan.lint import lint

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("CHECKER_SEEDS") or ROOT.parent / "shared" / "seeds")
if not SEEDS.is_dir():
    pytest.skip(f"seed plans not found at {SEEDS} (set CHECKER_SEEDS)", allow_module_level=True)

KEYS = {
    "000_2ad0531add9e615f.txt": "nanan-2030",
    "001_3017dd3902afe4e7.txt": "raoping-2030",
    "002_5016c072d5ffe20f.txt": "nantong-2030",
    "003_c3b46ea3b2ae820f.txt": "fuzhou-14th-fyp",
    "004_bf6091a721eff7e0.txt": "nanyang-14th-fyp",
}
# measured body recall / precision (docs/extract.md): a change that loses ground fails here
FLOORS = {  # (recall, precision) of body targets, as measured
    "nanan-2030": (0.95, 0.95),  # key 162 body targets, drafted 155
    "raoping-2030": (0.86, 0.97),  # key 86, drafted 71
    "nantong-2030": (0.95, 0.92),  # key 116, drafted 119
    # key 110, drafted 83; 0.89 since round 41 (the fold of round 40's grammar branch): line 467's draft text is now the
    # key's own 进一步提高 (it was 提高, which matched the same line's 着力提高 too, by its substring: a target no draft holds)
    "fuzhou-14th-fyp": (0.89, 0.98),
    "nanyang-14th-fyp": (0.86, 0.95),  # key 116, drafted 94
}


def squeeze(text) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


def targets(plan: dict) -> list[dict]:
    out = []
    for item in plan["indicators"]:
        names = {squeeze((item["name"].get("zh") or item["name"]["en"])), *(squeeze(a) for a in item.get("aliases") or [])}
        for year, entry in item["targets"].items():
            for target in entry if isinstance(entry, list) else [entry]:
                source = target.get("source") or {}
                # a target said again in the same words is drafted once, the later lines in its note (round 40)
                again = [int(line) for line in re.findall(r"said again in the same words at line (\d+)",
                                                          target.get("review") or "")]
                out.append({"names": names, "year": int(year), "text": squeeze(target["text"]),
                            "line": source.get("line"), "standing": target.get("standing", False), "again": again})
    return out


def table_span(key: dict) -> tuple[int, int]:
    source = key["plan"]["source"]
    if "table_line" in source:
        return source["table_line"], source["table_end_line"]
    lines = [t["line"] for t in targets(key) if t["line"] and t["text"] and "table" in key["plan"]["source"]]
    return min(lines), max(lines)


def _same_words(a: str, b: str) -> bool:
    return a == b or (len(a) >= 2 and len(b) >= 2 and (a in b or b in a))


def compare(seed: str):
    key = yaml.safe_load((ROOT / "plans" / f"{KEYS[seed]}.yaml").read_text(encoding="utf-8"))
    draft = build(read(SEEDS / seed), plan_id="draft")
    drafted = targets(draft.as_yaml_data())
    spans = [(t.table.line, max(c.line for row in t.table.rows for c in row)) for t in draft.tables]
    in_table = lambda line: any(start <= (line or 0) <= end for start, end in spans)  # noqa: E731
    key_targets = targets(key)
    key_table = [t for t in key_targets if in_table(t["line"])]
    key_body = [t for t in key_targets if not in_table(t["line"]) and t["line"]]
    draft_table = [t for t in drafted if in_table(t["line"])]
    draft_body = [t for t in drafted if not in_table(t["line"])]
    missing_table = [t for t in key_table if not any(
        d["line"] == t["line"] and d["year"] == t["year"] and d["text"] == t["text"] and d["names"] & t["names"]
        for d in draft_table)]
    matched = lambda d, k: k["line"] in (d["line"], *d.get("again", ())) and _same_words(d["text"], k["text"]) and (  # noqa: E731
        d["year"] == k["year"] or k["standing"] or d["standing"])
    found = [k for k in key_body if any(matched(d, k) for d in draft_body)]
    right = [d for d in draft_body if any(matched(d, k) for k in key_body)]
    recall = len(found) / len(key_body) if key_body else 1.0
    precision = len(right) / len(draft_body) if draft_body else 1.0
    return draft, key_table, missing_table, len(key_body), len(draft_body), recall, precision


@pytest.mark.parametrize("seed", sorted(KEYS))
def test_every_table_target_is_drafted(seed):
    _, key_table, missing, *_ = compare(seed)
    assert key_table, "the key's table targets were not located"
    assert not missing, f"{len(missing)} of {len(key_table)} table targets not drafted: {missing[:3]}"


@pytest.mark.parametrize("seed", sorted(KEYS))
def test_body_recall_and_precision_hold(seed):
    *_, recall, precision = compare(seed)
    floor_recall, floor_precision = FLOORS[KEYS[seed]]
    assert recall >= floor_recall and precision >= floor_precision, (recall, precision)


@pytest.mark.parametrize("seed", sorted(KEYS))
def test_draft_lints_with_review_items_only_and_checks(seed, tmp_path):
    draft = build(read(SEEDS / seed), plan_id="draft")
    path = tmp_path / "draft.yaml"
    path.write_text(to_yaml(draft, seed), encoding="utf-8")
    problems = lint(path)
    errors = [p for p in problems if p.severity == "error"]
    assert not errors, [str(p) for p in errors[:3]]
    assert {p.code for p in problems} <= {"review", "conflict", "linked", "target-year", "baseline-conflict",
                                          "baseline-year",  # a table's baseline marked as another year's
                                          "references",  # 高于全省平均: which region 全省 is, a person says
                                          "duplicate-target"}  # a plan that states a target in two places, both kept
    data = sorted((ROOT / "examples").glob(f"{KEYS[seed]}*.csv")) or sorted((ROOT / "examples").glob("*.csv"))
    result = CliRunner().invoke(main, ["check", str(path), str(data[0]), "--format", "json"])
    assert result.exit_code in (0, 1), result.output[-2000:]
