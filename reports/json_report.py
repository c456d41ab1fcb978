"""The JSON contract (shared/eval/README.md): claims, findings, skipped, and a summary."""

from __future__ import annotations

import json


def as_dict(result) -> dict:
    data = result.model_dump(mode="json")
    data["summary"] = _summary(result)
    return data


def _summary(result) -> dict:
    return {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}


def render(result, text: str | None = None, indent: int | None = 1, **_options) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=indent)


class _DumpedOneByOne(list):
    """Models that the pure-Python JSON encoder (JSONEncoder.iterencode) reads as their
    ``model_dump(mode="json")``, made one at a time as it writes them."""

    def __iter__(self):
        for model in super().__iter__():
            yield model.model_dump(mode="json")


def _lazy_dict(result) -> dict:
    """as_dict(result) with the claims, findings and skipped tokens dumped only when written."""
    lists = ("claims", "findings", "skipped")
    head = result.model_dump(mode="json", exclude=set(lists))
    data = {name: _DumpedOneByOne(getattr(result, name)) if name in lists else head[name]
            for name in type(result).model_fields}
    data["summary"] = _summary(result)
    return data


def write(result, stream, indent: int | None = 1) -> None:
    """What render() returns, written to ``stream`` in pieces of about 64 KB, each claim and finding
    turned into a dict only when it is written: the JSON of a large report (tens of MB as Python
    text, and more as dicts) is never held whole."""
    pieces: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(_lazy_dict(result)):
        pieces.append(chunk)
        size += len(chunk)
        if size >= 65536:
            stream.write("".join(pieces))
            pieces, size = [], 0
    stream.write("".join(pieces))
