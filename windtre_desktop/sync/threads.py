"""Registry of the QThreads the app starts, so shutdown and the tests can see which still run."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QThread

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def new_thread(name: str) -> QThread:
    thread = QThread()
    thread.setObjectName(name)
    _threads.add(thread)
    return thread


def running_qthreads() -> list[str]:
    names = []
    for thread in list(_threads):
        try:
            if thread.isRunning():
                names.append(thread.objectName())
        except RuntimeError:  # the C++ object is already gone
            continue
    return names
