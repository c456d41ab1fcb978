"""Figures the language puts in an order must be in that order.

What it checks
    1. Minimum ≤ mean ≤ maximum: figures cued 最低/最少, 平均, 最高/最多 in one sentence and one
       dimension (人均纯收入最高达30426元，最低为4014元，平均值7646.8元), in any order of mention.
    2. A rank within its group: 在22个县中名列第6 needs 6 ≤ 22; an enclosing group stated earlier
       in the sentence (全省46个…考核中) should hold the inner one (22 ≤ 46).
    3. A whole's growth between its parts' growth, when the parts are a known partition of the
       whole: 一产/二产/三产 of 地区生产总值, 城镇/农村 of 全体居民收入, 出口/进口 of 进出口.
       (全体居民人均可支配收入增长5.5%，其中城镇、农村居民收入分别增长4.8%、5.9%.) And a per-capita
       level of all residents between the urban and the rural level, which it is the weighted mean of
       (全体居民人均可支配收入24460元，其中城镇居民…33212元，农村居民…16884元), in one sentence or
       two running ones that name no two different years.
    4. Targets that follow a level: in a work report, the level reached (回顾 section) should not
       exceed this year's target (工作安排 section), nor this year's target the five-year one
       (十五五 section), for the same indicator stated with 达/提高到/突破 (城镇化率 57.7% → 59%左右
       → 63%左右). The indicator is matched by its name (城镇化率, 人均预期寿命 …).

Why it matters
    A minimum above the mean, a rank beyond its group, an overall growth outside the range of its
    components or a target below what is already reached: each means one of the figures is wrong.

Flagged
    农民人均纯收入最高达28600元，最低为3900元，平均值2950元。   (mean below the minimum)
    全县居民人均可支配收入增长6.2%，其中城镇、农村居民收入分别增长6.8%、7.5%。   (whole below both parts)

Passing
    农民人均纯收入最高达28600元，最低为3900元，平均值6950元。
    在18个县区中排名第4。

Tolerance
    Figures are intervals (±½ of the last digit, hedges widen them); a pair is out of order only
    when the intervals show it for certain. Declared targets (…左右 in a plan) are read as the
    number they declare. Growth of a per-capita whole (居民收入) can exceed both parts through the
    shift of people between them, so only a whole below both parts fails there; above both warns.
    A per-capita level cannot: outside both parts' levels it fails.
    Checks 2 (enclosing group) and 4 are inferred from the report's layout: they only warn, except
    that a target stated with an upward verb (人均预期寿命提高到78岁左右) below the level already
    reached fails, as the verb itself says the target lies above the current level, and a target
    more than 15% below the level reached (base.GROSS) fails: no floor or rounding explains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .base import YEAR, Doc, Iv, Rule, finding, fmt, gross_note, grossly_above, iv, comparable as _compatible

CODE = "C008"
NAME = "order-violated"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)


def check(doc: Doc):
    return (_min_mean_max(doc) + _rank_within_group(doc) + _whole_between_parts(doc) + _level_between_parts(doc)
            + _target_series(doc))


# ---------------------------------------------------------------- helpers

def _rounding(c) -> Iv:
    """The figure's own rounding (±½ of its last digit), without what its hedge adds."""
    digits = re.sub(r"[^\d.]", "", c.number or "")
    if not digits or digits.count(".") > 1:
        return Iv.point(c.value)
    places = len(digits.split(".")[1]) if "." in digits else 0
    factor = c.value / Decimal(digits) if Decimal(digits) else Decimal(1)
    half = Decimal(5).scaleb(-places - 1) * factor
    return Iv(c.value - half, c.value + half)




def _negative(doc: Doc, c) -> bool:
    """A sign the parser does not carry into the value (-3.2%, 负增长)."""
    start = c.number_span.start
    return bool(_SIGN_BEFORE.search(doc.norm(max(0, start - 2), start)))


#: a minus or 负 right before the digits
_SIGN_BEFORE = re.compile(r"[-−﹣－–负]$")


#: how far back a piece is looked for: longer than any clause or ;-statement of a report, and it
#: keeps a sentence of thousands of figures with no mark to cut at linear
PIECE_REACH = 600


def _piece(doc: Doc, c, cut=r"[，,；;：:。!?！？]") -> str:
    """Normalised sentence text before the figure, back to the last comma/semicolon/colon (at
    most PIECE_REACH characters)."""
    text = doc.norm(max(c.sentence.start, c.start - PIECE_REACH), c.start)
    parts = re.split(cut, text)
    return parts[-1] if parts else text


# ---------------------------------------------------------------- 1. min ≤ mean ≤ max

_STAT = re.compile(r"(?P<stat>最高|最多|最大|最低|最少|最小|平均)(?:值|数|水平)?的?(?:为|是|达到|达|可达|仅为|仅|约为|约|有)?$")
_ROLE = {"最高": "max", "最多": "max", "最大": "max", "最低": "min", "最少": "min", "最小": "min", "平均": "mean"}
_ROLE_ORDER = ("min", "mean", "max")
_ROLE_ZH = {"min": "最低", "mean": "平均", "max": "最高"}


def _min_mean_max(doc: Doc):
    out = []
    by_sentence: dict[int, list] = {}
    for c in doc.claims:
        if c.table or c.kind in ("rank", "percentage_point") or _negative(doc, c):
            continue
        m = _STAT.search(doc.before(c, 8))
        if m:
            by_sentence.setdefault(c.sentence.start, []).append((_ROLE[m.group("stat")], c))
    for items in by_sentence.values():
        groups: list[dict] = []
        for role, c in items:
            g = next((g for g in groups if role not in g and all(_compatible(c, o) for o in g.values())), None)
            if g is None:
                groups.append({role: c})
            else:
                g[role] = c
        for g in groups:
            if len(g) >= 2:
                out.append(_judge_stats(g))
    return out


def _judge_stats(g: dict):
    roles = [r for r in _ROLE_ORDER if r in g]
    claims = [g[r] for r in roles]
    bad = []
    for i, lo in enumerate(roles):
        for hi in roles[i + 1:]:
            if iv(g[lo]).above(iv(g[hi])):
                bad.append((lo, hi))
    chain = " ≤ ".join(f"{_ROLE_ZH[r]} {g[r].text}" for r in roles)
    comp = chain + (" ✗" if bad else " ✓")
    if bad:
        lo, hi = bad[0]
        msg = (f"the {lo} {g[lo].text} is above the {hi} {g[hi].text}")
        why = f"{_ROLE_ZH[lo]} {iv(g[lo])} lies wholly above {_ROLE_ZH[hi]} {iv(g[hi])}"
        return finding(RULE, "fail", claims, msg, comp, iv(g[lo]), iv(g[hi]), why, confidence=0.95)
    msg = "minimum ≤ mean ≤ maximum holds" if len(roles) == 3 else f"{roles[0]} ≤ {roles[1]} holds"
    why = "; ".join(f"{_ROLE_ZH[r]} {iv(g[r])}" for r in roles) + ": intervals in order"
    return finding(RULE, "pass", claims, msg, comp, why=why, confidence=0.95)


# ---------------------------------------------------------------- 2. rank within its group

# between the group size and the rank: 在22个省级重点帮扶县中名列第6
_GROUP_TO_RANK = re.compile(r"^[^，。；、,;:：\d%]{0,24}中[，,]?[^，。；、,;:：\d%]{0,8}第$")
_BRACKETED = re.compile(r"[（(][^（）()]{0,12}[）)]")
_ENCLOSING = re.compile(r"^[^，。；、,;:：\d%]{0,30}中")


def _rank_within_group(doc: Doc):
    out = []
    for r in doc.claims:
        if r.kind != "rank" or r.table:
            continue
        before = [c for c in doc.preceding_in_sentence(r) if c.kind == "amount"]
        if not before:
            continue
        group = before[0]
        if not group.dimension or group.dimension in ("percent", "money", "rank") \
                or not _GROUP_TO_RANK.match(_BRACKETED.sub("", doc.between(group, r))):
            continue
        outer = None
        for o in before[1:]:
            if o.unit == group.unit and re.search(r"在|全", doc.before(o, 10, clause=False)) \
                    and _ENCLOSING.match(_BRACKETED.sub("", doc.norm(o.end, o.sentence.end))):
                outer = o
                break
        out.append(_judge_rank(r, group, outer))
    return out


def _judge_rank(r, group, outer):
    ir, ig = iv(r), iv(group)
    claims = [r, group] + ([outer] if outer else [])
    if ir.above(ig):
        comp = f"第{fmt(r.value)} ≤ {group.text} ✗"
        return finding(RULE, "fail", claims, f"rank {fmt(r.value)} is beyond the group of {group.text}",
                       comp, ir, Iv(None, ig.high), f"a rank in a group of {ig} cannot be {ir}", confidence=0.95)
    comp = f"第{fmt(r.value)} ≤ {group.text}"
    if outer is not None:
        io = iv(outer)
        if ig.above(io):
            comp += f" ≤ {outer.text} ✗"
            return finding(RULE, "warn", claims,
                           f"the group of {group.text} is larger than the enclosing group of {outer.text}",
                           comp, ig, Iv(None, io.high),
                           f"{ig} lies above {io}; the groups are read as nested from the sentence, which is "
                           "an inference, so this only warns", confidence=0.6)
        comp += f" ≤ {outer.text}"
    comp += " ✓"
    return finding(RULE, "pass", claims, f"rank {fmt(r.value)} lies within its group", comp,
                   why=f"rank {ir} ≤ group {ig}" + (f" ≤ enclosing group {iv(outer)}" if outer else ""),
                   confidence=0.9)


# ---------------------------------------------------------------- 3. a whole between its parts

@dataclass(frozen=True)
class _Partition:
    name: str
    whole: re.Pattern       # names the whole in the text before its growth figure
    parts: tuple            # one pattern per part, in the order they are listed
    joint: re.Pattern       # the parts named at once (一二三产, 城乡)
    metric: re.Pattern      # what the parts' text must be about
    per_capita: bool        # a per-capita whole can leave the parts' range by composition


_PARTITIONS = (
    _Partition("the three industries of GDP",
               re.compile(r"地区生产总值|生产总值|GDP"),
               (re.compile(r"一产|第一产业"), re.compile(r"二产|第二产业"), re.compile(r"三产|第三产业")),
               re.compile(r"一二三产|一、二、三产|三次产业"),
               re.compile(r"增加值"), False),
    _Partition("urban and rural residents",
               re.compile(r"(?:全体|全省|全区|全市|全县|全州|全国|全盟)(?:常住)?居民[^，,；;]{0,12}(?:收入|消费支出)"),
               (re.compile(r"城镇|城市"), re.compile(r"农村|乡村")),
               re.compile(r"城乡"),
               re.compile(r"收入|消费支出"), True),
    _Partition("exports and imports",
               re.compile(r"进出口|外贸"),
               (re.compile(r"出口"), re.compile(r"进口")),
               re.compile(r"(?!)"),
               re.compile(r""), False),
)
_GROWTH_END = re.compile(r"(?:同比|比上年|年均|实际)?(?:分别)?(?:增长|增速为|增速达|增速)(?:了)?$")
_LIST_SEP = re.compile(r"^(?:、|和|与|及|,|，)$")


def _whole_between_parts(doc: Doc):
    out = []
    claims = [c for c in doc.claims if not c.table]
    used = set()
    for i, c in enumerate(claims):
        if c.kind != "percent" or c.id in used or _negative(doc, c):
            continue
        found = _parts_from(doc, claims, i)
        if not found:
            continue
        part, parts = found
        used.update(p.id for p in parts)
        whole = _whole_for(doc, claims, i, part, parts)
        if whole is None or any(_negative(doc, c) for c in [whole] + list(parts)):
            continue
        out.append(_judge_whole(doc, part, whole, parts))
    return out


def _parts_from(doc: Doc, claims, i):
    """Parts starting at claims[i]: a 分别 list naming a partition, or one clause per part."""
    first = claims[i]
    piece = _piece(doc, first)
    if re.search(r"分别(?:增长|增速)", piece) and _GROWTH_END.search(piece):
        seg = _piece(doc, first, cut=r"[；;：:。!?！？]|其中")
        for p, names in [(p, names) for names in (piece, seg) for p in _PARTITIONS]:
            if names is seg and re.search(r"\d+(?:\.\d+)?%", seg):
                continue
            k = len(p.parts)
            if not (p.joint.search(names) or all(q.search(names) for q in p.parts)) or p.whole.search(names) \
                    or not p.metric.search(names):
                continue
            seq = [first]
            j = i + 1
            while len(seq) < k and j < len(claims) and claims[j].sentence == first.sentence \
                    and claims[j].kind == "percent" and _LIST_SEP.match(doc.between(seq[-1], claims[j])):
                seq.append(claims[j])
                j += 1
            nxt = claims[j] if j < len(claims) else None
            if len(seq) == k and not (nxt and nxt.sentence == first.sentence and nxt.kind == "percent"
                                      and _LIST_SEP.match(doc.between(seq[-1], nxt))):
                return p, seq
        return None
    # one clause per part: 一产增加值增长6%左右，二产增加值增长6%左右，三产增加值增长5.5%左右
    # or one statement per part: 第一产业增加值125.3亿元，增长4.5%；第二产业增加值…，增长6.1%；…
    for p in _PARTITIONS:
        if not _names_part(doc, first, p, 0):
            continue
        seq = [first]
        j = i + 1
        while len(seq) < len(p.parts) and j < len(claims) and claims[j].sentence == first.sentence:
            c = claims[j]
            j += 1
            if c.kind != "percent":
                continue
            if not _names_part(doc, c, p, len(seq)):
                break
            seq.append(c)
        if len(seq) == len(p.parts):
            return p, seq
    return None


_LEAD_IN = re.compile(r"^[，,\s]*(?:(?:其中|同时|分产业看|分城乡看|全年实现|全年)[，,]?\s*)?")


def _names_part(doc: Doc, c, p: _Partition, k: int) -> bool:
    """Is c the growth of part k, named at the head of its clause or of its ;-statement?"""
    for seg in (_piece(doc, c), _piece(doc, c, cut=r"[；;：:。!?！？]|其中")):
        seg = _LEAD_IN.sub("", seg)
        if p.parts[k].match(seg) and p.metric.search(seg) and _GROWTH_END.search(_piece(doc, c)) \
                and not re.search(r"\d+(?:\.\d+)?%", seg) and not p.whole.search(seg):
            return True
    return False


def _whole_for(doc: Doc, claims, i, part: _Partition, parts):
    """The whole's growth: the nearest earlier % in the same paragraph after the whole's name."""
    first = parts[0]
    annual = "年均" in _piece(doc, first)
    for j in range(i - 1, max(-1, i - 30), -1):
        w = claims[j]
        if w.line != first.line:
            break
        if w.kind != "percent":
            continue
        text = doc.norm(w.sentence.start, w.start)
        m = None
        for m in part.whole.finditer(text):
            pass
        if m is None:
            continue
        tail = text[m.start():]
        # nothing between the whole's name and its figure that names a part or another growth
        if any(p.search(tail[len(m.group(0)):]) for p in part.parts) or re.search(r"\d+(?:\.\d+)?%", tail):
            continue
        if not _GROWTH_END.search(_piece(doc, w)) and not _GROWTH_END.search(tail):
            continue
        if ("年均" in tail) != annual:
            continue
        # the whole and the parts measure the same thing (收入 with 收入, 消费支出 with 消费支出)
        parts_text = _piece(doc, first, cut=r"[；;：:。!?！？]|其中")
        if any((k in m.group(0)) != (k in parts_text) for k in ("收入", "支出")):
            continue
        return w
    return None


_TARGET_WORDS = re.compile(r"预期目标|主要目标|目标是|目标任务")


def _declared(c, plan: bool) -> Iv:
    """A target declares a number: 6%左右 in a plan is 6, 5%以上 is [5, ∞)."""
    if plan:
        if c.hedge in (None, "approx"):
            return Iv.point(c.value)
        if c.hedge == "at_least":
            return Iv(c.value, None)
        if c.hedge in ("at_most", "at_most_soft"):
            return Iv(None, c.value)
    return iv(c)


def _judge_whole(doc: Doc, part: _Partition, whole, parts):
    everything = [whole] + list(parts)
    plan = all(_in_plan(doc, c) for c in everything)
    iw = _declared(whole, plan)
    ips = [_declared(p, plan) for p in parts]
    below = all(ip.above(iw) for ip in ips)
    above = all(iw.above(ip) for ip in ips)
    lo = min(p.value for p in parts)
    hi = max(p.value for p in parts)
    comp = f"{fmt(lo)}% ≤ {whole.text} ≤ {fmt(hi)}% (" + "、".join(p.text for p in parts) + ")"
    span = Iv(min(i.low for i in ips if i.low is not None) if all(i.low is not None for i in ips) else None,
              max(i.high for i in ips if i.high is not None) if all(i.high is not None for i in ips) else None)
    read = "declared targets read as points" if plan else "stated figures read as intervals"
    if below or above:
        side = "below" if below else "above"
        status = "fail"
        why = f"the whole {iw} lies wholly {side} every part ({', '.join(str(i) for i in ips)}); {read}"
        if above and part.per_capita:
            status = "warn"
            why += ("; a per-capita whole can grow faster than both parts when people move to the "
                    "richer part, so this only warns")
        msg = f"the growth of the whole ({whole.text}) is {side} the growth of all its parts ({part.name})"
        return finding(RULE, status, [parts[0], whole] + list(parts[1:]), msg, comp + " ✗", iw, span, why,
                       confidence=0.85)
    msg = f"the growth of the whole lies between the growth of its parts ({part.name})"
    return finding(RULE, "pass", [parts[0], whole] + list(parts[1:]), msg, comp + " ✓", iw, span,
                   f"{iw} meets the range of the parts {span}; {read}", confidence=0.85)


# ---------------------------------------------------------------- 3b. a per-capita level between its parts' levels

#: what a per-capita level of residents measures; a whole and its parts must measure the same
_METRIC = r"(?P<metric>可支配收入|纯收入|生活消费支出|消费支出)"
_LEVEL_VERB_END = r"(?:达到|达|为|是|实现|突破|增至|增加到|提高到|提高至|提升到|提升至)?了?$"
#: words that may open the text before a level: 其中, a year, the place
_LEVEL_LEAD = re.compile(r"^(?:(?:其中|同时|全年|年末|预计|(?:19|20)\d{2}年度?|全[省区市县州盟镇乡]|我[省区市县州])[的，,]?\s*)*")
_LEVEL_WHOLE = re.compile(r"^(?:全体)?(?:常住)?居民的?人均" + _METRIC + _LEVEL_VERB_END)
_LEVEL_PART = re.compile(r"^(?P<part>城镇|城市|农村|乡村)(?:常住)?居民的?人均" + _METRIC + _LEVEL_VERB_END
                         + r"|^(?P<farmer>农民)的?人均" + _METRIC.replace("metric", "metric2") + _LEVEL_VERB_END)
#: both parts at once: 城镇、农村居民人均可支配收入分别为…、…; 城乡居民人均…分别达到…、…
_LEVEL_BOTH = re.compile(r"^(?:(?P<first>城镇|城市|农村|乡村)(?:居民)?(?:、|和|与|及)(?:城镇|城市|农村|乡村)|城乡)"
                         r"(?:常住)?居民的?人均" + _METRIC + r"分别" + _LEVEL_VERB_END)
_URBAN = ("城镇", "城市")
# (a year named in a figure's time: base.YEAR; a comparison's 上年 or 全年 names no other time)


def _level_role(doc: Doc, c):
    """(role, metric) of a money figure that states a per-capita level of residents: the whole
    (全体居民人均可支配收入), the urban or the rural part, or the first of both parts given at once."""
    if c.table or c.dimension != "money" or c.kind not in ("per_unit", "amount"):
        return None
    piece = _LEVEL_LEAD.sub("", _piece(doc, c).strip())
    m = _LEVEL_WHOLE.match(piece)
    if m:
        return "whole", m.group("metric")
    m = _LEVEL_PART.match(piece)
    if m:
        if m.group("farmer"):
            return "rural", m.group("metric2")
        return ("urban" if m.group("part") in _URBAN else "rural"), m.group("metric")
    m = _LEVEL_BOTH.match(piece)
    if m:
        return ("both_rural" if m.group("first") and m.group("first") not in _URBAN else "both_urban"), \
            m.group("metric")
    return None


def _level_between_parts(doc: Doc):
    """A per-capita level of all residents lies between the urban and the rural level: it is
    their mean, weighted by the people in each (全体居民人均可支配收入24460元，其中城镇居民…33212元，
    农村居民…16884元). The three must stand in one sentence or two running ones of a paragraph,
    measure the same thing and name no two different years."""
    if "居民" not in doc.n.text and "农民" not in doc.n.text:
        return []
    claims = [c for c in doc.claims if not c.table]
    tagged = []   # (position in claims, role, metric, claim)
    for i, c in enumerate(claims):
        found = _level_role(doc, c)
        if found is None or _negative(doc, c):
            continue
        role, metric = found
        if role.startswith("both_"):
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            if nxt is None or nxt.sentence != c.sentence or not _LIST_SEP.match(doc.between(c, nxt)) \
                    or not _compatible(c, nxt) or _negative(doc, nxt):
                continue
            first, second = ("urban", "rural") if role == "both_urban" else ("rural", "urban")
            tagged += [(i, first, metric, c), (i + 1, second, metric, nxt)]
        else:
            tagged.append((i, role, metric, c))
    order = {s: k for k, s in enumerate(sorted({c.sentence.start for c in claims}))}
    out = []
    for k, (i, role, metric, whole) in enumerate(tagged):
        if role != "whole":
            continue
        # the parts after the whole, or both before it (城镇…，农村…，全体居民…)
        parts = _nearest_parts(tagged, range(k + 1, len(tagged)), metric)
        if len(parts) < 2:
            parts = _nearest_parts(tagged, range(k - 1, -1, -1), metric)
        if len(parts) < 2:
            continue
        three = [whole, parts["urban"], parts["rural"]]
        sentences = [order[c.sentence.start] for c in three]
        if max(sentences) - min(sentences) > 1 or len({c.line for c in three}) > 1 \
                or len({m.group(0) for c in three for m in YEAR.finditer(c.time)}) > 1 \
                or not all(_compatible(whole, c) for c in three[1:]):
            continue
        out.append(_judge_level(whole, parts["urban"], parts["rural"]))
    return out


def _nearest_parts(tagged, positions, metric: str) -> dict:
    """{role: claim} for the first urban and rural level of ``metric`` met at ``positions`` of
    ``tagged``, up to the next whole of that metric."""
    parts = {}
    for j in positions:
        _, role, mt, c = tagged[j]
        if mt != metric:
            continue
        if role == "whole":
            break
        parts.setdefault(role, c)
    return parts


def _judge_level(whole, urban, rural):
    iw, iu, ir = iv(whole), iv(urban), iv(rural)
    lo, hi = (urban, rural) if rural.value >= urban.value else (rural, urban)
    comp = f"{lo.text} ≤ {whole.text} ≤ {hi.text}"
    span = Iv(min(iu.low, ir.low) if iu.low is not None and ir.low is not None else None,
              max(iu.high, ir.high) if iu.high is not None and ir.high is not None else None)
    claims = [whole, urban, rural]
    below, above = iu.above(iw) and ir.above(iw), iw.above(iu) and iw.above(ir)
    if below or above:
        side = "below" if below else "above"
        return finding(RULE, "fail", claims,
                       f"the per-capita level of all residents ({whole.text}) is {side} both the urban "
                       f"({urban.text}) and the rural ({rural.text}) level",
                       comp + " ✗", iw, span,
                       f"the level of all residents is the mean of the urban and the rural level, weighted by "
                       f"the people in each, so it lies between them; {iw} lies wholly {side} both "
                       f"(urban {iu}, rural {ir})", confidence=0.9)
    return finding(RULE, "pass", claims,
                   "the per-capita level of all residents lies between the urban and the rural level",
                   comp + " ✓", iw, span, f"{iw} meets the range of the parts {span}", confidence=0.9)


# ---------------------------------------------------------------- 4. level → this year's target → five-year target

_HEADING_ACTUAL = re.compile(r"回顾|总结|成就|成绩")
_HEADING_PLAN5 = re.compile(r"十[一二三四五六七八九]五.{0,8}(?:目标|任务)|今后五年|未来五年")
_HEADING_PLAN1 = re.compile(r"(?:20\d\d年|今年|明年).{0,6}(?:工作|安排|任务)")
_LEVEL_VERB = re.compile(
    r"(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|增加至|突破|超过|上升到|上升至|跃升至|升至)了?"
    r"(?:(?:19|20)\d{2}年(?:底|末)?的)?$")
_NOT_LEVEL = re.compile(r"增长|下降|降低|减少|新增|累计|年均|比上年|同比|较|比重?提高\d|翻")
_LEAD = re.compile(r"^(?:全省|全区|全市|全县|全州|全国|我省|我区|我市|常住人口|确保|力争|推动|推进|实现|使|促进|"
                   r"预计|年末|年底|到20\d\d年|到“?十[一二三四五六七八九]五”?末|“[^”]{1,12}”|[“”\"'《》（）()\s])")
_SERIES_ROLE = {"actual": "reached", "plan1": "this year's target", "plan5": "five-year target"}


def _sections(doc: Doc):
    """(start, kind) of the report's top-level sections, from short heading lines."""
    text = doc.original
    out = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s or len(s) > 40 or "。" in s:
            continue
        norm = doc.norm(start, start + len(line))
        kind = None
        if _HEADING_ACTUAL.search(norm):
            kind = "actual"
        elif _HEADING_PLAN5.search(norm):
            kind = "plan5"
        elif _HEADING_PLAN1.search(norm):
            kind = "plan1"
        if kind:
            out.append((start, kind))
    return out


def _section_of(sections, pos: int):
    kind = None
    for start, k in sections:
        if start <= pos:
            kind = k
        else:
            break
    return kind


def _in_plan(doc: Doc, c) -> bool:
    secs = getattr(doc, "_order_sections", None)
    if secs is None:
        secs = _sections(doc)
        doc._order_sections = secs
    kind = _section_of(secs, c.start)
    if kind is not None:
        return kind != "actual"
    return bool(_TARGET_WORDS.search(doc.sentence(c)))


_UP_TO = re.compile(r"(?:提高|提升|增加|上升|跃升|升|增)(?:到|至)了?(?:(?:19|20)\d{2}年(?:底|末)?的)?$")


def _metric(doc: Doc, c) -> tuple[str, bool]:
    """The indicator a level figure measures (常住人口城镇化率达63%左右 → 城镇化率), and whether
    it is stated with an upward verb (提高到 / 提升至)."""
    piece = _piece(doc, c, cut=r"[，,；;：:。!?！？、]")
    if not _LEVEL_VERB.search(piece) or _NOT_LEVEL.search(piece):
        return "", False
    up = bool(_UP_TO.search(piece))
    cut = re.search(r"(?:从|由)", piece)
    name = piece[:cut.start()] if cut else _LEVEL_VERB.sub("", piece)
    if re.search(r"\d", name):
        return "", False
    for _ in range(6):
        new = _LEAD.sub("", name)
        if new == name:
            break
        name = new
    name = name.strip()
    return (name, up) if len(name) >= 4 else ("", False)


def _target_series(doc: Doc):
    secs = _sections(doc)
    doc._order_sections = secs
    kinds = {k for _, k in secs}
    if "actual" not in kinds or not ({"plan1", "plan5"} & kinds):
        return []
    series: dict[str, dict] = {}
    for c in doc.claims:
        if c.table or c.kind not in ("amount", "percent", "per_unit") or c.dimension is None:
            continue
        kind = _section_of(secs, c.start)
        if kind is None:
            continue
        name, up = _metric(doc, c)
        if not name:
            continue
        slot = series.setdefault(name, {})
        if kind == "actual":
            slot["actual"] = c            # the last level reached is the current one
        elif kind not in slot:
            slot[kind] = c                # the first statement of a target
            slot[kind + "_up"] = up
    out = []
    for name, slot in series.items():
        items = [(k, slot[k]) for k in ("actual", "plan1", "plan5") if k in slot]
        if len(items) < 2:
            continue
        if not all(_compatible(items[0][1], c) for _, c in items[1:]):
            continue
        raised = {k for k in ("plan1", "plan5") if slot.get(k + "_up")}
        out.append(_judge_series(name, items, raised))
    return out


def _judge_series(name: str, items, raised=frozenset()):
    def value_iv(kind, c):
        return iv(c) if kind == "actual" else _declared(c, True)

    bad = None
    for i, (k1, c1) in enumerate(items):
        for k2, c2 in items[i + 1:]:
            lo = value_iv(k1, c1)
            hi = value_iv(k2, c2)
            # a target declared as "以上" is a floor; compare its declared number
            if k2 != "actual" and hi.high is None:
                hi = Iv.point(c2.value)
            if lo.low is not None and hi.high is not None and lo.low > hi.high:
                bad = (k1, c1, lo, k2, c2, hi)
                break
        if bad:
            break
    claims = [c for _, c in items]
    chain = " ≤ ".join(f"{_SERIES_ROLE[k]} {c.text}" for k, c in items)
    if bad:
        k1, c1, lo, k2, c2, hi = bad
        msg = f"{name}: the {_SERIES_ROLE[k2]} {c2.text} is below the {_SERIES_ROLE[k1]} {c1.text}"
        if k1 == "actual" and k2 in raised:
            hi = _rounding(c2)
            if lo.above(hi):
                why = (f"the target is stated with an upward verb (提高到/提升至) but {hi} lies below the "
                       f"level already reached {lo}")
                return finding(RULE, "fail", claims, msg, chain + " ✗", lo, hi, why, confidence=0.75)
        if grossly_above(lo, hi):
            why = (f"{lo} lies above {hi}; the order of level and targets is inferred from the report's "
                   "sections (回顾 / 工作安排 / 十五五), but " + gross_note(lo, hi).replace("the link is inferred, but ", ""))
            return finding(RULE, "fail", claims, msg, chain + " ✗", lo, hi, why, confidence=0.7)
        why = (f"{lo} lies above {hi}; the order of level and targets is inferred from the report's "
               "sections (回顾 / 工作安排 / 十五五), so this only warns")
        return finding(RULE, "warn", claims, msg, chain + " ✗", lo, hi, why, confidence=0.6)
    msg = f"{name}: the level reached and the targets do not decrease"
    return finding(RULE, "pass", claims, msg, chain + " ✓",
                   why="level and targets in non-decreasing order (matched by indicator name and section)",
                   confidence=0.6)
