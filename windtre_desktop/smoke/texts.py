"""The words a screen shows, as plain text: saved by the smoke tour beside each screenshot, so a test can
read every screen of a language (e.g. that no Italian is left in the English UI) without reading pixels.

Documents written by others (an invoice's own lines in the FatturaPA viewer, a PDF) are not the app's
words: a widget with the property `foreignText` set is left out."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROWS = 60  # rows of a table read from its top: more than a screen shows
_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return _TAGS.sub(" ", text).replace("&nbsp;", " ") if "<" in text else text


def _count(method) -> int:
    """rowCount/columnCount: some models want the parent given, some (Qt's list models) refuse it."""
    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1  # QAbstractListModel keeps its columnCount private: one column


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    out: list[str] = []
    columns = _count(model.columnCount)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header is not None:
            out.append(str(header))
    for row in range(min(_count(model.rowCount), ROWS)):
        for column in range(max(columns, 1)):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                out.append(str(value))
    return out


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [_plain(widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        # what the field shows: dots for a password or a code, never the secret typed (issue 16)
        return [widget.displayText(), widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QProgressBar):
        return [widget.text()]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QMenuBar):
        return [action.text().replace("&", "") for action in widget.actions()]
    if isinstance(widget, QAbstractItemView):
        return _model_texts(widget.model())
    return []


def _foreign(widget: QWidget, root: QWidget) -> bool:
    while widget is not None:
        if widget.property("foreignText"):
            return True
        if widget is root:
            return False
        widget = widget.parentWidget()
    return False


def visible_texts(root: QWidget) -> list[str]:
    """The window title and the texts of every widget of `root` shown on screen, in tree order."""
    out = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if _foreign(widget, root):
            continue
        out += _own_texts(widget)
    return [text.strip() for text in out if text and text.strip()]
