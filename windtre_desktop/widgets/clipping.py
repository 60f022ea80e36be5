"""Finds text that needs more width than its widget gives it: a label cut on the right, a button or check
box narrower than its caption, a combo box or tab eliding its text, a table header section too narrow
for its title. Used by the smoke tour on every screen it photographs, and by the tests."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # px: rounding between the font metrics and the painted text


@dataclass(frozen=True)
class Clipped:
    kind: str  # the widget's class, e.g. "QPushButton" or "QHeaderView section"
    text: str
    needed: int
    available: int
    where: str  # the chain of object names (or classes) from the checked root

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r} needs {self.needed}px, has {self.available}px ({self.where})"


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every visible piece of text under `root` (itself included) that does not fit its width."""
    found: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget, root)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget, root)
        elif isinstance(widget, QComboBox):
            found += _combo(widget, root)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget, root)
        elif isinstance(widget, QHeaderView):
            found += _header(widget, root)
    return found


def _where(widget: QWidget, root: QWidget) -> str:
    names = []
    while widget is not None and widget is not root:
        names.append(widget.objectName() or widget.accessibleName() or type(widget).__name__)
        widget = widget.parentWidget()
    names.append(root.objectName() or type(root).__name__)
    return " > ".join(reversed(names))


def _text_width(widget: QWidget, text: str, rich: bool) -> int:
    if rich:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(widget.font())
        document.setHtml(text)
        return math.ceil(document.idealWidth())
    metrics = QFontMetrics(widget.font())
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _label(label: QLabel, root: QWidget) -> list[Clipped]:
    text = label.text()
    if not text or label.wordWrap() or not label.pixmap().isNull():
        return []
    indent = max(label.indent(), 0)
    available = label.contentsRect().width() - 2 * label.margin() - indent
    if label.buddy() is not None:  # "&Username": the ampersand marks the shortcut and is not drawn
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    needed = _text_width(label, text, rich)
    if needed > available + SLACK:
        return [Clipped("QLabel", text, needed, available, _where(label, root))]
    return []


def _button(button: QAbstractButton, root: QWidget) -> list[Clipped]:
    """Qt's own measure of caption, icon, indicator and margins (minimumSizeHint) against the width."""
    text = button.text()
    if not text:
        return []
    needed = button.minimumSizeHint().width()
    if needed > button.width() + SLACK:
        return [Clipped(type(button).__name__, text.replace("&", ""), needed, button.width(), _where(button, root))]
    return []


def _combo(combo: QComboBox, root: QWidget) -> list[Clipped]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = option.iconSize.width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = QFontMetrics(combo.font()).horizontalAdvance(text) + icon
    if needed > field.width() + SLACK:
        return [Clipped("QComboBox", text, needed, field.width(), _where(combo, root))]
    return []


def _tabs(bar: QTabBar, root: QWidget) -> list[Clipped]:
    found = []
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&", "")
        if not text or not bar.isTabVisible(i):
            continue
        needed = metrics.horizontalAdvance(text) + space
        available = bar.tabRect(i).width()
        if needed > available + SLACK:
            found.append(Clipped("QTabBar tab", text, needed, available, _where(bar, root)))
    return found


def _header(header: QHeaderView, root: QWidget) -> list[Clipped]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = metrics.horizontalAdvance(str(text)) + 2 * margin
        available = header.sectionSize(section)
        if needed > available + SLACK:
            found.append(Clipped("QHeaderView section", str(text), needed, available, _where(header, root)))
    return found
