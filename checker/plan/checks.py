"""The plan's own checks beyond the schema and the grammar: duplicate ids, linked indicators that do
not exist, target years outside the plan's, and the plan's contradictions (two targets for the same
indicator and year that cannot both hold; baseline values that disagree). Errors make a plan
unusable (``checker check`` refuses it, as ``checker lint`` reports it); warnings are the plan's own
mess, kept visible.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from checker.errors import Location, Problem
from checker.plan.model import Plan, Target
from checker.records import replace
from checker.language.numbers import marked_year
from checker.language.rule import PERIOD_SPAN, PERIOD_SPAN_END, Rule

#: The warnings that turn verdicts without a word: ``checker check`` repeats them on stderr (the plan
#: keeps them, :attr:`checker.plan.model.Plan.slips`); the rest are the plan's own mess, for ``lint``.
VERDICT_SLIPS = frozenset({"catalogue-id", "direction", "unit-scale", "implausible-level", "baseline-scale",
                           "baseline-way", "added-to-total", "target-scale", "baseline-conflict", "duplicate-name",
                           "phrase-direction", "phrase-year", "period-base"})


def plan_problems(plan: Plan, locate=None):
    """Every problem of a built plan that its schema and phrases do not show on their own; ``locate``
    (a YAML path → :class:`Location`) places those that belong to the plan's head."""
    seen = {}
    for indicator in plan.indicators:
        if indicator.id in seen:
            yield Problem(
                "error", "duplicate-id", f"indicator id {indicator.id!r} is used twice (first at line {seen[indicator.id]})",
                indicator.location, hint="ids must be unique within a plan",
            )
        else:
            seen[indicator.id] = indicator.location.line
    yield from _shared_names(plan)
    yield from _target_in_name(plan)
    for role, name in plan.references.items():
        if name == plan.region:  # a provincial plan checking its cities; or {nation: India} on India's own plan
            yield Problem("warning", "references", f"plan.references.{role} is the plan's own region ({name}): the "
                          f"regions under it are judged against it (check --all-regions, or --region), but {name} "
                          "itself is not judged: a region is not compared with itself",
                          locate(("plan", "references", role)) if locate else Location(plan.file),
                          hint=f"to judge {name} itself, leave references.{role} out")
    yield from _short_references(plan, locate)
    yield from _unnamed_references(plan)
    yield from _totals_against_references(plan)
    yield from _unused_reference_values(plan, locate)
    # a plan sets targets for years after its base (base 2025 with targets 2015 and 2022 is a typo: every target would
    # be n/a); progress runs from the base year to a target year, and none stands still
    for severity, years, says, typo in (
            ("error", [year for year in plan.target_years if year < plan.base_year],
             "is after the target year{s} {years}: a plan's targets come after its base year, and data read against "
             "this plan would be judged n/a as before the base year", "2025 for 2015"),
            ("warning", [year for year in plan.target_years if year == plan.base_year],
             "is not before the target year{s} {years}: progress towards {them} cannot be measured, and those targets "
             "are judged on the value or are n/a", "2026 for 2016")):
        if years:
            yield Problem(severity, "base-year",
                          f"plan.base_year {plan.base_year} " + says.format(
                              s="s" if len(years) > 1 else "", years=", ".join(map(str, years)),
                              them="them" if len(years) > 1 else "it"),
                          locate(("plan", "base_year")) if locate else Location(plan.file),
                          hint=f"check base_year and target_years (a typo such as {typo}?)")
    used = {indicator.domain for indicator in plan.indicators}
    for domain in plan.domains_en:
        if domain not in used:  # a misspelt domain: its English name would never be printed
            yield Problem("warning", "domains", f"plan.domains names {domain!r}, which is no indicator's domain",
                          Location(plan.file), hint="write the domain exactly as the indicators' `domain:` do")
    for indicator in plan.indicators:
        by_year = defaultdict(list)
        for target in indicator.targets:
            by_year[target.year].append(target)
            linked = target.rule.linked_to
            if target.rule.kind == "linked" and linked is None:
                yield Problem("warning", "linked", "a linked target does not say which indicator it follows",
                              target.location, hint="add `rule: {kind: linked, linked_to: <indicator id>}`")
            elif linked is not None and linked == indicator.id:
                yield Problem("error", "linked", f"linked_to names {linked!r}, the target's own indicator: a change "
                              "compared with itself always keeps pace", target.location,
                              hint="name the indicator this one should keep pace with")
            elif linked is not None and linked not in seen:
                yield Problem("error", "linked", f"linked_to names {linked!r}, which is not an indicator of this plan",
                              target.location)
            if target.year < plan.base_year and target.year not in plan.target_years and not target.standing:
                # 2010 typed for 2030: judged as a past target on whatever the data has, or n/a; a change 比2015年…
                # due in 2012 cannot be met at all (a year of target_years so is the base-year error above)
                yield Problem("error", "target-year",
                              f"target year {target.year} is before plan.base_year {plan.base_year}: a plan sets "
                              "targets for years after its base", target.location,
                              hint=f"check the year (a typo such as {target.year} for "
                                   f"{_likely_year(target.year, plan.target_years)}?)")
            elif plan.target_years and target.year > max(plan.target_years) + 10 and not target.standing \
                    and sorted(str(target.year)) in [sorted(str(year)) for year in plan.target_years]:
                # 2052 typed for 2025: judged on progress towards a year decades away, it passed what failed in 2025
                yield Problem("error", "target-year",
                              f"target year {target.year} is {target.year - max(plan.target_years)} years after the "
                              f"plan's last target year {max(plan.target_years)}, and has the digits of "
                              f"{_likely_year(target.year, plan.target_years)}", target.location,
                              hint=f"check the year (a typo such as {target.year} for "
                                   f"{_likely_year(target.year, plan.target_years)}?)")
            elif target.year not in plan.target_years and not target.standing:
                yield Problem("warning", "target-year",
                              f"target year {target.year} is not among plan.target_years {list(plan.target_years)}",
                              target.location)
            elif target.standing and plan.target_years and target.year != max(plan.target_years):
                # a requirement of no year filed under 2030 in a plan that runs to 2035: judged as 2030's target
                yield Problem("warning", "target-year",
                              f"a standing requirement (standing: true) is filed under {target.year}, not the plan's "
                              f"last target year {max(plan.target_years)}: it is judged as {target.year}'s target",
                              target.location,
                              hint=f"file it under {max(plan.target_years)}, or drop standing: true if the plan sets it "
                                   f"for {target.year}")
        for year, targets in sorted(by_year.items()):
            for index, later in enumerate(targets):
                again = next((earlier for earlier in targets[:index] if _same_target(earlier, later)), None)
                if again is not None:  # a headline restating the sentence under it: one promise judged and counted twice
                    yield Problem(
                        "warning", "duplicate-target",
                        f"{indicator.id} {year}: {later.text!r}{_line(later)} is the target at line "
                        f"{again.location.line}{_line(again)} again: `checker check` judges and counts it twice",
                        later.location, hint="keep one of the two (a heading or a summary that restates the target)",
                    )
                    continue
                parts = later.rule.parts if later.rule.kind == "all_of" else ()
                inner = next(((first, second) for at, first in enumerate(parts) for second in parts[at + 1:]
                              if cannot_both_hold(first, second)), None)
                if inner is not None:  # ≥80%且≤70%: one phrase whose parts no value meets, as the list form's two
                    yield Problem(
                        "warning", "conflict",
                        f"{indicator.id} {year}: {later.text!r}{_line(later)} asks for {inner[0].text!r} and "
                        f"{inner[1].text!r}, which cannot both hold",
                        later.location, hint="check the phrase against the plan's text; `checker check` fails it "
                                             "whatever the value",
                    )
                clash = next((earlier for earlier in targets[:index] if cannot_both_hold(earlier.rule, later.rule)),
                             None)
                if clash is not None:
                    yield Problem(
                        "warning", "conflict",
                        f"{indicator.id} {year}: {later.text!r}{_line(later)} and {clash.text!r}{_line(clash)} "
                        f"at line {clash.location.line} cannot both hold",
                        later.location, hint="both are kept as the plan wrote them; `checker check` judges each",
                    )
        yield from _implausible_level(indicator)
        yield from _unit_scale(indicator)
        yield from _baseline_scale(indicator, plan.base_year)
        yield from _baseline_unit_scale(indicator)
        yield from _baseline_way(indicator, plan.base_year)
        yield from _added_to_total(indicator, plan.base_year)
        yield from _target_scale(indicator)
        yield from _impossible_target(indicator)
        yield from _catalogue_id(indicator)
        yield from _direction(indicator)
        yield from _phrase_direction(indicator)
        yield from _phrase_year(indicator)
        yield from _base_after_target(indicator)
        yield from _period_base(indicator, plan.base_year)
        yield from _deliverable_of_measure(indicator)
        by_base = defaultdict(list)
        for baseline in indicator.baselines:
            if baseline.value is not None:
                by_base[baseline.year].append(baseline)
            elif like := _NUMBER_LIKE.match(unicodedata.normalize("NFKC", baseline.text.strip())):
                # 1e309 (YAML's text), 80..5, 35（邵阳市）: a number the plan meant to give, now none
                noted = f" (its note {like.group('note')!r} is none checker knows: another region's or year's value?)" \
                    if like.group("note") else ""
                yield Problem("warning", "baseline-unread",
                              f"{indicator.id}: the {baseline.year} baseline {baseline.text!r} is no number checker "
                              f"reads{noted}; it is left out, and a change from that year is measured from the data "
                              "alone",
                              baseline.location, hint="write the value as a plain number (80.2, 4.5‰), or leave the "
                                                      "year out where the plan gives none")
            elif baseline.value is None and _a_change(baseline.text):
                # 比2015年提高1岁, 年均下降2%: a target's words copied under the baseline (a 十四五 column for 十五五's),
                # no value of the year; a bound (＞95%, ≤30) says what the plan knew of it, and is left out without a word
                yield Problem("warning", "baseline-unread",
                              f"{indicator.id}: the {baseline.year} baseline {baseline.text!r} is a change, a target's "
                              "words, not a value; it is left out, and progress and changes from that year are "
                              "measured from the data alone", baseline.location,
                              hint=f"give the {baseline.year} value itself (80.2) if it is known, or leave the year out")
            elif baseline.value is None and re.search(r"\d", baseline.text) \
                    and re.search(r"左右|上下|约|^(?:达到|达|为|是)", baseline.text.strip()):
                # 24%左右, 达到79岁: a value with words around it, left out without a word (a bound such as ＞95%
                # says what the plan knew, and stays so)
                yield Problem("warning", "baseline-unread",
                              f"{indicator.id}: the {baseline.year} baseline {baseline.text!r} is a value with words "
                              "around it, no plain value; it is left out, and a change from that year is measured "
                              "from the data alone", baseline.location,
                              hint=f"give the {baseline.year} value as a plain number (24, 4.5‰) if the plan states it, "
                                   "or leave the year out")
            marked = marked_year(baseline.notes, baseline.year)
            if marked is not None and baseline.value is not None:  # 27.97（2021年） under 2022
                yield Problem("warning", "baseline-year",
                              f"{indicator.id}: the {baseline.year} baseline {baseline.text!r} is marked as {marked}'s "
                              f"value; it is used as {baseline.year}'s (progress and changes are measured from it)",
                              baseline.location,
                              hint=f"state it under {marked} if the plan's base is that year's figure, or give the "
                                   f"{baseline.year} value in the data")
        counted_from = {plan.base_year, *(t.rule.base_year for t in indicator.targets if t.rule.base_year)}
        if by_base and (min(by_base) > plan.base_year or max(by_base) < plan.base_year) \
                and not counted_from & set(by_base) and any(_measured_from_base(t) for t in indicator.targets):
            # baseline {2023: 50} in a 2020-based plan (a programme begun later), or {2018: 26.0} in a 2019-based one (a
            # table's 26.0（2018年）): progress is measured from the base year, so the stated value is never used
            year = min(by_base)
            later = year > plan.base_year
            yield Problem("warning", "baseline-year",
                          f"{indicator.id}: the plan states a baseline for {', '.join(map(str, sorted(by_base)))}, none "
                          f"for its base year {plan.base_year}, from which progress is measured: the stated value is "
                          f"not used, and progress is n/a where the data has no {plan.base_year} value",
                          by_base[year][0].location,
                          hint=f"give the {plan.base_year} value (in the plan or the data)"
                               + (f", or set plan.base_year to {year} if the plan counts from it" if later else
                                  f", or count the target from {year} in its words (比{year}年…)"))
        for year, values in sorted(by_base.items()):
            if len({b.value for b in values}) > 1:
                listed = ", ".join(f"{b.text} (line {b.location.line})" for b in values)
                yield Problem("warning", "baseline-conflict",
                              f"{indicator.id}: the plan states different {year} values: {listed}",
                              values[1].location)


def _measured_from_base(target) -> bool:
    """Whether a target's progress or change is measured from the plan's base year: a level's or a change's."""
    return target.rule.kind in ("reach", "lower_bound", "upper_bound", "around", "range", "vs_baseline", "annual_rate")


#: a baseline written as a number and nothing else (1e309, 80..5, 1,2.3, 约79.5, *37 with a mark first), which :func:`read_number` does not read
#: or a number with a note checker does not know (35（邵阳市）: another region's value; the note is in group "note")
_NUMBER_LIKE = re.compile(r"^(?:约|大约|约为|近)?\s*(?:[*＊※#†‡]+\s*)?[+-]?(?:0[xXoObB])?[\d.,eE+_:-]*\d[\d.,eE+_:-]*\s*[%‰]?"
                          r"(?:\s*[(（](?P<note>[^()（）]+)[)）])?$")


def _short_references(plan: Plan, locate=None):
    """A `references.province` written by its short name (湖南 for 湖南省): data rows name a province in full, and
    those of 湖南省 are not 湖南's, so every target compared with 全省 is n/a and its rows are listed as another
    region's. The full names are ``provinces`` and ``province_level_cities`` of rules/names.yaml."""
    name = plan.references.get("province")
    if not name:
        return
    from checker.data.matching import without_place_ending
    from checker.rulefiles import load_rules_yaml

    names = load_rules_yaml("names.yaml") or {}
    full = [place for place in (*(names.get("provinces") or ()), *(names.get("province_level_cities") or ()))
            if place != name and without_place_ending(place) == name]
    if name not in full and len(full) == 1:
        yield Problem("warning", "references", f"plan.references.province {name!r} is not a full place name "
                      f"({full[0]}): data rows of {full[0]}, as data names it, are not read as {name}'s, so the "
                      "targets compared with 全省 would be n/a",
                      locate(("plan", "references", "province")) if locate else Location(plan.file),
                      hint=f"write the full name: references: {{province: {full[0]}}}")


def _shared_names(plan: Plan):
    """Two indicators written by one name (id, Chinese or English name, alias; compared as data names are):
    data rows of that name go to the first, and the other is n/a for want of data it was given."""
    from checker.data.matching import fold

    owner: dict[str, object] = {}
    for indicator in plan.indicators:
        for name in dict.fromkeys(filter(None, (indicator.name_zh, indicator.name_en, *indicator.aliases))):
            first = owner.setdefault(fold(str(name)), indicator)
            if first is not indicator and first.id != indicator.id:
                yield Problem("warning", "duplicate-name",
                              f"{indicator.id}: the name {name!r} is also {first.id}'s (line {first.location.line}): data "
                              f"rows of that name are read as {first.id}, and {indicator.id} gets none of them",
                              indicator.location,
                              hint="merge the two into one indicator with both targets (a year may hold a list), or "
                                   "name them apart")
                break


#: a target's words at the end of a name (人均预期寿命达到82岁, 婴儿死亡率≤4‰): a phrase pasted into the name
_TARGET_IN_NAME = r"(?:达到|不低于|不高于|不超过|不少于|控制在|降至|降到|提高到|提高至|提升到|提升至|保持在|[≥≤<>＜＞])\s*[\d.]+\S{0,6}$"


def _target_in_name(plan: Plan):
    """An indicator whose Chinese name ends with a target's words: no data row carries that name, so every target is
    n/a for want of data, with nothing to say why."""
    for indicator in plan.indicators:
        found = re.search(_TARGET_IN_NAME, indicator.name_zh or "")
        if found and found.start() >= 2:
            yield Problem("warning", "name", f"{indicator.id}: the name {indicator.name_zh!r} ends with a target's words "
                          f"({found.group(0)}): data rows name the indicator alone ({indicator.name_zh[:found.start()]})",
                          indicator.location, hint=f"keep {indicator.name_zh[:found.start()]!r} as the name and give "
                                                   f"{found.group(0)!r} as a target's text")


def _same_target(a: Target, b: Target) -> bool:
    """Whether two targets of one indicator and year are the same words meaning the same rule (the second adds
    nothing but a second verdict)."""
    return " ".join(a.text.split()) == " ".join(b.text.split()) and a.standing == b.standing \
        and replace(a.rule, text="") == replace(b.rule, text="")  # (its words kept as written, spaces and all)


def _line(target) -> str:
    """`` (plan document line 341)`` where the target says where it comes from."""
    line = target.source.line if target.source else None
    return f" (plan document line {line})" if line else ""


#: Kinds whose meaning is a set of values of the indicator itself.
_VALUE_KINDS = {"reach", "lower_bound", "upper_bound", "around", "range", "full_coverage"}


def _passing(rule: Rule):
    """The values (of the indicator, or of its change for change kinds) that meet a rule."""
    from checker.judge.bands import bands
    from checker.judge.policy import default_policy

    return bands(rule.op, rule.value, rule.direction, default_policy(), rule.upper, unit=rule.unit).passing


def _disjoint(a, b) -> bool:
    """Whether two intervals share no value."""
    if a.high < b.low or b.high < a.low:
        return True
    if a.high == b.low:
        return a.high_open or b.low_open
    if b.high == a.low:
        return b.high_open or a.low_open
    return False


def cannot_both_hold(a: Rule, b: Rule) -> bool:
    """Whether no observation could meet both rules: only such targets conflict. Targets of different
    kinds (持续提高 and 79.7), or one that sets nothing to check (-), can always both hold."""
    if a.kind in _VALUE_KINDS and b.kind in _VALUE_KINDS:
        pass  # one value must lie in both pass bands
    elif a.kind == b.kind == "trend":
        return {a.trend, b.trend} == {"up", "down"}
    elif a.kind == b.kind and a.kind in ("vs_baseline", "annual_rate", "offset_vs_reference"):
        if (a.base_year, a.change, a.reference) != (b.base_year, b.change, b.reference):
            return False  # measured from different starting points: no common scale to compare on
    elif a.kind == b.kind == "vs_reference":
        if a.reference != b.reference:
            return False
        a, b = replace(a, value=0.0), replace(b, value=0.0)  # value − reference against 0
    else:
        return False
    if None in (a.op, a.value, b.op, b.value) or "==" in (a.op, b.op) and a.kind == "achieved":
        return False
    try:
        return _disjoint(_passing(a), _passing(b))
    except ValueError:  # an operator without bands: nothing to compare
        return False


def _is_rate(unit: str | None) -> bool:
    """A share or rate of no counted thing (%, ‰, 1/万, 1/10万): the units a slip of scale confuses."""
    from checker.language import units
    from checker.errors import CheckerError

    if not unit:
        return False
    try:
        units.convert(1.0, unit, "%")
    except CheckerError:
        return False
    return unit.startswith("1/") or "/" not in unit


@cache
def _catalogue_units() -> dict[str, str]:
    """Catalogue ids and names (zh, aliases) → the unit the catalogue gives them."""
    from checker.rulefiles import load_rules_yaml

    found: dict[str, str] = {}
    for indicator_id, entry in (load_rules_yaml("indicators.yaml") or {}).items():
        if isinstance(entry, dict) and entry.get("unit"):
            for name in (indicator_id, entry.get("zh"), *(entry.get("aliases") or [])):
                if name:
                    found.setdefault(str(name), str(entry["unit"]))
    return found


@cache
def _catalogue_directions() -> dict[str, str]:
    """Catalogue ids and names (zh, aliases) → the better direction the catalogue gives them (up, down)."""
    from checker.rulefiles import load_rules_yaml

    found: dict[str, str] = {}
    for indicator_id, entry in (load_rules_yaml("indicators.yaml") or {}).items():
        if isinstance(entry, dict) and entry.get("direction") in ("up", "down"):
            for name in (indicator_id, entry.get("zh"), *(entry.get("aliases") or [])):
                if name:
                    found.setdefault(str(name), str(entry["direction"]))
    return found


def _unnamed_references(plan: Plan):
    """A target compared with 全国/全省/全市 where ``plan.references`` does not say which region that is: it is judged
    only where the data names each region's province or city (a 省份, 地市 column), else n/a; said once per level."""
    from checker.judge.kinds.reference import NAMES  # the levels a target compares with, as plan.references names them

    said = set()
    for indicator in plan.indicators:
        for target in indicator.targets:
            rules = (target.rule, *target.rule.parts)
            for name in {rule.reference for rule in rules if rule.reference and rule.reference not in NAMES} - said:
                if name in plan.reference_values or any(name in pair for pair in plan.references.items()):
                    continue
                said.add(name)  # 全省中上, 国际先进: a level no data row is named for and no value declared
                yield Problem("warning", "references",
                              f"{indicator.id} {target.year} {target.text!r} compares with the level {name!r}, which "
                              "the plan neither names a region for (plan.references) nor declares a value of "
                              "(plan.reference_values): it is n/a",
                              target.location, hint=f"declare it under `plan:` as `reference_values: {{{name}: …}}` "
                                                    "(for any year, or by year), or name its rows in `references:`")
            for level in {rule.reference for rule in rules if rule.reference in NAMES} - set(plan.references) - said:
                said.add(level)
                column = {"city": "地市", "province": "省份"}.get(level)
                judged = f"judged only where the data names each region's {column} (a column), else n/a" if column \
                    else "n/a"
                yield Problem("warning", "references",
                              f"{indicator.id} {target.year} {target.text!r} compares with {NAMES[level][0]}, but "
                              f"plan.references.{level} does not say which region that is: it is {judged}",
                              target.location, hint=f"add `references: {{{level}: …}}` under `plan:` with the region's "
                                                    "name as the data writes it")


def _totals_against_references(plan: Plan):
    """A count summed over places (床位数 in 张) whose target compares it with 全市/全省/全国 (高于全省平均水平): that
    region's data row is its total, the sum of its places, so the judge makes the target n/a
    (``reference.summed_over_places``); said before the data comes, once per target."""
    from checker.judge.kinds.reference import NAMES, summed_over_places

    for indicator in plan.indicators:
        if not summed_over_places(indicator):
            continue
        for target in indicator.targets:
            level = next((rule.reference for rule in (target.rule, *target.rule.parts) if rule.reference in NAMES),
                         None)
            if level is not None:
                counted = f"in {indicator.unit}" if indicator.unit else "a count"
                yield Problem("warning", "references",
                              f"{indicator.id} {target.year} {target.text!r} compares a total summed over places "
                              f"({counted}) with {NAMES[level][0]}, but the data row of {NAMES[level][0]} holds its "
                              "total (the sum of its places), no average: the target will be n/a",
                              target.location, hint="compare an indicator per head (每千人口床位数, 张/千人), or "
                                                    "reword the target")


def _a_change(text: str) -> bool:
    """Whether ``text`` reads as a change or a trend (比2015年提高1岁, 年均下降2%, 持续提高), not a value or a bound."""
    from checker.errors import CheckerError
    from checker.language.grammar import parse_target

    try:
        return parse_target(text).kind in ("vs_baseline", "annual_rate", "trend")
    except CheckerError:
        return False


def _unused_reference_values(plan: Plan, locate=None):
    """A ``reference_values`` entry no target compares with: ``全省平均: 80`` was ignored without a word, the target
    ``高于全省平均水平`` being judged against the province's data rows (or n/a): 全省, 全市 and 全国 are the regions
    ``references`` names, read from data, and reference_values holds only the levels outside them (国际先进, 全国前列)."""
    from checker.judge.kinds.reference import NAMES

    used = {rule.reference for indicator in plan.indicators for target in indicator.targets
            for rule in (target.rule, *target.rule.parts) if rule.reference}
    used |= {name for role, name in plan.references.items() if role in used} | {
        role for role, name in plan.references.items() if name in used}
    texts = [str(target.text) for indicator in plan.indicators for target in indicator.targets  # (read without one)
             if not any(rule.reference for rule in (target.rule, *target.rule.parts))]
    levels = {word: level for level, (word, _) in NAMES.items()}
    for key in plan.reference_values:
        if key in used or any(str(key) in text for text in texts):  # (接近国际先进水平, unread: its words name it)
            continue
        whole = re.fullmatch(r"(全[省市国])(?:平均)?(?:水平|值|数)?", str(key))  # 全省平均 (not 全省领先, a rank)
        level = levels[whole.group(1)] if whole else key if key in NAMES else next(
            (role for role, name in plan.references.items() if name == key), None)
        where = locate(("plan", "reference_values", key)) if locate else Location(plan.file)
        if level:
            yield Problem("warning", "references",
                          f"plan.reference_values.{key} is not used: targets compared with {NAMES[level][0]} read the "
                          f"value of the region plan.references.{level} names from the data", where,
                          hint=(f"give {plan.references[level]}'s value as a data row" if level in plan.references else
                                f"name the region in `references: {{{level}: …}}` and give its value as a data row")
                          + " (地区, 指标, 年份, 数值); reference_values holds levels outside the plan's regions "
                            "(国际先进, 全国前列)")
        else:
            yield Problem("warning", "references", f"plan.reference_values.{key} is not used: no target read compares "
                          f"with {key!r}", where,
                          hint="check the key against the target's words (达到国际先进水平: 国际先进); a target checker "
                               "cannot read is not counted (see the errors); delete the entry only if no target names it")


def _catalogued_id(indicator) -> str | None:
    """The indicator's id where the catalogue's entry of that id is the indicator's (see
    :func:`checker.data.matching.catalogue_entry`), else None."""
    from checker.data.matching import catalogue_entry

    return indicator.id if catalogue_entry(indicator) is not None else None


def _catalogue_id(indicator):
    """An id the catalogue gives to another indicator than the one the plan names (``life_expectancy`` for
    健康预期寿命, the catalogue's ``healthy_life_expectancy``): the catalogue's names for the id would pull
    in the other indicator's data rows, so they are not used, and the plan should say which it means."""
    from checker.data.matching import catalogue, catalogue_ids, fold

    entry = catalogue().get(indicator.id)
    if not isinstance(entry, dict) or _catalogued_id(indicator) is not None:
        return
    other = next((catalogue_ids()[fold(str(name))] for name in (indicator.name_zh, indicator.name_en,
                                                                 *indicator.aliases)
                  if name and fold(str(name)) in catalogue_ids()), None)
    if other is None:  # 女性人均预期寿命 under life_expectancy: a part of the people the id's indicator counts
        yield Problem("warning", "catalogue-id",
                      f"{indicator.id}: the catalogue's id for {entry.get('zh')}, but this indicator, "
                      f"{indicator.name_zh or indicator.name_en}, counts a part of its people: its data is matched by its own names only",
                      indicator.location,
                      hint=f"give it an id of its own; rows named {entry.get('zh')} are the whole's, not this part's")
        return
    yield Problem("warning", "catalogue-id",
                  f"{indicator.id}: the catalogue's id for {entry.get('zh')}, but this indicator is named "
                  f"{indicator.name_zh}, the catalogue's {other}: its data is matched by its own names only",
                  indicator.location,
                  hint=f"write `id: {other}` if it is {indicator.name_zh}, or name it {entry.get('zh')} if it is that")


def _likely_year(year: int, target_years) -> int:
    """The plan's target year that ``year`` is most likely a typo of: one with the same digits in another order (2072
    for 2027, whatever order target_years lists them in), else the one with most digits in place, else the nearest."""
    def likeness(other: int) -> tuple[bool, int, int]:
        return (sorted(str(other)) == sorted(str(year)), sum(a == b for a, b in zip(str(year), str(other))),
                -abs(other - year))
    return max(target_years, key=likeness, default=year)


def _direction(indicator):
    """A plan's direction against the catalogue's for the same indicator (婴儿死亡率 up or neutral where
    lower is better): the direction decides who passes an "about" target — 3‰ against 控制在5‰左右
    fails as neutral and passes as down — so a slip there turns verdicts without a word."""
    from checker.language.script import to_simplified

    known = _catalogue_directions()
    usual = known.get(_catalogued_id(indicator)) or known.get(indicator.name_zh) \
        or known.get(to_simplified(indicator.name_zh or ""))
    source = "in the catalogue"
    if usual is None and indicator.direction != "neutral":  # (neutral is a choice, not a slip of the way)
        usual, source = _named_direction(to_simplified(indicator.name_zh or indicator.name_en or "")), "by its name"
    if usual is None or indicator.direction == usual:
        return
    words = {"up": "higher is better (up)", "down": "lower is better (down)"}
    yield Problem("warning", "direction",
                  f"{indicator.id}: {indicator.name_zh or indicator.name_en} is {words[usual]} {source}, but this plan "
                  f"says {indicator.direction}: a value beating an 'about' target is judged as missing it, and a "
                  "bare 达到 is read the other way",
                  indicator.location,
                  hint=f"if {'a lower' if usual == 'down' else 'a higher'} value is better here too, write "
                       f"`direction: {usual}`; otherwise keep it and confirm the plan means it")


def _named_direction(name: str) -> str | None:
    """The direction a name not in the catalogue says for sure by its ending (…死亡率 down, …合格率 up; ``direction``
    in rules/extract.yaml, the words extract drafts by), None where it says neither, or the other way too."""
    import re

    from checker.rulefiles import load_rules_yaml

    words = (load_rules_yaml("extract.yaml") or {}).get("direction") or {}
    if re.search(words.get("change_rate_names") or "(?!)", name):
        return "up"  # a rate of a cut (…Mortality Reduction Rate, …死亡率下降率): the bigger the cut the better
    if re.search(words.get("sure_down_names") or "(?!)", name) and not re.search(words.get("up_names") or "(?!)", name):
        return "down"
    if re.search(words.get("sure_up_names") or "(?!)", name) and not re.search(words.get("down_names") or "(?!)", name):
        return "up"
    return None


#: how far (as a factor, either way) a level target may stand from the plan's own base value before lint asks
#: whether a unit or a decimal point slipped (0.785 for 78.5岁, 0.45 meant as % beside 5‰)
BASELINE_SCALE = 10


def _stated_base(indicator, base_year: int):
    """The value the plan states for its base year, or the nearest year before it (None where it states none)."""
    stated = sorted((b for b in indicator.baselines if b.value and b.year <= base_year), key=lambda b: b.year)
    return stated[-1] if stated else None


def _baseline_scale(indicator, base_year: int):
    """A level target ten or more times above or below the value the plan states for its base year (or the
    nearest year before it): ``≥0.785`` beside a base of 78.1岁 passes every region, a typo or a slip of scale
    no verdict shows. A warning, since a low start may truly be meant to grow tenfold."""
    base = _stated_base(indicator, base_year)
    if base is None:
        return
    for target, value in _levels(indicator):
        ratio = abs(value / base.value)
        if ratio >= BASELINE_SCALE or ratio <= 1 / BASELINE_SCALE:
            times = _times(ratio)
            shown = base.text if base.text == f"{base.value:g}" else f"{base.text} ({base.value:g})"
            yield Problem("warning", "baseline-scale",
                          f"{indicator.id}: the target {target.text!r} ({value:g}) is {times} the plan's "
                          f"{base.year} value {shown}: a unit or a decimal point slipped?",
                          target.location,
                          hint="check the target and the baseline against the plan's text; if both are right, "
                               "keep them (a low start may be meant to grow so)")


def _per_so_many(unit: str) -> bool:
    """A share, or a rate per so many (%, ‰, 1/万, 人/千人): the units whose scales a hand confuses."""
    from checker.language import units
    from checker.errors import CheckerError

    try:
        return _is_rate(unit) or units.read(unit).denominator is not None
    except CheckerError:
        return False


def _baseline_unit_scale(indicator):
    """A baseline written in another scale of the indicator's own kind (``2.8%`` under ``‰``, ``‰`` under ``%``,
    ``1/万`` under ``1/10万``): it converts (2.8% is 28‰), but the plan more likely slipped its sign, and progress is
    then measured from a start ten times off. baseline-scale speaks only at 10× from a target; this speaks whatever
    the ratio, as unit-scale does for a target."""
    from checker.language import units
    from checker.language.numbers import read_number

    unit = indicator.unit
    if not unit or not _per_so_many(unit):
        return
    for baseline in indicator.baselines:
        number = read_number(baseline.text) if baseline.value is not None else None
        written = number.unit if number else None
        if not written or not _per_so_many(written) or units.same_unit(written, unit) \
                or not units.compatible(written, unit):
            continue
        yield Problem("warning", "unit-scale",
                      f"{indicator.id}: measured in {unit}, but the {baseline.year} baseline {baseline.text!r} is "
                      f"written in {written}; it is read as {baseline.value:g}{units.suffix(unit)}, and progress is "
                      "measured from it",
                      baseline.location,
                      hint=f"if the figure is in {unit}, write {number.value:g}{units.suffix(unit)}; if it is in "
                           f"{written}, keep it (the conversion is right)")


#: the words of a level reached by falling (降至7.8%) or by rising (提高到90%), in a target's text
_FALL_TO = re.compile(r"(?:降|下降|降低|减少|减|压减|压缩|缩小|缩短|控制)(?:到|至|为)|(?i:\b(?:reduce|lower|cut|decrease|bring down)\b.*\bto\b)")
_RISE_TO = re.compile(r"(?:提高|提升|增加|增长|上升|增|扩大|延长)(?:到|至|为)|(?i:\b(?:increase|raise|improve)\b.*\bto\b)")


def _baseline_way(indicator, base_year: int):
    """A level reached by falling that stands twice the plan's own base value or more, or by rising half of it or
    less (降至78% beside a base of 10.2%: 7.8 typed 78): the words and the numbers point two ways, and the verdict
    follows the number."""
    from checker.language.script import to_simplified

    base = _stated_base(indicator, base_year)
    if base is None:
        return
    for target, value in _levels(indicator):
        words = to_simplified(target.text or "")
        fall, rise = _FALL_TO.search(words), _RISE_TO.search(words)
        # twice the start or half of it: a bound a region already meets (降至20%以下 beside 19.5) is no slip
        way = "falls to" if fall and not rise and value >= 2 * base.value > 0 else \
            "rises to" if rise and not fall and 0 < value <= base.value / 2 else None
        if way:
            yield Problem("warning", "baseline-way",
                          f"{indicator.id}: the target {target.text!r} {way} {value:g}, but the plan's {base.year} value "
                          f"is {base.text}: {'a fall to more' if way == 'falls to' else 'a rise to less'} than the start "
                          "is no fall (or rise); a typo (7.8 typed 78) or a baseline of another indicator?",
                          target.location, hint="check the target and the baseline against the plan's text")


#: a target's words that count what is added (新增床位500张, 净增100名, 新建三个, 改扩建2所), not the total reached
#: (增加到150名); a count in Chinese numerals as the grammar reads it (新建三个 is ≥ 3 of the total, as 新建3个 is)
_ADDED = re.compile(r"^(?P<yearly>每年|年均)?(?:力争|累计)?(?:新增|净增|增加|增设|新建|增补|改扩建|改建|扩建|新设|增配)"
                    r"(?!\s*(?:到|至|为))(?:[^\d，,]{0,16}\d|[^\d，,]{0,16}?[一二两三四五六七八九十百千]+\s*"
                    r"(?:个|所|家|张|名|人|间|项|座|支|条|处|台|套|户))")
#: a name that counts what is added: its targets' 新增 is the name's own
_ADDED_NAME = re.compile(r"新增|净增|新建|增设|增加|增量")


def _added_to_total(indicator, base_year: int):
    """A target that counts what is added (新增床位500张) read as a level of an indicator the plan starts above it
    (床位数, 1800 in 2020): the plan's total was already past 500, so every region passes; the words more likely
    mean 500 more than the start."""
    from checker.language import units
    from checker.language.script import to_simplified

    if _ADDED_NAME.search(to_simplified(indicator.name_zh or "")):
        return
    base = _stated_base(indicator, base_year)
    for target, value in _levels(indicator):
        added = _ADDED.match(to_simplified(target.text or ""))
        if not added or value <= 0:
            continue
        met = f"; read so, it is met before the plan starts (the plan's {base.year} value is {base.text})" \
            if base is not None and value <= base.value else ""
        yield Problem("warning", "added-to-total",
                      f"{indicator.id}: the target {target.text!r} counts what is added ({value:g}), but it is read as "
                      f"the level of {indicator.name_zh}{met}",
                      target.location,
                      # (每年新增500张 is 500 more each year, not once: 比2025年增加500张 would be one year's)
                      hint=f"if the indicator is the total, write the change ("
                           + ("每年增加" if added.group("yearly") else f"比{base_year}年增加")
                           + f"{value:g}{units.suffix(indicator.unit) if indicator.unit else ''}) or the level "
                           "it reaches; if it counts what is new, name it so (新增…数)")


def _levels(indicator):
    """(target, its level in the indicator's unit) of each level target of ``indicator``."""
    for target in indicator.targets:
        value = _level_value(indicator, target)
        if value is not None:
            yield target, value


def _level_value(indicator, target) -> float | None:
    """A level target's number in the indicator's own unit (None for other kinds, or another unit)."""
    from checker.language import units
    from checker.errors import CheckerError

    rule = target.rule
    if rule.kind not in _VALUE_KINDS or rule.kind == "full_coverage" or not rule.value:
        return None
    try:
        same_unit = not rule.unit or not indicator.unit or units.canonical(rule.unit) == units.canonical(indicator.unit)
    except CheckerError:
        return None
    return rule.value if same_unit else None


def _times(ratio: float) -> str:
    """A ratio as a person reads it: ``83.3 times``, ``10,769 times``, ``1/83.3 of``."""
    if ratio < 1:
        return f"1/{_times(1 / ratio)[:-len(' times')]} of"
    return f"{ratio:,.0f} times" if ratio >= 1000 else f"{ratio:.3g} times"


def _target_scale(indicator):
    """Two level targets of one indicator ten or more times apart (25 for 2025, ``0.3`` for 2030 in %; 6.5张
    and ``7万张``): one of them slipped a unit or a decimal point, and passes or fails every region. Targets
    are compared in year order, each with the one before it."""
    levels = sorted(((target, value) for target in indicator.targets
                     if (value := _level_value(indicator, target)) is not None), key=lambda pair: pair[0].year)
    for (before, first), (target, value) in zip(levels, levels[1:]):
        ratio = abs(value / first)
        if ratio >= BASELINE_SCALE or ratio <= 1 / BASELINE_SCALE:
            times = _times(ratio)
            yield Problem("warning", "target-scale",
                          f"{indicator.id}: the {target.year} target {target.text!r} ({value:g}) is {times} the "
                          f"{before.year} target {before.text!r} ({first:g}): a unit or a decimal point slipped?",
                          target.location,
                          hint="check both against the plan's text; if both are right, keep them")


def _impossible_target(indicator):
    """A level target no value of the indicator can meet or miss (2100% for a coverage, read from ``²100`` with its
    footnote mark; a negative count): every region fails or passes on it (``rules/limits.yaml``, as for data)."""
    from checker.data.limits import limits_for

    low, high = limits_for(indicator.unit, [name for name in (indicator.name_zh, indicator.name_en) if name])
    for target, value in _levels(indicator):
        bound = f"at most {high:g}" if high is not None and value > high else \
            f"at least {low:g}" if low is not None and value < low else None
        if bound:
            yield Problem("warning", "target-scale",
                          f"{indicator.id}: the {target.year} target {target.text!r} ({value:g}) lies beyond what the "
                          f"indicator can be ({bound}{indicator.unit or ''}): a footnote mark or a unit slipped into it?",
                          target.location, hint="check the target against the plan's text")


def _way(rule: Rule) -> str | None:
    """Which way a phrase asks the indicator to move: a rising or falling trend, or a change from a base
    (比2020年提高10%, 年均下降2%) by its sign; None for levels and for what says no way."""
    if rule.kind == "trend":
        return rule.trend if rule.trend in ("up", "down") else None
    if rule.kind in ("vs_baseline", "annual_rate") and rule.value and _change_bound(rule) is None:
        return "up" if rule.value > 0 else "down"
    return None


def _change_bound(rule: Rule) -> str | None:
    """The way a cap on a change leans, as a bound does: a ceiling on a rise (增长幅度不超过5%: at most the base ×
    1.05) for what should be low, a floor under a fall (降幅不超过5%) for what should be high; None for a change the
    words ask for (提高10%, 下降不少于10%, 增长5%左右), which pushes the value its way."""
    if rule.kind not in ("vs_baseline", "annual_rate") or rule.value is None:
        return None
    if rule.op in ("<=", "<") and rule.value >= 0:
        return "down"
    if rule.op in (">=", ">") and rule.value <= 0:
        return "up"
    return None


#: the way a bound leans: a floor (≥80%) is for what should be high, a ceiling (≤4‰) for what should be low
_BOUND_WAYS = {"lower_bound": "up", "upper_bound": "down"}
_REACH_WAYS = {">=": "up", "<=": "down"}


def _phrase_direction(indicator):
    """A target whose words ask the indicator to move the way the plan calls worse (持续提高 for a death
    rate the plan marks ``down``; 比2020年降低10% for life expectancy), or bound it on the wrong side (≥80%
    for a death rate): the words are judged as written, so either the phrase or the ``direction`` is a
    slip, and one of them turns verdicts without a word."""
    if indicator.direction not in ("up", "down"):
        return
    for target in indicator.targets:
        for rule in (target.rule, *(target.rule.parts or ())):
            way = _way(rule)
            # a reach whose words fix its side (提高到8‰: at least 8‰) leans as a bound does
            bound = _BOUND_WAYS.get(rule.kind) or (_REACH_WAYS.get(rule.op) if rule.kind == "reach" else None) \
                or _change_bound(rule)
            if (way or bound) in (None, indicator.direction):
                continue
            better = "lower" if indicator.direction == "down" else "higher"
            asks = (f"asks it to {'rise' if way == 'up' else 'fall'}" if way else
                    f"sets a {'floor' if bound == 'up' else 'ceiling'}"
                    + (" on its change" if _change_bound(rule) else ""))
            yield Problem("warning", "phrase-direction",
                          f"{indicator.id}: {target.text!r} {asks}, but the plan says {better} is better "
                          f"(direction: {indicator.direction})",
                          target.location,
                          hint="check the phrase against the plan's text and the direction; the phrase is judged as "
                               "written")
            break


def _base_after_target(indicator):
    """A change from a base year not before the target's own (``2027: {text: 比2030年提高1岁}``): no change can be
    measured from it, and the target is n/a whatever the data."""
    for target in indicator.targets:
        for rule in (target.rule, *(target.rule.parts or ())):
            if rule.base_year is not None and rule.base_year >= target.year:
                yield Problem("warning", "phrase-year",
                              f"{indicator.id}: the phrase {target.text!r} counts its change from {rule.base_year}, "
                              f"not before the year it is the target for ({target.year})",
                              target.location,
                              hint="check the years against the plan's text: the base year comes before the target's")
                break


def _period_base(indicator, base_year: int):
    """A change over a plan period (``“十四五”期间累计下降10%``) counts from the year before the period (2020), which
    is not the plan's own base year (2023 in a 2024–2027 plan): said, so a reader sees which change is judged."""
    for target in indicator.targets:
        for rule in (target.rule, *(target.rule.parts or ())):
            if rule.base_year is not None and rule.base_year != base_year \
                    and any(PERIOD_SPAN in note for note in rule.notes):
                yield Problem("warning", "period-base",
                              f"{indicator.id}: the phrase {target.text!r} is a change over a plan period, measured "
                              f"from {rule.base_year} (the year before the period), not from the plan's base year "
                              f"{base_year}",
                              target.location,
                              hint=f"if the plan means a change from {base_year}, write it (比{base_year}年"
                                   f"{'下降' if (rule.value or 0) < 0 else '提高'}…); "
                                   f"the {rule.base_year} value comes from the data or the indicator's `baseline:`")
                break


def _phrase_year(indicator):
    """A target phrase that names a year other than the one it is filed under (``2025: {text: 到2030年达到80岁}``):
    it is judged in the year of its key, which the words contradict."""
    for target in indicator.targets:
        year = target.rule.year
        if year is None:  # 15.5%（2035年） under 2025: the bracket dates the value, as a note
            dated = next((match for note in target.rule.notes
                          if (match := re.fullmatch(r"value of ((?:19|20)\d\d)", note))), None)
            year = int(dated.group(1)) if dated else None
        if year is not None and year != target.year and not target.standing:
            yield Problem("warning", "phrase-year",
                          f"{indicator.id}: the phrase {target.text!r} names {year}, but it is the target for "
                          f"{target.year}",
                          target.location,
                          hint=f"file it under {year}, or check the phrase against the plan's text")
            continue
        # "“十四五”期间累计下降10%" under 2027: a change over a period that ended in 2025, judged on 2027's value (a year
        # inside the period, a mid-term check, is fine)
        end = next((_period_end(rule.base_year, note) for rule in (target.rule, *(target.rule.parts or ()))
                    if rule.base_year is not None for note in rule.notes if PERIOD_SPAN in note), None)
        if end is not None and target.year > end and not target.standing:
            yield Problem("warning", "phrase-year",
                          f"{indicator.id}: the phrase {target.text!r} names a plan period that ends in {end}, but it "
                          f"is the target for {target.year}",
                          target.location,
                          hint=f"file it under {end}, or check the phrase against the plan's text")


def _period_end(base_year: int, note: str) -> int:
    """The last year of the plan period a change counts over, from its note: the end a span of periods names
    (十二五至十四五期间: 2025), else one five-year period's (the year before it + 5)."""
    span = re.search(rf"{PERIOD_SPAN_END} ((?:19|20)\d\d)", note)
    return int(span.group(1)) if span else base_year + 5


def _deliverable_of_measure(indicator):
    """A target read as a deliverable (done or not: data 是/否, 1/0) on an indicator measured in a unit that is no
    plain count (岁, %, 1/10万, 亿元): its data are numbers, never yes or no, so it is n/a whatever they are
    (达到全国先进水平 for life expectancy names a level the plan does not give)."""
    from checker.language import units

    if not indicator.unit or not units.is_known(indicator.unit) or units.is_count(indicator.unit):
        return  # no unit; an unknown one (its own error); 个, 家, 张: a count, where a thing built once may well be 1
    for target in indicator.targets:
        if target.rule.kind == "achieved":
            yield Problem("warning", "deliverable-measure",
                          f"{indicator.id}: {target.text!r} is read as a deliverable (done or not, data 是/否 or 1/0), "
                          f"but the indicator is measured in {indicator.unit}: its data are numbers, so it is n/a "
                          "whatever they are",
                          target.location,
                          hint="give the level as a number (达到80%), a reference (不低于全省平均水平, with the plan's "
                               "references), or a structured `rule:` next to `text`")


def _implausible_level(indicator):
    """A level target beyond the catalogue's plausible range of its indicator (婴儿死亡率控制在10%以下: ≤100‰, a slip
    of % for ‰): ``check`` judges it n/a (:mod:`checker.language.plausible`); which scale was meant is not guessed."""
    from checker.data.matching import catalogue_entry_of
    from checker.language.units import rate_unit
    from checker.language import units
    from checker.language.plausible import beyond

    entry = catalogue_entry_of(indicator)
    if not entry or not entry.get("plausible"):
        return
    rate = rate_unit(indicator.unit, indicator.names())  # 张 of 每千人口床位数: per 1,000 people
    for target in indicator.targets:
        found = beyond(entry, target.rule, rate)
        if found is None:
            continue
        side = "at most" if found.side == "max" else "at least"
        yield Problem("warning", "implausible-level",
                      f"{indicator.id}: the target {target.text!r} is {found.level:g}{units.suffix(found.unit)}, "
                      f"{'above' if found.side == 'max' else 'below'} any level of {indicator.name_zh or indicator.name_en} "
                      f"({side} {found.bound:g}{units.suffix(found.unit)}, rules/indicators.yaml): {found.slip('en')}; "
                      "check judges it n/a",
                      target.location,
                      hint=f"write the target as the plan means it, in {found.unit}{_meant_example(target.text, found)}; "
                           "checker does not guess the scale")


def _meant_example(text: str, found) -> str:
    """How the target's words would read in the indicator's unit, as an example: % as ‰ (控制在10%以下 → 控制在10‰以下,
    the usual slip) for a ‰ indicator; otherwise the unit written (not in 1/千活产), or that none is."""
    if found.written == "%" and found.unit == "‰" and ("%" in text or "％" in text):
        return f" ({text.replace('％', '‰').replace('%', '‰')})"
    if found.written is None:
        return ", with its unit written"
    return f", not in {found.written}"


def _target_in_another_scale(indicator, usual: str):
    """A target of an indicator in its usual unit (孕产妇死亡率 in 1/10万) written in another scale (控制在0.2%以下, read
    as 200/10万): it converts, but a plan writes such a rate in its usual scale, and a slipped sign (‰ typed %) is
    then read ten or a hundred times off; the plausible range catches the far ones (implausible-level), this the rest."""
    from checker.language import units
    from checker.language.grammar import parse_target
    from checker.errors import CheckerError
    from checker.data.matching import catalogue_entry_of
    from checker.language.units import rate_unit
    from checker.language.plausible import beyond

    entry = catalogue_entry_of(indicator)
    rate = rate_unit(indicator.unit, indicator.names())
    for target in indicator.targets:
        if target.rule.kind not in _VALUE_KINDS or target.overridden or beyond(entry, target.rule, rate) is not None:
            continue
        if not any(note.startswith("converted from") for note in target.rule.notes) or any(
                other.year == target.year and other.rule.value == target.rule.value and not any(
                    note.startswith("converted from") for note in other.rule.notes)
                for other in indicator.targets if other is not target):
            continue  # in the usual scale; or said in it too for the year (≤12 beside ≤0.12‰): no slip
        try:
            written = parse_target(target.text, None, indicator.direction).unit
        except CheckerError:
            continue
        if written and _is_rate(written) and not units.same_unit(written, usual):
            yield Problem("warning", "unit-scale",
                          f"{indicator.id}: {indicator.name_zh or indicator.name_en} is measured in {usual}, but the "
                          f"target {target.text!r} is written in {written}; it is read as "
                          f"{target.rule.value:g}{units.suffix(indicator.unit)}",
                          target.location,
                          hint=f"if {written} is a slipped sign (‰ typed as %), write the target in {usual} as the "
                               f"plan means it; if the plan means {written}, keep it (the conversion is right)")
            return


def _unit_scale(indicator):
    """A rate whose name the catalogue measures in another scale (婴儿死亡率 in %), or whose targets
    are all written in another (unit %, target 4‰以下): the usual slip of a plan written by hand. The
    targets convert correctly, but data without a unit column is read in the indicator's unit, so
    2.15 meant as ‰ would be judged as 2.15% — a warning, with both units."""
    from checker.language import units
    from checker.language.grammar import parse_target
    from checker.errors import CheckerError

    unit = indicator.unit
    if not _is_rate(unit):
        return
    usual = _catalogue_units().get(_catalogued_id(indicator)) or _catalogue_units().get(indicator.name_zh)
    if _is_rate(usual):
        if not units.same_unit(usual, unit):  # 1/10万活产 is 1/10万 by another name, not another scale
            yield Problem("warning", "unit-scale",
                          f"{indicator.id}: {indicator.name_zh} is usually measured in {usual}, but this plan says "
                          f"{unit}; data without a unit column is read in {unit}",
                          indicator.location,
                          hint=f"if the figures are in {usual}, write `unit: {usual}`; a unit column in the data "
                               "removes the doubt")
        yield from _target_in_another_scale(indicator, usual)
        return
    other = None
    for target in indicator.targets:
        if target.rule.kind not in _VALUE_KINDS:
            continue
        if not any(note.startswith("converted from") for note in target.rule.notes):
            return  # a target in the indicator's own unit (or in none): the unit is the plan's choice
        try:
            written = parse_target(target.text, None, indicator.direction).unit
        except CheckerError:
            continue
        if other is None and _is_rate(written) and not units.same_unit(written, unit):  # 1/千活产 is ‰ by name
            other = (target, written)
    if other is not None:
        target, written = other
        yield Problem("warning", "unit-scale",
                      f"{indicator.id}: measured in {unit}, but the target {target.text!r} is written in "
                      f"{written}; data without a unit column is read in {unit}",
                      target.location,
                      hint=f"if the figures are in {written}, write `unit: {written}`; a unit column in the "
                           "data removes the doubt")
