"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate past the threshold: the network
thread, the alerts thread, the export thread. A cycle it frees may hold a Qt widget (a lambda connected to a
signal and capturing its view, a view keeping its model), and Qt objects destroyed from another thread than
their own make the process crash later, anywhere. So the automatic collector is switched off and the GUI
thread collects on a timer, with the same generation thresholds Python uses. Objects whose last reference
goes away are still freed at once, wherever that happens: only cycles wait for the timer."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from windtre_desktop.gc_policy import collect_due

INTERVAL_MS = 500
SWEEP_EVERY = 10  # ticks: the youngest generation is also swept every 5 s, whatever the counts say


class GuiThreadCollector(QObject):
    """Switch the automatic collector off for the process and collect from this (the GUI) thread's timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        # the counts are allocations minus deallocations: a burst of frees can bring them back under the
        # threshold with cycles still waiting, so the young generation is swept now and then anyway (cheap)
        self._ticks += 1
        if collect_due() < 0 and self._ticks % SWEEP_EVERY == 0:
            gc.collect(0)
