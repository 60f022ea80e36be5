"""The permission matrix: every /api/ endpoint × every kind of session (and none), from a table written by hand
from docs/api.md, checked against the table the sandbox enforces (sandbox.permissions.PERMISSIONS), against
docs/api.md itself, and against real requests to the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI

from tests.sandbox.accounts_support import PASSWORD, Sandbox
from tests.sandbox.conftest import assert_wrapped
from windtre_desktop.sandbox import app as app_module
from windtre_desktop.sandbox.permissions import KINDS, PERMISSIONS, RESPONSABILE_AUTOLOGIN
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sandbox.state import SandboxConfig

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
ANONYMOUS = "ANONYMOUS"
MUST_CHANGE = "MUST_CHANGE"  # a Telco Manager signed in with its temporary password
SESSIONS = (ANONYMOUS, *KINDS, MUST_CHANGE)
MUST_CHANGE_ROLE = "TELCO_MANAGER"

# The matrix of docs/api.md, copied by hand (not computed from PERMISSIONS, so a wrong entry there fails):
# per /api/v1 endpoint, "public", or one mark per session kind in the order User Admin, Telco Manager,
# Dipendente, Responsabile (autologin), must change password: "+" may call it, "-" gets 403.
HAND_TABLE: dict[tuple[str, str], str] = {
    ("POST", "/login/credentials"): "public",
    ("POST", "/login/network"): "public",
    ("POST", "/registration/admin"): "public",
    ("POST", "/registration/admin/activate"): "public",
    ("POST", "/registration/employee"): "public",
    ("POST", "/registration/employee/puk"): "public",
    ("POST", "/registration/employee/resend"): "public",
    ("POST", "/registration/employee/verify"): "public",
    ("POST", "/password/recovery"): "public",
    ("POST", "/password/recovery/resend"): "public",
    ("POST", "/password/recovery/confirm"): "public",
    ("POST", "/logout"): "+++++",
    ("GET", "/me"): "+++++",
    ("POST", "/password/change"): "+++-+",
    ("GET", "/company"): "++++-",
    ("GET", "/lines"): "++++-",
    ("GET", "/lines/{lineId}"): "++++-",
    ("GET", "/sync"): "++++-",
    ("GET", "/telco-managers"): "+----",
    ("POST", "/telco-managers"): "+----",
    ("DELETE", "/telco-managers/{username}"): "+----",
    ("GET", "/me/sims"): "--++-",
    ("POST", "/me/sims"): "--+--",
    ("DELETE", "/me/sims/{msisdn}"): "--+--",
    ("DELETE", "/me"): "--+--",
    ("POST", "/tickets"): "++---",
    ("GET", "/tickets"): "++---",
    ("GET", "/tickets/open"): "++---",
    ("GET", "/tickets/forms/imei-block"): "++---",
    ("GET", "/tickets/{ticketId}"): "++---",
    ("GET", "/tickets/{ticketId}/attachments/{attachmentId}"): "++---",
    ("GET", "/invoices"): "++---",
    ("GET", "/invoices/{invoiceId}/pdf"): "++---",
    ("GET", "/invoices/{invoiceId}/call-detail"): "++---",
    ("GET", "/invoices/{invoiceId}/fatturapa"): "++---",
    ("POST", "/invoices/{invoiceId}/share"): "++---",
    ("GET", "/lines/{lineId}/recharges"): "++---",
    ("GET", "/lines/{lineId}/traffic/daily"): "++++-",
    ("GET", "/lines/{lineId}/traffic/records"): "++++-",
    ("GET", "/lines/{lineId}/traffic/export"): "++++-",
    ("GET", "/traffic/daily"): "++---",
    ("GET", "/fleet/usage"): "++---",
    ("GET", "/gss/packages"): "++---",
    ("GET", "/gss/packages/{packageId}/sims"): "++---",
    ("POST", "/gss/packages/{packageId}/plan"): "++---",
    ("POST", "/gss/packages/{packageId}/referent"): "++---",
    ("POST", "/gss/packages/{packageId}/extra-giga"): "++---",
    ("POST", "/gss/moves"): "++---",
    ("GET", "/devices"): "++---",
    ("GET", "/lines/{lineId}/sim-codes"): "++++-",
    ("GET", "/notifications"): "++++-",
    ("GET", "/activations"): "++---",
    ("POST", "/activations/{activationId}/keep-updated"): "++---",
    ("GET", "/sim-associations"): "++---",
    ("GET", "/promotions"): "++---",
    ("GET", "/recharges/options"): "++---",
    ("POST", "/recharges"): "++---",
    ("GET", "/recharges/{orderId}"): "++---",
    ("GET", "/auto-recharges"): "++---",
    ("PUT", "/lines/{lineId}/auto-recharge"): "++---",
    ("DELETE", "/lines/{lineId}/auto-recharge"): "++---",
    ("GET", "/options"): "++---",
    ("GET", "/lines/{lineId}/options"): "++---",
    ("POST", "/options/compatibility"): "++---",
    ("POST", "/options/requests"): "++---",
    ("GET", "/options/requests"): "++---",
    ("GET", "/lines/{lineId}/services"): "++---",
    ("POST", "/lines/{lineId}/services/check"): "++---",
    ("POST", "/lines/{lineId}/services"): "++---",
    ("GET", "/notification-settings"): "++---",
    ("PUT", "/notification-settings"): "++---",
    ("GET", "/lines/{lineId}/roaming"): "++++-",
    ("POST", "/lines/{lineId}/roaming/unlock"): "++---",
}
HAND_COLUMNS = (*KINDS, MUST_CHANGE)


@pytest.fixture(scope="module")
def matrix():
    server = SandboxServer(lines=40, seed=1)
    server.start()
    sandbox = Sandbox(server)
    admin = sandbox.login("admin.demo", "Demo2026!")
    sandbox.temporary = sandbox.create_telco_manager(admin, "tm.matrix")  # type: ignore[attr-defined]
    yield sandbox
    sandbox.close()
    server.stop()


def _session(sandbox: Sandbox, kind: str, *, fresh_dipendente: bool = False):
    """A new session of that kind (a new one per test: some allowed calls end it or the account)."""
    users = {u["role"]: u for u in sandbox.server.users}
    if kind == ANONYMOUS:
        return sandbox.client()
    if kind == MUST_CHANGE:
        return sandbox.login("tm.matrix", sandbox.temporary)  # type: ignore[attr-defined]
    if kind == RESPONSABILE_AUTOLOGIN:
        sandbox.network(sandbox.contracts()[0]["mobile"])
        answer = sandbox.http.post("/api/v1/login/network")
        sandbox.network(None)
        client = sandbox.client(**{"X-W3-Token": answer.headers["X-W3-Token"]})
        client.user = answer.json()["data"]  # type: ignore[attr-defined]
        return client
    if kind == "DIPENDENTE" and fresh_dipendente:
        user = sandbox.register_employee(sandbox.free_line())
        return sandbox.login(user["username"], PASSWORD)
    return sandbox.login(users[kind]["username"], users[kind]["password"])


def _expected(kind: str, method: str, path: str) -> tuple[int, str | None]:
    """(HTTP status, error code) the hand-written table promises; (0, None) means allowed: anything but
    401/403. The role is checked before a pending password change (docs/api.md)."""
    row = HAND_TABLE[(method, path.removeprefix("/api/v1"))]
    if row == "public":
        return 0, None
    if kind == ANONYMOUS:
        return 401, "ERR-AUTH-02"
    role = MUST_CHANGE_ROLE if kind == MUST_CHANGE else kind
    if row[HAND_COLUMNS.index(role)] == "-":
        return 403, "ERR-AUTH-03"
    if kind == MUST_CHANGE and row[HAND_COLUMNS.index(MUST_CHANGE)] == "-":
        return 403, "ERR-AUTH-05"
    return 0, None


def test_the_enforced_table_is_the_hand_written_one():
    enforced = {}
    for (method, path), access in PERMISSIONS.items():
        marks = "".join("+" if kind in access.kinds else "-" for kind in KINDS)
        marks += "+" if access.while_must_change else "-"
        enforced[(method, path.removeprefix("/api/v1"))] = "public" if access.public else marks
    assert set(enforced) == set(HAND_TABLE)
    wrong = {key: (HAND_TABLE[key], marks) for key, marks in enforced.items() if HAND_TABLE[key] != marks}
    assert not wrong, f"PERMISSIONS differs from the documented matrix (expected, enforced): {wrong}"


@pytest.mark.parametrize("kind", SESSIONS)
@pytest.mark.parametrize(
    ("method", "path"), [(m, "/api/v1" + p) for m, p in HAND_TABLE], ids=lambda value: value
)
def test_every_endpoint_for_every_kind_of_session(matrix, method, path, kind):
    session = _session(matrix, kind, fresh_dipendente=(method, path) == ("DELETE", "/api/v1/me"))
    own_line = getattr(session, "user", {}).get("lineId") or "L00001"
    url = path.format(
        lineId=own_line,
        username="nobody.here",
        msisdn="+393000000000",
        ticketId="T999999",
        attachmentId="A999999",
        invoiceId="INV-NONE",
        packageId="GSS-NONE",
        orderId="RO-NONE",
        activationId="ACT-NONE",
    )
    response = session.request(method, url, json={} if method == "POST" else None)
    status, code = _expected(kind, method, path)
    if status:
        assert_wrapped(response, "FAIL", status, code)
    else:
        assert response.status_code not in (401, 403), response.text
        if not response.headers["content-type"].startswith("application/json"):
            return  # a file download (e.g. the blank IMEI block form)
        assert not any(
            c.startswith("ERR-AUTH-0") and c != "ERR-AUTH-06" for c in response.json()["errorCodes"]
        )


def test_the_table_has_a_row_for_every_endpoint_and_no_other():
    app = app_module.create_app(SandboxConfig(lines=1))
    served = {
        (method, route.path)
        for route in app.routes
        if getattr(route, "path", "").startswith("/api/")
        for method in getattr(route, "methods", ())
    }
    assert served == set(PERMISSIONS)


def test_an_endpoint_missing_from_the_table_stops_the_app():
    app = FastAPI()

    @app.get("/api/v1/unlisted")
    async def unlisted() -> None:  # pragma: no cover - never called
        return None

    with pytest.raises(RuntimeError, match="unlisted"):
        app_module._check_permission_table(app)


def _documented_matrix() -> dict[tuple[str, str], tuple[str, ...]]:
    text = API_DOC.read_text(encoding="utf-8")
    section = text[text.index("### Permission matrix") :]
    rows = {}
    for line in section.splitlines()[1:]:
        found = re.match(r"\| `(GET|POST|PUT|DELETE) (/[^`]*)` \|(.*)\|\s*$", line)
        if found:
            cells = tuple(cell.strip() for cell in found.group(3).split("|"))
            rows[(found.group(1), "/api/v1" + found.group(2))] = cells
        elif rows and not line.startswith("|"):
            break
    return rows


def test_docs_api_md_shows_the_enforced_table():
    documented = _documented_matrix()
    assert set(documented) == set(PERMISSIONS)
    for key, cells in documented.items():
        access = PERMISSIONS[key]
        assert len(cells) == len(KINDS) + 1, key
        if access.public:
            assert set(cells) == {"public"}, key
            continue
        allowed = tuple(cell.startswith("✓") for cell in cells)
        assert all(cell.startswith("✓") or cell == "403" for cell in cells), key
        assert allowed == (*(kind in access.kinds for kind in KINDS), access.while_must_change), key
