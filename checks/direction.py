"""A change stated with a verb (从A提升到B, 由A下降至B) must go the way the verb says.

What it checks
    A level stated twice, before and after, joined by a direction verb: 从/由 A …(提升|提高|增加|
    上升|扩大|跃升|增至 … | 下降|降低|减少|缩小|压减|降至 …)到/至 B. An upward verb needs B ≥ A,
    a downward one B ≤ A. Lists written with 分别 (分别从645元/月、4318元/年提高到801元/月、
    7226元/年) are paired by position. For ranks (由369位上升到235位) rising means a smaller
    number. A level compared with an earlier one (达到A，比2015年的B提高…) is read the same way,
    B → A. Both figures must have the same dimension (both %, both 元, both 户 …) and, for per-unit
    figures, the same denominator (元/月 with 元/月).

Why it matters
    A from/to pair whose direction contradicts its own verb means one of the two levels (or the
    verb) is wrong; these pairs are among the most frequent claims in work reports.

Flagged
    常住人口城镇化率从2020年的58.3%提升到2025年的55.1%。   (提升, but 55.1 < 58.3)

Passing
    农村贫困发生率从2015年底的12.6%下降到2019年底的0.8%。

Tolerance
    Each figure is an interval (±½ of its last digit; 左右 widens it). A floor or ceiling (提升至
    52%以上, 下降到0.3%以下) is read as the number it states, since the sentence claims a level near
    it. The pair fails only when the intervals show the opposite direction for certain (B's
    interval wholly below A's for an upward verb, wholly above for a downward one); levels equal
    within rounding pass. Growth rates (增长5%) and changes (下降3个百分点) are not levels: the
    to-figure must directly follow 到/至/为. Signed figures (-3.2%, 负3.2%) compare with their sign;
    a sign left outside a figure's value is a reason to stay silent.
"""

from __future__ import annotations

import re

from .base import Doc, Iv, Rule, finding, fmt, iv, label, comparable as _compatible

CODE = "C009"
NAME = "change-direction-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

_YEAR = r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|初)?|上年|去年|上一年|前年|“?十[一二三四五六七八九]五”?(?:末|期末|时期末)?)"
# 从/由, an optional time or qualifier (2020年的, 上年, 平均, 最低), then the first figure
_FROM = re.compile(r"(?:从|由)" + _YEAR + r"?的?[^,;:、，。；：从由到至\d%]{0,6}$")
_UP = "提升|提高|增加|增长|上升|扩大|跃升|攀升|增|达|升|上调|抬升|跃居|前移"
_DOWN = "下降|降低|减少|缩小|压减|压缩|回落|下滑|降|减|缩减|下调|收窄|后移"
# between the last from-figure and the first to-figure: [adverb] verb [了] 到/至/为 [time] [的] [hedge]
_VERB_TO = re.compile(
    r"^(?:[^,;:、，。；：\d%]{0,4}?)(?P<verb>" + _UP + "|" + _DOWN + r")了?(?:到|至|为)"
    + _YEAR + r"?的?[^,;:、，。；：\d%]{0,3}$")
_LIST_SEP = re.compile(r"^(?:、|和|与|及|,)$")
_DOWN_RE = re.compile(r"^(?:" + _DOWN + r")$")


def check(doc: Doc):
    out = [_judge(a, b, verb, down) for a, b, verb, down in from_to_pairs(doc)]
    return out + _compared(doc, [c for c in doc.claims if not c.table])


def from_to_pairs(doc: Doc) -> list[tuple]:
    """(A, B, verb, down) for each 从/由 A …verb到 B of the report, lists paired by position, the
    two figures of one dimension and unsigned (C001 and C006 read the change stated after them)."""
    memo = doc.memo.get("direction.from_to_pairs")
    if memo is None:
        memo = doc.memo["direction.from_to_pairs"] = _from_to_pairs(doc)
    return memo


def _from_to_pairs(doc: Doc) -> list[tuple]:
    out = []
    claims = [c for c in doc.claims if not c.table]
    n = len(claims)
    i = 0
    while i < n:
        a0 = claims[i]
        if not _FROM.search(doc.before(a0, 16, clause=False)):
            i += 1
            continue
        # the from-list: A, A2, … joined by 、 (分别从A1、A2提高到B1、B2)
        froms = [a0]
        j = i + 1
        while j < n and claims[j].sentence == a0.sentence and _joined(doc, froms[-1], claims[j]):
            froms.append(claims[j])
            j += 1
        if j >= n or claims[j].sentence != a0.sentence:
            i = j
            continue
        m = _VERB_TO.match(doc.between(froms[-1], claims[j]))
        if not m:
            i = j
            continue
        tos = [claims[j]]
        k = j + 1
        while len(tos) < len(froms) and k < n and claims[k].sentence == a0.sentence \
                and _joined(doc, tos[-1], claims[k]):
            tos.append(claims[k])
            k += 1
        if len(tos) != len(froms):
            i = k
            continue
        down = bool(_DOWN_RE.match(m.group("verb")))
        for a, b in zip(froms, tos):
            if _compatible(a, b) and not _negative(doc, a) and not _negative(doc, b):
                out.append((a, b, m.group("verb"), down))
        i = k
    return out


# 达到A，比2015年的B提高…: the level A is the later one, B the earlier
_COMPARED = re.compile(r"^[，,]?(?:比|较)" + _YEAR + r"?(?:同期)?的第?$")
_AFTER_VERB = re.compile(r"^(?:有所|明显|大幅|略有|分别)?(?P<verb>" + _UP + "|" + _DOWN + ")")


def _compared(doc: Doc, claims):
    out = []
    for a, b in zip(claims, claims[1:]):
        if a.sentence != b.sentence or not _COMPARED.match(doc.between(a, b)):
            continue
        m = _AFTER_VERB.match(doc.after(b, 8))
        if not m or m.group("verb") in ("达", "升", "增", "降", "减") and re.match(r"[到至为]", doc.after(b, 8)[m.end():]):
            continue
        if _compatible(a, b) and not _negative(doc, a) and not _negative(doc, b):
            out.append(_judge(b, a, m.group("verb"), bool(_DOWN_RE.match(m.group("verb")))))
    return out


def _joined(doc: Doc, a, b) -> bool:
    """Two figures of one list: 645元/月、4318元/年, or a compound figure 1.2万户4.5万人."""
    gap = doc.between(a, b)
    return bool(_LIST_SEP.match(gap)) or (gap == "" and b.group is not None and b.group in (a.group, a.id))


def _negative(doc: Doc, c) -> bool:
    """A sign the parser did not carry into the value (the parser reads -3.2% and 负3.2% as negative)."""
    start = c.number_span.start
    return c.value >= 0 and bool(re.search(r"[-−﹣－–负]$", doc.norm(max(0, start - 2), start)))


def _declared(c) -> Iv:
    """The figure as the number it states: 52%以上 read as about 52, not as [52, ∞).

    A to-level written as a floor (提升至52%以上) still claims a level near that number; comparing
    the open interval would let any from-level pass.
    """
    i = iv(c)
    v = c.value
    if i.high is None and i.low is not None:
        return Iv(i.low, v + (v - i.low))
    if c.hedge in ("at_most", "at_most_soft") and i.high is not None:
        return Iv(v - (i.high - v), i.high)
    return i




def _judge(a, b, verb: str, down: bool):
    ia, ib = _declared(a), _declared(b)
    rank = a.kind == "rank"
    # ranks: rising (上升) means a smaller number
    smaller = down != rank
    if smaller:
        need = Iv(None, ia.high)
        ok = not ib.above(ia)
        want = "≤"
    else:
        need = Iv(ia.low, None)
        ok = not ia.above(ib)
        want = "≥"
    sign = "✓" if ok else "✗"
    comp = f"{verb}: {a.text} → {b.text}，需 {_shown(b)} {want} {_shown(a)} {sign}"
    what = "rank number" if rank else "level"
    if ok:
        msg = f"the {what} moves the way '{verb}' says ({a.text} → {b.text})"
        why = f"to-figure {ib} can be {want} from-figure {ia}"
        if rank:
            why += "; a rank that rises gets a smaller number"
    else:
        direction = "down" if down else "up"
        msg = f"'{verb}' says the {what} went {direction}, but it goes from {a.text} to {b.text}"
        why = f"the to-figure's interval {ib} lies wholly {'above' if smaller else 'below'} the from-figure's {ia}"
        if rank:
            why += "; a rank that rises must get a smaller number"
    return finding(RULE, "pass" if ok else "fail", [a, b], msg, comp, ib, need, why, confidence=0.9)


def _shown(c) -> str:
    """A figure as written (12680元, not 1.268万元), or by its signed value when the sign or rank is
    not in its digits."""
    return label(c) if c.value >= 0 and c.kind != "rank" else f"{fmt(c.value)}{c.unit}"
