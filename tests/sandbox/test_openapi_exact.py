"""The OpenAPI document is as precise as the server (issue 16): what the middleware and error handlers can answer
anywhere, the headers read and sent, the files' real types, the field rules, and the /sandbox/ controls' own
errors; each checked against real answers of a private sandbox where one can be provoked."""

from __future__ import annotations

import json
import re
import socket

import httpx
import pytest
from jsonschema_rs import Draft202012Validator

from tests.sandbox.conftest import login, user_of
from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.http import MAX_IDEMPOTENCY_KEY
from windtre_desktop.sandbox.openapi_dump import openapi_text

DOC = json.loads(openapi_text())
API_OPERATIONS = [
    (method, path, operation)
    for path, operations in DOC["paths"].items()
    if path.startswith("/api/")
    for method, operation in operations.items()
]
SANDBOX_OPERATIONS = [
    (method, path, operation)
    for path, operations in DOC["paths"].items()
    if path.startswith("/sandbox/")
    for method, operation in operations.items()
]


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def _header_parameters(operation: dict) -> dict[str, dict]:
    return {p["name"].lower(): p for p in operation.get("parameters", []) if p["in"] == "header"}


def _assert_matches(body: object, schema: dict) -> None:
    validator = Draft202012Validator({**schema, "components": DOC["components"]})
    errors = [error.message for error in validator.iter_errors(body)]
    assert not errors, (body, errors)


def _answer_schema(method: str, path: str, status: int) -> dict:
    return DOC["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]


@pytest.fixture(scope="module")
def server():
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=20, seed=1)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client
        client.delete("/sandbox/faults")


# -- answers any /api/ operation can get ------------------------------------------------------------------


def test_every_api_operation_declares_500_and_429_with_retry_after():
    for method, path, operation in API_OPERATIONS:
        responses = operation["responses"]
        assert "500" in responses and "ERR-SRV-01" in responses["500"]["description"], _label(method, path)
        assert responses["429"]["headers"]["Retry-After"]["required"] is True, _label(method, path)
        assert responses["429"]["headers"]["Retry-After"]["schema"]["type"] == "integer"


def test_a_path_parameter_brings_404_and_405_with_allow():
    for method, path, operation in API_OPERATIONS:
        if "{" in path:
            responses = operation["responses"]
            assert "404" in responses, _label(method, path)
            assert responses["405"]["headers"]["Allow"]["required"] is True, _label(method, path)


def test_a_real_500_and_429_are_the_declared_ones(http, server):
    for mode in ("500", "429"):
        http.post("/sandbox/faults", json={"mode": mode, "count": 1, "pathPrefix": "/api/v1/login", "retryAfter": 7})
        answer = http.post("/api/v1/login/credentials", json={"username": "x", "password": "y"})
        assert answer.status_code == int(mode)
        _assert_matches(answer.json(), _answer_schema("post", "/api/v1/login/credentials", answer.status_code))
    assert answer.headers["Retry-After"] == "7"


def test_a_value_with_a_slash_gets_the_declared_405_with_allow(http, server):
    token = login(http, user_of(server, "USER_ADMIN"))
    answer = http.get("/api/v1/lines/L00001%2Froaming%2Funlock", headers={"X-W3-Token": token})
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "POST"
    _assert_matches(answer.json(), _answer_schema("get", "/api/v1/lines/{lineId}", 405))


def test_a_request_that_is_not_valid_http_gets_the_declared_plain_400(server):
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(b"GET /api/v1/lines/L00001 HTTP/1.1\r\nHost: x\r\nIf-None-Match: a\x0bb\r\n\r\n")
        answer = raw.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 400")
    assert "content-type: text/plain" in answer.lower()
    for method, path, operation in API_OPERATIONS + SANDBOX_OPERATIONS:
        assert "text/plain" in operation["responses"]["400"]["content"], _label(method, path)


# -- request headers ------------------------------------------------------------------------------------------


def test_the_request_headers_the_server_reads_are_declared():
    for method, path, operation in API_OPERATIONS:
        headers = _header_parameters(operation)
        assert "accept-language" in headers, _label(method, path)
        if "304" in operation["responses"]:
            assert "if-none-match" in headers, _label(method, path)
    for path in ("/api/v1/lines", "/api/v1/sync", "/api/v1/fleet/usage"):
        assert "accept-encoding" in _header_parameters(DOC["paths"][path]["get"]), path
    sync = _header_parameters(DOC["paths"]["/api/v1/sync"]["get"])
    assert sync["accept"]["schema"]["examples"] == ["application/json", "application/x-ndjson"]
    call_detail = _header_parameters(DOC["paths"]["/api/v1/invoices/{invoiceId}/call-detail"]["get"])
    assert call_detail["accept"]["schema"]["examples"] == ["text/csv", "application/pdf"]


def test_every_idempotency_key_declares_the_bounds_the_server_keeps():
    keys = [_header_parameters(op)["idempotency-key"] for _m, _p, op in API_OPERATIONS
            if "idempotency-key" in _header_parameters(op)]  # fmt: skip
    assert len(keys) >= 20
    for key in keys:
        assert key["schema"]["minLength"] == 1
        assert key["schema"]["maxLength"] == MAX_IDEMPOTENCY_KEY


@pytest.mark.parametrize("key", ["", "k" * (MAX_IDEMPOTENCY_KEY + 1)])
def test_an_idempotency_key_out_of_its_bounds_is_refused(http, key):
    body = {"msisdn": "+393471112233", "email": "a@b.it"}
    answer = http.post("/api/v1/registration/employee", json=body, headers={"Idempotency-Key": key})
    assert answer.status_code == 400
    assert answer.json()["messages"][0]["field"] == "Idempotency-Key"


def test_the_sync_cursor_is_declared_as_the_one_the_server_sends(http, server):
    cursor = next(p for p in DOC["paths"]["/api/v1/sync"]["get"]["parameters"] if p["name"] == "cursor")
    assert cursor["schema"]["type"] == "string" and "anyOf" not in cursor["schema"]
    token = login(http, user_of(server, "USER_ADMIN"))
    sent = http.get("/api/v1/sync", headers={"X-W3-Token": token}).json()["data"]["cursor"]
    assert re.fullmatch(cursor["schema"]["pattern"].strip("^$"), sent)


def test_no_query_header_or_path_parameter_is_declared_nullable():
    for method, path, operation in API_OPERATIONS + SANDBOX_OPERATIONS:
        for parameter in operation.get("parameters", []):
            assert "null" not in json.dumps(parameter["schema"]), (_label(method, path), parameter["name"])


# -- files ----------------------------------------------------------------------------------------------------


def test_files_declare_their_real_types_and_content_disposition():
    files = 0
    for method, path, operation in API_OPERATIONS:
        answer = operation["responses"]["200"]
        for media, content in answer.get("content", {}).items():
            if media in ("application/json", "application/x-ndjson"):
                continue
            files += 1
            assert content["schema"] == {"type": "string", "format": "binary"}, (_label(method, path), media)
            assert answer["headers"]["Content-Disposition"]["required"] is True, _label(method, path)
    assert files >= 7
    attachment = DOC["paths"]["/api/v1/tickets/{ticketId}/attachments/{attachmentId}"]["get"]
    assert set(attachment["responses"]["200"]["content"]) == {"application/pdf", "image/jpeg", "image/png"}
    pdf = DOC["paths"]["/api/v1/invoices/{invoiceId}/pdf"]["get"]
    assert set(pdf["responses"]["200"]["content"]) == {"application/pdf"}
    fatturapa = DOC["paths"]["/api/v1/invoices/{invoiceId}/fatturapa"]["get"]
    assert set(fatturapa["responses"]["200"]["content"]) == {"application/xml", "application/pkcs7-mime"}


def test_a_real_file_is_sent_as_declared(http, server):
    token = login(http, user_of(server, "USER_ADMIN"))
    answer = http.get("/api/v1/tickets/forms/imei-block", headers={"X-W3-Token": token})
    declared = DOC["paths"]["/api/v1/tickets/forms/imei-block"]["get"]["responses"]["200"]
    assert answer.headers["content-type"] in declared["content"]
    disposition = declared["headers"]["Content-Disposition"]["schema"]["pattern"]
    assert re.search(disposition, answer.headers["content-disposition"])


# -- field rules -------------------------------------------------------------------------------------------


FIELD_RULES = {
    ("AdminRegistrationBody", "vatNumber"): {"pattern": "^[0-9]{11}$"},
    ("AdminRegistrationBody", "email"): {"format": "email"},
    ("AdminRegistrationBody", "mobile"): {"pattern": schemas.MOBILE},
    ("AdminRegistrationBody", "birthDate"): {"format": "date"},
    ("AdminRegistrationBody", "fiscalCode"): {"pattern": "^[A-Za-z0-9]{16}$"},
    ("EmployeeRegistrationBody", "msisdn"): {"pattern": schemas.MOBILE},
    ("PukBody", "puk"): {"pattern": "^[0-9]{8}$"},
    ("EmployeeVerifyBody", "otp"): {"pattern": "^[0-9]{6}$"},
    ("RecoveryConfirmBody", "code"): {"pattern": "^[0-9]{6}$"},
    ("TelcoManagerBody", "email"): {"format": "email"},
    ("TelcoManagerBody", "mobile"): {"pattern": schemas.MOBILE},
    ("SimBody", "msisdn"): {"pattern": schemas.MOBILE},
    ("ShareInvoiceBody", "email"): {"format": "email"},
}


def test_days_and_instants_are_declared_as_such():
    components = DOC["components"]["schemas"]
    assert components["Line"]["properties"]["updatedAt"]["format"] == "date-time"
    assert components["SyncData"]["properties"]["serverTime"]["format"] == "date-time"
    assert components["Sim"]["properties"]["associatedAt"]["anyOf"][0]["format"] == "date-time"
    assert components["Invoice"]["properties"]["issueDate"]["format"] == "date"
    assert components["LineTrafficDaily"]["properties"]["from"]["format"] == "date"
    daily = DOC["paths"]["/api/v1/traffic/daily"]["get"]["parameters"]
    assert {p["name"]: p["schema"].get("format") for p in daily if p["in"] == "query"}["from"] == "date"


def test_the_field_rules_are_declared():
    components = DOC["components"]["schemas"]
    for (model, field), rule in FIELD_RULES.items():
        declared = components[model]["properties"][field]
        assert {key: declared.get(key) for key in rule} == rule, (model, field)
    for model in ("EmployeeVerifyBody", "RecoveryConfirmBody", "PasswordChangeBody"):
        password = components[model]["properties"].get("password") or components[model]["properties"]["newPassword"]
        assert (password["minLength"], password["maxLength"]) == (8, 128), model


def test_a_declared_rule_is_left_to_the_server_and_its_message(http):
    # pydantic does not refuse first: the server's own check names the field in the contract's words
    schemas.PukBody(challengeId="c1", puk="12")
    answer = http.post("/api/v1/registration/employee/puk", json={"challengeId": "c1", "puk": "12"})
    assert answer.status_code == 400
    body = answer.json()
    assert body["messages"] == [{"type": "ERROR", "message": "Il PUK ha 8 cifre.", "field": "puk"}]


# -- the /sandbox/ controls -----------------------------------------------------------------------------


def test_the_sandbox_controls_declare_the_errors_they_send(http):
    for method, path, operation in SANDBOX_OPERATIONS:
        responses = operation["responses"]
        if "application/json" in responses["400"]["content"]:
            ref = responses["400"]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/SandboxValidationError"), _label(method, path)
        assert "403" in responses, _label(method, path)
    invalid = http.get("/sandbox/lines", params={"limit": 0})
    assert invalid.status_code == 400
    _assert_matches(invalid.json(), _answer_schema("get", "/sandbox/lines", 400))
    missing = http.get("/sandbox/lines/NOPE/secrets")
    assert missing.status_code == 404
    _assert_matches(missing.json(), _answer_schema("get", "/sandbox/lines/{lineId}/secrets", 404))
