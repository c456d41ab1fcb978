"""The shortcuts taken for speed give what the general code gives (hypothesis over text built from
the pieces that matter: figures, pinyin, doubled punctuation, ㎡, clause marks)."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from auditor import figures as figures_mod
from auditor.claims import extract
from auditor.models import Claim, Span, share_fields_sets
from auditor.normalise import normalise
from checks.base import ClaimView, Doc, SpanView

_FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["全县", "贫困户", "5210户", "17842人", "其中", "脱贫", "1.5万元", "占", "32.4%", "，", "。", "、", "；",
           "(guó)", "國", "家", "㎡", "，，", "。。", "不超过", "超过", "近", "约", "以上", "左右", "第", "位", "\n",
           " ", "2020年", "3", "亩"]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)


@_FAST
@given(_TEXT)
def test_identity_means_every_offset_maps_to_itself(text):
    norm = normalise(text)
    if norm.identity:
        assert norm.text == text or len(norm.text) == len(text)
        assert list(norm.starts) == list(range(len(text)))
        assert list(norm.ends) == list(range(1, len(text) + 1))
    if "(guó)" in text or "㎡" in text or "，，" in text or "。。" in text:
        assert not norm.identity


@_FAST
@given(_TEXT, st.integers(1, 40), st.booleans())
def test_text_around_a_figure_is_the_same_sliced_directly(text, n, clause):
    claims, _, norm = extract(text)
    if not norm.identity:
        return
    fast = Doc(claims, norm)
    slow = Doc(claims, dataclasses.replace(norm, identity=False, _starts=norm.starts, _ends=norm.ends))
    for a, b in zip(fast.claims, slow.claims):
        assert fast.before(a, n, clause) == slow.before(b, n, clause)
        assert fast.after(a, n, clause) == slow.after(b, n, clause)
        for x, y in ((a.start - n, a.end + n), (a.start, a.start), (a.end, a.start), (-3, n)):
            assert fast.norm(x, y) == slow.norm(x, y)
            assert fast.n.to_norm(x) == slow.n.to_norm(x) and fast.n.to_norm(y) == slow.n.to_norm(y)
    n_text = len(norm.text)
    for x in range(0, n_text + 1):
        for y in (x, x + 1, n_text):
            if y <= n_text:
                assert fast.n.span(x, y) == slow.n.span(x, y)


@_FAST
@given(st.text(alphabet="不超过高低于少多大小近将接约为有占逾突破跨越至最控制在0", max_size=8))
def test_prefix_hedge_is_the_longest_hedge_word_that_ends_the_text(before):
    longest = next(((w, k) for w, k in figures_mod._PREFIX_LONGEST_FIRST if before.endswith(w)), None)
    m = figures_mod._PREFIX_HEDGE.search(before)
    found = (m.group(), figures_mod._PREFIX_KIND[m.group()]) if m else None
    assert found == longest


def test_a_claim_view_reads_as_its_claim():
    text = ("截至2019年底，全县建档立卡贫困户5210户17842人，其中脱贫5088户，占97.7%。\n各乡镇贫困户情况表\n"
            "乡镇\t贫困户(户)\t贫困人口(人)\n石桥镇\t120\t410\n河口乡\t85\t290\n合计\t205\t700\n")
    claims, _, norm = extract(text)
    doc = Doc(claims, norm)
    assert len(doc.claims) == len(claims) > 3
    for view, claim in zip(doc.claims, claims):
        assert isinstance(view, ClaimView)
        for name in Claim.model_fields:
            value, plain = getattr(claim, name), getattr(view, name)
            if isinstance(value, BaseModel):  # a nested model: a plain copy of its fields
                assert {k: getattr(plain, k) for k in type(value).model_fields} == value.__dict__
            else:
                assert plain == value
    assert any(v.table is not None for v in doc.claims)
    a, b = doc.claims[0], doc.claims[1]
    assert a.sentence == b.sentence and hash(a.sentence) == hash(b.sentence)  # spans compare by value
    assert a.sentence != SpanView(Span(start=a.sentence.start, end=a.sentence.end + 1))
    assert a == a and a != b and len({a, b, a}) == 2  # claims compare as themselves
    assert Doc(doc.claims, norm).claims == doc.claims  # views are not copied again


def test_fields_sets_are_shared_from_the_threshold_on():
    def spans(k):
        return [Span(start=i, end=i + 1) for i in range(k)]

    few, many = spans(3), spans(3)
    share_fields_sets(few, least=4)
    assert len({id(s.__pydantic_fields_set__) for s in few}) == 3
    share_fields_sets(many, least=3)
    assert len({id(s.__pydantic_fields_set__) for s in many}) == 1
    assert many[0].model_fields_set == {"start", "end"}
    copy = many[0].model_copy(update={"end": 9})  # a copy gets a set of its own
    assert copy.end == 9 and many[1].__pydantic_fields_set__ == {"start", "end"}
