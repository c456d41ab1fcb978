"""The indexed lookups that keep extraction and the checks linear give what the plain scans they
replace give (hypothesis: random text over the characters that matter)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor import claims as claims_mod
from auditor.normalise import normalise

_FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: pieces of the time patterns, characters of them on their own, and a few that are in neither
_TIME_PIECES = ["截至2020年底", "2019年", "2020 年 3月末", "十四五期间", "十三五以来", "今年", "同期",
                "2020", "19", "20", "3", "年", "月", "底", "末", "初", "上半年", "前三季度", "截至", "截止", "到", "至",
                " ", "\u3000", "今年", "去年", "上", "全年", "当", "内", "同期", "十四五", "十", "五", "期间", "时期",
                "以来", "县", "达", ",", "。", "间"]


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
@given(st.lists(st.sampled_from(_TIME_PIECES), min_size=3, max_size=30).map("".join), st.integers(0, 200), st.integers(1, 7))
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
