"""The data model: claims found in a report, findings about them, and the audit result.

Values are exact (:class:`~decimal.Decimal`) inside; JSON shows them as numbers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_serializer


def _num(value: Decimal | None):
    """Decimal → int or float for JSON (exact enough for display; checks use the Decimal)."""
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < Decimal(10) ** 15:
        return int(value)
    return float(value)


class Span(BaseModel):
    """Offsets into the text exactly as decoded (Python ``str`` indices, end exclusive)."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int


class Interval(BaseModel):
    """What a stated figure can mean: ``None`` is an open end (超过, 以上 / 以下)."""

    model_config = ConfigDict(frozen=True)
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None

    @field_serializer("low", "high")
    def _ser(self, v: Decimal | None):
        return _num(v)

    def contains(self, x: Decimal) -> bool:
        return (self.low is None or self.low <= x) and (self.high is None or x <= self.high)

    def __str__(self) -> str:
        lo = "−∞" if self.low is None else _fmt(self.low)
        hi = "+∞" if self.high is None else _fmt(self.high)
        return f"[{lo}, {hi}]"


def _fmt(x: Decimal) -> str:
    s = format(x.normalize(), "f") if x == x else str(x)
    return s


class Quantity(BaseModel):
    """A figure normalised into its unit (money 万元, area 亩, power 兆瓦 ...)."""

    model_config = ConfigDict(frozen=True)
    value: Decimal
    unit: str
    dimension: Optional[str] = None
    interval: Interval

    @field_serializer("value")
    def _ser(self, v: Decimal):
        return _num(v)


ClaimKind = Literal["amount", "percent", "percentage_point", "per_unit", "rank"]


class TableCell(BaseModel):
    model_config = ConfigDict(frozen=True)
    table: int
    row: int
    column: int
    header: str = ""
    row_label: str = ""


class Claim(BaseModel):
    """One numeric claim, located in the original text."""

    model_config = ConfigDict(frozen=True)
    id: str
    start: int
    end: int
    text: str
    value: Decimal = Field(description="magnitude in the normalised unit")
    unit: str = Field(description="normalised unit: 万元, 亩, 兆瓦, 人, 户, 人次, %, 个 ...")
    dimension: Optional[str] = None
    interval: Interval
    loose_interval: Interval = Field(description="the interval if trailing zeros are rounding")
    number: str = Field(description="the digits as written")
    number_span: Span
    stated_unit: str = ""
    scale: str = ""
    kind: ClaimKind = "amount"
    per: str = Field("", description="denominator of a per-unit figure (户均 → 户)")
    hedge: Optional[str] = None
    hedge_word: str = ""
    subject: str = ""
    keywords: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list, description="relation cues near the figure: 其中, 共计, 剩余 ...")
    time: str = ""
    group: Optional[str] = Field(None, description="compound figure id: 14109户40779人")
    range_with: Optional[str] = None
    range_role: Optional[str] = None
    line: int
    sentence: Span
    clause: Span
    table: Optional[TableCell] = None
    confidence: float = 1.0
    notes: list[str] = Field(default_factory=list)

    @field_serializer("value")
    def _ser(self, v: Decimal):
        return _num(v)


class Skipped(BaseModel):
    """A number-like token that is not a claim, and why."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    text: str
    reason: str


class Finding(BaseModel):
    """The verdict of one check on one relation between claims."""

    model_config = ConfigDict(frozen=True)
    check: str = Field(description="the check's kebab-case name")
    code: str
    status: Literal["pass", "fail", "warn"]
    severity: Literal["error", "warning", "info"] = "error"
    confidence: float = 1.0
    claims: list[str]
    message: str
    computation: str = ""
    stated: Optional[Interval] = None
    computed: Optional[Interval] = None
    why: str = ""
    spans: list[Span] = Field(default_factory=list)
    line: Optional[int] = None


class AuditResult(BaseModel):
    source: str
    encoding: str = "utf-8"
    characters: int = 0
    notes: list[str] = Field(default_factory=list, description="about the input as a whole: lines in another "
                             "encoding, bytes replaced with U+FFFD")
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"pass": 0, "fail": 0, "warn": 0}
        for f in self.findings:
            out[f.status] += 1
        return out
