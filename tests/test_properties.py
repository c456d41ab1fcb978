"""Properties that must hold for any input (hypothesis).

Past failures are pinned with @example. The whole file runs in well under a minute.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import cn2an
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor import audit_text
from auditor.normalise import PINYIN, normalise

_FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _claims(text: str):
    return audit_text(text).claims


# (a) Chinese numerals written by cn2an.an2cn read back to the same number ----------------------

@_FAST
@given(st.integers(min_value=2, max_value=10 ** 13))
@example(10)            # 十: a numeral that starts with a unit
@example(110)           # 一百一十
@example(10010)         # 一万零一十: 零 across a section
@example(105000000)     # 一亿零五百万 (was read as 1000005000000)
@example(120000000)     # 一亿二千万 (was refused)
@example(40006000)      # 四千万零六千 (was refused)
@example(10 ** 12)      # 一万亿: stacked scales
def test_an2cn_integers_round_trip(n):
    text = cn2an.an2cn(n)
    claims = _claims(f"全县共有{text}户")
    assert [(c.value, c.unit, c.text) for c in claims] == [(Decimal(n), "户", f"{text}户")]


@_FAST
@given(st.decimals(min_value=0, max_value=10 ** 8, places=3, allow_nan=False, allow_infinity=False))
@example(Decimal("0.5"))      # 零点五
@example(Decimal("10.05"))    # 十点零五
@example(Decimal("2000.0"))   # 两千点零 (was refused)
def test_an2cn_decimals_round_trip(x):
    if x == 1:
        return  # 一户 reads as the article 一 (一户人家), by design
    text = cn2an.an2cn(format(x, "f"))
    claims = _claims(f"全县共有{text}户")
    assert [(c.value, c.unit) for c in claims] == [(x, "户")]


# (b) scale words multiply exactly ------------------------------------------------------------

_amounts = st.decimals(min_value=0, max_value=10 ** 7, places=4, allow_nan=False, allow_infinity=False)


@_FAST
@given(_amounts)
@example(Decimal("14.56"))
@example(Decimal("2020"))     # a year-like number with a scale is an amount, not a year
def test_wan_yuan_is_the_value(x):
    (claim,) = _claims(f"投入资金{x:f}万元")
    assert (claim.value, claim.unit) == (x, "万元")


@_FAST
@given(_amounts)
@example(Decimal("3.8"))
def test_yi_yuan_is_ten_thousand_wan_yuan(x):
    (claim,) = _claims(f"投入资金{x:f}亿元")
    assert (claim.value, claim.unit) == (x * 10000, "万元")


# (c) normalise never raises and its offset map is valid ---------------------------------------

def _assert_offset_map(original: str) -> None:
    norm = normalise(original)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    previous = 0
    for i in range(len(norm.text)):
        s, e = norm.starts[i], norm.ends[i]
        assert 0 <= s < e <= len(original)
        assert s >= previous  # ordered: the map never goes backwards
        previous = s
    for a in range(len(norm.text)):
        for b in range(a, min(len(norm.text), a + 6) + 1):
            s, e = norm.span(a, b)
            assert 0 <= s <= e <= len(original)


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("國(guó)家")             # pinyin removed
@example("１２３４㎡")              # full-width digits, ㎡ expanded to three characters
@example("。。，，")                # doubled punctuation collapsed
@example("①5个")                   # circled digit kept as it is
def test_normalise_never_raises_and_maps_offsets(original):
    _assert_offset_map(original)


# (d), (e) the whole audit on report-like noise -----------------------------------------------

_FRAGMENTS = [
    *"0123456789", "１", "２", "０", ".", ",", "，", "。", "、", "；", ":", " ", "\n", "\t", "-", "~", "—",
    *"零〇一二两三四五六七八九十百千万亿点", "萬", "億", "兩", "點",
    "元", "万元", "亿元", "億元", "户", "戶", "人", "人次", "人(次)", "名", "口", "亩", "公顷", "平方米", "㎡",
    "兆瓦", "MW", "kW", "千瓦", "公斤", "吨", "公里", "个", "项", "%", "％", "‰", "个百分点", "百分之",
    "多", "余", "近", "约", "超过", "不超过", "不低于", "以上", "以下", "左右", "每户", "户均", "人均", "/人",
    "第", "年", "月", "日", "至", "到", "其中", "共计", "剩余", "全县", "贫困", "國", "縣",
    "(guó)", "(xiàn)", "(wàn)", "(rén)", "?cè)", "丝?", "\ufffd", "“", "”", "〔", "〕", "号", "①", "½",
    "G", "A", "X", "+", "电话", "(", ")",
]
_report_noise = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)


#: numeral characters a claim's number gives in their simplified form (3萬5千 → 3万5千)
_SIMPLIFIED_NUMERALS = str.maketrans("萬億兩", "万亿两")


def _digits_of(original_slice: str) -> str:
    return unicodedata.normalize("NFKC", PINYIN.sub("", original_slice)).translate(_SIMPLIFIED_NUMERALS)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_report_noise)
@example("總(zǒng)人(rén)口(kǒu)14.56萬(wàn)人(rén)")
@example("總?cè)丝?4.56萬(wàn)人")       # the digit-eating mojibake
@example("１(yī)２户")                     # pinyin between two digits
@example("①5个村")                         # was read as 15个
@example("½亩")                            # was read as 1 and as 2亩
@example("3-10万元至")
@example("-0")                              # a sign belongs to the figure, not to its digits
@example("0萬0千瓦")                        # the number gives 萬 as 万
def test_audit_never_raises_and_offsets_index_the_original(original):
    result = audit_text(original)
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(original)
        assert claim.text == original[claim.start:claim.end]
        ns = claim.number_span
        assert claim.start <= ns.start < ns.end <= claim.end
        if claim.number[0].isdigit():
            assert claim.number in _digits_of(original[claim.start:claim.end])
            assert _digits_of(original[ns.start:ns.end]) == claim.number
    for skipped in result.skipped:
        assert 0 <= skipped.start <= skipped.end <= len(original)
        assert skipped.text == original[skipped.start:skipped.end]
        assert skipped.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
@example("\x00\x01")
def test_audit_never_raises_on_any_text(original):
    result = audit_text(original)
    for claim in result.claims:
        assert claim.text == original[claim.start:claim.end]
