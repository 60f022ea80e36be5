"""The command palette's recent items (kind + key), newest first, in the pinned table `palette_recent`: the
most recent `KEEP` are kept. Use from the thread that owns `store`; each write is one transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from windtre_desktop.store.database import StorePart

KEEP = 50


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class PaletteRecent(StorePart):
    def touch(self, kind: str, key: str, keep: int = KEEP) -> None:
        """`kind`/`key` was just opened: first in the list; only the newest `keep` stay."""

        def work(conn: sqlite3.Connection) -> None:
            # a second touch in the same microsecond still moves the item first: never older than the newest
            newest = conn.execute("SELECT MAX(used_at) FROM palette_recent").fetchone()[0]
            now = _now()
            conn.execute(
                "INSERT INTO palette_recent (kind, key, used_at) VALUES (?, ?, ?) ON CONFLICT (kind, key) "
                "DO UPDATE SET used_at = excluded.used_at",
                (kind, key, now if newest is None or now > newest else _after(newest)),
            )
            conn.execute(
                "DELETE FROM palette_recent WHERE rowid NOT IN "
                "(SELECT rowid FROM palette_recent ORDER BY used_at DESC LIMIT ?)", (keep,))

        self._write(work)

    def recent(self, limit: int = KEEP) -> list[tuple[str, str]]:
        """(kind, key) pairs, newest first."""
        rows = self._conn.execute("SELECT kind, key FROM palette_recent ORDER BY used_at DESC LIMIT ?", (limit,))
        return [(kind, key) for kind, key in rows]

    def forget(self, kind: str, key: str) -> None:
        self._write(lambda conn: conn.execute("DELETE FROM palette_recent WHERE kind = ? AND key = ?", (kind, key)))


def _after(stamp: str) -> str:
    """A moment just after `stamp`, for touches faster than the clock moves."""
    return (datetime.fromisoformat(stamp) + timedelta(microseconds=1)).isoformat(timespec="microseconds")
