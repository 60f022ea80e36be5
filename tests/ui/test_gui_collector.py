"""Cycles are freed on the GUI thread only (widgets/gui_collector.py): the automatic collector is off, and
the GUI thread's timer collects with Python's own thresholds."""

from __future__ import annotations

import gc
import threading
import weakref

from windtre_desktop.gc_policy import collect_due
from windtre_desktop.widgets.gui_collector import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_a_cycle_made_in_a_thread_is_freed_by_the_gui_thread_timer(qtbot, qapp):
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        freed_in: list[str] = []

        def note_freed() -> None:
            freed_in.append(threading.current_thread().name)

        def make_garbage() -> None:
            for _ in range(3):
                weakref.finalize(Node(), note_freed)
            for _ in range(gc.get_threshold()[0] * 3):  # past the thresholds: automatic GC would run here
                Node()

        worker = threading.Thread(target=make_garbage, name="allocating-worker")
        worker.start()
        worker.join()
        assert freed_in == []  # nothing collected in the worker
        qtbot.waitUntil(lambda: len(freed_in) == 3, timeout=20000)
        assert set(freed_in) == {threading.main_thread().name}
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_collect_due_follows_the_thresholds():
    gc.collect()
    assert collect_due() == -1  # nothing allocated since
    for _ in range(gc.get_threshold()[0] + 10):
        Node()
    assert collect_due() >= 0
