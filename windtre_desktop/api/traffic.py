"""Typed shapes of the traffic answers (docs/api.md "Traffic", R-30…R-32), in the contract's camelCase:
what ApiClient's traffic methods return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict, get_args

TrafficType = Literal["calls", "messages", "internet", "options", "other"]
TRAFFIC_TYPES: tuple[TrafficType, ...] = get_args(TrafficType)  # R-31, in the contract's order


class TypeAggregate(TypedDict):
    records: int
    seconds: int
    bytes: int
    costCents: int


class TrafficDay(TypedDict):
    date: str
    types: dict[str, TypeAggregate]


class TopLine(TypedDict):
    lineId: str
    msisdn: str
    value: int


class TrafficRecord(TypedDict):
    id: str
    at: str
    type: str
    kind: str
    number: str | None
    destination: str | None
    roamingCountry: str | None
    seconds: int | None
    bytes: int | None
    costCents: int
    description: str | None


@dataclass(frozen=True)
class DailyTraffic:
    """Daily aggregates of one line or of the company (`top` and `line_count` only for the company), with
    the ETag to send back next time."""

    first: str
    last: str
    days: list[TrafficDay]
    totals: dict[str, TypeAggregate]
    etag: str | None
    top: dict[str, list[TopLine]] | None = None
    line_count: int | None = None


@dataclass(frozen=True)
class RecordsPage:
    """One page of a line's records, oldest first; `next_cursor` None on the last page. `line` is the
    export's line ({id, msisdn, kind, holder, alias}), None for /records."""

    first: str
    last: str
    total_records: int
    records: list[TrafficRecord]
    next_cursor: str | None
    line: dict | None = None
