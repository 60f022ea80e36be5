"""What the Traffico chart draws (issue 11): one value per day and per traffic type (R-31: calls, messages,
internet, options, other) in one measure, or a long run of raw points. Qt-free, no I/O.

Values keep the contract's units (docs/api.md): data in bytes, time in seconds, counts, money in euro cents;
which measure a view feeds is the view's choice, how it is written is i18n.formatting's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import accumulate

TRAFFIC_TYPES = ("calls", "messages", "internet", "options", "other")  # R-31, in the chart's stacking order


class Measure(StrEnum):
    """What a chart counts; each measure has one unit."""

    DATA = "data"  # bytes
    DURATION = "duration"  # seconds
    COUNT = "count"  # events (calls, messages, sessions)
    SPEND = "spend"  # euro cents

    @property
    def unit(self) -> str:
        return {"data": "bytes", "duration": "seconds", "count": "count", "spend": "cents"}[self.value]


@dataclass(frozen=True)
class TrafficSeries:
    """Per-day values by type: `values[type][i]` belongs to `days[i]`. Days strictly increase (a day with no
    traffic may be left out or given zeros); a type without traffic may be left out; values are not negative."""

    measure: Measure
    days: tuple[date, ...]
    values: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", tuple(self.days))
        object.__setattr__(self, "values", {kind: tuple(int(v) for v in vals) for kind, vals in self.values.items()})
        for kind, vals in self.values.items():
            if kind not in TRAFFIC_TYPES:
                raise ValueError(f"unknown traffic type {kind!r}")
            if len(vals) != len(self.days):
                raise ValueError(f"{kind}: {len(vals)} values for {len(self.days)} days")
            if any(v < 0 for v in vals):
                raise ValueError(f"{kind}: a negative value")
        if any(b <= a for a, b in zip(self.days, self.days[1:], strict=False)):
            raise ValueError("days must strictly increase")

    @classmethod
    def empty(cls, measure: Measure) -> TrafficSeries:
        return cls(measure, ())

    @property
    def types(self) -> tuple[str, ...]:
        """The types present, in stacking order."""
        return tuple(kind for kind in TRAFFIC_TYPES if kind in self.values)

    def is_empty(self) -> bool:
        return not self.days

    def value(self, kind: str, index: int) -> int:
        vals = self.values.get(kind)
        return vals[index] if vals is not None else 0

    def totals(self) -> list[int]:
        """Each day's total over the types."""
        return [sum(self.value(kind, i) for kind in self.types) for i in range(len(self.days))]

    def cumulative(self) -> list[int]:
        """The running total of the days' totals."""
        return list(accumulate(self.totals()))

    def index_of(self, day: date) -> int | None:
        try:
            return self.days.index(day)
        except ValueError:
            return None


@dataclass(frozen=True)
class TrafficPoints:
    """A long run of raw points (one per record or sample): `days[i]` is a day number, fractional within the
    day, counted like date.toordinal(); `values[i]` is in the measure's unit. Days do not decrease."""

    measure: Measure
    days: Sequence[float]
    values: Sequence[float]

    def __post_init__(self) -> None:
        if len(self.days) != len(self.values):
            raise ValueError(f"{len(self.values)} values for {len(self.days)} points")

    def is_empty(self) -> bool:
        return len(self.days) == 0


# Which aggregate of the contract (docs/api.md "Traffic") each measure reads.
_FIELD = {Measure.COUNT: "records", Measure.SPEND: "costCents", Measure.DURATION: "seconds", Measure.DATA: "bytes"}


def series_from_days(days: Sequence[Mapping], measure: Measure) -> TrafficSeries:
    """The chart of a period from the contract's daily aggregates (`{"date": "YYYY-MM-DD", "types": {type:
    {"records", "seconds", "bytes", "costCents"}}}`, oldest first). A type with nothing in that measure over
    the whole period is left out (no calls drawn in a data chart)."""
    key = _FIELD[measure]
    dates = tuple(date.fromisoformat(str(day["date"])) for day in days)
    values: dict[str, tuple[int, ...]] = {}
    for kind in TRAFFIC_TYPES:
        column = tuple(int(((day.get("types") or {}).get(kind) or {}).get(key) or 0) for day in days)
        if any(column):
            values[kind] = column
    return TrafficSeries(measure, dates, values)
