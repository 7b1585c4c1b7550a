"""The typed rule a target phrase means: its kind and the numbers, units and words that qualify it."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

#: Every kind of rule (design.md §2), in the order the documentation lists them.
KINDS = (
    "upper_bound",
    "lower_bound",
    "reach",
    "around",
    "range",
    "vs_reference",
    "offset_vs_reference",
    "vs_baseline",
    "annual_rate",
    "trend",
    "maintain",
    "linked",
    "external",
    "full_coverage",
    "achieved",
    "unspecified",
)

DIRECTIONS = ("up", "down", "neutral")
REFERENCES = ("city", "province", "nation")
#: Comparison operators a rule can carry; "≈" is "around", "between" a range.
OPS = ("<=", "<", ">=", ">", "≈", "between", "==")
#: How a change is counted: relative percent (提高15% → ×1.15) or percentage points (提高2个百分点 → +2).
CHANGES = ("percent", "points")


@dataclass(frozen=True)
class Rule:
    """What a target requires.

    ``value`` is the number the phrase states, in ``unit``. For change kinds (vs_baseline,
    annual_rate, offset_vs_reference) it is the signed change (-20 for 降低20%) counted as
    ``change``. ``op`` is the comparison once direction is applied (reach on a down indicator is
    ``<=``); ``reference`` is city/province/nation; ``base_year`` the year a change counts from
    (None: the plan's base year).
    """

    text: str
    kind: str
    op: str | None = None
    value: float | None = None
    upper: float | None = None
    unit: str | None = None
    reference: str | None = None
    base_year: int | None = None
    change: str | None = None
    trend: str | None = None
    year: int | None = None
    subject: str | None = None
    linked_to: str | None = None
    direction: str = "neutral"
    modifiers: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def strive(self) -> bool:
        return "strive" in self.modifiers

    def to_dict(self) -> dict:
        """The JSON form (design.md §2 keys, plus change, trend, year, subject, linked_to, direction)."""
        # field by field rather than dataclasses.asdict: it runs once per result, and asdict's deep
        # copy was a third of a many-region run (benchmarks/README.md)
        data = {name: getattr(self, name) for name in _FIELDS}
        data["modifiers"] = list(self.modifiers)
        data["notes"] = list(self.notes)
        data["error"] = None
        return data


_FIELDS = tuple(f.name for f in fields(Rule))
