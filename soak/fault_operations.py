"""Every /api/ operation of docs/openapi.json, mapped to the ApiClient call the app makes for it, or named in
NOT_CALLED with the reason the app never calls it. `uncovered()` lists what is in neither, so a new endpoint in
the contract fails the fault proofs until someone drives it or says why not.

An operation's `prepare(bench, ids)` does its set-up requests (a fresh account, a Telco Manager to delete…)
before any fault is armed, and returns the call to make under the fault and the concrete path to arm it on."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soak.fault_bench import PASSWORD, Bench
from windtre_desktop.api.client import ApiClient

OPENAPI = Path(__file__).resolve().parents[1] / "docs" / "openapi.json"
HTTP_METHODS = ("get", "post", "put", "delete", "patch")

IMEI = "356938035643809"
PDF = b"%PDF-1.4\n% a tiny proof file\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0" + b"\x00proof" * 16
PERSON = {"name": "Mario Rossi", "phone": "+39 347 111 2222", "email": "mario.rossi@example.it"}
IMEI_FILES = [
    ("request_form", "modulo.pdf", PDF, "application/pdf"),
    ("identity_document", "carta-identita.png", PNG, "image/png"),
    ("authority_report", "denuncia.jpg", JPEG, "image/jpeg"),
]

NOT_CALLED: dict[tuple[str, str], str] = {
    ("GET", "/api/v1/company"): "the company arrives in the /sync feed; the app never asks for it alone",
    ("GET", "/api/v1/lines"): "the lines arrive in the /sync feed (NDJSON, with deletions); never listed apart",
    ("GET", "/api/v1/lines/{lineId}"): "a line is read from the local store the sync fills, not fetched alone",
}


@dataclass
class Prepared:
    """A call ready to be made under a fault: `run()` makes it with `client`, on the concrete `path`."""

    client: ApiClient
    run: Callable[[], Any]
    path: str
    changes_state: bool = False


Prepare = Callable[[Bench, dict], Prepared]
OPERATIONS: dict[tuple[str, str], Prepare] = {}


def openapi_operations() -> set[tuple[str, str]]:
    """(METHOD, path) of every /api/ operation the contract declares."""
    paths = json.loads(OPENAPI.read_text(encoding="utf-8"))["paths"]
    return {(method.upper(), path) for path, item in paths.items() if path.startswith("/api/")
            for method in item if method in HTTP_METHODS}


def uncovered() -> set[tuple[str, str]]:
    """Operations of the contract neither driven here nor named as not called by the app."""
    return openapi_operations() - set(OPERATIONS) - set(NOT_CALLED)


def operation(method: str, path: str) -> Callable[[Prepare], Prepare]:
    def register(prepare: Prepare) -> Prepare:
        OPERATIONS[(method, path)] = prepare
        return prepare

    return register


def discover(bench: Bench) -> dict:
    """The ids the operations use, read once from the sandbox as the User Admin sees it."""
    admin = bench.signed_in("USER_ADMIN")
    lines = admin.sync(None, None).lines
    mobile = [line for line in lines if line.kind == "mobile"]
    prepaid = [line for line in mobile if line.payment_type == "prepaid"] or mobile
    packages = admin.gss_packages().packages
    sims = admin.gss_sims(packages[0]["id"])
    ticket = admin.create_ticket({"reason": "LOSS_THEFT", "topic": "IMEI_BLOCK", "service": "data", "imei": IMEI},
                                 IMEI_FILES, idempotency_key=bench.key())
    order = admin.create_recharge([prepaid[0].id], 500, "invoice", bench.key())
    return {
        "line": mobile[0].id, "prepaid": prepaid[0].id, "prepaid_2": prepaid[-1].id,
        "invoice": admin.invoices().invoices[0]["id"],
        "package": packages[0]["id"], "package_2": packages[2]["id"], "sim_line": sims[0]["lineId"],
        "ticket": ticket["id"], "attachment": ticket["attachments"][0]["id"],
        "activation": admin.activations()[0]["id"], "order": order.id,
        "option": admin.option_catalogue()["options"][0]["code"],
        "service": admin.line_services(mobile[0].id)[0]["code"],
        "employee": bench.user("DIPENDENTE")["username"],
    }


def _admin(bench: Bench, path: str, call: Callable[[ApiClient], Any], changes: bool = False) -> Prepared:
    client = bench.signed_in("USER_ADMIN")
    return Prepared(client, lambda: call(client), path, changes)


def _employee(bench: Bench, path: str, call: Callable[[ApiClient], Any], changes: bool = False) -> Prepared:
    client = bench.signed_in("DIPENDENTE")
    return Prepared(client, lambda: call(client), path, changes)


def _anonymous(bench: Bench, path: str, call: Callable[[ApiClient], Any], changes: bool = True) -> Prepared:
    client = bench.client()
    return Prepared(client, lambda: call(client), path, changes)


V1 = "/api/v1"

# -- sign-in and the feed ----------------------------------------------------------------------------------


@operation("POST", f"{V1}/login/credentials")
def _login(bench: Bench, ids: dict) -> Prepared:
    user = bench.user("USER_ADMIN")
    return _anonymous(bench, f"{V1}/login/credentials", lambda c: c.login(user["username"], user["password"], False))


@operation("POST", f"{V1}/login/network")
def _login_network(bench: Bench, ids: dict) -> Prepared:
    return _anonymous(bench, f"{V1}/login/network", lambda c: c.login_network())


@operation("POST", f"{V1}/logout")
def _logout(bench: Bench, ids: dict) -> Prepared:
    client = bench.client()
    user = bench.user("TELCO_MANAGER")
    client.login(user["username"], user["password"], False)
    return Prepared(client, client.logout, f"{V1}/logout", True)


@operation("GET", f"{V1}/me")
def _me(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/me", lambda c: c.me())


@operation("GET", f"{V1}/sync")
def _sync(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/sync", lambda c: c.sync(None, None))


# -- accounts --------------------------------------------------------------------------------------------------


@operation("POST", f"{V1}/registration/admin")
def _register_admin(bench: Bench, ids: dict) -> Prepared:
    record = bench.control.get("/sandbox/contracts").json()["contracts"][0]
    fields = ("vatNumber", "email", "mobile", "firstName", "lastName", "birthDate", "fiscalCode")
    body = {name: record[name] for name in fields}
    return _anonymous(bench, f"{V1}/registration/admin", lambda c: c.register_admin(body, idempotency_key=bench.key()))


@operation("POST", f"{V1}/registration/admin/activate")
def _activate_admin(bench: Bench, ids: dict) -> Prepared:
    body = {"registrationId": "REG-unknown", "activationCode": "ABC123", "username": f"nuovo.admin{bench.serial()}",
            "password": PASSWORD}
    return _anonymous(bench, f"{V1}/registration/admin/activate",
                      lambda c: c.activate_admin(body, idempotency_key=bench.key()))


@operation("POST", f"{V1}/registration/employee")
def _register_employee(bench: Bench, ids: dict) -> Prepared:
    body = {"msisdn": bench.free_line()["msisdn"], "email": "dip@example.it"}
    return _anonymous(bench, f"{V1}/registration/employee",
                      lambda c: c.register_employee(body, idempotency_key=bench.key()))


def _challenge(bench: Bench) -> str:
    body = {"msisdn": bench.free_line()["msisdn"], "email": "dip@example.it"}
    return bench.control.post(f"{V1}/registration/employee", json=body).json()["data"]["challengeId"]


@operation("POST", f"{V1}/registration/employee/puk")
def _verify_puk(bench: Bench, ids: dict) -> Prepared:
    body = {"challengeId": _challenge(bench), "puk": "12345678"}
    return _anonymous(bench, f"{V1}/registration/employee/puk", lambda c: c.verify_puk(body))


@operation("POST", f"{V1}/registration/employee/resend")
def _resend_otp(bench: Bench, ids: dict) -> Prepared:
    challenge = _challenge(bench)
    return _anonymous(bench, f"{V1}/registration/employee/resend", lambda c: c.resend_otp(challenge))


@operation("POST", f"{V1}/registration/employee/verify")
def _verify_employee(bench: Bench, ids: dict) -> Prepared:
    body = {"challengeId": _challenge(bench), "otp": "000000", "password": PASSWORD}
    return _anonymous(bench, f"{V1}/registration/employee/verify",
                      lambda c: c.verify_employee(body, idempotency_key=bench.key()))


@operation("POST", f"{V1}/password/recovery")
def _recover(bench: Bench, ids: dict) -> Prepared:
    return _anonymous(bench, f"{V1}/password/recovery", lambda c: c.recover_password(ids["employee"]))


@operation("POST", f"{V1}/password/recovery/resend")
def _recover_resend(bench: Bench, ids: dict) -> Prepared:
    return _anonymous(bench, f"{V1}/password/recovery/resend", lambda c: c.resend_recovery_code("REC-unknown"))


@operation("POST", f"{V1}/password/recovery/confirm")
def _recover_confirm(bench: Bench, ids: dict) -> Prepared:
    body = {"challengeId": "REC-unknown", "code": "000000", "newPassword": PASSWORD}
    return _anonymous(bench, f"{V1}/password/recovery/confirm", lambda c: c.confirm_recovery(body))


@operation("POST", f"{V1}/password/change")
def _change_password(bench: Bench, ids: dict) -> Prepared:
    client, _line = bench.fresh_employee()
    body = {"oldPassword": PASSWORD, "newPassword": "Altra2026!x"}
    return Prepared(client, lambda: client.change_password(body), f"{V1}/password/change", True)


@operation("GET", f"{V1}/telco-managers")
def _telco_managers(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/telco-managers", lambda c: c.telco_managers())


def _manager_body(bench: Bench) -> dict:
    name = f"tm.prova{bench.serial()}"
    return {"username": name, "firstName": "Ada", "lastName": "Neri", "email": f"{name}@example.it",
            "mobile": "+393471112233"}


@operation("POST", f"{V1}/telco-managers")
def _create_manager(bench: Bench, ids: dict) -> Prepared:
    body = _manager_body(bench)
    return _admin(bench, f"{V1}/telco-managers",
                  lambda c: c.create_telco_manager(body, idempotency_key=bench.key()), True)


@operation("DELETE", f"{V1}/telco-managers/{{username}}")
def _delete_manager(bench: Bench, ids: dict) -> Prepared:
    body = _manager_body(bench)
    admin = bench.signed_in("USER_ADMIN")
    admin.create_telco_manager(body, idempotency_key=bench.key())
    return _admin(bench, f"{V1}/telco-managers/{body['username']}",
                  lambda c: c.delete_telco_manager(body["username"]), True)


@operation("GET", f"{V1}/me/sims")
def _my_sims(bench: Bench, ids: dict) -> Prepared:
    return _employee(bench, f"{V1}/me/sims", lambda c: c.my_sims())


@operation("POST", f"{V1}/me/sims")
def _associate(bench: Bench, ids: dict) -> Prepared:
    client, _line = bench.fresh_employee()
    msisdn = bench.free_line()["msisdn"]
    return Prepared(client, lambda: client.associate_sim(msisdn, idempotency_key=bench.key()), f"{V1}/me/sims", True)


@operation("DELETE", f"{V1}/me/sims/{{msisdn}}")
def _dissociate(bench: Bench, ids: dict) -> Prepared:
    client, _line = bench.fresh_employee()
    msisdn = bench.free_line()["msisdn"]
    client.associate_sim(msisdn, idempotency_key=bench.key())
    return Prepared(client, lambda: client.dissociate_sim(msisdn), f"{V1}/me/sims/{msisdn}", True)


@operation("DELETE", f"{V1}/me")
def _delete_account(bench: Bench, ids: dict) -> Prepared:
    client, _line = bench.fresh_employee()
    return Prepared(client, client.delete_account, f"{V1}/me", True)


# -- tickets ------------------------------------------------------------------------------------------------------


@operation("POST", f"{V1}/tickets")
def _file_ticket(bench: Bench, ids: dict) -> Prepared:
    ticket = {"reason": "ADMINISTRATIVE", "topic": "WRONG_TARIFF", "domain": "mobile", "invoiceNumber": "2026/A-000123",
              "site": "Sede di Milano", "referent": dict(PERSON), "requester": dict(PERSON), "notify": "email"}
    key = bench.key()
    return _admin(bench, f"{V1}/tickets", lambda c: c.create_ticket(ticket, idempotency_key=key), True)


@operation("GET", f"{V1}/tickets")
def _tickets(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/tickets", lambda c: c.tickets())


@operation("GET", f"{V1}/tickets/open")
def _open_ticket(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/tickets/open", lambda c: c.open_ticket())


@operation("GET", f"{V1}/tickets/{{ticketId}}")
def _ticket(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/tickets/{ids['ticket']}", lambda c: c.ticket(ids["ticket"]))


@operation("GET", f"{V1}/tickets/{{ticketId}}/attachments/{{attachmentId}}")
def _attachment(bench: Bench, ids: dict) -> Prepared:
    path = f"{V1}/tickets/{ids['ticket']}/attachments/{ids['attachment']}"
    return _admin(bench, path, lambda c: c.ticket_attachment(ids["ticket"], ids["attachment"]))


@operation("GET", f"{V1}/tickets/forms/imei-block")
def _imei_form(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/tickets/forms/imei-block", lambda c: c.imei_block_form())


# -- invoices and recharges -------------------------------------------------------------------------------------


@operation("GET", f"{V1}/invoices")
def _invoices(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/invoices", lambda c: c.invoices())


@operation("GET", f"{V1}/invoices/{{invoiceId}}/pdf")
def _invoice_pdf(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/invoices/{ids['invoice']}/pdf", lambda c: c.invoice_pdf(ids["invoice"]))


@operation("GET", f"{V1}/invoices/{{invoiceId}}/call-detail")
def _call_detail(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/invoices/{ids['invoice']}/call-detail",
                  lambda c: c.invoice_call_detail(ids["invoice"]))


@operation("GET", f"{V1}/invoices/{{invoiceId}}/fatturapa")
def _fatturapa(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/invoices/{ids['invoice']}/fatturapa", lambda c: c.invoice_fatturapa(ids["invoice"]))


@operation("POST", f"{V1}/invoices/{{invoiceId}}/share")
def _share(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/invoices/{ids['invoice']}/share",
                  lambda c: c.share_invoice(ids["invoice"], "contabilita@example.it", idempotency_key=bench.key()),
                  True)


@operation("GET", f"{V1}/lines/{{lineId}}/recharges")
def _recharge_history(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['prepaid']}/recharges", lambda c: c.recharges(ids["prepaid"]))


@operation("GET", f"{V1}/recharges/options")
def _recharge_options(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/recharges/options", lambda c: c.recharge_options())


@operation("POST", f"{V1}/recharges")
def _recharge(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/recharges", lambda c: c.create_recharge([ids["prepaid"]], 500, "invoice", key), True)


@operation("GET", f"{V1}/recharges/{{orderId}}")
def _recharge_order(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/recharges/{ids['order']}", lambda c: c.recharge_order(ids["order"]))


@operation("GET", f"{V1}/auto-recharges")
def _auto_recharges(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/auto-recharges", lambda c: c.auto_recharges())


@operation("PUT", f"{V1}/lines/{{lineId}}/auto-recharge")
def _set_auto(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['prepaid']}/auto-recharge",
                  lambda c: c.set_auto_recharge(ids["prepaid"], "threshold", 500, 1000, "invoice", key), True)


@operation("DELETE", f"{V1}/lines/{{lineId}}/auto-recharge")
def _delete_auto(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    admin.set_auto_recharge(ids["prepaid_2"], "threshold", 500, 1000, "invoice", bench.key())
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['prepaid_2']}/auto-recharge",
                  lambda c: c.delete_auto_recharge(ids["prepaid_2"], key), True)


# -- traffic ------------------------------------------------------------------------------------------------------


@operation("GET", f"{V1}/lines/{{lineId}}/traffic/daily")
def _line_daily(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/traffic/daily", lambda c: c.line_traffic_daily(ids["line"]))


@operation("GET", f"{V1}/traffic/daily")
def _company_daily(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/traffic/daily", lambda c: c.company_traffic_daily(top=5))


@operation("GET", f"{V1}/lines/{{lineId}}/traffic/records")
def _records(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/traffic/records",
                  lambda c: c.line_traffic_records(ids["line"], limit=50))


@operation("GET", f"{V1}/lines/{{lineId}}/traffic/export")
def _export(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/traffic/export",
                  lambda c: c.line_traffic_export(ids["line"], limit=50))


@operation("GET", f"{V1}/fleet/usage")
def _fleet(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/fleet/usage", lambda c: c.fleet_usage())


# -- products and Giga Smart Share ------------------------------------------------------------------------------


@operation("GET", f"{V1}/gss/packages")
def _packages(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/gss/packages", lambda c: c.gss_packages())


@operation("GET", f"{V1}/gss/packages/{{packageId}}/sims")
def _package_sims(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/gss/packages/{ids['package']}/sims", lambda c: c.gss_sims(ids["package"]))


@operation("POST", f"{V1}/gss/packages/{{packageId}}/plan")
def _plan(bench: Bench, ids: dict) -> Prepared:
    plan = 500 if bench.serial() % 2 else 300
    key = bench.key()
    return _admin(bench, f"{V1}/gss/packages/{ids['package']}/plan",
                  lambda c: c.gss_change_plan(ids["package"], plan, key), True)


@operation("POST", f"{V1}/gss/packages/{{packageId}}/referent")
def _referent(bench: Bench, ids: dict) -> Prepared:
    phone = f"+39347{bench.serial():07d}"
    key = bench.key()
    return _admin(bench, f"{V1}/gss/packages/{ids['package']}/referent",
                  lambda c: c.gss_change_referent(ids["package"], phone, key), True)


@operation("POST", f"{V1}/gss/packages/{{packageId}}/extra-giga")
def _extra(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/gss/packages/{ids['package']}/extra-giga",
                  lambda c: c.gss_add_extra(ids["package"], 5, key), True)


@operation("POST", f"{V1}/gss/moves")
def _move(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    sims = {s["lineId"] for s in admin.gss_sims(ids["package"])}
    source, target = (ids["package"], ids["package_2"]) if ids["sim_line"] in sims else (ids["package_2"], ids["package"])
    key = bench.key()
    return _admin(bench, f"{V1}/gss/moves", lambda c: c.gss_move(source, target, [ids["sim_line"]], key), True)


@operation("GET", f"{V1}/devices")
def _devices(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/devices", lambda c: c.devices())


@operation("GET", f"{V1}/lines/{{lineId}}/sim-codes")
def _sim_codes(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/sim-codes", lambda c: c.sim_codes(ids["line"]))


@operation("GET", f"{V1}/notifications")
def _notifications(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/notifications", lambda c: c.notifications())


# -- options and services ----------------------------------------------------------------------------------------


@operation("GET", f"{V1}/options")
def _catalogue(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/options", lambda c: c.option_catalogue())


@operation("GET", f"{V1}/lines/{{lineId}}/options")
def _line_options(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/options", lambda c: c.line_options(ids["line"]))


@operation("POST", f"{V1}/options/compatibility")
def _compatibility(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/options/compatibility",
                  lambda c: c.option_compatibility(ids["option"], "activate", [ids["line"]]))


@operation("GET", f"{V1}/options/requests")
def _option_requests(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/options/requests", lambda c: c.option_requests())


@operation("POST", f"{V1}/options/requests")
def _option_request(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/options/requests",
                  lambda c: c.create_option_request(ids["option"], "activate", [ids["line"]], key), True)


@operation("GET", f"{V1}/lines/{{lineId}}/services")
def _services(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/services", lambda c: c.line_services(ids["line"]))


@operation("POST", f"{V1}/lines/{{lineId}}/services/check")
def _check_service(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/services/check",
                  lambda c: c.check_service(ids["line"], ids["service"], "activate"))


@operation("POST", f"{V1}/lines/{{lineId}}/services")
def _change_service(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    service = next(s for s in admin.line_services(ids["line"]) if s["code"] == ids["service"])
    operation_name = "deactivate" if service.get("active") else "activate"
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['line']}/services",
                  lambda c: c.change_service(ids["line"], ids["service"], operation_name, True, key), True)


# -- Fai da te and notifications ----------------------------------------------------------------------------------


@operation("GET", f"{V1}/activations")
def _activations(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/activations", lambda c: c.activations())


@operation("POST", f"{V1}/activations/{{activationId}}/keep-updated")
def _keep_updated(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/activations/{ids['activation']}/keep-updated",
                  lambda c: c.keep_updated(ids["activation"], "email", "it@example.it", key), True)


@operation("GET", f"{V1}/sim-associations")
def _associations(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/sim-associations", lambda c: c.sim_associations())


@operation("GET", f"{V1}/promotions")
def _promotions(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/promotions", lambda c: c.promotions())


@operation("GET", f"{V1}/notification-settings")
def _settings(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/notification-settings", lambda c: c.notification_settings())


@operation("PUT", f"{V1}/notification-settings")
def _save_settings(bench: Bench, ids: dict) -> Prepared:
    enabled = bool(bench.serial() % 2)
    settings = [{"type": "invoice_overdue", "enabled": enabled, "channels": ["email"]}]
    key = bench.key()
    return _admin(bench, f"{V1}/notification-settings", lambda c: c.save_notification_settings(settings, key), True)


@operation("GET", f"{V1}/lines/{{lineId}}/roaming")
def _roaming(bench: Bench, ids: dict) -> Prepared:
    return _admin(bench, f"{V1}/lines/{ids['line']}/roaming", lambda c: c.roaming(ids["line"]))


@operation("POST", f"{V1}/lines/{{lineId}}/roaming/unlock")
def _unlock(bench: Bench, ids: dict) -> Prepared:
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['line']}/roaming/unlock", lambda c: c.unlock_roaming(ids["line"], key),
                  True)
