"""Verdict policy: tolerance bands and severity rules, from ``rules/policy.yaml`` or a user's file."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.errors import CheckerError
from checker.records import record
from checker.rulefiles import load_rules_yaml

if TYPE_CHECKING:
    from pathlib import Path

POLICY_FILE = "policy.yaml"
#: The plan's nature words and the policy key that weighs them.
NATURES = {"约束性": "binding", "倡导性": "advocacy"}
#: What a modifier or nature can do to a status.
EFFECTS = ("fail_to_warn", "warn_to_fail", "at_most_warn", "none")


@record
class Policy:
    """The tolerances and thresholds verdicts are judged with (rules/policy.yaml, --policy)."""

    __slots__ = ("around_pass", "around_warn", "bound_warn", "full_coverage_warn", "progress_on_track",
                 "progress_lagging", "trend_window", "trend_flat", "trend_min_points", "maintain_tolerance", "severity",
                 "caps")

    def __init__(self, around_pass: float, around_warn: float, bound_warn: float, full_coverage_warn: float,
                 progress_on_track: float, progress_lagging: float, trend_window: int, trend_flat: float,
                 trend_min_points: int, maintain_tolerance: float, severity: dict[str, str],
                 caps: dict[str, dict[str, float]] | None = None) -> None:
        self.around_pass = around_pass
        self.around_warn = around_warn
        self.bound_warn = bound_warn
        self.full_coverage_warn = full_coverage_warn
        self.progress_on_track = progress_on_track
        self.progress_lagging = progress_lagging
        self.trend_window = trend_window
        self.trend_flat = trend_flat
        self.trend_min_points = trend_min_points
        self.maintain_tolerance = maintain_tolerance
        #: modifier or nature (strive, binding, advocacy) → how it changes a status
        #: (fail_to_warn, warn_to_fail, at_most_warn)
        self.severity = severity
        #: unit (as checker writes it), or a catalogue indicator's id, → band (around_pass, around_warn, bound_warn,
        #: trend_flat) → the widest that band may be, in the unit: where a share of X is too wide (5% of 80岁 is four
        #: years; 5% of a sex ratio of 107 is wider than the gap between normal and seriously skewed)
        self.caps = caps or {}

    def widest(self, unit: str | None, band: str, indicator: str | None = None) -> float:
        """The most ``band`` may span for a value in ``unit`` (the ``caps`` of rules/policy.yaml), else no limit;
        ``indicator``: the catalogue id of the indicator the value is of, in its own unit, whose cap comes first (a
        sex ratio has no unit to be capped by)."""
        if not self.caps:
            return math.inf
        if indicator is not None and band in self.caps.get(indicator, {}):
            return self.caps[indicator][band]
        if not unit:
            return math.inf
        caps = self.caps.get(unit)  # 岁 as checker writes it: most units come so
        if caps is None:
            caps = self.caps.get(_written(unit), {})
        return caps.get(band, math.inf)

    def __hash__(self) -> int:  # by value, the severity dict as sorted pairs: bands are cached per policy
        return hash((self.around_pass, self.around_warn, self.bound_warn, self.full_coverage_warn,
                     self.progress_on_track, self.progress_lagging, self.trend_window, self.trend_flat,
                     self.trend_min_points, self.maintain_tolerance, tuple(sorted(self.severity.items())),
                     tuple(sorted((unit, tuple(sorted(caps.items()))) for unit, caps in self.caps.items()))))

    @classmethod
    def from_dict(cls, data: dict) -> "Policy":
        return cls(
            around_pass=float(data["around"]["pass"]),
            around_warn=float(data["around"]["warn"]),
            bound_warn=float(data["bound"]["warn"]),
            full_coverage_warn=float(data["full_coverage"]["warn"]),
            progress_on_track=float(data["progress"]["on_track"]),
            progress_lagging=float(data["progress"]["lagging"]),
            trend_window=int(data["trend"]["window"]),
            trend_flat=float(data["trend"]["flat"]),
            trend_min_points=int(data["trend"]["min_points"]),
            maintain_tolerance=float(data["maintain"]["tolerance"]),
            severity={str(k): str(v) for k, v in data["modifiers"].items()},
            caps=_caps(data.get("caps") or {}),
        )

    def apply(self, key: str, status: str) -> str:
        """``status`` after one modifier or nature (strive, binding, advocacy) has weighed in."""
        effect = self.severity.get(key)
        if effect == "fail_to_warn" and status == "fail":
            return "warn"
        if effect == "warn_to_fail" and status == "warn":
            return "fail"
        if effect == "at_most_warn" and status == "fail":
            return "warn"
        return status

    def adjust(self, status: str, modifiers: tuple[str, ...] = (), nature: str | None = None) -> str:
        """``status`` after the plan's modifiers (力争) and nature (约束性, 倡导性) have weighed in."""
        for key in weights(modifiers, nature):
            status = self.apply(key, status)
        return status


def weights(modifiers: tuple[str, ...], nature: str | None) -> list[str]:
    """The policy keys that weigh a status, in order: the nature first (on the raw status), then modifiers."""
    return [*([NATURES[nature]] if nature in NATURES else []), *(m for m in modifiers if m not in JUDGING)]


#: modifiers that change what a kind reads, not how its verdict is weighed (逐年: every step of a trend)
JUDGING = frozenset({"every_year"})


@lru_cache(maxsize=256)
def _written(unit: str) -> str:
    """``unit`` as checker writes it (years is 岁), or as given where it is no unit checker knows."""
    from checker.language.units import canonical, is_known

    return canonical(unit) if is_known(unit) else unit


def _caps(data: dict) -> dict[str, dict[str, float]]:
    """The ``caps`` section keyed by each unit as checker writes it (岁, or years in an English plan, is 岁)."""
    return {_written(str(unit)): {str(band): float(amount) for band, amount in bands.items()}
            for unit, bands in data.items()}


def default_policy() -> Policy:
    return Policy.from_dict(load_rules_yaml(POLICY_FILE))


#: What each policy value may be: (type, lowest, highest). Fractions are of the target value, so
#: 0–1; full_coverage.warn is a percentage. Checked before use, with the value's line in the file.
SCHEMA: dict[str, dict[str, tuple[type, float, float]]] = {
    "around": {"pass": (float, 0, 1), "warn": (float, 0, 1)},
    "bound": {"warn": (float, 0, 1)},
    "full_coverage": {"warn": (float, 0, 100)},
    "progress": {"on_track": (float, 0, 10), "lagging": (float, -10, 10)},
    "trend": {"window": (int, 1, 100), "flat": (float, 0, 1), "min_points": (int, 2, 100)},
    "maintain": {"tolerance": (float, 0, 1)},
}
#: Pairs that must be in order: (smaller, larger, why).
ORDERED = (
    (("around", "pass"), ("around", "warn"), "the warn band of 左右 must contain its pass band"),
    (("progress", "lagging"), ("progress", "on_track"), "lagging must be below on track"),
    (("trend", "min_points"), ("trend", "window"), "a trend needs no more points than its window has years"),
)


#: the bands a unit's cap may narrow (the ``caps`` section of rules/policy.yaml)
CAP_BANDS = ("around_pass", "around_warn", "bound_warn", "trend_flat")


def _checked_caps(caps: dict, document) -> dict:
    """A policy file's ``caps`` (unit or catalogue indicator id → band → amount in the unit), each key known and
    each amount a number from 0 up, or a located error."""
    from checker.data.matching import catalogue
    from checker.language.units import is_known

    for unit, bands in caps.items():
        if not isinstance(unit, str) or not (is_known(unit) or unit in catalogue()):
            raise CheckerError(f"caps: unknown unit {unit!r}", document.locate(("caps", unit), key=True),
                               hint="a unit as plans write it (岁, %, 1/10万; rules/units.txt lists them), or an "
                                    "indicator's id in rules/indicators.yaml (sex_ratio_at_birth)")
        if not isinstance(bands, dict):
            raise CheckerError(f"caps.{unit} must be a mapping of bands", document.locate(("caps", unit)),
                               hint=f"bands: {', '.join(CAP_BANDS)}")
        for band, amount in bands.items():
            if band not in CAP_BANDS:
                raise CheckerError(f"unknown band caps.{unit}.{band}", document.locate(("caps", unit, band), key=True),
                                   hint=f"bands: {', '.join(CAP_BANDS)}")
            if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not math.isfinite(amount) \
                    or amount < 0:
                raise CheckerError(f"caps.{unit}.{band} is not a number from 0 up: {amount!r}",
                                   document.locate(("caps", unit, band)), hint="an amount in the unit (0.5 for half a year)")
    return caps


def load_policy(path: str | Path | None = None) -> Policy:
    """The default policy, with the keys of the YAML file at ``path`` (if any) laid over it; every value
    checked against :data:`SCHEMA` (type, range, no NaN), each error at its line in the file."""
    data = {key: dict(value) if isinstance(value, dict) else value for key, value in load_rules_yaml(POLICY_FILE).items()}
    if path is None:
        return Policy.from_dict(data)
    from checker.plan import located_yaml  # a user's policy file: read with positions, as plans are

    try:
        document = located_yaml.load(path)
    except CheckerError as error:
        message = error.message.replace("a plan file is far smaller", "a policy file is far smaller")
        raise CheckerError(f"cannot read policy file: {message}", error.location,
                           hint=None if "checker plans" in (error.hint or "") else error.hint) from None
    override = document.data if document.data is not None else {}
    if not isinstance(override, dict):
        raise CheckerError("a policy file must be a mapping of sections", document.locate(()),
                           hint=f"sections: {', '.join(data)}")
    for section, values in override.items():
        if section not in data:
            raise CheckerError(
                f"unknown policy section {section!r}", document.locate((section,), key=True),
                hint=f"sections: {', '.join(data)}",
            )
        if not isinstance(values, dict):
            raise CheckerError(f"policy section {section!r} must be a mapping", document.locate((section,)))
        if section == "caps":
            data["caps"] = {**data["caps"], **_checked_caps(values, document)}
            continue
        for key, value in values.items():
            if key not in data[section]:
                raise CheckerError(
                    f"unknown policy key {section}.{key}", document.locate((section, key), key=True),
                    hint=f"keys of {section}: {', '.join(data[section])}",
                )
            where = document.locate((section, key))
            if section == "modifiers":
                if value not in EFFECTS:
                    raise CheckerError(f"unknown effect {value!r} for modifiers.{key}", where,
                                       hint=f"effects: {', '.join(EFFECTS)}")
            else:
                kind, low, high = SCHEMA[section][key]
                wrong = isinstance(value, bool) or not isinstance(value, (int, float)) or \
                    (kind is int and not isinstance(value, int))
                if wrong or not math.isfinite(value) or not low <= value <= high:
                    what = "a whole number" if kind is int else "a number"
                    raise CheckerError(f"{section}.{key} is not {what} from {low:g} to {high:g}: {value!r}",
                                       where, hint=f"the default is {data[section][key]}")
            data[section][key] = value
    for (a_section, a_key), (b_section, b_key), why in ORDERED:
        if data[a_section][a_key] > data[b_section][b_key]:
            spot = (a_section, a_key) if a_key in override.get(a_section, {}) else (b_section, b_key)
            raise CheckerError(f"{a_section}.{a_key} ({data[a_section][a_key]}) is above {b_section}.{b_key} "
                               f"({data[b_section][b_key]}): {why}", document.locate(spot))
    return Policy.from_dict(data)
