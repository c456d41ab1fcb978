"""Figures that cannot be true on their own: fewer persons than households, a share above 100%,
a part above its total in a table.

What it checks
    1. A compound household-person figure (贫困户253户905人): every household has at least one
       person, so the persons cannot be fewer than the households; more than 8 persons per
       household on average is very unusual for rural households and is reported as a warning.
    2. A share or rate (发生率, 覆盖率, 占比, 比例, 比重, 参保率 …) above 100%. Growth rates (增长,
       提高 …), completion rates (完成…%, 占预算的…, 占计划的…), gross ratios (毛入学率), ratios to
       another period's figure (占去年外出务工人数比例102.7%), contribution rates (贡献率134.4%: the
       other parts fell) and changes in points are not shares and are skipped.
    3. In a table, a 小计 row above the 合计 / 总计 row of the same column, any other row above the
       total row of an additive column, and, in one row, a part column above the column it is
       part of (贫困人口 above 总人口数).
    4. The structure of the three sectors (三次产业结构 12.9:41.8:45.3, or 一、二、三产业增加值占
       地区生产总值的比重分别为17.1%、41.5%、41.4%; 三次产业增加值结构为…, 三次产业比例为11:65:24): shares of
       one economy, they add up to 100.
    5. The three sectors' contributions to growth (一、二、三产业对经济增长的贡献率分别为9.5%、34.9%和
       55.6%) add up to 100, and the points they pull growth by (分别拉动GDP增长0.63个、2.34个、3.73个
       百分点) add up to the growth of the economy stated before them in their paragraph (地区生产总值
       比上年增长6.7%), at most one sentence back.

Why it matters
    These figures are impossible whatever the rest of the report says: a digit was dropped or
    doubled, or two columns were swapped.

Flagged
    全乡建档立卡贫困户905户253人。        (253 persons cannot make 905 households)

Passing
    全乡建档立卡贫困户253户905人，贫困发生率由2016年的6.8%降至零。

Tolerance
    Figures are intervals (±½ of the last digit, scaled by 万/亿; whole-number counts are
    exact): persons fail only when their interval lies entirely below the households'; a share
    fails only when its interval lies entirely above 100; a part fails only when it lies
    entirely above its total; the three sectors' shares fail only when the sum of their
    intervals cannot meet 100 (shares in % may be truncated as well as rounded), and so do
    contributions, or points pulled against the growth's interval. Persons per household are compared as a ratio of intervals and
    only warn outside 1–8.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import BUDGET, Doc, Iv, Rule, finding, fmt, iv, like_their_total, rate_iv, sentence_or_next
from .subset import countable, exact_iv, is_visit

CODE = "C013"
NAME = "implausible-figure"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

_MAX_PER_HOUSEHOLD = Decimal(8)
_HUNDRED = Decimal(100)


def check(doc: Doc):
    return _household_size(doc) + _shares(doc) + _tables(doc) + _sector_structure(doc) + _sector_contributions(doc)


# 4. the structure of the three sectors --------------------------------------------------------

_SECTORS = re.compile(r"(?:三次产业|一二三产业?|三产)(?:增加值|产值)?(?:结构|比例|比重|之比|比)[^,;。]{0,24}$")
#: the three sectors' shares stated as percentages, in order
_SECTOR_SHARES = re.compile(r"(?:三次产业|第?一、第?二、第?三产业|一二三产业?)[^,;。]{0,20}?(?:比重|比例|占比|结构)"
                            r"分别(?:为|是|达到?)?$")
_JOIN = re.compile(r"\s*(?:、|和|及|,)\s*")


#: between a structure and the one it became: ，进一步优化为 / 调整为
_BECAME = re.compile(r"[^。;:\d]{0,12}?(?:调整|优化|变化|转变|变)?(?:为|到|至)\s*")


def sector_structures(doc: Doc) -> list[tuple]:
    """The three sectors' shares stated in order (三次产业结构调整为12.9:41.8:45.3; 一、二、三产业
    增加值占地区生产总值的比重分别为17.1%、41.5%、41.4%), as triples of claims (C006 reads them too)."""
    memo = doc.memo.get("plausibility.sector_structures")
    if memo is not None:
        return memo
    out = doc.memo["plausibility.sector_structures"] = []
    for i, a in enumerate(doc.claims[:-2]):
        b, c = doc.claims[i + 1], doc.claims[i + 2]
        if any(x.table is not None for x in (a, b, c)):
            continue
        if all(not x.unit and x.kind == "amount" for x in (a, b, c)):
            if not _SECTORS.search(doc.before(a, 30, clause=False)) and not (
                    out and doc.same_sentence(out[-1][2], a) and _BECAME.fullmatch(doc.between(out[-1][2], a))):
                continue  # (由…的5.7:49.3:45.0，进一步优化为6.6:45.8:47.6: the structure it became, too)
            if doc.between(a, b).strip() != ":" or doc.between(b, c).strip() != ":":
                continue
            if re.match(r"^\s*:", doc.after(c, 2)):
                continue  # a fourth term: not the three sectors
        elif all(x.kind == "percent" and not x.hedge for x in (a, b, c)):
            # 一、二、三产业增加值占地区生产总值的比重分别为17.1%、41.5%、41.4%
            if not _SECTOR_SHARES.search(doc.before(a, 40, clause=False)):
                continue
            if not all(_JOIN.fullmatch(doc.between(x, y)) for x, y in ((a, b), (b, c))):
                continue
            if re.match(r"^\s*(?:、|和|及)", doc.after(c, 2)):
                continue  # a fourth term: not the three sectors
        else:
            continue
        out.append((a, b, c))
    return out


def _sector_structure(doc: Doc):
    """三次产业结构调整为12.9:41.8:45.3: the shares of the three sectors in the economy add up
    to 100 (rounding aside). A ratio stated with another base (…:1) is not checked."""
    out = []
    for a, b, c in sector_structures(doc):
        if a.kind == "percent":  # a share may be truncated as well as rounded (29.84% written 29.8%)
            total = rate_iv(a).scale(_HUNDRED) + rate_iv(b).scale(_HUNDRED) + rate_iv(c).scale(_HUNDRED)
        else:
            total = iv(a) + iv(b) + iv(c)
        ok = total.meets(Iv.point(_HUNDRED))
        comp = f"{fmt(a.value)} + {fmt(b.value)} + {fmt(c.value)} = {total}, should be 100 " + ("✓" if ok else "✗")
        msg = ("the shares of the three sectors add up to 100" if ok else
               f"the shares of the three sectors add up to {total}, not 100")
        out.append(finding(RULE, "pass" if ok else "fail", [a, b, c], msg, comp, Iv.point(_HUNDRED), total,
                           f"the sum {total} " + ("meets" if ok else "cannot meet") + " 100", confidence=0.9))
    return out


# 5. the three sectors' contributions to growth: 贡献率分别为9.5%、34.9%和55.6% add up to 100; 分别拉动
#    GDP增长0.63个、2.34个、3.73个百分点 add up to the growth stated before them ------------------------

_CONTRIBUTION = re.compile(r"(?:三次产业|第?一、第?二、第?三产业|一二三产业?)[^,;。]{0,24}?贡献率分别(?:为|是|达到?)?$")
_PULL = re.compile(r"(?:三次产业|第?一、第?二、第?三产业|一二三产业?)[^,;。]{0,6}?分别拉动(?:GDP|经济|地区生产总值)?"
                   r"(?:增长)?$")
#: the growth of the economy, before its percent
_GDP_GROWTH = re.compile(r"(?:生产总值|GDP|经济)[^,;。\d]{0,12}?增长$")


def _sector_contributions(doc: Doc):
    out = []
    for i, a in enumerate(doc.claims[:-2]):
        b, c = doc.claims[i + 1], doc.claims[i + 2]
        if any(x.table is not None or x.hedge for x in (a, b, c)):
            continue
        if not all(_JOIN.fullmatch(doc.between(x, y)) for x, y in ((a, b), (b, c))) \
                or re.match(r"^\s*(?:、|和|及)\s*\d", doc.after(c, 3)):
            continue  # (a fourth term: not the three sectors)
        if all(x.kind == "percent" for x in (a, b, c)) and _CONTRIBUTION.search(doc.before(a, 40, clause=False)):
            total = rate_iv(a).scale(_HUNDRED) + rate_iv(b).scale(_HUNDRED) + rate_iv(c).scale(_HUNDRED)
            out.append(_sum_of_three(a, b, c, total, Iv.point(_HUNDRED), "100",
                                     "the three sectors' contributions to growth"))
        elif c.kind == "percentage_point" and all(x.unit in ("", "个") and x.kind == "amount" for x in (a, b)) \
                and _PULL.search(doc.before(a, 30, clause=False)):
            growth = next((g for g in doc.preceding(a) if g.kind == "percent" and not g.hedge
                           and _GDP_GROWTH.search(doc.before(g, 20)) and sentence_or_next(doc, g, a)), None)
            if growth is None:
                continue
            total = iv(a) + iv(b) + iv(c)
            out.append(_sum_of_three(a, b, c, total, iv(growth), f"the growth {fmt(growth.value)}%",
                                     "the points the three sectors pull growth by", extra=[growth]))
    return out


def _sum_of_three(a, b, c, total: Iv, should: Iv, shown: str, what: str, extra=()):
    ok = total.meets(should)
    comp = f"{fmt(a.value)} + {fmt(b.value)} + {fmt(c.value)} = {total}, should be {shown} " + ("✓" if ok else "✗")
    msg = f"{what} add up to {shown}" if ok else f"{what} add up to {total}, not {shown}"
    return finding(RULE, "pass" if ok else "fail", list(extra) + [a, b, c], msg, comp, should, total,
                   f"the sum {total} " + ("meets " if ok else "cannot meet ") + str(should)
                   + "; each figure may be rounded by half its last digit", confidence=0.9)


# 1. persons per household ---------------------------------------------------------------------

def _household_size(doc: Doc):
    out = []
    for c in doc.claims:
        if c.dimension != "person" or c.group is None or not countable(c):
            continue
        head = doc.by_id.get(c.group)
        if head is None or head.dimension != "household" or not countable(head) or is_visit(doc, head):
            continue
        if doc.index[c.id] != doc.index[head.id] + 1:
            continue  # only 253户905人, written together
        if head.hedge in ("at_least", "at_most") or c.hedge in ("at_least", "at_most"):
            continue
        hh, pp = exact_iv(head), exact_iv(c)
        ratio = pp.divide(hh)
        comp = f"{fmt(c.value)}人 ÷ {fmt(head.value)}户 = {ratio} 人/户"
        if pp.high is not None and hh.low is not None and pp.high < hh.low:
            msg = (f"{fmt(c.value)} persons cannot make {fmt(head.value)} households: "
                   "every household has at least one person")
            out.append(finding(RULE, "fail", [head, c], msg, comp + " ✗", hh, pp,
                               f"persons {pp} lie entirely below households {hh}", confidence=0.9))
        elif ratio.low is not None and ratio.low > _MAX_PER_HOUSEHOLD:
            msg = (f"{fmt(c.value)} persons in {fmt(head.value)} households is more than "
                   f"{fmt(_MAX_PER_HOUSEHOLD)} persons per household")
            out.append(finding(RULE, "warn", [head, c], msg, comp + " ?", Iv(Decimal(1), _MAX_PER_HOUSEHOLD),
                               ratio, f"the ratio {ratio} lies above {fmt(_MAX_PER_HOUSEHOLD)}; unusual for "
                               "rural households, check both figures", confidence=0.6, severity="warning"))
        else:
            msg = f"{fmt(c.value)} persons in {fmt(head.value)} households is a plausible household size"
            out.append(finding(RULE, "pass", [head, c], msg, comp + " ✓", Iv(Decimal(1), _MAX_PER_HOUSEHOLD),
                               ratio, f"the ratio {ratio} meets [1, {fmt(_MAX_PER_HOUSEHOLD)}]"))
    return out


# 2. shares above 100% -------------------------------------------------------------------------

_SHARE = re.compile(r"(发生率|覆盖率|占比|比例|比重|参保率|参合率|入户率|普及率|达标率|合格率|"
                    r"签约率|入学率|巩固率|通畅率|优良率|优良天数比率|利用率|保持率|"
                    r"城镇化率|留存率|就业率|占[^,;。]{0,12}的?)$")
_NOT_SHARE = re.compile(r"增长|增速|增幅|提高|提升|上升|下降|降低|减少|增加|同比|环比|年均|完成|超|高于|低于|"
                        r"分别|倍|涨幅|降幅|扩大|缩小|计划|目标|任务|毛入|"  # 毛入学率: a gross ratio, may pass 100%
                        + BUDGET)  # 占年度预算的102.3%: a completion


#: work done or money paid, whose share of a planned total may pass 100%
_DONE = re.compile(r"完成|到位|拨付|支付|完工")
#: a ratio to another period's figure, which may pass 100% (占去年外出务工人数比例102.7%)
_OTHER_PERIOD = re.compile(r"占(?:去年|上年|上一年|前年|同期|上年同期)")


def _shares(doc: Doc):
    out = []
    for c in doc.claims:
        if c.kind != "percent" or c.dimension != "percent" or c.table is not None:
            continue
        before = doc.before(c, 16)
        subject = re.sub(r"(?:达到了|达到|达|为|是|约|在|保持在|稳定在|超过|高达|了|到)+$", "", before)
        if not _SHARE.search(subject) or _NOT_SHARE.search(before[-8:]) or _OTHER_PERIOD.search(before):
            continue
        if re.search(r"占[^,;。]*(?:计划|目标|任务)[^,;。]*的$", before):
            continue  # 占年度计划12.5万亩的110.4%: a completion of a plan, past a long figure, may pass 100%
        if re.search(r"占[^,;。]*(?:总投资|概算)[^,;。]*$", before) and _DONE.search(doc.norm(c.sentence.start, c.start)):
            continue  # 完成投资2.4亿元，占总投资106%: what was done over the projects' planned investment
        if c.hedge in ("at_most",):
            continue
        i = iv(c)
        if i.low is not None and i.low > _HUNDRED:
            msg = f"a share cannot exceed 100%: {subject[-8:]} {fmt(c.value)}%"
            out.append(finding(RULE, "fail", [c], msg, f"{fmt(c.value)}% > 100% ✗", Iv(Decimal(0), _HUNDRED), i,
                               f"the share {i} lies entirely above 100", confidence=0.9))
    return out


# 3. tables: parts above their totals ----------------------------------------------------------

_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共计|全县|全市|全省|总数)$")
_SUBTOTAL = re.compile(r"^小\s*计$")
_PART_HEADERS = [(re.compile(r"贫困人口|贫困户"), re.compile(r"总人口|总户数|人口数|户数$"))]


def _tables(doc: Doc):
    out = []
    tabs: dict[int, list] = {}
    for c in doc.claims:
        if c.table is not None and countable(c):
            tabs.setdefault(c.table.table, []).append(c)
    for t, cs in tabs.items():
        by_col: dict[int, list] = {}
        for c in cs:
            by_col.setdefault(c.table.column, []).append(c)
        for col, cells in by_col.items():
            if re.search(r"均|率|比|价|标准|最高|最低", cells[0].table.header or ""):
                continue  # averages, rates and prices do not add up to their 合计 row
            totals = [c for c in cells if _TOTAL.match(c.table.row_label or "")]
            if len(totals) != 1:
                continue
            total = totals[0]
            if like_their_total([c for c in cells if c.id != total.id], total):
                continue  # (the column's header is lost, its cells are rates or averages: see table_total)
            for c in cells:
                if c.id == total.id or c.unit != total.unit:
                    continue
                if exact_iv(c).above(exact_iv(total)):
                    kind = "subtotal" if _SUBTOTAL.match(c.table.row_label or "") else "row"
                    msg = (f"the {kind} {c.table.row_label} {fmt(c.value)}{c.unit} exceeds the table's "
                           f"total {fmt(total.value)}{total.unit} in column {c.table.header or col}")
                    out.append(finding(RULE, "fail", [c, total], msg,
                                       f"{fmt(c.value)} > {fmt(total.value)} ✗", exact_iv(total), exact_iv(c),
                                       f"{exact_iv(c)} lies entirely above {exact_iv(total)}", confidence=0.85))
        # within a row: a part column above its whole column
        by_row: dict[int, list] = {}
        for c in cs:
            by_row.setdefault(c.table.row, []).append(c)
        for row, cells in by_row.items():
            for part_re, whole_re in _PART_HEADERS:
                parts = [c for c in cells if part_re.search(c.table.header or "") and not whole_re.search(c.table.header or "")]
                wholes = [c for c in cells if whole_re.search(c.table.header or "") and not part_re.search(c.table.header or "")]
                for p in parts:
                    for w in wholes:
                        if p.unit != w.unit:
                            continue
                        ok = not exact_iv(p).above(exact_iv(w))
                        if ok:
                            continue
                        msg = (f"{p.table.row_label}: {p.table.header} {fmt(p.value)} exceeds "
                               f"{w.table.header} {fmt(w.value)}")
                        out.append(finding(RULE, "fail", [p, w], msg, f"{fmt(p.value)} > {fmt(w.value)} ✗",
                                           exact_iv(w), exact_iv(p),
                                           f"{exact_iv(p)} lies entirely above {exact_iv(w)}", confidence=0.85))
    return out
