"""The indicator catalogue (``rules/indicators.yaml``) as extract looks names up in it.

A drafted name takes the catalogue's id, Chinese name, unit and direction where it or an alias
matches (:func:`entry`); the sentence finder also asks whether a subject is a known measure
(:func:`knows`), so that ``居民健康素养水平持续提升`` is a target though most levels with only a
trend (``服务水平明显提高``) are not.
"""

from __future__ import annotations

import re
from functools import cache

from checker.documents import vocabulary
from checker.errors import CheckerError
from checker.language import units
from checker.language.names import clean_name
from checker.language.script import to_simplified
from checker.rulefiles import load_rules_yaml


def key(name: str) -> str:
    """A name as the catalogue is keyed: simplified, no spaces or case, no unit in brackets at the end (a group
    in brackets stays: Severe anemia (Children) is not Severe anemia (Pregnant women)), no quotation marks."""
    name = to_simplified(clean_name(name)).replace(" ", "").lower()  # English names match whatever their case
    # and whatever joins their words: Under 5, Under-5 and Under5 are one word (a hyphen between figures, 0-6岁, stays)
    name = _WORD_HYPHEN.sub("", name)
    brackets = re.search(r"[（(]([^（）()]*)[）)]$", name)
    if brackets and units.looks_like_unit(brackets.group(1)):  # not (Children), a group of the name's people
        name = name[: brackets.start()]
    # “健康某区” and 健康某区 are one name: quotation marks are the sentence's, not the name's; and 经常参加体育锻炼的人数比例
    # is 经常参加体育锻炼人数比例 (a 的 between words joins them, it tells no other measure)
    return re.sub(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])", "",
                  name.replace("(", "（").replace(")", "）").translate(_QUOTES))


#: a unit in brackets at the end of a name ((%), （人/千人）)
UNIT_BRACKETS = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
#: a short form in brackets (TFR, U5MR, WRA): two capitals or a digit among letters, no spaces
_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2}|[^\d]*\d)[A-Za-z][A-Za-z0-9-]{1,7}")


def without_short_form(name: str) -> str:
    """A name without its own short form in brackets at the end: Total Fertility Rate (TFR), Under-five mortality
    rate (U5MR), 婴儿死亡率（IMR） — the short form's letters are the initials of the name's words, in order (a
    Chinese name: any short form of capitals). A group's (Anaemia prevalence (U5), (WRA), (MDR-TB)) stays."""
    brackets = UNIT_BRACKETS.search(name)
    short = brackets.group(1).strip() if brackets else ""
    if not brackets or not _ABBREVIATION.fullmatch(short) or units.is_known(short):
        return name
    before = name[: brackets.start()].strip()
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", before)).upper()
    letters = re.sub(r"[^A-Z]", "", short.upper())
    latin = bool(initials)
    if latin and not _in_order(letters, initials):
        return name
    if not latin and not (re.search(r"[\u4e00-\u9fff]", before) and re.fullmatch(r"[A-Z]{2,8}", short)):
        return name
    return before


def _in_order(letters: str, initials: str) -> bool:
    """Whether ``letters`` are ``initials`` in order with none left over at the start (UMR in UFMR: Under-Five
    Mortality Rate)."""
    found = iter(initials)
    return bool(letters) and letters[0] == initials[0] and all(letter in found for letter in letters)


_WORD_HYPHEN = re.compile(r"(?<=[a-z])[-‐‑](?=[a-z0-9])|(?<=[a-z0-9])[-‐‑](?=[a-z])")
_QUOTES = str.maketrans("", "", "“”‘’「」『』\"")


@cache
def _by_key() -> dict[str, tuple[str, dict]]:
    data = load_rules_yaml("indicators.yaml") or {}
    out: dict[str, tuple[str, dict]] = {}
    for ident, item in data.items():
        for name in [item.get("zh"), *(item.get("aliases") or []), item.get("en")]:
            if name:
                out.setdefault(key(name), (ident, item))
    return out


#: the whole people a measure is of, as plans name them (人民群众健康素养水平, 全市居民健康素养水平, 全市百姓…): the
#: catalogue names them 居民 (not a group within them: 农村居民, 老年人 keep their own names)
_PEOPLE = vocabulary.pattern("whole_people")


#: an English name that ends in its rate's unit ("under-five deaths per 1,000 live births", "doctors per 10,000 population")
NAME_PER = re.compile(r"\bper\s+(?:[\d,]+|thousand|hundred\s+thousand|lakh)(?:\s+[a-z]+){0,2}$", re.I)


def entry(name: str) -> tuple[str, dict] | None:
    """(id, catalogue entry) of the indicator ``name`` names, or None; a name led by the whole people
    (群众健康素养水平) is looked up as the catalogue's 居民… name too, and an English name that ends in its unit
    (Infant mortality rate per 1,000 live births) as the name before it, where that unit is the catalogue's."""
    by_key = _by_key()
    found = by_key.get(key(name))
    if found is None:
        found = _before_its_unit(name, by_key)
    if found is None:
        people = _PEOPLE.match(key(name))
        rest = key(name)[people.end():] if people else ""
        if len(rest) >= 2:
            found = by_key.get("居民" + rest)
        if found is None and len(rest) >= 2:  # 民众的人均预期寿命, 國人平均壽命: a per-head measure is the people's
            bare = by_key.get(rest)
            if bare is not None and (rest.startswith("人均") or bare[1].get("unit") == "岁"):
                found = bare
    return found


def _before_its_unit(name: str, by_key: dict[str, tuple[str, dict]]) -> tuple[str, dict] | None:
    """The catalogue entry of the name before an English name's closing unit (``Maternal mortality ratio`` of ``…
    per 100,000 live births``), where the unit is the entry's (1/10万活产 is 1/10万, of the same population); None
    otherwise — a name whose unit says another measure (… per 1,000 population of a rate per births) or another scale
    (… per 100 live births, whose figures are not in the entry's ‰) is not linked."""
    per = NAME_PER.search(name.strip())
    if per is None or not (bare := name.strip()[:per.start()].rstrip(" ,;:-–(")):
        return None
    found = by_key.get(key(bare))
    if found is None or not found[1].get("unit"):
        return None
    try:
        unit = units.canonical(per.group(0))
        if found[1].get("per"):  # a rate per live births (活产) is no rate per persons: refused by a UnitError
            units.same_population(unit, found[1]["per"])
    except CheckerError:  # (a unit rules/units.txt does not know, or of another population: no link)
        return None
    return found if units.same_unit(unit, found[1]["unit"]) else None


def whole_of_part(name: str) -> dict | None:
    """The catalogue entry of the measure ``name`` sets for a part of the people (农村婴儿死亡率: 婴儿死亡率's), whose
    unit and plausible range it takes; None for any other name (:func:`checker.data.matching.whole_of_part`)."""
    from checker.data.matching import catalogue as whole_catalogue, whole_of_part as whole_id

    found = whole_id(to_simplified(clean_name(name)))
    return whole_catalogue()[found] if found else None


def names(name: str) -> bool:
    """Whether ``name`` is itself a catalogued name or alias (not only a people's name for one)."""
    return key(name) in _by_key()


def knows(name: str) -> bool:
    """Whether ``name`` is a catalogued indicator's name or alias."""
    return entry(name) is not None


def unit_of(name: str) -> str | None:
    """The unit the catalogue gives the indicator ``name`` names, or None (not catalogued, or no unit)."""
    found = entry(name)
    return found[1].get("unit") if found else None


#: the words of "per day" (每日, 日), which a name may put in more than one place (人均每日食盐摄入量, 人均食盐日摄入量)
_PER_DAY = re.compile(r"每|日")


def _characters(name: str) -> str:
    """``name``'s key without the words of "per day", its characters in order: the same for any order of its words."""
    return "".join(sorted(_PER_DAY.sub("", key(name))))


@cache
def _by_characters() -> dict[str, str]:
    out: dict[str, str] = {}
    for name_key, (ident, _) in _by_key().items():
        out.setdefault(_characters(name_key), ident)
    return out


def folded(name: str) -> str:
    """What ``name`` measures, for telling two spellings of one measure apart from two measures: the catalogue id it
    names or folds to, else its characters with word order and 每/日 set aside (a news sub-heading's
    人均食盐日摄入量 and the body's 人均每日食盐摄入量 fold alike). Only for comparing targets said twice: it is no
    name to draft."""
    found = entry(name)
    if found is not None:
        return found[0]
    characters = _characters(name)
    return _by_characters().get(characters, characters)
