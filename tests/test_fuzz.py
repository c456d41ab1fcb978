"""Robustness properties of the whole audit on report-shaped and arbitrary text (hypothesis).

Text is built from the pieces reports are made of — Arabic numbers (decimals, thousands commas,
full-width digits, signs), Chinese numerals (cn2an.an2cn output, 两, 〇, 零), scale words, units
and counters, hedges, cue words, punctuation (doubled and full-width), pinyin annotations,
mojibake fragments, tabs and newlines (flattened tables), traditional characters, emoji,
combining marks — mixed with arbitrary Unicode (no surrogates: a Python ``str`` read from a file
never holds one). For every input:

- ``audit_text`` returns (never raises);
- every claim's ``text`` is ``input[start:end]``, its number span lies inside it and holds its
  digits; its sentence and clause spans and its line index the input; its value is finite;
- every skipped token's span indexes the input and has a reason;
- every finding names claims that exist, and its spans are theirs; no failure names a claim of
  low confidence (a figure next to garbled text);
- the JSON renderer's output is strict JSON (no NaN or Infinity) and validates against
  :class:`auditor.models.AuditResult`, giving back the same claims; the writer the command uses
  (one item at a time) writes exactly the same text.

Every failure hypothesis found is pinned below with ``@example`` and a comment saying what it was.
"""

from __future__ import annotations

import io
import json
import math
import unicodedata
from decimal import Decimal

import cn2an
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor import AuditResult, audit_text
from auditor.normalise import PINYIN
from reports import RENDERERS, WRITERS

_FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FULL_WIDTH = str.maketrans("0123456789.,-%", "０１２３４５６７８９．，－％")


# --- pieces ------------------------------------------------------------------------------------

@st.composite
def arabic(draw) -> str:
    """14109, 14.56, 1,234,567.8, ７８９, -3.2, +5, 0.0, 007, 400 digits."""
    n = draw(st.one_of(st.integers(0, 10 ** 6), st.integers(0, 10 ** 18), st.integers(0, 10 ** 400)))
    s = draw(st.sampled_from([f"{n}", f"{n:,}", f"{n:,}".replace(",", "，")]))
    if draw(st.booleans()):
        s += "." + draw(st.from_regex(r"[0-9]{1,6}", fullmatch=True))
    if draw(st.integers(0, 5)) == 0:
        s = "0" * draw(st.integers(1, 3)) + s
    s = draw(st.sampled_from(["", "", "", "-", "+", "负", "−"])) + s
    if draw(st.integers(0, 3)) == 0:
        s = s.translate(_FULL_WIDTH)
    return s


@st.composite
def chinese(draw) -> str:
    """an2cn integers and decimals, with 两 for 二 at the head, 〇 digit strings, 零, 百分之…."""
    kind = draw(st.integers(0, 4))
    if kind == 0:
        s = cn2an.an2cn(draw(st.integers(0, 10 ** 16 - 1)))  # an2cn writes at most 16 digits
    elif kind == 1:
        x = draw(st.decimals(0, 10 ** 9, places=draw(st.integers(1, 3)), allow_nan=False, allow_infinity=False))
        s = cn2an.an2cn(format(x, "f"))
    elif kind == 2:
        s = "".join(draw(st.lists(st.sampled_from("〇零一二三四五六七八九"), min_size=1, max_size=5)))
    elif kind == 3:
        s = draw(st.sampled_from(["零", "两", "两千", "两万三千", "十", "百", "千", "万", "亿", "一万三",
                                  "十四五", "二〇二〇", "一亿零五百万", "十九点六", "三千八百万"]))
    else:
        s = "百分之" + cn2an.an2cn(draw(st.integers(0, 100)))
    if s.startswith("二") and draw(st.booleans()):
        s = "两" + s[1:]
    return s


SCALES = ["", "", "", "万", "亿", "万亿", "千万", "百万", "萬", "億"]
UNITS = ["户", "人", "人次", "人(次)", "亩", "万亩", "元", "万元", "亿元", "兆瓦", "千瓦", "MW", "%", "％", "‰",
         "个百分点", "个", "座", "公里", "吨", "平方米", "㎡", "年", "月", "日", "倍", "名", "项", "戶", "畝",
         "/人", "元/人", "元/亩", ""]
HEDGES = ["近", "多", "余", "以上", "左右", "约", "超过", "不足", "不低于", "以下", "将近", "逾"]
CUES = ["其中", "共计", "累计", "剩余", "占", "每户", "人均", "户均", "全县", "建档立卡贫困人口", "贫困发生率",
        "从", "下降到", "提高到", "分别为", "合计", "第", "截至", "年底", "排名第", "较上年增长", "比重",
        "超额完成", "目标", "计划"]
PUNCT = ["，", "。", "、", "；", "：", ",", ".", ";", ":", "!", "?", "，，", "。。", "、、", "（", "）", "(", ")",
         "“", "”", "《", "》", "-", "~", "—", "至", "到", "+", "/", "·", "〔", "〕", "号", " ", "\u3000"]
PINYIN_BITS = ["(guó)", "(xiàn)", "(wàn)", "(rén)", "(hù)", "（yī）", "(zǒng)"]
MOJIBAKE = ["?cè)丝?", "?qū)W", "cè)", "lián)", "?lián)?", "??", "?A", "\ufffd", "\ufffd\ufffd"]
LAYOUT = ["\t", "\n", "\r\n", "\t\t", "\n\n", "合计\t", "\t小计\t", "项目\t户数（户）\t资金（万元）\n"]
TRADITIONAL = ["總", "縣", "萬", "億", "兩", "點", "貧", "個", "戶", "國", "鄉", "鎮", "餘", "實現"]
ODD = ["😀", "🇨🇳", "👍🏽", "\u0301", "\u0308", "1\u20e3", "\u200b", "\u200d", "\ufeff", "①", "⑴", "½", "²",
       "㏠", "㍘", "㈠", "٣", "०", "𝟙", "Ⅻ", "∞", "NaN", "inf", "Infinity", "9e999", "1e309", "1.5e10"]

piece = st.one_of(
    arabic(), chinese(),
    st.sampled_from(SCALES), st.sampled_from(UNITS), st.sampled_from(HEDGES), st.sampled_from(CUES),
    st.sampled_from(PUNCT), st.sampled_from(PINYIN_BITS), st.sampled_from(MOJIBAKE), st.sampled_from(LAYOUT),
    st.sampled_from(TRADITIONAL), st.sampled_from(ODD),
    st.text(max_size=4),  # arbitrary Unicode, surrogates excluded
)

#: a figure as reports write it: [cue][hedge]number[scale][hedge][unit][hedge]
figure = st.builds(lambda cue, pre, num, scale, more, unit, post: cue + pre + num + scale + more + unit + post,
                   st.sampled_from(["", *CUES]), st.sampled_from(["", "", "近", "约", "超过"]),
                   st.one_of(arabic(), chinese()), st.sampled_from(SCALES), st.sampled_from(["", "", "多", "余"]),
                   st.sampled_from(UNITS), st.sampled_from(["", "", "", "以上", "左右", "，", "。", "、"]))

report_text = st.lists(st.one_of(figure, piece), max_size=30).map("".join)


# --- the properties ----------------------------------------------------------------------------

def _digits(original_slice: str) -> str:
    return unicodedata.normalize("NFKC", PINYIN.sub("", original_slice))


def _reject_constant(name: str):
    raise AssertionError(f"JSON holds {name}, which is not JSON")


def assert_sound(text: str) -> AuditResult:
    """Run the audit and check every property in the module docstring; return the result."""
    result = audit_text(text)
    n = len(text)
    assert result.characters == n
    ids = set()
    for c in result.claims:
        assert c.id not in ids
        ids.add(c.id)
        assert 0 <= c.start < c.end <= n, c
        assert text[c.start:c.end] == c.text
        ns = c.number_span
        assert c.start <= ns.start < ns.end <= c.end, c
        if c.number[0].isdigit():
            assert c.number in _digits(c.text), c
        for span in (c.sentence, c.clause):
            assert 0 <= span.start <= span.end <= n, c
        assert span.start <= c.start
        assert c.line == text.count("\n", 0, c.start) + 1
        assert c.value.is_finite(), c
        for bound in (c.interval.low, c.interval.high, c.loose_interval.low, c.loose_interval.high):
            assert bound is None or bound.is_finite(), c
        assert 0 <= c.confidence <= 1
    for s in result.skipped:
        assert 0 <= s.start <= s.end <= n, s
        assert text[s.start:s.end] == s.text
        assert s.reason.strip()
    by_id = {c.id: c for c in result.claims}
    for f in result.findings:
        assert f.claims and all(i in by_id for i in f.claims), f
        assert [(s.start, s.end) for s in f.spans] == [(by_id[i].start, by_id[i].end) for i in f.claims]
        if f.status == "fail":  # a figure next to garbled text never carries a failure
            assert all(by_id[i].confidence >= 0.5 for i in f.claims), f

    for fmt in ("json", "jsonl"):
        out = RENDERERS[fmt](result, text)
        streamed = io.StringIO()
        WRITERS[fmt](result, text, streamed)
        assert streamed.getvalue() == out  # the command writes piece by piece exactly what render returns
        data = json.loads(out, parse_constant=_reject_constant)
        assert data["summary"]["claims"] == len(result.claims)
        back = AuditResult.model_validate_json(out)
        assert [(c.id, c.start, c.end, c.text, c.unit) for c in back.claims] == \
               [(c.id, c.start, c.end, c.text, c.unit) for c in result.claims]
        for b, c in zip(back.claims, result.claims):
            assert math.isclose(b.value, c.value, rel_tol=1e-12), (b.value, c.value)
        assert back.skipped == result.skipped
        assert [(f.code, f.status, f.claims) for f in back.findings] == \
               [(f.code, f.status, f.claims) for f in result.findings]
    return result


@_FAST
@given(report_text)
@example("全县建档立卡贫困户14109户40779人，累计减贫13899户40284人，剩余贫困人口210户495人。")
@example("總?cè)丝?4.56萬(wàn)人")                # the digit-eating mojibake
@example("合计\t58\t3260\n道路\t21\t1450\n饮水\t37\t1710\n")  # a flattened table
@example("２" * 400)  # found: 400 digits became a claim whose JSON value was null (float overflow)
@example("年末常住人口35万人以上。全年出生人口2864人，出生率为8.1‰。")  # found: a birth rate over an
# open-ended population (以上) multiplied its missing upper bound
@example("脱贫人口人均纯收入从2016年的3150元增加到超过2021年的0元，年均增长27.4%。")  # found: a level of
# 0 (−0.5..0.5) was raised to a fractional power (decimal.InvalidOperation)
@example("第一产业增加值12.3亿元；第二产业增加值0亿元；第三产业增加值68.2亿元。三次产业结构为突破11.8:34.2多:54.0。")
# found: a bound (突破11.8) read as a sector's share had no upper end to take its last digit from
@example("年末全县常住人口0万人。全县医疗卫生机构实有床位2张，每千人口床位数3.14159张。")  # found: a ratio per
# thousand over a population of 0 had no upper end to widen for the mean population
def test_report_shaped_text_is_audited_soundly(text):
    assert_sound(text)


@_FAST
@given(st.lists(figure, min_size=1, max_size=12).map("，".join))
def test_runs_of_figures_are_audited_soundly(text):
    assert_sound(text)


@_FAST
@given(st.text(max_size=200))
@example("")
@example("\x00\x01\x02")
@example("\ufeff\u200b\u3000")
def test_arbitrary_unicode_is_audited_soundly(text):
    assert_sound(text)


@_FAST
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("Nd", "No", "Nl", "Lo", "P", "Zs", "So")),
               max_size=120))
def test_digits_of_every_script_are_audited_soundly(text):
    """Unicode digits other than ASCII and full-width (٣, ०, 𝟙), number letters (Ⅻ) and
    symbols that NFKC turns into digits (㏠ → 1日) must not break offsets either."""
    assert_sound(text)


# --- every renderer takes any text ------------------------------------------------------------

MARKUP = ["[/]", "[bold]", "[red]", "[link=x]", "\\[", "[", "]", "<script>", "&amp;", "{{", "{%", "\x1b[31m"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(figure, piece, st.sampled_from(MARKUP)), max_size=30).map("".join))
@example("全县贫困户[/]1200户，其中[red]脱贫户1300户。")  # found: rich read [/] in a claim's subject as markup (exit 70)
def test_every_renderer_takes_any_text(text):
    """The terminal report (with every finding and the claims table) and the HTML page render
    whatever the report holds: square brackets that look like rich markup, HTML, template braces."""
    from rich.console import Console

    result = audit_text(text)
    buf = io.StringIO()
    RENDERERS["terminal"](result, text, console=Console(file=buf, width=100, no_color=True), verbose=True,
                          show_claims=True)
    html = RENDERERS["html"](result, text)
    if "<script>" in text:
        assert "<script>" not in html  # escaped: the page runs no script, whatever the report says


# --- numbers no report states: skipped with a reason, or a claim with its exact value ----------

def row(text, reason=None, value=None, id=None):
    """``reason``: a word of the skip reason (no claim may be made); ``value``: the exact claim."""
    return pytest.param(text, reason, value, id=id or text[:40])


EXTREMES = [
    row("全县共有" + "1" * 400 + "户。", "400 digits", id="400 digits"),
    row("２" * 400, "400 digits", id="400 full-width digits"),  # was a claim whose JSON value was null
    row("共有" + "1" * 16 + "户", "16 digits", id="16 digits: an ID or account number"),
    row("0." + "0" * 400 + "1亩", "402 digits", id="400 decimal places"),
    row("一" + "〇" * 30 + "户", "31 digits", id="a 31-digit Chinese digit string"),
    row("九" + "亿" * 40 + "户", "10^320", id="stacked scale words (10^320, JSON null as a float)"),
    row("投入资金99999999999999万亿元", "10^25", id="15 digits times 万亿"),
    row("9e999户", "scientific", id="9e999"),
    row("数值为1e309元", "scientific", id="1e309 (beyond a float)"),
    row("9e+999户", "scientific", id="9e+999 (was the claim 999户)"),
    row("资金1.5E+10元", "scientific", id="1.5E+10 (was the claim 10元)"),
    row("1e-5亩", "scientific", id="1e-5 (was the claim 5亩)"),
    row("共有NaN户", id="NaN: no digits, nothing to skip"),
    row("nan%"), row("inf户"), row("增长-inf%"), row("Infinity元"), row("∞户"), row("无穷大"),
    row("共计999999999999999元", value=Decimal("99999999999.9999"), id="15 digits: a claim, exact"),
    row("投入1.23456789012345亿元", value=Decimal("12345.6789012345"), id="15 digits with a decimal point"),
    row("共有0.0000000000001亩", value=Decimal("1E-13"), id="13 decimal places: a claim, exact"),
]


@pytest.mark.parametrize("text, reason, value", EXTREMES)
def test_numbers_no_report_states(text, reason, value):
    result = assert_sound(text)
    if value is None:
        assert result.claims == [], [(c.text, c.value) for c in result.claims]
        if reason:
            assert any(reason.lower() in s.reason.lower() for s in result.skipped), result.skipped
            covered = [s for s in result.skipped if reason.lower() in s.reason.lower()]
            assert all(text[s.start:s.end] == s.text for s in covered)
        else:
            assert result.skipped == []
    else:
        (claim,) = result.claims
        assert claim.value == value
        # the JSON number carries the exact value (at most 15 significant digits)
        (data,) = json.loads(RENDERERS["json"](result, text))["claims"]
        assert Decimal(repr(data["value"])) == value


@_FAST
@given(st.integers(16, 2000), st.sampled_from(UNITS), st.sampled_from(SCALES))
def test_long_digit_runs_are_skipped_not_claimed(length, unit, scale):
    digits = "9" * length
    result = assert_sound(f"全县共有{digits}{scale}{unit}。")
    assert all(c.number != digits for c in result.claims)
    assert any(s.text.startswith(digits) and "digits" in s.reason for s in result.skipped), result.skipped
