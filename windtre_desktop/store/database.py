"""The local SQLite cache every view renders from (company, user, lines, sync state), the wizards'
drafts and the outbox of tickets to send.

One Store (one sqlite connection) per thread: the sync worker writes through its own,
the GUI thread reads through its own, on the same file. WAL lets the reader go on
while the writer writes; each sync is applied in one transaction, so a reader sees
either the old data or the new, never half of it.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from windtre_desktop.domain.models import (
    Company,
    CompanyTotals,
    Counter,
    CounterKind,
    CounterTotal,
    Line,
    SyncPage,
    User,
)
from windtre_desktop.store import migrations

log = logging.getLogger(__name__)

TICKET_DRAFT = "ticket"  # the drafts kind of "Inserisci nuovo ticket" (the app saves it, the sender clears it)

_LINE_COLUMNS = (
    "id, msisdn, kind, holder, alias, status, payment_type, billing_account_id, offer_code, offer_name,"
    " credit_cents, data_used, data_total, voice_used, voice_total, sms_used, sms_total, updated_at, version"
)
_INSERT_LINE = f"INSERT INTO lines ({_LINE_COLUMNS}) VALUES ({', '.join('?' * 19)})"
_UPSERT_LINE = (
    _INSERT_LINE
    + " ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _LINE_COLUMNS.replace(" ", "").split(",")[1:])
)
_SELECT_LINES = f"SELECT {_LINE_COLUMNS} FROM lines"


class StoreError(Exception):
    """The local store cannot be used."""


class StoreTooNew(StoreError):
    """The database was written by a newer version of the app."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path} has schema version {found}, this version of the app knows up to {supported}: "
            "it was written by a newer windtre-desktop. Update the app."
        )


class StoreCorrupt(StoreError):
    """The file is not a usable SQLite database (it is only a cache: it can be rebuilt)."""


@dataclass(frozen=True)
class SyncState:
    cursor: str | None
    etag: str | None
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    has_data: bool


@dataclass(frozen=True)
class OutboxEntry:
    """A ticket written before it was sent (R-70…R-73): resend it with the same key until answered."""

    idempotency_key: str
    payload_json: str
    attachment_paths: tuple[str, ...]
    state: str  # "pending" or "sent"
    attempts: int
    last_error: str | None
    result_json: str | None
    created_at: str
    updated_at: str

    @property
    def payload(self) -> Any:
        return json.loads(self.payload_json)

    @property
    def result(self) -> Any:
        return None if self.result_json is None else json.loads(self.result_json)


_OUTBOX_COLUMNS = ("idempotency_key, payload_json, attachment_paths, state, attempts, last_error, result_json,"
                   " created_at, updated_at")


def _outbox_entry(row: tuple) -> OutboxEntry:
    key, payload, paths, state, attempts, error, result, created, updated = row
    return OutboxEntry(key, payload, tuple(json.loads(paths)), state, attempts, error, result, created, updated)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _as_json(value: str | Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _line_row(line: Line) -> tuple:
    d, v, s = line.data, line.voice, line.sms
    return (
        line.id,
        line.msisdn,
        line.kind,
        line.holder,
        line.alias,
        line.status,
        line.payment_type,
        line.billing_account_id,
        line.offer_code,
        line.offer_name,
        line.credit_cents,
        None if d is None else d.used,
        None if d is None else d.total,
        None if v is None else v.used,
        None if v is None else v.total,
        None if s is None else s.used,
        None if s is None else s.total,
        line.updated_at,
        line.version,
    )


def _lines_from_rows(rows: list[tuple]) -> list[Line]:
    # The hot path of lines(): plain tuple unpacking, no per-row dict or JSON.
    return [
        Line(
            i, m, k, h, a, st, pt, ba, oc, on, cc,
            None if du is None else Counter(du, dt),
            None if vu is None else Counter(vu, vt),
            None if su is None else Counter(su, smt),
            ua, ver,
        )
        for (i, m, k, h, a, st, pt, ba, oc, on, cc, du, dt, vu, vt, su, smt, ua, ver) in rows
    ]  # fmt: skip


class Store:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we open and close every transaction ourselves.
        # check_same_thread=False only so a Store may be created in one thread and then
        # used by another (a worker built before it is moved); use it from one at a time.
        self._conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise StoreCorrupt(f"{self.path} is not a usable database: {error}") from error
        except BaseException:
            self._conn.close()
            raise

    def _migrate(self) -> None:
        steps = migrations.MIGRATIONS
        version = self.schema_version
        if version > len(steps):
            raise StoreTooNew(self.path, version, len(steps))
        for target in range(version + 1, len(steps) + 1):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                steps[target - 1](self._conn)
                self._conn.execute(f"PRAGMA user_version = {int(target)}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            log.info("store %s migrated to schema version %d", self.path, target)

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- writing ---------------------------------------------------------------------

    def apply_sync(self, page: SyncPage, *, synced_at: str) -> int:
        """Store one sync answer in a single transaction; returns lines changed + deleted."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows = [_line_row(line) for line in page.lines]
            if page.full:
                # Lines missing from a full snapshot are gone: they count as deleted.
                before = {row[0] for row in conn.execute("SELECT id FROM lines")}
                deleted = len(before - {line.id for line in page.lines})
                conn.execute("DELETE FROM lines")
                conn.executemany(_INSERT_LINE, rows)
            else:
                conn.executemany(_UPSERT_LINE, rows)
                deleted = 0
                for line_id in page.deleted_line_ids:
                    deleted += conn.execute("DELETE FROM lines WHERE id = ?", (line_id,)).rowcount
            if page.company is not None:
                self._put_document("company", page.company.to_json())
            if page.user is not None:
                self._put_document("user", page.user.to_json())
            self._put_document("totals", self._sum_lines().to_json())
            conn.execute(
                "UPDATE sync_state SET cursor = ?, etag = ?, last_success_at = ?, last_attempt_at = ?,"
                " last_error = NULL WHERE id = 1",
                (page.cursor, page.etag, synced_at, synced_at),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return len(rows) + deleted

    def record_not_modified(self, synced_at: str) -> None:
        """The server confirmed (304) that the stored data is current."""
        self._conn.execute(
            "UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1",
            (synced_at, synced_at),
        )

    def record_sync_failure(self, at: str, error_kind: str) -> None:
        """Remember a failed attempt; the data already stored stays as it is."""
        self._conn.execute(
            "UPDATE sync_state SET last_attempt_at = ?, last_error = ? WHERE id = 1", (at, error_kind)
        )

    def reset_cursor(self) -> None:
        self._conn.execute("UPDATE sync_state SET cursor = NULL, etag = NULL WHERE id = 1")

    def _put_document(self, key: str, value: dict) -> None:
        self._conn.execute(
            "INSERT INTO documents (key, json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def _document(self, key: str) -> dict | None:
        row = self._conn.execute("SELECT json FROM documents WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    # -- reading ---------------------------------------------------------------------

    def company(self) -> Company | None:
        raw = self._document("company")
        return None if raw is None else Company.from_json(raw)

    def user(self) -> User | None:
        raw = self._document("user")
        return None if raw is None else User.from_json(raw)

    def lines(self) -> list[Line]:
        """All lines, ordered by msisdn."""
        # Building ~50,000 objects would trigger many needless cyclic-GC passes (none of
        # them can form a cycle): pausing the collector makes a 10,000-line load ~25% faster.
        paused = gc.isenabled()
        gc.disable()
        try:
            return _lines_from_rows(self._conn.execute(_SELECT_LINES + " ORDER BY msisdn, id").fetchall())
        finally:
            if paused:
                gc.enable()

    def line(self, line_id: str) -> Line | None:
        rows = self._conn.execute(_SELECT_LINES + " WHERE id = ?", (line_id,)).fetchall()
        return _lines_from_rows(rows)[0] if rows else None

    def line_count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM lines").fetchone()[0])

    def lines_head(self, limit: int) -> list[Line]:
        """The first `limit` lines in the order of lines(): what a start shows before the rest is read."""
        return _lines_from_rows(self._conn.execute(_SELECT_LINES + " ORDER BY msisdn, id LIMIT ?", (limit,)).fetchall())

    def saved_totals(self) -> CompanyTotals:
        """The totals saved with the last sync (read in constant time); summed afresh for a cache older
        than that document."""
        raw = self._document("totals")
        return self.totals() if raw is None else CompanyTotals.from_json(raw)

    def totals(self) -> CompanyTotals:
        """Same result as domain.totals.company_totals(self.lines()), summed in SQL."""
        # A read transaction, so the sums all see the same snapshot.
        self._conn.execute("BEGIN")
        try:
            return self._sum_lines()
        finally:
            self._conn.execute("COMMIT")

    def _sum_lines(self) -> CompanyTotals:
        """The sums of totals(), inside the caller's transaction."""
        conn = self._conn
        count, fixed, credit = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(kind = 'fixed'), 0), COALESCE(SUM(credit_cents), 0) FROM lines"
        ).fetchone()
        counters = {}
        for kind in CounterKind:
            used, used_limited, total, unlimited, lines = conn.execute(
                f"SELECT COALESCE(SUM({kind.value}_used), 0),"
                f" COALESCE(SUM(CASE WHEN {kind.value}_total IS NOT NULL THEN {kind.value}_used END), 0),"
                f" COALESCE(SUM({kind.value}_total), 0),"
                f" COALESCE(SUM({kind.value}_total IS NULL), 0),"
                f" COUNT(*)"
                f" FROM lines WHERE {kind.value}_used IS NOT NULL"
            ).fetchone()
            counters[kind] = CounterTotal(
                used=used, used_limited=used_limited, total=total, unlimited_lines=unlimited, lines=lines
            )
        # Most used first; ties in order of first appearance by msisdn, like Counter.most_common.
        offers = conn.execute(
            "SELECT offer_name, COUNT(*) AS n, MIN(msisdn || char(31) || id) AS first FROM lines"
            " WHERE offer_name != '' GROUP BY offer_name ORDER BY n DESC, first"
        ).fetchall()
        return CompanyTotals(
            lines=count,
            mobile_lines=count - fixed,
            fixed_lines=fixed,
            credit_cents=credit,
            counters=counters,
            offers={name: n for name, n, _ in offers},
        )

    def sync_state(self) -> SyncState:
        cursor, etag, success, attempt, error = self._conn.execute(
            "SELECT cursor, etag, last_success_at, last_attempt_at, last_error FROM sync_state WHERE id = 1"
        ).fetchone()
        has_data = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE key = 'company') OR EXISTS (SELECT 1 FROM lines)"
        ).fetchone()[0]
        return SyncState(cursor, etag, success, attempt, error, bool(has_data))

    # -- drafts (one per kind) ---------------------------------------------------------

    def save_draft(self, kind: str, data: Any, *, at: str | None = None) -> None:
        """Keep `data` (JSON-friendly, e.g. Wizard.to_draft()) as the draft of `kind`, replacing the last."""
        self._conn.execute(
            "INSERT INTO drafts (kind, json, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(kind) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
            (kind, json.dumps(data, ensure_ascii=False), at or _now()),
        )

    def load_draft(self, kind: str) -> Any | None:
        """The draft of `kind`, None when there is none or it is not readable JSON (it is then dropped)."""
        row = self._conn.execute("SELECT json FROM drafts WHERE kind = ?", (kind,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            log.warning("dropping unreadable %s draft", kind)
            self.delete_draft(kind)
            return None

    def draft_updated_at(self, kind: str) -> str | None:
        row = self._conn.execute("SELECT updated_at FROM drafts WHERE kind = ?", (kind,)).fetchone()
        return None if row is None else row[0]

    def delete_draft(self, kind: str) -> bool:
        return self._conn.execute("DELETE FROM drafts WHERE kind = ?", (kind,)).rowcount > 0

    # -- outbox of tickets -------------------------------------------------------------

    def enqueue_ticket(self, idempotency_key: str, payload_json: str | Any,
                       attachment_paths: Sequence[str | Path] = (), *, at: str | None = None) -> bool:
        """Write the ticket before its request is sent, durably (synchronous FULL for this write).
        False, and nothing changes, when the key is already queued: the first payload stands."""
        if not idempotency_key:
            raise ValueError("an outbox entry needs an idempotency key")
        now = at or _now()
        conn = self._conn
        conn.execute("PRAGMA synchronous = FULL")
        try:
            added = conn.execute(
                f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES (?, ?, ?, 'pending', 0, NULL, NULL, ?, ?)"
                " ON CONFLICT(idempotency_key) DO NOTHING",
                (idempotency_key, _as_json(payload_json), json.dumps([str(p) for p in attachment_paths]), now, now),
            ).rowcount
        finally:
            conn.execute("PRAGMA synchronous = NORMAL")
        return added > 0

    def pending_tickets(self) -> list[OutboxEntry]:
        """Tickets not yet answered by the server, oldest first: send each again with its own key."""
        rows = self._conn.execute(
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY created_at, rowid"
        ).fetchall()
        return [_outbox_entry(row) for row in rows]

    def outbox_entry(self, idempotency_key: str) -> OutboxEntry | None:
        row = self._conn.execute(
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE idempotency_key = ?", (idempotency_key,)
        ).fetchone()
        return None if row is None else _outbox_entry(row)

    def mark_sent(self, idempotency_key: str, ticket_json: str | Any, *, at: str | None = None) -> bool:
        """The server answered with the ticket: keep its answer, never send it again."""
        return self._conn.execute(
            "UPDATE outbox SET state = 'sent', result_json = ?, last_error = NULL, attempts = attempts + 1,"
            " updated_at = ? WHERE idempotency_key = ?",
            (_as_json(ticket_json), at or _now(), idempotency_key),
        ).rowcount > 0

    def mark_failed(self, idempotency_key: str, error: str, *, at: str | None = None) -> bool:
        """An attempt failed (offline, 5xx, 429…): the ticket stays pending, with the error, for a retry."""
        return self._conn.execute(
            "UPDATE outbox SET last_error = ?, attempts = attempts + 1, updated_at = ?"
            " WHERE idempotency_key = ? AND state = 'pending'",
            (error, at or _now(), idempotency_key),
        ).rowcount > 0

    def discard_ticket(self, idempotency_key: str) -> bool:
        """Drop an entry (one the server refused for good, e.g. a 400 the user must fix, or a sent one)."""
        return self._conn.execute("DELETE FROM outbox WHERE idempotency_key = ?", (idempotency_key,)).rowcount > 0

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class StorePart:
    """A part of the store with tables of its own (traffic, notifications…), on the Store's connection: use it
    from the thread that owns `store` (one Store per thread). `_write(work)` runs `work(conn)` in one
    transaction, rolled back when it raises."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._conn: sqlite3.Connection = store._conn

    def _write(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

