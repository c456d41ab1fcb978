"""Renderers: each takes an AuditResult and the source text, and returns text or prints.

Chosen by ``--format`` from :data:`RENDERERS`, never an if/elif chain.
"""

from __future__ import annotations


def verdict(result) -> str:
    """The report's overall verdict: fail, warn, pass, or none (no relation checked)."""
    counts = result.counts()
    if counts["fail"]:
        return "fail"
    if counts["warn"]:
        return "warn"
    return "pass" if counts["pass"] else "none"


def _json(result, text, **options):
    from .json_report import render

    return render(result, text, **options)


def _jsonl(result, text, **options):
    from .json_report import render

    return render(result, text, indent=None)


def _html(result, text, **options):
    from .html import render

    return render(result, text, **options)


def _terminal(result, text, **options):
    from .terminal import render

    return render(result, text, **options)


#: format name → renderer(result, text, **options); terminal prints to options["console"], the rest return text
RENDERERS = {"terminal": _terminal, "json": _json, "jsonl": _jsonl, "html": _html}


def _json_to(result, text, stream, **options):
    from .json_report import write

    write(result, stream, indent=1)


def _jsonl_to(result, text, stream, **options):
    from .json_report import write

    write(result, stream, indent=None)


#: format name → writer(result, text, stream): the formats written piece by piece
WRITERS = {"json": _json_to, "jsonl": _jsonl_to}


def write(fmt: str, result, text: str, stream, **options) -> None:
    """Write what RENDERERS[fmt] returns to ``stream`` (in pieces, for the formats in WRITERS)."""
    if fmt in WRITERS:
        WRITERS[fmt](result, text, stream, **options)
    else:
        stream.write(RENDERERS[fmt](result, text, **options))
