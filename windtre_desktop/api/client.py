"""Synchronous HTTP client for the backend contract (docs/api.md).

One long-lived httpx.Client, an explicit timeout on every call, the wrapped answer
checked by its `status` (a FAIL can come with HTTP 200), and every failure mapped
to a typed `ApiError`: no raw httpx or json exception leaves this module.
The sync feed is asked for as NDJSON and parsed one line at a time, so no single
parse holds the GIL long enough to stall the GUI thread (docs/api.md, "Sync").
Not thread-safe: one ApiClient belongs to one thread (the sync worker).
"""

from __future__ import annotations

import dataclasses
import email.message
import email.utils
import json
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from windtre_desktop.api.accounts import (
    AdminActivationPayload,
    AdminRegistration,
    AdminRegistrationPayload,
    Challenge,
    ChallengePayload,
    EmployeeRegistrationPayload,
    EmployeeVerifyPayload,
    PasswordChangePayload,
    PukPayload,
    Recovery,
    RecoveryConfirmPayload,
    RecoveryPayload,
    Sims,
    TelcoManager,
    TelcoManagerPayload,
    UserJson,
)
from windtre_desktop.api.activations import ActivationsApi
from windtre_desktop.api.errors import (
    ApiError,
    CursorExpired,
    Forbidden,
    LimitReached,
    LineWithoutAccount,
    NotFound,
    NotIdentified,
    OldCredentials,
    OptionRequestRunning,
    OtpError,
    PasswordChangeRequired,
    RateLimited,
    RecoveryRefused,
    RegistrationRefused,
    ResendTooSoon,
    ServerUnavailable,
    SessionExpired,
    SimRefused,
    TicketAlreadyOpen,
    ValidationFailed,
    WrongCredentials,
)
from windtre_desktop.api.fleet import FleetApi
from windtre_desktop.api.invoices import Invoice, InvoiceList, InvoiceShared, Recharges
from windtre_desktop.api.notification_api import NotificationApi
from windtre_desktop.api.options import OptionsApi
from windtre_desktop.api.products import (
    Devices,
    GssMove,
    GssPackage,
    GssPackages,
    GssSim,
    Notification,
    SimCodes,
)
from windtre_desktop.api.recharge_orders import RechargeApi
from windtre_desktop.api.retry import RETRY_STATUSES, RetryPolicy
from windtre_desktop.api.tickets import AttachmentUpload, Ticket, TicketPayload
from windtre_desktop.api.traffic import DailyTraffic, RecordsPage
from windtre_desktop.domain.models import Company, Line, SyncPage, User
from windtre_desktop.domain.server_address import check_server_url
from windtre_desktop.logging_setup import register_secret

log = logging.getLogger(__name__)

API = "/api/v1"
TOKEN_HEADER = "X-W3-Token"
USER_AGENT = "windtre-desktop/0.1"
NDJSON = "application/x-ndjson"
SYNC_ACCEPT = f"{NDJSON}, application/json;q=0.5"

# Error codes of a FAIL answered with a 2xx status; other statuses map by HTTP code.
_CODE_ERRORS: dict[str, type[ApiError]] = {
    "ERR-AUTH-01": WrongCredentials,
    "ERR-AUTH-02": SessionExpired,
    "ERR-AUTH-03": Forbidden,
    "ERR-AUTH-04": OldCredentials,
    "ERR-AUTH-06": NotIdentified,
    "ERR-AUTH-07": LineWithoutAccount,
    "ERR-VAL-01": ValidationFailed,
    "ERR-RATE-01": RateLimited,
    "ERR-SYNC-01": CursorExpired,
    "ERR-SRV-01": ServerUnavailable,
}
# Error codes that name their error whatever the HTTP status (403 ERR-AUTH-05, 429 ERR-OTP-03, 409 ERR-SIM-01…).
_SPECIFIC_CODES: dict[str, type[ApiError]] = {
    "ERR-AUTH-05": PasswordChangeRequired,
    "ERR-OTP-03": ResendTooSoon,
    "ERR-SIM-01": LimitReached,
    "ERR-TKT-01": TicketAlreadyOpen,
    "ERR-OPT-01": OptionRequestRunning,
}
_CODE_FAMILIES: dict[str, type[ApiError]] = {
    "ERR-REG-": RegistrationRefused,
    "ERR-OTP-": OtpError,
    "ERR-REC-": RecoveryRefused,
    "ERR-SIM-": SimRefused,
}


def _specific_error(codes: list[str]) -> type[ApiError] | None:
    for code in codes:
        if code in _SPECIFIC_CODES:
            return _SPECIFIC_CODES[code]
        for prefix, cls in _CODE_FAMILIES.items():
            if code.startswith(prefix):
                return cls
    return None


_STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: ValidationFailed,
    401: SessionExpired,
    403: Forbidden,
    404: NotFound,
    410: CursorExpired,
    413: ValidationFailed,
    422: ValidationFailed,
    429: RateLimited,
}


@dataclass
class _Answer:
    response: httpx.Response
    data: Any


class ApiClient(ActivationsApi, RechargeApi, OptionsApi, NotificationApi, FleetApi):
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        language: str = "it",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self.retry = retry or RetryPolicy()
        self.token: str | None = None
        self.request_count = 0
        self._timeout = httpx.Timeout(timeout)
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=self._timeout,
            headers={
                "Accept": "application/json",
                "Accept-Language": language,
                "Accept-Encoding": "gzip",
                "User-Agent": USER_AGENT,
            },
            transport=transport,
            follow_redirects=False,
            event_hooks={"request": [_refuse_insecure_url, self._count_request]},
        )

    def _count_request(self, request: httpx.Request) -> None:
        self.request_count += 1

    # -- endpoints -------------------------------------------------------------------

    def login(self, username: str, password: str, remember: bool) -> tuple[str, User]:
        """Sign in; on success the token is kept in `self.token` and returned with the user."""
        body = {"username": username, "password": password, "rememberMe": bool(remember)}

        def parse(answer: _Answer) -> tuple[str, User]:
            token = answer.response.headers.get(TOKEN_HEADER)
            if not token:
                raise ServerUnavailable("The server accepted the login but sent no session token.")
            return token, _user(answer.data)

        token, user = self._call("POST", "/login/credentials", json_body=body, parse=parse, may_retry=False)
        register_secret(token)
        self.token = token
        return token, user

    def login_network(self) -> tuple[str, User]:
        """ "Accedi direttamente" (R-10): the mobile network identifies the line; NotIdentified /
        LineWithoutAccount otherwise. The token is kept like `login`'s."""

        def parse(answer: _Answer) -> tuple[str, User]:
            token = answer.response.headers.get(TOKEN_HEADER)
            if not token:
                raise ServerUnavailable("The server accepted the login but sent no session token.")
            return token, _user(answer.data)

        token, user = self._call("POST", "/login/network", parse=parse, may_retry=False)
        register_secret(token)
        self.token = token
        return token, user

    def logout(self) -> None:
        """End the session on the server if it can be reached; the token is dropped anyway."""
        if self.token is None:
            return
        try:
            self._call("POST", "/logout", parse=lambda answer: None, may_retry=False)
        except ApiError as error:
            log.info("logout not confirmed by the server (%s); token dropped locally", type(error).__name__)
        finally:
            self.token = None

    def me(self) -> User:
        return self._call("GET", "/me", parse=lambda answer: _user(answer.data))

    def sync(self, cursor: str | None, etag: str | None) -> SyncPage | None:
        """The change feed since `cursor` (a full snapshot without one); None on 304."""
        params = {"cursor": cursor} if cursor else None
        headers = {"Accept": SYNC_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        return self._call("GET", "/sync", params=params, headers=headers, parse=_parse_sync, allow_304=True)

    # -- accounts (docs/api.md "Accounts"): answers are the contract's data, as dicts --------------------

    def register_admin(
        self, payload: AdminRegistrationPayload, *, idempotency_key: str | None = None
    ) -> AdminRegistration:
        """ "Crea uno User Admin" (R-01): RegistrationRefused ERR-REG-01 (no match) / ERR-REG-02 (R-02)."""
        return self._create("/registration/admin", payload, idempotency_key)

    def activate_admin(
        self, payload: AdminActivationPayload, *, idempotency_key: str | None = None
    ) -> UserJson:
        """The activation step: the new User Admin; RegistrationRefused ERR-REG-02/03/04, ValidationFailed."""
        return self._create("/registration/admin/activate", payload, idempotency_key)

    def register_employee(
        self, payload: EmployeeRegistrationPayload, *, idempotency_key: str | None = None
    ) -> Challenge:
        """ "Crea un account dipendente" (R-04): the challenge; RegistrationRefused ERR-REG-05/06."""
        return self._create("/registration/employee", payload, idempotency_key)

    def verify_puk(self, payload: PukPayload) -> Challenge:
        """Data-only SIM: the PUK; then the code goes by email. OtpError ERR-OTP-05 (attempts_left)."""
        return self._post("/registration/employee/puk", payload)

    def resend_otp(self, payload: ChallengePayload | str) -> Challenge:
        """A new registration code; ResendTooSoon (resend_after) within 30 s of the last one."""
        return self._post("/registration/employee/resend", _challenge(payload))

    def verify_employee(
        self, payload: EmployeeVerifyPayload, *, idempotency_key: str | None = None
    ) -> UserJson:
        """The code and password: the new Dipendente; OtpError (attempts_left) when refused."""
        return self._create("/registration/employee/verify", payload, idempotency_key)

    def recover_password(self, payload: RecoveryPayload | str) -> Recovery:
        """ "Recupera password" (R-08); RecoveryRefused ERR-REC-02 for a Telco Manager (R-09)."""
        body = {"username": payload} if isinstance(payload, str) else dict(payload)
        return self._post("/password/recovery", body)

    def resend_recovery_code(self, payload: ChallengePayload | str) -> Recovery:
        return self._post("/password/recovery/resend", _challenge(payload))

    def confirm_recovery(self, payload: RecoveryConfirmPayload) -> dict[str, str]:
        """The control code and the new password: {"username"}; OtpError when refused."""
        return self._post("/password/recovery/confirm", payload)

    def change_password(self, payload: PasswordChangePayload) -> UserJson:
        """New password (also ends a temporary password's forced change): the user object."""
        return self._post("/password/change", payload)

    def telco_managers(self) -> list[TelcoManager]:
        return self._call("GET", "/telco-managers", parse=lambda answer: list(answer.data))

    def create_telco_manager(
        self, payload: TelcoManagerPayload, *, idempotency_key: str | None = None
    ) -> TelcoManager:
        """R-03: a temporary password goes to the new Telco Manager by email."""
        return self._create("/telco-managers", payload, idempotency_key)

    def delete_telco_manager(self, username: str) -> None:
        """R-03: only its creator may; Forbidden otherwise, NotFound when there is no such Telco Manager."""
        self._call("DELETE", f"/telco-managers/{quote(username, safe='')}", parse=lambda answer: None)

    def my_sims(self) -> Sims:
        return self._call("GET", "/me/sims", parse=lambda answer: dict(answer.data))

    def associate_sim(self, msisdn: str, *, idempotency_key: str | None = None) -> Sims:
        """ "Associa SIM" (R-04): the SIMs after it; LimitReached (ERR-SIM-01) or SimRefused when refused."""
        return self._create("/me/sims", {"msisdn": msisdn}, idempotency_key)

    def dissociate_sim(self, msisdn: str) -> Sims:
        return self._call(
            "DELETE", f"/me/sims/{quote(msisdn, safe='+')}", parse=lambda answer: dict(answer.data)
        )

    def delete_account(self) -> None:
        """R-11: deletes the Dipendente's own account; its sessions end, so the token is dropped."""
        self._call("DELETE", "/me", parse=lambda answer: None)
        self.token = None

    # -- tickets (docs/api.md "Tickets", R-70…R-73) ------------------------------------------------------

    def create_ticket(
        self, ticket: TicketPayload, attachments: list[AttachmentUpload] = (), *, idempotency_key: str
    ) -> Ticket:
        """File a ticket: multipart, each file part named after its kind. The key is required and must be
        the same for every try of one ticket (kept in the outbox): a repeat returns the first ticket, so
        the call is retried after a timeout, a dropped connection, 429 or 5xx. TicketAlreadyOpen (R-73),
        ValidationFailed (`.fields`) when refused."""
        if not idempotency_key:
            raise ValueError("create_ticket needs the ticket's idempotency key")
        files = [
            ("ticket", (None, json.dumps(dict(ticket), ensure_ascii=False).encode(), "application/json"))
        ]
        files += [
            (kind, (filename, data, content_type)) for kind, filename, data, content_type in attachments
        ]
        return self._call(
            "POST",
            "/tickets",
            files=files,
            headers={"Idempotency-Key": idempotency_key},
            parse=lambda answer: answer.data,
        )

    def tickets(self) -> list[Ticket]:
        """The company's tickets, newest first."""
        return self._call("GET", "/tickets", parse=lambda answer: list(answer.data))

    def ticket(self, ticket_id: str) -> Ticket:
        """One ticket with its status history; NotFound when unknown."""
        return self._call("GET", f"/tickets/{quote(ticket_id, safe='')}", parse=lambda answer: answer.data)

    def open_ticket(self) -> Ticket | None:
        """The company's open or in-progress ticket, or None (R-73: warn before the user types)."""
        return self._call("GET", "/tickets/open", parse=lambda answer: answer.data)

    def ticket_attachment(self, ticket_id: str, attachment_id: str) -> bytes:
        """The bytes of one attachment of a ticket."""
        path = f"/tickets/{quote(ticket_id, safe='')}/attachments/{quote(attachment_id, safe='')}"
        return self._call("GET", path, parse=lambda answer: answer.data, binary=True)

    def imei_block_form(self) -> bytes:
        """The blank IMEI block request form (PDF) to print and fill in."""
        return self._call("GET", "/tickets/forms/imei-block", parse=lambda answer: answer.data, binary=True)

    # -- invoices and recharges (docs/api.md "Invoices and recharges", R-40…R-43) ------------------------

    def invoices(self, etag: str | None = None) -> InvoiceList | None:
        """The invoices of the last 24 months, newest first; None on 304 (nothing changed since `etag`)."""
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: _Answer) -> InvoiceList:
            items: list[Invoice] = list(answer.data)
            return InvoiceList(items, answer.response.headers.get("ETag"))

        return self._call("GET", "/invoices", headers=headers, parse=parse, allow_304=True)

    def invoice_pdf(self, invoice_id: str) -> bytes:
        """The invoice's PDF (no fiscal validity, R-42); NotFound when unknown."""
        return self._download(f"/invoices/{quote(invoice_id, safe='')}/pdf")

    def invoice_call_detail(self, invoice_id: str, *, pdf: bool = False) -> bytes:
        """The call detail (R-41): CSV, or PDF with `pdf=True`; NotFound when the invoice has none."""
        headers = {"Accept": "application/pdf" if pdf else "text/csv"}
        return self._download(f"/invoices/{quote(invoice_id, safe='')}/call-detail", headers)

    def invoice_fatturapa(self, invoice_id: str) -> tuple[str, bytes]:
        """(filename, bytes) of the FatturaPA file: `.xml`, or `.xml.p7m` when signed."""
        path = f"/invoices/{quote(invoice_id, safe='')}/fatturapa"

        def parse(answer: _Answer) -> tuple[str, bytes]:
            return _filename(answer.response, f"{invoice_id}.xml"), answer.data

        return self._call("GET", path, parse=parse, binary=True)

    def share_invoice(
        self, invoice_id: str, email: str, *, idempotency_key: str | None = None
    ) -> InvoiceShared:
        """E-mail the invoice's PDF to `email` (ValidationFailed, field `email`, when invalid)."""
        return self._create(
            f"/invoices/{quote(invoice_id, safe='')}/share", {"email": email}, idempotency_key
        )

    def recharges(self, line_id: str) -> Recharges:
        """The line's recharge history (R-43): `done` and `attempts`, newest first."""
        return self._call(
            "GET", f"/lines/{quote(line_id, safe='')}/recharges", parse=lambda answer: answer.data
        )

    # -- traffic (docs/api.md "Traffic", R-30…R-32) -------------------------------------------------------

    def line_traffic_daily(self, line_id: str, *, first: str | None = None, last: str | None = None,
                           type: str | None = None, etag: str | None = None) -> DailyTraffic | None:
        """Daily aggregates of one line by type (days `first`…`last`, YYYY-MM-DD; default the whole window);
        None on 304."""
        return self._daily(f"/lines/{quote(line_id, safe='')}/traffic/daily",
                           _period(first, last, type), etag)

    def company_traffic_daily(self, *, first: str | None = None, last: str | None = None, top: int | None = None,
                              etag: str | None = None) -> DailyTraffic | None:
        """The whole company's daily aggregates and its top lines by data, voice and spend, in one request
        whatever the line count; None on 304."""
        params = _period(first, last, None)
        if top is not None:
            params["top"] = str(top)
        return self._daily("/traffic/daily", params, etag)

    def line_traffic_records(self, line_id: str, *, first: str | None = None, last: str | None = None,
                             type: str | None = None, limit: int | None = None,
                             cursor: str | None = None) -> RecordsPage:
        """One page of a line's records, oldest first; pass the page's `next_cursor` for the next one."""
        return self._records(f"/lines/{quote(line_id, safe='')}/traffic/records", first, last, type, limit, cursor)

    def line_traffic_export(self, line_id: str, *, first: str | None = None, last: str | None = None,
                            limit: int | None = None, cursor: str | None = None) -> RecordsPage:
        """A page of "DOWNLOAD TRAFFICO" (R-32): a line's records over at most 90 days (ValidationFailed,
        field `from`, when longer), with the line the sheet is about."""
        return self._records(f"/lines/{quote(line_id, safe='')}/traffic/export", first, last, None, limit, cursor)

    # -- products and Giga Smart Share (docs/api.md "Products and Giga Smart Share", R-22, R-50…R-82) ------------

    def gss_packages(self, etag: str | None = None) -> GssPackages | None:
        """The company's GSS packages with the plan and extra steps the actions accept (R-50); None on 304.
        Forbidden for a Dipendente."""
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: _Answer) -> GssPackages:
            data = answer.data
            return GssPackages(list(data["packages"]), [int(v) for v in data["planSteps"]],
                               [int(v) for v in data["extraSteps"]], answer.response.headers.get("ETag"))

        return self._call("GET", "/gss/packages", headers=headers, parse=parse, allow_304=True)

    def gss_sims(self, package_id: str) -> list[GssSim]:
        """A package's SIMs with their used data and remaining credit (R-50 "Visualizza"); NotFound when the
        package is unknown."""
        path = f"/gss/packages/{quote(package_id, safe='')}/sims"
        return self._call("GET", path, parse=lambda answer: list(answer.data["sims"]))

    def devices(self, etag: str | None = None) -> Devices | None:
        """The devices tied to the company (R-51); None on 304."""
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: _Answer) -> Devices:
            return Devices(list(answer.data["devices"]), answer.response.headers.get("ETag"))

        return self._call("GET", "/devices", headers=headers, parse=parse, allow_304=True)

    def sim_codes(self, line_id: str) -> SimCodes:
        """A mobile line's PIN and PUK (R-22), asked for when the user wants to see them. The codes are
        registered as secrets before this returns, so no log line can carry them; the answer body is never
        logged. ValidationFailed (field `lineId`) for a fixed line, Forbidden for a line not the user's."""

        def parse(answer: _Answer) -> SimCodes:
            data = answer.data
            codes = SimCodes(str(data["lineId"]), str(data["msisdn"]), str(data["pin"]), str(data["puk"]))
            register_secret(codes.pin)
            register_secret(codes.puk)
            return codes

        return self._call("GET", f"/lines/{quote(line_id, safe='')}/sim-codes", parse=parse)

    def gss_change_plan(self, package_id: str, giga_plan: int, idempotency_key: str) -> GssPackage:
        """Upgrade or downgrade a package's Giga (R-60): the package after the change; ValidationFailed
        (field `gigaPlan`) when refused."""
        return self._gss_action(f"/gss/packages/{quote(package_id, safe='')}/plan", {"gigaPlan": giga_plan},
                                idempotency_key)["package"]

    def gss_change_referent(self, package_id: str, phone: str, idempotency_key: str) -> GssPackage:
        """Change a package's referent phone (R-60); ValidationFailed (field `phone`) when not an Italian
        mobile."""
        return self._gss_action(f"/gss/packages/{quote(package_id, safe='')}/referent", {"phone": phone},
                                idempotency_key)["package"]

    def gss_add_extra(self, package_id: str, giga: int, idempotency_key: str) -> GssPackage:
        """Add extra Giga (R-60, at most 100 a month); ValidationFailed (field `giga`) when refused."""
        return self._gss_action(f"/gss/packages/{quote(package_id, safe='')}/extra-giga", {"giga": giga},
                                idempotency_key)["package"]

    def gss_move(self, from_id: str, to_id: str, line_ids: list[str], idempotency_key: str) -> GssMove:
        """Move SIMs between packages (R-60): both packages after it; ValidationFailed naming `lineIds` or
        `to` when refused."""
        data = self._gss_action("/gss/moves", {"from": from_id, "to": to_id, "lineIds": list(line_ids)},
                                idempotency_key)
        return GssMove(data["from"], data["to"])

    def notifications(self) -> list[Notification]:
        """The company's events, newest first (R-82 GSS thresholds); empty for a Dipendente."""
        return self._call("GET", "/notifications", parse=lambda answer: list(answer.data["notifications"]))

    def _gss_action(self, path: str, body: dict[str, Any], idempotency_key: str) -> dict:
        """A package action: the key is required and must be the same for every try of one change, so a
        retry after a lost answer gets the first result instead of changing twice."""
        if not idempotency_key:
            raise ValueError("a package action needs its idempotency key")
        return self._call("POST", path, json_body=body, headers={"Idempotency-Key": idempotency_key},
                          parse=lambda answer: dict(answer.data))

    def _daily(self, path: str, params: dict[str, str], etag: str | None) -> DailyTraffic | None:
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: _Answer) -> DailyTraffic:
            data = answer.data
            return DailyTraffic(data["from"], data["to"], list(data["days"]), dict(data["totals"]),
                                answer.response.headers.get("ETag"), data.get("top"), data.get("lineCount"))

        return self._call("GET", path, params=params, headers=headers, parse=parse, allow_304=True)

    def _records(self, path: str, first: str | None, last: str | None, type: str | None, limit: int | None,
                 cursor: str | None) -> RecordsPage:
        params = _period(first, last, type)
        if limit is not None:
            params["limit"] = str(limit)
        if cursor:
            params["cursor"] = cursor

        def parse(answer: _Answer) -> RecordsPage:
            data = answer.data
            return RecordsPage(data["from"], data["to"], int(data["totalRecords"]), list(data["records"]),
                               data.get("nextCursor"), data.get("line"))

        return self._call("GET", path, params=params, parse=parse)

    def _download(self, path: str, headers: dict[str, str] | None = None) -> bytes:
        return self._call("GET", path, headers=headers, parse=lambda answer: answer.data, binary=True)

    def _post(self, path: str, body: Mapping[str, Any]) -> Any:
        """A POST that is not repeated on failure (it may count an attempt or send a code)."""
        return self._call(
            "POST", path, json_body=dict(body), parse=lambda answer: answer.data, may_retry=False
        )

    def _create(self, path: str, body: Mapping[str, Any], idempotency_key: str | None) -> Any:
        """A POST that creates something: with an Idempotency-Key (one per logical request, kept across
        retries), so it may be retried after a transient failure without doing the thing twice."""
        headers = {"Idempotency-Key": idempotency_key or str(uuid.uuid4())}
        return self._call(
            "POST", path, json_body=dict(body), headers=headers, parse=lambda answer: answer.data
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        parse: Callable[[_Answer], Any],
        params: dict | None = None,
        headers: dict[str, str] | None = None,
        json_body: Any = None,
        may_retry: bool = True,
        allow_304: bool = False,
        files: list | None = None,
        binary: bool = False,
    ) -> Any:
        idempotent = may_retry and RetryPolicy.may_retry(method, headers)

        def attempt() -> Any:
            answer = self._send(
                method, path, params=params, headers=headers, json_body=json_body, files=files, binary=binary
            )
            if answer is None:
                if allow_304:
                    return None
                raise ServerUnavailable("Unexpected 304 answer.", status=304, retryable=False)
            try:
                return parse(answer)
            except ApiError:
                raise
            except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                raise ServerUnavailable(
                    f"The server's answer was not understood ({type(error).__name__})."
                ) from None

        return self.retry.call(attempt, idempotent=idempotent, what=f"{method} {path}")

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict | None,
        headers: dict[str, str] | None,
        json_body: Any,
        files: list | None = None,
        binary: bool = False,
    ) -> _Answer | None:
        request_headers = dict(headers or {})
        if self.token:
            request_headers[TOKEN_HEADER] = self.token
        started = time.perf_counter()
        try:
            response = self._http.request(
                method,
                API + path,
                params=params,
                headers=request_headers,
                json=json_body,
                files=files,
                timeout=self._timeout,
            )
        except httpx.TimeoutException:
            log.warning("%s %s timed out after %.0f ms", method, path, _ms(started))
            raise ServerUnavailable("The server did not answer in time.") from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError) as error:
            # Connection refused, dropped without an answer, body cut short, bad gzip…
            log.warning("%s %s failed after %.0f ms: %s", method, path, _ms(started), type(error).__name__)
            raise ServerUnavailable() from None
        log.info("%s %s -> %d (%.0f ms)", method, path, response.status_code, _ms(started))
        if response.status_code == 304:
            return None
        if binary and 200 <= response.status_code < 300:
            return _Answer(response, response.content)  # a file download: not wrapped
        return _Answer(response, _unwrap(response))


def _refuse_insecure_url(request: httpx.Request) -> None:
    """Defence in depth for the address rule checked in __init__: whatever built the URL (a changed base_url, an
    absolute URL from an answer), plain http to another computer is never sent (ServerAddressError)."""
    check_server_url(str(request.url))


def _filename(response: httpx.Response, default: str) -> str:
    """The file name of a download's Content-Disposition (no path parts), else `default`."""
    message = email.message.Message()
    message["content-disposition"] = response.headers.get("content-disposition", "")
    name = message.get_filename() or default
    return name.replace("\\", "/").rsplit("/", 1)[-1] or default


def _challenge(payload: Mapping[str, Any] | str) -> dict[str, Any]:
    return {"challengeId": payload} if isinstance(payload, str) else dict(payload)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _unwrap(response: httpx.Response) -> Any:
    """The wrapper's `data` of a successful answer; else raises the matching ApiError."""
    status = response.status_code
    wrapper = _wrapper(response)
    codes = [str(c) for c in _list_of(wrapper, "errorCodes")]
    code = codes[0] if codes else None
    message, field = _first_message(wrapper)
    server_text = message is not None  # the server's words, in the language asked (else the client's English)
    specific = _specific_error(codes) if wrapper is not None and wrapper.get("status") == "FAIL" else None

    if 200 <= status < 300:
        if wrapper is None:
            raise ServerUnavailable("The server's answer was not valid JSON.", status=status)
        if wrapper.get("status") == "OK":
            return wrapper.get("data")
        cls = specific or next((_CODE_ERRORS[c] for c in codes if c in _CODE_ERRORS), ApiError)
    elif status >= 500:
        failure = ServerUnavailable(message, code=code, status=status, retryable=status in RETRY_STATUSES)
        failure.from_server = server_text
        raise failure
    elif specific is not None:
        cls = specific
    elif status in _STATUS_ERRORS:
        cls = _STATUS_ERRORS[status]
    else:
        cls = ApiError
        message = message or f"Unexpected answer from the server (HTTP {status})."

    data = (wrapper or {}).get("data")
    error: ApiError
    if issubclass(cls, ValidationFailed):
        error = cls(message, code=code, status=status, field=field, fields=_field_messages(wrapper))
    elif issubclass(cls, ResendTooSoon):
        error = cls(message, code=code, status=status, data=data, retry_after=_retry_after(response))
    elif issubclass(cls, RateLimited):
        error = cls(message, code=code, status=status, retry_after=_retry_after(response))
    else:
        error = cls(message, code=code, status=status)
    error.data = data
    error.from_server = server_text
    raise error


def _is_ndjson(response: httpx.Response) -> bool:
    return response.headers.get("Content-Type", "").partition(";")[0].strip().lower() == NDJSON


def _wrapper(response: httpx.Response) -> dict | None:
    """The parsed wrapper: the whole body, or only its first line when the body is NDJSON."""
    content = response.content
    if _is_ndjson(response):
        end = content.find(b"\n")
        if end < 0:
            return None
        content = content[:end]
    try:
        parsed = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(parsed, dict) or parsed.get("status") not in ("OK", "FAIL"):
        return None
    return parsed


def _list_of(wrapper: dict | None, key: str) -> list:
    """The wrapper's `errorCodes` or `messages`; a value of another type is read as none."""
    value = (wrapper or {}).get(key)
    return value if isinstance(value, list) else []


def _first_message(wrapper: dict | None) -> tuple[str | None, str | None]:
    """The first ERROR message (else the first message) and the first field named."""
    messages = [m for m in _list_of(wrapper, "messages") if isinstance(m, dict)]
    errors = [m for m in messages if m.get("type") == "ERROR"] or messages
    text = next((str(m["message"]) for m in errors if m.get("message")), None)
    field = next((str(m["field"]) for m in messages if m.get("field")), None)
    return text, field


def _field_messages(wrapper: dict | None) -> dict[str, str]:
    """Every field named by the answer's messages, with its (first) message."""
    fields: dict[str, str] = {}
    for message in _list_of(wrapper, "messages"):
        if isinstance(message, dict) and message.get("field"):
            fields.setdefault(str(message["field"]), str(message.get("message") or ""))
    return fields


def _user(raw: dict) -> User:
    """The user object, with mustChangePassword (R-08) read too."""
    return dataclasses.replace(User.from_json(raw), must_change_password=bool(raw.get("mustChangePassword")))


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds, from either of its forms (delta-seconds or HTTP date)."""
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _parse_sync(answer: _Answer) -> SyncPage:
    data = answer.data
    if _is_ndjson(answer.response):
        lines = _ndjson_lines(answer.response.content, data["lineCount"])
    else:
        lines = [Line.from_json(raw) for raw in data.get("lines") or ()]
    return SyncPage(
        cursor=str(data["cursor"]),
        full=bool(data["full"]),
        company=Company.from_json(data["company"]) if data.get("company") else None,
        user=_user(data["user"]) if data.get("user") else None,
        lines=lines,
        deleted_line_ids=[str(i) for i in data.get("deletedLineIds") or ()],
        server_time=str(data.get("serverTime") or ""),
        etag=answer.response.headers.get("ETag"),
    )


def _ndjson_lines(content: bytes, count: Any) -> list[Line]:
    """The `count` lines after the first line of an NDJSON body, each parsed and built on its own.

    One small json.loads per line (not one over the whole body) lets the interpreter hand the GIL to
    the GUI thread between lines; each line's bytes and dict are dropped as soon as its Line is built.
    A body with another number of lines, or whose last line is cut short, is a broken answer."""
    if type(count) is not int or count < 0:
        raise ServerUnavailable("The server's sync answer has no valid line count.")
    lines: list[Line] = []
    start = content.find(b"\n") + 1
    size = len(content)
    while start < size:
        if len(lines) == count:
            raise ServerUnavailable(f"The server's sync answer has more than the {count} lines it announced.")
        end = content.find(b"\n", start)
        if end < 0:
            raise ServerUnavailable("The server's sync answer was cut short.")
        lines.append(Line.from_json(json.loads(content[start:end])))
        start = end + 1
    if len(lines) != count:
        raise ServerUnavailable(
            f"The server's sync answer has {len(lines)} of the {count} lines it announced."
        )
    return lines


def _period(first: str | None, last: str | None, type: str | None) -> dict[str, str]:
    """The query of a traffic request: only the parameters given (the server's defaults for the rest)."""
    params = {"from": first, "to": last, "type": type}
    return {key: value for key, value in params.items() if value}
