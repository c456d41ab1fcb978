"""Bad input through the command line, and reports in the encodings they arrive in.

Every refusal is one line on stderr starting with ``audit:``, a distinct exit code, and never
a traceback. Most cases call ``auditor.cli.main`` in-process (fast); a few run the installed
``audit`` command to prove the same holds for a real process.
"""

from __future__ import annotations

import codecs
import json
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest

from auditor.cli import main

REPORT = "全县共有贫困户1200户，投入资金3.8亿元，贫困发生率降至0.3%。"
REPORT_TRADITIONAL = "全縣共有貧困戶1200戶，投入資金3.8億元，貧困發生率降至0.3%。"
EXPECTED = [(Decimal(1200), "户"), (Decimal(38000), "万元"), (Decimal("0.3"), "%")]

# a minimal PNG signature and header: what a screenshot saved as .txt starts with
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _run(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("audit:"), err
    assert "Traceback" not in err


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- refusals ----------------------------------------------------------------------------------

BAD_INPUTS = [
    # name, file bytes (None: no file is written), extra CLI arguments, expected exit code
    pytest.param("missing.txt", None, [], 3, id="missing path"),
    pytest.param("empty.txt", b"", [], 5, id="empty file"),
    pytest.param("blank.txt", b"  \n\t\r\n \xe3\x80\x80\n", [], 5, id="whitespace only (with an ideographic space)"),
    pytest.param("nul.txt", b"\x00\x01\x02binary\x00\x00" * 50, [], 6, id="NUL bytes"),
    pytest.param("shot.txt", PNG, [], 6, id="PNG renamed .txt"),
    pytest.param("report.txt", REPORT.encode(), ["--encoding", "no-such-codec"], 2, id="unknown encoding name"),
    pytest.param("report.txt", REPORT.encode("gb18030"), ["--encoding", "utf-8"], 7, id="invalid bytes for forced utf-8"),
    pytest.param("report.txt", REPORT.encode("utf-8"), ["--encoding", "ascii"], 7, id="invalid bytes for forced ascii"),
]


@pytest.mark.parametrize("name, data, extra, code", BAD_INPUTS)
def test_bad_input_is_one_line_and_an_exit_code(tmp_path, capsys, name, data, extra, code):
    path = str(tmp_path / name) if data is None else _file(tmp_path, name, data)
    got, out, err = _run(capsys, [path, *extra])
    assert got == code
    assert out == ""
    _assert_one_line_error(err)


def test_directory_is_not_a_report_file(tmp_path):
    """A directory given where one report is read: exit code 4 (unreadable)."""
    from auditor import audit_file
    from auditor.errors import EXIT_UNREADABLE, InputError

    with pytest.raises(InputError) as info:
        audit_file(str(tmp_path))
    assert info.value.exit_code == EXIT_UNREADABLE == 4
    assert "directory" in str(info.value) and "\n" not in str(info.value)


def test_empty_directory_on_the_command_line(tmp_path, capsys):
    """The command reads folders of reports too (batch mode), so a folder with no report in it
    is refused as usage: 2, "no report files found"."""
    code, out, err = _run(capsys, [str(tmp_path)])
    assert code == 2
    assert out == ""
    _assert_one_line_error(err)
    assert str(tmp_path) in err


def test_no_argument(capsys):
    code, out, err = _run(capsys, [])
    assert code == 2
    _assert_one_line_error(err)


def test_missing_path_names_the_path(tmp_path, capsys):
    path = str(tmp_path / "没有这个文件.txt")
    code, _, err = _run(capsys, [path])
    assert code == 3
    assert path in err


def test_real_process_prints_no_traceback(tmp_path):
    """The installed command, not just main(): exit code and a single stderr line."""
    audit = shutil.which("audit")
    if audit is None:
        pytest.skip("the audit command is not installed")
    png = _file(tmp_path, "shot.txt", PNG)
    p = subprocess.run([audit, png], capture_output=True, text=True, timeout=120)
    assert p.returncode == 6
    _assert_one_line_error(p.stderr)


# --- encodings ----------------------------------------------------------------------------------

def _claims_json(capsys, argv):
    code, out, err = _run(capsys, [*argv, "--format", "json"])
    assert code in (0, 1), err
    assert err == ""
    return json.loads(out)


def _values(data):
    return [(Decimal(str(c["value"])), c["unit"]) for c in data["claims"]]


ENCODED = [
    pytest.param(REPORT.encode("utf-8"), REPORT, "utf-8", id="utf-8"),
    pytest.param(REPORT.encode("gb18030"), REPORT, "gb18030", id="gb18030"),
    pytest.param(REPORT_TRADITIONAL.encode("big5"), REPORT_TRADITIONAL, "big5", id="big5"),
    pytest.param(codecs.BOM_UTF8 + REPORT.encode("utf-8"), REPORT, "utf-8-sig", id="utf-8 with BOM"),
    pytest.param(REPORT.encode("utf-16"), REPORT, "utf-16", id="utf-16 with BOM"),
    pytest.param(codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), REPORT, "utf-16", id="utf-16 big-endian"),
]


@pytest.mark.parametrize("data, text, encoding", ENCODED)
def test_encodings_are_detected(tmp_path, capsys, data, text, encoding):
    path = _file(tmp_path, "report.txt", data)
    result = _claims_json(capsys, [path])
    assert result["encoding"] == encoding
    assert _values(result) == EXPECTED
    # offsets index the decoded text (no BOM), whatever the bytes were
    for claim in result["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]


def test_gb18030_report_longer_than_the_sniffing_window(tmp_path, capsys):
    """Detection looks at the whole file, not the first bytes: a long GB18030 report decodes."""
    body = "各乡镇扎实推进产业发展工作。\n" * 2000 + REPORT
    path = _file(tmp_path, "long.txt", body.encode("gb18030"))
    result = _claims_json(capsys, [path])
    assert result["encoding"] == "gb18030"
    assert _values(result) == EXPECTED


@pytest.mark.parametrize("data, forced", [
    pytest.param(REPORT.encode("gbk"), "gbk", id="gbk forced"),
    pytest.param(REPORT_TRADITIONAL.encode("big5"), "big5", id="big5 forced"),
    pytest.param(REPORT.encode("utf-16-le"), "utf-16-le", id="utf-16-le without BOM forced"),
])
def test_encoding_override(tmp_path, capsys, data, forced):
    path = _file(tmp_path, "report.txt", data)
    result = _claims_json(capsys, [path, "--encoding", forced])
    assert result["encoding"] == forced
    assert _values(result) == EXPECTED


def test_encoding_override_wins_over_detection(tmp_path, capsys):
    """Bytes that are valid in two encodings read as the one the user names."""
    data = REPORT.encode("gb18030")
    path = _file(tmp_path, "report.txt", data)
    forced = _claims_json(capsys, [path, "--encoding", "latin-1"])
    assert forced["encoding"] == "latin-1"
    assert forced["characters"] == len(data)  # one character per byte: latin-1 was used
    detected = _claims_json(capsys, [path])
    assert detected["characters"] == len(REPORT)


def test_audit_file_api(tmp_path):
    from auditor import audit_file

    path = _file(tmp_path, "report.txt", REPORT_TRADITIONAL.encode("big5"))
    result = audit_file(path)
    assert result.encoding == "big5"
    assert [(c.value, c.unit) for c in result.claims] == EXPECTED


# --- the demo -----------------------------------------------------------------------------------

def test_demo_json_subprocess():
    audit = shutil.which("audit")
    argv = [audit] if audit else [sys.executable, "-m", "auditor"]
    p = subprocess.run([*argv, "--demo", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert p.returncode in (0, 1), p.stderr
    assert "Traceback" not in p.stderr
    data = json.loads(p.stdout)
    assert data["claims"], "the demo report has figures"
    from auditor.cli import example_path

    with open(example_path(), encoding="utf-8") as fh:
        text = fh.read()
    for claim in data["claims"]:
        assert {"id", "start", "end", "text", "value", "unit"} <= set(claim)
        assert text[claim["start"]:claim["end"]] == claim["text"]
    assert isinstance(data["findings"], list)
