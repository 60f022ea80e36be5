"""The About box shows the version read from the package metadata (pyproject.toml's, one source)."""

from __future__ import annotations

import importlib.metadata

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def test_about_box_shows_the_metadata_version(make_controller, sandbox, qtbot, tmp_path):
    controller = make_controller(sandbox.url)
    window = controller.window
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        box.grab().save(str(tmp_path / "about.png"))
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window._about()  # modal: returns once read_and_close has closed it
    version = importlib.metadata.version("windtre-desktop")
    assert seen and version in seen[0], seen
    assert seen[0].startswith("WINDTRE Business desktop "), seen  # the Italian text keeps the product name
