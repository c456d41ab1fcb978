"""Exit codes a script can use, and the terminal report's options."""

from __future__ import annotations

import pytest

from auditor.cli import main

BROKEN = "全县建档立卡贫困户12836户，累计脱贫12415户，剩余贫困户441户。\n"
CLEAN = "全县建档立卡贫困户12836户，累计脱贫12415户，剩余贫困户421户。\n"


@pytest.fixture
def report(tmp_path):
    def write(text):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        return str(p)
    return write


@pytest.mark.parametrize("text,fail_on,code", [
    (BROKEN, "fail", 1),      # a check failed
    (BROKEN, "never", 0),     # --fail-on never: always 0
    (CLEAN, "fail", 0),       # nothing failed
    (CLEAN, "warn", 0),       # nothing warned either
])
def test_exit_codes(report, capsys, text, fail_on, code):
    assert main([report(text), "--fail-on", fail_on, "--no-color"]) == code


def test_fail_on_warn_counts_warnings():
    import auditor.cli as cli

    assert cli._exit_for({"fail": 0, "warn": 2}, "warn") == 1
    assert cli._exit_for({"fail": 0, "warn": 2}, "fail") == 0
    assert cli._exit_for({"fail": 3, "warn": 0}, "never") == 0


def test_terminal_shows_computation_and_line(report, capsys):
    main([report(BROKEN), "--no-color", "--width", "100"])
    out = capsys.readouterr().out
    assert "FAIL" in out and "C001 remaining-mismatch" in out and "line 1" in out
    assert "12836 − 12415 = 421户, stated 441户 ✗" in out
    assert "\x1b[" not in out          # no colour codes with --no-color (nor when piped)


def test_verbose_and_claims(report, capsys):
    main([report(CLEAN), "--no-color", "--width", "120"])
    plain = capsys.readouterr().out
    assert "Passed checks" not in plain and "passing checks not shown" in plain
    main([report(CLEAN), "--no-color", "--width", "120", "-v", "--claims"])
    out = capsys.readouterr().out
    assert "Passed checks (3)" in out and "✓ C001" in out and "✓ C002" in out
    assert "Claims" in out and "12836户" in out and "12415户" in out
