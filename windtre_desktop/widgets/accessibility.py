"""Finds buttons a screen reader cannot name: a button showing only an icon (or no caption at all) needs an
accessible name, or it is read as "button". Used by the smoke tour on every screen it photographs, and by
the tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTabWidget, QToolButton, QWidget


def _caption(button: QAbstractButton) -> str:
    if isinstance(button, QToolButton) and button.toolButtonStyle() == button.toolButtonStyle().ToolButtonIconOnly \
            and not button.icon().isNull():
        return ""  # only the icon is painted, whatever the text
    return button.text().replace("&", "").strip()


def unnamed_buttons(root: QWidget) -> list[str]:
    """The visible buttons under `root` (included) that show no caption and have no accessible name,
    each as "Class (objectName or tooltip)"."""
    found = []
    for button in [root, *root.findChildren(QAbstractButton)]:
        if not isinstance(button, QAbstractButton) or not button.isVisibleTo(root.window()):
            continue
        if _caption(button) or button.accessibleName().strip():
            continue
        found.append(f"{type(button).__name__} ({button.objectName() or button.toolTip() or 'no name'})")
    return found


def last_in_focus_chain(root: QWidget) -> QWidget:
    """The last of `root`'s descendants that take the focus by Tab (or `root` itself), in the window's focus
    chain: where Tab leaves `root`. QWidget.setTabOrder() ignores widgets that take no focus.

    The walk stops at the last descendant instead of asking it for the widget after it: PySide makes the widget
    nextInFocusChain() returns a child of the one asked, so the first widget outside `root` (the menu bar, the
    window) would lose its Python object when `root`'s last widget is deleted."""
    left = sum(1 for child in root.findChildren(QWidget) if root.isAncestorOf(child))  # each once in the chain
    last, current = root, root
    while left:
        current = current.nextInFocusChain()
        if current is root or not root.isAncestorOf(current):
            break  # a chain reordered by setTabOrder(): the subtree is not in one piece
        left -= 1
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = current
    return last


def name_tabs(tabs: QTabWidget, name: str) -> None:
    """Name a tab widget for a screen reader: its tab bar, which takes the focus, carries the name too."""
    tabs.setAccessibleName(name)
    tabs.tabBar().setAccessibleName(name)


def with_clear_button(edit: QLineEdit) -> None:
    """The field's clear button ("×", shown once something is typed), named for a screen reader: Qt leaves it
    an icon without a name."""
    edit.setClearButtonEnabled(True)
    name = QCoreApplication.translate("Accessibility", "Clear the field")
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)
