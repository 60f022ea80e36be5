"""The /api/v1 Notifiche endpoints (docs/api.md "Notifications", R-80, R-81) and their sandbox control: thin
routes over sandbox.notification_centre."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from windtre_desktop.sandbox import notification_schemas as schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    json_response,
    keyed_action,
)
from windtre_desktop.sandbox.messages import ApiError, ok_body
from windtre_desktop.sandbox.schemas import Envelope
from windtre_desktop.sandbox.state import State


def add_notification_routes(app: FastAPI, state: State) -> None:
    tags = {"tags": ["notifications"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}
    action = {**tags, "openapi_extra": {"parameters": [{**IDEMPOTENCY_HEADER, "required": True}]}}
    line_errors = {
        400: envelope(Envelope, "ERR-VAL-01 (field lineId): a fixed line, or (unlock) not blocked / none left"),
        404: envelope(Envelope, "ERR-VAL-01 (field lineId): no such line"),
    }

    @app.get(
        "/api/v1/notifications",
        summary="The company's events, newest first (R-80, R-81, R-82); a Dipendente: its lines' data abroad",
        responses={200: envelope(schemas.FeedEnvelope, "The notifications"), **common},
        **tags,
    )
    async def notifications(user: CurrentUser) -> Response:
        return json_response(ok_body(state.notifications(user)), headers=NO_STORE)

    @app.get(
        "/api/v1/notification-settings",
        summary="Gestione Notifiche (R-80): the six types, on/off, their channels",
        responses={200: envelope(schemas.NotificationSettingsEnvelope, "The settings"), **common},
        **tags,
    )
    async def settings(user: CurrentUser) -> Response:
        return json_response(ok_body(state.notification_settings(user)), headers=NO_STORE)

    @app.put(
        "/api/v1/notification-settings",
        summary="Change some of the six types (R-80); Idempotency-Key required",
        responses={
            200: envelope(schemas.NotificationSettingsEnvelope, "The whole settings after the change"),
            400: FAILS[400],
            **common,
        },
        **action,
    )
    async def save_settings(
        request: Request, user: CurrentUser, body: schemas.NotificationSettingsBody
    ) -> Response:
        return keyed_action(request, user, lambda: state.save_notification_settings(user, body.settings))

    @app.get(
        "/api/v1/lines/{lineId}/roaming",
        summary="A mobile line's data used abroad in the current window, against its threshold (R-81)",
        responses={200: envelope(schemas.RoamingEnvelope, "The roaming object"), **line_errors, **common},
        **tags,
    )
    async def roaming(lineId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.roaming(user, lineId)), headers=NO_STORE)

    @app.post(
        "/api/v1/lines/{lineId}/roaming/unlock",
        summary="Unlock a blocked line's data abroad for one more window (two at most, R-81); Idempotency-Key",
        responses={200: envelope(schemas.RoamingEnvelope, "The roaming object"), **line_errors, **common},
        **action,
    )
    async def unlock(request: Request, lineId: str, user: CurrentUser) -> Response:
        return keyed_action(request, user, lambda: state.unlock_roaming(user, lineId))

    # -- sandbox-only control ------------------------------------------------------------------------------
    @app.post(
        "/sandbox/roaming/usage",
        summary="Add data used abroad on a line (crosses the R-81 thresholds)",
        tags=["sandbox"],
        response_model=None,
    )
    async def roaming_usage(body: schemas.RoamingUsageIn) -> Response:
        try:
            return JSONResponse(state.roaming_usage(body.lineId, body.bytes))
        except ApiError as error:  # unknown line → 404, a fixed line → 400
            return JSONResponse({"detail": [{"field": "lineId", "message": error.key or error.code}]},
                                status_code=error.status)  # fmt: skip
