"""Nothing is lost: every number-like token of the input is a claim or is skipped with a reason.

What a number-like token is, defined here on the text as given and independently of the parser
(no pattern or word list is imported from ``auditor``):

1. every maximal run of ASCII digits ``0-9`` and full-width digits ``０-９`` (a comma or a point
   ends a run: 1,234.5 is three runs, each of which must be accounted for);
2. every maximal run of Chinese numeral characters ``〇零一二两兩三四五六七八九十百千万萬亿億``
   (with a decimal part: 点 followed by digits) that holds a digit or 十 and
   a. has two characters or more, one of them 十/百/千/万/亿 (三十, 一百, 十九大, 一万三), or
   b. stands directly before a counter or unit from :data:`UNITS` (三户, 两个, 五年, 一月).

Not number-like: a single numeral that is a word (一是, 十分, 三农, 两不愁), scale words alone
(千万不要, 百姓), financial numerals (壹, 伍 — also the 伍 of 队伍) and symbols that fold to
digits (①, ²). A pinyin annotation splits a run in the text as given (十(shí)五(wǔ)户): each
part is a token of its own.

A token is accounted for when it lies inside the span of a claim or of a ``skipped`` entry
(whose reason is never empty). The count must add up: tokens = in claims + in skipped.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor import audit_text
from auditor.cli import example_path
from reportgen import RELATIONS, generate
from support import ROOT, SHARED
from test_fuzz import report_text  # report-shaped pieces: numbers, units, cues, pinyin, mojibake

_DIGITS = re.compile(r"[0-9０-９]+")
_CN_DIGIT = "〇零一二两兩三四五六七八九"
_CN_MAGNITUDE = "十百千万萬亿億"
_CN_RUN = re.compile(rf"[{_CN_DIGIT}{_CN_MAGNITUDE}]+(?:点[{_CN_DIGIT}]+[万萬亿億]*)?")
#: counters and units a Chinese numeral counts (simplified and traditional), and 多/余 (三十余户)
UNITS = sorted(("户 戶 人 口 亩 畝 元 个 個 座 公里 名 项 項 家 所 条 條 处 處 吨 噸 千瓦 兆瓦 平方米 岁 歲 倍 次 批 "
                "套 间 間 栋 棟 台 辆 輛 头 頭 只 株 棵 斤 公斤 千克 米 公顷 頃 % ％ 个百分点 百分点 年 月 天 日 "
                "小时 周 多 余 餘").split(), key=len, reverse=True)


def number_like(text: str) -> list[tuple[int, int]]:
    """The spans of the number-like tokens of ``text`` (see the module docstring)."""
    tokens = [(m.start(), m.end()) for m in _DIGITS.finditer(text)]
    for m in _CN_RUN.finditer(text):
        run = m.group()
        if not any(c in _CN_DIGIT or c == "十" for c in run):
            continue
        if (len(run) >= 2 and any(c in _CN_MAGNITUDE for c in run)) or text.startswith(tuple(UNITS), m.end()):
            tokens.append((m.start(), m.end()))
    return sorted(tokens)


def account(text: str, result=None) -> tuple[int, int, list[str]]:
    """(tokens in claims, tokens in skipped, tokens lost with their context)."""
    result = result or audit_text(text)
    claims = [(c.start, c.end) for c in result.claims]
    skipped = [(s.start, s.end) for s in result.skipped if s.reason.strip()]
    in_claims = in_skipped = 0
    lost = []
    for a, b in number_like(text):
        if any(s <= a and b <= e for s, e in claims):
            in_claims += 1
        elif any(s <= a and b <= e for s, e in skipped):
            in_skipped += 1
        else:
            lost.append(f"{text[a:b]!r} in …{text[max(0, a - 10):b + 10]}…")
    return in_claims, in_skipped, lost


def assert_nothing_lost(text: str) -> None:
    tokens = number_like(text)
    in_claims, in_skipped, lost = account(text)
    assert not lost, f"{len(lost)} of {len(tokens)} number-like tokens lost: {lost}"
    assert in_claims + in_skipped == len(tokens)


# --- the definition itself ----------------------------------------------------------------------

@pytest.mark.parametrize("text, tokens", [
    ("贫困户1,234户", ["1", "234"]),
    ("１２３４户", ["１２３４"]),
    ("人均1.5万元", ["1", "5"]),
    ("三十余户", ["三十"]),
    ("十九点六万人", ["十九点六万"]),
    ("两个村", ["两"]),
    ("党的十九大", ["十九"]),
    ("一月二十七日", ["一", "二十七"]),
    ("一是加强领导，十分重要，千万不要，三农", []),
    ("驻村工作队伍", []),
    ("十(shí)五(wǔ)户", []),  # split by pinyin: 十 and 五 are single characters, before "("
])
def test_the_definition(text, tokens):
    assert [text[a:b] for a, b in number_like(text)] == tokens


# --- where the parser used to lose tokens -------------------------------------------------------

@pytest.mark.parametrize("text, token, reason", [
    ("深入贯彻党的十九大精神", "十九", "without a unit"),
    ("在省第十四届人民代表大会上", "十四", "ordinal"),
    ("二〇二六年一月二十七日", "二十七", "date"),
    ("二〇二六年一月二十七日", "一", "date"),
    ("坚持一周一通报", "一", "date or period"),
    ("集中打造“宁夏二十一景”", "二十一", "without a unit"),
    ("帮扶责任人按照一月入户2次的要求", "一", "date or period"),
])
def test_chinese_numerals_without_a_unit_are_skipped_with_a_reason(text, token, reason):
    """These read as numbers but count nothing stated; they were dropped without a trace."""
    result = audit_text(text)
    a = text.index(token)
    b = a + len(token)
    assert not [c for c in result.claims if c.start < b and a < c.end]
    hits = [s for s in result.skipped if s.start <= a and b <= s.end]
    assert hits and all(text[s.start:s.end] == s.text for s in hits)
    assert any(reason in s.reason for s in hits), [s.reason for s in hits]


# --- the count adds up ----------------------------------------------------------------------------

def _samples():
    folder = SHARED / "samples"
    if not folder.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"samples not found: {folder}"))]
    return [pytest.param(p, id=p.name) for p in sorted(folder.glob("*.txt"))]


@pytest.mark.parametrize("path", _samples())
def test_nothing_lost_in_the_shared_samples(path):
    from auditor.decode import read_report

    assert_nothing_lost(read_report(str(path)).text)


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt")) + [example_path()],
                         ids=lambda p: str(p).rsplit("/", 1)[-1])
def test_nothing_lost_in_the_project_reports(path):
    with open(path, encoding="utf-8") as fh:
        assert_nothing_lost(fh.read())


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10 ** 6), st.sampled_from((None, *RELATIONS)), st.booleans())
def test_nothing_lost_in_generated_reports(seed, broken, in_wan_mu):
    assert_nothing_lost(generate(seed, broken, in_wan_mu).text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_text)
@example("总?cè)丝?4.56萬(wàn)人，下?lián)?6萬元")  # digits next to mojibake: claims of low confidence
@example("截至二〇二〇年十二月底，全县三十余个村、两千四百五户")  # 十二 (a month) was lost
@example("零户一多户")  # 一 before 多 (一多半) was neither a claim nor skipped
def test_nothing_lost_in_report_shaped_text(text):
    assert_nothing_lost(text)
