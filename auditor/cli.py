"""The ``audit`` command.

Exit codes: 0 nothing failed, 1 a check failed, 2 usage error, 3 missing file, 4 unreadable,
5 empty, 6 binary, 7 undecodable, 8 too large, 70 internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import sys

from .errors import EXIT_USAGE, InputError

EXIT_INTERNAL = 70


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="audit",
        description="Check the arithmetic of the figures in a Chinese government report.",
        epilog="exit codes: 0 nothing failed · 1 a check failed · 2 usage · 3 missing file · "
               "4 unreadable · 5 empty · 6 binary · 7 undecodable · 8 too large",
    )
    p.add_argument("path", nargs="?", help="report file (UTF-8, GB18030/GBK or Big5)")
    p.add_argument("--demo", action="store_true", help="audit the example report that ships with the tool")
    p.add_argument("--format", choices=["terminal", "json"], default="terminal", help="output format")
    p.add_argument("--encoding", help="override encoding detection (e.g. gb18030, big5)")
    p.add_argument("--no-color", action="store_true", help="no colours in terminal output")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def example_path() -> str:
    from importlib import resources

    return str(resources.files("auditor").joinpath("data/example_report.txt"))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.version:
        from . import __version__

        print(f"audit {__version__}")
        return 0
    if args.demo:
        if args.path:
            print("audit: give a path or --demo, not both", file=sys.stderr)
            return EXIT_USAGE
        path = example_path()
    elif args.path:
        path = args.path
    else:
        print("audit: give a report file to audit (or --demo); see audit --help", file=sys.stderr)
        return EXIT_USAGE
    try:
        from .decode import read_report

        decoded = read_report(path, args.encoding)
        from .pipeline import run

        result = run(decoded.text, source=path if not args.demo else "example_report.txt",
                     encoding=decoded.encoding)
        _render(result, decoded.text, args)
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
    return 1 if result.counts()["fail"] else 0


def _render(result, text: str, args) -> None:
    from reports import RENDERERS

    if args.format == "terminal":
        from rich.console import Console

        console = Console(no_color=args.no_color or None, highlight=False)
        RENDERERS["terminal"](result, text, console=console)
    else:
        sys.stdout.write(RENDERERS[args.format](result, text))
        sys.stdout.write("\n")
