"""The checks: one module per relation, registered in one sorted table of code → check.

Each module declares CODE, NAME (kebab-case, names the problem), SEVERITY and a docstring with
what it checks, why it matters, a flagged and a passing example and its tolerance rule, and a
function ``check(doc) -> list[Finding]``. Checks never print; renderers do.
"""

from __future__ import annotations

import importlib

from auditor.models import Claim, Finding, share_fields_sets

#: code → module name, sorted by code. Adding a check: copy a module, add one line here.
REGISTRY: dict[str, str] = {
    "C001": "balance",
    "C002": "subset",
    "C003": "breakdown_sum",
    "C004": "table_total",
    "C005": "product",
    "C006": "share",
    "C007": "rate_pair",
    "C008": "order",
    "C009": "direction",
    "C010": "target",
    "C011": "restated",
    "C012": "range_product",
    "C013": "plausibility",
}


def load(code: str):
    return importlib.import_module(f"checks.{REGISTRY[code]}")


def all_checks():
    return [load(code) for code in sorted(REGISTRY)]


def run_checks(claims: list[Claim], normalised) -> list[Finding]:
    from .base import Doc

    doc = Doc(claims, normalised)
    findings: list[Finding] = []
    for module in all_checks():
        findings.extend(module.check(doc))
    share_fields_sets(findings)
    return findings
