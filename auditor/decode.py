"""From a path or bytes to text: encoding detection and the input errors a user can meet."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from .errors import (EXIT_BINARY, EXIT_EMPTY, EXIT_ENCODING, EXIT_NOT_FOUND, EXIT_TOO_LARGE,
                     EXIT_UNREADABLE, EXIT_USAGE, InputError)

#: Reports larger than this are refused rather than read into memory.
MAX_BYTES = 128 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document (extract its text first)",
    b"PK\x03\x04": "a ZIP archive or Office document (save it as text first)",
    b"\xd0\xcf\x11\xe0": "an old Office document (save it as text first)",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}

# Characters common in Chinese official prose, in simplified and traditional form; used only to
# arbitrate between GB18030 and Big5 when both decode without error.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
              "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
              "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
              "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已"
              "通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将"
              "组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热"
              "领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带"
              "安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步"
              "群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备"
              "半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院"
              "查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍個們這為"
              "與來說時對會發國過後還種麼當從頭經體點動實學現問開關機產義將處進總應區議書長門業萬億貧縣鄉鎮戶")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: what the reader must know about the decoding (lines in another encoding, bytes replaced)
    notes: tuple[str, ...] = ()


def read_report(path: str, encoding: str | None = None) -> Decoded:
    """Read a report file; every failure is an :class:`InputError` with its own exit code."""
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file", EXIT_NOT_FOUND)
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a report file", EXIT_UNREADABLE)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size / 1048576:.0f} MB is larger than the "
                             f"{MAX_BYTES // 1048576} MB this tool reads", EXIT_TOO_LARGE)
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}", EXIT_UNREADABLE) from None
    try:
        return decode_bytes(data, encoding)
    except InputError as exc:
        raise InputError(f"{path}: {exc}", exc.exit_code) from None


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode report bytes: BOMs, strict UTF-8, GB18030, Big5, then charset-normalizer."""
    if not data:
        raise InputError("empty file", EXIT_EMPTY)
    if len(data) > MAX_BYTES:
        raise InputError(f"larger than the {MAX_BYTES // 1048576} MB this tool reads", EXIT_TOO_LARGE)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"not a text report: looks like {what}", EXIT_BINARY)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", EXIT_USAGE) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}", EXIT_ENCODING) from None
        return _checked(Decoded(text.lstrip("\ufeff"), encoding))
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _checked(Decoded(data[3:].decode("utf-8"), "utf-8-sig"))
        except UnicodeDecodeError:
            mixed = _by_lines(data[3:])
            if mixed is None:
                return _checked(_strict(data[3:], "utf-8", "utf-8-sig"))
            return _checked(mixed)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16", "utf-16"))
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("not a text report: contains NUL bytes (binary data)", EXIT_BINARY)
    if _control_bytes(data[:65536]) > max(8, min(len(data), 65536) // 20):
        # text in any encoding tried here has next to no C0 control bytes; random data has 1 in 10
        raise InputError("not a text report: too many control bytes (binary data?)", EXIT_BINARY)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append(Decoded(data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 2:
        candidates.sort(key=lambda d: -_common_share(d.text))
    if candidates and not _has_utf8_lines(data):
        return _checked(candidates[0])
    # a short UTF-8 line may also be valid GB18030 (as mojibake): a file with UTF-8 lines in it
    # is read line by line even when it decodes whole in a legacy encoding
    mixed = _by_lines(data)
    if mixed is not None:
        return _checked(mixed)
    if candidates:
        return _checked(candidates[0])
    return _checked(_by_detector(data))


#: A mixed file is decoded line by line only while the bytes no encoding explains stay below
#: this share of the file; beyond it the file is more likely in an encoding not tried here.
MAX_DAMAGED_SHARE = 0.05


def _by_lines(data: bytes) -> Decoded | None:
    """A report that is not valid UTF-8 as a whole but has UTF-8 lines: mostly UTF-8 with a
    paragraph pasted from a GB18030 or Big5 file, or the reverse. Each line is decoded in the
    encoding it is valid in; a line that fits none (or mixes encodings itself) keeps its ASCII,
    digits included, and has its other bytes replaced with U+FFFD, which marks the figures next
    to them as untrustworthy. Nothing is guessed silently: the notes name the lines of each kind.
    ``None`` when the file has no UTF-8 line, or too many undecodable bytes, to be read so."""
    lines = data.split(b"\n")
    kinds: list[str] = []
    legacy: list[bytes] = []
    for line in lines:
        if line.isascii():
            kinds.append("ascii")
            continue
        try:
            line.decode("utf-8")
            kinds.append("utf-8")
        except UnicodeDecodeError:
            kinds.append("legacy")
            legacy.append(line)
    if "utf-8" not in kinds or "legacy" not in kinds:
        return None
    # one legacy encoding for all the other lines, chosen as for a whole file
    joined = b"\n".join(legacy)
    options = []
    for enc in ("gb18030", "big5"):
        try:
            options.append((enc, joined.decode(enc)))
        except UnicodeDecodeError:
            options.append((enc, None))
    valid = [(enc, t) for enc, t in options if t is not None]
    if len(valid) == 2:
        valid.sort(key=lambda o: -_common_share(o[1]))
    other = valid[0][0] if valid else max(("gb18030", "big5"), key=lambda e: _decodable_lines(legacy, e))
    text_lines: list[str] = []
    utf8_lines: list[int] = []
    other_lines: list[int] = []
    damaged_lines: list[int] = []
    damaged_bytes = 0
    for number, (line, kind) in enumerate(zip(lines, kinds), start=1):
        if kind != "legacy":
            text_lines.append(line.decode("utf-8"))
            if kind == "utf-8":
                utf8_lines.append(number)
            continue
        try:
            decoded = line.decode(other)
        except UnicodeDecodeError:
            decoded = None
        if decoded is not None and _reads_as_chinese(decoded) and not _holds_utf8_text(line):
            text_lines.append(decoded)
            other_lines.append(number)
            continue
        # valid in no encoding, or only as mojibake (a line that itself mixes encodings):
        # UTF-8's replacement never swallows an ASCII byte, so every digit survives
        decoded = line.decode("utf-8", errors="replace")
        text_lines.append(decoded)
        damaged_lines.append(number)
        damaged_bytes += len(line) - len(decoded.replace("\ufffd", "").encode("utf-8"))
    if damaged_bytes > MAX_DAMAGED_SHARE * len(data):
        return None
    utf8_bytes = sum(len(lines[n - 1]) for n in utf8_lines)
    other_bytes = sum(len(lines[n - 1]) for n in other_lines)
    notes = []
    if other_lines and utf8_bytes >= other_bytes:
        notes.append(f"the file mixes encodings: {_line_list(other_lines)} decoded as {other.upper()}, "
                     f"the rest as UTF-8")
    elif other_lines:
        notes.append(f"the file mixes encodings: {_line_list(utf8_lines)} decoded as UTF-8, "
                     f"the rest as {other.upper()}")
    if damaged_lines:
        notes.append(f"{_line_list(damaged_lines)} could not be decoded whole: {damaged_bytes} bytes replaced "
                     f"with U+FFFD; figures next to them are marked as garbled")
    if not other_lines:
        label = "utf-8"
    else:
        label = f"utf-8+{other}" if utf8_bytes >= other_bytes else f"{other}+utf-8"
    return Decoded("\n".join(text_lines), label, tuple(notes))


def _reads_as_chinese(line: str) -> bool:
    """Is a line decoded from a legacy encoding Chinese prose rather than mojibake? Lines of 8 CJK
    characters or more in the shared samples have at least 20% common characters; UTF-8 bytes
    read as GB18030 or Big5 have at most 13% (one Big5 line 25%). Shorter lines cannot tell."""
    cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    return cjk < 8 or _common_share(line) >= 0.2


def _has_utf8_lines(data: bytes) -> bool:
    """Does a file that is not valid UTF-8 as a whole have lines of UTF-8 Chinese? Of 5,335 lines
    and clauses of the shared samples written in GB18030 or Big5, 7 were valid UTF-8 (同时, 小),
    none with a common character: one is enough."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if any(c in _COMMON for c in decoded):
            return True
    return False


def _holds_utf8_text(line: bytes) -> bool:
    """Does a line that is not valid UTF-8 still hold UTF-8 Chinese (a line that itself mixes
    encodings)? Read as UTF-8, lines of the shared samples written in GB18030 or Big5 give at
    most two common characters; a UTF-8 phrase gives one per character."""
    return sum(c in _COMMON for c in line.decode("utf-8", errors="replace")) >= 3


def _decodable_lines(lines: list[bytes], encoding: str) -> int:
    count = 0
    for line in lines:
        try:
            line.decode(encoding)
            count += 1
        except UnicodeDecodeError:
            pass
    return count


def _line_list(numbers: list[int]) -> str:
    """1, 2, 3, 7 → "lines 1–3, 7" (at most ten ranges, then "…")."""
    ranges: list[list[int]] = []
    for n in numbers:
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    parts = [f"{a}" if a == b else f"{a}–{b}" for a, b in ranges[:10]]
    more = ", …" if len(ranges) > 10 else ""
    word = "line" if len(numbers) == 1 else "lines"
    return f"{word} {', '.join(parts)}{more}"


def _strict(data: bytes, codec: str, label: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), label)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {label} at byte {exc.start}", EXIT_ENCODING) from None


def _by_detector(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot tell the text encoding; pass --encoding", EXIT_ENCODING)
    return Decoded(str(best), best.encoding)


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def _control_bytes(data: bytes) -> int:
    """C0 control bytes other than whitespace and ESC (which ISO-2022 text uses)."""
    return len(data) - len(data.translate(None, _CONTROL))


def _common_share(text: str) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in _COMMON for c in cjk) / len(cjk)


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise InputError("contains only whitespace", EXIT_EMPTY)
    sample = text[:20000]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    if control > max(8, len(sample) // 20):
        raise InputError("not a text report: too many control characters (binary data?)", EXIT_BINARY)
    return decoded
