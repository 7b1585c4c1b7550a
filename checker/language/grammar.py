"""The target-phrase grammar: a plan's words (``≤4‰``, ``25左右``, ``高于全省平均值``) → a typed :class:`Rule`.

The vocabulary and patterns are data, in ``rules/grammar.yaml``; this module only runs them. The
steps are described at the top of that file. Examples::

    >>> parse_target("≤4‰", unit="‰", direction="down").op
    '<='
    >>> parse_target("25左右", unit="%", direction="down").kind
    'around'
    >>> parse_target("比2015年降低20%", unit="%", direction="down").base_year
    2015

A phrase the grammar cannot read raises :class:`GrammarError` with the phrase and its location.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from checker.language import cn_numerals
from checker.language import numbers

from checker.language import english

from checker.language import units
from checker.errors import CheckerError, GrammarError, Location, PhraseUnitError, UnitError
from checker.language.rule import DIRECTIONS, PERIOD_SPAN, PERIOD_SPAN_END, RANGE_KEPT_WITHIN, OWN_GROWTH, ZERO_CHANGE,\
    Rule
from checker.records import replace
from checker.rulefiles import load_rules_yaml
from checker.language.script import to_simplified

GRAMMAR_FILE = "grammar.yaml"
#: Longer text is not a target phrase; refusing it keeps the marker search cheap.
MAX_PHRASE_LENGTH = 500
# all spaces go, after English words have become the grammar's words: an English unit is matched
# as its spellings are folded ("per 1,000 live births" → per1000livebirths)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# a space between two numbers ("8.1 5" once an English word between them is dropped): they must never
# be glued into one number; only a space before a group of three digits ("12 000") is a thousands gap
_DIGIT_SPACE = re.compile(r"(\d[\d.]*)\s+(?=(\d+))")
_DENOMINATOR = re.compile(r"/\d+")
_NUMBER = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class _Pattern:
    """One pattern of the grammar file, compiled the first time a phrase gets that far (start-up)."""

    kind: str
    source: str
    trend: str | None = None
    fixed: tuple[tuple[str, str], ...] = ()  # parts a pattern sets itself (翻番: value 100, rise, %)
    needs: tuple[str, ...] = ()  # words one of which the phrase must hold: else the pattern is skipped, uncompiled

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.source)


@cache
def _compiled(source: str) -> re.Pattern:
    return re.compile(source)


@dataclass(frozen=True)
class _Grammar:
    """``rules/grammar.yaml``, compiled."""

    characters: dict[str, str]
    annotations: tuple[tuple[re.Pattern, str], ...]
    cumulative: re.Pattern
    cumulative_note: str
    year_prefix: re.Pattern
    year_suffix: re.Pattern
    year_in_subject: re.Pattern
    year_inside: re.Pattern
    year_inside_start: re.Pattern  # the start ("从2015年的5.28‰") a year inside is read after
    modifiers: tuple[tuple[str, str], ...]  # (word, modifier), longest word first
    modifiers_before_target: frozenset[str]  # modifiers taken only right before a target (基本: 基本医疗保险 is a name)
    words: dict[str, tuple[str, ...]]
    period_ends: dict[str, int | None]
    period_spans: dict[str, int]  # a plan period's words (十四五期间) → the year before it, a change over it is from
    period_end_words: dict[str, int]  # a plan period's end (十四五末, 十四五期末) → the year before the period
    periods: dict[str, int]  # a plan period (十四五) → the year before it
    period_through: tuple[str, ...]  # words of a range of periods (十二五至十四五)
    period_span_source: str  # a span of two periods or more before a period's words (see period_pair)
    markers: tuple[str, ...]
    dangling: tuple[str, ...]
    marker_patterns: tuple[re.Pattern, ...]
    subject_trim: dict[str, tuple[str, ...]]
    patterns: tuple[_Pattern, ...]
    numeric: _Pattern
    compound_source: str
    subject_grammar_source: str
    subject_names_source: str
    subject_notes: tuple[tuple[re.Pattern, str], ...]
    control_around_source: str  # 控制 before the name, 在 after it (控制婴儿死亡率在5‰): the verb 控制在 around the name
    listed_value_source: str  # a value and its unit in the words before a target, then 、 and another name: a list
    numerals_per: dict[str, str]
    numerals_words: dict[str, str]
    fraction_unread_after: tuple[str, ...]
    rates_first: tuple[tuple[str, str], ...]  # (regex, replacement): 每10万活产10人 → 10/10万
    per_population: re.Pattern  # a subject counted per N people (每千人口床位数): its count is per N people
    compound_time: dict[str, tuple[int, str]]  # a part of a time written in parts (1分30秒): word → (seconds, unit)
    time_within: re.Pattern  # 内 after a time (10秒内): 以内
    change_particle_source: str  # 了 after a verb of change (下降了30%): dropped, compiled when a phrase holds 了
    unread: tuple[tuple[re.Pattern, str], ...]  # forms known and left unread on purpose, with why
    unread_first: tuple[tuple[re.Pattern, str], ...]  # the same, refused before a subject is looked for

    # compiled the first time a phrase needs them (start-up)
    @property
    def compound(self) -> re.Pattern:
        return _compiled(self.compound_source)

    @property
    def period_span(self) -> re.Pattern:
        """A plan period opening the words before a change (``在“十四五”期间``, ``十三五时期，``)."""
        return _compiled(rf"^(?:在|于|自|从)?(?P<span>{_alternation(self.period_spans)})(?:内|里)?,?")

    @property
    def period_pair(self) -> re.Pattern:
        """Two plan periods or more opening the words before a change (``“十二五”至“十四五”期间``, ``十三五十四五两个五年规划
        期间``): ``periods`` the periods and the words between them."""
        return _compiled(self.period_span_source)

    @property
    def period_end(self) -> re.Pattern:
        """A plan period's end opening the words before a target (``到“十四五”末，``, ``十四五期末``)."""
        return _compiled(rf"^(?:到|至|在|于)?(?P<end>{_alternation(self.period_end_words)})(?:前|时)?,?")

    @property
    def subject_grammar(self) -> re.Pattern:
        return _compiled(self.subject_grammar_source)

    @property
    def compound_time_run(self) -> re.Pattern:
        """Two parts of a time or more in a row (``1分30秒``, ``2小时30分钟``), not after a month's or day's number."""
        part = rf"\d+(?:\.\d+)?(?:{_alternation(self.compound_time)})"
        return _compiled(rf"(?<![\d.月日号]){part}(?:{part})+")

    @property
    def compound_time_part(self) -> re.Pattern:
        """One part of such a run: its number and its word."""
        return _compiled(rf"(\d+(?:\.\d+)?)({_alternation(self.compound_time)})")

    @property
    def subject_names(self) -> re.Pattern:
        return _compiled(self.subject_names_source)

    @property
    def control_around(self) -> re.Pattern:
        return _compiled(self.control_around_source)

    @property
    def listed_value(self) -> re.Pattern:
        return _compiled(self.listed_value_source)


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _regional_spellings(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """The 于 spelling of each verb of the word lists that ends in 在 (維持於, 保持於, 控制於 in Hong Kong's, Macau's
    and Taiwan's texts, 维持于 once simplified) → the verb (维持在): the same verb, never the end of a name. The same
    length, so a position in the phrase stays where it was."""
    verbs = {word for values in words.values() for word in values if len(word) >= 3 and word.endswith("在")}
    written = {word for values in words.values() for word in values}
    return {verb[:-1] + "于": verb for verb in sorted(verbs, key=len, reverse=True) if verb[:-1] + "于" not in written}


@cache
def grammar() -> _Grammar:
    """The grammar, loaded and compiled once per process."""
    data = load_rules_yaml(GRAMMAR_FILE)
    words = {name: tuple(str(w) for w in values) for name, values in data["words"].items()}
    spans = data["period_spans"]
    # a five-year plan's end (十四五末, 十四五期末) is its last year, five after the year before it; then the named bases
    period_ends = {f"{period}{end}": int(before) + 5 for period, before in spans["periods"].items() for end in spans["ends"]}
    period_ends.update({str(k): v for k, v in data["period_ends"].items()})
    words["period_ends"] = tuple(period_ends)
    slots = {name: f"(?:{_alternation(values)})" for name, values in words.items()}
    slots["unit"] = f"(?:{units.pattern()})"  # made by rule: 万人, 张/千人, per 100,000 (rules/units.txt)

    def expand(template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], template)

    patterns = tuple(
        _Pattern(p["kind"], expand(p["regex"]), p.get("dir"), tuple((k, str(v)) for k, v in (p.get("set") or {}).items()),
                 tuple(word for name in p.get("needs") or () for word in (words.get(name) or (name,))))
        for p in data["patterns"]
    )
    numeric = _Pattern("number", expand(
        r"^(?P<verb>{verbs_reach}|{verbs_cap})?(?P<pre>{prefix_le}|{prefix_lt}|{prefix_ge}|{prefix_gt})?"
        r"(?P<verb2>{verbs_count})?(?P<approx>{approx})?(?P<value>" + _NUMBER + r")(?P<unit>{unit})?"
        r"(?P<suf>{suffix_le}|{suffix_ge})?(?P<around>(?:{around})+)?(?P<suf2>{suffix_le}|{suffix_ge})?$"
    ))
    modifiers = sorted(
        ((str(word), name) for name, ws in data["modifiers"].items() for word in ws),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    return _Grammar(
        characters=_regional_spellings(words) | {str(k): str(v) for k, v in data["characters"].items()},
        annotations=tuple((re.compile(a["regex"]), a["note"]) for a in data["annotations"]),
        cumulative=re.compile(data["cumulative"]["regex"]),
        cumulative_note=data["cumulative"]["note"],
        year_prefix=re.compile(data["year_prefix"]["regex"]),
        year_suffix=re.compile(data["year_suffix"]["regex"]),
        year_in_subject=re.compile(data["year_in_subject"]["regex"]),
        year_inside=re.compile(data["year_inside"]["regex"]),
        year_inside_start=re.compile(data["year_inside"]["start"]),
        modifiers=tuple(modifiers),
        modifiers_before_target=frozenset(map(str, data.get("modifiers_before_target") or ())),
        words=words,
        period_ends=period_ends,
        period_spans={f"{period}{word}": int(before) for period, before in spans["periods"].items()
                      for word in spans["words"]},
        period_end_words={f"{period}{word}": int(before) for period, before in spans["periods"].items()
                          for word in spans["ends"]},
        periods={str(period): int(before) for period, before in spans["periods"].items()},
        period_through=tuple(map(str, spans["through"])),
        period_span_source=(lambda period, join: rf"^(?:在|于|自|从)?(?P<periods>{period}(?:(?:{join})?{period})+)"
                            rf"(?:{_alternation(map(str, spans['counted']))})?(?:{_alternation(spans['words'])})"
                            r"(?:内|里)?,?")(f"(?:{_alternation(spans['periods'])})",
                                            _alternation(map(str, [*spans["through"], *spans["and"]]))),
        dangling=tuple(map(str, data.get("dangling") or ())),
        markers=tuple(sorted(map(str, data["markers"]), key=len, reverse=True)),
        marker_patterns=tuple(re.compile(str(regex)) for regex in data.get("marker_patterns", ())),
        subject_trim={end: tuple(map(str, words)) for end, words in data.get("subject_trim", {}).items()},
        patterns=patterns,
        numeric=numeric,
        compound_source=expand(data["compound"]),
        subject_grammar_source="|".join(map(str, data["subject"]["grammar"])),
        subject_names_source="|".join(map(str, data["subject"]["names"])),
        subject_notes=tuple((re.compile(n["regex"]), n["note"]) for n in data.get("subject_notes") or ()),
        control_around_source=str(data["control_around_name"]),
        listed_value_source=expand(str(data["listed_value"])),
        per_population=re.compile(str(data["per_population"])),
        compound_time={str(word): (int(part["seconds"]), str(part["unit"])) for part in data["compound_time"]
                       for word in part["words"]},
        time_within=re.compile(str(data["time_within"])),
        change_particle_source=str(data["change_particle"]),
        numerals_per={str(k): str(v) for k, v in data["chinese_numerals"]["per"].items()},
        numerals_words={str(k): str(v) for k, v in data["chinese_numerals"]["words"].items()},
        fraction_unread_after=tuple(str(word) for word in data["chinese_numerals"].get("fraction_unread_after") or ()),
        rates_first=tuple((str(r["regex"]), str(r["to"])) for r in data.get("rates_first") or ()),
        unread=tuple((re.compile(u["regex"]), u["why"]) for u in data.get("unread") or ()),
        unread_first=tuple((re.compile(u["regex"]), u["why"]) for u in data.get("unread") or () if u.get("first")),
    )


def _digit_space(match: re.Match) -> str:
    left, right = match.group(1), match.group(2)
    thousands = "." not in left and len(right) == 3
    return left + ("" if thousands else "|")


_HAS_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")

#: a fraction in digits with a small denominator (降低1/3, 2/3以上): a share, as 三分之一 is; not a rate
#: per a power of ten (1/10万, 1/1000) nor a date or ratio written with more digits
_DIGIT_FRACTION = re.compile(r"(?<![\d./:：])(\d)/([2-9])(?![\d./%‰万千百亿])")


def _fraction_percent(match: re.Match) -> str:
    """``1/3`` → ``33.33…%``, as :func:`cn_numerals.rewrite` writes ``三分之一``."""
    return cn_numerals.percent(int(match.group(1)), int(match.group(2)))




#: a base year of two Chinese numerals, the first a zero (较○九年, 比零九年): 2001–2009, as Hong Kong and Macau write them
_ZERO_YEAR_BASE = re.compile(r"(?<=[较比])\s*[〇○零ＯO0]([一二三四五六七八九])\s*年")
#: any other year of two Chinese numerals (较一九年, 比二〇年): its century not written, so not read
_TWO_NUMERAL_YEAR = re.compile(r"(?<![〇○零ＯO一二三四五六七八九十百\d])[〇○零ＯO一二三四五六七八九]{2}(?=\s*年(?!代|级|龄))")
#: a year in digits with no century, as a base or opening the phrase (较109年, 120年達80%, 较19年): a year of 民國 (60–139)
#: or one written short, never guessed; not a span of years (10年間, 近10年来)
_SHORT_DIGIT_YEAR = re.compile(r"(?:^|(?<=[较比与于於自从到至]))\s*(\d{2,3})\s*年(?!代|级|龄|间|間|来|來|内|內|里|裡|以来|以來)")


def normalize(text: str) -> str:
    """A phrase in the grammar's own words: full-width forms to ASCII (NFKC), traditional characters
    to simplified, English words to Chinese, the grammar's character map, no spaces (but between
    two Latin letters), no thousands commas, Chinese numerals in digits (``百分之二十`` → ``20%``,
    ``二〇二五年`` → ``2025年``)."""
    g = grammar()
    # (arabic_years also reads 民國119年, the Republic's calendar as Taiwan writes years, as 2030: said with its era,
    # never a guess; so is 民國一○九年, its year in Chinese numerals)
    text = english.to_chinese(to_simplified(units.without_thousands(unicodedata.normalize(
        "NFKC", cn_numerals.arabic_years(text)))))
    # 較○九年 (Hong Kong's and Macau's 2009): a year of two numerals whose first is zero, as the base of a change, can
    # be no other year of a plan's; it was refused as the words 较, ○九年 (or 较, 零, its 九年 cut off)
    text = _ZERO_YEAR_BASE.sub(lambda match: f"200{cn_numerals.read(match.group(1)):.0f}年", text)
    text = units.per_people(text)  # 4.5人/千常住人口: per 千人口, as a unit written so reads
    for old, new in g.characters.items():
        text = text.replace(old, new)
    if "了" in text:  # 下降了30%: the change, as 下降30%
        text = _compiled(g.change_particle_source).sub("", text)
    text = _DIGIT_SPACE.sub(_digit_space, text)
    text = _SPACES.sub("", text)
    text = units.without_thousands(text).strip(",")
    text = cn_numerals.rewrite(text, g.numerals_per, g.numerals_words, g.fraction_unread_after)
    text = _DIGIT_FRACTION.sub(lambda match: match.group(0) if match.string[:match.start()].endswith(
        g.fraction_unread_after) else _fraction_percent(match), text)
    text = g.time_within.sub(r"\1以内", g.compound_time_run.sub(_time_in_one, text))
    if "每" in text:  # a rate written with its base first: 每10万活产10人以下
        for regex, replacement in g.rates_first:
            text = _compiled(regex).sub(replacement, text)
    return text


#: what may follow a target's amount to the end of its phrase (以内, 以下, 左右 …)
_TARGET_END = re.compile(r"(?:以内|之内|以下|以上|内|左右)*$")


def _time_in_one(run: re.Match) -> str:
    """A time written in parts largest first (``1分30秒``, ``2小时30分钟``) as one amount in its smallest part's unit
    (``90秒``, ``150分钟``): read part by part, the first part became the name and the last the amount. A run not largest
    first, each part the next size down and less than one of the part before, is left as written (3天30分钟: three
    days of 30 minutes, inside a name), and refused where it is the target's amount."""
    g = grammar()
    parts = [(float(number), *g.compound_time[word]) for number, word in g.compound_time_part.findall(run.group(0))]
    sizes = sorted({seconds for seconds, _ in g.compound_time.values()}, reverse=True)
    next_down = dict(zip(sizes, sizes[1:]))  # 天 → 小时 → 分钟 → 秒, in seconds
    for (_, earlier, _), (number, later, _) in zip(parts, parts[1:]):
        # each part the next size down, and less than one of the part before (1天12小时, not 3天30分钟 nor 1分90秒)
        if next_down.get(earlier) != later or number * later >= earlier:
            return run.group(0)
    _, smallest, unit = parts[-1]
    return f"{sum(number * seconds for number, seconds, _ in parts) / smallest:g}{unit}"


def parse_target(
    text: str,
    unit: str | None = None,
    direction: str | None = None,
    *,
    location: Location | None = None,
    name: str | None = None,
    rate: str | None = None,
) -> Rule:
    """Read a target phrase for an indicator measured in ``unit`` whose better ``direction`` is given; None where it
    is not known (a draft's first look at a sentence): read as neutral, except that words that need a better way
    (优于全省平均水平) are refused only where ``neutral`` is said.

    Where the indicator's ``name`` is given, a bare "per 1,000 births" is read by it (:func:`_births_by_name`): per
    total births of a stillbirth or perinatal rate, per live births of an infant, under-5 or maternal one, refused
    on a name of neither.

    Where the indicator's ``name`` (if given) is itself a growth (医疗费用增长幅度, in % or no unit), a phrase that
    opens with a growth word (增长幅度控制在10%以内) repeats the name: the rest caps the indicator's level (≤ 10%),
    as 增长率控制在10%以内 reads, not a change of the growth from its base year (12.1 × 1.1).

    An English phrase refused for words before its target names only those of them without which it reads, where
    there are such ("decrease from over 29 to less than 15 per cent": over, not decrease and from, which read).

    ``rate``: the rate the indicator's bare count ``unit`` stands for, as its name counts per so many people
    (:func:`units.rate_unit`: 张 of 每千人口床位数 is 张/千人); a phrase written in that rate (达到6张/千人, at least 2.5
    beds per 1,000 population) is read in it, its value the count's own, where in the bare count it is refused."""
    births = _births_by_name(text, unit, name, location) if name and "birth" in text.lower() else None
    if births:
        rule = parse_target(births, unit, direction, location=location)
        return replace(rule, text=text, notes=(*rule.notes, f"per N births: total births, as {name} is counted"))
    own = _own_growth_word(text, name, unit)
    if own:
        rule = parse_target(normalize(text)[len(own):], unit, direction, location=location)
        return replace(rule, text=text, subject=own, notes=(*rule.notes, f"{own}: {OWN_GROWTH}"))
    try:
        return _parse_target(text, unit, direction, location=location)
    except GrammarError as error:
        in_rate = _in_rate(text, unit, rate, direction, location) if rate and isinstance(error, PhraseUnitError) \
            else None
        if in_rate is not None:
            return in_rate
        placed = _UNPLACED.match(error.message)
        if placed is None or not english.has_english(text):
            raise
        named = placed.group("words").split(", ")
        read = {word: _reads_without(text, word, unit, direction) for word in named} if len(named) > 1 else {}
        best = max(read.values(), default=0)
        culprits = [word for word in named if best and read[word] == best]
        if not culprits or len(culprits) == len(named):
            raise
        rest = "the phrase's other words are read" if best == 2 else \
            "the phrase's other words are read, but its unit does not convert to the indicator's"
        raise GrammarError(f"cannot place the words {', '.join(culprits)} before the target in {text!r} ({rest})",
                           text, location, hint=error.hint) from None


def _in_rate(text: str, unit: str, rate: str, direction: str | None, location: Location | None) -> Rule | None:
    """``text`` read in ``rate``, the rate the bare count ``unit`` stands for (张/千人 of 张 under 每千人口床位数):
    6张/千人 is 6 in the indicator's own frame, as a bare 6张 is; None where it does not read in the rate either
    (人/千人 of beds; a total in 万张 is read, or refused, in the count itself)."""
    try:
        rule = _parse_target(text, rate, direction, location=location)
    except CheckerError:
        return None
    return replace(rule, unit=units.canonical(unit), notes=(*rule.notes, f"in the rate the name counts per: "
                                                                          f"{units.suffix(rate).strip()}"))


def _own_growth_word(text: str, name: str | None, unit: str | None) -> str | None:
    """The growth word (增长幅度, 增幅, 增速 …) a phrase opens with where the indicator's name, its bracketed note
    (（%）) set aside, ends in one and is measured in % or no unit given: the word names the indicator itself."""
    if not name or unit not in (None, "%"):
        return None
    words = sorted(grammar().words["growth_names"], key=len, reverse=True)
    bare = re.sub(r"\s*[（(][^（()）]*[)）]\s*$", "", name.strip())
    if not bare.endswith(tuple(words)):
        return None
    phrase = normalize(text)
    return next((word for word in words if phrase.startswith(word) and len(phrase) > len(word)
                 and not phrase[len(word)].isdigit()), None)


#: births not said to be live ("10 per 1,000 births"): read as live births unless the name is a rate per total births
_BARE_BIRTHS = re.compile(r"\b(?:per|every)\s+[\d,]+\s+births?\b", re.I)
#: a rate per births, bare or said which (live, total): the name decides or checks it (compiled when first asked)
_BIRTHS = r"\b(?:per|every)\s+[\d,]+\s+(?:(?P<which>live|total)\s+)?births?\b"


def _births_by_name(text: str, unit: str | None, name: str, location: Location | None) -> str | None:
    """The phrase to read for a rate per births on the indicator ``name``: a bare "per N births" of a stillbirth or
    perinatal rate as per N total births (returned); of an infant, under-5 or maternal rate as live births, as the
    English rules read it (None: the phrase as it stands). Refused: a bare one on a name of neither (which births is
    not said), and one per the other births than the name's where the indicator's ``unit`` (‰, 1/10万) leaves them to
    the name — total births are never read as live births, nor the reverse."""
    words = grammar().words
    lowered = name.lower()
    total = any(word in lowered for word in words["total_birth_rates"])
    live = not total and any(word in lowered for word in words["live_birth_rates"])
    said = [(match.group("which") or "").lower() for match in re.finditer(_BIRTHS, text, re.I)]
    if "" in said and not (total or live):
        raise GrammarError(
            f"{text!r} on {name!r}: 'per N births' may count live births (an infant, under-5 or maternal rate) or "
            "total births, live and still (a stillbirth or perinatal rate), and the name says neither", text, location,
            hint="write 'per N live births' or 'per N total births', or give the meaning as a structured `rule:`")
    other = "live" if total else "total"
    try:
        leaves_births = bool(unit) and not units.read(unit).noun
    except CheckerError:
        leaves_births = False
    if other in said and leaves_births:
        own = "total births (live and still)" if total else "live births"
        raise GrammarError(
            f"{text!r} on {name!r}: the phrase counts per {other} births, and the indicator is counted per {own}, "
            f"which its unit {unit} leaves to the name: another measure", text, location,
            hint="give the target per the indicator's own births, or the indicator's unit with its births "
                 "(1/千活产, 1/千围产儿)")
    return _BARE_BIRTHS.sub(lambda match: match.group(0)[:-len(match.group(0).split()[-1])] + "total births", text) \
        if total and "" in said else None


#: a refusal for words before the target, and the words it names
_UNPLACED = re.compile(r"cannot place the words (?P<words>.+?) before the target in ")


def _reads_without(text: str, words: str, unit: str | None, direction: str | None) -> int:
    """How well ``text`` reads once ``words`` (whole words, the first time they stand in it) are taken out: 2 it
    reads, 1 only its unit is refused (it does not convert to the indicator's), 0 otherwise."""
    shorter = re.sub(rf"(?<![\w-]){re.escape(words)}(?![\w-])", " ", text, count=1, flags=re.I)
    if shorter == text:
        return 0
    try:
        _parse_target(" ".join(shorter.split()), unit, direction, location=None)
    except PhraseUnitError:
        return 1
    except CheckerError:
        return 0
    return 2


def _parse_target(text: str, unit: str | None, direction: str | None, *, location: Location | None) -> Rule:
    """:func:`parse_target`, its refusals as the grammar first makes them."""
    if direction is not None and direction not in DIRECTIONS:
        raise CheckerError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}", location)
    indicator_unit = units.canonical(unit, location) if unit else None
    if not isinstance(text, str):
        raise GrammarError(f"a target phrase must be text, not {type(text).__name__}", str(text), location)
    if len(text) > MAX_PHRASE_LENGTH:
        raise GrammarError(
            f"target phrase {text[:20]!r}… is {len(text)} characters long; at most {MAX_PHRASE_LENGTH} are read",
            text[:80] + "…",
            location,
            hint="put the target itself in `text` and the rest of the sentence in `source.quote`",
        )
    split = re.search(numbers.SPLIT_NUMBER, text)  # normalising drops 。, which would make 25。4% read as 254%
    apart = None if split else (re.search(numbers.SPLIT_NUMBER, re.sub(r"[（(][^（()）]{0,30}[)）]", "", text))
                                or re.search(r"\d\s*[（(][^（()）]{0,30}[)）]\s*[-+]?\d", text))
    if apart:  # 35（2028年）；40, 6.5（2028年） 7: the bracket taken off as a note, they would be read as 3540 and 6.57
        raise GrammarError(
            f"cannot read {text!r}: two values stand apart with a note in brackets between them; which one is the "
            "target is not for a guess", text, location,
            hint="keep the target's one value in the phrase, and give the other under its own year if it is that "
                 "year's target")
    if split:
        raise GrammarError(
            f"cannot read the number in {text!r}: a {split.group(1).strip()} stands between two digits", text,
            location,
            hint="write the decimal point as . (25.4%), or give the meaning as a structured `rule:` next to `text`")
    g = grammar()
    notes: list[str] = []
    rest, mark = numbers.footnote_mark(text)  # "80%①": a footnote's mark, which NFKC would make the digit 1
    if mark:
        notes.append(f"{mark} (annotated)")
    if re.search(numbers.DIGIT_MARK, rest):  # "≥4¹.5": NFKC would read the mark as a digit of the number
        raise GrammarError(
            f"cannot read the number in {text!r}: a footnote mark stands inside the phrase", text, location,
            hint="move the mark to the end of the phrase, or give the meaning as a structured `rule:` next to `text`")
    phrase = normalize(rest)
    # normalize joined every time written in parts largest first; one left is not, where it is the amount (30秒1分以内)
    unordered = g.compound_time_run.search(phrase)
    if unordered and _TARGET_END.match(phrase, unordered.end()):
        raise GrammarError(
            f"cannot read the time {unordered.group(0)!r} in {text!r}: its parts are not one time written largest "
            "first, each the next unit down and less than one of the part before (1天12小时, 2小时30分钟, 1分30秒), so "
            "which amount is meant is not clear", text, location,
            hint="write the time as one amount (90秒), or its parts largest first (1分30秒)")
    for regex, note in g.annotations:
        for match in regex.finditer(phrase):
            if note:
                notes.append(match.expand(note))
        phrase = regex.sub("", phrase)
    if indicator_unit and ("万" in phrase or "亿" in phrase):
        phrase = _counted_in(phrase, indicator_unit)
    if g.cumulative.match(phrase):
        # 〔1〕 for 人均预期寿命 is a rise of 1 year over the plan's years; read as a level it would pass any value
        raise GrammarError(
            f"{text!r} is a change over the plan's years (a 年均/累计 column's bracketed total), not a level to reach",
            text, location,
            hint="write the change (比2020年提高1岁, 累计下降13.5%); where the indicator is itself the change "
                 "(单位GDP能源消耗降低), write the bound (≥13.5); or give a structured `rule:` next to `text`")
    # a cheap look for a joining word or comma first: most cells have none, and the regex is not compiled
    joined = any(word in phrase for word in ("并", "且", "同时", ","))
    pieces = [piece.strip(",") for piece in g.compound.split(phrase)] if joined else [phrase]
    while len(pieces) > 1 and (year := g.year_prefix.match(pieces[0])) and year.end() == len(pieces[0]):
        pieces[:2] = [pieces[0] + "," + pieces[1]]  # "到2030年，比2015年降低20%" is one target
    if len(pieces) > 1:
        try:
            parts = tuple(_read(piece, piece, [], indicator_unit, direction, location) for piece in pieces)
        except GrammarError as error:
            # "全市人均期望寿命，比2020年提高1岁" is one target whose subject a comma ends: read it whole
            try:
                rule = _read(text, phrase, notes, indicator_unit, direction, location)
            except GrammarError:
                raise GrammarError(_part_message(error.message, text), text, location, hint=error.hint) from None
        else:
            _one_subject(text, parts, location)
            rule = _compound(text, parts, indicator_unit, direction or "neutral", notes)
    else:
        rule = _read(text, phrase, notes, indicator_unit, direction, location)
    if rule.kind != "unspecified":
        unplaced = unplaced_numbers(phrase, rule)
        if unplaced:
            raise GrammarError(
                f"cannot place the number(s) {', '.join(unplaced)} of the target phrase {text!r}",
                text,
                location,
                hint="every number of a target must be its value, bound, base year or year; give the meaning "
                "as a structured `rule:` next to `text`, or put the rest of the sentence in `source.quote`",
            )
    if rule.kind == "vs_baseline" and rule.change == "percent" and rule.unit == "%" \
            and (rule.subject or "").upper().endswith(g.words["growing_amounts"]):
        # 国内生产总值增长6.5%左右 for an indicator in %: its data are growth rates, and 6.5% is one — not the base
        # year's rate × 1.065
        raise GrammarError(
            f"cannot read the target phrase {text!r}: {rule.subject} is an amount, so an indicator of it in % holds "
            f"its growth rates, and the phrase sets a growth rate of {abs(rule.value):g}%, not a change of the base "
            "year's rate", text, location,
            hint="write the rate itself (6.5%左右), measure the indicator in its amount (亿元) to keep the change, or "
                 "give the meaning as a structured `rule:` next to `text`")
    return rule


def _read(text: str, phrase: str, notes: list[str], indicator_unit: str | None, direction: str | None,
          location: Location | None) -> Rule:
    """One target (a whole phrase, or one part of a compound one) → its rule."""
    g = grammar()
    whole = phrase  # before a year or a modifier is taken off it
    year = None
    year_match = g.year_prefix.match(phrase)
    if year_match and year_match.end() < len(phrase) and _parse_core(phrase) is None:
        year = int(year_match.group(1))
        phrase = phrase[year_match.end():].lstrip(",")
    modifiers, phrase = _take_modifiers(phrase)
    if bracketed := _bracketed_modifier(phrase):  # "≤25%（力争）"
        modifiers += tuple(name for name in bracketed if name not in modifiers)
        phrase = phrase[:phrase.rindex("（" if phrase.endswith("）") else "(")]
    year_match = g.year_prefix.match(phrase) if year is None else None  # "力争2024年底前实现…"
    if year_match and year_match.end() < len(phrase) and _parse_core(phrase) is None:
        year = int(year_match.group(1))
        phrase = phrase[year_match.end():].lstrip(",")
    inside = g.year_inside.search(phrase) if year is None else None  # "从2015年的5.28‰降到2030年的5‰"
    if inside and not g.year_inside_start.search(phrase[:inside.start()]):
        # a form left unread whatever its year says why first (达到2020年的2倍: N倍, not where the year goes)
        _refuse_unread(text, phrase, g.unread, location)
        raise GrammarError(
            f"cannot read the target phrase {text!r}: a year after 到 with no starting value before it may be the "
            f"year the value is for, or the base a share is taken of (降低到2015年的80%)", text, location,
            hint="write the year first (到2030年降低到80%), or give the meaning as a structured `rule:` next to `text`")
    if inside:
        year = int(inside.group(1))
        phrase = phrase[:inside.start()] + phrase[inside.end():]

    # A blank cell is unspecified; "力争" with nothing after it is no target at all.
    # "医护比达到1:1.2", "2025年、2030年分别达到80%、90%", "降至不低于12‰": a known form, refused with its reason
    _refuse_unread(text, whole, g.unread_first, location)
    if _EACH_PLACE.match(whole) and _MEASURED_AMOUNT.search(whole) and not _PER_SO_MANY.search(whole):
        # "各县区建设200公里健身步道": the amount anywhere (it once made full coverage, or a yes/no, of each county)
        _refuse_each_place(text, whole, location)
    parts = _parse_core(phrase) if phrase or not modifiers else None
    subject = None
    # Body text: the target begins at a marker, after its subject. `achieved` is the reading of last
    # resort, so "实现道路交通万车死亡率下降30%" reads as the change it names (see grammar.yaml, step 6).
    if parts is None or (parts["kind"] == "achieved" and parts.get("obj")):
        # (a verb that opens a name, 建成区黑臭水体…: the name is the subject of a target after it, if any)
        named = parts is not None and phrase.startswith(g.words["verb_names"])
        found = _read_body(phrase) if parts is None or named else _read_body(_trim_object(parts["obj"]), whole=True)
        if found is not None and (parts is None or named or not _deliverable(found[0]) and not (
                found[0].get("rank") and _STANDARD_AT_END.search(phrase))):  # 达到省级先进标准: a standard met
            parts, subject_text = found
            written_around = subject_text
            subject_text = _control_around(parts, subject_text, notes)
            around = subject_text != written_around  # 控制…在: the words between are the name, whole
            more, subject_text = _take_modifiers(subject_text, from_end=True)
            modifiers += more
            subject_text = _trim_subject(subject_text)
            subject_text, period_year = _period_words(parts, subject_text, text, location)
            year = year if year is not None else period_year
            about = re.search(r"(?:大约|约)$", subject_text)
            if about and (parts.get("pre") or parts.get("suf") or parts.get("suf2")):
                # "约在4‰以下", "约≥30%": about and a bound at once, as "≥30%左右" (约 was dropped with the subject)
                parts["approx"] = about.group(0)
                _check_one_way(text, parts, location)
            elif about and parts["kind"] in ("vs_baseline", "annual_rate") and not parts.get("pre"):
                parts["approx"] = about.group(0)  # "约提高1岁": about 1 year more, as "提高约1岁"
                subject_text = subject_text[: about.start()]
            # a starting value before a level ("从目前29.3降至25左右"); before a change it would be the base
            for regex, note in g.subject_notes if parts["kind"] not in ("vs_baseline", "annual_rate") else ():
                start = regex.search(subject_text)
                if start:
                    # a starting value ("从7.4‰", "从2015年的1.6左右", "从目前29.3"), not a verb
                    value = _NOW.sub("", start.group(0)[1:].removesuffix("左右"))
                    if _HAS_WORD.search(value):
                        _check_subject(text, value, location)
                    notes.append(start.expand(note))
                    parts["start"] = start.group(1)  # where the target starts: its year, the base of its progress
                    subject_text = subject_text[: start.start()]
            year_end = g.year_suffix.search(subject_text) if year is None else None
            if year_end:
                year = int(year_end.group(1))
                subject_text = subject_text[: year_end.start()]
            # a year inside the subject ("要在2025年前令全港吸烟率"): the phrase's year; the subject keeps it, as written
            checked = subject_text
            deadline = g.year_in_subject.search(subject_text) if year is None else None
            if deadline and not g.year_in_subject.search(subject_text, deadline.end()):
                year = int(deadline.group(1) or deadline.group(2))
                checked = subject_text[: deadline.start()] + subject_text[deadline.end():]
            # (an English name shown as written, with its spaces: "smoking prevalence")
            subject = english.source_name(text, subject_text) if subject_text else None
            if checked:
                _refuse_listed_values(text, checked, parts.get("at"), location)
                _check_subject(text, _growth_cut(checked) if around else checked, location)
                share = _SHARE_LEFT.search(checked)
                if share:  # "17 to 25 percent at one year" read as ≥ 1 岁, named 17至25%
                    raise GrammarError(
                        f"cannot place the words {', '.join(english.source_words(text, [share.group(0)]))} before "
                        f"the target in {text!r}: a share before the target is the target, what follows it says of "
                        "whom", text, location, hint="write the share as the target, or give the meaning as a "
                                                     "structured `rule:` next to `text`")
    named = _compiled(_NAMED_AFTER).match(phrase) if parts is None and "的" in phrase else None
    level = _level_alone(named.group("level")) if named else None
    if level is not None:
        # "保持95%左右的参保水平": the measure named after its level, which reads alone (保持95%左右); refused, it named
        # no word at all
        parts, subject = level, named.group("name")
        _check_subject(text, subject, location)
    if parts is not None and parts["kind"] == "achieved" and any(
            _LEVEL_IN_WORDS.search(_DEADLINE_AT_END.sub("", words)) for words in (parts.get("obj") or "", subject or "")):
        # "Achieve and maintain a cure rate of >85% in …": a yes/no would ignore the share (1% would pass)
        raise GrammarError(f"cannot read the target phrase {text!r}: it names a level to reach (a share, a rate, an "
                           "age), which a yes/no deliverable would ignore", text, location,
                           hint="write the level as the target (≥85%, ≤29‰), or give the meaning as a structured "
                                "`rule:` next to `text`")
    if parts is None:
        _refuse_unread(text, phrase, g.unread, location)
        _refuse_unknown_unit(text, phrase, location)
        left = english.leftover_words(english.to_chinese(unicodedata.normalize("NFKC", text)))
        raise GrammarError(
            f"cannot read the target phrase {text!r}"
            + (f" (English words not read: {', '.join(left)})" if left else ""),
            text,
            location,
            hint="see `checker explain --help` for the forms checker reads, add a word to "
            "rules/grammar.yaml, or give the meaning as a structured `rule:` next to `text`",
        )
    places = re.search(r"(?:前移|后移|前进)\s*\d+\s*[位名]|(?:上升|提升|提高|下降)\s*\d+\s*位", text)
    if places:
        # "排名前移5位" was a rank ≤ 5 (位 as persons): a rank's move by places (全国前10位 is a level reference_values
        # may declare, read as before)
        raise GrammarError(f"cannot read the target phrase {text!r}: {places.group(0)} counts a rank's places, which the "
                           "words do not read (a rank that moves forward gets a smaller number)", text, location,
                           hint="give the meaning as a structured `rule:` (a rank of 10 or better: op <=, value 10)")
    if subject and re.search(r"(?:排名|排位|位次|名次)(?:进一步|继续|不断|持续|明显|显著|稳步|逐步)*$", subject) \
            and parts["kind"] in ("vs_baseline", "annual_rate", "trend"):
        # "绩效考核排名较2020年提升10位": a rank that rises gets a smaller number (120 → 110), 位 are places, no persons
        raise GrammarError(f"cannot read the target phrase {text!r}: a rank ({subject}) that rises gets a smaller "
                           "number, so its change is not read by the words", text, location,
                           hint="give the meaning as a structured `rule:` (a rank of 110 or better: op <=, value 110)")
    if parts.get("doubled"):
        notes.append("左右 written twice in the plan")
    if subject and _EACH_PLACE.match(subject) and not _PER_SO_MANY.search(subject) and parts["kind"] in _AMOUNT_KINDS:
        amount_unit = parts.get("unit") or indicator_unit
        if amount_unit and "/" not in amount_unit and units.is_known(amount_unit) and units.is_amount(amount_unit) \
                and not units.compatible(amount_unit, "天"):  # a time each takes (反应时间12分钟) adds up to nothing
            _refuse_each_place(text, subject, location)
    return _finish(text, parts, indicator_unit, direction, year, subject, modifiers, notes, location)


#: the note of 无 for a count to be lowered: read as no target set, the other meaning said
NONE_OF_A_COUNT = ("无 read as no target set; if the plan means none of it happens, write 0 (at most 0) or give "
                   "`rule: {kind: upper_bound, op: '<=', value: 0}`")


#: the note of a bare amount read as a ceiling for 控制 before its name and 在 after it (控制婴儿死亡率在5‰): the words
#: after the name alone (在5‰) would read as a level, so extract drafts them from 控制
CONTROL_AROUND_NOTE = "控制…在: a ceiling, as 控制在 reads (the verb written around the name)"


def _control_around(parts: dict, subject_text: str, notes: list[str]) -> str:
    """The name of a target whose verb 控制在 is written around it (``控制5岁以下儿童死亡率在6‰``: at most 6‰, as
    ``…控制在6‰`` reads), the verb put into ``parts`` and the reading noted; else ``subject_text`` as it was. Only a
    plain amount after 在 (not one with a verb of its own, 控制X在达到…, nor a comparator before it)."""
    around = grammar().control_around.match(subject_text) if "控制" in subject_text else None
    if not around or parts.get("kind") != "number" or parts.get("verb") or parts.get("pre"):
        return subject_text
    parts["verb"] = "控制在"
    if not (parts.get("suf") or parts.get("suf2") or parts.get("around")):  # (在5‰以下 reads the same alone)
        notes.append(CONTROL_AROUND_NOTE)
    return around.group("name")


def _growth_cut(name: str) -> str:
    """A name written inside 控制…在 without the growth word it ends in (公立医院医疗费用 of 公立医院医疗费用增长幅度): the
    name is the growth itself, whose level the amount caps; its 增长幅度 is no change word there, so it is not refused."""
    words = sorted(grammar().words["growth_names"], key=len, reverse=True)
    grown = next((word for word in words if name.endswith(word) and len(name) > len(word) + 1), None)
    return name[:-len(grown)] if grown else name


def _period_words(parts: dict, subject_text: str, text: str = "", location=None) -> tuple[str, int | None]:
    """A plan period opening the words before a target: no name, but when the target is for, and what a change counts
    from → (the subject without it, the year it names). ``“十四五”期间累计下降10%``, ``“十四五”以来…``, ``…规划期内…``:
    a change over the period, from the year before it (2020); ``到“十四五”末达到35%``: the period's last year (2025);
    ``“十四五”末累计下降10%``, ``到“十四五”末提高1岁``: both, a change to the period's end being one over the period (a
    note says so, and lint where that base is not the plan's). Read as names, all of them silently measured a change
    from the plan's own base year, and hid the year from the check of the year a target is filed under. A span of
    periods (``“十二五”至“十四五”期间``, ``“十三五”“十四五”两个五年规划期间``) counts from the year before its first; one that
    runs backward or leaves a period out of a list is refused."""
    g = grammar()
    change = parts["kind"] in ("vs_baseline", "annual_rate") and not parts.get("base") and not parts.get("base2")
    pair = g.period_pair.match(subject_text) if change else None
    if pair:
        parts["span"] = pair.group(0).rstrip(",")
        parts["span_base"], parts["span_end"] = _span_years(pair.group("periods"), text, location)
        return subject_text[pair.end():], None
    span = g.period_span.match(subject_text) if change else None
    if span:
        parts["span"], parts["span_base"] = span.group("span"), g.period_spans[span.group("span")]
        return subject_text[span.end():], None
    end = g.period_end.match(subject_text)
    if not end:
        return subject_text, None
    before = g.period_end_words[end.group("end")]
    if change:  # "“十四五”末累计下降10%", "到“十四五”末人均预期寿命提高1岁": over the period, to its end
        parts["span"], parts["span_base"] = end.group("end"), before
    return subject_text[end.end():], before + 5


def _span_years(words: str, text: str, location) -> tuple[int, int]:
    """The year a change over the periods ``words`` (十二五至十四五, 十三五十四五) counts from, the year before the first,
    and the span's last year, the last's end. Refused where they run backward (十四五至十二五), or are listed with one left out (十二五和十四五: not one span)."""
    g = grammar()
    periods = re.findall(_alternation(g.periods), words)
    befores = [g.periods[period] for period in periods]
    through = any(word in words for word in g.period_through)
    if any(later <= earlier for earlier, later in zip(befores, befores[1:])) or (
            not through and any(later != earlier + 5 for earlier, later in zip(befores, befores[1:]))):
        raise GrammarError(f"cannot read the target phrase {text!r}: the plan periods {'、'.join(periods)} are not one "
                           "span in order, so the year the change counts from is not for a guess", text, location,
                           hint="give the base year of the change (比2010年下降30%), or the meaning as a structured "
                                "`rule:` next to `text`")
    return befores[0], befores[-1] + 5


def _refuse_each_place(text: str, words: str, location) -> None:
    """Refuse a phrase that sets an amount for each place (各县…200公里): the region's total is no value of it."""
    raise GrammarError(
        f"cannot read the target phrase {text!r}: {words} sets an amount for each place, not for the region as a "
        "whole, and the region's total is no value of it", text, location,
        hint="give the region's total as the target (5 counties × 200公里 = 1000公里), or the meaning as a structured "
             "`rule:` next to `text`")


#: an amount of a measure that adds up over places (200公里, 50万元), not a time each takes or a grade (15分钟, 5A级)
_MEASURED_AMOUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*[万亿千百]?(?:公里|千米|平方米|公顷|亩|吨|元)")
#: a subject that speaks of each place or unit ("各县(区)完成健身步道", "每个县区建成全民健身中心"): an amount after it is
#: each one's, not the region's total (a share or a rate per so many people is each one's as well as the whole's)
_EACH_PLACE = re.compile(r"^(?:各|每个|每一个|所有)\s*(?:县|区|市|乡|镇|村|街道|社区|地(?:区)?|学校|医院|机构|单位)")
#: a measure per so many people or units (人均, 生均, 每床, 单位GDP), an average or a share in the subject: each place's as
#: well as the whole region's
_PER_SO_MANY = re.compile(r"每[十百千万床名]|[人生户亩床平]均|单位|万元GDP|率|比例|比重|占比")
#: a level, then 的 and the measure it is of ("保持95%左右的参保水平", "达到90%以上的覆盖率"): a name that ends in a rate or a
#: level, never a share of places or people (70%以上的县, 80%的居民: refused by `unread`, naming the words)
_NAMED_AFTER = r"^(?P<level>.*\d[^\d的,]{0,6})的(?P<name>[^\d,的]{1,12}(?:率|水平|水准))$"  # (compiled when a phrase gets there)


def _level_alone(words: str) -> dict | None:
    """The reading of ``words`` that are a level with nothing before it but a verb of keeping (95%左右, 保持95%左右,
    维持在90%以上: ``words.keep_level``); None otherwise."""
    parts = _parse_core(words)
    if parts is None:
        found = _read_body(words)
        parts = found[0] if found and (not found[1] or _in("keep_level", found[1])) else None
    return parts if parts is not None and parts["kind"] in _AMOUNT_KINDS else None


#: kinds that read an amount as the level to reach
_AMOUNT_KINDS = ("reach", "lower_bound", "upper_bound", "around", "number", "range")
#: the words of a range to keep within, which stays two-sided for a measure better higher (控制在6.5～7.5张之间 caps
#: beds); of one better lower a range is a ceiling anyway, and 保持在 or 稳定在 a range of life expectancy is exceeded by more
_KEPT_WITHIN = re.compile(r"控制|之间|以内|之内|(?i:within)")


#: an amount in a share's unit ending the subject, right before the target, or in an English one ("95% of children
#: under 5" read as < 5% named 95%children): the share is what the plan sets
_SHARE_LEFT = re.compile(r"(?<![\d.])\d[\d.]*\s*(?:%|％|‰)\s*(?:$|(?=[A-Za-z]))")
#: "now" or a year before a starting value ("从目前29.3降至25", "从2015年的5.28‰"), or how often it is paid (从现行每年
#: 12万元): the value the plan starts from, not a status it reports
_NOW = re.compile(r"^(?:目前|现在|现有|现行|当前|(?:19|20)\d\d年(?:的)?)?(?:的)?(?:每(?:人|户)?(?:年|月|人|户))?")
#: a share, rate or age in a deliverable's words ("achieve a cure rate of 85%", "IMR of 29/1000 live births to be
#: achieved"): the target is that level, not a yes/no
_LEVEL_IN_WORDS = re.compile(r"\d\s*(?:%|‰|percent|per\s*cent|/\s*\d|per\s*\d|years?\b|岁)"
                             # "4.5 medical doctors … achieved for every 10,000 people": a rate per so many people
                             r"|\bevery\s*\d|forevery\d"
                             # "achieve an MMR of 30": a rate's name, then its level; "实现每千人5.5张病床": so many a head
                             r"|(?:[A-Za-z]|率|数)\s*(?:of\s*)?\d+(?:\.\d+)?$|每(?:千|万|十万|10万)[^\d,]{0,6}\d"
                             # "achieve 35 hospital beds", "19 doctors per 10,000 people": a count of things (not 5G)
                             r"|^\d[\d.,]*\s*[a-z]{3,}", re.I)


#: a deadline that ends a deliverable's words ("… MMR of 30 before 2030"): no level
_DEADLINE_AT_END = re.compile(r"(?:before|by|in|until|之前|以前|前)?(?:19|20)\d\d年?(?:年?[底末])?(?:之前|以前|前)?$", re.I)


def _part_message(message: str, text: str) -> str:
    """The refusal of a part of ``text``, in the user's words: an English phrase's part is read in Chinese word
    order, its spaces gone ('到2025年,ReductionTFR2.1national'), which no user wrote — then the message quotes the
    whole phrase and the words not read."""
    # (quoted as Python's repr quotes it: in double quotes where the phrase holds an apostrophe, "strategy's …")
    quoted = re.match(r"cannot read the target phrase (?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")", message)
    placed = re.match(r"cannot place the words (.*) before the target in (?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")$",
                      message)
    if quoted:
        quoted = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
    if placed:
        placed = (placed.group(1), placed.group(2) if placed.group(2) is not None else placed.group(3))
    if placed and placed[1] not in text:  # '>提高percentagehealthyweightadultsfrom35|38%': the user's own words
        words = english.source_words(text, placed[0].split(", "))
        return f"cannot place the words {', '.join(words)} before the target in a part of {text!r}"
    if quoted is None or quoted in text:
        return f"{message}, a part of {text!r}"
    left = re.search(r"\(English words not read: ([^)]*)\)", message)
    words = english.source_words(text, left.group(1).split(", ")) if left else []  # "cure rate", not "curerate"
    return f"cannot read a part of the target phrase {text!r}" + (
        f" (English words not read: {', '.join(words)})" if words else "")


def _refuse_unread(text: str, phrase: str, unread: tuple[tuple[re.Pattern, str], ...],
                   location: Location | None) -> None:
    """Refuse a phrase of a form left unread on purpose (``unread:`` in rules/grammar.yaml), saying why: a why may name
    what a named group of its pattern matched (``{left}:{right}`` of a ratio), so that it speaks of the phrase's words."""
    found = next(((regex.search(phrase), why) for regex, why in unread if regex.search(phrase)), None)
    why = None
    if found is not None:
        match, why = found
        for group, words in match.groupdict().items():
            why = why.replace("{" + group + "}", words or "")
    if why:
        raise GrammarError(
            f"cannot read the target phrase {text!r}: {why}", text, location,
            hint="give the meaning as a structured `rule:` next to `text` (docs/plan-format.md)")


def _one_subject(text: str, parts: tuple[Rule, ...], location: Location | None) -> None:
    """Refuse parts that name another indicator than the first (高血压控制率达到80%，并将糖尿病死亡率降低10%): read as
    one target that must meet both, a control rate of 85% failed on the other indicator's fall."""
    def named(rule: Rule) -> str | None:
        return re.sub(r"^(?:并|同时|还|也)?(?:将|把|使|让)", "", rule.subject) if rule.subject else None

    first = named(parts[0])  # (a first part that names none may be of the indicator the later one names)
    other = next((named(part) for part in parts[1:] if first and named(part) and named(part) != first), None)
    if other:
        raise GrammarError(
            f"cannot read the target phrase {text!r} as one target: a later part names {other!r}, not {first!r}, "
            "another indicator", text, location,
            hint="give each indicator its own target (a plan entry each), or a structured `rule:` next to `text`")


def _compound(text: str, parts: tuple[Rule, ...], unit: str | None, direction: str, notes: list[str]) -> Rule:
    """A target of parts that must all hold (``达到85%，并保持持续上升``): kind ``all_of``. Its modifiers
    are those every part has; its year the first part's that names one; its subject the first part's when
    no other part names one (``居民健康素养水平不低于全省平均水平且达到28%以上`` is about that level)."""
    common = tuple(m for m in parts[0].modifiers if all(m in part.modifiers for part in parts))
    year = next((part.year for part in parts if part.year is not None), None)
    subject = parts[0].subject if all(part.subject is None for part in parts[1:]) else None
    return Rule(text=text, kind="all_of", unit=unit, year=year, direction=direction, modifiers=common,
                notes=tuple(notes), parts=parts, subject=subject)


#: a magnitude ending an amount, with no unit after it (城镇人口控制在272万以内)
_BARE_MAGNITUDE = re.compile(r"(?<=\d)(万亿|亿|万)(?=以[内下上]|左右|上下|$|[,;、)])")


def _counted_in(phrase: str, indicator_unit: str) -> str:
    """``phrase`` with a bare magnitude (272万) given the counting word or amount of an indicator measured in one
    (万人 → 272万人), so that it converts as any amount does; a share or rate takes none (万 of what?)."""
    if not units.is_amount(indicator_unit):
        return phrase
    unit = units.read(indicator_unit)
    if unit.denominator is not None or unit.numerator is None:
        return phrase
    return _BARE_MAGNITUDE.sub(lambda match: match.group(1) + unit.numerator, phrase)


def _refuse_listed_values(text: str, subject: str, target: str | None, location: Location | None) -> None:
    """Refuse a list of two indicators' targets with no verb, a value and its unit inside the words before the target
    (``每千人口拥有执业医师数3.7人、注册护士数5.1人``): read as one, the last value was the target and the first was taken
    into the name, so 4.0 physicians per 1,000 failed against the nurses' 5.1. Name forms that hold a number (5岁以下,
    65岁以上老年人) are cut before looking, as :func:`_check_subject` cuts them."""
    g = grammar()
    listed = [match.group("value") for match in g.listed_value.finditer(g.subject_names.sub("", subject))]
    if listed:
        values = ", ".join([*listed, *([target] if target else [])])
        raise GrammarError(
            f"cannot read the target phrase {text!r} as one target: it lists values of more than one indicator "
            f"({values}), each after its own name", text, location,
            hint="give each indicator its own target (a plan entry each, with its own value), or a structured `rule:` "
                 "next to `text`")


def _check_subject(text: str, subject: str, location: Location | None) -> None:
    """A body-text subject names the indicator; a word of the grammar in it means the words before
    the target were not understood ("在2020年基础上提高0.5岁"), so the phrase is refused, naming them."""
    g = grammar()
    stripped = g.subject_names.sub("", subject)
    found = english.source_words(text, [match.group(0) for match in g.subject_grammar.finditer(stripped)])
    roc = cn_numerals.CHINESE_ROC_YEAR.search(text)
    year = cn_numerals.roc_year(roc.group(0)) if roc else None
    if found and year is not None:  # 較一○九年下降三成: a year of 民國 in Chinese numerals, no year of ours
        raise GrammarError(
            f"{roc.group(0)}年 in {text!r} reads as a year of 民國 (Taiwan's calendar) written in Chinese numerals "
            f"({year}, which would be {year + 1911}), with no era to say so: checker does not guess a year's calendar",
            text, location,
            hint=f"write the year with its era (民國{year}年) or in the common calendar ({year + 1911}年)")
    digits = _SHORT_DIGIT_YEAR.search(to_simplified(text))
    number = int(digits.group(1)) if digits else 0
    if found and 10 <= number <= 139 and any(digits.group(0) in word for word in found):
        # 較109年降低20%: a year of 民國 (60–139) or one written short (较19年), named as what it may be, not placed
        what = f"a year of 民國 (Taiwan's calendar: {number} + 1911 = {number + 1911})" if number >= 60 else \
            f"a year written short ({2000 + number}?)"
        raise GrammarError(
            f"{digits.group(0)} in {text!r} reads as {what}, with no era or century to say so: checker does not guess "
            "a year's calendar", text, location,
            hint=f"write the year with its era (民國{number}年) or in the common calendar ({number + 1911}年)"
            if number >= 60 else f"write the year in full, in digits ({2000 + number}年, not {number}年)")
    short = _TWO_NUMERAL_YEAR.search(to_simplified(text))
    if found and short:  # 較一九年增加三成: a year written with two numerals, its century left out
        raise GrammarError(
            f"{short.group(0)}年 in {text!r} reads as a year written with two numerals and no century: checker does not "
            "guess which year it is", text, location, hint="write the year in full, in digits (2009年, not ○九年)")
    if found:
        raise GrammarError(
            f"cannot place the words {', '.join(dict.fromkeys(found))} before the target in {text!r}",
            text,
            location,
            hint="what stands before a target may name the indicator, not compare or change it; "
            "give the meaning as a structured `rule:` next to `text`, or teach rules/grammar.yaml the form",
        )


def _rule_numbers(rule: Rule) -> list[float]:
    numbers = [abs(v) for v in (rule.value, rule.upper) if v is not None]
    numbers += [float(y) for y in (rule.base_year, rule.year) if y is not None]
    for words in (rule.subject, rule.reference, rule.unit, *rule.notes):
        numbers += [float(n) for n in _DIGITS.findall(words or "")]
    for part in rule.parts:
        numbers += _rule_numbers(part)
    return numbers


def unplaced_numbers(phrase: str, rule: Rule) -> list[str]:
    """The numbers of ``phrase`` (as the grammar reads it) that are in none of the rule's fields or notes."""
    placed = _rule_numbers(rule)

    def unplaced(text: str) -> list[str]:
        text = _DENOMINATOR.sub("", text)  # "12/100000": the 100000 belongs to the unit
        return [number for number in _DIGITS.findall(text)
                if not any(math.isclose(float(number), p, rel_tol=1e-9, abs_tol=1e-12) for p in placed)]

    left = unplaced(phrase)
    if left:  # a number inside a unit after a number ("7per1000livebirths") belongs to the unit
        left = unplaced(_compiled(rf"(?<=[\d.])(?:{units.pattern()})").sub("", phrase))
    return left


def _bracketed_modifier(phrase: str) -> tuple[str, ...]:
    """A modifier word alone in brackets after a target ("≤25%（力争）", as a table cell marks a stretch target): the
    same as the word before it (力争≤25%)."""
    if not phrase.endswith(("）", ")")):
        return ()
    for word, name in grammar().modifiers:
        if phrase.endswith((f"（{word}）", f"({word})")) and len(phrase) > len(word) + 2:
            return (name,)
    return ()


def _take_modifiers(phrase: str, from_end: bool = False) -> tuple[tuple[str, ...], str]:
    """The modifiers opening ``phrase`` (or ending it, ``from_end``: a subject cut before its target) and the rest. A
    modifier of ``modifiers_before_target`` (基本) opens a target only where one begins right after it: 基本全覆盖,
    基本实现, not 基本医疗保险参保率 (a name); a subject's end stands before its target by construction."""
    found: list[str] = []
    changed = True
    g = grammar()
    while changed and phrase:
        changed = False
        for word, name in g.modifiers:
            if not (phrase.endswith(word) if from_end else phrase.startswith(word)):
                continue
            if name in g.modifiers_before_target and not from_end and not _target_begins(phrase[len(word):]):
                continue
            phrase = phrase[: -len(word)] if from_end else phrase[len(word):]
            phrase = phrase.strip(",")
            if name not in found:
                found.append(name)
            changed = True
            break
    return tuple(found), phrase


def _target_begins(words: str) -> bool:
    """Whether a target begins at the start of ``words``: a `markers` word or a `marker_patterns` match opens them, or
    they are one whole (形成…体系, a deliverable whose verb is no marker)."""
    g = grammar()
    words = words.lstrip(",")
    return words.startswith(g.markers) or any(regex.match(words) for regex in g.marker_patterns) \
        or _parse_core(words) is not None


def _marker_positions(phrase: str) -> list[int]:
    positions = set()
    for marker in grammar().markers:
        start = phrase.find(marker, 1)
        while start != -1:
            positions.add(start)
            start = phrase.find(marker, start + 1)
    for regex in grammar().marker_patterns:
        positions.update(match.start() for match in regex.finditer(phrase, 1))
    return sorted(positions)


#: the second characters of words that start with 应 (应急, 应届, 应用, 应对 …): no modal verb to cut from a name
_WORDS_AFTER_YING = frozenset("急届用对答收付聘征邀变激试税缴")


def _trim_subject(subject: str) -> str:
    """``subject`` without the grammar's words at its ends (``subject_trim``: a verb or modal before it, 达到, 应; the
    passive 得到 and an adverb 总体, 均 after it), which name nothing."""
    trim = grammar().subject_trim
    for word in trim.get("start", ()):
        # not the 应 of a word (应急管理机构, 应届毕业生): the name, not a modal verb before it
        if subject.startswith(word) and not (word == "应" and subject[1:2] in _WORDS_AFTER_YING):
            subject = subject[len(word):]
            break
    for word in trim.get("passive_end", ()):  # 黑臭水体总体得到消除: 得到, then 总体
        if subject.endswith(word):
            subject = subject[: -len(word)]
            break
    for word in trim.get("end", ()):
        if subject.endswith(word):
            subject = subject[: -len(word)]
            break
    return subject.strip(",")


def _trim_object(words: str) -> str:
    """What a deliverable's verb names, without the 的目标 after it (``subject_trim: object_end``)."""
    for word in grammar().subject_trim.get("object_end", ()):
        if words.endswith(word) and len(words) > len(word):
            return words[: -len(word)]
    return words


#: a year, then 均 (both, all): "A、B到2030年均达到70%" is 到2030年 + 均达到, never 年均 (a yearly average)
_YEAR_THEN_ALL = re.compile(r"(?:19|20)\d\d年均$")
#: a subject ending in 年 (not a name's: 青少年, 老年) leaves a yearly change behind it ("人口年增长5‰")
_YEARLY = re.compile(r"(?<![\d少老成青幼童])年$")


#: a deliverable that meets a standard ("达到省级先进标准", "达到国家要求"): met or not, never a rank among peers
_STANDARD_AT_END = re.compile(r"(?:标准|要求)(?:建设)?$")


def _read_body(phrase: str, whole: bool = False) -> tuple[dict, str] | None:
    """The target in body text and the subject before it: the first reading that is not `achieved`,
    else the first `achieved` one. ``whole``: try the whole phrase first (an empty subject)."""
    fallback = None
    named = False  # the fallback's verb opens a name (建成区…): a later deliverable's verb is the target's
    for start in ([0] if whole else []) + _marker_positions(phrase):
        parts = _parse_core(phrase[start:])
        if parts is None:
            continue
        parts["at"] = phrase[start:]  # the target's own words, without the subject (消除… after 全市)
        found = (parts, phrase[:start].rstrip(","))
        if found[1].endswith(grammar().dangling) and not _YEAR_THEN_ALL.search(found[1]) or _YEARLY.search(found[1]):
            continue  # "年均" + "增长": the rate is missing, not a trend; "人口年" + "增长5‰": a yearly change
        if not _deliverable(parts):
            return found
        if fallback is None or named:
            fallback = found
            named = phrase.startswith(grammar().words["verb_names"], start)
    return fallback


def _deliverable(parts: dict) -> bool:
    """A reading that only names something to be done or covered ("形成…体系", "覆盖城乡…"): the reading
    of last resort in body text, after any number, bound, change or trend the words also state."""
    return parts["kind"] == "achieved" or (parts["kind"] == "full_coverage" and bool(parts.get("obj") or parts.get("obj2")))


#: the words right after a number, where a unit stands (不超过10秒以内: 秒以内)
_AFTER_NUMBER = re.compile(r"\d(?:\.\d+)?([^\W\d_]{1,8})")


def _refuse_unknown_unit(text: str, phrase: str, location: Location | None) -> None:
    """Refuse a phrase that reads but for a word after its number that is no unit checker knows (不超过10秒 while
    rules/units.txt has no 秒), naming that word as a unit's own error does, with how to add it; the shortest such word
    is the unit (秒 of 秒以内, the rest is read). Only on the way to a refusal: no phrase that reads comes here."""
    for match in _AFTER_NUMBER.finditer(phrase):
        word = match.group(1)
        known = max((end for end in range(1, len(word) + 1) if units.is_known(word[:end])), default=0)
        for end in range(1, (known or len(word)) + 1):
            if not units.is_known(word[:end]) and _parse_core(phrase[:match.start(1)] + phrase[match.start(1) + end:]):
                try:
                    units.read(word[:end], location)
                except UnitError as error:
                    raise PhraseUnitError(f"cannot read the target phrase {text!r}: {error.message}", text, location,
                                          hint=error.hint) from None
        # words after a known unit (秒 of 10秒以内接听): never a unit to add; the shortest tail without which it reads
        for cut in range(len(word) - 1, known - 1, -1) if known else ():
            if _parse_core(phrase[:match.start(1) + cut] + phrase[match.end(1):]):
                raise GrammarError(
                    f"cannot place the words {word[cut:]} after {phrase[:match.start(1) + cut]} in {text!r}: they are "
                    "no unit", text, location,
                    hint="a target phrase gives the amount and its bound (10秒以内); what is done (接听, 出车) belongs "
                         "in the indicator's name")


def _parse_core(phrase: str) -> dict | None:
    """The first pattern, or the numeric core, that reads the whole phrase; None if none does."""
    g = grammar()
    # The numeric core first: it reads most table cells, and the other patterns then need not be
    # compiled at all (start-up). Both match whole phrases, so the order changes no result.
    for pattern in (g.numeric, *g.patterns):
        if pattern.needs and not any(word in phrase for word in pattern.needs):
            continue
        match = pattern.regex.match(phrase)
        if match:
            parts = {**dict(pattern.fixed), **{k: v for k, v in match.groupdict().items() if v is not None}}
            parts["kind"] = pattern.kind
            if pattern.trend:
                parts["trend"] = pattern.trend
            if len(parts.get("around", "")) > 2:
                parts["doubled"] = True
            return parts
    return None


def _in(words: str, word: str | None) -> bool:
    return word is not None and word in grammar().words[words]


def _number(text: str, phrase: str, location: Location | None) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise GrammarError(f"the number in {phrase!r} is too large", phrase, location)
    return value


def _finish(
    text: str,
    parts: dict,
    indicator_unit: str | None,
    direction: str | None,
    year: int | None,
    subject: str | None,
    modifiers: tuple[str, ...],
    notes: list[str],
    location: Location | None,
) -> Rule:
    g = grammar()
    kind = parts["kind"]
    neutral_said = direction == "neutral"  # (None: not known, read as neutral)
    direction = direction or "neutral"
    value = _number(parts["value"], text, location) if "value" in parts else None
    upper = _number(parts["upper"], text, location) if "upper" in parts else None
    fields: dict = {}
    toward = {"up": ">=", "down": "<=", "neutral": "≈"}[direction]
    if "obj" in parts and parts["obj"]:
        notes.append(f"object: {parts['obj']}")

    amount_unit = None  # the unit of a change written as an amount ("提高0.5岁")
    counted = _counted_object(parts.get("obj") or "", indicator_unit) \
        if kind == "achieved" and indicator_unit and units.is_amount(indicator_unit) else None
    if counted:
        # "建成2个省级临床重点专科" for an indicator counted in 个, "完成200万户问题厕所整改" in 万户: the count done is the
        # target, as in "建成2个"; "建成3个健康县区、10个健康乡镇" counts two things, one of which the indicator is not
        number, unit, rest = counted
        binding = re.split(r"[，,、]?(?:力争|争取)", rest, maxsplit=1)[0]  # 建成3个以上、力争5个: the stretch is no second thing
        other = _COUNT_IN_WORDS.search(binding) or _ANOTHER_COUNT.search(binding)
        if other:
            raise GrammarError(f"cannot read the target phrase {text!r}: it names more than one count "
                               f"({number}{unit} and {other.group(0)}), each of its own thing", text, location,
                               hint="give each count its own indicator and target, or the meaning as a structured "
                                    "`rule:` next to `text`")
        kind, value = "reach", _number(number, text, location)
        if unit != indicator_unit:
            value = _convert(value, unit, indicator_unit, text, location)
            notes.append(f"converted from {number}{units.suffix(unit)}")
    elif kind == "achieved" and indicator_unit and _is_count(indicator_unit) \
            and (count := _COUNT_IN_WORDS.search(parts.get("obj") or "")):
        # "建成不少于500张养老床位", "各县区建成1至2家…", "两家": a count a yes/no would pass with one
        raise GrammarError(f"cannot read the target phrase {text!r}: it names a count ({count.group(0)}) that a "
                           "yes/no deliverable would ignore", text, location,
                           hint="write the count as the target (≥ the number, in the indicator's unit), or give the "
                                "meaning as a structured `rule:` next to `text`")
    if kind == "number":
        _check_one_way(text, parts, location)
        kind, op = _numeric_kind(parts, value, indicator_unit, direction)
    elif kind == "range":
        op = "between"
        low_unit, high_unit = parts.get("unit"), parts.get("unit2")
        if low_unit and high_unit and _phrase_unit(low_unit, location) != _phrase_unit(high_unit, location):
            raise PhraseUnitError(f"the phrase {text!r} gives its two ends in different units "
                                  f"({low_unit} and {high_unit})", text, location,
                                  hint="write both ends in one unit, as 8%～10%")
        parts["unit"] = low_unit or high_unit  # "8～10‰": the unit after the upper end is the range's
        if value is not None and upper is not None and value > upper:
            value, upper = upper, value
        if value is not None and upper is not None and 0 < value < 1 <= upper and upper >= 20 * value:
            # "80%～0.9": one end a share, the other a fraction; read as 0.9–80 it passed 50%
            raise GrammarError(f"cannot read the target phrase {text!r}: its ends ({value:g} and {upper:g}) are "
                               f"{upper / value:.0f} times apart: a unit or a decimal point slipped?", text, location,
                               hint="write both ends in one unit, as 80%～90%")
        falling = _in("verbs_cap", parts.get("verb")) and not parts["verb"].startswith("控制")
        if upper is not None and _in("verbs_cap", parts.get("verb")) \
                and (not _KEPT_WITHIN.search(text) or falling and parts.get("within")):
            # "缩短至1至2日", "降至8～10‰": a range reached by falling is at most its upper end, as 降至2日 is; read as a
            # range it had no way (0.5日 failed a neutral indicator) or passed 0.5日 saying "目标 1–2天：达标"; "降至8%～10%
            # 以内" as well (a fall to within the range), not 控制在8%～10%以内, a range to keep within
            notes.append(f"a range reached by falling ({parts['verb']}{parts['value']}–{parts['upper']}): at most "
                         f"{parts['upper']}, the lower end the aim")
            kind, op, value, upper = "upper_bound", "<=", upper, None
        elif direction == "up" and _KEPT_WITHIN.search(text):
            # "控制在6.5～7.5张之间": a range to keep within binds both ends whichever way is better (a range of a
            # measure with a better way is otherwise exceeded that way: 达到35%～40% of health literacy passes 43%)
            notes.append(RANGE_KEPT_WITHIN)
    elif kind == "vs_reference":
        cmp = parts.get("cmp", "达到")  # a rank ("稳居全国前列") is reached, like 达到
        if neutral_said and (_in("better_than", cmp) or _in("not_worse", cmp)):
            # "优于全省平均水平" of 出生人口性别比: better is no side of a neutral indicator (it was read as >, and a
            # ratio of 112 beat the province's 110, further from normal)
            raise GrammarError(
                f"cannot read the target phrase {text!r}: {', '.join(english.source_words(text, [cmp]))} needs the "
                "way the indicator is better, and it is "
                "neutral (neither higher nor lower is better)", text, location,
                hint="give the indicator its direction (up or down) if one way is better, or write the comparison "
                     "itself (高于全省平均水平, 不低于…, 低于…)")
        if cmp in ("达到", "持平或高于", "达到或超过", "达到或高于") or _in("not_worse", cmp):
            op = toward if direction != "neutral" else ">="
        elif _in("better_than", cmp):  # (a direction not known yet, in a draft's first look: > as before)
            op = {"up": ">", "down": "<"}.get(direction, ">")
        elif _in("not_lower", cmp):
            op = ">="
        elif _in("not_higher", cmp):
            op = "<="
        elif _in("higher", cmp):
            op = ">"
        else:
            op = "<"
        if parts.get("named"):
            fields["reference"] = parts["named"]
        elif parts.get("rank"):
            fields["reference"] = parts["rankref"] + parts.get("peers", "") + parts["rank"]
        else:
            fields["reference"] = _reference(parts["ref"])
    elif kind == "vs_baseline" and ("level" in parts or "level2" in parts):  # "不低于2020年水平": the base value is the bound
        value, fields["change"] = 0.0, "percent"
        if "level2" in parts:  # "保持2022年水平": no worse than that year's, the way the indicator is better
            op = toward
        else:
            op = next(op for words, op in (("not_lower", ">="), ("not_higher", "<="), ("higher", ">"), ("lower", "<"))
                      if _in(words, parts["level"]))
        base = parts.get("base") or parts["base2"]
        fields["base_year"] = int(base.rstrip("年")) if base[0].isdigit() else g.period_ends[base]
    elif kind == "offset_vs_reference" and "share" in parts:  # 全省平均水平的80%: the reference × 0.8
        share = _number(parts["share"], text, location)
        value = share - 100
        fields["change"], fields["reference"] = "percent", _reference(parts["ref"])
        notes.append(f"{parts['share']}% of the reference's value: a change of {value:+g}% from it")
        op = next(op for words, op in (("prefix_le", "<="), ("prefix_lt", "<"), ("prefix_ge", ">="), ("prefix_gt", ">"))
                  if _in(words, parts["pre"]))
    elif kind in ("offset_vs_reference", "vs_baseline", "annual_rate"):
        if kind == "vs_baseline" and _in("trend_better", parts["dir"]) and direction not in ("up", "down"):
            # "改善10%", "a 10 percent improvement from the baseline": better is a fall or a rise only by the
            # indicator's way (HP2030 MICH-04 17.4 → 15.7 is a 10% improvement); it was read as a rise of any indicator
            raise GrammarError(
                f"cannot read the target phrase {text!r}: {', '.join(english.source_words(text, [parts['dir']]))} "
                "is a change the better way, and the indicator's way is "
                + ("neutral (neither higher nor lower is better)" if neutral_said else "not known"), text, location,
                hint="give the indicator its direction (up or down), or write the change itself (降低10%, 提高10%)")
        falling = parts["dir"] in ("低", "低于", "低出") or _in("fall", parts["dir"]) \
            or _in("trend_better", parts["dir"]) and direction == "down"
        if falling:  # -0.0 would print as a fall of "−0"
            value = -value if value else 0.0
            upper = -upper if upper else upper
        change = parts.get("change") or parts.get("change2")
        if _in("points", change):
            fields["change"] = "points"
            if indicator_unit and units.is_known(indicator_unit) and units.canonical(indicator_unit) not in ("%", "‰") \
                    and re.search(r"百分点|percentage\s+points?", text, re.I):
                # "比2020年下降20个百分点" of a count (件) or an age (岁): points of a share it does not have
                raise PhraseUnitError(f"the phrase {text!r} changes the indicator by percentage points, but it is "
                                      f"measured in {indicator_unit}, not as a share", text, location,
                                      hint="write the change in the indicator's unit (下降20件), or as a percent (下降20%)")
            if indicator_unit and units.is_known(indicator_unit) and units.canonical(indicator_unit) == "‰" \
                    and re.search(r"百分点|percentage\s+points?", text, re.I):
                # "下降2个百分点" of a rate in ‰: read as points of the rate's own unit (2‰), as plans mean it; 2
                # percentage points would be 20‰, more than most such rates are — said, so a reader can check
                notes.append("百分点 of a rate in ‰ read as points of ‰ (个千分点)")
        elif change in (None, "%"):
            fields["change"] = "percent"
        else:  # an amount in a unit ("提高0.5岁"): added to the base value, like percentage points
            fields["change"] = "points"
            amount_unit = _phrase_unit(change, location)
            if indicator_unit and amount_unit != indicator_unit and units.counts_per_people(amount_unit, indicator_unit):
                # "比2025年增加1人" of 每万人口全科医生数 in 人/万人: the count in the indicator's own frame, as 达到4人 is
                notes.append(f"per people as the indicator is measured: {units.suffix(indicator_unit)}")
                amount_unit = indicator_unit
            if indicator_unit and amount_unit != indicator_unit:
                value, upper = (_convert(v, amount_unit, indicator_unit, text, location) if v is not None else None
                                for v in (value, upper))
                notes.append(f"converted from {parts['value']}{units.suffix(amount_unit)}")
        if falling and fields["change"] == "percent" and max(abs(value), abs(upper or 0)) > 100:
            # "降低120%": a level cannot fall by more than the whole of it — the target would be below nought
            # (a slipped digit, 12% or 20%? or 降低到…?); judged, it fails whatever the value
            raise GrammarError(f"the phrase {text!r} asks for a fall of more than 100%, which would take the "
                               "value below nought", text, location,
                               hint="check the document: a fall is at most 100% (降低12%? 降低到…?)")
        if kind == "offset_vs_reference":
            fields["reference"] = _reference(parts["ref"])
        if upper is not None and (direction == "down" and falling or direction == "up" and not falling):
            # "降低40%至45%" of a lower-is-better indicator: a cut of at least 40% — a deeper one is the plan
            # exceeded (超额完成), as an "about" target's better side passes; not "40% but no more than 45%"
            least = max(value, upper) if falling else min(value, upper)
            less, more = sorted((abs(value), abs(upper)))
            notes.append(f"a change of {less:g}–{more:g}: at least {less:g}, a bigger change the better way passes")
            value, upper, op = least, None, ("<=" if falling else ">=")
        elif upper is not None:  # "降低40%至45%" of a neutral indicator: a cut of 40 to 45 percent
            op = "between"
            value, upper = min(value, upper), max(value, upper)
        elif parts.get("around") or parts.get("approx"):  # "提高1岁左右", "提高约1岁"
            op = "≈"
        elif parts.get("strict"):  # "负增长": below the base value
            op = "<" if falling else ">"
        elif kind == "offset_vs_reference":
            op = "<=" if falling else ">="
        elif parts.get("pre") or parts.get("pre0"):
            # the comparator bounds the size of the change ("年均增速高于10%", "降低至少10%"): for a fall,
            # "at least 3%" is a change of −3% or less
            pre = parts.get("pre") or parts["pre0"]
            sides = {"le" if _in("prefix_le", word) or _in("prefix_lt", word) or _in("suffix_le", word) else "ge"
                     for word in (parts.get("pre0"), parts.get("pre"), parts.get("cmp")) if word}
            if len(sides) > 1:  # "至多下降10%以上"
                raise GrammarError(f"the phrase {text!r} bounds its change both from above and from below",
                                   text, location, hint="keep one comparator: 下降不少于10% or 下降10%以上")
            op = next(op for words, op in (("prefix_le", "<="), ("prefix_lt", "<"), ("prefix_ge", ">="),
                                            ("prefix_gt", ">")) if _in(words, pre))
            if falling:
                op = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}[op]
        elif value == 0 and not parts.get("cmp") and any(ch.isdigit() for ch in text):
            # a change of nought written with nothing to bound it ("a 0% increase in obesity", 比2020年降低0%) says no
            # side by its verb: "at least nought" lets every rise of obesity pass, "no fall" (its old reading) every
            # rise of a maternal mortality cut by 0%. It is no change the worse way: ≤ base of a lower-is-better
            # indicator, ≥ base of a higher-is-better one, whichever verb; a neutral one has no worse way
            if neutral_said:
                raise GrammarError(f"the phrase {text!r} changes a neutral indicator by nought: it says neither "
                                   "a ceiling nor a floor", text, location,
                                   hint="write the bound: 不高于2020年水平, 不低于2020年水平, or 保持在…之间")
            op = toward if direction != "neutral" else (">=" if falling else "<=")  # (not known: the verb's way)
            if direction != "neutral":
                notes.append(f"{ZERO_CHANGE} ({'≤' if op == '<=' else '≥'} base)")
        else:
            # a change capped by its verb ("增长幅度控制在5%(以内)") is at most that change, as 不超过 says
            at_least = not _in("suffix_le", parts.get("cmp")) and not (parts.get("capped") and not parts.get("cmp"))
            op = ("<=" if falling else ">=") if at_least else (">=" if falling else "<=")
        base = parts.get("base")
        if base:
            fields["base_year"] = int(base.rstrip("年")) if base[0].isdigit() else g.period_ends[base]
        elif parts.get("span"):
            fields["base_year"] = parts["span_base"]
            notes.append(f"{parts['span']}: {PERIOD_SPAN} ({fields['base_year']})"
                         + (f", {PERIOD_SPAN_END} {parts['span_end']}" if parts.get("span_end") else ""))
    elif kind == "trend":
        fields["trend"] = parts["trend"] if parts["trend"] != "better" or direction == "neutral" else direction
        op = None
        if fields["trend"] in ("up", "down") and parts.get("every") and "every_year" not in modifiers:
            modifiers = (*modifiers, "every_year")  # 逐年提高: each year, not only over the window
    elif kind == "linked":  # 同比例提高 rises with the other indicator, 同步下降 falls with it
        fields["trend"], op = ("up" if parts.get("rise") else "down"), None
    elif kind == "maintain":
        op = toward
    elif kind == "full_coverage" and direction == "down" and indicator_unit and _eliminates_within(parts.get("obj")):
        # 各区消除重污染天气 of 重污染天数 (down): none left in any of them — read as "each has one" it passed ≥ 1天
        kind, op, value = "upper_bound", "<=", 0.0
        notes.append("各…消除 of an indicator to be lowered: none left in any of them (≤ 0)")
    elif kind == "full_coverage":
        op, value = ">=", 100.0
        if indicator_unit in (None, "%"):
            parts["unit"] = "%"
    elif kind == "achieved" and direction == "down" and indicator_unit and eliminates(parts.get("at") or text):
        # (of the target's own words: a place before them, 全市消除…, only says where, so the reading is the same)
        # 消除# of 疟疾本地感染病例数 (down): none left — a count of 0 is the deliverable done, never "no"
        kind, op, value = "upper_bound", "<=", 0.0
        notes.append("消除 of an indicator to be lowered: none left (≤ 0)")
    elif kind == "achieved":
        op = "=="
    elif kind == "reach":  # a count built (see above)
        op = toward
    else:  # external, linked, unspecified
        op = None
        if kind == "unspecified" and parts.get("none") and direction == "down" and indicator_unit \
                and units.is_known(indicator_unit) and _is_count(indicator_unit):
            # 无 of a count to be lowered (重大事故 无): none may be meant, or no target set, as 无 says of a share; a
            # guessed 0 would fail a county whose plan set nothing, so it stays n/a, saying how to write the other
            notes.append(NONE_OF_A_COUNT)

    unit = indicator_unit
    phrase_unit = parts.get("unit") if kind not in ("vs_baseline", "annual_rate", "offset_vs_reference") else None
    scaled: tuple[str, str] | None = None  # (from, to): the units the phrase's value was converted between
    if phrase_unit:
        written_unit, phrase_unit = phrase_unit, _unit_of(phrase_unit, text, location)
        if phrase_unit == "%" and indicator_unit != "%" and subject \
                and subject.removeprefix("年均") in g.words["growth_names"]:
            # "增长率控制在5%以内" of a cost: a growth rate, not a level of 5% (nor a unit slip of 元 for %)
            raise GrammarError(
                f"cannot read the target phrase {text!r}: {subject} names a growth rate, so {parts.get('value')}% is a "
                "rate of growth, not a level of the indicator", text, location,
                hint="write it as a change: 增长幅度不超过5% (from the plan's base year), 比2020年增长不超过5%, or "
                     "年均增长不超过5% (a year); if the indicator is itself a growth rate, give it `unit: %`")
        if indicator_unit and phrase_unit != indicator_unit and units.also_means(written_unit, indicator_unit):
            phrase_unit = indicator_unit  # "a minimum of 4 visits" of an indicator in 次: 4 次, not 4 人次
        per = g.per_population.search(subject) if subject else None
        # "每千人口床位数达到6张": 6 beds per 1,000 people, unless the plan counts the indicator in 张 itself
        if per and _is_count(phrase_unit) and (indicator_unit is None or units.read(indicator_unit).denominator):
            phrase_unit = units.canonical(f"{phrase_unit}/{per.group('per')}人")
            notes.append(f"per {per.group('per')} people ({per.group(0)} in the name): {units.suffix(phrase_unit)}")
        elif indicator_unit and units.counts_per_people(phrase_unit, indicator_unit):
            # "达到3.2人" for 每千人口执业医师数 measured in 人/千人: the count in the indicator's own frame
            notes.append(f"per people as the indicator is measured: {units.suffix(indicator_unit)}")
            phrase_unit = indicator_unit
        elif indicator_unit and (counted := units.counted_as(phrase_unit, indicator_unit)) != phrase_unit \
                and not units.compatible(phrase_unit, indicator_unit):
            # "at least 25 per 10,000 population" of beds per 1,000 (张/千人): beds per 10,000, as the name counts
            notes.append(f"counting what the indicator counts: {units.suffix(counted).strip()}")
            phrase_unit = counted
        if indicator_unit and phrase_unit != indicator_unit and not units.compatible(phrase_unit, indicator_unit) \
                and (meant := units.counted_per_people(phrase_unit.split("/")[0], indicator_unit)):
            # "6张" under unit 每千人口 (1/千人): beds per 1,000 people, which a rate of no counted thing is not
            raise PhraseUnitError(
                f"the phrase {text!r} counts {units.suffix(phrase_unit.split('/')[0]).strip()} per so many people, "
                f"but the indicator's unit {indicator_unit} counts nothing", text, location,
                hint=f"write `unit: {meant}` for the indicator")
        if indicator_unit and phrase_unit != indicator_unit:
            scaled = (phrase_unit, indicator_unit)
            written = "–".join(parts[k] for k in ("value", "upper") if k in parts)
            value = _convert(value, phrase_unit, indicator_unit, text, location) if value is not None else None
            upper = _convert(upper, phrase_unit, indicator_unit, text, location) if upper is not None else None
            notes.append(f"converted from {written}{units.suffix(phrase_unit)}" if written
                         else f"converted from {phrase_unit}")
        unit = indicator_unit or phrase_unit
    elif kind in ("vs_baseline", "annual_rate", "offset_vs_reference"):
        unit = indicator_unit or amount_unit  # "提高2岁" with no unit given: years, not percentage points
    _refuse_bare_year(text, parts, phrase_unit, unit, location)
    if parts.get("start") and kind in _STARTING_KINDS:
        start = _start_of(parts["start"], parts.get("unit"), scaled, unit, text, location)
        if start is not None:
            fields["base_year"], fields["start"] = start
    return Rule(
        text=text,
        kind=kind,
        op=op,
        value=value,
        upper=upper,
        unit=unit,
        year=year,
        subject=subject,
        direction=direction,
        modifiers=modifiers,
        notes=tuple(notes),
        **fields,
    )


#: kinds of a level to reach whose words may say where it starts (从2020年的30.4%提高到39.6%)
_STARTING_KINDS = ("upper_bound", "lower_bound", "reach", "around", "range", "full_coverage")
#: the start of a from-to as the subject notes keep it (2020年的30.4%, 十三五末的49%, 目前29.3, 3.67人): its year or
#: period's end, if any, and its value with the unit written
_START = re.compile(r"^(?:(?P<year>(?:19|20)\d\d)年(?:年?[底末])?|(?P<period>十[一二三四五六]五(?:期末|末期|末))|目前|现在|现有|当前)?"
                    r"(?:的)?(?P<value>\d+(?:\.\d+)?)(?P<unit>\D.*?|)(?:左右)?$")


def _start_of(words: str, target_unit: str | None, scaled: tuple[str, str] | None, unit: str | None, text: str,
              location: Location | None) -> tuple[int | None, float] | None:
    """The year (None: not said) and the value, in ``unit``, a level target starts from (``words``: 2020年的30.4%):
    progress is measured from that year, and the value stands in where the data has none. In the target's own unit
    (or none written) it is converted as the target's value was (``scaled``); in another, to ``unit``. None where the
    words give no plain start (每年12万元) or its unit is not the target's kind: the note keeps it, nothing is read."""
    found = _START.match(words)
    if found is None:
        return None
    year = int(found.group("year")) if found.group("year") else \
        grammar().period_end_words[found.group("period")] + 5 if found.group("period") else None
    value, written = float(found.group("value")), found.group("unit")
    if not written or written == target_unit:
        return year, _convert(value, *scaled, text, location) if scaled else value
    try:
        own = _phrase_unit(written)
        return year, value if unit is None or own == unit else units.convert(value, own, unit)
    except CheckerError:
        return None


#: a value written as a bare calendar year ("2030"), with no unit to make it a quantity
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _refuse_bare_year(text: str, parts: dict, phrase_unit: str | None, unit: str | None,
                      location: Location | None) -> None:
    """Refuse a level target whose only value is a bare year ("increase to 2030", "到2030").

    Such a phrase names when, not how much: reading 2030 as the level to reach is a confident wrong
    answer. A unit on the number ("2030人") or an indicator counted in things keeps it a quantity.
    """
    if parts.get("kind") not in ("number", "reach") or phrase_unit or "upper" in parts:
        return
    if not _BARE_YEAR.match(parts.get("value") or "") or (unit and _is_count(unit)):
        return
    raise GrammarError(f"the only number in {text!r} is {parts['value']}, which reads as a year, not a level "
                       "to reach", text, location,
                       hint="write the level itself, as 'increase to 95% by 2030' or 到2030年达到95%")


#: an object that opens with a count of what is built or done ("2个省级临床重点专科", "200万户问题厕所整改")
_COUNTED = re.compile(r"^(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3})")
#: a number with a unit word after it, anywhere in the rest of an object ("、10个健康乡镇", "5000例")
_ANOTHER_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:[万亿千百])?(?:[个家所项支座处张名人户例件次套台])")


def _counted_object(obj: str, indicator_unit: str) -> tuple[str, str, str] | None:
    """The count an object opens with, in a unit that converts to the indicator's (the longest unit
    word that does), as (number, unit, the rest of the object); None where it opens with none."""
    found = _COUNTED.match(obj)
    if found is None:
        return None
    words = found.group(2)
    for size in range(len(words), 0, -1):
        written = words[:size]
        if not units.is_known(written):
            continue
        unit = _phrase_unit(written)
        try:
            units.convert(1.0, unit, indicator_unit)
        except CheckerError:
            continue
        rest = obj[found.start(2) + size:]
        if rest and not rest[0].isdigit() and rest[0] not in "%‰":
            return found.group(1), unit, rest
    return None
#: a count anywhere in a deliverable's words, written in any way (不少于500张, 1至2家, 两家)
_COUNT_IN_WORDS = re.compile(r"(?:\d+(?:\.\d+)?|[两二三四五六七八九十百千万]+)\s*(?:(?:至|到|~|～|-)\s*\d+\s*)?"
                             r"[个家所项支座处张名](?!级)")


def eliminates(text: str) -> bool:
    """Whether a deliverable's words end a thing (消除…, 基本消除…, 全面消灭…: ``words.eliminate``); of an indicator to
    be lowered it means none left."""
    plain = normalize(text)
    plain = re.sub(r"^(?:全面|基本|彻底|如期|力争)+", "", plain)
    return plain.startswith(tuple(grammar().words["eliminate"]))


def _eliminates_within(words: str | None) -> bool:
    """Whether the words after 各/所有/每个 (区消除重污染天气, 县区基本消除…) say each place ends a thing: of an
    indicator to be lowered, none left in any (see :func:`eliminates`), never "each place has one"."""
    plain = normalize(words or "")
    return any(word in plain for word in grammar().words["eliminate"])


def _is_count(unit: str) -> bool:
    """Whether a unit is a plain count of things (张, 人, 个), not a magnitude of one (万人) nor a ratio."""
    read = units.read(unit)
    return read.denominator is None and read.times == 1 and read.per == 1 and units.is_amount(unit)


def _phrase_unit(written: str, location: Location | None = None) -> str:
    """The unit symbol for a unit as a normalised phrase writes it (no spaces, no thousands commas)."""
    return units.canonical(written, location)


def _unit_of(written: str, text: str, location: Location | None) -> str:
    """:func:`_phrase_unit`, an unknown unit's error naming the phrase it stands in ("30/40": per 40 is no rate)."""
    try:
        return _phrase_unit(written, location)
    except CheckerError as error:
        raise PhraseUnitError(f"cannot read the target phrase {text!r}: {error.message}", text, location,
                              hint=error.hint) from None


def _convert(value: float, from_unit: str, to_unit: str, text: str, location: Location | None) -> float:
    try:
        return units.convert(value, from_unit, to_unit)
    except CheckerError as error:
        raise PhraseUnitError(
            f"the phrase {text!r} is in {from_unit} but the indicator is measured in {to_unit}; " + error.message,
            text,
            location,
            hint=error.hint,
        ) from None


def _check_one_way(text: str, parts: dict, location: Location | None) -> None:
    """A comparator before the number and one after it that point opposite ways ("不超过5%以上", "不低于80%以下")
    say two contrary things; the phrase is refused rather than read by the first (a redundant pair, "不少于3所以上",
    is read). A comparator beside 左右 or 约 ("≥30%左右", "约4‰以下") is a bound and an about at once: refused too
    (it was read as about 30, and 28.6% passed a floor of 30%)."""
    pre = parts.get("pre")
    suffix = parts.get("suf") or parts.get("suf2")
    about = parts.get("around") or parts.get("approx")
    if about and (pre or suffix):
        number = parts.get("value", "") + (parts.get("unit") or "")
        raise GrammarError(
            f"cannot read the target phrase {text!r}: {pre or suffix} sets a bound and {about} says about it, and a "
            "value just past the bound fails the one and passes the other", text, location,
            hint=f"keep the word that is meant ({pre or ''}{number}{suffix or ''} or {number}左右), or give the "
                 "meaning as a structured `rule:`")
    if not pre or not suffix:
        return
    at_most = _in("prefix_le", pre) or _in("prefix_lt", pre)
    if at_most != _in("suffix_le", suffix):
        raise GrammarError(
            f"cannot read the target phrase {text!r}: {pre} and {suffix} bound it from opposite sides", text, location,
            hint="keep the comparator that is meant (不超过5% or 5%以上), or give the meaning as a structured `rule:`")


def _numeric_kind(parts: dict, value: float, indicator_unit: str | None, direction: str) -> tuple[str, str]:
    """Kind and operator of a plain number with its comparators: ≤4, 95%以上, 约25, 控制在12, 80."""
    comparator = parts.get("pre") or parts.get("suf") or parts.get("suf2")
    if parts.get("around") or parts.get("approx"):
        return "around", "≈"
    if comparator:
        for words, op in (("prefix_le", "<="), ("prefix_lt", "<"), ("prefix_ge", ">="), ("prefix_gt", ">"),
                          ("suffix_le", "<="), ("suffix_ge", ">=")):
            if _in(words, comparator):
                return ("upper_bound" if op.startswith("<") else "lower_bound"), op
    if _in("verbs_cap", parts.get("verb")):
        return "upper_bound", "<="
    if _in("verbs_rise_to", parts.get("verb")):
        return "reach", ">="
    unit = parts.get("unit") or indicator_unit
    if value == 100 and unit and _phrase_unit(unit) == "%":
        return "full_coverage", ">="
    return "reach", {"up": ">=", "down": "<=", "neutral": "≈"}[direction]


def _reference(word: str) -> str:
    """city / province / nation for a reference word (全市 / 全省 / 全国)."""
    for name in ("province", "nation", "city"):
        if _in(f"ref_{name}", word):
            return name
    raise AssertionError(f"reference word {word!r} is in words.ref but in none of ref_province/ref_nation/ref_city")
