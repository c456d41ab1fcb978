"""Shared helpers for the parsing-core tests.

The shared materials (real reports, the scorer, the peer suite) live next to the project, at
``<project root>/../shared``; tests that read them skip when that folder is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

#: The project root on sys.path: tests/checks/ (fixture files, no __init__.py) would otherwise be
#: imported as a namespace package named ``checks`` when pytest runs as a console script, hiding
#: the real ``checks`` package (a regular package anywhere on sys.path wins over a namespace one).
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: /work/shared when the project is /work/main; may be absent on another machine.
SHARED = Path(__file__).resolve().parents[2] / "shared"


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
