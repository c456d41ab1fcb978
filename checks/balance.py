"""Registered minus lifted must equal remaining; a new level minus an old one must equal the stated increase.

What it checks
    1. A registered total and the number lifted out of it, stated together (建档立卡贫困人口
       14109户…累计减贫13899户), against the remaining figure stated with 剩余 / 尚未脱贫 anywhere
       after them, for households and persons separately; and poor villages, all three in the
       sentence that states their register (全县有贫困村40个，已出列32个，剩余8个; 2016年3个出列).
       The lifted may be named after the figures (截至2019年底，完成225户1089人精准脱贫: a statement
       as of a date is cumulative), not when planned (计划完成…脱贫). Plain counts are exact.
    2. 达到A，比…的B增加C: A − B = C, also for a per-capita level (人均纯收入8965元，较2015年的
       3852元增加5113元).
    3. Those monitored minus those whose risk was removed must equal those whose risk remains
       (纳入监测对象2310户8120人，累计消除风险1204户4310人，未消除风险1106户3810人; or, after
       the risk removed, 剩余412户1298人), within one paragraph, for households and persons separately.
    4. 出生率 − 死亡率 = 自然增长率, stated in one paragraph, the birth rate first (出生率10.33‰，死亡率
       6.91‰，人口自然增长率3.42‰; 出生率9.46‰，自然增长率2.84‰，死亡率6.62‰).
    5. A from–to pair and the change stated right after it: 由58.6%提高到63.2%，提高4.6个百分点
       (percentage points for rates); 由2865元增加到9863元，增加6998元, also with the noun of what
       changed after the verb (减少农村贫困人口526万人) or "more than" the change (减少8000多万人: at
       least 8000万, below 9000万); compounds figure by figure;
       or its yearly average over the years between the levels (由2015年的38.5%提高到2020年的45.2%，
       年均提高1.3个百分点), which warns when off (years may be counted otherwise) and fails beyond
       base.GROSS.
    6. In each row of a table with one column of the registered, one of those lifted and one of
       those left, for households or persons (建档立卡人数, 脱贫人数, 未脱贫人数): registered −
       lifted = left, in every row and the 合计 row.
    7. A growth against another by points (增长12.1%，较全县农村居民人均可支配收入增速高3.4个百分点)
       when the other growth is stated in the paragraph under the name the comparison gives (three
       quarters of its words, and its place: 全国 is not 脱贫地区): the one minus the other is the gap.
    8. Each sector's change of share stated with a structure before and after (三次产业结构由上年的
       14.9:33.2:51.9调整为15.3:31.3:53.4，一产业所占比重上升0.4个百分点…; 第一、二、三产业…分别下降
       0.2个、下降0.6个、提高0.8个百分点) is its new share minus its old one; with only the new
       structure stated, the changes of all its sectors net to zero, as the shares make 100.
    9. A level's gaps to other levels, each given in a paren after it (收入28650元，…比全市高0.4个百分点
       （全市为5.2%）; 比全市低318元（全市为12846元），比全省高1192元（全省为11336元）): each other level
       with its gap is the level stated before them in the sentence; with none stated, the levels the
       gaps imply agree.

Why it matters
    The remaining figure is the one a report is judged on; when it does not follow from the
    registered and lifted figures, one of the three is wrong.

Flagged
    建档立卡贫困户14109户，累计减贫13899户，剩余贫困户230户。   (14109 − 13899 = 210, not 230)

Passing
    建档立卡贫困人口14109户40779人，累计减贫13899户40284人，剩余贫困人口210户495人。

Tolerance
    Each figure is an interval (±½ of its last digit, scaled by 万/亿; trailing zeros of scaled
    figures may be rounding; hedges widen). Fails only when T − L and R cannot meet. A remainder
    stated in another paragraph is linked by its cue words (剩余, 尚未脱贫), and a register stated
    earlier by 建档立卡/识别 when the lifted figure is cumulative (累计, 已); such a register, with
    剩余/尚未/未脱贫 before the remaining figure or the lifted and remaining figures side by side in one
    sentence, is a sure link; the confidence says so, and a link by weaker cues only warns. A
    monitoring balance fails when its three figures are in one sentence (a line wrapped inside it
    does not end it), or when the risk removed and the risk left are stated side by side in one
    sentence after the total's (已消除风险1024户；未消除风险262户), and warns when all three are in
    different sentences of one paragraph. Items of one 其中 breakdown that make its total (其中2014-2015年
    贫困户112户，2016年已脱贫205户，…，未脱贫85户 of 1286户) are disjoint parts: none is the register the
    others are lifted from. A figure planned to be lifted (拟脱贫, 计划退出, 力争实现脱贫) is not lifted,
    nor is one year's lifted among several (其中2017年脱贫106户；2018年脱贫153户；…): the register lost
    their sum.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import (Doc, Iv, Rule, finding, fmt, gross_note, grossly_above, grossly_apart, in_form, iv, label,
                   same_paragraph, shown_plain, term, years_between)
from .base import stated as as_written
from .direction import from_to_pairs
from .plausibility import sector_structures
from .subset import countable, exact_iv, partition_of
from .table_total import bigrams, civ, label_of, table_model

CODE = "C001"
NAME = "remaining-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

_REGISTERED = re.compile(r"建档立卡|识别|贫困户|贫困人口|贫困对象")
_LIFTED = re.compile(r"(?:累计|已|共|全部|实现)?(?:脱贫|减贫|退出|出列|销号)")
#: lifted in a plan, not yet: 2023年拟脱贫户7户, 计划退出, 力争实现脱贫
_PLANNED = re.compile(r"(?:拟|计划|预计|力争|确保|将|要|目标|任务)(?:全部|实现|完成)?(?:脱贫|减贫|退出|出列|销号)[^,;。]*$")
_REMAINING = re.compile(r"剩余|尚未|未脱贫|未退出|未出列|还有|仍有|现有未")
_NOT_TOTAL = re.compile(r"剩余|尚未|未脱贫|脱贫|减贫|退出|出列|新增|返贫|监测|边缘|其中")
_CHANGE_VERB = re.compile(r"(?:增加|增长|多|提高|扩大|减少|下降|降低|缩小|少)了?$")
_COMPARE = re.compile(r"(?:比|较|与)(?!例|重)")

_DIMS = ("household", "person")
_EXPLICIT_REGISTER = re.compile(r"建档立卡|识别|精准识别")
_CUMULATIVE = re.compile(r"累计|已|共|全部")


def check(doc: Doc):
    return (_registered_lifted_remaining(doc) + _villages(doc) + _monitoring(doc) + _level_change(doc) + _from_to_change(doc)
            + _natural_growth(doc) + _table_rows(doc) + _growth_gap(doc) + _structure_change(doc)
            + _gaps_to_stated_levels(doc))


# 9. gaps to other levels, each given in a paren: 比全市低2568元（全市为21585元），比全省低5121元（全省为24138元）

#: a gap to the level of another place or time, right before the gap's figure
_GAP_TO = re.compile(r"(?:比|较)(?P<who>全[市省国区县州]|上年|去年|同期)(?:平均水平|平均)?"
                     r"(?P<dir>低|高|少|多|减少|增加|下降|提高)了?$")
#: between the gap and the other level, given in a paren after it: （全市为
_LEVEL_IN_PAREN = re.compile(r"\((?P<who>全[市省国区县州]|上年|去年|同期)?(?:平均水平|平均)?(?:为|是|:)")


def _gaps_to_stated_levels(doc: Doc):
    """A level and its gaps to other levels stated in parens after them (收入19017元，比全市低2568元
    （全市为21585元），比全省低5121元（全省为24138元）): each other level less (or plus) its gap is the
    level; with the level itself unstated, the levels so implied agree."""
    out = []
    pairs: dict[tuple, list] = {}   # (sentence, measure) → [(gap, other level, implied level)]
    for d in doc.claims:
        if d.table is not None or d.kind not in ("amount", "per_unit", "percentage_point") or d.hedge:
            continue
        m = _GAP_TO.search(doc.before(d, 10))
        if m is None:
            continue
        b = next((x for x in doc.in_sentence(d) if x.start >= d.end), None)
        if b is None or b.hedge or b.table is not None:
            continue
        p = _LEVEL_IN_PAREN.fullmatch(doc.between(d, b))
        if p is None or p.group("who") not in (None, m.group("who")) or not doc.after(b, 1).startswith(")"):
            continue
        measure = _measure_of(d, b)
        if measure is None:
            continue
        down = m.group("dir") in ("低", "少", "减少", "下降")
        implied = iv(b) - iv(d) if down else iv(b) + iv(d)
        pairs.setdefault((d.sentence.start, measure), []).append((d, b, implied, "−" if down else "+"))
    for (_, measure), found in pairs.items():
        first = found[0][0]
        used = {x.id for d, b, _, _ in found for x in (d, b)}
        level = next((x for x in doc.preceding_in_sentence(first) if x.id not in used and not x.table
                      and _level_measure(x) == measure and ";" not in doc.between(x, first)), None)
        k, unit = _written_unit(found[0][1])
        if level is not None:
            for d, b, implied, sign in found:
                ok = implied.meets(iv(level))
                comp = (f"{label(b)} {sign} {label(d)} = {implied.scale(1 / k)}{unit}, stated {label(level)} "
                        + ("✓" if ok else "✗"))
                msg = ("the level is the other level with the stated gap" if ok else
                       f"{label(b)} {sign} {label(d)} is {implied.scale(1 / k)}{unit}, but the level is stated as "
                       f"{label(level)}")
                out.append(finding(RULE, "pass" if ok else "fail", [level, d, b], msg, comp, iv(level), implied,
                                   f"{iv(level)} {'meets' if ok else 'cannot meet'} {implied} (in one sentence: the "
                                   f"gap is stated with the other level in a paren)", confidence=0.9))
        elif len(found) >= 2:
            d0, b0, i0, s0 = found[0]
            for d, b, implied, sign in found[1:]:
                ok = implied.meets(i0)
                comp = (f"{label(b0)} {s0} {label(d0)} = {i0.scale(1 / k)}{unit}；{label(b)} {sign} {label(d)} = "
                        f"{implied.scale(1 / k)}{unit} " + ("✓" if ok else "✗"))
                msg = ("the two gaps imply one level" if ok else
                       f"the two gaps imply two levels, {i0.scale(1 / k)}{unit} and {implied.scale(1 / k)}{unit}, of "
                       "what is one figure")
                out.append(finding(RULE, "pass" if ok else "fail", [d0, b0, d, b], msg, comp, i0, implied,
                                   f"{i0} {'meets' if ok else 'cannot meet'} {implied} (the level itself is not "
                                   "stated; each other level with its gap implies it)", confidence=0.85))
    return out


def _written_unit(c) -> tuple[Decimal, str]:
    """(normal units per written unit, the written unit) of a figure: (1, 元) for 21585元 read as
    2.1585万元; (1, %) for a percentage."""
    if c.kind == "percent":
        return Decimal(1), "%"
    try:
        shown = Decimal(c.number.replace(",", ""))
    except Exception:
        return Decimal(1), c.unit
    k = c.value / shown if shown else Decimal(1)
    return (k, f"{c.scale}{c.stated_unit}") if k else (Decimal(1), c.unit)


def _level_measure(c) -> str | None:
    """What a stated level measures, as _measure_of names it."""
    return "percent" if c.kind == "percent" else c.dimension if c.kind in ("amount", "per_unit") else None


def _measure_of(gap, level) -> str | None:
    """What a gap and the level it is to both measure: money, a count (its dimension), or a
    percentage (a gap in points to a level in %); None when they do not match."""
    if gap.kind == "percentage_point" or gap.unit == "个百分点":
        return "percent" if level.kind == "percent" else None
    if gap.kind == "percent" or level.kind == "percent" or gap.dimension != level.dimension or not gap.dimension:
        return None
    return gap.dimension


#: table columns of the registered, the lifted and those left (建档立卡人数, 脱贫人数, 未脱贫人数)
_COL_LEFT = re.compile(r"^(?:未脱贫|剩余|尚未脱贫|未退出)")
_COL_LIFTED = re.compile(r"^(?:已|累计)?(?:脱贫|减贫|退出)")
_COL_REGISTERED = re.compile(r"建档立卡|识别|^贫困(?:户|人口|人数)")


def _table_rows(doc: Doc):
    """In each row of a table with a column of the registered, one of those lifted and one of those
    left, for households or persons: registered − lifted = left (建档立卡人数 4260, 脱贫人数 4231,
    未脱贫人数 29)."""
    out = []
    for t in table_model(doc):
        cols = {}  # (role, dimension) → columns
        for j in t.columns():
            head = t.header(j)
            dim = next((r.values[j].dimension for r in t.rows if j in r.values), None)
            if dim not in _DIMS or not head:
                continue
            role = ("left" if _COL_LEFT.search(head) else "lifted" if _COL_LIFTED.search(head)
                    else "registered" if _COL_REGISTERED.search(head) else None)
            if role:
                cols.setdefault((role, dim), []).append(j)
        for dim in _DIMS:
            triple = [cols.get((role, dim), []) for role in ("registered", "lifted", "left")]
            if any(len(c) != 1 for c in triple):
                continue
            reg, lifted, left = (c[0] for c in triple)
            for r in t.rows:
                cells = [r.values.get(reg), r.values.get(lifted), r.values.get(left)]
                if any(c is None or c.dimension != dim for c in cells):
                    continue
                total, done, rest = cells
                computed = civ(total) - civ(done)  # whole counts in a table are exact
                stated = civ(rest)
                ok = computed.meets(stated)
                comp = (f"{fmt(total.value)} − {fmt(done.value)} = {computed}{total.unit}, stated "
                        f"{fmt(rest.value)}{rest.unit} " + ("✓" if ok else "✗"))
                where = f"row {label_of(r)} of the table: {t.header(reg)} − {t.header(lifted)} = {t.header(left)}"
                if ok:
                    out.append(finding(RULE, "pass", cells, f"registered − lifted = left holds in {where}", comp,
                                       stated, computed, f"{stated} meets {computed}", confidence=0.9))
                else:
                    out.append(finding(RULE, "fail", cells, f"in {where}, {fmt(total.value)} − {fmt(done.value)} "
                                       f"is {computed}, not {fmt(rest.value)}", comp, stated, computed,
                                       f"the stated interval {stated} cannot meet the computed {computed} "
                                       "(three columns of one row)", confidence=0.9))
    return out


#: monitoring: those monitored, those whose risk was removed, those whose risk remains
MONITORED = re.compile(r"监测对象|监测户|三类对象|三类户|监测总数|纳入监测|监测帮扶对象|监测人口")
_NOT_MONITORED_TOTAL = re.compile(r"新增|消除|解除|其中|标注|返贫|致贫")
_PREVENTION = re.compile(r"防止?(?:返贫|致贫|返贫致贫)(?:动态)?监测")
RESOLVED = re.compile(r"(?<![未尚])(?:已|累计|共)?(?:消除|解除)(?:返贫|致贫|返贫致贫)?风险(?:的)?$")
UNRESOLVED = re.compile(r"(?:未|尚未)(?:消除|解除)(?:返贫|致贫|返贫致贫)?风险(?:的)?$|风险未消除(?:的)?$|"
                        r"(?:^|[,;:])(?:剩余|其余|尚有|仍有)(?:的)?(?:监测对象|监测户|对象)?$")


def monitoring_triples(doc: Doc):
    """(total, resolved, remaining) of one dimension: 监测对象2310户8120人 … 累计消除风险1204户
    4310人 … 未消除风险1106户3810人, within one paragraph, in that order."""
    claims = [c for c in doc.claims if c.kind == "amount" and c.dimension in _DIMS and not c.table]
    out = []
    for j, total in enumerate(claims):
        b = doc.before(doc.lead(total), 14, clause=False)
        if not MONITORED.search(b) or _NOT_MONITORED_TOTAL.search(b.split("监测")[-1] if "监测" in b else b):
            continue
        if _NOT_MONITORED_TOTAL.search(_PREVENTION.sub("监测", doc.before(total, 8))):
            continue  # (纳入防止返贫监测对象1268户: 返贫 names the programme, not those who fell back)
        resolved = remaining = None
        for c in claims[j + 1:j + 40]:
            if not same_paragraph(doc, total, c):
                break  # another paragraph (a line wrapped inside a sentence is not one)
            if c.dimension != total.dimension:
                continue
            lead = doc.lead(c)  # 1204户4310人: the cue is before 1204户
            cb = doc.before(lead, 12)
            if resolved is None:
                if RESOLVED.search(cb):
                    resolved = c
                elif MONITORED.search(cb):
                    break  # another monitoring total
            elif UNRESOLVED.search(cb):
                remaining = c
                break
        if resolved is not None and remaining is not None:
            out.append((total, resolved, remaining))
    return out


def _monitoring(doc: Doc):
    out = []
    for total, resolved, remaining in monitoring_triples(doc):
        computed = exact_iv(total) - exact_iv(resolved)
        stated = exact_iv(remaining)
        ok = computed.meets(stated)
        # one sentence, even when a line is wrapped inside it; or the risk removed and the risk left
        # stated side by side (已消除风险1024户；未消除风险262户) after the total's sentence
        near = doc.same_sentence(total, remaining) or not re.search(r"[。!?]", doc.between(total, remaining)) \
            or not re.search(r"[。!?]", doc.between(resolved, remaining))
        comp = (f"{term(total, remaining)} − {term(resolved, remaining)} = "
                f"{in_form(total.value - resolved.value, remaining)}, stated {as_written(remaining)} " + ("✓" if ok else "✗"))
        if ok:
            out.append(finding(RULE, "pass", [total, resolved, remaining],
                               f"monitored − risk removed = risk remaining holds for {total.unit}", comp, stated,
                               computed, f"{stated} meets {computed}", confidence=0.9))
            continue
        why = f"the stated interval {stated} cannot meet the computed {computed}"
        if not near:
            why += ("; the total, the risk removed and the risk left are in different sentences of one paragraph, "
                    "so this is a warning")
        out.append(finding(RULE, "fail" if near else "warn", [total, resolved, remaining],
                           f"monitored {label(total)} − risk removed {label(resolved)} = "
                           f"{in_form(total.value - resolved.value, remaining)}, but the risk remains for "
                           f"{as_written(remaining)}", comp, stated, computed, why,
                           confidence=0.9 if near else 0.6))
    return out


_YEAR_OPENS = re.compile(r"\s*(?:其中)?[,:：]?\s*(?:19|20)\d{2}\s*年")


def _one_year_of_several(doc: Doc, lifted) -> bool:
    """Is the lifted figure one year's, with another year's lifted of its kind beside it in its
    sentence (2017年脱贫100户；2018年脱贫150户)? Then what the register lost is their sum."""
    if not _YEAR_OPENS.match(doc.norm(lifted.clause.start, lifted.start)):
        return False
    return any(x.dimension == lifted.dimension and x.kind == "amount" and _LIFTED.search(doc.before(x, 10))
               and _YEAR_OPENS.match(doc.norm(x.clause.start, x.start))
               for x in doc.in_sentence(lifted) if x.id != lifted.id)


#: the verb before a figure lifted, its cue after it: 完成225户1089人精准脱贫, 实现3865户脱贫
_LIFTED_VERB = re.compile(r"(?:已|累计|共|全部)?(?:完成|实现|帮助|带动)(?:了)?$")
_LIFTED_AFTER = re.compile(r"(?:\d+(?:\.\d+)?万?人)?(?:贫困人口|贫困户|贫困群众)?(?:精准|稳定|如期|顺利)?(?:脱贫|退出)"
                           r"(?!攻坚|任务|目标|计划|成果|措施)")
#: a statement as of a date is of what was done up to it: cumulative (截至2019年底，完成…脱贫)
_AS_OF = re.compile(r"截至|截止|至今|以来")


def _lifted_after(doc: Doc, c) -> bool:
    """Is c lifted by the words after its compound (完成225户1089人精准脱贫)?"""
    first = doc.lead(c)
    if not _LIFTED_VERB.search(doc.before(first, 8)) or _PLANNED_BEFORE.search(doc.before(first, 12)):
        return False
    return bool(_LIFTED_AFTER.match(doc.after(c, 12)))


#: a plan before the verb: 计划完成…脱贫, 力争实现…脱贫
_PLANNED_BEFORE = re.compile(r"拟|计划|预计|力争|确保|将|要|目标|任务")


def _cue_text(doc: Doc, c) -> str:
    return doc.before(c, 14) + "|" + doc.after(c, 8)


def _registered_lifted_remaining(doc: Doc):
    out = []
    claims = [c for c in doc.claims if c.kind == "amount" and c.dimension in _DIMS and not c.table]
    used = set()
    registered = _Registered(doc, claims)
    remaining_after = _NextRemaining(doc, claims)
    for j, lifted in enumerate(claims):
        before = doc.before(lifted, 10)
        if not (_LIFTED.search(before) or _lifted_after(doc, lifted)) or _REMAINING.search(_cue_text(doc, lifted)) \
                or _PLANNED.search(before):
            continue
        total = registered.before(j)
        if total is None:
            continue
        parts = partition_of(doc, total)
        if parts is not None and lifted in parts:
            continue  # 其中2014-2015年贫困户96户，2016年已脱贫170户 … of 1193户: disjoint parts, not register and lifted
        if _one_year_of_several(doc, lifted):
            continue  # 其中2017年脱贫100户；2018年脱贫150户；…。现剩余150户: one year's lifted, not all of them
        remaining = remaining_after.first(j, total.dimension)
        if remaining is None or (total.id, remaining.id) in used:
            continue
        used.add((total.id, remaining.id))
        out.append(_balance_finding(doc, total, lifted, remaining))
    return out


# 1b. poor villages, in one sentence: 全县有贫困村40个，已出列32个，剩余8个 ----------------------------

_VILLAGE_REGISTER = re.compile(r"(?:建档立卡|重点)?贫困村(?:共|有|共有|为)?$")
_VILLAGES_LEFT = re.compile(r"(?:累计|已|共|全部|已经)?(?:出列|退出|摘帽|脱贫出列)(?:了)?(?:贫困村)?$")
_VILLAGES_REMAINING = re.compile(r"(?:剩余|尚未出列|未出列|还有|尚有)(?:的)?(?:贫困村)?$")


def _villages(doc: Doc):
    """贫困村40个，已出列32个，剩余8个: the villages left and those remaining, in the sentence that states
    the register of poor villages, make it."""
    out = []
    for c in doc.claims:
        if c.unit != "个" or c.table is not None or c.kind != "amount" or not countable(c) \
                or not (_VILLAGE_REGISTER.search(doc.before(c, 10)) or doc.after(c, 3).startswith("贫困村")) \
                or re.search(r"剩余|出列|退出|未|新增|深度", doc.before(c, 10)):
            continue
        later = [x for x in doc.in_sentence(c) if x.start > c.end and x.unit == "个" and x.kind == "amount"
                 and x.table is None]
        lifted = next((x for x in later if _VILLAGES_LEFT.search(doc.before(x, 8))
                       or re.match(r"(?:贫困村)?(?:已|已经)?(?:出列|退出|摘帽)", doc.after(x, 6))), None)
        remaining = next((x for x in later if lifted is not None and x.start > lifted.end
                          and _VILLAGES_REMAINING.search(doc.before(x, 8))), None)
        if lifted is None or remaining is None or _PLANNED.search(doc.before(lifted, 10)):
            continue
        if not all(countable(x) for x in (lifted, remaining)):
            continue
        out.append(_balance_finding(doc, c, lifted, remaining))
    return out


class _Registered:
    """The registered total a lifted figure is taken from: the nearest earlier figure of its
    dimension whose words name the register (not a flow), in its sentence, or an explicit
    建档立卡 / 识别 total stated anywhere earlier when the lifted figure is cumulative (累计脱贫 is
    counted against the register, wherever it stands).

    The earlier figures are read once, in order, keeping the last register-like figure and the last
    explicit one per dimension (the claims of a sentence are consecutive), so that a report of many
    lifted figures is not read backwards once for each."""

    def __init__(self, doc: Doc, claims):
        self.doc, self.claims = doc, claims
        self.upto = 0
        self.last: dict[str, int] = {}       # dimension → index of the last register-like figure
        self.explicit: dict[str, int] = {}   # … of the last one with 建档立卡 / 识别

    def before(self, j: int):
        doc, claims = self.doc, self.claims
        for k in range(self.upto, j):
            c = claims[k]
            # (a compound's second figure is named by its first: 贫困户3865户、13562人)
            subject = doc.before(doc.lead(c), 14)
            if not _REGISTERED.search(subject) or _NOT_TOTAL.search(subject):
                continue
            self.last[c.dimension] = k
            if _EXPLICIT_REGISTER.search(subject):
                self.explicit[c.dimension] = k
        self.upto = max(self.upto, j)
        lifted = claims[j]
        found = -1
        k = self.last.get(lifted.dimension, -1)
        if k >= 0 and doc.same_sentence(claims[k], lifted):
            found = k
        if _CUMULATIVE.search(doc.before(lifted, 10)) or _lifted_after(doc, lifted) and _AS_OF.search(
                doc.before(doc.lead(lifted), 30, clause=False)):
            found = max(found, self.explicit.get(lifted.dimension, -1))
        return claims[found] if found >= 0 else None


class _NextRemaining:
    """The first figure after position j of a dimension stated as what remains (剩余, 尚未脱贫):
    positions asked for only grow, so each figure is read once per dimension."""

    def __init__(self, doc: Doc, claims):
        self.doc, self.claims = doc, claims
        self.next: dict[str, int] = {}   # dimension → first remaining position after the last j asked

    def first(self, j: int, dim: str):
        doc, claims = self.doc, self.claims
        k = self.next.get(dim, -1)
        if k <= j:
            k = j + 1
            while k < len(claims):
                c = claims[k]
                if c.dimension == dim and _REMAINING.search(_cue_text(doc, c)) \
                        and not re.search(r"其中|新增|返贫", doc.before(c, 8)):
                    break
                k += 1
            self.next[dim] = k
        return claims[k] if k < len(claims) else None


def _balance_finding(doc: Doc, total, lifted, remaining):
    near = doc.same_sentence(total, lifted) and doc.same_sentence(lifted, remaining)
    # 建档立卡 … 累计/已脱贫 … 剩余/尚未/未脱贫; or an explicit register and the lifted and the remaining
    # side by side in one sentence (全镇有建档立卡贫困户1286户。…已脱贫1265户，未脱贫21户)
    explicit = _EXPLICIT_REGISTER.search(doc.before(total, 14))
    canonical = explicit and (
        (_CUMULATIVE.search(doc.before(lifted, 10)) and re.search(r"剩余|尚未|未脱贫", _cue_text(doc, remaining)))
        or doc.same_sentence(lifted, remaining))
    computed = exact_iv(total) - exact_iv(lifted)   # (a plain count is exact: 40 − 32 is 8, not 7 to 9)
    stated = exact_iv(remaining)
    ok = computed.meets(stated)
    central = total.value - lifted.value
    comp = (f"{term(total, remaining)} − {term(lifted, remaining)} = {in_form(central, remaining)}, "
            f"stated {as_written(remaining)} " + ("✓" if ok else "✗"))
    where = "in one sentence" if near else "linked across sentences by 建档立卡 / 累计 / 剩余 cues"
    if ok:
        return finding(RULE, "pass", [total, lifted, remaining],
                       f"registered − lifted = remaining holds for {total.unit}", comp, stated, computed,
                       f"{stated} meets {computed}", confidence=0.95 if near else 0.8)
    msg = (f"registered {label(total)} − lifted {label(lifted)} = {in_form(central, remaining)}, "
           f"but the remaining figure is {as_written(remaining)}")
    why = f"the stated interval {stated} cannot meet the computed {computed} ({where})"
    # a registered/lifted pair stated together, or the canonical 建档立卡…累计…剩余 wording, is a sure link
    sure = doc.same_sentence(total, lifted) or canonical
    if not sure:
        why += "; the three figures were linked by inference, so this is a warning"
    return finding(RULE, "fail" if sure else "warn", [total, lifted, remaining], msg, comp, stated, computed,
                   why, confidence=0.95 if near else (0.8 if canonical else 0.6))


def _difference(first, second, c, unit: str):
    """first − second against the stated change c: (computed, stated, ok, computation)."""
    computed = exact_iv(first) - exact_iv(second)
    stated = exact_iv(c)
    ok = computed.meets(stated)
    if shown_plain(first, second, c):  # 9899万人 − 1660万人 = 8239万人, as the report writes them
        comp = f"{term(first, c)} − {term(second, c)} = {in_form(computed, c)}, stated {as_written(c)} "
    else:
        comp = f"{fmt(first.value)} − {fmt(second.value)} = {computed}{unit}, stated {fmt(c.value)}{c.unit} "
    comp += "✓" if ok else "✗"
    return computed, stated, ok, comp


def _level_change(doc: Doc):
    """达到A，较…的B增加C: A − B = C (C in the same unit, not a percentage)."""
    out = []
    claims = [c for c in doc.claims if c.kind in ("amount", "per_unit") and c.dimension and not c.table]
    for i in range(len(claims) - 2):
        a, b, c = claims[i], claims[i + 1], claims[i + 2]
        if not (a.dimension == b.dimension == c.dimension and doc.same_sentence(a, c)):
            continue
        if len({x.per for x in (a, b, c)} - {""}) > 1:
            continue  # per person and per household: not one measure (人均纯收入8965元，较2015年的
            # 3852元增加5113元 is one: the level compared and the change read as the level's unit)
        gap_ab = doc.between(a, b)
        gap_bc = doc.between(b, c)
        if not _COMPARE.search(gap_ab) or len(gap_ab) > 20 or not _CHANGE_VERB.search(gap_bc) or len(gap_bc) > 6:
            continue
        decrease = bool(re.search(r"减少|下降|降低|缩小|少", gap_bc))
        computed, stated, ok, comp = _difference(*((b, a) if decrease else (a, b)), c, a.unit)
        msg = ("the stated change equals the difference of the two levels" if ok else
               f"the two levels differ by {in_form(computed, c) if shown_plain(a, b, c) else f'{computed}{a.unit}'}, "
               f"but the change is stated as {label(c) if shown_plain(a, b, c) else f'{fmt(c.value)}{c.unit}'}")
        out.append(finding(RULE, "pass" if ok else "fail", [a, b, c], msg, comp,
                           stated, computed, f"{stated} vs {computed}", confidence=0.9))
    return out


#: right after the to-level, the change between the two: 提高到63.2%，提高4.6个百分点
_CHANGE_AFTER = re.compile(r"[,]?(?:共|累计|共计|净)?(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|缩小|压减|减|净增|净减)了?"
                           # (减少农村贫困人口526万人: the noun of what changed, after the verb)
                           r"(?:[\u4e00-\u9fff]{0,6}?(?:人口|人数|户数|群众|面积|产量|收入))?(?:为|达到|达)?")


def _from_to_change(doc: Doc):
    """由58.6%提高到63.2%，提高4.6个百分点; 由2865元增加到9863元，增加6998元: the change stated right
    after a from–to pair is the difference of the two levels (percentage points for rates), figure
    by figure for compounds (从14109户40779人减少到210户495人，减少了13899户40284人)."""
    out = []
    for a, b, verb, down in from_to_pairs(doc):
        # past the to-figure's compound (210户495人), the change's compound (减少了13899户40284人)
        run = [x for x in doc.following(b)[:6] if x.sentence == b.sentence]
        to_end = b
        while run and b.group is not None and run[0].group == b.group:
            to_end = run.pop(0)
        if not run:
            continue
        gap = doc.between(to_end, run[0])
        yearly = _YEARLY_AFTER.fullmatch(gap)
        if not yearly and not _CHANGE_AFTER.fullmatch(gap):
            continue
        change = [run[0]] + [x for x in run[1:] if run[0].group is not None and x.group == run[0].group]
        c = next((x for x in change if x.dimension == a.dimension or a.kind == "percent"), None)
        if c is None or a.kind == "rank" or c.hedge not in (None, "more"):
            continue  # (减少8000多万人: at least 8000万, less than 9000万, as iv reads 多)
        if a.kind == "percent":
            if c.kind != "percentage_point":
                continue
        elif not (c.kind in ("amount", "per_unit") and c.dimension == a.dimension and c.per in ("", a.per)):
            continue
        unit = "个百分点" if a.kind == "percent" else a.unit
        computed, stated, ok, comp = _difference(*((a, b) if down else (b, a)), c, unit)
        if yearly:
            out += _yearly_change(a, b, c, computed, unit)
            continue
        msg = ("the stated change equals the difference of the two levels" if ok else
               f"the levels go from {a.text} to {b.text}, a change of {computed}{unit}, but the change is stated "
               f"as {c.text}")
        out.append(finding(RULE, "pass" if ok else "fail", [a, b, c], msg, comp, stated, computed,
                           f"{stated} vs {computed} ({verb} from one level to the other, the change stated right "
                           "after them)", confidence=0.9))
    return out


#: the yearly average of the change instead: 提高到2020年的45.2%，年均提高1.3个百分点
_YEARLY_AFTER = re.compile(r"[,]?年均(?:增加|提高|提升|上升|扩大|减少|下降|降低|缩小|净增|净减)了?(?:为|达到|达)?")


def _yearly_change(a, b, c, computed, unit: str):
    """由2015年的38.5%提高到2020年的45.2%，年均提高1.3个百分点: the change over the years between the
    two levels' years. A mismatch warns (years may be counted otherwise), and fails beyond base.GROSS."""
    n = years_between(a, b) or 0
    if not 1 <= n <= 20 or computed.low is None or computed.high is None or computed.low < 0:
        return []
    yearly = computed.divide(Iv(Decimal(n), Decimal(n)))
    stated = iv(c)
    ok = yearly.meets(stated)
    comp = (f"|{fmt(b.value)} − {fmt(a.value)}| ÷ {n} = {yearly}{unit}, stated {fmt(c.value)}{c.unit} "
            + ("✓" if ok else "✗"))
    if ok:
        return [finding(RULE, "pass", [a, b, c], f"the yearly change over {n} years follows from the two levels",
                        comp, stated, yearly, f"{stated} meets {yearly}", confidence=0.8)]
    far = grossly_apart(stated, yearly)
    why = f"the stated {stated} cannot meet the change of the two levels over {n} years, {yearly}"
    why += "; " + ((gross_note(stated, yearly) if grossly_above(stated, yearly) else gross_note(yearly, stated))
                   if far else "the years may be counted otherwise, so this only warns")
    return [finding(RULE, "fail" if far else "warn", [a, b, c],
                    f"the two levels change by {yearly}{unit} a year over {n} years, but the yearly change is "
                    f"stated as {c.text}", comp, stated, yearly, why, confidence=0.8 if far else 0.5)]


#: 出生率10.33‰；死亡率6.91‰；自然增长率3.42‰ (人口 may open each; 为/是/达 may follow)
_VITAL = re.compile(r"(?:人口)?(出生|死亡|自然增长)率(?:为|是|达到|达)?\s*$")


def _natural_growth(doc: Doc):
    """出生率 − 死亡率 = 自然增长率, the birth rate first, the other two after it in one paragraph."""
    out = []
    rates = [c for c in doc.claims if c.kind == "percent" and c.hedge is None and c.table is None]
    for i, birth in enumerate(rates):
        m = _VITAL.search(doc.before(birth, 8))
        if not m or m.group(1) != "出生":
            continue
        found = {}
        for c in rates[i + 1:i + 6]:
            if not same_paragraph(doc, birth, c):
                break
            k = _VITAL.search(doc.before(c, 8))
            if k is None:
                continue  # a change (比上年下降0.5个千分点) or another rate between them
            if k.group(1) in found or k.group(1) == "出生":
                break
            found[k.group(1)] = c
            if len(found) == 2:
                break
        death, natural = found.get("死亡"), found.get("自然增长")
        if death is None or natural is None:
            continue
        computed = iv(birth) - iv(death)
        stated = iv(natural)
        ok = computed.meets(stated)
        unit = "‰" if "‰" in birth.text else "%"
        k = Decimal(10) if unit == "‰" else Decimal(1)
        comp = (f"{fmt(birth.value * k)} − {fmt(death.value * k)} = {computed.scale(k)}{unit}, "
                f"stated {fmt(natural.value * k)}{unit} " + ("✓" if ok else "✗"))
        msg = ("the natural growth rate is the birth rate less the death rate" if ok else
               f"birth rate − death rate = {computed.scale(k)}{unit}, but the natural growth rate is stated as "
               f"{fmt(natural.value * k)}{unit}")
        why = (f"{stated.scale(k)}{unit} meets {computed.scale(k)}{unit}" if ok else
               f"the stated {stated.scale(k)}{unit} cannot meet {computed.scale(k)}{unit}: the natural growth rate "
               "is by definition the birth rate less the death rate, over the same population")
        out.append(finding(RULE, "pass" if ok else "fail", [birth, death, natural], msg, comp, stated, computed,
                           why, confidence=0.9))
    return out


# 7. a growth against another's, by points: 增长12.1%，较全县农村居民人均可支配收入增速高3.4个百分点 ------

#: the growth compared with, named, and which way: 较全县农村居民收入增速高, 高于全省平均水平
_GAP_CMP = re.compile(r"(?P<cmp>比|较|高于|低于|快于|慢于)(?P<name>[^,;。\d%]{2,24}?)(?:的)?(?:增速|增幅|增长速度|增长)?"
                      r"(?P<dir>高出|高|快|低|慢)?$")
_GROWTH_BEFORE = re.compile(r"(?:增长|增速|增幅|增长速度)(?:了|为|达到|达)?$")
#: words any two growth subjects share, which say nothing of which one is meant
_COMMON_WORDS = frozenset({"同比", "比上", "上年", "增长", "增速", "增幅", "平均", "水平"})
#: the place a growth is of: 全国 and 全县 name different growths of one measure
_SCOPE = re.compile(r"全[国省市县区州]|脱贫地区|脱贫人口|贫困地区|城镇|农村")


def _growth_gap(doc: Doc):
    """脱贫人口人均纯收入增长12.1%，较全县农村居民人均可支配收入增速高3.4个百分点 … 全县农村居民人均可支配
    收入…增长8.7%: the one growth before the gap minus the growth of what it is compared with, found
    in the paragraph by the words that name it, is the gap (the other way round for 低/慢)."""
    out = []
    for g in doc.claims:
        if g.unit != "个百分点" or g.hedge is not None or g.table is not None:
            continue
        m = _GAP_CMP.search(doc.before(g, 30))
        if m is None or not (m.group("dir") or m.group("cmp") in ("高于", "低于", "快于", "慢于")):
            continue
        own = next((x for x in doc.preceding_in_sentence(g) if x.kind == "percent" and x.hedge is None
                    and _GROWTH_BEFORE.search(doc.before(x, 6))), None)
        if own is None:
            continue
        name = bigrams(m.group("name")) - _COMMON_WORDS
        scopes = set(_SCOPE.findall(m.group("name")))
        best, score, tie = None, 0, False
        for x in doc.claims:
            if x is own or x.kind != "percent" or x.hedge is not None or x.table is not None \
                    or not same_paragraph(doc, x, g) or not _GROWTH_BEFORE.search(doc.before(x, 6)):
                continue
            # its subject: the words before it in its sentence, back to the rate before it (…增长8.7%，其中
            # 工资性收入增长10.2%: 工资性收入 names the second)
            # (与全市平均水平持平；第三产业增加值…增长6.4%: a ； ends the item that named it)
            subject = re.split(r"%|百分点|[。!?;]", doc.before(x, 40, clause=False))[-1]
            sc = len(name & bigrams(subject))
            if sc < 0.75 * len(name) or not scopes <= set(_SCOPE.findall(subject)):
                continue  # (脱贫地区农民…增长7.5% is not 全国农民人均可支配收入's growth)
            if sc > score:
                best, score, tie = x, sc, False
            elif sc == score and sc:
                tie = True
        if best is None or tie or score < 3:
            continue
        kinds = {re.search(r"名义|实际", doc.before(x, 8)).group() for x in (own, best)
                 if re.search(r"名义|实际", doc.before(x, 8))}
        if len(kinds) > 1:
            continue  # (比上年实际增长6.0% … 名义增长9.5%，比…增速高0.3个百分点: nominal against real)
        down = (m.group("dir") or m.group("cmp")).startswith(("低", "慢"))
        hi, lo = (best, own) if down else (own, best)
        computed = iv(hi) - iv(lo)
        stated = iv(g)
        ok = computed.meets(stated)
        comp = (f"{fmt(hi.value)}% − {fmt(lo.value)}% = {fmt(hi.value - lo.value)}个百分点, stated {fmt(g.value)}个百分点 "
                + ("✓" if ok else "✗"))
        how = f"the growth compared with is the one named {m.group('name')} in the paragraph"
        if ok:
            out.append(finding(RULE, "pass", [own, best, g], "the gap between the two growths is the one stated", comp,
                               stated, computed, f"{stated} meets {computed} ({how})", confidence=0.8))
        else:
            out.append(finding(RULE, "fail", [own, best, g],
                               f"{fmt(own.value)}% and {fmt(best.value)}% differ by {computed} points, but the gap is "
                               f"stated as {fmt(g.value)}个百分点", comp, stated, computed,
                               f"the stated {stated} cannot meet {computed} ({how})", confidence=0.8))
    return out


# 8. the change of each sector's share in a structure: 由12.3:35.4:52.3调整为12.1:34.8:53.1，… ----------

#: what precedes the new structure after the old one
_STRUCTURE_TO = re.compile(r"^(?:调整|优化|转变|演变|变化|变|提升|升级)?(?:为|到|至)$")
#: the sectors a change names, in order: 第一、二、三产业; 第二、第三产业; 一产业
_SECTOR = re.compile(r"第?([一二三])(?=、|和|及|与|产|次产)")
_UP = re.compile(r"提高|提升|上升|增加|上涨|扩大")
_DOWN = re.compile(r"下降|回落|降低|减少|下滑|收窄|缩小")
_TURN = re.compile(f"{_UP.pattern}|{_DOWN.pattern}")


def _sector_changes(doc: Doc, claims, after):
    """{sector index (0, 1, 2): (change claim, sign)} for the changes in points after ``after``."""
    out: dict[int, tuple] = {}
    pps = [c for c in claims if c.start >= after.end and c.kind == "percentage_point" and not c.hedge]
    prev_end, names, sign, k = after.end, [], 0, 0
    for c in pps:
        gap = doc.norm(prev_end, c.start)
        prev_end = c.end
        verbs = list(_TURN.finditer(gap))
        if verbs:
            sign = 1 if _UP.fullmatch(verbs[-1].group(0)) else -1
        if re.fullmatch(r"\s*(?:、|和|及|与)\s*(?:[^,;:。\d]{0,3})?", gap) and names:
            k += 1   # the next of a 分别 list
        else:
            head = gap.split("分别")[0] if "分别" in gap else gap
            names = [int("一二三".index(m.group(1))) for m in _SECTOR.finditer(head)]
            k = 0
            if not names or ("分别" not in gap and len(names) != 1):
                names = []
                continue
        if k >= len(names) or not sign or names[k] in out:
            continue
        out[names[k]] = (c, sign)
    return out


def _structure_change(doc: Doc):
    """三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4，一产业所占比重上升0.4个百分点…:
    each sector's change in points is its new share minus its old one; with no old structure
    stated, the changes of all the sectors, whose shares make 100, add up to nothing."""
    out = []
    by_sentence: dict[int, list] = {}
    for triple in sector_structures(doc):   # the structures stated as ratios (12.3:35.4:52.3), in order
        if triple[0].kind == "amount":
            by_sentence.setdefault(triple[0].sentence.start, []).append(list(triple))
    for runs in by_sentence.values():
        claims = doc.in_sentence(runs[0][0])
        old, new = None, runs[0]
        if len(runs) >= 2 and _STRUCTURE_TO.match(doc.between(runs[0][-1], runs[1][0])):
            old, new = runs[0], runs[1]
        changes = _sector_changes(doc, claims, new[-1])
        if not changes:
            continue
        if old is not None:
            for i, (c, sign) in sorted(changes.items()):
                computed = iv(new[i]) - iv(old[i])
                stated = iv(c).scale(Decimal(sign))
                ok = computed.meets(stated)
                signed = ("+" if sign > 0 else "−") + fmt(c.value)
                comp = (f"{fmt(new[i].value)} − {fmt(old[i].value)} = {computed}个百分点, stated {signed}个百分点 "
                        + ("✓" if ok else "✗"))
                name = "第" + "一二三"[i] + "产业"
                msg = (f"the change of {name}'s share equals its new share minus its old one" if ok else
                       f"{name}'s share goes from {old[i].text} to {new[i].text}, a change of {computed} points, "
                       f"but the change is stated as {signed} points")
                out.append(finding(RULE, "pass" if ok else "fail", [c, old[i], new[i]], msg, comp, stated, computed,
                                   f"{stated} vs {computed} (the structure before and after, and each sector's "
                                   "change stated with it)", confidence=0.9))
        elif len(changes) == 3:
            total = Iv.point(Decimal(0))
            for c, sign in changes.values():
                total = total + iv(c).scale(Decimal(sign))
            ok = total.meets(Iv.point(Decimal(0)))
            parts = [c for i, (c, _) in sorted(changes.items())]
            signed = " ".join(("+" if sign > 0 else "−") + fmt(c.value) for i, (c, sign) in sorted(changes.items()))
            comp = f"{signed} = {total}个百分点, should be 0 " + ("✓" if ok else "✗")
            msg = ("the changes of the sectors' shares net to zero" if ok else
                   f"the sectors' shares make 100, so their changes must net to zero, but they add up to "
                   f"{total} points")
            out.append(finding(RULE, "pass" if ok else "fail", parts + list(new), msg, comp, total,
                               Iv.point(Decimal(0)), f"{total} vs 0: the structure's shares add up to 100 before "
                               "and after", confidence=0.85))
    return out

