"""One self-contained HTML audit: the whole report with every claim marked, findings beside it.

Inline CSS, no scripts, no external assets: readable offline and printable. All report text goes
through Jinja2 with autoescape, so a report containing HTML renders as text.
"""

from __future__ import annotations

from functools import lru_cache

_RANK = {"fail": 3, "warn": 2, "pass": 1}


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("reports", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def segments(result, text: str):
    """The text cut into plain runs and claim runs, each claim with its worst verdict."""
    worst: dict[str, str] = {}
    links: dict[str, list[int]] = {}
    for n, f in enumerate(result.findings, 1):
        for cid in f.claims:
            links.setdefault(cid, []).append(n)
            if _RANK[f.status] > _RANK.get(worst.get(cid, ""), 0):
                worst[cid] = f.status
    out = []
    pos = 0
    for c in sorted(result.claims, key=lambda c: c.start):
        if c.start < pos:
            continue
        if c.start > pos:
            out.append({"text": text[pos:c.start]})
        out.append({"text": text[c.start:c.end], "claim": c, "status": worst.get(c.id, "none"),
                    "findings": links.get(c.id, [])})
        pos = c.end
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def render(result, text: str, **_options) -> str:
    from . import verdict

    by_id = {c.id: c for c in result.claims}
    order = {"fail": 0, "warn": 1, "pass": 2}
    findings = sorted(enumerate(result.findings, 1), key=lambda nf: (order[nf[1].status], nf[1].line or 0))
    return _env().get_template("report.html.j2").render(
        result=result, segments=segments(result, text), findings=findings, by_id=by_id,
        counts=result.counts(), verdict=verdict(result))


def render_index(rows, **_options) -> str:
    return _env().get_template("index.html.j2").render(rows=rows)
