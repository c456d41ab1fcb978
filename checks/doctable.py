"""Generate the README's table of checks from the check modules' docstrings.

    python -m checks.doctable            # print the table
    python -m checks.doctable --write    # rewrite it in README.md between the markers
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from . import REGISTRY, load

BEGIN = "<!-- checks-table:begin -->"
END = "<!-- checks-table:end -->"


def sections(module) -> dict[str, str]:
    """The docstring's sections: summary, What it checks, Why it matters, Flagged, Passing, Tolerance."""
    doc = (module.__doc__ or "").strip("\n")
    lines = doc.splitlines()
    out = {"summary": lines[0].strip() if lines else ""}
    current = None
    for line in lines[1:]:
        if line and not line.startswith(" "):
            current = line.strip()
            out[current] = ""
        elif current:
            out[current] = (out[current] + " " + line.strip()).strip()
    return out


def table() -> str:
    rows = ["| code | name | what it checks | flagged example | tolerance |", "|---|---|---|---|---|"]
    for code in sorted(REGISTRY):
        m = load(code)
        s = sections(m)
        cell = lambda t: re.sub(r"\s+", " ", t).replace("|", "\\|").strip()
        rows.append(f"| {m.CODE} | `{m.NAME}` | {cell(s['summary'])} | {cell(s.get('Flagged', ''))} | "
                    f"{cell(s.get('Tolerance', ''))} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    text = table()
    if "--write" in argv:
        readme = Path(__file__).resolve().parents[1] / "README.md"
        body = readme.read_text(encoding="utf-8")
        new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), f"{BEGIN}\n{text}\n{END}", body, flags=re.S)
        readme.write_text(new, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
