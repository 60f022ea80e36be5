"""The server's fleet usage answer (`GET /fleet/usage`) in the local store, so the fleet screens and the alerts
work offline and at the next start: one JSON row per line and one meta row (today, months, offer catalogue,
ETag, when fetched). Use from the thread that owns `store`; each write is one transaction."""

from __future__ import annotations

import json
import sqlite3

from windtre_desktop.domain.fleet_usage import FleetUsage
from windtre_desktop.store.database import StorePart


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class FleetStore(StorePart):
    def save(self, usage_json: dict, etag: str | None, saved_at: str) -> None:
        """Replace what was kept with this answer's `data` (the whole fleet: lines not in it are forgotten)."""
        lines = usage_json.get("lines") or []

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM fleet_usage")
            conn.executemany(  # one row at a time from a generator: 10,000 JSON texts are never all in memory
                "INSERT INTO fleet_usage (line_id, json) VALUES (?, ?)",
                ((str(line["lineId"]), _dumps(line)) for line in lines),
            )
            conn.execute(
                "UPDATE fleet_meta SET today = ?, months_json = ?, offers_json = ?, etag = ?, saved_at = ? "
                "WHERE id = 1",
                (str(usage_json.get("today") or ""), _dumps(list(usage_json.get("months") or [])),
                 _dumps(list(usage_json.get("offers") or [])), etag, saved_at),
            )

        self._write(work)

    def touch(self, saved_at: str) -> None:
        """The server said nothing changed (304): what is kept is current as of `saved_at`."""
        self._write(lambda conn: conn.execute("UPDATE fleet_meta SET saved_at = ? WHERE id = 1", (saved_at,)))

    def load(self) -> FleetUsage | None:
        """What was kept, None when nothing was ever fetched."""
        today, months, offers, _, saved_at = self._meta()
        if not saved_at:
            return None
        rows = self._conn.execute("SELECT json FROM fleet_usage ORDER BY line_id").fetchall()
        raw = {"today": today, "months": json.loads(months), "offers": json.loads(offers),
               "lines": [json.loads(row[0]) for row in rows]}
        return FleetUsage.from_json(raw)

    def etag(self) -> str | None:
        return self._meta()[3]

    def saved_at(self) -> str:
        return self._meta()[4]

    def _meta(self) -> tuple[str, str, str, str | None, str]:
        row = self._conn.execute(
            "SELECT today, months_json, offers_json, etag, saved_at FROM fleet_meta WHERE id = 1"
        ).fetchone()
        return row if row else ("", "[]", "[]", None, "")
