"""A real app process for the kill -9 download test: signs in, opens Conto → Fatture and presses "Scarica
tutto", printing "ARCHIVED n" after each file reaches the archive. The test kills it mid-download and
restarts the app on the same data dir.

Run: python -m tests.support.invoice_downloader SERVER_URL DATA_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop.controller import AppController  # noqa: E402
from windtre_desktop.domain.roles import Section  # noqa: E402
from windtre_desktop.i18n import Translations  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402


def say(text: str) -> None:
    print(text, flush=True)


def main(url: str, data_dir: str) -> int:
    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    controller = AppController(paths=AppPaths.default(Path(data_dir)), server_url=url, profile_key="kill-test",
                               language="it", timeout=30)
    controller.start()
    window = controller.window
    archived = [0]

    def on_file(*_args) -> None:
        archived[0] += 1
        say(f"ARCHIVED {archived[0]}")

    def download_all() -> None:
        window.show_section(Section.ACCOUNT_BILLING)
        view = window.section_widget(Section.ACCOUNT_BILLING).invoices

        def listed() -> None:
            if view.model.rowCount() < 24:
                QTimer.singleShot(100, listed)
                return
            controller.service.downloads.fileReady.connect(on_file)
            say(f"STARTING {len(view.shown_invoices())}")
            view.download_all_button.click()

        listed()

    def signed_in(_ok: bool) -> None:
        controller.syncSettled.disconnect(signed_in)
        QTimer.singleShot(100, download_all)

    controller.syncSettled.connect(signed_in)
    window.login_view.fill("admin.demo", "Demo2026!")
    window.login_view.remember.setChecked(True)
    window.login_view.submit.click()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
