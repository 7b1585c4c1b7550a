"""The typed rule a target phrase means: its kind and the numbers, units and words that qualify it."""

from __future__ import annotations

from checker.records import fields, record

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
    "all_of",
)

#: Kinds whose number is a level of the indicator itself, in the indicator's unit (not a change, a
#: pace, a reference or a yes/no): what a level target says of the unit and scale of the data.
LEVEL_KINDS = ("upper_bound", "lower_bound", "reach", "around", "range")

DIRECTIONS = ("up", "down", "neutral")
#: the note on a range to keep within (控制在6.5～7.5张之间): both its ends bind whichever way the indicator is
#: better; any other range of a measure with a better way is exceeded that way (达到35%～40%: 43% passes)
RANGE_KEPT_WITHIN = "a range to keep within: both ends bind"
#: the note on a change over a plan period (“十四五”期间累计下降10%): measured from the year before the period, which
#: may not be the plan's own base year (lint says so)
PERIOD_SPAN = "a change over the period, from the year before it"
#: how that note ends where the period is a span of several (十二五至十四五期间): the span's last year, in brackets
PERIOD_SPAN_END = "to its end in"
#: the note on a change of nought written with no comparator (比2020年降低0%, 增长0%): read as "no worse than the base
#: value"; extract asks a person to confirm it, since a plan rarely means a target of no change
ZERO_CHANGE = "a change of nought: no worse than the base value"
#: the note on a phrase that opens with the growth word the indicator's own name ends in (增长幅度控制在10%以内 of
#: 医疗费用增长幅度): the word names the indicator, and the rest is its level
OWN_GROWTH = "the indicator's own name: the rest is its level"
#: The plan's own reference regions; a rule's ``reference`` may also name a level outside the plan
#: (国际先进, 高收入国家, 全国前列), found through the plan's ``references`` and ``reference_values``.
REFERENCES = ("city", "province", "nation")
#: Comparison operators a rule can carry; "≈" is "around", "between" a range.
OPS = ("<=", "<", ">=", ">", "≈", "between", "==")
#: How a change is counted: relative percent (提高15% → ×1.15) or an amount added to the base value,
#: in percentage points for a % indicator (提高2个百分点 → +2) or in the indicator's unit (提高0.5岁).
CHANGES = ("percent", "points")


@record
class Rule:
    """What a target requires.

    ``value`` is the number the phrase states, in ``unit``. For change kinds (vs_baseline,
    annual_rate, offset_vs_reference) it is the signed change (-20 for 降低20%) counted as
    ``change``; with ``upper`` too (降低40%至45%) ``op`` is ``between``. ``op`` is the comparison once direction is applied (reach on a down indicator is
    ``<=``); ``reference`` is city/province/nation; ``base_year`` the year a change counts from
    (None: the plan's base year); a level target that says where it starts (``从2020年的30.4%提高到39.6%``, ``from
    30.4% in 2020 to 39.6% by 2025``) has that year as ``base_year`` (its progress is measured from it) and the value it
    starts from as ``start``, in ``unit`` (``start`` with no ``base_year``: a start of no year, ``从3.67人提高到4.3人``).
    An ``all_of`` rule (``达到85%，并保持持续上升``) holds its ``parts``,
    each a rule of its own that must hold; its verdict is the worst of theirs.

    A :func:`~checker.records.record` (no method compiled at start-up); a changed copy is
    :func:`checker.records.replace`.
    """

    __slots__ = ("text", "kind", "op", "value", "upper", "unit", "reference", "base_year", "change", "trend", "year",
                 "subject", "linked_to", "direction", "modifiers", "notes", "parts", "start")
    text: str
    kind: str
    op: str | None
    value: float | None
    upper: float | None
    unit: str | None
    reference: str | None
    base_year: int | None
    change: str | None
    trend: str | None
    year: int | None
    subject: str | None
    linked_to: str | None
    direction: str
    modifiers: tuple[str, ...]
    notes: tuple[str, ...]
    parts: tuple[Rule, ...]
    start: float | None

    def __init__(self, text: str, kind: str, op: str | None = None, value: float | None = None,
                 upper: float | None = None, unit: str | None = None, reference: str | None = None,
                 base_year: int | None = None, change: str | None = None, trend: str | None = None,
                 year: int | None = None, subject: str | None = None, linked_to: str | None = None,
                 direction: str = "neutral", modifiers: tuple[str, ...] = (), notes: tuple[str, ...] = (),
                 parts: tuple[Rule, ...] = (), start: float | None = None) -> None:
        self.text = text
        self.kind = kind
        self.op = op
        self.value = value
        self.upper = upper
        self.unit = unit
        self.reference = reference
        self.base_year = base_year
        self.change = change
        self.trend = trend
        self.year = year
        self.subject = subject
        self.linked_to = linked_to
        self.direction = direction
        self.modifiers = modifiers
        self.notes = notes
        self.parts = parts
        self.start = start

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
        if self.parts:  # only an all_of rule has parts; other rules' JSON stays as it was
            data["parts"] = [part.to_dict() for part in self.parts]
        else:
            del data["parts"]
        data["error"] = None
        return data


_FIELDS = fields(Rule)


_COMPARE = ("<=", "<", ">=", ">", "≈")
#: What each kind needs to be judged: the operators it takes (None: any or none) and the fields that
#: must be given. A rule the grammar reads always has them; a structured `rule:` may leave them out.
NEEDS: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...]]] = {
    "upper_bound": (("<=", "<"), ("value",)),
    "lower_bound": ((">=", ">"), ("value",)),
    "reach": (_COMPARE, ("value",)),
    "around": (_COMPARE, ("value",)),
    "range": (("between",), ("value", "upper")),
    "full_coverage": ((*_COMPARE, "=="), ("value",)),
    "vs_reference": (_COMPARE, ("reference",)),
    "offset_vs_reference": (_COMPARE, ("reference", "value", "change")),
    "vs_baseline": ((*_COMPARE, "between"), ("value", "change")),  # between: 降低40%至45%
    "annual_rate": (_COMPARE, ("value", "change")),
}


def rule_gaps(rule: Rule) -> list[str]:
    """What a rule lacks to be judged, in words (empty: it can be judged)."""
    ops, needed = NEEDS.get(rule.kind, (None, ()))
    gaps = []
    if ops is not None and rule.op not in ops:
        given = "no op" if rule.op is None else f"op {rule.op!r}"
        gaps.append(f"{given} (a {rule.kind} rule takes op {' or '.join(repr(op) for op in ops)})")
    gaps += [f"no {name}" for name in needed if getattr(rule, name) is None]
    if rule.kind == "range" and rule.value is not None and rule.upper is not None and rule.value > rule.upper:
        gaps.append(f"value {rule.value:g} above upper {rule.upper:g}")
    if rule.op == "between" and rule.upper is None and "no upper" not in gaps:
        gaps.append("no upper (op 'between' needs value and upper)")
    return gaps
