"""Waiting on state in a Qt app without pytest-qt: the event loop runs while a condition is polled, so the soak
parts can drive the real app the way the tests do with qtbot.waitUntil."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtTest import QTest


class Timeout(AssertionError):
    pass


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0, what: str = "condition") -> None:
    """Run the event loop until `condition()` holds; Timeout after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out waiting for {what}")
        QTest.qWait(10)
