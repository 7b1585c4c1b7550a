"""Random plans and random many-region data for the property tests that hold judging by columns
equal to judging region by region (tests/test_columnar_judging.py, tests/test_columnar_output.py)."""

from __future__ import annotations

from hypothesis import strategies as st

from checker.data.matching import Dataset, Point
from checker.errors import Location
from checker.language.rule import Rule
from checker.plan.model import Baseline, Indicator, Plan, Source, Target

BASE_YEAR, TARGET_YEARS = 2020, (2025, 2030)
REGIONS = ("甲县", "乙县", "丙县", "丁县", "戊县")
FILE = "<hypothesis>"

# --- random plans ----------------------------------------------------------------------------------

goals = st.sampled_from([0.0, 0.8, 1.0, 4.0, 12.2, 25.0, 79.7, 85.0, 100.0, 2.3, 0.05, 1500.0])


@st.composite
def rules(draw) -> Rule:
    """A rule of one of the compiled kinds, as the grammar would write it."""
    kind = draw(st.sampled_from(["upper_bound", "lower_bound", "reach", "around", "range", "full_coverage"]))
    goal = draw(goals)
    modifiers = draw(st.sampled_from([(), ("strive",)]))
    if kind == "upper_bound":
        return Rule(f"≤{goal}", kind, draw(st.sampled_from(["<=", "<"])), goal, modifiers=modifiers)
    if kind == "lower_bound":
        return Rule(f"≥{goal}", kind, draw(st.sampled_from([">=", ">"])), goal, modifiers=modifiers)
    if kind == "reach":
        return Rule(f"达到{goal}", kind, draw(st.sampled_from(["<=", ">="])), goal, modifiers=modifiers)
    if kind == "around":
        return Rule(f"{goal}左右", kind, "≈", goal, modifiers=modifiers)
    if kind == "range":
        upper = goal + draw(st.sampled_from([0.0, 0.4, 2.0, 10.0]))
        return Rule(f"{goal}～{upper}", kind, "between", goal, upper, modifiers=modifiers)
    return Rule("全覆盖", kind, ">=", 100.0, modifiers=modifiers)


@st.composite
def other_rules(draw) -> Rule:
    """A rule of a kind that is not compiled (judged region by region on every path)."""
    kind = draw(st.sampled_from(["trend", "trend", "achieved", "unspecified", "vs_reference", "offset_vs_reference",
                                 "maintain"]))
    if kind == "maintain":  # 保持: not worse than the base value beyond the tolerance
        return Rule("保持", "maintain")
    if kind == "vs_reference":  # 高于全省平均水平; the plan names no city (n/a, saying so)
        return Rule("高于全省平均水平", kind, draw(st.sampled_from([">", ">=", "<"])),
                    reference=draw(st.sampled_from(["province", "province", "nation", "city"])))
    if kind == "offset_vs_reference":  # 比全国平均水平高5个百分点 / 低10%
        change = draw(st.sampled_from(["points", "percent"]))
        return Rule("比全国平均水平高5个百分点", kind, draw(st.sampled_from([">=", "<="])),
                    draw(st.sampled_from([5.0, -10.0])), reference=draw(st.sampled_from(["province", "nation"])),
                    change=change)
    if kind == "trend":
        way = draw(st.sampled_from(["up", "down"]))
        if draw(st.booleans()):  # 逐年: every step of the window read too
            return Rule("逐年提升" if way == "up" else "逐年下降", "trend", trend=way, modifiers=("every_year",))
        return Rule("持续提升" if way == "up" else "逐步下降", "trend", trend=way)
    if kind == "achieved":
        return Rule("实现", "achieved")
    return Rule("按国家要求", "unspecified")


@st.composite
def indicators(draw, number: int, kinds=None) -> Indicator:
    unit = draw(st.sampled_from(["%", "岁", "1/10万", "‰", None, "张"]))
    direction = draw(st.sampled_from(["up", "down", "neutral"]))
    targets = []
    for year in draw(st.lists(st.sampled_from(TARGET_YEARS), min_size=1, max_size=3)):
        rule = draw(kinds if kinds is not None else rules())
        targets.append(Target(f"i{number}", year, rule.text, rule, Source(1, rule.text), Location("plan.yaml", 10 + number),
                              nature=draw(st.sampled_from([None, None, "约束性", "倡导性"]))))
    baselines = ()
    if draw(st.booleans()):
        value = draw(st.one_of(goals, st.floats(0, 200, allow_nan=False).map(lambda v: round(v, 2))))
        baselines = (Baseline(BASE_YEAR, str(value), value, Location("plan.yaml", 5)),)
    return Indicator(f"i{number}", f"指标{number}", f"Indicator {number}", unit, direction, tuple(targets),
                     baselines=baselines)


@st.composite
def plans(draw, kinds=None) -> Plan:
    """A plan of one to three indicators, their rules drawn from ``kinds`` (default: the compiled kinds)."""
    count = draw(st.integers(1, 3))
    return Plan("prop", "性质测试", "Property test", REGIONS[0], BASE_YEAR, TARGET_YEARS,
                tuple(draw(indicators(number, kinds)) for number in range(count)),
                references={"province": REGIONS[-1], "nation": "全国"}, file="plan.yaml")


@st.composite
def datasets(draw, plan: Plan, regions: tuple[str, ...] = REGIONS) -> Dataset:
    """Random series per region and indicator: values near each target, gaps, missing values."""
    dataset = Dataset()
    line = 1
    for region in regions:
        for indicator in plan.indicators:
            if draw(st.integers(0, 5)) == 0:
                continue  # no data for this indicator here
            near = [t.rule.value for t in indicator.targets if t.rule.value is not None] \
                + [t.rule.upper or 0.0 for t in indicator.targets if t.rule.value is not None] or [12.5, 80.0]
            years = draw(st.lists(st.sampled_from([2005, 2009, 2010, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2030, 2035, 2036,
                                                   2040]), max_size=6, unique=True))
            series = {}
            for year in years:
                line += 1
                if draw(st.integers(0, 9)) == 0:
                    value = None
                else:
                    centre = draw(st.sampled_from(near))
                    value = round(centre * draw(st.sampled_from([1.0, 0.99, 1.01, 0.97, 1.03, 0.9, 1.1, 0.5, 1.5, 0.0]))
                                  + draw(st.sampled_from([0.0, 0.01, -0.01, 0.3])), 4)
                text = "" if value is None else repr(value)
                series[year] = Point(year, value, text, Location(FILE, line, 4), indicator.unit)
            if draw(st.integers(0, 3)) == 0:  # a pace at the policy's cuts exactly (ratio 0.95, 1, 0, < 0)
                target = indicator.targets[0]
                base = round(draw(st.sampled_from(near)) * draw(st.sampled_from([0.5, 0.9, 1.1, 1.5])), 1)
                year = draw(st.sampled_from([2021, 2022, 2023, 2024]))
                share = draw(st.sampled_from([0.95, 1.0, 0.0, -0.5]))
                value = round(base + share * ((target.rule.value or base) - base) * (year - BASE_YEAR) / (target.year - BASE_YEAR), 4)
                line += 2
                series = {BASE_YEAR: Point(BASE_YEAR, base, repr(base), Location(FILE, line - 1, 4), indicator.unit),
                          year: Point(year, value, repr(value), Location(FILE, line, 4), indicator.unit)}
            dataset.series[(region, indicator.id)] = series
    province = plan.references.get("province")
    if province in regions and draw(st.booleans()):  # the province's values in the years a county has them
        for indicator in plan.indicators:
            county = dataset.series.get((regions[0], indicator.id))
            if not county:
                continue
            factor = draw(st.sampled_from([1.0, 1.02, 0.98, 0.9, 1.5, 100.0]))  # 100×: a unit slip
            series = {}
            for year, point in county.items():
                line += 1
                value = None if point.value is None else round(point.value * factor, 4)
                series[year] = Point(year, value, "" if value is None else repr(value), Location(FILE, line, 4),
                                     indicator.unit)
            dataset.series[(province, indicator.id)] = series
    return dataset
