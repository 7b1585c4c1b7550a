""""Did you mean": the plan indicator an unknown data-file name most likely is, or nothing.

A name is a measured thing in a shared frame (每千常住人口 | 药师（士）数): the frame says little, so
names are compared on the measured thing, with bracketed parts (（助理）, （士）) left out. The
candidates are every name of the plan's indicators and of the catalogue (``rules/indicators.yaml``):
when the closest is a catalogue indicator the plan does not have, or two plan indicators are about
as close, or none is close enough, there is no suggestion. Frames and thresholds: ``rules/names.yaml``.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from checker.matching import catalogue, fold
from checker.plan import Plan
from checker.rulefiles import load_rules_yaml

NAMES_FILE = "names.yaml"
_BRACKETED = re.compile(r"\([^()]*\)")


@cache
def _settings() -> tuple[tuple[str, ...], float, float]:
    data = load_rules_yaml(NAMES_FILE) or {}
    frames = tuple(sorted((fold(str(f)) for f in data.get("frames") or ()), key=len, reverse=True))
    return frames, float(data.get("least_similarity", 0.75)), float(data.get("least_lead", 0.05))


@cache
def _endings() -> tuple[tuple[str, str], ...]:
    """(ending, group) pairs, longest ending first."""
    data = load_rules_yaml(NAMES_FILE) or {}
    pairs = [(fold(str(ending)), group) for group, endings in (data.get("measures") or {}).items()
             for ending in endings or ()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def measure(thing: str) -> str | None:
    """What kind of number a name's ending says it is (rate, count, amount …), or None."""
    return next((group for ending, group in _endings() if thing.endswith(ending)), None)


def denominator(name: str) -> str | None:
    """The 每千 / 每万 … a name is counted per, or None."""
    folded = fold(name)
    words = (load_rules_yaml(NAMES_FILE) or {}).get("denominators") or ()
    return next((str(word) for word in sorted(words, key=len, reverse=True) if folded.startswith(str(word))), None)


def _similarity(thing: str, other: str) -> float:
    """How alike two measured things are; 0 when their endings say different kinds of number."""
    mine, theirs = measure(thing), measure(other)
    if mine and theirs and mine != theirs:
        return 0.0
    return difflib.SequenceMatcher(None, thing, other).ratio()


def _same_frame(name: str, others) -> bool:
    """Whether a name's denominator agrees with at least one of the other names' (or either has none)."""
    mine = denominator(name)
    return mine is None or any(denominator(str(o)) in (None, mine) for o in others if o)


def measured_thing(name: str) -> str:
    """The part of a name that says what is measured: folded, frames and bracketed parts removed."""
    frames = _settings()[0]
    thing = _BRACKETED.sub("", fold(name))
    stripped = True
    while stripped:
        stripped = False
        for frame in frames:
            if thing.startswith(frame) and len(thing) > len(frame):
                thing, stripped = thing[len(frame):], True
                break
    return thing


def _names(entry_names) -> set[str]:
    return {measured_thing(str(name)) for name in entry_names if name}


def did_you_mean(plan: Plan, name: str) -> str | None:
    """``"每千常住人口执业（助理）医师数 (physicians_per_1000)"`` for a data name that is most likely
    that plan indicator; None when unsure or when the name is a catalogue indicator the plan lacks."""
    _, least, lead = _settings()
    thing = measured_thing(name)
    if not thing:
        return None
    scores: dict[str, float] = {}  # indicator id → best similarity of the measured things
    in_plan = {indicator.id for indicator in plan.indicators}
    candidates: dict[str, set[str]] = {}
    raw: dict[str, list] = {}
    for indicator in plan.indicators:
        entry = catalogue().get(indicator.id) or {}
        raw[indicator.id] = [indicator.name_zh, *indicator.aliases, entry.get("zh"), *(entry.get("aliases") or [])]
    for indicator_id, entry in catalogue().items():
        if indicator_id not in raw and isinstance(entry, dict):
            raw[indicator_id] = [entry.get("zh"), *(entry.get("aliases") or [])]
    for indicator_id, names in raw.items():
        candidates[indicator_id] = _names(names) if _same_frame(name, names) else set()
    for indicator_id, things in candidates.items():
        scores[indicator_id] = max((_similarity(thing, other) for other in things),
                                   default=0.0)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < least or ranked[0][0] not in in_plan:
        return None
    best_id, best = ranked[0]
    runner_up = next((score for other, score in ranked[1:] if other in in_plan), 0.0)
    if best - runner_up < lead:
        return None
    indicator = plan.indicator(best_id)
    return f"{indicator.name_zh} ({indicator.id})"
