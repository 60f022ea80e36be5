"""The plain values that pass between the network thread and the GUI: the `Session` a piece of work
belongs to, and the `Failure` it ended in. No Qt, so the workers, the flows and the tests share them."""

from __future__ import annotations

from dataclasses import dataclass

# failure kinds that prove the server applied nothing under a key: the same change asked again is a new request
REFUSALS = ("validation", "refused", "forbidden")
# failure kinds of a request whose answer never came or could not be read: the server may have applied it
NO_ANSWER = ("unavailable", "not_understood")
# those, and a server error: what the server holds has to be read again. Not an expired session or a rate
# limit: nothing was done.
MAYBE_APPLIED = (*NO_ANSWER, "error")


@dataclass(frozen=True)
class Failure:
    """A failed request, as the GUI needs it: a kind to choose the wording, the server's message, a field."""

    kind: str  # wrong_credentials | old_credentials | session_expired | forbidden | validation | rate_limited | unavailable | not_understood | error
    message: str = ""
    field: str | None = None
    session: Session | None = None  # the session the failed work belonged to (stale answers are ignored)
    data: dict | None = None  # the answer's data on a refusal (attemptsLeft, resendAfter…)
    retry_after: float | None = None  # seconds, from a 429's Retry-After

    @classmethod
    def from_error(cls, error: Exception) -> Failure:
        from windtre_desktop.api.errors import (
            ApiError,
            CursorExpired,
            Forbidden,
            OldCredentials,
            RateLimited,
            ServerUnavailable,
            SessionExpired,
            ValidationFailed,
            WrongCredentials,
        )

        kinds = (
            (OldCredentials, "old_credentials"),
            (WrongCredentials, "wrong_credentials"),
            (SessionExpired, "session_expired"),
            (Forbidden, "forbidden"),
            (ValidationFailed, "validation"),
            (RateLimited, "rate_limited"),
            (ServerUnavailable, "unavailable"),
            (CursorExpired, "unavailable"),
        )
        extra = {"data": getattr(error, "data", None), "retry_after": getattr(error, "retry_after", None)}
        # only the server's words reach the user; the client's own (English, for the log) leave the message
        # empty, and the view shows its translated words for the kind
        message = (error.message or "") if isinstance(error, ApiError) and error.from_server else ""
        for klass, kind in kinds:
            if isinstance(error, klass):
                return cls(kind, message, getattr(error, "field", None), **extra)
        if isinstance(error, ApiError):
            return cls("refused", message, getattr(error, "field", None), **extra)
        return cls("error", "")


@dataclass(frozen=True, eq=False)
class Session:
    """One signed-in (or resumed) session; compared by identity, so a stale answer is recognised."""

    server_url: str
    profile_key: str  # the server URL, or "demo" for the embedded demo backend
    username: str
    remember: bool

    @property
    def who(self) -> str:
        """The same user of the same server, whatever the session: whom a form held across an expiry goes back to."""
        return f"{self.profile_key}\n{self.username}"
