"""Help › Keyboard shortcuts: every menu command that has a shortcut, read from the window's own
QActions (so the list cannot drift from what the keys do), grouped by menu."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    menu: str
    command: str
    keys: str  # every shortcut of the action, as the platform writes them, separated by ", "
    action: QAction


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """The actions of the window's menus (submenus included) that have a shortcut, in menu order."""
    rows: list[ShortcutRow] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {plain(action.text())}")
                continue
            if action.isSeparator() or not action.shortcuts():
                continue
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            rows.append(ShortcutRow(path, plain(action.text()), keys, action))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 480)
        self.rows = shortcut_rows(window)
        self.tree = QTreeWidget(self)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            group = groups.get(row.menu)
            if group is None:
                group = QTreeWidgetItem(self.tree, [row.menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                groups[row.menu] = group
            QTreeWidgetItem(group, [row.command, row.keys])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
