"""What a rule means, in words (Chinese and English): what passes, warns and fails.

``checker explain`` prints this; reports reuse it for "the rule in words".
"""

from __future__ import annotations

import math

from checker.judge.bands import bands, fmt, judged_direction
from checker.judge.policy import Policy
from checker.language.rule import Rule
from checker.language.units import suffix

KIND_NAMES = {
    "upper_bound": ("上限", "upper bound"),
    "lower_bound": ("下限", "lower bound"),
    "reach": ("达到目标值", "reach a value"),
    "around": ("左右（容差范围）", "around a value"),
    "range": ("区间", "range"),
    "vs_reference": ("与参照地区比较", "compared with a reference region"),
    "offset_vs_reference": ("与参照地区比较（差值）", "reference region plus an offset"),
    "vs_baseline": ("与基期比较", "change from a base year"),
    "annual_rate": ("年均变化", "average yearly change"),
    "trend": ("变化趋势", "trend"),
    "maintain": ("保持", "maintain"),
    "linked": ("同比例联动", "linked to another indicator"),
    "external": ("目标由上级下达", "target set elsewhere"),
    "full_coverage": ("全覆盖", "full coverage"),
    "achieved": ("完成/建成", "deliverable achieved"),
    "unspecified": ("未设定目标", "no target set"),
    "all_of": ("多项要求同时满足", "all of several requirements"),
}
REFERENCE_NAMES = {"city": ("全市", "the city"), "province": ("全省", "the province"), "nation": ("全国", "the nation")}
DIRECTION_NAMES = {"up": ("越高越好", "higher is better"), "down": ("越低越好", "lower is better"),
                   "neutral": ("无好坏方向", "neither direction is better")}
MODIFIER_NAMES = {"strive": ("力争：未达标时记为警告而非不通过", "strive for it: a fail becomes a warn"),
                  "basically": ("基本（规划自己放宽的目标）：未达标时记为警告而非不通过",
                                "basically (the plan softens its own target): a fail becomes a warn")}
NATURE_EFFECTS = {
    "约束性": ("约束性：接近达标的警告记为不通过", "binding target: a near-miss warn becomes a fail"),
    "倡导性": ("倡导性：最差记为警告", "advocacy target: never worse than warn"),
}


def _pct(fraction: float) -> str:
    return fmt(fraction * 100) + "%"


def _value_outcomes(rule: Rule, target: float, policy: Policy) -> dict[str, tuple[str, str]]:
    """pass / warn / fail in words for ``value OP target`` (X given as a number)."""
    unit = suffix(rule.unit)
    b = bands(rule.op, target, judged_direction(rule.op, rule.direction, rule.notes), policy, rule.upper,
              unit=rule.unit)
    joiners = ("或", "or")
    out = {}
    for status, pieces in (("pass", [b.passing]), ("warn", b.warn_only()), ("fail", b.failing())):
        out[status] = tuple(
            f" {joiners[lang]} ".join(piece.describe(label, unit) for piece in pieces) or ("无", "none")[lang]
            for lang, label in enumerate(("值", "value"))
        )
    return out


def _share(policy: Policy, band: str, unit: str | None) -> tuple[str, str]:
    """A band's share of X in words (zh, en), with the policy's cap for ``unit`` where it has one."""
    cap = policy.widest(unit, band)
    if cap == math.inf:
        return _pct(getattr(policy, band)), _pct(getattr(policy, band))
    amount = f"{fmt(cap)}{suffix(unit)}"
    return f"{_pct(getattr(policy, band))}（至多 {amount}）", f"{_pct(getattr(policy, band))} (at most {amount})"


def describe(rule: Rule, policy: Policy, nature: str | None = None) -> dict:
    """The rule in words: ``{"meaning": (zh, en), "pass"|"warn"|"fail"|"n/a": (zh, en), "notes": [...]}``."""
    kind = rule.kind
    unit = suffix(rule.unit)
    bw, ap, aw = (_share(policy, band, rule.unit) for band in ("bound_warn", "around_pass", "around_warn"))
    out: dict = {}
    ref = REFERENCE_NAMES.get(rule.reference or "", ("参照地区", "the reference region"))
    if rule.reference and rule.reference not in REFERENCE_NAMES:  # a level outside the plan (国际先进)
        ref = (f"参照水平“{rule.reference}”", f"the reference level {rule.reference!r}")
    base = (f"{rule.base_year}年", str(rule.base_year)) if rule.base_year else ("规划基期年", "the plan's base year")
    sym = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "≈": "≈", "between": "∈", "==": "="}.get(rule.op or "", "")

    if kind in ("upper_bound", "lower_bound", "reach", "around", "range"):
        if kind == "range":
            out["meaning"] = (f"值在 {fmt(rule.value)}–{fmt(rule.upper)}{unit} 之间",
                              f"value between {fmt(rule.value)} and {fmt(rule.upper)}{unit}")
        elif rule.op == "≈":
            better = {"up": ("，更高总是通过", "; higher always passes"),
                      "down": ("，更低总是通过", "; lower always passes")}.get(rule.direction, ("", ""))
            out["meaning"] = (f"值约为 {fmt(rule.value)}{unit}（±{ap[0]} 通过，±{aw[0]} 警告{better[0]}）",
                              f"value around {fmt(rule.value)}{unit} (±{ap[1]} passes, ±{aw[1]} warns{better[1]})")
        else:
            out["meaning"] = (f"值 {sym} {fmt(rule.value)}{unit}", f"value {sym} {fmt(rule.value)}{unit}")
        out.update(_value_outcomes(rule, rule.value, policy))
        if rule.op != "≈":
            out["warn"] = (out["warn"][0] + f"（未达标部分不超过目标值的 {bw[0]}）",
                           out["warn"][1] + f" (missed by at most {bw[1]} of the target)")
    elif kind == "full_coverage" and rule.unit not in ("%", None):
        # in a count (每个县至少1所, unit 所) full coverage is a yes or no, as kinds/bounds.compile judges it
        out["meaning"] = (f"每处都有（数据为 是/否，或 ≥ 1{unit}）", f"everywhere (data says yes/no, or at least 1{unit})")
        out["pass"] = (f"是，或值 ≥ 1{unit}", f"yes, or value ≥ 1{unit}")
        out["fail"] = (f"否，或值 < 1{unit}", f"no, or value < 1{unit}")
    elif kind == "full_coverage":
        out["meaning"] = ("达到 100%（或“是”）", "100% (or yes)")
        warn = fmt(policy.full_coverage_warn)
        out["pass"] = ("值 = 100%，或“是”", "value = 100%, or yes")
        out["warn"] = (f"{warn}% ≤ 值 < 100%", f"{warn}% ≤ value < 100%")
        out["fail"] = (f"值 < {warn}%，或“否”", f"value < {warn}%, or no")
    elif kind == "achieved":
        out["meaning"] = ("已完成/建成（数据为 是/否）", "achieved (data says yes/no)")
        out["pass"] = ("是 / yes / 1", "yes / 是 / 1")
        out["fail"] = ("否 / no / 0", "no / 否 / 0")
    elif kind == "vs_reference":
        r = (f"{ref[0]}同年值", f"{ref[1]}'s value in the same year")
        if rule.reference not in REFERENCE_NAMES:
            r = (f"{ref[0]}的值（references 中指明的地区的同年数据，或 reference_values 中声明的值）",
                 f"the value of {ref[1]} (data rows of the region the plan's references name for it, "
                 f"or the value its reference_values declare)")
        out["meaning"] = (f"值 {sym} {r[0]}", f"value {sym} {r[1]}")
        out["pass"] = (f"值 {sym} {r[0]}", f"value {sym} {r[1]}")
        out["warn"] = (f"未达到，但差距不超过{r[0]}的 {bw[0]}", f"not met, but within {bw[1]} of {r[1]}")
        out["fail"] = ("差距更大", "further away")
        out["n/a"] = (f"缺少{r[0]}", f"no value for {r[1]}")
    elif kind == "offset_vs_reference":
        in_points = rule.change == "points" and rule.unit in ("%", None)
        amount_unit = ("个百分点", " percentage points") if in_points else (
            (unit, unit) if rule.change == "points" else ("%", "%"))
        step = f"{fmt(abs(rule.value))}{amount_unit[0]}"
        step_en = f"{fmt(abs(rule.value))}{amount_unit[1]}"
        side = ("高", "above") if rule.value >= 0 else ("低", "below")
        out["meaning"] = (f"值 {sym} {ref[0]}同年值{side[0]}{step}", f"value {sym} {step_en} {side[1]} {ref[1]}'s value")
        if rule.change == "percent":  # 全省平均水平的80%: the reference's value × 0.8
            times = fmt(1 + rule.value / 100)
            out["meaning"] = (f"值 {sym} {ref[0]}同年值 × {times}", f"value {sym} {ref[1]}'s value × {times}")
        out["pass"] = out["meaning"]
        out["warn"] = (f"未达到，但差距不超过目标值的 {bw[0]}", f"not met, but within {bw[1]} of the target")
        out["fail"] = ("差距更大", "further away")
        out["n/a"] = (f"缺少{ref[0]}同年值", f"no value for {ref[1]}")
    elif kind in ("vs_baseline", "annual_rate"):
        span = (rule.value,) if rule.upper is None else (rule.value, rule.upper)
        size = "–".join(fmt(abs(v)) for v in sorted(span, key=abs))
        if rule.change == "points":
            if rule.unit in ("%", None):
                amount = (f"{size}个百分点", f"{size} percentage points")
            else:
                amount = (f"{size}{unit}", f"{size}{unit}")
            target = (f"基期值 {'+' if rule.value >= 0 else '−'} {size}",
                      f"base value {'+' if rule.value >= 0 else '−'} {size}")
        else:
            amount = (f"{size}%", f"{size}%")
            factors = "–".join(fmt(1 + v / 100) for v in sorted(span))
            target = (f"基期值 × {factors}", f"base value × {factors}")
        verb = ("提高", "rise") if rule.value >= 0 else ("降低", "fall")
        if rule.value == 0 and rule.upper is None:  # 不下降, 不增加, 负增长, 年均下降0%: the base value is the bound
            out["meaning"] = (f"与{base[0]}相比：值 {sym} 基期值", f"compared with {base[1]}: value {sym} the base value")
        elif kind == "vs_baseline":
            out["meaning"] = (f"比{base[0]}{verb[0]}{amount[0]}：值 {sym} {target[0]}",
                              f"{verb[1]} by {amount[1]} from {base[1]}: value {sym} {target[1]}")
        else:
            how = ("复合", "compound") if rule.change == "percent" else ("线性", "linear")
            out["meaning"] = (f"自{base[0]}起年均{verb[0]}{amount[0]}（{how[0]}计算）",
                              f"average yearly {verb[1]} of {amount[1]} from {base[1]} ({how[1]})")
        out["pass"] = ("达到由基期值推算的目标", "meets the target derived from the base value")
        of_change = kind == "vs_baseline" and rule.upper is None and rule.value != 0  # bands of the change asked for
        if rule.op == "≈":
            out["warn"] = ((f"偏离目标 {ap[0]}–{aw[0]}（按所要求的变化量计）", f"{ap[1]}–{aw[1]} of the change asked for off the target")
                           if of_change else (f"偏离目标 {ap[0]}–{aw[0]}", f"{ap[1]}–{aw[1]} off the target"))
        else:
            out["warn"] = ((f"未达到，但差距不超过所要求变化量的 {bw[0]}", f"not met, but within {bw[1]} of the change asked for")
                           if of_change else (f"未达到，但差距不超过目标值的 {bw[0]}", f"not met, but within {bw[1]} of the target"))
        out["fail"] = ("差距更大", "further away")
        out["n/a"] = (f"缺少{base[0]}的数据", f"no value for {base[1]}")
    elif kind == "trend" and rule.trend == "slowing":
        out["meaning"] = ("上升势头得到遏制：增势放缓或不再上升", "the rise is curbed: it slows or stops")
        out["pass"] = ("窗口后半段的年均上升慢于前半段，或不再上升",
                       "the later half of the window rises more slowly than the earlier half, or not at all")
        out["fail"] = ("后半段上升不慢于前半段", "the later half rises as fast or faster")
        out["n/a"] = ("窗口内少于 3 个年份的数据", "fewer than 3 years of data in the window")
    elif kind == "trend":
        way = {"up": ("上升", "rise"), "down": ("下降", "fall")}.get(rule.trend or "", ("改善", "improve"))
        (flat, flat_en), window = _share(policy, "trend_flat", rule.unit), policy.trend_window
        out["meaning"] = (f"近 {window} 年持续{way[0]}", f"{way[1]} over the last {window} years")
        out["pass"] = (f"近 {window} 年{way[0]}幅度不低于 {flat}，或已是可能的最好值（如死亡率为 0、覆盖率为 100%）",
                       f"{way[1]}s by at least {flat_en} over {window} years, or is already at the best value it can "
                       "take (a death rate of 0, a coverage of 100%)")
        out["warn"] = (f"变化不足 {flat}（持平），或窗口内达标但最近一年反向变化超过 {flat}",
                       f"changes by less than {flat_en} (flat), or meets it over the window but moves the other way by "
                       f"more than {flat_en} in the latest year")
        out["fail"] = (f"反向变化超过 {flat}", f"moves the other way by more than {flat_en}")
        if "every_year" in rule.modifiers:  # 逐年提高: each year's step is read too
            out["meaning"] = (f"近 {window} 年逐年{way[0]}", f"{way[1]} every year over the last {window} years")
            out["warn"] = (out["warn"][0] + f"，或窗口内任一年较上一个有数据的年份反向变化超过 {flat}",
                           out["warn"][1] + f", or any year moves the other way from the year before by more than "
                                            f"{flat_en}")
        out["n/a"] = (f"窗口内少于 {policy.trend_min_points} 个年份的数据",
                      f"fewer than {policy.trend_min_points} years of data in the window")
    elif kind == "maintain":
        tol = _pct(policy.maintain_tolerance)
        out["meaning"] = ("保持基期水平，不变差", "keep the base-year level, no worse")
        tol2 = _pct(2 * policy.maintain_tolerance)
        out["pass"] = (f"不差于基期值，或差距不超过 {tol}", f"no worse than the base value by more than {tol}")
        out["warn"] = (f"差于基期值 {tol}–{tol2}", f"worse than the base value by {tol}–{tol2}")
        out["fail"] = (f"差于基期值超过 {tol2}", f"worse than the base value by more than {tol2}")
    elif kind == "linked":
        other = rule.linked_to or ("规则中指定的指标", "the indicator named in `rule:`")
        other = other if isinstance(other, tuple) else (other, other)
        out["meaning"] = (f"与{other[0]}同比例变化", f"changes in step with {other[1]}")
        out["pass"] = (f"变化幅度 ≥ {other[0]}变化幅度的 {_pct(policy.progress_on_track)}",
                       f"changes by at least {_pct(policy.progress_on_track)} of {other[1]}'s change")
        out["warn"] = ("同向变化但幅度不足", "same way, but less")
        out["fail"] = ("未变化或反向变化", "no change, or moves the other way")
        if rule.trend in ("up", "down"):
            rose = rule.trend == "up"
            out["pass"] = (out["pass"][0] + f"；{other[0]}未{'提高' if rose else '下降'}时本指标{'提高' if rose else '下降'}即可",
                           out["pass"][1] + f"; where {other[1]} does not {'rise' if rose else 'fall'}, "
                                            f"{'rising' if rose else 'falling'} is enough")
            out["fail"] = (f"本指标未{'提高' if rose else '下降'}（即使{other[0]}同向变化）",
                           f"it does not {'rise' if rose else 'fall'} (even where {other[1]} moves the same way)")
        out["n/a"] = (f"缺少{other[0]}的数据", f"no data for {other[1]}")
    elif kind == "external":
        out["meaning"] = ("目标值由上级下达，规划未给出", "the number is set elsewhere; the plan does not give it")
        out["n/a"] = ("在计划文件的 rule: 中补充下达的目标值后才能判定",
                      "n/a until the plan file supplies the number in `rule:`")
    elif kind == "all_of":
        parts = [describe(part, policy) for part in rule.parts]
        out["meaning"] = ("同时满足：" + "；".join(f"（{i + 1}）{p['meaning'][0]}" for i, p in enumerate(parts)),
                          "all of: " + "; ".join(f"({i + 1}) {p['meaning'][1]}" for i, p in enumerate(parts)))
        out["pass"] = ("每一项都通过", "every part passes")
        out["warn"] = ("没有不通过的项，至少一项警告", "no part fails, at least one warns")
        out["fail"] = ("任一项不通过", "any part fails")
        out["n/a"] = ("没有不通过或警告的项，但至少一项无法判定", "no part fails or warns, but one cannot be judged")
    else:
        out["meaning"] = ("规划未设定可检查的目标", "the plan sets no checkable target")
        out["n/a"] = (f"总是 n/a，并显示原文“{rule.text}”", f"always n/a, showing the phrase {rule.text!r}")

    if kind in ("upper_bound", "lower_bound", "reach", "around", "range", "full_coverage", "vs_baseline", "annual_rate",
                "offset_vs_reference"):
        on = _pct(policy.progress_on_track)
        out["progress"] = (
            f"目标年之前按进度评估：已达标即通过；实际年均进度 ÷ 所需年均进度 ≥ {fmt(policy.progress_on_track)} 通过，"
            f"≥ 0 警告（滞后），< 0 不通过（背离）",
            f"before the target year, judged on progress: already met passes; actual pace ÷ required pace "
            f"≥ {fmt(policy.progress_on_track)} ({on}) passes, ≥ 0 warns (lagging), < 0 fails (moving away)",
        )
    if "warn" in out and "fail" in out:  # 约束性 makes a near miss fail, 力争 a fail warn: the values as judged
        final = {status: policy.adjust(status, rule.modifiers, nature) for status in ("warn", "fail")}
        if final != {"warn": "warn", "fail": "fail"}:
            merged: dict[str, list] = {"warn": [], "fail": []}
            for status in ("warn", "fail"):
                merged[final[status]].append(out[status])
            for status, pieces in merged.items():
                out[status] = (("；".join(p[0] for p in pieces), "; ".join(p[1] for p in pieces)) if pieces
                               else ("无（见修饰）", "none (see the modifier)"))
    weights = [MODIFIER_NAMES[m] for m in rule.modifiers if m in MODIFIER_NAMES]
    if nature in NATURE_EFFECTS:
        weights.append(NATURE_EFFECTS[nature])
    out["weights"] = weights
    out["kind_name"] = KIND_NAMES[kind]
    out["direction_name"] = DIRECTION_NAMES[rule.direction]
    return out


def explain_text(rule: Rule, policy: Policy, nature: str | None = None) -> str:
    """The plain-text block ``checker explain`` prints (no colour, reads the same in a pipe)."""
    words = describe(rule, policy, nature)
    lines = [
        f"{rule.text}",
        f"  kind       {rule.kind} — {words['kind_name'][0]} / {words['kind_name'][1]}",
        f"  direction  {rule.direction} — {words['direction_name'][0]} / {words['direction_name'][1]}",
    ]
    facts = [
        ("op", rule.op), ("value", None if rule.value is None else fmt(rule.value)),
        ("upper", None if rule.upper is None else fmt(rule.upper)), ("unit", rule.unit),
        ("reference", rule.reference), ("base_year", rule.base_year), ("change", rule.change),
        ("trend", rule.trend), ("year", rule.year), ("subject", rule.subject),
        ("modifiers", ", ".join(rule.modifiers) or None), ("notes", "; ".join(rule.notes) or None),
    ]
    lines += [f"  {key:<10} {value}" for key, value in facts if value is not None]
    for number, part in enumerate(rule.parts, 1):
        part_lines = explain_text(part, policy).splitlines()
        lines.append(f"  part {number}     {part_lines[0]}")
        lines += ["    " + line for line in part_lines[1:3] + [line for line in part_lines[3:]
                                                              if line.strip().split(" ")[0] not in ("direction",)]]
    lines.append(f"  meaning    {words['meaning'][0]}")
    lines.append(f"             {words['meaning'][1]}")
    for status in ("pass", "warn", "fail", "n/a"):
        if status in words:
            lines.append(f"  {status:<10} {words[status][0]}")
            lines.append(f"  {'':<10} {words[status][1]}")
    if "progress" in words:
        lines.append(f"  progress   {words['progress'][0]}")
        lines.append(f"             {words['progress'][1]}")
    for zh, en in words["weights"]:
        lines.append(f"  modifier   {zh}")
        lines.append(f"             {en}")
    return "\n".join(lines)
