"""Compound targets: all_of (``达到85%，并保持持续上升``, ``A且B``, ``A and B``).

Each part is judged as a target of its own (same indicator, year and data); the verdict is the
worst of the parts' (fail, then warn, then n/a, then pass), and the evidence keeps every part's
status, reason and evidence, so each reason can be read on its own. A modifier only one part has
(``达到90%，力争95%``: 力争 on the second) weighs that part's status here; one every part has
weighs the whole, in the engine.

Example: 达到85%，并保持持续上升 (up), 2025: 86, rising 82 → 86 → pass; 86 but falling → fail.
"""

from __future__ import annotations

from checker.judge.kinds.base import Context, Judgement
from checker.records import replace

KINDS = ("all_of",)
#: a part may be any kind, linked ones included
READS_OTHER_INDICATORS = True
WORST_FIRST = ("fail", "warn", "n/a", "pass")


def check(ctx: Context) -> Judgement:
    from checker.judge.kinds import BY_KIND  # the registry imports this module

    judged = []
    for part in ctx.rule.parts:
        part_ctx = replace(ctx, target=replace(ctx.target, rule=part))
        judgement = BY_KIND[part.kind].check(part_ctx)
        for key in part.modifiers:
            if key not in ctx.rule.modifiers:
                judgement = replace(judgement, status=ctx.policy.apply(key, judgement.status))
        judged.append((part, judgement))
    worst = min(judged, key=lambda pair: WORST_FIRST.index(pair[1].status))[1]
    evidence = {"parts": [{"text": part.text if part.text != ctx.rule.text else None, "kind": part.kind,
                           "status": j.status, "reason": {"zh": j.zh, "en": j.en}, **j.evidence}
                          for part, j in judged]}
    zh = "；".join(f"（{i + 1}）{j.zh}" for i, (_, j) in enumerate(judged))
    en = "; ".join(f"({i + 1}) {j.en}" for i, (_, j) in enumerate(judged))
    return Judgement(worst.status, zh, en, worst.assessment, evidence, near_miss=worst.near_miss)
