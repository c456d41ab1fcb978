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


@pytest.mark.parametrize("total", ["100", "1"])
def test_shares_adding_up_show_the_total_as_stated(total):
    """A 合计 share of 100 (or 1) is shown as 100%, not as the low end of its interval (99.5%)."""
    text = ("表3 资金安排情况（单位：万元）\n项目类别\t资金规模\t占比(%)\n"
            f"合计\t11255\t{total}\n产业发展\t5860\t52.1\n基础设施\t3250\t28.9\n教育医疗\t2145\t19.1")
    found = [f for f in audit_text(text).findings if f.code == "C006" and " + " in f.computation]
    assert found, "no sum of shares found"
    assert found[0].computation.endswith("stated 100% ✓"), found[0].computation
    assert found[0].message.endswith("row's 100%"), found[0].message
