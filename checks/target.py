"""An achieved figure must meet the target or bound the report says it met.

What it checks
    1. 超额完成 a stated target: the achieved figure must exceed it (年内累放4617.6万元，超额完成
       全年3400万元目标任务); 完成年度计划的120.7% (or a budget: 为调整预算10.99亿元的102.3%) must
       equal achieved / target, also when the target
       stands in the phrase and the achieved figure before it names no verb (务工就业2.35万人，较上年
       增加1260人，完成目标任务2.2万人的106.8%: past the change).
    2. A bound and the figure stated with it: 突破2万亿元、达到23562亿元 (actual ≥ bound).
    3. A bound restated elsewhere: 地区生产总值跨越5000亿元大关 against 全年实现地区生产总值5696亿元;
       每年城镇新增就业60万人以上 against 城镇新增就业62.6万人; a target to keep a level
       (确保粮食总产量稳定保持在76亿斤以上) against the level reached (粮食总产量达76.28亿斤).
    4. A new target against the level already reached: 普通高中升学率提高到78%以上 (target) after
       普通高中升学率超过76% (reached); 力争电力总装机达到1.1亿千瓦 after 电力总装机突破9000万千瓦.
    5. A stated comparison: 年均增长6.5%，超过GDP增速 against the GDP growth stated for the same period.
    6. A figure kept within a ceiling: 政府债务余额68.45亿元，控制在债务限额72.8亿元以内 (actual ≤
       ceiling), the figure before a 其中 list rather than its last item.
    7. A bound said of each figure of a 分别 list (每年减贫人口都在1000万以上，分别达到1650万人、…;
       分别为98.2%、93.5%，均在95%以上; 均降至2%以下): every figure meets it. A bound on a change
       (均增长5%以上) is said of changes (分别增长…), a bound on a level of levels only.

Why it matters
    "Exceeded", "broke through" and "raise to" are claims about two figures; when the figures say
    otherwise, one of them (or the claim) is wrong.

Flagged
    全年发放扶贫小额信贷3920万元，超额完成全年4500万元目标任务。   (3920万 < 4500万)

Passing
    全年发放扶贫小额信贷5120万元，超额完成全年4500万元目标任务。

Tolerance
    Figures are intervals (±½ of the last digit); a bound (突破X, X以上) is its threshold X. A
    relation fails only when the intervals cannot satisfy it. Status by how explicit the relation
    is: 超额完成, 完成…%, a bound next to its actual (突破X、达到Y) or said of each figure of a list
    (均/都 with 分别 in one sentence), 保持在X以上 and a raise verb
    in a target (提高到, 提升到, 增加到) fail; a bound or target linked to a figure in another part of
    the report only by its subject (跨越X大关, 达到X as a target) warns, since the two may refer to
    different years or scopes, unless a target for the very same words lies more than 15% below
    the level reached (base.GROSS). What the year's work is to bring (年底全市将新增…，使农村自来水
    普及率提高到75%以上) is a target, never a bound the level reached so far must meet; a completion
    rate of a budget inside a 其中 item (税收收入4160万元，占年初预算9120万元的45.6%) is that item's, and an
    item's rate of its own plan (其中，…为年度计划的112.5%) is never of the total's target, which has its
    own rate already; a bound stated
    with its own figure (突破70亿元，累计实现72.46亿元) is not set against another figure elsewhere.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import (BASE_OF_RATE, BUDGET, Doc, Iv, Ordered, Rule, finding, fmt, gross_note, grossly_above, iv, rate_iv,
                   label as _label)

CODE = "C010"
NAME = "target-not-met"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)



D = Decimal

_EXCEEDED = re.compile(r"超额完成")
_DONE_PCT_INLINE = re.compile(rf"(?:完成|占|为|达到?)(?:了)?[^,;。\d]{{0,8}}?(?:计划|目标|任务|{BUDGET})(?:数|额)?[\d.]+[^\d,;。]{{0,4}}的$")
_PLAN_WORD = re.compile(rf"计划|目标|任务|下达|{BUDGET}")
_ACTUAL_WORD = re.compile(r"实际|实现|完成|累计|累放|发放|达到|达")
#: a change from a base, or the base itself: 较上年增加1260人, 比上年的26.2万吨
_CHANGED_OR_BASE = re.compile(r"(?:增加|增长|减少|下降|提高|降低|多|少)了?$|(?:较|比|同比|从|由)[^,;。]{0,8}$")
_DONE_PCT = re.compile(rf"(?:完成|占|为|达到?)(?:了)?(?:全年|年度|本年|当年|省|市|县|州|上级)?[^,;。\d]{{0,8}}?(?:计划|目标|任务|{BUDGET})(?:的)?$")
#: a bound verb right before a figure: 突破2万亿元, 跨越5000亿元大关
_BOUND_VERB = re.compile(r"(?:突破|超过|跨越|迈上|站上|跨上|越过|逾|超)$")
_BOUND_AFTER = re.compile(r"^(?:元|亿元|万元)?(?:大关|台阶|关口|以上)")
_BREAKTHROUGH = re.compile(r"(?:突破|跨越|迈上|跨上|站上)$")
_KEEP = re.compile(r"(?:保持|稳定|维持|巩固)(?:在)?$")
_RAISE = re.compile(r"(?:提高|提升|增加|增长|扩大|上升|增)(?:到|至)$")
_TARGET_CUE = re.compile(r"力争|争取|目标|预期|确保|预计|力求|(?<![提高升增长加大降低少上下])到20\d\d年|"
                         # 年底全市将新增…，使农村自来水普及率提高到75%以上: what the year's work is to bring
                         r"年底(?:前)?(?:全[市县省区])?将|使[^,;。]{0,12}(?:提高|提升|达到|增加)到|"
                         r"计划(?:在|于|到|实现|完成|新增|新建|建设|建成|脱贫|搬迁|投资|安排|实施|开工|发放)")
_PLAN_HEADING = re.compile(r"目标任务|主要任务|主要目标|重点工作|工作安排|工作打算|工作思路|下一步|预期目标|总体要求")
_FROM_NEXT = re.compile(r"^(?:的)?[,、]?(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小)?(?:到|至)|^(?:的)?[,、]?(?:增至|降至)")
_CUMULATIVE = re.compile(r"累计|五年|5年|十四五|十三五|年均|总计|合计")
_FASTER = re.compile(r"^[,、]?(?:超过|高于|快于|领先)(?:了)?([^,;。]{1,10}?)(?:增速|增幅|增长速度)")
_GDP = re.compile(r"地区生产总值|生产总值|GDP|经济增长|经济增速")
_GROWTH_WORD = re.compile(r"增长$|增速$|增幅$")

#: words in a subject that name no measure (verbs, scope, time)
_STOP = {"力争", "争取", "确保", "实现", "完成", "全年", "全省", "全区", "全市", "全县", "全州", "全乡", "我省", "我区",
         "我市", "我县", "稳定", "保持", "保持在", "稳定在", "继续", "进一步", "当年", "今年", "年内", "其中", "达", "达到",
         "突破", "跨越", "超过", "提高", "提升", "增加", "增长", "扩大", "到", "至", "在", "的", "了", "和", "与",
         "每年", "年", "上", "以上", "左右", "约", "规模", "总", "新", "首次", "已", "将", "要", "加快", "推动",
         "推进", "建设", "大关", "台阶", "成功", "顺利", "逐步", "不断", "持续", "预计"}
_SCOPE = re.compile(r"全(?:省|区|市|县|州|乡|镇|国)")
_QUALIFIERS = {"人均", "户均", "平均", "年均", "累计", "新增", "城镇", "农村", "城市", "乡村", "每万人", "每千人"}
_GENERIC = {"占比", "比重", "产值", "收入", "总量", "数量", "人数", "面积", "产量", "投资", "资金", "金额", "比例",
            "增加值", "地区", "水平", "能力", "率"}


#: keywords a figure inherits: the "to" value of 由A提高到B names no subject of its own
_SUBJECT_OF: dict[str, list[str]] = {}


def _inherit_subjects(doc: Doc) -> None:
    _SUBJECT_OF.clear()
    _WORDS.clear()
    prev = None
    for c in doc.claims:
        if (not c.keywords and prev is not None and prev.sentence == c.sentence and prev.keywords
                and prev.unit == c.unit and _FROM_NEXT.search(doc.after(prev, 8))):
            _SUBJECT_OF[c.id] = prev.keywords
        prev = c


def check(doc: Doc):
    _inherit_subjects(doc)
    plan_start = _plan_start(doc)
    ctx = _Ctx(doc, plan_start)
    out = []
    out += _exceeded_target(ctx)
    out += _done_percent(ctx)
    seen: set[tuple[str, str]] = set()
    out += _bound_with_actual(ctx, seen)
    out += _restated_bound(ctx, seen)
    out += _new_target(ctx, seen)
    out += _faster_than(ctx)
    out += _within_limit(doc)
    out += _each_bound(doc)
    return out


class _Ctx:
    def __init__(self, doc: Doc, plan_start: int | None):
        self.doc = doc
        self.plan_start = plan_start

        self._target: dict[str, bool] = {}

    def target(self, c) -> bool:
        """Is c a target (a plan, not a result)?"""
        if c.id not in self._target:
            self._target[c.id] = ((self.plan_start is not None and c.start >= self.plan_start)
                                  or bool(_TARGET_CUE.search(self.doc.before(c, 40, clause=False))))
        return self._target[c.id]


def _plan_start(doc: Doc) -> int | None:
    """Offset of the first heading that opens the plan part of a report (主要目标任务, 重点工作)."""
    text = doc.original
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= 40 and "。" not in s and _PLAN_HEADING.search(doc.norm(pos, pos + len(line))):
            return pos
        pos += len(line) + 1
    return None


def _plain(c) -> bool:
    """A single figure of a level: amounts, percentages, per-capita levels (人均可支配收入12680元)."""
    if c.kind == "per_unit":
        return c.per in ("人", "户") and c.table is None and not c.range_with
    return c.kind in ("amount", "percent") and c.table is None and not c.range_with and c.per == ""


_LIST = re.compile(r"分别|均(?:达|为|在|超过|突破|保持)?$|各")
_CHANGE = re.compile(r"(?:增长|增速|涨幅|增幅|下降|降低|提高|提升|减少|上升|增加|回落|扩大|缩小)(?:了)?$")
_CLAUSE_END = re.compile(r"^(?:大关|台阶|关口)?(?:[,、。;:)）]|$)")
_FLOW = re.compile(r"新增|新建|新入|新开|开工|建成|改造|增收|分红|实施|引进|培育|输转|转移|发放|投入|办成|新探明|累计|招引|签约")


def _level(doc: Doc, c) -> bool:
    """A figure that states the level of one measure (not a change, not one of a list, not a noun modifier)."""
    return doc.per_claim("target.level", c, _is_level)


def _is_level(doc: Doc, c) -> bool:
    if not _plain(c):
        return False
    if _LIST.search(doc.before(c, 20)) or _LIST.search(doc.before(c, 3)):
        return False
    if c.kind == "percent" and _CHANGE.search(doc.before(c, 6)):
        return False
    return bool(_CLAUSE_END.search(doc.after(c, 4)))


def _flow(doc: Doc, c) -> bool:
    return bool(_FLOW.search(c.subject) or _FLOW.search(doc.before(c, 12)))


def _threshold(doc: Doc, c):
    """The threshold X of a bound figure (突破X, X以上, 跨越X大关), else None."""
    if c.hedge == "at_least":
        return c.value
    if c.hedge is None and (_BOUND_VERB.search(doc.before(c, 4)) or _BOUND_AFTER.search(doc.after(c, 6))):
        return c.value
    return None


def _is_actual(doc: Doc, c) -> bool:
    return _level(doc, c) and c.hedge is None and not _FROM_NEXT.search(doc.after(c, 8)) and _threshold(doc, c) is None


_NOT_A_WORD = re.compile(r"[\d.%]+|20\d\d年?|[“”\"'、,()（）]+")
#: claim id → its word list, for the report being checked (see _inherit_subjects)
_WORDS: dict[str, list[str]] = {}


def _word_list(c) -> list[str]:
    """Content words of a figure's subject, 总 dropped (电力总装机 = 电力装机)."""
    words = _WORDS.get(c.id)
    if words is not None:
        return words
    out = []
    for w in _SUBJECT_OF.get(c.id, c.keywords):
        if w in _STOP or _NOT_A_WORD.fullmatch(w):
            continue
        if w.startswith("总") and len(w) > 2:
            w = w[1:]
        out.append(w)
    _WORDS[c.id] = out
    return out


def _measure_key(c):
    """What two figures of the same measure share for certain (see _same_measure): the head
    word of the subject and whether it is cumulative; None for a figure with no subject words."""
    words = _word_list(c)
    return (words[-1], bool(_CUMULATIVE.search(c.subject))) if words else None


class _MeasureIndex:
    """Figures grouped by _measure_key, each group in report order: the figures that can be
    the same measure as a given one, without comparing it with every figure of the report."""

    def __init__(self, doc: Doc, claims):
        groups: dict[tuple, list] = {}
        for c in claims:
            key = _measure_key(c)
            if key is not None:
                groups.setdefault(key, []).append(c)
        self.groups = {key: Ordered(doc, group) for key, group in groups.items()}

    def nearest(self, c, ok, before_only: bool = False):
        """The figure of c's group nearest to c that passes ``ok`` (see base.Ordered.nearest)."""
        group = self.groups.get(_measure_key(c))
        return None if group is None else group.nearest(c, ok, before_only)


def _same_measure(a, b) -> bool:
    """Do two figures measure the same thing (by the words of their subjects)?"""
    if a.unit != b.unit and not (a.dimension and a.dimension == b.dimension):
        return False
    if bool(_CUMULATIVE.search(a.subject)) != bool(_CUMULATIVE.search(b.subject)):
        return False
    la, lb = _word_list(a), _word_list(b)
    if not la or not lb or la[-1] != lb[-1]:
        return False  # the head nouns differ: 干部 / 村
    wa, wb = set(la), set(lb)
    sa, sb = _SCOPE.findall(a.subject), _SCOPE.findall(b.subject)
    if sa and sb and sa[0] != sb[0]:
        return False  # 全省 / 全市
    if (wa & _QUALIFIERS) != (wb & _QUALIFIERS):
        return False  # 人均地区生产总值 is not 地区生产总值
    if wa == wb:
        return any(w not in _GENERIC for w in wa)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(small) >= 2 and small <= large and any(w not in _GENERIC for w in small)


# 6. 控制在…以内: 债务余额68.45亿元，控制在债务限额72.8亿元以内 ---------------------------------

#: the ceiling a figure is kept within, before the ceiling's figure
_KEPT_WITHIN = re.compile(r"(?:控制在|保持在|严控在)(?:[^,;。\d]{0,10}?)$")
#: after the ceiling's figure
_WITHIN_AFTER = re.compile(r"^(?:以内|之内|以下|内)")


def _within_limit(doc: Doc):
    """年末政府债务余额68.45亿元，其中…，控制在债务限额72.8亿元以内: the figure the clause keeps
    within the ceiling (the one before a 其中 list, not its last item) is no larger than it."""
    out = []
    for t in doc.claims:
        if t.table is not None or t.kind != "amount" or not t.dimension or not _KEPT_WITHIN.search(doc.before(t, 14)) \
                or not _WITHIN_AFTER.match(doc.after(t, 3) if t.hedge is None else "以内"):
            continue
        kin = [c for c in doc.preceding_in_sentence(t) if c.dimension == t.dimension and c.kind == "amount"
               and c.table is None and ";" not in doc.between(c, t)]
        if not kin:
            continue
        # the whole before a 其中 list, not its items
        x = next((c for c in kin[1:] if "其中" in doc.between(c, kin[0])), kin[0])
        if "其中" in doc.before(x, 8) or len(doc.between(x, t)) > 40:
            continue
        a, limit = iv(x), Iv(None, t.value)
        ok = not (a.low is not None and a.low > t.value)
        comp = f"{_label(x)} ≤ {_label(t)} " + ("✓" if ok else "✗")
        msg = ("the figure is within the ceiling it is said to be kept within" if ok else
               f"{_label(x)} is said to be kept within {_label(t)}, but it is above it")
        out.append(finding(RULE, _status(ok, True), [x, t], msg, comp, a, limit,
                           f"{a} against the ceiling {fmt(t.value)} (控制在…以内)", confidence=0.9))
    return out


# 7. a bound said of each item of a list ------------------------------------------------------

#: 均 / 都 said of the figures of a list: 都在1000人以上, 均超过1万元, 均控制在3%以内
_EACH = re.compile(r"(?:(?<![人户年平村生亩次日])均|(?<!首)都|皆)(?:已|能|要)?(?P<change>(?:增长|提高|提升|增加|上升|下降|降低|减少)(?:了)?)?"
                   r"(?:在|达到|达|超过|突破|高于|不低于|保持在|稳定在|控制在|低于|不超过|降至|降到)?$")
#: a 分别 list's opening, after its bound or before its items: 分别达到, 分别为
_RESPECTIVELY = re.compile(r"分别(?:是|为|达到|达|占|实现|完成|有)?$")
#: between two items of a list
_ITEM_GAP = re.compile(r"[、,，和及与]?")
_CEILING_VERB = re.compile(r"(?:低于|不超过|控制在|降至|降到)$")
_FLOOR_VERB = re.compile(r"(?:超过|突破|高于|不低于)$")


def _each_bound(doc: Doc):
    """全县每年减贫人口都在1000万以上，分别达到1650万人、1232万人…: a bound said of each figure of
    a 分别 list in its sentence, after it (or before it: 分别为96.2%、97.1%，均在95%以上)."""
    out = []
    for b in doc.claims:
        if b.table is not None or b.range_with or b.kind not in ("amount", "percent", "per_unit"):
            continue
        before = doc.before(b, 8)
        each = _EACH.search(before)
        if each is None:
            continue
        if b.hedge == "at_least" or (b.hedge is None and (_FLOOR_VERB.search(before) or _BOUND_AFTER.match(doc.after(b, 4)))):
            floor = True
        elif b.hedge == "at_most" or (b.hedge is None and (_CEILING_VERB.search(before)
                                                            or _WITHIN_AFTER.match(doc.after(b, 3)))):
            floor = False
        else:
            continue
        changed = each.group("change") is not None
        items = _respective_items(doc, b, changed)
        if len(items) < 2:
            continue
        x = b.value

        def misses(a) -> bool:
            v = iv(a)
            return (v.high is not None and v.high < x) if floor else (v.low is not None and v.low > x)

        bad = [a for a in items if misses(a)]
        ok = not bad
        sign = "≥" if floor else "≤"
        shown = bad or items
        comp = "; ".join(f"{_label(a)} {sign} {_label(b)}" for a in shown) + (" ✓" if ok else " ✗")
        msg = (f"each of the {len(items)} figures meets the bound stated for all of them" if ok else
               f"the bound {_label(b)} is said of each figure of the list, but "
               + "、".join(_label(a) for a in bad) + (" does not meet it" if len(bad) == 1 else " do not meet it"))
        why = (f"均/都 says every figure of the 分别 list is {'at least' if floor else 'at most'} {fmt(x)}{b.unit}; "
               + ("all of them are" if ok else "the intervals of " + "、".join(str(iv(a)) for a in bad) + " lie "
                  + ("below" if floor else "above") + " it"))
        out.append(finding(RULE, _status(ok, True), [b] + items, msg, comp, Iv(x, None) if floor else Iv(None, x),
                           iv(shown[0]), why, confidence=0.9))
    return out


def _respective_items(doc: Doc, b, changed: bool):
    """The figures of the 分别 list a bound b is said of (均…), in b's sentence: right after it
    (…都在1000万以上，分别达到1650万人、1232万人) or right before it (分别为96.2%、97.1%，均在95%以上);
    of b's unit, each a change when b is one (均增长5%以上，分别增长5.3%、6.1%) and none when it is not."""
    sentence = doc.in_sentence(b)
    i = sentence.index(b)

    def fits(c) -> bool:
        # (人均纯收入均超过1万元，分别为12650元、…: the items are per capita too, unsaid)
        return c.unit == b.unit and c.dimension == b.dimension \
            and (c.kind == b.kind or {c.kind, b.kind} == {"amount", "per_unit"}) and c.table is None \
            and not c.range_with and c.hedge is None

    def run(cs, first_gap) -> list:
        if not cs or not fits(cs[0]):
            return []
        opening = first_gap(cs[0])
        m = _RESPECTIVELY.search(re.sub(r"(?:增长|增加|提高|提升|下降|降低|减少|上升)(?:了)?$", "", opening))
        if m is None or len(opening) > 24 or re.search(r"[;。]", opening) \
                or bool(_CHANGE.search(opening)) != changed:
            return []
        items = [cs[0]]
        for c in cs[1:]:
            if not fits(c) or not _ITEM_GAP.fullmatch(doc.between(items[-1], c)):
                break
            items.append(c)
        return items

    after = run(sentence[i + 1:], lambda c: doc.between(b, c))
    if len(after) >= 2:
        return after
    # before b: the list ends right before ，均…b
    k = i - 1
    if k < 1 or not re.fullmatch(r"[,，]?", doc.between(sentence[k], b)[:1]) \
            or not re.fullmatch(r"[,，]" + _EACH.pattern, doc.between(sentence[k], b)):
        return []
    j = k
    while j > 0 and fits(sentence[j - 1]) and _ITEM_GAP.fullmatch(doc.between(sentence[j - 1], sentence[j])):
        j -= 1
    opening = doc.norm(sentence[j].clause.start, sentence[j].start)
    return run(sentence[j:k + 1], lambda c: opening)


def _status(ok: bool, sure: bool) -> str:
    return "pass" if ok else ("fail" if sure else "warn")


# 1. 超额完成 ---------------------------------------------------------------------------------

def _exceeded_target(ctx: _Ctx):
    doc = ctx.doc
    out = []
    for t in doc.claims:
        if not _plain(t) or t.kind != "amount":
            continue
        before = doc.before(t, 14)
        if not (_EXCEEDED.search(before) and (_PLAN_WORD.search(before) or _PLAN_WORD.search(doc.after(t, 6)))):
            continue
        achieved = next((c for c in doc.preceding_in_sentence(t) if _is_actual(doc, c)
                         and c.unit == t.unit and c.kind == "amount"), None)
        if achieved is not None and (len(doc.between(achieved, t)) > 20 or re.search(r"[;]", doc.between(achieved, t))):
            achieved = None  # 超额完成 qualifies the figure right before it
        if achieved is None:
            continue
        ok = not (iv(achieved).high is not None and iv(t).low is not None and iv(achieved).high <= iv(t).low)
        comp = (f"{_label(achieved)} > {_label(t)} " + ("✓" if ok else "✗"))
        msg = ("the achieved figure exceeds the target it is said to exceed" if ok else
               f"超额完成 says {fmt(achieved.value)}{achieved.unit} exceeds the target {fmt(t.value)}{t.unit}, "
               f"but it does not")
        why = f"achieved {iv(achieved)} against target {iv(t)}"
        out.append(finding(RULE, _status(ok, True), [achieved, t], msg, comp, iv(achieved), iv(t), why,
                           confidence=0.9))
    return out


def _done_percent(ctx: _Ctx):
    """完成年度计划的120.7%: achieved / target."""
    doc = ctx.doc
    out = []
    for p in doc.claims:
        if p.kind != "percent" or p.table is not None:
            continue
        before = doc.before(p, 16)
        inline = _DONE_PCT_INLINE.search(before)
        if not (_DONE_PCT.search(before) or inline):
            continue
        window = [c for c in doc.preceding_in_sentence(p) if _plain(c) and c.kind == "amount"]
        if inline:
            # 为年度目标45亿元的115.6%: the target is the figure inside the phrase
            target = window[0] if window and _PLAN_WORD.search(doc.before(window[0], 6)) else None
            if target is not None and len(window) > 1 and window[1].unit == target.unit \
                    and not _CHANGED_OR_BASE.search(doc.before(window[1], 8)) \
                    and re.fullmatch(r"[,]?(?:完成|占|为|达到?)(?:了)?[^,;。\d]{0,10}", doc.between(window[1], target)):
                # 其中：税收收入4100万元，占年初预算9000万元的45.6%: what the phrase is said of is right before it
                window = [target, window[1]]
        else:
            # (not a plan that has its own rate already: 占年度目标任务96.5亿元的124.4%。其中，…为年度计划的112.5%)
            target = next((c for c in window if _PLAN_WORD.search(doc.before(c, 8))
                           and not BASE_OF_RATE.match(doc.after(c, 10))), None)
        if target is None:
            continue
        achieved = next((c for c in window if c is not target and c.unit == target.unit
                         and _ACTUAL_WORD.search(doc.before(c, 8)) and not _PLAN_WORD.search(doc.before(c, 8))), None)
        if achieved is None and inline:
            # 务工就业2.35万人，较上年增加1260人，完成目标任务2.2万人的106.8%: what the sentence states
            # before the target, past a change or a base of comparison
            achieved = next((c for c in window[1:] if c.unit == target.unit and c.dimension == target.dimension
                             and not _PLAN_WORD.search(doc.before(c, 8))
                             and not _CHANGED_OR_BASE.search(doc.before(c, 8))), None)
        if achieved is None:
            continue
        computed = iv(achieved).divide(iv(target)).scale(D(100))
        stated = rate_iv(p).scale(D(100))
        ok = computed.meets(stated)
        comp = f"{_label(achieved)} ÷ {_label(target)} = {computed}%, stated {_label(p)} " + ("✓" if ok else "✗")
        msg = ("achieved / target equals the stated completion rate" if ok else
               f"achieved / target is {computed}%, but the completion rate is stated as {fmt(p.value)}%")
        out.append(finding(RULE, _status(ok, True), [achieved, target, p], msg, comp, stated, computed,
                           f"{stated} vs {computed}", confidence=0.9))
    return out


# 2–3. bounds --------------------------------------------------------------------------------

def _bound_finding(doc: Doc, bound, actual, x, sure: bool, how: str, confidence: float):
    a = iv(actual)
    ok = not (a.high is not None and a.high < x)
    comp = f"{_label(actual)} ≥ {_label(bound)} " + ("✓" if ok else "✗")
    msg = ("the figure meets the bound stated for it" if ok else
           f"the bound {_label(bound)} is not met by the stated figure {_label(actual)}")
    why = f"{a} against the threshold {fmt(x)}; {how}"
    return finding(RULE, _status(ok, sure), [actual, bound], msg, comp, Iv(x, None), a, why, confidence=confidence)


def _bound_with_actual(ctx: _Ctx, seen):
    """突破2万亿元、达到23562亿元: a bound and the figure stated next to it."""
    doc = ctx.doc
    out = []
    for b in doc.claims:
        x = _threshold(doc, b) if _level(doc, b) else None
        if x is None:
            continue
        for a in (doc.following(b)[:1] + doc.preceding(b)[:1]):
            if a.sentence != b.sentence or not _is_actual(doc, a) or a.unit != b.unit:
                continue
            gap = doc.between(b, a) if b.end <= a.start else doc.between(a, b)
            if not re.fullmatch(r"[,、]?(?:已|并|实际)?(?:累计|共)?(?:实现|完成)?(?:达到|达|为|至|到)?", gap) or gap == "":
                continue
            seen.add((b.id, a.id))
            out.append(_bound_finding(doc, b, a, x, True, "the bound and the figure are stated together", 0.95))
    return out


def _restated_bound(ctx: _Ctx, seen):
    """A bound in one place, the figure it bounds in another (same measure, both results)."""
    doc = ctx.doc
    out = []
    actuals = None
    paired = {bound for bound, _ in seen}  # the bounds _bound_with_actual found their figure for
    for b in doc.claims:
        x = _threshold(doc, b) if _level(doc, b) else None
        if x is None:
            continue
        if _flow(doc, b) and "每年" not in doc.before(b, 20):
            continue  # a flow bounds each year's flow only when it says 每年
        if b.id in paired:
            continue  # 突破700亿元，累计实现702.76亿元: its figure is stated with it, not somewhere else
        keep = bool(_KEEP.search(re.sub(r"\d+(?:\.\d+)?$", "", doc.before(b, 8))))
        if ctx.target(b) and not keep:
            continue
        if actuals is None:
            actuals = _MeasureIndex(doc, [c for c in doc.claims if _is_actual(doc, c) and not ctx.target(c)])
        a = actuals.nearest(b, lambda c: _same_measure(b, c) and (b.id, c.id) not in seen
                            and (not keep or c.start < b.start) and (keep or _periods(doc, c) == _periods(doc, b)))
        if a is None:
            continue
        seen.add((b.id, a.id))
        same_words = set(_word_list(a)) == set(_word_list(b))
        if keep:
            out.append(_bound_finding(doc, b, a, x, same_words, "保持/稳定在 X 以上 presumes the level reached is above X"
                                      + ("" if same_words else "; the subjects differ in words"), 0.8))
        elif same_words:
            out.append(_bound_finding(doc, b, a, x, True,
                                      "the bound and the figure name the same measure, with no other year or scope", 0.7))
        else:
            out.append(_bound_finding(doc, b, a, x, False,
                                      "linked by subject only: the two may refer to different years or scopes", 0.5))
    return out


# 4. new targets ------------------------------------------------------------------------------

def _new_target(ctx: _Ctx, seen):
    """A target (提高到X, 达到X, 突破X) after the level already reached for the same measure."""
    doc = ctx.doc
    out = []
    levels = None
    for t in doc.claims:
        if not _level(doc, t) or not ctx.target(t) or t.hedge in ("at_most", "at_most_soft") or _flow(doc, t):
            continue
        before = re.sub(r"\d+(?:\.\d+)?$", "", doc.before(t, 8))
        if _KEEP.search(before):
            continue  # a level to keep is checked as a restated bound
        raise_verb = bool(_RAISE.search(before))
        breakthrough = bool(_BREAKTHROUGH.search(before))
        bound = _threshold(doc, t) is not None
        if not (raise_verb or bound or re.search(r"(?:达到|达)$", before)):
            continue
        if levels is None:
            levels = _MeasureIndex(doc, [c for c in doc.claims if c.hedge in (None, "at_least") and _level(doc, c)
                                         and not ctx.target(c) and not _flow(doc, c)
                                         and not _FROM_NEXT.search(doc.after(c, 8))])
        c = levels.nearest(t, lambda c: _same_measure(t, c) and (c.id, t.id) not in seen and (t.id, c.id) not in seen
                           and _subyear(doc, c) == _subyear(doc, t), before_only=True)
        if c is None:
            continue
        seen.add((c.id, t.id))
        # the lowest the reached level can be: a bound (突破9000万千瓦) is its threshold
        level = c.value if c.hedge == "at_least" else iv(c).low
        # the highest the target can be: a bound target (提高到78%以上) is its threshold
        top = t.value if t.hedge == "at_least" or bound else iv(t).high
        ok = not (top is not None and level is not None and top < level)
        # a subset of words may be a sub-population (脱贫地区农村居民收入): only the same words are sure
        same_words = set(_word_list(t)) == set(_word_list(c))
        sure = (raise_verb or breakthrough) and same_words
        # without a raising verb, a target far below the level reached for the very same words is
        # no floor or rounding (a sub-population's target may be far below the whole's level)
        gross = not ok and not sure and same_words and grossly_above(Iv(level, None), Iv(None, top))
        sure = sure or gross
        comp = f"{_label(t)} (target) ≥ {_label(c)} (reached) " + ("✓" if ok else "✗")
        msg = ("the target is above the level already reached" if ok else
               f"the target {_label(t)} is below the level already reached ({_label(c)})")
        how = ("提高到/增加到 (raise to) says the target is above the current level" if raise_verb else
               "突破 (break through) says the target is not yet reached" if breakthrough else
               "inferred: a target below the current level may be a floor to keep, or another scope or year")
        why = f"target up to {fmt(top) if top is not None else '+∞'} against the reached level of at least {fmt(level)}; {how}"
        if gross:
            why += "; " + gross_note(Iv(level, None), Iv(None, top))
        out.append(finding(RULE, _status(ok, sure), [t, c], msg, comp, Iv(level, None), Iv(None, top), why,
                           confidence=0.8 if sure else 0.5))
    return out


# 5. stated comparisons -------------------------------------------------------------------------

def _faster_than(ctx: _Ctx):
    """年均增长6.5%，超过GDP增速: the other growth rate, stated for the same period."""
    doc = ctx.doc
    out = []
    for p in doc.claims:
        if p.kind != "percent" or p.table is not None:
            continue
        m = _FASTER.search(doc.after(p, 16, clause=False))
        if not m:
            continue
        noun = m.group(1).strip()
        if re.search(r"全国|全省|全市|平均|同期", noun):
            continue  # a benchmark the report does not state
        rx = _GDP if _GDP.search(noun) else re.compile(re.escape(noun))
        annual = "年均" in doc.before(p, 6)
        g = next((g for g in doc.preceding(p) if g.kind == "percent" and g.table is None and g.hedge is None
                  and not ctx.target(g) and _growth_of(doc, g, rx)
                  and ("年均" in doc.before(g, 6)) == annual and _GROWTH_WORD.search(doc.before(g, 6))), None)
        if g is None:
            continue
        ok = not (iv(p).high is not None and iv(g).low is not None and iv(p).high <= iv(g).low)
        comp = f"{fmt(p.value)}% > {fmt(g.value)}% " + ("✓" if ok else "✗")
        msg = ("the growth rate exceeds the one it is said to exceed" if ok else
               f"{fmt(p.value)}% is said to exceed {noun}增速, stated as {fmt(g.value)}%")
        same_par = doc.claims[doc.index[g.id]].line == p.line
        out.append(finding(RULE, _status(ok, True), [p, g], msg, comp, iv(g), iv(p),
                           f"{iv(p)} against {iv(g)} ({'same paragraph' if same_par else 'the nearest earlier growth of ' + noun + ' for the same period'})",
                           confidence=0.8 if same_par else 0.6))
    return out


def _growth_of(doc: Doc, g, rx) -> bool:
    """Is g the growth of the measure rx names (the last measure named before it in its sentence)?"""
    text = doc.before(g, 60, clause=False)
    last = None
    for last in rx.finditer(text):
        pass
    if last is None:
        return False
    head = text[max(0, last.start() - 2):last.start()]
    tail = text[last.end():]
    # 人均地区生产总值 is another measure; so is 增加值 / 收入 named after the match
    return "人均" not in head and "占" not in head and not re.search(r"人均|增加值|收入|投资|比重|占比", tail)


_PERIOD = re.compile(r"(?:19|20)\d\d年|[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}(?:-\d{1,2})?月|去年|上年|同期|[二三四五]五末|以来")


_SUBYEAR = re.compile(r"[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}(?:-\d{1,2})?月")


def _subyear(doc: Doc, c) -> set[str]:
    """Periods shorter than a year (一季度, 上半年, 1-5月): a quarter's level is not a year's."""
    return set(_SUBYEAR.findall(doc.before(c, 40, clause=False)))


def _periods(doc: Doc, c) -> set[str]:
    """Explicit periods named before a figure in its sentence: 2020年, 一季度, 上半年, 去年."""
    return set(_PERIOD.findall(doc.before(c, 40, clause=False)))
