"""RetryPolicy on its own: which requests are retried, the backoff bounds, Retry-After, cancel."""

from __future__ import annotations

import math
import random

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.api.client import _retry_after
from windtre_desktop.api.errors import (
    ApiError,
    Cancelled,
    RateLimited,
    ServerUnavailable,
    SessionExpired,
    WrongCredentials,
)
from windtre_desktop.api.retry import RetryPolicy


class Flaky:
    """Fails with the given errors, then returns "ok"."""

    def __init__(self, *errors: ApiError) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def policy(**kw) -> tuple[RetryPolicy, list[float]]:
    slept: list[float] = []
    return RetryPolicy(sleep=slept.append, rng=random.Random(1), **kw), slept


def test_which_requests_may_be_retried():
    assert RetryPolicy.may_retry("GET") and RetryPolicy.may_retry("head")
    assert not RetryPolicy.may_retry("POST")
    assert not RetryPolicy.may_retry("POST", {"Content-Type": "application/json"})
    assert RetryPolicy.may_retry("POST", {"idempotency-key": "k1"})
    assert not RetryPolicy.may_retry("POST", {"Idempotency-Key": ""})
    assert not RetryPolicy.may_retry("DELETE") and not RetryPolicy.may_retry("PUT")


def test_transient_failures_are_retried_until_success():
    retry, slept = policy(attempts=4)
    attempt = Flaky(ServerUnavailable(status=500), ServerUnavailable(), RateLimited(status=429))
    assert retry.call(attempt, idempotent=True) == "ok"
    assert attempt.calls == 4 and len(slept) == 3


def test_attempts_run_out():
    retry, slept = policy(attempts=3)
    attempt = Flaky(*[ServerUnavailable()] * 5)
    with pytest.raises(ServerUnavailable):
        retry.call(attempt, idempotent=True)
    assert attempt.calls == 3 and len(slept) == 2


def test_non_idempotent_calls_are_never_retried():
    retry, slept = policy()
    attempt = Flaky(ServerUnavailable(status=500))
    with pytest.raises(ServerUnavailable):
        retry.call(attempt, idempotent=False)
    assert attempt.calls == 1 and slept == []


@pytest.mark.parametrize(
    "error",
    [
        SessionExpired(status=401),
        WrongCredentials(),
        ApiError(status=409),
        ServerUnavailable(status=501, retryable=False),
    ],
)
def test_permanent_failures_are_not_retried(error):
    retry, slept = policy()
    attempt = Flaky(error)
    with pytest.raises(type(error)):
        retry.call(attempt, idempotent=True)
    assert attempt.calls == 1 and slept == []


def test_retry_after_is_honoured_and_too_long_means_give_up():
    retry, slept = policy(max_retry_after=10)
    attempt = Flaky(RateLimited(retry_after=2.5), RateLimited(retry_after=0))
    assert retry.call(attempt, idempotent=True) == "ok"
    assert slept == [2.5, 0.0]
    attempt = Flaky(RateLimited(retry_after=60))
    with pytest.raises(RateLimited) as caught:
        retry.call(attempt, idempotent=True)
    assert caught.value.retry_after == 60 and attempt.calls == 1


def test_cancellation_stops_before_the_next_attempt_and_during_the_wait():
    cancel = {"now": False}
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        cancel["now"] = True

    retry = RetryPolicy(base_delay=4, sleep=sleep, should_cancel=lambda: cancel["now"])
    attempt = Flaky(ServerUnavailable(), ServerUnavailable())
    with pytest.raises(Cancelled):
        retry.call(attempt, idempotent=True)
    assert attempt.calls == 1
    assert slept and max(slept) <= 0.1  # waits in short slices, so a cancel is seen soon
    cancel["now"] = True
    with pytest.raises(Cancelled):
        retry.call(Flaky(), idempotent=True)


def test_invalid_settings_are_refused():
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(base_delay=-1)


@given(
    base=st.floats(min_value=0, max_value=5),
    cap=st.floats(min_value=0, max_value=60),
    retry_number=st.integers(min_value=1, max_value=200),
    seed=st.integers(),
)
def test_property_backoff_stays_within_bounds(base, cap, retry_number, seed):
    retry = RetryPolicy(base_delay=base, max_delay=cap, rng=random.Random(seed))
    step = min(cap, base * 2 ** (retry_number - 1))
    delay = retry.backoff(retry_number)
    assert 0 <= delay <= cap
    assert step / 2 - 1e-9 <= delay <= step + 1e-9


@given(base=st.floats(min_value=0.001, max_value=2), seed=st.integers())
def test_property_backoff_grows_until_the_cap(base, seed):
    retry = RetryPolicy(base_delay=base, max_delay=1e9, rng=random.Random(seed))
    delays = [retry.backoff(n) for n in range(1, 8)]
    # Jitter keeps each delay in [step/2, step], so every other step strictly grows.
    assert all(delays[i + 2] > delays[i] for i in range(len(delays) - 2))


@given(retry_after=st.floats(min_value=0, max_value=1000), cap=st.floats(min_value=0, max_value=100))
def test_property_retry_after_is_obeyed_or_the_call_gives_up(retry_after, cap):
    retry = RetryPolicy(max_retry_after=cap)
    delay = retry.delay_for(RateLimited(retry_after=retry_after), 1)
    if retry_after <= cap:
        assert delay == retry_after
    else:
        assert delay is None


def test_retry_after_header_forms():
    def answer(value):
        return httpx.Response(429, headers={"Retry-After": value} if value is not None else {})

    assert _retry_after(answer("3")) == 3.0
    assert _retry_after(answer("0.5")) == 0.5
    assert _retry_after(answer("-4")) == 0.0
    assert _retry_after(answer(None)) is None
    assert _retry_after(answer("soon")) is None
    assert _retry_after(answer("Wed, 21 Oct 2015 07:28:00 GMT")) == 0.0  # a date in the past
    future = httpx.Response(429, headers={"Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"})
    assert _retry_after(future) > 10**8


class HighestJitter(random.Random):
    """Jitter at its top: backoff() then returns the whole capped step."""

    def uniform(self, a: float, b: float) -> float:
        return b


def test_backoff_doubles_from_the_base_step_and_jitters_over_the_upper_half():
    retry = RetryPolicy(base_delay=0.5, max_delay=3.0, rng=HighestJitter())
    assert [retry.backoff(n) for n in range(1, 5)] == [0.5, 1.0, 2.0, 3.0]

    class LowestJitter(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return a

    assert RetryPolicy(base_delay=1.0, rng=LowestJitter()).backoff(3) == 2.0  # half of the 4 s step


def test_a_keyed_put_or_delete_may_be_retried():
    assert RetryPolicy.may_retry("DELETE", {"Idempotency-Key": "k"})
    assert RetryPolicy.may_retry("put", {"Idempotency-Key": "k"})


@pytest.mark.parametrize(("wait", "slices"), [(0.2, [0.1, 0.1]), (0.25, [0.1, 0.1, 0.05]), (0.05, [0.05])])
def test_a_cancellable_wait_sleeps_the_whole_delay_in_short_slices(wait, slices):
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) > 20:
            raise AssertionError(f"still waiting after {slept}")

    retry = RetryPolicy(sleep=sleep, should_cancel=lambda: False)
    assert retry.call(Flaky(RateLimited(retry_after=wait)), idempotent=True) == "ok"
    assert slept == pytest.approx(slices)


def test_invalid_settings_say_what_is_wrong():
    with pytest.raises(ValueError, match="^attempts must be at least 1$"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="^delays must not be negative$"):
        RetryPolicy(max_retry_after=-1)


def test_the_doubling_stops_after_a_thousand_steps_so_no_retry_number_overflows():
    """Issue 16: 2.0 ** 1024 overflows a float; the exponent stops at 1000, so even an uncapped policy
    waits 2 ** 1000 base steps from the 1001st retry on, and never raises."""
    retry = RetryPolicy(base_delay=1.0, max_delay=math.inf, rng=HighestJitter())
    assert retry.backoff(1000) == 2.0 ** 999
    assert retry.backoff(1001) == retry.backoff(1002) == retry.backoff(10**9) == 2.0 ** 1000


def test_a_single_attempt_is_still_cancellable_and_its_error_is_the_answer():
    attempt = Flaky(ServerUnavailable())
    with pytest.raises(Cancelled):
        RetryPolicy(attempts=1, should_cancel=lambda: True).call(attempt, idempotent=True)
    assert attempt.calls == 0
    retry, slept = policy(attempts=1)
    with pytest.raises(ServerUnavailable):
        retry.call(attempt, idempotent=True)
    assert attempt.calls == 1 and slept == []
