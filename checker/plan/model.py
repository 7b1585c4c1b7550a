"""The plan model: a plan, its indicators, their baselines and targets, each with its source.

Plain typed objects produced by :mod:`checker.plan.loader`; the engine and reporters read them and
never see YAML.
"""

from __future__ import annotations

from checker.errors import Location
from checker.language.rule import Rule
from checker.records import record


def own_words(names: dict) -> str:
    """A plan file's name or title (``{zh, en}``) in the plan's own words: the Chinese, or for a plan
    written in English (``en`` alone) the English, which then also stands where Chinese is shown."""
    return names.get("zh") or names["en"]


@record
class Source:
    """Where the plan states something: a line of the plan document and a short verbatim quote."""

    __slots__ = ("line", "quote", "file")

    def __init__(self, line: int | None = None, quote: str | None = None, file: str | None = None) -> None:
        self.line = line
        self.quote = quote
        self.file = file


@record
class Target:
    """One target: the plan's words for a year, the rule they mean, and where both came from."""

    __slots__ = ("indicator", "year", "text", "rule", "source", "location", "standing", "nature", "responsible",
                 "overridden", "note")

    def __init__(self, indicator: str, year: int, text: str, rule: Rule, source: Source, location: Location,
                 standing: bool = False, nature: str | None = None, responsible: str | None = None,
                 overridden: bool = False, note: str | None = None) -> None:
        self.indicator = indicator
        self.year = year
        self.text = text
        self.rule = rule
        self.source = source
        self.location = location
        self.standing = standing
        self.nature = nature
        self.responsible = responsible
        self.overridden = overridden  # the rule comes from a structured `rule:`, not from the words
        self.note = note


@record
class Baseline:
    """A value the plan itself states for a year; ``value`` is None where the plan wrote a phrase or a dash."""

    __slots__ = ("year", "text", "value", "location", "notes", "source")

    def __init__(self, year: int, text: str, value: float | None, location: Location, notes: tuple[str, ...] = (),
                 source: Source | None = None) -> None:
        self.year = year
        self.text = text
        self.value = value
        self.location = location
        self.notes = notes
        self.source = source


@record
class Indicator:
    """One indicator of a plan: its names, unit, better direction, targets and the baselines it states."""

    __slots__ = ("id", "name_zh", "name_en", "unit", "direction", "targets", "aliases", "domain", "nature",
                 "responsible", "baselines", "columns", "source", "location")

    def __init__(self, id: str, name_zh: str, name_en: str | None, unit: str | None, direction: str,
                 targets: tuple[Target, ...], aliases: tuple[str, ...] = (), domain: str | None = None,
                 nature: str | None = None, responsible: str | None = None, baselines: tuple[Baseline, ...] = (),
                 columns: dict[str, object] | None = None, source: Source | None = None,
                 location: Location | None = None) -> None:
        self.id = id
        self.name_zh = name_zh
        self.name_en = name_en
        self.unit = unit
        self.direction = direction
        self.targets = targets
        self.aliases = aliases
        self.domain = domain
        self.nature = nature
        self.responsible = responsible
        self.baselines = baselines
        self.columns = {} if columns is None else columns
        self.source = source
        self.location = Location() if location is None else location

    def names(self) -> list[str]:
        """The names the indicator is written by: Chinese name, aliases, English name."""
        return [self.name_zh, *self.aliases, self.name_en or ""]

    def baseline(self, year: int) -> Baseline | None:
        """The plan's first numeric baseline for ``year`` (None if it states none)."""
        for item in self.baselines:
            if item.year == year and item.value is not None:
                return item
        return None


@record
class Plan:
    """A plan as checked: its region, years, indicators and the reference levels its targets name."""

    __slots__ = ("id", "title_zh", "title_en", "region", "base_year", "target_years", "indicators", "references",
                 "reference_values", "source", "file", "sha256", "domains_en", "slips")

    def __init__(self, id: str, title_zh: str, title_en: str | None, region: str, base_year: int,
                 target_years: tuple[int, ...], indicators: tuple[Indicator, ...],
                 references: dict[str, str] | None = None,
                 reference_values: dict[str, dict[int | None, float]] | None = None,
                 source: dict[str, object] | None = None, file: str | None = None, sha256: str | None = None,
                 domains_en: dict[str, str] | None = None, slips: tuple[str, ...] = ()) -> None:
        self.id = id
        self.title_zh = title_zh
        self.title_en = title_en
        self.region = region
        self.base_year = base_year
        self.target_years = target_years
        self.indicators = indicators
        self.references = {} if references is None else references
        #: values the plan declares for named reference levels: name → {year: value}; year None = any year
        self.reference_values = {} if reference_values is None else reference_values
        self.source = {} if source is None else source
        self.file = file
        self.sha256 = sha256
        #: the English names of the plan's domains (健康水平 → Health status), for reports in English
        self.domains_en = {} if domains_en is None else domains_en
        #: lint's warnings that turn verdicts (:data:`checker.plan.checks.VERDICT_SLIPS`), one located line
        #: each, kept so that ``checker check`` names them without reading the YAML again
        self.slips = slips

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
        """The years data for this plan may sensibly have: base year − 10 (or the earliest base year a target
        counts a change from: "reduce by three quarters between 1990 and 2015") … last target year + 5. A year
        outside (2099, or 2002 for 2022) is most likely a typo: listed, never judged."""
        last = max((*self.target_years, *(t.year for t in self.targets)), default=self.base_year)
        first = min((self.base_year - 10, *(t.rule.base_year for t in self.targets if t.rule.base_year)))
        return first, last + 5

    @property
    def judged_years(self) -> tuple[int, int]:
        """The years a target may be judged in: the base year … the end of :attr:`period`. A value from
        before the base year is where the plan started from (a base value), not progress under it: a 2025
        target "already met" on 2018 data, two years before a 2020-based plan, said nothing of the plan."""
        return self.base_year, self.period[1]
