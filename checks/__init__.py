"""The checks: one module per relation, registered in one sorted table of code → check.

A check is a function ``check(claims, text) -> list[Finding]``; it never prints.
"""

from __future__ import annotations

from auditor.models import Claim, Finding

#: code → check module; kept sorted by code.
REGISTRY: dict[str, object] = {}


def run_checks(claims: list[Claim], norm) -> list[Finding]:
    findings: list[Finding] = []
    for code in sorted(REGISTRY):
        findings.extend(REGISTRY[code].check(claims, norm))
    return findings
