"""Targets against a reference region: vs_reference and offset_vs_reference.

The reference (全市 / 全省 / 全国) is the region the plan names in ``plan.references`` — or, where the
data names the places its regions lie in (省份, 地市 columns of a national table), the region's own
province or city; its value is read from the data's rows for that region, in the same year as the
observation. These rules
hold at all times, so they are judged as they stand, before the target year too.

A level outside the plan's regions (国际先进, 高收入国家, a rank such as 全国前列) is found by its
words: a ``references`` entry whose key or region is those words gives data rows; else
``reference_values`` may declare its value (for the year, or for any year). With neither, the
target is n/a, naming the reference value that is missing — never a guess.

Examples (bound band 2% of the reference value):

    高于全省平均值 (up)            南安 92, 福建 90 → pass    南安 89, 福建 90 → warn (1.1% short)    85 → fail
    低于全省平均值 (down)          南安 14, 福建 15 → pass    南安 15.2 → warn    17 → fail
    比全国平均水平高5个百分点 (up) 饶平 33, 全国 27.8 → target 32.8 → pass;  32.5 → warn;  30 → fail
    no 福建省 row for the year → n/a ("no reference value")
    南安 95, 福建 0.97 (a share written as a fraction) → n/a: about 100 times smaller, check it
    (values about 100 or 1000 times apart are never compared: a unit slip or a misplaced decimal point)
"""

from __future__ import annotations

from functools import cache

from checker.data.matching import capped_as
from checker.data.jumps import slip_factor
from checker.judge.bands import Bands, fmt
from checker.judge.kinds.base import OP_SYMBOL, Context, Judgement, band_words, na, value_or_na
from checker.judge.policy import Policy
from checker.language.rule import Rule
from checker.language.units import suffix
from checker.plan.model import Indicator

KINDS = ("vs_reference", "offset_vs_reference")
NAMES = {"city": ("全市", "the city"), "province": ("全省", "the province"), "nation": ("全国", "the nation")}


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx, "standing")
    if missing:
        return missing
    rule = ctx.rule
    if rule.reference not in NAMES:
        return _named(ctx, rule.reference)
    label = NAMES[rule.reference]
    region = ctx.reference_regions.get(rule.reference)
    if region is None:
        return unnamed(rule, ctx.region, ctx.reference_regions, ctx.plan.references)
    if region == ctx.region:
        return itself(rule, region)
    series = ctx.references.get(rule.reference, {})
    ref_point = series.get(ctx.year)
    if ref_point is None or ref_point.value is None:
        return no_reference_value(region, ctx.year, series)
    return _compare(ctx, region, label, ref_point.value, ref_point.evidence())


def unnamed(rule: Rule, region: str, places: dict[str, str], named: dict[str, str]) -> Judgement:
    """n/a: neither the plan (its references ``named``) nor the data says which region is the rule's
    全市/全省/全国 for ``region`` (its reference ``places``); or the plan names one that the data puts ``region`` outside."""
    label = NAMES[rule.reference]
    if rule.reference in named and "province" in places:
        theirs, province = named[rule.reference], places["province"]
        return na(f"数据将{region}置于{province}，不在规划的{label[0]}{theirs}所在的省内：{region}的{label[0]}未知",
                  f"the data places {region} in {province}, outside the province of the plan's {label[1]} {theirs}: "
                  f"{region}'s {label[1]} is not known", "standing")
    return na(f"规划未指明{label[0]}是哪个地区（plan.references.{rule.reference}）",
              f"the plan does not say which region is {label[1]} (plan.references.{rule.reference})", "standing")


def itself(rule: Rule, region: str) -> Judgement:
    """n/a: the region judged is itself the rule's 全省 (a province) or 全市: nothing else to compare it with."""
    label = NAMES[rule.reference]
    return na(f"{region}本身即{label[0]}：没有另一个{label[0]}值可比较",
              f"{region} is itself {label[1]}: there is no other value to compare it with", "standing")


def no_reference_value(region: str, year: int, series: dict | None = None) -> Judgement:
    """n/a: the reference region has no value in the year judged; where its ``series`` has an earlier one (a
    national bulletin comes out a year after a county's figures), the reason says which and how to use it."""
    earlier = max((y for y, point in (series or {}).items() if y < year and point.value is not None), default=None)
    if earlier is None:
        return na(f"缺少{region}{year}年的参照值", f"no reference value for {region} in {year}", "standing")
    return na(f"缺少{region}{year}年的参照值（有{earlier}年的值：--as-of {earlier} 按该年比较）",
              f"no reference value for {region} in {year} ({region} has {earlier}: --as-of {earlier} compares that "
              "year)", "standing")


def _named(ctx: Context, name: str) -> Judgement:
    """A level outside the plan's regions: a region the plan names for it, else a value it declares."""
    plan, places = ctx.plan, ctx.reference_regions
    role = next((key for key, region in places.items() if name in (key, region)), None)
    if role is not None:
        ref_point = ctx.references.get(role, {}).get(ctx.year)
        if ref_point is not None and ref_point.value is not None:
            return _compare(ctx, places[role], ("参照水平", "reference level"), ref_point.value,
                            ref_point.evidence())
    declared = plan.reference_values.get(name) or (plan.reference_values.get(role) if role else None) or {}
    level = declared.get(ctx.year, declared.get(None))
    if level is not None:
        return _compare(ctx, name, ("规划声明的值", "declared by the plan"), level,
                        {"from": "plan", "declared": "reference_values"})
    where = f"{places[role]}{ctx.year}年的数据行" if role else "数据行"
    where_en = f"data rows for {places[role]} in {ctx.year}" if role else "data rows"
    return na(f"缺少参照水平“{name}”的值：规划的 references 指明地区并提供{where}，或在 reference_values 中声明",
              f"no value for the reference level {name!r}: name its region in the plan's references and give "
              f"{where_en}, or declare it in reference_values", "standing")


def _compare(ctx: Context, region: str, label: tuple[str, str], ref: float, ref_evidence: dict) -> Judgement:
    return compared(ctx.rule, ctx.indicator, ctx.policy, ctx.year, ctx.point.value, region, label, ref, ref_evidence)


def summed_over_places(indicator: Indicator) -> bool:
    """Whether the indicator is a count or an amount summed over places (床位数 in 张, 卫生技术人员 in 万人): its unit is
    per nothing (or, with none given, its name ends in 数) and its name has none of ``not_totals`` (rules/names.yaml:
    人均, 每千人口, …率). Asked for every region a national run compares: worked out once per unit and names."""
    return _summed(indicator.unit, tuple(name for name in (indicator.name_zh, *indicator.aliases) if name))


@cache
def _summed(unit: str | None, names: tuple[str, ...]) -> bool:
    from checker.language import units
    from checker.rulefiles import load_rules_yaml

    if unit:  # (with no unit: a name counting things, 床位数, 机构数)
        if not units.is_known(unit) or not units.is_whole_amount(unit):
            return False
    elif not any(name.endswith("数") for name in names):
        return False
    words = (load_rules_yaml("names.yaml") or {}).get("not_totals") or ()
    return bool(names) and not any(str(word) in name for word in words for name in names)


def goal_of(rule: Rule, indicator: Indicator, policy: Policy, ref: float, unit: str) -> tuple[float, str, Bands, str]:
    """The goal a reference value ``ref`` sets, how it is worked out (text), its bands and their words: the
    same for every region compared with that value."""
    if rule.kind == "offset_vs_reference":
        goal = ref + rule.value if rule.change == "points" else ref * (1 + rule.value / 100)
        how = (f"{fmt(ref)} {'+' if rule.value >= 0 else '−'} {fmt(abs(rule.value))}"
               if rule.change == "points" else f"{fmt(ref)} × {fmt(1 + rule.value / 100)}")
    else:
        goal, how = ref, fmt(ref)
    return (goal, how, *band_words(rule.op, goal, indicator.direction, policy, None, unit,
                                   indicator=capped_as(indicator)))


def compared(rule: Rule, indicator: Indicator, policy: Policy, year: int, value: float, region: str,
             label: tuple[str, str], ref: float, ref_evidence: dict, goals: dict | None = None) -> Judgement:
    """The judgement of ``value`` in ``year`` against ``region``'s reference value ``ref`` (its
    evidence ``ref_evidence``): what :func:`check` says of one region, and what a national run's
    columns say of each (:mod:`checker.judge.frames`, which passes ``goals``: what :func:`goal_of` made
    for each reference value of the target, kept for the regions compared with it next)."""
    unit = suffix(indicator.unit)
    if rule.reference in NAMES and summed_over_places(indicator):
        counted = (f"以{indicator.unit}计", f"counted in {indicator.unit}") if indicator.unit else ("是个数", "a count")
        return na(f"{indicator.name_zh}{counted[0]}，是各地相加的总量：{region}的数据行是{label[0]}合计"
                  f"（{fmt(ref)}{unit}），不是{label[0]}平均，不能与之比较；请比较人均、每千人口等比率",
                  f"{indicator.name_en or indicator.name_zh} is {counted[1]}, a total that adds up over places: "
                  f"{region}'s row is {label[1]}'s total ({fmt(ref)}{unit}), not its average, and is no value to "
                  "compare with; compare a rate (per person, per 1,000 people) instead", "standing",
                  reference={"region": region, "year": year, "value": ref, **ref_evidence})
    factor = slip_factor(value, ref, smallest=2)
    if factor is not None:  # 0.97 against 95 (%): a share written as a fraction is no reference to compare with
        times = 10 ** factor
        way = ("小", "smaller") if abs(ref) < abs(value) else ("大", "larger")
        return na(f"{region}{year}年的参照值 {fmt(ref)}{unit} 比本地区的 {fmt(value)}{unit} {way[0]}约 {times:,} 倍，"
                  "像是单位或小数点写错（如把 97% 写成 0.97）：核对参照值后再比较",
                  f"the reference value of {region} in {year}, {fmt(ref)}{unit}, is about {times:,} times "
                  f"{way[1]} than the region's {fmt(value)}{unit}, as a unit slip or a misplaced decimal point "
                  "(97% written 0.97) would make it: check it before comparing", "standing",
                  reference={"region": region, "year": year, "value": ref, **ref_evidence})
    found = goals.get(ref) if goals is not None else None
    if found is None:
        found = goal_of(rule, indicator, policy, ref, unit)
        if goals is not None:
            goals[ref] = found
    goal, how, b, band = found
    status = b.status(value)
    evidence = {
        "reference": {"region": region, "year": year, "value": ref, **ref_evidence},
        "goal": goal,
        "band": band,
        "arithmetic": f"target = {how} = {fmt(goal)}{unit}; observed {fmt(value)}{unit} {OP_SYMBOL[rule.op]} {fmt(goal)}?",
    }
    verdict = {"pass": ("达标", "met"), "warn": ("接近达标", "near miss"), "fail": ("未达标", "not met")}[status]
    named = region if region == label[0] else f"{region}（{label[0]}）"  # 全国, not 全国（全国）
    zh = (f"{year}年 {fmt(value)}{unit}，{named}{fmt(ref)}{unit}，"
          f"目标 {OP_SYMBOL[rule.op]} {fmt(goal)}{unit}：{verdict[0]}")
    en = (f"{year}: {fmt(value)}{unit}; {region} ({label[1]}) {fmt(ref)}{unit}; "
          f"target {OP_SYMBOL[rule.op]} {fmt(goal)}{unit}: {verdict[1]}")
    return Judgement(status, zh, en, "standing", evidence)
