"""The shared start of the real app processes that the kill -9 tests drive: an offscreen app on a data
dir, signed in as the demo User Admin (remembered), handing the controller to `then` once the first sync
has settled; lines printed with `say` are what the test waits for."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop.flows.controller import AppController  # noqa: E402
from windtre_desktop.i18n.translations import Translations  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402


def say(text: str) -> None:
    print(text, flush=True)


def run_signed_in(url: str, data_dir: str, then: Callable[[AppController], None]) -> int:
    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    controller = AppController(paths=AppPaths.default(Path(data_dir)), server_url=url, profile_key="kill-test",
                               language="it", timeout=30)
    controller.start()

    def signed_in(_ok: bool) -> None:
        controller.syncSettled.disconnect(signed_in)
        QTimer.singleShot(100, lambda: then(controller))

    controller.syncSettled.connect(signed_in)
    login = controller.window.login_view
    login.fill("admin.demo", "Demo2026!")
    login.remember.setChecked(True)
    login.submit.click()
    return app.exec()
