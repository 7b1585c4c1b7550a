"""Units: the spellings checker accepts, how it writes them (in Chinese and English), conversions.

The vocabulary is data, ``rules/units.txt``: base units (人, 张, 吨, 元, 千瓦时, %, 岁 …) with their
spellings, the magnitude words (十 百 千 万 亿 …) and the English names. Every other unit is made by
one rule (:func:`read`), never listed:

* a magnitude before an amount or a count: 万人, 亿人, 百万人次, 十万元, 万吨, 10,000 persons;
* a ratio of two of them: 张/千人, 个/10万人, 吨标准煤/万元, beds per 1,000 persons;
* a rate per N, of a noun or not: /10万 (= 1/10万), 1/千人, per 100,000, per 1,000 live births.

Reading a spelling needs only the rules file (start-up stays cheap); pint is imported the first time
two different units must be converted, from the definitions of that same file.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from checker.errors import CheckerError, Location, UnitError
from checker.records import record
from checker.rulefiles import rules_file

UNITS_FILE = "units.txt"
_SEPARATORS = ("/", "per")
#: a run of digits followed by groups of three after commas (1,234,567): its commas group thousands, unless the run
#: opens with 0 (0,004, 00,004: a decimal comma, 0.004, as a de/fr/ru spreadsheet writes it; no grouping writes a
#: 0 group first), whose commas are left for the reader to refuse as the other decimal-comma forms are
_THOUSANDS = re.compile(r"(?<![\d,])(\d+)((?:,\d{3}(?!\d))+)")
#: a number grouped the Indian way (1,00,000 is a lakh, 2,50,00,000 two and a half crore): pairs of digits, then three
_LAKH_GROUPED = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])")


@record
class Unit:
    """A unit as read: ``times`` × numerator per ``per`` × denominator (symbols of base units).

    ``万人`` is Unit("万人", "人", times=10000); ``张/千人`` is Unit("张/千人", "张", "人", per=1000);
    ``/10万`` is the base rate 1/10万; ``/千活产`` is Unit("1/千活产", None, "活产", per=1000).
    """

    __slots__ = ("symbol", "numerator", "denominator", "times", "per")

    def __init__(self, symbol: str, numerator: str | None = None, denominator: str | None = None, times: int = 1,
                 per: int = 1) -> None:
        self.symbol = symbol
        self.numerator = numerator
        self.denominator = denominator
        self.times = times
        self.per = per

    @property
    def noun(self) -> str | None:
        """What a rate is counted per (人 in 1/10万人 and in 人/10万人, 活产 in 人/10万活产), None for other units: a
        count of people or cases per a population (the units file's ``@rate_counts`` per ``@rate_per``) is that
        population's rate, as 1/10万活产 is; beds per people (张/千人) are no rate."""
        if not self.denominator:
            return None
        if self.numerator in (None, self.denominator):
            return self.denominator
        v = _vocabulary()
        if self.times == 1 and self.numerator in v.rate_counts and self.denominator in v.rate_per:
            return self.denominator
        return None

    @property
    def counted_per(self) -> bool:
        """A count per a bare number (人/10万, 例/10万, as statistics write an incidence): the number per so
        many, as 1/10万 is; the count names what is counted, not a dimension of its own."""
        return self.numerator is not None and self.denominator is None and self.per > 1 and self.times == 1


@record
class _Base:
    """One unit line of the rules file."""

    __slots__ = ("name", "definition", "symbol", "composable", "counting", "line")

    def __init__(self, name: str, definition: str, symbol: str, composable: bool, line: int = 0,
                 counting: bool = False) -> None:
        self.name = name  # pint's name
        self.definition = definition
        self.symbol = symbol
        self.composable = composable  # an amount or a count: takes magnitudes, may be part of a ratio
        self.counting = counting  # a counting word (个, 家, 人): one of it is one thing, not a measure
        self.line = line  # in the rules file, for an error pint finds in the definition

    @property
    def share_of(self) -> int | None:
        """N for a unit that is the number 1/N (% is 100, ‰ 1000, 1/10万 100000), else None."""
        try:
            value = float(self.definition)
        except ValueError:
            return None
        return round(1 / value) if 0 < value < 1 else None


@record
class _Vocabulary:
    """The unit words of the rules file, indexed for reading and writing units."""

    __slots__ = ("bases", "by_symbol", "small", "large", "zh_magnitudes", "en_magnitudes", "english", "english_one",
                 "shares", "rate_counts", "rate_per", "also")

    def __init__(self, bases: dict[str, _Base], by_symbol: dict[str, _Base], small: dict[str, int],
                 large: dict[str, int], zh_magnitudes: tuple[tuple[str, int], ...],
                 en_magnitudes: tuple[tuple[str, int], ...], english: dict[str, str], english_one: dict[str, str],
                 shares: dict[int, _Base], rate_counts: frozenset[str] = frozenset(),
                 rate_per: frozenset[str] = frozenset(), also: dict[str, str] | None = None) -> None:
        self.bases = bases  # folded spelling → base
        self.by_symbol = by_symbol
        self.small = small  # folded magnitude word → factor (十 百 千 thousand)
        self.large = large  # (万 亿 万亿 million)
        self.zh_magnitudes = zh_magnitudes  # how checker writes magnitudes in Chinese, largest first
        self.en_magnitudes = en_magnitudes  # … and in English (million, billion …)
        self.english = english  # symbol → English name (plural: 10,000 persons, beds per 1,000 persons)
        self.english_one = english_one  # symbol → English name of one (yuan per person)
        self.shares = shares  # N → the base unit that is 1/N
        self.rate_counts = rate_counts  # counting words whose count per a population is a rate (人, 件)
        self.rate_per = rate_per  # … and those populations (人, 活产)
        self.also = also or {}  # folded spelling → the other unit it reads as, where the indicator is in that one


def fold(text: str) -> str:
    """A spelling as compared: full-width folded, no spaces or thousands commas, either case."""
    text = "".join(unicodedata.normalize("NFKC", str(text)).split())
    return per_people(without_thousands(text)).casefold()


def without_thousands(text: str) -> str:
    """``text`` with the commas that group a number's digits taken out: thousands (``1,234,567``) and the Indian
    lakh grouping (``1,00,000``, which the thousands rule alone read as ``1,00000``: a 1 and a 0)."""
    if "," not in text:
        return text
    text = _LAKH_GROUPED.sub(lambda found: found.group(0).replace(",", ""), text)
    return _THOUSANDS.sub(lambda found: found.group(0) if found.group(1).startswith("0")
                          else found.group(1) + found.group(2).replace(",", ""), text)


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _vocabulary() -> _Vocabulary:
    """The rules file, read once per process (no pint here: reading a unit must stay cheap)."""
    bases: dict[str, _Base] = {}
    by_symbol: dict[str, _Base] = {}
    small: dict[str, int] = {}
    large: dict[str, int] = {}
    zh_magnitudes: list[tuple[str, int]] = []
    en_magnitudes: list[tuple[str, int]] = []
    english: dict[str, str] = {}
    english_one: dict[str, str] = {}
    composable, counting = True, False
    rate_counts: set[str] = set()
    rate_per: set[str] = set()
    also: dict[str, str] = {}
    path = rules_file(UNITS_FILE)
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()

    def spelling(word: str, base: _Base, number: int) -> None:
        known = bases.setdefault(fold(word), base)
        if known is not base:
            raise CheckerError(f"{word!r} is a spelling of {known.symbol} and of {base.symbol}",
                               Location(path, number), hint="a spelling may name one unit only")

    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        fields = [field.strip() for field in line.split(" = ")]
        try:
            if not line:
                continue
            if line.startswith("@compose "):
                composable = {"on": True, "off": False}[line.split()[1]]
            elif line.startswith("@counting "):
                counting = {"on": True, "off": False}[line.split()[1]]
            elif line.startswith(("@small ", "@large ")):
                directive, first = fields[0].split(None, 1)
                table = small if directive == "@small" else large
                for word in [first, *fields[2:]]:
                    table[fold(word)] = int(fields[1])
                    (en_magnitudes if word.isascii() else zh_magnitudes).append((word, int(fields[1])))
            elif line.startswith(("@rate_counts ", "@rate_per ")):  # symbols defined above, by spaces
                directive, *symbols = line.split()
                (rate_counts if directive == "@rate_counts" else rate_per).update(
                    by_symbol[symbol].symbol for symbol in symbols)
            elif line.startswith("@also "):  # @also 次 = visits: a spelling of another unit that may mean this one
                symbol = by_symbol[fields[0][6:].strip()].symbol
                also.update((fold(word), symbol) for word in fields[1:])
            elif line.startswith("@en "):
                symbol = fields[0][4:].strip()
                english[symbol], english_one[symbol] = fields[1], fields[-1]
                for name in {fields[1], fields[-1]}:  # what checker writes, it reads back
                    if _same_as(bases.get(fold(name)), by_symbol[symbol]):
                        continue  # 年 is written "years", read back as 岁: the same length, the same value
                    spelling(name, by_symbol[symbol], number)
            elif line.startswith("@") or len(fields) < 2 or not fields[0].isidentifier():
                raise ValueError
            else:
                base = _Base(fields[0], fields[1], fields[2] if len(fields) > 2 else fields[0], composable, number,
                             counting)
                by_symbol[base.symbol] = base
                for word in fields[2:] or fields[:1]:  # the pint name only when there is no symbol
                    spelling(word, base, number)
        except (ValueError, IndexError, KeyError):
            raise CheckerError(
                f"cannot read this line of the units file: {line!r}",
                Location(path, number),
                hint="a unit line is `name = definition = symbol = alias …`; see the top of the file "
                "for @compose, @counting, @small, @large, @rate_counts, @rate_per and @en (these last name symbols defined above them)",
            ) from None
    shares = {base.share_of: base for base in by_symbol.values() if base.share_of}
    return _Vocabulary(
        bases=bases,
        by_symbol=by_symbol,
        small=small,
        large=large,
        zh_magnitudes=tuple(sorted(zh_magnitudes, key=lambda pair: -pair[1])),
        en_magnitudes=tuple(sorted(en_magnitudes, key=lambda pair: -pair[1])),
        english=english,
        english_one=english_one,
        shares=shares,
        rate_counts=frozenset(rate_counts),
        rate_per=frozenset(rate_per),
        also=also,
    )


def _same_as(known: _Base | None, base: _Base) -> bool:
    """Whether ``base`` is defined as exactly ``known`` (年 = year_of_age): one English name fits both."""
    return known is not None and base.definition == known.name


def _magnitude_pattern() -> str:
    """[digits][small word][large word]: 10万, 十万, 百万, 万亿, 1000, 10thousand (may be empty)."""
    v = _vocabulary()
    return rf"(?:[1-9]\d*)?(?:{_alternation(v.small)})?(?:{_alternation(v.large)})?"


def _trie(words) -> str:
    """One regular expression for many words, their common beginnings shared (quick to compile).

    Like an alternation longest first: at each letter the longer word is tried before the end.
    """
    root: dict = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(letter) + emit(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _composed(folded: str) -> dict[str, str | None] | None:
    """The parts of one unit, whole, as the rule composes it: ``[1 | [times] numerator] [/ per
    [denominator]]``, where times and per are magnitudes (10万, 千) and numerator and denominator
    base units that compose; None when no reading consumes the whole spelling.

    Read by trying each place a separator could split the spelling, with dictionary lookups for the
    base units: a regular expression holding every spelling would read the same and cost several
    milliseconds to compile on every start. Readings are tried in the order such a pattern would try
    them: no separator first, a magnitude before a numerator only when the numerator alone is no unit,
    the longest magnitude after the separator first."""
    v = _vocabulary()
    splits: list[tuple[str, str | None]] = [(folded, None)]
    for separator in _SEPARATORS:
        at = folded.find(separator)
        while at >= 0:
            splits.append((folded[:at], folded[at + len(separator):]))
            at = folded.find(separator, at + 1)
    for head, tail in splits:
        top = _numerator_part(head, v)
        if top is None:
            continue
        if tail is None:
            return {**top, "per": None, "denominator": None}
        bottom = _denominator_part(tail, v)
        if bottom is not None:
            return {**top, **bottom}
    return None


def _composes(spelling: str, v: _Vocabulary) -> bool:
    base = v.bases.get(spelling)
    return base is not None and base.composable


def _numerator_part(head: str, v: _Vocabulary) -> dict[str, str | None] | None:
    if not head:
        return {"one": None, "times": None, "numerator": None}
    if head == "1":
        return {"one": "1", "times": None, "numerator": None}
    if _composes(head, v):
        return {"one": None, "times": None, "numerator": head}
    for at in range(len(head) - 1, 0, -1):  # the longest magnitude first
        if _composes(head[at:], v) and _magnitude_re().fullmatch(head[:at]):
            return {"one": None, "times": head[:at], "numerator": head[at:]}
    return None


def per_people(text: str) -> str:
    """``text`` with the people a unit counts per written plainly: 人/千常住人口, 张/万户籍人口, 1/10万服务人口 are per
    千人口, 万人口, 10万人口 (whose people a rate counts says nothing of its unit; a name's 每千常住人口 or 户籍人口 is no
    unit, and stays; a whole unit 每千常住人口 is read as 1/千常住人口, so as this)."""
    return re.sub(_PER_PEOPLE, r"\1", text) if "住" in text or "籍" in text or "服" in text else text


#: the people after / and a magnitude (千, 10万, 十万): residents, registered, served — compiled by re on first use
_PER_PEOPLE = r"(/(?:\d+|[十百千万])*[十百千万\d])(?:常住|户籍|戶籍|服务|服務)(?=人口|人)"


def _denominator_part(tail: str, v: _Vocabulary) -> dict[str, str | None] | None:
    for at in range(len(tail), -1, -1):  # the longest magnitude first; a denominator may follow it
        rest = tail[at:]
        if (not rest or _composes(rest, v)) and _magnitude_re().fullmatch(tail[:at]):
            return {"per": tail[:at], "denominator": rest or None}
    return None


@cache
def _magnitude_re() -> re.Pattern:
    return re.compile(_magnitude_pattern())


@cache
def pattern() -> str:
    """A regular expression (source) for a unit written right after a number in a target phrase.

    It matches every spelling :func:`read` reads, except a leading magnitude in digits (in
    ``10万人`` the number is 10); what it matches is then read with :func:`canonical`.
    """
    v = _vocabulary()
    separator = f"(?:{_alternation(_SEPARATORS)})"
    large = _alternation(v.large)
    words = f"(?:(?:{_alternation(v.small)})(?:{large})?|(?:{large}))"
    # A part is [/ [digits]] [words] base (万人, /10万人, %) or / and a magnitude (/10万, per 1000); a
    # unit is one part right after the number, then maybe one after a separator (张/千人). The parts
    # are one repeated group, so the base units are written once and the phrase patterns stay quick
    # to compile; a combination the rule does not make (万岁, %/万人) is matched here and refused,
    # with its reason, by canonical().
    begins = rf"(?:(?<=\d)|(?={separator}))"
    part = rf"{begins}(?:(?:{separator}(?:[1-9]\d*)?)?{words}?{_trie(v.bases)}|{separator}(?:[1-9]\d*{words}?|{words}))"
    # 年 is a unit (years of schooling, 11.3年) except right after a year: 2030年 is the year 2030.
    not_a_year = r"(?!(?<=(?<![\d.])[12]\d{3})年)"
    return rf"{not_a_year}(?i:(?:{part}){{1,2}})"


def spellings() -> list[str]:
    """The spellings of the base units in the rules file, longest first (composed units are not listed)."""
    return sorted(_vocabulary().bases, key=len, reverse=True)


def spellings_of(symbol: str) -> tuple[str, ...]:
    """Every spelling of one defined unit, folded, longest first (百分点: 个百分点, percentagepoints …).

    For vocabulary other rules share with the units file, such as the grammar's percentage points.
    """
    base = _vocabulary().by_symbol[symbol]
    return tuple(sorted((s for s, b in _vocabulary().bases.items() if b is base), key=len, reverse=True))


@cache
def defined() -> dict[str, bool]:
    """The units the rules file defines (symbol → whether magnitudes and ratios are made of it); made once,
    to be read, not changed (matching asks it for every indicator of a plan)."""
    return {symbol: base.composable for symbol, base in _vocabulary().by_symbol.items()}


def english_name(symbol: str) -> str | None:
    """The English name the rules file gives a defined unit (None if it gives none)."""
    return _vocabulary().english.get(symbol)


# --- reading ------------------------------------------------------------------------------------------


def read(unit: str, location: Location | None = None) -> Unit:
    """The unit a spelling means, by the composition rule; :class:`UnitError` saying how to add it if none."""
    found = _read(fold(unit))
    if not isinstance(found, Unit):
        why, word = found
        raise UnitError(f"unknown unit {unit!r}: {why}", location, hint=_how_to_add(word)) from None
    return found


@cache
def _read(folded: str) -> Unit | tuple[str, str | None]:
    """The unit, or why the folded spelling is not one and its unknown word (cached: data files repeat units)."""
    v = _vocabulary()
    if folded in v.bases:
        return _plain(v.bases[folded])
    parts = _composed(folded) if folded else None
    if parts is None or not (parts["numerator"] or parts["per"] is not None):
        from checker.language.script import to_simplified  # only for a spelling not known as written

        simplified = to_simplified(folded)
        if simplified != folded:  # 歲, 張, 1/10萬: the units file is written in simplified characters
            return _read(simplified)
        per = ("1/" + folded[1:] if folded.startswith("每") else folded).replace("/每", "/")
        if per != folded:  # 每10万 is 1/10万, 每千人口 1/千人, 张/每千人 张/千人, as a unit column writes them (每千常住人口
            return _read(per_people(per))  # 1/千人 too: `unit: 每千常住人口`, as the 十四五 indicators word it, was unknown)
        return _unknown_part(folded)  # (a bare 1 is a number, not a unit)
    numerator = v.bases[parts["numerator"]] if parts["numerator"] else None
    denominator = v.bases[parts["denominator"]] if parts["denominator"] else None
    times = _magnitude(parts["times"] or "")
    per = _magnitude(parts["per"] or "") if parts["per"] is not None else 1
    if parts["per"] is not None and per == 1 and denominator is None:
        return "a ratio needs something after the '/' (/10万, /千人)", None
    if per > 1 and 10 ** round(math.log10(per)) != per:
        # "30/40" in a table cell is two values (two years, two groups), never a rate per 40
        return f"a rate is counted per 10, 100, 1,000, 万 or 10万, not per {per}", None
    if numerator is not None and times == 1 and denominator is None and per == 1:
        return _plain(numerator)
    if numerator is None and denominator is None:  # /10万, per 1,000: a share, written as the rules file does
        share = v.shares.get(per)
        symbol = share.symbol if share else f"1/{_zh_magnitude(per, in_denominator=True)}"
        return Unit(symbol, share.symbol if share else None, per=1 if share else per)
    numerator_text = f"{_zh_magnitude(times)}{numerator.symbol}" if numerator else "1"
    denominator_text = f"/{_zh_magnitude(per, in_denominator=True)}{denominator.symbol if denominator else ''}"
    return Unit(
        numerator_text + (denominator_text if parts["per"] is not None else ""),
        numerator.symbol if numerator else None,
        denominator.symbol if denominator else None,
        times=times,
        per=per,
    )


def _plain(base: _Base) -> Unit:
    return Unit(base.symbol, base.symbol)


def _magnitude(text: str) -> int:
    """The factor of a magnitude the whole-unit pattern matched: [digits][small word][large word]."""
    v = _vocabulary()
    digits = re.match(r"\d*", text).group()
    factor = int(digits) if digits else 1
    rest = text[len(digits):]
    for word in sorted(v.small, key=len, reverse=True):
        if rest.startswith(word):
            factor *= v.small[word]
            rest = rest[len(word):]
            break
    if rest:
        factor *= v.large[rest]
    return factor


def _zh_magnitude(factor: int, in_denominator: bool = False) -> str:
    """How checker writes a magnitude in Chinese: 万, 十万, 亿, 万亿; in a denominator 1/10万 as plans do."""
    if factor == 1:
        return ""
    v = _vocabulary()
    for word, size in v.zh_magnitudes:
        if size in v.large.values() and factor % size == 0:
            rest = factor // size
            if rest == 1:
                return word
            if rest == 10 and in_denominator:
                return f"10{word}"
            smalls = {value: name for name, value in v.zh_magnitudes if value in v.small.values()}
            return f"{smalls.get(rest, rest)}{word}"
    smalls = {value: name for name, value in v.zh_magnitudes if value in v.small.values()}
    if factor in smalls and not (in_denominator and factor == 10):
        return smalls[factor]
    return str(factor)


def magnitude_word(factor: int) -> str:
    """The Chinese word for a magnitude, as a number shown in it carries it: 千 (1,000), 万, 百万, 亿; "" for 1."""
    return _zh_magnitude(factor)


def _unknown_part(folded: str) -> tuple[str, str | None]:
    """Why a spelling is not a unit, and the word in it checker does not know (None: no such word)."""
    v = _vocabulary()
    if not folded:
        return "the unit is blank", None
    for separator in _SEPARATORS:
        if separator in folded:
            head, _, tail = folded.partition(separator)
            if not tail:
                return f"a ratio needs something after {separator!r} (/10万, /千人)", None
            for part in (head, tail):
                if part and not isinstance(_read(part), Unit) and not re.fullmatch(r"[\d.]+", part):
                    return _unknown_part(part)
            return "magnitudes and ratios are made only from amounts and counts", None
    words = rf"^(?:[1-9]\d*)?(?:{_alternation(v.small)})?(?:{_alternation(v.large)})?"
    stripped = re.sub(words, "", folded)
    if not stripped:
        return "a magnitude needs a unit after it (万人, 10万元)", None
    if stripped in v.bases and not v.bases[stripped].composable:
        symbol = v.bases[stripped].symbol
        return f"{symbol} is not an amount or a count: it takes no magnitude and is no part of a ratio", None
    number = re.match(r"\d+(?:\.\d*)?", folded)
    if number and ("." in number.group() or not re.match(rf"(?:{_alternation(v.small)}|{_alternation(v.large)})",
                                                          folded[number.end():])):
        # 82.5岁以上: a number and words, no magnitude before a unit: named whole, not cut inside the number (.5岁以上)
        return f"checker does not know {folded!r}", folded
    return f"checker does not know {stripped!r}", stripped


def _how_to_add(word: str | None) -> str:
    v = _vocabulary()
    known = ", ".join(sorted(base.symbol for base in v.by_symbol.values()))
    rule = (
        f"magnitudes (万人) and ratios (张/千人) are made of the amounts and counts of rules/{UNITS_FILE} "
        "(its sections marked `@compose on`)"
    )
    if word is None:
        return f"{rule}; known units: {known}"
    if re.search(r"\d", word):  # unit: 达到30%: a target's words in the unit's place
        return f"the unit is a unit alone (%, ‰, 岁), not a phrase with a number; known units: {known}"
    inside = sorted((symbol for symbol in v.by_symbol if symbol and symbol in word and symbol != word), key=len,
                    reverse=True)
    if re.search(r"[()\[\]【】〔〕（）]", word):  # ‰（千分比）, (‰): the unit with words or brackets, no new unit
        alone = f" ({inside[0]!r})" if inside else ""
        return (f"write the unit alone{alone}, without brackets or the words in them (‰, not ‰（千分比）); "
                f"known units: {known}")
    # ‰‰, %%, 岁岁: a unit typed twice
    typo = f"did you mean {inside[0]!r}? " if inside and len(word) <= 2 * len(inside[0]) + 1 else ""
    return (
        f"{typo}to teach checker a new unit, add a line to rules/{UNITS_FILE} under `@compose on`, e.g. "
        f"`new_unit = [new_units] = {word}` (pint name = [what it counts] = symbol = other spellings); "
        f"{rule}; known units: {known}"
    )


def is_amount(unit: str) -> bool:
    """Whether a known unit is an amount or a count, or a ratio of them (万人, 张/千人), not a share or an age."""
    found = _read(fold(unit))
    if not isinstance(found, Unit) or found.noun or found.counted_per:
        return False
    parts = [part for part in (found.numerator, found.denominator) if part]
    return bool(parts) and all(defined()[part] for part in parts)


def is_whole_amount(unit: str) -> bool:
    """Whether a known unit is an amount or a count with nothing it is per (张, 万人, 个, 亿元): a place's value in it
    adds up over its parts, where 张/千人, %, 岁 do not."""
    found = _read(fold(unit))
    return is_amount(unit) and isinstance(found, Unit) and not found.denominator


def is_count(unit: str) -> bool:
    """Whether a known unit is a counting word alone (个, 家, 所, 人): one of it is one thing built or done,
    where one 平方米, 分钟, 元 or 万人 is a measure."""
    found = _read(fold(unit))
    if not isinstance(found, Unit) or found.denominator or found.times != 1 or found.per != 1:
        return False
    base = _vocabulary().by_symbol.get(found.numerator or "")
    return base is not None and base.counting and found.symbol == base.symbol


def looks_like_unit(words: str) -> bool:
    """Whether the words in a name's last brackets are a unit: one the rules file knows, or one written with a
    slash or a sign (元/人·年, ‰), to be drafted for review; other words (Children, 农村, women 15-49 years) name
    a group."""
    return is_known(words) or bool(re.search(r"[/%‰％·]|\bper\b", words))


def canonical(unit: str, location: Location | None = None) -> str:
    """How checker writes a unit: ``/10万`` → ``1/10万``, ``％`` → ``%``, ``名/10万人口`` → ``人/10万人``."""
    return read(unit, location).symbol


def also_means(written: str, unit: str) -> bool:
    """Whether ``written``, a spelling of another unit, may mean ``unit`` (the units file's ``@also``): "4 visits" of an
    indicator counted in 次 (antenatal visits per woman) is 4 次, though visits alone are 人次."""
    return _vocabulary().also.get(fold(written)) == unit


def is_known(unit: str) -> bool:
    return isinstance(_read(fold(unit)), Unit)


def same_unit(a: str, b: str) -> bool:
    """Whether two spellings mean one unit (1/10万人 and 1/10万, 人/千人 and 人/千人口): a value in one is the
    same number in the other."""
    try:
        return convert(1.0, a, b) == 1.0
    except CheckerError:
        return False


def counts_per_people(count: str, rate: str) -> bool:
    """Whether ``count`` (人, 张) is the counting word of ``rate``, a count per so many people (人/千人, 张/万人):
    a statistical table or a target cell writes 3.2人 for 每千人口执业医师数 in 人/千人, the number being in
    the indicator's own frame. Different things (张 for 人/千人) never are."""
    counted, per = _read(fold(count)), _read(fold(rate))
    if not isinstance(counted, Unit) or not isinstance(per, Unit):
        return False
    plain = counted.denominator is None and counted.times == 1 and counted.per == 1 and counted.numerator is not None
    # a rate of people per so many people (每千人口, 1/千人) counts 人 too: 3.8人 under it is 3.8 per 1,000 people
    numerator = per.numerator if per.numerator is not None else per.denominator
    return plain and per.denominator == "人" and per.times == 1 and per.per > 1 and numerator == counted.numerator


def counted_per_people(count: str, rate: str) -> str | None:
    """The unit a count of ``count`` (张) per so many people would be, where ``rate`` is a bare rate per people that
    counts nothing (1/千人, as ``unit: 每千人口`` writes it): ``张/千人``; None for any other pair. A plan that
    writes 3.8张 under 每千人口 means that unit, not a number of 1/千人 (beds are no people)."""
    counted, per = _read(fold(count)), _read(fold(rate))
    if not isinstance(counted, Unit) or not isinstance(per, Unit) or per.numerator is not None:
        return None
    if counted.denominator is not None or counted.numerator is None or per.denominator != "人" or per.per <= 1:
        return None
    return canonical(f"{counted.numerator}/{rate.removeprefix('1/')}")



@cache
def _per_people_words() -> tuple[tuple[str, str], ...]:
    """Name words that make a bare count a rate per so many people (``rules/names.yaml``), longest first, folded."""
    from checker.rulefiles import load_rules_yaml

    found = (load_rules_yaml("names.yaml") or {}).get("per_people") or {}
    return tuple(sorted(((_name_folded(str(start)), str(people)) for start, people in found.items()),
                        key=lambda pair: -len(pair[0])))


def _name_folded(name: str) -> str:
    """A name as its per-people words are looked for in it: NFKC, simplified, no spaces, either case."""
    from checker.language.names import without_invisible
    from checker.language.script import to_simplified

    return "".join(to_simplified(without_invisible(name)).split()).casefold()


def people_of_name(name: str) -> str | None:
    """The people a name counts per (万人 of 每万人口卫生机构床位数, 千人 of 床位数（每千人口）), None where it says none."""
    folded = _name_folded(name)
    return next((people for words, people in _per_people_words() if words in folded), None)


def rate_unit(plan_unit: str | None, names: list[str]) -> str | None:
    """The rate a bare count of the plan stands for when the indicator's name counts it per so many
    people: 人 for 每千常住人口执业（助理）医师数 is 人/千人. None for any other indicator."""
    if not plan_unit or not defined().get(plan_unit):  # a count (人, 张), not a share or a rate
        return None
    for name in names:
        people = people_of_name(name)  # 每千常住人口…, 床位数（每千人口）, 千人口床位数, beds per 1,000 population
        if people is not None:
            return f"{plan_unit}/{people}"
    return None


def counted_as(written: str, rate: str) -> str:
    """``written`` read as a count of what ``rate`` counts per people, where it is a rate per people that names no
    counted thing: "per 10,000 population" (1/万人) of a row or a phrase under beds per 1,000 (张/千人, or 张 standing
    for it, :func:`rate_unit`) is beds per 10,000 (张/万人), as 每千人口床位数 names the beds. ``written`` as it stands
    otherwise: a count (张, 万张) is never made a rate here, and another counted thing (人/千人) stays itself."""
    try:
        counted = read(rate)
    except CheckerError:
        return written
    if counted.numerator is None or counted.denominator != "人" or counted.per <= 1 or counted.times != 1:
        return written
    return counted_per_people(counted.numerator, written) or written


# --- writing ------------------------------------------------------------------------------------------


def display(unit: str | None, lang: str = "zh") -> str:
    """A unit's name for a reader: its symbol in Chinese; in English by the same composition rule.

    ``display("万人", "en")`` is ``10,000 persons``, ``张/千人`` is ``beds per 1,000 persons``,
    ``1/10万`` is ``per 100,000``. A unit without an English name in the rules file keeps its symbol.
    """
    if not unit:
        return ""
    if lang == "en" and unit in _vocabulary().english:  # a named unit: no need to read it (start-up)
        return _vocabulary().english[unit]
    read_unit = read(unit)
    if lang != "en":
        return read_unit.symbol
    v = _vocabulary()
    if read_unit.symbol in v.english:
        return v.english[read_unit.symbol]
    parts = []
    if read_unit.numerator:
        name = v.english.get(read_unit.numerator, read_unit.numerator)
        parts.append(f"{_en_magnitude(read_unit.times)} {name}" if read_unit.times != 1 else name)
    if read_unit.denominator or read_unit.per != 1:
        names = v.english if read_unit.per != 1 else v.english_one
        noun = names.get(read_unit.denominator, read_unit.denominator) if read_unit.denominator else ""
        parts.append(" ".join(filter(None, ["per", _en_magnitude(read_unit.per) if read_unit.per != 1 else "", noun])))
    return " ".join(parts)


def _en_magnitude(factor: int) -> str:
    """10,000 · 100,000 · 1 million · 100 million (English writes up to 999,999 in digits)."""
    for word, size in _vocabulary().en_magnitudes:
        if size >= 1_000_000 and factor >= size and factor % size == 0:
            return f"{factor // size:,} {word}"
    return f"{factor:,}"


def suffix(unit: str | None, lang: str = "zh") -> str:
    """How a unit follows a number: ``12/10万``, ``4‰``, ``79.7岁``.

    In English (``lang="en"``, for English reports): ``12 per 100,000``, ``79.7 years``, ``4‰``.
    """
    if not unit:
        return ""
    if lang == "en":
        name = display(unit, "en")
        return name if name in ("%", "‰") else f" {name}"
    return unit[1:] if unit.startswith("1/") else unit


def in_english(text: str, unit: str | None) -> str:
    """``text`` (an English reason or formula the engine wrote with the unit's symbol) with each amount
    of ``unit`` in English words: ``13.5/10万`` → ``13.5 per 100,000``, ``79.2岁`` → ``79.2 years``,
    ``5万人`` → ``5 × 10,000 persons``. Only amounts of that one unit change; ``%`` and ``‰`` stay.
    A plain scan, not a regular expression: it runs once per result of every check."""
    if not unit or not text:
        return text
    written = suffix(unit)
    if written not in text:
        return text
    english = _english_suffix(unit)
    if english == written:
        return text
    out, start = [], 0
    while (found := text.find(written, start)) >= 0:
        end = found + len(written)
        after = text[end:end + 1]
        # an amount: a digit before, and no Chinese character after (79.2岁, but not 2.5人次 for 人)
        if found and text[found - 1].isdigit() and not ("\u4e00" <= after <= "\u9fff"):
            out.append(text[start:found] + english)
        else:
            out.append(text[start:end])
        start = end
    out.append(text[start:])
    return "".join(out)


@cache
def _english_suffix(unit: str) -> str:
    english = suffix(unit, "en")
    return " ×" + english if english[1:2].isdigit() else english  # "5 × 10,000 persons", not "5 10,000 persons"


# --- converting ---------------------------------------------------------------------------------------


@cache
def _registry():
    """pint's registry of the rules file's base units (built the first time a value is converted)."""
    import pint

    registry = pint.UnitRegistry(None)
    for base in _vocabulary().by_symbol.values():
        try:
            registry.define(f"{base.name} = {base.definition}")
            registry.get_dimensionality(base.name)  # a definition naming an unknown unit fails here
        except Exception as error:  # pint's own errors differ by version; all mean a bad definition
            raise CheckerError(
                f"pint cannot read the definition of {base.symbol}: {error}",
                Location(rules_file(UNITS_FILE), base.line),
                hint="a definition is [dimension], a number, or a multiple of a unit defined above it",
            ) from None
    return registry


def _pint_unit(unit: Unit):
    """The unit for pint; a rate per a noun is a number (its noun is compared apart, in convert)."""
    registry = _registry()
    by_symbol = _vocabulary().by_symbol
    if unit.noun or unit.counted_per:
        return registry.dimensionless
    result = registry.Unit(by_symbol[unit.numerator].name) if unit.numerator else registry.dimensionless
    if unit.denominator:
        result = result / registry.Unit(by_symbol[unit.denominator].name)
    return result


def convert(value: float, from_unit: str, to_unit: str, location: Location | None = None) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit``; an error naming both units if they differ in kind."""
    source, target = read(from_unit, location), read(to_unit, location)
    if source.symbol == target.symbol:
        return value
    import pint

    if source.noun and target.noun and not _same_dimension(source.noun, target.noun):
        raise _refusal(source, target, f"a rate per {source.noun} is not a rate per {target.noun}", location)
    if BIRTHS_UNSAID in (source.noun, target.noun):
        raise _refusal(source, target, _UNSAID_WHY, location)
    try:
        quantity = _registry().Quantity(value * source.times / source.per, _pint_unit(source))
        magnitude = float(quantity.to(_pint_unit(target)).magnitude) * target.per / target.times
    except pint.DimensionalityError:
        raise _refusal(source, target, "they measure different things", location) from None
    # 12 significant digits: 1.2‰ is 120/10万, not 119.99999999999997 (float noise would make
    # equal targets look different to lint and print badly)
    return float(f"{magnitude:.12g}")


#: the births of a rate per births not said to be live or total (a data file's "per 1,000 births", rules/units.txt):
#: which they are is the indicator's, so such a rate converts into nothing until :func:`births_named` names them
BIRTHS_UNSAID = "出生"
#: the births a rate per births may be counted per, by the indicator: live births, total births (live and still)
BIRTHS_SAID = ("活产", "围产儿")
_UNSAID_WHY = ("births not said to be live (an infant, under-5 or maternal rate's) or total, live and still (a "
               "stillbirth or perinatal rate's): which they are is the indicator's")


def births_unsaid(unit: str) -> bool:
    """Whether ``unit`` is a rate per births not said to be live or total (``per 1,000 births``)."""
    try:
        return read(unit).noun == BIRTHS_UNSAID
    except CheckerError:
        return False


def births_named(unit: str, births: str | None, location: Location | None = None) -> str:
    """``unit``, a rate per births not said which (``per 1,000 births``), as a rate per ``births`` — the indicator's
    own, 活产 or 围产儿 (:data:`BIRTHS_SAID`); refused where the indicator says neither: never guessed."""
    if births not in BIRTHS_SAID:
        raise UnitError(f"{unit} is a rate per births not said to be live or total, and the indicator does not say "
                        "which: live births (an infant, under-5 or maternal rate's) or total births, live and still (a "
                        "stillbirth or perinatal rate's)", location,
                        hint="write the unit per 1,000 live births or per 1,000 total births (1/千活产, 1/千围产儿)")
    source = read(unit, location)
    return canonical(source.symbol[: -len(BIRTHS_UNSAID)] + births, location)


def _refusal(source: Unit, target: Unit, why: str, location: Location | None) -> UnitError:
    counts = defined()
    both_counts = all(counts.get(unit.numerator) for unit in (source, target))
    per_person = next((unit for unit, other in ((source, target), (target, source)) if unit.denominator == "人"
                       and unit.per == 1 and other.denominator is None and other.numerator == unit.numerator), None)
    # ``target`` is the indicator's unit, ``source`` the one given (a phrase's, a data cell's): the hint says which
    # way to go from where the plan stands, never back to where it is (unit: 元 told "write unit: 元" for 100元/人)
    if per_person is target:  # unit: 元/人, a phrase or value in 元
        hint = (f"an amount per person (人均…) is measured in its amount's unit: write `unit: {per_person.numerator}` for "
                f"the indicator (人均体育场地面积: 平方米), as statistics bulletins print it, and its data in "
                f"{per_person.numerator}; or give this value in {target.symbol}")
    elif per_person is source:  # unit: 元, a phrase or value in 元/人
        hint = (f"{source.symbol} (per person) is not converted into {target.symbol}: where the plan writes the amount "
                f"per person (不低于100{source.symbol}), measure the indicator so, `unit: {source.symbol}`, with its data in "
                f"{source.symbol}; else give this value in {target.symbol} (100{target.symbol})")
    else:
        hint = (f"state the value in {target.symbol}, or in a unit of the same kind"
                + (" (each counting word counts its own thing: 张 is not 人, 所 is not 家)" if both_counts else ""))
    return UnitError(f"cannot convert {source.symbol} to {target.symbol}: {why}", location, hint=hint)


def _same_dimension(a: str, b: str) -> bool:
    registry = _registry()
    by_symbol = _vocabulary().by_symbol
    return registry.Unit(by_symbol[a].name).dimensionality == registry.Unit(by_symbol[b].name).dimensionality


def same_population(unit: str, population: str, location: Location | None = None) -> None:
    """Refuse ``unit`` if it is a rate per another population than ``population`` (例/千人 for a rate per 活产): a
    count per persons is another measure than one per live births, though the indicator's unit (‰) leaves it out."""
    source = read(unit, location)
    if source.noun and source.noun != population and not _same_dimension(source.noun, population):
        raise UnitError(f"{unit} is a rate per {source.noun}, and the indicator is counted per {population} (its "
                        f"catalogue entry): a rate per {source.noun} is not a rate per {population}", location,
                        hint=f"give the value per {population} (1/千{population}, or the plan's unit), or fix the "
                             "unit column")


def compatible(a: str, b: str) -> bool:
    """Whether values in unit ``a`` can be converted to unit ``b``."""
    try:
        convert(1.0, a, b)
    except UnitError:
        return False
    return True
