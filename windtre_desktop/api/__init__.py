"""HTTP client for the backend contract (docs/api.md): no Qt, typed errors, retries."""

from windtre_desktop.api.client import ApiClient, SyncPage
from windtre_desktop.api.errors import (
    ApiError,
    Cancelled,
    CursorExpired,
    Forbidden,
    NotFound,
    OldCredentials,
    RateLimited,
    ServerUnavailable,
    SessionExpired,
    ValidationFailed,
    WrongCredentials,
)
from windtre_desktop.api.retry import RetryPolicy

__all__ = [
    "ApiClient",
    "ApiError",
    "Cancelled",
    "CursorExpired",
    "Forbidden",
    "NotFound",
    "OldCredentials",
    "RateLimited",
    "RetryPolicy",
    "ServerUnavailable",
    "SessionExpired",
    "SyncPage",
    "ValidationFailed",
    "WrongCredentials",
]
