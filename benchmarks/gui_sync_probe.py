"""Runs the real app window against a sandbox URL, signs in, and measures on the GUI thread:
the longest gap of a 5 ms heartbeat timer while idle (baseline) and during the first full sync,
then the process RSS once idle after the sync. Prints `key value` lines."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop.flows.controller import AppController  # noqa: E402
from windtre_desktop.i18n.translations import Translations  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402
from windtre_desktop.secrets import TokenVault  # noqa: E402
from windtre_desktop.widgets import theme  # noqa: E402

HEARTBEAT_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)

    def beat(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last - HEARTBEAT_MS / 1000)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.max_gap = 0.0


def main() -> int:
    url = sys.argv[1]
    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    theme.apply(app, "light")
    home = Path(tempfile.mkdtemp(prefix="windtre-bench-"))
    controller = AppController(paths=AppPaths.default(home), vault=TokenVault(), server_url=url,
                               profile_key=url, language="it", timeout=60)
    window = controller.window
    window.show()
    controller.start()
    beat = Heartbeat()
    beat.timer.start()
    results: dict[str, float] = {}

    def measure_idle_then_login() -> None:
        results["idle_gap_ms"] = beat.max_gap * 1000
        beat.reset()
        results["t0"] = time.perf_counter()
        window.login_view.fill("admin.demo", "Demo2026!")
        window.login_view.submit.click()

    def on_shown(snapshot) -> None:
        if not snapshot.lines or "stall_ms" in results:
            return
        # let the freshly set model paint before closing the measurement
        QTimer.singleShot(300, finish_sync)

    def finish_sync() -> None:
        results["stall_ms"] = beat.max_gap * 1000
        results["sync_to_shown_s"] = time.perf_counter() - results["t0"]
        results["lines"] = window.dashboard.picker.model.rowCount()
        QTimer.singleShot(1500, finish_idle)

    def finish_idle() -> None:
        results["rss_bytes"] = psutil.Process().memory_info().rss
        app.quit()

    controller.dataShown.connect(on_shown)
    controller.service.worker.loginFailed.connect(lambda f: (print(f"error login {f.kind}"), app.quit()))
    controller.service.worker.syncFailed.connect(lambda f: (print(f"error sync {f.kind}"), app.quit()))
    QTimer.singleShot(1000, measure_idle_then_login)
    app.exec()
    controller.shutdown()
    for key, value in results.items():
        if key != "t0":
            print(f"{key} {value}")
    return 0 if "rss_bytes" in results else 1


if __name__ == "__main__":
    sys.exit(main())
