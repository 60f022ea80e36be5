"""Demo only: the window listing what the embedded backend "sent" and the test data for registering."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtWidgets import QTabWidget

from windtre_desktop.app import _open_demo_tools
from windtre_desktop.views.main_window import MainWindow
from windtre_desktop.widgets.clipping import clipped_texts


def test_demo_tools_show_the_codes_the_backend_sent(qtbot, fresh_sandbox):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    window = MainWindow()
    qtbot.addWidget(window)
    _open_demo_tools(window, fresh_sandbox)
    tools = window.demo_tools
    assert tools.contracts.rowCount() >= 2  # the demo company's record and others to register
    assert tools.lines.rowCount() >= 1 and tools.lines.item(0, 2).text().isdigit()  # PUKs for data-only SIMs
    with httpx.Client(base_url=fresh_sandbox.url) as http:
        http.post("/api/v1/password/recovery", json={"username": employee["username"]}).raise_for_status()
    tools.refresh()
    assert "Codice di controllo" in tools.outbox.item(0, 3).text()  # newest first
    tools.close()


@pytest.mark.parametrize("language", ["it", "en"])
def test_demo_tools_show_every_text_whole(qtbot, fresh_sandbox, qt_translations, language):
    """Issue 10: the demo window is not in the smoke tour, so its texts are checked for clipping here."""
    qt_translations.install(language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        _open_demo_tools(window, fresh_sandbox)
        tools = window.demo_tools
        qtbot.waitExposed(tools)
        for index in range(tools.findChild(QTabWidget).count()):
            tools.findChild(QTabWidget).setCurrentIndex(index)
            qtbot.wait(20)
            assert [str(found) for found in clipped_texts(tools)] == []
        tools.close()
    finally:
        qt_translations.install("it")
