"""Units as data: the pint registry of Chinese units and the surface forms the parser knows.

The definitions live in ``units.txt`` (pint's grammar). The registry is built once, lazily, the
first time a unit is converted; surface forms for the figure regex are read from the same file
without importing pint, so start-up stays light. For the same reason the factor of every surface
form to its normalised unit, as pint computes it, ships in ``data/unit_factors.json`` together
with the SHA-256 of the ``units.txt`` it was computed from: when the definitions change and the
table was not regenerated (``python -m auditor.units``), the factors come from pint again.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

#: Normalised unit per dimension: what every claim of that dimension is converted into.
NORMAL_UNIT = {
    "money": "万元",
    "area": "亩",
    "power": "兆瓦",
    "length": "公里",
    "weight": "吨",
    "volume": "立方米",
    "energy": "千瓦时",
    "compute": "P",
    "person": "人",
    "household": "户",
    "person_visit": "人次",
    "percent": "%",
}

#: Latin surface forms that are units only when no further letter follows them.
LATIN_UNITS = {"MW", "mw", "kW", "KW", "kw", "GW", "gw", "kWh", "kV", "km", "kg", "m2", "m3",
               "km2", "hm2", "P", "PFLOPS", "Pflops", "EFLOPS", "Eflops", "EFlops"}

_CJK = re.compile(r"[\u3400-\u9fff]")


def _definitions_text() -> str:
    return resources.files("auditor").joinpath("units.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class UnitInfo:
    surface: str        # as written: 亿元, 公顷, 人
    name: str           # pint unit name: yiyuan
    dimension: str      # money, area, person, count_ge ...
    normal: str         # normalised unit: 万元, 亩, 人, 个 ...
    factor: Decimal     # value in `surface` × factor = value in `normal`


@lru_cache(maxsize=1)
def _definitions() -> dict[str, tuple[str, str]]:
    """surface form -> (pint name, base unit name) from the definitions file."""
    table: dict[str, tuple[str, str]] = {}
    base_of: dict[str, str] = {}
    dim_of: dict[str, str] = {}
    for raw in _definitions_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        name, definition, aliases = parts[0], parts[1], parts[2:]
        m = re.fullmatch(r"\[(\w+)\]", definition)
        if m:
            base_of[name] = name
            dim_of[name] = m.group(1)
        else:
            ref = definition.split("*")[-1].strip()
            base_of[name] = base_of[ref]
        for alias in aliases:
            if _CJK.search(alias) or alias in LATIN_UNITS or alias in {"‰"}:
                table[alias] = (name, base_of[name])
    _definitions.dims = dim_of  # type: ignore[attr-defined]
    return table


def surfaces() -> list[str]:
    """Every unit surface form, longest first (for a regex alternation)."""
    return sorted(_definitions(), key=lambda s: (-len(s), s))


@lru_cache(maxsize=1)
def registry():
    """The one pint registry, built on first use."""
    import pint

    ureg = pint.UnitRegistry(None, non_int_type=Decimal, autoconvert_offset_to_baseunit=False)
    for line in _definitions_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ureg.define(line)
    return ureg


@lru_cache(maxsize=None)
def lookup(surface: str) -> UnitInfo | None:
    """How to normalise a unit as written, or None when it is not a unit we know."""
    if surface in ("%", "％"):
        return UnitInfo(surface, "percent", "percent", "%", Decimal(1))
    defs = _definitions()
    if surface not in defs:
        return None
    name, base = defs[surface]
    dimension = _definitions.dims[base]  # type: ignore[attr-defined]
    normal = NORMAL_UNIT.get(dimension)
    if normal is None:
        # a counter or other unit that keeps its own name: normalise to the base surface
        normal = _first_alias(base)
    table = _factor_table()
    if table is not None and surface in table:
        factor = Decimal(table[surface])
    else:
        factor = pint_factor(surface, normal)
    return UnitInfo(surface, name, dimension, normal, factor)


def _pint_name(surface: str) -> str:
    """The registry's own name for a surface form. Surfaces are not parsed as unit expressions:
    pint would read 人·次 as 人 × 次 and 人/月 as a quotient."""
    entry = _definitions().get(surface)
    return entry[0] if entry else surface


def pint_factor(surface: str, normal: str) -> Decimal:
    """How many ``normal`` one ``surface`` is, computed by pint."""
    ureg = registry()
    return Decimal(ureg.Quantity(Decimal(1), _pint_name(surface)).to(_pint_name(normal)).magnitude)


FACTORS_FILE = "data/unit_factors.json"


def definitions_sha256() -> str:
    return hashlib.sha256(_definitions_text().encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _factor_table() -> dict[str, str] | None:
    """surface → factor (exact decimal string) from the shipped table, if it is current."""
    try:
        data = json.loads(resources.files("auditor").joinpath(FACTORS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("units_sha256") != definitions_sha256():
        return None
    return data.get("factors")


def factor_table() -> dict:
    """The table that ships as data/unit_factors.json, computed by pint from units.txt now."""
    import pint

    factors = {}
    for surface in sorted(_definitions()):
        try:
            info = lookup(surface)
        except pint.errors.PintError:
            continue  # not in the table: lookup asks pint, which raises the same error again
        factors[surface] = str(pint_factor(surface, info.normal))
    return {"units_sha256": definitions_sha256(), "factors": factors}


@lru_cache(maxsize=None)
def _first_alias(name: str) -> str:
    for line in _definitions_text().splitlines():
        parts = [p.strip() for p in line.split("#", 1)[0].split("=")]
        if parts and parts[0] == name and len(parts) > 2:
            return parts[2]
    return name


def convert(value: Decimal, surface: str, target: str) -> Decimal:
    """Convert through pint (used by tests and checks that restate a figure in another unit)."""
    ureg = registry()
    return Decimal(ureg.Quantity(value, _pint_name(surface)).to(_pint_name(target)).magnitude)


def dimension_of(unit: str) -> str | None:
    info = lookup(unit)
    if info is not None:
        return info.dimension
    if unit == "%":
        return "percent"
    return None


if __name__ == "__main__":  # python -m auditor.units: regenerate data/unit_factors.json
    from pathlib import Path

    target = Path(__file__).resolve().parent / FACTORS_FILE
    target.write_text(json.dumps(factor_table(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"wrote {target}")
