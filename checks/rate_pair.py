"""Two rates of one measure must imply the same denominator; a rate must equal its part over its whole.

What it checks
    1. An incidence that fell (贫困发生率从32.4%下降到0.4%) with the registered poor population and
       the poor population remaining (建档立卡贫困人口40779人 … 剩余贫困人口495人): 40779 / 32.4% and
       495 / 0.4% are both the rural population, so the two quotients must be compatible.
    2. One incidence with its part and a stated whole (农业人口423850人，其中贫困人口12.2万人，
       贫困发生率28.8%): part / whole must equal the rate.

Why it matters
    An incidence is the poor population over the rural population. When the initial rate, the
    final rate and the two head counts imply rural populations that cannot be the same, one of
    the four figures is wrong.

Flagged
    全县建档立卡贫困人口40112人，剩余贫困人口512人，贫困发生率从45.8%下降到0.36%。
    (40112 / 45.8% ≈ 8.7万, but 512 / 0.36% ≈ 13.8万..14.4万)

Passing
    全县建档立卡贫困人口40112人，剩余贫困人口512人，贫困发生率从28.6%下降到0.36%。

Tolerance
    Rates are intervals allowing truncation as well as rounding (0.4% is 0.35%..0.5%); head counts
    ±½. The rural population also moves over the years the two rates span and registers are
    adjusted, so the two implied populations may differ by up to 15% beyond rounding before the
    relation fails. A rate of 0 (降至零) carries no denominator and is skipped. The counts are the
    ones stated with the rate, or else the nearest registered / remaining figures in the report
    (then the finding only warns when the link crosses paragraphs). An incidence is over the
    rural population: when the line states both, the rural one is the whole (总人口52.6万人，其中
    农业人口43.8万人); a whole of all residents (总人口, 户籍人口) is used only in the rate's own
    sentence and then only warns; a rural population in an earlier sentence of the line (of another
    year or definition, perhaps) warns when off, and fails beyond base.GROSS; a rate that a change
    starts from (由1.2%下降为零) is not paired with a part, nor a later rate with a part that has its
    own rate already (贫困人口6000人，贫困发生率30%。…年末贫困发生率1.2%); a task (计划减少贫困人口任务
    1000人) is no count of the poor.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import Doc, Iv, Ordered, Rule, finding, fmt, gross_note, grossly_above, grossly_apart, iv, rate_iv

CODE = "C007"
NAME = "incidence-denominator-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)



D = Decimal
#: how far two implied populations may drift apart (years between the rates, register changes)
SLACK = D("0.15")

_RATE = re.compile(r"发生率")
_FELL = re.compile(r"^(?:的)?[,、]?(?:下降|降低|减少|降)(?:到|至)")
_REGISTERED = re.compile(r"建档立卡|贫困人口|贫困户|贫困对象|识别")
_NOT_REGISTERED = re.compile(r"剩余|尚未|未脱贫|脱贫|减贫|退出|出列|新增|返贫|监测|边缘|其中|带动|搬迁|低保|特困|就业|"
                             r"减少|计划|任务|目标")  # (计划减少贫困人口任务1000人: a task, no stock)
_REMAINING = re.compile(r"剩余|尚未|未脱贫|还有|仍有|只有")
_WHOLE = re.compile(r"农业人口|农村人口|乡村人口|总人口|户籍人口")
#: a whole of every resident, town and country: an incidence is over the rural population
_ALL_RESIDENTS = re.compile(r"(?<![农村])(?:总人口|户籍人口)")
#: the rate is the level a change starts from: 由1.2%下降为零, 从5%降至
_FROM_LEVEL = re.compile(r"^(?:的)?[,、]?(?:下降|降低|减少|降|上升|提高|增加|增长)")


def check(doc: Doc):
    out = []
    persons = _Persons(doc, [c for c in doc.claims if c.dimension == "person" and c.kind == "amount"
                             and c.table is None and c.hedge in (None, "approx")])
    for a in doc.claims:
        if a.kind != "percent" or a.table is not None or not _RATE.search(doc.before(a, 24, clause=False)):
            continue
        b = next((c for c in doc.following(a)[:1] if c.kind == "percent" and c.sentence == a.sentence
                  and _FELL.search(doc.between(a, c))), None)
        if b is not None:
            f = _pair(doc, a, b, persons)
            if f is not None:
                out.append(f)
            continue
        if doc.preceding(a)[:1] and doc.preceding(a)[0].kind == "percent" and doc.preceding(a)[0].sentence == a.sentence:
            continue  # the second rate of a pair
        f = _part_whole(doc, a, persons)
        if f is not None:
            out.append(f)
    return out


def _registered(doc: Doc, c) -> bool:
    subject = doc.before(c, 14)
    return bool(_REGISTERED.search(subject)) and not _NOT_REGISTERED.search(subject) and not _REMAINING.search(
        doc.after(c, 6))


def _poor_part(doc: Doc, c) -> bool:
    """The poor population as a part of a whole: 其中建档立卡贫困人口12110人."""
    subject = doc.before(c, 14).replace("其中", "")
    return bool(_REGISTERED.search(subject)) and not _NOT_REGISTERED.search(subject)


def _remaining(doc: Doc, c) -> bool:
    return bool(_REMAINING.search(doc.before(c, 10)) or re.match(r"^(?:尚未|未)脱贫", doc.after(c, 6)))


class _Persons:
    """Counts of persons (not in tables), indexed by sentence, by line and by what they count."""

    def __init__(self, doc: Doc, persons: list):
        self.doc = doc
        self.all = persons
        self.by_sentence: dict[tuple[int, int], list] = {}
        self.by_line: dict[int, list] = {}
        for c in persons:
            self.by_sentence.setdefault((c.sentence.start, c.sentence.end), []).append(c)
            self.by_line.setdefault(c.line, []).append(c)
        self._matching: dict = {}

    def matching(self, pred) -> Ordered:
        if pred not in self._matching:
            self._matching[pred] = Ordered(self.doc, [c for c in self.all if pred(self.doc, c)])
        return self._matching[pred]


def _nearest(doc: Doc, rate, persons: _Persons, pred):
    """The matching count in the rate's sentence, else the nearest in the report, unless that is
    said of another place (全市贫困发生率…。甲县贫困人口…: the county's poor, the city's rate)."""
    same = [c for c in persons.by_sentence.get((rate.sentence.start, rate.sentence.end), ()) if pred(doc, c)]
    if same:
        return same[0], True
    near = persons.matching(pred).nearest(rate)
    if near is None or _other_place(doc.sentence(rate), doc.sentence(near)):
        return None, False
    return near, near.line == rate.line


_SCOPE = re.compile(r"全([省市州县区乡镇村])")
_PLACE_OPENS = re.compile(r"\s*(?!全)[\u4e00-\u9fff]{1,5}?([省市州县区旗乡镇村])(?![级委政])")


def _other_place(rate_sentence: str, count_sentence: str) -> bool:
    """Does the count's sentence open with a named place of another level than the whole place the
    rate's sentence is said of (全市 … / 甲县 …)?"""
    scope, place = _SCOPE.search(rate_sentence), _PLACE_OPENS.match(count_sentence)
    return scope is not None and place is not None and place.group(1) != scope.group(1)


def _pair(doc: Doc, a, b, persons):
    if b.value == 0 or a.value == 0:
        return None
    registered, near_r = _nearest(doc, a, persons, _registered)
    remaining, near_m = _nearest(doc, b, persons, _remaining)
    if registered is None or remaining is None or registered is remaining:
        return None
    first = iv(registered).divide(rate_iv(a))
    second = iv(remaining).divide(rate_iv(b))
    widened = Iv(first.low * (1 - SLACK) if first.low is not None else None,
                 first.high * (1 + SLACK) if first.high is not None else None)
    ok = widened.meets(second)
    exact = first.meets(second)
    sure = near_r and near_m
    comp = (f"{fmt(registered.value)} ÷ {fmt(a.value)}% = {_people(first)}；"
            f"{fmt(remaining.value)} ÷ {fmt(b.value)}% = {_people(second)} " + ("✓" if ok else "✗"))
    if ok:
        msg = "the two rates imply compatible populations"
        why = f"{_people(first)} and {_people(second)} meet" + ("" if exact else f" within the {SLACK * 100:.0f}% drift allowed")
        status = "pass"
    else:
        msg = (f"{fmt(registered.value)}人 at {fmt(a.value)}% and {fmt(remaining.value)}人 at {fmt(b.value)}% "
               f"imply different populations ({_people(first)} vs {_people(second)})")
        why = (f"the implied populations cannot meet even allowing {SLACK * 100:.0f}% drift"
               + ("" if sure else "; a head count was linked from another paragraph"))
        status = "fail" if sure else "warn"
    return finding(RULE, status, [registered, a, remaining, b], msg, comp, second, first, why,
                   confidence=0.8 if sure else 0.5)


def _part_whole(doc: Doc, rate, persons):
    """贫困发生率X% with 农业人口W人 and 贫困人口P人 stated in the same sentence or paragraph."""
    if rate.value == 0:
        return None
    after_fall = bool(re.search(r"(?:下降|降低|减少|降)(?:到|至)$", doc.before(rate, 4)))
    if not after_fall and _FROM_LEVEL.search(doc.after(rate, 8)):
        return None  # 由1.2%下降为零: the level before a change, whose part the text does not give
    in_line = persons.by_line.get(rate.line, [])
    wholes = [c for c in in_line if c.end <= rate.start and _WHOLE.search(doc.before(c, 10))]
    if not wholes:
        return None
    # the rural population when the line states it (总人口52.6万人，其中农业人口43.8万人), else the first
    whole = next((c for c in wholes if not _ALL_RESIDENTS.search(doc.before(c, 10))), wholes[0])
    all_residents = bool(_ALL_RESIDENTS.search(doc.before(whole, 10)))
    if all_residents and not whole.sentence == rate.sentence:
        return None  # 总人口 of the county, the incidence in another sentence: over the rural population
    pick = _remaining if after_fall else _poor_part
    part = next((c for c in reversed(in_line) if whole.end <= c.start and c.end <= rate.start
                 and c is not whole and pick(doc, c)), None)
    if part is None:
        return None
    for x in doc.following(part):
        if x.start >= rate.start:
            break
        if x.kind == "percent" and "发生率" in doc.before(x, 8):
            return None  # 贫困户…6000人，贫困发生率30%。…年末贫困发生率1.2%: the part has its own rate, not this one
    computed = iv(part).divide(iv(whole)).scale(D(100))
    stated = rate_iv(rate).scale(D(100))
    ok = computed.meets(stated)
    comp = f"{fmt(part.value)} ÷ {fmt(whole.value)} = {computed}%, stated {fmt(rate.value)}% " + ("✓" if ok else "✗")
    msg = ("the incidence equals the poor population over the whole" if ok else
           f"{fmt(part.value)} / {fmt(whole.value)} is {computed}%, but the incidence is stated as {fmt(rate.value)}%")
    same = part.sentence == rate.sentence == whole.sentence
    why = f"{stated} vs {computed}"
    if all_residents and not ok:
        why += "; the whole counts all residents (总人口), the incidence is usually over the rural population"
    # the rural population in an earlier sentence of the line may be of another year or definition
    # (农业人口 or 乡村户籍人口): off by more than base.GROSS, no such difference explains it
    far = not ok and not same and not all_residents and grossly_apart(stated, computed)
    if not ok and not same and not all_residents:
        why += ("; " + (gross_note(stated, computed) if grossly_above(stated, computed) else gross_note(computed, stated))
                if far else "; the whole is stated in another sentence, which may count another year or definition")
    status = "pass" if ok else ("fail" if (same and not all_residents) or far else "warn")
    return finding(RULE, status, [part, whole, rate],
                   msg, comp, stated, computed, why, confidence=0.8 if same else (0.7 if far else 0.5))


def _people(x: Iv) -> str:
    lo = "?" if x.low is None else f"{x.low:.0f}"
    hi = "+∞" if x.high is None else f"{x.high:.0f}"
    return f"[{lo}, {hi}]人"
