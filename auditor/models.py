"""The data model: claims found in a report, findings about them, and the audit result.

Values are exact (:class:`~decimal.Decimal`) inside; JSON shows them as numbers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional, get_args

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

    def __eq__(self, other) -> bool:
        # the checks compare sentence and clause spans of claims all the time: compare the two
        # offsets directly rather than through BaseModel.__eq__ (same result for two Spans)
        if other.__class__ is Span:
            return self.start == other.start and self.end == other.end
        return super().__eq__(other)


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
    number: str = Field(description="the digits as written (numeral characters simplified: 3萬5千 → 3万5千)")
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


_SHARED_FIELDS_SETS: dict[tuple, set] = {}
_LAST_SHARED: dict[type, set] = {}
_MODEL_FIELDS: dict[type, tuple[str, ...]] = {}


#: fewer models than this are left as they are: sharing costs about 10 µs a claim, and the memory
#: it saves matters only for very large texts (a county report holds a few hundred claims)
SHARE_FROM = 2_000


def share_fields_sets(models, least: int | None = None) -> None:
    """Let frozen models with the same explicitly set fields share one set of those names, when
    there are at least ``least`` of them.

    Pydantic keeps that set per instance (2.8 KB of the 8 KB a Claim takes); a frozen model never
    changes it in place (model_copy copies it first), so one set per distinct content serves every
    claim, finding and span, and the result of a large report takes about half the memory.
    Treat ``model_fields_set`` of these models as read-only. ``least`` is SHARE_FROM unless given.
    """
    if len(models) >= (SHARE_FROM if least is None else least):
        _share(models)


def _share(models) -> None:
    for model in models:
        cls = type(model)
        if not cls.model_config.get("frozen"):
            continue
        own = model.__pydantic_fields_set__
        shared = _LAST_SHARED.get(cls)
        if shared is None or own != shared:
            shared = _LAST_SHARED[cls] = _SHARED_FIELDS_SETS.setdefault((cls, frozenset(own)), own)
        if shared is not own:
            object.__setattr__(model, "__pydantic_fields_set__", shared)
        for name in _model_fields(cls):
            value = model.__dict__.get(name)
            if isinstance(value, BaseModel):
                _share((value,))
            elif isinstance(value, list) and value:
                _share(value)


def _model_fields(cls) -> tuple[str, ...]:
    """The fields of ``cls`` that can hold models (Interval, Span, lists of Span …)."""
    names = _MODEL_FIELDS.get(cls)
    if names is None:
        def holds_model(annotation) -> bool:
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                return True
            return any(holds_model(arg) for arg in get_args(annotation))

        names = _MODEL_FIELDS[cls] = tuple(n for n, f in cls.model_fields.items() if holds_model(f.annotation))
    return names


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
