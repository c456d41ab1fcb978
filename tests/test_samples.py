"""End to end on the real reports in ../shared/samples (skipped when the folder is absent).

The reports stay in the shared folder; nothing of them is copied into the project.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from support import ROOT, SHARED, shared_path

SAMPLES = SHARED / "samples"


def _samples():
    if not SAMPLES.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"samples not found: {SAMPLES}"))]
    return [pytest.param(p, id=p.name) for p in sorted(SAMPLES.glob("*.txt"))]


@pytest.mark.parametrize("path", _samples())
def test_sample_audits_and_offsets_index_the_original(path):
    from auditor import audit_file
    from auditor.decode import read_report

    text = read_report(str(path)).text
    result = audit_file(str(path))
    assert result.characters == len(text)
    assert result.claims, "every sample states figures"
    for claim in result.claims:
        assert claim.text == text[claim.start:claim.end], claim.id
        assert claim.start <= claim.number_span.start < claim.number_span.end <= claim.end
    for skipped in result.skipped:
        assert skipped.text == text[skipped.start:skipped.end]
        assert skipped.reason


def test_scorer_extraction():
    """The shared scorer, as a black box: figures found with the right value and unit."""
    evaluate = shared_path("eval", "evaluate.py")
    audit = shutil.which("audit")
    if audit is None:
        pytest.skip("the audit command is not installed")
    p = subprocess.run([sys.executable, str(evaluate), "--no-mutations", "--cmd", audit],
                       capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert p.returncode == 0, p.stderr[-2000:]
    m = re.search(r"^extraction\s+(\d+)/(\d+)", p.stdout, re.M)
    assert m, p.stdout
    found, total = int(m.group(1)), int(m.group(2))
    assert total > 0
    assert found / total >= 0.98, p.stdout
    assert re.search(r"errors=0\b", p.stdout), p.stdout
