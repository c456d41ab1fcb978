"""The work of an audit grows linearly with long sentences, long lines and long tables.

Relations are looked for among the figures of a sentence, pair by pair, and some finders look back
along a line or a table; a report shaped unlike any real one (one sentence of thousands of
clauses, a line of thousands of shares, a table of hundreds of 小计 blocks) must not make that
quadratic. Time is not measured here (the benchmark does that): each text is audited at two sizes
under a counter of Python function calls, a count that is the same on every run and machine, and
twice the text must cost about twice the calls. A count of calls does not see work inside one call
(a regex over an ever longer prefix): tests/test_linear_lookups.py counts the characters such
lookups read.

All texts are invented.
"""

from __future__ import annotations

import cProfile
import pstats
import random
import sys

import pytest

from auditor import audit_text, models
from auditor.claims import LONG_SENTENCE


def _clauses(n: int, rng: random.Random) -> str:
    """One sentence of n clauses, each with households, persons and a share."""
    return "，".join(f"第{k}组脱贫{rng.randint(1, 99)}户{rng.randint(100, 999)}人，占{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
                    for k in range(n)) + "。"


def _sentences_one_line(n: int, rng: random.Random) -> str:
    return "。".join(f"第{k}组脱贫{rng.randint(1, 99)}户{rng.randint(100, 999)}人，占{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
                    for k in range(n)) + "。"


def _breakdowns(n: int, rng: random.Random) -> str:
    """One sentence of n totals, each broken down twice (其中 … 其中)."""
    return "，".join(f"第{k}村共有{rng.randint(500, 999)}人，其中男性{rng.randint(100, 400)}人、女性{rng.randint(100, 400)}人，"
                    f"其中外出务工{rng.randint(10, 99)}人" for k in range(n)) + "。"


def _averages(n: int, rng: random.Random) -> str:
    """One sentence of n areas with their yield per mu, total and average per household."""
    return "，".join(f"种植面积{rng.randint(100, 999)}亩，亩均收入{rng.randint(1000, 9999)}元，总收入{rng.randint(10, 99)}万元，"
                    f"户均{rng.randint(100, 999)}元" for _ in range(n)) + "。"


def _targets(n: int, rng: random.Random) -> str:
    return "，".join(f"计划完成{rng.randint(100, 999)}户，实际完成{rng.randint(100, 999)}户，完成率{rng.randint(50, 120)}%，"
                    f"目标{rng.randint(10, 99)}万元" for _ in range(n)) + "。"


def _subtotal_table(n: int, rng: random.Random) -> str:
    """A table of n/5 blocks of four villages and their 小计, a 合计 and a share column."""
    lines = ["表2 分镇情况", "镇村\t户数（户）\t人口（人）\t占比（%）"]
    for b in range(n // 5):
        for k in range(4):
            lines.append(f"{b}镇{k}村\t{rng.randint(1, 99)}\t{rng.randint(100, 999)}\t{rng.randint(1, 9)}.{rng.randint(0, 9)}")
        lines.append(f"小计\t{rng.randint(100, 300)}\t{rng.randint(1000, 3000)}\t{rng.randint(10, 30)}.{rng.randint(0, 9)}")
    lines.append(f"合计\t{n * 40}\t{n * 400}\t100")
    return "\n".join(lines) + "\n"


SHAPES = {"clauses in one sentence": _clauses, "sentences in one line": _sentences_one_line,
          "nested breakdowns in one sentence": _breakdowns, "averages in one sentence": _averages,
          "targets in one sentence": _targets, "a table of 小计 blocks": _subtotal_table}


def _calls(text: str) -> int:
    """Function calls made by audit_text(text), C functions included."""
    profile = cProfile.Profile()
    profile.runcall(audit_text, text)
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_twice_the_text_costs_about_twice_the_calls(shape, monkeypatch):
    # models share their fields sets from SHARE_FROM models on, a step in the count that the
    # two sizes could fall on either side of: not here
    monkeypatch.setattr(models, "SHARE_FROM", sys.maxsize)
    make = SHAPES[shape]
    small, large = (make(n, random.Random(n)) for n in (300, 600))
    assert len(large) > 1.9 * len(small)
    for text in (small, large):
        audit_text(text)  # what loads once, and the caches of subjects and labels, filled alike for both
    ratio = _calls(large) / _calls(small)
    assert ratio < 2.3, f"{shape}: {ratio:.2f} times the calls for twice the text (quadratic work gives about 4)"


def test_a_long_sentence_is_searched_in_pieces_with_a_note():
    text = _clauses(300, random.Random(1))
    result = audit_text(text)
    sentences = {(c.sentence.start, c.sentence.end) for c in result.claims}
    assert len(sentences) > 1
    assert all(b - a <= LONG_SENTENCE for a, b in sentences)
    # each piece ends at a comma of the text: the cut character belongs to no piece
    assert all(text[b] in "，。" for _, b in sentences if b < len(text))
    # a piece holds whole clauses: every claim lies inside its own sentence span
    assert all(c.sentence.start <= c.start and c.end <= c.sentence.end for c in result.claims)
    note = [n for n in result.notes if "pieces" in n]
    assert len(note) == 1 and f"holds {len(text) - 1:,} characters" in note[0] and "line 1" in note[0]


def test_a_long_sentence_is_cut_at_a_semicolon_before_a_comma():
    item = "第{k}项投入资金{v}万元，占{s}%"
    rng = random.Random(2)
    text = "；".join(item.format(k=k, v=rng.randint(10, 99), s=rng.randint(1, 9)) for k in range(200)) + "。"
    ends = {c.sentence.end for c in audit_text(text).claims}
    assert len(ends) > 1 and all(text[e] in "；。" for e in ends)


def test_sentences_of_real_length_are_not_cut():
    rng = random.Random(3)
    text = _clauses(60, rng)  # about 1,200 characters, longer than any sentence of the shared samples
    assert len(text) < LONG_SENTENCE
    result = audit_text(text)
    assert len({c.sentence for c in result.claims}) == 1
    assert not any("pieces" in n for n in result.notes)


def test_a_list_without_commas_is_one_sentence_however_long():
    counts = [random.Random(4).randint(1, 99) for _ in range(800)]
    text = "全县共有产业项目" + str(sum(counts)) + "个，其中" + "、".join(f"{n}个" for n in counts) + "。"
    result = audit_text(text)
    assert len(text) > 2 * LONG_SENTENCE
    assert len({c.sentence for c in result.claims}) == 1
    assert [f.status for f in result.findings if f.check == "breakdown-sum-mismatch"] == ["pass"]
