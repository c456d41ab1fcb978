"""A per-unit amount times its count must give the stated total.

What it checks
    1. A per-unit standard or average and the number of units it applies to, stated with a total
       in the same sentence: 为156个村每个工作队落实经费1.1万元，共计171.6万元 (1.1万 × 156);
       为417名队员每人每年补助1万元，共计417万元; 累计分红522万元，带动贫困户3733户，户均增收1400元.
       The unit of the count must be the unit of the per-unit figure (每户/户均 → 户, 每人/人均 →
       人, 每个 → 个, 每亩 → 亩, 座均 → 座); a per-capita average is over the people the sentence
       gives, not over its labour force or migrant workers (总人口18000人，劳动力9500人，…，人均耕地
       面积3亩), never what each gained (户均增收) against the money put in (投入资金), and never over a
       count or total of another year (2016年底…38户…分红1.04万元，2017年户均
       分红达1500元). The per-unit figure may be money, an area (涉及贫困户
       5862户，户均退耕7.4亩) or power (光伏电站128座，总装机容量38.4兆瓦，座均300千瓦), and an average
       per time (次均) is over a count of 人次 or 户次 (临时救助
       3562人次，发放救助金486.5万元，次均1366元), and an average per 村, 亩 or 公里 after its total
       (总投资9453万元，亩均投资3000元; 每公里平均造价120万元) is over the whole stated before, not
       over an item of a 其中 list (其中…村道142公里) nor a class after 其中 (各类 is of all kinds, not
       each: 3个片区累计投入各类规划项目资金…); a 总收入 right after an
       average of income is its total (28个行政村…村均收入达到28.6万元，总收入800.8万元). A count followed by 各
       gives each of its units the amount (为18个村各安排30万元，共计540万元; 向3家企业各入股40万元);
       against the money stated right before the count (安排资金540万元，为18个村各安排30万元) a
       product above it fails beyond base.GROSS and warns within it; a product short of it warns
       only when the money is said to be handed out (将120万元…，向3家企业各入股40万元), and is
       else no relation (投入资金2.3亿元，为12个村各安排30万元: part of a larger fund).
       Counts each at its own standard (C级危房改造532户、D级危房改造324户，分别补助每户1.5万元和
       3.5万元，共下达补助资金1932万元; or the counts right after the standards, 分别给予每村50万元、
       30万元、20万元的奖补，其中一类村12个、…): the products, paired in order, add up to the total.
    2. A per-unit amount said to reach everyone counted elsewhere (收益6300万元，惠及全部贫困人口，
       人均增收1537元): the count is the registered total stated earlier in the report.
    3. Population × per-capita figure ≈ aggregate (常住人口732万人 … 人均地区生产总值7.8万元 …
       地区生产总值5696亿元), the population of the register the per-capita figure names.
    4. A yield per mu against the output over the area sown of the crop it names, in one paragraph
       (粮食播种面积68.5万亩…粮食总产量26.8万吨…粮食平均亩产391公斤); a yield that names no crop
       is of the output in its sentence, and, when the output names none either, over the area sown
       its sentence names (粮食播种面积4.26万亩，总产量1.68万吨，平均亩产394公斤).
    5. A total over a stated number of years and its yearly average, in one sentence (五年来，
       全省累计新增城镇就业312万人，年均62.4万人; 2016—2020年累计投入18.65亿元，年均3.73亿元;
       过去五年，新增城镇就业7.8万人，年均1.56万人): the years × the average = the total.
    6. A monthly standard per unit and the year's payment (开发公益性岗位4125个，每个岗位每月补贴500元，
       全年发放补贴2475万元): count × standard × 12 is the most a year can pay; above it fails, below
       it warns (some may have been paid for part of the year).
    7. A ratio per thousand (or ten thousand) people against the count it names over the resident
       population (其中执业（助理）医师1032人，每千人口执业（助理）医师2.68人 … 常住人口38.52万人):
       within 2% (a year-end against a mean population) it holds, beyond it warns (the figures are
       linked by their words), and beyond base.GROSS more it fails.

Why it matters
    The total is usually the figure that is quoted on; a typo in any of the three factors shows
    as a product that cannot be the total.

Flagged
    为全县120个贫困村每村落实工作经费1.5万元，共计210万元。   (120 × 1.5万 = 180万, not 210万)

Passing
    为全县120个贫困村每村落实工作经费1.5万元，共计180万元。

Tolerance
    Figures are intervals (±½ of the last digit); a whole-number count (18个, 3733户) is exact. A per-unit
    *standard* (每人1万元, 3.5万元/户) is exact: a subsidy rate is set, not measured. A per-unit *average* (人均,
    生均 per pupil, 户均, 平均) is rounded: its trailing zeros are read as rounding, to half its last non-zero
    digit (户均1400元 may be 1350..1450, 户均3000元 2500..3500; 人均1537元 1536.5..1537.5). The product fails
    only when its interval cannot meet the total's; an average written as a whole number that the total
    fits only read as truncated (人均分红319元 for 319.7: 319..320) warns. A total of one significant digit that the product
    meets only with all its trailing zeros read as rounding (共计200万元 as 150万..250万 for 159.6万), not
    read to two significant digits as officials round (195万..205万), warns. Status by how the relation
    is stated: fail when the total follows the per-unit figure with 共计/合计/总计, or the average
    names the total it is of
    (住院总费用2.35亿元，…，次均住院费用12634元; an average so named is not of another figure right before it,
    基本医保报销1.52亿元), or the per-unit figure follows the total with 户均/人均/每户 (发放资金960万元，户均3000元), also past
    whom it reached (小额信贷2.65亿元，惠及贫困户5863户，户均4.52万元), or the total carries a total cue (共计/合计/总计/累计/共,
    年发放) and names the same kind of money (增收 ↔ 分红/收益; 补助 ↔ 资金); a multi-year total (累计) against an
    annual per-unit figure (年人均) only warns; a count linked by 全部 to a figure in another sentence only
    warns: averages may be taken over a population that differs from the one stated. So does an average
    per household or person over a count of 户次 or 人次 (支持贫困户10356户次，户均贷款4.49万元: per loan, or per
    household?) when the product exceeds the total; short of it, it fails, since an average over fewer
    distinct units is only larger. So does an average stated with its total whose count is in the
    sentence just before (在16户屋顶安装…。 收益10.4万元，平均每户6500元), or, for an average said of a whole place
    (全镇…村均21.9万元), the nearest count of the paragraph said of that place (全镇28个行政村). The 全部 link and the
    count of the sentence before fail when the product exceeds the total by more than base.GROSS (no one
    shares out more than the income; below it, part may have been kept back). A standard introduced by
    按(照) fails against the count's money named right after the total (按每人每年1万元测算，下达1.8万名护林员1.8亿元资金). A
    per-capita aggregate (人均地区生产总值) divides by the year's mean resident population (户籍 only when it says
    so), which differs from the year-end population stated by under 2%: the product holds within 2%,
    warns beyond, and fails only when the gap exceeds that by more than 15% (base.GROSS). Populations of
    towns, villages or one sex are not the population. A yield may be taken over the area harvested
    rather than sown: off the output over the area it warns, and fails only beyond base.GROSS. A yearly
    change after a from–to pair (由512万人减少至104万人，年均减少102万人) is no average of the level
    reached (C001 checks it against the two levels when their years are stated).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import chain

from .base import (REACHED, REGISTER, Doc, Iv, Ordered, Rule, finding, fmt, gross_note, grossly_above, grossly_apart, iv,
                   label as _label, money as _money, same_paragraph, small_int, truncated, years_between)
from .subset import exact_iv, part_lists
from .table_total import bigrams



CODE = "C005"
NAME = "per-unit-product-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)



D = Decimal

#: 每 + a counter: the unit a standard applies to (每个工作队, 每户, 每人每年, 每亩)
_EACH = re.compile(r"每(个|户|人|名|村|家|所|亩|座|处|项|支|队|位|头|只|套|间|口|公里)")
#: an average: 人均, 户均, 平均每人
_AVERAGE = re.compile(r"人均|生均|户均|村均|座均|亩均|次均|平均")
#: extremes and bounds are not the average or the standard of every unit
_EXTREME = re.compile(r"最高|最低|最多|最少|不低于|不少于|不超过|不高于|上限|分别")
#: a total over several years: 三年共计, 历年累计, 十三五期间
_MULTI_YEAR = re.compile(r"[两二三四五六七八九十\d]+年(?!度|底|末|初)|历年|多年|[三四五]五(?:期间|以来)?")
#: a per-unit figure for a month, day, week or quarter: the total's period is unknown
_PERIODIC = re.compile(r"每(?:月|天|日|周|季)|月均|日均|月人均|/(?:月|天|日)")
_ANNUAL = re.compile(r"年人均|年户均|每年|年均|人均年|户均年|/年")
#: the total cue that directly follows a per-unit figure: 1.1万元，共计171.6万元
_GAP_TOTAL = re.compile(r"^[,;、\s]*(?:共计|合计|总计|共|总(?=收入|收益))(?:收入|收益|发放|投入|落实|兑现|支付|拨付|补助|补贴|资金|金额|资助|奖励|分红)*(?:达到|达|为)?$")
#: a per-unit figure right after its total: 发放奖补资金960万元，户均3000元
_COUNT_TOTAL = re.compile(r"[^\d,;。]{0,10}(?:共计|合计|总计|共)[^\d,;。]{0,6}")
_GAP_EACH = re.compile(r"^[,、]?(?:其中)?(?:户均|人均|生均|座均|次均|村均|亩均|每户|每人|每村|每亩|每公里|平均每户|平均每人|平均)"
                       r"[^,;。\d]{0,6}$")
#: between a total and whom it reached (2.65亿元，惠及贫困户5863户), and between them and the
#: average over them (5863户，户均4.52万元)
_GAP_REACHED = re.compile(r"[,、]?(?:共|累计)?(?:惠及|带动|覆盖|扶持|支持|帮助|受益|发放给|发放|用于|涉及|改造|新建|建设|"
                          r"完成|实施|安置|搬迁|资助|补助|奖补)[^\d,;。]{0,10}")
_GAP_AVERAGE = re.compile(r"(?:(?:发展|用于|开展)[\u4e00-\u9fff]{1,4})?[,、]?(?:户均|人均|生均|次均|平均每户|平均每人|每户平均|每人平均)(?:[\u4e00-\u9fff]{1,2}?)?(?:达到|达|为|约)?")
#: what an average is of, named after 均 (次均住院费用 → 住院费用), up to the figure
_AVG_NAME = re.compile(r"(?:人均|户均|次均|生均|平均)([\u4e00-\u9fff]{2,8}?)(?:为|达到|达|约)?$")
#: a total cue inside the total's own clause: 累计分红522万元, 年发放管护补助1865万元
_TOTAL_CUE = re.compile(r"共计|合计|总计|累计|共|年(?:发放|兑现|支付|拨付)")
#: the per-unit figure is a standard the total is computed at: 按照每人每年1万元的标准测算
_STANDARD = re.compile(r"按(?:照)?[^,;。]{0,10}$")
_MONEY_CLASSES = (
    re.compile(r"增收|收入|收益|分红|红利|分配|工资|劳务报酬"),
    re.compile(r"补助|补贴|资助|奖励|奖补|经费|救助|慰问|保险|生活费|津贴|发放|兑现|拨付|供养|低保|抚恤|养老金"),
    re.compile(r"资金|安排|投入|投资"),
)
#: 全部贫困人口 / 所有贫困户: the count is the registered total stated elsewhere
_ALL_POOR = re.compile(r"(?:全部|所有|全体)(?:建档立卡)?贫困(人口|户|群众)")
_REGISTERED = re.compile(r"建档立卡|贫困人口|贫困户")
_NOT_REGISTERED = re.compile(r"剩余|尚未|未脱贫|脱贫|减贫|退出|出列|新增|返贫|监测|边缘|其中|带动|搬迁")

_PER_DIM = {"户": ("household", "household_visit"), "家": ("household",), "人": ("person", "person_visit"),
            "名": ("person",), "位": ("person",), "口": ("person",), "亩": ("area",),
            "次": ("person_visit", "household_visit")}

#: per-capita aggregates: 人均地区生产总值 → 地区生产总值
_AGGREGATES = {
    "地区生产总值": re.compile(r"地区生产总值|生产总值|GDP|经济总量"),
}
_POPULATION = re.compile(r"常住人口|总人口|户籍人口")
_NOT_POPULATION = re.compile(r"城镇化|就业|转移|城镇|城区|城市|乡村|农村|男|女")
#: a per-capita aggregate is over the resident (常住) population unless it says 户籍: a
#: registered population can differ from the resident one by a third (migrant counties)
_REGISTERED_POP = re.compile(r"户籍")
#: the mean population a per-capita aggregate divides by differs from the year-end population a
#: report states by half of the year's change: under 2% anywhere
MEAN_POPULATION = D("0.02")


def as_mean_population(i: Iv) -> Iv:
    """``i``, a year-end population or a figure taken over it, widened to what it may be over the
    year's mean population (± MEAN_POPULATION)."""
    return Iv(i.low * (1 - MEAN_POPULATION), i.high * (1 + MEAN_POPULATION))


def check(doc: Doc):
    out = []
    used: set[tuple[str, ...]] = set()
    for p in doc.claims:
        if p.dimension not in ("money", "area", "power") or p.table is not None or p.range_with or p.hedge in ("at_least", "at_most", "at_most_soft", "more"):
            continue
        kind = _per_unit_kind(doc, p)
        if kind is None:
            continue
        per, average = kind
        f = _same_sentence(doc, p, per, average) or _all_registered(doc, p, per, average)
        if f is not None:
            key = tuple(f.claims)
            if key not in used:
                used.add(key)
                out.append(f)
    out.extend(_respective(doc))
    out.extend(_per_capita_aggregate(doc))
    out.extend(_per_thousand(doc))
    out.extend(_yield_per_mu(doc))
    out.extend(_annual_average(doc))
    out.extend(_monthly_for_a_year(doc))
    return out


def _per_unit_kind(doc: Doc, p):
    """(per, is_average) when p is a per-unit amount, else None."""
    before = doc.before(p, 24)
    if _RESPECTIVELY.search(before):
        return None  # 分别补助每户1.5万元和3.5万元: one of several standards (see _respective)
    if _EXTREME.search(doc.before(p, 8)) or _PERIODIC.search(doc.before(p, 16)) or _PERIODIC.match(doc.after(p, 3)):
        return None
    if p.kind == "per_unit" and p.per:
        if p.per in ("年", "月", "日", "天", "次", "季") and not (p.per == "次" and "次均" in before):
            return None
        return p.per, bool(_AVERAGE.search(before))
    m = None
    for m in _EACH.finditer(before):
        pass
    if m is not None:
        return m.group(1), False
    count = _each_of(doc, p, before)
    if count is not None:
        return _COUNT_PER.get(count.unit, count.unit), False
    return None


#: 各 between a count and what each of its units gets: 为12个村各安排30万元, 向2家公司各投资50万元
_EACH_OF = re.compile(r"各(?!类|项|种|级|地|方|界|族|部门|行业|乡镇|县)(?:自)?[^,;。\d各]{0,12}$")
# (4个片区累计投入各类规划项目资金9741.86亿元: 各类 is of all kinds, not each)
#: the per-unit word a count's unit stands for
_COUNT_PER = {"名": "人", "位": "人"}


def _each_of(doc: Doc, p, before: str):
    """The count right before p whose units each get p (…12个村各安排30万元), or None."""
    if not _EACH_OF.search(before):
        return None
    i = doc.index[p.id]
    count = doc.claims[i - 1] if i else None
    if count is None or count.sentence != p.sentence or count.kind != "amount" or count.dimension in (
            None, "money", "percent") or count.hedge or not re.fullmatch(r"[^\d,;。]{0,14}", doc.between(count, p)):
        return None
    return count


#: 分别 before a per-unit figure in its clause: 分别补助每户1.5万元和3.5万元, 每户分别补助…
_RESPECTIVELY = re.compile(r"分别")
#: between two standards of a 分别 list: 1.5万元和3.5万元, 1.5万元、3.5万元
_STANDARD_SEP = re.compile(r"[、和与及]|以及")
#: between two counts the standards pair with: 532户、D级危房改造324户
_COUNT_SEP = re.compile(r"[^\d,;。!?]{0,14}|[,、][^\d,;。!?]{0,14}")
#: between the last standard and the total: ，共下达补助资金1932万元
_RESPECTIVE_TOTAL = re.compile(r"[^\d,;。]{0,8}[,、]?(?:共计|合计|总计|共|累计)[^\d,;。]{0,10}")


def _respective(doc: Doc):
    """C级危房改造532户、D级危房改造324户，分别补助每户1.5万元和3.5万元，共下达补助资金1932万元:
    each count at its own standard, in order; the products add up to the total after them."""
    out = []
    for p in doc.claims:
        if p.dimension != "money" or p.table is not None or p.hedge is not None or p.range_with:
            continue
        before = doc.before(p, 24)
        m = _RESPECTIVELY.search(before)
        if m is None or re.search(r"[\d]", before[m.end():]):
            continue  # p is the first standard of its list, right after 分别 (and 每户)
        each = None
        for each in _EACH.finditer(before):
            pass
        if each is None and p.kind == "per_unit" and p.per:
            per = p.per
        elif each is not None:
            per = each.group(1)
        else:
            continue
        sentence = doc.in_sentence(p)
        i = sentence.index(p)
        standards = [p]
        for x in sentence[i + 1:]:
            if x.unit != p.unit or x.hedge is not None or not _STANDARD_SEP.fullmatch(doc.between(standards[-1], x)):
                break
            standards.append(x)
        if len(standards) < 2:
            continue
        counts = []
        for x in reversed(sentence[:i]):
            if not _count_matches(x, per) or x.group not in (None, x.id):
                if counts and x.group == counts[-1].id:
                    continue  # 532户1865人: the compound's other figure
                break
            if counts and not _COUNT_SEP.fullmatch(doc.between(x, counts[-1])):
                break
            counts.append(x)
            if len(counts) == len(standards):
                break
        counts.reverse()
        last = standards[-1]
        if len(counts) != len(standards) or not re.fullmatch(r"[,]?[^\d,;。]{0,12}", doc.between(counts[-1], p)):
            # 分别给予每村50万元、30万元、20万元的奖补，其中一类村12个、二类村36个、三类村86个，共…:
            # the counts right after the standards, in the same order
            counts = []
            for x in sentence[sentence.index(last) + 1:]:
                if x.group not in (None, x.id) and counts and x.group == counts[-1].id:
                    continue
                gap = doc.between(counts[-1] if counts else last, x)
                if not _count_matches(x, per) or not (_COUNT_SEP.fullmatch(gap) if counts else
                                                      re.fullmatch(r"[^\d;。]{0,14}", gap)):
                    break
                counts.append(x)
                if len(counts) == len(standards):
                    break
            if len(counts) != len(standards):
                continue
            last = counts[-1]
        total = next((t for t in sentence[sentence.index(last) + 1:]
                      if t.unit == p.unit and t.kind == "amount" and t.hedge is None), None)
        if total is None or not _RESPECTIVE_TOTAL.fullmatch(doc.between(last, total)):
            continue
        computed = Iv.point(D(0))
        for c, s_ in zip(counts, standards):
            computed = computed + exact_iv(c) * Iv.point(s_.value)
        stated = iv(total)
        ok = computed.meets(stated)
        terms = " + ".join(f"{_label(c)} × {_label(s_)}" for c, s_ in zip(counts, standards))
        comp = f"{terms} = {computed}{total.unit}, stated {_label(total)} " + ("✓" if ok else "✗")
        msg = ("each count at its own standard adds up to the total" if ok else
               f"each count at its own standard (分别) gives {computed}{total.unit}, but the total is stated as "
               f"{_label(total)}")
        why = (f"{computed} meets {stated}" if ok else
               f"the standards pair with the counts in order (分别); their products add to {computed}, "
               f"which cannot meet the stated {stated}")
        out.append(finding(RULE, "pass" if ok else "fail", counts + standards + [total], msg, comp, stated,
                           computed, why, confidence=0.85))
    return out


def _count_matches(c, per: str) -> bool:
    if c.kind != "amount" or c.range_with or c.table is not None or c.hedge in ("at_least", "at_most", "more"):
        return False
    dims = _PER_DIM.get(per)
    if dims:
        return c.dimension in dims or (c.unit == per and (c.dimension or "").startswith("count_"))  # 每家 of 128家企业
    return c.unit in (per, "个") and c.dimension not in ("money", "percent", None)


#: before a count of the people who work, not all of them: 劳动力9500人, 外出务工3200人
_WORKERS = re.compile(r"劳动力|劳力|务工|外出|就业|转移")


def _find_count(doc: Doc, p, per: str):
    """The nearest count in the sentence, preferring one before p and not across a semicolon."""
    listed = {x.id for pl in part_lists(doc, doc.in_sentence(p)) for x in pl.items}
    # (其中县道48公里、…、村道142公里，…每公里平均造价120万元: the average is over the whole, not an item)
    sentence = [c for c in doc.in_sentence(p) if c.id != p.id and c.id not in listed]
    before = [c for c in sentence if c.end <= p.start and _count_matches(c, per)
              and not re.search(r"[;]", doc.between(c, p))]
    if per == "人" and len(before) > 1:
        # 总人口18000人，劳动力9500人，…，人均耕地面积3亩: a per-capita figure is over the people, not
        # over those who can work or have left to work, when the sentence gives both
        people = [c for c in before if not _WORKERS.search(doc.before(c, 8))]
        if people and _AVERAGE.search(doc.before(p, 12)):
            before = people
    if before:
        return before[-1]
    after = [c for c in sentence if c.start >= p.end and _count_matches(c, per)
             and not re.search(r"[;]|其中", doc.between(p, c))]  # (其中收入超过50万元的村36个: a class)
    return after[0] if after else None


def _money_class(text: str):
    for i, rx in enumerate(_MONEY_CLASSES):
        if rx.search(text):
            return i
    return None


def _per_iv(p, average: bool) -> Iv:
    """A standard is exact; an average is rounded, its trailing zeros included."""
    if average:
        return iv(p, loose=True)
    return Iv.point(p.value)


def _previous_sentence_count(doc: Doc, p, per: str):
    """For an average stated with its total (收益10.4万元，平均每户收益6500元左右), the count it
    averages over stated in the sentence just before, in the same paragraph (在16户贫困户屋顶
    安装…。…): the last matching count of that sentence. An average said of a whole place (全镇…村均)
    is over the nearest count of the paragraph said of that place (全镇28个行政村), not over one the
    sentence before does not say is of it."""
    first = next((c for c in doc.preceding(p) if c.sentence != p.sentence), None)
    if first is None:
        return None
    sentence = first.sentence
    if first.line != p.line and not re.fullmatch(r"[\s。!?]*", doc.norm(sentence.end, p.sentence.start)):
        return None
    place = _WHOLE_PLACE.search(doc.norm(p.sentence.start, p.start))
    cands = [c for c in doc.in_sentence(first) if _count_matches(c, per)]
    workers = per == "人" and _AVERAGE.search(doc.before(p, 12)) is not None
    if workers:
        # 全镇共有2000户8000人，全镇劳动力4500人。…人均耕地面积3.1亩: over the people, not the workers
        people = [c for c in cands if not _WORKERS.search(doc.before(c, 8))]
        cands = people or cands
    if len(cands) == 1 and (place is None or _WHOLE_PLACE.search(doc.before(cands[0], 16))):
        return cands[0]
    # 为8个薄弱村各安排…。全镇村集体经济总收入612.6万元，村均21.9万元: not over those 8, but over the
    # count of the paragraph said of the same place (全镇28个行政村)
    if place is None:
        return None
    villages = "村均" in doc.before(p, 8)
    for c in chain((first,), doc.preceding(first)):
        if c.line != p.line:
            break
        if _count_matches(c, per) and place.group(0) in doc.before(c, 16) \
                and (not villages or "村" in doc.after(c, 4)) and not (workers and _WORKERS.search(doc.before(c, 8))):
            return c
    return None


#: the whole of a place (全镇, 全县 …): an average said of it is not over a count that is not
_WHOLE_PLACE = re.compile(r"全[县镇乡村市区省州盟旗]")


def _other_year(a, b) -> bool:
    """Are the two figures said of different years (2016年底 … 2017年)?"""
    return years_between(a, b) not in (None, 0)


def _same_sentence(doc: Doc, p, per: str, average: bool):
    count = _find_count(doc, p, per)
    borrowed = False
    if count is None and average:
        count = _previous_sentence_count(doc, p, per)
        borrowed = count is not None
    if count is None or _other_year(p, count):
        return None  # (2016年底，38户获得分红1.04万元，2017年户均分红达1500元: another year's average)
    totals = [c for c in doc.in_sentence(p) if c.id != p.id and c.dimension == p.dimension and not _other_year(p, c)
              and c.kind == "amount" and not c.range_with and c.table is None and c.hedge not in ("at_least", "at_most", "more")
              and not _EACH.search(doc.before(c, 10)) and not _AVERAGE.search(doc.before(c, 6))]
    explicit = next((t for t in totals if t.start >= p.end and _GAP_TOTAL.match(doc.between(p, t))
                     and not re.search(r"[;]", doc.between(p, t))), None)
    status_if_wrong = None
    total = pot = None
    how = ""
    mirrored = next((t for t in totals if t.end <= p.start and _GAP_EACH.match(doc.between(t, p))), None)
    # 按每户2000元的标准，为1560户发放补助资金312万元: the total is paid to the count
    paid = None if average else next(
        (t for t in totals if count.end <= t.start and len(doc.between(count, t)) <= 14
         and re.fullmatch(r"[^\d,;。]*", doc.between(count, t)) and _money_class(doc.between(count, t)) is not None
         and _money_class(doc.before(p, 16)) in (None, _money_class(doc.between(count, t)))), None)
    # 按照每人每年1万元的标准测算，下达1.8万名护林员1.8亿元专项资金: the count's own money,
    # named right after the total, at the standard the sentence states
    if paid is None and not average and _STANDARD.search(doc.before(p, 12, clause=False)) and count.start >= p.end:
        paid = next((t for t in totals if count.end <= t.start
                     and re.fullmatch(r"[\u4e00-\u9fff]{0,6}", doc.between(count, t))
                     and _money_class(doc.after(t, 6)) is not None
                     and _money_class(doc.before(p, 16)) in (None, _money_class(doc.after(t, 6)))), None)
    # 发放扶贫小额信贷2.65亿元，惠及贫困户5863户，户均4.52万元: the total, whom it reached, and
    # the average over them
    chained = None if not average or count.end > p.start else next(
        (t for t in totals if t.end <= count.start and _GAP_REACHED.fullmatch(doc.between(t, count))
         and _GAP_AVERAGE.fullmatch(doc.between(count, p))
         # (投入资金300万元，带动贫困户150户，户均增收3000元: what each gained is no share of what was put in)
         and not (_money_class(doc.before(p, 16)) == 0 and _money_class(doc.before(t, 12)) not in (None, 0))), None)
    # 住院1.86万人次，住院总费用2.35亿元，…，次均住院费用12634元: the total the average's name repeats
    named = None
    m = _AVG_NAME.search(doc.before(p, 12)) if average else None
    name = m.group(1) if m else ""
    if len(name) >= 2:
        named = next((t for t in totals if t.end <= p.start and t is not count
                      and doc.before(t, 12).replace("总", "").endswith(name)
                      and not re.search(r"[;]", doc.between(t, p))), None)
        if mirrored is not None and mirrored is not named and not bigrams(name) & bigrams(doc.before(mirrored, 12)) \
                and (_money_class(name) is None or _money_class(name) != _money_class(doc.before(mirrored, 12))):
            mirrored = None  # 基本医保报销1.52亿元，次均住院费用12634元: the average is of another figure
    # 每个工作队安排经费3万元，全县97个工作队共计291万元: the count's own total
    counted = next((t for t in totals if count.end <= t.start and p.end <= count.start
                    and _COUNT_TOTAL.fullmatch(doc.between(count, t))), None)
    if explicit is not None:
        total, status_if_wrong, how = explicit, "fail", "the total follows the per-unit figure with 共计/合计"
    elif counted is not None:
        total, status_if_wrong, how = counted, "fail", "the count's total follows it with 共计/合计"
    elif named is not None:
        total, status_if_wrong, how = named, "fail", "the average's name repeats the total's (次均住院费用 of 住院总费用)"
    elif mirrored is not None:
        total, status_if_wrong, how = mirrored, "fail", "the per-unit figure follows the total with 户均/人均/每户"
    elif paid is not None:
        total, status_if_wrong, how = paid, "fail", "the total is paid to the counted units at the per-unit standard"
    elif chained is not None:
        total, status_if_wrong, how = chained, "fail", "the average follows the total and the units it reached"
    elif (pot := _pot(doc, p, count, totals)) is not None:
        total, status_if_wrong, how = pot, "warn", (
            "the units each get the per-unit amount out of the money stated right before them (将100万元…，"
            "向2家公司各投资50万元); some of it may go elsewhere, so a product short of it only warns, and one "
            "above it fails only beyond base.GROSS")
    else:
        p_class = _money_class(doc.before(p, 16))
        for t in totals:
            t_before = doc.before(t, 20)
            if t is count or not _TOTAL_CUE.search(t_before):
                continue
            if p_class is None or _money_class(t_before) != p_class:
                continue
            if re.search(r"[;]", doc.between(t, p) if t.end <= p.start else doc.between(p, t)):
                continue
            total = t
            multi_year = bool(_MULTI_YEAR.search(t_before)) or (
                "累计" in t_before and bool(_ANNUAL.search(doc.before(p, 16))))
            status_if_wrong = "warn" if multi_year else "fail"
            how = ("a cumulative total against an annual per-unit figure" if multi_year
                   else "the total carries a total cue and names the same kind of money")
            break
    if total is None:
        return None
    if borrowed:
        if total.end > p.start and explicit is None:
            return None
        status_if_wrong = "warn"
        how += "; the count is from the sentence before, the average may be over other units"
    visits = count.dimension.endswith("_visit") and per != "次" and status_if_wrong == "fail"
    if visits:
        # 支持贫困户10356户次，户均贷款4.49万元: per loan, or per household? Over fewer households the
        # average is larger, never smaller: the visits times it cannot fall short of the total
        how += (f"; the count is of {count.unit} (times), and an average over distinct units is no smaller "
                "than one over times, so the product may exceed the total but cannot fall short of it")
    return _judge(p, count, total, average, status_if_wrong, how, confidence=0.9 if status_if_wrong == "fail" else 0.6,
                  gross=(borrowed and not count.dimension.endswith("_visit")) or total is pot, warn_above=visits)


def _pot(doc: Doc, p, count, totals):
    """安排资金360万元，为12个村各安排30万元: the money right before the count that each of its
    units gets a share of (the figure just before the count, in the clause before it). Short of
    the product, it is only read when the sentence says the money is handed out (将100万元…，向2家
    公司各投资50万元): else it may be a larger fund the units get part of."""
    if _each_of(doc, p, doc.before(p, 24)) is not count:
        return None
    i = doc.index[count.id]
    t = doc.claims[i - 1] if i else None
    if t is None or t not in totals or t.sentence != p.sentence:
        return None
    gap = doc.between(t, count)
    if not re.fullmatch(r"[^\d;。]{0,20}", gap) or "," not in gap:
        return None
    product = exact_iv(count) * _per_iv(p, False)
    if not product.meets(iv(t)) and not product.above(iv(t)) and not re.search(r"(?:将|把)$", doc.before(t, 4)):
        return None  # 投入资金2.3亿元，为12个村各安排30万元: a share of a larger fund, said of no more
    return t


def _all_registered(doc: Doc, p, per: str, average: bool):
    """收益6300万元，惠及全部贫困人口，人均增收1537元: the count is the registered total."""
    sentence = doc.sentence(p)
    m = _ALL_POOR.search(sentence)
    if not m:
        return None
    dim = "household" if m.group(1) == "户" else "person"
    if dim not in _PER_DIM.get(per, ()):
        return None
    p_class = _money_class(doc.before(p, 16))
    totals = [c for c in doc.in_sentence(p) if c.end <= p.start and c.dimension == "money"
              and c.kind == "amount" and not c.range_with and c.hedge is None
              and p_class is not None and _money_class(doc.before(c, 8)) == p_class]
    if not totals:
        return None
    total = totals[-1]
    registered = _registered(doc, dim).nearest(p, before_only=True)
    if registered is None:
        return None
    return _judge(p, registered, total, average, "warn",
                  "the count is linked by 全部 to the registered total stated elsewhere", confidence=0.5, gross=True)


def _registered(doc: Doc, dim: str) -> Ordered:
    """The registered counts of one dimension (建档立卡贫困户…), once per report."""
    key = ("C005 registered", dim)
    if key not in doc.memo:
        doc.memo[key] = Ordered(doc, [c for c in doc.claims if c.dimension == dim and c.kind == "amount"
                                   and c.table is None and _REGISTERED.search(c.subject)
                                   and not _NOT_REGISTERED.search(c.subject)])
    return doc.memo[key]


def _judge(p, count, total, average: bool, status_if_wrong: str, how: str, confidence: float,
           gross: bool = False, warn_above: bool = False):
    """The finding on count × per-unit = total; ``gross``: a warning fails when the product exceeds
    the total by more than base.GROSS. (Below the total it stays a warning: part of an income may be
    kept back, for a village's collective, say, and not shared out per head.)"""
    per_iv = _per_iv(p, average)
    computed = exact_iv(count) * per_iv   # 12个村: a whole-number count is exact
    stated = iv(total)
    ok = computed.meets(stated)
    comp = (f"{_label(count)} × {_label(p)} = {_money(computed, total.unit)}, "
            f"stated {_label(total)} " + ("✓" if ok else "✗"))
    what = "average" if average else "standard"
    two_digits = _two_digits(total) if ok else None
    if two_digits is not None and not computed.meets(two_digits):
        # 26个 × 2.9万元 = 75.4万元 against 共计100万元: it meets only 100万 read as 50万..150万
        msg = (f"{_label(count)} × {_label(p)} is {_money(computed, total.unit)}; the total {_label(total)} "
               "meets it only read as rounded to one significant digit")
        why = (f"the product {computed} meets the total {stated} only if all of its trailing zeros are rounding; "
               f"read to two significant digits, as officials round, the total is {two_digits}, which it cannot "
               "meet")
        comp = comp[:-1] + "✗"
        status, confidence = "warn", 0.5
    elif ok:
        msg = f"count × per-unit {what} = total holds"
        why = f"{stated} meets {computed}"
        status = "pass"
    else:
        msg = (f"{_label(count)} × {_label(p)} is {_money(computed, total.unit)}, "
               f"but the total is stated as {_label(total)}")
        why = (f"the stated total {stated} cannot meet the product {computed} "
               f"(per-unit {what} read as {per_iv}); {how}")
        status = status_if_wrong
        if warn_above and computed.above(stated):
            status, confidence = "warn", 0.6
        cut = _truncated_average(p) if average and status == "fail" else None
        if cut is not None and (exact_iv(count) * cut).meets(stated):
            # 412人 × 人均分红319元 against 13.173万元 (319.7 per head, written 319): an average may be
            # truncated rather than rounded
            status, confidence = "warn", 0.5
            why += (f"; read as truncated ({cut}), as averages often are, the product meets the total, so "
                    "this is no sure error")
        if gross and status == "warn" and grossly_above(computed, stated):
            status, confidence = "fail", 0.8
            why += "; " + gross_note(computed, stated)
    return finding(RULE, status, [count, p, total], msg, comp, stated, computed, why, confidence=confidence)


def _truncated_average(p) -> Iv | None:
    """A per-unit average written as a whole number without a scale (人均分红319元), read as truncated:
    [319, 320); None for any other."""
    if p.scale or p.hedge is not None or not p.number.isdigit() or p.interval.low is None or p.interval.high is None:
        return None
    return Iv(p.value, p.value + (p.interval.high - p.interval.low))  # one unit of its last digit


def _two_digits(c) -> Iv | None:
    """A figure of one significant digit whose trailing zeros may be rounding (100万元, read as
    50万..150万): its interval read to two significant digits (95万..105万, and truncated, 95万..105.5万);
    None for a hedged figure (约100万元) or one of more significant digits."""
    i = c.loose_interval
    if c.hedge is not None or i.low is None or i.high is None or (i.low, i.high) == (c.interval.low, c.interval.high):
        return None
    width = i.high - i.low
    if not width or c.value / width >= 10:
        return None
    return truncated(c, Iv(c.value - width / 20, c.value + width / 20))


def _per_capita_aggregate(doc: Doc):
    """常住人口732万人 × 人均地区生产总值7.8万元 ≈ 地区生产总值5696亿元 (warn only)."""
    out = []
    found: dict[tuple, bool] = {}

    def in_clause(pattern: str, c) -> bool:
        """re.search(pattern, doc.clause(c)), once per clause (a clause of thousands of figures)."""
        key = (pattern, c.clause.start, c.clause.end)
        if key not in found:
            found[key] = re.search(pattern, doc.clause(c)) is not None
        return found[key]

    for name, rx in _AGGREGATES.items():
        per_capita = [c for c in doc.claims if c.dimension == "money" and c.table is None and c.hedge is None
                      and in_clause("人均(?:" + rx.pattern + ")", c)
                      and not _is_from_value(doc, c) and not _is_target(doc, c)]
        if not per_capita:
            continue
        # what does not depend on the per-capita figure, once
        totals = Ordered(doc, [c for c in doc.claims if c.dimension == "money" and c.table is None and c.hedge is None
                               and c.kind == "amount" and rx.search(c.subject)
                               and not in_clause("人均", c) and not _is_from_value(doc, c) and not _is_target(doc, c)
                               and not _BOUND_VERB.search(doc.before(c, 4))])
        people = [(c, words) for c in doc.claims if c.dimension == "person" and c.table is None and c.hedge is None
                  for words in [_population_words(doc, c)]
                  if _POPULATION.search(words) and not _is_from_value(doc, c)
                  and not _is_target(doc, c) and not _NOT_POPULATION.search(doc.before(c, 12))]
        registers = {reg: Ordered(doc, [c for c, words in people if _household_register(words) == reg])
                     for reg in (True, False)}
        for p in per_capita:
            # (按户籍人口计算，人均GDP为41230元: the register may open the sentence)
            said = REGISTER.findall(doc.before(p, 24, clause=False))  # (户籍人均…，常住人均…: the nearest)
            same_register = registers[bool(said) and said[-1] == "户籍"]
            if not same_register.claims:
                continue
            total = totals.nearest(p, lambda c: c.value > p.value * 1000)
            if total is None:
                continue
            out.append(_aggregate_finding(p, same_register.nearest(total), total))
    return out


#: a ratio per thousand (or ten thousand) people: 每千人口执业(助理)医师2.68人, 每万人口床位数
_PER_POP = re.compile(r"每(?P<k>千|万|十万)(?:常住)?人口?(?:拥有)?(?P<name>[^,;。\d]{1,14}?)数?(?:为|达到|达|有)?$")
_PER_POP_WORD = re.compile(r"每(?:千|万|十万)(?:常住)?人")
_PER_POP_SCALE = {"千": D(1000), "万": D(10000), "十万": D(100000)}


def _per_thousand(doc: Doc):
    """每千人口执业(助理)医师2.68人 against the 执业(助理)医师 the report counts over its resident
    population (卫生技术人员2865人，其中执业(助理)医师1032人 … 常住人口38.52万人): count ÷ people ×
    1000. Within the gap of a year-end to a mean population (MEAN_POPULATION) it holds; beyond it
    warns, the figures being linked by their words; beyond base.GROSS more it fails."""
    out = []
    if not _PER_POP_WORD.search(doc.n.text):
        return out
    ratios = [(r, m) for r in doc.claims if r.kind == "amount" and r.table is None and r.hedge is None
              and r.dimension not in ("money", "percent") for m in [_PER_POP.search(doc.before(r, 24))] if m]
    if not ratios:
        return out
    people = [c for c in doc.claims if c.dimension == "person" and c.table is None and c.hedge is None
              and _POPULATION.search(words := _population_words(doc, c)) and not _REGISTERED_POP.search(words)
              and not _NOT_POPULATION.search(doc.before(c, 12)) and not _is_from_value(doc, c)
              and not _is_target(doc, c)]
    if not people:
        return out
    for r, m in ratios:
        name = re.sub(r"^(?:的|拥有)", "", m.group("name"))
        if len(name) < 2:
            continue
        count = next((c for c in doc.preceding(r) if c.unit == r.unit and c.kind == "amount" and c.table is None
                      and c.hedge is None and not _PER_POP.search(doc.before(c, 24))
                      and doc.before(c, 16).endswith(name)), None)
        if count is None:
            continue
        population = min(people, key=lambda c: abs(c.start - r.start))
        if population.value <= 0:
            continue  # (常住人口0万人: no ratio over it)
        f = _per_thousand_finding(r, count, population, _PER_POP_SCALE[m.group("k")], m.group("k"))
        if f is not None:
            out.append(f)
    return out


def _per_thousand_finding(r, count, population, k: Decimal, word: str):
    computed = exact_iv(count).divide(iv(population)).scale(k)
    if computed.low is None or computed.high is None:
        return None  # (a population whose interval reaches 0: no ratio over it)
    allowed = as_mean_population(computed)
    stated = iv(r)
    ok = allowed.meets(stated)
    gross = not ok and grossly_apart(stated, allowed)
    comp = (f"{_label(count)} ÷ {_label(population)} × {fmt(k)} = {computed}{r.unit} "
            f"(± {fmt(MEAN_POPULATION * 100)}%: {allowed}), stated {_label(r)} " + ("✓" if ok else "✗"))
    claims = [count, population, r]
    if ok:
        return finding(RULE, "pass", claims, f"count ÷ population × {fmt(k)} = the ratio per {word} people holds",
                       comp, stated, computed, f"{stated} meets {allowed}", confidence=0.6)
    why = (f"the stated ratio {stated} cannot meet {allowed}, the count over the population widened by "
           f"{fmt(MEAN_POPULATION * 100)}% for a mean population; ")
    why += (gross_note(*((stated, allowed) if stated.above(allowed) else (allowed, stated))) if gross else
            "the count and the population are linked by their words only and may be of other dates")
    return finding(RULE, "fail" if gross else "warn", claims,
                   f"{_label(count)} over {_label(population)} is {computed}{r.unit} per {word} people, "
                   f"but the ratio is stated as {_label(r)}", comp, stated, computed, why,
                   confidence=0.6 if gross else 0.4)


def _population_words(doc: Doc, c) -> str:
    """The words that name a population figure: its clause up to the figure."""
    return doc.norm(c.clause.start, c.start)


def _household_register(words: str) -> bool:
    return bool(_REGISTERED_POP.search(words))


def _aggregate_finding(p, population, total):
    """Population × per-capita aggregate against the aggregate: it holds within the gap between
    the mean and the year-end population (MEAN_POPULATION); beyond it only warns, for the figures
    may be of other years or places; beyond base.GROSS more it fails, which no such difference
    explains."""
    computed = iv(population) * _per_iv(p, True)
    allowed = as_mean_population(computed)
    stated = iv(total)
    ok = allowed.meets(stated)
    gross = not ok and grossly_apart(stated, allowed)
    comp = (f"{_label(population)} × {_label(p)} = {_money(computed, total.unit)} "
            f"(± {fmt(MEAN_POPULATION * 100)}%: {_money(allowed, total.unit)}), stated {_label(total)} "
            + ("✓" if ok else "✗"))
    if ok:
        status, msg = "pass", "population × per-capita figure = aggregate holds"
        why = (f"{stated} meets {allowed}: the product, widened by {fmt(MEAN_POPULATION * 100)}% for the mean "
               "population the per-capita figure divides by")
    else:
        status = "fail" if gross else "warn"
        msg = (f"{_label(population)} × {_label(p)} is {_money(computed, total.unit)}, "
               f"but the total is stated as {_label(total)}")
        why = (f"the stated total {stated} cannot meet the product {allowed}, widened by "
               f"{fmt(MEAN_POPULATION * 100)}% for the mean population the per-capita figure divides by; ")
        why += (gross_note(*((stated, allowed) if stated.above(allowed) else (allowed, stated))) if gross else
                "the three figures are linked by their words only and may be of other years or places")
    return finding(RULE, status, [population, p, total], msg, comp, stated, computed, why,
                   confidence=0.6 if gross else 0.4)


_FROM_NEXT = re.compile(r"^(?:的)?[,、]?(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小)?(?:到|至)|^(?:的)?[,、]?增至|^(?:的)?[,、]?降至")
_BOUND_VERB = re.compile(r"(?:跨越|突破|超过|迈上|站上|跨上|逾|超)$")
_TARGET = re.compile(r"力争|争取|目标|预期|确保|计划|规划|到20\d\d年|预计")


def _is_from_value(doc: Doc, c) -> bool:
    """729万人 in 由729万人增加到732万人: the earlier level of a change."""
    return bool(_FROM_NEXT.search(doc.after(c, 8)))


def _is_target(doc: Doc, c) -> bool:
    return bool(_TARGET.search(doc.before(c, 40, clause=False)))


# ---- 亩产: output ÷ area -----------------------------------------------------------------------

#: a yield per mu: 粮食平均亩产391公斤, 单产达到412公斤
_YIELD = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:平均)?(?:亩产|单产|每亩产量|亩均产量)(?:量)?(?:为|达到|达|是)?$")
_OUTPUT = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:总产量|产量|总产)(?:为|达到|达|是)?$")
_SOWN = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:播种面积|种植面积|收获面积)(?:为|达到|达|是)?$")
#: what may stand before a crop's name and is no part of it
_CROP_LEAD = re.compile(r"^(?:全年|全县|全市|全省|全区|全镇|全乡|年|其中|全部)")


def _crop(m) -> str:
    return _CROP_LEAD.sub("", m.group(1)) if m else ""


def _yield_per_mu(doc: Doc):
    """粮食播种面积68.5万亩…粮食总产量26.8万吨…粮食平均亩产391公斤: the yield is the output
    over the area sown, for the crop the three name, all in one paragraph. A yield may be taken
    over the area harvested, or over a crop's area stated elsewhere, so a mismatch warns, and
    fails only beyond base.GROSS."""
    out = []
    for y in doc.claims:
        if y.dimension != "weight" or y.table is not None or y.hedge is not None:
            continue
        m = _YIELD.search(doc.before(y, 12))
        if not m:
            continue
        crop = _crop(m)
        output = area = None
        for x in doc.preceding(y):
            if not same_paragraph(doc, x, y):
                break
            if x.table is not None or x.hedge is not None or x.kind != "amount":
                continue
            if output is None and x.dimension == "weight":
                o = _OUTPUT.search(doc.before(x, 10))
                if o and (_crop(o) == crop or (not crop and doc.same_sentence(x, y))):
                    output = x
            elif output is not None and area is None and x.dimension == "area":
                a = _SOWN.search(doc.before(x, 10))
                named = crop or _crop(_OUTPUT.search(doc.before(output, 10)))
                # 粮食播种面积4.26万亩，总产量1.68万吨，平均亩产394公斤: neither the yield nor the output
                # names the crop; the area sown in their sentence does
                if a and (_crop(a) == named or not named and doc.same_sentence(x, y)):
                    area = x
            if output is not None and area is not None:
                break
        if output is None or area is None:
            continue
        out.append(_yield_finding(y, output, area))
    return out


def _yield_finding(y, output, area):
    computed = iv(output).divide(iv(area))
    stated = iv(y)
    ok = computed.meets(stated)
    gross = not ok and grossly_apart(stated, computed)
    kg = Decimal(1000)  # weights are in 吨: the yield is shown in 公斤 per 亩
    comp = (f"{_label(output)} ÷ {_label(area)} = {computed.scale(kg)}公斤/亩, stated {fmt(y.value * kg)}公斤 "
            + ("✓" if ok else "✗"))
    if ok:
        return finding(RULE, "pass", [y, output, area], "the yield per mu is the output over the area sown", comp,
                       stated, computed, f"{stated.scale(kg)} meets {computed.scale(kg)} (公斤/亩)", confidence=0.8)
    why = f"the stated yield {stated.scale(kg)} cannot meet output ÷ area = {computed.scale(kg)} (公斤/亩); "
    why += (gross_note(*((stated, computed) if stated.above(computed) else (computed, stated))) if gross else
            "a yield may be taken over the area harvested rather than sown, so this is a warning")
    return finding(RULE, "fail" if gross else "warn", [y, output, area],
                   f"output ÷ area is {computed.scale(kg)}公斤/亩, but the yield is stated as {fmt(y.value * kg)}公斤",
                   comp, stated, computed, why, confidence=0.6 if gross else 0.4)


# ---- 年均: a total over N years and its yearly average ------------------------------------------

#: how many years a sentence sums over: 五年来, 3年间, 过去五年, 十四五时期, 2016—2020年
_YEARS = re.compile(r"(?:(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:来|间|里|中|内|累计|共|计划|行动|规划)"
                    r"|(?:过去|近|这|最近)(?P<past>[两二三四五六七八九十]|\d{1,2})年(?![\d底末初前])"
                    r"|(?P<plan>十[一二三四五六]五)(?:”|\")?(?:时期|期间|以来)"
                    r"|(?P<y1>(?:19|20)\d{2})(?:年)?[—\-~至到](?P<y2>(?:19|20)\d{2})年)")
_AVG_BEFORE = re.compile(r"(?:年均|平均每年|每年平均)(?:新增|完成|投入|实现|减少|增加)?(?:为|达到|达|约)?$")
_TOTAL_BEFORE = re.compile(r"累计|共|合计|总计|五年|年来")
#: a level stated: 规模达到1200亿元
_LEVEL_VERB = re.compile(r"(?:达到|达|规模为|规模|增至|提高到|增加到)$")


def _years_of(text: str) -> int | None:
    found = set()
    for m in _YEARS.finditer(text):
        if m.group("n") or m.group("past"):
            found.add(small_int(m.group("n") or m.group("past")))
        elif m.group("plan"):
            found.add(5)
        else:
            found.add(int(m.group("y2")) - int(m.group("y1")) + 1)
    return found.pop() if len(found) == 1 else None  # two spans named: which one is summed is unsure


def _annual_average(doc: Doc):
    out = []
    for a in doc.claims:
        if a.kind != "amount" or a.table is not None or a.hedge is not None or not a.dimension \
                or not _AVG_BEFORE.search(doc.before(a, 8)):
            continue
        total = next((t for t in doc.preceding_in_sentence(a) if t.dimension == a.dimension and t.kind == "amount"
                      and t.unit == a.unit and not t.per and t.table is None and t.hedge is None), None)
        lead_in = doc.norm(total.sentence.start, total.start) if total is not None else ""
        if total is None or not (_TOTAL_BEFORE.search(lead_in) or _YEARS.search(lead_in)):
            continue  # (三年计划投入28.6亿元: the years before the total say it is summed over them)
        if REACHED.search(doc.before(total, 6)):
            continue  # 由500万人减少至100万人，年均减少100万人: a level reached, no total of the years (C001's)
        if re.search(r"(?:增加|减少|提高|下降)$", doc.before(a, 8)) and _LEVEL_VERB.search(doc.before(total, 8)) \
                and not re.search(r"累计|共|合计|总计", doc.before(total, 8)):
            continue  # 资金规模达到1200亿元，连续5年年均增加30亿元: a level and its yearly rise, no total of rises
        n = _years_of(doc.sentence(a))
        if n is None or n < 2:
            continue
        years = Decimal(n)
        computed = iv(total).scale(1 / years)
        stated = _per_iv(a, True)
        ok = computed.meets(stated)
        comp = f"{_label(total)} ÷ {n}年 = {computed}{a.unit}, stated 年均{_label(a)} " + ("✓" if ok else "✗")
        msg = (f"the yearly average is the total over {n} years" if ok else
               f"{_label(total)} over {n} years is {computed}{a.unit} a year, but the average is stated as {_label(a)}")
        why = (f"{stated} meets {computed}" if ok else
               f"the stated average {stated} (its trailing zeros read as rounding) cannot meet total ÷ {n} = {computed}")
        out.append(finding(RULE, "pass" if ok else "fail", [a, total], msg, comp, stated, computed, why,
                           confidence=0.85))
    return out


#: a monthly standard per unit: 每个岗位每月补贴500元, 每人每月600元, 月补贴800元
_MONTHLY = re.compile(r"每(?:个|名|位|人|户|岗|个岗位)?(?:每)?月[^,;。\d]{0,6}$|月(?:补贴|补助|工资|报酬|发放)[^,;。\d]{0,4}$")
#: what a year's payment at it is called: 全年发放补贴2475万元, 年发放工资
_YEAR_PAID = re.compile(r"(?:全年|年度|一年|年)(?:累计|共)?(?:发放|兑现|支付|拨付|补贴|补助|工资)[^,;。\d]{0,8}$")


def _monthly_for_a_year(doc: Doc):
    """开发公益性岗位4125个，每个岗位每月补贴500元，全年发放补贴2475万元: the count × the monthly
    standard × 12 is the most a year can pay. Paid in full it is met; above it the figures cannot
    all hold (fail); below it some were paid for part of the year, or fewer were paid (warn)."""
    out = []
    for p in doc.claims:
        if p.dimension != "money" or p.table is not None or p.hedge is not None or p.range_with \
                or not _MONTHLY.search(doc.before(p, 12)):
            continue
        sentence = doc.in_sentence(p)
        counts = [c for c in sentence if c.end <= p.start and c.kind == "amount" and c.hedge is None
                  and c.table is None and not c.range_with and c.group in (None, c.id)
                  and (c.dimension in ("person", "household") or (c.dimension or "").startswith("count_"))
                  and not re.search(r"[;]", doc.between(c, p))]
        total = next((t for t in sentence if t.start >= p.end and t.dimension == "money" and t.kind == "amount"
                      and t.hedge is None and _YEAR_PAID.search(doc.before(t, 12))
                      and not re.search(r"[;]", doc.between(p, t))), None)
        if not counts or total is None:
            continue
        count = counts[-1]
        most = exact_iv(count) * Iv.point(p.value) * Iv.point(D(12))
        stated = iv(total)
        comp = (f"{_label(count)} × {_label(p)} × 12个月 = {_money(most, total.unit)}, "
                f"stated {_label(total)} ")
        if most.meets(stated):
            out.append(finding(RULE, "pass", [count, p, total], "a year at the monthly standard gives the total",
                               comp + "✓", stated, most, f"{stated} meets {most}", confidence=0.85))
        elif stated.above(most):
            out.append(finding(RULE, "fail", [count, p, total],
                               f"{_label(total)} is more than a full year at {_label(p)} a month for {_label(count)}",
                               comp + "✗", stated, most,
                               f"the stated total {stated} lies above the most a year can pay, {most}", confidence=0.85))
        else:
            out.append(finding(RULE, "warn", [count, p, total],
                               f"{_label(total)} is less than a full year at {_label(p)} a month for {_label(count)}",
                               comp + "✗", stated, most,
                               f"the stated total {stated} lies below a full year's {most}: some may have been paid "
                               "for part of the year, or fewer paid, so this is a warning", confidence=0.5))
    return out
