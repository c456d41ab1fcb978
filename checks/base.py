"""What every check shares: interval arithmetic at exact bounds, claim lookups, finding builder.

A stated figure is an interval (±½ of its last digit, scaled by 万/亿; hedges widen or bound
it). Relations are checked on intervals: a relation fails only when the intervals cannot meet.
``None`` is an open end.
"""

from __future__ import annotations

import bisect
import re
from collections import abc
from dataclasses import dataclass
from functools import lru_cache
from decimal import Context, Decimal
from typing import Optional, Sequence

from auditor.models import Claim, Finding, Interval, Span
from auditor.numbers import SCALES, parse_chinese

D = Decimal
ZERO = D(0)

#: 村 that starts another noun: 村民小组 (groups within villages), 村干部, 村集体, 村卫生室, 村庄 /
#: 村落 (natural villages) are not counts of (administrative) villages.
NOT_VILLAGE_AFTER_CUN = r"(?!民|组|级|庄|屯|落|委|干部|集体|卫生|小学|医|部|务|道)"

#: a budget a figure is measured against (调整预算, 年初预算), not a budget's name (一般公共预算收入)
BUDGET = r"预算(?!收入|支出|执行|内|外|单位|资金|绩效|管理|草案|报告|编制)"


@dataclass(frozen=True)
class Iv:
    """A closed interval with open ends as None; exact Decimal arithmetic."""

    low: Optional[Decimal]
    high: Optional[Decimal]

    @staticmethod
    def point(x: Decimal) -> "Iv":
        return Iv(x, x)

    def __add__(self, o: "Iv") -> "Iv":
        return Iv(_opt(self.low, o.low, lambda a, b: a + b), _opt(self.high, o.high, lambda a, b: a + b))

    def __sub__(self, o: "Iv") -> "Iv":
        return Iv(_opt(self.low, o.high, lambda a, b: a - b), _opt(self.high, o.low, lambda a, b: a - b))

    def __mul__(self, o: "Iv") -> "Iv":
        # used for non-negative quantities (counts, money, rates): bounds multiply directly
        return Iv(_opt(self.low, o.low, lambda a, b: a * b), _opt(self.high, o.high, lambda a, b: a * b))

    def scale(self, k: Decimal) -> "Iv":
        lo = None if self.low is None else self.low * k
        hi = None if self.high is None else self.high * k
        return Iv(lo, hi) if k >= 0 else Iv(hi, lo)

    def divide(self, o: "Iv") -> "Iv":
        """self / o for non-negative intervals; an interval touching 0 gives an open end."""
        div = _DIVIDE.divide
        lo = None if self.low is None or o.high in (None,) else (
            div(self.low, o.high) if o.high > 0 else None)
        if o.high is None and self.low is not None:
            lo = ZERO
        hi = None if self.high is None or o.low is None or o.low <= 0 else div(self.high, o.low)
        return Iv(lo, hi)

    def meets(self, o: "Iv") -> bool:
        """Do the two intervals share at least one point?"""
        if self.high is not None and o.low is not None and self.high < o.low:
            return False
        if o.high is not None and self.low is not None and o.high < self.low:
            return False
        return True

    def above(self, o: "Iv") -> bool:
        """Is every point of self strictly above every point of o?"""
        return self.low is not None and o.high is not None and self.low > o.high

    def to_model(self) -> Interval:
        try:
            return _interval_model(self.low, self.high)
        except TypeError:  # a signalling NaN cannot be hashed
            return Interval(low=self.low, high=self.high)

    def __str__(self) -> str:
        lo = "−∞" if self.low is None else fmt(self.low)
        hi = "+∞" if self.high is None else fmt(self.high)
        return lo if lo == hi else f"[{lo}, {hi}]"


# An inferred relation (linked across sentences by its words, not by a cue such as 其中 or 剩余)
# may join figures of different dates, places or definitions, so a small violation only warns.
# A violation by more than this share of the larger figure's bound is too large to be such a
# difference (a register revised by a fifth, a target a fifth below the level already reached):
# it fails, and the finding says the link was inferred.
GROSS = D("0.15")


def grossly_above(a: Iv, b: Iv, margin: Decimal = GROSS) -> bool:
    """Does every point of ``a`` exceed every point of ``b`` by more than ``margin`` of it?"""
    return a.low is not None and b.high is not None and b.high >= 0 and a.low > b.high * (1 + margin)


def grossly_apart(a: Iv, b: Iv) -> bool:
    """Does either interval lie above the other by more than base.GROSS?"""
    return grossly_above(a, b) or grossly_above(b, a)


def gross_note(a: Iv, b: Iv) -> str:
    """Why an inferred relation fails: by how much the one figure exceeds the other."""
    pct = (a.low / b.high - 1) * 100 if b.high else None
    by = f"by {fmt(pct, 0)}%" if pct is not None else "by far"
    return (f"the link is inferred, but the gap ({by}) is more than the {fmt(GROSS * 100)}% a "
            f"difference of date, place or definition could explain")


def _opt(a, b, op):
    return None if a is None or b is None else op(a, b)


def fmt(x: Decimal, digits: int = 6) -> str:
    """A readable exact-ish number: 14109, 522.6, 0.3245."""
    if x is None:
        return "?"
    try:
        return _fmt_cached(x, digits)
    except TypeError:  # a signalling NaN cannot be hashed
        return _fmt(x, digits)


@lru_cache(maxsize=65536)
def _fmt_cached(x: Decimal, digits: int) -> str:
    """fmt of a value seen before (the text depends on the value only: 5.0 and 5 give "5")."""
    return _fmt(x, digits)


def _fmt(x: Decimal, digits: int) -> str:
    if x == x.to_integral_value():  # exact whatever the context: no local context needed
        return f"{int(x)}"
    q = x.quantize(_PLACES[digits] if digits < len(_PLACES) else D(1).scaleb(-digits), context=_FMT).normalize(_FMT)
    return format(q, "f")


@lru_cache(maxsize=65536)
def _interval_model(low: Decimal | None, high: Decimal | None) -> Interval:
    """One frozen Interval for the bounds stated and computed again and again (pass findings)."""
    return Interval(low=low, high=high)


#: the contexts of quotients and of the numbers a finding shows (explicit, not the thread's)
_DIVIDE = Context(prec=40)
_FMT = Context(prec=28)
_PLACES = [D(1).scaleb(-k) for k in range(13)]


def iv(claim: Claim, loose: bool | None = None) -> Iv:
    """The interval a claim stands for.

    Trailing zeros are read as rounding (6300万 may be 63百万) only where officials round:
    scaled figures (万, 亿) and hedged ones; plain counts (1000个) are exact.
    """
    if loose is None:
        loose = bool(claim.scale) or claim.hedge is not None
    i = claim.loose_interval if loose else claim.interval
    return Iv(i.low, i.high)


def small_int(text: str) -> int:
    """A small count written in digits or as one Chinese numeral (5, 五, 两, 十), read as the
    number parser reads it."""
    return int(text) if text.isdigit() else int(parse_chinese(text)[0])


#: a year named in a figure's time or a header (2015年底, 比重2012年)
YEAR = re.compile(r"(?:19|20)\d{2}")
#: after a figure a rate is taken of (年初预算数60999万元的40.4%), or a multiple (为上年的1.2倍)
BASE_OF_RATE = re.compile(r"^的\d+(?:\.\d+)?%")
BASE_OF_RATIO = re.compile(r"^的\d+(?:\.\d+)?(?:%|倍)")
#: the register a population is counted by: 常住 (residents) or 户籍 (the household register)
REGISTER = re.compile(r"常住|户籍")
#: before the level a from–to pair reaches: 增加到, 减少至, 降为, 降至
REACHED = re.compile(r"(?:增加|减少|提高|提升|下降|降低|上升|增长|扩大|缩小)(?:到|至|为)$|[降增升]至$")


def years_between(a: Claim, b: Claim) -> int | None:
    """The years from a's time to b's (2015年的38.5% … 2020年的45.2%: 5), or None when either
    names no year."""
    ya, yb = YEAR.search(a.time or ""), YEAR.search(b.time or "")
    return int(yb.group()) - int(ya.group()) if ya and yb else None


def truncated(claim: Claim, i: Iv) -> Iv:
    """``i``, an interval of ``claim``, widened upwards by half the claim's last digit: officials
    truncate as well as round (29.84% written 29.8%, 122705 written 12.2万)."""
    if i.high is None or claim.interval.high is None:
        return i
    return Iv(i.low, i.high + (claim.interval.high - claim.value))


def rate_iv(claim: Claim) -> Iv:
    """A percentage as a fraction, allowing truncation as well as rounding (29.84% written 29.8%)."""
    i = truncated(claim, iv(claim))
    return Iv(None if i.low is None else i.low / 100, None if i.high is None else i.high / 100)


#: a named place a sentence opens with, as what it speaks of: 甲县辖…, 城关镇共有… (not 全县)
_NAMED_PLACE = re.compile(r"\s*(?![在于]?全|在|于|截至|到)((?:(?!全)[\u4e00-\u9fff]){1,6}?(?:省|市|州|县|区|旗|乡|镇|街道))"
                          r"(?=(?:所|下)?辖|共有|共|有|现有|总|位于|地处|[,，])")


def named_place(sentence: str) -> str | None:
    """The named place a sentence opens with (乙乡辖11个行政村: 乙乡), else None."""
    m = _NAMED_PLACE.match(sentence)
    return m.group(1) if m else None


def label(c: Claim) -> str:
    """A figure as written, in simplified characters and without pinyin: 522万元, 76亿斤以上,
    1300多万人, 300余户."""
    word = c.hedge_word
    if word in ("多", "余"):
        # 1300多万人 or 3万多人: where the hedge stands, as the original says
        after_scale = bool(c.scale) and (c.scale + word) in c.text.replace("萬", "万").replace("億", "亿")
        return f"{c.number}{c.scale}{word}{c.stated_unit}" if after_scale else f"{c.number}{word}{c.scale}{c.stated_unit}"
    suffix = word if word in ("以上", "以下", "左右", "以内") else ""
    return f"{c.number}{c.scale}{c.stated_unit}{suffix}"


def _form(c: Claim) -> Decimal | None:
    """How many of c's normalised unit one unit of c's written form is (亿元 of 万元: 10000; 元 of
    万元: 0.0001; 万人 of 人: 10000), or None when c is no plain amount written in a known unit."""
    if c.kind not in ("amount", "per_unit") or c.scale not in SCALES and c.scale or "万" in c.number or "亿" in c.number:
        return None  # (12亿3400万元: a chain of scales is shown in the normalised unit)
    return _form_factor(c.scale, c.stated_unit, c.unit)


@lru_cache(maxsize=1024)
def _form_factor(scale: str, stated_unit: str, unit: str) -> Decimal | None:
    from auditor.units import lookup

    if not stated_unit:
        return SCALES.get(scale, D(1)) if unit == "" else None
    info = lookup(stated_unit)
    if info is None or info.normal != unit:
        return None
    return SCALES.get(scale, D(1)) * info.factor


def in_form(x: "Iv | Decimal", like: Claim) -> str:
    """A computed value or interval, in like's normalised unit, shown as like is written: an interval
    of 人 against 6853万人 as [6841.5, 6864.5]万人, of 万元 against 12680元 as 11560元. Figures written
    in a form this cannot show keep the normalised unit."""
    f = _form(like)
    if f is None or f == 0:
        return f"{x}{like.unit}" if isinstance(x, Iv) else f"{fmt(x)}{like.unit}"
    if isinstance(x, Iv):
        x = Iv(None if x.low is None else x.low / f, None if x.high is None else x.high / f)
        return f"{x}{like.scale}{like.stated_unit}"
    return f"{fmt(x / f)}{like.scale}{like.stated_unit}"


def shown_plain(*cs: Claim) -> bool:
    """Can each figure be shown as written, and computed values in the form of the last?"""
    return all(_form(c) is not None for c in cs)


def term(c: Claim, like: Claim) -> str:
    """c as written inside a computation whose result is shown in like's form: its unit dropped when
    its scale and unit are like's (5.32亿 + 11.49亿 = 16.81亿元), kept when not (1.265万人 − 3046,
    300公顷 + 2400)."""
    text = label(c)
    if _form(c) is not None and c.stated_unit and (c.scale, c.stated_unit) == (like.scale, like.stated_unit) \
            and text.endswith(c.stated_unit):
        return text[: -len(c.stated_unit)]
    return text


def stated(c: Claim) -> str:
    """A figure for a finding's text, with its hedge in words: its value alone would mislead (5200户 ≤
    5000户 passes when the whole was stated as 5000户以上). As written when it can be (约309万元,
    1300多万人, 近2万户), else in its normalised unit."""
    v, u = fmt(c.value), c.unit
    hedge = c.hedge
    if _form(c) is not None and c.kind != "rank":
        word = c.hedge_word
        prefix = word if hedge is not None and word and word not in ("以上", "以下", "左右", "以内", "多", "余") \
            and not label(c).endswith(word) else ""
        if hedge is None or prefix or label(c) != f"{c.number}{c.scale}{c.stated_unit}":
            return prefix + label(c)
    if hedge is None or c.kind == "rank":
        return f"{v}{u}"
    if hedge == "at_least":
        return f"{v}{u}以上"
    if hedge in ("at_most", "at_most_soft"):
        return f"{v}{u}以下"
    if hedge == "more":
        return f"{v}多{u}"
    return f"{'近' if hedge == 'near' else '约'}{v}{u}"


def money(x: Iv, unit: str) -> str:
    """An interval of 万元 shown in 亿元 when large: [5.669, 5.750]亿元 reads better than 万元."""
    if unit == "万元" and x.low is not None and x.low >= 10000:
        return f"{Iv(x.low / 10000, None if x.high is None else x.high / 10000)}亿元"
    return f"{x}{unit}"


def comparable(a: Claim, b: Claim) -> bool:
    """Same kind of quantity: both %, both ranks, or amounts/per-unit figures of one dimension."""
    if (a.kind == "rank") != (b.kind == "rank"):
        return False
    if a.kind in ("percent", "percentage_point") or b.kind in ("percent", "percentage_point"):
        return a.kind == b.kind
    if (a.dimension or None) != (b.dimension or None):
        return False
    if a.dimension is None and a.unit != b.unit:
        return False
    if a.kind == b.kind == "per_unit" and a.per != b.per:
        return False
    return True


_PARAGRAPH_BREAK = re.compile(r"[。!?！？:：;；]\s*\n|\n\s*\n|"
                              r"\n\s*(?:\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


def same_paragraph(doc: "Doc", a: Claim, b: Claim) -> bool:
    """Are a and b (a first) in one paragraph? A line wrapped inside a sentence does not end one;
    a line ending a sentence, a blank line or a numbered line does."""
    if a.line == b.line:
        return True
    return not _PARAGRAPH_BREAK.search(doc.original[a.end:b.start])


def sentence_or_next(doc: "Doc", w: Claim, p: Claim) -> bool:
    """Is w stated in p's sentence or the one before it, in p's paragraph?"""
    return same_paragraph(doc, w, p) and len(re.findall(r"[。!?]", doc.between(w, p))) <= 1


@dataclass(frozen=True)
class Rule:
    """A check's identity, as declared at the top of its module."""

    CODE: str
    NAME: str
    SEVERITY: str = "error"


def finding(module, status: str, claims: Sequence[Claim], message: str, computation: str = "",
            stated: Iv | None = None, computed: Iv | None = None, why: str = "",
            confidence: float = 1.0, severity: str | None = None) -> Finding:
    """Build a Finding for the check ``module`` (which declares CODE, NAME, SEVERITY)."""
    if status == "fail" and min((c.confidence for c in claims), default=1.0) < 0.5:
        status = "warn"
        doubt = next(c for c in claims if c.confidence < 0.5)
        reason = ("a figure is next to garbled text" if any("garbled" in n for n in doubt.notes) else
                  f"the figure {doubt.text} may be read wrongly ({doubt.notes[-1] if doubt.notes else 'low confidence'})")
        why = (why + "; " if why else "") + reason + ", so this is not a sure failure"
    sev = severity or (module.SEVERITY if status == "fail" else ("warning" if status == "warn" else "info"))
    return Finding(
        check=module.NAME, code=module.CODE, status=status, severity=sev, confidence=confidence,
        claims=[c.id for c in claims], message=message, computation=computation,
        stated=stated.to_model() if stated else None, computed=computed.to_model() if computed else None,
        why=why, spans=[_span(c.start, c.end) for c in claims],
        line=min(c.line for c in claims) if claims else None,
    )


@lru_cache(maxsize=4096)
def _span(start: int, end: int) -> Span:
    """The span of a claim (frozen, so one object serves every finding that names the claim)."""
    return Span(start=start, end=end)


#: how far apart, in characters, two figures of one report can stand: further than the longest
#: report (a provincial government work report holds about 25,000). Relations between paragraphs
#: are looked for within it, so that in a text that joins many reports a figure is never read
#: against another report's, and the search stays linear.
REPORT_REACH = 30_000


def nearest(claims: list, starts: list[int], pos: int, reach: int, most: int) -> list:
    """Up to ``most`` of ``claims`` (in report order, ``starts`` their offsets) nearest to ``pos``
    and within ``reach`` characters of it, in report order."""
    i = bisect.bisect_left(starts, pos)
    lo, hi = i - 1, i
    picked = []
    while len(picked) < most:
        left = pos - starts[lo] if lo >= 0 else None
        right = starts[hi] - pos if hi < len(starts) else None
        if left is not None and (right is None or left <= right):
            if left > reach:
                break
            picked.append(lo)
            lo -= 1
        elif right is not None:
            if right > reach:
                break
            picked.append(hi)
            hi += 1
        else:
            break
    return [claims[k] for k in sorted(picked)]


def following(seq: list, k: int):
    """``seq[k + 1:]`` as an iterator, without copying: a scan that stops early, started from every
    item of a list of thousands (a 、-list in one sentence), stays linear."""
    return map(seq.__getitem__, range(k + 1, len(seq)))


class ClaimRun(abc.Sequence):
    """Claims of a report from one claim onwards or backwards, read in place (not copied)."""

    __slots__ = ("_claims", "_range")

    def __init__(self, claims: list[Claim], indexes: range):
        self._claims = claims
        self._range = indexes

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._claims[i] for i in self._range[k]]
        return self._claims[self._range[k]]

    def __iter__(self):
        claims = self._claims
        return (claims[i] for i in self._range)


class Ordered:
    """Some claims of a report in report order, for finding the one nearest to a figure."""

    def __init__(self, doc: "Doc", claims):
        self.index = doc.index
        self.claims = list(claims)
        self.positions = [doc.index[c.id] for c in self.claims]

    def nearest(self, c: Claim, ok=None, before_only: bool = False) -> Optional[Claim]:
        """The claim nearest to c in report order that passes ``ok`` (the earlier of two as near),
        other than c: what ``min(passing, key=distance)`` over all of them gives, found by walking
        out from c. With ``before_only``, the nearest before c (``next`` over ``doc.preceding(c)``)."""
        claims, pos = self.claims, self.positions
        i = self.index[c.id]
        left = bisect.bisect_left(pos, i) - 1
        right = len(claims) if before_only else bisect.bisect_right(pos, i)
        while left >= 0 or right < len(claims):
            if right >= len(claims) or (left >= 0 and i - pos[left] <= pos[right] - i):
                x, left = claims[left], left - 1
            else:
                x, right = claims[right], right + 1
            if x is not c and (ok is None or ok(x)):
                return x
        return None


# ---------------------------------------------------------------------------------------------
# plain copies of the claims for the checks to read
#
# Every attribute read on a pydantic model goes through BaseModel.__getattr__'s slot (about four
# times the cost of a plain attribute), and the checks read the claims' fields some hundred
# times a claim. They read plain copies instead: the same field names and values, slots instead
# of a model. Nested models (intervals, spans, table cells) are copied likewise and compare by
# value as the frozen models do; a claim compares by identity, which for claims (unique ids) is
# what comparing every field gives.


class _Plain:
    __slots__ = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other) -> bool:
        return other.__class__ is self.__class__ and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)})"


class SpanView(_Plain):
    __slots__ = ("start", "end")

    def __init__(self, span: Span):
        self.start, self.end = span.start, span.end

    def __eq__(self, other) -> bool:
        return other.__class__ is SpanView and self.start == other.start and self.end == other.end

    __hash__ = _Plain.__hash__


class IntervalView(_Plain):
    __slots__ = ("low", "high")

    def __init__(self, interval: Interval):
        self.low, self.high = interval.low, interval.high


class CellView(_Plain):
    __slots__ = ("table", "row", "column", "header", "row_label")

    def __init__(self, cell):
        d = cell.__dict__
        for name in CellView.__slots__:
            object.__setattr__(self, name, d[name])


#: the fields a ClaimView copies as they are, and those it copies into a view
_NESTED = {"interval": IntervalView, "loose_interval": IntervalView, "number_span": SpanView,
           "sentence": SpanView, "clause": SpanView}


class ClaimView:
    """A claim as the checks read it (see above): every field of :class:`Claim`, by name."""

    def __init__(self, claim: Claim):
        d = self.__dict__
        d.update(claim.__dict__)  # the fields, at C speed; then the nested models as views
        for name, view in _NESTED.items():
            d[name] = view(d[name])
        if claim.table is not None:
            d["table"] = CellView(claim.table)

    def __repr__(self) -> str:
        return f"ClaimView({self.id}: {self.text!r})"


class Doc:
    """The report as the checks see it: claims in order, and normalised text around them.

    Claims carry original offsets; ``norm(a, b)`` gives the normalised (simplified, pinyin-free,
    ASCII-folded) text of an original span, which is what cue words are matched against.
    The text before and after a figure is computed once per figure and width, and the claims of
    each sentence are indexed, so that the checks stay linear in the length of a report.
    """

    def __init__(self, claims: list[Claim], normalised):
        claims = [c if c.__class__ is ClaimView else ClaimView(c) for c in claims]
        self.claims = claims
        self.n = normalised
        self.by_id = {c.id: c for c in claims}
        self.index = {c.id: i for i, c in enumerate(claims)}
        self._before: dict[tuple, str] = {}
        self._after: dict[tuple, str] = {}
        #: offsets into the original are offsets into the normalised text: slice it directly
        self._same = normalised.text if normalised.identity else None
        self._sentences: dict[tuple[int, int], list[Claim]] = {}
        #: indexes a check builds once per report (keyed by the check's own names)
        self.memo: dict = {}
        for c in claims:
            self._sentences.setdefault((c.sentence.start, c.sentence.end), []).append(c)

    @property
    def original(self) -> str:
        return self.n.original

    def norm(self, start: int, end: int) -> str:
        if self._same is not None:  # what to_norm gives then, without two calls (a hot path: 5% of an audit)
            return self._same[start:end] if start >= 0 else self._same[0:max(end, 0)]
        a, b = self.n.to_norm(start), self.n.to_norm(end)
        return self.n.text[a:b]

    def before(self, c: Claim, n: int = 12, clause: bool = True) -> str:
        """Normalised text before the figure: within its clause, at most n characters."""
        if self._same is not None:
            s = c.start
            return self._same[max(c.clause.start if clause else c.sentence.start, s - n, 0):s]
        key = (c.start, c.clause.start if clause else c.sentence.start, n)
        text = self._before.get(key)
        if text is None:
            starts = self.n.starts
            a = bisect.bisect_left(starts, max(key[1], c.start - 4 * n))
            text = self._before[key] = self.n.text[a:bisect.bisect_left(starts, c.start)][-n:]
        return text

    def after(self, c: Claim, n: int = 12, clause: bool = True) -> str:
        if self._same is not None:
            e = c.end
            return self._same[e:min(c.clause.end if clause else c.sentence.end, e + n)]
        key = (c.end, c.clause.end if clause else c.sentence.end, n)
        text = self._after.get(key)
        if text is None:
            starts = self.n.starts
            b = bisect.bisect_left(starts, min(key[1], c.end + 4 * n))
            text = self._after[key] = self.n.text[bisect.bisect_left(starts, c.end):b][:n]
        return text

    def between(self, a: Claim, b: Claim) -> str:
        return self.norm(a.end, b.start) if a.end <= b.start else ""

    def sentence(self, c: Claim) -> str:
        return self.norm(c.sentence.start, c.sentence.end)

    def clause(self, c: Claim) -> str:
        return self.norm(c.clause.start, c.clause.end)

    def per_claim(self, name: str, c: Claim, compute):
        """``compute(self, c)``, worked out once per claim and report (``name`` keeps the answers
        of one question apart)."""
        memo = self.memo.get(name)
        if memo is None:
            memo = self.memo[name] = {}
        if c.id not in memo:
            memo[c.id] = compute(self, c)
        return memo[c.id]

    def lead(self, c: Claim) -> Claim:
        """The first figure of c's compound (225户 of 225户1089人), or c itself."""
        return self.by_id.get(c.group, c) if c.group else c

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        return a.sentence == b.sentence

    def in_sentence(self, c: Claim) -> list[Claim]:
        """The claims of c's sentence, in order (c among them)."""
        return self._sentences[(c.sentence.start, c.sentence.end)]

    def preceding_in_sentence(self, c: Claim) -> list[Claim]:
        """``[x for x in doc.preceding(c) if x.sentence == c.sentence]``, from the sentence's index."""
        i = self.index[c.id]
        return [x for x in reversed(self.in_sentence(c)) if self.index[x.id] < i]

    def following(self, c: Claim) -> ClaimRun:
        return ClaimRun(self.claims, range(self.index[c.id] + 1, len(self.claims)))

    def preceding(self, c: Claim) -> ClaimRun:
        return ClaimRun(self.claims, range(self.index[c.id] - 1, -1, -1))


def like_their_total(parts, total) -> bool:
    """Are three or more cells of a column each at least half of its total row's cell (51.52, 50.68,
    60.76 under 54.47)? Then they are rates or averages whose header the flattened table lost, not
    parts of a sum: no sum of three such parts could make the total."""
    vals = [p.value for p in parts if p.unit == total.unit]
    return len(vals) >= 3 and total.value > 0 and all(2 * v >= total.value for v in vals)
