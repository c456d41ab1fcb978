"""Helpers shared by the parsing-core tests (imported as a plain module: tests/ is on sys.path).

The shared materials (real reports, the scorer, the peer suite) live next to the project, at
``<project root>/../shared``; tests that read them skip when that folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: /work/shared when the project is /work/main; may be absent on another machine.
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under the shared folder, skipping the calling test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared materials not found: {path}")
    return path


def audit(text: str):
    """The public API on a string: ``audit(text).claims`` / ``.skipped``."""
    from auditor import audit_text

    return audit_text(text)
