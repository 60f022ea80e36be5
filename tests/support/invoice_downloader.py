"""A real app process for the kill -9 download test: signs in, opens Conto → Fatture and presses "Scarica
tutto", printing "ARCHIVED n" after each file reaches the archive. The test kills it mid-download and
restarts the app on the same data dir.

Run: python -m tests.support.invoice_downloader SERVER_URL DATA_DIR
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from tests.support.app_process import run_signed_in, say
from windtre_desktop.domain.roles import Section


def main(url: str, data_dir: str) -> int:
    archived = [0]

    def on_file(*_args) -> None:
        archived[0] += 1
        say(f"ARCHIVED {archived[0]}")

    def download_all(controller) -> None:
        window = controller.window
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

    return run_signed_in(url, data_dir, download_all)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
