"""Observations → series of the plan's indicators: names matched, units converted, regions sorted.

A data file names an indicator by id, by the plan's Chinese name, by an alias the plan lists, by an
alias in the catalogue (``rules/indicators.yaml``), or by a name with its unit in brackets
(``人均预期寿命（岁）``). Rows of indicators the plan does not know are counted and listed once, with
a "did you mean"; they are never silently dropped. Units are converted to the plan's unit with
pint; a unit of another kind is an error at the row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, lru_cache

from checker.language import units
from checker.errors import CheckerError, DataErrors, Location
from checker.data.jumps import TARGET_SLIP_TOLERANCE, slip_factor
from checker.data.limits import impossible
from checker.language.names import without_invisible
from checker.language.numbers import marked_year
from checker.data.observations import (Observation, Observations, aggregate_regions, is_aggregate, is_province,
                                       place_endings, short_names, shown_with_unit, unnamed_totals, yes_or_no)
from checker.plan.model import Indicator, Plan
from checker.judge.results import UnknownIndicator
from checker.records import record
from checker.rulefiles import load_rules_yaml
from checker.language.rule import LEVEL_KINDS
from checker.language.script import to_simplified

CATALOGUE_FILE = "indicators.yaml"
_UNIT_SUFFIX = re.compile(r"^(.*?)[(（]([^()（）]*)[)）]$")


@record
class Point:
    """One observed value of a series, in the plan's unit, with where it came from."""

    __slots__ = ("year", "value", "text", "location", "unit", "notes", "original_unit")

    def __init__(self, year: int, value: float | None, text: str, location: Location, unit: str | None,
                 notes: tuple[str, ...] = (), original_unit: str | None = None) -> None:
        self.year = year
        self.value = value
        self.text = text
        self.location = location
        self.unit = unit
        self.notes = notes
        self.original_unit = original_unit  # the data's own unit, when it was converted

    def evidence(self) -> dict:
        data = {
            "year": self.year,
            "value": self.value,
            "text": self.text,
            "unit": self.unit,
            "data_unit": self.original_unit,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "notes": list(self.notes),
        }
        if self.location.sheet is not None:  # a workbook's cell: its sheet and reference (C12)
            data.update(sheet=self.location.sheet, cell=self.location.cell())
        return data


@record
class Dataset:
    """Series by (region, indicator id) → {year: Point}; plus what could not be matched. A series is a
    dict, or for files read by columns a view of them (:class:`checker.data.columnar.ColumnSeries`)."""

    __slots__ = ("series", "unknown", "skipped", "repeated", "left", "parents")

    def __init__(self, series: dict[tuple[str, str], Mapping[int, Point]] | None = None,
                 unknown: list[UnknownIndicator] | None = None, skipped: list[CheckerError] | None = None,
                 repeated: list[Observation] | None = None, left: set[int] | None = None,
                 parents: dict[str, dict[str, str]] | None = None) -> None:
        self.series = {} if series is None else series
        self.unknown = [] if unknown is None else unknown
        self.skipped = [] if skipped is None else skipped
        #: rows that repeat another row's value under another name of the same indicator (dropped)
        self.repeated = [] if repeated is None else repeated
        #: id() of every row that is not in ``series`` because it was repeated or skipped
        self.left = set() if left is None else left
        #: region → level (city, province) → the place it lies in, where the data names them (省份, 地市)
        self.parents = {} if parents is None else parents

    def get(self, region: str, indicator: str) -> Mapping[int, Point]:
        return self.series.get((region, indicator), {})

    def with_points(self) -> Iterator[tuple[str, str]]:
        """The (region, indicator id) of every series that holds a point."""
        return (key for key, series in self.series.items() if series)

    def series_regions(self) -> set[str]:
        """The regions with a series."""
        return {region for region, _ in self.series}

    def regions(self) -> list[str]:
        """The regions with rows of the plan's indicators."""
        return sorted(self.series_regions())

    def regions_in_file(self) -> list[str]:
        """Every region the data has rows for, the plan's indicators or not."""
        return sorted(self.series_regions() | {u.region for u in self.unknown if u.region})


def valued_years(series: Mapping[int, Point]) -> list[int]:
    """The years of a series that have a value, in order."""
    fast = getattr(series, "valued_years", None)  # a view of columns answers without making points
    if fast is not None:
        return fast()
    return sorted(year for year, point in series.items() if point.value is not None)


def stale_regions(dataset: Dataset, judged: list[str]) -> list[str]:
    """One warning line naming the judged regions whose data ends two or more years before the latest year
    of the data: a county renamed (茌平县 → 茌平区) or merged is two regions, the old name judged on its
    last years' data as if current. (A national file read by columns is asked by columns.)"""
    latest: dict[str, int] = {}
    rows = getattr(dataset, "rows", None)
    if rows is not None:  # checker.data.columnar's matched rows: the latest valued year of each region code
        import numpy as np

        columns = rows.store.columns  # rows sorted by region, then indicator: each region's rows run together
        years = np.where(columns.missing[rows.rows], -1, columns.year[rows.rows].astype(np.int64))
        if len(years):
            starts = np.flatnonzero(np.r_[True, rows.region[1:] != rows.region[:-1]])
            latest = {rows.region_names[code]: year for code, year in zip(
                rows.region[starts].tolist(), np.maximum.reduceat(years, starts).tolist()) if year >= 0}
    else:
        for (region, _), series in dataset.series.items():
            years_of = valued_years(series)
            if years_of and years_of[-1] > latest.get(region, -1):
                latest[region] = years_of[-1]
    if not latest:
        return []
    last, judged_regions = max(latest.values()), set(judged)
    stale = sorted((year, region) for region, year in latest.items() if region in judged_regions and year <= last - 2)
    if not stale:
        return []
    listed = "、".join(f"{region} ({year})" for year, region in stale[:5]) + (" …" if len(stale) > 5 else "")
    return [f"warning: {len(stale)} region(s) have no data after {stale[-1][0]}, two or more years before the data's "
            f"latest year ({last}): {listed}; renamed or merged? Each is judged on its own latest data as if current"]


@cache
def catalogue() -> dict[str, dict]:
    """The shared indicator catalogue, id → entry."""
    return load_rules_yaml(CATALOGUE_FILE) or {}


@cache
def catalogue_ids() -> dict[str, str]:
    """Every name of the catalogue (folded: its id, zh and English names and aliases) → the entry's id."""
    found: dict[str, str] = {}
    for indicator_id, entry in catalogue().items():
        if isinstance(entry, dict):
            for name in (indicator_id, entry.get("zh"), entry.get("en"), *(entry.get("aliases") or [])):
                if name:
                    found.setdefault(fold(str(name)), indicator_id)
    return found


def catalogue_entry(indicator: Indicator) -> dict | None:
    """The catalogue's entry for a plan indicator: the one its id names, unless the indicator's own names are
    another entry's and none of this one's (健康预期寿命 given the id ``life_expectancy``, 人均预期寿命's): then
    none, so that data is matched by the indicator's own names, not by the names of what its id stands for
    (`checker lint` says so, ``catalogue-id``)."""
    entry = catalogue().get(indicator.id)
    if not isinstance(entry, dict):
        return None
    ids = catalogue_ids()
    owners = {ids.get(fold(str(name))) for name in (indicator.name_zh, indicator.name_en, *indicator.aliases) if name}
    owners.discard(None)
    if owners and indicator.id not in owners:
        return None
    if not owners and (_a_part_of(fold(indicator.name_zh or ""), entry)
                       or _an_english_part_of(indicator.name_en or "", entry)):
        return None  # 女性人均预期寿命 (Life expectancy of women) under life_expectancy: the women's, not everyone's
    return entry


def catalogue_entry_of(indicator: Indicator) -> dict | None:
    """The catalogue's entry a plan indicator is measured as (its unit and plausible range): its id's
    (:func:`catalogue_entry`), else the one whose name its own Chinese or English name is (a plan's own id, ``imr``,
    for 婴儿死亡率), else the whole's of a population's part (农村婴儿死亡率: :func:`whole_of_part`), else None.
    Asked of each target and each indicator's data (population, plausible range): found once per indicator's names."""
    return _entry_of(indicator.id, indicator.name_zh, indicator.name_en, tuple(indicator.aliases), id(catalogue()))


def measured_in(indicator: Indicator) -> str | None:
    """The unit ``indicator`` is measured in: its plan's ``unit:``, else the known unit its name's last brackets give
    (适龄儿童免疫规划疫苗接种率（%）), else its catalogue entry's (None: not known) — for the limits of its values
    (100% of a share is its best value) where the plan leaves ``unit:`` out."""
    if indicator.unit:
        return indicator.unit
    written = re.search(r"[（(]([^（()）]+)[)）]\s*$", indicator.name_zh or "")
    if written and units.is_known(written.group(1).strip()):
        return units.canonical(written.group(1).strip())
    entry = catalogue_entry_of(indicator)
    return str(entry["unit"]) if entry is not None and entry.get("unit") else None


def capped_as(indicator: Indicator) -> str | None:
    """The catalogue id whose ``caps`` (rules/policy.yaml) bound the bands of ``indicator``'s values: the id of the
    entry it is measured as (:func:`catalogue_entry_of`), where the plan measures it in that entry's unit (a cap is an
    amount in it); else None."""
    entry = catalogue_entry_of(indicator)
    if entry is None:
        return None
    mine, theirs = indicator.unit or None, entry.get("unit") or None
    if mine != theirs and (mine is None or theirs is None or not units.same_unit(mine, str(theirs))):
        return None
    return _ids_by_entry(id(catalogue())).get(id(entry))


@cache
def _ids_by_entry(_catalogue: int) -> dict[int, str]:
    """Each catalogue entry (by identity) → its id (``_catalogue``: the catalogue it was asked of)."""
    return {id(entry): key for key, entry in catalogue().items()}


#: a note in a name's last brackets that is no part of what it names: a unit (‰, %, 1/10万) or the reference its
#: ratio is per (女=100, 以女性为100) — not a group (农村, 女性), which names a part of the whole
_NOTE = r"\s*[（(](?:[^（()）]*[=＝][^（()）]*|以[^（()）]+为\d+|[^（()）]*[%％‰/][^（()）]*)[)）]\s*$"


@cache
def _entry_of(ident: str, name_zh: str | None, name_en: str | None, aliases: tuple, _catalogue: int) -> dict | None:
    """:func:`catalogue_entry_of` of an indicator with these names (``_catalogue``: the catalogue it was asked of)."""
    indicator = _Names(ident, name_zh, name_en, aliases)
    entry = catalogue_entry(indicator)
    if entry is not None:
        return entry
    for name in (indicator.name_zh, indicator.name_en):
        found = catalogue_ids().get(fold(str(name))) if name else None
        if found is not None:
            return catalogue()[found]
    for name in (indicator.name_zh, indicator.name_en):
        noted = re.search(_NOTE, str(name)) if name else None  # (compiled on first use: most names match before)
        found = catalogue_ids().get(fold(str(name)[:noted.start()])) if noted else None
        if found is not None:  # 出生人口性别比（女=100）, 婴儿死亡率（‰）: the name before its note
            return catalogue()[found]
    for name in (indicator.name_zh, indicator.name_en):
        found = whole_of_part(str(name)) if name else None
        if found is not None:
            return catalogue()[found]
    return None


class _Names:
    """The names of an indicator, as :func:`catalogue_entry` reads them."""

    __slots__ = ("id", "name_zh", "name_en", "aliases")

    def __init__(self, ident: str, name_zh: str | None, name_en: str | None, aliases: tuple) -> None:
        self.id, self.name_zh, self.name_en, self.aliases = ident, name_zh, name_en, aliases


@cache
def whole_of_part(name: str) -> str | None:
    """The catalogue id of the measure ``name`` sets for a part of the people: one of its names with words of
    ``subgroups`` or ``populations`` before it (``rules/names.yaml``: 农村婴儿死亡率, 少数民族地区5岁以下儿童死亡率,
    流动人口中婴儿死亡率), or an English name with a word of ``subgroups_en`` beside it (Infant mortality rate in rural
    areas); None for any other name. The part's data are its own, but it is measured as the whole is."""
    folded = fold(name)
    ids = catalogue_ids()
    for start in range(1, len(folded) - 1):  # the longest catalogued name the name ends with, after a population's words
        ident = ids.get(folded[start:])
        if ident is not None and re.fullmatch(_population_words(), folded[:start]):
            return ident
    if name.isascii() and set(re.findall(r"[a-z]+", name.casefold())) & _english_part_words():
        spaced = " ".join(name.casefold().split())
        return next((ident for ident, wholes in _english_wholes()  # (a name holding none of an entry's is no part of it)
                     if any(whole in spaced for whole in wholes) and _an_english_part_of(name, catalogue()[ident])), None)
    return None


@cache
def _english_wholes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each catalogue entry's id with its English names (and ASCII aliases), case-folded, in catalogue order."""
    return tuple((ident, tuple(whole for whole in (" ".join(str(name or "").casefold().split())
                                                    for name in (entry.get("en"), *(entry.get("aliases") or [])))
                               if whole and whole.isascii()))
                 for ident, entry in catalogue().items() if isinstance(entry, dict))


@cache
def _english_part_words() -> frozenset[str]:
    """``subgroups_en`` of ``rules/names.yaml``: an English name holding none of them is no part of a whole's."""
    return frozenset(str(word) for word in (load_rules_yaml("names.yaml") or {}).get("subgroups_en") or ())


@cache
def _population_words() -> str:
    """A pattern of one or two words of ``subgroups`` or ``populations`` (``rules/names.yaml``) before a name, as
    全县农村, 流动人口中 stand."""
    data = load_rules_yaml("names.yaml") or {}
    words = sorted({str(word) for key in ("subgroups", "populations") for word in data.get(key) or ()}, key=len,
                   reverse=True)
    return f"(?:{'|'.join(map(re.escape, words)) or '(?!)'}){{1,2}}(?:的|中)?"


def _a_part_of(name: str, entry: dict) -> bool:
    """Whether a (folded) name is one of the entry's names with words before it that count a part of its people
    (``subgroups`` in ``rules/names.yaml``: 女性, 农村, 户籍人口 …)."""
    for whole in (entry.get("zh"), *(entry.get("aliases") or [])):
        whole = fold(str(whole or ""))
        if whole and name.endswith(whole) and name != whole and re.fullmatch(_subgroup_words(), name[:-len(whole)]):
            return True
    return False


def _an_english_part_of(name: str, entry: dict) -> bool:
    """Whether an English name is one of the entry's English names with a word of ``subgroups_en``
    (``rules/names.yaml``: women, rural …) beside it: Life expectancy of women under Life expectancy."""
    name = " ".join(name.casefold().split())
    for whole in (entry.get("en"), *(entry.get("aliases") or [])):
        whole = " ".join(str(whole or "").casefold().split())
        if not whole or not whole.isascii() or whole not in name or name == whole:
            continue
        rest = set(re.findall(r"[a-z]+", name.replace(whole, " ")))
        if rest & set((load_rules_yaml("names.yaml") or {}).get("subgroups_en") or ()) and not _both_halves(rest):
            return True
    return False


def _both_halves(words: set[str]) -> bool:
    """Whether the part words among English words are the two halves of the whole and nothing more (men and
    women, urban and rural): the whole's name; rural men and women, women of urban and rural areas are a part."""
    halves = ({"men", "women"}, {"male", "female"}, {"males", "females"}, {"boys", "girls"}, {"urban", "rural"})
    parts = words & set((load_rules_yaml("names.yaml") or {}).get("subgroups_en") or ())
    return parts in halves


@cache
def _subgroup_words() -> str:
    """A pattern of one or two ``subgroups`` words (``rules/names.yaml``), as they stand before a name."""
    words = "|".join((load_rules_yaml("names.yaml") or {}).get("subgroups") or ["(?!)"])
    return f"(?:{words}){{1,2}}(?:的)?"


#: how many times apart two values may stand and still be counted in a message; further apart is "more than" it
TIMES_SHOWN_CAP = 1e6


def times_shown(times: float) -> str:
    """How many times apart two values stand, in words a reader takes in: "about 12,345", or "more than a million"
    past :data:`TIMES_SHOWN_CAP` — the count tells nothing more there, and 1e308 gave a 309-digit number of float
    noise, 1e-320 under a target of 5 "about inf times"."""
    return f"about {times:,.0f}" if times < TIMES_SHOWN_CAP else "more than a million"


def kept_regions(plan: Plan, parents: dict[str, dict[str, str]], judged: list[str]) -> set[str]:
    """The regions whose rows a check of ``judged`` uses: those judged, the plan's references and, where a target
    compares with a reference of their level (高于全省平均: a province), the places the judged regions lie in. A
    province whose cities are judged by a plan that compares with no province is used for nothing: its rows are
    listed as another region's."""
    levels = {target.rule.reference for indicator in plan.indicators for target in indicator.targets}
    places = {place for region in judged for level, place in parents.get(region, {}).items() if level in levels}
    return set(judged) | set(plan.references.values()) | places


def reference_places(plan: Plan, parents: dict[str, dict[str, str]], region: str) -> dict[str, str]:
    """city/province/nation → the region that is it for ``region``: the plan's ``references``, but where the data
    names the places ``region`` lies in (省份, 地市 columns, 行政区划代码), those places. The plan's city is not kept
    for a region the data puts in another province than the plan's city lies in: 仙桃市 (429004, a county-level city
    of 湖北省 under no city) was compared with a 黄浦区 plan's 全市 上海市."""
    places = parents.get(region)
    if not places:
        return plan.references
    found = {**plan.references, **places}
    if "city" in places or "city" not in plan.references or "province" not in places:
        return found
    city = plan.references["city"]
    home = (plan.references.get("province") or parents.get(plan.region, {}).get("province")
            or parents.get(city, {}).get("province") or (city if is_province(city) else None))
    if home is not None and home != places["province"]:
        del found["city"]
    return found


def regions_to_judge(plan: Plan, dataset: "Dataset") -> list[str]:
    """The regions ``--all-regions`` judges: every region of the data but the plan's references, the
    places other regions lie in (a national table's 省份 and 地市: each county's references), and a
    table's total rows (合计, 全省 …), which judged as one more region would count in the roll-up, and rows of a
    part of the people (户籍人口, 农村: :func:`is_population_part`), no place at all. A
    region whose rows all name indicators the plan does not know is judged too (every target n/a, the
    names listed with what they may mean): left out, it would look like a region of another plan."""
    references = set(plan.references.values())
    references.update(place for region, places in dataset.parents.items() for place in places.values()
                      if place != region)  # (儋州市 is its own 全市: still judged)
    return [region for region in dataset.regions_in_file()
            if region not in references and (region == plan.region or not (is_aggregate(region)
                                                                              or is_population_part(region)))]


def parents_left_out(plan: Plan, dataset: "Dataset", judged: list[str]) -> list[str]:
    """One warning line naming the places that have rows of their own and that ``--all-regions`` does not
    judge because other regions lie in them (浙江省 named in 杭州市's 所属省份 column): they are those regions'
    references, and judged beside them they would count in the roll-up twice over; without a word they
    would look judged and passed."""
    references, kept = set(plan.references.values()), set(judged)
    parents = {place for region, places in dataset.parents.items() for place in places.values() if place != region}
    left = [region for region in dataset.regions_in_file()
            if region in parents and region not in references and region not in kept]
    used = kept_regions(plan, dataset.parents, judged)
    lines = []
    # a place no target compares with (东营市 under a plan of 全省 targets only) is no reference: its rows are listed as
    # "neither a region checked nor a reference", and this line said they were references
    for group, why in (([region for region in left if region in used], "rows are those regions' references"),
                       ([region for region in left if region not in used],
                        "rows are used for nothing: no target compares with a place of their level (listed as not used)")):
        if not group:
            continue
        many = len(group) > 1
        shown = "、".join(group[:10]) + (f" … ({len(group)})" if len(group) > 10 else "")
        lines.append(f"warning: {shown} not judged: other regions of the data lie in {'them' if many else 'it'} (a "
                     f"province or city column, or the regions' 行政区划代码, names {'them' if many else 'it'}), so "
                     f"{'their' if many else 'its'} {why}; judge {'them' if many else 'it'} with --regions "
                     f"{','.join(group)}, or leave the column out")
    return lines


def sheet_named_regions(dataset: Dataset, regions: Sequence[str]) -> dict[str, str]:
    """region → the workbook sheet whose name gave it, for those of ``regions`` whose rows are a sheet's with no region
    column (海曙, 海曙区2023, 全市: the sheet's name is its rows' region): a message about such a region says where it
    came from, as the user wrote no region cell."""
    found: dict[str, str] = {}
    wanted = set(regions)
    for (region, _), series in dataset.series.items():
        if region in wanted and region not in found:
            sheet = next((point.location.sheet for point in series.values()), None)
            if sheet and region in to_simplified(sheet):
                found[region] = sheet
    return found


def sheet_named_words(named: Mapping[str, str], region: str) -> str:
    """How to give rows whose region a sheet's name gave (:func:`sheet_named_regions`) as ``region``'s."""
    listed = ", ".join(f"sheet {sheet!r} as {name}" for name, sheet in list(named.items())[:3])
    return (f"a sheet with no region column is its name's place's ({listed}); if its rows are {region}'s, name the "
            f"sheet {region} or add a 地区 column")


def whole_names_of(plan: Plan) -> dict[str, str]:
    """Every total-row name that stands for a place of ``plan`` (全省 → 贵州省), see :func:`whole_of`."""
    return {name: place for words in _whole_words().values() for name in (*words["rows"], *words["kinds"])
            if (place := whole_of(name, plan)) is not None}


def parents_as_series(parents: dict[str, dict[str, str]], whole_names: dict[str, str]) -> dict[str, dict[str, str]]:
    """``parents`` with each total-row name (全省, 全自治区) named as its rows' series are (``whole_names``: the place the
    plan names, :func:`whole_names_of`). A county coded 420102 under a 420000 | 全省 row lay in 全省 while the row was
    read as 湖北省: its 低于全省平均水平 found no 全省 and was n/a, the row used by nothing and listed nowhere. Per region,
    not per row."""
    if not whole_names or not any(name in whole_names for name in parents) and not any(
            place in whole_names for levels in parents.values() for place in levels.values()):
        return parents
    out: dict[str, dict[str, str]] = {}
    for region, levels in parents.items():
        known = out.setdefault(whole_names.get(region, region), {})
        for level, place in levels.items():
            known.setdefault(level, whole_names.get(place, place))
    return out


def whole_of(name: str, plan: Plan) -> str | None:
    """The place a total row named for the whole of a level stands for (全省 → the plan's province or its
    reference province; ``whole_of`` in ``rules/names.yaml``), or None: a name of no level, or a level the plan
    names no place of, or two (a county-level 市 with a reference city: which 全市 is, is not for a guess)."""
    for level, words in _whole_words().items():
        kind = words["kinds"].get(name)
        if kind is not None:  # 全盟 → the plan's 盟 (锡林郭勒盟), whatever its own region ends with
            if plan.region.endswith(name[1:2]) and not plan.region.endswith(kind):
                return None  # 全区 of a 区's plan: its own total, or the 自治区's? Not for a guess (a 自治区's is its own)
            places = {place for place in (plan.region, plan.references.get(level)) if place and place.endswith(kind)}
            return places.pop() if len(places) == 1 else None
        if name not in words["rows"]:
            continue
        own = plan.region if plan.region == "全国" and level == "nation" or \
            any(plan.region.endswith(ending) for ending in words["endings"]) else None
        reference = plan.references.get(level)
        if own and reference and own != reference:
            return None
        return own or reference
    return None


def place_fields(plan: Plan) -> dict[str, str]:
    """The plan's places by the field that names each (``region``, ``references.city`` …), as messages name them."""
    return {"region": plan.region, **{f"references.{role}": place for role, place in plan.references.items()}}


def whole_choices(name: str, fields: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The two places of the plan a whole-level row may stand for, where :func:`whole_of` leaves it for none because
    the plan names two of its level (全市 of a county-level 市 with a reference city: 扬中市, the plan's region, or
    镇江市, ``references.city``), as (field, place) of ``fields`` (:func:`place_fields`); () where it stands for one or
    none. For the messages about such rows, which must name both, never offer one."""
    region = fields.get("region") or ""
    for level, words in _whole_words().items():
        kind = words["kinds"].get(name)
        if kind is not None:
            own = region.endswith(kind) or region.endswith(name[1:2])
        elif name in words["rows"]:
            own = region == "全国" and level == "nation" or any(region.endswith(ending) for ending in words["endings"])
        else:
            continue
        reference = fields.get(f"references.{level}")
        found = ((("region", region),) if own else ()) + (
            ((f"references.{level}", reference),) if reference and (kind is None or reference.endswith(kind)) else ())
        return found if len({place for _, place in found}) == 2 else ()
    return ()


def whole_choices_words(name: str, choices: tuple[tuple[str, str], ...], lang: str, count: str = "") -> str:
    """Why a whole-level row of two possible places (:func:`whole_choices`) is not read, and how to make it count:
    both places named, the region's own name to write in the data (``count``: how many rows and where, if said)."""
    (_, own), (field, other) = choices
    if lang == "zh":
        return (f"地区“{name}”可能指{own}（规划的地区）或{other}（规划的 {field}），无法确定，未使用"
                + (f"（{count}）" if count else "") + f"；请在数据的地区单元格中写明是“{own}”还是“{other}”")
    return (f"region {name!r} may be {own} (the plan's region) or {other} (the plan's {field}), which is not for a "
            f"guess: its rows are left out" + (f" ({count})" if count else "") + f"; write the region's name in the "
            f"data's region cells: {own} or {other}, whichever the rows are")


@cache
def is_whole_word(name: str) -> bool:
    """Whether ``name`` is a level's word for a whole place's row (全市, 全省, 全盟: ``whole_of`` in ``rules/names.yaml``):
    the whole of some place, never a short name of another (全市 is no misspelt 全国)."""
    return any(name in words["rows"] or name in words["kinds"] for words in _whole_words().values())


@cache
def _whole_words() -> dict[str, dict]:
    found = (load_rules_yaml("names.yaml") or {}).get("whole_of") or {}
    return {level: {"rows": tuple(entry.get("rows") or ()), "endings": tuple(entry.get("endings") or ()),
                    "kinds": dict(entry.get("kinds") or {})} for level, entry in found.items()}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name as compared: NFKC (full-width brackets become ASCII), nothing invisible, simplified
    characters (人均預期壽命 is 人均预期寿命), no spaces, either case (Infant mortality rate is infant mortality
    rate). Cached: a run folds the plan's names, its catalogue entries and the data's names more than once
    (matching, unused rows, "did you mean")."""
    return "".join(to_simplified(without_invisible(name)).split()).casefold()


def name_read_as(plan: Plan, indicator: Indicator) -> tuple[str, str] | None:
    """A name of ``indicator`` whose data rows are read as another indicator's (one written earlier by that name:
    the `duplicate-name` warning), and that one's id; None where each of its names is its own. For the n/a of an
    indicator that got no rows, which then says where they went rather than that the data has none."""
    table = name_table(plan)
    for name in filter(None, (indicator.name_zh, indicator.name_en, *indicator.aliases)):
        owner = table.get(fold(str(name)))
        if owner is not None and owner != indicator.id:
            return str(name), owner
    return None


_last_table: list = [None, None]  # the plan whose table was made last, and its table: one run asks for it again


def name_table(plan: Plan) -> dict[str, str]:
    """Every accepted name (folded) → indicator id, for one plan (made once for the plan asked last; read,
    never changed, by matching, the unused rows and validate)."""
    if _last_table[0] is plan:
        return _last_table[1]
    table: dict[str, str] = {}
    for indicator in plan.indicators:
        names = [indicator.id, indicator.name_zh, *indicator.aliases]
        if indicator.name_en:
            names.append(indicator.name_en)
        entry = catalogue_entry(indicator)
        if entry:
            names += [entry.get("zh", ""), entry.get("en", ""), *(entry.get("aliases") or [])]
        for name in names:
            if name:
                table.setdefault(fold(str(name)), indicator.id)
    _last_table[:] = [plan, table]
    return table


def match(plan: Plan, observations: Observations, *, region: str | None = None, skip_bad_rows: bool = False) -> Dataset:
    """Sort observations into the plan's series; raise on a unit or duplicate problem (unless skipping).

    Rows without a region belong to ``region`` (default: the plan's own region).
    """
    if not isinstance(observations, Observations):  # a source that sorts itself (read by columns)
        return observations.match(plan, region=region, skip_bad_rows=skip_bad_rows)
    default_region = region or plan.region
    table = name_table(plan)
    units_of = {indicator.id: indicator.unit for indicator in plan.indicators}
    names_of = {indicator.id: indicator.names() for indicator in plan.indicators}
    rates_of = {indicator_id: units.rate_unit(units_of[indicator_id], names) for indicator_id, names in names_of.items()}
    yes_of = {indicator.id: yes_stands_for(indicator) for indicator in plan.indicators}
    populations_of = {indicator.id: population_of(indicator) for indicator in plan.indicators}
    whole_names = whole_names_of(plan)
    dataset = Dataset(skipped=list(observations.skipped), parents=parents_as_series(observations.parents, whole_names))
    unknown: dict[tuple[str, str], list[Observation]] = {}  # (name, region) → rows
    bare: dict[tuple[str, str], list[Observation]] = {}  # (region, id) → rows that give no unit
    with_unit: set[tuple[str, str]] = set()  # (region, id) with a row that says its unit
    stated: dict[tuple[str, str], list[tuple[Observation, str, float]]] = {}  # → (row, its unit, value in the plan's)
    resolved: dict[str, tuple[str | None, str | None]] = {}
    name_rates: dict[str, str | None] = {}  # a row's name → the rate it says its count is per (rate_of_name)
    named: dict[tuple[str, str | None], str] = {}  # (file, sheet) → the region its last named row gave
    for item in observations.items:
        if item.indicator not in resolved:
            resolved[item.indicator] = resolve_name(item.indicator, table)
        indicator_id, bracket_unit = resolved[item.indicator]
        if indicator_id is None:
            region_of = item.region or default_region
            unknown.setdefault((item.indicator, whole_names.get(region_of, region_of)), []).append(item)
            continue
        if item.indicator not in name_rates:
            name_rates[item.indicator] = rate_of_name(item.indicator, units_of[indicator_id], rates_of[indicator_id])
        name_rate = name_rates[item.indicator]
        try:
            unnamed_region(item, named, default_region)
            point = to_point(item, units_of[indicator_id], bracket_unit, rates_of[indicator_id], yes_of[indicator_id],
                             populations_of[indicator_id], name_rate)
            if point.value is not None:
                wrong = impossible(point.value, point.unit, names_of[indicator_id])
                if wrong is not None:
                    raise CheckerError(f"{item.indicator} {item.year}: {wrong[0]}", item.location, hint=wrong[1])
            row_region = item.region or default_region
            if row_region in whole_names:
                row_region = whole_names[row_region]  # 全省: the province the plan names
            series = dataset.series.setdefault((row_region, indicator_id), {})
            previous = series.get(point.year)
            if previous is not None:
                if previous.value == point.value or (previous.value is not None and point.value is not None
                                                     and math.isclose(previous.value, point.value, rel_tol=1e-9)):
                    dataset.repeated.append(item)
                    dataset.left.add(id(item))
                    continue
                raise CheckerError(
                    f"{row_region} {indicator_id} {point.year} is given twice with different values: "
                    f"{shown_with_unit(previous.text, previous.original_unit or previous.unit)} at {previous.location} and "
                    f"{shown_with_unit(point.text, point.original_unit or point.unit)} here"
                    + _read_as_words(item, row_region, plan), point.location,
                    hint="keep one row per region, indicator and year (the names may differ: id, name, alias)",
                )
            series[point.year] = point
            key = (row_region, indicator_id)
            given = row_unit(item.unit or bracket_unit, name_rate)
            if given and not counting_word_of_rate(given, units_of[indicator_id], rates_of[indicator_id]):
                with_unit.add(key)
                if point.value is not None:
                    stated.setdefault(key, []).append((item, given, point.value))
            else:  # 张 for 每千常住人口床位数 says no more than no unit: a rate or a total, as tables write both
                bare.setdefault(key, []).append(item)
        except CheckerError as error:
            if not skip_bad_rows:
                raise
            dataset.skipped.append(error)
            dataset.left.add(id(item))
    targets_of = {indicator.id: indicator.targets for indicator in plan.indicators}
    failures: list[CheckerError] = []  # every series refused, not only the first: one run names them all
    for key in {**bare, **stated}:
        rows = bare.get(key, [])
        series = dataset.series.get(key, {})
        values = [(point.value, point.location) for point in series.values()]
        refused = magnitude_errors(key[0], rows, targets_of[key[1]], units_of[key[1]],
                                   RATE_OFF if rates_of[key[1]] else MAGNITUDE_OFF)
        refused += far_off_errors(key[0], stated.get(key, []), targets_of[key[1]], units_of[key[1]])
        if units_of[key[1]] is None:
            refused += unitless_plan_errors(key[0], stated.get(key, []), targets_of[key[1]])
        if units_of[key[1]] == "%" and rows:
            refused += fraction_errors(key[0], rows, values, targets_of[key[1]], key in with_unit)
        for error, wrong in refused:
            if not skip_bad_rows:
                failures.append(error)
                continue
            dataset.skipped.append(error)
            for row in wrong:
                dataset.left.add(id(row))
                series.pop(row.year, None)
        if not series:
            dataset.series.pop(key, None)
    if failures:
        raise failures[0] if len(failures) == 1 else DataErrors(failures)
    from checker.data.suggest import Suggester  # after this module: suggest reads its catalogue

    did_you_mean = Suggester(plan) if unknown else None
    suggestions: dict[str, str | None] = {}
    for (name, row_region), rows in unknown.items():
        if name not in suggestions:
            suggestions[name] = did_you_mean(name)
        dataset.unknown.append(UnknownIndicator(name, len(rows), observations.name_cell_of(rows[0]), suggestions[name],
                                                row_region))  # at the name's cell: the one to mend
    return dataset


def _read_as_words(item: Observation, region: str, plan: Plan) -> str:
    """How a row's region came to be ``region`` where it names it otherwise (全市 read as the plan's 甲市), for a message
    about the row: the user wrote no such region there, least of all as a sheet's name."""
    if item.region is None or item.region == region:
        return ""
    sheet = item.location.sheet
    given = f"the sheet's name {sheet!r}" if sheet and item.region in to_simplified(sheet) else f"region {item.region!r}"
    field = next((name for name, place in place_fields(plan).items() if place == region), None)
    return f" ({given} taken as {region}" + (f", the plan's {field})" if field else ")")


def regions_alike(regions) -> list[str]:
    """One line for each set of region names that differ only in case, spaces or script (Uttar Pradesh and
    uttar pradesh, 甲縣 and 甲县): each is judged as a region of its own, on part of the series."""
    groups: dict[str, list[str]] = {}
    for region in regions:
        groups.setdefault(fold(region), []).append(region)
    lines = [f"warning: the regions {' and '.join(repr(name) for name in sorted(names))} differ only in case, spaces "
             "or script: each is judged as a region of its own, on its own rows; write them one way"
             for names in groups.values() if len(names) > 1]
    for short in sorted(groups):  # 萍乡 and 萍乡市: one city, written with its 市 in one year and without in another
        for suffix in place_endings():
            if len(short) >= 2 and short + suffix in groups:
                lines.append(f"warning: the regions {groups[short][0]!r} and {groups[short + suffix][0]!r} may be one "
                             f"place, written with and without {suffix}: each is judged as a region of its own, on its "
                             "own rows; if they are one, write it one way")
    for name in sorted(groups):  # 威宁彝族回族苗族自治县 and 威宁县: one county, its peoples left out of the short name
        short = re.sub(_PEOPLES, r"\1\2", name) if "自治" in name else name
        if short != name and short in groups:
            lines.append(f"warning: the regions {groups[name][0]!r} and {groups[short][0]!r} may be one place, written "
                         "with and without its peoples' names: each is judged as a region of its own, on its own "
                         "rows; if they are one, write it one way")
    return lines


def prefectures_alike(dataset: "Dataset") -> list[str]:
    """One line for each region with rows under a prefecture's short name (恩施州) where a 地市 column names the
    place its counties lie in in full (恩施土家族苗族自治州), which has no rows: with no 行政区划代码 to say they are one
    place (:func:`~checker.data.observations.parents_from_codes` links them where one does), they are never merged,
    but kept apart the short name's rows are judged as a county's and the counties' 全市 is n/a, so it is said."""
    regions = set(dataset.regions_in_file())
    places = {place for levels in dataset.parents.values() for level, place in levels.items()
              if level == "city" and place not in regions}
    pairs = {(short, place) for place in places for short in short_names(place) if short in regions}
    pairs |= {(region, short) for region in regions for short in short_names(region) if short in places}
    return [f"warning: the region {region!r} and {place!r}, which the 地市 column names as its regions' city, may be "
            f"one place, one name written short: not merged, {region!r} is judged on its own rows and {place!r} has "
            "none to compare with; if they are one, write it one way, or add the 行政区划代码 column"
            for region, place in sorted(pairs)]


#: the peoples an autonomous place is named for, before 自治 (威宁彝族回族苗族自治县 is written 威宁县 too);
#: a pattern compiled by ``re`` on first use (two milliseconds: few data files name such a place)
_PEOPLES = r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}?族)+自治(县|旗|州)$"


def peers_of_blank_rows(observations: Observations, plan: Plan, judged: str) -> list[str]:
    """One located line for each file (or sheet) with rows that name no region while other rows name the
    judged region's peers (not it, not the plan's references): such rows (before any named row, or under the
    judged region's rows; under another's they are refused, :func:`unnamed_region`) are read as the judged
    region's, as the contract says, though they may be a peer's; ``check`` says so on standard error. (Counted by the
    source's own ``region_cells``: a national file read by columns makes no rows for it.)"""
    allowed = {judged, *plan.references.values()}
    found = []
    for cells in observations.region_cells().values():
        others = sorted(cells.named - allowed)
        if not cells.blank or not others:
            continue
        listed = "、".join(others[:3]) + (" …" if len(others) > 3 else "")
        found.append(f"{cells.first_blank}: warning: {cells.blank} row(s) name no region and are read as "
                     f"{judged}'s (an empty region cell is the judged region's), in a file whose other rows name "
                     f"{listed}: write the region on every row if they are not")
    return found


def unnamed_region(item: Observation, named: dict[tuple[str, str | None], str], default_region: str) -> None:
    """Refuse a row without a region under rows that named another region than the one an empty
    region cell stands for (the judged one): in a wide table grouped under 某省 with the name written
    once, or in a long table copied out of a sheet whose region cells were merged, the row is that
    region's; read as the judged region's, its value would be judged as another's. Before any named
    row, or under the judged region's rows, an empty cell is the judged region's. ``named`` keeps,
    per file and sheet, the region the last row that named one gave."""
    key = (item.location.file or "", item.location.sheet)
    if item.region is not None:
        named[key] = item.region
        return
    above = named.get(key)
    if above is not None and above != default_region:
        raise CheckerError(
            f"{item.indicator} {item.year}: the row names no region, under rows of {above!r}: whose row it is, "
            f"{above}'s or {default_region}'s (what an empty region cell means), is not said",
            item.location, hint="write the region on every row (in Excel, merged cells are read as one per row)",
        )


def resolve_name(name: str, table: dict[str, str]) -> tuple[str | None, str | None]:
    folded = fold(name)
    if folded in table:
        return table[folded], None
    bracket = _UNIT_SUFFIX.match(folded)
    if bracket and bracket.group(1) in table and units.is_known(bracket.group(2)):
        return table[bracket.group(1)], units.canonical(bracket.group(2))
    return None, None


def rate_of_name(name: str, plan_unit: str | None, rate: str | None) -> str | None:
    """The rate a data row's own name says its count is per, where that is not the plan's: 张/万人 for a row
    ``每万人口卫生机构床位数`` of an indicator the plan counts in 张/千人 (or in 张 standing for 张/千人, ``rate``).
    A yearbook writes 56.62 张 in that row: per 10,000 people, 5.662 per 1,000, never 56.62 per 1,000. None where
    the name says no people, the plan's own, or the plan measures no count per people."""
    people = units.people_of_name(name)
    measured = rate or plan_unit
    if people is None or not measured:
        return None
    try:
        unit = units.read(measured)
    except CheckerError:  # a unit of the plan's own: lint says so
        return None
    if unit.numerator is None or unit.denominator != "人" or unit.per <= 1 or unit.times != 1:
        return None
    said = units.canonical(f"{unit.numerator}/{people}")
    return None if units.same_unit(said, measured) else said


def population_of(indicator: Indicator) -> str | None:
    """What the catalogue says the indicator's rate is counted per (``per: 活产`` of 婴儿死亡率, 孕产妇死亡率) where the
    plan's unit leaves it out (‰, 1/10万); None otherwise: a plan's 1/千活产 says it itself."""
    if not indicator.unit:
        return None
    try:
        if units.read(indicator.unit).noun:
            return None
    except CheckerError:  # a unit of the plan's own: lint says so
        return None
    per = (catalogue_entry_of(indicator) or {}).get("per")
    return str(per) if per else None


def _noun_of(unit: str) -> str | None:
    """What a plan's unit counts its rate per (活产 of 1/千活产), None where it says none or is not read."""
    try:
        return units.read(unit).noun
    except CheckerError:
        return None


def to_plan_unit(value: float, data_unit: str, plan_unit: str, rate: str | None,
                 location: Location | None = None, population: str | None = None) -> float:
    """``value`` in ``data_unit`` converted to the plan's unit; where the plan's unit is a bare count
    standing for a ``rate`` (:func:`rate_unit`), data in a unit of that rate converts to it; where the
    plan's unit is a count per so many people and the data gives its counting word alone (人 for 人/千人,
    as statistical tables write it), the value is in the plan's unit. A bare count standing for a rate takes
    no other magnitude of its count: 3.2 in 万人 under 每千常住人口执业（助理）医师数 (人) is a total of 32,000
    people, never 32,000 per 1,000. A rate per people that names no counted thing ("per 10000 population", 1/万人)
    counts what the plan's rate counts (:func:`units.counted_as`: 张/万人 of beds). ``population``: what the
    indicator's rate is counted per (:func:`population_of`): a rate per another (例/千人 for 婴儿死亡率 in ‰, per live
    births) is another measure, refused."""
    if units.births_unsaid(data_unit):  # "per 1,000 births": the indicator's own births, live or total
        data_unit = units.births_named(data_unit, population or _noun_of(plan_unit), location)
    if population is not None:
        units.same_population(data_unit, population, location)
    if rate is not None and not units.same_unit(data_unit, plan_unit) and units.compatible(data_unit, plan_unit):
        raise CheckerError(
            f"{data_unit} counts a total, and the plan's {plan_unit} here stands for a rate ({rate}): a total is no "
            f"value of a count per so many people", location)
    try:
        return units.convert(value, data_unit, plan_unit, location)
    except CheckerError:
        if units.counts_per_people(data_unit, plan_unit):  # 3.3 with the unit 人 for a plan's 人/千人: that rate
            return value
        frame = rate or plan_unit  # the rate the plan's values are in: its bare count's (张 → 张/千人), or its own
        meant = units.counted_as(data_unit, frame)  # "per 10000 population" of beds: 张/万人
        if rate is None and meant == data_unit:
            raise
        try:
            return units.convert(value, meant, frame, location)
        except CheckerError:
            pass
        raise  # the refusal of the plan's own unit: it names the units the user wrote and the plan's


def fractions_for_percent(values: list[float], targets) -> tuple[object, float] | None:
    """The level target (and its level) that a % indicator's values without a unit stand far below
    as shares written as fractions would (0.277 for 27.7%): every value within ±1 and not all zero,
    and a level target at least ten times the largest. Read as %, such a series would pass a
    lower-is-better bound it misses (0.5 ≤ 28) and fail a floor it meets; None where no target says so."""
    largest = max((abs(value) for value in values), default=0.0)
    if not 0 < largest <= 1:
        return None
    for target in targets:
        level = target.rule.value if target.rule.kind in LEVEL_KINDS else None
        if level is not None and abs(level) >= 10 * largest:
            return target, level
    return None


def fraction_error(region: str, rows: list[Observation], slip: tuple[object, float]) -> CheckerError:
    """The refusal of a % series that looks written as fractions: at its first row, naming the target."""
    target, level = slip
    numbers = sorted(row.value for row in rows if row.value is not None)
    low, high = numbers[0], numbers[-1]
    shown = f"{low:g}" if low == high else f"{low:g}–{high:g}"
    first = min(rows, key=lambda row: (row.year, row.location.line or 0))
    return CheckerError(
        f"{first.indicator} in {region}: the values ({shown}) have no unit, and read in the plan's % they stand "
        f"far below its target {target.text!r} ({target.year}, {level:g}%), as shares written as fractions "
        f"(0.25 for 25%) would: not judged, since checker does not guess which they are",
        first.location,
        hint="write the values in % (25 for 25%); if they are % as they stand, say so with a unit column (%)",
    )


def fraction_errors(region: str, bare: list[Observation], series: list[tuple[float | None, Location]], targets,
                    stated: bool) -> list[tuple[CheckerError, list[Observation]]]:
    """The refusals of a % series' rows without a unit that look like shares written as fractions
    (0.277 for 27.7%), each with the rows it covers: the whole series when every row is bare and
    a level target stands ten times above them all (:func:`fractions_for_percent`); else each bare
    row within ±1 that stands about 100 times below the series' other values (a year appended from
    another export: 29.27, 28.78, 0.277). ``series``: every row's value in the plan's unit and its place;
    ``stated``: a row of the series says its unit."""
    if not stated and len(bare) == len(series):
        slip = fractions_for_percent([row.value for row in bare if row.value is not None], targets)
        if slip is not None:
            return [(fraction_error(region, bare, slip), bare)]
    small = [row for row in bare if row.value is not None and 0 < abs(row.value) <= 1]
    if not small:
        return []
    places = {row.location for row in small}
    others = sorted(abs(value) for value, location in series if value is not None and location not in places)
    if not others:
        return []
    middle = others[len(others) // 2]
    found = []
    for row in small:
        if slip_factor(row.value, middle, smallest=2) == 2:
            found.append((CheckerError(
                f"{row.indicator} {row.year} in {region}: {row.text.strip()!r} has no unit and stands about 100 times "
                f"below the series' other values (around {middle:g}%), as a share written as a fraction (0.25 for "
                "25%) would: not judged, since checker does not guess which it is",
                row.location,
                hint="write the value in % (25 for 25%); if it is % as it stands, say so with a unit column (%)",
            ), [row]))
    return found


#: How many times off every level target a value without a unit may stand before it is refused: a count
#: in 人 for a plan in 万人 stands 10,000 times off; no health target is met or missed by a thousandfold.
MAGNITUDE_OFF = 1000.0


def counting_word_of_rate(data_unit: str, plan_unit: str | None, rate: str | None) -> bool:
    """Whether ``data_unit`` is the plan's bare counting word (人, 张) of an indicator that counts per so many
    people (``rate``, :func:`rate_unit`): a table writes 3.2张 for the rate and 10,174,000张 for the total."""
    return rate is not None and plan_unit is not None and units.same_unit(data_unit, plan_unit)


#: How many times off every level target a value of a rate per so many people may stand without a unit, or in its
#: bare counting word (张 for 每千常住人口床位数): a county's total of 2,310 beds stands 300 times off 7.7 per 1,000,
#: and no rate per 1,000 people is met or missed a hundredfold.
RATE_OFF = 100.0


#: How many times off every level target a value given with its unit may stand, once converted, before it is
#: refused: a yearbook's total (1680万平方米) under a measure per person (人均体育场地面积, 2平方米), or a water
#: concentration (29 毫克/升) for an air one (微克/立方米), lands a million times off.
FAR_OFF = 10_000.0


def unitless_plan_errors(region: str, stated: list[tuple[Observation, str, float]],
                         targets) -> list[tuple[CheckerError, list[Observation]]]:
    """The refusal of a series whose rows give a unit (人, 万人) for an indicator the plan gives none, where a level
    target (≥45) is to be compared with them: which unit the target's number is in the plan does not say, and read as
    it stands 440000 人 passed ≥45 that meant 万人 while 44 万人 failed it. Values without a unit, and targets of a change
    (比2020年下降20%, the same in any unit), are judged as before. One refusal, at the series' first such row."""
    levels = [target for target in targets if target.rule.kind in LEVEL_KINDS and target.rule.value is not None]
    if not stated or not levels:
        return []
    said = list(dict.fromkeys(unit for _, unit, _ in stated))
    first, target = stated[0][0], levels[0]
    return [(CheckerError(
        f"{first.indicator} in {region}: the data gives its values in {' and '.join(said)}, but the plan gives the "
        f"indicator no unit: which unit its target {target.text!r} ({target.year}) is in, and so what "
        f"{first.text.strip()} {said[0]} is compared with, is not said — not judged",
        first.location,
        hint=f"write on the plan's indicator the unit its targets are in (unit: {said[0]} if they are in {said[0]}); "
             "the data's values are then converted into it",
    ), [row for row, _, _ in stated])]


def has_level_targets(targets) -> bool:
    """Whether any of an indicator's targets is a level its values are compared with (≥45, 达到80%), not a change."""
    return any(target.rule.kind in LEVEL_KINDS and target.rule.value is not None for target in targets)


def _levels(targets) -> list[float]:
    """The sizes of an indicator's level targets (not zero): what a value is measured against for scale."""
    return [abs(target.rule.value) for target in targets if target.rule.kind in LEVEL_KINDS and target.rule.value]


def may_be_refused(smallest: float, largest: float, targets, unit: str | None, least: float = MAGNITUDE_OFF) -> bool:
    """Whether values between ``smallest`` and ``largest`` (absolute, non-zero) may meet :func:`magnitude_errors`
    (``least`` times off) or :func:`fraction_errors`: a quick test for files read by columns, which hand such an
    indicator to the row reader to decide and report at the cell."""
    levels = _levels(targets)
    if not levels:
        return False
    if largest >= least * min(levels) or smallest * least <= max(levels):
        return True
    return least == MAGNITUDE_OFF and unit == "%" and smallest <= 1


def far_off_errors(region: str, converted: list[tuple[Observation, str, float]], targets,
                   unit: str | None) -> list[tuple[CheckerError, list[Observation]]]:
    """The refusals of values given with a unit that stand, once converted to the plan's ``unit``, ten thousand
    times or more off every level target of their indicator, each with its row: no health target is met or
    missed so far off; a unit slipped (a total for a rate, 毫克/升 for 微克/立方米)."""
    levels = _levels(targets)
    found = []
    for row, said, value in converted:
        size = abs(value)
        if levels and size and all(size >= FAR_OFF * level or size * FAR_OFF <= level for level in levels):
            target = next(t for t in targets if t.rule.kind in LEVEL_KINDS and t.rule.value)
            level = abs(target.rule.value)
            way, times = ("above", size / level) if size > level else ("below", level / size)
            converted_to = "" if units.same_unit(said, unit or said) else f" ({value:,.12g} {unit})"
            found.append((CheckerError(
                f"{row.indicator} {row.year} in {region}: {row.text.strip()!r} {said}{converted_to} stands "
                f"{times_shown(times)} times {way} the plan's target {target.text!r} ({target.year}), as a slipped unit "
                "gives (a total for a rate per person, 毫克/升 for 微克/立方米): not judged",
                row.location,
                hint=f"check the unit column: the value measured as the indicator is, in {unit} or a unit of its kind",
            ), [row]))
    return found


def magnitude_errors(region: str, bare: list[Observation], targets, unit: str | None,
                     least: float = MAGNITUDE_OFF) -> list[tuple[CheckerError, list[Observation]]]:
    """The refusals of values without a unit that stand a thousand times or more off every level
    target of their indicator, each with its row: 7,900,000 (人次, as a register counts them) for a
    plan in 万人次 whose target is 800 would read as 7,900,000万人次 and pass. Read in the plan's unit
    they cannot be what the target measures; which smaller or larger unit they are in is not guessed. ``least``:
    how many times off (:data:`RATE_OFF` for a rate per so many people, whose total stands some hundreds off)."""
    levels = _levels(targets)
    if not levels:
        return []
    found = []
    for row in bare:
        if not row.value:
            continue
        size = abs(row.value)
        if all(size >= least * level or size * least <= level for level in levels):
            level = levels[0]
            way = "above" if size > level else "below"
            times = size / level if size > level else level / size
            target = next(t for t in targets if t.rule.kind in LEVEL_KINDS and t.rule.value)
            said = f"is in {row.unit}, which a rate per so many people is written in too," if row.unit else "has no unit"
            found.append((CheckerError(
                f"{row.indicator} {row.year} in {region}: {row.text.strip()!r} {said} and stands "
                f"{times_shown(times)} times {way} the plan's target {target.text!r} ({target.year}) in {unit or 'its unit'}, "
                f"as a value counted in another unit would (人 for 万人, 元 for 亿元): not judged, since checker does "
                "not guess the unit",
                row.location,
                hint=f"write the rate per so many people the indicator counts, not a total (in {unit}/千人, say)"
                if row.unit else f"give the unit in a unit column (人, 元 …) so that checker converts it, or write the "
                                 f"value in {unit or 'the unit of the plan'}",
            ), [row]))
    return found


def off_by_scale(values: list[float], targets, smallest: int = 2) -> tuple[object, int, str] | None:
    """The first level target that the median of ``values`` stands about 100 or 1000 times off (10 times too, with
    ``smallest`` 1: for a value already beyond its indicator's plausible range), or further off than 100 times every
    level target, with how many times (a power of ten where it is near one) and which way the values lie
    ("smaller", "larger"); None where there is none. The mark of a share written as a fraction (0.85 for 85%) or a
    unit slip, on the plan's side or the data's, or of a total given for a rate (300 times, 3,000 times)."""
    ordered = sorted(abs(value) for value in values if value)
    if not ordered:
        return None
    middle = ordered[len(ordered) // 2]
    levels = [target for target in targets if target.rule.kind in LEVEL_KINDS and target.rule.value]
    for target in levels:
        # a series moves towards its target (2,600 → 1,280 for 12: 143 times off), so further from the
        # power of ten than a jump between two years may
        factor = slip_factor(middle, target.rule.value, smallest=smallest, tolerance=TARGET_SLIP_TOLERANCE)
        if factor is not None:
            return target, 10 ** factor, "smaller" if middle < abs(target.rule.value) else "larger"
    ratios = [middle / abs(target.rule.value) for target in levels]
    if ratios and (all(ratio >= 100 for ratio in ratios) or all(ratio <= 0.01 for ratio in ratios)):
        ratio = ratios[0]
        return levels[0], round(ratio if ratio >= 1 else 1 / ratio, -1), "larger" if ratio > 1 else "smaller"
    return None


def unit_slip(points: Sequence[Point], target_value: float, unit: str | None) -> tuple[int, str, str] | None:
    """(times, the data's unit, the plan's: 10,000, 万元, 元) where values converted from a unit of another scale than the plan's ``unit`` (万元 to 元:
    10,000 times) stand that same scale off the target ``target_value``: the numbers as written sit near the target
    and the unit column carries a scale they are not in (人均…经费 89 万元 for 89 元, read as 890,000元); None for any
    other values (a value far off in the plan's own unit is judged as written: no unit to blame)."""
    written = {point.original_unit for point in points if point.value}
    if len(written) != 1 or None in written or not unit or not target_value:
        return None
    said = written.pop()
    try:
        scale = units.convert(1.0, said, unit)
    except CheckerError:
        return None
    ordered = sorted(abs(point.value) for point in points if point.value)
    middle = ordered[len(ordered) // 2]
    if scale <= 0 or abs(math.log10(scale)) < 1 or (scale > 1) != (middle > abs(target_value)):
        return None
    off = abs(math.log10(middle / abs(target_value)))
    if abs(off - abs(math.log10(scale))) > TARGET_SLIP_TOLERANCE:
        return None
    return round(scale if scale > 1 else 1 / scale), said, unit


#: what a value 100 or 1000 times off its target says, in each warning of it
_SLIPPED = ("a share written as a fraction (0.85 for 85%), a unit slipped in the plan or the data, or a total given "
            "for a rate; the verdicts take both as written, but for a value beyond its indicator's plausible range "
            "(not judged)")


def scale_cautions(plan: Plan, dataset: Dataset, region: str) -> list[str]:
    """One located line for each indicator whose values in ``region`` stand about 100 or 1000 times off one
    of its level targets in the same unit (:func:`off_by_scale`: values 60–70% against a target written
    ``≥0.85`` for 85%): every verdict of it would be a confident wrong one. ``check`` prints them on standard
    error (``validate`` lists the same as ``scale`` warnings)."""
    from checker.judge.bands import fmt

    found = []
    for indicator in plan.indicators:
        points = [point for point in dataset.get(region, indicator.id).values() if point.value]
        values = sorted(abs(point.value) for point in points)
        if not values:
            continue
        shown = fmt(values[0]) if values[0] == values[-1] else f"{fmt(values[0])}–{fmt(values[-1])}"
        head = f"{points[0].location}: warning: {indicator.name_zh or indicator.id} in {region}: the values " \
               f"({shown}{units.suffix(indicator.unit)}) are"
        off = off_by_scale([point.value for point in points], indicator.targets)
        if off is not None:
            target, times, way = off
            slip = unit_slip(points, target.rule.value, indicator.unit)
            if slip is not None:  # 89 万元 for 89 元: the unit column's scale, not the numbers
                found.append(f"{head} about {slip[0]:,} times {way} than the plan's target {target.text!r} ({target.year}): "
                             f"{slip[1]} for {slip[2]}? The numbers as written sit near the target; the verdicts take the unit as "
                             "written, but for a value beyond its indicator's plausible range (not judged)")
                continue
            found.append(f"{head} {times_shown(times)} times {way} than the plan's target {target.text!r} ({target.year}): "
                         + _SLIPPED)
            continue
        if region != plan.region or indicator.unit not in ("%", "‰"):
            continue  # the plan's stated base values are its own region's; a count or a rate may truly grow 100-fold
        middle = values[len(values) // 2]
        for base in indicator.baselines:  # 0.105 given for 10.5%: a change from it (比2015年提高10个百分点) is moved
            fraction = base.value is not None and 0 < abs(base.value) < 1 <= middle
            factor = slip_factor(middle, base.value, smallest=2, tolerance=TARGET_SLIP_TOLERANCE) if fraction else None
            if factor is not None:
                found.append(f"{head} {10 ** factor:,} times {'smaller' if middle < abs(base.value) else 'larger'} "
                             f"than the plan's {base.year} base value {base.text!r}: a share written as a fraction "
                             "(0.105 for 10.5%) or a unit slipped; a change measured from it takes it as written")
                break
    return found


def data_cautions(plan: Plan, dataset: Dataset, observations, region: str) -> list[str]:
    """Every warning about the data of one region's check, each a line (located where it can be): names that may
    be one place, values 100 or 1000 times off a target or a stated base value, base values the data contradicts,
    values that jump tenfold or are marked as another year's, and rows with no region in a file that names its
    peers. ``check`` prints them on standard error and gives them to the machine outputs; ``report`` lists them."""
    return [*regions_alike(dataset.regions_in_file()), *prefectures_alike(dataset), *scale_cautions(plan, dataset, region),
            *_base_contradictions(plan, dataset, region), *series_cautions(plan, dataset, region),
            *peers_of_blank_rows(observations, plan, region), *placed_otherwise(plan, dataset),
            *unread_sheets(observations)]


def unread_sheets(observations) -> list[str]:
    """A line for each sheet of a workbook that was not read (hidden, of words only, or passed over for want of
    ``--sheet``); none for a CSV file."""
    lines = getattr(observations, "unread_sheet_lines", None)
    return lines() if lines is not None else []


def placed_otherwise(plan: Plan, dataset: Dataset) -> list[str]:
    """A line where the data places the plan's own region in another province or city than the plan's ``references``
    name (a 省份 cell, or a 行政区划代码 typed 330583 for 350583): it is compared with the data's, which turns its
    verdicts against 全省 or 全市; said, so that a slip in the data is seen."""
    placed = dataset.parents.get(plan.region) or {}
    return [f"warning: the data places {plan.region} in {place} (its {level}), where the plan's references name "
            f"{plan.references[level]}: it is compared with {place}; check its 省份/地市 cells or 行政区划代码"
            for level, place in sorted(placed.items())
            if level in plan.references and place != plan.references[level]]


def _base_contradictions(plan: Plan, dataset: Dataset, region: str) -> list[str]:
    """A base value the plan states that the data contradicts (a figure revised since the plan was written),
    which changes the verdicts measured from it: the plan's own region only."""
    if region != plan.region:
        return []

    def value_at(indicator_id: str, year: int):
        point = dataset.get(region, indicator_id).get(year)
        return None if point is None or point.value is None else (point.value, point.location)

    names = {indicator.id: indicator.name_zh or indicator.id for indicator in plan.indicators}
    return [f"{location}: warning: {message}" for message, location in baseline_contradictions(plan, value_at, names)]


def regions_off_by_scale(plan: Plan, dataset: Dataset, regions: list[str]) -> list[str]:
    """For a run of many regions: one line for each indicator and level target that some regions' values stand
    about 100 or 1000 times off (each region's median, as :func:`scale_cautions` takes it for one region): a
    provincial submission of shares as fractions (0.27 for 27%) passed 25左右 in every region without a word."""
    levels = {indicator.id: [t for t in indicator.targets if t.rule.kind in LEVEL_KINDS and t.rule.value]
              for indicator in plan.indicators}
    medians = _region_medians(dataset, regions, {indicator_id for indicator_id, targets in levels.items() if targets})
    found = []
    for indicator in plan.indicators:
        counted = bool(indicator.unit and units.is_known(indicator.unit) and _an_amount(indicator.unit))
        targets = levels[indicator.id]
        by_region = medians.get(indicator.id) or {}
        if not targets or not by_region:
            continue
        off: dict[tuple[int, int, str], list[str]] = {}
        for region in _maybe_off(regions, by_region, targets):  # in the order judged (a query's groups: any order)
            middle = by_region[region]
            for index, target in enumerate(targets):
                factor = slip_factor(middle, target.rule.value, smallest=2, tolerance=TARGET_SLIP_TOLERANCE)
                way = "smaller" if middle < abs(target.rule.value) else "larger"
                if factor is not None and not (counted and way == "smaller"):
                    # (a count or an amount: a province's doctors are rightly a hundredth of the nation's target,
                    # never a hundred times more)
                    off.setdefault((index, factor, way), []).append(region)
                    break
        for (index, factor, way), names in off.items():
            target = targets[index]
            shown = "、".join(names[:5]) + (f" … ({len(names)})" if len(names) > 5 else "")
            found.append(f"warning: {indicator.name_zh or indicator.id}: the values of {len(names)} region"
                         f"{'s' if len(names) > 1 else ''} ({shown}) are about {10 ** factor:,} times {way} than the "
                         f"plan's target {target.text!r} ({target.year}): " + _SLIPPED)
    return found


def _maybe_off(regions: list[str], middles: dict[str, float], targets: list) -> list[str]:
    """The ``regions`` (in their order) whose median stands ten times or more off a target's value either way: a
    superset, found with numpy, of those :func:`~checker.data.jumps.slip_factor` may find 100 or 1000 times off
    (≈ 45 times at least), which it then judges one by one (a national run: 2,850 regions × 40 targets)."""
    import numpy as np

    sizes = np.abs(np.array([middles.get(region, math.nan) for region in regions], dtype=np.float64))
    maybe = np.zeros(len(regions), dtype=bool)
    for target in targets:
        size = abs(target.rule.value)
        maybe |= (sizes >= size * 10) | (sizes * 10 <= size)  # a median of no region (NaN) is neither
    return [regions[position] for position in np.flatnonzero(maybe).tolist()]


def _an_amount(unit: str) -> bool:
    """Whether a unit is a plain amount or count (人, 万人, 张, 亿元), not a share, a rate or a value per head."""
    read = units.read(unit)
    return units.is_amount(unit) and read.denominator is None and read.per == 1


def _region_medians(dataset: Dataset, regions: list[str], indicators: set[str]) -> dict[str, dict[str, float]]:
    """indicator id → region → the middle of the region's non-zero values (in size, the upper of two), for the
    ``regions`` and ``indicators`` asked; by columns for a file read so (one query, not a series a region)."""
    wanted = set(regions)
    frames = getattr(dataset, "indicator_frames", None)
    if frames is not None and getattr(dataset, "rows", None) is not None:
        import polars as pl

        names, by_indicator = frames()
        codes = [code for code, name in enumerate(names) if name in wanted]
        asked = [indicator_id for indicator_id in by_indicator if indicator_id in indicators]
        queries = [by_indicator[indicator_id].lazy().filter(pl.col("region").is_in(codes))
                   .with_columns(pl.col("value").abs()).filter(pl.col("value") > 0)
                   .group_by("region").agg(pl.col("value").quantile(0.5, "higher")) for indicator_id in asked]
        # one plan for all indicators: polars runs them side by side (each query alone: twice the time)
        return {indicator_id: {names[code]: value for code, value in zip(middles["region"].to_list(),
                                                                          middles["value"].to_list())}
                for indicator_id, middles in zip(asked, pl.collect_all(queries) if queries else [])}
    out = {}
    for (region, indicator_id), series in dataset.series.items():
        if region in wanted and indicator_id in indicators:
            values = sorted(abs(point.value) for point in series.values() if point.value)
            if values:
                out.setdefault(indicator_id, {})[region] = values[len(values) // 2]
    return out


def series_cautions(plan: Plan, dataset: Dataset, region: str) -> list[str]:
    """One located line for each value of ``region`` that validate warns of and a verdict would take as it
    stands: a jump from the year before by a factor near 10, 100 or 1000 or far outside the series (a unit slip:
    0.6 per 万 given for a rate per 10万), and a value its cell marks as another year's (3.15（2019年） in a 2020
    row). ``check`` prints them on standard error (``validate`` lists them as ``jump`` and ``annotation``)."""
    from checker.data.jumps import Value, jumps

    found = []
    for indicator in plan.indicators:
        points = [point for _, point in sorted(dataset.get(region, indicator.id).items())]
        name = indicator.name_zh or indicator.id
        values = [Value(p.year, p.value, p.text, p.original_unit, p.location) for p in points if p.value is not None]
        found += [f"{jump.location}: warning: {jump.message}" for jump in jumps(name, region, indicator.unit, values)]
        for point in points:
            other = marked_year(point.notes, point.year)
            if other is not None:
                found.append(f"{point.location}: warning: {name} {point.year}: the value {point.text.strip()!r} is "
                             f"marked as {other}'s, and is judged as {point.year}'s")
    return found


def baseline_contradictions(plan: Plan, value_at: Callable[[str, int], tuple[float, Location] | None],
                            names: dict[str, str]) -> list[tuple[str, Location]]:
    """The plan's stated base values that the data (``value_at``: an indicator's value in a year, and where it
    stands) contradicts, in the years progress or a change is measured from (the base year, a target's
    比2015年): the data's value is used (``find_baseline``), so a different one changes verdicts without a word.
    Equal within the plan's own precision (5.0 and 5.04) is no contradiction. ``validate`` lists them as
    ``baseline`` warnings; ``check`` prints them on standard error."""
    found = []
    for indicator in plan.indicators:
        bases = {plan.base_year, *(target.rule.base_year for target in indicator.targets if target.rule.base_year)}
        for stated in indicator.baselines:
            given = value_at(indicator.id, stated.year) if stated.year in bases and stated.value is not None else None
            if given is None:
                continue
            value, location = given
            places = _decimals(stated.text)
            if places is None or abs(value - stated.value) <= 0.5 * 10 ** -places + 1e-9 * max(1.0, abs(value)):
                continue
            where = f" ({stated.location})" if stated.location and stated.location.file else ""
            factor = slip_factor(value, stated.value)
            slip = (f", about {10 ** factor:,} times {'more' if abs(value) > abs(stated.value) else 'less'} (a unit "
                    "slip or a misplaced decimal point?)" if factor else "")
            found.append((f"{names[indicator.id]} {stated.year}: the data gives {value:g}{units.suffix(indicator.unit)} "
                          f"but the plan states {stated.text.strip()}{where}{slip}; progress and changes from "
                          f"{stated.year} are measured from the data's value", location))
    return found


def _decimals(text: str) -> int | None:
    """The decimal places of the number a stated baseline is written with (``5.0`` → 1), None without one."""
    match = re.search(r"\d+(?:\.(\d+))?", text.replace("，", "").replace(",", ""))
    return len(match.group(1) or "") if match else None


class YesNoError(CheckerError):
    """A yes/no cell (是, 否) where the plan's targets need a number."""


#: kinds that judge no value: a yes/no cell of theirs is read as it is (1 or 0) and used by none
_NO_VALUE_KINDS = frozenset(("external", "unspecified"))


def yes_stands_for(indicator: Indicator) -> float | None:
    """What a yes/no cell (是, 否, 已完成 …) means for ``indicator``, as the value a yes stands for in its
    unit (a no is 0): 1 for deliverables (实现, 建成) and for full coverage counted in a unit such as 所;
    100 for full coverage in % or without a unit (是 = covered everywhere, not 1%); None where its
    targets need a number (≥80岁, 90%以上): there a yes/no is refused, never read as 1."""
    kinds = {target.rule.kind for target in indicator.targets} - _NO_VALUE_KINDS
    if kinds <= {"achieved"}:
        return 1.0
    if kinds == {"full_coverage"}:
        return 100.0 if indicator.unit in ("%", None) else 1.0
    return None


def row_unit(given: str | None, name_rate: str | None) -> str | None:
    """A row's unit: the one it gives (unit column, cell or the name's brackets), but where its name says the count is
    per other people than the plan's (``name_rate``, :func:`rate_of_name`) and it gives no unit or only the counting
    word (张 under 每万人口卫生机构床位数), that rate (张/万人)."""
    if name_rate is not None and (not given or units.counts_per_people(given, name_rate)):
        return name_rate
    return given


def to_point(item: Observation, plan_unit: str | None, bracket_unit: str | None, rate: str | None = None,
             yes: float | None = 1.0, population: str | None = None, name_rate: str | None = None) -> Point:
    """The observation as a point of the plan's series, in the plan's unit; ``yes`` is what a yes/no
    cell stands for (:func:`yes_stands_for`; None: such a cell is an error); ``population``: see
    :func:`to_plan_unit`; ``name_rate``: the rate the row's own name says it counts per (:func:`row_unit`)."""
    if yes != 1.0 and item.value in (0.0, 1.0):
        said = yes_or_no(item.text)
        if said is not None:
            if yes is None:
                raise YesNoError(
                    f"{item.indicator} {item.year}: {item.text.strip()!r} says yes or no, but the plan's targets for "
                    f"it need a number{f' in {plan_unit}' if plan_unit else ''}",
                    item.location,
                    hint="give the value as a number; yes/no (是/否) is data for a deliverable (实现, 建成) or full "
                         "coverage (全覆盖)",
                )
            return Point(year=item.year, value=yes * said, text=item.text, location=item.location,
                         unit=plan_unit, notes=item.notes)
    if item.unit and bracket_unit and item.unit != bracket_unit and not units.same_unit(item.unit, bracket_unit):
        raise CheckerError(
            f"{item.indicator}: the name says {bracket_unit} but the unit column says {item.unit}",
            item.location,
            hint="make the unit in the name's brackets and the unit column agree, or drop one of them",
        )
    data_unit = row_unit(item.unit or bracket_unit, name_rate)
    value = item.value
    if data_unit and plan_unit and data_unit != plan_unit and value is not None:
        try:
            value = to_plan_unit(value, data_unit, plan_unit, rate, item.location, population)
        except CheckerError as error:
            raise CheckerError(
                f"{item.indicator}: the data is in {data_unit} but the plan measures it in {plan_unit}; {error.message}",
                item.location,
                hint=f"give the value in {plan_unit} (or a unit of the same kind), or fix the unit column",
            ) from None
    return Point(
        year=item.year,
        value=value,
        text=item.text,
        location=item.location,
        unit=plan_unit or data_unit,
        notes=item.notes,
        original_unit=data_unit if data_unit and data_unit != plan_unit else None,
    )


@record
class UnusedRows:
    """Data rows a check did not use, for one reason and subject: listed, never silently dropped.

    ``reason`` is ``region`` (a region neither judged nor a reference of the plan), ``reference`` (a reference
    region's rows of indicators no target compares with it), ``year`` (a year outside the plan period,
    :attr:`Plan.period`) or ``duplicate`` (a repeat of an earlier row's value).
    """

    __slots__ = ("reason", "subject", "rows", "location", "code", "within")

    def __init__(self, reason: str, subject: str, rows: int, location: Location, code: str | None = None,
                 within: str | None = None) -> None:
        self.reason = reason
        self.subject = subject
        self.rows = rows
        self.location = location  # the first such row's value cell
        self.code = code  # the region's 行政区划代码, where the file gives one
        self.within = within  # the place the file puts the region in (its 地市 cell), where it names one

    def words(self, lang: str, period: tuple[int, int], places: tuple[str, ...] = (),
              fields: Mapping[str, str] | None = None, judged: tuple[str, ...] = ()) -> str:
        """One line saying which rows, why, how many and where the first is; for another region's rows,
        the one of ``places`` (the regions checked and the plan's references) it may be a short name of. Where
        that one is a short name the plan writes (``fields``: the plan's ``region``, ``references.province`` … → its
        place) and the data writes it in full (湖南 and 湖南省), the plan is the one to mend, not the data.
        ``judged``: the regions of a many-region run (a 合计 beside them is their place's total, not one of theirs)."""
        count = f"{self.rows} 行，首行 {self.location}" if lang == "zh" else \
            f"{self.rows} row{'s' if self.rows > 1 else ''}, first at {self.location}"
        if self.reason == "region" and (choices := whole_choices(self.subject, fields or {})):
            return whole_choices_words(self.subject, choices, lang, count)  # 全市: 扬中市 or 镇江市, both named
        if self.reason == "region" and self.subject in unnamed_totals() and len(judged) > 1:
            return regions_total_words(self.subject, total_place(fields or {}, judged, self.code), lang, count, fields)
        if self.reason == "region" and self.subject in unnamed_totals() and places and places[0]:
            return total_row_words(self.subject, total_place(fields or {}, (places[0],))[1], lang, count)
        if self.reason == "region" and total_of(self.subject):
            return named_total_words(self.subject, places, lang, count)
        if self.reason == "region" and is_population_part(self.subject):  # 户籍人口, 农村: people, no place
            return population_part_words(self.subject, lang, count)
        if self.reason == "region" and is_part_total(self.subject):  # 市辖区, 市本级 under the place a column names
            return part_words(self.subject, self.within, self.subject, lang, count)
        if self.reason == "region":
            meant = same_place(self.subject, places)
            field = next((key for key, place in (fields or {}).items() if place == meant), None) \
                if meant and len(without_place_ending(self.subject)) < len(self.subject) else None
            if field:  # the plan's 湖南 for the data's 湖南省: the full name is the one to write
                return (f"地区“{self.subject}”既不是所检查的地区，也不是规划的参照地区（{count}）；是否指规划的 {field}"
                        f"“{meant}”？若是，请在规划中写全称（plan.{field}: {self.subject}）" if lang == "zh" else
                        f"region {self.subject!r} is neither a region checked nor a reference region of the plan "
                        f"({count}); is it the plan's {field} {meant!r}? If so, write the full name in the plan "
                        f"(plan.{field}: {self.subject})")
            if lang == "zh":
                return (f"地区“{self.subject}”既不是所检查的地区，也不是规划的参照地区（{count}）"
                        + (f"；是否指 {meant}？若是，请在数据中写作“{meant}”" if meant else ""))
            return (f"region {self.subject!r} is neither a region checked nor a reference region of the plan ({count})"
                    + (f"; did you mean {meant}? If so, write it so in the data" if meant else ""))
        if self.reason == "reference":
            return (f"地区“{self.subject}”是参照地区，但这些行的指标没有目标与它比较（{count}）" if lang == "zh" else
                    f"region {self.subject!r} is a reference region, but no target of these rows' indicators compares "
                    f"with it ({count})")
        if self.reason == "year":
            return (f"{self.subject}年在规划期 {period[0]}–{period[1]} 之外（{count}）" if lang == "zh" else
                    f"year {self.subject} is outside the plan period {period[0]}–{period[1]} ({count})")
        return (f"指标“{self.subject}”的行与前面的行完全重复（{count}）" if lang == "zh" else
                f"rows of {self.subject!r} repeat an earlier row exactly ({count})")

    def to_dict(self) -> dict:
        return {"reason": self.reason, "subject": self.subject, "rows": self.rows, "first": self.location.to_dict()}


def total_row_words(total: str, checked: str, lang: str, count: str = "") -> str:
    """Why a total row that names no place (合计 beside a plan's counties) was left out, and how to make it count: it
    was listed as "neither the region checked nor a reference", and the target beside it said "no data" while the
    city's total stood in the file."""
    whole = whole_row_name(checked)
    also = (f"（或“{whole}”）" if lang == "zh" else f" (or {whole})") if whole else ""
    if lang == "zh":
        return (f"地区“{total}”是合计行，未作为{checked}的数据读取" + (f"（{count}）" if count else "")
                + f"；若它是{checked}的合计，请在数据中写作“{checked}”{also}，即可纳入")
    return (f"region {total!r} is a total row, not read as {checked}'s" + (f" ({count})" if count else "")
            + f"; if it is {checked}'s total, name it {checked}{also} in the data and it counts")


#: the levels of places, highest first (``place_levels`` of ``rules/names.yaml``)
LEVELS = ("province", "city", "county", "town")


@cache
def _level_endings() -> dict[str, tuple[str, ...]]:
    found = (load_rules_yaml("names.yaml") or {}).get("place_levels") or {}
    return {level: tuple(found.get(level) or ()) for level in LEVELS}


@lru_cache(maxsize=4096)
def levels_of(name: str) -> frozenset[int]:
    """The levels (0 province … 3 town, :data:`LEVELS`) a place of this name may be of, by the longest ending of
    ``place_levels`` it has (泉州市 a city or a county-level city: both; 鲤城区 a county; 溪美街道 a town); a province-level
    city (北京市) is a province; every level for a name with no such ending."""
    if name in _province_level_cities():
        return frozenset({0})
    endings = _level_endings()
    matched = [(len(ending), index) for index, level in enumerate(LEVELS) for ending in endings[level]
               if name.endswith(ending) and len(name) > len(ending)]
    if not matched:
        return frozenset(range(len(LEVELS)))
    longest = max(size for size, _ in matched)
    return frozenset(index for size, index in matched if size == longest)


@cache
def _province_level_cities() -> frozenset[str]:
    return frozenset((load_rules_yaml("names.yaml") or {}).get("province_level_cities") or ())


def lie_below(regions: tuple[str, ...], place: str) -> bool:
    """Whether ``regions`` lie a level below ``place`` as far as their names say: one at least is lower than the
    highest level ``place`` may be of (鲤城区 under 泉州市, a city or a county-level city: the 区 says which; 溪美街道
    under 南安市), and none is surely at or above it (a 县 beside a 县 plan is its peer)."""
    own = levels_of(place)
    if not regions or place in regions or len(own) == len(LEVELS):
        return False
    return any(min(levels_of(region)) > min(own) for region in regions) and all(
        max(levels_of(region)) > min(own) for region in regions)


def code_level(code: str) -> int:
    """The level (:data:`LEVELS`) of the place a 行政区划代码 names: 350000 a province, 350500 a city, 350583 a county,
    350583001 a town."""
    if len(code) > 6 and code[6:].strip("0"):
        return 3
    return 0 if code[2:6] == "0000" else 1 if code[4:6] == "00" else 2


def total_place(fields: Mapping[str, str], judged: tuple[str, ...], code: str | None = None) -> tuple[str, str] | None:
    """The place a total row that names none (合计, 总计) beside the regions judged is the total of, and the plan's field
    naming it (``fields``: ``region`` → 泉州市, ``references.city`` → …): the one place for this decision, used by
    ``check`` and ``validate``. One region checked: that region (the 合计 beside it is its own). Several: the plan's
    region where they lie below it (a city plan over its districts: 泉州市, not its province); else the plan's
    reference of the level right above theirs where they are the region's peers — ``references.city`` over counties,
    ``province`` over cities, ``nation`` over provinces — never a place of another level. None where the names cannot
    tell: a wrong place made the city's total the 全省 value of every 高于全省平均 target. ``code``: the row's
    行政区划代码, which says the place's level first (350500 a city: the plan's region where it may be one and the
    regions lie below it, else its ``references.city``)."""
    region = fields.get("region")
    if len(judged) <= 1:
        checked = judged[0] if judged else region
        return ("region", checked) if checked else None
    if code:  # the row's own code says the level of the place it totals: the plan's one of that level, if one
        level = code_level(code)
        field = {0: "references.province", 1: "references.city"}.get(level)
        if region and region not in judged and level in levels_of(region) and lie_below(judged, region):
            return "region", region
        place = fields.get(field) if field else None
        return (field, place) if place and place not in judged and place != region else None
    if region and lie_below(judged, region):
        return "region", region
    if region not in judged and region:
        return None  # the plan's region is not among them, nor surely above them: which place they total is unknown
    # the plan's region is one of them: they are its peers, and their place is the reference a level above theirs
    common = frozenset.intersection(*(levels_of(name) for name in judged))
    if len(common) != 1:
        return None  # of no one level (泉州市 and 南安市 may each be a city or a county-level city): not for a guess
    above = {2: "references.city", 1: "references.province", 0: "references.nation"}.get(next(iter(common)))
    place = fields.get(above) if above else None
    return (above, place) if place and place not in judged else None


def regions_total_words(total: str, reference: tuple[str, str] | None, lang: str, count: str = "",
                        fields: Mapping[str, str] | None = None) -> str:
    """Why a total row that names no place (合计) beside the regions of a many-region run was left out: it is the total
    of the place they lie in, none of theirs, and the plan's ``reference`` (field, place: references.city 邵阳市) is the
    name that makes it that place's row — not the run's list of regions, which is no place to name a row after. A
    level's word (全市) is offered only where no other place of the plan's ``fields`` is called so (a county-level
    南安市 beside its references.city 泉州市: which 全市 is meant is not for a guess, and it is read as neither)."""
    counted = (f"（{count}）" if lang == "zh" else f" ({count})") if count else ""
    if lang == "zh":
        head = f"地区“{total}”是合计行，不是所检查的任一地区，未作为地区核查{counted}"
        if reference is None:
            return head + ("；若它是这些地区所在上级地区的合计，请在规划的 references 中写出该地区（或是规划的地区），并在数据中"
                           "写作其名称，即作为该地区的行读取")
        field, place = reference
        whole = _whole_row_alone(place, fields or {})
        also = f"（或“{whole}”）" if whole else ""
        read = f"即作为{place}（规划的地区）的行读取" if field == "region" else "即作为参照地区的行读取"
        return head + f"；若它是这些地区所在的{place}（规划的 {field}）的合计，请在数据中写作“{place}”{also}，{read}"
    head = f"region {total!r} is a total row, none of the regions checked, and is not judged{counted}"
    if reference is None:
        return head + ("; if it is the total of the place these regions lie in, name that place in the plan's "
                       "references and write its name in the data, and it is read as the reference's row")
    field, place = reference
    whole = _whole_row_alone(place, fields or {})
    also = f" (or {whole})" if whole else ""
    read = "as the plan's region's row" if field == "region" else "as the reference's row"
    return head + (f"; if it is the total of {place}, where these regions lie (the plan's {field}), name it {place}"
                   f"{also} in the data and it is read {read}")


def _whole_row_alone(place: str, fields: Mapping[str, str]) -> str | None:
    """The level's word for ``place``'s own row (全市), where no other place the plan names is called so."""
    whole = whole_row_name(place)
    others = {other for other in fields.values() if other and other != place}
    return whole if whole and not any(whole_row_name(other) == whole for other in others) else None


def total_of(region: str) -> tuple[str, str] | None:
    """The place a total row named after it totals and the total's ending (邵阳市合计 → 邵阳市, 合计; 贵阳市市辖区 → 贵阳市,
    市辖区: ``aggregate_endings`` in ``rules/names.yaml``), or None for any other cell (合计, 全市合计: no place's
    name)."""
    if not is_aggregate(region) or region in aggregate_regions():
        return None
    for ending in sorted(_aggregate_endings()[0], key=len, reverse=True):
        head = region[:-len(ending)]
        if region.endswith(ending) and head and head not in aggregate_regions():
            return head, ending
    return None


@cache
def _aggregate_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings of a place's total named after it, and of those that total only a part of it (``rules/names.yaml``
    ``aggregate_endings``, ``aggregate_parts``)."""
    names = load_rules_yaml("names.yaml") or {}
    return tuple(names.get("aggregate_endings") or ()), tuple(names.get("aggregate_parts") or ())


def named_total_words(total: str, places: tuple[str, ...], lang: str, count: str = "") -> str:
    """Why a place's total named after it (邵阳市合计, 贵阳市市辖区) was left out: a total row, never judged as one more
    region nor read as the place's own data (README, "Many regions"); where that place is one the run reads
    (``places``: the regions checked, the plan's region and references) and the total is of the whole of it, that
    writing it as the place's name makes it count, if the data has no row of that name already."""
    found = total_of(total)
    assert found is not None
    place, ending = found
    if ending.endswith(_aggregate_endings()[1]):
        return part_words(total, place, ending, lang, count)
    counted = (f"（{count}）" if lang == "zh" else f" ({count})") if count else ""
    usable = place in places
    if lang == "zh":
        return (f"地区“{total}”是{place}的合计行，不作为地区核查，也不作为{place}的数据读取{counted}"
                + (f"；若数据中没有“{place}”的行而要用它，请写作“{place}”" if usable else ""))
    return (f"region {total!r} is {place}'s total row, neither judged as a region nor read as {place}'s data{counted}"
            + (f"; if the data has no row named {place} and it is to count, name it {place}" if usable else ""))


def is_part_total(region: str) -> bool:
    """Whether a region cell is a part of the place its row lies in, naming no place: 市辖区, 小计, 县, 市本级
    (``aggregate_regions`` that are ``aggregate_parts``, or a bare kind of place)."""
    return region in aggregate_regions() and (region.endswith(_aggregate_endings()[1]) or region in ("县", "区"))


def is_population_part(region: str) -> bool:
    """Whether a region cell names a part of a place's people, not a place (户籍人口, 农村, 流动人口, 女性: ``subgroups`` in
    ``rules/names.yaml``, the words that make an indicator's name a part's): a yearbook's row under its place's row."""
    return region in _subgroups()


@cache
def _subgroups() -> frozenset[str]:
    return frozenset(str(word) for word in (load_rules_yaml("names.yaml") or {}).get("subgroups") or ())


def population_part_words(part: str, lang: str, count: str = "") -> str:
    """Why a row whose region cell is a part of the people (户籍人口, 农村) was left out: no place, and not the whole's
    value either; a part's target is an indicator of its own (农村婴儿死亡率)."""
    if lang == "zh":
        return (f"地区“{part}”是人口的一部分（如户籍人口、农村），不是一个地区，不作为地区核查，也不作为所在地区的数据读取"
                + (f"（{count}）" if count else ""))
    return (f"region {part!r} is a part of a place's people (as 户籍人口, 农村 are), no place: not judged as a region, nor "
            f"read as its place's data" + (f" ({count})" if count else ""))


def part_words(total: str, place: str | None, ending: str, lang: str, count: str = "") -> str:
    """Why a row of a part of a place was left out: a total of a part (泉州市市辖区, or 市辖区 under a 地市 cell 泉州市),
    or a place's own-level units (市本级, 泉州市本级: the hospitals the city runs itself — ``own_units`` in
    ``rules/names.yaml``), which is no region at all; either is never judged, nor read as the place's total.
    ``place``: the place it is a part of, where the cell or the file names it."""
    counted = (f"（{count}）" if lang == "zh" else f" ({count})") if count else ""
    own = ending.endswith(_own_units())
    if lang == "zh":
        of = place or "所在地区"
        what = (f"{of}本级（{of}直属单位）的行，是{of}的一部分，不是一个地区，也不是{of}的合计" if own else
                f"{of}的部分合计行（{ending}），不是一个地区，也不是{of}的合计")
        return f"地区“{total}”是{what}，不作为地区核查，也不作为{of}的数据读取{counted}"
    of = place or "the place it lies in"
    what = (f"the rows of {of}'s own-level units (本级: the units {of} runs itself), a part of {of}, neither a "
            f"region nor {of}'s total" if own else
            f"a total of part of {of} ({ending}), neither a region nor {of}'s total")
    return f"region {total!r} is {what}: not judged, nor read as {of}'s data{counted}"


@cache
def _own_units() -> tuple[str, ...]:
    return tuple((load_rules_yaml("names.yaml") or {}).get("own_units") or ())


def whole_row_name(region: str) -> str | None:
    """The name a table gives a place's own total row by its level (全市 for 镇江市, 全省 for 江苏省; ``whole_of`` in
    ``rules/names.yaml``), or None for a level with none (a county)."""
    for words in _whole_words().values():
        if words["rows"] and words["endings"] and region.endswith(tuple(words["endings"])):
            return words["rows"][0]
    return None


def same_place(name: str, places: tuple[str, ...]) -> str | None:
    """The one of ``places`` that ``name`` is a short name of, or the long name of (福建 and 福建省: the
    ``place_endings`` of ``rules/names.yaml``), if one; a hint for a reader, never a match: the data's rows
    are not read as that place's."""
    # one written without its ending (福建, 福建省); never two endings of one head (东营市 and 东营区: a city, its district)
    core = without_place_ending
    found = [place for place in dict.fromkeys(places)
             if place and place != name and (core(place) == name or core(name) == place)]
    return found[0] if len(found) == 1 else None


#: a whole place's word (全省) → the plan's reference role it names (province)
WHOLE_ROLES = {"全省": "province", "全市": "city", "全国": "nation", "全县": "county", "全区": "district"}


def meant_region(name: str, references: Mapping[str, str], known: Sequence[str]) -> str | None:
    """The region of ``known`` (the one checked, then the plan's references) a data region ``name`` that is none of
    them likely means — 全省 the plan's province, by its own word; 南安巿 (巿 U+5DFF, a look-alike of 市) 南安市 — or
    None: a whole place's word (全县 of a city's plan) is no misspelt other place. A hint for a reader, never a match:
    the rows are not read as that region's. One place for ``validate``'s and ``check``'s "did you mean"."""
    import difflib

    level = references.get(WHOLE_ROLES.get(name, ""))
    if level:
        return level
    if name in WHOLE_ROLES or is_whole_word(name):
        return None
    # one character of three off (南按市, 南安巿 for 南安市); not one of two (乙县 and 甲县 are two counties, 甲币 may be the
    # misspelt one), nor a name ending in another's (东一市甲县: a place of that name in 东一市)
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return close[0] if close else None


def without_place_ending(name: str) -> str:
    """A place's name without the ending its level gives it (福建省 → 福建; ``place_endings`` of
    ``rules/names.yaml``, longest first), where two characters or more are left."""
    for ending in (load_rules_yaml("names.yaml") or {}).get("place_endings") or ():
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[:-len(ending)]
    return name


def references_unasked(plan: Plan, parents: dict[str, dict[str, str]], judged: list[str]) -> dict[str, frozenset[str]]:
    """Each reference region not judged (the plan's 全国, 朝阳市, or the places the data puts the judged regions in) →
    the ids of the indicators no target compares with it: their rows are read and used for nothing, and are listed
    (rows read = rows used + rows listed)."""
    roles: dict[str, set[str]] = {}
    for role, place in plan.references.items():
        roles.setdefault(place, set()).add(role)
    for region in judged:
        for role, place in (parents.get(region) or {}).items():
            if place != region:
                roles.setdefault(place, set()).add(role)
    asked: dict[str, set[str]] = {}
    for indicator in plan.indicators:
        asked[indicator.id] = {target.rule.reference for target in indicator.targets if target.rule.reference}
    judged_set = set(judged)
    return {place: frozenset(i for i, wanted in asked.items() if not wanted & levels)
            for place, levels in roles.items() if place not in judged_set}


def unused_rows(plan: Plan, observations: Observations, dataset: Dataset, judged: list[str]) -> tuple[UnusedRows, ...]:
    """Every data row that the check of ``judged`` regions does not use and no other list names:
    together with the unknown indicators and the skipped rows, rows read = rows used + rows listed.
    Files read by columns answer by columns (:meth:`checker.data.columnar.ColumnarObservations.unused_rows`)."""
    if not isinstance(observations, Observations):
        by_columns = getattr(observations, "unused_rows", None)
        return by_columns(plan, judged) if by_columns is not None else ()
    keep = kept_regions(plan, dataset.parents, judged)
    default = judged[0] if len(judged) == 1 else plan.region
    first, last = plan.period
    table = name_table(plan)
    whole_names = whole_names_of(plan)
    resolved: dict[str, str | None] = {}
    unasked = references_unasked(plan, dataset.parents, judged)
    groups: dict[tuple[str, str], list[Location]] = {}
    for original, repeat in observations.duplicates:
        groups.setdefault(("duplicate", repeat.indicator), []).append(repeat.location)
    for repeat in dataset.repeated:
        groups.setdefault(("duplicate", repeat.indicator), []).append(repeat.location)
    left = dataset.left
    for item in observations.items:
        if item.indicator not in resolved:
            resolved[item.indicator] = resolve_name(item.indicator, table)[0]
        indicator_id = resolved[item.indicator]
        known = indicator_id is not None
        region = item.region or default
        region = whole_names.get(region, region)
        if not known and region not in keep:  # another region's row: listed as such, not as unknown
            groups.setdefault(("region", region), []).append(observations.region_cell_of(item))
            continue
        if not known or id(item) in left:
            continue  # listed as an unknown indicator, a skipped row or a repeat
        if region not in keep:  # (at its region cell: the cell to mend)
            groups.setdefault(("region", region), []).append(observations.region_cell_of(item))
        elif indicator_id in unasked.get(region, ()):
            groups.setdefault(("reference", region), []).append(item.location)
        elif not first <= item.year <= last:
            groups.setdefault(("year", str(item.year)), []).append(item.location)
    return tuple(UnusedRows(reason, subject, len(rows), rows[0], observations.codes.get(subject),
                            city_of(subject, observations.parents, observations.codes) if is_part_total(subject)
                            else None)
                 for (reason, subject), rows in groups.items())


def city_of(region: str, parents: Mapping[str, Mapping[str, str]], codes: Mapping[str, str]) -> str | None:
    """The city a part of a place (市辖区, 市本级) lies in as the file says: its 地市 cell, else the place its code's city
    code (350501 → 350500) names in another row (泉州市, or 泉州市合计's 泉州市), else None. Only for a part total:
    the file's names and codes, never a guess."""
    city = (parents.get(region) or {}).get("city")
    code = codes.get(region)
    if city or not code or len(code) != 6 or code.endswith("00"):
        return city
    named = set()
    for name, other in codes.items():
        if other == code[:4] + "00":
            whole = total_of(name)
            if whole and not whole[1].endswith(_aggregate_endings()[1]) or not is_aggregate(name):
                named.add(whole[0] if whole else name)
    return next(iter(named)) if len(named) == 1 else None
