"""Linked targets: 同比例提高 — change in step with another indicator (``rule: {linked_to: id}``).

The relative change of this indicator from the plan's base year to the assessment year is compared
with the relative change of the linked one over the same years: ratio ≥ 0.95 passes, > 0 warns
(same way, but less), 0 (no change) and < 0 fail. Where the words say which way (同比例提高: up,
同步下降: down), or else the indicator's better direction does, an indicator that did not move that way
fails whatever the other did (both falling is no 提高), and one that did while the other did not passes. Base values come from the data, else
the plan. Judged as it stands.

Examples (健康预期寿命 linked to 人均预期寿命, base 2020):

    人均预期寿命 77.35 → 78.0 (+0.84%); 健康预期寿命 68.0 → 68.6 (+0.88%): ratio 1.05 → pass
    健康预期寿命 68.0 → 68.2 (+0.29%): ratio 0.35 → warn
    健康预期寿命 68.0 → 67.5 while 人均预期寿命 falls 77.35 → 77.0: ratio 1.6, but it did not rise → fail
    no data for the linked indicator → n/a
"""

from __future__ import annotations

from checker.judge.precision import floor_of
from checker.judge.bands import fmt
from checker.judge.kinds.base import Context, Judgement, find_baseline, na, value_or_na

KINDS = ("linked",)
#: the judgement reads ctx.others (the linked indicator of the same region)
READS_OTHER_INDICATORS = True


def check(ctx: Context) -> Judgement:
    missing = value_or_na(ctx, "standing")
    if missing:
        return missing
    other_id = ctx.rule.linked_to
    if other_id is None:
        return na("规划未指明联动的指标（rule: linked_to）", "the plan does not name the linked indicator (rule: linked_to)",
                  "standing")
    base = find_baseline(ctx, ctx.plan.base_year)
    other_indicator = ctx.plan.indicator(other_id)
    other_series = ctx.others.get(other_id, {})
    other_ctx = Context(ctx.plan, other_indicator, ctx.target, ctx.region, ctx.year, other_series, ctx.policy, {}, {})
    other_base = find_baseline(other_ctx, ctx.plan.base_year)
    other_point = other_series.get(ctx.year)
    if base is None or other_base is None or other_point is None or other_point.value is None:
        return na(f"缺少计算所需的数据（本指标或{other_indicator.name_zh}的基期值或{ctx.year}年值）",
                  f"missing data to compare: base or {ctx.year} values of this indicator or of {other_id}", "standing")
    if ctx.year <= base.year:
        return na(f"评估年（{ctx.year}）不晚于基期年（{base.year}），尚无变化可比",
                  f"the assessment year {ctx.year} is not after the base year {base.year}: no change to compare yet",
                  "standing")
    mine = (ctx.point.value - base.value) / (abs(base.value) or 1.0)
    theirs = (other_point.value - other_base.value) / (abs(other_base.value) or 1.0)
    ratio = mine / theirs if theirs else (1.0 if mine >= 0 else -1.0)
    evidence = {"baseline": base.evidence(), "linked": {"indicator": other_id, "baseline": other_base.evidence(),
                                                       "value": other_point.evidence()},
                "ratio": round(ratio, 4),
                "arithmetic": f"change {fmt(round(mine * 100, 3))}% vs {other_id} {fmt(round(theirs * 100, 3))}%"}
    r = fmt(round(ratio, 2))
    head_zh = (f"{base.year}–{ctx.year}年变化 {fmt(round(mine * 100, 2))}%，"
               f"{other_indicator.name_zh}变化 {fmt(round(theirs * 100, 2))}%，比值 {r}")
    head_en = (f"change {base.year}–{ctx.year} {fmt(round(mine * 100, 2))}% vs {other_id} "
               f"{fmt(round(theirs * 100, 2))}%, ratio {r}")
    # the way the words say it moves (同比例提高: up), else the way the indicator is better (与卫生投入挂钩 of a
    # higher-is-better indicator: both falling is no step it was asked for); a neutral one has none
    way = {"up": 1, "down": -1}.get(ctx.rule.trend or ctx.rule.direction)
    if way is not None and mine * way <= 0:
        zh, en = ("未提高", "did not rise") if way > 0 else ("未下降", "did not fall")
        return Judgement("fail", f"{head_zh}：{zh}", f"{head_en}: {en}", "standing", evidence)
    if way is not None and theirs * way <= 0:  # it moved the way the words say, the other did not
        return Judgement("pass", f"{head_zh}：{other_indicator.name_zh}未同向变化，本指标按要求变化",
                         f"{head_en}: it moved as required, {other_id} did not", "standing", evidence)
    if ratio >= floor_of(ctx.policy.progress_on_track):
        return Judgement("pass", f"{head_zh}：同步", f"{head_en}: in step", "standing", evidence)
    if ratio > 0:
        return Judgement("warn", f"{head_zh}：同向但幅度不足", f"{head_en}: same way, but less", "standing", evidence,
                         near_miss=False)
    if ratio == 0:
        return Judgement("fail", f"{head_zh}：未变化", f"{head_en}: no change", "standing", evidence)
    return Judgement("fail", f"{head_zh}：反向变化", f"{head_en}: moves the other way", "standing", evidence)
