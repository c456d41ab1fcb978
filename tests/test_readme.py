"""The README's promises: its table of checks is generated from the checks' docstrings and current,
and every check documents itself (what, why, a flagged and a passing example, tolerance)."""

from __future__ import annotations

import re
from pathlib import Path

from checks import REGISTRY, all_checks, load
from checks.doctable import BEGIN, END, sections, table

ROOT = Path(__file__).resolve().parents[1]


def test_readme_table_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(re.escape(BEGIN) + r"\n(.*?)\n" + re.escape(END), readme, re.S)
    assert m, "README lacks the checks table markers"
    assert m.group(1) == table(), "README checks table is stale: python -m checks.doctable --write"


def test_every_check_documents_itself():
    for module in all_checks():
        s = sections(module)
        for key in ("What it checks", "Why it matters", "Flagged", "Passing", "Tolerance"):
            assert s.get(key), f"{module.CODE} docstring lacks '{key}'"
        assert re.search(r"[\u4e00-\u9fff]", s["Flagged"]) and re.search(r"[\u4e00-\u9fff]", s["Passing"])


def test_registry_codes_unique_and_complete():
    names = [load(code).NAME for code in REGISTRY]
    assert len(set(names)) == len(names)
    for code in REGISTRY:
        assert load(code).CODE == code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", load(code).NAME), load(code).NAME
    modules = {p.stem for p in (ROOT / "checks").glob("*.py")} - {"__init__", "base", "doctable"}
    assert modules == set(REGISTRY.values()), "every check module is registered, and only those"


def test_quick_start_commands_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && audit --demo" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_line = 'pip install -e ".[test]" && python -m pytest'
    assert test_line in readme and test_line in ci
