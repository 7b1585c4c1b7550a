"""The plan model: a plan, its indicators, their baselines and targets, each with its source.

Plain typed objects produced by :mod:`checker.plan.loader`; the engine and reporters read them and
never see YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.errors import Location
from checker.language.rule import Rule


@dataclass(frozen=True)
class Source:
    """Where the plan states something: a line of the plan document and a short verbatim quote."""

    line: int | None = None
    quote: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class Target:
    """One target: the plan's words for a year, the rule they mean, and where both came from."""

    indicator: str
    year: int
    text: str
    rule: Rule
    source: Source
    location: Location
    standing: bool = False
    nature: str | None = None
    responsible: str | None = None
    overridden: bool = False  # the rule comes from a structured `rule:`, not from the words
    note: str | None = None


@dataclass(frozen=True)
class Baseline:
    """A value the plan itself states for a year; ``value`` is None where the plan wrote a phrase or a dash."""

    year: int
    text: str
    value: float | None
    location: Location
    notes: tuple[str, ...] = ()
    source: Source | None = None


@dataclass(frozen=True)
class Indicator:
    """One indicator of a plan: its names, unit, better direction, targets and the baselines it states."""

    id: str
    name_zh: str
    name_en: str | None
    unit: str | None
    direction: str
    targets: tuple[Target, ...]
    aliases: tuple[str, ...] = ()
    domain: str | None = None
    nature: str | None = None
    responsible: str | None = None
    baselines: tuple[Baseline, ...] = ()
    columns: dict[str, object] = field(default_factory=dict)
    source: Source | None = None
    location: Location = field(default_factory=Location)

    def baseline(self, year: int) -> Baseline | None:
        """The plan's first numeric baseline for ``year`` (None if it states none)."""
        for item in self.baselines:
            if item.year == year and item.value is not None:
                return item
        return None


@dataclass(frozen=True)
class Plan:
    """A plan as checked: its region, years, indicators and the reference levels its targets name."""

    id: str
    title_zh: str
    title_en: str | None
    region: str
    base_year: int
    target_years: tuple[int, ...]
    indicators: tuple[Indicator, ...]
    references: dict[str, str] = field(default_factory=dict)
    #: values the plan declares for named reference levels: name → {year: value}; year None = any year
    reference_values: dict[str, dict[int | None, float]] = field(default_factory=dict)
    source: dict[str, object] = field(default_factory=dict)
    file: str | None = None
    sha256: str | None = None
    #: the English names of the plan's domains (健康水平 → Health status), for reports in English
    domains_en: dict[str, str] = field(default_factory=dict)

    def domain_name(self, domain: str | None, lang: str) -> str | None:
        """A domain as a reader of ``lang`` sees it: in English its declared name, else as the plan wrote it."""
        return self.domains_en.get(domain, domain) if lang == "en" and domain else domain

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)

    @property
    def targets(self) -> tuple[Target, ...]:
        return tuple(target for indicator in self.indicators for target in indicator.targets)

    @property
    def period(self) -> tuple[int, int]:
        """The years data for this plan may sensibly have: base year − 10 … last target year + 5. A year
        outside (2099, or 2002 for 2022) is most likely a typo: listed, never judged."""
        last = max((*self.target_years, *(t.year for t in self.targets)), default=self.base_year)
        return self.base_year - 10, last + 5
