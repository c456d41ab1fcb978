"""Adversarial files through the real command, each in a fresh process whose peak memory is measured.

Every file gets either a correct result (exit 0 or 1, JSON that validates against the model,
claims whose offsets index the decoded text) or a refusal: exactly one line on stderr starting
with ``audit:``, no traceback, and the exit code the README documents for that kind of input.
Either way the process stays within :func:`memory_bound` — a base for the interpreter, jieba's
dictionary, pydantic and the checks, plus a fixed multiple of the input's size. Nothing here
measures time (the benchmark is separate); the biggest cases carry the ``slow`` marker, which
runs by default (``-m "not slow"`` leaves them out).

All texts are invented; the shared samples are never copied.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from auditor import AuditResult
from auditor.models import Claim, Finding, Skipped
from reportgen import generate

pytestmark = pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 (POSIX) to measure the child")

ROOT = Path(__file__).resolve().parents[1]
MB = 1 << 20

#: What the command may hold at its peak: BASE (the interpreter, jieba's dictionary, pydantic,
#: pint, the checks) plus PER_BYTE for every byte of input (the decoded text, its normalised copy
#: and offset map, claims, findings and the JSON written from them). Measured on this branch:
#: 115 MB for a one-line report, and 65 bytes per input byte on reports of 200 bytes per claim
#: from 0.5 to 2 MB (normalising 50 MB alone peaks at 37 bytes per byte); the bound leaves room
#: for both to grow by half.
BASE = 250 * MB
PER_BYTE = 100

#: a hang guard, not a measurement: far above what any case takes on a pipeline linear in the
#: number of claims, so a case gone super-linear fails here instead of stalling CI
HANG_GUARD = 40 * 60

REPORT = "全县建档立卡贫困户1200户，累计脱贫1150户，剩余贫困户50户。各乡镇认真落实帮扶责任。\n"
FUNDS = "全县投入扶贫资金3.8亿元，其中产业扶贫资金1.2亿元，易地搬迁资金2.6亿元。\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def memory_bound(input_bytes: int) -> int:
    return BASE + PER_BYTE * input_bytes


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    peak: int          # the child's peak resident memory, bytes

    def one_line_error(self) -> str:
        lines = self.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("audit:"), self.stderr[-2000:]
        assert "Traceback" not in self.stderr
        assert self.stdout == ""
        return lines[0]


def spawn(args: list[str], out: Path, err: Path) -> tuple[int, int]:
    """Run ``audit *args`` in a fresh process, its output to files; return its exit code and its
    own peak resident memory in bytes, as the child reports it (bench/peak.py: wait4's ru_maxrss
    would start from the size of this test process, which forked it)."""
    killed = threading.Event()
    peak = out.with_name(out.name + ".peak")
    with open(out, "wb") as o, open(err, "wb") as e:
        child = subprocess.Popen([sys.executable, str(ROOT / "bench" / "peak.py"), str(peak), "--", *args],
                                 stdout=o, stderr=e, cwd=ROOT)

        def stop():
            killed.set()
            child.kill()

        guard = threading.Timer(HANG_GUARD, stop)
        guard.start()
        try:
            _, status, _ = os.wait4(child.pid, 0)
        finally:
            guard.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    if killed.is_set():
        pytest.fail(f"stopped by the hang guard after {HANG_GUARD // 60} minutes: is the pipeline still "
                    f"super-linear in the number of claims?")
    if not peak.exists():
        pytest.fail(f"the child ended ({child.returncode}) without reporting its peak memory: killed?")
    return child.returncode, int(peak.read_text())


def audit(tmp_path: Path, data: bytes | None, *args: str, path: Path | None = None) -> Run:
    """``audit FILE *args`` on ``data`` written to a file (or on ``path``)."""
    if path is None:
        path = tmp_path / "report.txt"
        path.write_bytes(data)
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    code, peak = spawn([str(path), *args], out, err)
    return Run(code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"), peak)


def result_of(run: Run, text: str, size: int) -> AuditResult:
    """A correct result: exit 0 or 1, nothing on stderr, strict JSON valid against the model,
    spans that index ``text`` (the input as decoded), memory within the bound."""
    assert run.code in (0, 1), run.stderr[-2000:]
    assert run.stderr == ""
    json.loads(run.stdout, parse_constant=lambda name: pytest.fail(f"JSON holds {name}"))
    result = AuditResult.model_validate_json(run.stdout)
    assert result.characters == len(text)
    for c in result.claims:
        assert text[c.start:c.end] == c.text, c
    for s in result.skipped:
        assert text[s.start:s.end] == s.text and s.reason, s
    ids = {c.id for c in result.claims}
    assert all(set(f.claims) <= ids for f in result.findings)
    assert run.peak <= memory_bound(size), f"peak {run.peak / MB:.0f} MB for {size / MB:.2f} MB of input"
    return result


# --- refusals -----------------------------------------------------------------------------------

def _random(n: int, low: int = 0, seed: int = 5) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


REFUSED = [
    pytest.param(b"", 5, "empty", id="empty"),
    pytest.param(b" \t\r\n\xe3\x80\x80\n" * 1000, 5, "whitespace", id="only whitespace (with ideographic spaces)"),
    pytest.param(_random(50000), 6, "NUL", id="binary"),
    pytest.param(_random(50000, low=1), 6, "control bytes", id="binary without a NUL byte (was 7: 'cannot tell the encoding')"),
    pytest.param(PNG + _random(5000), 6, "PNG", id="a PNG renamed .txt"),
    pytest.param(b"%PDF-1.7\n" + _random(5000, low=32), 6, "PDF", id="a PDF renamed .txt"),
    pytest.param(REPORT.encode() * 20 + _random(2000, low=128) + b"\n", 7, "encoding",
                 id="UTF-8 with more than 5% of bytes valid in no encoding"),
]


@pytest.mark.parametrize("data, code, word", REFUSED)
def test_refused_with_one_line_and_its_exit_code(tmp_path, data, code, word):
    run = audit(tmp_path, data, "--format", "json")
    assert run.code == code, run.stderr
    assert word.lower() in run.one_line_error().lower()
    assert run.peak <= memory_bound(len(data))


def test_too_large_is_refused_without_reading_it(tmp_path):
    """Over the documented 128 MB: exit 8, and the file is never read (memory stays at the base)."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(129 * MB)  # sparse: costs no disk
    run = audit(tmp_path, None, path=path)
    assert run.code == 8
    assert "128 MB" in run.one_line_error()
    assert run.peak <= BASE


# --- mixed encodings: decoded line by line, and said so ------------------------------------------

def test_utf8_with_a_gb18030_paragraph(tmp_path):
    text = REPORT * 3 + FUNDS + REPORT * 3
    data = (REPORT * 3).encode() + FUNDS.encode("gb18030") + (REPORT * 3).encode()
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert result.encoding == "utf-8+gb18030"
    assert result.notes == ["the file mixes encodings: line 4 decoded as GB18030, the rest as UTF-8"]
    funds = [(c.value, c.unit) for c in result.claims if c.line == 4]
    assert funds == [(Decimal(38000), "万元"), (Decimal(12000), "万元"), (Decimal(26000), "万元")]
    assert all(c.confidence == 1.0 for c in result.claims)  # every line decoded whole: nothing garbled


def test_gb18030_with_a_utf8_paragraph(tmp_path):
    text = REPORT * 4 + FUNDS + REPORT
    data = (REPORT * 4).encode("gb18030") + FUNDS.encode() + REPORT.encode("gb18030")
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert result.encoding == "gb18030+utf-8"
    assert result.notes == ["the file mixes encodings: line 5 decoded as UTF-8, the rest as GB18030"]
    assert len(result.claims) == 5 * 3 + 3


def test_utf8_with_bom_and_a_big5_paragraph(tmp_path):
    traditional = "全縣投入扶貧資金3.8億元，其中產業扶貧資金1.2億元。\n"
    text = REPORT * 2 + traditional
    data = b"\xef\xbb\xbf" + (REPORT * 2).encode() + traditional.encode("big5")
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert result.encoding == "utf-8+big5"
    assert "line 3 decoded as BIG5" in result.notes[0]
    assert [(c.value, c.unit) for c in result.claims if c.line == 3] == [(Decimal(38000), "万元"), (Decimal(12000), "万元")]


@pytest.mark.parametrize("utf8", ["产业588万元扶贫资金545户驻村工作队979万元", "帮扶405万元"])
def test_a_utf8_line_that_is_also_valid_gb18030(tmp_path, utf8):
    """These UTF-8 lines are valid GB18030 too (as mojibake: 浜т笟588涓囧厓…): with a GB18030 line
    after them the whole file decoded as GB18030, silently. Now each line is read as what it is."""
    gb = "全县投入扶贫资金3.8亿元\n"
    text = utf8 + "\n" + gb
    data = (utf8 + "\n").encode() + gb.encode("gb18030")
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert set(result.encoding.split("+")) == {"utf-8", "gb18030"}  # the larger part first
    assert result.notes[0].startswith("the file mixes encodings: line ")
    assert result.claims[-1].value == Decimal(38000)  # result_of checked the text is decoded right


def test_a_line_that_mixes_encodings_is_replaced_and_its_figures_marked(tmp_path):
    """Within one line no encoding fits: its non-ASCII bytes become U+FFFD (digits survive), the
    note says so, and the figure next to the damage has low confidence and cannot fail."""
    line = "全县投入扶贫资金".encode() + "其中产业资金".encode("gb18030") + "1.2亿元".encode() + b"\n"
    data = (REPORT * 6).encode() + line
    run = audit(tmp_path, data, "--format", "json")
    assert run.code in (0, 1)
    result = AuditResult.model_validate_json(run.stdout)
    assert result.encoding == "utf-8"
    assert len(result.notes) == 1 and "line 7 could not be decoded whole" in result.notes[0] and "U+FFFD" in result.notes[0]
    (claim,) = [c for c in result.claims if c.line == 7]
    assert claim.number == "1.2" and claim.confidence == 0.3
    assert all(f.status != "fail" for f in result.findings if claim.id in f.claims)
    assert run.peak <= memory_bound(len(data))


def test_the_terminal_names_the_mixed_lines(tmp_path):
    data = REPORT.encode() + FUNDS.encode("gb18030")
    run = audit(tmp_path, data, "--no-color", "--width", "200")
    assert run.code in (0, 1) and run.stderr == ""
    assert "line 2 decoded as GB18030" in run.stdout
    assert "utf-8+gb18030" in run.stdout


# --- numbers no report states, through the command ------------------------------------------------

def test_absurd_numbers_give_no_claims_and_valid_json(tmp_path):
    absurd = ["1" * 400, "9e999", "1e309", "9e+999", "1.5E+10", "NaN", "nan", "inf", "-inf", "Infinity", "∞",
              "九" + "亿" * 40, "0." + "0" * 400 + "1"]
    text = "".join(f"全县共有{a}户。" for a in absurd) + "另有贫困户1200户。\n"
    data = text.encode()
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert [(c.text, c.value) for c in result.claims] == [("1200户", Decimal(1200))]
    reasons = " ".join(s.reason for s in result.skipped)
    assert "400 digits" in reasons and "scientific notation" in reasons and "10^320" in reasons


# --- text the renderers could mistake for markup ------------------------------------------------

def test_report_text_that_reads_as_rich_markup(tmp_path):
    """[/] in a claim's subject was read by rich as a closing tag: exit 70 with --claims."""
    text = "全县贫困户[/]1200户，其中[red]脱贫户1300户。\n"
    run = audit(tmp_path, text.encode(), "--claims", "-v", "--no-color", "--width", "200")
    assert run.code in (0, 1) and run.stderr == "", run.stderr
    assert "[/]1200户" in run.stdout


def test_file_names_that_read_as_rich_markup(tmp_path):
    """A batch table showed [red]b.txt as a red "b.txt"."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "[bold]a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "[red]b.txt").write_text("", encoding="utf-8")  # an error row too
    code, peak = spawn([str(folder), "--no-color", "--width", "200", "--jobs", "1"], tmp_path / "out", tmp_path / "err")
    out = (tmp_path / "out").read_text(encoding="utf-8")
    assert code == 2, (tmp_path / "err").read_text(encoding="utf-8")  # the empty file is an input error
    assert "[bold]a.txt" in out and "[red]b.txt" in out  # shown as named, not styled
    assert "Traceback" not in (tmp_path / "err").read_text(encoding="utf-8")


# --- size ---------------------------------------------------------------------------------------

@pytest.mark.slow
def test_ten_thousand_figures_in_one_sentence(tmp_path):
    rng = random.Random(10000)
    counts = [rng.randint(1, 99) for _ in range(10000)]
    text = "全县共有产业项目" + str(sum(counts)) + "个，其中" + "、".join(f"{n}个" for n in counts) + "。\n"
    data = text.encode()
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert [c.value for c in result.claims] == [Decimal(sum(counts)), *map(Decimal, counts)]
    assert len({c.sentence for c in result.claims}) == 1


@pytest.mark.slow
def test_a_one_megabyte_line_without_punctuation(tmp_path):
    """1 MB on one line, not one punctuation mark: prose with a figure every ~200 bytes."""
    rng = random.Random(1)
    words = ["全县", "贫困户", "产业项目", "扶贫资金", "村集体经济", "易地搬迁", "驻村工作队", "帮扶责任"]
    parts, size, expected = [], 0, []
    while size < MB:
        part = "".join(rng.choice(words) for _ in range(20))
        n = rng.randint(1, 9999)
        expected.append(Decimal(n))
        part += f"{n}户"
        parts.append(part)
        size += len(part.encode())
    text = "".join(parts)
    data = text.encode()
    result = result_of(audit(tmp_path, data, "--format", "json"), text, len(data))
    assert [c.value for c in result.claims] == expected


# --- 50 MB ------------------------------------------------------------------------------------

FILLER = [
    "各乡镇认真落实帮扶责任，驻村工作队扎实开展工作。",
    "全县上下凝心聚力，持续巩固拓展脱贫攻坚成果。",
    "坚持把产业发展作为增收致富的根本之策，因地制宜发展特色种养业。",
    "加强基层党组织建设，选优配强村级班子，推动党建与产业深度融合。",
    "完善防止返贫动态监测和帮扶机制，做到早发现、早干预、早帮扶。",
    "扎实推进农村人居环境整治，村容村貌持续改善，群众满意度不断提升。",
    "健全农村社会保障体系，兜住兜牢民生底线。",
    "深化东西部协作和定点帮扶，拓展消费帮扶渠道，带动群众稳定增收。",
]


def county_block(i: int) -> str:
    """One county's section: a generated report (every relation, ~26 figures) and ~2.3 KB of
    prose, about 5 KB and 200 bytes per figure — the density of the provincial work reports."""
    return generate(i).text + "".join(FILLER[(i + k) % len(FILLER)] for k in range(52)) + "\n"


def _json_items(path: Path):
    """(key, item) for every item of the top-level lists of ``audit --format json`` output, and
    ("summary", dict) at the end — read line by line, so the test never holds the whole document.
    Relies on the renderer's indent of 1: items of a top-level list open with "  {" and close
    with "  }" or "  },"."""
    key, buf, summary = None, None, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            top = re.match(r'^ "(\w+)": (.*)$', line)
            if top:
                key = top.group(1)
                if key == "summary":
                    summary = [top.group(2)]
                continue
            if summary is not None:
                summary.append(line)
            elif line == "  {":
                buf = [line]
            elif buf is not None:
                buf.append(line)
                if line in ("  }", "  },"):
                    buf[-1] = "  }"
                    yield key, json.loads("\n".join(buf))
                    buf = None
    yield "summary", json.loads("\n".join(summary).rstrip().removesuffix("}").rstrip())


def check_large_report(tmp_path: Path, nbytes: int) -> None:
    """``nbytes`` of invented county sections (32 distinct ones, repeated): the command completes,
    every claim, finding and skipped token validates against the model and indexes the input, the
    claims are exactly those each section gives on its own (nothing lost or shifted at any size),
    and the peak memory stays within the bound."""
    from auditor import audit_text

    kinds = [county_block(i) for i in range(32)]
    alone = []
    for block in kinds:
        result = audit_text(block)
        alone.append([(c.start, c.end, c.text, c.model_dump(mode="json")["value"], c.unit) for c in result.claims])
    parts, offsets, size, chars = [], [], 0, 0
    while size < nbytes:
        block = kinds[len(parts) % len(kinds)]
        offsets.append(chars)
        parts.append(block)
        chars += len(block)
        size += len(block.encode())
    text = "".join(parts)
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    del parts

    out, err = tmp_path / "large.json", tmp_path / "large.err"
    code, peak = spawn([str(path), "--format", "json"], out, err)
    assert code in (0, 1), f"exit {code}: {err.read_text(encoding='utf-8')[-2000:]}"
    assert err.read_text(encoding="utf-8") == ""
    assert peak <= memory_bound(size), f"peak {peak / MB:.0f} MB for {size / MB:.1f} MB of input"

    expected = ((offsets[j], claim) for j in range(len(offsets)) for claim in alone[j % len(alone)])
    ids, counts = set(), {"claims": 0, "findings": 0, "skipped": 0}
    for key, item in _json_items(out):
        if key == "summary":
            assert item["claims"] == counts["claims"] and item["skipped"] == counts["skipped"]
            assert item["fail"] + item["warn"] + item["pass"] == counts["findings"]
            break
        counts[key] += 1
        if key == "claims":
            claim = Claim.model_validate(item)
            assert text[claim.start:claim.end] == claim.text
            ids.add(claim.id)
            base, (start, end, written, value, unit) = next(expected)
            assert (claim.start, claim.end, claim.text, item["value"], claim.unit) == \
                   (base + start, base + end, written, value, unit)
        elif key == "findings":
            assert set(Finding.model_validate(item).claims) <= ids
        else:
            s = Skipped.model_validate(item)
            assert text[s.start:s.end] == s.text and s.reason
    assert next(expected, None) is None, "claims are missing at the end"
    assert counts["claims"] == sum(len(alone[j % len(alone)]) for j in range(len(offsets)))


def test_a_quarter_megabyte_report(tmp_path):
    """The 50 MB case's checks at a size every run can afford."""
    check_large_report(tmp_path, MB // 4)


@pytest.mark.slow
def test_a_fifty_megabyte_report(tmp_path):
    """50 MB: about 250,000 claims. Completes in minutes once the pipeline is linear in the
    number of claims; the hang guard stops it otherwise (see HANG_GUARD)."""
    check_large_report(tmp_path, 50 * MB)
