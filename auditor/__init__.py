"""Audit the arithmetic of numeric claims in Chinese government reports.

    from auditor import audit_text, audit_file
    result = audit_text("建档立卡贫困人口14109户40779人……")
    for claim in result.claims: ...
"""

from __future__ import annotations

__all__ = ["audit_text", "audit_file", "AuditResult", "Claim", "Finding", "Interval", "Quantity",
           "Skipped", "Span", "__version__"]
__version__ = "0.1.0"

_MODELS = {"AuditResult", "Claim", "Finding", "Interval", "Quantity", "Skipped", "Span"}


def __getattr__(name: str):
    # the pydantic models load on first use, so that ``audit --version`` and usage errors stay quick
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def audit_text(text: str, source: str = "<text>", encoding: str = "utf-8", notes=()) -> AuditResult:
    """Find the claims in ``text`` and run every check on them."""
    from .pipeline import run

    return run(text, source=source, encoding=encoding, notes=notes)


def audit_file(path: str, encoding: str | None = None) -> AuditResult:
    """Read a report file (detecting its encoding) and audit it; raises InputError on bad input."""
    from .decode import read_report

    decoded = read_report(path, encoding)
    return audit_text(decoded.text, source=path, encoding=decoded.encoding, notes=decoded.notes)
