"""Units: the spellings checker accepts and conversions between them, with pint.

The vocabulary is ``rules/units.txt``, a pint definitions file. Reading a spelling needs only that
file; pint itself is imported the first time two different units must be converted, so that
commands which convert nothing start fast.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from checker.errors import Location, UnitError
from checker.rulefiles import rules_file

UNITS_FILE = "units.txt"


@cache
def _spellings() -> dict[str, tuple[str, str]]:
    """Every accepted spelling → (pint name, display symbol), read from the definitions file."""
    table: dict[str, tuple[str, str]] = {}
    with open(rules_file(UNITS_FILE), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("@") or "=" not in line:
            continue
        fields = [field.strip() for field in line.split(" = ")]
        name, symbol = fields[0], fields[2] if len(fields) > 2 else fields[0]
        for spelling in [name, *fields[2:]]:
            table[_fold(spelling)] = (name, symbol)
    return table


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").strip()


def spellings() -> list[str]:
    """All accepted spellings, longest first (for building the phrase grammar's unit pattern)."""
    return sorted(_spellings(), key=len, reverse=True)


def canonical(unit: str, location: Location | None = None) -> str:
    """The display symbol for a spelling (``/10万`` → ``1/10万``, ``％`` → ``%``)."""
    try:
        return _spellings()[_fold(unit)][1]
    except KeyError:
        known = ", ".join(sorted({symbol for _, symbol in _spellings().values()}))
        raise UnitError(
            f"unknown unit {unit!r}",
            location,
            hint=f"known units: {known}; add a line to rules/{UNITS_FILE} to teach checker a new one",
        ) from None


def suffix(unit: str | None) -> str:
    """How a unit follows a number: ``12/10万`` rather than ``121/10万``, ``4‰``, ``79.7岁``."""
    if not unit:
        return ""
    return unit[1:] if unit.startswith("1/") else unit


def is_known(unit: str) -> bool:
    return _fold(unit) in _spellings()


@cache
def _registry():
    import pint

    return pint.UnitRegistry(rules_file(UNITS_FILE))


def convert(value: float, from_unit: str, to_unit: str, location: Location | None = None) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit``; an error naming both units if they differ in kind."""
    source, target = canonical(from_unit, location), canonical(to_unit, location)
    if source == target:
        return value
    import pint

    registry = _registry()
    names = _spellings()
    try:
        quantity = registry.Quantity(value, names[_fold(source)][0])
        # 12 significant digits: 1.2‰ is 120/10万, not 119.99999999999997 (float noise would make
        # equal targets look different to lint and print badly)
        return float(f"{float(quantity.to(names[_fold(target)][0]).magnitude):.12g}")
    except pint.DimensionalityError:
        raise UnitError(
            f"cannot convert {source} to {target}: they measure different things",
            location,
            hint=f"state the value in {target}, or a unit of the same kind",
        ) from None


def compatible(a: str, b: str) -> bool:
    """Whether values in unit ``a`` can be converted to unit ``b``."""
    try:
        convert(1.0, a, b)
    except UnitError:
        return False
    return True
