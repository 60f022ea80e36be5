"""Helpers for the ticket tests: a private sandbox with long sessions, valid ticket bodies and files."""

from __future__ import annotations

import json

import httpx

from tests.sandbox.conftest import assert_wrapped
from windtre_desktop.sandbox.runner import SandboxServer

IMEI = "356938035643809"  # 15 digits, Luhn-valid
PDF = b"%PDF-1.4\n% a tiny test file\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
JPEG = b"\xff\xd8\xff\xe0" + b"\r\n\x00binary\r\n--" * 20
PERSON = {"name": "Mario Rossi", "phone": "+39 347 111 2222", "email": "mario.rossi@example.it"}
DAY = 24 * 3600


class TicketBox:
    """One private sandbox (sessions that outlive clock jumps) driven as the demo User Admin."""

    def __init__(self) -> None:
        self.server = SandboxServer(lines=20, seed=1, token_ttl_seconds=10 * 365 * DAY)
        self.server.start()
        self.http = httpx.Client(base_url=self.server.url, timeout=30)
        self.admin = self.login("admin.demo", "Demo2026!")
        self._keys = 0

    def login(self, username: str, password: str) -> httpx.Client:
        client = httpx.Client(base_url=self.server.url, timeout=30)
        answer = client.post("/api/v1/login/credentials", json={"username": username, "password": password})
        assert_wrapped(answer, "OK", 200)
        client.headers["X-W3-Token"] = answer.headers["X-W3-Token"]
        self._clients = [*getattr(self, "_clients", []), client]
        return client

    def close(self) -> None:
        for client in [self.http, *self._clients]:
            client.close()
        self.server.stop()

    def key(self) -> str:
        self._keys += 1
        return f"test-key-{self._keys}"

    def mobile(self, index: int = 0) -> str:
        params = {"companyId": "C0001", "kind": "mobile", "limit": 50}
        return self.http.get("/sandbox/lines", params=params).json()["lines"][index]["msisdn"]

    def advance(self, seconds: int) -> None:
        self.http.post("/sandbox/clock", json={"advanceSeconds": seconds}).raise_for_status()

    def fault(self, mode: str, **options: object) -> None:
        body = {"mode": mode, "pathPrefix": "/api/v1/tickets", **options}
        self.http.post("/sandbox/faults", json=body).raise_for_status()

    def post(
        self,
        ticket: dict | str,
        files: list[tuple[str, tuple[str, bytes, str]]] = (),
        *,
        key: str | None = "new",
        client: httpx.Client | None = None,
    ) -> httpx.Response:
        text = ticket if isinstance(ticket, str) else json.dumps(ticket)
        headers = {} if key is None else {"Idempotency-Key": self.key() if key == "new" else key}
        parts = [("ticket", (None, text.encode(), "application/json")), *files]
        return (client or self.admin).post("/api/v1/tickets", files=parts, headers=headers)

    def tickets(self) -> list[dict]:
        return assert_wrapped(self.admin.get("/api/v1/tickets"), "OK", 200)["data"]


def sim_replacement(msisdn: str, **more: object) -> dict:
    return {
        "reason": "LOSS_THEFT",
        "topic": "SIM_REPLACEMENT",
        "service": "voice",
        "type": "theft",
        "msisdn": msisdn,
        "deliverySite": "Via Roma 1, 20100 Milano",
        "referent": dict(PERSON),
        "notes": "SIM rubata in trasferta",
        **more,
    }


def imei_block(**more: object) -> dict:
    return {"reason": "LOSS_THEFT", "topic": "IMEI_BLOCK", "service": "data", "imei": IMEI, **more}


IMEI_FILES = [
    ("request_form", ("modulo.pdf", PDF, "application/pdf")),
    ("identity_document", ("carta-identita.png", PNG, "image/png")),
    ("authority_report", ("denuncia.jpg", JPEG, "image/jpeg")),
]


def administrative(topic: str = "WRONG_TARIFF", **more: object) -> dict:
    return {
        "reason": "ADMINISTRATIVE",
        "topic": topic,
        "domain": "mobile",
        "invoiceNumber": "2026/A-000123",
        "site": "Sede di Milano",
        "referent": dict(PERSON),
        "requester": {"name": "Giulia Conti", "phone": "02 1234567", "email": "giulia@example.it"},
        "notify": "email",
        **more,
    }
