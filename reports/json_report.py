"""The JSON contract (shared/eval/README.md): claims, findings, skipped, and a summary."""

from __future__ import annotations

import json

#: the lists that grow with the report: written one item at a time by :func:`write`
_STREAMED = ("claims", "findings", "skipped")


def as_dict(result) -> dict:
    data = result.model_dump(mode="json")
    data["summary"] = {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}
    return data


def render(result, text: str | None = None, indent: int | None = 1, **_options) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=indent)


def write(result, out, indent: int | None = 1) -> None:
    """Write to ``out`` exactly the text :func:`render` returns, one claim, finding or skipped
    token at a time, so a large report never holds its whole JSON document (and the dictionaries
    it is made from) in memory at once: rendering was the largest part of the peak."""
    nl = "" if indent is None else "\n"
    comma = ", " if indent is None else ","

    def pad(depth: int) -> str:
        return "" if indent is None else " " * (indent * depth)

    def dumps(value, depth: int) -> str:
        s = json.dumps(value, ensure_ascii=False, indent=indent)
        return s if indent is None else s.replace("\n", "\n" + pad(depth))  # JSON strings hold no raw newline

    head = result.model_dump(mode="json", exclude=set(_STREAMED))
    head["summary"] = {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}
    keys = [k for k in type(result).model_fields if k in head or k in _STREAMED] + ["summary"]
    out.write("{")
    for i, key in enumerate(keys):
        out.write((comma if i else "") + nl + pad(1) + json.dumps(key, ensure_ascii=False) + ": ")
        if key not in _STREAMED:
            out.write(dumps(head[key], 1))
            continue
        items = getattr(result, key)
        if not items:
            out.write("[]")
            continue
        out.write("[")
        for j, item in enumerate(items):
            out.write((comma if j else "") + nl + pad(2) + dumps(item.model_dump(mode="json"), 2))
        out.write(nl + pad(1) + "]")
    out.write(nl + "}")
