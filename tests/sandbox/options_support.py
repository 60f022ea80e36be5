"""A private sandbox for the options and services tests (R-65, R-66): sessions of the managers and of a
Dipendente, and the company's lines picked by what the rules look at (kind, data-only, offer)."""

from __future__ import annotations

import uuid

import httpx

from tests.sandbox.accounts_support import Sandbox
from tests.sandbox.conftest import assert_wrapped, user_of
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"


def is_data_only(line: dict) -> bool:
    return line["kind"] == "mobile" and line["counters"]["voice"] is None and line["counters"]["sms"] is None


class Box(Sandbox):
    def __init__(self) -> None:
        server = SandboxServer(lines=250, seed=3)
        server.start()
        super().__init__(server)
        self.admin = self.login("admin.demo", "Demo2026!")
        telco = user_of(self.server, "TELCO_MANAGER")
        self.telco = self.login(telco["username"], telco["password"])
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])
        self.english = self.login("admin.demo", "Demo2026!", **{"Accept-Language": "en"})
        self.lines = assert_wrapped(self.admin.get(f"{API}/lines"), "OK", 200)["data"]

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def pick(self, count: int = 1, *, kind: str = "mobile", data_only: bool | None = False,
             offers: tuple[str, ...] | None = None, skip: set[str] | None = None) -> list[dict]:
        """Up to `count` of the company's lines with these properties (at least one), in the seed's order."""
        found = []
        for line in self.lines:
            if line["kind"] != kind:
                continue
            if kind == "mobile" and data_only is not None and is_data_only(line) != data_only:
                continue
            if offers is not None and line["offer"]["code"] not in offers:
                continue
            if skip and line["id"] in skip:
                continue
            found.append(line)
            if len(found) == count:
                break
        assert found, "no line of that kind"
        return found

    def active_options(self, line_id: str) -> list[str]:
        return assert_wrapped(self.admin.get(f"{API}/lines/{line_id}/options"), "OK", 200)["data"]["active"]

    def services(self, line_id: str) -> dict[str, dict]:
        answer = assert_wrapped(self.admin.get(f"{API}/lines/{line_id}/services"), "OK", 200)["data"]
        return {s["code"]: s for s in answer["services"]}

    def post(self, path: str, body: dict, key: str | None = None, client: httpx.Client | None = None,
             keyed: bool = True) -> httpx.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4())} if keyed else {}
        return (client or self.admin).post(f"{API}{path}", json=body, headers=headers)

    def requests(self) -> dict:
        return assert_wrapped(self.admin.get(f"{API}/options/requests"), "OK", 200)["data"]

    def finish_running(self) -> None:
        """Let the running request (if any) complete: 5 minutes and a second of sandbox clock."""
        if self.requests()["running"] is not None:
            self.advance(301)
        assert self.requests()["running"] is None


def refused(response: httpx.Response, field: str, status: int = 400) -> list[str]:
    """A refusal ERR-VAL-01 naming `field`: its messages."""
    body = assert_wrapped(response, "FAIL", status, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field, body
    return [m["message"] for m in body["messages"]]
