"""The rich terminal view: a header, the findings, and the claims as a table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _value(claim) -> str:
    v = claim.model_dump(mode="json")["value"]
    return f"{v:,}" if isinstance(v, int) else f"{v:,.6g}"


def render(result, text: str, console: Console | None = None, show_claims: bool = True, **_options):
    console = console or Console()
    counts = result.counts()
    head = Text()
    head.append(f"{result.source}", style="bold")
    head.append(f"  encoding {result.encoding} · {len(result.claims)} claims · "
                f"{len(result.skipped)} skipped · {len(result.findings)} relations checked "
                f"({counts['fail']} fail, {counts['warn']} warn, {counts['pass']} pass)")
    console.print(head)
    if show_claims:
        table = Table(title="Claims", show_lines=False, expand=False)
        table.add_column("line", justify="right")
        table.add_column("figure")
        table.add_column("value", justify="right")
        table.add_column("unit")
        table.add_column("kind")
        table.add_column("subject")
        for c in result.claims:
            figure = c.text + (f" ({c.hedge_word})" if c.hedge_word and c.hedge_word not in c.text else "")
            style = "dim" if c.confidence < 0.5 else None
            table.add_row(str(c.line), figure, _value(c), c.unit, c.kind, c.subject, style=style)
        console.print(table)
    return None
