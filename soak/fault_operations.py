"""Every /api/ operation of docs/openapi.json, mapped to the ApiClient call the app makes for it, or named in
NOT_CALLED with the reason the app never calls it. `uncovered()` lists what is in neither, so a new endpoint in
the contract fails the fault proofs until someone drives it or says why not.

An operation's `prepare(bench, ids)` does its set-up requests (a fresh account, a Telco Manager to delete…)
before any fault is armed, and returns the call to make under the fault and the concrete path to arm it on.
Those with set-up are functions below; those without are rows of ROWS, made into the same kind of prepare."""

from __future__ import annotations

import json
import re
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


def _anonymous(bench: Bench, path: str, call: Callable[[ApiClient], Any], changes: bool = True) -> Prepared:
    client = bench.client()
    return Prepared(client, lambda: call(client), path, changes)


V1 = "/api/v1"

# -- sign-in and the feed ----------------------------------------------------------------------------------


@operation("POST", f"{V1}/login/credentials")
def _login(bench: Bench, ids: dict) -> Prepared:
    user = bench.user("USER_ADMIN")
    return _anonymous(bench, f"{V1}/login/credentials", lambda c: c.login(user["username"], user["password"], False))


@operation("POST", f"{V1}/logout")
def _logout(bench: Bench, ids: dict) -> Prepared:
    client = bench.client()
    user = bench.user("TELCO_MANAGER")
    client.login(user["username"], user["password"], False)
    return Prepared(client, client.logout, f"{V1}/logout", True)


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


@operation("POST", f"{V1}/password/change")
def _change_password(bench: Bench, ids: dict) -> Prepared:
    client, _line = bench.fresh_employee()
    body = {"oldPassword": PASSWORD, "newPassword": "Altra2026!x"}
    return Prepared(client, lambda: client.change_password(body), f"{V1}/password/change", True)


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


# -- invoices and recharges -------------------------------------------------------------------------------------


@operation("DELETE", f"{V1}/lines/{{lineId}}/auto-recharge")
def _delete_auto(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    admin.set_auto_recharge(ids["prepaid_2"], "threshold", 500, 1000, "invoice", bench.key())
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['prepaid_2']}/auto-recharge",
                  lambda c: c.delete_auto_recharge(ids["prepaid_2"], key), True)


# -- products and Giga Smart Share ------------------------------------------------------------------------------


@operation("POST", f"{V1}/gss/moves")
def _move(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    sims = {s["lineId"] for s in admin.gss_sims(ids["package"])}
    source, target = (ids["package"], ids["package_2"]) if ids["sim_line"] in sims else (ids["package_2"], ids["package"])
    key = bench.key()
    return _admin(bench, f"{V1}/gss/moves", lambda c: c.gss_move(source, target, [ids["sim_line"]], key), True)


# -- options and services ----------------------------------------------------------------------------------------


@operation("POST", f"{V1}/lines/{{lineId}}/services")
def _change_service(bench: Bench, ids: dict) -> Prepared:
    admin = bench.signed_in("USER_ADMIN")
    service = next(s for s in admin.line_services(ids["line"]) if s["code"] == ids["service"])
    operation_name = "deactivate" if service.get("active") else "activate"
    key = bench.key()
    return _admin(bench, f"{V1}/lines/{ids['line']}/services",
                  lambda c: c.change_service(ids["line"], ids["service"], operation_name, True, key), True)


# -- the operations that need no set-up: one row each, (method, contract path, the call); the path's
# parameters are filled from the ids `discover` read (PLACES), or from the row's own `ids` where another id is
# wanted (a prepaid line). `bench` gives a fresh Idempotency-Key or serial at the call.
PLACES = {"lineId": "line", "invoiceId": "invoice", "packageId": "package", "ticketId": "ticket",
          "attachmentId": "attachment", "orderId": "order", "activationId": "activation"}
Call = Callable[[ApiClient, dict, Bench], Any]


@dataclass(frozen=True)
class Row:
    method: str
    path: str  # as the contract writes it, under V1
    call: Call
    changes: bool = False
    role: str = "USER_ADMIN"  # "" = no session
    ids: tuple[tuple[str, str], ...] = ()  # (path parameter, id name) instead of PLACES


def _row_prepare(row: Row) -> Prepare:
    places = {**PLACES, **dict(row.ids)}

    def prepare(bench: Bench, ids: dict) -> Prepared:
        path = re.sub(r"{(\w+)}", lambda m: ids[places[m.group(1)]], V1 + row.path)
        client = bench.signed_in(row.role) if row.role else bench.client()
        return Prepared(client, lambda: row.call(client, ids, bench), path, row.changes)

    return prepare


PREPAID = (("lineId", "prepaid"),)
ROWS = (
    Row("GET", "/me", lambda c, i, b: c.me()),
    Row("GET", "/sync", lambda c, i, b: c.sync(None, None)),
    Row("POST", "/login/network", lambda c, i, b: c.login_network(), True, role=""),
    Row("POST", "/password/recovery", lambda c, i, b: c.recover_password(i["employee"]), True, role=""),
    Row("POST", "/password/recovery/resend", lambda c, i, b: c.resend_recovery_code("REC-unknown"), True, role=""),
    Row("POST", "/password/recovery/confirm", lambda c, i, b: c.confirm_recovery(
        {"challengeId": "REC-unknown", "code": "000000", "newPassword": PASSWORD}), True, role=""),
    Row("GET", "/telco-managers", lambda c, i, b: c.telco_managers()),
    Row("GET", "/me/sims", lambda c, i, b: c.my_sims(), role="DIPENDENTE"),
    Row("GET", "/tickets", lambda c, i, b: c.tickets()),
    Row("GET", "/tickets/open", lambda c, i, b: c.open_ticket()),
    Row("GET", "/tickets/{ticketId}", lambda c, i, b: c.ticket(i["ticket"])),
    Row("GET", "/tickets/{ticketId}/attachments/{attachmentId}",
        lambda c, i, b: c.ticket_attachment(i["ticket"], i["attachment"])),
    Row("GET", "/tickets/forms/imei-block", lambda c, i, b: c.imei_block_form()),
    Row("GET", "/invoices", lambda c, i, b: c.invoices()),
    Row("GET", "/invoices/{invoiceId}/pdf", lambda c, i, b: c.invoice_pdf(i["invoice"])),
    Row("GET", "/invoices/{invoiceId}/call-detail", lambda c, i, b: c.invoice_call_detail(i["invoice"])),
    Row("GET", "/invoices/{invoiceId}/fatturapa", lambda c, i, b: c.invoice_fatturapa(i["invoice"])),
    Row("POST", "/invoices/{invoiceId}/share", lambda c, i, b: c.share_invoice(
        i["invoice"], "contabilita@example.it", idempotency_key=b.key()), True),
    Row("GET", "/lines/{lineId}/recharges", lambda c, i, b: c.recharges(i["prepaid"]), ids=PREPAID),
    Row("GET", "/recharges/options", lambda c, i, b: c.recharge_options()),
    Row("POST", "/recharges", lambda c, i, b: c.create_recharge([i["prepaid"]], 500, "invoice", b.key()), True),
    Row("GET", "/recharges/{orderId}", lambda c, i, b: c.recharge_order(i["order"])),
    Row("GET", "/auto-recharges", lambda c, i, b: c.auto_recharges()),
    Row("PUT", "/lines/{lineId}/auto-recharge", lambda c, i, b: c.set_auto_recharge(
        i["prepaid"], "threshold", 500, 1000, "invoice", b.key()), True, ids=PREPAID),
    Row("GET", "/lines/{lineId}/traffic/daily", lambda c, i, b: c.line_traffic_daily(i["line"])),
    Row("GET", "/traffic/daily", lambda c, i, b: c.company_traffic_daily(top=5)),
    Row("GET", "/lines/{lineId}/traffic/records", lambda c, i, b: c.line_traffic_records(i["line"], limit=50)),
    Row("GET", "/lines/{lineId}/traffic/export", lambda c, i, b: c.line_traffic_export(i["line"], limit=50)),
    Row("GET", "/fleet/usage", lambda c, i, b: c.fleet_usage()),
    Row("GET", "/gss/packages", lambda c, i, b: c.gss_packages()),
    Row("GET", "/gss/packages/{packageId}/sims", lambda c, i, b: c.gss_sims(i["package"])),
    Row("POST", "/gss/packages/{packageId}/plan", lambda c, i, b: c.gss_change_plan(
        i["package"], 500 if b.serial() % 2 else 300, b.key()), True),
    Row("POST", "/gss/packages/{packageId}/referent", lambda c, i, b: c.gss_change_referent(
        i["package"], f"+39347{b.serial():07d}", b.key()), True),
    Row("POST", "/gss/packages/{packageId}/extra-giga", lambda c, i, b: c.gss_add_extra(i["package"], 5, b.key()),
        True),
    Row("GET", "/devices", lambda c, i, b: c.devices()),
    Row("GET", "/lines/{lineId}/sim-codes", lambda c, i, b: c.sim_codes(i["line"])),
    Row("GET", "/notifications", lambda c, i, b: c.notifications()),
    Row("GET", "/options", lambda c, i, b: c.option_catalogue()),
    Row("GET", "/lines/{lineId}/options", lambda c, i, b: c.line_options(i["line"])),
    Row("POST", "/options/compatibility", lambda c, i, b: c.option_compatibility(i["option"], "activate", [i["line"]])),
    Row("GET", "/options/requests", lambda c, i, b: c.option_requests()),
    Row("POST", "/options/requests", lambda c, i, b: c.create_option_request(
        i["option"], "activate", [i["line"]], b.key()), True),
    Row("GET", "/lines/{lineId}/services", lambda c, i, b: c.line_services(i["line"])),
    Row("POST", "/lines/{lineId}/services/check", lambda c, i, b: c.check_service(i["line"], i["service"], "activate")),
    Row("GET", "/activations", lambda c, i, b: c.activations()),
    Row("POST", "/activations/{activationId}/keep-updated", lambda c, i, b: c.keep_updated(
        i["activation"], "email", "it@example.it", b.key()), True),
    Row("GET", "/sim-associations", lambda c, i, b: c.sim_associations()),
    Row("GET", "/promotions", lambda c, i, b: c.promotions()),
    Row("GET", "/notification-settings", lambda c, i, b: c.notification_settings()),
    Row("PUT", "/notification-settings", lambda c, i, b: c.save_notification_settings(
        [{"type": "invoice_overdue", "enabled": bool(b.serial() % 2), "channels": ["email"]}], b.key()), True),
    Row("GET", "/lines/{lineId}/roaming", lambda c, i, b: c.roaming(i["line"])),
    Row("POST", "/lines/{lineId}/roaming/unlock", lambda c, i, b: c.unlock_roaming(i["line"], b.key()), True),
)
for _row in ROWS:
    OPERATIONS[(_row.method, V1 + _row.path)] = _row_prepare(_row)

