"""Many reports at once: order, counts, and identical results whatever the number of processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from auditor import audit_file
from reportgen import RELATIONS, generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "sub").mkdir()
    for i in range(24):
        broken = RELATIONS[i % len(RELATIONS)] if i % 3 == 0 else None
        folder = root / "sub" if i % 4 == 0 else root
        (folder / f"report_{i:02d}.txt").write_text(generate(i, broken).text, encoding="utf-8")
    (root / "notes.csv").write_text("not a report", encoding="utf-8")   # not a report suffix: ignored
    (root / "empty.txt").write_text("", encoding="utf-8")               # an input error, reported per file
    return root


def _run(*args):
    return subprocess.run([sys.executable, "-m", "auditor", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


def test_jsonl_identical_with_one_and_two_jobs(corpus):
    one = _run(corpus, "--format", "jsonl", "--jobs", "1")
    two = _run(corpus, "--format", "jsonl", "--jobs", "2")
    assert one.stdout == two.stdout
    lines = [json.loads(line) for line in one.stdout.splitlines()]
    assert len(lines) == 25                                   # 24 reports + the empty file
    sources = [d["source"] for d in lines]
    assert sources == sorted(sources)                         # stable order: by path
    assert one.returncode == two.returncode


def test_counts_match_single_audits(corpus):
    out = _run(corpus, "--format", "jsonl", "--jobs", "2")
    for d in json.loads("[" + ",".join(out.stdout.splitlines()) + "]"):
        if d.get("error"):
            assert d["source"].endswith("empty.txt")
            continue
        single = audit_file(d["source"])
        assert len(d["claims"]) == len(single.claims)
        assert [f["status"] for f in d["findings"]] == [f.status for f in single.findings]


def test_summary_table_worst_first(corpus):
    out = _run(corpus, "--jobs", "2", "--no-color", "--width", "200")
    rows = [line for line in out.stdout.splitlines() if "report_" in line or "empty.txt" in line]
    assert len(rows) == 25
    verdicts = [next(v for v in ("error", "fail", "warn", "pass", "none") if f" {v}" in r) for r in rows]
    rank = {"error": 0, "fail": 1, "warn": 2, "pass": 3, "none": 4}
    assert [rank[v] for v in verdicts] == sorted(rank[v] for v in verdicts)
    assert verdicts[0] == "error"


def test_html_dir_writes_index_and_pages(corpus, tmp_path):
    out = _run(corpus / "sub", "--html-dir", tmp_path / "html", "--jobs", "2")
    pages = sorted(p.name for p in (tmp_path / "html").glob("*.html"))
    assert "index.html" in pages and len(pages) == 1 + 6
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    for p in pages:
        if p != "index.html":
            assert f'href="{p}"' in index
    assert out.returncode in (0, 1)


def test_glob_and_several_paths(corpus):
    a = _run(str(corpus / "report_0*.txt"), "--format", "jsonl", "--jobs", "1")
    b = _run(*sorted(corpus.glob("report_0*.txt")), "--format", "jsonl", "--jobs", "1")
    assert a.stdout == b.stdout and len(a.stdout.splitlines()) == len(list(corpus.glob("report_0*.txt")))
