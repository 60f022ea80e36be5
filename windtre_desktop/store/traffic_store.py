"""Traffico in the local store (R-30, R-31): daily aggregates of a line or of the company, a line's records,
which days of each are kept in full (per day, so "which period is cached" is exact), the ETags of the daily
endpoints, the company's top lines, and the server's last known today. Every write is one transaction.

A day's coverage is `final` when the day was already past on the server when it was fetched: a day fetched
as today holds only the quarter hours then past, so it is fetched again once it is over."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from windtre_desktop.api.traffic import TRAFFIC_TYPES
from windtre_desktop.store.database import StorePart

DAILY = "daily"
RECORDS = "records"
WINDOW_QUERY = ""  # the ETag key of a daily request without from/to (the whole window)

_TYPE_ORDER = {code: index for index, code in enumerate(TRAFFIC_TYPES)}
_RECORD_SELECT = ("SELECT at, type, kind, number, destination, roaming_country, seconds, bytes, cost_cents,"
                  " description, id FROM traffic_records WHERE line_id = ? AND at >= ? AND at < ? ORDER BY at, id")
_RECORD_INSERT = ("INSERT OR REPLACE INTO traffic_records (line_id, at, id, type, kind, number, destination,"
                  " roaming_country, seconds, bytes, cost_cents, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def range_query(first: date | str, last: date | str) -> str:
    """The ETag key of a daily request with from/to."""
    return f"{first}..{last}"


def _bounds(first: date, last: date) -> tuple[str, str]:
    """`at` text bounds of the days first…last: at >= first, at < the day after last."""
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


class TrafficStore(StorePart):
    """Use from the thread that owns `store` (one Store per thread)."""

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One read transaction: every read inside sees the same state of the store (WAL), whatever another
        connection writes meanwhile. Nothing may be written through this connection inside it."""
        self._conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    # -- the server's today, ETags -------------------------------------------------------------

    def server_today(self) -> date | None:
        row = self._conn.execute("SELECT today FROM traffic_state WHERE id = 1").fetchone()
        return None if row is None or not row[0] else date.fromisoformat(row[0])

    def set_server_today(self, today: date) -> None:
        self._conn.execute("UPDATE traffic_state SET today = ?, learned_at = ? WHERE id = 1",
                           (today.isoformat(), now_iso()))

    def etag(self, scope: str, query: str) -> str | None:
        row = self._conn.execute("SELECT etag FROM traffic_etags WHERE scope = ? AND query = ?",
                                 (scope, query)).fetchone()
        return None if row is None else row[0]

    # -- daily aggregates ----------------------------------------------------------------------

    def save_daily(self, scope: str, days: Sequence[Mapping[str, Any]], *, today: date, query: str,
                   etag: str | None, learned_today: bool = False, top: Mapping[str, Any] | None = None,
                   line_count: int | None = None, period: tuple[str, str] | None = None,
                   fetched_at: str | None = None) -> None:
        """Replace the given days of `scope` (the answer's days), mark them kept, keep the ETag of `query`;
        with `learned_today`, `today` becomes the server's last known today; `top`/`line_count` (the
        company's) are kept for `period` (first, last)."""
        at = fetched_at or now_iso()
        rows, covered = [], []
        for day in days:
            name = day["date"]
            covered.append((scope, DAILY, name, at, int(date.fromisoformat(name) < today)))
            for code, agg in day["types"].items():
                rows.append((scope, name, code, int(agg["records"]), int(agg["seconds"]), int(agg["bytes"]),
                             int(agg["costCents"])))

        def work(conn: sqlite3.Connection) -> None:
            conn.executemany("DELETE FROM traffic_days WHERE scope = ? AND day = ?",
                             [(scope, day["date"]) for day in days])
            conn.executemany("INSERT INTO traffic_days VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany("INSERT OR REPLACE INTO traffic_coverage VALUES (?, ?, ?, ?, ?)", covered)
            if etag:
                conn.execute("INSERT OR REPLACE INTO traffic_etags VALUES (?, ?, ?)", (scope, query, etag))
            else:
                conn.execute("DELETE FROM traffic_etags WHERE scope = ? AND query = ?", (scope, query))
            if learned_today:
                self.set_server_today(today)
            if top is not None and period is not None:
                conn.execute("INSERT OR REPLACE INTO traffic_company VALUES (?, ?, ?, ?, ?)",
                             (period[0], period[1], json.dumps(top), line_count, at))

        self._write(work)

    def days(self, scope: str, first: date, last: date) -> list[dict]:
        """The kept days of `scope` from first to last, oldest first, in the contract's TrafficDay shape."""
        out: dict[str, dict] = {}
        for day, code, records, seconds, volume, cents in self._conn.execute(
                "SELECT day, type, records, seconds, bytes, cost_cents FROM traffic_days"
                " WHERE scope = ? AND day >= ? AND day <= ? ORDER BY day",
                (scope, first.isoformat(), last.isoformat())):
            types = out.setdefault(day, {"date": day, "types": {}})["types"]
            types[code] = {"records": records, "seconds": seconds, "bytes": volume, "costCents": cents}
        for entry in out.values():
            entry["types"] = dict(sorted(entry["types"].items(), key=lambda item: _TYPE_ORDER.get(item[0], 99)))
        return list(out.values())

    def day_from_records(self, line_id: str, day: date) -> None:
        """Make the line's aggregates of `day` the sums of its kept records. Today grows by the quarter hour:
        the aggregates and the records were asked at two moments, and the later (the records) wins, so the
        totals shown are those of the rows listed (R-31)."""
        name = day.isoformat()
        bounds = _bounds(day, day)

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM traffic_days WHERE scope = ? AND day = ?", (line_id, name))
            conn.executemany("INSERT INTO traffic_days VALUES (?, ?, ?, 0, 0, 0, 0)",
                             [(line_id, name, code) for code in _TYPE_ORDER])
            conn.execute(
                "INSERT OR REPLACE INTO traffic_days SELECT ?, ?, type, COUNT(*), COALESCE(SUM(seconds), 0),"
                " COALESCE(SUM(bytes), 0), COALESCE(SUM(cost_cents), 0) FROM traffic_records"
                " WHERE line_id = ? AND at >= ? AND at < ? GROUP BY type", (line_id, name, line_id, *bounds))

        self._write(work)

    def company_top(self, first: date, last: date) -> tuple[dict, int | None, str] | None:
        """The company's top lines, line count and when they were fetched, for exactly first…last."""
        row = self._conn.execute("SELECT top_json, line_count, fetched_at FROM traffic_company"
                                 " WHERE first = ? AND last = ?", (first.isoformat(), last.isoformat())).fetchone()
        return None if row is None else (json.loads(row[0]), row[1], row[2])

    # -- coverage ------------------------------------------------------------------------------

    def coverage(self, scope: str, kind: str, first: date, last: date) -> dict[date, tuple[str, bool]]:
        """The kept days of first…last: day → (fetched_at, final)."""
        return {date.fromisoformat(day): (at, bool(final)) for day, at, final in self._conn.execute(
            "SELECT day, fetched_at, final FROM traffic_coverage WHERE scope = ? AND kind = ? AND day >= ?"
            " AND day <= ?", (scope, kind, first.isoformat(), last.isoformat()))}

    # -- records -------------------------------------------------------------------------------

    def clear_records(self, line_id: str, first: date, last: date) -> None:
        """Forget a run of days of a line (records and coverage) before fetching it again."""
        self._write(lambda conn: self._clear(conn, line_id, first, last))

    @staticmethod
    def _clear(conn: sqlite3.Connection, line_id: str, first: date, last: date) -> None:
        low, high = _bounds(first, last)
        conn.execute("DELETE FROM traffic_records WHERE line_id = ? AND at >= ? AND at < ?", (line_id, low, high))
        conn.execute("DELETE FROM traffic_coverage WHERE scope = ? AND kind = ? AND day >= ? AND day <= ?",
                     (line_id, RECORDS, first.isoformat(), last.isoformat()))

    def save_records_page(self, line_id: str, records: Sequence[Mapping[str, Any]], first: date, last: date, *,
                          today: date, last_page: bool, clear: bool = False, fetched_at: str | None = None) -> None:
        """Store one page of the records of the run first…last (oldest first), in one transaction (with
        `clear`, the run is forgotten first, in the same one). The days of the run before the page's last
        record's day are then complete, and on the last page all of them: those are marked kept."""
        at = fetched_at or now_iso()
        rows = [(line_id, r["at"], r["id"], r["type"], r["kind"], r.get("number"), r.get("destination"),
                 r.get("roamingCountry"), r.get("seconds"), r.get("bytes"), r.get("costCents"), r.get("description"))
                for r in records]
        if last_page:
            complete_until = last  # included
        elif records:
            complete_until = date.fromisoformat(records[-1]["at"][:10]) - timedelta(days=1)
        else:
            complete_until = first - timedelta(days=1)
        covered = []
        day = first
        while day <= min(complete_until, last):
            covered.append((line_id, RECORDS, day.isoformat(), at, int(day < today)))
            day += timedelta(days=1)

        def work(conn: sqlite3.Connection) -> None:
            if clear:
                self._clear(conn, line_id, first, last)
            conn.executemany(_RECORD_INSERT, rows)
            conn.executemany("INSERT OR IGNORE INTO traffic_coverage VALUES (?, ?, ?, ?, ?)", covered)

        self._write(work)

    def records(self, line_id: str, first: date, last: date) -> list[tuple]:
        """A line's records of first…last as tuples in traffic_data.RECORD_COLUMNS order, by (at, id)."""
        return self._conn.execute(_RECORD_SELECT, (line_id, *_bounds(first, last))).fetchall()

    def record_count(self, line_id: str, first: date, last: date) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM traffic_records WHERE line_id = ? AND at >= ? AND at < ?",
                                      (line_id, *_bounds(first, last))).fetchone()[0])

    def record_chunks(self, line_id: str, first: date, last: date, size: int) -> Iterator[list[dict]]:
        """The same records in chunks of `size`, as the contract's record dicts (camelCase keys)."""
        cursor = self._conn.execute(_RECORD_SELECT, (line_id, *_bounds(first, last)))
        try:
            while chunk := cursor.fetchmany(size):
                yield [{"at": r[0], "type": r[1], "kind": r[2], "number": r[3], "destination": r[4],
                        "roamingCountry": r[5], "seconds": r[6], "bytes": r[7], "costCents": r[8],
                        "description": r[9], "id": r[10]} for r in chunk]
        finally:
            cursor.close()

    # -- pruning -------------------------------------------------------------------------------

    def prune(self, first: date) -> None:
        """Forget everything before `first` (the window's first day): it is no longer kept by the server."""
        day = first.isoformat()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM traffic_days WHERE day < ?", (day,))
            conn.execute("DELETE FROM traffic_records WHERE at < ?", (day,))
            conn.execute("DELETE FROM traffic_coverage WHERE day < ?", (day,))
            conn.execute("DELETE FROM traffic_company WHERE first < ?", (day,))
            conn.execute("DELETE FROM traffic_etags WHERE query != ? AND query < ?", (WINDOW_QUERY, day))

        self._write(work)
