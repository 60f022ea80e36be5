"""The rule every parser fuzz target holds, and the hypothesis settings the fuzz runs share.

Rule: whatever the input, a parsed result or the module's own typed error with a clear message (non-empty,
in words); never another exception. Runs are derandomized and use no example database, so the fast subset
tries the same inputs on every machine and a failure is reproduced by running the test again.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections import Counter
from collections.abc import Iterator

from hypothesis import HealthCheck, settings

# examples tried per target in this process, for the soak part's figures and the report
EXAMPLES: Counter[str] = Counter()
# far above what one example takes even on a busy machine: it only stops a parser that hangs
HANG_SECONDS = 60


class Hang(AssertionError):
    """One input kept a parser busy for HANG_SECONDS."""


@contextlib.contextmanager
def no_hang(what: str, seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Fail (not wait for ever) when the body runs longer than `seconds`: a POSIX interval timer, in the main
    thread; elsewhere the body just runs."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Hang(f"{what}: still parsing after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fuzz_settings(max_examples: int) -> settings:
    """Reproducible settings; no deadline, since a busy machine must not fail a run (a hang is still caught by
    the test's own timeout, not by a time bound on each example)."""
    return settings(max_examples=max_examples, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.large_base_example],
                    print_blob=True)


def count(target: str) -> None:
    EXAMPLES[target] += 1


def assert_clear(text: object, what: str) -> None:
    """A message the user can act on: a non-empty string with at least one word in it."""
    assert isinstance(text, str), f"{what}: the message is {type(text).__name__}, not text"
    assert any(c.isalpha() for c in text), f"{what}: the message {text!r} says nothing"
