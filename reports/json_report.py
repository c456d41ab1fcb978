"""The JSON contract (shared/eval/README.md): claims, findings, skipped, and a summary."""

from __future__ import annotations

import json


def as_dict(result) -> dict:
    data = result.model_dump(mode="json")
    data["summary"] = {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}
    return data


def render(result, text: str | None = None, indent: int | None = 1, **_options) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=indent)


def write(result, stream, indent: int | None = 1) -> None:
    """What render() returns, written to ``stream`` in pieces of about 64 KB: a large report's
    JSON (tens of MB as Python text) is never held whole."""
    pieces: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(as_dict(result)):
        pieces.append(chunk)
        size += len(chunk)
        if size >= 65536:
            stream.write("".join(pieces))
            pieces, size = [], 0
    stream.write("".join(pieces))
