"""Normalise report text for matching while keeping a map back to the text as given.

Order matters (see PARSING-NOTES): pinyin removal → traditional-to-simplified → ㎡ → NFKC
(full-width → ASCII) → collapse doubled punctuation → the spaces of digits grouped by thousands
in a table cell. Every character of the normalised text
remembers the span of original text it came from, so a figure found in the normalised text
is reported at its exact place in the original.
"""

from __future__ import annotations

import bisect
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
    #: the original offset of each normalised character and the offset after it; None when
    #: ``identity`` (built on first use of ``starts`` / ``ends``)
    _starts: array | None = field(repr=False)
    _ends: array | None = field(repr=False)
    damage: list[tuple[int, int]] = field(default_factory=list)
    #: every normalised character is the original character at the same offset (no pinyin
    #: dropped, nothing expanded or collapsed): offsets map to themselves
    identity: bool = False
    #: the sentences too long to search whole (claims.LONG_SENTENCE): for each, its original
    #: offset, its length in characters and the number of pieces it was searched in
    long_sentences: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def starts(self) -> array:
        if self._starts is None:
            self._starts = array(_offset_type(len(self.text)), range(len(self.text)))
        return self._starts

    @property
    def ends(self) -> array:
        if self._ends is None:
            self._ends = array(_offset_type(len(self.text)), range(1, len(self.text) + 1))
        return self._ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        if self.identity and 0 <= start and end <= len(self.text):
            if end <= start:
                return (start, start) if start < len(self.text) else (len(self.original), len(self.original))
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_norm(self, orig_pos: int) -> int:
        """Normalised offset of the first normalised character at or after ``orig_pos``."""
        if self.identity:
            return min(max(orig_pos, 0), len(self.text))
        return bisect.bisect_left(self.starts, orig_pos)

    def near_damage(self, start: int, end: int, reach: int = 2) -> bool:
        """Does the original span [start, end) touch a mojibake fragment?"""
        # the fragments are in text order and do not overlap: the first that ends late enough
        # is the only one that can also start early enough
        i = bisect.bisect_left(self.damage, start - reach, key=lambda d: d[1])
        return i < len(self.damage) and self.damage[i][0] - reach <= end


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
    code = _offset_type(len(original))
    index = array(code)      # original offset of each kept character
    index_end = array(code)  # and the offset after it
    pos = 0
    for m in PINYIN.finditer(original):
        kept.append(original[pos:m.start()])
        index.extend(range(pos, m.start()))
        index_end.extend(range(pos + 1, m.start() + 1))
        pos = m.end()
    if pos == 0:
        stripped = original  # no pinyin: the offsets are built below only if anything moves
    else:
        kept.append(original[pos:])
        index.extend(range(pos, len(original)))
        index_end.extend(range(pos + 1, len(original) + 1))
        stripped = "".join(kept)

    # 2. traditional → simplified, one character for one character
    simplified = _to_simplified(stripped)

    # 3. fold full-width forms and expand ㎡ (a table over the distinct characters, applied at C
    # speed); 4. collapse doubled punctuation
    table = {}
    for ch in set(simplified):
        if not ch.isascii():
            folded = _fold(ch)
            if folded != ch:
                table[ord(ch)] = folded
    text = _translate(simplified, table)
    expanding = [chr(k) for k, v in table.items() if len(v) > 1]
    collapsed = _DOUBLED.search(text) is not None
    grouped = ("\t" in text or "|" in text) and _GROUPED_CELL.search(text) is not None \
        or " 0" in text and any(_zero_group(m) for m in _GROUPED_PROSE.finditer(text))
    identity = pos == 0 and not expanding and not collapsed and not grouped
    if identity:
        return Normalised(original, text, None, None, damage, identity=True)
    if pos == 0:
        index.extend(range(len(original)))  # the offsets move: build the map after all
        index_end.extend(range(1, len(original) + 1))
    if expanding:
        starts, ends = _expanded(simplified, index, expanding, table), _expanded(simplified, index_end, expanding, table)
    else:
        starts, ends = index, index_end
    if collapsed:
        text, starts, ends = _collapse(text, starts, ends)
    if grouped:
        text, starts, ends = _ungroup(text, starts, ends)
    return Normalised(original, text, starts, ends, damage)


#: 5. a table cell of digits grouped by thousands with spaces (\t10 536 205\t, | 10 536 205 |): one number, its
#: spaces dropped (in prose, 1 500个 stays ambiguous: see figures)
_GROUPED_CELL = re.compile(r"(?m)(?:(?<=\t)|(?<=\|)|(?<=\| ))\d{1,3}(?: \d{3})+(?:\.\d+)?(?=\t| ?\||\r?$)")


#: and in prose, digits grouped by thousands with spaces where a group opens with 0 (用户1 081.6万户):
#: no number is written 081.6, so the groups are one number (1 500个 stays ambiguous: see figures)
_GROUPED_PROSE = re.compile(r"(?<![\d. ])\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d])")


def _zero_group(m: re.Match) -> bool:
    return " 0" in m.group()


def _ungroup(text: str, starts: array, ends: array):
    runs = [m for m in _GROUPED_CELL.finditer(text)] if "\t" in text or "|" in text else []
    runs += [m for m in _GROUPED_PROSE.finditer(text) if _zero_group(m)]
    spaces = sorted({k for m in runs for k in range(m.start(), m.end()) if text[k] == " "})
    return _edit(text, starts, ends, ((k, k + 1, "") for k in spaces))


def _translate(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)``; a few characters (the usual full-width punctuation) are replaced
    one by one, several times faster than translate's lookup of every character. No value holds
    a key (a folded character does not fold again), so the order of the replacements is free."""
    if not table:
        return text
    if len(table) > 8:
        return text.translate(table)
    for key, value in table.items():
        text = text.replace(chr(key), value)
    return text


def _offset_type(length: int) -> str:
    """The array type for offsets up to ``length``: 4 bytes an offset where they fit (any report
    the command reads), 8 beyond."""
    return "i" if length < 2 ** 31 - 1 and array("i").itemsize == 4 else "q"


def _expanded(simplified: str, offsets: array, expanding: list[str], table: dict) -> array:
    """``offsets`` with the entry of a character that folds into several (㎡ → 平方米) repeated."""
    out = array(offsets.typecode)
    prev = 0
    for m in re.finditer("[" + re.escape("".join(expanding)) + "]", simplified):
        i = m.start()
        out.extend(offsets[prev:i])
        out.extend([offsets[i]] * len(table[ord(simplified[i])]))
        prev = i + 1
    out.extend(offsets[prev:])
    return out


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
    return _edit(text, starts, ends, ((m.start(), m.end(), max(m.group(), key=lambda c: _PUNCT_STRENGTH[c]))
                                      for m in _DOUBLED.finditer(text)))


def _edit(text: str, starts: array, ends: array, edits):
    """``text`` with each (a, b, replacement) of ``edits`` (in order, not overlapping) applied: the
    replacement, one character or none, stands for the original span of text[a:b]."""
    out: list[str] = []
    new_starts = array(starts.typecode)
    new_ends = array(ends.typecode)
    pos = 0
    for a, b, repl in edits:
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        if repl:
            out.append(repl)
            new_starts.append(starts[a])
            new_ends.append(ends[b - 1])
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends
