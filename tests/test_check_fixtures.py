"""One runner for every check's fixture file (tests/checks/<code>.yml).

Each case is a short Chinese text, the expected status of the check on it (pass, fail, warn,
or none for "this check says nothing"), and optionally the figures the finding must reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditor import audit_text
from checks import REGISTRY

HERE = Path(__file__).parent / "checks"


def _cases():
    for path in sorted(HERE.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}")


def _referenced(result, finding):
    ids = set(finding.claims)
    return [c for c in result.claims if c.id in ids]


@pytest.mark.parametrize("code,case", list(_cases()))
def test_fixture(code, case):
    result = audit_text(case["text"])
    mine = [f for f in result.findings if f.code == code]
    figures = case.get("figures")
    if figures:
        mine = [f for f in mine if all(any(c.number == fig or c.text.startswith(fig) for c in _referenced(result, f))
                                       for fig in figures)]
    statuses = sorted({f.status for f in mine})
    if case["expect"] == "none":
        assert not mine, f"expected no {code} finding, got {[(f.status, f.computation) for f in mine]}"
    else:
        assert statuses == [case["expect"]], (
            f"expected {case['expect']}, got {statuses}: "
            f"{[(f.status, f.computation) for f in result.findings]}")


def test_every_check_has_fixtures():
    """At least 3 flagged and 3 passing cases per check."""
    for code in REGISTRY:
        path = HERE / f"{code}.yml"
        assert path.exists(), f"{code} has no fixture file"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        flagged = [c for c in cases if c["expect"] in ("fail", "warn")]
        passing = [c for c in cases if c["expect"] == "pass"]
        assert len(flagged) >= 3 and len(passing) >= 3, f"{code}: {len(flagged)} flagged, {len(passing)} passing"
