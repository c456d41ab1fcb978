"""Tables flattened into text: one row per line, cells separated by tabs, runs of spaces or bars
(项目 | 户数 | 资金（万元）, as web pages and Markdown copy them).

Finds table blocks, their header and unit rows, and for every cell its column's header, unit
and row label, so that a bare ``4398`` under ``当前贫困人口（户）`` reads as 4398户.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_CELL_SPLIT = re.compile(r"\t| {3,}|\u3000{2,}|[ \u3000]*[|｜][ \u3000]*")
_NUMERIC_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*(?:单位[:：])?\s*([^()（）]{1,6}?)\s*[)）]")
_UNIT_LINE = re.compile(r"单位[:：]\s*([^\s,，。;；)）]{1,6})")
_TOTAL_LABELS = ("合计", "小计", "总计", "共计", "总数", "全县", "全市", "全省", "合 计", "总 计")

#: header words → unit of the column's bare numbers
_HEADER_UNITS = [
    # (增减%, 为上年决算%, 总产量%: a header that ends in % says its numbers are percents)
    (re.compile(r"(?:率|比例|占比|比重|百分比|增幅|增速)|[%％]\s*$"), "%"),
    (re.compile(r"(?:人次)"), "人次"),
    (re.compile(r"(?:人口|人数|劳动力|学生|人员|(?<!户)人$)"), "人"),
    (re.compile(r"(?:户数|户$|农户|贫困户)"), "户"),
    (re.compile(r"(?:项目个数|个数|村数|(?:贫困|深度贫困|出列)村$|乡镇数)"), "个"),
    (re.compile(r"(?:面积)"), "亩"),
    (re.compile(r"(?:里程|长度)"), "公里"),
]


@dataclass
class Column:
    header: str = ""
    unit: str = ""
    share: bool = False          # a share column: its bare numbers are fractions or percents
    scale: int = 1               # 人口（万人）: bare numbers are in 万


@dataclass
class Table:
    index: int
    start: int                   # normalised offsets of the block
    end: int
    columns: list[Column] = field(default_factory=list)
    default_unit: str = ""
    rows: list["Row"] = field(default_factory=list)
    #: the start of each row, for cell_at (built on its first call)
    row_starts: list[int] | None = field(default=None, repr=False, compare=False)


@dataclass
class Row:
    index: int
    start: int
    end: int
    cells: list[tuple[int, int, str]]   # normalised spans and text
    label: str = ""
    #: the column of each cell: aligned to the right (flattened rows lose their empty cells), or,
    #: when the line's separators keep them (\t合计\t64\t28210\t\t) and it has as many as the
    #: header, as they stand
    columns: list[int] = field(default_factory=list)
    raw_count: int = 0                  # cells on the line, empty ones included
    positional: bool = False            # its cells are read by position (see columns)
    is_header: bool = False
    is_total: bool = False


def _raw_cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """Every cell of the line, empty ones included (not the nothing outside a row's outer bars:
    | 合计 | 64 | |, as Markdown writes a row, holds three cells, the last one empty)."""
    cells = []
    pos = 0
    for m in _CELL_SPLIT.finditer(line):
        cells.append((offset + pos, offset + m.start(), line[pos:m.start()].strip()))
        pos = m.end()
    cells.append((offset + pos, offset + len(line), line[pos:].strip()))
    if "|" in line or "｜" in line:
        if len(cells) > 1 and not cells[0][2] and line.lstrip(" \u3000").startswith(("|", "｜")):
            cells = cells[1:]
        if len(cells) > 1 and not cells[-1][2] and line.rstrip(" \u3000").endswith(("|", "｜")):
            cells = cells[:-1]
    return cells


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    return [c for c in _raw_cells(line, offset) if c[2]]


def _row(i: int, off: int, line: str) -> "Row":
    raw = _raw_cells(line, off)
    row = Row(i, off, off + len(line), [c for c in raw if c[2]])
    row.raw_count = len(raw)
    row.columns = [k for k, c in enumerate(raw) if c[2]]  # positions, used when they fit the header
    return row


def _is_numeric(cell: str) -> bool:
    return bool(_NUMERIC_CELL.fullmatch(cell.replace(" ", "")))


#: a cell that states its figure with its unit (12户, 345人, 12.5万元, 1,200亩)
_FIGURE_WITH_UNIT = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*([^\d\s]{1,4})")
#: units that name a time or an age: in a header row (2019年, 60岁) they name columns, not figures
_NOT_MEASURES = frozenset({"duration", "age"})


def holds_figure(cell: str) -> bool:
    """Is the cell a figure: a bare number (the column's header gives its unit), or a number with a
    unit that measures (12户, 12.5万元, 3.2%), not one that names a year or an age (2019年)?"""
    if _is_numeric(cell):
        return True
    m = _FIGURE_WITH_UNIT.fullmatch(cell.replace(" ", ""))
    if m is None:
        return False
    from . import units

    unit = m.group(1)
    if unit[0] in "万亿" and len(unit) > 1:
        unit = unit[1:]
    info = units.lookup(unit)
    return info is not None and info.dimension not in _NOT_MEASURES


_YEAR_COLUMN = re.compile(r"年度|年份|^(?:出列|脱贫|退出|实施|建设)?(?:年|时间)$")


#: a column that numbers the rows: 行次, 栏次, 序号
_INDEX_COLUMN = re.compile(r"^\s*(?:行次|栏次|序号|编号|行号|代码|科目编码|编码)\s*$")


def is_index_column(header: str) -> bool:
    """A column whose cells number the rows (行次 of a budget table), no figures."""
    return bool(_INDEX_COLUMN.match(header))


def is_year_column(header: str) -> bool:
    """A column whose cells are years (年度, 出列年度), not one headed by a year (2019年)."""
    return bool(_YEAR_COLUMN.search(header.replace(" ", "")))


def _unit_of(header: str) -> tuple[str, bool]:
    unit, share, _ = _unit_and_scale(header)
    return unit, share


def _unit_and_scale(header: str) -> tuple[str, bool, int]:
    """Unit of a column's bare numbers from its header: （亿元）, （万人）, 贫困人口, 发生率."""
    m = _UNIT_IN_HEADER.search(header)
    if m:
        found = _explicit_unit(m.group(1))
        if found[0]:
            return found
    for pattern, unit in _HEADER_UNITS:
        if pattern.search(header):
            return unit, unit == "%", 1
    return "", False, 1


def _explicit_unit(text: str) -> tuple[str, bool, int]:
    """(unit, share, scale) of a unit written out as the whole of ``text`` (户, 亿元, 万人, %: what
    brackets hold, or a 单位 cell); ("", False, 1) when it is none."""
    from . import units

    inner = text.strip()
    if inner in ("%", "％", "百分比"):
        return "%", True, 1
    if units.lookup(inner) is not None:
        return inner, False, 1
    for scale, mult in (("万", 10000), ("亿", 100000000)):
        if inner.startswith(scale) and units.lookup(inner[1:]) is not None:
            return inner[1:], False, mult
    return "", False, 1


def row_unit(table: "Table", row: "Row") -> tuple[str, bool, int]:
    """The unit of a row's bare numbers in a table whose columns give none (a table by year, 年度 |
    2016年 | … | 合计, with one indicator a row): from a unit in brackets at the end of the row's
    label (搬迁户数（户）), or from a cell under a 单位 header (地区生产总值 | 亿元 | 126.1)."""
    for (_, _, text), col in zip(row.cells, row.columns):
        if not text or holds_figure(text):
            continue
        header = table.columns[col].header if col < len(table.columns) else ""
        if "单位" in header:
            found = _explicit_unit(text)
        else:
            m = _UNIT_IN_HEADER.search(text)
            found = _explicit_unit(m.group(1)) if m and text.rstrip().endswith((")", "）")) else ("", False, 1)
        if found[0]:
            return found
    return "", False, 1


def _is_unit_row(cells: list[tuple[int, int, str]]) -> bool:
    from . import units

    return len(cells) >= 2 and all(units.lookup(c) is not None or c in ("%", "万元", "亿元") for _, _, c in cells)


_SPACE_RUN = re.compile(r" {3,}|\u3000{2,}")


def find_tables(text: str) -> list[Table]:
    """Table blocks in normalised text.

    Tab-separated: runs of at least two lines with several cells. Space-separated (cells split by
    runs of three or more spaces): runs of at least three short lines, two of them with numbers,
    since prose rarely has such runs but a stray wide gap is not a table.
    """
    if "\t" not in text and not _SPACE_RUN.search(text) and "|" not in text and "｜" not in text:
        return []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables: list[Table] = []
    block: list[tuple[int, str]] = []
    kind = ""

    def flush(prev_line: str):
        if kind == "tab" and len(block) >= 2:
            tables.append(_build(len(tables), block, prev_line))
        elif kind == "space" and len(block) >= 3:
            numeric_rows = sum(1 for off, ln in block if any(holds_figure(c) for _, _, c in _cells(ln, off)))
            if numeric_rows >= 2:
                tables.append(_build(len(tables), block, prev_line))

    prev_line = ""
    for i, (offset, line) in enumerate(lines):
        if "\t" in line or "|" in line or "｜" in line:
            # (a bar table's rows are read like a tab table's)
            line_kind = "tab" if len(_cells(line, offset)) >= 2 else ""
        else:
            line_kind = "space" if (len(line) < 200 and _SPACE_RUN.search(line.strip())
                                    and len(_cells(line, offset)) >= 2) else ""
        if line_kind and (not block or line_kind == kind):
            if not block:
                prev_line = lines[i - 1][1] if i else ""
                kind = line_kind
            block.append((offset, line))
            continue
        flush(prev_line)
        block = []
        kind = line_kind
        if line_kind:
            prev_line = lines[i - 1][1] if i else ""
            block.append((offset, line))
    flush(prev_line)
    return tables


def _build(index: int, block: list[tuple[int, str]], title: str) -> Table:
    from . import units

    rows = [_row(i, off, line) for i, (off, line) in enumerate(block)]
    width = max(len(r.cells) for r in rows)
    table = Table(index, block[0][0], block[-1][0] + len(block[-1][1]))
    table.rows = rows
    m = _UNIT_LINE.search(title) or _UNIT_IN_HEADER.search(title)
    if m:
        unit, _ = _unit_of(f"({m.group(1)})")
        info = units.lookup(unit) if unit else None
        # a title's （镇） is a place word; only a measuring unit applies to the whole table
        if info is not None and (info.dimension in units.NORMAL_UNIT or _UNIT_LINE.search(title)):
            table.default_unit = unit

    header_rows = []
    for r in rows:
        if any(holds_figure(c) for _, _, c in r.cells):
            break
        header_rows.append(r)
        r.is_header = True
    columns = [Column() for _ in range(width)]
    unit_row = next((r for r in header_rows if _is_unit_row(r.cells)), None)
    names = [r for r in header_rows if r is not unit_row]
    if names:
        # of several header rows (a title row, 户数 | 人口数 over 合计 | 男 | 女 | 性别比 | …), the one
        # with the most cells names the columns; the first of those
        head = max(names, key=lambda r: len(r.cells)).cells
        for col, name in _align_header([c for _, _, c in head], width, unit_row):
            columns[col].header = name
            columns[col].unit, columns[col].share, columns[col].scale = _unit_and_scale(name)
        # a unit in the first header cell applies to the whole table (分年度投资计划（万元）)
        first_unit, _ = _unit_of(head[0][2]) if head else ("", False)
        if first_unit and first_unit != "%" and _UNIT_IN_HEADER.search(head[0][2]):
            table.default_unit = first_unit
    if unit_row is not None:
        k = len(unit_row.cells)
        for j, (_, _, unit) in enumerate(unit_row.cells):
            col = width - k + j
            if 0 <= col < width:
                columns[col].unit = unit
                columns[col].share = unit == "%"
    table.columns = columns

    # a line that keeps its empty cells and has exactly the header's cells is read by position
    positional = width if names and names[0].raw_count == width == len(names[0].cells) else None
    for r in rows:
        r.positional = bool(positional and r.raw_count == positional and len(r.cells) < positional)
        if not r.positional:
            first = max(0, width - len(r.cells))
            r.columns = [first + j for j in range(len(r.cells))]
        labels = [c for _, _, c in r.cells if not holds_figure(c)]
        r.label = labels[-1] if labels else ""
        first = r.cells[0][2].replace(" ", "") if r.cells else ""
        r.is_total = any(first.startswith(t.replace(" ", "")) for t in _TOTAL_LABELS)
        if r.is_total:
            r.label = first
    return table


def _align_header(head: list[str], width: int, unit_row) -> list[tuple[int, str]]:
    """Columns of the header cells. Without a unit row the header is right-aligned like the rows;
    over a unit row (当前贫困人口 over 户 and 人), a header cell may span several unit columns."""
    if unit_row is None or len(head) >= width:
        start = width - len(head)
        return [(start + j, name) for j, name in enumerate(head) if 0 <= start + j < width]
    units_ = [c for _, _, c in unit_row.cells]
    first_unit_col = width - len(units_)
    plain = head[:first_unit_col]
    spanning = head[first_unit_col:]
    out = [(j, name) for j, name in enumerate(plain)]
    unit_cols = list(range(first_unit_col, width))
    share_names = [n for n in spanning if _unit_of(n)[1]]
    other_names = [n for n in spanning if not _unit_of(n)[1]]
    share_cols = [c for c, u in zip(unit_cols, units_) if u == "%"]
    other_cols = [c for c, u in zip(unit_cols, units_) if u != "%"]
    for name, col in zip(share_names, share_cols):
        out.append((col, name))
    if other_names:
        # the names share the remaining unit columns in order; the last name takes any extra
        per = max(1, len(other_cols) // len(other_names))
        for k, col in enumerate(other_cols):
            out.append((col, other_names[min(k // per, len(other_names) - 1)]))
    return out


def cell_at(tables: list[Table], pos: int):
    """(table, row, column index, cell) for a normalised offset inside a table cell, or None."""
    for t in tables:
        if t.start <= pos <= t.end:
            if t.row_starts is None:
                t.row_starts = [r.start for r in t.rows]
            # rows are lines of one block, in order and disjoint: the row is the last that starts
            # at or before pos, if pos is not past its end (found by bisection: a table of thousands
            # of rows is not read row by row for every figure)
            i = bisect.bisect_right(t.row_starts, pos) - 1
            r = t.rows[i] if i >= 0 else None
            if r is not None and pos <= r.end:
                for j, (a, b, text) in enumerate(r.cells):
                    if a <= pos < b:
                        return t, r, r.columns[j], text
    return None
