"""Texts longer than any report are audited in sections (auditor.pipeline.SECTION_CHARS).

The sections must cover the text exactly, be cut where no figure is split, and give claims,
skipped tokens and findings that index the whole text, with ids, lines and table numbers as if
the text had been read at once.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import audit_text, pipeline
from auditor.claims import LONG_SENTENCE
from auditor.pipeline import sections
from reportgen import generate

TABLE = ("表1 各乡镇项目资金\n乡镇\t项目（个）\t资金（万元）\n城关镇\t12\t860\n石门镇\t9\t640\n"
         "合计\t21\t1500\n")


@pytest.fixture
def small_sections(monkeypatch):
    """Sections of 1,000 characters, so that a few generated reports make several."""
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1000)


def _reports(n: int) -> str:
    return "".join(generate(seed).text + "\n" + (TABLE if seed % 3 == 0 else "") for seed in range(n))


def test_a_report_is_one_section():
    text = _reports(3)
    assert sections(text) == [(0, len(text))]
    assert audit_text(text).notes == []


def test_sections_cover_the_text_and_end_at_line_ends():
    text = _reports(12)
    cuts = sections(text, 1000)
    assert len(cuts) > 3
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    for start, end in cuts[:-1]:
        assert text[end - 1] == "\n"
        assert 1000 <= end - start <= 1500


def test_without_line_ends_a_cut_falls_after_a_sentence_end():
    text = "全县建档立卡贫困户1200户，累计脱贫1150户，剩余贫困户50户。" * 200
    for start, end in sections(text, 1000)[:-1]:
        assert text[end - 1] == "。"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789.,万亿户人十百千两%元，", min_size=50, max_size=400))
def test_a_cut_never_splits_a_figure(text):
    """No line or sentence end at all: the cut falls between two characters that are no part of
    a figure, or nowhere within the section and a half."""
    cuts = sections(text, 20)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(cuts, cuts[1:]))
    for start, end in cuts[:-1]:
        splits = re.match(r"[0-9.,万亿十百千两%]", text[end - 1]) and re.match(r"[0-9.,万亿十百千两%]", text[end])
        assert not splits or end - start == 30


def test_claims_are_the_same_as_when_read_at_once(small_sections):
    text = _reports(12)
    sectioned = audit_text(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "SECTION_CHARS", len(text))
        whole = audit_text(text)
    assert len(sections(text)) > 3

    def located(result):
        return [(c.id, c.start, c.end, c.text, c.value, c.unit, c.line, c.sentence, c.clause, c.number_span,
                 c.group, c.range_with) for c in result.claims]

    assert located(sectioned) == located(whole)
    assert [(s.start, s.end, s.text, s.reason) for s in sectioned.skipped] == \
           [(s.start, s.end, s.text, s.reason) for s in whole.skipped]


def test_findings_tables_and_note_of_a_sectioned_text(small_sections):
    text = _reports(12)
    result = audit_text(text)
    ids = {c.id for c in result.claims}
    assert [c.id for c in result.claims] == [f"c{i}" for i in range(1, len(result.claims) + 1)]
    for f in result.findings:
        assert set(f.claims) <= ids
        for span in f.spans:
            assert 0 <= span.start < span.end <= len(text)
        if f.line is not None:
            first = min(result.claims[int(i[1:]) - 1].line for i in f.claims)
            assert f.line >= first
    for c in result.claims:
        assert text[c.start:c.end] == c.text
        assert c.line == text.count("\n", 0, c.start) + 1
    # every table keeps its own number: the 合计 cells of the four tables are four tables
    totals = [c for c in result.claims if c.table is not None and c.table.row_label == "合计"]
    assert len({c.table.table for c in totals}) == len(totals) // 2 == 4
    table_findings = [f for f in result.findings if f.code == "C004"]
    assert table_findings and all(f.status == "pass" for f in table_findings)
    assert len(result.notes) == 1 and "sections" in result.notes[0]


def test_a_broken_relation_in_a_later_section_fails_there(small_sections):
    text = _reports(9) + "全县实施产业项目628个，其中种植类341个、养殖类203个、加工类74个。\n"
    result = audit_text(text)
    assert len(sections(text)) > 2
    failed = [f for f in result.findings if f.code == "C003" and f.status == "fail"]
    assert len(failed) == 1
    assert [text[s.start:s.end] for s in failed[0].spans] == ["628个", "341个", "203个", "74个"]


def test_a_long_sentence_in_a_later_section_is_named_by_its_line_in_the_whole_text(monkeypatch):
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 4000)
    head = _reports(12)
    long = "，".join(f"第{k}组脱贫{k % 50 + 1}户" for k in range(200)) + "。\n"
    text = head + long
    assert len(long) > LONG_SENTENCE and len(sections(text)) >= 2
    result = audit_text(text)
    notes = [n for n in result.notes if "pieces" in n]
    assert len(notes) == 1 and f"the sentence at line {head.count(chr(10)) + 1} holds" in notes[0]
