"""The /api/v1 traffic endpoints (docs/api.md "Traffic", R-30…R-32): periods, paging and ETags over the
lazy model of sandbox.traffic. Nothing is made at start-up; a line's daily model and a day's records are
made when asked and kept in small LRU caches."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from datetime import date, timedelta
from typing import Annotated

import numpy as np
from fastapi import FastAPI, Query, Request
from fastapi.responses import Response

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox import traffic as model
from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.http import (
    FAILS,
    CurrentUser,
    envelope,
    etag_matches,
    json_response,
    not_modified,
)
from windtre_desktop.sandbox.messages import ApiError, ok_body
from windtre_desktop.sandbox.state import State

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_MODIFIED = {304: {"description": "Not modified (If-None-Match matched): empty body"}}
RECORDS_LIMIT = (1000, 5000)  # default, maximum
EXPORT_LIMIT = (5000, 10000)
TOP_LIMIT = (10, 100)
COMPANY_BLOCK = 128  # lines per numpy block for company aggregates
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Period:
    """A validated [from, to] of days inside the window (400 ERR-VAL-01 naming the field otherwise)."""

    def __init__(self, clock: model.Clock, start: str | None, end: str | None, max_days: int | None = None):
        first, last = clock.first, clock.today
        self.end = _day(end, "to", clock) if end else last
        if start:
            self.start = _day(start, "from", clock)
        elif max_days is not None:
            self.start = max(first, self.end - timedelta(days=max_days - 1))
        else:
            self.start = first
        if self.start > self.end:
            raise ApiError(400, "ERR-VAL-01", field="to", key="range_reversed")
        days = (self.end - self.start).days + 1
        if max_days is not None and days > max_days:
            raise ApiError(400, "ERR-VAL-01", field="from", key="export_range", max=max_days, days=days)
        self.days = [self.start + timedelta(days=i) for i in range(days)]
        self.offset = (self.start - first).days  # index of the first day in the window


def _day(text: str, field: str, clock: model.Clock) -> date:
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise ApiError(400, "ERR-VAL-01", field=field, key="date_invalid") from None
    if not clock.first <= day <= clock.today:
        raise ApiError(
            400,
            "ERR-VAL-01",
            field=field,
            key="traffic_window",
            first=clock.first.isoformat(),
            last=clock.today.isoformat(),
        )
    return day


def _types(type_code: str | None) -> list[int]:
    if type_code is None:
        return list(range(len(model.TYPES)))
    if type_code not in model.TYPES:
        raise ApiError(400, "ERR-VAL-01", field="type", key="choice_invalid", choices=", ".join(model.TYPES))
    return [model.TYPES.index(type_code)]


def _etag(name: str, state: State, *parts: object) -> str:
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    return f'"traffic-{name}-{state.instance}-{digest}"'


def _answer(request: Request, etag: str, build) -> Response:  # noqa: ANN001 - a callable making the data
    if etag_matches(request, etag):
        return not_modified(etag)
    return json_response(ok_body(build()), headers={"ETag": etag, "Cache-Control": "no-cache"})


class TrafficData:
    """The traffic of one sandbox: lazy per line, cached in small LRUs, keyed by the sandbox clock."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.seed = state.config.seed
        self._lines = model.LruCache(64)  # (lineId, clock) → the line's (D, K) arrays over the window
        self._days = model.LruCache(16)  # (lineId, day, clock) → that day's records (a heavy day is ~1.5 MB)
        self._company = model.LruCache(16)  # company answers, per period and clock

    def profile(self, line: dict) -> model.Profile:
        return self.state.traffic_profile(line)

    def clock(self) -> model.Clock:
        return model.Clock.at(self.state.now())

    def line(self, user: SessionUser, line_id: str) -> dict:
        raw = self.state.line(line_id)
        if raw is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        if not self.state.may_see_line(user, line_id):
            raise ApiError(403, "ERR-AUTH-03")
        return json.loads(raw)

    def window(self, line: dict, clock: model.Clock) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The line's (records, quantity, cost) per (day of the window, kind)."""

        def build() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            profiles = model.Profiles.of([(line["id"], line["msisdn"], self.profile(line))])
            days = [clock.first + timedelta(days=i) for i in range(model.WINDOW_DAYS + 1)]
            records, quantity, cost = model.cells(profiles, days, clock)
            return records[0], quantity[0], cost[0]

        return self._lines.get((line["id"], clock.stamp), build)

    def day_records(self, line: dict, day: date, clock: model.Clock) -> list[dict]:
        def build() -> list[dict]:
            records, quantity, cost = self.window(line, clock)
            i = (day - clock.first).days
            span = clock.elapsed if day == clock.today else model.day_length(day)
            office = self.profile(line).week == 0
            return model.day_records(
                self.seed, line["id"], day, records[i], quantity[i], cost[i], span, office
            )

        stamp = clock.stamp if day == clock.today else ""
        return self._days.get((line["id"], day, stamp), build)

    # -- answers -------------------------------------------------------------------------------------------
    def line_daily(self, line: dict, period: Period, types: list[int], clock: model.Clock) -> dict:
        records, quantity, cost = self.window(line, clock)
        span = slice(period.offset, period.offset + len(period.days))
        measures = model.by_type(records[span], quantity[span], cost[span])
        return {
            "lineId": line["id"],
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "days": model.day_entries(period.days, measures, types),
            "totals": model.totals_entry(measures, types),
        }

    def company_daily(self, company_id: str, period: Period, top: int, clock: model.Clock) -> dict:
        key = (company_id, period.start, period.end, top, clock.stamp)
        return self._company.get(key, lambda: self._company_daily(company_id, period, top, clock))

    def _profiles(self, company_id: str) -> model.Profiles:
        return self.state.traffic_profiles(company_id)

    def _company_daily(self, company_id: str, period: Period, top: int, clock: model.Clock) -> dict:
        profiles = self._profiles(company_id)
        count = len(profiles.ids)
        measures = np.zeros((len(period.days), len(model.TYPES), 4), dtype=np.int64)
        data = np.zeros(count, dtype=np.int64)
        voice = np.zeros(count, dtype=np.int64)
        spend = np.zeros(count, dtype=np.int64)
        for start in range(0, count, COMPANY_BLOCK):
            stop = min(count, start + COMPANY_BLOCK)
            records, quantity, cost = model.cells(profiles.rows(start, stop), period.days, clock)
            measures += model.by_type(records.sum(axis=0), quantity.sum(axis=0), cost.sum(axis=0))
            data[start:stop] = quantity[:, :, 5:7].sum(axis=(1, 2))
            voice[start:stop] = quantity[:, :, 0:3].sum(axis=(1, 2))
            spend[start:stop] = cost.sum(axis=(1, 2))
        order = np.arange(count)

        def best(values: np.ndarray) -> list[dict]:
            chosen = np.lexsort((order, -values))[:top]
            return [
                {"lineId": profiles.ids[i], "msisdn": profiles.msisdns[i], "value": int(values[i])}
                for i in chosen.tolist()
            ]

        every = list(range(len(model.TYPES)))
        return {
            "companyId": company_id,
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "lineCount": count,
            "days": model.day_entries(period.days, measures, every),
            "totals": model.totals_entry(measures, every),
            "top": {"data": best(data), "voice": best(voice), "spend": best(spend)},
        }

    def records_page(
        self,
        line: dict,
        period: Period,
        type_code: str | None,
        limit: int,
        cursor: str | None,
        clock: model.Clock,
    ) -> dict:
        types = _types(type_code)
        scope = f"{period.start}|{period.end}|{type_code or ''}"
        day_index, offset = _read_cursor(cursor, scope, len(period.days)) if cursor else (0, 0)
        counts = self.window(line, clock)[0][period.offset : period.offset + len(period.days)]
        kinds = [k for k, t in enumerate(model.TYPE_OF_KIND) if t in types]
        per_day = counts[:, kinds].sum(axis=1).tolist()
        page: list[dict] = []
        next_cursor = None
        while day_index < len(period.days):
            if per_day[day_index] > offset:
                day_records = self.day_records(line, period.days[day_index], clock)
                if type_code is not None:
                    day_records = [r for r in day_records if r["type"] == type_code]
                taken = day_records[offset : offset + limit - len(page)]
                page.extend(taken)
                offset += len(taken)
                if len(page) >= limit:
                    if offset < per_day[day_index]:
                        next_cursor = _write_cursor(scope, day_index, offset)
                    elif any(per_day[day_index + 1 :]):
                        next_cursor = _write_cursor(scope, day_index + 1, 0)
                    break
            day_index, offset = day_index + 1, 0
        return {
            "lineId": line["id"],
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "type": type_code,
            "totalRecords": int(sum(per_day)),
            "records": page,
            "nextCursor": next_cursor,
        }


def _write_cursor(scope: str, day_index: int, offset: int) -> str:
    raw = f"{scope}|{day_index}|{offset}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_cursor(cursor: str, scope: str, day_count: int) -> tuple[int, int]:
    """(day index, offset in that day) of a cursor made for this period and type, else 400 field cursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        head, day_text, offset_text = raw.rsplit("|", 2)
        day_index, offset = int(day_text), int(offset_text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ApiError(400, "ERR-VAL-01", field="cursor", key="cursor_invalid") from None
    if head != scope or not 0 <= day_index < day_count or offset < 0:
        raise ApiError(400, "ERR-VAL-01", field="cursor", key="cursor_invalid")
    return day_index, offset


FromQuery = Annotated[
    str | None, Query(alias="from", description="First day, YYYY-MM-DD (default: the window's first)")
]
ToQuery = Annotated[str | None, Query(description="Last day, YYYY-MM-DD (default: today)")]
TypeQuery = Annotated[
    str | None, Query(description="calls | messages | internet | options | other (default: every type)")
]
CursorQuery = Annotated[
    str | None, Query(description="nextCursor of the previous page; omit for the first page")
]


def add_traffic_routes(app: FastAPI, state: State) -> None:
    data = TrafficData(state)
    traffic = {"tags": ["traffic"], "response_model": None}
    common = {400: FAILS[400], 401: FAILS[401], 403: FAILS[403], 429: FAILS[429], **NOT_MODIFIED}
    no_line = {404: envelope(schemas.Envelope, "ERR-VAL-01 (field lineId): no such line")}

    @app.get(
        "/api/v1/lines/{lineId}/traffic/daily",
        summary="Daily traffic aggregates of one line, by type (R-30, R-31), with ETag",
        responses={
            200: {**envelope(schemas.LineTrafficDailyEnvelope, "The days"), "headers": ETAG_HEADER},
            **common,
            **no_line,
        },
        **traffic,
    )
    async def line_daily(
        request: Request,
        lineId: str,
        user: CurrentUser,
        from_: FromQuery = None,
        to: ToQuery = None,
        type: TypeQuery = None,  # noqa: A002 - the contract's name
    ) -> Response:
        line = data.line(user, lineId)
        clock = data.clock()
        period = Period(clock, from_, to)
        types = _types(type)
        etag = _etag("line-daily", state, data.seed, lineId, period.start, period.end, type, clock.stamp)
        return _answer(request, etag, lambda: data.line_daily(line, period, types, clock))

    @app.get(
        "/api/v1/traffic/daily",
        summary="Daily traffic aggregates of the whole company by type, with its top lines (R-21, R-30), with ETag",
        responses={
            200: {
                **envelope(schemas.CompanyTrafficDailyEnvelope, "The days and top lines"),
                "headers": ETAG_HEADER,
            },
            **common,
        },
        **traffic,
    )
    async def company_daily(
        request: Request,
        user: CurrentUser,
        from_: FromQuery = None,
        to: ToQuery = None,
        top: Annotated[int, Query(ge=1, le=TOP_LIMIT[1], description="Top lines per ranking")] = TOP_LIMIT[0],
    ) -> Response:
        clock = data.clock()
        period = Period(clock, from_, to)
        etag = _etag(
            "company-daily", state, data.seed, user.company_id, period.start, period.end, top, clock.stamp
        )
        return _answer(request, etag, lambda: data.company_daily(user.company_id, period, top, clock))

    @app.get(
        "/api/v1/lines/{lineId}/traffic/records",
        summary="Traffic records of one line, oldest first, paged by cursor (R-30, R-31), with ETag",
        responses={
            200: {**envelope(schemas.TrafficRecordsEnvelope, "A page of records"), "headers": ETAG_HEADER},
            **common,
            **no_line,
        },
        **traffic,
    )
    async def records(
        request: Request,
        lineId: str,
        user: CurrentUser,
        from_: FromQuery = None,
        to: ToQuery = None,
        type: TypeQuery = None,  # noqa: A002 - the contract's name
        limit: Annotated[int, Query(ge=1, le=RECORDS_LIMIT[1])] = RECORDS_LIMIT[0],
        cursor: CursorQuery = None,
    ) -> Response:
        line = data.line(user, lineId)
        clock = data.clock()
        period = Period(clock, from_, to)
        _types(type)
        etag = _etag(
            "records", state, data.seed, lineId, period.start, period.end, type, limit, cursor, clock.stamp
        )
        return _answer(request, etag, lambda: data.records_page(line, period, type, limit, cursor, clock))

    @app.get(
        "/api/v1/lines/{lineId}/traffic/export",
        summary="The data of 'DOWNLOAD TRAFFICO': one line's records over at most 90 days, paged (R-32), with ETag",
        responses={
            200: {**envelope(schemas.TrafficExportEnvelope, "A page of the export"), "headers": ETAG_HEADER},
            **common,
            **no_line,
        },
        **traffic,
    )
    async def export(
        request: Request,
        lineId: str,
        user: CurrentUser,
        from_: FromQuery = None,
        to: ToQuery = None,
        type: TypeQuery = None,  # noqa: A002 - the contract's name
        limit: Annotated[int, Query(ge=1, le=EXPORT_LIMIT[1])] = EXPORT_LIMIT[0],
        cursor: CursorQuery = None,
    ) -> Response:
        line = data.line(user, lineId)
        clock = data.clock()
        period = Period(clock, from_, to, max_days=model.EXPORT_MAX_DAYS)
        _types(type)
        etag = _etag(
            "export", state, data.seed, lineId, period.start, period.end, type, limit, cursor, clock.stamp
        )

        def build() -> dict:
            page = data.records_page(line, period, type, limit, cursor, clock)
            ref = {k: line[k] for k in ("id", "msisdn", "kind", "holder", "alias")}
            return {**page, "line": ref}

        return _answer(request, etag, build)
