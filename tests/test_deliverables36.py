"""Round 36: yes/no goals and full coverage in a draft.

A planning office extracting 浙江's 2027 goals found every deliverable (``基本建成现代化养老服务体系``, ``实现碳达峰``) and
every full-coverage goal drafted ``direction: neutral`` with "direction not known: say whether up or down is better":
for a thing done or full coverage there is nothing to guess, yet ``lint --strict`` made them invent one. And
``“无废城市”全覆盖`` was drafted with the text ``”全覆盖`` — the name's closing quote left on the target's words.
"""
from files import drafted_of, drafted_targets
from checker.documents.draft import build
from checker.documents.readers import read_document
from checker.documents.text import read_text


def _indicators(text: str) -> list[dict]:
    return build(read_text(text, "plan.txt")).indicators


HEAD = "浙江省某规划\n\n"


def test_deliverables_and_full_coverage_are_up_with_no_note():
    """A thing to be done or covered fully is better done: up, no direction note to clear by hand."""
    items = _indicators(HEAD + "到2027年，“无废城市”全覆盖，基本建成现代化养老服务体系。\n")
    assert [item["direction"] for item in items] == ["up", "up"]
    assert not any("direction" in item.get("review", "") for item in items)


def test_a_quoted_name_keeps_its_quotes_out_of_the_target():
    """The target's words start after the name's closing quote: 全覆盖, not ”全覆盖."""
    texts = [text for _, _, text, _ in drafted_targets(HEAD + "到2027年，“无废城市”全覆盖。\n")]
    assert texts == ["全覆盖"]


def test_a_bound_still_guesses_with_its_note():
    """Only a thing done or covered skips the guess: a bound of a name with no clue keeps its note."""
    items = _indicators(HEAD + "到2027年，某某指数达到90以上。\n")
    assert items[0]["direction"] == "up" and "guessed" in items[0]["review"]


def test_a_mixed_indicator_is_not_taken_as_done():
    """An indicator with a level and a thing done among its targets is guessed as before (the level decides)."""
    items = _indicators(HEAD + "到2025年，某某工作体系基本建成。到2027年，某某工作体系覆盖率达到90%以上。\n")
    levels = [item for item in items if any(t["text"].startswith("达到") for t in item["targets"].values())]
    assert levels and all("guessed" in item["review"] for item in levels)


def test_a_cyrillic_letter_typed_for_a_roman_numeral(tmp_path):
    """浙江's text writes 优于Ш类 with the Cyrillic Ш (U+0428) for Ⅲ: the drafted name has Ⅲ, so data typed with Ⅲ or
    III matches it (the name kept the Cyrillic letter, and no data file matched)."""
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + "到2027年，地表水省控断面达到或优于Ш类水体比例达到95%以上。\n", encoding="utf-8")
    items = build(read_document(path)).indicators
    assert [item["name"]["zh"] for item in items] == ["地表水省控断面达到或优于Ⅲ类水体比例"]


def test_where_a_deliverable_is_done_then_basically_is_no_name():
    """健康中国行动's `重点城市基本建成生活垃圾分类处理系统` was drafted (建成生活垃圾分类处理系统, named 生活垃圾分类处理系统) until 基本
    became a modifier this round: the grammar then named 重点城市 the subject, and the deliverable was lost from the
    document's draft. Where it is done (a place) before 基本建成 names nothing: the thing built is the name, 基本 kept."""
    drafted = drafted_of(HEAD + "到2030年，重点城市基本建成生活垃圾分类处理系统。\n")
    assert drafted == {("生活垃圾分类处理系统", 2030, "基本建成生活垃圾分类处理系统")}
    assert drafted_of(HEAD + "到2030年，重点城市建成生活垃圾分类处理系统。\n") == \
        {("生活垃圾分类处理系统", 2030, "建成生活垃圾分类处理系统")}
