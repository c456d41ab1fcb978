"""Renderers: each takes an AuditResult and the source text, and returns text or prints.

Chosen by ``--format`` from :data:`RENDERERS`, never an if/elif chain.
"""

from __future__ import annotations


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


def _write_json(result, text, out):
    from .json_report import write

    write(result, out, indent=1)


def _write_jsonl(result, text, out):
    from .json_report import write

    write(result, out, indent=None)


#: formats that can also be written piece by piece: writer(result, text, out) writes what the
#: renderer returns without building it whole (the command uses these for one large report)
WRITERS = {"json": _write_json, "jsonl": _write_jsonl}
