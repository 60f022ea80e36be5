"""schemathesis against a fresh sandbox server on loopback, driven from its own OpenAPI document:
every /api/ operation with real sessions of an allowed role, each case checked for no 5xx and for conformance
to the document (status code, content type, response schema, response headers); each protected case sent again
without a session (401 ERR-AUTH-02) and with a role the document's x-permission leaves out (403 ERR-AUTH-03).

Used by tests/proofs/test_api_contract.py (few examples) and soak/api_fuzz.py (many)."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
import hypothesis
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from windtre_desktop.sandbox.runner import SandboxServer

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
TOKEN = "X-W3-Token"
OTP = re.compile(r"Codice di verifica: (\d{6})")
NEW_PASSWORD = "Fuzz2026!x"
# the session an allowed call is made with, by preference: the one that sees the most
PREFERRED = ("USER_ADMIN", "TELCO_MANAGER", "DIPENDENTE", "RESPONSABILE_AUTOLOGIN")
# operations that end the session (or the account) they are called with: a fresh one for each case
SESSION_ENDING = {("POST", "/api/v1/logout"), ("DELETE", "/api/v1/me")}
# the /sandbox/ controls that change the server's behaviour (faults, clock, sessions…) are not fuzzed
SANDBOX_READS = "GET"


class _OutOfTime(Exception):
    """The operation's share of the time is spent."""


@dataclass
class Tally:
    """What a run sent and found."""

    operations: int = 0  # chosen for the run
    reached: set[str] = field(default_factory=set)  # the operations at least one case was sent to
    requests: int = 0
    server_errors: int = 0
    schema_violations: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)  # of the cases sent with an allowed session

    def fail(self, label: str, message: str) -> None:
        self.failures.append(f"{label}: {message.strip()[:2000]}")


class Sessions:
    """Real sessions of each kind on the sandbox, renewed when a case ends one."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.users = {user["role"]: user for user in client.get("/sandbox/demo-credentials").json()["users"]}
        self.tokens: dict[str, str] = {}
        self._used_lines: set[str] = set()
        self._disposable: str | None = None
        for kind in PREFERRED:
            self.renew(kind)

    def renew(self, kind: str) -> str:
        if kind == "RESPONSABILE_AUTOLOGIN":
            mobile = self.client.get("/sandbox/contracts").json()["contracts"][0]["mobile"]
            self.client.post("/sandbox/network", json={"msisdn": mobile})
            answer = self.client.post("/api/v1/login/network")
            self.client.post("/sandbox/network", json={"msisdn": None})
        else:
            user = self.users[kind]
            body = {"username": user["username"], "password": user["password"]}
            answer = self.client.post("/api/v1/login/credentials", json=body)
        token = answer.headers.get(TOKEN)
        if not token:
            raise RuntimeError(f"no {kind} session: {answer.text}")
        self.tokens[kind] = token
        return token

    def disposable_employee(self) -> str:
        """The session of a Dipendente registered for the cases that delete their account (R-04): a new one
        once a case has deleted it."""
        if self._disposable is not None and self.client.get(
            "/api/v1/me", headers={TOKEN: self._disposable}
        ).status_code == 200:
            return self._disposable
        params = {"kind": "mobile", "dataOnly": False, "free": True, "limit": 20_000}
        lines = self.client.get("/sandbox/lines", params=params).json()["lines"]
        line = next(line for line in lines if line["id"] not in self._used_lines)
        self._used_lines.add(line["id"])
        start = self.client.post(
            "/api/v1/registration/employee", json={"msisdn": line["msisdn"], "email": "fuzz@example.it"}
        ).json()["data"]
        messages = self.client.get("/sandbox/outbox").json()["messages"]
        otp = next(OTP.search(m["body"]).group(1) for m in reversed(messages)
                   if m["to"] == line["msisdn"] and OTP.search(m["body"]))  # fmt: skip
        body = {"challengeId": start["challengeId"], "otp": otp, "password": NEW_PASSWORD}
        username = self.client.post("/api/v1/registration/employee/verify", json=body).json()["data"]["username"]
        answer = self.client.post("/api/v1/login/credentials", json={"username": username, "password": NEW_PASSWORD})
        self._disposable = answer.headers[TOKEN]
        return self._disposable


@contextmanager
def fresh_sandbox(
    lines: int = 400, edit_document: Callable[[dict], None] | None = None
) -> Iterator[tuple[schemathesis.BaseSchema, httpx.Client]]:
    """A new sandbox server on loopback (its own state: fuzzing changes it, and no rate limit), schemathesis's
    view of its document (changed first by `edit_document`, to prove that the checks see a document that lies)
    and a client for its controls."""
    server = SandboxServer(lines=lines, seed=1, rate_per_second=1e9, burst=10**9)
    if edit_document is not None:
        edit_document(server.app.openapi())
    url = server.start()
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            yield schemathesis.openapi.from_url(f"{url}/openapi.json"), client
    finally:
        server.stop()


def fuzzed_operations(schema: schemathesis.BaseSchema) -> list:
    """Every /api/ operation, and the /sandbox/ controls that only read."""
    chosen = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path.startswith("/api/") or operation.method.upper() == SANDBOX_READS:
            chosen.append(operation)
    return chosen


def run(max_examples: int, *, seed: int = 0, until: float | None = None,
        modes: tuple[GenerationMode, ...] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
        only: set[str] | None = None, edit_document: Callable[[dict], None] | None = None,
        progress: Callable[[str], None] | None = None) -> Tally:  # fmt: skip
    """Fuzz every chosen operation (or those labelled in `only`, e.g. "GET /api/v1/me") with up to
    `max_examples` cases per generation mode on a fresh sandbox, within a fair share of the time left before
    time.monotonic() reaches `until`. Positive cases follow the document; negative ones break it somewhere
    (the answer must be a documented refusal, never a 5xx)."""
    tally = Tally()
    with fresh_sandbox(edit_document=edit_document) as (schema, client), requests.Session() as http:
        sessions = Sessions(client)
        operations = [op for op in fuzzed_operations(schema) if only is None or op.label in only]
        for index, operation in enumerate(operations):
            tally.operations += 1
            for done, mode in enumerate(modes):
                if mode is GenerationMode.NEGATIVE and not _has_input(operation):
                    continue
                # each operation and mode gets its share of the time left, so none goes unfuzzed
                share = None
                if until is not None:
                    left = (len(operations) - index) * len(modes) - done
                    share = time.monotonic() + max(0.0, until - time.monotonic()) / left
                _fuzz_operation(operation, sessions, http, tally, max_examples, seed, share, mode)
            if progress:
                progress(f"{operation.label}: {tally.requests} requests, {len(tally.failures)} failures")
    return tally


def _fuzz_operation(operation, sessions: Sessions, http: requests.Session, tally: Tally, max_examples: int, seed: int,
                    until: float | None, mode: GenerationMode) -> None:  # fmt: skip
    key = (operation.method.upper(), operation.path)
    permission = operation.definition.raw.get("x-permission", {"public": True})
    allowed = [kind for kind in PREFERRED if kind in permission.get("roles", ())]
    forbidden = [kind for kind in PREFERRED if kind not in permission.get("roles", ())]

    sent = [0]  # cases of this call

    def one_case(case) -> None:
        if until is not None and time.monotonic() > until and sent[0]:
            raise _OutOfTime  # stops Hypothesis from generating the rest, which can take long on its own
        sent[0] += 1
        tally.reached.add(operation.label)
        case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != TOKEN.lower()}
        headers = {}
        if not permission["public"]:
            kind = allowed[0]
            token = sessions.disposable_employee() if key == ("DELETE", "/api/v1/me") else sessions.tokens[kind]
            headers[TOKEN] = token
        _send(case, http, headers, tally)
        if key in SESSION_ENDING:
            sessions.renew(allowed[0])
        # a negative case may be one without its session on purpose: the refusals are probed with positive ones
        if permission["public"] or mode is GenerationMode.NEGATIVE or _leaves_the_route(case):
            return
        _expect_refusal(case, http, {}, 401, "ERR-AUTH-02", "no session", tally)
        for kind in forbidden:
            _expect_refusal(case, http, {TOKEN: sessions.tokens[kind]}, 403, "ERR-AUTH-03", kind, tally)

    test = settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
        phases=[Phase.explicit, Phase.generate],
    )(hypothesis.seed(seed)(given(case=operation.as_strategy(generation_mode=mode))(one_case)))
    try:
        test()
    except _OutOfTime:
        pass
    except Unsatisfiable:
        pass  # negative mode for an operation with nothing to break (no parameter, no body)


def _has_input(operation) -> bool:
    """Whether a negative case can break something: a parameter or a body."""
    raw = operation.definition.raw
    return bool(raw.get("parameters") or raw.get("requestBody"))


def _leaves_the_route(case) -> bool:
    """A path parameter that names another path ("a/b", ".."): the answer is that path's, not this route's."""
    return any("/" in str(value) or str(value) in (".", "..") for value in (case.path_parameters or {}).values())


def _send(case, http: requests.Session, headers: dict, tally: Tally) -> None:
    tally.requests += 1
    response = case.call(session=http, headers=headers)
    tally.statuses[response.status_code] += 1
    if response.status_code >= 500:
        tally.server_errors += 1
    try:
        case.validate_response(response, checks=CHECKS, headers=headers)
    except FailureGroup as group:
        names = {type(failure).__name__ for failure in group.exceptions}
        if any(_is_schema_failure(failure) for failure in group.exceptions):
            tally.schema_violations += 1
        tally.fail(case.operation.label, f"{sorted(names)}\n{group}")


def _is_schema_failure(failure: Exception) -> bool:
    """Any departure from the document, as opposed to the 5xx that not_a_server_error reports."""
    return type(failure).__name__ != "ServerError"


def _expect_refusal(case, http: requests.Session, headers: dict, status: int, code: str, who: str,
                    tally: Tally) -> None:  # fmt: skip
    tally.requests += 1
    response = case.call(session=http, headers=headers)
    if response.status_code >= 500:
        tally.server_errors += 1
    try:
        codes = response.json().get("errorCodes", [])
    except ValueError:
        codes = []
    if response.status_code != status or code not in codes:
        tally.fail(case.operation.label, f"{who}: expected {status} {code}, got {response.status_code} "
                                         f"{response.text[:300]}")  # fmt: skip
