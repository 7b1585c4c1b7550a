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


# F2, F3 — a count in Chinese numerals before whom it counts


def _body(sentence: str) -> list[tuple]:
    from files import drafted_targets

    return drafted_targets(f"发展目标\n\n{sentence}\n\n到2025年，人均预期寿命达到80岁。\n")


@pytest.mark.parametrize("sentence, count", [("到2025年，逾十萬名市民完成心肺復甦法訓練。", "逾十萬名"),
                                             ("到2025年，逾十万名市民完成心肺复苏法训练。", "逾十万名"),
                                             ("到2025年，超过十万名市民完成心肺复苏法培训。", "超过十万名"),
                                             ("到2025年，超过10万名市民完成心肺复苏法培训。", "超过10万名")])
def test_a_count_before_whom_it_counts_is_the_target(sentence, count):
    """`逾十萬名市民完成…` was named 逾十万名市民, a yes/no with no note; `超过十万名市民完成…` vanished with no word."""
    found = [hit for hit in _body(sentence) if hit[0] != "人均预期寿命"]
    assert [(name, year, text) for name, year, text, _ in found] == [
        (f"市民完成心肺复苏法{'训练' if '訓練' in sentence or '训练' in sentence else '培训'}的人数", 2025, count)]
    assert "count written before" in found[0][3]


def test_a_count_in_chinese_numerals_in_a_deliverables_name_is_flagged():
    """As 10万名 in the name is (the name holds …: how many is the target), so is 十万名."""
    found = [hit for hit in _body("到2025年，全市十万名居民建成健康档案。") if hit[0] != "人均预期寿命"]
    assert found and all("十万名" in (review or "") for *_, review in found)


# F4 — 設立 / 成立 deliverables, and a bare year before the verb


@pytest.mark.parametrize("sentence, name, words", [("到2025年，设立胸痛中心。", "胸痛中心", "设立胸痛中心"),
                                                   ("到2025年，成立母乳库。", "母乳库", "成立母乳库"),
                                                   ("2025年建成母乳库。", "母乳库", "建成母乳库"),
                                                   ("2025年成立母乳庫。", "母乳库", "成立母乳庫")])
def test_dated_deliverables_with_setting_up_verbs(sentence, name, words):
    assert (name, 2025, words, None) in _body(sentence)


def test_hong_kongs_dated_deliverables_are_each_drafted():
    """The policy address's sentence: three deliverables, none drafted (no body sentence with a target, exit 2)."""
    found = _body("2025年於瑪麗醫院根據國家認證標準設立全港首間胸痛中心；及2025年成立母乳庫及建立母乳捐贈機制。")
    names = {name for name, year, _, _ in found if year == 2025}
    assert {"母乳库", "母乳捐赠机制"} <= names
    assert any("胸痛中心" in name for name in names)


# F5 — 於 / 于 a place


@pytest.mark.parametrize("place", ["于", "於"])
def test_at_a_place_is_no_indicator_name(place):
    """`于玛丽医院设立首间胸痛中心` was named 于玛丽医院 with no note; 在… was flagged: 于 now reads as 在."""
    found = [hit for hit in _body(f"到2025年，{place}玛丽医院设立首间胸痛中心。") if hit[0] != "人均预期寿命"]
    assert len(found) == 1
    name, year, _, review = found[0]
    assert not name.startswith(("于", "於")) and "胸痛中心" in name and "玛丽医院" in review


# F10 — a programme's name, and a goal in quotes with no year


def test_a_programmes_name_is_flagged_as_no_measure():
    found = [hit for hit in _body("到2030年，未來「長照3.0」將縮短至1至2日。") if hit[0] != "人均预期寿命"]
    assert found and "programme" in found[0][3]


def test_a_quoted_goal_with_no_year_is_never_dropped_silently():
    """`要達到「…從10%下降到8%」的目標` (no year) was neither drafted nor counted in left_out."""
    draft = build(read_text("健康台灣推動委員會紀要\n\n總統表示，要達到「成人吸菸率從14%下降到10%」的目標，必須全齡養成規律運動習慣。\n\n"
                            "到2030年，人均預期壽命達到82歲。\n", "plan.txt"))
    drafted = {item["name"]["zh"] for item in draft.indicators}
    assert "成人吸烟率" in drafted or any(3 in lines for lines in draft.left_out.values())


# F11 — a policy address is a title


@pytest.mark.parametrize("title", ["行政長官2024年施政報告", "澳門特別行政區2025年財政年度施政報告", "醫務衞生局 施政目標"])
def test_a_policy_address_is_the_drafts_title(title):
    draft = build(read_text(f"{title}\n\n到2025年，第三類緊急病人輪候時間縮短至20分鐘以內。\n", "t13.txt"))
    assert draft.plan["title"] == {"zh": title}
