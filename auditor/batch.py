"""Many reports at once: expand folders and globs, audit in worker processes, keep a stable order.

Workers render what is written per report (JSON line, HTML file) themselves and send back only a
small summary row, so memory stays flat in the number of files.
"""

from __future__ import annotations

import glob
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

REPORT_SUFFIXES = {".txt", ".text", ".md"}
_VERDICT_RANK = {"error": 0, "fail": 1, "warn": 2, "pass": 3, "none": 4}


def collect(paths: list[str]) -> list[str]:
    """Files to audit: folders (recursively, report suffixes only), globs, plain paths; sorted, unique."""
    found: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, files in os.walk(p):
                for name in files:
                    if Path(name).suffix.lower() in REPORT_SUFFIXES:
                        found.append(os.path.join(root, name))
        elif not os.path.exists(p) and any(ch in p for ch in "*?["):
            found.extend(q for q in glob.glob(p, recursive=True) if os.path.isfile(q))
        else:
            found.append(p)  # missing files are reported per file, not dropped
    seen = set()
    out = []
    for f in sorted(found):
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def html_name(path: str, index: int) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in Path(path).name)
    return f"{index:04d}-{stem}.html"


def audit_one(job: tuple[int, str, str | None, str | None, bool]) -> dict:
    """Audit one file in a worker: returns its summary row, with the JSON text when asked for."""
    index, path, encoding, html_dir, want_json = job
    row = {"file": path, "claims": 0, "fail": 0, "warn": 0, "pass": 0, "verdict": "error", "error": "",
           "html": "", "json": None}
    try:
        from .decode import read_report
        from .errors import InputError
        from .pipeline import run

        try:
            decoded = read_report(path, encoding)
        except InputError as exc:
            row["error"] = str(exc).split(": ", 1)[-1]
            row["exit_code"] = exc.exit_code
            return row
        result = run(decoded.text, source=path, encoding=decoded.encoding, notes=decoded.notes)
        from reports import verdict

        counts = result.counts()
        row.update(claims=len(result.claims), verdict=verdict(result), **counts)
        if want_json:
            from reports.json_report import render as render_json

            row["json"] = render_json(result, decoded.text, indent=None)
        if html_dir:
            from reports.html import render as render_html

            name = html_name(path, index)
            Path(html_dir, name).write_text(render_html(result, decoded.text), encoding="utf-8")
            row["html"] = name
    except Exception as exc:  # one bad file must not stop the batch
        row["error"] = f"internal error ({type(exc).__name__}: {exc})"
        row["exit_code"] = 70
    return row


def run_batch(files: list[str], encoding: str | None, jobs: int, html_dir: str | None,
              want_json: bool) -> Iterator[dict]:
    """Rows in the order of ``files``, whatever the number of processes."""
    work = [(i, f, encoding, html_dir, want_json) for i, f in enumerate(files)]
    if jobs <= 1 or len(files) <= 1:
        for job in work:
            yield audit_one(job)
        return
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        # forked workers inherit jieba's dictionary (a 9 MB cache, read in 0.5-2 s) instead of
        # each reading it again
        from .claims import _jieba

        _jieba()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(audit_one, work, chunksize=1)


def worst_first(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (_VERDICT_RANK[r["verdict"]], -r["fail"], -r["warn"], r["file"]))
