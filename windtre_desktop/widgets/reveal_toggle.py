"""A typed secret (password, PUK, one-time or activation code) masked as dots, with an eye button at the end of
the field that shows and hides it again. The button takes the focus by Tab right after the field and is named
for a screen reader ("Show PUK" / "Hide PUK")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

ICON_SIZE = 16
# A mid grey reads on the light and the dark theme alike (the theme's palette may change after the field is made)
ICON_COLOR = QColor(128, 128, 128)


def masked_with_toggle(edit: QLineEdit) -> QAction:
    """Mask `edit` (EchoMode.Password) and give it the show/hide button; the returned action is checked while
    the text is shown. The field's accessible name should be set first: the button's name is built from it."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    action = QAction(edit)
    action.setObjectName("revealToggle")
    action.setCheckable(True)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    button = toggle_button(edit)
    if button is not None:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt leaves a field's action buttons out of the Tab chain
        QWidget.setTabOrder(edit, button)
    action.toggled.connect(lambda shown: _show(edit, action, shown))
    _show(edit, action, False)
    return action


def toggle_button(edit: QLineEdit) -> QToolButton | None:
    """The button Qt made for the field's show/hide action (tests, keyboard helpers)."""
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == "revealToggle":
            return button
    return None


def _show(edit: QLineEdit, action: QAction, shown: bool) -> None:
    edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
    # literal contexts: lupdate reads them from here
    verb = (QCoreApplication.translate("RevealToggle", "Hide") if shown
            else QCoreApplication.translate("RevealToggle", "Show"))
    named = (QCoreApplication.translate("RevealToggle", "Hide %1") if shown
             else QCoreApplication.translate("RevealToggle", "Show %1")).replace("%1", edit.accessibleName())
    action.setIcon(_eye_icon(ICON_COLOR, crossed=shown))
    action.setToolTip(verb)
    button = toggle_button(edit)
    if button is not None:
        button.setAccessibleName(named if edit.accessibleName() else verb)
        button.setToolTip(verb)


def _eye_icon(color: QColor, crossed: bool) -> QIcon:
    """An eye, struck through while the text is shown (the button then hides it)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(ICON_SIZE * scale, ICON_SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color, 1.4))
        outline = QPainterPath(QPointF(1.5, 8))
        outline.quadTo(QPointF(8, 1), QPointF(14.5, 8))
        outline.quadTo(QPointF(8, 15), QPointF(1.5, 8))
        painter.drawPath(outline)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(5.5, 5.5, 5, 5))
        if crossed:
            painter.drawLine(QPointF(2.5, 14), QPointF(13.5, 2))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
