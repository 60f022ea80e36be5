"""The dialog an unexpected error opens: what happened in plain words, the redacted report to copy, and
where its copy was saved. Not modal: the app keeps running behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 480)
        self._folder = ""
        self.intro = QLabel(self.tr(
            "Something went wrong inside the app. It keeps running and what you typed is kept; if something "
            "looks wrong, close the window where it happened and open it again.\n"
            "The report below contains no password, token or code: copy it and send it to support."), self)
        self.intro.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Error report"))
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = QPushButton(self.tr("Open &logs folder"), self)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self._folder)))
        self.folder_button.setEnabled(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.saved)
        layout.addWidget(buttons)

    def add_report(self, text: str, saved_path: str, folder: str) -> None:
        """Shows `text`; a second error while the dialog is open is added below the first."""
        current = self.report.toPlainText()
        self.report.setPlainText(f"{current}\n{'-' * 60}\n{text}" if current else text)
        self._folder = folder
        self.folder_button.setEnabled(bool(folder))
        self.saved.setText(self.tr("A copy is saved in %1").replace("%1", saved_path) if saved_path
                           else self.tr("The report could not be saved in the logs folder."))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
