"""The /api/v1 account endpoints (docs/api.md "Accounts", R-01…R-12): thin routes over sandbox.accounts."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    idempotent,
    json_response,
)
from windtre_desktop.sandbox.messages import ok_body, ok_body_raw
from windtre_desktop.sandbox.state import State

PUBLIC_WHO = "public"


def _ok(data: object) -> Response:
    return json_response(ok_body(data), headers=NO_STORE)


def _ok_raw(data_json: str) -> Response:
    return json_response(ok_body_raw(data_json.encode()), headers=NO_STORE)


def _responses(ok: tuple[type, str], *fails: int, **more: dict) -> dict:
    answers: dict = {200: envelope(*ok)}
    answers.update({code: FAILS[code] for code in fails})
    answers.update({int(code.removeprefix("s")): value for code, value in more.items()})
    return answers


OTP_FAIL = envelope(
    schemas.OtpFailEnvelope,
    "OK; or FAIL (HTTP 200) with an ERR-OTP code: ERR-OTP-01/-05 carry data.attemptsLeft",
)
RESEND_429 = envelope(
    schemas.OtpFailEnvelope,
    "ERR-OTP-03: a new code asked too early (Retry-After, data.resendAfter); or ERR-RATE-01",
)
IDEMPOTENT = {"openapi_extra": {"parameters": [IDEMPOTENCY_HEADER]}}


def add_account_routes(app: FastAPI, state: State) -> None:
    registration = {"tags": ["registration"], "response_model": None}
    password = {"tags": ["password"], "response_model": None}
    managers = {"tags": ["telco-managers"], "response_model": None}
    me = {"tags": ["me"], "response_model": None}

    # -- login by the mobile network (R-10) -------------------------------------------------------------
    @app.post(
        "/api/v1/login/network",
        tags=["auth"],
        summary="Autologin: the mobile network identifies the line (Dipendenti only, R-10)",
        response_model=None,
        responses={
            200: {
                **envelope(schemas.UserEnvelope, "OK with the user; or FAIL ERR-AUTH-06 / ERR-AUTH-07"),
                "headers": {
                    "X-W3-Token": {"description": "Session token (OK only)", "schema": {"type": "string"}}
                },
            },
            429: FAILS[429],
        },
    )
    async def login_network() -> Response:
        token, user_json = state.login_network()
        return json_response(ok_body_raw(user_json.encode()), headers={"X-W3-Token": token, **NO_STORE})

    # -- User Admin registration (R-01, R-02) ----------------------------------------------------------
    @app.post(
        "/api/v1/registration/admin",
        summary="Register the company's User Admin: data checked against the contract (R-01, R-02)",
        responses=_responses(
            (schemas.AdminRegistrationEnvelope, "OK; or FAIL ERR-REG-01 (no match) / ERR-REG-02 (has one)"),
            400,
            429,
        ),
        **registration,
        **IDEMPOTENT,
    )
    async def register_admin(request: Request, body: schemas.AdminRegistrationBody) -> Response:
        return idempotent(request, PUBLIC_WHO, lambda: _ok(state.register_admin(body.model_dump())))

    @app.post(
        "/api/v1/registration/admin/activate",
        summary="Activate the User Admin with the emailed code: choose username and password",
        responses=_responses(
            (schemas.UserEnvelope, "OK with the new user; or FAIL ERR-REG-02 / ERR-REG-03 / ERR-REG-04"),
            400,
            429,
        ),
        **registration,
        **IDEMPOTENT,
    )
    async def activate_admin(request: Request, body: schemas.AdminActivationBody) -> Response:
        return idempotent(request, PUBLIC_WHO, lambda: _ok_raw(state.activate_admin(body.model_dump())))

    # -- Dipendente registration (R-04) ------------------------------------------------------------------
    @app.post(
        "/api/v1/registration/employee",
        summary="Register a Dipendente: line + email; a code by SMS, or the PUK first for a data-only SIM",
        responses=_responses(
            (schemas.ChallengeEnvelope, "OK with the challenge; or FAIL ERR-REG-05 / ERR-REG-06"), 400, 429
        ),
        **registration,
        **IDEMPOTENT,
    )
    async def register_employee(request: Request, body: schemas.EmployeeRegistrationBody) -> Response:
        return idempotent(request, PUBLIC_WHO, lambda: _ok(state.register_employee(body.model_dump())))

    @app.post(
        "/api/v1/registration/employee/puk",
        summary="Data-only SIM: prove possession with the PUK; the code then goes by email",
        responses={200: OTP_FAIL, 400: FAILS[400], 429: FAILS[429]},
        **registration,
    )
    async def registration_puk(body: schemas.PukBody) -> Response:
        return _ok(state.verify_puk(body.model_dump()))

    @app.post(
        "/api/v1/registration/employee/resend",
        summary="A new registration code (once every 30 s)",
        responses={200: OTP_FAIL, 400: FAILS[400], 429: RESEND_429},
        **registration,
    )
    async def registration_resend(body: schemas.ChallengeBody) -> Response:
        return _ok(state.resend_code(body.challengeId, "register"))

    @app.post(
        "/api/v1/registration/employee/verify",
        summary="Check the code and create the Dipendente (username: the line's national number)",
        responses={200: OTP_FAIL, 400: FAILS[400], 429: FAILS[429]},
        **registration,
        **IDEMPOTENT,
    )
    async def registration_verify(request: Request, body: schemas.EmployeeVerifyBody) -> Response:
        return idempotent(request, PUBLIC_WHO, lambda: _ok_raw(state.verify_employee(body.model_dump())))

    # -- password recovery and change (R-08, R-09) ------------------------------------------------------
    @app.post(
        "/api/v1/password/recovery",
        summary="Recover the password: a control code, or a temporary password for a User Admin (R-08)",
        responses=_responses(
            (schemas.RecoveryEnvelope, "OK; or FAIL ERR-REC-01 / ERR-REC-02 (Telco Manager, R-09)"), 400, 429
        ),
        **password,
    )
    async def recover(body: schemas.RecoveryBody) -> Response:
        return _ok(state.recover_password(body.username))

    @app.post(
        "/api/v1/password/recovery/resend",
        summary="A new control code (once every 30 s)",
        responses={200: OTP_FAIL, 400: FAILS[400], 429: RESEND_429},
        **password,
    )
    async def recovery_resend(body: schemas.ChallengeBody) -> Response:
        return _ok(state.resend_recovery(body.challengeId))

    @app.post(
        "/api/v1/password/recovery/confirm",
        summary="Check the control code and set the new password",
        responses={200: OTP_FAIL, 400: FAILS[400], 429: FAILS[429]},
        **password,
    )
    async def recovery_confirm(body: schemas.RecoveryConfirmBody) -> Response:
        return _ok(state.confirm_recovery(body.model_dump()))

    @app.post(
        "/api/v1/password/change",
        summary="Change the password (ends a temporary password's forced change)",
        responses=_responses((schemas.UserEnvelope, "OK with the user"), 400, 401, 403, 429),
        **password,
    )
    async def change_password(user: CurrentUser, body: schemas.PasswordChangeBody) -> Response:
        return _ok_raw(state.change_password(user, body.oldPassword, body.newPassword))

    # -- Telco Managers (R-03) ---------------------------------------------------------------------------
    @app.get(
        "/api/v1/telco-managers",
        summary="The company's Telco Managers (User Admin only)",
        responses=_responses((schemas.TelcoManagersEnvelope, "The list"), 401, 403, 429),
        **managers,
    )
    async def telco_managers(user: CurrentUser) -> Response:
        return _ok(state.telco_managers(user))

    @app.post(
        "/api/v1/telco-managers",
        summary="Create a Telco Manager; a temporary password goes by email (User Admin only)",
        responses=_responses((schemas.TelcoManagerEnvelope, "The new Telco Manager"), 400, 401, 403, 429),
        **managers,
        **IDEMPOTENT,
    )
    async def create_telco_manager(
        request: Request, user: CurrentUser, body: schemas.TelcoManagerBody
    ) -> Response:
        return idempotent(
            request, user.username, lambda: _ok(state.create_telco_manager(user, body.model_dump()))
        )

    @app.delete(
        "/api/v1/telco-managers/{username}",
        summary="Delete a Telco Manager (only the User Admin who created it, R-03)",
        responses=_responses(
            (schemas.Envelope, "OK, data null"),
            401,
            403,
            429,
            s404=envelope(schemas.Envelope, "ERR-VAL-01 (field username): no such Telco Manager"),
        ),
        **managers,
    )
    async def delete_telco_manager(username: str, user: CurrentUser) -> Response:
        state.delete_telco_manager(user, username)
        return _ok(None)

    # -- Associa SIM and own account (R-11) ---------------------------------------------------------
    @app.get(
        "/api/v1/me/sims",
        summary="The own line and the associated SIMs (Dipendente)",
        responses=_responses((schemas.SimsEnvelope, "The SIMs"), 401, 403, 429),
        **me,
    )
    async def my_sims(user: CurrentUser) -> Response:
        return _ok(state.my_sims(user))

    @app.post(
        "/api/v1/me/sims",
        summary="Associate a SIM of the same P.IVA (at most two, R-04)",
        responses=_responses(
            (schemas.SimsEnvelope, "The SIMs"),
            400,
            401,
            403,
            429,
            s409=envelope(schemas.Envelope, "ERR-SIM-01 (two already) / ERR-SIM-02 / ERR-SIM-03"),
        ),
        **me,
        **IDEMPOTENT,
    )
    async def associate_sim(request: Request, user: CurrentUser, body: schemas.SimBody) -> Response:
        return idempotent(request, user.username, lambda: _ok(state.associate_sim(user, body.msisdn)))

    @app.delete(
        "/api/v1/me/sims/{msisdn}",
        summary="Dissociate a SIM",
        responses=_responses(
            (schemas.SimsEnvelope, "The SIMs"),
            401,
            403,
            429,
            s404=envelope(schemas.Envelope, "ERR-VAL-01 (field msisdn): not associated to you"),
        ),
        **me,
    )
    async def dissociate_sim(msisdn: str, user: CurrentUser) -> Response:
        return _ok(state.dissociate_sim(user, msisdn))

    @app.delete(
        "/api/v1/me",
        summary="Delete the own Dipendente account; lines untouched (R-11)",
        responses=_responses((schemas.Envelope, "OK, data null"), 401, 403, 429),
        **me,
    )
    async def delete_me(user: CurrentUser) -> Response:
        state.delete_account(user)
        return _ok(None)
