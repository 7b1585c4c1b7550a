"""A parsed plan as plain JSON data and back, for the cache of parsed plans.

Only built-in types are written (dicts, lists, strings, numbers, booleans, None), and reading
rebuilds nothing but the plan's own classes, by name from a fixed list, with exactly their fields:
unlike a pickle, data read here cannot run code or build any other object.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields, is_dataclass

from checker.errors import Location
from checker.plan.model import Baseline, Indicator, Plan, Source, Target
from checker.language.rule import Rule

#: The classes an entry may name, and the names of their fields.
_CLASSES = {cls.__name__: cls for cls in (Plan, Indicator, Target, Baseline, Source, Rule, Location)}
_FIELDS = {name: tuple(f.name for f in fields(cls)) for name, cls in _CLASSES.items()}
_KEYS = {name: frozenset(("@", *names)) for name, names in _FIELDS.items()}
#: Classes rebuilt as pickle rebuilds an object: made empty, then given all its fields at once. A
#: frozen dataclass's __init__ sets each field through object.__setattr__, a third of reading a cached
#: plan; only classes with a __dict__ and nothing for __init__ to check (no __post_init__) qualify.
_DIRECT = frozenset(name for name, cls in _CLASSES.items()
                    if not hasattr(cls, "__slots__") and not hasattr(cls, "__post_init__"))


class PlanCodecError(ValueError):
    """Data that is not a plan this version of checker wrote."""


def to_data(value: object) -> object:
    """``value`` (a plan, or any part of it) as JSON-ready data: objects as {"@": class, fields…},
    tuples as {"@t": [...]}, dicts as {"@d": [[key, value], …]}, floats that JSON cannot write as {"@f": text}."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"@f": repr(value)}
    if is_dataclass(value) and type(value).__name__ in _CLASSES and type(value) is _CLASSES[type(value).__name__]:
        name = type(value).__name__
        return {"@": name, **{field: to_data(getattr(value, field)) for field in _FIELDS[name]}}
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
        if not isinstance(name, str) or name not in _CLASSES or data.keys() != _KEYS[name]:
            raise PlanCodecError("not plan data")
        if name in _DIRECT:
            value = object.__new__(_CLASSES[name])
            del data["@"]
            value.__dict__.update(data)
            return value
        return _CLASSES[name](**{field: data[field] for field in _FIELDS[name]})
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
