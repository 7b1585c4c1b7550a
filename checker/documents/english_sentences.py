"""English body text (a translation of a plan, a report on one): the clauses that set a target.

A sentence is cut into clauses at ", ", "; ", ": ", before "and the …"/"and reducing …", and at
bullets ("•"), never inside brackets or numbers (1,000; 8.1). The year is the clause's own
("by 2030"), else the one before it in the paragraph, else the paragraph's lead. The subject is what
stands after a leading verb and before the first word that starts the target ("reducing **the infant
mortality rate** from 8.1 per 1,000 to 5 per 1,000"); who said it ("the plan said") and whose it is
("China's") are not part of the name. Numbers written in words count ("below three per thousand").

- ``increase life expectancy to 79 (77.3 by 2020)``: the bracket sets its own target for 2020; the
  clause keeps the year of its sentence.
- ``reducing the infant mortality rate from 8.1 to 5 per 1,000 and the under-5 mortality rate from 10.7
  to 6 per 1,000``: the second clause has no verb of its own; the first one's (reducing) carries over,
  with a note.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from checker.documents import vocabulary
from checker.documents.model import LEFT_OUT, LEVEL_NOW, NOT_CHECKABLE, PAST_HEADLINE, PLAN_YEAR, UNREAD, Found, Paragraph
from checker.errors import CheckerError
from checker.language.english import number_words, spelled_digits
from checker.language.grammar import parse_target
from checker.language.script import chinese_characters

#: "and under-5 mortality to at least as low as 25 …", "… and under-five mortality from 54 to 40 per 1,000": a name of its
#: own, then its amount (no other "and" or "to"), from a base or not
_AND_NAME = re.compile(r"\s+and\s+(?=(?:(?!\b(?:and|to|by|from)\b)[^,;])+?\s+(?:from\s+\S*\d(?:(?!\b(?:and|to)\b)[^,;])*?\s+)?"
                       r"to\s+(?:[a-z]+\s+){0,5}?\S*\d)", re.I)
#: a verb of the clause's own, which a clause after one telling what happened needs to set a target
_OWN_VERB = re.compile(r"\b(?:will|should|shall|must|is|are|be|aims?|plans?|strives?|to\s+(?:reduc|increas|rais|lower|cut|"
                       r"bring|keep|achiev)\w*)\b", re.I)
_AMOUNT_BEFORE = re.compile(r"\d\s*(?:%|‰|percent|years|per\b)|\bto\s+\S*\d", re.I)
#: a share of whom, ending just before a cut: who is counted goes on after it ("95% of people | with a …")
_SHARE_OF_PEOPLE_END = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?[A-Za-z][\w'’ -]{1,40}$", re.I)
_TO_AMOUNT = re.compile(r"\bto\s+(?:[a-z]+\s+){0,5}?\S*\d", re.I)
#: a start "from <amount>" before an "and": the clause before holds a target's amount of its own, even where its "to"
#: is mistyped ("from 21 t0 16 … and under-five mortality from 54 to 40": one bad token loses only its own clause)
_FROM_AMOUNT = re.compile(r"\bfrom\s+\S*\d", re.I)
#: the stops of "i.e." and "e.g.", which end no sentence ("to reduce by half i.e. to less than 10%")
_ABBREVIATION_STOP = r"(?<=\b[ie])\.(?=[eg]\.)|(?<=\bi\.e)\.|(?<=\be\.g)\."
_SENTENCE = re.compile(r"(?:[^.;!?]|\.(?=\d)|" + _ABBREVIATION_STOP + r"|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.(?=\s+\d)"
                       r"|(?<=\bSept)\.(?=\s+\d))+(?:[.;!?]+|$)")  # "By Dec. 2027, …": a month's abbreviation
_BULLETS = "•▪●"
#: a clause that names what it reaches ("to reach an average life expectancy of 80"): the name is the clause's own
_REACH_A_LEVEL = re.compile(r"^(?:to\s+)?(?:reach|achieve|attain)(?:es|s)?\s+(?:an?\s+|the\s+)?(?P<name>[A-Za-z](?:(?!\s(?:of\s+\d|and|to)\s)[\w ’'()/-])+?)"
                            r"\s+of\s+(?:(?:less|fewer|more)\s+than\s+|at\s+(?:least|most)\s+|no\s+(?:more|less)\s+than\s+|"
                            r"under\s+|below\s+|above\s+|over\s+)?\d", re.I)  # (of less than 12 …: its bound)
#: the gap between two cells of a table row typed with spaces (two or more, or a tab); not spaces a sentence's words run
#: on over ("mean population who  consume 5 combined servings  of fruit": a cell neither ends in nor opens with these)
_JOINING = ("who", "which", "that", "of", "the", "a", "an", "in", "to", "and", "or", "for", "with", "by")
_CELL_GAP = re.compile(r"(?<=\S)(?:" + "".join(rf"(?<!\b{word})" for word in _JOINING)
                       + r" {2,}(?!(?:" + "|".join(_JOINING) + r")\b)|\t)\s*(?=\S)", re.I)
_CLAUSE_CUT = re.compile(r",(?!(?<=\d,)\s\d{3}(?![\d,.]?\d))\s+(?!respectively\b)"
                         # ("to 18, 000 or fewer": a thousands comma with a space after it is no cut; the grammar reads 18000)
                         # "… among children, adolescents and adults by at least 15%": the last names of a list, not a clause
                         r"(?![a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+by\s)|;\s*|:\s+|(?<=[a-z]):(?=\d)|\s*[•▪●]\s*|\s+(?=(?:Target|Goal|Objective)\s+\d+[a-z]?\s*:\s)|\s+(?=with\s+(?:a|an)\s)|\s+and\s+(?=(?:to\s+(?:reach|achieve|attain)\b|reach|achieve|attain|the|halve|halving|reducing|increasing|lowering|raising|reduce|"
                         r"increase|lower|raise|keeping|keep|bringing|bring|cut|cutting)\b)"
                         # "80% by 2012 and elimination by 2015", "… by 2023 and an end-goal of less than five per cent
                         # of X by 2035": a deadline, then another target with its own (not "… and 79 by 2030", whose
                         # value shares the words before it: _TWO_YEARS)
                         r"|(?<=\bby\s(?:19|20)\d\d)\s+and\s+(?=(?:(?!\d)[^,;])*?\bby\s+(?:19|20)\d\d\b)"
                         # "… to 15% by 2025 and a further 5% by 2030": a further change with its own deadline
                         r"|(?<=\bby\s(?:19|20)\d\d)\s+and\s+(?=(?:an?\s+)?(?:further|additional|another)\s)", re.I)
#: a day and month before a year ("by 31 March 2006", "by March 31, 2006", "by the end of June 2025")
#: the part of a year a deadline names ("by the end of 2025", "by end-2025", "by mid-2027"): the year's
_END_OF = r"(?:(?:the\s+)?(?:end|middle|close)\s+of\s+|(?:end|mid|year-end)\s*[-–]\s*|(?:end|mid|year[-\s]end)\s+)?"
_DATE = (r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October"
         r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?")
#: "upto 2010", "up to 2030": a deadline, where the year is no count ("up to 2000 beds")
_UP_TO = r"up\s*to(?=\s+(?:the\s+year\s+)?(?:19|20)\d{2}(?![\d,.]\d|\s*(?:%|[A-Za-z])))"
YEAR = re.compile(r"\b(?:by|until|before|" + _UP_TO + r"|through(?:\s+to)?|come|(?:looking|look)\s+(?:forward|ahead)\s+to"
                  r"|(?:targets?|goals?|aims?|objectives?)\s+for)\s+" + _END_OF +
                  r"(?:the\s+year\s+)?" + _DATE + r"((?:19|20)\d{2})\b|(?:^(?:in|for)|(?:(?<=[\d%‰])|(?<=percent)|(?<=per cent)|(?<=births)|(?<=meters)|(?<=metres)|(?<=years)|"
                  r"(?<=people)|(?<=persons)|(?<=population)|(?<=residents)|(?<=days)|(?<=cases)|(?<=deaths))"
                  r"\s+in(?=\s+(?:19|20)\d{2}$))\s+"
                  # "In 2023-2025, reduce …": the span's last year
                  r"(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})\b(?!\s*[-–—]\s*\d)", re.I)
#: a year after an amount counts only in a goal (to, below, at least, reduce …), never after is/was (a figure)
_GOAL = re.compile(r"\b(?:to|below|under|less\s+than|more\s+than|above|over|at\s+least|at\s+most|no\s+(?:more|less)\s+than"
                   r"|reduc\w*|increas\w*|lower\w*|rais\w*|cut|halve)\b", re.I)
#: the words that say a target was set, after the year that opens its clause ("In 2014 the Scottish Government set an
#: ambitious target to …"): that year is when the target's start of no year of its own stood
_SET_IN = re.compile(r"\b(?:set|sets|adopted|agreed|announced|launched|introduced|published|committed|pledged|established)\b",
                     re.I)
#: a goal's own verb, which a year after the amount ends ("… will reach 95% in 2030"), unlike "reached 95% in 2020"
_WILL_REACH = re.compile(r"\b(?:will|shall|should|must|to)\s+(?:(?:further|gradually|steadily)\s+)?(?:reach|achieve|attain)\b",
                         re.I)
_COPULA = re.compile(r"\b(?:is|are|was|were|stood|stands|reached|rose|fell|dropped)\b"
                     # "is expected to reach 95% in 2030" is a goal's, not a figure's
                     r"(?!\s+(?:expected|projected|planned|set|targeted|scheduled|envisaged)\s+to\b)", re.I)
#: the end of a five-year plan period as a year ("by the end of the 14th Five-Year Plan period" is 2025)
_PERIOD = re.compile(r"\b(?:by|at|until)\s+the\s+end\s+of\s+the\s+(1[2-6])th\s+five[-\s]year\s+plan(?:\s+period)?", re.I)
_PERIOD_ENDS = {"12": 2015, "13": 2020, "14": 2025, "15": 2030, "16": 2035}
#: a sentence that only names the date of a target it speaks of ("This date is 2034.", "The target year is 2030."): the
#: year of what the paragraph sets after it (it was drafted as a standing requirement of the title's year)
_DATE_NAMED = re.compile(r"^(?:this|that|the|our|its|their)\s+(?:(?:target|goal|end)\s+)?(?:date|deadline|(?<=target\s)year"
                         r"|(?<=goal\s)year)\s+(?:is|will\s+be|(?:has\s+been|was|is)\s+set\s+(?:as|at|for))\s+"
                         r"(?:the\s+year\s+)?((?:19|20)\d{2})\s*[.;]?$", re.I)
#: a five-year plan's period a lead names ("targets for the 14th FYP period", "during the 14th Five-Year Plan")
_PERIOD_NAMED = re.compile(r"\b(?:for|during|in|over|of)\s+the\s+(1[2-6])th\s+(?:FYP|five[-\s]year\s+plan)(?:\s+period)?\b",
                           re.I)
#: the words that say a text is about China, where a numbered five-year plan is China's (rules/extract.yaml)
_ABOUT_CHINA = vocabulary.pattern("english_about_china")
#: why a target dated by a numbered five-year plan not said to be China's is counted, not drafted
#: why a change from one dated value to another, told as it happened, is counted, not drafted
REPORTED_CHANGE = f"{LEFT_OUT}a change reported as it happened (from a value in one year to another's), no goal"
#: a clause that tells a change as it goes on, after what it is of ("…, increasing from 32% in 2003 to 39% in 2008/09")
_CHANGE_GOING_ON = re.compile(r"^(?:and\s+)?(?:increasing|rising|declining|decreasing|falling|dropping|growing|improving|"
                              r"going\s+(?:up|down))\b", re.I)
#: why a sentence that opens with a figure's number (a caption, or "Figure 57 shows …") is counted, not drafted
FIGURE_REFERENCE = f"{LEFT_OUT}a figure's caption or reference (it shows, and sets no target)"
OTHER_PERIOD = (f"{LEFT_OUT}a deadline of a numbered five-year plan the text does not say is China's "
                "(its years are not given; write it by hand)")
_YEAR_AT_ENDS = re.compile(r"^(?:by|until|before|in|(?:looking|look)\s+(?:forward|ahead)\s+to)\s+" + _END_OF + _DATE
                           + r"(?:19|20)\d{2}\s*,?\s*"
                           r"|\s*,?\s*(?:by|until|before|" + _UP_TO + r"|come)\s+" + _END_OF + r"(?:the\s+year\s+)?" + _DATE
                           + r"(?:19|20)\d{2}$"
                           # "by the same year", "By then,": the year said before, which the clause keeps
                           r"|^by\s+(?:then|that\s+time|that\s+year|the\s+same\s+year)\s*,?\s*"
                           r"|\s*,?\s*by\s+(?:then|that\s+time|that\s+year|the\s+same\s+year)$", re.I)
#: a year after a preposition, which is when, never how much ("to 2020", "in 2015")
_YEAR_WORDS = re.compile(r"\b(?:to|by|in|until|till|through|before|from|since)\s+" + _END_OF + r"(?:the\s+year\s+)?"
                         + _DATE + r"(?:19|20)\d{2}\b", re.I)
_LEAD = re.compile(r"^(?:[-–*+]\s+|\(?[a-hA-H]\)\s+|\(?(?:i|ii|iii|iv|v|vi)\)\s+)?"
                   # "Cancer - to reduce by at least one-fifth the death rate …": the topic's label before a dash
                   # ("National Physical Activity Strategy - by 2022 50% of adults …": a label before its deadline)
                   r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,5}\s+[-–—]\s+(?=to\s+[a-z]|by\s+(?:19|20)\d\d\b))?(?:(?:and|such\s+as|including|as\s+well\s+as|with|while|whereas|meanwhile"
                   r"|(?:(?:the|other|main|key|major|its)\s+){0,2}(?:goals|targets|aims|objectives)\s+(?:also\s+)?(?:include|are|were))\s+)*",
                   re.I)
#: a subject that opens with what is to be done (strive to raise …, we will …) names no indicator
_ACTION_FIRST = re.compile(r"^(?:strive|aim|seek|endeavou?r|try|work|we|it)\b|"
                           + vocabulary.source("english_item_start"), re.I)
_NO_NAME = vocabulary.pattern("english_no_name", re.I)
#: the words a later clause of one measure opens with before its amount ("and down", "and then"): no name of their own
_GOES_ON_NAME = vocabulary.pattern("english_goes_on_name", re.I)
_CLAUSE_IN_NAME = vocabulary.pattern("english_clause_in_name", re.I)
#: a span of time ahead ("for the next five to 10 years"): no level (rules/extract.yaml)
_HORIZON = vocabulary.pattern("english_horizon", re.I)
#: a clause that forecasts or supposes what may happen ("current trends suggest …", "if the current rate …")
_FORECAST = vocabulary.pattern("english_forecast", re.I)
#: a sentence that says who foresees what it tells ("…, officials say", "researchers predict"): a forecast reported
_SAID_TO_COME = vocabulary.pattern("english_said_to_come", re.I)
_AUXILIARIES = re.compile(r"\b(?:should|will|would|is|are|must|shall|be|been)\b", re.I)
#: where a subject may end: before the verb (will, should, is …) or a change (from, to, by 5)
_SUBJECT_END = re.compile(r"\s(?:from|to|should|will|would|is|are|must|shall|needs?(?=\s+to\s)|(?:has|have)(?=\s+to\s)|stays?|remains?|reaches|reach|increases|rises|"
                          r"grows|decreases|falls|drops|declines|exceeds|surpass(?:es)?|by(?=\s+(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than)\s+)?[$€£¥]?\d|\s+(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than)\s+)?(?:" + number_words() + r")\b))\b",
                          re.I)
_SUBJECT = re.compile(r"^(?:strive\s+to\s+)?(?:(?:to\s+)?(?:(?:further|gradually|steadily|progressively)\s+)?(?:(?:reduction|decrease|increase|rise|improvement)s?\s+(?:of|in)|reducing|increasing|lowering|raising|decreasing|reduce|increase|lower|raise|decrease|"
                      r"keeping|keep|bringing|"
                      r"maintaining|maintain|sustaining|sustain|"
                      r"achieve|achieving|reach|reaching|attain|attaining|extend|extending|"
                      # "By 2030, the country should have: (a) Raised the life expectancy …; (b) Achieved an …"
                      r"reduced|increased|lowered|raised|decreased|achieved|attained|extended|brought|"
                      # "get the percentage of Canadians using tobacco down to less than five per cent": the verb
                      r"bring|cutting|cut|get|getting|drive\s+down)"
                      # "bring down / cut down the maternal mortality ratio to 90": the phrasal verb's particle is the
                      # verb's, never the name's ("down the maternal mortality ratio" matched no catalogue entry)
                      r"(?:(?:(?<=bring)|(?<=bringing)|(?<=brought)|(?<=cut)|(?<=cutting))\s+down)?\s+"
                      # (the nouns first: "Increase in Literacy Rates", not "in …")
                      # "Reduce and maintain childhood wasting to less than 5%": the second verb is no part of the name
                      r"(?:(?:and|&)\s+(?:maintain|sustain|keep)\s+)?)?(?:(?:the|its|their|our)\s+)?"
                      r"(?P<subject>(?!(?:up\s+|down\s+)?from\s)(?!up\s*to\s)(?!\d)(?:\([^()]*\)|[^(])+?)(?:\s+(?:(?<!\baged\s)from|(?<!\baged\s\d\s)(?<!\baged\s\d\d\s)(?<!\bages\s\d\s)(?<!\bages\s\d\d\s)to|should|will|would|(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?:is|are)|must|shall|(?:needs?|has|have)(?=\s+to\s)|stays?|remains?|reaches|reach|"
                      r"increases|rises|grows|decreases|falls|drops|declines|exceeds|surpass(?:es)?|accounts?(?=\s+for\s)|"
                      r"of(?=\s+(?:at\s+least|at\s+most|more\s+than|less\s+than|about|around|over|above|below)\s+\d|\s+[\d.]+\s*%)|"
                      # "keeping the overweight rate below 25%": a comparator before a share ends the name
                      r"(?:at\s+)?(?:below|under|above|over)(?=\s+[\d.]+\s*(?:%|‰|percent|per\s+cent))|"
                      # "Maintain measles immunization coverage at 95% by 2025": the level it is kept at ends the name
                      # (and "maintain total fertility rate at 2.1 by 2020": a level of no unit, the clause's last words)
                      r"at(?=\s+[\d.]+\s*(?:%|‰|percent|per\s+cent)?\s*(?:by\s+(?:19|20)\d{2}\s*)?$)|"
                      # "maintain Total Fertility Rate at < 2": a sign before the level ends the name too
                      r"at(?=\s*[<>≤≥＜＞]\s*[\d.])|"
                      r"by(?=\s+(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than)\s+)?[$€£¥]?\d|\s+(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than)\s+)?(?:" + number_words() + r")\b))|[—–-](?:should|will|would|is|are|must|shall))\b", re.I)
#: an aside between dashes at a subject's end ("the infant mortality rate—for children younger than 1—")
_DASH_ASIDE = re.compile(r"\s*(?:[—–]+\s*(?:for|among|of|in|that is)|-(?:for|among))\s[^—–]*$", re.I)
_LOOKS_TARGET = re.compile(r"\b(?:to|below|under|above|over|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|"
                           r"(?:more|less|fewer)\s+than|"
                           r"within|by)\s+[$€£¥]?\d"  # ("by $4.1 billion": an amount of money)
                           # "maintain total fertility rate at 2.1": a level kept, of no unit
                           r"|\b(?:maintain|maintained|sustain|sustained|keep|kept)\b[^.;]*?\bat\s+\d"
                           # "to double from the present intake of 17 grams per day": a change of a base it states
                           r"|\bto\s+(?:double|halve|treble|triple)\s+from\s+(?:[a-z]+\s+){0,6}?(?:of\s+)?\d", re.I)
#: a bracketed aside with a year of its own: "79 (77.3 by 2020)"
_ASIDE = re.compile(r"\s*\((?P<words>[^()]*\b(?:by|in)\s+(?:19|20)\d{2}[^()]*)\)")
#: the verb that starts a clause, and the word that carries its direction to a clause without one
_VERB = re.compile(r"^(?:(?P<down>reduc|decreas|lower|cut|bring|brought)|(?P<up>increas|rais|improv|lift|boost|extend))\w*\b",
                   re.I)


def _reads(words: str) -> bool:
    """Whether the grammar reads ``words`` as they stand."""
    try:
        parse_target(words)
    except CheckerError:
        return False
    return True


def _own_verb(words: str) -> re.Match | None:
    """The change verb a clause opens with, after a "to" or "strive to" before it ("and to increase …": increase), else
    None: a clause with a verb of its own never borrows the one before it."""
    return _VERB.match(re.sub(r"^(?:strive\s+)?to\s+", "", words, flags=re.I))


#: a change from a start to an end, in figures ("from 7.5 to 6.6 per 1,000"); the start may be called the current one
#: ("from the current 57 to 30", "from current 379 to about 100": the line was lost, or kept unread)
_FROM_TO = re.compile(r"^from\s+(?:(?:the\s+)?(?:current|present|existing)\s+(?:(?:level|value|rate)\s+of\s+)?)?\S*\d.*?"
                      r"\s+to\s+(?:(?:about|around|approximately|nearly)\s+)?\S*\d", re.I)
#: a change by an amount, after the name its verb stands before ("reduce the proportion of … by 30%")
_BY_AMOUNT = re.compile(rf"^by\s+(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than)\s+)?(?:\S*\d[\d.]*|(?:{number_words()}))\s*(?:%|percent|per\s+cent|"
                        r"percentage\s+points?|years?)"
                        # "… by 25% by 2022 from 2015 levels" (the WHO wording): its deadline, then its base year
                        r"(?:\s+by\s+(?:19|20)\d\d)?(?:,?\s+(?:from|compared\s+(?:with|to)|relative\s+to)\s+(?:the\s+)?"
                        r"(?:19|20)\d\d(?:\s+levels?)?)?$", re.I)
#: a verb in the past tense tells what happened ("the rate dropped to 23.3%", "increased from 76.34 to
#: 77.93"); after be/will/to/should … it is a passive or an infinitive, which sets a target
_PAST_VERBS = (r"reached|rose|fell|dropped|declined|increased|decreased|grew|stood|was|were|amounted|hit|climbed|"
               r"improved|lowered|reduced|raised|achieved|surpassed|exceeded|attained|halved|doubled|tripled|trebled|"
               r"had|went|came|remained|jumped|soared|plunged|plummeted|shrank|marked|recorded|registered|witnessed|saw|"
               r"experienced|posted")
_PAST = re.compile(rf"\b(?P<before>\w+)\s+(?:{_PAST_VERBS}|included(?!\s+in\b))\b", re.I)
#: a clause that opens with a verb in the past tense, its subject in the clause before ("…, increased from 6.5 in 2021
#: to 7.2 in 2024"): with a year it happened in (``_IN_YEAR``) and none to reach (``_BY_YEAR``), what happened
_PAST_FIRST = re.compile(rf"^(?:{_PAST_VERBS}|has|have)\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|since)\s+(?:19|20)\d{2}\b", re.I)
_BY_YEAR_OF = re.compile(r"\b(?:by|until|till|" + _UP_TO + r")\s+" + _END_OF + r"((?:19|20)\d{2})\b", re.I)
_BY_YEAR = re.compile(r"\b(?:by|until|till|" + _UP_TO + r")\s+" + _END_OF + r"(?:19|20)\d{2}\b", re.I)
#: a subject that is only a verb's auxiliary ("…, is to be reduced to 70"): its name is in the clause before
_AUXILIARY_ONLY = re.compile(r"(?:is|are|will|shall|should|must)", re.I)
#: a figure said to have met or beaten a target ("…15.7% in 2013, exceeding the 2020 target"): a result reported
_MET_TARGET = re.compile(r"\b(?:exceed|surpass|beat|outperform|overshoot)\w*\s+(?:the|its|their|a)\s+"
                         r"(?:(?:19|20)\d{2}\s+|national\s+|global\s+)*(?:target|goal)s?\b"
                         r"|\b(?:already|ahead\s+of\s+schedule)\b[^.;]{0,40}\b(?:met|achieved|reached)\b", re.I)
#: a relative pronoun that opens a clause, standing for the noun phrase the sentence opened with
_RELATIVE = re.compile(r"^(?:which|that)\b", re.I)
#: "which is a 25% reduction of …": a relative clause that is a whole target, naming what it changes
_WHICH_IS = re.compile(r"^(?:which|that)\s+(?:is|are|will\s+be)\s+(?=(?:an?\s+)?\S*\d[\d.]*\s*(?:%|percent|per\s+cent|"
                       r"percentage\s+points?)\s+(?:relative\s+)?(?:reduction|decrease|cut|increase|rise)\s+(?:in|of)\s)", re.I)
#: a noun that is only a goal ("The overarching goal"): it names no indicator, what it "is" does
_GOAL_NOUN = re.compile(r"^(?:(?:the|our|its|their|an?)\s+)?(?:(?:main|key|major|overarching|overall|ultimate|long-term|"
                        r"global|national)\s+)*(?:targets?|goals?|aims?|objectives?)$", re.I)
_RELATIVE_PAST = re.compile(rf"^(?:which|that)\s+(?:{_PAST_VERBS})\b", re.I)
#: an age group in brackets ("young people (aged 14-17)", "(aged 14 years and over)"): whose figure it is, its numbers
#: no target's
_AGE_GROUP = re.compile(r"\s*\((?:aged|ages?|age\s+group)\s+[^()]{1,40}\)", re.I)
#: two groups before one indicator's words ("infant and under-five mortality rates", "maternal and neonatal deaths")
_GROUPS = r"(?:infant|neonatal|perinatal|maternal|child|under-five|under-5|adult|adolescent|youth|male|female|urban|rural)"
_SHARED_HEAD = re.compile(rf"^(?P<a>{_GROUPS})\s+and\s+(?P<b>{_GROUPS})\s+(?P<head>(?:mortality|death)\s+rates?|"
                          r"mortality|deaths|obesity\s+rates?|smoking\s+rates?)$", re.I)
#: a label that names no indicator ("Target: 30.6%", "Goal:"): the objective before it does
_GENERIC_LABEL = re.compile(r"^(?:targets?|goals?|objectives?|aims?|outcomes?|indicators?|measures?)$", re.I)
#: an objective that names what is to change and no number: "(HP 2020 Goal NWS-9:) Reduce the proportion of adults who
#: are obese."
_AIM = re.compile(r"^(?:[^:.]{0,40}:\s*)?(?:to\s+)?(?:reduce|increase|lower|raise|decrease|improve)\s+(?:the\s+)?"
                  r"(?P<name>[a-z][^.:;]{3,120}?)\.?$", re.I)
#: the words of a bound a requirement sets ("95 percent or more", "at least 90%"), never of a level stated
_BOUND_WORDS = re.compile(r"\bor\s+(?:more|less|above|below|higher|lower|fewer|greater)\b|\bat\s+(?:least|most)\b|"
                          r"\b(?:no|not)\s+(?:more|less|fewer)\s+than\b", re.I)
#: who commits to a change, and the change ("it is committed to reducing …")
_COMMITTED = re.compile(r"^(?:(?:we|it|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?(?:is|are|remains?|stays?)\s+"
                        r"(?:firmly\s+|fully\s+)?(?:committed|determined|resolved|pledged)\s+to\s+"
                        r"(?P<verb>reduc|decreas|increas|rais|improv|lower|cut|halv)(?:t?ing|e)?\b", re.I)
_COMMITTED_VERBS = {"reduc": "reduce", "decreas": "decrease", "increas": "increase", "rais": "raise", "improv": "improve",
                    "lower": "lower", "cut": "cut", "halv": "halve"}
#: a name and the level it has now, in the present tense ("Infant mortality is 69 per 1,000 live births", "the rate
#: stands at 576"): a fact, where a sentence names no year and no goal
_LEVEL_NOW = re.compile(r"^(?:and\s+)?(?:the\s+)?[A-Za-z][\w'’ -]{2,80}?\s+(?:is|are|stands?\s+at|remains?|currently\s+is)\s+"
                        r"(?:currently\s+|now\s+|about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|just\s+|over\s+)?"
                        r"[\d.,]+\s*(?:%|‰|percent|per\s+cent|per\b|deaths\b|years\b|out\s+of\b)", re.I)
#: a level the clause says is the present one ("Our current level of X is 11.5 litres", "X currently stands at 11.5"): a
#: report of how things stand, whatever unit, and whatever year the sentence before set (it was drafted as a target of
#: that year, which data at the present level passed)
_CURRENT_LEVEL = re.compile(r"^(?:and\s+)?(?:(?:our|the|its|their)\s+)?(?:(?:current|present|latest)\s+[A-Za-z][\w'’ -]{2,80}?"
                            r"\s+(?:is|are|stands?\s+at)|[A-Za-z][\w'’ -]{2,80}?\s+(?:is|are|stands?\s+at)\s+(?:currently|now|at\s+present)"
                            r"|[A-Za-z][\w'’ -]{2,80}?\s+currently\s+(?:is|are|stands?\s+at))\s+(?:about\s+|around\s+|approximately\s+|"
                            r"nearly\s+|roughly\s+|just\s+|over\s+)?[\d.,]*\d", re.I)
#: a sentence that states a level as it stands in a year, or as someone estimates it ("Female life expectancy by 2015
#: is 65.8 years, compared to …", "WHO estimates the average life expectancy … at 62.6 years in 2013, increasing to
#: …"): a report, every clause of it (it was drafted as a 2015 target, and its "compared to" clause under the name
#: "compared")
_LEVEL_STATED = re.compile(r"^(?:(?:the\s+)?[A-Za-z][\w'’ -]{2,80}?\s+(?:by|in)\s+(?:19|20)\d{2},?\s+"
                           r"(?:is|are|was|were|stood\s+at|stands\s+at)"
                           r"|[A-Za-z][\w'’ -]{0,40}?\s+estimated?s?\s+(?:that\s+)?[A-Za-z][^.;]{2,120}?\s+at)\s+"
                           r"(?:about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|just\s+|over\s+)?[\d.,]*\d",
                           re.I)
#: a clause that compares with the level before it ("…, compared to 61.1 years for men"): no target of its own
_COMPARED = re.compile(r"^(?:as\s+)?compared\s+(?:to|with)\b", re.I)
#: a level as it stands, then with "and" the goal ("The stunting rate is 30% and should be reduced to 20%"): the goal
#: is the target, the level now is none
_LEVEL_THEN_GOAL = re.compile(r"^(?P<name>(?:the\s+)?[A-Za-z][\w'’ -]{2,80}?)\s+(?P<now>(?:is|are|stands?\s+at)\s+"
                              r"(?:currently\s+|now\s+|about\s+|around\s+)?[\d.,]*\d\s*(?:%|‰|percent\b|per\s+cent\b)?)"
                              r"\s*,?\s+and\s+(?P<goal>(?:should|will|must|shall|is\s+to|are\s+to|needs?\s+to)\b.+)$", re.I)
#: a clause that opens with its modal, its subject in the clause before
_MODAL_FIRST = re.compile(r"^(?:will|should|shall|must|is\s+to|are\s+to|(?:is|are)\s+expected\s+to)\b", re.I)
#: a share a cause has in what it causes, as things stand ("Smoking contributes to 14% of all deaths", "… accounts
#: for 60% of the burden", "… is the prime risk factor in over 40 per cent of …"), unless a goal's verb or modal says it is to be so
_SHARE_OF_FACT = re.compile(r"\b(?:contributes?|leads?)\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?\d"
                            r"|\baccounts?\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?\d"
                            # "Under-nutrition is the prime risk factor in over 40 per cent of under-five deaths"
                            r"|\b(?:factor|cause|driver)s?\s+(?:in|of|for|behind)\s+(?:about\s+|around\s+|nearly\s+|"
                            r"almost\s+|over\s+|more\s+than\s+)?\d", re.I)
#: (not :data:`_OWN_VERB`, whose is/are/be would make "… accounts for 14% and is rising" a goal)
_OWN_GOAL = re.compile(r"\b(?:will|should|shall|must|to\s+(?:reduc|increas|rais|lower|cut|bring|keep|achiev)\w*|target|goal|aim)\b",
                       re.I)
_AUXILIARY = frozenset(("be", "been", "being", "is", "are", "will", "to", "should", "shall", "would", "must", "can",
                        "could", "may", "might", "expected", "set", "planned", "targeted",
                        # after an article or a preposition the form is an adjective: "the prevalence of raised blood
                        # pressure" tells nothing that happened
                        "the", "a", "an", "of", "with", "for", "in", "on", "among", "from"))
#: the changes a goal may be written as, a gerund ("our goal of reducing …")
_GERUNDS = r"(?:reducing|increasing|lowering|raising|decreasing|cutting|halving|doubling|bringing|getting|keeping|achieving)"
#: who said it, before what was said ("The report said that …"), after a news dateline if any
_REPORTING = re.compile(r"^(?:" + vocabulary.source("english_dateline") +  # "BEIJING -- ", "Semarang (ANTARA) - "
                        r")?(?:(?:the\s+)?(?:\w+\s+)?(?:report|plan|outline|document|blueprint|government)s?\s+"
                        r"(?:said|says|stated|states|noted|notes|pledged|plans|added|adds|suggests?|suggested|proposes?|"
                        r"proposed|stipulates?|stipulated)(?:\s+that)?\s+"
                        r"|(?:it|they|he|she)\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|stated|states)\s+that\s+"
                        # "The Indonesian Ministry of Health is optimistic that …": who hopes names nothing
                        r"|(?:[\w'’-]+\s+){1,8}?(?:is|are|was|were|remains?)\s+(?:optimistic|confident|hopeful)\s+that\s+"
                        r"|(?:[\w'’-]+\s+){1,6}?(?:aims|aim|aiming)\s+(?:at|for)\s+(?=(?:an?\s+)?(?:at\s+least\s+)?\d)"
                        # "The plan aims at reducing X", "The strategy's targets include reducing X": who aims, and that
                        # they do, name nothing; the change follows, as after "aims to reduce"
                        r"|(?:[\w'’-]+\s+){1,6}?(?:aims|aim|aiming)\s+at\s+(?=" + _GERUNDS + r"\b)"
                        r"|(?:[\w'’-]+\s+){0,4}?(?:targets|goals|aims|objectives)\s+(?:also\s+)?(?:include|includes)\s+"
                        r"(?=" + _GERUNDS + r"\b)"
                        # "the government targets the complete basic immunization to reach 90 percent": who targets
                        r"|(?:[\w'’-]+\s+){1,4}targets\s+(?=(?:the\s+)?[a-z][^,;]{2,80}?\s+to\s+(?:reach|be|fall|rise|increase|decrease|decline|drop|go)\b)"
                        # "The plan targets a 40% reduction in stunting": who targets, then the change and what changes
                        r"|(?:[\w'’-]+\s+){1,4}targets\s+(?=(?:an?\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:relative\s+)?"
                        r"(?:reduction|decrease|increase|cut|fall|decline|drop|rise)\s+(?:in|of)\s)"
                        # "It also provides a roadmap to achieve a 25 per cent reduction in …": what is to be achieved
                        r"|(?:[\w'’-]+\s+){1,8}?to\s+(?:achieve|attain|reach)\s+(?=(?:an?\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)[\s-]+"
                        # … what the share is of ("a 90% HPV vaccination rate"); not a level that ends the goal
                        # ("Coverage is expected to reach 95% by 2030")
                        r"(?!(?:in|by|of|for|among|at|before|until|from|and|or)\b)[a-z])"
                        r"|(?:[\w'’-]+\s+){1,4}(?:(?:has|have)\s+(?:pledged|promised|vowed|decided|planned|committed|"
                        r"targeted|resolved|agreed|undertaken)"
                        r"|pledges|promises|vows|aims|plans|intends|seeks|targets|wants|commits|undertakes"
                        # "Uganda committed to reduce unmet need …": who pledged it names nothing, and the verb after
                        # it says which way (it was named "Uganda committed to reduce …", its text a neutral "to 10%")
                        r"|committed|pledged|promised|vowed|resolved|agreed"
                        # "The federal health minister says she'd like to get …": who wishes it names nothing
                        r"|(?:says|said)\s+(?:she|he|they|it|we)(?:'d|’d|\s+would)\s+like|(?:'d|’d|would)\s+like)\s+to\s+"
                        # "The Ministry of Health is targeting to reduce …": who is aiming, however many words
                        r"|(?:with\s+)?(?:[\w'’-]+\s+){1,6}(?:aiming|striving|seeking|planning|working|targeting)\s+to\s+"
                        # "China will raise life expectancy to 79 years", "Fiji should increase measles immunisation to
                        # 100 per cent", "the government will reduce …": who will act names nothing; the verb and its
                        # object stay ("Coverage will increase to 90%": no object, the subject is the name)
                        r"|(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,3}|the\s+(?:government|country|nation|state|ministry|plan|"
                        r"strategy|programme|program|framework|policy"
                        r"(?:\s+of\s+(?-i:[A-Z])[\w'’-]*)?))\s+(?:will|shall|would|should|must)\s+(?:also\s+)?(?:further\s+)?"
                        r"(?=(?:raise|increase|reduce|cut|lower|bring\s+down|halve|extend|improve|decrease|achieve|attain)\s+"
                        # (not an adverb: "Antenatal Care Coverage will improve further to 95%" names its subject)
                        r"(?!(?:to|by|from|in|over|at|further|more|much|again)\b|\w+ly\b|\S*\d))"
                        # ("Healthy Ireland's goal is to …": whose goal, by its name)
                        r"|(?:the\s+|another\s+|an?\s+|one\s+|our\s+|its\s+|their\s+"
                        r"|(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?-i:[A-Z])[\w-]*(?:'s|’s)\s+)?"
                        r"(?:(?:main|key|major|overarching|overall|ultimate|long-term|other|second|third|further|first)\s+)?"
                        r"(?:(?-i:[A-Z]{2,8})\s*\d{1,2}(?:\.\d{1,2})?[A-Za-z]?\s+)?"  # "The MDG 5 target is to …": its label
                        r"(?:targets?|goals?|aims?|objectives?|missions?|ambitions?)\s+"
                        # "Target 5A of the Millennium Development Goals was to reduce …": its label and whose it was
                        r"(?:\d+[A-Za-z]?\s+)?(?:of\s+[^,]+?\s+)?(?:for\s+(?:19|20)\d\d\s+)?(?:are|is|was|were|will\s+be)\s+(?:to\s+"
                        # "Our goal is reducing the smoking rate to …": the change, as a gerund
                        r"|(?=" + _GERUNDS + r"\b)"
                        # "The target is (a) 10% reduction in stunting": the change, then what changes
                        r"|(?=(?:at\s+least\s+)?(?:an?\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:relative\s+)?"
                        r"(?:reduction|decrease|increase|cut|fall|decline|drop|rise)\s+(?:in|of)\s"
                        r"|(?:an?\s+)?(?:reduction|decrease|increase|cut|fall|decline|drop|rise)\s+of\s+\d)"
                        # "The target is for 90% of children to be vaccinated": the share of whom
                        r"|for\s+(?=\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\s))"
                        r"|(?:[\w'’-]+\s+){1,4}(?:will\s+|would\s+|shall\s+)?(?:also\s+)?(?=strive\s+to\s)"
                        # "… progress towards achieving our goal of reducing tobacco use to …": whose goal, and that it
                        # is one, name nothing; the change follows
                        r"|(?:[\w'’-]+\s+){0,8}?(?:our|the|its|their|a)\s+(?:(?:main|key|overall|national|long-term)\s+)?"
                        r"(?:goals?|targets?|aims?|objectives?|ambitions?)\s+of\s+(?=" + _GERUNDS + r"\b)"
                        # "We are working towards a smoking prevalence of less than 10%", "I had announced in May 2018
                        # that we are working towards …": who works towards it (and who announced so) names nothing
                        r"|(?:(?:[\w'’-]+\s+){1,8}?(?:announced|said|stated|declared|noted)\s+(?:[\w'’-]+\s+){0,4}?that\s+)?"
                        r"(?:we|they|it|the\s+\w+)\s+(?:are|is)\s+(?:(?:now|also)\s+)?(?:working|striving|moving)\s+"
                        r"towards?\s+(?:an?\s+|the\s+)?(?=[a-z])"
                        # "we will take action to drive down X to …": who acts, and that they will, name nothing
                        r"|(?:we|it|they|the\s+government)\s+(?:will|shall)\s+(?:take\s+action|act|work)\s+to\s+"
                        # "There is full political commitment to reducing X by 80%": that a commitment is there, and
                        # whose it is, name nothing (the name was "There"); the change follows
                        r"|(?:there\s+(?:is|was|remains)|(?:[\w'’-]+\s+){1,6}?(?:has|have)\s+(?:made|given|shown|expressed|"
                        r"renewed))\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?commitments?\s+to\s+(?=" + _GERUNDS + r"\b)"
                        # "In setting this target, we have defined 'tobacco-free' as a smoking prevalence … of 5% or
                        # lower": who defines the word, and the word, name nothing; the measure it is defined as does
                        r"|(?:[\w'’-]+\s+){1,3}?(?:(?:has|have)\s+)?defined\s+(?:[‘'\"“][^‘’'\"“”]{1,40}[’'\"”]|[\w-]+)\s+as\s+"
                        r"(?:an?\s+|the\s+)?(?=[a-z][^,;]*?\s+of\s+(?:(?:less|fewer|more)\s+than\s+|at\s+(?:least|most)\s+|"
                        r"below\s+|under\s+|above\s+|over\s+)?\d)"
                        # "we set a new goal for smoking rates to be …", "Ireland sets a target for Ireland to have …": who set
                        # the goal is no part of its name
                        r"|(?:[\w'’-]+\s+){0,4}(?:(?:has|have)\s+(?:\w+\s+)?)?(?:set|sets|setting)\s+"
                        r"(?:(?:itself|themselves|ourselves)\s+)?(?:(?:a|an|the|its)\s+)?"
                        r"(?:(?:new|national|clear|ambitious|bold|challenging|specific)\s+)?(?:goals?|targets?|ambitions?)\s+(?:for|of(?=\s+[A-Za-z])"
                        # "… set an ambitious target to reduce X from 12% to 6%": the verb and its name follow
                        r"|to(?=\s+(?:reduce|cut|lower|decrease|halve|increase|raise|bring)\b))\s+"
                        r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+to\s+(?:have|be|reach|achieve)\s+)?)?", re.I)
#: before an English subject, not part of its name: whose it is (China's, citizens')
_NOT_NAME = re.compile(r"^(?:(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[a-z]+)?|country|nation|city|province|state|region|county|world)"
                       r"(?:'s|s'|’s)\s+"
                       r"|(?:citizens|residents|people|nationals|(?:the\s+)?(?:overall\s+)?population)(?:'s|'|’s|’)\s+)?")
#: whose it is, after the name: "the health literacy level of Chinese residents"
_WHOSE = re.compile(r"\s+(?:of|among)\s+(?:the\s+|its\s+|their\s+)?(?:(?:Chinese|China's|urban|rural|urban\s+and\s+rural)\s+)?"
                    r"(?:residents|citizens|people|population|nationals)$"
                    # a place (of England, in Beijing); not an abbreviation (of GPs, of HIV: what is counted)
                    r"|\s+(?:in|of)\s+(?:the\s+)?[A-Z][a-z][\w-]*(?:\s+(?:[Pp]rovince|[Cc]ity|[Cc]ounty|[Rr]egion|[Mm]unicipality))?$")
#: "A and B … to be less than 4 and 6 per 1,000, respectively": subjects, the shared verb, two values
_NUMBER = rf"(?:\S*\d|\b(?:{number_words()})\b)"
#: "an end-goal of less than five per cent of Ontarians smoking": a goal's word before the amount it sets, which
#: names nothing itself (the amount and what follows it do)
_GOAL_OF = re.compile(rf"^(?:an?|our|the|its|their)\s+(?:(?:end|final|ultimate|overall|long[\s-]term)[\s-]?)?"
                      rf"(?:goal|target|aim|ambition)\s+of\s+(?=(?:(?:less|more|fewer)\s+than|at\s+(?:least|most)|up\s*to)\s+"
                      rf"{_NUMBER}|{_NUMBER})", re.I)
_PAIRED = re.compile(rf"^(?P<subject>.+?\s+and\s+.+?)\s+(?P<verb>(?:is|are|will|should|shall|would|must)\b.*?\s)"
                     rf"(?P<first>{_NUMBER}(?:[^,]|,(?=\d))*?)\s+and\s+(?P<second>{_NUMBER}(?:[^,]|,(?=\d))*?),?\s+respectively$",
                     re.I)
#: "A, B and C will decrease to 8.2, 3.3 and 4.0 respectively" (over several clauses): the names, the verb, the values;
#: also with the verb first ("reduce the infant and child mortality rates to below 10 and 13 per thousand")
_LISTED = re.compile(rf"^(?P<subject>.+?)\s+(?P<verb>(?:is|are|will|should|shall|would|must)\b.*?\s)"
                     rf"(?P<values>{_NUMBER}.*?),?(?:\s+respectively)?$", re.I)
_LISTED_VERB_FIRST = re.compile(rf"^(?P<verb>(?:reduc|decreas|lower|cut|bring|increas|rais|lift|boost)\w*(?:\s+down)?\s)"
                                rf"(?P<subject>[^\d]+?)\s+(?P<to>to\s+(?:[a-z]+\s+){{0,2}}?)(?P<values>{_NUMBER}.*?),?"
                                rf"(?:\s+respectively)?$", re.I)
_VALUE_CUT = re.compile(r",\s+(?:and\s+)?|\s+and\s+", re.I)
#: a subject that stands for the names said before it ("The figures", "these rates", "They")
_BACK_REFERENCE = re.compile(r"^(?:(?:the|these|those)\s+(?:figures?|rates?|shares?|numbers?|ratios?|proportions?)|they)$",
                             re.I)
#: a clause that is only an amount: the rest of a list of values ("5.2", "and 6.6 per thousand")
_VALUE_ONLY = re.compile(rf"^(?:and\s+)?{_NUMBER}\s*(?:%|‰|percent|per\s*cent|(?:deaths\s+)?(?:per|out\s+of)\s+(?:thousand|[\d,]+)"
                         r"(?:\s+[a-z]+){0,2})?(?:,?\s+respectively)?$", re.I)
#: a comparator that opens the first value and is meant for all ("to below ten … and 13 per thousand")
_COMPARATOR_FIRST = re.compile(r"^(?:below|under|less\s+than|more\s+than|above|over|at\s+least|at\s+most|"
                               r"no\s+more\s+than|no\s+less\s+than|within)\s+", re.I)
#: a year for the whole sentence, in a clause of its own at its end (", by 2025.")
_YEAR_ONLY = re.compile(r"^(?:by|in|until|before|" + _UP_TO + r")\s+" + _END_OF + r"((?:19|20)\d{2})$", re.I)
#: the year a sentence's last clause ends with, which is the year of the clauses before it that name none
_YEAR_LAST = re.compile(r"\b(?:by|until|before|" + _UP_TO + r")\s+" + _END_OF + r"(?:the\s+year\s+)?((?:19|20)\d{2})$", re.I)
#: "in the 2026-2030 period", "in the 2023 – 2025 period": the period's last year
_SPAN = re.compile(r"\b(?:in|during|for)\s+the\s+(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})\s+period\b", re.I)

#: "… at least 22% by 2022 and 30% by 2030": two values, each for its year
_TWO_YEARS = re.compile(rf"^(?P<head>.*?\s)(?P<v1>(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|no\s+(?:more|less)\s+than|"
                        rf"below|above|over|under|about|around)\s+)?{_NUMBER}(?:[^,]|,(?=\d{{3}}))*?)\s+(?:by|in)\s+(?P<y1>(?:19|20)\d{{2}})\s*,?"
                        rf"\s+and\s+(?:to\s+)?(?P<v2>(?:[a-z]+\s+){{0,3}}?{_NUMBER}(?:[^,]|,(?=\d{{3}}))*?)\s+(?:by|in)\s+(?P<y2>(?:19|20)\d{{2}})$", re.I)

#: the change before the name: "reduce by one third premature mortality from …", "halve the number of deaths",
#: "A 25% relative reduction in the overall mortality from …"
_CHANGE_FIRST = re.compile(rf"^(?P<change>(?:to\s+)?(?:reduce|cut|lower|decrease)\s+by\s+(?:at\s+least\s+)?"
                           rf"(?:(?:one|a)[\s-](?:third|quarter|fifth|sixth|tenth)|half|two[\s-](?:thirds|fifths)|"
                           rf"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))|halve|double|halt\s+the\s+(?:rise|increase|growth)(?:\s+and\s+reverse\s+the\s+trend)?"
                           # "Increase by five percentage points the proportion of …"
                           rf"|(?:increase|raise|reduce|cut|lower|decrease)\s+by\s+{_NUMBER}\s*(?:percentage\s+points?|%|percent)"
                           rf"|(?:at\s+least\s+)?(?:an?\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
                           # "At least a 30% (10%) increase in …": a second figure in brackets, whose meaning is not said
                           rf"(?P<second>\s*\(\s*\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s*\))?\s+(?:relative\s+)?"
                           rf"(?:reduction|decrease|increase|cut|fall|decline|drop|rise)"
                           # "No rise in prevalence of diabetes and obesity": the level is to stay at most where it is
                           rf"|(?P<none>no\s+(?:rise|increase|growth))(?=\s+in\s)"
                           # "a reduction of 25% in premature mortality"
                           rf"|(?:an?\s+)?(?:relative\s+)?(?:reduction|decrease|increase|cut|fall|decline|drop|rise)\s+of\s+"
                           rf"(?:at\s+least\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
                           rf"\s+(?:in\s+|of\s+)?(?:the\s+)?(?P<name>(?![\d%])[^%]{{3,140}}?)"
                           rf"(?:\s+(?:and|or)\s+(?:promote|ensure|improve|strengthen|contain|maintain|halt)\b.*)?$", re.I)
#: things to be built or trained, counted before their name: "build 888 health centres", "train 5,000 community health
#: workers" (the count is the target, the things its name)
_BUILT_COUNT = re.compile(r"^(?:(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:will|shall|is\s+to|plans?\s+to|aims?\s+to)\s+|will\s+|to\s+)?"
                          r"(?:build|construct|establish|open|set\s+up|create|train|recruit|deploy)\s+"
                          r"(?P<value>(?:at\s+least\s+|more\s+than\s+|over\s+)?\d[\d,]*(?:\.\d+)?)\s+"
                          # "establish 1.5 lakh Health and Wellness Centres": a magnitude is part of the count
                          r"(?:(?P<magnitude>lakhs?|crores?|thousand|million|billion)\s+)?(?:new\s+|more\s+)?"
                          r"(?P<name>[a-z][a-z\s-]{2,60}?)$", re.I)
#: so many of a thing for so many people, as a goal to have: "have three certified doctors for every 1,000 citizens"
_DENSITY = re.compile(r"^(?:to\s+)?have\s+(?P<value>(?:at\s+least\s+)?\d[\d.,]*)\s+(?P<what>[a-z][a-z\s-]{2,60}?)\s+"
                      r"(?:for\s+(?:every|each)|per)\s+(?P<per>\d[\d,]*)\s+(?P<whom>[a-z][a-z\s-]{1,30}?)$", re.I)
#: a target whose name stands after its value or before the words "the target": "the target is 50 per 1,000 live births
#: for infant mortality", "For maternal mortality the 2015 target is 140 per 100,000 live births"
_TARGET_IS_FOR = re.compile(r"^(?:for\s+(?P<before>[a-z][^,;]{2,80}?),?\s+)?(?:the\s+|its\s+)?(?:(?P<year>(?:19|20)\d{2})\s+)?"
                            r"(?:targets?|goals?)\s+(?:is|are|will\s+be|was\s+set\s+at)\s+(?P<value>\d.*?)"
                            r"(?:\s+for\s+(?P<after>[a-z][^,;]{2,80}?))?$", re.I)
#: a target that is a level of what it names: "Our target is a smoking rate of 16 per cent by 2020"
_TARGET_IS_A = re.compile(r"^(?:the|our|its|their)\s+(?:(?:main|key|overall|national|new)\s+)?(?:targets?|goals?|aims?|ambitions?)"
                          r"\s+(?:is|are|will\s+be)\s+(?:an?|the)\s+(?P<name>[a-z][^,;\d]{2,80}?)\s+of\s+"
                          r"(?P<value>(?:(?:less|more|fewer)\s+than\s+|below\s+|under\s+|above\s+|over\s+|at\s+(?:least|most)\s+"
                          r"|no\s+(?:more|less)\s+than\s+)?\S*\d[^,;]*)$", re.I)
#: "getting to our target of 16 per cent": a target's amount with no name: kept for a person to name it
_TARGET_UNNAMED = re.compile(r"\b(?:our|the|its|their|a)\s+(?:targets?|goals?|aims?)\s+of\s+(?:(?:less|more|fewer)\s+than\s+|"
                             r"below\s+|under\s+|at\s+(?:least|most)\s+)?\S*\d[\d.,]*\s*(?:%|‰|percent|per\s+cent)", re.I)
#: a target named by what it is of, and for a year: "The target of wasting among toddlers in 2024 is 7 percent", "the
#: goal for stunting is 14 percent"
_TARGET_OF = re.compile(r"^(?:the\s+|our\s+|its\s+)?(?:national\s+)?(?:targets?|goals?|aims?)\s+(?:of|for)\s+(?P<name>[a-z][^,;]{2,80}?)"
                        r"(?:\s+(?:in|by|for)\s+(?P<year>(?:19|20)\d{2}))?\s+(?:is|are|will\s+be|was\s+set\s+at)\s+"
                        r"(?P<value>(?:at\s+|to\s+be\s+)?(?:(?:less|more|lower|higher|fewer)\s+than\s+|below\s+|above\s+|at\s+least\s+"
                        r"|at\s+most\s+|under\s+|over\s+)?\d[^,;]*)$", re.I)
#: a target set for what it names, the name before its word: "Every Newborn Action Plan has set stillbirth target of 12
#: per 1000 births or less" (who set it names nothing; it was dropped, counted only as a goal not read)
_SET_NAMED_TARGET = re.compile(r"^(?:[\w'’-]+\s+){0,6}?(?:(?:has|have|had)\s+)?(?:set|sets|setting|adopted|adopts)\s+"
                               r"(?:(?:a|an|the|its|their|our)\s+)?(?:(?:new|national|global|ambitious|specific)\s+)?"
                               r"(?!(?:a|an|the|its|their|our|new|national|global|ambitious|specific)\s)"
                               r"(?P<name>[A-Za-z][\w'’ -]{1,60}?)\s+(?:target|goal)\s+of\s+"
                               r"(?P<value>(?:(?:less|more|fewer)\s+than\s+|below\s+|under\s+|above\s+|over\s+|"
                               r"at\s+(?:least|most)\s+|no\s+(?:more|less)\s+than\s+)?\d(?:[^,;]|,(?=\d))*)$", re.I)
#: the last word of a name that says what it measures ("stillbirth rate", "neonatal mortality"); a name without one
#: before a rate's amount ("stillbirth target of 12 per 1000 births") names what the rate counts
_MEASURE_WORD = re.compile(r"\b(?:rates?|ratios?|prevalence|incidence|coverage|proportion|share|percentage|levels?|"
                           r"numbers?|mortality|index|density|expectancy|use|uptake|intake|consumption|deaths)$", re.I)
#: "from 30.4% in 2016 to 25% in 2021": a base year's value, then the target year's
_FROM_IN = re.compile(r"\bfrom\s+(?P<a>\S*\d[^,;()]*?)\s+in\s+(?P<y0>(?:19|20)\d{2})\s+to\s+(?P<b>\S*\d[^,;]*?)\s+"
                      r"(?:in|by)\s+(?P<y1>(?:19|20)\d{2})\b", re.I)
#: the same with the years in the sources' brackets ("from 870 per 100,000 live births in 1990 (UN reports) to 432 per
#: 100,000 (2012 National Population and Housing Census)"): a record of two values, for a reported change only
_FROM_IN_NOTED = re.compile(r"\bfrom\s+\S*\d(?:[^,;()]|,(?=\d))*?\s+in\s+(?:19|20)\d{2}\s*(?:\([^()]{0,80}\)\s*)?to\s+\S*\d[^;()]*?"
                            r"\s*\((?:[^()]{0,80}?\b)?(?:19|20)\d{2}\b[^()]{0,80}\)", re.I)
#: a change told as seen ("The country has also observed a Maternal Mortality Rate (MMR) declined from …"), or a
#: past verb after a name's short form in brackets, which the word before a verb cannot show
_SEEN_CHANGE = re.compile(rf"\b(?:has|have)\s+(?:also\s+)?(?:observed|seen|recorded|witnessed)\b|\)\s+(?:{_PAST_VERBS})\b",
                          re.I)
#: the rest of a sentence that only lists names after a comma ("cancers, diabetes, or chronic respiratory diseases")
_SERIAL_REST = re.compile(r"^(?:[A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,4},\s+)*"
                          r"(?:[A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,4}\s+)?(?:or|and)\s+[A-Za-z][\w'’/-]*"
                          r"(?:\s+[A-Za-z][\w'’/-]*){0,4}(?:\s+(?:by|in|until|before)\s+(?:19|20)\d\d)?(?:\s*[.;]?\s*$|\s+(?=(?:Target|Goal|Objective)\s+\d+[a-z]?\s*:))")
#: a "subject" that is only the verb of the clause ("To be reduced"), which names nothing
_VERB_ONLY = re.compile(r"^(?:(?:is|are)\s+expected$|(?:to\s+|(?:will|should|shall|must|is\s+to|are\s+to|(?:is|are)\s+"
                        r"expected\s+to)\s+)?(?:be\s+)?(?:further\s+)?"
                        r"(?:reduc|decreas|lower|cut|increas|rais|improv|lift|boost|fall|rise|reach|declin|drop|"
                        r"brought|kept|maintain)\w*$)", re.I)
#: the number of a listed item before a colon ("Target 4:", "Goal 2:"), which names no indicator
_NUMBERED_LABEL = re.compile(r"^(?:target|goal|objective|indicator)s?\s+\d+[a-z]?$", re.I)
#: a short label before a colon that names what follows ("Male", "Youth (age of 15 - 24)")
#: a name before a colon: "Under 5 …", "HIV/AIDS prevalence", "Japanese Encephalitis Mortality Reduction Rate" (one
#: over 40 characters only where it holds no verb: "The targets to be achieved by the state are as follows" names none)
_LABEL = re.compile(r"^[+\-–•*]?\s*(?P<name>[A-Za-z](?:[A-Za-z'’ /&-]|\b\d{1,2}\b){0,80}?(?:\s*\([^()]*\))?)$")
_LABEL_VERB = re.compile(r"\b(?:is|are|will|shall|should|must|be|been|was|were|has|have|follows?|following|includes?|"
                         r"including|set|sets|aims?|seeks?)\b", re.I)
#: how a target is to be met, after it: "… through operationalizing the policy", "… by increasing …"
_MEANS = re.compile(r"\s+(?:through|via|in\s+order\s+to|with\s+particular\s+focus|by\s+(?:\w+ing|means\s+of)\b"
                    r"|(?<=[\d%]\s)for\s+all\s+(?:population\s+)?groups\b)\b.*$", re.I)

#: "27 percent of residents are expected to have basic health knowledge", "90% of girls should be vaccinated": a share
#: written before whom it counts, then what they are to do or be: only after a verb of a goal ("15% of adults still
#: smoke" is a fact, "40% of adults will be obese by 2030" more often a projection than a goal)
_SHARE_OF_WHOM = (r"^(?P<share>(?:at\s+least\s+|no\s+(?:less|more)\s+than\s+|at\s+most\s+|(?:less|more|fewer)\s+than\s+|up\s*to\s+)?(?:\d+(?:\.\d+)?|(?:" + number_words() + r")\b)\s*(?:%|percent|per\s+cent))"
                  r"\s+of\s+(?:the\s+|all\s+|our\s+|their\s+|its\s+)?(?P<who>[A-Za-z][\w'’ -]{1,60}?)\s+")
#: what follows whom a share counts: words, and no number but an age ("by age 15", "at 5 years of age")
_NO_NUMBER_BUT_AGE = (r"(?:[^\d]|(?<=\bage\s)\d|(?<=\bage\sof\s)\d|(?<=\d)\d"
                      r"|(?<=\bat\s)\d(?=\d*\s+(?:years?|months?)\s+(?:of\s+age|old))"
                      # "until around 6 months of age", "diagnosed at stage 1 or 2": an age or a stage, no amount
                      r"|(?<=\baround\s)\d(?=\d*\s+(?:years?|months?)\s+(?:of\s+age|old))"
                      r"|(?<=\bstage\s)\d|(?<=\bstage\s\d\sor\s)\d|(?<=\bstage\s\d\sand\s)\d)")
#: ("50% of adults will meet the recommended levels …": a "will" before a verb of what a goal asks, never "will be")
_SHARE_FIRST = re.compile(_SHARE_OF_WHOM + r"(?:(?:is|are)\s+expected\s+to|should|shall|must|(?:is|are)\s+to|to"
                          r"|will(?:\s+be\s+expected\s+to)?(?=\s+" + vocabulary.source("english_share_will") + r"\b))\s+(?P<be>be\s+)?"
                          r"(?P<what>[a-z]" + _NO_NUMBER_BUT_AGE + r"{3,120}?)$", re.I)

#: two shares of two groups before one verb ("50% of adults and 80% of children will be expected to meet …"): the first
#: share and its group, then the second's, each read with the verb after them as a goal of its own
_TWO_SHARES = re.compile(r"(?P<first>(?<![\w.])\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?[A-Za-z][\w'’-]*"
                         r"(?:\s+(?!and\b)[A-Za-z][\w'’-]*){0,3}?)\s+and\s+(?P<second>\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
                         r"\s+of\s+(?:the\s+|all\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
                         r"(?=\s+(?:(?:is|are)\s+expected\s+to|should|shall|must|(?:is|are)\s+to|will)\b)", re.I)
#: a share's goal that runs on into what is asked of people ("… meet the recommended levels of physical activity and
#: that adults should accumulate at least 30 minutes …"): the goal ends before "and that"
_AND_THAT = re.compile(r"\s+and\s+that\s+(?=(?:[a-z][\w'’-]*\s+){1,4}(?:should|must|shall|will|are\s+to|is\s+to)\s)", re.I)

#: a goal that ensures a share of people do something ("We aim to ensure that 95% of people with a learning disability
#: receive an annual health check by 2024"): ensure makes it a goal, not a fact or a projection
_ENSURED_SHARE = re.compile(r"^(?:.{0,40}?\b)?(?:ensure|ensuring)\s+(?:that\s+)?" + _SHARE_OF_WHOM[1:]
                            + r"(?P<what>(?:receives?|gets?|have|has|are|is|can|be|access(?:es)?|attends?|uses?|undergoes|undergo)\b"
                            + _NO_NUMBER_BUT_AGE + r"{3,120}?)$", re.I)

#: the share before whom it counts, with no verb but a participle (a monitoring framework's style): "90% of girls fully
#: vaccinated with the HPV vaccine by age 15", "70% of women screened …"
_DONE_WORDS = (r"(?:(?:fully|properly|routinely|exclusively|regularly)\s+)?(?:vaccinated|immuni[sz]ed|screened|"
               r"tested|treated|diagnosed|covered|enrolled|registered|managed|counselled|counseled|reached|"
               r"protected|served|breastfed|breast-fed|smoking|drinking|meeting|eating|consuming|using|achieving|attending)\b")
_SHARE_DONE = re.compile(_SHARE_OF_WHOM + r"(?:(?P<be>are|is|will\s+be|should\s+be)\s+)?(?P<what>" + _DONE_WORDS
                         + _NO_NUMBER_BUT_AGE + r"{0,120}?)$", re.I)
#: a verb that states what was found, not what is to be reached ("45% of adults screened had high blood pressure")
_STATED = re.compile(r"\b(?:had|has|have|was|were|is|are|did|does|received|reported|showed|became|remained|died|lived|got)\b", re.I)
#: a deadline: "by 2030", "by the end of 2025", "until 2025"
_DEADLINE = re.compile(r"\b(?:by|until|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:year\s+)?(?:19|20)\d\d\b", re.I)
#: the share before what it measures: "50% coverage of drug therapy and counselling …", "80% availability of …",
#: "a 90% HPV vaccination rate for girls"
_SHARE_OF_WHAT = re.compile(r"^(?:an?\s+)?(?P<share>(?:at\s+least\s+|no\s+less\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
                            r"\s+(?P<what>(?:coverage|availability|uptake|use|access)\s+(?:of|to)\s+[A-Za-z][^\d]{2,120}?"
                            # "(reach) a 90% HPV vaccination rate for girls [and …]": the share before the rate it is
                            r"|(?P<rate>[A-Za-z][\w'’ -]{2,60}?\s(?:rate|coverage|uptake)"
                            r"(?:\s+(?:for|among|in|of)\s+[A-Za-z](?:(?!\s+and\s)[^\d]){0,80}?)?)(?:\s+and\s+[a-z][^\d]*)?)$",
                            re.I)

#: "The goals for 2010 include: infant mortality rate, below 14.9 per thousand;": a list of names, each with a comma and
#: its bound (the list goes on over semicolons, one sentence each)
_NAME_VALUE = re.compile(r"^(?:(?P<lead>[^:]{0,200}):\s+)?(?:and\s+)?(?P<name>[A-Za-z][A-Za-z'’ -]{3,60}?),\s+"
                         r"(?P<value>(?:below|under|less\s+than|above|over|more\s+than|at\s+least|at\s+most|no\s+(?:more|less)\s+than)"
                         r"\s+\S*\d[\d.,]*\s*(?:%|percent|per\s+cent|per\s+(?:thousand|[\d,]+)(?:\s+live\s+births)?|years?))\s*[;.]?$", re.I)

#: "that for children younger than 5": the name before it, for other people
_THAT_OF = re.compile(r"^(?:that|those)\s+(?P<link>of|for|among)\s+(?P<rest>.+)$", re.I)
_HEAD_OF = re.compile(r"^(?P<head>.+?)\s+(?:of|for|among)\s+", re.I)


def is_english(text: str) -> bool:
    """Whether ``text`` is written in English (Latin letters, next to no Chinese characters)."""
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    return letters >= 8 and chinese_characters(text) * 20 < letters


#: the words that make up a fifth or more of any English prose, and next to none of French, Spanish or Swedish
_ENGLISH_WORDS = frozenset("the of and to in is by for will be with that this are from on at as".split())


#: the commonest words of French, Spanish, Portuguese, Italian, German, Swedish, Dutch and Indonesian, next to none of English
_OTHER_WORDS = frozenset("le la les des et du une est pour dans sur au aux avec el los las y en que del por para con "
                         "una es se os da dos das em um com não il di che della und ist der das von zu mit "
                         "och att som är för det het een van op yang dan di ke dari untuk dengan pada".split())


def in_another_language(text: str) -> bool:
    """Whether ``text`` is prose in Latin letters but not in English (French, Spanish, …): few of its words
    are English's commonest. Too short a text says nothing."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    latin = [word for word in words if word.isascii() or all(ch < "\u0250" for ch in word)]
    if len(latin) < 20 or chinese_characters(text) * 20 >= len(latin):
        return False
    # and some of another's commonest: telegraphic English ("90% children 6-59 months get 1 dose Vit A") has few of
    # English's, and none of theirs (it was refused as "neither Chinese nor English")
    return sum(word in _ENGLISH_WORDS for word in latin) < 0.05 * len(latin) \
        and sum(word in _OTHER_WORDS for word in latin) >= 0.05 * len(latin)


def about_china(text: str) -> bool:
    """Whether a document is about China (names it, its people or a province, or holds Chinese characters): only
    there is an English "13th Five-Year Plan" China's 十三五, which ends in 2020. Bhutan's 13th plan runs 2024-2029;
    read as China's, a Bhutanese target was drafted for 2020, a year the document never names."""
    return chinese_characters(text) > 0 or _ABOUT_CHINA.search(text) is not None


def years_named(text: str, china: bool = True) -> list[tuple[int, int]]:
    """(position, year) of each year an English text sets things for: by 2025, the end of the 14th
    Five-Year Plan period (only where ``china``: the document is about China, :func:`about_china`)."""
    found = [(m.start(), int(m.group(1) or m.group(2))) for m in YEAR.finditer(text)]
    found += [(m.start(), int(m.group(1))) for m in _SPAN.finditer(text)]  # "in the 2023-2025 period"
    periods = [(m.start(), _PERIOD_ENDS[m.group(1)]) for m in _PERIOD.finditer(text)] if china else []
    return sorted(found + periods)


#: a list's line in a headline's words, its verb a past participle ("Neonatal mortality rate reduced from 24 to 12 per
#: 1,000 live births"): under a heading of a year's targets, the goal for that year; elsewhere what happened
_HEADLINE_PAST = re.compile(r"^(?P<name>(?-i:[A-Z])(?:(?!\b(?:was|were|has|have|had|is|are|been|be|being)\b)[^,;:\d]|\b\d{1,2}\b)"
                            r"{2,80}?)\s+(?P<change>(?P<verb>reduced|increased|decreased|lowered|raised|improved|cut|halved|doubled)\s+"
                            r"(?:from|to|by)\s+(?:[^,;]|,(?=\d))*\d(?:[^,;]|,(?=\d))*)$")


#: a clause that ends with a deadline ("… reduced to 30/1000 live births by 2012"), and an item of a list
_DATED_HEADLINE = re.compile(r"^(?P<words>.+?)\s+(?:by|until|before)\s+(?P<year>(?:19|20)\d{2})$", re.I)
_ITEM = re.compile(r"\s*(?:[-–*+]|[•▪●])")


#: a clause that looks back to a year ("since its formation in 1996", "since 2010"): no year a lead sets
_SINCE = re.compile(r"\bsince\b[^,;:.]*?\b(?:19|20)\d{2}\b", re.I)


def lead_year(text: str, china: bool = True) -> int | None:
    """The year a paragraph that introduces a list sets ("By 2025, the plan aims to:", "the targets
    for 2017 would be as follows."); a five-year plan's period only where ``china`` (:func:`about_china`)."""
    text = _sentences_of(text)[-1]  # "… safety. By 2030, the plan strives to": its last sentence
    heading = _GOALS_HEADING.match(text)
    if heading:  # "Targets for 2025", a line of its own over the targets
        return int(heading.group(1) or heading.group(2))
    text = _SINCE.sub("", text)  # "The targets, which build on … since its formation in 1996, are as follows:"
    if len(text) > 160 or not re.search(r"(?::|as follows\.?|\b(?:aims?|strives?|plans?|seeks?|intends?) to)$", text, re.I):
        return None
    match = (YEAR.search(text) or re.search(r"\b(?:for|in)\s+((?:19|20)\d{2})\b", text, re.I)
             or re.search(r"\b((?:19|20)\d{2})\s+(?:targets?|goals?|objectives?)\s*:$", text, re.I)  # "- 2015 Targets:"
             # "Long Term Goal (2035):", "Medium Term Objectives (2022):"
             or re.search(r"\b(?:targets?|goals?|objectives?|milestones?)\s*\(\s*((?:19|20)\d{2})\s*\)\s*:$", text, re.I))
    if match is None:  # "Here's some main targets for the 14th FYP period:": the period's last year
        period = _PERIOD_NAMED.search(text) if china else None
        return _PERIOD_ENDS[period.group(1)] if period else None
    if match.re is not YEAR and len(text) > _SHORT_LEAD and not _LEAD_LOOKS_AHEAD.search(text):
        return None  # "LLITN use Based on … the malaria indicator surveys in 2010 and 2015:": the data's year, no goals'
    return int(match.group(1) or match.group(2)) if match.lastindex else None


#: a lead whose year is "in 2025" or "for 2030" (not "by 2025") sets it for the list under it only where it is short
#: ("In 2025:", "For 2030, the plan will:") or speaks of goals; a long line that names the years of its data before a
#: colon (a method note's "… surveys in 2010 and 2015:") dated a sentence far below it
_SHORT_LEAD = 40
_LEAD_LOOKS_AHEAD = re.compile(r"\b(?:targets?|goals?|aims?|objectives?|milestones?|will|shall|should|must|plans?|"
                               r"expected|priorit\w*|achiev\w*)\b", re.I)


#: a list's lead that names no year ("- Targets:", "Key objectives:"): the year an earlier lead set ends at it
_YEARLESS_LEAD = re.compile(r"[-–•*\s]*(?:(?:key|main|specific|strategic|expected|the)\s+)*(?:(?:indicators?\s+and\s+)?"
                            r"(?:targets?|goals?|objectives?)|(?:expected\s+|key\s+)?(?:results|outcomes)|indicators?)\s*:\s*",
                            re.I)
#: an objective's heading that sets nothing itself (Strategic Objective 2: Reduce NCDs; not "Objective 1: reduce X to 5%")
_OBJECTIVE_HEADING = re.compile(r"[-–•*\s]*(?:strategic\s+)?(?:objective|goal|outcome|priority)\s+\d{1,2}[a-z]?\s*[:.]"
                                r"[^\d]{0,120}", re.I)


def yearless_lead(text: str) -> bool:
    """Whether the paragraph is a list's lead that names no year (``- Targets:`` after ``- 2015 Targets:``)."""
    return _YEARLESS_LEAD.fullmatch(text) is not None


def objective_heading(text: str) -> bool:
    """Whether the paragraph heads an objective and sets nothing itself (``Strategic Objective 2: Reduce NCDs``): it
    ends the year of a lead inside the objective before it."""
    return _OBJECTIVE_HEADING.fullmatch(text) is not None


#: a line that heads a year's targets ("Targets for 2025", "Global targets by 2030:", "2030 Goals", "Haryana 2030
#: Targets", "Targets 2030"): the year of the lines under it
_GOALS_WORD = r"(?:(?:global|national|key|main|voluntary|the)\s+)*(?:targets?|goals?|objectives?|milestones?)"
_GOALS_HEADING = re.compile(r"^(?:" + _GOALS_WORD + r"\s+(?:(?:for|by|to be (?:met|achieved) by)\s+)?((?:19|20)\d{2})"
                            # "Haryana 2030 Targets": whose targets, a place or a plan's name in capitals, then the year
                            # (not a look back: "Progress Against 2020 Targets")
                            r"|(?!.*\b(?:against|towards?|progress|review|status|performance|report|results?|achiev\w*|met|"
                            r"meeting)\b)(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}((?:19|20)\d{2})\s+" + _GOALS_WORD + r")\s*:?$", re.I)


def _sentences_of(text: str) -> list[str]:
    """A paragraph's sentences, roughly (at . ; ! ? before a space): enough to tell a lead from a paragraph."""
    return re.split(r"(?<=[.;!?])\s+", text.strip())


#: the verbs an objective opens with, and the way each says is better (None: it does not say)
_OBJECTIVE_VERBS = {"Reduce": "down", "Decrease": "down", "Lower": "down", "Eliminate": "down", "Increase": "up",
                    "Raise": "up", "Improve": "up", "Maintain": None}
#: an objective's opening: its number (TU-02:), then its verb
_OBJECTIVE_START = re.compile(rf"^\s*(?:(?:[A-Z]{{1,8}}-\d{{1,3}}[a-z]?|Objective\s+\d{{1,3}}[a-z]?)\s*[:.]\s*)?"
                              rf"(?P<verb>{'|'.join(_OBJECTIVE_VERBS)})\s+")
#: a numbered objective with its baseline and target, as Healthy People and the state plans after it write one
#: ("TU-02: Reduce current tobacco use by adults Baseline: 20.8 percent … in 2018 Target: 16.2 percent")
_OBJECTIVE = re.compile(_OBJECTIVE_START.pattern + r"(?P<what>[^:]{3,160}?)\s+Baseline\s*:\s*(?P<base>[^:]{1,400}?)\s+"
                        # "Baseline Year: 2018" (Healthy Alaskans): the base value's year on a line of its own
                        r"(?:Baseline\s+Year\s*:\s*(?P<base_year>(?:19|20)\d\d)\s+)?"
                        r"Target\s*:\s*(?P<target>[^:]{1,80}?)\s*\.?\s*$")
#: the year of an objective's baseline (… were current cigarette smokers in 2018)
_BASE_YEAR = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)")
#: a labelled line of an objective's page ("Baseline: …", "Target:" with its value on the next line, and the lines
#: Healthy People prints beside them: "Status: Baseline only", "Desired Direction:", "Most Recent Data:")
# "All Alaskans Baseline:", "Alaska Native Baseline:": a group's baseline (the first given is kept)
_OBJECTIVE_FIELD = re.compile(r"^\s*(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s+(?=Baseline\s*:))?"
                              r"(?P<label>Baseline Year|Baseline|Target|Status|Objective status|Desired direction|Most recent data|"
                              r"Target-setting method|Data sources?|Leading health indicator)\s*:\s*(?P<value>.*?)\s*$",
                              re.I)


#: an objective's Baseline: joined to its line, with its value ("TU-04: Reduce smoking Baseline: 13.7 percent in 2018")
_INLINE_BASELINE = re.compile(r"\s+Baseline\s*:\s*(?P<value>[^:]+?)\s*$")


#: a group's ages in an objective's words (aged 2 to 19 years, 18 years and over, ages 12-17)
_AGES = re.compile(r"\b(?:aged?|ages)\s+\d+\s*(?:-|–|to)\s*\d+(?:\s*(?:years?|months?))?"
                   r"|\b\d+\s*(?:years?|months?)\s*(?:and\s+(?:over|older|above)|or\s+(?:over|older))", re.I)
#: a number that is a target's: after from/to/by/below…, or a share or rate
_OWN_TARGET_NUMBER = re.compile(r"\b(?:from|to|by|below|under|above|over|at\s+least|reach)\s+\d|\d\s*(?:%|percent\b|per\s)",
                                re.I)


def _sets_its_own(text: str) -> bool:
    """Whether an objective's line holds numbers of its own, besides its code ("Reduce malaria incidence from 150 to 50
    per 1,000 by 2030."): a sentence that sets its target, never a heading for the Baseline:/Target: lines after it."""
    words = _OBJECTIVE_CODE_AFTER.sub("", _INLINE_BASELINE.sub("", text))
    words = re.sub(r"^\s*[A-Z]{1,8}[-\u2010\u2011]\d{1,3}[a-z]?\s*[:.]\s*", "", words)
    words = _AGES.sub("", words)  # "adults aged 18 to 64 years": who is counted
    return _OWN_TARGET_NUMBER.search(words) is not None


def objectives_joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with an objective's ``Baseline:`` and ``Target:`` lines joined to the objective above them
    (a text's lines may come as paragraphs of their own, in either order, a label's value on the line after it,
    other labelled lines between), so that :func:`find` reads the objective whole; a block without both stays as
    it was."""
    out: list[Paragraph] = []
    block: list[Paragraph] = []  # the objective and the labelled lines after it
    fields: dict[str, tuple[str, int, int | None]] = {}  # baseline/target → (value, line, page)
    waiting: str | None = None  # a label whose value is the next paragraph

    def close() -> None:
        nonlocal block, fields, waiting
        if "baseline" in fields and "target" in fields:
            head = block[0]
            inline = _INLINE_BASELINE.search(head.text)  # the text reader joined the Baseline: line to it
            text = head.text[:inline.start()] if inline else head.text
            starts = [start for start in head.starts if start[0] < len(text)]
            for label in ("baseline", "baseline year", "target"):
                if label not in fields:
                    continue
                value, line, page = fields[label]
                starts.append((len(text) + 1, line, page))
                text += f" {label.title()}: {value}"
            out.append(Paragraph(text, tuple(starts), head.heading))
        else:
            out.extend(block)
        block, fields, waiting = [], {}, None

    for paragraph in paragraphs:
        if block:
            field = _OBJECTIVE_FIELD.match(paragraph.text)
            if waiting is not None and field is None and not _OBJECTIVE_START.match(paragraph.text):
                if waiting in ("baseline", "baseline year", "target"):
                    fields[waiting] = (paragraph.text.strip(), *paragraph.position(0))
                block.append(paragraph)
                waiting = None
                continue
            if field is not None and field.group("label").lower() == "baseline" and "baseline" in fields \
                    and field.start("label") > len(paragraph.text) - len(paragraph.text.lstrip()):
                block.append(paragraph)  # another group's baseline (Alaska Native Baseline: 192.5): the first is kept
                continue  # (a second plain Baseline: line is no group's: the block is not read)
            if field is not None and field.group("label").lower() not in fields:
                label = field.group("label").lower()
                if field.group("value"):
                    if label in ("baseline", "baseline year", "target"):
                        fields[label] = (field.group("value"), *paragraph.position(field.start("value")))
                    waiting = None
                else:
                    waiting = label
                block.append(paragraph)
                continue
            close()
        if _OBJECTIVE_START.match(paragraph.text) and not _OBJECTIVE.match(paragraph.text) \
                and "Target:" not in paragraph.text and not _sets_its_own(paragraph.text):
            block = [paragraph]
            inline = _INLINE_BASELINE.search(paragraph.text)
            if inline:
                fields["baseline"] = (inline.group("value"), *paragraph.position(inline.start("value")))
        else:
            out.append(paragraph)
    if block:
        close()
    return out


#: a card's lines (a web page's target cards: "Stillbirth rate" / "12 per 1,000 live births" / "by 2025"): a name alone,
#: an amount alone, a deadline alone
_CARD_NAME = re.compile(r"(?-i:[A-Z])[A-Za-z'’()/&-]*(?:\s+[A-Za-z'’()/&-]+){0,7}")
_CARD_AMOUNT = re.compile(r"(?:(?:less|fewer|more)\s+than\s+|at\s+(?:least|most)\s+|below\s+|under\s+|above\s+|over\s+)?"
                          r"(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:%|‰|percent|per\s+cent|(?:per|/)\s*[\d,]+(?:\s+[a-z]+){0,3}"
                          r"|[a-z]+(?:\s+[a-z]+){0,3})?", re.I)
_CARD_DEADLINE = re.compile(r"(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\.?", re.I)


def cards_joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each card of three lines (a name, its amount, its deadline: ``Stillbirth rate`` / ``12 per
    1,000 live births`` / ``by 2025``) joined into one sentence (``Stillbirth rate: 12 per 1,000 live births by 2025``)
    that :func:`find` reads, each piece at its own line. Apart, no line sets anything (the targets were lost without a
    word beside another target, and refused alone)."""
    out: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        card = paragraphs[index:index + 3]
        texts = [paragraph.text.strip() for paragraph in card]
        if len(card) == 3 and _CARD_NAME.fullmatch(texts[0]) and _CARD_AMOUNT.fullmatch(texts[1]) \
                and _CARD_DEADLINE.fullmatch(texts[2]) and not _LABEL_VERB.search(texts[0]):
            text = f"{texts[0]}: {texts[1]} {texts[2].rstrip('.')}."
            starts = ((0, card[0].line, card[0].starts[0][2]), (len(texts[0]) + 2, card[1].line, card[1].starts[0][2]),
                      (len(texts[0]) + len(texts[1]) + 3, card[2].line, card[2].starts[0][2]))
            out.append(Paragraph(text, starts))
            index += 3
            continue
        out.append(paragraphs[index])
        index += 1
    return out


#: an objective's code after its words in a heading (" — SU-03", " (TU-02)")
_OBJECTIVE_CODE_AFTER = re.compile(r"\s*(?:[—–-]\s*|\()[A-Z]{1,8}[-\u2010\u2011]\d{1,3}[a-z]?\)?$")


def _objective(paragraph: Paragraph, year: int | None) -> list[Found]:
    """An objective's target (:data:`_OBJECTIVE`): named after what the verb moves, its words the ``Target:``
    line's, for the year a lead set or else the plan's own; the verb's way and the baseline in a note."""
    found = _OBJECTIVE.match(paragraph.text)
    if found is None:
        return []
    what = re.sub(r"^(?:the|a|an)\s+", "", found.group("what").strip(), flags=re.I)
    what = _OBJECTIVE_CODE_AFTER.sub("", what)  # "Reduce drug overdose deaths — SU-03": the page's heading
    what = re.sub(r"\s+All\s+(?-i:[A-Z])[\w’'-]*$", "", what)  # "… All Alaskans Baseline: …": whose baseline
    based = _BASE_YEAR.search(found.group("base"))
    base_year = found.group("base_year") or (based.group(1) if based else None)
    way = _OBJECTIVE_VERBS[found.group("verb")]
    review = [f"the objective's baseline: {found.group('base').strip()}"
              + (f" (the base year {base_year})" if base_year else "")]
    own = YEAR.search(found.group("target"))  # "Target: 6.1 percent by 2030": the line's own year
    if own:
        year = int(own.group(1) or own.group(2))
    elif year is None:
        review.insert(0, f"{PLAN_YEAR}: the objective names none")
    line, page = paragraph.position(found.start("target"))
    return [Found(subject=what, text=found.group("target"), quote=found.group("target"), line=line, page=page,
                  year=year, review=review, direction=way)]


#: a financial year (2024/25, 2024-25): it runs over two calendar years
_FINANCIAL_YEAR = re.compile(r"(?<![\d/–—-])((?:19|20)\d\d)\s*[/–—-]\s*(\d\d)(?:\s*年度)?(?![\d/–—-])")  # 2022-23, 2027-28年度


#: a target named by its label, then the share of a group to do something ("Faster cancer treatment – 90 per cent of
#: patients to receive cancer management within 31 days …"), as target lists write them
_LABELLED_SHARE = re.compile(r"^(?P<label>(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'()-]+){0,7}?)\s+[–—-]\s+"
                             r"(?P<text>(?:(?:at\s+least|no\s+less\s+than|more\s+than|over)\s+)?\d[\d.]*\s?(?:%|percent|per\s+cent)"
                             r"\s+of\s+[^.;]+?\s(?:to|should|will|must)\s[^;]+?)(?:\s+by\s+((?:19|20)\d{2}))?\.?$", re.I)


def _labelled_share(paragraph: Paragraph, year: int | None) -> list[Found]:
    """A target of :data:`_LABELLED_SHARE`: named by its label, its words the share and what it counts."""
    found = _LABELLED_SHARE.match(paragraph.text.strip())
    if found is None:
        return []
    start = paragraph.text.find(found.group("text"))
    line, page = paragraph.position(start)
    text = found.group("text")
    return [Found(subject=found.group("label"), text=text, quote=paragraph.text.strip().rstrip("."), line=line,
                  page=page, year=int(found.group(3)) if found.group(3) else year, direction="up")]


#: a paragraph wholly in one pair of brackets
_WRAPPED = re.compile(r"(\s*)[(（]([^()（）]*)[)）]([.。]?\s*)")
#: a sentence wholly in brackets after another in a paragraph ("… immunized against measles. (Pakistan's target is to
#: reduce IMR to 40 … by 2015)."): an aside of the page, read as written, as one that is the whole paragraph is
_BRACKETED_SENTENCE = re.compile(r"(?<=[.!?:]\s)[(（](?=[A-Z])(?:[^()（）]|[(（][^()（）]*[)）])*[)）](?=[.。!?]?(?:\s|$))")


def heads_goals(lead: str | None) -> bool:
    """Whether a heading or lead (``Targets for 2030:``, ``Haryana 2030 Targets``) says the lines under it are goals,
    not results (``Achievements in 2020:``, ``Progress against 2020 targets``)."""
    return bool(lead) and _GOALS_HEADING.match(_sentences_of(lead)[-1].strip()) is not None


def find(paragraph: Paragraph, year: int | None, goals: bool = False, china: bool = True) -> list[Found]:
    """The targets an English paragraph sets; ``year`` is the one a lead before it set, ``goals`` whether that lead
    is a heading of targets (:func:`heads_goals`), ``china`` whether the document is about China (:func:`about_china`:
    a numbered five-year plan's end is then a year). A target dated by a financial year (By 2024/25, …) is filed under
    its first year, with a note saying so."""
    wrapped = _WRAPPED.fullmatch(paragraph.text)
    if wrapped and "(" not in wrapped.group(2) and ")" not in wrapped.group(2):
        # "(Reduce the maternal mortality ratio to 140 … by 2015.)": a sentence wholly in brackets (a page's aside) is
        # read as written; it was dropped without a word. The brackets become spaces: every offset stays.
        paragraph = dataclasses.replace(paragraph, text=wrapped.group(1) + " " + wrapped.group(2) + wrapped.group(3) + " ")
    for inner in list(_BRACKETED_SENTENCE.finditer(paragraph.text)):
        # the brackets become spaces, and a stop after the closing one takes its place ("by 2015)." → "by 2015. "):
        # every offset stays, and the sentence ends on its year
        text, end = paragraph.text, inner.end()
        closing = text[end] + " " if end < len(text) and text[end] in ".。!?" else " "
        paragraph = dataclasses.replace(paragraph, text=text[:inner.start()] + " " + text[inner.start() + 1:end - 1]
                                        + closing + text[end + len(closing) - 1:])
    quoted = re.match(r"\s*[\"“‘]", paragraph.text)
    if quoted and not re.search(r"[\"”’]", paragraph.text[quoted.end():]):
        # '"It will also reduce stunting …': a quote mark that opens a quotation closed in a later paragraph is no
        # part of the clause (it became the name '"It'). A space for it: every offset stays
        paragraph = dataclasses.replace(paragraph, text=paragraph.text[:quoted.end() - 1] + " "
                                        + paragraph.text[quoted.end():])
    dateline = vocabulary.pattern("english_dateline", re.I).match(paragraph.text)
    if dateline:
        # "MONTREAL, 31 May 2018 - The minister wants …": who reports, from where and when is no clause of the story;
        # cut at its comma, its date's year made the sentence a report of 2018 and its target was lost without a word.
        # Spaces for it: every offset stays
        paragraph = dataclasses.replace(paragraph, text=" " * dateline.end() + paragraph.text[dateline.end():])
    paragraph = _without_item_numbers(paragraph)
    topic = _TOPIC_ASIDE.search(paragraph.text)
    while topic:
        # "Healthy Ireland's goal, in relation to alcohol, is to reduce …": the aside says what the goal is about, and
        # cut at its commas it became the target's name; the verb's object names it. Spaces for it: every offset stays
        paragraph = dataclasses.replace(paragraph, text=paragraph.text[:topic.start()] + " " * len(topic.group(0))
                                        + paragraph.text[topic.end():])
        topic = _TOPIC_ASIDE.search(paragraph.text)
    found = (_objective(paragraph, year) or _labelled_share(paragraph, year) or _labelled_years(paragraph)
             or _find(paragraph, year, goals, china))
    if not found and _DASHED_ITEM.match(paragraph.text):
        # "• Malaria Mortality Reduction Rate –50% upto 2010": where the line sets nothing as written, the dash stands
        # for the colon of "Name: 50% by 2010", not a minus (the line was dropped without a word). A colon for it:
        # every offset stays
        paragraph = dataclasses.replace(paragraph, text=_DASHED_ITEM.sub(r"\g<name>: ", paragraph.text, count=1))
        found = _find(paragraph, year, goals, china)
    found.extend(_unread_goals(paragraph, found, year))
    for hit in found:
        note = financial_year_note(paragraph.text, hit.year)
        if note:
            hit.review.append(note)
        based = _FINANCIAL_BASE.search(hit.text)
        if based:  # "by 10% from the 2014-15 baseline": which calendar year the base is, the text does not say
            hit.review.append(f"the base is a financial year ({based.group(1)}): write the base year the data label it "
                              f"by (from {based.group(2)} or from {int(based.group(2)) + 1}) for the change "
                              "to be read")
    return found


def _without_item_numbers(paragraph: Paragraph) -> Paragraph:
    """``paragraph`` with the target number that opens a sentence (or follows its name and colon) blanked ("SDG: 3.1 By
    2030, reduce …", "Target 3.4: …", rules/extract.yaml ``english_item_number``): a label, which names no indicator and
    sets no amount (``SDG: 3.1`` was drafted as an indicator "SDG" with a target of 3.1). A number with no goal's word
    before it is one only before a colon or bracket, an objective's verb, or a deadline its sentence goes on after
    ("By 2030, reduce …"; "Total fertility rate: 2.1 by 2030" stays an amount). Spaces for it: every offset stays."""
    text = paragraph.text
    numbers = vocabulary.pattern("english_item_number", re.I)
    for sentence in _SENTENCE.finditer(paragraph.text):
        found = numbers.match(text, sentence.start())
        if found is None:
            continue
        rest = text[found.end():]
        if found.group("goal") or found.group("mark") in (":", ")") \
                or vocabulary.pattern("english_item_start").match(rest) or (deadline := re.match(
                    r"(?:by|in|until|before)\s+(?:the\s+year\s+)?(?:19|20)\d\d(?:\s*,\s*|\s+)", rest, re.I)) \
                and (deadline.group(0).rstrip().endswith(",") or _GOAL_OPENING.match(rest, deadline.end())):
            start = found.start("goal") if found.group("goal") else found.start("number") if found.group("label") \
                else found.start()
            text = text[:start] + " " * (found.end() - start) + text[found.end():]
    return paragraph if text == paragraph.text else dataclasses.replace(paragraph, text=text)


#: an amount a goal sets: a share ("90 per cent", "60%") or a change in words ("halved", "doubled", "below the national
#: average"); not a year
_GOAL_AMOUNT = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)"
                          r"|\b(?:halve[ds]?|halving|double[ds]?|doubling|(?:below|above)\s+the\s+(?:national|state)\s+average)\b",
                          re.I)
#: a goal's verb after "to" or a modal, anywhere in a sentence ("50% of adults will meet …", "aims to have three doctors …")
_GOAL_VERB = vocabulary.pattern("english_goal_verb", re.I)
#: an amount beside a goal's verb: a number that is no year, or a change with none ("not to increase")
_ANY_AMOUNT = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d.,]*|\bnot\s+to\s+(?:increase|rise|grow|exceed)\b", re.I)
#: words on progress towards a target set elsewhere ("to achieve the SDG target", "not on track to meet the target"):
#: a report on a goal, which sets none
_PROGRESS_TOWARDS = re.compile(r"\b(?:achieve|meet|reach|attain)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:targets?|goals?)\b|\bon\s+track\b|\boff\s+(?:course|track)\b", re.I)
#: the words of a goal in prose ("Our target is to see the gap … halved by 2020")
_GOAL_WORD = re.compile(r"\b(?:targets?|goals?|aims?|objectives?)\b", re.I)
#: a piece of a paragraph that may hold a goal of its own: a sentence, or an item of a list after a semicolon
_PIECE = re.compile(r"(?:[^.;]|\.(?=\S)|" + _ABBREVIATION_STOP + r")+")


#: words that make what follows an aim ("with a view to achieving 30% relative reduction", "aiming to achieve …")
_AIMED_AT = re.compile(r"\bwith\s+(?:a|the)\s+(?:view|aim)\s+(?:to|of)\s+achiev|\baim(?:s|ing|ed)?\s+(?:to|at)\s+achiev",
                       re.I)


#: a verb a goal opens with ("attain 0% …", "to detect 70% of …", "to successfully treat 85% of …")
_GOAL_OPENING = re.compile(r"(?:to\s+)?(?:(?:successfully|further|fully)\s+)?(?:achieve|reach|attain|ensure|maintain|keep|"
                           r"sustain|reduce|increase|raise|lower|cut|halve|double|eliminate|improve|expand|extend|halt|"
                           r"detect|treat|cure|screen|vaccinate|immuni[sz]e|test|diagnose|enrol|enroll|cover)\b", re.I)


#: an item of shares of people and what they have, with no verb ("7.5% of women, 6% of men with raised blood
#: pressure"): a goal's levels or a survey's, and which the item does not say
_SHARE_OF = r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?"
_SHARES_ONLY = re.compile(rf"^{_SHARE_OF}(?:(?:,\s+|\s+and\s+|,\s+and\s+){_SHARE_OF})*\s+(?:with|having)\s+"
                          r"(?:(?!\b(?:is|are|was|were|has|have|had|will|should|must|shall)\b)[a-z'’ -])+$", re.I)


def _unread_goals(paragraph: Paragraph, found: list[Found], year: int | None) -> list[Found]:
    """The pieces of ``paragraph`` (sentences, items after a semicolon) that read like a goal (an amount, and an
    objective's verb, or a deadline in a list's item or beside a goal's word: "• By 2015 90% children 6-59 months get 1
    dose Vit A", "a) To achieve 90 per cent of PLHIV knowing their status") but that no target found covers: each counted as left out with why, for a
    person to write by hand (they were dropped without a word). What happened (a past tense with no word of a goal)
    is none."""
    covered = [hit.quote.strip()[:40] for hit in found if hit.quote.strip()]
    unread: list[Found] = []
    for piece in _PIECE.finditer(paragraph.text):
        words = piece.group(0).strip()
        if any(quote in words or words[:40] in quote for quote in covered):
            continue
        # "By 2022, 50% of adults will meet …", "… to double from the present intake of 17 grams", "… not to increase":
        # a goal's verb after "to" or a modal, with an amount (any number but a year) and a deadline, a lead's year, or
        # the verb's own "to" (a goal written as a headline: "Average intake to double …")
        goal_form = _GOAL_VERB.search(words)
        # (or a goal's word and a deadline with any amount: "with a national goal of maintaining cases at 1,000 by
        # 2030", "meeting the target of 26.7 deaths per 1,000 live births by 2015" were dropped without a word)
        amount = _GOAL_AMOUNT.search(words) or (
            goal_form and _ANY_AMOUNT.search(spelled_digits(_YEAR_WORDS.sub("", words)))
            or _GOAL_WORD.search(words) and _DEADLINE.search(words) and _ANY_AMOUNT.search(_YEAR_WORDS.sub("", words)))
        if not amount:
            continue
        opening = re.sub(r"^(?:[-–•*▪●]\s*|\(?[a-z]\)\s*|\(?(?:i|ii|iii|iv|v|vi)\)\s*|[\w ]{0,30}:\s+)+", "", words,
                         flags=re.I)
        goal_verb = _GOAL_OPENING.match(opening) or _AIMED_AT.search(words)  # "Encouraging reduction in salt intake with a view to achieving 30% …"
        listed = re.match(r"\s*(?:[-–•*▪●]|\(?[a-z]\)|\(?(?:i|ii|iii|iv|v|vi)\))\s", paragraph.text, re.I)
        line, page = paragraph.position(piece.start() + len(piece.group(0)) - len(piece.group(0).lstrip()))
        if listed and _SHARES_ONLY.match(opening):
            # "- 7.5% of women, 6% of men with raised blood pressure": a goal's levels, or what a survey found? Not
            # said; counted for a person (it was lost without a word), never drafted as either
            unread.append(Found(subject="", text=words, quote=words, line=line, page=page, year=year,
                                review=[f"{LEFT_OUT}shares of people with no verb, a goal or a level found "
                                        "(write it by hand if a goal)"]))
            continue
        dated = bool(_DEADLINE.search(words)) or year is not None
        # ("Our modelling work assumes prevalence rates … will decrease by 2.5 percentage points …": a model's forecast
        # with a goal's verb and an amount, dated or not, is counted below as a forecast; it was drafted as a target)
        foreseen = goal_form is not None and _FORECAST.search(words) is not None
        if not (goal_verb or foreseen or (_DEADLINE.search(words) and (listed or _GOAL_WORD.search(words)))
                or (goal_form and (dated or goal_form.group(0).lower().startswith("to")))):
            continue  # "40% of adults will be obese by 2035": a projection in prose, no goal's words nor a list's item
        happened = any(past.group("before").lower() not in _AUXILIARY for past in _PAST.finditer(words))
        if happened and not _OWN_GOAL.search(words) and not goal_verb:
            continue  # "By 2015, coverage had reached 80%": what happened (not "the targets … to be reached by 2005")
        if _PROGRESS_TOWARDS.search(words) or _SAID_TO_COME.search(words) \
                or _MET_TARGET.search(words):  # (what others foresee, or a result against a target, sets none)
            continue  # "37 countries will need to more than double their rate … to achieve the SDG target by 2030"
        if _FORECAST.search(words):
            # "Maternal mortality is projected to decline from 105 to 60 …": what may happen, or the plan's own
            # projection? Not drafted (a forecast is no goal), but counted for a person: it was lost without a word
            unread.append(Found(subject="", text=words, quote=words, line=line, page=page, year=year,
                                review=[f"{LEFT_OUT}a forecast ({_FORECAST.search(words).group(0)}), no goal the text "
                                        "sets (write it by hand if it is the plan's)"]))
            continue
        unread.append(Found(subject="", text=words, quote=words, line=line, page=page, year=year,
                            review=[f"{LEFT_OUT}an English goal not read (write it by hand)"]))
    return unread


#: an item of a list whose name and amount a dash parts: "• Malaria Mortality Reduction Rate –50% upto 2010"
_DASHED_ITEM = re.compile(r"^(?P<name>\s*[-–•*▪●]?\s*[A-Za-z][A-Za-z'’/() -]{2,80}?[A-Za-z)])\s[–—-](?=\s?\d)")


#: a change's base that is a financial year ("from the 2014-15 baseline"): its calendar year is not said
_FINANCIAL_BASE = re.compile(r"\b(?:from|compared\s+(?:with|to)|relative\s+to|over)\s+(?:the\s+)?"
                             r"(((?:19|20)\d\d)\s*[-–/]\s*(\d\d))(?!\d)\s+(?:baseline|levels?|base\s+year)\b", re.I)


#: a value labelled by its year and what it is: "70 (2011 baseline)", "88 (2018 target)", "18% (2015-16 target)"
_LABELLED_VALUE = re.compile(r"(?P<value>(?:[<>≤≥]\s*)?\d[\d.,]*\s*(?:%|‰)?)\s*\(\s*(?P<span>(?P<year>(?:19|20)\d{2})"
                             r"(?:\s*[-–/]\s*\d{2})?)\s+(?P<what>baseline|target)\s*\)", re.I)
#: the words before the values: a name, then a colon or the verb that says which way ("… reduced from")
_LABELLED_NAME = re.compile(r"^[-–•*▪●\s]*(?P<name>[^:;]{3,160}?)\s*(?::|\s(?:(?P<down>reduced|decreased|lowered|cut)|"
                            r"(?P<up>increased|raised|improved))\s+from)\s*$", re.I)


def _labelled_years(paragraph: Paragraph) -> list[Found]:
    """``% children screened: 70 (2011 baseline), 82 (2014 target), 88 (2018 target)``, ``Prevalence of stunting
    reduced from 44% (2012-13 baseline) to 18% (2015-16 target)``: one target for each value labelled a target, for
    its year; the way that is better from the verb, else from the values (baseline to target), said for review."""
    text = paragraph.text.strip()
    values = list(_LABELLED_VALUE.finditer(text))
    targets = [value for value in values if value.group("what").lower() == "target"]
    named = _LABELLED_NAME.match(text[:values[0].start()]) if targets else None
    if named is None or not re.fullmatch(r"(?:\s*(?:,|and|to)?\s*)*\.?", _LABELLED_VALUE.sub("", text[values[0].start():])):
        return []
    base = next((value for value in values if value.group("what").lower() == "baseline"), None)
    name = re.sub(r"^(?:%|percent(?:age)?)\s+(?:of\s+)?", "share of ", named.group("name").strip(), flags=re.I)

    def number(value: re.Match) -> float:
        return float(re.sub(r"[^\d.]", "", value.group("value")))
    if named.group("down") or named.group("up"):
        direction, why = ("down" if named.group("down") else "up"), f"the verb ({(named.group('down') or named.group('up'))})"
    elif base is not None and number(targets[0]) != number(base):
        direction = "up" if number(targets[0]) > number(base) else "down"
        why = f"the values ({base.group('value').strip()} to {targets[0].group('value').strip()})"
    else:
        direction, why = None, ""
    out = []
    for target in targets:
        line, page = paragraph.position(target.start("value"))
        review = ["a value labelled a target" + (f"; the better way ({direction}) from {why}" if why else "")]
        stated = (int(base.group("year")), base.group("value").strip()) \
            if base is not None and int(base.group("year")) < int(target.group("year")) else None
        if stated and base.group("span") != base.group("year"):  # "44% (2012-13 baseline)": which calendar year?
            last = stated[0] - stated[0] % 100 + int(base.group("span")[-2:])
            review.append(f"the baseline of {base.group('span')} ({stated[1]}), a financial year: filed under "
                          f"{stated[0]}, its first year; if the data label it by its last, file it under "
                          f"{last if last > stated[0] else last + 100}")
        out.append(Found(subject=name, text=target.group("value").strip(), quote=text.rstrip("."), line=line, page=page,
                         year=int(target.group("year")), review=review, direction=direction, base=stated))
    return out


def _with_bracket(subject: str, clause: str, bracket: str) -> str:
    """``subject`` as the clause writes it, with the bracket it was read without in its place ("share of children
    (aged 6-59 months) with anaemia"); after it where the words are not found so."""
    if bracket in subject or not subject.strip():
        return subject
    written = re.search(r"\s*(?:\([^()]*\)\s*)?".join(map(re.escape, subject.split())), clause)
    return written.group(0) if written and bracket in written.group(0) else f"{subject} {bracket}"


#: a results framework's target line ("Target 2021: 25%", "Target (2025): 90%") under the line naming the indicator
#: with its baseline ("GI 5. Prevalence of stunting among under-five children Baseline: 36.1%")
_FRAMEWORK_TARGET = re.compile(r"^(?:end[-\s]?line\s+)?targets?\s*(?:\(?\s*(?:by\s+|in\s+)?(?P<year>(?:19|20)\d{2})\s*\)?)?"
                               r"\s*[:：]\s*(?P<value>\S.{0,60}?)\.?$", re.I)
_FRAMEWORK_NAME = re.compile(r"^(?:[A-Z]{1,4}\s*\d+(?:\.\d+)*\.?\s+|\d+(?:\.\d+)*\.?\s+)?(?P<name>[^:：]{3,160}?)\s+"
                             r"baseline\s*(?:\(?\s*(?P<base_year>(?:19|20)\d{2})\s*\)?)?\s*[:：]\s*(?P<base>\S[^:：]{0,40}?)\.?$",
                             re.I)


def framework_target(paragraph: Paragraph, before: str | None, year: int | None) -> list[Found]:
    """The target of a results framework's line (``Target 2021: 25%``) named by the line above it, which gives the
    indicator and its baseline (``… Prevalence of stunting … Baseline: 36.1%``); [] for any other paragraph."""
    target = _FRAMEWORK_TARGET.match(paragraph.text.strip())
    named = _FRAMEWORK_NAME.match(before.strip()) if target and before else None
    if named is None:
        return []
    value = target.group("value")
    line, page = paragraph.position(max(paragraph.text.find(value), 0))
    base = named.group("base") + (f" in {named.group('base_year')}" if named.group("base_year") else "")
    name = re.sub(r"^(?:%|percent(?:age)?)\s+of\s+", "share of ", named.group("name").strip(), flags=re.I)  # "% of infants …"
    return [Found(subject=name, text=value, quote=paragraph.text.strip(), line=line, page=page,
                  year=int(target.group("year")) if target.group("year") else year,
                  review=[f"named from the line above (a results framework), whose baseline is {base}"])]


def named_from_lead(subject: str, lead: str | None) -> str | None:
    """The full name of a sub-item's target whose own words name only a group or a state ("Obese from 28.0% to 26.0%",
    "Adults: from 50.0% to 55.0%") under a lead that says what is measured ("By December 31, 2020, reduce the percentage
    of Olmsted County adults who are"): the two together, or None where the lead names nothing so or the subject is
    a name of its own."""
    if not lead or len(subject.split()) > 2:
        return None
    name = _lead_measure(lead)
    if name is None:
        return None
    if re.search(r"\b(?:who|that|which)\s+(?:are|is|were)$|\bwith$|\bof$", name, re.I):
        return f"{name} {subject.lower()}"  # "… adults who are" + "Obese"
    return f"{name} ({subject})"  # "… fruit and vegetable consumption" + "Adults"


#: what a lead item says is measured: "reduce the percentage of …", "increase the proportion of …" to its end
_LEAD_MEASURE = re.compile(r"\b(?:reduce|increase|lower|raise|decrease|improve|maintain)\s+(?:the\s+)?"
                           r"(?P<name>(?:percentage|proportion|share|number|rate|prevalence)\s+of\s+[^:;.]{3,160}?)\s*:?$",
                           re.I)


@functools.lru_cache(maxsize=4)
def _lead_measure(lead: str) -> str | None:
    """What a lead item says is measured (:data:`_LEAD_MEASURE`), or None: searched once a paragraph, not once a
    target under it (30,000 targets under a 1.6 MB paragraph searched it 30,000 times)."""
    measured = _LEAD_MEASURE.search(lead.strip())
    return measured.group("name").strip() if measured else None


def financial_year_note(text: str, year: int | None) -> str | None:
    """What a reviewer is told of a target filed under ``year`` where ``text`` (its sentence, or the lead
    it was listed under) names the financial year that starts in it (2022-23: filed under 2022)."""
    if year is None:
        return None
    words = _financial_years(text).get(year)
    return (f"a financial year ({words}): filed under {year}, its first year; "
            f"if the data label it by its last, file it under {year + 1}") if words else None


@functools.lru_cache(maxsize=4)
def _financial_years(text: str) -> dict[int, str]:
    """The financial years ``text`` names (2022-23), by their first year, with the words of the first naming each:
    scanned once a paragraph, not once a target in it (a paragraph of 4,000 clauses was read 4,000 times over)."""
    years: dict[int, str] = {}
    for match in _FINANCIAL_YEAR.finditer(text):
        first = int(match.group(1))
        if (first + 1) % 100 == int(match.group(2)):
            years.setdefault(first, match.group(0))
    return years


def _find(paragraph: Paragraph, year: int | None, goals: bool = False, china: bool = True) -> list[Found]:
    if paragraph.text.rstrip().endswith(":") and len(_sentences_of(paragraph.text)) == 1 \
            and lead_year(paragraph.text.strip()) is not None:
        return []  # "Four targets aim to change the prevalence of obesity by 2030:": the list after it sets them
    found: list[Found] = []
    year_now = year
    carried: tuple[str | None, str | None] = (None, None)
    before: list[str] = []  # the subjects of the sentence before, in order
    objective: str | None = None  # what the last objective without a number named ("Reduce the proportion of X.")
    reported: set[str] = set()  # the clauses that report a change as it happened (:func:`_reported_change`)
    figures: list[str] = []  # the sentences that open with a figure's number
    for sentence in _SENTENCE.finditer(paragraph.text):
        found_before = len(found)
        aim = _AIM.match(sentence.group(0).strip())
        if aim and not re.search(r"\d", aim.group("name")):
            objective = aim.group("name")
        # "…from 26% in 2011 to 18% in 2020; among men from 47.4% …": a list goes on over a semicolon
        subject_before, verb_before = carried
        carried = (None, None)
        if vocabulary.pattern("english_figure_reference", re.I).match(sentence.group(0).strip()):
            figures.append(sentence.group(0))  # "Fig 66: …", "Figure 57 shows …": what it drafts is counted (below)
        named_date = _DATE_NAMED.match(sentence.group(0).strip())
        if named_date:  # "… to set a target date … This date is 2034.": the year of what the sentences after it set
            year_now = int(named_date.group(1))
            continue
        if _SAID_TO_COME.search(sentence.group(0)):
            continue  # "By 2030, U.S. obesity rates will increase 42 percent …, officials say": what others foresee
        if _MET_TARGET.search(sentence.group(0)) and not _OWN_VERB.search(sentence.group(0)):
            continue  # "… to 15.7% in 2013, exceeding the 2020 target": a result against a target, not the target
        pair = _NAME_VALUE.match(sentence.group(0).strip())
        if pair:  # "…include: infant mortality rate, below 14.9 per thousand;": the name, then its bound
            lead = re.search(r"\b(?:in|by|for)\s+((?:19|20)\d{2})\b", pair.group("lead") or "")
            year_now = int(lead.group(1)) if lead else year_now
            try:
                rule = parse_target(pair.group("value"))
            except CheckerError:
                rule = None
            if rule is not None and rule.kind not in NOT_CHECKABLE:
                start = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
                line, page = paragraph.position(start + pair.start("value"))
                found.append(Found(subject=pair.group("name"), text=pair.group("value"), quote=sentence.group(0).strip(),
                                   line=line, page=page, year=year_now))
                before = [pair.group("name")]
                continue
        clauses = _clauses(sentence.group(0))
        spans = _list_spans(sentence.group(0), clauses)
        # "…, by 2025." or "reduce A to 10% and halve B by 2018": the sentence's year, said at its end; or at the end
        # of a later clause that clauses with no year follow ("A from 144 to <100 and B from 32 to 25 by 2017 and
        # maintain C at < 2": 2017 closes A and B; A was filed under the title's year)
        tail, tail_at = None, len(clauses) - 1
        for tail_at in range(len(clauses) - 1, -1, -1):
            last = clauses[tail_at][1].strip().rstrip(".;!?")
            tail = _YEAR_ONLY.match(last) or _YEAR_LAST.search(last) or _SPAN.search(last)  # "…, in the 2026-2030 period"
            if tail and tail_at < len(clauses) - 1 and (tail.re is not _YEAR_LAST or not last[:tail.start()].strip()):
                tail = None  # ("By 2030, A rises to …, B exceeds …": a lead, no clause's deadline)
            if tail or re.search(r"\b(?:19|20)\d{2}\b", last):
                break
        if tail and len({found.group(1) for found in _BY_YEAR_OF.finditer(sentence.group(0))}) > 1:
            # "… from 45,000 to 80,000 a year, reduce X by 2023 and Y by 2035": deadlines of their own in the sentence,
            # so its last is not every clause's (the first clause was filed under 2035)
            tail = None
        skip_to, past_seen, year_seen = -1, False, False
        stated = _LEVEL_STATED.match(sentence.group(0).strip()) is not None \
            and not _OWN_GOAL.search(sentence.group(0))  # a level as it stands in a year, every clause of it
        fact_subject: str | None = None  # the subject of a clause that told what happened (The ratio fell …)
        noun_before: str | None = None  # a sentence's opening noun phrase, alone before a comma: what "which" names
        for index, (start, raw, new_item) in enumerate(clauses):
            if index <= skip_to:
                continue
            offset = sentence.start() + start
            if new_item:
                subject_before = verb_before = None  # a new item of a list says what it is about itself
            asides = list(_ASIDE.finditer(raw))
            # "from 16% (in 2011) to 12% (in 2016)": a bracket with only a year after an amount dates that amount
            dated = [aside for aside in asides if _YEAR_ONLY.match(aside.group("words").strip())
                     and re.search(r"[\d%‰]\s*$", raw[:aside.start()])]
            asides = [aside for aside in asides if aside not in dated]
            main = _ASIDE.sub("", raw)
            clause = _LEAD.sub("", main.strip().rstrip(".;!?"))
            if not clause:
                continue
            headline = _HEADLINE_PAST.match(clause) if goals and year is not None else None
            if headline and not re.search(r"\b(?:19|20)\d{2}\b", clause):
                # "Targets for 2030:" over "Adult HIV prevalence reduced from 0.13% to 0.05%": the list's goal, not a
                # result (it was dropped as one, without a word)
                hit = _target(paragraph, offset, raw, headline.group("change"), year, headline.group("name"), None)
                if hit:
                    hit.review.append(f"a headline's past tense ('{headline.group('verb')}') in a list under the "
                                      f"heading of {year}'s targets: read as the goal for {year}; check it is no result")
                    found.append(hit)
                    subject_before = hit.subject
                    continue
            dated_headline = _DATED_HEADLINE.match(clause) if _ITEM.match(paragraph.text) else None
            headline = _HEADLINE_PAST.match(dated_headline.group("words")) if dated_headline else None
            if headline:
                # "• Infant Mortality Rate reduced to 30/1000 live births by 2012." under "Outcomes": an item with a
                # deadline of its own, in a headline's past tense: most likely the goal for that year (it was dropped
                # as a result, without a word); drafted with a note, for a person to check
                deadline_year = int(dated_headline.group("year"))
                hit = _target(paragraph, offset, raw, headline.group("change"), deadline_year, headline.group("name"),
                              None)
                if hit:
                    hit.review.append(f"a headline's past tense ('{headline.group('verb')}') with a deadline "
                                      f"(by {deadline_year}), in an item of a list: read as the goal for {deadline_year}; "
                                      "check it is no result")
                    found.append(hit)
                    subject_before = hit.subject
                    continue
            lone, dated_headline = None, None
            if len(clauses) == 1 and not paragraph.text[sentence.end():].strip() \
                    and not paragraph.text[:sentence.start()].strip():  # a line of its own, one clause
                dated_headline = _DATED_HEADLINE.match(clause)
                lone = _HEADLINE_PAST.match(dated_headline.group("words")) if dated_headline else None
                if lone is None:
                    dated_headline, lone = None, _HEADLINE_PAST.match(clause)
            if lone:
                # "Infant Mortality Rate reduced to 30/1000 live births." as a line of its own, no heading of a year's
                # goals over it: a result as written, or a goal a heading of outcomes over it makes one; the draft
                # decides with the headings and the plan's span it knows (it was dropped without a word)
                deadline_year = int(dated_headline.group("year")) if dated_headline else None
                hit = _target(paragraph, offset, raw, lone.group("change"), deadline_year, lone.group("name"), None)
                if hit:
                    hit.quote = clause
                    hit.review.insert(0, f"{PAST_HEADLINE} ('{lone.group('verb')}')")
                    found.append(hit)
                    continue
            if _reported_change(clause, sentence.group(0)):
                reported.add(clause)  # what it drafts is counted, not drafted (below)
            own = YEAR.search(clause)
            deadline = next((m for m in YEAR.finditer(clause) if m.group(1)), None) if own and own.group(2) else None
            set_in = None  # the year the clause says its target was set in, where it opens the clause
            if deadline and own.start() == 0 and _GOAL.search(clause[own.end():deadline.start()]):
                # "In 2014 the government set a target to reduce X from 12% to 6% by 2020": when it was set opens the
                # clause, the deadline ends it, and the target is for the deadline; a start of no year of its own
                # (from 12%) is the level when it was set (it was filed under a guessed base year)
                set_in = int(own.group(2)) if _SET_IN.search(clause[own.end():deadline.start()]) else None
                own = deadline
            fact = _PAST.search(clause) if own and own.group(2) and own.start() == 0 else None
            if fact and fact.group("before").lower() not in _AUXILIARY and not _OWN_GOAL.search(clause):
                own = None  # "In 2011 under-five mortality stood at 22": the year of a fact, which the next goal is not for
            if own and own.group(2) and own.start() > 0 and not _FROM_IN.search(clause):  # "…to below 1.4% in 2020"
                if (_GOAL.search(clause) or _WILL_REACH.search(clause)) and not _COPULA.search(clause):
                    clause = clause[:own.start()]
                else:
                    own = None  # "The smoking rate is 26.6% in 2018": a figure of that year, no target
            period = _PERIOD.search(clause) or _SPAN.search(clause)
            other_period = None  # "by the end of the 13th Five-Year Plan" in a text not about China: whose plan?
            if period and period.re is _PERIOD and not china and not own:
                other_period, period = period.group(0), None
                clause = clause.replace(other_period, "").strip(" ,")
            if own:
                year_now, year_seen = int(own.group(1) or own.group(2)), True
            elif period:
                year_now, year_seen = _PERIOD_ENDS[period.group(1)] if period.re is _PERIOD else int(period.group(1)), True
                clause = (clause[:period.start()] + clause[period.end():]).strip(" ,")
            elif dated:
                year_now, year_seen = int(_YEAR_ONLY.match(dated[-1].group("words").strip()).group(1)), True
            elif tail and not year_seen and index <= tail_at:
                year_now = int(tail.group(1))
            # "… by 2017 and maintain C at < 2": a clause after the deadline, with none of its own, keeps that year
            after_deadline = tail is not None and index > tail_at and not own and not period and not dated \
                and _VERB_FIRST.match(clause) is not None
            if index in spans:  # names listed with their values: one target each, or none where they do not pair
                end, listed, unpaired = spans[index]
                skip_to = end
                text = sentence.group(0)[start:clauses[end][0] + len(clauses[end][1])]
                found.extend(_listed(paragraph, sentence.start() + start, text, listed, year_now) if listed else
                             _named_before(paragraph, sentence.start() + start, text, unpaired, before, year_now))
                subject_before = None
                continue
            base_note, clause_year = None, year_now
            if len(dated) == 2 and not own and _FROM_TO.search(clause[clause.lower().find("from"):] if "from" in
                                                                 clause.lower() else ""):
                base_note = (f"starts from the value of {_YEAR_ONLY.match(dated[0].group('words').strip()).group(1)} "
                             "(the base, not a target)")
            if _PAST_FIRST.match(clause) and _IN_YEAR.search(clause) and not _BY_YEAR.search(clause):
                # "X, which should be reduced to 4, increased from 6.5 in 2021 to 7.2 in 2024": what happened
                past_seen = True
                continue
            if _RELATIVE_PAST.match(clause) and _IN_YEAR.search(clause) and not _BY_YEAR.search(clause):
                continue  # "the rate, which stood at 12 in 2020, will be …": an aside on what was
            relative = _RELATIVE.match(clause)
            # ("The overarching goal, which is a 40% reduction in X": the goal names nothing, the clause names X)
            which_is = _WHICH_IS.match(clause) if relative and (not noun_before or _GOAL_NOUN.match(noun_before)) \
                else None
            if which_is:  # "… attain the overarching target, which is a 25% reduction of X by 2025": the target names X
                clause = clause[which_is.end():]
            elif relative and noun_before:  # "The neonatal mortality rate, which should be reduced to …": the rate is
                clause, subject_before = clause[relative.end():].strip(), _subject(noun_before, None)
            elif noun_before and _MODAL_FIRST.match(clause):  # "the rate, which stood at 12 in 2020, will be reduced …"
                subject_before = _subject(noun_before, None)
            elif fact_subject and _MODAL_FIRST.match(clause):  # "The ratio fell from 227 … and should fall to 70 …"
                subject_before = _subject(fact_subject, None)
            if not relative or not noun_before:
                noun_before = clause if not re.search(r"\d", clause) and not _OWN_VERB.search(clause) \
                    and not _PAST.search(clause) and 2 <= len(clause.split()) <= 10 else None
            past = _PAST.search(clause)
            if past and past.group("before").lower() not in _AUXILIARY:
                past_seen = True  # what happened: the clauses after it without a verb of their own tell it too
                fact_subject = clause[:past.end("before")]  # whose it was: what a later "and should …" is of
            elif past_seen and not _OWN_VERB.search(clause):
                continue  # "…fell from 4.77 to 3.71, and the under-5 rate from 6.03 to 4.57"
            span = _FROM_IN.search(clause)
            if span:  # "from 30.4% in 2016 to 25% in 2021": the target is for the second year, the first is a base
                clause_year = int(span.group("y1"))
                base_note = f"starts from {span.group('a')} in {span.group('y0')} (the base, not a target)"
            started = _STARTED_FROM.fullmatch(clauses[index + 1][1].strip().rstrip(".;!?")) \
                if index + 1 < len(clauses) and not new_item and not clauses[index + 1][2] else None
            if started:  # "… to 90% by 2029, up from 70% in 2023": where the goal starts, in the clause after it
                skip_to = index + 1
                begun = f"{started.group('a').strip()}" + (f" in {started.group('y0')}" if started.group("y0") else "")
                to = _TO_LEVEL.search(clause) if not re.search(r"\bfrom\b", clause, re.I) else None
                if to:  # read as "from 70% (in 2023) to 90%", as a from-to is
                    # (its year kept with it, "from 29% in 2012 to 69%": the base's year the words name, as the from-to
                    # order gives it; without it the base was filed under a guessed base year)
                    clause = f"{clause[:to.start()]}from {begun} {clause[to.start():]}"
                    base_note = f"starts from {begun} (the base, not a target)"
                else:
                    base_note = f"the clause after it says where it starts ({started.group(0)}): write that as its baseline"
            if _NUMBERED_LABEL.match(clause) and sentence.group(0)[start + len(raw):].startswith(":"):
                continue  # "Target 4: A 30% relative reduction in …": the number of an item names nothing
            label = _LABEL.match(clause)
            if label and len(label.group("name")) > 40 and _LABEL_VERB.search(label.group("name")):
                label = None
            if label and not subject_before and sentence.group(0)[start + len(raw):].startswith(":"):
                if _GENERIC_LABEL.match(label.group("name")):
                    # "Reduce the proportion of adults who are obese. Target: 30.6%": the objective before names it
                    subject_before = objective
                    continue
                subject_before = label.group("name")  # "Male: from 47.4% … to 39% …": the label names what follows
                continue
            two = _TWO_YEARS.match(clause)
            if two:  # "to 77.3 by 2020 and 79 by 2030": one target for each year, the words before shared
                parts = _two_years(paragraph, offset, raw, two, subject_before, verb_before)
                for part in parts if base_note else ():
                    part.review.append(base_note)  # "… to 80.1 by 2025 and 81 by 2035, up from 78.9 in 2020": both's
                if parts:
                    found.extend(parts)
                    subject_before = parts[-1].subject
                    year_now = int(two.group("y2"))
                    continue
            # ("The plan aims at reducing A …, B from 21 to 16": who aims names nothing; the verb after it is B's too)
            verb = _own_verb(clause[_REPORTING.match(clause).end():])
            paired = _respectively(paragraph, offset, raw, clause, year_now) \
                if clause.lower().endswith("respectively") and len(clause) <= 300 else []
            if paired:
                found.extend(paired)
                subject_before = None
                continue
            # "Infant mortality is 69 per 1,000 live births": how things stand, no year or word of a goal (left out)
            now = year is None and not own and not year_seen and not tail and _LEVEL_NOW.match(clause) \
                and not _OWN_GOAL.search(clause) and not _BOUND_WORDS.search(clause)  # not under "Targets by 2027:"
            # "Our current level of per capita alcohol consumption is 11.5 litres": the present, whatever year is about
            now = now or (not own and _CURRENT_LEVEL.match(clause) is not None and not _OWN_GOAL.search(clause)
                          and not _BOUND_WORDS.search(clause)) or stated or _COMPARED.match(clause) is not None
            aged = _AGE_GROUP.search(clause)  # "(aged 14-17)": whose share it is, read without its numbers
            hit = _target(paragraph, offset, raw, _AGE_GROUP.sub("", clause), clause_year, subject_before,
                          verb_before) if aged else None
            apart = [] if aged else _shares_apart(paragraph, offset, raw, clause, clause_year, subject_before,
                                                  verb_before)
            if apart:  # "50% of adults and 80% of children will …": a goal for each share, and what runs on after it
                found.extend(apart[:-1])
                hit = apart[-1]
            elif hit is not None and hit.text in clause:  # the target's words still verbatim
                hit.quote = clause if hit.quote == _AGE_GROUP.sub("", clause) else hit.quote
                hit.subject = _with_bracket(hit.subject, clause, aged.group(0).strip())
            elif (joined := _LEVEL_THEN_GOAL.match(clause)) is not None:
                # "The stunting rate is 30% and should be reduced to 20%": the level now, then the goal; read whole, it was
                # a target of ≈30% and ≤20% at once, which no data can meet
                hit = _target(paragraph, offset, raw, f"{joined.group('name')} {joined.group('goal')}", clause_year,
                              subject_before, verb_before)
                if hit is not None:  # the clause's own words: the goal as written, in the sentence as written
                    hit.quote = clause
                    if hit.text.startswith(joined.group("name")):
                        hit.text = hit.text[len(joined.group("name")):].strip()
                    hit.review.append(f"the level now ({joined.group('now').strip()}) is left out: the target is what "
                                      "the clause sets after it")
            else:
                hit = _target(paragraph, offset, raw, clause, clause_year, subject_before, verb_before)
            unnamed = _TARGET_UNNAMED.search(clause) if hit is None else None
            if unnamed and not _PAST.search(clause[:unnamed.start()]) and not _MET_TARGET.search(clause):
                # "In order to move towards getting to our target of 16 per cent by 2020, …": an amount and a target
                # word, no name: kept for a person to name (it was dropped without a word)
                line, page = paragraph.position(offset + max(raw.find(unnamed.group(0)), 0))
                hit = Found(subject="target", text=clause, quote=clause, line=line, page=page, year=clause_year,
                            review=[f"{UNREAD} this clause: '{unnamed.group(0)}' names no indicator: write the name it "
                                    "stands for, or delete this target"])
            elif hit is None and subject_before and _goes_on(clause):
                # "Malaria mortality: reduce by 50% by 2010, a further 10% by 2012": a later clause on the same
                # indicator, with an amount and a deadline the grammar cannot read, is kept for a person (it was
                # dropped without a word)
                line, page = paragraph.position(offset + max(raw.find(clause), 0))
                hit = Found(subject=subject_before, text=_YEAR_AT_ENDS.sub("", clause).strip(), quote=clause,
                            line=line, page=page, year=clause_year,
                            review=[f"{UNREAD} this clause, which goes on from the one on {subject_before} before it: "
                                    "give its target, or delete it"])
            elif hit is None and _GOAL_OPENING.match(clause) and _GOAL_AMOUNT.search(clause) \
                    and not _FORECAST.search(clause):
                # "…, the number of TB patients by 20% and attain 0% TB-affected families facing catastrophic costs":
                # a goal's verb and an amount the clause's reading makes nothing of; counted for a person (it was
                # lost without a word where the sentence's other clauses were drafted)
                line, page = paragraph.position(offset + max(raw.find(clause), 0))
                found.append(Found(subject="", text=clause, quote=clause, line=line, page=page, year=clause_year,
                                   review=[f"{LEFT_OUT}an English goal not read (write it by hand)"]))
            if started:
                verbatim = sentence.group(0)[start:clauses[index + 1][0] + len(clauses[index + 1][1])].strip().rstrip(".;!?")
                verbatim = re.sub(r"^(?:and|or)\s+", "", verbatim, flags=re.I)  # (the joining word opens no goal)
                if hit is not None:
                    hit.quote = verbatim  # the goal and its start as written
                elif not any(verbatim[:40] in other.quote for other in found):
                    # "Medical infrastructure will be accessible to the entire population, up from 70% in 2023": a
                    # goal with its start whose target does not read; counted for a person (it was lost without a word)
                    line, page = paragraph.position(offset + max(raw.find(clause), 0))
                    found.append(Found(subject="", text=verbatim, quote=verbatim, line=line, page=page, year=clause_year,
                                       review=[f"{LEFT_OUT}an English goal with its start not read (write it by hand)"]))
            shared = _SHARED_HEAD.match(hit.subject) if hit else None
            if shared:  # "cut infant and under-five mortality rates by 15 percent": two indicators, one change
                head = re.sub(r"s$", "", shared.group("head"))
                note = f"one of two indicators the clause names ({hit.subject})"
                found.append(dataclasses.replace(hit, subject=f"{shared.group('a')} {head}", review=[*hit.review, note]))
                hit = dataclasses.replace(hit, subject=f"{shared.group('b')} {head}", review=[*hit.review, note])
            if hit and other_period:  # (it was drafted for China's 十三五, 2020, a year the text never names)
                hit.subject, hit.review = "", [OTHER_PERIOD]
                found.append(hit)
                continue
            if hit:
                if now:
                    hit.review.append(LEVEL_NOW)
                if set_in is not None and hit.year is not None and set_in < hit.year:
                    hit.start_year = set_in

                if after_deadline and hit.year == year_now:
                    hit.review.append(f"no year of its own: read with the deadline before it ({tail.group(0).strip()}); "
                                      "check the plan means that year")
                if base_note:
                    hit.review.append(base_note)
                if hit.year is not None and hit.year != year and not year_seen and not tail and not now \
                        and sentence.start() > 0 and str(hit.year) not in sentence.group(0):
                    # "…to 6 per 1,000 people by 2020. The smoking rate … should be lowered to 20 percent.": no year of its own
                    hit.review.append(f"the sentence names no year: read as the year of the sentence before ({hit.year})")
                found.append(hit)
                subject_before = hit.subject
            if verb:
                verb_before = "reduced" if verb.group("down") else "increased"
            for aside in asides:  # "(77.3 by 2020)": the same subject, another year
                words = aside.group("words").strip()
                aside_year = YEAR.search(words)
                subject = hit.subject if hit else subject_before
                target = _target(paragraph, offset, raw, words, int(aside_year.group(1) or aside_year.group(2))
                                 if aside_year else year_now, subject, None)
                if target and subject:
                    target.review.append(f"a bracket in a clause on {subject}: its own target for {target.year}")
                    found.append(target)
        if sentence.group(0).rstrip().endswith(";"):
            carried = (subject_before, verb_before)
        before = [hit.subject for hit in found[found_before:]]
    return [dataclasses.replace(hit, review=[FIGURE_REFERENCE]) if any(hit.quote in figure for figure in figures)
            else dataclasses.replace(hit, review=[REPORTED_CHANGE]) if hit.quote in reported and not hit.left_out
            else hit for hit in found]


def _reported_change(clause: str, sentence: str) -> bool:
    """Whether ``clause`` reports a change from a value in one year to another's as it happened ("The percentage …
    increased from 61% in 2012 to 67% in 2014", "…, increasing from 32% in 2003 to 39% in 2008/09 and 53% in 2014"): a
    verb in the past tense or a participle opening the clause, and no word of a goal in the sentence. Such clauses were
    drafted as targets of their second year (2008, 2014), before the plan's base."""
    if _FROM_IN.search(clause) is None and _FROM_IN_NOTED.search(clause) is None or _OWN_GOAL.search(sentence) \
            or _GOAL_VERB.search(sentence) or vocabulary.pattern("english_item_start").match(clause.strip()):
        return False  # ("Reduce the number who were …": a goal)
    return any(past.group("before").lower() not in _AUXILIARY for past in _PAST.finditer(clause)) \
        or _CHANGE_GOING_ON.match(clause.strip()) is not None or _SEEN_CHANGE.search(clause) is not None


def _shares_apart(paragraph: Paragraph, offset: int, raw: str, clause: str, year: int | None,
                  subject_before: str | None, verb_before: str | None) -> list[Found]:
    """The goals of a clause with two shares before one verb (``50% of adults and 80% of children will be expected to
    meet …``: one for each share, flagged), or of one whose goal runs on into what it asks of people (``… and that
    adults should accumulate at least 30 minutes …``: the goal before it, and the words after it, where they hold an
    amount, counted as left out); [] where the clause has neither or its goal does not read, so the clause is read whole.
    Read whole, both were counted as left out and no goal was drafted."""
    two = _TWO_SHARES.search(clause)
    ends = _AND_THAT.search(clause, two.end() if two else 0)
    if not two and not ends:
        return []
    goal = clause[:ends.start()] if ends else clause
    parts = [goal[:two.start()] + two.group(part) + goal[two.end():] for part in ("first", "second")] if two else [goal]
    hits = []
    for part in parts:
        hit = _target(paragraph, offset, raw, part, year, subject_before, verb_before)
        if hit is None or hit.text not in clause:
            return []
        hit.quote = clause
        if two:
            hit.review.append(f"one of two shares before one verb ({two.group(0)}): check the name")
        hits.append(hit)
    rest = clause[ends.end():] if ends else ""
    if re.search(r"\d", rest):
        # "that adults should accumulate at least 30 minutes …": what is asked of each person (a guideline, or the
        # recommended levels the goal names?), no share of people: counted for a person, never drafted as a target
        line, page = paragraph.position(offset + max(raw.find(rest), 0))
        hits.append(Found(subject="", text=rest, quote=rest, line=line, page=page, year=year,
                          review=[f"{LEFT_OUT}an English goal not read (write it by hand)"]))
    return hits


#: a clause after a goal that says where it starts ("…, up from 70% in 2023", "…, an increase from 45% in 2023", "…, up
#: from the current 85%"): the goal's start, not a target of its own
_STARTED_FROM = re.compile(r"(?:and\s+)?(?:up|down|(?:an?\s+)?(?:increase|rise|decrease|decline|drop|fall|reduction|"
                           r"improvement)s?)\s+from\s+(?:the\s+(?:current|present|baseline)\s+(?:level\s+of\s+)?|"
                           r"an?\s+(?:baseline|base)\s+of\s+)?"
                           r"(?P<a>(?!(?:19|20)\d{2}\b)\S*\d[\d.,]*\s*(?:%|‰|percent\b|per\s+cent\b|"
                           r"(?:per\s+[\d,]+(?:\s+[a-z]+){0,3}?)|[a-z]+)?)"
                           r"(?:\s+(?:in|as\s+of|at\s+the\s+end\s+of)\s+(?P<y0>(?:19|20)\d{2}))?", re.I)
#: the "to" of a goal's level, right before its amount (rise to 90%, to at least 90%), where its start goes
_TO_LEVEL = re.compile(r"\bto\s+(?=(?:at\s+least\s+|at\s+most\s+|about\s+|around\s+|below\s+|under\s+|over\s+|"
                       r"above\s+)?\S*\d)", re.I)


#: a clause that goes on from the one before it with a deadline and an amount of its own ("a further 10% by 2012",
#: "additional 10% by 2012", "elimination by 2015"): what is left once its year is cut must say something
_GOES_ON = re.compile(r"^(?:and\s+)?(?:an?\s+)?(?:further|additional|another|more|elimination|eliminate|eliminated|"
                      r"\S*\d)", re.I)


def _goes_on(clause: str) -> bool:
    """Whether a clause with no name of its own carries on the target of the one before it: it opens with an
    amount or a word of a further change, and names a deadline (by 2012)."""
    return bool(_BY_YEAR.search(clause)) and bool(_GOES_ON.match(_YEAR_AT_ENDS.sub("", clause).strip()))


def _target(paragraph: Paragraph, offset: int, raw: str, clause: str, year: int | None,
            subject_before: str | None, verb_before: str | None) -> Found | None:
    """The target one clause sets, or None where it sets none."""
    if _FORECAST.search(clause):
        return None  # "current trends suggest … reaching around 8% by 2035": a forecast, not a goal
    words = _YEAR_AT_ENDS.sub("", clause).strip()
    words = words[_REPORTING.match(words).end():]  # "The report said …": who said it is no target
    words = re.sub(r"^to\s+(?=[a-z]+\s)", "", words) if _REPORTING.match(clause).end() else words  # "…plans | to increase"
    if verb_before and re.match(r"to\s", words, re.I) and _VERB.match(words[3:].lstrip()) and not _reads(words) \
            and _reads(words[3:].lstrip()):
        # "…to 140 or less, and | to increase skilled birth attendance to 90%": the clause's own verb, its "to" no
        # part of it (with the "to" the grammar read nothing, and the verb before it, reduce, was borrowed: ≤ 90%)
        words = words[3:].lstrip()
    words = _MEANS.sub("", words) or words  # how it is to be met is not part of the target
    words = _YEAR_AT_ENDS.sub("", words).strip()  # "… to at least 15% by 2020 with particular focus on …": its deadline
    horizon = _HORIZON.search(words)
    if horizon:  # "… goals and targets for the next five to 10 years": how far ahead, not a level of 10 years
        if not re.search(r"\d", spelled_digits(_YEAR_WORDS.sub("", _HORIZON.sub(" ", words)))):
            return None
        if not words[horizon.end():].strip(" ,.;"):  # "… to 20% over the next five years": cut where it ends the words
            words = words[:horizon.start()].rstrip(" ,")
    # "it is committed to reducing X by 20 percent": the commitment is the verb; "it" names nothing
    words = _COMMITTED.sub(lambda found: _COMMITTED_VERBS[found.group("verb").lower()], words)
    words = words[_GOAL_OF.match(words).end():] if _GOAL_OF.match(words) else words
    meaning = _MEANING_BRACKET.search(words)
    if meaning:  # "… to be tobacco free (i.e. with a prevalence rate of less than 5%)": the level and its measure
        hit = _named_target(paragraph, offset, raw, clause, meaning.group("value").strip(),
                            _subject(meaning.group("name"), subject_before), year)
        if hit:
            hit.review.append(f"the goal ({words[:meaning.start()].strip()}) is given in brackets as a level of "
                              f"{meaning.group('name').strip()}: check the name")
            return hit
    bracket = _LEVEL_IN_BRACKET.search(words)
    if bracket:  # "reduce X to the OECD average (9.1 litres of pure alcohol per capita)": the level is the bracket's
        return _level_in_bracket(paragraph, offset, raw, clause, words, bracket, year, subject_before, verb_before)
    target_of = _TARGET_OF.match(words)
    if target_of:  # "The target of wasting among toddlers in 2024 is 7 percent": named, dated, then its level
        hit = _named_target(paragraph, offset, raw, clause, target_of.group("value"),
                            _subject(target_of.group("name"), subject_before),
                            int(target_of.group("year")) if target_of.group("year") else year)
        if hit:
            return hit
    target_a = _TARGET_IS_A.match(words)
    if target_a:  # "Our target is a smoking rate of 16 per cent": the level of what it names
        hit = _named_target(paragraph, offset, raw, clause, target_a.group("value"),
                            _subject(target_a.group("name"), subject_before), year)
        if hit:
            return hit
    set_named = _SET_NAMED_TARGET.match(words)
    if set_named:  # "… has set stillbirth target of 12 per 1000 births or less": the name before "target", its level after
        name, value = set_named.group("name"), set_named.group("value")
        rate = not _MEASURE_WORD.search(name) and not name.isupper() and re.search(r"\bper\s", value, re.I)
        hit = _named_target(paragraph, offset, raw, clause, value, _subject(f"{name} rate" if rate else name,
                                                                           subject_before), year)
        if hit and rate:
            hit.review.append(f"'{name} target of {value}': read as the {name} rate, the amount being per so many; "
                              "check the name")
        if hit:
            return hit
    density = _DENSITY.match(spelled_digits(words))
    if density:  # "(the government aims to) have three certified doctors for every 1,000 citizens": so many per so many
        what, per, whom = density.group("what"), density.group("per"), density.group("whom")
        line, page = paragraph.position(offset + max(raw.find(words), 0))
        return Found(subject=_subject(f"{what} per {per} {whom}", subject_before), text=words, quote=clause, line=line,
                     page=page, year=year,
                     review=[f"{UNREAD} this clause: a density ({density.group('value')} {what} for every {per} {whom}), "
                             f"read as {density.group('value')} per {per}; give the bound as `rule:` (at least "
                             f"{density.group('value')} per {per}?) and check the name"])
    built = _BUILT_COUNT.match(words)
    if built and built.group("magnitude"):
        # "establish 1.5 lakh Health and Wellness Centres": the count is 1.5 lakh (150,000), never 1.5 of "lakh …"
        # (a floor any real count passed); the grammar reads no bare magnitude, so a person gives it in digits
        line, page = paragraph.position(offset + max(raw.find(built.group("value")), 0))
        count = f"{built.group('value')} {built.group('magnitude')}"
        return Found(subject=_subject(built.group("name"), subject_before), text=count, quote=clause, line=line,
                     page=page, year=year, review=[f"{UNREAD} this clause: a count of {built.group('name')} in "
                                                   f"{built.group('magnitude')} ({count}): give it in digits"])
    if built:  # "the government will build 888 health centres": how many of them
        hit = _named_target(paragraph, offset, raw, clause, built.group("value"), _subject(built.group("name"),
                                                                                          subject_before), year)
        if hit:
            hit.review.append(f"a count of {built.group('name')} to be made: check the name and that the count is a floor")
            return hit
    target_is = _TARGET_IS_FOR.match(words)
    if target_is and bool(target_is.group("before")) != bool(target_is.group("after")):
        hit = _named_target(paragraph, offset, raw, clause, target_is.group("value"),
                            _subject(target_is.group("before") or target_is.group("after"), subject_before),
                            int(target_is.group("year")) if target_is.group("year") else year)
        if hit:
            return hit
    by_first = _CHANGE_FIRST.match(words)
    if by_first and by_first.group("none") and _STATED.search(by_first.group("name")):
        by_first = None  # "No rise in prevalence was seen in 2019": what was found, not a goal
    if by_first and by_first.group("second"):
        # "At least a 30% (10%) increase in …": two figures, and the text does not say which is the target (a second
        # level? a minimum? another group's?); drafted as written, never given either as its bound
        change = by_first.group("change")
        first = re.search(r"\d[\d.]*\s*(?:%|percent|per\s+cent)", change).group(0)
        second = re.sub(r"[()\s]+", "", by_first.group("second")) if "%" in by_first.group("second") \
            else by_first.group("second").strip()
        line, page = paragraph.position(offset + max(raw.find(change), 0))
        return Found(subject=_subject(by_first.group("name"), subject_before), text=change, quote=clause, line=line,
                     page=page, year=year,
                     review=[f"{UNREAD} this clause: two figures, {first} and {second} in brackets, and the text does "
                             "not say which is the target: give the bound as `rule:`, or delete this target"])
    if by_first:  # "reduce by one third premature mortality from …", "halve the number of …": the change, then the name
        hit = _named_target(paragraph, offset, raw, clause, by_first.group("change"),
                            _subject(by_first.group("name"), subject_before), year)
        if hit and by_first.group("none"):
            hit.review.append(f"'{by_first.group('none')}': the level is not to go above the base year's; check the "
                              "base year" + (f", and whether '{hit.subject}' is one indicator or one each"
                                             if re.search(r"\s(?:and|or)\s", hit.subject) else ""))
        if hit:
            return hit
    share = _SHARE_FIRST.match(words)
    if share:  # "27 percent of residents are expected to have …": the share of them who do, the share the target
        who, what = share.group("who"), share.group("what")
        name = f"share of {who} {what}" if share.group("be") else f"share of {who} who {what}"
        hit = _share_first(paragraph, offset, raw, clause, year, share.group("share"), name, "whom")
        if hit:
            return hit
    ensured = _ENSURED_SHARE.match(words)
    if ensured:  # "ensure that 95% of people with a learning disability receive an annual health check"
        name = f"share of {ensured.group('who')} who {ensured.group('what')}"
        hit = _share_first(paragraph, offset, raw, clause, year, ensured.group("share"), name, "whom")
        if hit:
            return hit
    done, measured = _SHARE_DONE.match(words), _SHARE_OF_WHAT.match(words)
    # "At least 70% of infants are exclusively breastfed … by 2030": a be before what is done, with a deadline
    stated = _STATED.search(done.group("what") if done and done.group("be") else words)
    if (done or measured) and not stated and (
            _DEADLINE.search(paragraph.text) or (year is not None and re.match(r"\s*(?:[-–*+]|[•▪●])", paragraph.text))):
        # "90% of girls fully vaccinated …", "50% coverage of drug therapy …": the share first, in a goal with a deadline
        # or an item of a list under one ("In 2019, 45% of adults screened … had …" states what was found)
        name = f"share of {done.group('who')} {done.group('what')}" if done else measured.group("rate") or measured.group("what")
        hit = _share_first(paragraph, offset, raw, clause, year, (done or measured).group("share"), name)
        if hit:
            return hit
    past = _PAST.search(words)
    future_perfect = past and re.search(r"\b(?:will|shall)\s+have\s+\w+$", words[:past.end()], re.I)
    if past and past.group("before").lower() not in _AUXILIARY and not future_perfect:
        # ("In 2025, life expectancy will have exceeded 79 years": what will have happened by then is a goal)
        return None  # what happened: "the average life expectancy increased from 76.34 years to 77.93 years"
    if _SHARE_OF_FACT.search(words) and not _OWN_GOAL.search(words):
        return None  # what is: "Smoking contributes to 14% of all deaths from non-communicable diseases"
    if re.match(r"^(?:up\s+|down\s+)?from\s", words, re.I) and not _TO_AMOUNT.search(words):
        return None  # "from the current level of 5.4", "up from 76.34 in 2015": where it starts, no target
    if (not re.search(r"\d", spelled_digits(_YEAR_WORDS.sub("", words)))
            and not re.search(r"\b(?:(?:one|two|three|a)[\s-]?(?:thirds?|quarters?|fifths?)|half)\b", words, re.I)) \
            or len(words) > 200:
        return None  # no number but years: "China's health goals to 2020" is a title

    def position(piece: str) -> tuple[int, int | None]:
        return paragraph.position(offset + max(raw.find(piece), 0))

    line, page = position(words)
    named = _name_run_on(words, _SUBJECT.match(words))
    if named and re.match(r"(?:no|none\s+of)\s", named.group("subject").strip(), re.I):
        # "no district shall have an immunisation coverage below 90 percent": none below is every one at or above,
        # which the words after the name would read the other way; kept whole, for a person to give the meaning
        subject = _subject(named.group("subject"), subject_before)
        return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year,
                     review=[f"{UNREAD} this clause: '{subject}' names no indicator, and 'no … below' (or above) says "
                             "every one is at least (or at most) the number: give that bound as the target"])
    subject = _subject(named.group("subject"), subject_before) if named else subject_before
    if named and subject_before and (_VERB_ONLY.match(named.group("subject"))
                                     or _AUXILIARY_ONLY.fullmatch(named.group("subject").strip())
                                     or _GOES_ON_NAME.match(named.group("subject").strip())):
        # "TB incidence rate: To be reduced from 217 … to 44 …": the label names it; "…to 10 per cent by 2020, and
        # down to five per cent by 2025": the later clause is of the same measure
        subject = subject_before
    try:
        rule = parse_target(words)
    except CheckerError as error:
        rest = words[named.end("subject"):].strip(" —–-") if named else words if _FROM_TO.match(words) else ""
        own = _own_verb(words)
        if own and _FROM_TO.match(rest):  # "reduce the rate of children under 5 | from 7.5 to 6.6 per 1,000"
            rule, review = _read_rest(rest, "reduced" if own.group("down") else "increased", f"its verb ({own.group(0)})")
        elif own and _BY_AMOUNT.match(rest):  # "reduce the proportion of … | by 30%": the verb's change
            rule, review = _read_rest(rest, "reduced" if own.group("down") else "increased", f"its verb ({own.group(0)})")
        else:
            # "increase access to safe drinking water | to 90%": the clause's own verb says which way (read alone,
            # "to 90%" was "around 90%")
            rule, review = _read_rest(rest, *(("reduced" if own.group("down") else "increased", f"its verb ({own.group(0)})")
                                              if own else (verb_before,)))
            if own and rule is not None and rule.kind in ("lower_bound", "upper_bound") \
                    and (rule.kind == "lower_bound") == bool(own.group("down")):
                rule = None  # "reduce stunting | to at least 19%": the clause's verb and the bound point two ways
        if rule is None and named:  # "premature mortality from major chronic diseases will be reduced …":
            for later in _SUBJECT_END.finditer(words, named.end("subject") + 1):  # the name runs on to a later word
                run_on = words[named.end("subject"):later.start()]
                if _AUXILIARIES.search(run_on) or re.search(r"\d", run_on):
                    break  # a name holds no verb and no amount: "…rate will be reduced from 5.4 per 1,000"
                # "reduce deaths attributable to alcohol | to 5 per 100,000": the clause's own verb says which way
                # (read alone, "to 5 per 100,000" was "around 5")
                rule, review = _read_rest(words[later.start():].strip(" —–-"), *(
                    ("reduced" if own.group("down") else "increased", f"its verb ({own.group(0)})") if own
                    else (verb_before,)))
                change = _CHANGE_VERB.fullmatch(run_on.strip())
                if rule is not None and change:
                    # "Average intake to double to more than 400 grams per day": the verb is no part of the name; the
                    # level after it is the target, the change it names said for review (it was named "Average
                    # intake to double")
                    review = review + [f"the change '{change.group(0)}' stands before the level: check the target "
                                       "is the level"]
                    rest = words[later.start():].strip(" —–-")
                    break
                if rule is not None:
                    subject = _subject(words[named.start("subject"):later.start()], subject_before)
                    rest = words[later.start():].strip(" —–-")
                    break
        if rule is not None and subject and _ACTION_FIRST.match(subject):
            rule = None  # "strive to raise the health literacy rate | to 30%": a verb is no name, nor its strive
        own_name = _REACH_A_LEVEL.match(rest) if rule is not None and rule.subject else None
        if own_name:  # "… the broader goal of the Kingdom | to reach an average life expectancy of 80": the name is its own
            subject = own_name.group("name")
        if rule is not None and rule.kind not in NOT_CHECKABLE and subject:
            if _NO_NAME.match(subject):
                review = review + [f"'{subject}' names no indicator: write the name it stands for, or delete this target"]
            review = review + _clause_in_name(subject)
            line, page = position(rest)
            return Found(subject=subject, text=rest, quote=clause, line=line, page=page,
                         year=rule.year or year, review=review, direction=_carried_way(rule, rest),
                         carried=rule if rule.text != rest else None)
        # ("neonatal mortality rate from 21 t0 16 per 1,000": a start and a mistyped "to", after a verb: a target unread)
        if subject and (_LOOKS_TARGET.search(spelled_digits(words))
                        or (verb_before and _FROM_AMOUNT.search(words) and not _FROM_TO.search(words))):
            named_none = [f"'{subject}' names no indicator: write the name it stands for, or delete this target"] \
                if _NO_NAME.match(subject) else []  # "The nation is on track to achieve …"
            return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year,
                         review=[f"{UNREAD} this clause: {error.message}", *named_none],
                         refused=f"{UNREAD} this clause: {error.message}")
        if not named and own and _AMOUNT_BEFORE.search(words):
            # "Improve early detection and management of NCDs in 80% of primary health care facilities by 2014": an
            # objective with an amount the grammar cannot read is kept for a person, named by the verb's object
            name = _verb_object(words[own.end():])
            if name:
                return Found(subject=name, text=words, quote=clause, line=line, page=page, year=year,
                             review=[f"{UNREAD} this clause: {error.message}"],
                             refused=f"{UNREAD} this clause: {error.message}")
        return None
    reaching = re.search(r"\bto\s+(?:reach|achieve|attain)\s", words, re.I)  # "Efforts are needed to achieve …"
    own_name = _REACH_A_LEVEL.match(words[reaching.start():] if reaching else words) if rule.subject else None
    if own_name:  # "to achieve a DTP3 coverage of 95%": the name is what it reaches, not the words before
        subject = own_name.group("name")
    own = _VERB.match(words)
    if not subject and own:  # "reduce the number of women who die in childbirth by threequarters between 1990 and 2015"
        subject = _verb_object(words[own.end():])
    if rule.kind in NOT_CHECKABLE or not subject or len(subject) > 160:
        return None
    if len(subject) > 80:  # "the proportion of Aboriginal and Torres Strait Islander babies with a healthy birthweight"
        return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=rule.year or year,
                     review=[f"a long name ({len(subject)} characters): check that it names the indicator, "
                             "and shorten it"])
    if _NO_NAME.match(subject):  # "raise that to 30 percent": the name is said elsewhere
        return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=rule.year or year,
                     review=[f"'{subject}' names no indicator: write the name it stands for, or delete this target"])
    noun = _CHANGE_NOUN.match(words) if rule.kind == "vs_baseline" else None
    # "Reduction in gender gaps … by at least 50 per cent": the noun says which way the plan means (as the verb of a
    # clause it is carried from does), whatever the name's words suggest ("literacy": up)
    return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=rule.year or year,
                 review=_clause_in_name(subject), direction=(noun and ("down" if noun.group("down") else "up")) or None)


#: a change written as a noun before its name ("Reduction of poverty ratio by 5 percentage points")
_CHANGE_NOUN = re.compile(r"^(?:(?P<down>reduction|decrease|cut|lowering)|increase|rise|raising)s?\s+(?:of|in)\s", re.I)


#: an aside on what a goal is about, between commas ("…'s goal, in relation to alcohol, is to reduce …")
_TOPIC_ASIDE = re.compile(r",\s+(?:in\s+relation\s+to|with\s+(?:regard|respect)\s+to|as\s+regards|regarding|in\s+respect\s+of)"
                          r"\s+[^,;.\d]{1,40},", re.I)
#: a goal put in words, then as a level in brackets: "to be tobacco free (i.e. with a prevalence rate of less than 5%)"
_MEANING_BRACKET = re.compile(r"\((?:i\.\s?e\.|that\s+is|meaning)\s*,?\s+(?:with\s+)?(?:an?\s+|the\s+)?"
                              r"(?P<name>[a-z][a-z\s-]{2,60}?)\s+of\s+(?P<value>(?:(?:less|fewer|more)\s+than\s+|below\s+|"
                              r"under\s+|above\s+|over\s+|at\s+(?:least|most)\s+|no\s+(?:more|less)\s+than\s+)?\d[^()]*)\)", re.I)
#: a change as an infinitive alone, between a name and its level ("to double", "to reduce by half")
_CHANGE_VERB = re.compile(r"to\s+(?:double|halve|treble|triple|reduce|increase|decrease|rise|fall|grow|drop|decline)"
                          r"(?:\s+by\s+(?:half|a\s+(?:third|quarter)))?", re.I)
#: a measure's word alone, which names no indicator without what it measures ("Average intake", "consumption")
_BARE_MEASURE = re.compile(r"(?:(?:average|mean|total|daily|annual)\s+)*(?:intake|consumption|prevalence|level|rate|share|"
                           r"proportion|number|coverage|use)", re.I)


def named_by_heading(subject: str, heading: str | None) -> tuple[str, str] | None:
    """The name of a target whose subject is a measure's word alone ("Average intake to double to more than 400 grams
    per day.") under a short heading that says what is measured ("Fruit & vegetables"): the two together, with a
    note; without such a heading, the subject with a note asking for the name; None for a subject that names more."""
    if not _BARE_MEASURE.fullmatch(subject.strip()):
        return None
    above = (heading or "").strip()
    if _CARD_NAME.fullmatch(above) and not _LABEL_VERB.search(above) and len(above) <= 60:
        return f"{subject.strip()} of {above[0].lower()}{above[1:]}", f"named with the heading above it ({above})"
    return subject, f"'{subject.strip()}' says only what is measured, not of what: write the indicator's name"


#: a level named, then given in brackets: "to the OECD average (9.1 litres of pure alcohol per capita)"
_LEVEL_IN_BRACKET = re.compile(r"\bto\s+(?P<what>(?:the|an?)\s+(?:[^()\d,;]{1,60}?\s+)?(?:average|level|mean|median|rate|"
                               r"figure|standard))\s*\((?P<amount>(?:about\s+|around\s+|approximately\s+)?\d[^()]*)\)", re.I)


def _level_in_bracket(paragraph: Paragraph, offset: int, raw: str, clause: str, words: str, bracket: re.Match,
                      year: int | None, subject_before: str | None, verb_before: str | None) -> Found | None:
    """The target of a clause that names a level and gives it in brackets ("reduce X to the OECD average (9.1 litres …)
    by 2020"; it was lost without a word): read as "to" the bracket's amount for its name and meaning, kept as written
    and flagged, the meaning in the note (the amount's words after its unit may say more than the grammar reads)."""
    amount = bracket.group("amount").strip()
    hit = _target(paragraph, offset, raw, clause.replace(bracket.group(0), f"to {amount}"), year, subject_before,
                  verb_before)
    if hit is None:
        return None
    try:
        rule = parse_target(words.replace(bracket.group(0), f"to {amount}"))
        meaning = f"; with its verb it reads {{kind: {rule.kind}, op: '{rule.op}', value: {rule.value:g}}}" \
            if rule.kind not in NOT_CHECKABLE else ""
    except CheckerError:
        meaning = ""
    line, page = paragraph.position(offset + max(raw.find(bracket.group(0)), 0))
    return Found(subject=hit.subject, text=words, quote=clause, line=line, page=page, year=hit.year,
                 review=[f"{UNREAD} this clause as written: the level is {bracket.group('what')}, given in brackets "
                         f"({amount}){meaning}: give the bound as `rule:` if it is so"])


#: where a verb's object ends: before its amount ("in 80% of …", "by threequarters", "to 12 per 1,000")
_OBJECT_END = re.compile(rf"\s+(?:(?:in|to|by|for|at|from)\s+(?=\S*\d)|(?:by|to)\s+(?=(?:at\s+least\s+)?(?:an?\s+)?"
                         rf"[a-z-]*(?:half|third|quarter|fifth|{number_words()})s?\b))", re.I)


def _verb_object(words: str) -> str | None:
    """The object of a clause's opening verb, up to its amount (``the number of women who die in childbirth``),
    or None where it holds an amount itself."""
    name = re.sub(r"^(?:the|an?)\s+", "", _OBJECT_END.split(words.strip(), maxsplit=1)[0], flags=re.I)
    return name if name and not _AMOUNT_BEFORE.search(name) and len(name) <= 160 else None


def _named_target(paragraph: Paragraph, offset: int, raw: str, clause: str, words: str, subject: str,
                  year: int | None) -> Found | None:
    """The target ``words`` set for ``subject`` where the grammar reads them as a checkable target, else None."""
    try:
        rule = parse_target(words)
    except CheckerError:
        return None
    if rule.kind in NOT_CHECKABLE:
        return None
    line, page = paragraph.position(offset + max(raw.find(words), 0))
    return Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year)


def _share_first(paragraph: Paragraph, offset: int, raw: str, clause: str, year: int | None, share: str,
                 name: str, counted: str = "what") -> Found | None:
    """The target of a clause that writes its share before ``counted`` (whom or what it counts), named ``name``
    (flagged: the name is made from the clause's words), or None where the share does not read as a target."""
    hit = _named_target(paragraph, offset, raw, clause, share, name, year)
    if hit:
        hit.review.append(f"the share ({share}) is written before {counted} it counts: check the name")
    return hit


def _clause_in_name(subject: str) -> list[str]:
    """A review note where the words taken for a name hold a clause of their own: who says or wants it
    ("The federal health minister says she'd like"), or a verb of change after other words ("plan advances
    reducing the percentage"): the name is not these words, and a person must write it."""
    if _CLAUSE_IN_NAME.search(subject):
        return [f"'{subject}' holds a clause, not only a name: write the indicator's name, or delete this target"]
    if _NAMES_LISTED.match(subject):  # "cutting obesity, smoking and heavy drinking by one third": three indicators
        return [f"'{subject}' lists several indicators: give each its own target, or delete this one"]
    return []


#: a name that lists several of its own ("obesity, smoking and heavy drinking"), not one head's list ("mortality from
#: cardiovascular disease, cancer and diabetes", "… of A, B and C")
_NAMES_LISTED = re.compile(r"^(?![^,]*\b(?:from|of|among|in|for|with|due\s+to)\s)[^,]+(?:,\s+[^,]+)+,?\s+(?:and|or)\s+[^,]+$",
                           re.I)


def _respectively(paragraph: Paragraph, offset: int, raw: str, clause: str, year: int | None) -> list[Found]:
    """``the mortality rate of infants and children under 5 is expected to be less than 4 and 6 per 1,000,
    respectively`` → one target each: the verb with each value, each name with the shared head."""
    match = _PAIRED.match(_YEAR_AT_ENDS.sub("", clause).strip())
    if not match:
        return []
    subject = _subject(match.group("subject"), None)
    shared = re.match(r"^(?P<head>.+?\s+(?:of|for|among)\s+)(?P<first>.+?)\s+and\s+(?P<second>.+)$", subject, re.I)
    names = ([shared.group("head") + shared.group("first"), shared.group("head") + shared.group("second")] if shared
             else [part.strip() for part in re.split(r"\s+and\s+", subject, maxsplit=1)])
    if len(names) != 2:
        return []
    unit = re.search(r"(?:\s+(?:per|out\s+of)\s+[\d,]+.*|\s*%|\s*‰|\s+percent)$", match.group("second"))
    out = []
    for name, value in zip(names, (match.group("first"), match.group("second"))):
        words = f"{match.group('verb')}{value}"
        if unit and not re.search(r"(?:per|out\s+of)\s+[\d,]|%|‰|percent", value):
            words += unit.group(0)  # "less than four out of 1,000 and six out of 1,000": each its unit
        review = [f"one of two targets in one sentence ({match.group('first')} and {match.group('second')}, "
                  "respectively): check the pairing"]
        refused = None
        try:
            parse_target(words)
        except CheckerError as error:
            refused = f"{UNREAD} {words!r}: {error.message}"
            review.append(refused)
        line, page = paragraph.position(offset + max(raw.find(value), 0))
        out.append(Found(subject=name, text=words, quote=clause, line=line, page=page, year=year, review=review,
                         refused=refused))
    return out


def _two_years(paragraph: Paragraph, offset: int, raw: str, two: re.Match, subject_before: str | None,
               verb_before: str | None) -> list[Found]:
    """``… to 77.3 by 2020 and 79 by 2030``: the words before the first value with each value, each for
    its year; a comparator or unit written once is each value's. None unless both read."""
    head, first, second = two.group("head"), two.group("v1").strip(), two.group("v2").strip()
    lead = re.match(r"(?:by|to)\s+", second, re.I)
    if lead and re.search(rf"\b{lead.group(0).strip()}\s*$", head, re.I):
        # "Reduction of poverty ratio by 5 … by 2007 and by 15 … by 2012": the second's "by" is the head's (it was a
        # second indicator, "poverty ratio by")
        second = second[lead.end():]
    to = None
    for to in re.finditer(r"\bto\s+(?=\S*\d)", first):
        pass
    if to is not None:  # "… children under five years old to 15 percent": the value is after its "to", the rest a name's
        head, first = f"{head}{first[:to.end()]}", first[to.end():]
    comparator = _COMPARATOR_FIRST.match(first)
    # "less than 10% by 2025 and 5% or less by 2030": the second value's own comparator (or less) is its own
    own = re.search(r"\bor\s+(?:less|more|below|above|under|fewer|higher|lower)$", second, re.I)
    if comparator and not _COMPARATOR_FIRST.match(second) and not own:
        second = comparator.group(0) + second
    unit = re.search(r"(?:\s*%|\s*‰|\s+percent|\s+per\s*cent|\s+years?(?:\s+old)?|\s+(?:per|out\s+of)\s+[\d,]+.*)$", first)
    if unit and not re.search(r"%|‰|percent|per\s*cent|years?|per\s|out\s+of", second):
        second += unit.group(0)
    out = []
    for value, year in ((first, two.group("y1")), (second, two.group("y2"))):
        hit = _target(paragraph, offset, raw, head + value, int(year), subject_before, verb_before)
        if not hit or any(note.startswith(UNREAD) for note in hit.review):
            return []
        hit.year, hit.quote = int(year), raw.strip().rstrip(".;")  # the clause as written, not its words rearranged
        hit.review.append(f"one of two targets in one clause ({first} by {two.group('y1')}, {two.group('v2').strip()} "
                          f"by {two.group('y2')}): check the pairing")
        out.append(hit)
    return out


def _list_spans(sentence: str, clauses: list[tuple[int, str, bool]]) -> dict[int, tuple[int, re.Match | None,
                                                                                      re.Match | None]]:
    """Where a sentence lists names and then their values over several clauses ("A, B and C will decrease
    by 8.2, 3.3 and 4.0 respectively", "the rates of X, Y, and Z will be kept below 3.1, 5.2, and 6.6 per
    thousand"): {first clause: (last clause, the match, the list that did not pair)}. The match is None where
    the names and the values do not pair one to one (the clauses then set nothing: which value is whose cannot
    be told), unless the names are those of the sentence before (:func:`_named_before`)."""
    spans: dict[int, tuple[int, re.Match | None]] = {}
    for last, (start, raw, _) in enumerate(clauses):
        words = raw.strip().rstrip(".;!?")
        after = clauses[last + 1][1].strip().rstrip(".;!?") if last + 1 < len(clauses) else ""
        if not (re.search(r"\brespectively\b", words, re.I) or (last and _VALUE_ONLY.match(words)
                                                                  and not _only_values(after))):
            continue  # a value inside the list ("5.2" in "3.1, 5.2, and 6.6"): the list ends later
        shaped = None
        for first in range(last, -1, -1):
            if any(first <= at <= last for at in spans):
                break
            text = _joined(sentence, clauses, first, last)
            match = _LISTED.match(text) or _LISTED_VERB_FIRST.match(text)
            if not match:
                continue
            shaped = shaped or (first, match)
            if len(_names(match.group("subject"))) == len(_values(match.group("values"))) >= 2:
                spans[first] = (last, match)
                break
        else:
            if shaped and len(_values(shaped[1].group("values"))) >= 2:
                spans[shaped[0]] = (last, None, shaped[1])
    return {first: span if len(span) == 3 else (*span, None) for first, span in spans.items()}


def _only_values(text: str) -> bool:
    """Whether a clause holds values only ("65%", "70% and 50%, respectively"): the list goes on."""
    values = _values(text)
    return bool(values) and all(_VALUE_ONLY.match(value) for value in values)


def _joined(sentence: str, clauses: list[tuple[int, str, bool]], first: int, last: int) -> str:
    text = sentence[clauses[first][0]:clauses[last][0] + len(clauses[last][1])].strip().rstrip(".;!?")
    text = _LEAD.sub("", _YEAR_AT_ENDS.sub("", text).strip())
    text = _SPAN.sub("", text).strip(" ,")
    return text[_REPORTING.match(text).end():]


def _values(text: str) -> list[str]:
    return [value for value in _VALUE_CUT.split(re.sub(r",?\s+respectively$", "", text.strip(), flags=re.I)) if value]


def _names(subject: str) -> list[str]:
    """``the mortality rate of A, B and C`` → the three names, each with the head they share; ``the infant
    and child mortality rates`` → infant mortality rate, child mortality rate."""
    subject = re.sub(r"^(?:the|its|their)\s+", "", subject.strip(), flags=re.I)
    pieces = [piece for piece in re.split(r",\s+(?:and\s+)?", subject) if piece]
    *before, tail = pieces  # "A, B and C": the last piece holds the last two
    pieces = before + [part for part in re.split(r"\s+and\s+", tail, maxsplit=1) if part]
    if len(pieces) < 2:
        return pieces
    head = _HEAD_OF.match(pieces[0])
    if head and not any(_HEAD_OF.match(piece) for piece in pieces[1:]):
        link = pieces[0][head.end("head"):head.end()]
        pieces = [pieces[0]] + [head.group("head") + link + piece for piece in pieces[1:]]
    elif all(len(piece.split()) == 1 for piece in pieces[:-1]) and len(pieces[-1].split()) > 1:
        shared = pieces[-1].split(maxsplit=1)[1]
        pieces = [f"{piece} {shared}" for piece in pieces[:-1]] + [pieces[-1]]
    return [re.sub(r"\brates\b", "rate", re.sub(r"^(?:the)\s+", "", piece, flags=re.I)) for piece in pieces]


def _named_before(paragraph: Paragraph, offset: int, raw: str, match: re.Match | None, before: list[str],
                  year: int | None) -> list[Found]:
    """"The figures are hoped to drop to below 25%, 65%, 70% and 50%, respectively, in the 2026-2030 period",
    after a sentence that set four targets: its values are those four's, in order, with a note to check."""
    if match is None or not _BACK_REFERENCE.match(match.group("subject").strip()) \
            or len(before) != len(_values(match.group("values"))):
        return []
    out = _listed(paragraph, offset, raw, match, year, names=before)
    for hit in out:
        hit.review.append(f"'{match.group('subject').strip()}' stands for the names of the sentence before "
                          f"({', '.join(before)}): check each")
    return out


def _listed(paragraph: Paragraph, offset: int, raw: str, match: re.Match | None, year: int | None,
            names: list[str] | None = None) -> list[Found]:
    """One target for each name of a list (or of ``names``), with the value in the same place of the list of
    values."""
    if match is None:
        return []
    names, values = names or _names(match.group("subject")), _values(match.group("values"))
    verb = match.group("verb") + (match.groupdict().get("to") or "")
    unit = re.search(r"(?:\s+(?:deaths\s+)?(?:per|out\s+of)\s+(?:thousand|[\d,]+).*|\s*%|\s*‰|\s+percent)$", values[-1])
    comparator = _COMPARATOR_FIRST.match(values[0])
    out = []
    for name, value in zip(names, values):
        words = f"{verb.strip()} {value}"
        if comparator and not _COMPARATOR_FIRST.match(value):
            words = f"{verb.strip()} {comparator.group(0)}{value}"  # "to below ten … and 13 per thousand"
        if unit and not re.search(r"(?:per|out\s+of)\s+(?:thousand|[\d,])|%|‰|percent", value):
            words += unit.group(0)  # "less than four out of 1,000 and six out of 1,000": each its unit
        review = [f"one of {len(names)} targets in one sentence ({', '.join(values)}"
                  f"{', respectively' if 'respectively' in raw else ''}): check the pairing"]
        refused = None
        try:
            parse_target(words)
        except CheckerError as error:
            refused = f"{UNREAD} {words!r}: {error.message}"
            review.append(refused)
        line, page = paragraph.position(offset + max(raw.find(value), 0))
        out.append(Found(subject=_subject(name, None), text=words, quote=raw.strip(), line=line, page=page,
                         year=year, review=review, refused=refused))
    return out


def _read_rest(rest: str, verb_before: str | None, whose: str = ""):
    """The clause's words after its subject, read: ``should be reduced to 20 percent``; a bare ``from
    10.7 per 1,000 to 6 per 1,000`` with the verb of the clause before it. (rule or None, review notes)."""
    if not rest:
        return None, []
    try:
        rule = parse_target(rest)
    except CheckerError:
        rule = None
    if rule is not None and verb_before and rule.kind == "reach" and rule.direction == "neutral" \
            and re.match(rf"to\s+{_NUMBER}", rest, re.I):
        # "reduce newborn mortality to 5 per 1,000, stillbirths to 2 per 1,000": the list's verb governs its later
        # items; read alone, "to 2 per 1,000" was "around 2", and a fall to 1 failed (so "to ten", a number in words)
        try:
            carried = parse_target(f"{verb_before} {rest}")
        except CheckerError:
            return rule, []
        return carried, [f"{_carried_lead(verb_before, whose)}{{{_meaning(carried)}}}; give that as `rule:` if it is so"]
    if rule is not None:
        return rule, []
    if not verb_before and _FROM_TO.match(rest):  # "Male: from 47.4% to 39%": the values say which way
        # the number after "from" and the one after "to" (not the 1,000 of "80 per 1,000 to 60 per 1,000")
        plain = rest.replace(",", "")
        ends = (re.match(r"from\s+\D*?(\d+(?:\.\d+)?)", plain, re.I), re.search(r"\s+to\s+\D*?(\d+(?:\.\d+)?)", plain, re.I))
        numbers = [float(found.group(1)) for found in ends if found]
        if len(numbers) == 2 and numbers[0] != numbers[1]:
            verb_before = "reduced" if numbers[1] < numbers[0] else "increased"
            whose = whose or f"no verb: the values ({verb_before} from the first to the second) say which way;"
    by_amount = _BY_AMOUNT.match(rest)
    if verb_before and (_FROM_TO.match(rest) or by_amount):
        carried = f"{verb_before} {rest}" if by_amount else re.sub(r"\s+to\s+(?=\S*\d)", f" {verb_before} to ", rest, count=1)
        try:
            rule = parse_target(carried)
        except CheckerError:
            try:  # "from 3.1% in 2019 to 2% in 2026": a start with its year reads with the verb before it
                rule = parse_target(f"{verb_before} {rest}")
            except CheckerError:
                return None, []
        return rule, [f"{_carried_lead(verb_before, whose)}{{{_meaning(rule)}}}; give that as `rule:` if it is so"]
    return None, []


def _carried_lead(verb: str, whose: str) -> str:
    """How a note says where the verb a clause's words were read with comes from (``whose``: its own verb before its
    name, or the values; else the clause before it)."""
    if whose:
        return f"{whose} it reads " if whose.endswith(";") else f"{whose} stands before its name; together they read "
    return f"no verb of its own: with the one before it ({verb}) it reads "


#: a name's last word that a "to" of the name follows (rules/extract.yaml: "dedicated" to health, "access" to water)
_NAME_TO = vocabulary.pattern("english_name_to", re.I)
#: that "to" and its object, up to the "to" of the amount ("… dedicated | to health | to at least 15%")
_NOT_OBJECT = r"(?!(?:to|be|become|reach|achieve|should|will|would|is|are|was|were|must|shall|can|could|may|has|have)\b)"
_TO_OBJECT = re.compile(r"\s+to\s+" + _NOT_OBJECT + r"[a-z][\w'’-]*(?:\s+" + _NOT_OBJECT + r"[a-z][\w'’-]*){0,3}?"
                        r"(?=\s+to\s+(?:(?:at\s+(?:least|most)|(?:less|more|fewer)\s+than|no\s+(?:less|more)\s+than|about|"
                        r"around|over|under|below|above)\s+)?\S*\d)", re.I)


def _name_run_on(words: str, named: re.Match | None) -> re.Match | None:
    """``named`` (a match of :data:`_SUBJECT`), its subject run on over a "to" that is part of the name ("the national
    budget dedicated | to health | to at least 15%"), the amount's "to" after it; as it is elsewhere."""
    if named is None or not _NAME_TO.search(named.group("subject")):
        return named
    object_ = _TO_OBJECT.match(words, named.end("subject"))
    if object_ is None:
        return named
    whole = re.compile(r"(?P<subject>" + re.escape(words[named.start("subject"):object_.end()]) + ")")
    return whole.match(words, named.start("subject"))


def _meaning(rule) -> str:
    """A rule's reading as a note gives it: ``kind: upper_bound, op: '<=', value: 2 (‰)``."""
    return f"kind: {rule.kind}, op: '{rule.op}', value: {rule.value:g}" + (f" ({rule.unit})" if rule.unit else "")


def _carried_way(rule, text: str) -> str | None:
    """The way a target's reading says is better where it was read with words beyond its own ``text`` (the verb of
    the clause before it: "stillbirths | to 2 per 1,000" after "reduce …" reads ≤ 2, so down), else None."""
    if rule is None or rule.text == text or rule.op is None:
        return None
    return "down" if rule.op in ("<=", "<") else "up" if rule.op in (">=", ">") else None


def _subject(subject: str, before: str | None) -> str:
    """An English subject without who said it or whose it is (``China's average life expectancy``);
    ``that for children younger than 5`` after ``the infant mortality rate`` names that rate for them."""
    cleaned = _NOT_NAME.sub("", " ".join(subject.split()), count=1).strip()  # (spaces a line ran over: one)
    # "…smokefree by 2030, meaning adult smoking prevalence of 5% or less": the word that explains opens no name
    cleaned = re.sub(r"^(?:meaning|i\.e\.,?|that\s+is,?|namely|which\s+means)\s+", "", cleaned, flags=re.I) or cleaned
    # "…play its part in the achievement of a reduction in smoking prevalence": the change's object is the name
    cleaned = re.split(r"\ban?\s+(?:relative\s+)?(?:reduction|decrease|increase|rise|improvement|cut)s?\s+(?:in|of)\s+",
                       cleaned, flags=re.I)[-1] or cleaned
    cleaned = re.sub(r"^(?:the|an?)\s+", "", cleaned, flags=re.I) or subject.strip()
    cleaned = re.sub(r"\s+(?:down|up)$", "", cleaned, flags=re.I) or cleaned  # "bringing the rate down from 278 to 70"
    # "The stunting rate of toddlers in 2024 is targeted at …": the year is the target's, no part of the name
    cleaned = re.sub(r",?\s+(?:in|by|for)\s+(?:19|20)\d{2}$", "", cleaned, flags=re.I) or cleaned
    cleaned = _DASH_ASIDE.sub("", cleaned) or cleaned
    cleaned = re.sub(r"\s*[—–]\s*(?:defined|i\.e\.|that\s+is|meaning)\b[^—–]{0,80}[—–]\s*$", "", cleaned) or cleaned
    cleaned = _WHOSE.sub("", cleaned) or cleaned
    place = re.match(r"^(?:at|in|among|for)\s+\S", cleaned, re.I)
    head = re.match(r"^(?P<head>.+?)\s+(?:at|in|among|for)\s+\S[^,]*$", before or "", re.I)
    if place and head and not re.search(r"\d", cleaned):  # "…passive smoking at work …, at restaurants to …"
        return f"{head.group('head')} {cleaned}"
    that = _THAT_OF.match(cleaned)
    if that and before:
        head = _HEAD_OF.match(before)
        return f"{head.group('head') if head else before} {that.group('link')} {that.group('rest')}"
    return cleaned


#: a change's base after a comma (", compared with the 2015 level", ", relative to emissions in 2000", ", from 2018")
_BASE_AFTER = (r"(?i:(?:compared\s+(?:with|to)|relative\s+to|from|over)\s+(?:the\s+)?(?:levels?\s+(?:of|in)\s+|emissions\s+in\s+)?"
               r"(?:19|20)\d{2}(?:\s+levels?)?\s*(?:[.;]|$))")


def _clauses(sentence: str) -> list[tuple[int, str, bool]]:
    """The sentence's clauses (start, text, whether a bullet opens it), cut where :data:`_CLAUSE_CUT`
    matches outside brackets."""
    depth, inside = 0, set()
    for at, char in enumerate(sentence):
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(at)
    out, start, bullet = [], 0, False
    cuts = list(_CLAUSE_CUT.finditer(sentence))
    gaps = list(_CELL_GAP.finditer(sentence.strip()))
    if len(gaps) >= 2:  # "Path  Measles  Rubella": a table's row with its cells spaced apart, each cell a clause of its own
        cuts = sorted(cuts + list(_CELL_GAP.finditer(sentence)), key=lambda cut: cut.start())
    for cut in cuts:
        if cut.start() in inside:
            continue
        if cut.group(0).startswith(",") and re.search(r"[A-Za-z]$", sentence[start:cut.start()]) \
                and _SERIAL_REST.match(sentence[cut.end():]):
            continue  # "mortality from cardiovascular diseases, cancers, diabetes, or chronic respiratory diseases": one name
        if cut.group(0).startswith(",") and re.match(_BASE_AFTER, sentence[cut.end():]):
            continue  # "…reduced by 30 per cent, compared with the 2015 level": the base of the change before it
        if sentence[cut.end():].startswith("with") and (not _AMOUNT_BEFORE.search(sentence[start:cut.start()])
                                                         or _SHARE_OF_PEOPLE_END.search(sentence[start:cut.start()])):
            continue  # "girls aged 15-19 with a BMI<18.5 from 36% to 25%", "95% of people with a learning disability":
            # "with a" is part of the name
        if cut.start() > start:
            out.append((start, sentence[start:cut.start()], bullet))
        start, bullet = max(start, cut.end()), any(mark in cut.group(0) for mark in _BULLETS)
    if start < len(sentence):
        out.append((start, sentence[start:], bullet))
    split = []
    for start, raw, bullet in out:  # "… to 12 per 1,000 and under-5 mortality to 25 per 1,000": two names, two values
        cut = _AND_NAME.search(raw)
        if cut and (_TO_AMOUNT.search(raw[:cut.start()]) or _FROM_AMOUNT.search(raw[:cut.start()])):
            split += [(start, raw[:cut.start()], bullet), (start + cut.end(), raw[cut.end():], False)]
        else:
            split.append((start, raw, bullet))
    return _cut_at_verbs(sentence, split, inside)


#: "and" or "and to" before a verb that opens a target of its own (rules/extract.yaml: english_and_verb)
_AND_VERB = re.compile(r"\s+and\s+(?=" + vocabulary.source("english_and_verb") + ")", re.I)
#: a clause that opens with a verb of its own ("maintain Total Fertility Rate at < 2", "to increase …")
_VERB_FIRST = re.compile(vocabulary.source("english_and_verb"), re.I)
#: an amount a clause holds: a number that is no year, or a change in words
_AMOUNT = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d|\b(?:halve|double|two-thirds|three-quarters|one-third)", re.I)


def _cut_at_verbs(sentence: str, clauses: list[tuple[int, str, bool]], inside: set[int]) -> list[tuple[int, str, bool]]:
    """``clauses`` cut once more before "and (to) <verb>" where the words before hold an amount of their own ("reduce IMR
    to 40 per 1000 live births | to increase measles immunization rate to >90% by 2015", "… by 2017 | maintain Total
    Fertility Rate at < 2"): two targets, each with its verb and name (read as one, neither could be); not "Reduce and
    maintain wasting …", whose first verb has no amount yet."""
    out = []
    for start, raw, bullet in clauses:
        at = 0
        for cut in _AND_VERB.finditer(raw):
            if start + cut.start() in inside or not _AMOUNT.search(raw[at:cut.start()]):
                continue
            out.append((start + at, raw[at:cut.start()], bullet))
            at, bullet = cut.end(), False
        out.append((start + at, raw[at:], bullet))
    return out
