"""A plan's YAML → :class:`~checker.plan.model.Plan`: locate, validate against the JSON Schema, read every phrase.

Apart from :mod:`checker.plan.loader` (finding a plan, the cache of parsed plans) so that a plan taken
from the cache loads none of this: the YAML reader, jsonschema, the grammar.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.language import units
from checker.errors import CheckerError, Location, Problem, UnitError
from checker.language.numbers import read_number
from checker.plan import located_yaml
from checker.plan.loader import plan_schema
from checker.plan.model import Baseline, Indicator, Plan, Source, Target, own_words
from checker.records import replace
from checker.language.rule import Rule, rule_gaps
from checker.language.script import to_simplified


def read(path: Path) -> tuple[Plan | None, list[Problem]]:
    """The plan in the file at ``path`` (None if it cannot be built) and every problem found on the way
    (:func:`checker.plan.loader.read_plan`)."""
    document = located_yaml.load(path)
    problems = _schema_problems(document)
    broken = {p.location.path[1] for p in problems if p.location.path[:1] == ("indicators",) and len(p.location.path) > 1}
    if len(broken) < len(problems) and any(p.location.path[:1] != ("indicators",) or len(p.location.path) < 2
                                           for p in problems):
        return None, problems  # the plan's head or the indicator list itself is broken
    builder = _PlanBuilder(document, problems, skip=broken)  # check the sound indicators too
    result = builder.build()
    for index in sorted(broken):  # and the sound phrases of a broken one: its errors all at once, not one per run
        builder.phrases_of_broken(index, [p.location.path for p in problems if p.location.path[1:2] == (index,)])
    from checker.plan.checks import plan_problems

    problems += plan_problems(result, document.locate)
    return _with(result, file=str(path), sha256=document.sha256), problems


def _another_indicator(rule: Rule, item: dict) -> str | None:
    """The name a later part of a compound target gives that is none of the indicator's own (its names, aliases,
    the catalogue's for its id): a target of another indicator joined to this one's (并将…, 同时…)."""
    named = [re.sub(r"^(?:并|同时|还|也)?(?:将|把|使|让)", "", part.subject) for part in (rule.parts or ())[1:]
             if part.subject]
    if not named:
        return None
    from checker.data.matching import catalogue, fold

    names = item.get("name") or {}
    own = {fold(str(name)) for name in (names.get("zh"), names.get("en"), item.get("id"), *(item.get("aliases") or ()))
           if name}
    entry = catalogue().get(item.get("id"))
    if isinstance(entry, dict):
        own |= {fold(str(name)) for name in (entry.get("zh"), entry.get("en"), *(entry.get("aliases") or ())) if name}
    # (近视率 of 儿童青少年近视率: the short name, its last words)
    return next((name for name in named if not any(fold(name) == known or known.endswith(fold(name))
                                                   or fold(name).endswith(known) for known in own)), None)


def _with(plan: Plan, **changes) -> Plan:
    return replace(plan, **changes)


def _schema_problems(document: located_yaml.Document) -> list[Problem]:
    from jsonschema import Draft202012Validator

    if document.data is None:
        return [Problem("error", "schema", "the file is empty; a plan needs `plan:` and `indicators:`",
                        Location(document.file, 1, 1))]
    validator = Draft202012Validator(plan_schema())
    problems = []
    for error in sorted(validator.iter_errors(document.data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        problems.append(_schema_problem(document, error))
    return problems


def _schema_problem(document: located_yaml.Document, error) -> Problem:
    path = tuple(error.absolute_path)
    hint = None
    message = error.message
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extras = [key for key in error.instance if key not in allowed] if isinstance(error.instance, dict) else []
        if extras:
            key = extras[0]
            path = (*path, key)
            message = f"unknown key {key!r}"
            import difflib

            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed keys here: {', '.join(allowed)}"
            if "：" in str(key):  # {text： "25%"}: the full-width colon is no YAML colon
                hint = "write the key with an ASCII colon and a space (text: \"25%\"), not the full-width ："
            elif error.instance.get(key) is None and any(isinstance(value, str) for value in error.instance.values()):
                # {text: 达到1,000张}: in YAML's braces a comma ends the text, and the rest reads as a key
                hint = "a comma inside { } ends the value before it: put the text in quotes (text: \"达到1,000张\")"
            return Problem("error", "schema", message, document.locate(path, key=True), hint)
    elif error.validator == "enum":
        message = f"{_written(document, path, error.instance)} is not allowed here"
        hint = "expected one of: " + ", ".join("null" if v is None else str(v) for v in error.validator_value)
        if path[-1:] == ("direction",):
            hint += " (which way is better: up 越高越好, down 越低越好, neutral)"
        if path[-1:] == ("nature",) and isinstance(error.instance, str):
            from checker.documents.vocabulary import nature  # the words tables write for each (binding …)

            meant = nature(error.instance) or nature(error.instance + "性")
            if meant:
                hint = f"write {meant} (the plan format's word for {error.instance.strip()!r})"
    elif error.validator == "required":
        # one error per missing key, each naming its own ("'direction' is a required property")
        missing = [key for key in error.validator_value if key not in error.instance]
        named = [key for key in missing if error.message.startswith(repr(key))] or missing
        message = f"missing required key {named[0]!r}" if named else message
        hint = "add the missing key (see `checker schema`)"
        if named and named[0] == "direction":
            hint = "say which way is better: direction: up (越高越好), down (越低越好) or neutral"
    elif error.validator == "minProperties" and path[-1:] in (("name",), ("title",)):
        message = f"the {path[-1]} is empty"
        hint = "give it in the plan's words: {zh: 婴儿死亡率, en: Infant mortality rate} (either alone will do)"
    elif error.validator == "propertyNames":
        message = f"{_shown(error.instance)} is not a year"
        hint = "keys here are years, such as 2030"
    elif error.validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        found = _written(document, path, error.instance)
        message = f"expected {' or '.join(_TYPE_WORDS.get(t, t) for t in wanted)}, found {found}"
        hint = _type_hint(path, wanted, error.instance, _base_year(document))
    elif error.validator == "pattern" and error.validator_value == YEAR_KEY:
        message = f"{_shown(error.instance)} is not a year"
        hint = "keys here are years, such as 2030"
    elif error.validator == "pattern" and error.validator_value == NAMED:
        message = f"{_shown(error.instance)} names nothing: a name must have a letter or digit"
        hint = "write the name in the plan's words (婴儿死亡率, 某县); blanks and punctuation alone print as an empty name"
    elif error.validator == "pattern":
        message = f"{_shown(error.instance)} does not have the expected form"
        hint = f"expected text matching {error.validator_value}"
    elif error.validator in ("minimum", "maximum"):
        message = f"{_shown(error.instance)} is out of range ({error.validator} {error.validator_value})"
    elif error.validator in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match  # one of several shapes: the problem of the nearest one

        deepest = max(len(e.absolute_path) for e in error.context)
        return _schema_problem(document, best_match([e for e in error.context if len(e.absolute_path) == deepest]))
    return Problem("error", "schema", message, document.locate(path), hint)


YEAR_KEY = "^(19|20)[0-9]{2}$"  # the schema's pattern for year keys
NAMED = "[^\\W_]"  # the schema's pattern for a title, region or name: a letter or digit somewhere (not "  ", "，，")


def _base_year(document: located_yaml.Document) -> int | None:
    """The plan's base year as written (for a hint's example), or None where it is not a year."""
    plan = document.data.get("plan") if isinstance(document.data, dict) else None
    year = plan.get("base_year") if isinstance(plan, dict) else None
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def _type_hint(path: tuple, wanted: list, instance, base_year: int | None = None) -> str | None:
    """How to write what a hand-written plan most often writes in the wrong shape: a target as bare
    text, a name as bare text, a year in quotes, one value where a list (target_years: 2025) or a
    baseline's year → value mapping (baseline: 82.25) is expected."""
    if "reference_values" in path and isinstance(instance, str):
        return "a reference value is a number in its indicators' unit: write 80.5, not 80.5岁"
    scalar = isinstance(instance, (str, int, float)) and not isinstance(instance, bool)
    if "array" in wanted and scalar and path:
        return f"a list, even of one: {path[-1]}: [{_shown(instance)}]"
    if "object" in wanted and scalar and path[-1:] == ("baseline",):
        return (f"a baseline maps each year to the value the plan states for it: baseline: "
                f"{{{base_year or 2020}: {_shown(instance)}}}")
    if not isinstance(instance, str):
        return None
    if "object" in wanted and len(path) >= 3 and path[-2] == "targets":
        if not re.fullmatch(YEAR_KEY, str(path[-1])):  # `text:` under `targets:` beside its year, not under it
            return f"indent {path[-1]}: under its year, or write the target as 2030: {{{path[-1]}: {_shown(instance)}}}"
        return f"a target is a mapping: {path[-1]}: {{text: {_shown(instance)}}}"
    if "object" in wanted and path[-1:] in (("name",), ("title",)):
        language = "zh" if re.search(r"[\u3400-\u9fff]", instance) else "en"  # an English title is {en: …}
        return f"a {path[-1]} is a mapping: {path[-1]}: {{{language}: {_shown(instance)}}}"
    if "integer" in wanted and re.fullmatch(r"\s*(?:19|20)[0-9]{2}\s*年?\s*", instance):
        return f"write the year as a number, without quotes or 年: {instance.strip().rstrip('年').strip()}"
    return None
_TYPE_WORDS = {"string": "text", "number": "a number", "integer": "a whole number", "object": "a mapping",
               "array": "a list", "boolean": "true or false", "null": "null"}


def _shown(value) -> str:
    """A value as the user wrote it in YAML terms (null, not None)."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _written(document: located_yaml.Document, path: tuple, value) -> str:
    """:func:`_shown`, with the words written where YAML read them as another value (``direction: no`` is
    false to YAML: "false is not allowed here" named a word nobody wrote)."""
    raw = document.raw.get(path)
    if (value is None or isinstance(value, bool)) and isinstance(raw, str) \
            and raw.strip().lower() not in ("true", "false", "null", "~", ""):
        return f"{raw!r} (read by YAML as {_shown(value)})"
    return _shown(value)


class _PlanBuilder:
    """Builds the typed plan from validated data, recording grammar and unit problems as it goes."""

    def __init__(self, document: located_yaml.Document, problems: list[Problem], skip: set = frozenset()):
        self.doc = document
        self.problems = problems
        self.skip = skip

    def error(self, code: str, error: CheckerError) -> None:
        self.problems.append(Problem.from_error(code, error))

    def review(self, data: dict, path: tuple, what: str) -> None:
        """A `review:` note (left by ``checker extract``) is a warning: a person must look before trusting it."""
        if data.get("review"):
            self.problems.append(Problem("warning", "review", f"{what}: {data['review']}",
                                         self.doc.locate((*path, "review")),
                                         hint="check it against the plan document, fix the entry, then delete `review:`"))

    def build(self) -> Plan:
        head = self.doc.data["plan"]
        self.review(head, ("plan",), "plan")
        indicators = []
        for index, item in enumerate(self.doc.data["indicators"]):
            if index in self.skip:
                continue
            indicators.append(self.indicator(item, ("indicators", index)))
        return Plan(
            id=head["id"],
            title_zh=own_words(head["title"]),
            title_en=head["title"].get("en"),
            region=to_simplified(head["region"]),  # regions are compared in simplified characters
            base_year=head["base_year"],
            target_years=tuple(head["target_years"]),
            indicators=tuple(indicators),
            references={role: to_simplified(name) for role, name in (head.get("references") or {}).items()},
            reference_values={
                str(name): ({int(year): float(v) for year, v in value.items()} if isinstance(value, dict)
                            else {None: float(value)})
                for name, value in (head.get("reference_values") or {}).items()
            },
            # a key left empty (url: null, as a draft leaves it) is none, as if left out
            source={key: value for key, value in (head.get("source") or {}).items() if value is not None},
            domains_en={str(k): str(v) for k, v in (head.get("domains") or {}).items()},
        )

    def phrases_of_broken(self, index: int, broken: list[tuple]) -> None:
        """The grammar, unit and rule problems of the targets of an indicator the schema refused (``broken``: the
        paths of its schema problems), where the parts a target is read with are sound: a `nature:` in the wrong
        shape hid an unreadable `text:` until it was mended. The indicator itself is not built."""
        path = ("indicators", index)
        item = self.doc.data["indicators"][index]
        spoilt = {p[2] for p in broken if len(p) > 2} - {"targets"}  # its keys a schema problem is under (a target's: below)
        if not isinstance(item, dict) or not isinstance(item.get("targets"), dict) or "direction" in spoilt \
                or item.get("direction") not in ("up", "down", "neutral"):
            return  # nothing to read the phrases with (a problem at the indicator itself: its direction is missing)
        unit = item.get("unit") if "unit" not in spoilt else None
        if isinstance(unit, str) and unit:
            try:
                unit = units.canonical(unit, self.doc.locate((*path, "unit")))
            except CheckerError as error:
                self.error("unit", error)
                unit = None
        sound = {key: value for key, value in item.items() if key not in spoilt}  # (its id, in the messages)
        sound.setdefault("id", f"indicators[{index}]")
        for year_key, entry in item["targets"].items():
            entries = entry if isinstance(entry, list) else [entry]
            for position, target in enumerate(entries):
                where = (*path, "targets", year_key, position) if isinstance(entry, list) else (*path, "targets", year_key)
                if re.fullmatch(YEAR_KEY, str(year_key)) and not any(
                        len(p) > 2 and (p[:len(where)] == where or where[:len(p)] == p) for p in broken):
                    self.target(sound, unit or None, int(year_key), target, where)

    def indicator(self, item: dict, path: tuple) -> Indicator:
        self.review(item, path, f"indicator {item['id']}")
        unit = item.get("unit")
        if unit:
            try:
                unit = units.canonical(unit, self.doc.locate((*path, "unit")))
            except CheckerError as error:
                self.error("unit", error)
                unit = None
        if not unit:
            unit = _unit_written(item)
        targets = []
        for year_key, entry in item["targets"].items():
            entries = entry if isinstance(entry, list) else [entry]
            for position, target in enumerate(entries):
                where = (*path, "targets", year_key, position) if isinstance(entry, list) else (*path, "targets", year_key)
                built = self.target(item, unit, int(year_key), target, where)
                if built is not None:
                    targets.append(built)
        return Indicator(
            id=item["id"],
            name_zh=own_words(item["name"]),
            name_en=item["name"].get("en"),
            unit=unit,
            direction=item["direction"],
            targets=tuple(targets),
            aliases=tuple(item.get("aliases") or ()),
            domain=item.get("domain"),
            nature=item.get("nature"),
            responsible=item.get("responsible"),
            baselines=tuple(self.baselines(item.get("baseline") or {}, (*path, "baseline"), unit)),
            columns=dict(item.get("columns") or {}),
            source=_source(item.get("source")),
            location=self.doc.locate(path),
        )

    def baselines(self, data: dict, path: tuple, unit: str | None = None) -> list[Baseline]:
        """The base values, each in the indicator's ``unit``: one written with its own unit (2.28‰ under a %
        indicator) converted, one whose unit measures something else an error (and left out, not kept as a baseline
        with no value, which lint would call unread) — never read as a bare number."""
        out = []
        for year_key, entry in data.items():
            entries = entry if isinstance(entry, list) else [{"value": entry}]
            for position, item in enumerate(entries):
                where = (*path, year_key, position, "value") if isinstance(entry, list) else (*path, year_key)
                raw = self.doc.raw.get(where, str(item["value"]))
                number = read_number(raw)
                value, notes = (number.value, number.notes) if number else (None, ())
                if number and number.unit and unit and not units.same_unit(number.unit, unit):
                    try:
                        value = units.convert(number.value, number.unit, unit, self.doc.locate(where))
                    except CheckerError as error:  # that error stops the plan: the value is not kept as none
                        self.error("unit", error)
                        continue
                    else:
                        notes = (*notes, f"converted from {raw.strip()}")
                out.append(Baseline(
                    year=int(year_key),
                    text=raw,
                    value=value,
                    location=self.doc.locate(where),
                    notes=notes,
                    source=_source(item.get("source")),
                ))
        return out

    def target(self, item: dict, unit: str | None, year: int, data: dict, path: tuple) -> Target | None:
        text_path = (*path, "text")
        text = self.doc.raw.get(text_path, str(data["text"]))  # verbatim, even where YAML would read a number
        location = self.doc.locate(text_path)
        rule: Rule | None = None
        self.review(data, path, f"{item['id']} {year} {text!r}")
        from checker.language.grammar import parse_target  # here: a plan from the cache needs no grammar

        try:
            names = item.get("name") or {}
            written = [names.get("zh"), *(item.get("aliases") or ()), names.get("en")]  # as Indicator.names()
            rule = parse_target(text, unit=unit, direction=item["direction"], location=location,
                                name=names.get("zh") or names.get("en"),
                                rate=units.rate_unit(unit, [str(name) for name in written if isinstance(name, str)]))
        except CheckerError as error:
            if data.get("review") and "rule" not in data:
                # flagged for review: kept, listed by the warning above, and not judged until a person
                # gives its meaning (a `rule:`) or rewrites the words
                rule = Rule(text=text, kind="unspecified", unit=unit, direction=item["direction"],
                            notes=(f"not read: {error.message}",))
            elif "rule" not in data:
                self.error("unit" if isinstance(error, UnitError) else "grammar", _nature_hint(error, text))
                return None
        other = _another_indicator(rule, item) if rule is not None and "rule" not in data else None
        if other:  # 达到80%，并将糖尿病死亡率降低10% under 高血压控制率: the later part is another indicator's target
            self.error("grammar", CheckerError(
                f"cannot read the target phrase {text!r} as {item['id']}'s: a later part names {other!r}, another "
                "indicator", location,
                hint="give each indicator its own target (a plan entry each), or a structured `rule:` next to `text`"))
            return None
        overridden = "rule" in data
        if overridden:
            rule = _structured_rule(text, data["rule"], unit, item["direction"], rule)
            if "unit" in data["rule"]:
                try:
                    rule = _in_indicator_unit(rule, str(data["rule"]["unit"]), unit,
                                              self.doc.locate((*path, "rule", "unit")))
                except UnitError as error:
                    self.error("unit", error)
                    return None
        gaps = rule_gaps(rule)
        if gaps and data.get("review") and not overridden:  # flagged: kept unjudged, as above
            rule = Rule(text=text, kind="unspecified", unit=unit, direction=item["direction"],
                        notes=(f"not judged: {'; '.join(gaps)}",))
            gaps = []
        if gaps:  # what check could not judge, lint reports first
            where = (*path, "rule") if overridden else text_path
            self.error("rule", CheckerError(
                f"the {rule.kind} rule of {text!r} cannot be judged: {'; '.join(gaps)}", self.doc.locate(where),
                hint="give the rule what its kind needs (`checker schema` lists the fields), "
                     "or leave `rule:` out to read the words"))
            return None
        nature = data.get("nature", item.get("nature"))
        written = next((note for note in rule.notes if note in _NATURES), None)  # ≤5‰（约束性）
        if written and nature and written != nature:
            self.problems.append(Problem(
                "warning", "nature", f"{item['id']} {year} {text!r} marks itself {written}, but its nature is {nature}",
                location, hint=f"the target is judged as {nature}; write `nature: {written}` if the words are right"))
        return Target(
            indicator=item["id"],
            year=year,
            text=text,
            rule=rule,
            source=_source(data.get("source")),
            location=location,
            standing=bool(data.get("standing", False)),
            nature=nature or written,  # the words' own mark where the plan gives none: a binding near miss fails
            responsible=data.get("responsible", item.get("responsible")),
            overridden=overridden,
            note=data.get("note"),
        )


def _nature_hint(error: CheckerError, text: str) -> CheckerError:
    """The refusal of a target's words, with a hint that they are a nature (约束性, Binding) where they are one:
    the word belongs in `nature:`, and the target's value in `text:` (the two are swapped easily)."""
    from checker.documents.vocabulary import nature  # the words tables write for each nature

    meant = nature(text.strip().strip("（）()")) or nature(text.strip().strip("（）()") + "性")
    if not meant:
        return error
    return CheckerError(error.message + f": {text.strip()!r} is a nature ({meant}), not a target", error.location,
                        hint=f"write `nature: {meant}` and put the target itself (≤12/10万, 达到80%) in `text:`")


#: the natures a table writes beside a target in its cell ("≤5‰（约束性）"), which the grammar keeps as a note
_NATURES = ("约束性", "预期性", "倡导性")


def _unit_written(item: dict) -> str | None:
    """The unit an indicator without ``unit:`` is measured in: the one its first target's words are
    written in (``达到12万亿元``, ``低于7%``), so that data in 亿元 or ‰ is converted before it is
    compared; a share that only coverage implies (``全覆盖``) sets none, and a change (``降低20%``) has
    no unit of the indicator's."""
    from checker.language.grammar import parse_target

    for entry in item["targets"].values():
        for target in entry if isinstance(entry, list) else [entry]:
            if "rule" in target:
                continue
            try:
                names = item.get("name") or {}
                rule = parse_target(str(target["text"]), direction=item["direction"],
                                    name=names.get("zh") or names.get("en"))
            except CheckerError:
                continue
            if rule.unit and rule.kind != "full_coverage":
                return rule.unit
    return None


#: kinds whose value is a change: in percent or percentage points it has no unit to convert
_CHANGES = ("vs_baseline", "annual_rate", "offset_vs_reference")


def _in_indicator_unit(rule: Rule, written: str, unit: str | None, location: Location | None) -> Rule:
    """A structured rule whose ``unit:`` is not the indicator's, its value and upper converted into the
    indicator's ``unit`` (as a phrase's are: ``≤0.5%`` of a ‰ indicator is ≤5‰); a unit that does not
    convert is an error, and so is a unit given to a change in percent or percentage points."""
    given = units.canonical(written, location)
    if rule.kind in _CHANGES and rule.change in ("percent", "points"):
        if given == "%":
            return rule
        raise UnitError(f"the rule's unit {written!r} is given to a change in {rule.change}, which has none",
                        location, hint="leave `unit:` out of the rule, or write the change as an amount "
                                       "(`change: amount`)")
    if unit is None or given == unit:
        return replace(rule, unit=given)
    try:
        value, upper = (None if v is None else units.convert(v, given, unit) for v in (rule.value, rule.upper))
    except CheckerError as error:
        raise UnitError(f"the rule's unit {written!r} cannot be converted to the indicator's unit {unit!r}: "
                        + error.message, location, hint="give the rule's value in the indicator's unit, or "
                                                       "a unit of the same kind") from None
    written_values = "–".join(f"{v:g}" for v in (rule.value, rule.upper) if v is not None)
    return replace(rule, value=value, upper=upper, unit=unit,
                   notes=(*rule.notes, f"converted from {written_values}{units.suffix(given)}"))


def _structured_rule(text: str, data: dict, unit: str | None, direction: str, parsed: Rule | None) -> Rule:
    """A rule from a structured ``rule:`` mapping; the parsed words fill what it leaves out."""
    fields = {
        key: data.get(key)
        for key in ("kind", "op", "value", "upper", "reference", "base_year", "change", "trend", "linked_to")
        if key in data
    }
    if "value" in fields:
        fields["value"] = float(fields["value"])
    if "upper" in fields:
        fields["upper"] = float(fields["upper"])
    if "modifiers" in data:
        fields["modifiers"] = tuple(data["modifiers"])
    toward = {"up": ">=", "down": "<=", "neutral": "≈"}[direction]
    defaults = {  # what a kind means when the structured rule does not say
        "full_coverage": {"op": ">=", "value": 100.0},
        "achieved": {"op": "=="},
        "reach": {"op": toward},
        "maintain": {"op": toward},
    }.get(fields["kind"], {})
    fields = {**{k: v for k, v in defaults.items() if k not in data}, **fields}
    base = parsed or Rule(text=text, kind=data["kind"], unit=unit, direction=direction)
    notes = (*base.notes, "meaning given by a structured rule: in the plan file")
    return replace(base, notes=notes, **fields)


def _source(data: dict | None) -> Source | None:
    if not data:
        return None
    return Source(line=data.get("line"), quote=data.get("quote"), file=data.get("file"))
