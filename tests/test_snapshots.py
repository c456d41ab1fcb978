"""Snapshot tests for what people read: the terminal report at a fixed width without colour, and
the JSON, on example reports written for the project (tests/fixtures/reports/ and the shipped
example). Update deliberately with UPDATE_SNAPSHOTS=1 and read the diff before committing."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from auditor import audit_text
from auditor.cli import example_path
from reports import RENDERERS

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "snapshots"
REPORTS = sorted((HERE / "fixtures" / "reports").glob("*.txt")) + [Path(example_path())]


def _terminal(result, text: str, verbose: bool) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=100, no_color=True, color_system=None, force_terminal=False,
                      highlight=False, soft_wrap=False)
    RENDERERS["terminal"](result, text, console=console, verbose=verbose, show_claims=verbose)
    return buf.getvalue()


def _compare(name: str, actual: str):
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no snapshot {name}: run UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py"
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; UPDATE_SNAPSHOTS=1 to accept"


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_terminal_snapshot(report):
    text = report.read_text(encoding="utf-8")
    result = audit_text(text, source=report.name)
    _compare(f"{report.stem}.terminal.txt", _terminal(result, text, verbose=False))
    _compare(f"{report.stem}.verbose.txt", _terminal(result, text, verbose=True))


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_json_snapshot(report):
    text = report.read_text(encoding="utf-8")
    result = audit_text(text, source=report.name)
    _compare(f"{report.stem}.json", RENDERERS["json"](result, text) + "\n")
