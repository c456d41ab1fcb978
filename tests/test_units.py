"""The unit factors that ship with the package are pint's, for the units.txt that ships."""

from __future__ import annotations

import json
from importlib import resources

from auditor import units


def test_shipped_factor_table_is_current_and_pint_agrees():
    shipped = json.loads(resources.files("auditor").joinpath(units.FACTORS_FILE).read_text(encoding="utf-8"))
    assert shipped["units_sha256"] == units.definitions_sha256(), \
        "units.txt changed: regenerate the table with python -m auditor.units"
    assert shipped == units.factor_table()
    for surface, factor in shipped["factors"].items():
        info = units.lookup(surface)
        assert str(info.factor) == factor == str(units.pint_factor(surface, info.normal)), surface


def test_stale_table_falls_back_to_pint(monkeypatch):
    monkeypatch.setattr(units, "definitions_sha256", lambda: "another units.txt")
    units._factor_table.cache_clear()
    units.lookup.cache_clear()
    try:
        assert units._factor_table() is None
        assert units.lookup("亿元").factor == units.pint_factor("亿元", "万元") == 10000
    finally:
        units._factor_table.cache_clear()
        units.lookup.cache_clear()


def test_every_surface_form_has_a_factor():
    """Every unit the parser can match converts: a surface that pint would parse as an expression
    (人·次 as 人 × 次) once made any report containing it end in an internal error."""
    shipped = units.factor_table()["factors"]
    assert set(shipped) == set(units.surfaces())
    assert units.lookup("人·次").normal == "人次" and units.lookup("人·次").factor == 1


def test_a_report_with_a_dotted_unit_is_audited():
    from auditor import audit_text

    claims = audit_text("全县培训农民3200人·次，发放补贴12万元。").claims
    assert [(c.text, c.value, c.unit) for c in claims][0] == ("3200人·次", 3200, "人次")
