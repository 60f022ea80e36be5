"""Typed errors of the API client: every failure, HTTP or transport, becomes one of these."""

from __future__ import annotations


class ApiError(Exception):
    """Base of every API failure. `message` is the server's text when it gave one,
    `code` its error code (ERR-...), `status` the HTTP status when there was an answer.
    `retryable` says whether repeating the same (idempotent) request may succeed."""

    default_message = "The server returned an error."
    retryable = False

    def __init__(
        self, message: str | None = None, *, code: str | None = None, status: int | None = None
    ) -> None:
        self.message = message or self.default_message
        self.code = code
        self.status = status
        super().__init__(self.message)


class WrongCredentials(ApiError):
    default_message = "Wrong username or password."


class OldCredentials(WrongCredentials):
    default_message = "These are old Wind or Tre credentials: a new registration is needed."


class SessionExpired(ApiError):
    default_message = "The session has expired: please sign in again."


class Forbidden(ApiError):
    default_message = "Your role may not do this."


class ValidationFailed(ApiError):
    default_message = "A field is not valid."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status)
        self.field = field


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
