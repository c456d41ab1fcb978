"""The stages, in order: claims → checks → result. Pure: text in, result out."""

from __future__ import annotations

import gc
import re
import threading
from contextlib import contextmanager

from .claims import extract
from .models import AuditResult, Claim, Finding, Skipped, Span

#: Texts longer than this are audited in sections of about this many characters, cut at the end
#: of a paragraph. The longest real reports (provincial government work reports) hold about 25,000
#: characters; a text twenty times that is a collection of reports, and each section is audited as
#: if it stood alone: relations between sections are not looked for, and a note says so. Time then
#: stays linear in the length of the text, and the memory of the work on one section is bounded.
SECTION_CHARS = 500_000

#: characters a cut may not fall after or before: a figure, its unit or scale, or a Latin word
_NUMBERISH = re.compile(r"[0-9０-９.．,，:%％‰点十百千万亿零〇一二三四五六七八九两A-Za-z]")


def run(text: str, source: str = "<text>", encoding: str = "utf-8", notes=()) -> AuditResult:
    notes = list(notes)
    with _cycle_collector_paused():
        cuts = sections(text)
        if len(cuts) == 1:
            claims, skipped, findings, long_sentences = _audit(text)
            notes += [_long_sentence_note(text, 0, *s) for s in long_sentences]
        else:
            claims, skipped, findings = [], [], []
            lines = tables = 0
            for start, end in cuts:
                part = _audit(text[start:end])
                tables = _shift(part[:3], start, lines, tables, claims, skipped, findings)
                notes += [_long_sentence_note(text, start, *s) for s in part[3]]
                lines += text.count("\n", start, end)
            notes.append(f"the text holds {len(text):,} characters, more than any single report: it was audited in "
                         f"{len(cuts)} sections of at most about {SECTION_CHARS:,} characters, cut at paragraph "
                         "ends, and relations between figures of different sections were not looked for")
        return AuditResult(source=source, encoding=encoding, characters=len(text), notes=notes,
                           claims=claims, findings=findings, skipped=skipped)


def _audit(text: str):
    claims, skipped, norm = extract(text)
    from checks import run_checks

    return claims, skipped, run_checks(claims, norm), norm.long_sentences


def _long_sentence_note(text: str, offset: int, start: int, characters: int, pieces: int) -> str:
    """The note on a sentence searched in pieces that starts at ``start`` of the section at
    ``offset`` of ``text``, naming its line in the whole text."""
    line = text.count("\n", 0, offset + start) + 1
    return (f"the sentence at line {line} holds {characters:,} characters: it was searched for relations in "
            f"{pieces} pieces cut at ；/，, and relations between figures of different pieces were not looked for")


def sections(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sections a text is audited in: the whole text when it is not longer
    than ``size``; else pieces of about ``size`` characters, each ending at a line end, or failing
    one within half a section, at a sentence end, or failing that between two characters that are
    no part of a figure."""
    size = size or SECTION_CHARS
    out = []
    start, n = 0, len(text)
    while n - start > size:
        end = _cut(text, start + size, min(n, start + size + size // 2))
        if end >= n:
            break
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    for marks in ("\n", "。!！?？;；"):
        for i in range(lo, hi):
            if text[i - 1] in marks:
                return i
    i = lo
    while i < hi and (_NUMBERISH.match(text[i - 1]) or _NUMBERISH.match(text[i])):
        i += 1
    return i


def _shift(part, offset: int, lines: int, tables: int, claims: list, skipped: list, findings: list) -> int:
    """Append a section's claims, skipped tokens and findings with their offsets, lines, claim ids
    and table numbers moved to where the section stands in the whole text (``tables`` tables
    before it); return the number of tables up to the section's end."""
    p_claims, p_skipped, p_findings = part
    ids = len(claims)
    end_tables = tables + 1 + max((c.table.table for c in p_claims if c.table is not None), default=-1)
    if offset == 0:
        claims += p_claims
        skipped += p_skipped
        findings += p_findings
        return end_tables

    def span(s: Span) -> Span:
        return Span(start=s.start + offset, end=s.end + offset)

    def ident(cid: str | None) -> str | None:
        return None if cid is None else f"c{int(cid[1:]) + ids}"

    for c in p_claims:
        update = dict(id=ident(c.id), start=c.start + offset, end=c.end + offset,
                      number_span=span(c.number_span), sentence=span(c.sentence), clause=span(c.clause),
                      line=c.line + lines, group=ident(c.group), range_with=ident(c.range_with))
        if c.table is not None:
            update["table"] = c.table.model_copy(update={"table": c.table.table + tables})
        claims.append(c.model_copy(update=update))
    skipped += [s.model_copy(update=dict(start=s.start + offset, end=s.end + offset)) for s in p_skipped]
    findings += [f.model_copy(update=dict(claims=[ident(i) for i in f.claims], spans=[span(s) for s in f.spans],
                                          line=None if f.line is None else f.line + lines))
                 for f in p_findings]
    return end_tables


_lock = threading.Lock()
_running = 0
_was_enabled = False


@contextmanager
def _cycle_collector_paused():
    """An audit allocates a few objects per character, none of them in reference cycles (a 0.4 MB
    report leaves no cyclic garbage), while the cyclic collector, run every 700 allocations,
    traverses the ever larger heap again and again: a fifth of the time of a large report. It is
    paused while any audit runs and set back as it was when the last one ends."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
