"""A figure stated twice for the same subject must be the same figure.

What it checks
    Figures that the report states for one subject in several places, found by matching the
    subject (never the value), grouped, and compared:
    1. Remaining stock: 只有414户731人尚未脱贫 … 对尚未脱贫的414户731人; 剩余22个贫困村 … 22个未脱贫村.
    2. Stock of the place: 辖…120个行政村 … 全县120个行政村; 共218个行政村 … 全县218个村.
    3. The same named thing counted again: 5个国家区域医疗中心 … 推进5个国家区域医疗中心; 边缘户5户 …
       5户贫困边缘户.
    4. A town's poor: 代化镇，目前建档立卡贫困户1898户 … 其中代化1905户 … table row 极贫乡镇（代化镇）:
       in a table, the first column of the poor in the town's row, not one of those lifted or left
       (脱贫人数, 未脱贫人数), which count other things; nor a kind of the town's poor in its 其中
       list (河口乡：贫困户298户1130人，其中一般贫困户273户959人).
    5. Prose and tables: 共实施项目191项 against a table's 合计 row under 项目个数; a figure in a
       table's title (the last sentence of the line above it) against the table's total; not
       when the title says the table covers some places only (部分/重点/主要乡镇); two tables
       that break down the same total
       (a row label of one is a column header of the other: 小城镇建设 3.917亿元 and 39170万元).
    6. A year's count in prose against a year-labelled table cell (2017年…5个贫困村出列 against
       出列年度 2017（5个）).
    7. A count said to have left in full (11286户39652人全部脱贫; 48个贫困村全部出列) against the
       register its paragraph stated before (识别建档立卡贫困户11286户39652人; 贫困村48个), not a
       kind named in an aside (深度贫困村41个) nor what was left (剩余22个贫困村全部退出). The register
       may be revised between the two dates (动态调整): a difference only warns.
    8. A headline's figure (the first line, of at most 40 characters, without a comma or a
       sentence end, its own sentence) against the body's figures of its unit and kind, a change
       for a change, named with two or more of its distinctive words: one agreeing passes (a
       headline may round); none agreeing fails only when the one body figure named most like it
       names the headline's words in full (青禾县发放扶贫小额信贷2.73亿元 / …累计发放扶贫小额信贷
       24300万元). Bounds (不低于, 以上) and yearly averages restate nothing.

Why it matters
    When a report gives two different figures for one thing, at least one of them is wrong, and
    a reader cannot tell which.

Flagged
    全市只有414户731人尚未脱贫。……对尚未脱贫的414户713人，集中全力发起总攻。   (731 ≠ 713)

Passing
    全市只有414户731人尚未脱贫。……对尚未脱贫的414户731人，集中全力发起总攻。

Tolerance
    Figures are intervals (±½ of the last digit, scaled by 万/亿, trailing zeros of scaled
    figures may be rounding; whole-number counts are exact); a group agrees when all its
    intervals share a point. A group whose figures carry different years, or where one figure is
    marked as earlier (年初, 原有, 去年) and another is not, is not compared.
    Disagreement fails only when the subject match is exact and strong: the remaining stock
    (尚未脱贫 / 剩余 / 未脱贫) with the same counted noun, or the place's stock of the very same noun
    (全县…行政村 twice). Every other match (a named thing, a town's poor, prose against a
    table, table against table, year cells) is inferred and only warns: the two figures may
    be from different dates or definitions (a text's 29% and a table's 29.84% are reported).
    A named thing, a place's stock or a town's poor matched by the very words fails when the
    figures lie more than 15% apart (base.GROSS) and more than one count apart.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from .base import NOT_VILLAGE_AFTER_CUN, Doc, Iv, Rule, finding, fmt, gross_note, grossly_above, iv, named_place
from .subset import compound_member, countable, exact_iv, is_visit
from .table_total import bigrams

CODE = "C011"
NAME = "restated-figure-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)


class _Group:
    def __init__(self, key, strong, how):
        self.key, self.strong, self.how = key, strong, how
        self.members: list = []
        self._ids: set[str] = set()

    def add(self, c):
        if c.id not in self._ids:
            self._ids.add(c.id)
            self.members.append(c)


def check(doc: Doc):
    groups: "OrderedDict[tuple, _Group]" = OrderedDict()

    def put(key, c, strong, how):
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(key, strong, how)
        g.strong = g.strong and strong
        g.add(c)

    _remaining(doc, put)
    _place_stock(doc, put)
    _named_things(doc, put)
    _town_poor(doc, put)
    _tables(doc, put)
    _year_cells(doc, put)
    out = _all_of_register(doc) + _headline(doc)
    done = set()
    for g in groups.values():
        ms = g.members
        if len(ms) < 2 or len({m.clause.start for m in ms if m.table is None} | {m.id for m in ms if m.table}) < 2:
            continue
        ids = tuple(sorted(m.id for m in ms))
        if ids in done:
            continue
        done.add(ids)
        years = {y for y in (_year(m.time) for m in ms if m.table is None) if y}
        if len(years) > 1:
            continue
        if len({_period_marks(doc, m) for m in ms if m.table is None}) > 1:
            continue  # 年初剩余… and 目前剩余…: the same words at different moments
        if len({_scope(doc, m) for m in ms if m.table is None}) > 1:
            continue  # 首批…6个位于中心村 and 第二批…12个位于中心村: the same words of different sets
        out.append(_finding(g, ms))
    return out


_EARLIER = re.compile(r"年初|初期|原有|原来|此前|以前|上年|去年|曾|当时|历年")
def _period_marks(doc: Doc, c) -> bool:
    """An earlier moment (年初, 原有, 去年): the same words may then count another stock.
    Future words (确保, 力争) speak of the same stock and do not count."""
    text = doc.norm(max(c.sentence.start, c.start - 40), c.start)
    return bool(_EARLIER.search(text))


#: what a figure is counted within, before it in its sentence: a batch or phase (首批, 第二批, 二期), a
#: set named as the one it is among (约束性指标中有3个), or a sweep (走访农户500户，其中监测户46户)
_SWEEPS = ("走访", "排查", "摸排", "遍访", "核查", "抽查", "调查")
_SCOPE = re.compile(r"首批|首期|第[一二三四五六七八九十\d]{1,3}(?:批|期|年度?|轮|阶段)|[一二三四五]期|"
                    r"[\u4e00-\u9fff]{2,8}中(?=有|[,:])|" + "|".join(_SWEEPS))


#: a year left as a placeholder in a template: 201x年, 20xx年
_UNKNOWN_YEAR = re.compile(r"(?:19|20)[\dxX×ｘＸ][xX×ｘＸ]\s*年")


def _scope(doc: Doc, c) -> str:
    """The last batch, set or sweep named before ``c`` in its sentence, or ''."""
    text = doc.norm(max(c.sentence.start, c.start - 60), c.start)
    # (201x年，…5个…；201x年，…8个…: years left as placeholders, each another year)
    unknown = len(_UNKNOWN_YEAR.findall(doc.norm(c.sentence.start, c.start)))
    found = _SCOPE.findall(text)
    if not found:
        return f"year{unknown}" if unknown else ""
    last = found[-1]
    return ("sweep" if last in _SWEEPS else last) + \
        (f"|year{unknown}" if unknown else "")


def _year(t: str):
    m = re.search(r"(19|20)\d{2}", t or "")
    return m.group(0) if m else None


def _ivs(c) -> Iv:
    return exact_iv(c) if c.kind == "amount" else iv(c)


_GROSS_KINDS = ("noun", "stock", "town")   # groups matched by the very words of the subject


def _finding(g: _Group, ms):
    ivs = [_ivs(m) for m in ms]
    lo = max((i.low for i in ivs if i.low is not None), default=None)
    hi = min((i.high for i in ivs if i.high is not None), default=None)
    ok = lo is None or hi is None or lo <= hi
    # inferred matches fail only when the figures are far apart (base.GROSS); small counts one
    # apart (3个 built, 4个 under way) are the usual legitimate difference of two named sets.
    # Matches through tables (title lines, partial tables against the whole place) stay warnings.
    gross = (not ok and not g.strong and g.key[0] in _GROSS_KINDS
             and grossly_above(Iv(lo, None), Iv(None, hi)) and lo - hi > 1)
    status = "pass" if ok else ("fail" if g.strong or gross else "warn")
    vals = " = ".join(f"{fmt(m.value)}{m.unit}" for m in ms)
    comp = vals + (" ✓" if ok else " ✗")
    if ok:
        msg = f"the figure is stated {len(ms)} times and agrees ({g.how})"
        why = "the intervals " + ", ".join(str(i) for i in ivs) + " share a point"
    else:
        msg = f"the same subject is given different figures: {', '.join(fmt(m.value) + m.unit for m in ms)} ({g.how})"
        why = "the intervals " + ", ".join(str(i) for i in ivs) + " share no point"
        if gross:
            why += "; the subjects were matched by their words: " + gross_note(Iv(lo, None), Iv(None, hi))
        elif not g.strong:
            why += "; the subjects were matched by their words, the figures may differ in date or definition"
    return finding(RULE, status, ms, msg, comp, ivs[0], ivs[-1], why, confidence=0.95 if g.strong else 0.6)


def _head(doc: Doc, c):
    return doc.by_id.get(c.group, c) if compound_member(doc, c) else c


def _last_member(doc: Doc, c):
    last = c
    for x in doc.claims[doc.index[c.id] + 1:doc.index[c.id] + 4]:
        if x.group is not None and x.group in (c.id, c.group):
            last = x
    return last


# 8. a headline's figure restated in the body ---------------------------------------------------

#: a headline: the text's first line, short and without a sentence end
_HEADLINE = re.compile(r"\s*([^\n]{4,60}?)[ \t]*\n")
#: words that name no particular thing, left out of a figure's name
_PLAIN_WORDS = {"全县", "全市", "全省", "全区", "全镇", "全乡", "我县", "我市", "我省", "我区", "今年", "去年", "累计", "共计",
                "合计", "总计", "完成", "实现", "达到", "以来", "年来", "超过", "突破", "其中", "全年", "当年", "共有"}
#: a line that opens a list: 一、 / 1. / （一） / 第一
_LIST_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]+)")
#: a first line that is no headline: a sentence or a label (…，…; 东关村：; 公示如下：)
_NOT_HEADLINE = re.compile(r"[,;:，；：。!?！？]")
#: the noun after a headline's figure, up to a verb: 24.92亿元财政扶贫资金将…
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{0,10}")
_VERB_AFTER = re.compile(r"将|已|全部|均|被|由|用于|实现|完成")
#: a yearly or average figure, no restatement of a total: 平均每年减少…100万人
_AVERAGE_WORDS = re.compile(r"平均|年均|每年")
#: a figure said as a change: 减少1109万人, 增长40.1%
_CHANGE_END = re.compile(r"(?:增加|减少|增长|下降|提高|降低|增收|减收|增产|减产|上升|扩大|缩小)了?$")
#: the place a headline opens with, no part of the figure's name: 我县, 青禾县, 全市
_PLACE_OPENS = re.compile(r"^(?:[我全本][县市省区镇乡村]|[\u4e00-\u9fff]{1,5}?[县市省区州镇乡旗](?![级域城内外]))(?:今年|累计|共)?")
#: the mark before a figure's name in a headline: the name is what follows the last of them
_NAME_START = re.compile(r"[,;:、\s“”\"'《》()]")


#: a named place a line or sentence opens with (石桥镇, 东关村), past a list marker; never 我县, 全县, 上半年
_NAMED_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?((?:(?![我全本该此各其年月])[\u4e00-\u9fff]){1,5}?"
                            r"(?:县|市|区|州|镇|乡|村|旗))")


def _opening_place(text: str) -> str | None:
    """The named place a line or sentence opens with (石桥镇, 东关村), not 我县/全县; else None."""
    m = _NAMED_OPENING.match(text)
    return m.group(1) if m else None


def _headline(doc: Doc):
    """A headline's figure (县发放扶贫小额信贷2.43亿元: the first line, of at most 40 characters,
    without a sentence end or a comma, holding one or two figures) against the body's figures of
    its unit and kind, each a change when it is (减少1109万人), named with two or more of its
    distinctive words: one agreeing passes. When none agrees, the one named most like it (with
    three or more of its words, and alone so named) fails when it names the headline's words in
    full; else nothing is said (a headline may round: 2.4亿元 for 2.43亿元 passes)."""
    m = _HEADLINE.match(doc.original)
    if m is None or _NOT_HEADLINE.search(m.group(1)) or len(m.group(1)) > 40 or _LIST_LINE.match(m.group(1)):
        return []  # (一、石桥镇建档立卡贫困户276户836人 / 二、东关村…: the first of a list of lines, no headline)
    start, end = m.start(1), m.end(1)
    heads = [c for c in doc.claims if start <= c.start < end and c.table is None and c.kind in ("amount", "percent")
             and not c.per and c.unit and c.dimension not in ("duration", "age") and c.confidence >= 0.5
             and c.hedge not in ("at_least", "at_most", "at_most_soft")]
    if not heads or len([c for c in heads if c.group in (None, c.id)]) > 2:
        return []
    body = [c for c in doc.claims if c.start >= end and c.table is None and c.kind in ("amount", "percent")]
    if any(c.sentence == heads[0].sentence for c in body):
        return []  # (年末全区户籍总人口50.81万人 / 其中男性26.16万人: a line of a bulletin, no headline)
    place = _opening_place(doc.norm(start, end))
    # (石桥镇…276户 / 东关村…167户: another place's figure, named alike)
    body = [c for c in body if place is None or _opening_place(doc.norm(c.sentence.start, c.start)) in (None, place)]
    out = []
    for t in heads:
        year = _year(t.time)
        name = _PLACE_OPENS.sub("", _NAME_START.split(doc.norm(start, doc.lead(t).start))[-1][-12:])
        words = bigrams(name) - _PLAIN_WORDS
        if len(words) < 2:  # (陕西今年24.92亿元财政扶贫资金将全部切块到县: named by the words after it)
            name = ""
            words = bigrams(_VERB_AFTER.split(_CJK_RUN.match(doc.norm(t.end, end)).group())[0]) - _PLAIN_WORDS
        change = bool(_CHANGE_END.search(name))
        if len(words) < 2:
            continue
        shared = {}
        for c in body:
            if c.unit != t.unit or c.kind != t.kind or c.per \
                    or c.hedge in ("at_least", "at_most", "at_most_soft") or _AVERAGE_WORDS.search(doc.before(c, 12)) \
                    or bool(_CHANGE_END.search(doc.before(c, 6))) != change \
                    or year is not None and _year(c.time) not in (None, year):
                continue
            n = len(words & bigrams(doc.before(doc.lead(c), 30, clause=False) + doc.after(c, 8)))
            if n >= 2:
                shared[c.id] = (n, c)
        if not shared:
            continue
        agree = [c for _, c in shared.values() if _ivs(t).meets(_ivs(c))]
        if agree:
            out.append(_finding(_Group(("headline",), True, "a headline's figure, restated in the body"),
                                [t, agree[0]]))
            continue
        most = max(n for n, _ in shared.values())
        best = [c for n, c in shared.values() if n == most]
        if most < 3 or len(best) > 1 or len(name) < 4 or name not in doc.before(doc.lead(best[0]), 20, clause=False):
            continue  # (a figure named only alike may be another: 货值共计15万元 for the headline's, 采购…30万元)
        out.append(_finding(_Group(("headline",), True, "a headline's figure, against the one body figure named "
                                   "by its words in full"), [t, best[0]]))
    return out


# 1. remaining stock ---------------------------------------------------------------------------

_REMAIN = re.compile(r"尚未脱贫|未脱贫|剩余|尚未退出|未出列|未摘帽|尚未出列")
_REMAIN_BEFORE = re.compile(r"(尚未脱贫|未脱贫|剩余|尚未退出|未出列|尚未出列)(?:的)?(?:贫困人口|贫困户|贫困村|人口)?$")
_REMAIN_AFTER = re.compile(r"^(?:贫困人口|贫困户|人)?(尚未脱贫|未脱贫|尚未退出|未出列)")


def _remaining(doc: Doc, put):
    for c in doc.claims:
        if not countable(c) or c.table is not None or is_visit(doc, c):
            continue
        head = _head(doc, c)
        last = _last_member(doc, head)
        before = doc.before(head, 12)
        after = doc.after(last, 8)
        noun = ""
        if c.unit == "个":
            m = re.match(r"^([\u4e00-\u9fff]{0,4}?村)", doc.after(c, 6))
            if not m:
                continue
            noun = "村"
        if _REMAIN_BEFORE.search(before) or _REMAIN_AFTER.search(after) or \
                (noun and _REMAIN.search(doc.after(c, 6)[:5])):
            if re.search(r"返贫|致贫|监测|边缘", before + after):
                continue
            put(("remaining", c.dimension, c.unit, noun), c, True, "the remaining stock")


# 2. the place's stock of a noun ----------------------------------------------------------------

#: (a named place's stock is its own: 甲县辖156个行政村 and 乙镇辖27个村 are two places, no restatement)
_STOCK_SCOPE = re.compile(r"(?:全(?:县|乡|镇|市|区|省|州)|下?辖(?:区)?|共有?|现有|总共)(?:共有|共|有)?$")
_ADMIN_NOUN = re.compile(rf"^(行政村{NOT_VILLAGE_AFTER_CUN}|村{NOT_VILLAGE_AFTER_CUN}|社区|乡镇|镇|乡|街道|居委会|自然村|"
                         rf"贫困村{NOT_VILLAGE_AFTER_CUN}|市州|县区|县\(市|市\(州)")


def _place_stock(doc: Doc, put):
    for c in doc.claims:
        if not countable(c) or c.table is not None or not (c.dimension or "").startswith("count_"):
            continue
        m = _ADMIN_NOUN.match(doc.after(c, 8))
        if not m:
            continue
        noun = m.group(1)
        before = _strip_list(doc.norm(c.sentence.start, c.start))
        if not _STOCK_SCOPE.search(before):
            continue
        tail = doc.after(c, 16)
        if re.search(r"^[^,;。]{0,8}(?:中|里)", tail):
            continue  # 全县120个行政村中…: a share of them follows
        strong = True
        # (甲县辖132个行政村 and 乙乡辖11个行政村: two places' stocks, not one restated)
        place = named_place(doc.sentence(c))
        put(("stock", "村" if noun in ("行政村", "村") else noun) + ((place,) if place else ()), c, strong,
            "the place's number of " + noun)
        if noun in ("行政村", "村") and re.match(r"^[^,;。]{0,6}都是贫困村", doc.after(c, 12)[len(noun):]):
            # 全县120个行政村都是贫困村: the same figure is also the number of poor villages
            put(("noun", "贫困村", c.unit), c, False, "every village is a poor village")


def _strip_list(text: str) -> str:
    """辖8个乡镇1个社区,120个行政村、 → 辖: drop the list of counts before a figure."""
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"[,、和及]?\s*\d+(?:\.\d+)?[个家所处座]?[\u4e00-\u9fff]{0,4}[,、和及]?\s*$", "", text)
    return text


# 3. the same named thing counted again --------------------------------------------------------

_BARE_BEFORE = re.compile(r"(?:^|有|在|对|为|和|与|及|是|共有|全部|已有|拥有|推进|依托|围绕|支持|、)$")
_FLOW = re.compile(r"新增|新建|建成|完成|实施|带动|培训|发放|投入|改造|开展|组织|争取|引进|建设|打造|培育|创建|"
                   r"累计|减少|增加|提高|下降|出列|退出|脱贫|减贫|支持|选派|派驻|安排|吸纳|帮助|帮扶|落实|"
                   r"每|各|其中|计划|力争|确保|推进|资助|提升|扶持|带领|联建")


#: right after the noun a figure counts, a verb that makes it a flow: 56个贫困村出列, 12个项目已完工
#: (not after 全部/均/都: 120个贫困村全部退出 is the whole stock, stated again)
_FLOW_AFTER = re.compile(r"(?:已|已经|先后|顺利|实现|相继)?(?:出列|退出|摘帽|销号|脱贫|达标|通过验收|完工|竣工|"
                         r"建成|开工|投产|搬迁|入住)")


def _named_things(doc: Doc, put):
    for c in doc.claims:
        if not countable(c) or c.table is not None or compound_member(doc, c):
            continue
        if not (c.dimension or "").startswith("count_") and c.dimension not in ("household",):
            continue
        noun = _noun_after(doc, c)
        if not noun or _in_paren(doc, c):
            continue
        before = doc.before(c, 10)
        if before and not _BARE_BEFORE.search(before):
            continue  # 促进民营经济发展壮大36条政策措施: the figure is part of a name
        if _FLOW.search(noun) or _FLOW_AFTER.match(doc.after(c, 24)[len(noun):]):
            continue  # (累计有56个贫困村出列: what left, not the stock of poor villages)
        if _ADMIN_NOUN.match(noun):
            # 14个市州 is the whole only when the text says so (全面达标, 全部硬化, 有…)
            if not (re.search(r"全部|全面|均|都|所有", doc.after(c, 16)) or
                    re.search(r"有[^,;。]{0,30}$", doc.norm(c.sentence.start, c.start))):
                continue
        elif len(noun) < 4 and not noun.endswith("户"):
            continue
        if c.dimension == "household" and not re.search(r"(边缘户|监测户|脱贫户|贫困户|低保户|五保户)$", noun):
            continue
        put(("noun", _norm_noun(noun), c.unit), c, False, "the same named thing")
    # 边缘户5户: the noun before the figure, for households of a named kind
    for c in doc.claims:
        if c.dimension != "household" or not countable(c) or c.table is not None:
            continue
        m = re.search(r"(边缘户|监测户|脱贫监测户|贫困边缘户)$", doc.before(c, 8))
        if m and not _FLOW.search(doc.before(c, 12)[:-len(m.group(1))]) \
                and not _QUALIFIED.search(doc.before(c, 14)[:-len(m.group(1))]):
            put(("noun", _norm_noun(m.group(1)), c.unit), c, False, "the same named thing")


#: words right before a noun that make it a part of what the noun names: 未消除风险监测户20户, 其中监测户
_QUALIFIED = re.compile(r"(?:消除|风险|未|已|新|其中|其余|剩余|中)[^,;:。]{0,4}$")


_STOP_TOKENS = set("""提质 增效 建设 加快 推进 实现 开展 完成 获评 入选 成为 达到 达标 全部 全面 均 都 已 被 通村 通 参与
运行 顺利 增补 覆盖 纳入 签约 吸纳 带动 帮扶 落实 发展 组织 培训 改造 新建 累计 减少 下降 出列 退出 脱贫 稳定
保持 进入 形成 得到 受益 享受 配备 派驻 安置 选派 高效 二期 一期 三期 建成 投运 投入 取得 正在 将 和 与 及 的 是
有 在 为 中 等 开工 启动 加强 提升 提高 获批 获得 列入 荣获 实施 引进 支持 试点 示范 工作 建立 项目""".split())


_WORDS = re.compile(r"^[\u4e00-\u9fff“”]+")


def _noun_after(doc: Doc, c) -> str:
    """The noun a figure counts when it precedes it: 5个国家区域医疗中心二期 → 国家区域医疗中心."""
    from auditor.claims import _jieba

    after = doc.after(c, 20)
    m = _WORDS.match(after)
    if not m:
        return ""
    tokens = _jieba().lcut(m.group(0).strip("“”"))
    if not tokens:
        return ""
    if _ADMIN_NOUN.fullmatch(tokens[0]) or (len(tokens) > 1 and tokens[0] in ("省级", "市级", "区级", "县级")
                                             and _ADMIN_NOUN.fullmatch(tokens[1])):
        return "".join(tokens[:2]) if not _ADMIN_NOUN.fullmatch(tokens[0]) else tokens[0]
    out = []
    for t in tokens:
        if t in _STOP_TOKENS:
            break
        out.append(t)
    return "".join(out)


def _in_paren(doc: Doc, c) -> bool:
    text = doc.norm(c.sentence.start, c.start)
    return text.count("(") > text.count(")")


def _norm_noun(noun: str) -> str:
    noun = re.sub(r"^(?:省级|市级|区级|县级)(?=贫困村|贫困县)", "", noun)
    noun = re.sub(r"^贫困(?=边缘户)", "", noun)
    return noun


# 4. a town's poor -----------------------------------------------------------------------------

_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)")
_POOR = re.compile(r"贫困户|贫困人口|建档立卡|深度贫困|贫困发生率|当前贫困")


#: a column of those lifted, left or moved, not of the town's poor (脱贫人数, 未脱贫人数, 搬迁人口)
_NOT_STOCK = re.compile(r"脱贫|减贫|退出|出列|剩余|搬迁|安置|计划|新增|返贫|监测")


def _towns(doc: Doc) -> set[str]:
    names = set()
    text = doc.n.text
    for m in re.finditer(r"([\u4e00-\u9fff]{2})(?:镇|乡|街道)(?![\u4e00-\u9fff]{0,1}村)", text):
        name = m.group(1)
        if not re.search(r"[乡镇县市区省村全各本我该每贫困]", name):
            names.add(name)
    return names


def _town_poor(doc: Doc, put):
    towns = _towns(doc)
    if not towns:
        return
    rows_seen = set()
    for c in doc.claims:
        if c.dimension not in ("household", "person", "percent") or c.kind == "per_unit" or is_visit(doc, c):
            continue
        if c.table is not None:
            label, header = c.table.row_label, c.table.header or _rate_header(doc, c)
            place = next((t for t in towns if re.search(t + r"(?:镇|乡|街道)|^" + t + r"(?:[(（]|$)", label)), None)
            if not place or not (_POOR.search(header) or _POOR.search(_table_title(doc, c.table.table))):
                continue
            if c.dimension == "percent" and "发生率" not in header:
                continue
            if _NOT_STOCK.search(header):
                continue  # 脱贫人数, 未脱贫人数: those lifted or left, not the town's poor
            row = (c.table.table, c.table.row, c.dimension)
            if row in rows_seen:
                continue  # one row states the town's poor once: its other cells count other things
            rows_seen.add(row)
            # a town row of a table listing the town's poor
            put(("town", place, c.dimension), c, False, f"the poor of {place}")
            continue
        head = _head(doc, c)
        ctx = doc.norm(c.sentence.start, head.start)
        seg = re.split(r"[;。]", ctx)[-1]
        seg = seg[seg.rfind("(") + 1:] if "(" in seg else seg
        places = [t for t in towns if re.match(r"^(?:其中)?" + t + r"(?:镇|乡|街道)?", seg.strip())]
        if not places or re.search(r"其中|包括", seg.strip()[2:]):
            continue  # (河口乡：贫困户298户1130人，其中一般贫困户273户959人: a part of the town's poor)
        near = doc.before(head, 12) + heading(doc, head)
        if c.dimension == "percent":
            if "发生率" not in doc.before(c, 8):
                continue
        elif not _POOR.search(near) or re.search(r"脱贫|减贫|搬迁|安置|计划|惠及|涉及|带动|覆盖|受益|帮扶|扶持|资助|救助",
                                                 doc.before(head, 8)):
            continue  # (…奖补资金12.5万元，惠及贫困户125户: those a programme reached, not the town's poor)
        put(("town", places[0], c.dimension), c, False, f"the poor of {places[0]}")


def heading(doc: Doc, c) -> str:
    from .subset import heading_before
    line_start = doc.original.rfind("\n", 0, c.start) + 1
    above = doc.original.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start == 0:
        return ""
    line = doc.norm(above, line_start - 1).strip()
    return line if len(line) <= 24 and not re.search(r"\d{2,}|。", line) else heading_before(doc, c)


# 5. prose and tables ----------------------------------------------------------------------------

def _table_claims(doc: Doc):
    tabs: dict[int, list] = {}
    for c in doc.claims:
        if c.table is not None:
            tabs.setdefault(c.table.table, []).append(c)
    return tabs


def _table_lines(doc: Doc, t: int):
    """(title line, header lines, start of the title line or -1) of table t."""
    cs = [c for c in doc.claims if c.table is not None and c.table.table == t]
    first = min(c.start for c in cs)
    orig = doc.original
    line_start = orig.rfind("\n", 0, first) + 1
    headers = []
    pos = line_start
    title = ""
    for _ in range(4):
        if pos == 0:
            break
        prev_start = orig.rfind("\n", 0, pos - 1) + 1
        line = orig[prev_start:pos - 1]
        if "\t" in line or re.fullmatch(r"[\s户人%个项万元亿()（）]*", line):
            headers.append(doc.norm(prev_start, pos - 1))
            pos = prev_start
            continue
        title = doc.norm(prev_start, pos - 1)
        return title, " ".join(reversed(headers)), prev_start
    return title, " ".join(reversed(headers)), -1


def _table_title(doc: Doc, t: int) -> str:
    return _table_lines(doc, t)[0]


def _rate_header(doc: Doc, c) -> str:
    """A % column whose header the table parser lost: the header cell with 率/比例, if one."""
    if c.dimension != "percent":
        return ""
    _, headers, _ = _table_lines(doc, c.table.table)
    rates = [h for h in re.split(r"\t| {2,}", headers) if re.search(r"率|比例|占比", h)]
    return rates[0] if len(rates) == 1 else ""


_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|共计)$")
_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,}")
_GENERIC = {"合计", "总计", "小计", "情况", "基本情况", "统计表", "年度", "万元", "亿元", "个数", "比例",
            "占总投资比例", "项目类型", "单位"}


def _tokens(text: str) -> set[str]:
    out = set()
    for w in _TOKEN.findall(re.sub(r"[(（][^)）]*[)）]", "", text or "")):
        for k in range(len(w) - 1):
            out.add(w[k:k + 2])
    return out


def _tables(doc: Doc, put):
    tabs = _table_claims(doc)
    if not tabs:
        return
    totals = {}
    for t, cs in tabs.items():
        tot = [c for c in cs if _TOTAL_ROW.match(c.table.row_label or "")]
        totals[t] = tot
    prose = [c for c in doc.claims if c.table is None and countable(c)]
    for t, tot in totals.items():
        title, headers, title_pos = _table_lines(doc, t)
        title = re.split(r"[。!?;]", title.rstrip("。:： \t"))[-1]
        if re.search(r"部分|重点|主要|典型|试点|抽查", title):
            continue  # a table of some places: its total is not the whole place's
        for cell in tot:
            header = cell.table.header or ""
            if _TOTAL_ROW.match(header.strip()):
                header = ""
            key = ("table-total", t, cell.table.column)
            # a grand total: the 合计 row under a header column, or the 合计 column of a 总计 row
            htoks = _tokens(header) - _tokens(" ".join(_GENERIC))
            # (a) the figure in the title line just above the table
            for c in prose:
                if title_pos >= 0 and c.dimension == cell.dimension and _in_title(doc, c, title_pos) \
                        and _single_col_of_dim(tabs[t], cell):
                    put(key, cell, False, "a table's title and its total")
                    put(key, c, False, "a table's title and its total")
            # (b) prose with a total cue whose words match the column header
            if not htoks:
                continue
            for c in prose:
                if c.dimension != cell.dimension or (cell.unit != c.unit and (c.dimension or "").startswith("count_")):
                    continue
                if _in_paren(doc, c):
                    continue
                ctx = doc.before(_head(doc, c), 12) + " " + heading(doc, c)
                common = _lcs(_clean_header(header), ctx)
                total_cue = re.search(r"共|总|合计|全[县市乡镇区]", doc.before(_head(doc, c), 12))
                if len(common) < 2 or (len(common) < 3 and not total_cue):
                    continue
                title_match = len(_lcs(title, ctx)) >= 3
                if not (title_match or total_cue):
                    continue
                if re.search(r"其中|新增|完成|计划", doc.before(_head(doc, c), 6)):
                    continue
                put(key, cell, False, "prose and a table's total")
                put(key, c, False, "prose and a table's total")
    _table_pairs(doc, tabs, totals, put)


def _clean_header(h: str) -> str:
    return re.sub(r"[(（][^)）]*[)）]", "", h or "")


def _lcs(a: str, b: str) -> str:
    """Longest common substring of Chinese characters."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            piece = a[i:j]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", piece):
                break
            if piece in b:
                best = piece
            else:
                break
    return best


def _in_title(doc: Doc, c, title_pos: int) -> bool:
    """Is c in the title of the table: the last sentence of the line just above it (a paragraph
    that ends by announcing the table is not its title as a whole)."""
    line_start = doc.original.rfind("\n", 0, c.start) + 1
    if line_start != title_pos:
        return False
    line_end = doc.original.find("\n", c.start)
    rest = doc.norm(c.end, line_end if line_end >= 0 else len(doc.original))
    return not re.search(r"[。!?;]", rest.rstrip("。:： \t"))


def _single_col_of_dim(cs, cell) -> bool:
    cols = {c.table.column for c in cs if c.dimension == cell.dimension}
    return len(cols) == 1


def _table_pairs(doc: Doc, tabs, totals, put):
    """Two tables breaking down one total: a row label of one is a column header of the other."""
    ts = sorted(tabs)
    for a in ts:
        for b in ts:
            if a == b:
                continue
            rows_a = {c.table.row_label: c for c in tabs[a] if c.table.row_label}
            cols_b = {}
            for c in totals[b]:
                h = (c.table.header or "").strip()
                if h:
                    cols_b.setdefault(h, c)
            shared = [lab for lab in rows_a if lab in cols_b]
            if len(shared) < 2:
                continue
            for lab in shared:
                ca = [c for c in tabs[a] if c.table.row_label == lab and c.dimension == cols_b[lab].dimension]
                if len(ca) != 1:
                    continue
                key = ("table-pair", a, b, lab)
                put(key, ca[0], False, "two tables breaking down one total")
                put(key, cols_b[lab], False, "two tables breaking down one total")
            # their grand totals
            ga = [c for c in totals[a] if c.dimension == "money"]
            gb = [c for c in totals[b] if c.dimension == "money" and re.search(r"合\s*计|总\s*计", c.table.header or "")]
            if len(ga) == 1 and len(gb) == 1:
                key = ("table-total", a, ga[0].table.column)
                put(key, gb[0], False, "two tables breaking down one total")
                put(key, ga[0], False, "two tables breaking down one total")


# 6. a year's count against a year-labelled table cell -----------------------------------------

_YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*[(（]\s*$")


def _year_cells(doc: Doc, put):
    cells = []
    for c in doc.claims:
        if c.table is None or c.unit != "个":
            continue
        m = _YEAR_CELL.search(doc.norm(max(0, c.start - 8), c.start))
        if not m or "年度" not in (c.table.header or ""):
            continue
        verb = re.sub(r"年度", "", c.table.header)
        cells.append((m.group(1), verb, c))
    for year, verb, cell in cells:
        if not verb:
            continue
        for c in doc.claims:
            if c.table is not None or c.unit != "个" or not countable(c):
                continue
            if _year(c.time) != year or _in_paren(doc, c):
                continue
            after = doc.after(c, 10)
            if not re.match(r"^[\u4e00-\u9fff]{0,4}村" + verb, after):
                continue
            key = ("year-cell", year, verb)
            put(key, cell, False, f"{year} {verb} in prose and in a table")
            put(key, c, False, f"{year} {verb} in prose and in a table")


# 7. all of the register: 识别贫困户11286户39652人 … 11286户39652人全部脱贫 -------------------------

#: after a count (the last of a compound): all of it left poverty or the list (全部脱贫, 全部出列)
_ALL_LIFTED = re.compile(r"^(?:的?贫困(?:户|人口|村))?(?:已|均已|已经)?(?:全部|全面|全数|全都)(?:实现)?(?:脱贫|出列|退出|摘帽|销号)")
#: before a count, the register it repeats: 识别建档立卡贫困户, 有贫困村, 共有贫困人口
_REGISTER_BEFORE = re.compile(r"(?:识别|建档立卡|精准识别|共有|现有|有)(?:建档立卡)?(?:贫困户|贫困人口|贫困村|贫困对象)?$")
#: before a count, what makes it no register (脱贫, 剩余, 新增 …)
_NOT_REGISTER = re.compile(r"脱贫|减贫|剩余|未|新增|返贫|监测|搬迁|边缘")
_ALL_WORD = re.compile(r"全(?:部|面|数|都)(?:实现)?(?:脱贫|出列|退出|摘帽|销号)")
_REGISTER_NOUN_AFTER = re.compile(r"^(?:贫困村|个贫困村|重点村)")


#: before a count said to leave in full, a plan: the count is of those planned, not the register
_PLANNED = re.compile(r"确保|力争|计划|拟|预计|争取|将于|将在")


def _all_of_register(doc: Doc):
    """A count said to have left poverty in full (11286户39652人全部脱贫; 48个贫困村全部出列) is the
    register the paragraph stated before it (识别建档立卡贫困户11286户39652人; 贫困村48个): the same
    figure. The register may have been revised between the two dates (动态调整), so a difference
    only warns."""
    out = []
    if not _ALL_WORD.search(doc.n.text):
        return out  # (no 全部/全面 in the report: nothing said to have left in full)
    for c in doc.claims:
        if c.table is not None or not countable(c) or compound_member(doc, c) or is_visit(doc, c):
            continue
        last = _last_member(doc, c)
        if not _ALL_LIFTED.match(doc.after(last, 12)) or _NOT_REGISTER.search(doc.before(c, 8)):
            continue  # (剩余22个贫困村全部退出: all of what was left, not of the register)
        if _PLANNED.search(doc.before(c, 16)):
            continue  # 确保2020年84户230人全部脱贫: a year's share of the register, planned
        members = [c] + ([last] if last is not c else [])
        villages = c.dimension.startswith("count_")
        if villages and "贫困村" not in doc.norm(c.start, min(c.sentence.end, last.end + 12)):
            continue
        for m in members:
            reg = _register_before(doc, m, villages)
            if reg is not None:
                out.append(_all_finding(reg, m))
    return out


def _register_before(doc: Doc, m, villages: bool):
    """The nearest earlier figure of m's kind in its paragraph stated as the register."""
    for x in doc.preceding(m):
        if x.line != m.line:
            return None
        if x.table is not None or x.unit != m.unit or x.dimension != m.dimension or _in_paren(doc, x):
            continue  # (深度贫困村41个): an aside names a kind within the register
        head = _head(doc, x)
        before = doc.before(head, 14)
        if villages:
            if _REGISTER_NOUN_AFTER.match(doc.after(x, 6)) and re.search(r"有|共|识别|全县|全乡|全镇", before) \
                    or re.search(r"(?<!深度)贫困村$", before):
                return x
            continue
        if _REGISTER_BEFORE.search(before) and not _NOT_REGISTER.search(before):
            return x
    return None



def _all_finding(reg, m):
    a, b = exact_iv(reg), exact_iv(m)
    ok = a.meets(b)
    comp = f"{reg.text} = {m.text} " + ("✓" if ok else "✗")
    if ok:
        return finding(RULE, "pass", [reg, m], "the count said to have left in full is the register stated before it",
                       comp, a, b, f"{a} and {b} agree (全部: all of the register)", confidence=0.8)
    return finding(RULE, "warn", [reg, m],
                   f"{m.text} are said to have left in full, but the register stated before is {reg.text}",
                   comp, a, b, f"{a} and {b} differ; 全部 says all of the register left, but the register may have "
                   "been revised between the two dates (动态调整), so this only warns", confidence=0.6)
