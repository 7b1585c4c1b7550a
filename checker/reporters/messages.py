"""Every fixed string of the audit report and the spreadsheet export, in Chinese and English.

One catalogue, one place: ``MESSAGES[key] = (zh, en)``. :func:`t` picks the language and fills
``{placeholders}``. The HTML templates (``checker/reporters/templates/``) and ``checker.reporters.html`` /
``checker.reporters.xlsx`` take every word they print from here; tests check that each key has both
languages and that every key the templates use exists.

The engine's own reasons and the rule in words come with both languages already
(:class:`checker.judge.results.Reason`, :func:`checker.judge.explain.describe`); the evidence strings it writes
in formula English (``required pace … /yr``, ``pass: value ≤ 4‰``) are put into Chinese by
:func:`formula`, a word list rather than a translation.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGS = ("zh", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    "punct.sep": ("；", "; "),
    "punct.comma": ("，", ", "),
    "punct.colon": ("：", ": "),
    "reference.city": ("全市", "city"),
    "reference.province": ("全省", "province"),
    "reference.nation": ("全国", "nation"),
    # document
    "report.title": ("{title} 目标完成情况审计报告", "{title}: target audit report"),
    "report.subtitle": ("依据规划原文与年度数据逐项核查", "Each target checked against the plan's words and annual data"),
    "report.toc": ("目录", "Contents"),
    "report.page": ("第 {page} 页", "page {page}"),
    "report.generated_by": ("由 checker {version} 生成", "made by checker {version}"),
    # cover
    "cover.heading": ("封面与输入文件", "Cover and inputs"),
    "cover.plan": ("规划", "Plan"),
    "cover.document": ("文件号", "Document"),
    "cover.document_url": ("原文网址", "Published at"),
    "cover.url_not_linked": ("（非 http/https 地址，未设为链接）", " (not an http or https address: not made a link)"),
    "url.invisible": ("（含空白、控制或不可见字符，未设为链接）",
                      " (it holds a space, a control or an invisible character: not made a link)"),
    "url.non_ascii": ("（含非 ASCII 字符，可能是仿冒的域名，未设为链接）",
                      " (it holds non-ASCII characters, perhaps a look-alike host: not made a link)"),
    "url.backslash": ("（含反斜杠，浏览器会把它读作“/”，打开的网址与所示不同，未设为链接）",
                      " (it holds a backslash, which a browser reads as /, opening another address: not made a link)"),
    "url.userinfo": ("（主机名前带有“…@”用户信息，打开的是“@”后的主机，未设为链接）",
                     " (it carries a user name before an @, and opens the host after it: not made a link)"),
    "url.no_host": ("（http/https 地址缺少主机名，未设为链接）", " (an http or https address with no host: not made a link)"),
    "url.host": ("（主机名不是普通的域名或 IP 地址，未设为链接）", " (its host is not a plain domain name or IP address: not made a link)"),
    "cover.region": ("评估地区", "Region assessed"),
    "cover.references": ("参照地区", "Reference regions"),
    "cover.reference_item": ("{role}：{name}", "{role}: {name}"),
    "cover.base_year": ("基期年", "Base year"),
    "cover.target_years": ("目标年", "Target years"),
    "cover.assessment_year": ("评估年", "Assessment year"),
    "cover.as_of": ("截至 {year} 年（--as-of）", "as of {year} (--as-of)"),
    "cover.latest": ("各指标最新数据年份", "the latest year with data, per indicator"),
    "cover.years_used": ("本报告实际使用：{years}", "used in this report: {years}"),
    "cover.version": ("checker 版本", "checker version"),
    "cover.generated_at": ("生成时间", "Generated at"),
    "cover.generated_from.option": ("（--generated-at）", " (--generated-at)"),
    "cover.generated_from.env": ("（SOURCE_DATE_EPOCH）", " (SOURCE_DATE_EPOCH)"),
    "cover.generated_from.clock": ("（生成时的系统时间）", " (the clock when it was made)"),
    "cover.inspector": ("检查人", "Inspector"),
    "cover.signature": ("签名", "Signature"),
    "cover.date": ("日期", "Date"),
    "cover.policy": ("判定容差（所用政策）", "Tolerance bands used (policy)"),
    "cover.policy_default": ("默认政策 rules/policy.yaml", "the default policy, rules/policy.yaml"),
    "cover.policy_file": ("rules/policy.yaml，并以 {file} 覆盖", "rules/policy.yaml, overridden by {file}"),
    "cover.inputs": ("输入文件及其 SHA-256", "Input files and their SHA-256"),
    "cover.inputs_note": ("用 sha256sum 或 certutil -hashfile 文件名 SHA256 可核对每个文件与本报告所依据的是否一致。",
                          "Check that a file is the one this report was made from with sha256sum (or certutil -hashfile FILE SHA256)."),
    "cover.role": ("用途", "Role"),
    "cover.file": ("文件", "File"),
    "cover.sha256": ("SHA-256", "SHA-256"),
    "cover.details": ("说明", "Details"),
    "role.plan": ("规划文件", "plan"),
    "role.plan_bundled": ("规划文件（内置 {id}）", "plan (bundled {id})"),
    "role.data": ("数据文件", "data"),
    "role.previous": ("上一版数据", "previous submission"),
    "role.document": ("规划原文（据规划文件记载）", "plan document (as the plan file records it)"),
    "document.no_digest": ("规划文件未记载其摘要", "the plan file records no digest of it"),
    "role.rules": ("规则文件", "rules"),
    "role.policy": ("政策覆盖文件", "policy override"),
    "data.details": ("{encoding}，{layout}，{rows} 行", "{encoding}, {layout}, {rows} rows"),
    "layout.long": ("长表", "long"),
    "layout.wide": ("宽表", "wide"),
    "layout.by_place": ("分地区表", "by place"),
    # policy bands (cover and appendix)
    "policy.around": ("“左右”类目标：偏离目标值 ±{passing} 以内通过，±{warn} 以内警告，更远不通过；对有好坏方向的指标，更好的一侧总是通过",
                      "'around' targets: within ±{passing} of the target passes, within ±{warn} warns, further fails; for indicators with a better direction, the better side always passes"),
    "policy.bound": ("上限/下限类目标：未达到但差距不超过目标值的 {warn} 记为警告，更远不通过",
                     "bounds: missed by at most {warn} of the target warns, by more fails"),
    "policy.full_coverage": ("全覆盖（100%）：达到 {warn}% 及以上记为警告，更低不通过",
                             "full coverage (100%): {warn}% or more warns, less fails"),
    "policy.progress": ("目标年之前按进度评估：实际年均进度 ÷ 所需年均进度 ≥ {on_track} 通过（进度正常），≥ {lagging} 警告（滞后），< {lagging} 不通过（背离）",
                        "before the target year, progress: actual ÷ required yearly pace ≥ {on_track} passes (on track), ≥ {lagging} warns (lagging), below {lagging} fails (moving away)"),
    "policy.trend": ("趋势类目标：看最近 {window} 年的数据，变化不足 {flat} 视为持平（警告），窗口内少于 {points} 个年份不适用",
                     "trends: the last {window} years of data; a change under {flat} is flat (warn); fewer than {points} years is n/a"),
    "policy.maintain": ("“保持”类目标：差于基期值不超过 {tol} 通过，不超过 {tol2} 警告，更差不通过",
                        "'maintain' targets: worse than the base by at most {tol} passes, by at most {tol2} warns, by more fails"),
    "policy.cap_indicator": ("{name}：“左右”的通过带至多 ±{around_pass}、警告带至多 ±{around_warn}，上下限的警告带至多 "
                             "{bound_warn}（按目标值比例计算会过宽）",
                             "{name}: an 'around' band passes within at most ±{around_pass} and warns within "
                             "±{around_warn}, a bound warns within at most {bound_warn} (a share of the target would be "
                             "too wide)"),
    "policy.cap": ("以{unit}计的指标：“左右”的通过带至多 ±{around_pass}、警告带至多 ±{around_warn}，上下限的警告带至多 "
                   "{bound_warn}（按目标值比例计算会过宽）",
                   "in {unit}: an 'around' band passes within at most ±{around_pass} and warns within ±{around_warn}, "
                   "a bound warns within at most {bound_warn} (a share of the target would be too wide)"),
    "policy.strive": ("“力争”：{effect}", "targets to strive for: {effect}"),
    "policy.basically": ("“基本”（如基本全覆盖）：{effect}", "targets the plan softens (basically): {effect}"),
    "policy.binding": ("约束性指标：{effect}", "binding targets: {effect}"),
    "policy.advocacy": ("倡导性指标：{effect}", "advocacy targets: {effect}"),
    "effect.fail_to_warn": ("不通过记为警告", "a fail counts as a warn"),
    "effect.warn_to_fail": ("接近达标的警告记为不通过", "a near-miss warn counts as a fail"),
    "effect.at_most_warn": ("最差记为警告", "never worse than warn"),
    "effect.none": ("不改变结论", "no change"),
    # status
    "status.pass": ("通过", "PASS"),
    "status.warn": ("警告", "WARN"),
    "status.fail": ("不通过", "FAIL"),
    "status.n/a": ("不适用", "N/A"),
    "status.long.pass": ("通过：达标，或按进度可以如期达标", "pass: met, or on track to be met in time"),
    "status.long.warn": ("警告：接近达标（在容差内未达到）、进度滞后或基本持平", "warn: a near miss (within the tolerance band), lagging, or flat"),
    "status.long.fail": ("不通过：未达标，或与目标背道而驰", "fail: missed, or moving away from the target"),
    "status.long.n/a": ("不适用：无法判定，并写明原因（无数据、无参照值、目标由上级下达、规划未设定等）",
                        "n/a: cannot be judged, always with the reason (no data, no reference value, target set elsewhere, none set …)"),
    "assessment.value": ("按数值评估", "judged on the value"),
    "assessment.progress": ("按进度评估", "judged on progress"),
    "assessment.standing": ("按现状评估（任何时候都应成立）", "judged as it stands (holds at all times)"),
    "assessment.none": ("未评估", "not assessed"),
    # summary
    "summary.heading": ("结果摘要", "Summary"),
    "summary.total": ("共 {count} 项结果", "{count} results"),
    "summary.overall": ("全部", "All"),
    "summary.by_domain": ("按领域", "By domain"),
    "summary.by_nature": ("按指标属性", "By nature"),
    "summary.domain": ("领域", "Domain"),
    "summary.nature": ("属性", "Nature"),
    "summary.count": ("合计", "Total"),
    "summary.chart": ("各领域结果分布", "Results by domain"),
    "summary.attention": ("需要关注的结果（不通过与警告，约束性在前）", "Results that need attention (fails and warns, binding first)"),
    "summary.attention_none": ("没有不通过或警告的结果。", "No result fails or warns."),
    "summary.unknown": ("数据中有规划未列的指标，未纳入核查", "Indicators in the data that the plan does not have were left out"),
    "summary.unused": ("数据中其他未纳入核查的行", "Other data rows that were left out"),
    "summary.unused_reason": ("原因", "Reason"),
    "summary.unused_rows": ("行数", "Rows"),
    "summary.unused_first": ("首行", "First row"),
    "summary.unused_words": ("说明", "Explanation"),
    "summary.unknown_row": ("“{name}”：{rows} 行，首行 {first}", "{name!r}: {rows} row(s), first at {first}"),
    "summary.did_you_mean": ("是否指 {name}？", "did you mean {name}?"),
    "summary.cautions": ("数据的疑点（数值与目标相差约百倍、跳变、地区名写法不一等；本报告按数据原值评估，请核对数据）",
                         "Possible slips in the data (values 100 times off a target, jumps, a place written two ways; "
                         "the report takes the data as written)"),
    "summary.skipped": ("跳过的数据行（--skip-bad-rows）", "Data rows skipped (--skip-bad-rows)"),
    "conflicts.slips": ("规划文件的疑点（checker lint）", "Possible slips in the plan file (checker lint)"),
    "conflicts.slips_intro": ("以下各项会影响结论；本报告按规划文件原文评估，请核对规划原文。",
                            "Each of these can turn a verdict; this report judges the plan file as written: check "
                            "them against the plan's text."),
    "nature.约束性": ("约束性", "binding"),
    "nature.预期性": ("预期性", "expected"),
    "nature.倡导性": ("倡导性", "advocacy"),
    "nature.none": ("未标注", "not marked"),
    "domain.none": ("未分领域", "no domain"),
    # results
    "results.heading": ("逐项核查", "Target by target"),
    "results.intro": ("每项结果依次列出：规划原文及出处、规则释义、数据图、结论及计算过程、所用数据单元格。不适用的结果及原因集中列于“不适用的结果及原因”一表。",
                      "Each result gives the plan's words and where they stand, the rule in words, a chart of the data, the verdict with its arithmetic, and the data cells used. Results that are n/a are listed, with why, in one table under \u201cResults that are n/a, and why\u201d."),
    "results.none": ("没有可判定（通过、警告或不通过）的结果。", "No result is pass, warn or fail."),
    "na.intro": ("以下目标无法判定（缺少数据、参照值或可检查的目标），每行给出原因及规划出处。",
                 "These targets cannot be judged (no data, no reference value, or nothing checkable); each row gives why, and where the plan says it."),
    "result.target": ("目标", "Target"),
    "result.status": ("结论", "Status"),
    "result.plan_words": ("规划原文", "The plan's words"),
    "result.source": ("出处", "Source"),
    "result.source_line": ("{document} 原文第 {line} 行", "{document}, line {line} of the plan document"),
    "result.source_line_alone": ("规划原文第 {line} 行", "line {line} of the plan document"),
    "result.source_short": ("原文第 {line} 行", "plan document line {line}"),
    "result.source_none": ("规划文件未记录原文出处", "the plan file records no line of the plan document"),
    "result.plan_file": ("规划文件 {file} 第 {line} 行", "plan file {file}, line {line}"),
    "result.indicator": ("指标", "Indicator"),
    "result.id": ("编号", "id"),
    "result.unit": ("单位", "Unit"),
    "result.direction": ("方向", "Direction"),
    "result.responsible": ("责任单位", "Responsible"),
    "result.baselines": ("规划所列基期值", "Base values the plan states"),
    "result.rule": ("规则释义", "The rule in words"),
    "result.kind": ("类型", "Kind"),
    "result.meaning": ("含义", "Meaning"),
    "result.overridden": ("（由规划文件中的 rule: 指定）", " (set by `rule:` in the plan file)"),
    "result.progress": ("进度", "Progress"),
    "result.weights": ("修饰", "Modifier"),
    "result.chart": ("数据图", "Chart"),
    "result.no_chart": ("没有可绘制的数值数据。", "No numeric data to draw."),
    "result.verdict": ("结论", "Verdict"),
    "result.assessment": ("评估方式", "Assessment"),
    "result.assessment_year": ("评估年", "Assessment year"),
    "result.observed": ("实际值", "Observed"),
    "result.reason": ("理由", "Reason"),
    "result.arithmetic": ("计算", "Arithmetic"),
    "result.band": ("容差带", "Band"),
    "result.goal": ("目标值", "Target value"),
    "result.baseline": ("基期值", "Base value"),
    "result.baseline_value": ("{year}年 {value}（来自{origin}）", "{year}: {value} (from {origin})"),
    "result.origin.data": ("数据", "the data"),
    "result.origin.plan": ("规划", "the plan"),
    "result.reference": ("参照值", "Reference value"),
    "result.reference_value": ("{region} {year}年 {value}", "{region} {year}: {value}"),
    "result.ratio": ("实际进度 ÷ 所需进度", "Actual ÷ required pace"),
    "result.ratio_plain": ("比值", "Ratio"),
    "result.pace": ("所需 {required}/年，实际 {actual}/年", "required {required}/yr, actual {actual}/yr"),
    "result.weighed": ("修饰前结论", "Before the modifier"),
    "result.weighed_value": ("{before} → {after}（{why}）", "{before} → {after} ({why})"),
    "result.cells": ("所用数据单元格", "Data cells used"),
    "result.cells_none": ("没有使用数据单元格。", "No data cell was used."),
    "result.back": ("返回摘要", "back to the summary"),
    "cell.role": ("用途", "Used as"),
    "cell.region": ("地区", "Region"),
    "cell.year": ("年份", "Year"),
    "cell.value": ("数值", "Value"),
    "cell.text": ("原文", "As written"),
    "cell.unit": ("单位", "Unit"),
    "cell.where": ("位置（文件:行:列）", "Where (file:line:column)"),
    "cell.notes": ("备注", "Notes"),
    "cell.converted": ("由 {unit} 换算", "converted from {unit}"),
    "role.observation": ("评估年数据", "assessed value"),
    "role.baseline": ("基期值", "base value"),
    "role.reference": ("参照地区值", "reference value"),
    "role.first": ("趋势起点", "trend start"),
    "role.last": ("趋势终点", "trend end"),
    "role.linked": ("联动指标值", "linked indicator value"),
    "role.linked_baseline": ("联动指标基期值", "linked indicator base value"),
    "role.step_against": ("反向变化的年份（逐年）", "a year that moved the other way (every year)"),
    # chart
    "chart.observed": ("实际值（{region}）", "observed ({region})"),
    "chart.unit": ("（{unit}）", " ({unit})"),
    "chart.target": ("目标 {text}（{year}年）", "target {text} ({year})"),
    "chart.pass_band": ("通过区间", "pass band"),
    "chart.warn_band": ("警告区间", "warn band"),
    "chart.baseline": ("基期值", "base value"),
    "chart.required": ("所需进度", "required pace"),
    "chart.window": ("趋势窗口", "trend window"),
    "chart.assessed": ("评估点", "assessed"),
    "chart.caption": ("{name}：{region}{unit}", "{name}: {region}{unit}"),
    "chart.summary_caption": ("各领域结果数（按状态着色）", "Results per domain, coloured by status"),
    # conflicts, revisions, n/a
    "conflicts.heading": ("规划自身的矛盾", "Conflicts in the plan"),
    "conflicts.none": ("checker lint 未发现规划自身的矛盾。", "checker lint finds no conflict in the plan."),
    "conflicts.intro": ("以下为 checker lint 发现的规划内部不一致；两处原文均予保留，各自核查。",
                        "What checker lint finds inconsistent within the plan; both statements are kept and each is checked."),
    "conflicts.conflict": ("同一指标同一年份的两个目标含义不同", "two targets for the same indicator and year mean different things"),
    "conflicts.baseline-conflict": ("规划对同一年份给出了不同的基期值", "the plan states different base values for the same year"),
    "conflicts.where": ("位置", "Where"),
    "conflicts.what": ("问题", "Problem"),
    "conflicts.targets": ("涉及的目标", "Targets involved"),
    "revisions.heading": ("数据修订（与上一版比较）", "Revisions (compared with the previous submission)"),
    "revisions.none": ("与上一版数据相比没有修订。", "No value differs from the previous submission."),
    "revisions.old": ("上一版", "Previous"),
    "revisions.new": ("本次", "Now"),
    "revisions.change": ("变化", "Change"),
    "revisions.base_year": ("基期年", "base year"),
    "revisions.verdicts": ("结论（修订前 → 修订后）", "Verdict (before → after)"),
    "revisions.years": ("修订年份", "Years revised"),
    "revisions.changed": ("因修订而改变的结论", "Verdicts the revisions changed"),
    "na.heading": ("不适用的结果及原因", "Results that are n/a, and why"),
    "na.none": ("没有不适用的结果。", "No result is n/a."),
    # appendix
    "appendix.heading": ("附录：方法说明", "Appendix: method"),
    "appendix.statuses": ("结论的含义", "What the statuses mean"),
    "appendix.year": ("评估年", "The assessment year"),
    "appendix.year_text": ("不指定 --as-of 时，若数据含目标年则以目标年评估，否则以最新数据年份评估；指定 --as-of 时，以不晚于该年的最新数据年份评估。评估年不早于目标年时按数值评估；早于目标年时按进度评估。与参照地区比较、趋势、保持、联动等任何时候都应成立的目标按现状评估。",
                           "Without --as-of, the target year if the data has it, else the latest year with data; with --as-of, the latest year with data up to it. From the target year on the value is judged; before it, progress. Targets that hold at all times (against a reference region, trends, maintain, linked) are judged as they stand."),
    "appendix.progress": ("进度评估", "Progress"),
    "appendix.progress_text": ("已达标即通过。否则，所需年均进度 =（目标值 − 基期值）÷（目标年 − 基期年），实际年均进度 =（评估年值 − 基期值）÷（评估年 − 基期年），二者之比即进度比。基期值优先取数据中基期年的观测值，没有时取规划文件所列的基期值，结论中注明来源。基期已达标而评估年未达标的，视为退步，按数值判定。",
                               "Already met passes. Otherwise the required yearly pace = (target − base value) ÷ (target year − base year), the actual yearly pace = (value − base value) ÷ (assessment year − base year), and their ratio is the progress ratio. The base value is the data's value in the base year, else the plan's own (the reason says which). A target met at the base and missed now has gone backwards and is judged on the value."),
    "appendix.bands": ("容差带", "Tolerance bands"),
    "appendix.bands_text": ("以下数值来自本次所用的政策文件；每项结论都列出其所用的容差带。", "These numbers come from the policy used for this report; every verdict lists the band it used."),
    "appendix.weights": ("“力争”与指标属性", "力争 and the nature of a target"),
    "appendix.data": ("数据与可追溯性", "Data and traceability"),
    "appendix.data_text": ("每个数值都注明数据文件、行号和列号，以及单元格原文和备注（如“快报数”）；单位不同的数据按规划单位换算并注明原单位。数据中规划未列的指标单独列出，不会被静默丢弃。规划原文的行号指规划所依据的原文文本（表格中一个单元格一行）。",
                          "Every value names its data file, line and column, with the cell as written and its notes (such as a note that a figure is preliminary); values in another unit are converted to the plan's unit and the original unit is shown. Indicators in the data that the plan lacks are listed, never silently dropped. Source line numbers refer to the plan document the targets were taken from (tables: one cell a line)."),
    "appendix.reproduce": ("复核与重现", "Checking and reproducing"),
    "appendix.reproduce_text": ("相同的输入文件、相同的 checker 版本和相同的生成时间，生成的报告逐字节相同。可用下列命令重新生成：",
                                "The same input files, checker version and generation time give a byte-identical report. Made again with:"),
    # spreadsheet
    "xlsx.results": ("结果", "Results"),
    "xlsx.evidence": ("证据", "Evidence"),
    "xlsx.inputs": ("输入文件", "Inputs"),
    "xlsx.left_out": ("未纳入", "Left out"),
    "xlsx.subject": ("对象", "Subject"),
    "xlsx.number": ("序号", "#"),
    "xlsx.name_zh": ("指标名称", "Name (zh)"),
    "xlsx.name_en": ("英文名称", "Name (en)"),
    "xlsx.target_year": ("目标年", "Target year"),
    "xlsx.target_text": ("目标（原文）", "Target (as written)"),
    "xlsx.kind": ("规则类型", "Rule kind"),
    "xlsx.status": ("结论", "Status"),
    "xlsx.source_line": ("原文行号", "Source line"),
    "xlsx.quote": ("原文摘录", "Quote"),
    "xlsx.plan_line": ("规划文件行号", "Plan file line"),
    "xlsx.key": ("项目", "Item"),
    "xlsx.item_value": ("内容", "Value"),
    "xlsx.id": ("指标代码", "Indicator id"),
    "xlsx.status_code": ("结论代码", "Status code"),
    "xlsx.data_unit": ("数据原单位", "Data unit"),
    "xlsx.line": ("行", "Line"),
    "xlsx.column": ("列", "Column"),
    "xlsx.sheet": ("工作表", "Sheet"),
    "xlsx.cell": ("单元格", "Cell"),
}

#: a pattern, compiled by ``re`` on first use (only the tests ask for a message's placeholders)
_PLACEHOLDER = r"{(\w+)(![rs])?}"


def t(key: str, lang: str = "zh", **values: object) -> str:
    """The message ``key`` in ``lang`` (zh | en), with ``{name}`` placeholders filled from ``values``."""
    zh, en = MESSAGES[key]
    text = en if lang == "en" else zh
    return text.format(**values) if values or "{" in text else text


def placeholders(key: str) -> set[str]:
    """The names a message needs (the same in both languages; the tests check it)."""
    return {match.group(1) for text in MESSAGES[key] for match in re.finditer(_PLACEHOLDER, text)}


#: Formula English in the engine's evidence (bands, arithmetic) → Chinese; longest first.
FORMULA_ZH = (
    ("required pace", "所需进度"),
    ("actual pace", "实际进度"),
    ("points/yr", "个百分点/年"),
    ("%/yr", "%/年"),
    ("/yr", "/年"),
    ("worse than base by", "差于基期"),
    ("worse by", "差于基期"),
    ("flat only without change from 0", "持平：自0起无变化"),
    ("flat below", "持平：变化 <"),
    ("observed", "实际"),
    ("target", "目标"),
    ("change", "变化"),
    ("pass: ", "通过："),
    ("warn: ", "警告："),
    ("value", "值"),
    ("any", "任意"),
    (" or ", " 或 "),
    (" vs ", " 对比 "),
    ("data", "数据"),
    ("read as yes", "读作“是”"),
    ("read as no", "读作“否”"),
    ("; ", "；"),
)


@lru_cache(maxsize=8192)
def formula(text: str | None, lang: str, unit: str | None = None) -> str:
    """An evidence string (band, arithmetic) in ``lang``: numbers and symbols stay, the few words change;
    in English the amounts of the indicator's ``unit`` are named in words (``12 per 100,000``).
    Kept for the next call: a national run asks for the same target's band in every region."""
    if not text:
        return ""
    if lang != "zh":
        from checker.language.units import in_english

        return in_english(text, unit)
    return re.sub(_FORMULA_PATTERN, lambda match: _FORMULA_WORDS[match.group(0)], text)


_FORMULA_WORDS = dict(FORMULA_ZH)


def _whole(english: str) -> str:
    return re.escape(english) + (r"(?![\w])" if english[-1].isalnum() else "")


#: Whole words only, so that an indicator id such as ``data_coverage`` in the arithmetic stays as it is.
#: The words that begin with a letter share one look-behind: with one per word, every character of the
#: text was tried against all of them (4× slower). A word that begins with a letter and one that does
#: not never match at the same place, so trying the first kind first changes no match; the order
#: within each kind is kept. A pattern, compiled by ``re`` on first use (the table never asks for it).
_FORMULA_PATTERN = (r"(?<![\w])(?:" + "|".join(_whole(english) for english, _ in FORMULA_ZH if english[0].isalnum())
                    + ")|" + "|".join(_whole(english) for english, _ in FORMULA_ZH if not english[0].isalnum()))
