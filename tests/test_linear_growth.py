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
from checks import share, subset
from checks.base import nearest
from shapes import SHAPES, clauses, shares_named_far, village_totals


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


def _calls_of(monkeypatch, module, name: str, make, sizes=(150, 300)) -> list[int]:
    """How often ``module.name`` is called in auditing ``make(n)`` for each n of ``sizes``."""
    count = 0
    original = getattr(module, name)

    def counting(*args):
        nonlocal count
        count += 1
        return original(*args)

    monkeypatch.setattr(module, name, counting)
    counts = []
    for n in sizes:
        count = 0
        audit_text(make(n, random.Random(n)))
        counts.append(count)
    return counts


def test_shares_look_for_their_whole_at_most_far_reach_back(monkeypatch):
    """Every share named like an earlier paragraph's figure compared its name with that of every
    earlier figure so named. With FAR_REACH (30,000 characters, past the longest report) set to
    2,000 here, twice the text makes twice the comparisons."""
    monkeypatch.setattr(share, "FAR_REACH", 2000)
    counts = _calls_of(monkeypatch, share, "named_alike", shares_named_far)
    assert counts[1] / counts[0] < 2.3, f"{counts}: quadratic in the number of paragraphs"


def test_a_count_of_villages_is_compared_with_the_nearest_totals_only(monkeypatch):
    """Each count of villages was compared with every total of villages in the text: 250,000
    comparisons for 500 lines. Now with at most subset.VILLAGE_WHOLES of them."""
    counts = _calls_of(monkeypatch, subset, "_other_place", village_totals)
    assert counts[1] / counts[0] < 2.3, f"{counts}: quadratic in the number of lines"
    assert counts[1] <= 2 * 300 * subset.VILLAGE_WHOLES


def test_nearest_takes_the_closest_within_reach_in_report_order():
    claims = ["a", "b", "c", "d", "e"]
    starts = [0, 100, 200, 5000, 5100]
    assert nearest(claims, starts, 180, 1000, 2) == ["b", "c"]
    assert nearest(claims, starts, 180, 1000, 8) == ["a", "b", "c"]
    assert nearest(claims, starts, 5050, 1000, 8) == ["d", "e"]
    assert nearest(claims, starts, 150, 40, 8) == []
    assert nearest(claims, starts, 150, 50, 1) == ["b"]  # a tie goes to the earlier


def test_a_long_sentence_is_searched_in_pieces_with_a_note():
    text = clauses(300, random.Random(1))
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
    text = clauses(60, rng)  # about 1,200 characters, longer than any sentence of the shared samples
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
