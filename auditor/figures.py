"""Find every figure in normalised text: number, scale, unit, hedge, range, or why it is skipped.

Works on :class:`~auditor.normalise.Normalised` text (simplified, ASCII digits and punctuation)
and reports spans in normalised offsets; :mod:`auditor.claims` maps them to the original.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from . import numbers, units

# ---------------------------------------------------------------------------------------------
# hedges: words that turn a stated figure into an interval or a bound

#: before the number
PREFIX_HEDGES = [
    ("接近", "near"), ("将近", "near"), ("近", "near"),
    ("大约", "approx"), ("约", "approx"), ("大概", "approx"), ("约为", "approx"), ("约有", "approx"),
    ("约占", "approx"),
    ("不低于", "at_least"), ("不少于", "at_least"), ("不下于", "at_least"), ("至少", "at_least"),
    ("超过", "at_least"), ("突破", "at_least"), ("跨越", "at_least"), ("逾", "at_least"), ("超", "at_least"),
    ("高于", "at_least"), ("多于", "at_least"), ("大于", "at_least"),
    ("不超过", "at_most"), ("不高于", "at_most"), ("不足", "at_most"), ("不到", "at_most"),
    ("不大于", "at_most"), ("不多于", "at_most"), ("不小于", "at_least"),
    ("低于", "at_most"), ("少于", "at_most"), ("小于", "at_most"), ("最多", "at_most"),
    ("控制在", "at_most_soft"),
]
#: matched longest first, so 不超过 is not read as 超过 and 不高于 not as 高于
_PREFIX_LONGEST_FIRST = sorted(PREFIX_HEDGES, key=lambda hedge: -len(hedge[0]))
_PREFIX_KIND = dict(PREFIX_HEDGES)
#: the longest prefix hedge that ends the text before a number (the leftmost match is the longest)
_PREFIX_HEDGE = re.compile("(?:" + "|".join(re.escape(w) for w, _ in _PREFIX_LONGEST_FIRST) + ")$")
#: 约 and 近 ending another word are no hedge: 已签约5236人, 就近安置, 最近
_NOT_HEDGE = {"约": "签合预节制履特公条契邀相赴如失缔践", "近": "最附就临靠亲邻"}
#: after the number and unit
SUFFIX_HEDGES = [
    ("以上", "at_least"), ("之上", "at_least"), ("以下", "at_most"), ("之下", "at_most"),
    ("以内", "at_most"), ("之内", "at_most"), ("左右", "approx"), ("上下", "approx"),
]
_SUFFIX_KIND = dict(SUFFIX_HEDGES)
_SUFFIX_HEDGE = re.compile("|".join(re.escape(w) for w, _ in SUFFIX_HEDGES))

_FELL_TO_ZERO = re.compile(r"(?:降至|降为|降到|降低到|降低至|下降到|下降至|下降为|减少到|减少至|减少为|减至|清|归)$")
_RANGE_JOIN = re.compile(r"\s*(?:-|~|—|–|―|－|至|到)\s*")
_ORDINAL_RANK = re.compile(r"(?:排名|排位|名列|位列|位居|居|列|排)(?:全国|全省|全区|全市|全州|全县|西部|同类|全国同类)?(?:省份|城市)?第$")


#: A figure is written with at most this many digits from its first to its last (as many as a
#: JSON number carries exactly); longer runs are IDs, account or serial numbers, or noise.
MAX_DIGITS = 15
#: No report states 10^20 or more of anything in its unit (a national budget is about 10^13 元).
MAX_MAGNITUDE = 20


@dataclass
class Figure:
    """One figure found in normalised text (offsets into the normalised text)."""

    start: int                      # first character of the number (after a prefix hedge)
    end: int                        # after the unit and any suffix hedge
    num_start: int
    num_end: int
    number: str                     # the digits as written: 14.56, 三千八百
    value: Decimal                  # in the stated unit, scale applied (14.56万 → 145600)
    place: Decimal                  # unit of the last written digit, scale applied
    loose_place: Decimal            # trailing zeros read as rounding
    scale: str = ""                 # 万, 亿 ...
    unit: str = ""                  # as written: 亿元 → 元 after scale split; 人, 户, %
    hedge: str | None = None        # near, approx, at_least, at_most, more
    hedge_word: str = ""
    more_place: Decimal | None = None   # for 多/余: the width of the open interval
    per: str = ""                   # denominator of a per-unit figure: 元/人 → 人
    kind: str = "amount"            # amount, percent, rank, per_unit ...
    range_role: str | None = None   # low / high
    range_partner: int | None = None
    chinese: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class Skip:
    start: int
    end: int
    text: str
    reason: str


# ---------------------------------------------------------------------------------------------

#: 百分之百 (one hundred per cent) writes 百 without a digit: the one bare 百 that is a number.
_NUMBER = re.compile(rf"百分之(?:{numbers.ARABIC}|{numbers.CHINESE}|百)|{numbers.MIXED}|{numbers.ARABIC}|{numbers.CHINESE}")
_QUOTE_OPEN = "“\"「『‘"
_MIXED = re.compile(numbers.MIXED)
_QUOTE_CLOSE = "”\"」』’"
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-\d{7,8}|400-?\d{3}-?\d{4}|1[3-9]\d{9}|\d{3,4}-\d{7,8})(?!\d)")
_DOCNO = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d+\s*号")
_LIST_MARKER = re.compile(r"(?m)^[ \t·•　|]*(?:\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）])")
#: the number of a table or figure: 表2 2021—2025年…, 附表3：, 见表1。, 如图2所示 (not 代表3人, 报表3份)
_TABLE_NO = re.compile(r"(?m)(?:^|(?<=[\s见如据入（(]))(?:附|续)?[表图]\s?\d{1,3}(?:[-—.．]\d{1,2})?"
                       r"(?=\s|[:：,，。;；、)）]|所示|中|的|$)")
#: 8:30, 14:05:00; not the parts of a ratio of decimals (12.9:41.8:45.3)
_CLOCK = re.compile(r"(?<![\d.:])(?<!比例为)(?<!结构为)(?<!比重为)(?<!之比为)(?<!比例是)(?<!结构是)(?<!比为)"
                    r"(?<!比例)(?<!结构)\d{1,2}:\d{2}(?::\d{2})?(?![\d.])")  # (三次产业比例为11:65:24: a ratio)
#: 1e309, 1.5E+10: no report states a figure so; read digit by digit it would give 10元 or 999户
_SCIENTIFIC = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?[eE][+-]?\d+(?![A-Za-z0-9])")
_CONTACT_BEFORE = re.compile(r"(?:电话|热线|手机|传真|邮编|邮政编码|QQ|微信号|编号|代码|账号|帐号|车牌)[:：]?\s*$")
#: the name of a school system: 九年一贯制学校, 三年制, 九年义务教育, 十五年免费教育
_SCHOOL_SYSTEM = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})年(?:一贯制|制(?=学校|高职|中职|大专|本科|教育|专业|班|,|、|;)|"
                            r"(?:免费|义务|基础)教育)")
_PLAN_PERIOD = re.compile(r"(?:十[一二三四五六七八九]五|[一二三四五六七八九]五)(?=规划|时期|期间|计划|期|开局|收官|末|初|以来|$|[,。、;”])")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_POLICY_JOIN = re.compile(r"\d+\s*\+\s*[A-Za-z\d]|[A-Za-z\d]\s*\+\s*\d+$")
_PERCENT_WORDS = ("个百分点", "百分点")
_DATE_UNITS = {"月": (1, 12), "日": (1, 31), "号": (1, 31)}
_MONTH_RANGE = re.compile(r"\s*(?:-|~|—|–|至|到)\s*(?:1[0-2]|[1-9])月")
_PER_PREFIX = re.compile(r"(?:户均|人均|生均|村均|县均|乡均|镇均|座均|亩均|次均|每人每年|每人每月|每户每年|每人|每户|每个|每村|每亩|每年每人|"
                         r"每名|每座|每所|每家|每套|每吨|每公里|每公顷|每平方米|每位|平均每|单座|单个|每)$")
#: 户均 / 每亩 with a verb between it and the number: 户均增收1400元, 每亩补助500元
_PER_BEFORE = re.compile(r"(?:户均|人均|生均|村均|县均|乡均|镇均|亩均|次均|每户|每人|每亩|每名|每位)[^,。;，、]{0,8}$")
#: the denominator written after a unit: 元/人, 公斤/公顷 (a yield per area, no weight), 元/人次;
#: longest first, so that 人次 is not read as 人 and 平方公里 not cut short
_PER_UNIT_AFTER = re.compile(r"/(平方公里|平方千米|平方米|人次|户次|公顷|公斤|千克|小时|公里|千米|人|户|月|年|亩|天|日|"
                             r"吨|斤|个|名|次|头|只|台|辆|套|床|座|所|家|村|周|kg|km|ha|hm2|m2)")


@lru_cache(maxsize=1)
def _unit_table() -> dict[str, list[str]]:
    """Unit surface forms by their first character, longest first within each."""
    extra = ["%", "‰", "人(次)", "个月"]
    by_first: dict[str, list[str]] = {}
    for surface in sorted(set(units.surfaces()) | set(extra), key=lambda s: (-len(s), s)):
        by_first.setdefault(surface[0], []).append(surface)
    return by_first


def _read_unit(text: str, pos: int) -> str:
    for surface in _unit_table().get(text[pos:pos + 1], ()):
        if text.startswith(surface, pos):
            if surface[0].isascii() and surface[0].isalpha():
                nxt = text[pos + len(surface): pos + len(surface) + 1]
                if nxt.isascii() and nxt.isalnum():
                    continue
            return surface
    return ""


_GAP = re.compile(r"[ \u00a0\u3000]{1,2}")
_GAP_NOT_UNIT = ("月", "日", "号", "时", "点")


def _spaced_gap(text: str, a: int, b: int, chinese: bool) -> int:
    """Width of the spaces between a number and its scale or unit in text spaced out around its
    digits (有股东社员 86 人, 已完成投资 470 万元): the number itself stands between spaces, and a
    Chinese scale or unit follows; or, after a number not spaced out, one space and its unit (人口为382818 人,
    占20.36 %). Dates (2020 年) keep their own reading."""
    if chinese or a == 0:
        return 0
    spaced = text[a - 1] in " \u00a0\u3000"
    m = _GAP.match(text, b)
    if not m or not spaced and m.end() - b != 1:
        return 0  # (为382818 人, 占20.36 %: one space before the unit of a number not spaced out)
    pos = m.end()
    if not spaced and text.startswith("%", pos):
        return 1
    if pos >= len(text) or not ("\u4e00" <= text[pos] <= "\u9fff") or text.startswith(_GAP_NOT_UNIT, pos):
        return 0
    if numbers.read_scale(text, pos) or _read_unit(text, pos):
        return m.end() - b
    return 0


def _inside_title(text: str, start: int, end: int) -> bool:
    """Is [start, end) inside 《…》 (《产业扶贫三年行动方案》, 《“十四五”规划》)?"""
    opened = text.rfind("《", max(0, start - 40), start)
    if opened < 0 or "》" in text[opened:start]:
        return False
    closed = text.find("》", end, end + 40)
    return closed >= 0 and "《" not in text[end:closed]


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """Is [start, end) inside a quoted span of at most 15 characters (a policy name)?"""
    left = max(0, start - 15)
    before = text[left:start]
    opened = -1
    for q in _QUOTE_OPEN:
        if q in before:
            opened = max(opened, before.rfind(q))
    if opened < 0:
        return False
    if any(q in before[opened + 1:] for q in _QUOTE_CLOSE if q != '"'):
        return False
    after = text[end:end + 15]
    closes = [after.find(q) for q in _QUOTE_CLOSE]
    closes = [c for c in closes if c >= 0]
    if not closes:
        return False
    return (start - (left + opened)) + min(closes) <= 15


def find_figures(text: str) -> tuple[list[Figure], list[Skip]]:
    """All figures in ``text`` with the tokens that were skipped and why."""
    figures: list[Figure] = []
    skips: list[Skip] = []
    blocked: list[tuple[int, int, str]] = []
    for pattern, reason in ((_PHONE, "phone number"), (_DOCNO, "document number"),
                            (_CLOCK, "clock time"), (_LIST_MARKER, "list marker"),
                            (_TABLE_NO, "table or figure number (表2, 附表3, 如图2所示)"),
                            (_SCIENTIFIC, "scientific notation (1e309): not how a report states a figure")):
        for m in pattern.finditer(text):
            blocked.append((m.start(), m.end(), reason))
    for m in _PLAN_PERIOD.finditer(text):
        blocked.append((m.start(), m.end(), "plan period name (十四五)"))
    if "年" in text:
        for m in _SCHOOL_SYSTEM.finditer(text):
            blocked.append((m.start(), m.end(), "name of a school system (九年一贯制, 九年义务教育)"))
    blocked.sort()
    # the first blocked span in sorted order that overlaps [a, b): the first whose end passes a
    # (found by bisection on the running maximum of the ends), if it starts before b
    reach: list[int] = []
    for _, e, _ in blocked:
        reach.append(max(e, reach[-1]) if reach else e)

    def blocked_reason(a: int, b: int) -> str | None:
        i = bisect.bisect_right(reach, a)
        if i < len(blocked) and blocked[i][0] < b:
            return blocked[i][2]
        return None

    for m in _NUMBER.finditer(text):
        a, b = m.start(), m.end()
        token = m.group()
        reason = blocked_reason(a, b)
        if reason:
            skips.append(Skip(a, b, token, reason))
            continue
        result = _read_figure(text, m)
        if isinstance(result, Skip):
            if result.reason:
                skips.append(result)
            continue
        figures.append(result)
    _link_ranges(text, figures)
    _borrow_money_unit(text, figures)
    _unit_from_noun(text, figures)
    _borrow_points(text, figures)
    return figures, skips


#: between the changes of a list in points, each with its own verb or none: 、下降 / 和 / 、
_POINTS_GAP = re.compile(r"\s*(?:、|和|及|与)\s*(?:(?:提高|提升|上升|增加|下降|回落|降低|减少|收窄|扩大|缩小)了?)?\s*")
#: the verb of a change, right before the first of the list
_POINTS_VERB = re.compile(r"(?:提高|提升|上升|增加|下降|回落|降低|减少|收窄|扩大|缩小)了?$")


def _borrow_points(text: str, figures: list[Figure]) -> None:
    """分别下降0.2个、下降0.6个、提高0.8个百分点; 分别回落2.16和1.66个百分点: the items before the
    last of a list of changes drop 百分点 (or all of 个百分点), which the last one states; they are
    changes in points too. The first of the list must follow a verb of change."""
    i = len(figures) - 1
    while i > 0:
        last = figures[i]
        i -= 1
        if last.kind != "percentage_point":
            continue
        run = []
        j = i
        while j >= 0:
            f, nxt = figures[j], (run[-1] if run else last)
            if f.kind != "amount" or f.unit not in ("", "个") or f.scale or f.hedge or f.chinese \
                    or f.range_partner is not None or not _POINTS_GAP.fullmatch(text, f.end, nxt.start):
                break
            run.append(f)
            j -= 1
        if run and _POINTS_VERB.search(text, max(0, run[-1].start - 4), run[-1].start):
            for f in run:
                f.unit, f.kind = "个百分点", "percentage_point"
                f.notes.append("unit 个百分点 taken from the last change of the list")
        i = j


#: the people a scaled figure without a counter counts, right after it: 494.86万贫困人口, 2.3万农户
_PERSON_NOUN = re.compile(r"(?:建档立卡)?(?:贫困|脱贫|农村|城镇|农业|搬迁|困难|低收入|务工)?"
                          r"(?:人口|群众|劳动力|人员|农民|居民|学生|职工)")
_HOUSEHOLD_NOUN = re.compile(r"(?:建档立卡)?(?:贫困|脱贫|困难|搬迁|低收入)?(?:农户|户)(?!籍|口|均|外|型|用)")


def _unit_from_noun(text: str, figures: list[Figure]) -> None:
    """494.86万贫困人口: a figure with a scale and no counter, right before the people it counts, counts
    persons (or households: 2.3万农户), as if written 494.86万人."""
    for fig in figures:
        if fig.unit or not fig.scale or fig.kind != "amount":
            continue
        after = text[fig.end:fig.end + 8]
        if _PERSON_NOUN.match(after):
            fig.unit = "人"
            fig.notes.append("unit 人 taken from the people named after the figure")
        elif _HOUSEHOLD_NOUN.match(after):
            fig.unit = "户"
            fig.notes.append("unit 户 taken from the households named after the figure")


_MONEY_WORD = re.compile(r"资金|金额|投资|投入|收入|收益|资产|款|经费|补助|补贴|分红|奖补|预算")


def _borrow_money_unit(text: str, figures: list[Figure]) -> None:
    """投资金额86万,互助资金25万元: a list item that names money but drops 元 after its scale
    takes 元 from the next (or previous) item of the list, which states it."""
    for i, fig in enumerate(figures):
        if fig.unit or not fig.scale or fig.chinese or fig.kind != "amount":
            continue
        clause = re.split(r"[,;:。!?\n、(]", text[max(0, fig.start - 16):fig.start])[-1]
        if not _MONEY_WORD.search(clause):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(figures):
                continue
            other = figures[j]
            lo, hi = (fig, other) if j > i else (other, fig)
            gap = text[lo.end:hi.start]
            if other.unit == "元" and other.scale == fig.scale and len(gap) <= 24 \
                    and re.search(r"[,、]", gap) and not re.search(r"[。!?;\n]", gap):
                fig.unit = "元"
                fig.notes.append("unit 元 taken from the next item of the list" if j > i
                                 else "unit 元 taken from the previous item of the list")
                break


#: 类 after a single Chinese numeral that names a class of what follows: 二类户, 三类人员, 一类地区
_CLASS_NAME = re.compile(r"类(?:户|人员|人群|对象|地区|村|县|区|企业|学校|医院|项目区|城市|水质|水体|水)")


def _read_figure(text: str, m: re.Match) -> Figure | Skip:
    a, b = m.start(), m.end()
    token = m.group()
    percent_word = token.startswith("百分之")
    digits = token[3:] if percent_word else token
    chinese = not digits[0].isdigit()
    mixed = not chinese and not digits.isascii() and _MIXED.fullmatch(digits) is not None  # 5万4千6百
    prev = text[a - 1] if a else ""
    nxt = text[b] if b < len(text) else ""

    # --- tokens that are not figures -----------------------------------------------------
    if not chinese:
        if prev.isascii() and prev.isalpha() or (prev == "." and a >= 2 and text[a - 2].isdigit()):
            return Skip(a, b, token, "part of an identifier or version")
        if prev == ".":
            return Skip(a - 1, b, text[a - 1:b], "decimal point without a leading digit (.5): a digit may be lost")
        if nxt == "." and b + 1 < len(text) and text[b + 1].isdigit():
            return Skip(a, b, token, "part of an identifier or version")
    else:
        # Chinese numerals are words as often as numbers: only ones followed by a unit,
        # a scale or 百分之 count; the rest are listed as skipped only when they read as
        # numbers (see _bare_chinese), not when they are words (一是, 十分, 三农).
        if digits in ("一",) and not percent_word:
            unit_after = _read_unit(text, b)
            if unit_after:
                return Skip(a, b + len(unit_after), text[a:b + len(unit_after)], "一 as an article (一个, 一批)")
            if text.startswith(("多", "余", "餘"), b):
                return Skip(a, b + 1, text[a:b + 1], "一 before 多/余 (一多半): counts nothing")
            return Skip(a, b, token, _bare_chinese(text, a, b, digits))
        if digits == "零" and _FELL_TO_ZERO.search(text[max(0, a - 4):a]):
            # 降至零 / 降为零: a figure of zero; its unit comes from the subject (see claims.py)
            fig = Figure(start=a, end=b, num_start=a, num_end=b, number="零", value=Decimal(0),
                         place=Decimal(0), loose_place=Decimal(0), chinese=True)
            fig.notes.append("stated as 零 (zero)")
            return fig
        if text.startswith("次产业", b):
            return Skip(a, b + 3, text[a:b + 3], "name (三次产业: the three sectors)")
        if len(digits) == 1 and _CLASS_NAME.match(text, b):
            return Skip(a, b + 1, text[a:b + 1], "name of a class (二类户, 三类人员): counts nothing")
        if not percent_word and not _read_unit(text, b) and not re.search("[万亿]", digits) \
                and not text.startswith(("多", "余"), b) and not _is_rank_context(text, a):
            return Skip(a, b, token, _bare_chinese(text, a, b, digits))

    if prev == "第" or (a >= 2 and text[a - 2:a] == "第 "):
        if _is_rank_context(text, a):
            pass  # a rank: a figure that can be checked (rank ≤ group size)
        else:
            end = b + len(_read_unit(text, b))
            return Skip(a - 1, end, text[a - 1:end], "ordinal (第N)")

    if _inside_title(text, a, b):
        return Skip(a, b, token, "inside a document title 《》")
    if _inside_short_quote(text, a, b):
        return Skip(a, b, token, "inside a quoted name (policy or slogan)")
    if _POLICY_JOIN.search(text[max(0, a - 3):b + 3]) and "+" in text[max(0, a - 3):b + 3]:
        return Skip(a, b, token, "policy name built from digits (1+X)")
    if _CONTACT_BEFORE.search(text[max(0, a - 8):a]):
        return Skip(a, b, token, "phone, code or account number")

    # --- the number --------------------------------------------------------------------------
    try:
        if chinese:
            value, place, loose = numbers.parse_chinese("一百" if digits == "百" else digits)
        elif mixed:
            value, place, loose = numbers.parse_mixed(digits)
        else:
            value = numbers.parse_arabic(digits)
            place = numbers.place_of(digits)
            loose = numbers.loose_place_of(digits)
    except numbers.NotANumber:
        what = "digits and scale words" if mixed else "Chinese numerals"
        return Skip(a, b, token, f"{what} that do not form one number")
    written = (max(value.adjusted(), 0) if value else 0) - place.adjusted() + 1
    if written > MAX_DIGITS:
        return Skip(a, b, token, f"{written} digits: more than a figure is stated with "
                                 f"(an ID, account or serial number?)")

    negative = not percent_word and not chinese and (
        prev == "负" or (prev and prev in "-−" and (a < 2 or text[a - 2] in _BEFORE_MINUS)))
    num_a = a
    if negative:
        value, a = -value, a - 1   # -3.2%, 负3.2%: the sign is part of the figure, not of its digits

    pos = b
    hedge = None
    hedge_word = ""
    more_place = None
    scale = ""
    gap = _spaced_gap(text, a, b, chinese)
    if gap:
        pos += gap  # 投资 470 万元: text extracted from a layout puts spaces around the digits
    if text.startswith(("多", "余"), pos) and not text.startswith(("多元", "多种", "多项", "多次", "多个"), pos):
        more_place = numbers.more_width(digits) if chinese else place if mixed else numbers.loose_place_of(digits)
        hedge, hedge_word = "more", text[pos]
        pos += 1
    sc = None if mixed or chinese and re.search("[万亿]$", digits) else numbers.read_scale(text, pos)
    if sc and not percent_word:
        scale, mult = sc
        value, place, loose = value * mult, place * mult, loose * mult
        if more_place is not None:
            more_place *= mult
        pos += len(scale)
    if value and value.adjusted() >= MAX_MAGNITUDE:
        return Skip(a, pos, text[a:pos], f"about 10^{value.adjusted()}: larger than any quantity a report states")
    if hedge is None and text.startswith(("多", "余"), pos) and (scale or chinese) \
            and not text.startswith(("多元", "多种", "多项", "多次", "多个", "余额"), pos):
        more_place = place if scale else loose
        if scale and not chinese:
            more_place = numbers.SCALES[scale] if "." not in digits else place
        hedge, hedge_word = "more", text[pos]
        pos += 1

    unit = ""
    if percent_word:
        unit = "%"
    else:
        unit = _read_unit(text, pos)
        if unit:
            pos += len(unit)
        elif pos < len(text) and text[pos].isascii() and text[pos].isalpha():
            run = _LATIN_RUN.match(text, pos)
            if not chinese:
                return Skip(a, run.end() if run else pos + 1, text[a:run.end() if run else pos + 1],
                            "identifier with letters (5G, 4A)")
    if unit == "人" and text.startswith("(次)", pos):
        unit = "人次"
        pos += 3
    if unit == "人(次)":
        unit = "人次"

    # dates, years and durations
    digit_string = not chinese or all(c in numbers.CN_DIGITS for c in digits)  # 2020, 二〇二〇
    if unit in ("年",) and digit_string and "." not in digits and 1900 <= value <= 2100 and not scale:
        return Skip(a, pos, text[a:pos], "year")
    if not unit and not scale and not chinese and "." not in digits and 1949 <= value <= 2100 \
            and len(digits) == 4 and (text.startswith(("年", "—", "-", "～", "~", "至", "到", "(", "（"), pos)
                                      or prev in "-—～~至到(（"):
        return Skip(a, pos, text[a:pos], "year")
    if not unit and not scale and not chinese and "." not in digits and nxt in _DATE_UNITS:
        lo, hi = _DATE_UNITS[nxt]
        if lo <= value <= hi and not text.startswith("日均", pos):
            if not (nxt == "月" and text[pos - 1:pos + 2] == "个月"):
                return Skip(a, pos + 1, text[a:pos + 1], "date" if nxt != "号" else "date or number (号)")
    month_range = _MONTH_RANGE.match(text, pos) if not unit and not scale and not chinese else None
    if month_range and 1 <= value <= 12 and "." not in digits:  # 1-5月: the 1 is a month too
        return Skip(a, pos, text[a:pos], "date")
    if not unit and not chinese and not scale and text.startswith(("季度", "周年", "届", "世纪", "时", "点", "级"), pos):
        word = next(w for w in ("季度", "周年", "届", "世纪", "时", "点", "级") if text.startswith(w, pos))
        if word == "级" and text.startswith("级以上", pos):
            pass
        else:
            return Skip(a, pos + len(word), text[a:pos + len(word)], f"not a quantity (N{word})")

    fig = Figure(start=a, end=pos, num_start=num_a + (3 if percent_word else 0), num_end=b,
                 number=digits, value=value, place=place, loose_place=loose, scale=scale,
                 unit=unit, chinese=chinese)
    if hedge:
        fig.hedge, fig.hedge_word, fig.more_place = hedge, hedge_word, more_place

    # percent points, per-unit, suffix hedges
    if unit in ("%", "‰"):
        fig.kind = "percent"
    elif unit in _PERCENT_WORDS:
        fig.kind = "percentage_point"
    per = _PER_UNIT_AFTER.match(text, pos)
    if per:
        fig.per = per.group(1)
        fig.kind = "per_unit"
        pos = per.end()
        fig.end = pos
    suffix = _SUFFIX_HEDGE.match(text, pos)
    if suffix:
        if fig.hedge is None:
            fig.hedge, fig.hedge_word = _SUFFIX_KIND[suffix.group()], suffix.group()
        fig.end = suffix.end()
    before = text[max(0, a - 6):a]
    if fig.hedge is None:
        prefix = _PREFIX_HEDGE.search(before)
        if prefix and prefix.start() > 0 and before[prefix.start() - 1] in _NOT_HEDGE.get(prefix.group(), ""):
            prefix = None
        if prefix:
            fig.hedge, fig.hedge_word = _PREFIX_KIND[prefix.group()], prefix.group()
    if _PER_PREFIX.search(before) or (fig.kind != "per_unit" and _PER_BEFORE.search(text[max(0, a - 10):a])):
        if fig.kind not in ("percent", "percentage_point") and unit not in ("倍", "成"):  # 人均收入增长1.5倍
            fig.kind = "per_unit"
            fig.per = fig.per or _per_from_prefix(text[max(0, a - 10):a])
    if prev == "第" or _is_rank_context(text, a):
        if not unit or unit in ("位", "名", "位次"):
            fig.kind = "rank"
            fig.unit = "位次"
    return fig


def _bare_chinese(text: str, a: int, b: int, digits: str) -> str:
    """Why a Chinese numeral without a unit is not a figure, or "" when it is a word, not a number.

    A numeral before a date word (一月, 二十七日, 一周一通报) is a date or a period; one written
    with 十/百/千 (十九大, 第十四届, 二十一景) reads as a number but counts nothing. Single
    characters without a unit (一是, 十分, 三农, 两不愁) are words and are not listed.
    """
    if text.startswith(("月", "日", "号", "周"), b):
        return "date or period in Chinese numerals (一月, 二十七日, 一周)"
    if len(digits) >= 2 and any(c in "十百千" for c in digits):
        if a and text[a - 1] == "第":
            return "ordinal (第N)"
        return "Chinese numeral without a unit (十九大, 二十届): nothing stated that it counts"
    return ""


def _per_from_prefix(before: str) -> str:
    for key, per in (("户均", "户"), ("次均", "次"), ("每户", "户"), ("人均", "人"), ("生均", "人"), ("每人", "人"), ("每名", "人"),
                     ("每位", "人"), ("亩均", "亩"), ("每亩", "亩"), ("每村", "个"), ("村均", "个"),
                     ("每个", "个"), ("单座", "座"), ("座均", "座"), ("每座", "座"), ("每所", "所"), ("每家", "家"),
                     ("每套", "套"), ("每吨", "吨"), ("每公里", "公里"), ("每公顷", "公顷"), ("每平方米", "平方米")):
        if key in before:
            return per
    return ""


#: a minus sign after these is a sign, not a range dash (3-10万元, 5%-8%)
_BEFORE_MINUS = set("为至到是达长降增幅率比由从在:(,;、 \n\t")
_RANK_WORD_BEFORE = re.compile(r"(?:排名|位次|名次|排位|排序)[^,。;!?]{0,12}$")
_RANK_LIST = re.compile(r"第[\d一二三四五六七八九十]+(?:位|名)?、第$")


def _is_rank_context(text: str, a: int) -> bool:
    before = text[max(0, a - 12):a]
    if not before.endswith("第") and "位" not in text[a:a + 8]:
        return False  # every reading below needs 第 just before the number or 位 after it
    if _ORDINAL_RANK.search(before):
        return True
    if before.endswith("第"):
        # 排名由第15名提升至第8名, 位次由第20位前移至第12位; 分别居全国第二、第七
        if re.match(r"[\d一二三四五六七八九十]+(?:名|位)", text[a:a + 6]) and _RANK_WORD_BEFORE.search(text[max(0, a - 24):a]):
            return True
        if _RANK_LIST.search(text[max(0, a - 10):a]) and _is_rank_context(text, text.rindex("第", 0, a - 2) + 1):
            return True
    after = text[a:a + 8]
    if re.match(r"[\d一二三四五六七八九十]+位(?:上升|下降|提升|前移|后移|跃升|,|，|。)", after) and \
            re.search(r"(?:排名|位次|名次|排位|由|从|上升到|提升到|下降到|跃升到|升至|降至)[^,。]{0,4}$", before):
        return True
    return False


def _link_ranges(text: str, figures: list[Figure]) -> None:
    """3-10万元, 500元至1000元, 5%-8%: link the two ends; the low end borrows scale and unit."""
    for i in range(len(figures) - 1):
        lo, hi = figures[i], figures[i + 1]
        gap = text[lo.end:hi.start]
        if not _RANGE_JOIN.fullmatch(gap):
            continue
        if lo.hedge or (lo.unit and hi.unit and lo.unit != hi.unit):
            continue
        if lo.unit and not hi.unit:
            continue
        lo.range_role, hi.range_role = "low", "high"
        lo.range_partner, hi.range_partner = i + 1, i
        if not lo.unit:
            lo.unit = hi.unit
            if hi.kind in ("percent", "per_unit"):
                lo.kind = hi.kind
                lo.per = hi.per
            if hi.scale and not lo.scale:
                mult = numbers.SCALES[hi.scale]
                lo.value, lo.place, lo.loose_place = lo.value * mult, lo.place * mult, lo.loose_place * mult
                lo.scale = hi.scale
                lo.notes.append(f"scale {hi.scale} and unit taken from the range's upper end")
