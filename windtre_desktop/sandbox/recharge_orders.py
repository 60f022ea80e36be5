"""Ricarica Online and Ricarica Automatica in the sandbox (R-64, R-67): recharge orders paid by card on a simulated
hosted page or charged to the invoice, automatic top-up rules (threshold or monthly) applied by the clock and by
simulated usage, and the history entries they leave in "Storico Ricariche" (R-43).

Everything is stored in SQLite; the rules' due top-ups are worked out from the sandbox clock, each once.
"""

from __future__ import annotations

import calendar
import json
from datetime import UTC, datetime
from typing import Any

from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.demo_data import iso_time, italy_offset
from windtre_desktop.sandbox.messages import MESSAGES, ApiError

AMOUNTS_CENTS = (500, 1000, 1500, 2000, 2500, 5000)  # the cuts
METHODS = ("card", "invoice")
MAX_LINES = 10
THRESHOLDS_CENTS = (300, 500, 1000, 2000)
MODES = ("threshold", "monthly")
PAYMENT_OUTCOMES = ("paid", "refused", "timeout", "manual")
PAYMENT_TIMEOUT_SECONDS = 600  # the hosted step's 10 minutes

# outcome code → the server's own (Italian) words, for the history's attempts (docs/api.md "Codes and labels")
OUTCOME_WORDS = {
    "RECHARGED": "Ricarica effettuata",
    "PAYMENT_REFUSED": "Pagamento rifiutato dalla banca",
    "PAYMENT_TIMEOUT": "Nessuna risposta dalla pagina di pagamento entro 10 minuti",
}

RECHARGE_SCHEMA = """
CREATE TABLE recharge_orders (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, payment TEXT NOT NULL,
    created REAL NOT NULL, json TEXT NOT NULL);
CREATE TABLE recharge_history (
    seq INTEGER PRIMARY KEY, line_id TEXT NOT NULL, at REAL NOT NULL, done TEXT, attempt TEXT NOT NULL);
CREATE INDEX recharge_history_line ON recharge_history (line_id, at);
CREATE TABLE auto_recharges (
    line_id TEXT PRIMARY KEY, company_id TEXT NOT NULL, json TEXT NOT NULL, activated REAL NOT NULL,
    applied_months INTEGER NOT NULL DEFAULT 0, armed INTEGER NOT NULL DEFAULT 1);
"""

MESSAGES.update(
    {
        "recharge_line_count": {
            "it": "Il campo «lineIds» deve contenere da 1 a {max} numeri: una ricarica online ricarica al massimo "
            "dieci numeri (R-64).",
            "en": "The field “lineIds” must hold 1 to {max} numbers: one online recharge tops up at most ten "
            "numbers (R-64).",
        },
        "recharge_line_repeated": {
            "it": "Il campo «lineIds» contiene lo stesso numero più volte ({msisdn}).",
            "en": "The field “lineIds” holds the same number more than once ({msisdn}).",
        },
        "recharge_line_unknown": {
            "it": "Il campo «{field}» non è valido: la linea {lineId} non è una linea dell'azienda.",
            "en": "The field “{field}” is not valid: the line {lineId} is not a line of the company.",
        },
        "recharge_not_prepaid": {
            "it": "Il campo «{field}» non è valido: il numero {msisdn} non è una linea mobile ricaricabile "
            "(solo le SIM prepagate si ricaricano).",
            "en": "The field “{field}” is not valid: the number {msisdn} is not a prepaid mobile line "
            "(only prepaid SIMs can be topped up).",
        },
        "recharge_amount": {
            "it": "Il campo «amountCents» deve essere uno dei tagli: {choices} euro.",
            "en": "The field “amountCents” must be one of the cuts: {choices} euro.",
        },
        "recharge_method": {
            "it": "Il campo «method» deve essere «card» (carta di credito) o «invoice» (addebito in fattura).",
            "en": "The field “method” must be “card” (credit card) or “invoice” (charge to the invoice).",
        },
        "recharge_order_not_found": {
            "it": "Ordine di ricarica {orderId} non trovato.",
            "en": "Recharge order {orderId} not found.",
        },
        "auto_mode": {
            "it": "Il campo «mode» deve essere «threshold» (sotto soglia) o «monthly» (ogni mese).",
            "en": "The field “mode” must be “threshold” (under a threshold) or “monthly” (every month).",
        },
        "auto_threshold": {
            "it": "Il campo «thresholdCents» deve essere una delle soglie: {choices} euro.",
            "en": "The field “thresholdCents” must be one of the thresholds: {choices} euro.",
        },
        "auto_threshold_monthly": {
            "it": "Il campo «thresholdCents» deve essere vuoto per una ricarica mensile.",
            "en": "The field “thresholdCents” must be empty for a monthly recharge.",
        },
        "auto_rule_not_found": {
            "it": "La linea {lineId} non ha una ricarica automatica.",
            "en": "The line {lineId} has no automatic recharge.",
        },
    }
)


def _euro_list(cents: tuple[int, ...]) -> str:
    return ", ".join(f"{c // 100}" if c % 100 == 0 else f"{c / 100:.2f}".replace(".", ",") for c in cents)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def monthly_due(activated: float, months: int) -> float:
    """The epoch of the `months`-th monthly anniversary of `activated`, in Italian local time: the same day of
    the month and time of day, the month's last day when it has fewer days (R-67)."""
    utc = datetime.fromtimestamp(int(activated), UTC)
    local = (utc + italy_offset(utc)).replace(tzinfo=None)
    month_index = local.month - 1 + months
    year, month = local.year + month_index // 12, month_index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    target = local.replace(year=year, month=month, day=day)
    guess = target.replace(tzinfo=UTC)
    return (guess - italy_offset(guess - italy_offset(guess))).timestamp()


class RechargeOrders:
    """The recharge part of the sandbox's State (a mixin: uses its db, lock, clock, lines and update_line)."""

    db: Any
    lock: Any

    def _init_recharge_orders(self) -> None:
        self.payment_outcome = "paid"
        self.clock_hooks.append(self._recharges_catch_up)  # type: ignore[attr-defined]
        self.usage_hooks.append(self._recharges_after_usage)  # type: ignore[attr-defined]

    # -- lines ------------------------------------------------------------------------------------------
    @staticmethod
    def _prepaid(line: dict) -> bool:
        return line["kind"] == "mobile" and line.get("paymentType") == "prepaid"

    def _add_credit(self, line_id: str, cents: int) -> int:
        def change(line: dict) -> None:
            line["creditCents"] = (line.get("creditCents") or 0) + cents

        return self.update_line(line_id, change)["creditCents"]  # type: ignore[attr-defined]

    def _history(self, line_id: str, at: float, amount: int, kind: str | None, transaction: str,
                 status: str, code: str) -> None:  # fmt: skip
        stamp = iso_time(at)
        done = None if kind is None else _dumps({"date": stamp, "amountCents": amount, "type": kind})
        attempt = {"date": stamp, "amountCents": amount, "transactionId": transaction, "status": status,
                   "outcomeCode": code, "outcome": OUTCOME_WORDS[code]}  # fmt: skip
        with self.lock:
            self.db.execute(
                "INSERT INTO recharge_history (line_id, at, done, attempt) VALUES (?, ?, ?, ?)",
                (line_id, at, done, _dumps(attempt)),
            )

    def stored_recharges(self, line_id: str) -> tuple[list[tuple[float, dict]], list[tuple[float, dict]]]:
        """The history entries orders and rules left on a line: (epoch, done entry), (epoch, attempt entry)."""
        with self.lock:
            rows = self.db.execute(
                "SELECT at, done, attempt FROM recharge_history WHERE line_id = ? ORDER BY at DESC, seq DESC",
                (line_id,),
            ).fetchall()
        done = [(at, json.loads(d)) for at, d, _ in rows if d is not None]
        attempts = [(at, json.loads(a)) for at, _, a in rows]
        return done, attempts

    # -- Ricarica Online (R-64) ---------------------------------------------------------------------------
    def recharge_options(self) -> dict:
        return {"amountsCents": list(AMOUNTS_CENTS), "methods": list(METHODS), "maxLines": MAX_LINES}

    def create_recharge(self, user: SessionUser, body: dict, base_url: str) -> dict:
        line_ids = body.get("lineIds")
        if not isinstance(line_ids, list) or not 1 <= len(line_ids) <= MAX_LINES:
            raise ApiError(400, "ERR-VAL-01", field="lineIds", key="recharge_line_count", max=MAX_LINES)
        lines: list[dict] = []
        for line_id in line_ids:
            line = self.company_line(user.company_id, line_id)  # type: ignore[attr-defined]
            if line is None:
                raise ApiError(400, "ERR-VAL-01", field="lineIds", key="recharge_line_unknown", lineId=line_id)
            if any(seen["id"] == line["id"] for seen in lines):
                raise ApiError(400, "ERR-VAL-01", field="lineIds", key="recharge_line_repeated",
                               msisdn=line["msisdn"])  # fmt: skip
            lines.append(line)
        for line in lines:
            if not self._prepaid(line):
                raise ApiError(400, "ERR-VAL-01", field="lineIds", key="recharge_not_prepaid", msisdn=line["msisdn"])
        amount = body.get("amountCents")
        if isinstance(amount, bool) or amount not in AMOUNTS_CENTS:
            raise ApiError(400, "ERR-VAL-01", field="amountCents", key="recharge_amount",
                           choices=_euro_list(AMOUNTS_CENTS))  # fmt: skip
        method = body.get("method")
        if method not in METHODS:
            raise ApiError(400, "ERR-VAL-01", field="method", key="recharge_method")
        with self.lock:
            (seq,) = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM recharge_orders").fetchone()
            order_id = f"RO-{seq:06d}"
            now = self.now()  # type: ignore[attr-defined]
            day = iso_time(now)[:10].replace("-", "")
            order = {
                "id": order_id,
                "lineIds": [line["id"] for line in lines],
                "amountCents": amount,
                "method": method,
                "status": "awaiting_payment",
                "outcomeCode": None,
                "paymentUrl": None if method == "invoice" else f"{base_url.rstrip('/')}/sandbox/pay/{order_id}",
                "createdAt": iso_time(now),
                "completedAt": None,
                "recharges": [
                    {"lineId": line["id"], "msisdn": line["msisdn"], "transactionId": f"RC{day}{seq:05d}{i:02d}",
                     "creditCents": None}  # fmt: skip
                    for i, line in enumerate(lines, 1)
                ],
            }
            self.db.execute(
                "INSERT INTO recharge_orders (seq, id, company_id, payment, created, json) VALUES (?, ?, ?, ?, ?, ?)",
                (seq, order_id, user.company_id, "invoice" if method == "invoice" else self.payment_outcome, now,
                 _dumps(order)),  # fmt: skip
            )
            if method == "invoice":
                order = self._settle(order_id, "paid")
        return {"order": order}

    def _order_row(self, order_id: str) -> tuple[str, str, float, dict] | None:
        row = self.db.execute(
            "SELECT company_id, payment, created, json FROM recharge_orders WHERE id = ?", (order_id,)
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], json.loads(row[3]))

    def _settle(self, order_id: str, outcome: str, at: float | None = None) -> dict:
        """End an order awaiting payment: `paid` adds the credit; `refused`, `timeout` fail it. History entries."""
        with self.lock:
            found = self._order_row(order_id)
            assert found is not None
            order = found[3]
            if order["status"] != "awaiting_payment":
                return order
            when = self.now() if at is None else at  # type: ignore[attr-defined]
            code = {"paid": "RECHARGED", "refused": "PAYMENT_REFUSED", "timeout": "PAYMENT_TIMEOUT"}[outcome]
            order["status"] = "completed" if outcome == "paid" else "failed"
            order["outcomeCode"] = code
            order["completedAt"] = iso_time(when)
            for entry in order["recharges"]:
                if outcome == "paid":
                    entry["creditCents"] = self._add_credit(entry["lineId"], order["amountCents"])
                    self._threshold_check(entry["lineId"])
                self._history(entry["lineId"], when, order["amountCents"], "online" if outcome == "paid" else None,
                              entry["transactionId"], order["status"], code)  # fmt: skip
            self.db.execute("UPDATE recharge_orders SET json = ? WHERE id = ?", (_dumps(order), order_id))
            return order

    def recharge_order(self, user: SessionUser, order_id: str) -> dict:
        """The order; a card order's hosted step settles here (its first GET) unless it is `manual`."""
        with self.lock:
            found = self._order_row(order_id)
            if found is None or found[0] != user.company_id:
                raise ApiError(404, "ERR-VAL-01", field="orderId", key="recharge_order_not_found", orderId=order_id)
            _, payment, created, order = found
            if order["status"] == "awaiting_payment":
                if payment in ("paid", "refused"):
                    order = self._settle(order_id, payment)
                elif payment == "timeout":
                    order = self._settle(order_id, "timeout", created + PAYMENT_TIMEOUT_SECONDS)
                elif self.now() >= created + PAYMENT_TIMEOUT_SECONDS:  # type: ignore[attr-defined]
                    order = self._settle(order_id, "timeout", created + PAYMENT_TIMEOUT_SECONDS)
        return {"order": order}

    def pay_order(self, order_id: str, outcome: str) -> dict | None:
        """The hosted step's answer to a `manual` order (sandbox control); None for an unknown order."""
        with self.lock:
            found = self._order_row(order_id)
            if found is None:
                return None
            return self._settle(order_id, outcome)

    def order_for_page(self, order_id: str) -> dict | None:
        with self.lock:
            found = self._order_row(order_id)
        return None if found is None else found[3]

    def _expire_manual_orders(self) -> None:
        with self.lock:
            rows = self.db.execute(
                "SELECT id, created FROM recharge_orders WHERE payment = 'manual' AND created <= ?",
                (self.now() - PAYMENT_TIMEOUT_SECONDS,),  # type: ignore[attr-defined]
            ).fetchall()
            for order_id, created in rows:
                self._settle(order_id, "timeout", created + PAYMENT_TIMEOUT_SECONDS)

    # -- Ricarica Automatica (R-67) ------------------------------------------------------------------------
    def auto_recharges(self, user: SessionUser) -> dict:
        self._recharges_catch_up()  # real time passes too, not only the clock moved by hand
        with self.lock:
            rows = self.db.execute(
                "SELECT json FROM auto_recharges WHERE company_id = ? ORDER BY line_id", (user.company_id,)
            ).fetchall()
        return {
            "rules": [json.loads(r[0]) for r in rows],
            "amountsCents": list(AMOUNTS_CENTS),
            "thresholdsCents": list(THRESHOLDS_CENTS),
        }

    def _rule_line(self, user: SessionUser, line_id: str) -> dict:
        line = self.company_line(user.company_id, line_id)  # type: ignore[attr-defined]
        if line is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        return line

    def set_auto_recharge(self, user: SessionUser, line_id: str, body: dict) -> dict:
        line = self._rule_line(user, line_id)
        if not self._prepaid(line):
            raise ApiError(400, "ERR-VAL-01", field="lineId", key="recharge_not_prepaid", msisdn=line["msisdn"])
        mode = body.get("mode")
        if mode not in MODES:
            raise ApiError(400, "ERR-VAL-01", field="mode", key="auto_mode")
        threshold = body.get("thresholdCents")
        if mode == "threshold" and (isinstance(threshold, bool) or threshold not in THRESHOLDS_CENTS):
            raise ApiError(400, "ERR-VAL-01", field="thresholdCents", key="auto_threshold",
                           choices=_euro_list(THRESHOLDS_CENTS))  # fmt: skip
        if mode == "monthly" and threshold is not None:
            raise ApiError(400, "ERR-VAL-01", field="thresholdCents", key="auto_threshold_monthly")
        amount = body.get("amountCents")
        if isinstance(amount, bool) or amount not in AMOUNTS_CENTS:
            raise ApiError(400, "ERR-VAL-01", field="amountCents", key="recharge_amount",
                           choices=_euro_list(AMOUNTS_CENTS))  # fmt: skip
        method = body.get("method")
        if method not in METHODS:
            raise ApiError(400, "ERR-VAL-01", field="method", key="recharge_method")
        with self.lock:
            row = self.db.execute(
                "SELECT json, activated, applied_months FROM auto_recharges WHERE line_id = ?", (line_id,)
            ).fetchone()
            now = self.now()  # type: ignore[attr-defined]
            old = None if row is None else json.loads(row[0])
            same_mode = old is not None and old["mode"] == mode
            activated = row[1] if same_mode else now
            applied = row[2] if same_mode else 0
            rule = {
                "lineId": line_id,
                "msisdn": line["msisdn"],
                "mode": mode,
                "thresholdCents": threshold if mode == "threshold" else None,
                "amountCents": amount,
                "method": method,
                "activatedAt": iso_time(activated),
                "nextAt": iso_time(monthly_due(activated, applied + 1)) if mode == "monthly" else None,
                "lastAppliedAt": old["lastAppliedAt"] if same_mode else None,
                "appliedCount": old["appliedCount"] if same_mode else 0,
            }
            self.db.execute(
                "INSERT OR REPLACE INTO auto_recharges (line_id, company_id, json, activated, applied_months, armed) "
                "VALUES (?, ?, ?, ?, ?, 1)",
                (line_id, user.company_id, _dumps(rule), activated, applied),
            )
            self._threshold_check(line_id)
            return {"rule": self._rule(line_id)}

    def delete_auto_recharge(self, user: SessionUser, line_id: str) -> dict:
        self._rule_line(user, line_id)
        with self.lock:
            gone = self.db.execute("DELETE FROM auto_recharges WHERE line_id = ?", (line_id,)).rowcount
        if not gone:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="auto_rule_not_found", lineId=line_id)
        return {"rule": None}

    def _rule(self, line_id: str) -> dict | None:
        row = self.db.execute("SELECT json FROM auto_recharges WHERE line_id = ?", (line_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _top_up(self, rule: dict, at: float) -> dict:
        """One automatic top-up of a rule at `at`: credit, history (done `automatic` + attempt), the rule's stamps."""
        self._add_credit(rule["lineId"], rule["amountCents"])
        (count,) = self.db.execute("SELECT COUNT(*) + 1 FROM recharge_history").fetchone()
        transaction = f"RA{iso_time(at)[:10].replace('-', '')}{count:07d}"
        self._history(rule["lineId"], at, rule["amountCents"], "automatic", transaction, "completed", "RECHARGED")
        rule["lastAppliedAt"] = iso_time(at)
        rule["appliedCount"] += 1
        return rule

    def _threshold_check(self, line_id: str) -> None:
        """A threshold rule tops up once per drop under its threshold: it fires when the credit is under it and
        the rule is armed, and is armed again only once the credit is back at or above the threshold."""
        with self.lock:
            row = self.db.execute(
                "SELECT json, armed FROM auto_recharges WHERE line_id = ?", (line_id,)
            ).fetchone()
            if row is None:
                return
            rule, armed = json.loads(row[0]), bool(row[1])
            if rule["mode"] != "threshold":
                return
            raw = self.line(line_id)  # type: ignore[attr-defined]
            if raw is None:
                return
            credit = json.loads(raw).get("creditCents") or 0
            if credit >= rule["thresholdCents"]:
                armed = True
            elif armed:
                rule = self._top_up(rule, self.now())  # type: ignore[attr-defined]
                armed = credit + rule["amountCents"] >= rule["thresholdCents"]
            self.db.execute(
                "UPDATE auto_recharges SET json = ?, armed = ? WHERE line_id = ?", (_dumps(rule), int(armed), line_id)
            )

    def _monthly_catch_up(self) -> None:
        """Every monthly anniversary the clock has passed, each applied once, stamped at its due time."""
        now = self.now()  # type: ignore[attr-defined]
        with self.lock:
            rows = self.db.execute(
                "SELECT line_id, json, activated, applied_months FROM auto_recharges ORDER BY line_id"
            ).fetchall()
            for line_id, raw, activated, applied in rows:
                rule = json.loads(raw)
                if rule["mode"] != "monthly":
                    continue
                moved = False
                while monthly_due(activated, applied + 1) <= now:
                    applied += 1
                    rule = self._top_up(rule, monthly_due(activated, applied))
                    moved = True
                if moved:
                    rule["nextAt"] = iso_time(monthly_due(activated, applied + 1))
                    self.db.execute(
                        "UPDATE auto_recharges SET json = ?, applied_months = ? WHERE line_id = ?",
                        (_dumps(rule), applied, line_id),
                    )

    def _recharges_catch_up(self) -> None:
        self._expire_manual_orders()
        self._monthly_catch_up()
        with self.lock:
            rows = self.db.execute("SELECT line_id FROM auto_recharges ORDER BY line_id").fetchall()
        for (line_id,) in rows:
            self._threshold_check(line_id)

    def _recharges_after_usage(self, changed: list[str]) -> None:
        for line_id in changed:
            self._threshold_check(line_id)
