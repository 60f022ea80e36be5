"""A code shown masked (PIN, PUK: R-22): "Mostra" asks for it (the owner fetches it and calls `reveal`),
"Copia" puts it on the clipboard and clears the clipboard after CLEAR_AFTER_MS if it still holds the code.
The code lives only in this widget's memory: `forget()` drops it (another line, the session ends), and it
is never written anywhere."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

CLEAR_AFTER_MS = 30_000
MASK = "••••"


def secret_mime_data(text: str) -> QMimeData:
    """The text, marked as a secret for clipboard managers: KDE's Klipper and Windows' clipboard history and
    cloud clipboard keep no copy of it (the system clipboard itself is cleared after CLEAR_AFTER_MS)."""
    data = QMimeData()
    data.setText(text)
    data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    data.setData('application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
                 QByteArray(b"\x00\x00\x00\x00"))
    data.setData('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"', QByteArray(b"\x00\x00\x00\x00"))
    data.setData('application/x-qt-windows-mime;value="CanUploadToCloudClipboard"', QByteArray(b"\x00\x00\x00\x00"))
    return data


class SecretField(QWidget):
    revealRequested = Signal()
    copied = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._code = ""
        self._copied = ""
        self.value = QLabel(MASK, self)
        self.value.setAccessibleName(name)
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000000") + 8)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setAccessibleName(self.tr("Show %1").replace("%1", name))
        self.show_button.clicked.connect(self._on_show)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy %1").replace("%1", name))
        self.copy_button.setToolTip(self.tr("Copied to the clipboard, which is cleared after 30 seconds"))
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(CLEAR_AFTER_MS)
        self.clear_timer.timeout.connect(self.clear_clipboard)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value)
        row.addWidget(self.show_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)

    @property
    def revealed(self) -> bool:
        return bool(self._code)

    def reveal(self, code: str) -> None:
        self._code = code
        self.value.setText(code)
        self.show_button.setText(self.tr("Hide"))
        self.show_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def hide_code(self) -> None:
        """Masked again; the code stays known until `forget` (a second Show needs no new request)."""
        self.value.setText(MASK)
        self.show_button.setText(self.tr("Show"))

    def set_busy(self) -> None:
        self.show_button.setEnabled(False)

    def forget(self) -> None:
        """Drop the code (another line shown, the session ends); a clipboard still holding it is cleared."""
        self.clear_clipboard()
        self._code = ""
        self.value.setText(MASK)
        self.show_button.setText(self.tr("Show"))
        self.show_button.setEnabled(True)
        self.copy_button.setEnabled(False)

    def copy(self) -> None:
        if not self._code:
            return
        QGuiApplication.clipboard().setMimeData(secret_mime_data(self._code))
        self._copied = self._code
        self.clear_timer.start()
        self.copied.emit()

    def clear_clipboard(self) -> None:
        """Empty the clipboard if it still holds the copied code (something copied since is left alone)."""
        self.clear_timer.stop()
        if self._copied and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = ""

    def _on_show(self) -> None:
        if self._code and self.value.text() != MASK:
            self.hide_code()
        elif self._code:
            self.value.setText(self._code)
            self.show_button.setText(self.tr("Hide"))
        else:
            self.revealRequested.emit()
