"""The indexed lookups that keep extraction and the checks linear give what the plain scans they
replace give (hypothesis: random text over the characters that matter)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor import claims as claims_mod
from auditor.normalise import normalise

_FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: pieces of the time patterns, characters of them on their own, and a few that are in neither
_TIME_PIECES = ["截至2020年底", "2019年", "2020 年 3月末", "十四五期间", "十三五以来", "今年", "同期",
                "2020", "19", "20", "3", "年", "月", "底", "末", "初", "上半年", "前三季度", "截至", "截止", "到", "至",
                " ", "\u3000", "今年", "去年", "上", "全年", "当", "内", "同期", "十四五", "十", "五", "期间", "时期",
                "以来", "县", "达", ",", "。", "间",
                # digits and tabs: a long run that no barrier cuts (a line of table cells)
                "\t", "12", "\t3\t", "0", "   "]


def _time_of(before: str) -> str:
    """The plain scan time_before replaces: the last time stated in ``before``."""
    found = ""
    for m in claims_mod._TIME.finditer(before):
        found = m.group(0).strip()
    if not found:
        words = claims_mod._TIME_WORDS.findall(before)
        found = words[-1] if words else ""
    return found


@_FAST
@given(st.lists(st.sampled_from(_TIME_PIECES), min_size=3, max_size=60).map("".join), st.integers(0, 200), st.integers(1, 7))
def test_time_before_is_time_of_the_sentence_prefix(text, s0, step):
    ctx = claims_mod._Text(normalise(text))
    n = len(ctx.norm.text)
    s0 = min(s0, n)
    for p in [*range(s0, n + 1, step), n]:  # the claims of a sentence, in order
        assert ctx.time_before(s0, p) == _time_of(ctx.norm.text[s0:p])
    for a, p in ((0, n), (0, n // 2)):  # another sentence; a position before the last one
        assert ctx.time_before(a, p) == _time_of(ctx.norm.text[a:p])


@_FAST
@given(st.text(alphabet="其中包括共计合累剩余尚未脱贫已,、。含", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_cues_of_a_clause(text, a, b):
    ctx = claims_mod._Text(normalise(text))
    for _ in range(2):  # computed, then remembered
        assert ctx.cues(a, b) == [w for w in claims_mod.CUE_WORDS if w in ctx.norm.text[a:b]]


class _Reading:
    """A pattern that counts the characters its finditer is asked to read."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def finditer(self, text, start, end):
        self.read += max(0, end - start)
        return self.pattern.finditer(text, start, end)


def test_time_lookups_read_a_line_of_figures_once():
    """A line of figures between tabs has no character that ends a run of the time patterns (digits
    and whitespace can be part of 2020 年); each claim's lookup used to read the line from its start
    again: 2,000 figures read 6 million characters."""
    text = "\t".join(str(10 + k % 90) for k in range(2000))
    ctx = claims_mod._Text(normalise(text))
    counters = []
    for name in ("_time", "_time_words"):
        lookup = getattr(ctx, name)
        lookup.pattern = _Reading(lookup.pattern)
        counters.append(lookup.pattern)
    positions = [m.end() for m in re.finditer(r"\d+", text)]
    for p in positions:
        assert ctx.time_before(0, p) == ""
    for counter in counters:
        assert counter.read <= len(text) + (claims_mod._TIME_LONGEST + 1) * len(positions)


def test_the_clause_before_a_share_is_read_at_most_piece_reach_back():
    """A sentence of shares with no mark between them (12%34%…): order._piece split the whole
    sentence before each figure again."""
    from auditor.claims import extract
    from checks import order
    from checks.base import Doc

    text = "%".join(str(10 + k % 90) for k in range(3000)) + "%"
    claims, _, norm = extract(text)
    doc = Doc(claims, norm)
    pieces = [order._piece(doc, c) for c in doc.claims]
    assert max(map(len, pieces)) == order.PIECE_REACH
    short = "全县农村居民人均可支配收入增长8.6%，城镇居民增长6.2%。"
    claims, _, norm = extract(short)
    doc = Doc(claims, norm)
    assert [order._piece(doc, c) for c in doc.claims] == ["全县农村居民人均可支配收入增长", "城镇居民增长"]


class _Rows(list):
    """A table's rows that count how often they are read through from the start."""

    walks = 0

    def __iter__(self):
        _Rows.walks += 1
        return super().__iter__()


def _plain_cell_at(tables, pos: int):
    for t in tables:
        for r in t.rows:
            if r.start <= pos <= r.end:
                for j, (a, b, text) in enumerate(r.cells):
                    if a <= pos < b:
                        return t, r, r.columns[j], text
    return None


@_FAST
@given(st.lists(st.tuples(st.sampled_from(["东村", "西村", "合计", "", "其中：南村"]), st.integers(0, 99999),
                          st.sampled_from(["\t", "\t\t", "   "]), st.sampled_from(["", "12", "3.5%", "—"])),
                min_size=2, max_size=12))
def test_the_cell_of_a_position_is_the_one_a_plain_scan_finds(rows):
    from auditor import tables

    text = "村名\t户数\t占比\n" + "\n".join(f"{a}{sep}{n}{sep}{c}" for a, n, sep, c in rows) + "\n"
    found = tables.find_tables(text)
    for pos in range(len(text) + 1):
        assert tables.cell_at(found, pos) == _plain_cell_at(found, pos)


def test_the_cell_of_a_figure_is_found_without_reading_the_rows_before_it():
    """A table of 3,000 rows was read row by row for each of its 6,000 figures."""
    from auditor import tables

    text = "村名\t户数\t人口\n" + "".join(f"第{k}村\t{k % 90 + 10}\t{k % 900 + 100}\n" for k in range(3000))
    [table] = tables.find_tables(text)
    table.rows = _Rows(table.rows)
    _Rows.walks = 0
    cells = [tables.cell_at([table], m.start()) for m in re.finditer(r"(?<=\t)\d+", text)]
    assert len(cells) == 6000 and all(cells)
    assert _Rows.walks <= 1
