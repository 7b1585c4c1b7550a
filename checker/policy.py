"""Verdict policy: tolerance bands and severity rules, from ``rules/policy.yaml`` or a user's file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.errors import CheckerError, Location
from checker.rulefiles import load_rules_yaml

if TYPE_CHECKING:
    from pathlib import Path

POLICY_FILE = "policy.yaml"
#: The plan's nature words and the policy key that weighs them.
NATURES = {"约束性": "binding", "倡导性": "advocacy"}
#: What a modifier or nature can do to a status.
EFFECTS = ("fail_to_warn", "warn_to_fail", "at_most_warn", "none")


@dataclass(frozen=True)
class Policy:
    around_pass: float
    around_warn: float
    bound_warn: float
    full_coverage_warn: float
    progress_on_track: float
    progress_lagging: float
    trend_window: int
    trend_flat: float
    trend_min_points: int
    maintain_tolerance: float
    #: modifier or nature (strive, binding, advocacy) → how it changes a status
    #: (fail_to_warn, warn_to_fail, at_most_warn)
    severity: dict[str, str]

    def __hash__(self) -> int:  # by value, the severity dict as sorted pairs: bands are cached per policy
        return hash((self.around_pass, self.around_warn, self.bound_warn, self.full_coverage_warn,
                     self.progress_on_track, self.progress_lagging, self.trend_window, self.trend_flat,
                     self.trend_min_points, self.maintain_tolerance, tuple(sorted(self.severity.items()))))

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
    return [*([NATURES[nature]] if nature in NATURES else []), *modifiers]


def default_policy() -> Policy:
    return Policy.from_dict(load_rules_yaml(POLICY_FILE))


def load_policy(path: str | Path | None = None) -> Policy:
    """The default policy, with the keys of the YAML file at ``path`` (if any) laid over it."""
    data = {key: dict(value) if isinstance(value, dict) else value for key, value in load_rules_yaml(POLICY_FILE).items()}
    if path is None:
        return Policy.from_dict(data)
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            override = yaml.safe_load(handle) or {}
    except OSError as error:
        raise CheckerError(f"cannot read policy file: {error.strerror}", Location(str(path))) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = Location(str(path), mark.line + 1, mark.column + 1) if mark else Location(str(path))
        raise CheckerError(f"policy file is not valid YAML: {getattr(error, 'problem', error)}", where) from None
    if not isinstance(override, dict):
        raise CheckerError("a policy file must be a mapping of sections", Location(str(path)))
    for section, values in override.items():
        if section not in data:
            raise CheckerError(
                f"unknown policy section {section!r}", Location(str(path), path=(section,)),
                hint=f"sections: {', '.join(data)}",
            )
        if not isinstance(values, dict):
            raise CheckerError(f"policy section {section!r} must be a mapping", Location(str(path), path=(section,)))
        for key, value in values.items():
            if key not in data[section]:
                raise CheckerError(
                    f"unknown policy key {section}.{key}", Location(str(path), path=(section, key)),
                    hint=f"keys of {section}: {', '.join(data[section])}",
                )
            data[section][key] = value
    for key, effect in data["modifiers"].items():
        if effect not in EFFECTS:
            raise CheckerError(
                f"unknown effect {effect!r} for modifiers.{key}", Location(str(path), path=("modifiers", key)),
                hint=f"effects: {', '.join(EFFECTS)}",
            )
    try:
        return Policy.from_dict(data)
    except (TypeError, ValueError) as error:
        raise CheckerError(f"policy value is not a number: {error}", Location(str(path))) from None
