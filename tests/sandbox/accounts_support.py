"""Helpers for the account tests: a private sandbox's controls, codes read from its outbox, whole flows."""

from __future__ import annotations

import re

import httpx

from tests.sandbox.conftest import assert_wrapped
from windtre_desktop.sandbox.runner import SandboxServer

ACTIVATION = re.compile(r"Codice di attivazione: ([A-Z0-9]{6})")
OTP = re.compile(r"Codice di verifica: (\d{6})")
CONTROL = re.compile(r"Codice di controllo: (\d{6})")
TEMPORARY = re.compile(r"Password temporanea: (\d{8})")
REGISTRATION_FIELDS = ("vatNumber", "email", "mobile", "firstName", "lastName", "birthDate", "fiscalCode")
PASSWORD = "Nuova2026!"


class Sandbox:
    """Drives one sandbox server for the account tests. Every HTTP client it hands out is closed by close()."""

    def __init__(self, server: SandboxServer) -> None:
        self.server = server
        self.url = server.url
        self.http = httpx.Client(base_url=server.url, timeout=10)
        self._clients: list[httpx.Client] = [self.http]
        self._taken: set[str] = set()

    def close(self) -> None:
        for client in self._clients:
            client.close()

    def client(self, **headers: str) -> httpx.Client:
        client = httpx.Client(base_url=self.url, timeout=10, headers=headers)
        self._clients.append(client)
        return client

    # -- controls ------------------------------------------------------------------------------------
    def outbox(self) -> list[dict]:
        return self.http.get("/sandbox/outbox").json()["messages"]

    def outbox_size(self) -> int:
        return len(self.outbox())

    def code(self, pattern: re.Pattern, to: str) -> str:
        """The code of the latest message sent to `to` that has one."""
        for message in reversed(self.outbox()):
            found = pattern.search(message["body"])
            if message["to"] == to and found:
                return found.group(1)
        raise AssertionError(f"no message with {pattern.pattern!r} to {to}")

    def contracts(self) -> list[dict]:
        return self.http.get("/sandbox/contracts").json()["contracts"]

    def free_line(self, company: str = "C0001", *, data_only: bool = False) -> dict:
        """A mobile line with no account and no association that no earlier call handed out."""
        params = {"companyId": company, "kind": "mobile", "dataOnly": data_only, "free": True, "limit": 500}
        for line in self.http.get("/sandbox/lines", params=params).json()["lines"]:
            if line["id"] not in self._taken:
                self._taken.add(line["id"])
                return line
        raise AssertionError(f"no free line left in {company}")

    def line(self, line_id: str) -> dict:
        lines = self.http.get("/sandbox/lines", params={"limit": 20_000}).json()["lines"]
        return next(line for line in lines if line["id"] == line_id)

    def puk(self, line_id: str) -> str:
        return self.http.get(f"/sandbox/lines/{line_id}/secrets").json()["puk"]

    def network(self, msisdn: str | None) -> None:
        self.http.post("/sandbox/network", json={"msisdn": msisdn}).raise_for_status()

    def advance(self, seconds: int) -> None:
        self.http.post("/sandbox/clock", json={"advanceSeconds": seconds}).raise_for_status()

    # -- flows -----------------------------------------------------------------------------------------
    def login(self, username: str, password: str, **headers: str) -> httpx.Client:
        client = self.client(**headers)
        response = client.post("/api/v1/login/credentials", json={"username": username, "password": password})
        body = assert_wrapped(response, "OK", 200)
        client.headers["X-W3-Token"] = response.headers["X-W3-Token"]
        client.user = body["data"]  # type: ignore[attr-defined]
        return client

    def register_admin(self, record: dict, username: str, password: str = PASSWORD) -> dict:
        """R-01 end to end for a contract record: the new User Admin's user object."""
        body = {field: record[field] for field in REGISTRATION_FIELDS}
        answer = assert_wrapped(self.http.post("/api/v1/registration/admin", json=body), "OK", 200)["data"]
        code = self.code(ACTIVATION, record["email"])
        activation = {
            "registrationId": answer["registrationId"],
            "activationCode": code,
            "username": username,
            "password": password,
        }
        response = self.http.post("/api/v1/registration/admin/activate", json=activation)
        return assert_wrapped(response, "OK", 200)["data"]

    def register_employee(self, line: dict, password: str = PASSWORD, email: str = "dip@example.it") -> dict:
        """R-04 end to end for a free mobile line (the PUK first for a data-only SIM): the user object."""
        start = self.http.post(
            "/api/v1/registration/employee", json={"msisdn": line["msisdn"], "email": email}
        )
        challenge = assert_wrapped(start, "OK", 200)["data"]
        recipient = line["msisdn"]
        if challenge["needsPuk"]:
            body = {"challengeId": challenge["challengeId"], "puk": self.puk(line["id"])}
            assert_wrapped(self.http.post("/api/v1/registration/employee/puk", json=body), "OK", 200)
            recipient = email
        otp = self.code(OTP, recipient)
        body = {"challengeId": challenge["challengeId"], "otp": otp, "password": password}
        return assert_wrapped(self.http.post("/api/v1/registration/employee/verify", json=body), "OK", 200)[
            "data"
        ]

    def create_telco_manager(self, admin: httpx.Client, username: str, mobile: str = "+393471112233") -> str:
        """A Telco Manager created by `admin` (R-03): its temporary password."""
        body = {
            "username": username,
            "firstName": "Ada",
            "lastName": "Neri",
            "email": f"{username}@example.it",
            "mobile": mobile,
        }
        assert_wrapped(admin.post("/api/v1/telco-managers", json=body), "OK", 200)
        return self.code(TEMPORARY, f"{username}@example.it")
