"""Schema migrations of the local store, in order: MIGRATIONS[i] takes the schema from
version i to i + 1. Each runs inside its own transaction (see Store), so it must use
plain `execute` calls — never `executescript`, which commits on its own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            cursor TEXT,
            etag TEXT,
            last_success_at TEXT,
            last_attempt_at TEXT,
            last_error TEXT
        )
        """
    )
    conn.execute("INSERT INTO sync_state (id) VALUES (1)")
    # Small single objects (company, signed-in user) as JSON documents.
    conn.execute("CREATE TABLE documents (key TEXT PRIMARY KEY, json TEXT NOT NULL)")
    # Lines are columns, not JSON: loading 10,000 of them must not parse 10,000 blobs.
    # A counter is absent when its *_used is NULL; unlimited when only *_total is NULL.
    conn.execute(
        """
        CREATE TABLE lines (
            id TEXT PRIMARY KEY,
            msisdn TEXT NOT NULL,
            kind TEXT NOT NULL,
            holder TEXT NOT NULL DEFAULT '',
            alias TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            payment_type TEXT NOT NULL,
            billing_account_id TEXT NOT NULL DEFAULT '',
            offer_code TEXT NOT NULL DEFAULT '',
            offer_name TEXT NOT NULL DEFAULT '',
            credit_cents INTEGER,
            data_used INTEGER,
            data_total INTEGER,
            voice_used INTEGER,
            voice_total INTEGER,
            sms_used INTEGER,
            sms_total INTEGER,
            updated_at TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute("CREATE INDEX lines_by_msisdn ON lines (msisdn, id)")




def _v2_drafts_and_outbox(conn: sqlite3.Connection) -> None:
    # One draft per kind (a store is one profile's): the wizard's to_draft() as JSON (R-70…R-73).
    conn.execute(
        "CREATE TABLE drafts (kind TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    # Tickets to send, written before the request: the same key is resent until an answer is stored.
    conn.execute(
        """
        CREATE TABLE outbox (
            idempotency_key TEXT PRIMARY KEY,
            payload_json TEXT NOT NULL,
            attachment_paths TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            result_json TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX outbox_by_state ON outbox (state, created_at)")


def _v3_invoices_and_archive(conn: sqlite3.Connection) -> None:
    # The invoice listing as columns to filter on, plus the whole answer as JSON for the rest.
    conn.execute(
        """
        CREATE TABLE invoices (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            billing_account_id TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            issue_date TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            amount_cents INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT '',
            period_from TEXT NOT NULL DEFAULT '',
            period_to TEXT NOT NULL DEFAULT '',
            has_call_detail INTEGER NOT NULL DEFAULT 0,
            json TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX invoices_by_position ON invoices (position)")
    # The ETag of the listing (one row), for If-None-Match.
    conn.execute(
        "CREATE TABLE invoice_listing (id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT, saved_at TEXT)"
    )
    conn.execute("INSERT INTO invoice_listing (id) VALUES (1)")
    # Files kept in <data_dir>/archive: a row is written only after its file was renamed into place.
    # No foreign key to invoices: a file stays readable offline after its invoice leaves the listing.
    conn.execute(
        """
        CREATE TABLE archive (
            invoice_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'fatturapa', 'call_detail')),
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            downloaded_at TEXT NOT NULL,
            PRIMARY KEY (invoice_id, kind)
        )
        """
    )


def _v4_traffic(conn: sqlite3.Connection) -> None:
    # Traffico: daily aggregates by type of a line or of the company (scope '*company*').
    conn.execute(
        """
        CREATE TABLE traffic_days (
            scope TEXT NOT NULL,
            day TEXT NOT NULL,
            type TEXT NOT NULL,
            records INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            cost_cents INTEGER NOT NULL,
            PRIMARY KEY (scope, day, type)
        ) WITHOUT ROWID
        """
    )
    # A line's records; `at` is the contract's ISO text, its first 10 characters the record's day.
    conn.execute(
        """
        CREATE TABLE traffic_records (
            line_id TEXT NOT NULL,
            at TEXT NOT NULL,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            kind TEXT NOT NULL,
            number TEXT,
            destination TEXT,
            roaming_country TEXT,
            seconds INTEGER,
            bytes INTEGER,
            cost_cents INTEGER,
            description TEXT,
            PRIMARY KEY (line_id, at, id)
        ) WITHOUT ROWID
        """
    )
    # Which days of a scope are kept in full, per kind; `final` when the day was already past on the server
    # when fetched (a day fetched as today holds only its quarter hours then past).
    conn.execute(
        """
        CREATE TABLE traffic_coverage (
            scope TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('daily', 'records')),
            day TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            final INTEGER NOT NULL,
            PRIMARY KEY (scope, kind, day)
        ) WITHOUT ROWID
        """
    )
    # ETags of the daily endpoints, per scope and query ('' = the whole window, else 'first..last').
    conn.execute(
        "CREATE TABLE traffic_etags (scope TEXT NOT NULL, query TEXT NOT NULL, etag TEXT NOT NULL,"
        " PRIMARY KEY (scope, query)) WITHOUT ROWID"
    )
    # The company's top lines and line count of a period.
    conn.execute(
        "CREATE TABLE traffic_company (first TEXT NOT NULL, last TEXT NOT NULL, top_json TEXT NOT NULL,"
        " line_count INTEGER, fetched_at TEXT NOT NULL, PRIMARY KEY (first, last)) WITHOUT ROWID"
    )
    # The server's last known today (the `to` of an answer asked without from/to).
    conn.execute(
        "CREATE TABLE traffic_state (id INTEGER PRIMARY KEY CHECK (id = 1), today TEXT, learned_at TEXT)"
    )
    conn.execute("INSERT INTO traffic_state (id) VALUES (1)")


def _v5_notifications(conn: sqlite3.Connection) -> None:
    # The notification centre (R-80…R-82): the server's events as they came, whether the user read each and
    # whether the desktop was told of it (once, even across restarts and syncs).
    conn.execute(
        """
        CREATE TABLE notifications (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            json TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
            notified INTEGER NOT NULL DEFAULT 0 CHECK (notified IN (0, 1))
        )
        """
    )
    conn.execute("CREATE INDEX notifications_by_at ON notifications (at DESC, id DESC)")
    # The app's own desktop-notification switch per kind (never a secret); absent = on.
    conn.execute("CREATE TABLE notification_desktop (kind TEXT PRIMARY KEY, enabled INTEGER NOT NULL)")


def _v6_fleet(conn: sqlite3.Connection) -> None:
    # Panoramica flotta (issue 15, R-21). The server's usage answer (GET /fleet/usage): one JSON row per line
    # (LineUsage.to_json) and one meta row (months, offers, etag, when fetched).
    conn.execute("CREATE TABLE fleet_usage (line_id TEXT PRIMARY KEY, json TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE fleet_meta (id INTEGER PRIMARY KEY CHECK (id = 1), today TEXT NOT NULL DEFAULT '', "
        "months_json TEXT NOT NULL DEFAULT '[]', offers_json TEXT NOT NULL DEFAULT '[]', etag TEXT, "
        "saved_at TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("INSERT INTO fleet_meta (id) VALUES (1)")
    # The user's own labels and notes per line: local only, never sent to the server.
    conn.execute(
        "CREATE TABLE line_labels (line_id TEXT PRIMARY KEY, label TEXT NOT NULL DEFAULT '', "
        "note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"
    )
    # Custom saved views of the fleet table: a name and its filters as JSON.
    conn.execute(
        "CREATE TABLE fleet_views (name TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    # Local alerts: one row per (rule, line). `severity` is the latest computed; `dismissed_severity` the one the
    # user dismissed (the alert comes back only when the severity grows past it); `notified` once told.
    conn.execute(
        """
        CREATE TABLE alerts (
            rule TEXT NOT NULL,
            line_id TEXT NOT NULL,
            severity REAL NOT NULL,
            json TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            dismissed_severity REAL,
            notified INTEGER NOT NULL DEFAULT 0 CHECK (notified IN (0, 1)),
            PRIMARY KEY (rule, line_id)
        )
        """
    )
    # The app's desktop-notification switch per alert rule; absent = on.
    conn.execute("CREATE TABLE alert_desktop (rule TEXT PRIMARY KEY, enabled INTEGER NOT NULL)")
    # The command palette's recent items (kind + key), newest first.
    conn.execute(
        "CREATE TABLE palette_recent (kind TEXT NOT NULL, key TEXT NOT NULL, used_at TEXT NOT NULL, "
        "PRIMARY KEY (kind, key))"
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_initial,
    _v2_drafts_and_outbox,
    _v3_invoices_and_archive,
    _v4_traffic,
    _v5_notifications,
    _v6_fleet,
]
