"""A GUI-thread heartbeat: a QTimer that should fire every `interval_ms`; how late each beat comes is how
long the GUI thread was busy (a stall). Lateness is kept in a fixed histogram of whole milliseconds, so an
hour of beats costs no more memory than a minute (the soak measures the app's memory, not the probe's)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

HISTOGRAM_MS = 60_000  # lateness beyond a minute is counted in the last bucket (and in `max_ms`)


class StallHistogram:
    """Lateness of the beats of one phase, in whole milliseconds."""

    def __init__(self) -> None:
        self.buckets = [0] * (HISTOGRAM_MS + 1)
        self.beats = 0
        self.max_ms = 0.0

    def add(self, late_ms: float) -> None:
        self.beats += 1
        self.max_ms = max(self.max_ms, late_ms)
        self.buckets[min(int(late_ms), HISTOGRAM_MS)] += 1

    def percentile(self, share: float) -> float:
        """The lateness (ms) that `share` (0..1) of the beats do not exceed."""
        if self.beats == 0:
            return 0.0
        wanted = share * self.beats
        seen = 0
        for late_ms, count in enumerate(self.buckets):
            seen += count
            if seen >= wanted:
                return float(late_ms)
        return float(HISTOGRAM_MS)

    def count_over(self, threshold_ms: float) -> int:
        return sum(self.buckets[int(threshold_ms) + 1:])

    def summary(self) -> dict:
        return {"beats": self.beats, "max_ms": round(self.max_ms, 1), "p99_ms": self.percentile(0.99),
                "over_100ms": self.count_over(100)}


class Heartbeat:
    """Beats every `interval_ms` on the GUI thread; `phase(name)` starts a new histogram, so a known one-off
    (the first full sync) is kept apart from the soak."""

    def __init__(self, interval_ms: int = 20) -> None:
        self.interval_s = interval_ms / 1000
        self.phases: dict[str, StallHistogram] = {}
        self.current = self.phase("start")
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)

    def phase(self, name: str) -> StallHistogram:
        self.current = self.phases.setdefault(name, StallHistogram())
        return self.current

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        late_ms = max(0.0, (now - self._last - self.interval_s) * 1000)
        self._last = now
        self.current.add(late_ms)
