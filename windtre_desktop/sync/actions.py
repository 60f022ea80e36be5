"""The server actions that wizards and forms ask for, by name, mapped to ApiClient calls (no Qt).

A wizard step names its action ("register_admin", "verify_employee"…) and builds the payload
with the contract's field names; `perform` runs it and returns the answer's data (a dict, or
a list for the Telco Manager list). Errors are the client's typed errors, unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from windtre_desktop.api.client import ApiClient

IDEMPOTENCY_KEY = "_idempotencyKey"  # set by the caller, never sent in a body

def _key(key: str | None) -> str:
    """The caller's idempotency key (the same for every try of one change), else a new one."""
    return key or str(uuid.uuid4())


# (client, payload, idempotency key or None) -> data
Action = Callable[[ApiClient, dict[str, Any], "str | None"], Any]

ACTIONS: dict[str, Action] = {
    # registration of a User Admin
    "register_admin": lambda c, p, k: c.register_admin(p, idempotency_key=k),
    "activate_admin": lambda c, p, k: c.activate_admin(p, idempotency_key=k),
    # registration of a Dipendente
    "register_employee": lambda c, p, k: c.register_employee(p, idempotency_key=k),
    "verify_puk": lambda c, p, k: c.verify_puk(p),
    "resend_employee_code": lambda c, p, k: c.resend_otp(p),
    "verify_employee": lambda c, p, k: c.verify_employee(p, idempotency_key=k),
    # password recovery and change
    "recover_password": lambda c, p, k: c.recover_password(p),
    "resend_recovery_code": lambda c, p, k: c.resend_recovery_code(p),
    "confirm_recovery": lambda c, p, k: c.confirm_recovery(p),
    "change_password": lambda c, p, k: c.change_password(p),
    # Telco Managers
    "telco_managers": lambda c, p, k: c.telco_managers(),
    "create_telco_manager": lambda c, p, k: c.create_telco_manager(p, idempotency_key=k),
    "delete_telco_manager": lambda c, p, k: c.delete_telco_manager(p["username"]),
    # Associa SIM and own account
    "my_sims": lambda c, p, k: c.my_sims(),
    "associate_sim": lambda c, p, k: c.associate_sim(p["msisdn"], idempotency_key=k),
    "dissociate_sim": lambda c, p, k: c.dissociate_sim(p["msisdn"]),
    "delete_account": lambda c, p, k: c.delete_account(),
    # tickets (R-70…R-73); filing goes through the outbox (sync.ticket_sender), not through here
    "tickets": lambda c, p, k: c.tickets(),
    "ticket": lambda c, p, k: c.ticket(p["id"]),
    "open_ticket": lambda c, p, k: {"ticket": c.open_ticket()},
    "imei_block_form": lambda c, p, k: {"pdf": c.imei_block_form()},
    # invoices (R-40…R-42)
    "invoices": lambda c, p, k: list(c.invoices().invoices),
    "invoice_fatturapa": lambda c, p, k: dict(zip(("filename", "data"), c.invoice_fatturapa(p["id"]), strict=True)),
    "share_invoice": lambda c, p, k: c.share_invoice(p["id"], p["email"], idempotency_key=k),
    # recharge history of a line
    "recharges": lambda c, p, k: c.recharges(p["lineId"]),
    # products and Giga Smart Share; each package action needs its key
    "gss_packages": lambda c, p, k: c.gss_packages(),
    "gss_sims": lambda c, p, k: c.gss_sims(p["packageId"]),
    "devices": lambda c, p, k: c.devices(),
    "sim_codes": lambda c, p, k: c.sim_codes(p["lineId"]),
    "gss_plan": lambda c, p, k: c.gss_change_plan(p["packageId"], p["gigaPlan"], _key(k)),
    "gss_referent": lambda c, p, k: c.gss_change_referent(p["packageId"], p["phone"], _key(k)),
    "gss_extra": lambda c, p, k: c.gss_add_extra(p["packageId"], p["giga"], _key(k)),
    "gss_move": lambda c, p, k: c.gss_move(p["from"], p["to"], list(p["lineIds"]), _key(k)),
    "notifications": lambda c, p, k: c.notifications(),
    # the fleet's usage and spend: None when the ETag sent is current
    "fleet_usage": lambda c, p, k: c.fleet_usage(p.get("etag")),
    # Ricarica Online and Ricarica Automatica; each change needs its key
    "recharge_options": lambda c, p, k: c.recharge_options(),
    "create_recharge": lambda c, p, k: c.create_recharge(list(p["lineIds"]), p["amountCents"], p["method"], _key(k)),
    "recharge_order": lambda c, p, k: c.recharge_order(p["orderId"]),
    "auto_recharges": lambda c, p, k: c.auto_recharges(),
    "set_auto_recharge": lambda c, p, k: c.set_auto_recharge(p["lineId"], p["mode"], p.get("thresholdCents"),
                                                             p["amountCents"], p["method"], _key(k)),
    "delete_auto_recharge": lambda c, p, k: c.delete_auto_recharge(p["lineId"], _key(k)),
    # options and services; each change needs its key
    "option_catalogue": lambda c, p, k: c.option_catalogue(),
    "option_requests": lambda c, p, k: c.option_requests(),
    "line_options": lambda c, p, k: c.line_options(p["lineId"]),
    "option_compatibility": lambda c, p, k: c.option_compatibility(p["optionCode"], p["operation"], list(p["lineIds"])),
    "option_request": lambda c, p, k: c.create_option_request(p["optionCode"], p["operation"], list(p["lineIds"]),
                                                              _key(k)),
    "line_services": lambda c, p, k: c.line_services(p["lineId"]),
    "check_service": lambda c, p, k: c.check_service(p["lineId"], p["code"], p["operation"]),
    "change_service": lambda c, p, k: c.change_service(p["lineId"], p["code"], p["operation"],
                                                       bool(p.get("confirmPremium")), _key(k)),
    # Fai da te: line activations, SIM association history, promotions
    "activations": lambda c, p, k: c.activations(),
    "keep_updated": lambda c, p, k: c.keep_updated(p["activationId"], p["channel"], p.get("to"), _key(k)),
    "sim_associations": lambda c, p, k: c.sim_associations(p.get("lineId"), p.get("from"), p.get("to")),
    "promotions": lambda c, p, k: c.promotions(p.get("etag")),
    # Notifiche
    "notification_settings": lambda c, p, k: c.notification_settings(),
    "save_notification_settings": lambda c, p, k: c.save_notification_settings(list(p["settings"]), _key(k)),
    "roaming": lambda c, p, k: c.roaming(p["lineId"]),
    "unlock_roaming": lambda c, p, k: c.unlock_roaming(p["lineId"], _key(k)),
}


def perform(client: ApiClient, action: str, payload: dict[str, Any]) -> Any:
    """`payload` may carry IDEMPOTENCY_KEY: a creating request then reuses it, so a retry after a
    lost answer gets the first result instead of creating twice."""
    try:
        call = ACTIONS[action]
    except KeyError:
        raise ValueError(f"unknown action {action!r}") from None
    body = dict(payload)
    key = body.pop(IDEMPOTENCY_KEY, None)
    return call(client, body, key)
