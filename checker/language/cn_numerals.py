"""Chinese numerals in target phrases, written as Arabic numbers: ``百分之二十`` → ``20%``,
``十万分之十四点五`` → ``14.5/10万``, ``降低三分之一`` → ``降低33.333…%``, ``超过一半`` → ``超过50%``,
``提高五个百分点`` → ``提高5个百分点``.

Only numerals in these shapes are rewritten: a Chinese numeral standing elsewhere is usually part of
a name (``十四五``, ``三级医院``, ``第一方阵``) and is left for the grammar, which refuses what it
cannot place. The words for the shapes (``百分之`` → ``%``) are data, in ``rules/grammar.yaml``
(``chinese_numerals``). A small reader rather than the cn2an package: the shapes above need a
forty-line table, and cn2an would add its own dependencies and import time to every command.
"""

from __future__ import annotations

import re
from functools import cache

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"


def read(numeral: str) -> float | None:
    """The value of a Chinese numeral (``十四点五`` → 14.5, ``二十`` → 20, ``一百二十`` → 120); None if malformed."""
    whole, _, fraction = numeral.partition("点")
    total = section = digit = 0
    pending = False
    for char in whole:
        if char in DIGITS:
            if pending:
                return None  # two digits in a row ("二三") is not a number
            digit, pending = DIGITS[char], True
        elif char in SMALL_UNITS:
            section += (digit if pending else 1) * SMALL_UNITS[char]
            digit, pending = 0, False
        elif char in BIG_UNITS:
            total = (total + section + (digit if pending else 0)) * BIG_UNITS[char]
            section, digit, pending = 0, 0, False
        else:
            return None
    value = float(total + section + (digit if pending else 0))
    if fraction:
        if any(char not in DIGITS for char in fraction):
            return None
        value += float("0." + "".join(str(DIGITS[char]) for char in fraction))
    return value


def _number(value: float) -> str:
    return repr(int(value)) if value == int(value) else repr(value)


def percent(numerator: float, denominator: float) -> str:
    """A share ``numerator/denominator`` written as a percentage (三分之一 and 1/3 → ``33.33…%``)."""
    return _number(numerator / denominator * 100) + "%"


def rewrite(text: str, per_words: dict[str, str], halves: dict[str, str], unread_after: tuple[str, ...] = ()) -> str:
    """``text`` with the numeral shapes written in digits. ``per_words``: ``百分之`` → ``%`` and the like
    (a numeral after them is the number, the unit follows it); ``halves``: whole words (``一半`` → ``50%``);
    a fraction or a whole word right after one of ``unread_after`` (降至三分之一, 降至一半) is left as written."""
    if not re.search("[零〇一二两三四五六七八九十百千半]|分之|成", text):
        return text
    # 四．六二 (a full-width point, which NFKC made a dot): 四点六二
    text = re.sub("(?<=[零〇一二两三四五六七八九十])\\.(?=[零〇一二两三四五六七八九])", "点", text)
    for word, written in halves.items():
        # "降至一半" is half the base value (a change), not a level of 50%: left as written, as a fraction is
        text = re.sub(re.escape(word), lambda match, written=written: match.group(0)
                      if match.string[:match.start()].endswith(unread_after) else written, text)
    if per_words:
        pers = "|".join(re.escape(word) for word in sorted(per_words, key=len, reverse=True))

        def per(match: re.Match) -> str:
            value = read(match.group(2)) if not match.group(2)[0].isdigit() else float(match.group(2))
            return match.group(0) if value is None else _number(value) + per_words[match.group(1)]

        # 百分之八十至九十: the range's second end in the first's unit
        text = re.sub(f"(?<![\\d.])({pers})({NUMERAL}|\\d+(?:\\.\\d+)?)(至|到|~|～|-|—)(?=(?:{NUMERAL})(?:以上|以下|之间|左右|$))",
                      lambda match: match.group(0) + match.group(1), text)
        text = re.sub(f"(?<![\\d.])({pers})({NUMERAL}|\\d+(?:\\.\\d+)?)", per, text)

    def fraction(match: re.Match) -> str:
        denominator, numerator = (float(part) if part.isdigit() else read(part) for part in match.groups())
        if not denominator or numerator is None or match.string[:match.start()].endswith(unread_after):
            return match.group(0)
        return percent(numerator, denominator)

    # 三分之一, and 3分之一 / 3分之1 as Taiwan and Hong Kong texts write it
    text = re.sub(f"((?<![\\d.])\\d{{1,2}}|[一二两三四五六七八九十]+)分之(\\d{{1,2}}(?![\\d.])|{NUMERAL})", fraction, text)

    # tenths: 八成以上, 下降三成, 8成 (a digit or one numeral, then only a comparator or the end); a digit after
    # 成 is the next place (八成五 is 85%, as 八成半 is)
    # "降至八成": eight tenths of the start, or a level of 80%? A fall to a share is as a fall to a fraction: left
    # as written (refused); a rise to one (提高到八成以上) can only be a level
    falling = tuple(word for word in unread_after if not word.startswith(("提", "增", "上")))

    def tenths(match: re.Match) -> str:
        if match.string[:match.start()].endswith(falling) and not match.string.startswith(("以下", "以内", "之内"),
                                                                                          match.end()):
            return match.group(0)  # (降至三成以下 bounds a level: at most 30%)
        tens, ones = (None if part is None else 5.0 if part == "半" else float(part) if part.isdigit() else read(part)
                      for part in match.groups())
        return _number(tens * 10 + (ones or 0)) + "%"

    def range_of_tenths(match: re.Match) -> str:  # 4至6成, 六成至七成: 40% to 60% (the first end was read as 4%)
        ends = [_number((float(part) if part.isdigit() else read(part)) * 10) + "%" for part in match.group(1, 3)]
        return ends[0] + match.group(2) + ends[1]

    text = re.sub("(?<![\\d.零〇一二两三四五六七八九十百千])([1-9]|[一二两三四五六七八九])成?(至|到|-|~|～|—)"
                  "([1-9]|[一二两三四五六七八九])成(?=以上|以下|左右|上下|之间|$)", range_of_tenths, text)
    text = re.sub("(?<![\\d.零〇一二两三四五六七八九十百千])([1-9]|[一二两三四五六七八九])成([1-9]|[一二三四五六七八九]|半)?"
                  "(?=以上|以下|以内|之内|左右|上下|$)", tenths, text)

    def counted(match: re.Match) -> str:
        value = read(match.group(1))
        return match.group(0) if value is None else _number(value) + match.group(2)

    text = re.sub(f"(?<![第十])({NUMERAL})(个百分点|百分点)", counted, text)

    def bound(match: re.Match) -> str:
        value = read(match.group(2))
        return match.group(0) if value is None else match.group(1) + _number(value) + match.group(3)

    # a count after a bound, ending the phrase (达到两人, 不少于三个以上, 提升至三点五名): not 达到一个新水平, 建成三级医院;
    # after a change word it is the size of the change (增加二十万人 is 增加200000人, as 增加20万人 reads); one after a
    # rate's base (每十万活产十人以下) is the rate's number; a count that follows a verb of making (至少建成两所) is how
    # many, and so is one that is the whole phrase (五个以上, 两所) — not an age that opens a name (十五岁及以上人口…)
    text = re.sub(f"({_BOUND_WORDS}|{_CHANGE_WORDS}|{_MADE_WORDS})({NUMERAL})({_COUNTERS})(?=以上|以下|左右|及以上|$)",
                  bound, text)
    # a magnitude after a bound with no counter, ending the phrase (逾十万, 超过三千万): written as its digits and its
    # magnitude (逾10万), as the digits are read (the indicator's unit says what is counted; with none, the grammar
    # asks for one)
    text = re.sub(f"({_BOUND_WORDS})({_BEFORE_MAGNITUDE})(万|亿)(?=以上|以下|左右|$)", bound, text)

    def listed(match: re.Match) -> str:
        counts = [(joint, read(numeral), counter)
                  for joint, numeral, counter in re.findall(f"([、及和与或]?)({NUMERAL})({_COUNTERS})", match.group(2))]
        if any(value is None for _, value, _ in counts):
            return match.group(0)
        return match.group(1) + "".join(joint + _number(value) + counter for joint, value, counter in counts)

    # the same counts listed after one bound (分別為不超過一星期及四星期: one value for each of two queues), each in digits
    text = re.sub(f"({_BOUND_WORDS})((?:{NUMERAL})(?:{_COUNTERS})(?:[、及和与或](?:{NUMERAL})(?:{_COUNTERS}))+)"
                  "(?=以上|以下|左右|$)", listed, text)
    # a count of things added (新增两个, 改建三间): things counted, not a magnitude (新增三十万人 stays refused, as the
    # grammar knows no 新增 of people)
    text = re.sub(f"({_ADDED_WORDS})([零〇一二两三四五六七八九十百]+)({_COUNTERS})(?=以上|以下|左右|及以上|$)", bound, text)
    # (only deaths or cases counted, as rates_first reads them: 每千人口三岁以下婴幼儿… is an age in a name)
    text = re.sub(f"({_PER_BASE})({NUMERAL})(人|例|名|宗)(?=以上|以下|左右|$)", bound, text)
    text = re.sub(f"(^)({NUMERAL})({_COUNTERS})(?=(?:以上|以下|左右|及以上)?$)", bound, text)
    # a number with a decimal point after a bound (达到三点五), with no counter: a point is never part of a name
    return re.sub(f"({_BOUND_WORDS})([零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+)()(?=以上|以下|左右|$)",
                  bound, text)


#: the verbs before a counted amount written in Chinese numerals, and the counters after it
#: (逾 and 超, more than, as Hong Kong's and Taiwan's texts write 超过: 逾十万人)
_BOUND_WORDS = ("达到|达|不少于|不低于|不超过|不高于|低于|少于|超过|控制在|保持在|维持在|稳定在|提高到|提高至|提升到|提升至|"
                "增加到|增加至|增至|升至|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|逾|超")
#: a numeral before its magnitude word (十 of 十万, 三点五 of 三点五亿)
_BEFORE_MAGNITUDE = "[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
#: a rate's base written before its number (每十万活产十人, 每千活产儿中不超过五例): the count after it is the rate's
_PER_BASE = "每(?:十万|万|千|百)(?:名|个)?(?:活产儿|活产|出生|人口|人)?中?(?:死亡)?(?:不到|不足|少于|低于|不超过|不高于)?"
#: (and lengths of time, as rules/units.txt knows them: 不超過四星期, 不超过二十八天, 三个月以内 — a length read in
#: digits, 4星期, was read while its numeral was not)
_COUNTERS = "人次|人|名|张|个星期|个小时|个月|个|家|所|项|支|座|处|岁|例|宗|间|台|条|星期|周|天|小时|分钟"
#: the verbs of making before a count (至少建成两所, 新建五个以上)
_MADE_WORDS = "建成|新建|建设|设立|创建|培育|配备"
#: the verbs of adding or rebuilding before a count (新增两个, 改建三间)
_ADDED_WORDS = "新增|净增|增设|增配|新设|改扩建|改建|扩建"
#: the change words before a counted amount written in Chinese numerals (增加二十万人, 减少三千人)
_CHANGE_WORDS = "增加|减少|提高|降低|下降|增长|提升"


#: a year written digit by digit in Chinese numerals (二〇二五年, 二○三五年 with a circle typed for 〇, 二O三五年 with the
#: letter O, as Taiwan's press often types it)
_YEAR_DIGITS = "〇○零ＯOo一二三四五六七八九"
_CHINESE_YEAR = re.compile(rf"(?<![{_YEAR_DIGITS}十])(?:一九|二[〇○零ＯOo])[{_YEAR_DIGITS}]{{2}}(?=年)")
_YEAR_DIGIT_VALUE = {char: str(DIGITS.get(char, 0)) for char in _YEAR_DIGITS}


def arabic_years(text: str) -> str:
    """``text`` with years written in Chinese numerals in digits (``到二〇二五年`` → ``到2025年``), the
    way formal documents date their goals, and a year of 民國 written with its era as the common year
    (``民國115年`` → ``2026 年``, :func:`_era_years`). Each year keeps its characters' positions (an era's
    year is padded with spaces after it, so a clause that starts at the year quotes its era): a position in the
    result is the same position in ``text``."""
    if "年" not in text:
        return text
    if "民" in text:
        text = _era_years(text)
    if not _CHINESE_YEAR.search(text):
        return text
    return _CHINESE_YEAR.sub(lambda m: "".join(_YEAR_DIGIT_VALUE[char] for char in m.group(0)), text)


@cache
def _era_year() -> re.Pattern:
    """A year of 民國 written with its era, in digits or Chinese numerals (compiled when a text holds 民)."""
    # (with the era, 一百 alone is the year 100, not a century; tens of two characters or more keep positions: 民國廿年
    # would write 1931 in three characters' room, so a lone 十/廿/卅 is left unread)
    return re.compile(r"(?:中[华華]\s*)?民[国國]\s*(?:(\d{2,3})|(" + CHINESE_ROC_YEAR.pattern
                      + r"|(?:[二三四五六七八九]十|[廿卅])[一二三四五六七八九]?(?<![廿卅])|一百)(?=\s*年))")


def _era_years(text: str) -> str:
    """``text`` with each year of 民國 written with its era (民國115年, 中華民國119年, 民國九十七年度) as the common year,
    115 + 1911 = 2026: the era says which calendar the year counts in, so nothing is guessed (a bare 115年 says
    nothing of it and is left as written). The year is padded with spaces after it to the era's length."""
    def common(match: re.Match) -> str:
        digits, numeral = match.groups()
        year = int(digits) if digits else roc_year(numeral)
        return match.group(0) if year is None else f"{year + 1911:<{len(match.group(0))}}"

    return _era_year().sub(common, text)


#: a year of 民國 (Taiwan's calendar) written in Chinese numerals: digit by digit (一○九年, 一一九年, 九九年) or as a
#: number with its hundred (一百零九年, 一百一十九年, and 一百十四年 as Taiwan's government writes it); not 一百年 alone,
#: which is as often a century (建党一百年)
CHINESE_ROC_YEAR = re.compile(rf"(?<![{_YEAR_DIGITS}十百])(?:一[{_YEAR_DIGITS}]{{2}}|[六七八九][{_YEAR_DIGITS}]"
                              r"|一百(?:零[一二三四五六七八九]|[一二三]?十[一二三四五六七八九]?))(?=\s*年(?!代|级|龄))")


def roc_year(numeral: str) -> int | None:
    """The 民國 year a numeral of :data:`CHINESE_ROC_YEAR` writes (一○九 → 109, 一百零九 → 109), or None."""
    numeral = numeral.replace("廿", "二十").replace("卅", "三十")  # (民國卅八年: 卅 is 三十)
    if "百" in numeral or "十" in numeral:  # (九十七, a year of the 1990s and 2000s written as a number)
        value = read(numeral.replace("零", ""))  # 一百零九: the 零 only holds the tens' place
        return int(value) if value is not None else None
    return int("".join(_YEAR_DIGIT_VALUE[char] for char in numeral))
