"""A table's 合计 / 小计 / 总计 must equal the sum of the rows or columns it totals, and a total stated in a table must equal the same total stated elsewhere.

What it checks
    Tables flattened into text (one row per line, cells split by tabs, runs of spaces or bars:
    项目 | 户数 | 资金（万元）, a Markdown table's outer bars and separator line included):
    1. Column sums: every numeric column of a 合计 / 总计 / 共计 row (also X合计: 贫困户合计; first
       or last in the table) against the rows it totals (under a total that heads them, a first row
       opened by 其中 is one of them, and when each of several 其中 rows opens a run of rows that
       makes the total, 其中：城镇 / 乡村 / 其中：男性 / 女性, each run is a cut of it); a 小计 against
       the rows of its block; a 合计 against its 小计 rows plus the rows outside any 小计.
    2. Row sums: a column headed 合计 / 小计 / 总计 against the other columns of the same unit
       in that row; with no such column, the first figure column against the figure columns after
       it, when the grand total row adds up so (务工人数 | 县外 | 县内 with 合计 13065 | 8650 | 4415).
    3. Counts given inline in a label cell (白云山（1个） … 小计 24) against the total's count.
    4. A table total restated elsewhere: the same breakdown in two tables (the row labels of one
       are the column headers of the other: 小城镇建设 3.917亿元 vs 总计 row, 小城镇建设
       column 39170万元), a total stated in the prose right before the table (共实施项目191项 vs
       合计 191), a count whose list is 见附表, a row group restated for its year
       (2017（5个） vs 2017年…等5个贫困村出列), a labelled row restated in prose.

Why it matters
    A table's totals are what readers quote; a total that its own rows do not add up to, or
    that the text states differently, means a cell or the total is wrong.

Flagged
    项目类型	项目个数（项）	投资规模（万元）
    合计	58	3260
    道路	21	1450
    饮水	37	1710                 (1450 + 1710 = 3160, not 3260)

Passing
    年度	合计	道路	饮水
    2018年	1350	900	450
    2019年	2100	1400	700
    总计	3450	2300	1150

Tolerance
    Each cell is an interval (±½ of its last digit, in the column's unit; a whole count of
    households, persons or items is exact); a sum fails only when the interval of the sum and
    the stated total cannot meet. Rows are aligned to the right, as flattened tables lose their
    empty cells; a row whose tabs keep them (\t合计\t64\t28210\t19690\t under six headers) is read
    by position. A column that numbers the rows (行次, 栏次, 序号) holds no figures; one headed by a
    ratio or an average (性别比, 单产, 每亩产量, 公斤/亩) or ending in % (增减%) is never summed; a row
    marked # (#行政运行) is a 其中 part of the row above. When a member row lacks the cell,
    when the table has 其中 columns or rows, or when a prose figure is linked by position
    rather than by its words, a mismatch is a warning, not a failure. A table whose title says it
    lists only some rows (节选, 仅列前8个地区, 部分乡镇) is not summed short of its total, only
    above it. A population stated in the text by one register (常住) is not linked to a table of
    the other (户籍).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from auditor import tables as tables_mod
from auditor.models import Claim

from .base import REGISTER, Doc, Iv, Rule, finding, fmt, iv, like_their_total

CODE = "C004"
NAME = "table-total-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

D = Decimal

# ---- the table model (shared with checks/share.py) ---------------------------------------

_GRAND = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总\s*数|全(?:县|市|省|区|州|乡|镇|旗|盟))"
                    r"|^(?!其中|含|包括)[\u4e00-\u9fff]{1,10}(?:合\s*计|总\s*计)$")  # (贫困户合计)
_SUB = re.compile(r"^小\s*计")
_SECTION = re.compile(r"^[一二三四五六七八九十]+[、.]")
_ITEM = re.compile(r"^(?:\(?\d{1,2}[).、]|\([一二三四五六七八九十]+\))")
_PART_ROW = re.compile(r"^(?:其中|含|包括|注|[#＃])")  # (#行政运行: a budget table's 其中 mark)
#: rows that are not members of a sum: averages, extremes, changes and shares under the data
_NOT_MEMBER_ROW = re.compile(r"平均|均值|人均|户均|最高|最低|增减|增长|增幅|同比|比上年|较上年|占比|比例|比重|百分比")
_DASH = re.compile(r"^(?:-+|—+|－+|/|／|─+|_+)$")
_INLINE = re.compile(r"[(（]\s*\d+\s*[^\d()（）]{0,2}[)）]")
_TOTAL_HEADER = re.compile(r"^(?:合\s*计|小\s*计|总\s*计|共\s*计|总\s*数|总\s*额)(?:\s*[(（][^()（）]*[)）])?$")
_NOT_ADDITIVE = re.compile(r"均|率|比例|比重|占比|单价|标准|序号|编号|年份|年度|排名|位次|倍|行次|栏次|"
                          # 性别比, 单产, 每亩产量, 公斤/亩, 增减%: ratios and averages, no parts of a total
                          r"比$|性别比|单产|每|/|[%％]\s*$")
_RATE_HEADER = re.compile(r"率|比例|比重|占比|百分比")


@dataclass
class TRow:
    table: int                                   # parser table index
    index: int                                   # parser row index
    label: str
    first: str                                   # first cell's text
    level: int = 0                               # 0 row, 1 小计 / section, 2 合计, 3 总计 over 合计
    section: bool = False
    part: bool = False                           # 其中 row: a part of the row above
    values: dict[int, Claim] = field(default_factory=dict)     # numeric cells
    texts: dict[int, str] = field(default_factory=dict)        # every cell's text
    inline: list[Claim] = field(default_factory=list)          # counts inside label cells
    inline_col: Optional[int] = None
    line_start: int = 0                          # normalised offsets
    line_end: int = 0
    positional: bool = False                     # its empty cells were kept: its columns are sure
    _at_end: Optional[int] = field(default=None, repr=False, compare=False)  # figures_at_end, once counted

    def zero(self, col: int) -> bool:
        t = self.texts.get(col)
        return t is not None and bool(_DASH.match(t))

    def is_total(self) -> bool:
        return self.level >= 1 and not self.section

    def figures_at_end(self) -> int:
        """How many cells at the right end of the row are figures (or dashes)."""
        if self._at_end is None:
            n = 0
            for col in sorted(self.texts, reverse=True):
                t = self.texts[col]
                if tables_mod.holds_figure(t) or _DASH.match(t):
                    n += 1
                else:
                    break
            self._at_end = n
        return self._at_end


@dataclass
class TTable:
    index: int                                   # first parser table index
    parts: list[int]
    width: int
    headers: dict[int, str]
    units: dict[int, str]
    header_cells: list[str]
    title: str
    start: int                                   # normalised offsets
    end: int
    rows: list[TRow] = field(default_factory=list)
    #: the most figures a data row has at its end (see _ragged), counted when first asked
    _full: Optional[int] = field(default=None, repr=False, compare=False)
    #: see _whole_rows
    _whole_rows: Optional[tuple] = field(default=None, repr=False, compare=False)
    #: the lines above it say it lists only some rows (节选，仅列前8个地区)
    excerpt: bool = False

    def header(self, col: int) -> str:
        return self.headers.get(col, "")

    def columns(self) -> list[int]:
        return sorted({j for r in self.rows for j in r.values})


def _header_map(t: tables_mod.Table) -> tuple[dict[int, str], dict[int, str], list[str]]:
    """Column → header, column → unit, with one repair: a rate header over a % column.

    With a unit row (户 人 %) under a header that has fewer cells than the table (a merged
    当前贫困人口 over 户 and 人), the parser aligns the header left, so 贫困发生率 lands over
    the 人 column; a header that names a rate belongs over the % column.
    """
    headers = {j: c.header for j, c in enumerate(t.columns) if c.header}
    units = {j: c.unit for j, c in enumerate(t.columns) if c.unit}
    header_rows = [r for r in t.rows if r.is_header]
    cells = [c for _, _, c in header_rows[0].cells] if header_rows else []
    pct = [j for j, u in units.items() if u == "%"]
    rates = [h for h in cells if _RATE_HEADER.search(h)]
    if len(pct) == 1 and len(rates) == 1 and not _RATE_HEADER.search(headers.get(pct[0], "")):
        for j, h in list(headers.items()):
            if h == rates[0] and units.get(j) not in ("%", None, ""):
                headers[j] = ""
        headers[pct[0]] = rates[0]
    return headers, units, cells


def table_model(doc: Doc) -> list[TTable]:
    """The report's tables with their claims, cached on the Doc; continuation tables merged.

    Tables (tab- or space-separated) come from the parser (auditor.tables); their cells' claims
    carry their table, row and column.
    """
    cached = getattr(doc, "_table_model", None)
    if cached is not None:
        return cached
    text = doc.n.text
    parsed = tables_mod.find_tables(text)
    by_cell: dict[tuple[int, int], list[tuple[Claim, int]]] = {}
    for c in doc.claims:
        if c.table is not None:
            by_cell.setdefault((c.table.table, c.table.row), []).append((c, c.table.column))
    out: list[TTable] = []
    for t in parsed:
        headers, units, cells = _header_map(t)
        title = _line_before(text, t.start)
        rows = []
        for r in t.rows:
            if r.is_header:
                continue
            first = r.cells[0][2].replace(" ", "") if r.cells else ""
            row = TRow(t.index, r.index, r.label, first, line_start=r.start, line_end=r.end,
                       positional=r.positional)
            for col, (_, _, ctext) in zip(r.columns, r.cells):
                row.texts[col] = ctext
            for c, col in by_cell.get((t.index, r.index), []):
                ctext = row.texts.get(col, "")
                if tables_mod.holds_figure(ctext):
                    if col not in row.values:
                        row.values[col] = c
                elif _INLINE.search(ctext) and c.kind == "amount":
                    row.inline.append(c)
                    row.inline_col = col
            rows.append(row)
        prev = out[-1] if out else None
        if (prev is not None and prev.header_cells == cells and cells and prev.width == len(t.columns)
                and prev.end <= t.start and text[prev.end:t.start].count("\n") <= 2):
            prev.parts.append(t.index)
            prev.rows.extend(rows)
            prev.end = t.end
            continue
        out.append(TTable(t.index, [t.index], len(t.columns), headers, units, cells, title, t.start, t.end, rows,
                          excerpt=bool(_EXCERPT.search(_lines_before(text, t.start, 3)))))
    for tt in out:
        _levels(tt)
    doc._table_model = out
    return out


def in_table(doc: Doc, c: Claim) -> bool:
    """Is the claim a cell of a table (tab- or space-separated)? The parser marks every claim it
    read in a cell with its table, row and column."""
    return c.table is not None




_SENTENCE_STOP = re.compile(r"[。!?;]")
#: a title that says the table lists only some of the rows its totals cover
_EXCERPT = re.compile(r"节选|摘录|摘编|选列|仅列|只列|部分(?:地区|省份|市|县|乡镇|村|项目|单位|行业|企业)|"
                      r"前\d{1,3}(?:个|名|位|家)")


def _lines_before(text: str, pos: int, n: int) -> str:
    """The n lines right before ``pos`` (a title may stand above a 单位 line)."""
    start = pos
    for _ in range(n + 1):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1 if start > 1 else 0
    return text[start:pos]


def _line_before(text: str, pos: int) -> str:
    """The table's title: the last sentence of the line before it (a paragraph may end in a title)."""
    end = text.rfind("\n", 0, pos)
    if end < 0:
        return ""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    stops = [m.end() for m in _SENTENCE_STOP.finditer(line.rstrip("。!?; "))]
    return line[stops[-1]:] if stops else line


def _levels(t: TTable) -> None:
    grand = [r for r in t.rows if _GRAND.match(r.first)]
    has_sum = any("合计" in r.first.replace(" ", "") for r in grand)
    for r in t.rows:
        if _SUB.match(r.first):
            r.level = 1
        elif _GRAND.match(r.first):
            # (收入总计 over 区级财政收入合计 and the rows after it: a grand total over a total)
            r.level = 3 if ("总计" in r.first.replace(" ", "") and has_sum) else 2
        elif _PART_ROW.match(r.first) or _NOT_MEMBER_ROW.search(r.first):
            r.part = True
        elif r.values and all(c.kind == "percent" for c in r.values.values()):
            r.part = True
    # 合计 / 其中：一般贫困户 / 低保贫困户 / …: under a total that heads the table, a 其中 row opens
    # the rows it breaks into, and is one of them, not a part of the total alone
    for i, r in enumerate(t.rows):
        if r.part and _PART_ROW.match(r.first) and i > 0 and t.rows[i - 1].level >= 2 \
                and all(x.level >= 1 or x.part for x in t.rows[:i - 1]):
            r.part = False
    sections = [r for r in t.rows if _SECTION.match(r.first)]
    items = [r for r in t.rows if _ITEM.match(r.first)]
    if sections and items:
        for r in sections:
            r.level, r.section = 1, True


def _whole_rows(t: TTable) -> tuple[list[TRow], dict[int, int]]:
    """The table's rows that are no 其中 part of the row above, and the position of each among them
    (by id), worked out once per table (members asks for every total and subtotal)."""
    if t._whole_rows is None:
        rows = [r for r in t.rows if not r.part]
        t._whole_rows = rows, {id(r): k for k, r in enumerate(rows)}
    return t._whole_rows


def _orientation(t: TTable, level: int) -> str:
    """'first' when rows of this level head their block (合计 right under the header), else 'last'."""
    rows = _whole_rows(t)[0]
    for i, r in enumerate(rows):
        if r.level == level and not r.section:
            before = rows[i - 1] if i else None
            after = rows[i + 1] if i + 1 < len(rows) else None
            return "first" if (after is not None and after.level < level
                               and (before is None or before.level >= level)) else "last"
    return "last"


def members(t: TTable, row: TRow) -> list[TRow]:
    """The rows a total or subtotal sums: sub-totals in its block, plus rows no sub-total covers."""
    rows, position = _whole_rows(t)
    i = position.get(id(row))
    if i is None:
        return []
    way = "first" if row.section else _orientation(t, row.level)
    step = 1 if way == "first" else -1
    block = []
    k = i + step
    while 0 <= k < len(rows) and rows[k].level < row.level:
        block.append(rows[k])
        k += step
    subs = [r for r in block if r.level >= 1]
    covered = set()
    for s in subs:
        covered.update(id(m) for m in members(t, s))
    # a sub-total inside another sub-total's block is covered by it, like the rows it sums
    out = [r for r in block if id(r) not in covered]
    return out if step == 1 else out[::-1]  # in the table's order


def civ(c: Claim) -> Iv:
    """A claim's interval, exact for whole counts: 220户 in a table is 220, not 219.5 to 220.5."""
    if (c.hedge is None and not c.scale and "." not in c.number and c.dimension is not None
            and (c.dimension in ("household", "person", "person_visit") or c.dimension.startswith("count"))
            and c.number.replace(",", "").isdigit() and D(c.number.replace(",", "")) == c.value
            and not (c.table is not None and re.search(r"[(（][^()（）]*[万亿千百]", c.table.header))):
        return Iv(c.value, c.value)   # not 12 under a （万人） header: that one is rounded
    return iv(c)


def additive(t: TTable, col: int, claim: Claim) -> bool:
    """Can this cell be summed with its column? Amounts, not averages, rates or years; a bare
    number in a table without units counts as long as its column is not one of those."""
    if claim.kind != "amount" or claim.per or claim.dimension in ("percent", "rank"):
        return False
    if claim.dimension is None and (claim.unit or "." in claim.number and not t.header(col)):
        return False
    return not _NOT_ADDITIVE.search(t.header(col))


def label_of(r: TRow) -> str:
    return r.label or r.first


# ---- the checks ------------------------------------------------------------------------------


def check(doc: Doc):
    tables = table_model(doc)
    out = []
    for t in tables:
        out += _column_sums(t)
        out += _row_sums(t)
        out += _inline_counts(t)
    out += _cross_tables(doc, tables)
    seen, unique = set(), []
    for f in out:
        key = (frozenset(f.claims), f.computation)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _civ_sum(parts: list[Claim]) -> Iv:
    computed = Iv(D(0), D(0))
    for p in parts:
        computed = computed + civ(p)
    return computed


def _sum_finding(total: Claim, parts: list[Claim], what: str, sure: bool, notes: list[str],
                 zeros: int = 0):
    computed = _civ_sum(parts)
    stated = civ(total)
    ok = computed.meets(stated)
    terms = " + ".join(fmt(p.value) for p in parts) + (" + 0" * zeros)
    unit = total.unit
    comp = f"{terms} = {computed}{unit}, stated {fmt(total.value)}{unit} " + ("✓" if ok else "✗")
    if ok:
        msg = f"{what}: the parts add up to the stated total {fmt(total.value)}{unit}"
        why = f"the stated {stated} meets the sum {computed}"
        status = "pass"
    else:
        msg = f"{what}: the parts add up to {computed}{unit}, but the total is stated as {fmt(total.value)}{unit}"
        why = f"the stated interval {stated} cannot meet the sum {computed}"
        status = "fail" if sure else "warn"
    if notes:
        why += "; " + "; ".join(notes)
    return finding(RULE, status, [total] + parts, msg, comp, stated, computed, why,
                   confidence=0.95 if sure else 0.6)


def _ragged(t: TTable, rows: list[TRow]) -> list[TRow]:
    """Rows with fewer figures at their end than the table's data rows: a cell is missing and,
    as flattened rows are aligned to the right, which column each figure belongs to is unsure
    (unless the row kept its empty cells: \t合计\t64\t28210\t19690\t under six headers)."""
    if t._full is None:
        t._full = max((r.figures_at_end() for r in t.rows if r.level == 0 and not r.part), default=0)
    return [r for r in rows if r.figures_at_end() < t._full and not r.positional]


def _column_sums(t: TTable):
    out = []
    has_part_rows = any(r.part and _PART_ROW.match(r.first) for r in t.rows)
    for row in t.rows:
        if row.level < 1:
            continue
        ms = members(t, row)
        if not ms:
            continue
        cuts = cuts_of(t, row)
        for col, total in sorted(row.values.items()):
            if not additive(t, col, total):
                continue
            cut_sums = _cut_sums(t, row, col, total, cuts)
            if cut_sums:
                out += cut_sums
                continue
            parts, zeros, missing = [], 0, 0
            for m in ms:
                c = m.values.get(col)
                if c is not None and c.unit == total.unit and additive(t, col, c):
                    parts.append(c)
                elif m.zero(col):
                    zeros += 1
                else:
                    missing += 1
            if not parts or len(parts) + zeros < 2 and missing or like_their_total(parts, total):
                continue  # (cells each near the total: rates or averages under a lost header, not parts)
            notes = []
            if missing:
                notes.append(f"{missing} row(s) have no figure in this column")
            if has_part_rows:
                notes.append("the table has 其中 or summary rows, left out of the sum; other rows may be "
                             "parts of the rows above them too, so this is not sure")
            ragged = _ragged(t, [row] + ms)
            if ragged:
                notes.append(f"row {label_of(ragged[0])} has fewer figures than the others, so its figures "
                             f"may sit in other columns")
            head = t.header(col) or total.unit
            what = f"table column {head}, {label_of(row)} row"
            if t.excerpt and not _civ_sum(parts).above(civ(total)):
                continue  # (节选，仅列前8个地区: the rows listed fall short of the total by design)
            out.append(_sum_finding(total, parts, what, sure=not missing and not has_part_rows and not ragged,
                                    notes=notes, zeros=zeros))
    return out


def cuts_of(t: TTable, row: TRow) -> list[list[TRow]]:
    """Under a total that heads the table, runs of rows each opened by a 其中 row (全县户籍总人口 /
    其中：城镇 / 乡村 / 其中：男性 / 女性 / 其中：0-17岁 / …): each run may be one more cut of the
    total, [] when there are not two such runs of plain rows."""
    i = t.rows.index(row)
    block = []
    for r in t.rows[i + 1:]:
        if r.level >= 1 or r.section:
            break
        block.append(r)
    if not block or not _PART_ROW.match(block[0].first) or not block[0].first.startswith("其中"):
        return []
    runs: list[list[TRow]] = []
    for r in block:
        if r.first.startswith("其中"):
            runs.append([])
        runs[-1].append(r)
    return runs if len(runs) >= 2 and all(len(run) >= 2 for run in runs) else []


def _cut_sums(t: TTable, row: TRow, col: int, total: Claim, cuts: list[list[TRow]]) -> list:
    """Each cut against the total, when every cut makes it (then each 其中 row opens a cut, none is
    a part of the row above it); [] otherwise, and the rows are read as usual."""
    if not cuts:
        return []
    sums = []
    for run in cuts:
        parts = [r.values.get(col) for r in run]
        if any(c is None or c.unit != total.unit or not additive(t, col, c) for c in parts):
            return []
        sums.append(parts)
    found = [_sum_finding(total, parts, f"table column {t.header(col) or total.unit}, {label_of(row)} row, "
                          f"the cut opened by {label_of(run[0])}", sure=False, notes=[])
             for parts, run in zip(sums, cuts)]
    return found if all(f.status == "pass" for f in found) else []


def _row_sums(t: TTable):
    out = []
    total_cols = [j for j in range(t.width) if _TOTAL_HEADER.match(t.header(j).replace(" ", ""))]
    if not total_cols:
        return _inferred_row_sums(t)
    if len(total_cols) != 1:
        return out
    tc = total_cols[0]
    part_cols = any(t.header(j).startswith("其中") for j in range(t.width))
    for row in t.rows:
        total = row.values.get(tc)
        if total is None or not additive(t, tc, total):
            continue
        parts, zeros, missing = [], 0, 0
        for j in range(t.width):
            if j == tc or t.header(j).startswith("其中"):
                continue
            c = row.values.get(j)
            if c is not None and c.unit == total.unit and additive(t, j, c):
                parts.append(c)
            elif row.zero(j) and t.header(j):
                zeros += 1
            elif c is None and tables_mod.holds_figure(row.texts.get(j, "")):
                missing += 1        # a number the parser did not take (2019 under a 2019年 header)
        if len(parts) + zeros < 2 or not parts or missing:
            continue        # a cell the parser did not read as a figure: the sum cannot be made
        notes = ["the table has 其中 columns, left out of the sum"] if part_cols else []
        if not total.unit:
            notes.append("the table gives no units, so the columns summed may count different things")
        if _ragged(t, [row]):
            notes.append("the row has fewer figures than the others, so its figures may sit in other columns")
        what = f"table row {label_of(row)}, {t.header(tc)} column"
        out.append(_sum_finding(total, parts, what, sure=not part_cols and bool(total.unit) and not _ragged(t, [row]), notes=notes,
                                zeros=zeros))
    return out


#: a header that names no part of a row's total: rates, shares, averages, years
_NOT_PART_HEADER = re.compile(r"率|比|%|％|均|年份|年度|排名|序号")


def _inferred_row_sums(t: TTable):
    """务工人数 | 县外 | 县内, with no column headed 合计: when the table's grand total row makes its
    first figure column exactly the sum of all the figure columns after it of the same unit
    (13065 = 8650 + 4415), that column is the total of the others in every row; a row whose
    figures do not add up fails. A coincidence in the grand row is not to be expected, but the
    structure is inferred, and the finding says so."""
    grand = grand_row(t)
    if grand is None or any(t.header(j).startswith("其中") for j in range(t.width)):
        return []
    cols = [j for j in sorted(grand.values) if not _NOT_PART_HEADER.search(t.header(j))]
    if len(cols) < 3:
        return []
    tc, rest = cols[0], cols[1:]
    unit = grand.values[tc].unit
    # (县外 | 县内 under 务工人数 may carry no unit of their own)
    if any(grand.values[j].unit not in (unit, "") for j in rest) \
            or not all(additive(t, j, grand.values[j]) for j in cols):
        return []
    total_iv, parts_iv = civ(grand.values[tc]), Iv(D(0), D(0))
    for j in rest:
        parts_iv = parts_iv + civ(grand.values[j])
    if not total_iv.meets(parts_iv):
        return []
    out = []
    note = (f"no column is headed 合计: the {t.header(tc) or 'first'} column is read as the total of the "
            "columns after it because the grand total row adds up so")
    for row in t.rows:
        if row is grand or row.is_total() or any(row.values.get(j) is None for j in cols) or _ragged(t, [row]):
            continue
        what = f"table row {label_of(row)}, {t.header(tc)} column"
        out.append(_sum_finding(row.values[tc], [row.values[j] for j in rest], what, sure=True, notes=[note]))
    return out


def _entity_column(t: TTable, col: int, total_row: TRow) -> bool:
    """Do the data rows hold names in this column (a list of villages) where the total has a count?"""
    names = [r for r in t.rows if r.level == 0 and r.texts.get(col) and col not in r.values]
    return len(names) >= max(2, len([r for r in t.rows if r.level == 0]) // 2)


def _inline_counts(t: TTable):
    """白云山（1个） … 小计 24: the counts inside label cells sum to the total's count."""
    out = []
    if not any(r.inline for r in t.rows):
        return out
    for row in t.rows:
        if row.level < 1:
            continue
        ms = [m for m in members(t, row)]
        parts = [c for m in ms for c in m.inline]
        if len(parts) < 2:
            continue
        unit = parts[0].unit
        if any(c.unit != unit for c in parts):
            continue
        own = [c for c in row.inline if c.unit == unit]
        cands = [(j, c) for j, c in row.values.items()
                 if c.unit == unit or (not c.unit and c.kind == "amount" and _entity_column(t, j, row))]
        if own:
            total, sure = own[0], True
        elif len(cands) == 1:
            total, sure = cands[0][1], _entity_column(t, cands[0][0], row)
        else:
            continue
        what = f"counts given in the table's labels, {label_of(row)} row"
        notes = [] if sure else ["the total's column is not the list the labels count, so this is not sure"]
        out.append(_sum_finding(total, parts, what, sure=sure, notes=notes))
    return out


# ---- a total restated elsewhere -------------------------------------------------------------

_TOTAL_CUE = re.compile(r"共|总|合计|累计|全部|全县|全市|全省|全乡|全镇")
_NOT_TOTAL = re.compile(r"其中|含|新增|减少|增加|增长|下降|提高|比|较|人均|户均|平均|每|计划|目标|力争|剩余|尚未")
_SEE_TABLE = re.compile(r"见(?:附|下|上)?表|附表|详见附件")
_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})")
_PLACE = re.compile(r"村|镇|乡|街道|县|区|社区")


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """The two-character words of a name (the same names recur: read once each)."""
    s = _NOT_IN_NAME.sub("", text)
    return frozenset([s[i:i + 2] for i in range(len(s) - 1)])


_NOT_IN_NAME = re.compile(r"[\s\d()（）:：,，、。%.“”\"《》]")


def grand_row(t: TTable) -> Optional[TRow]:
    rows = [r for r in t.rows if r.level >= 2]
    if not rows:
        return None
    top = max(r.level for r in rows)
    rows = [r for r in rows if r.level == top]
    return rows[0] if len(rows) == 1 else None


def _total_col(t: TTable) -> Optional[int]:
    cols = [j for j in range(t.width) if _TOTAL_HEADER.match(t.header(j).replace(" ", ""))]
    return cols[0] if len(cols) == 1 else None


class _Links:
    """Claims that state one total, joined by links that are sure (named alike) or not."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.claims: dict[str, Claim] = {}
        self.links: list[tuple[Claim, Claim, bool, str]] = []

    def find(self, x: str) -> str:
        while self.parent.setdefault(x, x) != x:
            x = self.parent[x]
        return x

    def add(self, a: Claim, b: Claim, sure: bool, how: str):
        if a.id == b.id or a.dimension != b.dimension:
            return
        self.claims[a.id], self.claims[b.id] = a, b
        self.parent[self.find(a.id)] = self.find(b.id)
        self.links.append((a, b, sure, how))

    def groups(self):
        out: dict[str, list] = {}
        for a, b, sure, how in self.links:
            out.setdefault(self.find(a.id), []).append((a, b, sure, how))
        return list(out.values())


def _cross_tables(doc: Doc, tables: list[TTable]):
    links = _Links()
    _crosstab_links(tables, links)
    _preamble_links(doc, tables, links)
    out = []
    for group in links.groups():
        out.append(_equal_finding(group))
    out += _see_table(doc, tables)
    out += _year_groups(doc, tables)
    out += _labelled_rows(doc, tables)
    return out


def _equal_finding(group):
    members: list[Claim] = []
    for a, b, _, _ in group:
        for c in (a, b):
            if c not in members:
                members.append(c)
    members.sort(key=lambda c: c.start)
    bad_sure = [(a, b, how) for a, b, sure, how in group if sure and not civ(a).meets(civ(b))]
    bad_soft = [(a, b, how) for a, b, sure, how in group if not sure and not civ(a).meets(civ(b))]
    unit = members[0].unit
    comp = " = ".join(f"{fmt(c.value)}{unit}" for c in members)
    common = civ(members[0])
    for c in members[1:]:
        lo = max(x for x in (common.low, civ(c).low) if x is not None)
        hi = min(x for x in (common.high, civ(c).high) if x is not None)
        common = Iv(lo, hi)
    hows = sorted({how for _, _, _, how in group})
    if not bad_sure and not bad_soft:
        return finding(RULE, "pass", members, f"the same total is stated alike in {len(members)} places",
                       comp + " ✓", why=f"the intervals share {common} ({'; '.join(hows)})", confidence=0.8)
    a, b, how = (bad_sure or bad_soft)[0]
    status = "fail" if bad_sure else "warn"
    msg = f"one total is stated as {fmt(a.value)}{unit} and as {fmt(b.value)}{unit}"
    why = f"{civ(a)} and {civ(b)} cannot meet; linked as {how}"
    if not bad_sure:
        why += "; the link is by position, not by name, so this is not sure"
    return finding(RULE, status, members, msg, comp + " ✗", civ(b), civ(a), why,
                   confidence=0.9 if bad_sure else 0.5)


def _crosstab_links(tables: list[TTable], links: _Links):
    """Two tables of one breakdown: the row labels of one are the column headers of the other."""
    for a in tables:
        labels = {label_of(r): r for r in a.rows if r.level == 0 and not r.part}
        for b in tables:
            if a is b:
                continue
            grand = grand_row(b)
            if grand is None:
                continue
            heads = {b.header(j): j for j in grand.values if b.header(j)}
            common = [name for name in labels if name in heads]
            if len(common) < 2 or len(common) * 2 < min(len(labels), len(heads)):
                continue
            for name in common:
                cell = grand.values[heads[name]]
                same = [c for c in labels[name].values.values() if c.dimension == cell.dimension
                        and c.kind == "amount"]
                if len(same) == 1:
                    links.add(same[0], cell, True, f"row {name} of one table = {label_of(grand)} of column {name} in another")
            ga, tc = grand_row(a), _total_col(b)
            if ga is not None and tc is not None and tc in grand.values:
                cell = grand.values[tc]
                same = [c for c in ga.values.values() if c.dimension == cell.dimension and c.kind == "amount"]
                if len(same) == 1:
                    links.add(same[0], cell, True, "the grand totals of two tables of one breakdown")


def _runs(doc: Doc, tables: list[TTable]) -> list[list[TTable]]:
    """Tables that follow one another with only a title line between them."""
    text = doc.n.text
    runs: list[list[TTable]] = []
    for t in tables:
        if runs and text[runs[-1][-1].end:t.start].count("\n") <= 2:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _preamble(doc: Doc, start: int, lines: int = 2) -> tuple[int, int, int]:
    """Normalised span of the sentences right before a table's title, and the title's span start.

    Sentences, not lines: a whole paragraph may sit on the line before a table, and only its last
    sentence introduces the table."""
    text = doc.n.text
    bounds = [0] + [i + 1 for i in range(max(0, start - 1)) if text[i] in "\n。!?;"]
    bounds = [b for b in bounds if b < start - 1] or [0]
    title_start = bounds[-1]
    k = max(0, len(bounds) - 1 - lines)
    return bounds[k], title_start, start


def _preamble_links(doc: Doc, tables: list[TTable], links: _Links):
    """A total stated in the lines right before a table (or before a run of tables)."""
    prose = [c for c in doc.claims if not in_table(doc, c) and c.kind == "amount" and not c.per and c.dimension]
    starts = [(doc.n.to_norm(c.start), c) for c in prose]
    for run in _runs(doc, tables):
        a, title_start, _ = _preamble(doc, run[0].start)
        near = [c for pos, c in starts if a <= pos < run[0].start]
        titles = {t.index: _preamble(doc, t.start, 0)[1] for t in run}
        for k, t in enumerate(run):
            grand = grand_row(t)
            if grand is None:
                continue
            title = t.title
            cands = near if k == 0 else [c for pos, c in starts if titles[t.index] <= pos < t.start] + near
            tc = _total_col(t)
            for c in cands:
                lead = doc.lead(c)
                before = doc.before(lead, 12)
                if _NOT_TOTAL.search(before[-6:]):
                    continue
                cells = [(j, v) for j, v in grand.values.items() if v.dimension == c.dimension and v.kind == "amount"]
                if len(cells) > 1 and tc is not None:
                    cells = [(j, v) for j, v in cells if j == tc]
                if len(cells) != 1:
                    continue
                j, cell = cells[0]
                named = bool(bigrams(before) & bigrams(t.header(j))) or bool(bigrams(before) & bigrams(title))
                cue = bool(_TOTAL_CUE.search(before))
                pos = doc.n.to_norm(c.start)
                in_title = pos >= (titles[t.index] if k else title_start)
                adjacent = pos >= _preamble(doc, run[0].start, 1)[0]
                if not named:
                    continue  # a figure of the same unit but other words says nothing about the total
                if _other_register(doc, c, title + label_of(grand) + t.header(j)):
                    continue  # 年末常住人口70.14万人 and a table of 户籍人口: two registers of one place
                sure = k == 0 and adjacent and (cue or in_title)
                how = ("a total named alike in the text before the table" if sure else
                       "a figure of the same unit in the text before the table")
                links.add(c, cell, sure, how)


def _other_register(doc: Doc, c: Claim, names: str) -> bool:
    """Is ``c`` said, in its sentence, of another register (常住 / 户籍) than the table's ``names``?"""
    mine = REGISTER.findall(doc.norm(c.sentence.start, c.start))
    theirs = set(REGISTER.findall(names))
    return bool(mine and theirs and mine[-1] not in theirs)


def _see_table(doc: Doc, tables: list[TTable]):
    """38个贫困村（名单见附表）: the count of the list in the appended table."""
    out = []
    heads: dict[str, list[tuple[TTable, int]]] = {}
    for t in tables:
        for j, h in t.headers.items():
            if len(h) >= 2:
                heads.setdefault(h, []).append((t, j))
    if not heads:
        return out
    for c in doc.claims:
        if in_table(doc, c) or c.kind != "amount" or not c.dimension or not c.dimension.startswith("count"):
            continue
        if not _SEE_TABLE.search(doc.sentence(c)):
            continue
        after, before = doc.after(c, 8), re.sub(r"[:：\s]+$", "", doc.before(c, 12, clause=False))
        hits = [h for h in heads if after.startswith(h) or before.endswith(h)]
        hits = [h for h in hits if not any(h != g and g.endswith(h) and (after.startswith(g) or before.endswith(g))
                                           for g in hits)]
        if len(hits) != 1 or len(heads[hits[0]]) != 1:
            continue
        t, col = heads[hits[0]][0]
        totals = [r for r in t.rows if r.level >= 1 and col in r.values and r.values[col].unit == c.unit]
        if totals:
            top = max(totals, key=lambda r: r.level)
            cell = top.values[col]
            ok = civ(c).meets(civ(cell))
            comp = f"{fmt(c.value)}{c.unit} = {label_of(top)} {fmt(cell.value)}{cell.unit} " + ("✓" if ok else "✗")
            msg = (f"the count stated in the text matches the {hits[0]} total of the table it refers to" if ok else
                   f"the text counts {fmt(c.value)}{c.unit} {hits[0]}, the table it refers to totals {fmt(cell.value)}")
            out.append(finding(RULE, "pass" if ok else "fail", [c, cell], msg, comp, civ(cell), civ(c),
                               f"the text says 见附表 and names the column {hits[0]}", confidence=0.85))
            continue
        parts = [p for r in t.rows if r.level == 0 for p in r.inline if p.unit == c.unit]
        if len(parts) >= 2:
            out.append(_sum_finding(c, parts, f"{hits[0]} listed in the table the text refers to (见附表), "
                                              f"counted in its labels", sure=True, notes=[]))
    return out


def _year_groups(doc: Doc, tables: list[TTable]):
    """2017（5个） in a 出列年度 column against 2017年…等5个贫困村出列 in the text."""
    out = []
    prose = [c for c in doc.claims if not in_table(doc, c) and c.kind == "amount"]
    for t in tables:
        for r in t.rows:
            for g in r.inline:
                col = r.inline_col
                head = t.header(col) if col is not None else ""
                m = _YEAR_LABEL.match(r.texts.get(col, ""))
                if not m or not re.search(r"年度|年份", head):
                    continue
                verb = re.sub(r"年度|年份", "", head)
                names = [t.header(j) for j in range(t.width)
                         if t.header(j) and j not in r.values and j != col and not _NOT_ADDITIVE.search(t.header(j))]
                for c in prose:
                    if c.unit != g.unit:
                        continue
                    sent = doc.sentence(c)
                    after = doc.after(c, 10)
                    if not re.match(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[)）.、])?\s*" + m.group(1) + "年", sent):
                        continue
                    noun = next((n for n in names if after.startswith(n)), None)
                    if noun is None or (verb and verb not in after):
                        continue
                    ok = civ(c).meets(civ(g))
                    comp = f"{fmt(c.value)}{c.unit} = {r.texts.get(col)} " + ("✓" if ok else "✗")
                    msg = (f"the {m.group(1)} count in the text matches the table's group label" if ok else
                           f"the text gives {fmt(c.value)}{c.unit} {noun} for {m.group(1)}, the table's group label {fmt(g.value)}")
                    out.append(finding(RULE, "pass" if ok else "warn", [c, g], msg, comp, civ(g), civ(c),
                                       "linked by the year and the table's words; a plan in the text and a table "
                                       "of another date may differ, so a mismatch is a warning", confidence=0.6))
    return out


def _label_parts(label: str) -> list[str]:
    parts = [p for p in re.split(r"[()（）]", label) if p]
    return parts if parts and all(len(p) >= 2 for p in parts) and len("".join(parts)) >= 4 else []


def _labelled_rows(doc: Doc, tables: list[TTable]):
    """A row whose label is named in a line of the text, and the text's figures for its columns."""
    out = []
    by_line: dict[int, list[Claim]] = {}
    for c in doc.claims:
        if not in_table(doc, c) and c.kind in ("amount", "percent") and not c.per:
            by_line.setdefault(c.line, []).append(c)
    for t in tables:
        for r in t.rows:
            if r.level >= 1 and not _PLACE.search(label_of(r)):
                continue
            parts = _label_parts(label_of(r))
            if not parts or (len(parts) == 1 and not _PLACE.search(parts[0])):
                continue
            for ln, claims in by_line.items():
                norm_line = doc.norm(claims[0].sentence.start, claims[-1].sentence.end)
                if not all(p in norm_line for p in parts):
                    continue
                for c in claims:
                    cells = [(j, v) for j, v in r.values.items() if v.unit == c.unit and v.kind == c.kind]
                    if len(cells) != 1:
                        continue
                    j, cell = cells[0]
                    before = doc.before(doc.lead(c), 12)
                    if _NOT_TOTAL.search(before) or not (bigrams(before) & bigrams(t.header(j))) \
                            or _other_register(doc, c, label_of(r) + t.header(j)):
                        continue
                    ok = civ(c).meets(civ(cell)) if c.kind == "amount" else iv(c).meets(iv(cell))
                    comp = f"{fmt(c.value)}{c.unit} = {label_of(r)} {fmt(cell.value)}{cell.unit} " + ("✓" if ok else "✗")
                    msg = (f"the text's figure for {label_of(r)} matches its table row" if ok else
                           f"the text gives {fmt(c.value)}{c.unit} for {label_of(r)}, its table row {fmt(cell.value)}{cell.unit}")
                    out.append(finding(RULE, "pass" if ok else "warn", [c, cell], msg, comp, civ(cell), civ(c),
                                       "linked by the row's name and the column's words; text and table may be of "
                                       "different dates, so a mismatch is a warning", confidence=0.5))
    return out
