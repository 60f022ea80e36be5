"""The notification centre in the local store (R-80…R-82): the server's events kept per profile with the
user's read state and whether the desktop was told of each (once, even across restarts and syncs), and the
app's own desktop-notification switch per kind. Use from the thread that owns `store`; each write is one
transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from windtre_desktop.domain.notifications import Notification
from windtre_desktop.store.database import StorePart

_SELECT = "SELECT json, read FROM notifications"
_ORDER = " ORDER BY at DESC, id DESC"


def _parse(rows: Iterable[tuple[str, int]]) -> list[Notification]:
    import json

    out = []
    for raw, read in rows:
        try:
            parsed = Notification.from_json(json.loads(raw), bool(read))
        except ValueError:
            parsed = None
        if parsed is not None:
            out.append(parsed)
    return out


class NotificationStore(StorePart):

    def upsert(self, notifications: Sequence[Notification]) -> list[str]:
        """Keep the server's list, which is the whole feed: its text may change, read and notified stay; an
        event the server no longer lists leaves (another server, or a sandbox started again, has other
        events). Returns the ids that were new."""

        def work(conn: sqlite3.Connection) -> list[str]:
            known = {r[0] for r in conn.execute("SELECT id FROM notifications")}
            gone = known - {n.id for n in notifications}
            conn.executemany("DELETE FROM notifications WHERE id = ?", [(i,) for i in gone])
            conn.executemany(
                "INSERT INTO notifications (id, kind, at, json) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, at = excluded.at, json = excluded.json",
                [(n.id, n.kind, n.at, n.to_json()) for n in notifications],
            )
            return [n.id for n in notifications if n.id not in known]

        return self._write(work)

    def all(self, kind: str | None = None, unread_only: bool = False) -> list[Notification]:
        """Newest first, filtered by kind and read state."""
        where, args = [], []
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if unread_only:
            where.append("read = 0")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return _parse(self._conn.execute(_SELECT + clause + _ORDER, args).fetchall())

    def get(self, notification_id: str) -> Notification | None:
        found = _parse(self._conn.execute(_SELECT + " WHERE id = ?", (notification_id,)).fetchall())
        return found[0] if found else None

    def mark_read(self, ids: Iterable[str]) -> None:
        rows = [(i,) for i in ids]
        self._write(lambda conn: conn.executemany("UPDATE notifications SET read = 1 WHERE id = ?", rows))

    def mark_all_read(self) -> None:
        self._write(lambda conn: conn.execute("UPDATE notifications SET read = 1 WHERE read = 0"))

    def unread_count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM notifications WHERE read = 0").fetchone()[0])

    def not_notified(self) -> list[Notification]:
        """The events the desktop was not told of yet, oldest first."""
        rows = self._conn.execute(_SELECT + " WHERE notified = 0 ORDER BY at, id").fetchall()
        return _parse(rows)

    def mark_notified(self, ids: Iterable[str]) -> None:
        rows = [(i,) for i in ids]
        self._write(lambda conn: conn.executemany("UPDATE notifications SET notified = 1 WHERE id = ?", rows))

    # -- the app's desktop switches (never a secret) ------------------------------------------------------
    def desktop_switches(self, kinds: Sequence[str]) -> dict[str, bool]:
        stored = dict(self._conn.execute("SELECT kind, enabled FROM notification_desktop").fetchall())
        return {kind: bool(stored.get(kind, 1)) for kind in kinds}

    def set_desktop_switches(self, switches: dict[str, bool]) -> None:
        rows = [(kind, int(on)) for kind, on in switches.items()]
        self._write(lambda conn: conn.executemany(
            "INSERT OR REPLACE INTO notification_desktop (kind, enabled) VALUES (?, ?)", rows))
