"""Renderers: each takes an AuditResult (and the source text) and returns or writes output.

Chosen by ``--format`` from :data:`RENDERERS`, never an if/elif chain.
"""

from __future__ import annotations


def _json(result, text, console=None, **options):
    from .json_report import render

    return render(result, text, **options)


def _terminal(result, text, console=None, **options):
    from .terminal import render

    return render(result, text, console=console, **options)


RENDERERS = {"json": _json, "terminal": _terminal}
