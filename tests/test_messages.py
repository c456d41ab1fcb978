"""A finding's text shows a hedged figure with its hedge: the value alone would state a relation
that is false as written (5200户 ≤ 5000户) for one that holds (5200户 ≤ 5000户以上)."""

from __future__ import annotations

import pytest

from auditor import audit_text


@pytest.mark.parametrize("text, part, whole", [
    ("全县有建档立卡贫困户5000户以上，其中2019年脱贫860户。", "860户", "5000户以上"),
    ("全县有建档立卡贫困户近6000户，其中2019年脱贫860户。", "860户", "近6000户"),
    ("全县有建档立卡贫困户6000多户，其中2019年脱贫860户。", "860户", "6000多户"),
    ("全县有建档立卡贫困户约6000户，其中2019年脱贫860户。", "860户", "约6000户"),
    ("全县有建档立卡贫困户6012户，其中2019年脱贫860户。", "860户", "6012户"),
])
def test_part_and_whole_are_shown_with_their_hedges(text, part, whole):
    found = [f for f in audit_text(text).findings if f.code == "C002"]
    assert found, "no part-whole relation found"
    f = found[0]
    assert f.computation.startswith(f"{part} ≤ {whole} ✓"), f.computation
    assert f"part {part} is within the whole {whole}" in f.message
