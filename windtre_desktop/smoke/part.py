"""One section's part of the smoke tour: a list of steps run one after the other on timers, each waiting
for its screen by a signal or a condition, and `done(error or None)` at the end. A section adds its
screens to the tour by subclassing `TourPart` and taking its place in `tour.PARTS`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from windtre_desktop.smoke.tour import SmokeTour

STEP_TIMEOUT_MS = 60_000
SETTLE_MS = 250


class TourPart(QObject):
    """Subclasses list their steps in `steps()`; a step ends by calling `self._next()` (or `self._end(error)`)."""

    name = "part"
    needs_backend = False  # True: the part reads the in-process demo backend directly

    def __init__(self, tour: SmokeTour) -> None:
        super().__init__(tour)
        self.tour = tour
        self.controller = tour.controller
        self.window = tour.window
        self._done: Callable[[str | None], None] = lambda _error: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._end(f"{self.name}: a screen did not show up in time"))
        self._finished = False
        self._steps: list[Callable[[], None]] = []

    def steps(self) -> list[Callable[[], None]]:
        raise NotImplementedError

    def start(self, done: Callable[[str | None], None]) -> None:
        self._done = done
        self._steps = self.steps()
        self._next()

    def shoot(self, widget, name: str) -> None:
        self.tour.shoot_numbered(widget, name)

    def _next(self) -> None:
        if self._finished:
            return
        if not self._steps:
            self._end(None)
            return
        step = self._steps.pop(0)
        QTimer.singleShot(SETTLE_MS, lambda: self._guard(step))

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - any surprise ends the tour with its reason
            self._end(f"{self.name}: {type(error).__name__}: {error}")

    def _wait_until(self, ready: Callable[[], bool], then: Callable[[], None], waited: int = 0) -> None:
        if self._finished:
            return
        if ready():
            then()
        elif waited > STEP_TIMEOUT_MS:
            self._end(f"{self.name}: a screen did not show up in time")
        else:
            QTimer.singleShot(100, lambda: self._wait_until(ready, then, waited + 100))

    def _once(self, signal, then: Callable) -> None:
        """Run `then(*args)` when `signal` fires next (the tour fails if it does not within the step timeout)."""

        def fire(*args) -> None:
            signal.disconnect(fire)
            self._timer.stop()
            QTimer.singleShot(SETTLE_MS, lambda: self._guard(lambda: then(*args)))

        signal.connect(fire)
        self._timer.start(STEP_TIMEOUT_MS)

    def _end(self, error: str | None) -> None:
        if not self._finished:
            self._finished = True
            self._timer.stop()
            self._done(error)
