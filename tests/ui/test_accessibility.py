"""Accessibility helpers (issue 14): unnamed icon-only buttons are found, the focus frame shows, and the
"auto" theme follows the system's light or dark switch while the app runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import last_in_focus_chain, unnamed_buttons, with_clear_button


def _icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("red"))
    return QIcon(pixmap)


def test_icon_only_buttons_need_an_accessible_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    captioned = QPushButton("Scarica", root)
    bare = QPushButton(root)
    bare.setIcon(_icon())
    bare.setObjectName("bare")
    tool = QToolButton(root)
    tool.setText("Zoom in")  # the text is not shown: icon only
    tool.setIcon(_icon())
    tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for widget in (captioned, bare, tool):
        layout.addWidget(widget)
    assert unnamed_buttons(root) == ["QPushButton (bare)", "QToolButton (no name)"]
    bare.setAccessibleName("Stampa")
    tool.setAccessibleName("Zoom in")
    assert unnamed_buttons(root) == []


def test_last_in_focus_chain_skips_widgets_without_focus(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    first, second = QLineEdit(root), QPushButton("Ok", root)
    QWidget(root)  # a container: no focus
    assert last_in_focus_chain(root) is second
    second.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert last_in_focus_chain(root) is first


def test_focused_field_has_a_two_pixel_frame_in_both_themes(qtbot):
    app = QApplication.instance()
    for scheme in ("light", "dark"):
        theme.apply(app, scheme)
        root = QWidget()
        qtbot.addWidget(root)
        field = QLineEdit("testo", root)
        other = QLineEdit(root)
        QVBoxLayout(root).addWidget(field)
        root.layout().addWidget(other)
        root.show()
        root.activateWindow()
        qtbot.waitUntil(root.isActiveWindow)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        image = field.grab().toImage()
        middle = image.height() // 2
        for x in (0, 1):  # both pixel columns of the left edge are the selection orange
            assert QColor(image.pixel(x, middle)).name() == theme.SELECTION_ORANGE, (scheme, x)
    theme.apply(app, "light")


def test_auto_theme_follows_the_system_switch(qtbot):
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    try:
        theme.apply(app, "auto")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark(app.palette())
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark(app.palette())
        theme.apply(app, "light")  # chosen explicitly: the system's switch changes nothing
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not theme.is_dark(app.palette())
    finally:
        theme.apply(app, "light")
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == theme.SELECTION_ORANGE


def test_a_fields_clear_button_has_a_name_once_it_shows(qtbot):
    """Issue 14, accessible names on icon-only buttons: the "×" a search field shows once something is typed."""
    root = QWidget()
    qtbot.addWidget(root)
    plain, named = QLineEdit(root), QLineEdit(root)
    plain.setClearButtonEnabled(True)
    with_clear_button(named)
    layout = QVBoxLayout(root)
    layout.addWidget(plain)
    layout.addWidget(named)
    root.show()
    qtbot.waitExposed(root)
    plain.setText("+39 347")
    named.setText("+39 347")
    qtbot.waitUntil(lambda: len(unnamed_buttons(root)) == 1)  # Qt's own clear button has no name
    named_buttons = [b for b in named.findChildren(QToolButton) if b.isVisibleTo(root)]
    assert named_buttons and all(b.accessibleName() for b in named_buttons)
