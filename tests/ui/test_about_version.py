"""The About box shows the version read from the package metadata (pyproject.toml's, one source)."""

from __future__ import annotations

import importlib.metadata


def test_about_box_shows_the_metadata_version(make_controller, sandbox, qtbot, tmp_path):
    controller = make_controller(sandbox.url)
    window = controller.window
    window._about()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.grab().save(str(tmp_path / "about.png"))
    version = importlib.metadata.version("windtre-desktop")
    assert dialog.title.text() == f"WINDTRE Business desktop {version}"  # the Italian text keeps the product name
    dialog.close()
