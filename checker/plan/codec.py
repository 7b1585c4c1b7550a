"""A parsed plan as plain JSON data and back, for the cache of parsed plans.

Only built-in types are written (dicts, lists, strings, numbers, booleans, None), and reading
rebuilds nothing but the plan's own classes, by name from a fixed list, with no field but theirs:
unlike a pickle, data read here cannot run code or build any other object.

An object is ``{"@": class, field: value, …}`` without the fields that hold their default (most of a
rule's are None), and a field that holds a tuple (a rule's notes, an indicator's targets) is written
as a JSON list: a third less to parse, and half as many objects to rebuild, on every start.
"""

from __future__ import annotations

import json
import math

from checker.errors import Location
from checker.plan.model import Baseline, Indicator, Plan, Source, Target
from checker.language.rule import Rule
from checker.records import fields

#: The classes an entry may name, and the names of their fields.
_CLASSES = {cls.__name__: cls for cls in (Plan, Indicator, Target, Baseline, Source, Rule, Location)}
_FIELDS = {name: fields(cls) for name, cls in _CLASSES.items()}
_KEYS = {name: frozenset(("@", *names)) for name, names in _FIELDS.items()}
#: The fields that hold a tuple, by class: written as a list, read back as a tuple.
_TUPLES = {
    "Plan": ("target_years", "indicators", "slips"),
    "Indicator": ("targets", "aliases", "baselines"),
    "Target": (),
    "Baseline": ("notes",),
    "Source": (),
    "Rule": ("modifiers", "notes", "parts"),
    "Location": ("path",),
}


def _defaults(cls: type) -> dict[str, object]:
    """The fields of ``cls`` that have a default in its ``__init__``, and the default."""
    code = cls.__init__.__code__
    names = code.co_varnames[1:code.co_argcount]
    values = cls.__init__.__defaults__ or ()
    return dict(zip(names[len(names) - len(values):], values))


_DEFAULTS = {name: _defaults(cls) for name, cls in _CLASSES.items()}


class PlanCodecError(ValueError):
    """Data that is not a plan this version of checker wrote."""


def to_data(value: object) -> object:
    """``value`` (a plan, or any part of it) as JSON-ready data: objects as {"@": class, fields…} (a
    field at its default left out, a tuple field as a list), other tuples as {"@t": [...]}, dicts as
    {"@d": [[key, value], …]}, floats that JSON cannot write as {"@f": text}."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"@f": repr(value)}
    if _CLASSES.get(type(value).__name__) is type(value):
        name = type(value).__name__
        data: dict[str, object] = {"@": name}
        defaults, tuples = _DEFAULTS[name], _TUPLES[name]
        for field in _FIELDS[name]:
            item = getattr(value, field)
            if field in defaults and type(item) is type(defaults[field]) and item == defaults[field]:
                continue
            data[field] = [to_data(part) for part in item] if field in tuples and type(item) is tuple else to_data(item)
        return data
    if isinstance(value, tuple):
        return {"@t": [to_data(item) for item in value]}
    if isinstance(value, list):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {"@d": [[to_data(key), to_data(item)] for key, item in value.items()]}
    raise PlanCodecError(f"cannot keep a {type(value).__name__} in the plan cache")


def loads(text: str | bytes) -> object:
    """The value in JSON ``text`` written from :func:`to_data`, rebuilt while it is parsed (each object
    as the parser closes it, rather than walking the parsed data again)."""
    return json.loads(text, object_hook=_rebuild)


def _rebuild(data: dict) -> object:
    name = data.get("@")
    if name is not None:
        if not isinstance(name, str) or name not in _CLASSES or not data.keys() <= _KEYS[name]:
            raise PlanCodecError("not plan data")
        del data["@"]
        for field in _TUPLES[name]:
            if type(data.get(field)) is list:
                data[field] = tuple(data[field])
        return _CLASSES[name](**data)  # a required field missing: TypeError, and the entry is not used
    if len(data) == 1:
        if isinstance(data.get("@t"), list):
            return tuple(data["@t"])
        pairs = data.get("@d")
        if isinstance(pairs, list) and all(isinstance(pair, list) and len(pair) == 2 for pair in pairs):
            try:
                return {key: item for key, item in pairs}
            except TypeError:
                raise PlanCodecError("not plan data") from None
        if data.get("@f") in ("nan", "inf", "-inf"):
            return float(data["@f"])
    raise PlanCodecError("not plan data")
