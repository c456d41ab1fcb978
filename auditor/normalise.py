"""Normalise report text for matching while keeping a map back to the text as given.

Order matters (see PARSING-NOTES): pinyin removal → traditional-to-simplified → ㎡ → NFKC
(full-width → ASCII) → collapse doubled punctuation. Every character of the normalised text
remembers the span of original text it came from, so a figure found in the normalised text
is reported at its exact place in the original.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: Pinyin inserted after characters by some sites: a parenthesised Latin run with a tone mark.
PINYIN = re.compile(rf"[(（][a-zü]*[{_TONES}][a-zü]*[)）]")
#: Leftovers of an annotation inserted inside a two-byte character: the digit next to it may
#: have been swallowed (总?cè)丝?4.56万人 was 总人口14.56万人).
DAMAGE = re.compile(rf"\?[a-zü]*[{_TONES}][a-zü]*\)[^\s,，。、；;]?\??|\?\?|\?[A-Za-z;,]|\ufffd+")

_PUNCT_STRENGTH = {"。": 5, "!": 5, "?": 5, ";": 4, ":": 3, ",": 2, "、": 1}
_DOUBLED = re.compile(r"[。!?;:,、]{2,}")
#: ︰ (a ratio colon in 12.9︰41.8︰45.3) would become ".." under NFKC and glue two figures
_EXPAND = {"㎡": "平方米", "㎞": "公里", "㎏": "公斤", "㎥": "立方米", "％": "%", "﹪": "%", "︰": ":", "∶": ":"}


@dataclass
class Normalised:
    """Normalised text with, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)
    damage: list[tuple[int, int]] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_norm(self, orig_pos: int) -> int:
        """Normalised offset of the first normalised character at or after ``orig_pos``."""
        import bisect

        return bisect.bisect_left(self.starts, orig_pos)

    def near_damage(self, start: int, end: int, reach: int = 2) -> bool:
        """Does the original span [start, end) touch a mojibake fragment?"""
        for a, b in self.damage:
            if a - reach <= end and start <= b + reach:
                return True
        return False


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    if ch in _EXPAND:
        return _EXPAND[ch]
    if unicodedata.category(ch) == "No" and ch not in "¹²³":
        # ①, ⑴, ⒈, ½ are list markers and fractions, not digits: folded they would join the
        # next figure (①5个村 → 15个). Superscripts stay foldable for m², km², m³.
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded if folded else ch


def normalise(original: str) -> Normalised:
    """Normalise ``original``; never raises for any ``str``."""
    damage = [(m.start(), m.end()) for m in DAMAGE.finditer(original)]

    # 1. drop pinyin annotations
    kept: list[str] = []
    index = array("q")
    pos = 0
    for m in PINYIN.finditer(original):
        kept.append(original[pos:m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(original[pos:])
    index.extend(range(pos, len(original)))
    stripped = "".join(kept)

    # 2. traditional → simplified, one character for one character
    simplified = _to_simplified(stripped)

    # 3. fold full-width forms and expand ㎡; 4. collapse doubled punctuation
    out: list[str] = []
    starts = array("q")
    ends = array("q")
    for i, ch in enumerate(simplified):
        o = index[i]
        if ch.isascii():
            out.append(ch)
            starts.append(o)
            ends.append(o + 1)
            continue
        folded = _fold(ch)
        for f in folded:
            out.append(f)
            starts.append(o)
            ends.append(o + 1)
    text = "".join(out)
    if _DOUBLED.search(text):
        text, starts, ends = _collapse(text, starts, ends)
    return Normalised(original, text, starts, ends, damage)


def _to_simplified(text: str) -> str:
    if not text:
        return text
    try:
        converted = _t2s().convert(text)
    except Exception:  # the converter is a C extension: never let it take the audit down
        return text
    if len(converted) == len(text):
        return converted
    # a phrase rule changed the length: convert character by character instead
    conv = _t2s()
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)


def _collapse(text: str, starts: array, ends: array):
    out: list[str] = []
    new_starts = array("q")
    new_ends = array("q")
    pos = 0
    for m in _DOUBLED.finditer(text):
        a, b = m.start(), m.end()
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        run = m.group()
        out.append(max(run, key=lambda c: _PUNCT_STRENGTH[c]))
        new_starts.append(starts[a])
        new_ends.append(ends[b - 1])
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends
