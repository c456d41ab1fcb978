#!/usr/bin/env python3
"""Run ``audit`` with the given arguments in this process, then write this process's own peak
resident memory, in bytes, to a file:

    python bench/peak.py PEAK_FILE -- ARGS...      # as ``audit ARGS...``; exits with its code

Why not ``ru_maxrss`` from ``wait4``: on Linux a child's high-water mark starts from the resident
memory of the parent it was forked from (it is kept across exec), so a child of a benchmark that
holds a 5 MB corpus, or of a test run that has grown, reports the parent's size, whatever the
child used (a 500 MB parent gave a child that used 11 MB 511 MB). ``VmHWM`` in
/proc/self/status is the high-water mark of this process image alone. Where /proc is missing,
this process's own ``ru_maxrss`` is written instead.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the working tree's auditor


def peak_bytes() -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def main() -> int:
    out, args = sys.argv[1], sys.argv[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    from auditor.cli import main as audit

    code: int | str | None = 1
    try:
        code = audit(args)
    except SystemExit as stop:  # argparse and --help leave this way
        code = stop.code
    finally:
        sys.stdout.flush()
        with open(out, "w", encoding="ascii") as fh:
            fh.write(str(peak_bytes()))
    return code if isinstance(code, int) else (0 if code is None else 1)


if __name__ == "__main__":
    sys.exit(main())
