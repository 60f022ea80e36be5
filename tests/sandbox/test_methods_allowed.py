"""A method a path does not answer gets 405 with an Allow header naming every method it does answer, for
every path of the OpenAPI document (issue 16: an outside schemathesis run found `PUT /tickets` answering
`allow: POST` although GET works too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sandbox.conftest import assert_wrapped

DOCUMENT = json.loads((Path(__file__).resolve().parents[2] / "docs" / "openapi.json").read_text(encoding="utf-8"))
VERBS = {"get", "post", "put", "delete", "patch"}


def _concrete(path: str) -> str:
    return path.replace("{", "X").replace("}", "")  # any value: the method is refused before the path's own checks


@pytest.mark.parametrize("path", sorted(p for p in DOCUMENT["paths"] if p.startswith("/api/")))
def test_an_unanswered_method_is_405_naming_every_method_of_the_path(client, path):
    declared = {verb.upper() for verb in DOCUMENT["paths"][path] if verb in VERBS}
    missing = sorted(VERBS - {v.lower() for v in declared})
    response = client.request(missing[0].upper(), _concrete(path))
    assert_wrapped(response, "FAIL", 405, "ERR-VAL-01")
    allowed = {m.strip() for m in response.headers["allow"].split(",")} - {"HEAD"}
    assert allowed == declared, (path, allowed, declared)


@pytest.mark.parametrize("method, path", [("POST", "/api/v1/telco-managers"), ("POST", "/api/v1/password/change"),
                                          ("POST", "/api/v1/me/sims"), ("POST", "/api/v1/invoices/X/share")])
def test_a_body_that_is_not_json_without_a_session_is_401_not_400(client, method, path):
    """Issue 16: the session is checked before the body, whatever the body is."""
    response = client.request(method, path, content=b"{not json", headers={"Content-Type": "application/json"})
    assert_wrapped(response, "FAIL", 401, "ERR-AUTH-02")
