"""Pieces shared by the sandbox's route modules: JSON answers, the session dependency (which enforces the
permission matrix), idempotent answers and OpenAPI helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.responses import Response
from fastapi.security import APIKeyHeader

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.messages import OK_PREFIX, ApiError, ok_body
from windtre_desktop.sandbox.permissions import authorize

MAX_IDEMPOTENCY_KEY = 200


def json_response(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status_code=status, media_type="application/json", headers=headers)


# -- session dependency -----------------------------------------------------------------------------------------

TOKEN_HEADER = APIKeyHeader(
    name="X-W3-Token",
    scheme_name="X-W3-Token",
    auto_error=False,
    description="Session token from the X-W3-Token header of the login answer",
)


def session_user(request: Request, token: str | None) -> SessionUser:
    """The user of the session `token` (401 ERR-AUTH-02 when there is none), if the permission matrix lets
    them call this request's endpoint (403 ERR-AUTH-03 / ERR-AUTH-05 otherwise)."""
    user = request.app.state.sandbox.session(token)
    authorize(request.method, request.scope["route"].path, user)
    return user


async def current_user(request: Request, token: Annotated[str | None, Security(TOKEN_HEADER)]) -> SessionUser:
    """The user of the session sent in X-W3-Token, checked by `session_user`."""
    return session_user(request, token)


CurrentUser = Annotated[SessionUser, Depends(current_user)]


def idempotent(request: Request, who: str, run: Callable[[], Response]) -> Response:
    """The first OK answer to this Idempotency-Key (same user or, before login, same path), else run()."""
    key = request.headers.get("idempotency-key")
    if key is None:
        return run()
    if not key or len(key) > MAX_IDEMPOTENCY_KEY:  # an empty key is refused, as the document's minLength says
        raise ApiError(400, "ERR-VAL-01", field="Idempotency-Key")
    state = request.app.state.sandbox
    scope = f"{who}|{request.method} {request.url.path}"
    stored = state.idempotent_answer(scope, key)
    if stored is not None:
        status, body, headers = stored
        return json_response(body, status, headers)
    response = run()
    if 200 <= response.status_code < 300 and bytes(response.body).startswith(OK_PREFIX):
        headers = {
            k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")
        }
        state.remember_answer(scope, key, response.status_code, bytes(response.body), headers)
    return response


# -- OpenAPI helpers -----------------------------------------------------------------------------------------


def accepts_gzip(request: Request) -> bool:
    for part in request.headers.get("accept-encoding", "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def etag_matches(request: Request, etag: str) -> bool:
    wanted = request.headers.get("if-none-match")
    if not wanted:
        return False
    if wanted.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in wanted.split(","))


def not_modified(etag: str) -> Response:
    return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})


def envelope(model: type, description: str) -> dict:
    return {"model": model, "description": description}


FAILS = {
    400: envelope(schemas.Envelope, "ERR-VAL-01: a field is invalid; messages[].field names it"),
    401: envelope(schemas.Envelope, "ERR-AUTH-02: session missing, expired or unknown"),
    403: envelope(
        schemas.Envelope,
        "ERR-AUTH-03: the role may not do this (permission matrix); "
        "ERR-AUTH-05: change the temporary password first",
    ),
    429: envelope(schemas.Envelope, "ERR-RATE-01: too many requests; see Retry-After"),
}
IDEMPOTENCY_HEADER = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY},
    "description": "A repeat with the same key returns the first OK answer without doing the thing twice.",
}


NO_STORE = {"Cache-Control": "no-store"}  # an answer that moves with the clock or holds a secret: never cached


def keyed_action(request: Request, user: SessionUser, run: Callable[[], object]) -> Response:
    """A state-changing request that requires its Idempotency-Key (400 naming it when missing); a repeat with the
    same key gets the first OK answer unchanged, and `run` (the change, returning the answer's data) runs once."""
    if not request.headers.get("idempotency-key"):
        raise ApiError(400, "ERR-VAL-01", field="Idempotency-Key", key="idempotency_required")
    return idempotent(request, user.username, lambda: json_response(ok_body(run()), headers=NO_STORE))

