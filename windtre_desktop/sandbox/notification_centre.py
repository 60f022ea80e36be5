"""Notifiche in the sandbox (R-80, R-81): the company's notification settings, data used abroad per line with its
three windows, and the feed's derived events (overdue invoices, an invalid payment method, ticket statuses),
each made once and stamped when it happened.

A State mixin: uses its db, lock, clock, outbox, lines, invoices and tickets.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.demo_data import iso_time, italy_offset
from windtre_desktop.sandbox.demo_data import seeded_rng as _rng
from windtre_desktop.sandbox.messages import ApiError
from windtre_desktop.sandbox.tickets import _history

GIGA = 1024**3
# the six R-80 types in the contract's order, with the channels each may use
SETTING_TYPES: dict[str, tuple[str, ...]] = {
    "invoice_overdue": ("sms", "email"),
    "payment_method_invalid": ("sms", "email"),
    "promotion": ("sms", "email"),
    "data_abroad_threshold": ("sms",),
    "fixed_activation": ("sms", "email"),
    "gss_threshold": ("sms",),
}
ALWAYS_ON = ("ticket_status",)
ROAMING_THRESHOLDS = (80, 100)
ROAMING_UNLOCKS = 2  # two further windows after the first
ROAMING_GIGA = (1, 2, 3, 4, 5)  # a line's threshold abroad, from the seed

NOTIFICATION_SCHEMA = """
CREATE TABLE ntf_settings (
    company_id TEXT NOT NULL, type TEXT NOT NULL, enabled INTEGER NOT NULL, channels TEXT NOT NULL,
    PRIMARY KEY (company_id, type));
CREATE TABLE ntf_made (company_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (company_id, key));
CREATE TABLE roaming (
    line_id TEXT PRIMARY KEY, used_bytes INTEGER NOT NULL, unlocks_used INTEGER NOT NULL,
    blocked INTEGER NOT NULL, sent TEXT NOT NULL);
"""


def _italian_midnight_iso(day: date) -> str:
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return iso_time(midnight.timestamp() - italy_offset(midnight).total_seconds())


class NotificationCentre:
    """The Notifiche part of the sandbox's State (a mixin)."""

    db: Any
    lock: Any
    config: Any

    def _init_notifications(self) -> None:
        self.clock_hooks.append(self._ticket_status_events)  # type: ignore[attr-defined]

    # -- settings (R-80) ---------------------------------------------------------------------------------
    def _settings(self, company_id: str) -> list[dict]:
        with self.lock:
            rows = self.db.execute(
                "SELECT type, enabled, channels FROM ntf_settings WHERE company_id = ?", (company_id,)
            ).fetchall()
        stored = {t: (bool(e), json.loads(c)) for t, e, c in rows}
        out = []
        for kind, available in SETTING_TYPES.items():
            enabled, channels = stored.get(kind, (True, list(available)))
            out.append(
                {"type": kind, "enabled": enabled, "channels": channels, "availableChannels": list(available)}
            )
        return out

    def notification_settings(self, user: SessionUser) -> dict:
        return {"settings": self._settings(user.company_id)}

    def save_notification_settings(self, user: SessionUser, settings: list[Any]) -> dict:
        """PUT: any of the six types; the rules of docs/api.md checked for all before anything is stored."""
        seen: set[str] = set()
        rows = []
        for item in settings:
            kind = item.type
            if kind not in SETTING_TYPES:
                raise ApiError(400, "ERR-VAL-01", field="settings", key="ntf_type_unknown", type=kind)
            if kind in seen:
                raise ApiError(400, "ERR-VAL-01", field="settings", key="ntf_type_repeated", type=kind)
            seen.add(kind)
            available = SETTING_TYPES[kind]
            wrong = [c for c in item.channels if c not in available]
            if wrong or len(set(item.channels)) != len(item.channels):
                raise ApiError(
                    400, "ERR-VAL-01", field="settings", key="ntf_channels", type=kind, channels=", ".join(available)
                )
            if item.enabled and not item.channels:
                raise ApiError(400, "ERR-VAL-01", field="settings", key="ntf_no_channel", type=kind)
            ordered = [c for c in available if c in item.channels]
            rows.append((user.company_id, kind, int(item.enabled), json.dumps(ordered)))
        with self.lock:
            self.db.executemany("INSERT OR REPLACE INTO ntf_settings VALUES (?, ?, ?, ?)", rows)
        return self.notification_settings(user)

    def notification_enabled(self, company_id: str, kind: str) -> bool:
        if kind not in SETTING_TYPES:
            return True  # ticket_status and any kind that is not a setting
        return next(s["enabled"] for s in self._settings(company_id) if s["type"] == kind)

    def notification_channels(self, company_id: str, kind: str) -> set[str]:
        """The channels an SMS or email of this kind may go by: none when the type is switched off (R-80)."""
        for setting in self._settings(company_id):
            if setting["type"] == kind:
                return set(setting["channels"]) if setting["enabled"] else set()
        return set()

    # -- the feed ------------------------------------------------------------------------------------------
    def _made_once(self, company_id: str, key: str) -> bool:
        """True the first time a derived event's key is seen (whether or not its type is on then)."""
        cur = self.db.execute("INSERT OR IGNORE INTO ntf_made VALUES (?, ?)", (company_id, key))
        return cur.rowcount == 1

    def _derived_events(self, company_id: str) -> None:
        """The events that follow from data and time: overdue invoices, an invalid payment method, ticket
        statuses; each made once (R-80)."""
        # invoices first, outside the state's lock: they take their own lock, then the state's
        overdue = [h for h in self._invoice_heads(company_id) if h["status"] == "overdue"]  # type: ignore[attr-defined]
        totals = {h["id"]: self._body(company_id, h)["total"] for h in overdue}  # type: ignore[attr-defined]
        account = self.invalid_payment_account(company_id)
        with self.lock:
            for head in overdue:
                if not self._made_once(company_id, f"invoice:{head['id']}"):
                    continue
                due = date.fromisoformat(head["dueDate"])
                self.add_notification(  # type: ignore[attr-defined]
                    company_id,
                    "invoice_overdue",
                    {
                        "invoiceId": head["id"],
                        "number": head["number"],
                        "dueDate": head["dueDate"],
                        "amountCents": totals[head["id"]],
                        "billingAccountId": head["billingAccountId"],
                    },
                    at=_italian_midnight_iso(due + timedelta(days=1)),
                )
            if account is not None and self._made_once(company_id, f"payment:{account['id']}"):
                self.add_notification(  # type: ignore[attr-defined]
                    company_id,
                    "payment_method_invalid",
                    {"billingAccountId": account["id"], "paymentMethod": account["paymentMethod"]},
                )
            self._ticket_status_events(company_id)

    def invalid_payment_account(self, company_id: str) -> dict | None:
        """The demo company's billing account whose payment method is no longer valid (from the seed)."""
        if company_id != "C0001":
            return None
        accounts = json.loads(self.company_json(company_id))["billingAccounts"]  # type: ignore[attr-defined]
        if not accounts:
            return None
        return accounts[_rng("payment-invalid", self.config.seed, company_id).randrange(len(accounts))]

    def _ticket_status_events(self, company_id: str | None = None) -> None:
        """One `ticket_status` event per status a ticket reached after it was filed, stamped when it did."""
        now = self.now()  # type: ignore[attr-defined]
        with self.lock:
            query = "SELECT company_id, created, json FROM tickets"
            rows = self.db.execute(
                query + (" WHERE company_id = ?" if company_id else "") + " ORDER BY seq",
                (company_id,) if company_id else (),
            ).fetchall()
            for owner, created, raw in rows:
                ticket = json.loads(raw)
                for step in _history(created, now)[1:]:
                    if self._made_once(owner, f"ticket:{ticket['id']}:{step['status']}"):
                        self.add_notification(  # type: ignore[attr-defined]
                            owner,
                            "ticket_status",
                            {"ticketId": ticket["id"], "number": ticket["number"], "status": step["status"]},
                            at=step["at"],
                        )

    def notification_feed(self, user: SessionUser) -> dict:
        """GET /notifications: the company's events newest first; a Dipendente (or an autologin Responsabile)
        gets the data-abroad events of its visible lines only."""
        ensure_promotions = getattr(self, "ensure_promotions", None)
        if ensure_promotions is not None:
            ensure_promotions(user.company_id)
        self._derived_events(user.company_id)
        with self.lock:
            rows = self.db.execute(
                "SELECT seq, json FROM gss_notifications WHERE company_id = ?", (user.company_id,)
            ).fetchall()
        events = [(json.loads(raw), seq) for seq, raw in rows]
        if not user.is_manager:
            visible = set(self.visible_line_ids(user))  # type: ignore[attr-defined]
            events = [
                (e, s) for e, s in events if e["kind"] == "data_abroad_threshold" and e.get("lineId") in visible
            ]
        events.sort(key=lambda pair: (pair[0]["at"], pair[1]), reverse=True)
        return {"notifications": [e for e, _ in events]}

    # -- data abroad (R-81) -------------------------------------------------------------------------------
    def _roaming_line(self, line_id: str) -> tuple[str, str, str]:
        """(company_id, msisdn, kind) of a line; 404 when there is none."""
        with self.lock:
            row = self.db.execute(
                "SELECT company_id, msisdn, kind FROM lines WHERE id = ? AND deleted = 0", (line_id,)
            ).fetchone()
        if row is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        return row

    def referent_phone(self, company_id: str) -> str:
        """The company's referent: its User Admin's contract mobile (else the contract record's mobile)."""
        with self.lock:
            row = self.db.execute(
                "SELECT mobile FROM users WHERE company_id = ? AND role = 'USER_ADMIN' AND mobile IS NOT NULL",
                (company_id,),
            ).fetchone()
            if row is not None:
                return row[0]
            row = self.db.execute("SELECT json FROM contracts WHERE company_id = ?", (company_id,)).fetchone()
        return json.loads(row[0])["mobile"] if row is not None else "+393770000001"

    def roaming_threshold(self, line_id: str) -> int:
        return _rng("roaming", self.config.seed, line_id).choice(ROAMING_GIGA) * GIGA

    def _roaming_row(self, line_id: str) -> tuple[int, int, bool, list[int]]:
        row = self.db.execute(
            "SELECT used_bytes, unlocks_used, blocked, sent FROM roaming WHERE line_id = ?", (line_id,)
        ).fetchone()
        if row is None:
            return 0, 0, False, []
        return row[0], row[1], bool(row[2]), json.loads(row[3])

    def _roaming_json(self, line_id: str, company_id: str, msisdn: str) -> dict:
        used, unlocks, blocked, _ = self._roaming_row(line_id)
        return {
            "lineId": line_id,
            "msisdn": msisdn,
            "thresholdBytes": self.roaming_threshold(line_id),
            "usedBytes": used,
            "unlocksUsed": unlocks,
            "unlocksLeft": ROAMING_UNLOCKS - unlocks,
            "blocked": blocked,
            "referentPhone": self.referent_phone(company_id),
        }

    def _roaming_mobile_line(self, user: SessionUser | None, line_id: str) -> tuple[str, str]:
        company_id, msisdn, kind = self._roaming_line(line_id)
        if user is not None and not self.may_see_line(user, line_id):  # type: ignore[attr-defined]
            raise ApiError(403, "ERR-AUTH-03")
        if kind != "mobile":
            raise ApiError(400, "ERR-VAL-01", field="lineId", key="roaming_fixed", lineId=line_id)
        return company_id, msisdn

    def roaming(self, user: SessionUser, line_id: str) -> dict:
        company_id, msisdn = self._roaming_mobile_line(user, line_id)
        with self.lock:
            return self._roaming_json(line_id, company_id, msisdn)

    def unlock_roaming(self, user: SessionUser, line_id: str) -> dict:
        """One more window for a blocked line: not blocked, or both unlocks used → 400 lineId (R-81)."""
        company_id, msisdn = self._roaming_mobile_line(user, line_id)
        with self.lock:
            _, unlocks, blocked, _ = self._roaming_row(line_id)
            if not blocked:
                raise ApiError(400, "ERR-VAL-01", field="lineId", key="roaming_not_blocked", msisdn=msisdn)
            if unlocks >= ROAMING_UNLOCKS:
                raise ApiError(400, "ERR-VAL-01", field="lineId", key="roaming_no_unlock", msisdn=msisdn)
            self.db.execute(
                "INSERT OR REPLACE INTO roaming VALUES (?, 0, ?, 0, '[]')", (line_id, unlocks + 1)
            )
            return self._roaming_json(line_id, company_id, msisdn)

    def roaming_usage(self, line_id: str, used: int) -> dict:
        """Sandbox: data used abroad (nothing while blocked); each threshold crossed gives one event and one
        SMS to the referent and one to the line; at 100 % the line is blocked (R-81)."""
        company_id, msisdn = self._roaming_mobile_line(None, line_id)
        threshold = self.roaming_threshold(line_id)
        with self.lock:
            before, unlocks, blocked, sent = self._roaming_row(line_id)
            if not blocked:
                after = min(threshold, before + used)
                reached = [t for t in ROAMING_THRESHOLDS if t not in sent and after * 100 >= t * threshold]
                blocked = after >= threshold
                self.db.execute(
                    "INSERT OR REPLACE INTO roaming VALUES (?, ?, ?, ?, ?)",
                    (line_id, after, unlocks, int(blocked), json.dumps(sorted(sent + reached))),
                )
                referent = self.referent_phone(company_id)
                sms = "sms" in self.notification_channels(company_id, "data_abroad_threshold")
                for percent in reached:
                    self.add_notification(  # type: ignore[attr-defined]
                        company_id,
                        "data_abroad_threshold",
                        {
                            "lineId": line_id,
                            "msisdn": msisdn,
                            "percent": percent,
                            "unlock": unlocks,
                            "usedBytes": after,
                            "thresholdBytes": threshold,
                        },
                    )
                    if sms:
                        text = _roaming_sms(msisdn, percent)
                        self.send("sms", referent, "Dati all'estero", text)  # type: ignore[attr-defined]
                        self.send("sms", msisdn, "Dati all'estero", text)  # type: ignore[attr-defined]
            return self._roaming_json(line_id, company_id, msisdn)


def _roaming_sms(msisdn: str, percent: int) -> str:
    if percent == 100:
        return (
            f"La linea {msisdn} ha raggiunto la soglia di traffico dati all'estero: il traffico dati all'estero "
            "è bloccato. Puoi sbloccarlo dall'area clienti."
        )
    return f"La linea {msisdn} ha usato l'{percent}% della soglia di traffico dati all'estero."
