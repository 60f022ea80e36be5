"""Makes FastAPI's OpenAPI document exact, in one place: the answers and headers the sandbox's middleware and error
handlers add to every route (500, 429 with Retry-After, 404 and 405 with Allow), the request headers it reads,
the files it sends, the permission matrix, and the /sandbox/ controls' own error shape (issue 16)."""

from __future__ import annotations

from windtre_desktop.sandbox.permissions import KINDS, PERMISSIONS

ENVELOPE = {"application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}}
SANDBOX_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/SandboxError"}}}
SANDBOX_INVALID = {"application/json": {"schema": {"$ref": "#/components/schemas/SandboxValidationError"}}}
SANDBOX_SCHEMAS = {
    "SandboxError": {
        "type": "object",
        "required": ["detail"],
        "properties": {"detail": {"type": "string"}},
        "description": "An error of the /sandbox/ controls (not the /api/ envelope).",
    },
    "SandboxValidationError": {
        "type": "object",
        "required": ["detail"],
        "properties": {
            "detail": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["field", "message"],
                    "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
                },
            }
        },
        "description": "A /sandbox/ control's invalid field: one entry per problem.",
    },
}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    }
}
ALLOW = {
    "Allow": {
        "description": "Every method the path answers, comma-separated",
        "required": True,
        "schema": {"type": "string"},
    }
}
CONTENT_DISPOSITION = {
    "Content-Disposition": {
        "description": 'attachment; filename="…": the file\'s name',
        "required": True,
        "schema": {"type": "string", "pattern": "^attachment; filename=\".+\"$"},
    }
}
ACCEPT_LANGUAGE = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "The language of the answer's messages: Italian (the default) or English (en…)",
    "schema": {"type": "string"},
}
IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The ETag of a previous answer (or *): 304 with no body while it still holds",
    "schema": {"type": "string"},
}
# the endpoints that choose the answer's form by Accept, and the forms they offer
ACCEPTS = {
    ("get", "/api/v1/sync"): ["application/json", "application/x-ndjson"],
    ("get", "/api/v1/invoices/{invoiceId}/call-detail"): ["text/csv", "application/pdf"],
}
# the endpoints whose large answers come gzip-compressed when Accept-Encoding allows it
GZIPPED = {("get", "/api/v1/lines"), ("get", "/api/v1/sync"), ("get", "/api/v1/fleet/usage")}
ACCEPT_ENCODING = {
    "name": "Accept-Encoding",
    "in": "header",
    "required": False,
    "description": "gzip (or *): an answer of 1 KiB or more comes gzip-compressed (Content-Encoding: gzip)",
    "schema": {"type": "string"},
}
CONTENT_ENCODING = {
    "Content-Encoding": {
        "description": "gzip when the answer is compressed",
        "required": False,
        "schema": {"type": "string", "enum": ["gzip"]},
    }
}
SYNC_CURSOR = {
    "type": "string",
    "pattern": "^v[0-9]+\\.[0-9a-f]{6}$",
    "description": "The cursor of the previous answer (v<version>.<server instance>); omit it for a full "
    "snapshot. Any other value, or one of an earlier server instance, answers 410 ERR-SYNC-01.",
}
# answer fields that are instants (ISO 8601 with offset) or Italian calendar days, beyond those named …At
DATE_TIMES = {"serverTime", "RechargeDone.date", "RechargeAttempt.date"}
DAYS = {f"{model}.{name}" for model in ("CompanyTrafficDaily", "LineTrafficDaily", "TrafficExportPage",
                                         "TrafficRecordsPage") for name in ("from", "to")}  # fmt: skip
FILE_SCHEMA = {"type": "string", "format": "binary"}
PAGES = ("application/json", "application/x-ndjson", "text/html", "text/plain")  # answers that are not files
BAD_HTTP = "a request that is not valid HTTP: the HTTP server's own 400, in text/plain"


def make_exact(doc: dict) -> dict:
    """Completes `doc` (FastAPI's document of the sandbox app) in place and returns it."""
    components = doc.setdefault("components", {}).setdefault("schemas", {})
    for model, schema in components.items():
        for name, field in schema.get("properties", {}).items():
            _declare_time(f"{model}.{name}", field)
    components.update(SANDBOX_SCHEMAS)
    doc["info"]["description"] += (
        " Any method a path does not serve answers 405 with an Allow header (an /api/ envelope, ERR-VAL-01); "
        "any /api/ path the contract does not have answers 404 ERR-VAL-01."
    )
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            parameters = operation.setdefault("parameters", [])
            for parameter in parameters:
                parameter["schema"] = _not_null(parameter["schema"])
                if "YYYY-MM-DD" in parameter.get("description", ""):
                    parameter["schema"]["format"] = "date"
            if path.startswith("/api/"):
                _exact_api_operation(method, path, operation)
            else:
                _exact_sandbox_operation(operation)
            _declare_bad_http(operation["responses"])
            for response in operation["responses"].values():
                _declare_file(response)
            if not parameters:
                del operation["parameters"]
    return doc


def _exact_api_operation(method: str, path: str, operation: dict) -> None:
    responses = operation["responses"]
    parameters = operation["parameters"]
    has_path_parameter = any(p["in"] == "path" for p in parameters)
    responses["429"] = {**responses.get("429", {"description": "ERR-RATE-01: too many requests"}),
                        "content": ENVELOPE, "headers": RETRY_AFTER}  # fmt: skip
    responses.setdefault(
        "500", {"description": "ERR-SRV-01: the server failed; try again later", "content": ENVELOPE}
    )
    if has_path_parameter:
        # a value with a "/" in it reaches another path: one that does not exist (404), or one that exists
        # for other methods only (405)
        responses.setdefault(
            "404", {"description": "ERR-VAL-01: no such resource, or no such path", "content": ENVELOPE}
        )
        responses.setdefault(
            "405",
            {"description": "ERR-VAL-01: the path does not serve this method", "content": ENVELOPE, "headers": ALLOW},
        )
    names = {p["name"].lower() for p in parameters if p["in"] == "header"}
    if "accept-language" not in names:
        parameters.append(ACCEPT_LANGUAGE)
    if "304" in responses and "if-none-match" not in names:
        parameters.append(IF_NONE_MATCH)
    offered = ACCEPTS.get((method, path))
    if offered:
        parameters.append(
            {"name": "Accept", "in": "header", "required": False,
             "description": f"The answer's form: {' or '.join(offered)}; any other media range gets {offered[0]}",
             "schema": {"type": "string", "examples": offered}}  # fmt: skip
        )
    if (method, path) in GZIPPED:
        parameters.append(ACCEPT_ENCODING)
        responses["200"]["headers"] = {**responses["200"].get("headers", {}), **CONTENT_ENCODING}
    if (method, path) == ("get", "/api/v1/sync"):
        cursor = next(p for p in parameters if p["name"] == "cursor")
        cursor["schema"] = dict(SYNC_CURSOR)
        cursor["description"] = SYNC_CURSOR["description"]
    access = PERMISSIONS[(method.upper(), path)]
    operation["x-permission"] = (
        {"public": True}
        if access.public
        else {
            "public": False,
            "roles": [kind for kind in KINDS if kind in access.kinds],
            "whileMustChangePassword": access.while_must_change,
        }
    )


def _exact_sandbox_operation(operation: dict) -> None:
    responses = operation["responses"]
    if "400" in responses:
        responses["400"] = {"description": "A field is invalid: detail names each", "content": SANDBOX_INVALID}
    for status, response in responses.items():
        if status != "400" and not status.startswith("2"):
            response.setdefault("content", SANDBOX_ERROR)
    responses["403"] = {"description": "The sandbox controls answer loopback clients only", "content": SANDBOX_ERROR}


def _declare_bad_http(responses: dict) -> None:
    """A request that is not valid HTTP (a control character in a header, say) never reaches the application:
    the HTTP server answers 400 itself, in plain text, on any path."""
    refusal = responses.setdefault("400", {"description": "", "content": {}})
    refusal["description"] = (refusal["description"] + "; " if refusal["description"] else "") + BAD_HTTP
    refusal.setdefault("content", {})["text/plain"] = {"schema": {"type": "string"}}


def _declare_file(response: dict) -> None:
    """A file answer: binary content named by a Content-Disposition header, and no JSON."""
    content = response.get("content", {})
    files = [media for media in content if media not in PAGES]
    if not files:
        return
    if not content.get("application/json", {}).get("schema"):
        content.pop("application/json", None)  # FastAPI's default for any route: a file route sends no JSON
    for media in files:
        content[media] = {**content[media], "schema": FILE_SCHEMA}
    response["headers"] = {**response.get("headers", {}), **CONTENT_DISPOSITION}


def _declare_time(where: str, field: dict) -> None:
    """`format` date-time or date on a text field that holds one (in its string branch when it may be null)."""
    name = where.split(".")[1]
    if name.endswith("At") or name in DATE_TIMES or where in DATE_TIMES:
        fmt = "date-time"
    elif where in DAYS or "YYYY-MM-DD" in field.get("description", ""):
        fmt = "date"
    else:
        return
    for branch in field.get("anyOf", [field]):
        if branch.get("type") == "string":
            branch["format"] = fmt


def _not_null(schema: dict) -> dict:
    """A parameter's schema without FastAPI's `null` branch: a query, header or path value is never null."""
    branches = schema.get("anyOf")
    if not branches:
        return schema
    kept = [branch for branch in branches if branch.get("type") != "null"]
    if len(kept) != 1:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**rest, **kept[0]}
