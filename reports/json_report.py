"""The JSON contract (shared/eval/README.md): claims, findings, skipped, and a summary."""

from __future__ import annotations

import json


def as_dict(result) -> dict:
    data = result.model_dump(mode="json")
    data["summary"] = {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}
    return data


def render(result, text: str | None = None, indent: int | None = 1, **_options) -> str:
    return json.dumps(as_dict(result), ensure_ascii=False, indent=indent)
