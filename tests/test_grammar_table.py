"""The phrase grammar, phrase by phrase: what each target phrase of the seed plans means.

Each row is ``(text, indicator unit, direction, kind, op, value, upper, other)``; ``other`` holds the
fields that differ from the defaults (``unit`` = the indicator's unit; reference, base_year, change,
trend, year, subject = None; modifiers, notes = ()). Every field of the parsed rule is asserted, not
just "no exception". Phrases come from the five seed plans (/work/shared/seeds, file:line in the
comments), their main tables and their body text, plus full-width, annotated, unit-converting and
doubled forms, and the examples of design.md §2.

``BAD`` lists phrases that must raise GrammarError, with a message that shows the phrase.
"""

from __future__ import annotations

import pytest

from checker.errors import CheckerError, GrammarError
from checker.language.grammar import parse_target

STAR = "* (annotated)"
DOUBLED = "左右 written twice in the plan"

ROWS = [
    # --- 000 Nan'an, 表1 (lines 136-250) --------------------------------------------------------------
    ("79.7", "岁", "up", "reach", ">=", 79.7, None, {}),
    ("≤4‰", "‰", "down", "upper_bound", "<=", 4, None, {}),
    ("≤4", "‰", "down", "upper_bound", "<=", 4, None, {}),
    ("≤12", "1/10万", "down", "upper_bound", "<=", 12, None, {}),
    ("-", "%", "up", "unspecified", None, None, None, {}),
    ("25左右", "%", "up", "around", "≈", 25, None, {}),
    ("43", "%", "up", "reach", ">=", 43, None, {}),
    ("高于全省平均值", "%", "up", "vs_reference", ">", None, None, {"reference": "province"}),
    ("低于全省平均值", "%", "down", "vs_reference", "<", None, None, {"reference": "province"}),
    ("低于全省平均值", "‰", "down", "vs_reference", "<", None, None, {"reference": "province"}),  # baseline cell
    ("2左右", "人", "up", "around", "≈", 2, None, {}),
    ("25左右", "%", "down", "around", "≈", 25, None, {}),
    ("97.5", "%", "up", "reach", ">=", 97.5, None, {}),
    ("？", "万亿元", "up", "unspecified", None, None, None, {}),
    ("—", "万亿元", "up", "unspecified", None, None, None, {}),
    ("4.24", "‰", "down", "reach", "<=", 4.24, None, {}),  # 2015 baseline
    # --- 001 Raoping, 主要指标 (lines 133-241) ----------------------------------------------------------
    (">82", "岁", "up", "lower_bound", ">", 82, None, {}),
    ("＜3", "‰", "down", "upper_bound", "<", 3, None, {}),
    ("4", "‰", "down", "reach", "<=", 4, None, {}),
    ("＜12", "1/10万", "down", "upper_bound", "<", 12, None, {}),
    ("96", "%", "up", "reach", ">=", 96, None, {}),
    ("比全国平均水平高5个百分点", "%", "up", "offset_vs_reference", ">=", 5, None,
     {"reference": "nation", "change": "points"}),
    ("35.1", "万人", "up", "reach", ">=", 35.1, None, {}),
    ("比2015年降低20%", "%", "down", "vs_baseline", "<=", -20, None, {"base_year": 2015, "change": "percent"}),
    ("＜25", None, "down", "upper_bound", "<", 25, None, {}),
    ("≥95", "%", "up", "lower_bound", ">=", 95, None, {}),
    ("100", "%", "up", "full_coverage", ">=", 100, None, {}),
    ("＞86", "%", "up", "lower_bound", ">", 86, None, {}),
    ("下降30%", "1/万", "down", "vs_baseline", "<=", -30, None, {"change": "percent"}),
    (">0.007", "万亿元", "up", "lower_bound", ">", 0.007, None, {}),
    ("27.97（2021年）", "%", "down", "reach", "<=", 27.97, None, {"notes": ("value of 2021",)}),  # 205
    # --- 002 Nantong, 主要指标 (lines 203-217) ----------------------------------------------------------
    ("≥83", "岁", "up", "lower_bound", ">=", 83, None, {}),
    ("保持较好控制水平", "‰", "down", "maintain", "<=", None, None, {}),
    ("保持较好控制水平", "1/10万", "down", "maintain", "<=", None, None, {}),
    # a low level of a disease named by what is measured (感染, 流行)
    ("维持在较低的感染水平", "%", "down", "maintain", "<=", None, None, {}),
    ("血吸虫病继续保持在低的流行水平", "%", "down", "maintain", "<=", None, None, {"subject": "血吸虫病继续"}),
    ("≤10", "%", "down", "upper_bound", "<=", 10, None, {}),
    ("≤30", "%", "down", "upper_bound", "<=", 30, None, {}),  # 2017 baseline cell
    ("28左右", "%", "down", "around", "≈", 28, None, {}),
    ("持续改善", "%", "up", "trend", None, None, None, {"trend": "up"}),
    ("持续改善", "%", "down", "trend", None, None, None, {"trend": "down"}),
    ("396.75 (快报数)", "亿元", "up", "reach", ">=", 396.75, None, {"notes": ("快报数",)}),  # 216
    ("396.75（快报数）", "亿元", "up", "reach", ">=", 396.75, None, {"notes": ("快报数",)}),
    ("1160", "亿元", "up", "reach", ">=", 1160, None, {}),
    # --- 003 Fuzhou, 表1 (lines 86-274) ----------------------------------------------------------------
    ("80", "岁", "up", "reach", ">=", 80, None, {}),
    ("3.43‰", "‰", "down", "reach", "<=", 3.43, None, {}),
    ("4‰以下", "‰", "down", "upper_bound", "<=", 4, None, {}),
    ("12.35/10万", "1/10万", "down", "reach", "<=", 12.35, None, {}),
    ("12/10万以下", "1/10万", "down", "upper_bound", "<=", 12, None, {}),
    ("6.30", "张", "up", "reach", ">=", 6.3, None, {}),
    ("＞95%", "%", "up", "lower_bound", ">", 95, None, {}),
    ("＞98", "%", "up", "lower_bound", ">", 98, None, {}),
    ("2021年开始做", "%", "up", "unspecified", None, None, None, {}),
    ("52.81%", "%", "up", "reach", ">=", 52.81, None, {}),
    ("70左右", "%", "up", "around", "≈", 70, None, {}),
    ("逐步下降", "%", "down", "trend", None, None, None, {"trend": "down"}),
    ("12.2左右", "‰", "neutral", "around", "≈", 12.2, None, {}),
    ("≤28", "%", "down", "upper_bound", "<=", 28, None, {}),
    # --- 004 Nanyang, 主要发展指标 (lines 58-222) -------------------------------------------------------
    ("78.7", "岁", "up", "reach", ">=", 78.7, None, {}),
    ("同比例提高", "岁", "up", "linked", None, None, None, {"trend": "up"}),
    ("≤5.0", "‰", "down", "upper_bound", "<=", 5, None, {}),
    ("≤9.5", "1/10万", "down", "upper_bound", "<=", 9.5, None, {}),
    ("16.5*", "%", "down", "reach", "<=", 16.5, None, {"notes": (STAR,)}),  # 92, baseline
    ("持续提升", "%", "up", "trend", None, None, None, {"trend": "up"}),
    ("≥92.18", "%", "up", "lower_bound", ">=", 92.18, None, {}),
    ("22", "%", "down", "reach", "<=", 22, None, {}),
    ("＞4.3", "人", "up", "lower_bound", ">", 4.3, None, {}),
    ("比“十三五”末提高30%", "人", "up", "vs_baseline", ">=", 30, None, {"base_year": 2020, "change": "percent"}),
    ("力争年均下降1个百分点", "%", "down", "annual_rate", "<=", -1, None,
     {"change": "points", "modifiers": ("strive",)}),
    ("按国家下达目标", "%", "up", "external", None, None, None, {}),
    ("27左右", "%", "down", "around", "≈", 27, None, {}),
    ("7.5左右", "%", "up", "around", "≈", 7.5, None, {}),
    # --- full-width and spaced forms ---------------------------------------------------------------------
    ("＜１０", "%", "down", "upper_bound", "<", 10, None, {}),
    ("≥９５％", "%", "up", "lower_bound", ">=", 95, None, {}),
    ("１２．２左右", "‰", "neutral", "around", "≈", 12.2, None, {}),
    ("＞８２岁", "岁", "up", "lower_bound", ">", 82, None, {}),
    ("１００％", "%", "up", "full_coverage", ">=", 100, None, {}),
    ("比２０１５年降低２０％", "%", "down", "vs_baseline", "<=", -20, None, {"base_year": 2015, "change": "percent"}),
    ("０．８～１．２", "‰", "neutral", "range", "between", 0.8, 1.2, {}),
    ("≦4", "‰", "down", "upper_bound", "<=", 4, None, {}),
    ("25 左右", "%", "down", "around", "≈", 25, None, {}),
    ("≥ 95 %", "%", "up", "lower_bound", ">=", 95, None, {}),
    # --- units in the phrase, and conversion to the indicator's unit --------------------------------------
    ("≤4‰", "%", "down", "upper_bound", "<=", 0.4, None, {"notes": ("converted from 4‰",)}),
    ("≤４‰", "%", "down", "upper_bound", "<=", 0.4, None, {"notes": ("converted from 4‰",)}),
    ("5‰", "%", "down", "reach", "<=", 0.5, None, {"notes": ("converted from 5‰",)}),
    ("4‰以下", "%", "down", "upper_bound", "<=", 0.4, None, {"notes": ("converted from 4‰",)}),
    ("0.5%", "‰", "down", "reach", "<=", 5, None, {"notes": ("converted from 0.5%",)}),
    ("500/10万", "%", "down", "reach", "<=", 0.5, None, {"notes": ("converted from 500/10万",)}),
    ("5‰～8‰", "%", "neutral", "range", "between", 0.5, 0.8, {"notes": ("converted from 5–8‰",)}),
    ("18/10万", "1/10万", "down", "reach", "<=", 18, None, {}),
    ("37万人", "万人", "up", "reach", ">=", 37, None, {}),
    ("37万人", "人", "up", "reach", ">=", 370000, None, {"notes": ("converted from 37万人",)}),
    ("85%以上", "%", "up", "lower_bound", ">=", 85, None, {}),
    ("85%以上", None, "up", "lower_bound", ">=", 85, None, {"unit": "%"}),
    ("≤4‰", None, "down", "upper_bound", "<=", 4, None, {"unit": "‰"}),
    ("80岁以上", "岁", "up", "lower_bound", ">=", 80, None, {}),
    ("约80岁", "岁", "up", "around", "≈", 80, None, {}),
    # --- design.md §2 forms -------------------------------------------------------------------------------
    ("控制在20%以内", "%", "down", "upper_bound", "<=", 20, None, {}),
    ("控制在20%", "%", "down", "upper_bound", "<=", 20, None, {}),
    ("12.3以下", "%", "down", "upper_bound", "<=", 12.3, None, {}),
    ("10以内", "%", "down", "upper_bound", "<=", 10, None, {}),
    ("不高于30", "%", "down", "upper_bound", "<=", 30, None, {}),
    ("不超过30%", "%", "down", "upper_bound", "<=", 30, None, {}),
    ("低于10", "%", "down", "upper_bound", "<", 10, None, {}),
    ("小于10", "%", "down", "upper_bound", "<", 10, None, {}),
    ("不低于90", "%", "up", "lower_bound", ">=", 90, None, {}),
    ("不少于2.3", "人", "up", "lower_bound", ">=", 2.3, None, {}),
    ("超过90", "%", "up", "lower_bound", ">", 90, None, {}),
    ("高于90", "%", "up", "lower_bound", ">", 90, None, {}),
    ("80", "%", "neutral", "reach", "≈", 80, None, {}),
    ("约25", "%", "down", "around", "≈", 25, None, {}),
    ("约为25%", "%", "down", "around", "≈", 25, None, {}),
    ("100%", "%", "up", "full_coverage", ">=", 100, None, {}),
    ("全覆盖", "%", "up", "full_coverage", ">=", 100, None, {}),
    ("实现全覆盖", "%", "up", "full_coverage", ">=", 100, None, {}),
    ("全覆盖", None, "up", "full_coverage", ">=", 100, None, {"unit": "%"}),
    ("0.8～1.2", "%", "neutral", "range", "between", 0.8, 1.2, {}),
    ("1.2～0.8", "%", "neutral", "range", "between", 0.8, 1.2, {}),
    ("3-5", "人", "up", "range", "between", 3, 5, {}),
    ("3至5", "人", "up", "range", "between", 3, 5, {}),
    ("3%-5%", "%", "neutral", "range", "between", 3, 5, {}),
    # the unit after the upper end is the range's: "8～10‰" of a % indicator is 0.8–1%, not 8–10%
    ("8～10‰", "%", "neutral", "range", "between", 0.8, 1.0, {"notes": ("converted from 8–10‰",)}),
    ("8～10‰", None, "neutral", "range", "between", 8, 10, {"unit": "‰"}),
    ("建成1-2所", "所", "up", "range", "between", 1, 2, {}),
    ("低于全国平均水平", "%", "down", "vs_reference", "<", None, None, {"reference": "nation"}),
    ("不低于全市平均", "%", "up", "vs_reference", ">=", None, None, {"reference": "city"}),
    ("优于全省平均水平", "%", "down", "vs_reference", "<", None, None, {"reference": "province"}),
    ("达到或优于全省平均水平", "%", "down", "vs_reference", "<=", None, None, {"reference": "province"}),
    ("高于全国平均水平5个百分点", "%", "up", "offset_vs_reference", ">=", 5, None,
     {"reference": "nation", "change": "points"}),
    ("比全省平均水平低2个百分点", "%", "down", "offset_vs_reference", "<=", -2, None,
     {"reference": "province", "change": "points"}),
    ("比全国平均高10%", "%", "up", "offset_vs_reference", ">=", 10, None,
     {"reference": "nation", "change": "percent"}),
    ("下降30%", "%", "down", "vs_baseline", "<=", -30, None, {"change": "percent"}),
    # a fraction in digits is a share, as 三分之一 is: 降低1/3 of a ‰ rate is a third less, not −333‰ points
    ("降低1/3", "‰", "down", "vs_baseline", "<=", -100 / 3, None, {"change": "percent"}),
    ("比2015年下降三分之一", "%", "down", "vs_baseline", "<=", -100 / 3, None, {"base_year": 2015, "change": "percent"}),
    ("2/3以上", "%", "up", "lower_bound", ">=", 200 / 3, None, {}),
    ("提高2个百分点", "%", "up", "vs_baseline", ">=", 2, None, {"change": "points"}),
    ("提高2%", "%", "up", "vs_baseline", ">=", 2, None, {"change": "percent"}),
    ("下降10个百分点", "%", "down", "vs_baseline", "<=", -10, None, {"change": "points"}),
    ("较2020年下降2个百分点", "%", "down", "vs_baseline", "<=", -2, None, {"base_year": 2020, "change": "points"}),
    ("与2020年相比下降10%", "%", "down", "vs_baseline", "<=", -10, None, {"base_year": 2020, "change": "percent"}),
    ("提高20%以上", "%", "up", "vs_baseline", ">=", 20, None, {"change": "percent"}),
    ("年均增长7.5%左右", "%", "up", "annual_rate", "≈", 7.5, None, {"change": "percent"}),
    ("年均增长5%以上", "%", "up", "annual_rate", ">=", 5, None, {"change": "percent"}),
    ("年均下降2%", "%", "down", "annual_rate", "<=", -2, None, {"change": "percent"}),
    ("稳中有降", "%", "down", "trend", None, None, None, {"trend": "down"}),
    ("持续减缓", "%", "down", "trend", None, None, None, {"trend": "down"}),
    ("逐年提升", "%", "up", "trend", None, None, None, {"trend": "up", "modifiers": ("every_year",)}),
    ("保持", "%", "down", "maintain", "<=", None, None, {}),
    ("与人均预期寿命同比例提高", "岁", "up", "linked", None, None, None, {"notes": ("object: 人均预期寿命",), "trend": "up"}),
    ("完成省下达任务", "%", "up", "external", None, None, None, {}),
    ("实现", "%", "up", "achieved", "==", None, None, {}),
    ("建成", None, "up", "achieved", "==", None, None, {}),
    ("完成", None, "up", "achieved", "==", None, None, {}),
    ("", "%", "up", "unspecified", None, None, None, {}),
    # --- 力争 (strive) and doubled 左右 --------------------------------------------------------------------
    ("力争达到80%", "%", "up", "reach", ">=", 80, None, {"modifiers": ("strive",)}),
    ("争取达到80", "%", "up", "reach", ">=", 80, None, {"modifiers": ("strive",)}),
    ("力争≥95", "%", "up", "lower_bound", ">=", 95, None, {"modifiers": ("strive",)}),
    ("力争25左右", "%", "down", "around", "≈", 25, None, {"modifiers": ("strive",)}),
    ("力争年均增长5%", "%", "up", "annual_rate", ">=", 5, None, {"change": "percent", "modifiers": ("strive",)}),
    ("25左右左右", "%", "down", "around", "≈", 25, None, {"notes": (DOUBLED,)}),
    ("年均增长7.5%左右左右", "%", "up", "annual_rate", "≈", 7.5, None, {"change": "percent", "notes": (DOUBLED,)}),
    ("比2020年提高10%左右左右", "%", "up", "vs_baseline", "≈", 10, None,
     {"base_year": 2020, "change": "percent", "notes": (DOUBLED,)}),
    # --- 000 Nan'an, body text ---------------------------------------------------------------------------
    ("到2030年，全民健康知识知晓率达80%", "%", "up", "reach", ">=", 80, None,  # 260
     {"year": 2030, "subject": "全民健康知识知晓率"}),
    ("到2030年，健康教育按要求开课率达100%", "%", "up", "full_coverage", ">=", 100, None,  # 264
     {"year": 2030, "subject": "健康教育按要求开课率"}),
    ("严重精神障碍患者管理率达85%以上", "%", "up", "lower_bound", ">=", 85, None,  # 269
     {"subject": "严重精神障碍患者管理率"}),
    ("严重精神障碍患者管理率达90%左右", "%", "up", "around", "≈", 90, None, {"subject": "严重精神障碍患者管理率"}),
    ("全市人均每日食盐摄入量降低至6克左右", "克", "down", "around", "≈", 6, None,  # 281
     {"subject": "全市人均每日食盐摄入量"}),
    ("到2025年，15岁以上人群吸烟率控制在25%以内", "%", "down", "upper_bound", "<=", 25, None,  # 285
     {"year": 2025, "subject": "15岁以上人群吸烟率"}),
    ("到2030年，15岁以上人群吸烟率降低到20%以下", "%", "down", "upper_bound", "<=", 20, None,
     {"year": 2030, "subject": "15岁以上人群吸烟率"}),
    ("全市人均体育场地面积到2030年不低于2.5平方米", "平方米", "up", "lower_bound", ">=", 2.5, None,  # 302
     {"year": 2030, "subject": "全市人均体育场地面积"}),
    ("到2030年，全市中小学生《国家学生体质健康标准》测试合格率达到92%", "%", "up", "reach", ">=", 92, None,  # 309
     {"year": 2030, "subject": "全市中小学生《国家学生体质健康标准》测试合格率"}),
    ("学校体育场地设施与器材配置达标率达到100%", "%", "up", "full_coverage", ">=", 100, None,
     {"subject": "学校体育场地设施与器材配置达标率"}),
    ("青少年学生每周参加中等强度体育活动3次以上", "次", "up", "lower_bound", ">=", 3, None,
     {"subject": "青少年学生每周参加中等强度体育活动"}),
    ("《国家学生体质健康标准》测试优秀率逐年提升", "%", "up", "trend", None, None, None,
     {"trend": "up", "subject": "《国家学生体质健康标准》测试优秀率", "modifiers": ("every_year",)}),
    # 得到 opens the target, not the name: "…得到较大提高" after a subject (较 is no comparison here)
    ("健康期望寿命得到较大提高", "岁", "up", "trend", None, None, None, {"trend": "up", "subject": "健康期望寿命"}),
    ("健康期望寿命得到明显提高", "岁", "up", "trend", None, None, None, {"trend": "up", "subject": "健康期望寿命"}),
    # a rank verb after a name opens the target (位居全省前列 alone was read; after a name it was refused)
    ("人均期望寿命位居全省前列", "岁", "up", "vs_reference", ">=", None, None,
     {"subject": "人均期望寿命", "reference": "全省前列"}),
    ("职工医保待遇达到或保持全省领先水平", "%", "up", "vs_reference", ">=", None, None,
     {"subject": "职工医保待遇", "reference": "全省领先水平"}),
    # 负压 (negative pressure) is part of a name, not the 负 of 负增长
    ("传染病医院负压病房数不少于200张", "张", "up", "lower_bound", ">=", 200, None, {"subject": "传染病医院负压病房数"}),
    ("到2030年，实现每千常住人口公共卫生人员数≥2", "人", "up", "lower_bound", ">=", 2, None,  # 317
     {"year": 2030, "subject": "每千常住人口公共卫生人员数"}),
    ("每千常住人口公共卫生人员力争达到0.9人", "人", "up", "reach", ">=", 0.9, None,
     {"subject": "每千常住人口公共卫生人员", "modifiers": ("strive",)}),
    ("到2025年，艾滋病病毒感染人数控制在3.5万人以下", "人", "down", "upper_bound", "<=", 35000, None,  # 321
     {"year": 2025, "subject": "艾滋病病毒感染人数", "notes": ("converted from 3.5万人",)}),
    ("发现并治疗肺结核患者达6.5万人以上", "万人", "up", "lower_bound", ">=", 6.5, None,
     {"subject": "发现并治疗肺结核患者"}),
    ("高血压和糖尿病患者规范管理率均达到60%以上", "%", "up", "lower_bound", ">=", 60, None,  # 325
     {"subject": "高血压和糖尿病患者规范管理率"}),
    ("高血压和糖尿病患者规范管理率均≥80", "%", "up", "lower_bound", ">=", 80, None,
     {"subject": "高血压和糖尿病患者规范管理率"}),
    ("均≥80", "%", "up", "lower_bound", ">=", 80, None, {}),
    ("总体癌症5年生存率提高15%左右", "%", "up", "vs_baseline", "≈", 15, None,
     {"change": "percent", "subject": "总体癌症5年生存率"}),
    ("12岁儿童患龋率控制在25%以内", "%", "down", "upper_bound", "<=", 25, None, {"subject": "12岁儿童患龋率"}),
    ("到2030年，力争达到每千人口拥有3岁以下婴幼儿托位数4.5个", "个", "up", "reach", ">=", 4.5, None,  # 331
     {"year": 2030, "subject": "每千人口拥有3岁以下婴幼儿托位数", "modifiers": ("strive",)}),
    ("到2030年，每千常住人口医疗机构床位达6.1张左右", "张", "up", "around", "≈", 6.1, None,  # 341
     {"year": 2030, "subject": "每千常住人口医疗机构床位"}),
    ("到2030年，孕产妇死亡率等指标≤12/10万", "1/10万", "down", "upper_bound", "<=", 12, None,  # 355
     {"year": 2030, "subject": "孕产妇死亡率等指标"}),
    ("到2030年，65岁以上老年人健康管理率达到75%以上", "%", "up", "lower_bound", ">=", 75, None,  # 374
     {"year": 2030, "subject": "65岁以上老年人健康管理率"}),
    ("到2030年，森林覆盖率保持在42.81%以上", "%", "up", "lower_bound", ">=", 42.81, None,  # 390
     {"year": 2030, "subject": "森林覆盖率"}),
    ("城市空气质量优良天数比例达到97.9%以上", "%", "up", "lower_bound", ">=", 97.9, None,
     {"subject": "城市空气质量优良天数比例"}),
    ("近岸海域达到或优于Ⅱ类水质标准的面积比例达到72%以上", "%", "up", "lower_bound", ">=", 72, None,
     {"subject": "近岸海域达到或优于II类水质标准的面积比例"}),
    ("公共场所无害化卫生公厕力争达到98%", "%", "up", "reach", ">=", 98, None,  # 420
     {"subject": "公共场所无害化卫生公厕", "modifiers": ("strive",)}),
    ("农村无害化卫生厕所普及率达到 97%", "%", "up", "reach", ">=", 97, None, {"subject": "农村无害化卫生厕所普及率"}),
    ("工作场所职业病危害因素监测率达到90%以上", "%", "up", "lower_bound", ">=", 90, None,  # 442
     {"subject": "工作场所职业病危害因素监测率"}),
    ("全市职业人群新发尘肺病病例年均增长率逐步下降", "%", "down", "trend", None, None, None,
     {"trend": "down", "subject": "全市职业人群新发尘肺病病例年均增长率"}),
    ("到2030年，力争实现道路交通万车死亡率下降30%", "1/万", "down", "vs_baseline", "<=", -30, None,  # 446
     {"change": "percent", "year": 2030, "subject": "道路交通万车死亡率", "modifiers": ("strive",)}),
    ("突发事件卫生应急处置能力和紧急医学救援能力达到省内平均水平", None, "up", "vs_reference", ">=", None, None,  # 454
     {"reference": "province", "subject": "突发事件卫生应急处置能力和紧急医学救援能力"}),
    ("全市水源地水质达标率达95%以上", "%", "up", "lower_bound", ">=", 95, None,  # 460
     {"subject": "全市水源地水质达标率"}),
    ("到2030年受污染耕地安全利用率达到91%左右", "%", "up", "around", "≈", 91, None,
     {"year": 2030, "subject": "受污染耕地安全利用率"}),
    ("到2030年，全市居民个人现金卫生支出占卫生总费用比重下降至25％左右", "%", "down", "around", "≈", 25, None,  # 561
     {"year": 2030, "subject": "全市居民个人现金卫生支出占卫生总费用比重"}),
    ("到2030年每万常住人口全科医生数达到3名以上", "人", "up", "lower_bound", ">=", 3, None,  # 575
     {"year": 2030, "subject": "每万常住人口全科医生数"}),
    ("到2030年，实现每千人拥有社会体育指导员不少于2.3名", "人", "up", "lower_bound", ">=", 2.3, None,  # 578
     {"year": 2030, "subject": "每千人拥有社会体育指导员"}),
    ("建成达到国家标准的生态文明区", None, "up", "achieved", "==", None, None,  # 386
     {"notes": ("object: 达到国家标准的生态文明区",)}),
    # --- 001 Raoping, body text --------------------------------------------------------------------------
    ("人均每日食盐摄入量降低20%", "克", "down", "vs_baseline", "<=", -20, None,  # 23
     {"change": "percent", "subject": "人均每日食盐摄入量"}),
    ("到2030年15岁以上人群吸烟率降低到20%以下", "%", "down", "upper_bound", "<=", 20, None,  # 24
     {"year": 2030, "subject": "15岁以上人群吸烟率"}),
    ("人均体育场地面积不低于2.8平方米", "平方米", "up", "lower_bound", ">=", 2.8, None,  # 27
     {"subject": "人均体育场地面积"}),
    ("总体癌症5年生存率提高20%", "%", "up", "vs_baseline", ">=", 20, None,  # 32
     {"change": "percent", "subject": "总体癌症5年生存率"}),
    ("到2030年，流动人口基本公共卫生计生服务实现全覆盖", "%", "up", "full_coverage", ">=", 100, None,  # 35
     {"year": 2030, "subject": "流动人口基本公共卫生计生服务"}),
    ("到2030年，我县出生人口性别比实现自然平衡", None, "neutral", "achieved", "==", None, None,  # 36
     {"year": 2030, "subject": "我县出生人口性别比", "notes": ("object: 自然平衡",)}),
    ("每千常住人口执业(助理)医师数达到1.79人", "人", "up", "reach", ">=", 1.79, None,  # 38
     {"subject": "每千常住人口执业(助理)医师数"}),
    ("到2030年,12岁儿童患龋率控制在25%以内", "%", "down", "upper_bound", "<=", 25, None,  # 49
     {"year": 2030, "subject": "12岁儿童患龋率"}),
    ("可比口径残疾发生率低于全国平均水平", "%", "down", "vs_reference", "<", None, None,  # 51
     {"reference": "nation", "subject": "可比口径残疾发生率"}),
    ("到2030年，城乡公共消防设施实现全覆盖", "%", "up", "full_coverage", ">=", 100, None,  # 73
     {"year": 2030, "subject": "城乡公共消防设施"}),
    # --- 002 Nantong, body text --------------------------------------------------------------------------
    ("到2020年，全市健康促进学校比例达到85%以上", "%", "up", "lower_bound", ">=", 85, None,  # 229
     {"year": 2020, "subject": "全市健康促进学校比例"}),
    ("到2030年，达到95%以上", "%", "up", "lower_bound", ">=", 95, None, {"year": 2030}),
    ("到2030年，15岁以上人群吸烟率降低到20%", "%", "down", "upper_bound", "<=", 20, None,  # 243
     {"year": 2030, "subject": "15岁以上人群吸烟率"}),
    ("到2030年，10分钟健康圈覆盖率达到100%", "%", "up", "full_coverage", ">=", 100, None,  # 265
     {"year": 2030, "subject": "10分钟健康圈覆盖率"}),
    ("到2030年，拥有社会体育指导员数不少于8人", "人", "up", "lower_bound", ">=", 8, None,  # 273
     {"year": 2030, "subject": "拥有社会体育指导员数"}),
    ("力争国家卫生镇占比达到40%以上", "%", "up", "lower_bound", ">=", 40, None,  # 297
     {"subject": "国家卫生镇占比", "modifiers": ("strive",)}),
    # --- 003 Fuzhou, body text ---------------------------------------------------------------------------
    ("到2025年，全市人均期望寿命提高至80岁左右", "岁", "up", "around", "≈", 80, None,  # 53
     {"year": 2025, "subject": "全市人均期望寿命"}),
    ("孕产妇死亡率控制在12/10万以下", "1/10万", "down", "upper_bound", "<=", 12, None, {"subject": "孕产妇死亡率"}),
    ("婴儿死亡率控制在4‰以下", "‰", "down", "upper_bound", "<=", 4, None, {"subject": "婴儿死亡率"}),
    ("婴儿死亡率控制在4‰以下", "%", "down", "upper_bound", "<=", 0.4, None,
     {"subject": "婴儿死亡率", "notes": ("converted from 4‰",)}),
    ("到2025年，每千常住人口医疗机构床位数达6.3张", "张", "up", "reach", ">=", 6.3, None,  # 57
     {"year": 2025, "subject": "每千常住人口医疗机构床位数"}),
    ("个人卫生支出占卫生总费用比重保持在28％左右", "%", "down", "around", "≈", 28, None,  # 60
     {"subject": "个人卫生支出占卫生总费用比重"}),
    ("肺结核患者报告发病率控制在45.2/10万以下", "1/10万", "down", "upper_bound", "<=", 45.2, None,  # 326
     {"subject": "肺结核患者报告发病率"}),
    ("适龄儿童免疫规划疫苗接种率维持在98%以上", "%", "up", "lower_bound", ">=", 98, None,  # 328
     {"subject": "适龄儿童免疫规划疫苗接种率"}),
    ("老年人健康管理率力争达到在72%以上", "%", "up", "lower_bound", ">=", 72, None,
     {"subject": "老年人健康管理率", "modifiers": ("strive",)}),
    ("高血压、糖尿病患者规范管理率力争达到80%以上", "%", "up", "lower_bound", ">=", 80, None,
     {"subject": "高血压,糖尿病患者规范管理率", "modifiers": ("strive",)}),
    ("到2025年，县域内就诊率保持在90%以上", "%", "up", "lower_bound", ">=", 90, None,  # 352
     {"year": 2025, "subject": "县域内就诊率"}),
    ("到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个", "个", "up", "reach", ">=", 4.5, None,  # 366
     {"year": 2025, "subject": "每千人口拥有3岁以下婴幼儿托位数"}),
    ("到2025年，社会办医床位数占全市医院床位数26%左右", "%", "neutral", "around", "≈", 26, None,  # 462
     {"year": 2025, "subject": "社会办医床位数占全市医院床位数"}),
    # --- 004 Nanyang, body text --------------------------------------------------------------------------
    ("居民主要健康指标达到或优于全省平均水平", None, "up", "vs_reference", ">=", None, None,  # 29
     {"reference": "province", "subject": "居民主要健康指标"}),
    # 延长 / 缩短 (life expectancy, hospital stays): a change by an amount, or a level reached; never the
    # subject's last word with the change read as a level ("延长1岁" is not "about 1岁")
    ("健康预期寿命延长至74岁", "岁", "up", "reach", ">=", 74, None, {"subject": "健康预期寿命"}),
    ("延长1岁", "岁", "up", "vs_baseline", ">=", 1, None, {"change": "points"}),
    ("平均住院日缩短到8天以内", "天", "down", "upper_bound", "<=", 8, None, {"subject": "平均住院日"}),
    ("平均住院日缩短1天", "天", "down", "vs_baseline", "<=", -1, None, {"change": "points", "subject": "平均住院日"}),
    ("60%（含）以上", "%", "up", "lower_bound", ">=", 60, None, {"notes": ("(含): inclusive",)}),
    # a rate written with its base first, as Taiwan and Hong Kong texts (and some mainland ones) do
    ("降低至每十萬活產10人以下", "1/10万", "down", "upper_bound", "<=", 10, None, {}),
    ("每千名活产儿中5人以下", "‰", "down", "upper_bound", "<=", 5, None, {}),
    ("孕产妇死亡率降为10/10万", "1/10万", "down", "upper_bound", "<=", 10, None, {"subject": "孕产妇死亡率"}),
    ("平均住院日持续缩短", "天", "down", "trend", None, None, None, {"trend": "down", "subject": "平均住院日"}),
    # the bound after the reference (tables of county plans): 以下 at most, 以上 at least
    ("控制在全省平均水平以下", "1/10万", "down", "vs_reference", "<=", None, None, {"reference": "province"}),
    ("全国平均水平以下", "‰", "down", "vs_reference", "<=", None, None, {"reference": "nation"}),
    ("保持在全省平均水平以上", "%", "up", "vs_reference", ">=", None, None, {"reference": "province"}),
    ("每千人口3岁以下婴幼儿托位数达到4.5个", "个", "up", "reach", ">=", 4.5, None,  # 296
     {"subject": "每千人口3岁以下婴幼儿托位数"}),
    # --- body-text forms the five plans use, added with the full plans (grammar gaps closed) ----------
    ("得到较大提高", "%", "up", "trend", None, None, None, {"trend": "up"}),  # 000:99
    ("不断扩大", "亿元", "up", "trend", None, None, None, {"trend": "up"}),  # 000:113
    ("显著下降", "%", "down", "trend", None, None, None, {"trend": "down"}),  # 000:281
    ("明显放缓", "%", "down", "trend", None, None, None, {"trend": "down"}),  # 000:281
    ("适当提高", "%", "up", "trend", None, None, None, {"trend": "up"}),  # 000:365
    ("明显增强", "%", "up", "trend", None, None, None, {"trend": "up"}),  # 001:12
    ("有效降低", "%", "down", "trend", None, None, None, {"trend": "down"}),  # 001:70
    ("提高", "%", "up", "trend", None, None, None, {"trend": "up"}),  # 001:27
    ("覆盖全市", "%", "up", "full_coverage", ">=", 100, None, {}),  # 000:269
    ("扩大到全市范围", "%", "up", "full_coverage", ">=", 100, None, {}),  # 000:325
    ("人人享有", None, "up", "full_coverage", ">=", 100, None, {"unit": "%"}),  # 001:9
    ("持续保持在历史低水平", "%", "down", "maintain", "<=", None, None, {}),  # 000:321
    ("巩固", "%", "up", "maintain", ">=", None, None, {}),  # 001:54
    ("自然平衡", None, "neutral", "maintain", "≈", None, None, {}),  # 000:683
    ("保持无脊髓灰质炎状态", None, "up", "achieved", "==", None, None,  # 000:321
     {"notes": ("object: 无脊髓灰质炎",)}),
    ("巩固全省消除疟疾成果", None, "up", "achieved", "==", None, None, {"notes": ("object: 全省消除疟疾",)}),
    ("创建国家园林城市", None, "up", "achieved", "==", None, None, {"notes": ("object: 国家园林城市",)}),  # 000:390
    ("设立县急救中心", None, "up", "achieved", "==", None, None, {"notes": ("object: 县急救中心",)}),  # 001:73
    ("基本形成覆盖城乡的婴幼儿照护服务体系", None, "up", "achieved", "==", None, None,  # 000:331
     {"modifiers": ("basically",), "notes": ("object: 覆盖城乡的婴幼儿照护服务体系",)}),  # 基本 softens it (round 36)
    ("达到三级乙等水平", None, "up", "achieved", "==", None, None, {"notes": ("object: 三级乙等",)}),  # 001:43
    ("力争全面消除劣V类水的小流域", None, "up", "achieved", "==", None, None,  # 000:460
     {"modifiers": ("strive",), "notes": ("object: 劣V类水的小流域",)}),
    ("完成国家任务", "%", "up", "external", None, None, None, {}),  # 000:460
    ("更加稳固", "%", "up", "maintain", ">=", None, None, {}),  # 004:29
    ("逐步精减", "个", "down", "trend", None, None, None, {"trend": "down"}),  # 004:346
    ("进一步压缩", "天", "down", "trend", None, None, None, {"trend": "down"}),  # 004:346
    ("全部达到三级水平", "%", "up", "full_coverage", ">=", 100, None, {"notes": ("object: 达到三级水平",)}),  # 004:301
    ("所有医共体建设要达到国家评判标准", "%", "up", "full_coverage", ">=", 100, None,  # 004:303
     {"notes": ("object: 医共体建设要达到国家评判标准",)}),
    ("部分县级中医院晋升三级中医院", None, "up", "achieved", "==", None, None,  # 004:301
     {"subject": "部分县级中医院", "notes": ("object: 三级中医院",)}),
    ("巩固国家卫生城市创建成果", None, "up", "achieved", "==", None, None,  # 004:276
     {"notes": ("object: 国家卫生城市创建",)}),
    ("保持在低流行水平", "%", "down", "maintain", "<=", None, None, {}),  # 002:355
    ("不低于100元/人", "元/人", "up", "lower_bound", ">=", 100, None, {}),  # 002:395
    ("不少于7课时", "课时", "up", "lower_bound", ">=", 7, None, {}),  # 002:227
    ("年均增速高于10%", "%", "up", "annual_rate", ">", 10, None, {"change": "percent"}),  # 002:421
    ("力争实现辖区内中医类医院的床位数翻番", "张", "up", "vs_baseline", ">=", 100, None,  # 000:365
     {"change": "percent", "modifiers": ("strive",), "notes": ("object: 辖区内中医类医院的床位数",)}),
]

DEFAULTS = {
    "reference": None,
    "base_year": None,
    "change": None,
    "trend": None,
    "year": None,
    "subject": None,
    "modifiers": (),
    "notes": (),
}


def _id(row) -> str:
    text, unit, direction = row[:3]
    return f"{text}|{unit}|{direction}"


def test_enough_phrases():
    assert len(ROWS) >= 100
    assert len({_id(row) for row in ROWS}) == len(ROWS), "a phrase is listed twice with the same unit and direction"


@pytest.mark.parametrize("text, unit, direction, kind, op, value, upper, other", ROWS, ids=[_id(r) for r in ROWS])
def test_phrase(text, unit, direction, kind, op, value, upper, other):
    unknown = set(other) - set(DEFAULTS) - {"unit"}
    assert not unknown, f"row has unknown keys {unknown}"
    expected = {**DEFAULTS, "unit": unit, **other}
    rule = parse_target(text, unit=unit, direction=direction)

    assert rule.text == text
    assert rule.direction == direction
    assert rule.kind == kind
    assert rule.op == op
    if value is None:
        assert rule.value is None
    else:
        assert rule.value == pytest.approx(value)
    if upper is None:
        assert rule.upper is None
    else:
        assert rule.upper == pytest.approx(upper)
    assert rule.unit == expected["unit"]
    assert rule.reference == expected["reference"]
    assert rule.base_year == expected["base_year"]
    assert rule.change == expected["change"]
    assert rule.trend == expected["trend"]
    assert rule.year == expected["year"]
    assert rule.subject == expected["subject"]
    assert rule.modifiers == expected["modifiers"]
    assert rule.notes == expected["notes"]
    assert rule.linked_to is None


# Phrases that must not be read: an error that shows the phrase, never a silent rule.
BAD = [
    ("abc", "%", "up"),
    # a 年均/累计 column's bracketed total (〔0.51〕 岁 in a five-year table): a change, never a level to reach
    ("〔0.51〕", "岁", "up"),
    ("〔1.25〕", "%", "up"),
    ("城乡居民收入差距缩小0.1", None, "down"),  # a change the grammar has no word for is refused, not a level
    ("床位数新增500", "张", "up"),  # new beds added: a change, not the number of beds
    ("医疗服务价格上调5", "%", "neutral"),
    ("床位数多5", "张", "up"),
    ("前3位", None, "up"),  # a rank with no region to rank in: not "about 3"
    ("不知所云", "%", "up"),
    ("！@#￥", None, "neutral"),
    ("到2030年", "%", "up"),
    ("2030年", "%", "up"),
    ("达到", "%", "up"),
    ("到2030年，达到", "%", "up"),
    ("左右", "%", "down"),
    ("≤", "%", "down"),
    ("5%%", "%", "up"),
    ("10~", "%", "neutral"),
    ("年均增长", "%", "up"),
    ("比全省", "%", "up"),
    ("PM2.5", "%", "down"),
    ("全民健康知识知晓率", "%", "up"),
    ("力争", "%", "up"),  # a modifier with no target after it
    ("到2030年，力争", "%", "up"),
]

# A phrase whose unit measures something else than the indicator's: the error names both units.
INCOMPATIBLE = [
    ("5%", "岁", "%", "岁"),
    ("5.49％", "人", "%", "人"),  # 003:~149, the 年均增长 column of a 人 indicator
    ("≤4‰", "岁", "‰", "岁"),
    ("37万人", "%", "万人", "%"),
    ("12/10万以下", "张", "1/10万", "张"),
    ("8—10岁", "%", "岁", "%"),  # the unit after a range's upper end is checked too
    ("8%～10‰", "%", "%", "‰"),  # two ends in different units: refused, both named
]


@pytest.mark.parametrize("text, unit, direction", BAD, ids=[f"{t}|{u}|{d}" for t, u, d in BAD])
def test_unreadable_phrase(text, unit, direction):
    with pytest.raises(GrammarError) as caught:
        parse_target(text, unit=unit, direction=direction)
    assert text in caught.value.message
    assert caught.value.phrase == text
    assert isinstance(caught.value, CheckerError)


@pytest.mark.parametrize("text, unit, phrase_unit, indicator_unit", INCOMPATIBLE,
                         ids=[f"{t}|{u}" for t, u, *_ in INCOMPATIBLE])
def test_incompatible_unit(text, unit, phrase_unit, indicator_unit):
    with pytest.raises(GrammarError) as caught:
        parse_target(text, unit=unit, direction="up")
    message = caught.value.message
    assert text in message
    assert phrase_unit in message and indicator_unit in message


def test_overlong_phrase():
    text = ("全民健康知识知晓率达80%，" * 50)[:600]
    assert len(text) == 600
    with pytest.raises(GrammarError) as caught:
        parse_target(text, unit="%", direction="up")
    message = caught.value.message
    assert "600" in message
    assert text[:20] in message  # the message shows which phrase
    assert caught.value.phrase.startswith(text[:80])


def test_bad_direction():
    with pytest.raises(CheckerError):
        parse_target("80", unit="%", direction="sideways")
