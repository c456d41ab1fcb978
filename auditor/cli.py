"""The ``audit`` command.

Exit codes: 0 nothing failed, 1 a check failed (see --fail-on), 2 usage error, 3 missing file,
4 unreadable, 5 empty, 6 binary, 7 undecodable, 8 too large, 70 internal error (a bug).
In a batch, a file that cannot be read makes the exit code 2 unless the batch already fails.
"""

from __future__ import annotations

import argparse
import os
import sys

from .errors import EXIT_USAGE, InputError

EXIT_INTERNAL = 70


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="audit",
        description="Check the arithmetic of the figures in Chinese government reports.",
        epilog="exit codes: 0 nothing failed · 1 a check failed · 2 usage or input error in a batch · "
               "3 missing file · 4 unreadable · 5 empty · 6 binary · 7 undecodable · 8 too large · 70 bug",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="report files, folders or globs (UTF-8, GB18030/GBK or Big5 text)")
    p.add_argument("--demo", action="store_true", help="audit the example report that ships with the tool")
    p.add_argument("--format", choices=["terminal", "json", "jsonl", "html"], default="terminal",
                   help="output format (default: terminal)")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML audit to FILE")
    p.add_argument("--html-dir", metavar="DIR", help="write one HTML audit per report plus index.html")
    p.add_argument("--encoding", help="override encoding detection (e.g. gb18030, big5)")
    p.add_argument("--fail-on", choices=["fail", "warn", "never"], default="fail",
                   help="which verdict makes the exit code 1 (default: fail)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list passing checks")
    p.add_argument("--claims", action="store_true", help="list every claim as a table")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="processes for many reports (default: the machine's cores)")
    p.add_argument("--width", type=int, help="terminal width (default: detected)")
    p.add_argument("--no-color", action="store_true", help="no colours in terminal output")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def example_path() -> str:
    from importlib import resources

    return str(resources.files("auditor").joinpath("data/example_report.txt"))


def _console(args, stderr: bool = False):
    from rich.console import Console

    return Console(no_color=True if args.no_color else None, highlight=False, width=args.width,
                   stderr=stderr, soft_wrap=False)


def _exit_for(counts: dict, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    if counts.get("fail"):
        return 1
    if fail_on == "warn" and counts.get("warn"):
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.version:
        from . import __version__

        print(f"audit {__version__}")
        return 0
    if args.jobs < 1:
        print("audit: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.demo and args.paths:
        print("audit: give paths or --demo, not both", file=sys.stderr)
        return EXIT_USAGE
    if not args.demo and not args.paths:
        print("audit: give a report file to audit (or --demo); see audit --help", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.demo:
            return _single(example_path(), args, source="example_report.txt")
        single = len(args.paths) == 1 and not os.path.isdir(args.paths[0]) and (
            os.path.exists(args.paths[0]) or not any(ch in args.paths[0] for ch in "*?["))
        if single:
            return _single(args.paths[0], args)
        from .batch import collect

        files = collect(args.paths)
        if not files:
            print(f"audit: no report files found in {' '.join(args.paths)}", file=sys.stderr)
            return EXIT_USAGE
        return _batch(files, args)
    except InputError as exc:
        print(f"audit: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for the user: one line and a distinct code
        print(f"audit: internal error ({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return EXIT_INTERNAL


def _single(path: str, args, source: str | None = None) -> int:
    from .decode import read_report
    from .pipeline import run

    decoded = read_report(path, args.encoding)
    result = run(decoded.text, source=source or path, encoding=decoded.encoding, notes=decoded.notes)
    from reports import RENDERERS, write

    if args.format == "terminal":
        RENDERERS["terminal"](result, decoded.text, console=_console(args), verbose=args.verbose,
                              show_claims=args.claims)
    else:
        write(args.format, result, decoded.text, sys.stdout)
        sys.stdout.write("\n")
    if args.html:
        _write(args.html, RENDERERS["html"](result, decoded.text))
    if args.html_dir:
        from reports.html import render_index
        from reports import verdict

        from .batch import html_name

        os.makedirs(args.html_dir, exist_ok=True)
        name = html_name(source or path, 0)
        _write(os.path.join(args.html_dir, name), RENDERERS["html"](result, decoded.text))
        row = {"file": source or path, "claims": len(result.claims), **result.counts(),
               "verdict": verdict(result), "error": "", "html": name}
        _write(os.path.join(args.html_dir, "index.html"), render_index([row]))
    return _exit_for(result.counts(), args.fail_on)


def _write(path: str, content: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}", 4) from None


def _batch(files: list[str], args) -> int:
    from .batch import run_batch, worst_first

    if args.html:
        print("audit: --html writes one report; use --html-dir for many", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "html":
        print("audit: --format html prints one report; use --html-dir for many", file=sys.stderr)
        return EXIT_USAGE
    if args.html_dir:
        os.makedirs(args.html_dir, exist_ok=True)
    want_json = args.format in ("json", "jsonl")
    rows = []
    progress = None
    if args.format == "terminal" and len(files) > 1 and (err_console := _console(args, stderr=True)).is_terminal:
        from rich.progress import Progress

        progress = Progress(console=err_console, transient=True)
        task = progress.add_task("auditing", total=len(files))
        progress.start()
    first = True
    try:
        if args.format == "json":
            sys.stdout.write("[")
        for row in run_batch(files, args.encoding, args.jobs, args.html_dir, want_json):
            text = row.pop("json")
            if want_json:
                if text is None:
                    text = _error_json(row)
                if args.format == "json":
                    sys.stdout.write(("" if first else ",\n") + text)
                else:
                    sys.stdout.write(text + "\n")
                first = False
            rows.append(row)
            if progress:
                progress.advance(task)
        if args.format == "json":
            sys.stdout.write("]\n")
    finally:
        if progress:
            progress.stop()
    ordered = worst_first(rows)
    if args.format == "terminal":
        from reports.terminal import batch_table

        _console(args).print(batch_table(ordered))
    if args.html_dir:
        from reports.html import render_index

        _write(os.path.join(args.html_dir, "index.html"), render_index(ordered))
    totals = {"fail": sum(r["fail"] for r in rows), "warn": sum(r["warn"] for r in rows)}
    code = _exit_for(totals, args.fail_on)
    if code == 0 and any(r["verdict"] == "error" for r in rows):
        for r in rows:
            if r["verdict"] == "error":
                print(f"audit: {r['file']}: {r['error']}", file=sys.stderr)
        return EXIT_USAGE
    return code


def _error_json(row: dict) -> str:
    import json

    return json.dumps({"source": row["file"], "error": row["error"], "claims": [], "findings": [], "skipped": []},
                      ensure_ascii=False)
