"""The stages, in order: claims → checks → result. Pure: text in, result out."""

from __future__ import annotations

from .claims import extract
from .models import AuditResult


def run(text: str, source: str = "<text>", encoding: str = "utf-8", notes=()) -> AuditResult:
    claims, skipped, norm = extract(text)
    from checks import run_checks

    findings = run_checks(claims, norm)
    return AuditResult(source=source, encoding=encoding, characters=len(text), notes=list(notes), claims=claims,
                       findings=findings, skipped=skipped)
