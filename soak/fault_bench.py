"""The bench the fault runs drive: a private sandbox on loopback, its control endpoints, signed-in API clients
(the app's own ApiClient and RetryPolicy, with a recording sleep so a Retry-After costs no wall time), and the
ids the operations need, looked up once."""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass, field

import httpx

from windtre_desktop.api.client import ApiClient
from windtre_desktop.api.retry import RetryPolicy
from windtre_desktop.sandbox.runner import SandboxServer

OTP = re.compile(r"Codice di verifica: (\d{6})")
PASSWORD = "Nuova2026!"
LATENCY_MS = 40
RETRY_AFTER_S = 1


@dataclass
class Sleeps:
    """The waits the retry policy asked for, recorded instead of slept."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class Bench:
    """One sandbox and what the operations need from it. Not thread-safe; close() stops everything."""

    def __init__(self, *, lines: int = 300, seed: int = 1, token_ttl_seconds: int = 1800) -> None:
        # a generous rate limit: the only 429s are the injected ones
        self.server = SandboxServer(lines=lines, seed=seed, rate_per_second=10_000.0, burst=10_000,
                                    token_ttl_seconds=token_ttl_seconds)
        self.server.start()
        self.url = self.server.url
        self.control = httpx.Client(base_url=self.url, timeout=10)
        self.sleeps = Sleeps()
        self._clients: list[ApiClient] = []
        self._signed_in: dict[str, ApiClient] = {}
        self._serial = itertools.count(1)
        self._taken_lines: set[str] = set()
        self.ids: dict[str, str] = {}

    # -- clients ---------------------------------------------------------------------------------------
    def client(self, language: str = "it") -> ApiClient:
        """A new client as the app's network thread builds it, but with a short timeout and recorded sleeps."""
        policy = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, sleep=self.sleeps)
        client = ApiClient(self.url, timeout=5.0, retry=policy, language=language)
        self._clients.append(client)
        return client

    def user(self, role: str) -> dict:
        return next(u for u in self.server.users if u["role"] == role)

    def signed_in(self, role: str = "USER_ADMIN", language: str = "it") -> ApiClient:
        """A client of `role`'s demo user, signed in (again, if the last case expired its session)."""
        key = f"{role}/{language}"
        client = self._signed_in.get(key)
        if client is None or not self._session_alive(client):
            client = self.client(language)
            user = self.user(role)
            client.login(user["username"], user["password"], False)
            self._signed_in[key] = client
        return client

    def _session_alive(self, client: ApiClient) -> bool:
        response = self.control.get("/api/v1/me", headers={"X-W3-Token": client.token or ""})
        return response.status_code == 200

    def fresh_employee(self, language: str = "it") -> tuple[ApiClient, dict]:
        """A new Dipendente registered on a free mobile line (R-04), signed in: for the actions that end or
        change an account. Returns the client and the line."""
        user, line = self.new_employee()
        client = self.client(language)
        client.login(user["username"], PASSWORD, False)
        return client, line

    def new_employee(self) -> tuple[dict, dict]:
        """A new Dipendente registered on a free mobile line (R-04), password PASSWORD, not signed in.
        Returns the user and the line."""
        line = self.free_line()
        http = self.control
        start = http.post("/api/v1/registration/employee", json={"msisdn": line["msisdn"], "email": "d@example.it"})
        challenge = start.json()["data"]
        recipient = line["msisdn"]
        if challenge["needsPuk"]:
            puk = http.get(f"/sandbox/lines/{line['id']}/secrets").json()["puk"]
            http.post("/api/v1/registration/employee/puk", json={"challengeId": challenge["challengeId"], "puk": puk})
            recipient = "d@example.it"
        body = {"challengeId": challenge["challengeId"], "otp": self.code(OTP, recipient), "password": PASSWORD}
        user = http.post("/api/v1/registration/employee/verify", json=body).json()["data"]
        return user, line

    def free_line(self) -> dict:
        params = {"companyId": "C0001", "kind": "mobile", "dataOnly": False, "free": True, "limit": 500}
        for line in self.control.get("/sandbox/lines", params=params).json()["lines"]:
            if line["id"] not in self._taken_lines:
                self._taken_lines.add(line["id"])
                return line
        raise RuntimeError("no free mobile line left in the sandbox")

    def code(self, pattern: re.Pattern, to: str) -> str:
        for message in reversed(self.control.get("/sandbox/outbox").json()["messages"]):
            found = pattern.search(message["body"])
            if message["to"] == to and found:
                return found.group(1)
        raise RuntimeError(f"no code sent to {to}")

    def serial(self) -> int:
        return next(self._serial)

    @staticmethod
    def key() -> str:
        return str(uuid.uuid4())

    # -- faults ----------------------------------------------------------------------------------------
    def arm(self, mode: str, path: str, *, after: bool = False, count: int = 1) -> None:
        body = {"mode": mode, "count": count, "pathPrefix": path, "after": after,
                "latencyMs": LATENCY_MS, "retryAfter": RETRY_AFTER_S}
        self.control.post("/sandbox/faults", json=body).raise_for_status()

    def disarm(self) -> None:
        self.control.delete("/sandbox/faults").raise_for_status()

    def expire_sessions(self) -> None:
        self.control.post("/sandbox/sessions/expire").raise_for_status()

    def request_log(self) -> list[dict]:
        return self.control.get("/sandbox/request-log").json()["requests"]

    def clear_request_log(self) -> None:
        self.control.delete("/sandbox/request-log").raise_for_status()

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self.control.close()
        self.server.stop()
