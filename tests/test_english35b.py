"""English body text of the thirty-fifth round, last look: two shares before one verb (counted, not drafted), and the
goals of an NCD plan's list that were lost without a word: a change with a second figure in brackets, "No rise in …",
shares of people with no verb, and a line whose words run on over double spaces. Texts are written for these tests, in
the forms of a national activity strategy and a WHO-style NCD plan's list of goals."""

from __future__ import annotations

from tests.files import drafted_targets


def _draft(text: str):
    """The draft ``checker extract`` makes of the plain ``text``."""
    from checker.documents.draft import build
    from checker.documents.text import read_text

    return build(read_text(text, "plan.txt"))


#: a plan's first line that ends with its span: its goals are standing requirements of 2020
_TITLE = "National Strategic Plan for the Prevention and Control of Non-Communicable Diseases 2015-2020\n\n"
_UNREAD_GOAL = "left out: an English goal not read (write it by hand)"


def test_two_shares_before_one_verb_are_two_goals():
    """"by 2022 50% of adults and 80% of children will be expected to meet the current recommended levels of physical
    activity": counted under left_out, no goal drafted, while "50% of adults will meet …" alone was. Each share is a
    goal of its own group (flagged: the name is made from the words), and what the sentence goes on to ask of people
    ("and that adults should accumulate at least 30 minutes …") is counted, not lost."""
    hits = drafted_targets("National Physical Activity Strategy - by 2022 50% of adults and 80% of children will be "
                           "expected to meet the current recommended levels of physical activity.\n")
    assert {(name, year, text) for name, year, text, _ in hits} == {
        ("share of adults who meet the current recommended levels of physical activity", 2022, "50%"),
        ("share of children who meet the current recommended levels of physical activity", 2022, "80%")}
    assert all("one of two shares" in review for *_, review in hits)
    draft = _draft("By 2022, 50% of adults and 80% of children will meet the recommended levels of physical activity "
                   "and that adults should accumulate at least 30 minutes of moderate activity on most days.\n")
    assert sorted(target["text"] for item in draft.indicators for target in item["targets"].values()) == ["50%", "80%"]
    assert draft.left_out.get(_UNREAD_GOAL) == [1]


def test_a_change_with_a_second_figure_in_brackets_is_drafted_unread():
    """"At least a 30% (10%) increase in …", "25% (5%) Reduction in …": lost without a word. Drafted as written and
    flagged (which figure is the target the text does not say), never given either figure as the bound."""
    hits = drafted_targets(_TITLE + "- At least a 30% (10%) increase in mean population who consume 5 servings of fruit "
                                    "and vegetables\n\n- 25% (5%) Reduction in mean population intake of salt/sodium\n")
    texts = {name: (year, text, review) for name, year, text, review in hits}
    assert texts["mean population who consume 5 servings of fruit and vegetables"][:2] == (
        2020, "At least a 30% (10%) increase")
    assert texts["mean population intake of salt/sodium"][:2] == (2020, "25% (5%) Reduction")
    assert all("two figures" in review and "cannot read" in review for _, _, review in texts.values())


def test_no_rise_in_a_measure_is_a_goal_and_no_rise_seen_is_none():
    """"No rise in prevalence of diabetes and obesity": lost without a word. It is a goal that the level not go above
    the base's, drafted with a note (and a name of two measures flagged); "no rise … was seen in 2019" is a finding."""
    (hit,) = drafted_targets(_TITLE + "- No rise in prevalence of diabetes and obesity\n")
    assert hit[:3] == ("prevalence of diabetes and obesity", 2020, "No rise")
    assert "not to go above" in hit[3] and "one indicator or one each" in hit[3]
    assert not [hit for hit in drafted_targets(_TITLE + "- No rise in prevalence of diabetes was seen in 2019\n\n"
                                                        "- Reduce adult obesity by at least 5%\n")
                if hit[2] == "No rise"]


def test_shares_of_people_with_no_verb_are_counted():
    """"- 7.5% of women, 6% of men with raised blood pressure" in a list of goals: lost without a word. A goal's levels
    or a survey's, the line does not say: counted under left_out, never drafted as either."""
    draft = _draft(_TITLE + "- Reduce adult obesity by at least 5%\n\n- 7.5% of women, 6% of men with raised blood "
                            "pressure\n")
    assert [item["name"]["en"] for item in draft.indicators] == ["adult obesity"]
    assert draft.left_out.get("left out: shares of people with no verb, a goal or a level found (write it by hand "
                              "if a goal)") == [5]


def test_words_run_on_over_double_spaces_are_one_sentence():
    """"… in mean population who  consume 5 combined servings  of fruit …": two double spaces made the line a table's
    row, cut into cells, and the goal was named "mean population who". Spaces after "who" or before "of" join words of
    a sentence, no cells; the name is written with single spaces."""
    hits = drafted_targets(_TITLE + "- A 30% relative increase in mean population who  consume 5 combined servings  of "
                                    "fruit and vegetables\n")
    assert [hit[:3] for hit in hits] == [("mean population who consume 5 combined servings of fruit and vegetables",
                                          2020, "A 30% relative increase")]
