"""The JSON contract (shared/eval/README.md): claims, findings, skipped, and a summary."""

from __future__ import annotations

import json


def render(result, text: str | None = None, **_options) -> str:
    data = result.model_dump(mode="json")
    data["summary"] = {"claims": len(result.claims), "skipped": len(result.skipped), **result.counts()}
    return json.dumps(data, ensure_ascii=False, indent=1)
