"""The sandbox's FastAPI application: the /api/v1 contract of docs/api.md plus the /sandbox/ controls."""

from __future__ import annotations

import hashlib
import ipaddress
import math
import struct
import threading
import zlib
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.account_routes import add_account_routes
from windtre_desktop.sandbox.activation_routes import add_activation_routes
from windtre_desktop.sandbox.demo_data import MAX_LINES
from windtre_desktop.sandbox.faults import FaultMiddleware, header, send_json
from windtre_desktop.sandbox.fleet_routes import add_fleet_routes
from windtre_desktop.sandbox.http import (
    FAILS,
    CurrentUser,
    accepts_gzip,
    envelope,
    etag_matches,
    json_response,
    not_modified,
    session_user,
)
from windtre_desktop.sandbox.invoice_routes import add_invoice_routes
from windtre_desktop.sandbox.messages import (
    NDJSON,
    OK_PREFIX,
    ApiError,
    dumps,
    error_body,
    fail_body,
    language,
    ok_body,
    ok_body_raw,
    text,
    wants_ndjson,
)
from windtre_desktop.sandbox.notification_routes import add_notification_routes
from windtre_desktop.sandbox.openapi_contract import make_exact
from windtre_desktop.sandbox.option_routes import add_option_routes
from windtre_desktop.sandbox.permissions import PERMISSIONS
from windtre_desktop.sandbox.product_routes import add_product_routes
from windtre_desktop.sandbox.recharge_routes import add_recharge_routes
from windtre_desktop.sandbox.state import SandboxConfig, State
from windtre_desktop.sandbox.ticket_routes import add_ticket_routes
from windtre_desktop.sandbox.traffic_routes import add_traffic_routes

API_DESCRIPTION = (
    "Backend contract of windtre-desktop (see docs/api.md), as served by the sandbox. "
    "Every /api/ answer is wrapped in {status, errorCodes, messages, data}. "
    "The /sandbox/ endpoints are test controls, not part of the production contract."
)
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
DEFLATE_END = b"\x03\x00"  # an empty final block: closes a raw-deflate stream
GZIP_MIN_SIZE = 1024
GZIP_LEVEL = 5


# -- bodies that are large, cached and sent gzip-compressed ---------------------------------------------


class Segment:
    """A cached part of a large body; its raw-deflate form is made on first need and reused.

    It is compressed on its own (no back-reference leaves it) and ends on a full flush, so its deflate
    blocks can follow or precede other byte-aligned blocks in one gzip member."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.crc = zlib.crc32(raw)
        self._deflated: bytes | None = None
        self._lock = threading.Lock()

    @property
    def deflated(self) -> bytes:
        with self._lock:
            if self._deflated is None:
                compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
                self._deflated = compressor.compress(self.raw) + compressor.flush(zlib.Z_FULL_FLUSH)
            return self._deflated

    def gzip(self, tail: bytes) -> bytes:
        """One gzip member of raw + tail: the cached deflate blocks, then the tail's, then the trailer."""
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
        end = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
        trailer = struct.pack("<II", zlib.crc32(tail, self.crc), (len(self.raw) + len(tail)) & 0xFFFFFFFF)
        return GZIP_HEADER + self.deflated + end + trailer

    def gzip_after(self, head: bytes) -> bytes:
        """One gzip member of head + raw: the head's deflate blocks, then the cached ones, then the trailer."""
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
        start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        trailer = struct.pack(
            "<II", zlib.crc32(self.raw, zlib.crc32(head)), (len(head) + len(self.raw)) & 0xFFFFFFFF
        )
        return GZIP_HEADER + start + self.deflated + DEFLATE_END + trailer




def _session_refusal(request: Request) -> ApiError | None:
    """The 401 or 403 a protected endpoint gives this request's session, or None (public, or allowed)."""
    route = request.scope.get("route")
    access = PERMISSIONS.get((request.method, getattr(route, "path", "")))
    if access is None or access.public:
        return None
    try:
        session_user(request, request.headers.get("x-w3-token"))
    except ApiError as refused:
        return refused
    return None

def _allowed_methods(app: FastAPI, scope: dict) -> set[str]:
    """Every method some route answers on this path."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _child = route.matches(scope)
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return methods

def big_response(request: Request, head: Segment, tail: bytes, headers: dict[str, str]) -> Response:
    """A JSON body made of a cached head and a per-request tail, gzip-compressed when asked."""
    headers = {"Vary": "Accept-Encoding", **headers}
    if accepts_gzip(request) and len(head.raw) + len(tail) >= GZIP_MIN_SIZE:
        headers["Content-Encoding"] = "gzip"
        body = head.gzip(tail)
    else:
        body = head.raw + tail
    return Response(body, media_type="application/json", headers=headers)


def ndjson_response(request: Request, head: bytes, lines: Segment, headers: dict[str, str]) -> Response:
    """An NDJSON body made of a per-request first line and cached lines, gzip-compressed when asked."""
    if accepts_gzip(request) and len(head) + len(lines.raw) >= GZIP_MIN_SIZE:
        headers = {**headers, "Content-Encoding": "gzip"}
        body = lines.gzip_after(head)
    else:
        body = head + lines.raw
    return Response(body, media_type=NDJSON, headers=headers)


def is_loopback(host: str | None) -> bool:
    if host in (None, "localhost", "testclient"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- pure ASGI middleware: request counting, loopback gate, rate limiting ----------------------------------


class FrontDoorMiddleware:
    """Counts /api/ requests by path (before any fault) and keeps /sandbox/ to loopback clients."""

    def __init__(self, app: Any, state: State) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            path = scope["path"]
            if path.startswith("/api/"):
                self.state.count_request(path)
                receive = _Logged(receive, self.state.log_request(
                    scope["method"], path, scope.get("query_string", b""), list(scope.get("headers", []))
                ))
            elif path.startswith("/sandbox/") and not is_loopback((scope.get("client") or (None,))[0]):
                await send_json(
                    send, 403, dumps({"detail": "the sandbox controls answer loopback clients only"})
                )
                return
        await self.app(scope, receive, send)


class _Logged:
    """`receive` that also appends the request's body to its request-log entry. It keeps the server's request
    cycle as `__self__`, like the bound method it wraps, for faults.close_connection."""

    def __init__(self, receive: Any, entry: dict) -> None:
        self.receive = receive
        self.entry = entry
        self.__self__ = getattr(receive, "__self__", None)

    async def __call__(self) -> dict:
        message = await self.receive()
        if message["type"] == "http.request":
            self.entry["body"] += message.get("body", b"")
        return message


class RateLimitMiddleware:
    """A token bucket per session token (or client address when there is none): 429 + Retry-After."""

    def __init__(self, app: Any, state: State) -> None:
        self.app = app
        self.limiter = state.rate_limiter

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            token = header(scope, b"x-w3-token")
            key = f"token:{token}" if token else f"addr:{(scope.get('client') or ('?',))[0]}"
            wait = self.limiter.acquire(key)
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                error = ApiError(429, "ERR-RATE-01", seconds=seconds)
                body = error_body(error, language(header(scope, b"accept-language")))
                await send_json(send, 429, body, [(b"retry-after", str(seconds).encode())])
                return
        await self.app(scope, receive, send)


ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_MODIFIED = {304: {"description": "Not modified (If-None-Match matched): empty body"}}
SCHEMA_REF = "#/components/schemas/{model}"
SYNC_NDJSON = {
    NDJSON: {
        "schema": {
            "type": "string",
            "description": "Newline-delimited JSON (docs/api.md, Sync): a SyncNdjsonHead line, "
            "then data.lineCount lines, each a Line; every line ends with \\n.",
        },
        "x-ndjson-first-line": {"$ref": SCHEMA_REF.format(model="SyncNdjsonHead")},
        "x-ndjson-line": {"$ref": SCHEMA_REF.format(model="Line")},
    }
}


def _openapi_document(app: FastAPI) -> dict:
    """FastAPI's document, with its 422 answers replaced by the contract's 400 ERR-VAL-01."""
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            if responses.pop("422", None) is not None and "400" not in responses:
                responses["400"] = {
                    "description": "Invalid field (ERR-VAL-01 on /api/)",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}},
                }
    for (method, path), access in PERMISSIONS.items():
        operation = doc["paths"][path][method.lower()]
        if not access.public:
            operation["responses"].setdefault(
                "403",
                {
                    "description": FAILS[403]["description"],
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}},
                },
            )
    schemas_doc = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas_doc.pop("HTTPValidationError", None)
    schemas_doc.pop("ValidationError", None)
    # the NDJSON first line is no route's response model, so FastAPI does not list it by itself
    head = schemas.SyncNdjsonHead.model_json_schema(ref_template=SCHEMA_REF, mode="serialization")
    for name, schema in head.pop("$defs", {}).items():
        schemas_doc.setdefault(name, schema)
    schemas_doc.setdefault("SyncNdjsonHead", head)
    return make_exact(doc)


# -- the application -------------------------------------------------------------------------------------------


def create_app(config: SandboxConfig | None = None, state: State | None = None) -> FastAPI:
    """A FastAPI app serving the contract from a fresh (or the given) sandbox state."""
    state = state or State(config or SandboxConfig())
    app = FastAPI(
        title="windtre-desktop backend contract (sandbox)",
        version="1.0.0",
        description=API_DESCRIPTION,
        redoc_url=None,
    )
    app.state.sandbox = state
    app.openapi = lambda: app.openapi_schema or _cache_openapi(app)  # type: ignore[method-assign]

    app.add_middleware(RateLimitMiddleware, state=state)
    app.add_middleware(FaultMiddleware, faults=state.faults)
    app.add_middleware(FrontDoorMiddleware, state=state)

    # -- error answers --------------------------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, error: ApiError) -> Response:
        lang = language(request.headers.get("accept-language"))
        return json_response(error_body(error, lang), error.status, error.headers or None)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, error: RequestValidationError) -> Response:
        refused = _session_refusal(request)  # the session first, as the contract says: a body that is not
        if refused is not None:  # JSON (parsed before any dependency runs) never hides a 401 or a 403
            lang = language(request.headers.get("accept-language"))
            return json_response(error_body(refused, lang), refused.status, refused.headers or None)
        problems = []
        for item in error.errors():
            loc = [part for part in item.get("loc", ()) if isinstance(part, str)]
            field = loc[1] if len(loc) > 1 else (loc[0] if loc else "body")
            required = item.get("type") in ("missing", "string_too_short")
            problems.append((field, "required" if required else "ERR-VAL-01", item.get("msg", "")))
        if not request.url.path.startswith("/api/"):
            detail = [{"field": f, "message": m} for f, _, m in problems]
            return JSONResponse({"detail": detail}, status_code=400)
        lang = language(request.headers.get("accept-language"))
        messages = [
            {"type": "ERROR", "message": text(key, lang, field=f), "field": f} for f, key, _ in problems
        ]
        return json_response(fail_body(["ERR-VAL-01"], messages), 400)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, error: StarletteHTTPException) -> Response:
        path = request.url.path
        if not path.startswith("/api/"):
            return JSONResponse(
                {"detail": error.detail}, status_code=error.status_code, headers=error.headers
            )
        if error.status_code == 404:
            api_error = ApiError(404, "ERR-VAL-01", key="not_found", path=path)
        elif error.status_code == 405:
            api_error = ApiError(405, "ERR-VAL-01", key="method", method=request.method, path=path)
            # each method of a path is a route of its own: Allow names them all, not only the first route's
            headers = dict(error.headers or {})
            headers["Allow"] = ", ".join(sorted(_allowed_methods(app, request.scope)))
            lang = language(request.headers.get("accept-language"))
            return json_response(error_body(api_error, lang), 405, headers)
        elif error.status_code >= 500:
            api_error = ApiError(error.status_code, "ERR-SRV-01")
        else:
            api_error = ApiError(error.status_code, "ERR-VAL-01", field="body")
        lang = language(request.headers.get("accept-language"))
        return json_response(error_body(api_error, lang), error.status_code, error.headers)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, error: Exception) -> Response:
        lang = language(request.headers.get("accept-language"))
        return json_response(error_body(ApiError(500, "ERR-SRV-01"), lang), 500)

    # -- authentication -------------------------------------------------------------------------------------
    @app.post(
        "/api/v1/login/credentials",
        tags=["auth"],
        summary="Log in with username and password (case-sensitive)",
        response_model=None,
        responses={
            200: {
                **envelope(schemas.UserEnvelope, "OK with the user; or FAIL ERR-AUTH-01 / ERR-AUTH-04"),
                "headers": {
                    "X-W3-Token": {"description": "Session token (OK only)", "schema": {"type": "string"}}
                },
            },
            400: FAILS[400],
            429: FAILS[429],
        },
    )
    async def login(body: schemas.LoginBody) -> Response:
        token, user_json = state.login(body.username, body.password)
        return json_response(
            ok_body_raw(user_json.encode()), headers={"X-W3-Token": token, "Cache-Control": "no-store"}
        )

    @app.post(
        "/api/v1/logout",
        tags=["auth"],
        summary="End the session of the token sent",
        response_model=None,
        responses={200: envelope(schemas.Envelope, "OK, data null"), 401: FAILS[401], 429: FAILS[429]},
    )
    async def logout(user: CurrentUser) -> Response:
        state.logout(user.token)
        return json_response(ok_body(None))

    @app.get(
        "/api/v1/me",
        tags=["auth"],
        summary="The user of the session",
        response_model=None,
        responses={200: envelope(schemas.UserEnvelope, "The user"), 401: FAILS[401], 429: FAILS[429]},
    )
    async def me(user: CurrentUser) -> Response:
        return json_response(ok_body_raw(user.json.encode()))

    # -- company and lines ----------------------------------------------------------------------------------
    @app.get(
        "/api/v1/company",
        tags=["company"],
        summary="The company, with ETag",
        response_model=None,
        responses={
            200: {**envelope(schemas.CompanyEnvelope, "The company"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            401: FAILS[401],
            429: FAILS[429],
        },
    )
    async def company(request: Request, user: CurrentUser) -> Response:
        etag = f'"company-{state.instance}-{user.company_id}-{state.company_changed(user.company_id)}"'
        if etag_matches(request, etag):
            return not_modified(etag)
        return json_response(
            ok_body_raw(state.company_json(user.company_id).encode()),
            headers={"ETag": etag, "Cache-Control": "no-cache"},
        )

    @app.get(
        "/api/v1/lines",
        tags=["company"],
        summary="The lines visible to the role (a DIPENDENTE sees only their own), with ETag",
        response_model=None,
        responses={
            200: {**envelope(schemas.LinesEnvelope, "The lines"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            400: FAILS[400],
            401: FAILS[401],
            429: FAILS[429],
        },
    )
    async def lines(
        request: Request,
        user: CurrentUser,
        offset: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_LINES)] = MAX_LINES,
    ) -> Response:
        who = (
            f"all{user.company_id}"
            if user.is_manager
            else hashlib.sha1(user.username.encode()).hexdigest()[:8]
        )
        etag = f'"lines-{state.instance}-{state.version}-{who}-{offset}-{limit}"'
        if etag_matches(request, etag):
            return not_modified(etag)

        def build() -> Segment:
            chosen = state.visible_lines(user)[offset : offset + limit]
            return Segment(OK_PREFIX + b"[" + ",".join(chosen).encode() + b"]}")

        body = state.cached(("lines", user.company_id, offset, limit), build) if user.is_manager else build()
        return big_response(request, body, b"", {"ETag": etag, "Cache-Control": "no-cache"})

    @app.get(
        "/api/v1/lines/{lineId}",
        tags=["company"],
        summary="One line",
        response_model=None,
        responses={
            200: {**envelope(schemas.LineEnvelope, "The line"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            401: FAILS[401],
            403: envelope(schemas.Envelope, "ERR-AUTH-03: the line is not the DIPENDENTE's own"),
            404: envelope(schemas.Envelope, "ERR-VAL-01 (field lineId): no such line"),
            429: FAILS[429],
        },
    )
    async def line(request: Request, lineId: str, user: CurrentUser) -> Response:
        raw = state.line(lineId)
        if raw is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=lineId)
        if not state.may_see_line(user, lineId):
            raise ApiError(403, "ERR-AUTH-03")
        etag = f'"line-{state.instance}-{lineId}-{hashlib.sha1(raw.encode()).hexdigest()[:12]}"'
        if etag_matches(request, etag):
            return not_modified(etag)
        return json_response(ok_body_raw(raw.encode()), headers={"ETag": etag, "Cache-Control": "no-cache"})

    # -- sync -------------------------------------------------------------------------------------------------
    @app.get(
        "/api/v1/sync",
        tags=["sync"],
        summary="Change feed: full snapshot without cursor, changes since the cursor with one",
        response_model=None,
        responses={
            200: {
                **envelope(
                    schemas.SyncEnvelope,
                    "Snapshot or changes: JSON, or NDJSON when Accept asks for application/x-ndjson",
                ),
                "headers": ETAG_HEADER,
                "content": SYNC_NDJSON,
            },
            **NOT_MODIFIED,
            401: FAILS[401],
            410: envelope(schemas.Envelope, "ERR-SYNC-01: unknown or expired cursor: do a full sync"),
            429: FAILS[429],
        },
    )
    async def sync(
        request: Request,
        user: CurrentUser,
        cursor: Annotated[
            str | None, Query(description="The cursor of the previous answer; omit for a full snapshot")
        ] = None,
    ) -> Response:
        since = None if cursor is None else state.parse_cursor(cursor)
        etag = state.sync_etag(user)
        if etag_matches(request, etag):
            return not_modified(etag)
        # Read before the lines: if the data moves on meanwhile, the next sync repeats a change, never misses one.
        next_cursor = state.cursor()
        ndjson = wants_ndjson(request.headers.get("accept"))
        headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept, Accept-Encoding"}
        if since is None:
            company_json, user_json, deleted = state.company_json(user.company_id), user.json, []
            line_jsons = state.visible_lines(user)
        else:
            changes = state.changes_since(since, user)
            company_json, user_json, deleted = changes["company"], changes["user"], changes["deleted"]
            line_jsons = changes["lines"]
        cache = since is None and user.is_manager
        fields = b"".join(
            (
                b'"deletedLineIds":',
                dumps(deleted),
                b',"full":',
                b"true" if since is None else b"false",
                b',"cursor":',
                dumps(next_cursor),
                b',"company":',
                b"null" if company_json is None else company_json.encode(),
                b',"user":',
                b"null" if user_json is None else user_json.encode(),
                b',"serverTime":',
                dumps(state.now_iso()),
            )
        )
        if ndjson:

            def build_lines() -> tuple[int, Segment]:
                chosen = state.visible_lines(user) if cache else line_jsons
                return len(chosen), Segment(("\n".join(chosen) + "\n").encode() if chosen else b"")

            count, lines = (
                state.cached(("sync-ndjson-lines", user.company_id), build_lines) if cache else build_lines()
            )
            head = OK_PREFIX + b'{"lineCount":' + str(count).encode() + b"," + fields + b"}}\n"
            return ndjson_response(request, head, lines, headers)

        def build_head() -> Segment:
            chosen = state.visible_lines(user) if cache else line_jsons
            return Segment(OK_PREFIX + b'{"lines":[' + ",".join(chosen).encode() + b"],")

        json_head = state.cached(("sync-head", user.company_id), build_head) if cache else build_head()
        return big_response(request, json_head, fields + b"}}", headers)

    # -- sandbox-only controls ------------------------------------------------------------------------------
    sandbox = {"tags": ["sandbox"], "response_model": None}

    @app.get("/sandbox/outbox", summary="SMS and emails the sandbox 'sent'", **sandbox)
    async def outbox() -> dict:
        return {"messages": state.outbox()}

    @app.delete("/sandbox/outbox", summary="Empty the outbox", **sandbox)
    async def clear_outbox() -> dict:
        state.clear_outbox()
        return {"messages": []}

    @app.post("/sandbox/faults", summary="Add a fault (faults stack and apply in order)", **sandbox)
    async def add_fault(body: schemas.FaultIn) -> dict:
        fault = state.faults.add(
            body.mode, body.count, body.pathPrefix, body.latencyMs, body.retryAfter, body.after
        )
        return {"fault": fault.as_json(), "faults": state.faults.list()}

    @app.get("/sandbox/faults", summary="The faults still armed", **sandbox)
    async def list_faults() -> dict:
        return {"faults": state.faults.list()}

    @app.delete("/sandbox/faults", summary="Clear every fault", **sandbox)
    async def clear_faults() -> dict:
        state.faults.clear()
        return {"faults": []}

    @app.get("/sandbox/clock", summary="The sandbox clock", **sandbox)
    async def clock() -> dict:
        return {"now": state.now_iso()}

    @app.post("/sandbox/clock", summary="Move the sandbox clock forward", **sandbox)
    async def advance_clock(body: schemas.ClockIn) -> dict:
        state.advance_clock(body.advanceSeconds)
        return {"now": state.now_iso()}

    @app.post("/sandbox/sessions/expire", summary="Expire every session token now", **sandbox)
    async def expire_sessions() -> dict:
        return {"expired": state.expire_sessions()}

    @app.post("/sandbox/usage", summary="Simulate traffic on N lines (moves the data version on)", **sandbox)
    async def usage(body: schemas.UsageIn) -> dict:
        changed = state.simulate_usage(body.lines)
        return {"changedLineIds": changed, "cursor": state.cursor()}

    @app.get("/sandbox/stats", summary="/api/ requests counted by path", **sandbox)
    async def stats() -> dict:
        return state.stats()

    @app.delete("/sandbox/stats", summary="Reset the request counts", **sandbox)
    async def reset_stats() -> dict:
        state.reset_stats()
        return state.stats()

    @app.get(
        "/sandbox/request-log",
        summary="Every /api/ request received (method, path, query, headers, body), oldest first",
        **sandbox,
    )
    async def request_log() -> dict:
        return {"requests": state.request_log_json()}

    @app.delete("/sandbox/request-log", summary="Forget the requests logged so far", **sandbox)
    async def clear_request_log() -> dict:
        state.clear_request_log()
        return {"cleared": True}

    @app.get("/sandbox/demo-credentials", summary="The demo users and their passwords", **sandbox)
    async def demo_credentials() -> dict:
        return {"users": state.demo_users}

    @app.get(
        "/sandbox/contracts",
        summary="The contract records User Admin registration is checked against",
        **sandbox,
    )
    async def contracts() -> dict:
        return {"contracts": state.contracts()}

    @app.get("/sandbox/lines", summary="Lines of every company, filtered, with their accounts", **sandbox)
    async def sandbox_lines(
        companyId: str | None = None,
        kind: Annotated[str | None, Query(pattern="^(mobile|fixed)$")] = None,
        dataOnly: bool | None = None,
        free: bool = False,
        limit: Annotated[int, Query(ge=1, le=MAX_LINES)] = 50,
    ) -> dict:
        return {"lines": state.sandbox_lines(companyId, kind, dataOnly, free, limit)}

    @app.get(
        "/sandbox/lines/{lineId}/secrets",
        summary="A line's PIN and PUK",
        responses={404: {"description": "No such line"}},
        **sandbox,
    )
    async def line_secrets(lineId: str) -> Response:
        found = state.secrets(lineId)
        if found is None:
            return JSONResponse({"detail": f"no line {lineId}"}, status_code=404)
        return JSONResponse(found)

    @app.get("/sandbox/network", summary="The line the simulated mobile network identifies", **sandbox)
    async def network() -> dict:
        return {"msisdn": state.network_msisdn}

    @app.post(
        "/sandbox/network", summary="Set the line the mobile network identifies (null: none)", **sandbox
    )
    async def set_network(body: schemas.NetworkIn) -> dict:
        state.network_msisdn = body.msisdn
        return {"msisdn": state.network_msisdn}

    add_account_routes(app, state)
    add_ticket_routes(app, state)
    add_invoice_routes(app, state)
    add_traffic_routes(app, state)
    add_fleet_routes(app, state)
    add_product_routes(app, state)
    add_recharge_routes(app, state)
    add_option_routes(app, state)
    add_activation_routes(app, state)
    add_notification_routes(app, state)
    _check_permission_table(app)
    return app


def _check_permission_table(app: FastAPI) -> None:
    """Every /api/ endpoint has exactly one row in the permission matrix, and every row an endpoint."""
    served = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute) and route.path.startswith("/api/")
        for method in route.methods
    }
    if served != set(PERMISSIONS):
        raise RuntimeError(
            f"permission matrix out of step with the routes: missing {sorted(served - set(PERMISSIONS))}, "
            f"stale {sorted(set(PERMISSIONS) - served)}"
        )


def _cache_openapi(app: FastAPI) -> dict:
    app.openapi_schema = _openapi_document(app)
    return app.openapi_schema
