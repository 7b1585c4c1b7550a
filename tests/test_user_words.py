"""User-facing text speaks of the user's own documents, never of the project's design notes or the
source plans it was built from: schema descriptions, docs a user reads, rules/ comments, messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.plan.loader import plan_schema
from checker.reporters.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
PROJECT_WORDS = re.compile(r"design\.md|seed|shared/", re.IGNORECASE)


def _descriptions(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["description"]] if isinstance(node.get("description"), str) else []
        return found + [d for value in node.values() for d in _descriptions(value)]
    if isinstance(node, list):
        return [d for value in node for d in _descriptions(value)]
    return []


def test_schema_descriptions_speak_of_the_plan_document():
    descriptions = _descriptions(plan_schema())
    assert descriptions and not [d for d in descriptions if PROJECT_WORDS.search(d)]
    assert any("plan document" in d for d in descriptions)


def test_schema_leaves_source_optional():
    schema = plan_schema()
    assert "source" not in schema["$defs"]["target"]["required"]
    assert json.dumps(schema).count('"source"') >= 3  # still described wherever it may be given


def test_docs_rules_and_messages_do_not_send_users_elsewhere():
    files = [*ROOT.glob("rules/*.yaml"), ROOT / "rules" / "units.txt",
             *(p for p in ROOT.glob("docs/*.md") if p.name != "decisions.md")]  # decisions.md is for developers
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not PROJECT_WORDS.search(line), f"{path.name}:{number}: {line}"
    for key, words in MESSAGES.items():
        for text in words:
            assert not PROJECT_WORDS.search(text) and "source text" not in text, key
