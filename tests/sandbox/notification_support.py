"""Helpers for the Notifiche tests (R-80, R-81): a private sandbox with a session of every kind and long
tokens (the clock moves), the feed, the settings and data abroad."""

from __future__ import annotations

import uuid

import httpx

from tests.sandbox.accounts_support import Sandbox
from tests.sandbox.conftest import assert_wrapped, user_of
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"
GIGA = 1024**3
DAY = 24 * 3600
TYPES = (
    "invoice_overdue",
    "payment_method_invalid",
    "promotion",
    "data_abroad_threshold",
    "fixed_activation",
    "gss_threshold",
)


class NtfBox(Sandbox):
    """One private sandbox: User Admin, Telco Manager, Dipendente and autologin Responsabile sessions."""

    def __init__(self) -> None:
        server = SandboxServer(lines=250, seed=5, token_ttl_seconds=10 * 365 * DAY)
        server.start()
        super().__init__(server)
        self.admin = self.login("admin.demo", "Demo2026!")
        telco = user_of(self.server, "TELCO_MANAGER")
        self.telco = self.login(telco["username"], telco["password"])
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])
        self.employee_line = assert_wrapped(self.employee.get(f"{API}/me"), "OK", 200)["data"]["lineId"]
        self.referent = self.contracts()[0]["mobile"]  # the User Admin's contract mobile
        self.network(self.referent)
        answer = self.http.post(f"{API}/login/network")
        self.network(None)
        self.autologin = self.client(**{"X-W3-Token": answer.headers["X-W3-Token"]})

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def feed(self, client: httpx.Client | None = None) -> list[dict]:
        answer = (client or self.admin).get(f"{API}/notifications")
        return assert_wrapped(answer, "OK", 200)["data"]["notifications"]

    def settings(self, client: httpx.Client | None = None) -> list[dict]:
        answer = (client or self.admin).get(f"{API}/notification-settings")
        return assert_wrapped(answer, "OK", 200)["data"]["settings"]

    def put_settings(self, settings: list[dict], key: str | None = "new", client=None) -> httpx.Response:
        headers = {} if key is None else {"Idempotency-Key": str(uuid.uuid4()) if key == "new" else key}
        return (client or self.admin).put(
            f"{API}/notification-settings", json={"settings": settings}, headers=headers
        )

    def roaming(self, line_id: str, client=None) -> httpx.Response:
        return (client or self.admin).get(f"{API}/lines/{line_id}/roaming")

    def unlock(self, line_id: str, key: str | None = "new", client=None) -> httpx.Response:
        headers = {} if key is None else {"Idempotency-Key": str(uuid.uuid4()) if key == "new" else key}
        return (client or self.admin).post(f"{API}/lines/{line_id}/roaming/unlock", headers=headers)

    def use_abroad(self, line_id: str, amount: int) -> dict:
        answer = self.http.post("/sandbox/roaming/usage", json={"lineId": line_id, "bytes": amount})
        answer.raise_for_status()
        return answer.json()

    def mobiles(self, limit: int = 50) -> list[dict]:
        params = {"companyId": "C0001", "kind": "mobile", "limit": limit}
        return self.http.get("/sandbox/lines", params=params).json()["lines"]

    def fixed(self) -> dict:
        params = {"companyId": "C0001", "kind": "fixed", "limit": 1}
        return self.http.get("/sandbox/lines", params=params).json()["lines"][0]

    def advance(self, seconds: int) -> None:
        self.http.post("/sandbox/clock", json={"advanceSeconds": seconds}).raise_for_status()


def refused(response: httpx.Response, field: str) -> str:
    """A 400 ERR-VAL-01 naming `field`: its messages' text."""
    body = assert_wrapped(response, "FAIL", 400, "ERR-VAL-01")
    assert any(m.get("field") == field for m in body["messages"]), body
    return " ".join(m["message"] for m in body["messages"])
