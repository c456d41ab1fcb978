"""The rich terminal audit: a header with the verdict, failed checks, warnings, and on request
the passing checks and every claim.

Takes the result and the source text, nothing else; never decides anything a check decides.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import verdict  # noqa: F401  (defined without rich, so that other outputs need not import it)

STATUS_STYLE = {"fail": "bold red", "warn": "yellow", "pass": "green"}
STATUS_MARK = {"fail": "✗", "warn": "!", "pass": "✓"}
VERDICT = {"fail": ("FAIL", "bold white on red"), "warn": ("WARN", "bold black on yellow"),
           "pass": ("PASS", "bold white on green"), "none": ("NO RELATIONS CHECKED", "bold")}
_CONTEXT = 60  # characters of sentence shown on each side of the figures


def _value(claim) -> str:
    v = claim.model_dump(mode="json")["value"]
    return f"{v:,}" if isinstance(v, int) else f"{v:,.6g}"


def header(result) -> Panel:
    counts = result.counts()
    word, style = VERDICT[verdict(result)]
    body = Text()
    body.append(f"{word}", style=style)
    body.append(f"  {result.source}\n", style="bold")
    body.append(f"encoding {result.encoding} · {result.characters:,} characters · "
                f"{len(result.claims)} claims · {len(result.skipped)} skipped tokens\n")
    for note in result.notes:
        body.append(f"! {note}\n", style="yellow")
    body.append(f"{len(result.findings)} relations checked: ")
    body.append(f"{counts['fail']} failed", style=STATUS_STYLE["fail"] if counts["fail"] else None)
    body.append(" · ")
    body.append(f"{counts['warn']} warned", style=STATUS_STYLE["warn"] if counts["warn"] else None)
    body.append(" · ")
    body.append(f"{counts['pass']} passed", style=STATUS_STYLE["pass"] if counts["pass"] else None)
    return Panel(body, title="audit", title_align="left", expand=True)


def excerpt(text: str, claims, status: str) -> Text:
    """The sentence(s) holding the claims, figures highlighted, trimmed around them."""
    spans = sorted({(c.sentence.start, c.sentence.end) for c in claims})
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = Text()
    for i, (a, b) in enumerate(merged):
        inside = [c for c in claims if a <= c.start < b + 1]
        lo = max(a, min(c.start for c in inside) - _CONTEXT) if inside else a
        hi = min(b, max(c.end for c in inside) + _CONTEXT) if inside else b
        if i:
            out.append(" … ", style="dim")
        if lo > a:
            out.append("…", style="dim")
        pos = lo
        for c in sorted(inside, key=lambda c: c.start):
            if c.start < pos:
                continue
            out.append(_clean(text[pos:c.start]))
            out.append(_clean(text[c.start:c.end]), style=f"{STATUS_STYLE.get(status, 'bold')} underline")
            pos = c.end
        out.append(_clean(text[pos:hi]))
        if hi < b:
            out.append("…", style="dim")
    return out


def _clean(s: str) -> str:
    return s.replace("\n", " ⏎ ").replace("\t", " ⇥ ")


def finding_block(result, text: str, f, by_id) -> Group:
    claims = [by_id[i] for i in f.claims if i in by_id]
    title = Text()
    title.append(f"{STATUS_MARK[f.status]} ", style=STATUS_STYLE[f.status])
    title.append(f"{f.code} {f.check}", style="bold")
    lines = sorted({c.line for c in claims})
    if lines:
        title.append(f"  line {', '.join(map(str, lines))}", style="dim")
    if f.confidence < 1:
        title.append(f"  confidence {f.confidence:.2f}", style="dim")
    parts = [title, Text("  ") + excerpt(text, claims, f.status)]
    if f.computation:
        parts.append(Text("  ") + Text(f.computation, style="bold"))
    parts.append(Text(f"  {f.message}"))
    if f.why:
        parts.append(Text(f"  why: {f.why}", style="dim"))
    parts.append(Text(""))
    return Group(*parts)


def claims_table(result) -> Table:
    table = Table(title="Claims", expand=False)
    table.add_column("id", justify="right", style="dim")
    table.add_column("line", justify="right")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("unit")
    table.add_column("kind")
    table.add_column("subject")
    for c in result.claims:
        style = "dim" if c.confidence < 0.5 else None
        # report text goes in as Text, never as a str: rich would read "[/]" or "[red]" in it as markup
        table.add_row(c.id, str(c.line), Text(c.text.replace("\n", " ")), _value(c), Text(c.unit), c.kind,
                      Text(c.subject), style=style)
    return table


def render(result, text: str, console: Console | None = None, verbose: bool = False,
           show_claims: bool = False, **_options):
    console = console or Console()
    by_id = {c.id: c for c in result.claims}
    console.print(header(result))
    for status, heading in (("fail", "Failed checks"), ("warn", "Warnings")) + ((("pass", "Passed checks"),) if verbose else ()):
        group = [f for f in result.findings if f.status == status]
        if not group:
            continue
        console.print(Text(f"{heading} ({len(group)})", style=f"bold {STATUS_STYLE[status]}"))
        for f in sorted(group, key=lambda f: (f.line or 0, f.code)):
            console.print(finding_block(result, text, f, by_id))
    if not verbose and result.counts()["pass"]:
        console.print(Text(f"{result.counts()['pass']} passing checks not shown (--verbose lists them)", style="dim"))
    if show_claims:
        console.print(claims_table(result))
    return None


def batch_table(rows) -> Table:
    """Summary of many reports: rows of (path, claims, fail, warn, pass, verdict or error)."""
    table = Table(title="Reports", expand=False)
    for name, justify in (("file", "left"), ("claims", "right"), ("fail", "right"), ("warn", "right"),
                          ("pass", "right"), ("verdict", "left")):
        table.add_column(name, justify=justify)
    for r in rows:
        style = {"fail": "red", "warn": "yellow", "pass": "green", "error": "bold red"}.get(r["verdict"])
        table.add_row(Text(r["file"]), str(r["claims"]), str(r["fail"]), str(r["warn"]), str(r["pass"]),
                      Text(r["verdict"] if r["verdict"] != "error" else f"error: {r['error']}"), style=style)
    return table
