"""A per-unit range times its count must contain the stated total.

What it checks
    1. A per-capita range, the count it applies to and a total in one sentence: 实现收益3035.59万元，
       带动18098人次，年人均增收500元至1000元 (18098 × 500..1000 = 905万..1810万 against 3035.59万).
    2. Alternative per-unit standards (本科一次性补助1万元、专科一次性补助8000元) against a count and
       a total stated for the same programme in another sentence (为6107名困难家庭高校新生发放资助金
       5637.2万元): 6107 × 8000..10000 = 4886万..6107万 must contain 5637.2万.

Why it matters
    A total outside count × [low, high] means the range, the count or the total is wrong, or that
    the range describes only some of the people the total was paid to.

Flagged
    为120名学生每人补助800元至1200元，共计20万元。   (120 × 800..1200 = 9.6万..14.4万)

Passing
    为120名学生每人补助800元至1200元，共计12万元。

Tolerance
    The range ends are intervals (±½ of the last digit, trailing zeros of an average read as
    rounding). A total outside the product range fails only when it follows the range with
    共计/合计/总计 — a total of exactly those people; otherwise it warns, since a per-capita range
    often describes typical recipients and not all of them. Links across sentences (alternative
    standards) never fail.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import Doc, Iv, Rule, finding, fmt, iv, label as _label, money as _money



CODE = "C012"
NAME = "range-product-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)



D = Decimal

_PER_DIM = {"户": ("household",), "家": ("household",), "人": ("person", "person_visit"), "名": ("person",),
            "亩": ("area",)}
_EACH = re.compile(r"每(个|户|人|名|村|家|所|亩|座|处|项|支|队|位)")
_AVERAGE = re.compile(r"人均|户均|平均")
_GAP_TOTAL = re.compile(r"^[,;、\s]*(?:共计|合计|总计|共)(?:发放|投入|落实|兑现|支付|拨付|补助|补贴|资金|金额|资助|奖励)*(?:达到|达|为)?$")
_GRANT = re.compile(r"补助|补贴|资助|奖励|奖补|救助|慰问")
#: words too common to link two sentences
_STOP = {"的", "和", "与", "及", "对", "为", "给予", "继续", "实施", "开展", "全省", "全市", "全县", "一次性", "万元", "元",
         "名", "人", "发放", "录取", "院校"}


def check(doc: Doc):
    out = []
    for low in doc.claims:
        if low.range_role != "low" or not low.range_with or low.dimension != "money":
            continue
        high = doc.by_id.get(low.range_with)
        if high is None:
            continue
        f = _same_sentence(doc, low, high)
        if f is not None:
            out.append(f)
    out.extend(_alternatives(doc))
    return out


def _per(doc: Doc, low, high):
    if low.per:
        return low.per, bool(_AVERAGE.search(doc.before(low, 16)))
    m = None
    for m in _EACH.finditer(doc.before(low, 24)):
        pass
    return (m.group(1), False) if m else (None, False)


def _count_ok(c, per):
    dims = _PER_DIM.get(per)
    ok_dim = c.dimension in dims if dims else c.unit in (per, "个")
    return ok_dim and c.kind == "amount" and not c.range_with and c.table is None and c.hedge in (None, "approx")


def _same_sentence(doc: Doc, low, high):
    per, average = _per(doc, low, high)
    if per is None:
        return None
    sentence = [c for c in doc.in_sentence(low) if c.id not in (low.id, high.id)]
    counts = [c for c in sentence if _count_ok(c, per) and not re.search(r";", _gap(doc, c, low))]
    if not counts:
        return None
    before = [c for c in counts if c.end <= low.start]
    count = before[-1] if before else counts[0]
    totals = [c for c in sentence if c.dimension == "money" and c.kind == "amount" and not c.range_with
              and c.hedge is None and c.table is None and not re.search(r";", _gap(doc, c, low))]
    explicit = next((t for t in totals if t.start >= high.end and _GAP_TOTAL.match(doc.between(high, t))), None)
    if explicit is not None:
        total, sure = explicit, True
    else:
        # the nearest money figure that is a yield or a payment, not an investment
        cands = [t for t in totals if not re.search(r"投入|投资|产值|规模|贷款", doc.before(t, 8))]
        if not cands:
            return None
        total = min(cands, key=lambda t: abs(doc.index[t.id] - doc.index[low.id]))
        sure = False
    return _judge(doc, count, low, high, total, average, sure,
                  "the total follows the range with 共计/合计" if sure else
                  "the range may describe typical recipients, not every one the total was paid to", 0.9 if sure else 0.6)


def _gap(doc: Doc, a, b) -> str:
    return doc.between(a, b) if a.end <= b.start else doc.between(b, a)


def _judge(doc: Doc, count, low, high, total, average: bool, sure: bool, how: str, confidence: float):
    # the ends of a range are bounds, not measurements: round figures (500元至1000元) are exact
    lo = iv(low, loose=False) if average else Iv.point(low.value)
    hi = iv(high, loose=False) if average else Iv.point(high.value)
    rng = Iv(lo.low, hi.high)
    computed = iv(count) * rng
    stated = iv(total)
    ok = computed.meets(stated)
    per_person = _each(stated.divide(iv(count)), total.unit)
    comp = (f"{_label(count)} × [{_label(low)}, {_label(high)}] = {_money(computed, total.unit)}, "
            f"stated {_label(total)} (每{count.unit} {per_person}) " + ("✓" if ok else "✗"))
    if ok:
        msg = "the total lies within count × per-unit range"
        why = f"{stated} meets {computed}"
        status = "pass"
    else:
        msg = (f"{fmt(total.value)}{total.unit} over {fmt(count.value)}{count.unit} is {per_person} each, "
               f"outside the stated range {_label(low)}..{_label(high)}")
        why = f"the stated total {stated} lies outside {computed}; {how}"
        status = "fail" if sure else "warn"
    return finding(RULE, status, [count, low, high, total], msg, comp, stated, computed, why, confidence=confidence)


def _each(x: Iv, unit: str) -> str:
    """A per-person amount in 元 when the total is in 万元: 1677元 rather than 0.1677万元."""
    if unit == "万元" and x.low is not None and x.high is not None:
        lo, hi = x.low * 10000, x.high * 10000
        return f"{lo:.0f}元" if round(lo) == round(hi) else f"{lo:.0f}..{hi:.0f}元"
    return f"{x}{unit}"


def _alternatives(doc: Doc):
    """本科一次性补助1万元、专科一次性补助8000元 against 为6107名…发放资助金5637.2万元 elsewhere."""
    out = []
    by_sentence: dict[int, list] = {}
    for c in doc.claims:
        if c.dimension == "money" and c.kind in ("amount", "per_unit") and c.table is None and not c.range_with:
            by_sentence.setdefault(c.sentence.start, []).append(c)
    for group in by_sentence.values():
        if len(group) != 2:
            continue
        a, b = group
        verb_a, verb_b = _grant_verb(doc, a), _grant_verb(doc, b)
        if not verb_a or verb_a != verb_b or a.value == b.value:
            continue
        if not re.fullmatch(r"[,、]?[^,;。\d]{2,14}", doc.between(a, b)):
            continue  # two alternatives side by side: …1万元、专科院校的一次性补助8000元
        low, high = (a, b) if a.value < b.value else (b, a)
        words = _content(doc.sentence(a))
        for count, total in _count_total_pairs(doc, a):
            if len(words & _content(doc.sentence(total))) < 2:
                continue
            out.append(_judge(doc, count, low, high, total, False, False,
                              "the standards and the total are linked across sentences by their words only", 0.4))
            break
    return out


def _grant_verb(doc: Doc, c) -> str:
    m = None
    for m in _GRANT.finditer(doc.before(c, 8)):
        pass
    if m is None:
        return ""
    return doc.before(c, 8)[max(0, m.start() - 3):m.end()]


def _count_total_pairs(doc: Doc, anchor):
    """为6107名…发放资助金5637.2万元: a person count directly followed by a money total in its clause chain."""
    for i, c in enumerate(doc.claims):
        if c.sentence == anchor.sentence or c.dimension != "person" or c.kind != "amount" or c.table is not None:
            continue
        nxt = doc.claims[i + 1] if i + 1 < len(doc.claims) else None
        if (nxt is not None and nxt.sentence == c.sentence and nxt.dimension == "money" and nxt.kind == "amount"
                and nxt.hedge is None and not re.search(r"[,;]", doc.between(c, nxt))
                and _GRANT.search(doc.between(c, nxt))):
            yield c, nxt


def _content(text: str) -> set[str]:
    from auditor.claims import _jieba

    return {w for w in _jieba().lcut(text) if len(w) >= 2 and w not in _STOP and not re.search(r"\d", w)}
