"""Ricarica Online and Ricarica Automatica calls of the API client (docs/api.md "Ricarica Online (R-64)",
"Ricarica Automatica (R-67)"): a mixin of ApiClient whose methods answer with the parsed value types of
domain.recharge_orders. Every change carries the caller's Idempotency-Key (the same for every try of it)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from windtre_desktop.domain.recharge_orders import AutoRecharges, AutoRule, RechargeOptions, RechargeOrder

__all__ = ["AutoRecharges", "AutoRule", "RechargeApi", "RechargeOptions", "RechargeOrder"]


class RechargeApi:
    """The recharge endpoints; mixed into ApiClient (uses its `_call`)."""

    _call: Any

    def recharge_options(self) -> RechargeOptions:
        """The cuts, the payment methods and how many lines one order may top up (R-64)."""
        return self._call("GET", "/recharges/options", parse=lambda answer: RechargeOptions.from_json(answer.data))

    def create_recharge(self, line_ids: list[str], amount_cents: int, method: str,
                        idempotency_key: str) -> RechargeOrder:
        """Top up 1–10 prepaid lines with the same amount, by card (the order then waits for the hosted
        payment page at its `payment_url`) or on the invoice (completed at once). ValidationFailed naming
        `lineIds`, `amountCents` or `method` when refused."""
        body = {"lineIds": list(line_ids), "amountCents": amount_cents, "method": method}
        return self._keyed("POST", "/recharges", body, idempotency_key,
                           lambda data: RechargeOrder.from_json(data["order"]))

    def recharge_order(self, order_id: str) -> RechargeOrder:
        """An order as it is now (a card order settles when its hosted step ends); NotFound when unknown."""
        return self._call("GET", f"/recharges/{quote(order_id, safe='')}",
                          parse=lambda answer: RechargeOrder.from_json(answer.data["order"]))

    def auto_recharges(self) -> AutoRecharges:
        """The company's automatic recharge rules, the cuts and the thresholds (R-67)."""
        return self._call("GET", "/auto-recharges", parse=lambda answer: AutoRecharges.from_json(answer.data))

    def set_auto_recharge(self, line_id: str, mode: str, threshold_cents: int | None, amount_cents: int,
                          method: str, idempotency_key: str) -> AutoRule:
        """Create or change a line's rule; ValidationFailed naming the field when refused."""
        body = {"mode": mode, "thresholdCents": threshold_cents, "amountCents": amount_cents, "method": method}
        return self._keyed("PUT", f"/lines/{quote(line_id, safe='')}/auto-recharge", body, idempotency_key,
                           lambda data: AutoRule.from_json(data["rule"]))

    def delete_auto_recharge(self, line_id: str, idempotency_key: str) -> None:
        """Cancel a line's rule; NotFound (field `lineId`) when it has none."""
        self._keyed("DELETE", f"/lines/{quote(line_id, safe='')}/auto-recharge", None, idempotency_key,
                    lambda data: None)

    def _keyed(self, method: str, path: str, body: dict | None, idempotency_key: str, parse: Any) -> Any:
        if not idempotency_key:
            raise ValueError("a recharge change needs its idempotency key")
        return self._call(method, path, json_body=body, headers={"Idempotency-Key": idempotency_key},
                          parse=lambda answer: parse(answer.data))
