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
#: Arabic digits with a chain of scale words: 5万4千6百, 12亿3400万 (before ARABIC in a regex).
MIXED = r"\d{1,4}[亿万千](?:零?\d{1,4}[亿万千百十])+"
#: A run of Chinese numeral characters containing at least one digit or 十.
CHINESE = rf"[{CN_CHARS}]*[{CN_DIGITS}十][{CN_CHARS}]*"

#: Scale words after a number, longest first.
SCALES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
          "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
          "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}
_SCALE_ORDER = sorted(SCALES, key=len, reverse=True)
_SCALE_FIRST = frozenset(scale[0] for scale in SCALES)
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


def parse_mixed(token: str) -> tuple[Decimal, Decimal, Decimal]:
    """Value, place and loose place of Arabic digits with a chain of scale words.

    5万4千6百 → (54600, 100, 100); 12亿3400万 → (1234000000, 10000, 10000). Each scale must be
    smaller than the one before and each group must fit below it (5万12千 is not a number).
    """
    groups = re.findall(r"零?(\d{1,4})([亿万千百十])", token)
    if "".join(f"{d}{s}" for d, s in groups) != token.replace("零", ""):
        raise NotANumber(token)
    value = Decimal(0)
    above: Decimal | None = None
    for digits, scale in groups:
        mult = SCALES.get(scale) or Decimal(_CN_SMALL_UNITS[scale])
        part = Decimal(digits) * mult
        if above is not None and (mult >= above or part >= above):
            raise NotANumber(token)
        value += part
        above = mult
    return value, above, above


def loose_place_of(token: str) -> Decimal:
    """Like :func:`place_of`, but an integer's trailing zeros may be rounding: 6300 → 100."""
    token = token.replace(",", "")
    if "." in token:
        return place_of(token)
    stripped = token.rstrip("0")
    if not stripped:  # "0"
        return Decimal(1)
    return Decimal(10) ** (len(token) - len(stripped))


#: the longest run of Chinese numeral characters read: a number of 16 digits takes 31 of them
#: (九千九百九十九万…九十九), and stacked scales (九亿亿亿…) are read to be refused as a magnitude no
#: report states. A longer run is no figure, and reading it section by section would recurse once
#: per 万 or 亿 in it, past Python's recursion limit.
MAX_CHINESE_LENGTH = 200


def parse_chinese(token: str) -> tuple[Decimal, Decimal, Decimal]:
    """Value, place and loose place of a Chinese numeral.

    三千八百万 → (38000000, 10000, 1000000): written exactly to the 万, but its trailing
    round positions may be rounding. Read positionally, section by section (亿, then 万, then
    千百十), so 一亿二千万, 一亿零五百万 and 四千万零六千 come out right; decimals before a scale
    word (十九点六万), stacked scales (万亿) and digit strings (二〇一九) are handled too.
    十四五, 一二三 and spoken shorthand that drops the last unit (一万三, 两千四百五: 13000 or
    10003?) raise :class:`NotANumber` rather than guess.
    """
    if not token or len(token) > MAX_CHINESE_LENGTH or not re.fullmatch(f"[{CN_CHARS}]+", token):
        raise NotANumber(token)
    if all(c in _CN_DIGIT_VALUE for c in token) and len(token) > 1:
        # 二〇一九 / 二零二零 are digit strings; 一二三 in prose is a list, not a number
        if not any(c in "〇零" for c in token[1:]) or token[0] in "零〇":
            raise NotANumber(token)
        return Decimal("".join(str(_CN_DIGIT_VALUE[c]) for c in token)), Decimal(1), Decimal(1)
    if "点" in token:
        whole, frac = token.split("点", 1)
        core = frac.rstrip("万亿")
        if not whole or not core or not all(c in _CN_DIGIT_VALUE and c != "两" for c in core):
            raise NotANumber(token)
        mult = _scale_of(frac[len(core):])
        if mult != 1 and any(c in "万亿" for c in whole):
            raise NotANumber(token)  # 一万点五万
        place = Decimal(1).scaleb(-len(core))
        value = _read_integer(whole, token) + Decimal("0." + "".join(str(_CN_DIGIT_VALUE[c]) for c in core))
        return value * mult, place * mult, place * mult
    core = token.rstrip("万亿")
    if not core:
        raise NotANumber(token)
    mult = _scale_of(token[len(core):])
    loose = Decimal(_CN_SMALL_UNITS.get(core[-1], 1)) if len(core) > 2 else Decimal(1)
    return _read_integer(token, token), mult, loose * mult


#: Up to this many numeral characters, cn2an and the section parser never disagree (cn2an
#: accepts what the parser reads, with the same value, or refuses it): tests/test_numbers.py
#: checks every such string. Most Chinese numerals in reports are this short (三, 五, 两, 十五),
#: and reading them without cn2an spares its import (0.3 s) at start-up.
CN2AN_FREE_LENGTH = 3


def _read_integer(text: str, token: str) -> Decimal:
    """A positional Chinese integer: cn2an converts what its strict mode accepts (with 两 as 二);
    what it refuses (四千万零六千, 两万三千 with 两 inside sections) goes to the section parser,
    which also rejects spoken shorthand (一万三) instead of guessing."""
    if len(text) <= CN2AN_FREE_LENGTH:
        return _integer(text, token)  # the same answer cn2an would give (see CN2AN_FREE_LENGTH)
    import cn2an  # a pure-Python converter, imported on the first long Chinese numeral

    try:
        value = Decimal(str(cn2an.cn2an(text.replace("两", "二").replace("〇", "零"), "strict")))
    except Exception:  # cn2an signals refusal with ValueError and friends
        return _integer(text, token)
    if value != _integer(text, token):
        raise NotANumber(token)  # two readings disagree: do not guess
    return value


def more_width(token: str) -> Decimal:
    """Width of the open interval of a Chinese numeral followed by 多/余: the unit of its last
    written position. 三十余 → 10 (30 to 40), 一百多 → 100, 十万多 → 10000, 一点五万多 → 1000."""
    _, place, _ = parse_chinese(token)
    core = token.rstrip("万亿")
    if "点" in token or core != token:
        return place
    return Decimal(_CN_SMALL_UNITS.get(core[-1], 1))


def _scale_of(scales: str) -> Decimal:
    """Multiplier of a run of trailing scale words: 万 → 10^4, 万亿 → 10^12, 亿亿 → 10^16."""
    mult = Decimal(1)
    for c in scales:
        mult *= SCALES[c]
    return mult


def _integer(text: str, token: str) -> Decimal:
    """A Chinese integer read positionally: split at the last 亿, then the last 万."""
    for scale in ("亿", "万"):
        i = text.rfind(scale)
        if i < 0:
            continue
        high, low = text[:i], text[i + 1:]
        if not high:
            raise NotANumber(token)
        if low and low[0] not in "零〇" and all(c in _CN_DIGIT_VALUE for c in low):
            raise NotANumber(token)  # 一万三, 五亿六: spoken shorthand, 13000 not 10003
        return _integer(high, token) * SCALES[scale] + (_integer(low, token) if low else 0)
    return Decimal(_section(text, token))


def _section(text: str, token: str) -> int:
    """A number below 10000 written with 千百十: 三千零五十, 十五, 零六千."""
    value = 0
    digit: int | None = None
    last_unit = 10 ** 4
    zero = False
    for c in text:
        if c in "零〇":
            if digit is not None:
                raise NotANumber(token)  # 五零: a digit string, not a positional number
            zero = True
        elif c in _CN_DIGIT_VALUE:
            if digit is not None:
                raise NotANumber(token)  # 十四五, 一二
            digit = _CN_DIGIT_VALUE[c]
        else:
            unit = _CN_SMALL_UNITS[c]
            if unit >= last_unit or (digit is None and c != "十"):
                raise NotANumber(token)  # 十百, 百三
            value += (1 if digit is None else digit) * unit
            last_unit, digit, zero = unit, None, False
    if digit is not None:
        if last_unit in (100, 1000) and not zero:
            raise NotANumber(token)  # 一百五, 两千四百五: 150 or 105?
        value += digit
    return value


def read_scale(text: str, pos: int) -> tuple[str, Decimal] | None:
    """Scale word at ``text[pos:]`` (万, 亿, 千万 ...), or None."""
    if text[pos:pos + 1] not in _SCALE_FIRST:
        return None
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
