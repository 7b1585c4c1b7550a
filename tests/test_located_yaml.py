"""checker.plan.located_yaml: exact positions, and every hostile or broken YAML input refused with a located PlanError."""

from __future__ import annotations

import pytest

from checker.plan import located_yaml
from checker.errors import PlanError

SMALL = """\
plan:
  id: demo
indicators:
  - id: first
    targets:
      2030:
        text: "79.7"
  - id: second
    targets:
      2030:
        text: "≤4‰"
        source: {line: 144, quote: "≤4‰"}
"""


def _error(text: str, **kwargs) -> PlanError:
    with pytest.raises(PlanError) as caught:
        located_yaml.loads(text, "t.yaml", **kwargs)
    return caught.value


# --- positions ---------------------------------------------------------------------------------


def test_position_of_deep_value_is_exact():
    doc = located_yaml.loads(SMALL, "t.yaml")
    path = ("indicators", 1, "targets", "2030", "text")
    assert doc.positions[path] == (11, 15)  # the opening quote of "≤4‰" on line 11
    location = doc.locate(path)
    assert (location.file, location.line, location.column) == ("t.yaml", 11, 15)
    assert location.yaml_path() == "indicators[1].targets.2030.text"
    assert str(location) == "t.yaml:11:15"


def test_position_of_key_and_flow_value():
    doc = located_yaml.loads(SMALL, "t.yaml")
    assert doc.key_positions[("indicators", 1, "targets", "2030")] == (10, 7)
    assert doc.positions[("indicators", 1, "targets", "2030", "source", "line")] == (12, 24)
    assert doc.locate(("indicators", 1, "targets", "2030"), key=True).line == 10


def test_locate_missing_path_falls_back_to_enclosing_value():
    doc = located_yaml.loads(SMALL, "t.yaml")
    location = doc.locate(("indicators", 1, "targets", "2030", "rule", "kind"))
    assert location.line == 11  # the mapping of 2030 starts at `text:` on line 11
    assert location.path == ("indicators", 1, "targets", "2030", "rule", "kind")


def test_data_is_plain_with_string_keys_and_verbatim_raw_text():
    doc = located_yaml.loads("targets:\n  2030: {text: 79.70}\nday: 2020-01-01\n", "t.yaml")
    assert doc.data == {"targets": {"2030": {"text": 79.7}}, "day": "2020-01-01"}
    assert doc.raw[("targets", "2030", "text")] == "79.70"


# --- duplicate keys, tabs, syntax ----------------------------------------------------------------


def test_duplicate_key_names_both_lines():
    error = _error("plan:\n  id: a\n  region: x\n  id: b\n")
    assert "duplicate key 'id'" in error.message
    assert "line 2" in error.message  # the first one
    assert error.location.line == 4  # the second one
    assert error.location.yaml_path() == "plan.id"


def test_duplicate_year_key_written_as_int_and_string():
    error = _error("targets:\n  2030: a\n  '2030': b\n")
    assert "duplicate key '2030'" in error.message
    assert "line 2" in error.message and error.location.line == 3


def test_tab_indentation_hint_mentions_tabs_and_line():
    error = _error("plan:\n  id: a\nindicators:\n\t- id: b\n")
    assert error.location.line == 4
    assert "tab" in error.hint
    assert "t.yaml:4:" in str(error)


def test_syntax_error_is_located():
    error = _error("plan:\n  id: a\n  title: [zh\n")
    assert error.message.startswith("YAML syntax error")
    assert error.location.line is not None and error.location.line >= 3


def test_several_documents_refused():
    error = _error("a: 1\n---\nb: 2\n")
    assert error.location.line == 2


# --- hostile input ---------------------------------------------------------------------------------


def _billion_laughs(levels: int = 9) -> str:
    names = "abcdefghijklmnop"[:levels]
    lines = ["a: &a [" + ", ".join(['"x"'] * 9) + "]"]
    for previous, name in zip(names, names[1:]):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_refused_without_expanding_it():
    error = _error(_billion_laughs(9))  # 9**9 = 387 million values if expanded
    assert "alias" in str(error)
    assert error.location.line is not None


def test_alias_bomb_limit_is_a_parameter():
    doc = located_yaml.loads(_billion_laughs(3), "t.yaml")  # 9 + 81 + 729 values: a small, honest use
    assert len(doc.data["c"]) == 9
    error = _error(_billion_laughs(3), max_nodes=100)
    assert "alias" in str(error)


def test_python_tag_refused_and_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"plan: !!python/object/apply:os.system ['touch {marker}']\n"
    error = _error(text)
    assert "tag" in error.message and "python/object/apply:os.system" in error.message
    assert error.location.line == 1
    assert not marker.exists()


@pytest.mark.parametrize("text", ["a: !custom 1\n", "a: !!binary aGVsbG8=\n", "a: !!set {x}\n"])
def test_non_standard_tags_refused(text):
    assert "not allowed" in _error(text).message


def test_merge_key_refused():
    error = _error("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
    assert "merge" in error.message
    assert error.location.line == 3


def test_deep_nesting_refused():
    error = _error("a: " + "[" * 80 + "]" * 80 + "\n")
    assert "deeper" in error.message or "nesting" in error.message
    error = _error("a: " + "[" * 5000 + "]" * 5000 + "\n")  # beyond the parser's own limit: no RecursionError
    assert error.location.line == 1


def test_nan_refused():
    assert "NaN" in _error("a: .nan\n").message


def test_control_character_is_located():
    error = _error("名: 健康\nb: 南安\x07y\n")
    assert (error.location.line, error.location.column) == (2, 6)
    assert "U+0007" in error.message


# --- files -----------------------------------------------------------------------------------------


def test_non_utf8_file_is_located(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes("plan:\n  id: a\n  region: 南安市\n".encode("gbk"))
    with pytest.raises(PlanError) as caught:
        located_yaml.load(path)
    error = caught.value
    assert "UTF-8" in error.message
    assert error.location.file == str(path)
    assert (error.location.line, error.location.column) == (3, 11)
    assert "UTF-8" in error.hint


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffplan:\n  id: a\n".encode())
    assert located_yaml.load(path).data == {"plan": {"id": "a"}}


def test_missing_file(tmp_path):
    path = tmp_path / "nope.yaml"
    with pytest.raises(PlanError) as caught:
        located_yaml.load(path)
    assert "does not exist" in caught.value.message
    assert caught.value.location.file == str(path)


def test_directory(tmp_path):
    with pytest.raises(PlanError) as caught:
        located_yaml.load(tmp_path)
    assert "directory" in caught.value.message


def test_empty_file_is_a_document_without_data(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    doc = located_yaml.load(path)
    assert isinstance(doc, located_yaml.Document)
    assert doc.data is None and doc.file == str(path)
    comments = tmp_path / "comments.yaml"
    comments.write_text("# nothing here yet\n", encoding="utf-8")
    assert located_yaml.load(comments).data is None


def test_file_positions_match_string_positions(tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    doc = located_yaml.load(path)
    assert doc.locate(("indicators", 1, "targets", "2030", "text")).line == 11
    assert doc.file == str(path)


def test_non_utf8_column_counts_characters(tmp_path):
    path = tmp_path / "mixed.yaml"
    path.write_bytes("plan:\n  region: 南安".encode() + "市\n".encode("gbk"))
    with pytest.raises(PlanError) as caught:
        located_yaml.load(path)
    assert (caught.value.location.line, caught.value.location.column) == (2, 13)
