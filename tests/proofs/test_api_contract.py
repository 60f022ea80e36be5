"""Issue 16, bad input: schemathesis holds the sandbox to its own OpenAPI document (a short run of the soak's
api_fuzz part): no 5xx, every answer as documented, 401 without a session, 403 for every role that may not act.
And the run can fail: a document that lies in any of those ways is caught."""

from __future__ import annotations

import json

import pytest

from soak.api_contract import fresh_sandbox, fuzzed_operations, run
from windtre_desktop.sandbox.permissions import PERMISSIONS

EXAMPLES = 2  # per operation and generation mode: the soak runs 100


def test_schemathesis_finds_nothing_wrong_on_a_fresh_sandbox():
    with fresh_sandbox(lines=1) as (schema, _client):
        every = {operation.label for operation in fuzzed_operations(schema)}
    assert {label for label in every if " /api/" in label} == {f"{m} {p}" for m, p in PERMISSIONS}

    tally = run(EXAMPLES, seed=16)

    assert tally.operations == len(tally.reached) == len(every)
    assert tally.server_errors == 0
    assert not tally.failures, "\n\n".join(tally.failures[:5])
    # the cases reach the handlers, for successes and refusals alike
    assert tally.statuses[200] > 50 and tally.statuses[400] > 20 and tally.statuses[404] > 20


def _operation(doc: dict, label: str) -> dict:
    method, path = label.split()
    return doc["paths"][path][method.lower()]


def _drop_404(doc: dict) -> None:
    del _operation(doc, "GET /api/v1/lines/{lineId}")["responses"]["404"]


def _msisdn_is_a_number(doc: dict) -> None:
    doc["components"]["schemas"]["Line"]["properties"]["msisdn"] = {"type": "integer"}


def _a_day_for_an_instant(doc: dict) -> None:
    doc["components"]["schemas"]["Line"]["properties"]["updatedAt"]["format"] = "date"


def _promise_a_header(doc: dict) -> None:
    answer = _operation(doc, "GET /api/v1/me")["responses"]["200"]
    answer["headers"] = {"X-Never-Sent": {"required": True, "schema": {"type": "string"}}}


def _say_json_for_a_pdf(doc: dict) -> None:
    answer = _operation(doc, "GET /api/v1/tickets/forms/imei-block")["responses"]["200"]
    answer["content"] = {"application/json": {"schema": {}}}


def _let_the_telco_manager_in(doc: dict) -> None:
    # the document now says only a User Admin may list tickets: the probe as a Telco Manager expects a 403
    _operation(doc, "GET /api/v1/tickets")["x-permission"]["roles"].remove("TELCO_MANAGER")


LIES = {
    "an undeclared status": ("GET /api/v1/lines/{lineId}", _drop_404, "UndefinedStatusCode"),
    "a wrong response schema": ("GET /api/v1/lines", _msisdn_is_a_number, "JsonSchemaError"),
    "a wrong format": ("GET /api/v1/lines", _a_day_for_an_instant, "JsonSchemaError"),
    "a header never sent": ("GET /api/v1/me", _promise_a_header, "MissingHeaders"),
    "a wrong content type": ("GET /api/v1/tickets/forms/imei-block", _say_json_for_a_pdf, "UndefinedContentType"),
    "a role the server lets in": ("GET /api/v1/tickets", _let_the_telco_manager_in, "TELCO_MANAGER: expected 403"),
}


@pytest.mark.parametrize("lie", list(LIES))
def test_a_document_that_lies_is_caught(lie):
    label, edit, found = LIES[lie]
    tally = run(1, seed=16, only={label}, edit_document=edit)
    assert tally.operations == 1
    assert any(found in failure for failure in tally.failures), json.dumps(tally.failures[:2])[:2000]
