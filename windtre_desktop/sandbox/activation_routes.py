"""The /api/v1 line activations, SIM association history and promotions endpoints (docs/api.md "Self-service",
R-61, R-62, R-63): thin routes over sandbox.activations."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response

from windtre_desktop.sandbox import activation_schemas as schemas
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
from windtre_desktop.sandbox.schemas import Envelope
from windtre_desktop.sandbox.state import State

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}


def add_activation_routes(app: FastAPI, state: State) -> None:
    tags = {"tags": ["self-service"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}

    @app.get(
        "/api/v1/activations",
        summary="The company's fixed lines being activated, with progress and stages (R-61)",
        responses={200: envelope(schemas.ActivationsEnvelope, "The activations (Cache-Control: no-store)"),
                   **common},
        **tags,
    )
    async def activations(user: CurrentUser) -> Response:
        return json_response(ok_body(state.activations(user)), headers=NO_STORE)

    @app.post(
        "/api/v1/activations/{activationId}/keep-updated",
        summary="'Tienimi aggiornato': a message by SMS or email at every stage, or none (R-61); "
        "Idempotency-Key required",
        responses={
            200: envelope(schemas.ActivationEnvelope, "The activation after the change"),
            400: FAILS[400],
            404: envelope(Envelope, "ERR-VAL-01 (field activationId): no such activation, or already active"),
            **common,
        },
        openapi_extra={"parameters": [{**IDEMPOTENCY_HEADER, "required": True}]},
        **tags,
    )
    async def keep_updated(
        request: Request, activationId: str, user: CurrentUser, body: schemas.KeepUpdatedBody
    ) -> Response:
        return keyed_action(request, user, lambda: state.keep_updated(user, activationId, body.channel, body.to))

    @app.get(
        "/api/v1/sim-associations",
        summary="Which SIMs were associated to or dissociated from the company's Dipendenti, newest first (R-62)",
        responses={
            200: envelope(schemas.SimAssociationsEnvelope, "The events (Cache-Control: no-store)"),
            400: envelope(Envelope, "ERR-VAL-01: a bad date (field from or to), or from after to (field to)"),
            404: envelope(Envelope, "ERR-VAL-01 (field lineId): no such line in the company"),
            **common,
        },
        **tags,
    )
    async def sim_associations(
        user: CurrentUser,
        lineId: Annotated[str | None, Query(description="Only this line's events")] = None,
        from_: Annotated[str | None, Query(alias="from", description="First Italian day, YYYY-MM-DD")] = None,
        to: Annotated[str | None, Query(description="Last Italian day, YYYY-MM-DD (included)")] = None,
    ) -> Response:
        answer = state.sim_associations(user, lineId, from_, to)
        return json_response(ok_body(answer), headers=NO_STORE)

    @app.get(
        "/api/v1/promotions",
        summary="The promotions dedicated to the company's lines and the number to call to activate them "
        "(R-63), ETag",
        responses={
            200: {**envelope(schemas.PromotionsEnvelope, "The promotions"), "headers": ETAG_HEADER},
            304: {"description": "Not modified (If-None-Match matched): empty body"},
            **common,
        },
        **tags,
    )
    async def promotions(request: Request, user: CurrentUser) -> Response:
        payload = ok_body(state.promotions(user))
        etag = f'"promotions-{state.instance}-{hashlib.sha1(payload).hexdigest()[:16]}"'
        if etag_matches(request, etag):
            return not_modified(etag)
        return json_response(payload, headers={"ETag": etag, "Cache-Control": "no-cache"})
