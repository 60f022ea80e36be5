"""Help menu: the keyboard shortcuts window lists the window's real actions, and About lists the
third-party licences, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from windtre_desktop.domain.roles import Section
from windtre_desktop.views.main_window import MainWindow
from windtre_desktop.views.shortcuts_dialog import ShortcutsDialog, shortcut_rows


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_workspace(tuple(Section))
    return window


def _native(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


def test_every_listed_shortcut_is_an_action_of_the_window_with_those_keys(qtbot):
    window = _window(qtbot)
    rows = shortcut_rows(window)
    actions = set(window.findChildren(QAction))
    assert rows
    for row in rows:
        assert row.action in actions
        assert row.action.shortcuts()
        assert row.keys == ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in row.action.shortcuts())
    by_command = {row.command: row.keys for row in rows}
    assert by_command["Aggiorna i dati"] == _native("F5")
    assert by_command["Furto o smarrimento"] == _native("Ctrl+Shift+F")
    assert _native("F1") in by_command["Scorciatoie da tastiera"] and _native("Ctrl+/") in by_command["Scorciatoie da tastiera"]
    assert by_command["Impostazioni"]
    assert by_command["Traffico"] == _native("Ctrl+3")  # the Go menu, filled for the sections shown


def test_the_window_lists_what_the_menus_hold_now(qtbot):
    window = _window(qtbot)
    extra = QAction("&Extra command", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.menuBar().actions()[0].menu().addAction(extra)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = []
    for top in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(top)
        shown += [(group.text(0), group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
    assert ("File", "Extra command", _native("Ctrl+Shift+E")) in shown
    assert len(shown) == len(shortcut_rows(window))


def test_f1_opens_the_shortcuts_window(qtbot):
    window = _window(qtbot)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None and window.shortcuts_dialog.isVisible())
    window.shortcuts_dialog.close()


def test_about_lists_the_licences_and_searches_them(qtbot):
    window = _window(qtbot)
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert any(name.startswith("PySide6 ") and "LGPL-3.0" in name for name in names)
    dialog.search.setText("httpx")
    visible = [dialog.list.item(row) for row in range(dialog.list.count()) if not dialog.list.item(row).isHidden()]
    assert [item.text().split()[0] for item in visible] == ["httpx"]
    dialog.list.setCurrentItem(visible[0])
    assert "BSD" in dialog.text.toPlainText() and "Copyright" in dialog.text.toPlainText()
    dialog.search.setText("lgpl-3.0")
    visible = [dialog.list.item(row).text() for row in range(dialog.list.count()) if not dialog.list.item(row).isHidden()]
    assert visible and all("LGPL-3.0" in text for text in visible)
    dialog.close()
