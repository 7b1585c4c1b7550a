"""Round 38: traditional-character and overseas-Chinese texts (Taiwan, Hong Kong, Macau) in `checker extract`.

A tester drafting Health Taiwan's table and Hong Kong's policy address found a share whose row says 10% → 8% and
下降 drafted "up" from its name's 比率 (a worse value then passed), counts in Chinese numerals (逾十萬名市民) lost into
the name, dated deliverables with 設立 / 成立 never drafted, a place (於瑪麗醫院) taken for the indicator, a programme
(未來「長照3.0」) for the measure, no-year targets dropped without a word, and 施政報告 not taken for a title.
"""
from __future__ import annotations

import pytest

from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.documents.text import read_text


def _table_draft(tmp_path, rows: str, header: str = "<td>指標</td><td>基準值（109年）</td><td>119年目標值</td><td>備註</td>"):
    """The draft of a Taiwan-style indicator table (民國 years in its headers) with ``rows`` (HTML table rows)."""
    path = tmp_path / "plan.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><p>健康臺灣推動計畫</p>'
                    f'<table border="1"><tr>{header}</tr>{rows}</table></body></html>', encoding="utf-8")
    return build(read_document(path))


def _row(name: str, base: str, target: str, note: str) -> str:
    return f"<tr><td>{name}</td><td>{base}</td><td>{target}</td><td>{note}</td></tr>"


def _indicator(draft, name: str) -> dict:
    return next(item for item in draft.indicators if item["name"]["zh"] == name)


# F1 — a row's own evidence against the name's word


def test_a_rows_note_and_path_outrank_the_names_word(tmp_path):
    """不健康年數占平均餘命比率 | 10% | 8% | 從10%下降到8% was drafted up (比率), and 11.5% passed as reached."""
    draft = _table_draft(tmp_path, _row("不健康年數占平均餘命比率", "10%", "8%", "從10%下降到8%"))
    item = _indicator(draft, "不健康年數占平均餘命比率")
    assert item["direction"] == "down"
    assert "table row" in item["review"] and "10% → 8%" in item["review"]


def test_a_rows_note_alone_outranks_the_names_word(tmp_path):
    draft = _table_draft(tmp_path, _row("某某比率", "", "8%", "逐年下降"))
    assert _indicator(draft, "某某比率")["direction"] == "down"


def test_where_the_rows_note_and_path_disagree_no_way_is_guessed(tmp_path):
    """The note says 下降, the targets go 10% → 12%: the row contradicts itself — no guess."""
    draft = _table_draft(tmp_path, _row("某某比率", "10%", "12%", "下降"))
    item = _indicator(draft, "某某比率")
    assert item["direction"] == "neutral" and "both ways" in item["review"]


def test_a_path_alone_against_a_shares_name_is_not_guessed(tmp_path):
    """比率 suggests up, 10% → 8% says down, nothing else speaks: no guess either way."""
    draft = _table_draft(tmp_path, _row("某某比率", "10%", "8%", ""))
    item = _indicator(draft, "某某比率")
    assert item["direction"] == "neutral" and "10% → 8%" in item["review"]


def test_a_neutral_names_path_in_percent_says_the_way(tmp_path):
    draft = _table_draft(tmp_path, _row("某某指數", "10%", "8%", ""))
    item = _indicator(draft, "某某指數")
    assert item["direction"] == "down" and "10%" in item["review"]
