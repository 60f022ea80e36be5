"""The /api/v1 options and services endpoints (docs/api.md "Attivazione / Disattivazione Opzioni", "Servizi
Mobile and Servizi a Sovrapprezzo", R-65, R-66): thin routes over sandbox.options."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from windtre_desktop.sandbox import option_schemas as schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    json_response,
    keyed_action,
)
from windtre_desktop.sandbox.messages import language, ok_body
from windtre_desktop.sandbox.schemas import Envelope
from windtre_desktop.sandbox.state import State

NO_LINE = {404: envelope(Envelope, "ERR-VAL-01 (field lineId): no such line of the company")}
FIXED = {400: envelope(Envelope, "ERR-VAL-01 (field lineId): a fixed line; or a field is invalid")}


def _lang(request: Request) -> str:
    return language(request.headers.get("accept-language"))


def add_option_routes(app: FastAPI, state: State) -> None:
    tagged = {"tags": ["options"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}
    action = {**tagged, "openapi_extra": {"parameters": [{**IDEMPOTENCY_HEADER, "required": True}]}}

    @app.get(
        "/api/v1/options",
        summary="The option catalogue and how many lines one request may name (R-65)",
        responses={200: envelope(schemas.OptionCatalogueEnvelope, "The catalogue"), **common},
        **tagged,
    )
    async def catalogue(request: Request, user: CurrentUser) -> Response:
        return json_response(ok_body(state.option_catalogue(_lang(request))), headers=NO_STORE)

    @app.get(
        "/api/v1/lines/{lineId}/options",
        summary="The options active on a mobile line (R-65)",
        responses={200: envelope(schemas.LineOptionsEnvelope, "The active options"), **FIXED, **NO_LINE,
                   **common},
        **tagged,
    )
    async def line_options(lineId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.line_options(user, lineId)), headers=NO_STORE)

    lists = {400: envelope(Envelope, "ERR-VAL-01: lineIds (1 to 10 different lines, R-65), optionCode, "
                                     "operation; a request: every line compatible (lineIds)"),
             404: envelope(Envelope, "ERR-VAL-01 (field lineIds): a line not of the company")}

    @app.post(
        "/api/v1/options/compatibility",
        summary="Whether an option can be activated or deactivated on each line (R-65); changes nothing",
        responses={200: envelope(schemas.VerdictsEnvelope, "One verdict per line, in the order sent"), **lists,
                   **common},
        **tagged,
    )
    async def compatibility(request: Request, user: CurrentUser, body: schemas.OptionBody) -> Response:
        data = state.option_compatibility(user, body.optionCode, body.operation, body.lineIds, _lang(request))
        return json_response(ok_body(data), headers=NO_STORE)

    @app.post(
        "/api/v1/options/requests",
        summary="Activate or deactivate an option on 1 to 10 lines (R-65); one running per company; "
        "Idempotency-Key required",
        responses={
            200: envelope(schemas.OptionRequestEnvelope, "The request, running for 5 minutes"),
            **lists,
            409: envelope(schemas.RunningRequestEnvelope, "ERR-OPT-01: a request is still running; data = it"),
            **common,
        },
        **action,
    )
    async def create_request(request: Request, user: CurrentUser, body: schemas.OptionBody) -> Response:
        lang = _lang(request)
        return keyed_action(request, user, lambda: state.create_option_request(
            user, body.optionCode, body.operation, body.lineIds, lang))

    @app.get(
        "/api/v1/options/requests",
        summary="The running option request of the company, if any, and the 20 newest (R-65)",
        responses={200: envelope(schemas.OptionRequestsEnvelope, "The requests"), **common},
        **tagged,
    )
    async def requests(user: CurrentUser) -> Response:
        return json_response(ok_body(state.option_requests(user)), headers=NO_STORE)

    @app.get(
        "/api/v1/lines/{lineId}/services",
        summary="A mobile line's services: Servizi Mobile and Servizi a Sovrapprezzo (R-66)",
        responses={200: envelope(schemas.LineServicesEnvelope, "The services"), **FIXED, **NO_LINE, **common},
        **tagged,
    )
    async def services(request: Request, lineId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.line_services(user, lineId, _lang(request))), headers=NO_STORE)

    @app.post(
        "/api/v1/lines/{lineId}/services/check",
        summary="Whether a service can be activated or deactivated on the line (R-66); changes nothing",
        responses={200: envelope(schemas.ServiceCheckEnvelope, "The verdict"), **FIXED, **NO_LINE, **common},
        **tagged,
    )
    async def check_service(request: Request, lineId: str, user: CurrentUser,
                            body: schemas.ServiceCheckBody) -> Response:
        data = state.check_service(user, lineId, body.code, body.operation, _lang(request))
        return json_response(ok_body(data), headers=NO_STORE)

    @app.post(
        "/api/v1/lines/{lineId}/services",
        summary="Activate or deactivate a service (R-66; premium: confirmPremium); Idempotency-Key required",
        responses={200: envelope(schemas.ServiceEnvelope, "The service as it is now"), **FIXED, **NO_LINE,
                   **common},
        **action,
    )
    async def change_service(request: Request, lineId: str, user: CurrentUser,
                             body: schemas.ServiceBody) -> Response:
        lang = _lang(request)
        return keyed_action(request, user, lambda: state.change_service(
            user, lineId, body.code, body.operation, body.confirmPremium, lang))
