"""The /api/v1 products and Giga Smart Share endpoints (docs/api.md "Products and Giga Smart Share", R-22, R-50,
R-51, R-60, R-82) and their sandbox controls: thin routes over sandbox.products."""

from __future__ import annotations

import hashlib

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    etag_matches,
    json_response,
    keyed_action,
    not_modified,
)
from windtre_desktop.sandbox.messages import ok_body
from windtre_desktop.sandbox.state import State

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_MODIFIED = {304: {"description": "Not modified (If-None-Match matched): empty body"}}
NO_PACKAGE = {404: envelope(schemas.Envelope, "ERR-VAL-01 (field packageId): no such package")}


def _listed(request: Request, state: State, name: str, data: dict) -> Response:
    """A list answer with an ETag over its content (a change bumps a package's version, so the tag)."""
    payload = ok_body(data)
    etag = f'"{name}-{state.instance}-{hashlib.sha1(payload).hexdigest()[:16]}"'
    if etag_matches(request, etag):
        return not_modified(etag)
    return json_response(payload, headers={"ETag": etag, "Cache-Control": "no-cache"})


def add_product_routes(app: FastAPI, state: State) -> None:
    products = {"tags": ["products"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}
    action = {
        **products,
        "openapi_extra": {"parameters": [{**IDEMPOTENCY_HEADER, "required": True}]},
    }

    @app.get(
        "/api/v1/gss/packages",
        summary="The company's Giga Smart Share packages, with the accepted plan and extra steps (R-50), ETag",
        responses={
            200: {**envelope(schemas.GssPackagesEnvelope, "The packages"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            **common,
        },
        **products,
    )
    async def packages(request: Request, user: CurrentUser) -> Response:
        return _listed(request, state, "gss", state.gss_packages(user))

    @app.get(
        "/api/v1/gss/packages/{packageId}/sims",
        summary="A package's SIMs with their used data and remaining credit (R-50 'Visualizza'), ETag",
        responses={
            200: {**envelope(schemas.GssSimsEnvelope, "The SIMs"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            **NO_PACKAGE,
            **common,
        },
        **products,
    )
    async def package_sims(request: Request, packageId: str, user: CurrentUser) -> Response:
        return _listed(request, state, "gss-sims", state.gss_sims(user, packageId))

    @app.get(
        "/api/v1/devices",
        summary="The devices tied to the company (R-51), with ETag",
        responses={
            200: {**envelope(schemas.DevicesEnvelope, "The devices"), "headers": ETAG_HEADER},
            **NOT_MODIFIED,
            **common,
        },
        **products,
    )
    async def devices(request: Request, user: CurrentUser) -> Response:
        return _listed(request, state, "devices", state.devices(user))

    @app.get(
        "/api/v1/lines/{lineId}/sim-codes",
        summary="A mobile line's PIN and PUK, on request (R-22): never cached, every answer logged",
        responses={
            200: envelope(schemas.SimCodesEnvelope, "The codes (Cache-Control: no-store)"),
            400: envelope(schemas.Envelope, "ERR-VAL-01 (field lineId): a fixed line has no SIM codes"),
            404: envelope(schemas.Envelope, "ERR-VAL-01 (field lineId): no such line"),
            **common,
        },
        **products,
    )
    async def sim_codes(lineId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.sim_codes(user, lineId)), headers=NO_STORE)

    package_changed = {  # the answers of the three actions on one package
        200: envelope(schemas.GssPackageEnvelope, "The package after the change"),
        400: FAILS[400],
        **NO_PACKAGE,
        **common,
    }

    @app.post(
        "/api/v1/gss/packages/{packageId}/plan",
        summary="Upgrade or downgrade a package's Giga (R-60); Idempotency-Key required",
        responses=package_changed,
        **action,
    )
    async def change_plan(
        request: Request, packageId: str, user: CurrentUser, body: schemas.GssPlanBody
    ) -> Response:
        return keyed_action(request, user, lambda: state.gss_change_plan(user, packageId, body.gigaPlan))

    @app.post(
        "/api/v1/gss/packages/{packageId}/referent",
        summary="Change a package's referent phone (R-60); Idempotency-Key required",
        responses=package_changed,
        **action,
    )
    async def change_referent(
        request: Request, packageId: str, user: CurrentUser, body: schemas.GssReferentBody
    ) -> Response:
        return keyed_action(request, user, lambda: state.gss_change_referent(user, packageId, body.phone))

    @app.post(
        "/api/v1/gss/packages/{packageId}/extra-giga",
        summary="Add extra Giga to a package (R-60, at most 100 a month); Idempotency-Key required",
        responses=package_changed,
        **action,
    )
    async def add_extra(
        request: Request, packageId: str, user: CurrentUser, body: schemas.GssExtraBody
    ) -> Response:
        return keyed_action(request, user, lambda: state.gss_add_extra(user, packageId, body.giga))

    @app.post(
        "/api/v1/gss/moves",
        summary="Move SIMs from one package to another (R-60); Idempotency-Key required",
        responses={
            200: envelope(schemas.GssMoveEnvelope, "Both packages after the move"),
            400: FAILS[400],
            **NO_PACKAGE,
            **common,
        },
        **action,
    )
    async def move(request: Request, user: CurrentUser, body: schemas.GssMoveBody) -> Response:
        return keyed_action(request, user, lambda: state.gss_move(user, body.from_, body.to, body.lineIds))

    # -- sandbox-only controls ---------------------------------------------------------------------------
    sandbox = {"tags": ["sandbox"], "response_model": None}

    @app.get("/sandbox/sim-code-log", summary="Who asked for which line's PIN and PUK, and when", **sandbox)
    async def sim_code_log() -> dict:
        return {"entries": state.sim_code_log()}

    @app.post(
        "/sandbox/gss/usage",
        summary="Add data traffic to a GSS package's SIMs (crosses the R-82 thresholds)",
        **sandbox,
    )
    async def gss_usage(body: schemas.GssUsageIn) -> Response:
        package = state.gss_add_usage(body.packageId, body.bytes)
        if package is None:
            return JSONResponse({"detail": f"no package {body.packageId}"}, status_code=404)
        return JSONResponse({"package": package})
