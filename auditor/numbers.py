"""Numbers as written in Chinese reports: Arabic and Chinese numerals, scale words, precision.

Everything here works on one token and returns exact :class:`~decimal.Decimal` values; finding
tokens in text and deciding what they count is the job of :mod:`auditor.figures`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿点"

#: Arabic number: 14109, 14.56, 1,234,567.8
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
#: A run of Chinese numeral characters containing at least one digit or 十.
CHINESE = rf"[{CN_CHARS}]*[{CN_DIGITS}十][{CN_CHARS}]*"

#: Scale words after a number, longest first.
SCALES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
          "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
          "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}
_SCALE_ORDER = sorted(SCALES, key=len, reverse=True)
#: 千 before these characters is a unit prefix (千瓦, 千米, 千克, 千元, 千伏), not a scale.
_QIAN_UNIT = set("瓦米克元伏卡")

_CN_DIGIT_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


class NotANumber(ValueError):
    """The token looks numeric but has no single value (十四五, 一二三四)."""


def parse_arabic(token: str) -> Decimal:
    return Decimal(token.replace(",", ""))


def place_of(token: str) -> Decimal:
    """Unit of the last stated digit of an Arabic token: 14.56 → 0.01, 6300 → 1."""
    token = token.replace(",", "")
    if "." in token:
        return Decimal(1).scaleb(-len(token.split(".", 1)[1]))
    return Decimal(1)


def loose_place_of(token: str) -> Decimal:
    """Like :func:`place_of`, but an integer's trailing zeros may be rounding: 6300 → 100."""
    token = token.replace(",", "")
    if "." in token:
        return place_of(token)
    stripped = token.rstrip("0")
    if not stripped:  # "0"
        return Decimal(1)
    return Decimal(10) ** (len(token) - len(stripped))


def parse_chinese(token: str) -> tuple[Decimal, Decimal, Decimal]:
    """Value, place and loose place of a Chinese numeral.

    三千八百万 → (38000000, 10000, 1000000): written exactly to the 万, but its trailing
    round positions may be rounding. The positional core is read by cn2an; what its ``strict``
    mode refuses is handled here: 两, decimals before a scale word (十九点六万), stacked scales
    (万亿) and digit strings (二〇一九). 十四五 and 一二三 raise :class:`NotANumber`.
    """
    if not token or not re.fullmatch(f"[{CN_CHARS}]+", token):
        raise NotANumber(token)
    for scale in ("万亿", "亿", "万"):
        if token.endswith(scale) and len(token) > len(scale):
            value, place, loose = parse_chinese(token[: -len(scale)])
            mult = SCALES[scale]
            return value * mult, place * mult, loose * mult
    if all(c in _CN_DIGIT_VALUE for c in token) and len(token) > 1:
        # 二〇一九 / 二零二零 are digit strings; 一二三 in prose is a list, not a number
        if not any(c in "〇零" for c in token[1:]) or token[0] in "零〇":
            raise NotANumber(token)
        return Decimal("".join(str(_CN_DIGIT_VALUE[c]) for c in token)), Decimal(1), Decimal(1)
    import cn2an  # light: a pure-Python converter

    try:
        value = cn2an.cn2an(token.replace("两", "二").replace("〇", "零"), "strict")
    except Exception:  # cn2an raises ValueError and friends for anything it cannot read
        raise NotANumber(token) from None
    value = Decimal(str(value))
    if "点" in token:
        place = Decimal(1).scaleb(-len(token.split("点", 1)[1]))
        return value, place, place
    loose = Decimal(_CN_SMALL_UNITS.get(token[-1], 1)) if len(token) > 2 else Decimal(1)
    return value, Decimal(1), loose


def read_scale(text: str, pos: int) -> tuple[str, Decimal] | None:
    """Scale word at ``text[pos:]`` (万, 亿, 千万 ...), or None."""
    for scale in _SCALE_ORDER:
        if text.startswith(scale, pos):
            nxt = text[pos + len(scale): pos + len(scale) + 1]
            if scale == "千" and nxt in _QIAN_UNIT:
                return None
            if scale in ("十万", "百万", "千万", "百亿", "千亿") and nxt in _QIAN_UNIT:
                # 百万元 is fine as scale + 元; 千万千瓦 too: only plain 千 is ambiguous
                pass
            return scale, SCALES[scale]
    return None


def decimal_or_none(text: str) -> Decimal | None:
    try:
        with localcontext() as ctx:
            ctx.prec = 60
            value = Decimal(text)
        return value if value.is_finite() else None
    except (InvalidOperation, ValueError):
        return None
