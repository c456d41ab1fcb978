"""Properties of the checks on generated county reports (tests/reportgen.py).

- a consistent report, its figures rounded as officials round, never fails;
- breaking any one relation beyond its rounding always fails, on the edited figure;
- restating a figure in another unit (5.8万亩 vs 58000亩) changes no verdict;
- the same two properties for a generated statistical bulletin (tests/reportgen.generate_bulletin)
  and for generated lists of items one per line (tests/linelists.py).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import linelists
from auditor import audit_text
from reportgen import BULLETIN_RELATIONS, RELATIONS, generate, generate_bulletin

seeds = st.integers(min_value=0, max_value=10**6)


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_consistent_report_never_fails(seed):
    report = generate(seed)
    result = audit_text(report.text)
    fails = [(f.code, f.computation) for f in result.findings if f.status == "fail"]
    assert not fails, f"seed {seed}: {fails}\n{report.text}"


@settings(max_examples=40, deadline=None)
@given(seeds, st.sampled_from(RELATIONS))
@example(seed=386, relation="subset")  # broken to 20万亩 of 15.3万亩: the generator now writes 20.1万亩
@example(seed=3533, relation="product")  # broken to 100万元 (50万..150万 as rounding): now 100.3万元
@example(seed=89592, relation="balance")  # broken to 2019户, where 截至2019年底 stood first
def test_broken_relation_always_fails(seed, relation):
    report = generate(seed, broken=relation)
    result = audit_text(report.text)
    edited = report.figures[relation]
    at = report.offsets[relation]
    (claim,) = [c for c in result.claims if c.start <= at < c.end]  # the edited figure, where it stands
    hits = [f for f in result.findings if f.status == "fail" and claim.id in f.claims]
    assert hits, f"seed {seed}, {relation} broken at {edited}: " \
                 f"{[(f.code, f.status, f.computation) for f in result.findings]}\n{report.text}"


@settings(max_examples=30, deadline=None)
@given(seeds)
def test_consistent_bulletin_raises_nothing(seed):
    """A consistent bulletin (levels between their parts, age bands, a structure's changes, classes by
    threshold, 各, a ceiling, doctors per thousand) neither fails nor warns."""
    report = generate_bulletin(seed)
    result = audit_text(report.text)
    flagged = [(f.code, f.status, f.computation) for f in result.findings if f.status != "pass"]
    assert not flagged, f"seed {seed}: {flagged}\n{report.text}"


@settings(max_examples=40, deadline=None)
@given(seeds, st.sampled_from(BULLETIN_RELATIONS))
@example(seed=514, relation="per_thousand")  # over 30万人, which may be 25万..35万: now not a round figure
def test_broken_bulletin_relation_always_fails(seed, relation):
    report = generate_bulletin(seed, broken=relation)
    result = audit_text(report.text)
    at = report.offsets[relation]
    (claim,) = [c for c in result.claims if c.start <= at < c.end]
    hits = [f for f in result.findings if f.status == "fail" and claim.id in f.claims]
    assert hits, f"seed {seed}, {relation} broken at {report.figures[relation]}: " \
                 f"{[(f.code, f.status, f.computation) for f in result.findings]}\n{report.text}"


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_consistent_line_list_never_fails(seed):
    """Item lines under a heading or over a 合计 line, numbered or not, with a 其中 block under one
    item or not (tests/linelists.py), that add up: nothing fails. The 其中 block's lines and the
    items after it have one shape, so a block that ran on into the next items failed here."""
    text = linelists.generate(seed).text
    fails = [(f.code, f.computation) for f in audit_text(text).findings if f.status == "fail"]
    assert not fails, f"seed {seed}: {fails}\n{text}"


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_consistent_list_of_places_never_fails(seed):
    """Places one per line with their households and persons (linelists.generate_places): no line
    is the report's register that the others must lie within, and a 其中 block under one place
    breaks it down, not the list."""
    text = linelists.generate_places(seed)
    fails = [(f.code, f.computation) for f in audit_text(text).findings if f.status == "fail"]
    assert not fails, f"seed {seed}: {fails}\n{text}"


@settings(max_examples=150, deadline=None)
@given(seeds)
def test_broken_item_of_a_line_list_fails(seed):
    """The first item line of a list whose total is stated, edited beyond rounding: a fail on it."""
    lst = linelists.generate(seed, broken=True)
    result = audit_text(lst.text)
    (claim,) = [c for c in result.claims if c.start <= lst.offset < c.end]
    hits = [f for f in result.findings if f.status == "fail" and claim.id in f.claims]
    assert hits, f"seed {seed}, edited to {lst.figure}: " \
                 f"{[(f.code, f.status, f.computation) for f in result.findings]}\n{lst.text}"


@settings(max_examples=25, deadline=None)
@given(seeds)
def test_verdicts_do_not_depend_on_the_unit_a_figure_is_written_in(seed):
    in_wan = audit_text(generate(seed, in_wan_mu=True).text)
    in_mu = audit_text(generate(seed, in_wan_mu=False).text)
    assert [(f.code, f.status) for f in in_wan.findings] == [(f.code, f.status) for f in in_mu.findings]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=40), st.data())
def test_nearest_figure_is_the_one_a_scan_of_every_figure_finds(members, data):
    """base.Ordered.nearest, which the checks use instead of comparing a figure with every other,
    picks what min(passing, key=distance) and next(passing before) pick over the whole report."""
    from types import SimpleNamespace

    from checks.base import Ordered

    claims = [SimpleNamespace(id=f"c{i}") for i in range(len(members))]
    doc = SimpleNamespace(index={c.id: i for i, c in enumerate(claims)})
    subset = [c for c, keep in zip(claims, members) if keep]
    passing = set(data.draw(st.sets(st.sampled_from([c.id for c in claims]))))
    c = data.draw(st.sampled_from(claims))
    index = Ordered(doc, subset)

    candidates = [x for x in subset if x is not c and x.id in passing]
    expected = min(candidates, key=lambda x: abs(doc.index[x.id] - doc.index[c.id]), default=None)
    assert index.nearest(c, lambda x: x.id in passing) is expected
    before = next((x for x in reversed(claims[:doc.index[c.id]]) if x in subset and x.id in passing), None)
    assert index.nearest(c, lambda x: x.id in passing, before_only=True) is before
