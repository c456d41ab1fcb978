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
        return _checked(_strict(data[3:], "utf-8", "utf-8-sig"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16", "utf-16"))
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("not a text report: contains NUL bytes (binary data)", EXIT_BINARY)
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
    if candidates:
        return _checked(candidates[0])
    return _checked(_by_detector(data))


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
