"""No module of the package binds a top-level name twice.

The checks hold hundreds of module-level patterns; a second pattern given a name already taken
silently replaces the first, and every use of the first then reads the second (a tuple of pairs
became a pattern and a check crashed; a pattern for totals named 总… replaced one for 合计 and a
rule never fired). Each name is bound once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for d in ("auditor", "checks", "reports") for p in (ROOT / d).glob("*.py"))


def _bound_twice(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, second line) for each top-level name bound by two statements."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return twice


def test_the_rule_sees_a_name_bound_twice():
    assert _bound_twice("_A = 1\ndef f():\n    pass\n_A = 2\n") == [("_A", 1, 4)]
    assert _bound_twice("_A = 1\n_B = 2\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_top_level_name_bound_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
