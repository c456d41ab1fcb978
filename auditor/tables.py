"""Tables flattened into text: one row per line, cells separated by tabs or runs of spaces.

Finds table blocks, their header and unit rows, and for every cell its column's header, unit
and row label, so that a bare ``4398`` under ``当前贫困人口（户）`` reads as 4398户.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CELL_SPLIT = re.compile(r"\t| {3,}|\u3000{2,}")
_NUMERIC_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*(?:单位[:：])?\s*([^()（）]{1,6}?)\s*[)）]")
_UNIT_LINE = re.compile(r"单位[:：]\s*([^\s,，。;；)）]{1,6})")
_TOTAL_LABELS = ("合计", "小计", "总计", "共计", "总数", "全县", "全市", "全省", "合 计", "总 计")

#: header words → unit of the column's bare numbers
_HEADER_UNITS = [
    (re.compile(r"(?:率|比例|占比|比重|百分比|增幅|增速)"), "%"),
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


@dataclass
class Table:
    index: int
    start: int                   # normalised offsets of the block
    end: int
    columns: list[Column] = field(default_factory=list)
    default_unit: str = ""
    rows: list["Row"] = field(default_factory=list)


@dataclass
class Row:
    index: int
    start: int
    end: int
    cells: list[tuple[int, int, str]]   # normalised spans and text
    first_column: int                   # column index of the first cell (right alignment)
    label: str = ""
    is_header: bool = False
    is_total: bool = False


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    cells = []
    pos = 0
    for m in _CELL_SPLIT.finditer(line):
        cells.append((offset + pos, offset + m.start(), line[pos:m.start()]))
        pos = m.end()
    cells.append((offset + pos, offset + len(line), line[pos:]))
    return [(a, b, t.strip()) for a, b, t in cells if t.strip()]


def _is_numeric(cell: str) -> bool:
    return bool(_NUMERIC_CELL.fullmatch(cell.replace(" ", "")))


def _unit_of(header: str) -> tuple[str, bool]:
    from . import units

    m = _UNIT_IN_HEADER.search(header)
    if m:
        inner = m.group(1).strip()
        if inner in ("%", "百分比"):
            return "%", True
        if units.lookup(inner) is not None:
            return inner, False
    for pattern, unit in _HEADER_UNITS:
        if pattern.search(header):
            return unit, unit == "%"
    return "", False


def _is_unit_row(cells: list[tuple[int, int, str]]) -> bool:
    from . import units

    return len(cells) >= 2 and all(units.lookup(c) is not None or c in ("%", "万元", "亿元") for _, _, c in cells)


def find_tables(text: str) -> list[Table]:
    """Table blocks in normalised text: runs of at least two lines with several cells."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables: list[Table] = []
    block: list[tuple[int, str]] = []

    def flush(prev_line: str):
        if len(block) >= 2:
            tables.append(_build(len(tables), block, prev_line))

    prev_line = ""
    for i, (offset, line) in enumerate(lines):
        if "\t" in line and len(_cells(line, offset)) >= 2:
            if not block:
                prev_line = lines[i - 1][1] if i else ""
            block.append((offset, line))
        else:
            flush(prev_line)
            block = []
    flush(prev_line)
    return tables


def _build(index: int, block: list[tuple[int, str]], title: str) -> Table:
    from . import units

    rows = [Row(i, off, off + len(line), _cells(line, off), 0) for i, (off, line) in enumerate(block)]
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
        if any(_is_numeric(c) for _, _, c in r.cells):
            break
        header_rows.append(r)
        r.is_header = True
    columns = [Column() for _ in range(width)]
    unit_row = next((r for r in header_rows if _is_unit_row(r.cells)), None)
    names = [r for r in header_rows if r is not unit_row]
    if names:
        head = names[0].cells
        left_align = unit_row is not None and len(head) < width
        start_col = 0 if left_align else width - len(head)
        for j, (_, _, name) in enumerate(head):
            col = start_col + j
            if 0 <= col < width:
                columns[col].header = name
                columns[col].unit, columns[col].share = _unit_of(name)
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

    for r in rows:
        r.first_column = max(0, width - len(r.cells))
        labels = [c for _, _, c in r.cells if not _is_numeric(c)]
        r.label = labels[-1] if labels else ""
        first = r.cells[0][2].replace(" ", "") if r.cells else ""
        r.is_total = any(first.startswith(t.replace(" ", "")) for t in _TOTAL_LABELS)
        if r.is_total:
            r.label = first
    return table


def cell_at(tables: list[Table], pos: int):
    """(table, row, column index, cell) for a normalised offset inside a table cell, or None."""
    for t in tables:
        if t.start <= pos <= t.end:
            for r in t.rows:
                if r.start <= pos <= r.end:
                    for j, (a, b, text) in enumerate(r.cells):
                        if a <= pos < b:
                            return t, r, r.first_column + j, text
    return None
