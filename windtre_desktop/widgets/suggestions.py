"""Picking a value from a known list while still allowing one to be typed: a completer for a text field
whose popup shows each value with a detail ("F202611/000101 · 05/11/2026 · € 1.550,62") and that matches
what is typed anywhere in the value or the detail, case-insensitively. Used by the ticket wizard for the SIM
of a company line and for the invoice number of a synced invoice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit

SEPARATOR = " · "  # between a value and its detail in the popup


class _Suggestions(QAbstractListModel):
    """DisplayRole: the value and its detail (what the popup shows); EditRole: the value (what is typed in)."""

    def __init__(self, items: Sequence[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.items = [(value, f"{value}{SEPARATOR}{detail}" if detail else value) for value, detail in items]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value, shown = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None


def attach(line: QLineEdit, items: Sequence[tuple[str, str]], max_visible: int = 10) -> QCompleter:
    """Gives `line` a popup of `items` ((value, detail) pairs); choosing one puts its value in the field.
    `value_of(text)` is the value while the field shows an item being browsed."""
    model = _Suggestions(items, line)
    completer = QCompleter(line)
    completer.setModel(model)
    completer.setCompletionRole(Qt.ItemDataRole.DisplayRole)  # match on value and detail
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(max_visible)
    line.setCompleter(completer)

    def chosen(index) -> None:
        # the completer writes the shown text (value · detail); the bare value replaces it right after
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        QTimer.singleShot(0, line, lambda: line.setText(value))

    completer.activated[QModelIndex].connect(chosen)
    return completer


def value_of(text: str) -> str:
    """The value in a field's text, also while it shows an item being browsed ("value · detail")."""
    return text.split(SEPARATOR, 1)[0].strip()
