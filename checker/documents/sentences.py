"""Body text: the sentences that set a checkable target for a year.

Each sentence is cut into clauses at commas; a clause is a target when the grammar reads it
(:func:`checker.language.grammar.parse_target`) as something checkable — a number, a bound, a change,
a trend — with a subject that names the indicator (or follows a clause that did: ``人均预期寿命持续提高，
达到79.7岁``). The year is the clause's own (``到2025年``), else the sentence's, else the paragraph's
lead. ``A、B分别控制在4‰、6‰以下`` is split into one target per subject. A clause that looks like a
target (a number with a unit and a target word) but that the grammar cannot read is kept with a
review note; prose with nothing checkable is left out.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from checker.documents import vocabulary
from checker.documents import catalogue, english_sentences, places
from checker.documents.model import FROM_NOW, LEFT_OUT, NOT_CHECKABLE, NOTE_OPENING, OTHER_CALENDAR, PLAN_YEAR, UNREAD, \
    Found, Paragraph
from checker import records
from checker.errors import CheckerError
from checker.rulefiles import load_rules_yaml
from checker.language import cn_numerals
from checker.language.cn_numerals import arabic_years
from checker.language.grammar import CONTROL_AROUND_NOTE, Rule, grammar, normalize, parse_target
from checker.language import units
from checker.language.script import chinese_characters, to_simplified

#: a sentence ends at 。；！？ or an ellipsis (``主要食品安全抽查99%合格……26日，武汉发布…``); not at a 。
#: typed for a decimal point between two digits (``25。4%``), which the grammar then refuses
_SENTENCE = re.compile(r"(?:[^。；！？!?;…]|(?<=\d)。(?=\d)|…+(?=[，,]?\s*(?:一组|这组|这些|以上|上述|一串)数据))+(?:[。；！？!?;]|…+)?")
#: a year the clause is set for: 到2025年, 展望2035年; not a base (在2020年的基础上)
#: not the 到 of a verb with the year a value is reached in ("由2017年的76.7岁提高到2018年的77.0岁")
#: the words that make a year one to reach (到2025年, 力争到2025年, 预计到2025年), not a date of record;
#: a plain 预计 only before a plan period's last year (预计2030年…达82岁以上; 预计2024年… is an estimate of the year)
_TO_REACH = re.compile(r"(?:力争|预计)?(?:到|至)")
#: (迈向2030年: toward it); not the year of an event a relative clause dates (于2020年提出的全球策略)
_YEAR_LEAD = re.compile(r"(?:(?<![高降长加少升低减])(?:到|至)|力争到|力争至|预计到|预计至|预计(?=\s*(?:19|20)\d[05]\s*年)|迈向"
                        r"|(?:在|于)(?!\s*(?:西元|公元)?\s*(?:19|20)\d{2}\s*年"
                        rf"{vocabulary.source('event_of_year')})|截至|展望)"
                        r"\s*(?:西元|公元)?\s*((?:19|20)\d{2})\s*(?:[-–—/]\s*\d{2}\s*年度|年(?:年?[底末])?)(?:前)?"
                        r"(?!的?基础上)(?!的?\s*[≤≥<>]?\s*\d)")
#: a year that opens a clause about the whole region (``2035年全市94%的人群体质达合格以上``) or right before its change
#: verb (``2030年降低三高慢性病标准化死亡率1/3``: it was kept as a standing target of a sentence said to name no year) or
#: its verb of making, in a place or not (``2025年成立母乳库``, ``2025年於瑪麗醫院…設立…``, as ``到2025年，建成…``: they
#: were dropped without a word)
#: a year to reach that opens a clause with a share right after it (到2022年70%以上的流行县人群…), which _YEAR_LEAD
#: leaves alone where the 到 is a value's (提高到2018年的77.0%): at the clause's head it is the clause's own year (not
#: an age after it, 到2030年15岁以上人群吸烟率…, whose year the grammar reads and which does not run on)
#: (and a bound before the share, 到2022年超过80%的乡镇卫生院…, or a place, 到2022年全省70%以上的流行县…: it was filed under the
#: clause before's indicator)
_YEAR_THEN_AMOUNT = re.compile(r"^(?:力争|预计)?(?:到|至)\s*((?:19|20)\d{2})\s*年(?:年?[底末])?"
                               r"(?=\s*(?:全国|全[省市县区]|我[省市县区])?(?:超过|不少于|至少|不低于)?\s*\d+(?:\.\d+)?\s*[%％])")
_YEAR_FIRST = re.compile(r"^(?:以及|及|并)?((?:19|20)\d{2})\s*年(?=全市|全省|全县|全区|全国|全镇|(?:降低|提高|减少|增加|提升|下降|减小|缩短|延长"
                         r"|(?:(?:在|于)[^，,]{2,24}?)?(?:建成|成立|设立|建立(?!健全)))(?!了))")
_YEAR_GOALS = re.compile(r"((?:19|20)\d{2})\s*年"
                         # "明确了2030年前完成三大目标：…": the goals to meet before the year are that year's
                         r"(?:(?:前|以前|之前)(?:要|将|须)?(?:完成|实现|达成)(?:[一二三四五六七八九十两\d]{1,3}(?:大|项|个))?)?"
                         r"(?:[\u4e00-\u9fff]{1,4}?(?=经济社会|经济和社会))?(?:经济社会|经济和社会)?(?:发展|工作)?的?(?:远景|远期|长远|中长期)?(?:主要|具体|量化)?(?:健康|发展)?(?:预期)?(?:目标|指标)"
                         r"(?!\S{0,4}(?:实现|完成))")
_LEAD_ONLY = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:力争|预计)?(?:到|至|截至)?\s*"
                        # "2026年是“十五五”规划开局之年，…将…": the year the clauses after it are set for, as 2026年，…
                        r"((?:19|20)\d{2})\s*年(?:年?[底末]|\s*\d{1,2}\s*月(?:底|末|上旬|中旬|下旬)?(?=\s*前))?(?:前)?(?:是[^，,。；;]{0,24}?(?:开局|起步|收官|关键|攻坚|决胜|冲刺)之年)?\s*$")
_LOOKS_TARGET = re.compile(r"\d(?:[\d.]*)\s*(?:%|％|‰|/10万|/万|岁|人|张|个|所|家|名|位|天|分钟|小时|平方米)"
                           # an amount bounded at the clause's end, whatever its unit (100堂以上: a unit to teach)
                           r"|\d[\d.]*\s*[\u4e00-\u9fff]{1,2}(?:及以上|以上|以下|左右)$"
                           r"|(?:掌握|达到|不少于|至少|每[天周月年])[^，,\d]{0,6}\d[\d.~～-]*\s*(?:次|项)"
                           # pay or funds not below another group's (…收入水平不低于…临床医师的平均收入水平)
                           r"|(?:不低于|不少于|高于)[^，,]{2,40}(?:平均(?:收入|工资)?水平|平均工资|补助标准)$"
                           # growth faster than another's (投入增长幅度高于财政经常性支出增长幅度, 以高于…的递增速度增长)
                           r"|高于[^，,]{2,24}(?:增长幅度|增幅|增速|递增速度|增长速度)"
                           r"|(?:达到|达|不低于|不高于|不超过|不少于|控制在|提高到|提高至|提升到|提升至|降至|降到|下降到|下降至)\s*"
                           # (an amount in Chinese numerals the grammar leaves unread: 降至三分之一, 降至八成, 达到三点五)
                           r"(?:\d|[一二两三四五六七八九十]+(?:分之|成|点[零〇一二三四五六七八九])|[百千万]分之)"
                           # a multiple (增加为3倍, 增长两倍): refused by the grammar, kept for a person, never dropped
                           r"|(?:增加|增长|提高|提升|扩大|达到|翻)(?:为|到|至)?\s*[\d一二三四五六七八九十两]+(?:\.\d+)?\s*倍"
                           # a grade in letters (病媒生物密度控制水平达C级及以上, GB/T 27770's A–D): the grammar reads none,
                           # a level to check all the same (it was lost without a word)
                           r"|(?:达到|达|保持|维持|稳定在)\s*[A-DＡ-Ｄ]\s*级")
_WORTH = re.compile(r"\d|(?:全|均|都)达标|压缩|精简|精减|配备|设置|设立|成立|建立|所有|每个|至少|全部|人人|建成|实现|完成|任务|扩大|缩小|缩短|前列|第一方阵|领先|提高|提升|下降|降低|减少|增加|增长|改善|控制|达到|不低于|不高于|不超过|不少于|不多于|不小于|不大于|[一二三四五六七八九]成|以上|以下|保持|维持|巩固|稳定|"
                    r"优于|低于|高于|覆盖|左右|翻一?番|减半|持续|逐步|明显|显著|稳中有降|放缓|减缓|遏制|降至|降到|升至|增至|分之"
                    # a count made, in Chinese numerals (新建两所县级医院, 建设五个以上中心; not 建设一支…队伍, an article)
                    r"|(?:新建|改扩建|扩建|建设|新增|培育)(?!一(?![一二两三四五六七八九十百千]))[一二两三四五六七八九十百千]+"
                    r"(?:个|所|家|张|项|座|支|条|处)"
                    # no cases of a disease (无输入继发二代疟疾病例): a count of 0, which the grammar reads
                    r"|^(?:实现|保持|维持|持续|继续|确保|力争)*无[^，,\d]{2,30}?(?:病例|患者)")
#: a part named with its own amount after a year's bare amounts (…床位数7.5张，其中公立医院4.4张左右)
_BARE_PART = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}?\d+(?:\.\d+)?\s*(?:[%‰]|[张人个所家名床])(?:左右|以上|以下)?$")
#: a sentence that opens the next item of a list written in a paragraph (二是, 三是 …, 其二)
_NEXT_ITEM = re.compile(r"^(?:[二三四五六七八九十]是|其[二三四五六七八九十][，,、]|第[二三四五六七八九十][，,、是])")
#: a subject that names a part's share of a whole, its 比例 left out (基层门诊量占全市的 | 50%以上)
_SHARE_OF_WHOLE = re.compile(r"^[^，,。；]{2,30}?占[^，,。；]{1,16}?的$")
#: a name that is a rate or a share already (…率, …比重): no whole is made up of it
#: a measure that reaches a share of all people (流感抗病毒药物储备量达全人口 before 10%-15%): named as that share
_SHARE_OF_ALL = re.compile(r"^(?P<name>[^，,。；]{2,30}?)达到?(?P<whole>全[\u4e00-\u9fff]{0,3}?(?:人口|居民))$")
_SHARE_WORD = re.compile(r"(?:率|比例|比重|占比|份额)$")
#: a clause's subject that is only the share of a whole (占地区生产总值的, 占GDP的比重): the share the measure the
#: clause before named makes up
_SHARE_OF_NAMED = re.compile(r"^(?:并|且|约|力争)?占(?P<whole>[^，,。；的]{1,16}?)的?(?P<share>比重|比例|份额)?$")
_RESPECTIVELY = re.compile(r"^(?P<subjects>.+?)(?:分别|依次)(?P<verb>(?:[^\d]|(?<=[比较])(?:19|20)\d{2}(?=\s*年))*?)"
                           r"(?P<values>(?!(?:19|20)\d{2}\s*年)\d[^、和及与]*?(?:(?:、|和|及|与)\d[^、和及与]*?)+)"
                           r"(?P<tail>以下|以上|左右|以内)?$")
#: all the indicators of a list or a task, none by name (各项任务指标, 所有指标)
_EVERY_INDICATOR = re.compile(r"^(?:各项?|项|所有|全部|一切)[^，,]{0,6}?指标")
#: names and values listed with 、 in the same order, without 分别 (孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率下降至7/10万、1.7‰、
#: 2.8‰): read as if it were there, for review
_LISTED_IN_ORDER = re.compile(r"^(?P<subjects>[^，,、]+(?:、[^，,、]+?)+?)(?P<verb>(?:力争|争取|确保)?(?:下降|降低|降|减少|减|控制|提高|提升|增加|增长|升|达|保持|稳定)"
                              r"(?:到|至|在|于)?)(?P<values>\d[^、和及与]*?(?:、\d[^、和及与]*?)+)(?P<tail>以下|以上|左右|以内)?$")
#: the base every change of a list is from, after the names (A和B较2020年分别下降10%和5%, …在2020年基础上分别…)
_BASE_BEFORE_EACH = r"(?:(?:较|比|与)(?:19|20)\d{2}\s*年(?:年?[底末])?(?:的?水平)?(?:相比)?|在(?:19|20)\d{2}\s*年的?(?:水平)?基础上)$"
#: a year before a listed name (2021年、2022年床位数分别…; 其中2021年、…分别规划…)
_LEADING_YEAR = r"^(?:其中)?((?:19|20)\d{2})\s*年(?:年?[底末])?"
#: the years a list of values is for (健康素养水平2022年、2025年分别达到25%、30%)
_LISTED_YEAR = re.compile(r"((?:19|20)\d{2})年(?:年?[底末])?$")
_SUBJECT_START = vocabulary.pattern("subject_start")
#: a day's date (2024年5月3日), or a page's dateline written with dashes (2022-02-25 22:15 来源：…)
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?!\d)")
#: a clause led by a date (2021年7月1日起…, 自2026年1月1日起): the sentence is of that date's year
_DATE_LEAD = re.compile(r"^(?:自|从|于)?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: a list item's mark (1、 2. （3）) is not part of what the item says, nor one after it (1.*改建…: Shanghai's * marks
#: the city's own 实事 items)
_LIST_MARK = re.compile(r"^(?:(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}(?:[、．]|\.(?!\d))|"
                        # an item's number and a space (02 新增6个…), not an amount before its unit (30 分钟, 2 个)
                        r"\d{1,2}\s+(?![个所家张名人岁年月日天周项次台套万千百亿元分小米倍])(?=[\u4e00-\u9fff])|"
                        r"[一二三四五六七八九十]是(?=[\u4e00-\u9fff])|"
                        r"[•·▪●◆■□◇○►▶✓√※*＊])\s*)+")
#: a sentence that looks back, and a verb with 了: what was done, not what is to be reached
_LOOKS_BACK = vocabulary.pattern("looking_back_sentence")
#: a clause of its own that turns the rest of its sentence to the years past (…，《规划》指出，5年来，…)
_LOOK_BACK_LEAD = re.compile(r"^(?:近|过去的?)?(?:[一二三四五六七八九十两]+|\d{1,2})年(?:多)?(?:来|以来)$|^(?:近年来|多年来)$"
                             r"|^[“\"]?十[一二三]五[”\"]?(?:期间|时期|以来)$")
_REPORTED_DONE = vocabulary.pattern("reported_done")
_QUOTED_ONLY = re.compile(r"^[“\"「『][^”\"」』]*[”\"」』]$")
#: a goal given in quotes, then said to be a plan period's (“人均预期寿命提高到80岁”，这是“十五五”规划纲要提出的主要目标之一):
#: the quoted words set a target for the period's last year
_QUOTED_PERIOD_GOAL = re.compile(r"^[“\"「][^”\"」]*\d[^”\"」]*[”\"」]\s*[，,]\s*(?:这|此|它|这一目标)(?:也|就)?是[^。；;]{0,12}?"
                                 rf"[“\"]?({'|'.join(vocabulary.periods())})[”\"]?[^。；;]{{0,24}}?(?:目标|指标)")
#: a report's lead before the goals it quotes (其中就包括“人均预期寿命超过80岁”), and one quoted piece after it (a comma
#: may cut the last one: 提出“到2025年，…”)
_REPORTS_GOALS = vocabulary.pattern("reports_goals")
_QUOTED_PIECE = re.compile(r"[“\"「]([^“”\"「」]*)(?:[”\"」]|$)")
_QUOTED_PIECES = re.compile(r"(?:[“\"「][^“”\"「」]*(?:[”\"」]|$)\s*(?:[、和及与]\s*)?)+")
#: a lead that names the goals before the first one (…的主要目标包括人均预期寿命超过80岁): no part of its name
_GOALS_NAMED = vocabulary.pattern("goals_named")
_DONE_ALREADY = vocabulary.pattern("done_already")
_MEASURED = vocabulary.pattern("measured_against_target")
_STILL_SHORT = vocabulary.pattern("still_short")
_FORECAST = vocabulary.pattern("forecast")
#: a clause that details the one before it (其中10家在原特区外) sets no target of its own
_DETAIL = vocabulary.pattern("detail")
#: a rate named by its verb alone at a clause's head (建成率达80%以上), from rules/extract.yaml: no measure data can match
_BARE_RATE = re.compile(rf"^(?P<rate>{vocabulary.source('bare_rate')})")
_BARE_RATE_WHY = (f"{LEFT_OUT}a rate named by its verb alone ({{rate}}): the name is too short to check, and what it counts "
                  "is only in the words before it")
#: ... but one that bounds a part's share of the whole (其中不少于30%为康复床位) sets that share, and one that sets a
#: part's own change (财政总收入增长13%，其中地方级财政收入增长16%) a target of its own
_PART_CHANGE = re.compile(r"(?:增长|增加|提高|提升|下降|降低|减少)\d+(?:\.\d+)?\s*(?:%|个百分点)$")
_SHARE_OF_PART = vocabulary.pattern("share_of_part")
#: an explanation in brackets at a clause's end, longer than a unit (%) or a footnote mark
#: "and so on" after a list's last value (地表水…比要达85%等)
_ET_CETERA = re.compile(r"(?:(?<=[\d%‰岁人张个名所元])|(?<=左右|以上|以下|以内))等$")
_NOTE_AT_END = re.compile(r"[（(][^（）()]{5,}[）)]$")
#: a bracket at a clause's end that restates the target another way (提高1.3岁以上（即77.3岁）)
_RESTATED = re.compile(r"[（(](?:即|亦即|约合|相当于)[^（）()]+[）)]$")
#: the end of a five-year plan period as a year (到“十四五”期末)
_PERIOD_YEARS = vocabulary.periods()
#: the end of a plan period as the year to reach (到“十四五”期末); not the base a change is from (较“十三五”末下降…)
_PERIOD_END = re.compile(rf"(?<![较比与从由])(?<![较比与从由][“\"])(?:到|至|在)?\s*[“\"]?({'|'.join(_PERIOD_YEARS)})[”\"]?\s*(?:期末|末期|末)")
#: a clause that opens with a plan period or a span of years sets what follows for the period's end
#: (“十四五”期间，…; 2021—2025年，…, where the span ends in a year plans set targets for)
_PERIOD_LEAD = re.compile(rf"^(?:在|于)?[“\"]?({'|'.join(_PERIOD_YEARS)})[”\"]?\s*(?:期间|时期)")
#: a plan period's words inside a clause: opening it with no comma after them (“十四五”期间全市婴儿死亡率…), or
#: between the indicator's name and its target (5岁以下儿童死亡率“十四五”期间累计下降10%, …水平在“十四五”期末达到30%,
#: …规划期内达到…); not a base (较“十三五”末…, 在“十四五”期间的基础上) — see :func:`_period_in_clause`
_PERIOD_WORDS = (rf"(?:在|于|到|至)?\s*(?:[“\"]?(?P<period>{'|'.join(_PERIOD_YEARS)})[”\"]?\s*(?:期间|时期|期末|末期|末)(?:内)?"
                 # the plan's own period, which names no five-year plan (规划期内; …率期末: a measure's, not 学期末)
                 r"|规划(?:期间|时期|期内|期末|末期|期)|(?<=[率数比量平命重例度])期末)")
_PERIOD_OPENS_CLAUSE = re.compile(rf"^{_PERIOD_WORDS}(?!的)(?!\s*[，,])(?=\S)")
_PERIOD_IN_CLAUSE = re.compile(rf"(?<![较比与从由])(?<![较比与从由][“\"]){_PERIOD_WORDS}(?!的?基础上)"
                               r"(?=\s*(?:累计|年均|平均每年|每年|力争|争取|要|将|均|都|应)?\s*"
                               r"(?:达到|达|提高|提升|降至|降到|下降|降低|控制|不低于|不高于|不超过|保持|维持|稳定[在于]|增加|增长"
                               r"|减少|缩短|超过|低于|高于|较|比|[≤≥<>]|\d))")
#: a year or plan period a sentence names of its own
_NAMES_A_YEAR = re.compile(rf"(?:19|20)\d{{2}}\s*年|{'|'.join(_PERIOD_YEARS)}")
#: a paragraph that opens by citing a plan before its year's lead (《实施计划》规划，)
_CITED_OPENING = re.compile(r"^《[^《》]{1,40}》(?:规划|提出|明确|要求|指出|确定)[,，:：]\s*")
#: the title of a document or plan (《…》)
_TITLE = re.compile(r"《[^《》]*》")
_SPAN_LEAD = re.compile(r"^(?:19|20)\d{2}\s*年?\s*[-–—~～至到]\s*((?:19|20)\d{2})\s*年")
#: the goals of a plan period, which a report quotes without a year (“十四五”时期经济社会发展的主要目标)
_PERIOD_GOALS = re.compile(rf"[“\"]?({'|'.join(_PERIOD_YEARS)})[”\"]?\s*(?:时期|期间)[^。；，,]{{0,12}}?目标")
#: a number that opens a name: an age group (5岁以下儿童, 65岁及以上老年人, 0~6岁儿童), a set of places (26县居民收入)
_AGE = re.compile(r"^(?:\d+\s*[~～\-—至]\s*)?\d+\s*(?:周岁|岁|个县|县|个市|市|区|家|所|类|项)(?:及以下|及以上|以下|以上)?")
#: a count of people or things (10万名, 十万名, 两所), and a clause that opens with one (超过十万名市民…), from
#: rules/extract.yaml
_COUNTED_AMOUNT = vocabulary.pattern("counted.amount")
_OPENS_WITH_COUNT = re.compile(rf"(?:{vocabulary.source('counted.before')})?\s*(?:{vocabulary.source('counted.amount')})")
#: where an unread clause's subject most likely ends: the first comparison or change word
_MARKER_SPLIT = re.compile(r"较|(?<!医护|床护|医床|床医|师生|性别)比(?![重例率])|从|由|至少|达到|达(?!标)|提高|提升|降至|降到|下降|降低|控制(?!水平)|不低于|不高于|不超过|保持|维持|稳定[在于]|增加(?!值)|减少|"
                           r"超过|低于|高于|\d")
#: a target states a change, a bound or a verb; a bare amount ("耕地面积29977.37公顷") is a fact
_YEAR_AT_START = re.compile(r"(?:19|20)\d{2}\s*年")
_FUTURE = re.compile(r"将|(?<![主重需必只概纲摘提])要|力争|预计|计划(?!生育)")
_BARE = re.compile(r"^[\d.,，、~～—-]+\s*[^\d\s]{0,5}$")
#: the words of an aim before a bare amount (确保…85%, 力争…, 目标实现…85%): the amount is the target, not a fact
_AIMED = vocabulary.pattern("aimed_amount")
#: the same words earlier in the sentence, with no clause between (…确保A10个小时、B9个小时)
_AIMED_BEFORE = re.compile(vocabulary.source("aimed_amount") + r"[^，,。；;]*$")
#: a subject that shows the clause tells what happened or why, not what must be reached
_NARRATIVE = vocabulary.pattern("narrative")
#: a term that runs out (…计划即将在2015年届满): a date, no target
#: at least completing a rate to a level (至少完成0-3岁儿童发展筛检率达85%): the words before the rate
_DONE_TO_A_RATE = vocabulary.pattern("done_to_a_rate")
_TERM_ENDS = vocabulary.pattern("term_ends")
#: 控制 before the name of a ceiling (控制婴儿死亡率在5‰以下): the verb, no part of the name
_CONTROL_FIRST = vocabulary.pattern("control_first")
#: a clause that says what may be done (可提取60%以上用于…) sets no target, read or not
_PERMISSION = vocabulary.pattern("permission")
_CAUSED = vocabulary.pattern("caused")
_CONDITION = vocabulary.pattern("condition")
_NO_NAME = vocabulary.pattern("no_name")
#: a verb before a measurable object (逐步提高基本医保筹资标准)
_VERB_FIRST = re.compile(rf"^(?P<verb>{vocabulary.source('verb_first.verb')})"
                         rf"(?P<object>[^，,]{{2,30}}?(?:{vocabulary.source('verb_first.object_ends')}))$")
#: a capacity or level with only a trend ("服务水平明显提高") is a wish no data can check
_VAGUE = vocabulary.pattern("vague_ends")
#: the verbs of a deliverable that a year makes checkable (到2025年，建成…)
_DELIVER = vocabulary.pattern("deliverable")
#: a subject, then that it is to be set up or built (``促进全民健康的政策体系基本建立``)
_DONE_AT_END = re.compile(rf"^(?P<subject>[^，,]{{4,80}}?)(?P<done>{vocabulary.source('done_at_end')})$")
#: a clause that starts with an action (what will be done) sets no target unless it binds a number
_ACTION = vocabulary.pattern("action")
#: without a year, only a thing to be built or won is a deliverable (rules/extract.yaml says why)
_BUILT = vocabulary.pattern("built")
#: also without a year: a state pledged as reached (推进实现…), a status to keep (保持无…状态, 巩固…成果)
_STANDING = vocabulary.pattern("standing_deliverable")
#: places (甲市、乙县, 各县（市）及通州区, 把我市) as the subject of what they build
_PLACES = re.compile(r"(?:把|使)?(?:[各全我本]?[\u4e00-\u9fff]{0,3}?(?:市|县|区|镇|乡|城区)(?:[（(][^）)]{1,6}[）)])?[、和及与]?)+")
#: a graded level (电子病历应用水平达到四级): the grade makes a level checkable
_GRADE = re.compile(r"达到[一二三四五六七八九十\d]级")
#: a subject that is a state of things (健康公平基本实现), not a thing to reach
_STATE = vocabulary.pattern("state_of_things")
_VAGUE_DELIVERABLE = vocabulary.pattern("vague_deliverables")
#: what all of a kind is to have, but a duty (所有干部落实责任) or a mechanism, not a thing
_DUTY = vocabulary.pattern("duty_ends")
#: a rank among peers, and a capacity that such a rank leaves a wish (…综合实力位居全省第一方阵)
_RANKED = vocabulary.pattern("ranked.rank")
_CAPACITY = vocabulary.pattern("ranked.capacity")
_MAX_SUBJECT = 30
#: the words that open a list of the plan's main indicators or goals with their values (明确核心指标：…)
_GOALS_LEAD = re.compile(r"^(?:(?:19|20)\d{2}年[^，,：:\d]{0,12}?(?=(?:主要|核心|具体|关键)(?:预期|健康|发展)?目标)|[^，,：:\d]{0,8}?)"
                         r"(?:明确|提出|设定|确定|列出)?了?(?:\d+项)?(?:主要|核心|具体|关键)(?:预期|健康|发展)?(?:目标|指标)"
                         r"(?:是|为|包括|有|要?达到)?$")
#: a listed name and its bare amount (人均预期寿命80.5岁 in …达到：人均预期寿命80.5岁、婴儿死亡率低于3‰), maybe with
#: a bound after its unit (农村自来水普及率99.93%以上、…覆盖率达96%: the first piece's 以上 is no part of its unit)
_NAME_AMOUNT = re.compile(r"^(?P<name>\D{2,30}?)\d+(?:\.\d+)?\s*(?P<unit>[^\d\s、，,]{0,6}?)(?:(?:及|或)?以[上下内]|左右)?$")


def _name_and_amount(piece: str) -> bool:
    """Whether a listed piece is a name and its amount in a unit (人均预期寿命80.5岁), not a name with a number in it
    (省333人才)."""
    found = _NAME_AMOUNT.match(piece)
    return bool(found) and chinese_characters(found.group("name")) >= 2 and (
        not found.group("unit") or units.is_known(found.group("unit")))
#: a span of years a clause ends with, its only numbers (规划（2021-2025): a plan's period, not a range of amounts
_SPAN_ONLY = re.compile(r"[（(]?\s*(?:19|20)\d{2}\s*年?\s*[-—–~～至到]+\s*(?:19|20)\d{2}\s*年?\s*[）)]?$")
#: a name, then that it is (为, 是) an amount: a figure as statistics give it (孕产妇死亡率为6.2/10万)
_COPULA_AMOUNT = re.compile(r"(?<![行作成认以])(?:为|是)\s*(?=\d)")
#: a level stated as it stands (为/是, 超过, 逾, 近 before an amount): in a sentence of no year about the country, background
_STATED_LEVEL = vocabulary.pattern("stated_level")
#: the words of a standing requirement (保持在…以上, 不低于…, 控制在…): a level to keep, not one that is
_STANDING_WORDS = re.compile(r"以上|以下|以内|不低于|不高于|不超过|不少于|控制|保持|维持|稳定在|确保|力争|争取|要|应|须")
#: an age group's bound (18岁及以上, 65周岁以上): whose measure it is
_AGE_BOUND = re.compile(r"\d+\s*(?:周)?岁\s*(?:及|或)?\s*以[上下]")
#: the age of the people a name is of (65岁及以上, 0～6岁儿童, 3-6岁的儿童): no amount, whose measure it is
_AGE_OF_PEOPLE = re.compile(r"\d+\s*(?:周)?岁\s*(?:及|或)?\s*以[上下]|(?:\d+\s*[~～—-]\s*)?\d+\s*(?:周)?岁(?=的?[\u4e00-\u9fff]{0,4}?"
                            r"(?:儿童|婴幼儿|老年人|老人|人群|居民|妇女|学生|青少年|孕产妇|新生儿|婴儿|男性|女性))")
#: a sentence of the country's or the world's figures (我国…, 全球…): background in a plan of a province or city
_NATIONAL_FACT = re.compile(r"^(?:目前|当前|现阶段)?[，,]?(?:我国|中国|全球|世界|全世界)")
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
#: the last of a list of places that counts them as levels of one thing (…、行政村（社区）三级公共健身设施)
_LEVELS_OF = re.compile(r"^[^，,、]{1,12}?(?P<thing>(?P<count>[两二三四五])级[^，,、]{2,30})$")
_LEVEL_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
#: what each unit is to have (每个行政村办好一个村卫生所, 每个街道或每3~10万居民设置1所社区卫生服务中心, 每个县至少开通1条…热线)
_PER_UNIT = re.compile(r"^(?:坚持|原则上|确保|力争)*为?(?P<each>每个?|各)(?P<unit>[^，,每\d]{1,12}?)(?:或每[^，,]{1,12}?)?"
                       rf"(?:至少|都|均)?要?(?P<verb>有|{vocabulary.source('provision.each')})"
                       # (为每个乡镇卫生院、村卫生室配备1台筒式血压仪: what is given each, 台 a counter too)
                       r"\s*(?:\d+(?:\s*[~～-]\s*\d+)?|[一二两三四五六七八九十])\s*(?:所|个|家|名|支|处|条|台|套)(?P<thing>[^，,\d]{2,24})$")
#: what a deliverable is built on, before a comma (建成以基本医疗保险为主体，…): its name is further on
_RUNS_ON_MODIFIER = vocabulary.pattern("runs_on_modifier")
#: a clause that points to tables or annexes (主要指标见表1、表2, 具体指标详见附件3): their numbers are no amounts
_CROSS_REFERENCE = re.compile(r"(?:见|详见|参见|列于)(?:附)?(?:表|件|录|图)\s*[\d一二三四五六七八九十]*"
                              r"(?:\s*[、和及与至—-]\s*(?:附)?(?:表|件|录|图)?\s*[\d一二三四五六七八九十]+)*$")
#: a sentence that names the projects a year is to carry out (确定在2026年实施50项民生实事项目)
_YEAR_PROJECTS = vocabulary.pattern("year_projects")
#: a plain year leading a list of that year's projects (2025年，办好以下10件民生实事：)
_YEAR_PROJECTS_LEAD = vocabulary.pattern("year_projects_lead")
#: a service for so many people (为1.2万名新生儿开展耳聋基因和疾病筛查, 为不少于2.5万名…妇女提供…检查): how many are
#: served, of whom and with what
_SERVED = re.compile(r"^(?:力争|确保)?为(?P<count>(?:不少于|至少|超过)?\d+(?:\.\d+)?\s*[万千]?\s*(?:名|人次|人|户|例|对))"
                     r"(?P<whom>(?:\d+\s*[—～~-]\s*)?(?:\d+\s*岁)?[^，,\d]{1,12}?)"  # (为8万名0—6岁儿童开展…)
                     rf"(?:{vocabulary.source('provision.serve')})(?P<what>[^，,\d]{{2,20}})$")
#: works that reach so many people (惠民项目每年惠及至少200万名群众): who does it, how often, and the count of people
#: before whom it counts
_REACHED = re.compile(r"^(?P<who>[^，,\d]{2,48}?)(?P<yearly>每年|年均|全年)?(?:累计)?"
                      rf"(?P<verb>{vocabulary.source('provision.reach')})"
                      r"(?P<count>(?:不少于|至少|超过)?\d+(?:\.\d+)?\s*[万千]?\s*(?:名|人次|人|户|例)(?:以上|及以上)?)"
                      r"(?!及?以上)(?P<whom>[^，,\d]{1,8})$")  # (…覆盖500万人以上: the count at the end, the grammar's)
#: so many things for each thousand (or ten thousand) people (实现每千人5.5张病床, 每万人口拥有3名全科医生)
_PER_PEOPLE_HAVE = re.compile(r"^(?:实现|达到|力争|确保)*每(?P<per>千|万)(?:常住)?人口?(?:拥有|有|配备|配置)?"
                              r"(?P<amount>\d+(?:\.\d+)?\s*(?:张|名|人|个|所)(?:以上|及以上|左右)?)"
                              r"(?P<thing>[\u4e00-\u9fff（）()]{2,16})$")
#: amounts of things to be built, each its own (分别建成100个…专科和100个“名医工作室”)
#: (为义务教育学校普通教室安装200台空调, 在居民小区…增配125台…: where it is done, before the verb; 新增筹措供应200张…: verbs
#: one after another)
_BUILT_EACH = re.compile(r"^(?:(?P<where>(?:为|在|对|向)[^，,\d]{2,30}?)|(?P<before>[^，,]{0,8}?))(?:分别)?"
                         rf"(?P<verb>(?:{vocabulary.source('added_verbs')})(?:{vocabulary.source('done_verbs')})?"
                         rf"|{vocabulary.source('done_verbs')}|{vocabulary.source('won_verbs')}|新建|建成|创建|建设|培育|打造|设立)"
                         r"(?P<items>[^，,]+)$")
#: a verb of a title to be won (争创, 创成): how many places are to be named so, awarded by others
_WON = re.compile(rf"(?:{vocabulary.source('won_verbs')})$")
#: where things counted are listed: at 、, and at 和 or 及 before a count (not inside 应急救护普及员)
_LISTED_COUNTS = re.compile(r"、|(?:和|及)(?=\s*[*＊]?\s*(?:\d|[一二两三四五六七八九十百千]+\s*"
                            rf"(?:{vocabulary.source('count_words')})))")
#: a verb of what is done to things counted (安装, 开设, 推进 …): its count is of this year's work, not the total
_DONE = re.compile(rf"(?:{vocabulary.source('done_verbs')})$")
#: a verb that counts what is added (新增, 净增): its count is of the new things, not the total
_ADDED = re.compile(rf"(?:{vocabulary.source('added_verbs')})(?:{vocabulary.source('done_verbs')})?$")
#: the whole place that builds (全市, 全县, 我区 …), before its verb
_WHOLE_PLACE = re.compile(r"(?:全|我|本)[市县区省旗州国]")
#: who builds and its will, before its verb: 北京市将新建20个…, 将新建…, 四川省计划建成80个…, 全省力争建成…; or this
#: year's work (今年将新建…, 今年新建…)
_THIS_YEAR, _A_PLACE = r"(?:今年|明年|全年)", r"[\u4e00-\u9fff]{1,5}?[省市县区州旗盟]"
_PLACE_AND_WILL = re.compile(rf"{_THIS_YEAR}?(?:{_A_PLACE}|{_WHOLE_PLACE.pattern})?(?:还|也|再)?(?:将|要|计划|力争|争取)+"
                             rf"|{_THIS_YEAR}(?:{_A_PLACE})?")
#: all of a counted set of actions to be carried out (全面实施健康中国行动15个专项行动)
_ACTIONS_COUNTED = vocabulary.pattern("actions_counted")
_COUNTED_THING = re.compile(rf"^\s*(?:[*＊※]\s*)?(?P<count>(?:\d+(?:\.\d+)?\s*(?:[—–\-~～至到]\s*\d+(?:\.\d+)?\s*)?[万千]?|(?!一(?![一二两三四五六七八九十百千]))[一二两三四五六七八九十百千]+)\s*(?:{vocabulary.source('count_words')})(?:以上|左右)?)(?P<thing>[^，,\d]{{2,30}})$")

#: a thing made, then how many (国家级科技创新平台1个, 国家中医临床重点专科4-6个)
_THING_THEN_COUNT = re.compile(rf"^(?P<thing>[^，,\d]{{2,30}}?)\s*(?P<count>\d+(?:\.\d+)?\s*(?:[—–\-~～至到]\s*\d+(?:\.\d+)?\s*)?[万千]?"
                               rf"\s*(?:{vocabulary.source('count_words')})(?:以上|左右)?)$")

#: what each unit is to run, counted (每个县重点办好1所综合医院、1所中医医院和1所妇幼保健院), and then, with no subject
#: of its own, that all of them reach a graded level (…，全部达到二级甲等水平)
_EACH_RUNS = re.compile(rf"^[^，,]{{0,6}}?(?:每个?|各)[^，,\d]{{1,12}}?(?:{vocabulary.source('provision.each')})"
                        r"(?P<things>\s*(?:\d+|[一二两三])\s*(?:所|个|家)[^，,\d、和及]{2,16}"
                        r"(?:[、和及]\s*(?:\d+|[一二两三])\s*(?:所|个|家)[^，,\d、和及]{2,16})+)$")
_ALL_REACH = re.compile(r"^(?:全部|均|都)(?:要|应)?达到(?P<level>[^，,]{0,8}?[一二三四五六七八九十\d]级[^，,]{0,8}?(?:水平|标准))$")
#: what some places are to have at least (实现市、县（市）区至少有一个职业健康检查机构)
_AT_LEAST = re.compile(rf"^(?:实现|确保|力争)*(?P<each>)(?P<unit>[^，,\d]{{1,16}}?)至少(?P<verb>有|{vocabulary.source('provision.each')})"
                       r"\s*(?:\d+|[一两二三])\s*(?:所|个|家|支|处|条)(?P<thing>[^，,\d]{2,24})$")
#: what all of a kind is to have (二级以上医疗机构全面配备营养师, 力争全市…卫生院设置中医馆、配备中医医师)
_ALL_HAVE = re.compile(r"^(?:力争|确保)?(?P<units>全[市县区][^，,、]{2,24}?|所有[^，,、]{2,24}?|[^，,、]{2,24}?(?=全面|全部)"
                       # (于 as 在, Hong Kong's 於瑪麗醫院設立…: a place, never the indicator's name)
                       r"|(?:在|于)(?!\s*(?:19|20)\d{2})(?P<place>[^，,、的]{2,24}?)(?<!推广|鼓励|支持|探索|普遍)"
                       r"(?=建立|设置|配备|设立|开设|成立))"
                       rf"(?:全面|全部|均|都)?(?P<verb>{vocabulary.source('provision.all')})(?P<thing>[^，,、\d]{{2,20}}|(?=、))"
                       r"(?:、(?P<more>[^，,]{2,20}))?$")
#: all of a kind to reach a standard (所有医共体建设要达到国家评判标准, …所有乡镇卫生院都要达到国家基本标准)
_EVERY = re.compile(r"^(?P<whole>[^，,]{0,12}?)(?P<all>所有|全部|各(?![^，,]*所有))(?P<subject>[县市区乡镇村]|[^，,]{2,30}?)(?:(?:都|均|全面|全部)?(?:要|应)?"
                    r"(?P<verb>达到)(?P<level>[^，,]{2,20}?(?:标准|水平|要求))|(?:全部|均|都)(?P<verb2>接入|纳入)(?P<level2>[^，,]{2,20})"
                    r"|(?:全部|均|都)?(?:基本|全面)?(?P<verb3>建成|完成)(?!一批)"
                    r"(?P<level3>[^，,\d]{2,20}|[^，,\d]{2,60}的(?P<thing>[^，,\d的]{2,12}))"
                    r"|(?:全部|均|都)(?P<verb4>达标)(?P<level4>建设|运行)?)等?$")  # 所有…业务用房全部达标建设; …标准等
#: a goal's title that runs into the paragraph setting it (——健康产业规模显著扩大。…)
_GOAL_TITLE = re.compile(r"^\s*(?:——|—|-{2})[^，,。；]{2,24}。")
#: a longer subject is kept whole only where it ends with what it measures (…的比例)
_MAX_LONG_NAME = 45
#: words that point back to the indicator of the clause before (2030年时这一数字将超过83.4岁, 该指标将超过83岁)
_BACK_REFERENCE = r"(?:时|届时|那时)?(?:这一|这个|此一|此|该|上述|其)(?:数字|数值|指标|比例|比率|水平|数据|项指标|值)"
#: a verb before an amount that makes the amount a target (全市建成体育主题公园80个)
_BUILD = vocabulary.pattern("build_verbs")
#: the same verb just before a name (…；培育健康浙江行动省级样板50个)
_BUILT_BEFORE = vocabulary.source("build_verbs").removeprefix("^") + "$"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_ADVERBS = vocabulary.pattern("subject_end")


#: a status's keeping verb and who keeps it (全国所有县保持…): cut off, the status is the name
_KEEP_VERB = re.compile(rf"^{vocabulary.source('standing_where')}(?:继续|持续)?(?:保持|维持|巩固)")


#: a subject that says where a deliverable is to be done (重点城市, 各县区, 农村地区), not what is done
_WHERE_DONE = re.compile(r"(?:城市|城区|[市县区省镇乡村旗]|地区|各地|县区|县市)$")
#: a place and a manner as a deliverable's subject (在全省率先): where and how it is done, never its name
_PLACE_MANNER = vocabulary.pattern("place_manner")
#: "for example" before a clause (比如…, 例如…): no part of the name
_FOR_EXAMPLE = vocabulary.pattern("for_example")
#: a share of a whole named before it with 中 (院前急救救护车中至少40%为负压救护车)
_SHARE_IN_WHOLE = vocabulary.pattern("share_in_whole")
#: how often a thing is to be done in each span of time (每学期至少开展1次…): left out, with why
_PER_TIME_DONE = vocabulary.pattern("per_time_done")


#: the word that joins a second thing made to a first in one clause (成立母乳库及建立母乳捐赠机制)
_JOINED_MAKING = re.compile(r"(?:以及|及|并|和)(?=(?:建成|成立|设立|建立(?!健全)|创建)[^，,]{2})")


def _deliverable_subject(clause: str) -> str:
    """What a deliverable makes or keeps: the clause without its verb (推进实现医保基金省级统筹 → 医保基金省级统筹,
    保持无脊髓灰质炎状态 → 无脊髓灰质炎状态)."""
    rest = _DELIVER.sub("", re.sub(r"^(?:推动(?:我[市县区]|全[市县区])?|加快)(?=创建|建成)", "", clause))
    if clause.startswith("把"):
        rest = clause[1:]  # "把党政机关建成无烟机关": 党政机关建成无烟机关
    elif rest == clause:
        rest = _KEEP_VERB.sub("", re.sub(r"^(?:力争|推进|推动|基本|全面|真正)+实现", "", clause))
    return _clean_subject(_KEPT_AFTER.sub("", rest)) or clause


#: a deliverable's words after the thing made or ended that say it is kept (消除疟疾并持续保持: named 疟疾, not 疟疾并)
_KEPT_AFTER = vocabulary.pattern("kept_after")
#: a harm or disease to control or end in words the grammar does not read (有效控制和消除血吸虫病危害)
_HARM_TO_END = vocabulary.pattern("harm_to_end")
#: the places where conditions allow, as a clause's subject (有条件的省（自治区、直辖市）): where a target holds, no measure
_WHERE_CONDITIONS_ALLOW = vocabulary.pattern("where_conditions_allow")


def _covered_names(covered: list[str]) -> list[str]:
    """The names of what a list covers in full ("A、B基本实现全覆盖": A覆盖率, B覆盖率). Where some of the
    pieces are measures (…达标率、…覆盖率均达到100%), each is its own name and a piece with no measure is a
    qualifier of the measure after it (新建城区、新建居住区配套…达标率: one name)."""
    if not any(_MEASURE.search(part) for part in covered):
        return [part if part.endswith(("覆盖率", "覆盖")) else part + "覆盖率" for part in covered]
    names: list[str] = []
    pending: list[str] = []
    for part in covered:
        pending.append(part)
        if _MEASURE.search(part):
            names.append("、".join(pending))
            pending = []
    if pending:  # a last piece with no measure: it joins the one before
        names[-1] = "、".join([names[-1], *pending])
    return names


#: a level or kind that describes a thing (国家级, 示范性, 紧密型): a thing listed by it alone shares a head
_ONLY_A_LEVEL = re.compile(r"(?:级|性|型)$")


def _with_shared_head(things: list[str]) -> list[str]:
    """Things listed with their counts, where one is only a level (建成20个国家级和100个省级重点学科): it takes the
    head of the last thing, after that thing's own level (国家级重点学科)."""
    last = things[-1]
    level = re.match(r"^.*?(?:级|性|型)", last)
    head = last[level.end():] if level else ""
    if len(head) < 2:
        return things
    return [thing + head if _ONLY_A_LEVEL.search(thing) else thing for thing in things]


def _with_measure(part: str, last: str) -> str:
    """A listed name without a measure of its own that ends with a word of the last one's (职工医保 before
    城乡居民医保参保率): the last one's measure after that word is its measure too (职工医保参保率)."""
    if part is last or _HEAD.search(part):
        return part
    for size in range(min(len(part), 6), 1, -1):
        at = last.find(part[-size:])
        if at > 0 and _HEAD.search(last[at + size:]):
            return part + last[at + size:]
    # "二氧化硫、氮氧化物排放量", "先进制造业、现代服务业、战略性新兴产业比重": things listed before the measure they share
    shared = _SHARED_MEASURE.search(last)
    return part + shared.group(0) if shared and len(last) > len(shared.group(0)) + 1 else part


#: a measure that things listed before it share (…、氮氧化物排放量: 二氧化硫排放量 too)
_SHARED_MEASURE = re.compile(r"(?:排放总?量|比重|占比|浓度)$")


def _leads_ahead(lead: re.Match | None) -> bool:
    """A paragraph led by the year it is to reach (到2023年，…。…每千人口拥有托位数4.1个: a bare amount later in
    the paragraph is that year's target); not 截至2023年 or 在2023年, which may tell a year's record."""
    return bool(lead) and _TO_REACH.match(lead.group(0)) is not None


def _told_from(rule: Rule) -> bool:
    """A reading of a change from a start to an end year (由2015年的7.32万家增加到2020年的8.11万家)."""
    return any(note.startswith("from ") for note in rule.notes)


def _size_of_change(told: tuple[str, int] | None, subject: str, rule: Rule) -> int | None:
    """The end year of the change the clause before told, where this clause, with no subject or year of its
    own, gives its size ("…增加到2020年的8.11万家，增长10.88%"): the same change, so the same year."""
    if told and told[0] == subject and rule.year is None and rule.kind in ("vs_baseline", "annual_rate"):
        return told[1]
    return None


def _runs_on(clause: str) -> bool:
    """A clause whose last words describe a noun in the next clause (…机构为支撑的，…的养老服务体系), or that says
    only what the thing is built on (建成以基本医疗保险为主体，…的多层次医疗保障体系): the thing it names runs on past
    the comma, so the clause alone names nothing."""
    return clause.endswith("的") or bool(_RUNS_ON_MODIFIER.match(_deliverable_subject(clause)))


def _indicators_listed(subject: str) -> list[str]:
    """The indicators a subject names, listed or not, before naming their kind (``再住院率、抗菌药物使用率等主要医疗服务
    质量指标``, ``…天数比例和细颗粒物（PM2.5）浓度指标``, ``单位GDP能耗``); none where one names no measure."""
    match = re.match(r"^(?P<names>.+?)(?:等[^，,、等]{0,14}指标|指标)?$", _clean_subject(subject))
    names = [_clean_subject(name) for name in re.split(r"、|和|及|以及", match.group("names"))]
    if not all(3 <= len(name) <= _MAX_SUBJECT and _MEASURE.search(name) for name in names):
        return []
    return names


#: a baseline that closes a subject (…规范管理率由目前的50%[分别提升至…]): the figure the change starts from
_FROM_NOW = re.compile(r"(?<=.)由(?:目前|现在|当前|现有|现)?的?\s*\d[^，,、]*$")


#: the people a measure is of, said with 的 before it (居民的人均预期寿命, 全市居民的健康素养水平)
_WHOSE = re.compile(r"^(?:全体|广大)?(?P<who>城乡居民|居民|市民|群众|人民|国民|民众|国人)的(?=\S{2})")


def _without_whose(subject: str) -> str:
    """``subject`` without a leading ``居民的`` that no catalogued name has: 居民的人均预期寿命 is 人均预期寿命,
    居民的健康素养水平 is 居民健康素养水平 (the catalogue's own name); an uncatalogued measure keeps its people,
    joined (居民的睡眠时长 → 居民睡眠时长)."""
    whose = _WHOSE.match(subject)
    if not whose:
        return subject
    rest = subject[whose.end():]
    joined = whose.group("who") + rest
    return joined if catalogue.names(joined) or not catalogue.knows(rest) else rest


def _two_rates(subject: str) -> list[str]:
    """The two rates a subject joins with 和, 及 or 与 (``5岁以下儿童贫血率和孕妇贫血率``), each a name of its own;
    else nothing (``城乡居民基本医疗保险和大病保险报销比例`` is one measure)."""
    parts = re.split(r"和|及|与", subject)
    if len(parts) == 2 and all(len(part) >= 4 and part.endswith("率") and "、" not in part for part in parts):
        return parts
    return []


def _year_opening(clause: str) -> str:
    """The year to reach that opens a clause (到2022年 of 到2022年有效控制…), with any comma after it; empty where none."""
    opening = _YEAR_OPENING.match(clause)
    return opening.group(0) + re.match(r"\s*[，,]?", clause[opening.end():]).group(0) if opening else ""


def _named_alone(clause: str) -> str | None:
    """The measure a clause names with nothing else (``…的等待期``, ``居民健康素养水平``: no number, no verb of its
    own), for the clause after it to set; None for any other clause."""
    name = _clean_subject(clause)
    ageless = _AGE_OF_PEOPLE.sub("", name)  # (65岁及以上老年人健康管理率: the age is whose measure it is)
    if not name or len(name) > _MAX_SUBJECT or re.search(r"\d", ageless) or not _HEAD_OR_SPAN.search(name) \
            or _ACTION.match(name) or _NARRATIVE.search(name) or _MARKER_SPLIT.search(ageless):
        return None
    return name


#: what a clause requires be done or met (须达到…要求, 必须完成, 要全部建成): a requirement, read or not
_REQUIRED_BY = re.compile(r"(?:须|必须|要|应当?)(?:全部|全面|均|都)?(?:达到|完成|建成|实现|符合)")


#: who is to have all of them done, before the modal, 全部 and the verb a done word ends (…活动室要全部安装 / 完成)
_ALL_DONE = re.compile(r"^(?P<who>.{3,}?)(?:要|须|必须|应当?)?(?:都|均)?全部[\u4e00-\u9fff]{1,2}$")


#: what a measure's name ends with: a rate, count, share, level, span of time (等待期, 住院日)
_HEAD_OR_SPAN = re.compile(r"(?:率|数|比|量|比例|比重|水平|寿命|面积|规模|人数|期|时间|天数|日数)$")


#: what may follow a province's short name that makes it part of a name, not the place (江苏省…, 江苏省级…, 上海市民…,
#: 湖南中医药大学…, 江西籍…, 广西壮族自治区人民医院…): a body of the province, or its people
_PROVINCE_WORD_AFTER = r"(?!省|市|级|医|大学|籍|人民|中医|妇幼|疾病|卫生健康|卫健|自治|壮族|回族|维吾尔|生产建设)"


@cache
def _province_first() -> re.Pattern:
    """A province's (or a municipality's) short name opening a subject, with three characters of the name after it
    (江苏人均体育场地面积: the catalogue's 人均体育场地面积 was missed), from ``provinces`` and ``municipalities`` in
    rules/names.yaml; compiled on first use, off the everyday check's path."""
    names = load_rules_yaml("names.yaml") or {}
    short = {re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省|市)$", "", place)
             for place in (*(names.get("provinces") or ()), *(names.get("municipalities") or ()))}
    alternation = "|".join(sorted((re.escape(name) for name in short if len(name) >= 2), key=len, reverse=True))
    return re.compile(rf"^(?:{alternation}){_PROVINCE_WORD_AFTER}(?=[\u4e00-\u9fff]{{3}})")


@cache
def _attribution_tail() -> re.Pattern:
    """A dash and who set the goal before it (``——《…》明确提出这一目标``); compiled when first needed
    (``attribution_tail`` in rules/extract.yaml)."""
    return vocabulary.pattern("attribution_tail")


@cache
def _work_on() -> re.Pattern:
    """Work set on a set of things with no amount (``对…敬老院实施适老化改造``), whose done share a clause after it
    bounds (``2022年底前完成80%以上``); compiled when first needed (``work_on`` in rules/extract.yaml)."""
    return vocabulary.pattern("work_on")


def _work_named(clause: str) -> str | None:
    """The name of the work a clause sets (``在运营的乡镇敬老院适老化改造``), or None."""
    work = _work_on().match(clause)
    return work.group("what") + work.group("work") if work else None


@cache
def _speaker_will() -> re.Pattern:
    """Who speaks and will, before a deliverable's year (我们会, 政府会: ``speaker_will`` in rules/extract.yaml);
    compiled on first use, off the everyday check's path."""
    return vocabulary.pattern("speaker_will")


def province_first(subject: str) -> tuple[str, str] | None:
    """The province's (or municipality's) short name opening a measure's name, and the name without it and the aim's
    words after it (江苏要实现人均体育场地面积 → 江苏, 人均体育场地面积); None where none opens it (上海市民…, 上海交通大学…:
    a body or the people of the place). Whether it may be cut is the plan's region's to say: the draft cuts its own
    province's, never another's (two provinces' targets would be one indicator's)."""
    short = _province_first().match(subject) if _HEAD.search(subject) else None
    if short is None:
        return None
    rest = _clean_subject(_SUBJECT_START.sub("", subject[short.end():]))
    return (short.group(0), rest) if rest else None


def _clean_subject(subject: str) -> str:
    subject = _SUBJECT_START.sub("", subject.strip(" ，,、：:；;"))
    subject = re.sub(r"^的(?=..)", "", subject)  # "要把全省的婴儿死亡率": what is left after the place
    subject = _without_whose(subject)
    subject = _ADVERBS.sub("", subject)
    subject = _FROM_NOW.sub("", subject)  # "…管理率由目前的50%": the baseline is no part of the name
    subject = re.sub(r"^(?:一批|一支|一所|一个)(?=..)", "", subject.strip(" ，,、：:"))  # 建成一批健康步道
    # "…覆盖率目标为45%以上": 目标 is the target's word, not the measure's (named …覆盖率目标, it matched no data)
    subject = re.sub(r"(?<=[率例重数量度命平])的?(?:目标|预期)值?$", "", subject)
    # "严重精神障碍患者规范管理率≥80%/年", refused: the comparator the cut left is the target's, never the name's
    subject = re.sub(r"\s*[≥≤＞＜><=≧≦]+$", "", subject)
    for opening, closing in ("“”", "‘’", "《》", "（）", "()"):
        if subject.count(opening) != subject.count(closing):  # a quote cut off by the clause (人人拥有“)
            subject = subject.strip(opening + closing)
    return subject if len(subject) >= 2 else ""  # what is left of "将实现为" is no name


def _after(clause: str, subject: str | None) -> str:
    """The clause's words after its subject and any year (the target itself)."""
    text = clause
    if subject:
        end = _end_of(clause, subject)
        if end is not None:
            text = clause[end:]
    text = text.strip(" ，,、：:")
    text = re.sub(r"^(?:[在于到至]\s*)?(?:19|20)\d{2}\s*年(?:年?[底末]|度)?(?:前)?(?!的?基础上)[，,]?", "", text).strip(" ，,、")
    for word in ("均", "都", "也", "要", "应", "須", "须", "的"):
        if text.startswith(word) and len(text) > 1:
            text = text[1:]
    return text or clause


def _from_control(clause: str, subject: str | None) -> str | None:
    """The words of a ceiling whose verb 控制在 is written around its name, from 控制 on (``控制5岁以下儿童死亡率在6‰``):
    the words after the name alone (``在6‰``) would read as a level to reach, not the ceiling. None where the clause
    does not write 控制 right before the name."""
    span = _span_of(clause, subject) if subject else None
    if not span or not clause[:span[0]].endswith("控制"):
        return None
    return clause[span[0] - len("控制"):].strip(" ，,、：:。")


def _end_of(clause: str, subject: str) -> int | None:
    """Where ``subject`` ends in ``clause`` (see :func:`_span_of`)."""
    span = _span_of(clause, subject)
    return span[1] if span else None


#: the quotes a name may stand in
_QUOTE_PAIRS = ("“”", "‘’", "「」", "『』", '""')


def _span_of(clause: str, subject: str) -> tuple[int, int] | None:
    """Where the grammar's ``subject`` stands in ``clause``: the grammar normalises it (``（助理）`` →
    ``(助理)``, ``、`` → ``,``, Ⅲ → III, spaces out), so it is looked for in the clause's shapes."""
    at = clause.find(subject)
    if at >= 0:
        end = at + len(subject)
        if at and clause[at - 1:at] + clause[end:end + 1] in _QUOTE_PAIRS:
            return at - 1, end + 1  # “无废城市”全覆盖: the quotes round the name are the name's, not the target's
        return at, end
    wanted = _shape(subject)
    for end in range(1, len(clause) + 1):
        if _shape(clause[:end]).endswith(wanted):
            for start in range(end):  # the widest: a quote the grammar drops (“无废城市”) is the name's
                if _shape(clause[start:end]) == wanted:
                    return start, end
            return None
    return None


def _shape(text: str) -> str:
    """``text`` in the grammar's characters (NFKC, its character map), without spaces."""
    text = unicodedata.normalize("NFKC", text)
    for old, new in grammar().characters.items():
        text = text.replace(old, new)
    return squeeze(text)


#: a news dateline and an opening quote before a sentence's own words (中新网5月31日电（记者…）“2022年，…)
_DATELINE = r"(?:[^，,。“”\"]{0,30}?\d{1,2}月\d{1,2}日电(?:[（(][^）)]*[）)])?\s*)?[“\"]?"
#: a news report's byline before its first sentence (本报讯（记者 李琪）2025年…; 湖南日报讯; （记者 张三）…): who wrote
#: it, no part of the sentence's subject
_BYLINE = re.compile(r"^(?:(?:本报|本刊|本台|本网|[\u4e00-\u9fff]{2,8}(?:日报|晚报|网|社|电视台))讯\s*[:：]?\s*)?"
                     r"(?:[（(]\s*(?:记者|通讯员|见习记者|实习记者|特约记者)[^（）()]{0,30}[）)]\s*)?")
_RECORD = re.compile(rf"^{_DATELINE}(?:截至|截止(?:到|至)?)\s*(?:19|20)\d{{2}}\s*年|^{_DATELINE}((?:19|20)\d{{2}})\s*年(?:末|底)?\s*[，,]")


#: a count or an estimate, even of what will be ("调查初步统计，2023年…将超过26%")
_COUNTED = re.compile(r"(?:据|初步|经)统计|统计(?:结果)?表明")
#: what statistics show is a record ("《2018年…统计公报》显示，…", "监测数据显示")
_REPORTED = re.compile(r"(?:公报|统计|数据|监测|调查|普查|年鉴)[》”\"]?(?:结果)?(?:还|也)?显示|统计局\S{0,6}?发布"
                       r"|^结果(?:还|也)?显示"  # "结果显示：十年间，…目标如期实现": what a monitoring report found
                       # "…，平均预期寿命2023年达83.1岁……一组数据，直观地展现出…": figures a news item's lede shows
                       r"|(?:一组|这组|这些|以上|上述|一串)数据[，,]?[^。；;]{0,10}?(?:展现|展示|反映|表明|说明|显示|见证|印证)")
#: what a report or survey found (报告指出，…由2021年的9.5%下降至2023年的9.1%; 调查发现，…): a record, unless the
#: sentence turns ahead, names a year to reach (报告指出，到2025年…) or speaks of goals
_FOUND = re.compile(r"(?:报告|调查|研究|普查|监测|评估)[》”\"]?(?:结果)?(?:还|也)?(?:指出|发现|表明)")
#: a sentence that opens with this year (今年发展主要预期目标是…, 会议要求，今年…): not the year of the sentence before
_THIS_YEAR_FIRST = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:[\u4e00-\u9fff]{1,8}[，,]\s*)?"
                              r"(?:今年(?![以之]?[来前])|(?:到|力争|预计)?明年)")
#: a clause that opens with a date of record that is no plan's year-end (截至今年9月…, 截至目前…, 截至2023年6月…)
_AS_OF = re.compile(r"^(?:截至|截止(?:到|至)?)\s*(?:今年|目前|现在|去年|上年|本年|当前|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?!底|末))")
#: a year, then a name and its amount with no verb between (2018年户籍人口期望寿命83.63岁)
_YEAR_RECORD = re.compile(r"^((?:19|20)\d{2})\s*年(?!\s*(?:末|底)?\s*(?:或?之前|或?以前|前)(?![一二三四五六七八九十两\d]|三季))(?:末|底)?[^\d，,；;。]{2,40}?(?<![到至为达于低高过在])\s*\d")
#: a name, a year and 为 before its amount (孕产妇死亡率2023年为8.5/10万), as statistics write a year's figure
_NAME_YEAR_RECORD = re.compile(r"^[^\d，,；;。]{2,40}?((?:19|20)\d{2})\s*年(?:末|底)?(?:为|是|仅为)\s*\d")
#: a value's way 由 one amount to another with no year anywhere (婴儿死亡率由3.77‰降低至3.15‰): what happened,
#: as reports write it (a plan's 由…到… gives the years; 从… without one may be a period's goal a report quotes)
_FROM_TO_UNDATED = re.compile(r"由(?:原来的|目前的)?\s*\d[^，,；;]*?(?:提高|提升|增加|增长|上升|降低|下降|减少|缩短|延长)(?:到|至)")
#: a year named relative to the document's date, ahead (明年), or this year's with a word looking ahead (今年…将)
_NEXT_YEAR, _THIS_YEAR_SAID = re.compile(r"明年"), re.compile(r"今年|本年")


def _year_ahead_said(before: str, clause: str) -> bool:
    """Whether the sentence up to the clause's end (``before``) names its year relative to the document's date, ahead
    (明年全台友善醫療院所將由21家增加到63家; 今年…将由…增加到…): a from-to in it is a goal of that year, which the draft
    dates, not a story of no year (it was dropped without a word)."""
    return bool(_NEXT_YEAR.search(before) or _THIS_YEAR_SAID.search(before) and _FUTURE.search(clause))


#: a listed thing with its own amount (区域医疗中心1个 in 建成区域医疗中心1个、县域医疗次中心3个)
_OWN_AMOUNT = re.compile(rf"^(?P<name>\D{{2,}}?)(?P<amount>\d+(?:\.\d+)?\s*(?:{vocabulary.source('count_words')}|%|‰|/10万|/万)"
                         rf"(?:以上|以下|左右)?)$")
#: a share written before the units it counts (全市80%以上的乡镇卫生院达到国家“优质服务基层行”基本标准)
#: (the units may carry a bracket that lists others, 县（市、区）, and a modal before the verb, …都要建立…)
#: (a Hong Kong pledge, 九成半的危急类别病人，会在15分钟内得到诊治 / 九成的紧急类别病人在30分钟内获诊治: a comma and a modal
#: before the verb, and the time it is done within; 九成半 is 95%)
#: (after a year to reach of its own, 到2022年70%以上的流行县…, read as the clause's year; after the place it holds in,
#: 全国95%以上的病区县, 我省90%以上的病区村, the place no part of the name; 超过80%的… as 80%以上的…: the name was doubled,
#: 全国全国…, and the share left unread)
_SHARE_FIRST = re.compile(r"^(?:(?:力争|预计)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:年?[底末])?[，,]?)?"
                          r"(?:而|且)?(?:(?:并|力争)?(?:将|让|使))?(?P<place>全[市县区省镇国]|我[市县区省]|本?辖区内?)?"
                          # "让照护网内的8成病友接受…": where the units are, before the share of them
                          r"(?P<whose>(?<=[将让使])[\u4e00-\u9fff]{2,10}?的(?=\d|[1-9一二三四五六七八九]成))?"
                          # (百分之九十的…病人: a share in Chinese numerals, as Hong Kong's pledges write it)
                          # (after a place its 的 may be left out: 辖区100%精神专科医院设立心理门诊, named 辖区, unread)
                          r"(?P<share>(?:超过|不少于|至少|不低于)?(?:\d+(?:\.\d+)?%|百分之[一二三四五六七八九十百点零]+)(?:以上|及以上|左右)?(?(place)的?|的)"
                          r"|[1-9一二三四五六七八九]成(?:半|[一二三四五六七八九])?(?:以上)?(?:的)?)"
                          r"(?P<units>(?:[^，,、\d%（()）]|[（(][^，,\d%（()）]{1,12}[）)]){1,20}?)(?:都|均)?(?:要|应|须)?"
                          r"(?:[，,]\s*(?:会|亦|可|将|也|均|都|能)*)?(?:会|可|将|能)?"
                          # (…会在30分钟内得到诊治; 于8星期内获安排…, 可于预约时间30分钟内获诊治: HA's wording)
                          r"(?P<what>(?:(?:在|于)[^，,]{1,12}?(?:内|之内|以内))?"
                          r"(?:达到|实现|建成|开展|具备|设置|开设|提供|完成|通过|建立|设有|设立|配备|开通|加入|纳入|接受|获得|得到|获)"
                          r"[^，,]{2,40})$")
#: a count written before the units it counts (力争3家市级医院达到…A等级, 2家市级医院综合竞争力进入全省医院前10位): how many
#: of them are to do so (the count went into the name, or the clause became a target of the indicator before it)
#: (全国1万家医疗机构提供早孕关爱门诊服务: how many give the service, in a national list; it was lost without a word)
_COUNT_FIRST = re.compile(r"^(?:力争|确保|争取|推动|支持)?(?:全[市县区省国])?"
                          rf"(?P<count>(?:{vocabulary.source('counted.before')})?"
                          rf"(?:\d+(?:\.\d+)?\s*[万千]?|{vocabulary.source('counted.numeral')})"
                          rf"\s*(?:{vocabulary.source('count_words')})"
                          # (not 6个月内…: a span of time inside the name, 个 its counter)
                          rf"(?!{vocabulary.source('counted_time')})(?:以上|及以上|左右)?)"
                          r"(?P<units>(?:[^，,、\d%（()）]|[（(][^，,\d%（()）]{1,12}[）)]){1,20}?)(?:都|均)?(?:要|应|须)?"
                          r"(?P<what>(?:达到|进入|跻身|位居|通过|获得|成为|建成|创建|创成|提供|设立|开设|开展|设置|完成)"
                          r"[^，,]{2,40})$")
#: a deadline that opens a clause with no word before it (2025年前建成…, 2025年底前完成…, 2023年10月底前完成…,
#: 2024年6月30日前，…): by that year
_DEADLINE = re.compile(r"^(?:力争|确保|争取)?(?:于|在)?((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底|末|上旬|中旬|下旬)?"
                       r"(?:或?之前|或?以前|前)\s*[，,]?")
#: who is to meet a deadline, before it (各县（市、区）2023年底前完成…): the deadline is cut from between (with its
#: 于 or 在: 全县二级以上医院于2024年底前…, whose 于 had ended the name)
_WHO_BY_DEADLINE = re.compile(r"^(?:各|全)[^，,\d（(]{1,8}?(?:[（(][^）)\d]{1,8}[）)])?"
                              r"(?=(?:于|在)?(?:19|20)\d{2}\s*年[^，,]{0,10}?前)")
#: a clause that says how things stand now (当前…, 目前…, 现有…)
_NOW = re.compile(r"^(?:当前|目前|现阶段|现有|现已)")
#: a count of what there is (全市共有医疗卫生机构1234个): a record, unless a year to reach leads the sentence
_TOTAL = re.compile(r"^(?:全[市县区省国]|我[市县区省国])?(?:共有|现有|共计|合计)"
                    # (卫生健康共有6个项目入选: how many of a field's there are, no target)
                    r"|^[\u4e00-\u9fff]{2,8}?(?:共有|共计|合计)(?=\s*[\d一二两三四五六七八九十])")
#: a name alone, with at most an age in it and its unit in brackets after it (5岁以下儿童死亡率（‰）, 孕产妇死亡率（1/10万）)
_ONLY_A_NAME = re.compile(r"[^\d，,；;。（）()]*(?:\d+\s*(?:周岁|岁)(?:及以下|及以上|以下|以上)?[^\d，,；;。（）()]*)?"
                          r"[（(](?:‰|%|％|1/10万|1/万|/10万|/万|岁|人|张|个|所|家|元|万元|亿元|万人|平方米|天|[^（）()\d]{0,6}单位[^（）()]*)[)）]")
#: a change from the year or period before, as statistical reports write it
_YEAR_ON_YEAR = re.compile(r"^(?:比|较)上年|^同比|^环比")
#: a number that counts a plan's goals or indicators (订立9个健康目标, 提出12项主要指标), not a target's amount
_COUNTS_GOALS = re.compile(r"\d+\s*(?:个|项|大)[^，,。；;]{0,30}?(?:目标|指标)(?!值)")
#: how many bodies issued a document (涉及国家卫健委、发改委等10个部门联合印发), no target's amount
_ISSUED_BY = re.compile(r"\d+\s*个?(?:部门|部委|单位)(?:联合)?(?:印发|发布|制定|出台)")
#: hearsay that opens a sentence (据介绍，2024年…达到79岁; 根据内政部公布资料，2023年…为80.23岁): a report of
#: figures unless what follows turns ahead
_HEARSAY = re.compile(r"^(?:据(?:介绍|了解|悉|报道|测算)|(?:据|根据|依据)[^，,。；;]{0,24}?(?:资料|数据|统计|公报|调查|调研|普查|监测结果)"
                      r"(?:显示|表明)?"
                      # what a reporter heard (记者从发布会上了解到，…; 记者日前从有关部门获悉，…)
                      r"|[^，,。；;“”\"]{0,30}?(?:了解到|获悉|得知))\s*[，,：:]?\s*")


#: a year's own figures (2024年度县医院…占比达100%), as a year's review names them; not the year's goals or plan
_YEAR_OF_RECORD = re.compile(rf"^{_DATELINE}((?:19|20)\d{{2}})\s*年(?:度(?![^，,。；]{{0,6}}(?:目标|计划|任务|预算|要求))"
                             # "2021年三大健康指标分别为：…": that year's figures (not 2022年主要目标为：…)
                             r"|(?![^，,。；：:]{0,14}?(?:目标|计划|任务|预算|要求|预期|力争|将))[^，,。；：:]{0,14}?(?:分别)?(?:为|是)\s*[：:])")


#: measures named before 等 and a group of indicators (人均预期寿命等居民主要健康指标, 孕产妇死亡率、婴儿死亡率等主要健康指标)
_AMONG_OTHERS = re.compile(r"^(?P<named>[^等]{3,60}?)等(?P<rest>[^、，,等]{0,14}指标)$")


#: a sentence that opens with a full date and a comma (2025年12月2日，…): a news report's date, never a deadline
#: (2021年7月1日起… takes effect then; 到2025年12月31日… is one)
_DATELINE_DATE = re.compile(r"^[“\"]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]")


def _on_record(sentence: str, planned: frozenset[int] = frozenset(), dated: int | None = None) -> bool:
    """Whether a sentence reports a year's figures: ``截至2023年末，…``, or a plain ``2023年，…`` or
    ``2023年度…`` for a year no plan targets (plans set 2020, 2025, 2030, 2035 — a plain lead of those may be a
    target's — a work plan its own year: ``planned``, 2026年工作计划's 2026; and a document of a date, ``dated``, any
    year after it, which no figure can yet be reported for)."""
    if _LAST_YEAR.match(sentence) and not _FUTURE.search(sentence) and "今年" not in sentence:
        return True  # "去年，北京居民…分别为0.69/10万和1.35‰": last year's figures (this sentence only)
    if _DATELINE_DATE.match(sentence) and not _FUTURE.search(sentence) and not _GOAL_YEAR_AHEAD.search(
            _TITLE.sub("", sentence[_DATELINE_DATE.match(sentence).end():])):  # (《2024年…公报》 names a document)
        return True  # "2025年12月2日，据…消息，…达到79岁": the news' date, and what it reports
    match = _RECORD.match(sentence)
    if match:
        return match.group(1) is None or not _plan_year(int(match.group(1)), planned, dated)
    of_year = _YEAR_OF_RECORD.match(sentence)
    return bool(of_year) and not _plan_year(int(of_year.group(1)), planned, dated)


def _plan_year(year: int, planned: frozenset[int], dated: int | None = None) -> bool:
    """Whether a plain ``year年，`` may lead a target: a year plans set (2025, 2030), one the document plans for, or
    one after the year of the document's date (``dated``): a plan dated 2020年6月4日 cannot report 2022's figures, so
    its ``2022年，…`` sets that year's targets (read as a report, the paragraph was lost without a word)."""
    return year % 5 == 0 or year in planned or (dated is not None and year > dated)


#: a sentence or clause that opens with last year (去年，…, 去年全市…降至3.2‰, 去年以来，…): its figures are last year's
_LAST_YEAR = re.compile(r"^[“\"]?(?:去年|前年|上年度?|上一年)")
#: a figure told as also standing so (也超过30%, 也已达到), not one also to be reached (也要, 也将)
_ALSO_STATED = re.compile(r"也(?:已经?)?(?:超过|达到|达|高于|低于|突破|接近|不足)")


#: months of this year already past that open a clause (今年1—10月, 前三季度, 前10个月): what they brought is on record
#: (not 2026年3—6月 nor 上半年, a plan's schedule)
_MONTHS_GONE = re.compile(r"^(?:(?:今年|本年)前?\d{1,2}\s*[-—–~～至]\s*\d{1,2}\s*月(?!底|末|前|龄)"
                          r"|(?:今年|本年)?(?:前[一二三四五六七八九十\d]{1,2}个?月|前三季度))")
#: a change on the same months of the year before (同比下降16.3%, 环比, 比上年): how a report tells a figure
_CHANGE_ON_LAST_YEAR = re.compile(r"同比(?!例)|环比|(?:比|较)上年同期")  # (not 同比例提高: up in the same proportion)


def _recorded(clause: str, planned: frozenset[int] = frozenset(), dated: int | None = None) -> bool:
    """Whether a clause gives a past year's figure: a year no plan targets, a name and an amount with no
    verb before it (2018年户籍人口期望寿命83.63岁) or the year after the name (…死亡率2023年为8.5/10万), as a report
    of the present writes it."""
    if _NOW.match(clause) and not _FUTURE.search(clause):
        return True  # "当前共建设运行3099个…", "目前全市人均预期寿命为80岁": how things stand
    if _AS_OF.match(clause) and not _FUTURE.search(clause):
        return True  # "截至今年9月超过448万人次": a count so far, not a year's target
    if "从过去" in clause:
        return True  # "衔接天数从过去平均52天（2017年）": where things started from
    if (_MONTHS_GONE.match(clause) or _CHANGE_ON_LAST_YEAR.search(clause) and not planned) \
            and not _FUTURE.search(clause) and not _AIMS.search(clause):
        # "今年1—10月…新感染者同比下降16.3%": months already past, a change on the year before: a report's figure (a
        # year's work plan may aim at a change on last year)
        return True
    match = _YEAR_RECORD.match(clause) or _NAME_YEAR_RECORD.match(clause)
    # not "2023年发布的《…方案》进一步提出到2030年将…提升至46.6%": a year to reach after the year of record
    return bool(match) and not _plan_year(int(match.group(1)), planned, dated) and not _FUTURE.search(clause) \
        and not _sets_a_year(clause)


#: what opens a clause that gives the figure a target later in its sentence starts from: a year of record
#: (2020年…, 截至2022年…) or now (目前…, 现有…)
_BASE_OPENING = re.compile(r"^(?:(?P<as_of>截至|截止(?:到|至)?)?\s*(?P<year>(?:19|20)\d{2})\s*年(?:末|底)?(?![前后以起])"
                           r"|(?P<now>当前|目前|现阶段|现有|现在))")
#: a name and its amount, stated (为 60%; after 截至 or 目前 also 达2.8人, 3200张), no change told
_BASE_AMOUNT = re.compile(r"^(?P<name>[^，,；;。]{2,40}?)(?P<verb>为|是|达到?|有)?\s*(?<![\d.])\d[\d.]*\s*"
                          r"(?P<unit>(?:/(?:10|1)?[万千]|[^\d\s，,]){0,6})$")
#: words of a change or a bound: a clause with them sets a target (a bound after the amount: 为60%以上; not the
#: 以上 of a name, 二级以上医院, 65岁以上老年人)
_BASE_CHANGE = re.compile(r"提高|提升|增加|增长|上升|降低|下降|减少|控制|缩短|延长|力争|将|要|比|较|不[低高少多超]")
_BASE_BOUND = re.compile(r"以[上下内]|左右")
#: a year the words after it set a target for (2025年提高到70%, 到2025年…), not one compared with (较2015年…)
_GOAL_YEAR_AHEAD = re.compile(r"(?<![较比于从由与])(?:(?:到|至|力争|预计)\s*)?((?:19|20)\d{2})\s*年(?:底|末)?前?"
                              r"(?![^，,。；;]{0,3}的)")


#: words that set an aim, not tell a record (a part after 目前…； with them is a target: 确保…, 控制在…以内, 下一步…争取)
_AIMS = re.compile(r"确保|力争|争取|努力|控制在|控制到|提高到|提升到|提高至|提升至|降至|降到|下降到|不低于|不高于|不少于|不超过|"
                   r"以上|以下|以内|期末|年底前|下一步|今后|未来|要")
#: 和 (及, 与) between two values (4.01‰和9.83/10万), as 、 is
_VALUES_AND = re.compile(r"(?<=[\d‰%％万岁人])(?:和|及|与)(?=\d)")
#: a clause of its own that names the year a change after it counts from (与2020年相比，…降低5%; 相較2020年，…)
_BASE_LEAD = re.compile(r"(?:^|[，,：:])\s*(?P<lead>(?:与|和|同|跟)(?:19|20)\d{2}\s*年(?:的)?(?:水平)?(?:相比|比较|相较)|"
                        r"(?:相较|相比|相對|相对|较|比)(?:于|於)?(?:19|20)\d{2}\s*年(?:的)?(?:水平)?(?:而言)?|"
                        r"以(?:19|20)\d{2}\s*年为(?:基数|基期|基准|基线))\s*[，,]")
#: a base year with its value, a clause of its own before the change that counts from it (较2005年每10万人口73例，累积下降62%)
_BASE_VALUED = re.compile(r"^(?P<lead>(?:相较|相比|相对|较|比)(?:于)?(?P<year>(?:19|20)\d{2})\s*年)(?:的)?"
                          r"(?P<value>(?:每\d*[万千百]?[^，,。；;\d]{1,5})?\d+(?:\.\d+)?\s*[^，,。；;\d]{0,6})$")


def _counted_from_valued_base(found: list[Found], valued: re.Match, first: int, sentence: str) -> None:
    """The changes of no base year found after a clause that gives one with its value (``valued``, from the hit at
    ``first`` on): each counts from that year (its words joined to the change's, as 较2005年累积下降62%), and that
    year's value is the indicator's baseline; its quote runs from that clause through the change (in ``sentence``)."""
    for at in range(first, len(found)):
        hit = found[at]
        try:
            own = parse_target(hit.text)
        except CheckerError:
            continue
        if own.kind != "vs_baseline" or own.base_year is not None:
            continue
        try:
            joined = parse_target(valued.group("lead") + hit.text)
        except CheckerError:
            continue
        year = int(valued.group("year"))
        if joined.base_year != year:
            continue
        begin = sentence.find(valued.group(0))
        end = sentence.find(hit.quote, begin) if begin >= 0 else -1
        quote = sentence[begin:end + len(hit.quote)] if end >= 0 else hit.quote
        found[at] = replace(hit, text=valued.group("lead") + hit.text, quote=quote, base=(year, valued.group("value")), review=[
            *hit.review, f"the change counts from {year}, whose value ({valued.group('value')}) the clause before it gives "
                         f"({valued.group(0)}): its year is joined to the words, its value taken as the baseline"])


#: a clause that names what the targets after it build on (在2025年实现…的基础上, 以2025年成效为基础, 在现有基础上): a
#: year in it is the base's, never the year to reach
_BASE_CLAUSE = re.compile(r"^(?:在|于|以)[^，,。；;：:]*?(?:的?基础上|为基础)$")
#: a year that opens a clause (2026年将…, 到2026年，…): after a base clause, the year the sentence's targets are for
_YEAR_OPENING = re.compile(r"^(?:力争|预计)?(?:到|至)?\s*((?:19|20)\d{2})\s*年(?:年?[底末])?(?![的度])")
#: numbers that count no amount: an ordinal (在第38个“世界艾滋病日”…, 第5届), a day or part of a month (2月下旬, 11月28日,
#: 1—10月; not 6月龄, an age)
_NO_AMOUNT = re.compile(r"第\s*\d+\s*(?:个|届|次|轮)|(?:\d{1,2}\s*[-—–~～至]\s*)?\d{1,2}\s*月(?!龄)\s*(?:\d{1,2}\s*[日号])?"
                        r"\s*(?:上旬|中旬|下旬|初|中|底|末)?")


#: a bracketed aside in a measure's name that says what it includes (（包括合理膳食、科学运动…等）, （含…）, （如…）)
_ASIDE = re.compile(r"\s*[（(](?:包括|包含|含|如|即|涵盖|主要包括)[^（()）]*[)）]")
#: a batch's or round's ordinal just before a count (建成第二批5个…, 完成第3轮20家…): which batch the count is of
_BATCH = re.compile(r"(?P<ordinal>第\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:批|轮|期))(?=\s*(?:\d|[一二两三四五六七八九十百千]+\s*"
                    rf"(?:{vocabulary.source('count_words')})))")


def _amounts_of(clause: str) -> str:
    """``clause`` without the numbers that count nothing (ordinals, dates): what is left holds its amounts, if any."""
    return _NO_AMOUNT.sub("", clause)


#: a deliverable that is only a slogan in quotes for how the work is done (实现“扩量与提质并重”), from rules/extract.yaml
_SLOGAN = vocabulary.pattern("slogan")
#: what a clause counts left out for the words it opens with (rules/extract.yaml): a projection of the works' reach
#: (预计将惠及全省17个市县), a vague aim left to discretion (适当扩大研究生培养规模)
_CAN_REACH_WHY = "what something can reach (可达, 可高达, 高达 …), a fact told, no target"
#: what something can reach, which with no year in force is a power told (有效率可达95%), not a target
_MAY_REACH = vocabulary.pattern("may_reach")
#: an estimate of how things will turn out (预估全年将低于900人; 预计 only of this year's whole, or with no year): a forecast
_ESTIMATE, _ESTIMATE_UNDATED = vocabulary.pattern("estimate.always"), vocabulary.pattern("estimate.undated")
_ESTIMATE_WHY = "a forecast (预估, 预料, 预计全年 …): an estimate of how things will turn out, no target"
_HEDGED = ((vocabulary.pattern("projected_reach"), "a projection of how many the works reach (预计…惠及), no target"),
           (vocabulary.pattern("discretionary"), "a vague aim left to discretion (适当, 适度 …), no amount"),
           (vocabulary.pattern("can_reach"), _CAN_REACH_WHY))
#: a change between two dated values (从2012年的8.80%上升到2023年的29.70%): history where a later goal follows it
_DATED_FROM_TO = re.compile(r"(?:已经?)?(?:从|由)\s*(?:19|20)\d{2}\s*年(?:末|底)?的?\s*\d[^，,]*?"
                            r"(?:上升|提高|提升|增长|增加|下降|降低|减少|降|升)(?:到|至)\s*(?P<end>(?:19|20)\d{2})\s*年(?:末|底)?的?\s*\d")
#: a change told as having happened (已由2011年的16.9%降至2023年的11.6%), from rules/extract.yaml: a record, whatever its years
_CHANGED_ALREADY = vocabulary.pattern("changed_already")
#: a clause that grants a fact before the main one (尽管…在2023年下降至9.1%，…), from rules/extract.yaml
_CONCESSION = vocabulary.pattern("concession")
#: a time counted from now (未来8年内, 今后五年): which year it ends in depends on a date the text does not give
_FROM_NOW_SPAN = re.compile(r"(?:未来|今后|往后)的?\s*(?:[一二三四五六七八九十两]+|\d{1,2})\s*年(?:内|里|间|中|之内)?")
#: a share of people or things (8成, 80%, 百分之八十): what a clause counted where it cannot be drafted holds
_A_SHARE = re.compile(r"\d+(?:\.\d+)?\s*(?:成|%|％)|[一二三四五六七八九]成|百分之[一二三四五六七八九十百]")
#: why a share of the group the clause before names (其中8成接受…) is counted, not drafted
_SHARE_OF_GROUP_WHY = f"{LEFT_OUT}a share of the group the clause before names (其中…), with no name of its own: name it by hand"
#: the reasons such clauses are counted under left out with
_RECORD_WHY = f"{LEFT_OUT}a record of a change that has happened (已由…降至…), not a target"
_GRANTED_WHY = f"{LEFT_OUT}a fact granted (尽管…, 虽然…), not a target"


def _later_goal(clause: str, year: int | None) -> bool:
    """Whether ``clause`` sets a target for a year after ``year`` (None: any year; 0: never)."""
    if year == 0:
        return False
    return any(year is None or int(found.group(1)) > year for found in _GOAL_YEAR_AHEAD.finditer(clause))


def _base_of_later_target(clause: str, rest: str, lead: tuple[int, bool] | None) -> tuple[str | None, bool, int | None] | None:
    """Where ``clause`` states the figure a target later in its sentence (``rest``) starts from: the name it
    gives that target, whether what follows is of the record too, and the year of record (None: now). A clause
    that opens with a year (or follows a lead of one, ``lead``: the year, and whether it was 截至) or with 目前 and
    states a name's amount without a change is such a figure when a later clause sets a target for a later
    year. After a bare year the amount must be stated (为, 是): 2025年…达到80岁，2030年达到81岁 is two targets."""
    opening = _BASE_OPENING.match(clause)
    if opening is None and lead is None:
        return None
    if opening is not None:
        year = int(opening.group("year")) if opening.group("year") else None
        as_of = bool(opening.group("as_of") or opening.group("now"))
    else:
        year, as_of = lead
    body = clause[opening.end():] if opening else clause
    amount = _BASE_AMOUNT.match(body)
    if amount is None or _BASE_CHANGE.search(body) or (_BASE_BOUND.search(amount.group("unit")) and not as_of) \
            or not _later_goal(rest, year) \
            or not as_of and amount.group("verb") not in ("为", "是"):
        return None
    name = _clean_subject(amount.group("name"))
    return (name if len(name) >= 2 else None), True, year


def _hearsay(opening: str, sentence: str) -> bool:
    """Whether a sentence reports figures as hearsay (据介绍，2024年…达到79岁), not a plan's words
    (据介绍，到2025年，…将达到80岁 sets targets)."""
    heard = _HEARSAY.match(opening)
    return bool(heard) and not _looks_ahead(opening[heard.end():], sentence)


def _tells_what_was_done(sentence: str, planned: frozenset[int] = frozenset(), dated: int | None = None) -> bool:
    """Whether a sentence turns its paragraph to what was done: it looks back (过去…, “十三五”以来…), gives a
    year's record (2021年，…), reports targets met (…提前实现) or the effort spent (经过…不懈努力，…) and does not
    turn ahead, or says what happened (达到了…, 已提高到…), what statistics show or count, with no word of the
    future and no year to be reached."""
    if _LOOKS_BACK.match(sentence):
        return True
    if _on_record(sentence, planned, dated) and not _FUTURE.search(sentence) and not _sets_a_year(sentence):
        return True  # "2021年，…增加0.14名。…婴儿死亡率由2020年的5.4‰下降到5‰": the year's figures run on
    if _REPORTED_DONE.search(sentence):
        # "“十四五”期间，全市多项核心指标超额完成规划目标": the period named is the one done, unless a year to reach or a
        # word of the future turns the sentence ahead
        return not (_FUTURE.search(sentence) or _sets_a_year(sentence))
    return bool(_DONE_ALREADY.search(sentence) or _REPORTED.search(sentence) or _COUNTED.search(sentence)) \
        and not _FUTURE.search(sentence) and not _sets_a_year(sentence)


#: a question's mark ends a sentence after its words; one straight after a comma or a colon is a character lost
#: to a wrong encoding (…明显下降,?!《实施方案》…: a 。 and a quote mark garbled), no question
_QUESTION = re.compile(r"(?<![，,、；;：:])[？?]\s*$")


def _tells_no_target(sentence: str, opening: str, planned: frozenset[int] = frozenset(),
                     dated: int | None = None) -> bool:
    """Whether a sentence sets no target whatever its words: a question, a count or estimate, a figure measured
    against the plan's target (…与规划目标尚有差距), a year's record or what statistics show (with no word of the
    future), hearsay, someone's projection (``opening`` is the sentence without its list mark)."""
    return (bool(_QUESTION.search(sentence)) or bool(_COUNTED.search(sentence)) or bool(_MEASURED.search(sentence))
            or (bool(_STILL_SHORT.search(sentence)) and not _FUTURE.search(sentence) and not _sets_a_year(sentence))
            or ((_on_record(opening, planned, dated) or bool(_REPORTED.search(sentence))) and not _FUTURE.search(sentence)
                and not (_on_record(opening, planned, dated) and _sets_a_year(sentence)))  # 2023年，…，到2025年控制在5‰以下
            or (bool(_FOUND.search(sentence)) and not _FUTURE.search(sentence) and not _sets_a_year(sentence)
                and "目标" not in sentence)  # not "报告指出，2018年发展主要预期目标是：…", the goals a report sets
            or _hearsay(opening, sentence)
            or bool(_FORECAST.search(opening)))  # "按当局预计，2029年…将占…": an estimate, whatever its tense


#: a goal's year as someone sets it (国健署定下2020年，…的目标): a year to be reached, like 到2020年
_GOAL_YEAR_SET = re.compile(r"(?:定下|订下|定出|设定|确定)了?\s*((?:19|20)\d{2})\s*年(?=\s*(?:[，,]|$))")


def _sets_a_year(sentence: str) -> bool:
    """Whether a sentence names a year to be reached anywhere (…达到了80岁，到2025年达到81岁; 《规划》提出，
    到2020年…; 定下2020年，…的目标), not a span's end (2015年到2020年) or a date of record (截至2023年末)."""
    return bool(_GOAL_YEAR_SET.search(sentence)) or any(not lead.group(0).startswith(("截至", "截止", "在", "于"))
               and not sentence[:lead.start()].rstrip().endswith("年")
               # 截止到2021年底 is a date of record (a year no plan targets); 截止到2025年底 may be a deadline
               and not (sentence[:lead.start()].endswith("截止") and int(lead.group(1)) % 5 != 0)
               and not re.match(r"的?(?:目标|任务|规划)", sentence[lead.end():])  # 实现了到2020年的目标: a noun
               for lead in _YEAR_LEAD.finditer(sentence))


def _looks_ahead(opening: str, sentence: str) -> bool:
    """Whether a sentence turns to the future: it opens with a year to be reached (到2025年, not
    截至2023年) or names one, a plan period (“十四五”期间, 到“十四五”期末), or says 将, 要, 力争 …. Until one does, the
    sentences after one that looks back ("“十三五”以来，…。个人卫生支出占比从29.3%降至28.4%。") tell
    what was done too."""
    lead = _YEAR_LEAD.match(opening)
    return bool((lead and not opening.startswith(("截至", "截止"))) or _PERIOD_LEAD.match(opening)
                or _PERIOD_END.search(opening[:12]) or _FUTURE.search(sentence) or _sets_a_year(sentence))


def _object_of(rule: Rule) -> str | None:
    """The words after a verb the grammar kept as the rule's object note (实现…全覆盖's 县均设置…), if any."""
    return next((note[len("object: "):] for note in rule.notes if note.startswith("object: ")), None)


def _subject_as_written(clause: str, subject: str) -> str:
    """The grammar's ``subject`` as the clause writes it (``综合性医院、康复医院…`` not ``综合性医院,康复医院…``)."""
    span = _span_of(clause, subject)
    return clause[span[0]:span[1]] if span else subject


_GLOSS_MARKED = vocabulary.pattern("pinyin_gloss.marked")
_GLOSS_PLAIN = vocabulary.pattern("pinyin_gloss.plain")


def _glosses(text: str) -> list[re.Match]:
    """The pinyin glosses copied web text carries after characters (實現(xiàn)了, 托(tuo)育): any with a tone
    mark; those without one only where the paragraph has two or more (a lone ``(a)`` is no gloss)."""
    marked = list(_GLOSS_MARKED.finditer(text))
    plain = [m for m in _GLOSS_PLAIN.finditer(text) if not any(g.start() == m.start() for g in marked)]
    return sorted(marked + (plain if len(plain) + len(marked) >= 2 else []), key=lambda m: m.start())


def unglossed(text: str) -> str:
    """``text`` without the pinyin glosses a copied page carries (與國(guó)際 → 與國際): a name, not a quote."""
    glosses = _glosses(text)
    if not glosses:
        return text
    kept, last = [], 0
    for gloss in glosses:
        kept.append(text[last:gloss.start()])
        last = gloss.end()
    return "".join(kept) + text[last:]


def _without_glosses(paragraph: Paragraph) -> tuple[Paragraph, list[int]] | None:
    """``paragraph`` with its pinyin glosses cut, and for each character left its index in the paragraph as
    written (so lines stay right and words can be quoted back); None where it has none."""
    glosses = _glosses(paragraph.text)
    if not glosses:
        return None
    kept: list[int] = []
    last = 0
    for gloss in glosses:
        kept.extend(range(last, gloss.start()))
        last = gloss.end()
    kept.extend(range(last, len(paragraph.text)))
    starts = tuple((bisect.bisect_left(kept, offset), line, page) for offset, line, page in paragraph.starts)
    return replace(paragraph, text="".join(paragraph.text[index] for index in kept), starts=starts), kept


def _glossed_back(piece: str, text: str, original: str, kept: list[int]) -> str:
    """``piece`` of the text without glosses as the document writes it, glosses and all."""
    at = text.find(piece)
    if at < 0 or not piece:
        return piece
    return original[kept[at]:kept[at + len(piece) - 1] + 1]


def find(paragraph: Paragraph, year: int | None = None, listed: bool = False,
         planned: frozenset[int] = frozenset(), lead: str | None = None, dated: int | None = None,
         china: bool = True) -> list[Found]:
    """The targets a paragraph sets; ``year`` is the year a lead before it set (``到2025年，实现以下目标：``);
    ``listed``: the paragraph is an item under a heading or lead that names a year's goals (``2025年主要目标``), so
    a bare amount after a name (``每千人口执业（助理）医师数：3.2人``) is its target, not a fact; ``planned``: the
    years the document plans for (a work plan's ``2026年``), whose plain lead (``2026年，…``) sets targets; ``lead``: the
    heading or lead that set ``year`` (under English ``Targets for 2030:`` a headline's past tense is a goal);
    ``dated``: the year of the document's own date, after which no year's figures can be reported;
    ``china``: the document is about China, so an English "14th Five-Year Plan" is 十四五
    (:func:`english_sentences.about_china`).

    A paragraph in traditional characters is read in simplified ones (the words of the sentence finder
    and the grammar are simplified), and years in Chinese numerals in digits (到二〇二五年); each
    target's words and quote are then taken back from the paragraph as written, character for
    character, so the draft quotes the document. Pinyin glosses (網(wǎng)絡) are cut before it is read and
    put back in the quotes."""
    if NOTE_OPENING.match(paragraph.text.lstrip()):
        return []  # 注：①按常住人口计算。②指30—70岁人群…: a table's notes explain its rows and set nothing
    cut = _without_glosses(paragraph)
    if cut is not None:
        bare, kept = cut
        hits = find(bare, year, listed, planned, lead, dated, china)
        for hit in hits:
            hit.text = _glossed_back(hit.text, bare.text, paragraph.text, kept)
            hit.quote = _glossed_back(hit.quote, bare.text, paragraph.text, kept)
        return hits
    if english_sentences.is_english(paragraph.text):
        return english_sentences.find(paragraph, year, english_sentences.heads_goals(lead), china)
    # both keep every character's position; so does 和 read as 、 between two values of a 分别 list (从2018年的4.01‰和9.83/10万
    # 降至3.0‰和7.1/10万: the list was one unread target named 婴儿死亡率和孕产妇死亡率)
    simplified = arabic_years(to_simplified(paragraph.text))
    # (not 2022年和2027年…分别降低6%和14%: a value a year, which 和 pairs; not 高血压和糖尿病患者规范管理率分别由…: one name's
    # tail shared by two, which the list cannot name)
    if re.search(r"[率数比](?:和|、|及)[^，,。；]*?[率数比]分别(?:从|由)", simplified):
        simplified = _VALUES_AND.sub("、", simplified)
    if simplified == paragraph.text:
        return _shared_per_people(_striving(_find(paragraph, year, listed, planned, lead, dated), paragraph.text), paragraph.text)
    hits = _shared_per_people(_striving(_find(replace(paragraph, text=simplified), year, listed, planned, lead, dated), simplified),
                              simplified)
    for hit in hits:
        hit.text = _as_written(hit.text, simplified, paragraph.text)
        hit.quote = _as_written(hit.quote, simplified, paragraph.text)
        if hit.base is not None:
            hit.base = (hit.base[0], _as_written(hit.base[1], simplified, paragraph.text))
        if not (hit.text in paragraph.text and hit.quote in paragraph.text):
            hit.review.append("read in simplified characters: check the words against the document")
    return hits


def _striving(hits: list[Found], text: str) -> list[Found]:
    """Each hit whose words leave out the 力争 that stands before them, in its own clause (力争人均预期寿命达到80岁)
    or in its sentence's lead (力争到2025年，…), marked ``strive``: the grammar reads strive only in the words
    (its words of striving are the grammar's, rules/grammar.yaml ``modifiers: strive``)."""
    strive = re.compile("|".join(re.escape(word) for word, name in grammar().modifiers if name == "strive"))
    for hit in hits:
        if strive.search(hit.text):
            continue
        quoted = text.find(hit.quote)
        where = text.find(hit.text, quoted) if quoted >= 0 else -1
        if where < 0:
            continue
        # the sentence's start, looked for in the 300 characters before the words (a lead farther back is no lead)
        window = max(where - 300, 0)
        stop = max(text.rfind(mark, window, where) for mark in "。；;！？!?\n")
        seen = stop >= 0 or window == 0  # where the sentence starts is in view
        before = text[stop + 1 if stop >= 0 else window:where]
        cut = max(before.rfind("，"), before.rfind(","))
        own = before[cut + 1:]  # the clause the words stand in
        first = min((comma for comma in (before.find("，"), before.find(",")) if comma >= 0), default=-1)
        lead = before[:first] if first >= 0 and seen else ""  # 力争到2025年，
        if strive.search(own) or (strive.search(lead) and re.search(r"(?:19|20)\d{2}\s*年|期末|末", lead)):
            hit.strive = True
    return hits


#: "的目标" after an amount at a clause's end (实现…不低于30%、…不低于92%的目标; 提出了“…降低0.5个百分点以上”的目标):
#: the amount is the goal
_GOAL_END = re.compile(r"(?:(?<=[\d%‰岁人张个])[”\"」]?|(?<=左右|以上|以下|以内)[”\"」])的(?:目标|要求)(?=[。；！？!?;]?$)")


#: a purpose that names a goal with its year and amount (为实现2030年癌症标准化死亡率降低三分之一的政策目标): the goal is a
#: target, though the clause goes on with what is done for it
_GOAL_TO_MEET = re.compile(r"^为了?实现(?P<goal>(?:19|20)\d\d年[^《》，,。；;]*?(?:\d|[一二三四五六七八九十两半](?:分之|成|倍))"
                           r"[^《》，,。；;]*?)的(?:政策|发展|工作|主要|总体|既定)?(?:目标|要求)$")
#: a goal achieved as someone set it, named by its year and amount (将实现世界卫生组织倡议的在2025年将当地烟草使用率相对
#:减少30%的控烟目标): the goal is its year and amount (it was named 世界卫生组织倡议的, its words unread)
_GOAL_SET_BY = re.compile(r"^(?:将|要|力争|努力)?(?:实现|达成|完成)[^，,。；;《》\d]{0,20}?(?:倡议|提出|设定|确定|制定|订定|订立)的"
                          r"(?P<goal>(?:在|于|到|至)?(?:19|20)\d\d年[^《》，,。；;]*?\d[^《》，,。；;]*?)"
                          r"的[\u4e00-\u9fff]{0,4}?(?:目标|要求)$")
#: a subject that is only a name in quotes with a word of time (未来“长照3.0”, “健康台湾”计划): a programme, no measure
_PROGRAMME_ONLY = vocabulary.pattern("programme_only")
#: a goal in quotes to be reached (要達到「不健康年數占平均餘命比率從10%下降到8%」的目標): the goal is what the quotes hold
#: (the clause was read whole, and dropped with no word)
_GOAL_QUOTED = re.compile(r"^(?:将|要|力争|努力|争取)?(?:达到|实现|达成|完成)[“\"「](?P<goal>[^“”\"「」]*?\d[^“”\"「」]*?)[”\"」]"
                          r"的[\u4e00-\u9fff]{0,4}?(?:目标|要求)$")
#: a goal in brackets (依WHO 25 by 25目标（于2025年将早发性非传染性疾病死亡率降低25%）将卫生议题融入…): the goal with its year,
#: 将 and amount, where the words round it set none (it was named 依WHO)
_GOAL_IN_BRACKETS = re.compile(r"[（(](?P<goal>(?:在|于|到|至)?(?:19|20)\d\d\s*年[^（）()]*?(?:将|把|使)[^（）()]*?\d[^（）()]*)[）)]")


#: a word that joins or glosses before a value written first (代表95%感染者…, 以及95%接受治疗者…): no name
_JOINED_VALUE_FIRST = re.compile(r"^(?:以及|代表|包括|即)(?=\d)")
#: a goal reached whose defining level stands in brackets after it (达到消除结核（每10万人口10人以下）的目标)
_GOAL_LEVEL_IN_BRACKETS = re.compile(r"(?:达到|实现|达成)(?P<goal>[^（()）《》，,\d]{2,12})[（(](?P<level>[^（()）]*\d[^（()）]*)[）)]"
                                     r"的(?:目标|标准|要求)$")


def _bounds(words: str) -> bool:
    """Whether the grammar reads ``words`` as a bound or a range (每10万人口10人以下): a level, not a change or a trend."""
    try:
        return parse_target(words).kind in ("upper_bound", "lower_bound", "range")
    except CheckerError:
        return False


#: a change written verb first, the name between the verb and the amount (降低重大慢性病过早死亡率20%, 提高居民健康素养水平至30%)
_CHANGE_VERB_FIRST = re.compile(r"^(?:力争|努力|争取)?(?:到?(?:19|20)\d\d年)?(?P<verb>降低|提高|减少|增加(?!值)|提升|下降|减小)"
                         r"(?P<name>(?:[^，,。；;\d%％]|\d+岁){2,40}?)"
                         r"(?P<amount>(?:至|到)?(?:\d|[一二三四五六七八九十两]+分之|百分之)[^，,。；;]*)$")


def _change_verb_first(clause: str) -> tuple[str, str] | None:
    """The name and the review note of a clause whose change verb stands before its name, where the verb and the
    amount read together as a target (the grammar reads a name before its target, so the clause itself cannot)."""
    found = _CHANGE_VERB_FIRST.match(clause)
    if not found:
        return None
    name = _clean_subject(found.group("name"))
    try:
        rule = parse_target(found.group("verb") + found.group("amount"), None,
                            "up" if found.group("verb") in ("提高", "增加", "提升") else "down")
    except CheckerError:
        return None
    if rule.kind in NOT_CHECKABLE or len(name) < 2:
        return None
    meaning = f"kind: {rule.kind}, op: '{rule.op}', value: {rule.value:g}" + (f" ({rule.unit})" if rule.unit else "")
    return name, (f"its verb ({found.group('verb')}) stands before its name; together they read {{{meaning}}}; "
                  "give that as `rule:` if it is so")


def _target_words(clause: str) -> str:
    """The clause without what is no part of its target: a note that explains it, a list's 等, the 的目标 of a
    goal named by its amounts (or someone's goal, 实现…倡议的…的目标), the words round a goal in brackets, a joining
    word before a second target on the same subject."""
    note = _NOTE_AT_END.search(clause) or _RESTATED.search(clause)
    if note and (_BOUND_VALUE.search(clause[:note.start()]) or _CHANGE_VALUE.search(clause[:note.start()])
                 or _RESTATED.match(clause[note.start():])):
        # "6.3张（按建成可开放床位，可达6.5张）", "比2015年提高3个百分点（从约40%提升至43%）": the note explains the target
        clause = clause[:note.start()]
    clause = _ET_CETERA.sub("", clause)  # "…比要达85%等": the list's "and so on" is no part of the target
    clause = re.sub(r"(?<=全覆盖)的目标$", "", clause)  # "实现国家卫生城镇全覆盖的目标": the goal is the coverage
    # "实现县域内就诊率90%、基层就诊率65%的目标": the goals are the amounts named
    clause = re.sub(r"^(?:力争)?实现(?=[^《》]*\d)([^《》]+?)的(?:目标|要求)$", r"\1", clause)
    # "为实现2030年癌症标准化死亡率降低三分之一的政策目标": the goal the purpose names
    goal = _GOAL_TO_MEET.match(clause) or _GOAL_SET_BY.match(clause) or _GOAL_QUOTED.match(clause)
    if goal:
        clause = goal.group("goal")
    inside = _GOAL_IN_BRACKETS.search(clause)
    if inside and not _LOOKS_TARGET.search(clause[:inside.start()] + clause[inside.end():]):
        clause = inside.group("goal")
    # "…、体质达标率不低于92%的目标": the last of such a list, cut from the others at its 、
    clause = _GOAL_END.sub("", clause)
    # "达到90%以上，且逐年提高": the joining word opens a second target on the same subject, no part of it
    return re.sub(r"^(?:并且|并|且|同时)(?=保持|持续|逐步|逐年|不断|稳步|力争|确保|进一步)", "", clause)


def _written_forms(clause: str, at, year_now: int | None, named_before: str | None = None) -> list[Found] | None:
    """The targets of a clause written in one of the shapes read before the grammar: values listed with 分别, a
    share written before the units it counts, counts of things to be built, what every unit or each unit is to
    have, a verb before a measure, a thing and that it is to be done; None where the clause has none of them.
    ``at`` gives the line (and page) of a piece of the clause; ``named_before`` the indicator the clause before
    named (其中2021年、2022年分别规划3.85张、4.10张: its yearly values)."""
    split = _respectively(clause, at, year_now, named_before)
    if split:
        return split
    if _PER_TIME_DONE.match(clause):  # "每学期至少开展1次…心理健康教育": how often work is done, no measure named
        return [Found(subject=clause, text=clause, quote=clause, line=at(clause)[0], page=at(clause)[1], year=year_now,
                      review=[f"{LEFT_OUT}how often a thing is to be done in each span of time, no measure named"])]
    in_whole = _SHARE_IN_WHOLE.match(clause)
    if in_whole:  # "院前急救救护车中至少40%为负压救护车": the part's share of the whole named before it
        words, whole = in_whole.group("bound"), _clean_subject(in_whole.group("whole")) or in_whole.group("whole")
        return [Found(subject=f"{whole}中{in_whole.group('part')}的比例", text=words, quote=clause, line=at(words)[0],
                      page=at(words)[1], year=year_now, review=[f"a share of {whole} that the clause bounds: check the name"])]
    share_first = _SHARE_FIRST.match(clause)
    if share_first:  # "80%以上的乡镇卫生院达到…标准": the share of those units that do so
        words = share_first.group("share").removesuffix("的")
        whose = (share_first.group("whose") or "").removesuffix("的")
        units = whose + share_first.group("units")  # a unit of one character is kept (全省70%以上的县: 县达到…)
        return [Found(subject=(units if len(units) == 1 else _clean_subject(units)) + share_first.group("what")
                      + "的比例", text=words, quote=clause, line=at(words)[0], page=at(words)[1],
                      year=year_now, review=["a share written before the units it counts: check the name"])]
    count_first = _COUNT_FIRST.match(clause)
    if count_first:  # "力争3家市级医院达到…A等级": how many of those units do so
        words, units = count_first.group("count"), count_first.group("units")
        counts = "的人数" if re.search(r"[名人](?:以上|及以上|左右)?$", words) else "的数量"  # 十万名市民: people
        return [Found(subject=(units if len(units) == 1 else _clean_subject(units)) + count_first.group("what") + counts,
                      text=words, quote=clause, line=at(words)[0], page=at(words)[1], year=year_now,
                      review=[f"a count written before the units it counts ({words}): check the name"])]
    lead = _YEAR_LEAD.match(clause)  # "到2025年前建成500个区域医疗中心": what is built, after the year
    built = _BUILT_EACH.match(clause[lead.end():].lstrip("，, ") if lead else clause)
    items = [_COUNTED_THING.match(item) for item in _LISTED_COUNTS.split(built.group("items"))] if built else []
    if len(items) > 1 and items[0] and not any(items[1:]):
        # "建成10家以上省级专病中心和高水平医疗中心": one count before the things listed counts them all (the clause
        # was drafted with the count in its name)
        items = [_COUNTED_THING.match(built.group("items"))]
    # "新建3所县级医院" (not "每个区至少建成1个…", what each unit is to have), "全市分别建成100个重点专科和
    # 100个“名医工作室”": each its count
    counted_work = built is not None and bool(_ADDED.match(built.group("verb")) or _DONE.fullmatch(built.group("verb")))
    if built and built.group("where") and not counted_work:
        items = []  # "在…建成1个…": a place's level, read by the grammar
    if items and all(items) and (len(items) > 1 or built.group("where") or built.group("before") in ("", "力争", "计划", "提出")
                                 or _WHOLE_PLACE.fullmatch(built.group("before"))  # 全市建成3个以上…
                                 or _PLACE_AND_WILL.fullmatch(built.group("before"))):
        things = [item.group("thing") for item in items]
        if counted_work:
            return _added(built, items, _with_shared_head(things), clause, at, year_now)
        won = [f"how many are to win the title ({built.group('verb')}…), which others award: check the name"] \
            if _WON.fullmatch(built.group("verb")) else []
        return [Found(subject=_clean_subject(thing), text=item.group("count"), quote=clause,
                      line=at(item.group(0))[0], page=at(item.group(0))[1], year=year_now,
                      review=won + ([] if thing == item.group("thing") else
                                    [f"named with the head of {things[-1]}: check the name"]))
                for item, thing in zip(items, _with_shared_head(things))]
    counted = _ACTIONS_COUNTED.match(clause)
    if counted:  # "全面实施健康中国行动15个专项行动": how many of them are to be under way
        words = counted.group("count")
        return [Found(subject=_clean_subject(counted.group("whose")) + counted.group("thing"), text=words, quote=clause,
                      line=at(words)[0], page=at(words)[1], year=year_now,
                      review=["how many of a set of actions are to be carried out: check the name"])]
    have = _ALL_HAVE.match(clause)
    if have and not _DUTY.search(have.group("thing") or have.group("more")):
        # "二级以上医疗机构全面配备营养师": every one of them has it (not "所有干部落实责任", a duty)
        line, page = at(clause)
        return [Found(subject=_clean_subject(have.group("place") or re.sub(r"^所有", "", have.group("units")))
                      + have.group("verb") + (have.group("thing") or "、" + have.group("more")),
                      text=clause, quote=clause, line=line, page=page, year=year_now,
                      review=[f"made at {have.group('place')} (在/于 a place): one place's deliverable, or what every one "
                              "of them is to have: check the name" if have.group("place") else
                              "what every one of them is to have: check the name"])]
    after_lead = clause[lead.end():].lstrip("，, ") if lead else clause  # "到2025年底每个县…": the year no part of it
    per_people = _PER_PEOPLE_HAVE.match(after_lead)
    if per_people:  # "实现每千人5.5张病床": so many for each thousand people, which 每千人口…数 counts
        words = per_people.group("amount")
        return [Found(subject=f"每{per_people.group('per')}人口{per_people.group('thing')}数", text=words, quote=clause,
                      line=at(words)[0], page=at(words)[1], year=year_now,
                      review=["named from what each thousand (or ten thousand) people are to have: check the name"])]
    per_unit = _PER_UNIT.match(after_lead) or _AT_LEAST.match(after_lead)
    if per_unit:  # "每个行政村办好一个村卫生所": what each unit is to have
        words = after_lead  # "力争每个县（市）区至少建成一个…": the pledge is part of the target
        return [Found(subject=per_unit.group("unit") + per_unit.group("verb") + per_unit.group("thing"),
                      text=words, quote=clause, line=at(words)[0], page=at(words)[1], year=year_now,
                      review=["what each unit is to have: check the count and the name"])]
    served = _SERVED.match(after_lead)
    if served:  # "为1.2万名新生儿开展…筛查": the number of people the service reaches (it was lost without a word)
        words = served.group("count")
        return [Found(subject=served.group("whom") + served.group("what") + "人数", text=words, quote=clause,
                      line=at(words)[0], page=at(words)[1], year=year_now,
                      review=["named from a service given so many people: check the name"])]
    reached = _REACHED.match(after_lead)
    if reached:  # "惠民项目每年惠及至少200万名群众": the number of people the works reach (it was lost without a word)
        words = reached.group("count")
        yearly = reached.group("yearly") or ""
        return [Found(subject=_clean_subject(reached.group("who")) + yearly + reached.group("verb") + reached.group("whom")
                      + "人数", text=words, quote=clause, line=at(words)[0], page=at(words)[1], year=year_now,
                      review=[f"named from how many people the works reach{f' ({yearly}: a level each year, not a total)' if yearly else ''}"
                              ": check the name"])]
    # "有效降低重特大事故发生频次和危害后果": the measure named first, before a consequence no data counts
    verb_first = _VERB_FIRST.match(clause) or _VERB_FIRST.match(re.sub(r"和[^，,和、]{2,8}$", "", clause))
    if verb_first and not any(word in verb_first.group("object") for word in ("提高", "降低")) \
            and ("的" not in verb_first.group("object") or re.search(r"(?:比重|比例|占比|率|数量)$", verb_first.group("object"))) \
            and not _VAGUE.search(verb_first.group("object")):  # not "提高政务服务效率"
        line, page = at(clause)
        named = _clean_subject(verb_first.group("object"))
        # "提高住院病人营养筛查率和营养不良住院病人的营养治疗比例": two measures, each its own indicator
        both = re.split(r"和|及|与|、", named)
        if len(both) == 2 and all(len(part) >= 6 and re.search(r"(?:率|比例|比重|占比)$", part) for part in both):
            return [Found(subject=part, text=verb_first.group("verb"), quote=clause, line=line, page=page,
                          year=year_now, review=[f"one of two indicators the clause names ({named})"]) for part in both]
        return [Found(subject=named, text=verb_first.group("verb"), quote=clause, line=line, page=page, year=year_now)]
    done = _DONE_AT_END.match(clause)
    if done and (year_now is not None or "建成" in done.group("done")) \
            and not _ACTION.match(done.group("subject")) and not _DELIVER.match(clause):
        words = done.group("done")  # "…政策体系基本建立": the subject, then what is to be done
        subject = _clean_subject(done.group("subject"))
        if _EVERY_INDICATOR.match(subject):
            return None  # "确保各项任务指标全部达标": every indicator of a list, none by name (read as before)
        # "A项目、B医院、C新院区建成投用": a list of projects, each to be finished
        parts = _listed_outside(subject)
        if len(parts) < 2 or not all(4 <= len(part) <= 30 for part in parts):
            parts = [subject]
        if len(parts) > 1 or len(subject) <= 40:
            return [Found(subject=part, text=words, quote=clause, line=at(words)[0], page=at(words)[1], year=year_now)
                    for part in parts]
    return None


def _added(built: re.Match, items: list[re.Match], things: list[str], clause: str, at, year_now: int | None) -> list[Found]:
    """The targets of things counted as added (新增6个社区普惠托育点): each named as the new ones (新增社区普惠托育点),
    the verb kept before the first count (新增6个), flagged — read as the level of the total (6个), a city that
    has 121 and added one failed by 1916%."""
    verb = built.group("verb")
    found = []
    for position, (item, thing) in enumerate(zip(items, things)):
        # the verb stands right before the first item: its words, as written, say the count is of what is added
        words = verb + item.group(0)[:item.end("count")] if position == 0 else item.group("count")
        name = verb + _clean_subject(thing)
        found.append(Found(subject=name, text=words, quote=clause, line=at(item.group(0))[0], page=at(item.group(0))[1],
                           year=year_now, review=[_added_note(name, verb)]))
    return found


def _made_counted(clause: str) -> bool:
    """Whether ``clause`` makes or works on things it counts (打造1条…线路, 推进18个社区…): a target, though its verb
    opens actions too (打造…品牌, 推进…建设)."""
    built = _BUILT_EACH.match(clause)
    if not built:
        return False
    first = _LISTED_COUNTS.split(built.group("items"))[0]
    # (打造国家级科技创新平台1个: the thing, then how many; it was taken for a duty and dropped without a word)
    return bool(_COUNTED_THING.match(first) or _THING_THEN_COUNT.match(first))


def _added_note(name: str, verb: str) -> str:
    """The note on a count of things added or built (新增…, 新建…, 改建…): it is how many, never the total."""
    return (f"{verb} counts what is added, built or done: named {name} for the new ones; if the data give the total, "
            "write the change from the base year instead (比…年增加…)")


def _quoted_goals_apart(sentence: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The sentence's clauses (start, text), each goal a report quotes after its lead (其中就包括“人均预期寿命超过80岁”,
    规划提出“…”、“…”) a clause of its own without the lead and the quotes; and where each such quote stands in the
    sentence (start, end). The lead was read as a detail of the sentence before (其中…) or as the goal's name, and the
    goal was lost without a word. Only a quote with a number is a goal: a name or slogan in quotes is left as written."""
    clauses: list[tuple[int, str]] = []
    quoted: list[tuple[int, int]] = []
    listing = False  # the clause before gave quoted goals: a clause of quotes only after it lists more (…”、“…”)
    for start, raw in _clauses(sentence):
        lead = _REPORTS_GOALS.match(raw) or (re.match(r"\s*", raw) if listing else None)
        rest = raw[lead.end():].rstrip("。；！？!?;… ") if lead else ""
        listing = False
        if not lead or any(begin <= start < end for begin, end in quoted) or not _QUOTED_PIECES.fullmatch(rest):
            clauses.append((start, raw))
            continue
        pieces = []
        for piece in _QUOTED_PIECE.finditer(rest):
            begin = start + lead.end() + piece.start(1)
            closing = re.search(r"[”\"」]", sentence[begin:])  # (a comma may cut the quote: it ends in a later clause)
            end = begin + closing.start() if closing else len(sentence)
            pieces.append((begin, piece.group(1), end, _quoted_goal(sentence[begin:end])))
        if not any(number for *_, number in pieces):
            clauses.append((start, raw))
            continue
        listing = True
        for begin, words, end, number in pieces:
            if number:
                clauses.append((begin, words))
                quoted.append((begin, end))
            else:  # (a name in quotes beside them, kept in its quotes: it sets nothing)
                clauses.append((begin - 1, sentence[begin - 1:end + 1]))
    return clauses, quoted


def _quoted_goal(words: str) -> bool:
    """Whether quoted ``words`` read as a goal: a year to reach, or a name before a number (人均预期寿命超过80岁); not a
    numbered slogan (“3个100%”, “两个率先”), whose count names nothing."""
    before = re.split(r"\d", words, maxsplit=1)
    if len(before) < 2:
        return False
    named = re.sub(r"[\d一二两三四五六七八九十百]+\s*(?:个|项|大|条)", "", before[0])
    return bool(_NAMES_A_YEAR.search(words)) or chinese_characters(named) >= 2


#: the goals, indicators or plan of a plan period (“十四五”时期经济社会发展的主要目标, 十四五主要指标, “十四五”规划)
_GOALS_OF_PERIOD = re.compile(rf"[“\"]?({'|'.join(_PERIOD_YEARS)})[”\"]?\s*(?:时期|期间)?[^。；，,]{{0,12}}?(?:目标|指标|规划)")

#: … and of a year (2026年主要目标, 2026年全市发展的主要目标); not a base's (较2020年…)
_GOALS_OF_YEAR = re.compile(r"(?<![较比与从由])((?:19|20)\d{2})\s*年[^。；，,\d]{0,12}?(?:目标|指标)")


def _goals_year(text: str) -> int | None:
    """The year of the last goals ``text`` names as a whole (“十四五”时期经济社会发展的主要目标: 2025; 2026年主要目标),
    which the goals a report quotes after it are set for; None where it names none."""
    named = [(found.start(), _PERIOD_YEARS[found.group(1)]) for found in _GOALS_OF_PERIOD.finditer(text)]
    named += [(found.start(), int(found.group(1))) for found in _GOALS_OF_YEAR.finditer(text)]
    return max(named)[1] if named else None


def _reported_note(hit: Found, sentence: str, quoted: list[tuple[int, int]]) -> Found:
    """``hit`` with a note where it is a goal a report quotes with no year of its own (the year it was given is
    that of the goals the text names before it)."""
    where = sentence.find(hit.quote)
    span = next(((begin, end) for begin, end in quoted if begin <= where < end), None)
    if span is None or _NAMES_A_YEAR.search(sentence[span[0]:span[1]]):
        return hit
    return replace(hit, review=[*hit.review, "a goal a report quotes, with no year of its own: its year is that of "
                                             "the goals the text names before it; check it against the plan itself"])


def _as_written(piece: str, simplified: str, original: str) -> str:
    """``piece`` of the simplified text as the original writes it (where conversion kept the length)."""
    at = simplified.find(piece)
    if at < 0 or len(simplified) != len(original):
        return piece
    return original[at:at + len(piece)]


def _find(paragraph: Paragraph, year: int | None, listed: bool = False,
          planned: frozenset[int] = frozenset(), heading: str | None = None, dated: int | None = None) -> list[Found]:
    found: list[Found] = []
    text = paragraph.text
    year_now: int | None = year
    # "《实施计划》规划，到2025年，…": the plan a paragraph cites before its lead leaves the lead the paragraph's
    opened = _CITED_OPENING.sub("", text.lstrip("（(一二三四五六七八九十0123456789)）、.． "))
    lead = _YEAR_LEAD.match(opened)
    if lead and _BASE_CLAUSE.match(re.split(r"[，,：:。；;]", opened, maxsplit=1)[0]):
        lead = None  # "在2025年实现…的基础上，2026年将…": the year of the base, not the paragraph's
    if lead:
        year_now = int(lead.group(1))
    paragraph_led = _leads_ahead(lead)
    # a paragraph that opens with two years (到2022年和2030年，…) sets each of its sentences for both
    opening_pair = _TWO_YEARS.match(_LIST_MARK.sub("", re.split(r"[，,：:]", text.strip(), maxsplit=1)[0]))
    paragraph_pair = (int(opening_pair.group(1)), int(opening_pair.group(2))) if opening_pair else None
    subject_before: str | None = None
    change_told: tuple[str, int] | None = None  # the subject and end year of the change the clause before told
    carried: tuple[int, int] | None = None
    carried_before: int | None = None
    looking_back = False  # the paragraph opened by looking back and has not yet turned to the future
    projecting = False  # the clause before gave someone's projection and ended with ；: the next runs on with it
    recording = False  # … or told how things stand now (目前…为6.99张；…签约率达42.02%): so does the next
    deadline_year: tuple[int | None] | None = None  # the year before a sentence's own deadline
    goals_lead = False  # the sentence before listed the plan's goals after a colon (…目标是：A；B；C。)
    first_year = year_now  # the year the paragraph opened with (its lead, or a heading's)
    opening_year = year_now  # ... as it stood before any of its sentences
    for sentence in _SENTENCE.finditer(text):
        entering = year_now  # the year in force from the sentences before
        # a list of goals after a colon runs on over ；(今年主要预期目标是：…增长6%以上；…涨幅3%左右)
        goals_over = goals_lead and text[:sentence.start()].rstrip().endswith(("；", ";"))
        goals_lead = False  # until this sentence is read (one skipped carries nothing over)
        if deadline_year is not None:
            year_now, deadline_year = deadline_year[0], None
        if _THIS_YEAR_FIRST.match(sentence.group(0).lstrip()):
            year_now = None  # "…在2035年…翻一番。今年发展主要预期目标是…": this year's, which the document's date says
        if sentence.start() and _NEXT_ITEM.match(sentence.group(0).lstrip()):
            # "一是…到2030年，…优良率达到60%以上。二是合理安排儿童作息。…": an item of its own, not the year of the one before
            year_now = opening_year
        # "——健康产业规模显著扩大。…": a goal's title, with only a trend, heads the paragraph that sets the goal
        title = sentence.start() == 0 and bool(_GOAL_TITLE.match(sentence.group(0)))
        if not _YEAR_LEAD.match(sentence.group(0).lstrip()):
            subject_before = None  # "…比例达到85%以上；到2030年，达到95%以上": the subject carries over
        opening = _BYLINE.sub("", _LIST_MARK.sub("", sentence.group(0).lstrip()), count=1)
        quoted_period = _QUOTED_PERIOD_GOAL.match(opening)
        heard = _HEARSAY.match(opening)  # "记者…了解到，2012年至2021年，…；…": what was heard looks back too
        if _tells_what_was_done(opening, planned, dated) \
                or (heard and _tells_what_was_done(opening[heard.end():], planned, dated)):
            looking_back = True
        elif looking_back and (_looks_ahead(opening, sentence.group(0)) or planned and _THIS_YEAR_FIRST.match(opening)):
            looking_back = False  # (a work plan's 去年，…。今年，…控制在4‰以下: the plan's year, after last year's figures)
        # "据预测，到…末，…将达…万人；…将分别增加…": the projection runs on over a ；until a year leads anew
        runs_on = projecting and not _YEAR_LEAD.match(opening)
        projecting = ((runs_on or bool(_FORECAST.search(opening)))
                      and sentence.group(0).rstrip().endswith(("；", ";")))
        if runs_on:
            continue
        # "目前，全市…床位数为6.99张；常住居民签约率达42.02%": how things stand runs on over a ；until a year or a word
        # looks ahead (the clause after the ； lost its 目前, and was drafted as a standing target)
        on_record = recording and not _YEAR_LEAD.match(opening) and not _FUTURE.search(sentence.group(0)) \
            and not _AIMS.search(sentence.group(0)) and not re.match(r"(?:19|20)\d{2}\s*年", opening)
        told = opening[heard.end():] if heard else opening  # (据了解，目前，…)
        recording = (on_record or bool(_NOW.match(told) or _AS_OF.match(told))
                     and not _FUTURE.search(sentence.group(0))) and sentence.group(0).rstrip().endswith(("；", ";"))
        if on_record:
            continue
        if looking_back or _tells_no_target(sentence.group(0), opening, planned, dated):
            continue  # what was done ("过去15年，…从71.4岁上升至76.34岁"), a question, a year's record, hearsay
        # a pair of years carries over a ；: "到2022年和2030年，A分别…；B分别…" sets both for both years
        sentence_start, pair, split_by_year = len(found), carried or paragraph_pair, []
        own_year_from: int | None = None  # where the targets of a clause that names its own year start in found
        year_before = carried_before if carried else year_now
        led_by_year = False
        goals_lead = listed or goals_over  # the sentence lists the plan's main indicators after a colon (or under a heading)
        colon_lead = goals_over  # … after a colon of its own paragraph (…目标是：A；B), not only under a heading
        plain_lead = False  # the sentence opened with a bare year (2025年，…) or one of record (截至2022年，…)
        as_of_lead = False  # … one of record
        record_year: int | None = 0  # the year of a figure a later target starts from (None: now; 0: no such figure)
        happened = False  # a clause of the sentence told what has happened: so do the clauses after it
        conditional = False  # a clause led by 鼓励有条件的地方: it and the clauses after it hold only where conditions allow
        foreseen = False  # a clause of the sentence gave an estimate (大马预料…，): so do the clauses after it, until one aims
        background = False  # a clause told how the country stands: so do those after it that do not look ahead
        runs = None  # what the clause before had each unit run (每个县办好1所…、1所…)
        counts_goals = False  # the clause before counted the plan's goals (…的30个指标): 其中… names one of them
        last_years = False  # the clauses since 去年 tell last year's figures, until one turns to this year or ahead
        built_on: int | None = None  # the clause before named what the targets build on (…的基础上), of this year (0: none)
        clause_starts: list[int] = []  # where each clause's targets start in found
        periods_in: dict[int, _PeriodInClause] = {}  # by the clause's place: a plan period it names inside it
        uncut: dict[int, tuple[str, str]] = {}  # by the clause's place: (the clause a deadline was cut from, as written)
        valued_base: tuple[re.Match, int] | None = None  # a base year with its value (较2005年每10万人口73例，), and where
        clauses, quoted_goals = _quoted_goals_apart(sentence.group(0))
        work_told: str | None = None  # the work the clause before set with no amount (对…实施适老化改造)
        for start, raw in clauses:
            clause_starts.append(len(found))
            work_before, work_told = work_told, None
            clause = _LIST_MARK.sub("", raw.strip().rstrip("。；！？!?;…").lstrip("—-－ "))
            if "—" in clause or "-" in clause or "－" in clause or "─" in clause:
                clause = _attribution_tail().sub("", clause)  # "…同比例提高——规划明确提出这一目标": who set it
            if any(begin == start for begin, _ in quoted_goals):
                # "…介绍该省“十四五”时期…的主要目标。其中就包括“人均预期寿命超过80岁”": the goals named before it
                year_now = _goals_year(text[:sentence.start() + start]) or year_now
            if clause.endswith(("”", "」")) and clause.count("“") + clause.count("「") < clause.count("”") + clause.count("」"):
                clause = clause[:-1]  # 规划提出“到2025年，…达到80岁”: the goal quoted, its closing quote no part of it
            if quoted_period and start == 0 and _QUOTED_ONLY.match(clause):
                clause = clause[1:-1]  # “…提高到80岁”，这是“十五五”…目标: the quoted goal is the period's
                year_now = _PERIOD_YEARS[quoted_period.group(1)]
            runs_before, runs = runs, _EACH_RUNS.match(clause)
            counted_goals, counts_goals = counts_goals, bool(_COUNTS_GOALS.search(clause))
            if start == 0:
                clause = _BYLINE.sub("", clause, count=1)  # "本报讯（记者 李琪）2025年…": the byline names no indicator
            clause = re.sub(r"^并(?=建立|建成|实现|设立|创建)", "", clause)  # "…城市医疗集团，并建立医保打包付费机制"
            clause = _FOR_EXAMPLE.sub("", clause)  # "比如治理…合格率达到85%以上": the example's words name nothing
            # "…稳步提升，并于2025年达到25%": the joining word before a year's target names nothing
            clause = re.sub(r"^(?:并且|并|且)(?=(?:于|在|到|至)\s*(?:19|20)\d{2}\s*年)", "", clause)
            clause = re.sub(r"^预计(?=(?:到|至)\s*(?:19|20)\d{2}\s*年|\s*(?:19|20)\d[05]\s*年)", "", clause)  # "预计(到)2025年将达到81岁": a goal's year
            # "2023年发布的《…方案》进一步提出到2030年将…提升至46.6%": what is proposed starts at its year to reach
            clause = re.sub(r"^[^，,。；]*?(?:提出|明确|要求|规定|确定)了?(?:预计(?=(?:到|至)\s*(?:19|20)\d{2}\s*年|\s*(?:19|20)\d[05]\s*年))?"
                            r"(?=(?:到|至)\s*(?:19|20)\d{2}\s*年|(?<=预计)(?:19|20)\d{2}\s*年)", "", clause)
            # "最引人注目的，是到2030年…将达到79岁": the year leads the goal, not the name
            clause = re.sub(r"^是(?=(?:到|至)\s*(?:19|20)\d{2}\s*年)", "", clause)
            # "以2030年癌症死亡率降低三分之一为目标": the goal is what 以…为目标 holds
            clause = re.sub(r"^以((?:到|至)?(?:19|20)\d{2}\s*年[^，,。；]*\d[^，,。；]*)为(?:目标|主要目标|奋斗目标)$", r"\1", clause)
            named_goals = _GOALS_NAMED.match(clause)
            if named_goals and re.search(r"\d", clause[named_goals.end():]):
                # "“十四五”时期经济社会发展的主要目标包括人均预期寿命超过80岁": the lead names the goals, not the
                # indicator (it was drafted as its name); the period or year it names is the goals'
                year_now = _goals_year(named_goals.group(0)) or year_now
                clause = clause[named_goals.end():]
            offset = sentence.start() + start
            valued = _BASE_VALUED.match(clause)
            if valued and start + len(raw) < len(sentence.group(0).rstrip("。；！？!?;…")):
                # "較2005年每10萬人口73例，累積下降62%": the year and value the change after it counts from (its year was
                # lost, the change read from the plan's base year and named 累积); the name goes on to that change
                valued_base = (valued, len(found))
                continue
            if _BASE_CLAUSE.match(clause) or _BASE_LEAD.fullmatch("，" + clause + "，"):
                # "在2025年实现4万家…的基础上，2026年将进一步…", "与2025年相比，2026年…": what the targets build on or
                # count from, no target; its year is the base's, never the year to reach (the targets were filed
                # under 2025)
                base_year = _ANY_YEAR.search(clause)
                built_on = int(base_year.group(1)) if base_year else 0
                if base_year and year_now == built_on:
                    year_now = entering if entering != built_on else None
                continue
            later = _YEAR_OPENING.match(clause) if built_on is not None else None
            if later and int(later.group(1)) > built_on:
                year_now, led_by_year = int(later.group(1)), True  # "…的基础上，2026年将…": the year the targets are for
            built_on = None
            goal_year = _GOAL_YEAR_SET.search(clause)
            if goal_year and not clause[goal_year.end():].strip():
                # "…已经降到16.4%，国健署也定下2020年，成人吸菸率降到10%的目标": a goal's year set, after what happened
                year_now, led_by_year, happened = int(goal_year.group(1)), True, False
                continue
            if _LOOK_BACK_LEAD.match(clause):
                happened = True  # "…，《规划》指出，5年来，…保持在5‰左右": what the years past brought
                continue
            if happened and not _YEAR_LEAD.search(clause) and not _later_goal(clause, record_year):
                continue  # "…已提高到80.7岁，较全国平均水平高出1.7岁": the rest of what happened
            base = _base_of_later_target(clause, sentence.group(0)[start + len(raw):],
                                         (year_now, as_of_lead) if plain_lead else None)
            if base is not None:
                # "2020年全县孕产妇死亡率为12.5/10万，到2025年控制在10/10万以下", "目前…规范管理率为60%，2025年提高到70%":
                # the figure the target after it starts from, no target; its name goes on to that target, and what
                # follows until that target's year (较2015年提高1.2岁) is of the record too
                subject_before, happened, record_year = base
                continue
            if _CONCESSION.match(clause) and not _FUTURE.search(clause):
                # "儘管香港的吸煙率在2023年下降至9.1%，吸煙仍然是…": what 尽管 grants is a fact (it was drafted as a
                # 2023 target ≤9.1%, which the figure it was read from passes); counted where it gives an amount
                if re.search(r"\d", _amounts_of(clause)):
                    line, page = paragraph.position(offset)
                    found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page,
                                       year=year_now, review=[_GRANTED_WHY]))
                subject_before = None
                continue
            history = _DATED_FROM_TO.search(clause)
            told_done = _CHANGED_ALREADY.search(clause) and not _FUTURE.search(clause)
            if told_done and not (history and _later_goal(sentence.group(0)[start + len(raw):], int(history.group("end")))):
                # "澳門15歲及以上人口煙草使用率已由2011年的16.9%降至2023年的11.6%": two observed values, what has
                # happened (it was a 2023 target of an indicator named 澳门); counted, and the clauses after it that
                # set no later year are of the record too
                line, page = paragraph.position(offset)
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page,
                                   year=int(history.group("end")) if history else year_now, review=[_RECORD_WHY]))
                subject_before, happened = None, True
                record_year = int(history.group("end")) if history else None
                continue
            if history and not _FUTURE.search(clause) \
                    and (told_done or not _plan_year(int(history.group("end")), planned, dated)) \
                    and _later_goal(sentence.group(0)[start + len(raw):], int(history.group("end"))):
                # "居民健康素养水平从2012年的8.80%上升到2023年的29.70%，到2030年将达到30%以上": the years past, then the
                # goal; the name goes on to it
                named = _clean_subject(clause[:history.start()])
                subject_before = named if len(named) >= 2 else subject_before
                continue
            counted = _TOTAL.match(clause) and not _BOUND_VALUE.search(clause) and not _FUTURE.search(clause) \
                and not (_TO_REACH.match(opening) and _YEAR_LEAD.match(opening))
            # "超重率也超过30%" with no year before it: a figure told beside another (not 也要控制在…, nor 到2030年…也低于6‰)
            also = year_now is None and _ALSO_STATED.search(clause) and not _FUTURE.search(clause)
            if _LAST_YEAR.match(clause) and not _FUTURE.search(clause) or last_years and not (
                    clause.startswith("今年") or _FUTURE.search(clause) or _YEAR_LEAD.match(clause)):
                # "去年全市婴儿死亡率降至3.2‰，今年…控制在4‰以下", "去年，…达到80.5岁，今年力争达到80.8岁": last year's
                # figures; their name goes on to this year's target after them
                last_years = True
                rest = _LAST_YEAR.sub("", clause, count=1).lstrip("，, ")
                named = _clean_subject(_MARKER_SPLIT.split(rest, maxsplit=1)[0]) if rest else ""
                subject_before = named if len(named) >= 2 else subject_before
                continue
            last_years = False
            # how things stand, in a sentence of no year (高血压患病率为25.2%，血脂异常达到40.4%; 我国哮喘患者超过3000万人):
            # a chapter's background, and the clauses after it too, unless a word looks ahead
            ageless = _AGE_BOUND.sub("", clause)  # (18岁及以上居民: whose rate, no level to keep)
            looks_ahead = _FUTURE.search(clause) or _STANDING_WORDS.search(ageless)
            if background and not looks_ahead:
                continue  # "…患病率为25.2%，血脂异常达到40.4%": the rest of a background sentence
            # how the country stands, in a sentence of no year (中国…高血压患病率为25.2%): a chapter's background, and so
            # are the clauses after it that do not look ahead
            background = year_now is None and not looks_ahead and bool(_STATED_LEVEL.search(clause)) \
                and bool(_NATIONAL_FACT.match(sentence.group(0).lstrip()))
            if not clause or _DONE_ALREADY.search(clause) or _QUOTED_ONLY.match(clause) or _recorded(clause, planned, dated) \
                    or counted or also or background:
                happened = bool(clause) and not _QUOTED_ONLY.match(clause)
                continue  # what has happened (北京…达到了81.95岁); a name in quotes (主要任务：“10个着力”)
            detail = _DETAIL.match(clause)
            if detail and _YEAR_LEAD.match(clause[detail.end():]):
                clause, detail = clause[detail.end():], None  # "规划提出…总目标，包括到2025年…达到84.53岁": a list of goals
            elif detail and counted_goals:
                clause, detail = clause[detail.end():], None  # "…发展的30个指标，其中人均预期寿命从…提高至78岁": one of them
            elif detail and re.match(r"(?:19|20)\d{2}\s*年(?:年?[底末])?[、和及]", clause[detail.end():]):
                clause, detail = clause[detail.end():], None  # "…床位数为4.5张，其中2021年、2022年分别规划…": its years
            part_of = subject_before if detail else None
            share = _SHARE_OF_PART.match(clause[detail.end():]) if detail else None
            whole = share and (share.group("whole") or part_of)
            if detail and not whole:
                if detail.group(0).startswith("即") or not (part_of and (_BOUND_VALUE.search(clause) or _PART_CHANGE.search(clause)
                                     or ((led_by_year or paragraph_led) and _BARE_PART.match(clause[detail.end():])))):
                    if year_now is not None and not detail.group(0).startswith("即") and _A_SHARE.search(clause):
                        # "…將8成三高並有納入健康照護網，其中8成接受生活習慣諮詢": a share of the group the clause
                        # before names, with no name of its own to draft it under: counted (it was lost with no word)
                        found.append(Found(subject=clause, text=clause, quote=clause, line=at(clause)[0],
                                           page=at(clause)[1], year=year_now, review=[_SHARE_OF_GROUP_WHY]))
                    continue  # "其中10家在原特区外": a detail of the clause before, no target of its own
                clause = clause[detail.end():]  # "…公共卫生人员数≥2，其中疾控人员≥1": a part with its own bound

            def at(piece: str, raw: str = raw, offset: int = offset) -> tuple[int, int | None]:
                """The line (and page) where ``piece`` starts: a target's line is its own words' line,
                not the line its clause began on (a clause may run over a line or page break)."""
                index = raw.find(piece) if piece else -1
                return paragraph.position(offset + (index if index >= 0 else len(raw) - len(raw.lstrip())))

            if whole:  # "…新增床位2000张，其中不少于30%为康复床位": the part's share of the whole
                line, page = at(share.group("bound"))
                found.append(Found(subject=f"{whole}中{share.group('part')}的比例", text=share.group("bound"),
                                   quote=clause, line=line, page=page, year=year_now,
                                   review=[f"a share of {whole} that the clause bounds: check the name"]))
                continue
            two = _TWO_YEARS.match(clause)
            if two:  # 到2022年和2030年，…分别不低于22%和30%
                pair = (int(two.group(1)), int(two.group(2)))
                year_now = pair[0]
                continue
            two = _TWO_YEARS_OPENING.match(clause)
            if two:  # "…知识与技能。到 2022 年和2030 年取得…的人员分别达到 1%和 3%": the pair, then the rest of the clause
                pair = (int(two.group(1)), int(two.group(2)))
                year_now = pair[0]
                clause = clause[two.end():]
            if pair:
                split = _by_year_respectively(clause, pair, at) or _by_year(clause, pair, at)
                if split:
                    found.extend(split)
                    split_by_year.extend(split)
                    subject_before = split[0].subject
                    continue
            after = sentence.group(0)[start + len(raw):start + len(raw) + 1]
            if _GOALS_LEAD.match(clause) and after in ("：", ":"):
                goals_lead = colon_lead = True  # "同时明确核心指标：每千人口拥有执业医师数3.7人…": the plan's indicators and their values
                goals_year = _YEAR_GOALS.search(clause)
                if goals_year:  # "2026年全省经济社会发展的主要预期目标是：A；B；C": that year's
                    year_now, led_by_year = int(goals_year.group(1)), True
                continue
            only = _LEAD_ONLY.match(clause)
            if only:
                year_now = int(only.group(1))
                own_year_from = len(found) if own_year_from is None else own_year_from
                led_by_year = True
                # "2025年，" or "截至2022年，" (not "到2025年，")
                plain_lead = not re.search(r"力争|预计|到|至", re.sub(r"截(?:至|止到?)", "", clause))
                as_of_lead = plain_lead and "截" in clause
                continue
            span = _SPAN_LEAD.match(clause)
            if span and int(span.group(1)) % 5 and clause[span.end():].strip(" ，,"):
                # "2002—2012年平均每年增长约5.3%": a span of the past, not a plan period (a span that leads the
                # sentence alone, "2020—2022年，…", is a stage of the plan, as the health actions set 2022)
                span = None
            dated = _DATE_LEAD.match(clause)
            if dated:  # "2021年7月1日起提供…，一般超声波检查增加至3次": what follows took effect that year
                year_now = int(dated.group(1))
            who = _WHO_BY_DEADLINE.match(clause)
            who_end = who.end() if who else 0
            deadline = _DEADLINE.match(clause[who_end:])
            by_date = ""  # a deadline's month, which the target's year cannot hold, kept in the target's words
            if deadline and clause[who_end + deadline.end():]:  # "2025年前建成500个区域医疗中心": by that year
                if "月" in deadline.group(0) and not re.search(r"[，,]\s*$", deadline.group(0)) and not who:
                    by_date = clause[deadline.start(1):deadline.end()]  # "2023年10月底前完成…"
                if who:  # the quote stays verbatim: the clause as written, deadline and all
                    uncut[len(clause_starts) - 1] = (clause[:who_end] + clause[who_end + deadline.end():], clause)
                clause = clause[:who_end] + clause[who_end + deadline.end():]
                if deadline_year is None:
                    deadline_year = (year_now,)  # the deadline is its sentence's: the year before comes back after
            if _BASE_LEAD.fullmatch("，" + clause + "，"):
                continue  # "相较于2020年，": the year a change after it counts from, never the year to reach (2020)
            # "5岁以下儿童死亡率“十四五”期间累计下降10%": the period's words are when, no part of the name
            period_in = _period_in_clause(clause) if "《" not in clause else None
            if period_in:
                clause = period_in.rest
                periods_in[len(clause_starts) - 1] = period_in
            untitled = _TITLE.sub(lambda title: "《" + "_" * (len(title.group(0)) - 2) + "》", clause)
            # a year inside a title (完成《2026至2030年托儿服务发展方案》) names the document, not the year to reach
            # (到2022年70%以上的流行县…: a year to reach, then the amount, opening the clause)
            own_year = _YEAR_LEAD.search(untitled) or _YEAR_GOALS.search(untitled) or _YEAR_FIRST.match(untitled) \
                or _YEAR_THEN_AMOUNT.match(untitled) \
                or span or deadline
            period = _PERIOD_END.search(untitled) or _PERIOD_LEAD.match(untitled)
            if own_year:
                year_now = int(own_year.group(1))
                own_year_from = len(found) if own_year_from is None else own_year_from
                # "2025年成立母乳库": by that year, as 到2025年，成立…; after who will (我们会在2025年于玛丽医院设立…) too
                if (own_year.re is _YEAR_FIRST or own_year.re is _YEAR_LEAD
                        and _speaker_will().match(clause[:own_year.start()].strip(" ，,"))) \
                        and (_DELIVER.match(clause[own_year.end():]) or _ALL_HAVE.match(clause[own_year.end():])):
                    clause = clause[own_year.end():]
            elif period:
                year_now = _PERIOD_YEARS[period.group(1)]
            elif period_in and period_in.year is not None:
                year_now = period_in.year
            projects = _YEAR_PROJECTS.search(untitled) if not (own_year or period or period_in) else None
            if projects:  # "…发布2026年卫健系统为民服务10件实事和重点工作，提出新增1000家…": the projects' year leads
                year_now, led_by_year = int(projects.group(1)), True
                continue
            if (own_year or period) and not _PERIOD_END.sub("", _PERIOD_LEAD.sub("", _SPAN_LEAD.sub(
                    "", _YEAR_LEAD.sub("", clause)))).strip(" ，,"):
                led_by_year = True  # "到“十四五”期末，": what follows in the sentence is set for that year
                continue
            if _ESTIMATE.search(re.split(r"\d", clause, maxsplit=1)[0]):
                foreseen = True  # "大马预料在2030年成为老人国，逾60岁的国民占总人口的15%": the forecast's verb governs what follows
            elif foreseen and _AIMED.search(clause):
                foreseen = False  # "预估全年…，力争控制在…以下": the plan's aim after the estimate
            if _TERM_ENDS.search(clause):
                subject_before = None
                continue  # "十年減半計畫即將在2015年屆滿": a term that runs out, a date (it was drafted unread, 2015)
            if not (_WORTH.search(_amounts_of(clause)) or _DELIVER.match(clause) or _BUILT.match(clause) or _STANDING.match(clause)
                    or _DONE_AT_END.match(clause)) or len(clause) > 120 \
                    or _DATE.search(clause) or (year_now is None and _FROM_TO_UNDATED.search(clause)
                                                    and not _YEAR_AT_START.search(clause)
                                                    and not _year_ahead_said(sentence.group(0)[:start + len(raw)], clause)):
                # "出院后衔接长照的等待期，到2030年缩短至0天": a measure named alone, its year and value after the comma
                subject_before = _named_alone(clause)
                work_told = _work_named(clause)
                continue

            if vocabulary.pattern("changed_measure").match(clause):
                # "…起，改以12分鐘的召達時間，代替目前的十分鐘行車時間，作為服務目標": the measure changed, no level
                found.append(Found(subject=clause, text=clause, quote=clause, line=at(clause)[0], page=at(clause)[1],
                                   year=year_now, review=[f"{LEFT_OUT}a change of the measure a service is held to "
                                                          "(改以…, 改用…): which measure, no level to reach"]))
                subject_before = None
                continue
            # "鼓励有条件的地方完成15%的…建设，在10%的…开展“中医阁”建设": a share only where conditions allow, and so is
            # the clause after it until one names its own year (the first was dropped with no word, the second
            # drafted): counted, both alike
            conditional = not own_year and (conditional or bool(vocabulary.pattern("conditions_allow_lead").match(clause)))
            if conditional and re.search(r"\d", _amounts_of(clause)):
                found.append(Found(subject=clause, text=clause, quote=clause, line=at(clause)[0], page=at(clause)[1],
                                   year=year_now, review=[f"{LEFT_OUT}a target only where conditions allow (有条件的地方 …), "
                                                          "not one the plan sets everywhere"]))
                subject_before = None
                continue
            if _ACTION.match(clause) and not _BOUND_VALUE.search(clause) and not clause.endswith("全覆盖") \
                    and not _GOAL_TO_MEET.match(clause) and not _ACTIONS_COUNTED.match(clause) \
                    and not _SERVED.match(clause) and not _made_counted(clause):
                # (为1万名孕产妇提供优育服务: how many are served is the target; 打造1条…线路, 推进18个…: how many are made)
                subject_before = None  # "加强…建设", "建立健全…机制": what will be done, not what is to be reached
                continue
            if plain_lead and _COPULA_AMOUNT.search(clause) and not _FUTURE.search(clause) and year_now is not None \
                    and any(int(later) > year_now for later in _ANY_YEAR.findall(sentence.group(0))):
                # "2025年，全市孕产妇死亡率为6.2/10万，力争2030年控制在6/10万以下": the figure of the year the sentence
                # starts from is the base of the target after it, not a target; its name goes on to that target
                subject_before = _clean_subject(_COPULA_AMOUNT.split(clause, maxsplit=1)[0]) or None
                continue
            hedged = next((why for pattern, why in _HEDGED if pattern.match(clause)), None) \
                or (_CAN_REACH_WHY if year_now is None and _MAY_REACH.match(clause) else None)
            ahead = re.split(r"\d", clause, maxsplit=1)[0]  # the words before the clause's amount
            if not hedged and (foreseen or year_now is None and _ESTIMATE_UNDATED.search(ahead)):
                hedged = _ESTIMATE_WHY  # "預估全年將低於900人" was drafted as this year's target, named 预估全年
            if hedged:  # "预计将惠及全省17个市县" was drafted as a target (flagged), "适当扩大研究生培养规模" as a trend
                found.append(Found(subject=clause, text=clause, quote=clause, line=at(clause)[0], page=at(clause)[1],
                                   year=year_now, review=[f"{LEFT_OUT}{hedged}"]))
                subject_before = None
                continue
            reach = _ALL_REACH.match(clause) if runs_before else None
            if reach:  # "每个县办好1所综合医院、1所中医医院…，全部达到二级甲等水平": the things run reach the level
                things = re.sub(r"\s*(?:\d+|[一二两三])\s*(?:所|个|家)", "", runs_before.group("things")).strip()
                found.append(Found(subject=things + "达到" + reach.group("level"), text=clause, quote=clause,
                                   line=at(clause)[0], page=at(clause)[1], year=year_now,
                                   review=[f"named after what the clause before has each unit run ({things}): check it"]))
                subject_before = None
                continue
            line, page = at(clause)
            # "建成第二批5个省级区域医疗中心", "完成第3轮20家…评审": a batch's ordinal before the count hid the count, and the
            # clause was a yes/no deliverable named with it; the count is read, named for the batch, and flagged
            batch = _BATCH.search(clause)
            forms = _written_forms(clause[:batch.start()] + clause[batch.end():] if batch else clause, at, year_now,
                                   subject_before or (found[-1].subject if found else None))
            if forms is not None and batch:
                forms = [replace(form, subject=batch.group("ordinal") + form.subject,
                                 review=[*form.review, f"a count of one batch ({batch.group('ordinal')}), not of all of "
                                                       "them: check the name"]) for form in forms]
            if forms is not None:
                found.extend(forms)
                subject_before = None
                continue
            level = _GOAL_LEVEL_IN_BRACKETS.search(clause)
            if level and _bounds(level.group("level")):
                # "期望在2035年達到消除結核（每10萬人口10人以下）的目標": the brackets give the level that defines the goal
                # (it was kept unread, the whole clause its name); named after the goal, for a person to name the measure
                words = level.group("level")
                found.append(Found(subject=level.group("goal"), text=words, quote=clause, line=at(words)[0],
                                   page=at(words)[1], year=year_now,
                                   review=[f"the level in brackets defines the goal ({level.group('goal')}): name the "
                                           "measure it bounds"]))
                subject_before = None
                continue
            clause = _DONE_TO_A_RATE.sub("", _target_words(clause), count=1)  # (至少完成…率達85%: the rate's level)
            if _CROSS_REFERENCE.search(clause):
                subject_before = None
                continue  # "主要指标见表1、表2": the numbers of tables, no amount (the tables set the targets)
            if _SPAN_ONLY.search(clause) and not re.search(r"\d", _SPAN_ONLY.sub("", clause)):
                subject_before = None
                continue  # "规划（2021-2025": a plan's span of years (a title cut short), no amount
            try:
                rule = parse_target(clause)
            except CheckerError as error:
                if _COUNTS_GOALS.search(clause) or _ONLY_A_NAME.fullmatch(clause) or _YEAR_ON_YEAR.match(clause) \
                        or _ISSUED_BY.search(clause):
                    # "订立9个须在2025年前实现的健康目标": how many goals there are; "5岁以下儿童死亡率（‰）": a table's
                    # name cell on a line of its own, its only numbers an age and the unit: neither sets a target;
                    # "比上年提高0.3岁": a change from the year before is a report's, no plan's; "…等10个部门联合印发":
                    # who issued it
                    subject_before = None
                    continue
                verb_first = _change_verb_first(clause)
                if verb_first is not None:  # "降低重大慢性病过早死亡率20%": the verb, the name, then the amount
                    name, review = verb_first
                    found.append(Found(subject=name, text=clause, quote=clause, line=line, page=page, year=year_now,
                                       review=[review]))
                    subject_before = name
                    continue
                # (65岁及以上老年人健康管理率: an age bound is whose measure it is, no amount; it was drafted as a target
                # whose text was the name; but words of a target after the age, 65岁及以上人群老年期痴呆患病率增速下降,
                # are one the grammar cannot read: kept flagged, not taken for a measure named alone and lost)
                ageless = _AGE_OF_PEOPLE.sub("", clause)
                counted_first = _OPENS_WITH_COUNT.match(clause)  # "超过十万名市民完成…": how many, before what they do
                if (_LOOKS_TARGET.search(_in_digits(_amounts_of(ageless))) or counted_first
                        or ageless != clause and _MARKER_SPLIT.search(ageless)) and (subject_before or len(clause) <= 60):
                    # "代表95%感染者知道自己感染", "以及95%接受治疗者…": a word that joins or glosses, before a value first
                    plain = _JOINED_VALUE_FIRST.sub("", clause, count=1)
                    age = _AGE.match(plain)  # "5岁以下儿童…": the number is part of the name
                    at_name = age.end() if age else 0
                    named = _clean_subject(plain[:at_name] + _MARKER_SPLIT.split(plain[at_name:], maxsplit=1)[0])
                    # the clause's own subject first: "婴儿死亡率从…降到…" after a clause on life expectancy
                    # is about infant mortality
                    own = named if len(named) >= 2 else None
                    if own and (_PERMISSION.match(own) or _NO_NAME.search(own) or _CAUSED.search(own)) \
                            or not own and not subject_before and _NO_NAME.search(clause) or _CONDITION.match(clause):
                        # "可提取60%以上用于…": what may be done; "一个10000人的小区": no name; "每年…导致1800万人…": a
                        # consequence told, no measure; "当密度下降率<80%时", "第4天检查": a procedure's condition or step
                        subject_before = None
                        continue
                    # "…从2016年的22.5颗上升到2020年的23颗" after a clause of 2025: the year it names its own
                    dated = _DATED_FROM_TO.search(clause)
                    # "50%以上旗区级综合医院达到…标准": the value before its name, no target of the indicator before it
                    value_first = re.match(r"(?:不少于|至少|超过)?\d", plain) is not None or counted_first is not None
                    found.append(Found(subject=own or (clause if value_first else subject_before) or clause,
                                       text=clause, quote=clause,
                                       line=line, page=page, year=int(dated.group("end")) if dated else year_now,
                                       review=[f"{UNREAD} this clause: {error.message}"]
                                       + (["the value stands before what it counts: name the measure (…的比例)"]
                                          if value_first and not own else []),
                                       refused=f"{UNREAD} this clause: {error.message}"))
                    # "人均预期寿命较目前再增加约3岁，达到79岁": the next clause goes on about the same subject
                    subject_before = own if own and len(own) <= _MAX_SUBJECT else None
                elif year_now is not None and (harm := _HARM_TO_END.match(clause[len(_year_opening(clause)):])):
                    # "到2022年有效控制和消除血吸虫病危害": a dated deliverable the grammar cannot read (the table's
                    # 有效控制和消除危害# is kept so): kept for that year under the harm's name, flagged — it was dropped
                    # without a word
                    found.append(Found(subject=harm.group("what"), text=clause, quote=clause, line=line, page=page,
                                       year=year_now, review=[f"{UNREAD} this clause: {error.message}"],
                                       refused=f"{UNREAD} this clause: {error.message}"))
                    subject_before = None
                elif year_now is not None and (led_by_year or deadline) and _REQUIRED_BY.search(clause):
                    # "2022年底前，…改造提升后的乡镇敬老院须达到《…基础指标》要求": what is required by a deadline, in
                    # words the grammar cannot read: counted, never lost in silence
                    found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                       review=[f"{LEFT_OUT}a requirement by a deadline whose words were not read"]))
                    subject_before = None
                elif year_now is not None and _A_SHARE.search(clause) and not _named_alone(clause):
                    # "希望在2030年將8成三高並有納入健康照護網": a share before the people it counts, in words the finder
                    # cannot name a measure from: counted (it was lost with no word)
                    found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                       review=[f"{LEFT_OUT}a share (…成, …%) in words that name no measure to draft it "
                                               "under: name it by hand"]))
                    subject_before = None
                else:  # "健康体检覆盖率，老年人达到80%": a measure named alone (覆盖 is no target), for the clause after it
                    subject_before = _named_alone(clause)
                continue
            if _told_from(rule) and rule.year is not None and rule.year % 5 and not _FUTURE.search(sentence.group(0)):
                # "由2010年的30/10万降至2014年的21.7/10万": a change between two years, the last one no plan targets
                # (plans set 2020, 2025, 2030 …): a record, as a report of results writes it
                subject_before = None
                continue
            everyone = re.match(r"^人人(?:享有|拥有)(?P<what>[^，,]{4,40})$", clause) if rule.kind == "full_coverage" else None
            if everyone:  # "人人享有基本医疗卫生服务": everyone covered (not "高质量的健康服务", a quality no data gives)
                if not re.search(r"高质量|高水平|优质|更好", everyone.group("what")):
                    found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now))
                subject_before = None
                continue
            every = _EVERY.match(clause) if rule.kind in ("full_coverage", "achieved") else None
            if every and _EVERY_INDICATOR.match(every.group("all") + every.group("subject")):
                continue  # "确保各项任务指标全部达标": every indicator of a list, none by name
            if every:  # "所有医共体建设要达到国家评判标准": that each of them reaches it
                words = clause[every.start("all"):] if every.group("whole") else clause
                units = every.group("subject")  # a unit of one character is named with its 所有 or 各 (所有县)
                found.append(Found(subject=(every.group("all") + units if len(units) == 1 else _clean_subject(units))
                                   + (every.group("verb") or every.group("verb2") or every.group("verb3") or every.group("verb4"))
                                   + (every.group("level") or every.group("level2") or every.group("thing")
                                      or every.group("level3")
                                      or every.group("level4") or ""),
                                   text=words, quote=clause, line=at(words)[0], page=at(words)[1],
                                   year=rule.year or year_now))
                subject_before = None
                continue
            deliverable = rule.kind == "achieved" and (
                (_DELIVER.match(clause) or _STANDING.match(clause)) if year_now is not None
                else (_BUILT.match(clause) or _STANDING.match(clause)))
            made = clause  # what the deliverable's name is read from
            if not deliverable and rule.kind == "achieved" and rule.subject \
                    and (_WHERE_DONE.search(rule.subject) or _PLACE_MANNER.match(rule.subject)):
                # "重点城市基本建成生活垃圾分类处理系统": where it is to be done, then the deliverable (基本, a modifier,
                # made the grammar name 重点城市 as the subject): the thing built is the name; "在全省率先实现…": a place
                # and a manner (it was named 在全省, no note), the thing made after the verb is the name
                rest = _after(clause, rule.subject)
                if rest != clause and year_now is not None and _DELIVER.match(rest):
                    deliverable, made = _DELIVER.match(rest), rest
            if deliverable and _COUNTS_GOALS.search(clause):
                subject_before = None  # "实现20项具体目标和52个评估指标": how many goals a plan has, not a deliverable
                continue
            if deliverable and after in ("：", ":") and not _clean_subject(_DELIVER.sub("", made)):
                # "到2020年将实现：": a verb with nothing after it but a colon is the lead of the list under it (it was
                # drafted as a target named 将实现, no note, as 到2020年，将实现以下目标： is not); a bare verb after a
                # deadline (…标准化建设，…，2022年底前建成) is the work's before it, and stays drafted
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                   review=[f"{LEFT_OUT}a lead to the list below it"]))
                subject_before = None
                continue
            if deliverable and _runs_on(clause):
                # "全面建成以居家为基础、…的，功能完善、…的养老服务体系": no name to draft (drafted, it was named by its
                # modifier, 以基本医疗保险为主体); counted as left out, with why
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                   review=[f"{LEFT_OUT}a deliverable whose name a comma cuts off"]))
                subject_before = None
                continue
            if deliverable and _SLOGAN.match(_deliverable_subject(made)):
                # "实现“扩量与提质并重”": words in quotes with no measure, a slogan for how the work is done (it was
                # drafted as a yes/no deliverable with no note); counted as left out, with why
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                   review=[f"{LEFT_OUT}a slogan in quotes, no measure"]))
                subject_before = None
                continue
            if deliverable and _VAGUE_DELIVERABLE.search(_deliverable_subject(made)):
                subject_before = None  # "实现合成生物食品创制重要突破": a breakthrough, not a thing done or not
                continue
            if deliverable:
                # "成立母乳库及建立母乳捐赠机制": two things made, each a deliverable of its own
                for part in _JOINED_MAKING.split(made) if year_now is not None else [made]:
                    found.append(Found(subject=_deliverable_subject(part), text=by_date + part, quote=by_date + clause,
                                       line=line, page=page, year=rule.year or year_now))
                subject_before = None
                continue
            listed = _indicators_listed(_subject_as_written(clause, rule.subject)) \
                if rule.subject and rule.kind == "external" else []
            if listed:  # "…天数比例和细颗粒物（PM2.5）浓度指标完成国家任务": each indicator named, its number set elsewhere
                words = _after(clause, rule.subject)
                review = [f"one of the indicators named before {rule.subject[-12:]}: check the name"] if len(listed) > 1 else []
                review.append("set elsewhere: write the number the plan was given")
                for name in listed:
                    found.append(Found(subject=name, text=words, quote=clause, line=at(words)[0], page=at(words)[1],
                                       year=rule.year or year_now, review=list(review)))
                subject_before = None
                continue
            if rule.kind == "achieved" and rule.subject and (own_year or rule.year or led_by_year or rule.subject.endswith("全部")
                                                             or re.search(r"(?:尽快|率先)$", rule.subject)
                                                             and not _PLACE_MANNER.match(rule.subject)
                                                             or _PLACES.fullmatch(_clean_subject(rule.subject))
                                                             and re.match(r"(?:建成|创建)", _after(clause, rule.subject))) \
                    and (len(_clean_subject(rule.subject)) >= 3 or _PLACES.fullmatch(_clean_subject(rule.subject))) \
                    and not re.match(r"^\d|.*\d+月", rule.subject) \
                    and (not _VAGUE.search(_clean_subject(rule.subject)) or _GRADE.search(clause)) \
                    and not _STATE.search(_clean_subject(rule.subject)) \
                    and not re.search(r"(?:以下|下列|如下)(?:目标|指标|任务)", clause):
                # not "10月底前完成…" (a deadline, no name), "具体实现以下目标" (the lead of a list) or
                # "主要健康指标达到国内先进水平" (no measure a level applies to); without a year, all of a kind
                # reaching a level is a standing requirement ("市级…医院全部达到三级水平")
                words = _after(clause, rule.subject)  # "至2025年县中医医院达到三级乙等水平": a level by a year
                name = _clean_subject(_subject_as_written(clause, rule.subject))
                review = []
                built = re.match(r"^(?:建成|创建)(?P<thing>.{4,30})$", words)
                if built and _PLACES.fullmatch(name):  # "甲市、乙市建成省级健康城市示范市": what they build is named
                    name = _clean_subject(built.group("thing"))
                elif built and rule.subject.endswith("全部"):
                    # "二级以上医院全部建成胸痛中心": what all of them build is named, and 全部 stays in the words (it
                    # was the name 二级以上医院, its target 建成胸痛中心: built by one of them)
                    name, words = name + _clean_subject(built.group("thing")), "全部" + words
                elif (all_done := _ALL_DONE.match(name)) and re.match(r"(?:完成|到位|完毕)", words):
                    # "…老人居室、活动室要全部安装完成": who is to have it done is the name; what all of them do, the
                    # words (the name ended in 要全部安装, the words 完成)
                    done = name[all_done.end("who"):]
                    name, words = all_done.group("who"), done[done.index("全部"):] + words
                    review = ["what all of them are to have done: check the name"]
                # "推动2000家医疗机构达到…要求", "…的医疗机构90%建成…": how many are to reach it is the target, not yes/no
                counted = _COUNTED_AMOUNT.search(name)  # (not 65岁以上; 逾十万名市民 as 逾10万名市民)
                review = [f"the name holds {counted.group(0)}: how many are to reach this is the target; name the "
                          "measure (a count or a share) and write the number as its target"] if counted else review
                found.append(Found(subject=name, text=words, quote=clause, line=at(words)[0], page=at(words)[1],
                                   year=rule.year or year_now, review=review))
                subject_before = None
                continue
            changed = _object_of(rule) \
                if rule.kind in ("vs_baseline", "annual_rate") and not rule.subject else None
            if changed and _MEASURE.search(changed) and len(changed) <= _MAX_SUBJECT:
                # "力争实现辖区内中医类医院的床位数翻番": the change of the measure the verb names
                found.append(Found(subject=_clean_subject(changed), text=clause, quote=clause, line=line, page=page,
                                   year=rule.year or year_now))
                subject_before = None
                continue
            no_cases = _object_of(rule) if rule.kind == "upper_bound" and rule.value == 0 and rule.unit == "例" \
                and not rule.subject else None
            if no_cases:  # "疟疾：无输入继发二代疟疾病例": a count of those cases of at most 0 (it was dropped without a word)
                found.append(Found(subject=no_cases.strip() + "数", text=clause, quote=clause, line=line, page=page,
                                   year=rule.year or year_now))
                subject_before = None
                continue
            every_has = _object_of(rule) \
                if rule.kind == "full_coverage" and not rule.subject else None
            if every_has and re.search(r"\d", _amounts_of(every_has)) and (re.match(r"(?:所有|全部)", clause)
                                                            or re.match(r"(?:各|每个?)", clause) and not runs):
                # "所有县（市、区）均设置至少1所安宁疗护机构", "各县（市、区）至少明确1家机构承担…": what every unit is to
                # have, named in the clause itself — not the coverage of the subject before (nor what each unit runs,
                # 每个县办好1所…和1所…, which the clause after it may grade)
                found.append(Found(subject=_clean_subject(_subject_as_written(clause, every_has)), text=clause, quote=clause,
                                   line=line, page=page,
                                   year=rule.year or year_now,
                                   review=["what every unit is to have: name the measure (the share of units that "
                                           "have it) and check the name"]))
                subject_before = None
                continue
            where = _clean_subject(_subject_as_written(clause, rule.subject)) if rule.subject else ""
            if where and _WHERE_CONDITIONS_ALLOW.match(where):
                # "…提高到全国城市总数的50%，有条件的省（自治区、直辖市）实现全覆盖": the places where it holds, not a measure;
                # a target for some places only, of what the clause before measures: counted as left out, with why
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                   review=[f"{LEFT_OUT}a target only where conditions allow ({where}), of no measure "
                                           "the clause names"]))
                subject_before = None
                continue
            if rule.kind in NOT_CHECKABLE or (rule.kind == "full_coverage" and not rule.subject and not subject_before):
                # "…远程医疗覆盖80%以上县（市）区；到2030年，实现全覆盖": the coverage of the subject before
                subject_before = None
                continue
            # "将X提高到50%", "推动X到2022年不低于22%": the verb puts the object first; the bound is the target
            # "将X降低25%" (a change by an amount from the base year) too
            # "带动全国体育产业总规模达到5万亿元": what the plan drives to a bound is its target too
            disposal = rule.subject and rule.subject.startswith(("将", "推动", "带动")) and (
                _BOUND_VALUE.search(_in_digits(clause)) or (rule.kind == "trend" and rule.subject.startswith("推动"))
                or (rule.kind == "vs_baseline" and rule.value is not None and rule.subject.startswith("将")))
            if rule.trend == "slowing" and rule.subject and rule.subject.endswith("的"):
                rule = records.replace(rule, subject=rule.subject[:-1])  # "超重、肥胖的增长速度明显放缓": the growth is the trend's
            if rule.kind == "full_coverage" and rule.subject and re.match(r"^对(?!口)", rule.subject):
                rule = records.replace(rule, subject=rule.subject[1:])  # "实现对…患者管理干预全覆盖": the coverage of what follows
            elif rule.subject and re.match(r"^对(?!口)[^，,]{2,}的[^，,的]{2,}$", rule.subject) \
                    and _MEASURE.search(rule.subject) and _BOUND_VALUE.search(clause):
                # "对65岁以上老年人的健康管理率达到70%以上": the rate of what is done for them, bound to an amount
                rule = records.replace(rule, subject=rule.subject[1:])
            share_of = _SHARE_OF_NAMED.match(rule.subject or "")
            if share_of and rule.value is not None and rule.kind in ("lower_bound", "upper_bound", "around", "range", "reach"):
                # "…增加值达到1800亿元左右，占地区生产总值的5%以上": the share of the whole that the measure just named
                # makes up (it was taken for a story's …的 and lost without a word); with no measure named before it,
                # counted as left out
                words = _after(clause, rule.subject)
                if rule.kind in ("reach", "around") and _BARE.match(squeeze(words)) \
                        and not (led_by_year or paragraph_led or goals_lead or _FUTURE.search(clause)):
                    continue  # "…老年人口达2.49亿，占总人口的17.9%": a bare share in a sentence of no year is a fact
                whole = share_of.group("whole")
                # (of a measure, not of a rate or of a share named before: 增加值占地区生产总值比重…，占GDP的比重… is the
                # 增加值's)
                measure = subject_before.split("占")[0] if subject_before else ""
                named_share = f"{measure}占{whole}{share_of.group('share') or '比重'}" \
                    if len(measure) >= 2 and not _SHARE_WORD.search(measure) else None
                found.append(Found(subject=named_share or clause, text=words if named_share else clause, quote=clause,
                                   line=at(words)[0], page=at(words)[1], year=rule.year or year_now,
                                   review=[f"the share of {whole} that {measure} (named before it) makes up: "
                                           "check the name"] if named_share else
                                   [f"{LEFT_OUT}a share of {whole} whose measure no clause names"]))
                continue
            if rule.subject and _SHARE_OF_WHOLE.search(rule.subject) and rule.value is not None \
                    and rule.kind in ("lower_bound", "upper_bound", "around", "range", "reach"):
                # "基层门诊量占全市的50%以上": the share of the whole, bounded (not "…的" of a story)
                rule = records.replace(rule, subject=rule.subject + "比例")
            control = _CONTROL_FIRST.match(rule.subject or "")
            if control and rule.kind in ("upper_bound", "range", "around") and rule.value is not None:
                # "控制婴儿死亡率在5‰以下", "控制登革热病例之年平均致死率0.5%以下": 控制 before the name bounds it as
                # 将…控制在 does (it was taken for a story's 控制… and the target lost without a word); no part of the name
                rule = records.replace(rule, subject=rule.subject[control.end():])
            if rule.subject and _clean_subject(rule.subject) and _NARRATIVE.search(rule.subject) and not disposal:
                if _CONTROL_FIRST.match(rule.subject) and rule.value is not None:
                    # "控制孕产妇死亡率达10/10万": 控制 before a name, an amount the words do not bound — no story and
                    # no target to guess, so counted as left out (it was lost without a word)
                    found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page, year=year_now,
                                       review=[f"{LEFT_OUT}控制 before the name, with an amount its words do not "
                                               "read as a bound (write 控制在…)"]))
                subject_before = None
                continue
            named = _clean_subject(rule.subject or subject_before or "")
            if rule.kind == "trend" and title:
                continue
            # a capacity ranked among peers (…综合实力位居全省第一方阵, 医疗技术水平达到国内领先) is a wish no data
            # ranks; the main health indicators ranked (主要健康指标保持全省前列) are measures
            ranked = rule.kind == "vs_reference" and _RANKED.search(clause) and _CAPACITY.search(named)
            if (rule.kind in ("trend", "maintain") and _VAGUE.search(named) or ranked) and not catalogue.knows(named):
                continue  # "服务水平明显提高"; not "居民健康素养水平持续提升", a catalogued measure
            if _EVERY_INDICATOR.match(named):
                continue  # "确保各项任务指标全部达标": every indicator of a list, none by name
            if not rule.subject and rule.kind in ("vs_reference", "maintain") and _RANKED.search(clause) \
                    and len({hit.subject for hit in found[sentence_start:]}) >= 2:
                # "…素养水平达到40%，…小组的人数达到120万人，保持全国领先水平": a rank with no subject of its own, after
                # two measures, may be either's (or the whole's): no target to guess
                continue
            subject = _clean_subject(_subject_as_written(clause, rule.subject)) if rule.subject else None
            review = []
            whole_share = _SHARE_OF_ALL.match(subject or "") if rule.unit == "%" else None
            if whole_share:  # "流感抗病毒药物储备量达全人口10%-15%": the measure as a share of the whole (named …达全人口)
                subject = f"{whole_share.group('name')}（占{whole_share.group('whole')}比例）"
                review = [f"named as the share of {whole_share.group('whole')} the words give: check the name"]
            size_of = None
            place_after = _PLACE_AFTER_MEASURE.fullmatch(subject or "")
            if place_after and _PLACE_ONLY.match(place_after.group("place")):
                # "生活垃圾无害化处理率城市达100%": the place after the measure is whose it is (it was named …处理率城市)
                subject = place_after.group("place") + place_after.group("measure")
                review = [f"the place after the measure ({place_after.group('place')}) put before it: check the name"]
            nickname = places.city_nickname().match(subject or "")
            if nickname and len(subject) - nickname.end() >= 4:
                # "岛城接触职业病危害的劳动者健康检查率": a city's nickname (Qingdao's) is the plan's place, no part of the name
                review = [*review, f"a city's nickname ({nickname.group(0)}) cut from the name: check it"]
                subject = subject[nickname.end():]
            back = re.fullmatch(_BACK_REFERENCE, subject or "")
            if back:  # "2030年时这一数字将超过83.4岁": the indicator of the clause before, by a word pointing back
                subject_before = subject_before or (found[-1].subject if found else None)  # (or the sentence before)
                if subject_before:
                    subject, review = None, [f"named after the indicator before ({back.group(0)} points back to it): "
                                             "check it"]
                else:  # "…管理率2025年为92%，到2030年该比例达到95%以上": the one before is a fact's, not drafted
                    review = [f"{back.group(0)} points back to an indicator named before: give its name"]
            bare = _BARE_RATE.match(clause)
            if bare and subject in (None, "", bare.group("rate")) and not catalogue.knows(bare.group("rate")) \
                    and not any(hit.subject.endswith(bare.group("rate")) for hit in found):
                # "…建立心理咨询室；2021年底前，以村(社区)为单位，建成率达80%以上": a rate named by its verb alone, what it
                # counts said before it (it was lost without a word; 覆盖率达80% was drafted as a measure of nothing); not
                # one named in full before it in the paragraph (…设施覆盖率达到45%；明年，覆盖率达到50%)
                found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page,
                                   year=rule.year or year_now, review=[_BARE_RATE_WHY.format(rate=bare.group("rate"))]))
                subject_before = None
                continue
            if not subject and not subject_before and work_before and rule.unit == "%" and re.match(r"完成\s*\d", clause):
                # "对在运营的乡镇敬老院实施适老化改造，2022年底前完成80%以上": the share of that work done (dropped with
                # no word: no measure named)
                subject = work_before
                review = [*review, f"the share done of the work the clause before sets ({work_before}): check the name"]
            if not subject:
                if not subject_before:
                    if rule.value is not None and rule.unit and _FUTURE.search(clause):
                        # "…使用者補助方案，將有希望從現行每年12萬元增至18萬元": an amount set for the future with no
                        # measure named in the clause or the one before it: counted, not lost without a word
                        found.append(Found(subject=clause, text=clause, quote=clause, line=line, page=page,
                                           year=rule.year or year_now,
                                           review=[f"{LEFT_OUT}a target whose measure no clause names"]))
                    continue
                subject = subject_before
                size_of = _size_of_change(change_told, subject, rule)
            if part_of and rule.subject:
                subject = _part_name(part_of, subject)
                review = [f"a part of {part_of} (其中…): check the name"]
            elif rule.subject and subject_before and _for_another_group(subject_before, subject):
                # "东部地区每10万人口…医师数量不低于3.8名，中西部地区不低于2.8名": the same measure for another group
                named_for = _for_another_group(subject_before, subject)
                review = [f"named {named_for} after {subject_before} (the same measure for {subject}): check it"]
                subject = named_for
            elif rule.subject and _PEOPLE_ONLY.match(subject):
                # "高血压患者规范管理率，65岁及以上老年人达到70%": the group the measure before is given for (it was
                # drafted as an indicator named 65岁及以上老年人, no note)
                named_for = _for_people(subject_before, subject)
                review = [f"named {named_for} after {subject_before} (the same measure for {subject}): check it"] \
                    if named_for else [f"the clause names only a group of people ({subject}): name the measure"]
                subject = named_for or subject
            elif rule.subject and _GENERIC_MEASURE.match(subject or ""):
                whose = _whose_measure(subject_before)
                review = [f"named {whose}{subject} after {subject_before} (the subject the bare {subject} shares): "
                          "check it"] if whose else [f"a bare {subject}, of no sector named before it: name whose it is"]
                subject = whose + subject
            elif rule.subject and subject_before:
                shared = _per_population(subject_before, subject)
                if shared:  # "每千常住人口执业（助理）医师数达到3.2人，注册护士数达到3.8人"
                    review = [f"named {shared} after {subject_before} (the per-population opening it shares): check it"]
                    subject = shared
            among = _AMONG_OTHERS.match(subject)
            if among and all(len(part) >= 3 for part in _listed_outside(among.group("named"))):
                # "人均预期寿命等居民主要健康指标达到全国平均水平": the measures it names, each; the others it does not name
                subject = among.group("named")
                review = [*review, f"named among others ({among.group(0)}): the others are not drafted"]
            names = [subject]
            covered = _listed_outside(subject)  # "县（市、区）体育场、…": not cut inside the brackets
            levels = _LEVELS_OF.match(covered[-1]) if rule.kind == "full_coverage" and len(covered) > 1 else None
            if levels and _LEVEL_COUNTS.get(levels.group("count")) == len(covered):
                # "县、乡镇、行政村三级公共健身设施…实现全覆盖": the places listed are the levels of one thing
                if len(subject) > _MAX_SUBJECT:
                    subject = levels.group("thing")  # the places left out of a name too long to keep whole
                review = [f"the levels listed before {levels.group('count')}级 are of one thing: check the name"]
                names = [subject]
            elif rule.kind == "full_coverage" and len(covered) > 1 and not re.search(r"等[^、，,]{0,8}$", subject) \
                    and all(3 <= len(part) <= _MAX_SUBJECT for part in covered):  # not "A、B等主要指标"
                # "A、B基本实现全覆盖": the coverage of A and of B
                names = _covered_names(covered)
                review = [f"coverage of each of {subject}: check the names"]
            elif len(rates := _two_rates(subject)) == 2:
                # "5岁以下儿童贫血率和孕妇贫血率控制在10%以下": one bound for each rate
                names = rates
                review = [f"one bound for each of {subject}: check the names"]
            elif len(subject) > _MAX_SUBJECT and len(aside := _ASIDE.sub("", subject)) <= _MAX_SUBJECT:
                # "重点健康知识知晓率（包括合理膳食、…、慢性病防治等）提高至85%": what the measure includes, in brackets, is
                # no part of its name (kept whole, the name was too long and the target lost without a word)
                review = [*review, f"named without the bracketed aside in {subject}: check it"]
                subject = aside
                names = [subject]
            elif len(subject) > _MAX_SUBJECT:
                names = _named_after_whom(subject)
                if not names:  # no name to draft: counted as left out, never lost in silence
                    found.append(Found(subject=subject, text=clause, quote=clause, line=line, page=page, year=year_now,
                                       review=[f"{LEFT_OUT}a name too long to draft ({subject[:20]}…)"]))
                    continue
                review = [f"the name is cut from a longer subject ({subject}): check it"]
            year = rule.year or size_of or year_now
            words = _after(clause, rule.subject)
            if CONTROL_AROUND_NOTE in rule.notes:  # 控制5岁以下儿童死亡率在6‰: 在6‰ alone would read as a level
                words = _from_control(clause, rule.subject) or words
            if _BARE.match(squeeze(words)) and rule.kind in ("reach", "around"):
                before = clause[:clause.find(subject)] if subject in clause else ""
                # a verb says it is to be made (建成…80个; 新建、改扩建医院10所: each verb; 培育…样板50个, the verb
                # before the grammar's name)
                built = _BUILD.match(subject) or re.search(_BUILT_BEFORE, before)
                if built:
                    made, verbs = subject, [] if _BUILD.match(subject) else [built.group(0)]
                    while (verb := _BUILD.match(made)) and made[verb.end():]:
                        verbs.append(verb.group(0))
                        rest = made[verb.end():].lstrip("和及与、")  # 新建和改扩建…: the second verb too
                        made = _clean_subject(rest) or rest
                    subject = made or subject
                    added = [verb for verb in verbs if _ADDED.fullmatch(verb)]
                    if added and made:
                        # "新建体育主题公园80个": how many are built, not the total there is to be
                        subject = "、".join(added) + made
                        review = [*review, _added_note(subject, "、".join(added))]
                elif led_by_year or (paragraph_led and rule.year is None) \
                        or (rule.year is not None and _FUTURE.search(clause)):
                    # 到“十四五”期末，全市人均期望寿命80岁; 2035年将实现为83.5岁 (not 2017年…为81.09岁: a fact)
                    review = [*review, "a bare amount after the sentence's year: read as the target for that year"
                              if led_by_year or rule.year is not None else
                              "a bare amount in a paragraph led by its year: read as the target for that year"]
                elif goals_lead:
                    # (under a heading that names the year, 三、2026年…政策取向, the note cited a …指标： lead the text has not)
                    review = [*review, "a bare amount listed after the plan's main indicators (…指标：): read as its "
                              "target" if colon_lead or not heading else
                              f"a bare amount listed under the heading or lead “{heading.strip()}”: read as its target"]
                elif aim := (_AIMED.match(clause) or _AIMED_BEFORE.search(
                        sentence.group(0)[:max(sentence.group(0).find(clause), 0)])):
                    # 确保小学生每天睡眠10个小时、初中生9个小时: what is to be ensured, each of the list; 目标实现婚前
                    # 医学检查率85%、产前筛查率90%: the plan's aim (it was dropped without a word)
                    review = [*review, "a bare amount after 确保 (or 力争): read as the target" if "目标" not in aim.group(0)
                              else "a bare amount after 目标 (the aim): read as the target"]
                else:
                    continue  # a bare amount is a fact (耕地面积29977.37公顷)
            if rule.year is not None and _YEAR_AT_START.match(clause):
                year_now = rule.year  # "2035年将实现为83.5岁，达到发达国家水平": the next clause is for 2035 too
            parts = _listed_outside(subject) if len(names) == 1 else names
            if len(parts) == 1:
                # 主要负责人和职业卫生管理人员职业卫生培训率, 建制镇生活垃圾和生活污水处理率: each's rate
                parts = _joined_names(subject) or parts
            elif len(names) == 1 and (split := _split_joined(parts[-1])):
                parts = [*parts[:-1], split[0], split[1]]  # "A、B及C职业卫生培训率": three, each completed below
            if len(parts) == 1 and re.search(rf"{re.escape(subject)}\s*(?:均|都)", clause):
                both = re.split(r"和|及|与", subject)  # "孕产妇系统管理率和3岁以下儿童系统管理率均达到90%", "布雷图指数和诱蚊诱卵器指数均…"
                # each a rate or share of its own (not "床位数和服务量占比", where 占比 belongs to both)
                if len(both) > 1 and all(len(part) >= 3 and re.search(r"(?:率|比例|比重|占比|指数)$", part) for part in both):
                    parts = both
                elif len(both) > 1 and re.search(r"(?:率|比例|比重)$", both[-1]) \
                        and all(2 <= len(part) <= 6 and _A_GROUP.search(part) for part in both[:-1]):
                    parts = both  # "孕产妇和儿童系统管理率均达到90%": each group's rate (completed below)
            elif len(parts) == 1 and rule.kind in ("trend", "maintain") \
                    and len(known := re.split(r"和|及|与", subject)) == 2 \
                    and all(catalogue.knows(part) or (len(part) >= 4 and re.search(r"(?:率|比例|比重)$", part))
                            for part in known):
                parts = known  # "人均预期寿命和健康预期寿命进一步提升": the trend of each, two measures (known, or rates)
            elif len(parts) == 1 and re.search(rf"{re.escape(subject)}\s*分别", clause):
                both = re.split(r"和|及|与", subject)  # "盐摄入量及吸烟比率分别减少三成": one amount, each of them
                if len(both) > 1 and all(len(part) >= 2 and _MEASURE.search(part) for part in both):
                    parts = both
            line, page = at(words)
            own = [_OWN_AMOUNT.match(part) for part in parts[:-1]]  # 建成区域医疗中心1个、县域医疗次中心3个
            if len(parts) > 1 and ("等" not in subject or len(names) > 1) and all(len(part) >= 3 for part in parts) \
                    and (len(names) > 1 or any(_HEAD.search(part) for part in parts) or all(own)) \
                    and (len(names) > 1 or all(_HEAD.search(part) for part in parts[:-1]) or len(subject) <= _MAX_SUBJECT):
                several = [] if len(names) > 1 else [f"one of several indicators the clause names ({subject})"]
                if len(names) == 1 and not any(own):
                    parts = _of_groups(parts)  # 高血压、糖尿病患者规范管理率: 高血压患者规范管理率 too
                    if not all(_HEAD.search(_with_measure(part, parts[-1])) for part in parts):
                        # "治理企业工作场所粉尘、化学毒物、噪声岗位合格率": a part that no measure completes is a
                        # qualifier of the measure after it, not an indicator (it was named 化学毒物): one name
                        parts = [subject]
                        several = [f"one name: the parts listed before its measure name none of their own ({subject}): "
                                   "check it"]
                for position, part in enumerate(parts):  # "农村集中供水率、农村自来水普及率进一步提高": one target each
                    amount = own[position] if position < len(own) else None
                    if amount:  # "建成区域医疗中心1个、县域医疗次中心3个": each thing with its own amount
                        found.append(Found(subject=amount.group("name"), text=amount.group("amount"), quote=clause,
                                           line=at(amount.group("amount"))[0], page=at(amount.group("amount"))[1],
                                           year=year, review=review + several))
                        continue
                    name = _with_measure(part, parts[-1])
                    first = own[0].group("name") if own and own[0] else parts[0]
                    shared = _per_population(first, name) if position else None
                    # "每千人口拥有执业医师数3.7人、注册护士数5.1人": the nurses are per thousand people too
                    found.append(Found(subject=shared or name, text=words, quote=clause, line=line,
                                       page=page, year=year, review=review + several
                                       + ([f"named {shared} after {first}: check it"] if shared else [])))
            else:
                programme = _PROGRAMME_ONLY.fullmatch(subject)
                if programme:  # "未来“长照3.0”将缩短至1至2日": a programme's name, not what its amount measures
                    review = [*review, f"named after a programme ({programme.group('name')}), not what it measures: "
                                       "name the measure (the sentence may say it before)"]
                found.append(Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year,
                                   review=review))
            # (the work's share done names no measure a clause after it goes on with: 且全部达到…标准 is the homes')
            subject_before = subject if subject != work_before else None
            change_told = (subject, rule.year) if rule.year and _told_from(rule) else None
        if quoted_goals:  # "其中就包括“人均预期寿命超过80岁”": the year is the goals' named before it
            found[sentence_start:] = [_reported_note(hit, sentence.group(0), quoted_goals) for hit in found[sentence_start:]]
        if first_year is None:
            first_year = year_now
        elif entering not in (None, first_year) and not _NAMES_A_YEAR.search(sentence.group(0)):
            # "到2025年，…。力争到2030年，…。产前筛查率达到90%以上": a sentence of no year after a later year's aside
            # may be the paragraph's first year's, or the aside's
            for hit in found[sentence_start:]:
                if hit.year == entering:
                    hit.review.append(f"the sentence names no year: {entering} is the sentence before's, but the "
                                      f"paragraph opened with {first_year}: check which it sets")
        bare = "a bare amount after the sentence's year: read as the target for that year"
        if plain_lead and any(bare in hit.review for hit in found[sentence_start:]):
            # "2020年，人均预期寿命为77.52岁，比2015年提高0.59岁": the change beside a year's figure may be that year's
            # record as much as the figure is
            for hit in found[sentence_start:]:
                if bare not in hit.review:
                    hit.review.append("beside a bare amount of the sentence's year: check it sets a target, not "
                                      "that year's record")
        if valued_base is not None:
            _counted_from_valued_base(found, *valued_base, sentence.group(0))
        lead_base = _BASE_LEAD.search(sentence.group(0))
        if lead_base:  # "到2028年，与2020年相比，自杀标准化死亡率降低5%": the change counts from the lead's year
            lead, base = lead_base.group("lead"), int(re.search(r"(?:19|20)\d{2}", lead_base.group("lead")).group(0))
            for at, hit in enumerate(found[sentence_start:], sentence_start):
                where = sentence.group(0).find(hit.quote)
                if hit.text.startswith(("比", "较", "与", "相比", "相较")) or where < lead_base.end():
                    continue  # its own base is in its words; a change before the lead is not counted from it
                try:
                    own = parse_target(hit.text)
                except CheckerError:
                    continue
                if own.kind not in ("vs_baseline", "annual_rate") or own.base_year is not None:
                    continue
                try:
                    joined = parse_target(lead + hit.text)
                except CheckerError:
                    joined = None
                if joined is not None and joined.base_year == base:
                    found[at] = replace(hit, text=lead + hit.text, review=[
                        *hit.review, f"the change counts from the year of the clause before it ({lead}): its words are "
                                     "joined to the target's"])
                else:  # (同2020年相比, 相较于2020年 … 年均增长8%: words the grammar does not read joined)
                    found[at] = replace(hit, review=[
                        *hit.review, f"the clause before it ({lead}) names the year the change counts from: check the "
                                     f"target counts from {base}, not the plan's base year"])
        for place, (cut, written) in uncut.items():  # "全县…医院于2024年底前全部建成…": quoted as written
            end = clause_starts[place + 1] if place + 1 < len(clause_starts) else len(found)
            found[clause_starts[place]:end] = [replace(hit, quote=written) if hit.quote == cut else hit
                                               for hit in found[clause_starts[place]:end]]
        for place, period_in in periods_in.items():  # the targets of each clause that names a period inside it
            end = clause_starts[place + 1] if place + 1 < len(clause_starts) else len(found)
            found[clause_starts[place]:end] = [_of_period_in_clause(hit, period_in) for hit in found[clause_starts[place]:end]]
        period_lead = _PERIOD_LEAD_CLAUSE.match(_LIST_MARK.sub("", sentence.group(0).lstrip()))
        if period_lead:  # "“十四五”期间，重大慢性病过早死亡率累计下降10%": the change is over the period
            found[sentence_start:] = [_over_period(hit, period_lead.group("lead")) for hit in found[sentence_start:]]
        calendar = _OTHER_CALENDAR.search(sentence.group(0))
        if calendar:  # "从79年32.5%降至105年的15.3%": years of 民国 (or another count), not placed in time
            for hit in found[sentence_start:]:
                hit.review.append(f"{OTHER_CALENDAR} ({calendar.group(0)}): the sentence cannot be placed in time")
        from_now = _FROM_NOW_SPAN.search(sentence.group(0))
        if from_now and not span_ends(text[:sentence.start() + from_now.start()]):
            # "目标在未来8年内，将国人平均余命增加3岁，不健康年数…比例下降至8%": years counted from a date the text does
            # not give (one half was kept for the last year looked to, the other left out): one time frame, which the
            # draft keeps only for a period the document names as its own
            found[sentence_start:] = [replace(hit, review=[*hit.review, f"{FROM_NOW} ({from_now.group(0)})"])
                                      if hit.year is None else hit for hit in found[sentence_start:]]
        if vocabulary.pattern("plan_purpose").match(opening):
            # "为进一步保障…，推动实现残疾人全面发展和共同富裕，根据《…》…，制定本规划。": why the plan is written (its
            # 推动实现… was drafted as a target): counted, never drafted
            found[sentence_start:] = [replace(hit, review=[*hit.review, f"{LEFT_OUT}the plan's purpose (为…，…制定本规划): "
                                                                        "why it is written, not a target"])
                                      for hit in found[sentence_start:]]
        horizon = own_horizon(sentence.group(0))
        if horizon is not None:
            # "到2025年，…。…，通过3-5年努力，建设4-6个…": the sentence counts its own time, from the document's date; the
            # year of the sentence before is not its (it was drafted for 2025 with no word): the draft works it out, or
            # says it could not
            where = sentence.group(0).find(horizon[2])
            found[sentence_start:] = [replace(hit, horizon=horizon)
                                      if sentence.group(0).find(hit.quote) >= where else hit
                                      for hit in found[sentence_start:]]
        carried = None
        if pair:  # what the sentence sets without a value for each year holds for both years
            # (not what a clause sets after naming its own year: 到2022年和2030年，…；到2022年70%以上的流行县…在1%以下 is
            # 2022's alone — it was copied to 2030 "alike")
            for hit in found[sentence_start:own_year_from]:
                if hit.year == pair[0] and not any(hit is other for other in split_by_year):
                    found.append(replace(hit, year=pair[1], review=[*hit.review, f"set for {pair[0]} and {pair[1]} alike"]))
            if sentence.group(0).rstrip().endswith(("；", ";")):
                carried, carried_before = pair, year_before
            else:
                year_now = year_before
    if year is None and any(_on_record(_LIST_MARK.sub("", sentence.group(0).lstrip()), planned, dated)
                            for sentence in _SENTENCE.finditer(text)) \
            and not any(_looks_ahead(_LIST_MARK.sub("", sentence.group(0).lstrip()), sentence.group(0))
                        or planned and _THIS_YEAR_FIRST.match(_LIST_MARK.sub("", sentence.group(0).lstrip()))
                        for sentence in _SENTENCE.finditer(text)):
        # "（一）儿童健康水平持续提高。…儿童死亡率持续下降。2021年，…": a paragraph that gives a past year's record and
        # looks to no year ahead describes that record; what it says with no year of its own sets nothing
        found = [hit for hit in found if hit.year is not None]
    return found


def own_horizon(sentence: str) -> tuple[int, int, str] | None:
    """The years a sentence counts ahead on its own (通过3-5年努力: (3, 5, "通过3-5年努力"); 用五年时间: (5, 5, …)),
    where it names no year or plan period of its own to reach (到2025年，通过3年努力，… is 2025's); else None."""
    counted = vocabulary.pattern("own_horizon").search(sentence)
    if counted is None or _NAMES_A_YEAR.search(_TITLE.sub("", sentence)):
        return None
    ends = [cn_numerals.read(end) if not end.isdigit() else int(end)
            for end in re.split(r"\s*[-—–~～至到]\s*", counted.group("years"))]
    if any(end is None or not 0 < end <= 30 for end in ends):
        return None
    return int(min(ends)), int(max(ends)), counted.group(0)


#: a clause of its own that opens a sentence with a plan period (“十四五”期间，…; 十三五时期，…) or its end (到“十四五”末，)
_PERIOD_LEAD_CLAUSE = re.compile(rf"(?P<lead>{_PERIOD_LEAD.pattern[1:]}(?:内)?|{_PERIOD_END.pattern}"
                                 # a span of periods (“十二五”至“十四五”期间，“十三五”“十四五”两个五年规划期间): the grammar
                                 # reads the change over it (see rules/grammar.yaml period_spans), or refuses it
                                 rf"|(?:在|于)?(?:[“\"]?(?:{'|'.join(_PERIOD_YEARS)})[”\"]?\s*[至到、和与及\-–—~～]?\s*){{2,}}"
                                 r"[^，,。；;]{0,8}?(?:期间|时期))\s*[，,]")


@dataclass(frozen=True)
class _PeriodInClause:
    """A plan period's words a clause holds besides its name and target (see :func:`_period_in_clause`)."""

    clause: str  # the clause as written
    rest: str  # the clause without the period's words
    words: str  # the period's words (在“十四五”期末, 规划期内)
    year: int | None  # the year the period ends; None for the plan's own period (规划期内), which names no year


def _period_in_clause(clause: str) -> _PeriodInClause | None:
    """The plan period a clause names with no comma of its own: opening it (“十四五”期间全市婴儿死亡率累计下降10%) or
    between the indicator's name and its target (5岁以下儿童死亡率“十四五”期间累计下降10%, …水平在“十四五”期末达到30%,
    …水平规划期内达到30%); None where there is none. Left in, the words were read into the indicator's name
    (5岁以下儿童死亡率“十四五”期间, which no catalogue entry matches), and the target lost its year (a standing target)
    or, for a change, the period it counts over (measured from the plan's base year)."""
    found = _PERIOD_OPENS_CLAUSE.match(clause) or _PERIOD_IN_CLAUSE.search(clause)
    if not found:
        return None
    rest = (clause[:found.start()] + clause[found.end():]).strip()
    period = found.group("period")
    return _PeriodInClause(clause, rest, found.group(0).strip(), _PERIOD_YEARS[period] if period else None)


def _of_period_in_clause(hit: Found, inside: _PeriodInClause) -> Found:
    """A target of a clause that names a plan period inside it (:func:`_period_in_clause`): quoted as written; a change
    over a five-year plan's period counts over it (:func:`_over_period`); one of the plan's own period (规划期内), of no
    year, is the plan's target year's, not a standing requirement."""
    if hit.quote == inside.rest:
        hit = replace(hit, quote=inside.clause)
    if inside.year is not None:
        return _over_period(hit, inside.words, "the clause names")
    if hit.year is None:
        return replace(hit, review=[f"{PLAN_YEAR}: the clause names the plan's own period ({inside.words})", *hit.review])
    return hit


def _over_period(hit: Found, lead: str, where: str = "the sentence opens with") -> Found:
    """A change whose sentence opens with a plan period (“十四五”期间，…累计下降10%), or whose clause names one
    (:func:`_of_period_in_clause`), with no base of its own: the period's words joined to the target's, so it counts
    from the year before the period (2020), as the plan says. Drafted as 累计下降10% alone, the period was kept only as
    the year, and the change was measured from the plan's base year (2023 in a 2024–2027 plan) without a word."""
    try:
        own = parse_target(hit.text)
    except CheckerError:
        return hit
    if own.kind not in ("vs_baseline", "annual_rate") or own.base_year is not None:
        return hit
    try:
        joined = parse_target(lead + hit.text)
    except CheckerError:
        joined = None
    if joined is not None and joined.base_year is not None:
        return replace(hit, text=lead + hit.text, review=[
            *hit.review, f"the change is over the period {where} ({lead}): its words are joined to the "
                         f"target's, so it counts from {joined.base_year}, the year before the period"])
    return replace(hit, review=[*hit.review, f"{where} a plan period ({lead}): check the "
                                             "change counts from the year before the period, not the plan's base year"])


#: a change between two years of two or three digits, 60 to 139 (从79年…降至105年, 由103年的2.0%…升至105年), or a date
#: with such a year (110年7月1日起…): years counted in another calendar (民国 years in texts from 台湾), which no year a
#: plan sets can be told from; a year with its era named (民国112年) is read as the common year (arabic_years)
_ROC_YEAR = r"(?<!\d)(?:[6-9]\d|1[0-3]\d)\s*年(?!代)"
_OTHER_CALENDAR = re.compile(rf"[从由自]\s*{_ROC_YEAR}[^。；;]{{0,30}}?(?:至|到)\s*{_ROC_YEAR}|{_ROC_YEAR}\s*\d{{1,2}}\s*月")

#: the verbs that move a value to an amount (提高到80岁, 增至79岁, 降至10/10万)
_MOVES_TO = ("提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|增至|升至|上升到|上升至|降低到|降低至|降至|降到|下降到|下降至|"
             "减少到|减少至|缩短到|缩短至")
_BOUND_VALUE = re.compile(rf"(?:[≤≥<>＜＞]|达到|达|不低于|不高于|不超过|不少于|超过|高于|低于|(?:控制|维持|保持|稳定)[在于]|{_MOVES_TO})\s*"
                          # the unit written around the number (降至每10万活产少于70人)
                          r"(?:每\s*\d+\s*[万千百]?\s*(?:名|例)?\s*(?:活产儿?|人口|人)中?\s*(?:少于|低于|不超过|不高于|不到)?\s*)?\d")


def _in_digits(clause: str) -> str:
    """``clause`` with the amounts it writes in Chinese numerals in digits, as the grammar reads them (降至百分之三 →
    降至3%, 每十万活产十人 → 10/十万): the finder's tests for an amount look for a digit, and a formal text's
    百分之九 is as much an amount as 9% (the clause and its words are still taken as written)."""
    return normalize(clause) if re.search("[零〇一二两三四五六七八九十百千半廿卅卌]|分之", clause) else clause


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """The sentence's clauses (start, text), cut at commas, and at ``、`` where every piece sets its own
    bound (``医师数达到0.5人以上、拥有精神科床位达到5张以上``: two targets, not one) or opens with its own
    verb before a measure (``提高治愈率、降低病死率``)."""
    out = []
    for start, text in _outside_brackets(sentence):
        # "实现县域内就诊率90%、基层就诊率65%的目标": the goals are the amounts named, each piece one (the grammar refuses
        # the list read whole)
        goal = _AMOUNTS_AS_GOAL.match(text)
        pieces = (goal.group("goals") if goal else text).split("、")
        if len(pieces) > 1 and not _ATTRIBUTES_OF_LAST.match(text) and (all(_BOUND_VALUE.search(_GOAL_END.sub("", piece)) for piece in pieces)
                                # 人均预期寿命80.5岁、婴儿死亡率低于3‰: bounds and a listed amount, each its own target
                                or (any(_BOUND_VALUE.search(piece) for piece in pieces)
                                    and all(_BOUND_VALUE.search(piece) or _name_and_amount(_bare(piece)) for piece in pieces))
                                # 城镇新增就业68万人左右、城镇调查失业率5.5%左右: each a name and its amount
                                or all(_name_and_amount(_bare(piece).removesuffix("左右")) for piece in pieces)
                                or (sum(bool(_VERB_FIRST.match(_bare(piece))) for piece in pieces) >= 2  # 提高治愈率、降低病死率
                                    and all(_VERB_FIRST.match(_bare(piece)) or _ACTION.match(_bare(piece)) for piece in pieces))
                                or all(_OWN_TREND.search(_bare(piece)) for piece in pieces)
                                or _duties_after_target(pieces)):
            start += goal.start("goals") if goal else 0
            for piece in pieces:
                out.append((start, piece))
                start += len(piece) + 1
        else:
            out.append((start, text))
    return out


#: a goal named by the amounts it lists (实现县域内就诊率90%、基层就诊率65%的目标): the list, each piece a target
_AMOUNTS_AS_GOAL = re.compile(r"^\s*(?:力争)?实现(?P<goals>[^《》，,]*?\d[^《》，,]*?)的(?:目标|要求)[。；;！!]?\s*$")


#: things to be grown or brought in, described by a list before 的 and counted after it (培育年产值超100亿元、具备较强国际
#: 竞争力的龙头企业2家): the amounts before 的 say which firms count, the count after it is the target
_ATTRIBUTES_OF_LAST = re.compile(r"^(?:力争|新|再)?(?:培育|引进|扶持|打造|发展|壮大|形成|招引|集聚|孵化)[^，,的]*、[^，,]*的"
                                 r"[^，,、的\d]{2,16}\d+(?:\.\d+)?\s*(?:家|个|所|项|座|支|名|款|条)(?:以上|左右)?[。；;！!]?\s*$")


#: what a list per so many people counts after its first item: staff, beds, places (注册护士, 公共卫生人员, 精神科床位)
_COUNTED_PER_PEOPLE = re.compile(r"(?:人员|医师|医生|护士|药师|技师|工作者|指导员|床位|托位)(?:数)?$")
#: how a name per so many people opens (每千常住人口…, 每万人口…)
_PER_PEOPLE_OPENING = re.compile(r"^每(?:十万|万|千|百)(?:名)?(?:常住|户籍)?人口")


def _shared_per_people(hits: list[Found], text: str) -> list[Found]:
    """``hits`` with the opening of a list's first name per so many people given to the names listed after it
    (每千常住人口执业(助理)医师2.5人、注册护士3.14人、公共卫生人员0.83人: nurses and public-health staff per 1,000 residents,
    not in all; named alone, their bare amounts read as counts and their ways were guessed)."""
    for first, later in zip(hits, hits[1:]):
        opening = _PER_PEOPLE_OPENING.match(first.subject)
        if opening is None or _PER_PEOPLE_OPENING.match(later.subject) or later.line != first.line \
                or not _COUNTED_PER_PEOPLE.search(later.subject) or catalogue.knows(later.subject):
            continue  # 每千人口床位数6张、孕产妇死亡率15/10万、人均预期寿命79岁: other measures, named in full
        at = text.find(first.quote)
        if at < 0 or not text.startswith("、", at + len(first.quote)) or \
                not text.startswith(later.quote, at + len(first.quote) + 1):
            continue
        later.subject = opening.group(0) + later.subject  # and carried on to the next by the next pair
    return hits


#: an amount a change is to reach or move by (降低0.5个百分点以上, 提高到80%): the piece sets a target of its own
_CHANGE_VALUE = re.compile(r"(?:提高|提升|降低|下降|减少|增加|增长|缩短|缩小)(?:到|至)?\s*\d")


def _duties_after_target(pieces: list[str]) -> bool:
    """Whether a clause lists a target and then things to be done (``…近视率力争每年降低0.5个百分点以上、完善…配套
    措施、鼓励…提供…等``): the first piece binds an amount, each later piece opens with an action and has no number."""
    first, rest = _bare(pieces[0]), [_bare(piece) for piece in pieces[1:]]
    return bool(_BOUND_VALUE.search(first) or _CHANGE_VALUE.search(first)) and all(
        piece and not re.search(r"\d", piece) and (_ACTION.match(piece) or _NARRATIVE.search(piece)) for piece in rest)


def _bare(piece: str) -> str:
    """A piece of a clause without its spaces and its sentence's end."""
    return piece.strip().rstrip("。；！？!?;…")


#: grades that share the word after the last (孕产妇中、重度贫血患病率; 轻、中度; 中、高风险): one name, not two
_DEGREES = re.compile(r"[轻中重高低]、(?:[轻中重高低]、)*[轻中重高低](?:度|级|风险)")
#: works of building listed before the one thing they qualify (城市新建、改建居住区绿地达标率): one name, not two
_WORKS_BEFORE = re.compile(rf"(?:{vocabulary.source('added_verbs')})$")
_WORKS_AFTER = re.compile(rf"(?:{vocabulary.source('added_verbs')})")


def _listed_outside(text: str) -> list[str]:
    """``text`` cut at each ``、`` outside quotes and brackets (``“户分类、组保洁”的…体系`` is one name) and not
    between grades that share a word (``中、重度贫血``)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in "（(“《":
            depth += 1
        elif char in "）)”》":
            depth = max(depth - 1, 0)
        elif char == "、" and depth == 0 and not _DEGREES.match(text, at - 1) \
                and not (_WORKS_BEFORE.search(text, 0, at) and _WORKS_AFTER.match(text, at + 1)):
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    parts = [part.strip("，,") for part in parts]  # "A,、B": the stray comma garbled pages put beside a 、
    return [part for part in parts if part]


def _ratio_at(sentence: str, at: int) -> bool:
    """Whether the colon at ``at`` stands between two numbers, a ratio (医护比达到1:1.2), not a clause's end."""
    return 0 < at < len(sentence) - 1 and sentence[at - 1].isdigit() and sentence[at + 1].isdigit()


#: a comma between a number's thousands (3,007人, 1,882張): not a clause's end
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def _outside_brackets(sentence: str) -> list[tuple[int, str]]:
    """The sentence cut at commas and colons, but not inside brackets (``6.3张（按建成可开放床位，可达6.5张）``),
    between the numbers of a ratio (``1:1.2``), in a number's thousands (``3,007人``) or at a stray comma beside a
    list's ``、`` (``A,、B``, as garbled pages write it)."""
    out: list[tuple[int, str]] = []
    depth, start = 0, 0
    for at, char in enumerate(sentence):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(depth - 1, 0)
        elif char in "，,：:" and depth == 0 and not (char in "：:" and _ratio_at(sentence, at)) \
                and not (char in "，," and "、" in sentence[max(at - 1, 0):at + 2]) \
                and not (char == "," and _THOUSANDS.match(sentence, max(at - 1, 0))):  # "A,、B": a list, its comma stray
            if at > start:
                out.append((start, sentence[start:at]))
            start = at + 1
        elif at == start and depth == 0 and (lead := _LEAD_RUN_ON.match(sentence, at)) and at < lead.end() < len(sentence):
            out.append((start, sentence[start:lead.end()]))  # "到2030年消除血吸虫病": the year's lead, as after a comma
            start = lead.end()
        elif char == "并" and depth == 0 and at > start and _AND_BY_YEAR.match(sentence, at):
            out.append((start, sentence[start:at]))  # "…筛查率逐年提高并于2025年达到50%以上": a trend, then a year's level
            start = at + len(_AND_BY_YEAR.match(sentence, at).group("and"))
    if start < len(sentence):
        out.append((start, sentence[start:]))
    return _changes_rejoined(sentence, out)


#: a year's lead run on into its target without a comma (到2030年消除血吸虫病, 到 2020 年消除疟疾)
_LEAD_RUN_ON = re.compile(r"(?:力争)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:年?[底末])?(?:前)?"
                          # (将 or 要 between: 到2030年将建成…, which was lost without a word)
                          r"(?=(?:将|要)?(?:基本|全面|率先|初步|持续(?=消除))?(?:消除|建成(?!区)|实现|建立(?!健全)))"  # (建成区…: a name)
                          # a bare year with 将 after it (2026年将新增1000家…): read as 2026年，将新增…, the year's lead
                          # and a word of the future (it was refused, the comma its only difference)
                          r"|(?:19|20)\d{2}\s*年(?=将(?!近|其|会|是))")
#: a year's target joined to the clause before without a comma (…逐年提高并于2025年达到50%以上)
_AND_BY_YEAR = re.compile(r"(?P<and>并且?)(?:于|在|到|至)\s*(?:19|20)\d{2}\s*年")


#: a change's starting value with no verb yet (…人均预期寿命从2015年的76.7岁), and the verb that ends it after a comma
#: (提高至78岁)
_CHANGE_FROM = re.compile(r"(?:从|由)\s*(?:(?:19|20)\d{2}\s*年(?:年?[底末])?的?)?\s*\d+(?:\.\d+)?\s*[^\d，,。；;\s]{0,4}$")
_CHANGE_TO = re.compile(r"^\s*(?:提高|提升|增加|增长|上升|延长|降低|下降|减少|缩短|降)(?:到|至)")


def _changes_rejoined(sentence: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``pieces`` with a change cut at its comma made whole again (``人均预期寿命从2015年的76.7岁，提高至78岁``: one
    clause, not a start value alone and a verb with no subject), and so a share before the units it counts
    (``九成半的危急类别病人，会在15分钟内得到诊治``: not the units alone and a verb with no subject)."""
    out: list[tuple[int, str]] = []
    for start, text in pieces:
        if out and _CHANGE_FROM.search(out[-1][1]) and _CHANGE_TO.match(text):
            out[-1] = (out[-1][0], sentence[out[-1][0]:start + len(text)])
            continue
        joined = sentence[out[-1][0]:start + len(text)] if out else ""
        if out and "的" in out[-1][1] and _SHARE_FIRST.match(joined.strip()) and not _SHARE_FIRST.match(out[-1][1].strip()):
            out[-1] = (out[-1][0], joined)  # "九成半的危急类别病人，会在15分钟内得到诊治": the share's units, then what they get
            continue
        out.append((start, text))
    return out


#: a piece of a list with its own subject and trend (健康产业规模不断扩大、体系更加完整、结构更加合理)
_OWN_TREND = re.compile(r"^[^、]{2,}?(?:不断|持续|明显|显著|更加|进一步|逐步|稳步|大幅)[\u4e00-\u9fff]{1,2}$")


_VALUE = r"\d+(?:\.\d+)?\s*(?:%|‰|/\s*10\s*万|/\s*万|岁|人|张|个|名|所|元|平方米|天|分钟)?\s*(?:及以上|及以下|以上|以下|左右|以内)?"
_TWO_YEARS = re.compile(r"^(?:力争)?(?:到|至)?\s*((?:19|20)\d{2})\s*年?\s*(?:和|、|及|与)\s*((?:19|20)\d{2})\s*年(?:年?[底末])?$")
#: two years to reach that open a clause with no comma after them (到 2022 年和2030 年取得急救培训证书的人员分别达到 1%和
#: 3%): the pair leads the rest of the clause as 到2022年和2030年，… does
_TWO_YEARS_OPENING = re.compile(r"^(?:力争)?(?:到|至)\s*((?:19|20)\d{2})\s*年?\s*(?:和|、|及|与)\s*((?:19|20)\d{2})\s*年"
                                r"(?:年?[底末])?\s*(?=[\u4e00-\u9fff])")
_PAIRED = re.compile(rf"^(?P<subject>.+?)(?P<respectively>分别)?(?P<verb>不低于|不少于|不高于|不超过|低于|高于|超过|达到|控制在|"
                     rf"{_MOVES_TO})?\s*"  # (a PDF's text: 达到 37%及以上和 40%及以上)
                     rf"(?P<first>{_VALUE})\s*(?:和|、|与)\s*(?P<second>{_VALUE})\s*等?$")  # "…和20%等": the last of a list


def _by_year(clause: str, years: tuple[int, int], at) -> list[Found]:
    """``到2022年和2030年，…水平分别不低于22%和30%``: the first value for the first year, the second for the
    second; each target's words are the verb and its own value."""
    match = _PAIRED.match(clause)
    if not match or not (match.group("respectively") or match.group("verb")):
        return _by_year_read(clause, years, at)
    subject, cut = _paired_name(_clean_subject(match.group("subject")))
    if not subject:
        return []
    verb = match.group("verb") or ""
    out = []
    names, several = _measures_listed(subject)
    for year, value in zip(years, (match.group("first"), match.group("second"))):
        words = f"{verb}{value.strip()}"
        line, page = at(value)
        out.extend(Found(subject=name, text=words, quote=clause, line=line, page=page, year=year,
                         review=[f"one of two values for {years[0]} and {years[1]} in one sentence: check the pairing",
                                 *cut, *several]) for name in names)
    return out


def _measures_listed(subject: str) -> tuple[list[str], list[str]]:
    """The measures a paired subject lists with 、 (``高血压、糖尿病患者规范管理率`` → 高血压患者规范管理率 and
    糖尿病患者规范管理率: each measure gets both years' values, as a one-year clause drafts them; a joined name was one
    indicator no data row matches), with a review note; the subject alone, and no note, where it lists none."""
    parts = _listed_outside(subject)
    if len(parts) < 2:
        return [subject], []
    grouped = _of_groups(parts)  # 高血压、糖尿病患者规范管理率: 高血压患者规范管理率
    names = [_with_measure(part, grouped[-1]) for part in grouped]
    if not all(_HEAD.search(name) for name in names):
        names = _shared_head(parts)[0]  # 城市、农村生活污水处理率: 城市生活污水处理率
    completed = names != parts
    note = f"one of several indicators the clause names ({subject})"
    if not all(_HEAD.search(name) for name in names):
        note += ": the list is split at its 、, but not every part names a measure: name each"
    elif completed:
        note += ": the names are completed from the last one: check them"
    return names, [note]


def _paired_name(subject: str) -> tuple[str, list[str]]:
    """The name of paired values' subject, and a review note where it is cut from a longer one (…人群因心脑血管疾病、
    癌症…等重大慢性病导致的过早死亡率, as a single target's would be); no name where it names none or more than one."""
    if len(subject) < 2:
        return "", []
    if len(subject) <= _MAX_SUBJECT:
        return subject, []
    names = _named_after_whom(subject)
    if len(names) != 1:
        return "", []
    return names[0], [f"the name is cut from a longer subject ({subject}): check it"]


def _by_year_read(clause: str, years: tuple[int, int], at) -> list[Found]:
    """``…知晓率分别在2019年基础上提高10%和在2022年基础上提高10%``: after 分别, two targets the grammar
    reads, parted by a 和 — the first for the first year, the second for the second."""
    match = re.match(r"^(?P<subject>.+?)分别(?P<rest>.+)$", clause)
    if not match:
        return []
    (subject, cut), rest = _paired_name(_clean_subject(match.group("subject"))), match.group("rest")
    if not subject:
        return []
    for part in re.finditer(r"和|与", rest):
        first, second = rest[:part.start()], rest[part.end():]
        change = re.match(rf"^(.*?\D)(?:{_VALUE}|\d+(?:\.\d+)?[^\d/]*)$", first.strip())
        if change and re.match(r"\d", second.strip()):
            # "下降10%和15%", "较2015年降低10%和20%": the second value is the same change, not a level of 15%
            second = change.group(1) + second.strip()
        try:
            rules = [parse_target(first), parse_target(second)]
        except CheckerError:
            continue
        if any(rule.subject or rule.kind in NOT_CHECKABLE for rule in rules):
            continue
        out = []
        names, several = _measures_listed(subject)
        for year, words in zip(years, (first, second)):
            line, page = at(words)
            out.extend(Found(subject=name, text=words, quote=clause, line=line, page=page, year=year,
                             review=[f"one of two targets for {years[0]} and {years[1]} in one sentence: check the "
                                     "pairing", *cut, *several]) for name in names)
        return out
    return []


_TAIL = re.compile(r"(?:及以上|及以下|或以上|或以下|以上|以下|左右|以内)$")
_YEAR_GROUPS = re.compile(r"^(?P<subjects>.+?)分别(?P<verb>[^\d]*?)(?P<first>\d[^和与]*?)(?:和|与)(?P<second>\d[^和与]*)$")


def _by_year_respectively(clause: str, years: tuple[int, int], at) -> list[Found]:
    """``到2022年和2030年，…A、B、C分别提高到30%、18%、20%及以上和45%、25%、30%及以上``: the values before
    和 for the first year, those after it for the second, each list paired with the subjects in order
    (a list's last bound, 及以上, holds for each of its values)."""
    match = _YEAR_GROUPS.match(clause)
    if not match:
        return []
    groups = []
    for group in (match.group("first"), match.group("second")):
        tail = _TAIL.search(group)
        values = (group[:tail.start()] if tail else group).split("、")
        groups.append([value if _TAIL.search(value) else value + (tail.group(0) if tail else "") for value in values])
    if len(groups[0]) != len(groups[1]) or len(groups[0]) < 2:
        return []
    subjects = _listed(match.group("subjects"), len(groups[0]))
    if not subjects:
        return []
    out = []
    for year, values in zip(years, groups):
        for subject, value in zip(subjects, values):
            line, page = at(value)
            out.append(Found(subject=subject, text=f"{match.group('verb')}{value}", quote=clause, line=line,
                             page=page, year=year,
                             review=[f"one of {len(subjects)} indicators' values for {years[0]} and {years[1]} in "
                                     "one sentence: check the pairing"]))
    return out


def _listed(subjects: str, count: int) -> list[str]:
    """``count`` names listed with 、 (names may hold 和 or 与: 基本知识和理念素养水平), else with 和/及/与 too;
    none where the list has another length."""
    for separators in (r"、", r"[、和及与]"):
        raw = [name.strip() for name in re.split(separators, subjects) if name.strip()]
        if len(raw) == count and len(raw[-1]) >= 3 and all(len(name) == 1 for name in raw[:-1]):
            last = _clean_subject(raw[-1])  # 城、乡居民健康素养水平: each the last's rest after its first character
            return [name + last[1:] for name in raw[:-1]] + [last] if last.startswith(raw[-1][0]) else []
        names = [_clean_subject(name) for name in raw]
        if len(names) == count and all(len(name) >= 2 for name in names):
            return names
    return []


#: names listed with their starting values and then their targets (A、B分别从60%、55%提高到70%、65%)
_FROM_LISTED = re.compile(r"^(?P<subjects>.+?)(?:分别|依次)?(?:从|由)(?P<starts>\d[^、，,]*?(?:、\d[^、，,]*?)+)"
                          r"(?P<verb>(?:提升|提高|增加|增长|上升|降低|下降|减少|降|缩短)(?:至|到))"
                          r"(?P<values>\d[^、，,]*?(?:、\d[^、，,]*?)+)(?P<tail>以下|以上|左右|以内)?$")


def _from_listed(clause: str, at, year: int | None) -> list[Found] | None:
    """``A、B分别从60%、55%提高到70%、65%`` → one target per name (提高到70%), its start said; [] where the names and
    values do not pair (read by no other shape: a start is never a target); None for a clause of another shape."""
    match = _FROM_LISTED.match(clause)
    if not match:
        return None
    starts, values = match.group("starts").split("、"), match.group("values").split("、")
    subjects = _listed(match.group("subjects"), len(values)) if len(starts) == len(values) else []
    out = []
    for subject, start, value in zip(subjects, starts, values):
        words = f"{match.group('verb')}{value}{match.group('tail') or ''}"
        line, page = at(value)
        out.append(Found(subject=subject, text=words, quote=clause, line=line, page=page, year=year,
                         review=[f"one of several targets in one sentence ({'、'.join(values)}): check the pairing; "
                                 f"it starts from {start} (the base, not a target)"]))
    return out


def _respectively(clause: str, at, year: int | None, named_before: str | None = None) -> list[Found]:
    """``婴儿死亡率、5岁以下儿童死亡率分别控制在4‰、6‰以下`` → one target per subject; ``2021年、2022年床位数分别达到
    3.85张、4.10张`` (or ``其中2021年、2022年分别规划…`` after the clause naming it, ``named_before``) → one per year."""
    listed_from = _from_listed(clause, at, year)
    if listed_from is not None:
        return listed_from
    match = _RESPECTIVELY.match(clause)
    in_order = None if match else _LISTED_IN_ORDER.match(clause)
    if in_order and in_order.group("tail") \
            and len({re.sub(r"^[\d.]+", "", value) for value in in_order.group("values").split("、")}) > 1:
        return []  # 接种率、孕产妇死亡率保持在95%、10/10万以下: with no 分别, whose the 以下 is the units cannot tell
    match = match or in_order
    if not match:
        return []
    values = re.split(r"、|和|及|与", match.group("values"))
    shared_unit = re.fullmatch(r"[\d.]+(\D+)", values[-1])
    if shared_unit and all(re.fullmatch(r"[\d.]+\D*", value) and shared_unit.group(1).startswith(
            re.sub(r"^[\d.]+", "", value)) for value in values[:-1]):  # 15和20个百分点, 5个和3个百分点: both points
        values = [re.match(r"[\d.]+", value).group(0) + shared_unit.group(1) for value in values[:-1]] + values[-1:]
    named = match.group("subjects")
    base = re.search(_BASE_BEFORE_EACH, named)  # A和B较2020年分别下降10%和5%: each change from 2020
    subjects = _listed(named[:base.start()] if base else named, len(values))
    if not subjects:
        return []
    out = []
    tail = match.group("tail") or ""
    verb = (base.group(0) if base else "") + match.group("verb")
    raw = [part.strip() for part in re.split(r"[、和及与]", named[:base.start()] if base else named) if part.strip()]
    leading = [re.match(_LEADING_YEAR, part) for part in raw]
    if len(raw) == len(values) and all(leading) \
            and all(found.end() == len(part) for found, part in zip(leading[:-1], raw)):
        # 2021年、2022年和2023年床位数分别达到…: the years first, the name after the last (or in the clause before)
        own = _clean_subject(raw[-1][leading[-1].end():])
        name = own or named_before or ""
        if len(name) < 2:
            return []
        return [Found(subject=name, text=f"{verb}{value}{tail}", quote=clause, line=at(value)[0], page=at(value)[1],
                      year=int(found.group(1)),
                      review=[f"one of several years' values in one sentence ({'、'.join(values)}{tail}): check the "
                              "pairing"] + ([] if own else [f"named after the indicator before ({name})"]))
                for found, value in zip(leading, values)]
    years = [_LISTED_YEAR.search(subject) for subject in subjects]
    if all(years) and all(_LISTED_YEAR.fullmatch(subject) for subject in subjects[1:]):
        name = _clean_subject(subjects[0][:years[0].start()])  # one indicator, a value for each year
        if len(name) < 2:
            return []
        for found_year, value in zip(years, values):
            line, page = at(value)
            out.append(Found(subject=name, text=f"{match.group('verb')}{value}{tail}", quote=clause, line=line,
                             page=page, year=int(found_year.group(1)),
                             review=[f"one of several years' values in one sentence ({'、'.join(values)}{tail}): "
                                     "check the pairing"]))
        return out
    subjects, completed = _completed_names(subjects)
    subjects, opened = _shared_opening(subjects)
    if not opened:  # 每千人口执业（助理）医师数、注册护士数分别…: the nurses are per thousand people too
        shared = [_per_population(subjects[0], subject) for subject in subjects[1:]]
        subjects, opened = [subjects[0]] + [made or subject for made, subject in zip(shared, subjects[1:])], any(shared)
    for subject, value in zip(subjects, values):
        words = f"{verb}{value}{tail}"
        review = [f"one of several targets in one sentence ({'、'.join(values)}{tail}): check the pairing"
                  + (" (the names and values are listed in order, with no 分别)" if in_order else "")]
        if completed:
            review.append(f"the name is completed from the last one in the list ({subject})")
        if opened and subject != subjects[0]:
            review.append(f"the name is completed from the first one in the list ({subject})")
        if not _HEAD.search(subject) and any(_HEAD.search(other) for other in subjects):
            # 高血压、2型糖尿病、严重精神障碍患者规范管理率 left uncompleted: 高血压 alone is no indicator
            review.append(f"the list is split at its 、, but this part names no measure ({subject}): name it")
        refused = None
        try:
            parse_target(words)
        except CheckerError as error:
            refused = f"{UNREAD} {words!r}: {error.message}"
            review.append(refused)
        line, page = at(value)
        out.append(Found(subject=subject, text=words, quote=clause, line=line, page=page,
                         year=year, review=review, refused=refused))
    return out


_HEAD = re.compile(r"(?:率|数|比|量|比例|比重|水平|寿命|面积|规模|人数|收入|时间|时长)$")
#: what a listed indicator measures (not 水平, which names no measure by itself)
_MEASURE = re.compile(r"(?:率|数|比|量|比例|比重|寿命|面积|浓度|人数)$")


def _part_name(whole: str, part: str) -> str:
    """The name of a part of an indicator (``其中疾控人员≥1`` after ``每千常住人口公共卫生人员数``):
    the part with the whole's per-population opening and its 数; a group or place (``其中城镇达到45%``
    after a share) before the whole's name."""
    opening = re.match(r"^每[千万百]\S{0,4}?人口", whole)
    rest = whole[opening.end():] if opening else whole
    kept = opening.group(0) if opening and not part.startswith(opening.group(0)) else ""
    if re.search(r"类别?$", part):  # "其中中医类别0.62人" after 每千人口执业（助理）医师数: 每千人口中医类别执业（助理）医师数
        return kept + part + rest
    placed = re.match(r"^.*?(?:机构|医院|卫生院)(?P<counted>[^机构医院]{1,6}数?)$", rest)
    if placed and re.search(r"(?:医院|机构|卫生院|中心)$", part):  # "其中公立医院4.4张" after …医疗卫生机构床位数
        return kept + part + placed.group("counted")
    if not opening and not whole.endswith("数") and not _HEAD.search(part) and len(part) <= 6:
        # "经常参加体育锻炼人数比例达到40%，其中城镇达到45%": 城镇经常参加体育锻炼人数比例; a word the two share is
        # written once ("其中农村居民达到25%" after 居民健康素养水平: 农村居民健康素养水平)
        shared = next((n for n in range(min(len(part), len(whole)) - 1, 0, -1) if part.endswith(whole[:n])), 0)
        return part + whole[shared:] if shared >= 2 else part + whole
    name = (opening.group(0) if opening and not part.startswith(opening.group(0)) else "") + part
    if whole.endswith("数") and not _HEAD.search(name):
        name += "数"
    return name


#: a group of places or people a measure is given for (东部地区, 中西部地区, 城市, 农村, 贫困地区)
_GROUP = (r"(?:"
          # groups of people a measure is given for (小学生新发近视率…，初中生控制在7%以内), the longest first
          r"城镇居民|农村居民|城乡居民|中小学生|小学生|初中生|高中生|中学生|大学生|幼儿园儿童|学龄前儿童|[男女]性|[男女]童"
          r"|[东中西南北]{1,3}部(?:地区|省份)?|[\u4e00-\u9fff]{2,4}地区|城市|农村|城镇|乡村|城区|山区|牧区)")
_GROUP_ONLY = re.compile(rf"^{_GROUP}$")
_GROUP_OPEN = re.compile(rf"^{_GROUP}(?=\S{{3}})")
_GROUP_CLOSE = re.compile(rf"(?<=\S{{3}}){_GROUP}$")


#: a bare measure of a sector's size (营业收入, 增加值, 总产值 …), which does not say whose it is
_GENERIC_MEASURE = vocabulary.pattern("generic_measures")
_GENERIC_AT_END = re.compile(_GENERIC_MEASURE.pattern.removeprefix("^"))


def _whose_measure(before: str | None) -> str:
    """Whose the measure named ``before`` is (健康服务业增加值 → 健康服务业): the subject a bare measure of size in
    the clause after it shares; empty where ``before`` is no such measure (人均预期寿命) or a share (…占…比重)."""
    if not before or "占" in before:
        return ""
    end = _GENERIC_AT_END.search(before)
    whose = before[:end.start()] if end else ""
    return whose if len(whose) >= 2 else ""


def _for_another_group(before: str, subject: str) -> str | None:
    """The subject before with its group swapped for ``subject``, where ``subject`` names only a group and the
    subject before opens with another (``中西部地区`` after ``东部地区每10万人口精神科执业（助理）医师数量``:
    中西部地区每10万人口精神科执业（助理）医师数量); else None."""
    closing = _GROUP_CLOSE.search(before)
    if _GROUP_ONLY.match(subject) and closing and closing.group(0) != subject and _HEAD.search(before[:closing.start()]):
        return before[:closing.start()] + subject  # 成人吸烟率男性控制在40%以下，女性…: 成人吸烟率女性
    opening = _GROUP_OPEN.match(before)
    if not _GROUP_ONLY.match(subject) or not opening or opening.group(0) == subject \
            or _GROUP_OPEN.match(before[opening.end():]):
        return None
    rest = before[opening.end():]
    # a word the two share is written once (农村居民 after 城市居民健康素养水平: 农村居民健康素养水平)
    shared = next((n for n in range(min(len(subject), len(rest)) - 1, 1, -1) if subject.endswith(rest[:n])), 0)
    return subject + rest[shared:]


#: a group of people alone (65岁及以上老年人, 儿童): no measure
_PEOPLE_ONLY = vocabulary.pattern("people_group")
#: a place alone that stands for its people (城市, 农村地区): it qualifies a measure, people and all
_PLACE_ONLY = vocabulary.pattern("place_of_people")
#: a measure with a place after it (生活垃圾无害化处理率城市): the place, by :data:`_PLACE_ONLY`, is whose measure it is
_PLACE_AFTER_MEASURE = re.compile(r"(?P<measure>[^，,、]{3,}?(?:率|比例|比重))(?P<place>[\u4e00-\u9fff]{2,4})")


def _for_people(before: str | None, group: str) -> str | None:
    """The measure named before given for ``group`` (健康体检覆盖率 → 老年人健康体检覆盖率; after 老年人健康体检覆盖率,
    儿童 → 儿童健康体检覆盖率: the group the measure before opens with swapped); a place is put before the whole measure
    (城市 after 65岁及以上老年人健康管理率: 城市65岁及以上老年人健康管理率, whose people the place's are); None where no
    measure was named."""
    if not before or not _HEAD.search(before):
        return None
    if _PLACE_ONLY.match(group):
        return group + before
    for end in range(len(before) - 2, 1, -1):  # the longest group the measure before opens with
        if _PEOPLE_ONLY.match(before[:end]):
            before = before[end:]
            break
    # a word the two share is written once (居民 before 居民健康素养水平)
    shared = next((n for n in range(min(len(group), len(before)), 1, -1) if group.endswith(before[:n])), 0)
    return group + before[shared:]


def _per_population(before: str, subject: str) -> str | None:
    """``subject`` with the per-population opening of the subject before it (``注册护士数`` after
    ``每千常住人口执业（助理）医师数``: 每千常住人口注册护士数), where the catalogue knows the name so made
    and not ``subject`` alone; else None."""
    opening = re.match(r"^每[千万百]\S{0,4}?人口(?:拥有)?", before)
    if not opening or subject.startswith("每") or catalogue.knows(subject):
        return None
    # 每千人口医生数提升至3.5名，护士提升至5.5名: the nurses are counted (护士数) as the doctors are
    named = (subject, subject + "数") if before.endswith("数") and not _HEAD.search(subject) else (subject,)
    for made in (lead + name for name in named for lead in (opening.group(0), re.sub(r"拥有$", "", opening.group(0)))):
        if catalogue.knows(made):
            return made
    if before.endswith("数") and re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:护士|医生|医师|药师|技师|护理员|卫生人员|卫技人员)"
                                            r"(?:[（(][\u4e00-\u9fff]{1,3}[)）])?数?", subject):
        # (workers the catalogue does not count so, per people too: flagged)
        return opening.group(0) + subject + ("" if subject.endswith("数") else "数")
    return None


def _named_after_whom(subject: str) -> list[str]:
    """The indicators a long subject names after whom they are for: ``矿山…等行业的用人单位主要负责人、…和
    接触职业病危害的劳动者的职业卫生培训率及接触职业病危害的劳动者职业健康体检建档率`` → 职业卫生培训率,
    接触职业病危害的劳动者职业健康体检建档率 (each part after its last 的 where it is too long); none
    where a part names no measure."""
    names = []
    for part in re.split(r"以及|及", subject):
        if not _HEAD.search(part):
            return []
        name = part if len(part) <= _MAX_SUBJECT and "、" not in part else part.rsplit("的", 1)[-1]
        if len(name) < 4 and len(part) <= _MAX_LONG_NAME:
            name = part  # "…机构创建老年友善医疗机构的比例": after its last 的 only 比例 is left; keep it whole
        if not 3 <= len(name) <= _MAX_LONG_NAME:
            return []
        names.append(name)
    return names


#: an opening that makes a measure per unit of output: the names listed after the first one share it
#: (单位国内生产总值用水量、能耗…: 单位国内生产总值能耗, an intensity, not the total)
_PER_OUTPUT = re.compile(r"^(?:单位(?:国内|地区)?生产总值|单位GDP|万元(?:国内|地区)?生产总值|万元GDP)")


def _shared_opening(subjects: list[str]) -> tuple[list[str], bool]:
    """``单位国内生产总值用水量、能耗、二氧化碳排放量``: the names after the first share its opening (a
    per-population opening is :func:`_per_population`'s, which asks the catalogue)."""
    opening = _PER_OUTPUT.match(subjects[0])
    if opening and len(subjects[0]) - opening.end() >= 2 and not any(_PER_OUTPUT.match(s) for s in subjects[1:]):
        return [subjects[0]] + [opening.group(0) + s for s in subjects[1:]], True
    group = _GROUP_OPENING.match(subjects[0])  # 5岁以下儿童贫血患病率和生长迟缓率: the children's stunting too
    if group and len(subjects[0]) - group.end() >= 2 and not any(_NAMES_A_GROUP.search(s) for s in subjects[1:]):
        return [subjects[0]] + [group.group(0) + s for s in subjects[1:]], True
    return subjects, False


#: the people a name opens with (5岁以下儿童, 65岁及以上老年人), and words that name a group of one's own
_GROUP_OPENING = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)(?:周)?岁(?:及)?(?:以下|以上)[\u4e00-\u9fff]{0,3}?"
                            r"(?:儿童|婴幼儿|老年人|人群|居民|妇女|学生|青少年)")
_NAMES_A_GROUP = re.compile(r"岁|儿童|婴幼儿|婴儿|新生儿|老年|人群|居民|妇女|孕产妇|孕妇|学生|青少年|职工|患者")


def _completed_names(subjects: list[str]) -> tuple[list[str], bool]:
    """Listed names completed from the last one, and whether any was: short names of diseases or groups before a
    measure of theirs first (高血压、2型糖尿病患者规范管理率: 高血压患者规范管理率; 适龄妇女宫颈癌、乳腺癌筛查覆盖率:
    适龄妇女乳腺癌筛查覆盖率 too), as a clause with one value for all does; else the last one's head (城市、乡镇生活污水
    处理率)."""
    grouped = _of_groups(subjects)
    if grouped != subjects and all(_HEAD.search(name) for name in grouped):
        return grouped, True
    return _shared_head(subjects)


def _shared_head(subjects: list[str]) -> tuple[list[str], bool]:
    """``城市、乡镇生活污水处理率``: the short names share the last one's head (城市生活污水处理率)."""
    *short, last = subjects
    width = {len(s) for s in short}
    if not short or any(_HEAD.search(s) for s in short) or not _HEAD.search(last):
        return subjects, False
    rate = _GROUP_RATE.search(last)
    if rate:  # 新生儿、婴儿和5岁以下儿童死亡率: groups of people, each with the last one's rate
        return [s + rate.group(0) for s in short] + [last], True
    group = _GROUP_WORD.search(last[:8])
    if group and all(_A_GROUP.search(s) for s in short) and len(last) - group.end() >= 3:
        # 职工和城乡居民医保…支付比例: the groups share what follows the last one's group (职工医保…, not 职工居民医保…)
        return [s + last[group.end():] for s in short] + [last], True
    if len(width) != 1:
        return subjects, False
    k = width.pop()
    if k > 4 or len(last) < k + 3:
        return subjects, False
    cut = _GROUP_WORD.search(last)
    if cut and cut.start() < k < cut.end() or cut and cut.start() == 0 and cut.end() < k:
        return subjects, False  # 孕产妇、儿童系统管理率 is not 孕产妇 + 统管理率: the cut would split a word
    # the last one's own disease may be longer than the short names (高血压、2型糖尿病规范管理率): the measure after it
    disease = _DISEASE_THEN_MEASURE.search(last)
    head = disease.group("measure") if disease else last[k:]
    # a short name that ends with a word of the last one's takes the measure after that word (职工医保 before
    # 城乡居民医保政策范围内…比例: 职工医保政策范围内…比例, not 职工医保医保政策…)
    return [measured if (measured := _with_measure(s, last)) != s else s + head for s in short] + [last], True


#: a short name that is a group of people (职工, 城镇居民, 农村妇女), before a name of another group's measure
_A_GROUP = re.compile(r"(?:职工|居民|农民|学生|儿童|妇女|孕产妇|婴儿|新生儿|老年人|患者|人群)$")
#: who a measure is of, ending the group's words (糖尿病患者规范管理率, 儿童系统管理率, 老年人健康管理率)
_GROUP_WORD = re.compile(r"患者|病人|人群|儿童|孕产妇|产妇|老年人|居民|妇女|学生|婴儿|新生儿")
#: who a measure of people at work is of (管理人员, 劳动者): the last one in a name ends its people's words
_STAFF_WORD = vocabulary.pattern("staff_words")
#: what a measure of things treated is of (生活垃圾, 生活污水): the last one in a name ends its thing's words
_THING_WORD = vocabulary.pattern("thing_words")
#: a disease's name, and one's measure after it (苯丙酮尿症筛查率, 严重精神障碍管理率; 乙肝疫苗接种率 is no disease's)
_DISEASE_END = re.compile(r"(?:症|病|炎|癌|瘤|障碍)$")
_DISEASE_THEN_MEASURE = re.compile(r"(?:症|病|炎|癌|瘤|障碍)(?P<measure>(?:(?!障碍)[^症病炎癌瘤、，,]){2,8}(?:率|比例))$")
#: a short name that is a group itself, not a disease or a cause (孕产妇, 0～6岁儿童, 65岁以上老年人)
_IS_GROUP = re.compile(r"(?:妇|者|童|人|民|生|群|儿)$")
#: the people a disease's name opens with (适龄妇女宫颈癌, 农村妇女乳腺癌, 新生儿先天性甲状腺功能减低症)
_WHOM_FIRST = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:妇女|儿童|新生儿|婴儿|老年人|孕产妇|孕妇|学生|青少年|男性|女性|人群)")


def _split_joined(subject: str) -> tuple[str, str, str] | None:
    """People at work (用人单位主要负责人和职业卫生管理人员职业卫生培训率) or things treated (建制镇生活垃圾和生活污水处理率)
    joined by 和 or 及 before a measure of theirs: the first, the second as written and the measure after the second's
    last such word (职业卫生培训率, 处理率); None for any other subject (the first a measure already, or no such word
    ending it, or no measure after the second's)."""
    joined = re.fullmatch(r"(?P<first>[^和及]{2,})(?:和|及)(?P<last>[^和及]{3,})", subject)
    if not joined or _HEAD.search(joined.group("first")):
        return None
    first, last = joined.group("first"), joined.group("last")
    for words in (_STAFF_WORD, _THING_WORD):
        marks = list(words.finditer(last))
        if words.search(first[-3:]) and marks and _HEAD.search(last[marks[-1].end():]):
            return first, last, last[marks[-1].end():]
    return None


def _joined_names(subject: str) -> list[str] | None:
    """The two names of a subject :func:`_split_joined` splits, each with the measure after the second's people or
    thing (用人单位主要负责人职业卫生培训率, 建制镇生活垃圾处理率), as a 、 list shares it; the place or kind the first
    opens with goes to the second where the second's words start inside the first (建制镇生活垃圾和生活污水处理率:
    建制镇生活污水处理率). None for any other subject."""
    split = _split_joined(subject)
    if split is None:
        return None
    first, last, measure = split
    opening = first.find(last[:2])
    return [first + measure, (first[:opening] if 2 <= opening <= 6 else "") + last]


def _of_groups(parts: list[str]) -> list[str]:
    """Short names listed before a measure of a group (高血压、糖尿病患者规范管理率; 孕产妇、儿童系统管理率): each with
    the measure — after the group's word for a group (孕产妇系统管理率), from it for a disease (高血压患者规范管理率)."""
    *short, last = parts
    disease = _DISEASE_THEN_MEASURE.search(last)
    if short and disease and all(_DISEASE_END.search(s) and not _HEAD.search(s) for s in short):
        # 新生儿先天性甲状腺功能减低症、苯丙酮尿症筛查率: each disease's 筛查率; the people the first names are the
        # others' too (适龄妇女宫颈癌、乳腺癌人群筛查率: 适龄妇女乳腺癌人群筛查率)
        whom = _WHOM_FIRST.match(short[0])
        opening = whom.group(0) if whom and len(short[0]) - whom.end() >= 2 else ""
        return [s + disease.group("measure") for s in short] + [
            last if not opening or _NAMES_A_GROUP.search(last[:disease.start()]) else opening + last]
    group = _GROUP_WORD.search(last) or next(reversed(list(_STAFF_WORD.finditer(last))), None)
    # (用人单位主要负责人: people at work may be named at more length than a group)
    if not short or group is None or not _HEAD.search(last) \
            or any(_HEAD.search(s) or len(s) > (12 if _STAFF_WORD.search(s[-3:]) else 8) for s in short):
        return parts
    after, of = last[group.end():], last[group.start():]
    if len(after) < 2:
        return parts

    def completed(name: str) -> str:
        measured = _with_measure(name, last)
        if measured != name:
            return measured  # 职工医保、城乡居民医保参保率: 职工医保参保率
        if _IS_GROUP.search(name) or _STAFF_WORD.search(name[-3:]):
            return name + after  # 孕产妇、儿童系统管理率: 孕产妇系统管理率 (职业卫生管理人员、劳动者…培训率 too)
        return name + of if group.group(0) in ("患者", "病人") else name  # 高血压、糖尿病患者…: 高血压患者…
    return [completed(name) for name in short] + [last]


#: a rate of a group of people that groups listed before it share (新生儿、婴儿和5岁以下儿童死亡率)
_GROUP_RATE = re.compile(r"(?<=儿|童|人|妇|女|者|民)(?:死亡率|发病率|患病率|贫血率|低体重率|生长迟缓率|接种率|检出率)$")


#: a plan period in brackets: (2021-25), （2019—2030年）
_SPAN = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[-–—~～至]\s*((?:19|20)?\d{2})\s*年?\s*[)）]")


def years_ahead(text: str, china: bool = True) -> list[int]:
    """The years a text sets things for (到2025年, by the end of 2025, 到“十四五”期末, “十四五”时期的主要目标,
    a period in brackets such as (2021-25)), in the order it names them: where a report with no year in
    its title looks to. An English "14th Five-Year Plan" only where ``china`` (the document is about China)."""
    plain = arabic_years(to_simplified(text))
    found = [(m.start(), int(m.group(1))) for m in _YEAR_LEAD.finditer(plain) if not _in_base_clause(plain, m.start())]
    found += [(m.start(), _PERIOD_YEARS[m.group(1)]) for pattern in (_PERIOD_END, _PERIOD_GOALS)
              for m in pattern.finditer(text)]
    found += english_sentences.years_named(text, china)
    found += [(m.start(), int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1))) for m in _SPAN.finditer(text)]
    return [year for _, year in sorted(found)]


#: a word that turns a sentence ahead (将, 要, 力争, 下一步 …), not 将 before a number it disposes of (民政部门将5.6万余名
#: 感染者纳入低保: what was done)
_AHEAD = re.compile(r"将(?!\s*\d)|(?<![主重需必只概纲摘提])要|力争|争取|预计|计划(?!生育)|明年|下一步|今后|未来")


#: a sentence led by 今年 (今年，…达到45%以上; 今年全市新建…5个), not by the part of it already past (今年以来, 今年1—10月,
#: 今年上半年, 今年前三季度)
_THIS_YEAR_LEAD = re.compile(r"^\s*今年(?!以来|来|前|初|[上下]半年|[一二三四1-9]|第|截[至止])")


def aims_ahead(text: str, this_year_ahead: bool = False) -> bool:
    """Whether a text's own words (not the titles it cites: 出台《…规划（2025—2030年）》) name a year to reach or give
    an amount in a sentence that looks ahead: a text with neither reports, and sets no targets. With
    ``this_year_ahead`` (a text dated after the year it reports on), a sentence led by 今年 looks ahead too:
    今年，…覆盖率达到45%以上 sets this year's goal."""
    own = _TITLE.sub("", arabic_years(to_simplified(text)))
    return _sets_a_year(own) or any(
        (_AHEAD.search(sentence.group(0)) or this_year_ahead and _THIS_YEAR_LEAD.match(sentence.group(0)))
        and re.search(r"\d", _amounts_of(sentence.group(0))) for sentence in _SENTENCE.finditer(own))


def _in_base_clause(text: str, at: int) -> bool:
    """Whether the clause of ``text`` around ``at`` names what targets build on (在2025年实现…的基础上): its year is
    no year the text looks to."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;：:\n") + 1
    ends = [end for end in (text.find(mark, at) for mark in "，,。；;：:\n") if end >= 0]
    return bool(_BASE_CLAUSE.match(text[start:min(ends, default=len(text))].strip()))


def span_ends(text: str) -> list[int]:
    """The last years of the plan periods a text names in brackets (健康行动规划（2013~2020）: 2020), in order: the
    year a paragraph's targets of no year are for when they follow the plan's name in the same paragraph (…提出，未来8年，
    …达到95%). Other years it looks to are left out: a report's 至“十三五”末，…达到了80.6岁 sets nothing."""
    return [int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1)) for m in _SPAN.finditer(text)]


#: a heading or a line of its own that names a year's goals (2025年主要目标, 二、2030年主要指标, 到2025年的发展目标)
_YEAR_GOALS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]"
                                 r"|专栏\s*\d{1,2}\s*|[■□●○◆◇▲△▶►•])?\s*(?:(?:到|至)?((?:19|20)\d{2})\s*年(?:年?[底末])?(?:前)?"
                                 rf"|[“\"]?({'|'.join(_PERIOD_YEARS)})[”\"]?(?:时期|期间|期末|末)?)的?\s*"
                                 # ■ 2025年经济社会发展的主要预期目标
                                 # 2026年服務承諾目標: Hong Kong's (and Macau's) performance pledges for that year
                                 r"(?:(?:国民经济和社会|经济社会|经济和社会)?(?:主要|总体|发展|工作|具体|健康|预期|卫生健康|卫生健康发展|服务承诺)*"
                                 r"的?(?:(?:主要|预期)*(?:目标|指标)(?:任务|要求)?(?:(?:和|及|与)(?:重大|重点|主要)?(?:任务|举措))?"
                                 # 三、2026年经济社会发展总体要求和政策取向: a work report's section of that year's goals
                                 r"|要求(?:和|及|与)政策取向)"
                                 # 三、2016年重点工作, 2026年工作安排: that year's tasks
                                 r"|重点工作|工作重点|重点任务|主要任务|工作安排|工作要点|服务承诺)\s*[：:]?$")


def heading_year(text: str) -> int | None:
    """The year a heading sets for the lines under it when it names that year's goals or tasks (``2025年主要目标``,
    ``专栏1 “十四五”时期主要发展指标``, a work report's ``三、2016年重点工作``, Hong Kong's ``2026年服務承諾(目標)``;
    in traditional characters too)."""
    text = arabic_years(to_simplified(text.strip()))
    match = _YEAR_GOALS_HEADING.match(text)
    if not match and re.search("[和及与]", text):  # “十三五”时期发展成就和“十四五”时期主要目标任务: the goals after 和
        match = _YEAR_GOALS_HEADING.match(re.split("[和及与]", text)[-1])
    if not match:
        return None
    return int(match.group(1)) if match.group(1) else _PERIOD_YEARS[match.group(2)]


def headline_year(text: str) -> int | None:
    """The year a news headline's own lead looks to (``到2030年我国人均预期寿命将达到80岁左右``, ``“十五五”期间…``): the
    year of the targets its text restates without one; None for a headline of a year's record."""
    text = arabic_years(to_simplified(text.strip()))
    period = _PERIOD_LEAD.match(text)
    if period:
        return _PERIOD_YEARS[period.group(1)]
    lead = _YEAR_LEAD.match(text)
    return int(lead.group(1)) if lead and _leads_ahead(lead) else None


def lead_year(paragraph: Paragraph, china: bool = True) -> int | None:
    """The year a paragraph that introduces a list sets for the paragraphs after it (``到2025年，具体实现以下目标：``,
    or a line of its own such as ``2025年主要目标``; in traditional characters too). An English lead's five-year plan
    period only where ``china`` (the document is about China)."""
    cut = _without_glosses(paragraph)  # 提出2024年經(jīng)濟社會發(fā)展主要預期目標：
    text = arabic_years(to_simplified((cut[0] if cut else paragraph).text.strip()))
    # "- 2015 Targets:", "By 2005:": a line of Latin letters is English
    if english_sentences.is_english(text) or (text.isascii() and re.search(r"[A-Za-z]{2}", text)):
        return english_sentences.lead_year(text, china)
    if heading_year(text) is not None:
        return heading_year(text)
    projects = _YEAR_PROJECTS.search(text)
    if projects:  # "…确定在2026年实施50项民生实事项目。…": the items after it are that year's projects
        return int(projects.group(1))
    if not text.endswith(("：", ":")):
        return None
    # 锚定2035年远景目标，…，“十四五”时期实施扩大内需战略的主要目标是：— the period of the goals the list gives
    last = re.split(r"[，,。；;]", text.rstrip("：:"))[-1]
    period = _PERIOD_GOALS.search(last) if re.search(r"目标(?:是|为|如下)?$", last) else None
    if period:
        return _PERIOD_YEARS[period.group(1)]
    final = re.split(r"[。；;]", text.rstrip("：:"))[-1]
    plain = _YEAR_PROJECTS_LEAD.match(final.strip())
    if plain:  # "2025年，办好以下10件民生实事：": a list of projects of that year looks ahead, as 到2025年底… does
        return int(plain.group(1))
    own = _YEAR_LEAD.search(final) if final != text.rstrip("：:") else None
    if own:  # "到2020年，…框架形成。到2030年，具体实现以下目标：": the list's year is its own sentence's, not the first
        return int(own.group(1))
    if len(text) > 80:
        # "到2020年，…明显提高。实现以下目标：": a short lead to the list after sentences the paragraph's year opens
        opening = _YEAR_LEAD.match(text)
        listed = len(final) <= 20 and re.search(r"(?:以下|如下|下列)(?:主要|具体)?(?:目标|指标)|(?:主要|具体)目标(?:是|为|如下)?$", final)
        return int(opening.group(1)) if opening and listed else None
    match = _YEAR_LEAD.search(text) or _YEAR_GOALS.search(text)  # 2030年的主要健康指标，其中：
    if match is None:  # 到“十五五”期末，具体目标如下：— the period's last year
        end = _PERIOD_END.search(text)
        return _PERIOD_YEARS[end.group(1)] if end else None
    return int(match.group(1))
