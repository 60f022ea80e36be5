"""The plain values Traffico's loading passes between the GUI and the network thread (issue 11, R-30…R-32):
what the view asks for (`TrafficQuery`), what it is shown (`TrafficResult`), and an Excel download to run
(`ExportJob`). No Qt, no I/O: the loader, the worker, the flows, the view and the tests share them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from windtre_desktop.domain.traffic_periods import Period

# The contract's shapes (api.traffic's TypedDicts, which the domain may not import): a day is {"date",
# "types": {type: aggregate}}, an aggregate {"records", "seconds", "bytes", "costCents"}, a top line
# {"lineId", "msisdn", "value"}.
TrafficDay = dict[str, Any]
TypeAggregate = dict[str, int]
TopLine = dict[str, Any]

__all__ = ["AT", "BYTES", "COMPANY", "COST", "DESCRIPTION", "DESTINATION", "KIND", "NUMBER", "RECORD_COLUMNS",
           "RECORD_ID", "ROAMING", "SECONDS", "TYPE", "ExportJob", "TrafficQuery", "TrafficResult"]

COMPANY = "*company*"  # the scope of the whole company's aggregates (never a line id)

# The columns of a record row, in this order: what the store keeps and the records table shows.
RECORD_COLUMNS = ("at", "type", "kind", "number", "destination", "roaming_country", "seconds", "bytes",
                  "cost_cents", "description", "id")
AT, TYPE, KIND, NUMBER, DESTINATION, ROAMING, SECONDS, BYTES, COST, DESCRIPTION, RECORD_ID = range(11)


@dataclass(frozen=True)
class TrafficQuery:
    """What the user picked: a line (or COMPANY), a period, and for Period.CUSTOM its days. `force` (the
    window's Refresh, F5) fetches again the past days already kept; otherwise a past day's records, once
    kept, are not asked for again (today's always are)."""

    scope: str
    period: Period
    first: date | None = None  # Period.CUSTOM only
    last: date | None = None
    force: bool = False

    @property
    def is_company(self) -> bool:
        return self.scope == COMPANY


@dataclass(frozen=True)
class TrafficResult:
    """What the view shows for a query.

    `first`…`last` is the period resolved against the server's today (`today`). `days` are the contract's
    daily aggregates of that period, oldest first (a day missing from the store is left out: see
    `complete`); `totals` their sums by type. `top` and `line_count` only for the company. `records` only
    for a line: rows in RECORD_COLUMNS order, oldest first (`at` ISO text); `records_days` is how many
    of the period's days they cover in full. `saved_at` (ISO time) is when the oldest part shown was
    fetched; `from_store` says this came from the store (before the server answered, or offline);
    `complete` that every day of the period (aggregates and, for a line, records) is in."""

    scope: str
    period: Period
    first: date
    last: date
    today: date
    days: list[TrafficDay]
    totals: dict[str, TypeAggregate]
    top: dict[str, list[TopLine]] | None = None
    line_count: int | None = None
    records: list[tuple] | None = None
    records_days: int = 0
    saved_at: str | None = None
    from_store: bool = False
    complete: bool = False

    @property
    def period_days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class ExportJob:
    """DOWNLOAD TRAFFICO (R-32): one line's records from `first` to `last` (at most 90 days, checked
    before) into `path`, with the texts of `sheets` already translated."""

    line_id: str
    first: date
    last: date
    path: str
    sheets: Any = field(repr=False)  # exports.traffic_xlsx.TrafficSheets
