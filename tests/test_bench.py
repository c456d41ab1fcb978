"""The benchmark script runs, and measures the folders of reports it is given (a smoke test of
bench/run.py on a tiny corpus: its figures are not asserted, only that they are there)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_throughput_on_a_folder_of_reports(tmp_path):
    reports = tmp_path / "mine"
    reports.mkdir()
    (reports / "a.txt").write_text("全县建档立卡贫困户5210户17842人，累计脱贫5088户17503人。", encoding="utf-8")
    (reports / "b.txt").write_text("2020年全县贫困发生率由21.6%下降到0.4%。", encoding="gbk")
    (reports / "empty.txt").write_bytes(b"")  # refused by audit: left out, not an error
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--only", "throughput",
                          "--corpus-mb", "0.005", "--texts", str(reports), "--json", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))["throughput"]
    assert figures["mine"]["files"] == 2
    assert figures["mine"]["audit_kb_s"] > 0 and figures["mine"]["jieba_kb_s"] > 0
    assert "generated 0.005 MB" in figures and "mine" in run.stdout


def test_start_up_is_measured_with_the_modules_compiled(tmp_path, monkeypatch):
    """An installed package carries its bytecode; an editable one under PYTHONDONTWRITEBYTECODE=1
    would be compiled from source at every start. The bench compiles it before timing start-up."""
    import importlib.util

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import run as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    cache = tmp_path / "pycache"
    monkeypatch.setattr(sys, "pycache_prefix", str(cache))  # leave the source tree as it is
    bench.compile_bytecode()
    for module in ("auditor/cli.py", "auditor/claims.py", "checks/subset.py", "reports/terminal.py"):
        assert Path(importlib.util.cache_from_source(str(ROOT / module))).is_file(), module
