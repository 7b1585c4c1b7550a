""""Did you mean": the plan indicator an unknown data-file name most likely is, or nothing.

A name is a measured thing in a shared frame (每千常住人口 | 药师（士）数): the frame says little, so
names are compared on the measured thing, with bracketed parts (（助理）, （士）) left out. The
candidates are every name of the plan's indicators and of the catalogue (``rules/indicators.yaml``):
when the closest is a catalogue indicator the plan does not have, or two plan indicators are about
as close, or none is close enough, there is no suggestion. Frames and thresholds: ``rules/names.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from checker.data.matching import catalogue, catalogue_entry, catalogue_ids, fold
from checker.plan.model import Plan
from checker.rulefiles import load_rules_yaml

NAMES_FILE = "names.yaml"
_BRACKETED = re.compile(r"\([^()]*\)")


@cache
def _settings() -> tuple[tuple[str, ...], float, float]:
    data = load_rules_yaml(NAMES_FILE) or {}
    frames = tuple(sorted((fold(str(f)) for f in data.get("frames") or ()), key=len, reverse=True))
    return frames, float(data.get("least_similarity", 0.75)), float(data.get("least_lead", 0.05))


@cache
def _endings() -> tuple[dict[str, str], tuple[int, ...]]:
    """Ending → its group (the first group that lists it), and the endings' lengths, longest first."""
    data = load_rules_yaml(NAMES_FILE) or {}
    groups: dict[str, str] = {}
    for group, endings in (data.get("measures") or {}).items():
        for ending in endings or ():
            groups.setdefault(fold(str(ending)), group)
    return groups, tuple(sorted({len(ending) for ending in groups if ending}, reverse=True))


def measure(thing: str) -> str | None:
    """What kind of number a name's ending says it is (rate, count, amount …), or None: the longest
    ending that ends it decides (looked up by length, not tried one ending after another)."""
    groups, lengths = _endings()
    for length in lengths:
        group = groups.get(thing[-length:]) if len(thing) >= length else None
        if group is not None:
            return group
    return None


@cache
def _denominators() -> tuple[str, ...]:
    """The denominator words (每千, 每万 …), longest first."""
    words = (load_rules_yaml(NAMES_FILE) or {}).get("denominators") or ()
    return tuple(sorted((str(word) for word in words), key=len, reverse=True))


def denominator(name: str) -> str | None:
    """The 每千 / 每万 … a name is counted per, or None."""
    folded = fold(name)
    if not folded.startswith(_denominators()):  # most names have none: one test in C
        return None
    return next((word for word in _denominators() if folded.startswith(word)), None)


@cache
def _same_endings() -> dict[str, str]:
    """Ending → the ending it is compared as (比率 → 比例), from ``same_endings`` of rules/names.yaml."""
    data = load_rules_yaml(NAMES_FILE) or {}
    return {fold(str(ending)): fold(str(same)) for ending, same in (data.get("same_endings") or {}).items()}


def measured_thing(name: str) -> str:
    """The part of a name that says what is measured: folded, frames and bracketed parts removed, an ending that
    says the same as another written as that one (比率 as 比例)."""
    frames = _settings()[0]
    thing = _BRACKETED.sub("", fold(name))
    stripped = True
    while stripped and thing.startswith(frames):  # most names have no frame: one test in C, not one a frame
        stripped = False
        for frame in frames:
            if thing.startswith(frame) and len(thing) > len(frame):
                thing, stripped = thing[len(frame):], True
                break
    for ending, same in _same_endings().items():
        if thing.endswith(ending) and len(thing) > len(ending):
            return thing[:-len(ending)] + same
    return thing


def _names(entry_names) -> set[str]:
    return {measured_thing(str(name)) for name in entry_names if name}


def _catalogued_as(indicator) -> str | None:
    """The catalogue entry a plan indicator of its own id is, by its Chinese name (a plan written
    from scratch names 人均预期寿命 `le`), or else by its measured thing where one entry alone has it (设区城市空气质量
    优良天数比率 is the catalogue's 城市空气质量优良天数比例): its names are then the indicator's for "did you mean"
    (the entry's names would otherwise tie with the plan's, or win, and the name get no suggestion)."""
    if not indicator.name_zh:
        return None
    exact = catalogue_ids().get(fold(indicator.name_zh))
    if exact:
        return exact
    ids = _catalogue_things().get(measured_thing(indicator.name_zh)) or ()
    return ids[0] if len(ids) == 1 else None


@cache
def _catalogue_things() -> dict[str, tuple[str, ...]]:
    """Measured thing → the catalogue entries that have a name of it."""
    things: dict[str, tuple[str, ...]] = {}
    for entry_id, entry in catalogue().items():
        if isinstance(entry, dict):
            for thing in _names([entry.get("zh"), *(entry.get("aliases") or [])]):
                if entry_id not in things.get(thing, ()):
                    things[thing] = (*things.get(thing, ()), entry_id)
    return things


class Suggester:
    """"Did you mean" for one plan: the candidates' measured things are worked out once."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.in_plan = {indicator.id for indicator in plan.indicators}
        raw: dict[str, list] = {}
        claimed: set[str] = set()  # catalogue entries that a plan indicator of another id is, by its name
        for indicator in plan.indicators:
            entry_id = indicator.id if catalogue_entry(indicator) else _catalogued_as(indicator)
            entry = catalogue().get(entry_id) or {} if entry_id else {}
            if entry_id and entry_id != indicator.id:
                claimed.add(entry_id)
            raw[indicator.id] = [indicator.name_zh, *indicator.aliases, entry.get("zh"), *(entry.get("aliases") or [])]
        for indicator_id, entry in catalogue().items():
            if indicator_id not in raw and indicator_id not in claimed and isinstance(entry, dict):
                raw[indicator_id] = [entry.get("zh"), *(entry.get("aliases") or [])]
        self.raw = {key: [str(name) for name in names if name] for key, names in raw.items()}
        self.things = {key: _names(names) for key, names in self.raw.items()}
        self.denominators = {key: {denominator(name) for name in names} for key, names in self.raw.items()}

    def __call__(self, name: str) -> str | None:
        """``"每千常住人口执业（助理）医师数 (physicians_per_1000)"`` for a data name that is most likely
        that plan indicator; None when unsure or when the name is a catalogue indicator the plan lacks."""
        best_id = self.indicator_of(name)
        if best_id is None:
            return None
        indicator = self.plan.indicator(best_id)
        return f"{indicator.name_zh} ({indicator.id})"

    def indicator_of(self, name: str) -> str | None:
        """The id of the plan indicator a data name most likely is (see :meth:`__call__`), or None."""
        _, least, lead = _settings()
        thing = measured_thing(name)
        if not thing:
            return None
        import difflib  # only when a name is not found: not on every start

        matcher = difflib.SequenceMatcher(None, "", thing)  # the name's side is analysed once
        kind = measure(thing)
        mine = denominator(name)
        floor = least - lead  # anything closer may still be a near tie
        scores: dict[str, float] = {}  # indicator id → best similarity of the measured things
        for indicator_id, things in self.things.items():
            if not self.denominators[indicator_id] & {None, mine}:
                continue  # per 10,000 is never per 1,000, and a count is never per 1,000
            best = 0.0
            for other in things:
                theirs = measure(other)
                if kind and theirs and kind != theirs:
                    continue  # a rate is never a count
                matcher.set_seq1(other)
                if matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor:
                    best = max(best, matcher.ratio())
            if best:
                scores[indicator_id] = best
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < least or ranked[0][0] not in self.in_plan:
            return None
        best_id, best = ranked[0]
        runner_up = next((score for other, score in ranked[1:] if other in self.in_plan), 0.0)
        if best - runner_up < lead:
            return None
        return best_id


def did_you_mean(plan: Plan, name: str) -> str | None:
    """The plan indicator a data-file name most likely is (see :class:`Suggester`), or None."""
    return Suggester(plan)(name)
