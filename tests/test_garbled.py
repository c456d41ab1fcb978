"""Figures next to garbled text are not trusted as if clean.

Mojibake left by a pinyin annotator that stepped inside a two-byte character (``總?cè)丝?4.56萬(wàn)人``
was ``總人口14.56萬人``: the leading digit is gone and cannot be recovered), and the replacement
character U+FFFD left where bytes could not be decoded, mark a figure as untrustworthy. Such a
claim gets ``confidence`` 0.3 and a note saying why; a relation it takes part in never fails —
it warns at most — and the finding's ``why`` says so. Each case below is a relation that fails
when the same figure is clean.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor import audit_text
from reportgen import RELATIONS, generate

GARBLED_NOTE = "garbled text next to the figure"
GARBLED_WHY = "garbled text"

#: (clean text, the same text with the figure garbled, the figure as garbled, the check that fails
#: when clean, whether the garbled relation is still found — as a warning). Where the garbage
#: stands between a figure and its cue (共计��210万元) the relation is not found at all: no
#: finding, which is within "warn at most"; the claim still carries the note.
PAIRS = [
    pytest.param("全縣總人口4.56萬人，其中貧困人口5.2萬人。",
                 "全縣總?cè)丝?4.56萬(wàn)人，其中貧困人口5.2萬人。", "4.56萬(wàn)人", "C002", True,
                 id="the sample's mojibake: a part above its whole (14.56萬 lost its 1)"),
    pytest.param("全县建档立卡贫困户14109户，累计减贫13899户，剩余贫困户230户。",
                 "全县建档立卡贫困户14109户，累计减贫\ufffd3899户，剩余贫困户230户。", "3899户", "C001", True,
                 id="U+FFFD before the lifted count: registered - lifted != remaining"),
    pytest.param("全县共有产业项目628个，其中种植类341个、养殖类203个、加工类94个。",
                 "全县共有产业项目628个，其中种植类341个、养殖类?lián)?03个、加工类94个。", "03个", "C003", False,
                 id="mojibake inside a breakdown"),
    pytest.param("全县共有产业项目628个，其中种植类341个、养殖类203个、加工类94个。",
                 "全县共有产业项目628个，其中种植类341个、养殖类\ufffd203个、加工类94个。", "203个", "C003", True,
                 id="U+FFFD inside a breakdown"),
    pytest.param("为全县120个贫困村每村落实工作经费1.5万元，共计210万元。",
                 "为全县120个贫困村每村落实工作经费1.5万元，共计\ufffd\ufffd210万元。", "210万元", "C005", False,
                 id="U+FFFD before a product's total"),
    pytest.param("全县纳入农村低保3000户，其中贫困户1200户，占低保户总数的60.0%。",
                 "全县纳入农村低保3000户，其中贫困户1200户，占低保户总数的\ufffd60.0%。", "60.0%", "C006", True,
                 id="U+FFFD before a share"),
]


def _garbled_claim(result, text: str):
    (claim,) = [c for c in result.claims if c.text == text]
    return claim


@pytest.mark.parametrize("clean, garbled, figure, code, reported", PAIRS)
def test_a_garbled_figure_warns_where_the_clean_one_fails(clean, garbled, figure, code, reported):
    assert any(f.code == code and f.status == "fail" for f in audit_text(clean).findings), \
        "the relation must fail when the figure is clean"
    result = audit_text(garbled)
    claim = _garbled_claim(result, figure)
    assert claim.confidence == 0.3
    assert any(GARBLED_NOTE in n for n in claim.notes), claim.notes
    involving = [f for f in result.findings if claim.id in f.claims]
    assert all(f.status != "fail" for f in involving), [(f.code, f.status) for f in involving]
    warned = [f for f in involving if f.code == code and f.status == "warn"]
    assert bool(warned) == reported, [(f.code, f.status) for f in involving]
    assert all(GARBLED_WHY in f.why for f in warned), [f.why for f in warned]


@pytest.mark.parametrize("clean, garbled, figure, code, reported", PAIRS[:2])
def test_the_json_says_why_and_the_exit_code_is_not_a_failure(tmp_path, clean, garbled, figure, code, reported):
    """Through the command: the clean report exits 1 (a check failed), the garbled one 0, and
    its JSON carries the low confidence, the note on the claim and the reason on the finding."""
    def run(text):
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        return subprocess.run([sys.executable, "-m", "auditor", str(path), "--format", "json"],
                              capture_output=True, text=True, timeout=300)

    assert run(clean).returncode == 1
    p = run(garbled)
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    (claim,) = [c for c in data["claims"] if c["text"] == figure]
    assert claim["confidence"] == 0.3
    assert any(GARBLED_NOTE in n for n in claim["notes"])
    (finding,) = [f for f in data["findings"] if claim["id"] in f["claims"] and f["code"] == code]
    assert finding["status"] == "warn"
    assert GARBLED_WHY in finding["why"]
    assert data["summary"]["fail"] == 0


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10 ** 6), st.sampled_from(RELATIONS), st.sampled_from(["\ufffd", "??", "?cè)丝?"]))
@example(seed=682, relation="progress", fragment="\ufffd")  # the edited 20 is also the 20 of 2019年 before it
def test_a_broken_relation_on_a_garbled_figure_never_fails(seed, relation, fragment):
    """Break a relation in a generated report, then garble the broken figure (its digits kept):
    the figure is marked, and no failure rests on it."""
    report = generate(seed, broken=relation)
    at = report.offsets[relation]
    text = report.text[:at] + fragment + report.text[at:]
    result = audit_text(text)
    (claim,) = [c for c in result.claims if c.start <= at + len(fragment) < c.end]
    assert claim.confidence < 0.5 and any(GARBLED_NOTE in n for n in claim.notes)
    fails = [f for f in result.findings if f.status == "fail" and claim.id in f.claims]
    assert not fails, [(f.code, f.computation) for f in fails]


def test_a_clean_figure_far_from_garbled_text_is_trusted():
    """Only figures touching the damage are marked: the rest of the sentence stays sure."""
    result = audit_text("全县贫困户1200户，總?cè)丝?4.56萬(wàn)人，脱贫户1150户。")
    confidence = {c.text: c.confidence for c in result.claims}
    assert confidence["1200户"] == confidence["1150户"] == 1.0
    assert confidence["4.56萬(wàn)人"] == 0.3
