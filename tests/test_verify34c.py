"""English plans of the thirty-fourth round, second look (verify3): a later clause of one measure ("and down to five
per cent by 2025"), a thousands comma with a space ("18, 000"), the direction of "Reduction in X" and "X Reduction Rate
among women", and targets that were lost without a word. Texts are written for these tests in the forms of state
health plans, HIV strategic frameworks and nutrition action plans."""

from __future__ import annotations

from tests.files import drafted_of, drafted_targets


def _draft(text: str):
    """The draft ``checker extract`` makes of the plain ``text``."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    return build(read_text(text, "plan.txt"))


def test_a_later_clause_keeps_the_measures_name():
    """"…to 10 per cent by 2020, and down to five per cent by 2025" drafted the 2025 end-goal under a new indicator
    named `down` (and ", and then to 10% by 2030" under `then`): the smoking rate kept only its 2020 target, so a 9% rate
    in 2025 passed ≤10%. The later clause is of the same measure and keeps its name."""
    for text, years in (
            ("Health Plan 2016-2025\n\nThe government has set a target to reduce the adult smoking rate to 10 per cent by "
             "2020, and down to five per cent by 2025.\n", {2020, 2025}),
            ("Health Plan 2021-2030\n\nReduce the adult smoking rate to 15% by 2025, and then to 10% by 2030.\n",
             {2025, 2030})):
        draft = _draft(text)
        (item,) = draft.indicators
        assert item["name"]["en"] == "adult smoking rate"
        assert set(item["targets"]) == years


def test_a_thousands_comma_with_a_space_is_one_number():
    """"To reduce new HIV infections to 18, 000 or fewer by 2020" was cut at the comma into two 2020 targets, `to 18`
    and `000 or fewer` (17000 failed ≤18 and ≤0), while `explain` reads 18000. One target, read as explain reads it."""
    (target,) = drafted_targets("HIV Strategic Framework 2017-2021\n\n"
                                "To reduce new HIV infections to 18, 000 or fewer by 2020.\n")
    assert target[1] == 2020 and target[2] == "to 18, 000 or fewer"


def test_a_reduction_in_or_a_reduction_rate_among_is_up():
    """"Reduction in Maternal Mortality Rate: 50% by 2025" and "Anaemia Reduction Rate among women: 50% by 2025" were
    drafted down ("guessed from the name"), so a 60% cut failed ≤50%. Both name the size of a cut: up. A target that
    gives the level the thing is cut to ("Reduction of the smoking rate: to 15%") is not a size of a cut."""
    draft = _draft("Health Plan 2021-2030\n\nOutcomes\n\n  • Reduction in Maternal Mortality Rate: 50% by 2025.\n"
                   "  • Anaemia Reduction Rate among women: 50% by 2025.\n")
    assert [item["direction"] for item in draft.indicators] == ["up", "up"]
    draft = _draft("Health Plan 2021-2030\n\nReduction of the smoking rate: to 15% by 2025.\n")
    assert [item["direction"] for item in draft.indicators] == ["down"]


def _left_out(text: str) -> dict[str, list[int]]:
    """Why → lines of what ``checker extract`` counts as left out of the draft of the plain ``text``."""
    return _draft(text).left_out


def test_goals_not_read_are_counted_left_out():
    """English goals the extractor could not read were dropped without a word (nothing in `left out`, nothing on
    stderr): a breastfeeding share with its real tail, lettered objectives with no year, a gap halved by 2020. Each
    is now counted left out with its reason and line."""
    head = "Healthy State Plan 2016-2025\n\nReduce the adult smoking rate to 10 per cent by 2020.\n\n"
    for body, count in (
            ("  • By 2015, 60% of infants are exclusively breastfed until six months of age and continued for 24 "
             "months with introduction of complementary feeding from six months.\n", 1),
            ("Objectives: a) To achieve 90 per cent of PLHIV knowing their status; b) To achieve 81 per cent of PLHIV "
             "on ART.\n", 2),
            ("Our target is to see the gap between state and national youth smoking rates halved (for under 25s) by "
             "2020 and reducing the rates to below the national average by 2025.\n", 1)):
        left_out = _left_out(head + body)
        assert sum(len(lines) for why, lines in left_out.items() if "English goal not read" in why) == count, body
    # a report on a goal set elsewhere sets none, and is not counted as one
    progress = ("SDG progress\n\nAmong these countries, 37 countries will need to more than double their current rate "
                "of progress to achieve the SDG target by 2030.\n\n" + head.split("\n\n", 1)[1])
    assert not any("English goal not read" in why for why in _left_out(progress))


def test_telegraphic_english_is_not_another_language():
    """"By 2015 90% children 6-59 months get 1 dose Vit A/6 mo; 90% get de-worming 1/6 mo.; 80% women get folic acid"
    was refused as "neither Chinese nor English" (few of English's commonest words). Another language is told by its
    own commonest words too; this text is refused as English, naming the goal left out."""
    import pytest

    from checker.errors import CheckerError

    with pytest.raises(CheckerError) as raised:
        _draft("National Health Strategic Plan 2011-2015\n\n  • By 2015 90% children 6-59 months get 1 dose Vit A/6 mo; "
               "90% get de-worming 1/6 mo.; 80% women get folic acid (MDG 1.8)\n")
    assert "neither Chinese nor English" not in raised.value.message
    assert "English goal not read" in raised.value.message


def test_maintain_at_a_level_is_drafted():
    """"Maintain measles immunization coverage at 95% by 2025" (and Keep, Sustain) found no target and was dropped
    beside another; the passive "will be maintained at 95%" was drafted. The level it is kept at ends the name."""
    for verb in ("Maintain", "Keep", "Sustain"):
        # (round 40: "maintain/keep X at N" reads whole, its verb kept in the words; the reading is the same)
        [(name, year, words)] = drafted_of(f"Health Plan 2021-2030\n\n{verb} measles immunization coverage at 95% by 2025.\n")
        assert (name, year) == ("measles immunization coverage", 2025)
        assert words in ("at 95%", f"{verb} measles immunization coverage at 95%")


def test_names_without_the_verb_the_goal_or_the_quote():
    """Names kept words that name nothing: "further reduce the adult smoking rate", "To reduce new HIV infections",
    "and maintain childhood wasting", the goal of "The overarching goal, which is a 40% reduction in stunting", "plan"
    of "The plan will also reduce …", and the quote mark of '"It will also reduce …'; "The plan targets a 40% reduction
    in stunting" found nothing."""
    cases = {
        "By 2030, further reduce the adult smoking rate to 10%.": "15岁以上人群吸烟率",
        "To reduce new HIV infections to 18,000 or fewer by 2020.": "new HIV infections",
        "Reduce and maintain childhood wasting to less than 5% by 2025.": "childhood wasting",
        "The overarching goal, which is a 40% reduction in stunting among children under five by 2025.":
            "stunting among children under five",
        "The plan targets a 40% reduction in stunting among children under five by 2025.":
            "stunting among children under five",
        "The plan will also reduce stunting rate among under-five year olds to 18% by 2025.":
            "stunting rate among under-five year olds",
        '"It will also reduce stunting rate among under-five year olds to 18% by 2025.':
            "stunting rate among under-five year olds",
    }
    for sentence, name in cases.items():
        assert {found[0] for found in drafted_of(f"Health Plan 2021-2030\n\n{sentence}\n")} == {name}, sentence


def test_a_further_change_after_and_keeps_both_years():
    """"Reduce the adult smoking rate to 15% by 2025 and a further 5% by 2030" was one 2025 target of the whole clause,
    unread, and 2030 was lost. The further change is cut off as after a comma: 15% by 2025 read, 2030 flagged."""
    targets = drafted_targets("Health Plan 2021-2030\n\nReduce the adult smoking rate to 15% by 2025 and a further 5% "
                              "by 2030.\n")
    assert {(year, text) for _, year, text, _ in targets} == {(2025, "Reduce the adult smoking rate to 15%"),
                                                               (2030, "a further 5%")}
    assert [review is None for _, year, _, review in sorted(targets, key=lambda t: t[1])] == [True, False]


def test_a_count_in_lakh_is_not_a_count_of_lakh():
    """"The government will establish 1.5 lakh Health and Wellness Centres by 2022" was drafted as 1.5 of "lakh Health
    and Wellness Centres", a floor any real count passes. The magnitude is part of the count: flagged, to be given
    in digits."""
    ((name, year, text, review),) = drafted_targets(
        "Health Plan 2018-2022\n\nThe government will establish 1.5 lakh Health and Wellness Centres by 2022.\n")
    assert (name, year, text) == ("Health and Wellness Centres", 2022, "1.5 lakh")
    assert "give it in digits" in review


def test_up_to_at_least_and_a_targets_title_year():
    """"up to at least 50%" was refused by the grammar ("cannot place the words up to, at least"), and "Global Targets
    2025" as a title gave no year, so the WHO list (each item with no year) was refused whole."""
    from checker.language.grammar import parse_target

    rule = parse_target("up to at least 50%")
    assert (rule.kind, rule.value) == ("lower_bound", 50.0)
    assert drafted_of("Global Targets 2025\n\nTARGET: Reduce childhood wasting to less than 5%\n") \
        == {("childhood wasting", 2025, "Reduce childhood wasting to less than 5%")}
