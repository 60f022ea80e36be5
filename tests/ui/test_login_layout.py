"""No text on the login page is cut (issue 10): every button and label is at least as wide as its
text, measured with the font metrics, in Italian and English, at 1280×800 and 1024×700."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QStyle, QStyleOptionButton

from windtre_desktop.views.main_window import MainWindow

DEMO_USERS = [
    {"username": "admin.demo", "password": "Demo2026!", "role": "USER_ADMIN"},
    {"username": "telco.demo", "password": "Telco2026!", "role": "TELCO_MANAGER"},
    {"username": "3929083394", "password": "Dipendente2026!", "role": "DIPENDENTE"},
]


def cut_texts(root) -> list[str]:
    """The visible buttons and labels of `root` whose text needs more room than they were given."""
    cut = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        if isinstance(widget, QPushButton):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget).width()
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        elif isinstance(widget, QCheckBox):
            room, need = widget.width(), widget.sizeHint().width()
        elif widget.wordWrap() or Qt.mightBeRichText(widget.text()):
            # wrapped or rich text: its minimum size hint is what it needs to show all of it
            room, need = widget.width(), widget.minimumSizeHint().width()
        else:
            room = widget.contentsRect().width()
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        if need > room or widget.height() < widget.minimumSizeHint().height():
            cut.append(f"{type(widget).__name__} {widget.text()!r}: needs {need}px, has {room}px "
                       f"(height {widget.height()} of {widget.minimumSizeHint().height()})")
    return cut


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700), (900, 600)])  # 900x600: the window minimum
@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("page", ["server", "demo", "first_start", "bad_address"])
def test_no_text_is_cut_on_the_login_page(qtbot, qt_translations, language, size, page):
    qt_translations.install(language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show_login()
        view = window.login_view
        if page == "demo":
            window.set_demo_users(DEMO_USERS)
            view.set_server("http://127.0.0.1:8080", demo=True)
        elif page == "server":
            view.set_server("https://selfcare.example.com")
        else:
            view.set_server("")
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if page == "bad_address":
            view.server_field.setText("http://selfcare.example.com")
            view.use_server.click()
            assert view.server_error.isVisible()
        qtbot.wait(50)
        assert cut_texts(view) == []
        assert view.server_label.isVisible() is (page in ("server", "demo"))
    finally:
        qt_translations.install("it")
