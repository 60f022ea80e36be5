"""The local alerts in the profile's store (issue 15): the latest computed alerts, one row per (rule, line),
active or no longer so; what the user dismissed and at which severity (an alert shows again only when it
worsens past it: domain.alerts.comes_back, which then clears the dismissal and makes it new); whether the
desktop was told of it (once, across restarts); and the desktop switch per rule. Use from the thread that
owns `store`; each write is one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from windtre_desktop.domain.alerts import Alert, comes_back, ranked
from windtre_desktop.store.database import StorePart


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _alerts(rows: Iterable[tuple[str]]) -> list[Alert]:
    return ranked(Alert.from_json(json.loads(raw)) for (raw,) in rows)


class AlertStore(StorePart):

    def upsert(self, alerts: Sequence[Alert]) -> list[tuple[str, str]]:
        """Keep the computed alerts as the active ones; every other row becomes inactive. Only an alert worse than
        when it was dismissed (past the margin) starts over: shown, not yet told. One that went away and came
        back (a pace crossing its threshold again) keeps its dismissal and its "told": it would otherwise come
        back at the same severity, which the user already saw. Returns the keys (rule, line id) that are new."""
        now = _now()

        def work(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            known = {(rule, line): (bool(active), dismissed) for rule, line, active, dismissed in conn.execute(
                "SELECT rule, line_id, active, dismissed_severity FROM alerts")}
            fresh, again, kept = [], [], []
            for alert in alerts:
                row = (alert.severity, json.dumps(alert.to_json(), sort_keys=True), now, alert.rule, alert.line_id)
                before = known.get(alert.key)
                if before is None:
                    fresh.append(alert)
                elif before[1] is not None and comes_back(alert.severity, before[1]):
                    again.append((*row[:3], now, *row[3:]))
                else:
                    kept.append(row)
            conn.execute("UPDATE alerts SET active = 0 WHERE active = 1")
            conn.executemany(
                "INSERT INTO alerts (rule, line_id, severity, json, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
                [(a.rule, a.line_id, a.severity, json.dumps(a.to_json(), sort_keys=True), now, now) for a in fresh])
            conn.executemany(
                "UPDATE alerts SET severity = ?, json = ?, last_seen = ?, first_seen = ?, active = 1, "
                "dismissed_severity = NULL, notified = 0 WHERE rule = ? AND line_id = ?", again)
            conn.executemany(
                "UPDATE alerts SET severity = ?, json = ?, last_seen = ?, active = 1 WHERE rule = ? AND line_id = ?",
                kept)
            return [a.key for a in fresh] + [(r[4], r[5]) for r in again]

        return self._write(work)

    def all_active(self) -> list[Alert]:
        return _alerts(self._conn.execute("SELECT json FROM alerts WHERE active = 1"))

    def visible(self) -> list[Alert]:
        """The active alerts the user has not dismissed (a worsened one was un-dismissed by `upsert`)."""
        return _alerts(self._conn.execute("SELECT json FROM alerts WHERE active = 1 AND dismissed_severity IS NULL"))

    def dismiss(self, rule: str, line_id: str) -> None:
        """Hide the alert at its present severity; the desktop is not told of it any more."""
        self._write(lambda conn: conn.execute(
            "UPDATE alerts SET dismissed_severity = severity, notified = 1 WHERE rule = ? AND line_id = ?",
            (rule, line_id)))

    def dismissed_severity(self, rule: str, line_id: str) -> float | None:
        row = self._conn.execute("SELECT dismissed_severity FROM alerts WHERE rule = ? AND line_id = ?",
                                 (rule, line_id)).fetchone()
        return None if row is None else row[0]

    def not_notified(self) -> list[Alert]:
        """The visible alerts the desktop was not told of yet."""
        return _alerts(self._conn.execute(
            "SELECT json FROM alerts WHERE active = 1 AND dismissed_severity IS NULL AND notified = 0"))

    def mark_notified(self, keys: Iterable[tuple[str, str]]) -> None:
        rows = list(keys)
        self._write(lambda conn: conn.executemany(
            "UPDATE alerts SET notified = 1 WHERE rule = ? AND line_id = ?", rows))

    # -- the desktop switch per rule (absent = on) ---------------------------------------------------------
    def desktop_switches(self, rules: Sequence[str]) -> dict[str, bool]:
        stored = dict(self._conn.execute("SELECT rule, enabled FROM alert_desktop").fetchall())
        return {rule: bool(stored.get(rule, 1)) for rule in rules}

    def set_desktop(self, rule: str, on: bool) -> None:
        self._write(lambda conn: conn.execute(
            "INSERT OR REPLACE INTO alert_desktop (rule, enabled) VALUES (?, ?)", (rule, int(on))))
