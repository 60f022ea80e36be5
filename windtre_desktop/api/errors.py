"""Typed errors of the API client: every failure, HTTP or transport, becomes one of these."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Base of every API failure. `message` is the server's text when it gave one,
    `code` its error code (ERR-...), `status` the HTTP status when there was an answer,
    `data` the FAIL's data when it carried some (e.g. {"attemptsLeft": 2}).
    `retryable` says whether repeating the same (idempotent) request may succeed.
    `from_server` is True when `message` is the server's own text, in the language the client asked for;
    otherwise it is the client's English wording for the log, and a view shows its own translated words."""

    default_message = "The server returned an error."
    retryable = False
    from_server = False

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        data: Any = None,
    ) -> None:
        self.message = message or self.default_message
        self.code = code
        self.status = status
        self.data = data
        super().__init__(self.message)


class WrongCredentials(ApiError):
    default_message = "Wrong username or password."


class OldCredentials(WrongCredentials):
    default_message = "These are old Wind or Tre credentials: a new registration is needed."


class SessionExpired(ApiError):
    default_message = "The session has expired: please sign in again."


class Forbidden(ApiError):
    default_message = "Your role may not do this."


class PasswordChangeRequired(Forbidden):
    """ERR-AUTH-05: the session was opened with a temporary password; change it first (R-08)."""

    default_message = "You signed in with a temporary password: choose a new password first."


class ValidationFailed(ApiError):
    """ERR-VAL-01. `field` is the first field named; `fields` maps every field named to its message."""

    default_message = "A field is not valid."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        field: str | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status)
        self.field = field
        self.fields = fields if fields is not None else ({field: self.message} if field else {})


class NotIdentified(ApiError):
    """ERR-AUTH-06: autologin, the mobile network identified no line (R-10)."""

    default_message = "The network did not identify your line: sign in with username and password."


class LineWithoutAccount(NotIdentified):
    """ERR-AUTH-07: autologin, the identified line has no account that may use it (R-10)."""

    default_message = "This line has no account for direct sign-in: create an employee account first."


class RegistrationRefused(ApiError):
    """ERR-REG-01…06: the registration was refused (R-01, R-02, R-04); `.code` says why."""

    default_message = "The registration was refused."


class OtpError(ApiError):
    """ERR-OTP-01/02/04/05/06: a code or PUK refused, expired or the challenge over; `.attempts_left`
    is set for a wrong code or PUK."""

    default_message = "The code was not accepted."

    @property
    def attempts_left(self) -> int | None:
        value = (self.data or {}).get("attemptsLeft") if isinstance(self.data, dict) else None
        return value if isinstance(value, int) else None


class ResendTooSoon(OtpError):
    """ERR-OTP-03 (HTTP 429): a new code was asked before the cooldown ended; `.resend_after` seconds.
    Not retried automatically: the user asks again."""

    default_message = "Please wait before asking for a new code."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        data: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status, data=data)
        wait = (data or {}).get("resendAfter") if isinstance(data, dict) else None
        self.resend_after: float | None = float(wait) if isinstance(wait, int | float) else retry_after
        self.retry_after = self.resend_after


class RecoveryRefused(ApiError):
    """ERR-REC-01/02: password recovery refused (ERR-REC-02: a Telco Manager, R-09)."""

    default_message = "Password recovery is not possible for this account."


class SimRefused(ApiError):
    """ERR-SIM-02/03: the SIM cannot be associated (R-04)."""

    default_message = "This SIM cannot be associated."


class LimitReached(SimRefused):
    """ERR-SIM-01: two SIMs are already associated, the most allowed (R-04)."""

    default_message = "Two SIMs are already associated, the most allowed."


class TicketAlreadyOpen(ApiError):
    """ERR-TKT-01 (HTTP 409): a ticket of the company is still open or in progress (R-73);
    `.open_ticket_id` and `.open_ticket_number` name it."""

    default_message = "A ticket is already open or in progress."

    @property
    def open_ticket_id(self) -> str | None:
        value = self.data.get("id") if isinstance(self.data, dict) else None
        return value if isinstance(value, str) else None

    @property
    def open_ticket_number(self) -> str | None:
        value = self.data.get("number") if isinstance(self.data, dict) else None
        return value if isinstance(value, str) else None


class OptionRequestRunning(ApiError):
    """ERR-OPT-01 (HTTP 409): an option request of the company is still running (R-65); `.running` is that
    request as the server sent it (id, progress, expectedAt…)."""

    default_message = "An option request is still running."

    @property
    def running(self) -> dict | None:
        return dict(self.data) if isinstance(self.data, dict) else None


class RateLimited(ApiError):
    default_message = "Too many requests: please try again shortly."
    retryable = True

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status)
        self.retry_after = retry_after


class ServerUnavailable(ApiError):
    """5xx, connection refused or dropped, timeout, truncated or malformed answer."""

    default_message = "The server cannot be reached or did not answer properly."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        retryable: bool = True,
    ) -> None:
        super().__init__(message, code=code, status=status)
        self.retryable = retryable


class CursorExpired(ApiError):
    default_message = "The sync cursor expired: a full sync is needed."


class NotFound(ApiError):
    default_message = "Not found."


class Cancelled(ApiError):
    """The caller's cancellation hook asked to stop before or between attempts."""

    default_message = "The request was cancelled."
