"""From report text to located, normalised claims with their context.

normalise → figures → table columns → units → intervals → context (subject, cues, time).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache

from . import tables as tables_mod
from . import units
from .figures import Figure, find_figures
from .models import Claim, Interval, Skipped, Span, TableCell, share_fields_sets
from .normalise import Normalised, normalise

#: a sentence that opens with 其中 breaks down the figure the sentence before ends with
#: (安排项目资金8620.5万元。(其中:中央资金5410.5万元、省级资金3210万元)): one sentence with it;
#: so does a line that opens with 其中 (义务教育:7074人; / 其中寄宿生4842人、非寄宿生2232人)
_SENTENCE_END = re.compile(r"[。!?](?![(]?其中)|\n(?![ \t]*其中)")
_NEWLINE = re.compile(r"\n")
_CLAUSE_END = re.compile(r"[,;:。!?\n\t、|｜]")
#: A sentence longer than this is searched for relations in pieces of at most about this many
#: characters, cut after a ; (or failing one, a ,). The longest sentences of real reports hold
#: about 1,000 characters and 110 figures; relations are looked for among the figures of a
#: sentence, pair by pair, so one sentence of thousands of clauses would cost time quadratic in its
#: length. A 、-list is never cut: it holds no ; or , to cut at.
LONG_SENTENCE = 1500
_PIECE_CUT = re.compile(r"[;,]")
_TRAILING = re.compile(
    r"(?:达到了|达到|达|约为|约|为|是|共有|有|共计|合计|总计|共|计|近|将近|接近|超过|突破|逾|"
    r"增加到|增加至|增加了|增加|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降至|降到|降低到|降低至|"
    r"增至|增长到|增长至|增长|减少到|减少至|减少|扩大到|扩大至|缩小到|缩小至|达到|上升到|上升至|上升|"
    r"了|到|至|由|从|在|的|将|和|与|及|占|分别为|分别|仅有|仅|只有|其中|累计达|已达|已|全部|均|"
    r"不低于|不少于|不足|不到|低于|少于|高于|多于|控制在|保持在|稳定在|以上|以下|的|年均|平均|最高|最低|"
    r"新增|共有|总数|总量|总额|规模|\s|[“”\"'《》()（）])$")
_LEADING = re.compile(r"^(?:其中|并且|并|且|同时|另外|此外|以及|和|及|与|共|还|对|为|向|给|把|使|让|按|按照|通过|目前|现|今年|去年|全年|当年|[“”\"'()（）\s])")
CUE_WORDS = ("其中", "包括", "含", "共计", "合计", "总计", "共有", "共", "累计", "剩余", "尚未", "未脱贫", "已脱贫",
             "已", "完成", "计划", "规划", "目标", "任务", "最高", "最低", "平均", "分别", "全部", "全覆盖",
             "超额完成", "覆盖率", "发生率", "占", "比重", "比例", "增长", "下降", "提高", "减少", "增加", "从", "由",
             "到", "至", "以上", "人均", "户均", "每", "新增", "达到", "突破", "正在", "整改", "带动", "惠及")
_TIME = re.compile(r"(?:截至|截止|到|至)?\s{0,3}((?:19|20)\d{2})\s{0,3}年\s{0,3}(?:\d{1,2}\s{0,3}月)?\s{0,3}"
                   r"(底|末|初|上半年|前三季度|年底|年末)?")
_TIME_WORDS = re.compile(r"今年|去年|上年|全年|当年|年内|同期|十[三四五]五(?:期间|时期|以来)?")
#: no match of _TIME / _TIME_WORDS is longer than this (29 and 7 characters)
_TIME_LONGEST = 32
#: runs of characters no match of _TIME / _TIME_WORDS can contain (every character either can is left out)
_NOT_IN_TIME = re.compile(r"[^截至止到年月底末初上半前三季度\d\s]+")
_NOT_IN_TIME_WORDS = re.compile(r"[^今年去上全当内同期十三四五间时以来]+")
_STOP = {"的", "了", "和", "与", "及", "在", "为", "是", "有", "共", "达", "达到", "其中", "全县", "累计", "等",
         "共计", "合计", "总计", "分别", "全部", "已", "均", "个", "户", "人", "万", "亿", "元"}


@lru_cache(maxsize=1)
def _jieba():
    import logging
    import sys

    # jieba imports pkg_resources (a quarter of a second) only to open its own dict.txt, and opens
    # the file directly when that import fails; it reads its dictionary cache either way
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import → ImportError
    try:
        import jieba
    finally:
        if hidden and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


class _LastMatch:
    """The last match of ``pattern`` in ``text[s0:p]``, for the claims of a sentence in order
    (same s0, growing p), without reading the sentence again for every claim.

    ``barrier`` matches runs of the characters that no match of ``pattern`` can contain (a run at
    a time, so that a sentence of prose costs a few steps, not one per character). A match never
    spans a barrier and the pattern has no anchors or lookbehind, so the matches of
    ``text[s0:p]`` are those of each run between barriers on its own: the runs before the last
    barrier are read once, as p passes them, and only the run that p ends in is read per claim.
    No match is longer than ``longest`` either, so the matches that start at least that far before
    p are those of any longer text: the run that p ends in is settled up to there too, and a long
    run without barriers (digits and tabs) is read once, not once per claim.
    """

    def __init__(self, text: str, pattern: re.Pattern, barrier: re.Pattern, longest: int):
        self.text, self.pattern, self.barrier, self.longest = text, pattern, barrier, longest
        self.s0 = self.p = self.run = -1
        self.found: re.Match | None = None   # the last match in the runs closed so far

    def last(self, s0: int, p: int) -> re.Match | None:
        if s0 != self.s0 or p < self.p:
            self.s0, self.p, self.run, self.found = s0, s0, s0, None
        text, pattern = self.text, self.pattern
        for b in self.barrier.finditer(text, self.p, p):
            if b.start() > self.run:
                for m in pattern.finditer(text, self.run, b.start()):
                    self.found = m
            self.run = b.end()
        self.p = p
        found = self.found
        settled = p - self.longest  # a match that starts here or before is a match of any longer text
        resume = self.run
        for m in pattern.finditer(text, self.run, p):
            found = m
            if m.start() <= settled:
                self.found, resume = m, m.end()
        self.run = max(resume, settled + 1, self.run)
        return found


def _cut_long_sentences(norm: Normalised, ends: list[int]) -> list[int]:
    """``ends`` with more ends inside each sentence longer than LONG_SENTENCE, so that its pieces
    hold between half of LONG_SENTENCE and all of it: at the last ; of that stretch, or failing
    one its last , or failing that the first ; or , after it. A sentence with no ; or , that far
    from its start is not cut (总数…，其中 with a 、-list of thousands of items). Each cut
    sentence is recorded in ``norm.long_sentences``."""
    text = norm.text
    out: list[int] = []
    start = 0
    for end in ends + [len(text)]:
        if end - start > LONG_SENTENCE:
            cuts = _cuts(text, start, end)
            if cuts:
                norm.long_sentences.append((norm.span(start, start)[0], end - start, len(cuts) + 1))
                out += cuts
        if end < len(text):
            out.append(end)
        start = end + 1
    return out


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Where to cut the sentence text[start:end] (see _cut_long_sentences)."""
    marks = [m.start() for m in _PIECE_CUT.finditer(text, start, end)]
    cuts: list[int] = []
    piece = start
    i = 0
    while end - piece > LONG_SENTENCE:
        i = bisect.bisect_left(marks, piece + LONG_SENTENCE // 2, i)
        if i == len(marks):
            break
        j = bisect.bisect_right(marks, piece + LONG_SENTENCE, i)  # the marks from half to the limit
        within = marks[i:j]
        semis = [k for k in within if text[k] == ";"]
        cut = semis[-1] if semis else within[-1] if within else marks[i]
        if cut >= end - 1:
            break
        cuts.append(cut)
        piece = cut + 1
        i = bisect.bisect_right(marks, cut, i)
    return cuts


class _Text:
    """Sentence, clause and line lookups over normalised text, computed once."""

    def __init__(self, norm: Normalised):
        self.norm = norm
        text = norm.text
        self.sentence_ends = _cut_long_sentences(norm, [m.start() for m in _SENTENCE_END.finditer(text)])
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(norm.original)]
        self._time = _LastMatch(text, _TIME, _NOT_IN_TIME, _TIME_LONGEST)
        self._time_words = _LastMatch(text, _TIME_WORDS, _NOT_IN_TIME_WORDS, _TIME_LONGEST)
        self._cues: dict[tuple[int, int], list[str]] = {}
        self._spans: dict[tuple[int, int], Span] = {}

    def cues(self, c0: int, c1: int) -> list[str]:
        """The cue words in the clause [c0, c1): the same for every figure of the clause."""
        found = self._cues.get((c0, c1))
        if found is None:
            clause_text = self.norm.text[c0:c1]
            found = self._cues[(c0, c1)] = [w for w in CUE_WORDS if w in clause_text]
        return list(found)

    def time_before(self, s0: int, p: int) -> str:
        """The time stated last in ``text[s0:p]`` (the last _TIME match, else the last time word),
        for the claims of a sentence in order, linear in the sentence."""
        m = self._time.last(s0, p)
        if m is not None:
            return m.group(0).strip()
        m = self._time_words.last(s0, p)
        return m.group(0) if m is not None else ""

    @staticmethod
    def _around(ends: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect.bisect_left(ends, pos)
        start = ends[i - 1] + 1 if i else 0
        end = ends[i] if i < len(ends) else length
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._around(self.sentence_ends, pos, len(self.norm.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._around(self.clause_ends, pos, len(self.norm.text))

    def span(self, start: int, end: int) -> Span:
        """The original span of the sentence or clause [start, end) of the normalised text (one
        Span object for all the figures in it)."""
        found = self._spans.get((start, end))
        if found is None:
            norm = self.norm
            found = self._spans[(start, end)] = Span(
                start=norm.span(start, start)[0],
                end=norm.span(end, end)[0] if end < len(norm.text) else len(norm.original))
        return found

    def line(self, orig_pos: int) -> int:
        return bisect.bisect_right(self.line_starts, orig_pos)


def extract(original: str) -> tuple[list[Claim], list[Skipped], Normalised]:
    """Claims and skipped tokens of a report, in the order they appear."""
    norm = normalise(original)
    text = norm.text
    figures, skips = find_figures(text)
    tables = tables_mod.find_tables(text)
    ctx = _Text(norm)
    claims: list[Claim] = []
    skipped: list[Skipped] = []
    for s in skips:
        a, b = norm.span(s.start, s.end)
        skipped.append(Skipped(start=a, end=b, text=original[a:b], reason=s.reason))

    index_of: dict[int, str] = {}
    fraction_columns: dict[tuple[int, int], bool] = {}
    prev: tuple[Figure, Claim] | None = None
    for i, fig in enumerate(figures):
        cell = tables_mod.cell_at(tables, fig.start) if tables else None
        table_cell = None
        if cell is not None:
            table, row, col, cell_text = cell
            column = table.columns[col] if col < len(table.columns) else tables_mod.Column()
            if row.is_header:
                a, b = norm.span(fig.start, fig.end)
                skipped.append(Skipped(start=a, end=b, text=original[a:b], reason="table header"))
                continue
            if tables_mod.is_index_column(column.header) and not fig.unit and not fig.scale:
                a, b = norm.span(fig.start, fig.end)
                skipped.append(Skipped(start=a, end=b, text=original[a:b], reason="row number (table column)"))
                continue
            if tables_mod.is_year_column(column.header) and not fig.unit and 1949 <= fig.value <= 2100:
                a, b = norm.span(fig.start, fig.end)
                skipped.append(Skipped(start=a, end=b, text=original[a:b], reason="year (table column)"))
                continue
            if not fig.unit and fig.kind == "amount":
                unit = column.unit or table.default_unit
                share, scale = column.share, column.scale
                if not unit and not share:  # 搬迁户数（户） | 865 | 1230 …: the row says what its numbers count
                    unit, share, scale = tables_mod.row_unit(table, row)
                if share:
                    unit = "%"
                    if column.share and _is_fraction_column(fraction_columns, table, col, text):
                        fig.value, fig.place, fig.loose_place = fig.value * 100, fig.place * 100, fig.loose_place * 100
                        fig.notes.append("share column written as a fraction: ×100")
                    fig.kind = "percent"
                fig.unit = unit
                if scale != 1 and unit and not fig.scale:
                    mult = Decimal(scale)
                    fig.value, fig.place, fig.loose_place = fig.value * mult, fig.place * mult, fig.loose_place * mult
                    fig.scale = "万" if scale == 10000 else "亿"
                    fig.notes.append(f"scale {fig.scale} from the "
                                     + ("column header" if scale == column.scale else "row's label"))
            table_cell = TableCell(table=table.index, row=row.index, column=col, header=column.header,
                                   row_label=row.label)
        claim = _make_claim(f"c{len(claims) + 1}", fig, norm, ctx, table_cell, prev)
        index_of[i] = claim.id
        claims.append(claim)
        prev = (fig, claim)

    # link ranges by id now that every claim has one; the first member of a compound carries its group too
    grouped = {c.group for c in claims if c.group}
    by_id = {c.id: c for c in claims}
    out = []
    for i, fig in enumerate(figures):
        if i not in index_of:
            continue
        claim = by_id[index_of[i]]
        if claim.id in grouped and claim.group is None:
            claim = claim.model_copy(update={"group": claim.id})
        if fig.range_partner is not None and fig.range_partner in index_of:
            claim = claim.model_copy(update={"range_with": index_of[fig.range_partner],
                                             "range_role": fig.range_role})
        out.append(claim)
    skipped.sort(key=lambda s: s.start)
    share_fields_sets(out)
    share_fields_sets(skipped)
    return out, skipped, norm


def _is_fraction_column(known: dict, table, col: int, text: str) -> bool:
    """_column_is_fraction, worked out once per column (``known``)."""
    key = (table.index, col)
    if key not in known:
        known[key] = _column_is_fraction(table, col, text)
    return known[key]


def _column_is_fraction(table, col: int, text: str) -> bool:
    values = []
    for r in table.rows:
        if r.is_header:
            continue
        if col in r.columns:
            cell = r.cells[r.columns.index(col)][2]
            if tables_mod._is_numeric(cell) and not cell.endswith("%"):
                values.append(Decimal(cell.replace(",", "")))
    return bool(values) and all(v <= 1 for v in values)


def _interval(fig: Figure, factor: Decimal, place: Decimal) -> Interval:
    v = fig.value
    half = place / 2
    low, high = v - half, v + half
    nonneg = True
    if fig.hedge == "near":
        low, high = min(low, v * Decimal("0.9")), v   # 近300: nearly, so not above 300
    elif fig.hedge == "approx":
        low, high = min(low, v * Decimal("0.9")), max(high, v * Decimal("1.1"))
    elif fig.hedge == "at_least":
        low, high = v, None                            # 突破1亿: at least 1亿, whatever its rounding
    elif fig.hedge in ("at_most", "at_most_soft"):
        low = Decimal(0) if nonneg else None
    elif fig.hedge == "more" and fig.more_place is not None:
        low, high = v, v + fig.more_place
    if fig.kind == "rank":
        low, high = v, v
    return Interval(low=None if low is None else low * factor, high=None if high is None else high * factor)


#: a group of 1-3 digits and one space right before a figure (绿色食品认证个数1 500个)
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0\u2009\u202f]$")
_THREE_DIGITS = re.compile(r"\d{3}(?:\.\d+)?")


def _make_claim(cid: str, fig: Figure, norm: Normalised, ctx: _Text, cell: TableCell | None,
                prev: tuple[Figure, Claim] | None) -> Claim:
    text = norm.text
    if fig.number == "零" and not fig.unit:
        fig.unit = _unit_from_subject(text[ctx.clause(fig.start)[0]:fig.start])
    info = units.lookup(fig.unit) if fig.unit and fig.kind != "rank" else None
    factor = info.factor if info else Decimal(1)
    unit = info.normal if info else fig.unit
    dimension = info.dimension if info else None
    if fig.kind == "rank":
        unit, dimension = "位次", "rank"
    value = fig.value * factor
    interval = _interval(fig, factor, fig.place)
    loose = interval if fig.loose_place == fig.place else _interval(fig, factor, fig.loose_place)

    a, b = norm.span(fig.start, fig.end)
    na, nb = norm.span(fig.num_start, fig.num_end)
    s0, s1 = ctx.sentence(fig.start)
    c0, c1 = ctx.clause(fig.start)
    notes = list(fig.notes)
    confidence = 1.0
    if norm.near_damage(na, nb):
        confidence = 0.3
        notes.append("garbled text next to the figure: a digit may have been lost in decoding")
    elif _SPACE_GROUPED.search(text, max(0, fig.num_start - 5), fig.num_start) and _THREE_DIGITS.fullmatch(
            text[fig.num_start:fig.num_end]):
        confidence = 0.3  # (1 500个: 1500 with its thousands set off by a space, or 500 after another figure?)
        notes.append("digits and a space right before the figure: it may be the last group of a number whose "
                     "thousands are set off by a space (1 500)")
    if fig.chinese:
        notes.append("written in Chinese numerals")

    kind, per = fig.kind, fig.per
    # subject: the clause text before the figure, without verbs and hedges
    prefix_start = c0
    group = None
    if prev is not None:
        pfig, pclaim = prev
        gap = text[pfig.end:fig.start]
        if pfig.end <= fig.start and ((gap in ("", "、", "、、") or gap == "," and (pclaim.dimension, dimension)
                                       == ("household", "person")) and pclaim.dimension and dimension
                                      and pclaim.dimension != dimension and pfig.kind == fig.kind == "amount"
                                      and not cell):  # (贫困户152户，386人: one compound, a comma between)
            group = pclaim.group or pclaim.id
        elif pfig.end > prefix_start and pfig.end <= fig.start:
            prefix_start = pfig.end
    if cell is not None:
        subject = " ".join(x for x in (cell.row_label, cell.header) if x)
    elif group is not None:
        subject = prev[1].subject
    else:
        subject = _clean_subject(text[prefix_start:fig.start], fig.hedge_word)
        if not subject and prev is not None and prev[0].end <= fig.start and ctx.sentence(prev[0].start)[0] == s0 \
                and _SAME_SUBJECT_GAP.fullmatch(text[prev[0].end:fig.start]):
            subject = prev[1].subject  # 从32.4%下降到0.4%: the second figure counts the same thing
            if prev[1].kind == "per_unit" and fig.kind == "amount" and prev[0].unit == fig.unit:
                kind, per = "per_unit", prev[1].per  # 人均…从5.6万元增至7.8万元: both per person
    cues = ctx.cues(c0, c1)
    keywords = _keywords(subject)
    time = ctx.time_before(s0, fig.start)

    return Claim(
        id=cid, start=a, end=b, text=norm.original[a:b], value=value, unit=unit, dimension=dimension,
        interval=interval, loose_interval=loose, number=fig.number, number_span=Span(start=na, end=nb),
        stated_unit=fig.unit, scale=fig.scale, kind=kind, per=per, hedge=fig.hedge,
        hedge_word=fig.hedge_word, subject=subject, keywords=keywords, cues=cues, time=time,
        group=group, line=ctx.line(a), sentence=ctx.span(s0, s1), clause=ctx.span(c0, c1),
        table=cell, confidence=confidence, notes=notes,
    )


#: between two figures of one subject: 从32.4%下降到0.4%, 由645元提高到801元, 500元至1000元
_SAME_SUBJECT_GAP = re.compile(r"[^,;。!?\n]{0,10}?(?:下降|降低|减少|缩小|提高|提升|增加|增长|上升|扩大|跃升|降|增)?(?:到|至|为)"
                               r"(?:(?:19|20)\d{2}\s*年(?:底|末)?的?)?")
_TIME_IN_SUBJECT = re.compile(r"(?:截至|截止|到|至)?(?:19|20)\d{2}\s*年(?:\d{1,2}月)?(?:底|末|初|上半年|以来|的)?|(?:今年|去年|全年|当年|目前|现在|同时)")


def _unit_from_subject(prefix: str) -> str:
    """The unit a bare 零 counts in: 贫困发生率降至零 → %, 贫困人口清零 → 人."""
    for pattern, unit in ((r"率|比例|比重", "%"), (r"户", "户"), (r"人口|人数|人员|群众|[^户]人", "人"),
                          (r"村", "个")):
        if re.search(pattern, prefix):
            return unit
    return ""


@lru_cache(maxsize=8192)
def _clean_subject(prefix: str, hedge_word: str) -> str:
    """The subject in the clause text before a figure (cached: the same prefixes recur)."""
    s = _TIME_IN_SUBJECT.sub("", prefix).strip()
    if hedge_word and s.endswith(hedge_word):
        s = s[: -len(hedge_word)]
    for _ in range(6):
        new = _TRAILING.sub("", s)
        if new == s:
            break
        s = new
    for _ in range(3):
        new = _LEADING.sub("", s)
        if new == s:
            break
        s = new
    return s[-16:]


def _keywords(subject: str) -> list[str]:
    if not subject:
        return []
    return list(_segment(subject))


@lru_cache(maxsize=8192)
def _segment(subject: str) -> tuple[str, ...]:
    """Content words of a subject; subjects recur (贫困人口, 贫困户), their words are cut once."""
    words = _jieba().lcut(subject)
    return tuple(w for w in words if w.strip() and w not in _STOP and not w.isdigit())
