"""Records: small classes of named fields, with a dataclass's equality, hash and repr but no dataclass.

Python 3.11 builds a ``@dataclass`` by writing the source of its methods (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, and ``__setattr__``/``__delattr__`` when frozen) and compiling it with ``exec``
on every start: 0.2–0.9 ms a class, about 15 ms for the 35 classes the everyday check imports, a fifth
of its run. A record is a plain class with ``__slots__`` (its fields, in order) and a written
``__init__``, both compiled once into the module's .pyc; :func:`record` adds the rest from shared
functions, without compiling anything::

    @record
    class Span:
        __slots__ = ("first", "last")

        def __init__(self, first: int, last: int) -> None:
            self.first = first
            self.last = last

Records are values: nothing assigns to a record's field after ``__init__`` (:func:`replace` makes a
changed copy). :func:`read_only` enforces it for the records a caller might be tempted to edit; their
``__init__`` then sets each field with ``object.__setattr__``, as a frozen dataclass does.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, TypeVar

R = TypeVar("R")


def record(cls: type[R]) -> type[R]:
    """``cls`` given equality (same class, equal fields), a hash of its fields and a repr naming them,
    as ``@dataclass(frozen=True)`` would, unless it writes that method itself; its fields are the names
    in its own ``__slots__``."""
    names = fields(cls)
    values = attrgetter(*names) if names else (lambda item: ())

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(values(self))

    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    for method in (__eq__, __hash__, __repr__):
        if method.__name__ not in cls.__dict__:  # a method the class writes itself is kept
            setattr(cls, method.__name__, method)
    return cls


def read_only(cls: type[R]) -> type[R]:
    """A :func:`record` whose fields cannot be assigned or deleted after ``__init__`` (which sets them
    with ``object.__setattr__``): the error is a dataclass's ``FrozenInstanceError``."""
    cls.__setattr__ = _refuse_assignment  # type: ignore[method-assign, assignment]
    cls.__delattr__ = _refuse_assignment  # type: ignore[method-assign, assignment]
    return record(cls)


def _refuse_assignment(self: object, name: str, *value: object) -> None:
    from dataclasses import FrozenInstanceError  # only on the error path: dataclasses costs an import

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def fields(cls: type) -> tuple[str, ...]:
    """The field names of a record class, in order."""
    slots = cls.__dict__.get("__slots__", ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def replace(item: R, **changes: object) -> R:
    """A copy of the record ``item`` with ``changes`` to some of its fields (as ``dataclasses.replace``)."""
    unknown = changes.keys() - set(fields(type(item)))
    if unknown:
        raise TypeError(f"{type(item).__name__} has no field {', '.join(sorted(unknown))}")
    given = {name: getattr(item, name) for name in fields(type(item))}
    given.update(changes)
    return type(item)(**given)
