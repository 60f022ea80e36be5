"""The user's own words about the fleet, kept in the local store only (never sent to the server): a label and
a note per line (an employee's name, a cost centre), and the custom saved views of the fleet table (a name and
its filters as JSON). Use from the thread that owns `store`; each write is one transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from windtre_desktop.domain.fleet_usage import LineLabel
from windtre_desktop.store.database import StorePart


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FleetLabels(StorePart):
    def all(self) -> dict[str, LineLabel]:
        rows = self._conn.execute("SELECT line_id, label, note FROM line_labels")
        return {line_id: LineLabel(line_id, label, note) for line_id, label, note in rows}

    def get(self, line_id: str) -> LineLabel:
        row = self._conn.execute("SELECT label, note FROM line_labels WHERE line_id = ?", (line_id,)).fetchone()
        return LineLabel(line_id, *row) if row else LineLabel(line_id)

    def set(self, line_id: str, label: str, note: str) -> LineLabel:
        """Keep a line's label and note (both stripped); both empty forgets the line."""
        label, note = label.strip(), note.strip()

        def work(conn: sqlite3.Connection) -> None:
            if not label and not note:
                conn.execute("DELETE FROM line_labels WHERE line_id = ?", (line_id,))
                return
            conn.execute(
                "INSERT INTO line_labels (line_id, label, note, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (line_id) DO UPDATE SET label = excluded.label, note = excluded.note, "
                "updated_at = excluded.updated_at",
                (line_id, label, note, _now()),
            )

        self._write(work)
        return LineLabel(line_id, label, note)


class FleetViews(StorePart):
    """Custom saved views: name → the filters' JSON (a dict the fleet table's domain defines)."""

    def all(self) -> dict[str, dict]:
        rows = self._conn.execute("SELECT name, json FROM fleet_views ORDER BY name COLLATE NOCASE")
        return {name: json.loads(raw) for name, raw in rows}

    def save(self, name: str, filters: dict) -> None:
        name = name.strip()
        if not name:
            raise ValueError("a saved view needs a name")
        self._write(lambda conn: conn.execute(
            "INSERT INTO fleet_views (name, json, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
            "SET json = excluded.json, updated_at = excluded.updated_at",
            (name, json.dumps(filters, sort_keys=True), _now())))

    def delete(self, name: str) -> None:
        self._write(lambda conn: conn.execute("DELETE FROM fleet_views WHERE name = ?", (name,)))
