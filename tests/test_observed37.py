"""Round 37: a value marked by a note under its table says what the note calls it (快报), not only its cell's mark."""
from checker.reporters import observed


class _Result:
    def __init__(self, notes, text="5.6*"):
        self.value = 5.6
        self.unit = "‰"
        self.year = 2024
        self.evidence = {"observation": {"text": text, "notes": notes}}


def test_a_foot_note_that_calls_the_mark_preliminary_is_shown():
    shown = observed(_Result(["* (annotated)", "注：1．*为快报数。"]))
    assert shown == "5.6‰ (2024, *, 快报)"


def test_in_english_the_word_is_glossed():
    shown = observed(_Result(["* (annotated)", "注：*为快报数。"]), "en")
    assert "快报 (preliminary)" in shown


def test_a_note_column_remark_is_not_shown():
    # a note column's remark is the data's own words: it names 预计 but is not a foot note
    assert observed(_Result(["含预计外来人口"], text="5.6")) == "5.6‰ (2024)"
