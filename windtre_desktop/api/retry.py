"""Retry policy for API calls: which requests may be repeated, when, and how long to wait.

Only idempotent requests (GET/HEAD, or a POST carrying an Idempotency-Key) are ever
repeated, and only after a transient failure: transport errors, timeouts, dropped,
truncated or malformed answers, 429, 500, 502, 503, 504. Login and logout never are.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from windtre_desktop.api.errors import ApiError, Cancelled, RateLimited

log = logging.getLogger(__name__)

T = TypeVar("T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CANCEL_POLL = 0.1  # seconds between cancellation checks while waiting


@dataclass
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    should_cancel: Callable[[], bool] | None = None
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must not be negative")

    @staticmethod
    def may_retry(method: str, headers: Mapping[str, str] | None = None) -> bool:
        """True when repeating the request cannot do the thing twice."""
        method = method.upper()
        if method in IDEMPOTENT_METHODS:
            return True
        if method in ("POST", "PUT", "DELETE") and headers:  # a keyed change: the server answers a repeat once
            return any(k.lower() == "idempotency-key" and v for k, v in headers.items())
        return False

    def backoff(self, retry_number: int) -> float:
        """Wait before retry `retry_number` (1 = first retry): exponential, capped, with
        "equal jitter" — between half and all of the capped exponential step, so that
        clients that failed together do not come back together."""
        step = min(self.max_delay, self.base_delay * 2.0 ** min(max(retry_number - 1, 0), 1000))
        return step / 2 + self.rng.uniform(0, step / 2)

    def delay_for(self, error: ApiError, retry_number: int) -> float | None:
        """How long to wait before repeating after `error`, or None to give up now.

        A Retry-After longer than `max_retry_after` means give up now: waiting less than
        the server asked would only earn another 429, and a worker thread blocked for
        minutes is worse than an error the caller can reschedule."""
        if not error.retryable:
            return None
        if isinstance(error, RateLimited) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after:
                return None
            return max(error.retry_after, 0.0)
        return self.backoff(retry_number)

    def call(self, attempt: Callable[[], T], *, idempotent: bool, what: str = "request") -> T:
        """Run `attempt` until it succeeds, fails for good, or the attempts run out."""
        for number in range(1, self.attempts):
            self._check_cancel()
            try:
                return attempt()
            except ApiError as error:
                if not idempotent:
                    raise
                delay = self.delay_for(error, number)
                if delay is None:
                    raise
                log.info(
                    "%s failed (%s, HTTP %s); retry %d/%d in %.2f s",
                    what,
                    type(error).__name__,
                    error.status,
                    number,
                    self.attempts - 1,
                    delay,
                )
                self._wait(delay)
        self._check_cancel()
        return attempt()  # the last attempt: whatever it raises is the answer

    def _check_cancel(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled()

    def _wait(self, delay: float) -> None:
        if self.should_cancel is None:
            self.sleep(delay)
            return
        # Sleep in short slices so a cancellation is noticed within _CANCEL_POLL seconds.
        left = delay
        while left > 0:
            self._check_cancel()
            chunk = min(left, _CANCEL_POLL)
            self.sleep(chunk)
            left -= chunk
        self._check_cancel()
