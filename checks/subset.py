"""A part can never be larger than the whole it is part of.

What it checks
    A figure the text presents as part of another figure of the same kind, against that whole:
    1. 其中 / 包括 / 含 followed by one item of the dimension (低保5697户，其中贫困户4211户;
       受益人口8.92万人，其中贫困人口4067人), and the partitive X中 (搬迁人口中建档立卡贫困户4321户),
       whose whole is the total of a 其中 list just before it, not that list's last item (特困供养人员
       630人，其中农村特困600人，城市特困30人；特困人员中一档40人). A part counted by one register
       (城镇常住人口) is within the population of that register, not of the other (户籍人口).
       A 其中 class marked out by a threshold lies within the whole (322个村…，其中10万元以上的村
       236个), and the class of a stricter threshold within the looser one's (50万元以上 within
       10万元以上); such classes nest, so they are not summed. What a single item adds in the clause
       after it lies within what its whole adds (实施项目86个，总投资5.2亿元，其中产业项目42个，
       投资2.1亿元; 劳务创收 / 劳务收入). A lone source of funds in an aside right after money lies
       within it (安排林业产业项目资金1042万元（中央财政衔接资金1042万元）).
    2. A state that only part of a stock can be in: fruiting or producing area within the area
       planted (核桃总面积19.6万亩，挂果8万亩); done within found or planned, verified within done
       (反馈问题623项，完成整改580项; 规划栽植6672亩，完成栽植5390亩); the issues found are their
       total, not the last item of a 其中 list of them.
    3. 新增 within 累计 (新增百亿县区26个，累计达到46个).
    4. Lifted, remaining or planned-to-lift within the registered poor stated in the same sentence
       (建档立卡贫困户1898户…计划脱贫453户).
    5. Counts of the poor (贫困户 / 贫困人口 / 贫困劳动力 / 建档立卡…) anywhere in a report within the
       registered total of the place (not a group of them, 兜底保障贫困户, 第二批…); counts of villages
       within the place's 全县N个行政村 (not groups in them, 村民小组; not a named
       town's within a named county's: 甲县辖…132个行政村。乙乡辖11个行政村); a year's
       lifted within the cumulative lifted. These links are inferred across sentences.
    6. Within one sentence, a figure within the same noun counted over the whole place (not over a
       class or what is left there: 全县已通硬化路的行政村, 全区尚有贫困村)
       (建成投用标准化村卫生室4个…全乡建成标准化卫生室9个).
    7. Measures nested by definition, in one sentence: 永久基本农田 within 耕地, 森林覆盖率 within
       林草覆盖率, 深度贫困村 within 贫困村, 税收收入 within 一般公共预算收入. Two floors (不少于X)
       are compared by the numbers they declare.
    8. People placed in posts within the posts just listed (开发148个河道管理员、268个生态护林员岗位，
       吸纳416名贫困人口); 新增 posts within the posts in all (全县公益性岗位达到3426人).
    9. One named site within the programme of the sentence before it (…2897户8527人的易地移民搬迁
       工程。府底小区投资2.3亿元，…安置贫困人口1381户4484人).

Why it matters
    A part above its whole means one of the two figures is wrong (a typo, a unit slip such as
    万 dropped, or a figure copied from another year or place).

Flagged
    全县享受农村低保5697户，其中贫困户6211户。          (6211户 cannot be part of 5697户)

Passing
    全县享受农村低保5697户，其中贫困户4211户；受益人口8.92万人，其中贫困人口4067人。

Tolerance
    Each figure is an interval (±½ of its last digit, scaled by 万/亿; trailing zeros of scaled
    figures may be rounding; hedges widen); whole-number counts of households, persons and
    objects are exact. Fails only when the part's interval lies entirely above the whole's. Items of one
    其中 breakdown that make its total are disjoint parts, and none is read as the whole of another
    (其中2014-2015年贫困户112户，2016年已脱贫205户 of 1286户); a measure nested in another by definition
    (税收收入 in 一般公共预算收入) is not held within it when its list makes another figure before it
    (财政总收入186420万元，…一般公共预算收入80315万元，其中税收收入152680万元，非税收入33740万元),
    nor are shares of the two (占耕地面积的41.6%，占永久基本农田面积的56.97%) compared. A register that a
    task reached (精准核实建档立卡贫困户8135户, 培训…, 带动…) is no register the lifted lie within, and a
    figure inside an aside (创业能力培训85人（…自主创业42人）。其中…) is no whole of the parts after it.
    Relations stated in one sentence with an explicit cue fail; relations inferred across
    sentences (rule 5, 6), plans that may be over-fulfilled (计划 / 任务 / 目标; none is checked when
    the sentence says it was: 超额, or a rate of the plan above 100%, 完成年度计划的105%) and wholes that
    may be per unit (8个村派驻了1名…) only warn, unless the part exceeds the whole by more than
    15% (base.GROSS) for rules 5, 6, 8 and 9 and a year within several: a gap that size is no revision
    of a register or difference of date. When two wholes are possible (the nearest is itself a
    share, 占…%), the check fails only when the part exceeds both. A part that fits its whole only
    when trailing zeros are read as rounding (其中挂果面积20万亩 of 15.3万亩: 20万 as 15万..25万;
    13.1万亩 of 10万亩) warns; a whole's last digit may still be truncated (12.2万 for 122705). A year's figure is linked to a
    five-year one by the words that name what they count, not by whom they reach (惠及贫困户 is
    said of every programme), and never to a level the five years reached (地区生产总值达到1800亿元,
    突破620户): that is no sum over the years. A figure is of the period its sentence is in, even
    when a line turns from the five years to the last year. A kind of the poor (贫困劳动力, 学生, 患者) is not
    the register, nor are the registered among another group (低保对象5862户，其中纳入建档立卡的
    2356户), the poor a programme involves or a task reached (涉及…, 精准核实…), or one place's line of
    a list of places (东关村：建档立卡贫困户46户173人 / 西关村… / （二）南山村建档立卡贫困户…).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from operator import attrgetter
from typing import Optional

from .base import (BASE_OF_RATIO, NOT_VILLAGE_AFTER_CUN, REGISTER, REPORT_REACH, ClaimView, Doc, Iv, Rule, finding, fmt, following, gross_note,
                   grossly_above, iv, named_place, nearest, stated, truncated)

CODE = "C002"
NAME = "part-exceeds-whole"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

# ---------------------------------------------------------------------------------------------
# helpers shared by C002, C003, C011 and C013 (they import them from here)
# ---------------------------------------------------------------------------------------------

DISCRETE = ("household", "person", "person_visit")
COUNTABLE_SKIP = (None, "percent", "duration", "age", "multiple", "rank", "voltage")


def countable(c) -> bool:
    """An additive amount: not a rate, a per-unit figure, an age, a year count or a rank."""
    return c.kind == "amount" and c.dimension not in COUNTABLE_SKIP and not c.per


def is_discrete(c) -> bool:
    return c.dimension in DISCRETE or (c.dimension or "").startswith("count_")


def exact_iv(c) -> Iv:
    """The claim's interval; a plain whole-number count (253户, 7个) is exact, not ±½."""
    if (is_discrete(c) and not c.scale and c.hedge is None and "." not in c.number
            and (c.number or "").isdecimal()):  # what re.fullmatch(r"\d+", …) matches
        return Iv.point(c.value)
    return iv(c)


def _declared_iv(c) -> Iv:
    """The number a bound declares (不少于3613.97万亩 → 3613.97万 ±½ of its last digit)."""
    digits = c.number.split(".")[1] if "." in (c.number or "") else ""
    try:
        shown = Decimal(c.number)
    except Exception:
        return Iv.point(c.value)
    k = c.value / shown if shown else Decimal(1)
    half = Decimal(5).scaleb(-len(digits) - 1) * k
    return Iv(c.value - half, c.value + half)


def whole_iv(c) -> Iv:
    """A whole's interval, allowing a scaled figure to be truncated (12.2万 may stand for 122705)."""
    return _truncated(c, exact_iv(c))


def _truncated(c, i: Iv) -> Iv:
    """``i``, the interval of the whole ``c``, widened upwards by half its last digit when the
    figure is scaled and plain: officials truncate as well as round (12.2万 for 122705)."""
    return truncated(c, i) if c.scale and c.hedge is None else i


def sum_iv(claims) -> Iv:
    total = Iv.point(Decimal(0))
    for c in claims:
        total = total + exact_iv(c)
    return total


def same_kind(a, b) -> bool:
    """Same dimension, and for counters the same counter (个 and 座 are different things)."""
    if not a.dimension or a.dimension != b.dimension:
        return False
    return True


def family(c) -> str:
    """Counters (个, 座, 处 …) form one family: a 个 total can hold items counted in 座."""
    d = c.dimension or ""
    return "count" if d.startswith("count_") else d


def is_visit(doc: Doc, c) -> bool:
    """户次 / 人次 written after a 户 figure (2.6万户次) is a count of visits, not of households."""
    return doc.after(c, 1).startswith("次")


def compound_member(doc: Doc, c) -> bool:
    """Second figure of a household-person compound (14109户40779人); the parser also groups
    unrelated neighbours (65.3公里,112个), which are not compounds."""
    if c.group in (None, c.id):
        return False
    head = doc.by_id.get(c.group)
    return head is not None and {head.dimension, c.dimension} <= {"household", "person", "person_visit"}


def sentence_claims(doc: Doc) -> list[list]:
    out: dict[int, list] = {}
    for c in doc.claims:
        if c.table is None:
            out.setdefault(c.sentence.start, []).append(c)
    return list(out.values())


_OPEN, _CLOSE = "(", ")"


def paren_depth(text: str) -> int:
    depth = 0
    for ch in text:
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE and depth:
            depth -= 1
    return depth


def closes_unopened(text: str) -> bool:
    """Does ``text`` close a paren it did not open (so that what comes before it is in an aside)?"""
    depth = 0
    for ch in text:
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE:
            if not depth:
                return True
            depth -= 1
    return False


def strip_parens(text: str) -> str:
    """Text with parenthesised asides removed (nested ones too)."""
    out, depth = [], 0
    for ch in text:
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def group_head(doc: Doc, c, claims):
    """The first claim of a compound figure (14109户40779人) in ``claims``."""
    if c.group is None:
        return c
    for x in claims:
        if x.id == c.group or x.group == c.group:
            return x
    return c


def status_for(ok: bool, sure: bool) -> str:
    if ok:
        return "pass"
    return "fail" if sure else "warn"


# cue words that open a list of parts of the figure before them
_PART_CUE = re.compile(r"(?<!不)(其中|包括|包含|含有|内含|(?<![不包])含(?![量义税水])|"
                       r"(?:分|从)(?:[一二三四五六七八九十两]+[大个类]?)?(?:产业|行业|类型|类别|区域|地区|领域|用途|来源|"
                       r"门类|经济类型|城乡|季度|性别|年龄|所有制|隶属关系|中央和地方|登记注册类型)(?:来)?看|"
                       r"按(?:产业|行业|类型|类别|区域|地区|领域|用途|来源|资金用途|资金来源)(?:分|划分|统计)|"
                       # 按经营地统计，…, 按行政等级分，…: any dimension the list is cut by, before a comma
                       r"按(?:照)?[\u4e00-\u9fff]{2,8}?(?:划分|统计|分类|分)(?=\s*[,:]))")
_SUBTOTAL = re.compile(r"(以上|上述|小计|合计|共计|总计)(共|合计|共计)?$")
#: right after a count and its noun, a list of its parts: 86个扶贫车间中，服装加工类32个、…
_PARTITIVE_LIST = re.compile(r"[\u4e00-\u9fff“”]{1,10}中[,:]\s*[\u4e00-\u9fff“”]{1,12}")
#: an aside that opens right after a figure with a label and lists its parts:
#: 12480户(脱贫不稳定户4120户、边缘易致贫户3960户、…)
_ASIDE_LIST = re.compile(r"\([\u4e00-\u9fff“”\"]{1,12}")
_NOT_ASIDE_LIST = re.compile(r"上年|去年|同比|环比|较|比上|增长|增加|下降|减少|提高|降低|占|为|年底|年末|年初|计划|目标|任务|累计")
_SEPS = ",;:、"
#: names a source of funds: a lone item in an aside after money so named is part of it
#: (安排林业产业项目资金1042万元(中央财政衔接资金1042万元))
_SOURCE = re.compile(r"资金|财政|债券|贷款|自筹|捐")
#: after an age that names an item of a 分别 list, up to 分别: more ages, then what they count
_AGE_BANDS = re.compile(r"^[\d岁\-—–~至到、和及以上下内的\s]*[^,;:。\d%]{0,8}?分别")
#: a ；-cut statement that names the items of a 分别 list: a new cut of the whole of the 其中 before it
_NEXT_CUT = re.compile(r"[^;。]*;\s*[^,;:。%]{1,40}?分别(?:为|是|达到|达|有)?")
#: right after an item, the opening of a list of its own parts: ，其中种植类
_OWN_LIST = re.compile(r",\s*(?:其中|包括|包含)[:,]?[^,;:。\d]{0,10}")
#: a conjunction that joins the last item of a list to the others (A、B和C)
_AND_LAST = re.compile(r"^\s*(?:和|及|以及|与)(?![^,;:、]*(?:比|较|相比))")
#: (组织处理, a kind of disciplinary action, is a noun: 党纪处分8人、政务处分6人、组织处理9人)
_CLAUSE_VERB = re.compile(r"新增|新建|累计|完成|实现|建成|实施|投入|落实|发放|组织(?!处理)|开展|争取|引进|"
                          # (涉及经营主体30个: what an item involves; not 带动型贫困户, a kind)
                          r"(?<=[,;、])\s*(?:涉及|带动|覆盖|惠及|辐射)(?!型)")
#: a grand total named after a list (收入合计为4827万元, 总计): no item of it
_GRAND = re.compile(r"(?:合计|总计|共计)(?:为|达到|达|是)?$")
#: the change of a list item stated right after it: its growth (…31.2亿元，比上年增长3.9%；第二产业…),
#: or a change in its own unit, which is no other item (城镇常住人口17.19万人，增加0.35万人)
#: after an item's change: its rate, if any, then ；and the next item
_NEXT_ITEM_AFTER = re.compile(r"^(?:[,]\s*(?:负增长|增长|下降|提高|降低|上升|回落)[\d.]+%)?\s*;")
#: an item's growth said without a figure: ，与上年持平
_LEVEL_CLAUSE = re.compile(r"[,;]\s*(?:与上年|同比|比上年|较上年)?(?:基本)?持平(?=[,;]|$)")
_ITEM_CHANGE = re.compile(r"[,;、]\s*(?:按(?:可比价格?|不变价格?)计算[,]?)?(?:比上年|较上年|同比|比上年同期)?"
                          r"(?:增长|下降|增加|减少|提高|降低|上升|回落|新增|增收|减收|增支|减支|增产|减产|扩大|缩小|负增长)了?")
#: the share of a list item stated right after it (产业发展资金9650万元，占61.5%；…)
_ITEM_SHARE = re.compile(r"[,;]\s*(?:占比|占(?:总额的|总数的|全部的|[^,;。\d%]{2,14}?的(?:比重|比例)?)?)(?:为|达)?")
_CHANGE_FROM_BASE = re.compile(r"(?:较|比|同比|环比)[^,;:。]{0,10}?净?(?:增长|增加|减少|下降|提高|降低|上升|增收|减收|增支|减支|增产|减产|扩大|缩小|"
                               r"增|减|多|少)了?(?:支出|收入|投入|投资|资金|金额)?$")  # (较同期增加支出3.52亿元)


#: right before a figure stated as a change: 增加约15公顷, 减少5公顷
_STATED_AS_CHANGE = re.compile(r"(?:增加|减少|扩大|缩小|增产|减产|增长|下降|提高|降低)了?(?:约|近|超过)?$")


class PartList:
    """A 其中/包括 list in one sentence: its cue, its items, and the candidate wholes per dimension."""

    def __init__(self, cue: str, cue_start: int, items: list, sub: dict, ends_with_deng: bool,
                 in_paren: bool, text: str, commas: bool = False):
        self.commas = commas         # items separated by "，" (a new clause may be a nested part)
        self.cue = cue
        self.cue_start = cue_start
        self.items = items           # claims in the list, in order (all dimensions)
        self.subtotals = sub         # claim id -> ids of items it replaces (以上N个)
        self.ends_with_deng = ends_with_deng
        self.in_paren = in_paren
        self.text = text             # normalised text of the list span

    def items_of(self, c_like) -> list:
        """Items of the same kind as ``c_like``, with 以上N subtotals replacing what they sum."""
        replaced = {i for ids in self.subtotals.values() for i in ids}
        return [x for x in self.items if same_kind(x, c_like) and x.id not in replaced]


def partition_of(doc: Doc, c) -> list | None:
    """The items of c's kind in the 其中 list c is an item of, when they add up to a figure of their kind
    stated before the list in its sentence (建档立卡贫困户1193户5992人，其中2014-2015年贫困户96户475人，
    2016年已脱贫170户898人，…，未脱贫78户262人): then they are disjoint parts of it, and none holds
    another. None when c is no such item."""
    found = _partitions(doc, c).get(c.id)
    return found[0] if found else None


def made_whole(doc: Doc, c):
    """The figure before its list that the items of c's kind make (see partition_of), or None."""
    found = _partitions(doc, c).get(c.id)
    return found[1] if found else None


def made_by(claims: list, before_pos: int, like, run: Iv, exclude=None):
    """The last figure of ``like``'s kind among ``claims`` before ``before_pos`` (other than
    ``exclude``) whose interval the sum ``run`` of a list's items meets, or None."""
    return next((w for w in reversed(claims) if w.end <= before_pos and w is not exclude and same_kind(w, like)
                 and countable(w) and run.meets(exact_iv(w))), None)


def _partitions(doc: Doc, c) -> dict:
    """For the claims of c's sentence: claim id → (the items of its kind in its 其中 list, the figure
    they make) or None; once per sentence."""
    if c.table is not None:
        return {}
    key = ("C002 partitions", c.sentence.start)
    memo = doc.memo.get(key)
    if memo is None:
        memo = doc.memo[key] = {}
        claims = [x for x in doc.in_sentence(c) if x.table is None]
        for pl in part_lists(doc, claims):
            for x in pl.items:
                if x.id in memo or not countable(x):
                    continue
                kin = pl.items_of(x)
                made = None if len(kin) < 2 else made_by(claims, pl.cue_start, x, sum_iv(kin))
                for k in kin:
                    memo.setdefault(k.id, (kin, made) if made is not None else None)
    return memo


def part_lists(doc: Doc, claims: list) -> list[PartList]:
    """Every 其中 / 包括 / 含 list in one sentence (``claims`` are the sentence's claims).

    C002 and C003 both read them: found once per report and sentence (treat them as read-only)."""
    if not claims:
        return []
    memo = doc.memo.setdefault("subset.part_lists", {})
    key = tuple(c.id for c in claims)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _part_lists(doc, claims)
    return found


def _part_lists(doc: Doc, claims: list) -> list[PartList]:
    s0, s1 = claims[0].sentence.start, claims[0].sentence.end
    out = []
    prev_end = s0
    sentence_balance = _Balance(doc, s0)
    for idx, c in enumerate(claims):
        if c.dimension == "age" and _AGE_BANDS.match(doc.after(c, 40, clause=False)):
            continue  # 其中0-17岁、18-34岁…人口分别为…: ages that name the items, read as text
        gap = doc.norm(prev_end, c.start) if prev_end <= c.start else ""
        prev_end = max(prev_end, c.end)
        if c.group not in (None, c.id):
            continue  # a compound's second figure: its cue is the head's
        m = None
        for m in _PART_CUE.finditer(gap):
            pass
        implicit = False
        cue = m.group(1) if m is not None else ""
        if m is None and idx > 0 and (partitive := _PARTITIVE_LIST.fullmatch(gap)):
            m, cue = partitive, "中"  # 全县86个扶贫车间中，服装加工类32个、…
        earlier = next((pl for pl in out if not pl.in_paren and family(pl.items[0]) == family(c)), None)
        if m is None and earlier is not None and family(c) in ("person", "household") and "人均" not in gap \
                and _NEXT_CUT.fullmatch(gap):
            # 其中，城镇人口54715人，乡村人口57920人；0-17岁、…、60岁及以上人口分别为18891人、…: another
            # cut of the same whole under the same 其中
            items, subtotals = _walk_items(doc, claims, idx, False)
            if items:
                out.append(PartList(earlier.cue, earlier.cue_start, items, subtotals, False, False,
                                    doc.norm(c.start, items[-1].end)))
            continue
        if m is None and idx > 0 and claims[idx - 1].end == c.start - len(gap) and _ASIDE_LIST.fullmatch(gap):
            implicit = True  # 12480户41230人(脱贫不稳定户4120户13650人、边缘易致贫户…): a list in an aside
        elif m is None or re.search(r"[。!?;]", gap[m.end():] if cue != "中" else gap) \
                or cue in ("包括", "包含", "含有") and re.search(r"[\u4e00-\u9fff]{2,},", gap[m.end():]) \
                or ")" in gap[m.end():] and "(" not in gap[m.end():] or "在内" in gap[m.end():]:
            # (包括通组路、串户路等在内的各类村道4877公里: the figure is the total they are in, not an item)
            # (执业医师(含助理)422人: the 含 of a paren that closes before the figure names no list)
            # (包括河北、陕西…、甘肃；其余16个省份: a list of names, ended by ；before the next figure)
            continue
        in_paren = sentence_balance.to(c.start) > 0
        # 博物馆3个；文化(艺术)馆50个，其中，文化站44个；剧场影院7个: the total is an item of a list cut
        # by ；, so a ；after the cue returns to that list (not 施工项目18446个；其中新开工…；投产…)
        head = next((x for x in reversed(claims) if x.end <= c.start and family(x) == family(c)), None)
        outer = not in_paren and head is not None and _OUTER_LIST.search(doc.norm(s0, c.start)) is not None \
            and ";" not in doc.norm(head.end, c.start) \
            and any(x.end <= head.start and family(x) == family(c) and ";" in doc.norm(x.end, head.start) for x in claims)
        items, subtotals = _walk_items(doc, claims, idx, in_paren, stop_at_semicolon=outer)
        if not items or any(_threshold(doc, x) for x in claims[idx:] if x.start <= items[-1].end):
            continue  # 其中50万元以上的村42个，100万元以上的村15个: classes by threshold, nested, no parts
        if implicit:
            heads = [x for x in items if x.group in (None, x.id) and family(x) == family(c)]
            aside = doc.norm(c.start, items[-1].end)
            single_source = len(heads) == 1 and c.dimension == "money" and _SOURCE.search(gap)
            if (len(heads) < 2 and not single_source) or _NOT_ASIDE_LIST.search(gap + aside) \
                    or re.search(r"不含|不包括|除|另", gap) or \
                    not re.match(r"^[^,;。]{0,4}\)", doc.norm(items[-1].end, min(s1, items[-1].end + 8))):
                continue  # one item, a comparison (上年9.1亿元), or an aside that goes on after the list
            out.append(PartList("(…)", c.start, items, subtotals, False, True, doc.norm(c.start, items[-1].end),
                                any("," in strip_parens(doc.norm(a.end, b.start)) for a, b in zip(items, items[1:])
                                    if not (b.group is not None and b.group == a.group))))
            continue
        last = items[-1]
        tail = doc.norm(last.end, min(s1, last.end + 12))
        ends_deng = bool(re.match(r"^[^,;:。]{0,6}等(?!级|次)", tail))
        commas = any("," in strip_parens(doc.norm(a.end, b.start)) for a, b in zip(items, items[1:])
                     if not (b.group is not None and b.group == a.group))
        out.append(PartList(cue, c.start, items, subtotals, ends_deng, in_paren,
                            doc.norm(c.start, last.end), commas))
    return out


def comma_clauses(doc: Doc, items: list) -> bool:
    """Is some item followed by the next of its kind after "，" alone (其中劳动力6000人，外出务工4000人:
    a clause that may be a part of the one before)? A "；" between them makes the two items of a
    list (其中小学186所，在校生5.86万人；初级中学42所…), whatever commas the items' own clauses hold."""
    for k, a in enumerate(items):
        b = next((x for x in following(items, k) if same_kind(x, a) and not (x.group is not None and x.group == a.group)),
                 None)
        if b is not None:
            gap = strip_parens(doc.norm(a.end, b.start))
            if "," in gap and ";" not in gap:
                return True
    return False


#: after a bound that qualifies a noun: 50万元以上的村, 超过1000亩的基地
_QUALIFIES = re.compile(r"^(?:及?以上|以下|及?以内|以外)?的")


def _threshold(doc: Doc, c) -> bool:
    """Is ``c`` a threshold that defines a class (50万元以上的村), not an amount?"""
    return c.hedge in ("at_least", "at_most") and bool(_QUALIFIES.match(doc.after(c, 6)))


def _balance(text: str) -> int:
    return text.count(_OPEN) - text.count(_CLOSE)


class _Balance:
    """``_balance(doc.norm(start, pos))`` for growing ``pos``, reading each stretch of text once
    (norm(start, pos) is norm(start, p) + norm(p, pos) for start ≤ p ≤ pos)."""

    __slots__ = ("doc", "start", "pos", "value")

    def __init__(self, doc: Doc, start: int):
        self.doc, self.start, self.pos, self.value = doc, start, start, 0

    def to(self, pos: int) -> int:
        if pos < self.pos:
            return _balance(self.doc.norm(self.start, pos))
        self.value += _balance(self.doc.norm(self.pos, pos))
        self.pos = pos
        return self.value


#: a figure named as a total of its own (水产品总产量, 总收入): after ；it ends a list rather than adding to it
_NEW_TOTAL = re.compile(r";[^,;]{0,8}(?:总(?:产量|产值|收入|支出|人数|户数|数|额|面积|量|投资|规模)|余额)[^,;]{0,4}$")


#: a ；before a 其中 cue in its sentence, after a figure: the sentence is a list cut by ；
_OUTER_LIST = re.compile(r"^(?:(?!其中|包括)[^。])*\d[^;。]*;[^;。]*(?:其中|包括)[^;。]*$")
# (not when that list is itself a 其中 list: 其中：第一产业…；第二产业…，其中工业…；建筑业…)


def _walk_items(doc: Doc, claims: list, idx: int, in_paren: bool, stop_at_semicolon: bool = False):
    """Items from claims[idx] on: consecutive clauses each holding a figure of the list's kinds.

    The list ends at the paren that holds it, at the sentence end, at a clause without a figure
    of its kinds, at 另外/此外/同时, or at a figure named as a total of its own after ；(水产品总产量,
    贷款余额).
    Figures inside a nested aside (其中3人为兼任) are skipped.
    """
    first = claims[idx]
    kinds = {family(first)} | {family(x) for x in claims if x.group == first.id}
    attributes: set = set()  # kinds each item adds after its own figure (项目268个，投资4.2亿元；…)
    items = [first]
    subtotals: dict[str, list[str]] = {}
    prev = first
    anchor = first  # where the gap to the next item starts: the last item, or its growth rate
    first_clause = doc.before(first, 16)
    balance = _Balance(doc, first.end)
    # inside the 其中 list of the last item (…98个，其中种植类56个、养殖类42个；…), or past the parts of an
    # item said as a total of its own (公办教育共计589人，专任教师539人；…)
    nested = _own_total(doc, claims, first)
    own_change = None  # the last item's own change (税收收入8103万元，比上年增收1284万元，增长18.8%；…)
    for c in claims[idx + 1:]:
        bal = balance.to(c.start)
        if bal < 0:
            break  # the paren holding the list (or an outer one) closed
        if bal > 0:
            continue  # inside a nested aside
        gap_raw = doc.norm(anchor.end, c.start)
        gap = _LEVEL_CLAUSE.sub("", strip_parens(gap_raw))  # (牧业产值21774万元，与上年持平，增加值…)
        if stop_at_semicolon and ";" in gap:
            break
        if re.search(r"[。!?]", gap):
            break
        if nested:
            if ";" not in gap:
                anchor = c  # an item of the item's own list, or a figure it adds
                continue
            nested = False  # ；基础设施项目88个: the next item of this list, after the item's own list
            gap = gap[gap.rindex(";"):]
        if c.group is not None and (c.group == prev.id or c.group == prev.group):
            items.append(c)
            prev = anchor = c
            continue
        seps = sum(gap.count(ch) for ch in _SEPS)
        if not seps and _AND_LAST.match(gap):
            seps = 1  # …、203个和94个; 种植类和养殖类分别为341个和297个: 和 before the last item
        if countable(c) and _ITEM_ATTRIBUTE.fullmatch(gap) and (
                family(c) in attributes or family(c) not in kinds and all(x.group in (first.id, None) for x in items)
                and _closes_item(doc, claims, c, (";",) if gap[0] == "," else (";", ","))):
            # 其中：产业发展项目268个，投资4.2亿元；基础设施项目186个，投资6.1亿元: items cut by ；
            # each with a figure of another kind, which lists too (also 村级电站118座、装机容量22.4兆瓦，
            # 集中式电站8座、装机容量16.2兆瓦: the attribute after 、, the items cut by ，)
            kinds.add(family(c))
            attributes.add(family(c))
            items.append(c)
            prev = anchor = c
            continue
        if family(c) in attributes and _ITEM_AVERAGE.fullmatch(gap) and anchor is prev and prev is not first:
            # 城市低保52815人，累计发放低保金6481.73万元，月平均补助水平为408.4元；农村低保…: the item's own
            # average, after what it is paid
            anchor = c
            continue
        if not countable(c) or family(c) not in kinds:
            if (anchor is prev or anchor is own_change or _ITEM_SHARE.fullmatch(gap)) \
                    and c.kind in ("percent", "percentage_point") and (
                    _ITEM_CHANGE.fullmatch(gap) or _ITEM_SHARE.fullmatch(gap)):
                # 第一产业增加值31.2亿元，增长3.9%；第二产业…: the item's own growth, or share, or both
                # (税收收入8.65亿元，增长3.8%，占一般公共预算收入的67.3%；非税收入…)
                anchor = c
                continue
            if seps:
                break
            continue
        if seps == 0:
            return [], {}  # two figures of one kind in one clause (A类10个涉及20个): not a list
        if _LIMIT.search(gap):
            break  # 其中一般债务31.5亿元，专项债务20.8亿元，债务限额56.8亿元: a ceiling, not an item
        if _GRAND.search(gap) and not _SUBTOTAL.search(gap.rstrip(_SEPS + " ")):
            break  # …，上年结转结余47万元，收入合计为4827万元: a total of more than the list, no item
        if _OWN_LIST.fullmatch(gap) and items[-1] is prev \
                and re.match(r"^,?\s*(?:其中|包括|包含)", doc.after(first, 4, clause=False)):
            # 其中：产业项目98个，其中种植类56个、养殖类42个；基础设施项目88个，其中…: each item has a list
            # of its own, skipped up to the ； that opens the next item
            nested = True
            anchor = c
            continue
        if seps > 1 or len(gap) > 24 or re.search(r"另外|此外|同时|另有|还有|并且|其中|分别|人均|每", gap):
            break  # (其中 opens a list of parts of the item before, 分别 a list of its own, 人均 and 每千人口
            # a level per head: not more items of this list)
        # (the words that lead this figure, after the last mark: 40个完成主体工程、20个在建 — 完成 is the
        # predicate of the item before, no clause of its own)
        verb = _CLAUSE_VERB.search(gap[max(gap.rfind(ch) for ch in ",;、"):] if re.search(r"[,;、]", gap) else gap)
        if verb and verb.group(0).strip(" ,;、") not in first_clause and len(_shared_suffix(doc, items + [c])) < 3:
            break  # a new clause of the sentence (新增…), parallel to the whole, not to the parts (but
            # 其中共同财政事权转移支付…，一般性转移支付…，落实专项转移支付…: named like the items, one more)
        if _CHANGE_FROM_BASE.search(doc.before(c, 14)) or _ITEM_CHANGE.fullmatch(gap):
            if anchor is prev and _NEXT_ITEM_AFTER.match(doc.after(c, 16, clause=False)):
                # 税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入…: the item's own change, and the
                # list goes on after ；
                anchor = own_change = c
                continue
            break  # 较2016年增长21.3亿元 / ，增加0.35万人: the change of the item before, not another item
        if _OWN_PARTS_AFTER.match(doc.after(c, 12, clause=False)) and \
                not _OWN_PARTS_AFTER.match(doc.after(items[0], 12, clause=False)):
            break  # …市级示范家庭农场36家；农民专业合作社862家，其中…: a new whole with parts of its own (also
            # 车间带动320人就业，其中脱贫人口95人，基地带动5120人就业，其中…)
        if re.search(r"[,;](?:19|20)\d{2}年|[,;](?:今年|去年|目前|截至)|;(?:年末|年底|全年)", gap) and \
                not re.search(r"(?:19|20)\d{2}年", first_clause):
            break  # a clause about another time (unless the list goes year by year)
        if re.search(r"[,;]全[县市乡镇区省]", gap):
            break  # a clause about the whole place again
        if ";" in gap and _STATED_AS_CHANGE.search(gap) and not _STATED_AS_CHANGE.search(doc.before(first, 6)):
            break  # 其中小麦面积3100公顷，增加30公顷；杂粮面积增加约15公顷: a change, no item of a list of levels
        if ";" in gap and _NEW_TOTAL.search(gap):
            break  # …其中猪肉产量65.58万吨，增长4.0%；水产品总产量446.67万吨: another total, not an item
        if _SUBTOTAL.search(gap.rstrip(_SEPS + " ")):
            replaced = {i for ids in subtotals.values() for i in ids}
            subtotals[c.id] = [x.id for x in items if same_kind(x, c) and x.id not in replaced]
        items.append(c)
        prev = anchor = c
        nested = nested or _own_total(doc, claims, c)
    return items, subtotals


#: after a figure that opens a list of its own parts: ，其中… / 就业，其中…
_OWN_PARTS_AFTER = re.compile(r"^[^,;。\d]{0,6},?其中")


#: up to the last mark before an item's own name (，其中：…、)
_BEFORE_NAME = re.compile(r"^.*[,;:、]")


def item_name(doc: Doc, x, n: int = 12) -> str:
    """The words that name an item, right before it after the last mark (…，其中：城镇人口 → 城镇人口)."""
    return _BEFORE_NAME.sub("", doc.before(x, n))


def _shared_suffix(doc: Doc, items) -> str:
    """The words every item's name ends with (转移支付 of 一般性转移支付 and 专项转移支付), or ''."""
    names = [item_name(doc, x) for x in items]
    out = names[0] if names else ""
    for n in names[1:]:
        k = 0
        while k < min(len(out), len(n)) and out[-1 - k] == n[-1 - k]:
            k += 1
        out = out[len(out) - k:]
    return out if re.fullmatch(r"[\u4e00-\u9fff]*", out) else ""


#: an item stated as a total of its own (公办教育共计589人，专任教师539人；…): what follows it up to ；
#: are its parts, not more items
OWN_TOTAL = re.compile(r"(?:共计|合计|总计)$")


def _own_total(doc: Doc, claims: list, c) -> bool:
    """Is c an item said as a total (共计) whose run up to the next ；holds another figure of its kind?"""
    if not OWN_TOTAL.search(doc.before(c, 6)):
        return False
    rest = doc.after(c, 40, clause=False)
    cut = rest.find(";")
    if cut < 0:
        return False
    k = next((i for i, x in enumerate(claims) if x is c), None)
    nxt = next((x for x in following(claims, k) if family(x) == family(c)), None) if k is not None else None
    return nxt is not None and nxt.start < c.end + cut + 1 and ";" not in doc.norm(c.end, nxt.start)


def _closes_item(doc: Doc, claims: list, c, marks: tuple) -> bool:
    """Does the item's clause run end right after c (with one of ``marks``), or after an average of
    c's money that follows it (累计发放低保金6481.73万元，月平均补助水平为408.4元；)?"""
    end = _compound_end(claims, c)
    if doc.norm(end, end + 1) in marks:
        return True
    k = claims.index(c)
    nxt = next((x for x in following(claims, k) if x.group != c.id), None)
    return nxt is not None and nxt.dimension == c.dimension and _ITEM_AVERAGE.fullmatch(doc.norm(end, nxt.start)) \
        is not None and doc.norm(nxt.end, nxt.end + 1) in marks


def _compound_end(claims: list, c) -> int:
    """Where c ends with the rest of its compound (2156户8632人 ends after 人)."""
    end = c.end
    for x in claims[claims.index(c) + 1:]:
        if x.group != c.id:
            break
        end = x.end
    return end


_start = attrgetter("start")
#: words that name a ceiling or quota for the figure after them
_LIMIT = re.compile(r"限额|上限|控制(?:在|线|数)|核定|红线")
#: between an item's money and the average it makes (，月平均补助水平为408.4元)
_ITEM_AVERAGE = re.compile(r",\s*(?:月|年)?(?:平均|人均|户均)[\u4e00-\u9fff]{0,8}?(?:为|达到|达|约)?")
#: between an item and a figure of another kind that its clause run adds (268个，投资4.2亿元)
_ITEM_ATTRIBUTE = re.compile(r"[,、](?:(?:总|投入|完成|落实|安排|争取|使用)?(?:投资|资金|金额|面积|规模|产值|人数|人口|户数|长度|"
                             r"里程|装机容量|容量|装机|在校生|在校学生|学生|教师|床位|从业人员|职工|贷款|贷款金额|信贷)"
                             r"(?:规模|总额|达到|达|为|约|共计|共)?|(?:出列|退出|摘帽)(?:贫困)?村|"
                             # 城市低保52815人，累计发放低保金6481.73万元；农村低保…: the money each item is paid
                             r"(?:累计|共)?(?:发放|兑现|拨付)[\u4e00-\u9fff]{0,6}?(?:资金|金|补助|补贴|贷款)(?:达到|达|为|约|共计|共)?|"
                             # 县城安置点4个、安置2156户8632人: whom each item houses or reaches
                             r"(?:安置|搬迁|入住|惠及|覆盖|吸纳|带动|资助|救助|帮扶)(?:搬迁)?"
                             r"(?:群众|人口|贫困户|农户|贫困人口|贫困学生|学生|幼儿|对象)?)")


def whole_candidates(doc: Doc, claims: list, before_pos: int, like, exclude=()) -> list:
    """Figures of the same kind before ``before_pos`` in the sentence, nearest first, that can be
    a whole: not per-unit, not inside a paren aside. A nearest candidate that is itself a share
    (占…%) or a part (其中, X中) adds the next one as a second reading."""
    out = []
    want = measure(doc, like) if isinstance(like, ClaimView) else ""
    # 常住人口668.16万人，户籍人口483.47万人。其中城镇常住人口520.10万人: a resident part of the residents
    register = REGISTER.search(doc.before(like, 12)) if isinstance(like, ClaimView) else None
    # the claims of a sentence are in report order: start from the last one before before_pos
    for i in range(bisect.bisect_left(claims, before_pos, key=_start) - 1, -1, -1):
        c = claims[i]
        if c.id in exclude or not same_kind(c, like) or not countable(c):
            continue
        if is_visit(doc, c) or _compared_with(doc, c) or closes_unopened(doc.norm(c.end, before_pos)):
            continue  # (…270人（培训后当期实现自主创业人数155人）。其中…: no whole from inside an aside)
        if register is not None:
            other = REGISTER.search(doc.before(c, 12))
            if other is not None and other.group() != register.group():
                continue
        if want and not out:
            named = measure(doc, c)
            if named and named != want:
                continue  # 增加值37.90亿元。其中，农业产值7.09亿元: the whole is the 总产值 before it
        out.append(c)
        if len(out) == 1 and _is_share_or_part(doc, c):
            continue
        break
    return out


#: the register a population is counted by
#: a figure stated as what another is compared with: 比上年的11.38亿元, 较2015年的3852元
_COMPARED_BEFORE = re.compile(r"(?:比|较|同比|相比|由|从)(?:上年|去年|上年同期|同期|(?:19|20)\d{2}年(?:底|末)?)?的$")
#: a figure a ratio is taken of: 完成目标任务2.2万人的106.8%, 为上年的1.2倍
#: an average, no total: 累计投入18.65亿元，年均3.73亿元
_AVERAGE = re.compile(r"(?:年均|平均|户均|人均|村均|亩均|每年|每户|每人|每村)(?:每年)?(?:为|达到|达|约)?$")


def _compared_with(doc: Doc, c) -> bool:
    """Is ``c`` a base that another figure is compared with, the change from one (较上年增加1260人, 比上年净增86家),
    an average (年均3.73亿元) or a figure a ratio is taken of? Then it is no whole of the parts that follow
    (…比上年的11.38亿元增长8.6%。其中，税收收入8.52亿元…)."""
    before = doc.before(c, 14)
    return bool(_COMPARED_BEFORE.search(before) or _CHANGE_FROM_BASE.search(before) or _AVERAGE.search(before)
                or BASE_OF_RATIO.match(doc.after(c, 10))
                # 财政收入完成52000万元，较上年增长8.5%，增收4074万元。其中…: a clause of a bare change
                or (_BARE_CHANGE.fullmatch(doc.norm(c.clause.start, c.start).strip())
                    and doc.preceding_in_sentence(c) != []))


#: a clause that only states a change, after the level it is of (…，增长8.5%，增收4074万元)
_BARE_CHANGE = re.compile(r"(?:同比|比上年|较上年)?净?(?:增收|减收|增支|减支|增加|减少|增长|下降|多|少)了?")


#: what a money figure measures, when the words before it say (产值 and 总产值 are one measure)
_MEASURE = re.compile(r"(增加值|产值|产量|营业收入|收入|支出|投资|销售额|零售额|进出口额|出口额|进口额|"
                      r"在校学生|在校生|学生|专任教师|教师)"
                      r"(?:为|达到?|实现|完成|共|约|近|了|人数)*$")
#: one measure, named two ways (在校学生10.65万人 … 在校生5.86万人)
_SAME_MEASURE = {"在校学生": "学生", "在校生": "学生", "专任教师": "教师"}


def measure(doc: Doc, c) -> str:
    """The measure named right before a figure (农业产值7.09亿元 → 产值), or ""."""
    lead = doc.lead(c)
    m = _MEASURE.search(doc.before(lead, 12))
    return _SAME_MEASURE.get(m.group(1), m.group(1)) if m else ""


def _is_share_or_part(doc: Doc, c) -> bool:
    after = doc.norm(c.end, min(c.sentence.end, c.end + 30))
    after = re.split(r"[;。]", after)[0]
    if re.match(r"^[^,]{0,4},?占", after):
        return True
    before = doc.before(c, 12)
    return bool(re.search(r"其中|[^其集当心]中(?:的)?(?:建档立卡|贫困|脱贫)", before))


def distributive(doc: Doc, whole, claims):
    """8个村派驻了1名: a figure after a count of other units in its clause may be per unit.

    Returns the count of units (a claim) the whole may be stated per, or None."""
    for c in claims:
        if c.start >= whole.start or c.sentence != whole.sentence or c.clause != whole.clause:
            continue
        if c.dimension != whole.dimension and (c.dimension or "").startswith("count_") and \
                c.kind == "amount" and whole.value < c.value:
            return c
    return None


# ---------------------------------------------------------------------------------------------
# the check
# ---------------------------------------------------------------------------------------------

class _Rel:
    __slots__ = ("part", "wholes", "sure", "how", "note", "gross", "declared", "summed")

    def __init__(self, part, wholes, sure, how, note="", gross=False, declared=False):
        self.part, self.wholes, self.sure, self.how, self.note = part, list(wholes), sure, how, note
        # an inferred link that still fails when the part exceeds the whole grossly (base.GROSS)
        self.gross = gross
        # both figures are floors (不少于X): compare the numbers they declare
        self.declared = declared
        # the whole is the sum of the wholes (the posts of a list), not any one of them
        self.summed = False


def check(doc: Doc):
    rels: list[_Rel] = []
    for claims in sentence_claims(doc):
        claims = [c for c in claims]
        rels += _listed_parts(doc, claims)
        rels += _threshold_classes(doc, claims)
        rels += _partitive(doc, claims)
        rels += _states(doc, claims)
        rels += _new_within_cumulative(doc, claims)
        rels += _lifted_within_registered(doc, claims)
        rels += _whole_place(doc, claims)
        rels += _all_within(doc, claims)
        rels += _nested_measures(doc, claims)
        rels += _posts(doc, claims)
    rels += _full_coverage(doc)
    rels += _site_within_programme(doc)
    rels += _registered_bound(doc)
    rels += _village_bound(doc)
    rels += _year_within_cumulative(doc)
    rels += _year_within_period(doc)
    return _findings(doc, rels)


#: the noun right after a count in 个 (12个乡镇, 1100个贫困人口)
_NOUN_AFTER_GE = re.compile(r"^[\u4e00-\u9fff]{1,12}")


def _other_nouns(doc: Doc, part, whole) -> bool:
    """Do two counts in 个 name, right after them, nouns with no character in common (12个乡镇 /
    40个行政村; 8个村 / 1100个贫困人口)? Then they count different things."""
    if part.unit != "个" or whole.unit != "个":
        return False
    a, b = _NOUN_AFTER_GE.match(doc.after(part, 12)), _NOUN_AFTER_GE.match(doc.after(whole, 12))
    return a is not None and b is not None and not set(a.group()) & set(b.group())


def _findings(doc: Doc, rels: list[_Rel]):
    out = []
    seen: dict[tuple, int] = {}
    for r in rels:
        key = (r.part.id, tuple(sorted(w.id for w in r.wholes)))
        if key in seen:
            continue
        seen[key] = 1
        if not r.summed and any(_other_nouns(doc, r.part, w) for w in r.wholes):
            continue  # 全县辖12个乡镇，其中甲镇辖40个行政村: 个 counts of different things
        whole_iv = _declared_iv if r.declared else _whole_iv
        p = _declared_iv(r.part) if r.declared else exact_iv(r.part)
        w_ivs = [sum_iv(r.wholes)] if r.summed else [whole_iv(w) for w in r.wholes]
        above_all = all(p.above(w) for w in w_ivs)
        ok = not above_all
        gross = not ok and not r.sure and r.gross and all(grossly_above(p, w) for w in w_ivs)
        status = status_for(ok, r.sure or gross)
        strict = _as_written(r.part)
        only_rounded = ok and not r.declared and not r.summed and \
            all(strict.above(_whole_as_written(w)) for w in r.wholes)
        if only_rounded:
            ok, status = False, "warn"  # 其中挂果面积20万亩 of 15.3万亩: only 20万 read as 15万..25万 fits
        w0 = r.wholes[0]
        wi = w_ivs[0]
        rel = "≤" if ok else ">"
        if r.summed:
            total = sum(w.value for w in r.wholes)
            w_text = " + ".join(fmt(w.value) for w in r.wholes) + f" = {fmt(total)}{w0.unit}"
            comp = f"{stated(r.part)} {rel} {w_text if len(r.wholes) > 1 else fmt(total) + w0.unit}"
        else:
            comp = f"{stated(r.part)} {rel} {stated(w0)}"
        if len(r.wholes) > 1 and not r.summed:
            comp += "（或 " + "、".join(stated(w) for w in r.wholes[1:]) + "）"
        comp += " ✓" if ok else " ✗"
        w_label = (f"{fmt(sum(w.value for w in r.wholes))}{w0.unit}" if r.summed else stated(w0))
        if ok:
            msg = f"part {stated(r.part)} is within the whole {w_label} ({r.how})"
            why = f"part {p} does not lie above whole {wi}"
        else:
            msg = (f"the part {stated(r.part)} exceeds the whole {w_label} "
                   f"it belongs to ({r.how})")
            why = f"the part's interval {p} lies entirely above the whole's {wi}"
            if only_rounded:
                why = (f"as written, the part {strict} lies entirely above the whole "
                       f"{_whole_as_written(w0)}; they meet ({p} and {wi}) only if trailing zeros are "
                       "rounding (20万 as 15万..25万), which a part larger than its whole makes doubtful")
            elif gross:
                why += "; " + gross_note(p, max(w_ivs, key=lambda x: x.high))
            elif not r.sure:
                why += "; " + (r.note or "the link between the two figures is inferred, so this is a warning")
        conf = 0.95 if r.sure else 0.6
        out.append(finding(RULE, status, [r.part] + r.wholes, msg, comp, wi, p, why, confidence=conf))
    return out


_whole_iv = whole_iv


def _as_written(c) -> Iv:
    """A figure's interval with its trailing zeros read as digits (20万 as 19.5万..20.5万)."""
    exact = exact_iv(c)
    return exact if exact.low == exact.high else iv(c, loose=False)


def _whole_as_written(c) -> Iv:
    """A whole as written, still allowing its last digit to be truncated (12.2万 for 122705)."""
    return _truncated(c, _as_written(c))


# 7. measures nested by definition, stated in one sentence -------------------------------------

# (part, whole, and a word each pattern holds, so that text without it is not searched):
# 永久基本农田 is farmland, forest cover is part of forest-and-grass cover, deep-poor villages are
# poor villages, tax revenue is part of general budget revenue
NESTED = (
    (re.compile(r"永久基本农田[^,;:、]{0,8}$"), re.compile(r"耕地(?:保有量|面积)?[^,;:、]{0,6}$"), "永久基本农田", "耕地"),
    (re.compile(r"(?<!林草)森林覆盖率[^,;:、]{0,6}$"), re.compile(r"林草(?:植被)?覆盖率[^,;:、]{0,6}$"), "森林覆盖率", "林草"),
    (re.compile(r"深度贫困村[^,;:、]{0,6}$"), re.compile(r"(?<!深度)贫困村[^,;:、]{0,6}$"), "深度贫困村", "贫困村"),
    (re.compile(r"税收收入[^,;:、]{0,6}$"), re.compile(r"一般公共预算收入[^,;:、]{0,6}$"), "税收收入", "一般公共预算收入"),
)


def _nested_measures(doc: Doc, claims):
    out = []
    befores = [(c, doc.before(c, 16)) for c in claims]
    # (占耕地面积总量的41.60%，占永久基本农田面积的56.97%: shares of the two, not the two)
    befores = [(c, b) for c, b in befores if not (c.kind == "percent" and "占" in b)]
    for part_re, whole_re, part_word, whole_word in NESTED:
        parts = [c for c, b in befores if part_word in b and part_re.search(b)]
        wholes = [c for c, b in befores if whole_word in b and whole_re.search(b)
                  and not (part_word in b and part_re.search(b))]
        for p in parts:
            ws = [w for w in wholes if w.id != p.id and w.unit == p.unit and w.kind == p.kind]
            if len(ws) != 1:
                continue
            w = ws[0]
            if made_whole(doc, p) not in (None, w):
                continue  # 财政总收入222827万元，…一般公共预算收入97092万元，其中税收收入190268万元，…32559万元
            floors = p.hedge == w.hedge == "at_least"
            if (p.hedge or w.hedge) and not floors:
                continue
            out.append(_Rel(p, [w], True, "a measure nested in another by definition", declared=floors))
    return out


# 8. posts and the people in them: 开发148个河道管理员、268个生态护林员岗位，吸纳416名贫困人口;
#    新增公益性岗位1203个，全县公益性岗位达到3426人 -------------------------------------------------

_HIRE = re.compile(r"(?:^|[,;:])(?:共|累计)?(?:吸纳|安置|聘用|聘请|选聘|吸收)了?(?:贫困|脱贫|建档立卡)?"
                   r"(?:人口|劳动力|群众|人员|户)?$")
_POST_TOTAL = re.compile(r"岗位(?:总数)?(?:累计)?(?:达到|达|共计|共有|总计|累计)$")


#: right after a count, the places it counts
_PLACE_AFTER = re.compile(r"(?:乡镇|镇|乡|村|县|区|社区|街道|行政村|贫困村)")


def _posts(doc: Doc, claims):
    out = []
    by_clause: dict[int, list] = {}
    for c in claims:
        by_clause.setdefault(c.clause.start, []).append(c)
    clauses = sorted(by_clause.items())
    for i, (_, cs) in enumerate(clauses):
        first = cs[0]
        text = doc.clause(first)
        if "岗位" not in text:
            continue
        posts = [c for c in cs if c.unit == "个" and countable(c)]
        if not posts or len(posts) != len(cs) or any(_PLACE_AFTER.match(doc.after(c, 4)) for c in posts):
            continue  # (在12个乡镇开发…岗位: a count of places, not of posts)
        for _, prev in clauses[:i][::-1]:   # 148个河道管理员、268个生态护林员岗位: a list over 、
            gap = doc.between(prev[-1], posts[0])
            if prev[-1].sentence != first.sentence or "、" not in gap or re.search(r"[,;:。]", gap) \
                    or any(c.unit != "个" or not countable(c) for c in prev):
                break
            posts = prev + posts
        if i + 1 >= len(clauses):
            continue
        nxt = clauses[i + 1][1]
        if nxt[0].sentence != first.sentence:
            continue
        head = nxt[0]
        if head.dimension != "person" or not countable(head) or is_visit(doc, head):
            continue
        before = doc.before(head, 10)
        if _HIRE.search(before):
            # the people taken into the posts just listed: at most one person a post
            rel = _Rel(head, posts, False, "people placed within the posts listed",
                       "one person a post, but posts may be shared", gross=True)
            rel.summed = True
            out.append(rel)
        elif _NEW.search(doc.before(first, 14)) and len(posts) == 1 and _POST_TOTAL.search(before):
            out.append(_Rel(posts[0], [head], True, "新增 posts within the posts in all"))
    return out


# 9. one named site within the programme of the sentence before: 实施…2897户8527人的易地移民搬迁
#    工程…。府底小区投资2.3亿元，…安置贫困人口1381户4484人 ------------------------------------------

_SITE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:小区|安置点|安置区|社区|新村|移民村)(?=投资|总投资|共|建成|新建|安置|占地|规划)")
_PROGRAMME = re.compile(r"搬迁|安置")


def _site_within_programme(doc: Doc):
    out = []
    sentences: list[list] = sentence_claims(doc)
    for prev, cur in zip(sentences, sentences[1:]):
        if prev[0].line != cur[0].line:
            continue  # one paragraph
        if not _SITE.search(doc.sentence(cur[0]).lstrip(",;:。 ")):
            continue
        if not _PROGRAMME.search(doc.sentence(prev[0])):
            continue
        for p in cur:
            if p.kind != "amount" or p.dimension not in ("money", "household", "person") or not countable(p):
                continue
            if p.dimension == "money" and "投资" not in doc.before(p, 6):
                continue
            ws = [w for w in prev if w.dimension == p.dimension and w.kind == "amount"
                  and (p.dimension != "money" or "投资" in doc.before(w, 6))]
            if len(ws) == 1:
                out.append(_Rel(p, ws, False, "one named site within the programme stated before it",
                                "linked by the sentence order only; the site may belong to another "
                                "programme", gross=True))
    return out


# 1. 其中 / 包括 / 含 with a single item per dimension ------------------------------------------

def _listed_parts(doc: Doc, claims):
    out = []
    for pl in part_lists(doc, claims):
        dims_done = set()
        for item in pl.items:
            if item.dimension in dims_done or not countable(item) or is_visit(doc, item):
                continue
            dims_done.add(item.dimension)
            same = pl.items_of(item)
            if len(same) != 1:
                continue  # a breakdown of several items: C003
            part = same[0]
            wholes = whole_candidates(doc, claims, pl.cue_start, part, exclude={x.id for x in pl.items})
            if not wholes:
                continue
            units = distributive(doc, wholes[0], claims)
            if units is not None:
                # 8个村派驻了1名工作队员(其中3人…): the whole may be per village; read it both ways
                if not exact_iv(part).above(exact_iv(wholes[0]).scale(units.value)):
                    continue
            out.append(_Rel(part, wholes, True, f"{pl.cue} list"))
            out += _paired_attribute(doc, claims, part, wholes[0], pl)
    return out


#: a figure of another kind that an item or its whole adds in the next clause (项目86个，总投资5.2亿元)
_ATTRIBUTE = re.compile(r"^[,、]\s*(?:共|总|累计)?(?:实现|完成|带动|落实|安排)?(?P<noun>(?:总)?投资|投入|资金|金额|"
                        r"(?:劳务|务工|工资性)?(?:收入|创收)|面积|产值|装机容量)(?:总额|额)?(?:达到|达|为|约|共计|共)?$")


def _attribute_noun(doc: Doc, claims, c):
    """(next claim, what it measures) when the claim after ``c`` is an attribute of it."""
    i = next((k for k, x in enumerate(claims) if x is c), None)
    if i is None or i + 1 >= len(claims):
        return None, ""
    x = claims[i + 1]
    m = _ATTRIBUTE.match(doc.between(c, x))
    if m is None or not countable(x) or same_kind(x, c):
        return None, ""
    noun = re.sub(r"^总|^(?:劳务|务工|工资性)", "", m.group("noun")).replace("创收", "收入")
    return x, noun


def _paired_attribute(doc: Doc, claims, part, whole, pl) -> list:
    """其中产业项目42个，投资2.1亿元 of 实施项目86个，总投资5.2亿元: what the item adds lies within
    what its whole adds, when both name it alike (投资 / 总投资; 劳务收入 / 劳务创收)."""
    x, noun = _attribute_noun(doc, claims, part)
    if x is None:
        return []
    y, whole_noun = _attribute_noun(doc, claims, whole)
    if y is None or whole_noun != noun or y.start >= pl.cue_start or not same_kind(x, y):
        return []
    return [_Rel(x, [y], True, f"what the {pl.cue} item adds ({noun}) within what its whole adds")]


# 1b. classes by threshold: 其中10万元以上的村达到236个 ------------------------------------------

#: between a threshold and the count of its class: 以上的村达到236个 (the 以上 is the threshold's)
_CLASS_OF = re.compile(r"^的?[^,;:。、\d%]{1,8}?(?:达到|达|有|为|共有|共计|共|计)?$")


def _threshold_classes(doc: Doc, claims):
    """Each class that a 其中 list marks out by a threshold (其中年收入10万元以上的村236个，50万元
    以上的村42个) counts part of the whole before the cue; and of two classes by thresholds in one
    direction, the stricter lies within the other (50万元以上 within 10万元以上). No sum: classes
    by threshold nest, they do not partition."""
    classes = []   # (threshold, count) in order
    for t, c in zip(claims, claims[1:]):
        if t.hedge in ("at_least", "at_most") and c.clause == t.clause and countable(c) and not is_visit(doc, c) \
                and not _threshold(doc, c) and _CLASS_OF.match(doc.between(t, c)):
            classes.append((t, c))
    if not classes:
        return []
    out = []
    text = doc.norm(claims[0].sentence.start, classes[0][0].start)
    cue = None
    for cue in _PART_CUE.finditer(text):
        pass
    if cue is None or re.search(r"[。!?]", text[cue.end():]):
        return []
    # (the text is normalised: pinyin dropped, so its length is no distance in the original)
    cue_norm = doc.n.to_norm(classes[0][0].start) - len(text) + cue.start()
    cue_pos = doc.n.span(cue_norm, cue_norm)[0]
    listed = {x.id for pair in classes for x in pair}
    # everything from the cue to the last class is a class: no other figure inside the list
    if any(x.id not in listed and cue_pos <= x.start <= classes[-1][1].start for x in claims):
        return []
    for t, c in classes:
        wholes = whole_candidates(doc, claims, cue_pos, c, exclude=listed)
        if wholes:
            out.append(_Rel(c, wholes[:1], True, "class by threshold within the whole before 其中"))
    for (t1, c1), (t2, c2) in zip(classes, classes[1:]):
        if t1.hedge != t2.hedge or not same_kind(c1, c2) or t1.unit != t2.unit:
            continue
        up = t1.hedge == "at_least"
        if (t2.value > t1.value) if up else (t2.value < t1.value):
            out.append(_Rel(c2, [c1], True, "a stricter threshold's class within the other's"))
    return out


# partitive X中: 搬迁人口中建档立卡贫困户4321户 ----------------------------------------------------

_PARTITIVE = re.compile(r"(人口|户|人员|群众|对象|劳动力|学生|村|项目|资金|企业|乡镇)中(?:的)?(?:有)?[^,;:中]{0,10}$")


def _partitive(doc: Doc, claims):
    out = []
    for c in claims:
        if not countable(c) or is_visit(doc, c):
            continue
        if c.group is not None and c.group != c.id:
            head = group_head(doc, c, claims)
            before = doc.before(head, 16)
        else:
            before = doc.before(c, 16)
        m = _PARTITIVE.search(before)
        if not m or "其中" in before or c.dimension.startswith("count_"):
            continue
        start = (group_head(doc, c, claims)).start
        wholes = whole_candidates(doc, claims, start, c)
        # 特困供养人员630人，其中农村特困600人，城市特困30人；特困人员中一档40人: the whole is the figure
        # the partitive names, not an item of a 其中 list of it stated just before
        if wholes:
            w = wholes[0]
            total = next((x for x in doc.preceding(w) if x.sentence == w.sentence and same_kind(x, c)
                          and countable(x) and "其中" in doc.between(x, w)
                          and not re.search(r"[;。]", doc.between(x, w))), None)
            if total is not None:
                wholes = [total]
        if wholes:
            out.append(_Rel(c, wholes[:1], True, "X中 partitive"))
    return out


# 2. states: fruiting within planted, done within found or planned, verified within done --------

_FRUIT = re.compile(r"(挂果|投产|盛果|结果|丰产|采收)[^,;]{0,4}$")
_FOUND = re.compile(r"(发现|反馈|排查|梳理|交办|查找|问题|检视|指出|移交)")
_PLAN_FIRM = re.compile(r"规划")
_PLAN_SOFT = re.compile(r"计划|任务|目标|下达")
_DONE = re.compile(r"(已?完成(?:整改)?|整改完成|已整改|已销号|已解决|已办结)[^,;]{0,8}$")
_VERIFIED = re.compile(r"(验收|销号|核查通过)[^,;]{0,4}$")
_IN_PROGRESS = re.compile(r"正在|尚未|未完成|推进中|持续整改|整改中")
_OVER = re.compile(r"超额|超过|超出|突破")
#: a rate of a plan: 完成年度计划的105%, 任务完成率108%
_OF_PLAN = re.compile(r"(?:计划|任务|目标)(?:数|任务)?的$|完成率(?:为|达到|达)?$")


def _stage(doc: Doc, c) -> Optional[str]:
    """The stage a count is at (found, planned, target, done, verified), once per claim."""
    return doc.per_claim("subset.stage", c, _stage_of)


def _stage_of(doc: Doc, c) -> Optional[str]:
    before = doc.before(c, 14)
    after = doc.after(c, 4)
    if _IN_PROGRESS.search(before):
        return None
    if _VERIFIED.search(before):
        return "verified"
    if _DONE.search(before):
        return "done"
    if _FOUND.search(before) or after.startswith("问题"):
        return "found"
    if _PLAN_FIRM.search(before):
        return "planned"
    if _PLAN_SOFT.search(before):
        return "target"
    return None


_RANK = {"found": 0, "planned": 0, "target": 0, "done": 1, "verified": 2}


def _states(doc: Doc, claims):
    out = []
    cs = [c for c in claims if countable(c) and not is_visit(doc, c)]
    sentence = doc.sentence(cs[0]) if cs else ""
    # 完成年度计划的105%: the sentence says the plan was over-fulfilled, as 超额 does
    over_rate = any(x.unit == "%" and x.value > 100 and _OF_PLAN.search(doc.before(x, 12)) for x in claims)
    for i, c in enumerate(cs):
        before = doc.before(c, 10)
        # fruiting / producing area within the area planted
        if c.dimension == "area" and _FRUIT.search(before):
            prev = [x for x in cs[:i] if x.dimension == "area"]
            if prev:
                out.append(_Rel(c, [prev[-1]], True, "fruiting within planted area"))
            continue
        st = _stage(doc, c)
        if st not in ("done", "verified"):
            continue
        # the nearest earlier figure of the same counter at a lower stage
        for w in reversed(cs[:i]):
            if not same_kind(w, c) or w.unit != c.unit:
                continue
            ws = _stage(doc, w)
            if ws is None:
                if doc.between(w, c).count(",") + doc.between(w, c).count(";") > 2:
                    break
                continue
            if _RANK[ws] >= _RANK[st]:
                if ws == st:
                    break
                continue
            if ws == "found" and any(_stage(doc, x) == "found" and re.search(r"其中|包括", doc.between(x, w))
                                     for x in cs[:cs.index(w)]):
                continue  # 梳理问题86个，其中…市级反馈问题54个，已整改79个: an item of the issues, not all of them
            if ws == "target" and (_OVER.search(sentence) or over_rate):
                break
            sure = ws in ("found", "planned") or (ws == "done" and st == "verified")
            how = {"found": "done within the issues found", "planned": "done within the plan",
                   "target": "done within the target", "done": "verified within done"}[ws]
            note = "" if sure else "targets and tasks are sometimes over-fulfilled"
            out.append(_Rel(c, [w], sure, how, note))
            break
    return out


# 3. 新增 within 累计 -----------------------------------------------------------------------------

_NEW = re.compile(r"新增[^,;]{0,12}$")
_CUMULATIVE = re.compile(r"(累计|总数|总量|总计)[^,;]{0,6}$|^(?:累计)?(?:达到|达)$|^共(?:有|计)?$|累计达到?$")


def _new_within_cumulative(doc: Doc, claims):
    out = []
    cs = [c for c in claims if countable(c) and not is_visit(doc, c)]
    for i, c in enumerate(cs):
        if not _NEW.search(doc.before(c, 14)):
            continue
        for w in cs[i + 1:]:
            if w.unit != c.unit or not same_kind(w, c):
                continue
            wb = doc.before(w, 10)
            if _NEW.search(wb):
                break
            if not _CUMULATIVE.search(wb.strip()):
                break
            gap = doc.between(c, w)
            if re.search(r"[。;]", gap) or len(gap) > 30:
                break
            subj = re.sub(r"累计|达到|达|总数|总量|总计|共有|共计|共|全[省市县区乡]", "", w.subject)
            if subj and not set(w.keywords) & set(c.keywords) and len(subj) > 1:
                break
            w_noun = re.match(r"^[\u4e00-\u9fff]{1,6}", doc.after(w, 6))
            if w_noun and w_noun.group(0)[:1] not in c.subject + doc.after(c, 6):
                break  # 累计达到2000个村: another noun
            out.append(_Rel(c, [w], True, "新增 within 累计"))
            break
    return out


# 4. lifted / remaining / planned within the registered poor of the same sentence ---------------

_REGISTERED = re.compile(r"建档立卡|贫困户|贫困人口|贫困对象|贫困群众")
_LIFTED = re.compile(r"脱贫|减贫|退出|越线|销号|剩余|尚未|未脱贫|返贫")
_OTHER_GROUP = re.compile(r"边缘|监测|非贫困|一般户|低保户|特困")
_NOT_REGISTERED = re.compile(r"脱贫|减贫|退出|剩余|尚未|新增|返贫|监测|边缘|带动|其中|低保|搬迁|安置|中建档")
#: a role or group the figure counts, named after the register: 选聘建档立卡贫困人口生态护林员1865名
#: counts rangers drawn from the poor, not the poor
_ROLE = re.compile(r"员|岗位|学生|劳动力|患者|儿童")


#: a task done for some of the registered, right before the register's name: the figure counts
#: those it reached (精准核实建档立卡贫困户8135户, 培训…, 带动…), not the register
_ACTED_ON = re.compile(r"(?:核实|核查|排查|走访|慰问|培训|资助|救助|带动|帮扶|监管|改造|覆盖|惠及|扶持|吸纳)(?:了)?$")


#: inside an aside opened right after a figure (…8户30人(东村…): a part of that figure, no register
_IN_ASIDE_OF = re.compile(r"[户人]\([^()]*$")


#: a level the register fell to, right before the figure (贫困人口减少至25户61人): what is left, no register
_FELL_TO = re.compile(r"(?:减少|下降|降低|降)(?:到|至|为)$")


def _lifted_within_registered(doc: Doc, claims):
    out = []
    cs = [c for c in claims if c.dimension in ("household", "person") and countable(c) and not is_visit(doc, c)]
    for i, w in enumerate(cs):
        head = group_head(doc, w, claims)
        wb = doc.before(head, 14)
        if not _REGISTERED.search(wb) or _NOT_REGISTERED.search(wb):
            continue
        if re.search(r"新识别|新纳入|新增", wb) or _IN_ASIDE_OF.search(doc.norm(w.sentence.start, head.start)) \
                or _FELL_TO.search(wb):
            continue  # (新识别贫困户8户30人(东村5户20人…): those newly found, or one place's in an aside)
        if _ROLE.search(wb[max(m.end() for m in _REGISTERED.finditer(wb)):]):
            continue  # the words after the register name what is counted
        if _ACTED_ON.search(wb[:min(m.start() for m in _REGISTERED.finditer(wb))]):
            continue  # 精准核实建档立卡贫困户8135户: those a task reached, not the register
        parts = partition_of(doc, w)
        for p in cs[i + 1:]:
            if p.dimension != w.dimension or (parts is not None and p in parts):
                continue  # (2014-2015年贫困户96户，2016年已脱贫170户 … of 1193户: disjoint parts)
            ph = group_head(doc, p, claims)
            pb = doc.before(ph, 10) + "|" + doc.after(p, 6)
            if _OTHER_GROUP.search(doc.before(ph, 10)):
                continue
            if _LIFTED.search(pb):
                # 目前贫困户414户，已脱贫10178户: a current stock may be what is left, not the register
                current = re.search(r"目前|现有|当前|现|还有|仍有|尚有", wb) and \
                    re.search(r"已|累计", doc.before(ph, 10))
                out.append(_Rel(p, [w], not current, "lifted or remaining within the registered poor",
                                "the whole is a current stock (目前/现有), which may exclude those already lifted"))
            elif _REGISTERED.search(doc.before(ph, 10)):
                break  # another registered total starts
    return out


# 6. within one sentence: a figure within the same noun counted over the whole place ------------

_SCOPE = re.compile(r"全(?:乡|镇|县|区|市|州|省|村)")


def _whole_place(doc: Doc, claims):
    out = []
    cs = [c for c in claims if countable(c) and not is_visit(doc, c) and (c.dimension or "").startswith("count_")]
    for i, w in enumerate(cs):
        scope = _SCOPE.search(doc.before(w, 12))
        if not scope or re.search(r"的|已|尚|出列|退出|脱贫", doc.before(w, 12)[scope.end():]):
            continue  # (全县已通硬化路的行政村100个, 全区尚有贫困村8个: a class or what is left, no whole)
        head = _head_noun(doc, w)
        if len(head) < 2:
            continue
        for p in cs[:i]:
            if p.unit != w.unit or _SCOPE.search(doc.before(p, 12)):
                continue
            if _head_noun(doc, p) == head:
                out.append(_Rel(p, [w], False, "same noun counted over the whole place",
                                "the two figures may count different things", gross=True))
    return out


def _head_noun(doc: Doc, c) -> str:
    """The noun a count figure counts: 卫生室 in 建成标准化卫生室9个 or in 9个标准化卫生室."""
    before = doc.before(c, 10)
    m = re.search(r"([\u4e00-\u9fff]{2,})$", before)
    if m:
        return m.group(1)[-3:]
    after = doc.after(c, 10)
    m = re.match(r"^([\u4e00-\u9fff]{2,8}?)(?:[,;。、(]|$|并|均|全部|都|实现|已|被|开展|参与|中|与|和)", after)
    return m.group(1)[-3:] if m else ""


# 7. 参保人数136298人，30964口脱贫人口全部参保: all of the part is in the whole ----------------

#: 全部 / 均 / 都 (已) and the two characters after it, in the words that follow a figure
_ALL_DONE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:全部|均|都)(?:已)?([\u4e00-\u9fff]{2})")


def _all_within(doc: Doc, claims):
    out = []
    cs = [c for c in claims if countable(c) and not is_visit(doc, c)]
    for i, p in enumerate(cs):
        m = _ALL_DONE.match(doc.after(p, 14))
        if not m:
            continue
        verb = m.group(1)
        for w in reversed(cs[:i]):
            if w.dimension != p.dimension:
                continue
            if verb in doc.before(w, 12):
                out.append(_Rel(p, [w], True, f"all of the part {verb}, within those who {verb}"))
            break
    return out


# 8. 签约服务18078人，建档立卡家庭医生签约覆盖率达100%: the registered poor are all covered ------

def _full_coverage(doc: Doc):
    out = []
    anchor = registered_anchor(doc, "person")
    if anchor is None:
        return out
    for c in doc.claims:
        if c.kind != "percent" or c.value != 100 or c.table is not None:
            continue
        before = doc.before(c, 20)
        if not re.search(r"(建档立卡|贫困)[^,;]{0,12}(覆盖率|签约率|参保率|参合率)", before):
            continue
        prev = [x for x in doc.in_sentence(c) if x.start < c.start and x.dimension == "person" and countable(x)]
        if not prev or prev[-1].id == anchor.id:
            continue
        out.append(_Rel(anchor, [prev[-1]], False, "full coverage of the registered poor",
                        "a 100% coverage of the registered poor means every registered person is counted "
                        "in the covering figure; the registered total may be from another date"))
    return out


# 5. inferred across the report ------------------------------------------------------------------

_POOR = re.compile(r"贫困户|贫困人口|贫困劳动力|建档立卡|贫困群众|贫困对象|贫困家庭|贫困学生|贫困患者")
_ANCHOR_SCOPE = re.compile(r"全(?:县|乡|镇|市|区|旗)|现有|目前|共有")
_OTHER_SCOPE = re.compile(r"全(?:国|省)|各(?:县|市|乡|镇)")
_PLACE_WORD = re.compile(r"全(县|乡|镇|市|区|州|省|国)")
#: a line that opens with the name of one place: 东关村建档立卡贫困户…, (二)城关镇…
_PLACE_START = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．]?)?\s*(?!全)[\u4e00-\u9fff]{1,5}?"
                          r"(?<![农乡城])(?:村|镇|乡|社区|街道)(?=\s*[:：]|\s*(?:共有|现有|有)?(?:建档立卡|贫困))")


def _in_place_list(doc: Doc, c) -> bool:
    """Is c's line one of a list of places: another line that opens with a place within four
    lines of it (the lines of a 其中 block may stand between)?"""
    lines = doc.memo.get("subset.lines")
    if lines is None:
        lines = doc.memo["subset.lines"] = doc.original.split("\n")
    i = c.line - 1
    return any(0 <= j < len(lines) and j != i and _PLACE_START.match(lines[j]) for j in range(i - 4, i + 5))


#: a line that opens with the name of one place and a colon: 东关村：, (二)城关镇：
_PLACE_LABEL = re.compile(r"\s*(?:[(]?[一二三四五六七八九十\d]{1,3}[).、]?)?\s*(?!全)[\u4e00-\u9fff]{1,8}?"
                          r"(?:村|镇|乡|社区|街道|组|县|区)\s*:")
_REGISTRATION = re.compile(r"识别|动态调整|纳入|建档立卡贫困(?:户|人口)(?:共|总数)")


def _other_place(doc: Doc, c, anchor) -> bool:
    """The figure's sentence speaks of another level of place than the anchor's (全市 / 全县)."""
    mine = set(_PLACE_WORD.findall(doc.sentence(c)))
    theirs = set(_PLACE_WORD.findall(doc.sentence(anchor)))
    if mine and theirs and not mine & theirs:
        return True
    # 甲县辖…132个行政村。乙乡辖11个行政村: two named places, neither the whole of the other's figures
    a, b = named_place(doc.sentence(c)), named_place(doc.sentence(anchor))
    if a is not None and b is not None:
        return a != b
    # 城关镇所辖20个行政村 / 全县有行政村90个: a town's figure and the county's, at different levels
    named, whole = (a, theirs) if a is not None else (b, mine)
    return named is not None and bool(whole) and not any(named.endswith(level) for level in whole)
_NOT_ANCHOR = re.compile(r"脱贫|减贫|剩余|尚未|新增|新识别|返贫|监测|边缘|带动|低保|搬迁|安置|[^其集]中|吸纳|就业|受益|惠及|培训|资助|参保|"
                         r"涉及|覆盖|结对|选聘|聘用|救助|奖补|签约|减少|计划|任务|目标|兜底|发展型|第[一二三四五]批|批次|申报")


#: the poor named only as members of a wider group counted by the figure
_WIDER_GROUP_BEFORE = re.compile(r"(?:包括|包含|含)[^,;。]*在内的?$|在内的?$")
_WIDER_GROUP_AFTER = re.compile(r"^(?:农民|农户|村民|居民|群众|社员|股民|职工|家庭)")
#: a kind of the poor (吸纳就业2380人，其中贫困劳动力1260人; 贫困学生, 贫困患者): not the register of
#: the place (其中 alone does not say so: 农业人口92408户，其中建档立卡贫困户27126户 is the register)
_PART_OF_GROUP = re.compile(r"劳动力|学生|患者")
_PART_CUE_OPEN = re.compile(r"其中[^,;。]*$")
_NOT_ANCHOR_AFTER = re.compile(r"^[^,;。]{0,2}?(?:未脱贫|尚未|已脱贫|已经脱贫|实现脱贫|脱贫|减贫|返贫|出列|未出列)")


#: a register of the poor beside the 建档立卡 one: a later count of 贫困人口 may be of both
_OTHER_REGISTER = re.compile(r"(?:县级|市级|省级|旗级|州级)(?:低收入|贫困)|低收入(?:人口|户|群体)")


def registered_anchor(doc: Doc, dim: str):
    """The registered poor of the report's place: 全县建档立卡贫困人口14109户40779人."""
    best = None
    for c in doc.claims:
        if c.dimension != dim or not countable(c) or c.table is not None or c.hedge in ("at_least", "at_most"):
            continue
        head = c
        if c.group is not None:
            head = doc.by_id.get(c.group, c)
        before = doc.before(head, 16)
        clause_before = doc.norm(c.sentence.start, head.start)
        if not _POOR.search(before) or _NOT_ANCHOR.search(before) or _PART_OF_GROUP.search(before):
            continue
        if not (_ANCHOR_SCOPE.search(clause_before) or "建档立卡" in before):
            continue
        if _WIDER_GROUP_BEFORE.search(before) or _WIDER_GROUP_AFTER.match(doc.after(c, 4)):
            continue  # 包括部分贫困户在内的48户农民: the figure counts a wider group that includes the poor
        if _NOT_ANCHOR_AFTER.match(doc.after(c, 8)):
            continue  # 贫困户目前只有5户未脱贫: the remaining (or lifted) poor, not the register
        if _OTHER_SCOPE.search(clause_before) or _PLACE_LABEL.match(clause_before) \
                or _PLACE_START.match(clause_before) and _in_place_list(doc, c):
            continue  # (东关村：建档立卡贫困户46户173人；/ 西关村…: one place's line of a list of places)
        if _ACTED_ON.search(before[:_POOR.search(before).start()]):
            continue  # 精准核实建档立卡贫困户8135户: those a task reached, not the register
        part_of = _PART_CUE_OPEN.search(clause_before)
        if part_of and _NOT_ANCHOR.search(clause_before[:part_of.start()]):
            continue  # 低保对象5862户，其中纳入建档立卡的2356户: the registered among another group
        if best is None:
            best = c
    return best


def heading_before(doc: Doc, c) -> str:
    """The short heading line just above a figure that opens its line: (三)深度贫困人口."""
    if doc.norm(c.sentence.start, c.start).strip() and doc.before(c, 12):
        return ""
    above = doc.norm(max(0, c.sentence.start - 60), c.sentence.start)
    lines = above.rstrip("\n").split("\n")
    if len(lines) < 2:
        return ""
    line = lines[-1].strip()
    if len(line) > 24 or re.search(r"\d{2,}", line) or "。" in line:
        return ""
    return line


def _poor_context(doc: Doc, c) -> bool:
    if _POOR.search(doc.before(c, 12)) or _POOR.search(heading_before(doc, c)):
        return True
    last = c
    for x in doc.claims[doc.index[c.id] + 1:doc.index[c.id] + 4]:
        if x.group is not None and x.group in (c.id, c.group):
            last = x
    return bool(_POOR.search(doc.after(last, 6)))


def _registered_bound(doc: Doc):
    out = []
    for dim in ("household", "person"):
        anchor = registered_anchor(doc, dim)
        if anchor is None:
            continue
        if any(c.dimension == dim and _OTHER_REGISTER.search(doc.before(c, 12)) for c in doc.claims):
            continue  # (建档立卡贫困人口700人，县级低收入人口900人。…全县1500名贫困人口: of both registers)
        scope = _OTHER_SCOPE
        for c in doc.claims:
            if c.id == anchor.id or c.dimension != dim or not countable(c) or c.table is not None:
                continue
            if is_visit(doc, c) or c.sentence == anchor.sentence:
                continue
            head = doc.lead(c)
            if not (_poor_context(doc, head) or _poor_context(doc, c)):
                continue
            if scope.search(doc.sentence(c)) or _other_place(doc, c, anchor):
                continue
            if _REGISTRATION.search(doc.before(head, 12)) or "动态调整" in doc.before(head, 20, clause=False):
                continue  # 共识别贫困户3620户: another registered total (another date), not a part
            out.append(_Rel(c, [anchor], False, "count of the poor within the registered total",
                            "linked to the registered total by its words only; the place or the "
                            "date may differ", gross=True))
    return out


#: a sample of a place's villages: those visited or inspected
_SAMPLED = re.compile(r"走访|调研|抽查|抽取|抽样|督查|检查|暗访|考察|深入")
_VILLAGE_TOTAL = re.compile(r"(?:全(?:县|乡|镇|市|区)(?:共有|共|有|辖)?|辖[^,;]{0,8}?|共有?)$")


def _village_noun(doc: Doc, c) -> Optional[str]:
    after = doc.after(c, 8)
    if re.match(r"(?:村民小组|村民组|组|自然村|自然屯|屯)", after):
        return None  # 共3个行政村11个村民小组: groups within the villages, no villages
    m = re.match(rf"^([\u4e00-\u9fff]{{0,8}}?)(行政村|村){NOT_VILLAGE_AFTER_CUN}", after)
    if m and "(" not in m.group(1):
        return m.group(1) + m.group(2)
    if re.search(r"(行政村|贫困村|村)$", c.subject or ""):
        return c.subject
    return None


#: villages counted by a value they reach (的村集体收入可达100万元以上), not said of all (全部, 均, 都)
_VILLAGE_CLASS = re.compile(r"^的(?:(?!全部|均|都)[^,;:。]){0,14}?(?:以上|以下|可达|超过|突破|不足|低于|之间|至\d)")
_VILLAGE_FLOW = re.compile(r"^[^,;:。]{0,4}?(?:出列|退出|脱贫|摘帽|销号|通|实现|完成|建成|覆盖|达到|开展|实施|新增|"
                           r"已|全部|均|被|获|纳入|列入|入选)")


#: the most totals of villages a count of villages is compared with (a report states its total
#: once or twice; a text joining many reports states one per report)
VILLAGE_WHOLES = 8


def _village_bound(doc: Doc):
    """Counts of villages within the place's total: 全县218个行政村 (or 全县156个贫困村 for
    counts of poor villages)."""
    out = []
    anchors: dict[str, list] = {"村": [], "贫困村": []}
    for c in doc.claims:
        if c.unit != "个" or c.table is not None or not countable(c):
            continue
        noun = _village_noun(doc, c)
        if noun is None or not _VILLAGE_TOTAL.search(doc.before(c, 10)) or _SAMPLED.search(doc.before(c, 16)):
            continue  # (调研组走访了所辖20个贫困村: the villages visited, not all of the place's)
        rest = doc.after(c, 14).split(noun, 1)[-1]
        if _VILLAGE_FLOW.match(rest):
            continue  # 全市34个贫困村出列: a flow of the year, not the place's stock
        if _VILLAGE_CLASS.match(rest):
            continue  # 全县40个村的村集体收入可达100万元以上: a class of villages by a value, not all of them
        if noun in ("行政村", "村"):
            anchors["村"].append(c)
        elif noun == "贫困村":
            anchors["贫困村"].append(c)
    if not anchors["村"] and not anchors["贫困村"]:
        return out
    ids = {a.id for v in anchors.values() for a in v}
    starts = {key: [a.start for a in v] for key, v in anchors.items()}
    for c in doc.claims:
        if c.id in ids or c.unit != "个" or c.table is not None or not countable(c):
            continue
        noun = _village_noun(doc, c)
        if not noun or re.search(r"自然村|村民|村组|村级|村庄|村屯|省级|市级|国家级", noun):
            continue
        if _OTHER_SCOPE.search(doc.sentence(c)):
            continue
        key = "贫困村" if noun.endswith("贫困村") and anchors["贫困村"] else "村"
        # the place's totals of this report: the nearest few, not every one of a text that joins reports
        wholes = nearest(anchors[key], starts[key], c.start, REPORT_REACH, VILLAGE_WHOLES)
        wholes = [w for w in wholes if not _other_place(doc, c, w)]
        if not wholes:
            continue
        out.append(_Rel(c, wholes, False, "villages within the place's villages",
                        "linked by the word 村 only; the figure may count villages elsewhere", gross=True))
    return out


_YEAR_LIFTED = re.compile(r"(?:实现|完成)?(?:减贫|脱贫)$")
_CUM_LIFTED = re.compile(r"(?:已|累计)(?:脱贫|减贫)")
_AMONG_LIFTED = re.compile(r"(?:已|累计)(?:脱贫|减贫)[\u4e00-\u9fff]{0,4}中")


def _year_within_cumulative(doc: Doc):
    """2019年全市实现减贫1676户 within 已脱贫10178户 stated elsewhere."""
    out = []
    for dim in ("household", "person"):
        cums = [c for c in doc.claims if c.dimension == dim and countable(c) and c.table is None
                and _CUM_LIFTED.search(doc.before(doc.lead(c), 10))
                and not _AMONG_LIFTED.search(doc.before(doc.lead(c), 10))  # (已脱贫人口中有近200万人…: some of them)
                and partition_of(doc, c) is None]  # (其中…，2016年已脱贫170户，…: a part of the register by year)
        if not cums:
            continue
        cum = cums[0]
        for c in doc.claims:
            if c.dimension != dim or c.id == cum.id or not countable(c) or c.table is not None:
                continue
            head = doc.lead(c)
            b = doc.before(head, 10)
            if not _YEAR_LIFTED.search(b) or _CUM_LIFTED.search(b) or not c.time:
                continue
            if c.sentence == cum.sentence:
                continue
            out.append(_Rel(c, [cum], False, "a year's lifted within the cumulative lifted",
                            "linked across sentences by 脱贫/减贫 only", gross=True))
    return out


# 9. a year's figure within the same figure summed over a multi-year period --------------------

_MULTI = re.compile(r"五年|5年|十[三四五]五|[两三四五]年来")
_SINGLE = re.compile(r"(?:19|20)\d{2}年(?!和|—|-|至|到)|过去一年|刚刚过去的")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
_REVIEW = re.compile(r"回顾|总结|成就|成绩")
_GENERIC_WORDS = {"新增", "累计", "完成", "实施", "建成", "新建", "投入", "超过", "达到", "全省", "全区", "全市",
                  "全县", "我省", "我区", "我市", "实现", "开展", "推进", "建设", "一批", "多个", "其中"}


_PERIOD_OPEN = re.compile(r"^(?:各位代表[!！]?)?(?:——)?(?:回望|回顾)?(?:(过去一年|一年来|刚刚过去的(?:19|20)\d{2}年|"
                          r"(?:19|20)\d{2}年(?!和|—|-|至|到))|(这五年|五年来|过去五年|“?十[三四五]五”?时期))")
_PLAN_HEADING = re.compile(r"十[四五六]五|主要目标|重点工作|预期目标|工作安排|总体要求|今年工作")


def _periods(doc: Doc) -> list[tuple[int, str]]:
    """Where each period begins: (offset, "multi" | "single" | ""), in order. A sentence that opens
    with 过去一年 / 这五年 / 五年来 / 2025年… begins "single" or "multi" (a review of the past year
    or of five years), kept until the next such sentence, even within a line (…五年累计投入民生
    领域资金3.65万亿元。…2025年，全省新增学位28.6万个: only the last sentence is of one year);
    a line after the review (plans) begins ""."""
    out: list[tuple[int, str]] = []
    in_review = True
    seen_review = False
    pos = 0
    for raw in doc.original.split("\n"):
        norm = raw.strip()
        if seen_review and len(norm) < 40 and (_TOP_HEADING.match(norm) and not _REVIEW.search(norm)
                                               or _PLAN_HEADING.search(norm) and not _REVIEW.search(norm)):
            in_review = False
        if not in_review:
            if not out or out[-1][1] != "":
                out.append((pos, ""))
        else:
            at = pos
            for sent in re.split(r"(?<=[。!！])", raw):
                m = _PERIOD_OPEN.match(sent.strip())
                if m:
                    out.append((at, "single" if m.group(1) else "multi"))
                    seen_review = True
                at += len(sent)
        pos += len(raw) + 1
    return out


def _period_at(periods: list[tuple[int, str]], pos: int) -> str:
    i = bisect.bisect_right(periods, pos, key=lambda p: p[0]) - 1
    return periods[i][1] if i >= 0 else ""


#: who a figure reaches (惠及贫困户, 带动建档立卡贫困人口): said of every programme, so two figures
#: sharing it are not named alike (小额信贷…惠及贫困户4650户, 光伏收益…惠及贫困户6500户)
_REACH_VERBS = ("惠及", "带动", "覆盖", "受益", "帮扶", "吸纳", "辐射", "涉及", "扶持", "资助")
_REACHES = re.compile("(?:" + "|".join(_REACH_VERBS) + ")(?:了)?(?:全[县市区乡镇])?(?:建档立卡)?"
                      "(?:贫困|脱贫|低收入)?(?:户|人口|群众|劳动力|对象|家庭|人员)?")
#: the same, as the words jieba cuts from a subject
_REACH_WORDS = set(_REACH_VERBS) | {"贫困户", "贫困人口", "建档立卡", "脱贫户", "群众", "劳动力", "贫困", "脱贫"}


def _context(doc: Doc, c) -> str:
    """The words around a figure that name what it counts, for linking figures by their names."""
    return _REACHES.sub("", doc.before(c, 16)) + "|" + _REACHES.sub("", doc.after(c, 12))


def _lcs_len(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            piece = a[i:j]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", piece) or piece not in b:
                break
            best = len(piece)
    return best


_HEAD = re.compile(r"(新增|新建|新改扩建|改扩建|建成|实施|完成|开工|引进|培育)([\u4e00-\u9fff]{0,4}?)"
                   r"([\u4e00-\u9fff]{2})(?:累计)?(?:达到|达|超过)?$")
_BROAD = ("", "各类", "教育", "各级", "全部", "各种")


def _same_head(doc: Doc, p, w) -> bool:
    """新增高中学位8700多个 within 新增教育学位16万多个: the same verb and counted noun, the whole's
    qualifier absent or broad (各类, 教育), so the whole holds whatever the part counts."""
    mp, mw = _HEAD.search(doc.before(p, 12)), _HEAD.search(doc.before(w, 12))
    if not mp or not mw:
        return False
    return mp.group(1) == mw.group(1) and mp.group(3) == mw.group(3) and mw.group(2) in _BROAD


#: a five-year review's figure that is a level reached, not a sum over the years: an annual
#: aggregate (地区生产总值达到5000亿元: the last year's GDP, of which this year's is no part), or
#: a figure the review says was reached (突破, 跨越, 增加到 …), unless the clause counts what the
#: years added (累计, 新增, 建成 …: 城镇新增就业累计超过41万人 sums five years of jobs)
_ANNUAL_AGGREGATE = re.compile(r"生产总值|GDP|增加值|总产值|预算收入|财政收入|税收收入|可支配收入|零售总额|进出口总额")
_LEVEL_VERB = re.compile(r"(?:达到|达|突破|跨越|迈上|站上|迈过|增加到|增长到|提高到|提升到|增至|升至|上升到|扩大到)了?"
                         r"(?:约|近|超过|逾)?$")
_SUMMED = re.compile(r"累计|合计|总计|共计|共(?!同|享|建)|先后|新增|新建|新开工|建成|完成|实施|培育|引进|"
                     r"改造|发放|落实|争取|减少|转移|搬迁|帮扶|吸纳|带动|创建")


def _level_reached(doc: Doc, c) -> bool:
    before = doc.before(c, 24)
    if _SUMMED.search(before):
        return False
    return bool(_ANNUAL_AGGREGATE.search(before) or _LEVEL_VERB.search(before))


def _year_within_period(doc: Doc):
    """实施“三化”改造项目304个 (2025) within 实施“三化”改造项目1424个 (the five years)."""
    out = []
    periods = _periods(doc)
    kinds = {k for _, k in periods}
    if "multi" not in kinds or "single" not in kinds:
        return out
    claims = [c for c in doc.claims if countable(c) and c.table is None and not is_visit(doc, c)
              and c.hedge not in ("at_most",)]
    per_year = re.compile(r"每年|年均|平均|每")
    wholes = [c for c in claims if _period_at(periods, c.start) == "multi"
              and not per_year.search(doc.norm(max(c.sentence.start, c.start - 30), c.start))
              and not _level_reached(doc, c)]
    for p in claims:
        if _period_at(periods, p.start) != "single" or per_year.search(doc.before(p, 12)):
            continue
        pctx = _context(doc, p)
        pkw = set(p.keywords) - _GENERIC_WORDS - _REACH_WORDS
        best, score = None, 0
        for w in wholes:
            if w.unit != p.unit or w.dimension != p.dimension:
                continue
            lcs = _lcs_len(pctx, _context(doc, w))
            wkw = set(w.keywords) - _GENERIC_WORDS - _REACH_WORDS
            sc = lcs if lcs >= 4 else (3 if len(pkw) >= 2 and pkw <= wkw else 0)
            if not sc and _same_head(doc, p, w):
                sc = 3
            if sc > score:
                best, score = w, sc
        if best is not None:
            out.append(_Rel(p, [best], False, "a year's figure within the multi-year figure",
                            "linked by shared words across sections; the two figures may count "
                            "different things", gross=True))
    return out
