"""The committed docs/openapi.json is the sandbox's OpenAPI document, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from windtre_desktop.sandbox.openapi_dump import openapi_text

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_matches_the_app():
    assert COMMITTED.read_text(encoding="utf-8") == openapi_text(), (
        "docs/openapi.json is out of date with the sandbox app: regenerate it with "
        "`python -m windtre_desktop.sandbox.openapi_dump` and commit the result"
    )


def test_openapi_documents_every_contract_endpoint():
    paths = json.loads(openapi_text())["paths"]
    expected = {
        ("post", "/api/v1/login/credentials"),
        ("post", "/api/v1/logout"),
        ("get", "/api/v1/me"),
        ("get", "/api/v1/company"),
        ("get", "/api/v1/lines"),
        ("get", "/api/v1/lines/{lineId}"),
        ("get", "/api/v1/sync"),
    }
    present = {(method, path) for path, operations in paths.items() for method in operations}
    assert expected <= present
    for method, path in expected:
        responses = paths[path][method]["responses"]
        assert "422" not in responses, (method, path)  # validation errors are the contract's 400 ERR-VAL-01
        assert "429" in responses
