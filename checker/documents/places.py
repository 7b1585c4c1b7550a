"""The places `extract` knows by name: provinces and municipalities by their short names (江苏 for 江苏省), and the
names places call themselves by (龙江, 蓉城: ``place_nicknames`` in rules/names.yaml). Used to tell whether a word in a
heading or before a measure surely names a place, and whether that place is the plan's own region."""
from __future__ import annotations

import re
from functools import cache

from checker.language.script import to_simplified
from checker.rulefiles import load_rules_yaml

#: the kinds a place's name ends with, longest first, which its short name leaves out
_KINDS = r"(?:特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|省|市|县|区|州|盟|旗)"


@cache
def known_places() -> dict[str, str]:
    """Each short name or nickname of a province or municipality, and of a city with a listed nickname, → its full
    name (江苏 → 江苏省, 龙江 → 黑龙江省, 蓉城 → 成都市)."""
    names = load_rules_yaml("names.yaml") or {}
    known = {re.sub(f"{_KINDS}$", "", place): str(place)
             for place in (*(names.get("provinces") or ()), *(names.get("municipalities") or ()))}
    for place, nicknames in (names.get("place_nicknames") or {}).items():
        known.update({str(nickname): str(place) for nickname in nicknames or ()})
    return known


@cache
def known_cities() -> dict[str, str]:
    """Each city rules/names.yaml names (a municipality, a city with a listed nickname) by its short name → its full
    name (深圳 → 深圳市, 上海 → 上海市): a text that names one only so (未来5年深圳…) is of that city."""
    names = load_rules_yaml("names.yaml") or {}
    cities = (*(names.get("municipalities") or ()), *(str(place) for place in (names.get("place_nicknames") or {})
                                                      if str(place).endswith("市")))
    return {stem(str(city)): str(city) for city in cities}


def parts(region: str) -> list[str]:
    """A region's name in its places, the largest first (深圳市龙岗区 → 深圳市, 龙岗区; 黑龙江省 → 黑龙江省)."""
    region = to_simplified(region)
    return re.findall(f".+?{_KINDS}(?!{_KINDS})", region) or [region]


def stem(place: str) -> str:
    """A place's name without its kind (龙岗区 → 龙岗, 广西壮族自治区 → 广西)."""
    return re.sub(f"{_KINDS}$", "", place)


def own_names(region: str | None) -> set[str]:
    """The ways the plan's own place may be named short: its own (last) part's name without its kind and its nicknames
    (榆林市榆阳区 → 榆阳; 黑龙江省 → 黑龙江, 龙江; 成都市 → 成都, 蓉城). A larger place it lies in is another region."""
    if not region:
        return set()
    own = parts(region)[-1]
    names = {stem(own)} | {short for short, full in known_places().items() if full == own}
    return {name for name in names if name}


def is_own(name: str, region: str | None) -> bool:
    """Whether ``name`` (a heading's 榆阳, 龙江) names the plan's own region; a name that opens with the own one or is
    its start counts (健康平江行动 of 平江县)."""
    name = stem(to_simplified(name))
    return any(name.startswith(own) or own.startswith(name) for own in own_names(region))


def is_known_place(name: str, region: str | None = None) -> bool:
    """Whether ``name`` surely names a place: a name with its kind (甘肃省, 杭州市), a known short name or nickname
    (甘肃, 齐鲁), or a place the plan's region lies in (深圳 of 深圳市龙岗区). 知识普及, 城市建设, 老龄化 (健康…行动's
    special actions) are none."""
    name = to_simplified(name)
    return name in known_places() or bool(re.fullmatch(f"[\u4e00-\u9fff]{{2,8}}?{_KINDS}", name)) \
        or any(stem(part) == name for part in parts(region or "")[:-1])


@cache
def city_nickname() -> re.Pattern:
    """A city's nickname opening a measure's name (岛城, 泉城, 蓉城: the cities' ``place_nicknames`` in
    rules/names.yaml), compiled on first use."""
    names = load_rules_yaml("names.yaml") or {}
    cities = sorted((str(nickname) for place, nicknames in (names.get("place_nicknames") or {}).items()
                     if str(place).endswith("市") for nickname in nicknames or ()), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, cities))})(?=[\u4e00-\u9fff])")
